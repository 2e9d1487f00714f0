"""Fuzzing analyze(): no exception, every offset slices to its text, runs stay bounded.

Long runs of quote marks, apostrophes, capitals and digits are the inputs that would expose
catastrophic regex backtracking or a quadratic pairing loop; the sizes are kept modest so
the suite stays fast, and the time bound is generous (the benchmark script measures speed).
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import Analysis, analyze

MARKS = "“”\"'‘’«»„‹›"
PIECES = [
    *MARKS,
    " ",
    "\n\n",
    "\n",
    ",",
    ".",
    "-",
    "–",
    ":",
    "(",
    ")",
    "$",
    "%",
    "said",
    "he said",
    "told",
    "according to",
    "Mr.",
    "Dr. ",
    "Jr.",
    "al-",
    "van ",
    "Sergey Lavrov",
    "Lavrov",
    "John",
    "The",
    "ABC",
    "1,224",
    "3.2",
    "2016",
    "19:16",
    "4-1",
    "five-day",
    "December 2",
    "one",
    "dozen",
    "million",
    "percent",
    "militants’",
    "don't",
    "O'Brien",
    "x",
    "Q",
    "7",
]

texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=300).map("".join),
    st.text(max_size=400),
    st.text(alphabet=MARKS + " \n", max_size=2000),
    st.text(alphabet="A'’ ", max_size=2000),
    st.text(alphabet="0123456789,.-/: ", max_size=2000),
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ. -", max_size=2000),
)


def check(text: str, result: Analysis) -> None:
    for q in result.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert q.speaker_end is not None
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
    for p in result.people:
        assert p.name
        for a, b in p.mentions:
            assert 0 <= a < b <= len(text)
    for n in result.numbers:
        assert 0 <= n.start < n.end <= len(text)
        assert text[n.start : n.end] == n.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_fuzz_offsets_always_slice_to_the_text(text: str) -> None:
    check(text, analyze(text))


LONG_RUN_UNITS = [
    *list(MARKS),
    "A",
    "7",
    "A.",
    "1,",
    "Ab ",
    "“A ",
    "’s ",
    "Ab and ",
    "Ab of ",
    "Ab & Cd ",
    "Mr. Ab said. ",
    "Van Der Ab ",
    "John Ab said. ",
    "12-14 ",
    "1-2-",
    "(415) 555 ",
    'his "tough on crime" stance. ',
    "Centre for Policy Research of the Institute ",
    "“Black Water,” ",
]


@pytest.mark.parametrize("unit", LONG_RUN_UNITS)
def test_long_runs_finish_quickly(unit: str) -> None:
    text = unit * 10_000
    t0 = time.perf_counter()
    result = analyze(text)
    # A generous bound that only catches runaway (quadratic or backtracking) behaviour.
    assert time.perf_counter() - t0 < 20
    check(text, result)


@settings(max_examples=6, deadline=None)
@given(
    st.sampled_from(
        [
            "“We will not go back now, not ever,” the statement said. ",
            "“We go,” he said, “and stay.” Then “another one here” came. ",
            "'It is so,' she said. 'Yes it is.' ",
            '"One two three," Smith told the BBC, "four five." ',
        ]
    )
)
def test_one_paragraph_of_thousands_of_quotes_finishes(unit: str) -> None:
    text = unit * 3000
    t0 = time.perf_counter()
    result = analyze(text)
    assert time.perf_counter() - t0 < 30  # catches a quadratic walk over the quotes
    assert len(result.quotes) >= 3000
    check(text, result)
