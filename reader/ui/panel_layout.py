"""Where the side panel goes and how big it is, for a terminal size (plain Python, no Textual).

One place for the screen's proportions: the panel sits right of the text from `NARROW_BELOW`
columns, below it under that. Below, in a short terminal, it shrinks to a strip (its tab row,
with the counts) while the text has focus, so an 80x24 terminal reads 20 rows of text; it
opens when it gets focus (tab) or when the user makes it bigger. `+`/`-` resize it in steps,
`P` moves it between the right and the bottom.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Side = Literal["right", "bottom"]

NARROW_BELOW = 100  # terminal columns under which the panel goes below the text
CHROME_ROWS = 2  # the status line and the footer
RIGHT_SHARE, RIGHT_MIN, RIGHT_MAX, RIGHT_STEP = 0.34, 32, 48, 4
BOTTOM_SHARE, BOTTOM_MIN, BOTTOM_STEP = 0.4, 6, 2
OPEN_STRIP_SHARE = 0.5  # a strip opened by focus takes this share of the rows
STRIP_BELOW_ROWS = 34  # body rows under which a bottom panel is a strip while unfocused
STRIP_ROWS = 2  # its border and its tab row
MIN_TEXT_COLUMNS, MIN_TEXT_ROWS, MIN_PANEL = 30, 4, 3


@dataclass(frozen=True, slots=True)
class PanelPlace:
    side: Side
    cells: int  # columns when right, rows when below
    strip: bool = False  # below, shrunk to its tab row


def default_side(width: int) -> Side:
    return "right" if width >= NARROW_BELOW else "bottom"


def place_panel(
    width: int,
    height: int,
    *,
    side: Side | None = None,
    steps: int = 0,
    focused: bool = False,
    saved_steps: bool = False,
) -> PanelPlace:
    """The panel's side and size; `steps` is how many times the user grew (+) or shrank (-) it.

    `saved_steps`: the steps come from the settings, not from + pressed in this session; they
    size the panel but do not open a strip (made bigger in a tall terminal, it stays a strip
    in a short one until it has focus)."""
    side = side or default_side(width)
    if side == "right":
        base = min(RIGHT_MAX, max(RIGHT_MIN, round(width * RIGHT_SHARE)))
        cells = _clamp(base + steps * RIGHT_STEP, MIN_PANEL, width - MIN_TEXT_COLUMNS)
        return PanelPlace("right", cells)
    body = max(1, height - CHROME_ROWS)
    short = body < STRIP_BELOW_ROWS
    if short and (steps <= 0 or saved_steps) and not focused:
        return PanelPlace("bottom", STRIP_ROWS, strip=True)
    share = OPEN_STRIP_SHARE if short else BOTTOM_SHARE
    base = max(BOTTOM_MIN, round(body * share))
    cells = _clamp(base + steps * BOTTOM_STEP, MIN_PANEL, body - MIN_TEXT_ROWS)
    return PanelPlace("bottom", cells)


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(value, max(low, high)))
