"""Time reader.analysis.analyze on the sample and on 10k- and 100k-word texts.

Usage: python bench/analysis_speed.py [--repeat N]

Times are CPU time of this process (`time.process_time`), best of several runs, so a machine
shared with other work shows the cost of the analysis rather than the wait for a core.

The long texts are built by repeating the dev-set texts (paragraphs kept). Beside each
figure it prints a baseline measured in the same run on the same text: one
`re.findall(r"\\w+", text)` pass, so the ratio says how many tokenising passes the analysis
costs. Per-word cost at 100k words is compared with the cost at 10k (bar: at most 1.2x).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.analysis import analyze  # noqa: E402

TEXTS = ROOT / "bench" / "devset" / "texts"


def _best(fn, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn(text)
        best = min(best, time.process_time() - t0)
    return best


def _build(words: int) -> str:
    sources = [p.read_text("utf-8") for p in sorted(TEXTS.glob("*.txt"))]
    parts: list[str] = []
    count = 0
    i = 0
    while count < words:
        src = sources[i % len(sources)]
        parts.append(src)
        count += len(src.split())
        i += 1
    return "\n\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    sample = (TEXTS / "aleppo.txt").read_text("utf-8")
    analyze(sample)  # warm caches (word lists, compiled patterns)
    baseline = lambda t: re.findall(r"\w+", t)  # noqa: E731
    rows = [
        ("sample (aleppo)", sample),
        ("10k words", _build(10_000)),
        ("100k words", _build(100_000)),
    ]
    per_word = {}
    print(
        f"{'text':<18}{'words':>8}{'analyze ms':>12}{'baseline ms':>13}{'ratio':>8}{'us/word':>9}"
    )
    for label, text in rows:
        n = len(text.split())
        # Small texts are cheap: take the best of many runs so a busy machine shows less.
        rep = args.repeat * 4 if n < 5_000 else args.repeat if n < 50_000 else args.repeat // 2
        rep = max(rep, 2)
        t = _best(analyze, text, rep)
        b = _best(baseline, text, rep)
        per_word[label] = t / n
        print(
            f"{label:<18}{n:>8}{t * 1000:>12.2f}{b * 1000:>13.2f}{t / b:>8.1f}{t / n * 1e6:>9.2f}"
        )
    ratio = per_word["100k words"] / per_word["10k words"]
    print(f"per-word cost at 100k / at 10k: {ratio:.2f} (bar <= 1.2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
