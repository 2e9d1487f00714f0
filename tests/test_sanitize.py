"""The sanitiser removes every kind of terminal control and invisible trick from article text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.article import ArticleBuilder
from reader.sanitize import sanitize_inline, sanitize_text

CASES = {
    "csi screen clear": ("a\x1b[2Jb", "ab"),
    "csi colour": ("\x1b[31mred\x1b[0m", "red"),
    "osc window title (BEL)": ("x\x1b]0;evil title\x07y", "xy"),
    "osc window title (ST)": ("x\x1b]2;evil\x1b\\y", "xy"),
    "osc 52 clipboard write": ("x\x1b]52;c;ZWNobyBwd25lZA==\x07y", "xy"),
    "osc 8 hyperlink": ("\x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\", "link"),
    "8-bit csi": ("a\x9b2Jb", "ab"),
    "8-bit osc": ("x\x9d0;title\x9cy", "xy"),
    "dcs": ("x\x1bPq#0;2;0;0;0\x1b\\y", "xy"),
    "lone esc": ("a\x1bb", "a"),
    "c0 controls": ("n\x00u\x07l\x08l", "null"),
    "del": ("de\x7fl", "del"),
    "c1 controls": ("a\x85b\x8dc", "abc"),
    "8-bit dcs swallows its payload": ("a\x90payload\x9cb", "ab"),
    "bidi override": ("abc\u202edcba\u202c", "abcdcba"),
    "bidi isolates": ("x\u2066y\u2069z\u2067", "xyz"),
    "zero width": ("zero\u200bwidth\u200c\u200d\u2060\ufeff", "zerowidth"),
    "soft hyphen": ("soft\u00adhyphen", "softhyphen"),
    "tabs and nbsp": ("a\tb\u00a0c", "a b c"),
    "crlf": ("one\r\ntwo\rthree", "one\ntwo\nthree"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_sequence_kind_is_removed(name: str) -> None:
    raw, expected = CASES[name]
    assert sanitize_text(raw) == expected


def test_ordinary_text_is_unchanged() -> None:
    text = "Café “quotes” — 1,224 civilians [Reuters] ‘opposition’ 日本語 ✓\nnext line"
    assert sanitize_text(text) is text or sanitize_text(text) == text


def test_inline_folds_whitespace() -> None:
    assert sanitize_inline("  A\n title\x1b[2J  here ") == "A title here"
    assert sanitize_inline("\x1b[2J") is None


def test_builder_sanitises_blocks_and_metadata() -> None:
    builder = ArticleBuilder("x")
    builder.add("paragraph", "safe\x1b]0;pwned\x07 text\u202e")
    article = builder.build(title="T\x1b[2Jitle", byline="By\x9b31m Me")
    assert article.text == "safe text"
    assert article.title == "Title"
    assert article.byline == "By Me"


def _unsafe(char: str) -> bool:
    category = unicodedata.category(char)
    return (category in ("Cc", "Cf", "Cs") and char != "\n") or char == "\x1b"


@given(st.text(alphabet=st.characters(codec=None), max_size=300))
def test_output_never_holds_controls(text: str) -> None:
    cleaned = sanitize_text(text)
    assert not any(_unsafe(char) for char in cleaned)


@given(
    st.lists(
        st.sampled_from(
            [
                "\x1b",
                "[",
                "]",
                "\x07",
                "\\",
                "0;",
                "52;",
                "\x9b",
                "\x9d",
                "\x9c",
                "a",
                "P",
                "2J",
                "\u202e",
                "\n",
            ]
        ),
        max_size=200,
    )
)
def test_escape_fragments_never_survive(parts: list[str]) -> None:
    cleaned = sanitize_text("".join(parts))
    assert "\x1b" not in cleaned and not any("\x80" <= c <= "\x9f" for c in cleaned)
