"""Which saved article an opened article is: edited local files, stdin, moved files, URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.extract import load_article
from reader.notes.identity import fingerprint, similarity
from reader.notes.session import NotesSession
from reader.notes.store import NoteStore
from tests.test_notes_commands import run

STORY = [
    "Council votes to close the old bridge",
    "The city council voted 7 to 2 on Tuesday night to close the Mill Street bridge to cars.",
    "Engineers found cracks in two of its supports last spring, the mayor said.",
    "Cyclists and people on foot may still cross while repairs are planned for next year.",
    "Shop owners on both banks fear they will lose customers during the work.",
    "A public meeting on the detour is set for Monday at the town hall.",
]
PHRASES = ["7 to 2", "cracks", "Cyclists", "Shop owners", "public meeting"]


def write_story(path: Path, paragraphs: list[str]) -> None:
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def html_story(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs[1:])
    title = paragraphs[0]
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


def edited(paragraphs: list[str]) -> list[str]:
    """A typical edit: a typo fixed, a paragraph added, one reworded."""
    changed = list(paragraphs)
    changed[2] = changed[2].replace("last spring", "last April")
    changed.insert(3, "Update: the state will pay for half of the repairs, officials said.")
    changed[-1] = "A public meeting on the detour is now set for Wednesday at the town hall."
    return changed


def highlight_five(session: NotesSession) -> None:
    for phrase in PHRASES:
        start = session.article.text.index(phrase)
        session.add(start, start + len(phrase), note=f"note on {phrase}")


@pytest.mark.parametrize("name", ["story.txt", "story.html"])
def test_an_edited_local_file_keeps_its_notes_and_its_library_entry(
    tmp_path: Path, name: str
) -> None:
    page = tmp_path / name
    db = tmp_path / "data" / "notes.sqlite3"

    def write(paragraphs: list[str]) -> None:
        if name.endswith(".html"):
            page.write_text(html_story(paragraphs), encoding="utf-8")
        else:
            write_story(page, paragraphs)

    write(STORY)
    first = NotesSession.open(load_article(str(page)), path=db, warn=print)
    highlight_five(first)
    first.close()
    write(edited(STORY))
    again = NotesSession.open(load_article(str(page)), path=db, warn=print)
    notes = sorted(p.highlight.note for p in again.placed)
    assert notes == sorted(f"note on {phrase}" for phrase in PHRASES)
    shown = [again.article.text[p.placement.start : p.placement.end] for p in again.placed]
    assert sorted(s for s in shown if s) == sorted(PHRASES)  # all five re-anchored
    assert len(again.store.articles()) == 1  # no duplicate library entry
    assert again.store.load_article(again.saved.id).text == again.article.text
    again.close()


def test_notes_export_by_path_works_after_the_file_was_edited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "story.txt"
    data_dir = tmp_path / "data"
    write_story(page, STORY)
    session = NotesSession.open(
        load_article(str(page)), path=data_dir / "notes.sqlite3", warn=print
    )
    highlight_five(session)
    session.close()
    write_story(page, edited(STORY))
    NotesSession.open(load_article(str(page)), path=data_dir / "notes.sqlite3", warn=print).close()
    assert run(data_dir, "notes", "export", str(page)) == 0
    out = capsys.readouterr().out
    assert all(f"note on {phrase}" in out for phrase in PHRASES)


def test_edited_text_from_stdin_is_the_same_article(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite3"
    original = ("\n\n".join(STORY) + "\n").encode()
    changed = ("\n\n".join(edited(STORY)) + "\n").encode()
    first = NotesSession.open(load_article("-", stdin=original), path=db, warn=print)
    highlight_five(first)
    first.close()
    again = NotesSession.open(load_article("-", stdin=changed), path=db, warn=print)
    assert len(again.placed) == 5 and len(again.store.articles()) == 1
    again.close()


def test_another_article_written_over_the_same_file_is_a_new_article(tmp_path: Path) -> None:
    page = tmp_path / "today.txt"
    db = tmp_path / "notes.sqlite3"
    write_story(page, STORY)
    first = NotesSession.open(load_article(str(page)), path=db, warn=print)
    highlight_five(first)
    first.close()
    write_story(
        page,
        [
            "Rain delays the harvest festival",
            "Organisers moved the harvest festival to next weekend after a week of storms.",
            "The parade and the pumpkin contest will go ahead as planned, they said.",
        ],
    )
    other = NotesSession.open(load_article(str(page)), path=db, warn=print)
    assert other.placed == [] and other.saved.id != first.saved.id
    with NoteStore.open(db) as store:
        assert len(store.articles()) == 2
        assert store.article(first.saved.id).note_count == 5
    other.close()


def test_the_fingerprint_tells_an_edit_from_another_text() -> None:
    text = "\n\n".join(STORY)
    assert similarity(fingerprint(text), fingerprint(text)) == 1.0
    assert similarity(fingerprint(text), fingerprint("\n\n".join(edited(STORY)))) > 0.4
    assert similarity(fingerprint(text), fingerprint("Rain delays the harvest festival.")) == 0
    assert similarity(fingerprint(""), fingerprint("")) == 0


def test_an_article_saved_before_fingerprints_were_kept_is_still_found_after_an_edit(
    tmp_path: Path,
) -> None:
    import sqlite3

    page = tmp_path / "story.txt"
    db = tmp_path / "notes.sqlite3"
    write_story(page, STORY)
    with NoteStore.open(db) as store:
        saved = store.remember_article(load_article(str(page)))
    connection = sqlite3.connect(db)
    connection.execute("UPDATE articles SET fingerprint = NULL, text_hash = NULL")
    connection.commit()
    connection.close()
    write_story(page, edited(STORY))
    with NoteStore.open(db) as store:
        assert store.remember_article(load_article(str(page))).id == saved.id
        assert len(store.articles()) == 1


# -- a page claiming another article's canonical URL (issue 10 item 3) ---------------------

OTHER_STORY = [
    "Rain delays the harvest festival",
    "Organisers moved the harvest festival to next weekend after a week of storms.",
    "The parade and the pumpkin contest will go ahead as planned, they said.",
]


def url_article(paragraphs: list[str], *, source: str, url: str = "https://news.example/bridge"):  # type: ignore[no-untyped-def]
    from reader.article import ArticleBuilder

    builder = ArticleBuilder(source)
    builder.add("title", paragraphs[0])
    for paragraph in paragraphs[1:]:
        builder.add("paragraph", paragraph)
    return builder.build(title=paragraphs[0], url=url)


def test_a_page_claiming_another_articles_url_never_overwrites_its_saved_copy(
    tmp_path: Path,
) -> None:
    db = tmp_path / "notes.sqlite3"
    real = url_article(STORY, source="https://news.example/bridge")
    with NoteStore.open(db) as store:
        saved = store.remember_article(real)
        start = real.text.index("7 to 2")
        store.add_highlight(saved.id, real.text, start, start + 6, note="close vote")
        impostor = url_article(OTHER_STORY, source="https://elsewhere.example/copy")
        claimed = store.remember_article(impostor)
        assert claimed.id != saved.id  # its own entry, not the real article's
        assert store.load_article(saved.id).text == real.text
        [note] = store.highlights(saved.id)
        from reader.notes.anchoring import place

        assert not place(store.load_article(saved.id).text, note.anchor).orphaned
        # Opened again, each page finds its own entry.
        assert store.remember_article(impostor).id == claimed.id
        assert store.remember_article(real).id == saved.id
        assert len(store.articles()) == 2


def test_a_changed_page_keeps_its_earlier_versions(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite3"
    first = url_article(STORY, source="https://news.example/bridge")
    second = url_article(edited(STORY), source="https://news.example/bridge")
    rewritten = url_article(OTHER_STORY, source="https://news.example/bridge")
    with NoteStore.open(db) as store:
        saved = store.remember_article(first)
        assert store.remember_article(second).id == saved.id
        assert store.remember_article(second).id == saved.id  # unchanged: no new version
        # The same address serving other text is still that article; the old text is kept.
        assert store.remember_article(rewritten).id == saved.id
        assert store.load_article(saved.id).text == rewritten.text
        assert [v.article.text for v in store.versions(saved.id)] == [
            first.text,
            second.text,
            rewritten.text,
        ]


def test_a_stored_article_keeps_its_paywall_notice_and_drops_unknown_codes() -> None:
    import dataclasses
    import json

    from reader.article import ArticleBuilder
    from reader.notes.identity import article_from_snapshot, snapshot_json

    builder = ArticleBuilder("teaser.html")
    builder.add("paragraph", "The opening of a story kept for subscribers.")
    article = dataclasses.replace(builder.build(), notices=("paywall",))
    data = json.loads(snapshot_json(article))
    assert article_from_snapshot(json.dumps(data)).notices == ("paywall",)
    data["notices"] = ["paywall", "\x1b[2Jbogus"]
    assert article_from_snapshot(json.dumps(data)).notices == ("paywall",)
    del data["notices"]  # a snapshot stored before notices existed
    assert article_from_snapshot(json.dumps(data)).notices == ()
