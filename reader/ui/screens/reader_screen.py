"""The main screen: article in the centre, side panel, search bar, position line, footer.

Loading and analysis run on daemon threads the app never waits for, so `q` ends the process
at once even during a hung download or a long analysis. While the article loads the screen
says what is happening ("Fetching example.com… 340 KB", "Cleaning…") and `esc` stops it; the
panels say "Analysing…" until the analysis arrives.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.content import Content
from textual.events import Key, Resize
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, Static

from reader.analysis.model import Analysis, Quote
from reader.article import Article, display_title
from reader.config import HIGHLIGHT_KINDS, WIDTHS
from reader.extract.sources import LoadLimits
from reader.ui.layout import clip_cells
from reader.ui.panel_layout import PanelPlace, Side, default_side, place_panel
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.key_footer import KeyFooter
from reader.ui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from reader.positions import ReadingPosition
    from reader.ui.dialogs.why import WhyScreen
    from reader.ui.early_load import EarlyLoad
    from reader.ui.widgets.panels import SidePanel

STATUS_TITLE_MAX = 60  # characters of the title in the status line, "…" included
HIGHLIGHT_NAMES = {"quotes": "Quote", "people": "People", "numbers": "Number"}


_NUMBER_AND_UNIT = re.compile(r"(\d) (s|ms)\b")


def units_kept_whole(message: str) -> str:
    """ "timed out after 3 s" -> "3s": Textual wraps at any space (a no-break one too), and
    a one- or two-letter unit alone on the next line reads as a stray letter."""
    return _NUMBER_AND_UNIT.sub(r"\1\2", message)


class ArticleLoaded(Message):
    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article


class LoadFailed(Message):
    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message


class FeedFound(Message):
    """The source is a feed (RSS, Atom): the screen hands it to a feed item list."""

    def __init__(self, feed: object) -> None:
        super().__init__()
        self.feed = feed


class LoadEnded(Message):
    """The loading thread has finished (with an article or an error)."""


class Explained(Message):
    """The analysis of `text` with its reasons (`explain=True`), for "why this speaker?"."""

    def __init__(self, text: str, analysis: Analysis | None, failure: str | None) -> None:
        super().__init__()
        self.text = text
        self.analysis = analysis
        self.failure = failure


class AnalysisReady(Message):
    def __init__(self, analysis: Analysis, text: str, failure: str | None = None) -> None:
        super().__init__()
        self.analysis = analysis
        self.text = text  # the text analysed: a late result for another article is dropped
        self.failure = failure


def load_message(early: EarlyLoad) -> ArticleLoaded | LoadFailed | FeedFound:
    """The loaded article, or any failure as a one-line message (a bug must not kill the UI)."""
    from reader.errors import FeedInputError, NewsreaderError

    try:
        return ArticleLoaded(early.result())
    except FeedInputError as error:
        return FeedFound(error.feed) if error.feed is not None else LoadFailed(str(error))
    except NewsreaderError as error:
        return LoadFailed(str(error))
    except Exception as error:
        from reader.extract.sanitize import sanitize_inline

        message = f"Could not open {early.source}: {type(error).__name__}: {error}"
        return LoadFailed(sanitize_inline(message) or "Could not open the article.")


class ReaderScreen(Screen[None]):
    """Reads one article. Give it a source to load, or a ready Article (tests, benchmarks)."""

    # Focus on arrival (and back from a dialog with nothing focused): the text, else a list,
    # never a panel's hidden filter box (which would swallow q).
    AUTO_FOCUS = "ArticleView, ItemList"

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: run while the key is read, before the letters typed after it are sent
        # on, so `/word` typed at once (a paste, a fast typist) all lands in the bar.
        Binding("slash", "search(1)", "Search", id="reader.search", priority=True),
        # ? stays help (as in most terminal apps, and the footer always shows it); \ mirrors /.
        Binding(
            "backslash",
            "search(-1)",
            "Search back",
            show=False,
            id="reader.search_back",
            priority=True,
        ),
        Binding("t", "contents", "Contents", id="reader.contents"),
        Binding("p", "toggle_panel", "Panel", id="reader.toggle_panel"),
        Binding("w", "cycle_width", "Width", id="reader.cycle_width"),
        Binding("P", "move_panel", "Move panel", id="reader.move_panel"),
        Binding(
            "plus,equals_sign",
            "resize_panel(1)",
            "Panel bigger",
            show=False,
            id="reader.grow_panel",
            key_display="+",
        ),
        Binding("minus", "resize_panel(-1)", "Panel smaller", show=False, id="reader.shrink_panel"),
        # Highlight toggles are the sequences zq, zp, zn (reader.ui.keymap.SEQUENCES): digits
        # are counts, as in less and vim.
        # Links (reader/ui/links.py): Enter in the text opens the link under the cursor here.
        Binding("enter", "follow_link", "Open link", show=False, id="reader.follow_link"),
        Binding("backspace,ctrl+o", "go_back", "Back", show=False, id="reader.back"),
        Binding("o", "open_link_outside", "Browser", show=False, id="reader.open_browser"),
        Binding("Y", "copy_link", "Copy link", show=False, id="reader.copy_link"),
        # K, as vim's "look up the word under the cursor": why the quote has its speaker.
        Binding("K", "why_speaker", "Why speaker", show=False, id="reader.why"),
    ]

    def __init__(
        self,
        source: str | None = None,
        *,
        stdin: bytes | None = None,
        article: Article | None = None,
        analysis: Analysis | None = None,
        width: str = "medium",
        highlights: dict[str, bool] | None = None,
        limits: LoadLimits | None = None,
        early: EarlyLoad | None = None,
        followed_from: ReaderScreen | None = None,
    ) -> None:
        super().__init__()
        self.source = source
        self.limits = limits
        # The page a link was followed from: backspace goes back to it, as it was left.
        self.followed_from = followed_from
        self.stdin = stdin
        self.article = article
        self.analysis = analysis
        self.width = width
        self.highlights = dict.fromkeys(HIGHLIGHT_KINDS, True) | (highlights or {})
        self.load_error: str | None = None
        self.panel_side: Side | None = None  # None: right or below, by the terminal's width
        self.panel_steps: dict[Side, int] = {"right": 0, "bottom": 0}
        self.early: EarlyLoad | None = early
        self._why_waiting: list[WhyScreen] = []  # "why?" boxes waiting for the reasons
        if article is None and source is not None and early is None:
            from reader.ui.early_load import EarlyLoad

            self.early = EarlyLoad(source, stdin, limits)

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            yield Container(id="article-area")
            # The panel's place is kept from the first frame so the text never shifts;
            # the panel itself is built just after the article is on screen.
            yield Vertical(id="panel-slot")
        yield StatusLine(id="status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self._restore_panel()
        self._apply_layout()
        self.watch(self, "focused", self._focus_moved, init=False)
        if self.article is not None:
            self._show_article(self.article)
        elif self.early is not None and self.early.done():
            self._take(load_message(self.early))  # loaded already: text in the first frame
        elif self.early is not None:
            # post_message is safe from the loading thread; the screen takes the result.
            self.early.when_done(self._post_load_ended)
            # Most files load faster than a spinner could be seen; show one only if not.
            self.set_timer(0.25, self._show_loading)

    def _post_load_ended(self) -> None:
        self.post_message(LoadEnded())

    @property
    def load_pending(self) -> bool:
        return self.article is None and self.load_error is None and self.early is not None

    def _show_loading(self) -> None:
        from textual.widgets import LoadingIndicator

        area = self.query_one("#article-area")
        if self.load_pending and not area.children:
            area.mount(
                Vertical(
                    Static(self._loading_text(), id="load-status"),
                    LoadingIndicator(),
                    Static(Content.styled("esc stops, q quits", "$text-muted"), id="load-hint"),
                    id="loading",
                )
            )
            self.set_interval(0.1, self._update_loading)

    def _loading_text(self) -> Content:
        from reader.extract.sanitize import sanitize_inline

        status = self.early.status if self.early is not None else ""
        return Content(sanitize_inline(status) or "")

    def _update_loading(self) -> None:
        if self.load_pending:
            statuses = self.query("#load-status")
            if statuses:
                statuses.first(Static).update(self._loading_text())

    def stop_loading(self) -> bool:
        """Cancel a load in progress (esc); False when nothing is loading."""
        if not self.load_pending or self.early is None:
            return False
        self.early.cancel()
        self._failed(LoadFailed(f"{self.early.source}: loading stopped."))
        return True

    @property
    def side_panel(self) -> SidePanel | None:
        from reader.ui.widgets.panels import SidePanel

        panels = self.query(SidePanel)
        return panels.first() if panels else None

    def _mount_panel(self) -> None:
        """The panel comes after the article's first paint: text first, lists a frame later."""
        from reader.ui.widgets.panels import SidePanel

        slot = self.query_one("#panel-slot")
        if self.side_panel is not None or not slot.is_attached:
            return
        panel = SidePanel(id="side-panel")
        slot.mount(panel)
        if self.analysis is not None and self.article is not None:
            self.call_after_refresh(
                panel.set_analysis, self.analysis, self.article.text, self.article.links
            )
        elif self.load_error is not None:
            self.call_after_refresh(panel.set_analysis, Analysis(), "")

    # ----- loading ----------------------------------------------------------------------

    @on(LoadEnded)
    def _load_ended(self) -> None:
        if self.load_pending and self.early is not None:
            self._take(load_message(self.early))  # done: this does not wait
            if self.article is not None:
                self.post_message(ArticleLoaded(self.article))  # for the notes part

    def _take(self, message: ArticleLoaded | LoadFailed | FeedFound) -> None:
        if isinstance(message, ArticleLoaded):
            self._show_article(message.article)
        elif isinstance(message, FeedFound):
            self._feed_found(message)
        else:
            self._failed(message)

    def _analyse(self, text: str) -> None:
        """Analyse on a daemon thread: a long analysis never holds up quitting."""

        def run() -> None:
            from reader.analysis import analyze

            failure = None
            try:
                analysis = analyze(text)
            except Exception as error:
                failure = f"Analysis failed: {type(error).__name__}: {error}"
                analysis = Analysis()
            self.post_message(AnalysisReady(analysis, text, failure))

        threading.Thread(target=run, name="newsreader-analysis", daemon=True).start()

    @on(FeedFound)
    def _feed_found(self, message: FeedFound) -> None:
        from reader.feeds.parse import Feed
        from reader.ui.screens.feed_list import show_feed

        assert isinstance(message.feed, Feed)
        self.load_error = "a feed"  # not an article, and nothing is loading any more
        show_feed(self.app, message.feed, self)

    @on(LoadFailed)
    def _failed(self, message: LoadFailed) -> None:
        message = LoadFailed(units_kept_whole(message.message))
        self.load_error = message.message
        # Only the page the app was started on failing is a failed start (q exits 2); a
        # followed link, or an item opened from a list (a feed's), goes back with backspace.
        started_here = self.followed_from is None and self.app.screen_stack[:1] == [self]
        if started_here:
            self.app.load_failed = True  # type: ignore[attr-defined]
        area = self.query_one("#article-area")
        area.remove_children()
        area.mount(
            Static(
                Content.assemble(
                    ("Could not open the article\n\n", "bold $error"),
                    message.message,
                    (
                        "\n\nPress backspace to go back, q to quit."
                        if not started_here
                        else "\n\nPress q to quit.",
                        "$text-muted",
                    ),
                ),
                id="load-error",
            )
        )
        self.notify(
            message.message, title="Could not open", severity="error", markup=False, timeout=8
        )
        self._mount_panel()

    @on(AnalysisReady)
    def _analysed(self, message: AnalysisReady) -> None:
        if self.article is None or message.text is not self.article.text:
            return  # for an article no longer on screen
        if message.failure:
            self.notify(message.failure, severity="error", markup=False)
        self._set_analysis(message.analysis)

    def _show_article(self, article: Article) -> None:
        self.article = article
        area = self.query_one("#article-area")
        area.remove_children()
        view = ArticleView(
            article, self.analysis, reading_width=self.width, shown=self.highlights, id="article"
        )
        area.mount(view)
        view.focus()
        self.call_after_refresh(self._resume, view)
        if self.analysis is not None:
            self._set_analysis(self.analysis)
        else:
            # Start analysing once the text is on screen, so it never delays the first paint.
            self.call_after_refresh(self._analyse, article.text)
        self.call_after_refresh(self._mount_panel)

    def _set_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        assert self.article is not None
        if panel := self.side_panel:
            panel.set_analysis(analysis, self.article.text, self.article.links)
        if view := self.article_view:
            view.set_analysis(analysis)

    @property
    def article_view(self) -> ArticleView | None:
        views = self.query(ArticleView)
        return views.first() if views else None

    # ----- layout -----------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        self._apply_layout()
        self._update_status()

    def _panel_place(self, steps: int | None = None, resized: bool = False) -> PanelPlace:
        width, height = self.app.size
        side = self.panel_side or default_side(width)
        return place_panel(
            width,
            height,
            side=side,
            steps=self.panel_steps[side] if steps is None else steps,
            focused=self._panel_focused(),
            saved_steps=not (resized or self._resized_here),
        )

    _resized_here = False
    """Whether + or - was pressed on this screen (a size from the settings opens no strip)."""

    def _restore_panel(self) -> None:
        """The panel's side and its size on each side, as P, + and - last left them."""
        settings = getattr(self.app, "settings", None)
        saved: dict[str, str | int] = getattr(settings, "panel", {})
        side = saved.get("side")
        if side == "right":
            self.panel_side = "right"
        elif side == "bottom":
            self.panel_side = "bottom"
        for name in self.panel_steps:
            steps = saved.get(name)
            if isinstance(steps, int):
                self.panel_steps[name] = steps

    def _save_panel(self) -> None:
        panel: dict[str, str | int] = {side: steps for side, steps in self.panel_steps.items()}
        if self.panel_side is not None:
            panel = {"side": self.panel_side, **panel}
        self.app.save_setting(panel=panel)  # type: ignore[attr-defined]

    def _panel_focused(self) -> bool:
        focused = self.focused
        return focused is not None and any(
            node.id == "panel-slot" for node in focused.ancestors_with_self
        )

    def _apply_layout(self) -> None:
        """Put the panel where `panel_layout` says, at its size; mark the focused pane."""
        place = self._panel_place()
        slot = self.query_one("#panel-slot")
        below = place.side == "bottom"
        self.set_class(below, "-panel-bottom")
        self.set_class(self._panel_focused(), "-panel-focused")
        slot.styles.width = "1fr" if below else place.cells
        slot.styles.height = place.cells if below else "1fr"

    def _focus_moved(self) -> None:
        self._apply_layout()
        self._update_status()

    # ----- messages from widgets --------------------------------------------------------

    @on(ArticleView.PositionChanged)
    def _position(self, message: ArticleView.PositionChanged) -> None:
        self._position_text = (message.percent, message.minutes_left)
        self._update_status()
        view = self.article_view
        if self._identity is not None and view is not None:
            # Kept at each move (the view may be gone when the screen closes) and saved a
            # moment after the page stops moving.
            cursor, top, above = view.place()
            from reader.positions import ReadingPosition

            self._reading_position = ReadingPosition(top, above, cursor, message.percent)
            if self._save_timer is not None:
                self._save_timer.stop()
            self._save_timer = self.set_timer(1.0, self._save_position)

    # ----- resuming where the reader left off ------------------------------------------

    _identity: str | None = None
    """The article's identity once its saved position was looked up (then positions save)."""
    _save_timer: Timer | None = None
    _reading_position: ReadingPosition | None = None

    def _resume(self, view: ArticleView) -> None:
        """Reopen at the saved position (unless the article was read to the end)."""
        from reader.notes.identity import article_identity
        from reader.positions import position_for

        identity = article_identity(view.article)
        position = position_for(identity, len(view.article.text))
        self._identity = identity
        if position is None or position.percent >= 100 or not view.is_mounted:
            return
        view.resume((position.cursor, position.top, position.above))
        self.notify(
            f"Back where you left off ({position.percent}%). '' goes to where it began.",
            markup=False,
            timeout=4,
        )

    def _save_position(self) -> None:
        self._save_timer = None
        if self._identity is None or self._reading_position is None:
            return
        from reader.positions import save_position

        problem = save_position(self._identity, self._reading_position)
        if problem and self.is_attached:
            self.notify(problem, severity="warning", markup=False, timeout=4)

    def flush_position(self) -> None:
        """Save the position now if a save is waiting (quitting, or opening the library)."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_position()

    def on_unmount(self) -> None:
        self.flush_position()

    def on_screen_suspend(self) -> None:
        self.flush_position()

    @on(ArticleView.TargetsChanged)
    def _targets(self, message: ArticleView.TargetsChanged) -> None:
        if message.count == 0 and message.label:
            self._target_text = f"{message.label}: no matches"
        elif message.count:
            where = (
                f"{message.index + 1}/{message.count}" if message.index >= 0 else f"{message.count}"
            )
            self._target_text = f"{message.label} {where} (n/N)"
        else:
            self._target_text = ""
        self._update_status()

    @on(ArticleView.KeysPending)
    def _keys_pending(self, message: ArticleView.KeysPending) -> None:
        self._pending_text = message.typed
        self._update_status()

    _position_text: tuple[int, int] = (0, 0)
    _target_text = ""
    _pending_text = ""

    def _update_status(self) -> None:
        percent, minutes = self._position_text
        badge = self._focus_badge()
        left = "done" if minutes == 0 else f"{minutes} min left"
        after: list[str | tuple[str, str]] = []
        if self.article is not None:  # no position to claim while loading or after a failure
            after.append((f"{percent}% · {left}", "$text-muted"))
        if self._target_text:
            after += ["  ", (self._target_text, "$accent")]
        if self._pending_text:  # a count or sequence begun: "5", "]"
            after += ["  ", (self._pending_text, "bold $accent")]
        parts: list[str | tuple[str, str]] = [badge, " "]
        if self.article is not None:
            # The title gives way to the position, which must fit even at 80 columns.
            used = cell_len(badge[0]) + 3
            used += sum(cell_len(p if isinstance(p, str) else p[0]) for p in after)
            room = min(STATUS_TITLE_MAX, self.app.size.width - used - 1)
            title = clip_cells(display_title(self.article), room) if room > 8 else ""
            if title:
                parts += [(title, "bold"), "  "]
        parts += after
        self.query_one("#status", StatusLine).set_content(Content.assemble(*parts))

    def _focus_badge(self) -> tuple[str, str]:
        """Which pane keys go to, like vim's mode line: the text or the panel."""
        if self._panel_focused():
            return (" PANEL ", "bold reverse $accent")
        return (" TEXT ", "bold reverse $primary")

    def on_side_panel_jump(self, message: SidePanel.Jump) -> None:
        view = self.article_view
        if view is None:
            return
        if message.person is not None and message.person.mentions:
            view.set_targets(list(message.person.mentions), message.person.name, jump=True)
        else:
            view.jump_to(message.start, message.end)

    # ----- links (reader/ui/links.py) ---------------------------------------------------

    def on_side_panel_follow_link(self, message: SidePanel.FollowLink) -> None:
        from reader.ui.links import follow

        follow(self, message.link.href)

    def action_follow_link(self) -> None:
        from reader.ui.links import follow, on_link_in_focus

        on_link_in_focus(self, follow)

    def action_unsourced(self) -> None:
        """Numbers panel: only the figures with no source given (again: all)."""
        self.query_one("#panel-slot").display = True
        if panel := self.side_panel:
            panel.toggle_unsourced()

    def action_link_step(self, direction: int) -> None:
        if view := self.article_view:
            view.action_link(direction)

    def action_go_back(self) -> None:
        from reader.ui.links import go_back

        go_back(self)

    def action_open_link_outside(self) -> None:
        from reader.ui.links import on_link_in_focus, open_in_browser

        on_link_in_focus(self, open_in_browser)

    def action_copy_link(self) -> None:
        from reader.ui.links import copy_link, on_link_in_focus

        on_link_in_focus(self, copy_link)

    # ----- search -----------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "search":
            # `/` is a letter in a text box, and a panel's list filters itself with it.
            from reader.ui.widgets.panels import ItemList

            return not isinstance(self.focused, (Input, ItemList))
        return True

    async def action_search(self, direction: int = 1) -> None:
        if self.article_view is None:
            return
        from reader.ui.widgets.search_bar import SearchBar

        bars = self.query(SearchBar)
        if bars:
            bar = bars.first()
        else:  # made on first use: one widget less to build before the first paint
            bar = SearchBar(id="search-bar")
            await self.mount(bar, before=self.query_one("#status"))
        bar.open(direction)
        bar.add_class("-visible")
        # At once, not with focus() (which waits its turn): letters typed right after `/`
        # are already queued and must reach the bar, not act as keys in the text.
        self.set_focus(bar)

    @on(Input.Submitted, "#search-bar")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        from reader.ui.widgets.search_bar import SearchBar

        view = self.article_view
        bar = self.query_one("#search-bar", SearchBar)
        bar.remove_class("-visible")
        bar.remember(event.value.strip())
        if view is None:
            return
        view.focus()
        count = view.search(event.value.strip(), direction=bar.direction)
        if event.value.strip() and not count:
            self.notify(f"Pattern not found: {event.value.strip()}", markup=False, timeout=3)

    @on(Input.Changed, "#search-bar")
    def _search_typed(self, event: Input.Changed) -> None:
        event.stop()
        if view := self.article_view:
            view.search(event.value.strip(), jump=False)  # matches light up while typing

    def on_key(self, event: Key) -> None:
        if event.key == "escape" and self.stop_loading():
            event.stop()
            return
        focused = self.app.focused
        if event.key == "escape" and focused is not None and focused.id == "search-bar":
            bar = focused
            event.stop()
            bar.remove_class("-visible")
            if view := self.article_view:
                view.focus()

    # ----- actions ----------------------------------------------------------------------

    def action_contents(self) -> None:
        from reader.ui.screens.contents import ContentsScreen

        view = self.article_view
        if view is None or self.article is None:
            return
        entries = [
            (index, self.article.block_text(block))
            for index, block in enumerate(self.article.blocks)
            if block.kind in ("title", "heading")
        ]
        if not entries:
            self.notify("This article has no headings.", markup=False, timeout=3)
            return

        def go(index: int | None) -> None:
            if index is not None and self.article is not None:
                block = self.article.blocks[index]
                view.jump_to(block.start, block.end)
                view.focus()

        self.app.push_screen(ContentsScreen(entries), go)

    # ----- why this speaker? (K) --------------------------------------------------------

    _explained: tuple[str, Analysis] | None = None
    """The article's analysis with its reasons, made the first time K asks (then kept)."""

    def chosen_quote(self, listed: bool = False) -> Quote | None:
        """The quote K explains: the one chosen in the Quotes list when it has focus, else the
        one at the text's cursor; with `listed` (the palette), else the one chosen in the
        Quotes list."""
        from reader.ui.widgets.panels import ItemList, ItemPanel

        focused = self.focused
        panel = self.side_panel
        quotes = panel.panel("quotes") if panel is not None and panel.query(ItemPanel) else None
        in_list = isinstance(focused, ItemList)
        if in_list and quotes is not None and focused is quotes.option_list:
            item = quotes.highlighted_item()
            return item.payload if item is not None else None
        view = self.article_view
        if not in_list and view is not None and view.analysis is not None:
            quote = view.quote_at_cursor()
            if quote is not None:
                return quote
        if listed and quotes is not None and (item := quotes.highlighted_item()) is not None:
            return item.payload
        return None

    def action_why_speaker(self, listed: bool = False) -> None:
        """K: why the chosen quote has its speaker, in a box (worked out on demand)."""
        quote = self.chosen_quote(listed)
        if quote is None or self.article is None:
            self.notify(
                "K says why a quote has its speaker: put the cursor on a quote, "
                "or choose one in the Quotes tab.",
                markup=False,
                timeout=4,
            )
            return
        self.explain_quote(quote)

    def explain_quote(self, quote: Quote) -> None:
        """Open the "why this speaker?" box for `quote`; the reasons follow from a thread the
        first time (the analysis runs again with `explain=True`), at once after that."""
        from reader.ui.dialogs.why import WhyScreen
        from reader.ui.why import why_for

        assert self.article is not None
        dialog = WhyScreen(quote)
        self.app.push_screen(dialog)
        text = self.article.text
        if self._explained is not None and self._explained[0] is text:
            dialog.show_why(why_for(self._explained[1], quote))
            return
        self._why_waiting.append(dialog)
        if len(self._why_waiting) > 1:
            return  # already being worked out

        def run() -> None:
            from reader.analysis import analyze

            try:
                self.post_message(Explained(text, analyze(text, explain=True), None))
            except Exception as error:
                failure = f"Could not work out why: {type(error).__name__}: {error}"
                self.post_message(Explained(text, None, failure))

        threading.Thread(target=run, name="newsreader-analysis", daemon=True).start()

    @on(Explained)
    def _explained_ready(self, message: Explained) -> None:
        from reader.ui.why import why_for

        waiting = list(self._why_waiting)
        self._why_waiting.clear()
        if message.analysis is not None:
            self._explained = (message.text, message.analysis)
        current = self.article.text if self.article is not None else None
        for dialog in waiting:
            if dialog not in self.app.screen_stack:
                continue  # closed meanwhile
            if message.analysis is None or message.text is not current:
                dialog.show_why(None, message.failure or "The article changed meanwhile.")
            else:
                dialog.show_why(why_for(message.analysis, dialog.quote))

    def action_move_panel(self) -> None:
        """P: the panel goes from the right to below the text, or back."""
        side = self._panel_place().side
        self.panel_side = "bottom" if side == "right" else "right"
        self.query_one("#panel-slot").display = True
        self._apply_layout()
        self._save_panel()

    def action_resize_panel(self, direction: int) -> None:
        """+ / -: the panel a step bigger or smaller (columns at the right, rows below)."""
        slot = self.query_one("#panel-slot")
        before = self._panel_place()
        steps = self.panel_steps[before.side] + direction
        after = self._panel_place(steps, resized=True)
        if not slot.display:
            slot.display = True
        elif (after.cells, after.strip) == (before.cells, before.strip):
            self.notify(
                f"The panel is as {'big' if direction > 0 else 'small'} as it gets here.",
                markup=False,
                timeout=2,
            )
            return
        self.panel_steps[before.side] = steps
        self._resized_here = True
        self._apply_layout()
        self._save_panel()

    def action_toggle_panel(self) -> None:
        """p: show the panel or hide it. In a short terminal, where it folds to its tab row
        while the text has focus, shown means open: p on the folded tabs (or on no panel)
        opens it with its list focused, as tab does; p again hides it."""
        slot = self.query_one("#panel-slot")
        folded = slot.display and self._panel_place().strip
        if slot.display and not folded:
            slot.display = False
            if view := self.article_view:
                view.focus()
            return
        slot.display = True
        if self._panel_place().strip and (panel := self.side_panel) is not None:
            panel.focus_list()

    def action_cycle_width(self) -> None:
        self.width = WIDTHS[(WIDTHS.index(self.width) + 1) % len(WIDTHS)]
        if view := self.article_view:
            view.reading_width = self.width
        self.notify(f"Reading width: {self.width}", markup=False, timeout=2)
        self.app.save_setting(width=self.width)  # type: ignore[attr-defined]

    def action_toggle_highlight(self, category: str) -> None:
        self.highlights[category] = not self.highlights[category]
        if view := self.article_view:
            view.set_shown(category, self.highlights[category])
        state = "on" if self.highlights[category] else "off"
        self.notify(f"{HIGHLIGHT_NAMES[category]} highlights {state}", markup=False, timeout=2)
        self.app.save_setting(highlights=dict(self.highlights))  # type: ignore[attr-defined]

    def action_focus_panel(self, kind: str) -> None:
        panel = self.side_panel
        if panel is None:
            return
        self.query_one("#panel-slot").display = True
        panel.show_tab(kind)
        panel.focus_list()
