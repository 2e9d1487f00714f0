"""Load the article on a plain thread that starts while the first screen is being built.

A local file is usually cleaned before the screen has finished its layout, so the first
frame can already show the text instead of an empty frame followed by the article. The thread
is a daemon the app never waits for: quitting during a hung download or a slow clean ends the
process at once. What the load is doing ("Fetching example.com… 340 KB", "Cleaning…") is kept
for the screen to show, and `cancel()` stops it at its next step. No Textual here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from reader.article import Article
from reader.extract.sources import LoadLimits
from reader.progress import Progress


class EarlyLoad:
    """`load_article(source, stdin=...)`, computed on a daemon thread started at once."""

    def __init__(self, source: str, stdin: bytes | None, limits: LoadLimits | None = None) -> None:
        self.source = source
        self.status = "Opening…"
        """What the load is doing now, in a few words (read from any thread)."""
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._on_done: Callable[[], None] | None = None
        self._article: Article | None = None
        self._error: BaseException | None = None
        self._progress = Progress(on_report=self._report)
        threading.Thread(
            target=self._run,
            args=(source, stdin, limits or LoadLimits()),
            name="newsreader-load",
            daemon=True,
        ).start()

    def _report(self, text: str) -> None:
        self.status = text

    def _run(self, source: str, stdin: bytes | None, limits: LoadLimits) -> None:
        try:
            from reader.extract import load_article

            self._article = load_article(
                source,
                stdin=stdin,
                max_bytes=limits.max_bytes,
                timeout=limits.timeout,
                progress=self._progress,
            )
        except BaseException as error:  # handed to the UI, which reports it
            self._error = error
        finally:
            with self._lock:
                self._done.set()
                callback = self._on_done
            if callback is not None:
                callback()

    def when_done(self, callback: Callable[[], None]) -> None:
        """Call `callback` (on the loading thread, or now if done) once the load has ended."""
        with self._lock:
            if not self._done.is_set():
                self._on_done = callback
                return
        callback()

    def cancel(self) -> None:
        """Stop the load at its next step; `result()` then raises `Cancelled`."""
        self._progress.cancel()

    def done(self) -> bool:
        return self._done.is_set()

    def result(self) -> Article:
        """Wait for the article; raises what loading raised (e.g. NewsreaderError)."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._article is not None
        return self._article
