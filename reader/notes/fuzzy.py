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
# How far from its old place a changed passage is first looked for, in characters.
NEAR = 2000
# Patterns shorter than this are never matched approximately: too many false friends.
MIN_FUZZY_LENGTH = 8
# The fast path's DP between an intact head and tail is for a changed word or two, not more.
MAX_MIDDLE_CELLS = 1024


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
    # Near the old place first (edits move text by little), then, if nothing is there, the
    # whole text: seeds are found with str.find, which costs the length it scans.
    near = (max(0, expected_start - NEAR), min(len(text), expected_start + m + NEAR))
    scopes = [near] if near == (0, len(text)) else [near, (0, len(text))]
    for lo, hi in scopes:
        found = _best_in(text, pattern, k, expected_start, prefix, suffix, lo, hi)
        if found is not None:
            return found
    return None


def _best_in(
    text: str,
    pattern: str,
    k: int,
    expected_start: int,
    prefix: str,
    suffix: str,
    lo: int,
    hi: int,
) -> FuzzyMatch | None:
    m = len(pattern)
    best: FuzzyMatch | None = None
    for first, last in _candidate_ranges(text, pattern, expected_start, prefix, suffix, lo, hi):
        # Fast path: the usual edit (a word changed) leaves the pattern's head and tail intact,
        # so align those exactly and measure only what lies between them.
        found = _aligned_match(text, pattern, first, k)
        if found is None and last != first:
            found = _aligned_match(text, pattern, last, k)
        if found is not None and found.distance * 2 <= k:
            return found  # an intact head and tail around a small change: that is it
        if found is None:
            found = _search_window(text, pattern, max(0, first - k), last + m + k, k)
        if found is None:
            continue
        if best is None or _rank(found, expected_start) < _rank(best, expected_start):
            best = found
            # Few edits where the most pieces agree: more candidates would not beat it.
            if best.distance * 4 <= k:
                break
    return best


def _rank(match: FuzzyMatch, expected_start: int) -> tuple[int, int]:
    return match.distance, abs(match.start - expected_start)


def _search_window(text: str, pattern: str, lo: int, hi: int, k: int) -> FuzzyMatch | None:
    """Myers over text[lo:hi]; the start is found only for a match within `k` edits."""
    m = len(pattern)
    distance, end = edit_search(pattern, text[lo:hi])
    if end < 0 or distance > k:
        return None
    end += lo
    back_lo = max(0, end - m - k)
    _back, back_end = edit_search(pattern[::-1], text[back_lo:end][::-1])
    return FuzzyMatch(end - back_end, end, distance)


def _candidate_ranges(
    text: str, pattern: str, expected_start: int, prefix: str, suffix: str, lo: int, hi: int
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
        _vote(votes, text, pattern[offset : offset + piece_length], -offset, bucket, lo, hi)
    if len(prefix) >= MIN_FUZZY_LENGTH:
        _vote(votes, text, prefix, len(prefix), bucket, lo, hi)
    if len(suffix) >= MIN_FUZZY_LENGTH:
        _vote(votes, text, suffix, -m, bucket, lo, hi)
    ranked = sorted(votes.values(), key=len, reverse=True)[:MAX_CANDIDATES]
    ranges = [(min(starts), max(starts)) for starts in ranked]
    old = min(max(0, expected_start), max(0, len(text) - 1))
    if not any(first - bucket <= old <= last + bucket for first, last in ranges):
        ranges.append((old, old))
    return ranges


def _vote(
    votes: dict[int, list[int]], text: str, seed: str, shift: int, bucket: int, lo: int, hi: int
) -> None:
    """Each occurrence of `seed` in text[lo:hi] votes for the pattern start it implies."""
    if not seed.strip():
        return
    hits: list[int] = []
    position = text.find(seed, lo, hi)
    while position != -1:
        hits.append(position)
        if len(hits) > MAX_SEED_HITS:
            return
        position = text.find(seed, position + 1, hi)
    for hit in hits:
        start = max(0, hit + shift)
        votes.setdefault(start // bucket, []).append(start)


def _aligned_match(text: str, pattern: str, start: int, k: int) -> FuzzyMatch | None:
    """`pattern` matched from exactly `start`: the common head, then the pattern's tail found
    after it, and the edit distance of what lies between (small, so a plain DP)."""
    m = len(pattern)
    limit = min(len(text), start + m + k)
    head = _common_prefix_length(pattern, text, start, limit)
    if head == m:
        return FuzzyMatch(start, start + m, 0)
    tail_length = min(m - head, max(MIN_FUZZY_LENGTH, m // 6))
    tail_at = text.find(pattern[m - tail_length :], start + head, limit)
    if tail_at < 0:
        return None
    end = tail_at + tail_length
    # Widen the intact tail backwards as far as pattern and text still agree.
    p_end, t_end = m - tail_length, tail_at
    while p_end > head and t_end > start + head and pattern[p_end - 1] == text[t_end - 1]:
        p_end -= 1
        t_end -= 1
    middle_pattern = pattern[head:p_end]
    middle_text = text[start + head : t_end]
    if len(middle_pattern) * len(middle_text) > MAX_MIDDLE_CELLS:
        return None
    distance = levenshtein(middle_pattern, middle_text)
    return FuzzyMatch(start, end, distance) if distance <= k else None


def _common_prefix_length(pattern: str, text: str, start: int, limit: int) -> int:
    length = 0
    bound = min(len(pattern), limit - start)
    while length < bound and pattern[length] == text[start + length]:
        length += 1
    return length


def levenshtein(a: str, b: str) -> int:
    """Edit distance of two short strings (the textbook DP, one row at a time)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


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
