"""The tags dialog (`t` in the reader): the tags of one highlight, typed on one line.

Tags are separated by spaces or commas, with or without `#`; a word that is not a tag is
named under the line and nothing is saved until it is fixed. The `#tags` written in the note
are tags too; they are shown here but changed in the note.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from reader.notes.tags import TagError, parse_tags

QUOTE_PREVIEW = 200


class TagsScreen(ModalScreen[tuple[str, ...] | None]):
    """Edit a highlight's tags: enter saves (returns them), esc cancels (None)."""

    CSS_PATH = Path(__file__).with_name("notes.tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="tags.cancel"),
    ]

    def __init__(
        self, quote: str, tags: tuple[str, ...] = (), note_tags: tuple[str, ...] = ()
    ) -> None:
        super().__init__()
        self.quote = quote
        self.tags = tags
        self.note_tags = note_tags

    def compose(self) -> ComposeResult:
        quote = " ".join(self.quote.split())
        if len(quote) > QUOTE_PREVIEW:
            quote = quote[: QUOTE_PREVIEW - 1] + "…"
        with Vertical(id="tags-dialog") as dialog:
            dialog.border_title = "Tags"
            # Article text: a Content object from a plain string, never markup.
            yield Static(Content(f"“{quote}”"), id="tags-quote")
            yield Input(" ".join(self.tags), placeholder="tag another/tag", id="tags-input")
            in_note = " ".join(f"#{tag}" for tag in self.note_tags)
            yield Static(Content(f"In the note: {in_note}" if in_note else ""), id="tags-note")
            yield Static(Content(""), id="tags-error")
            yield Static(
                Content("enter: save   esc: cancel   (spaces or commas between tags)"),
                id="tags-help",
            )

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _save(self, event: Input.Submitted) -> None:
        try:
            tags = parse_tags(event.value)
        except TagError as error:
            self.query_one("#tags-error", Static).update(Content(str(error)))
            return
        self.dismiss(tags)

    def action_cancel(self) -> None:
        self.dismiss(None)
