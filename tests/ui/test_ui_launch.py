"""Launching in a real terminal (tmux): a mistake at launch never opens the app.

Each bad input prints one line on stderr and exits 2 before the TUI starts; if the app opened
instead, the shell below would wait for `q` and the test would time out.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.http_server import serve
from tests.ui.sample import ROOT, SAMPLE

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start_tmux(script: str, home: Path | None = None) -> str:
    """Start `script` in a private tmux server at 160x45 (no COLUMNS/LINES); its name.

    `home` gives the app its own data and config directories.
    """
    name = f"newsreader-launch-{uuid.uuid4().hex[:8]}"
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX")}
    env["TERM"] = "xterm-256color"
    if home is not None:
        env["NEWSREADER_DATA_DIR"] = str(home / "data")
        env["NEWSREADER_CONFIG_DIR"] = str(home / "config")
    subprocess.run(
        [
            *("tmux", "-L", name, "-f", "/dev/null", "new-session", "-d", "-s", name),
            *("-x", "160", "-y", "45", f"sh -c {shlex.quote(script)}; sleep 30"),
        ],
        check=True,
        timeout=10,
        env=env,
    )
    return name


def _run_in_tmux(script: str, done: Path, timeout: float = 30) -> str:
    """Run `script` in a private tmux server; return the screen once `done` exists."""
    name = _start_tmux(script)
    try:
        deadline = time.monotonic() + timeout
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        screen = subprocess.run(
            ["tmux", "-L", name, "capture-pane", "-p", "-J", "-t", name],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout
        assert done.exists(), f"a launch error opened the app; the screen was:\n{screen}"
        return screen
    finally:
        subprocess.run(["tmux", "-L", name, "kill-server"], capture_output=True, timeout=10)


def test_launch_errors_print_one_line_exit_2_and_never_open_the_app(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "paper.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (tmp_path / "folder").mkdir()
    python = shlex.quote(sys.executable)
    with serve() as base:
        cases = [
            [str(tmp_path / "missing.html")],
            [str(tmp_path / "folder")],
            [str(tmp_path / "paper.pdf")],
            [str(tmp_path / "empty.html")],
            [f"http://127.0.0.1:{_closed_port()}/story.html"],
            [f"{base}/missing"],
            ["nonexistent-subcommand"],
            ["analyse", str(SAMPLE)],
        ]
        lines = [f"cd {shlex.quote(str(ROOT))}"]
        for number, case in enumerate(cases):
            arguments = " ".join(shlex.quote(a) for a in case)
            lines.append(f"echo case{number}; {python} -m reader {arguments}; echo rc=$?")
        lines.append(f"touch {shlex.quote(str(tmp_path / 'done'))}")
        screen = _run_in_tmux("\n".join(lines), tmp_path / "done")
    # Each case: its marker, exactly one "newsreader: …" line, then the exit status.
    body = [line for line in screen.splitlines() if line.strip()]
    for number in range(len(cases)):
        start = body.index(f"case{number}")
        assert body[start + 1].startswith("newsreader: "), body[start : start + 3]
        assert body[start + 2] == "rc=2", body[start : start + 3]
    text = "\n".join(body)
    assert "no such file" in text and "is a directory" in text and "a PDF document" in text
    assert "empty input" in text and "HTTP 404" in text
    assert "unknown command 'analyse' (did you mean 'analyze'?)" in text


def _tmux(name: str, *args: str) -> str:
    return subprocess.run(
        ["tmux", "-L", name, *args], capture_output=True, text=True, timeout=10, check=False
    ).stdout


def _wait(name: str, check: Callable[[str], bool], what: str, timeout: float = 20) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux(name, "capture-pane", "-p", "-t", name)
        if check(screen):
            return screen
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}; the screen was:\n{screen}")


def _first_hit_is(command: str) -> Callable[[str], bool]:
    """The palette's first hit (the line after the typed query) is `command`."""

    def check(screen: str) -> bool:
        lines = [line.strip() for line in screen.splitlines() if line.strip()]
        typed = [i for i, line in enumerate(lines) if line.endswith(command)]
        return bool(typed) and typed[0] + 1 < len(lines) and lines[typed[0] + 1] == command

    return check


def _focus_the_quotes_list_and_open_its_filter(name: str) -> None:
    """The palette puts the focus on the quotes list, whatever the tab order is; the focus
    moves a moment after the palette closes, so `/` is tried again if it came too soon."""
    for _ in range(3):
        _tmux(name, "send-keys", "-t", name, "C-p")
        _wait(name, lambda s: "Search for commands" in s, "the palette")
        _tmux(name, "send-keys", "-t", name, "-l", "Panel: quotes")
        _wait(name, _first_hit_is("Panel: quotes"), "the command at the top of the list")
        _tmux(name, "send-keys", "-t", name, "Enter")
        _wait(name, lambda s: "Search for commands" not in s, "the palette closed")
        time.sleep(0.2)
        _tmux(name, "send-keys", "-t", name, "/")
        try:
            _wait(name, lambda s: "Filter (enter" in s, "the filter", timeout=3)
            return
        except AssertionError:
            _tmux(name, "send-keys", "-t", name, "Escape")  # e.g. the search bar opened
    raise AssertionError("/ never opened the panel's filter")


def test_slash_filters_a_panel_and_the_library(tmp_path: Path) -> None:
    done = tmp_path / "done"
    python = shlex.quote(sys.executable)
    sample = shlex.quote(str(SAMPLE))
    script = f"cd {shlex.quote(str(ROOT))}; {python} -m reader {sample}; {python} -m reader; "
    script += f"touch {shlex.quote(str(done))}"
    name = _start_tmux(script, tmp_path)
    try:
        _wait(name, lambda s: "Quotes " in s and "min left" in s, "the reader and its panel")
        _focus_the_quotes_list_and_open_its_filter(name)
        _tmux(name, "send-keys", "-t", name, "-l", "haidar")
        # p, a and s are letters of the filter here, not keys: the panel stays, filtered.
        screen = _wait(name, lambda s: re.search(r"Quotes \d+/\d+", s) is not None, "n/m")
        assert "Ali Haidar" in screen
        _tmux(name, "send-keys", "-t", name, "Escape")
        _wait(name, lambda s: re.search(r"Quotes \d+ ", s) is not None, "the filter cleared")
        _tmux(name, "send-keys", "-t", name, "Escape")
        time.sleep(0.3)  # escape then q at once would read as alt+q
        _tmux(name, "send-keys", "-t", name, "q")
        _wait(name, lambda s: "saved article" in s, "the library")
        _tmux(name, "send-keys", "-t", name, "z")  # a letter alone does not filter
        _tmux(name, "send-keys", "-t", name, "/")
        _tmux(name, "send-keys", "-t", name, "-l", "aleppo")
        _wait(name, lambda s: "1 saved article match “aleppo”" in s, "the filtered library")
        _tmux(name, "send-keys", "-t", name, "-l", "qq")
        _wait(name, lambda s: "0 saved articles match “aleppoqq”" in s, "no match")
        _tmux(name, "send-keys", "-t", name, "Escape")
        _wait(name, lambda s: "1 saved article." in s, "the filter cleared")
        _tmux(name, "send-keys", "-t", name, "q")
        deadline = time.monotonic() + 15
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert done.exists(), "q did not quit the library"
    finally:
        subprocess.run(["tmux", "-L", name, "kill-server"], capture_output=True, timeout=10)


def test_letters_typed_right_after_slash_reach_the_search_bar(tmp_path: Path) -> None:
    """`/Zakharova` typed at once: every letter is in the bar; none acts as a key (a, h, v)."""
    python, sample = shlex.quote(sys.executable), shlex.quote(str(SAMPLE))
    name = _start_tmux(f"cd {shlex.quote(str(ROOT))}; {python} -m reader {sample}", tmp_path)
    try:
        _wait(name, lambda s: "Syrian government forces" in s, "the article")
        time.sleep(0.5)
        _tmux(name, "send-keys", "-t", name, "/")
        _tmux(name, "send-keys", "-t", name, "-l", "Zakharova")
        _wait(name, lambda s: "▊  Zakharova" in s, "every letter in the search bar", 10)
    finally:
        subprocess.run(["tmux", "-L", name, "kill-server"], capture_output=True, timeout=10)
