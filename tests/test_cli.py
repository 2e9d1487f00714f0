"""`newsreader` as a user runs it: analyze output, JSON Lines, stdin, and every error case."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader import __version__
from tests.conftest import ROOT, SAMPLE, run_cli

BENCH_PAGE = ROOT / "tests" / "data" / "pages"


def _one_line_error(result: subprocess.CompletedProcess[bytes], fragment: str) -> None:
    assert result.returncode == 2, result.stderr
    err = result.stderr.decode()
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("newsreader: ")
    assert fragment in lines[0], lines[0]


def test_analyze_json_sample() -> None:
    result = run_cli("analyze", "--json", str(SAMPLE))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"].startswith("Syrian Army retakes 70% of E. Aleppo")
    assert data["published"] == "2016-12-07T19:16"
    assert data["source"] == str(SAMPLE)
    text = data["text"]
    kinds = [block["kind"] for block in data["blocks"]]
    assert kinds[0] == "title" and kinds.count("heading") == 2
    assert kinds.count("paragraph") == 27
    for block in data["blocks"]:
        assert text[block["start"] : block["end"]].strip()
    for junk in ("icon", "Podcasts", "27:33"):
        assert junk not in text
    for key in ("quotes", "people", "numbers", "byline", "site"):
        assert key in data
    for item in data["quotes"] + data["numbers"]:
        assert text[item["start"] : item["end"]] == item["text"]


def test_json_lines_in_input_order_with_errors(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><h1>Budget vote</h1><p>The council voted on the budget on "
        "Tuesday evening after a long debate, the clerk said.</p></article></body></html>"
    )
    result = run_cli("analyze", "--json", str(SAMPLE), str(tmp_path / "nope.txt"), str(page))
    assert result.returncode == 2
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["source"] for line in lines] == [
        str(SAMPLE),
        str(tmp_path / "nope.txt"),
        str(page),
    ]
    assert lines[1]["error"].endswith("no such file")
    assert lines[2]["title"] == "Budget vote"


def test_jobs_gives_the_same_output(tmp_path: Path) -> None:
    inputs = [str(SAMPLE)] * 3 + [str(tmp_path / "missing.txt")]
    serial = run_cli("analyze", "--json", *inputs)
    parallel = run_cli("analyze", "--json", "--jobs", "2", *inputs)
    assert serial.stdout == parallel.stdout
    assert serial.returncode == parallel.returncode == 2


def test_stdin() -> None:
    result = run_cli("analyze", "--json", "-", input=SAMPLE.read_bytes())
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"] == "-"
    assert data["published"] == "2016-12-07T19:16"


def test_gzipped_benchmark_page() -> None:
    pages = sorted(BENCH_PAGE.glob("*.html.gz"))
    if not pages:
        pytest.skip("no benchmark pages copied into tests/data/pages")
    result = run_cli("analyze", "--json", str(pages[0]))
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["text"]) > 500


def test_human_readable_output_does_not_parse_markup(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "A Headline [bold]Here\n\n"
        "[Reuters] The minister [@click=app.quit]spoke[/bold] on Tuesday, aides said.\n"
    )
    result = run_cli("analyze", str(story))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "[Reuters] The minister [@click=app.quit]spoke[/bold]" in out
    assert "A Headline [bold]Here" in out


def test_version_and_help() -> None:
    assert run_cli("--version").stdout.decode().strip() == f"newsreader {__version__}"
    help_text = run_cli("--help").stdout.decode()
    assert "newsreader analyze" in help_text
    assert "--max-size" in run_cli("analyze", "--help").stdout.decode()


@pytest.mark.parametrize(
    ("content", "name", "fragment"),
    [
        (b"", "empty.txt", "empty input"),
        (b"  \n\t \n", "blank.txt", "empty input"),
        (bytes(range(256)) * 20, "random.bin", "binary data"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "paper.pdf", "a PDF document"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "feed", "RSS"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>', "pic.svg", "SVG"),
        (b"<html><head><title>Only a head</title></head></html>", "head.html", "no article"),
        (b"<html><body><script>var x = 1;</script></body></html>", "script.html", "no article"),
        (
            gzip.compress(b"<p>" + b"x" * 5000 + b"</p>", mtime=0)[:40],
            "cut.html.gz",
            "truncated gzip",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, content: bytes, name: str, fragment: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    _one_line_error(run_cli("analyze", "--json", str(path)), fragment)


def test_missing_directory_and_size_cap(tmp_path: Path) -> None:
    _one_line_error(run_cli("analyze", str(tmp_path / "nope.html")), "no such file")
    _one_line_error(run_cli("analyze", str(tmp_path)), "is a directory")
    _one_line_error(
        run_cli("analyze", "--max-size", "1k", str(SAMPLE)), "limit (raise it with --max-size)"
    )
    assert run_cli("analyze", "--max-size", "1M", str(SAMPLE)).returncode == 0


def test_permission_denied(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Tests may run as root, who can read anything, so the failing open is simulated.
    from reader import cli

    path = tmp_path / "secret.txt"
    path.write_text("text")

    def deny(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    assert cli.main(["analyze", str(path)]) == 2
    assert capsys.readouterr().err.strip() == f"newsreader: {path}: permission denied"


def test_usage_errors_exit_2() -> None:
    result = run_cli("analyze", "--jobs", "0", str(SAMPLE))
    assert result.returncode == 2
    assert run_cli("analyze").returncode == 2  # argparse: ARTICLE is required


def test_analyze_never_imports_textual() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from reader.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['analyze', '--json', {str(SAMPLE)!r}])\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in ('textual',)], 'textual'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr.decode()


def test_domain_modules_never_import_textual() -> None:
    # walk_packages imports every package it descends into, so reader.ui's subpackages are
    # skipped before it reaches them (a UI package may import Textual in its __init__).
    code = (
        "import sys, pkgutil, importlib, reader\n"
        "def domain(path, prefix):\n"
        "    for m in pkgutil.iter_modules(path, prefix):\n"
        "        if m.name.startswith('reader.ui') or m.name == 'reader.__main__':\n"
        "            continue\n"
        "        module = importlib.import_module(m.name)\n"
        "        if m.ispkg:\n"
        "            domain(module.__path__, m.name + '.')\n"
        "domain(reader.__path__, 'reader.')\n"
        "assert 'textual' not in sys.modules, [m for m in sys.modules if 'textual' in m]\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr.decode()


def test_a_source_name_with_escapes_is_not_echoed_in_the_error(tmp_path: Path) -> None:
    """The error line quotes the source; its escape sequences must not reach the terminal."""
    missing = tmp_path / "ev\x1b]0;PWNED\x07il\u202e\nx.html"
    result = subprocess.run(
        [sys.executable, "-m", "reader", "analyze", "--json", str(missing)],
        capture_output=True,
        cwd=ROOT,
    )
    err = result.stderr.decode()
    assert result.returncode == 2 and err.startswith("newsreader: ")
    assert "PWNED" not in err and "\x1b" not in err and "\u202e" not in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "env", "fragment"),
    [
        (["--timeout", "nan"], None, "--timeout: not a number: 'nan'"),
        (["--timeout", "inf"], None, "--timeout: at most 86400"),
        (["--timeout", "99999999999"], None, "--timeout: at most 86400"),
        (["--max-size", "inf"], None, "--max-size: not a size: 'inf'"),
        (["--max-size", "1e400"], None, "--max-size: not a size: '1e400'"),
        ([], "zz", "NEWSREADER_MAX_SIZE: not a size: 'zz'"),
    ],
)
def test_option_values_that_once_raised_are_one_line_usage_errors(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    env: str | None,
    fragment: str,
) -> None:
    """nan, inf or a huge timeout reached socket.settimeout (ValueError, OverflowError), an
    infinite size int() and a bad NEWSREADER_MAX_SIZE argparse's own parser set-up: tracebacks."""
    from reader import cli

    if env is not None:
        monkeypatch.setenv("NEWSREADER_MAX_SIZE", env)
    with pytest.raises(SystemExit) as exit_:
        cli.main(["analyze", *args, "http://127.0.0.1:9/"])
    assert exit_.value.code == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], lines


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_a_full_disk_on_output_is_one_line_not_a_traceback(json_flag: list[str]) -> None:
    """`newsreader analyze page > /dev/full` (a full disk) ended in an OSError traceback."""
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "reader", "analyze", *json_flag, str(SAMPLE)],
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=60,
        )
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2, lines
    assert len(lines) == 1 and lines[0].startswith("newsreader: "), lines
    assert "No space left on device" in lines[0]


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_a_closed_standard_output_is_one_line_not_a_traceback(json_flag: list[str]) -> None:
    """`newsreader analyze --json page >&-`: Python sets sys.stdout to None, and the JSON
    writer raised AttributeError; like `ls >&-`, say the output cannot be written."""
    result = subprocess.run(
        [sys.executable, "-m", "reader", "analyze", *json_flag, str(SAMPLE)],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
        preexec_fn=lambda: os.close(1),
    )
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2, lines
    assert lines == ["newsreader: cannot write: standard output is closed"], lines


def test_a_closed_standard_input_is_named_as_closed_not_a_terminal() -> None:
    """`newsreader analyze - <&-` said 'standard input is a terminal'."""
    result = subprocess.run(
        [sys.executable, "-m", "reader", "analyze", "-"],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
        preexec_fn=lambda: os.close(0),
    )
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "newsreader: -: standard input is closed"
