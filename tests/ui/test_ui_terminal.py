"""End to end in a real terminal (tmux): open the sample, page, search, jump from a panel, quit.

Reads the screen with `tmux capture-pane`, polling with a timeout instead of sleeping.
"""

from __future__ import annotations

import shlex
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.sample import SAMPLE
from tests.ui.tmux import Terminal, start_reader

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
WIDTH, HEIGHT = 160, 45
TEXT_COLUMNS = 110  # the article's side of the screen; the panel is to the right


def text_side(screen: str) -> str:
    return "\n".join(line[:TEXT_COLUMNS] for line in screen.splitlines())


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[Terminal, Path]]:
    status = tmp_path / "exit-status"
    term = start_reader(tmp_path, WIDTH, HEIGHT, then=f"echo $? > {shlex.quote(str(status))}")
    try:
        yield term, status
    finally:
        term.kill()


def test_read_page_search_jump_and_quit(terminal: tuple[Terminal, Path]) -> None:
    from reader.analysis import analyze
    from reader.extract import load_article

    term, status = terminal
    article = load_article(str(SAMPLE))
    analysis = analyze(article.text)

    term.wait_for(
        lambda s: "Syrian Army retakes 70%" in s and "Syrian government forces" in s,
        "the title and the first paragraph",
    )
    term.wait_for(lambda s: "min left" in s, "the position line")

    term.keys("Space")
    paged = term.wait_for(
        lambda s: "Syrian government forces" not in s[: len(s) - 200], "a page down"
    )
    assert "Syrian Army retakes 70%" not in paged.split("\n")[0]

    term.keys("/")
    term.wait_for(lambda s: "Search (Enter" in s, "the search bar")
    term.type("Zakharova")
    term.keys("Enter")
    count = article.text.count("Zakharova")
    term.wait_for(lambda s: f"“Zakharova” 1/{count} (n/N)" in s, "the first match")
    term.wait_for(
        lambda s: "Zakharova" in text_side(s),
        "the match in the text",
    )

    term.keys("g")
    term.keys("Tab")  # one tab: from the article to the quotes list
    if analysis.quotes:
        term.keys("G", "Enter")
        last = max(analysis.quotes, key=lambda q: q.start)
        words = " ".join(last.text.split()[:3])
        term.wait_for(
            lambda s: words in text_side(s),
            f"the jump to the quote {words!r}",
        )
    else:
        term.wait_for(lambda s: "No quotes found." in s, "an empty quotes panel that says so")
        term.keys("Right", "Right")  # to the numbers tab
        term.wait_for(lambda s: "No numbers found." in s or "Numbers" in s, "the numbers tab")

    term.keys("q")
    deadline = time.monotonic() + 15
    while not status.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert status.exists(), "the app did not quit"
    assert status.read_text().strip() == "0"
