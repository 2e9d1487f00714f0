"""newsreader among other tools (issue 15): piped output, and as newsboat's browser, nom's
opener and a `$PAGER`-style target, each with its output going to a pipe."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT, SAMPLE
from tests.http_server import ARTICLE, serve


def _piped(*args: str, input: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """`newsreader ARGS` with stdout a pipe, in a colour terminal's environment: what the
    user's shell has, not the test suite's NO_COLOR."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "LINES")}
    env |= {"PYTHONPATH": str(ROOT), "TERM": "xterm-256color", "COLUMNS": "80"}
    env["COLORTERM"] = "truecolor"
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        input=input,
        capture_output=True,
        timeout=60,
        cwd=ROOT,
        env=env,
        check=False,
    )


def test_analyze_to_a_pipe_has_no_escape_codes_and_no_wrapping() -> None:
    result = _piped("analyze", str(SAMPLE))
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "\x1b" not in out
    lines = out.splitlines()
    first = next(line for line in lines if line.startswith("Syrian government forces"))
    assert len(first) > 80 and first.endswith(".")  # one paragraph, one line
    assert any(line.startswith("Quotes (") for line in lines)


def test_as_newsboats_browser_a_url_prints_the_article() -> None:
    # newsboat: browser "newsreader %u"; with its output not a terminal, the article is printed.
    with serve() as base:
        result = _piped(f"{base}/article.html")
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert out.startswith("Council passes budget")
    assert "passed a budget of $3.2 billion" in out
    assert "\x1b" not in out and "Home" not in out  # the article, not the page's menu


def test_as_a_pager_target_html_on_standard_input_prints_the_article() -> None:
    # curl -s URL | newsreader -
    result = _piped("-", input=ARTICLE.encode())
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert out.startswith("Council passes budget")
    assert "“We are proud of it,” said Mayor Ana Lopez" in out
    assert "\x1b" not in out
