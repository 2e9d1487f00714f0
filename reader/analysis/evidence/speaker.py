"""Evidence for who said a quote: named features of one candidate speaker.

`reader.analysis.speaker` lists the candidates of each quote (the people and organisations
named near it, a pronoun's antecedent, the previous quote's speaker, the cascade's own pick in
`attribution.py`, and nobody) and records what it sees about each in a `Candidate`. Each
feature here is a small function `Candidate -> float` (0 when it does not fire) with a
docstring whose first line says what it sees and an example. A candidate's score is the sum of
weight × value over the features (`weights/speaker.tsv`, fitted on the train fold by
`python bench/train.py speaker`); the quote goes to the candidate with the highest score. The
cascade's pick is one feature among the others, so the ranker can learn when to overrule it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from reader.analysis import vocab

# Which family of evidence the cascade's deciding step belongs to (Attributor.step).
STEP_FAMILY = {
    "a cue after the closing mark": "cue",
    "a cue before the opening mark in the same sentence": "cue",
    "a cue later in a sentence the quote runs into": "cue",
    "a cue after a later quote in the paragraph": "cue",
    "the attribution closing a quote that runs over paragraphs": "cue",
    "a partial quote: a cue later in the sentence or its subject": "partial",
    "a cue or the subject of the sentence before": "before",
    "a quote-only paragraph after indirect speech": "before",
    "a quote paragraph after a sentence introducing it": "before",
    "an earlier quote in the paragraph keeps its speaker": "carried",
    "a paragraph opening with a quote continues the previous speaker": "carried",
    "a full-sentence quote continues the previous speaker": "carried",
    "no evidence names a speaker": "none",
}


@dataclass(slots=True)
class Candidate:
    """One possible speaker of one quote, with what the candidate generator saw about it.

    `name` is None for "nobody". Offsets are those of the mention the facts describe.
    """

    name: str | None
    kind: str  # "person", "org", "place", "group" or "" (nobody)
    gender: str = "u"
    start: int | None = None
    end: int | None = None
    cue: str | None = None  # the speech cue next to this mention, if any
    cascade: bool = False  # the cascade in attribution.py chose this name
    cascade_family: str = "none"  # STEP_FAMILY of the cascade's deciding step
    cascade_mention: bool = False  # this very mention is the one the cascade chose
    sentences_away: int = 0  # sentences between the mention and the quote (0: same)
    chars_away: int = 0
    after_quote: bool = False  # the mention follows the closing mark
    same_paragraph: bool = False
    cue_strength: float = 0.0  # 1 strong, 0.5 weak cue right next to the mention
    in_cue_clause_after: bool = False  # in the clause after the closing mark, which has a cue
    # before the opening mark in its sentence, which has a cue, and next to no other cue
    in_cue_clause_before: bool = False
    subject: bool = False  # the first name of its sentence, not after a preposition
    governed: bool = False  # the object of a preposition ("in the journal JAMA")
    possessive: bool = False  # "Ryan's …"
    role_possessor: bool = False  # "Ryan" of "Ryan's spokeswoman, AshLee Strong"
    holds_role: bool = False  # "AshLee Strong" of "Ryan's spokeswoman, AshLee Strong"
    according_to: bool = False  # "according to X"
    mentions_so_far: int = 0
    pronoun_gender: str = ""  # "m"/"f" when a he/she next to the quote's cue is its subject
    antecedent: bool = False  # the person that he/she refers to
    previous_speaker: bool = False  # the (ranked) speaker of the quote before
    previous_same_paragraph: bool = False  # … and that quote is in this quote's paragraph
    # nobody: the speaking he/she follows a sentence that opens with an unnamed person
    pronoun_unnamed: bool = False
    antecedent_behind_unnamed: bool = False  # … and this is the antecedent named before it
    # named after the cue before the quote, whose subject stands before the cue
    after_cue_before_quote: bool = False
    quote_has_cue: bool = False  # a cue stands in the quote's sentence (any candidate)
    # the subject of the cue nearest the quote (before or after it); for nobody: an unnamed
    # single person is ("a resident said", "the caller told police:")
    speaks_nearest_cue: bool = False


Feature = Callable[[Candidate], float]
FEATURES: dict[str, Feature] = {}


def feature(fn: Feature) -> Feature:
    """Register `fn` under its name."""
    FEATURES[fn.__name__] = fn
    return fn


# -- the cascade's verdict -------------------------------------------------------------------
@feature
def cascade_pick(c: Candidate) -> float:
    """The cascade chose this name (or nobody): '"No," Lopez said.' -> Lopez."""
    return float(c.cascade)


@feature
def cascade_pick_by_cue(c: Candidate) -> float:
    """The cascade chose it from a cue next to the quote: '"No," Lopez said.'"""
    return float(c.cascade and c.cascade_family == "cue")


@feature
def cascade_pick_by_subject(c: Candidate) -> float:
    """The cascade chose the subject of a partial quote's sentence: 'Lopez called it "a sham".'"""
    return float(c.cascade and c.cascade_family == "partial")


@feature
def cascade_pick_from_sentence_before(c: Candidate) -> float:
    """The cascade chose a cue or subject of the sentence before: 'Lopez spoke. "No."'"""
    return float(c.cascade and c.cascade_family == "before")


@feature
def cascade_pick_carried(c: Candidate) -> float:
    """The cascade carried an earlier quote's speaker on: '"No," Lopez said. "Never."'"""
    return float(c.cascade and c.cascade_family == "carried")


@feature
def cascade_pick_weak_mention(c: Candidate) -> float:
    """The cascade chose this mention although it is a possessive or a preposition's object:
    '"No," the lawyer for Lopez said.' -> Lopez."""
    return float(c.cascade_mention and (c.governed or c.possessive))


# -- what the candidate is -------------------------------------------------------------------
@feature
def nobody(c: Candidate) -> float:
    """The candidate is nobody (the article does not say who): 'a resident said'."""
    return float(c.name is None)


@feature
def nobody_by_cue(c: Candidate) -> float:
    """Nobody, as the cascade read the cue next to the quote: '"No," a resident said.'"""
    return float(c.name is None and c.cascade and c.cascade_family == "cue")


@feature
def nobody_without_cue(c: Candidate) -> float:
    """Nobody, for a quote with no speech cue in its sentence: 'the "new normal" of it'."""
    return float(c.name is None and not c.quote_has_cue)


@feature
def kind_org(c: Candidate) -> float:
    """An organisation: '"No," the ministry of health said.'"""
    return float(c.kind == "org")


@feature
def kind_place(c: Candidate) -> float:
    """A place, which speaks only as its government: '"No," Russia said.'"""
    return float(c.kind == "place")


@feature
def kind_group(c: Candidate) -> float:
    """A group named by the article's own words: '"No," federal prosecutors said.'"""
    return float(c.kind == "group")


# -- the cue ---------------------------------------------------------------------------------
@feature
def cue_after_quote(c: Candidate) -> float:
    """Named in the clause after the closing mark, which holds a cue: '"No," Lopez said.'"""
    return float(c.in_cue_clause_after)


@feature
def cue_before_quote(c: Candidate) -> float:
    """Named before the opening mark in a sentence with a cue, and next to no cue but the one
    nearest the quote: 'Lopez said: "No."' -> Lopez; 'Berg said the caller told police: "No."'
    -> not Berg."""
    return float(c.in_cue_clause_before)


@feature
def speaks_the_quotes_cue(c: Candidate) -> float:
    """The subject of the cue nearest the quote, named or not: '"No," Lopez said.' -> Lopez;
    'Berg said the caller told police: "No."' -> nobody (the caller), not Berg."""
    return float(c.speaks_nearest_cue)


@feature
def next_to_cue(c: Candidate) -> float:
    """A speech cue right next to the name, by its strength: 'Lopez said' 1, 'Lopez praised'
    0.5."""
    return c.cue_strength


# -- distance --------------------------------------------------------------------------------
@feature
def same_sentence(c: Candidate) -> float:
    """Named in the quote's own sentence: 'Lopez said: "No."'"""
    return float(c.name is not None and c.sentences_away == 0)


@feature
def sentences_away(c: Candidate) -> float:
    """Sentences between the name and the quote, up to 6, over 6: 'Lopez spoke. "No."' 1/6."""
    return 0.0 if c.name is None else min(abs(c.sentences_away), 6) / 6


@feature
def chars_away(c: Candidate) -> float:
    """Characters between the name and the quote, log-scaled: 8 chars -> 0.27."""
    return 0.0 if c.name is None else math.log1p(c.chars_away) / 8


@feature
def same_paragraph(c: Candidate) -> float:
    """Named in the quote's paragraph."""
    return float(c.same_paragraph)


# -- the mention's role in its sentence ------------------------------------------------------
@feature
def sentence_subject(c: Candidate) -> float:
    """The first name of its sentence, not after a preposition: 'Lopez met Chen.' -> Lopez."""
    return float(c.subject)


@feature
def governed_by_preposition(c: Candidate) -> float:
    """The object of a preposition: 'published in the journal JAMA' -> JAMA."""
    return float(c.governed)


@feature
def possessive(c: Candidate) -> float:
    """A possessive: "Lopez's plan" -> Lopez."""
    return float(c.possessive)


@feature
def role_possessor(c: Candidate) -> float:
    """Whose role the next name holds: "Ryan's spokeswoman, AshLee Strong" -> Ryan."""
    return float(c.role_possessor)


@feature
def holds_role(c: Candidate) -> float:
    """Holds the role named before it: "Ryan's spokeswoman, AshLee Strong" -> AshLee Strong."""
    return float(c.holds_role)


@feature
def according_to(c: Candidate) -> float:
    """Named after "according to": 'the toll rose, according to the ministry.'"""
    return float(c.according_to)


# -- the article so far ----------------------------------------------------------------------
@feature
def salience(c: Candidate) -> float:
    """Mentions of the name up to the quote, up to 8, over 8: named 4 times -> 0.5."""
    return min(c.mentions_so_far, 8) / 8


@feature
def gender_agrees(c: Candidate) -> float:
    """A person of the gender of the 'he'/'she' that speaks: '"No," she said.' -> Maria."""
    return float(bool(c.pronoun_gender) and c.gender == c.pronoun_gender)


@feature
def gender_clashes(c: Candidate) -> float:
    """A person of the other gender than the 'he'/'she' that speaks, or no person at all."""
    return float(bool(c.pronoun_gender) and c.name is not None and c.gender != c.pronoun_gender)


@feature
def pronoun_antecedent(c: Candidate) -> float:
    """The person the speaking 'he'/'she' refers to: 'Lopez left. "No," he said.' -> Lopez."""
    return float(c.antecedent)


@feature
def previous_speaker(c: Candidate) -> float:
    """The speaker of the quote before: '"No," Lopez said. "Never."' -> Lopez."""
    return float(c.previous_speaker)


@feature
def previous_speaker_same_paragraph(c: Candidate) -> float:
    """The speaker of the quote before, in this quote's paragraph."""
    return float(c.previous_same_paragraph)


@feature
def pronoun_refers_to_unnamed(c: Candidate) -> float:
    """Nobody, when the speaking he/she follows a sentence opening with an unnamed person:
    'Later, the city's civil defense director found … “No,” he said.' -> nobody (the
    director), not a person named further back."""
    return float(c.pronoun_unnamed)


@feature
def antecedent_behind_unnamed(c: Candidate) -> float:
    """The named antecedent of the speaking he/she, with a sentence opening with an unnamed
    person between them: 'Kennedy spoke. Later, the city's civil defense director found … “No,”
    he said.' -> Kennedy."""
    return float(c.antecedent_behind_unnamed)


@feature
def after_the_cue(c: Candidate) -> float:
    """Named between the cue before the quote and the quote, the cue having its subject
    before it: the cue's object or the reported clause's subject, seldom the speaker: 'One
    called Kaine a “trial lawyer”' -> Kaine; 'Lee told Chen: “No.”' -> Chen."""
    return float(c.after_cue_before_quote)


def values(c: Candidate) -> dict[str, float]:
    """feature -> value of the features that fire on `c` (value not 0), in registry order."""
    return {name: v for name, fn in _ITEMS if (v := fn(c))}


_ITEMS = tuple(FEATURES.items())
MARGIN = "overrule_margin"


@cache
def weights() -> dict[str, float]:
    """feature -> weight, from weights/speaker.tsv (absent features weigh 0); the entry
    `overrule_margin` is how much more than the cascade's pick another candidate must score
    to be chosen instead."""
    out: dict[str, float] = {}
    text = vocab.read_data("reader.analysis.weights", "speaker.tsv")
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.partition("#")[0].strip()
        if not line:
            continue
        name, weight = line.split()
        if name not in FEATURES and name != MARGIN:
            raise ValueError(f"speaker.tsv:{number}: unknown feature in {line!r}")
        out[name] = float(weight)
    return out


def score(vals: dict[str, float], w: dict[str, float]) -> float:
    """Sum of weight × value."""
    return sum(w.get(k, 0.0) * v for k, v in vals.items())


Weighted = tuple[tuple[Feature, float], ...]


def weighted(w: dict[str, float]) -> Weighted:
    """(feature, weight) of the features that weigh anything under `w`, in registry order:
    what `score_of` needs, prepared once per set of weights."""
    return tuple((fn, w[name]) for name, fn in _ITEMS if w.get(name, 0.0))


def score_of(c: Candidate, ws: Weighted) -> float:
    """`score(values(c), w)` without building the dict: the same products summed in the same
    order (a feature of weight 0 adds only 0), for scoring every candidate of every quote."""
    return sum(wk * v for fn, wk in ws if (v := fn(c)))
