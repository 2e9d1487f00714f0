"""The library's keys: `/` filters (as in the panels and in `less`), esc only where it leads."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.widgets import Input

from reader.article import Article
from reader.notes.store import NoteStore
from reader.ui.app import ReaderApp
from reader.ui.notes_library import LibraryScreen

SIZE = (140, 40)
pytestmark = pytest.mark.anyio


def _remember(article: Article) -> None:
    with NoteStore.open(Path(os.environ["NEWSREADER_DATA_DIR"]) / "notes.sqlite3") as store:
        store.remember_article(article)


async def _settle(pilot, app: ReaderApp) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


def _footer(app: ReaderApp) -> list[str]:
    from textual.widgets._footer import FooterKey

    return [key.description for key in app.screen.query(FooterKey)]


async def test_letters_do_not_filter_slash_does(article: Article) -> None:
    _remember(article)
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot, app)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await pilot.press(*"zzz")
        await _settle(pilot, app)
        assert [s.title for s in library.articles] == [article.title]
        assert library.query_one("#library-filter", Input).value == ""
        await pilot.press("slash", *"aleppo")
        await _settle(pilot, app)
        assert library.query_one("#library-filter", Input).value == "aleppo"
        assert [s.title for s in library.articles] == [article.title]


async def test_the_standalone_library_offers_no_back_it_cannot_do(article: Article) -> None:
    _remember(article)
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot, app)
        assert "Back" not in _footer(app)
        await pilot.press("slash", "x")
        await _settle(pilot, app)
        assert "Back" in _footer(app)  # esc clears the filter
        await pilot.press("escape")
        await _settle(pilot, app)
        assert app.screen.query_one("#library-filter", Input).value == ""
        assert "Back" not in _footer(app)
        assert isinstance(app.screen, LibraryScreen)
