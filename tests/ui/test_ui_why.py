""" "Why this speaker?": K on a quote (in the Quotes list or at the text's cursor) opens a box
that says in plain words what in the text named the speaker, worked out only when asked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import reader.analysis
from reader.analysis import analyze
from reader.analysis.model import Why
from reader.article import Article
from reader.ui.app import ReaderApp
from reader.ui.why import why_lines
from tests.ui.conftest import settle, wait_until
from tests.ui.notices import record_notices, said
from tests.ui.screen import screen_text

SIZE = (140, 40)
pytestmark = pytest.mark.anyio


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Every analysis the app runs, as its `explain` flag."""
    seen: list[bool] = []

    def counted(text: str, explain: bool = False) -> Any:
        seen.append(explain)
        return analyze(text, explain=explain)

    monkeypatch.setattr(reader.analysis, "analyze", counted)
    return seen


async def open_why_on_first_quote(pilot: Any) -> str:
    """Focus the Quotes list, press K on its first quote, and wait for the reasons."""
    await settle(pilot)
    await wait_until(pilot, lambda: "Quotes 16" in screen_text(pilot.app), "the analysis", 0.05)
    await pilot.press("tab")
    await pilot.press("K")
    await wait_until(pilot, lambda: "How:" in screen_text(pilot.app), "the reasons", 0.05)
    return screen_text(pilot.app)


async def test_k_in_the_quotes_list_says_why_in_plain_words(
    make_app: Callable[..., ReaderApp], article: Article, calls: list[bool]
) -> None:
    app = make_app(analysis=None)
    async with app.run_test(size=SIZE) as pilot:
        text = await open_why_on_first_quote(pilot)
    assert "Why this speaker?" in text
    assert "“fully control 50 neighborhoods in the eastern part" in text
    assert "How: a speech verb right after the quote (“reads”)" in text
    assert "Speaker: Russian Reconciliation Center, an organisation" in text
    for raw in ("step:", "speaker kind:", "cue:", " org\n"):
        assert raw not in text


async def test_the_reasons_are_worked_out_only_when_asked_and_once(
    make_app: Callable[..., ReaderApp], calls: list[bool]
) -> None:
    app = make_app(analysis=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await wait_until(pilot, lambda: calls, "the analysis", 0.05)
        assert calls == [False]  # reading never pays for the reasons
        await open_why_on_first_quote(pilot)
        assert calls == [False, True]
        await pilot.press("escape", "j", "K")  # another quote: the reasons are kept
        await wait_until(pilot, lambda: "How:" in screen_text(app), "the reasons", 0.05)
        assert "(“called”)" in screen_text(app)
        assert calls == [False, True]


async def test_k_in_the_text_explains_the_quote_at_the_cursor(
    make_app: Callable[..., ReaderApp], article: Article, calls: list[bool]
) -> None:
    app = make_app(analysis=analyze(article.text))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("right_square_bracket", "q", "right_square_bracket", "q", "K")
        await wait_until(pilot, lambda: "How:" in screen_text(app), "the reasons", 0.05)
        text = screen_text(app)
    assert "Speaker: Ali Haidar, a person" in text
    assert "a speech verb before the quote, in the same sentence (“called”)" in text


async def test_k_away_from_a_quote_says_how_to_use_it(
    make_app: Callable[..., ReaderApp],
) -> None:
    app = make_app()
    shown = record_notices(app)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("K")  # the cursor is on the title: no quote there
        await wait_until(pilot, lambda: said(shown, "put the cursor on a quote"), "the hint")
        assert "Why this speaker?" not in screen_text(app)


async def test_the_key_is_in_the_footer_of_the_quotes_list_and_in_the_help(
    make_app: Callable[..., ReaderApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await pilot.pause()
        assert " K Why? " in screen_text(app).splitlines()[-1]
        await pilot.press("right")  # People: K explains quotes only, so no hint
        await pilot.pause()
        assert " K Why? " not in screen_text(app).splitlines()[-1]
        await pilot.press("question_mark")
        seen = ""
        for _ in range(10):  # page through the help
            await pilot.pause()
            seen += screen_text(app)
            await pilot.press("space")
    assert "K                     Quotes: why this speaker?" in seen
    assert "K                     Why the quote at the cursor has its speaker" in seen


def test_why_lines_label_every_part_and_spell_out_what_they_do_not_know() -> None:
    why = Why(
        3,
        "Fiona Hill",
        (
            "step: a cue after the closing mark",
            "cue: said",
            "speaker kind: person",
            "name typed person by evidence: given_name_opens, speaks_after",
        ),
    )
    assert why_lines(why) == [
        "How: a speech verb right after the quote (“said”)",
        "Speaker: Fiona Hill, a person",
        "Read as a person because it starts with a known given name; a speech verb follows it",
    ]
    later = Why(0, None, ("step: previous_speaker_continues", "surprise"))
    assert why_lines(later) == [
        "How: previous speaker continues",
        "Speaker: nobody is named",
        "surprise",
    ]


def test_the_rankers_weighing_is_told_in_plain_words_without_identifiers() -> None:
    why = Why(
        2,
        "Aleppo command center",
        (
            "step: the ranker overruled the cascade (a cue after the closing mark: Aleppo)",
            "cue: stressed",
            "speaker kind: org",
            "ranker: Aleppo command center scored 1.41, next Aleppo 0.39; by cascade_pick +1.24,"
            " kind_org -1.24",
        ),
        (("cascade_pick", 1.24), ("kind_org", -1.24), ("same_sentence", 0.56)),
    )
    lines = why_lines(why)
    assert lines == [
        "How: the weighed evidence chose another name than the first rule that matched"
        " (a speech verb right after the quote gave Aleppo) (“stressed”)",
        "Speaker: Aleppo command center, an organisation",
        "For it: the first rule that matched chose it; named in the quote's own sentence",
        "Against it: it is an organisation",
        "Next best: Aleppo (score 0.39 against 1.41)",
    ]
    assert not any("_" in line or "ranker" in line or "cascade" in line for line in lines)


async def test_the_palette_explains_the_quote_chosen_in_the_list(
    make_app: Callable[..., ReaderApp], article: Article
) -> None:
    app = make_app(analysis=analyze(article.text))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)  # the cursor is on the title: the list's first quote is explained
        await pilot.press("ctrl+p", *"why this speaker")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_until(pilot, lambda: "How:" in screen_text(app), "the reasons", 0.05)
        assert "Speaker: Russian Reconciliation Center" in screen_text(app)


def test_every_piece_of_speaker_evidence_has_words_for_a_reader() -> None:
    from reader.analysis.evidence.speaker import FEATURES
    from reader.ui.why import SPEAKER_FEATURE_LABELS, plain

    for name in FEATURES:
        label = plain(name, SPEAKER_FEATURE_LABELS)
        assert label and "_" not in label and "cascade" not in label, name


def _box_rows(text: str) -> list[str]:
    """The rows of the Why box, from its top border to its bottom border."""
    rows = text.splitlines()
    top = next(i for i, row in enumerate(rows) if "Why this speaker?" in row) - 1
    bottom = next(i for i in range(top + 1, len(rows)) if "╰" in rows[i])
    return rows[top : bottom + 1]


async def _why_box(size: tuple[int, int], why: Why, quote_text: str) -> list[str]:
    from textual.app import App

    from reader.analysis.model import Quote
    from reader.ui.dialogs.why import WhyScreen

    screen = WhyScreen(Quote(quote_text, 0, len(quote_text), why.speaker))
    app: App[None] = App()
    async with app.run_test(size=size) as pilot:
        await app.push_screen(screen)
        screen.show_why(why)
        await pilot.pause()
        return _box_rows(screen_text(app))


async def test_the_why_box_is_as_wide_as_its_reasons() -> None:
    why = Why(0, "Ali Haidar", ("step: a cue after the closing mark", "cue: said"))
    rows = await _why_box((160, 45), why, "We will stay")
    width = len(rows[0].strip())
    longest = max(len(line) for line in why_lines(why))
    assert longest + 2 <= width <= longest + 6, rows[0]
    assert "Speaker: Ali Haidar" in "\n".join(rows)


async def test_a_long_why_box_fits_80_by_24_and_wraps() -> None:
    long_reason = "speaks_after, " * 12
    why = Why(
        0,
        "Ali Haidar",
        (
            "step: a cue after the closing mark",
            "cue: said",
            f"name typed person by evidence: {long_reason}",
        ),
    )
    rows = await _why_box((80, 24), why, "We will stay " * 10)
    assert len(rows) <= 24
    assert rows[0].rstrip().endswith("╮") and rows[-1].rstrip().endswith("╯")  # not cut off
    inside = " ".join(row.strip().strip("│╭╮╰╯─") for row in rows)
    assert "esc closes" in inside
    # The long line wrapped, nothing cut off at the box's edge.
    assert "because " + "; ".join(["a speech verb follows it"] * 12) in " ".join(inside.split())
