"""Properties of the word folding that all matching rests on."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.compare.quotes import word_edits
from reader.compare.words import fold, norms, tokens

TEXT = st.text(
    alphabet=st.sampled_from([*"abcXYZ’'‘\"“”… .,-ﬁİıé1", "\u0301", "ß", "Ω"]), max_size=60
)


@given(TEXT)
def test_every_token_points_at_its_word(text: str) -> None:
    found = tokens(text, offset=5)
    assert [t.norm for t in found] == norms(text)
    for token in found:
        assert fold(text[token.start - 5 : token.end - 5]) == token.norm


def test_marks_and_case_do_not_change_words() -> None:
    assert norms("Don’t stop… “Now”") == norms('don\'t stop... "now"') == ["don't", "stop", "now"]
    assert norms("ﬁnal") == ["final"]  # NFKC: a ligature is its letters


@given(st.lists(st.sampled_from(["we", "will", "not", "won’t", "the", "truce,"]), max_size=12))
def test_word_edits_rebuild_both_sides(words: list[str]) -> None:
    a = " ".join(words)
    b = " ".join(reversed(words))
    edits = word_edits(a, b)
    assert " ".join(e.a for e in edits if e.a) == a
    assert " ".join(e.b for e in edits if e.b) == b
