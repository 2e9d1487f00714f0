"""Speakers through the public API: cues before and after, appositions, pronouns, orgs."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def speakers(text: str) -> list[str | None]:
    result = analyze(text)
    for q in result.quotes:
        if q.speaker_start is not None:
            assert q.speaker_end is not None and q.speaker_start < q.speaker_end
    return [q.speaker for q in result.quotes]


@pytest.mark.parametrize(
    "cue", ["said", "says", "told reporters", "added", "warned", "insisted", "wrote", "stated"]
)
def test_cue_after_the_quote_in_any_tense(cue: str) -> None:
    text = f"Maria Lopez chairs the board.\n\n“We will not accept any truce,” Maria Lopez {cue}."
    assert speakers(text) == ["Maria Lopez"]


def test_cue_before_the_quote_name_after_cue() -> None:
    text = '"The goal remains a ceasefire," said Scott Strenfel, the company meteorologist.'
    assert speakers(text) == ["Scott Strenfel"]


def test_cue_before_the_opening_mark() -> None:
    text = "Dmitry Peskov told journalists: “This issue is still on the agenda.”"
    assert speakers(text) == ["Dmitry Peskov"]


def test_apposition_between_name_and_cue() -> None:
    text = '"We will not accept any truce," Fares Shehabi, an MP for Aleppo, told dpa.'
    result = analyze(text)
    q = result.quotes[0]
    assert (q.speaker, q.cue) == ("Fares Shehabi", "told")
    assert text[q.speaker_start : q.speaker_end] == "Fares Shehabi"


def test_pronoun_resolves_to_the_named_antecedent() -> None:
    text = (
        "Russian presidential spokesman Dmitry Peskov spoke on Monday.\n\n"
        "“Contacts still continue,” he said."
    )
    result = analyze(text)
    q = result.quotes[0]
    assert q.speaker == "Dmitry Peskov"
    assert text[q.speaker_start : q.speaker_end] == "Dmitry Peskov"


def test_she_skips_a_nearer_man() -> None:
    text = (
        "Maria Zakharova spoke after John Kerry arrived.\n\n"
        "“We have always spoken about it,” she said."
    )
    assert speakers(text) == ["Maria Zakharova"]


def test_role_noun_resolves_to_the_person() -> None:
    text = (
        "Foreign Ministry spokesman Ivan Petrov met reporters.\n\n"
        "“The talks go on,” the spokesman said."
    )
    assert speakers(text) == ["Ivan Petrov"]


def test_organisation_and_its_document_speak() -> None:
    text = (
        "The Russian Reconciliation Center in Syria issued a statement.\n\n"
        "The army now “controls 50 neighborhoods in the east,” the Reconciliation Center’s "
        "statement reads."
    )
    assert speakers(text) == ["Russian Reconciliation Center"]


def test_according_to_names_the_source() -> None:
    text = "The truce is “needed to evacuate the wounded,” according to Ahmed Hassan."
    assert speakers(text) == ["Ahmed Hassan"]


def test_following_quote_in_the_paragraph_keeps_its_speaker() -> None:
    text = (
        "Russia “still maintains contacts with the opposition,” Foreign Ministry spokeswoman "
        "Maria Zakharova told journalists, stressing that Russia “has never concealed this fact.”"
    )
    assert speakers(text) == ["Maria Zakharova", "Maria Zakharova"]


def test_interrupted_quote_halves_share_the_speaker() -> None:
    text = '"We will go," Lionel Adams said, "and we will stay."'
    assert speakers(text) == ["Lionel Adams", "Lionel Adams"]


def test_unnamed_single_source_is_null() -> None:
    text = '"Scooter is frustrated," an insider told the outlet on Monday.'
    assert speakers(text) == [None]


def test_named_group_speaks_under_the_articles_words() -> None:
    text = (
        '"The most urgent goal remains a ceasefire," said the leaders of Germany, France and '
        "Italy in a statement."
    )
    assert speakers(text) == ["leaders of Germany, France and Italy"]


def test_acronym_speaks_as_the_organisation() -> None:
    text = (
        "The Drug Enforcement Administration published a report.\n\n"
        "The DEA says Mexico “remains the main source of heroin.”"
    )
    assert speakers(text) == ["Drug Enforcement Administration"]


def test_quote_paragraph_after_an_attributed_one_continues_the_speaker() -> None:
    text = (
        '"This is a stock that had been getting clobbered," Matt Maley said on Monday.\n\n'
        '"A little more risk but more reward," he said.\n\n'
        '"It always gives you a little more upside."'
    )
    assert speakers(text) == ["Matt Maley", "Matt Maley", "Matt Maley"]


def test_country_speaks_when_it_is_the_subject_of_the_cue() -> None:
    text = (
        "The UK has urged an “end to the violence on all sides.” "
        "China said it wants “one country, two systems” kept."
    )
    assert speakers(text) == ["UK", "China"]


def test_any_past_tense_verb_right_after_the_name_is_a_cue() -> None:
    text = "“My people had $20 billion done,” Mr. Trump recounted in an Oct. 21 meeting."
    assert speakers(text) == ["Trump"]


def test_abbreviations_do_not_end_the_attribution() -> None:
    text = "Donald Trump spoke.\n\n“We are taking in billions,” Mr. Trump said on Nov. 8."
    assert speakers(text) == ["Donald Trump"]


def test_pronoun_chain_passes_over_a_sentence_led_by_the_same_pronoun() -> None:
    text = (
        "Prince Andrew Windsor met Jeffrey Epstein in 2010.\n\n"
        "During the visit, he was photographed with Epstein in the park.\n\n"
        "He told the interviewer: “I took the judgement call to go and see him.”"
    )
    assert speakers(text) == ["Andrew Windsor"]


def test_hyphenated_given_name_with_lower_case_part() -> None:
    text = "Cheuk Hau-yip, the commander of the district, said: “These rioters are criminals.”"
    assert speakers(text) == ["Cheuk Hau-yip"]


def test_age_noun_subject_is_the_person_last_named() -> None:
    text = (
        "Tottenham appointed Jose Mourinho on Wednesday.\n\n"
        "The 56-year-old said after his appointment: “I am excited to be joining a club.”"
    )
    assert speakers(text) == ["Jose Mourinho"]


def test_bare_name_that_speaks_is_the_speaker() -> None:
    text = "Tottenham said in a statement: “Jose is one of the most accomplished managers.”"
    assert speakers(text) == ["Tottenham"]


def test_long_apposition_between_quote_and_cue() -> None:
    text = (
        '"Liquid water is somewhat hard to find beyond Earth," study lead author Lucas '
        "Paganini, a planetary scientist at NASA's Goddard Space Flight Center in Greenbelt, "
        "Maryland, and American University in Washington, D.C., said in a statement."
    )
    assert speakers(text) == ["Lucas Paganini"]


def test_cue_without_a_speaker_looks_on_to_the_next_cue() -> None:
    text = (
        '"The president wants a bigger deal with China," announced in October, said Derek '
        "Scissors, a China scholar."
    )
    assert speakers(text) == ["Derek Scissors"]


def test_dash_attribution_after_the_quote() -> None:
    text = "Maria Lopez ran the team for years.\n\n“We never gave up on this city.” — Maria Lopez"
    assert speakers(text) == ["Maria Lopez"]


def test_unnamed_spokesperson_speaks_as_the_organisation() -> None:
    text = (
        "Pacific Gas & Electric Co. cut power on Wednesday.\n\n"
        "“We will restore it soon,” a spokesman for the company said."
    )
    assert speakers(text) == ["Pacific Gas & Electric Co."]


def test_quote_running_over_paragraphs_takes_the_closing_attribution() -> None:
    text = (
        "Smith spoke on Monday.\n\n"
        "“We are done with this place.\n\n"
        "“And we will leave it soon,” Mary Jones said."
    )
    assert speakers(text) == ["Mary Jones", "Mary Jones"]


def test_name_after_a_relative_what_is_not_governed_by_the_preposition() -> None:
    text = (
        "Daniel Moreau was cut. He went out in what coach Peter Hallam called "
        "“the toughest call of the year.” The team left."
    )
    assert speakers(text) == ["Peter Hallam"]


def test_role_with_a_quoted_title_and_gender() -> None:
    text = (
        "Daniel Moreau spoke of his wife, Melissa. Later Melissa was happy.\n\n"
        '"It was a gift," the "Harbor Lights" actor said on air.'
    )
    assert speakers(text) == ["Daniel Moreau"]


def test_unnamed_expert_stays_unnamed() -> None:
    text = (
        "Lord Peter Hallam was questioned.\n\n"
        "“He has no immunity at all,” said one legal expert.\n\n"
        "“He is vulnerable to extradition,” the expert warned."
    )
    assert speakers(text) == [None, None]


def test_name_in_an_apposition_is_not_the_subject() -> None:
    text = (
        "Prince Edmund, the younger brother of the heir, Frederick, has told friends the talk "
        "was a “great success”."
    )
    assert speakers(text) == ["Edmund"]


def test_possessive_role_named_later_by_the_same_phrase() -> None:
    text = (
        "Norway’s envoy to Chile warned that the government “will not stand aside” now.\n\n"
        "Norway’s envoy to Chile Ola Brekke has said more."
    )
    assert speakers(text) == ["Ola Brekke"]


def test_pronoun_skips_a_possessive_or_prepositional_mention() -> None:
    text = (
        "Edmund Ray met Jeffrey Marsh in 2010. Ray claims that he went to end it. The trip "
        "took three days at Marsh’s mansion.\n\n"
        "He later told the interviewer: “I had to go and see him.”"
    )
    assert speakers(text) == ["Edmund Ray"]


def test_study_by_an_organisation_after_an_aside() -> None:
    text = (
        "Costs rose.\n\nAs we’ve noted, a 2019 study by the Institute for Trade Analysis, a "
        'Paris think tank, concluded that "the full cost falls on consumers at home."'
    )
    assert speakers(text) == ["Institute for Trade Analysis"]


def test_name_after_a_closed_prepositional_phrase_is_a_subject() -> None:
    text = (
        "Phil Barker spoke first.\n\nIn a letter in May, Ziggy Dorn, the head of the Farm "
        "Council, said farmers were hurting. He urged a deal, saying “time is running out.”"
    )
    assert speakers(text) == ["Ziggy Dorn"]


def test_unpunctuated_quote_running_into_its_sentence_takes_the_later_cue() -> None:
    text = (
        "Ann Hale wrote back.\n\nJane Orr knew them.\n\n"
        "“The thing with Ann bothered” the family, Orr said."
    )
    assert speakers(text) == ["Jane Orr"]


def test_pronoun_antecedent_right_after_a_closed_quote() -> None:
    text = (
        "Rep. Sam Okoro and astronaut Tom Dwyer spoke. Okoro asked first.\n\n"
        "“You need a big rocket to get there,” Dwyer said of the Moon.\n\n"
        "“It is not used as designed,” he continued."
    )
    assert speakers(text) == ["Tom Dwyer", "Tom Dwyer"]


def test_unpunctuated_quote_then_a_verb_then_said_and_the_name() -> None:
    text = (
        "Talks went on.\n\n"
        '"The president wants the option of a bigger deal" announced in May, said Dora Kim, '
        "a scholar at a think tank."
    )
    assert speakers(text) == ["Dora Kim"]


def test_an_organisations_office_speaks_under_its_full_name() -> None:
    text = (
        "Budgets slipped.\n\nLast week the EPA’s Office of the Inspector General released a "
        "report that described “serious delays and rising costs”."
    )
    assert speakers(text) == ["EPA’s Office of the Inspector General"]


@pytest.mark.parametrize(
    ("subject", "expected"),
    [("officers announced", "officers"), ("police said", "police"), ("sources said", None)],
)
def test_bare_plural_group_after_the_quote_speaks_as_written(
    subject: str, expected: str | None
) -> None:
    text = f'The door gave way.\n\n"We got her, we got her!" {subject} on the radio.'
    assert speakers(text) == [expected]


def test_name_starting_with_a_pronoun_word_is_a_name_not_a_pronoun() -> None:
    text = 'Professor He Jianxiong of the university said: "The data is clear."'
    assert speakers(text) == ["He Jianxiong"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('Officials at the agency said they were "working around the clock".', "Officials"),
        ('Federal prosecutors said he was "a danger to the community".', "Federal prosecutors"),
        ('Prices rose after analysts said it was "a bad year for all".', None),
    ],
)
def test_sentence_initial_plural_group_before_its_cue_speaks(
    sentence: str, expected: str | None
) -> None:
    assert speakers(sentence) == [expected]


@pytest.mark.parametrize(
    ("narration", "expected"),
    [
        ("The town lost 40 homes in the flood.", "Maria Lopez"),
        ("Tom Reed lost his home.", "Tom Reed"),
    ],
)
def test_cueless_full_quote_after_narration_keeps_the_previous_speaker(
    narration: str, expected: str
) -> None:
    text = (
        '"We will rebuild," said Maria Lopez, the mayor.\n\n'
        f'{narration} "It will take many years to rebuild everything."'
    )
    assert speakers(text) == ["Maria Lopez", expected]


def test_role_description_subject_carries_the_chain_to_an_age_noun() -> None:
    text = (
        "Jose Mourinho replaces Mauricio Pochettino.\n\n"
        "Pochettino was sacked last night.\n\n"
        "Talks with Mourinho's agents went on into the night.\n\n"
        "The Portuguese boss had been out of work since 2018.\n\n"
        'The 56-year-old said: "I am excited to be joining this club."'
    )
    assert speakers(text) == ["Jose Mourinho"]


def test_pronoun_spelt_surname_with_a_role_apposition_speaks_after_the_quote() -> None:
    text = (
        "“Without rolling back the tariffs, it is hard,” He Jianxiong, the former "
        "executive director at the International Monetary Fund, said."
    )
    assert speakers(text) == ["He Jianxiong"]


def test_sentence_initial_unnamed_sources_stay_null() -> None:
    assert speakers('Sources said the deal was "all but done".') == [None]


def test_comma_ended_quote_with_an_unread_attribution_is_no_continuation() -> None:
    text = (
        '"We will rebuild," said Maria Lopez, the mayor.\n\n'
        'An accordion plays behind the singer. "Had to find my own way, make my own '
        'mistakes," she croons.'
    )
    assert speakers(text) == ["Maria Lopez", None]


def test_pronoun_goes_to_the_last_person_reported_speaking_in_the_sentence_before() -> None:
    text = (
        'President Andrzej Duda said the victims were "joyful girls" while Interior Minister '
        "Joachim Brudziński wrote he had ordered checks. He tweeted, "
        '"I want to express my sympathy to the families."'
    )
    assert speakers(text)[-1] == "Joachim Brudziński"


def test_pronoun_after_a_meeting_goes_to_the_subject_not_the_object() -> None:
    text = 'Bill Clinton met Joe Biden on Friday. "It was a good meeting," he said.'
    assert speakers(text) == ["Bill Clinton"]


@pytest.mark.parametrize(
    "text",
    [
        'John Smith runs the hospital. A doctor on the scene told the BBC: "Five are dead."',
        'Mayor Jane Doe spoke. One resident said: "We are scared."',
    ],
)
def test_an_unnamed_single_person_opening_the_sentence_is_null(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        'Paul Ryan spoke. "We have no comment," Ryan\'s spokeswoman, AshLee Strong, said.',
        'Paul Ryan spoke. Ryan\'s spokeswoman, AshLee Strong, said: "No comment."',
        'Paul Ryan spoke. A spokeswoman for Ryan, AshLee Strong, said: "No comment."',
    ],
)
def test_the_named_holder_of_a_role_speaks_not_the_employer(text: str) -> None:
    assert speakers(text) == ["AshLee Strong"]


def test_an_outlet_at_the_end_is_the_source_when_the_sentence_names_the_speaker() -> None:
    text = 'Pelosi called it a "breach of his responsibilities," according to NBC.'
    text = "Nancy Pelosi spoke on Friday. " + text
    assert speakers(text) == ["Nancy Pelosi"]
    assert speakers('The rally was loud. "We will win," according to organiser Jane Doe.') == [
        "Jane Doe"
    ]


def test_an_acronym_written_before_its_full_name_names_the_organisation() -> None:
    text = (
        "Huber wrestled for AEW (All Elite Wrestling) until his death. "
        '"Huber was loved in every way," reads an AEW press release.'
    )
    assert speakers(text) == ["All Elite Wrestling"]


def test_explain_says_which_evidence_decided_each_speaker() -> None:
    text = 'Paul Ryan spoke. "We have no comment," Ryan\'s spokeswoman, AshLee Strong, said.'
    assert analyze(text).why == ()
    (why,) = analyze(text, explain=True).why
    assert why.quote == 0 and why.speaker == "AshLee Strong"
    assert why.evidence[:3] == (
        "step: a cue after the closing mark",
        "cue: said",
        "speaker kind: person",
    )


def test_explain_names_the_evidence_that_typed_the_speakers_name() -> None:
    (why,) = analyze('"I am running," Fiona Hill said.', explain=True).why
    assert why.evidence[-1] == (
        "name typed person by evidence: rules_place, given_name_opens, speaks_after"
    )


def test_a_document_named_by_another_noun_speaks_for_the_author_a_passive_names() -> None:
    text = (
        "The proposal, which envisages a truce, was presented by the Aleppo command center "
        "that represents the armed groups. Officials rejected it. "
        'The offer said the fate of the city would be discussed after the "crisis resolution."'
    )
    assert speakers(text) == ["Aleppo command center"]


def test_the_name_an_apposition_describes_speaks_not_the_name_inside_it() -> None:
    text = (
        "Howard Rubel, a Toronto lawyer representing Emily Spanton, told the BBC "
        '"My client is relieved."'
    )
    assert speakers(text) == ["Howard Rubel"]


def test_an_office_named_with_a_possessive_is_one_organisation() -> None:
    text = 'The Alachua Sheriff\'s Office tweeted the response "required all hands on deck."'
    assert speakers(text) == ["Alachua Sheriff's Office"]


def test_the_actress_is_one_person_not_a_group() -> None:
    text = (
        "Actress Denise Crosby is set to appear in the final season. The actress recalled "
        'her time on the show, when they were the "scrappy little stepchild of the lot."'
    )
    assert speakers(text) == ["Denise Crosby"]


def test_the_person_a_who_clause_hangs_on_speaks() -> None:
    text = (
        "Yesterday, the Parliament of New South Wales (NSW) voted to pass the bill. The NSW "
        "legislature in Sydney abolished the old rules.\n\nSince 1900, under the state's "
        "criminal code, abortions were only allowed if a doctor agreed. The bill was drafted "
        'by Alex Greenwich who said on the parliament floor, "It follows decades of work."'
    )
    assert speakers(text) == ["Alex Greenwich"]


def test_a_possessive_opening_the_sentence_is_what_a_later_pronoun_refers_to() -> None:
    text = (
        "Mark Smith hosted the panel. Actor Brendan Fraser's appearance came straight from "
        'filming. He quipped "I still have dust in my shoes."'
    )
    assert speakers(text) == ["Brendan Fraser"]


def test_a_cue_that_opens_the_next_quote_is_not_this_ones() -> None:
    text = (
        "Iran sought a notice for US president Donald Trump. At a press conference, US Special "
        'Representative for Iran Brian Hook said, "This is political." He added, "It is a '
        'propaganda stunt."'
    )
    assert speakers(text) == ["Brian Hook", "Brian Hook"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue straight after a closing mark with no punctuation inside it
        (
            "The benefits are many.\n\n“It has the potential to change their practice” says "
            "André Neu, Head of Platform Solutions for Ascom.",
            ["André Neu"],
        ),
        ('Macron spoke first.\n\n"We stand ready" tweeted Johnson "to help."', ["Johnson"] * 2),
        ("“It will change their practice” Maria Lopez said.", ["Maria Lopez"]),
        # a partial quote inside a sentence is not followed by its own cue
        ("Smith called it “a sham” said nothing new.", [None]),
    ],
)
def test_cue_after_an_unpunctuated_closing_mark(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bernie Sanders ended his bid. In a livestream, Sanders shared his reasoning, "
            'pointing out he had fewer delegates than Joe Biden, saying "the path toward '
            'victory is virtually impossible".',
            "Bernie Sanders",
        ),
        (
            "Joe Biden and Elizabeth Warren met. Biden praised Warren's endorsement on "
            'Twitter, stating he was "proud to have the fiercest of fighters" on his side.',
            "Joe Biden",
        ),
    ],
)
def test_participle_cue_speaks_for_the_sentence_subject(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_a_person_speaks_not_the_organisation_they_are_of() -> None:
    text = (
        "Nikki Holland of the UK's National Crime Agency (NCA) said, \"Dark web offenders "
        'cannot hide from law enforcement."'
    )
    assert speakers(text) == ["Nikki Holland"]


def test_the_source_after_according_to_is_what_a_later_he_refers_to() -> None:
    text = (
        "Mike Ryan praised Pierre Dupont. According to Dupont, many people "
        'do not seek treatment. "Now that patients come out cured," he told the press.'
    )
    assert speakers(text) == ["Pierre Dupont"]


def test_a_hyphenated_given_name_whose_parts_disagree_tells_no_gender() -> None:
    # Jean is listed as a woman's name, Jacques as a man's: "he" may still be Muyembe.
    text = 'Mary Smith spoke. Jean-Jacques Muyembe leads the team. "We will win," he said.'
    assert speakers(text) == ["Jean-Jacques Muyembe"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an editor's bracketed comma closes the quote like a comma
        (
            '"We are going to heal us[,]" Crystal Smith of the office told the crowd.',
            "Crystal Smith",
        ),
        # an unnamed spokesperson of a named organisation speaks as it (ANNOTATION.md)
        (
            'Its rules prohibit "any intervention of a political character," an Interpol '
            "spokesperson stated.",
            "Interpol",
        ),
        # a given name after a spelled age is a person
        (
            'Fourteen-year-old Zoe, on the top deck, said the roof fell in and "everyone '
            'started screaming".',
            "Zoe",
        ),
    ],
)
def test_bracketed_comma_known_agency_and_spelled_age(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_elaborated_is_a_speech_cue() -> None:
    text = (
        'Estimates vary. Saying "there are many abortions despite the threat", President '
        'Alberto Fernández elaborated, "A state must protect citizens."'
    )
    assert speakers(text) == ["Alberto Fernández"] * 2


def test_an_organisation_opening_the_sentence_speaks_through_a_participle() -> None:
    text = (
        "Taylor Swift sings. Big Machine Records has denied Swift’s claims, saying they were "
        "“shocking and false.”"
    )
    assert speakers(text) == ["Big Machine Records"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maria Lopez said the plan would fail and that the board had been warned.\n\n"
            "“We will not accept any of it. This is a disgrace.”",
            ["Maria Lopez"],
        ),
        (
            "US President Barack Obama tweeted using his account:\n\n"
            '"Cool clock, Ahmed. Want to bring it to the White House?"',
            ["Barack Obama"],
        ),
        # narration that reports no speech lends no speaker
        (
            "Maria Lopez chairs the board. Prices rose in May.\n\n“We will not accept any of it.”",
            [None],
        ),
    ],
)
def test_a_quote_only_paragraph_after_indirect_speech(
    text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected


# -- speaker error kinds of issue 11 --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'A Syrian doctor on the scene told the BBC: "The wounded keep coming and we have no beds."',
        'A Red Cross doctor told the BBC: "The wounded keep coming and we have no beds."',
        'One Aleppo resident said: "The wounded keep coming and we have no beds."',
    ],
)
def test_an_unnamed_person_with_a_capitalised_modifier_is_nobody(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        'Paul Ryan left. "We have no comment now," Ryan\'s spokeswoman AshLee Strong said.',
        'Paul Ryan left. "We have no comment now," Ryan spokeswoman AshLee Strong said.',
    ],
)
def test_a_role_right_before_a_name_makes_the_name_the_speaker(text: str) -> None:
    assert speakers(text) == ["AshLee Strong"]


def test_according_to_at_the_end_names_where_the_article_read_a_group_s_words() -> None:
    text = (
        "Maria Lopez spoke on Monday. Officials called the bridge "
        '"unsafe and in need of closure," according to the Denver Post.'
    )
    assert speakers(text) == ["Officials"]


@pytest.mark.parametrize("det", ["the", "a", "a 911"])
def test_speech_reported_inside_someone_elses_statement_belongs_to_the_inner_speaker(
    det: str,
) -> None:
    text = f'Prosecutor Anna Berg said {det} caller told police: "I saw him run out with a bag."'
    assert speakers(text) == [None]


def test_they_after_a_plural_subject_is_that_group() -> None:
    text = 'Protesters marched through Denver. "We want fair pay for all of us," they chanted.'
    assert speakers(text) == ["Protesters"]


def test_they_after_a_clause_opening_with_a_plural_is_not_that_clause() -> None:
    text = (
        "While previous helmets have included sound, this one has lights. "
        '"We use plants now," they said.'
    )
    assert speakers(text) == [None]


def test_they_goes_back_to_a_plural_subject_before_an_earlier_speaker() -> None:
    text = (
        '"We will arrest them," the Police Command said.\n\n'
        "The lawmakers, however, failed to answer. Instead, they are asking the court to "
        '"pay the applicants the sum of N500m only" in damages.'
    )
    assert speakers(text)[1] == "lawmakers"


def test_a_pronoun_and_its_verb_open_no_plural_subject() -> None:
    text = (
        "John Eastman does not judge Harris. He holds that if they were lawful residents at "
        'her birth she qualifies. If they were only "temporary visitors" on student visas, '
        "she does not."
    )
    assert "He holds" not in speakers(text)


def test_a_person_of_an_organisation_in_a_place_speaks_not_the_organisation() -> None:
    text = (
        "“Penguins are highly susceptible to infectious diseases,” Wray Grimaldi of the "
        "University of Otago in Dunedin, New Zealand, said to New Scientist."
    )
    assert speakers(text) == ["Wray Grimaldi"]


def test_according_to_a_report_from_an_organisation_is_that_organisation() -> None:
    text = (
        "The rise is likely, since “present emission trends put the world on a path toward” "
        "7.2 degrees Fahrenheit (4°C) warming by the end of the century, according to a 2014 "
        "report from the World Bank."
    )
    assert speakers(text) == ["World Bank"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "On Saturday morning, representatives from Iran acknowledged their government had "
            'shot down the jet, blaming "human error" and the fear of aggression.',
            "representatives from Iran",
        ),
        (
            'Members of the House of Commons protested by shouting "shame on you!" during '
            "the final session.",
            "Members of the House of Commons",
        ),
    ],
)
def test_a_plural_role_of_a_body_is_the_group_not_the_body(text: str, group: str) -> None:
    assert speakers(text) == [group]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("According to police and county officials", "police and county officials"),
        ("According to the Denver Post", "Denver Post"),
    ],
)
def test_according_to_opening_the_sentence_names_the_source_of_its_quotes(
    opening: str, speaker: str
) -> None:
    text = (
        "Maria Lopez pleaded not guilty on Tuesday. "
        f'{opening}, Maria Lopez was driving "erratically and across the center line" on '
        "the night of June 21."
    )
    assert speakers(text) == [speaker]


def test_a_quote_only_paragraph_goes_to_indirect_speech_earlier_in_the_paragraph_before() -> None:
    text = (
        "The show sold out in October.\n\n"
        "Chas Burns told the BBC that a phone call led to a blessing for the show. "
        "But don't worry, this isn't your typical boring musical.\n\n"
        "‘It's not a musical. I can't abide musicals.’"
    )
    assert speakers(text) == ["Chas Burns"]


def test_a_name_after_a_possessive_role_with_modifiers_speaks_not_the_possessor() -> None:
    text = (
        "Jon Huber died on Saturday. “Heartbroken and numb,” writes Huber's longtime tag team "
        "partner Erick Rowan on Instagram."
    )
    assert speakers(text) == ["Erick Rowan"]


def test_an_organisation_word_before_a_persons_role_is_no_speaker() -> None:
    text = (
        "Researchers at the College of Wooster reported a new mechanism.\n\n"
        "“Warm water is attacking the ice,” said study co-author Karen Alley. "
        "The Wooster professor added, “These effects matter.”"
    )
    assert speakers(text) == ["Karen Alley", "Karen Alley"]


def test_a_person_of_a_named_institute_commenting_before_a_colon_speaks() -> None:
    text = (
        "Xiaogang Wei of the Beijing Gender Health Education Institute commented on the "
        "Legislative Yuan's decision: “The Chinese government has pointed to tradition.”"
    )
    assert speakers(text) == ["Xiaogang Wei"]


def test_we_in_the_narration_is_the_outlet_itself_and_no_speaker() -> None:
    text = (
        "Google launched Stadia on Tuesday. We recently traveled to Google’s offices in "
        "London to try Stadia. We called it “an incredible feat when it decides to work.”"
    )
    assert speakers(text) == [None]


def test_a_quote_after_a_colon_in_narration_continues_the_previous_speaker() -> None:
    text = (
        "“I fought to get the full script,” Mary Steenburgen said.\n\n"
        "That process led to a realization: “It was a love song from Rose-Lynn to her mother.”"
    )
    assert speakers(text) == ["Mary Steenburgen", "Mary Steenburgen"]


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday, security minister Maria Lopez was stabbed. Lopez suffered "
        '"two deep wounds" in the attack according to a hospital spokesperson.',
        'Reports said both were showing "mild symptoms". The president left on Friday.',
        "A source within the central Interior Ministry reportedly said "
        '"I have been told not to make the death toll figures public."',
    ],
)
def test_an_unnamed_source_stays_nobody(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("which", "speaker"), [("latter", "Maria Lopez"), ("former", "John Smith")]
)
def test_the_latter_and_the_former_are_the_last_two_named(which: str, speaker: str) -> None:
    text = (
        "The plan was criticised by John Smith and Maria Lopez, with the "
        f'{which} confirming on Twitter they were "not traveling to the scene at this time."'
    )
    assert speakers(text) == [speaker]
    after = f'John Smith met Maria Lopez. "We will not go," the {which} said.'
    assert speakers(after) == [speaker]


def test_the_agent_of_a_passive_cue_speaks() -> None:
    text = (
        "Prime Minister Boris Johnson won the election. Its effects on the European Union "
        'were described by Johnson as a "historic mandate", as he intends to leave.'
    )
    assert speakers(text) == ["Boris Johnson"]


def test_a_cue_in_a_new_clause_after_a_partial_quote_is_not_its_cue() -> None:
    text = (
        "Democrat Chuck Schumer, the Senate minority leader, told MSNBC Cummings "
        '"was a great man," while Republican '
        'President Donald Trump noted his "strength, passion and wisdom" on Twitter.'
    )
    assert speakers(text) == ["Chuck Schumer", "Donald Trump"]


def test_he_after_according_to_a_titled_name_is_that_source() -> None:
    text = (
        '"We are deeply concerned by the levels of inaction," said Tedros Adhanom Ghebreyesus.'
        "\n\nAccording to Dr. Tom Frieden, formerly the director of the CDC, the pandemic is "
        '"unprecedented." He said, "[o]ther than influenza, no other virus has been tracked."'
    )
    assert speakers(text)[-1] == "Tom Frieden"


def test_the_father_and_the_mother_are_the_last_named_man_and_woman() -> None:
    text = (
        "David Turpin and Louise Turpin pleaded guilty on Friday.\n\n"
        'The father said "I love my children and I believe my children love me."\n\n'
        'The mother said "I really look forward to the day I can see them."'
    )
    assert speakers(text) == ["David Turpin", "Louise Turpin"]


def test_a_passive_listener_is_no_speaker_the_agent_named_before_is() -> None:
    text = (
        "Mrs Thatcher was advised by the No 10 policy unit to postpone the new system. "
        "In one briefing note she was warned that “GCSE is an exam nobody will fail”."
    )
    assert speakers(text) == ["No 10 policy unit"]
    alone = "Mrs Thatcher was in Brighton. She was warned that “GCSE is an exam nobody will fail”."
    assert speakers(alone) == [None]


def test_the_agent_of_a_passive_sentence_speaks_for_a_participle_after_the_quote() -> None:
    text = (
        "Boris Johnson won the election. Implications for the European Union were described "
        'by Johnson as a "historic mandate", saying he intends to leave the EU by January.'
    )
    assert speakers(text) == ["Boris Johnson"]


@pytest.mark.parametrize(
    "who",
    ["an Iowa Republican predicted", "a Michigan Republican said", "one Nevada Democrat said"],
)
def test_a_described_party_member_from_a_place_is_nobody_named(who: str) -> None:
    # An indefinite article before a place and a party word describes an unnamed person.
    text = f"Mike Pence spoke in Ohio on Monday.\n\n“Kaine in a blowout,” {who}. “He has charm.”"
    assert speakers(text) == [None, None]


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Adjunct Professor UNSW Strategic Health Policy Consultant Bill Bowtell", "Bill Bowtell"),
        ("Harvard Kennedy School Research Fellow Anna Berg", "Anna Berg"),
        ("Bank of America Merrill Lynch", "Bank of America Merrill Lynch"),
    ],
)
def test_a_job_title_glued_before_a_speaking_name_is_no_part_of_it(opening: str, name: str) -> None:
    text = f'{opening} said on Twitter: "This ad should be taken off air."'
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    ("title", "name", "role"),
    [
        ("Senator", "Maria Lopez", "the senator"),
        ("Prime Minister", "Boris Johnson", "the prime minister"),
        ("President-elect", "Donald Trump", "the president-elect"),
    ],
)
def test_a_role_description_is_the_person_introduced_with_that_title(
    title: str, name: str, role: str
) -> None:
    # Not the last person named (Kellyanne Conway), nor nobody.
    text = (
        f"{title} {name} has named Kellyanne Conway to the post.\n\n"
        f"“She is a tireless advocate,” {role} said in a statement."
    )
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "“Pence is really effective,” said a GOP insider in the state of New Hampshire.",
        "“The update broke everything,” a Google employee told reporters.",
    ],
)
def test_an_unnamed_person_of_an_organisation_is_nobody(text: str) -> None:
    # The organisation only modifies an unnamed single person ("a GOP insider").
    assert speakers(text) == [None]


def test_an_unnamed_spokesman_of_an_organisation_still_speaks_as_it() -> None:
    assert speakers("“We regret the delay,” a Boeing spokesman said.") == ["Boeing"]


def test_the_court_is_the_last_named_court_not_the_last_organisation() -> None:
    text = (
        "The California Court of Appeal ruled against Amazon on Thursday. The product had "
        "been listed on Amazon and shipped in Amazon packaging.\n\n"
        "“Amazon placed itself in the chain of distribution,” explained the court in its ruling."
    )
    assert speakers(text) == ["California Court of Appeal"]


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez, who also represents Energy Department employees, warned against “a "
        "return to the witch hunts of the 1950s.”",
        "Maria Lopez, a former IMF economist who now teaches at the University of California, "
        "Berkeley, has warned that the Fed could “drive the world economy into a contraction.”",
    ],
)
def test_an_organisation_ending_an_apposition_is_not_the_subject_it_describes(text: str) -> None:
    assert speakers(text) == ["Maria Lopez"]


def test_a_name_an_apposition_calls_a_firm_speaks_as_an_organisation() -> None:
    text = (
        "In its analysis of the impact on Nigeria, SBM Intel, a Lagos intelligence firm, says "
        "Nigeria is “at risk” of another recession."
    )
    assert speakers(text) == ["SBM Intel"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("the Scottish government", "Scottish government"),
        ("the French foreign ministry", "French foreign ministry"),
    ],
)
def test_a_national_body_in_the_articles_words_speaks_under_them(body: str, speaker: str) -> None:
    text = (
        "The patient was treated at Gartnavel Hospital on Monday.\n\n"
        f"“All contacts are being traced,” {body} said in a statement."
    )
    assert speakers(text) == [speaker]


def test_put_is_a_cue_only_as_put_it() -> None:
    text = (
        "Fed Chair Janet Yellen said Donald Trump’s election had put the central bank under a "
        "“cloud of uncertainty” and prompted some policymakers to shift.\n\n"
        "“We will wait and see,” as Maria Lopez put it."
    )
    assert speakers(text) == ["Janet Yellen", "Maria Lopez"]


def test_an_object_him_does_not_carry_the_pronoun_chain_past_the_speaker() -> None:
    text = (
        "Foreign ministry spokesman Geng Shuang briefed reporters. Beijing has not yet "
        "announced Xi Jinping’s visit to India.\n\n"
        "Referring to the summit between him and Xi, Geng said: “Our relations have gathered "
        "good momentum.”\n\n"
        "“We have a tradition of high-level exchange,” he added."
    )
    assert speakers(text) == ["Geng Shuang", "Geng Shuang"]


def test_in_the_words_of_names_the_speaker() -> None:
    text = (
        "By the end, Gloria's eczema was severe, and in the words of the Crown prosecutor, "
        "Mark Tedeschi, “Gloria spent a lot of her life crying.”"
    )
    assert speakers(text) == ["Mark Tedeschi"]


def test_a_role_of_the_pronouns_gender_before_unknown_names_carries_the_chain() -> None:
    # "the actor" is the man the "he" refers to, not the daughters named after it.
    text = (
        "Ryan Gosling has a lot on his plate. But what the actor is most excited about is life "
        "at home with Eva Mendes and their two daughters, Esmeralda and Amada.\n\n"
        "“Eva’s the dream mother, and they’re dream babies,” he explains to GQ."
    )
    assert speakers(text) == ["Ryan Gosling"]


def test_an_occupation_is_not_the_person_introduced_as_someones_kin() -> None:
    text = (
        "Jennifer Lopez shared a photo of her ex-fiancé, Taylor Kinney, posing with her "
        "mother, Cynthia Germanotta.\n\n"
        "“My mom sent letters filled with kind words,” the Selena actress wrote."
    )
    assert speakers(text) == ["Jennifer Lopez"]


def test_a_short_form_of_an_organisation_named_before_speaks_as_it() -> None:
    text = (
        "O'Hare is a hub for both American Airlines and United Airlines. Both airlines said "
        "they prepped for the strike.\n\n"
        "“We are working closely with our vendors,” American said in a statement."
    )
    assert speakers(text) == ["American Airlines"]


def test_she_after_an_unnamed_spokeswoman_for_an_organisation_is_the_organisation() -> None:
    text = (
        "The striking workers are not aiming to disrupt travel, a spokeswoman for the Service "
        "Employees International Union said at a press conference last week.\n\n"
        "“They do want to gain public support,” she said."
    )
    assert speakers(text) == ["Service Employees International Union"]


@pytest.mark.parametrize("title", ["the President-elect", "the Governor-elect"])
def test_a_capitalised_title_alone_is_a_role_description_not_a_name(title: str) -> None:
    text = (
        "Maria Lopez won the election last month and met reporters on Monday.\n\n"
        f"“I won the popular vote,” {title} fumed in a tweet."
    )
    assert speakers(text) == ["Maria Lopez"]


def test_he_after_a_speaker_of_unknown_gender_is_the_speaker_not_a_man_mentioned() -> None:
    text = (
        "President Xi Jinping will visit India next week, his first trip there in years.\n\n"
        "“Our position is clear,” foreign ministry spokesperson Geng Shuang said.\n\n"
        "Asked about the summit between him and Xi, Geng said: “Our relations have good "
        "momentum.”\n\n"
        "“We have a tradition of high-level exchange,” he added."
    )
    assert speakers(text) == ["Geng Shuang", "Geng Shuang", "Geng Shuang"]


def test_they_after_a_named_spokesperson_who_spoke_is_that_person_not_the_company() -> None:
    text = (
        "Kym Lino, a spokesperson for Instagram, confirmed to WIRED that the company "
        "notifies some users. “We use a model which predicts commercial intent,” they said "
        "in an email."
    )
    assert speakers(text) == ["Kym Lino"]


def test_they_after_a_group_that_spoke_is_still_the_group() -> None:
    text = (
        "Federal prosecutors said the company misled investors. “The losses were "
        "enormous,” they said in a filing."
    )
    assert speakers(text) == ["Federal prosecutors"]


def test_a_clause_of_time_before_the_subject_does_not_name_the_speaker() -> None:
    text = (
        "James Hansen, a professor at Columbia University, has often been a critic of "
        "climate policy. In 2015, after the Paris Climate Accord was adopted, he labeled "
        "the agreement “a fraud” because it set no tax on fossil fuels."
    )
    assert speakers(text) == ["James Hansen"]


def test_in_the_words_of_names_the_source_of_the_quote() -> None:
    text = (
        "Gloria Sam died of eczema at nine months. By the end, her skin broke every time "
        "her parents changed her clothes, and in the words of the Crown prosecutor, Mark "
        "Tedeschi, QC, “Gloria spent a lot of her life crying and scratching.”"
    )
    result = analyze(text)
    assert [(q.speaker, q.cue) for q in result.quotes] == [("Mark Tedeschi", "in the words of")]


def test_a_prepositions_object_in_the_sentence_before_is_not_who_goes_on_to_speak() -> None:
    text = (
        "With two films in production, Ryan Gosling has a lot on his plate. But what the "
        "actor is most excited about is life at home with Eva Mendes and their daughters. "
        "“Your whole life, you hear what it's like to have kids, and the clichés are true.”"
    )
    assert speakers(text) == ["Ryan Gosling"]


def test_part_of_a_text_speaks_for_its_author_as_the_whole_text_does() -> None:
    text = (
        "Judge Gray Miller ruled on Friday that the ban was unlawful.\n\n"
        "Part of the judge's statement reads “the average woman could be better suited.”"
    )
    assert speakers(text) == ["Gray Miller"]
    assert speakers("The clinic opened. Part of the crowd chanted “no more waiting.”") == [None]


def test_the_us_before_a_role_is_a_country_not_a_plural_group() -> None:
    """ "the US President said" is the president named before, not a group "the USs"."""
    text = (
        "US President Donald Trump has said he was angry.\n\n"
        "“I don't like that decision at all,” the US President said."
    )
    assert speakers(text) == ["Donald Trump"]


def test_a_quote_paragraph_after_someones_response_is_that_persons() -> None:
    """ "… is Trump's response when quizzed about it, reported Reuters. ¶ “…”": the quote is
    the response, Trump's, not the outlet's that reported it."""
    text = (
        "Donald Trump has skipped most briefings. Barack Obama never did.\n\n"
        "What is surprising is Trump's response when quizzed about his attendance, "
        "reported Reuters.\n\n"
        "“Well, I get it when I need it. I'm, like, a smart person.”"
    )
    assert speakers(text) == ["Donald Trump"]


def test_a_quote_running_over_paragraphs_after_said_the_following_is_the_sayers() -> None:
    """A quote-only paragraph whose quote runs on into the next paragraph, after "Trump said
    the following.", is Trump's as a closed one would be."""
    text = (
        "When Chris Wallace asked the Republican about it, Donald Trump said the following.\n\n"
        "“Well, I get it when I need it. I'm, like, a smart person.\n\n"
        "“But I don't need to be told the same thing every day.”"
    )
    assert speakers(text) == ["Donald Trump", "Donald Trump"]


def test_a_clipped_organisation_name_speaks_as_the_full_name_before() -> None:
    """ "the Fed said" after "The U.S. Federal Reserve raised rates" is the U.S. Federal Reserve."""
    text = (
        "The U.S. Federal Reserve raised interest rates on Wednesday.\n\n"
        "Risks remain “roughly balanced” between the two, the Fed said."
    )
    assert speakers(text) == ["U.S. Federal Reserve"]


def test_in_someones_words_names_the_source_of_the_quote() -> None:
    """ "In Dr. Shadlen's words, “…”" is Shadlen's, as "in the words of Shadlen" is."""
    text = (
        "Michael Shadlen studies decisions at Columbia University.\n\n"
        "In Dr. Shadlen’s words, “Could the moment of decision be the moment we become aware?”"
    )
    assert speakers(text) == ["Michael Shadlen"]


def test_an_unknown_name_before_a_role_apposition_is_the_speaker_not_the_body() -> None:
    """ "says Di Li, the chief scientist of FAST": Di Li speaks (a name the entity finder does
    not know), not the telescope named in the apposition."""
    text = (
        "The Five-hundred-meter Aperture Spherical Radio Telescope (FAST) passed its review. "
        "“We do not see any roadblocks,” says Di Li, the chief scientist of FAST."
    )
    assert speakers(text) == ["Di Li"]


def test_shares_with_an_outlet_is_a_speech_cue() -> None:
    """'“…,” she shares with InStyle.': lifestyle interviews report speech as sharing."""
    text = (
        "When Dianne Austin decided to ditch her relaxer in 2011, she had no idea.\n\n"
        '"My first thoughts were how ironic it was," she shares with InStyle.'
    )
    assert speakers(text) == ["Dianne Austin"]


def test_sharing_something_is_no_speech_cue() -> None:
    """'speakers shared their insights' reports no speech of its own."""
    text = (
        'At the panel "Breaking Into Comics," speakers shared their insights. Artist Jenn '
        'St-Onge told of her start. "In my first stint, I did not get any work."'
    )
    assert speakers(text)[-1] == "Jenn St-Onge"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The ministry said in a statement: “All schools will close.”", "ministry"),
        ("“The law is plainly unconstitutional,” the court wrote.", "court"),
        ("The agency said it would “reopen the office next week.”", "agency"),
        ("“We regret the delay,” the state health department said.", "state health department"),
    ],
)
def test_a_body_with_no_name_in_reach_speaks_as_itself_not_as_the_last_person(
    sentence: str, body: str
) -> None:
    """ "The ministry said": a definite body noun is never the person quoted before it.
    With no organisation named in reach it speaks under the article's own words for it
    (docs/ANNOTATION.md: "government", "legal team")."""
    text = f"Mayor Jane Smith spoke to reporters. “We are ready,” she said.\n\n{sentence}"
    assert speakers(text) == ["Jane Smith", body]


def test_a_body_noun_still_names_the_organisation_named_before() -> None:
    text = (
        "The Ministry of Health said on Friday that cases had risen. "
        "“The situation is serious,” the ministry said."
    )
    assert speakers(text) == ["Ministry of Health"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Amnesty International has labeled Tom Brown a “digital defender”.",
            "Amnesty International",
        ),
        (
            "The Supreme Court found Tom Brown's advice “was motivated by an improper purpose.”",
            "Supreme Court",
        ),
        (
            "The United Nations accused Tom Brown of “grave violations of human rights.”",
            "United Nations",
        ),
        # the person is the subject: an organisation or a role before the name modifies it
        ("Google CEO Sundar Pichai called the ruling “a step backwards.”", "Sundar Pichai"),
        ("Reuters reporter Tom Brown described the scene as “utter chaos.”", "Tom Brown"),
    ],
)
def test_a_partial_quote_goes_to_the_organisation_opening_the_sentence_not_its_object(
    sentence: str, speaker: str
) -> None:
    """ "Amnesty International has labeled Bini a “…”": the organisation that opens the
    sentence is its subject; the person after the verb ("has labeled", "found") its object."""
    text = f"Mayor Jane Smith spoke to reporters. “We are ready,” she said.\n\n{sentence}"
    assert speakers(text)[1] == speaker


def test_a_partial_quote_after_an_unnamed_subject_and_its_verb_is_nobodys() -> None:
    """ "A witness described Brown as “…”": an unnamed single person speaks, not Brown."""
    text = (
        "Mayor Jane Smith spoke to reporters. “We are ready,” she said.\n\n"
        "A witness described Tom Brown as “calm and collected.”"
    )
    assert speakers(text) == ["Jane Smith", None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The government said that drugs will be supplied to Tom Brown and “nations that "
            "have been badly affected.”",
            "government",
        ),
        (
            "The Court of Session heard the case. The three-judge court found Tom Brown's "
            "advice “was motivated by an improper purpose.”",
            "Court of Session",
        ),
        (
            "Acme Corp. cut jobs on Monday. The company fired Tom Brown for “conduct that "
            "broke every rule we have.”",
            "Acme Corp.",
        ),
    ],
)
def test_a_partial_quote_goes_to_the_body_opening_the_sentence_not_its_object(
    sentence: str, speaker: str
) -> None:
    """ "The three-judge court found Johnson's advice “…”": a body noun opening the sentence
    is its subject (the organisation whose name holds the noun, else the body itself)."""
    text = f"Mayor Jane Smith spoke to reporters. “We are ready,” she said.\n\n{sentence}"
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ('Alluding to his critics\' "soulmates," Mike Pompeo declared,', "Mike Pompeo"),
        ("Acme Corp. issued a statement on Friday:", "Acme Corp."),
        (
            "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has "
            'called the ruling "dangerous":',
            "Nunzio Galantino",
        ),
    ],
)
def test_a_quote_paragraph_after_a_sentence_introducing_it_is_its_subjects(
    intro: str, speaker: str
) -> None:
    """A paragraph ending with a colon, or with a cue and a comma, introduces the quote that
    opens the next paragraph: its cue's subject (else its sentence's subject) speaks, even
    when a scare quote stands in the introduction or another person was named before."""
    text = (
        "Roberto Maroni, the regional president, has reacted.\n\n"
        f"{intro}\n\n"
        '"We face a dangerous ruling. Nobody should accept it."'
    )
    assert speakers(text)[-1] == speaker


def test_he_or_she_after_a_passive_refers_to_its_agent() -> None:
    """ "The plan was criticised by Jane Smith, the mayor. “…,” she said": the agent of a
    passive is its subject in sense, the antecedent of the next "she"."""
    text = (
        "The plan was criticised by Jane Smith, the mayor. “It cannot work,” she said. "
        "“Nobody believes in it.”"
    )
    assert speakers(text) == ["Jane Smith", "Jane Smith"]


@pytest.mark.parametrize("cue", ["reported", "reports", "noted"])
def test_any_cue_inverted_right_after_a_quote_and_its_comma_names_the_speaker(cue: str) -> None:
    """ "A team “has been prepared to …,” reported the Washington Post": a weak cue too,
    when it opens the clause that the quote's comma left open, before its subject."""
    text = (
        "Donald Trump won the election. A team of analysts “has been prepared to deliver "
        f"daily briefings,” {cue} the Washington Post."
    )
    assert speakers(text) == ["Washington Post"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A former business partner of Morales recalled an incident “when he came to Spain.”",
        "A former business partner of Morales said: “He came to Spain and stayed.”",
        "“He came to Spain and stayed,” said a friend of Morales.",
    ],
)
def test_an_unnamed_person_tied_to_a_name_by_a_preposition_is_nobody(sentence: str) -> None:
    """ "A former business partner of Morales recalled": an unnamed single person speaks
    (null), not the person the preposition names."""
    assert speakers(f"David Morales ran the firm. {sentence}") == [None]


def test_an_unnamed_person_tied_to_a_name_and_named_in_apposition_is_that_name() -> None:
    text = (
        "David Morales ran the firm. A lawyer for Morales, Jane Smith, said: "
        "“He came to Spain and stayed.”"
    )
    assert speakers(text) == ["Jane Smith"]


def test_went_up_is_no_speech_cue() -> None:
    """ "Prices went up by a “staggering amount”": "went" reports speech only before the
    quote or the clause's end ("“No,” went the reply", "she goes, “…”"), not before a
    particle."""
    text = 'Prices went up by a "staggering amount" last week, Jane Smith said.'
    assert speakers(text) == ["Jane Smith"]


@pytest.mark.parametrize("phrase", ["the Boeing spokesman", "a Boeing spokesman"])
def test_a_partial_quote_takes_a_later_cue_whose_subject_is_a_role_of_a_named_body(
    phrase: str,
) -> None:
    """ "Sales rose in a “sharp increase” last week, a Boeing spokesman said": the later cue's
    subject is a role of a named organisation, which speaks (docs/ANNOTATION.md)."""
    text = f'Shoppers stocked up. Sales rose in a "sharp increase" last week, {phrase} said.'
    assert speakers(text) == ["Boeing"]


def test_a_he_in_a_leading_subordinate_clause_refers_forward_to_the_main_subject() -> None:
    """ "Though he outlined work for …, David Morales insisted … He has even claimed …": the
    "he" of the opening clause is the main clause's subject, so the chain of "he" leads to
    Morales, not to the man named in the paragraph before."""
    text = (
        "The operations began once the candidate, Donald Trump, entered the White House.\n\n"
        "Though he outlined work for a client in company emails, David Morales insisted "
        "before a judge that the spying was done for Ecuador. He has even claimed that he "
        "was merely seeking to motivate his employees when he boasted about “playing in the "
        "first division” after his trip."
    )
    assert speakers(text) == ["David Morales"]


def test_a_he_refers_to_the_main_clause_subject_not_to_the_opening_clauses() -> None:
    """ "After Bill Jones resigned, John Smith took over. “…,” he said": the subject of the
    main clause, not the person of the subordinate clause that opens the sentence."""
    text = 'After Bill Jones resigned, John Smith took over. "It was a hard week," he said.'
    assert speakers(text) == ["John Smith"]


@pytest.mark.parametrize(
    "lead", ["Amidst this shocking news", "Despite the warnings", "With the vote lost"]
)
def test_an_opening_prepositional_phrase_is_not_the_subject(lead: str) -> None:
    """ "Amidst this shocking news, the governor called for “calm at this time”": the
    phrase before the comma is an adverbial; the role after it is the subject."""
    text = (
        'Governor John Rankin spoke on Friday. "We will act," the governor added.\n\n'
        f'{lead}, the governor called for "calm at this time".'
    )
    assert speakers(text) == ["John Rankin", "John Rankin"]


def test_a_past_tense_cue_after_a_named_persons_role_names_that_person() -> None:
    """ "“Incorrect. He will not be performing,” Elton John's publicist retorted": a weak cue
    in -ed after "Name's <role>" is an attribution, as after a bare name."""
    text = (
        'Anthony Scaramucci said Elton John would sing. "He will be there," Scaramucci said.'
        '\n\n"Incorrect. He will not be performing," Elton John\'s publicist retorted.'
    )
    assert speakers(text) == ["Anthony Scaramucci", "Elton John"]


def test_a_partial_quote_after_a_document_subject_goes_to_its_author() -> None:
    """ "The report found that the program was “…”": a document that opens the sentence
    speaks for whoever issued it, in a partial quote too."""
    text = (
        "The World Bank published a report on Monday. The report found that the program was "
        "“a costly and avoidable failure”."
    )
    assert speakers(text) == ["World Bank"]


def test_an_organisations_unnamed_document_speaks_as_the_organisation() -> None:
    """ "A World Bank report called the program “…”": a document of a named organisation
    speaks as it, as "an Acme spokesman" does (docs/ANNOTATION.md)."""
    text = (
        "The World Bank met on Monday. A World Bank report called the program "
        "“a costly and avoidable failure”."
    )
    assert speakers(text) == ["World Bank"]


def test_organisation_variant_with_same_head_is_the_first_named() -> None:
    # Evidence `org_variant_same_head`: "the Emergencies Ministry" is the "Emergency
    # Situations Ministry" named before it: the same head noun, its other words a stem-equal
    # subsequence of the longer name.
    text = (
        "The Emergency Situations Ministry stated all occupants were from Smolensk.\n\n"
        "The Emergencies Ministry has, in a statement, called on drivers to “not forget that "
        "the lives of other people depend on you.”"
    )
    assert speakers(text) == ["Emergency Situations Ministry"]


def test_lower_case_sentence_adverb_after_a_lead_phrase_is_not_the_subject() -> None:
    # Evidence `lead_adverbial_interjected`: in "This morning, however, the government said
    # …", the "however," set off by commas after the time phrase is an adverb, so the
    # government is the cue's subject.
    text = (
        "India has 4,000 cases.\n\n"
        "This morning, however, the government said that key drugs will be supplied to "
        "“nations that have been badly affected” by the pandemic."
    )
    assert speakers(text) == ["government"]


def test_the_government_is_not_the_last_organisation_of_another_kind() -> None:
    # Evidence `org_kind_bound_description`: a research council is not "the government";
    # the body speaks under the article's own word.
    text = (
        "Last month, the Indian Council of Medical Research recommended the drug.\n\n"
        "The government said that drugs will be supplied to “nations that have been badly "
        "affected” by the pandemic."
    )
    assert speakers(text) == ["government"]


def test_the_ministry_is_the_last_organisation_of_its_kind() -> None:
    text = (
        "The Ministry of Health met the Red Cross on Monday.\n\n"
        "“Supplies will arrive on Friday,” the ministry said."
    )
    assert speakers(text) == ["Ministry of Health"]


def test_an_untyped_name_before_spokesperson_is_the_organisation() -> None:
    # Evidence `org_before_spokesperson`: in "a Woolworths spokesperson" the proper noun
    # between the article and "spokesperson" names the organisation the spokesperson speaks
    # for, though no list knows it.
    text = (
        "Woolworths and Coles cut limits on March 4.\n\n"
        "Sales went up in a “sharp increase” last week, according to a Woolworths "
        "spokesperson."
    )
    assert speakers(text) == ["Woolworths"]


def test_a_nationality_before_spokesperson_is_no_organisation() -> None:
    text = "Sales went up in a “sharp increase” last week, according to a Chinese spokesperson."
    assert speakers(text) == [None]


def test_an_untyped_name_before_spokesperson_opening_the_sentence() -> None:
    text = "Woolworths and Coles cut limits.\n\nA Woolworths spokesperson said: “Sales went up.”"
    assert speakers(text) == ["Woolworths"]


def test_one_unnamed_officer_of_an_organisation_is_nobody() -> None:
    # Evidence `unnamed_role_of_org`: "one Google executive" is a single unnamed person
    # (null, docs/ANNOTATION.md), not the organisation; only its spokesperson speaks as it.
    text = "Sundar Pichai runs Google.\n\n“If you’re scared,” one Google executive joked."
    assert speakers(text) == [None]
    text = "Sundar Pichai runs Google.\n\n“We are scared,” a Google spokesman said."
    assert speakers(text) == ["Google"]


def test_what_the_group_describes_as_names_the_group() -> None:
    # Evidence `what_subject_calls`: in "what the scientists describe as “…”" the subject of
    # the relative clause coins the words, not an organisation named earlier.
    text = (
        "Anna Berg of the College of Wooster led the study.\n\n"
        "Because warm water is more buoyant, says the study, it rises above cooler water, "
        "creating what the scientists describe as an “upside-down river” flowing under the ice."
    )
    assert speakers(text) == ["scientists"]


def test_what_critics_call_names_the_bare_plural() -> None:
    text = "The plan drew fire.\n\nIt is what critics call a “giveaway to the rich” and worse."
    assert speakers(text) == ["critics"]


def test_a_places_body_in_lower_case_words_speaks_under_them() -> None:
    # Evidence `place_possessive_body`: "Russia's foreign ministry said" names a body of the
    # place; not a person of it ("Russia's foreign minister") nor one of the body's roles.
    lead = "Troops crossed the border on Monday.\n\n"
    text = lead + "Russia's foreign ministry said the strike was “a grave provocation”."
    assert speakers(text) == ["Russia's foreign ministry"]
    text = lead + "Israel's army said: “We struck targets overnight.”"
    assert speakers(text) == ["Israel's army"]
    text = lead + "Israel's army chief said: “We struck targets overnight.”"
    assert speakers(text) != ["Israel's army"]


@pytest.mark.parametrize(
    ("subject", "group"),
    [
        ("Pentagon officials", "Pentagon officials"),
        ("Ohio police", "Ohio police"),
        ("Israeli police", "Israeli police"),
        ("Russian state media", "Russian state media"),
        ("Health officials in the state", "Health officials"),
    ],
)
def test_a_name_before_a_group_noun_modifies_the_group(subject: str, group: str) -> None:
    # Evidence `name_modifies_group`: the name says whose officials they are; the group
    # speaks under the article's words, not the organisation or place alone.
    text = f"The storm hit the coast on Monday.\n\n{subject} said the damage was “beyond belief”."
    assert speakers(text) == [group]


def test_a_name_before_sources_is_still_nobody() -> None:
    text = "The storm hit the coast.\n\nPentagon sources said the damage was “beyond belief”."
    assert speakers(text) == [None]


def test_the_article_before_a_plural_group_is_not_part_of_its_name() -> None:
    text = "Crowds gathered on Monday.\n\nThe protesters said: “We will not leave this square.”"
    assert speakers(text) == ["protesters"]


def test_a_name_no_list_types_is_a_source_by_where_it_stands() -> None:
    # Evidence `source_by_position`: after an opening "According to" and before its comma,
    # or before an aside on the medium and a cue, an untyped name is the source.
    text = (
        "Nagel ran the unit for years.\n\n"
        "According to TechNewsWorld, under Nagel's watch, “The agents used wiretaps and "
        "their own hackers to get in.”"
    )
    assert speakers(text) == ["TechNewsWorld"]
    text = (
        "Limits were introduced by Woolworths and Coles on March 4.\n\n"
        "Coles, in its March 8 media release, reported that with the limit in place, "
        "“many stores are still selling out within an hour of delivery”."
    )
    assert speakers(text) == ["Coles"]


def test_the_head_noun_of_an_organisations_name_stands_for_it() -> None:
    # Evidence `org_head_description`: "the trust", "the board" stand for the organisation
    # whose name ends in that noun, not the organisation named last.
    text = (
        "The Independent Transportation Trust met officials of the Federal Transit "
        "Administration.\n\nThe trust said the county must “honor the prior commitments”."
    )
    assert speakers(text) == ["Independent Transportation Trust"]
    text = (
        "The California Strawberry Advisory Board met Driscoll Inc. and the Farm Bureau.\n\n"
        "The board said growers “cannot survive without these chemicals”."
    )
    assert speakers(text) == ["California Strawberry Advisory Board"]


def test_a_name_before_a_bare_role_apposition_speaks_not_the_place_ending_it() -> None:
    # Evidence `bare_role_apposition`: ", curator and director of exhibits at …" describes
    # the name before it as ", a curator …" does; the place closing it is no speaker.
    text = (
        "Polaroids were shown.\n\nCynthia Thompson, curator and director of exhibits at the "
        "University of Arkansas, Fayetteville, said, “These images document his daily life.”"
    )
    assert speakers(text) == ["Cynthia Thompson"]
    text = (
        "Ascom sells pagers.\n\nRob Goldman, President Ascom North America, says: “By "
        "collaborating with Dräger, Ascom can help hospitals.”"
    )
    assert speakers(text) == ["Rob Goldman"]


def test_the_possessor_of_a_document_speaks_not_the_name_that_modifies_it() -> None:
    # Evidence `possessor_of_document`: in "RIAA's DMCA notice alleged" the DMCA only says
    # what notice it is; the RIAA wrote it.
    text = (
        "The RIAA targeted a download tool.\n\n"
        "RIAA's DMCA notice alleged the tool was built to “circumvent the protection measures”."
    )
    assert speakers(text) == ["RIAA"]


def test_the_place_a_body_is_of_belongs_to_its_words() -> None:
    # Evidence `body_of_place`: "the government of Iraq" speaks under those words.
    text = (
        "The strike took place at Baghdad airport.\n\n"
        "The government of Iraq said the strike was “a serious violation of sovereignty”."
    )
    assert speakers(text) == ["government of Iraq"]


@pytest.mark.parametrize(
    ("subject", "group"),
    [
        ("Thousands of protesters", "protesters"),
        ("Some of the residents", "residents"),
        ("Protesters outside the embassy", "Protesters"),
        ("Officials from the health ministry", "Officials"),
    ],
)
def test_a_count_before_a_group_and_a_place_after_it_are_not_its_words(
    subject: str, group: str
) -> None:
    # Evidence `group_quantifier`: "Thousands of" counts the group; "outside the embassy"
    # places it. Neither is the group ("Thousands" spoke before; the embassy tail lost it).
    text = f"Crowds gathered on Monday.\n\n{subject} chanted “down with the regime, now”."
    assert speakers(text) == [group]


def test_a_body_nouns_spokesperson_speaks_as_the_organisation_of_that_kind() -> None:
    # Evidence `body_spokesperson`: "a department spokesman" speaks as the department named
    # before; "a company spokeswoman" as the company.
    text = (
        "The Justice Department declined to comment.\n\n"
        "A department spokesman said “we do not comment on ongoing investigations”."
    )
    assert speakers(text) == ["Justice Department"]
    text = "Apple Inc. cut prices.\n\nA company spokeswoman said “we do not comment on prices”."
    assert speakers(text) == ["Apple Inc."]


def test_it_is_the_organisation_opening_the_sentence_before_not_an_earlier_speaker() -> None:
    # Evidence `org_subject_before`: "it" goes back to the organisation that opens the
    # sentence before, not to the organisation quoted last.
    text = (
        "Big Machine Label Group disputed the claims. “We have always been open to a deal,” "
        "the label said.\n\nThe European Commission said it was worried about the deal. "
        "“We will study the proposal carefully,” it said."
    )
    assert speakers(text) == ["Big Machine Label Group", "European Commission"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The tech giant said the claims were “simply untrue and misleading”.",
        "The e-commerce giant said the claims were “simply untrue and misleading”.",
        "The Seattle-based company said the claims were “simply untrue and misleading”.",
        "“We are reviewing the decision,” the Seattle-based company said.",
    ],
)
def test_a_modified_description_of_a_company_stands_for_it(sentence: str) -> None:
    # Evidence `modified_body_noun` and `name_in_compound`: "the tech giant" is a body noun
    # after a modifier; "Seattle-based" only says where the company is, naming no speaker.
    text = f"Amazon Inc. was sued by Jane Doe in Seattle on Monday.\n\n{sentence}"
    assert speakers(text) == ["Amazon Inc."]


def test_a_verb_after_the_closing_mark_is_no_group() -> None:
    # "was" ends in -s but is a verb: no group speaks as "was" or "and was".
    text = (
        "Matty Roberts posted an invitation.\n\nRoberts says his event, “Storm Area 51, They "
        "Can't Stop All of Us”, was posted as a joke."
    )
    assert "was" not in speakers(text)


def test_a_place_glued_to_style_names_no_speaker() -> None:
    text = (
        "Republicans met on Monday.\n\nTo those who fear Venezuela-style inflation, I say, "
        "“There is a real party of smaller government.”"
    )
    assert speakers(text) != ["Venezuela"]
