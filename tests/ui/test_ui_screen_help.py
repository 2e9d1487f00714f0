"""`?` lists the keys of the screen it is pressed on: a feed's items, the compare view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reader.compare import compare
from reader.ui.app import ReaderApp
from reader.ui.compare_app import CompareApp
from reader.ui.screens.help import HelpScreen
from tests.compare.pairs import pair
from tests.feeds.samples import RSS
from tests.ui.conftest import wait_until
from tests.ui.screen import screen_text

pytestmark = pytest.mark.anyio
SIZE = (120, 40)


async def help_text(pilot: Any) -> str:
    """Press ?, and read the whole help, page by page."""
    await pilot.press("question_mark")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, HelpScreen), "the help")
    seen = ""
    for _ in range(6):
        await pilot.pause()
        seen += screen_text(pilot.app)
        await pilot.press("space")
    return seen


async def test_help_on_a_feed_lists_the_feed_keys(tmp_path: Path) -> None:
    path = tmp_path / "town.xml"
    path.write_bytes(RSS)
    app = ReaderApp(str(path))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "3 unread" in screen_text(app), "the items")
        text = await help_text(pilot)
    for key, what in (
        ("enter", "Read the item"),
        ("r", "Fetch the feed again"),
        ("L", "Library of saved articles and feeds"),
        ("esc backspace", "Back to the screen the feed was opened from"),
    ):
        assert f"{key:<22}{what}" in text, key
    for reader_only in ("Search the text", "Next quote", "Reading width"):
        assert reader_only not in text


async def test_help_on_the_compare_view_lists_its_keys() -> None:
    app = CompareApp(compare(*pair("number")))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = await help_text(pilot)
    for key, what in (
        ("n", "Next difference"),
        ("N", "Previous difference"),
        ("a", "Write a note on the difference"),
        ("tab", "Between the list of differences and the two texts"),
        ("j", "Next difference in the list"),
    ):
        assert f"{key:<22}{what}" in text, key
    for reader_only in ("Search the text", "Library of saved articles", "Reading width"):
        assert reader_only not in text
    # The compare view has no search: n/N step through differences, esc goes back.
    for search_key in ("search match", "Clear the search", "Previous match"):
        assert search_key not in text, search_key


def test_every_screens_help_lists_each_key_once() -> None:
    from reader.ui.keymap import contexts, key_table

    for context in contexts():
        rows = [(row.group, row.keys, row.description) for row in key_table(context=context)]
        assert len(rows) == len(set(rows)), context


async def test_tab_in_the_compare_view_goes_to_the_texts_where_n_still_steps() -> None:
    app = CompareApp(compare(*pair("speaker")))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "Page down" not in footer  # the list of differences has the keys
        await pilot.press("tab")
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "Page down" in footer, footer  # the text has them now
        await pilot.press("n")
        await pilot.pause()
        text = screen_text(app)
    assert "Nothing to step through" not in text  # n/N: the differences, as the help says
    assert "search with /" not in text


async def test_help_on_the_library_says_o_opens_a_file_or_url() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = await help_text(pilot)
    assert f"{'o':<22}Open a file or URL typed on one line" in text
