"""One line under the text: title, percent read, reading time left, search/mention counter.

Updated on every scroll, so it repaints itself only (a `Static.update` would relayout).
"""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget


class StatusLine(Widget):
    DEFAULT_CSS = """
    StatusLine { height: 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._content = Content("")

    def set_content(self, content: Content) -> None:
        if content != self._content:
            self._content = content
            self.refresh()

    def render(self) -> Content:
        return self._content
