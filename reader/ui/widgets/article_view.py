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
from textual.events import Click, Key, Resize
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from reader.analysis.model import Analysis, Quote
from reader.article import Article, Link
from reader.config import HIGHLIGHT_KINDS, WIDTHS
from reader.ui.keymap import COUNTED_ACTIONS, KeyReader, display_keys
from reader.ui.layout import ArticleLayout, layout_article

# Reading widths and highlight kinds are named once, in reader.config (which checks the
# settings file against them); here each width gets its columns (None: the whole view).
WIDTH_PRESETS: dict[str, int | None] = dict(zip(WIDTHS, (60, 72, 96, None), strict=True))
WORDS_PER_MINUTE = 230
CURSOR_MARK = "▌"
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
        "hl--selection",
        "article--cursor",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down,ctrl+e", "scroll_lines(1)", "Down", show=False, id="reader.down"),
        Binding("k,up,ctrl+y", "scroll_lines(-1)", "Up", show=False, id="reader.up"),
        Binding(
            "space,pagedown,f,ctrl+f",
            "page(1)",
            "Page down",
            id="reader.page_down",
            key_display="space",
        ),
        Binding("b,pageup,ctrl+b", "page(-1)", "Page up", show=False, id="reader.page_up"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="reader.half_down"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="reader.half_up"),
        Binding("g,home", "top", "Top", show=False, id="reader.top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="reader.bottom"),
        Binding("n", "next_target(1)", "Next match", show=False, id="reader.next"),
        Binding("N", "next_target(-1)", "Previous match", show=False, id="reader.previous"),
        Binding("percent_sign", "percent", "Go to a percentage", show=False, id="reader.percent"),
        Binding(
            "right_curly_bracket", "block(1)", "Next paragraph", show=False, id="reader.next_block"
        ),
        Binding(
            "left_curly_bracket",
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

    class KeysPending(Message):
        """A count or the start of a sequence was typed ("5", "]"): shown until it completes,
        as vim's showcmd does, so the user sees the app waiting for the next key."""

        def __init__(self, typed: str) -> None:
            super().__init__()
            self.typed = typed

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
        self._direction = 1  # -1 after a backward search: n goes up
        self._flash: tuple[int, int] | None = None
        self._flash_timer: object | None = None
        self._cursor = 0
        self.keys = KeyReader()
        self._before_jump: tuple[int, int, int] | None = None  # a place() for ''
        self.marks: dict[str, tuple[int, int, int]] = {}
        """Places marked with m{letter}: see `place`."""
        self._words_before_block = _cumulative_words(article)

    # ----- public API -------------------------------------------------------------------

    @property
    def cursor(self) -> int:
        """Article offset of the reading cursor, marked in the margin: what `v`, `e` and `d`
        act on. Jumps, clicks and matches move it; scrolling brings it along onto the page."""
        return self._cursor

    @cursor.setter
    def cursor(self, offset: int) -> None:
        if offset != self._cursor:
            self._cursor = offset
            self.refresh()  # the mark is drawn in the margin, outside the cached rows

    def cursor_row(self) -> int:
        return self.layout_rows.row_for_offset(self._cursor)

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

    def search(self, query: str, *, jump: bool = True, direction: int = 1) -> int:
        """Highlight every match of `query`; n/N step through them (in `direction`: with -1,
        n goes up, as after vim's and less's `?`).

        Smart case: a query in lower case matches any case; one capital makes it exact.
        With `jump=False` (while the query is being typed) only the highlights change.
        """
        if not query:
            self.clear_search()
            return 0
        flags = 0 if any(c.isupper() for c in query) else re.IGNORECASE
        pattern = re.compile(re.escape(query), flags)
        spans = [m.span() for m in pattern.finditer(self.article.text)]
        self._search = SpanIndex(spans)
        if not jump:
            self._invalidate()
            return len(spans)
        self.set_targets(spans, f"“{query}”")
        self._direction = direction
        if spans:
            self.next_target(direction, inclusive=direction > 0)
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
        self._direction = 1
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
        if (start - self.cursor) * direction < 0:  # as less and vim say "search hit BOTTOM"
            where = "the end: on from the top" if direction > 0 else "the top: on from the end"
            self.notify(f"Wrapped past {where}.", markup=False, timeout=2)
        self.jump_to(start, end)
        self.post_message(self.TargetsChanged(self._target_label, index, len(self._targets)))
        return True

    def jump_to(
        self, start: int, end: int | None = None, *, flash: bool = True, remember: bool = True
    ) -> None:
        """Scroll so `start` is a third of the way down, and mark [start, end) briefly.

        With `remember`, '' comes back to where the page was before the jump."""
        if remember:
            self._before_jump = self.place()
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

    def place(self) -> tuple[int, int, int]:
        """Where the reader is, for marks and '': (cursor, the first text offset on the page,
        rows above that text on the page). Offsets, so a place survives a change of width."""
        rows = self.layout_rows
        top = int(self.scroll_y)
        first = rows.offset_for_row(top)
        return self._cursor, first, max(0, rows.row_for_offset(first) - top)

    def go_to_place(self, place: tuple[int, int, int]) -> None:
        cursor, first, above = place
        self.scroll_to(y=max(0, self.layout_rows.row_for_offset(first) - above), animate=False)
        self.cursor = cursor

    def resume(self, place: tuple[int, int, int]) -> None:
        """Open at `place` (a saved reading position); '' goes back to where it began."""
        self._before_jump = self.place()
        self.go_to_place(place)

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
        self.cursor = 0

    def action_bottom(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False)
        rows = self.layout_rows
        self.cursor = rows.offset_for_row(max(0, rows.height - 1))

    def action_next_target(self, direction: int) -> None:
        if not self.next_target(direction * self._direction):
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

    def action_percent(self) -> None:
        self.notify("Type a number first: 50% goes half way.", markup=False, timeout=3)

    def go_to_row(self, row: int) -> None:
        """Counted g/G and %: put `row` at the top (a jump, so '' comes back)."""
        rows = self.layout_rows
        row = max(0, min(row, rows.height - 1))
        self._before_jump = self.place()
        self.scroll_to(y=row, animate=False)
        self.cursor = rows.offset_for_row(row)

    def action_jump(self, kind: str, direction: int) -> None:
        """]q [q ]p [p ]n [n ]a [a: the next/previous quote, mention, number or note."""
        if kind == "notes":
            spans = sorted((i.start, i.end) for i in self._user_items.get("hl--user", []))
        else:
            spans = self._categories[kind].spans
        names = {"quotes": "quote", "people": "mention of a person", "numbers": "number"}
        name = names.get(kind, "note")
        if direction > 0:
            found = next(((s, e) for s, e in spans if s > self._cursor), None)
        else:
            found = next(((s, e) for s, e in reversed(spans) if s < self._cursor), None)
        if found is None:
            where = "below" if direction > 0 else "above"
            self.notify(f"No {name} {where} the cursor.", markup=False, timeout=2)
            return
        self.jump_to(*found)

    def action_set_mark(self, letter: str) -> None:
        self.marks[letter] = self.place()
        self.notify(f"Marked '{letter}: '{letter} comes back here.", markup=False, timeout=2)

    def action_go_mark(self, letter: str) -> None:
        place = self.marks.get(letter)
        if place is None:
            self.notify(f"No mark '{letter}: set one with m{letter}.", markup=False, timeout=3)
            return
        self._before_jump, here = self.place(), place
        self.go_to_place(here)

    def action_jump_back(self) -> None:
        if self._before_jump is None:
            self.notify("No jump to go back from yet.", markup=False, timeout=2)
            return
        back, self._before_jump = self._before_jump, self.place()
        self.go_to_place(back)

    async def on_key(self, event: Key) -> None:
        """Counts and sequences (`5j`, `]q`, `ma`, `''`) are read here, one key at a time, in
        the order typed; so are this view's own keys, run here rather than after the key has
        bubbled up to the app: in a burst ("gg'a" from tmux or a paste) a key's binding would
        otherwise run after the keys typed after it. Other keys go on to their bindings."""
        was_pending = bool(self.keys.count or self.keys.pending)
        meaning = self.keys.feed(event.key, event.character)
        pending = self.keys.count + "".join(display_keys(key) for key in self.keys.pending)
        if pending or was_pending:
            self.post_message(self.KeysPending(pending))
        if meaning.kind == "key":
            await self._own_binding(event, meaning.count)
            return
        event.stop()
        event.prevent_default()
        if meaning.sequence is not None:
            letter = meaning.letter
            action = meaning.sequence.action + (f"({letter!r})" if letter else "")
            repeat = meaning.count if action.startswith(("jump(", "block(")) else 1
            for _ in range(max(1, min(repeat, 10_000))):
                await self.run_action(action)
        elif meaning.kind == "unknown":
            typed = "".join(display_keys(key) for key in meaning.keys)
            self.notify(f"No key {typed} (? lists the keys).", markup=False, timeout=2)

    async def _own_binding(self, event: Key, count: int) -> None:
        """Run the binding of this view for `event` (with a count), if the key is its own."""
        active = self.screen.active_bindings.get(event.key)
        if active is None or active.node is not self or not active.enabled:
            return
        if active.binding.priority:
            return  # already had its turn before the key reached the view
        action = active.binding.action
        name = action.split("(", 1)[0]
        event.stop()
        event.prevent_default()
        if count and name in ("top", "bottom"):
            self.go_to_row(count - 1)
        elif count and name == "percent":
            self.go_to_row(round(min(count, 100) * max(0, self.layout_rows.height - 1) / 100))
        else:
            repeat = count if count and name in COUNTED_ACTIONS else 1
            for _ in range(min(repeat, 10_000)):
                await self.run_action(action)

    def action_clear_search(self) -> None:
        self.clear_search()

    class Yanked(Message):
        """`y` copied the selection (so a keyboard selection is over) or a quote."""

    def action_copy(self) -> None:
        """y: the selection (keyboard or mouse) as whole words, else the quote at the cursor
        with its speaker and source."""
        from reader.notes.textnav import whole_words

        selected = self.selected_range()
        if selected is not None:
            start, end = whole_words(self.article.text, *selected)
            text, what = self.article.text[start:end], "the selection"
        else:
            quote = self.quote_at_cursor()
            if quote is None:
                self.notify(
                    "Nothing to copy: select text (v or the mouse) or put the cursor on a quote.",
                    markup=False,
                    timeout=3,
                )
                return
            text, what = quote_with_source(self.article, quote), "the quote"
        self.app.copy_to_clipboard(text)
        self.post_message(self.Yanked())
        self.notify(f"Copied {what} ({len(text)} characters).", markup=False, timeout=2)

    def quote_at_cursor(self) -> Quote | None:
        """The quote around the cursor, else the first one starting on the cursor's row."""
        line = self.layout_rows.lines[self.cursor_row()]
        on_row = None
        for quote in self.analysis.quotes:
            if quote.start <= self._cursor < quote.end:
                return quote
            if on_row is None and line.start <= quote.start < line.end:
                on_row = quote
        return on_row

    # ----- Textual hooks ----------------------------------------------------------------

    def watch_reading_width(self) -> None:
        self._relayout(keep_offset=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._keep_cursor_on_page()
        self._post_position()

    def _keep_cursor_on_page(self) -> None:
        """Scrolled off the page, the cursor moves to the nearest row of text on it (as vim's)."""
        height = self.scrollable_content_region.height
        if height <= 0 or self._layout is None:
            return
        rows = self._layout
        top = int(self.scroll_y)
        bottom = min(rows.height, top + height) - 1
        row = rows.row_for_offset(self._cursor)
        if row < top:
            self.cursor = rows.offset_for_row(top)
        elif row > bottom:
            while bottom > top and rows.lines[bottom].start < 0:
                bottom -= 1
            self.cursor = rows.offset_for_row(bottom)

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
        margin_segment = Segment(" " * margin, base)
        if row == self.cursor_row() and margin:
            margin_segment = Segment(" " * (margin - 1), base)
            strip = Strip([Segment(CURSOR_MARK, base + self._style("article--cursor")), *strip])
        return Strip(
            [margin_segment, *strip], margin_segment.cell_length + strip.cell_length
        ).crop_extend(0, width, base)

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
            text.stylize(self._style("hl--selection"), start, end)
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
            # Same text width, new margin (160 -> 80 columns at a preset width, or the panel
            # hidden): the rows on screen were drawn with the old one and must be drawn again.
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


def quote_with_source(article: Article, quote: Quote) -> str:
    """“What was said” — Speaker, Title (where it is from): a quote ready to paste."""
    said = " ".join(quote.text.split())
    where = ", ".join(part for part in (article.title, article.url or article.source) if part)
    return f"“{said}” — {quote.speaker or 'unattributed'}" + (f" ({where})" if where else "")


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
