"""Counts of differences, and the sentence a reader sees: "3 quotes changed, 1 number changed"."""

from __future__ import annotations

from collections import Counter

from reader.compare.model import Comparison

CHANGED_QUOTES = ("reworded", "speaker_changed", "only_a", "only_b")
CHANGED_NUMBERS = ("changed", "only_a", "only_b")
CHANGED_PEOPLE = ("only_a", "only_b")


def counts(comparison: Comparison) -> dict[str, dict[str, int]]:
    """{"quotes": {"same": 3, "reworded": 1, ...}, "numbers": {...}, ...}, every kind listed."""
    kinds: dict[str, tuple[str, ...]] = {
        "quotes": ("same", *CHANGED_QUOTES),
        "numbers": ("same", *CHANGED_NUMBERS),
        "people": ("both", *CHANGED_PEOPLE),
        "passages": ("changed", "only_a", "only_b"),
    }
    found: dict[str, Counter[str]] = {
        "quotes": Counter(d.kind for d in comparison.quotes),
        "numbers": Counter(d.kind for d in comparison.numbers),
        "people": Counter(d.kind for d in comparison.people),
        "passages": Counter(d.kind for d in comparison.passages),
    }
    return {group: {k: found[group][k] for k in names} for group, names in kinds.items()}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def changed(comparison: Comparison) -> dict[str, int]:
    """How many differences of each group: {"quotes": 3, "numbers": 1, ...}."""
    c = counts(comparison)
    return {
        "quotes": sum(c["quotes"][k] for k in CHANGED_QUOTES),
        "numbers": sum(c["numbers"][k] for k in CHANGED_NUMBERS),
        "people": sum(c["people"][k] for k in CHANGED_PEOPLE),
        "passages": sum(c["passages"].values()),
    }


def sentence(comparison: Comparison) -> str:
    """What changed, in words; "no quote, number or person changed" when nothing did."""
    found = changed(comparison)
    parts = []
    quotes, numbers = found["quotes"], found["numbers"]
    people, passages = found["people"], found["passages"]
    if quotes:
        parts.append(_plural(quotes, "quote") + " changed")
    if numbers:
        parts.append(_plural(numbers, "number") + " changed")
    if people:
        parts.append(_plural(people, "person").replace("persons", "people") + " added or removed")
    if passages:
        parts.append(_plural(passages, "paragraph") + " changed")
    return ", ".join(parts) if parts else "no quote, number or person changed"
