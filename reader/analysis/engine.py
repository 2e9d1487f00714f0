"""The analysis pipeline: segment the text, find and link names, find quotes and choose their
speakers (the cascade of attribution.py, then the fitted ranker of speaker.py), find numbers.

`reader.analysis.analyze` is the public entry point; `run` is the pipeline itself, with the
hooks bench/train.py needs (a trace of each quote's candidates, replacement weights).
"""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import replace

from reader.analysis import lexicon as lx
from reader.analysis.attribution import (
    COMPOUND_AFTER,
    INDEFINITE_BEFORE,
    NULL_NOUNS,
    Attribution,
    Attributor,
    Referent,
    role_word,
)
from reader.analysis.entities import Entity, EntityFinder, speaks_as_source, speaks_next
from reader.analysis.evidence.speaker import STEP_FAMILY
from reader.analysis.mentions import link_mentions
from reader.analysis.model import Analysis, Person, Quote, Why
from reader.analysis.numbers import find_numbers
from reader.analysis.quotes import (
    expands_an_abbreviation,
    find_quote_spans,
    follows_reported_speech,
    is_label,
    speaks_in_first_person,
    speech_nearby,
    voiced_by_subject,
)
from reader.analysis.segment import build_layout
from reader.analysis.speaker import Ranked, SpeakerRanker, twin_sources

# How speakers are chosen: "ranker" (candidates scored by the fitted weights of
# weights/speaker.tsv) or "cascade" (the hand-ordered steps of attribution.py alone).
SPEAKERS = "ranker"


def run(
    text: str,
    explain: bool,
    speakers: str,
    trace: list[tuple[str, Attribution, list]] | None = None,
    weights: dict[str, float] | None = None,
) -> Analysis:
    """`analyze`; with `trace`, each kept quote's (text, cascade pick, candidates) is appended
    to it, and `weights` replace the shipped ones (for bench/train.py)."""
    layout = build_layout(text)
    entities = EntityFinder(text).find()
    linking = link_mentions(text, entities)
    # Every linked mention, "the company" included, is a referent the speaker steps can name.
    refs = [
        (m.kind == "org" and _titled_name(m.start, m.end, m.name))
        or Referent(m.start, m.end, m.kind, m.name, m.gender)
        for m in linking.mentions
        # "the President-elect" taken for an organisation is a role, no name to give.
        if not (m.kind == "org" and role_word(m.name.lower()))
    ]
    refs = _relink_org_nouns(text, refs)
    person_spans = {m for c in linking.people() for m in c.mentions}
    opened_by: dict[str, str] = {}  # first word -> the organisation it opened, named before
    for ent in entities:
        if ent.kind == "org" and " " in ent.name:
            opened_by.setdefault(ent.name.split()[0], ent.name)
        if (ent.start, ent.end) in person_spans:
            continue
        if ent.kind == "place":
            if INDEFINITE_BEFORE.search(text, max(0, ent.start - 10), ent.start):
                # "an Iowa Republican predicted": a place after an indefinite article
                # describes an unnamed person from there; it names no speaker.
                continue
            refs.append(Referent(ent.start, ent.end, "place", ent.name, "u"))
        elif ent.kind in ("single", "other") and _called_a_firm(text, ent.end):
            # "SBM Intel, a Lagos intelligence firm, says": the apposition says it is one.
            refs.append(Referent(ent.start, ent.end, "org", ent.name, "u"))
        elif ent.kind in ("single", "other") and ent.name in opened_by and speaks_next(text, ent):
            # "American Airlines and United Airlines … “…,” American said": a short form of
            # an organisation named before speaks as it.
            refs.append(Referent(ent.start, ent.end, "org", opened_by[ent.name], "u"))
        elif (
            (
                (ent.kind == "single" and speaks_next(text, ent))
                or (ent.kind in ("single", "other") and speaks_as_source(text, ent))
            )
            and ent.name.lower() not in NULL_NOUNS  # "Sources said": nobody named
            and not role_word(ent.name.lower())  # "the President-elect fumed": a role
        ):
            # "Tottenham said in a statement": a bare name that speaks, not known as a person.
            refs.append(
                _titled_name(ent.start, ent.end, ent.name)
                or Referent(ent.start, ent.end, "org", ent.name, "u")
            )
    # Evidence `name_in_compound`: "the Seattle-based company", "a Trump-backed candidate": a
    # name glued to a participle only modifies the noun after it; it names no speaker.
    refs = [r for r in refs if not COMPOUND_AFTER.match(text, r.end)]
    spans = find_quote_spans(text, layout)
    attributor = Attributor(text, layout, refs, spans)
    ranker = None
    if speakers == "ranker" or trace is not None:
        ranker = SpeakerRanker(attributor, weights)
    quotes: list[Quote] = []
    why: list[Why] = []
    terms: list[tuple[int, int]] = []
    last_kept_paragraph = -1
    for span in spans:
        a = attributor.attribute(span)
        step = attributor.step
        ranked = ranker.choose(span, a, step) if ranker is not None else None
        inner = text[span.start : span.end]
        # '"Hands up!" an officer ordered. "Step out."': a full sentence after a kept quote
        # in the same paragraph is more of the same speech, not a term.
        continued = (
            span.paragraph == last_kept_paragraph
            and inner[:1].isupper()
            and inner.rstrip()[-1:] in (".", "!", "?")
        )
        # A speaker given only as the subject of the sentence, with no cue, says a short
        # phrase only when a verb of saying or judging governs it, or it is not the bare
        # name of a thing ('Benioff backed a "homelessness tax"'); a cue a sentence away
        # ('according to the new “dot plot”') does not make such a name speech.
        named_thing = (
            a.speaker is not None
            and a.cue is None
            and STEP_FAMILY.get(step) == "partial"
            and not span.echo
            and not continued
            and not voiced_by_subject(text, span, layout)
        )
        if (
            named_thing
            or (
                a.speaker is None
                and a.cue is None
                and len(inner.split()) <= 4
                and not continued
                and not speaks_in_first_person(text, span)
                and not follows_reported_speech(text, span, layout)
                and not speech_nearby(text, span, layout)
            )
            or is_label(text, span)
            or expands_an_abbreviation(text, span)
        ):
            # A short quoted term nobody is reported as saying ("hot tub lung", "phase one"),
            # or a quoted label inside a noun phrase: a term or a scare quote, not speech.
            terms.append((span.start, span.end))
            continue
        last_kept_paragraph = span.paragraph
        if trace is not None and ranker is not None:
            trace.append((text[span.start : span.end], a, ranker.last))
        if ranked is not None and speakers == "ranker":
            if ranked.attribution.speaker != a.speaker:
                step = f"the ranker overruled the cascade ({step}: {a.speaker or 'nobody'})"
            a = ranked.attribution
        if explain:
            why.append(_why(len(quotes), a, step, entities, ranked))
        quotes.append(
            Quote(
                text[span.start : span.end], span.start, span.end, a.speaker, a.start, a.end, a.cue
            )
        )
    twins = twin_sources(text, [(q.start, q.end, q.speaker, q.cue) for q in quotes])
    for i, j in twins.items():
        src = quotes[j]
        quotes[i] = replace(
            quotes[i],
            speaker=src.speaker,
            speaker_start=src.speaker_start,
            speaker_end=src.speaker_end,
        )
        if explain:
            why[i] = replace(
                why[i],
                speaker=src.speaker,
                evidence=(*why[i].evidence, f"repeats quote {j}: its speaker"),
            )
    people = tuple(Person(c.name, c.role, tuple(c.mentions)) for c in linking.people())
    numbers = find_numbers(text)
    if terms:
        # A spelled-out number inside a quoted term is part of a name ("phase one").
        numbers = [n for n in numbers if not (n.text[0].isalpha() and _inside(n.start, terms))]
    return Analysis(tuple(quotes), people, tuple(numbers), tuple(why))


# ", a Lagos intelligence firm," after a name: group 1 is the apposition's head noun.
_FIRM_APPOSITION = re.compile(
    r",[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,4}?([a-z]+)[,.]"
)


def _called_a_firm(text: str, end: int) -> bool:
    """Does an apposition after the name at end call it an organisation ("SBM Intel, a Lagos
    intelligence firm,")?"""
    m = _FIRM_APPOSITION.match(text, end)
    return m is not None and m.group(1) in lx.ORG_ROLE_NOUNS


def _relink_org_nouns(text: str, refs: list[Referent]) -> list[Referent]:
    """ "the court" linked to the last organisation (Amazon) is the last one named with that
    word ("the California Court of Appeal ruled against Amazon … explained the court")."""
    out: list[Referent] = []
    named: dict[str, Referent] = {}  # capitalised word -> last organisation named with it
    for r in sorted(refs, key=lambda r: r.start):
        said = text[r.start : r.end]
        if r.kind == "org" and said.islower() and said in lx.ORG_ROLE_NOUNS:
            word = said.capitalize()
            holder = named.get(word)
            if (
                holder is not None
                and word not in r.name.split()
                and r.start - holder.start < _RELINK_REACH
            ):
                r = Referent(r.start, r.end, "org", holder.name, "u")
        elif r.kind == "org":
            for word in r.name.split():
                named[word] = r
        out.append(r)
    return out


_RELINK_REACH = 3000  # characters back that a named organisation stays "the court"


def _titled_name(start: int, end: int, name: str) -> Referent | None:
    """The person at the end of a speaking run that a job title was glued to: "UNSW Strategic
    Health Policy Consultant Bill Bowtell said" names Bill Bowtell (a title word, then a given
    name and a surname), where "Bank of America Merrill Lynch said" stays the firm."""
    words = name.split()
    if len(words) < 3:
        return None
    title, given, surname = (w.lower() for w in words[-3:])
    if title not in lx.JOB_HEADS and title not in lx.ROLE_NOUNS and title not in lx.TITLE_WORDS:
        return None
    gender = lx.first_names().get(given)
    if gender is None or not surname.isalpha():
        return None
    tail = f"{words[-2]} {words[-1]}"
    if not name.endswith(tail) or end - start != len(name):
        return None
    return Referent(end - len(tail), end, "person", tail, gender)


def _why(
    index: int, a: Attribution, step: str, entities: list[Entity], ranked: Ranked | None
) -> Why:
    """The evidence behind one quote's speaker, as lines a reader can follow."""
    lines = [f"step: {step}"]
    if a.cue:
        lines.append(f"cue: {a.cue}")
    if a.speaker is not None:
        lines.append(f"speaker kind: {a.kind}")
    if ranked is not None:
        runner = "nobody" if ranked.runner_up is None else ranked.runner_up
        line = f"ranker: {a.speaker or 'nobody'} scored {ranked.score:.2f}"
        if ranked.runner_up_score is not None:
            line += f", next {runner} {ranked.runner_up_score:.2f}"
        top = ", ".join(f"{k} {v:+.2f}" for k, v in ranked.contributions[:4])
        lines.append(f"{line}; by {top}" if top else line)
    if a.speaker is not None:
        typed = next((e for e in entities if e.evidence and e.name == a.speaker), None)
        if typed is not None:
            lines.append(f"name typed {typed.kind} by evidence: {', '.join(typed.evidence)}")
    contributions = ranked.contributions if ranked is not None else ()
    return Why(index, a.speaker, tuple(lines), contributions)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
