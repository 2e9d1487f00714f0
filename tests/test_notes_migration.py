"""Databases written by older versions open, keep every note, and gain the new features."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.notes.anchoring import place_all
from reader.notes.errors import NotesUnavailableError
from reader.notes.schema import LATEST_VERSION
from reader.notes.store import NoteStore

FIXTURE = Path(__file__).parent / "fixtures" / "notes_schema_v1.sql"


def v1_database(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.executescript(FIXTURE.read_text(encoding="utf-8"))
    connection.close()
    return path


def test_a_version_1_database_is_migrated_with_every_note_intact(tmp_path: Path) -> None:
    path = v1_database(tmp_path / "notes.sqlite3")
    with NoteStore.open(path) as store:
        [saved] = store.articles()
        assert saved.title == "Syrian Army retakes most of eastern Aleppo"
        assert saved.note_count == 2
        highlights = store.highlights(saved.id)
        assert [h.note for h in highlights] == [
            "Check against the UN count",
            "Which agency? It's unclear",
        ]
        assert all(h.kind == "highlight" and h.label is None for h in highlights)
        article = store.load_article(saved.id)
        placed = place_all(article.text, highlights)
        assert [article.text[p.placement.start : p.placement.end] for p in placed] == [
            "70 percent of the districts",
            "Aid convoys",
        ]
        assert all(p.placement.method == "position" for p in placed)
        # Version 2 features work on the old notes: search reaches them.
        assert [hit.highlight.uid for hit in store.search("agency")] == [highlights[1].uid]
        # And new notes can be added beside them.
        store.add_highlight(saved.id, article.text, 0, 6, note="new", kind="quote", label="x")
        assert store.article(saved.id).note_count == 3
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    connection.close()


def test_migration_is_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = v1_database(tmp_path / "notes.sqlite3")
    from reader.notes import schema

    broken = dict(schema.MIGRATIONS)
    broken[1] = schema.MIGRATION_V1_TO_V2 + "\nTHIS IS NOT SQL;"
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    with pytest.raises(NotesUnavailableError):
        NoteStore.open(path)
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [row[1] for row in connection.execute("PRAGMA table_info(highlights)")]
    assert "kind" not in columns
    assert connection.execute("SELECT count(*) FROM highlights").fetchone()[0] == 2
    connection.close()
    monkeypatch.undo()
    with NoteStore.open(path) as store:
        assert store.articles()[0].note_count == 2


def test_a_database_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NotesUnavailableError, match="newer newsreader"):
        NoteStore.open(path)
    assert path.read_bytes() == before


def test_a_migrated_database_never_gives_a_deleted_id_again(tmp_path: Path) -> None:
    path = v1_database(tmp_path / "notes.sqlite3")
    with NoteStore.open(path) as store:
        [saved] = store.articles()
        highlights = store.highlights(saved.id)
        newest = max(highlights, key=lambda h: h.id)
        assert sorted(h.id for h in highlights) == [1, 2]  # ids kept by the migration
        store.delete_highlight(newest)
        article = store.load_article(saved.id)
        made = store.add_highlight(saved.id, article.text, 0, 6, note="after the delete")
        assert made.id > newest.id
        store.restore_highlight(newest)
        assert {h.id for h in store.highlights(saved.id)} == {1, 2, made.id}
        assert [hit.highlight.id for hit in store.search("agency")] == [newest.id]


def back_to_version_6(connection: sqlite3.Connection) -> None:
    """Undo migration 7 (tags), so that a test can run the migrations from 5 or 6 again."""
    from reader.notes.schema import _FTS_TRIGGERS, _statements

    for trigger in ("insert", "delete", "update"):
        connection.execute(f"DROP TRIGGER highlights_fts_{trigger}")
    connection.execute("DROP TABLE highlights_fts")
    connection.execute("ALTER TABLE highlights DROP COLUMN tags")
    connection.execute(
        "CREATE VIRTUAL TABLE highlights_fts USING fts5(exact, note, label, "
        "content='highlights', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    for statement in _statements(_FTS_TRIGGERS):
        connection.execute(statement)
    connection.execute("INSERT INTO highlights_fts(highlights_fts) VALUES ('rebuild')")


def test_credentials_stored_by_an_older_version_are_removed_from_the_file(tmp_path: Path) -> None:
    from reader.article import ArticleBuilder

    path = tmp_path / "notes.sqlite3"
    with NoteStore.open(path) as store:
        for url in ("https://news.example/a", "https://news.example/b"):
            builder = ArticleBuilder(url)
            builder.add("paragraph", "Aid convoys are expected by Friday, officials said.")
            saved = store.remember_article(builder.build(title="Aid", url=url))
            store.add_highlight(saved.id, builder.build().text, 0, 11, note=f"on {url}")
    # As a version before 6 stored them: with the user name and password.
    connection = sqlite3.connect(path)
    for column in ("identity", "source", "url", "snapshot"):
        connection.execute(
            f"UPDATE articles SET {column} = replace({column}, 'https://', 'https://al:s3cret@')"
        )
    # Opened once with credentials and once without: two entries for one URL.
    connection.execute("UPDATE articles SET identity = 'url:https://news.example/a' WHERE id = 2")
    back_to_version_6(connection)
    connection.execute("PRAGMA user_version = 5")
    connection.commit()
    connection.close()
    with NoteStore.open(path) as store:
        library = sorted(store.articles(), key=lambda s: s.id)
        assert [s.url for s in library] == ["https://news.example/a", "https://news.example/b"]
        assert [s.note_count for s in library] == [1, 1]
        assert store.load_article(library[0].id).url == "https://news.example/a"
        assert [s.id for s in store.find_articles("https://news.example/b")] == [library[1].id]
        assert len({s.identity for s in library}) == 2
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert b"s3cret" not in stored
