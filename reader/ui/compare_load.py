"""Load and compare the two articles of `newsreader compare A B` on a daemon thread.

The compare view opens at once and shows `status` ("Loading B: https://…", "Comparing…")
until the comparison is ready; the app never waits for the thread, so `q` quits during a slow
download. No Textual here: the command line starts the load before Textual is imported.
"""

from __future__ import annotations

import threading

from reader.compare.model import Comparison
from reader.extract.sources import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT


class CompareLoad:
    """`compare(load_side(a), load_side(b))`, computed on a thread started at once."""

    def __init__(
        self,
        a: str,
        b: str,
        *,
        stdin: bytes | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.a, self.b = a, b
        self.status = f"Loading A: {a}…"
        """What is being done now, in a few words (read from any thread)."""
        self._options = {"stdin": stdin, "max_bytes": max_bytes, "timeout": timeout}
        self._done = threading.Event()
        self._comparison: Comparison | None = None
        self._error: BaseException | None = None
        threading.Thread(target=self._run, name="newsreader-load", daemon=True).start()

    def _run(self) -> None:
        from reader.compare import compare, inputs

        try:
            side_a = inputs.load_side(self.a, **self._options)
            self.status = f"Loading B: {self.b}…"
            side_b = inputs.load_side(self.b, **self._options)
            self.status = "Comparing…"
            self._comparison = compare(side_a, side_b)
        except BaseException as error:  # handed to the view (or the command line)
            self._error = error
        finally:
            self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    def succeeded(self) -> bool:
        """Whether it has ended with a comparison."""
        return self._done.is_set() and self._error is None

    def wait(self, seconds: float) -> bool:
        """Wait up to `seconds` for the end; True if it has ended."""
        return self._done.wait(seconds)

    def result(self) -> Comparison:
        """Wait for the comparison; raises what loading or comparing raised."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._comparison is not None
        return self._comparison
