"""Baseline for bench/tui_first_paint.py: the smallest Textual app that shows one line."""

from textual.app import App, ComposeResult
from textual.widgets import Static


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("Syrian Army retakes 70% — bare Textual app")


if __name__ == "__main__":
    Bare().run()
