"""`?`: every key, grouped, built from the bindings themselves (with the user's remaps).

Opened over the library it lists the library's keys; over a feed's items, the compare view or
the reader, theirs (`keymap.contexts`). It
scrolls with the keys it lists (j/k, space/b, ctrl+d/u, g/G), and a description too long for
its line wraps under itself, not under the keys.
"""

from __future__ import annotations

import textwrap
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.widget import Widget

from reader.ui.keymap import KeyHelp, key_table

KEYS_WIDTH = 22
INDENT = 2


class HelpText(Widget):
    """The key table, its descriptions wrapped to the width it is given (hanging indent)."""

    DEFAULT_CSS = "HelpText { height: auto; }"

    def __init__(self, rows: list[KeyHelp], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows = rows

    def _lines(self, width: int) -> list[str | tuple[str, str]]:
        parts: list[str | tuple[str, str]] = [
            ("Keys", "bold $primary"),
            ("   esc closes", "$text-muted"),
        ]
        room = max(20, width - INDENT - KEYS_WIDTH)
        group = ""
        for row in self.rows:
            if row.group != group:
                group = row.group
                parts += ["\n\n", (group, "bold $accent")]
            first, *rest = textwrap.wrap(row.description, room) or [""]
            parts += ["\n", (f"{'':<{INDENT}}{row.keys:<{KEYS_WIDTH}}", "bold"), first]
            for more in rest:
                parts += ["\n", " " * (INDENT + KEYS_WIDTH) + more]
        return parts

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(Content.assemble(*self._lines(width)).plain.splitlines())

    def render(self) -> Content:
        return Content.assemble(*self._lines(self.content_region.width or 80))


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
        Binding("space,f,pagedown", "page(1)", "Page down", show=False, id="help.page_down"),
        Binding("b,pageup", "page(-1)", "Page up", show=False, id="help.page_up"),
        Binding("ctrl+d", "half(1)", "Half down", show=False, id="help.half_down"),
        Binding("ctrl+u", "half(-1)", "Half up", show=False, id="help.half_up"),
        Binding("g,home", "top", "Top", show=False, id="help.top"),
        Binding("G,end", "bottom", "End", show=False, id="help.bottom"),
    ]

    def __init__(self, context: str = "reader") -> None:
        super().__init__()
        self.context = context

    def compose(self) -> ComposeResult:
        keymap = getattr(self.app, "keymap_overrides", {})
        with VerticalScroll(id="help-box"):
            yield HelpText(key_table(keymap, self.context), id="help-text")

    @property
    def _box(self) -> VerticalScroll:
        return self.query_one("#help-box", VerticalScroll)

    def action_scroll(self, step: int) -> None:
        self._box.scroll_relative(y=step, animate=False)

    def action_page(self, direction: int) -> None:
        self.action_scroll(direction * max(1, self._box.scrollable_content_region.height - 1))

    def action_half(self, direction: int) -> None:
        self.action_scroll(direction * max(1, self._box.scrollable_content_region.height // 2))

    def action_top(self) -> None:
        self._box.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self._box.scroll_end(animate=False)
