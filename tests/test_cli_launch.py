"""Launching `newsreader`: mistakes are one line and exit 2 before any TUI; a pipe gets text.

The TUI side of this (nothing opens in a terminal) is tests/ui/test_ui_launch.py, in tmux.
Here stdout is a pipe, as in `newsreader page.html | less`.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLE, run_cli


def _one_line(result: object, fragment: str) -> None:
    err = result.stderr.decode()  # type: ignore[attr-defined]
    assert result.returncode == 2, err  # type: ignore[attr-defined]
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("newsreader") and fragment in err, err


def test_a_pipe_gets_the_article_as_plain_text_and_exit_0() -> None:
    result = run_cli(str(SAMPLE), timeout=30)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "\x1b" not in out  # no escape codes in the pipe
    lines = out.splitlines()
    assert lines[0].startswith("Syrian Army retakes 70% of E. Aleppo")
    # Paragraphs are not wrapped (run_cli sets COLUMNS=100): the reader of the pipe wraps.
    first = next(line for line in lines if line.startswith("Syrian government forces"))
    assert len(first) > 100 and first.endswith(".")
    assert any(line.startswith("Quotes (") for line in lines)
    assert any(line.startswith("People (") for line in lines)


def test_standard_input_to_a_pipe_needs_no_terminal() -> None:
    result = run_cli("-", input=SAMPLE.read_bytes(), timeout=30)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().startswith("Syrian Army retakes 70%")


def test_a_bad_input_to_a_pipe_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    _one_line(run_cli(str(tmp_path / "empty.txt")), "empty input")
    _one_line(run_cli(str(tmp_path / "missing.html")), "no such file")
    _one_line(run_cli(str(tmp_path)), "is a directory")


def test_no_article_to_a_pipe_says_the_library_needs_a_terminal() -> None:
    _one_line(run_cli(), "the library needs a terminal")


def test_a_mistyped_command_is_one_line() -> None:
    mistyped = run_cli("analyse", str(SAMPLE))
    _one_line(mistyped, "unknown command 'analyse' (did you mean 'analyze'?)")
    _one_line(
        run_cli("nonexistent-subcommand"),
        "no such file or command (analyze, compare, feeds, notes, completion)",
    )
    _one_line(run_cli(str(SAMPLE), "extra"), "unrecognized arguments: extra")
    _one_line(run_cli("--timeout", "abc", str(SAMPLE)), "not a number: 'abc'")
    _one_line(run_cli("analyze", "--jobs", "x", str(SAMPLE)), "invalid int value")


def test_notes_alone_names_its_commands_not_an_internal_argument() -> None:
    result = run_cli("notes")
    _one_line(result, "export, search or list")
    assert "notes_command" not in result.stderr.decode()


def test_global_options_work_before_or_after_the_subcommand(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for args in (
        ("--data-dir", str(data), "notes", "list"),
        ("notes", "--data-dir", str(data), "list"),
        ("notes", "list", "--data-dir", str(data)),
    ):
        result = run_cli(*args)
        assert result.returncode == 0, (args, result.stderr.decode())
    for args in (
        ("--max-size", "1k", "analyze", str(SAMPLE)),
        ("analyze", str(SAMPLE), "--max-size", "1k"),
    ):
        _one_line(run_cli(*args), "limit (raise it with --max-size)")


def test_notes_search_without_a_match_exits_1_as_grep(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert run_cli("notes", "search", "anything", "--data-dir", data).returncode == 1
    from reader.extract import load_article
    from reader.notes.store import NoteStore

    with NoteStore.open(tmp_path / "data" / "notes.sqlite3") as store:
        saved = store.remember_article(load_article(str(SAMPLE)))
        assert saved is not None
    result = run_cli("notes", "search", "no-such-words-here", "--data-dir", data)
    assert result.returncode == 1 and b"No highlights or notes match" in result.stdout


def test_notes_list_names_a_titleless_text_by_its_file(tmp_path: Path) -> None:
    from reader.extract import load_article
    from reader.notes.store import NoteStore

    path = tmp_path / "minutes-of-the-meeting.txt"
    path.write_text(
        "the meeting opened at nine, and the chair said that the budget was late again.\n\n"
        "members agreed to meet once more on friday, when the figures would be ready.\n"
    )
    with NoteStore.open(tmp_path / "data" / "notes.sqlite3") as store:
        store.remember_article(load_article(str(path)))
    out = run_cli("notes", "list", "--data-dir", str(tmp_path / "data")).stdout.decode()
    assert "minutes-of-the-meeting.txt" in out.splitlines()[0] and "(untitled)" not in out
