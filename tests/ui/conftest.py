"""Fixtures for the reader UI: the sample article with a fixed analysis, and an app factory."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import textual.constants
from textual.pilot import Pilot

from reader.analysis.model import Analysis
from reader.article import Article
from reader.notes.store import NoteStore
from reader.ui.app import ReaderApp
from reader.ui.notes_screen import NotesReaderScreen
from reader.ui.widgets.article_view import ArticleView
from tests.ui.sample import sample_analysis, sample_article

SIZE = (140, 40)
"""The terminal most reader tests run in."""


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


async def settle_workers(pilot: Any, app: ReaderApp) -> None:
    """Let workers finish and their messages be handled (a few rounds)."""
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


async def notes_ready(pilot: Any, app: ReaderApp) -> NotesReaderScreen:
    """Wait until the reader's notes are open and drawn; returns the screen."""
    screen = app.screen
    assert isinstance(screen, NotesReaderScreen)
    for _ in range(50):
        await settle_workers(pilot, app)
        if screen.notes is not None and screen.notes_drawn:
            return screen
    raise AssertionError(f"notes never opened: {screen.notes_off}")


def database() -> Path:
    """The notes database of the test's own data directory."""
    return Path(os.environ["NEWSREADER_DATA_DIR"]) / "notes.sqlite3"


def saved_highlights() -> list[tuple[str, str]]:
    """Every saved highlight as (its text, its note)."""
    with NoteStore.open(database()) as store:
        return [(h.anchor.exact, h.note) for s in store.articles() for h in store.highlights(s.id)]


class Opened(NamedTuple):
    """A reader app running under Pilot, its panel ready."""

    app: ReaderApp
    pilot: Pilot[int]
    view: ArticleView


class OpenedNotes(NamedTuple):
    """A reader app running under Pilot, its notes open and drawn."""

    app: ReaderApp
    pilot: Pilot[int]
    screen: NotesReaderScreen
    view: ArticleView


OpenReader = Callable[..., AbstractAsyncContextManager[Opened]]
OpenNotes = Callable[..., AbstractAsyncContextManager[OpenedNotes]]


@pytest.fixture
def open_reader(make_app: Callable[..., ReaderApp]) -> OpenReader:
    """`async with open_reader(**app_options) as (app, pilot, view):` the sample article in
    a running reader (`size=` for another terminal), once its panel is ready."""

    @asynccontextmanager
    async def opened(size: tuple[int, int] = SIZE, **options: Any) -> AsyncIterator[Opened]:
        app = make_app(**options)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            yield Opened(app, pilot, view_of(app))

    return opened


@pytest.fixture
def open_notes(make_app: Callable[..., ReaderApp]) -> OpenNotes:
    """`async with open_notes(**app_options) as (app, pilot, screen, view):` the sample
    article in a running reader, once its notes are open and drawn."""

    @asynccontextmanager
    async def opened(size: tuple[int, int] = SIZE, **options: Any) -> AsyncIterator[OpenedNotes]:
        app = make_app(**options)
        async with app.run_test(size=size) as pilot:
            screen = await notes_ready(pilot, app)
            yield OpenedNotes(app, pilot, screen, view_of(app))

    return opened
