"""The whole path from bytes to an Article: what each stage may and may not do to the text."""

from __future__ import annotations

from reader.extract import article_from_bytes
from tests.extract.test_clean_html import PARAGRAPHS


def test_a_page_with_a_lone_c1_control_keeps_all_its_text() -> None:
    # A CMS that stored UTF-8 read as windows-1252 serves "â€\x9d" for a closing quote: the
    # U+009D in it is the 8-bit OSC introducer, with no terminator anywhere after it.
    paragraphs = [
        f"“Yes,â€\x9d the mayor said ({i}). {text}" for i in range(6) for text in PARAGRAPHS
    ]
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    article = article_from_bytes((html + "</article></body></html>").encode(), name="t.html")
    for text in PARAGRAPHS:
        assert article.text.count(text) == 6
    assert "\x9d" not in article.text
