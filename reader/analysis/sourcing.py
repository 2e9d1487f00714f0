"""Sourcing flags: does the sentence around a figure or a quote say where it comes from?

A fact-checker's first question about a number is "according to whom?". Each number and
each quote gets one of:
- "link": its sentence carries a hyperlink (the article points at its source);
- "attribution": its sentence names a source in words: the quote has a speaker, or the
  sentence matches one of `ATTRIBUTION_RULES` ("according to the ministry", "data from the
  census", "the ministry said");
- None: neither ("no source given" in the reader).

Rules are data with names, so `sourcing_of` can say which one matched and a test can switch
one off. Works on offsets into `Article.text`; links come as (start, end) spans.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from reader.analysis.model import Analysis
from reader.analysis.segment import Layout, build_layout

SourceKind = Literal["link", "attribution"]

# name -> pattern, matched (case-insensitive) anywhere in the sentence.
ATTRIBUTION_RULES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        # "according to the health ministry", "according to figures released on Monday"
        "according_to": r"\baccording to\b",
        # "data from the census bureau", "figures from Eurostat", "estimates by the IMF"
        "data_from": r"\b(?:data|figures|statistics|numbers|estimates?|survey|poll|study|"
        r"analysis|report|research|records)\s+(?:from|by|of|published by|released by)\b",
        # "the ministry said", "officials told reporters", "police say"
        "speech_verb": r"\b(?:said|says|say|told|tells|stated|announced|reported|reports|"
        r"estimated|estimates|confirmed|disclosed|revealed|wrote|testified)\b",
        # "a report by Oxfam showed", "the survey found"
        "finding_verb": r"\b(?:report|survey|study|poll|analysis|census|data)\s+"
        r"(?:\w+\s+){0,4}?(?:showed|shows|found|finds|suggests|suggested)\b",
        # "citing government data", "as cited by", "Source: ONS"
        "citing": r"\b(?:citing|cited by|quoting)\b|\bsources?:\s",
    }.items()
}


@dataclass(frozen=True, slots=True)
class Sourcing:
    """The flag of each number and each quote of an Analysis, in the same order, with the
    evidence for it (a rule name, "speaker" or "link")."""

    numbers: tuple[SourceKind | None, ...]
    quotes: tuple[SourceKind | None, ...]
    number_evidence: tuple[str | None, ...]
    quote_evidence: tuple[str | None, ...]


def sentence_span(layout: Layout, text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) holding text[start:end], never past its paragraph."""
    s = layout.sentence_start(start)
    e = layout.sentence_end(max(start, end - 1))
    paragraph = (
        layout.paragraphs[layout.paragraph_of(max(start, end - 1))]
        if layout.paragraphs
        else (0, len(text))
    )
    if e < 0 or e > paragraph[1]:
        e = paragraph[1]
    return max(s, 0), max(e, end)


def sourcing_of(
    text: str,
    span: tuple[int, int],
    link_spans: Sequence[tuple[int, int]],  # sorted, not overlapping
    *,
    speaker: bool = False,
    rules: Iterable[str] | None = None,
) -> tuple[SourceKind | None, str | None]:
    """(flag, evidence) for the sentence `text[span[0]:span[1]]`."""
    start, end = span
    # Links do not overlap, so sorted by start they are sorted by end too.
    i = bisect.bisect_right(link_spans, start, key=lambda link: link[1])
    if i < len(link_spans) and link_spans[i][0] < end:
        return "link", "link"
    if speaker:
        return "attribution", "speaker"
    sentence = text[start:end]
    names = ATTRIBUTION_RULES if rules is None else rules
    for name in names:
        if ATTRIBUTION_RULES[name].search(sentence):
            return "attribution", name
    return None, None


def sourcing(text: str, analysis: Analysis, link_spans: Sequence[tuple[int, int]]) -> Sourcing:
    """Flags for every number and quote of `analysis` over `text`."""
    layout = build_layout(text)
    spans = sorted(link_spans)
    numbers = [
        sourcing_of(text, sentence_span(layout, text, n.start, n.end), spans)
        for n in analysis.numbers
    ]
    quotes = [
        sourcing_of(
            text,
            sentence_span(layout, text, q.start, q.end),
            spans,
            speaker=q.speaker is not None,
        )
        for q in analysis.quotes
    ]
    return Sourcing(
        numbers=tuple(kind for kind, _ in numbers),
        quotes=tuple(kind for kind, _ in quotes),
        number_evidence=tuple(why for _, why in numbers),
        quote_evidence=tuple(why for _, why in quotes),
    )
