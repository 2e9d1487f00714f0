"""Deleting an article from the library: asked first, its notes go with it, others stay."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from textual.widgets import OptionList

from reader.article import Article
from reader.notes.store import NoteStore
from reader.ui.app import ReaderApp
from reader.ui.notes_dialogs import ConfirmScreen
from reader.ui.notes_library import LibraryScreen
from tests.ui.conftest import database, notes_ready, settle_workers
from tests.ui.notices import record_notices, said

SIZE = (140, 40)
pytestmark = pytest.mark.anyio


def library_titles() -> list[str | None]:
    with NoteStore.open(database()) as store:
        return [saved.title for saved in store.articles()]


async def test_d_deletes_the_chosen_article_and_its_notes_after_asking(article: Article) -> None:
    other = replace(article, title="Another article", url="https://example.com/other")
    with NoteStore.open(database()) as store:
        first = store.remember_article(article, opened="2026-01-01T00:00:00")
        store.add_highlight(first.id, article.text, 0, 10, note="mine")
        store.remember_article(other, opened="2026-01-02T00:00:00")
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle_workers(pilot, app)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("j", "d")  # the older one, with the note
        assert isinstance(app.screen, ConfirmScreen)
        assert "1 note" in app.screen.question and "Syrian Army retakes" in app.screen.question
        await pilot.press("n")  # no: nothing changes
        await settle_workers(pilot, app)
        assert len(library_titles()) == 2
        await pilot.press("d", "y")
        await settle_workers(pilot, app)
        assert library_titles() == ["Another article"]
        assert app.screen.query_one(OptionList).option_count == 1
    with NoteStore.open(database()) as store:
        assert store.search("mine") == []  # the note went with it


async def test_the_article_open_behind_the_library_is_not_deleted(
    make_app: Callable[..., ReaderApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app_notices = record_notices(app)
        await notes_ready(pilot, app)
        await pilot.press("L")
        await settle_workers(pilot, app)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert said(app_notices, "close it first")
        assert len(library_titles()) == 1


async def test_with_a_feed_listed_first_d_deletes_the_highlighted_article(
    article: Article,
) -> None:
    """Feeds are listed above the articles: `d` must delete the article under the cursor,
    not the one at the same place in the article list (that lost another article's notes)."""
    from reader.feeds.store import FeedStore

    FeedStore().add("https://example.com/feed.xml", "A feed")
    other = replace(article, title="Another article", url="https://example.com/other")
    with NoteStore.open(database()) as store:
        first = store.remember_article(article, opened="2026-01-01T00:00:00")
        store.add_highlight(first.id, article.text, 0, 10, note="mine")
        store.remember_article(other, opened="2026-01-02T00:00:00")
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        app_notices = record_notices(app)
        await settle_workers(pilot, app)
        assert app.screen.query_one(OptionList).option_count == 3
        await pilot.press("d")  # on the feed: nothing is deleted
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        assert said(app_notices, "feeds remove")
        await pilot.press("j", "d")  # the newest article, "Another article"
        assert isinstance(app.screen, ConfirmScreen)
        assert "Another article" in app.screen.question
        await pilot.press("y")
        await settle_workers(pilot, app)
        assert library_titles() == [article.title]
    with NoteStore.open(database()) as store:
        assert [hit.highlight.note for hit in store.search("mine")] == ["mine"]  # untouched


async def test_notes_added_in_another_window_since_the_question_are_not_deleted(
    article: Article,
) -> None:
    """The question counts the notes as the list showed them: notes another window added
    after that went with the article, unasked."""
    with NoteStore.open(database()) as store:
        saved = store.remember_article(article)
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        app_notices = record_notices(app)
        await settle_workers(pilot, app)
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        assert "0 notes" in app.screen.question
        with NoteStore.open(database()) as other:
            other.add_highlight(saved.id, article.text, 0, 10, note="written meanwhile")
        await pilot.press("y")
        await settle_workers(pilot, app)
        assert library_titles() == [article.title]
        assert said(app_notices, "1 note")
    with NoteStore.open(database()) as store:
        assert [hit.highlight.note for hit in store.search("meanwhile")] == ["written meanwhile"]
