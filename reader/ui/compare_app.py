"""The app for `newsreader compare`: the reader's themes and settings around a CompareScreen."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen

from reader.compare.model import Comparison
from reader.ui.app import ReaderApp


class CompareApp(ReaderApp):
    # The screen names compare.tcss too (for when it is pushed over the reader), but a
    # default screen's CSS_PATH is not loaded by Textual 8, so the app names it as well.
    CSS_PATH = ["reader.tcss", "compare.tcss"]  # type: ignore[assignment]  # noqa: RUF012

    def __init__(self, comparison: Comparison, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.comparison = comparison

    def get_default_screen(self) -> Screen[Any]:
        from reader.ui.screens.compare import CompareScreen

        return CompareScreen(self.comparison)


def run_compare_view(comparison: Comparison, *, theme: str | None = None) -> int:
    """Show `comparison` until the user quits; returns the exit code."""
    app = CompareApp(comparison, theme=theme)
    return int(app.run() or 0)
