"""End to end in tmux with NO_COLOR=1 (issue 15): each highlight kind reaches the terminal
with its own SGR attribute, read with `capture-pane -e`.

quote: italic (3) · person: bold (1) · number: double underline (4:2) · search match:
reverse (7) · current match: reverse and bold.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest

from tests.ui.tmux import Terminal, start_reader

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
_SGR = re.compile(r"\x1b\[([0-9;:]*)m")
# SGR code -> (attribute it turns on, or None; attributes it turns off)
_ON = {"1": "bold", "3": "italic", "4": "underline", "4:1": "underline", "4:2": "double"}
_ON |= {"21": "double", "7": "reverse", "53": "overline"}
_OFF = {"22": {"bold"}, "23": {"italic"}, "24": {"underline", "double"}, "4:0": {"underline"}}
_OFF |= {"27": {"reverse"}, "55": {"overline"}}
ALL = {"bold", "italic", "underline", "double", "reverse", "overline"}


def attribute_rows(captured: str) -> list[list[tuple[str, frozenset[str]]]]:
    """Each captured row as (character, attributes in force) per cell; state carries over."""
    rows: list[list[tuple[str, frozenset[str]]]] = []
    on: set[str] = set()
    for line in captured.split("\n"):
        row: list[tuple[str, frozenset[str]]] = []
        pos = 0
        for match in [*_SGR.finditer(line), None]:
            end = match.start() if match else len(line)
            row += [(char, frozenset(on)) for char in line[pos:end]]
            if match is None:
                break
            pos = match.end()
            codes = (match.group(1) or "0").split(";")
            while codes:
                code = codes.pop(0)
                if code in ("38", "48", "58"):  # an extended colour: its arguments follow
                    del codes[: 2 if codes[:1] == ["5"] else 4]
                elif code in ("", "0"):
                    on.clear()
                elif code in _ON:
                    on.add(_ON[code])
                elif code in _OFF:
                    on -= _OFF[code]
        rows.append(row)
    return rows


def attributes_of(rows: list[list[tuple[str, frozenset[str]]]], text: str, width: int) -> set:
    """The attribute sets of the cells showing `text` in the article (left of `width`)."""
    for row in rows:
        line = "".join(char for char, _ in row)[:width]
        at = line.find(text)
        if at >= 0:
            return {attrs for _, attrs in row[at : at + len(text)]}
    raise AssertionError(f"{text!r} not on screen")


def _analysed(term: Terminal) -> list[list[tuple[str, frozenset[str]]]]:
    """The screen once the analysis has marked the text (it arrives after the text)."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        captured = term.coloured_screen()
        if "\x1b[3m" in captured and "\x1b[4:2m" in captured:
            return attribute_rows(captured)
        time.sleep(0.05)
    raise AssertionError(f"no highlights drawn; screen was:\n{term.screen()}")


def test_each_kind_has_its_sgr_attribute_with_no_color(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    term = start_reader(tmp_path, 100, 60)
    try:
        term.wait_for(lambda s: "min left" in s, "the article")
        rows = _analysed(term)
        article = 64  # the text column; the panel is to its right
        assert attributes_of(rows, "liberated", article) == {frozenset()}
        assert attributes_of(rows, " 15 ", article) == {frozenset(), frozenset({"double"})}
        assert attributes_of(rows, "fully control", article) == {frozenset({"italic"})}
        assert attributes_of(rows, "Ali Haidar", article) == {frozenset({"bold"})}

        term.keys("/")
        term.wait_for(lambda s: "Search (Enter" in s, "the search bar")
        term.type("militants")
        term.keys("Enter")
        term.wait_for(lambda s: "“militants” 1/" in s, "the first match")
        rows = attribute_rows(term.coloured_screen())
        found = [
            frozenset(attrs)
            for row in rows
            for at in [m.start() for m in re.finditer("militants", "".join(c for c, _ in row))]
            if at < article
            for attrs in [{a for _, a in row[at : at + 9]}]
        ]
        # The first match is the current one; the others are plain matches.
        # (a match inside a quote is italic as well).
        assert sum("bold" in attrs for cells in found for attrs in cells) >= 1
        assert frozenset({frozenset({"reverse"})}) in found
        assert [cells for cells in found if any("bold" in a for a in cells)] == found[:1]
        for attrs in found:
            assert all("reverse" in a for a in attrs)
    finally:
        term.kill()
