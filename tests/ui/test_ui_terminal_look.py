"""End to end in tmux: how the reader looks at first contact (issue 16 items 1, 2, 6-8).

Each test starts the app in a private tmux server at a given size and theme and reads the
screen with `capture-pane` (`-e` for colours), polling with a timeout instead of sleeping.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.ui.sgr import default_background_rows
from tests.ui.tmux import Terminal, start_reader

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
FIRST_LINE = "Syrian government forces have liberated 15 more eastern Aleppo"


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Callable[..., Terminal]]:
    started: list[Terminal] = []

    def run(width: int, height: int, *args: str) -> Terminal:
        term = start_reader(tmp_path, width, height, *args)
        started.append(term)
        term.wait_for(lambda s: "min left" in s, "the article and its position line")
        return term

    yield run
    for term in started:
        term.kill()


def test_the_confirm_dialog_shows_its_question(start: Callable[..., Terminal]) -> None:
    app = start(80, 24)
    app.wait_for(lambda s: "Notes 0" in s, "the notes tab (notes are open)")
    app.keys("v")
    app.wait_for(lambda s: "Select: j/k" in s, "visual mode")
    app.keys("a")
    app.wait_for(lambda s: "ctrl+s: save" in s, "the note editor")
    app.type("draft")
    app.wait_for(lambda s: "draft" in s, "the typed note")
    app.keys("Escape")
    screen = app.wait_for(lambda s: "Discard the changes" in s, "the discard question")
    assert "Discard the changes to this note?" in screen
    assert "y: yes   n / esc: no" in screen
    app.keys("n")
    app.wait_for(lambda s: "Discard the changes" not in s and "draft" in s, "back in the editor")


@pytest.mark.parametrize("theme", ["newsreader-light", "paper"])
@pytest.mark.parametrize("size", [(160, 45), (80, 24)])
def test_every_visible_cell_has_a_theme_background(
    start: Callable[..., Terminal], theme: str, size: tuple[int, int]
) -> None:
    app = start(*size, "--theme", theme)
    app.wait_for(lambda s: "Quotes " in s, "the panel")
    captured = app.coloured_screen()
    assert default_background_rows(captured, size[0]) == {}
    # The plain lines in particular: no reset to the terminal's default colours on them.
    article_lines = [
        line.split("▏")[0]
        for line in captured.split("\n")
        if "Aleppo" in line and "min left" not in line  # not the status line
    ]
    assert article_lines
    for line in article_lines:  # the text's side of the row (the panel's edge is ▏)
        assert "\x1b[39m" not in line and "\x1b[49m" not in line


def test_80x24_shows_the_keys_and_14_rows_of_text(start: Callable[..., Terminal]) -> None:
    app = start(80, 24)
    screen = app.wait_for(lambda s: "Quotes " in s and "? Keys" in s, "the panel strip")
    rows = screen.rstrip("\n").split("\n")
    assert "? Keys" in rows[-1] and "q Quit" in rows[-1]
    strip = next(y for y, row in enumerate(rows) if row.startswith("▔▔▔"))
    assert len([row for row in rows[:strip] if row.strip()]) >= 14
    # The text stays where it is when the panel opens and closes (same centring margin).
    column = next(row.find(FIRST_LINE) for row in rows if FIRST_LINE in row)
    app.keys("Tab")
    app.wait_for(lambda s: "PANEL" in s, "the panel opened")
    app.keys("Tab")
    screen = app.wait_for(lambda s: "TEXT" in s and FIRST_LINE in s, "back in the text")
    assert [row.find(FIRST_LINE) for row in screen.split("\n") if FIRST_LINE in row] == [column]


def test_resizing_rewraps_without_a_key(start: Callable[..., Terminal]) -> None:
    app = start(160, 45)
    app.wait_for(lambda s: FIRST_LINE in s, "the first paragraph")
    app.resize(80, 24)

    def rewrapped(screen: str) -> bool:
        rows = screen.rstrip("\n").split("\n")
        line = next((row for row in rows if FIRST_LINE[:20] in row), "")
        return len(rows) == 24 and FIRST_LINE in line and line.index(FIRST_LINE) < 8

    app.wait_for(rewrapped, "the text re-wrapped at 80 columns")
    app.resize(160, 45)
    app.wait_for(
        lambda s: any(row.find(FIRST_LINE) >= 15 for row in s.split("\n")),
        "the text centred again at 160 columns",
    )
