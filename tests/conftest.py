"""Shared test fixtures: isolated data/config dirs and helpers to run the CLI as a user does."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "aleppo-syrian-army-2016.txt"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Never let a test read or write the user's real notes, config or themes."""
    base = tmp_path_factory.mktemp("home")
    old = {key: os.environ.get(key) for key in ("NEWSREADER_DATA_DIR", "NEWSREADER_CONFIG_DIR")}
    os.environ["NEWSREADER_DATA_DIR"] = str(base / "data")
    os.environ["NEWSREADER_CONFIG_DIR"] = str(base / "config")
    yield
    for key, value in old.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def run_cli(
    *args: str, input: bytes | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m reader ARGS` in a subprocess, as a user would run `newsreader`."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1", COLUMNS="100")
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        input=input if input is not None else b"",
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
        check=False,
    )
