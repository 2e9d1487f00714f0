"""`t`: a list of the article's headings; choosing one jumps there."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option


class ContentsScreen(ModalScreen[int | None]):
    """Dismisses with the chosen block index, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,t", "dismiss(None)", "Close", id="contents.close"),
        Binding("j", "move(1)", "Down", show=False, id="contents.down"),
        Binding("k", "move(-1)", "Up", show=False, id="contents.up"),
    ]

    def __init__(self, entries: list[tuple[int, str]]) -> None:
        super().__init__()
        self.entries = entries

    def compose(self) -> ComposeResult:
        with Vertical(id="contents-box"):
            yield Label(Content.styled("Contents", "bold"), id="contents-title")
            yield OptionList(
                *(Option(Content(" ".join(text.split()))) for _, text in self.entries),
                id="contents-list",
            )

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.entries[event.option_index][0])
