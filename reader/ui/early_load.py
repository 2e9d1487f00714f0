"""Load the article on a plain thread that starts while the first screen is being built.

A local file is usually cleaned before the screen has finished its layout, so the first
frame can already show the text instead of an empty frame followed by the article. The
screen's Textual worker waits for this thread when it is not done yet. No Textual here.
"""

from __future__ import annotations

import threading

from reader.article import Article
from reader.extract.sources import LoadLimits


class EarlyLoad:
    """`load_article(source, stdin=...)`, computed on a daemon thread started at once."""

    def __init__(self, source: str, stdin: bytes | None, limits: LoadLimits | None = None) -> None:
        self.source = source
        self._done = threading.Event()
        self._article: Article | None = None
        self._error: BaseException | None = None
        threading.Thread(
            target=self._run,
            args=(source, stdin, limits or LoadLimits()),
            name="newsreader-load",
            daemon=True,
        ).start()

    def _run(self, source: str, stdin: bytes | None, limits: LoadLimits) -> None:
        try:
            from reader.extract import load_article

            self._article = load_article(
                source, stdin=stdin, max_bytes=limits.max_bytes, timeout=limits.timeout
            )
        except BaseException as error:  # handed to the UI, which reports it
            self._error = error
        finally:
            self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    def result(self) -> Article:
        """Wait for the article; raises what loading raised (e.g. NewsreaderError)."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._article is not None
        return self._article
