"""The items of one feed: title, date, site and a read mark; Enter reads one.

Shown when `newsreader SOURCE` turns out to be an RSS or Atom feed (the reader screen that
found it hands it over), or when a saved feed is chosen in the library (then fetched here,
conditionally, on a worker thread). Enter pushes a reader screen for the item's link, through
the same loading, cleaning, limits and error messages as the command line; `backspace` in that
reader pops it (ReaderApp.action_back), so the list comes back with the same item chosen and
the item marked read. Navigation is plain screen pushes and pops, so it composes with any other
screen that does the same (following links, the library). Feed text is untrusted: it is shown
as `Content`, never parsed as markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.errors import NewsreaderError
from reader.feeds.parse import Feed, FeedItem
from reader.ui.notes_library import LibraryList
from reader.ui.widgets.key_footer import KeyFooter

if TYPE_CHECKING:
    from reader.extract.sources import LoadLimits


class FeedItems(LibraryList):
    """The items, with the library's list keys (j, k, g, G)."""


class FeedReady(Message):
    def __init__(self, feed: Feed | None, read: set[str], problem: str | None = None) -> None:
        super().__init__()
        self.feed = feed
        self.read = read
        self.problem = problem


class FeedScreen(Screen[None]):
    """One feed's items. Give it a parsed `feed`, or a `source` (URL or file) to fetch."""

    CSS_PATH = Path(__file__).with_name("feed_list.tcss")
    AUTO_FOCUS = "FeedItems"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "refresh", "Refresh", id="feed.refresh"),
        Binding("L", "library", "Library", id="feed.library"),
        Binding("escape,backspace", "leave", "Back", id="feed.back"),
    ]

    def __init__(
        self,
        feed: Feed | None = None,
        *,
        source: str | None = None,
        limits: LoadLimits | None = None,
        first: bool = False,
    ) -> None:
        super().__init__()
        self.feed = feed
        self.source = source or (feed.url if feed is not None else None)
        self.limits = limits
        self.first = first
        """Shown over the (empty) first screen: there is nothing to go back to."""
        self.read: set[str] = set()

    def compose(self) -> ComposeResult:
        yield Static(Content(self._heading()), id="feed-title")
        yield FeedItems(id="feed-list")
        yield Static(Content("Opening the feed…"), id="feed-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self._load(fetch=self.feed is None)

    def on_screen_resume(self) -> None:
        # Back from reading an item: its read mark is now on disk.
        if self.feed is not None and self.is_mounted:
            self._load(fetch=False)

    @work(thread=True, exclusive=True, group="feed")
    def _load(self, fetch: bool) -> None:
        from reader.feeds.store import FeedStore

        store = FeedStore()
        feed, problem = self.feed, None
        if fetch and self.source is not None:
            from reader.feeds.fetch import fetch_feed

            try:
                feed = fetch_feed(self.source, store=store, limits=self.limits)
            except NewsreaderError as error:
                problem = str(error)
        try:
            read = store.read_marks()
        except NewsreaderError as error:
            read, problem = set(), problem or str(error)
        self.post_message(FeedReady(feed, read, problem))

    @on(FeedReady)
    def _ready(self, message: FeedReady) -> None:
        if message.problem:
            self.notify(message.problem, title="Feed", severity="error", markup=False, timeout=10)
        self.read = message.read
        status = self.query_one("#feed-status", Static)
        if message.feed is None:
            status.update(Content(message.problem or "Could not open the feed."))
            return
        self.feed = message.feed
        self.query_one("#feed-title", Static).update(Content(self._heading()))
        items = self.query_one(FeedItems)
        prompts = [_prompt(item, _key(item) in self.read) for item in self.feed.items]
        if items.option_count == len(prompts):
            for index, prompt in enumerate(prompts):  # keeps the chosen item and the scroll
                items.replace_option_prompt_at_index(index, prompt)
        else:
            items.clear_options()
            items.add_options([Option(prompt) for prompt in prompts])
            if prompts:
                items.highlighted = 0
        unread = sum(1 for item in self.feed.items if _key(item) not in self.read)
        count = len(self.feed.items)
        status.update(
            Content(
                f"{count} item{'s' * (count != 1)}, {unread} unread. Enter reads one."
                if count
                else "This feed lists no items."
            )
        )

    def _heading(self) -> str:
        if self.feed is None:
            return self.source or "Feed"
        return f"{self.feed.title}  ({self.feed.kind_name} feed)"

    @on(OptionList.OptionSelected, "#feed-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if self.feed is None or not 0 <= event.option_index < len(self.feed.items):
            return
        item = self.feed.items[event.option_index]
        if item.link is None:
            self.notify("This item has no link to read.", title="Feed", markup=False)
            return
        self._mark_read(_key(item))
        self.app.push_screen(_reader_for(self.app, item.link, self.limits))

    @work(thread=True, group="feed-read")
    def _mark_read(self, key: str) -> None:
        from reader.feeds.store import FeedStore

        try:
            FeedStore().mark_read(key)
        except NewsreaderError as error:
            self.app.call_from_thread(
                self.notify, str(error), title="Feed", severity="warning", markup=False
            )

    def action_refresh(self) -> None:
        self.query_one("#feed-status", Static).update(Content("Refreshing…"))
        self._load(fetch=self.source is not None)

    def action_library(self) -> None:
        from reader.ui.notes_library import LibraryScreen

        self.app.push_screen(LibraryScreen())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Over the app's (empty) first screen there is nothing to go back to: no "Back" hint.
        if action == "leave":
            return not self.first and len(self.app.screen_stack) > 1
        return True

    def action_leave(self) -> None:
        if self.check_action("leave", ()):
            self.app.pop_screen()


def _key(item: FeedItem) -> str:
    """What a read mark is kept under: the link (the same story in two feeds), else the id."""
    return item.link or item.id


def _prompt(item: FeedItem, read: bool) -> Content:
    when = item.published[:16].replace("T", " ") if item.published else ""
    details = " · ".join(part for part in (when, item.source or "") if part)
    return Content.assemble(
        ("✓ " if read else "● ", "$text-muted" if read else "$accent"),
        (item.title, "" if read else "bold"),
        "\n  ",
        (details, "$text-muted"),
    )


def _reader_for(app: Any, url: str, limits: LoadLimits | None) -> Screen[None]:
    from reader.ui.notes_screen import NotesReaderScreen

    settings = getattr(app, "settings", None)
    return NotesReaderScreen(
        url,
        width=getattr(settings, "width", "medium"),
        highlights=getattr(settings, "highlights", None),
        limits=limits or getattr(app, "limits", None),
    )


def show_feed(app: Any, feed: Feed, found_in: Screen[Any]) -> None:
    """Replace the reader screen that found `feed` with its item list.

    Textual cannot switch out an app's first screen, so a feed found there is shown over it
    (and `first` keeps the list from going back to that empty screen).
    """
    limits = getattr(app, "limits", None)
    # `r` reads the feed again from where it came: its URL, or the file (never stdin twice).
    source = feed.url or getattr(found_in, "source", None)
    source = None if source == "-" else source
    if app.screen_stack[0] is found_in:
        app.push_screen(FeedScreen(feed, source=source, limits=limits, first=True))
    elif app.screen is found_in:
        app.switch_screen(FeedScreen(feed, source=source, limits=limits))
