"""Find a stored highlight again in article text, as the W3C Web Annotation model does.

A highlight is stored as its exact text with up to `CONTEXT_LENGTH` characters either side
(TextQuoteSelector) and its offsets (TextPositionSelector). To place it, in order:
1. the offsets, if the text there is still exactly the highlighted text;
2. the exact text, choosing among occurrences by how well the context around each matches
   (then by nearness to the old place);
3. an approximate match of the text (see `fuzzy`), with bounded cost;
4. otherwise the highlight is orphaned: kept and shown with its text and note, never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.notes import fuzzy
from reader.notes.model import Anchor, AnchorMethod, Highlight, PlacedHighlight, Placement

CONTEXT_LENGTH = 32
# A short exact text found elsewhere with none of its context around it is more likely another
# occurrence of a common phrase than the highlight: it must bring this much context along.
SHORT_EXACT = 16
MIN_SHORT_CONTEXT = 4
# Occurrences of the exact text beyond this many are not scored one by one; the ones nearest
# the old offset are (a highlight of a common word: the old place is the best evidence).
MAX_OCCURRENCES = 200


def make_anchor(text: str, start: int, end: int) -> Anchor:
    """The selectors for `text[start:end]`. Raises ValueError for an empty or outside range."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"highlight range {start}..{end} is not inside the text")
    return Anchor(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_LENGTH) : start],
        suffix=text[end : end + CONTEXT_LENGTH],
        start=start,
        end=end,
    )


def place(text: str, anchor: Anchor) -> Placement:
    """Where `anchor` lies in `text` now; always a valid slice of `text`."""
    exact = anchor.exact
    if not exact:
        return _orphan(text, anchor)
    at_position = (
        0 <= anchor.start <= anchor.end <= len(text) and text[anchor.start : anchor.end] == exact
    )
    # The same words at the old offsets are not enough: after an insertion a short highlight
    # ("the") often finds its own words there by chance. Its whole context must be there too.
    if at_position and _context_score(text, anchor.start, anchor.end, anchor) == len(
        anchor.prefix
    ) + len(anchor.suffix):
        return Placement(anchor.start, anchor.end, "position")
    found = _by_quote(text, anchor)
    if found is not None:
        method: AnchorMethod = "position" if found == anchor.start else "quote"
        return Placement(found, found + len(exact), method)
    match = fuzzy.best_match(
        text, exact, expected_start=anchor.start, prefix=anchor.prefix, suffix=anchor.suffix
    )
    if match is not None and match.end > match.start:
        return Placement(match.start, match.end, "fuzzy")
    return _orphan(text, anchor)


def place_all(text: str, highlights: Iterable[Highlight]) -> list[PlacedHighlight]:
    """Place every highlight; orphans are included (with `placement.orphaned`)."""
    return [PlacedHighlight(h, place(text, h.anchor)) for h in highlights]


def _orphan(text: str, anchor: Anchor) -> Placement:
    # Clamped so that even an orphan's offsets slice the text (e.g. to scroll near its old place).
    start = min(max(0, anchor.start), len(text))
    return Placement(start, start, None)


def _by_quote(text: str, anchor: Anchor) -> int | None:
    """The start of the occurrence of the exact text whose context matches best."""
    exact = anchor.exact
    occurrences: list[int] = []
    position = text.find(exact)
    while position != -1:
        occurrences.append(position)
        position = text.find(exact, position + 1)
    if not occurrences:
        return None
    if len(occurrences) > MAX_OCCURRENCES:
        occurrences.sort(key=lambda p: abs(p - anchor.start))
        occurrences = occurrences[:MAX_OCCURRENCES]
    score, best = max(
        (_context_score(text, p, p + len(exact), anchor), -abs(p - anchor.start), p)
        for p in occurrences
    )[0::2]
    needed = min(MIN_SHORT_CONTEXT, len(anchor.prefix) + len(anchor.suffix))
    if best != anchor.start and len(exact) < SHORT_EXACT and score < needed:
        return None
    return best


def _context_score(text: str, start: int, end: int, anchor: Anchor) -> int:
    """How many characters of the stored prefix and suffix agree with the text around."""
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[end : end + len(anchor.suffix)]
    return _common_suffix(before, anchor.prefix) + _common_prefix(after, anchor.suffix)


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _common_suffix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[-1 - i] == b[-1 - i]:
        i += 1
    return i
