"""Where the reader left each article, so it reopens there and the library shows "63% read".

A small JSON file beside the notes database (`reading-positions.json` in the data dir), not
a table in it: a reading position is cheap to lose, notes are not, so the two never share a
write or a schema migration. Articles are keyed by the notes' article identity (canonical URL
or hash of the text). The file is replaced atomically; an unreadable one counts as empty and
is overwritten by the next save. At most `KEEP` articles are remembered (the oldest go).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader import locations

FILE_NAME = "reading-positions.json"
KEEP = 2000


@dataclass(frozen=True, slots=True)
class ReadingPosition:
    """`top`: the first article offset on the page; `above`: blank rows above it on the page;
    `cursor`: the reading cursor's offset; `percent`: how far down the article the page was."""

    top: int
    above: int
    cursor: int
    percent: int
    saved: str = ""


def positions_file() -> Path:
    return locations.data_dir() / FILE_NAME


def _read(path: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _position(raw: object) -> ReadingPosition | None:
    if not isinstance(raw, dict):
        return None
    try:
        values = [int(raw[name]) for name in ("top", "above", "cursor", "percent")]
    except (KeyError, TypeError, ValueError):
        return None
    if min(values) < 0 or values[3] > 100:
        return None
    top, above, cursor, percent = values
    return ReadingPosition(top, above, cursor, percent, saved=str(raw.get("saved", "")))


def load_positions(path: Path | None = None) -> dict[str, ReadingPosition]:
    """Every remembered position by article identity; {} when there is no readable file."""
    found = {}
    for identity, raw in _read(path or positions_file()).items():
        position = _position(raw)
        if position is not None:
            found[str(identity)] = position
    return found


def position_for(
    identity: str, text_length: int, path: Path | None = None
) -> ReadingPosition | None:
    """The position saved for an article, if it still fits its text."""
    position = load_positions(path).get(identity)
    if position is None or max(position.top, position.cursor) > text_length:
        return None
    return position


def save_position(identity: str, position: ReadingPosition, path: Path | None = None) -> str | None:
    """Remember `position`; returns a one-line problem instead of raising (it is not worth
    interrupting the reader for)."""
    path = path or positions_file()
    data = _read(path)
    data.pop(identity, None)
    data[identity] = {
        "top": position.top,
        "above": position.above,
        "cursor": position.cursor,
        "percent": position.percent,
        "saved": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    if len(data) > KEEP:  # dicts keep insertion order: the first ones are the oldest saves
        data = dict(list(data.items())[-KEEP:])
    return _write(path, data)


def forget_position(identity: str, path: Path | None = None) -> str | None:
    """Drop an article's position (it was deleted from the library)."""
    path = path or positions_file()
    data = _read(path)
    if data.pop(identity, None) is None:
        return None
    return _write(path, data)


def _write(path: Path, data: dict[str, dict[str, object]]) -> str | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".positions-", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        return f"Could not remember the reading position ({error.strerror or error})."
    return None
