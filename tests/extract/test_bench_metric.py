"""The title and byline judgements of bench/cleaning.py (a title is right with or without the
site name; a byline is right when it names every expected author)."""

from __future__ import annotations

from bench.cleaning import byline_right, score, title_right


def test_a_title_is_right_with_or_without_the_site_name() -> None:
    assert title_right("Floods close the bridge", "Floods close the bridge | The Bugle")
    assert title_right("The Bugle - Floods close the bridge", "floods close the bridge")
    assert title_right("短缺药品保供稳价", "短缺药品保供稳价-新华网")
    assert title_right("成否 （写真） ：日本経済新聞", "成否（写真）")


def test_another_title_or_none_is_wrong() -> None:
    assert not title_right("Floods close the bridge", "The Bugle")
    assert not title_right("Floods close the bridge", "Floods close the")
    assert not title_right("Floods close the bridge", None)


def test_a_byline_must_name_every_author_and_no_one_when_the_page_names_nobody() -> None:
    assert byline_right(["Ann Lee", "Bo Kim"], "By Ann Lee and Bo Kim")
    assert not byline_right(["Ann Lee", "Bo Kim"], "Ann Lee")
    assert byline_right([], None)
    assert not byline_right([], "Staff")


def test_a_title_is_right_when_it_is_any_of_the_page_s_stated_titles() -> None:
    assert title_right(["Floods close the bridge", "Bridge shut"], "Bridge shut | The Bugle")
    assert not title_right(["Floods close the bridge", "Bridge shut"], "Local news")


def test_a_title_keeps_its_own_dashes_when_the_site_name_is_cut() -> None:
    expected = "Fallen Order review - shoots for the moon - VG247"
    assert title_right(expected, "Fallen Order review - shoots for the moon")
    assert not title_right(expected, "Fallen Order review shoots for the moon")


def test_a_byline_with_an_affiliation_is_right_and_one_with_a_biography_is_not() -> None:
    assert byline_right(["Sandee LaMotte"], "Sandee LaMotte, CNN")
    assert not byline_right(["rmb8090"], "rmb8090 Siamo un memorabilia del meglio")


def test_a_set_of_hand_picked_passages_is_scored_by_the_passages_found() -> None:
    # bench/trafilatura-set: passages the article must hold ("with") and must not ("without"),
    # matched with whitespace folded.
    expected = {"with": ["Floods close", "the  bridge"], "without": ["Subscribe now"]}
    right = score(expected, "Floods close\nthe bridge on Monday.")
    assert (right.precision, right.recall, right.exact) == (1.0, 1.0, True)
    half = score(expected, "Floods close the road. Subscribe now!")
    assert (half.precision, half.recall, half.exact) == (0.5, 0.5, False)
    assert score(expected, "").precision is None
    assert score({"with": ["Klima\xadwandel"], "without": []}, "Klimawandel").exact


def test_prose_words_leave_out_the_words_of_links() -> None:
    from bench.cleaning import prose_words_newsreader, prose_words_readability

    sentence = "The council voted on Tuesday to expand the bus network with four new routes."
    html = (
        "<html><body><article>"
        + f"<p>{sentence} Read the <a href='https://example.com/plan'>full plan here</a>.</p>" * 4
        + "</article></body></html>"
    )
    expected = 4 * (len(sentence.split()) + 2)  # and "Read the"; "full plan here" left out
    assert prose_words_readability(html) == expected
    assert prose_words_newsreader(html, "https://example.com/story") == expected


def test_a_byline_miss_is_counted_by_its_kind() -> None:
    from bench.metadata import miss_kind

    assert miss_kind(["Ann Lee"], None) == "nothing found, expected person"
    assert miss_kind(["dpa/lno"], "Bo Kim") == "another name, expected other"
    assert miss_kind(["Ann Lee", "Bo Kim"], "Ann Lee") == "some of the names, expected person"
    assert miss_kind(["Ann Lee"], "Ann Lee Washington Post") == (
        "names and more words, expected person"
    )
