"""Quotes with their speakers, people and numbers, found by rules in plain Python.

`analyze(text)` is the one entry point; it needs no model, no network, and is deterministic.
"""

from __future__ import annotations

import bisect
import sys

from reader.analysis.attribution import NULL_NOUNS, Attribution, Attributor, Referent
from reader.analysis.entities import Entity, EntityFinder, speaks_next
from reader.analysis.layout import build_layout
from reader.analysis.mentions import link_mentions
from reader.analysis.model import Analysis, Number, Person, Quote, Why
from reader.analysis.numbers import find_numbers
from reader.analysis.quotes import find_quote_spans, is_label, speech_nearby


def analyze(text: str, explain: bool = False) -> Analysis:
    """Find every quote, person and number in `text` (offsets are indices into `text`).

    With `explain=True` the result's `why` says, for each quote, which evidence decided its
    speaker: the attribution step, the cue, the kind of speaker, and the named evidence that
    typed the speaker's name when it overruled the rules ("why this speaker?").
    """
    layout = build_layout(text)
    entities = EntityFinder(text).find()
    linking = link_mentions(text, entities)
    # Every linked mention, "the company" included, is a referent the speaker steps can name.
    refs = [Referent(m.start, m.end, m.kind, m.name, m.gender) for m in linking.mentions]
    person_spans = {m for c in linking.people() for m in c.mentions}
    for ent in entities:
        if (ent.start, ent.end) in person_spans:
            continue
        if ent.kind == "place":
            refs.append(Referent(ent.start, ent.end, "place", ent.name, "u"))
        elif (
            ent.kind == "single"
            and speaks_next(text, ent)
            and ent.name.lower() not in NULL_NOUNS  # "Sources said": nobody named
        ):
            # "Tottenham said in a statement": a bare name that speaks, not known as a person.
            refs.append(Referent(ent.start, ent.end, "org", ent.name, "u"))
    spans = find_quote_spans(text, layout)
    attributor = Attributor(text, layout, refs, spans)
    quotes: list[Quote] = []
    why: list[Why] = []
    terms: list[tuple[int, int]] = []
    last_kept_paragraph = -1
    for span in spans:
        a = attributor.attribute(span)
        inner = text[span.start : span.end]
        # '"Hands up!" an officer ordered. "Step out."': a full sentence after a kept quote
        # in the same paragraph is more of the same speech, not a term.
        continued = (
            span.paragraph == last_kept_paragraph
            and inner[:1].isupper()
            and inner.rstrip()[-1:] in (".", "!", "?")
        )
        if (
            a.speaker is None
            and a.cue is None
            and len(inner.split()) <= 4
            and not continued
            and not speech_nearby(text, span, layout)
        ) or is_label(text, span):
            # A short quoted term nobody is reported as saying ("hot tub lung", "phase one"),
            # or a quoted label inside a noun phrase: a term or a scare quote, not speech.
            terms.append((span.start, span.end))
            continue
        last_kept_paragraph = span.paragraph
        if explain:
            why.append(_why(len(quotes), a, attributor.step, entities))
        quotes.append(
            Quote(
                text[span.start : span.end], span.start, span.end, a.speaker, a.start, a.end, a.cue
            )
        )
    people = tuple(Person(c.name, c.role, tuple(c.mentions)) for c in linking.people())
    numbers = find_numbers(text)
    if terms:
        # A spelled-out number inside a quoted term is part of a name ("phase one").
        numbers = [n for n in numbers if not (n.text[0].isalpha() and _inside(n.start, terms))]
    return Analysis(tuple(quotes), people, tuple(numbers), tuple(why))


def _why(index: int, a: Attribution, step: str, entities: list[Entity]) -> Why:
    """The evidence behind one quote's speaker, as lines a reader can follow."""
    lines = [f"step: {step}"]
    if a.cue:
        lines.append(f"cue: {a.cue}")
    if a.speaker is not None:
        lines.append(f"speaker kind: {a.kind}")
        typed = next((e for e in entities if e.evidence and e.name == a.speaker), None)
        if typed is not None:
            lines.append(f"name typed {typed.kind} by evidence: {', '.join(typed.evidence)}")
    return Why(index, a.speaker, tuple(lines))


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


__all__ = ["Analysis", "Number", "Person", "Quote", "Why", "analyze"]
