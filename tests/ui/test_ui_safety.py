"""Article text is data, never markup: brackets show literally and cannot run actions."""

from __future__ import annotations

import pytest

from reader.analysis.model import Analysis, Number, Person, Quote
from reader.article import ArticleBuilder
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.panels import SidePanel
from tests.ui.conftest import settle

pytestmark = pytest.mark.anyio
TRAPS = ("[@click=app.quit]click me[/]", "[Reuters]", "[/bold]", "[b]bold?[/b]")


def hostile_app() -> ReaderApp:
    builder = ArticleBuilder("hostile")
    builder.add("title", "Title [/bold] [@click=app.quit]x[/]")
    for trap in TRAPS:
        builder.add("paragraph", f"Before {trap} after, 42 people said “{trap}” to [Reuters].")
    article = builder.build(byline="[@click=app.quit]by[/]", site="[red]site")
    text = article.text
    start = text.index("“") + 1
    quote = Quote(text[start : text.index("”")], start, text.index("”"), "[@click=app.quit]Q[/]")
    person = Person("[Reuters] [/bold]", "[b]role", ((0, 5),))
    at = text.index("42")
    number = Number("42", at, at + 2, 42, None, "count")
    return ReaderApp(article=article, analysis=Analysis((quote,), (person,), (number,)))


def screen_text(app: ReaderApp) -> str:
    view = app.screen.query_one(ArticleView)
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


async def test_brackets_render_literally_in_the_text() -> None:
    app = hostile_app()
    async with app.run_test(size=(150, 40)) as pilot:
        await settle(pilot)
        await pilot.pause()
        shown = screen_text(app)
        for trap in TRAPS:
            assert trap in shown
        assert "Title [/bold] [@click=app.quit]x[/]" in shown
        assert "[@click=app.quit]by[/] · [red]site" in shown


async def test_clicking_an_action_link_does_nothing() -> None:
    app = hostile_app()
    async with app.run_test(size=(150, 40)) as pilot:
        await settle(pilot)
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        for row, line in enumerate(view.layout_rows.lines):
            if "@click" in line.text:
                column = view.margin + line.text.index("@click")
                await pilot.click(view, offset=(column, row))
        await pilot.pause()
        assert app.is_running


async def test_panels_show_brackets_literally() -> None:
    app = hostile_app()
    async with app.run_test(size=(150, 40)) as pilot:
        await settle(pilot)
        await pilot.pause()
        side = app.screen.query_one(SidePanel)
        assert "[@click=app.quit]Q[/]" in side.panel("quotes").shown_items[0].prompt.plain
        assert side.panel("people").shown_items[0].prompt.plain.startswith("[Reuters] [/bold]")
        assert "[b]role" in side.panel("people").shown_items[0].prompt.plain
        side.show_tab("quotes")
        side.focus_list()
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running


async def test_messages_quoting_the_article_are_not_markup() -> None:
    app = hostile_app()
    async with app.run_test(size=(150, 40)) as pilot:
        await settle(pilot)
        side = app.screen.query_one(SidePanel)
        side.show_tab("quotes")
        side.focus_list()
        await pilot.press("s")  # "Showing 1 quote by [@click=app.quit]Q[/]"
        await pilot.pause()
        shown = [n for n in app._notifications if " by " in n.message]
        assert shown and "[@click=app.quit]Q[/]" in shown[0].message
        assert all(not n.markup for n in app._notifications)
        await pilot.press("escape", "slash", *"[/bold]", "enter")
        await pilot.pause()
        assert app.is_running
