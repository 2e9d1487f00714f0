"""The side panel: tabs of quotes, people, numbers and links, each a filterable `OptionList`.

Items are built as `Content` objects from plain strings (never markup), so article text cannot
inject styles or actions. New tabs (e.g. Notes) are added with `SidePanel.add_tab`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, ClassVar
from urllib.parse import urlsplit

from rich.cells import cell_len
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, OptionList, TabbedContent, TabPane, Tabs
from textual.widgets.option_list import Option

from reader.analysis.model import Analysis, Person, Quote
from reader.article import Link
from reader.ui.layout import clip_cells

OPENING_WORDS = 9
FIRST_BATCH = 60
LATER_BATCH = 250
BATCH_PAUSE = 0.03  # seconds between batches: the screen paints and keys are handled between
CONTEXT_CHARS = 24


@dataclass(frozen=True, slots=True)
class PanelItem:
    """One row of a panel: what is shown, what filtering matches, where it points."""

    prompt: Content
    haystack: str
    start: int
    end: int
    payload: Any = None
    tags: frozenset[str] = frozenset()  # e.g. "unsourced": a figure with no source given


def quote_items(analysis: Analysis) -> list[PanelItem]:
    items = []
    for quote in analysis.quotes:
        words = quote.text.split()
        opening = " ".join(words[:OPENING_WORDS])
        if len(words) > OPENING_WORDS and not opening.endswith(("…", "...")):
            opening += " …"  # cut right after the quote's own ellipsis: that one says it
        speaker = quote.speaker or "unattributed"
        prompt = Content.assemble(
            (
                clip_cells(speaker, 40),
                "bold $reader-person" if quote.speaker else "italic $text-muted",
            ),
            "\n",
            (f"“{opening}”", "$reader-quote"),
        )
        items.append(PanelItem(prompt, f"{speaker} {quote.text}", quote.start, quote.end, quote))
    return items


def people_items(analysis: Analysis) -> list[PanelItem]:
    items = []
    for person in analysis.people:
        count = len(person.mentions)
        first = min(person.mentions, default=(0, 0))
        parts: list[str | tuple[str, str]] = [(clip_cells(person.name, 40), "bold $reader-person")]
        parts.append((f"  ×{count}", "$text-muted"))
        if person.role:
            parts += ["\n", (clip_cells(person.role, 60), "italic $text-muted")]
        items.append(
            PanelItem(
                Content.assemble(*parts), f"{person.name} {person.role or ''}", *first, person
            )
        )
    return items


def words_around(text: str, start: int, end: int) -> tuple[str, str]:
    """A few whole words before and after text[start:end], within its paragraph."""
    window_start = max(0, start - CONTEXT_CHARS)
    head = text[window_start:start]
    cut_head = window_start > 0 and "\n" not in head
    head = head.rsplit("\n", 1)[-1]
    if cut_head and " " in head:
        head = "…" + head.split(" ", 1)[1]  # drop the word the window cut
    window_end = end + CONTEXT_CHARS
    tail = text[end:window_end]
    cut_tail = window_end < len(text) and "\n" not in tail
    tail = tail.split("\n", 1)[0]
    if cut_tail and " " in tail:
        tail = tail.rsplit(" ", 1)[0] + "…"
    return head, tail


NO_SOURCE = "no source given"


def number_items(
    analysis: Analysis, text: str, sourced: Sequence[str | None] | None = None
) -> list[PanelItem]:
    """Numbers with a few words around them; with `sourced` (one flag per number, see
    reader.analysis.sourcing) a figure whose sentence gives no source says so."""
    items = []
    for index, number in enumerate(analysis.numbers):
        before, after = words_around(text, number.start, number.end)
        unsourced = sourced is not None and sourced[index] is None
        prompt = Content.assemble(
            (clip_cells(number.text, 30), "bold $reader-number"),
            (f"  {number.kind}", "$text-muted"),
            (f"  {NO_SOURCE}" if unsourced else "", "italic $warning"),
            "\n",
            (before, "$text-muted"),
            (clip_cells(number.text, 30), "$reader-number"),
            (after, "$text-muted"),
        )
        items.append(
            PanelItem(
                prompt,
                f"{number.text} {number.kind} {before} {after} {NO_SOURCE if unsourced else ''}",
                number.start,
                number.end,
                number,
                frozenset({"unsourced"}) if unsourced else frozenset(),
            )
        )
    return items


LINK_SENTENCE_CHARS = 110


def domain_of(href: str) -> str:
    host = urlsplit(href).hostname or ""
    return host.removeprefix("www.")


def link_items(text: str, links: Sequence[Link]) -> list[PanelItem]:
    """Each link: its anchor text and domain, and the sentence around it."""
    from reader.analysis.segment import build_layout
    from reader.analysis.sourcing import sentence_span

    layout = build_layout(text) if links else None
    items = []
    for link in links:
        anchor = text[link.start : link.end]
        domain = domain_of(link.href)
        assert layout is not None
        start, end = sentence_span(layout, text, link.start, link.end)
        sentence = clip_cells(text[start:end], LINK_SENTENCE_CHARS)
        prompt = Content.assemble(
            (clip_cells(anchor, 50), "bold underline $accent"),
            (f"  {domain}", "$text-muted"),
            "\n",
            (sentence, "$text-muted"),
        )
        items.append(PanelItem(prompt, f"{anchor} {domain} {sentence}", link.start, link.end, link))
    return items


class ItemList(OptionList):
    """An OptionList with vim keys. `/` opens the filter, as in `less`; other letters are keys
    (`s`, `n`, `a`, or the reader's `p`, `w`…) and never filter by accident."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="panel.down"),
        Binding("k", "cursor_up", "Up", show=False, id="panel.up"),
        Binding("g", "first", "First", show=False, id="panel.first"),
        Binding("G", "last", "Last", show=False, id="panel.last"),
        Binding("enter", "select", "Jump", id="panel.jump"),
        Binding("slash", "filter", "Filter", id="panel.filter", priority=True),
        Binding("s", "speaker", "Speaker", id="panel.speaker"),
        Binding("K", "why", "Why?", id="panel.why"),
        Binding("exclamation_mark", "unsourced", "No source", id="panel.unsourced"),
        Binding("left", "tab(-1)", "Previous tab", show=False, id="panel.previous_tab"),
        Binding("right", "tab(1)", "Next tab", show=False, id="panel.next_tab"),
        Binding("n", "step(1)", "Next mention", show=False, id="panel.next"),
        Binding("N", "step(-1)", "Previous mention", show=False, id="panel.previous"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="panel.clear_filter"),
    ]

    def action_step(self, direction: int) -> None:
        """n/N in the panel step through the chosen person's mentions (or search matches)."""
        from reader.ui.widgets.article_view import ArticleView

        views = self.screen.query(ArticleView)
        if views:
            views.first().action_next_target(direction)

    def action_filter(self) -> None:
        self.query_ancestor(ItemPanel).open_filter()

    def action_tab(self, direction: int) -> None:
        self.query_ancestor(SidePanel).next_tab(direction)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # s (speaker) means something only in the quotes and people lists: no hint elsewhere.
        if action == "speaker":
            panels = [node for node in self.ancestors if isinstance(node, ItemPanel)]
            return bool(panels) and panels[0].kind in ("quotes", "people")
        if action == "why":
            panels = [node for node in self.ancestors if isinstance(node, ItemPanel)]
            return bool(panels) and panels[0].kind == "quotes"
        if action == "unsourced":
            panels = [node for node in self.ancestors if isinstance(node, ItemPanel)]
            return bool(panels) and panels[0].kind == "numbers"
        return super().check_action(action, parameters)

    def action_unsourced(self) -> None:
        self.query_ancestor(SidePanel).toggle_unsourced()

    def action_why(self) -> None:
        """K: why the chosen quote has its speaker (the screen works it out)."""
        why = getattr(self.screen, "action_why_speaker", None)
        if why is not None:
            why()

    def action_speaker(self) -> None:
        panel = self.query_ancestor(ItemPanel)
        panel.speaker_filter_requested()

    def action_clear_filter(self) -> None:
        self.query_ancestor(ItemPanel).set_filter("")


class ItemPanel(Vertical):
    """A filter box above an ItemList; posts `Chosen` when an item is selected."""

    DEFAULT_CSS = """
    ItemPanel { height: 1fr; }
    ItemPanel > Input { display: none; height: 3; }
    ItemPanel.-filtering > Input { display: block; }
    ItemPanel > ItemList { height: 1fr; border: none; }
    """

    class Chosen(Message):
        def __init__(self, panel: ItemPanel, item: PanelItem) -> None:
            super().__init__()
            self.panel = panel
            self.item = item

    def __init__(self, kind: str, empty: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.kind = kind
        self.empty = empty
        self.items: list[PanelItem] = []
        self._shown: list[PanelItem] = []
        self.filter_text = ""
        self.predicate: Callable[[PanelItem], bool] | None = None
        self.predicate_label = ""
        self._generation = 0

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder="Filter (enter: go to the list, esc: clear)",
            id=f"{self.kind}-filter",
            select_on_focus=False,
        )
        yield ItemList(id=f"{self.kind}-list")

    @property
    def option_list(self) -> ItemList:
        return self.query_one(ItemList)

    @property
    def shown_items(self) -> list[PanelItem]:
        return list(self._shown)

    def set_items(self, items: list[PanelItem], empty: str | None = None) -> None:
        self.items = items
        if empty is not None:
            self.empty = empty
        if self.is_mounted:  # otherwise on_mount fills the list
            self._refilter()

    def on_mount(self) -> None:
        self._refilter()

    def set_filter(self, text: str) -> None:
        self.filter_text = text
        self.set_class(bool(text), "-filtering")
        filter_input = self.query_one(Input)
        if filter_input.value != text:
            filter_input.value = text
        if not text:
            self.predicate = None
            self.predicate_label = ""
            self.option_list.focus()
        self._refilter()

    def set_predicate(self, predicate: Callable[[PanelItem], bool] | None, label: str) -> None:
        self.predicate = predicate
        self.predicate_label = label
        self._refilter()

    class SpeakerRequested(Message):
        """Show only the quotes of this person."""

        def __init__(self, person: Person) -> None:
            super().__init__()
            self.person = person

    def speaker_filter_requested(self) -> None:
        if self.kind == "people":
            chosen = self.highlighted_item()
            if chosen is not None:
                self.post_message(self.SpeakerRequested(chosen.payload))
            return
        if self.kind != "quotes":
            return
        highlighted = self.highlighted_item()
        if self.predicate is not None or highlighted is None:
            self.set_predicate(None, "")
            self.notify("Showing all quotes.", markup=False, timeout=2)
            return
        speaker = highlighted.payload.speaker
        self.filter_by_speaker(speaker)

    def filter_by_speaker(self, speaker: str | None, person: Person | None = None) -> None:
        def said_it(item: PanelItem) -> bool:
            quote: Quote = item.payload
            if quote.speaker == speaker:
                return True
            if person is None or quote.speaker_start is None:
                return False
            return any(s <= quote.speaker_start < e for s, e in person.mentions)

        self.set_predicate(said_it, f"by {speaker or 'no one'}")
        count = len(self._shown)
        self.notify(
            f"Showing {count} quote{'s' * (count != 1)} {self.predicate_label}. Press s for all.",
            markup=False,
            timeout=3,
        )

    def highlighted_item(self) -> PanelItem | None:
        index = self.option_list.highlighted
        if index is None:
            return None
        return self._item_for(self.option_list.get_option_at_index(index))

    def _item_for(self, option: Option) -> PanelItem | None:
        if option.id is None or not option.id.isdigit():
            return None
        index = int(option.id)
        return self._shown[index] if index < len(self._shown) else None

    def highlight_item(self, index: int) -> None:
        """Move the list's cursor to the `index`-th shown item."""
        self.option_list.highlighted = self.option_list.get_option_index(str(index))

    class Counted(Message):
        """The list was (re)filtered: `shown` of `total` items are listed."""

        def __init__(self, panel: ItemPanel, shown: int, total: int) -> None:
            super().__init__()
            self.panel = panel
            self.shown = shown
            self.total = total

    @property
    def filtered(self) -> bool:
        return bool(self.filter_text) or self.predicate is not None

    def _refilter(self) -> None:
        needle = self.filter_text.casefold()
        shown = [
            item
            for item in self.items
            if (not needle or needle in item.haystack.casefold())
            and (self.predicate is None or self.predicate(item))
        ]
        self._shown = shown
        self.post_message(self.Counted(self, len(shown), len(self.items)))
        self._generation += 1
        lists = self.query(ItemList)
        if not lists:
            return  # mounted while the screen closes: its list is already gone
        option_list = lists.first()
        option_list.clear_options()
        if shown:
            # A screenful first, the rest right after it is painted: a panel of thousands
            # of items opens as fast as one of fifty.
            self._add_options(0, FIRST_BATCH)
            option_list.highlighted = 0
            if len(shown) > FIRST_BATCH:
                self.set_timer(
                    BATCH_PAUSE, partial(self._add_batches, FIRST_BATCH, self._generation)
                )
        else:
            message = self.empty if not self.items else "Nothing matches the filter."
            option_list.add_option(
                Option(Content.styled(message, "italic $text-muted"), disabled=True)
            )

    def _add_batches(self, start: int, generation: int) -> None:
        """Add the rest in batches, one per refresh, so keys keep working meanwhile."""
        if generation != self._generation:
            return  # the list was refiltered meanwhile
        stop = start + LATER_BATCH
        self._add_options(start, stop)
        if stop < len(self._shown):
            self.set_timer(BATCH_PAUSE, partial(self._add_batches, stop, generation))

    def _add_options(self, start: int, stop: int) -> None:
        options: list[Option | None] = []
        for index, item in enumerate(self._shown[start:stop], start):
            if index:
                options.append(None)  # a rule between items: most take two lines
            options.append(Option(item.prompt, id=str(index)))
        self.option_list.add_options(options)

    def open_filter(self) -> None:
        """Show the filter box and type into it (what is there already stays)."""
        self.add_class("-filtering")
        # At once, not with focus() (which waits its turn): letters typed right after `/`
        # are already queued and must reach the box, not the list (no lost first letter).
        self.screen.set_focus(self.query_one(Input))

    @on(Input.Changed)
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.filter_text = event.value
        self._refilter()

    @on(Input.Blurred)
    def _filter_left(self, event: Input.Blurred) -> None:
        event.stop()
        if not event.value:
            self.remove_class("-filtering")  # an empty box is not kept open

    @on(Input.Submitted)
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.option_list.focus()
        item = self.highlighted_item()
        if item is not None:
            self.post_message(self.Chosen(self, item))

    def on_key(self, event: events.Key) -> None:
        # While typing a filter, arrows move in the list and escape leaves the box.
        if not self.query_one(Input).has_focus:
            return
        if event.key in ("down", "up"):
            event.stop()
            event.prevent_default()
            if event.key == "down":
                self.option_list.action_cursor_down()
            else:
                self.option_list.action_cursor_up()
        elif event.key == "escape":
            event.stop()
            event.prevent_default()
            if self.filter_text:
                self.set_filter("")
            self.option_list.focus()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        item = self._item_for(event.option)
        if item is not None:
            self.post_message(self.Chosen(self, item))


TAB_TITLES = {"quotes": "Quotes", "people": "People", "numbers": "Numbers", "links": "Links"}
TAB_NAMES: dict[str, tuple[str, ...]] = {
    # A tab's names, longest first: its title, an abbreviation, its initial. Notes has no
    # initial: N is Numbers'.
    "quotes": ("Quotes", "Qts", "Q"),
    "people": ("People", "Ppl", "P"),
    "numbers": ("Numbers", "Nums", "N"),
    "links": ("Links", "Lnk", "L"),
    "notes": ("Notes", "Nts"),
}
TAB_PADDING = 2  # columns a tab adds around its label


def fit_tab_labels(
    tabs: Sequence[tuple[str, Sequence[str], str]], active: str | None, width: int
) -> dict[str, str]:
    """Each tab's label, its name and count ("People 7"), fitted to `width` cells.

    `tabs` is (tab id, names longest first, count) in strip order. While the labels are
    wider than the strip, the tabs other than the active one take their next shorter name,
    the rightmost first: all of them an abbreviation ("Ppl 7") before any an initial
    ("P 7"); last the active one is abbreviated. So a wide strip reads "Quotes 16  People 7
    Nums 14", and initials appear only where nothing longer fits (a 33-column panel at 100
    columns with five tabs). A width of 0 (not laid out yet) keeps the full names.
    """
    level = {tab_id: 0 for tab_id, _, _ in tabs}

    def label(tab_id: str, names: Sequence[str], count: str) -> str:
        return f"{names[min(level[tab_id], len(names) - 1)]} {count}".strip()

    def cells() -> int:
        return sum(cell_len(label(*tab)) + TAB_PADDING for tab in tabs)

    depth = 1
    while width > 0 and cells() > width and depth < max((len(n) for _, n, _ in tabs), default=0):
        for tab_id, names, _ in reversed(tabs):
            if cells() <= width:
                break
            if tab_id != active and len(names) > depth:
                level[tab_id] = depth
        depth += 1
    if active in level and width > 0 and cells() > width:
        level[active] = 1  # last, the active tab (its list is in view) is abbreviated too
    return {tab_id: label(tab_id, names, count) for tab_id, names, count in tabs}


class SidePanel(Vertical):
    """Tabbed panels; `add_tab` lets other features (notes) add their own."""

    class Jump(Message):
        """Go to [start, end) in the article; `person` is set when a person was chosen."""

        def __init__(self, start: int, end: int, person: Person | None = None) -> None:
            super().__init__()
            self.start = start
            self.end = end
            self.person = person

    class FollowLink(Message):
        """Open this link (Enter on it in the Links tab)."""

        def __init__(self, link: Link) -> None:
            super().__init__()
            self.link = link

    def compose(self) -> ComposeResult:
        with TabbedContent(id="panel-tabs"):
            for kind, title in TAB_TITLES.items():
                with TabPane(title, id=f"tab-{kind}"):
                    yield ItemPanel(kind, "Analysing…", id=f"panel-{kind}")

    def panel(self, kind: str) -> ItemPanel:
        return self.query_one(f"#panel-{kind}", ItemPanel)

    _pending: tuple[Analysis, str, Sequence[Link]] | None = None

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._added: dict[str, str] = {}  # an added tab's title, by tab id
        self._tab_counts: dict[str, str] = {}  # what an added tab's label says after it

    def on_mount(self) -> None:
        # One tab from the text reaches the list, not the tab strip (where j and Enter did
        # nothing); tabs change with left/right in the list, or a click.
        self.query_one(Tabs).can_focus = False
        if self._pending is not None:
            self.set_analysis(*self._pending)

    def on_click(self) -> None:
        # A click on a tab (which cannot take focus) gives the list focus.
        self.call_after_refresh(self.focus_list)

    def next_tab(self, direction: int) -> None:
        """Show the next (1) or previous (-1) tab and give its list focus."""
        tabs = self.query_one(TabbedContent)
        ids = [pane.id for pane in tabs.query(TabPane) if pane.id]
        if tabs.active in ids:
            tabs.active = ids[(ids.index(tabs.active) + direction) % len(ids)]
            self.call_after_refresh(self.focus_list)

    def set_analysis(self, analysis: Analysis, text: str, links: Sequence[Link] = ()) -> None:
        if not self.query(ItemPanel):  # not composed yet: apply when mounted
            self._pending = (analysis, text, links)
            return
        from reader.analysis.sourcing import sourcing

        self._pending = None
        flags = sourcing(text, analysis, [(link.start, link.end) for link in links])
        self.panel("quotes").set_items(quote_items(analysis), "No quotes found.")
        self.panel("people").set_items(people_items(analysis), "No people found.")
        self.panel("numbers").set_items(
            number_items(analysis, text, flags.numbers), "No numbers found."
        )
        self.panel("links").set_items(link_items(text, links), "No links in this article.")
        self._show_links_tab(bool(links))
        self._analysed = True
        self._label_tabs()

    _analysed = False

    def _label_tabs(self) -> None:
        """Each tab says how many items it has; while filtered, how many of them are shown.

        Where the strip is narrower than the labels, the tabs that are not active take
        shorter names, the rightmost first (see `fit_tab_labels`); a shortened tab shows its
        full label as a tooltip.
        """
        if not self._analysed:
            return
        tabs = self.query_one(TabbedContent)
        try:
            wanted: list[tuple[str, Sequence[str], str]] = []
            for pane in tabs.query(TabPane):
                if pane.id is None:
                    continue
                kind = pane.id.removeprefix("tab-")
                if kind in TAB_TITLES:
                    panel = self.panel(kind)
                    if kind == "links" and not panel.items:
                        continue  # its tab is hidden: it takes no room
                    total = len(panel.items)
                    count = f"{len(panel.shown_items)}/{total}" if panel.filtered else f"{total}"
                else:
                    count = self._tab_counts.get(pane.id, "")
                title = self._added.get(pane.id, kind)
                wanted.append((pane.id, TAB_NAMES.get(kind, (title,)), count))
            labels = fit_tab_labels(wanted, tabs.active, self.content_region.width)
            for tab_id, names, count in wanted:
                tab = tabs.get_tab(tab_id)
                tab.label = Content(labels[tab_id])
                full = f"{names[0]} {count}".strip()
                tab.tooltip = full if labels[tab_id] != full else None
        except NoMatches:  # the tab strip is composed a moment after the panes
            self.call_after_refresh(self._label_tabs)

    def set_tab_count(self, tab_id: str, count: str) -> None:
        """What an added tab's label says after its name ("3", "3 (1 orphaned)")."""
        self._tab_counts[tab_id] = count
        self._label_tabs()

    def on_resize(self) -> None:
        self._label_tabs()

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        self._label_tabs()

    @on(ItemPanel.Counted)
    def _counted(self, event: ItemPanel.Counted) -> None:
        if event.panel.kind in TAB_TITLES:
            event.stop()
            self._label_tabs()

    def _show_links_tab(self, shown: bool) -> None:
        """An article without links has no Links tab: one tab less to read past.

        The tab's `-hidden` class is set directly rather than through `hide_tab`, which
        schedules a redraw of the tab strip's underline: when the screen is closed at once (a
        feed item opened and left with backspace), that redraw found the strip gone and
        crashed the app. The Links tab is never the active one when this runs (set once, when
        the analysis arrives), so nothing else `hide_tab` does is needed."""
        if not self.is_attached:
            return
        try:
            tab = self.query_one(TabbedContent).get_tab("tab-links")
        except (NoMatches, Tabs.TabError):  # the tab strip is composed after the panes
            self.call_after_refresh(self._show_links_tab, shown)
            return
        tab.set_class(not shown, "-hidden")

    def show_tab(self, kind: str) -> None:
        self.query_one(TabbedContent).active = f"tab-{kind}"

    def focus_list(self) -> None:
        tabs = self.query_one(TabbedContent)
        pane = tabs.active_pane
        if pane is not None:
            lists = pane.query(OptionList)
            if lists:
                lists.first().focus()

    def add_tab(self, title: str, tab_id: str, widget: Widget) -> None:
        """Add a tab (e.g. Notes) after the built-in ones; `set_tab_count` gives its count."""
        self._added[tab_id] = title
        self.query_one(TabbedContent).add_pane(TabPane(title, widget, id=tab_id))
        self.call_after_refresh(self._label_tabs)  # room for it: labels may get shorter

    def toggle_unsourced(self) -> None:
        """Numbers: only the figures with no source given, or all of them again."""
        panel = self.panel("numbers")
        self.show_tab("numbers")
        if panel.predicate is not None:
            panel.set_predicate(None, "")
            self.notify("Showing all numbers.", markup=False, timeout=2)
        else:
            panel.set_predicate(lambda item: "unsourced" in item.tags, "numbers with no source")
            self.notify(
                f"Showing {len(panel.shown_items)} numbers with no source given. Press ! for all.",
                markup=False,
                timeout=3,
            )
        self.call_after_refresh(self.focus_list)

    @on(ItemPanel.SpeakerRequested)
    def _speaker(self, event: ItemPanel.SpeakerRequested) -> None:
        event.stop()
        self.show_tab("quotes")
        self.panel("quotes").filter_by_speaker(event.person.name, event.person)
        self.panel("quotes").option_list.focus()

    @on(ItemPanel.Chosen)
    def _chosen(self, event: ItemPanel.Chosen) -> None:
        event.stop()
        item = event.item
        if isinstance(item.payload, Link):
            self.post_message(self.FollowLink(item.payload))
            return
        person = item.payload if isinstance(item.payload, Person) else None
        self.post_message(self.Jump(item.start, item.end, person))
