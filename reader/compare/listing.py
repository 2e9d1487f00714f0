"""The differences as a list a reader walks through: one line each, with where it is in A and B.

Front ends (the compare view, notes on a difference) show these entries; "same" quotes and
numbers and people named in both with the same quoted words are left out, as they are not
differences. Labels are plain text built from article text: callers must not treat them as
markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.model import Quote
from reader.compare.model import Comparison, WordEdit

SHORT_QUOTE = 60
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Entry:
    """One difference: `group` is quotes/numbers/people/passages, `kind` its change."""

    group: str
    kind: str
    label: str
    span_a: Span | None
    span_b: Span | None
    edits: tuple[WordEdit, ...] = ()


def _short(text: str, limit: int = SHORT_QUOTE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _said(quote: Quote) -> str:
    who = quote.speaker or "unattributed"
    return f"{who}: “{_short(quote.text)}”"


def _quote_entries(comparison: Comparison) -> list[Entry]:
    out = []
    for d in comparison.quotes:
        a = (d.a.start, d.a.end) if d.a else None
        b = (d.b.start, d.b.end) if d.b else None
        if d.kind == "reworded" and d.a and d.b:
            label = f"Quote reworded · {_said(d.a)} → “{_short(d.b.text)}”"
        elif d.kind == "speaker_changed" and d.a and d.b:
            who = f"A {d.a.speaker}, B {d.b.speaker}"
            label = f"Quote given to another speaker · {who}: “{_short(d.a.text)}”"
        elif d.kind == "only_a" and d.a:
            label = f"Quote only in A · {_said(d.a)}"
        elif d.kind == "only_b" and d.b:
            label = f"Quote only in B · {_said(d.b)}"
        else:
            continue
        out.append(Entry("quotes", d.kind, label, a, b, d.edits))
    return out


def _number_entries(comparison: Comparison) -> list[Entry]:
    out = []
    for d in comparison.numbers:
        a = (d.a.start, d.a.end) if d.a else None
        b = (d.b.start, d.b.end) if d.b else None
        if d.kind == "changed" and d.a and d.b:
            what = f" · {d.counts}" if d.counts else ""
            label = f"Number changed{what}: {d.a.text} → {d.b.text}"
        elif d.kind == "only_a" and d.a:
            label = f"Number only in A: {d.a.text}" + (f" ({d.counts})" if d.counts else "")
        elif d.kind == "only_b" and d.b:
            label = f"Number only in B: {d.b.text}" + (f" ({d.counts})" if d.counts else "")
        else:
            continue
        out.append(Entry("numbers", d.kind, label, a, b))
    return out


def _people_entries(comparison: Comparison) -> list[Entry]:
    out = []
    for d in comparison.people:
        if d.kind == "only_a":
            label = f"Person only in A: {d.name} ({d.quoted_words_a} words quoted)"
        elif d.kind == "only_b":
            label = f"Person only in B: {d.name} ({d.quoted_words_b} words quoted)"
        elif d.quoted_words_a != d.quoted_words_b:
            label = f"Words quoted · {d.name}: {d.quoted_words_a} in A, {d.quoted_words_b} in B"
        else:
            continue
        out.append(Entry("people", d.kind, label, d.span_a, d.span_b))
    return out


def _passage_entries(comparison: Comparison) -> list[Entry]:
    out = []
    text_a, text_b = comparison.a.article.text, comparison.b.article.text
    for d in comparison.passages:
        if d.kind == "only_a" and d.span_a:
            label = f"Paragraph only in A: “{_short(text_a[d.span_a[0] : d.span_a[1]])}”"
        elif d.kind == "only_b" and d.span_b:
            label = f"Paragraph only in B: “{_short(text_b[d.span_b[0] : d.span_b[1]])}”"
        elif d.kind == "changed" and d.span_a:
            label = f"Paragraph changed: “{_short(text_a[d.span_a[0] : d.span_a[1]])}”"
        else:
            continue
        out.append(Entry("passages", d.kind, label, d.span_a, d.span_b))
    return out


def entries(comparison: Comparison) -> list[Entry]:
    """Every difference worth showing: quotes, numbers, people, then paragraphs."""
    return [
        *_quote_entries(comparison),
        *_number_entries(comparison),
        *_people_entries(comparison),
        *_passage_entries(comparison),
    ]
