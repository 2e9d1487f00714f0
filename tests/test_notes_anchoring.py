"""Re-anchoring: highlights find their place again after the article text changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.notes.anchoring import CONTEXT_LENGTH, make_anchor, place
from reader.notes.fuzzy import best_match, edit_search, levenshtein
from reader.notes.model import Anchor

SEED = Path(__file__).resolve().parents[1] / "seeds" / "aleppo-syrian-army-2016.txt"

PARAGRAPHS = [
    "The Syrian Army has retaken 70 percent of eastern Aleppo, a military source said.",
    "Thousands of civilians fled the fighting overnight, according to monitors in the area.",
    "The United Nations called for an immediate pause to let aid convoys reach the districts.",
    "Rebel commanders said they would not withdraw, and fighting continued into the evening.",
]
TEXT = "\n\n".join(PARAGRAPHS)


def anchor_for(text: str, phrase: str, occurrence: int = 0) -> Anchor:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return make_anchor(text, start, start + len(phrase))


def test_unchanged_text_places_by_position() -> None:
    anchor = anchor_for(TEXT, "called for an immediate pause")
    placement = place(TEXT, anchor)
    assert (placement.start, placement.end, placement.method) == (
        anchor.start,
        anchor.end,
        "position",
    )


def test_an_inserted_paragraph_shifts_the_highlight_with_its_text() -> None:
    anchor = anchor_for(TEXT, "called for an immediate pause")
    changed = "\n\n".join(
        [PARAGRAPHS[0], "An inserted paragraph with an ad or a correction.", *PARAGRAPHS[1:]]
    )
    placement = place(changed, anchor)
    assert placement.method == "quote"
    assert changed[placement.start : placement.end] == "called for an immediate pause"


def test_an_edited_word_inside_the_highlight_is_found_approximately() -> None:
    anchor = anchor_for(TEXT, "Thousands of civilians fled the fighting overnight")
    changed = TEXT.replace("civilians fled", "residents fled")
    placement = place(changed, anchor)
    assert placement.method == "fuzzy"
    assert changed[placement.start : placement.end] == (
        "Thousands of residents fled the fighting overnight"
    )


def test_an_edited_word_near_the_highlight_keeps_it_exact() -> None:
    anchor = anchor_for(TEXT, "aid convoys reach the districts")
    changed = "Breaking: " + TEXT.replace("immediate pause", "immediate ceasefire")
    placement = place(changed, anchor)
    assert placement.method == "quote"
    assert changed[placement.start : placement.end] == "aid convoys reach the districts"


def test_a_removed_passage_orphans_its_highlight_and_keeps_it() -> None:
    anchor = anchor_for(TEXT, "Rebel commanders said they would not withdraw")
    changed = "\n\n".join(PARAGRAPHS[:3])
    placement = place(changed, anchor)
    assert placement.orphaned and placement.method is None
    assert 0 <= placement.start == placement.end <= len(changed)


def test_a_short_common_word_is_not_moved_to_another_occurrence() -> None:
    # "the" is everywhere; if its own sentence is gone it is orphaned, not misplaced.
    anchor = anchor_for(TEXT, "the", occurrence=4)
    assert TEXT[anchor.start - 5 : anchor.end + 5] in anchor.prefix[-5:] + "the" + anchor.suffix[:5]
    removed_sentence = TEXT[: anchor.start - 20] + TEXT[anchor.end + 40 :]
    assert place(removed_sentence, anchor).orphaned


def test_repeated_text_is_told_apart_by_its_context() -> None:
    text = "He said no. She said yes. Then he said no again, louder."
    anchor = anchor_for(text, "said no", occurrence=1)
    shifted = "Earlier: " + text
    placement = place(shifted, anchor)
    assert placement.start == shifted.index("said no again") and placement.method == "quote"


def test_a_highlight_across_paragraphs_survives_a_shift() -> None:
    phrase = "the area.\n\nThe United Nations"
    anchor = anchor_for(TEXT, phrase)
    changed = "Prologue.\n\n" + TEXT
    placement = place(changed, anchor)
    assert changed[placement.start : placement.end] == phrase


def test_stale_offsets_outside_the_text_are_ignored() -> None:
    anchor = Anchor(exact="aid convoys", prefix="", suffix="", start=10_000, end=10_011)
    placement = place(TEXT, anchor)
    assert TEXT[placement.start : placement.end] == "aid convoys"


def test_a_thousand_highlights_on_a_real_article_all_land_in_place() -> None:
    text = SEED.read_text(encoding="utf-8")
    step = max(1, (len(text) - 60) // 1000)
    anchors = [make_anchor(text, i, i + 40) for i in range(0, step * 1000, step)]
    changed = "A new first paragraph.\n\n" + text
    for anchor in anchors:
        placement = place(changed, anchor)
        assert changed[placement.start : placement.end] == anchor.exact


def test_make_anchor_rejects_empty_ranges() -> None:
    with pytest.raises(ValueError):
        make_anchor("abc", 1, 1)


# -- properties -------------------------------------------------------------------------

texts = st.text(alphabet="ab .\nxyz", min_size=1, max_size=300)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_unchanged_text_always_places_exactly_where_it_was(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    anchor = make_anchor(text, start, end)
    placement = place(text, anchor)
    assert (placement.start, placement.end, placement.method) == (start, end, "position")


@settings(max_examples=300, deadline=None)
@given(texts, texts, st.data())
def test_placements_always_slice_the_text(text: str, other: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    anchor = make_anchor(text, start, end)
    # Any change: a splice of another text somewhere.
    cut = data.draw(st.integers(0, len(text)))
    cut_end = data.draw(st.integers(cut, len(text)))
    changed = text[:cut] + other + text[cut_end:]
    placement = place(changed, anchor)
    assert 0 <= placement.start <= placement.end <= len(changed)
    if placement.method in ("position", "quote"):
        assert changed[placement.start : placement.end] == anchor.exact
    if placement.orphaned:
        assert placement.start == placement.end


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["alpha", "beta", "gamma", "delta", "x", "."]), min_size=3, max_size=60
    ),
    st.data(),
)
def test_context_places_the_highlight_on_its_own_occurrence(
    words: list[str], data: st.DataObject
) -> None:
    text = " ".join(words)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, min(len(text), start + 40)))
    anchor = make_anchor(text, start, end)
    prefix = "intro " * data.draw(st.integers(1, 5))
    placement = place(prefix + text, anchor)
    # With the whole context intact (and unique at this length), it lands on the same text.
    moved = prefix + text
    assert moved[placement.start : placement.end] == anchor.exact
    if text.count(anchor.prefix + anchor.exact + anchor.suffix) == 1 and len(anchor.prefix) == min(
        start, CONTEXT_LENGTH
    ):
        assert placement.start == start + len(prefix)


# -- the approximate matcher ------------------------------------------------------------


def brute_force_edit_search(pattern: str, text: str) -> int:
    """Reference: fewest edits from `pattern` to any substring of `text` (quadratic DP)."""
    previous = list(range(len(pattern) + 1))
    best = previous[-1]
    for char in text:
        current = [0]
        for i, p in enumerate(pattern, 1):
            current.append(min(previous[i] + 1, current[i - 1] + 1, previous[i - 1] + (p != char)))
        best = min(best, current[-1])
        previous = current
    return best


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abc", min_size=1, max_size=70), st.text(alphabet="abcd", max_size=80))
def test_edit_search_agrees_with_the_textbook_dp(pattern: str, text: str) -> None:
    distance, end = edit_search(pattern, text)
    assert distance == brute_force_edit_search(pattern, text)
    assert -1 <= end <= len(text)


def test_best_match_reports_the_matched_span() -> None:
    text = "x" * 500 + " the quick brown fox jumps " + "y" * 500
    match = best_match(text, "the quikc brown fox jumps", expected_start=0)
    assert match is not None
    assert text[match.start : match.end] == "the quick brown fox jumps"
    assert match.distance == 2


def test_best_match_gives_up_beyond_a_quarter_of_edits() -> None:
    assert (
        best_match("completely unrelated words here", "the quick brown fox", expected_start=0)
        is None
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcd ", min_size=20, max_size=300), st.data())
def test_a_fuzzy_match_reports_the_true_distance_of_the_span_it_returns(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text) - 12))
    end = data.draw(st.integers(start + 12, min(len(text), start + 80)))
    pattern = list(text[start:end])
    for _ in range(data.draw(st.integers(0, 3))):  # a few random edits
        at = data.draw(st.integers(0, len(pattern) - 1))
        pattern[at] = data.draw(st.sampled_from("abcdxyz "))
    match = best_match(text, "".join(pattern), expected_start=start)
    if match is None:
        return
    assert 0 <= match.start < match.end <= len(text)
    assert match.distance == levenshtein("".join(pattern), text[match.start : match.end])
    assert match.distance <= len(pattern) // 4
    assert match.distance >= edit_search("".join(pattern), text)[0]


def test_levenshtein_small_cases() -> None:
    assert levenshtein("", "abc") == 3
    assert levenshtein("kitten", "sitting") == 3
    assert levenshtein("flaw", "lawn") == 2


def test_a_passage_moved_far_and_edited_is_still_found() -> None:
    anchor = anchor_for(TEXT, "Thousands of civilians fled the fighting overnight")
    filler = "\n\n".join(f"Unrelated paragraph number {i} about the weather." for i in range(200))
    changed = filler + "\n\n" + TEXT.replace("civilians fled", "residents fled")
    assert changed.index("Thousands") - anchor.start > 5000
    placement = place(changed, anchor)
    assert placement.method == "fuzzy"
    assert changed[placement.start : placement.end] == (
        "Thousands of residents fled the fighting overnight"
    )
