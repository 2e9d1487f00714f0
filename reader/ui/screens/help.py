"""`?`: every key, grouped, built from the bindings themselves (with the user's remaps)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.ui.keymap import key_table


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
    ]

    def compose(self) -> ComposeResult:
        keymap = getattr(self.app, "keymap_overrides", {})
        parts: list[str | tuple[str, str]] = [
            ("Keys", "bold $primary"),
            ("   esc closes", "$text-muted"),
        ]
        group = ""
        for row in key_table(keymap):
            if row.group != group:
                group = row.group
                parts += ["\n\n", (group, "bold $accent")]
            parts += ["\n", (f"  {row.keys:<22}", "bold"), row.description]
        with VerticalScroll(id="help-box"):
            yield Static(Content.assemble(*parts), id="help-text")

    def action_scroll(self, step: int) -> None:
        self.query_one("#help-box", VerticalScroll).scroll_relative(y=step, animate=False)
