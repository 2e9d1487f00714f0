"""Following links from the reader: a stack of pages, the system browser, the link in focus.

Enter on a link opens it as a new reader screen pushed over the current one, loaded by the
same path as the command line (`EarlyLoad`: the same fetching, cleaning, limits and error
messages). `backspace` / `ctrl+o` pop it, and the page below is the very screen that was left,
so its scroll position, cursor, panel and search are exactly as they were.
"""

from __future__ import annotations

import threading
import webbrowser
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.article import Link

if TYPE_CHECKING:
    from reader.ui.screens.reader_screen import ReaderScreen


def link_in_focus(screen: ReaderScreen) -> Link | None:
    """The chosen link in the Links tab when that list has focus, else the link under the
    reading cursor."""
    from reader.ui.widgets.panels import ItemPanel

    focused = screen.focused
    if focused is not None:
        panels = [node for node in focused.ancestors_with_self if isinstance(node, ItemPanel)]
        if panels:
            item = panels[0].highlighted_item() if panels[0].kind == "links" else None
            return item.payload if item is not None else None
    view = screen.article_view
    return view.link_at_cursor() if view is not None else None


def on_link_in_focus(screen: ReaderScreen, act: Callable[[ReaderScreen, str], None]) -> None:
    """Run `act` on the URL of the link in focus, or say there is none."""
    link = link_in_focus(screen)
    if link is None:
        screen.notify("No link at the cursor: > and < move to one.", markup=False, timeout=3)
    else:
        act(screen, link.href)


def copy_link(screen: ReaderScreen, href: str) -> None:
    screen.app.copy_to_clipboard(href)
    screen.notify(href, title="Link copied", markup=False, timeout=3)


def follow(screen: ReaderScreen, href: str) -> None:
    """Open `href` in a new reader screen over `screen` (same kind of screen, same settings)."""
    page = type(screen)(
        href,
        width=screen.width,
        highlights=dict(screen.highlights),
        limits=screen.limits,
        followed_from=screen,
    )
    screen.app.push_screen(page)


def go_back(screen: ReaderScreen) -> None:
    """Back to the page this one was opened from; a loading page stops loading first."""
    if screen.followed_from is None:
        if len(screen.app.screen_stack) > 1:
            # Not a followed link, but opened from a list (a feed's items): the app's own
            # backspace returns there.
            from textual.actions import SkipAction

            raise SkipAction()
        screen.notify("No page to go back to.", markup=False, timeout=2)
        return
    if screen.load_pending and screen.early is not None:
        screen.early.cancel()
    if screen.app.screen is screen:
        screen.app.pop_screen()


def open_in_browser(screen: ReaderScreen, href: str) -> None:
    """Open `href` in the system browser ($BROWSER, else the desktop's), and copy it too, for
    a terminal with no browser to open. The browser starts on a thread: it may block."""
    screen.app.copy_to_clipboard(href)

    def run() -> None:
        try:
            webbrowser.open(href, new=2)
        except Exception:  # a broken $BROWSER must not take the reader down
            return

    threading.Thread(target=run, name="newsreader-browser", daemon=True).start()
    screen.notify(href, title="Opening in the browser (copied)", markup=False, timeout=4)
