"""The article on Textual's Line API: only visible rows are rendered, each cached as a Strip.

Rows come from `reader.ui.layout` (our own word wrap). Each row is styled by its block kind,
then every quote / person mention / number / search match / user highlight overlapping it is
drawn with its component class, whose colours come from theme variables. Mouse selection
works as in Textual's `Log`: strips carry offsets (`Strip.apply_offsets`) and
`get_selection` returns the selected rows' text.

Text reaches the screen only through `rich.text.Text` built from plain strings: no markup.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.events import Click, Resize
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from reader.analysis.model import Analysis
from reader.article import Article, Link
from reader.config import HIGHLIGHT_KINDS, WIDTHS
from reader.ui.layout import ArticleLayout, layout_article

# Reading widths and highlight kinds are named once, in reader.config (which checks the
# settings file against them); here each width gets its columns (None: the whole view).
WIDTH_PRESETS: dict[str, int | None] = dict(zip(WIDTHS, (60, 72, 96, None), strict=True))
WORDS_PER_MINUTE = 230
HIGHLIGHT_CATEGORIES = HIGHLIGHT_KINDS
_KIND_CLASSES = {
    "title": "article--title",
    "heading": "article--heading",
    "quote": "article--blockquote",
    "list_item": "article--list",
    "preformatted": "article--pre",
    "caption": "article--caption",
    "meta": "article--meta",
    "rule": "article--meta",
}


class SpanIndex:
    """Sorted (start, end) spans with a fast 'which overlap [lo, hi)' query."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans = sorted((s, e) for s, e in spans if e > s)
        self._starts = [s for s, _ in self.spans]
        self._max_end: list[int] = []
        running = -1
        for _, end in self.spans:
            running = max(running, end)
            self._max_end.append(running)

    def __len__(self) -> int:
        return len(self.spans)

    def overlapping(self, lo: int, hi: int) -> list[tuple[int, int]]:
        found = []
        index = bisect_left(self._starts, hi) - 1
        while index >= 0 and self._max_end[index] > lo:
            start, end = self.spans[index]
            if end > lo:
                found.append((start, end))
            index -= 1
        return found


@dataclass(frozen=True, slots=True)
class UserHighlight:
    start: int
    end: int
    id: str


class ArticleView(ScrollView, can_focus=True):
    """Scrollable, selectable view of one article with analysis highlights."""

    ALLOW_SELECT = True
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *_KIND_CLASSES.values(),
        "article--prefix",
        "hl--link",
        "hl--quote",
        "hl--person",
        "hl--number",
        "hl--search",
        "hl--current",
        "hl--user",
        "hl--user-active",
        "hl--mark",
        "hl--flash",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_lines(1)", "Down", show=False, id="reader.down"),
        Binding("k,up", "scroll_lines(-1)", "Up", show=False, id="reader.up"),
        Binding(
            "space,pagedown,f", "page(1)", "Page down", id="reader.page_down", key_display="space"
        ),
        Binding("b,pageup", "page(-1)", "Page up", show=False, id="reader.page_up"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="reader.half_down"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="reader.half_up"),
        Binding("g,home", "top", "Top", show=False, id="reader.top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="reader.bottom"),
        Binding("n", "next_target(1)", "Next match", show=False, id="reader.next"),
        Binding("N", "next_target(-1)", "Previous match", show=False, id="reader.previous"),
        Binding(
            "right_square_bracket", "block(1)", "Next paragraph", show=False, id="reader.next_block"
        ),
        Binding(
            "left_square_bracket",
            "block(-1)",
            "Previous paragraph",
            show=False,
            id="reader.prev_block",
        ),
        Binding("y", "copy", "Copy selection", show=False, id="reader.copy"),
        # ]l / [l once the key-sequence registry lands; > and < clash with nothing today.
        Binding("greater_than_sign", "link(1)", "Next link", show=False, id="reader.next_link"),
        Binding("less_than_sign", "link(-1)", "Previous link", show=False, id="reader.prev_link"),
        Binding("escape", "clear_search", "Clear search", show=False, id="reader.clear_search"),
    ]

    reading_width: reactive[str] = reactive("medium", init=False)

    class PositionChanged(Message):
        """The visible part moved: percent read and minutes of reading left."""

        def __init__(self, percent: int, minutes_left: int) -> None:
            super().__init__()
            self.percent = percent
            self.minutes_left = minutes_left

    class UserHighlightClicked(Message):
        """A click landed on a user highlight (e.g. to open its note)."""

        def __init__(self, highlight_id: str, offset: int) -> None:
            super().__init__()
            self.highlight_id = highlight_id
            self.offset = offset

    class TargetsChanged(Message):
        """n/N now step through a new list (search matches or a person's mentions)."""

        def __init__(self, label: str, index: int, count: int) -> None:
            super().__init__()
            self.label = label
            self.index = index
            self.count = count

    def __init__(
        self,
        article: Article,
        analysis: Analysis | None = None,
        *,
        reading_width: str = "medium",
        shown: dict[str, bool] | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.article = article
        self._cache: LRUCache[int, Strip] = LRUCache(1024)
        self._styles: dict[str, Style] = {}
        self._layout: ArticleLayout | None = None
        self.set_reactive(ArticleView.reading_width, reading_width)
        self.shown: dict[str, bool] = dict.fromkeys(HIGHLIGHT_CATEGORIES, True) | (shown or {})
        self._categories: dict[str, SpanIndex] = {}
        self.set_analysis(analysis or Analysis(), refresh=False)
        self._search = SpanIndex()
        self._links = SpanIndex((link.start, link.end) for link in article.links)
        self._user_layers: dict[str, SpanIndex] = {}
        self._user_items: dict[str, list[UserHighlight]] = {}
        self._targets: list[tuple[int, int]] = []
        self._target_label = ""
        self._target_index = -1
        self._flash: tuple[int, int] | None = None
        self._flash_timer: object | None = None
        self.cursor = 0
        """Article offset of the reading cursor: the last jump, click or match."""
        self._words_before_block = _cumulative_words(article)

    # ----- public API -------------------------------------------------------------------

    @property
    def layout_rows(self) -> ArticleLayout:
        if self._layout is None:
            self._relayout()
        assert self._layout is not None
        return self._layout

    def set_analysis(self, analysis: Analysis, *, refresh: bool = True) -> None:
        self.analysis = analysis
        self._categories = {
            "quotes": SpanIndex((q.start, q.end) for q in analysis.quotes),
            "people": SpanIndex(span for p in analysis.people for span in p.mentions),
            "numbers": SpanIndex((n.start, n.end) for n in analysis.numbers),
        }
        if refresh:
            self._invalidate()

    def set_shown(self, category: str, shown: bool) -> None:
        self.shown[category] = shown
        self._invalidate()

    def set_user_highlights(
        self, spans: Sequence[tuple[int, int, str]], *, style: str = "hl--user"
    ) -> None:
        """Draw extra ranges (start, end, id) with a style class; replaces that class's ranges.

        Classes: `hl--user` (saved highlights), `hl--user-active` (the one being edited),
        `hl--mark` (e.g. a keyboard selection in progress). Colours come from the theme.
        """
        if style not in self.COMPONENT_CLASSES or not style.startswith(("hl--user", "hl--mark")):
            raise ValueError(f"unknown highlight style {style!r}")
        self._user_items[style] = [UserHighlight(s, e, i) for s, e, i in spans]
        self._user_layers[style] = SpanIndex((s, e) for s, e, _ in spans)
        self._invalidate()

    def user_highlight_at(self, offset: int) -> str | None:
        """The id of a user highlight covering `offset` (any style), if there is one."""
        for items in self._user_items.values():
            for item in items:
                if item.start <= offset < item.end:
                    return item.id
        return None

    def selected_range(self) -> tuple[int, int] | None:
        """The mouse selection as article offsets (start, end), if it covers article text."""
        selection = self.text_selection
        if selection is None:
            return None
        rows = self.layout_rows
        if selection.start is None or selection.end is None:
            return (0, len(self.article.text))
        start = _nearest_offset(rows, selection.start.y, selection.start.x, forward=True)
        end = _nearest_offset(rows, selection.end.y, selection.end.x, forward=False)
        if start is None or end is None or end <= start:
            return None
        return start, end

    def search(self, query: str, *, jump: bool = True) -> int:
        """Highlight every case-insensitive match of `query`; n/N step through them.

        With `jump=False` (while the query is being typed) only the highlights change.
        """
        if not query:
            self.clear_search()
            return 0
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        spans = [m.span() for m in pattern.finditer(self.article.text)]
        self._search = SpanIndex(spans)
        if not jump:
            self._invalidate()
            return len(spans)
        self.set_targets(spans, f"“{query}”")
        if spans:
            self.next_target(1, inclusive=True)
        return len(spans)

    def clear_search(self) -> None:
        """Remove the search highlights (and the n/N list if it was the search's)."""
        self._search = SpanIndex()
        if self._target_label.startswith("“"):
            self.set_targets([], "")
        self._invalidate()

    def set_targets(self, spans: list[tuple[int, int]], label: str, *, jump: bool = False) -> None:
        """Make n/N step through `spans`; with `jump`, go to the first one now."""
        self._targets = sorted(spans)
        self._target_label = label
        self._target_index = -1
        self._invalidate()
        self.post_message(self.TargetsChanged(label, -1, len(spans)))
        if jump and self._targets:
            self._target_index = 0
            self.jump_to(*self._targets[0])
            self.post_message(self.TargetsChanged(label, 0, len(self._targets)))

    def next_target(self, direction: int, *, inclusive: bool = False) -> bool:
        """Jump to the next (1) or previous (-1) target after the cursor; wraps around."""
        if not self._targets:
            return False
        starts = [s for s, _ in self._targets]
        if self._target_index >= 0 and not inclusive:
            index = (self._target_index + direction) % len(self._targets)
        else:
            top = self.layout_rows.offset_for_row(int(self.scroll_y))
            anchor = max(top, self.cursor) if inclusive else self.cursor
            if direction > 0:
                index = bisect_left(starts, anchor) if inclusive else bisect_right(starts, anchor)
                index %= len(starts)
            else:
                index = (bisect_left(starts, anchor) - 1) % len(starts)
        self._target_index = index
        start, end = self._targets[index]
        self.jump_to(start, end)
        self.post_message(self.TargetsChanged(self._target_label, index, len(self._targets)))
        return True

    def jump_to(self, start: int, end: int | None = None, *, flash: bool = True) -> None:
        """Scroll so `start` is a third of the way down, and mark [start, end) briefly."""
        self.cursor = start
        row = self.layout_rows.row_for_offset(start)
        top = int(self.scroll_y)
        height = max(1, self.scrollable_content_region.height)
        if not top <= row < top + height - 1:
            self.scroll_to(y=max(0, row - height // 3), animate=False)
        if flash:
            self._flash = (start, end if end is not None else start + 1)
            if self._flash_timer is not None:
                self._flash_timer.stop()  # type: ignore[attr-defined]
            self._flash_timer = self.set_timer(1.5, self._end_flash)
            self._invalidate()

    def link_at_cursor(self) -> Link | None:
        """The link under the reading cursor (moved by </>, a click, a jump), if any."""
        return self.article.link_at(self.cursor)

    def step_link(self, direction: int) -> Link | None:
        """Move the cursor to the next (1) or previous (-1) link, wrapping around."""
        links = self.article.links
        if not links:
            return None
        starts = [link.start for link in links]
        current = self.link_at_cursor()
        if direction > 0:
            index = bisect_right(starts, self.cursor) % len(links)
        else:
            anchor = current.start if current is not None else self.cursor
            index = (bisect_left(starts, anchor) - 1) % len(links)
        link = links[index]
        self.jump_to(link.start, link.end)
        return link

    def block_rows(self) -> list[int]:
        return self.layout_rows.block_rows

    def position(self) -> tuple[int, int]:
        """(percent read, minutes left): the bottom row's share of all rows; words below top."""
        rows = self.layout_rows
        height = self.scrollable_content_region.height or 1
        bottom = min(rows.height, int(self.scroll_y) + height)
        percent = 100 if rows.height <= height else round(100 * bottom / max(1, rows.height))
        top_row = int(self.scroll_y)
        block = next(
            (line.block for line in islice(rows.lines, top_row, None) if line.block >= 0),
            len(self.article.blocks),
        )
        words_total = self._words_before_block[-1]
        words_left = words_total - self._words_before_block[block]
        if percent == 100:
            words_left = 0
        return percent, -(-words_left // WORDS_PER_MINUTE)

    # ----- actions ----------------------------------------------------------------------

    # Set by a screen with a keyboard selection mode: given ("line", n) it extends the
    # selection and returns True, or returns False when no selection is being made.
    selection_keys: Callable[[str, int], bool] | None = None

    def action_scroll_lines(self, lines: int) -> None:
        if self.selection_keys is not None and self.selection_keys("line", lines):
            return
        self.scroll_to(y=self.scroll_y + lines, animate=False)

    def action_page(self, direction: int) -> None:
        height = self.scrollable_content_region.height
        self.scroll_to(y=self.scroll_y + direction * max(1, height - 2), animate=False)

    def action_half_page(self, direction: int) -> None:
        height = self.scrollable_content_region.height
        self.scroll_to(y=self.scroll_y + direction * max(1, height // 2), animate=False)

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_bottom(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False)

    def action_next_target(self, direction: int) -> None:
        if not self.next_target(direction):
            self.notify(
                "Nothing to step through: search with / or choose a person.",
                markup=False,
                timeout=3,
            )

    def action_link(self, direction: int) -> None:
        link = self.step_link(direction)
        if link is None:
            self.notify("This article has no links.", markup=False, timeout=3)
        else:
            self.notify(link.href, title="Link (Enter opens it)", markup=False, timeout=3)

    def action_block(self, direction: int) -> None:
        """Scroll to the start of the next/previous heading or paragraph."""
        rows = self.layout_rows.block_rows
        top = int(self.scroll_y)
        if direction > 0:
            index = bisect_right(rows, top)
            if index < len(rows):
                self.scroll_to(y=rows[index], animate=False)
                self.cursor = self.article.blocks[index].start
        else:
            index = bisect_left(rows, top) - 1
            if index >= 0:
                self.scroll_to(y=rows[index], animate=False)
                self.cursor = self.article.blocks[index].start
            else:
                self.scroll_to(y=0, animate=False)

    def action_clear_search(self) -> None:
        self.clear_search()

    def action_copy(self) -> None:
        selected = self.screen.get_selected_text()
        if selected:
            self.app.copy_to_clipboard(selected)
            self.notify(f"Copied {len(selected)} characters.", markup=False, timeout=2)
        else:
            self.notify("Select text with the mouse first.", markup=False, timeout=2)

    # ----- Textual hooks ----------------------------------------------------------------

    def watch_reading_width(self) -> None:
        self._relayout(keep_offset=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._post_position()

    def on_resize(self, event: Resize) -> None:
        self._relayout(keep_offset=True)

    def on_click(self, event: Click) -> None:
        offset = self.layout_rows.offset_at(int(self.scroll_y) + event.y, event.x - self.margin)
        if offset is not None:
            self.cursor = offset
            highlight = self.user_highlight_at(offset)
            if highlight is not None:
                self.post_message(self.UserHighlightClicked(highlight, offset))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        return selection.extract(self.layout_rows.plain_text()), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._cache.clear()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        _, scroll_y = self.scroll_offset
        row = scroll_y + y
        width = self.scrollable_content_region.width
        base = self._styles.get("")
        if base is None:
            base = self._styles[""] = self.rich_style
        rows = self.layout_rows
        if row >= rows.height:
            return Strip.blank(width, base)
        strip = self._cache.get(row) if self.text_selection is None else None
        if strip is None:
            strip = self._render_row(row, base)
            if self.text_selection is None:
                self._cache[row] = strip
        margin = self.margin
        return Strip([Segment(" " * margin, base), *strip], margin + strip.cell_length).crop_extend(
            0, width, base
        )

    # ----- internals --------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        """A component class's own style, its colours resolved against the view's background.

        The partial style alone keeps the class's attributes (so a bold person in a green quote
        stays green), but its colours are unresolved: `$text-muted` is an "auto" colour that
        comes out white, which on a light theme is white on white.
        """
        style = self._styles.get(name)
        if style is None:
            partial = self.get_component_rich_style(name, partial=True)
            full = self.get_component_rich_style(name)
            style = partial + Style(
                color=full.color if partial.color is not None else None,
                bgcolor=full.bgcolor if partial.bgcolor is not None else None,
            )
            self._styles[name] = style
        return style

    def _render_row(self, row: int, base: Style) -> Strip:
        line = self.layout_rows.lines[row]
        text = Text(line.text, style=base, no_wrap=True, end="")
        kind_class = _KIND_CLASSES.get(line.kind)
        if kind_class:
            text.stylize(self._style(kind_class))
        if line.prefix:
            text.stylize(self._style("article--prefix"), 0, line.prefix)
        if line.start >= 0:
            lo, hi = line.start, line.end
            shift = line.prefix - lo
            # Links first: a quote's colour goes over a link's, its underline stays.
            layers: list[tuple[str, SpanIndex]] = [("hl--link", self._links)]
            layers += [
                (f"hl--{name}", self._categories[category])
                for category, name in (
                    ("quotes", "quote"),
                    ("people", "person"),
                    ("numbers", "number"),
                )
                if self.shown.get(category, True)
            ]
            layers += list(self._user_layers.items())
            layers.append(("hl--search", self._search))
            if 0 <= self._target_index < len(self._targets):
                layers.append(("hl--current", SpanIndex([self._targets[self._target_index]])))
            if self._flash is not None:
                layers.append(("hl--flash", SpanIndex([self._flash])))
            for class_name, index in layers:
                if not len(index):
                    continue
                for start, end in index.overlapping(lo, hi):
                    text.stylize(
                        self._style(class_name), max(start, lo) + shift, min(end, hi) + shift
                    )
        selection = self.text_selection
        if selection is not None and (span := selection.get_span(row)) is not None:
            start, end = span
            if end == -1:
                end = len(line.text)
            text.stylize(self.screen.get_component_rich_style("screen--selection"), start, end)
        # Rich renders a Text without spans with no style at all (its base style is applied by
        # the console, which a Strip bypasses): such rows reached the terminal in its default
        # colours, black bars across a light theme. Every segment gets the base style under it.
        segments = Segment.apply_style(text.render(self.app.console), base)
        return Strip(list(segments), text.cell_len).apply_offsets(0, row)

    @property
    def margin(self) -> int:
        """Columns left of the text that centre it, for the view's width now.

        Computed when drawn, not kept: the scrollbar appears after the first layout (once
        the rows are counted) and takes a column without a resize event.
        """
        layout = self._layout
        if layout is None:
            return 0
        return max(0, (self.scrollable_content_region.width - layout.width) // 2)

    def _text_width(self) -> int:
        available = max(8, self.scrollable_content_region.width - 2)
        preset = WIDTH_PRESETS.get(self.reading_width)
        return available if preset is None else min(preset, available)

    def _relayout(self, *, keep_offset: bool = False) -> None:
        width = self._text_width()
        if self._layout is not None and self._layout.width == width:
            # Same text width, new margin (160 -> 80 columns at a preset width): the rows on
            # screen were drawn with the old one and must be drawn again now.
            self.refresh()
            return
        anchor = None
        if keep_offset and self._layout is not None and self.scroll_y > 0:
            anchor = self._layout.offset_for_row(int(self.scroll_y))
        self._layout = layout_article(self.article, width)
        self._cache.clear()
        # Only the text's own width: the margin is drawn, never scrolled to.
        self.virtual_size = Size(width, self._layout.height)
        if anchor is not None and self.is_mounted:
            self.scroll_to(y=self._layout.row_for_offset(anchor), animate=False)
        self.refresh()
        self._post_position()

    def _post_position(self) -> None:
        if self.is_mounted and self._layout is not None:
            self.post_message(self.PositionChanged(*self.position()))

    def _end_flash(self) -> None:
        self._flash = None
        self._flash_timer = None
        self._invalidate()

    def _invalidate(self) -> None:
        self._cache.clear()
        self.refresh()


def _cumulative_words(article: Article) -> list[int]:
    totals = [0]
    for block in article.blocks:
        totals.append(totals[-1] + article.block_text(block).count(" ") + 1)
    return totals


def _nearest_offset(rows: ArticleLayout, row: int, column: int, *, forward: bool) -> int | None:
    """Map a selection end to an article offset, skipping rows without article text."""
    offset = rows.offset_at(row, column)
    if offset is not None:
        return offset
    step = 1 if forward else -1
    row += step
    while 0 <= row < rows.height:
        line = rows.lines[row]
        if line.start >= 0:
            return line.start if forward else line.end
        row += step
    return None
