"""Compare benchmark: two 5,000-word articles and two 100,000-word texts.

Run: python bench/compare.py [--runs N]
The texts are English Wikinews articles from the shared corpus/articles.jsonl (CC BY 2.5)
laid end to end; B is A edited the way a second version is: every 7th paragraph dropped,
numbers in every 5th changed, every 6th reworded, straight quotes curled in every 4th, and
paragraphs from other articles added. Each side is analysed first (timed apart); then
`compare` is timed. The baseline in the same run is the analysis of the same two texts:
the ratio says what comparing costs on top of analysing, whatever the machine.
Targets (issue 14): 5,000 words < 300 ms beyond analysis; 100k words < 5 s and < 500 MB.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.shared_data import SHARED, require  # noqa: E402
from reader.analysis import analyze  # noqa: E402
from reader.compare import Side, compare  # noqa: E402
from reader.extract.text.plain import clean_text  # noqa: E402

CORPUS = SHARED / "corpus" / "articles.jsonl"


def paragraphs() -> list[str]:
    corpus = require(CORPUS, "the Wikinews corpus").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in corpus.splitlines()]
    return [p for row in rows for p in row["text"].split("\n\n") if p.strip()]


def take(pool: list[str], words: int, start: int = 0) -> list[str]:
    out, count = [], 0
    for paragraph in pool[start:]:
        out.append(paragraph)
        count += len(paragraph.split())
        if count >= words:
            break
    return out


def edited(version: list[str], extra: list[str]) -> list[str]:
    """The second version: some paragraphs dropped, figures changed, words changed, added."""
    out = []
    for i, paragraph in enumerate(version):
        if i % 7 == 3:
            continue
        if i % 5 == 0:
            paragraph = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), paragraph)
        if i % 6 == 0:
            paragraph = paragraph.replace(" the ", " a ", 2)
        if i % 4 == 0:
            paragraph = re.sub(r'"([^"]*)"', r"“\1”", paragraph)
        out.append(paragraph)
        if i % 9 == 0 and extra:
            out.append(extra[i % len(extra)])
    return out


def side(parts: list[str], name: str) -> tuple[Side, float]:
    article = clean_text("\n\n".join(parts), source=name)
    started = time.perf_counter()
    analysis = analyze(article.text)
    return Side(article, analysis), time.perf_counter() - started


def run(words: int, runs: int, pool: list[str]) -> None:
    a_parts = take(pool, words)
    extra = take(pool, words // 5, start=len(a_parts))
    b_parts = edited(a_parts, extra)
    a, analyse_a = side(a_parts, "a")
    b, analyse_b = side(b_parts, "b")
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        result = compare(a, b)
        timings.append(time.perf_counter() - started)
    tracemalloc.start()
    compare(a, b)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    analyse = analyse_a + analyse_b
    median = statistics.median(timings)
    print(
        f"{words:>7,} words (A {a.article.word_count:,}, B {b.article.word_count:,}): "
        f"compare median {median * 1000:.0f} ms (best {min(timings) * 1000:.0f}, {runs} runs); "
        f"baseline analyse A+B {analyse * 1000:.0f} ms; ratio {median / analyse:.3f}; "
        f"compare peak {peak / 2**20:.1f} MB traced; "
        f"{len(result.quotes)} quote, {len(result.numbers)} number, {len(result.people)} person, "
        f"{len(result.passages)} passage rows"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pool = paragraphs()
    run(5_000, args.runs, pool)
    run(100_000, max(1, args.runs // 3), pool)
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS (analysis included): {peak_rss:.0f} MB")


if __name__ == "__main__":
    main()
