"""Approximate substring search with a bounded cost, for re-anchoring edited passages.

`best_match` finds where `pattern` occurs in `text` with the fewest edits (Levenshtein),
checking only a few candidate windows: places where exact pieces of the pattern (or of the
context around it) still occur, plus the window around where the highlight used to be. Each
window is scored with Myers' bit-parallel algorithm, linear in the window's length, so the cost
never grows with the square of the text; a pattern that matches nowhere costs a handful of
`str.find` calls and window scans.
"""

from __future__ import annotations

from dataclasses import dataclass

# At most this many candidate windows are scored per pattern.
MAX_CANDIDATES = 6
# Occurrences of one seed beyond this many say nothing about where the pattern is.
MAX_SEED_HITS = 20
# Patterns shorter than this are never matched approximately: too many false friends.
MIN_FUZZY_LENGTH = 8


@dataclass(frozen=True, slots=True)
class FuzzyMatch:
    start: int
    end: int
    distance: int


def max_distance(pattern_length: int) -> int:
    """Edits tolerated: a quarter of the pattern (an edited word in a sentence, not a rewrite)."""
    return pattern_length // 4


def best_match(
    text: str,
    pattern: str,
    *,
    expected_start: int,
    prefix: str = "",
    suffix: str = "",
) -> FuzzyMatch | None:
    """The closest match of `pattern` in `text` within `max_distance`, or None."""
    m = len(pattern)
    if m < MIN_FUZZY_LENGTH or not text:
        return None
    k = max_distance(m)
    best: tuple[int, int, int, int] | None = None  # distance, distance from old place, lo, end
    for first, last in _candidate_ranges(text, pattern, expected_start, prefix, suffix):
        lo = max(0, first - k)
        hi = min(len(text), last + m + k)
        distance, end = edit_search(pattern, text[lo:hi])
        if end < 0 or distance > k:
            continue
        found = (distance, abs(lo + end - m - expected_start), lo, lo + end)
        if best is None or found[:2] < best[:2]:
            best = found
            # Few edits where the most pieces agree: more candidates would not beat it.
            if distance * 4 <= k:
                break
    if best is None:
        return None
    distance, _far, _lo, end = best
    # Only now, for the winner: its start, by matching the reversed pattern backwards.
    back_lo = max(0, end - m - k)
    _back, back_end = edit_search(pattern[::-1], text[back_lo:end][::-1])
    return FuzzyMatch(end - back_end, end, distance)


def _candidate_ranges(
    text: str, pattern: str, expected_start: int, prefix: str, suffix: str
) -> list[tuple[int, int]]:
    """Ranges of likely pattern starts, best supported first; the old place when unsupported."""
    m = len(pattern)
    votes: dict[int, list[int]] = {}
    # Pigeonhole: with k edits spread over k+1 pieces, one piece survives intact. Cap the
    # number of pieces so that each is long enough to mean something.
    piece_count = max(2, min(max_distance(m) + 1, m // 6, 12))
    piece_length = m // piece_count
    bucket = max(8, piece_length)
    for index in range(piece_count):
        offset = index * piece_length
        _vote(votes, text, pattern[offset : offset + piece_length], -offset, bucket)
    if len(prefix) >= MIN_FUZZY_LENGTH:
        _vote(votes, text, prefix, len(prefix), bucket)
    if len(suffix) >= MIN_FUZZY_LENGTH:
        _vote(votes, text, suffix, -m, bucket)
    ranked = sorted(votes.values(), key=len, reverse=True)[:MAX_CANDIDATES]
    ranges = [(min(starts), max(starts)) for starts in ranked]
    old = min(max(0, expected_start), max(0, len(text) - 1))
    if not any(first - bucket <= old <= last + bucket for first, last in ranges):
        ranges.append((old, old))
    return ranges


def _vote(votes: dict[int, list[int]], text: str, seed: str, shift: int, bucket: int) -> None:
    """Each occurrence of `seed` votes for the pattern start it implies."""
    if not seed.strip():
        return
    hits: list[int] = []
    position = text.find(seed)
    while position != -1:
        hits.append(position)
        if len(hits) > MAX_SEED_HITS:
            return
        position = text.find(seed, position + 1)
    for hit in hits:
        start = max(0, hit + shift)
        votes.setdefault(start // bucket, []).append(start)


def edit_search(pattern: str, text: str) -> tuple[int, int]:
    """Fewest edits turning `pattern` into some substring of `text`, and that substring's end.

    Myers (1999) bit-vector algorithm in Hyyrö's formulation: one pass over `text`, with the
    DP column packed into Python ints. Returns (len(pattern), -1) for an empty text.
    """
    m = len(pattern)
    if m == 0:
        return 0, 0
    full = (1 << m) - 1
    last = 1 << (m - 1)
    peq: dict[str, int] = {}
    for i, char in enumerate(pattern):
        peq[char] = peq.get(char, 0) | (1 << i)
    pv, mv, score = full, 0, m
    best_score, best_end = m, -1
    get = peq.get
    for j, char in enumerate(text):
        eq = get(char, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (full ^ (xh | pv))
        mh = pv & xh
        if ph & last:
            score += 1
        elif mh & last:
            score -= 1
            if score < best_score:
                best_score, best_end = score, j + 1
        ph = (ph << 1) & full
        pv = ((mh << 1) & full) | (full ^ (xv | ph))
        mv = ph & xv
    return best_score, best_end
