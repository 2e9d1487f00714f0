"""Two versions of a story compared fact by fact. Plain Python, never imports Textual.

    from reader.compare import Side, compare
    comparison = compare(Side(article_a, analysis_a), Side(article_b, analysis_b))

The pieces, one concept per module:
- `words`: folded word tokens (typography ignored) and word runs.
- `matching`: candidates from an index, greedy one-to-one assignment (never all pairs).
- `quotes`: same words, reworded (with a word-level difference), another speaker, one side.
- `numbers`: figures matched by what they count, compared by value.
- `people`: who is named in one only, and words quoted per speaker on each side.
- `passages`: paragraphs one side lacks.
- `model`: the result types.
- `summary`: counts and the one-line "3 quotes changed, 1 number changed".
- `export`: the `newsreader compare --json` object (docs/COMPARE-JSON.md).
- `versions`: an article against its own saved copy.
"""

from __future__ import annotations

from reader.compare.model import (
    Comparison,
    NumberDifference,
    PassageDifference,
    PersonDifference,
    QuoteDifference,
    Side,
    WordEdit,
)
from reader.compare.numbers import compare_numbers
from reader.compare.passages import compare_passages
from reader.compare.people import compare_people
from reader.compare.quotes import compare_quotes


def compare(a: Side, b: Side) -> Comparison:
    """All differences between side A and side B (each analysed beforehand)."""
    return Comparison(
        a,
        b,
        quotes=tuple(compare_quotes(a.analysis.quotes, b.analysis.quotes)),
        numbers=tuple(
            compare_numbers(a.article.text, a.analysis.numbers, b.article.text, b.analysis.numbers)
        ),
        people=tuple(compare_people(a.analysis, b.analysis)),
        passages=tuple(compare_passages(a.article, b.article)),
    )


__all__ = [
    "Comparison",
    "NumberDifference",
    "PassageDifference",
    "PersonDifference",
    "QuoteDifference",
    "Side",
    "WordEdit",
    "compare",
]
