"""The sanitiser removes every kind of terminal control and invisible trick from article text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.article import ArticleBuilder
from reader.extract.sanitize import sanitize_inline, sanitize_text

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


# --- a lone introducer is a control character, not the start of a sequence to delete ---------
# A windows-1252 page that holds UTF-8 ("â€\x9d" is a closing quote read wrongly) has U+009D,
# the 8-bit OSC introducer, in the middle of ordinary prose. Nothing ends it, so it is a stray
# character: it goes, and every word after it stays.

LONE_INTRODUCERS = ["\x9d", "\x90", "\x98", "\x9e", "\x9f", "\x1b]", "\x1bP"]


@pytest.mark.parametrize("introducer", LONE_INTRODUCERS)
def test_a_lone_sequence_introducer_keeps_the_text_after_it(introducer: str) -> None:
    text = "He said it was over.â€" + introducer + " The council then voted 7 to 2.\n" * 40
    cleaned = sanitize_text(text)
    assert cleaned.count("The council then voted 7 to 2.") == 40


def test_a_terminator_far_away_does_not_make_a_sequence() -> None:
    # Prose between a stray OSC byte and a stray ST byte (latin-1 read "”…“") is kept.
    text = "“Yes,\x9d he said. " + "The vote was close. " * 30 + "\x9cNo,” she said."
    assert "The vote was close. " * 30 in sanitize_text(text)


_PROSE = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("Cc", "Cf", "Cs", "Zl", "Zp"), exclude_characters="\t"
    ),
    max_size=200,
)


@given(_PROSE, st.sampled_from(["\x9d", "\x90", "\x98", "\x9e", "\x9f"]), _PROSE)
def test_a_lone_string_introducer_loses_only_itself(before: str, control: str, after: str) -> None:
    prose = (before + after).replace("\u00a0", " ")
    assert sanitize_text(before + control + after) == prose


@given(_PROSE, st.sampled_from(["\x9b", "\x1b"]), _PROSE)
def test_a_lone_csi_or_esc_takes_at_most_a_short_sequence(
    before: str, control: str, after: str
) -> None:
    cleaned = sanitize_text(before + control + after)
    before, after = before.replace("\u00a0", " "), after.replace("\u00a0", " ")
    assert cleaned.startswith(before)
    kept = cleaned[len(before) :]
    assert after.endswith(kept)
    lost = after[: len(after) - len(kept)]
    assert len(lost) <= 37 and "\n" not in lost


def test_an_osc_written_as_references_ends_at_the_mapped_st() -> None:
    # "&#x9d;0;title&#x9c;" parses to "\x9d0;titleœ" (the HTML standard's windows-1252 map).
    assert sanitize_text("a\x9d0;evil titleœb") == "ab"
    assert sanitize_text("cœur\x9d and œuvre") == "cœur and œuvre"
