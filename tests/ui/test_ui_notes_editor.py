"""A long note in the user's own editor: ctrl+e in the note editor runs $EDITOR on it."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import TextArea

from reader.ui.app import ReaderApp
from reader.ui.notes_dialogs import NoteEditorScreen
from tests.ui.conftest import notes_ready, saved_highlights, settle_workers
from tests.ui.notices import record_notices, said

SIZE = (140, 40)
pytestmark = pytest.mark.anyio


def script(folder: Path, body: str) -> str:
    path = folder / "fake-editor"
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


async def test_ctrl_e_writes_the_note_in_editor_and_it_is_saved(
    make_app: Callable[..., ReaderApp], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The "editor" appends a line to the file it is given, as a user would type one.
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", script(tmp_path, 'printf "\\nwritten in the editor\\n" >> "$1"\n'))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await notes_ready(pilot, app)
        await pilot.press("v", "a")
        assert isinstance(app.screen, NoteEditorScreen)
        await pilot.press(*"first line")
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert app.screen.query_one(TextArea).text == "first line\nwritten in the editor"
        await pilot.press("ctrl+s")
        await settle_workers(pilot, app)
    [(_, note)] = saved_highlights()
    assert note == "first line\nwritten in the editor"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ('echo gone > "$1"; exit 3\n', "status 3"),
        # As git with an empty message: an editor that crashed or was slipped on (the file
        # emptied, exit 0) does not wipe the note, which ctrl+s would then save empty.
        (': > "$1"\n', "left the file empty"),
    ],
)
async def test_a_failing_editor_leaves_the_note_as_it_was(
    make_app: Callable[..., ReaderApp],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    body: str,
    reason: str,
) -> None:
    monkeypatch.setenv("VISUAL", script(tmp_path, body))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app_notices = record_notices(app)
        await notes_ready(pilot, app)
        await pilot.press("v", "a", *"keep me", "ctrl+e")
        await pilot.pause()
        assert app.screen.query_one(TextArea).text == "keep me"
        assert said(app_notices, reason)


async def test_the_selection_hint_leaves_the_note_editor_whole_at_80x24(
    make_app: Callable[..., ReaderApp],
) -> None:
    """v shows how to select; once a opens the editor that hint is done with, and it no
    longer covers the editor's lower border (and its key help) in a small terminal."""
    from tests.ui.screen import screen_lines

    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await notes_ready(pilot, app)
        await pilot.press("v", "w", "a")
        for _ in range(5):
            await pilot.pause(0.05)
        assert isinstance(app.screen, NoteEditorScreen)
        lines = screen_lines(app)
        [bottom] = [line for line in lines if "╰" in line]
        border = bottom[bottom.index("╰") :].rstrip()
        assert border.endswith("╯") and set(border[1:-1]) == {"─"}, "\n".join(lines)
        assert not any("Select:" in line for line in lines), "\n".join(lines)


async def test_a_with_nothing_selected_writes_a_note_on_the_sentence_at_the_cursor(
    make_app: Callable[..., ReaderApp],
) -> None:
    """As v then a: the editor quotes the sentence at the cursor (the title, at the top), and
    the note is saved on it; esc would leave nothing behind."""
    from tests.ui.sample import TITLE
    from tests.ui.screen import screen_text

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await notes_ready(pilot, app)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditorScreen)
        assert f"“{TITLE}”" in " ".join(screen_text(app).split())
        await pilot.press(*"on the title", "ctrl+s")
        await settle_workers(pilot, app)
    assert saved_highlights() == [(TITLE, "on the title")]
