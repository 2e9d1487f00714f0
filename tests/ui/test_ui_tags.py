"""Tags through Pilot: `t` on a selection and on a note, shown in the Notes tab, exported."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import Input, Static

from reader.notes.export import collect, to_markdown
from reader.notes.store import NoteStore
from reader.ui.app import ReaderApp
from reader.ui.notes_panel import NotesPanel
from reader.ui.screens.contents import ContentsScreen
from reader.ui.tags_dialog import TagsScreen
from tests.test_notes_export import parse_markdown
from tests.ui.conftest import SIZE, database, notes_ready, settle_workers
from tests.ui.test_ui_notes import focus_notes_tab

pytestmark = pytest.mark.anyio


def notes_tab_lines(app: ReaderApp) -> list[str]:
    panel = app.screen.query_one("#panel-notes", NotesPanel)
    options = panel.option_list
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_t_tags_a_selection_and_a_note_and_the_export_has_them(
    make_app: Callable[..., ReaderApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await notes_ready(pilot, app)
        # Nothing selected and no note at the cursor: t is still the contents.
        await pilot.press("t")
        assert isinstance(app.screen, ContentsScreen)
        await pilot.press("escape")
        await pilot.press("v", "t")
        assert isinstance(app.screen, TagsScreen)
        # A word that is not a tag is named, and nothing is saved.
        await pilot.press(*"aleppo 2024", "enter")
        assert isinstance(app.screen, TagsScreen)
        error = str(app.screen.query_one("#tags-error", Static).render())
        assert "'2024' is not a tag" in error
        app.screen.query_one(Input).value = ""
        await pilot.press(*"aleppo, #figures", "enter")
        await settle_workers(pilot, app)
        assert not isinstance(app.screen, TagsScreen)
        [line] = notes_tab_lines(app)
        assert "#aleppo #figures" in line
        # Again from the Notes tab: the dialog shows the tags; a note's #tag is a tag too.
        await focus_notes_tab(pilot, screen)
        await pilot.press("t")
        assert isinstance(app.screen, TagsScreen)
        assert app.screen.query_one(Input).value == "aleppo figures"
        app.screen.query_one(Input).value = ""
        await pilot.press(*"un", "enter")
        await settle_workers(pilot, app)
        await pilot.press("e", *"check #sources", "ctrl+s")
        await settle_workers(pilot, app)
        [line] = notes_tab_lines(app)
        assert "#un #sources" in line
    with NoteStore.open(database()) as store:
        [saved] = store.articles()
        front, _entries = parse_markdown(to_markdown([collect(store, saved)]))
        [hit] = store.search("#sources")
    assert front["tags"] == ["un", "sources"]
    assert hit.highlight.tags == ("un",)
