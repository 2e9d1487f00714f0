"""One open article's notes: what the reader UI holds while an article is on screen.

Plain Python (no Textual), so the UI can call it from worker threads and tests can drive it
directly. Every change goes to the database first; the in-memory list is rebuilt from the
database afterwards, so what is shown is always what is saved.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from reader.article import Article
from reader.extract.sanitize import sanitize_text
from reader.notes.anchoring import place_all
from reader.notes.errors import NoteConflictError, NotesError
from reader.notes.model import Highlight, HighlightKind, PlacedHighlight, SavedArticle
from reader.notes.store import NoteStore, now_iso, open_notes

UNDO_DEPTH = 20


class NotesSession:
    """The saved article, its highlights placed in the text shown, and an undo stack."""

    def __init__(self, store: NoteStore, saved: SavedArticle, article: Article) -> None:
        self.store = store
        self.saved = saved
        self.article = article
        self.placed: list[PlacedHighlight] = []
        self._undo: list[Highlight] = []
        self._lock = threading.Lock()
        self.refresh()

    @classmethod
    def open(
        cls,
        article: Article,
        *,
        path: Path | None = None,
        warn: Callable[[str], None],
        store: NoteStore | None = None,
    ) -> NotesSession:
        """Open the notes database (unless given one), save the article in the library, and
        place its highlights. Raises `NotesUnavailableError` when notes are off."""
        store = store or open_notes(path, warn=warn)
        try:
            saved = store.remember_article(article)
            return cls(store, saved, article)
        except BaseException:
            store.close()
            raise

    def close(self) -> None:
        self.store.close()

    def refresh(self) -> list[PlacedHighlight]:
        placed = place_all(self.article.text, self.store.highlights(self.saved.id))
        placed.sort(key=lambda p: (p.placement.orphaned, p.placement.start, p.highlight.id))
        with self._lock:
            self.placed = placed
        return placed

    # -- changes --------------------------------------------------------------------------

    def add(
        self,
        start: int,
        end: int,
        *,
        note: str = "",
        kind: HighlightKind = "highlight",
        label: str | None = None,
        tags: tuple[str, ...] = (),
    ) -> Highlight:
        """Save a highlight with its note (see `_keeping_article`)."""
        highlight = self._keeping_article(
            lambda: self.store.add_highlight(
                self.saved.id,
                self.article.text,
                start,
                end,
                note=note,
                kind=kind,
                label=label,
                tags=tags,
            )
        )
        self.refresh()
        return highlight

    def _keeping_article(self, write: Callable[[], Highlight]) -> Highlight:
        """`write()`; when it fails because the article was deleted from the library in
        another window since it was opened here, the article is saved again and `write()`
        tried once more (reading `self.saved.id` anew): a note is not refused for that."""
        try:
            return write()
        except NoteConflictError:
            raise
        except NotesError:
            try:
                self.store.article(self.saved.id)
            except NotesError:
                self.saved = self.store.remember_article(self.article)
                return write()
            raise

    def _restore(self, highlight: Highlight) -> Highlight:
        return self._keeping_article(
            lambda: self.store.restore_highlight(replace(highlight, article_id=self.saved.id))
        )

    def edit(self, highlight: Highlight, note: str) -> Highlight:
        """Change the note of `highlight` as it was shown; `NoteConflictError` if another
        reader changed or deleted it since (the list is refreshed either way)."""
        try:
            edited = self.store.update_note(highlight, note)
        finally:
            self.refresh()
        return edited

    def set_tags(self, highlight: Highlight, tags: tuple[str, ...]) -> Highlight:
        """Replace the tags of `highlight` as it was shown (see `edit`)."""
        try:
            tagged = self.store.set_tags(highlight, tags)
        finally:
            self.refresh()
        return tagged

    def delete(self, highlight: Highlight) -> Highlight:
        """Delete `highlight` as it was shown (see `edit`); `undo_delete` puts it back."""
        try:
            deleted = self.store.delete_highlight(highlight)
        except BaseException:
            self.refresh()
            raise
        with self._lock:
            self._undo.append(deleted)
            del self._undo[:-UNDO_DEPTH]
        self.refresh()
        return deleted

    def undo_delete(self) -> Highlight | None:
        """Put back the most recently deleted highlight; None when there is nothing to undo."""
        with self._lock:
            if not self._undo:
                return None
            highlight = self._undo.pop()
        try:
            highlight = self._restore(highlight)
        except NoteConflictError:
            self.refresh()  # it is back already: nothing to keep for another try
            raise
        except BaseException:
            with self._lock:
                self._undo.append(highlight)  # not restored: a later `u` tries again
            raise
        self.refresh()
        return highlight

    def restore_edited(self, highlight: Highlight, note: str) -> Highlight:
        """Put back `highlight`, deleted by another reader while it was being edited here,
        with the edited `note`: the edit is saved rather than lost. `NoteConflictError` when
        it is back already."""
        edited = replace(
            highlight, note=sanitize_text(note), modified=now_iso(), version=highlight.version + 1
        )
        try:
            return self._restore(edited)
        finally:
            self.refresh()

    # -- queries --------------------------------------------------------------------------

    def spans(self) -> list[tuple[int, int, str]]:
        """(start, end, id) of every placed highlight, for the article view to draw."""
        with self._lock:
            placed = list(self.placed)
        return [
            (p.placement.start, p.placement.end, str(p.highlight.id))
            for p in placed
            if not p.placement.orphaned
        ]

    def at(self, offset: int) -> PlacedHighlight | None:
        """The innermost placed highlight covering `offset`."""
        with self._lock:
            covering = [
                p
                for p in self.placed
                if not p.placement.orphaned and p.placement.start <= offset < p.placement.end
            ]
        return min(covering, key=lambda p: p.placement.end - p.placement.start, default=None)

    def find(self, highlight_id: int) -> PlacedHighlight | None:
        with self._lock:
            return next((p for p in self.placed if p.highlight.id == highlight_id), None)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)
