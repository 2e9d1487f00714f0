"""Fixtures for the reader UI: the sample article with a fixed analysis, and an app factory."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import textual.constants

from reader.analysis.model import Analysis
from reader.article import Article
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_view import ArticleView
from tests.ui.sample import sample_analysis, sample_article


@pytest.fixture(autouse=True)
def _truecolor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Apps in the test process draw in truecolor whatever TERM runs the tests: a 16-colour
    TERM (xterm) would add the reader's `-ansi-16` rules and change every snapshot."""
    monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", "truecolor")


@pytest.fixture
def article() -> Article:
    return sample_article()


@pytest.fixture
def analysis(article: Article) -> Analysis:
    return sample_analysis(article)


@pytest.fixture
def make_app(article: Article, analysis: Analysis) -> Callable[..., ReaderApp]:
    def make(**kwargs: object) -> ReaderApp:
        kwargs.setdefault("article", article)
        kwargs.setdefault("analysis", analysis)
        return ReaderApp(**kwargs)  # type: ignore[arg-type]

    return make


def view_of(app: ReaderApp) -> ArticleView:
    """The article view of the screen on top."""
    return app.screen.query_one(ArticleView)


async def settle(pilot: Any) -> None:
    """Wait until workers are done and the side panel (mounted after first paint) is filled."""
    from reader.ui.widgets.panels import ItemList, SidePanel

    app = pilot.app
    for _ in range(100):
        await pilot.pause()
        await app.workers.wait_for_complete()
        panels = app.screen.query(SidePanel)
        if panels and panels.first()._pending is None and app.screen.query(ItemList):
            await pilot.pause()
            return
    raise AssertionError("the side panel never became ready")


async def wait_until(
    pilot: Any, check: Callable[[], object], what: str, delay: float | None = None
) -> None:
    """Pause until `check()` is true (workers post their results a moment after finishing);
    `delay` (seconds a pause) waits longer, for a thread's work such as an analysis."""
    for _ in range(200):
        await pilot.pause(delay)
        if check():
            return
    raise AssertionError(f"timed out waiting for {what}")
