"""End to end in a real terminal (tmux): open the sample, page, search, jump from a panel, quit.

Reads the screen with `tmux capture-pane`, polling with a timeout instead of sleeping.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.ui.sample import ROOT, SAMPLE

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
WIDTH, HEIGHT = 160, 45
TEXT_COLUMNS = 110  # the article's side of the screen; the panel is to the right


def text_side(screen: str) -> str:
    return "\n".join(line[:TEXT_COLUMNS] for line in screen.splitlines())


class Terminal:
    def __init__(self, session: str) -> None:
        self.session = session

    def tmux(self, *args: str) -> str:
        # A private server (-L): the user's own tmux and its options never affect the test.
        return subprocess.run(
            ["tmux", "-L", self.session, *args],
            check=True,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.session)

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.session, *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", self.session, "-l", text)

    def wait_for(self, check: Callable[[str], bool], what: str, timeout: float = 20) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            try:
                screen = self.screen()
            except subprocess.CalledProcessError:
                screen = ""
            if check(screen):
                return screen
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {what}; screen was:\n{screen}")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[Terminal, Path]]:
    session = f"newsreader-test-{uuid.uuid4().hex[:8]}"
    status = tmp_path / "exit-status"
    env = {
        "NEWSREADER_CONFIG_DIR": str(tmp_path / "config"),
        "NEWSREADER_DATA_DIR": str(tmp_path / "data"),
        "TERM": "xterm-256color",
    }
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    command = (
        f"cd {shlex.quote(str(ROOT))} && {exports} {shlex.quote(sys.executable)} -m reader "
        f"{shlex.quote(str(SAMPLE.relative_to(ROOT)))}; echo $? > {shlex.quote(str(status))}; "
        "sleep 30"
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
        # Pilot tests earlier in this worker may have left COLUMNS/LINES in the environment;
        # Textual would take them as the terminal's size.
        env={k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX")},
    )
    term = Terminal(session)
    # Some tmux versions size a detached session from default-size, not -x/-y.
    term.tmux("set-option", "-t", session, "window-size", "manual")
    term.tmux("resize-window", "-t", session, "-x", str(WIDTH), "-y", str(HEIGHT))
    try:
        yield term, status
    finally:
        subprocess.run(["tmux", "-L", session, "kill-server"], capture_output=True, timeout=10)


def test_read_page_search_jump_and_quit(terminal: tuple[Terminal, Path]) -> None:
    from reader.analysis import analyze
    from reader.pipeline import load_article

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
