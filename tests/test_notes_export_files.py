"""`notes export --dir` (one file per article) and `--template` (Logseq bullets)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.errors import NewsreaderError
from reader.notes.export import _RESERVED_NAMES, MAX_NAME_BYTES, file_stem
from reader.notes.store import NoteStore
from reader.notes.template import TemplateError, parse_template
from tests.test_notes_commands import data_dir, make_article, run  # noqa: F401 (fixture)
from tests.test_notes_export import parse_markdown


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("Aleppo: a city in ruins", "Aleppo a city in ruins"),
        ("../../etc/passwd", "etc passwd"),
        ("a\\b/c\x1b[31md\x00e\u2028f", "a b c 31md e f"),
        ("CON", "CON (article)"),
        ("nul.txt", "nul.txt (article)"),
        ("...", "article"),
        (" .hidden. ", "hidden"),
        ("[[wiki]] #tag ^block | pipe", "wiki tag block pipe"),
        ("é" * 200, "é" * 75),
    ],
)
def test_file_names_from_titles_are_safe(title: str, stem: str) -> None:
    assert file_stem(title) == stem


def test_dir_writes_one_file_per_article_named_from_its_title(
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    out = tmp_path / "vault"
    assert run(data_dir, "notes", "export", "--dir", str(out)) == 0
    assert sorted(p.name for p in out.iterdir()) == ["Aleppo retaken.md", "Budget talks.md"]
    front, entries = parse_markdown((out / "Budget talks.md").read_text(encoding="utf-8"))
    assert front["title"] == "Budget talks" and front["source"] == "https://e.org/b"
    assert [quote for quote, _lines in entries] == ["stalled"]


def test_dir_never_overwrites_another_articles_file(
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    out = tmp_path / "vault"
    out.mkdir()
    mine = out / "Aleppo retaken.md"
    mine.write_text("my own note, not an export\n", encoding="utf-8")
    # A second saved article with the same title, from elsewhere.
    with NoteStore.open(data_dir / "notes.sqlite3") as store:
        other = make_article("Aleppo retaken", "Another story entirely.", source="/tmp/o.html")
        saved = store.remember_article(other)
        store.add_highlight(saved.id, other.text, 0, 6)
    run(data_dir, "notes", "export", "--dir", str(out))
    assert mine.read_text(encoding="utf-8") == "my own note, not an export\n"
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "Aleppo retaken-2.md",
        "Aleppo retaken-3.md",
        "Aleppo retaken.md",
        "Budget talks.md",
    ]
    sources = {
        parse_markdown((out / name).read_text(encoding="utf-8"))[0]["source"] for name in names[:2]
    }
    assert sources == {"/tmp/aleppo.html", "/tmp/o.html"}
    # Exported again: each article's own file is brought up to date, nothing new appears.
    before = {name: (out / name).read_text(encoding="utf-8") for name in names}
    run(data_dir, "notes", "export", "--dir", str(out))
    assert sorted(p.name for p in out.iterdir()) == names
    assert (out / "Aleppo retaken.md").read_text(encoding="utf-8") == before["Aleppo retaken.md"]


def test_dir_that_is_a_file_or_with_output_is_one_line_error(
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    afile = tmp_path / "file"
    afile.write_text("x", encoding="utf-8")
    with pytest.raises(NewsreaderError, match="is a file, not a directory"):
        run(data_dir, "notes", "export", "--dir", str(afile))
    with pytest.raises(NewsreaderError, match="not both"):
        run(data_dir, "notes", "export", "--dir", str(tmp_path), "-o", str(tmp_path / "x"))


LOGSEQ_EXPECTED = """\
- [[Aleppo retaken]]
  source:: /tmp/aleppo.html
  author::
  published:: 2016-12-07
  tags:: un, check
  - > 70 percent
    UN figure? #check
    second \\[line\\] \\{\\{embed\\}\\}
    #un #check
"""


def test_bundled_logseq_template_makes_bullets(
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with NoteStore.open(data_dir / "notes.sqlite3") as store:
        [aleppo] = store.find_articles("/tmp/aleppo.html")
        [highlight] = store.highlights(aleppo.id)
        highlight = store.update_note(highlight, "UN figure? #check\nsecond [line] {{embed}}")
        store.set_tags(highlight, ("un",))
    run(data_dir, "notes", "export", "/tmp/aleppo.html", "--template", "logseq")
    assert capsys.readouterr().out == LOGSEQ_EXPECTED


def test_template_with_a_link_to_the_passage(
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    template = tmp_path / "t.md"
    template.write_text("{{#highlights}}{{quote}} <{{link}}>\n{{/highlights}}", encoding="utf-8")
    run(data_dir, "notes", "export", "https://e.org/b", "--template", str(template))
    assert capsys.readouterr().out == (
        "stalled <https://e.org/b#:~:text=Talks-,stalled,-again%20on%20Friday.>\n"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ok\n{{quote}}", "line 2: unknown placeholder {{quote}} outside {{#highlights}}"),
        ("{{#highlights}}\n{{title.__class__}}\n{{/highlights}}", "line 2: unknown placeholder"),
        ("{{ __import__('os') }}", "line 1: unknown placeholder"),
        ("a\n\n{{#highlights}}\n{{quote}}", "line 3: {{#highlights}} is never closed"),
        ("{{/highlights}}", "line 1: {{/highlights}} without {{#highlights}}"),
        ("{{#highlights}}{{#highlights}}", "line 1: {{#highlights}} inside another one"),
        ("x\n{{title", "line 2: {{ without a closing }}"),
    ],
)
def test_template_errors_name_their_line(text: str, message: str) -> None:
    with pytest.raises(TemplateError) as raised:
        parse_template(text)
    assert str(raised.value).startswith(message) and "\n" not in str(raised.value)


def test_a_bad_template_is_one_line_before_anything_is_written(
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    template = tmp_path / "bad.md"
    template.write_text("{{nope}}", encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(NewsreaderError, match=r"line 1: unknown placeholder \{\{nope\}\}"):
        run(data_dir, "notes", "export", "--template", str(template), "--dir", str(out))
    assert not out.exists()
    with pytest.raises(NewsreaderError, match="Cannot read the template"):
        run(data_dir, "notes", "export", "--template", str(tmp_path / "missing"))
    with pytest.raises(NewsreaderError, match="cannot be combined with --format json"):
        run(data_dir, "notes", "export", "--template", "logseq", "--format", "json")


@given(st.text())
def test_any_title_gives_one_safe_file_name(title: str) -> None:
    stem = file_stem(title)
    assert stem and stem == stem.strip(" .")
    assert not re.search(r"[\x00-\x1f\x7f-\x9f/\\:*?\"<>|]", stem)
    assert len(stem.encode("utf-8")) <= MAX_NAME_BYTES + len(" (article)")
    assert stem.split(".")[0].strip().upper() not in _RESERVED_NAMES
    assert Path(stem).name == stem and stem not in (".", "..")


@given(st.text(alphabet=st.sampled_from(list("{}#/ \nabhiglqtue"))))
def test_any_template_text_parses_or_gives_one_error_line(text: str) -> None:
    try:
        parse_template(text)
    except TemplateError as error:
        assert str(error).startswith("line ") and "\n" not in str(error)


def test_notes_search_for_a_hash_tag_lists_only_tagged_highlights(
    data_dir: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    with NoteStore.open(data_dir / "notes.sqlite3") as store:
        [budget] = store.find_articles("https://e.org/b")
        [highlight] = store.highlights(budget.id)
        store.set_tags(highlight, ("budget",))
    run(data_dir, "notes", "search", "#budget")
    out = capsys.readouterr().out
    assert "Budget talks" in out and "Aleppo" not in out
    run(data_dir, "notes", "search", "#aleppo")
    assert "No highlights or notes match" in capsys.readouterr().out


def test_dir_never_overwrites_an_earlier_export_the_user_wrote_in(
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An export in a vault is where the user goes on writing (Obsidian, Logseq): exporting
    again replaced the file with a fresh export, and what they wrote in it was gone."""
    out = tmp_path / "vault"
    run(data_dir, "notes", "export", "--dir", str(out))
    exported = out / "Budget talks.md"
    written = exported.read_text(encoding="utf-8") + "\nMy own thoughts on the talks.\n"
    exported.write_text(written, encoding="utf-8")
    with NoteStore.open(data_dir / "notes.sqlite3") as store:
        saved = next(s for s in store.articles() if s.title == "Budget talks")
        text = store.load_article(saved.id).text
        store.add_highlight(saved.id, text, text.index("Friday"), text.index("Friday") + 6)
    capsys.readouterr()
    run(data_dir, "notes", "export", "--dir", str(out))
    assert exported.read_text(encoding="utf-8") == written
    fresh = out / "Budget talks-2.md"
    assert [quote for quote, _ in parse_markdown(fresh.read_text(encoding="utf-8"))[1]] == [
        "stalled",
        "Friday",
    ]
    said = capsys.readouterr().err
    assert "kept" in said and "Budget talks.md: it has lines" in said  # says why
    # An export nobody wrote in is still brought up to date in its place.
    run(data_dir, "notes", "export", "--dir", str(out))
    assert sorted(p.name for p in out.iterdir()) == [
        "Aleppo retaken.md",
        "Budget talks-2.md",
        "Budget talks.md",
    ]
