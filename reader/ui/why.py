""" "Why this speaker?" in plain words, from `analyze(text, explain=True)`'s `Why` records.

Plain Python (no Textual), so the wording is tested on its own. The analysis names its
evidence with its own words and identifiers (an attribution step, a cue, a kind, the features
that typed a name); each is turned into a label a reader can follow through the mappings
below, which grow with the analysis: a step or feature not listed yet is still shown, from
the feature's docstring or with its underscores spelt out, never as a bare identifier.

    >>> why_lines(Why(0, "Ali Haidar", ("step: a cue after the closing mark", "cue: said",
    ...                                 "speaker kind: person")))
    ['How: a speech verb right after the quote (“said”)', 'Speaker: Ali Haidar, a person']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.model import Analysis, Quote, Why

# How the speaker was found (the attribution step), by the analysis's step name.
STEP_LABELS: dict[str, str] = {
    "no evidence names a speaker": "nothing near the quote names who said it",
    "a cue after the closing mark": "a speech verb right after the quote",
    "a cue before the opening mark in the same sentence": (
        "a speech verb before the quote, in the same sentence"
    ),
    "a cue later in a sentence the quote runs into": (
        "a speech verb later in the sentence the quote runs into"
    ),
    "a partial quote: a cue later in the sentence or its subject": (
        "the speech verb or the subject of the sentence the quoted phrase is in"
    ),
    "an earlier quote in the paragraph keeps its speaker": (
        "an earlier quote in the same paragraph has this speaker"
    ),
    "a cue after a later quote in the paragraph": (
        "a speech verb after a later quote in the same paragraph"
    ),
    "the attribution closing a quote that runs over paragraphs": (
        "the attribution that closes a quote running over several paragraphs"
    ),
    "a cue or the subject of the sentence before": (
        "a speech verb or the subject of the sentence before"
    ),
    "a paragraph opening with a quote continues the previous speaker": (
        "a paragraph that opens with a quote goes on with the previous speaker"
    ),
    "a quote-only paragraph after indirect speech": (
        "a paragraph of only a quote, after this speaker's reported speech"
    ),
    "a quote paragraph after a sentence introducing it": (
        "a paragraph that opens with a quote, after a sentence that introduces it"
    ),
    "a full-sentence quote continues the previous speaker": (
        "a full-sentence quote goes on with the previous speaker"
    ),
}

# What kind of speaker it is, by the analysis's kind name.
KIND_LABELS: dict[str, str] = {
    "person": "a person",
    "org": "an organisation",
    "group": "a group of people",
    "place": "a place",
    "work": "a title of a work",
    "other": "a name of another kind",
    "": "of a kind not known",
}

# Why a name was read as that kind, by the name of the evidence (a feature).
FEATURE_LABELS: dict[str, str] = {
    "rules_person": "it looks like a person's name",
    "rules_place": "it looks like a place name",
    "rules_org": "it looks like an organisation's name",
    "rules_other": "it looks like a name of another kind",
    "given_name_opens": "it starts with a known given name",
    "surname_alone_elsewhere": "its last word stands alone elsewhere, as a surname does",
    "title_before": "a title or role stands before it",
    "speaks_after": "a speech verb follows it",
    "age_or_role_after": "an age or a role follows it",
    "affiliation_after": "“of” and an organisation follow it",
    "person_phrase_before": "an age or “named” stands before it",
    "place_preposition_before": "“in”, “from” or “near” stands before it",
    "all_place_words": "every word of it is a place word",
    "organisation_word_inside": "it contains an organisation word",
    "work_noun_before": "“the film”, “the book” or the like stands before it",
    "common_word_opens": "it starts with a common word, not a given name",
    "place_after_comma": "a comma and a place follow it",
}

# What the weighed evidence (the speaker ranker's features) says of the chosen speaker.
SPEAKER_FEATURE_LABELS: dict[str, str] = {
    "cascade_pick": "the first rule that matched chose it",
    "cascade_pick_by_cue": "a speech verb next to the quote names it",
    "cascade_pick_by_subject": "it is the subject of the sentence the quoted phrase is in",
    "cascade_pick_from_sentence_before": "the sentence before names it as the speaker",
    "cascade_pick_carried": "it said the quote before",
    "cascade_pick_weak_mention": "it is only a possessive or the object of a preposition",
    "nobody": "nobody is named",
    "nobody_by_cue": "the speech verb next to the quote has an unnamed subject",
    "nobody_without_cue": "no speech verb stands in the quote's sentence",
    "kind_org": "it is an organisation",
    "kind_place": "it is a place, which speaks only through its government",
    "kind_group": "it is a group the article describes",
    "cue_after_quote": "named right after the quote, beside a speech verb",
    "cue_before_quote": "named before the quote, beside a speech verb",
    "speaks_the_quotes_cue": "it is the subject of the speech verb nearest the quote",
    "next_to_cue": "a speech verb stands right next to the name",
    "same_sentence": "named in the quote's own sentence",
    "sentences_away": "named some sentences away from the quote",
    "chars_away": "named some way from the quote",
    "same_paragraph": "named in the quote's paragraph",
    "sentence_subject": "it is the subject of its sentence",
    "governed_by_preposition": "it is the object of a preposition",
    "possessive": "it is a possessive (“X's”)",
    "role_possessor": "the next name holds a role of its (“X's spokeswoman, Y”)",
    "holds_role": "it holds the role named before it (“X's spokeswoman, Y”)",
    "according_to": "it follows “according to”",
    "salience": "the article names it often",
    "gender_agrees": "it fits the “he” or “she” who speaks",
    "gender_clashes": "it does not fit the “he” or “she” who speaks",
    "pronoun_antecedent": "the “he” or “she” who speaks refers to it",
    "previous_speaker": "it said the quote before",
    "previous_speaker_same_paragraph": "it said the quote before, in the same paragraph",
}

_OVERRULED = re.compile(r"^the ranker overruled the cascade \((.*): ([^:]*)\)$")
_RUNNER_UP = re.compile(r"scored (-?[\d.]+), next (.+?) (-?[\d.]+)(?:;|$)")
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")
_TYPED = re.compile(r"^name typed (\w+) by evidence$")


def plain(name: str, labels: dict[str, str]) -> str:
    """The label of `name`, else the first line of a feature's docstring, else its words."""
    if name in labels:
        return labels[name]
    doc = _feature_doc(name)
    if doc:
        return doc
    return name.replace("_", " ") if _IDENTIFIER.match(name) else name


def _feature_doc(name: str) -> str:
    """A named piece of evidence describes itself: its docstring's first clause."""
    from reader.analysis.evidence import entity_kind, speaker

    feature = entity_kind.FEATURES.get(name) or speaker.FEATURES.get(name)
    doc = (feature.__doc__ or "") if feature is not None else ""
    first = doc.strip().split("\n", 1)[0]
    return first.split(":", 1)[0].strip().rstrip(".")


def why_lines(why: Why) -> list[str]:
    """The evidence behind one quote's speaker, as a few short lines of plain words."""
    fields: dict[str, str] = {}
    for line in why.evidence:
        key, value = _split(line)
        fields[key] = f"{fields[key]}; {value}" if key in fields else value
    lines: list[str] = []
    step = fields.pop("step", None)
    cue = fields.pop("cue", None)
    ranker = fields.pop("ranker", None)
    if step is not None:
        overruled = _OVERRULED.match(step)
        if overruled is None:
            how = plain(step, STEP_LABELS)
        else:
            first = plain(overruled.group(1), STEP_LABELS)
            how = (
                "the weighed evidence chose another name than the first rule that matched"
                f" ({first} gave {overruled.group(2)})"
            )
        lines.append(f"How: {how}" + (f" (“{cue}”)" if cue else ""))
    elif cue:
        lines.append(f"Speech verb: “{cue}”")
    kind = fields.pop("speaker kind", None)
    if why.speaker is None:
        lines.append("Speaker: nobody is named")
    else:
        kind_label = f", {plain(kind, KIND_LABELS)}" if kind is not None else ""
        lines.append(f"Speaker: {why.speaker}{kind_label}")
    for key, value in fields.items():
        typed = _TYPED.match(key)
        if typed is None:
            lines.append(f"{plain(key, {})}: {value}" if key else value)
            continue
        reasons = [plain(name.strip(), FEATURE_LABELS) for name in value.split(",") if name]
        lines.append(f"Read as {plain(typed.group(1), KIND_LABELS)} because " + "; ".join(reasons))
    lines.extend(_weighing(why, ranker))
    return lines


def _weighing(why: Why, ranker: str | None) -> list[str]:
    """What the weighed evidence held for and against the speaker, and the next best name."""
    lines: list[str] = []
    top = why.contributions[:4]
    for label, sign in (("For it", 1), ("Against it", -1)):
        reasons = [plain(name, SPEAKER_FEATURE_LABELS) for name, value in top if value * sign > 0]
        if reasons:
            lines.append(f"{label}: " + "; ".join(dict.fromkeys(reasons)))
    runner_up = _RUNNER_UP.search(ranker or "")
    if runner_up is not None:
        score, name, next_score = runner_up.groups()
        lines.append(f"Next best: {name} (score {next_score} against {score})")
    return lines


def _split(line: str) -> tuple[str, str]:
    key, _, value = line.partition(": ")
    return (key.strip(), value.strip()) if value else ("", line.strip())


def why_for(explained: Analysis, quote: Quote) -> Why | None:
    """The `Why` of `quote` in an explained analysis of the same text (found by its place,
    so an analysis shown earlier, or one whose quotes are numbered differently, still fits)."""
    by_place = {(q.start, q.end): index for index, q in enumerate(explained.quotes)}
    index = by_place.get((quote.start, quote.end))
    if index is None:
        overlapping = [
            i for i, q in enumerate(explained.quotes) if q.start < quote.end and quote.start < q.end
        ]
        index = overlapping[0] if overlapping else None
    if index is None:
        return None
    return next((why for why in explained.why if why.quote == index), None)


def quote_opening(quote: Quote, words: int = 12) -> str:
    """The first words of a quote, on one line, in quotation marks."""
    parts: Sequence[str] = quote.text.split()
    more = " …" if len(parts) > words else ""
    return "“" + " ".join(parts[:words]) + more + "”"
