"""The reader screen with notes: highlight by keyboard or mouse, write notes, see them again.

`NotesReaderScreen` adds to `ReaderScreen`:
- visual mode: `v` selects the sentence at the cursor; j/k extend by a line, w/b by a word;
  esc (or v) leaves it. A mouse selection works the same for `h` and `a`.
- `h` highlights the selection; `a` highlights it and opens the note editor; in the quotes,
  people or numbers panel, `a` writes a note on the chosen item.
- `e` edits and `d` deletes (after asking) the note under the cursor or chosen in the Notes
  tab; `u` undoes the last delete. `L` opens the library.
- `t` edits the tags of the selection (highlighting it) or of that note; elsewhere `t` is
  still the contents.
- highlights are drawn in the theme's user-highlight colour and listed in a Notes tab.

Opening the database (and saving the article's snapshot) runs in a thread worker. Saving a
note does not: it is one short IMMEDIATE transaction (~0.4 ms, bench/notes.py), done before
the editor's "Note saved." is shown, so a note acknowledged on screen is on disk even if the
app is quit at once (a worker could still be queued then). The screen is redrawn from the
database after each change, so it never shows a note that is not saved. When notes are
unavailable (read-only data dir…), the article is still shown and the reason is given once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual.geometry import Offset
from textual.message import Message
from textual.selection import Selection
from textual.worker import get_current_worker

from reader.article import Article
from reader.errors import NewsreaderError
from reader.notes.errors import NoteConflictError
from reader.ui.screens.reader_screen import ArticleLoaded, ReaderScreen
from reader.ui.widgets.article_view import ArticleView

# The notes machinery (SQLite, anchoring, dialogs) is imported where it is first used, after
# the article's first paint: this module is imported before the reader's first frame.
if TYPE_CHECKING:
    from reader.notes.model import Highlight, HighlightKind, PlacedHighlight
    from reader.notes.session import NotesSession
    from reader.ui.notes_panel import NotesPanel

NOTES_TAB = "tab-notes"
SELECT_HINT = "Select: j/k a line, w/b a word; h highlight, a note, esc leave."
_VISUAL_ACTIONS = {"visual_move", "visual_cancel"}


class NotesReady(Message):
    def __init__(self, session: NotesSession) -> None:
        super().__init__()
        self.session = session


class NotesOff(Message):
    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class NotesReaderScreen(ReaderScreen):
    """`ReaderScreen` plus highlights and notes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("v", "visual", "Select", id="notes.visual"),
        Binding("h", "highlight", "Highlight", id="notes.highlight"),
        Binding("a", "annotate", "Note", id="notes.annotate"),
        Binding("e", "edit_note", "Edit note", show=False, id="notes.edit"),
        Binding("d", "delete_note", "Delete note", show=False, id="notes.delete"),
        Binding("u", "undo_delete", "Undo delete", show=False, id="notes.undo"),
        Binding("L", "library", "Library", id="notes.library"),
        # `t` tags the selection or the highlight at the cursor (or chosen in the Notes tab);
        # with neither, check_action turns this binding off and `t` opens the contents.
        Binding("t", "tag", "Tags", id="notes.tag"),
        Binding("t", "contents", "Contents", id="reader.contents"),
        # Visual mode takes these keys first (priority); outside it they keep their usual
        # meaning because check_action turns these bindings off.
        Binding(
            "j,down",
            "visual_move('line', 1)",
            "Extend down",
            show=False,
            priority=True,
            id="notes.select_down",
        ),
        Binding(
            "k,up",
            "visual_move('line', -1)",
            "Extend up",
            show=False,
            priority=True,
            id="notes.select_up",
        ),
        # Bindings of a subclass replace the parent's for the same key, so ReaderScreen's `w`
        # is declared again here, beside the visual-mode one.
        Binding("w", "cycle_width", "Width", id="reader.cycle_width"),
        Binding(
            "w",
            "visual_move('word', 1)",
            "Extend a word",
            show=False,
            priority=True,
            id="notes.select_word",
        ),
        Binding(
            "b",
            "visual_move('word', -1)",
            "Shrink a word",
            show=False,
            priority=True,
            id="notes.select_back",
        ),
        Binding(
            "escape",
            "visual_cancel",
            "Leave select",
            show=False,
            priority=True,
            id="notes.select_leave",
        ),
    ]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.notes: NotesSession | None = None
        self.notes_off: str | None = None
        self._visual: tuple[int, int] | None = None  # (anchor, head) offsets
        self.notes_panel: NotesPanel | None = None  # made once the side panel exists
        self.notes_drawn = False
        self._notes_article: Article | None = None
        """True once the article view shows the session's highlights."""

    # ----- opening ----------------------------------------------------------------------

    # The article reaches the screen in several ways (given ready-made, loaded before the
    # screen mounted, loaded by a worker): each is followed by a check, run after ReaderScreen's
    # own handlers (Textual calls the handlers of every class in the MRO, this one first).

    def on_mount(self) -> None:
        self.call_later(self._ensure_notes)

    @on(ArticleLoaded)
    def _article_for_notes(self) -> None:
        self.call_later(self._ensure_notes)

    def _ensure_notes(self) -> None:
        """Open the notes of the article on screen, once per article."""
        article = self.article
        if article is not None and article is not self._notes_article:
            self._notes_article = article
            self._open_notes(article)

    @work(thread=True, exclusive=True, group="notes-open")
    def _open_notes(self, article: Article) -> None:
        from reader.ui.notes_dialogs import database_warning  # lazy: not needed at start-up

        warn = database_warning(self)

        from reader.compare.versions import earlier_copy
        from reader.notes.session import NotesSession
        from reader.notes.store import open_notes

        try:
            store = open_notes(warn=warn)
            earlier = earlier_copy(store, article)  # before today's text becomes the saved copy
            session = NotesSession.open(article, warn=warn, store=store)
        except NewsreaderError as error:
            self.post_message(NotesOff(str(error)))
            return
        except Exception as error:  # a bug must not take the article away
            self.post_message(NotesOff(f"Notes are off: {type(error).__name__}: {error}"))
            return
        if get_current_worker().is_cancelled:
            session.close()
            return
        self.post_message(NotesReady(session))
        if earlier is not None:
            from reader.ui.compare_offer import offer_version_comparison

            self.app.call_from_thread(
                offer_version_comparison, self, saved=earlier, current=article
            )

    @on(NotesReady)
    def _notes_ready(self, message: NotesReady) -> None:
        if self.notes is not None:
            self.notes.close()
        self.notes = message.session
        self.notes_off = None
        self._show_notes()

    @on(NotesOff)
    def _notes_unavailable(self, message: NotesOff) -> None:
        self.notes_off = message.reason
        self.notify(message.reason, title="Notes", severity="warning", timeout=12, markup=False)

    def on_unmount(self) -> None:
        if self.notes is not None:
            self.notes.close()
            self.notes = None

    # ----- showing ----------------------------------------------------------------------

    def _changed(self, notice: str, focus_id: int | None = None) -> None:
        self._show_notes(focus_id)
        self.notify(notice, timeout=4, markup=False)

    def _show_notes(self, focus_id: int | None = None, attempt: int = 0) -> None:
        session = self.notes
        if session is None:
            return
        view = self.article_view
        panel = self._notes_tab()
        if view is None or panel is None:
            # The notes opened before the article view or the side panel (both are built
            # after the first paint): show them once they are there.
            if attempt < 200 and self.load_error is None:
                self.set_timer(0.05, lambda: self._show_notes(focus_id, attempt + 1))
            if view is None:
                return
        view.set_user_highlights(session.spans())
        self.notes_drawn = True
        if panel is None:
            return
        from reader.ui.notes_panel import note_items

        panel.set_items(note_items(list(session.placed)))
        count = len(session.placed)
        orphans = sum(p.placement.orphaned for p in session.placed)
        if self.side_panel is not None:
            self.side_panel.set_tab_count(
                NOTES_TAB, f"{count}" + (f" ({orphans} orphaned)" if orphans else "")
            )
        if focus_id is not None and panel.is_mounted and panel.query("ItemList"):
            for index, item in enumerate(panel.shown_items):
                if item.payload.highlight.id == focus_id:
                    panel.option_list.highlighted = index

    def _notes_tab(self) -> NotesPanel | None:
        """The Notes tab's panel, added to the side panel once that exists."""
        if self.notes_panel is not None:
            return self.notes_panel
        side = self.side_panel
        if side is None or not side.is_mounted or not side.query("TabbedContent"):
            return None
        from reader.ui.notes_panel import NotesPanel

        self.notes_panel = NotesPanel(id="panel-notes")
        side.add_tab("Notes", NOTES_TAB, self.notes_panel)
        return self.notes_panel

    @on(ArticleView.UserHighlightClicked)
    def _highlight_clicked(self, message: ArticleView.UserHighlightClicked) -> None:
        """A click on a highlight shows its note (the cursor is now on it for e and d)."""
        session = self.notes
        if session is None or not message.highlight_id.isdigit():
            return
        placed = session.find(int(message.highlight_id))
        if placed is None:
            return
        note = " ".join(placed.highlight.note.split())
        if len(note) > 300:
            note = note[:299] + "…"
        self.notify((note or "(no note)") + "\n\ne: edit · d: delete", title="Note", markup=False)

    # ----- selecting --------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "tag":
            return self._selected_range() is not None or self._chosen_note() is not None
        if action in _VISUAL_ACTIONS:
            # Only while the text has focus: in the search bar, j is a letter to type.
            return self._visual is not None and isinstance(self.focused, ArticleView)
        return super().check_action(action, parameters)

    def action_visual(self) -> None:
        view = self.article_view
        if view is None or self.article is None:
            return
        if self._visual is not None:
            self._end_visual()
            return
        sentence = self._sentence_at_cursor()
        if sentence is None:
            return
        start, end = sentence
        self.selections = {}
        self._visual = (start, end)
        view.selection_keys = self._selection_keys
        view.focus()
        self._draw_visual()
        self.refresh_bindings()
        self.notify(SELECT_HINT, timeout=4, markup=False)

    # Keys typed in one burst (a paste, a macro, tmux send-keys) have their priority bindings
    # checked before the key before them has run: "vw" would check w's visual binding before
    # v started visual mode. So the plain actions the same keys reach also defer to it.
    def _selection_keys(self, unit: str, direction: int) -> bool:
        if self._visual is None:
            return False
        self.action_visual_move(unit, direction)
        return True

    def action_cycle_width(self) -> None:
        if not self._selection_keys("word", 1):
            super().action_cycle_width()

    def action_visual_move(self, unit: str, direction: int) -> None:
        view = self.article_view
        if self._visual is None or view is None or self.article is None:
            return
        count = view.keys.take_count()  # 3j, 2w: a count typed before the key
        for _ in range(min(count, 1000)):
            self._visual_step(view, unit, direction)

    def _visual_step(self, view: ArticleView, unit: str, direction: int) -> None:
        assert self._visual is not None and self.article is not None
        from reader.notes.textnav import next_word_end, previous_word_end, whole_words

        anchor, head = self._visual
        text = self.article.text
        if unit == "word":
            head = next_word_end(text, head) if direction > 0 else previous_word_end(text, head)
        else:
            # The same column a row away is often inside a word: the head goes to its edge.
            head = _offset_on_next_row(view, head, direction)
            if head > anchor:
                head = whole_words(text, anchor, head)[1]
            elif head < anchor:
                head = whole_words(text, head, anchor)[0]
        if head == anchor:
            return  # an empty selection says nothing; keep the last real one
        self._visual = (anchor, head)
        self._draw_visual()

    @on(Resize)
    def _redraw_selection(self) -> None:
        # Rows change with the width: redraw the selection from its offsets.
        if self._visual is not None:
            self.call_after_refresh(self._draw_visual)

    @on(ArticleView.Yanked)
    def _yanked(self) -> None:
        self._end_visual()  # as in vim, y ends the selection it copied

    def action_visual_cancel(self) -> None:
        self._end_visual()

    def _end_visual(self) -> None:
        self._visual = None
        self.selections = {}
        self.refresh_bindings()
        # The hint is about selecting: done with, it leaves before its time is up (in an
        # 80x24 terminal it covered the note editor's lower border and key help). Again once
        # the app's queue is through: keys typed in a burst ("vwh") end visual mode before
        # the app has taken in the hint that v posted.
        self._drop_select_hint()
        self.app.call_later(self._drop_select_hint)

    def _drop_select_hint(self) -> None:
        app = self.app
        for notification in list(app._notifications):
            if notification.message == SELECT_HINT:
                app._unnotify(notification)

    def _draw_visual(self) -> None:
        view = self.article_view
        if view is None or self._visual is None:
            return
        start, end = sorted(self._visual)
        self.selections = {view: _selection_for(view, start, end)}
        view.jump_to(self._visual[1], flash=False, remember=False)

    def _cursor_offset(self, view: ArticleView) -> int:
        """The reading cursor if it is on screen, else the first text on screen."""
        rows = view.layout_rows
        top = int(view.scroll_y)
        height = max(1, view.scrollable_content_region.height)
        if top <= rows.row_for_offset(view.cursor) < top + height:
            return view.cursor
        return rows.offset_for_row(top)

    def _sentence_at_cursor(self) -> tuple[int, int] | None:
        """The sentence at the reading cursor (`v` starts with it), or None in an empty text."""
        view = self.article_view
        if view is None or self.article is None:
            return None
        from reader.notes.textnav import sentence_at

        start, end = sentence_at(self.article, self._cursor_offset(view))
        return (start, end) if end > start else None

    def _selected_range(self) -> tuple[int, int] | None:
        """The keyboard or mouse selection as article offsets, grown to whole words."""
        view = self.article_view
        selected: tuple[int, int] | None
        if self._visual is not None:
            anchor, head = self._visual
            selected = (min(anchor, head), max(anchor, head))
        else:
            selected = view.selected_range() if view is not None else None
        if selected is None or self.article is None:
            return None
        from reader.notes.textnav import whole_words

        start, end = whole_words(self.article.text, *selected)
        return (start, end) if end > start else None

    # ----- making notes -----------------------------------------------------------------

    def _notes_available(self) -> bool:
        if self.notes is not None:
            return True
        self.notify(
            self.notes_off or "Notes are still opening…", title="Notes", timeout=6, markup=False
        )
        return False

    def _take_selection(self) -> tuple[int, int] | None:
        """The selection, leaving visual mode; None (and a hint) when nothing is selected."""
        selected = self._selected_range()
        if selected is None:
            self.notify(
                "Select text first: v (then j/k/w/b) or drag with the mouse.",
                timeout=4,
                markup=False,
            )
            return None
        self._end_visual()
        return selected

    def action_highlight(self) -> None:
        if not self._notes_available():
            return
        selected = self._take_selection()
        if selected is None:
            return
        self._add(*selected)

    def action_annotate(self) -> None:
        if not self._notes_available() or self.article is None:
            return
        item = self._focused_analysis_item()
        if item is not None:
            kind, label, start, end = item
            quote = self.article.text[start:end]
            title = f"Note on the {kind}: {label}"[:80]
            self._edit_new(start, end, quote, title, kind=kind, label=label)
            return
        # Nothing selected: a note on the sentence at the cursor, as after v (the editor
        # quotes it, and esc leaves nothing behind), rather than a hint to select first.
        selected = self._selected_range() or self._sentence_at_cursor()
        if selected is None:
            return
        self._end_visual()
        start, end = selected
        self._edit_new(start, end, self.article.text[start:end], "New note")

    def _edit_new(
        self,
        start: int,
        end: int,
        quote: str,
        title: str,
        *,
        note: str = "",
        kind: HighlightKind = "highlight",
        label: str | None = None,
        saved: str | None = None,
    ) -> None:
        def done(text: str | None) -> None:
            if text is not None:
                self._add(start, end, note=text, kind=kind, label=label, retry_title=title)

        from reader.ui.notes_dialogs import NoteEditorScreen

        self.app.push_screen(NoteEditorScreen(quote, note, title=title, saved=saved), done)

    def _add(
        self,
        start: int,
        end: int,
        *,
        note: str = "",
        kind: HighlightKind = "highlight",
        label: str | None = None,
        retry_title: str = "New note",
        tags: tuple[str, ...] = (),
    ) -> None:
        session = self.notes
        assert session is not None
        try:
            highlight = session.add(start, end, note=note, kind=kind, label=label, tags=tags)
        except NewsreaderError as error:
            self._save_failed(str(error), start, end, note, kind, label, retry_title)
            return
        self._changed("Note saved." if note.strip() else "Highlighted.", highlight.id)

    def _save_failed(
        self,
        reason: str,
        start: int,
        end: int,
        note: str,
        kind: HighlightKind,
        label: str | None,
        title: str,
    ) -> None:
        self.notify(reason, title="Not saved", severity="error", timeout=12, markup=False)
        if note.strip() and self.article is not None:
            # The user's words are not thrown away: the editor comes back with them, as
            # unsaved text (esc and quitting ask before dropping them).
            quote = self.article.text[start:end]
            self._edit_new(start, end, quote, title, note=note, kind=kind, label=label, saved="")

    def _focused_analysis_item(self) -> tuple[HighlightKind, str, int, int] | None:
        """(kind, label, start, end) of the item chosen in a focused quotes/people/numbers list."""
        from reader.ui.widgets.panels import ItemList, ItemPanel

        focused = self.focused
        if not isinstance(focused, ItemList):
            return None
        panel = focused.query_ancestor(ItemPanel)
        kinds: dict[str, HighlightKind] = {
            "quotes": "quote",
            "people": "person",
            "numbers": "number",
        }
        if panel.kind not in kinds:
            return None
        item = panel.highlighted_item()
        if item is None or item.end <= item.start:
            return None
        payload = item.payload
        if panel.kind == "quotes":
            speaker = getattr(payload, "speaker", None) or "unattributed"
            label = f"{speaker}: {' '.join(getattr(payload, 'text', '').split()[:8])}"
        elif panel.kind == "people":
            label = getattr(payload, "name", "")
        else:
            label = getattr(payload, "text", "")
        return kinds[panel.kind], label, item.start, item.end

    # ----- tags -------------------------------------------------------------------------

    def action_tag(self) -> None:
        if not self._notes_available() or self.article is None:
            return
        from reader.ui.tags_dialog import TagsScreen

        selected = self._selected_range()
        if selected is not None:
            self._end_visual()
            start, end = selected

            def tag_new(tags: tuple[str, ...] | None) -> None:
                if tags is not None:
                    self._add(start, end, tags=tags)

            self.app.push_screen(TagsScreen(self.article.text[start:end]), tag_new)
            return
        chosen = self._chosen_note_or_hint()
        if chosen is None:
            return
        highlight = chosen.highlight

        def retag(tags: tuple[str, ...] | None) -> None:
            if tags is not None and tags != highlight.tags:
                self._set_tags(highlight, tags)

        from reader.notes.tags import note_tags

        self.app.push_screen(
            TagsScreen(highlight.anchor.exact, highlight.tags, note_tags(highlight.note)), retag
        )

    def _set_tags(self, highlight: Highlight, tags: tuple[str, ...]) -> None:
        session = self.notes
        assert session is not None
        try:
            session.set_tags(highlight, tags)
        except NewsreaderError as error:
            self.notify(str(error), title="Not saved", severity="error", timeout=12, markup=False)
            return
        self._changed("Tags saved.", highlight.id)

    # ----- editing and deleting ---------------------------------------------------------

    def _chosen_note(self) -> PlacedHighlight | None:
        """The note chosen in the Notes tab (when it has focus), else the one at the cursor."""
        session = self.notes
        if session is None:
            return None
        from reader.ui.notes_panel import NotesPanel
        from reader.ui.widgets.panels import ItemList, ItemPanel

        focused = self.focused
        if isinstance(focused, ItemList):
            panel = focused.query_ancestor(ItemPanel)
            if isinstance(panel, NotesPanel):
                return panel.highlighted_note()
            return None
        view = self.article_view
        if view is None:
            return None
        at_cursor = session.at(view.cursor)
        if at_cursor is not None:
            return at_cursor
        # The cursor is drawn as a line mark: a note anywhere on that line is the one meant.
        line = view.layout_rows.lines[view.cursor_row()]
        return next(
            (
                p
                for p in session.placed
                if not p.placement.orphaned
                and p.placement.start < line.end
                and p.placement.end > line.start
            ),
            None,
        )

    def _chosen_note_or_hint(self) -> PlacedHighlight | None:
        """The note to act on (e, d), or None after telling the user how to choose one."""
        chosen = self._chosen_note()
        if chosen is None:
            self.notify(
                "No note here: click a highlight or choose one in the Notes tab.", markup=False
            )
        return chosen

    def action_edit_note(self) -> None:
        if not self._notes_available():
            return
        chosen = self._chosen_note_or_hint()
        if chosen is None:
            return
        highlight = chosen.highlight

        def done(text: str | None) -> None:
            if text is not None and text != highlight.note:
                self._edit(highlight, text)

        from reader.ui.notes_dialogs import NoteEditorScreen

        self.app.push_screen(
            NoteEditorScreen(highlight.anchor.exact, highlight.note, title="Edit note"), done
        )

    def _edit(self, highlight: Highlight, note: str) -> None:
        session = self.notes
        assert session is not None
        try:
            session.edit(highlight, note)
        except NoteConflictError as error:
            # Changed in another window: saving again (from the editor, still holding the
            # user's text) deliberately replaces the version that is there now. Deleted
            # there: saving again puts the highlight back with the user's text.
            self._edit_failed(str(error), error.current or highlight, note, error.current is None)
            return
        except NewsreaderError as error:
            self._edit_failed(str(error), highlight, note)
            return
        self._changed("Note saved.", highlight.id)

    def _edit_failed(
        self, reason: str, highlight: Highlight, note: str, deleted: bool = False
    ) -> None:
        self.notify(reason, title="Not saved", severity="error", timeout=12, markup=False)

        def done(text: str | None) -> None:
            if text is not None:
                (self._save_deleted if deleted else self._edit)(highlight, text)

        from reader.ui.notes_dialogs import NoteEditorScreen

        title = "Edit note (deleted elsewhere: ctrl+s puts it back)" if deleted else None
        self.app.push_screen(
            NoteEditorScreen(
                highlight.anchor.exact,
                note,
                title=title or "Edit note (not saved)",
                saved="" if deleted else highlight.note,
            ),
            done,
        )

    def _save_deleted(self, highlight: Highlight, note: str) -> None:
        """Save an edit of a note deleted in another window: the highlight comes back."""
        session = self.notes
        assert session is not None
        try:
            restored = session.restore_edited(highlight, note)
        except NewsreaderError as error:
            self._edit_failed(str(error), highlight, note, deleted=True)
            return
        self._changed("Note saved.", restored.id)

    def action_delete_note(self) -> None:
        if not self._notes_available():
            return
        chosen = self._chosen_note_or_hint()
        if chosen is None:
            return
        highlight = chosen.highlight
        what = "this highlight and its note" if highlight.note.strip() else "this highlight"

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(highlight)

        from reader.ui.notes_dialogs import ConfirmScreen

        self.app.push_screen(ConfirmScreen(f"Delete {what}? (u undoes it)"), answered)

    def _delete(self, highlight: Highlight) -> None:
        session = self.notes
        assert session is not None
        try:
            session.delete(highlight)
        except NewsreaderError as error:
            self.notify(str(error), severity="error", timeout=8, markup=False)
            return
        self._changed("Deleted. Press u to undo.")

    def action_undo_delete(self) -> None:
        if not self._notes_available():
            return
        if self.notes is None or not self.notes.can_undo:
            self.notify("Nothing to undo.", timeout=2, markup=False)
            return
        self._undo()

    def _undo(self) -> None:
        session = self.notes
        assert session is not None
        try:
            restored = session.undo_delete()
        except NewsreaderError as error:
            self.notify(str(error), severity="error", timeout=8, markup=False)
            return
        if restored is not None:
            self._changed("Restored.", restored.id)

    # ----- library ----------------------------------------------------------------------

    def action_library(self) -> None:
        from reader.ui.notes_library import LibraryScreen

        self.flush_position()  # the library shows how far this article was read
        self.app.push_screen(LibraryScreen())


def _selection_for(view: ArticleView, start: int, end: int) -> Selection:
    """The text selection (widget rows and columns) covering article offsets [start, end)."""
    rows = view.layout_rows
    start_row = rows.row_for_offset(start)
    end_row = rows.row_for_offset(max(start, end - 1))
    first, last = rows.lines[start_row], rows.lines[end_row]
    start_column = first.prefix + max(0, start - first.start)
    end_column = last.prefix + max(0, min(end, last.end) - last.start)
    return Selection(Offset(start_column, start_row), Offset(end_column, end_row))


def _offset_on_next_row(view: ArticleView, offset: int, direction: int) -> int:
    """The offset in the same column on the next text row up or down (or `offset`)."""
    rows = view.layout_rows
    row = rows.row_for_offset(offset)
    line = rows.lines[row]
    column = line.prefix + max(0, offset - line.start)
    row += direction
    while 0 <= row < rows.height:
        found = rows.offset_at(row, column)
        if found is not None:
            return found
        row += direction
    return offset
