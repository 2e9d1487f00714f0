"""File names are the user's, not ours to print raw: escape sequences in them never reach the
terminal from any command's output or error (issue 10 item 12)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli

EVIL = "evil\x1b]0;pwned\x07\x1b[2J\x9b31m\u202e"
PAGE = (
    "<html><head><title>Council</title></head><body><h1>Council votes</h1>"
    "<p>The council voted 7 to 2 on Tuesday night to close the bridge, the mayor said.</p>"
    "<p>More text here to make it an article of some length for the cleaner to keep.</p>"
    "</body></html>"
)


def assert_clean(output: bytes) -> None:
    text = output.decode("utf-8", "replace")
    for char in ("\x1b", "\x9b", "\x07", "\u202e"):
        assert char not in text, f"{char!r} reached the terminal in {text!r}"


def test_analyze_prints_a_file_name_with_escape_sequences_harmless(tmp_path: Path) -> None:
    page = tmp_path / f"{EVIL}.html"
    page.write_text(PAGE, encoding="utf-8")
    result = run_cli("analyze", str(page))
    assert result.returncode == 0, result.stderr
    assert b"Council votes" in result.stdout and b"evil" in result.stdout
    assert_clean(result.stdout)
    assert_clean(result.stderr)
