"""Quotes in both articles: the same words, reworded, given to another speaker, or in one only.

Quotes are compared on folded words (see `words`), so curly and straight marks, ellipses and
dashes do not count as changes. Candidates come from an index of two-word runs; only those
are scored. A quote that is a word-for-word part of the other ("trimmed ends": one outlet
quotes half the sentence) counts as the same words.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher

from reader.analysis.model import Quote
from reader.compare.matching import assign, build_index, candidates
from reader.compare.model import QuoteChange, QuoteDifference, WordEdit
from reader.compare.people import same_person
from reader.compare.words import norms, shingles

REWORDED_AT_LEAST = 0.5
"""Dice similarity over words from which two quotes count as one quote reworded."""
TRIMMED_MIN_WORDS = 3
"""A contained quote this long or longer is the same quote trimmed, not a new one."""
MAX_DIFF_WORDS = 2000
"""Longer quotes get no word-level difference (SequenceMatcher is quadratic at worst)."""


def _dice(a: Counter[str], b: Counter[str]) -> float:
    """Dice coefficient over word multisets: 2·shared / (len a + len b)."""
    total = a.total() + b.total()
    if not total or not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    shared = sum(min(n, b[w]) for w, n in a.items() if w in b)
    return 2 * shared / total


def contains(long_: list[str], short: list[str]) -> bool:
    """True when `short` occurs word for word inside `long_`."""
    if not short or len(short) > len(long_):
        return False
    first = short[0]
    n = len(short)
    return any(long_[i] == first and long_[i : i + n] == short for i in range(len(long_) - n + 1))


def word_edits(a: str, b: str) -> tuple[WordEdit, ...]:
    """The word-level difference from `a` to `b` (words as written in each)."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) > MAX_DIFF_WORDS or len(words_b) > MAX_DIFF_WORDS:
        return ()
    matcher = SequenceMatcher(None, norms_each(words_a), norms_each(words_b), autojunk=False)
    return tuple(
        WordEdit(op, " ".join(words_a[i1:i2]), " ".join(words_b[j1:j2]))
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
    )


def norms_each(words: list[str]) -> list[str]:
    """Each whitespace word folded (punctuation-only words become empty and still align)."""
    return [" ".join(norms(w)) for w in words]


def _speakers_differ(a: Quote, b: Quote) -> bool:
    return bool(a.speaker and b.speaker and not same_person(a.speaker, b.speaker))


def compare_quotes(
    quotes_a: tuple[Quote, ...], quotes_b: tuple[Quote, ...]
) -> list[QuoteDifference]:
    """Every quote of A and B once, in A's order then B's leftovers in B's order."""
    words_a = [norms(q.text) for q in quotes_a]
    words_b = [norms(q.text) for q in quotes_b]
    index = build_index(shingles(w, 2) for w in words_b)
    bags_a = [Counter(w) for w in words_a]
    bags_b = [Counter(w) for w in words_b]

    def pairs(i: int) -> list[tuple[int, float]]:
        out = []
        for j in candidates(shingles(words_a[i], 2), index):
            score = _dice(bags_a[i], bags_b[j])
            short, long_ = sorted((words_a[i], words_b[j]), key=len)
            if len(short) >= TRIMMED_MIN_WORDS and contains(long_, short):
                score = max(score, 0.99)  # trimmed: as good as the same words
            out.append((j, score))
        return out

    matched = assign(len(quotes_a), pairs, REWORDED_AT_LEAST)
    used_b = {j for j, _ in matched.values()}
    result: list[QuoteDifference] = []
    for i, qa in enumerate(quotes_a):
        if i not in matched:
            result.append(QuoteDifference("only_a", qa, None))
            continue
        j, score = matched[i]
        qb = quotes_b[j]
        same_words = words_a[i] == words_b[j]
        trimmed = not same_words and score >= 0.99
        edits = () if same_words else word_edits(qa.text, qb.text)
        kind: QuoteChange
        if _speakers_differ(qa, qb):
            kind = "speaker_changed"
        elif same_words or trimmed:
            kind = "same"
        else:
            kind = "reworded"
        result.append(
            QuoteDifference(kind, qa, qb, 1.0 if same_words else round(score, 3), trimmed, edits)
        )
    result.extend(
        QuoteDifference("only_b", None, qb) for j, qb in enumerate(quotes_b) if j not in used_b
    )
    return result
