"""A post template's byline and filing lines in other languages than English ("Verfasst
von: anna | 31. Dezember 2008", "Veröffentlicht in Tafelbilder", "Catégories : Société")
are metadata, not the post; sentences that open with the same words stay."""

from __future__ import annotations

import pytest

from tests.extract.test_clean_html import PARAGRAPHS, body_text, page


def post(before: str = "", after: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return page(f'<div class="post"><h2>Bus network</h2>{before}{paragraphs}{after}</div>')


@pytest.mark.parametrize(
    "line",
    [
        "Verfasst von: <b>anna</b> | 31. Dezember 2008",
        "Publié par Marie Dupont le 3 mars 2021",
        "Posted by admin",
    ],
)
def test_a_byline_line_above_the_post_is_dropped(line: str) -> None:
    assert body_text(post(before=f"<p>{line}</p>")).split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        'Veröffentlicht in <a href="/category/news">Tafelbilder</a>',
        'Posted in <a href="/c/news">News</a> | <a href="#respond">Leave a comment</a>',
        "Catégories : Société, Transports",
        "Kategorie: Verkehr",
        "Archivado en: Transporte",
    ],
)
def test_a_filing_line_below_the_post_is_dropped(line: str) -> None:
    assert body_text(post(after=f"<p>{line}</p>")).split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize(
    "sentence",
    [
        "Veröffentlicht in der Zeitung wurde der Plan erst am Mittwoch.",
        "Written by hand, the letter reached the council two weeks late.",
    ],
)
def test_sentences_that_open_with_a_label_stay(sentence: str) -> None:
    assert sentence in body_text(post(before=f"<p>{sentence}</p>", after=f"<p>{sentence}</p>"))


def test_a_post_of_template_lines_alone_keeps_them() -> None:
    # Dropping every block would leave no article (the page would be refused): a post whose
    # text is gone keeps what it has.
    html = page('<div class="post"><p>Verfasst von: anna | 31. Dezember 2008</p></div>')
    assert body_text(html) == "Verfasst von: anna | 31. Dezember 2008"
