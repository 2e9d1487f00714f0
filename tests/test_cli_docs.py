"""The man page and the shell completions come from the live argument parsers, and load."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from reader.cli import commands
from reader.cli_docs import MAN_PAGE, SHELLS, completion, shipped_manpage
from tests.conftest import ROOT, run_cli


def test_the_shipped_man_page_is_made_from_the_parsers() -> None:
    shipped = (ROOT / MAN_PAGE).read_text(encoding="utf-8")
    assert shipped == shipped_manpage(), (
        "docs/newsreader.1 is out of date: python -m reader.cli_docs > docs/newsreader.1"
    )


def test_every_option_of_every_command_is_in_the_man_page() -> None:
    page = shipped_manpage().replace("\\-", "-")
    for command in commands():
        for action in command.parser._actions:
            for flag in action.option_strings:
                assert flag in page, (command.name, flag)


@pytest.mark.skipif(shutil.which("man") is None, reason="man is not installed")
def test_the_man_page_renders() -> None:
    result = subprocess.run(
        ["man", "-l", str(ROOT / MAN_PAGE)],
        capture_output=True,
        text=True,
        env={"MANWIDTH": "80", "PATH": "/usr/bin:/bin", "MANPAGER": "cat", "PAGER": "cat"},
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "NEWSREADER(1)" in result.stdout and "--paths" in result.stdout.replace("‐", "-")
    assert "warning" not in result.stderr.lower()


def test_completion_scripts_name_every_command() -> None:
    for shell in SHELLS:
        script = completion(commands(), shell)
        for name in ("analyze", "compare", "feeds", "notes", "--max-size", "export"):
            assert (name.lstrip("-") if shell == "fish" else name) in script, (shell, name)


def test_bash_completion_loads_and_completes(tmp_path: Path) -> None:
    script = tmp_path / "newsreader.bash"
    script.write_text(completion(commands(), "bash"), encoding="utf-8")
    probe = (
        f"source {script}\n"
        'COMP_WORDS=(newsreader no); COMP_CWORD=1; _newsreader; echo "${COMPREPLY[*]}"\n'
        'COMP_WORDS=(newsreader notes ex); COMP_CWORD=2; _newsreader; echo "${COMPREPLY[*]}"\n'
        "COMP_WORDS=(newsreader completion f); COMP_CWORD=2; _newsreader; "
        'echo "${COMPREPLY[*]}"\n'
        "complete -p newsreader\n"
    )
    result = subprocess.run(
        ["bash", "--norc", "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    first, second, third, registered = result.stdout.splitlines()
    assert first == "notes" and second == "export" and third == "fish"
    assert "_newsreader" in registered


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_completion_load(shell: str, tmp_path: Path) -> None:
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed")
    script = tmp_path / f"newsreader.{shell}"
    script.write_text(completion(commands(), shell), encoding="utf-8")
    command = (
        [shell, "-f", "-c", f"autoload -Uz compinit && compinit -u && source {script}"]
        if shell == "zsh"
        else [shell, "--no-config", "-c", f"source {script}; complete -C'newsreader no'"]
    )
    result = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    assert result.returncode == 0, result.stderr
    if shell == "fish":
        assert "notes" in result.stdout


def test_completion_command_prints_a_script_and_refuses_other_shells() -> None:
    result = run_cli("completion", "bash")
    assert result.returncode == 0 and b"complete -o filenames -F _newsreader" in result.stdout
    bad = run_cli("completion", "powershell")
    assert bad.returncode == 2
    assert len(bad.stderr.decode().strip().splitlines()) == 1


def test_paths_prints_where_everything_lives(tmp_path: Path) -> None:
    result = run_cli("--paths", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.decode().splitlines())
    assert set(lines) == {"config", "themes", "notes", "positions", "feeds"}
    assert lines["notes"] == str(tmp_path / "d" / "notes.sqlite3")
    assert lines["themes"].endswith("themes")


def test_help_names_every_other_command() -> None:
    """The epilog of `newsreader --help` comes from the list of commands: none is left out."""
    shown = " ".join(run_cli("--help").stdout.decode().split())
    others = [command.name for command in commands() if command.name is not None]
    assert {"analyze", "compare", "feeds", "notes", "completion"} <= set(others)
    for name in others:
        assert f"newsreader {name} --help" in shown, name
