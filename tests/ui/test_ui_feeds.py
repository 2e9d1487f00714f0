"""The feed item list in the reader: a feed opens as its items, Enter reads one, backspace
comes back to the same item (now marked read); the library lists saved feeds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from reader.feeds.store import FeedStore
from reader.ui.app import ReaderApp
from reader.ui.notes_library import LibraryScreen
from reader.ui.screens.feed_list import FeedScreen
from reader.ui.widgets.article_view import ArticleView
from tests.feeds.samples import BROKEN, RSS, rss_for
from tests.http_server import serve
from tests.ui.conftest import wait_until
from tests.ui.screen import screen_text

pytestmark = pytest.mark.anyio


def _showing(app: ReaderApp, text: str) -> bool:
    return text in screen_text(app)


async def test_a_feed_file_lists_its_items_and_backspace_returns_to_the_same_one(
    tmp_path: Path,
) -> None:
    with serve() as base:
        path = tmp_path / "town.xml"
        path.write_bytes(rss_for(base))
        app = ReaderApp(str(path))
        async with app.run_test(size=(120, 30)) as pilot:
            await wait_until(pilot, lambda: _showing(app, "3 items, 3 unread"), "the items")
            text = screen_text(app)
            assert "Town News  (RSS feed)" in text
            assert "● Council passes budget" in text and "2026-12-01 09:30 · 127.0.0.1" in text
            assert "● Café owners protest" in text  # markup in the title shown as its words
            await pilot.press("j", "enter")
            await wait_until(pilot, lambda: app.screen.query(ArticleView), "the article")
            await wait_until(pilot, lambda: _showing(app, "Caf\u00e9 owners protest"), "its title")
            assert not isinstance(app.screen, FeedScreen)
            await pilot.press("backspace")
            await wait_until(pilot, lambda: _showing(app, "2 unread"), "the list again")
            assert isinstance(app.screen, FeedScreen)
            assert app.screen.query_one(OptionList).highlighted == 1
            assert "✓ Café owners protest" in screen_text(app)
            await pilot.press("escape", "backspace")  # nothing below the list: it stays
            assert isinstance(app.screen, FeedScreen)
            await pilot.press("L")  # the library, where the item read is now saved
            await wait_until(
                pilot,
                lambda: (
                    isinstance(app.screen, LibraryScreen) and _showing(app, "127.0.0.1 · opened")
                ),
                "the library",
            )
            await pilot.press("escape")
            await wait_until(pilot, lambda: isinstance(app.screen, FeedScreen), "the list")
            await pilot.press("q")
        assert app.return_code == 0


async def test_a_broken_feed_is_a_message(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_bytes(BROKEN)
    app = ReaderApp(str(path))
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_until(pilot, lambda: app.screen.query("#load-error"), "the error")
        assert "a broken feed, not well-formed XML" in screen_text(app)


async def test_the_library_lists_saved_feeds_and_opens_one() -> None:
    with serve() as base:
        FeedStore().add(f"{base}/feed.xml", "Town News")
        app = ReaderApp()
        async with app.run_test(size=(120, 30)) as pilot:
            await wait_until(pilot, lambda: _showing(app, "Feed Town News"), "the feed")
            assert "1 feed, no saved articles yet." in screen_text(app)
            await pilot.press("enter")
            await wait_until(pilot, lambda: _showing(app, "3 items, 3 unread"), "its items")
            assert "Council passes budget" in screen_text(app)
            await pilot.press("escape")
            await wait_until(pilot, lambda: _showing(app, "Feed Town News"), "the library")


async def test_feed_text_is_shown_literally_never_as_markup(tmp_path: Path) -> None:
    path = tmp_path / "evil.xml"
    path.write_bytes(
        b"<rss><channel><title>[bold]Evil[/bold] \x1b]0;pwned\x07feed</title>"
        b"<item><title>[link=https://x.example]click[/link] \x1b[2Jme</title>"
        b"<link>https://x.example/a</link></item></channel></rss>"
    )
    app = ReaderApp(str(path))
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_until(pilot, lambda: _showing(app, "1 item, 1 unread"), "the item")
        text = screen_text(app)
        assert "[bold]Evil[/bold] feed" in text
        assert "[link=https://x.example]click[/link] me" in text
        assert "pwned" not in text and "\x1b" not in text


def test_snapshot_of_the_item_list(snap_compare: Any, tmp_path: Path) -> None:
    """The list at 80x24: heading, unread marks, dates and sites, status line, footer."""
    path = tmp_path / "town.xml"
    path.write_bytes(RSS)

    async def listed(pilot: Pilot[Any]) -> None:
        await wait_until(pilot, lambda: _showing(pilot.app, "3 unread"), "the items")  # type: ignore[arg-type]

    assert snap_compare(ReaderApp(str(path)), terminal_size=(80, 24), run_before=listed)


async def test_an_item_that_fails_to_open_says_backspace_returns_and_is_no_failed_start(
    tmp_path: Path,
) -> None:
    """A feed item whose page fails offered only 'Press q to quit', though backspace goes
    back to the list; and quitting later exited 2 as if the command line had been wrong."""
    with serve() as base:
        path = tmp_path / "town.xml"
        path.write_bytes(rss_for(base).replace(b"/latin1.html", b"/missing"))
        app = ReaderApp(str(path))
        async with app.run_test(size=(120, 30)) as pilot:
            await wait_until(pilot, lambda: _showing(app, "3 items, 3 unread"), "the items")
            await pilot.press("j", "enter")
            await wait_until(pilot, lambda: app.screen.query("#load-error"), "the error")
            message = str(app.screen.query_one("#load-error").render())
            assert "HTTP 404" in message and "backspace" in message
            await pilot.press("backspace")
            await wait_until(pilot, lambda: isinstance(app.screen, FeedScreen), "the list")
            await pilot.press("q")
        assert app.return_code == 0
