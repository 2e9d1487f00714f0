"""The command palette lists our commands only, and says where an export will be written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.ui.app import ReaderApp
from tests.ui.conftest import settle

SIZE = (140, 40)
pytestmark = pytest.mark.anyio


async def palette_lines(pilot: Any) -> list[str]:
    """Open the palette and return every line of its list (commands and their help)."""
    from textual.command import CommandList

    await pilot.press("ctrl+p")
    lines: list[str] = []
    for _ in range(100):
        await pilot.pause(0.02)
        lists = pilot.app.screen.query(CommandList)
        if lists and lists.first().option_count > 5:
            await pilot.pause(0.2)  # let every provider answer
            options = lists.first()
            for index in range(options.option_count):
                prompt = options.get_option_at_index(index).prompt
                lines += str(getattr(prompt, "plain", prompt)).splitlines()
            return lines
    raise AssertionError("the palette never listed its commands")


async def test_the_palette_has_only_our_commands_and_themes(
    make_app: Callable[..., ReaderApp], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for _ in range(20):  # the notes open in a worker
            await app.workers.wait_for_complete()
            await pilot.pause()
        lines = await palette_lines(pilot)
    text = "\n".join(lines)
    for generic in ("Maximize", "Screenshot", "Theme: dracula", "Theme: textual-light"):
        assert generic not in text
    for ours in (
        "Library: saved articles and their notes",
        "Panel: notes",
        "Quotes: why this speaker? (the quote at the cursor or chosen in the list)",
        "Theme: paper",
        "Theme: newsreader-light",
        "Notes: export this article's notes as Markdown",
        "Notes: write a note on the selection, or on the sentence at the cursor",
        "Select text: the sentence at the cursor, then j/k, w/b",
    ):
        assert ours in lines, ours
    assert f"writes a new file in {tmp_path}" in lines


async def test_the_palette_offers_only_the_panels_with_something_in_them(
    make_app: Callable[..., ReaderApp],
    analysis: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """An article without links has no Links tab: the palette does not offer it (nor the
    next-link command); an analysis with no quotes offers no Quotes panel."""
    from reader.analysis.model import Analysis

    monkeypatch.chdir(tmp_path)
    app = make_app(analysis=Analysis(people=analysis.people))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lines = await palette_lines(pilot)
    assert "Panel: people" in lines and "Panel: notes" in lines
    for absent in ("Panel: links", "Links: next link in the text", "Panel: quotes"):
        assert absent not in lines, absent


async def test_the_palette_offers_the_links_panel_when_there_are_links(
    make_app: Callable[..., ReaderApp],
    article: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from dataclasses import replace

    from reader.article import Link

    monkeypatch.chdir(tmp_path)
    article = replace(article, links=(Link(0, 5, "https://example.com/"),))
    async with make_app(article=article).run_test(size=SIZE) as pilot:
        await settle(pilot)
        lines = await palette_lines(pilot)
    assert "Panel: links" in lines and "Links: next link in the text" in lines
