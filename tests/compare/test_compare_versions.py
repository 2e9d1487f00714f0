"""An article opened again with changed text: the offer to compare it with the saved copy."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen

from reader.article import Article
from reader.ui.app import ReaderApp
from reader.ui.compare_offer import offer_version_comparison
from reader.ui.notes_dialogs import ConfirmScreen
from reader.ui.screens.compare import CompareScreen, DifferenceList
from tests.compare.pairs import pair
from tests.ui.conftest import wait_until

pytestmark = pytest.mark.anyio


async def _offer(pilot: Pilot[int], saved: Article, current: Article) -> Screen[Any]:
    """Offer on the reader showing `current`; returns the reader screen."""
    await pilot.pause()
    reader = pilot.app.screen
    offer_version_comparison(reader, saved=saved, current=current)
    return reader


async def test_changed_text_offers_the_comparison_and_y_opens_it() -> None:
    saved, current = pair("number")
    app = ReaderApp(article=current.article, analysis=current.analysis)
    async with app.run_test(size=(140, 40)) as pilot:
        reader = await _offer(pilot, saved.article, current.article)
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        question = str(app.screen.query_one("#confirm-question").render())
        assert question.startswith("1 number changed, 1 paragraph changed since you read it.")
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen), "compare view")
        options = app.screen.query_one(DifferenceList)
        assert "1,224 → 1,200" in str(options.get_option_at_index(0).prompt)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reader


async def test_unchanged_text_asks_nothing() -> None:
    saved, _current = pair("number")
    app = ReaderApp(article=saved.article, analysis=saved.analysis)
    async with app.run_test(size=(140, 40)) as pilot:
        reader = await _offer(pilot, saved.article, saved.article)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is reader


async def test_reopening_a_changed_article_offers_the_comparison() -> None:
    """The library saved the article; its text changed; opening it again asks."""
    from reader.notes.store import NoteStore
    from tests.compare.pairs import BASE, CHANGED, side

    old, new = CHANGED["money"]
    before, after = side(BASE, "story.txt"), side(BASE.replace(old, new), "story.txt")
    with NoteStore.open() as store:
        store.remember_article(before.article)
    app = ReaderApp(article=after.article, analysis=after.analysis)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        question = str(app.screen.query_one("#confirm-question").render())
        assert question == "1 number changed since you read it. Compare with the saved copy?"
        await pilot.press("y")
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen), "compare view")
        assert "$3.2 billion → $3 billion" in str(
            app.screen.query_one(DifferenceList).get_option_at_index(0).prompt
        )
    # Opened again with the same (new) text: nothing to ask.
    app = ReaderApp(article=after.article, analysis=after.analysis)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_until(pilot, lambda: app.screen.query("#article-area"), "the reader")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
