"""The compare view: two articles side by side (stacked when narrow) and their differences.

Moving through the list of differences scrolls both texts to the difference and marks it in
each (the `hl--mark` style of `ArticleView`). Everything shown comes from `reader.compare`;
article text reaches the screen only as plain `Text`, never as markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from reader.compare.listing import Entry, entries
from reader.compare.model import Comparison, Side
from reader.compare.summary import sentence
from reader.ui.compare_load import CompareLoad
from reader.ui.widgets.article_view import ArticleView

CSS = Path(__file__).parent.parent / "compare.tcss"
NARROW_BELOW = 120
"""Terminal columns under which the two texts are stacked instead of side by side."""
MARK_ID = "compare-difference"


class DifferenceList(OptionList):
    """The differences; j/k as in every list of the reader."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="compare.down"),
        Binding("k", "cursor_up", "Up", show=False, id="compare.up"),
        Binding("g", "first", "First", show=False, id="compare.first"),
        Binding("G", "last", "Last", show=False, id="compare.last"),
    ]


def _heading(letter: str, side: Side) -> Text:
    article = side.article
    text = Text(f"{letter}  ", style="bold")
    text.append(article.title or article.source, style="bold")
    if article.title:
        text.append(f"  {article.site or article.source}", style="dim")
    return text


def _edits(entry: Entry) -> Text:
    """The word-level difference of a reworded quote: removed words struck, added in bold."""
    text = Text()
    for edit in entry.edits:
        if edit.op == "equal":
            text.append(edit.a + " ")
            continue
        if edit.a:
            text.append(f"[-{edit.a}-] ", style="strike red")
        if edit.b:
            text.append(f"{{+{edit.b}+}} ", style="bold green")
    return text


class CompareText(ArticleView):
    """One of the two texts. The compare view has no search, so n/N step through the
    differences here as in the list, and esc goes back, as the compare view's help says."""

    def action_next_target(self, direction: int) -> None:
        if isinstance(self.screen, CompareScreen):
            self.screen.action_step(direction)

    def action_clear_search(self) -> None:
        if isinstance(self.screen, CompareScreen):
            self.screen.action_close()


class CompareScreen(Screen[None]):
    """Shows a `Comparison`; the first difference is chosen when the screen opens.

    Given a `CompareLoad` still at work, it says what is being loaded or compared (`q` quits
    meanwhile) and shows the comparison when it is ready, or the failure."""

    CSS_PATH = CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        # The app's actions: a screen has none of that name, so the key did nothing.
        Binding("tab", "app.focus_next", "Next pane", id="compare.focus_next"),
        Binding(
            "shift+tab", "app.focus_previous", "Previous pane", show=False, id="compare.focus_prev"
        ),
        Binding("n", "step(1)", "Next difference", id="compare.next"),
        Binding("N", "step(-1)", "Previous difference", show=False, id="compare.previous"),
        Binding("a", "note", "Note", id="compare.note"),
        Binding("escape", "close", "Back", show=False, id="compare.close"),
    ]

    def __init__(self, comparison: Comparison | CompareLoad) -> None:
        super().__init__()
        self.load: CompareLoad | None = None
        self.comparison: Comparison | None = None
        self.entries: list[Entry] = []
        if isinstance(comparison, CompareLoad):
            self.load = comparison
            if comparison.succeeded():
                self._take(comparison.result())  # ready already: no loading frame
        else:
            self._take(comparison)

    def _take(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.entries = entries(comparison)

    def compose(self) -> ComposeResult:
        if self.comparison is None:
            yield from self._compose_loading()
            return
        a, b = self.comparison.a, self.comparison.b
        with Vertical(id="compare-body"):
            with Horizontal(id="compare-texts"):
                with Vertical(classes="compare-side", id="side-a"):
                    yield Static(_heading("A", a), classes="compare-heading")
                    yield CompareText(a.article, a.analysis, reading_width="full", id="view-a")
                with Vertical(classes="compare-side", id="side-b"):
                    yield Static(_heading("B", b), classes="compare-heading")
                    yield CompareText(b.article, b.analysis, reading_width="full", id="view-b")
            yield Static(Text(sentence(self.comparison)), id="compare-summary")
            options = [Option(Text(entry.label), id=str(i)) for i, entry in enumerate(self.entries)]
            if not options:
                options = [
                    Option(Text("No differences in quotes, numbers or people."), disabled=True)
                ]
            yield DifferenceList(*options, id="differences")
            yield Static("", id="compare-detail")
        yield Footer()

    def on_mount(self) -> None:
        if self.comparison is None:
            self._timer = self.set_interval(0.1, self._poll)
            return
        self._show_comparison()

    def _show_comparison(self) -> None:
        self._apply_narrow(self.app.size.width)
        differences = self.query_one(DifferenceList)
        differences.focus()
        if self.entries:
            differences.highlighted = 0

    def on_resize(self, event: Resize) -> None:
        self._apply_narrow(event.size.width)

    def _apply_narrow(self, width: int) -> None:
        for body in self.query("#compare-body"):
            body.set_class(width < NARROW_BELOW, "-narrow")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Nothing to step through or write a note on while the articles load.
        return not (self.comparison is None and action in ("step", "note"))

    # ----- while the articles load --------------------------------------------------------

    def _compose_loading(self) -> ComposeResult:
        from textual.widgets import LoadingIndicator

        with Vertical(id="compare-loading"):
            yield Static(self._status(), id="compare-load-status")
            yield LoadingIndicator()
            yield Static(Content.styled("q quits", "$text-muted"), id="compare-load-hint")
        yield Footer()

    def _status(self) -> Content:
        from reader.extract.sanitize import sanitize_inline

        return Content(sanitize_inline(self.load.status if self.load else "") or "")

    def _poll(self) -> None:
        assert self.load is not None
        if not self.load.done():
            self.query_one("#compare-load-status", Static).update(self._status())
            return
        # Stopping the timer cancels its callback: the rest runs outside it.
        self._timer.stop()
        self.call_later(self._loaded)

    async def _loaded(self) -> None:
        assert self.load is not None
        try:
            comparison = self.load.result()
        except Exception as error:
            self._failed(error)
            return
        self._take(comparison)
        await self.recompose()
        self.call_after_refresh(self._show_comparison)  # once the texts have their size

    def _failed(self, error: Exception) -> None:
        from reader.errors import NewsreaderError
        from reader.extract.sanitize import sanitize_inline

        if isinstance(error, NewsreaderError):
            message = str(error)
        else:
            message = f"{type(error).__name__}: {error}"
        self.app.load_failed = True  # type: ignore[attr-defined]  # q exits 2
        box = self.query_one("#compare-loading")
        box.remove_children()
        box.mount(
            Static(
                Content.assemble(
                    ("Could not compare\n\n", "bold $error"),
                    sanitize_inline(message) or "The articles could not be loaded.",
                    ("\n\nPress q to quit.", "$text-muted"),
                ),
                id="compare-load-error",
            )
        )

    @on(OptionList.OptionHighlighted, "#differences")
    @on(OptionList.OptionSelected, "#differences")
    def _chosen(self, event: OptionList.OptionHighlighted | OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.show_difference(int(event.option.id))

    def show_difference(self, index: int) -> None:
        """Scroll both texts to difference `index` and mark it in each (or clear the mark)."""
        entry = self.entries[index]
        for view_id, span in (("#view-a", entry.span_a), ("#view-b", entry.span_b)):
            view = self.query_one(view_id, ArticleView)
            if span is None:
                view.set_user_highlights([], style="hl--mark")
                continue
            view.set_user_highlights([(span[0], span[1], MARK_ID)], style="hl--mark")
            view.jump_to(span[0], span[1], flash=False)
        detail = self.query_one("#compare-detail", Static)
        detail.update(_edits(entry) if entry.edits else "")
        detail.display = bool(entry.edits)  # no empty row taken from the list

    def current_entry(self) -> Entry | None:
        """The difference chosen in the list, if any."""
        highlighted = self.query_one(DifferenceList).highlighted
        return self.entries[highlighted] if self.entries and highlighted is not None else None

    def action_note(self) -> None:
        """Write a note on the chosen difference; it is saved on both articles' notes."""
        entry = self.current_entry()
        if entry is None:
            return
        self._edit_note(entry)

    def _edit_note(
        self, entry: Entry, note: str = "", title: str = "Note on this difference"
    ) -> None:
        """The note editor on `entry`; given `note`, the words a save refused, not yet saved."""
        from reader.ui.notes_dialogs import NoteEditorScreen

        def save(text: str | None) -> None:
            if text is not None and text.strip():
                self._save_note(entry, text)

        self.app.push_screen(NoteEditorScreen(entry.label, note, title=title, saved=""), save)

    @work(thread=True, exclusive=True, group="compare-note")
    def _save_note(self, entry: Entry, note: str) -> None:
        from reader.compare.notes import save_difference_note
        from reader.errors import NewsreaderError
        from reader.notes.store import open_notes

        def warn(message: str) -> None:
            self.app.call_from_thread(self.notify, message, severity="warning", markup=False)

        assert self.comparison is not None
        try:
            with open_notes(warn=warn) as store:
                saved = save_difference_note(store, self.comparison, entry, note)
        except NewsreaderError as error:
            # The user's words are not thrown away: the editor comes back with them.
            self.app.call_from_thread(
                self.notify, str(error), title="Not saved", severity="error", markup=False
            )
            self.app.call_from_thread(self._edit_note, entry, note, "Note (not saved)")
            return
        sides = " and ".join("AB"[i] for i, span in enumerate((entry.span_a, entry.span_b)) if span)
        self.app.call_from_thread(
            self.notify, f"Note saved with article {sides} ({len(saved)} saved).", markup=False
        )

    def action_close(self) -> None:
        """Back to the screen underneath, when the compare view was opened from the reader."""
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()

    def action_step(self, direction: int) -> None:
        differences = self.query_one(DifferenceList)
        if not self.entries:
            return
        current = differences.highlighted if differences.highlighted is not None else -1
        differences.highlighted = (current + direction) % len(self.entries)
