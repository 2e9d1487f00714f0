"""How the reader looks at first contact (issue 16): dialogs, theme colours, footer, layout.

Each test reads what the screen shows (tests/ui/screen.py), at the sizes a new user meets.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rich.color import Color
from textual.widget import Widget

from reader.article import Article
from reader.ui.app import ReaderApp
from reader.ui.dialogs import ConfirmScreen
from reader.ui.widgets.article_view import CURSOR_MARK, ArticleView
from reader.ui.widgets.panels import ItemList
from tests.ui.conftest import settle
from tests.ui.screen import screen_lines, screen_segments, screen_text

pytestmark = pytest.mark.anyio


def contrast(one: Color, two: Color) -> float:
    """WCAG contrast ratio of two colours (1 = none, 21 = black on white)."""

    def luminance(colour: Color) -> float:
        channels = [c / 255 for c in colour.get_truecolor()]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


SIZES = [(160, 45), (100, 30), (80, 24), (60, 20)]


@pytest.mark.parametrize("size", SIZES)
async def test_the_confirm_dialog_shows_its_question_and_keys(
    make_app: Callable[..., ReaderApp], size: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        question = "Delete this highlight and its note? (u undoes it)"
        app.push_screen(ConfirmScreen(question))
        await pilot.pause()
        shown = screen_text(app)
        assert question in shown
        assert "y: yes" in shown and "n / esc: no" in shown


async def test_esc_in_the_note_editor_shows_the_discard_question(
    make_app: Callable[..., ReaderApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("v", "a", *"draft", "escape")
        await pilot.pause()
        shown = screen_text(app)
        assert "Discard the changes to this note?" in shown
        assert "y: yes" in shown and "n / esc: no" in shown


def default_colour_cells(app: ReaderApp) -> list[tuple[int, str]]:
    """(row, text) of every run of cells drawn without a background or (text) a colour."""
    found = []
    for y, row in enumerate(screen_segments(app)):
        for segment in row:
            style = segment.style
            if segment.control or not segment.text:
                continue
            no_background = style is None or style.bgcolor is None or style.bgcolor.is_default
            no_colour = segment.text.strip() and (
                style is None or style.color is None or style.color.is_default
            )
            if no_background or no_colour:
                found.append((y, segment.text))
    return found


@pytest.mark.parametrize("theme", ["newsreader-light", "paper", "newsreader-dark"])
@pytest.mark.parametrize("size", [(160, 45), (80, 24)])
async def test_every_cell_carries_the_theme_colours(
    make_app: Callable[..., ReaderApp], theme: str, size: tuple[int, int]
) -> None:
    app = make_app(theme=theme)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert default_colour_cells(app) == []


@pytest.mark.parametrize("theme", ["newsreader-light", "paper", "newsreader-dark"])
async def test_the_byline_line_is_readable(
    make_app: Callable[..., ReaderApp], article: Article, theme: str
) -> None:
    app = make_app(theme=theme)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        rows = view.layout_rows.lines
        meta = next(y for y, line in enumerate(rows) if line.kind == "meta")
        styles = [s.style for s in view.render_line(meta) if s.text.strip() and s.style]
        assert styles
        for style in styles:
            assert style.color is not None and style.bgcolor is not None
            assert contrast(style.color, style.bgcolor) >= 3, (theme, style)


def article_rows_on_screen(app: ReaderApp) -> list[str]:
    """The text of each screen row inside the article view, scrollbar column left out."""
    view = app.screen.query_one(ArticleView)
    region = view.region
    lines = screen_lines(app)[region.y : region.bottom]
    # The reading cursor's mark in the margin is not article text.
    return [line[region.x : region.right - 1].strip().lstrip(CURSOR_MARK) for line in lines]


@pytest.mark.parametrize(("before", "after"), [((160, 45), (80, 24)), ((80, 24), (160, 45))])
async def test_resizing_rewraps_at_once(
    make_app: Callable[..., ReaderApp], before: tuple[int, int], after: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=before) as pilot:
        await settle(pilot)
        await pilot.resize_terminal(*after)
        await pilot.pause()
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        laid_out = {line.text.strip() for line in view.layout_rows.lines}
        shown = article_rows_on_screen(app)
        assert [row for row in shown if row and row not in laid_out] == []
        assert view.layout_rows.width <= view.scrollable_content_region.width


def footer_row(app: ReaderApp) -> str:
    return screen_lines(app)[-1]


@pytest.mark.parametrize("width", [60, 80, 100, 120, 160])
async def test_the_footer_always_shows_help_and_quit_and_never_cuts_a_hint(
    make_app: Callable[..., ReaderApp], width: int
) -> None:
    app = make_app()
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        footer = footer_row(app)
        assert "? Keys" in footer and "q Quit" in footer
        words = set()
        for _, binding, _, _ in app.screen.active_bindings.values():
            words |= {*app.get_key_display(binding).split(), *binding.description.split()}
        shown = footer.replace("▏", " ").split()
        assert [word for word in shown if word not in words] == []


def panel_of(app: ReaderApp) -> Widget:
    return app.screen.query_one("#panel-slot")


async def test_at_80x24_the_article_gets_most_of_the_screen(
    make_app: Callable[..., ReaderApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        panel = panel_of(app)
        assert len([row for row in article_rows_on_screen(app) if row]) >= 14
        assert "? Keys" in footer_row(app)
        # The panel is a strip below the text with its tabs and their counts...
        assert panel.region.y > view.region.y
        assert "Quotes 16" in screen_lines(app)[panel.region.y + 1]
        # ...that opens when it gets focus.
        await pilot.press("tab")
        await pilot.pause()
        assert "Reconciliation Center" in "\n".join(screen_lines(app)[panel.region.y :])
        await pilot.press("tab")
        await pilot.pause()
        assert len([row for row in article_rows_on_screen(app) if row]) >= 14


async def test_the_panel_can_be_resized_and_moved(make_app: Callable[..., ReaderApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        panel = panel_of(app)
        await pilot.press("tab")
        await pilot.pause()
        rows = panel.region.height
        await pilot.press("plus")
        await pilot.pause()
        assert panel.region.height > rows
        await pilot.press("minus", "minus")
        await pilot.pause()
        assert panel.region.height < rows
        await pilot.press("P")  # to the right of the text
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert panel.region.x > view.region.x and panel.region.height > rows
        columns = panel.region.width
        await pilot.press("plus")
        await pilot.pause()
        assert panel.region.width > columns
        await pilot.press("P")  # and back below
        await pilot.pause()
        assert panel.region.y > view.region.y


@pytest.mark.parametrize("size", [(160, 45), (80, 24)])
async def test_focus_is_visible_and_the_footer_follows_it(
    make_app: Callable[..., ReaderApp], size: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        status = screen_lines(app)[-2]
        assert status.lstrip().startswith("TEXT")
        assert "Page down" in footer_row(app)
        await pilot.press("tab")  # one tab reaches the list, not the tab strip
        await pilot.pause()
        assert isinstance(app.focused, ItemList)
        assert screen_lines(app)[-2].lstrip().startswith("PANEL")
        footer = footer_row(app)
        for hint in ("Jump", "/ Filter", "s Speaker", "a Note", "? Keys", "q Quit"):
            assert hint in footer
        assert "Page down" not in footer
        await pilot.press("j", "enter")  # j and Enter work at once: the second quote
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert "strategic victory" in "\n".join(article_rows_on_screen(app))
        assert view.cursor == view.article.text.index("strategic victory")
        await pilot.press("right")  # the next tab, its list focused
        await pilot.pause()
        assert isinstance(app.focused, ItemList) and app.focused.id == "people-list"
        await pilot.press("tab")
        await pilot.pause()
        assert isinstance(app.focused, ArticleView)
        assert screen_lines(app)[-2].lstrip().startswith("TEXT")


@pytest.mark.parametrize("theme", ["newsreader-light", "paper", "newsreader-dark", "midnight"])
async def test_the_chosen_item_in_a_focused_list_is_readable(
    make_app: Callable[..., ReaderApp], theme: str
) -> None:
    app = make_app(theme=theme)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await pilot.pause()
        chosen = [
            segment
            for row in screen_segments(app)
            for segment in row
            if "Reconciliation Center" in segment.text or "fully control" in segment.text
        ]
        assert chosen
        for segment in chosen:
            style = segment.style
            assert style is not None and style.color is not None and style.bgcolor is not None
            assert contrast(style.color, style.bgcolor) >= 3, (segment.text, theme)


async def test_a_title_with_a_line_break_stays_on_one_status_line(
    make_app: Callable[..., ReaderApp], article: Article
) -> None:
    """A title that holds a line break (a <title> written over two lines) is shown on one line
    in the status bar, its position after it, as the panels show their items."""
    from dataclasses import replace

    app = make_app(article=replace(article, title="Aleppo\nfalls   again"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        status = [line for line in screen_lines(app) if " TEXT " in line]
    assert len(status) == 1, status
    assert "Aleppo falls again" in status[0] and "% ·" in status[0], status
