"""A hover card inside a sentence (a photo and links to other stories) is not the sentence."""

from __future__ import annotations

import time

import lxml.html

from reader.extract.html import inline_cards
from tests.extract.test_clean_html import PARAGRAPHS, body_text, page, story

CARD = (
    '<span class="rollover-people"><a href="/people/ann-lee">Ann Lee</a>'
    '<span class="rollover-people-block"><span><img src="lee.jpg"><a href="/people/ann-lee">'
    'Ann Lee</a><a href="/policy/471175-council">Council votes down the budget</a>'
    '<a href="/policy/471176-harbour">Harbour plan delayed again</a></span></span></span>'
)


def test_a_hover_card_inside_a_sentence_goes_and_the_sentence_stays() -> None:
    sentence = f"<p>The mayor, {CARD}, said the routes would open in March as planned.</p>"
    text = body_text(page(story(extra_before=sentence)))
    assert "The mayor, Ann Lee, said the routes would open in March as planned." in text
    assert "Council votes down" not in text


def test_a_link_and_a_picture_of_the_story_s_own_stay() -> None:
    # An inline photo with one link in a sentence is no card.
    sentence = (
        '<p>The new bus, <span><img src="bus.jpg"> <a href="/bus">shown here</a></span>, '
        "seats sixty people and runs on electricity from the city's own plant.</p>"
    )
    text = body_text(page(story(extra_before=sentence)))
    assert "shown here" in text
    assert PARAGRAPHS[0] in text


def test_a_page_of_a_hundred_thousand_paragraphs_is_searched_for_cards_in_linear_time() -> None:
    """The XPath ".//p//span[...]" merged one node set per paragraph: quadratic, about 25 s
    for 60,000 paragraphs (the hostile 20 MB page took minutes)."""
    body = lxml.html.fromstring("<div>" + "<p>The council met and voted.</p>" * 100_000 + "</div>")
    start = time.process_time()
    inline_cards.drop_inline_cards(body)
    assert time.process_time() - start < 3
    assert len(body) == 100_000
