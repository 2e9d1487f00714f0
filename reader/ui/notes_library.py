"""The library: every saved article with its site, date, last opened time and note count.

`newsreader` with no argument opens it; `L` opens it from the reader. Enter reopens an
article from its stored snapshot (exactly the text its notes were made on, even when the
file has moved or the page has changed); `/` filters by title, site, source and by the text
of highlights and notes (full-text search), as it filters the reader's panels; `o` opens a
file or URL typed on one line, as `newsreader SOURCE` would (a failure is a message here).
"""

from __future__ import annotations

import threading
from typing import ClassVar

from rich.cells import cell_len
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.article import Article
from reader.errors import NewsreaderError
from reader.extract.sanitize import sanitize_inline
from reader.feeds.store import SavedFeed, saved_feeds
from reader.notes.model import SavedArticle
from reader.notes.store import NoteStore, open_notes
from reader.ui.layout import clip_cells
from reader.ui.notes_dialogs import CSS, database_warning
from reader.ui.widgets.key_footer import KeyFooter

OPEN_PROMPT = "A file or URL to open (enter opens it, esc gives up)"
ROW_PADDING = 2  # cells an option adds around its prompt
UNLAID_WIDTH = 90  # cells of a row before the list has a width


class LibraryList(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="library.down"),
        Binding("k", "cursor_up", "Up", show=False, id="library.up"),
        Binding("g", "first", "First", show=False, id="library.first"),
        Binding("G", "last", "Last", show=False, id="library.last"),
    ]


class LibraryLoaded(Message):
    def __init__(
        self,
        articles: list[SavedArticle],
        term: str,
        feeds: list[SavedFeed] | None = None,
        generation: int = 0,
    ) -> None:
        super().__init__()
        self.articles = articles
        self.term = term
        self.feeds = feeds or []
        self.generation = generation  # a load older than the latest is dropped


class LibraryFailed(Message):
    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class ArticleRestored(Message):
    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article


class SourceOpened(Message):
    """What loading a typed file or URL gave: an article, a feed, or a failure."""

    def __init__(self, result: Message) -> None:
        super().__init__()
        self.result = result


class LibraryScreen(Screen[None]):
    """Saved articles, most recently opened first."""

    CSS_PATH = CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: the letters typed right after `/` go to the box it opens (see panels).
        Binding("slash", "filter", "Filter", id="library.filter", priority=True),
        Binding("d,delete", "delete_article", "Delete", id="library.delete"),
        Binding("o", "open_source", "Open", id="library.open"),
        Binding("escape", "back", "Back", id="library.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.store: NoteStore | None = None
        self._store_lock = threading.Lock()  # filter keystrokes start workers in parallel
        self.articles: list[SavedArticle] = []
        self.read: dict[str, int] = {}
        """How far each article was read (percent), by identity."""
        self.feeds: list[SavedFeed] = []  # listed first: Enter on one lists its items
        self._on_disk: tuple[dict[str, int], list[SavedFeed], str | None] | None = None
        """Reading positions, every saved feed and a problem reading them: read once each
        time the screen is shown (not at each letter of a filter)."""

    def compose(self) -> ComposeResult:
        yield Input(placeholder="/ filters by title, site or note text", id="library-filter")
        open_box = Input(placeholder=OPEN_PROMPT, id="library-open")
        open_box.display = False  # until `o`
        yield open_box
        yield LibraryList(id="library-list")
        yield Static(_empty_library(), id="library-empty")
        yield Static(Content("Opening the library…"), id="library-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(LibraryList).focus()

    def on_screen_resume(self) -> None:
        """Each time the library is shown (first, and back from a reader, a feed or a
        dialog), positions and feeds are read again: they may have changed meanwhile."""
        self._load(self.query_one("#library-filter", Input).value.strip(), fresh=True)

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    _generation = 0

    def _load(self, term: str, fresh: bool = False) -> None:
        """List the articles matching `term`; with `fresh`, positions and feeds read again.
        Only the latest load is shown (an earlier one may finish after it)."""
        self._generation += 1
        self._fetch(term, fresh, self._generation)

    @work(thread=True, exclusive=True, group="library")
    def _fetch(self, term: str, fresh: bool, generation: int) -> None:
        warn = database_warning(self)

        try:
            with self._store_lock:
                if self.store is None:
                    self.store = open_notes(warn=warn)
            articles = self.store.articles(term or None)
        except NewsreaderError as error:
            self.post_message(LibraryFailed(str(error)))
            return
        on_disk = self._on_disk
        if fresh or on_disk is None:
            from reader import positions

            read = {key: place.percent for key, place in positions.load_positions().items()}
            every_feed, problem = saved_feeds()
            on_disk = self._on_disk = (read, every_feed, problem)
            if problem:
                self.post_message(LibraryFailed(problem))
        self.read, every_feed, _ = on_disk
        needle = term.casefold()
        feeds = [
            f for f in every_feed if needle in f.title.casefold() or needle in f.url.casefold()
        ]
        self.post_message(LibraryLoaded(articles, term, feeds, generation))

    @on(LibraryLoaded)
    def _loaded(self, message: LibraryLoaded) -> None:
        if message.generation != self._generation:
            return
        options = self.query_one(LibraryList)
        chosen = self._chosen_key(options.highlighted)  # kept when the list is read again
        self.articles = message.articles
        self.feeds = message.feeds
        self._fill(options)
        if message.articles or message.feeds:
            keys = [self._chosen_key(index) for index in range(options.option_count)]
            options.highlighted = keys.index(chosen) if chosen in keys else 0
        count = len(message.articles)
        if message.term:
            status = f"{count} saved article{'s' * (count != 1)} match “{message.term}”."
        elif count:
            status = f"{count} saved article{'s' * (count != 1)}. Enter opens, / filters."
        else:
            status = "No saved articles yet."
        if message.feeds:
            feeds = len(message.feeds)
            status = f"{feeds} feed{'s' * (feeds != 1)}, " + status[0].lower() + status[1:]
        self.query_one("#library-status", Static).update(Content(status))
        empty = not message.articles and not message.feeds and not message.term
        self.query_one("#library-empty").display = empty
        self.refresh_bindings()
        options.display = not empty
        filter_input = self.query_one("#library-filter", Input)
        filter_input.display = not empty
        if empty:
            self.set_focus(None)  # nothing to choose: keys (q, ?) go to the app
        elif not filter_input.has_focus:
            # At once: a deferred focus() could land after a `/` typed meanwhile and take
            # the letters that follow it away from the filter box.
            self.set_focus(options)

    def _fill(self, options: OptionList) -> None:
        """One entry a feed or an article, each clipped to two rows of the list's width."""
        width = options.scrollable_content_region.width - ROW_PADDING
        width = width if width > 0 else UNLAID_WIDTH
        options.clear_options()
        options.add_options([Option(_feed_prompt(feed, width)) for feed in self.feeds])
        options.add_options(
            [
                Option(_prompt(saved, self.read.get(saved.identity), width))
                for saved in self.articles
            ]
        )

    def on_resize(self) -> None:
        # The rows are clipped to the width: a narrower or wider terminal clips them again.
        options = self.query_one(LibraryList)
        if options.option_count:
            highlighted = options.highlighted
            self.call_after_refresh(self._refill, highlighted)

    def _refill(self, highlighted: int | None) -> None:
        options = self.query_one(LibraryList)
        self._fill(options)
        if highlighted is not None and highlighted < options.option_count:
            options.highlighted = highlighted

    def _chosen_key(self, index: int | None) -> str | None:
        """What the list's row `index` is (a feed's URL, an article's id), to find it again."""
        if index is None:
            return None
        if index < len(self.feeds):
            return f"feed:{self.feeds[index].url}"
        index -= len(self.feeds)
        return f"article:{self.articles[index].id}" if index < len(self.articles) else None

    @on(LibraryFailed)
    def _failed(self, message: LibraryFailed) -> None:
        self.query_one("#library-status", Static).update(Content(message.reason))
        self.notify(message.reason, title="Library", severity="error", timeout=10, markup=False)

    def action_filter(self) -> None:
        # At once (not focus(), which waits its turn), so letters typed right after `/` land.
        self.set_focus(self.query_one("#library-filter", Input))

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._load(event.value.strip())

    @on(Input.Submitted, "#library-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        self.query_one(LibraryList).focus()

    def action_open_source(self) -> None:
        """o: a one-line box for a file or URL; Enter opens it, esc gives it up."""
        box = self.query_one("#library-open", Input)
        box.value = ""
        box.display = True
        self.set_focus(box)  # at once, as for `/`: the letters typed next land in the box

    def _close_open_box(self) -> None:
        self.query_one("#library-open", Input).display = False
        if self._nothing_saved():
            self.set_focus(None)  # keys (q, ?, o) go to the screen and the app
        else:
            self.query_one(LibraryList).focus()

    @on(Input.Submitted, "#library-open")
    def _open_submitted(self, event: Input.Submitted) -> None:
        source = event.value.strip()
        self._close_open_box()
        if source:
            self.query_one("#library-status", Static).update(
                Content(f"Opening {clip_cells(sanitize_inline(source) or '', 60)}…")
            )
            self._load_source(source)

    @work(thread=True, exclusive=True, group="library-source")
    def _load_source(self, source: str) -> None:
        from reader.ui.early_load import EarlyLoad
        from reader.ui.screens.reader_screen import load_message

        early = EarlyLoad(source, None, getattr(self.app, "limits", None))
        self.post_message(SourceOpened(load_message(early)))

    @on(SourceOpened)
    def _source_opened(self, message: SourceOpened) -> None:
        from reader.ui.screens.reader_screen import ArticleLoaded, FeedFound, LoadFailed

        result = message.result
        if not isinstance(result, LoadFailed):
            self.app.clear_notifications()  # an earlier failed open's error is history now
        if isinstance(result, ArticleLoaded):
            open_article(self.app, result.article, replace=self)
        elif isinstance(result, FeedFound):
            from reader.feeds.parse import Feed
            from reader.ui.screens.feed_list import FeedScreen

            assert isinstance(result.feed, Feed)
            limits = getattr(self.app, "limits", None)
            self.app.push_screen(FeedScreen(result.feed, source=result.feed.url, limits=limits))
        elif isinstance(result, LoadFailed):
            self.query_one("#library-status", Static).update(Content(result.message))
            self.notify(result.message, title="Open", severity="error", timeout=10, markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.query_one("#library-open", Input).has_focus and action in (
            "open_source",
            "filter",
        ):
            return False  # typed into the box: a path has `/` in it
        if action in ("filter", "delete_article") and self._nothing_saved():
            # Nothing to filter or delete: `/` must not hide keys (q) in an unseen box.
            return False
        if action == "filter":
            return not self.query_one("#library-filter", Input).has_focus  # then `/` is typed
        if action == "back":
            # esc clears the filter or goes back to the reader; on its own, the library has
            # nowhere to go back to, and the footer does not offer it.
            return (
                self._filtering()
                or self.query_one("#library-open", Input).display
                or len(self.app.screen_stack) > 1
            )
        return True

    def _nothing_saved(self) -> bool:
        """The library has no article and no feed (not only none matching a filter)."""
        return self.query_one("#library-empty").display

    def _filtering(self) -> bool:
        filter_input = self.query_one("#library-filter", Input)
        return filter_input.has_focus or bool(filter_input.value)

    @on(Input.Blurred, "#library-filter")
    @on(Input.Changed, "#library-filter")
    def _filter_state(self) -> None:
        self.refresh_bindings()

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def action_back(self) -> None:
        if self.query_one("#library-open", Input).display:
            self._close_open_box()
            return
        filter_input = self.query_one("#library-filter", Input)
        if self._filtering():
            filter_input.value = ""
            self.query_one(LibraryList).focus()
            return
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()

    def action_delete_article(self) -> None:
        """d: remove the chosen article and its notes from the library, after asking."""
        highlighted = self.query_one(LibraryList).highlighted
        if self.store is None or highlighted is None:
            return
        if highlighted < len(self.feeds):  # feeds are listed first
            self.notify(
                "That is a feed: 'newsreader feeds remove URL' takes it off the list.",
                markup=False,
                timeout=5,
            )
            return
        index = highlighted - len(self.feeds)
        if not 0 <= index < len(self.articles):
            return
        saved = self.articles[index]
        if self._open_in_a_reader(saved):
            self.notify(
                "This article is open in the reader behind the library: close it first.",
                markup=False,
                timeout=4,
            )
            return
        notes = f"{saved.note_count} note" + ("" if saved.note_count == 1 else "s")
        title = _clip(saved.title or saved.source, 60)
        question = f"Delete “{title}” and its {notes} from the library? This cannot be undone."

        def answered(yes: bool | None) -> None:
            if yes and self.store is not None:
                try:
                    self.store.delete_article(saved.id, notes=saved.note_count)
                except NewsreaderError as error:
                    self.notify(str(error), severity="error", markup=False, timeout=8)
                    self._load(self.query_one("#library-filter", Input).value.strip())
                    return
                from reader.positions import forget_position

                forget_position(saved.identity)
                self.notify(f"Deleted “{title}”.", markup=False, timeout=3)
                self._load(self.query_one("#library-filter", Input).value.strip())

        from reader.ui.notes_dialogs import ConfirmScreen

        self.app.push_screen(ConfirmScreen(question), answered)

    def _open_in_a_reader(self, saved: SavedArticle) -> bool:
        from reader.ui.notes_screen import NotesReaderScreen

        return any(
            isinstance(screen, NotesReaderScreen)
            and screen.notes is not None
            and screen.notes.saved.id == saved.id
            for screen in self.app.screen_stack
        )

    @on(OptionList.OptionSelected, "#library-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        index = event.option_index - len(self.feeds)
        if event.option_index < len(self.feeds):
            from reader.ui.screens.feed_list import FeedScreen

            limits = getattr(self.app, "limits", None)
            self.app.push_screen(
                FeedScreen(source=self.feeds[event.option_index].url, limits=limits)
            )
        elif 0 <= index < len(self.articles):
            self._restore(self.articles[index])

    @work(thread=True, exclusive=True, group="library-open")
    def _restore(self, saved: SavedArticle) -> None:
        try:
            assert self.store is not None
            article = self.store.load_article(saved.id)
        except NewsreaderError as error:
            self.post_message(LibraryFailed(str(error)))
            return
        self.post_message(ArticleRestored(article))

    @on(ArticleRestored)
    def _open(self, message: ArticleRestored) -> None:
        open_article(self.app, message.article, replace=self)


def open_article(app: object, article: Article, *, replace: Screen[None] | None = None) -> None:
    """Show `article` in a reader; the library it came from is replaced, not stacked up."""
    from textual.app import App

    from reader.ui.notes_screen import NotesReaderScreen

    assert isinstance(app, App)
    settings = getattr(app, "settings", None)
    reader = NotesReaderScreen(
        article.source,
        article=article,
        width=getattr(settings, "width", "medium"),
        highlights=getattr(settings, "highlights", None),
    )
    stack = app.screen_stack
    if replace is not None and len(stack) > 1 and stack[-1] is replace:
        # Library opened over a reader: [..., reader, library] becomes [..., new reader].
        # The app's first screen cannot be switched out, so a reader just above it is kept.
        app.pop_screen()
        if len(stack) > 2:
            app.switch_screen(reader)
            return
    app.push_screen(reader)


def _prompt(saved: SavedArticle, read: int | None = None, width: int = UNLAID_WIDTH) -> Content:
    """The title on one row, the details on the next; the note count is never clipped off."""
    details = [saved.site or _host(saved.url) or _clip(saved.source, 50)]
    if saved.published:
        details.append(saved.published[:10])
    details.append(f"opened {saved.last_opened[:16].replace('T', ' ')}")
    notes = f"{saved.note_count} note" + ("" if saved.note_count == 1 else "s")
    if read is not None:
        details.append("read to the end" if read >= 100 else f"{read}% read")
    room = max(1, width - cell_len(notes) - 2)
    return Content.assemble(
        (_clip(saved.title or saved.source, width), "bold"),
        "\n",
        (_clip(" · ".join(d for d in details if d), room), "$text-muted"),
        "  ",
        (notes, "$accent" if saved.note_count else "$text-muted"),
    )


def _feed_prompt(feed: SavedFeed, width: int = UNLAID_WIDTH) -> Content:
    checked = (
        f"checked {feed.checked[:16].replace('T', ' ')}" if feed.checked else "not fetched yet"
    )
    room = max(1, width - cell_len(checked) - 3)
    return Content.assemble(
        ("Feed ", "$accent"),
        (_clip(feed.title or feed.url, width - 5), "bold"),
        "\n",
        (f"{_clip(feed.url, room)} · {checked}", "$text-muted"),
    )


def _host(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlsplit

    return urlsplit(url).hostname


def _clip(text: str, limit: int) -> str:
    """`text` in at most `limit` terminal cells. Sources are file names and URLs as given:
    they may hold escape sequences."""
    return clip_cells(sanitize_inline(text) or "", limit)


def _empty_library() -> Content:
    from reader.ui.screens.welcome import WELCOME

    return Content.assemble(
        WELCOME,
        (
            "\n\nArticles you open are saved here with your notes."
            "\nPress o to open a file or URL here.",
            "$text-muted",
        ),
    )
