"""The bytes the app writes to a real terminal hold no escape sequence taken from the article.

The app runs in tmux on an article full of escape sequences (window title, clipboard write,
hyperlinks, screen clears, 8-bit controls, bidi overrides); `pipe-pane` records every byte it
writes. Textual's own output is full of CSI sequences, which are fine; what must never appear is
an OSC 0/2 title, OSC 52 clipboard write or OSC 8 link, a C1 control, a bidi override, or any
payload text from the article's sequences.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile_corpus import escape_page

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

_OSC = re.compile(rb"(?:\x1b\]|\x9d)(\d*);?([^\x07\x1b]{0,200})")
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_BIDI_UTF8 = re.compile(rb"\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")  # U+202A-E, U+2066-9


def _tmux(*args: str, socket: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["tmux", "-L", socket, *args], capture_output=True, text=True, check=False, timeout=20
    )


def _wait_for(predicate, timeout: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.parametrize("as_entities", [False, True], ids=["raw", "entities"])
def test_no_escape_from_article_reaches_the_terminal(tmp_path: Path, as_entities: bool) -> None:
    page = tmp_path / "escapes.html"
    page.write_text(escape_page(as_entities=as_entities), encoding="utf-8")
    raw = tmp_path / "raw.bin"
    socket = f"nr-raw-{os.getpid()}-{int(as_entities)}"
    env_prefix = (
        f"NEWSREADER_DATA_DIR={tmp_path / 'data'} NEWSREADER_CONFIG_DIR={tmp_path / 'conf'} "
        f"PYTHONPATH={ROOT} TERM=xterm-256color"
    )
    command = f"{env_prefix} {sys.executable} -m reader {page}; sleep 30"
    # Unset COLUMNS/LINES: Textual takes them as the terminal's size over the pty's.
    command = f"unset COLUMNS LINES; {command}"
    _tmux("new-session", "-d", "-s", "raw", "-x", "120", "-y", "40", command, socket=socket)
    try:
        _tmux("pipe-pane", "-o", "-t", "raw", f"cat >> {raw}", socket=socket)
        screen = lambda: _tmux("capture-pane", "-p", "-t", "raw", socket=socket).stdout  # noqa: E731
        shown = _wait_for(lambda: "Escapes" in screen())
        # Move around so every part of the UI draws article text: the end, the panels,
        # search highlights (typed text is echoed, so the search term is a harmless word).
        for key in ("G", "g", "tab", "tab", "/", "c", "l", "e", "r", "k", "Enter", "n"):
            _tmux("send-keys", "-t", "raw", key, socket=socket)
        time.sleep(1.0)
        _tmux("send-keys", "-t", "raw", "Escape", socket=socket)
        _tmux("send-keys", "-t", "raw", "q", socket=socket)
        time.sleep(1.0)
    finally:
        _tmux("kill-server", socket=socket)
    data = raw.read_bytes()
    assert len(data) > 1000, "nothing was captured from the app"
    assert b"PWNED" not in data
    for number, payload in _OSC.findall(data):
        assert number not in (b"0", b"1", b"2", b"52", b"8"), (number, payload[:80])
    assert not _C1_UTF8.search(data)
    assert not _BIDI_UTF8.search(data)
    assert b"\x9b" not in data.replace(b"\xc2\x9b", b"")  # no raw 8-bit CSI
    assert b"evil.example" not in data
    assert shown, "the article never appeared on screen"
