"""Evidence for the kind of a capitalised name run: person, org, place, work or other.

The hand-ordered rules in `entities.py` give a first verdict; it is one feature among the
others here (`rules_*`), so context can outweigh it: "Fiona Hill" is a person although "hill"
is a place word, because a given name opens the run and "Hill said" follows later; "the film
Mary Poppins Returns" is a work although "Mary" is a given name. Each feature is a function
`Span -> bool` with a docstring whose first line says what it sees and an example. The weights
(`weights/entity_kind.tsv`, one `feature kind weight` a line) are set by hand today; see
`bench/train.py` for fitting them on the train fold.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from reader.analysis import lexicon as lx
from reader.analysis import vocab

KINDS = ("person", "org", "place", "work", "other")


@dataclass(frozen=True, slots=True)
class Span:
    """A name run in its text, with what the entity finder knows about the whole text."""

    text: str
    start: int  # the name (after any title written inside the run)
    end: int
    run_start: int  # where the run, title included, starts
    lows: tuple[str, ...]  # the name's words, lower case, without a trailing dot
    rule_kind: str  # the verdict of the rules in entities.py
    first_names: dict[str, str]
    surnames_alone: frozenset[str]  # words used alone like a surname ("Hill said")
    lower_words: frozenset[str]  # words the text also writes in lower case
    bare_words: frozenset[str] = frozenset()  # capitalised words the text writes alone


Feature = Callable[[Span], bool]
FEATURES: dict[str, Feature] = {}


def feature(fn: Feature) -> Feature:
    """Register `fn` under its name (without a leading underscore)."""
    FEATURES[fn.__name__.lstrip("_")] = fn
    return fn


# The kin nouns as one alternation, longest first ("grandmother" before "mother").
_KIN_ALTERNATION = "|".join(sorted(lx.KIN_NOUNS, key=len, reverse=True))
_PREV_WORDS = re.compile(r"([A-Za-z][\w-]*+)[ \u00a0]++(?:the[ \u00a0]++)?$")
_PREV_ROLE_COMMA = re.compile(r"\b([a-z][\w-]*),[ \u00a0]+$")
_CUE_AFTER = re.compile(
    r"(?:’s|'s)?,?[ \u00a0]+"
    r"(?:(?:also|then|later|earlier|has|had|have|once|[a-z]+ly)[ \u00a0]+){0,2}([a-z]+)"
)
_AGE_OR_ROLE_AFTER = re.compile(
    r",[ \u00a0]+(?:\d{1,3},|(?:(?:a|an|the|his|her|their)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,2}?(?:"
    + _KIN_ALTERNATION
    + r")\b(?![-'’])|(?:a|an|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,4}?(?:"
    + "|".join(sorted(lx.ROLE_NOUNS, key=len, reverse=True))
    + r")\b)"
)
_PLACE_PREPOSITIONS = frozenset(
    ["in", "at", "near", "from", "across", "outside", "inside", "throughout", "around", "to"]
)
_WORK_NOUNS = lx.WORK_NOUNS
_AFFILIATION_AFTER = re.compile(
    r"[ \u00a0]+(?:of|at|from)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w.-]*"
    r"(?:['’]s\b|[ \u00a0]+(?:of[ \u00a0]+)?[A-Z])"
)
# " of Washington and", " of Ohio,": the one-word place a politician or a player is from.
_HOME_PLACE_AFTER = re.compile(
    r"[ \u00a0]+of[ \u00a0]+([A-Z][a-z]+)(?=[,;:.)]|[ \u00a0]+(?:and|said|says|who|told)\b)"
)
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)-year-old|\bnamed|\bvictims?,?"
    # "identified as X", "identified the victim as X"
    r"|\bidentified(?:[ \u00a0]+[a-z]+){0,3}[ \u00a0]+as"
    r"|\bthe late)"
    r"[ \u00a0]+$"
    # "went by the name “X”" ("a robot named “Better Idea”" is no person: no quote there)
    r"|\bthe name[ \u00a0]+[“\"]?$"
)
_NAME_NEXT = re.compile(r"[ \u00a0]+[A-Z]")
_COMMA_PLACE_AFTER = re.compile(r",[ \u00a0]+([A-Z][a-z]+)")


def _prev_word(s: Span) -> str:
    return _prev_raw(s).lower()


def _prev_raw(s: Span) -> str:
    global _last_prev
    last = _last_prev  # three features ask of the same span in turn: look once
    if last[0] is not s:
        m = _PREV_WORDS.search(s.text, max(0, s.run_start - 40), s.run_start)
        last = _last_prev = (s, m.group(1) if m else "")
    return last[1]


_last_prev: tuple[Span | None, str] = (None, "")


def _no_common_word(s: Span) -> bool:
    """No word of the name is a common English word or one the text writes in lower case."""
    return not any(w in lx.COMMON_WORDS or w in s.lower_words for w in s.lows)


def _is_place_word(w: str) -> bool:
    return w in lx.COUNTRIES or w in lx.PLACES


@feature
def rules_person(s: Span) -> bool:
    """The rules took the run for a person: "Bill Clinton said"."""
    return s.rule_kind in ("person", "person_maybe")


@feature
def rules_place(s: Span) -> bool:
    """The rules took the run for a place: "New York"."""
    return s.rule_kind == "place"


@feature
def rules_org(s: Span) -> bool:
    """The rules took the run for an organisation: "Big Machine Records"."""
    return s.rule_kind == "org"


@feature
def rules_other(s: Span) -> bool:
    """The rules took the run for something else: "Red Dead Redemption 2"."""
    return s.rule_kind == "other"


@feature
def given_name_opens(s: Span) -> bool:
    """A known given name opens a run of two or more words: "Fiona Hill", "Kanye West"."""
    return len(s.lows) >= 2 and s.lows[0] in s.first_names


@feature
def surname_alone_elsewhere(s: Span) -> bool:
    """The last word is used alone like a surname elsewhere: "Hill said", "Mr. West"."""
    return len(s.lows) >= 2 and s.lows[-1] in s.surnames_alone


@feature
def title_before(s: Span) -> bool:
    """A title or role (or a plural role) stands right before the name, or a role and a
    comma: "adviser Fiona Hill", "Secretary X", "candidates Deokkyun Yoon", "media mogul,
    Debola Lagos"."""
    if s.run_start < s.start:
        return True
    prev = _prev_word(s)
    if prev in lx.ROLE_NOUNS or prev in lx.HONORIFICS:
        return True
    if prev in lx.PERSON_NOUNS and _prev_raw(s).islower():
        return True  # "mastermind Jørn Utzon", "suspect Ali Khan"
    if prev.endswith("s") and prev[:-1] in lx.ROLE_NOUNS and _no_common_word(s):
        return True  # "PhD candidates Deokkyun Yoon and Molong Duan"
    # (After a comma, only a name of uncommon words: "vice president, Nissan Sales" is a
    # department.)
    m = _PREV_ROLE_COMMA.search(s.text, max(0, s.run_start - 30), s.run_start)
    if m is None or not _no_common_word(s):
        return False
    role = m.group(1)
    # "two teenage chess players, Dorsa Derakhshani and …": a plural role lists people.
    return role in lx.ROLE_NOUNS or (role.endswith("s") and role[:-1] in lx.ROLE_NOUNS)


@feature
def speaks_after(s: Span) -> bool:
    """A strong speech cue follows the name: "Kanye West said"."""
    m = _CUE_AFTER.match(s.text, s.end)
    # "the Echo Show, said Dave Limp": the cue belongs to the name after it.
    return m is not None and m.group(1) in lx.STRONG_CUES and not _NAME_NEXT.match(s.text, m.end())


@feature
def age_or_role_after(s: Span) -> bool:
    """An age or a role apposition follows: "Chad Wolf, 44,", "Pankaj Pandey, the head of"."""
    return _AGE_OR_ROLE_AFTER.match(s.text, s.end) is not None


_VERB_AFTER = re.compile(r"[ \u00a0]+([a-z]+)\b")


@feature
def person_verb_after(s: Span) -> bool:
    """A verb only a person does follows: "Shaq Vann rushed for 101 yards", "Lena Dunham
    tweeted"."""
    m = _VERB_AFTER.match(s.text, s.end)
    return m is not None and m.group(1) in lx.PERSON_VERBS


@feature
def affiliation_after(s: Span) -> bool:
    """ "of the <Name>" or "of <Name>'s" follows a two- or three-word name, as after a
    person's name: "Xiaogang Wei of the Beijing Gender Health …", "Nikki Holland of the UK's",
    "Wray Grimaldi of the University of Otago"."""
    return (
        2 <= len(s.lows) <= 3
        and _AFFILIATION_AFTER.match(s.text, s.end) is not None
        # "the Due Process Clause of the United States", "Master of Business Affairs at X"
        and _no_common_word(s)
    )


@feature
def place_given_name_and_surname(s: Span) -> bool:
    """A census given name that is also a place or a word ("Jordan", "Chad", "Paris",
    "Grace"), then a surname, listed or written alone elsewhere in the text, that is no
    common word or place: "Chad Thomas has filled in", "Jordan Spira and Megan Cook", "Grace
    Mugabe" beside "Mugabe's rule". ("Jordan Valley", "Washington Post": no surname.)"""
    if len(s.lows) != 2:
        return False
    first, last = s.lows
    return (
        first in lx.NOT_FIRST_NAMES
        and first in lx.census_given_names()
        and (last in lx.surnames() or (last in s.bare_words and first not in s.bare_words))
        and last not in lx.COMMON_WORDS
        and last not in s.lower_words
        and not _is_place_word(last)
        and last not in lx.NATIONALITIES
        and last not in lx.ORG_WORDS
        and all(_NAME_SHAPE.fullmatch(w) for w in s.text[s.start : s.end].split())
    )


@feature
def common_noun_closes(s: Span) -> bool:
    """The last word is a common noun that this text also writes in lower case, and no
    listed surname: "Marine Operations", "Gene Mutations", "Albert Quay", "Easter Egg". (A
    surname that is a common word elsewhere, "Theresa May", "Taylor Swift", is seldom
    written in lower case beside the name in the same story.)"""
    last = s.lows[-1]
    return (
        len(s.lows) >= 2
        and last in s.lower_words
        and (last in lx.COMMON_WORDS or (last.endswith("s") and last[:-1] in lx.COMMON_WORDS))
        and last not in lx.surnames()
        and last not in s.first_names
        and len(last) > 2  # "Liu He", "James To": a short surname, no noun
        and last not in lx.MONTHS  # "Theresa May … she may"
        # "Mike Minor … Minor pitched": written alone like a surname, it is one
        and last not in s.surnames_alone
        and last not in s.bare_words
    )


@feature
def home_place_after(s: Span) -> bool:
    """ "of <place>" follows a plain two- or three-word name, and the place ends the phrase,
    as news names a lawmaker by their state: "Pramila Jayapal of Washington and Mark Pocan of
    Wisconsin", "Bob Casey of Pennsylvania said". (An organisation "of" a place takes an
    organisation word, which other evidence weighs.)"""
    if not 2 <= len(s.lows) <= 3:
        return False
    m = _HOME_PLACE_AFTER.match(s.text, s.end)
    return (
        m is not None
        and _is_place_word(m.group(1).lower())
        and _no_common_word(s)
        and not any(_is_place_word(w) or w in lx.ORG_WORDS for w in s.lows)
    )


@feature
def person_phrase_before(s: Span) -> bool:
    """An age or a naming phrase stands before: "40-year-old Skandaraj Navaratnam",
    "identified as Jaypee Galicha", "went by the name “Ismaaiyl Abdullah-Muhammad”"."""
    return _PERSON_BEFORE.search(s.text, max(0, s.run_start - 40), s.run_start) is not None


_KIN_AFTER = re.compile(
    r"['’]s[ \u00a0]+(?:(?:late|former|estranged|elder|older|younger|eldest|youngest|twin)"
    r"[ \u00a0]+)?(" + _KIN_ALTERNATION + r")s?\b(?![-'’])"
    # "Fox's sister network": a firm's kin is another firm
    r"(?![ \u00a0]+(?:company|companies|firm|ship|paper|publication|station|channel|network"
    r"|brand|site|city|cities|organi[sz]ation|group|label|school|agency|club|team|product)s?\b)"
)


_AND_KIN_AFTER = re.compile(
    r"[ \u00a0]+and[ \u00a0]+(?:his|her)[ \u00a0]+(?:(?:late|former|estranged)[ \u00a0]+)?(?:"
    + _KIN_ALTERNATION
    + r")s?\b(?![-'’])"
)


@feature
def kin_after(s: Span) -> bool:
    """A possessive and a kin noun follow, which only a person has, or "and his/her" and
    one: "Tshilidzi Marwala's wife said", "Dorsa Rahimi's younger brother", "Bheki Cele
    and his wife fled". (A firm has a lawyer or a leader, so those tell nothing; "Fox's
    sister network" is a firm's.) As its siblings, only of a plain name, or of one a given name
    opens ("Fiona Hill's husband"): "Air France's sister airline", "Royal Caribbean's sister
    vessel" name no person."""
    return (
        _KIN_AFTER.match(s.text, s.end) is not None
        or _AND_KIN_AFTER.match(s.text, s.end) is not None
    ) and (_plain_words(s) or _census_given_name_opens(s))


def _census_given_name_opens(s: Span) -> bool:
    """A US census given name that is no common word opens the name: "Fiona Hill" (not
    "Royal Caribbean", nor "Mato Grosso", whose "Mato" only the longer lists have)."""
    first = s.lows[0]
    return (
        first in lx.census_given_names()
        and first not in lx.COMMON_WORDS
        and first not in s.lower_words
    )


_WHO_AFTER = re.compile(r",[ \u00a0]+who(?:se|m)?\b")
# Nouns of a group of people, which take "who" as a person does.
_COLLECTIVE_NOUNS = frozenset(
    ["tribe", "tribes", "family", "families", "clan", "band", "crew", "team", "people", "nation"]
)


@feature
def relative_who_after(s: Span) -> bool:
    """ ", who" or ", whose" follows a plain name, the relative pronoun only a person takes:
    "Viktar Babaryka, who was arrested", "Abu Mahdi al-Muhandis, who was also killed". (A team
    or a body may take it too, "the Chicago White Sox, who", so no word of the name may be a
    common word, a place or an organisation word.)"""
    return (
        _WHO_AFTER.match(s.text, s.end) is not None
        and _plain_words(s)
        and s.lows[-1] not in _COLLECTIVE_NOUNS  # "the Eastern Shoshone Tribe, who"
    )


_ONE_OF_ROLES_AFTER = re.compile(
    r",[ \u00a0]+one[ \u00a0]+of[ \u00a0]+(?:the|his|her|their|its|our|my|two|three|four|five)"
    r"[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,3}?(?:"
    + "|".join(sorted(lx.ROLE_NOUNS | {"lead", "creator", "regular"}, key=len, reverse=True))
    + r")s\b"
)


@feature
def one_of_roles_after(s: Span) -> bool:
    """ ", one of the" and a plural role follow, an apposition that counts the name among
    people: "Simu Liu, one of the series leads,", "Jane Roe, one of the company's founders".
    ("Mad Max, one of the best films" ends in a work noun, no role.)"""
    return _ONE_OF_ROLES_AFTER.match(s.text, s.end) is not None


_RULE_OF_BEFORE = re.compile(
    r"\b(?:regime|administration|presidency|dictatorship|reign)[ \u00a0]+of[ \u00a0]+$"
)


@feature
def rule_of_before(s: Span) -> bool:
    """ "the regime of", "the presidency of" stand before a plain name, which names the
    person who rules, as "the Assad regime" does: "the regime of Abdrabbuh Mansur Hadi",
    "during the presidency of Zine El Abidine Ben Ali". ("the government of American Samoa"
    names a place: no place word may stand in the name, and "government" is not asked.)"""
    return _RULE_OF_BEFORE.search(
        s.text, max(0, s.run_start - 30), s.run_start
    ) is not None and _plain_words(s)


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


@feature
def middle_initial(s: Span) -> bool:
    """One middle initial between two plain name words, as only people's names are written:
    "Tshilidzi J. Marwala". Not a name with a place, organisation or common word in it
    ("John F. Kennedy Airport" runs on into an organisation word)."""
    words = s.text[s.start : s.end].split()
    return (
        len(words) == 3
        and _MIDDLE_INITIAL.fullmatch(words[1]) is not None
        and all(_NAME_SHAPE.fullmatch(w) for w in (words[0], words[2]))
        and _plain_words(s)
    )


def _plain_words(s: Span) -> bool:
    """No word of the name is a common word, a place or an organisation word."""
    return _no_common_word(s) and not any(_is_place_word(w) or w in lx.ORG_WORDS for w in s.lows)


_LIFE_EVENT_AFTER = re.compile(
    r"(?:,[^,]{1,60},)?[ \u00a0]+(?:(?:was|is)[ \u00a0]+born|died|passed[ \u00a0]+away)\b"
)


@feature
def life_event_after(s: Span) -> bool:
    """A birth or a death follows the name, which only a person has: "Bheki Cele was born
    in 1970", "Mpho Letsholo, a teacher, died on Friday" (a firm is founded or folds)."""
    return _LIFE_EVENT_AFTER.match(s.text, s.end) is not None and _plain_words(s)


_PERSON_PASSIVE_AFTER = re.compile(
    r"[ \u00a0]+(?:was|is|has[ \u00a0]+been|had[ \u00a0]+been|will[ \u00a0]+be)[ \u00a0]+"
    r"(?:(?:later|also|then|first|reportedly|allegedly)[ \u00a0]+)?"
    r"(?:arrested|jailed|imprisoned|sentenced|convicted|indicted|acquitted|injured|wounded"
    r"|hospitali[sz]ed|stabbed|kidnapped|abducted|detained|extradited|deported|buried"
    r"|murdered|assassinated|sworn[ \u00a0]+in|pronounced[ \u00a0]+dead|pardoned)\b"
)


@feature
def person_passive_after(s: Span) -> bool:
    """A passive that only a person undergoes follows a plain name: "Xolani Mkhize was
    arrested on Monday", "Ama Osei has been sentenced", "Ama Osei was sworn in". (A firm is
    charged or fined, so those tell nothing.)"""
    return _PERSON_PASSIVE_AFTER.match(s.text, s.end) is not None and _plain_words(s)


_ROLE_OF_NAMED_AFTER = re.compile(
    r"[ \u00a0]+(?:(?!(?:and|or|but|the|an?|of|to|as|by|with|from|in|on|at|for|is|was|said)\b)"
    r"[a-z][\w-]*[ \u00a0]+)?(?:"
    + "|".join(sorted(lx.ROLE_NOUNS, key=len, reverse=True))
    + r")[ \u00a0]+[A-Z][\w'’-]+[ \u00a0]+[A-Z]"
)


@feature
def role_of_named_after(s: Span) -> bool:
    """A role and a person's name follow, so the run names the body the person works for:
    "Grateful Dead drummer Mickey Hart", "Morning Joe host Joe Scarborough", "Samoa Observer
    editor Keni Lesa". Not after a person's name ("Barack Obama adviser David Axelrod"): no
    given name may open the run."""
    return _ROLE_OF_NAMED_AFTER.match(s.text, s.end) is not None and s.lows[0] not in s.first_names


_PICTURED_AFTER = re.compile(r"[ \u00a0]*\(pictured\)")


@feature
def pictured_after(s: Span) -> bool:
    """ "(pictured)" follows a plain name, as a story points at a person's photo: "Xolani
    Mkhize (pictured) spoke". ("the Eiffel Tower (pictured)" has a place word.)"""
    return _PICTURED_AFTER.match(s.text, s.end) is not None and _plain_words(s)


@feature
def place_preposition_before(s: Span) -> bool:
    """A preposition of place stands before the run: "in West Virginia", "from Hill Valley"."""
    return _prev_word(s) in _PLACE_PREPOSITIONS


@feature
def all_place_words(s: Span) -> bool:
    """Every word of the run is a place word: "New York", "South Korea"."""
    return all(_is_place_word(w) for w in s.lows)


@feature
def organisation_word_inside(s: Span) -> bool:
    """An organisation word stands in the run: "Kotak Institutional Equities"."""
    return not lx.ORG_WORDS.isdisjoint(s.lows)


@feature
def work_noun_before(s: Span) -> bool:
    """A work noun stands right before: "the film Mary Poppins Returns", "his album X"."""
    return _prev_word(s) in _WORK_NOUNS


@feature
def common_word_opens(s: Span) -> bool:
    """The run opens with a common word, not a given name: "Big Machine", "Blue Origin"."""
    w = s.lows[0]
    return w not in s.first_names and w in lx.NAME_RUN_OPENERS


@feature
def place_after_comma(s: Span) -> bool:
    """ ", <country or place>" follows, as after a town: "Aleppo, Syria", "Hill Valley, Ohio"."""
    m = _COMMA_PLACE_AFTER.match(s.text, s.end)
    return m is not None and _is_place_word(m.group(1).lower())


# "her 1956 autobiography, Lady Sings the Blues, which": a work noun and a comma, then the
# title as an apposition that closes.
_WORK_COMMA_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(_WORK_NOUNS, key=len, reverse=True)) + r"),[ \u00a0]+$"
)
# The first word of the clause a position stands in ("In" of "In his book, ").
_CLAUSE_OPENER = re.compile(r"(?:^|[.!?;:\n“”\"(])[ \u00a0]*([A-Za-z]+)[^.!?;:\n“”\"(]*$")
_PHRASE_PREPOSITIONS = frozenset(
    ["in", "on", "at", "for", "into", "from", "with", "after", "since", "through", "throughout"]
)
# The apposition closes after the run, which a title may go on ("Lady Sings the Blues,").
_APPOSITION_CLOSES = re.compile(
    r"(?:[ \u00a0]+(?:[A-Z][\w'’-]*|the|of|a|an|and|in|on|to|for|with)){0,6}?"
    r"[ \u00a0]*(?:[,;)]|\.(?:\s|$)|[ \u00a0]+(?:which|that)\b)"
)


@feature
def work_apposition_before(s: Span) -> bool:
    """A work noun and a comma stand before the name and the apposition closes after it: "her
    1956 autobiography, Lady Sings the Blues, which was", "his new album, Folklore, is". Not
    after a prepositional phrase that opens the clause: "In his book, Michael Wolff, a
    journalist, writes"."""
    m = _WORK_COMMA_BEFORE.search(s.text, max(0, s.run_start - 40), s.run_start)
    if m is None or _APPOSITION_CLOSES.match(s.text, s.end) is None:
        return False
    opener = _CLAUSE_OPENER.search(s.text, max(0, m.start() - 80), m.start())
    return opener is None or opener.group(1).lower() not in _PHRASE_PREPOSITIONS


_PLACE_OF_BEFORE = re.compile(
    r"\b(?:states?|provinces?|cit(?:y|ies)|towns?|villages?|count(?:y|ies)|regions?|districts?"
    r"|islands?|municipalit(?:y|ies)|prefectures?|settlements?)[ \u00a0]+of[ \u00a0]+$"
)


@feature
def place_noun_of_before(s: Span) -> bool:
    """A noun of a place and "of" stand before the run, which names the place: "the Brazilian
    states of Mato Grosso and Paraná", "the city of Douglas", "the island of Rapa Nui"."""
    return _PLACE_OF_BEFORE.search(s.text, max(0, s.run_start - 20), s.run_start) is not None


_TRADEMARK_AFTER = re.compile(r"[®™]")


@feature
def trademark_after(s: Span) -> bool:
    """A trademark sign follows the run, which names a brand: "a jar of Don Victor® Honey",
    "Ultra Boost™ shoes". A person's name carries none."""
    return _TRADEMARK_AFTER.match(s.text, s.end) is not None


@feature
def work_noun_closes(s: Span) -> bool:
    """A work noun closes the run, which names a show, a film or a series: "the next Rocky
    Horror Picture Show", "the Marty Feldman Show". Not a surname ("Kelly Song")."""
    last = s.lows[-1]
    return len(s.lows) >= 2 and last in _WORK_NOUNS and last not in lx.surnames()


# The people of a work, after its noun: "the series leads", "the show's creator".
_WORK_ROLES = frozenset(["lead", "creator", "regular", "writer", "cast", "member"])
_WORK_APPOSITION = re.compile(
    r",[ \u00a0]+(?:(?:a|an|the|his|her|their|its)[ \u00a0]+"
    r"|one[ \u00a0]+of[ \u00a0]+(?:the|his|her|their|its|my|our)[ \u00a0]+)"
    r"(?:[\w'’-]+[ \u00a0]+){0,4}?(?:"
    + "|".join(sorted(_WORK_NOUNS, key=len, reverse=True))
    + r")\b(?![-'’])"
    # "Simu Liu, one of the series leads": the work noun only modifies a person's role.
    + r"(?![ \u00a0]+(?:"
    + "|".join(sorted(lx.ROLE_NOUNS | _WORK_ROLES, key=len, reverse=True))
    + r")s?\b)"
)


@feature
def work_apposition_after(s: Span) -> bool:
    """An apposition that calls the run a work follows: "Mad Max, one of the best films of
    the decade", "Lover, her seventh album". (A person's apposition names a role: "X, the
    film's director" ends in a role noun, not a work noun.)"""
    return _WORK_APPOSITION.match(s.text, s.end) is not None


_ACTOR_AFTER = re.compile(
    r"[ \u00a0]+\(([A-Z][a-z]+)[ \u00a0]+(?:[A-Z]\.[ \u00a0]+)?[A-Z][\w'’-]+\)"
)


@feature
def actor_in_brackets_after(s: Span) -> bool:
    """A person's name in brackets follows, as a cast list writes an actor after the
    character: "Dave Skylark (James Franco), a television host"."""
    m = _ACTOR_AFTER.match(s.text, s.end)
    return m is not None and m.group(1).lower() in s.first_names


_CHARACTER_BEFORE = re.compile(r"\b(?:character|characters|fictional)[ \u00a0]+(?:the[ \u00a0]+)?$")


@feature
def character_before(s: Span) -> bool:
    """A fictional character's name follows "character" or "fictional": "the character Tasha
    Yar". Not "his role as" or "portraying", which biopics use of real people ("his role as
    Jackie Robinson in film 42")."""
    return _CHARACTER_BEFORE.search(s.text, max(0, s.run_start - 30), s.run_start) is not None


_THING_AFTER = re.compile(
    r"(?:['’]s)?[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    r"(?:telescope|supercomputer|spacecraft|satellite|rover|observatory)\b"
)


@feature
def thing_noun_after(s: Span) -> bool:
    """A thing named after someone follows: "the James Webb space telescope", "the Hazel Hen
    supercomputer": the name is its modifier, no mention of a person."""
    return _THING_AFTER.match(s.text, s.end) is not None


_NAMED_AFTER = re.compile(
    r"[ \u00a0]+(?:([a-z][a-z-]*)[ \u00a0]+)?("
    + "|".join(sorted(lx.NAMED_AFTER_HEADS, key=len, reverse=True))
    + r")\b(?!-)"
)


@feature
def named_after_head(s: Span) -> bool:
    """An article, the name and at most one more noun before a head noun of a thing that
    takes a person's name as its own, or the head closing the run: "the Paul Hastings law
    firm said", "the Anna Lindh memorial fund", "the Barbra Streisand effect", "the Elizabeth
    Line opened" (vocab/named_after_heads.txt). Not after a noun of what the person has or
    does ("the Bernie Sanders campaign office") nor a verb ("the Jane Doe-led fund"), nor a
    surname that is an organisation word ("the Arsenio Hall")."""
    if (
        s.run_start != s.start
        or _ARTICLE_BEFORE.search(s.text, max(0, s.run_start - 5), s.run_start) is None
    ):
        return False
    last = s.lows[-1]
    if len(s.lows) >= 2 and last in lx.NAMED_AFTER_HEADS and last not in lx.ORG_WORD_SURNAMES:
        return True
    m = _NAMED_AFTER.match(s.text, s.end)
    if m is None:
        return False
    between = m.group(1)
    return between is None or (
        between not in lx.PERSON_RELATION_NOUNS
        and between not in lx.AUXILIARIES
        and between not in lx.IRREGULAR_PAST
        and not between.endswith(("ed", "ing", "ly"))
        and between not in lx.CAPITAL_STOPWORDS
    )


VESSEL_VERB_AFTER = re.compile(
    r"[ \u00a0]+(?:docked|berthed|moored|capsized|ran[ \u00a0]+aground"
    r"|was[ \u00a0]+(?:scuttled|decommissioned))\b"
)


@feature
def vessel_verb_after(s: Span) -> bool:
    """A verb only a ship takes follows: "Queen Mary docked at Southampton", "the Costa
    Concordia capsized". (People sail and sink putts; only vessels dock, moor or capsize.)"""
    return VESSEL_VERB_AFTER.match(s.text, s.end) is not None


HANDLE_AFTER = re.compile(r"[ \u00a0]+\(@\w{1,30}\)")


@feature
def handle_after(s: Span) -> bool:
    """A social-media handle in brackets follows, as an embedded post is signed: "— Jackzelia
    Banks (@JackieRue) December 22, 2014". (An organisation signs so too, but the rules' own
    verdict "org" is never retyped.)"""
    return HANDLE_AFTER.match(s.text, s.end) is not None


_BASED_AFTER = re.compile(r"-(?:based|headquartered)\b")


@feature
def based_after(s: Span) -> bool:
    """ "-based" follows the name, which says where something is: "the Ann Arbor-based
    Center for Automotive Research". Firms and bodies are based; people are not."""
    return _BASED_AFTER.match(s.text, s.end) is not None


_AREA_AFTER = re.compile(
    r"[ \u00a0]+(?:area|areas|region|neighbou?rhood|suburb|district|township|community)\b"
)


@feature
def area_noun_after(s: Span) -> bool:
    """A noun of area follows: "the Sandy Point area has not suffered", "the Kingsley
    Heights neighbourhood": the run names a place."""
    return _AREA_AFTER.match(s.text, s.end) is not None


def people_of_place(lows: tuple[str, ...] | list[str]) -> bool:
    """Place words, then a plural of their people: "hong kongers", "south carolinians"."""
    return (
        len(lows) >= 2
        # (Countries and places only: "Christian Keysers" is a person.)
        and all(w in lx.COUNTRIES or w in lx.PLACES for w in lows[:-1])
        and lows[-1].endswith(("ers", "ians", "ites", "eans"))
    )


@feature
def people_of_place_name(s: Span) -> bool:
    """The run names the people of a place, a group and no person: "Hong Kongers said",
    "South Carolinians"."""
    return people_of_place(s.lows)


@feature
def place_word_opens(s: Span) -> bool:
    """A word that opens place names opens the run, even one that is a given name too:
    "in Santa Ana", "Santa Monica and", "Fort Myers" (vocab/place_openers.txt)."""
    return len(s.lows) >= 2 and s.lows[0] in lx.PLACE_OPENERS


@feature
def known_firm_name(s: Span) -> bool:
    """The run is a firm named like a person: "Wells Fargo said", "Morgan Stanley"
    (vocab/firm_names.txt)."""
    return "_".join(s.lows) in lx.FIRM_NAMES


@feature
def known_place_name(s: Span) -> bool:
    """The run is a place named like a person: "from Sierra Leone", "in Coral Gables"
    (vocab/place_names.txt)."""
    return "_".join(s.lows) in lx.PLACE_NAMES


@feature
def known_character_name(s: Span) -> bool:
    """The run is a fictional character named like a person: "Luke Skywalker's X-wing
    helmet", "a modern Sherlock Holmes" (vocab/character_names.txt)."""
    return "_".join(s.lows) in lx.CHARACTER_NAMES


_CREDIT_LINE_BEFORE = re.compile(
    r"[A-Z][\w.'’-]*,[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,3}([a-z][\w-]*),[ \u00a0]+$"
)


@feature
def credit_line_before(s: Span) -> bool:
    """A name and a role, each closed by a comma, stand before the run, as a credit line
    names a firm: "Albert E. Dotson Jr., partner, Bilzin Sumberg", "Jane Roe, senior
    analyst, Acme Capital". (After a lone role, "her adviser, Fiona Hill", a person.)"""
    m = _CREDIT_LINE_BEFORE.search(s.text, max(0, s.run_start - 80), s.run_start)
    return m is not None and m.group(1) in lx.ROLE_NOUNS


_NAME_SHAPE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ]+)?")


@feature
def known_surname_closes(s: Span) -> bool:
    """A surname of the international lists closes a two- or three-word name whose first
    word is no common word or place: "Xiaogang Wei", "Rai Benjamin"."""
    if not 2 <= len(s.lows) <= 3 or s.lows[-1] not in lx.surnames():
        return False
    first = s.lows[0]
    words = s.text[s.start : s.end].split()
    return (
        first not in s.lower_words
        and first not in lx.COMMON_WORDS
        and not _is_place_word(first)
        and first not in lx.NATIONALITIES
        and all(_NAME_SHAPE.fullmatch(w) for w in words)
    )


@feature
def surname_repeated_alone(s: Span) -> bool:
    """The last word of a two- or three-word name stands alone elsewhere in the text and the
    first does not, as news names a person in full once and by the surname after: "Ego
    Ferguson … forced Ferguson from the game". (An organisation's short form is its first
    word: "Goldman Sachs … Goldman".)"""
    return (
        2 <= len(s.lows) <= 3
        and s.lows[-1] in s.bare_words
        and s.lows[0] not in s.bare_words
        and _no_common_word(s)
        # "Roman Egypt", "Roman Catholic", "Charlotte Hornets": a place, a people, a team
        and not any(_is_place_word(w) or w in lx.NATIONALITIES for w in s.lows)
        and not (
            s.lows[-1].endswith("s")
            and (s.lows[-1][:-1] in lx.COMMON_WORDS or s.lows[-1][:-1] in s.lower_words)
        )
        and all(_NAME_SHAPE.fullmatch(w) for w in s.text[s.start : s.end].split())
    )


DETERMINER_BEFORE = re.compile(
    r"(?<![\w-])(?:[Tt]he|an?|An|A|[Yy]our|[Mm]y|[Oo]ur|[Tt]heir|[Ii]ts)[ \u00a0]+$"
)
# "the Echo Dot is", "the Echo Dot.": the name stands alone as the noun phrase's head. ("the
# Howard Jones song", "the Trump administration" use a person's name as a modifier.)
HEAD_ENDS = re.compile(
    r"(?:[ \u00a0]+(?:and|or|is|was|has|had|will|can|to|in|on|for|with|from|at|that)\b"
    r"|[ \u00a0]*[,.;:!?)’”\"]|[ \u00a0]*$)"
)


_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|an?|An|A)[ \u00a0]+$")


@feature
def article_and_head(s: Span) -> bool:
    """An article stands before the run and the run ends its noun phrase, as a thing's name
    does: "the Jones Mahal.", "the Miller Lite Corral, where". A person's name after "the"
    is a modifier ("the Hillary Clinton campaign", "a Jimmy Buffett fan"); after a
    possessive it may be the head ("our Hana Kimura has passed away")."""
    return (
        s.run_start == s.start
        and _ARTICLE_BEFORE.search(s.text, max(0, s.run_start - 5), s.run_start) is not None
        and HEAD_ENDS.match(s.text, s.end) is not None
    )


_THE_BEFORE = re.compile(r"\b[Tt]he[ \u00a0]+$")


def _no_article_elsewhere(s: Span) -> bool:
    name = s.text[s.start : s.end]
    return f"the {name}" not in s.text and f"The {name}" not in s.text


@feature
def rare_given_name_opens(s: Span) -> bool:
    """A rarer US given name (the SSA's baby-name counts, `data/given_names_ssa.txt`) opens a
    plain two- or three-word name: "Keyosha Jackson", "Rayshard Brooks". No word of it is a
    common word, a place or an organisation word."""
    return (
        2 <= len(s.lows) <= 3
        and s.lows[0] in lx.rare_given_names()
        and s.lows[0] not in lx.PLACE_OPENERS  # "Rio Grande"
        and s.lows[0] != s.lows[-1]  # "Duran Duran", a band
        # "the Rio Grande", "the Costa Sur plant": a person's name takes no article, here or
        # elsewhere in the text (looked for last: few runs get this far)
        and _THE_BEFORE.search(s.text, max(0, s.run_start - 5), s.run_start) is None
        and _no_article_elsewhere(s)
        and _no_common_word(s)
        and not any(_is_place_word(w) or w in lx.NATIONALITIES or w in lx.ORG_WORDS for w in s.lows)
        and all(_NAME_SHAPE.fullmatch(w) for w in s.text[s.start : s.end].split())
    )


@cache
def weights() -> dict[str, dict[str, float]]:
    """feature -> kind -> weight, from weights/entity_kind.tsv (absent pairs weigh 0)."""
    out: dict[str, dict[str, float]] = {}
    text = vocab.read_data("reader.analysis.weights", "entity_kind.tsv")
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.partition("#")[0].strip()
        if not line:
            continue
        name, kind, weight = line.split()
        if (name != "bias" and name not in FEATURES) or kind not in KINDS:
            raise ValueError(f"entity_kind.tsv:{number}: unknown feature or kind in {line!r}")
        out.setdefault(name, {})[kind] = float(weight)
    return out


def fired(s: Span) -> list[str]:
    """The names of the features that fire on `s`, in registry order."""
    return [name for name, fn in FEATURES.items() if fn(s)]


def scores(names: list[str]) -> dict[str, float]:
    """kind -> summed weight of the fired features `names` (plus each kind's bias)."""
    w = weights()
    out = dict.fromkeys(KINDS, 0.0)
    for name in ["bias", *names]:
        for kind, value in w.get(name, {}).items():
            out[kind] += value
    return out


_RULE_KIND = {"person_maybe": "person", "single": "other"}


def decide(s: Span) -> tuple[str, list[str]]:
    """The kind the evidence gives `s` (the rules' kind on a tie), and the features that
    fired."""
    names = fired(s)
    sc = scores(names)
    rule = _RULE_KIND.get(s.rule_kind, s.rule_kind)
    return max(KINDS, key=lambda k: (sc[k], k == rule, -KINDS.index(k))), names
