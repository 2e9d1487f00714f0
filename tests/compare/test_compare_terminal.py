"""End to end in a real terminal (tmux): `newsreader compare A B`, jump to a difference, quit."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.compare.pairs import long_texts
from tests.conftest import ROOT
from tests.ui.test_ui_terminal import Terminal

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
WIDTH, HEIGHT = 140, 40


def _halves(screen: str) -> tuple[str, str]:
    rows = screen.splitlines()
    # Row 0 names each article; the texts end where the list of differences' border starts.
    end = next((i for i, row in enumerate(rows) if "▔▔▔" in row), len(rows))
    rows = rows[1:end]
    return "\n".join(r[: WIDTH // 2] for r in rows), "\n".join(r[WIDTH // 2 :] for r in rows)


def test_compare_opens_and_jumps_to_a_difference(tmp_path: Path) -> None:
    text_a, text_b = long_texts("number", "person_b")
    (tmp_path / "a.txt").write_text(text_a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text_b, encoding="utf-8")
    session = f"newsreader-compare-{uuid.uuid4().hex[:8]}"
    status = tmp_path / "exit-status"
    command = (
        f"cd {shlex.quote(str(ROOT))} && NEWSREADER_DATA_DIR={shlex.quote(str(tmp_path))} "
        f"NEWSREADER_CONFIG_DIR={shlex.quote(str(tmp_path))} TERM=xterm-256color "
        f"{shlex.quote(sys.executable)} -m reader compare {tmp_path / 'a.txt'} "
        f"{tmp_path / 'b.txt'}; echo $? > {shlex.quote(str(status))}; sleep 30"
    )
    subprocess.run(
        ["tmux", "-L", session, "-f", "/dev/null", "new-session", "-d", "-s", session,
         "-x", str(WIDTH), "-y", str(HEIGHT), command],
        check=True,
        timeout=10,
        env={k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX")},
    )  # fmt: skip
    term = Terminal(session)
    try:
        term.tmux("set-option", "-t", session, "window-size", "manual")
        term.tmux("resize-window", "-t", session, "-x", str(WIDTH), "-y", str(HEIGHT))
        # The first difference is chosen on opening: both texts are scrolled to the figure.
        screen = term.wait_for(lambda s: "Number changed" in s, "the list of differences")
        screen = term.wait_for(lambda s: "1,224" in _halves(s)[0], "A scrolled to 1,224")
        left, right = _halves(screen)
        assert "1,200" in right and "1,200" not in left
        assert "Talks resume in Geneva" not in left  # scrolled away from the top
        # j: the next difference, a person only B names, far below; B scrolls to it.
        assert "John Whitfield" not in _halves(screen)[1]
        term.keys("j")
        term.wait_for(lambda s: "John Whitfield" in _halves(s)[1], "B scrolled to the new person")
        term.keys("q")
        term.wait_for(lambda _s: status.exists() and status.read_text().strip() == "0", "exit 0")
    finally:
        subprocess.run(["tmux", "-L", session, "kill-server"], capture_output=True, timeout=10)
