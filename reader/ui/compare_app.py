"""The app for `newsreader compare`: the reader's themes and settings around a CompareScreen.

Given a `CompareLoad` still at work, it opens at once on a screen that says what is being
loaded (`q` quits meanwhile), and shows the comparison when it is ready, or the failure.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen

from reader.compare.model import Comparison
from reader.ui.app import ReaderApp
from reader.ui.compare_load import CompareLoad


class CompareApp(ReaderApp):
    # The screen names compare.tcss too (for when it is pushed over the reader), but a
    # default screen's CSS_PATH is not loaded by Textual 8, so the app names it as well.
    CSS_PATH = ["reader.tcss", "compare.tcss"]  # type: ignore[assignment]  # noqa: RUF012

    def __init__(
        self,
        comparison: Comparison | None = None,
        *,
        loading: CompareLoad | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if comparison is None and loading is None:
            raise ValueError("CompareApp needs a comparison or a CompareLoad")
        self.comparison = comparison
        self.loading = loading

    def get_default_screen(self) -> Screen[Any]:
        from reader.ui.screens.compare import CompareScreen

        comparison = self.comparison or self.loading
        assert comparison is not None
        return CompareScreen(comparison)


def run_compare_view(comparison: Comparison | CompareLoad, *, theme: str | None = None) -> int:
    """Show `comparison` (or the one being loaded) until the user quits; returns the exit
    code (2 when the articles could not be loaded)."""
    from reader.ui import exit_now_if_threads_linger

    if isinstance(comparison, CompareLoad):
        app = CompareApp(loading=comparison, theme=theme)
    else:
        app = CompareApp(comparison, theme=theme)
    result = app.run()
    code = app.return_code if app.return_code not in (None, 0) else int(result or 0)
    exit_now_if_threads_linger(code)  # q during a download: do not wait for it
    return code
