"""Every concrete example command in the README runs as written (with `newsreader` as the
installed command is called, run here as `python -m reader`), and the README still says it:
a renamed option or a changed example breaks this test, not a new user."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli
from tests.http_server import serve

README = (ROOT / "README.md").read_text(encoding="utf-8")

# (the example as the README writes it, the exit status it documents, what the output shows)
EXAMPLES = [
    ("newsreader seeds/aleppo-syrian-army-2016.txt", 0, "Syrian Army retakes 70%"),
    ("newsreader --paths", 0, "notes: "),
    ("newsreader completion bash", 0, "complete -o filenames -F _newsreader newsreader"),
    ("newsreader notes list", 0, ""),
    ("newsreader notes list --data-dir X", 0, ""),
]


@pytest.mark.parametrize(("example", "status", "shown"), EXAMPLES)
def test_a_readme_example_runs_as_written(
    example: str, status: int, shown: str, tmp_path: Path
) -> None:
    assert example in README, f"the README no longer shows {example!r}"
    words = shlex.split(example)[1:]
    words = [str(tmp_path / "X") if word == "X" else word for word in words]
    result = run_cli(*words)  # stdout is a pipe: the reader prints the article, as less does
    assert result.returncode == status, result.stderr.decode()
    assert shown in result.stdout.decode()
    assert b"\x1b[" not in result.stdout  # nothing meant for a terminal reaches a pipe


def test_curl_into_newsreader_dash_reads_the_page() -> None:
    """`curl -s URL | newsreader -` as in the README, with Python standing in for curl."""
    assert "curl -s URL | newsreader -" in README
    with serve() as base:
        fetch = subprocess.run(
            [
                sys.executable,
                "-c",
                f"import urllib.request,sys; sys.stdout.buffer.write("
                f"urllib.request.urlopen('{base}/article.html').read())",
            ],
            capture_output=True,
            timeout=30,
            check=True,
        )
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "-"],
        input=fetch.stdout,
        capture_output=True,
        timeout=60,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert "Council passes budget" in result.stdout.decode()
