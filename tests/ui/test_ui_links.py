"""Links in the reader: drawn underlined, listed in a Links tab, followed and left again."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from reader.ui.app import ReaderApp
from reader.ui.screens.reader_screen import ReaderScreen
from reader.ui.widgets.article_view import ArticleView
from tests.http_server import serve
from tests.ui.conftest import settle, wait_until
from tests.ui.screen import screen_segments, screen_text

pytestmark = pytest.mark.anyio
SIZE = (120, 40)


def _app(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReaderApp:
    monkeypatch.setenv("NEWSREADER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NEWSREADER_DATA_DIR", str(tmp_path / "data"))
    return ReaderApp(url)


def _view(app: Any) -> ArticleView:
    return app.screen.query_one(ArticleView)


@asynccontextmanager
async def _reading(
    page: str, title: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> AsyncIterator[tuple[str, ReaderApp, Any]]:
    """The reader on `page` of the test server, loaded: (server URL, app, pilot)."""
    with serve() as base:
        app = _app(f"{base}{page}", tmp_path, monkeypatch)
        async with app.run_test(size=size) as pilot:
            await _loaded(pilot, title)
            yield base, app, pilot


async def _focus_panel(pilot: Any, kind: str) -> ReaderScreen:
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen)
    screen.action_focus_panel(kind)
    await pilot.pause()
    return screen


async def _loaded(pilot: Any, title: str) -> None:
    await wait_until(
        pilot,
        lambda: (
            isinstance(pilot.app.screen, ReaderScreen)
            and pilot.app.screen.article is not None
            and title in screen_text(pilot.app)
        ),
        title,
    )
    await settle(pilot)


async def test_links_are_underlined_and_survive_no_color(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    async with _reading(
        "/links/a.html", "River floods the old town", tmp_path, monkeypatch, SIZE
    ) as (_base, app, pilot):
        await pilot.press("greater_than_sign")
        await pilot.pause()
        underlined = "".join(
            segment.text
            for row in screen_segments(app)
            for segment in row
            if segment.style is not None and segment.style.underline
        )
        assert "its flood report" in underlined


async def test_enter_follows_a_link_and_backspace_returns_to_the_same_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with _reading(
        "/links/a.html", "River floods the old town", tmp_path, monkeypatch, SIZE
    ) as (_base, app, pilot):
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert "its flood report" in screen_text(app)
        before = (_view(app).scroll_y, _view(app).cursor)
        assert before[0] > 0  # the link is far down: the page scrolled to it
        await pilot.press("enter")
        await _loaded(pilot, "Flood report: the damage in figures")
        assert "River floods" not in screen_text(app)
        await pilot.press("backspace")
        await wait_until(pilot, lambda: "River floods" in screen_text(app), "page A again")
        assert (_view(app).scroll_y, _view(app).cursor) == before
        await pilot.press("ctrl+o")  # nothing below page A: a message, not a crash
        await pilot.pause()
        assert "River floods" in screen_text(app)


async def test_links_tab_lists_anchor_domain_and_sentence_and_enter_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with _reading(
        "/links/a.html", "River floods the old town", tmp_path, monkeypatch, (160, 40)
    ) as (_base, app, pilot):
        await _focus_panel(pilot, "links")
        text = screen_text(app)
        assert "Links 1" in text
        assert "its flood report" in text and "127.0.0.1" in text
        assert "The agency put the damage at $3 million" in text
        await pilot.press("enter")
        await _loaded(pilot, "Flood report: the damage in figures")


async def test_a_failed_link_is_a_message_and_backspace_goes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui.links import follow

    async with _reading(
        "/links/a.html", "River floods the old town", tmp_path, monkeypatch, SIZE
    ) as (base, app, pilot):
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        follow(screen, f"{base}/missing")
        await wait_until(pilot, lambda: "Could not open" in screen_text(app), "the error")
        assert "404" in screen_text(app)
        await pilot.press("backspace")
        await wait_until(pilot, lambda: "River floods" in screen_text(app), "page A again")
        assert not app.load_failed


async def test_o_opens_the_system_browser_and_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url, new=0: opened.append(url))
    async with _reading(
        "/links/a.html", "River floods the old town", tmp_path, monkeypatch, SIZE
    ) as (base, app, pilot):
        await pilot.press("greater_than_sign", "o")
        await wait_until(pilot, lambda: opened, "the browser")
        assert opened == [f"{base}/links/b.html"]
        assert app.clipboard == f"{base}/links/b.html"
        await pilot.press("Y")
        assert app.clipboard == f"{base}/links/b.html"


async def test_numbers_with_no_source_are_marked_and_filtered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with _reading("/links/b.html", "Flood report", tmp_path, monkeypatch, (160, 40)) as (
        _base,
        app,
        pilot,
    ):
        screen = await _focus_panel(pilot, "numbers")
        assert "no source given" in screen_text(app)
        panel = screen.side_panel
        assert panel is not None
        shown = {item.payload.text for item in panel.panel("numbers").shown_items}
        assert {"42", "17"} <= shown
        await pilot.press("exclamation_mark")
        await pilot.pause()
        unsourced = {item.payload.text for item in panel.panel("numbers").shown_items}
        assert "42" in unsourced and "17" not in unsourced  # "Officials said 17 roads"
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert len(panel.panel("numbers").shown_items) == len(shown)


async def test_an_article_without_links_has_no_links_tab(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with _reading("/plain.txt", "A Plain Story", tmp_path, monkeypatch, (160, 40)) as (
        _,
        app,
        pilot,
    ):
        await pilot.pause()
        text = screen_text(app)
        assert "Numbers" in text and "Notes" in text
        assert "Links" not in text
