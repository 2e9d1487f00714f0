"""`newsreader compare A B` opens at once and says what it is doing while the two articles
load and are compared; `q` quits meanwhile; a failure is shown, and quitting then exits 2."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import reader.compare.inputs
from reader.compare.model import Side
from reader.errors import NewsreaderError
from reader.ui.compare_app import CompareApp
from reader.ui.compare_load import CompareLoad
from reader.ui.screens.compare import CompareScreen, DifferenceList
from reader.ui.widgets.article_view import ArticleView
from tests.compare.pairs import write_pair
from tests.ui.conftest import wait_until
from tests.ui.screen import screen_text

pytestmark = pytest.mark.anyio
SIZE = (120, 30)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Loading B waits until the test opens the gate (a slow download, say)."""
    opened = threading.Event()
    load_side = reader.compare.inputs.load_side

    def slow(reference: str, **options: object) -> Side:
        if reference.endswith("b.txt"):
            opened.wait(10)
        return load_side(reference, **options)

    monkeypatch.setattr(reader.compare.inputs, "load_side", slow)
    yield opened
    opened.set()


async def test_loading_is_shown_and_the_comparison_follows(
    tmp_path: Path, gate: threading.Event
) -> None:
    a, b = write_pair(tmp_path, "number")
    app = CompareApp(loading=CompareLoad(a, b))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "Loading B" in screen_text(app), "the progress", 0.02)
        assert "q quits" in screen_text(app)
        gate.set()
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen), "the view", 0.05)
        await wait_until(pilot, lambda: "Number changed" in screen_text(app), "the list", 0.02)
        assert app.screen.query_one(DifferenceList).highlighted == 0
        view = app.screen.query_one("#view-b", ArticleView)  # B is at the first difference
        await wait_until(pilot, lambda: view.cursor == view.article.text.index("1,200"), "B")


async def test_q_quits_while_loading(tmp_path: Path, gate: threading.Event) -> None:
    a, b = write_pair(tmp_path, "number")
    app = CompareApp(loading=CompareLoad(a, b))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "Loading B" in screen_text(app), "the progress", 0.02)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not gate.is_set()  # it quit while B was still loading


async def test_a_failure_is_shown_and_quitting_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(reference: str, **options: object) -> Side:
        raise NewsreaderError(f"{reference}: the server answered 404")

    monkeypatch.setattr(reader.compare.inputs, "load_side", refuse)
    app = CompareApp(loading=CompareLoad("https://example.org/a", "b.txt"))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "answered 404" in screen_text(app), "the error", 0.02)
        assert "Could not compare" in screen_text(app)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 2


async def test_at_80_columns_the_summary_is_shown_whole() -> None:
    from reader.compare.summary import sentence
    from tests.conftest import ROOT

    seeds = ROOT / "seeds"
    app = CompareApp(
        loading=CompareLoad(
            str(seeds / "wikinews-hurricane-dorian-2019-09-01.txt"),
            str(seeds / "wikinews-hurricane-dorian-2019-09-05.txt"),
        )
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen), "the view", 0.05)
        await wait_until(pilot, lambda: app.screen.query("#compare-summary"), "the summary")
        await pilot.pause()
        summary = sentence(app.screen.comparison)
        assert len(summary) > 78  # too long for one row
        assert " ".join(summary.split()) in " ".join(screen_text(app).split())
