"""One-to-one matching from scored candidate pairs, without comparing every pair.

Callers find candidates through an index (shared words or word runs), score only those, and
`assign` keeps the best pairs greedily so each item is used once. A posting list longer than
`MAX_POSTINGS` is dropped: a word run shared by hundreds of items says nothing about which of
them match, and skipping it keeps the work linear on 100k-word texts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable

MAX_POSTINGS = 64


def build_index(keys_per_item: Iterable[Iterable[Hashable]]) -> dict[Hashable, list[int]]:
    """key -> indices of the items having it (each index once per key)."""
    index: dict[Hashable, list[int]] = defaultdict(list)
    for i, keys in enumerate(keys_per_item):
        for key in set(keys):
            index[key].append(i)
    return index


def candidates(keys: Iterable[Hashable], index: dict[Hashable, list[int]]) -> set[int]:
    """Items of the index sharing at least one key, ignoring keys too common to tell."""
    found: set[int] = set()
    for key in set(keys):
        postings = index.get(key)
        if postings and len(postings) <= MAX_POSTINGS:
            found.update(postings)
    return found


def assign(
    count_a: int,
    pairs: Callable[[int], Iterable[tuple[int, float]]],
    minimum: float,
) -> dict[int, tuple[int, float]]:
    """Greedy best-first one-to-one matching: {a index: (b index, score)}.

    `pairs(i)` yields (b index, score) for the candidates of A's item i.
    """
    scored = [(score, i, j) for i in range(count_a) for j, score in pairs(i) if score >= minimum]
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    used_b: set[int] = set()
    matched: dict[int, tuple[int, float]] = {}
    for score, i, j in scored:
        if i in matched or j in used_b:
            continue
        matched[i] = (j, score)
        used_b.add(j)
    return matched
