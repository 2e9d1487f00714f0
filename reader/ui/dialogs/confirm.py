"""A yes/no question in a box over the dimmed screen: y answers yes, n or esc no."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

CSS = Path(__file__).with_name("dialogs.tcss")


class ConfirmScreen(ModalScreen[bool]):
    """A question answered with y (yes) or n / esc (no)."""

    CSS_PATH = CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Static(Content(self.question), id="confirm-question")
            yield Static(Content("y: yes   n / esc: no"), id="confirm-help")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
