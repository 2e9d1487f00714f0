"""Notes' UI helpers: the database-warning callback, the notes stylesheet, and (re-exported
from `reader.ui.dialogs`, where they live) the note editor and the confirmation dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.screen import Screen

from reader.ui.dialogs import ConfirmScreen, NoteEditorScreen

__all__ = ["CSS", "ConfirmScreen", "NoteEditorScreen", "database_warning"]

CSS = Path(__file__).with_name("notes.tcss")


def database_warning(screen: Screen[Any]) -> Callable[[str], None]:
    """A `warn` callback for the notes store that notifies from a worker thread."""

    def warn(text: str) -> None:
        screen.app.call_from_thread(
            screen.notify,
            text,
            title="Notes database",
            severity="warning",
            timeout=15,
            markup=False,
        )

    return warn
