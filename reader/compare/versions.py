"""An article against its own saved copy: "3 quotes changed, 1 number changed since you read it".

This is the entry point the library uses when an article is opened again and its text
changed. It takes the two texts as Articles (the saved snapshot and today's), so it does not
depend on how the notes store keeps versions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.article import Article
from reader.compare.model import Comparison, Side
from reader.compare.summary import sentence

if TYPE_CHECKING:
    from reader.notes.store import NoteStore


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


def earlier_copy(store: NoteStore, article: Article) -> Article | None:
    """The library's copy of `article` as last read, if its text differs from today's.

    Call it before the article is remembered again (which makes today's text the saved
    copy). Never raises: at worst there is no offer to compare.
    """
    try:
        record = store.article_for(article)
        if record is None:
            return None
        saved = store.load_article(record.id)
    except Exception:  # the offer is a nicety; opening the article must not fail for it
        return None
    return saved if saved.text != article.text else None
