"""Constructed pairs through `reader.compare`: each change is found, and only it."""

from __future__ import annotations

from reader.compare import compare
from reader.compare.listing import entries
from reader.compare.summary import sentence
from reader.compare.versions import compare_versions, since_you_read_it
from tests.compare.pairs import BASE, pair, side


def _kinds(change: str, group: str) -> list[str]:
    comparison = compare(*pair(change))
    return [e.kind for e in entries(comparison) if e.group == group]


def test_identical_texts_have_no_differences() -> None:
    a, b = side(BASE, "a"), side(BASE, "b")
    comparison = compare(a, b)
    assert entries(comparison) == []
    assert {d.kind for d in comparison.quotes} == {"same"}
    assert {d.kind for d in comparison.numbers} == {"same"}
    assert sentence(comparison) == "no quote, number or person changed"


def test_a_changed_count_is_matched_by_what_it_counts() -> None:
    comparison = compare(*pair("number"))
    changed = [d for d in comparison.numbers if d.kind == "changed"]
    assert [(d.a.text, d.b.text) for d in changed if d.a and d.b] == [("1,224", "1,200")]
    assert changed[0].counts is not None and "civilians" in changed[0].counts
    assert not [d for d in comparison.numbers if d.kind in ("only_a", "only_b")]


def test_a_percentage_and_a_fraction_in_words_are_one_share() -> None:
    comparison = compare(*pair("share"))
    (changed,) = [d for d in comparison.numbers if d.kind == "changed"]
    assert changed.a and changed.a.text == "70 percent"
    assert changed.b and changed.b.text == "two-thirds"
    assert changed.value_b is not None and round(changed.value_b, 1) == 66.7


def test_money_in_billions_is_compared_by_value() -> None:
    comparison = compare(*pair("money"))
    (changed,) = [d for d in comparison.numbers if d.kind == "changed"]
    assert (changed.value_a, changed.value_b) == (3.2e9, 3e9)


def test_a_reworded_quote_has_a_word_level_difference() -> None:
    comparison = compare(*pair("reworded"))
    (quote,) = [d for d in comparison.quotes if d.kind == "reworded"]
    assert quote.a and quote.a.speaker == "Fares Shehabi"
    edits = [(e.op, e.a, e.b) for e in quote.edits if e.op != "equal"]
    assert ("replace", "will not", "won’t") in edits
    assert ("delete", "the", "") in edits
    assert _kinds("reworded", "quotes") == ["reworded"]


def test_curly_marks_and_ellipses_are_not_a_change() -> None:
    comparison = compare(*pair("typography"))
    assert {d.kind for d in comparison.quotes} == {"same"}
    assert entries(comparison) == []


def test_a_trimmed_quote_counts_as_the_same_words() -> None:
    a = side('"We will not accept any truce with the terrorists," said Fares Shehabi.', "a")
    b = side('"We will not accept any truce," Fares Shehabi said.', "b")
    (quote,) = compare(a, b).quotes
    assert (quote.kind, quote.trimmed) == ("same", True)


def test_a_quote_moved_to_another_speaker() -> None:
    comparison = compare(*pair("speaker"))
    (moved,) = [d for d in comparison.quotes if d.kind == "speaker_changed"]
    assert moved.a and moved.b
    assert (moved.a.speaker, moved.b.speaker) == ("Maria Lopez", "Ahmed Karim")
    people = {d.name: d for d in comparison.people}
    assert people["Ahmed Karim"].kind == "only_b"
    assert people["Ahmed Karim"].quoted_words_b == 8


def test_a_removed_paragraph() -> None:
    comparison = compare(*pair("paragraph"))
    (passage,) = comparison.passages
    assert passage.kind == "only_a" and passage.span_a is not None
    text = comparison.a.article.text[passage.span_a[0] : passage.span_a[1]]
    assert text.startswith("A bridge over the river")
    assert _kinds("paragraph", "quotes") == []


def test_a_person_only_in_b() -> None:
    comparison = compare(*pair("person_b"))
    only_b = [d for d in comparison.people if d.kind == "only_b"]
    assert [d.name for d in only_b] == ["John Whitfield"]
    assert only_b[0].span_b is not None
    assert not [d for d in comparison.people if d.kind == "only_a"]


def test_versions_say_what_changed_since_it_was_read() -> None:
    a, b = pair("number")
    assert compare_versions(a.article, a.article) is None
    comparison = compare_versions(a.article, b.article)
    assert comparison is not None
    expected = "1 number changed, 1 paragraph changed since you read it"
    assert since_you_read_it(comparison) == expected
