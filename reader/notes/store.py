"""The notes database: SQLite, safe with two app instances at once and after a crash.

Facts this module is built on (measured with Python's sqlite3, see issue 5):
- Without a busy timeout a second writer fails at once with "database is locked"; with WAL, a
  deferred transaction that reads and then writes fails at once despite the timeout. So every
  write here is one `BEGIN IMMEDIATE` transaction (the write lock is taken up front, and the
  busy timeout applies to taking it), on a connection in autocommit mode.
- A damaged file fails with "file is not a database" / "malformed" at the first statement, not
  at connect, and `quick_check` may report damage without raising. So the database is checked
  when opened; a damaged one is moved aside (never overwritten or deleted) and the caller is
  told where before a new one is made (`open_notes`).
- Several processes opening at once (issue 10): one of them could move aside the new database
  another had just made. Checking, migrating, repairing and moving aside happen under an
  advisory lock file (`_opening_lock`).
- SQLite deletes the -wal of an empty or missing main file, and with it every note committed
  since the last checkpoint; such a log is moved aside before SQLite sees it.
- A damaged search index passes `quick_check`, then every write fails: it is checked against
  the notes at start-up and rebuilt (`repairs` says so).
- Each change names the note it means (id, uid, version) and fails with `NoteConflictError`
  when the database holds something else: ids are never reused (AUTOINCREMENT).
- A read-only data dir, or a WAL database in a read-only dir (where even SELECT fails), gives
  `NotesUnavailableError`: the app carries on without notes; `open_read_only` reads it.
- Everything read back is sanitised again: the file may have been changed by someone else.

`synchronous=FULL`: a committed note survives a power cut too, not only a killed process.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.article import Article
from reader.extract.sanitize import sanitize_inline, sanitize_text
from reader.notes.anchoring import make_anchor
from reader.notes.errors import (
    CorruptNotesError,
    NoteConflictError,
    NotesError,
    NotesUnavailableError,
)
from reader.notes.identity import (
    SAME_PLACE_SIMILARITY,
    ArticleKey,
    article_from_snapshot,
    defuse,
    fingerprint,
    similarity,
    snapshot_json,
    storable,
    without_credentials,
)
from reader.notes.model import (
    HIGHLIGHT_KINDS,
    Anchor,
    ArticleVersion,
    Highlight,
    HighlightKind,
    SavedArticle,
    SearchHit,
)
from reader.notes.schema import LATEST_VERSION, migrate, schema_version
from reader.notes.tags import storable_tags, stored_tags

BUSY_TIMEOUT_MS = 5000
_CORRUPTION_MARKERS = ("not a database", "malformed", "corrupt")

_ARTICLE_COLUMNS = (
    "a.id, a.identity, a.source, a.url, a.title, a.site, a.published, a.first_saved, "
    "a.last_opened, (SELECT count(*) FROM highlights h WHERE h.article_id = a.id)"
)
_HIGHLIGHT_COLUMNS = (
    "h.id, h.uid, h.article_id, h.exact, h.prefix, h.suffix, h.start_offset, h.end_offset, "
    "h.note, h.kind, h.label, h.created, h.modified, h.version, h.tags"
)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def open_notes(path: Path | None = None, *, warn: Callable[[str], None]) -> NoteStore:
    """Open the notes database; if it was damaged, `warn` the user (with where the old file
    went) before a new one is created. Raises `NotesUnavailableError` when notes are off."""
    try:
        store = NoteStore.open(path)
    except CorruptNotesError as error:
        warn(str(error))
        store = NoteStore.open(path)
    for repair in store.repairs:
        warn(repair)
    return store


class NoteStore:
    """Articles (with snapshots) and their highlights, in one SQLite file.

    Thread-safe: one connection guarded by a lock, so UI workers may share a store.
    """

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._connection = connection
        self._lock = threading.RLock()
        self.path = path
        # What opening repaired, one line each, for the user to be told (`open_notes` does).
        self.repairs: list[str] = []

    # -- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str | None = None) -> NoteStore:
        """Open (creating if needed) and check the database at `path` (default: the data dir).

        Raises `CorruptNotesError` after moving a damaged file aside, `NotesUnavailableError`
        when the database cannot be used at all.
        """
        if path is None:
            from reader.locations import notes_database

            path = notes_database()
        path = Path(path)
        if path.parent.exists() and not path.parent.is_dir():
            raise NotesUnavailableError(
                f"Notes are off: the data directory {path.parent} is a file, not a directory."
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise NotesUnavailableError(
                f"Notes are off: cannot create the data directory {path.parent} "
                f"({error.strerror or error})."
            ) from error
        repairs: list[str] = []
        with _opening_lock(path):
            _check_log_has_its_database(path)
            connection = _connect(path)
            try:
                _check_and_prepare(connection, path)
                if not _search_index_ok(connection):
                    # FTS5 keeps a broken index open per connection: reset, reconnect, rebuild.
                    _reset_search_index(connection, path)
                    connection.close()
                    connection = _connect(path)
                    _check_and_prepare(connection, path)
                    _rebuild_search_index(connection, path)
                    repairs.append(
                        f"The search index in {path} was damaged; it has been rebuilt from "
                        "your notes (no note was lost)."
                    )
            except BaseException:
                connection.close()
                raise
        store = cls(connection, path)
        store.repairs = repairs
        return store

    @classmethod
    def open_read_only(cls, path: Path | str) -> NoteStore:
        """Open the database only to read it, changing nothing on disk (no lock file, no
        migration, no repair): for `notes list|search|export` on a read-only data dir. An
        older schema is migrated in a copy in memory."""
        path = Path(path)
        if not path.is_file():
            raise NotesUnavailableError(f"Notes are off: there is no database at {path}.")
        uri = path.resolve().as_uri()
        # mode=ro reads a WAL database only where its -shm exists or can be made; in a
        # read-only dir after a clean close neither -wal nor -shm exists, and immutable=1
        # (no locking, no log) reads it as it is.
        opened = _open_read_only(uri, "mode=ro")
        log = Path(f"{path}-wal")
        unsaved_log = log.exists() and log.stat().st_size > 0
        if isinstance(opened, sqlite3.Error) and not unsaved_log:
            opened = _open_read_only(uri, "immutable=1")
        if isinstance(opened, sqlite3.Error):
            raise _unavailable(path, opened)
        connection, version = opened
        try:
            if version > LATEST_VERSION:
                raise NotesUnavailableError(
                    f"Notes are off: {path} was written by a newer newsreader "
                    f"(schema {version}, this one knows {LATEST_VERSION})."
                )
            if version < LATEST_VERSION:
                memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                connection.backup(memory)
                connection.close()
                connection = memory
                connection.execute("BEGIN")
                migrate(connection)
                connection.execute("COMMIT")
        except sqlite3.Error as failed:
            connection.close()
            raise _unavailable(path, failed) from failed
        except BaseException:
            connection.close()
            raise
        return cls(connection, path)

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def __enter__(self) -> NoteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One IMMEDIATE transaction: the write lock is taken (or waited for) up front."""
        with self._lock:
            try:
                self._connection.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise _write_failed(self.path, error) from error
            try:
                yield self._connection
                self._connection.execute("COMMIT")
            except BaseException as error:
                if self._connection.in_transaction:
                    self._connection.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise _write_failed(self.path, error) from error
                raise

    def _read(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[Any]:
        with self._lock:
            try:
                return self._connection.execute(sql, parameters).fetchall()
            except sqlite3.Error as error:
                raise NotesError(f"Could not read notes from {self.path}: {error}.") from error

    # -- articles -----------------------------------------------------------------------

    def remember_article(self, article: Article, *, opened: str | None = None) -> SavedArticle:
        """Save (or refresh) the article and its snapshot; marks it opened now.

        An article the library already has (see `identity`) keeps its entry and its notes:
        a re-fetched page, or a local file that was edited or moved.
        """
        opened = opened or now_iso()
        article = storable(article)
        key = ArticleKey.of(article)
        values = (
            key.source,
            article.url,
            article.title,
            article.site,
            article.published,
            snapshot_json(article),
            key.text_hash,
            key.fingerprint,
            opened,
        )
        with self._write() as db:
            article_id, identity = _same_article(db, key)
            if article_id is None:
                (article_id,) = db.execute(
                    """
                    INSERT INTO articles (source, url, title, site, published, snapshot,
                                          text_hash, fingerprint, last_opened, identity,
                                          first_saved)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                    """,
                    (*values, identity, opened),
                ).fetchone()
            else:
                # A saved copy is never overwritten: a changed one is kept as a version.
                db.execute(
                    """
                    INSERT INTO article_versions (article_id, snapshot, text_hash, saved)
                    SELECT id, snapshot, text_hash, last_opened FROM articles
                    WHERE id = ? AND snapshot != ?
                    """,
                    (article_id, values[5]),
                )
                db.execute(
                    """
                    UPDATE articles SET source = ?, url = ?, title = ?, site = ?,
                        published = ?, snapshot = ?, text_hash = ?, fingerprint = ?,
                        last_opened = ?
                    WHERE id = ?
                    """,
                    (*values, article_id),
                )
        return self.article(article_id)

    def article(self, article_id: int) -> SavedArticle:
        rows = self._read(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?", (article_id,)
        )
        if not rows:
            raise NotesError(f"No saved article with id {article_id}.")
        return _saved_article(rows[0])

    def article_for(self, article: Article) -> SavedArticle | None:
        """The saved record of this article, if it was saved before (does not save it)."""
        key = ArticleKey.of(storable(article))
        with self._lock:
            try:
                article_id, _identity = _same_article(self._connection, key)
            except sqlite3.Error as error:
                raise NotesError(f"Could not read notes from {self.path}: {error}.") from error
        return None if article_id is None else self.article(article_id)

    def load_article(self, article_id: int) -> Article:
        """The stored snapshot of a saved article, as an `Article`."""
        rows = self._read("SELECT snapshot FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise NotesError(f"No saved article with id {article_id}.")
        return article_from_snapshot(rows[0][0])

    def versions(self, article_id: int) -> list[ArticleVersion]:
        """Every saved version of an article, oldest first, the current one last."""
        rows = self._read(
            """
            SELECT saved, snapshot FROM (
                SELECT id AS n, saved, snapshot FROM article_versions WHERE article_id = ?1
                UNION ALL
                SELECT NULL AS n, last_opened, snapshot FROM articles WHERE id = ?1)
            ORDER BY n IS NULL, n
            """,
            (article_id,),
        )
        return [ArticleVersion(saved, article_from_snapshot(snapshot)) for saved, snapshot in rows]

    def articles(self, matching: str | None = None) -> list[SavedArticle]:
        """The library, most recently opened first; `matching` filters by title, site,
        source, or the text of its highlights and notes."""
        if not matching or not matching.strip():
            rows = self._read(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles a ORDER BY a.last_opened DESC, a.id DESC"
            )
            return [_saved_article(row) for row in rows]
        like = "%" + _escape_like(matching.strip()) + "%"
        fts = fts_query(matching)
        rows = self._read(
            f"""
            SELECT {_ARTICLE_COLUMNS} FROM articles a
            WHERE a.title LIKE ?1 ESCAPE '\\' OR a.site LIKE ?1 ESCAPE '\\'
               OR a.source LIKE ?1 ESCAPE '\\' OR a.url LIKE ?1 ESCAPE '\\'
               OR (?2 != '' AND a.id IN (
                    SELECT h.article_id FROM highlights h
                    JOIN highlights_fts f ON f.rowid = h.id
                    WHERE highlights_fts MATCH ?2))
            ORDER BY a.last_opened DESC, a.id DESC
            """,
            (like, fts),
        )
        return [_saved_article(row) for row in rows]

    def find_articles(self, reference: str) -> list[SavedArticle]:
        """Saved articles `reference` names: a library id, an identity, a source, or a URL."""
        reference = without_credentials(reference.strip())
        candidates = {reference, f"url:{reference.split('#', 1)[0]}"}
        with suppress(OSError, RuntimeError):
            candidates.add(str(Path(reference).expanduser().resolve()))
        placeholders = ", ".join("?" for _ in candidates)
        values = tuple(candidates)
        article_id = int(reference) if reference.isdigit() else -1
        rows = self._read(
            f"""
            SELECT {_ARTICLE_COLUMNS} FROM articles a
            WHERE a.id = ? OR a.identity IN ({placeholders}) OR a.source IN ({placeholders})
               OR a.url IN ({placeholders})
            ORDER BY a.last_opened DESC
            """,
            (article_id, *values, *values, *values),
        )
        return [_saved_article(row) for row in rows]

    # -- highlights ---------------------------------------------------------------------

    def add_highlight(
        self,
        article_id: int,
        text: str,
        start: int,
        end: int,
        *,
        note: str = "",
        kind: HighlightKind = "highlight",
        label: str | None = None,
        tags: tuple[str, ...] = (),
    ) -> Highlight:
        """Save a highlight of `text[start:end]` (the article's current text) with a note."""
        if kind not in HIGHLIGHT_KINDS:
            raise NotesError(f"Unknown kind of highlight: {kind!r}.")
        try:
            anchor = make_anchor(text, start, end)
        except ValueError as error:
            raise NotesError(f"Cannot highlight that: {error}.") from error
        if not anchor.exact.strip():
            raise NotesError("Cannot highlight only blank space.")
        # A note may be pasted from anywhere: escape sequences in it would reach the terminal
        # in the Notes tab and every export, so they never get into the database.
        note = sanitize_text(note)
        label = sanitize_inline(label)
        tags_column = storable_tags(tags)
        stamp = now_iso()
        uid = uuid.uuid4().hex
        with self._write() as db:
            if db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
                raise NotesError(f"No saved article with id {article_id}.")
            (highlight_id,) = db.execute(
                """
                INSERT INTO highlights (uid, article_id, exact, prefix, suffix, start_offset,
                                        end_offset, note, kind, label, created, modified,
                                        tags)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """,
                (
                    uid,
                    article_id,
                    anchor.exact,
                    anchor.prefix,
                    anchor.suffix,
                    anchor.start,
                    anchor.end,
                    note,
                    kind,
                    label,
                    stamp,
                    stamp,
                    tags_column,
                ),
            ).fetchone()
        return Highlight(
            highlight_id,
            uid,
            article_id,
            anchor,
            note,
            kind,
            label,
            stamp,
            stamp,
            tags=stored_tags(tags_column),
        )

    def highlight(self, highlight_id: int) -> Highlight:
        rows = self._read(
            f"SELECT {_HIGHLIGHT_COLUMNS} FROM highlights h WHERE h.id = ?", (highlight_id,)
        )
        if not rows:
            raise NotesError(f"No highlight with id {highlight_id} (was it deleted?).")
        return _highlight(rows[0])

    def highlights(self, article_id: int) -> list[Highlight]:
        """An article's highlights in the order they were made in the text."""
        rows = self._read(
            f"SELECT {_HIGHLIGHT_COLUMNS} FROM highlights h WHERE h.article_id = ? "
            "ORDER BY h.start_offset, h.id",
            (article_id,),
        )
        return [_highlight(row) for row in rows]

    def update_note(self, highlight: Highlight, note: str) -> Highlight:
        """Replace the note of `highlight`, exactly as it was shown (id, uid, version).

        Raises `NoteConflictError` when the database holds something else: the note was
        deleted, or changed by another reader since (nothing is written then).
        """
        note = sanitize_text(note)
        with self._write() as db:
            row = db.execute(
                """
                UPDATE highlights SET note = ?, modified = ?, version = version + 1
                WHERE id = ? AND uid = ? AND version = ?
                RETURNING id
                """,
                (note, now_iso(), highlight.id, highlight.uid, highlight.version),
            ).fetchone()
            if row is None:
                raise _conflict(db, highlight, "edit")
        return self.highlight(highlight.id)

    def set_tags(self, highlight: Highlight, tags: tuple[str, ...]) -> Highlight:
        """Replace the tags given to `highlight` (not the #tags in its note), exactly as it
        was shown; raises `NoteConflictError` like `update_note`."""
        with self._write() as db:
            row = db.execute(
                """
                UPDATE highlights SET tags = ?, modified = ?, version = version + 1
                WHERE id = ? AND uid = ? AND version = ?
                RETURNING id
                """,
                (storable_tags(tags), now_iso(), highlight.id, highlight.uid, highlight.version),
            ).fetchone()
            if row is None:
                raise _conflict(db, highlight, "tag")
        return self.highlight(highlight.id)

    def delete_highlight(self, highlight: Highlight) -> Highlight:
        """Delete `highlight`, exactly as it was shown; returns the deleted row so that
        `restore_highlight` can undo it. Raises `NoteConflictError` like `update_note`."""
        with self._write() as db:
            rows = db.execute(
                f"""
                DELETE FROM highlights WHERE id = ? AND uid = ? AND version = ?
                RETURNING {_HIGHLIGHT_COLUMNS.replace("h.", "")}
                """,
                (highlight.id, highlight.uid, highlight.version),
            ).fetchall()
            if not rows:
                raise _conflict(db, highlight, "delete")
        return _highlight(rows[0])

    def delete_article(self, article_id: int, *, notes: int | None = None) -> int:
        """Remove an article and its highlights from the library in one transaction; returns
        how many highlights went with it. (The UI asks first: this cannot be undone.) Given
        `notes`, the number the user was asked about, it deletes nothing when the article has
        another number now (another window wrote or deleted one) and raises
        `NoteConflictError`."""
        with self._write() as db:
            found = db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchall()
            if not found:
                raise NotesError(f"No saved article with id {article_id} (was it deleted?).")
            (now,) = db.execute(
                "SELECT count(*) FROM highlights WHERE article_id = ?", (article_id,)
            ).fetchone()
            if notes is not None and now != notes:
                raise NoteConflictError(
                    f"Did not delete the article: it has {now} note{'' if now == 1 else 's'} "
                    "now, not the number asked about (another window?); look again.",
                    None,
                )
            removed = db.execute("DELETE FROM highlights WHERE article_id = ?", (article_id,))
            db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return removed.rowcount

    def restore_highlight(self, highlight: Highlight) -> Highlight:
        """Put a deleted highlight back exactly as it was (same id, uid, version): undo.

        Ids are never reused (AUTOINCREMENT), so its id is free unless it was restored
        already, which is an error rather than a second copy.
        """
        a = highlight.anchor
        with self._write() as db:
            if db.execute("SELECT 1 FROM highlights WHERE uid = ?", (highlight.uid,)).fetchone():
                raise NoteConflictError(
                    "That note is back already (restored in another window?).", None
                )
            db.execute(
                """
                INSERT INTO highlights (id, uid, article_id, exact, prefix, suffix, start_offset,
                                        end_offset, note, kind, label, created, modified,
                                        version, tags)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    highlight.id,
                    highlight.uid,
                    highlight.article_id,
                    a.exact,
                    a.prefix,
                    a.suffix,
                    a.start,
                    a.end,
                    highlight.note,
                    highlight.kind,
                    highlight.label,
                    highlight.created,
                    highlight.modified,
                    highlight.version,
                    storable_tags(highlight.tags),
                ),
            )
        return highlight

    # -- search -------------------------------------------------------------------------

    def search(self, term: str, *, limit: int = 200) -> list[SearchHit]:
        """Highlights whose text, note, label or tags contain every word of `term` (FTS5).

        A word written `#tag` matches only highlights with that tag (given with `t`, or
        written in the note), not the word elsewhere."""
        wanted = [word[1:].casefold() for word in term.split() if _is_tag_word(word)]
        query = fts_query(term)
        if not query:
            return []
        rows = self._read(
            f"""
            SELECT {_HIGHLIGHT_COLUMNS}, {_ARTICLE_COLUMNS}
            FROM highlights_fts f
            JOIN highlights h ON h.id = f.rowid
            JOIN articles a ON a.id = h.article_id
            WHERE highlights_fts MATCH ?
            ORDER BY f.rank, h.id
            LIMIT ?
            """,
            (query, limit),
        )
        width = len(_HIGHLIGHT_COLUMNS.split(","))
        hits = [SearchHit(_saved_article(row[width:]), _highlight(row[:width])) for row in rows]
        return [hit for hit in hits if _has_tags(hit.highlight, wanted)]


def _is_tag_word(word: str) -> bool:
    from reader.notes.tags import is_tag

    return word.startswith("#") and is_tag(word[1:])


def _has_tags(highlight: Highlight, wanted: list[str]) -> bool:
    tags = {tag.casefold() for tag in highlight.all_tags}
    return all(tag in tags for tag in wanted)


def fts_query(term: str) -> str:
    """A user's search words as an FTS5 query: every word must occur, the last as a prefix.

    Each word is quoted, so FTS5 syntax in the term (AND, NEAR, quotes, *) is taken literally.
    """
    words = [w for w in term.split() if any(c.isalnum() for c in w)]
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if not words[-1].startswith("#"):
        quoted[-1] += "*"  # a #tag is a whole tag, not the start of one
    return " ".join(quoted)


# -- start-up check ---------------------------------------------------------------------


@contextmanager
def _opening_lock(path: Path) -> Iterator[None]:
    """One process at a time checks, migrates, or moves aside and recreates the database.

    Without it, two readers starting on a damaged file both found the damage; one moved it
    aside and made a new database, then the other moved that new one (with the first
    reader's fresh notes) aside: 80 of 1,440 notes lost in 2 of 30 trials (issue 10). The
    lock is an advisory `flock` on a small file beside the database, held only while opening.
    Where it cannot be created (a read-only data dir) nothing can be moved or created either.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: SQLite's own locking only
        yield
        return
    try:
        fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise NotesUnavailableError(
                        f"Notes are off: another newsreader kept {path} busy while opening it "
                        f"for {BUSY_TIMEOUT_MS // 1000} s."
                    ) from None
                time.sleep(0.02)
        yield
    finally:
        os.close(fd)  # releases the lock


def _open_read_only(uri: str, options: str) -> tuple[sqlite3.Connection, int] | sqlite3.Error:
    """A read-only connection and the schema version, or why it could not be opened."""
    try:
        connection = sqlite3.connect(
            f"{uri}?{options}",
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
    except sqlite3.Error as error:
        return error
    try:
        version = schema_version(connection)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        connection.close()
        return error
    return connection, version


def _connect(path: Path) -> sqlite3.Connection:
    try:
        return sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as error:
        raise _unavailable(path, error) from error


# -- the search index -------------------------------------------------------------------
# A damaged FTS5 index passes `quick_check` (its pages are sound b-tree pages), then every
# add, edit and delete fails with "malformed" through the triggers: notes read-only for good
# (issue 10). Everything in it is derived from the highlights table, so it is checked
# against that table at start-up and rebuilt when it disagrees.

# The shadow tables of an empty FTS5 table: config version 4, an empty averages record (1)
# and an empty structure record (10). Measured: with a scribbled structure record or lost
# config, 'rebuild' alone fails ("vtable constructor failed"); from this state it works.
_EMPTY_SEARCH_INDEX = (
    "DELETE FROM highlights_fts_data",
    "DELETE FROM highlights_fts_idx",
    "DELETE FROM highlights_fts_docsize",
    "DELETE FROM highlights_fts_config",
    "INSERT INTO highlights_fts_config (k, v) VALUES ('version', 4)",
    "INSERT INTO highlights_fts_data (id, block) VALUES (1, X''), (10, X'00000000000000')",
)


def _search_index_ok(connection: sqlite3.Connection) -> bool:
    try:
        # rank 1: also compare the index with the highlights it was built from.
        connection.execute(
            "INSERT INTO highlights_fts(highlights_fts, rank) VALUES ('integrity-check', 1)"
        )
    except sqlite3.DatabaseError as error:
        if _is_corruption(error) or "fts5" in str(error) or "vtable" in str(error):
            return False
        raise
    except MemoryError:
        # A scribbled structure record can claim sizes SQLite cannot allocate: it reports
        # SQLITE_NOMEM, which Python raises as MemoryError. The index is damaged all the same.
        return False
    return True


def _reset_search_index(connection: sqlite3.Connection, path: Path) -> None:
    try:
        connection.execute("BEGIN IMMEDIATE")
        for statement in _EMPTY_SEARCH_INDEX:
            connection.execute(statement)
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise _unavailable(path, error) from error


def _rebuild_search_index(connection: sqlite3.Connection, path: Path) -> None:
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO highlights_fts(highlights_fts) VALUES ('rebuild')")
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise _unavailable(path, error) from error
    if not _search_index_ok(connection):
        raise NotesUnavailableError(
            f"Notes are off: the search index in {path} is damaged and could not be rebuilt."
        )


def _check_and_prepare(connection: sqlite3.Connection, path: Path) -> None:
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        problems = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as error:
        if _is_corruption(error):
            raise _move_aside(connection, path, str(error)) from error
        raise _unavailable(path, error) from error
    if problems != ["ok"]:
        raise _move_aside(connection, path, "; ".join(str(p) for p in problems[:3]))
    try:
        version = schema_version(connection)
        if version > LATEST_VERSION:
            raise NotesUnavailableError(
                f"Notes are off: {path} was written by a newer newsreader "
                f"(schema {version}, this one knows {LATEST_VERSION})."
            )
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise NotesUnavailableError(f"Notes are off: {path} cannot use WAL mode ({mode}).")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        if version < LATEST_VERSION:
            connection.execute("BEGIN IMMEDIATE")
            try:
                migrate(connection)
                connection.execute("COMMIT")
            except BaseException:
                # A failed COMMIT (disk full) has already rolled back: a second ROLLBACK
                # would replace the real reason with "no transaction is active".
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
    except sqlite3.DatabaseError as error:
        if _is_corruption(error):
            raise _move_aside(connection, path, str(error)) from error
        raise _unavailable(path, error) from error


def _is_corruption(error: sqlite3.Error) -> bool:
    message = str(error).lower()
    return any(marker in message for marker in _CORRUPTION_MARKERS)


def _check_log_has_its_database(path: Path) -> None:
    """A write-ahead log whose main file is empty or missing holds the only copy of notes
    committed since the last checkpoint (a crash mid-copy, a truncated file). SQLite, opening
    such a database, deletes the log (measured: 300 notes gone, no warning), so the set is
    moved aside before SQLite sees it."""
    log = Path(f"{path}-wal")
    try:
        if log.stat().st_size == 0 or (path.exists() and path.stat().st_size > 0):
            return
    except OSError:
        return
    raise _move_aside(
        None,
        path,
        f"its main file is {'empty' if path.exists() else 'missing'} but its write-ahead log "
        f"holds {log.stat().st_size} bytes of notes",
    )


def _move_aside(
    connection: sqlite3.Connection | None, path: Path, detail: str
) -> CorruptNotesError:
    """Set the damaged file (and its -wal/-shm, which belong to it) aside under a new name.

    Copied while the connection is still open, then the originals removed: closing a
    connection deletes the -wal file even when the main file is garbage (measured), and a
    write-ahead log may hold the newest notes. Files we did not create are never deleted
    before their copy is safely on disk.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    counter = 0
    while True:
        suffix = f".damaged-{stamp}" + (f"-{counter}" if counter else "")
        target = path.with_name(path.name + suffix)
        if not any(Path(f"{target}{ext}").exists() for ext in ("", "-wal", "-shm")):
            break
        counter += 1
    originals = [Path(f"{path}{ext}") for ext in ("", "-wal", "-shm")]
    try:
        for ext, original in zip(("", "-wal", "-shm"), originals, strict=True):
            if original.exists():
                _copy_exclusive(original, Path(f"{target}{ext}"))
    except OSError as error:
        if connection is not None:
            connection.close()
        raise NotesUnavailableError(
            f"Notes are off: {path} is damaged ({detail}) and could not be copied aside "
            f"({error.strerror or error}); it was left as it is."
        ) from error
    if connection is not None:
        connection.close()
    # The -wal goes first: a new database must never pick up the old one's log.
    for original in reversed(originals):
        with suppress(FileNotFoundError):
            original.unlink()
    return CorruptNotesError(path, target, detail)


def _copy_exclusive(source: Path, target: Path) -> None:
    with source.open("rb") as reader, target.open("xb") as writer:
        shutil.copyfileobj(reader, writer)
        writer.flush()
        os.fsync(writer.fileno())


def _conflict(db: sqlite3.Connection, shown: Highlight, action: str) -> NoteConflictError:
    """Why an edit or delete of `shown` matched no row: it is gone, or it changed."""
    rows = db.execute(
        f"SELECT {_HIGHLIGHT_COLUMNS} FROM highlights h WHERE h.uid = ?", (shown.uid,)
    ).fetchall()
    if not rows:
        return NoteConflictError(
            f"Did not {action} the note: it was deleted (in another window?).", None
        )
    return NoteConflictError(
        f"Did not {action} the note: it was changed in another window since it was shown; "
        "look at it again.",
        _highlight(rows[0]),
    )


def _unavailable(path: Path, error: sqlite3.Error) -> NotesUnavailableError:
    message = str(error)
    if _disk_full(error):
        return NotesUnavailableError(
            f"Notes are off: {path} cannot be written: {_disk_full(error)} ({message})."
        )
    if "readonly" in message or "unable to open" in message:
        return NotesUnavailableError(
            f"Notes are off: {path} cannot be opened for writing ({message}); "
            "is the data directory read-only? Set NEWSREADER_DATA_DIR or --data-dir."
        )
    return NotesUnavailableError(f"Notes are off: {path} cannot be used ({message}).")


def _disk_full(error: sqlite3.Error) -> str:
    """What to tell the user when `error` is SQLITE_FULL, or an I/O error running out of
    space gives (a write that cannot start, a shared-memory file that cannot grow: measured
    with a file size limit); "" for other errors."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL":
        return "the disk is full"
    if name in ("SQLITE_IOERR_WRITE", "SQLITE_IOERR_SHMSIZE"):
        return "the disk may be full"
    return ""


def _write_failed(path: Path, error: sqlite3.Error) -> NotesError:
    message = str(error)
    if _disk_full(error):
        return NotesError(f"Could not save to {path}: {_disk_full(error)} ({message}).")
    if "locked" in message or "busy" in message:
        return NotesError(
            f"Could not save to {path}: the database stayed locked for "
            f"{BUSY_TIMEOUT_MS // 1000} s (another newsreader busy?)."
        )
    if "readonly" in message:
        return NotesUnavailableError(f"Could not save to {path}: it is read-only ({message}).")
    return NotesError(f"Could not save to {path}: {message}.")


def _same_article(db: sqlite3.Connection, key: ArticleKey) -> tuple[int | None, str]:
    """The id of the saved article `key` is (None: a new one), and the identity a new one
    gets. See `identity` for the rules."""
    if key.by_url:
        # Every entry claiming this URL: the first one, and pages that claimed it later with
        # other text (identity "url:<url> sha256:<hash>").
        rows = db.execute(
            f"""
            SELECT {_MATCH_COLUMNS} FROM articles
            WHERE identity = ?1 OR substr(identity, 1, length(?1) + 1) = ?1 || ' '
            ORDER BY identity = ?1 DESC, last_opened DESC
            """,
            (key.identity,),
        ).fetchall()
        if not rows:
            return None, key.identity
        same = next((r[0] for r in rows if r[2] == key.text_hash), None)
        # Fetched from the same address: that page, updated (its old text is kept as a
        # version). From elsewhere, only with similar text: a page claiming another
        # article's canonical URL must not take over its entry (issue 10).
        same = same or next((r[0] for r in rows if r[1] == key.source), None)
        same = same or _most_similar(key, rows)
        return same, f"{key.identity} sha256:{key.text_hash}"
    # The same text: unchanged, moved or copied (the one from the same place first).
    row = db.execute(
        """
        SELECT id FROM articles
        WHERE substr(identity, 1, 4) != 'url:' AND (identity = ? OR text_hash = ?)
        ORDER BY source = ? DESC, last_opened DESC LIMIT 1
        """,
        (key.identity, key.text_hash, key.source),
    ).fetchone()
    if row is not None:
        return int(row[0]), key.identity
    # From the same place with similar text: edited.
    rows = db.execute(
        f"""
        SELECT {_MATCH_COLUMNS} FROM articles
        WHERE substr(identity, 1, 4) != 'url:' AND source = ?
        """,
        (key.source,),
    ).fetchall()
    return _most_similar(key, rows), key.identity


# What `_same_article` compares: id, source, text hash, fingerprint (or the snapshot to make
# one from, for articles saved before fingerprints were kept).
_MATCH_COLUMNS = (
    "id, source, text_hash, fingerprint, CASE WHEN fingerprint IS NULL THEN snapshot END"
)


def _most_similar(key: ArticleKey, rows: list[Any]) -> int | None:
    best: tuple[float, int] | None = None
    for article_id, _source, _hash, stored_print, snapshot in rows:
        if stored_print is None:
            try:
                stored_print = fingerprint(article_from_snapshot(snapshot).text)
            except NotesError:
                continue
        score = similarity(key.fingerprint, stored_print)
        if score >= SAME_PLACE_SIMILARITY and (best is None or score > best[0]):
            best = (score, int(article_id))
    return None if best is None else best[1]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# Everything read back from the database is made safe to show again: it was sanitised when
# saved, but the file may have been changed since (issue 10). Quoted text keeps its length
# (`defuse`), so anchors still line up with the defused snapshot text.


def _saved_article(row: tuple[Any, ...] | list[Any]) -> SavedArticle:
    return SavedArticle(
        id=row[0],
        identity=row[1],
        source=sanitize_inline(without_credentials(row[2])) or "",
        url=sanitize_inline(row[3] and without_credentials(row[3])),
        title=sanitize_inline(row[4]),
        site=sanitize_inline(row[5]),
        published=sanitize_inline(row[6]),
        first_saved=row[7],
        last_opened=row[8],
        note_count=row[9],
    )


def _highlight(row: tuple[Any, ...] | list[Any]) -> Highlight:
    return Highlight(
        id=row[0],
        uid=row[1],
        article_id=row[2],
        anchor=Anchor(
            exact=defuse(row[3]),
            prefix=defuse(row[4]),
            suffix=defuse(row[5]),
            start=row[6],
            end=row[7],
        ),
        note=sanitize_text(row[8]),
        kind=row[9],
        label=sanitize_inline(row[10]),
        created=row[11],
        modified=row[12],
        version=row[13],
        tags=stored_tags(row[14]),
    )
