"""How the reader looks at first contact (issue 16): dialogs, theme colours, footer, layout.

Each test reads what the screen shows (tests/ui/screen.py), at the sizes a new user meets.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.ui.app import ReaderApp
from reader.ui.notes_dialogs import ConfirmScreen
from tests.ui.conftest import settle
from tests.ui.screen import screen_text

pytestmark = pytest.mark.anyio
SIZES = [(160, 45), (100, 30), (80, 24), (60, 20)]


@pytest.mark.parametrize("size", SIZES)
async def test_the_confirm_dialog_shows_its_question_and_keys(
    make_app: Callable[..., ReaderApp], size: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        question = "Delete this highlight and its note? (u undoes it)"
        app.push_screen(ConfirmScreen(question))
        await pilot.pause()
        shown = screen_text(app)
        assert question in shown
        assert "y: yes" in shown and "n / esc: no" in shown


async def test_esc_in_the_note_editor_shows_the_discard_question(
    make_app: Callable[..., ReaderApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("v", "a", *"draft", "escape")
        await pilot.pause()
        shown = screen_text(app)
        assert "Discard the changes to this note?" in shown
        assert "y: yes" in shown and "n / esc: no" in shown
