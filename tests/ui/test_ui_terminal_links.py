"""End to end in a real terminal (tmux): follow a link to another page and come back.

Page A (served on 127.0.0.1) is long and links to page B far down; > moves to the link,
Enter opens B, backspace shows A again exactly as it was left.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.http_server import serve
from tests.ui.tmux import Terminal, start_reader

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

WIDTH, HEIGHT = 150, 40
TEXT_COLUMNS = 100
TOP_ROWS = 25  # notices appear at the bottom right; the rows above are the page itself


def _page_top(screen: str) -> list[str]:
    return [line[:TEXT_COLUMNS] for line in screen.splitlines()[:TOP_ROWS]]


@pytest.fixture
def reader_on_page_a(tmp_path: Path) -> Iterator[Terminal]:
    with serve() as base:
        term = start_reader(tmp_path, WIDTH, HEIGHT, source=f"{base}/links/a.html")
        try:
            yield term
        finally:
            term.kill()


def test_follow_a_link_and_come_back_to_the_same_place(reader_on_page_a: Terminal) -> None:
    term = reader_on_page_a
    term.wait_for(lambda s: "River floods the old town" in s, "page A")
    term.wait_for(lambda s: "Links 1" in s, "the panels, with a Links tab")

    term.type(">")
    at_link = term.wait_for(
        lambda s: "its flood report" in s and "Paragraph 1:" not in s, "the move to the link"
    )
    term.keys("Enter")
    term.wait_for(lambda s: "Flood report: the damage in figures" in s, "page B's title")
    term.wait_for(lambda s: "42 flooded homes" in s, "page B's text")

    term.keys("BSpace")
    back = term.wait_for(
        lambda s: "its flood report" in s and "Flood report:" not in s, "page A again"
    )
    assert _page_top(back) == _page_top(at_link)

    term.type("q")
    term.wait_for(lambda s: "River floods" not in s, "the reader to quit")
