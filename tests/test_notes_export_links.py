"""A highlight's Markdown export carries the article's links inside it (issue 13)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.article import Article, ArticleBuilder, Link
from reader.notes.export import collect, to_markdown
from reader.notes.store import NoteStore

SENTENCE = "The agency put the damage at $3 million in its flood report on Friday."


def _article() -> Article:
    builder = ArticleBuilder("flood.html")
    builder.add("title", "River floods the old town")
    builder.add("paragraph", SENTENCE)
    builder.add("paragraph", "Elsewhere the [ruins] were cleared, a town hall report said.")
    article = builder.build(title="River floods the old town", url="https://news.example/a")
    report = article.text.index("its flood report")
    ruins = article.text.index("[ruins]")
    return dataclasses.replace(
        article,
        links=(
            Link(report, report + len("its flood report"), "https://gov.example/r?a=1&b=2"),
            Link(ruins, ruins + len("[ruins]"), "https://photos.example/ruins"),
        ),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[NoteStore]:
    with NoteStore.open(tmp_path / "notes.sqlite3") as opened:
        yield opened


def _export(store: NoteStore, article: Article, phrase: str) -> str:
    saved = store.remember_article(article)
    start = article.text.index(phrase)
    store.add_highlight(saved.id, article.text, start, start + len(phrase))
    return to_markdown([collect(store, store.articles()[0])], exported="2026-12-02T07:00:00")


def test_the_links_inside_a_highlight_are_exported(store: NoteStore) -> None:
    document = _export(store, _article(), SENTENCE)
    assert "Links: [its flood report](<https://gov.example/r?a=1&b=2>)" in document
    assert "photos.example" not in document  # outside the highlight


def test_anchor_text_is_inert_markdown(store: NoteStore) -> None:
    document = _export(store, _article(), "Elsewhere the [ruins] were cleared")
    assert "Links: [\\[ruins\\]](<https://photos.example/ruins>)" in document


def test_a_highlight_without_links_has_no_links_line(store: NoteStore) -> None:
    assert "Links:" not in _export(store, _article(), "The agency put the damage")


def test_links_read_back_from_a_tampered_snapshot_are_checked() -> None:
    import json

    from reader.notes.identity import article_from_snapshot, snapshot_json

    article = _article()
    data = json.loads(snapshot_json(article))
    assert len(data["links"]) == 2
    data["links"] += [[0, 5, "javascript:alert(1)"], [5, 10**6, "https://x.example/"], "junk"]
    data["links"][0][2] = "https://gov.example/\x1b[2Jr"
    back = article_from_snapshot(json.dumps(data))
    assert [link.href for link in back.links] == [
        "https://gov.example/r",
        "https://photos.example/ruins",
    ]
