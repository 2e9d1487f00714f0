"""Time to first paint: newsreader on the sample vs a bare Textual app, in the same run.

Each program is started in a fresh tmux window (160x45) and the screen is polled with
`capture-pane` every few milliseconds until the expected text is on it: for newsreader the
article's title AND the first paragraph, for the bare app its one line. Runs alternate so
both see the same machine load; the medians and their ratio are printed (bar: <= 1.5x).
"reader.ui direct" calls `reader.ui.run_reader` without the CLI, to show the CLI's share.
The package is byte-compiled first (as pip does on install): with PYTHONDONTWRITEBYTECODE
set, every start would otherwise compile newsreader's modules from source (~35 ms here).

    python bench/tui_first_paint.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = "seeds/aleppo-syrian-army-2016.txt"


def time_to_text(command: str, needles: tuple[str, ...], timeout: float = 20.0) -> float:
    session = f"nr-bench-{uuid.uuid4().hex[:8]}"
    with tempfile.TemporaryDirectory() as home:
        env = f"NEWSREADER_CONFIG_DIR={home}/c NEWSREADER_DATA_DIR={home}/d TERM=xterm-256color"
        full = f"cd {shlex.quote(str(ROOT))} && {env} {command}; sleep 5"
        start = time.perf_counter()
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", session, "-x", "160", "-y", "45", full],
            check=True,
            env={**os.environ, "TMUX": ""},
        )
        try:
            while time.perf_counter() - start < timeout:
                screen = subprocess.run(
                    ["tmux", "capture-pane", "-p", "-t", session],
                    capture_output=True,
                    text=True,
                ).stdout
                if all(needle in screen for needle in needles):
                    return time.perf_counter() - start
                time.sleep(0.003)
            raise SystemExit(f"timed out waiting for {needles} from {command}")
        finally:
            subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "reader")], check=True)
    python = shlex.quote(sys.executable)
    programs = {
        "bare Textual app": (f"{python} bench/tui/bare_app.py", ("bare Textual app",)),
        "reader.ui direct": (
            f"{python} -c 'from reader.ui import run_reader; run_reader(\"{SAMPLE}\")'",
            ("Syrian Army retakes 70%", "Syrian government forces have liberated"),
        ),
        "newsreader sample": (
            f"{python} -m reader {SAMPLE}",
            ("Syrian Army retakes 70%", "Syrian government forces have liberated"),
        ),
    }
    times: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(args.runs):
        for name, (command, needles) in programs.items():
            times[name].append(time_to_text(command, needles))
    for name, values in times.items():
        print(
            f"{name:20} median {statistics.median(values):.3f} s   "
            f"min {min(values):.3f}  max {max(values):.3f}  ({len(values)} runs)"
        )
    ratio = statistics.median(times["newsreader sample"]) / statistics.median(
        times["bare Textual app"]
    )
    best = min(times["newsreader sample"]) / min(times["bare Textual app"])
    print(
        f"ratio newsreader / bare: {ratio:.2f}x of medians, {best:.2f}x of best runs"
        "  (bar: <= 1.5x)"
    )


if __name__ == "__main__":
    main()
