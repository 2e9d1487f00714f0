"""Word lists the rules consult: speech cues, titles, organisation and place words, months.

The lists themselves are data files in `vocab/` (one loader, which rejects duplicates and
contradictions); this module names them for the rules. Everything is written for this project
(no third-party list) except the census first names, which load from `data/first_names.txt`
(public domain, see `data/README.md`).
"""

from __future__ import annotations

import re
from functools import cache

from reader.analysis import vocab

vocab.validate()

# Speech and writing verbs in every tense a news report uses.
SPEECH_CUES: frozenset[str] = vocab.cue_forms()

# Cues that mark speech strongly enough to attribute a quote right next to them; the weak
# ones ("described", "praised", "agreed") report speech only loosely.
STRONG_CUES: frozenset[str] = vocab.cue_forms(
    frozenset(vocab.cue_table()) - vocab.words("speech_cues_weak")
)

# Cue forms that make a short quoted phrase near them speech rather than a term.
NEAR_CUES: frozenset[str] = vocab.words("speech_cues_near")

# Verbs of saying, judging or naming that, in the clause before a short quoted phrase, make
# it its subject's words: every speech cue but the ones that report nothing of the subject's
# own ("according to the new “dot plot”", "went", "put", "shared"), and the stance verbs.
_NOT_VOICING = frozenset(["according", "put", "go", "continue", "share"])
VOICING_VERBS: frozenset[str] = (
    (SPEECH_CUES | frozenset(vocab.cue_table())) - vocab.cue_forms(_NOT_VOICING) - _NOT_VOICING
) | vocab.words("stance_verbs")

PRONOUNS_MALE = frozenset(["he", "him", "his"])
PRONOUNS_FEMALE = frozenset(["she", "her", "hers"])
PRONOUNS_PLURAL = frozenset(["they", "them", "their", "we"])

HONORIFICS = vocab.words("honorifics")
TITLE_WORDS = vocab.words("titles")  # before a name, make it a person ("President Trump")
ROLE_NOUNS = vocab.words("role_nouns")  # a role phrase ends in one of these
ORG_ROLE_NOUNS = vocab.words("org_role_nouns")  # "the company said"
ORG_KIND_BOUND_NOUNS = vocab.words("org_kind_bound_nouns")  # "the government": its kind only
ORG_DESCRIPTIONS = vocab.table("org_descriptions")  # "the bank" -> bancorp, reserve
DOCUMENT_NOUNS = vocab.words("document_nouns")  # "the statement said"
# "fed" -> "federal": a clipped word of an organisation's name ("the Fed").
ORG_CLIPPINGS = {c: full for full, cs in vocab.table("org_clippings").items() for c in cs}
RESPONSE_NOUNS = vocab.words("response_nouns")  # "Trump's response: “…”"
# Nouns of said or written words that voice a short quoted phrase in their clause ("in a
# statement", "in an interview"): not the documents that name plans and studies.
VOICING_NOUNS: frozenset[str] = (
    (
        DOCUMENT_NOUNS
        - frozenset(
            re.split(
                r"\s+", "plan bill offer proposal order decision study survey document text notice"
            )
        )
    )
    | RESPONSE_NOUNS
    | vocab.words("speech_nouns")
)
ORG_WORDS = vocab.words("org_words")  # make a capitalised run an organisation or place
MONTHS: dict[str, int] = {k: int(v[0]) for k, v in vocab.table("months").items()}
WEEKDAYS = vocab.words("weekdays")
COUNTRIES = vocab.words("countries")
NATIONALITIES = vocab.words("nationalities")
CAPITAL_STOPWORDS = vocab.words("capital_stopwords")  # capitalised words that are no names
KNOWN_ORGS = vocab.words("known_orgs")  # one-word outlets and agencies: never people
PLACES = vocab.words("place_words")
FIRM_NAMES = vocab.words("firm_names")  # "wells_fargo": a firm named like a person
PLACE_NAMES = vocab.words("place_names")  # "sierra_leone": a place named like a person
CHARACTER_NAMES = vocab.words("character_names")  # "luke_skywalker": no real person
NOT_PERSON_INITIALS = vocab.words("not_person_initials")  # "U.S. Steel", "P.O. Box"
PLACE_OPENERS = vocab.words("place_openers")  # "Santa Ana", "Fort Myers": a place
PLACE_WORDS_NOT_SURNAMES = vocab.words("place_words_not_surnames")  # "Beverly Hills"
NOT_FIRST_NAMES = vocab.words("not_first_names")
ORG_WORD_SURNAMES = vocab.words("org_word_surnames")  # "Arsenio Hall", "Charlotte Church"
EAST_ASIAN_SURNAMES = vocab.words("east_asian_surnames")  # "Kwok Ka-ki"
KIN_NOUNS = vocab.words("kin_nouns")  # "X, his ex-wife": a person's apposition
PERSON_NOUNS = vocab.words("person_nouns")  # "Voter Kitty Mak": glued before a name
PERSON_VERBS = vocab.words("person_verbs")  # "Shaq Vann rushed for": only a person does it
FAMOUS_SURNAMES = vocab.words("famous_surnames")  # "A man like Nixon": a person alone
MODEL_WORDS = vocab.words("model_words")  # "737 Max": a model's number, no quantity
WORK_NOUNS = vocab.words("work_nouns")  # "the film Mary Poppins Returns"
NAMED_AFTER_HEADS = vocab.words("named_after_heads")  # "the Paul Hastings law firm"
PERSON_RELATION_NOUNS = vocab.words("person_relation_nouns")  # "the Bernie Sanders campaign"
NAME_RUN_OPENERS = vocab.words("name_run_openers")  # "Big Machine": no person's name
CREDIT_WORDS = vocab.words("credit_words")  # "Maria Lopez Getty Images": after a name
KIN_SUBJECTS = vocab.words("kin_subjects")  # "The father said": the last man named
JOB_HEADS = vocab.words("job_heads")  # "Policy Consultant Bill Bowtell": a title's head
IRREGULAR_PAST = vocab.words("irregular_past")  # "The court found X …": a finite verb
AUXILIARIES = vocab.words("auxiliaries")  # "X has labeled Y": a finite verb

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

# Units a spaced number measures: written form -> the unit (its singular, the reported
# `unit`). The listed units, and those an SI prefix makes from a base ("kilo" + "watt"); each
# with its plural in -s, or with the forms measure_unit_forms.txt gives it.
MEASURE_UNITS: dict[str, str] = {}
_UNIT_FORMS = vocab.table("measure_unit_forms")
for _u in sorted(vocab.measure_unit_names()):
    MEASURE_UNITS[_u] = _u
    if _u in _UNIT_FORMS:
        MEASURE_UNITS.update(dict.fromkeys(_UNIT_FORMS[_u], _u))
    elif not _u.endswith("s"):
        MEASURE_UNITS[_u + "s"] = _u

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB",
    "A$": "AUD", "C$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL",
    "₩": "KRW", "₺": "TRY", "₪": "ILS", "CHF": "CHF", "USD": "USD", "EUR": "EUR",
    "GBP": "GBP", "JPY": "JPY", "RUB": "RUB", "CNY": "CNY", "INR": "INR", "₦": "NGN", "N": "NGN",
    "₿": "BTC",
}  # fmt: skip

CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "rupees": "INR",
    "rubles": "RUB", "roubles": "RUB", "francs": "CHF", "pesos": "MXN",
}  # fmt: skip


@cache
def census_given_names() -> dict[str, str]:
    """Lower-cased first name -> 'm', 'f' or 'u', from the 1990 US census lists."""
    names: dict[str, str] = {}
    text = vocab.read_data("reader.analysis", "data/first_names.txt")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, _, gender = line.partition("\t")
        names[name] = gender or "u"
    return names


@cache
def first_names() -> dict[str, str]:
    """Lower-cased first name -> 'm', 'f' or 'u' (census lists, our own additions, then the
    international lists)."""
    names = dict(census_given_names())
    for listed, gender in zip(vocab.GIVEN_NAME_LISTS, "mfu", strict=True):
        for name in vocab.words(listed):
            names.setdefault(name, gender)
    # Given names of other countries (Faker's lists, see data/README.md): after ours, so a
    # census or project mark wins.
    for name, gender in intl_given_names().items():
        names.setdefault(name, gender)
    for word in NOT_FIRST_NAMES:
        names.pop(word, None)
    return names


@cache
def intl_given_names() -> dict[str, str]:
    """Given names of other countries, lower case -> 'm', 'f' or 'u' (Faker's lists, none of
    them in the census list): "pankaj", "sajid", "joonas"."""
    out: dict[str, str] = {}
    for line in vocab.read_data("reader.analysis", "data/given_names_intl.txt").splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            out[name] = gender or "u"
    return out


@cache
def rare_given_names() -> frozenset[str]:
    """Rarer US given names of the SSA's baby-name counts that no other list holds, lower
    case ("keyosha", "rayshard", "adarius"): evidence for a run of two or more words only
    (`evidence.entity_kind.rare_given_name_opens`), too weak to make a lone word a person."""
    text = vocab.read_data("reader.analysis", "data/given_names_ssa.txt")
    return frozenset(line.partition("\t")[0] for line in text.splitlines() if line[:1] != "#")


@cache
def intl_only_given_names() -> frozenset[str]:
    """The international given names that neither the census list nor ours holds: weaker
    evidence ("Heinz Field", "the Manila Bulletin")."""
    ours = frozenset().union(*(vocab.words(listed) for listed in vocab.GIVEN_NAME_LISTS))
    return frozenset(intl_given_names().keys() - census_given_names().keys() - ours)


def _data_lines(name: str) -> frozenset[str]:
    text = vocab.read_data("reader.analysis", f"data/{name}.txt")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


@cache
def surnames() -> frozenset[str]:
    """Surnames of many countries, lower case (Faker's lists): "pandey", "javid"."""
    return _data_lines("surnames_intl")


# Words news copy writes in lower case (counted on the open corpus): a capitalised one after
# a given name known only from the international lists ("Heinz Field", "Campbell Soup") makes
# no person's name.
COMMON_WORDS: frozenset[str] = _data_lines("common_words")


# Common English hypocorisms: "Mike Ford" and "Michael Ford" are one person.
FORMAL_FIRST: dict[str, frozenset[str]] = {}
for _formal, _shorts in vocab.table("hypocorisms").items():
    for _short in _shorts:
        FORMAL_FIRST[_short] = FORMAL_FIRST.get(_short, frozenset()) | {_formal}
