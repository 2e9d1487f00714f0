"""Panel actions: jump and flash, person mentions with n/N, filtering, speaker filter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from reader.analysis.model import Analysis
from reader.article import Article, Link
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.panels import ItemList, ItemPanel, SidePanel
from tests.ui.conftest import settle

SIZE = (140, 40)
pytestmark = pytest.mark.anyio


def parts(app: ReaderApp) -> tuple[ArticleView, SidePanel]:
    return app.screen.query_one(ArticleView), app.screen.query_one(SidePanel)


async def in_list(pilot: Any, kind: str) -> tuple[ArticleView, SidePanel, ItemPanel]:
    """Wait for the panels, then put the focus on the `kind` list."""
    await settle(pilot)
    view, side = parts(pilot.app)
    side.show_tab(kind)
    side.focus_list()
    await pilot.pause()
    return view, side, side.panel(kind)


async def test_panels_list_every_item(
    make_app: Callable[..., ReaderApp], analysis: Analysis
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.pause()
        _, side = parts(app)
        assert len(side.panel("quotes").shown_items) == len(analysis.quotes)
        assert len(side.panel("people").shown_items) == len(analysis.people)
        assert len(side.panel("numbers").shown_items) == len(analysis.numbers)
        first_quote = side.panel("quotes").shown_items[0].prompt.plain
        assert first_quote.startswith("Reconciliation Center\n“fully control 50")
        peskov = next(i for i in side.panel("people").shown_items if "Peskov" in i.prompt.plain)
        assert peskov.prompt.plain.startswith("Dmitry Peskov  ×")
        assert "Russian presidential spokesman" in peskov.prompt.plain


async def test_enter_on_a_quote_jumps_and_flashes(
    make_app: Callable[..., ReaderApp], analysis: Analysis
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view, side = parts(app)
        side.show_tab("quotes")
        side.focus_list()
        await pilot.pause()
        await pilot.press("j", "j", "j", "enter")
        await pilot.pause()
        quote = analysis.quotes[3]  # the rules between items are skipped by the cursor
        assert view.cursor == quote.start
        assert view._flash == (quote.start, quote.end)
        top = int(view.scroll_y)
        assert top <= view.layout_rows.row_for_offset(quote.start) < top + view.size.height


async def test_flash_ends(make_app: Callable[..., ReaderApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view, _ = parts(app)
        view.jump_to(100, 110)
        assert view._flash == (100, 110)
        view._flash_timer.stop()  # type: ignore[union-attr]
        view._end_flash()
        await pilot.pause()
        assert view._flash is None


async def test_person_then_n_steps_through_mentions(
    make_app: Callable[..., ReaderApp], analysis: Analysis
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view, side = parts(app)
        side.show_tab("people")
        side.focus_list()
        await pilot.pause()
        people = side.panel("people")
        index = next(
            i for i, item in enumerate(people.shown_items) if item.payload.name == "Sergey Lavrov"
        )
        people.highlight_item(index)
        await pilot.press("enter")
        await pilot.pause()
        mentions = sorted(analysis.people[4].mentions)
        assert len(mentions) >= 3
        assert view.cursor == mentions[0][0]
        view.focus()
        await pilot.press("n")
        assert view.cursor == mentions[1][0]
        await pilot.press("n")
        assert view.cursor == mentions[2][0]
        await pilot.press("N")
        assert view.cursor == mentions[1][0]
        await pilot.pause()
        assert "Sergey Lavrov 2/" in str(app.screen.query_one("#status").render())


async def test_n_in_the_panel_steps_too(
    make_app: Callable[..., ReaderApp], analysis: Analysis
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view, side = parts(app)
        side.show_tab("people")
        side.focus_list()
        await pilot.pause()
        people = side.panel("people")
        lavrov = next(p for p in analysis.people if p.name == "Sergey Lavrov")
        people.highlight_item(
            next(i for i, it in enumerate(people.shown_items) if it.payload is lavrov)
        )
        mentions = sorted(lavrov.mentions)
        await pilot.press("enter")
        assert view.cursor == mentions[0][0]
        await pilot.press("n", "n")
        assert view.cursor == mentions[2][0]
        await pilot.press("N")
        assert view.cursor == mentions[1][0]
        assert people.filter_text == ""  # n and N did not start a filter
        assert isinstance(app.focused, ItemList)


async def test_slash_opens_the_filter_and_typing_filters_the_list(
    make_app: Callable[..., ReaderApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view, side, _ = await in_list(pilot, "people")
        await pilot.press("slash", *"zak")
        await pilot.pause()
        people = side.panel("people")
        assert [i.payload.name for i in people.shown_items] == ["Maria Zakharova"]
        await pilot.press("enter")
        await pilot.pause()
        assert view.cursor == people.shown_items[0].start
        await pilot.press("escape")
        assert len(people.shown_items) == len(people.items)


async def test_letters_with_a_key_of_their_own_type_into_the_filter_and_keep_every_letter(
    make_app: Callable[..., ReaderApp],
) -> None:
    """`/pes`: p (panel) and s (speaker) are letters of the filter; none is lost."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        _, side, _ = await in_list(pilot, "people")
        await pilot.press("slash", *"pes")
        await pilot.pause()
        people = side.panel("people")
        assert people.filter_text == "pes"
        assert side.display and app.screen.query_one("#panel-slot").display
        assert [i.payload.name for i in people.shown_items] == ["Dmitry Peskov"]


async def test_letters_without_slash_never_filter(make_app: Callable[..., ReaderApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        _, side, _ = await in_list(pilot, "numbers")
        numbers = side.panel("numbers")
        await pilot.press(*"zxy")
        await pilot.pause()
        assert numbers.filter_text == "" and len(numbers.shown_items) == len(numbers.items)
        assert isinstance(app.focused, ItemList)


async def test_filter_with_no_match_says_so(make_app: Callable[..., ReaderApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        _, side, _ = await in_list(pilot, "numbers")
        await pilot.press("slash", *"xyzzy")
        await pilot.pause()
        numbers = side.panel("numbers")
        assert numbers.shown_items == []
        assert "Nothing matches" in str(numbers.option_list.get_option_at_index(0).prompt)


async def test_tab_counts_follow_the_filter(make_app: Callable[..., ReaderApp]) -> None:
    from textual.widgets import TabbedContent

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, side = parts(app)
        tabs = side.query_one(TabbedContent)
        total = len(side.panel("people").items)
        assert str(tabs.get_tab("tab-people").label) == f"People {total}"
        side.show_tab("people")
        side.focus_list()
        await pilot.pause()
        await pilot.press("slash", *"zak")
        await pilot.pause()
        assert str(tabs.get_tab("tab-people").label) == f"People 1/{total}"
        await pilot.press("escape")
        await pilot.pause()
        assert str(tabs.get_tab("tab-people").label) == f"People {total}"


async def test_s_filters_quotes_to_the_speaker(
    make_app: Callable[..., ReaderApp], analysis: Analysis
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, side = parts(app)
        side.show_tab("quotes")
        side.focus_list()
        await pilot.pause()
        await pilot.press("j", "s")
        await pilot.pause()
        quotes = side.panel("quotes")
        speakers = {item.payload.speaker for item in quotes.shown_items}
        assert speakers == {"Ali Haidar"}
        assert len(quotes.shown_items) == sum(q.speaker == "Ali Haidar" for q in analysis.quotes)
        await pilot.press("s")
        assert len(quotes.shown_items) == len(analysis.quotes)


async def test_s_on_a_person_shows_their_quotes(make_app: Callable[..., ReaderApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, side = parts(app)
        side.show_tab("people")
        side.focus_list()
        await pilot.pause()
        people = side.panel("people")
        people.highlight_item(
            next(
                i
                for i, item in enumerate(people.shown_items)
                if item.payload.name == "Fares Shehabi"
            )
        )
        await pilot.press("s")
        await pilot.pause()
        quotes = side.panel("quotes")
        assert side.query_one("TabbedContent").active == "tab-quotes"  # type: ignore[attr-defined]
        assert {i.payload.speaker for i in quotes.shown_items} == {"Fares Shehabi"}


async def test_panels_say_when_empty(make_app: Callable[..., ReaderApp]) -> None:
    app = make_app(analysis=Analysis())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.pause()
        _, side = parts(app)
        prompt = side.panel("people").option_list.get_option_at_index(0).prompt
        assert "No people found" in str(prompt)


async def test_a_new_tab_can_be_added(make_app: Callable[..., ReaderApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, side = parts(app)
        side.add_tab("Extra", "tab-extra", ItemPanel("extra", "Nothing yet.", id="panel-extra"))
        await pilot.pause()
        side.show_tab("extra")
        await pilot.pause()
        assert side.query_one("#panel-extra", ItemPanel).is_mounted


async def test_a_panel_being_torn_down_takes_new_items_quietly(
    make_app: Callable[..., ReaderApp],
) -> None:
    # Seen in CI under load: a panel mounted while the app was closing refilled a list that
    # was already gone (NoMatches from on_mount), failing the test that had just passed.
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, side = parts(app)
        panel = side.panel("quotes")
        await panel.query_one(ItemList).remove()
        panel.set_items([])
        await pilot.pause()


def test_words_around_a_number_are_whole_and_stay_in_the_paragraph() -> None:
    from reader.ui.widgets.panels import words_around

    text = "First para.\n\nOn Wednesday, 1,224 civilians were able to flee militant-held areas"
    at = text.index("1,224")
    assert words_around(text, at, at + 5) == ("On Wednesday, ", " civilians were able to…")
    text = "Syrian government forces have liberated 15 more eastern Aleppo neighborhoods"
    at = text.index("15")
    assert words_around(text, at, at + 2) == ("…forces have liberated ", " more eastern Aleppo…")


async def test_the_speaker_filter_counts_one_quote_in_the_singular(
    make_app: Callable[..., ReaderApp], analysis: Analysis
) -> None:
    from collections import Counter

    once = [s for s, n in Counter(q.speaker for q in analysis.quotes).items() if s and n == 1]
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        _, side = parts(app)
        quotes = side.panel("quotes")
        quotes.filter_by_speaker(once[0])
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert f"Showing 1 quote by {once[0]}. Press s for all." in messages


def _with_links(article: Article, count: int) -> Article:
    """The sample article with `count` links on its first words (a Links tab to show)."""
    import dataclasses
    import re

    words = [m.span() for m in re.finditer(r"\w+", article.text)][50 : 50 + count]
    links = tuple(Link(s, e, f"https://example.org/{i}") for i, (s, e) in enumerate(words))
    return dataclasses.replace(article, links=links)


def _tab_row(app: ReaderApp) -> str:
    """The row of the screen that shows the tab strip, from the side panel's left edge."""
    from tests.ui.screen import screen_lines

    side = app.screen.query_one(SidePanel)
    tabs = side.query_one("Tabs")
    return screen_lines(app)[tabs.region.y][side.region.x : side.region.right]


@pytest.mark.parametrize("size", [(160, 45), (80, 40)])
async def test_the_tabs_are_named_in_words_where_they_fit(
    make_app: Callable[..., ReaderApp], article: Article, size: tuple[int, int]
) -> None:
    """At 160 columns (a 48-column panel) and below an 80-column text, every tab is named
    in words, not by an initial ("P 7" read as a cryptic code)."""
    from tests.ui.conftest import notes_ready

    app = make_app(article=_with_links(article, 14))
    async with app.run_test(size=size) as pilot:
        await notes_ready(pilot, app)
        await settle(pilot)
        await pilot.pause()
        row = _tab_row(app)
        import re

        assert re.search(r"Quotes \d+  People 7  Num\w* \d+  L\w+ 14  N\w+ 0", row), row


async def test_every_tab_is_on_screen_at_100_columns_with_links(
    make_app: Callable[..., ReaderApp], article: Article
) -> None:
    from tests.ui.conftest import notes_ready

    app = make_app(article=_with_links(article, 14))
    async with app.run_test(size=(100, 30)) as pilot:
        await notes_ready(pilot, app)
        await settle(pilot)
        await pilot.pause()
        row = _tab_row(app)
        assert row.split() == ["Qts", "16", "P", "7", "N", "14", "L", "14", "Nts", "0"], row
        from textual.widgets import TabbedContent

        tab = app.screen.query_one(SidePanel).query_one(TabbedContent).get_tab("tab-links")
        assert tab.tooltip == "Links 14"  # the full name, on the mouse


def test_tab_labels_shorten_the_rightmost_inactive_tabs_first() -> None:
    from reader.ui.widgets.panels import TAB_NAMES, fit_tab_labels

    tabs = [
        (f"tab-{kind}", TAB_NAMES[kind], count)
        for kind, count in [("quotes", "12"), ("people", "7"), ("numbers", "40"), ("notes", "0")]
    ]
    full = fit_tab_labels(tabs, "tab-quotes", 200)
    assert list(full.values()) == ["Quotes 12", "People 7", "Numbers 40", "Notes 0"]
    assert fit_tab_labels(tabs, "tab-quotes", 0) == full  # not laid out yet
    assert fit_tab_labels(tabs, "tab-quotes", 40)["tab-notes"] == "Nts 0"  # the rightmost first
    some = fit_tab_labels(tabs, "tab-quotes", 38)
    assert list(some.values()) == ["Quotes 12", "People 7", "Nums 40", "Nts 0"]
    least = fit_tab_labels(tabs, "tab-numbers", 30)
    assert list(least.values()) == ["Q 12", "P 7", "Numbers 40", "Nts 0"]  # the active in full
    assert sum(len(label) + 2 for label in least.values()) <= 30


def test_a_quote_cut_at_its_own_ellipsis_shows_one() -> None:
    """A quote that elides words ("bullying. … You get") and is cut right after its "…"
    ends in one ellipsis, not "bullying. … …"."""
    from reader.analysis.model import Quote
    from reader.ui.widgets.panels import quote_items

    text = "can't antagonize a fight and then claim bullying. … You get what's coming to you."
    [item] = quote_items(Analysis((Quote(text, 0, len(text), "Sheldon Richardson"),), (), ()))
    assert item.prompt.plain.endswith("“can't antagonize a fight and then claim bullying. …”")
