"""Visual mode's cursor, whole-word selections and the selection colour, through Pilot."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rich.color import Color
from rich.segment import Segment

from reader.article import Article
from reader.ui.app import ReaderApp
from reader.ui.notes_dialogs import NoteEditorScreen
from reader.ui.themes import load_themes
from reader.ui.widgets.article_view import CURSOR_MARK, ArticleView
from tests.ui.conftest import OpenNotes, notes_ready, saved_highlights, settle_workers, view_of
from tests.ui.notices import record_notices, said

SIZE = (140, 40)
pytestmark = pytest.mark.anyio


def screen_rows(view: ArticleView) -> list[str]:
    """The text of each row of the article view as drawn on screen."""
    return [view.render_line(y).text for y in range(view.size.height)]


def marked_rows(view: ArticleView) -> list[int]:
    """Screen rows of the article view that show the cursor mark in the margin."""
    return [y for y, text in enumerate(screen_rows(view)) if text.lstrip().startswith(CURSOR_MARK)]


def text_column(view: ArticleView, row: int) -> int:
    """The screen column where the article row `row` (on screen) starts."""
    line = view.layout_rows.lines[row]
    return view.render_line(row - int(view.scroll_y)).text.index(line.text)


def is_word_edge(text: str, offset: int) -> bool:
    """No word is cut at `offset`: one side of it is a space or the end of the text."""
    return offset in (0, len(text)) or text[offset - 1].isspace() or text[offset].isspace()


def saved_as_whole_words(text: str, after: int = 0) -> int:
    """Where the one saved highlight starts, after checking it cuts no word."""
    [(exact, _)] = saved_highlights()
    start = text.index(exact, after)
    assert is_word_edge(text, start) and is_word_edge(text, start + len(exact)), exact
    return start


async def test_the_cursor_is_drawn_and_follows_the_page(
    open_notes: OpenNotes,
) -> None:
    async with open_notes() as (_app, pilot, _, view):
        # At the start it is on the title, the first text of the article.
        assert marked_rows(view) == [view.layout_rows.row_for_offset(0)]
        await pilot.press("ctrl+d")
        await pilot.pause()
        # Scrolled past it, the cursor comes along to the first row on screen with text.
        [row] = marked_rows(view)
        first_text = next(
            y
            for y in range(view.size.height)
            if view.layout_rows.lines[int(view.scroll_y) + y].start >= 0
        )
        assert row == first_text


async def test_v_selects_the_sentence_at_the_drawn_cursor(
    open_notes: OpenNotes, article: Article
) -> None:
    async with open_notes() as (_app, pilot, screen, view):
        await pilot.press("ctrl+d")
        await pilot.pause()
        [row] = marked_rows(view)
        line = view.layout_rows.lines[int(view.scroll_y) + row]
        await pilot.press("v")
        selected = screen._selected_range()
        assert selected is not None
        start, end = selected
        assert start <= line.end and end >= line.start  # the marked line is in the selection


async def test_visual_selection_and_saved_highlight_are_whole_words(
    open_notes: OpenNotes, article: Article
) -> None:
    """j keeps the column: before the fix the selection ended mid-word ("civil»ians") and the
    half word was saved."""
    async with open_notes() as (app, pilot, screen, _):
        await pilot.press("ctrl+d", "v", "j", "j")
        selected = screen._selected_range()
        assert selected is not None
        assert is_word_edge(article.text, selected[0]) and is_word_edge(article.text, selected[1])
        await pilot.press("h")
        await settle_workers(pilot, app)
        saved_as_whole_words(article.text)


async def test_a_mouse_selection_is_saved_as_whole_words(
    open_notes: OpenNotes, article: Article
) -> None:
    async with open_notes() as (app, pilot, _, view):
        rows = view.layout_rows.lines
        row = next(i for i, line in enumerate(rows) if line.start >= 0 and len(line.text) > 60)
        line = rows[row]
        # From inside the second word to inside a later one.
        second = line.text.index(" ", line.prefix) + 2
        margin = text_column(view, row)
        await pilot.mouse_down(ArticleView, offset=(margin + second, row))
        await pilot.hover(ArticleView, offset=(margin + second + 10, row))
        await pilot.mouse_up(ArticleView, offset=(margin + second + 20, row))
        await pilot.pause()
        await pilot.press("h")
        await settle_workers(pilot, app)
        start = saved_as_whole_words(article.text, line.start)
        assert start < line.start + second - line.prefix  # grew back to the word's start


async def test_e_acts_on_the_note_at_the_cursor(open_notes: OpenNotes, article: Article) -> None:
    async with open_notes() as (app, pilot, _, _):
        await pilot.press("v", "h")  # the first sentence, where the cursor starts
        await settle_workers(pilot, app)
        await pilot.press("ctrl+d", "ctrl+d")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditorScreen)  # the cursor left the note
        await pilot.press("g")  # back to the top: the cursor is on the note again
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditorScreen)


def _background(strip_segments: list[Segment], column: int) -> Color | None:
    x = 0
    for segment in strip_segments:
        if x <= column < x + len(segment.text):
            return segment.style.bgcolor if segment.style else None
        x += len(segment.text)
    return None


def _distance(one: Color, two: Color) -> float:
    a, b = one.get_truecolor(), two.get_truecolor()
    return sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) ** 0.5


@pytest.mark.parametrize("theme", sorted(t.name for t in load_themes()[0]))
async def test_the_selection_colour_differs_from_a_saved_highlight(
    open_notes: OpenNotes, theme: str
) -> None:
    async with open_notes(theme=theme) as (app, pilot, _, view):
        await pilot.press("v", "h")  # the title is saved
        await settle_workers(pilot, app)
        await pilot.press("ctrl+d", "v")  # a sentence further down is selected
        await pilot.pause()
        rows = view.layout_rows
        selected = app.screen._selected_range()  # type: ignore[attr-defined]
        assert selected is not None
        row = rows.row_for_offset(selected[0])
        line = rows.lines[row]
        column = text_column(view, row) + line.prefix + (selected[0] - line.start)
        selection_bg = _background(list(view.render_line(row - int(view.scroll_y))), column)
        await pilot.press("escape", "g")
        await pilot.pause()
        title_row = rows.row_for_offset(0)
        title = rows.lines[title_row]
        drawn = list(view.render_line(title_row))
        saved_bg = _background(drawn, text_column(view, title_row) + title.prefix + 1)
        page_bg = _background(drawn, 0)
        assert selection_bg is not None and saved_bg is not None and page_bg is not None
        assert _distance(selection_bg, saved_bg) > 100, (selection_bg, saved_bg)
        assert _distance(selection_bg, page_bg) > 100, (selection_bg, page_bg)


async def test_bracket_a_jumps_to_notes_and_e_edits_the_one_reached(
    open_notes: OpenNotes, article: Article
) -> None:
    from reader.notes.store import NoteStore
    from tests.ui.test_ui_notes import database

    target = article.text.index("Lavrov")
    with NoteStore.open(database()) as store:
        saved = store.remember_article(article)
        store.add_highlight(saved.id, article.text, target, target + 6, note="who?")
    async with open_notes() as (app, pilot, _, view):
        await pilot.press("right_square_bracket", "a")
        assert view.cursor == target
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditorScreen)


async def test_y_copies_the_keyboard_selection_as_whole_words_and_ends_it(
    open_notes: OpenNotes, article: Article
) -> None:
    async with open_notes() as (app, pilot, screen, _):
        app_notices = record_notices(app)
        await pilot.press("ctrl+d", "v", "j")
        selected = screen._selected_range()
        assert selected is not None
        await pilot.press("y")
        await pilot.pause()
        assert app.clipboard == article.text[selected[0] : selected[1]]
        assert view_of(app).text_selection is None  # y ended the selection
        await pilot.press("j")  # j scrolls again
        assert said(app_notices, "Copied the selection")


async def test_y_copies_the_quote_at_the_cursor_with_speaker_and_source(
    open_notes: OpenNotes, article: Article
) -> None:
    from tests.ui.sample import sample_analysis

    first = min(sample_analysis(article).quotes, key=lambda q: q.start)
    async with open_notes() as (app, pilot, _, _):
        app_notices = record_notices(app)
        await pilot.press("y")  # the cursor is on the title: no quote there
        await pilot.pause()
        assert said(app_notices, "Nothing to copy")
        await pilot.press("right_square_bracket", "q", "y")
        await pilot.pause()
        assert app.clipboard.startswith(f"“{' '.join(first.text.split())}” — {first.speaker}")
        assert article.title is not None and article.title in app.clipboard
        assert article.source in app.clipboard


async def test_a_count_extends_a_selection_several_lines(
    make_app: Callable[..., ReaderApp],
) -> None:
    selected = []
    for keys in (("j", "j", "j"), ("3", "j")):
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            screen = await notes_ready(pilot, app)
            await pilot.press("g", "ctrl+d", "v", *keys)  # g: the first run is resumed
            selected.append(screen._selected_range())
            scroll = view_of(app).scroll_y
            await pilot.press("escape", "j")  # the count was used up: j scrolls one row
            assert view_of(app).scroll_y == scroll + 1
    assert selected[0] is not None and selected[0] == selected[1]
