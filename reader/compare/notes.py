"""A note on a difference, kept in the notes store beside the user's other notes.

The note is saved as a highlight on each side that has the difference (so it opens with that
article, is searched and exported like any note), and its text ends with where the two sides
came from, so an export of one article still says what it was compared with:

    180 or 185? Check the NHC advisory.

    — Compared: A = Hurricane Dorian strengthens… (seeds/…-09-01.txt),
      B = Hurricane Dorian leaves… (seeds/…-09-05.txt); this is side A.

(on one line in the note).
"""

from __future__ import annotations

from reader.compare.listing import Entry
from reader.compare.model import Comparison, Side
from reader.notes.model import Highlight, HighlightKind
from reader.notes.store import NoteStore

KIND_OF_GROUP: dict[str, HighlightKind] = {
    "quotes": "quote",
    "numbers": "number",
    "people": "person",
    "passages": "highlight",
}


def describe(side: Side) -> str:
    """An article as the note names it: its title and where it came from."""
    article = side.article
    where = article.url or article.source
    return f"{article.title} ({where})" if article.title else where


def provenance(comparison: Comparison, letter: str) -> str:
    """The line appended to a note on side `letter` ("A" or "B")."""
    return (
        f"— Compared: A = {describe(comparison.a)}, B = {describe(comparison.b)}; "
        f"this is side {letter}."
    )


def save_difference_note(
    store: NoteStore, comparison: Comparison, entry: Entry, note: str
) -> list[Highlight]:
    """Save `note` on `entry` in each article that has it; returns the highlights saved.

    Each article is remembered in the library (as opening it in the reader would), so the note
    shows there too. Nothing is overwritten: each call adds new highlights.
    """
    saved: list[Highlight] = []
    for letter, side, span in (
        ("A", comparison.a, entry.span_a),
        ("B", comparison.b, entry.span_b),
    ):
        if span is None:
            continue
        record = store.remember_article(side.article)
        text = f"{note.rstrip()}\n\n{provenance(comparison, letter)}"
        saved.append(
            store.add_highlight(
                record.id,
                side.article.text,
                span[0],
                span[1],
                note=text,
                kind=KIND_OF_GROUP.get(entry.group, "highlight"),
                label=entry.label,
            )
        )
    return saved
