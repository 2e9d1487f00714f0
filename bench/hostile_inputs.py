"""Time and peak memory of `newsreader analyze --json` on the large hostile inputs, beside raw
readability-lxml on the same bytes in the same run (the baseline), one process per measurement.

    python bench/hostile_inputs.py [CASE ...]     (default: every case below)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile_corpus import cases  # noqa: E402

LARGE = (
    "page-20mb-allowed",
    "word-5mb",
    "word-5mb-text",
    "nested-100k",
    "nested-10k",
    "gzip-bomb",
    "page-20mb",
    "long-quote",
    "escapes-raw",
    "attributes-100k",
    "attributes-2m",
    "paragraphs-1m",
    "text-paragraphs-1m",
    "whitespace-runs",
)
BASELINE = (
    "import sys, logging; logging.disable(logging.CRITICAL)\n"
    "from readability import Document\n"
    "data = open(sys.argv[1], 'rb').read()\n"
    "try:\n    Document(data.decode('utf-8', 'replace')).summary()\n"
    "except Exception as e:\n    print(type(e).__name__, file=sys.stderr)\n"
)


def measure(args: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MiB, and exit code of one child process.

    GNU time runs the command: a child forked straight from this process would report this
    process's own (large) memory as its peak.
    """
    with tempfile.NamedTemporaryFile("r") as report:
        start = time.perf_counter()
        done = subprocess.run(
            ["/usr/bin/time", "-o", report.name, "-f", "%M", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
            check=False,
        )
        elapsed = time.perf_counter() - start
        peak_kib = int(report.read().strip().splitlines()[-1])
    return elapsed, peak_kib / 1024, done.returncode


def main() -> None:
    by_name = {case.name: case for case in cases()}
    print(
        f"{'case':<20} {'MB':>6} {'newsreader s':>13} {'MiB':>6} {'exit':>4}"
        f" {'readability s':>14} {'MiB':>6} {'ratio':>6}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for name in sys.argv[1:] or LARGE:
            case = by_name[name]
            path = Path(tmp) / case.filename
            path.write_bytes(case.data)
            args = [sys.executable, "-m", "reader", "analyze", "--json", str(path)]
            if case.max_size:
                args[4:4] = ["--max-size", case.max_size]
            ours = measure(args)
            base = measure([sys.executable, "-c", BASELINE, str(path)])
            print(
                f"{name:<20} {len(case.data) / 1e6:>6.1f} {ours[0]:>13.2f} {ours[1]:>6.0f}"
                f" {ours[2]:>4} {base[0]:>14.2f} {base[1]:>6.0f} {ours[0] / base[0]:>6.2f}"
            )


if __name__ == "__main__":
    main()
