"""`newsreader compare --json A B` as a script runs it: the documented shape, inputs, errors."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.compare.pairs import BASE, write_pair
from tests.conftest import run_cli


def _compare_json(a: str, b: str, *extra: str) -> dict[str, Any]:
    result = run_cli("compare", "--json", *extra, a, b)
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def _one_line_error(result: subprocess.CompletedProcess[bytes], fragment: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsreader: "), lines
    assert fragment in lines[0]


def test_json_shape_on_a_changed_number(tmp_path: Path) -> None:
    data = _compare_json(*write_pair(tmp_path, "number"))
    assert data["version"] == 1
    assert data["a"]["source"].endswith("a.txt") and data["b"]["source"].endswith("b.txt")
    summary = data["summary"]["numbers"]
    assert (summary["changed"], summary["only_a"], summary["only_b"]) == (1, 0, 0)
    assert summary["same"] >= 2
    (changed,) = [n for n in data["numbers"] if n["kind"] == "changed"]
    assert (changed["a"]["text"], changed["b"]["text"]) == ("1,224", "1,200")
    assert "civilians" in changed["counts"]
    # Offsets point into each side's text, as in `analyze --json`.
    text_b = Path(tmp_path / "b.txt").read_text(encoding="utf-8")
    assert text_b[changed["b"]["start"] : changed["b"]["end"]] == "1,200"


def test_json_reworded_quote_and_moved_speaker(tmp_path: Path) -> None:
    data = _compare_json(*write_pair(tmp_path, "reworded"))
    (reworded,) = [q for q in data["quotes"] if q["kind"] == "reworded"]
    assert {"op": "replace", "a": "will not", "b": "won’t"} in reworded["diff"]
    (tmp_path / "moved").mkdir()
    data = _compare_json(*write_pair(tmp_path / "moved", "speaker"))
    (moved,) = [q for q in data["quotes"] if q["kind"] == "speaker_changed"]
    assert (moved["a"]["speaker"], moved["b"]["speaker"]) == ("Maria Lopez", "Ahmed Karim")


def test_json_removed_paragraph_and_person_only_in_b(tmp_path: Path) -> None:
    data = _compare_json(*write_pair(tmp_path, "paragraph"))
    assert [p["kind"] for p in data["passages"]] == ["only_a"]
    (tmp_path / "person").mkdir()
    data = _compare_json(*write_pair(tmp_path / "person", "person_b"))
    only_b = [p for p in data["people"] if p["kind"] == "only_b"]
    assert [p["name"] for p in only_b] == ["John Whitfield"]
    assert only_b[0]["a"] is None and only_b[0]["b"]["mentions"] == 1


def test_a_library_entry_is_compared_as_saved(tmp_path: Path) -> None:
    from reader.extract.text.plain import clean_text
    from reader.notes.store import NoteStore

    with NoteStore.open() as store:
        saved = store.remember_article(clean_text(BASE, source="saved.txt"))
    _a, b = write_pair(tmp_path, "money")
    data = _compare_json(f"lib:{saved.id}", b)
    assert data["a"]["source"] == "saved.txt"
    assert data["summary"]["numbers"]["changed"] == 1


def test_standard_input_as_one_side(tmp_path: Path) -> None:
    _a, b = write_pair(tmp_path, "number")
    result = run_cli("compare", "--json", "-", b, input=BASE.encode())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["numbers"]["changed"] == 1


def test_bad_inputs_give_one_line_and_exit_2(tmp_path: Path) -> None:
    _one_line_error(run_cli("compare", "--json", str(tmp_path / "nope.txt"), "x"), "nope.txt")
    _one_line_error(run_cli("compare", "--json", "-", "-"), "only one of A and B")
    _one_line_error(run_cli("compare", "--json", "lib:999", "lib:998"), "lib:999")
    # With notes unavailable (the data dir is a file), a missing file is still named as such.
    data_file = tmp_path / "data-file"
    data_file.write_text("x")
    os.environ["NEWSREADER_DATA_DIR"] = str(data_file)  # the autouse fixture restores it
    _one_line_error(run_cli("compare", "--json", "missing.txt", "x"), "missing.txt")
    result = run_cli("compare", "--json", "only-one")
    assert result.returncode == 2 and b"Traceback" not in result.stderr


def test_usage_mistakes_are_one_line_like_the_other_commands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """compare used plain argparse: the whole usage and 'error:' on three lines."""
    from reader import cli

    for args in (["only-one"], ["--timeout", "0", "a", "b"], ["--bogus", "a", "b"]):
        with pytest.raises(SystemExit) as exit_:
            cli.main(["compare", *args])
        assert exit_.value.code == 2
        lines = capsys.readouterr().err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("newsreader compare: "), lines
        assert "compare --help" in lines[0]


def test_piped_output_is_a_plain_list_of_differences_not_the_full_screen_view(
    tmp_path: Path,
) -> None:
    """`newsreader compare A B | less` started the full-screen view on the pipe (escape
    codes in the file, and an app waiting for keys); like the reader, a pipe gets plain text."""
    a, b = write_pair(tmp_path, "number")
    result = run_cli("compare", a, b, timeout=20)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "\x1b" not in out
    lines = out.splitlines()
    assert lines[0].startswith("A: ") and lines[1].startswith("B: ")
    assert "1 number changed" in lines[2]
    assert any(line.startswith("Number changed") and "1,224" in line for line in lines), out
