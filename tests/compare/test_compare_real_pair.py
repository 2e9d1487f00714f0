"""A real pair: two Wikinews articles about Hurricane Dorian (seeds/, CC BY 2.5), through the
JSON and through the compare view."""

from __future__ import annotations

import json

import pytest

from reader.compare import compare
from reader.compare.inputs import load_side
from reader.ui.compare_app import CompareApp
from reader.ui.screens.compare import MARK_ID, DifferenceList
from reader.ui.widgets.article_view import ArticleView
from tests.conftest import ROOT, run_cli

A = ROOT / "seeds" / "wikinews-hurricane-dorian-2019-09-01.txt"
B = ROOT / "seeds" / "wikinews-hurricane-dorian-2019-09-05.txt"


def test_real_pair_through_the_json() -> None:
    result = run_cli("compare", "--json", str(A), str(B))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    changed = {(n["a"]["text"], n["b"]["text"]) for n in data["numbers"] if n["kind"] == "changed"}
    assert ("180", "185") in changed  # peak winds in mph, four days apart
    assert ("285", "295") in changed  # the same in kph and km/h
    only_b = {n["b"]["text"]: n["counts"] for n in data["numbers"] if n["kind"] == "only_b"}
    assert "people" in only_b["twenty"]  # "twenty people have been confirmed killed"
    people = {p["name"]: p for p in data["people"]}
    minnis = people["Hubert Minnis"]
    assert minnis["kind"] == "both"
    assert minnis["a"]["quoted_words"] == 0 and minnis["b"]["quoted_words"] > 20
    assert people["Ron DeSantis"]["kind"] == "only_a"
    speakers_b = {q["b"]["speaker"] for q in data["quotes"] if q["kind"] == "only_b"}
    assert "Hubert Minnis" in speakers_b


@pytest.mark.anyio
async def test_real_pair_in_the_view_jumps_to_the_wind_speed() -> None:
    app = CompareApp(compare(load_side(str(A)), load_side(str(B))))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        options = app.screen.query_one(DifferenceList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        index = labels.index(next(label for label in labels if "180 → 185" in label))
        options.highlighted = index
        await pilot.pause()
        for view_id, figure in (("#view-a", "180 mph"), ("#view-b", "185 mph")):
            view = app.screen.query_one(view_id, ArticleView)
            start = view.article.text.index(figure)
            assert view.user_highlight_at(start) == MARK_ID
            assert view.cursor == start
