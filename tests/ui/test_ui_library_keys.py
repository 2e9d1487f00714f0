"""The library's keys: `/` filters (as in the panels and in `less`), esc only where it leads."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reader.article import Article
from reader.notes.store import NoteStore
from reader.ui.app import ReaderApp
from reader.ui.notes_library import LibraryScreen
from tests.ui.conftest import database, settle_workers
from tests.ui.screen import screen_text as screen_text_of

SIZE = (140, 40)
pytestmark = pytest.mark.anyio


def _remember(article: Article) -> None:
    with NoteStore.open(database()) as store:
        store.remember_article(article)


def _footer(app: ReaderApp) -> list[str]:
    from textual.widgets._footer import FooterKey

    return [key.description for key in app.screen.query(FooterKey)]


async def test_letters_do_not_filter_slash_does(article: Article) -> None:
    _remember(article)
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle_workers(pilot, app)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await pilot.press(*"zzz")
        await settle_workers(pilot, app)
        assert [s.title for s in library.articles] == [article.title]
        assert library.query_one("#library-filter", Input).value == ""
        await pilot.press("slash", *"aleppo")
        await settle_workers(pilot, app)
        assert library.query_one("#library-filter", Input).value == "aleppo"
        assert [s.title for s in library.articles] == [article.title]


async def test_the_standalone_library_offers_no_back_it_cannot_do(article: Article) -> None:
    _remember(article)
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle_workers(pilot, app)
        assert "Back" not in _footer(app)
        await pilot.press("slash", "x")
        await settle_workers(pilot, app)
        assert "Back" in _footer(app)  # esc clears the filter
        await pilot.press("escape")
        await settle_workers(pilot, app)
        assert app.screen.query_one("#library-filter", Input).value == ""
        assert "Back" not in _footer(app)
        assert isinstance(app.screen, LibraryScreen)


async def test_filtering_reads_positions_and_feeds_once_and_a_return_refreshes_them(
    article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.feeds.store
    import reader.positions
    from reader.notes.identity import article_identity
    from reader.positions import ReadingPosition, save_position
    from tests.ui.conftest import wait_until
    from tests.ui.screen import screen_text

    _remember(article)
    reads: list[str] = []
    load_positions, feeds = reader.positions.load_positions, reader.feeds.store.FeedStore.feeds

    def counted_positions(*args: object) -> object:
        reads.append("positions")
        return load_positions(*args)  # type: ignore[arg-type]

    def counted_feeds(self: object) -> object:
        reads.append("feeds")
        return feeds(self)  # type: ignore[arg-type]

    monkeypatch.setattr(reader.positions, "load_positions", counted_positions)
    monkeypatch.setattr(reader.feeds.store.FeedStore, "feeds", counted_feeds)
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle_workers(pilot, app)
        assert sorted(reads) == ["feeds", "positions"]
        await pilot.press("slash", *"aleppo")
        await settle_workers(pilot, app)
        assert "1 saved article match “aleppo”" in screen_text(app)
        assert sorted(reads) == ["feeds", "positions"]  # not once more per letter
        await pilot.press("enter", "question_mark")  # another screen over the library…
        await pilot.pause()
        save_position(article_identity(article), ReadingPosition(0, 0, 0, 40))
        await pilot.press("escape")  # …and back: what was read meanwhile shows
        await wait_until(pilot, lambda: "40% read" in screen_text(app), "the new position")
        assert sorted(reads) == ["feeds", "feeds", "positions", "positions"]


async def test_an_empty_library_offers_no_filter_and_q_still_quits() -> None:
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle_workers(pilot, app)
        assert "No saved articles yet" in " ".join(screen_text_of(app).split())
        assert "Filter" not in _footer(app) and "Delete" not in _footer(app)
        await pilot.press("slash", "q")  # nothing to filter: q is not typed into a hidden box
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


async def test_each_entry_keeps_to_its_two_rows_at_80_columns(article: Article) -> None:
    """A title of wide (CJK) characters and a long file name are clipped by terminal cells:
    each entry is a title row and a details row, its note count still on screen."""
    from rich.cells import cell_len

    from reader.article import ArticleBuilder
    from tests.ui.screen import screen_lines

    wide = "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유 그리고 더 긴 제목과 부제목"
    builder = ArticleBuilder("/x/" + "d" * 120)
    builder.add("paragraph", "엘제이의 리벤지인가, 류화영의 코스프레인가.")
    _remember(builder.build(title=wide))
    _remember(article)
    app = ReaderApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_workers(pilot, app)
        await pilot.pause()
        lines = screen_lines(app)
        titles = [n for n, line in enumerate(lines) if "엘제이" in line or "Syrian Army" in line]
        assert len(titles) == 2, "\n".join(lines)
        for row in titles:
            assert cell_len(lines[row]) == 80
            assert lines[row].rstrip(" ▎").endswith("…"), lines[row]
            assert lines[row + 1].rstrip(" ▎").endswith("0 notes"), lines[row + 1]
        assert titles[1] == titles[0] + 2, "\n".join(lines)  # no row wrapped
        await pilot.resize_terminal(140, 24)  # wider: clipped again, to the new width
        await pilot.pause()
        await pilot.pause()
        assert f"{article.title}  " in screen_text_of(app)


async def test_o_opens_a_file_typed_in_the_library(tmp_path: object, article: Article) -> None:
    """`o` asks for a file or URL on one line and opens it as `newsreader PATH` would; the
    `/` of a path is typed into the box, not taken as the filter key."""
    from pathlib import Path

    from reader.ui.screens.reader_screen import ReaderScreen
    from tests.ui.conftest import wait_until

    assert isinstance(tmp_path, Path)
    page = tmp_path / "story.txt"
    page.write_text("Rain in Leeds\n\nIt rained in Leeds all week, the council said.\n")
    _remember(article)
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle_workers(pilot, app)
        assert "Open" in _footer(app)
        await pilot.press("o")
        await pilot.pause()
        assert "file or URL" in screen_text_of(app)
        await pilot.press(*str(page), "enter")
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, ReaderScreen) and "rained in Leeds" in screen_text_of(app)
            ),
            "the typed file in a reader",
        )


async def test_o_with_a_missing_file_says_so_and_stays_in_the_library(tmp_path: object) -> None:
    from tests.ui.conftest import wait_until

    missing = f"{tmp_path}/no-such-story.txt"
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle_workers(pilot, app)
        assert "Press o to open a file or URL here" in " ".join(screen_text_of(app).split())
        await pilot.press("o")
        await pilot.pause()
        assert "esc gives up" in screen_text_of(app)
        await pilot.press(*missing, "enter")
        await wait_until(
            pilot, lambda: "no-such-story.txt" in screen_text_of(app), "the error message"
        )
        assert isinstance(app.screen, LibraryScreen)
        assert "Traceback" not in screen_text_of(app)
        await pilot.press("o", "x", "escape")  # esc gives the box up
        await pilot.pause()
        assert "esc gives up" not in screen_text_of(app)  # the box's prompt
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


async def test_a_failed_open_s_error_goes_when_the_next_open_succeeds(tmp_path: object) -> None:
    """The error of a mistyped path must not stay over the article opened next."""
    from reader.ui.screens.reader_screen import ReaderScreen
    from tests.ui.conftest import wait_until

    page = f"{tmp_path}/story.txt"
    with open(page, "w", encoding="utf-8") as out:
        out.write("Rain in Leeds\n\nIt rained in Leeds all week, the council said.\n")
    app = ReaderApp()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle_workers(pilot, app)
        await pilot.press("o", *f"{tmp_path}/no-such-story.txt", "enter")
        await wait_until(pilot, lambda: "no such file" in screen_text_of(app), "the error")
        await pilot.press("o", *page, "enter")
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, ReaderScreen) and "rained in Leeds" in screen_text_of(app)
            ),
            "the typed file in a reader",
        )
        await pilot.pause()
        assert "no such file" not in screen_text_of(app)
