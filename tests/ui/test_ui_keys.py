"""Every key of the reader, driven through Pilot on the sample article."""

from __future__ import annotations

import pytest
from textual import events
from textual.command import CommandPalette

from reader.config import load_config
from reader.ui.keymap import key_table
from reader.ui.screens.contents import ContentsScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.reader_screen import ReaderScreen
from reader.ui.widgets.panels import ItemList, SidePanel
from tests.ui.conftest import OpenReader, view_of

SIZE = (140, 40)
pytestmark = pytest.mark.anyio


async def test_focus_starts_in_article_and_title_is_on_screen(
    open_reader: OpenReader,
) -> None:
    async with open_reader() as (app, pilot, _):
        await pilot.pause()
        view = view_of(app)
        assert app.focused is view
        rows = [line.text for line in view.layout_rows.lines[: view.size.height]]
        assert any(row.startswith("Syrian Army retakes 70%") for row in rows)
        assert any("Syrian government forces" in row for row in rows)


async def test_line_keys_scroll_one_row(open_reader: OpenReader) -> None:
    async with open_reader() as (_app, pilot, view):
        for key, expected in (("j", 1), ("down", 2), ("k", 1), ("up", 0)):
            await pilot.press(key)
            assert view.scroll_y == expected, key


async def test_page_keys(open_reader: OpenReader) -> None:
    async with open_reader() as (_app, pilot, view):
        page = view.scrollable_content_region.height - 2
        await pilot.press("space")
        assert view.scroll_y == page
        await pilot.press("pagedown")
        assert view.scroll_y == 2 * page
        await pilot.press("b")
        assert view.scroll_y == page
        await pilot.press("pageup")
        assert view.scroll_y == 0


async def test_half_page_keys(open_reader: OpenReader) -> None:
    async with open_reader() as (_app, pilot, view):
        half = view.scrollable_content_region.height // 2
        await pilot.press("ctrl+d")
        assert view.scroll_y == half
        await pilot.press("ctrl+u")
        assert view.scroll_y == 0


async def test_top_and_bottom_keys(open_reader: OpenReader) -> None:
    async with open_reader() as (_app, pilot, view):
        assert view.max_scroll_y > 0
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("end")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("home")
        assert view.scroll_y == 0


async def test_position_shows_percent_and_time_left(open_reader: OpenReader) -> None:
    async with open_reader() as (app, pilot, _):
        await pilot.pause()
        status = str(app.screen.query_one("#status").render())
        assert "min left" in status and "%" in status
        await pilot.press("G")
        await pilot.pause()
        status = str(app.screen.query_one("#status").render())
        assert "100% · done" in status


async def test_search_highlights_all_and_n_steps(open_reader: OpenReader) -> None:
    async with open_reader() as (app, pilot, view):
        await pilot.press("slash")
        assert app.focused is app.screen.query_one("#search-bar")
        await pilot.press(*"aleppo", "enter")
        await pilot.pause()
        expected = view.article.text.lower().count("aleppo")
        assert len(view._search) == expected > 5
        assert app.focused is view
        first = view.cursor
        assert view.article.text[first : first + 6].lower() == "aleppo"
        await pilot.press("n")
        assert view.cursor > first
        await pilot.press("N")
        assert view.cursor == first
        await pilot.pause()
        assert f"/{expected} (n/N)" in str(app.screen.query_one("#status").render())


async def test_search_without_matches_says_so(open_reader: OpenReader) -> None:
    async with open_reader() as (app, pilot, _):
        await pilot.press("slash", *"zzqx", "enter")
        await pilot.pause()
        assert any("Pattern not found" in n.message for n in app._notifications)


async def test_escape_closes_search(open_reader: OpenReader) -> None:
    async with open_reader() as (app, pilot, _):
        await pilot.press("slash", "x", "escape")
        assert app.focused is view_of(app)
        assert not app.screen.query_one("#search-bar").has_class("-visible")


@pytest.mark.parametrize(
    "forward,back",
    [
        (("right_curly_bracket",), ("left_curly_bracket",)),
        (("right_square_bracket",) * 2, ("left_square_bracket",) * 2),
    ],
    ids=["braces", "double-brackets"],
)
async def test_braces_and_double_brackets_step_between_blocks(
    open_reader: OpenReader, forward: tuple[str, ...], back: tuple[str, ...]
) -> None:
    async with open_reader() as (_app, pilot, view):
        rows = view.block_rows()
        assert rows[0] > 0  # the header comes first
        await pilot.press(*forward)
        assert view.scroll_y == rows[0]
        await pilot.press(*forward)
        assert view.scroll_y == rows[1]
        assert view.cursor == view.article.blocks[1].start
        await pilot.press(*back)
        assert view.scroll_y == rows[0]


async def test_contents_jumps_to_a_heading(open_reader: OpenReader) -> None:
    async with open_reader() as (app, pilot, view):
        await pilot.press("t")
        assert isinstance(app.screen, ContentsScreen)
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        heading = view.article.text.index("Lavrov & Kerry to meet")
        assert view.cursor == heading
        top = int(view.scroll_y)
        assert top <= view.layout_rows.row_for_offset(heading) < top + view.size.height


async def test_tab_moves_between_text_and_panel(open_reader: OpenReader) -> None:
    async with open_reader() as (app, pilot, view):
        await pilot.press("tab")
        assert app.focused is not view
        assert app.focused in app.screen.query_one(SidePanel).query("*")
        await pilot.press("shift+tab")
        assert app.focused is view


async def test_help_lists_every_key_and_closes(open_reader: OpenReader) -> None:
    async with open_reader() as (app, pilot, _):
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        rows = key_table()
        assert {row.binding_id for row in rows} >= {"reader.search", "reader.contents", "app.quit"}
        flat = " ".join(text.split())  # long descriptions wrap under themselves
        for row in rows:
            assert f"{row.keys} {row.description}" in flat, row
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_palette_runs_reader_commands(open_reader: OpenReader) -> None:
    async with open_reader() as (app, pilot, _):
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"turn numbers off")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert view_of(app).shown["numbers"] is False


async def test_q_quits(open_reader: OpenReader) -> None:
    async with open_reader() as (app, pilot, _):
        await pilot.press("q")
        await pilot.pause()
        assert app._exit_renderables == [] and not app.is_running


async def test_z_keys_toggle_highlights_and_remember(
    open_reader: OpenReader,
) -> None:
    async with open_reader() as (app, pilot, view):
        for key, category in (("q", "quotes"), ("p", "people"), ("n", "numbers")):
            await pilot.press("z", key)
            assert view.shown[category] is False
        assert app.is_running  # zq is no q
        await pilot.press("z", "p")
        assert view.shown["people"] is True
    assert load_config().config.highlights == {"quotes": False, "people": True, "numbers": False}


async def test_w_cycles_width_and_remembers(open_reader: OpenReader) -> None:
    async with open_reader(size=(200, 40)) as (_app, pilot, view):
        assert view.layout_rows.width == 72
        await pilot.press("w")
        assert view.layout_rows.width == 96
        await pilot.press("w")
        assert view.layout_rows.width == view.scrollable_content_region.width - 2
        await pilot.press("w")
        assert view.layout_rows.width == 60
    assert load_config().config.width == "narrow"


async def test_p_hides_and_shows_panel(open_reader: OpenReader) -> None:
    async with open_reader() as (app, pilot, _):
        panel = app.screen.query_one(SidePanel)
        view = view_of(app)
        await pilot.press("p")
        await pilot.pause()
        assert panel.region.width == 0
        assert view.region.width == app.size.width
        await pilot.press("p")
        await pilot.pause()
        assert panel.region.width > 0


async def test_panel_moves_below_text_in_narrow_terminals(
    open_reader: OpenReader,
) -> None:
    async with open_reader(size=(80, 40)) as (app, pilot, _):
        await pilot.pause()
        panel = app.screen.query_one(SidePanel)
        view = view_of(app)
        assert panel.region.y > view.region.y
        assert panel.region.width == app.size.width
    async with open_reader() as (app, pilot, _):
        await pilot.pause()
        panel = app.screen.query_one(SidePanel)
        assert panel.region.x > view_of(app).region.x


async def test_mouse_wheel_and_click(open_reader: OpenReader) -> None:
    async with open_reader() as (_app, pilot, view):
        view.post_message(events.MouseScrollDown(view, 10, 5, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert view.scroll_y > 0
        await pilot.press("g")
        row = view.layout_rows.row_for_offset(view.article.text.index("Syrian government"))
        await pilot.click(view, offset=(view.margin + 7, row))
        assert view.cursor == view.article.text.index("government")


async def test_item_list_is_focusable_by_click(open_reader: OpenReader) -> None:
    async with open_reader() as (app, pilot, _):
        await pilot.click("#quotes-list")
        assert isinstance(app.focused, ItemList)


async def test_matches_light_up_while_typing_and_escape_clears(
    open_reader: OpenReader,
) -> None:
    async with open_reader() as (app, pilot, view):
        await pilot.press("slash", *"peskov")
        await pilot.pause()
        assert len(view._search) == view.article.text.lower().count("peskov")
        assert view.scroll_y == 0  # typing does not move the text
        await pilot.press("enter")
        assert view.scroll_y > 0
        await pilot.press("escape")
        assert len(view._search) == 0
        await pilot.press("n")  # nothing left to step through
        await pilot.pause()
        assert any("Nothing to step through" in n.message for n in app._notifications)
