"""Notes in the reader, driven through Pilot: select, highlight, write, reopen, edit, delete."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import TextArea

from reader.article import Article
from reader.notes.errors import NotesError
from reader.notes.store import NoteStore
from reader.ui.app import ReaderApp
from reader.ui.notes_dialogs import ConfirmScreen, NoteEditorScreen
from reader.ui.notes_library import LibraryScreen
from reader.ui.notes_panel import NotesPanel
from reader.ui.notes_screen import NotesReaderScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.panels import SidePanel
from tests.ui.conftest import (
    OpenNotes,
    database,
    notes_ready,
    saved_highlights,
    settle_workers,
    view_of,
)

SIZE = (140, 40)
pytestmark = pytest.mark.anyio


async def focus_notes_tab(pilot, screen: NotesReaderScreen) -> None:  # type: ignore[no-untyped-def]
    screen.query_one(SidePanel).show_tab("notes")
    screen.query_one("#panel-notes", NotesPanel).option_list.focus()
    await pilot.pause()


def drawn(app: ReaderApp, article: Article) -> list[str]:
    view = view_of(app)
    return [article.text[item.start : item.end] for item in view._user_items.get("hl--user", [])]


async def test_the_whole_flow_select_note_quit_reopen_and_see_it_in_place(
    make_app: Callable[..., ReaderApp], open_notes: OpenNotes, article: Article
) -> None:
    async with open_notes() as (app, pilot, screen, view):
        # The cursor is at the top: v selects the first sentence; w extends it by a word.
        await pilot.press("v")
        first = screen._selected_range()
        assert first is not None
        await pilot.press("w")
        start, end = screen._selected_range() or (0, 0)
        assert start == first[0] and end > first[1]
        assert view.text_selection is not None  # drawn as a selection
        await pilot.press("a")
        assert isinstance(app.screen, NoteEditorScreen)
        await pilot.press(*"Check this", "ctrl+s")
        await settle_workers(pilot, app)
        assert app.screen is screen
        selected = article.text[start:end]
        assert saved_highlights() == [(selected, "Check this")]
        assert drawn(app, article) == [selected]
        await pilot.press("q")
    # Reopen: a new app on the same article shows the highlight in the same place.
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        screen = await notes_ready(pilot, again)
        assert drawn(again, article) == [selected]
        [placed] = screen.notes.placed if screen.notes else []
        assert (placed.placement.start, placed.placement.end) == (start, end)
        panel = again.screen.query_one("#panel-notes", NotesPanel)
        assert [item.payload.highlight.note for item in panel.items] == ["Check this"]


async def test_visual_mode_lines_words_and_escape(open_notes: OpenNotes) -> None:
    async with open_notes() as (_app, pilot, screen, view):
        scroll = view.scroll_y
        await pilot.press("v")
        first = screen._selected_range()
        assert first is not None
        await pilot.press("j")
        longer = screen._selected_range()
        assert longer is not None and longer[1] > first[1]
        await pilot.press("k", "b")
        shorter = screen._selected_range()
        assert shorter is not None and shorter[1] < first[1]
        await pilot.press("escape")
        assert screen._visual is None and view.text_selection is None
        # Out of visual mode, j scrolls again.
        await pilot.press("j")
        assert view.scroll_y == scroll + 1


async def test_h_highlights_without_a_note_and_w_still_cycles_width(
    open_notes: OpenNotes, article: Article
) -> None:
    async with open_notes(size=(200, 40)) as (app, pilot, _, view):
        width = view.layout_rows.width
        await pilot.press("w")
        assert view.layout_rows.width != width
        await pilot.press("h")  # nothing selected: nothing saved, the user is told
        await settle_workers(pilot, app)
        assert saved_highlights() == []
        await pilot.press("v", "h")
        await settle_workers(pilot, app)
        [(exact, note)] = saved_highlights()
        assert note == "" and exact in article.text
        assert drawn(app, article) == [exact]


async def test_a_mouse_selection_can_be_highlighted(
    open_notes: OpenNotes, article: Article
) -> None:
    async with open_notes() as (app, pilot, _, view):
        rows = view.layout_rows.lines
        row = next(i for i, line in enumerate(rows) if line.start >= 0 and len(line.text) > 40)
        line, x = rows[row], view.margin + rows[row].prefix
        # Drag across the first 20 columns of that row.
        await pilot.mouse_down(ArticleView, offset=(x, row))
        await pilot.hover(ArticleView, offset=(x + 10, row))
        await pilot.mouse_up(ArticleView, offset=(x + 19, row))
        await pilot.pause()
        assert view.selected_range() == (line.start, line.start + 20)
        await pilot.press("h")
        await settle_workers(pilot, app)
        # Saved as whole words, without the trailing space the drag took in.
        assert saved_highlights() == [(article.text[line.start : line.start + 20].strip(), "")]
        assert view.text_selection is None  # the selection became the highlight


async def test_escape_in_the_editor_asks_before_throwing_text_away(
    open_notes: OpenNotes,
) -> None:
    async with open_notes() as (app, pilot, _, _):
        await pilot.press("v", "a", *"precious")
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # keep writing
        editor = app.screen
        assert isinstance(editor, NoteEditorScreen)
        assert editor.query_one(TextArea).text == "precious"
        await pilot.press("escape", "y")
        await settle_workers(pilot, app)
        assert isinstance(app.screen, NotesReaderScreen)
        assert saved_highlights() == []
        # Unchanged text closes at once.
        await pilot.press("v", "a", "escape")
        assert isinstance(app.screen, NotesReaderScreen)


async def test_quitting_with_a_note_not_saved_asks_first(open_notes: OpenNotes) -> None:
    """ctrl+q is Textual's quit key even in the note's text box: it quit at once, and the
    note being written was gone."""
    async with open_notes() as (app, pilot, _, _):
        await pilot.press("v", "a", *"half a thought", "ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # keep writing
        assert isinstance(app.screen, NoteEditorScreen)
        assert app.screen.query_one(TextArea).text == "half a thought"
        assert app.is_running
        await pilot.press("ctrl+q", "y")
        await pilot.pause()
        assert not app.is_running
        assert saved_highlights() == []


async def test_the_editor_back_after_a_failed_save_still_asks_before_esc_drops_the_text(
    open_notes: OpenNotes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The editor that comes back with the words a save refused held them as its 'original'
    text: esc (or quitting) then threw them away without asking."""
    async with open_notes() as (app, pilot, screen, _):
        assert screen.notes is not None

        def refuse(*args: object, **kwargs: object) -> None:
            raise NotesError("Could not save: the disk is full.")

        monkeypatch.setattr(screen.notes, "add", refuse)
        await pilot.press("v", "a", *"words to keep", "ctrl+s")
        await settle_workers(pilot, app)
        assert isinstance(app.screen, NoteEditorScreen)
        assert app.screen.query_one(TextArea).text == "words to keep"
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n", "ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert app.is_running
        assert app.screen.query_one(TextArea).text == "words to keep"


async def test_edit_delete_and_undo_from_the_notes_tab(
    open_notes: OpenNotes, article: Article
) -> None:
    async with open_notes() as (app, pilot, screen, _):
        await pilot.press("v", "a", *"first", "ctrl+s")
        await settle_workers(pilot, app)
        await focus_notes_tab(pilot, screen)
        await pilot.press("e")
        assert isinstance(app.screen, NoteEditorScreen)
        await pilot.press(" ", *"edited", "ctrl+s")
        await settle_workers(pilot, app)
        assert [note for _, note in saved_highlights()] == ["first edited"]
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle_workers(pilot, app)
        assert saved_highlights() == []
        assert drawn(app, article) == []
        await pilot.press("u")
        await settle_workers(pilot, app)
        assert [note for _, note in saved_highlights()] == ["first edited"]
        assert len(drawn(app, article)) == 1


async def test_a_note_on_a_quote_from_its_panel(open_notes: OpenNotes, article: Article) -> None:
    async with open_notes() as (app, pilot, screen, _):
        side = screen.query_one(SidePanel)
        side.show_tab("quotes")
        side.focus_list()
        await pilot.pause()
        quote = side.panel("quotes").highlighted_item()
        assert quote is not None
        await pilot.press("a", *"who said", "ctrl+s")
        await settle_workers(pilot, app)
        with NoteStore.open(database()) as store:
            [saved] = store.articles()
            [highlight] = store.highlights(saved.id)
        assert highlight.kind == "quote" and highlight.note == "who said"
        assert highlight.anchor.exact == article.text[quote.start : quote.end]


async def test_library_lists_saved_articles_and_reopens_from_the_snapshot(
    open_notes: OpenNotes, article: Article
) -> None:
    async with open_notes() as (app, pilot, _, _):
        await pilot.press("v", "h")
        await settle_workers(pilot, app)
        await pilot.press("L")
        await settle_workers(pilot, app)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert [(s.title, s.note_count) for s in library.articles] == [(article.title, 1)]
        await pilot.press("enter")
        await settle_workers(pilot, app)
        screen = await notes_ready(pilot, app)
        assert screen.article == article
        assert len(drawn(app, article)) == 1
        assert len(app.screen_stack) == 2  # [first reader, new reader]: the library went
        await pilot.press("L")
        await settle_workers(pilot, app)
        await pilot.press("enter")
        await notes_ready(pilot, app)
        assert len(app.screen_stack) == 2  # readers are replaced, not piled up


async def test_newsreader_without_an_article_opens_the_library(
    make_app: Callable[..., ReaderApp], article: Article
) -> None:
    with NoteStore.open(database()) as store:
        store.remember_article(article)
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle_workers(pilot, app)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert [s.title for s in library.articles] == [article.title]
        await pilot.press("slash", *"nothing-like-this")
        await settle_workers(pilot, app)
        assert library.articles == []
        await pilot.press("escape")
        await settle_workers(pilot, app)
        assert [s.title for s in library.articles] == [article.title]
        await pilot.press("enter")
        await settle_workers(pilot, app)
        assert isinstance(app.screen, NotesReaderScreen)


async def test_the_article_is_readable_when_notes_are_unavailable(
    make_app: Callable[..., ReaderApp], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("NEWSREADER_DATA_DIR", str(blocker / "data"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(20):
            await settle_workers(pilot, app)
        screen = app.screen
        assert isinstance(screen, NotesReaderScreen)
        assert screen.notes is None and screen.notes_off is not None
        assert "Notes are off" in screen.notes_off
        assert view_of(app).layout_rows.height > 10  # the article is there
        await pilot.press("v", "h")  # says why, does not crash
        await settle_workers(pilot, app)
        assert isinstance(app.screen, NotesReaderScreen)


async def test_the_palette_exports_this_articles_notes_without_overwriting(
    open_notes: OpenNotes,
    article: Article,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import json

    from reader.ui.notes_commands import NotesCommands, write_export

    monkeypatch.chdir(tmp_path)
    async with open_notes() as (app, pilot, screen, _):
        await pilot.press("v", "a", *"exported", "ctrl+s")
        await settle_workers(pilot, app)
        provider = NotesCommands(screen)
        names = [name for name, _ in provider._commands()]
        assert "Notes: export this article's notes as Markdown" in names
        assert "Notes: export all notes as JSON (W3C Web Annotation)" in names
        dict(provider._commands())["Notes: export this article's notes as Markdown"]()
        await settle_workers(pilot, app)
    [exported] = list(tmp_path.glob("*.md"))
    assert exported.name.startswith("syrian-army-retakes")
    assert "> " in exported.read_text() and "exported" in exported.read_text()
    # A second export gets a new name; the first file is untouched.
    before = exported.read_text()
    second = write_export("json", None, tmp_path)
    third = write_export("json", None, tmp_path)
    assert second != third and exported.read_text() == before
    assert json.loads(third.read_text())["total"] == 1


async def test_the_notes_tab_lists_orphans_and_jumps_to_notes(
    open_notes: OpenNotes, article: Article
) -> None:
    with NoteStore.open(database()) as store:
        saved = store.remember_article(article)
        other = "A passage that was in an older version of this page and is gone now."
        store.add_highlight(saved.id, other, 2, 40, note="lost passage")
        target = article.text.index("Lavrov")
        store.add_highlight(saved.id, article.text, target, target + 6, note="who?")
    async with open_notes() as (app, pilot, screen, _):
        panel = screen.notes_panel
        assert [(i.payload.highlight.note, i.payload.placement.orphaned) for i in panel.items] == [
            ("who?", False),
            ("lost passage", True),
        ]
        side = screen.query_one(SidePanel)
        assert "1 orphaned" in str(side.query_one("TabbedContent").get_tab("tab-notes").label)
        assert drawn(app, article) == ["Lavrov"]  # the orphan is listed, never drawn
        side.show_tab("notes")
        panel.option_list.focus()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        view = view_of(app)
        assert view.cursor == target
        top, height = int(view.scroll_y), view.scrollable_content_region.height
        assert top <= view.layout_rows.row_for_offset(target) < top + height


async def test_in_visual_mode_the_search_bar_still_takes_letters(
    open_notes: OpenNotes,
) -> None:
    async with open_notes() as (_app, pilot, screen, _):
        await pilot.press("v")
        selected = screen._selected_range()
        await pilot.press("slash", *"jwkb")
        await pilot.pause()
        from textual.widgets import Input

        assert screen.query_one("#search-bar", Input).value == "jwkb"
        assert screen._selected_range() == selected


async def test_the_library_says_why_when_notes_are_unavailable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("NEWSREADER_DATA_DIR", str(blocker / "data"))
    app = ReaderApp()
    async with app.run_test(size=SIZE) as pilot:
        await settle_workers(pilot, app)
        assert isinstance(app.screen, LibraryScreen)
        status = str(app.screen.query_one("#library-status").render())
        assert status.startswith("Notes are off: cannot create the data directory")
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_clicking_a_highlight_shows_its_note_and_puts_the_cursor_on_it(
    open_notes: OpenNotes, article: Article
) -> None:
    target = article.text.index("Lavrov")
    with NoteStore.open(database()) as store:
        saved = store.remember_article(article)
        store.add_highlight(saved.id, article.text, target, target + 6, note="[b]who?[/b]")
    async with open_notes() as (app, pilot, screen, view):
        view.jump_to(target, flash=False)
        await pilot.pause()
        rows = view.layout_rows
        row = rows.row_for_offset(target)
        line = rows.lines[row]
        column = view.margin + line.prefix + (target - line.start) + 2
        await pilot.click(ArticleView, offset=(column, row - int(view.scroll_y)))
        await pilot.pause()
        assert view.cursor == target + 2
        # The note is shown as typed: brackets are text, not markup.
        assert any("[b]who?[/b]" in str(n.message) for n in app._notifications)
        assert screen._chosen_note() is not None


@pytest.mark.parametrize("early", [True, False], ids=["loaded-before-mount", "loaded-by-worker"])
async def test_notes_open_for_an_article_loaded_from_a_file(
    early: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As `newsreader FILE` runs it: the screen loads the article itself."""
    from reader.ui import early_load
    from tests.ui.sample import SAMPLE

    if early:  # the load has finished when the screen mounts: text in the first frame
        monkeypatch.setattr(early_load.EarlyLoad, "done", lambda self: self._done.wait(30))
    else:  # the load finishes only after the screen has mounted
        monkeypatch.setattr(early_load.EarlyLoad, "done", lambda self: False)
    app = ReaderApp(str(SAMPLE))
    async with app.run_test(size=SIZE) as pilot:
        screen = await notes_ready(pilot, app)
        assert screen.notes is not None and screen.article is not None
        assert screen.notes.article is screen.article
        await pilot.press("v", "h")
        await settle_workers(pilot, app)
        assert len(saved_highlights()) == 1


async def test_visual_keys_typed_in_one_burst(open_notes: OpenNotes) -> None:
    """v, w, j sent at once (a paste, a macro, tmux send-keys) extend the selection; before
    the fix, w's priority binding was checked before v had started visual mode and w cycled
    the reading width instead."""
    from textual import events

    async with open_notes() as (app, pilot, screen, view):
        width = screen.width
        for key in "vwwj":
            app.post_message(events.Key(key, key))
        await settle_workers(pilot, app)
        assert screen.width == width
        burst = screen._selected_range()
        assert burst is not None and screen.article is not None
        from reader.notes.textnav import sentence_at

        sentence = sentence_at(screen.article, burst[0])
        assert burst[0] == sentence[0] and burst[1] > sentence[1]
        assert view.text_selection is not None


async def test_an_edit_of_a_note_another_window_changed_is_not_saved_over_it(
    open_notes: OpenNotes,
) -> None:
    async with open_notes() as (app, pilot, screen, _):
        await pilot.press("v", "a", *"mine", "ctrl+s")
        await settle_workers(pilot, app)
        # Another newsreader window changes the same note meanwhile.
        with NoteStore.open(database()) as other:
            [saved] = other.articles()
            [shown] = other.highlights(saved.id)
            other.update_note(shown, "from the other window")
        await focus_notes_tab(pilot, screen)
        await pilot.press("e")
        await pilot.press(" ", *"edited", "ctrl+s")
        await settle_workers(pilot, app)
        assert [note for _, note in saved_highlights()] == ["from the other window"]
        # The user's text is not thrown away: the editor is back with it, saying why.
        assert isinstance(app.screen, NoteEditorScreen)
        assert app.screen.query_one(TextArea).text == "mine edited"
        await pilot.press("ctrl+s")  # saving again, knowingly, replaces the newer text
        await settle_workers(pilot, app)
        assert [note for _, note in saved_highlights()] == ["mine edited"]


async def test_undo_after_deleting_the_newest_note_and_making_another_keeps_both(
    open_notes: OpenNotes,
) -> None:
    """Issue 10: this once ended in 'UNIQUE constraint failed' and the note lost for good."""
    async with open_notes() as (app, pilot, screen, _):
        await pilot.press("v", "a", *"deleted then undone", "ctrl+s")
        await settle_workers(pilot, app)
        await focus_notes_tab(pilot, screen)
        await pilot.press("d", "y")
        await settle_workers(pilot, app)
        assert saved_highlights() == []
        view_of(app).focus()
        await pilot.press("v", "a", *"made after", "ctrl+s")
        await settle_workers(pilot, app)
        await pilot.press("u")
        await settle_workers(pilot, app)
        assert sorted(note for _, note in saved_highlights()) == [
            "deleted then undone",
            "made after",
        ]


async def test_an_edit_of_a_note_another_window_deleted_is_saved_by_putting_it_back(
    open_notes: OpenNotes,
) -> None:
    """Saving again from the editor that came back tried the same edit again and failed
    again, for ever: the only way out was to throw the text away."""
    async with open_notes() as (app, pilot, screen, _):
        await pilot.press("v", "a", *"mine", "ctrl+s")
        await settle_workers(pilot, app)
        await focus_notes_tab(pilot, screen)
        await pilot.press("e")
        with NoteStore.open(database()) as other:
            [saved] = other.articles()
            [shown] = other.highlights(saved.id)
            other.delete_highlight(shown)
        await pilot.press(" ", *"edited", "ctrl+s")
        await settle_workers(pilot, app)
        assert saved_highlights() == []  # not written behind the user's back
        assert isinstance(app.screen, NoteEditorScreen)
        assert app.screen.query_one(TextArea).text == "mine edited"
        await pilot.press("ctrl+s")  # saving again, knowingly, puts it back
        await settle_workers(pilot, app)
        assert isinstance(app.screen, NotesReaderScreen)
        assert [note for _, note in saved_highlights()] == ["mine edited"]
        assert [p.highlight.note for p in screen.notes.placed] == ["mine edited"]  # type: ignore[union-attr]
