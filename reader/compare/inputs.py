"""What `newsreader compare A B` accepts: a file, "-", a URL, or a library entry.

A library entry is written `lib:REF` (REF: a library id, a saved URL or source, as
`newsreader notes list` shows them); a bare REF that is neither an existing file nor a URL
is looked up in the library too. A library entry is compared as it was saved (its snapshot).
"""

from __future__ import annotations

import os
import sys

from reader.article import Article
from reader.compare.model import Side
from reader.errors import NewsreaderError
from reader.extract.sources import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, is_url

LIBRARY_PREFIX = "lib:"


def _from_library(reference: str) -> Article | None:
    from reader.notes.store import open_notes

    def warn(message: str) -> None:
        print(f"newsreader: {' '.join(message.split())}", file=sys.stderr)

    with open_notes(warn=warn) as store:
        found = store.find_articles(reference)
        if len(found) > 1:
            ids = ", ".join(str(s.id) for s in found)
            raise NewsreaderError(
                f"{reference!r} matches several saved articles ({ids}); give lib:ID"
            )
        return store.load_article(found[0].id) if found else None


def load_input(
    reference: str,
    *,
    stdin: bytes | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
) -> Article:
    """The article `reference` names; raises NewsreaderError with one line when it cannot."""
    from reader.extract import load_article

    if reference.startswith(LIBRARY_PREFIX):
        article = _from_library(reference[len(LIBRARY_PREFIX) :])
        if article is None:
            raise NewsreaderError(
                f"{reference}: no such saved article (`newsreader notes list` shows them)"
            )
        return article
    if reference != "-" and not is_url(reference) and not os.path.exists(reference):
        from reader.notes.errors import NotesError

        try:
            article = _from_library(reference)
        except NotesError:
            article = None  # notes off or unreadable: say what is wrong with the file instead
        if article is not None:
            return article
    return load_article(reference, stdin=stdin, max_bytes=max_bytes, timeout=timeout)


def load_side(reference: str, **options: object) -> Side:
    """Load and analyse one side of a comparison."""
    from reader.analysis import analyze

    article = load_input(reference, **options)  # type: ignore[arg-type]
    return Side(article, analyze(article.text))
