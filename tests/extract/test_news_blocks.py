"""The block rules of reader/extract/html/news_blocks.py, each on a small page or block list."""

from __future__ import annotations

import time

import pytest

from reader.extract.html import news_blocks
from tests.extract.test_clean_html import PARAGRAPHS, body_text, page, story

# --- a run of paragraphs rendered twice ----------------------------------------------------


def test_a_run_of_paragraphs_the_page_renders_twice_is_said_once() -> None:
    # A template that prints the story's opening twice (a gallery's intro and the article's).
    twice = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:2])
    html = page(f"<article><div>{twice}</div><div>{twice}</div><p>{PARAGRAPHS[2]}</p></article>")
    text = body_text(html)
    assert text.count(PARAGRAPHS[0]) == 1
    assert text.count(PARAGRAPHS[1]) == 1
    assert PARAGRAPHS[2] in text


def test_one_repeated_paragraph_is_the_story_s_choice_and_stays() -> None:
    blocks = [("paragraph", p) for p in (PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[0])]
    assert news_blocks.drop_repeated_runs(blocks) == blocks


def test_short_repeated_lines_stay() -> None:
    # Spec lists and refrains: short items that a page may well list twice.
    items = ("Quick access to Siri", "Longer battery")
    blocks = [("paragraph", t) for t in items * 2]
    assert news_blocks.drop_repeated_runs(blocks) == blocks


# --- datelines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "MUMBAI Tue Dec 30, 2014 4:33pm IST",
        "NEW YORK | Mon Jan 5, 2015 10:01am EST",
        "Submitted on Mon, 2019-01-21 13:49",
        "Šodien, 17:40",
        "Today, 09:15",
        "New York CNN —",
        "Washington (CNN) —",
    ],
)
def test_datelines_with_a_place_or_a_relative_day(line: str) -> None:
    assert news_blocks.is_top_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "MUMBAI police said on Tuesday that 14 people had been arrested.",
        "Today, the council voted to expand the bus network.",
        "New York —",  # a place and a dash alone could be a heading's fragment: need the source
        "The Supreme Court ruled on Dec 30, 2014.",
    ],
)
def test_sentences_are_no_datelines(line: str) -> None:
    assert not news_blocks.is_top_dateline(line)


def test_a_placed_dateline_at_the_top_of_the_body_is_dropped() -> None:
    html = page(story(extra_before="<p>MUMBAI Tue Dec 30, 2014 4:33pm IST</p>"))
    assert "MUMBAI" not in body_text(html)


def test_a_placed_dateline_inside_the_story_stays() -> None:
    late = "".join(f"<p>{p} More.</p>" for p in PARAGRAPHS * 3)
    dateline = "<p>MUMBAI Tue Dec 30, 2014 4:33pm IST</p>"
    html = page(story(extra_after=f"{late}{dateline}<p>{PARAGRAPHS[0]} Fin.</p>"))
    assert "MUMBAI" in body_text(html)


# --- widgets written as text ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Iezīmējiet tekstu un spiediet Ctrl+Enter, lai nosūtītu labojamo fragmentu redaktoram!",
        "Нашли опечатку? Выделите текст и нажмите Ctrl + Enter",
        "Spotted a mistake? Select the text and press Ctrl+Enter.",
        "【纠错】 【责任编辑:张樵苏 】",
        "（责任编辑：王伟）",
    ],
)
def test_typo_report_and_editor_lines_are_widgets(line: str) -> None:
    blocks = [("paragraph", PARAGRAPHS[0]), ("paragraph", line), ("paragraph", PARAGRAPHS[1])]
    assert news_blocks.drop_widget_lines(blocks) == [blocks[0], blocks[2]]


def test_a_sentence_about_a_shortcut_stays() -> None:
    line = (
        "Most people never learn that pressing Ctrl+Enter in the mail program sends the message "
        "at once, the trainer said, and that it causes a surprising number of accidents at work."
    )
    blocks = [("paragraph", line)]
    assert news_blocks.drop_widget_lines(blocks) == blocks


def test_a_run_repeated_further_down_stays() -> None:
    # A live blog's pinned post, shown again in its place in the feed.
    pinned = [("paragraph", PARAGRAPHS[0]), ("paragraph", PARAGRAPHS[1])]
    blocks = [*pinned, ("paragraph", PARAGRAPHS[2]), *pinned]
    assert news_blocks.drop_repeated_runs(blocks) == blocks


def test_the_comment_form_s_terms_are_a_widget() -> None:
    terms = (
        "To post a comment, log into your chosen social network and then add your comment "
        "below. Your comments are subject to our Terms of Service and the privacy policy and "
        "terms of service of your social network. If you do not want to comment with your "
        "social network, do not use this form, and write to the editors instead of it."
    )
    blocks = [("paragraph", PARAGRAPHS[0]), ("paragraph", terms)]
    assert news_blocks.drop_widget_lines(blocks) == blocks[:1]


def test_a_story_about_comment_moderation_stays() -> None:
    line = "The site said it would post comments only after moderators had read them."
    assert news_blocks.drop_widget_lines([("paragraph", line)]) == [("paragraph", line)]


@pytest.mark.parametrize(
    "line",
    ["Autori: Anna Ūdre (LTV Ziņu dienesta ārzemju ziņu redaktore)", "Autor: Jan Kowalski"],
)
def test_a_labelled_author_line_at_the_top_goes(line: str) -> None:
    blocks = [("paragraph", line), *(("paragraph", p) for p in PARAGRAPHS)]
    assert news_blocks.drop_top_datelines(blocks) == blocks[1:]


def test_a_sentence_after_an_author_label_stays() -> None:
    line = "Author: the council never asked the residents what they wanted."
    blocks = [("paragraph", line), *(("paragraph", p) for p in PARAGRAPHS)]
    assert news_blocks.drop_top_datelines(blocks) == blocks


def test_related_stories_lead_ins_in_thai_chinese_japanese_korean() -> None:
    for lead_in in ("เรื่องที่เกี่ยวข้อง", "相关新闻", "関連記事", "관련기사"):
        promo = (
            f'<p><strong>{lead_in}</strong><br><a href="/journal/2018/12/80211">Another story'
            '</a><br><a href="/journal/2018/12/80328">And one more story</a></p>'
        )
        text = body_text(page(story(extra_after=promo)))
        assert "Another story" not in text
        assert PARAGRAPHS[2] in text


def test_one_paragraph_repeated_a_hundred_thousand_times_is_handled_in_linear_time() -> None:
    """The hostile 20 MB page (one paragraph 160,000 times) took minutes in this rule: each
    copy compared the run before it to the end of the page. Now a run is compared only when a
    copy of it fits, and no run is longer than the rule looks for."""
    paragraph = "The council met on Tuesday and voted on the budget, the clerk said."
    blocks: news_blocks.Blocks = [("paragraph", paragraph)] * 100_000
    start = time.process_time()
    kept = news_blocks.drop_repeated_runs(blocks)
    assert time.process_time() - start < 3  # was about 60 s
    assert 0 < len(kept) < len(blocks)
    assert kept[:2] == blocks[:2]


# --- a reading-time estimate -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["5 min read", "Tempo de leitura: 1 minuto", "Lesezeit: 4 Min.", "⏱ 3-4 min read"]
)
def test_a_reading_time_line_is_the_template_s(line: str) -> None:
    html = page(
        f"<article><p>{line}</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"
    )
    text = body_text(html)
    assert line.strip("⏱ ") not in text
    assert all(paragraph in text for paragraph in PARAGRAPHS)


def test_a_sentence_about_reading_time_stays() -> None:
    blocks = [("paragraph", "It took 5 minutes to read the verdict."), ("paragraph", "5 min")]
    assert news_blocks.drop_widget_lines(blocks) == blocks  # type: ignore[arg-type]
