"""Tags on highlights: parsing, storage through the v7 migration, search by `#tag`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.article import ArticleBuilder
from reader.notes.schema import LATEST_VERSION, migrate
from reader.notes.store import NoteStore
from reader.notes.tags import TagError, note_tags, parse_tags

FIXTURE = Path(__file__).parent / "fixtures" / "notes_schema_v1.sql"


def test_typed_tags_take_spaces_commas_and_hashes_and_drop_repeats() -> None:
    assert parse_tags("#syria, aid  UN/figures syria") == ("syria", "aid", "UN/figures")
    assert parse_tags("   ") == ()


@pytest.mark.parametrize("typed", ["2024", "a:b", "#", "x" * 65, "/lead"])
def test_a_word_that_is_not_a_tag_is_refused_with_its_name(typed: str) -> None:
    with pytest.raises(TagError, match="is not a tag"):
        parse_tags(f"fine {typed}")


def test_hash_tags_in_a_note_are_tags_but_not_urls_numbers_or_entities() -> None:
    note = "Check #aid-figures and #UN/OCHA; see https://x.org/a#part, issue #2024, &#39; #un/ocha"
    assert note_tags(note) == ("aid-figures", "UN/OCHA")  # the same tag again: kept once


def make_store(tmp_path: Path) -> tuple[NoteStore, int, str]:
    builder = ArticleBuilder("aleppo.txt")
    builder.add("title", "Aleppo")
    builder.add("paragraph", "The army said it had taken back 70 percent of the districts.")
    builder.add("paragraph", "Aid convoys waited at the edge of the city.")
    article = builder.build(title="Aleppo")
    store = NoteStore.open(tmp_path / "notes.sqlite3")
    saved = store.remember_article(article)
    return store, saved.id, article.text


def test_tags_are_stored_changed_and_searched_by_hash(tmp_path: Path) -> None:
    store, article_id, text = make_store(tmp_path)
    with store:
        start = text.index("70 percent")
        tagged = store.add_highlight(article_id, text, start, start + 10, tags=("figures",))
        start = text.index("Aid convoys")
        noted = store.add_highlight(
            article_id, text, start, start + 11, note="Who sent them? #aid #figures"
        )
        # The word "aid" in the highlighted text is not the tag #aid.
        start = text.index("army")
        store.add_highlight(article_id, text, start, start + 4, note="aid agencies?")
        assert store.highlight(tagged.id).tags == ("figures",)
        assert noted.all_tags == ("aid", "figures")
        assert {h.highlight.id for h in store.search("#figures")} == {tagged.id, noted.id}
        assert [h.highlight.id for h in store.search("#aid")] == [noted.id]
        assert len(store.search("aid")) == 2  # without #, the word anywhere
        retagged = store.set_tags(store.highlight(tagged.id), ("aid", "un"))
        assert retagged.tags == ("aid", "un") and retagged.version == 2
        assert {h.highlight.id for h in store.search("#aid")} == {tagged.id, noted.id}
        assert [h.highlight.id for h in store.search("#figures")] == [noted.id]
        # Undoing a delete gives the tags back.
        deleted = store.delete_highlight(retagged)
        store.restore_highlight(deleted)
        assert store.highlight(tagged.id).tags == ("aid", "un")


def test_migration_6_to_7_keeps_notes_and_makes_tags_searchable(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.executescript(FIXTURE.read_text(encoding="utf-8"))
    connection.execute("BEGIN")
    migrate(connection, 6)  # as the previous release left it
    connection.execute("UPDATE highlights SET note = note || ' #checked' WHERE id = 1")
    connection.execute("COMMIT")
    connection.close()
    assert LATEST_VERSION == 7
    with NoteStore.open(path) as store:
        [saved] = store.articles()
        highlights = store.highlights(saved.id)
        assert len(highlights) == 2 and all(h.tags == () for h in highlights)
        [hit] = store.search("#checked")
        assert hit.highlight.all_tags == ("checked",)
        store.set_tags(highlights[1], ("aid",))
        assert [h.highlight.id for h in store.search("#aid")] == [highlights[1].id]
