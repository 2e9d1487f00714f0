"""Modal dialogs: a yes/no confirmation and the note editor (styles in dialogs.tcss)."""

from reader.ui.dialogs.confirm import ConfirmScreen
from reader.ui.dialogs.note_editor import NoteEditorScreen

__all__ = ["ConfirmScreen", "NoteEditorScreen"]
