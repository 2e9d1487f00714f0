"""The notes session the reader holds, and the text navigation keyboard selection uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.article import Article, ArticleBuilder
from reader.notes.errors import NoteConflictError, NotesError
from reader.notes.session import NotesSession
from reader.notes.store import NoteStore
from reader.notes.textnav import next_word_end, previous_word_end, sentence_at


def make_article(*paragraphs: str) -> Article:
    builder = ArticleBuilder("a.txt")
    builder.add("title", "A title")
    for paragraph in paragraphs:
        builder.add("paragraph", paragraph)
    return builder.build(title="A title")


ARTICLE = make_article(
    'First sentence here. "A quoted one!" he said. Third one ends it',
    "Second paragraph, one sentence only.",
)


def test_sentence_at_finds_the_sentence_around_an_offset() -> None:
    text = ARTICLE.text

    def sentence(word: str) -> str:
        start, end = sentence_at(ARTICLE, text.index(word))
        return text[start:end]

    assert sentence("title") == "A title"
    assert sentence("First") == "First sentence here."
    assert sentence("here") == "First sentence here."
    assert sentence("quoted") == '"A quoted one!"'
    assert sentence("said") == "he said."
    assert sentence("ends") == "Third one ends it"
    assert sentence("only") == "Second paragraph, one sentence only."
    # In the blank line between blocks: the next block's first sentence.
    gap = text.index("\n\n")
    assert text[slice(*sentence_at(ARTICLE, gap))] == "First sentence here."


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    article = make_article("Troops took 70% of E. Aleppo, Dr. Haidar said. U.S. bases wait. End")
    text = article.text
    assert text[slice(*sentence_at(article, text.index("Haidar")))] == (
        "Troops took 70% of E. Aleppo, Dr. Haidar said."
    )
    assert text[slice(*sentence_at(article, text.index("bases")))] == "U.S. bases wait."


def test_word_steps() -> None:
    text = "one two  three"
    assert next_word_end(text, 0) == 3
    assert next_word_end(text, 3) == 7
    assert next_word_end(text, 5) == 7
    assert next_word_end(text, 7) == 14
    assert next_word_end(text, 14) == 14
    assert previous_word_end(text, 14) == 7
    assert previous_word_end(text, 7) == 3
    assert previous_word_end(text, 3) == 0


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet='ab .!?"', min_size=1, max_size=40), min_size=1, max_size=5),
    st.data(),
)
def test_sentences_are_non_empty_slices_of_one_block(
    paragraphs: list[str], data: st.DataObject
) -> None:
    article = make_article(*paragraphs)
    offset = data.draw(st.integers(0, len(article.text)))
    start, end = sentence_at(article, offset)
    assert 0 <= start < end <= len(article.text)
    assert "\n\n" not in article.text[start:end]
    assert (
        article.text[start:end] == article.text[start:end].strip()
        or not article.text[start:end].strip()
    )


@pytest.fixture
def session(tmp_path: Path):
    opened = NotesSession.open(ARTICLE, path=tmp_path / "notes.sqlite3", warn=print)
    yield opened
    opened.close()


def test_session_add_edit_delete_undo(session: NotesSession) -> None:
    text = ARTICLE.text
    start = text.index("quoted")
    made = session.add(start, start + 6, note="n")
    assert session.spans() == [(start, start + 6, str(made.id))]
    assert session.at(start + 2) is not None and session.at(start + 6) is None
    changed = session.edit(made, "changed")
    assert session.placed[0].highlight.note == "changed"
    deleted = session.delete(changed)
    assert session.placed == [] and session.can_undo
    assert session.undo_delete() == deleted
    assert [p.highlight.note for p in session.placed] == ["changed"]
    assert session.undo_delete() is None


def test_the_innermost_highlight_wins_at_an_offset(session: NotesSession) -> None:
    text = ARTICLE.text
    outer = session.add(text.index("First"), text.index("Third"))
    inner = session.add(text.index("sentence"), text.index("sentence") + 8)
    assert session.at(text.index("sentence") + 1).highlight.id == inner.id  # type: ignore[union-attr]
    assert session.at(text.index("First")).highlight.id == outer.id  # type: ignore[union-attr]


def test_reopening_a_changed_article_shows_orphans_last_and_keeps_them(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    url_article = make_article("Keep this sentence. Drop this one entirely.")
    first = NotesSession.open(url_article, path=path, warn=print)
    text = url_article.text
    first.add(text.index("Drop"), text.index("entirely") + 8, note="gone soon")
    first.add(text.index("Keep"), text.index("Keep") + 4, note="stays")
    first.close()
    with NoteStore.open(path) as store:
        [saved] = store.articles()
        # The page changed under the same identity: rewrite the snapshot text.
        changed = make_article("Prefix added. Keep this sentence.")
        session = NotesSession(store, saved, changed)
        notes = [(p.highlight.note, p.placement.orphaned) for p in session.placed]
        assert notes == [("stays", False), ("gone soon", True)]
        assert len(session.spans()) == 1


def test_errors_from_a_closed_or_missing_highlight_are_notes_errors(session: NotesSession) -> None:
    text = ARTICLE.text
    made = session.add(text.index("quoted"), text.index("quoted") + 6)
    session.delete(made)
    with pytest.raises(NotesError):
        session.edit(made, "x")
    with pytest.raises(NotesError):
        session.delete(made)


# -- issue 10 item 1: ids are never reused; an edit or delete names the note it means ----------


def test_undo_after_deleting_the_newest_note_and_making_another_brings_it_back(
    session: NotesSession,
) -> None:
    text = ARTICLE.text
    first = session.add(text.index("First"), text.index("First") + 5, note="keep me")
    newest = session.add(text.index("quoted"), text.index("quoted") + 6, note="the newest")
    session.delete(newest)
    later = session.add(text.index("Second"), text.index("Second") + 6, note="made after")
    assert later.id != newest.id  # an id once given out is never given again
    restored = session.undo_delete()
    assert restored is not None and restored.uid == newest.uid
    notes = sorted(p.highlight.note for p in session.placed)
    assert notes == ["keep me", "made after", "the newest"]
    assert first.id in {p.highlight.id for p in session.placed}


def test_a_failed_undo_keeps_the_deleted_note_for_another_try(
    session: NotesSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = ARTICLE.text
    made = session.add(text.index("quoted"), text.index("quoted") + 6, note="precious")
    session.delete(made)

    def fail(_highlight: object) -> None:
        raise NotesError("Could not save: disk full.")

    monkeypatch.setattr(session.store, "restore_highlight", fail)
    with pytest.raises(NotesError):
        session.undo_delete()
    monkeypatch.undo()
    assert session.can_undo
    assert session.undo_delete() is not None
    assert [p.highlight.note for p in session.placed] == ["precious"]


def two_readers(tmp_path: Path) -> tuple[NotesSession, NotesSession]:
    path = tmp_path / "shared.sqlite3"
    return (
        NotesSession.open(ARTICLE, path=path, warn=print),
        NotesSession.open(ARTICLE, path=path, warn=print),
    )


def test_an_edit_from_another_reader_never_lands_on_a_different_note(tmp_path: Path) -> None:
    one, two = two_readers(tmp_path)
    text = ARTICLE.text
    old = one.add(text.index("First"), text.index("First") + 5, note="old")
    two.refresh()
    [seen_by_two] = [p.highlight for p in two.placed]
    one.delete(old)
    new = one.add(text.index("Second"), text.index("Second") + 6, note="new note")
    with pytest.raises(NotesError, match="deleted"):
        two.edit(seen_by_two, "meant for the old note")
    with pytest.raises(NotesError, match="deleted"):
        two.delete(seen_by_two)
    assert [p.highlight.note for p in one.refresh()] == ["new note"]
    assert one.find(new.id) is not None
    one.close()
    two.close()


def test_an_edit_of_a_note_changed_elsewhere_fails_loudly_and_keeps_both_texts(
    tmp_path: Path,
) -> None:
    one, two = two_readers(tmp_path)
    text = ARTICLE.text
    made = one.add(text.index("First"), text.index("First") + 5, note="v1")
    two.refresh()
    [stale] = [p.highlight for p in two.placed]
    edited = one.edit(made, "edited in reader one")
    with pytest.raises(NoteConflictError) as caught:
        two.edit(stale, "edited in reader two")
    assert "changed" in str(caught.value) and "\n" not in str(caught.value)
    assert caught.value.current is not None and caught.value.current.note == "edited in reader one"
    with pytest.raises(NoteConflictError):
        two.delete(stale)
    assert [p.highlight.note for p in one.refresh()] == ["edited in reader one"]
    # Told of the conflict, the user may save over the newer version on purpose.
    assert two.edit(caught.value.current, "two wins").note == "two wins"
    assert edited.version < one.refresh()[0].highlight.version
    one.close()
    two.close()


def test_a_note_written_on_an_article_deleted_from_the_library_elsewhere_is_saved(
    tmp_path: Path,
) -> None:
    """Another window deleted the article from the library while it was open here: every
    note written here then failed ('No saved article'), again at each try, and was lost."""
    path = tmp_path / "notes.sqlite3"
    session = NotesSession.open(ARTICLE, path=path, warn=print)
    with NoteStore.open(path) as other:
        other.delete_article(session.saved.id)
    text = ARTICLE.text
    made = session.add(text.index("Second"), text.index("Second") + 6, note="still mine")
    assert [p.highlight.note for p in session.placed] == ["still mine"]
    session.close()
    with NoteStore.open(path) as store:
        [saved] = store.articles()
        assert [h.note for h in store.highlights(saved.id)] == ["still mine"]
        assert made.article_id == saved.id


def test_undo_and_a_late_edit_on_an_article_deleted_from_the_library_elsewhere(
    tmp_path: Path,
) -> None:
    """u after the article was deleted in another window failed for good (the article it
    belonged to was gone), as did saving an edit of a note deleted with it."""
    path = tmp_path / "notes.sqlite3"
    session = NotesSession.open(ARTICLE, path=path, warn=print)
    text = ARTICLE.text
    first = session.add(text.index("First"), text.index("First") + 5, note="undo me")
    second = session.add(text.index("Second"), text.index("Second") + 6, note="v1")
    session.delete(first)
    with NoteStore.open(path) as other:
        other.delete_article(session.saved.id)
    assert session.undo_delete() is not None
    session.restore_edited(second, "v2")
    assert sorted(p.highlight.note for p in session.placed) == ["undo me", "v2"]
    session.close()
