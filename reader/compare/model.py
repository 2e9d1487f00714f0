"""What a comparison finds: differences in quotes, numbers, people and passages.

Every difference names its side A and side B (either may be missing) with spans into that
side's `Article.text`, so a front end can scroll both texts to it and mark it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from reader.analysis.model import Analysis, Number, Quote
from reader.article import Article

QuoteChange = Literal["same", "reworded", "speaker_changed", "only_a", "only_b"]
NumberChange = Literal["same", "changed", "only_a", "only_b"]
PersonChange = Literal["both", "only_a", "only_b"]
PassageChange = Literal["changed", "only_a", "only_b"]
DiffOp = Literal["equal", "replace", "delete", "insert"]


@dataclass(frozen=True, slots=True)
class Side:
    """One of the two articles with its analysis."""

    article: Article
    analysis: Analysis


@dataclass(frozen=True, slots=True)
class WordEdit:
    """One step of a word-level difference: A's words `a` became B's words `b`."""

    op: DiffOp
    a: str
    b: str


@dataclass(frozen=True, slots=True)
class QuoteDifference:
    kind: QuoteChange
    a: Quote | None
    b: Quote | None
    similarity: float = 0.0
    """Share of words in common (Dice coefficient over words), 1.0 for the same words."""
    trimmed: bool = False
    """One side quotes only part of the other's words."""
    edits: tuple[WordEdit, ...] = ()


@dataclass(frozen=True, slots=True)
class NumberDifference:
    kind: NumberChange
    a: Number | None
    b: Number | None
    counts: str | None = None
    """What the figure counts, as the words shared by both sides ("civilians")."""
    value_a: float | None = None
    value_b: float | None = None
    """Values in one scale per dimension (a share in percent, money in its currency)."""


@dataclass(frozen=True, slots=True)
class PersonDifference:
    kind: PersonChange
    name: str
    name_a: str | None
    name_b: str | None
    span_a: tuple[int, int] | None
    span_b: tuple[int, int] | None
    mentions_a: int = 0
    mentions_b: int = 0
    quoted_words_a: int = 0
    quoted_words_b: int = 0


@dataclass(frozen=True, slots=True)
class PassageDifference:
    """A paragraph of one side that the other lacks (or has much changed)."""

    kind: PassageChange
    span_a: tuple[int, int] | None
    span_b: tuple[int, int] | None
    shared: float = 0.0
    """Share of its word runs found in the other text."""


@dataclass(frozen=True, slots=True)
class Comparison:
    a: Side
    b: Side
    quotes: tuple[QuoteDifference, ...] = field(default_factory=tuple)
    numbers: tuple[NumberDifference, ...] = field(default_factory=tuple)
    people: tuple[PersonDifference, ...] = field(default_factory=tuple)
    passages: tuple[PassageDifference, ...] = field(default_factory=tuple)
