"""CPU time of the whole `newsreader analyze --json` path against readability-lxml alone.

Usage: python bench/analyze_pages.py [--data DIR] [--repeat N] [--profile N]

Over the 181 pages of the article-extraction set, in one process and one run, page by page:
- newsreader: `newsreader analyze --json PAGE` run in process (`reader.cli.main`, its output
  captured): read the file, gunzip, sniff, decode, clean, analyse, write the JSON line;
- readability: `readability.Document(html).summary()` on the same page, given as text (decoded
  beforehand, outside its timing, as bench/cleaning.py does: given bytes, readability spends
  about half its time guessing the encoding, which would flatter the ratio).

Both are timed with `time.process_time` (CPU time of this process, which other jobs on a shared
machine do not inflate), interleaved page by page so that machine load touches both alike,
best of `--repeat` passes per page. It prints the totals and their ratio (issue 11's bar:
newsreader at most 1.6x readability) and the share of newsreader's time spent in analysis.
`--profile N` prints the N most expensive functions of the newsreader path (cProfile); the
pages of RESERVED.txt are timed with the others but never listed one by one.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gzip
import io
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from readability import Document

from bench.cleaning import decode
from bench.shared_data import SHARED, require
from reader import cli
from reader.analysis import analyze
from reader.extract import load_article

DEFAULT_DATA = SHARED / "bench" / "article-extraction"
BAR = 1.6
T = TypeVar("T")


def run_newsreader(path: Path) -> None:
    """`newsreader analyze --json PATH`, in process, its output thrown away."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        cli.main(["analyze", "--json", str(path)])


def run_readability(html: str) -> None:
    """readability-lxml alone on the same page: the summary of the page's article."""
    with contextlib.suppress(Exception):  # a page it cannot read costs what it cost
        Document(html).summary()


def _cpu(fn: Callable[[T], None], arg: T) -> float:
    start = time.process_time()
    fn(arg)
    return time.process_time() - start


def analysis_share(paths: list[Path]) -> float:
    """CPU seconds of `analyze()` alone over the cleaned texts of `paths` (outside the timing)."""
    texts = []
    for path in paths:
        with contextlib.suppress(Exception):
            texts.append(load_article(str(path)).text)
    start = time.process_time()
    for text in texts:
        analyze(text)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the benchmark's folder")
    ap.add_argument("--repeat", type=int, default=1, help="passes per page; best is kept")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print N hot functions")
    args = ap.parse_args(argv)
    folder = require(args.data / "html", "the article-extraction pages")
    paths = sorted(folder.glob("*.html.gz"))
    pages = [decode(gzip.decompress(path.read_bytes())) for path in paths]
    run_newsreader(paths[0])  # warm imports, word lists and compiled patterns
    run_readability(pages[0])
    ours = [float("inf")] * len(paths)
    theirs = [float("inf")] * len(paths)
    for _ in range(max(1, args.repeat)):
        for i, path in enumerate(paths):
            ours[i] = min(ours[i], _cpu(run_newsreader, path))
            theirs[i] = min(theirs[i], _cpu(run_readability, pages[i]))
    total_ours, total_theirs = sum(ours), sum(theirs)
    ratio = total_ours / total_theirs
    in_analysis = analysis_share(paths)
    print(f"pages: {len(paths)}  (CPU time of this process, best of {max(1, args.repeat)})")
    for label, total in (("newsreader analyze --json", total_ours), ("readability", total_theirs)):
        print(f"{label:<27}{total:8.3f} s  ({total / len(paths) * 1000:.1f} ms/page)")
    print(f"of which analyze()         {in_analysis:8.3f} s")
    print(f"ratio newsreader / readability: {ratio:.2f} (bar <= {BAR})")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for path in paths:
            run_newsreader(path)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
