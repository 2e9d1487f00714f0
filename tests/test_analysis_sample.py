"""The sample article (aleppo): every quote, speaker, person and number, exactly.

Expected values follow ANNOTATION.md and the gold file bench/devset/gold/aleppo.json, which the
engine now matches everywhere (the last difference, "The offer" as the command center's
proposal, was an xfail until issue 11).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.analysis import Analysis, analyze

ROOT = Path(__file__).resolve().parent.parent
TEXT = (ROOT / "bench" / "devset" / "texts" / "aleppo.txt").read_text("utf-8")
GOLD_PATH = ROOT / "bench" / "devset" / "gold" / "aleppo.json"

LEADERS = "leaders of Germany, France, Italy, the United States, Canada and Britain"
EXPECTED_QUOTES = [
    (
        "fully control 50 neighborhoods in the eastern part of [Aleppo] that account for 70 "
        "percent of the territory that was initially controlled by the militants,",
        "Russian Reconciliation Center",
    ),
    ("strategic victory", "Ali Haidar"),
    (
        "Those who believed in the Syrian triumph know that [the militants’] morale is at its "
        "lowest and that these collapses that have begun are like domino tiles,",
        "Ali Haidar",
    ),
    ("humanitarian crisis resolution.", None),  # speaker checked separately
    ("We will not accept any truce,", "Fares Shehabi"),
    ("If they do not leave we will continue our attack,", "Fares Shehabi"),
    (
        "As for the militants leaving [Aleppo] … they were offered to leave and that topic was "
        "discussed earlier,",
        "Dmitry Peskov",
    ),
    ("this issue is in fact still on the agenda.", "Dmitry Peskov"),
    (
        "Unfortunately, only a few left [the city] so far [and] most militants still stay [there],",
        "Dmitry Peskov",
    ),
    ("still maintains contacts with the Syrian opposition,", "Maria Zakharova"),
    ("has never concealed this fact.", "Maria Zakharova"),
    (
        "We have always spoken about what Russia is doing [in this direction] and stressed that "
        "[everyone] could join this process,",
        "Maria Zakharova",
    ),
    (
        "Contacts at the expert level still continue … although I have no information about "
        "any new proposals being presented,",
        "Dmitry Peskov",
    ),
    (
        "The most urgent goal remains an immediate ceasefire so that the United Nations can "
        "bring humanitarian aid to people in East Aleppo,",
        LEADERS,
    ),
    ("to end the terrible situation in Aleppo", LEADERS),
    ("to exercise their influence to make this happen.", LEADERS),
]

EXPECTED_PEOPLE = {
    "Ali Haidar": "Syrian Reconciliation Minister",
    "Fares Shehabi": "MP for Aleppo",
    "Dmitry Peskov": "Russian presidential spokesman",
    "Sergey Lavrov": "Russian Foreign Minister",
    "John Kerry": None,
    "Maria Zakharova": "Foreign Ministry spokeswoman",
    "Frank-Walter Steinmeier": None,
}

EXPECTED_NUMBERS = [
    ("70%", "percent", 70, "percent"),
    ("1,200", "count", 1200, None),
    ("15", "count", 15, None),
    ("24", "measure", 24, "hour"),
    ("1,200", "count", 1200, None),
    ("50", "count", 50, None),
    ("70 percent", "percent", 70, "percent"),
    ("1,224", "count", 1224, None),
    ("66", "count", 66, None),
    ("200", "count", 200, None),
    ("two", "count", 2, None),
    ("five-day", "measure", 5, "day"),
    ("December 2", "date", None, None),
    ("six", "count", 6, None),
]


@pytest.fixture(scope="module")
def result() -> Analysis:
    return analyze(TEXT)


def test_quotes_are_exactly_the_sample_quotes(result: Analysis) -> None:
    assert [q.text for q in result.quotes] == [text for text, _ in EXPECTED_QUOTES]


def test_every_quote_has_its_speaker(result: Analysis) -> None:
    for quote, (text, speaker) in zip(result.quotes, EXPECTED_QUOTES, strict=True):
        if speaker is not None:
            assert quote.speaker == speaker, text


def test_document_speaker_of_the_offer(result: Analysis) -> None:
    # "The proposal … was presented by the Aleppo command center … The offer said …".
    assert result.quotes[3].speaker == "Aleppo command center"


def test_quote_and_speaker_offsets_slice_the_text(result: Analysis) -> None:
    for q in result.quotes:
        assert TEXT[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert q.speaker_end is not None
            mention = TEXT[q.speaker_start : q.speaker_end]
            assert (mention and mention in (q.speaker or "")) or (q.speaker or "").endswith(
                mention.split()[-1]
            )


def test_shehabi_is_attributed_through_the_apposition(result: Analysis) -> None:
    q = result.quotes[4]
    assert (q.speaker, q.cue) == ("Fares Shehabi", "told")
    assert TEXT[q.speaker_start : q.speaker_end] == "Fares Shehabi"


def test_people_names_and_roles(result: Analysis) -> None:
    assert {p.name: p.role for p in result.people} == EXPECTED_PEOPLE


def test_people_mentions_include_surname_only_mentions(result: Analysis) -> None:
    lavrov = next(p for p in result.people if p.name == "Sergey Lavrov")
    spans = [TEXT[a:b] for a, b in lavrov.mentions]
    assert spans == ["Lavrov", "Sergey Lavrov", "Lavrov", "Lavrov"]
    peskov = next(p for p in result.people if p.name == "Dmitry Peskov")
    assert [TEXT[a:b] for a, b in peskov.mentions] == ["Dmitry Peskov", "Peskov"]


def test_numbers_with_kind_value_and_unit(result: Analysis) -> None:
    got = [(n.text, n.kind, n.value, n.unit) for n in result.numbers]
    assert got == EXPECTED_NUMBERS
    for n in result.numbers:
        assert TEXT[n.start : n.end] == n.text


def test_matches_the_gold_file_where_present(result: Analysis) -> None:
    if not GOLD_PATH.exists():
        pytest.skip("gold not merged")
    gold = json.loads(GOLD_PATH.read_text("utf-8"))
    assert [q.text for q in result.quotes] == [q["text"] for q in gold["quotes"]]
    assert sorted(p.name for p in result.people) == sorted(gold["people"])
    assert [(n.text, n.kind) for n in result.numbers] == [
        (n["text"], n["kind"]) for n in gold["numbers"]
    ]
    right = sum(
        q.speaker == g["speaker"] for q, g in zip(result.quotes, gold["quotes"], strict=True)
    )
    assert right == len(gold["quotes"])
