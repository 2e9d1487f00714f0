"""An article against its own saved copy: "3 quotes changed, 1 number changed since you read it".

This is the entry point the library uses when an article is opened again and its text
changed. It takes the two texts as Articles (the saved snapshot and today's), so it does not
depend on how the notes store keeps versions.
"""

from __future__ import annotations

from reader.article import Article
from reader.compare.model import Comparison, Side
from reader.compare.summary import sentence


def compare_versions(saved: Article, current: Article) -> Comparison | None:
    """The comparison of the saved copy (A) with today's text (B), or None if unchanged."""
    if saved.text == current.text:
        return None
    from reader.analysis import analyze
    from reader.compare import compare

    return compare(Side(saved, analyze(saved.text)), Side(current, analyze(current.text)))


def since_you_read_it(comparison: Comparison) -> str:
    """The line offered to the reader: "3 quotes changed, 1 number changed since you read it"."""
    return f"{sentence(comparison)} since you read it"
