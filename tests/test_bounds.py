"""Inputs whose shape, not size, made cleaning quadratic or memory-hungry (issue 10, item 10)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.bounds import MAX_ATTRIBUTES, bound_markup, bound_text, piece_budget
from reader.errors import NotAnArticleError
from reader.extract import article_from_bytes

TEN_MIB = 10 * 1024 * 1024
PARAGRAPH = "The council met on Tuesday and voted on the budget, the clerk said."


def test_an_element_with_100k_attributes_is_cleaned_in_seconds() -> None:
    attributes = " ".join(f'a{i}="v>{i}"' for i in range(100_000))  # ">" inside quotes too
    page = f"<html><body><article><h1>Vote</h1><p {attributes}>{PARAGRAPH}</p>"
    page += f"<p>{PARAGRAPH}</p>" * 4 + "</article></body></html>"
    start = time.monotonic()
    article = article_from_bytes(page.encode(), name="attrs.html")
    assert time.monotonic() - start < 15  # was 61 s
    assert article.text.count(PARAGRAPH) == 5


def test_extra_attributes_are_dropped_and_the_rest_kept() -> None:
    attributes = " ".join(f'a{i}="x>y"' for i in range(1000))
    trimmed = bound_markup(f"<p {attributes} />tail<b>b</b>", "p.html", TEN_MIB)
    assert trimmed.count("=") == MAX_ATTRIBUTES
    assert trimmed.endswith('a255="x>y">tail<b>b</b>')


def test_a_long_data_uri_is_left_alone() -> None:
    page = '<p>a<img src="data:image/png;base64,' + "A" * 20_000 + '" alt="x">b</p>'
    assert bound_markup(page, "p.html", TEN_MIB) == page


@given(st.text(alphabet="<>p a=\"'/b\n", max_size=300))
def test_short_markup_is_never_changed(html: str) -> None:
    assert bound_markup(html, "p.html", TEN_MIB) == html


def test_a_million_paragraphs_are_refused_in_one_line() -> None:
    page = "<html><body><article>" + "<p>a.</p>" * 1_000_000 + "</article></body></html>"
    start = time.monotonic()
    with pytest.raises(NotAnArticleError) as caught:
        article_from_bytes(page.encode(), name="paras.html")
    assert time.monotonic() - start < 10  # was over a minute and 1.15 GiB
    message = str(caught.value)
    assert "1,000,003 elements" in message and "--max-size" in message and "\n" not in message


def test_millions_of_attributes_over_many_elements_are_refused() -> None:
    tag = "<p " + " ".join(f"a{i}" for i in range(250)) + ">x.</p>"
    with pytest.raises(NotAnArticleError, match="2,125,000 attributes, more than the 327,680"):
        bound_markup(tag * 8500, "attrs.html", TEN_MIB)
    assert bound_markup(tag * 1000, "attrs.html", TEN_MIB) == tag * 1000  # 250,000: allowed


def test_a_text_of_a_million_paragraphs_is_refused() -> None:
    with pytest.raises(NotAnArticleError, match="paragraphs, more than the 40,960"):
        bound_text("a.\n\n" * 1_000_000, "paras.txt", TEN_MIB)


def test_the_budget_grows_with_the_size_limit() -> None:
    assert piece_budget(TEN_MIB) == 40_960
    assert piece_budget(4 * TEN_MIB) == 4 * 40_960
    bound_text("a.\n\n" * 150_000, "paras.txt", 4 * TEN_MIB)  # allowed with --max-size 40M
