"""Sentence and paragraph boundaries (reader.analysis.segment): where a sentence ends after an
abbreviation."""

from __future__ import annotations

import pytest

from reader.analysis.segment import build_layout


def sentences(text: str) -> list[str]:
    starts = build_layout(text).sentence_starts
    ends = [*starts[1:], len(text)]
    return [text[a:b].strip() for a, b in zip(starts, ends, strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An abbreviation before a word that opens sentences ends the sentence too.
        (
            "It was at 3 p.m. Officials left.",
            ["It was at 3 p.m.", "Officials left."],
        ),
        ("He works at Apple Inc. The firm grew.", ["He works at Apple Inc.", "The firm grew."]),
        # "no." ends a sentence unless a number follows ("No. 10").
        ("The U.K. said no. A deal is off.", ["The U.K. said no.", "A deal is off."]),
        # Titles, initials, months and "U.S." before a name or a number stay inside.
        (
            "Sen. John Smith met A. B. Jones on Jan. 3 at No. 10.",
            ["Sen. John Smith met A. B. Jones on Jan. 3 at No. 10."],
        ),
        (
            "The U.S. Army and Dr. Lee left at 3 p.m. Monday.",
            ["The U.S. Army and Dr. Lee left at 3 p.m. Monday."],
        ),
    ],
)
def test_sentence_ends_after_abbreviations(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
