"""The Textual reader. Imported lazily by the CLI, only when the TUI runs.

from reader.ui import run_reader
exit_code = run_reader("page.html", theme="paper")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.extract.sources import LoadLimits
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
    import asyncio

    from reader.ui.app import ReaderApp

    app = ReaderApp(source, stdin=stdin, theme=theme, limits=limits, early=early)
    # Our own loop: `asyncio.run` would wait, after the app has quit, for every thread
    # worker still running (a notes query stuck on a lock, say). `q` must end the process.
    from concurrent.futures import ThreadPoolExecutor

    loop = asyncio.new_event_loop()
    workers = ThreadPoolExecutor(thread_name_prefix="newsreader-worker")
    loop.set_default_executor(workers)
    result = app.run(loop=loop)
    code = app.return_code if app.return_code not in (None, 0) else int(result or 0)
    workers.shutdown(wait=False, cancel_futures=True)  # idle threads end now, busy ones later
    exit_now_if_threads_linger(code)
    return code


def exit_now_if_threads_linger(code: int, grace: float = 0.3) -> None:
    """The terminal is restored by now; if a worker thread would keep the process alive at
    interpreter exit (Python joins them), or our own loading or analysis thread is still busy
    (it would slow every step of the interpreter's shutdown, fighting for the GIL), end the
    process without waiting for it."""
    import os
    import sys
    import threading
    import time

    def leave() -> None:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)

    if any(t.name.startswith(BUSY_THREADS) and t.is_alive() for t in threading.enumerate()):
        leave()
    deadline = time.monotonic() + grace
    for thread in threading.enumerate():
        if thread is threading.main_thread() or thread.daemon:
            continue
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            leave()


BUSY_THREADS = ("newsreader-load", "newsreader-fetch", "newsreader-analysis")
"""Names of the daemon threads the reader starts for work that may run long."""
