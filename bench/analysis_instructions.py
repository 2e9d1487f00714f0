"""Instructions per `analyze()` run, counted by callgrind: a speed figure that load does not move.

Usage: python bench/analysis_instructions.py [sample|10k|100k] [--runs N]

Re-runs itself under `valgrind --tool=callgrind --instr-atstart=no` (with PYTHONHASHSEED=0),
warms up (word lists, compiled patterns, one run on the text), then switches instrumentation
on with `callgrind_control -i on` only around N runs of `analyze()` on the text that
bench/analysis_speed.py builds, and prints the instructions per run. On a machine shared with
other work the CPU time of the same code varies by tens of percent from run to run; this
count varies by about 1 %. Compare two checkouts by running it in each (for instance `git
worktree add --detach /tmp/main main`). Under callgrind Python runs about 50x slower: the
sample takes seconds, 100k words about ten minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_INNER = "PERF_INSTRUCTIONS_INNER"


def _inner(which: str, runs: int) -> None:
    sys.path.insert(0, str(ROOT))
    import bench.analysis_speed as speed
    from reader.analysis import analyze

    sample = (speed.TEXTS / "aleppo.txt").read_text("utf-8")
    text = sample if which == "sample" else speed._build(10_000 if which == "10k" else 100_000)
    analyze(sample)
    analyze(text)

    def control(state: str) -> None:
        subprocess.run(
            ["callgrind_control", "-i", state, str(os.getpid())],
            check=True,
            stdout=subprocess.DEVNULL,
        )

    control("on")
    for _ in range(runs):
        analyze(text)
    control("off")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("text", nargs="?", default="sample", choices=["sample", "10k", "100k"])
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args(argv)
    if os.environ.get(_INNER):
        _inner(args.text, args.runs)
        return 0
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("valgrind (callgrind) is not installed", file=sys.stderr)
        return 2
    env = {**os.environ, _INNER: "1", "PYTHONHASHSEED": "0"}
    cmd = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        args.text,
        "--runs",
        str(args.runs),
    ]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    m = re.search(r"Collected : ([\d,]+)", done.stderr)
    if done.returncode != 0 or m is None:
        print(done.stderr[-2000:], file=sys.stderr)
        return 1
    # About 0.3 M of the count is the callgrind_control call that switches counting off.
    total = int(m.group(1).replace(",", ""))
    print(f"{args.text}: {total / args.runs / 1e6:.1f} M instructions per analyze() run")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
