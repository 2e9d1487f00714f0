"""Read `tmux capture-pane -e -p` output: the colours every visible cell is drawn with."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SGR = re.compile(r"\x1b\[([0-9;:]*)m")
DEFAULT = "default"


@dataclass(frozen=True, slots=True)
class Cell:
    row: int
    column: int
    char: str
    foreground: str
    background: str


def _colour(codes: list[int], index: int) -> tuple[str, int]:
    """The colour an extended code (38/48) starts at `index`, and how many codes it takes."""
    if index + 1 < len(codes) and codes[index + 1] == 5 and index + 2 < len(codes):
        return f"256:{codes[index + 2]}", 3
    if index + 1 < len(codes) and codes[index + 1] == 2 and index + 4 < len(codes):
        return "rgb:{}:{}:{}".format(*codes[index + 2 : index + 5]), 5
    return DEFAULT, 1


def cells(captured: str) -> list[Cell]:
    """Every character of the capture with the colours in force where it is drawn.

    tmux starts each captured line from the state the previous one ended in, as a terminal
    would; the state carries over between lines.
    """
    found: list[Cell] = []
    foreground = background = DEFAULT
    reverse = False
    for row, line in enumerate(captured.split("\n")):
        column = 0
        pos = 0
        for match in _SGR.finditer(line):
            for char in line[pos : match.start()]:
                fg, bg = (background, foreground) if reverse else (foreground, background)
                found.append(Cell(row, column, char, fg, bg))
                column += 1
            pos = match.end()
            codes = [int(c) if c else 0 for c in re.split("[;:]", match.group(1))]
            index = 0
            while index < len(codes):
                code = codes[index]
                step = 1
                if code == 0:
                    foreground = background = DEFAULT
                    reverse = False
                elif code == 7:
                    reverse = True
                elif code == 27:
                    reverse = False
                elif 30 <= code <= 37 or 90 <= code <= 97:
                    foreground = f"16:{code}"
                elif 40 <= code <= 47 or 100 <= code <= 107:
                    background = f"16:{code}"
                elif code == 39:
                    foreground = DEFAULT
                elif code == 49:
                    background = DEFAULT
                elif code == 38:
                    foreground, step = _colour(codes, index)
                elif code == 48:
                    background, step = _colour(codes, index)
                index += step
        for char in line[pos:]:
            fg, bg = (background, foreground) if reverse else (foreground, background)
            found.append(Cell(row, column, char, fg, bg))
            column += 1
    return found


def default_background_rows(captured: str, width: int) -> dict[int, str]:
    """Rows with a visible cell on the terminal's default background: {row: those cells}.

    A row tmux captured shorter than `width` ends in cells the app left to the terminal too.
    """
    rows: dict[int, str] = {}
    lengths: dict[int, int] = {}
    for cell in cells(captured):
        lengths[cell.row] = cell.column + 1
        if cell.background == DEFAULT:
            rows[cell.row] = rows.get(cell.row, "") + cell.char
    for row, length in lengths.items():
        if length < width:
            rows[row] = rows.get(row, "") + f"[{width - length} cells not drawn]"
    return rows
