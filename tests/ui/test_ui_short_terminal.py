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


async def test_p_on_a_short_terminal_says_how_to_open_the_folded_panel(
    make_app: Callable[..., ReaderApp],
) -> None:
    # At 80x24 the panel below the text is folded to its tab row: p alone never opens it.
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("p", "p")  # hide it, show it again
        await settle(pilot)
        text = screen_text(app)
    assert "tab opens it" in text
