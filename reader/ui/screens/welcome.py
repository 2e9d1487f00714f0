"""The welcome text: what the library shows while it is empty."""

from __future__ import annotations

from textual.content import Content

WELCOME = Content.assemble(
    ("newsreader\n\n", "bold $primary"),
    "Open an article to read it closely:\n\n",
    ("  newsreader page.html\n", "$accent"),
    ("  newsreader https://example.com/story\n", "$accent"),
    ("  curl -s https://example.com/story | newsreader -\n\n", "$accent"),
    ("Press ? for keys, ctrl+p for commands, q to quit.", "$text-muted"),
)
