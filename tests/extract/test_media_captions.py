"""A video's title under its player is the clip's caption, not a sentence of the story."""

from __future__ import annotations

from reader.extract.html.parse import clean_html
from tests.extract.test_clean_html import PARAGRAPHS, page

VIDEO = (
    '<div class="video-resource"><div class="video-resource__image"><img src="v.jpg"></div>'
    '<div class="video-resource__details"><div class="video-resource__headline">'
    "'Crash and burn': an analyst reacts to the courtroom strategy</div>"
    '<div class="video-resource__credit"><span>01:22</span> - Source: CNN</div></div></div>'
)


def kinds_and_texts(html: str) -> list[tuple[str, str]]:
    article = clean_html(html, source="t.html")
    return [(b.kind, article.block_text(b)) for b in article.blocks]


def test_a_video_s_headline_in_the_story_is_its_caption() -> None:
    body = f"<p>{PARAGRAPHS[0]}</p>{VIDEO}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
    blocks = kinds_and_texts(page(f"<article>{body}</article>"))
    headline = [kind for kind, text in blocks if "Crash and burn" in text]
    assert headline == ["caption"]
    assert [text for kind, text in blocks if kind == "paragraph"] == PARAGRAPHS


def test_story_text_in_a_box_named_for_a_video_stays_a_paragraph() -> None:
    long_text = " ".join(PARAGRAPHS)  # over 300 characters: the story's, not a title
    body = f'<p>{PARAGRAPHS[0]}</p><div class="video-description">{long_text}</div>'
    blocks = kinds_and_texts(page(f"<article>{body}</article>"))
    assert ("caption", long_text) not in blocks
    assert any(kind == "paragraph" and long_text in text for kind, text in blocks)
