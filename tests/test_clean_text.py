"""Plain-text cleaning: headline, dateline, headings and paragraphs kept; page junk dropped."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.extract.text.dates import parse_dateline
from reader.extract.text.plain import clean_text, is_interface_line
from tests.conftest import SAMPLE

TITLE = "Syrian Army retakes 70% of E. Aleppo, evacuates over 1,200 civilians – Russian military"
HEADINGS = [
    "Militants ask for truce amid Syrian Army advance",
    "Lavrov & Kerry to meet in Hamburg to discuss Syria",
]


def _sample():
    return clean_text(SAMPLE.read_text(encoding="utf-8"), source=str(SAMPLE))


def test_sample_title_date_and_headings() -> None:
    article = _sample()
    assert article.title == TITLE
    assert article.published == "2016-12-07T19:16"
    assert article.blocks[0].kind == "title"
    assert article.block_text(article.blocks[0]) == TITLE
    headings = [article.block_text(b) for b in article.blocks if b.kind == "heading"]
    assert headings == HEADINGS


def test_sample_keeps_every_paragraph_and_no_junk() -> None:
    article = _sample()
    paragraphs = [article.block_text(b) for b in article.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 27
    assert paragraphs[0].startswith("Syrian government forces have liberated 15 more")
    assert paragraphs[-1].startswith("At the same time, they indicated their readiness")
    for junk in ("icon", "chevron", "Podcasts", "0:00", "27:33", "28:1", "7 Dec, 2016"):
        assert junk not in article.text
    source_paragraphs = [
        line for line in SAMPLE.read_text(encoding="utf-8").split("\n") if len(line) > 120
    ]
    assert all(line in article.text for line in source_paragraphs[1:])  # [0] is the icon line


def test_blocks_are_separated_by_one_blank_line() -> None:
    article = _sample()
    for before, after in zip(article.blocks, article.blocks[1:], strict=False):
        assert article.text[before.end : after.start] == "\n\n"


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "A Headline About Something\n\n"
        "This paragraph was wrapped by an email client at about\n"
        "sixty columns, so each line ends in the middle of a\n"
        "sentence and must be joined back together.\n\n"
        "A second paragraph, also complete on its own line, ends here.\n"
    )
    article = clean_text(text, source="t")
    assert article.title == "A Headline About Something"
    para = article.block_text(article.blocks[1])
    assert para.startswith("This paragraph was wrapped by an email client at about sixty")
    assert len(article.blocks) == 3


def test_lists_quotes_and_byline() -> None:
    text = (
        "Council Votes On The Budget\n\nBy Jane Smith\n\n"
        "The council met on Tuesday to vote on three items, the clerk said.\n\n"
        "- the new library\n- a bridge repair\n- more buses\n\n"
        "> We are proud of this budget, said the mayor in her statement.\n"
    )
    article = clean_text(text, source="t")
    assert article.byline == "By Jane Smith"
    kinds = [b.kind for b in article.blocks]
    assert kinds == ["title", "paragraph", "list_item", "list_item", "list_item", "quote"]
    assert article.block_text(article.blocks[2]) == "the new library"
    assert article.block_text(article.blocks[5]).startswith("We are proud")


def test_player_and_share_junk_in_other_text() -> None:
    text = (
        "Share Tweet Email Print\n\n"
        "Officials Announce New Rail Line\n\n"
        "Updated: March 3, 2021 at 4:05 pm\n\n"
        "The transit authority announced a new rail line on Wednesday, officials said.\n\n"
        "Construction will start next year and take four years to complete.\n\n"
        "Watch\n1:02\n3:45\nRelated Stories\nMore Videos\n"
    )
    article = clean_text(text, source="t")
    assert article.title == "Officials Announce New Rail Line"
    assert article.published == "2021-03-03T16:05"
    assert "Share" not in article.text and "Related" not in article.text
    assert "3:45" not in article.text
    assert article.text.endswith("take four years to complete.")


def test_a_short_closing_sentence_is_article_text() -> None:
    """A last paragraph of a few words that is a sentence is what the article says, not a label."""
    for last in ('He added: "It is a promise."', "Nobody was hurt.", "“We’ll be back,” she said."):
        text = '"We will rebuild the bridge by next spring," said Bob Smith, the mayor.\n\n' + last
        article = clean_text(text, source="t")
        assert article.text.endswith(last), last
    # Labels after the last sentence still go.
    article = clean_text(
        "Officials said the line will open in 2026, a year late.\n\nWatch\nMore", source="t"
    )
    assert article.text.endswith("a year late.")


def test_interface_lines() -> None:
    assert is_interface_line("Share Tweet Email Print")
    assert is_interface_line("icon bookmark icon camera icon check icon chevron down icon close")
    assert not is_interface_line("Officials say the share price fell.")
    assert not is_interface_line("Lavrov & Kerry to meet in Hamburg to discuss Syria")


def test_datelines() -> None:
    assert parse_dateline("7 Dec, 2016 19:16") == "2016-12-07T19:16"
    assert parse_dateline("December 7, 2016") == "2016-12-07"
    assert parse_dateline("Published: Tue, Nov. 19, 2019 3:30 p.m. EST") == "2019-11-19T15:30"
    assert parse_dateline("2019-11-19T08:30:00Z") == "2019-11-19T08:30"
    assert parse_dateline("The vote on December 7, 2016 was close.") is None
    assert parse_dateline("32 Dec, 2016") is None


def test_text_without_a_headline_has_no_title() -> None:
    article = clean_text("Just one paragraph of prose that ends with a stop.", source="t")
    assert article.title is None
    assert [b.kind for b in article.blocks] == ["paragraph"]


@given(st.text(max_size=2000))
def test_any_text_gives_consistent_blocks(text: str) -> None:
    article = clean_text(text, source="t")
    for block in article.blocks:
        assert 0 <= block.start < block.end <= len(article.text)
        assert (
            article.text[block.start : block.end].strip() == article.text[block.start : block.end]
        )
