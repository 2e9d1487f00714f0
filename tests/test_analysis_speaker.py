"""The speaker ranker: its candidates, each named feature on a real sentence, the weights file,
and `explain=True`'s contributions."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.engine import run
from reader.analysis.evidence import speaker as ev


def candidates(text: str, quote: int = 0) -> list[ev.Candidate]:
    """The candidates the ranker weighed for the `quote`-th kept quote of `text`."""
    trace: list = []
    run(text, False, "ranker", trace)
    return trace[quote][2]


def fired(text: str, quote: int = 0) -> dict[str | None, set[str]]:
    """candidate name -> the features that fire on any of its mentions."""
    out: dict[str | None, set[str]] = {}
    for c in candidates(text, quote):
        out.setdefault(c.name, set()).update(ev.values(c))
    return out


# A speaking "he" after a sentence that opens with an unnamed person tied to a body.
_UNNAMED_BETWEEN = (
    "John Kennedy spoke in 1961.\n\n"
    "By 1966, the city's civil defense director found that the shelters had no supplies. "
    '"I have grave doubts," he said.'
)

# (feature, text, quote index, a candidate it fires on, a candidate it does not fire on)
CASES = [
    (
        "cascade_pick",
        '"We will not go," Maria Lopez said of John Smith.',
        0,
        "Maria Lopez",
        "John Smith",
    ),
    ("cascade_pick_by_cue", '"We will not go," Maria Lopez said.', 0, "Maria Lopez", None),
    (
        "cascade_pick_by_subject",
        'John Smith wants "a fair and open vote" in May, unlike Maria Lopez.',
        0,
        "John Smith",
        "Maria Lopez",
    ),
    (
        "cascade_pick_from_sentence_before",
        'Maria Lopez told John Smith about it. "We will fight on."',
        0,
        "Maria Lopez",
        "John Smith",
    ),
    (
        "cascade_pick_carried",
        '"We will not go," Maria Lopez said, as John Smith left. "We will never give up."',
        1,
        "Maria Lopez",
        "John Smith",
    ),
    (
        "cascade_pick_weak_mention",
        '"We will fight on," said the lawyer for John Smith.',
        0,
        "John Smith",
        None,
    ),
    (
        "nobody_by_cue",
        'Maria Lopez left. "We will not go," a resident said.',
        0,
        None,
        "Maria Lopez",
    ),
    (
        "speaks_the_quotes_cue",
        'Prosecutor Anna Berg said the caller told police: "I saw him run out with a bag."',
        0,
        None,
        "Anna Berg",
    ),
    ("nobody", '"We will not go," Maria Lopez said.', 0, None, "Maria Lopez"),
    (
        "nobody_without_cue",
        'Maria Lopez left.\n\n"The war is over and we go home now."',
        0,
        None,
        "Maria Lopez",
    ),
    (
        "kind_org",
        '"We will not go," the Red Cross said, as Maria Lopez left.',
        0,
        "Red Cross",
        "Maria Lopez",
    ),
    (
        "kind_place",
        'Maria Lopez met them. "We will not go," Russia said.',
        0,
        "Russia",
        "Maria Lopez",
    ),
    (
        "kind_group",
        'As Maria Lopez left, "We will fight on," federal prosecutors said.',
        0,
        "federal prosecutors",
        "Maria Lopez",
    ),
    (
        "cue_after_quote",
        'John Smith left. "We will not go," Maria Lopez said.',
        0,
        "Maria Lopez",
        "John Smith",
    ),
    (
        "cue_before_quote",
        'John Smith left. Maria Lopez said: "We will fight on."',
        0,
        "Maria Lopez",
        "John Smith",
    ),
    (
        "next_to_cue",
        'John Smith left. "We will not go," Maria Lopez said.',
        0,
        "Maria Lopez",
        "John Smith",
    ),
    (
        "same_sentence",
        'John Smith left. "We will not go," Maria Lopez said.',
        0,
        "Maria Lopez",
        "John Smith",
    ),
    (
        "sentences_away",
        'John Smith left. "We will not go," Maria Lopez said.',
        0,
        "John Smith",
        None,
    ),
    ("chars_away", 'John Smith left. "We will not go," Maria Lopez said.', 0, "John Smith", None),
    (
        "same_paragraph",
        'John Smith left.\n\nMaria Lopez came. "We will fight on," she said.',
        0,
        "Maria Lopez",
        "John Smith",
    ),
    (
        "sentence_subject",
        'Maria Lopez met John Smith. "We will fight on," she said.',
        0,
        "Maria Lopez",
        "John Smith",
    ),
    (
        "governed_by_preposition",
        'Maria Lopez met with John Smith. "We will fight on," she said.',
        0,
        "John Smith",
        "Maria Lopez",
    ),
    (
        "possessive",
        'John Smith\'s aide met Maria Lopez. "We will fight on," she said.',
        0,
        "John Smith",
        "Maria Lopez",
    ),
    (
        "role_possessor",
        'Paul Ryan spoke. "We have no comment," Ryan\'s spokeswoman, AshLee Strong, said.',
        0,
        "Paul Ryan",
        "AshLee Strong",
    ),
    (
        "holds_role",
        'Paul Ryan spoke. "We have no comment," Ryan\'s spokeswoman, AshLee Strong, said.',
        0,
        "AshLee Strong",
        "Paul Ryan",
    ),
    (
        "according_to",
        "The toll rose, according to the World Health Organization, as Maria Lopez left. "
        '"We are overwhelmed by it."',
        0,
        "World Health Organization",
        "Maria Lopez",
    ),
    (
        "salience",
        'Maria Lopez came. Lopez sat. Lopez spoke. "We will fight on," she said.',
        0,
        "Maria Lopez",
        None,
    ),
    (
        "gender_agrees",
        'Maria Lopez met John Smith. "We will fight on," she said.',
        0,
        "Maria Lopez",
        "John Smith",
    ),
    (
        "gender_clashes",
        'Maria Lopez met John Smith. "We will fight on," she said.',
        0,
        "John Smith",
        "Maria Lopez",
    ),
    (
        "pronoun_antecedent",
        'Maria Lopez met John Smith. "We will fight on," she said.',
        0,
        "Maria Lopez",
        "John Smith",
    ),
    (
        "previous_speaker",
        '"We will not go," Maria Lopez said.\n\n'
        'John Smith left. The crowd cheered. "We will fight on to the end."',
        1,
        "Maria Lopez",
        "John Smith",
    ),
    (
        "previous_speaker_same_paragraph",
        '"We will not go," Maria Lopez said, and John Smith left. "We will fight on."',
        1,
        "Maria Lopez",
        "John Smith",
    ),
    (
        "pronoun_refers_to_unnamed",
        _UNNAMED_BETWEEN,
        0,
        None,
        "John Kennedy",
    ),
    (
        "antecedent_behind_unnamed",
        _UNNAMED_BETWEEN,
        0,
        "John Kennedy",
        None,
    ),
    (
        "after_the_cue",
        'Maria Lopez told John Smith: "We will fight on."',
        0,
        "John Smith",
        "Maria Lopez",
    ),
]


IDS = [c[0] for c in CASES]


def test_every_feature_has_a_focused_case() -> None:
    assert sorted(c[0] for c in CASES) == sorted(ev.FEATURES)


@pytest.mark.parametrize(
    ("feature", "text", "quote", "on", "off"), CASES, ids=[c[0] for c in CASES]
)
def test_feature_fires_on_the_candidate_it_describes(
    feature: str, text: str, quote: int, on: str | None, off: str | None
) -> None:
    got = fired(text, quote)
    assert feature in got[on]
    assert feature not in got.get(off, set())


def test_every_feature_has_a_docstring_with_an_example() -> None:
    for name, fn in ev.FEATURES.items():
        doc = fn.__doc__ or ""
        assert doc.strip(), name
        assert any(ch in doc for ch in "'\"0123456789"), name


def test_candidates_are_the_names_near_the_quote_the_cascade_pick_and_nobody() -> None:
    text = (
        "Far back, Anna Berg opened the show.\n\n"
        "Maria Lopez met John Smith. Later the World Health Organization came. Russia watched. "
        '"We will fight on," she said.'
    )
    names = {c.name for c in candidates(text)}
    assert {"Maria Lopez", "John Smith", "World Health Organization", "Russia", None} <= names


def test_the_weights_file_names_only_known_features() -> None:
    w = ev.weights()
    assert w and set(w) <= {*ev.FEATURES, ev.MARGIN}
    assert w["cascade_pick"] > 0


def test_a_ranker_with_only_the_cascade_weight_gives_the_cascades_speakers() -> None:
    text = 'Maria Lopez met John Smith. "We will fight on," she said. "We will never give up."'
    cascade = [q.speaker for q in analyze(text, speakers="cascade").quotes]
    ranked = [q.speaker for q in run(text, False, "ranker", None, {"cascade_pick": 1}).quotes]
    assert ranked == cascade == ["Maria Lopez", "Maria Lopez"]


def test_explain_gives_the_features_that_decided_with_their_contributions() -> None:
    text = 'Paul Ryan spoke. "We have no comment," Ryan\'s spokeswoman, AshLee Strong, said.'
    (why,) = analyze(text, explain=True, speakers="ranker").why
    assert why.speaker == "AshLee Strong"
    names = [name for name, _ in why.contributions]
    assert "holds_role" in names and "cue_after_quote" in names
    sizes = [abs(v) for _, v in why.contributions]
    assert sizes == sorted(sizes, reverse=True)
    assert any(line.startswith("ranker: AshLee Strong scored") for line in why.evidence)
    (plain,) = analyze(text, explain=True, speakers="cascade").why
    assert plain.contributions == ()


def test_explain_says_when_the_ranker_overrules_the_cascade() -> None:
    w = {"cascade_pick": 1.0, "nobody": 5.0}
    result = run('"We will not go," Maria Lopez said.', True, "ranker", None, w)
    assert result.quotes[0].speaker is None
    assert result.why[0].evidence[0].startswith("step: the ranker overruled the cascade")


def test_a_name_before_according_to_is_not_next_to_a_cue() -> None:
    text = (
        "President Donald Trump, according to the White House, made a trip to the hospital "
        'for a "quick exam and labs" on Saturday.'
    )
    assert "next_to_cue" not in fired(text)["Donald Trump"]
    assert speakers_of(text) == ["White House"]


def speakers_of(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


def test_the_fast_score_equals_the_sum_over_the_named_features() -> None:
    """`score_of` (what the ranker uses for every candidate) gives exactly what
    `score(values(c), w)` gives, on every candidate of real articles and with weights that
    leave features out or weigh them 0."""
    from pathlib import Path

    texts = sorted(Path(__file__).parent.parent.glob("bench/devset/texts/*.txt"))[:6]
    w = ev.weights()
    sparse = {k: v for i, (k, v) in enumerate(w.items()) if i % 3} | {"nobody": 0.0}
    checked = 0
    for path in texts:
        trace: list = []
        run(path.read_text("utf-8"), False, "ranker", trace)
        for _, _, cands in trace:
            for c in cands:
                for weights in (w, sparse):
                    assert ev.score_of(c, ev.weighted(weights)) == ev.score(ev.values(c), weights)
                    checked += 1
    assert checked > 100


def test_a_he_after_an_unnamed_official_is_that_official_not_a_name_further_back() -> None:
    assert [q.speaker for q in analyze(_UNNAMED_BETWEEN).quotes] == [None]
    head_of = _UNNAMED_BETWEEN.replace(
        "the city's civil defense director", "the head of the city's civil defense"
    )
    assert [q.speaker for q in analyze(head_of).quotes] == [None]


def test_a_bare_the_role_after_a_name_names_that_person_again() -> None:
    text = (
        "Jose Mourinho left Chelsea in 2015.\n\n"
        'The Portuguese boss had been sacked twice. "I am proud," he said.'
    )
    assert "pronoun_refers_to_unnamed" not in fired(text)[None]
    assert [q.speaker for q in analyze(text).quotes] == ["Jose Mourinho"]


def test_the_agent_of_a_passive_cue_is_not_after_the_cue() -> None:
    got = fired('The plan was described by Maria Lopez as "a fair deal for everyone."')
    assert "after_the_cue" not in got["Maria Lopez"]


def test_a_repeated_quote_without_a_speaker_takes_its_first_occurrences() -> None:
    """A paragraph the page prints twice: the second copy, alone, is still the speaker's."""
    text = (
        'Leo Varadkar spoke on Monday. He said: "We asked them what we say to the people '
        'who would lose their jobs tomorrow."\n\n'
        "Micheal Martin explained the plan to the cabinet on Tuesday morning.\n\n"
        "Schools would stay open while restrictions are imposed on public spaces.\n\n"
        '"We asked them what we say to the people who would lose their jobs tomorrow."'
    )
    quotes = analyze(text).quotes
    assert [q.speaker for q in quotes] == ["Leo Varadkar", "Leo Varadkar"]


def test_a_pull_quote_takes_the_speaker_of_its_copy_in_the_body() -> None:
    """A pull quote alone in its paragraph repeats a sentence of the body: its speaker is the
    body's, not the speaker of the quote before it."""
    text = (
        'The court ruled against the firm. "The seller is liable here," the court said.\n\n'
        "‘It is impossible to overstate the magnitude of this ruling.’\n\n"
        "Bolger's lawyer, Jeremy Robinson, had a more succinct statement after the ruling. "
        '"It is impossible to overstate the magnitude of this ruling."'
    )
    quotes = analyze(text).quotes
    assert quotes[-1].speaker == "Jeremy Robinson"
    assert quotes[1].speaker == "Jeremy Robinson"


def test_the_irish_deputy_premiers_title_is_not_part_of_the_speakers_name() -> None:
    """ "Tanaiste Leo Varadkar" is Leo Varadkar, as "Taoiseach Micheal Martin" is Micheal Martin."""
    text = 'Last night Tanaiste Leo Varadkar spoke on RTE.\n\nHe said: "We asked them what to do."'
    assert [q.speaker for q in analyze(text).quotes] == ["Leo Varadkar"]


def _at(text: str, name: str, words: str, quote: int = 0) -> list[ev.Candidate]:
    """The candidates for `name` whose mention is the description `words` in `text`."""
    start = text.index(words)
    return [c for c in candidates(text, quote) if c.name == name and c.start == start]


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        (
            "The Court of Session heard the case on Monday.\n\n"
            "The three-judge court found Tom Brown's advice “was motivated by an improper "
            "purpose,” in a ruling that Jane Smith welcomed.",
            "Court of Session",
            "The three-judge court",
        ),
        (
            "Senator Maria Lopez named Kellyanne Conway to the panel on Monday.\n\n"
            "John Smith objected. “We will win this vote,” the senator said.",
            "Maria Lopez",
            "the senator",
        ),
        (
            "Protesters marched through Denver on Friday. “We will not leave,” they chanted, "
            "as Tom Brown watched.",
            "Protesters",
            "they chanted",
        ),
    ],
)
def test_a_description_the_cascade_resolved_is_a_mention_at_its_own_position(
    text: str, name: str, words: str
) -> None:
    """ "The three-judge court found … “…”", "“…,” the senator said", "“…,” they chanted":
    the organisation, titled person or group the cascade reached through a description or a
    plural "they" is weighed where that stands (in the quote's sentence, next to its cue),
    not at its earlier named mention."""
    (c,) = _at(text, name, words)
    assert c.cascade_mention and c.sentences_away == 0 and c.same_paragraph
    assert c.speaks_nearest_cue or c.in_cue_clause_after or c.subject


def test_a_body_the_cascade_found_by_description_is_not_overruled_by_a_later_name() -> None:
    """ "The three-judge court found … “…,” in a ruling that Jane Smith welcomed": the court
    speaks; the person named later in the sentence, with no cue of her own, does not."""
    text = (
        "The Court of Session heard the case on Monday.\n\n"
        "The three-judge court found Tom Brown's advice “was motivated by an improper "
        "purpose,” in a ruling that Jane Smith welcomed."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Court of Session"]
