"""End to end in tmux: `q` and `ctrl+c` end the process within a second, whatever a worker is
doing (a download, a cleaning or an analysis that never ends), and a slow load shows what is
happening meanwhile.

What never ends is a busy loop patched in before `main()`, so the tests do not depend on how
fast the real cleaning or analysis is on this machine.
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

from tests.http_server import serve
from tests.ui.sample import ROOT, SAMPLE
from tests.ui.test_ui_terminal import Terminal

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

NEVER_ENDING_ANALYSIS = (
    "import reader.analysis\n"
    "def spin(text):\n"
    "    while True:\n"
    "        sum(range(1000))\n"
    "reader.analysis.analyze = spin\n"
)

NEVER_ENDING_CLEANING = (
    "import reader.extract\n"
    "def spin(data, **kwargs):\n"
    "    while True:\n"
    "        sum(range(1000))\n"
    "reader.extract.article_from_bytes = spin\n"
)

# Seconds from the key to the shell seeing the exit status. A normal quit takes ~0.3 s, ~0.9 s
# with the machine's 2 cores loaded 4x; the bound leaves room for that. The old code never
# exited (10 s here).
QUIT_BOUND_S = 2.5

Launch = Callable[[list[str], str], tuple[Terminal, Path]]


@pytest.fixture
def launch(tmp_path: Path) -> Iterator[Launch]:
    sessions: list[str] = []

    def start(args: list[str], prelude: str = "") -> tuple[Terminal, Path]:
        session = f"newsreader-quit-{uuid.uuid4().hex[:8]}"
        sessions.append(session)
        status = tmp_path / f"{session}.status"
        env = {
            "NEWSREADER_CONFIG_DIR": str(tmp_path / "config"),
            "NEWSREADER_DATA_DIR": str(tmp_path / "data"),
            "TERM": "xterm-256color",
        }
        program = prelude + f"import sys\nfrom reader.cli import main\nsys.exit(main({args!r}))\n"
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        command = (
            f"cd {shlex.quote(str(ROOT))} && {exports} {shlex.quote(sys.executable)} -c "
            f"{shlex.quote(program)}; echo $? > {shlex.quote(str(status))}; sleep 30"
        )
        subprocess.run(
            [
                *("tmux", "-L", session, "-f", "/dev/null", "new-session", "-d"),
                *("-s", session, "-x", "120", "-y", "30", command),
            ],
            check=True,
            timeout=10,
            env={k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX")},
        )
        return Terminal(session), status

    yield start
    for session in sessions:
        subprocess.run(["tmux", "-L", session, "kill-server"], capture_output=True, timeout=10)


def exit_time(term: Terminal, status: Path, *keys: str) -> float:
    """Press `keys`; seconds until the process has exited (or 10 if it has not)."""
    start = time.monotonic()
    term.keys(*keys)
    while not status.exists() and time.monotonic() - start < 10:
        time.sleep(0.02)
    return time.monotonic() - start


@pytest.mark.parametrize("key", ["q", "C-c"])
def test_quit_during_a_download_that_never_ends(launch: Launch, key: str) -> None:
    with serve() as base:
        term, status = launch([f"{base}/trickle?every=0.5", "--timeout", "600"], "")
        term.wait_for(lambda s: "Fetching 127.0.0.1…" in s, "the download's progress")
        assert exit_time(term, status, key) < QUIT_BOUND_S
    assert status.read_text().strip() in ("0", "2")


@pytest.mark.parametrize("key", ["q", "C-c"])
def test_quit_during_an_analysis_that_never_ends(launch: Launch, key: str) -> None:
    term, status = launch([str(SAMPLE)], NEVER_ENDING_ANALYSIS)
    term.wait_for(lambda s: "Syrian government forces" in s, "the article")
    time.sleep(0.3)  # the analysis is running now
    assert exit_time(term, status, key) < QUIT_BOUND_S
    assert status.read_text().strip() == "0"


def test_q_during_a_cleaning_that_never_ends(launch: Launch) -> None:
    term, status = launch([str(SAMPLE)], NEVER_ENDING_CLEANING)
    term.wait_for(lambda s: "Cleaning…" in s, "the cleaning step on screen")
    assert exit_time(term, status, "q") < QUIT_BOUND_S
