"""The analysis through `newsreader analyze --json`: the contract's fields, exact offsets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "bench" / "devset" / "texts" / "aleppo.txt"


def test_analyze_json_carries_quotes_people_and_numbers() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "analyze", "--json", str(SAMPLE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    out = json.loads(proc.stdout)
    text = out["text"]
    quotes = out["quotes"]
    assert len(quotes) == 16
    shehabi = next(q for q in quotes if q["text"] == "We will not accept any truce,")
    assert (shehabi["speaker"], shehabi["cue"]) == ("Fares Shehabi", "told")
    assert text[shehabi["speaker_start"] : shehabi["speaker_end"]] == "Fares Shehabi"
    for q in quotes:
        assert text[q["start"] : q["end"]] == q["text"]
    lavrov = next(p for p in out["people"] if p["name"] == "Sergey Lavrov")
    assert lavrov["role"] == "Russian Foreign Minister"
    assert all(text[a:b].endswith("Lavrov") for a, b in lavrov["mentions"])
    numbers = {(n["text"], n["kind"], n["value"], n["unit"]) for n in out["numbers"]}
    assert ("five-day", "measure", 5, "day") in numbers
    assert ("70%", "percent", 70, "percent") in numbers
    for n in out["numbers"]:
        assert text[n["start"] : n["end"]] == n["text"]
