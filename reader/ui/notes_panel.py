"""The Notes tab: every highlight of the article, in reading order, orphans last.

Built on the side panel's `ItemPanel` (filter box, vim keys, Enter jumps to the passage).
Items are `Content` from plain strings: neither notes nor article text are parsed as markup.
"""

from __future__ import annotations

from textual.content import Content

from reader.notes.model import PlacedHighlight
from reader.ui.layout import clip_cells
from reader.ui.widgets.panels import ItemPanel, PanelItem

QUOTE_MARKS = "\"'“”‘’„«»‹›"
EMPTY = "No notes yet. Select text (v, or drag) and press h to highlight, a to add a note."


def note_items(placed: list[PlacedHighlight]) -> list[PanelItem]:
    items = []
    for item in placed:
        highlight = item.highlight
        parts: list[str | tuple[str, str]] = []
        if item.placement.orphaned:
            parts.append(("orphaned  ", "bold $warning"))
        if highlight.kind != "highlight":
            # The label has a line of its own: the note would otherwise run on after it.
            parts += [
                (f"{highlight.kind}: {clip_cells(highlight.label or '', 60)}", "$accent"),
                "\n",
            ]
        note = highlight.note.strip()
        parts.append(
            (clip_cells(note, 80), "bold") if note else ("(highlight)", "italic $text-muted")
        )
        tags = " ".join(f"#{tag}" for tag in highlight.all_tags)
        if tags:
            parts.append((f"  {clip_cells(tags, 60)}", "$accent"))
        # A quote's passage has its own quotation marks; they are not doubled.
        passage = highlight.anchor.exact.strip().strip(QUOTE_MARKS) or highlight.anchor.exact
        parts += ["\n", (f"“{clip_cells(passage, 90)}”", "$text-muted")]
        items.append(
            PanelItem(
                Content.assemble(*parts),
                f"{highlight.note} {highlight.anchor.exact} {highlight.label or ''} {tags}",
                item.placement.start,
                item.placement.end,
                item,
            )
        )
    return items


class NotesPanel(ItemPanel):
    """An `ItemPanel` that may be given items before it is mounted (tabs mount later)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("notes", EMPTY, id=id)

    def set_items(self, items: list[PanelItem], empty: str | None = None) -> None:
        if not self.is_mounted or not self.query("ItemList"):
            self.items = items
            return
        super().set_items(items, empty)

    def on_mount(self) -> None:
        self.call_after_refresh(super().set_items, self.items)

    def highlighted_note(self) -> PlacedHighlight | None:
        item = self.highlighted_item()
        return item.payload if item is not None else None
