"""The paywall notice: a page whose text stops where its paywall starts says so, in the article
model and in the analyze JSON, and a page that merely has a login link or paywall markup with
its whole text does not."""

from __future__ import annotations

import json

from reader.extract import article_json
from reader.extract.html.parse import clean_html
from tests.extract.test_clean_html import PARAGRAPHS, page

TEASER = PARAGRAPHS[0]
FULL = "".join(f"<p>{text} ({i})</p>" for i, text in enumerate(PARAGRAPHS * 6))
HEADLINE = "<h1>Council expands bus network</h1>"


def json_ld(**fields: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def notices(html: str) -> tuple[str, ...]:
    return clean_html(html, source="p.html").notices


def test_a_teaser_the_page_declares_not_free_is_marked_cut_by_a_paywall() -> None:
    html = page(
        f"<article>{HEADLINE}<p>{TEASER}</p></article>",
        head=json_ld(headline="Council expands bus network", isAccessibleForFree=False),
    )
    article = clean_html(html, source="p.html")
    assert article.notices == ("paywall",)
    assert article_json(article)["notices"] == ["paywall"]


def test_the_whole_text_of_a_page_declared_not_free_has_no_notice() -> None:
    # Sites declare their paywall to search engines and still serve the whole text.
    head = json_ld(isAccessibleForFree="False")
    assert notices(page(f"<article>{HEADLINE}{FULL}</article>", head=head)) == ()


def test_a_text_far_shorter_than_its_declared_word_count_behind_a_paywall_is_cut() -> None:
    head = json_ld(isAccessibleForFree="false", wordCount=2400)
    short = "".join(f"<p>{text}</p>" for text in PARAGRAPHS * 3)  # about 250 words
    assert notices(page(f"<article>{HEADLINE}{short}</article>", head=head)) == ("paywall",)


def test_a_subscription_wall_right_after_a_short_text_marks_it_cut() -> None:
    wall = (
        '<div class="article-paywall"><h2>Register for free and read on</h2>'
        '<form><input name="email"></form><a href="/login">Already registered? Log in</a></div>'
    )
    html = page(f"<article>{HEADLINE}<p>{TEASER}</p>{wall}</article>")
    assert notices(html) == ("paywall",)


def test_a_login_link_in_the_header_of_a_short_story_is_no_paywall() -> None:
    header = '<div class="paywall-header"><a href="/login">Log in</a></div>'
    html = page(f"{header}<article>{HEADLINE}<p>{TEASER}</p><p>{PARAGRAPHS[1]}</p></article>")
    article = clean_html(html, source="p.html")
    assert article.notices == ()
    assert article_json(article)["notices"] == []
