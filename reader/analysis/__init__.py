"""Quotes with their speakers, people and numbers, found by rules in plain Python.

`analyze(text)` is the one entry point; it needs no model, no network, and is deterministic.
"""

from __future__ import annotations

from reader.analysis.attribution import Attributor, Referent
from reader.analysis.entities import EntityFinder, speaks_next
from reader.analysis.layout import build_layout
from reader.analysis.model import Analysis, Number, Person, Quote
from reader.analysis.numbers import find_numbers
from reader.analysis.orgs import org_canonical
from reader.analysis.people import build_people
from reader.analysis.quotes import find_quote_spans, speech_nearby


def analyze(text: str) -> Analysis:
    """Find every quote, person and number in `text` (offsets are indices into `text`)."""
    layout = build_layout(text)
    entities = EntityFinder(text).find()
    clusters = build_people(text, entities)
    refs: list[Referent] = []
    for c in clusters:
        refs.extend(Referent(a, b, "person", c.name, c.gender) for a, b in c.mentions)
    person_spans = {m for c in clusters for m in c.mentions}
    for ent, name in org_canonical(entities, text):
        if (ent.start, ent.end) not in person_spans:
            refs.append(Referent(ent.start, ent.end, "org", name, "u"))
    for ent in entities:
        if (ent.start, ent.end) in person_spans:
            continue
        if ent.kind == "place":
            refs.append(Referent(ent.start, ent.end, "place", ent.name, "u"))
        elif ent.kind == "single" and speaks_next(text, ent):
            # "Tottenham said in a statement": a bare name that speaks, not known as a person.
            refs.append(Referent(ent.start, ent.end, "org", ent.name, "u"))
    spans = find_quote_spans(text, layout)
    attributor = Attributor(text, layout, refs, spans)
    quotes = []
    for span in spans:
        a = attributor.attribute(span)
        if (
            a.speaker is None
            and a.cue is None
            and len(text[span.start : span.end].split()) <= 4
            and not speech_nearby(text, span, layout)
        ):
            # A short quoted term nobody is reported as saying ("hot tub lung", "phase one"):
            # a term or a scare quote, not a quotation.
            continue
        quotes.append(
            Quote(
                text[span.start : span.end], span.start, span.end, a.speaker, a.start, a.end, a.cue
            )
        )
    people = tuple(Person(c.name, c.role, tuple(c.mentions)) for c in clusters)
    return Analysis(tuple(quotes), people, tuple(find_numbers(text)))


__all__ = ["Analysis", "Number", "Person", "Quote", "analyze"]
