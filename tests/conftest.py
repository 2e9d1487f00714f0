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

# Modules whose tests are slow whatever they use: whole hostile corpora through the CLI and the TUI.
SLOW_MODULES = frozenset({"test_hostile_cli", "test_ui_hostile"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark end-to-end tests (those driving a real terminal through tmux) `e2e` and `slow`, and
    the hostile corpora `slow`, so `-m "not slow"` gives a quick run while working.

    A module is end-to-end when its source runs tmux: new tmux tests are marked without anyone
    having to remember the marker."""
    runs_tmux: dict[Path, bool] = {}
    for item in items:
        path = Path(str(item.fspath))
        if path not in runs_tmux:
            runs_tmux[path] = '"tmux"' in path.read_text(encoding="utf-8", errors="replace")
        if runs_tmux[path]:
            item.add_marker(pytest.mark.e2e)
            item.add_marker(pytest.mark.slow)
        elif path.stem in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)


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
