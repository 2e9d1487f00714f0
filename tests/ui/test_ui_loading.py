"""Loading and analysis run in workers; errors show in the app, which stays usable."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ui.app import ReaderApp
from reader.ui.notes_library import LibraryScreen
from reader.ui.widgets.article_view import ArticleView
from tests.ui.conftest import wait_until
from tests.ui.sample import SAMPLE

pytestmark = pytest.mark.anyio


async def test_loads_a_file_in_a_worker() -> None:
    app = ReaderApp(str(SAMPLE))
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_until(pilot, lambda: app.screen.query(ArticleView), "the article")
        view = app.screen.query_one(ArticleView)
        assert "Syrian government forces" in view.article.text
        assert app.focused is view
        await wait_until(pilot, lambda: app.screen.analysis is not None, "the analysis")  # type: ignore[attr-defined]
        assert view.analysis is app.screen.analysis  # type: ignore[attr-defined]


async def test_bad_source_is_a_message_and_q_quits(tmp_path: Path) -> None:
    app = ReaderApp(str(tmp_path / "missing.html"))
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_until(pilot, lambda: app.screen.query("#load-error"), "the error message")
        assert any(n.severity == "error" for n in app._notifications)
        await pilot.press("j", "slash", "t", "question_mark", "escape")
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 2


async def test_reads_stdin_bytes() -> None:
    page = (
        b"<html><head><title>Piped</title></head><body><article><p>" + b"Words from a pipe. " * 40
    )
    page += b"</p></article></body></html>"
    app = ReaderApp("-", stdin=page)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_until(pilot, lambda: app.screen.query(ArticleView), "the article")
        assert "Words from a pipe." in app.screen.query_one(ArticleView).article.text


async def test_no_source_shows_how_to_open_one() -> None:
    app = ReaderApp(None)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        # Without an article the (empty) library opens, saying how to open one.
        assert isinstance(app.screen, LibraryScreen)
        assert "newsreader page.html" in str(app.screen.query_one("#library-empty").render())
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_slow_load_shows_a_loading_indicator(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from textual.widgets import LoadingIndicator

    import reader.extract

    release = threading.Event()
    real = reader.extract.load_article

    def slow_load(source: str, **kwargs: object) -> object:
        release.wait(10)
        return real(source, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reader.extract, "load_article", slow_load)
    app = ReaderApp(str(SAMPLE))
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_until(pilot, lambda: app.screen.query(LoadingIndicator), "the loading indicator")
        await pilot.press("question_mark", "escape")  # the app answers keys meanwhile
        assert not app.screen.query(ArticleView)
        release.set()
        await wait_until(pilot, lambda: app.screen.query(ArticleView), "the article")
        assert not app.screen.query(LoadingIndicator)


async def test_failed_analysis_is_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.analysis

    def broken(text: str) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(reader.analysis, "analyze", broken)
    app = ReaderApp(str(SAMPLE))
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_until(
            pilot,
            lambda: any("Analysis failed" in n.message for n in app._notifications),
            "a message",
        )
        await pilot.press("j")
        assert app.screen.query_one(ArticleView).scroll_y == 1


async def test_size_limit_reaches_the_reader(tmp_path: Path) -> None:
    """--max-size applies in the reader too: a page over the limit is a message, not a load."""
    from reader.extract.sources import LoadLimits

    page = tmp_path / "big.txt"
    page.write_text("A Big Story\n\n" + "The council met and voted, the clerk said. " * 200)
    app = ReaderApp(str(page), limits=LoadLimits(max_bytes=1024))
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_until(pilot, lambda: app.screen.query("#load-error"), "the error message")
        message = str(app.screen.query_one("#load-error").render())
        assert "larger than the 1 KiB limit" in message
        assert not app.screen.query(ArticleView)


async def test_slow_url_says_what_is_happening_and_esc_stops_it() -> None:
    """A URL that takes long shows the host and the bytes so far; esc stops the download."""
    from tests.http_server import serve

    with serve() as base:
        app = ReaderApp(f"{base}/trickle?every=0.05")
        async with app.run_test(size=(120, 30)) as pilot:

            def status() -> str:
                found = app.screen.query("#load-status")
                return str(found.first().render()) if found else ""

            await wait_until(pilot, lambda: "Fetching 127.0.0.1… " in status(), "the progress")
            first = status()
            await wait_until(pilot, lambda: status() != first, "the byte count to grow")
            assert status().endswith(" B") or status().endswith(" KB")
            await pilot.press("escape")
            await wait_until(pilot, lambda: app.screen.query("#load-error"), "the stop message")
            assert "loading stopped" in str(app.screen.query_one("#load-error").render())
            assert not app.screen.query(ArticleView)
            await pilot.press("q")
            await pilot.pause()
        assert app.return_code == 2


async def test_slow_cleaning_says_cleaning(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import reader.extract

    release = threading.Event()
    real = reader.extract.article_from_bytes

    def slow_clean(data: bytes, **kwargs: object) -> object:
        release.wait(10)
        return real(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reader.extract, "article_from_bytes", slow_clean)
    app = ReaderApp(str(SAMPLE))
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_until(
            pilot,
            lambda: (
                "Cleaning…" in str(app.screen.query_one("#load-status").render())
                if app.screen.query("#load-status")
                else False
            ),
            "Cleaning…",
        )
        release.set()
        await wait_until(pilot, lambda: app.screen.query(ArticleView), "the article")


async def test_ctrl_c_quits_but_copies_in_a_text_box() -> None:
    app = ReaderApp(str(SAMPLE))
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_until(pilot, lambda: app.screen.query(ArticleView), "the article")
        await pilot.press("slash", "a", "ctrl+c")  # in the search box: copy, not quit
        await pilot.pause()
        assert app.is_running
        await pilot.press("escape", "ctrl+c")
        await pilot.pause()
        assert not app.is_running


async def test_no_reading_position_before_an_article_is_there(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """While a page loads, and after it failed, the status line claims no position: '0% · done'
    told a new user the (absent) article had been read to the end."""
    import threading

    import reader.extract
    from reader.errors import SourceError

    release = threading.Event()

    def slow_load(source: str, **kwargs: object) -> object:
        release.wait(10)
        raise SourceError(f"{source}: timed out after 3 s")

    monkeypatch.setattr(reader.extract, "load_article", slow_load)
    app = ReaderApp(str(tmp_path / "page.html"))
    async with app.run_test(size=(100, 30)) as pilot:

        def status() -> str:
            return str(app.screen.query_one("#status").render())

        await wait_until(pilot, lambda: app.screen.query("#load-status"), "the loading message")
        assert "TEXT" in status() and "%" not in status() and "done" not in status()
        release.set()
        await wait_until(pilot, lambda: app.screen.query("#load-error"), "the error message")
        assert "%" not in status() and "done" not in status()
