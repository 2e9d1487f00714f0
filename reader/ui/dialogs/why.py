"""`K` on a quote: why the analysis gave it this speaker, in a box over the dimmed screen.

The box opens at once saying it is working; the reasons arrive from a thread that re-runs the
analysis with `explain=True` (`ReaderScreen.explain_quote`), so reading is never slowed for
anyone who does not ask. Everything shown is plain `Content`, never markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.analysis.model import Quote, Why
from reader.ui.why import quote_opening, why_lines

CSS = Path(__file__).with_name("dialogs.tcss")
MAX_WIDTH = 90  # the box's widest, border included; a narrower screen less MARGIN
MARGIN = 4
FRAME = 4  # border and padding, left and right
WORKING = "Working out why…"
NOT_FOUND = (
    "The analysis no longer finds this quote (the text changed since it was analysed), "
    "so it cannot say why."
)


class WhyScreen(ModalScreen[None]):
    """The quote, then the reasons for its speaker once `show_why` gives them."""

    CSS_PATH = CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,K,enter", "dismiss(None)", "Close", id="why.close"),
    ]

    def __init__(self, quote: Quote) -> None:
        super().__init__()
        self.quote = quote

    def compose(self) -> ComposeResult:
        with Vertical(id="why-dialog"):
            yield Static(Content.styled("Why this speaker?", "bold $primary"), id="why-title")
            yield Static(Content(quote_opening(self.quote)), id="why-quote")
            yield Static(Content.styled(WORKING, "italic $text-muted"), id="why-reasons")
            yield Static(Content("esc closes"), id="why-help")

    _result: tuple[Why | None, str | None] | None = None

    def on_mount(self) -> None:
        self._fit()
        self._show()

    def on_resize(self, event: events.Resize) -> None:
        self._fit()

    def _fit(self) -> None:
        """As wide as its lines, at most MAX_WIDTH or the screen less a margin: a line longer
        than that wraps inside the box rather than running out of it."""
        width = max(FRAME + 10, min(MAX_WIDTH, self.size.width - MARGIN))
        dialog = self.query_one("#why-dialog", Vertical)
        dialog.styles.max_width = width
        for line in dialog.query(Static):
            line.styles.max_width = width - FRAME

    def show_why(self, why: Why | None, failure: str | None = None) -> None:
        """Put the reasons in the box (or why there are none)."""
        self._result = (why, failure)
        self._show()

    def _show(self) -> None:
        boxes = self.query("#why-reasons")
        if self._result is None or not boxes:
            return  # not composed yet: on_mount shows them
        why, failure = self._result
        if failure:
            reasons = Content.styled(failure, "$error")
        elif why is None:
            reasons = Content.styled(NOT_FOUND, "italic $text-muted")
        else:
            reasons = Content("\n".join(why_lines(why)))
        boxes.first(Static).update(reasons)
