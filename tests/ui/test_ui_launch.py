"""Launching in a real terminal (tmux): a mistake at launch never opens the app.

Each bad input prints one line on stderr and exits 2 before the TUI starts; if the app opened
instead, the shell below would wait for `q` and the test would time out.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.http_server import serve
from tests.ui.sample import ROOT, SAMPLE

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run_in_tmux(script: str, done: Path, timeout: float = 30) -> str:
    """Run `script` in a private tmux server; return the screen once `done` exists."""
    name = f"newsreader-launch-{uuid.uuid4().hex[:8]}"
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX")}
    env["TERM"] = "xterm-256color"
    subprocess.run(
        [
            *("tmux", "-L", name, "-f", "/dev/null", "new-session", "-d", "-s", name),
            *("-x", "160", "-y", "45", f"sh -c {shlex.quote(script)}; sleep 30"),
        ],
        check=True,
        timeout=10,
        env=env,
    )
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
