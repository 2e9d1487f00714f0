"""The author's note and box closing an article (reader/extract/html/author_notes.py)."""

from __future__ import annotations

from reader.extract.html.author_notes import drop_author_notes
from tests.extract.test_clean_html import PARAGRAPHS, body_text, page, story

AUTHOR = '<meta name="author" content="Jeff Foust">'


def test_a_biography_opening_with_the_author_s_name_closes_the_article_and_goes() -> None:
    note = (
        "Jeff Foust is the editor and publisher of The Space Review, and a senior staff "
        "writer with SpaceNews."
    )
    text = body_text(page(story(extra_after=f"<p>{note}</p>"), head=AUTHOR))
    assert "is the editor and publisher" not in text
    assert PARAGRAPHS[-1] in text


def test_a_possessive_note_or_an_address_in_brackets_goes_too() -> None:
    for note in ("Mike Wall's book is out now.", "Mike Wall (mike@example.com) writes here."):
        blocks = [("paragraph", PARAGRAPHS[0]), ("paragraph", note)]
        assert drop_author_notes(blocks, ["Mike Wall"]) == blocks[:1]


def test_a_label_naming_the_author_opens_the_author_s_box() -> None:
    blocks = [
        ("paragraph", PARAGRAPHS[0]),
        ("heading", "Veröffentlicht von Cem Basman"),
        ("paragraph", "Life is not digital. Zeige alle Beiträge von Cem Basman"),
    ]
    assert drop_author_notes(blocks, ["Cem Basman"]) == blocks[:1]


def test_the_author_named_in_the_story_stays() -> None:
    # Not at the end, or not the sentence's subject, or a paragraph that goes on without
    # the author after a label: the story's own text.
    middle = [
        ("paragraph", "Jeff Foust is the editor of the review, which he founded."),
        ("paragraph", PARAGRAPHS[0]),
        ("paragraph", PARAGRAPHS[1]),
        ("paragraph", PARAGRAPHS[2]),
    ]
    assert drop_author_notes(middle, ["Jeff Foust"]) == middle
    not_subject = [("paragraph", PARAGRAPHS[0]), ("paragraph", "Jeff Foust Said It, a memoir.")]
    assert drop_author_notes(not_subject, ["Jeff Foust"]) == not_subject
    label_then_story = [
        ("heading", "Interview with Jeff Foust"),
        ("paragraph", PARAGRAPHS[0]),
    ]
    assert drop_author_notes(label_then_story, ["Jeff Foust"]) == label_then_story


def test_a_one_word_author_names_nothing_to_look_for() -> None:
    blocks = [("paragraph", PARAGRAPHS[0]), ("paragraph", "Reuters is a news agency.")]
    assert drop_author_notes(blocks, ["Reuters"]) == blocks
