"""The footer: the key hints of the focused pane that fit the width, most important first.

Textual's `Footer` shows every hint in binding order and lets the end fall off the screen, so
at 80 columns `? Keys` and `q Quit` were never seen. This one picks hints by `FOOTER_RANK`
(binding ids, most important first) until the width is used, keeps their binding order on
screen, and is rebuilt when the width or the focus changes (the panel's hints replace the
text's when the panel has focus).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.events import Resize
from textual.widget import Widget
from textual.widgets import Footer

# Most important first. Ids not listed come after these, in binding order.
FOOTER_RANK: tuple[str, ...] = (
    "app.help",
    "app.quit",
    "panel.jump",
    "panel.filter",
    "panel.speaker",
    "panel.why",
    "notes.annotate",
    "reader.search",
    "reader.page_down",
    "reader.toggle_panel",
    "notes.visual",
    "notes.highlight",
    "reader.contents",
    "notes.library",
    "reader.cycle_width",
    "reader.move_panel",
)
PALETTE_MIN_WIDTH = 100  # below this the `^p palette` hint gives its room to our keys


def hint_width(key_display: str, description: str) -> int:
    """Cells a FooterKey takes: a space, the key, a space, the description, a space."""
    return len(key_display) + len(description) + 3


def choose_hints(hints: list[tuple[str | None, int]], width: int) -> list[int]:
    """Indexes of the hints (binding id, cells) to show in `width` cells, in their order."""
    rank = {binding_id: place for place, binding_id in enumerate(FOOTER_RANK)}
    by_importance = sorted(
        range(len(hints)), key=lambda index: (rank.get(hints[index][0] or "", len(rank)), index)
    )
    chosen: list[int] = []
    used = 0
    for index in by_importance:
        cells = hints[index][1]
        if used + cells <= width:
            chosen.append(index)
            used += cells
    return sorted(chosen)


class KeyFooter(Footer):
    """A one-line footer whose hints always include `?` and `q`."""

    def compose(self) -> ComposeResult:
        keys = list(super().compose())
        width = self.size.width or self.app.size.width
        self.composed_width = width
        palette = [key for key in keys if key.has_class("-command-palette")]
        keys = [key for key in keys if key not in palette]
        if width < PALETTE_MIN_WIDTH:
            palette = []
        room = width - 1 - sum(_cells(key) + 2 for key in palette)
        ids = {b.action: b.id for _, b, _, _ in self.screen.active_bindings.values()}
        hints = [(ids.get(getattr(key, "action", "")), _cells(key)) for key in keys]
        for index in choose_hints(hints, room):
            yield keys[index]
        yield from palette

    composed_width = 0
    """The width the hints were chosen for: a resize to another width chooses again."""

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self.composed_width:
            self.call_after_refresh(self.recompose)


def _cells(key: Widget) -> int:
    return hint_width(getattr(key, "key_display", ""), getattr(key, "description", ""))
