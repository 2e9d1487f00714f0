"""What the terminal would show for a running app: its rows as text, and as styled cells.

The same render `App.export_screenshot` (and so the snapshot tests) uses: the compositor's full
update of the current screen over the screens below it.
"""

from __future__ import annotations

from typing import Any

from rich.segment import Segment


def screen_segments(app: Any) -> list[list[Segment]]:
    """Every row of the screen as Rich segments (text with its final style)."""
    update = app.screen._compositor.render_update(
        full=True, screen_stack=app._background_screens, simplify=True
    )
    return [[segment for strip in line for segment in strip] for line in update.strips]


def screen_lines(app: Any) -> list[str]:
    """Every row of the screen as plain text."""
    return ["".join(segment.text for segment in row) for row in screen_segments(app)]


def screen_text(app: Any) -> str:
    return "\n".join(screen_lines(app))
