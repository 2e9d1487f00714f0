"""`newsreader notes export|search|list`, through the same argparse glue the CLI uses."""

from __future__ import annotations

import json
from pathlib import Path
from unittest.mock import patch

import pytest

from reader import cli
from reader.article import Article, ArticleBuilder
from reader.errors import NewsreaderError
from reader.notes.store import NoteStore


def make_article(title: str, body: str, *, source: str, url: str | None = None) -> Article:
    builder = ArticleBuilder(source)
    builder.add("title", title)
    builder.add("paragraph", body)
    return builder.build(title=title, url=url, published="2016-12-07")


def run(data_dir: Path, *argv: str) -> int:
    """`newsreader notes --data-dir DATA_DIR ARGV...` through the real CLI entry point.

    Errors come back as exceptions (as `main` would print them) so tests can check them.
    """
    assert argv[0] == "notes"
    with patch.object(cli, "_error", side_effect=lambda message: _raise(message)):
        return cli.main(["notes", "--data-dir", str(data_dir), *argv[1:]])


def _raise(message: str) -> None:
    raise NewsreaderError(message)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "data"
    with NoteStore.open(directory / "notes.sqlite3") as store:
        one = make_article(
            "Aleppo retaken", "The army took 70 percent of the city.", source="/tmp/aleppo.html"
        )
        two = make_article(
            "Budget talks", "Talks stalled again on Friday.", source="x", url="https://e.org/b"
        )
        s1, s2 = store.remember_article(one), store.remember_article(two)
        store.add_highlight(
            s1.id,
            one.text,
            one.text.index("70 percent"),
            one.text.index("70 percent") + 10,
            note="UN figure?",
        )
        store.add_highlight(
            s2.id, two.text, two.text.index("stalled"), two.text.index("stalled") + 7
        )
    return directory


def test_export_one_article_as_markdown_to_stdout(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "notes", "export", "/tmp/aleppo.html") == 0
    out = capsys.readouterr().out
    assert out.startswith('---\ntitle: "Aleppo retaken"\n')
    assert "> 70 percent\n\nUN figure?\n" in out
    assert "stalled" not in out


def test_export_all_articles_as_json_to_a_file(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "notes.json"
    assert run(data_dir, "notes", "export", "--format", "json", "-o", str(target)) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["total"] == 2
    sources = {item["target"]["source"] for item in data["first"]["items"]}
    assert sources == {"/tmp/aleppo.html", "https://e.org/b"}


def test_export_by_url(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(data_dir, "notes", "export", "https://e.org/b", "--format", "json")
    [item] = json.loads(capsys.readouterr().out)["first"]["items"]
    assert item["target"]["selector"][0]["exact"] == "stalled"


def test_export_of_an_unknown_article_is_a_one_line_error(data_dir: Path) -> None:
    with pytest.raises(NewsreaderError, match="No saved article matches") as caught:
        run(data_dir, "notes", "export", "nowhere.html")
    assert "\n" not in str(caught.value)


def test_search_prints_matching_highlights(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(data_dir, "notes", "search", "UN", "figure")
    out = capsys.readouterr().out
    assert "Aleppo retaken" in out and "> 70 percent" in out and "UN figure?" in out
    run(data_dir, "notes", "search", "nothing-here")
    assert "No highlights or notes match" in capsys.readouterr().out


def test_list_shows_articles_with_note_counts(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(data_dir, "notes", "list")
    out = capsys.readouterr().out
    assert "Aleppo retaken" in out and "Budget talks" in out and "1 note " in out


def test_commands_on_a_fresh_data_dir_create_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    assert run(empty, "notes", "list") == 0
    assert "No notes saved yet" in capsys.readouterr().err
    assert not empty.exists()


def test_the_installed_command_prints_one_line_errors(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    result = run_cli("notes", "--data-dir", str(tmp_path / "d"), "export", "nowhere.html")
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1
    assert "No saved article matches 'nowhere.html'" in result.stderr.decode()
    assert not (tmp_path / "d").exists()


def save_story_with_a_note(page: Path, data_dir: Path) -> None:
    from reader.extract import load_article

    page.write_text("A headline\n\nThe council voted 7 to 2 on Tuesday night.\n", encoding="utf-8")
    with NoteStore.open(data_dir / "notes.sqlite3") as store:
        article = load_article(str(page))
        saved = store.remember_article(article)
        start = article.text.index("7 to 2")
        store.add_highlight(saved.id, article.text, start, start + 6, note="close vote")


def test_export_finds_a_saved_file_by_its_content_under_another_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:

    page = tmp_path / "story.txt"
    data_dir = tmp_path / "data"
    save_story_with_a_note(page, data_dir)
    moved = tmp_path / "elsewhere" / "copy.txt"
    moved.parent.mkdir()
    moved.write_bytes(page.read_bytes())
    assert run(data_dir, "notes", "export", str(moved)) == 0
    assert "> 7 to 2\n\nclose vote" in capsys.readouterr().out


# -- output is sanitised: file names, and text read back from a tampered database (item 12) ---

ESCAPES = ("\x1b", "\x9b", "\x07", "\x9d", "\u202e", "\x00")


def assert_clean(text: str) -> None:
    found = [repr(c) for c in ESCAPES if c in text]
    assert not found, f"{found} reached the terminal in {text!r}"


def test_a_file_name_with_escape_sequences_is_printed_harmless(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    page = tmp_path / "evil\x1b]0;pwned\x07\x1b[2J\u202e.txt"
    data_dir = tmp_path / "data"
    save_story_with_a_note(page, data_dir)
    for argv in (("list",), ("search", "vote"), ("export", str(page)), ("export",)):
        result = run_cli("notes", "--data-dir", str(data_dir), *argv)
        assert result.returncode == 0, result.stderr
        assert_clean(result.stdout.decode())
        assert_clean(result.stderr.decode())
    result = run_cli("notes", "--data-dir", str(data_dir), "export", str(tmp_path / "x\x1b[2J"))
    assert result.returncode == 2
    assert_clean(result.stderr.decode())


def test_text_read_back_from_a_tampered_database_is_printed_harmless(tmp_path: Path) -> None:
    import sqlite3

    from tests.conftest import run_cli

    data_dir = tmp_path / "data"
    path = data_dir / "notes.sqlite3"
    with NoteStore.open(path) as store:
        article = make_article(
            "Aleppo retaken", "The army took 70 percent of the city.", source="/tmp/a.html"
        )
        saved = store.remember_article(article)
        start = article.text.index("70 percent")
        store.add_highlight(saved.id, article.text, start, start + 10, note="UN figure?")
    evil = "\x1b]52;c;cm0gLXJmIH4=\x07\x1b[2J\x9b31m\u202e"
    connection = sqlite3.connect(path)
    connection.execute(
        "UPDATE articles SET title = ?, site = ?, source = ?, url = ?, "
        "snapshot = replace(snapshot, 'army', ?)",
        (
            f"Title{evil}",
            f"site{evil}",
            f"/tmp/a{evil}.html",
            f"https://e.org/{evil}",
            "ar\\u001bmy",
        ),
    )
    connection.execute(
        "UPDATE highlights SET note = ?, label = ?, exact = ?, prefix = ?",
        (f"note{evil}", f"label{evil}", f"70 percent{evil}", f"took{evil} "),
    )
    connection.commit()
    connection.close()
    for argv in (("list",), ("search", "note"), ("export",), ("export", "--format", "json")):
        result = run_cli("notes", "--data-dir", str(data_dir), *argv)
        assert result.returncode == 0, result.stderr
        assert_clean(result.stdout.decode())
        assert_clean(result.stderr.decode())
    with NoteStore.open(path) as store:
        [saved] = store.articles()
        assert_clean(repr(saved.title) + (saved.site or "") + saved.source + (saved.url or ""))
        assert_clean(store.load_article(saved.id).text)
        [highlight] = store.highlights(saved.id)
        assert_clean(highlight.note + (highlight.label or "") + highlight.anchor.exact)


# -- item 7: a failed export leaves nothing behind; exports follow the umask ------------------


def test_a_failed_export_leaves_no_temporary_file(data_dir: Path, tmp_path: Path) -> None:
    import os
    import resource
    import signal
    import subprocess
    import sys

    from tests.conftest import ROOT

    with NoteStore.open(data_dir / "notes.sqlite3") as store:
        article = make_article("Long", "Words to highlight again and again. " * 40, source="l")
        saved = store.remember_article(article)
        for i in range(200):
            store.add_highlight(saved.id, article.text, i, i + 300, note="a long note " * 10)
    out = tmp_path / "out"
    out.mkdir()

    def small_files() -> None:  # a file size limit stands in for a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))

    command = [sys.executable, "-m", "reader", "notes", "--data-dir", str(data_dir), "export"]
    result = subprocess.run(
        [*command, "-o", str(out / "notes.md")],
        capture_output=True,
        text=True,
        preexec_fn=small_files,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 2 and "Could not write" in result.stderr, result.stderr
    assert list(out.iterdir()) == []


def test_an_export_file_is_created_with_the_umask(data_dir: Path, tmp_path: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        run(data_dir, "notes", "export", "-o", str(tmp_path / "notes.md"))
    finally:
        os.umask(old)
    assert (tmp_path / "notes.md").stat().st_mode & 0o777 == 0o644
    (tmp_path / "notes.md").chmod(0o640)  # an existing file keeps its mode
    run(data_dir, "notes", "export", "-o", str(tmp_path / "notes.md"))
    assert (tmp_path / "notes.md").stat().st_mode & 0o777 == 0o640
