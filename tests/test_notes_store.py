"""The notes store: saving, editing, deleting, reopening, library, search."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.article import Article, ArticleBuilder
from reader.notes.anchoring import place_all
from reader.notes.errors import NotesError
from reader.notes.store import NoteStore, fts_query, open_notes

PARAGRAPHS = [
    "Syrian Army retakes most of eastern Aleppo.",
    "The army said on Wednesday that it had taken back 70 percent of the districts.",
    "Residents described the night as the quietest in months, a spokesman told reporters.",
    "Aid convoys are expected to reach the city by Friday, officials said.",
]


def make_article(
    paragraphs: list[str] = PARAGRAPHS, *, url: str | None = None, source: str = "aleppo.txt"
) -> Article:
    builder = ArticleBuilder(source)
    builder.add("title", paragraphs[0])
    for paragraph in paragraphs[1:]:
        builder.add("paragraph", paragraph)
    return builder.build(title=paragraphs[0], url=url, site="example.org", published="2016-12-07")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "notes.sqlite3"


@pytest.fixture
def store(db_path: Path):
    with NoteStore.open(db_path) as opened:
        yield opened


def span(article: Article, phrase: str) -> tuple[int, int]:
    start = article.text.index(phrase)
    return start, start + len(phrase)


def test_a_note_survives_closing_and_reopening_in_its_place(db_path: Path) -> None:
    article = make_article()
    start, end = span(article, "70 percent of the districts")
    with NoteStore.open(db_path) as store:
        saved = store.remember_article(article)
        made = store.add_highlight(saved.id, article.text, start, end, note="check the figure")
    with NoteStore.open(db_path) as store:
        again = store.article_for(article)
        assert again is not None and again.id == saved.id and again.note_count == 1
        [placed] = place_all(article.text, store.highlights(again.id))
    assert placed.highlight == made
    assert (placed.placement.start, placed.placement.end) == (start, end)
    assert placed.placement.method == "position"
    assert article.text[placed.placement.start : placed.placement.end] == (
        "70 percent of the districts"
    )


def test_the_anchor_keeps_32_characters_of_context(store: NoteStore) -> None:
    article = make_article()
    saved = store.remember_article(article)
    start, end = span(article, "quietest")
    anchor = store.add_highlight(saved.id, article.text, start, end).anchor
    assert anchor.exact == "quietest"
    assert anchor.prefix == article.text[start - 32 : start]
    assert anchor.suffix == article.text[end : end + 32]
    assert (anchor.start, anchor.end) == (start, end)


def test_editing_a_note_replaces_only_that_note(store: NoteStore) -> None:
    article = make_article()
    saved = store.remember_article(article)
    first = store.add_highlight(saved.id, article.text, *span(article, "Aid convoys"), note="a")
    second = store.add_highlight(saved.id, article.text, *span(article, "spokesman"), note="b")
    edited = store.update_note(first, "convoys: which agency?")
    assert edited.note == "convoys: which agency?"
    assert edited.anchor == first.anchor and edited.created == first.created
    assert store.highlight(second.id).note == "b"


def test_deleting_then_restoring_brings_the_same_highlight_back(store: NoteStore) -> None:
    article = make_article()
    saved = store.remember_article(article)
    made = store.add_highlight(saved.id, article.text, *span(article, "Friday"), note="date?")
    deleted = store.delete_highlight(made)
    assert deleted == made
    assert store.highlights(saved.id) == []
    assert store.search("date") == []
    store.restore_highlight(deleted)
    assert store.highlights(saved.id) == [made]
    assert [hit.highlight for hit in store.search("date")] == [made]


def test_missing_highlights_are_errors_not_silent(store: NoteStore) -> None:
    article = make_article()
    saved = store.remember_article(article)
    gone = store.delete_highlight(store.add_highlight(saved.id, article.text, 0, 6))
    with pytest.raises(NotesError, match="deleted"):
        store.update_note(gone, "lost?")
    with pytest.raises(NotesError, match="deleted"):
        store.delete_highlight(gone)
    with pytest.raises(NotesError, match="No saved article"):
        store.add_highlight(999, "some text here", 0, 4)


@pytest.mark.parametrize("bounds", [(5, 5), (-1, 3), (3, 10_000), (9, 4)])
def test_a_highlight_must_be_a_real_range(store: NoteStore, bounds: tuple[int, int]) -> None:
    article = make_article()
    saved = store.remember_article(article)
    with pytest.raises(NotesError, match="Cannot highlight"):
        store.add_highlight(saved.id, article.text, *bounds)
    assert store.highlights(saved.id) == []


def test_blank_space_cannot_be_highlighted(store: NoteStore) -> None:
    article = make_article()
    saved = store.remember_article(article)
    gap = article.text.index("\n\n")
    with pytest.raises(NotesError, match="blank"):
        store.add_highlight(saved.id, article.text, gap, gap + 2)


def test_an_article_is_the_same_article_by_url_even_when_its_text_changed(
    store: NoteStore,
) -> None:
    first = store.remember_article(make_article(url="https://example.org/aleppo#top"))
    changed = make_article([*PARAGRAPHS, "Update: more text."], url="https://example.org/aleppo")
    second = store.remember_article(changed)
    assert second.id == first.id
    assert second.identity == "url:https://example.org/aleppo"
    # The snapshot follows the newest version.
    assert store.load_article(first.id).text == changed.text


def test_without_a_url_the_text_and_the_place_identify_the_article(store: NoteStore) -> None:
    first = store.remember_article(make_article(source="a.txt"))
    same_text = store.remember_article(make_article(source="moved/a.txt"))
    assert same_text.id == first.id and same_text.source == "moved/a.txt"
    edited_there = store.remember_article(
        make_article([*PARAGRAPHS, "More."], source="moved/a.txt")
    )
    assert edited_there.id == first.id
    other = store.remember_article(make_article(["Budget talks stall", "Nothing."], source="a.txt"))
    elsewhere = store.remember_article(make_article([*PARAGRAPHS, "Else."], source="b.txt"))
    assert len({first.id, other.id, elsewhere.id}) == 3
    assert first.identity.startswith("sha256:")


def test_the_snapshot_reopens_the_article_when_the_file_is_gone(store: NoteStore) -> None:
    article = make_article()
    saved = store.remember_article(article)
    assert store.load_article(saved.id) == article


def test_library_lists_most_recently_opened_first_with_note_counts(store: NoteStore) -> None:
    a = store.remember_article(make_article(source="a.txt"), opened="2026-01-01T00:00:00")
    b_article = make_article([*PARAGRAPHS, "B"], source="b.txt")
    b = store.remember_article(b_article, opened="2026-01-02T00:00:00")
    store.add_highlight(b.id, b_article.text, 0, 6)
    store.add_highlight(b.id, b_article.text, 10, 16)
    library = store.articles()
    assert [s.id for s in library] == [b.id, a.id]
    assert [s.note_count for s in library] == [2, 0]
    store.remember_article(make_article(source="a.txt"), opened="2026-01-03T00:00:00")
    assert [s.id for s in store.articles()] == [a.id, b.id]


def test_library_filters_by_title_and_by_note_text(store: NoteStore) -> None:
    aleppo = make_article()
    saved = store.remember_article(aleppo)
    other = store.remember_article(make_article(["Budget talks stall", "Nothing here."]))
    store.add_highlight(saved.id, aleppo.text, *span(aleppo, "Aid convoys"), note="UNHCR?")
    assert [s.id for s in store.articles("budget")] == [other.id]
    assert [s.id for s in store.articles("unhcr")] == [saved.id]
    assert [s.id for s in store.articles("50%_")] == []  # LIKE wildcards are literal


def test_search_finds_highlighted_text_notes_and_labels(store: NoteStore) -> None:
    article = make_article()
    saved = store.remember_article(article)
    by_text = store.add_highlight(saved.id, article.text, *span(article, "Aid convoys"))
    by_note = store.add_highlight(
        saved.id, article.text, *span(article, "spokesman"), note="Who is the spokesman? Ask"
    )
    by_label = store.add_highlight(
        saved.id, article.text, *span(article, "70 percent"), kind="number", label="70 percent"
    )
    assert [h.highlight.id for h in store.search("convoys")] == [by_text.id]
    assert [h.highlight.id for h in store.search("ask")] == [by_note.id]
    assert {h.highlight.id for h in store.search("percent")} == {by_label.id}
    assert store.search("conv")[0].highlight.id == by_text.id  # last word is a prefix
    assert store.search("convoys spokesman") == []  # every word must occur
    assert store.search('"unbalanced AND OR NEAR(') == []  # FTS syntax is taken literally
    assert store.search("   ") == []
    hit = store.search("convoys")[0]
    assert hit.article.id == saved.id and hit.article.title == PARAGRAPHS[0]


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('say "hi" now') == '"say" """hi""" "now"*'
    assert fts_query("-- ** ") == ""


def test_find_articles_by_source_url_and_id(store: NoteStore, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    local = store.remember_article(make_article(source=str(path.resolve())))
    remote = store.remember_article(
        make_article([*PARAGRAPHS, "x"], url="https://example.org/a", source="https://e.org/a")
    )
    assert [s.id for s in store.find_articles(str(path))] == [local.id]
    assert [s.id for s in store.find_articles("https://example.org/a")] == [remote.id]
    assert [s.id for s in store.find_articles("https://e.org/a")] == [remote.id]
    assert [s.id for s in store.find_articles(str(local.id))] == [local.id]
    assert store.find_articles("nothing-like-this") == []


def test_notes_of_different_articles_never_mix(store: NoteStore) -> None:
    one = make_article(source="one.txt")
    two = make_article([*PARAGRAPHS[:2], "Entirely different."], source="two.txt")
    s1, s2 = store.remember_article(one), store.remember_article(two)
    h1 = store.add_highlight(s1.id, one.text, *span(one, "Syrian Army"))
    h2 = store.add_highlight(s2.id, two.text, *span(two, "Entirely"))
    assert store.highlights(s1.id) == [h1]
    assert store.highlights(s2.id) == [h2]


def test_open_notes_uses_the_data_dir_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSREADER_DATA_DIR", str(tmp_path / "env-data"))
    warnings: list[str] = []
    with open_notes(warn=warnings.append) as store:
        assert store.path == tmp_path / "env-data" / "notes.sqlite3"
    assert store.path.exists() and warnings == []


def test_the_database_uses_wal_and_the_latest_schema(store: NoteStore, db_path: Path) -> None:
    import sqlite3

    from reader.notes.schema import LATEST_VERSION

    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    finally:
        connection.close()


def test_a_local_file_is_remembered_by_its_absolute_path(
    store: NoteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "page.txt").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    saved = store.remember_article(make_article(source="page.txt"))
    assert saved.source == str((tmp_path / "page.txt").resolve())
    monkeypatch.chdir("/")
    assert [s.id for s in store.find_articles(str(tmp_path / "page.txt"))] == [saved.id]


def test_escape_sequences_in_notes_and_labels_never_reach_the_database(store: NoteStore) -> None:
    article = make_article()
    saved = store.remember_article(article)
    start, end = span(article, "70 percent")
    made = store.add_highlight(
        saved.id,
        article.text,
        start,
        end,
        note="[Reuters] \x1b[2Jcheck\x1b]52;c;cm0=\x07\u202e it\nline two",
        kind="quote",
        label="Ann\x9b2J Lee",
    )
    assert made.note == "[Reuters] check it\nline two" and made.label == "Ann Lee"
    edited = store.update_note(made, "again\x1b]0;title\x07 [/bold]")
    assert edited.note == "again [/bold]"
    [stored] = store.highlights(saved.id)
    assert stored.note == "again [/bold]" and stored.label == "Ann Lee"


def test_credentials_in_urls_never_reach_the_library(store: NoteStore, db_path: Path) -> None:
    secret_url = "https://alice:s3cret@news.example:8443/a?x=1#top"
    article = make_article(url=secret_url, source="https://bob:hunter2@news.example/a")
    saved = store.remember_article(article)
    assert saved.url == "https://news.example:8443/a?x=1#top"
    assert saved.source == "https://news.example/a"
    assert saved.identity == "url:https://news.example:8443/a?x=1"
    assert store.load_article(saved.id).url == "https://news.example:8443/a?x=1#top"
    assert [s.id for s in store.find_articles(secret_url)] == [saved.id]
    stored = b"".join(
        p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith("notes.sqlite3")
    )
    assert b"s3cret" not in stored and b"hunter2" not in stored and b"alice" not in stored


def test_credentials_saved_by_an_older_version_are_not_shown(
    store: NoteStore, db_path: Path
) -> None:
    import sqlite3

    saved = store.remember_article(make_article(url="https://news.example/a"))
    connection = sqlite3.connect(db_path)
    connection.execute(
        "UPDATE articles SET url = 'https://al:pw@news.example/a', source = 'https://al:pw@n.e/'"
    )
    connection.commit()
    connection.close()
    [shown] = store.articles()
    assert (shown.id, shown.url, shown.source) == (
        saved.id,
        "https://news.example/a",
        "https://n.e/",
    )
