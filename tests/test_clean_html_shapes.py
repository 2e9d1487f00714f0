"""Page shapes readability alone gets wrong, each as a minimal page: text held in <br> runs
instead of <p>s (old table layouts, <font>, <span>), and the checks after readability that
catch a wrong pick (a teaser box, a site header) by comparing it with the page's largest
block of text."""

from __future__ import annotations

import pytest

from reader import boilerplate
from reader.clean_html import parse_html
from tests.test_clean_html import PARAGRAPHS, body_text, page

STORY = PARAGRAPHS * 2  # six paragraphs, enough to outweigh any teaser
TEASERS = (
    '<div class="box">'
    + "".join(
        f"<p>In other news, item {i}: the mayor opens a new park in the east, with a playground,"
        " a pond, and a cafe.</p>"
        for i in range(3)
    )
    + "</div>"
)


def layout(story: str) -> str:
    """A two-column page: the story in one column, a box of teaser paragraphs in the other."""
    return page(f'<div id="wrap"><div id="main">{story}</div><div id="side">{TEASERS}</div></div>')


def paragraphs_of(html: str) -> list[str]:
    return body_text(html).split("\n\n")


BR_SHAPES = {
    "table cell": "<table><tr><td>{}</td></tr></table>",
    "font in a table (old layout)": (
        '<table><tr><td><a href="/">Home</a><br><a href="/news">News</a></td>'
        '<td><font face="Arial" size="2">{}</font></td></tr></table>'
    ),
    "span in a div": '<div><span class="text">{}</span></div>',
    "font in a div": '<div class="content"><font size="2">{}</font></div>',
}


@pytest.mark.parametrize("shape", list(BR_SHAPES))
def test_text_in_br_runs_is_the_article_not_the_teasers(shape: str) -> None:
    story = BR_SHAPES[shape].format("<br>\n<br>".join(STORY))
    paragraphs = paragraphs_of(layout(story))
    assert paragraphs[: len(STORY)] == STORY
    assert not any("In other news" in p for p in paragraphs)


def test_br_runs_become_paragraphs_and_single_breaks_stay_inside_them() -> None:
    doc = parse_html(
        page(
            "<td>First line<br>same paragraph, second line, long enough to count as prose here"
            "<br><br>Second paragraph with <b>bold</b> words, also long enough to be prose."
            "<br> <br><br>Third one<div>a block of its own</div>tail text after the block"
            " that makes a paragraph too.</td>"
        )
    )
    assert doc is not None
    boilerplate.paragraphs_from_line_breaks(doc)
    cell = doc.find(".//td")
    assert [child.tag for child in cell] == ["p", "p", "p", "div", "p"]
    assert cell[0].find("br") is not None  # a single <br> is a line break inside the paragraph
    assert cell[1].find("b").text == "bold"
    assert cell[4].text.startswith("tail text")


def test_a_short_run_of_links_between_breaks_is_not_rewritten() -> None:
    doc = parse_html(page('<td><a href="/">Home</a><br><br><a href="/n">News</a></td>'))
    assert doc is not None
    boilerplate.paragraphs_from_line_breaks(doc)
    assert doc.find(".//p") is None


def test_text_inside_a_paragraph_or_pre_is_left_alone() -> None:
    lines = "<br><br>".join(STORY)
    doc = parse_html(page(f"<p><span>{lines}</span></p><pre><span>{lines}</span></pre>"))
    assert doc is not None
    boilerplate.paragraphs_from_line_breaks(doc)
    assert len(doc.findall(".//p")) == 1
