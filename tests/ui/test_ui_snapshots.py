"""Snapshots of the reader on the sample, with a fixed hand-made analysis (so they follow the UI).

Update after an intended UI change with:
    /work/venv/bin/python -m pytest tests/ui/test_ui_snapshots.py --snapshot-update
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from reader.ui.app import ReaderApp
from reader.ui.widgets.panels import SidePanel
from tests.ui.conftest import settle

SIZE = (160, 45)


async def _settle(pilot: Pilot[Any]) -> None:
    await settle(pilot)


@pytest.mark.parametrize("theme", ["newsreader-dark", "newsreader-light"])
def test_main_screen(snap_compare: Any, make_app: Callable[..., ReaderApp], theme: str) -> None:
    assert snap_compare(make_app(theme=theme), terminal_size=SIZE, run_before=_settle)


def test_help_screen(snap_compare: Any, make_app: Callable[..., ReaderApp]) -> None:
    assert snap_compare(make_app(), press=["question_mark"], terminal_size=SIZE, run_before=_settle)


@pytest.mark.parametrize("kind", ["quotes", "people", "numbers"])
def test_panel(snap_compare: Any, make_app: Callable[..., ReaderApp], kind: str) -> None:
    async def open_panel(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        side = pilot.app.screen.query_one(SidePanel)
        side.show_tab(kind)
        side.focus_list()
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=open_panel)


def test_narrow_terminal_puts_panel_below(
    snap_compare: Any, make_app: Callable[..., ReaderApp]
) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 40), run_before=_settle)
