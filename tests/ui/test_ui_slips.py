"""Issue 16 item 12: the smaller slips, each seen on screen, each with its test."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.geometry import Region

from reader.config import load_config
from reader.ui.app import ReaderApp
from reader.ui.keymap import key_table
from tests.ui.conftest import settle

SIZE = (140, 40)
pytestmark = pytest.mark.anyio


async def test_the_theme_option_is_remembered(make_app: Callable[..., ReaderApp]) -> None:
    app = make_app(theme="paper")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
    assert load_config().config.theme == "paper"
    app = make_app()
    async with app.run_test(size=SIZE):
        assert app.theme == "paper"


async def test_an_unknown_theme_keeps_the_saved_one(make_app: Callable[..., ReaderApp]) -> None:
    app = make_app(theme="midnight")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
    app = make_app(theme="no-such-theme")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "midnight"
        assert any(
            "Unknown theme 'no-such-theme'; using midnight." in n.message
            for n in app._notifications
        )
    assert load_config().config.theme == "midnight"


def test_the_title_leads_the_header_when_the_text_starts_with_it() -> None:
    from reader.article import ArticleBuilder
    from reader.ui.layout import layout_article

    builder = ArticleBuilder("x.txt")
    builder.add("title", "Council passes budget")
    builder.add("paragraph", "The town council passed a budget on Tuesday, the clerk said.")
    article = builder.build(title="Council passes budget", byline="By Ana Lopez")
    rows = [line.text for line in layout_article(article, 60).lines if line.text.strip()]
    assert rows[:3] == ["Council passes budget", "By Ana Lopez", "─" * 40]
    assert rows[3].startswith("The town council")


def test_the_sample_shows_its_title_above_its_date(
    make_app: Callable[..., ReaderApp],
) -> None:
    from reader.extract import load_article
    from tests.ui.sample import SAMPLE

    article = load_article(str(SAMPLE))
    assert article.blocks[0].kind == "title" and article.published
    from reader.ui.layout import layout_article

    rows = [line.text for line in layout_article(article, 72).lines if line.text.strip()]
    assert rows[0].startswith("Syrian Army retakes 70%")
    assert "2016" in rows[2] and rows[3].startswith("─")


async def test_a_long_title_ends_in_an_ellipsis_in_the_status_line(
    make_app: Callable[..., ReaderApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        status = str(app.screen.query_one("#status").render()).removeprefix(" TEXT ").lstrip()
        assert status.startswith("Syrian Army retakes 70% of E. Aleppo, evacuates over 1,200")
        assert "…" in status.split("%")[1]  # the title is cut with an ellipsis


async def test_a_text_without_a_title_names_its_file(tmp_path: object) -> None:
    from pathlib import Path

    from reader.extract import load_article

    path = Path(str(tmp_path)) / "minutes-of-the-meeting.txt"
    path.write_text(
        "the meeting opened at nine, and the chair said that the budget was late again.\n\n"
        "members agreed to meet once more on friday, when the figures would be ready.\n"
    )
    article = load_article(str(path))
    assert article.title is None
    app = ReaderApp(article=article)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        status = str(app.screen.query_one("#status").render()).removeprefix(" TEXT ").lstrip()
        assert status.startswith("minutes-of-the-meeting.txt")


async def test_highlight_toggles_are_worded_in_the_singular(
    make_app: Callable[..., ReaderApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("z", "q", "z", "p", "z", "n")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
    assert "Quote highlights off" in messages
    assert "People highlights off" in messages
    assert "Number highlights off" in messages


async def test_a_note_on_a_quote_in_the_notes_tab_label_note_and_quote_each_on_a_line(
    make_app: Callable[..., ReaderApp],
) -> None:
    from tests.ui.conftest import settle_workers
    from tests.ui.test_ui_notes import notes_ready

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await notes_ready(pilot, app)
        side = screen.query_one("SidePanel")
        side.show_tab("quotes")  # type: ignore[attr-defined]
        side.focus_list()  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("j", "j", "j", "j", "a", *"who said", "ctrl+s")
        await settle_workers(pilot, app)
        [item] = side.panel("notes").shown_items  # type: ignore[attr-defined]
        lines = item.prompt.plain.splitlines()
    assert lines[0].startswith("quote: ")
    assert lines[1] == "who said"  # the note starts its own line, not after the label
    assert lines[2].startswith("“") and not lines[2].startswith("““")
    assert lines[2].endswith("”") and not lines[2].endswith("””")


async def test_help_scrolls_with_g_G_and_space_and_wraps_under_its_text(
    make_app: Callable[..., ReaderApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        box = app.screen.query_one("#help-box")
        assert box.max_scroll_y > 0
        await pilot.press("space")
        await pilot.pause()
        assert box.scroll_y > 0
        await pilot.press("G")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert box.scroll_y == 0
        text = app.screen.query_one("#help-text")
        strips = text.render_lines(Region(0, 0, text.size.width, text.size.height))
        lines = ["".join(segment.text for segment in strip).rstrip() for strip in strips]
    # What is on screen: every line is a key, a group name, or a description that goes on
    # under itself (indented past the keys), never from the left edge.
    groups = {row.group for row in key_table()}
    shown = [line for line in lines[1:] if line.strip() and line not in groups]
    assert any(line.startswith(" " * 24) for line in shown), "nothing wrapped at 80 columns"
    assert all(line.startswith("  ") for line in shown), [
        line for line in shown if not line.startswith("  ")
    ]


async def test_help_over_the_library_lists_the_library_keys(article: object) -> None:
    import os
    from pathlib import Path

    from reader.notes.store import NoteStore

    with NoteStore.open(Path(os.environ["NEWSREADER_DATA_DIR"]) / "notes.sqlite3") as store:
        store.remember_article(article)  # type: ignore[arg-type]
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        text = str(app.screen.query_one("#help-text").render())
    assert "Library" in text and "Filter by title, site or note text" in text
    assert "Open the article from its saved copy" in text
    assert "Reading width" not in text and "Contents" not in text


def test_a_number_keeps_its_unit_in_messages_the_app_wraps() -> None:
    from reader.ui.screens.reader_screen import units_kept_whole

    assert (
        units_kept_whole("http://x/slow: timed out after 3 s")
        == "http://x/slow: timed out after 3s"
    )
    assert units_kept_whole("a wait of 250 ms") == "a wait of 250ms"
    assert units_kept_whole("after 3 seconds, 2 sources") == "after 3 seconds, 2 sources"


async def test_a_timeout_shows_its_unit_beside_its_number() -> None:
    from reader.extract.sources import LoadLimits
    from tests.http_server import serve
    from tests.ui.conftest import wait_until

    with serve() as base:
        app = ReaderApp(f"{base}/slow", limits=LoadLimits(timeout=0.5))
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_until(pilot, lambda: app.screen.query("#load-error"), "the error")
            shown = str(app.screen.query_one("#load-error").render())
    assert "0.5s" in shown


async def test_every_tab_is_on_screen_at_100_columns(make_app: Callable[..., ReaderApp]) -> None:
    from textual.widgets import TabbedContent

    from tests.ui.test_ui_notes import notes_ready

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await notes_ready(pilot, app)
        await settle(pilot)
        await pilot.pause()
        side = app.screen.query_one("#side-panel")
        tabs = side.query_one(TabbedContent)
        for tab_id in ("tab-quotes", "tab-people", "tab-numbers", "tab-notes"):
            tab = tabs.get_tab(tab_id)
            assert side.region.x <= tab.region.x and tab.region.right <= side.region.right, (
                tab_id,
                str(tab.label),
            )
        assert str(tabs.get_tab("tab-quotes").label).startswith("Quotes")  # the active one


async def test_the_text_is_centred_when_the_panel_is_hidden(
    make_app: Callable[..., ReaderApp],
) -> None:
    from reader.ui.widgets.article_view import ArticleView

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("p")
        for _ in range(3):
            await pilot.pause()
        view = app.screen.query_one(ArticleView)
        width = view.scrollable_content_region.width
        lines = [
            "".join(s.text for s in strip) for strip in view.render_lines(Region(0, 0, width, 20))
        ]
        prose = [line for line in lines if len(line.strip()) > 60]
        left = min(len(line) - len(line.lstrip()) for line in prose)
        right = min(len(line) - len(line.rstrip()) for line in prose)
        assert abs(left - right) <= 3, (left, right)
