"""The analysis vocabulary: word lists kept as data files in this folder, one loader for all.

A list file `NAME.txt` holds whitespace-separated lower-case words; a table file holds one
entry a line, its key first (`months.txt`: "january 1"; `speech_cues.txt`: "say: said says
saying say"). `#` starts a comment. The loader rejects a word listed twice in one file, and
the named checks in `CHECKS` reject contradictions between files (a given name both male and
female, a weak cue that is no cue). `validate()` runs them all; the lexicon calls it on import,
so a contradictory list fails the first test that touches the analysis.

    >>> "said" in cue_forms()
    True
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources


class VocabError(ValueError):
    """A word list is malformed, repeats a word, or contradicts another list."""


def _lines(text: str) -> list[tuple[int, str]]:
    """(line number, content) of every line with words, comments dropped."""
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.partition("#")[0].strip()
        if line:
            out.append((number, line))
    return out


def parse_words(text: str, name: str) -> frozenset[str]:
    """The words of a list file's `text`; a word written twice is an error."""
    seen: dict[str, int] = {}
    for number, line in _lines(text):
        for word in line.split():
            if word in seen:
                raise VocabError(f"{name}.txt:{number}: {word!r} repeats line {seen[word]}")
            seen[word] = number
    return frozenset(seen)


def parse_table(text: str, name: str) -> dict[str, tuple[str, ...]]:
    """Key -> the other words of its line; a key written twice is an error. A key may end
    in a colon ("say: said says")."""
    out: dict[str, tuple[str, ...]] = {}
    where: dict[str, int] = {}
    for number, line in _lines(text):
        key, *rest = line.split()
        key = key.rstrip(":")
        if key in out:
            raise VocabError(f"{name}.txt:{number}: {key!r} repeats line {where[key]}")
        out[key], where[key] = tuple(rest), number
    return out


def read_data(package: str, name: str) -> str:
    """The text of a data file shipped in `package`. Files on disk are read with the
    built-in open(), not Path.open(): the lists load when reader.analysis is imported, and
    nothing that patches or wraps Path.open for an article (a test of an unreadable file)
    should break that."""
    path = resources.files(package).joinpath(name)
    if isinstance(path, os.PathLike):
        with open(os.fspath(path), encoding="utf-8") as f:
            return f.read()
    return path.read_text("utf-8")  # a zipped install


def _read(name: str) -> str:
    if not resources.files("reader.analysis.vocab").joinpath(f"{name}.txt").is_file():
        raise VocabError(f"no word list named {name!r}")
    return read_data("reader.analysis.vocab", f"{name}.txt")


@cache
def words(name: str) -> frozenset[str]:
    """Every word of list `name` (vocab/NAME.txt)."""
    return parse_words(_read(name), name)


@cache
def table(name: str) -> dict[str, tuple[str, ...]]:
    """Key -> the other words of its line, for table `name` (vocab/NAME.txt)."""
    return parse_table(_read(name), name)


def _inflect(lemma: str) -> tuple[str, ...]:
    """Regular forms of a speech verb: "warn" -> warned, warns, warning."""
    if lemma.endswith("e"):
        return (lemma + "d", lemma + "s", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma[:-1] + "ied", lemma[:-1] + "ies", lemma + "ing")
    if lemma.endswith(("sh", "ch", "ss", "x")):
        return (lemma + "ed", lemma + "es", lemma + "ing")
    if lemma in ("quip", "brag", "admit", "regret"):
        return (lemma + lemma[-1] + "ed", lemma + "s", lemma + lemma[-1] + "ing")
    return (lemma + "ed", lemma + "s", lemma + "ing")


@cache
def cue_table() -> dict[str, tuple[str, ...]]:
    """Speech-cue lemma -> its forms as written in news copy."""
    return {lemma: forms or _inflect(lemma) for lemma, forms in table("speech_cues").items()}


def cue_forms(lemmas: frozenset[str] | None = None) -> frozenset[str]:
    """Every form of every speech cue (of `lemmas` only, when given)."""
    return frozenset(
        form
        for lemma, forms in cue_table().items()
        if lemmas is None or lemma in lemmas
        for form in forms
    )


@dataclass(frozen=True)
class Check:
    """A named rule two lists must keep; `problems` returns the words that break it."""

    name: str
    problems: Callable[[], frozenset[str]]


def _disjoint(a: str, b: str) -> Check:
    return Check(f"{a} and {b} share no word", lambda: words(a) & words(b))


def _keys_within(a: str, b: str) -> Check:
    return Check(f"every word of {a} is a key of {b}", lambda: words(a) - table(b).keys())


def prefixed_units() -> frozenset[str]:
    """Units an SI prefix makes from a base: "kilowatt", "millisievert", "gigatonne"."""
    return frozenset(
        p + b for p in words("measure_unit_prefixes") for b in words("measure_unit_bases")
    )


def measure_unit_names() -> frozenset[str]:
    """Every unit a spaced number may measure, in its singular: the listed ones and the
    prefixed ones."""
    return words("measure_units") | prefixed_units()


GIVEN_NAME_LISTS = ("given_names_male", "given_names_female", "given_names_unisex")

CHECKS: tuple[Check, ...] = (
    _disjoint("given_names_male", "given_names_female"),
    _disjoint("given_names_male", "given_names_unisex"),
    _disjoint("given_names_female", "given_names_unisex"),
    *(_disjoint(g, "not_first_names") for g in GIVEN_NAME_LISTS),
    _keys_within("speech_cues_weak", "speech_cues"),
    _disjoint("named_after_heads", "person_relation_nouns"),
    Check(
        "every word of place_words_not_surnames is a place word",
        lambda: words("place_words_not_surnames") - words("place_words"),
    ),
    Check(
        "every word of speech_cues_near is a form of a speech cue",
        lambda: words("speech_cues_near") - cue_forms(),
    ),
    Check(
        "a stance verb is no speech cue form",
        lambda: words("stance_verbs") & cue_forms(),
    ),
    Check(
        "measure_units lists no unit that a prefix and a base make",
        lambda: words("measure_units") & prefixed_units(),
    ),
    Check(
        "every key of measure_unit_forms is a unit",
        lambda: frozenset(table("measure_unit_forms")) - measure_unit_names(),
    ),
    Check(
        "months and weekdays share no word",
        lambda: frozenset(table("months")) & words("weekdays"),
    ),
    Check(
        "a cue form belongs to one lemma",
        lambda: frozenset(
            f
            for lemma, forms in cue_table().items()
            for f in forms
            for other, others in cue_table().items()
            if other != lemma and f in others
        ),
    ),
)


def validate() -> None:
    """Load every list and run every check; raise VocabError on the first problem."""
    for check in CHECKS:
        bad = check.problems()
        if bad:
            raise VocabError(f"{check.name}: broken by {', '.join(sorted(bad))}")


# Files read as tables (key, then words); every other file is a list of words.
TABLES = frozenset(
    [
        "months",
        "hypocorisms",
        "speech_cues",
        "org_descriptions",
        "org_clippings",
        "measure_unit_forms",
    ]
)


def load(name: str) -> frozenset[str] | dict[str, tuple[str, ...]]:
    """List or table `name`, whichever it is."""
    return table(name) if name in TABLES else words(name)


def all_names() -> list[str]:
    """The names of every list in this folder."""
    folder = resources.files("reader.analysis.vocab")
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt"))
