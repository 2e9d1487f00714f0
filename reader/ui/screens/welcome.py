"""Shown when newsreader starts without an article (the notes library will live here)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from reader.ui.widgets.key_footer import KeyFooter

WELCOME = Content.assemble(
    ("newsreader\n\n", "bold $primary"),
    "Open an article to read it closely:\n\n",
    ("  newsreader page.html\n", "$accent"),
    ("  newsreader https://example.com/story\n", "$accent"),
    ("  curl -s https://example.com/story | newsreader -\n\n", "$accent"),
    ("Press ? for keys, ctrl+p for commands, q to quit.", "$text-muted"),
)


class WelcomeScreen(Screen[None]):
    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Static(WELCOME, id="welcome")
        yield KeyFooter()
