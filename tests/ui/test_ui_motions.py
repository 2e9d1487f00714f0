"""less/vim motions in the article view: counts, ctrl keys, '' and marks, ]q-style jumps."""

from __future__ import annotations

import pytest
from textual import events

from reader.analysis.model import Analysis
from reader.ui.screens.contents import ContentsScreen
from reader.ui.widgets.panels import ItemList
from tests.ui.conftest import OpenReader, settle, view_of
from tests.ui.notices import record_notices, said

SIZE = (140, 40)
pytestmark = pytest.mark.anyio


async def test_a_count_repeats_line_page_and_match_keys(
    open_reader: OpenReader,
) -> None:
    async with open_reader() as (_app, pilot, view):
        await pilot.press("5", "j")
        assert view.scroll_y == 5
        await pilot.press("2", "k")
        assert view.scroll_y == 3
        await pilot.press("1", "2", "ctrl+e")
        assert view.scroll_y == 15
        await pilot.press("ctrl+y")
        assert view.scroll_y == 14
        await pilot.press("j")  # the count was used up
        assert view.scroll_y == 15


async def test_counts_typed_in_one_burst(open_reader: OpenReader) -> None:
    async with open_reader() as (app, pilot, view):
        for key in ("1", "0", "j", "j"):
            app.post_message(events.Key(key, key))
        await settle(pilot)
        assert view.scroll_y == 11


async def test_percent_and_counted_g(open_reader: OpenReader) -> None:
    async with open_reader() as (app, pilot, view):
        app_notices = record_notices(app)
        height = view.layout_rows.height
        await pilot.press("5", "0", "percent_sign")
        assert abs(view.scroll_y - (height - 1) / 2) <= 1
        top = view.layout_rows.offset_for_row(int(view.scroll_y))
        assert view.cursor == top  # the cursor comes to the page
        await pilot.press("1", "0", "G")
        assert view.scroll_y == 9
        await pilot.press("percent_sign")  # no count: a hint, no move
        assert view.scroll_y == 9
        assert said(app_notices, "50%")


async def test_ctrl_f_and_ctrl_b_turn_pages(open_reader: OpenReader) -> None:
    async with open_reader() as (_app, pilot, view):
        page = view.scrollable_content_region.height - 2
        await pilot.press("ctrl+f")
        assert view.scroll_y == page
        await pilot.press("2", "ctrl+f")
        assert view.scroll_y == 3 * page or view.scroll_y == view.max_scroll_y
        await pilot.press("ctrl+b")
        assert view.scroll_y < 3 * page


async def test_quote_quote_goes_back_after_a_contents_jump_and_a_search(
    open_reader: OpenReader,
) -> None:
    async with open_reader() as (app, pilot, view):
        await pilot.press("1", "5", "j")
        before = view.scroll_y
        await pilot.press("t")
        assert isinstance(app.screen, ContentsScreen)
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        jumped = view.scroll_y
        assert jumped != before
        await pilot.press("apostrophe", "apostrophe")
        assert view.scroll_y == before
        await pilot.press("apostrophe", "apostrophe")  # and forth again
        assert view.scroll_y == jumped
        await pilot.press("g", "slash", *"Steinmeier", "enter")
        await pilot.pause()
        assert view.scroll_y > 0
        await pilot.press("apostrophe", "apostrophe")
        assert view.scroll_y == 0


async def test_quote_quote_goes_back_after_enter_in_a_panel(
    open_reader: OpenReader,
) -> None:
    async with open_reader() as (app, pilot, view):
        app.screen.query(ItemList).first().focus()  # the quotes
        await pilot.press("G", "enter")  # the last quote
        await pilot.pause()
        assert view.scroll_y > 0
        view.focus()
        await pilot.press("apostrophe", "apostrophe")
        assert view.scroll_y == 0


async def test_marks(open_reader: OpenReader) -> None:
    async with open_reader() as (app, pilot, view):
        app_notices = record_notices(app)
        await pilot.press("2", "0", "j", "m", "a")
        await pilot.press("G")
        assert view.scroll_y != 20
        await pilot.press("apostrophe", "a")
        assert view.scroll_y == 20
        await pilot.press("apostrophe", "b")  # never set: said so, nothing moves
        assert view.scroll_y == 20
        assert said(app_notices, "No mark 'b")
        await pilot.press("apostrophe", "apostrophe")  # back to before 'a
        assert view.scroll_y == view.max_scroll_y


@pytest.mark.parametrize("kind,key", [("quotes", "q"), ("people", "p"), ("numbers", "n")])
async def test_brackets_jump_through_quotes_people_and_numbers(
    open_reader: OpenReader, analysis: Analysis, kind: str, key: str
) -> None:
    spans = {
        "quotes": [(q.start, q.end) for q in analysis.quotes],
        "people": [m for p in analysis.people for m in p.mentions],
        "numbers": [(n.start, n.end) for n in analysis.numbers],
    }[kind]
    starts = sorted(start for start, _ in spans)
    async with open_reader() as (app, pilot, view):
        await pilot.press("right_square_bracket", key)
        assert view.cursor == starts[0]
        await pilot.press("right_square_bracket", key)
        assert view.cursor == starts[1]
        await pilot.press("3", "right_square_bracket", key)  # the third one on
        assert view.cursor == starts[4]
        await pilot.press("left_square_bracket", key)
        assert view.cursor == starts[3]
        assert app.is_running  # ]q is not q
        top = int(view.scroll_y)
        assert top <= view.cursor_row() < top + view.size.height


async def test_an_unknown_sequence_says_so_and_does_nothing(
    open_reader: OpenReader,
) -> None:
    async with open_reader() as (app, pilot, view):
        app_notices = record_notices(app)
        await pilot.press("right_square_bracket", "x", "j")
        assert view.scroll_y == 1
        assert said(app_notices, "No key ]x")


async def test_sequences_typed_in_one_burst(open_reader: OpenReader, analysis: Analysis) -> None:
    """]q and zq sent at once (tmux send-keys, a paste): q must not quit, z not be lost."""
    first = min(q.start for q in analysis.quotes)
    async with open_reader() as (app, pilot, view):
        for key, character in (
            ("right_square_bracket", "]"),
            ("q", "q"),
            ("z", "z"),
            ("q", "q"),
        ):
            app.post_message(events.Key(key, character))
        await settle(pilot)
        assert app.is_running
        assert view.cursor == first
        assert view.shown["quotes"] is False


async def test_a_burst_keeps_the_order_of_plain_keys_and_sequences(
    open_reader: OpenReader,
) -> None:
    """10j ma g 'a in one burst: before the fix g's binding ran after 'a had, so the page
    stayed at the top."""
    async with open_reader() as (app, pilot, view):
        for key, character in [
            *zip("10jmag", "10jmag", strict=True),
            ("apostrophe", "'"),
            ("a", "a"),
        ]:
            app.post_message(events.Key(key, character))
        await settle(pilot)
        assert view.scroll_y == 10


async def test_the_palette_offers_the_sequences(
    open_reader: OpenReader, analysis: Analysis
) -> None:
    from textual.command import CommandPalette

    async with open_reader() as (app, pilot, _):
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"next quote")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert view_of(app).cursor == min(q.start for q in analysis.quotes)


async def test_a_count_or_sequence_being_typed_is_shown(
    open_reader: OpenReader,
) -> None:
    async with open_reader() as (app, pilot, _):
        status = app.screen.query_one("#status")
        await pilot.press("1", "2")
        await pilot.pause()
        assert str(status.render()).rstrip().endswith("12")
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert str(status.render()).rstrip().endswith("12]")
        await pilot.press("q")
        await pilot.pause()
        assert not str(status.render()).rstrip().endswith("]")
        assert app.is_running
