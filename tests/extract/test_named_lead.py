"""The lead a page names by its class ("intro", "chapo", "lead", "Vorspann") between the
headline and the story's container, which readability leaves out when it picks the story
alone, and which the page's description does not name."""

from __future__ import annotations

import pytest

from tests.extract.test_clean_html import page
from tests.extract.test_clean_html_shapes import (
    STANDFIRST,
    STORY,
    TEASERS,
    paragraphs_of,
    paras,
    standfirst_page,
)

DESCRIPTION = "Everything about the council's new bus routes, the debate and the costs, online."


def lead_page(lead: str, between: str = "") -> str:
    """A news page whose description is not its lead (see standfirst_page)."""
    return standfirst_page(lead, between, description=DESCRIPTION)


@pytest.mark.parametrize(
    "lead",
    [
        f'<div class="tb-article-intro">{STANDFIRST}</div>',
        f'<div class="article-chapo chapo"><p>{STANDFIRST}</p></div>',
        f'<div class="Post__lead"><h2>{STANDFIRST}</h2></div>',
        f'<p class="article__standfirst">{STANDFIRST}</p>',
        f'<div class="articleLead">{STANDFIRST}</div>',
    ],
)
def test_a_lead_named_by_its_class_opens_the_article(lead: str) -> None:
    assert paragraphs_of(lead_page(lead)) == [STANDFIRST, *STORY]


def test_a_live_blog_s_lead_of_several_paragraphs_opens_it() -> None:
    # The summary above a live blog's entries: paragraphs, the last a contact line.
    more = "The new rules will change how pubs and restaurants serve their customers."
    lead = (
        f'<div class="live-event-lead-entry"><p>{STANDFIRST}</p><p>{more}</p>'
        "<p>Contact us on Facebook, Twitter or by email at news@example.com</p></div>"
    )
    paragraphs = paragraphs_of(lead_page(lead))
    assert paragraphs[:2] == [STANDFIRST, more]
    assert paragraphs[-len(STORY) :] == STORY


def test_a_heading_under_the_headline_stays_a_subtitle_even_as_a_sentence() -> None:
    html = standfirst_page(f'<h2 class="sub-head">{STANDFIRST}</h2>')
    assert STANDFIRST not in paragraphs_of(html)


@pytest.mark.parametrize(
    "lead",
    [
        '<div class="intro">Council expands bus network: what changes</div>',  # no sentence
        f'<div class="intro"><a href="/other">{STANDFIRST}</a></div>',  # a link to elsewhere
    ],
)
def test_what_is_not_a_named_lead(lead: str) -> None:
    assert STANDFIRST not in paragraphs_of(lead_page(lead))


def test_a_named_lead_far_from_the_story_is_not_its_lead() -> None:
    other = TEASERS.replace("In other news", "Elsewhere") * 3
    html = lead_page(f'<div class="intro">{STANDFIRST}</div>', between=other)
    assert STANDFIRST not in paragraphs_of(html)


def test_a_named_lead_already_in_the_pick_is_not_repeated() -> None:
    html = page(
        f'<div id="main"><div class="story"><p class="lead">{STANDFIRST}</p>{paras(STORY)}'
        f'</div></div><div id="side">{TEASERS}</div>'
    )
    assert paragraphs_of(html) == [STANDFIRST, *STORY]
