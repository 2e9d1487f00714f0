"""Where the panel goes and how big it is (reader/ui/panel_layout.py), without a terminal."""

from __future__ import annotations

from reader.ui.panel_layout import CHROME_ROWS, STRIP_ROWS, place_panel


def test_wide_terminals_put_the_panel_right_narrow_ones_below() -> None:
    assert place_panel(160, 45).side == "right"
    assert place_panel(80, 40).side == "bottom"
    assert not place_panel(80, 40).strip


def test_a_short_terminal_keeps_the_panel_a_strip_until_it_has_focus() -> None:
    place = place_panel(80, 24)
    assert place.strip and place.cells == STRIP_ROWS
    assert 24 - CHROME_ROWS - place.cells >= 14
    opened = place_panel(80, 24, focused=True)
    assert not opened.strip and opened.cells > STRIP_ROWS
    assert not place_panel(80, 24, steps=1).strip  # made bigger: stays open


def test_steps_resize_within_limits() -> None:
    sizes = [place_panel(160, 45, steps=step).cells for step in range(-20, 21)]
    assert sizes == sorted(sizes) and len(set(sizes)) > 5
    assert max(sizes) <= 160 - 30 and min(sizes) >= 3
    rows = [place_panel(80, 45, side="bottom", steps=step).cells for step in range(-20, 21)]
    assert rows == sorted(rows) and max(rows) <= 45 - CHROME_ROWS - 4


def test_a_size_from_the_settings_opens_no_strip() -> None:
    """Made bigger in a tall terminal, the panel stays a strip in a short one until focused."""
    assert place_panel(80, 24, side="bottom", steps=1, saved_steps=True).strip
    assert not place_panel(80, 24, side="bottom", steps=1).strip  # + pressed now opens it
    focused = place_panel(80, 24, side="bottom", steps=1, saved_steps=True, focused=True)
    assert focused == place_panel(80, 24, side="bottom", steps=1, focused=True)
    tall = place_panel(160, 45, side="bottom", steps=1, saved_steps=True)
    assert tall == place_panel(160, 45, side="bottom", steps=1)
