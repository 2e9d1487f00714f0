"""Instructions of newsreader's loading and cleaning against readability-lxml's, counted by
callgrind on the same pages in the same run: a speed figure that load does not move.

Usage: python bench/cleaning_instructions.py [--data DIR ...] [--every N]

Re-runs itself under `valgrind --tool=callgrind --instr-atstart=no` (with PYTHONHASHSEED=0),
reads and decodes the pages, warms both up on the first page, then counts, with
`callgrind_control -i on/off` around each and a dump after each:
- newsreader: the loading path of `newsreader analyze --json` on the page's bytes
  (`article_from_bytes`: sniff, decode, bound, sanitise, clean, readability included), with
  the set's URL, as bench/cleaning_dump.py runs it;
- readability: `readability.Document(html).summary()` on the same page decoded beforehand
  (as bench/analyze_pages.py runs it).
It prints the instructions per page of each and their ratio. Default: the 181 pages of the
article-extraction set (about 4 minutes: Python runs about 50x slower under callgrind);
`--every N` counts every Nth page only. bench/analysis_instructions.py does the same for
`analyze()`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_INNER = "PERF_CLEANING_INSTRUCTIONS_INNER"


def _inner(sets: list[Path], every: int) -> None:
    sys.path.insert(0, str(ROOT))
    from readability import Document

    from bench.cleaning import decode
    from bench.cleaning_dump import cleaned, pages

    chosen = list(pages(tuple(sets)))[::every]
    texts = [decode(raw) for _, _, raw, _ in chosen]

    def newsreader() -> None:
        for _, key, raw, url in chosen:
            cleaned(raw, key, url)

    def readability() -> None:
        for html in texts:
            with contextlib.suppress(Exception):
                Document(html).summary()

    cleaned(chosen[0][2], chosen[0][1], chosen[0][3])
    with contextlib.suppress(Exception):
        Document(texts[0]).summary()

    def control(*args: str) -> None:
        subprocess.run(
            ["callgrind_control", *args, str(os.getpid())],
            check=True,
            stdout=subprocess.DEVNULL,
        )

    print(f"pages {len(chosen)}", flush=True)
    for run in (newsreader, readability):
        control("-i", "on")
        run()
        control("-i", "off")
        control("-d", run.__name__)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, action="append", help="sets (default: the 181 pages)")
    ap.add_argument("--every", type=int, default=1, help="count every Nth page only")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from bench.cleaning_dump import SETS

    sets = args.data or [SETS[0]]
    if os.environ.get(_INNER):
        _inner(sets, args.every)
        return 0
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("valgrind (callgrind) is not installed", file=sys.stderr)
        return 2
    env = {**os.environ, _INNER: "1", "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        cmd = [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={out}",
            sys.executable,
            __file__,
            *(f"--data={data}" for data in sets),
            f"--every={args.every}",
        ]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        counted = re.search(r"pages (\d+)", done.stdout)
        totals: dict[str, int] = {}
        for dump in Path(tmp).glob("callgrind.out.*"):
            text = dump.read_text(encoding="utf-8", errors="replace")
            trigger = re.search(r"^desc: Trigger: dump (\w+)", text, re.M)
            total = re.search(r"^totals: (\d+)", text, re.M)
            if trigger and total:
                totals[trigger.group(1)] = int(total.group(1))
    if done.returncode != 0 or counted is None or len(totals) != 2:
        print(done.stderr[-2000:], file=sys.stderr)
        return 1
    n = int(counted.group(1))
    ours, theirs = totals["newsreader"] / n, totals["readability"] / n
    print(f"{n} pages of {', '.join(s.name for s in sets)}; instructions per page:")
    print(f"  newsreader load+clean  {ours / 1e6:9.1f} M")
    print(f"  readability summary()  {theirs / 1e6:9.1f} M")
    print(f"  ratio                  {ours / theirs:9.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
