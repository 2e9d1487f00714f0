"""bench/score_analysis.py --people-errors: missed and false people told apart by kind."""

from __future__ import annotations

import sys
from pathlib import Path

from reader.analysis import lexicon as lx
from reader.analysis.entities import EntityFinder

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import score_analysis as sa


def _miss(text: str, name: str, found: list[tuple[str, list[tuple[int, int]]]], gold: set[str]):
    return sa.people_miss_kind(text, name, found, gold, EntityFinder(text).find())


def test_a_miss_is_told_by_what_the_finder_made_of_the_name() -> None:
    text = "The firm hired Zorblat Quenth last year. Nobody saw it."
    assert _miss(text, "Zorblat Quenth", [], {"Zorblat Quenth"}) == "found, typed other"
    text = "In the morning they left for the coast."
    assert _miss(text, "Morning", [], {"Morning"}) == "never found as a capitalised run"


def test_a_miss_listed_under_another_form_or_merged_is_told_apart() -> None:
    text = "Ann Lee met Bo Lee. Lee said so."
    lee = text.index("Lee said")
    bo = text.index("Bo Lee")
    found = [("Ann Lee", [(0, 7), (lee, lee + 3)]), ("Lee", [(bo + 3, bo + 6)])]
    assert _miss(text, "Bo Lee", found, {"Ann Lee", "Bo Lee"}) == "listed under a shorter form"
    found = [("Ann Lee", [(0, 7), (bo, bo + 6)])]
    assert _miss(text, "Bo Lee", found, {"Ann Lee", "Bo Lee"}) == "merged into another person"


def test_the_shape_of_a_missed_name() -> None:
    names = lx.first_names()
    assert sa.people_miss_shapes("Hatshepsut", names) == ["single-word name"]
    assert sa.people_miss_shapes("O.J. Simpson", names) == [
        "particle, hyphen, apostrophe or initials"
    ]
    assert sa.people_miss_shapes("Zorblat Quenth", names) == ["given name in no list"]
    assert sa.people_miss_shapes("John Smith", names) == []


def test_a_false_person_is_told_by_its_kind() -> None:
    def kind(text: str, name: str, found: set[str] = frozenset(), missed: set[str] = frozenset()):
        return sa.people_fp_kind(text, name, set(found), set(missed), EntityFinder(text).find())

    assert kind("Ann Lee spoke. Lee Wong spoke.", "Lee Wong", {"Ann Lee"}) == (
        "split of one person into two"
    )
    assert kind("Coach Ann Lee spoke.", "Coach Ann Lee", missed={"Ann Lee"}) == (
        "title or word glued to a name"
    )
    assert kind("He flew from John Kennedy Airport today.", "John Kennedy") == (
        "a person-named thing (inside a longer name)"
    )
    assert kind("We saw Mad Max twice, and it was mad.", "Mad Max") == (
        "work title (a common word in it)"
    )
    assert kind("The character Zorblat Quenth returns.", "Zorblat Quenth") == (
        "fictional character"
    )
    assert kind("Then Zorblat Quenth spoke.", "Zorblat Quenth") == (
        "other (a real-looking name gold leaves out)"
    )


def test_where_a_missed_name_stands() -> None:
    text = "Officials met Ann Lee and Zorblat Quenth. “We will go,” Quenth said."
    a = text.index("Ann Lee")
    got = sa.people_miss_contexts(text, "Zorblat Quenth", [("Ann Lee", [(a, a + 7)])])
    assert got == ["named once", "listed beside a found person"]
    got = sa.people_miss_contexts("It was a post-Quenth era.", "Quenth", [])
    assert got == ["named once", "glued by a hyphen ('X-Y', 'post-X')"]
