"""The compare view through Pilot: what it lists, and that choosing a difference scrolls both
texts to it and marks it in each."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from reader.compare import compare
from reader.ui.compare_app import CompareApp
from reader.ui.screens.compare import MARK_ID, DifferenceList
from reader.ui.widgets.article_view import ArticleView
from tests.compare.pairs import long_pair, pair, side

pytestmark = pytest.mark.anyio


def _labels(app: CompareApp) -> list[str]:
    options = app.screen.query_one(DifferenceList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def _static_text(app: CompareApp, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def test_first_difference_is_scrolled_to_and_marked_in_both_texts() -> None:
    comparison = compare(*long_pair("number"))
    app = CompareApp(comparison)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert _labels(app)[0].startswith("Number changed")
        assert "1,224 → 1,200" in _labels(app)[0]
        assert "1 number changed" in _static_text(app, "#compare-summary")
        for view_id, figure in (("#view-a", "1,224"), ("#view-b", "1,200")):
            view = app.screen.query_one(view_id, ArticleView)
            start = view.article.text.index(figure)
            assert view.scroll_y > 0, view_id
            assert view.cursor == start
            assert view.user_highlight_at(start) == MARK_ID
            assert view.user_highlight_at(0) is None


async def test_moving_down_the_list_moves_the_mark() -> None:
    comparison = compare(*long_pair("speaker"))
    app = CompareApp(comparison)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        labels = _labels(app)
        only_b = next(i for i, label in enumerate(labels) if label.startswith("Person only in B"))
        for _ in range(only_b):
            await pilot.press("j")
        await pilot.pause()
        view_a = app.screen.query_one("#view-a", ArticleView)
        view_b = app.screen.query_one("#view-b", ArticleView)
        karim = view_b.article.text.index("Ahmed Karim")
        assert view_b.user_highlight_at(karim) == MARK_ID
        assert view_b.cursor == karim
        # B's new person has no place in A: A is left unmarked.
        convoys = view_a.article.text.index("The convoys")
        assert view_a.user_highlight_at(convoys) is None
        await pilot.press("k")
        await pilot.pause()
        assert view_b.user_highlight_at(karim) is None


async def test_a_reworded_quote_shows_its_word_difference() -> None:
    app = CompareApp(compare(*pair("reworded")))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert _labels(app)[0].startswith("Quote reworded · Fares Shehabi")
        detail = _static_text(app, "#compare-detail")
        assert "[-will not-] {+won’t+}" in detail
        assert "[-the-]" in detail


async def test_narrow_terminals_stack_the_texts() -> None:
    for width, stacked in ((80, True), (140, False)):
        app = CompareApp(compare(*pair("number")))
        async with app.run_test(size=(width, 40)) as pilot:
            await pilot.pause()
            a = app.screen.query_one("#side-a").region
            b = app.screen.query_one("#side-b").region
            if stacked:
                assert b.y > a.y and b.x == a.x
            else:
                assert b.x > a.x and b.y == a.y


async def test_article_text_is_never_markup_and_q_quits() -> None:
    hostile = 'Hostile page\n\n"[bold red]Not markup[/] at all, truly," said Ana Ruiz.'
    calm = 'Hostile page\n\n"Something else entirely was said here today," said Ana Ruiz.'
    app = CompareApp(compare(side(hostile, "a"), side(calm, "b")))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert any("[bold red]Not markup[/]" in label for label in _labels(app))
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_identical_articles_say_so() -> None:
    a, _b = pair("number")
    app = CompareApp(compare(a, a))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert _labels(app) == ["No differences in quotes, numbers or people."]
        assert "no quote, number or person changed" in _static_text(app, "#compare-summary")


async def test_a_note_on_a_difference_is_saved_with_both_articles_and_exported() -> None:
    from reader.notes.export import collect, to_markdown
    from reader.notes.store import NoteStore

    comparison = compare(*pair("number"))
    app = CompareApp(comparison)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Which count is right?")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
    with NoteStore.open() as store:
        library = {saved.source.rsplit("/", 1)[-1]: saved for saved in store.articles()}
        assert set(library) == {"a.txt", "b.txt"}
        for name, figure, letter in (("a.txt", "1,224", "A"), ("b.txt", "1,200", "B")):
            (highlight,) = store.highlights(library[name].id)
            assert highlight.kind == "number"
            assert highlight.anchor.exact == figure
            assert highlight.note.startswith("Which count is right?")
            assert f"this is side {letter}." in highlight.note
        exported = to_markdown([collect(store, library["a.txt"])])
    # The export of A alone still says what it was compared with.
    assert "Which count is right?" in exported
    assert "A = Talks resume in Geneva (a.txt), B = Talks resume in Geneva (b.txt)" in exported


async def test_help_and_palette_open_over_the_compare_view() -> None:
    from textual.command import CommandPalette

    from reader.ui.screens.help import HelpScreen

    app = CompareApp(compare(*pair("number")))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"theme")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one(DifferenceList).highlighted == 0


async def write_a_note(pilot: Pilot[int], *then: str) -> None:
    """a on the first difference, a note typed, then the keys `then`."""
    await pilot.pause()
    await pilot.press("a")
    await pilot.pause()
    await pilot.press(*"Which count is right?", *then)


async def test_a_note_on_a_difference_that_cannot_be_saved_comes_back_in_the_editor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A failed save was a warning, and the words written were gone."""
    from textual.widgets import TextArea

    from reader.compare import notes
    from reader.notes.errors import NotesError
    from reader.ui.notes_dialogs import ConfirmScreen, NoteEditorScreen

    def refuse(*args: object, **kwargs: object) -> None:
        raise NotesError("Could not save: the disk is full.")

    monkeypatch.setattr(notes, "save_difference_note", refuse)
    app = CompareApp(compare(*pair("number")))
    async with app.run_test(size=(140, 40)) as pilot:
        await write_a_note(pilot, "ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, NoteEditorScreen)
        assert app.screen.query_one(TextArea).text == "Which count is right?"
        await pilot.press("escape")  # the words are not saved: esc asks first
        assert isinstance(app.screen, ConfirmScreen)


async def test_quitting_right_after_saving_a_note_on_a_difference_waits_for_the_save(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The note is saved by a thread worker; q at once ended the app without waiting for
    it (and newsreader then ends the process if a thread lingers): the note never landed."""
    import time

    from reader.compare import notes
    from reader.notes.store import NoteStore

    slow_down = notes.save_difference_note

    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(0.8)  # a big database's checks, another newsreader's lock
        return slow_down(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(notes, "save_difference_note", slow)
    app = CompareApp(compare(*pair("number")))
    async with app.run_test(size=(140, 40)) as pilot:
        await write_a_note(pilot, "ctrl+s", "q")
        await pilot.pause()
    with NoteStore.open() as store:
        notes_saved = [h.note for s in store.articles() for h in store.highlights(s.id)]
    assert len(notes_saved) == 2 and all("Which count" in n for n in notes_saved)
