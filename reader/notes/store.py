"""The notes database: SQLite, safe with two app instances at once and after a crash.

Facts this module is built on (measured with Python's sqlite3, see issue 5):
- Without a busy timeout a second writer fails at once with "database is locked"; with WAL, a
  deferred transaction that reads and then writes fails at once despite the timeout. So every
  write here is one `BEGIN IMMEDIATE` transaction (the write lock is taken up front, and the
  busy timeout applies to taking it), on a connection in autocommit mode.
- A damaged file fails with "file is not a database" / "malformed" at the first statement, not
  at connect, and `quick_check` may report damage without raising. So the database is checked
  when opened; a damaged one is moved aside (never overwritten or deleted) and the caller is
  told where before a new one is made (`open_notes`).
- A read-only data dir, or a WAL database in a read-only dir (where even SELECT fails), gives
  `NotesUnavailableError`: the app carries on without notes.

`synchronous=FULL`: a committed note survives a power cut too, not only a killed process.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.article import Article
from reader.notes.anchoring import make_anchor
from reader.notes.errors import CorruptNotesError, NotesError, NotesUnavailableError
from reader.notes.identity import article_from_snapshot, article_identity, snapshot_json
from reader.notes.model import (
    HIGHLIGHT_KINDS,
    Anchor,
    Highlight,
    HighlightKind,
    SavedArticle,
    SearchHit,
)
from reader.notes.schema import LATEST_VERSION, migrate, schema_version
from reader.sanitize import sanitize_inline, sanitize_text

BUSY_TIMEOUT_MS = 5000
_CORRUPTION_MARKERS = ("not a database", "malformed", "corrupt")

_ARTICLE_COLUMNS = (
    "a.id, a.identity, a.source, a.url, a.title, a.site, a.published, a.first_saved, "
    "a.last_opened, (SELECT count(*) FROM highlights h WHERE h.article_id = a.id)"
)
_HIGHLIGHT_COLUMNS = (
    "h.id, h.uid, h.article_id, h.exact, h.prefix, h.suffix, h.start_offset, h.end_offset, "
    "h.note, h.kind, h.label, h.created, h.modified"
)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def open_notes(path: Path | None = None, *, warn: Callable[[str], None]) -> NoteStore:
    """Open the notes database; if it was damaged, `warn` the user (with where the old file
    went) before a new one is created. Raises `NotesUnavailableError` when notes are off."""
    try:
        return NoteStore.open(path)
    except CorruptNotesError as error:
        warn(str(error))
        return NoteStore.open(path)


class NoteStore:
    """Articles (with snapshots) and their highlights, in one SQLite file.

    Thread-safe: one connection guarded by a lock, so UI workers may share a store.
    """

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._connection = connection
        self._lock = threading.RLock()
        self.path = path

    # -- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str | None = None) -> NoteStore:
        """Open (creating if needed) and check the database at `path` (default: the data dir).

        Raises `CorruptNotesError` after moving a damaged file aside, `NotesUnavailableError`
        when the database cannot be used at all.
        """
        if path is None:
            from reader.locations import notes_database

            path = notes_database()
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise NotesUnavailableError(
                f"Notes are off: cannot create the data directory {path.parent} "
                f"({error.strerror or error})."
            ) from error
        try:
            connection = sqlite3.connect(
                path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as error:
            raise _unavailable(path, error) from error
        try:
            _check_and_prepare(connection, path)
        except BaseException:
            connection.close()
            raise
        return cls(connection, path)

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def __enter__(self) -> NoteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One IMMEDIATE transaction: the write lock is taken (or waited for) up front."""
        with self._lock:
            try:
                self._connection.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise _write_failed(self.path, error) from error
            try:
                yield self._connection
                self._connection.execute("COMMIT")
            except BaseException as error:
                if self._connection.in_transaction:
                    self._connection.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise _write_failed(self.path, error) from error
                raise

    def _read(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[Any]:
        with self._lock:
            try:
                return self._connection.execute(sql, parameters).fetchall()
            except sqlite3.Error as error:
                raise NotesError(f"Could not read notes from {self.path}: {error}.") from error

    # -- articles -----------------------------------------------------------------------

    def remember_article(self, article: Article, *, opened: str | None = None) -> SavedArticle:
        """Save (or refresh) the article and its snapshot; marks it opened now."""
        opened = opened or now_iso()
        with self._write() as db:
            (article_id,) = db.execute(
                """
                INSERT INTO articles (identity, source, url, title, site, published, snapshot,
                                      first_saved, last_opened)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (identity) DO UPDATE SET
                    source = excluded.source, url = excluded.url, title = excluded.title,
                    site = excluded.site, published = excluded.published,
                    snapshot = excluded.snapshot, last_opened = excluded.last_opened
                RETURNING id
                """,
                (
                    article_identity(article),
                    _stored_source(article.source),
                    article.url,
                    article.title,
                    article.site,
                    article.published,
                    snapshot_json(article),
                    opened,
                    opened,
                ),
            ).fetchone()
        return self.article(article_id)

    def article(self, article_id: int) -> SavedArticle:
        rows = self._read(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?", (article_id,)
        )
        if not rows:
            raise NotesError(f"No saved article with id {article_id}.")
        return _saved_article(rows[0])

    def article_for(self, article: Article) -> SavedArticle | None:
        """The saved record of this article, if it was saved before (does not save it)."""
        rows = self._read(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE a.identity = ?",
            (article_identity(article),),
        )
        return _saved_article(rows[0]) if rows else None

    def load_article(self, article_id: int) -> Article:
        """The stored snapshot of a saved article, as an `Article`."""
        rows = self._read("SELECT snapshot FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise NotesError(f"No saved article with id {article_id}.")
        return article_from_snapshot(rows[0][0])

    def articles(self, matching: str | None = None) -> list[SavedArticle]:
        """The library, most recently opened first; `matching` filters by title, site,
        source, or the text of its highlights and notes."""
        if not matching or not matching.strip():
            rows = self._read(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles a ORDER BY a.last_opened DESC, a.id DESC"
            )
            return [_saved_article(row) for row in rows]
        like = "%" + _escape_like(matching.strip()) + "%"
        fts = fts_query(matching)
        rows = self._read(
            f"""
            SELECT {_ARTICLE_COLUMNS} FROM articles a
            WHERE a.title LIKE ?1 ESCAPE '\\' OR a.site LIKE ?1 ESCAPE '\\'
               OR a.source LIKE ?1 ESCAPE '\\' OR a.url LIKE ?1 ESCAPE '\\'
               OR (?2 != '' AND a.id IN (
                    SELECT h.article_id FROM highlights h
                    JOIN highlights_fts f ON f.rowid = h.id
                    WHERE highlights_fts MATCH ?2))
            ORDER BY a.last_opened DESC, a.id DESC
            """,
            (like, fts),
        )
        return [_saved_article(row) for row in rows]

    def find_articles(self, reference: str) -> list[SavedArticle]:
        """Saved articles `reference` names: a library id, an identity, a source, or a URL."""
        reference = reference.strip()
        candidates = {reference, f"url:{reference.split('#', 1)[0]}"}
        with suppress(OSError, RuntimeError):
            candidates.add(str(Path(reference).expanduser().resolve()))
        placeholders = ", ".join("?" for _ in candidates)
        values = tuple(candidates)
        article_id = int(reference) if reference.isdigit() else -1
        rows = self._read(
            f"""
            SELECT {_ARTICLE_COLUMNS} FROM articles a
            WHERE a.id = ? OR a.identity IN ({placeholders}) OR a.source IN ({placeholders})
               OR a.url IN ({placeholders})
            ORDER BY a.last_opened DESC
            """,
            (article_id, *values, *values, *values),
        )
        return [_saved_article(row) for row in rows]

    # -- highlights ---------------------------------------------------------------------

    def add_highlight(
        self,
        article_id: int,
        text: str,
        start: int,
        end: int,
        *,
        note: str = "",
        kind: HighlightKind = "highlight",
        label: str | None = None,
    ) -> Highlight:
        """Save a highlight of `text[start:end]` (the article's current text) with a note."""
        if kind not in HIGHLIGHT_KINDS:
            raise NotesError(f"Unknown kind of highlight: {kind!r}.")
        try:
            anchor = make_anchor(text, start, end)
        except ValueError as error:
            raise NotesError(f"Cannot highlight that: {error}.") from error
        if not anchor.exact.strip():
            raise NotesError("Cannot highlight only blank space.")
        # A note may be pasted from anywhere: escape sequences in it would reach the terminal
        # in the Notes tab and every export, so they never get into the database.
        note = sanitize_text(note)
        label = sanitize_inline(label)
        stamp = now_iso()
        uid = uuid.uuid4().hex
        with self._write() as db:
            if db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
                raise NotesError(f"No saved article with id {article_id}.")
            (highlight_id,) = db.execute(
                """
                INSERT INTO highlights (uid, article_id, exact, prefix, suffix, start_offset,
                                        end_offset, note, kind, label, created, modified)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """,
                (
                    uid,
                    article_id,
                    anchor.exact,
                    anchor.prefix,
                    anchor.suffix,
                    anchor.start,
                    anchor.end,
                    note,
                    kind,
                    label,
                    stamp,
                    stamp,
                ),
            ).fetchone()
        return Highlight(highlight_id, uid, article_id, anchor, note, kind, label, stamp, stamp)

    def highlight(self, highlight_id: int) -> Highlight:
        rows = self._read(
            f"SELECT {_HIGHLIGHT_COLUMNS} FROM highlights h WHERE h.id = ?", (highlight_id,)
        )
        if not rows:
            raise NotesError(f"No highlight with id {highlight_id} (was it deleted?).")
        return _highlight(rows[0])

    def highlights(self, article_id: int) -> list[Highlight]:
        """An article's highlights in the order they were made in the text."""
        rows = self._read(
            f"SELECT {_HIGHLIGHT_COLUMNS} FROM highlights h WHERE h.article_id = ? "
            "ORDER BY h.start_offset, h.id",
            (article_id,),
        )
        return [_highlight(row) for row in rows]

    def update_note(self, highlight_id: int, note: str) -> Highlight:
        """Replace a highlight's note. Raises `NotesError` if the highlight is gone."""
        note = sanitize_text(note)
        with self._write() as db:
            changed = db.execute(
                "UPDATE highlights SET note = ?, modified = ? WHERE id = ?",
                (note, now_iso(), highlight_id),
            ).rowcount
            if not changed:
                raise NotesError(f"No highlight with id {highlight_id} (was it deleted?).")
        return self.highlight(highlight_id)

    def delete_highlight(self, highlight_id: int) -> Highlight:
        """Delete a highlight; returns it so that `restore_highlight` can undo the delete."""
        with self._write() as db:
            rows = db.execute(
                f"SELECT {_HIGHLIGHT_COLUMNS} FROM highlights h WHERE h.id = ?", (highlight_id,)
            ).fetchall()
            if not rows:
                raise NotesError(f"No highlight with id {highlight_id} (was it deleted?).")
            db.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,))
        return _highlight(rows[0])

    def delete_article(self, article_id: int) -> int:
        """Remove an article and its highlights from the library in one transaction; returns
        how many highlights went with it. (The UI asks first: this cannot be undone.)"""
        with self._write() as db:
            found = db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchall()
            if not found:
                raise NotesError(f"No saved article with id {article_id} (was it deleted?).")
            removed = db.execute("DELETE FROM highlights WHERE article_id = ?", (article_id,))
            db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return removed.rowcount

    def restore_highlight(self, highlight: Highlight) -> Highlight:
        """Put a deleted highlight back exactly as it was (same id and uid): undo."""
        a = highlight.anchor
        with self._write() as db:
            db.execute(
                """
                INSERT INTO highlights (id, uid, article_id, exact, prefix, suffix, start_offset,
                                        end_offset, note, kind, label, created, modified)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    highlight.id,
                    highlight.uid,
                    highlight.article_id,
                    a.exact,
                    a.prefix,
                    a.suffix,
                    a.start,
                    a.end,
                    highlight.note,
                    highlight.kind,
                    highlight.label,
                    highlight.created,
                    highlight.modified,
                ),
            )
        return highlight

    # -- search -------------------------------------------------------------------------

    def search(self, term: str, *, limit: int = 200) -> list[SearchHit]:
        """Highlights whose text, note or label contain every word of `term` (FTS5)."""
        query = fts_query(term)
        if not query:
            return []
        rows = self._read(
            f"""
            SELECT {_HIGHLIGHT_COLUMNS}, {_ARTICLE_COLUMNS}
            FROM highlights_fts f
            JOIN highlights h ON h.id = f.rowid
            JOIN articles a ON a.id = h.article_id
            WHERE highlights_fts MATCH ?
            ORDER BY f.rank, h.id
            LIMIT ?
            """,
            (query, limit),
        )
        width = len(_HIGHLIGHT_COLUMNS.split(","))
        return [SearchHit(_saved_article(row[width:]), _highlight(row[:width])) for row in rows]


def fts_query(term: str) -> str:
    """A user's search words as an FTS5 query: every word must occur, the last as a prefix.

    Each word is quoted, so FTS5 syntax in the term (AND, NEAR, quotes, *) is taken literally.
    """
    words = [w for w in term.split() if any(c.isalnum() for c in w)]
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


# -- start-up check ---------------------------------------------------------------------


def _check_and_prepare(connection: sqlite3.Connection, path: Path) -> None:
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        problems = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as error:
        if _is_corruption(error):
            raise _move_aside(connection, path, str(error)) from error
        raise _unavailable(path, error) from error
    if problems != ["ok"]:
        raise _move_aside(connection, path, "; ".join(str(p) for p in problems[:3]))
    try:
        version = schema_version(connection)
        if version > LATEST_VERSION:
            raise NotesUnavailableError(
                f"Notes are off: {path} was written by a newer newsreader "
                f"(schema {version}, this one knows {LATEST_VERSION})."
            )
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise NotesUnavailableError(f"Notes are off: {path} cannot use WAL mode ({mode}).")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        if version < LATEST_VERSION:
            connection.execute("BEGIN IMMEDIATE")
            try:
                migrate(connection)
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
    except sqlite3.DatabaseError as error:
        if _is_corruption(error):
            raise _move_aside(connection, path, str(error)) from error
        raise _unavailable(path, error) from error


def _is_corruption(error: sqlite3.Error) -> bool:
    message = str(error).lower()
    return any(marker in message for marker in _CORRUPTION_MARKERS)


def _move_aside(connection: sqlite3.Connection, path: Path, detail: str) -> CorruptNotesError:
    """Set the damaged file (and its -wal/-shm, which belong to it) aside under a new name.

    Copied while the connection is still open, then the originals removed: closing a
    connection deletes the -wal file even when the main file is garbage (measured), and a
    write-ahead log may hold the newest notes.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    counter = 0
    while True:
        suffix = f".damaged-{stamp}" + (f"-{counter}" if counter else "")
        target = path.with_name(path.name + suffix)
        if not any(Path(f"{target}{ext}").exists() for ext in ("", "-wal", "-shm")):
            break
        counter += 1
    originals = [Path(f"{path}{ext}") for ext in ("", "-wal", "-shm")]
    try:
        for ext, original in zip(("", "-wal", "-shm"), originals, strict=True):
            if original.exists():
                _copy_exclusive(original, Path(f"{target}{ext}"))
    except OSError as error:
        connection.close()
        raise NotesUnavailableError(
            f"Notes are off: {path} is damaged ({detail}) and could not be copied aside "
            f"({error.strerror or error}); it was left as it is."
        ) from error
    connection.close()
    # The -wal goes first: a new database must never pick up the old one's log.
    for original in reversed(originals):
        with suppress(FileNotFoundError):
            original.unlink()
    return CorruptNotesError(path, target, detail)


def _copy_exclusive(source: Path, target: Path) -> None:
    with source.open("rb") as reader, target.open("xb") as writer:
        shutil.copyfileobj(reader, writer)
        writer.flush()
        os.fsync(writer.fileno())


def _unavailable(path: Path, error: sqlite3.Error) -> NotesUnavailableError:
    message = str(error)
    if "readonly" in message or "unable to open" in message:
        return NotesUnavailableError(
            f"Notes are off: {path} cannot be opened for writing ({message}); "
            "is the data directory read-only? Set NEWSREADER_DATA_DIR or --data-dir."
        )
    return NotesUnavailableError(f"Notes are off: {path} cannot be used ({message}).")


def _write_failed(path: Path, error: sqlite3.Error) -> NotesError:
    message = str(error)
    if "locked" in message or "busy" in message:
        return NotesError(
            f"Could not save to {path}: the database stayed locked for "
            f"{BUSY_TIMEOUT_MS // 1000} s (another newsreader busy?)."
        )
    if "readonly" in message:
        return NotesUnavailableError(f"Could not save to {path}: it is read-only ({message}).")
    return NotesError(f"Could not save to {path}: {message}.")


def _stored_source(source: str) -> str:
    """A local file as an absolute path, so it is found again from any directory."""
    if source == "-" or "://" in source:
        return source
    try:
        path = Path(source).expanduser()
        return str(path.resolve()) if path.is_file() else source
    except (OSError, RuntimeError):
        return source


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _saved_article(row: tuple[Any, ...] | list[Any]) -> SavedArticle:
    return SavedArticle(
        id=row[0],
        identity=row[1],
        source=row[2],
        url=row[3],
        title=row[4],
        site=row[5],
        published=row[6],
        first_saved=row[7],
        last_opened=row[8],
        note_count=row[9],
    )


def _highlight(row: tuple[Any, ...] | list[Any]) -> Highlight:
    return Highlight(
        id=row[0],
        uid=row[1],
        article_id=row[2],
        anchor=Anchor(exact=row[3], prefix=row[4], suffix=row[5], start=row[6], end=row[7]),
        note=row[8],
        kind=row[9],
        label=row[10],
        created=row[11],
        modified=row[12],
    )
