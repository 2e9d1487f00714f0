"""Resume where the reader left off: the same page on reopening, and "63% read" in the library."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import OptionList

from reader.article import Article
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_view import ArticleView
from tests.ui.conftest import settle, wait_until
from tests.ui.notices import record_notices, said
from tests.ui.sample import ROOT, SAMPLE

SIZE = (140, 40)


@pytest.mark.anyio
async def test_an_article_reopens_where_it_was_left(make_app: Callable[..., ReaderApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("5", "0", "percent_sign")
        view = app.screen.query_one(ArticleView)
        left_at, cursor = view.scroll_y, view.cursor
        assert left_at > 0
        await pilot.press("q")  # quitting at once still saves
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        again_notices = record_notices(again)
        await settle(pilot)
        view = again.screen.query_one(ArticleView)
        await wait_until(pilot, lambda: view.scroll_y == left_at, "the page it was left on")
        assert view.cursor == cursor
        assert said(again_notices, "Back where you left off")
        await pilot.press("apostrophe", "apostrophe")  # '' goes to the top
        assert view.scroll_y == 0


@pytest.mark.anyio
async def test_an_article_read_to_the_end_reopens_at_the_top(
    make_app: Callable[..., ReaderApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("G")
        await pilot.pause(1.3)  # saved a moment after the page stops
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.screen.query_one(ArticleView).scroll_y == 0


@pytest.mark.anyio
async def test_the_library_shows_how_far_each_article_was_read(
    make_app: Callable[..., ReaderApp], article: Article
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("5", "0", "percent_sign")
        await pilot.pause()
        percent = app.screen.query_one(ArticleView).position()[0]
        await pilot.press("L")
        await wait_until(
            pilot,
            lambda: app.screen.query(OptionList) and app.screen.query_one(OptionList).option_count,
            "the library",
        )
        shown = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert f"{percent}% read" in shown


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_resume_in_a_real_terminal(tmp_path: Path) -> None:
    """Open the sample in tmux, go half way, quit; open it again: the same page is shown."""
    from reader.ui.widgets.article_view import CURSOR_MARK
    from tests.ui.test_ui_terminal import HEIGHT, WIDTH, Terminal, text_side

    session = f"newsreader-resume-{uuid.uuid4().hex[:8]}"
    done = tmp_path / "done"
    env = {
        "NEWSREADER_CONFIG_DIR": str(tmp_path / "config"),
        "NEWSREADER_DATA_DIR": str(tmp_path / "data"),
        "TERM": "xterm-256color",
    }
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    run = f"{exports} {shlex.quote(sys.executable)} -m reader {shlex.quote(str(SAMPLE))}"
    command = (
        f"cd {shlex.quote(str(ROOT))} && {run}; {run}; touch {shlex.quote(str(done))}; sleep 30"
    )
    subprocess.run(
        [
            "tmux",
            "-L",
            session,
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            str(WIDTH),
            "-y",
            str(HEIGHT),
            command,
        ],
        check=True,
        timeout=10,
        env={k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX")},
    )
    term = Terminal(session)
    term.tmux("set-option", "-t", session, "window-size", "manual")
    term.tmux("resize-window", "-t", session, "-x", str(WIDTH), "-y", str(HEIGHT))
    try:
        term.wait_for(lambda s: "min left" in s, "the article")
        term.type("50%")
        term.wait_for(lambda s: "Syrian government forces" not in text_side(s), "half way down")
        time.sleep(0.3)
        page = text_side(term.screen()).splitlines()
        first_line = next(line for line in page if line.strip()).replace(CURSOR_MARK, "").strip()
        term.keys("q")
        term.wait_for(lambda s: "Back where you left off" in s, "the second run resuming")
        again = term.wait_for(
            lambda s: first_line in text_side(s).splitlines()[0], f"the same page ({first_line!r})"
        )
        assert "Syrian government forces" not in text_side(again)
        term.keys("q")
        deadline = time.monotonic() + 15
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert done.exists(), "the app did not quit"
    finally:
        subprocess.run(["tmux", "-L", session, "kill-server"], capture_output=True, timeout=10)
