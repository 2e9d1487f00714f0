"""16-colour terminals (TERM=xterm, no COLORTERM: Textual's "standard" colour system, issue 15).

The terminal gets each theme colour rounded to the nearest of the 16 ANSI colours (Rich's
downgrade, as Textual's console does); every visible character must stay readable then,
measured on the usual ANSI palette.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
import textual.constants
from rich.color import ColorSystem

from reader.ui.app import ReaderApp
from tests.ui.conftest import settle
from tests.ui.screen import screen_segments
from tests.ui.test_ui_look import contrast

pytestmark = pytest.mark.anyio
# Box drawing and blocks are rules and bars, not text to read.
_LETTERS = re.compile(r"[^\s\u2500-\u259f]")
THEMES = ["newsreader-dark", "newsreader-light", "paper", "midnight"]


# The terminal's variables for each colour system, and what it does to a colour.
SYSTEMS = {
    "standard": ({"TERM": "xterm"}, ColorSystem.STANDARD),
    "truecolor": ({"TERM": "xterm-256color", "COLORTERM": "truecolor"}, ColorSystem.TRUECOLOR),
}


@pytest.mark.parametrize("system", SYSTEMS)
@pytest.mark.parametrize("theme", THEMES)
async def test_text_stays_readable_in_16_colours_and_truecolor(
    make_app: Callable[..., ReaderApp],
    theme: str,
    system: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    environ, colour_system = SYSTEMS[system]
    monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", "auto")  # from the variables below
    for name in ("COLORTERM", "TEXTUAL_COLOR_SYSTEM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    app = make_app(theme=theme)
    assert app.console.color_system == system
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Aleppo", "enter")  # search matches too
        await pilot.pause()
        unreadable = set()
        for row in screen_segments(app):
            for segment in row:
                style = segment.style
                if not _LETTERS.search(segment.text) or style is None or style.dim:
                    continue
                if style.color is None or style.bgcolor is None:
                    continue
                fg = style.color.downgrade(colour_system)
                bg = style.bgcolor.downgrade(colour_system)
                if style.reverse:
                    fg, bg = bg, fg
                if fg == bg or contrast(fg, bg) < 2:
                    unreadable.add(
                        (
                            segment.text.strip()[:20],
                            style.color.name,
                            fg.number,
                            style.bgcolor.name,
                            bg.number,
                            round(contrast(fg, bg), 2),
                        )
                    )
        assert not unreadable, sorted(unreadable)
