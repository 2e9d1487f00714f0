"""People in both articles, or in only one, and how many words each gets quoted.

Names match when they are the same after folding, or when one is contained in the other word
for word ("Lavrov" in one outlet, "Sergey Lavrov" in the other). Candidates come from an
index on the words of names, so no name is compared with every other ("Rosselló" and
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from functools import lru_cache

from reader.analysis.model import Analysis, Person
from reader.compare.matching import assign, build_index, candidates
from reader.compare.model import PersonDifference
from reader.compare.words import norms


@lru_cache(maxsize=4096)
def name_key(name: str) -> tuple[str, ...]:
    """The folded words of a name, titles and initials dropped."""
    return tuple(w for w in norms(name) if len(w) > 1 or not w.isalpha())


def same_person(a: str, b: str) -> bool:
    """True when two names plausibly name one person (equal, or one within the other)."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    return set(short) <= set(long_)


def quoted_words(analysis: Analysis) -> Counter[str]:
    """Words quoted per speaker name (quotes without a speaker are not counted)."""
    counts: Counter[str] = Counter()
    for quote in analysis.quotes:
        if quote.speaker:
            counts[quote.speaker] += len(quote.text.split())
    return counts


def _words_per_person(people: list[Person], analysis: Analysis) -> list[int]:
    """Quoted words of each person: every speaker named like them counts (found by index)."""
    index = _name_index(people)
    words = [0] * len(people)
    for speaker, count in quoted_words(analysis).items():
        for i in candidates(name_key(speaker), index):
            if same_person(speaker, people[i].name):
                words[i] += count
    return words


def _name_index(people: list[Person]) -> dict[Hashable, list[int]]:
    return build_index(name_key(p.name) for p in people)


def _named_in(name: str, people: list[Person], index: dict[Hashable, list[int]]) -> bool:
    found = candidates(name_key(name), index)
    return any(same_person(name, people[j].name) for j in found)


def compare_people(a: Analysis, b: Analysis) -> list[PersonDifference]:
    """Each person of A and B once: in both (with quoted words per side) or in one only."""
    people_a, people_b = list(a.people), list(b.people)
    index = _name_index(people_b)
    index_a = _name_index(people_a)

    def pairs(i: int) -> list[tuple[int, float]]:
        name = people_a[i].name
        found = candidates(name_key(name), index)
        return [
            (j, 2.0 if name_key(name) == name_key(people_b[j].name) else 1.0)
            for j in found
            if same_person(name, people_b[j].name)
        ]

    matched = assign(len(people_a), pairs, 1.0)
    words_a, words_b = _words_per_person(people_a, a), _words_per_person(people_b, b)
    out: list[PersonDifference] = []
    matched_b = {j for j, _ in matched.values()}
    for i, person in enumerate(people_a):
        first = person.mentions[0] if person.mentions else None
        if i in matched:
            other = people_b[matched[i][0]]
            name = max(person.name, other.name, key=lambda n: len(name_key(n)))
            out.append(
                PersonDifference(
                    "both", name, person.name, other.name, first,
                    other.mentions[0] if other.mentions else None,
                    len(person.mentions), len(other.mentions),
                    words_a[i], words_b[matched[i][0]],
                )
            )  # fmt: skip
        elif not _named_in(person.name, people_b, index):
            out.append(
                PersonDifference(
                    "only_a", person.name, person.name, None, first, None,
                    len(person.mentions), 0, words_a[i], 0,
                )
            )  # fmt: skip
    for j, person in enumerate(people_b):
        # A second cluster for a person already matched ("Rosselló" beside "Ricardo Rosselló
        # Nevares") is not a new person.
        if j not in matched_b and not _named_in(person.name, people_a, index_a):
            out.append(
                PersonDifference(
                    "only_b", person.name, None, person.name, None,
                    person.mentions[0] if person.mentions else None,
                    0, len(person.mentions), 0, words_b[j],
                )
            )  # fmt: skip
    return out
