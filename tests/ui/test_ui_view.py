"""The article view: layout maps rows to offsets, highlights draw, selection copies text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.geometry import Offset
from textual.selection import Selection

from reader.analysis.model import Analysis
from reader.article import Article, ArticleBuilder
from reader.ui.app import ReaderApp
from reader.ui.layout import layout_article, wrap_offsets
from reader.ui.widgets.article_view import ArticleView, SpanIndex
from tests.ui.conftest import settle

SIZE = (140, 40)
words = st.text(alphabet=st.sampled_from("ab cdé世\n-"), min_size=0, max_size=200)


@settings(max_examples=200, deadline=None)
@given(words, st.integers(min_value=1, max_value=30))
def test_wrap_keeps_every_word_and_fits(text: str, width: int) -> None:
    lines = wrap_offsets(text, width)
    for start, end in lines:
        piece = text[start:end]
        assert "\n" not in piece
        assert cell_len(piece) <= width or len(piece) == 1
    assert "".join("".join(text[s:e].split()) for s, e in lines) == "".join(text.split())


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["paragraph", "quote", "list_item", "heading"]), words),
        max_size=6,
    ),
    st.integers(8, 40),
)
def test_layout_rows_are_slices_of_the_article(blocks: list[tuple[str, str]], width: int) -> None:
    builder = ArticleBuilder("x")
    for kind, text in blocks:
        builder.add(kind, text)  # type: ignore[arg-type]
    article = builder.build(title="T", byline="B")
    layout = layout_article(article, width)
    for row, line in enumerate(layout.lines):
        if line.start >= 0:
            assert line.text[line.prefix :] == article.text[line.start : line.end]
            assert (
                layout.row_for_offset(line.start) == row
                or article.text[line.start : line.end] == ""
            )


def test_span_index_finds_overlaps() -> None:
    index = SpanIndex([(0, 100), (10, 12), (50, 60), (200, 210)])
    assert sorted(index.overlapping(55, 57)) == [(0, 100), (50, 60)]
    assert index.overlapping(100, 200) == []
    assert index.overlapping(205, 300) == [(200, 210)]


def row_styles(view: ArticleView, offset: int) -> list[str]:
    """Colours of the segments drawn for the row holding `offset`."""
    row = view.layout_rows.row_for_offset(offset)
    view.scroll_to(y=row, animate=False, immediate=True)
    strip = view.render_line(0)
    return [
        str(seg.style.color.triplet.hex)
        for seg in strip
        if seg.style and seg.style.color and seg.style.color.triplet
    ]  # type: ignore[union-attr]


pytestmark = pytest.mark.anyio


async def test_each_category_has_its_theme_colour_and_toggles(
    make_app: Callable[..., ReaderApp], analysis: Analysis
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        variables = app.current_theme.variables
        person = analysis.people[0].mentions[0][0]
        await pilot.pause()
        assert variables["reader-person"] in row_styles(view, person)
        number = analysis.numbers[3].start
        assert variables["reader-number"] in row_styles(view, number)
        quote = analysis.quotes[0].start
        assert variables["reader-quote"] in row_styles(view, quote)
        await pilot.press("z", "p")
        assert variables["reader-person"] not in row_styles(view, person)


async def test_user_highlights_and_search_use_their_own_styles(
    make_app: Callable[..., ReaderApp],
) -> None:
    app = make_app(analysis=Analysis())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        start = view.article.text.index("Syrian government")
        view.set_user_highlights([(start, start + 7, "note-1")])
        await pilot.pause()
        row = view.layout_rows.row_for_offset(start)
        strip = view.render_line(row - int(view.scroll_y))
        user_bg = app.current_theme.variables["reader-user-highlight"]
        backgrounds = [
            seg.style.bgcolor.triplet.hex
            for seg in strip
            if seg.style and seg.style.bgcolor and seg.style.bgcolor.triplet
        ]
        assert user_bg in backgrounds
        assert view.user_highlight_at(start + 3) == "note-1"
        assert view.user_highlight_at(start + 8) is None
        view.set_user_highlights([(start + 8, start + 12, "sel")], style="hl--mark")
        assert view.user_highlight_at(start + 9) == "sel"
        assert view.user_highlight_at(start + 3) == "note-1"  # other styles stay
        with pytest.raises(ValueError):
            view.set_user_highlights([], style="hl--quote")


async def test_clicking_a_user_highlight_says_which(make_app: Callable[..., ReaderApp]) -> None:
    app = make_app(analysis=Analysis())
    clicked: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        start = view.article.text.index("Syrian government")
        view.set_user_highlights([(start, start + 7, "note-1")])
        post = view.post_message

        def spy(message: Any) -> bool:
            if isinstance(message, ArticleView.UserHighlightClicked):
                clicked.append(message.highlight_id)
            return post(message)

        view.post_message = spy  # type: ignore[method-assign]
        row = view.layout_rows.row_for_offset(start)
        await pilot.click(view, offset=(view.margin + 2, row - int(view.scroll_y)))
        await pilot.pause()
        assert clicked == ["note-1"]


async def test_selection_copies_the_rows_text_and_maps_to_offsets(
    make_app: Callable[..., ReaderApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        text = view.article.text
        start = text.index("Syrian government forces")
        row = view.layout_rows.row_for_offset(start)
        line = view.layout_rows.lines[row]
        column = start - line.start + line.prefix
        app.screen.selections = {view: Selection(Offset(column, row), Offset(column + 16, row))}
        await pilot.pause()
        assert app.screen.get_selected_text() == "Syrian governmen"
        assert view.selected_range() == (start, start + 16)
        await pilot.press("y")
        assert app.clipboard == "Syrian government"  # y copies whole words


async def test_selection_across_blocks_maps_to_article_offsets(
    make_app: Callable[..., ReaderApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        first, second = view.article.blocks[1], view.article.blocks[2]
        top = view.layout_rows.row_for_offset(first.start)
        bottom = view.layout_rows.row_for_offset(second.start)
        app.screen.selections = {view: Selection(Offset(0, top), Offset(5, bottom))}
        await pilot.pause()
        assert view.selected_range() == (first.start, second.start + 5)
        copied = app.screen.get_selected_text() or ""
        assert copied.startswith("Syrian government forces") and copied.endswith("The S")


async def test_mouse_drag_selects(make_app: Callable[..., ReaderApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        start = view.article.text.index("Syrian government forces")
        row = view.layout_rows.row_for_offset(start)
        x = view.margin
        await pilot.mouse_down(view, offset=(x, row))
        await pilot.hover(view, offset=(x + 6, row))
        await pilot.mouse_up(view, offset=(x + 6, row))
        await pilot.pause()
        assert (app.screen.get_selected_text() or "").startswith("Syrian")


def test_big_article_lays_out(article: Article) -> None:
    builder = ArticleBuilder("big")
    for _ in range(50):
        builder.add("paragraph", article.text)
    assert layout_article(builder.build(), 72).height > 1000


def test_preformatted_keeps_lines_and_indentation() -> None:
    builder = ArticleBuilder("code")
    builder.add("preformatted", "def f():\n    return 1\n\n    # " + "x" * 40)
    layout = layout_article(builder.build(), 30)
    rows = [line.text for line in layout.lines if line.kind == "preformatted"]
    assert rows[:3] == ["  def f():", "      return 1", "  "]
    assert rows[3].startswith("      # xxx") and len(rows) == 5
    for line in layout.lines:
        if line.start >= 0:
            assert line.text[line.prefix :] == builder.build().text[line.start : line.end]
