"""The notes database schema and the migrations that bring any older file up to date.

`PRAGMA user_version` holds the schema version. `MIGRATIONS[n]` takes a version-n database to
version n+1; each runs inside the caller's write transaction, so a migration either happens
completely or not at all. Never edit a released migration: add a new one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

# Version 1: articles (with their snapshot) and highlights.
SCHEMA_V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    identity TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    site TEXT,
    published TEXT,
    snapshot TEXT NOT NULL,
    first_saved TEXT NOT NULL,
    last_opened TEXT NOT NULL
);
CREATE TABLE highlights (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX highlights_by_article ON highlights(article_id, start_offset);
"""

_FTS_TRIGGERS = """
CREATE TRIGGER highlights_fts_insert AFTER INSERT ON highlights BEGIN
    INSERT INTO highlights_fts(rowid, exact, note, label)
    VALUES (new.id, new.exact, new.note, new.label);
END;
CREATE TRIGGER highlights_fts_delete AFTER DELETE ON highlights BEGIN
    INSERT INTO highlights_fts(highlights_fts, rowid, exact, note, label)
    VALUES ('delete', old.id, old.exact, old.note, old.label);
END;
CREATE TRIGGER highlights_fts_update AFTER UPDATE ON highlights BEGIN
    INSERT INTO highlights_fts(highlights_fts, rowid, exact, note, label)
    VALUES ('delete', old.id, old.exact, old.note, old.label);
    INSERT INTO highlights_fts(rowid, exact, note, label)
    VALUES (new.id, new.exact, new.note, new.label);
END;
"""

# Version 2: what a highlight is attached to (a quote, person or number from a panel), and
# full-text search over highlighted text, notes and labels, kept in step by triggers.
MIGRATION_V1_TO_V2 = (
    """
ALTER TABLE highlights ADD COLUMN kind TEXT NOT NULL DEFAULT 'highlight';
ALTER TABLE highlights ADD COLUMN label TEXT;
CREATE VIRTUAL TABLE highlights_fts USING fts5(
    exact, note, label,
    content='highlights', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
"""
    + _FTS_TRIGGERS
    + """
INSERT INTO highlights_fts(highlights_fts) VALUES ('rebuild');
"""
)

# Version 3: a highlight id is never given out twice (AUTOINCREMENT: after "delete the newest
# note, make another", undo put the old id back onto the new note's row, issue 10), and every
# highlight has a version, raised by each change, so an edit or delete from a reader that
# showed an older version fails instead of overwriting. SQLite cannot add AUTOINCREMENT to a
# table, so the table is rebuilt with every row (and id) copied; the search index follows.
MIGRATION_V2_TO_V3 = (
    """
CREATE TABLE highlights_v3 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'highlight',
    label TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO highlights_v3 (id, uid, article_id, exact, prefix, suffix, start_offset,
                           end_offset, note, created, modified, kind, label)
    SELECT id, uid, article_id, exact, prefix, suffix, start_offset, end_offset, note,
           created, modified, kind, label
    FROM highlights ORDER BY id;
DROP TABLE highlights;
ALTER TABLE highlights_v3 RENAME TO highlights;
CREATE INDEX highlights_by_article ON highlights(article_id, start_offset);
"""
    + _FTS_TRIGGERS
    + """
INSERT INTO highlights_fts(highlights_fts) VALUES ('rebuild');
"""
)

# Version 4: a local article (no canonical URL) is the same article after an edit when it
# comes from the same place with similar text (see reader.notes.identity), so the current
# text's hash and fingerprint are kept; until an article is opened again its fingerprint is
# made from its snapshot. Before version 4 a local article's identity was its text's hash.
MIGRATION_V3_TO_V4 = """
ALTER TABLE articles ADD COLUMN text_hash TEXT;
ALTER TABLE articles ADD COLUMN fingerprint TEXT;
UPDATE articles SET text_hash = substr(identity, 8) WHERE identity LIKE 'sha256:%';
CREATE INDEX articles_by_text_hash ON articles(text_hash);
CREATE INDEX articles_by_source ON articles(source);
"""

# Version 5: a saved copy of an article is never overwritten: when an article's text (or
# metadata) changes, the previous snapshot is kept here (issue 10: a page claiming another
# article's canonical URL overwrote that article's copy and orphaned its notes).
MIGRATION_V4_TO_V5 = """
CREATE TABLE article_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    snapshot TEXT NOT NULL,
    text_hash TEXT,
    saved TEXT NOT NULL
);
CREATE INDEX article_versions_by_article ON article_versions(article_id, id);
"""


def forget_stored_credentials(db: sqlite3.Connection) -> None:
    """Version 6: remove user names and passwords that older versions stored with URLs
    (https://user:pass@host/) from articles and their snapshots; secure_delete overwrites
    the old text in the file instead of leaving it in free space."""
    from reader.notes.identity import without_credentials

    db.execute("PRAGMA secure_delete = ON")
    for table in ("articles", "article_versions"):
        for row_id, snapshot in db.execute(
            f"SELECT id, snapshot FROM {table} WHERE instr(snapshot, '@')"
        ).fetchall():
            db.execute(
                f"UPDATE {table} SET snapshot = ? WHERE id = ?",
                (_snapshot_without_credentials(snapshot, without_credentials), row_id),
            )
    rows = db.execute(
        "SELECT id, identity, source, url, text_hash FROM articles "
        "WHERE instr(identity, '@') OR instr(source, '@') OR instr(url, '@')"
    ).fetchall()
    for row_id, identity, source, url, text_hash in rows:
        if identity.startswith("url:"):
            head, space, tail = identity[4:].partition(" ")
            identity = f"url:{without_credentials(head)}{space}{tail}"
            # Saved twice, with and without credentials: the second becomes an entry of
            # its own for that URL (as a page claiming it with other text does).
            taken = db.execute(
                "SELECT 1 FROM articles WHERE identity = ? AND id != ?", (identity, row_id)
            ).fetchone()
            if taken:
                identity = f"{identity} sha256:{text_hash or row_id}"
        db.execute(
            "UPDATE articles SET identity = ?, source = ?, url = ? WHERE id = ?",
            (identity, without_credentials(source), url and without_credentials(url), row_id),
        )
    db.execute("PRAGMA secure_delete = OFF")  # the default, for this connection's later work


def _snapshot_without_credentials(snapshot: str, strip: Callable[[str], str]) -> str:
    try:
        data = json.loads(snapshot)
    except ValueError:
        return snapshot
    if not isinstance(data, dict):
        return snapshot
    for key in ("url", "source"):
        if isinstance(data.get(key), str):
            data[key] = strip(data[key])
    return json.dumps(data, ensure_ascii=False)


# Version 7: tags on highlights (issue 15), one space-separated column of the tags given with
# `t` (the `#tags` in a note are read from the note), searched as a column of its own. FTS5
# tables cannot gain a column: the index is made again with it, and its triggers with it.
_FTS_TRIGGERS_V7 = (
    _FTS_TRIGGERS.replace("exact, note, label)", "exact, note, label, tags)")
    .replace("new.note, new.label)", "new.note, new.label, new.tags)")
    .replace("old.note, old.label)", "old.note, old.label, old.tags)")
)
MIGRATION_V6_TO_V7 = (
    """
ALTER TABLE highlights ADD COLUMN tags TEXT NOT NULL DEFAULT '';
DROP TRIGGER highlights_fts_insert;
DROP TRIGGER highlights_fts_delete;
DROP TRIGGER highlights_fts_update;
DROP TABLE highlights_fts;
CREATE VIRTUAL TABLE highlights_fts USING fts5(
    exact, note, label, tags,
    content='highlights', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
"""
    + _FTS_TRIGGERS_V7
    + """
INSERT INTO highlights_fts(highlights_fts) VALUES ('rebuild');
"""
)

# A migration is a script, or a function for what SQL cannot do (parse URLs and JSON).
Migration = str | Callable[[sqlite3.Connection], None]

MIGRATIONS: dict[int, Migration] = {
    0: SCHEMA_V1,
    1: MIGRATION_V1_TO_V2,
    2: MIGRATION_V2_TO_V3,
    3: MIGRATION_V3_TO_V4,
    4: MIGRATION_V4_TO_V5,
    5: forget_stored_credentials,
    6: MIGRATION_V6_TO_V7,
}
LATEST_VERSION = max(MIGRATIONS) + 1


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection, target: int = LATEST_VERSION) -> None:
    """Bring the database to `target` (tests stop earlier); the caller holds a write
    transaction."""
    version = schema_version(connection)
    while version < target:
        step = MIGRATIONS[version]
        if callable(step):
            step(connection)
        else:
            for statement in _statements(step):
                connection.execute(statement)
        version += 1
        # user_version is part of the transaction: a failed migration leaves it unchanged.
        connection.execute(f"PRAGMA user_version = {version:d}")


def _statements(script: str) -> list[str]:
    """Split a script into statements (executescript would commit our transaction)."""
    statements: list[str] = []
    current = ""
    for line in script.strip().splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
