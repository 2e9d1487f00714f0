#!/usr/bin/env python3
"""What the reader's on-demand work costs, in CPU time (process_time, best of a few runs).

- `analyze(text)` against `analyze(text, explain=True)`: the reasons behind each speaker
  ("why this speaker?", K) are worked out only when asked, so reading never pays for them.
- The library's reading positions and feeds, read once per showing of the library (they were
  read again at every letter typed in its filter).

    python bench/tui_why.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def cpu(work: Callable[[], object], runs: int = 3) -> float:
    """The least CPU time of `runs` calls of `work`, in seconds."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    from bench.tui_large import big_article
    from reader.analysis import analyze

    sample = (ROOT / "seeds" / "aleppo-syrian-army-2016.txt").read_text(encoding="utf-8")
    for name, text, runs in (("sample", sample, 5), ("100k words", big_article().text, 1)):
        plain = cpu(lambda text=text: analyze(text), runs)  # type: ignore[misc]
        why = cpu(lambda text=text: analyze(text, explain=True), runs)  # type: ignore[misc]
        print(f"{name}: analyze {plain * 1000:.1f} ms, explain=True {why * 1000:.1f} ms CPU")

    home = tempfile.mkdtemp()
    os.environ["NEWSREADER_DATA_DIR"] = home
    os.environ["NEWSREADER_CONFIG_DIR"] = home
    from reader.feeds.store import saved_feeds
    from reader.positions import ReadingPosition, load_positions, save_position

    for index in range(300):
        save_position(f"url:https://example.com/{index}", ReadingPosition(index, 0, index, 50))

    def read_both() -> object:
        return {k: p.percent for k, p in load_positions().items()}, saved_feeds("")

    print(f"library: 300 positions + feeds read once: {cpu(read_both, 5) * 1000:.2f} ms CPU")


if __name__ == "__main__":
    main()
