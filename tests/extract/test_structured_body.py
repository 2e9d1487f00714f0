"""The page's own article text (JSON-LD articleBody) as a fallback body (issue 12)."""

from __future__ import annotations

import json

import pytest

from reader.errors import NotAnArticleError
from reader.extract.html.parse import clean_html
from tests.extract.test_clean_html import PARAGRAPHS, body_text, page

MORE = [
    "Residents of the northern suburbs have waited almost a decade for a direct connection, "
    "and several neighbourhood groups had campaigned for the routes since 2016.",
    "The council's transport committee will publish the timetables in February, after a "
    "consultation with the two bus operators that run the existing network in the city.",
    "Drivers' unions welcomed the plan but asked for new depots, saying the current ones "
    "are already full and that night services would need more staff than budgeted.",
]


def ld(body: str, kind: str = "NewsArticle") -> str:
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": "Buses",
        "articleBody": body,
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_a_body_shown_in_part_is_completed_from_the_stated_text() -> None:
    # The page shows two of six paragraphs (the rest loaded by a script); the JSON-LD has all.
    stated = " ".join(PARAGRAPHS + MORE)
    html = page(f"<article><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></article>", ld(stated))
    parts = body_text(html).split("\n\n")
    assert parts[:2] == PARAGRAPHS[:2]
    assert " ".join(parts[2:]) == " ".join([PARAGRAPHS[2], *MORE])


def test_the_page_paragraphs_and_headings_mark_the_breaks() -> None:
    stated = " ".join([PARAGRAPHS[0], PARAGRAPHS[1], "What changes", PARAGRAPHS[2], *MORE])
    shown = f"<p>{PARAGRAPHS[0]}</p><h2>What changes</h2><p>{MORE[0]}</p>"
    html = page(f"<article>{shown}</article>", ld(stated))
    article = clean_html(html, source="t.html")
    blocks = [(b.kind, article.block_text(b)) for b in article.blocks if b.kind != "title"]
    assert ("heading", "What changes") in blocks
    assert ("paragraph", PARAGRAPHS[0]) in blocks
    assert ("paragraph", MORE[0]) in blocks
    assert "".join(text for _, text in blocks).replace(" ", "") == "".join(
        [PARAGRAPHS[0], PARAGRAPHS[1], "What changes", PARAGRAPHS[2], *MORE]
    ).replace(" ", "")


def test_a_page_with_no_body_in_its_html_reads_the_stated_text() -> None:
    stated = "\n".join(PARAGRAPHS + MORE)
    html = page('<div id="app"><h1>Buses</h1></div>', ld(stated))
    assert body_text(html).split("\n\n") == PARAGRAPHS + MORE


def test_unmarked_stated_text_is_cut_at_sentence_ends() -> None:
    stated = " ".join(PARAGRAPHS + MORE + PARAGRAPHS)
    text = body_text(page('<div id="app"></div>', ld(stated)))
    parts = text.split("\n\n")
    assert len(parts) > 1
    assert all(part.endswith(".") for part in parts)
    assert " ".join(parts) == stated


@pytest.mark.parametrize("kind", ["NewsArticle", "WebPage"])
def test_a_teaser_never_replaces_the_body(kind: str) -> None:
    # The stated text is shorter than the body (a summary): the HTML body stands.
    html = page(
        "<article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS + MORE) + "</article>",
        ld(" ".join(PARAGRAPHS[:2] + MORE[:2]), kind),
    )
    assert body_text(html).split("\n\n") == PARAGRAPHS + MORE


def test_another_articles_text_does_not_replace_the_body() -> None:
    other = " ".join(["A different story about the harbour and its new ferry terminal."] * 20)
    html = page("<article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>", ld(other))
    assert body_text(html).split("\n\n") == PARAGRAPHS


def test_a_short_description_is_no_article() -> None:
    with pytest.raises(NotAnArticleError):
        clean_html(page('<div id="app"></div>', ld(PARAGRAPHS[0])), source="t.html")


def test_the_text_of_an_object_that_is_no_article_is_not_read() -> None:
    stated = "\n".join(PARAGRAPHS + MORE)
    with pytest.raises(NotAnArticleError):
        clean_html(page('<div id="app"></div>', ld(stated, "Product")), source="t.html")
