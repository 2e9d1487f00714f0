"""The note editor: the passage quoted above a text box; ctrl+s saves, esc cancels, ctrl+e
hands the text to $EDITOR.

It never loses text silently: esc (or quitting the app) with text that is not saved asks
first, and the caller gets the text back (to save, or to reopen the editor with it when
saving failed: then `saved` says what is on disk, so the user's text still counts as unsaved).
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from reader.ui.dialogs.confirm import CSS, ConfirmScreen

QUOTE_PREVIEW = 300


class NoteEditorScreen(ModalScreen[str | None]):
    """Write or edit a note on a passage: ctrl+s saves (returns the text), esc cancels."""

    CSS_PATH = CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="note.save"),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
        # Priority: the text area would take ctrl+e as "end of line" (End still does that).
        Binding("ctrl+e", "external_editor", "$EDITOR", priority=True, id="note.external"),
    ]

    def __init__(
        self, quote: str, note: str = "", *, title: str = "Note", saved: str | None = None
    ) -> None:
        super().__init__()
        self.quote = quote
        self.initial = note
        self.original = note if saved is None else saved
        """The note as saved: text that differs from it is unsaved."""
        self.title_text = title

    def compose(self) -> ComposeResult:
        quote = " ".join(self.quote.split())
        if len(quote) > QUOTE_PREVIEW:
            quote = quote[: QUOTE_PREVIEW - 1] + "…"
        with Vertical(id="note-dialog") as dialog:
            dialog.border_title = self.title_text
            # Article text: a Content object from a plain string, never markup.
            yield Static(Content(f"“{quote}”"), id="note-quote")
            yield TextArea(self.initial, id="note-text", soft_wrap=True)
            yield Static(
                Content("ctrl+s: save   esc: cancel   ctrl+e: write in $EDITOR"), id="note-help"
            )

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    @property
    def unsaved(self) -> bool:
        """Whether the box holds text that is not saved (esc and quitting ask first)."""
        return self.text != self.original

    def action_save(self) -> None:
        self.dismiss(self.text)

    def action_external_editor(self) -> None:
        """Write the note in the user's $VISUAL / $EDITOR; its text comes back here to save.
        A failed editor leaves the note as it was, and says why."""
        from reader.ui.external_editor import edit_in_editor

        area = self.query_one(TextArea)
        try:
            with self.app.suspend():
                edited, problem = edit_in_editor(area.text)
        except SuspendNotSupported:  # no terminal to hand over (a headless test run)
            edited, problem = edit_in_editor(area.text)
        if problem is not None:
            self.notify(problem, title="Editor", severity="warning", markup=False, timeout=8)
            return
        area.text = edited
        area.move_cursor(area.document.end)
        area.focus()

    def action_cancel(self) -> None:
        if not self.unsaved:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)
            else:
                self.query_one(TextArea).focus()

        self.app.push_screen(ConfirmScreen("Discard the changes to this note?"), answered)
