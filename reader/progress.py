"""What a long load is doing, for a front end to show, and a way for the user to stop it.

Loading runs on a worker thread; the front end makes a `Progress`, passes it down, and may
call `cancel()` from any thread. The loading code calls `report("Fetching example.com…")`
between steps and `check()` inside long loops: both raise `Cancelled` once cancelled, so a
stopped load ends at the next step instead of running on unseen. No Textual here.

    progress = Progress(on_report=print)
    load_article(url, progress=progress)   # prints "Fetching example.com… 340 KB", "Cleaning…"
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from reader.errors import NewsreaderError

REPORT_EVERY = 0.1  # seconds between two byte-count reports of one stage


class Cancelled(NewsreaderError):
    """The user stopped the load (esc, q)."""


class Progress:
    def __init__(self, on_report: Callable[[str], None] | None = None) -> None:
        self._on_report = on_report
        self._cancelled = threading.Event()
        self._last_report = 0.0

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled("Loading cancelled.")

    def report(self, text: str, *, often: bool = False) -> None:
        """Say what is happening now; `often` reports (byte counts) are thinned out."""
        self.check()
        now = time.monotonic()
        if often and now - self._last_report < REPORT_EVERY:
            return
        self._last_report = now
        if self._on_report is not None:
            self._on_report(text)


def human_size(size: int) -> str:
    """340 KB, 1.2 MB: what a progress line shows (decimal units, as browsers do)."""
    if size < 1000:
        return f"{size} B"
    if size < 1_000_000:
        return f"{size // 1000} KB"
    return f"{size / 1_000_000:.1f} MB"
