"""Paragraphs one article has and the other lacks: a removed paragraph, an added one.

Each paragraph is cut into runs of three words; a paragraph whose runs are mostly missing
from the whole other text is reported. Sets of hashed runs keep this linear in the length of
both texts. Between two outlets' accounts most paragraphs differ, so the front end shows
passages mainly for two versions of one article (see `versions`).
"""

from __future__ import annotations

from collections import Counter

from reader.article import Article
from reader.compare.model import PassageDifference
from reader.compare.words import norms, shingles

RUN = 3
MISSING_BELOW = 0.3
"""A paragraph with less than this share of its runs in the other text is only in one."""
CHANGED_BELOW = 0.8
"""...and with less than this share, it was changed."""
_TEXT_KINDS = ("paragraph", "quote", "list_item", "heading", "caption")


def _runs(article: Article) -> list[tuple[tuple[int, int], set[int]]]:
    out = []
    for block in article.blocks:
        if block.kind in _TEXT_KINDS:
            words = norms(article.block_text(block))
            out.append(((block.start, block.end), {hash(s) for s in shingles(words, RUN)}))
    return out


def compare_passages(a: Article, b: Article) -> list[PassageDifference]:
    """Paragraphs of A missing from B (or changed), then paragraphs of B missing from A."""
    runs_a, runs_b = _runs(a), _runs(b)
    all_a = set().union(*(r for _, r in runs_a)) if runs_a else set()
    all_b = set().union(*(r for _, r in runs_b)) if runs_b else set()
    out: list[PassageDifference] = []
    owner_b: dict[int, int] = {}
    for j, (_, runs) in enumerate(runs_b):
        for run in runs:
            owner_b.setdefault(run, j)
    for span, runs in runs_a:
        shared = len(runs & all_b) / len(runs) if runs else 1.0
        if shared < MISSING_BELOW:
            out.append(PassageDifference("only_a", span, None, round(shared, 3)))
        elif shared < CHANGED_BELOW:
            # The paragraph of B holding most of its runs is where it went.
            where = Counter(owner_b[run] for run in runs if run in owner_b)
            span_b = runs_b[where.most_common(1)[0][0]][0]
            out.append(PassageDifference("changed", span, span_b, round(shared, 3)))
    for span, runs in runs_b:
        shared = len(runs & all_a) / len(runs) if runs else 1.0
        if shared < MISSING_BELOW:
            out.append(PassageDifference("only_b", None, span, round(shared, 3)))
    return out
