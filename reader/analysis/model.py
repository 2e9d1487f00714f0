"""What the analysis finds: quotes, people and numbers, each with offsets into the text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

NumberKind = Literal[
    "count", "percent", "money", "measure", "date", "year", "time", "ordinal", "score", "other"
]


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: `text` is what stands between the marks, without them."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in the text, once, under the fullest form of the name."""

    name: str
    role: str | None
    mentions: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Number:
    """A numeric expression; `value` is None where no single number stands for it."""

    text: str
    start: int
    end: int
    value: float | int | None
    unit: str | None
    kind: NumberKind


@dataclass(frozen=True, slots=True)
class Why:
    """Which evidence decided the speaker of `quotes[quote]` (from `analyze(explain=True)`)."""

    quote: int
    speaker: str | None
    evidence: tuple[str, ...]
    # With the ranker: (feature, weight × value) of the chosen speaker's features that fired,
    # largest magnitude first ("cue_after_quote", 2.4); empty with the cascade alone.
    contributions: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    quotes: tuple[Quote, ...] = field(default_factory=tuple)
    people: tuple[Person, ...] = field(default_factory=tuple)
    numbers: tuple[Number, ...] = field(default_factory=tuple)
    why: tuple[Why, ...] = field(default_factory=tuple)  # only with explain=True
