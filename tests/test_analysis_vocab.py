"""The vocabulary loader: one place for every word list, no duplicates, no contradictions."""

from __future__ import annotations

import pytest

from reader.analysis import lexicon as lx
from reader.analysis import vocab
from reader.analysis.numbers import find_numbers


def test_every_list_loads_and_every_check_holds() -> None:
    names = vocab.all_names()
    assert {"speech_cues", "months", "titles", "org_words", "place_words"} <= set(names)
    for name in names:
        assert vocab.load(name), name
    vocab.validate()


def test_a_word_written_twice_is_rejected_with_its_line() -> None:
    with pytest.raises(VocabError, match=r"cues\.txt:3: 'said' repeats line 1"):
        vocab.parse_words("said told\n# a comment said\nsaid", "cues")


def test_a_table_key_written_twice_is_rejected() -> None:
    with pytest.raises(VocabError, match="'may' repeats line 1"):
        vocab.parse_table("may 5\nmay 6", "months")


def test_comments_and_colon_keys() -> None:
    assert vocab.parse_table("say: said says  # irregular\n\nwarn", "c") == {
        "say": ("said", "says"),
        "warn": (),
    }


def _only_these_lists(monkeypatch, fake: dict[str, frozenset[str]]) -> None:
    """Every list but the `fake` ones empty, every table empty."""
    monkeypatch.setattr(vocab, "words", lambda name: fake.get(name, frozenset()))
    monkeypatch.setattr(vocab, "table", lambda name: {})
    monkeypatch.setattr(vocab, "cue_table", lambda: {})


def test_a_name_in_the_men_and_the_women_lists_is_a_contradiction(monkeypatch) -> None:
    fake = {
        "given_names_male": frozenset({"angela", "boris"}),
        "given_names_female": frozenset({"angela"}),
    }
    _only_these_lists(monkeypatch, fake)
    with pytest.raises(VocabError, match=r"given_names_male and given_names_female.*angela"):
        vocab.validate()


def test_a_weak_cue_that_is_no_cue_is_a_contradiction(monkeypatch) -> None:
    weak = frozenset({"mumble"})
    monkeypatch.setattr(vocab, "words", lambda n: weak if "weak" in n else frozenset())
    monkeypatch.setattr(vocab, "table", lambda n: {"say": ("said",)})
    with pytest.raises(VocabError, match=r"speech_cues_weak.*mumble"):
        vocab.validate()


def test_the_four_womens_names_left_the_mens_list() -> None:
    # They stood in the men's list before the loader checked it.
    assert not {"angela", "theresa", "jacinda", "kim"} & vocab.words("given_names_male")
    assert lx.first_names()["angela"] == "f"
    assert lx.first_names()["jacinda"] == "f"


def test_cue_forms_come_from_one_list() -> None:
    assert {"said", "told", "wrote", "chanted", "according"} <= lx.SPEECH_CUES
    assert "according" not in lx.STRONG_CUES  # weak: "according to" needs its own rule
    assert "said" in lx.STRONG_CUES
    assert lx.NEAR_CUES <= lx.SPEECH_CUES


def test_months_come_from_one_list() -> None:
    found = [(n.text, n.kind) for n in find_numbers("It opened Sept. 3 and shut Sep 9, 2019.")]
    assert ("Sept. 3", "date") in found
    assert ("Sep 9, 2019", "date") in found


def test_kin_nouns_and_job_heads_are_lists_the_rules_read() -> None:
    from reader.analysis import attribution, engine

    assert vocab.words("kin_subjects") == lx.KIN_SUBJECTS >= {"father", "wife"}
    assert lx.KIN_SUBJECTS <= lx.KIN_NOUNS
    assert vocab.words("job_heads") == lx.JOB_HEADS >= {"consultant", "fellow"}
    assert not hasattr(attribution, "_KIN") and not hasattr(engine, "_JOB_HEADS")
    from reader.analysis import analyze

    text = 'Anna Berg and Tom Berg arrived. "We are glad," the wife said.'
    assert [q.speaker for q in analyze(text).quotes] == ["Anna Berg"]


def test_an_email_or_a_text_message_is_speech() -> None:
    from reader.analysis import analyze

    assert {"emailed", "emails", "texted"} <= lx.SPEECH_CUES
    text = 'Tom Berg runs the site. "I found it by chance," he emails. "It was late," he texted.'
    assert [q.speaker for q in analyze(text).quotes] == ["Tom Berg", "Tom Berg"]


VocabError = vocab.VocabError


def test_a_listed_unit_that_a_prefix_makes_is_a_duplicate(monkeypatch) -> None:
    fake = {
        "measure_units": frozenset({"watt", "kilowatt"}),
        "measure_unit_prefixes": frozenset({"kilo"}),
        "measure_unit_bases": frozenset({"watt"}),
    }
    _only_these_lists(monkeypatch, fake)
    with pytest.raises(VocabError, match=r"measure_units lists no unit.*kilowatt"):
        vocab.validate()


def test_units_take_their_plural_forms_and_a_prefix_from_the_lists() -> None:
    units = lx.MEASURE_UNITS
    assert units["kilowatts"] == "kilowatt" and units["millisieverts"] == "millisievert"
    assert units["feet"] == "foot" and units["lbs"] == "pound"
    assert units["millennia"] == "millennium"
    assert units["stone"] == "stone" and "stones" not in units  # "20 stone"; stones are things
    assert "gray" not in units and "milligray" in units  # a base alone is no unit
