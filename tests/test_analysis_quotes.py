"""Quote spans through the public API: every mark style, apostrophes, odd marks, splits."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis import analyze


def quotes(text: str) -> list[str]:
    result = analyze(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    return [q.text for q in result.quotes]


@pytest.mark.parametrize(
    ("open_mark", "close_mark"),
    [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“"), ("‹", "›")],
)
def test_every_quotation_style(open_mark: str, close_mark: str) -> None:
    text = f"The minister said: {open_mark}We will not go back now.{close_mark} Then he left."
    assert quotes(text) == ["We will not go back now."]


def test_apostrophes_and_possessives_are_not_marks() -> None:
    text = (
        "The militants’ leaders and the ministers’ aides didn’t agree. "
        "‘We won’t leave,’ the commander said of the rebels’ position."
    )
    assert quotes(text) == ["We won’t leave,"]


def test_straight_apostrophes_inside_a_single_quoted_quote() -> None:
    text = "Smith said 'the city's people don't want it' on Monday."
    assert quotes(text) == ["the city's people don't want it"]


def test_odd_mark_does_not_derail_the_next_paragraph() -> None:
    text = (
        'He said "this one never closes and then went home.\n\n'
        'The coach said "we are ready for it" and left.'
    )
    assert quotes(text) == ["we are ready for it"]


def test_stray_inch_mark_does_not_derail_the_paragraph() -> None:
    text = 'The storm dumped 5" of rain. "We are ready for it," the mayor said.'
    assert quotes(text) == ["We are ready for it,"]


def test_quote_interrupted_by_attribution_is_two_quotes() -> None:
    text = '"We will go," he said, "and we will stay."'
    assert quotes(text) == ["We will go,", "and we will stay."]


def test_multi_paragraph_quote_is_one_quote_per_paragraph() -> None:
    text = (
        "“We have worked hard to find a solution.\n\n"
        "“We started to see progress last week,” the statement concluded."
    )
    assert quotes(text) == [
        "We have worked hard to find a solution.",
        "We started to see progress last week,",
    ]


def test_partial_quote_of_two_words_counts_single_word_does_not() -> None:
    text = "He called the advance a “strategic victory” and a “triumph” in his speech."
    assert quotes(text) == ["strategic victory"]


def test_titles_slogans_and_scare_quotes_are_left_out() -> None:
    text = (
        "The “Bad Blood” singer spoke about the so-called “peace process” and the new "
        "“Meth. We’re on it.” campaign, and the ‘opposition’ factions."
    )
    assert quotes(text) == []


def test_nested_quote_is_part_of_the_outer_quote() -> None:
    text = "“I thought, ‘Oh no, not again,’ and walked out,” she said."
    assert quotes(text) == ["I thought, ‘Oh no, not again,’ and walked out,"]


def test_doubled_single_marks_close_a_double_quote() -> None:
    text = "“It was an attempt to mislead voters,’’ Will Moy told the BBC."
    assert quotes(text) == ["It was an attempt to mislead voters,"]


def test_mixed_straight_open_and_curly_close() -> None:
    text = '"It should be noted that artists need no approval,” the statement continued.'
    assert quotes(text) == ["It should be noted that artists need no approval,"]


def test_closing_mark_after_a_space_still_closes() -> None:
    text = "The reports depicted “technical challenges and schedule delays ”. Then more."
    assert quotes(text) == ["technical challenges and schedule delays "]


def test_short_quoted_terms_nobody_says_are_left_out() -> None:
    text = (
        "Then there is “hot tub lung,” which may sound odd. Conditions like “feather duvet "
        "lung” are rare. A “phase one” deal was due."
    )
    assert quotes(text) == []


def test_short_partial_quote_with_a_speaker_stays() -> None:
    text = (
        "Gov. Kristi Noem launched the campaign.\n\n"
        "Noem called the campaign a “bold, innovative effort” on Monday."
    )
    assert quotes(text) == ["bold, innovative effort"]
    assert analyze(text).quotes[0].speaker == "Kristi Noem"


def test_double_quote_nested_in_single_quote_is_part_of_it() -> None:
    text = "‘He told me “no way, not now” and left,’ the coach said."
    assert quotes(text) == ["He told me “no way, not now” and left,"]


def test_quoted_label_inside_a_noun_phrase_is_not_a_quote() -> None:
    text = (
        'The senator kept his "hard on crime" image, an aide said. '
        'She called it a "strategic victory".'
    )
    assert quotes(text) == ["strategic victory"]


def test_title_after_the_work_it_names_even_with_a_comma() -> None:
    text = (
        'In his book "Money Now: A Short Path to All You Need," Lee Park shares a formula. '
        '"Save first," Park said.'
    )
    assert quotes(text) == ["Save first,"]


def test_titles_in_brackets_and_after_called() -> None:
    text = (
        "Her son, director Sam Reyes (“The Long Way,” “Night Falls”), read a script called "
        "“Blue River,” a story of loss. “It moved me,” Reyes said."
    )
    assert quotes(text) == ["It moved me,"]


def test_a_run_of_quoted_titles_and_passive_called_terms() -> None:
    text = (
        "The band will play “Blue Water,” “Long Road Home,” “Minute Man” and others. "
        "The illness is called “feather duvet lung.” "
        "“We are excited,” Tom Rhee said."
    )
    assert quotes(text) == ["We are excited,"]


def test_short_full_sentence_after_a_kept_quote_is_speech() -> None:
    text = 'Police came.\n\n"Hands! Show me your hands!" an officer ordered. "Step out."'
    assert quotes(text) == ["Hands! Show me your hands!", "Step out."]


def test_partial_quote_followed_by_a_preposition_or_article_is_not_a_label() -> None:
    # A quoted noun phrase ending a clause is said by someone; a label modifies a noun after it.
    text = (
        "Lena Ortiz, the envoy, spoke on Monday. The border is the “main difference” between "
        "the two states, she added. Calling it a “culture of death” the bishop said no more."
    )
    assert quotes(text) == ["main difference", "culture of death"]


def test_quoted_term_being_defined_is_not_a_quote() -> None:
    # "A 'tropical depression' is a form of cyclone": a term defined, nobody quoted.
    text = (
        "The hurricane center said the storm was weak. A “tropical depression” is a form of "
        "cyclone.\n\nFord said it would comply. Staff were worried about “road load”, a "
        "measure of drag on a car."
    )
    assert quotes(text) == []


def test_nickname_after_naming_verb_and_article_is_not_a_quote() -> None:
    text = 'Ana Ruiz, nicknamed the "Queen of the Desert," had many followers, Lee Park said.'
    assert quotes(text) == []


def test_nested_quote_with_the_same_marks_is_part_of_the_outer_quote() -> None:
    text = "“I heard him say “get out now” and I ran,” said Jane Smith. “Then I hid.”"
    assert quotes(text) == ["I heard him say “get out now” and I ran,", "Then I hid."]


def test_a_naming_word_inside_a_longer_word_does_not_make_a_scare_quote() -> None:
    # "remarked" ends in "marked", "renamed" in "named": only the whole word names a term.
    text = 'Jane Smith remarked, "It has been a long, hard fight for all of us," and left.'
    assert quotes(text) == ["It has been a long, hard fight for all of us,"]


def test_plural_possessive_inside_single_quotes_does_not_close_them() -> None:
    # British style: "the players' decision" inside a single-quoted quote.
    text = "'We don't know,' said Tom Hill. 'It's the players' decision now, and theirs alone.'"
    assert quotes(text) == ["We don't know,", "It's the players' decision now, and theirs alone."]


def test_elided_year_inside_single_quotes_does_not_reopen_them() -> None:
    text = "'I'm not going anywhere,' Tom Hill insisted. 'The '90s were very different.'"
    assert quotes(text) == ["I'm not going anywhere,", "The '90s were very different."]


def test_quote_running_into_a_paragraph_without_a_new_opening_mark() -> None:
    # The opening mark is not repeated, but the next paragraph closes the quote.
    text = "Jane Smith said: “We will go to court.\n\nWe will win there,” she said. Then she left."
    assert quotes(text) == ["We will go to court.", "We will win there,"]


def test_short_quote_introduced_by_a_colon_or_standing_alone_is_speech() -> None:
    # Headings: 'Mayor: “We will fight on”'; a paragraph that is only a short quote.
    text = (
        "Mayor: “We will fight on”\n\nThe mayor spoke on Monday about the plan.\n\n"
        "“Not this time.”\n\nThe council meets again in May."
    )
    assert quotes(text) == ["We will fight on", "Not this time."]


def test_straight_mark_after_a_space_before_a_full_stop_closes() -> None:
    # '… die?' ".': a mark followed by a full stop cannot open a quote.
    text = "Zoe said \"it felt like 'am I going to live or am I going to die?' \". Then she left."
    assert quotes(text) == ["it felt like 'am I going to live or am I going to die?' "]


def test_short_full_sentence_after_a_comma_is_speech() -> None:
    text = "The video showed people declaring, “I’m on meth.” It went viral."
    assert quotes(text) == ["I’m on meth."]


def test_label_after_a_determiner_and_an_adjective() -> None:
    text = "An app will control a new “functions on demand” system, the company said."
    assert quotes(text) == []


def test_heading_that_opens_with_a_quote_and_a_colon_or_dash_is_speech() -> None:
    text = (
        "‘Not giving up’: families fight on\n\nThe families met on Monday.\n\n"
        "“A dark day” — Mayor Jane Smith\n\nThe mayor spoke."
    )
    assert quotes(text) == ["Not giving up", "A dark day"]


def test_straight_closing_mark_glued_to_the_next_word_still_closes() -> None:
    # Scraped text loses the space after a closing mark: 'now,"she added'.
    text = 'Jane Smith said, "We will go now,"she added. "And stay."'
    assert quotes(text) == ["We will go now,", "And stay."]


def test_short_partial_quote_after_a_reporting_verb_is_speech() -> None:
    # Nobody named speaks, but a verb of saying or judging governs the quoted words.
    text = (
        "The report found “significant failings” in care. The court ruled the law "
        "“unconstitutional and void” on Monday. The minister promised “more money for "
        "schools” in the budget."
    )
    assert quotes(text) == [
        "significant failings",
        "unconstitutional and void",
        "more money for schools",
    ]


def _fragments(n: int) -> str:
    """One paragraph of `n` single-quoted fragments: hostile text for quote pairing."""
    return " ".join(f"'w{i} x y,'" for i in range(n))


def _cpu(fn: object, text: str, runs: int = 2) -> float:
    import time

    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        fn(text)  # type: ignore[operator]
        best = min(best, time.process_time() - t0)
    return best


def _find_and_judge(text: str) -> None:
    from reader.analysis.quotes import find_quote_spans, is_label, speech_nearby
    from reader.analysis.segment import build_layout

    layout = build_layout(text)
    for span in find_quote_spans(text, layout):
        speech_nearby(text, span, layout)
        is_label(text, span)


def test_quote_finding_is_linear_on_a_paragraph_of_many_quotes() -> None:
    # Four times the fragments may cost about four times the CPU, not sixteen.
    small, large = _cpu(_find_and_judge, _fragments(500)), _cpu(_find_and_judge, _fragments(2000))
    assert large < 8 * max(small, 1e-3)


def _titles_joined(n: int) -> str:
    """One sentence of `n` short double-quoted titles joined by "and", after a cue."""
    return "Smith said " + " and ".join(f'"w{i} x y"' for i in range(n)) + "."


@pytest.mark.parametrize("hostile", [_fragments, _titles_joined])
def test_analyze_is_linear_on_a_paragraph_of_many_quotes(hostile: Callable[[int], str]) -> None:
    # The attribution after each quote once scanned to the paragraph's end: 2,000 fragments
    # took 3.4 s CPU against 0.35 s for 500, and 2,000 joined titles 7.5 s against 0.5 s
    # (linear would be a ratio near 4).
    # The best of two runs each: one run of the large text beside another test worker
    # measured a ratio of 6.3 in CI where a quiet machine measures 4.1.
    small, large = _cpu(analyze, hostile(500)), _cpu(analyze, hostile(2000))
    assert large < 6 * max(small, 1e-3)


def test_a_quote_over_paragraphs_with_a_nested_quote_and_no_repeated_opener() -> None:
    # The opening mark is not repeated in the later paragraphs; the nested “…” inside the
    # first must not take the outer quote's place.
    text = (
        "Here is what she wrote to us.\n\n"
        "“We got mixed reactions. Some called us “terrorists”. It went viral after that.\n\n"
        "Also, the comments were part of the story, and they got out of hand.\n\n"
        "There was a perfect storm of people playing along.”\n\n"
        "So what have we learned?"
    )
    assert quotes(text) == [
        "We got mixed reactions. Some called us “terrorists”. It went viral after that.",
        "Also, the comments were part of the story, and they got out of hand.",
        "There was a perfect storm of people playing along.",
    ]


def test_british_single_quotes_run_on_over_paragraphs() -> None:
    # British style: each paragraph of a long quote opens with ‘ and only the last closes.
    text = (
        "The director was frank about the show.\n\n"
        "‘It’s incredible the interest we’ve had, and we were lucky to get the rights.\n\n"
        "‘We are a small company nobody has heard of,’ he said."
    )
    assert quotes(text) == [
        "It’s incredible the interest we’ve had, and we were lucky to get the rights.",
        "We are a small company nobody has heard of,",
    ]


@pytest.mark.parametrize(
    "text",
    [
        'He is the author of "Zombies on Film: The Definitive Story of Undead Cinema" (2014).',
        'In 1985\'s "Return of the Living Dead," the zombies hungered for brains.',
    ],
)
def test_titles_after_their_author_or_year_are_not_quotes(text: str) -> None:
    assert quotes(text) == []


def test_a_quoted_heading_alone_in_its_paragraph_is_a_quote() -> None:
    text = (
        "Foreman said permanent industrial jobs are not coming back.\n\n"
        "‘No Jobs’\n\n"
        "“The economy is tough and there are no jobs for us here,” said Foreman."
    )
    assert quotes(text)[0] == "No Jobs"


def test_a_quoted_caption_naming_a_work_named_elsewhere_is_not_a_quote() -> None:
    text = (
        "She wrote the song for the film “Wild Rose” last year.\n\n"
        "“Wild Rose”\n\n"
        "The film is out now."
    )
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The more he pushes, the more the people shrug and think, “Enough already, just vote.”",
        "The firm will be left to wonder: “what did we do to deserve this?”",
        'What we wanted to say: "Then stop calling me every single day."',
        "He was unable, deep inside, to say, “Yes, I was that young lieutenant.”",
    ],
)
def test_speech_the_writer_imagines_is_not_a_quote(text: str) -> None:
    # bench/folds/README.md: thoughts and what someone wanted (or was unable) to say.
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith went on to say, “We will win this case in the end.”", "We will win this case"),
        # A thought she recalls, in the sentence after the verb, is her own words.
        ('He will judge me, she recalls thinking. "I had no shot, now I really do not."', "I had"),
    ],
)
def test_speech_reported_after_an_infinitive_or_a_thought_is_still_a_quote(
    text: str, expected: str
) -> None:
    assert [q[: len(expected)] for q in quotes(text)] == [expected]


def test_a_title_with_a_comma_inside_after_in_or_named_again_is_no_quote() -> None:
    # the same words quoted again without the comma, or a role "in" a work: a title
    text = (
        "It beat “The Irishman” and “Once Upon A Time in Hollywood” at the box office.\n\n"
        "Pitt won for his role in “Once Upon A Time in Hollywood,” while Dern won too.\n\n"
        "Aniston won for her role as an anchor in “The Morning Show,” a streaming drama.\n\n"
        "“We Will Win,” she said."
    )
    assert quotes(text) == ["We Will Win,"]


def test_a_closing_mark_doubled_onto_the_opener_still_opens_the_quote() -> None:
    # garbled source: '“”This is ...,” Trump said.' (an empty pair glued to the first word)
    text = (
        "Trump weighed in. “”This is a very unfair trial. I hope the public is watching,” he said."
    )
    assert quotes(text) == ["This is a very unfair trial. I hope the public is watching,"]


def test_a_sentence_quoted_after_a_dash_ending_its_heading_is_a_quote() -> None:
    text = 'Global warming - "it\'s a hoax."\n\nDonald Trump has said that more than once.'
    assert quotes(text) == ["it's a hoax."]


def test_title_case_words_right_after_a_verb_of_speech_are_speech() -> None:
    text = "Some accounts said that Amri screamed “Allah Akbar” (God is great) during the attack."
    assert quotes(text) == ["Allah Akbar"]


def test_a_phrase_someone_called_that_is_their_words() -> None:
    text = "Yellen called that a “very modest adjustment” driven by strong job gains."
    assert quotes(text) == ["very modest adjustment"]


def test_short_phrase_echoing_a_longer_quote_is_speech() -> None:
    # Echoes of someone's quoted words count as theirs (bench/folds/README.md), before or
    # after the full quote, even where the short phrase alone would pass for a scare quote.
    text = (
        "The governor spoke on Monday.\n\nHe called for “calm at this time”.\n\n"
        "“I realise this is a shock. I would call for calm at this time,” Jane Smith said."
        "\n\nLater that week the judge sat again. And the “political witch hunt” went on.\n\n"
        "“This is a political witch hunt and a shame,” Tom Hill said of her."
    )
    assert quotes(text) == [
        "calm at this time",
        "I realise this is a shock. I would call for calm at this time,",
        "political witch hunt",
        "This is a political witch hunt and a shame,",
    ]
    # Only whole words echo: "road load" is not in "railroad loads".
    text = "It needs a “road load” test.\n\n“The railroad loads are heavy today,” Tom Hill said."
    assert quotes(text) == ["The railroad loads are heavy today,"]


def test_term_named_by_a_noun_and_called_or_aka_is_not_a_quote() -> None:
    # 'the technique called “X”', 'a group called “X”', 'sometimes called “X”', '(aka “X”)',
    # 'terming them “X”': a name given to something, not speech.
    text = (
        "Jane Smith, the author, wrote about it on Monday, she said. She used the technique "
        "called “mental time keeping” in her work. A Facebook group called ‘We back Tom "
        "Hill now’ grew fast, Smith said. Direct traffic (sometimes called “dark social”) "
        "rose, she said. Smith wrote about posts (aka “dark social”) in 2012, terming them "
        "“hidden shared links” then."
    )
    assert quotes(text) == []


def test_quoted_phrase_before_where_instead_or_a_past_verb_is_not_a_label() -> None:
    # 'the President’s “outbound tour” where …', 'a “service provider” instead of …',
    # 'that “our client” demanded …': the word after the marks is no noun the phrase modifies.
    text = (
        "Beijing said it would discuss the President’s “outbound tour” where the news may "
        "come. The court had found Amazon to be a “service provider” instead of a seller, "
        "Judge Ann Lee said. Tom Hill told Carlos that “our client” demanded new cameras."
    )
    assert quotes(text) == ["outbound tour", "service provider", "our client"]


def test_a_term_defined_in_the_past_tense_is_not_a_definition() -> None:
    # 'This “mathematical trick” was the model' tells what someone's words referred to, it
    # defines nothing; a class in the past tense still does ('“Law and order” was a theme').
    text = (
        "“We used a kind of mathematical trick, from earlier work,” explains Dr. Ann Lee. "
        "This “mathematical trick” was the evidence model."
    )
    assert quotes(text) == [
        "We used a kind of mathematical trick, from earlier work,",
        "mathematical trick",
    ]
    text = 'Unrest went on, the Unrest Monitor said. "Law and order" was a common theme there.'
    assert quotes(text) == []


def test_a_sentence_whose_only_capital_is_its_first_word_is_no_title() -> None:
    # Every sentence opens with a capital: 'Turn it in.' is not title case.
    text = (
        "Stephen Jones told his father, “Dad, we need to take Zack.”\n\n"
        "“All right,” came the reply. “Turn it in.”"
    )
    assert quotes(text) == ["Dad, we need to take Zack.", "All right,", "Turn it in."]


def test_shouted_words_in_capitals_after_yelling_are_speech() -> None:
    # Words in capitals are shouted, not a title; 'yelling,' voices them.
    text = "I once ran down the road after an ex yelling, ‘I’M NOT MAD, COME BACK HERE.’ It hurt."
    assert quotes(text) == ["I’M NOT MAD, COME BACK HERE."]


def test_quote_left_unclosed_after_a_cue_and_colon_ends_with_its_paragraph() -> None:
    # The writer forgot the closing mark; the next paragraph is the writer's own again.
    text = (
        'Leo Varadkar explained: "They were proposing a circuit break. It would bring '
        "cases down again.\n\nIn short, it would see most workplaces closed.\n\n"
        'Pubs would shut too, "for now", he said.'
    )
    assert quotes(text)[0] == (
        "They were proposing a circuit break. It would bring cases down again."
    )


def test_a_long_title_followed_by_its_author_is_not_a_quote() -> None:
    # 'From “Superminds: The Surprising Power of …” by Thomas W. Malone': a work and its author.
    text = (
        "From “Superminds: The Surprising Power of People and Computers Thinking Together” "
        "by Tom W. Malone.\n\nCan groups be smart? “They can,” Malone said."
    )
    assert quotes(text) == ["They can,"]


def test_a_name_inside_a_longer_quote_is_no_echo() -> None:
    # 'shortened to "Doris Day,"' beside a quote that names her: a name, not her words echoed.
    text = (
        'Her name was shortened to "Doris Day," so it would fit on a sign.\n\n'
        '"Doris Day was the best singer of her time," Tom Hill said.'
    )
    assert quotes(text) == ["Doris Day was the best singer of her time,"]


def test_a_short_noun_phrase_whose_only_link_is_the_sentence_subject_is_a_term() -> None:
    # 'Benioff supported a "homelessness tax" on firms': nobody is reported as saying it; the
    # subject of the sentence does something else with the thing the writer names.
    text = (
        "Marc Benioff runs Salesforce.\n\n"
        'Benioff backed a "homelessness tax" on tech companies last year.\n\n'
        "Experts from Amazon gathered for a workshop on “quantum-safe cryptography.”"
    )
    assert quotes(text) == []


def test_a_short_partial_quote_after_a_verb_of_judging_stays() -> None:
    # A verb of saying, judging or naming in the clause before the marks: the subject's words.
    text = (
        "Anthony Fauci spoke on Monday.\n\n"
        'In March, Fauci estimated "between 100,000 and 200,000" could die. The group '
        'labeled Bini a "digital defender" and Mayor Ann Lee indicated earlier this week '
        'that "temporary burials" might be needed.'
    )
    assert quotes(text) == ["between 100,000 and 200,000", "digital defender", "temporary burials"]


def test_a_short_quoted_clause_is_speech_even_without_a_verb_of_saying() -> None:
    # '… broke into the office, took no money, but "shuffled through documents."': a verb
    # phrase in quotation marks is someone's words, not a term.
    text = (
        "Baltasar Garzon is a lawyer.\n\n"
        'Two men broke into Garzon\'s office, took no money, but "shuffled through documents."'
    )
    assert quotes(text) == ["shuffled through documents."]


def test_a_short_quote_in_the_first_person_is_someones_words() -> None:
    # '(“I haven’t seen” the tweet.)': "I" in third-person copy is a speaker's voice, even
    # with no speaker named next to it.
    text = (
        "Paul Ryan kept silent on the attacks. (“I haven’t seen” the tweet.) In silence, "
        "he gave cover to them."
    )
    assert quotes(text) == ["I haven’t seen"]


def test_a_judgement_with_sees_as_keeps_a_short_partial_quote() -> None:
    text = (
        "Lewis Ward is a director at IDC.\n\n"
        'Ward sees the lineup as its "Achilles heel." The price is low.'
    )
    assert quotes(text) == ["Achilles heel."]


def test_a_noun_of_said_words_in_the_clause_voices_a_short_phrase() -> None:
    # 'In a statement, the union condemned …' has a cue; 'In an interview the union's "core
    # demands" stood' has none, but the interview is where the words were said.
    text = (
        "Dana Cole leads the union.\n\n"
        'In an interview Cole set out the union\'s "core demands" for the talks.'
    )
    assert quotes(text) == ["core demands"]


def test_a_proper_name_or_a_term_after_according_to_is_no_subject_quote() -> None:
    # 'some citizens started a “Committee to Boycott Nixon’s Memoirs,”' names a body; the
    # 'according to the new “dot plot”' names a chart: nobody is reported as saying either.
    text = (
        "Richard Nixon wrote a book.\n\n"
        "Activist Jane Fox started a “Committee to Boycott Nixon’s Memoirs,” a callback to 1971."
        "\n\nThe Federal Reserve raised its outlook, according to the new “dot plot” of rates."
    )
    assert quotes(text) == []


def test_a_short_quote_in_a_sentence_closed_by_a_cue_is_reported_speech() -> None:
    # ', the affidavit stated' ends the sentence: its quoted words are the affidavit's, even
    # when the cue stands further than a few words after the closing mark.
    text = (
        "Police searched the flats.\n\n"
        "The websites publicly advertised “nude Asian models” available for professional "
        "photography appointments, the affidavit stated, listing measurements."
    )
    assert quotes(text) == ["nude Asian models"]


def test_a_short_quote_after_a_sentence_reporting_speech_goes_on_with_it() -> None:
    # 'He also warned …' then '"Proactive and robust" measures must be taken': the warning's
    # words, though no cue stands in the quote's own sentence.
    text = (
        "Tony Holohan wrote to the minister.\n\n"
        "He also warned 43 people would be admitted daily by that date.\n\n"
        '"Proactive and robust" measures must be taken now.'
    )
    assert quotes(text) == ["Proactive and robust"]


def test_a_capitalised_word_after_i_makes_a_title_not_a_first_person_quote() -> None:
    # "I" is Italian here: the first-person evidence must not keep a title nobody says.
    text = "The remake of the 1980s cult series “I Cavalieri dello Zodiaco” is due in 2019."
    assert quotes(text) == []


def test_words_that_spell_out_an_abbreviation_are_a_gloss_not_a_quote() -> None:
    text = (
        "Experts call the countdown Y2Q: “years to quantum.” Michele Mosca spoke.\n\n"
        'A panel named the virus "severe acute respiratory syndrome coronavirus 2" '
        "(SARS-CoV-2) in February.\n\n"
        "“We are ready,” Mosca said."
    )
    assert quotes(text) == ["We are ready,"]
