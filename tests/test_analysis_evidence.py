"""Named evidence for entity kinds: each feature on its own example, then the kinds it gives."""

from __future__ import annotations

import dataclasses

import pytest

from reader.analysis import analyze
from reader.analysis import lexicon as lx
from reader.analysis.entities import EntityFinder
from reader.analysis.evidence import entity_kind as ek


def span(
    text: str, name: str, rule_kind: str = "other", title: str = "", alone=(), bare=()
) -> ek.Span:
    start = text.index(name)
    run_start = text.index(title) if title else start
    return ek.Span(
        text,
        start,
        start + len(name),
        run_start,
        tuple(w.lower().rstrip(".") for w in name.split()),
        rule_kind,
        lx.first_names(),
        frozenset(alone),
        frozenset(),
        frozenset(bare),
    )


FIRES = [
    ("rules_person", span("Bill Clinton spoke.", "Bill Clinton", "person")),
    ("rules_place", span("in New York", "New York", "place")),
    ("rules_org", span("Big Machine Records", "Big Machine Records", "org")),
    ("rules_other", span("Red Dead Redemption 2", "Red Dead Redemption", "other")),
    ("given_name_opens", span("Fiona Hill spoke.", "Fiona Hill")),
    ("surname_alone_elsewhere", span("Fiona Hill spoke.", "Fiona Hill", alone={"hill"})),
    ("title_before", span("said adviser Fiona Hill.", "Fiona Hill")),
    ("title_before", span("Secretary Chad Wolf said", "Chad Wolf", title="Secretary")),
    ("speaks_after", span("Kanye West said on Friday.", "Kanye West")),
    ("age_or_role_after", span("Chad Wolf, 44, spoke.", "Chad Wolf")),
    ("person_verb_after", span("Shaq Vann rushed for 101 yards.", "Shaq Vann")),
    ("age_or_role_after", span("said Pankaj Pandey, the head of research.", "Pankaj Pandey")),
    ("place_preposition_before", span("He lives in West Virginia.", "West Virginia")),
    ("all_place_words", span("He lives in South Korea.", "South Korea")),
    (
        "organisation_word_inside",
        span("said Kotak Institutional Equities", "Kotak Institutional Equities"),
    ),
    ("work_noun_before", span("the film Mary Poppins Returns opened", "Mary Poppins Returns")),
    ("common_word_opens", span("Big Machine said", "Big Machine")),
    ("place_after_comma", span("in Hill Valley, Ohio, where", "Hill Valley")),
    ("character_before", span("at the character Tasha Yar's station", "Tasha Yar")),
    ("thing_noun_after", span("NASA's James Webb space telescope", "James Webb")),
    ("known_surname_closes", span("Xiaogang Wei of the institute", "Xiaogang Wei")),
    ("people_of_place_name", span("Many Hong Kongers said", "Hong Kongers")),
    ("title_before", span("hosted by media mogul, Debola Lagos.", "Debola Lagos")),
    (
        "affiliation_after",
        span("Wray Grimaldi of the University of Otago said", "Wray Grimaldi"),
    ),
    ("person_phrase_before", span("went by the name “Zaim Farouq”", "Zaim Farouq")),
    ("work_noun_closes", span("the next Rocky Horror Picture Show", "Rocky Horror Picture Show")),
    ("actor_in_brackets_after", span("Dave Skylark (James Franco), a host", "Dave Skylark")),
    ("area_noun_after", span("The Sandy Point area has", "Sandy Point")),
    ("handle_after", span("— Jackzelia Banks (@JackieRue) December 22", "Jackzelia Banks")),
    ("based_after", span("the Ann Arbor-based Center", "Ann Arbor")),
    ("place_word_opens", span("the Court of Appeal in Santa Ana found", "Santa Ana")),
    ("credit_line_before", span("Albert Dotson Jr., partner, Bilzin Sumberg", "Bilzin Sumberg")),
    ("known_firm_name", span("Wells Fargo said", "Wells Fargo", "person")),
    ("known_place_name", span("from Sierra Leone", "Sierra Leone", "person")),
    ("surname_repeated_alone", span("Ego Ferguson fell.", "Ego Ferguson", bare={"ferguson"})),
    ("age_or_role_after", span("and Veranika Tsapkala, wife of Valery", "Veranika Tsapkala")),
    ("age_or_role_after", span("assaulted Neka Dorokashvili, his ex-wife.", "Neka Dorokashvili")),
    ("person_phrase_before", span("mother, the late Shyamala Gopalan, and", "Shyamala Gopalan")),
    ("work_apposition_after", span("saw Mad Max, one of the best films of 2015", "Mad Max")),
    ("rare_given_name_opens", span("Officers shot Keyosha Jackson twice.", "Keyosha Jackson")),
    ("work_apposition_after", span("loved Lover, her seventh album.", "Lover")),
    ("home_place_after", span("Pramila Jayapal of Washington and", "Pramila Jayapal")),
    ("home_place_after", span("Bob Casey of Pennsylvania said", "Bob Casey")),
    ("place_given_name_and_surname", span("Chad Thomas has filled in", "Chad Thomas", "place")),
    ("named_after_head", span("The Paul Hastings law firm said", "Paul Hastings", "person")),
    ("named_after_head", span("to the Anna Lindh memorial fund", "Anna Lindh", "person")),
    ("named_after_head", span("the Barbra Streisand effect.", "Barbra Streisand", "person")),
    ("named_after_head", span("The Elizabeth Line opened", "Elizabeth Line", "person")),
    ("vessel_verb_after", span("the Costa Concordia capsized", "Costa Concordia")),
    (
        "place_given_name_and_surname",
        span("Grace Mugabe was unpopular", "Grace Mugabe", bare={"mugabe"}),
    ),
    # people10 (2026-12-02)
    ("relative_who_after", span("for Viktar Babaryka, who was arrested", "Viktar Babaryka")),
    ("relative_who_after", span("Ama Osei, whose son died", "Ama Osei")),
    ("one_of_roles_after", span("Simu Liu, one of the series leads, is", "Simu Liu")),
    ("one_of_roles_after", span("Ama Osei, one of the firm's founders", "Ama Osei")),
    ("rule_of_before", span("the regime of Abdrabbuh Mansur Hadi.", "Abdrabbuh Mansur Hadi")),
    ("rule_of_before", span("during the presidency of Ama Osei", "Ama Osei")),
    (
        "work_apposition_before",
        span("her 1956 autobiography, Lady Sings the Blues, which", "Lady Sings"),
    ),
    ("work_apposition_before", span("his new album, Ama Osei, is out", "Ama Osei")),
    ("place_noun_of_before", span("the states of Mato Grosso and Paraná", "Mato Grosso")),
    ("place_noun_of_before", span("the island of Rapa Nui", "Rapa Nui")),
    ("trademark_after", span("a jar of Don Victor® Honey", "Don Victor")),
    ("person_passive_after", span("Xolani Mkhize was arrested on Monday", "Xolani Mkhize")),
    ("person_passive_after", span("Ama Osei has been sentenced", "Ama Osei")),
    ("person_passive_after", span("Ama Osei was sworn in", "Ama Osei")),
    ("role_of_named_after", span("Morning Joe host Joe Scarborough", "Morning Joe")),
    (
        "role_of_named_after",
        span("and Grateful Dead drummer Mickey Hart.", "Grateful Dead", "person"),
    ),
]


@pytest.mark.parametrize(("name", "s"), FIRES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(FIRES)])
def test_feature_fires_on_its_example(name: str, s: ek.Span) -> None:
    assert name in ek.fired(s)


@pytest.mark.parametrize(
    ("name", "s"),
    [
        ("speaks_after", span("the Echo Show, said Dave Limp.", "Echo Show")),
        ("given_name_opens", span("Big Machine said", "Big Machine")),
        ("person_verb_after", span("Shaq Vann ran for 101 yards.", "Shaq Vann")),
        ("all_place_words", span("Fiona Hill spoke.", "Fiona Hill")),
        ("place_preposition_before", span("said Fiona Hill.", "Fiona Hill")),
        ("character_before", span("his role as Jackie Robinson in 42", "Jackie Robinson")),
        ("thing_noun_after", span("the Hazel Hen team said", "Hazel Hen")),
        # A noun of what the person has or does, a verb, no article, or a surname that is
        # an organisation word: the name is the person's.
        ("named_after_head", span("The Bernie Sanders campaign office", "Bernie Sanders")),
        ("named_after_head", span("the Jane Doe founded school", "Jane Doe")),
        ("named_after_head", span("Did Joe Biden act?", "Joe Biden")),
        ("named_after_head", span("the Arsenio Hall", "Arsenio Hall")),
        ("named_after_head", span("a Jimmy Buffett fan", "Jimmy Buffett")),
        ("vessel_verb_after", span("Jane Doe sailed to Dover", "Jane Doe")),
        # A common word or a place opens the run.
        ("known_surname_closes", span("the Big Liu fans", "Big Liu")),
        ("known_surname_closes", span("in Canada Wei", "Canada Wei")),
        ("people_of_place_name", span("Hong Chau said", "Hong Chau")),
        # After a comma only a name of uncommon words: a department follows a title.
        ("title_before", span("vice president, Nissan Sales", "Nissan Sales")),
        (
            "affiliation_after",
            span("the Due Process Clause of the Constitution", "Due Process Clause"),
        ),
        ("person_phrase_before", span("a robot named “Better Idea”", "Better Idea")),
        ("work_noun_closes", span("Kelly Song said", "Kelly Song")),
        ("actor_in_brackets_after", span("Dave Skylark (the host) said", "Dave Skylark")),
        ("area_noun_after", span("Sandy Point arenas", "Sandy Point")),
        ("handle_after", span("Jackzelia Banks (@ home)", "Jackzelia Banks")),
        ("based_after", span("the Scooter Braun-owned label", "Scooter Braun")),
        ("place_word_opens", span("Sandy Point said", "Sandy Point")),
        ("credit_line_before", span("her adviser, Fiona Hill, said", "Fiona Hill")),
        ("known_firm_name", span("Wells Jones said", "Wells Jones")),
        ("known_place_name", span("Sierra Jones said", "Sierra Jones")),
        ("home_place_after", span("Jane Doe of Washington Post fame", "Jane Doe")),
        ("place_given_name_and_surname", span("in the Jordan Valley", "Jordan Valley")),
        (
            "place_given_name_and_surname",
            span("Grace Mugabe", "Grace Mugabe", bare={"grace", "mugabe"}),
        ),
        ("work_apposition_after", span("Jane Doe, the film's director, spoke", "Jane Doe")),
        ("work_apposition_after", span("Simu Liu, one of the series leads, is", "Simu Liu")),
        # An article before, here or elsewhere, or a name twice, is no person's name.
        ("rare_given_name_opens", span("separated by the Keyosha Jackson", "Keyosha Jackson")),
        ("rare_given_name_opens", span("Keyosha Jackson. The Keyosha Jackson", "Keyosha Jackson")),
        ("rare_given_name_opens", span("Keyosha Keyosha said", "Keyosha Keyosha")),
        # A kin noun that goes on into a longer word, or a possessive of no kin noun.
        ("age_or_role_after", span("Ithaca Holdings, her son-in-law's firm", "Ithaca Holdings")),
        ("age_or_role_after", span("Ithaca Holdings, his former employer", "Ithaca Holdings")),
        # An organisation is named after by its first word; a people, a place or a team's
        # plural are no surnames.
        (
            "surname_repeated_alone",
            span("Goldman Sachs", "Goldman Sachs", bare={"goldman", "sachs"}),
        ),
        ("surname_repeated_alone", span("Roman Catholic", "Roman Catholic", bare={"catholic"})),
        (
            "surname_repeated_alone",
            span("Sacramento Kings", "Sacramento Kings", bare={"kings"}),
        ),
        # people10 (2026-12-02)
        # A team, a place or a tribe takes "who" too; so does no name in a restrictive clause.
        ("relative_who_after", span("the Chicago White Sox, who", "Chicago White Sox")),
        ("relative_who_after", span("the Eastern Shoshone Tribe, who", "Shoshone Tribe")),
        ("relative_who_after", span("Ama Osei who came", "Ama Osei")),
        ("one_of_roles_after", span("Mad Max, one of the best films", "Mad Max")),
        ("rule_of_before", span("the government of Ama Osei", "Ama Osei")),
        ("rule_of_before", span("the regime of South Sudan", "South Sudan")),
        # A prepositional phrase opens the clause, or no apposition closes after the name.
        ("work_apposition_before", span("In his book, Michael Wolff, a writer", "Michael Wolff")),
        ("work_apposition_before", span("He read the book, Michael Wolff said.", "Michael Wolff")),
        ("place_noun_of_before", span("the mayor of Ama Osei", "Ama Osei")),
        ("trademark_after", span("Ama Osei said", "Ama Osei")),
        # A firm is charged or fined; a place word in the run tells of no person.
        ("person_passive_after", span("Ama Osei was charged", "Ama Osei")),
        ("person_passive_after", span("New Osei was arrested", "New Osei")),
        # A person's name before a role, or no name after it.
        ("role_of_named_after", span("Barack Obama adviser David Axelrod", "Barack Obama")),
        ("role_of_named_after", span("Tiziano Lugli and actor Jason Beghe", "Tiziano Lugli")),
        ("role_of_named_after", span("Grateful Dead drummer said", "Grateful Dead")),
    ],
)
def test_feature_stays_silent_without_its_sign(name: str, s: ek.Span) -> None:
    assert name not in ek.fired(s)


def test_every_feature_has_a_docstring_with_an_example_and_a_weight() -> None:
    weighed = set(ek.weights())
    for name, fn in ek.FEATURES.items():
        assert fn.__doc__ and ('"' in fn.__doc__), name
        assert name in weighed, name


def test_the_rules_kind_wins_a_tie() -> None:
    s = span("the Echo Dot is", "Echo Dot", "other")
    assert ek.decide(s)[0] == "other"


def people(text: str) -> list[str]:
    return [p.name for p in analyze(text).people]


def test_a_person_with_a_place_word_surname() -> None:
    assert people('"I am running," Kanye West said on Friday.') == ["Kanye West"]


def test_a_name_whose_surname_recurs_alone_is_a_person() -> None:
    text = (
        "The fine came a week after a player stamped on Chicago's Ego Ferguson. The hit "
        "forced Ferguson from the game."
    )
    assert people(text) == ["Ego Ferguson"]


def test_a_rarer_us_given_name_and_a_known_surname_are_a_person() -> None:
    assert people("Officers shot Keyosha Jackson twice in the back.") == ["Keyosha Jackson"]


def test_a_work_called_one_in_an_apposition_is_no_person() -> None:
    assert people("We saw Mad Max, one of the best films of the decade. Max was great.") == []


def test_a_work_title_after_its_noun_is_no_person() -> None:
    text = 'The film Mary Poppins Returns opened. "I loved it," said Emily Blunt.'
    assert people(text) == ["Emily Blunt"]


def test_a_common_word_opening_a_speaking_name_makes_an_organisation() -> None:
    a = analyze('"We did not sell," Big Machine said in a statement.')
    assert [p.name for p in a.people] == []
    assert a.quotes[0].speaker == "Big Machine"


def test_an_office_with_of_before_a_name_is_a_title() -> None:
    a = analyze('Secretary of State Mike Pompeo said: "We are watching."')
    assert [p.name for p in a.people] == ["Mike Pompeo"]
    assert a.quotes[0].speaker == "Mike Pompeo"


def test_a_role_noun_before_a_given_name_and_surname_is_a_title() -> None:
    a = analyze('"It is over," said National Security Adviser John Bolton.')
    assert a.quotes[0].speaker == "John Bolton"


def test_international_given_names() -> None:
    text = "Pankaj Pandey met Sajid Javid and Anas Haqqani in the city of Delhi."
    assert people(text) == ["Pankaj Pandey", "Sajid Javid", "Anas Haqqani"]


def test_an_organisation_stays_one_whatever_the_person_evidence() -> None:
    text = 'said Eugene Volokh of UCLA School of Law. "No," Volokh said.'
    assert "Eugene Volokh of UCLA School of Law" not in people(text)


def test_affiliation_and_person_phrases_fire() -> None:
    s = span("Xiaogang Wei of the Beijing Gender Health Centre said", "Xiaogang Wei")
    assert "affiliation_after" in ek.fired(s)
    s = span("was 40-year-old Skandaraj Navaratnam, a former", "Skandaraj Navaratnam")
    assert "person_phrase_before" in ek.fired(s)


def test_a_person_phrase_makes_a_person_of_an_unknown_given_name() -> None:
    text = "The first victim was 40-year-old Skandaraj Navaratnam. The deceased seaman was "
    text += "identified as Jaypee Galicha by the Coast Guard."
    assert people(text) == ["Skandaraj Navaratnam", "Jaypee Galicha"]


def test_initials_inside_a_name_are_not_the_words_a_and_i() -> None:
    assert people("Wayne A. I. Frederick, president of Howard University, spoke.") == [
        "Wayne A. I. Frederick"
    ]


def test_a_place_named_like_a_saint_or_a_fort_is_no_person() -> None:
    text = (
        "The program runs in Austin, San Diego, Santa Monica and Fort Myers. "
        "The court in Santa Ana ruled."
    )
    assert people(text) == []


def test_a_firm_in_a_credit_line_after_a_name_and_role_is_no_person() -> None:
    assert people("Albert E. Dotson Jr., partner, Bilzin Sumberg") == ["Albert E. Dotson Jr."]


def test_a_firm_named_like_a_person_is_no_person() -> None:
    text = '"We expect growth," Wells Fargo said. Morgan Stanley said profits rose.'
    text += " A tunnel runs under the Chase Manhattan headquarters at 28 Liberty Street."
    assert people(text) == []


def test_a_place_named_like_a_person_is_no_person() -> None:
    text = "She flew home from Sierra Leone. I work in Coral Gables and Ann Arbor."
    assert people(text) == []


def _with_lower_words(s: ek.Span) -> ek.Span:
    return dataclasses.replace(s, lower_words=EntityFinder._lower_words(s.text))


def test_common_noun_closing_a_name_written_in_lower_case_elsewhere() -> None:
    fires = span("The Jerry World stadium is a world apart.", "Jerry World", "person")
    assert ek.common_noun_closes(_with_lower_words(fires))
    # A listed surname, a short word, or a word also written alone like a surname stays.
    for s in (
        span("Theresa May said she may go.", "Theresa May", "person"),
        span("Liu He met he who came.", "Liu He", "person"),
        span("Mike Minor pitched; the minor leaguers", "Mike Minor", "person", bare={"minor"}),
    ):
        assert not ek.common_noun_closes(_with_lower_words(s))


# --- people10 (2026-12-02): grammar that says what a plain name is ------------------------


def test_a_relative_who_or_a_one_of_apposition_makes_a_person() -> None:
    text = "Maria Kalesnikava spoke for Viktar Babaryka, who was arrested."
    assert people(text) == ["Maria Kalesnikava", "Viktar Babaryka"]
    text = "The show is set in a store. Simu Liu, one of the series leads, is to play the son."
    assert people(text) == ["Simu Liu"]


def test_a_regime_of_a_plain_name_names_a_person() -> None:
    text = "Saudi Arabia started supporting the regime of Abdrabbuh Mansur Hadi in 2015."
    assert people(text) == ["Abdrabbuh Mansur Hadi"]


def test_a_title_in_apposition_to_a_work_noun_is_no_person() -> None:
    text = (
        "Asked about her 1956 autobiography, Lady Sings the Blues, which was credited to her "
        "and William Dufty, Holiday said nothing."
    )
    assert people(text) == ["William Dufty"]


def test_a_place_after_a_place_noun_and_of_is_no_person() -> None:
    text = "Parts of the Brazilian states of Mato Grosso and Paraná were blanketed by smoke."
    assert people(text) == []


def test_a_name_with_a_trademark_sign_is_a_brand() -> None:
    assert people("Add a jar of Don Victor® Honey, or about a cup and a half.") == []


def test_kin_after_asks_a_plain_name_or_a_given_name_first() -> None:
    assert "kin_after" in ek.fired(span("Fiona Hill's husband said", "Fiona Hill", "place"))
    for s in (
        span("Air France's sister airline", "Air France", "org"),
        span("Royal Caribbean's sister vessel", "Royal Caribbean"),
    ):
        assert "kin_after" not in ek.fired(s)


def test_a_surname_after_mr_or_dr_elsewhere_makes_the_full_name_a_person() -> None:
    # Article-level evidence: the surname is used as a person's after an honorific.
    assert people("Xolani Mkhize opened the meeting. Mr Mkhize later left.") == ["Xolani Mkhize"]
    assert people("Tupac Okoro opened the clinic. Dr. Okoro's wife left.") == ["Tupac Okoro"]


def test_a_body_before_a_role_and_a_name_is_no_person() -> None:
    text = "Guests included designer Tim Gunn and Grateful Dead drummer Mickey Hart."
    assert people(text) == ["Tim Gunn", "Mickey Hart"]


def test_a_passive_only_a_person_undergoes_makes_a_person() -> None:
    assert people("Xolani Mkhize was arrested on Monday.") == ["Xolani Mkhize"]


def test_a_surname_used_alone_as_a_persons_twice_is_a_person() -> None:
    # Article-level: no full name, but the listed surname speaks and takes an age.
    assert people("“We will go,” Mkhize said. Mkhize, 45, was later released.") == ["Mkhize"]
    # Once is not enough; a firm named like a surname stays one.
    assert people("“We will go,” Mkhize said.") == []
    assert people("“We will go,” Ford said. “We stay,” Ford said.") == []
