"""The user's feeds: `feeds.json` in the data dir, plus the last body each feed sent.

    {"version": 1,
     "feeds": [{"url", "title", "added", "checked", "etag", "last_modified"}],
     "read": {"<item link or id>": "<when it was opened>"}}

The list is the user's data, so: every change is a read-modify-write under an exclusive lock
(two newsreaders adding at once both keep their feed), written to a temporary file, flushed
and renamed over the old one (a crash leaves the old list or the new one, never half of one);
a file that cannot be read is reported and never overwritten. A feed's last body is kept in
`feeds/` beside it, so a 304 Not Modified still shows its items.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.errors import NewsreaderError

VERSION = 1
MAX_READ_MARKS = 20_000  # oldest marks go first past this; a mark is ~100 bytes


class FeedStoreError(NewsreaderError):
    """The feed list could not be read or written."""


@dataclass(frozen=True, slots=True)
class SavedFeed:
    url: str
    title: str = ""
    added: str = ""
    checked: str | None = None  # when it was last fetched
    etag: str | None = None
    last_modified: str | None = None


def feeds_file() -> Path:
    from reader.locations import data_dir

    return data_dir() / "feeds.json"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class FeedStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or feeds_file()

    # ----- reading ------------------------------------------------------------------

    def feeds(self) -> list[SavedFeed]:
        return [_saved(entry) for entry in self._read()["feeds"]]

    def get(self, url: str) -> SavedFeed | None:
        return next((feed for feed in self.feeds() if feed.url == url), None)

    def read_marks(self) -> set[str]:
        return set(self._read()["read"])

    def cached_body(self, url: str) -> bytes | None:
        try:
            return self._body_path(url).read_bytes()
        except OSError:
            return None

    # ----- changing -----------------------------------------------------------------

    def add(self, url: str, title: str = "") -> tuple[SavedFeed, bool]:
        """Add a feed; returns it and whether it is new (an existing one is kept as is)."""
        with self._change() as data:
            for entry in data["feeds"]:
                if entry["url"] == url:
                    return _saved(entry), False
            feed = SavedFeed(url, title, _now())
            data["feeds"].append(asdict(feed))
            return feed, True

    def remove(self, which: str) -> SavedFeed:
        """Remove a feed by URL or by its number in `feeds list` (1-based)."""
        with self._change() as data:
            entries = data["feeds"]
            index = next((i for i, e in enumerate(entries) if e["url"] == which), None)
            if index is None and which.isdigit() and 1 <= int(which) <= len(entries):
                index = int(which) - 1
            if index is None:
                raise FeedStoreError(f"{which}: not in your feeds (see 'newsreader feeds list')")
            removed = _saved(entries.pop(index))
        with contextlib.suppress(OSError):
            self._body_path(removed.url).unlink()
        return removed

    def record_fetch(
        self,
        url: str,
        *,
        title: str,
        etag: str | None,
        last_modified: str | None,
        body: bytes | None,
    ) -> None:
        """After a fetch of a saved feed: its validators, title and (if sent) new body."""
        if body is not None:
            self._write_atomically(self._body_path(url), body)
        with self._change() as data:
            for i, entry in enumerate(data["feeds"]):
                if entry["url"] == url:
                    feed = replace(
                        _saved(entry),
                        title=title or entry.get("title") or "",
                        checked=_now(),
                        etag=etag,
                        last_modified=last_modified,
                    )
                    data["feeds"][i] = asdict(feed)

    def mark_read(self, key: str) -> None:
        with self._change() as data:
            marks: dict[str, str] = data["read"]
            marks.pop(key, None)
            marks[key] = _now()
            while len(marks) > MAX_READ_MARKS:
                marks.pop(next(iter(marks)))

    # ----- the file -----------------------------------------------------------------

    def _read(self) -> dict[str, Any]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {"version": VERSION, "feeds": [], "read": {}}
        except OSError as error:
            raise FeedStoreError(f"{self.path}: cannot read ({error.strerror or error})") from None
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("version") != VERSION:
                raise ValueError("not a newsreader feed list")
            feeds = data.get("feeds", [])
            if not isinstance(feeds, list) or not all(
                isinstance(e, dict) and isinstance(e.get("url"), str) for e in feeds
            ):
                raise ValueError("its feeds are not a list of {url, title}")
            read = data.get("read", {})
            if not isinstance(read, dict):
                raise ValueError("its read marks are not an object")
        except ValueError as error:
            raise FeedStoreError(
                f"{self.path}: damaged ({error}); fix it or move it away, it is left as is"
            ) from None
        return {"version": VERSION, "feeds": feeds, "read": read}

    @contextlib.contextmanager
    def _change(self) -> Iterator[dict[str, Any]]:
        """Read, let the caller change, write back: under an exclusive lock."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock = open(self.path.with_suffix(".lock"), "a+b")  # noqa: SIM115 - closed below
        except OSError as error:
            raise FeedStoreError(f"{self.path}: cannot write ({error.strerror or error})") from None
        with lock:
            _lock(lock.fileno())
            data = self._read()
            yield data
            self._write_atomically(
                self.path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode()
            )

    def _write_atomically(self, path: Path, payload: bytes) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(payload)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(temporary, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
        except OSError as error:
            raise FeedStoreError(f"{path}: cannot write ({error.strerror or error})") from None

    def _body_path(self, url: str) -> Path:
        digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return self.path.parent / "feeds" / f"{digest}.xml"


def _saved(entry: dict[str, Any]) -> SavedFeed:
    def text(key: str) -> str | None:
        value = entry.get(key)
        return value if isinstance(value, str) else None

    return SavedFeed(
        url=entry["url"],
        title=text("title") or "",
        added=text("added") or "",
        checked=text("checked"),
        etag=text("etag"),
        last_modified=text("last_modified"),
    )


def _lock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; the atomic rename still protects
        return
    fcntl.flock(fd, fcntl.LOCK_EX)


def saved_feeds(term: str = "") -> tuple[list[SavedFeed], str | None]:
    """The user's feeds whose title or URL holds `term`, and a problem reading them, if any
    (for the library, which shows its articles whatever happens to the feed list)."""
    try:
        feeds = FeedStore().feeds()
    except NewsreaderError as error:
        return [], str(error)
    term = term.casefold()
    return [f for f in feeds if term in f.title.casefold() or term in f.url.casefold()], None
