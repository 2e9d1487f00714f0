"""Every hostile input gives an article or a one-line error (exit 2) within time and memory
bounds, and no article text carries a control sequence or is read as markup.

Bounds, documented in BENCHMARKS.md: each case finishes within 120 s (a hang detector, not a
performance test) and under 1.5 GiB of peak memory; the shapes that were once quadratic or
memory-hungry have a tighter time bound of their own and must stay under 1 GiB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile_corpus import ESCAPES, MARKUP, Case, cases

TIME_BOUND_S = 120
MEMORY_BOUND_KB = 1536 * 1024
CASES = {case.name: case for case in cases()}


def _run(case: Case, tmp_path: Path) -> tuple[subprocess.CompletedProcess[bytes], int]:
    path = tmp_path / case.filename
    path.write_bytes(case.data)
    args = [sys.executable, "-m", "reader", "analyze", "--json", str(path)]
    if case.max_size:
        args[4:4] = ["--max-size", case.max_size]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    try:
        out, err = proc.communicate(timeout=TIME_BOUND_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail(f"{case.name}: no answer within {TIME_BOUND_S} s")
    # ru_maxrss of the child that just ended (KiB on Linux).
    import resource

    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return subprocess.CompletedProcess(args, proc.returncode, out, err), peak


def _unsafe(text: str) -> list[str]:
    return [c for c in text if (unicodedata.category(c) in ("Cc", "Cf") and c != "\n")]


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    start = time.monotonic()
    result, peak_kb = _run(case, tmp_path)
    elapsed = time.monotonic() - start
    err = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert peak_kb < MEMORY_BOUND_KB, f"{name}: peak {peak_kb} KiB"
    if case.seconds is not None:
        assert elapsed < case.seconds, f"{name}: {elapsed:.1f} s"
        assert peak_kb < 1024 * 1024, f"{name}: peak {peak_kb} KiB"
    if result.returncode == 0:
        assert case.expect in ("article", "either"), f"{name}: expected an error"
        data = json.loads(result.stdout)
        for field in ("text", "title", "byline", "site"):
            value = data.get(field) or ""
            assert not _unsafe(value), f"{name}: {field} holds {_unsafe(value)[:5]!r}"
        for item in data["quotes"] + data["numbers"]:
            assert data["text"][item["start"] : item["end"]] == item["text"]
        for person in data["people"]:
            assert not _unsafe(person["name"])
    else:
        assert case.expect in ("error", "either"), f"{name}: {err}"
        assert result.returncode == 2
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("newsreader: "), err
        assert not _unsafe(lines[0])


def test_escape_payloads_are_gone_but_text_stays(tmp_path: Path) -> None:
    result, _ = _run(CASES["escapes-raw"], tmp_path)
    data = json.loads(result.stdout)
    assert "PWNED" not in data["text"] and "PWNED" not in (data["title"] or "")
    for name in ESCAPES:
        assert f"{name}: beforeafter" in data["text"] or f"{name}: before" in data["text"]
    assert "Lee" in (data["byline"] or "Lee")


def test_markup_is_kept_literally(tmp_path: Path) -> None:
    result, _ = _run(CASES["markup"], tmp_path)
    data = json.loads(result.stdout)
    assert MARKUP in data["text"]
