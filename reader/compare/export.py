"""The `newsreader compare --json` object: a public contract, documented in
docs/COMPARE-JSON.md. Add fields freely; do not rename or remove them."""

from __future__ import annotations

from typing import Any

from reader.analysis.model import Number, Quote
from reader.article import Article
from reader.compare.model import Comparison
from reader.compare.summary import counts

FORMAT_VERSION = 1


def _article(article: Article) -> dict[str, Any]:
    return {
        "source": article.source,
        "title": article.title,
        "url": article.url,
        "site": article.site,
        "published": article.published,
    }


def _quote(quote: Quote | None) -> dict[str, Any] | None:
    if quote is None:
        return None
    return {
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "speaker": quote.speaker,
    }


def _number(number: Number | None, value: float | None) -> dict[str, Any] | None:
    if number is None:
        return None
    return {
        "text": number.text,
        "start": number.start,
        "end": number.end,
        "value": number.value,
        "unit": number.unit,
        "kind": number.kind,
        "compared_value": value,
    }


def _span(span: tuple[int, int] | None) -> list[int] | None:
    return list(span) if span is not None else None


def _person(
    name: str | None, mentions: int, first: tuple[int, int] | None, quoted_words: int
) -> dict[str, Any] | None:
    if name is None:
        return None
    return {"name": name, "mentions": mentions, "first": _span(first), "quoted_words": quoted_words}


def comparison_json(comparison: Comparison) -> dict[str, Any]:
    """Everything `compare` found, with offsets into each side's `text`."""
    return {
        "version": FORMAT_VERSION,
        "a": _article(comparison.a.article),
        "b": _article(comparison.b.article),
        "summary": counts(comparison),
        "quotes": [
            {
                "kind": d.kind,
                "a": _quote(d.a),
                "b": _quote(d.b),
                "similarity": d.similarity,
                "trimmed": d.trimmed,
                "diff": [{"op": e.op, "a": e.a, "b": e.b} for e in d.edits],
            }
            for d in comparison.quotes
        ],
        "numbers": [
            {
                "kind": d.kind,
                "counts": d.counts,
                "a": _number(d.a, d.value_a),
                "b": _number(d.b, d.value_b),
            }
            for d in comparison.numbers
        ],
        "people": [
            {
                "kind": d.kind,
                "name": d.name,
                "a": _person(d.name_a, d.mentions_a, d.span_a, d.quoted_words_a),
                "b": _person(d.name_b, d.mentions_b, d.span_b, d.quoted_words_b),
            }
            for d in comparison.people
        ],
        "passages": [
            {"kind": d.kind, "a": _span(d.span_a), "b": _span(d.span_b), "shared": d.shared}
            for d in comparison.passages
        ],
    }
