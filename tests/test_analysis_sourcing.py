"""Sourcing flags on focused sentences: link, attribution, or no source given."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.model import Analysis, Number
from reader.analysis.sourcing import ATTRIBUTION_RULES, sourcing
from reader.extract import article_from_bytes, article_json


def _flag_of_number(text: str, figure: str, links: list[tuple[int, int]] = []) -> str | None:  # noqa: B006
    start = text.index(figure)
    number = Number(figure, start, start + len(figure), None, None, "count")
    return sourcing(text, Analysis(numbers=(number,)), links).numbers[0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Unemployment rose to 7 percent, according to the statistics office.", "attribution"),
        ("Data from the census bureau put the population at 7 million.", "attribution"),
        ("The ministry said 7 people died in the flood.", "attribution"),
        ("A survey by the union last month found 7 of 10 nurses plan to leave.", "attribution"),
        ("Citing police records, the paper put arrests at 7 a night.", "attribution"),
        ("Unemployment rose to 7 percent last year.", None),
        ("About 7 people attended the meeting on the hill.", None),
    ],
)
def test_attribution_in_the_sentence(sentence: str, expected: str | None) -> None:
    text = f"Opening words of the piece. {sentence} Officials said nothing else later."
    assert _flag_of_number(text, "7") == expected


def test_only_the_figures_own_sentence_counts() -> None:
    text = "The ministry said it would act. Unemployment rose to 7 percent. Data from the IMF."
    assert _flag_of_number(text, "7") is None


def test_a_link_in_the_sentence_wins() -> None:
    text = "Opening words. Unemployment rose to 7 percent last year, said the bureau. End."
    link = text.index("the bureau")
    assert _flag_of_number(text, "7", [(link, link + 10)]) == "link"
    assert _flag_of_number(text, "7", [(0, 7)]) == "attribution"  # a link in another sentence


def test_a_link_in_the_next_paragraph_does_not_source_a_figure() -> None:
    text = "Unemployment rose to 7 percent\n\nMore at the bureau"
    assert _flag_of_number(text, "7", [(text.index("bureau"), len(text))]) is None


def test_a_quote_with_a_speaker_is_attributed() -> None:
    text = (
        'Storm hits the coast\n\n"We will rebuild every single home," '
        "Mayor Ann Lee told reporters. "
        '"Nothing will stop us now and nothing ever has in this town of ours."'
    )
    analysis = analyze(text)
    flags = sourcing(text, analysis, [])
    speakers = [q.speaker for q in analysis.quotes]
    assert flags.quotes[0] == "attribution" and speakers[0] is not None


def test_rules_have_names_and_can_be_listed() -> None:
    assert {"according_to", "data_from", "speech_verb"} <= set(ATTRIBUTION_RULES)


def test_json_carries_sourced_on_numbers_and_quotes() -> None:
    page = (
        b"<html><head><title>Flood</title></head><body><article><h1>Flood</h1>"
        b"<p>The river rose overnight and water reached the old town before dawn on Sunday.</p>"
        b'<p>At least 42 homes were flooded, <a href="https://gov.example/r">the agency</a> '
        b"reported.</p><p>Repairs will cost $3 million over two years in the valley.</p>"
        b"</article></body></html>"
    )
    article = article_from_bytes(page, name="a.html")
    out = article_json(article, analyze(article.text))
    flags = {number["text"]: number["sourced"] for number in out["numbers"]}
    assert flags["42"] == "link"
    assert flags["$3 million"] is None
    assert all("sourced" in quote for quote in out["quotes"])
