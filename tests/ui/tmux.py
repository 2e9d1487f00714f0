"""The reader in a real terminal: a private tmux server (`-L`), read with `capture-pane`.

The user's own tmux and its options never affect a test; COLUMNS/LINES are dropped from the
environment (Pilot tests earlier in a worker may have left them, and Textual would take
them as the terminal's size).
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from tests.ui.sample import ROOT, SAMPLE


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

    def coloured_screen(self) -> str:
        """The screen with its colours (-e); -N keeps trailing cells, so a row the app left
        to the terminal shows as such."""
        return self.tmux("capture-pane", "-e", "-p", "-N", "-t", self.session).rstrip("\n")

    def resize(self, width: int, height: int) -> None:
        self.tmux("resize-window", "-t", self.session, "-x", str(width), "-y", str(height))

    def kill(self) -> None:
        subprocess.run(["tmux", "-L", self.session, "kill-server"], capture_output=True, timeout=10)


def start_reader(
    tmp_path: Path,
    width: int,
    height: int,
    *args: str,
    then: str = "true",
    source: str | None = None,
) -> Terminal:
    """Open the sample article, or `source`, (with `args`) at width x height; `then` runs
    after it exits."""
    session = f"newsreader-test-{uuid.uuid4().hex[:8]}"
    env = {
        "NEWSREADER_CONFIG_DIR": str(tmp_path / "config"),
        "NEWSREADER_DATA_DIR": str(tmp_path / "data"),
        "TERM": "xterm-256color",
    }
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    command = (
        f"cd {shlex.quote(str(ROOT))} && {exports} {shlex.quote(sys.executable)} -m reader "
        f"{shlex.quote(source or str(SAMPLE.relative_to(ROOT)))} {shlex.join(args)}; "
        f"{then}; sleep 30"
    )
    new_session = ["new-session", "-d", "-s", session, "-x", str(width), "-y", str(height)]
    subprocess.run(
        ["tmux", "-L", session, "-f", "/dev/null", *new_session, command],
        check=True,
        timeout=10,
        env={k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX")},
    )
    term = Terminal(session)
    # Some tmux versions size a detached session from default-size, not -x/-y.
    term.tmux("set-option", "-t", session, "window-size", "manual")
    term.resize(width, height)
    return term
