"""Name knowledge beyond one country: the international given names and surnames (Faker's
lists, `data/README.md`), and what keeps them from making people of common words."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis import lexicon as lx


def people(text: str) -> list[str]:
    return [p.name for p in analyze(text).people]


def test_given_names_of_other_countries_open_a_persons_name() -> None:
    text = (
        "Joonas Korpisalo made 30 saves while Valtteri Filppula and Nikolaj Ehlers scored "
        "in the third period."
    )
    assert people(text) == ["Joonas Korpisalo", "Valtteri Filppula", "Nikolaj Ehlers"]


def test_a_foreign_given_name_before_common_words_is_no_person() -> None:
    # "Heinz" and "Philippine" are given names only in the international lists; "field",
    # "red" and "cross" are words news copy writes in lower case.
    text = "The game at Heinz Field was delayed, and the Philippine Red Cross sent aid."
    assert people(text) == []


def test_the_census_mark_wins_over_the_international_lists() -> None:
    assert lx.first_names()["mary"] == lx.census_given_names()["mary"]
    assert not lx.intl_given_names().keys() & lx.census_given_names().keys()


def test_the_international_lists_hold_no_common_word_and_carry_their_source() -> None:
    assert not lx.intl_given_names().keys() & lx.COMMON_WORDS
    assert not lx.surnames() & lx.COMMON_WORDS
    assert {"arnav", "joonas", "valtteri"} <= lx.intl_given_names().keys()
    assert {"pandey", "gupta", "virtanen"} <= lx.surnames()


def test_a_foreign_given_name_after_a_determiner_is_no_person() -> None:
    # "Manila" and "Johan" are given names only in the international lists; a person's
    # name takes no determiner.
    text = (
        "The Manila Bulletin reported that output at the Johan Sverdrup field grew. The "
        "Coty-Kylie Jenner deal was signed."
    )
    assert people(text) == []


def test_outlets_named_in_other_languages_are_no_people() -> None:
    text = (
        "Süddeutsche Zeitung reported the talks had failed. A protester told Asahi Shimbun, "
        "and according to Deutsche Presse-Agentur the minister resigned."
    )
    assert people(text) == []


def test_honorifics_of_other_countries_are_dropped_from_the_name() -> None:
    text = (
        "Shri Narendra Modi met Alhaji Atiku Abubakar and Datuk Seri Anwar Ibrahim. "
        "Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered mourning."
    )
    assert people(text) == [
        "Narendra Modi",
        "Atiku Abubakar",
        "Anwar Ibrahim",
        "Ali Hosseini Khamenei",
    ]
