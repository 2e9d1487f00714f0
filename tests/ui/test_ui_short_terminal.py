"""At 80x24: the reading position always fits, the folded panel says how to open it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from reader.article import Article
from reader.ui.app import ReaderApp
from tests.ui.conftest import settle
from tests.ui.screen import screen_text

pytestmark = pytest.mark.anyio


async def test_a_title_of_wide_characters_leaves_room_for_the_position(
    make_app: Callable[..., ReaderApp], article: Article
) -> None:
    # Korean, Chinese and Japanese characters take two columns each.
    title = "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유 - Entermedia"
    app = make_app(article=dataclasses.replace(article, title=title))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        status = next(row for row in screen_text(app).splitlines() if " TEXT " in row)
    assert "min left" in status or "% · done" in status, status
    assert "엘제이" in status  # the title is clipped, not dropped


async def test_p_on_a_short_terminal_opens_the_folded_panel_then_hides_it(
    make_app: Callable[..., ReaderApp],
) -> None:
    # At 80x24 the panel below the text is folded to its tab row. The footer offers
    # "p Panel": p opens it (as tab does) rather than hiding the tabs the user wanted to see.
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        text = screen_text(app)
        assert " PANEL " in text and "Reconciliation Center" in text, text
        await pilot.press("p")  # open: p hides it
        await settle(pilot)
        text = screen_text(app)
        assert " TEXT " in text and "Quotes 16" not in text, text
        await pilot.press("p")  # hidden: p shows it open, not folded away again
        await settle(pilot)
        text = screen_text(app)
        assert " PANEL " in text and "Reconciliation Center" in text, text
