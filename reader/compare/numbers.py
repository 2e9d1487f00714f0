"""Figures in both articles matched by what they count, then compared by value.

"1,224 civilians" and "1,200 civilians" are one figure given differently; so are "70 percent
of the city" and "two-thirds of the city". A figure is described by its dimension (a share,
money in a currency, a count, a measure in a unit, a date...) and its context words (the
content words just around it, the first one after it weighing most: the thing counted). Two
figures match when they have the same dimension and share context; candidates come from an
index on context words and on values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.model import Number
from reader.compare.matching import assign, build_index, candidates
from reader.compare.model import NumberChange, NumberDifference
from reader.compare.words import STOPWORDS, tokens

CONTEXT_BEFORE = 3
CONTEXT_AFTER = 3
WINDOW = 80
"""Characters read on each side of a figure for its context words."""
COUNTED_WEIGHT = 3.0
"""Weight of the first content word after a figure: usually what it counts."""
MATCH_AT_LEAST = 2.0
UNIT_WEIGHT = 1.0
CLOSE_WEIGHT = 0.5
CLOSE_WEIGHT_WITH_UNIT = 1.0
"""Values within 25% of each other: weak evidence alone, stronger with the same unit
("180 mph" and "185 mph" in two accounts of one hurricane)."""
FAR_APART_AT_LEAST = 4.0
"""Figures more than `FAR_APART` times apart need more shared context to match: "157 mph"
and "thirty miles" share a word, not a quantity."""
FAR_APART = 2.0

FRACTION_WORDS: dict[str, float] = {
    "half": 50.0, "one-half": 50.0, "a half": 50.0,
    "one-third": 100 / 3, "a third": 100 / 3, "two-thirds": 200 / 3,
    "one-quarter": 25.0, "a quarter": 25.0, "three-quarters": 75.0,
    "one-fourth": 25.0, "three-fourths": 75.0, "one-fifth": 20.0, "two-fifths": 40.0,
    "three-fifths": 60.0, "four-fifths": 80.0, "one-tenth": 10.0,
}  # fmt: skip
"""Fractions written as words, as a share in percent ("two-thirds" is 66.7 percent)."""

UNIT_ALIASES: dict[str, str] = {
    "kph": "km/h", "kmh": "km/h", "km/hr": "km/h", "kilometres per hour": "km/h",
    "kilometers per hour": "km/h", "miles per hour": "mph", "pc": "percent", "%": "percent",
}  # fmt: skip
"""Spellings of one unit ("285 kph" and "295 km/h" are both speeds in km/h)."""

_NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve hundred hundreds
    thousand thousands million millions billion billions trillion dozen dozens percent
    cent""".split()  # noqa: SIM905 - a word list reads better as words
)


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as compared: dimension, comparable value, weighted context words."""

    number: Number
    dimension: tuple[str, str | None]
    value: float | None
    context: dict[str, float]


def dimension_and_value(number: Number) -> tuple[tuple[str, str | None], float | None]:
    """What kind of quantity this is, and its value in that dimension's scale."""
    folded = number.text.lower().replace("‐", "-").replace("–", "-")
    if folded in FRACTION_WORDS:
        return ("share", None), FRACTION_WORDS[folded]
    value = float(number.value) if number.value is not None else None
    unit = UNIT_ALIASES.get(number.unit.lower(), number.unit) if number.unit else None
    if number.kind == "percent":
        return ("share", None), value
    if number.kind in ("money", "measure"):
        return (number.kind, unit), value
    if number.kind == "count" and unit:
        return ("measure", unit), value
    return (number.kind, None), value


def _context(number: Number, text: str) -> dict[str, float]:
    """Content words near the figure, within its clause (a comma or a dash ends it).

    Only a window of characters around the figure is read, so a long text costs no more
    per figure than a short one."""
    context: dict[str, float] = {}
    unit = number.unit.lower() if number.unit and number.unit.isalpha() else None
    lo = max(0, number.start - WINDOW)
    words_after = tokens(text[number.end : number.end + WINDOW], number.end)
    words_before = tokens(text[lo : number.start], lo)
    first = True
    last = number.end
    for token in words_after[: CONTEXT_AFTER + 2]:
        if _CLAUSE_END.search(text, last, token.start):
            break
        last = token.end
        if unit and token.norm.startswith(unit):
            continue  # "157 miles": the unit, weighed as the dimension, not what is counted
        if _is_content(token.norm):
            weight = COUNTED_WEIGHT if first else 1.0
            context[token.norm] = max(context.get(token.norm, 0.0), weight)
            first = False
    last = number.start
    for token in reversed(words_before[-(CONTEXT_BEFORE + 1) :]):
        if _CLAUSE_END.search(text, token.end, last):
            break
        last = token.start
        if _is_content(token.norm):
            context.setdefault(token.norm, 1.0)
    return context


_CLAUSE_END = re.compile(r"[.!?;:,]\s|\n|[—–]")
_DIGITS = re.compile(r"\d")


def _is_content(word: str) -> bool:
    return word not in STOPWORDS and word not in _NUMBER_WORDS and not _DIGITS.search(word)


def figures(text: str, numbers: tuple[Number, ...]) -> list[Figure]:
    """The numbers of one article, described for matching."""
    out = []
    for number in numbers:
        dimension, value = dimension_and_value(number)
        out.append(Figure(number, dimension, value, _context(number, text)))
    return out


def _keys(figure: Figure) -> list[tuple[object, ...]]:
    """Index keys: each context word, the exact value, and the unit where there is one."""
    keys: list[tuple[object, ...]] = [("w", figure.dimension, w) for w in figure.context]
    keys.append(_value_key(figure))
    if figure.dimension[1] is not None:
        keys.append(("u", figure.dimension))
    return keys


def _value_key(figure: Figure) -> tuple[object, ...]:
    return ("=", figure.dimension, figure.value if figure.value is not None else figure.number.text)


def _score(a: Figure, b: Figure) -> float:
    if a.dimension != b.dimension:
        return 0.0
    score = sum(min(w, b.context[word]) for word, w in a.context.items() if word in b.context)
    if a.dimension[1] is not None:
        score += UNIT_WEIGHT  # the same unit or currency already says what is measured
    if (a.value is not None and a.value == b.value) or a.number.text == b.number.text:
        score += 2.0
    elif a.value and b.value and abs(a.value - b.value) <= 0.25 * max(abs(a.value), abs(b.value)):
        score += CLOSE_WEIGHT if a.dimension[1] is None else CLOSE_WEIGHT_WITH_UNIT
    return score


def _what(figure: Figure) -> str | None:
    """What one figure seems to count: its weightiest context words, else its unit."""
    words = sorted(figure.context.items(), key=lambda kv: -kv[1])[:2]
    return " ".join(w for w, _ in words) or figure.dimension[1]


def _far_apart(a: Figure, b: Figure) -> bool:
    if not a.value or not b.value:
        return False
    small, large = sorted((abs(a.value), abs(b.value)))
    return small == 0 or large / small > FAR_APART


def _same(a: Figure, b: Figure) -> bool:
    if a.value is not None and b.value is not None:
        return abs(a.value - b.value) < 1e-9
    return a.number.text.lower() == b.number.text.lower()


def compare_numbers(text_a: str, numbers_a: tuple[Number, ...], text_b: str,
                    numbers_b: tuple[Number, ...]) -> list[NumberDifference]:  # fmt: skip
    """Every figure of A and B once: the same, changed, or in one article only."""
    figs_a, figs_b = figures(text_a, numbers_a), figures(text_b, numbers_b)
    index = build_index(_keys(f) for f in figs_b)

    def pairs(i: int) -> list[tuple[int, float]]:
        fa = figs_a[i]
        return [(j, _score(fa, figs_b[j])) for j in candidates(_keys(fa), index)]

    matched = assign(len(figs_a), pairs, MATCH_AT_LEAST)
    matched = {
        i: (j, score)
        for i, (j, score) in matched.items()
        if score >= FAR_APART_AT_LEAST or not _far_apart(figs_a[i], figs_b[j])
    }
    used_b = {j for j, _ in matched.values()}
    out: list[NumberDifference] = []
    for i, fa in enumerate(figs_a):
        if i not in matched:
            out.append(NumberDifference("only_a", fa.number, None, _what(fa), fa.value, None))
            continue
        fb = figs_b[matched[i][0]]
        shared = [
            w for w, _ in sorted(fa.context.items(), key=lambda kv: -kv[1]) if w in fb.context
        ]
        kind: NumberChange = "same" if _same(fa, fb) else "changed"
        counts = " ".join(shared[:3]) or fa.dimension[1]
        out.append(NumberDifference(kind, fa.number, fb.number, counts, fa.value, fb.value))
    out.extend(
        NumberDifference("only_b", None, fb.number, _what(fb), None, fb.value)
        for j, fb in enumerate(figs_b)
        if j not in used_b
    )
    return out
