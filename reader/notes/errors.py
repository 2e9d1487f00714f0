"""Errors the notes layer raises; each has a one-line message a user can act on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.notes.model import Highlight

from reader.errors import NewsreaderError


class NotesError(NewsreaderError):
    """Something about notes failed: a missing article or highlight, a bad argument."""


class NotesUnavailableError(NotesError):
    """The notes database cannot be used (read-only dir, locked, newer schema).

    The article can still be read; only notes are off.
    """


class CorruptNotesError(NotesError):
    """The notes database was damaged and has been moved aside (never deleted).

    Raised once, after the move, so the caller can tell the user where the old file went
    before a new database is created (`open_notes` does exactly that).
    """

    def __init__(self, path: Path, moved_to: Path, detail: str) -> None:
        self.path = path
        self.moved_to = moved_to
        self.detail = detail
        super().__init__(
            f"The notes database {path} was damaged ({detail}); it was moved to {moved_to} "
            "and a new, empty one will be used."
        )


class NoteConflictError(NotesError):
    """The note an edit or delete meant is not the one in the database any more: another
    reader changed it since it was shown. Nothing was written; `current` is the note as it is
    now (None when it was deleted), so the user can look again and decide."""

    def __init__(self, message: str, current: Highlight | None) -> None:
        self.current = current
        super().__init__(message)
