"""The Textual reader. Imported lazily by the CLI, only when the TUI runs.

from reader.ui import run_reader
exit_code = run_reader("page.html", theme="paper")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.sources import LoadLimits
    from reader.ui.early_load import EarlyLoad


def run_reader(
    source: str | None,
    *,
    stdin: bytes | None = None,
    theme: str | None = None,
    limits: LoadLimits | None = None,
    early: EarlyLoad | None = None,
) -> int:
    """Run the reader on `source` (path, URL or "-" with `stdin` bytes); returns an exit code.

    `source=None` opens the start screen. For "-", the caller has read standard input into
    `stdin` and reopened /dev/tty onto fd 0, so Textual reads keys from the terminal.
    `early` is the load of `source` already under way (the CLI starts it before Textual).
    Returns 0, or 2 when the article could not be opened (the error was shown in the app).
    """
    from reader.ui.app import ReaderApp

    app = ReaderApp(source, stdin=stdin, theme=theme, limits=limits, early=early)
    result = app.run()
    if app.return_code not in (None, 0):
        return app.return_code
    return int(result or 0)
