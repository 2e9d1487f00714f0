"""Search as in less and vim: backward on its own key, smart case, a wrap notice, history."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reader.ui.app import ReaderApp
from tests.ui.conftest import OpenReader, view_of
from tests.ui.notices import record_notices, said

SIZE = (140, 40)
pytestmark = pytest.mark.anyio


def status(app: ReaderApp) -> str:
    return str(app.screen.query_one("#status").render())


def starts(text: str, word: str) -> list[int]:
    lowered, found, at = text.lower(), [], 0
    while (at := lowered.find(word, at)) >= 0:
        found.append(at)
        at += 1
    return found


async def test_backslash_searches_backward_and_n_keeps_going_up(
    open_reader: OpenReader,
) -> None:
    async with open_reader() as (app, pilot, view):
        matches = starts(view.article.text, "aleppo")
        await pilot.press("G", "backslash")
        assert "backward" in app.screen.query_one("#search-bar", Input).placeholder
        await pilot.press(*"aleppo", "enter")
        await pilot.pause()
        assert view.cursor == matches[-1]
        await pilot.press("n")
        assert view.cursor == matches[-2]
        await pilot.press("N")
        assert view.cursor == matches[-1]


async def test_smart_case(open_reader: OpenReader) -> None:
    async with open_reader() as (app, pilot, _):
        text = view_of(app).article.text
        anycase, exact = len(starts(text, "foreign")), text.count("Foreign")
        assert anycase > exact  # the sample has "foreign" in other cases too
        await pilot.press("slash", *"foreign", "enter")
        await pilot.pause()
        assert f"/{anycase} (n/N)" in status(app)
        await pilot.press("slash", *"Foreign", "enter")
        await pilot.pause()
        assert f"/{exact} (n/N)" in status(app)


async def test_a_search_that_wraps_says_so(open_reader: OpenReader) -> None:
    async with open_reader() as (app, pilot, view):
        app_notices = record_notices(app)
        await pilot.press("G", "slash", *"Zakharova", "enter")
        await pilot.pause()
        assert view.cursor == view.article.text.index("Zakharova")
        assert said(app_notices, "Wrapped past the end")


async def test_up_and_down_in_the_prompt_recall_earlier_searches(
    open_reader: OpenReader,
) -> None:
    async with open_reader() as (app, pilot, _):
        await pilot.press("slash", *"kerry", "enter", "slash", *"lavrov", "enter")
        await pilot.press("slash")
        bar = app.screen.query_one("#search-bar", Input)
        assert bar.value == ""
        await pilot.press("up")
        assert bar.value == "lavrov"
        await pilot.press("up")
        assert bar.value == "kerry"
        await pilot.press("up")  # the oldest stays
        assert bar.value == "kerry"
        await pilot.press("down", "down")
        assert bar.value == ""
        await pilot.press("up", "enter")
        await pilot.pause()
        assert "“lavrov”" in status(app)
