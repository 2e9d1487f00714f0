"""Article-level mention linking (`reader.analysis.mentions`): every mention of a person or an
organisation linked once, with its form, gender and salience."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.entities import EntityFinder
from reader.analysis.mentions import Linking, link_mentions


def link(text: str) -> Linking:
    return link_mentions(text, EntityFinder(text).find())


def forms(text: str, linking: Linking, name: str) -> list[tuple[str, str, int]]:
    return [(text[m.start : m.end], m.form, m.salience) for m in linking.mentions if m.name == name]


def test_a_person_once_under_full_title_short_and_variant_mentions() -> None:
    text = (
        "Volodymyr Zelensky spoke on Monday. President Zelenskyy's office said talks would "
        "resume. Zelenskiy left."
    )
    linking = link(text)
    assert [e.name for e in linking.people()] == ["Volodymyr Zelensky"]
    assert forms(text, linking, "Volodymyr Zelensky") == [
        ("Volodymyr Zelensky", "full", 1),
        ("Zelenskyy", "title", 2),
        ("Zelenskiy", "short", 3),
    ]
    assert [p.name for p in analyze(text).people] == ["Volodymyr Zelensky"]


def test_the_bank_is_the_bank_even_after_another_firm() -> None:
    text = "Goldman Sachs and Bank of America reported profits. The bank said lending grew."
    m = link(text).at(text.index("bank said"))
    assert m is not None and (m.name, m.kind, m.form) == ("Bank of America", "org", "description")


def test_the_company_is_the_organisation_mentioned_most() -> None:
    text = (
        "Acme Corp cut jobs. Acme Corp blamed prices. Rival Widget Inc was unaffected. "
        '"Demand fell," the company said.'
    )
    linking = link(text)
    m = linking.at(text.index("company"))
    assert m is not None and m.name == "Acme Corp" and m.salience == 3
    assert analyze(text).quotes[0].speaker == "Acme Corp"


def test_salient_and_before_answer_by_kind_and_gender() -> None:
    text = "Jane Doe met John Roe. Doe spoke, then Roe. Doe left. Then it rained."
    linking = link(text)
    pos = text.index("Then it")
    assert [m.name for m in linking.before(pos, "person", "m")] == ["John Roe", "John Roe"]
    woman = linking.salient(pos, "person", "f")
    assert woman is not None and woman.name == "Jane Doe"
    person = linking.salient(pos, "person")
    assert person is not None and person.name == "Jane Doe"  # three mentions against two


def test_a_shared_surname_goes_by_honorific() -> None:
    text = 'Former President Bill Clinton introduced Hillary Clinton. "We won," Mrs. Clinton said.'
    assert analyze(text).quotes[0].speaker == "Hillary Clinton"


def test_a_shared_surname_goes_by_the_title_of_a_role() -> None:
    text = (
        "Secretary of State Hillary Clinton met former President Bill Clinton in Chicago. "
        'Later, President Clinton said: "It was a good day."'
    )
    assert analyze(text).quotes[0].speaker == "Bill Clinton"


def test_a_shared_surname_goes_to_the_one_mentioned_most_so_far() -> None:
    text = (
        "Bill Clinton attended the rally. Hillary Clinton spoke for an hour, and supporters "
        'cheered Hillary Clinton. "We will win," Clinton said.'
    )
    assert analyze(text).quotes[0].speaker == "Hillary Clinton"


def test_a_possessive_before_a_place_noun_keeps_the_person() -> None:
    # "hotel" after a name makes an organisation ("Trump Hotel"), but not after "'s".
    text = "The party was held at Tom Barrack's hotel in Beverly Hills."
    assert [p.name for p in analyze(text).people] == ["Tom Barrack"]


def test_an_honorific_or_gendered_title_gives_a_gender() -> None:
    text = (
        "Obiageli Okafor, 52, met Kelechi Eze. Eze nodded, and Mrs. Okafor spoke first. "
        '"We agree," she said.'
    )
    linking = link(text)
    assert {e.name: e.gender for e in linking.people()} == {
        "Obiageli Okafor": "f",  # no given name list knows "Obiageli"
        "Kelechi Eze": "m",
    }
    assert analyze(text).quotes[0].speaker == "Obiageli Okafor"


def test_a_birth_name_is_the_same_person() -> None:
    text = (
        "Ginger Baker died on Sunday. Ginger Baker was born Peter Edward Baker in Lewisham, "
        "London, in 1939. Day was born Doris Mary Ann Kappelhoff, said Doris Day's son."
    )
    got = {p.name: [text[a:b] for a, b in p.mentions] for p in analyze(text).people}
    assert got == {
        "Ginger Baker": ["Ginger Baker", "Ginger Baker", "Peter Edward Baker"],
        "Doris Day": ["Day", "Doris Mary Ann Kappelhoff", "Doris Day"],
    }


def test_the_company_can_be_a_bare_name_named_twice() -> None:
    text = (
        "Hasbro hosted a panel about its toys, and Valiant Entertainment sold comics. Hasbro "
        'showed a helmet. Asked about plastic, the company noted "we switched to plant-based '
        'packaging this year."'
    )
    linking = link(text)
    m = linking.at(text.index("company"))
    assert m is not None and (m.name, m.kind) == ("Hasbro", "org")
    assert analyze(text).quotes[0].speaker == "Hasbro"


def test_the_mother_is_the_one_woman_named_and_the_father_of_two_men_is_no_one() -> None:
    text = (
        "Judge Bernard Schwartz sentenced David Turpin and Louise Turpin on Friday.\n\n"
        'The father said "I love my children and I believe my children love me."\n\n'
        'The mother said "I really look forward to the day I can see them again."'
    )
    linking = link(text)
    mother = linking.at(text.index("mother"))
    assert mother is not None and (mother.name, mother.form) == ("Louise Turpin", "description")
    assert linking.at(text.index("father")) is None
    assert analyze(text).quotes[1].speaker == "Louise Turpin"


def test_a_surname_first_name_takes_no_gender_from_its_first_word() -> None:
    # "Bong" is a woman's given name in the census list, but here it is his surname.
    linking = link("Director Bong Joon-ho won. Bong said the film was personal.")
    assert [(e.name, e.gender) for e in linking.people()] == [("Bong Joon-ho", "u")]


def test_a_body_bound_to_its_kind_is_never_the_company_named_most() -> None:
    # "the ministry" links only to an organisation whose name says it is one; Tesla is not,
    # so the ministry speaks under the article's word for it.
    text = (
        "Tesla shares fell on Tuesday after Elon Musk sold stock.\n\n"
        "Officials met on Monday. The ministry added that “new cases are falling”."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["ministry"]


def test_a_title_word_before_a_body_noun_is_part_of_the_bodys_name() -> None:
    # "Justice" is a judge's title before a name, not before "Department".
    text = "The Justice Department declined to comment.\n\nThe department said “no comment today”."
    names = [e.name for e in EntityFinder(text).find() if e.kind == "org"]
    assert "Justice Department" in names
    assert [q.speaker for q in analyze(text).quotes] == ["Justice Department"]
