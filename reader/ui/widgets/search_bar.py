"""The search prompt: `/` searches forward, `\\` backward; ↑ and ↓ recall earlier searches."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input

PROMPTS = {
    1: "Search (Enter finds, ↑ earlier searches, Esc closes)",
    -1: "Search backward (Enter finds, ↑ earlier searches, Esc closes)",
}


class SearchBar(Input):
    """An `Input` with a history of what was searched, newest last, as in less and vim."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "history(-1)", "Earlier search", show=False, id="search.history_back"),
        Binding("down", "history(1)", "Later search", show=False, id="search.history_forward"),
    ]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.history: list[str] = []
        self.direction = 1
        self._recall = 0  # index into history; len(history) means "what is being typed"
        self._typed = ""

    def open(self, direction: int) -> None:
        """Show the prompt, empty, for a search in `direction` (1 forward, -1 backward)."""
        self.direction = direction
        self.placeholder = PROMPTS[direction]
        with self.prevent(Input.Changed):  # the last search's highlights stay until typing
            self.value = ""
        self._recall = len(self.history)
        self._typed = ""

    def remember(self, query: str) -> None:
        if query:
            if query in self.history:
                self.history.remove(query)
            self.history.append(query)

    def action_history(self, step: int) -> None:
        if not self.history:
            return
        if self._recall == len(self.history):
            self._typed = self.value
        self._recall = max(0, min(len(self.history), self._recall + step))
        text = self._typed if self._recall == len(self.history) else self.history[self._recall]
        self.value = text
        self.cursor_position = len(text)
