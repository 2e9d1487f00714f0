"""The Textual app: registers themes, applies the config and key remaps, opens a screen."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.theme import Theme

from reader.analysis.model import Analysis
from reader.article import Article
from reader.config import DEFAULT_THEME, load_config, update_config
from reader.extract.sources import LoadLimits
from reader.ui.commands import ReaderCommands
from reader.ui.early_load import EarlyLoad
from reader.ui.notes_commands import NotesCommands
from reader.ui.themes import HIGHLIGHT_VARIABLES, bundled_theme, load_themes

NOTE_SAVING_WORKERS = frozenset({"compare-note"})
"""Groups of the workers that save a note (the compare view's `a`): quitting waits for them."""


class ReaderApp(App[int]):
    CSS_PATH = "reader.tcss"
    TITLE = "newsreader"
    COMMANDS: ClassVar = {ReaderCommands, NotesCommands}  # ours only: see commands.py
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        # Textual only says "press ctrl+q"; users of less expect ctrl+c to leave.
        Binding("ctrl+c", "interrupt", "Quit", show=False, id="app.quit_ctrl_c"),
        Binding("question_mark", "help", "Keys", id="app.help"),
        # A reader opened from another screen (a feed's item list) goes back to it. App-level,
        # so a screen's own backspace (a page history) comes first.
        Binding("backspace", "return_to_list", "Back", show=False, id="app.back"),
    ]

    def __init__(
        self,
        source: str | None = None,
        *,
        stdin: bytes | None = None,
        theme: str | None = None,
        article: Article | None = None,
        analysis: Analysis | None = None,
        config_path: Path | None = None,
        limits: LoadLimits | None = None,
        early: EarlyLoad | None = None,
    ) -> None:
        super().__init__()
        # 16-colour terminals (TERM=xterm, no COLORTERM) get reader.tcss's `-ansi-16` rules.
        self.set_class(self.console.color_system == "standard", "-ansi-16")
        self.source = source
        self.early = early
        self.stdin = stdin
        self.limits = limits
        self.preloaded = (article, analysis)
        self.config_path = config_path
        loaded = load_config(config_path)
        self.settings = loaded.config
        self.problems: list[str] = list(loaded.problems)
        self._all_themes_loaded = False
        # --theme NAME is used and remembered; an unknown NAME falls back to the saved theme
        # (which stays saved), and an unknown saved theme to the default.
        wanted = self.settings.theme
        if theme and self._have_theme(theme):
            wanted = theme
        elif theme:
            self.problems.append(f"Unknown theme {theme!r}; using {wanted}.")
        if not self._have_theme(wanted):
            self.problems.append(f"Unknown theme {wanted!r}; using {DEFAULT_THEME}.")
            wanted = DEFAULT_THEME
        self.theme = wanted
        self._theme_to_save = wanted if wanted == theme != self.settings.theme else None
        self.keymap_overrides = dict(self.settings.keys)
        if self.keymap_overrides:
            self.set_keymap(self.keymap_overrides)
        self._remember_theme = False

    def _have_theme(self, name: str) -> bool:
        """Whether theme `name` exists, registering it (only it, if it is bundled and no
        user theme could replace it: the first frame needs one theme; the rest load later)."""
        if name in self.available_themes:
            return True
        if not self._all_themes_loaded:
            quick = bundled_theme(name)
            if quick is not None:
                self.register_theme(quick)
                return True
            self._register_all_themes()
        return name in self.available_themes

    def _register_all_themes(self) -> None:
        themes, problems = load_themes()
        self.problems += problems
        for item in themes:
            self.register_theme(item)
        self._all_themes_loaded = True

    def _load_other_themes(self) -> None:
        if not self._all_themes_loaded:
            self.problems = []
            self._register_all_themes()
            for problem in self.problems:
                self.notify(problem, title="Themes", severity="warning", markup=False, timeout=8)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(HIGHLIGHT_VARIABLES)

    def get_default_screen(self) -> Screen[Any]:
        """The reader (or the library) is the first screen: no extra frame before it."""
        article, analysis = self.preloaded
        if article is None and self.source is None:
            from reader.ui.notes_library import LibraryScreen

            return LibraryScreen()
        from reader.ui.notes_screen import NotesReaderScreen

        return NotesReaderScreen(
            self.source,
            stdin=self.stdin,
            article=article,
            analysis=analysis,
            width=self.settings.width,
            highlights=self.settings.highlights,
            limits=self.limits,
            early=self.early,
        )

    def on_mount(self) -> None:
        for problem in self.problems:
            self.notify(problem, title="Settings", severity="warning", markup=False, timeout=8)
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self._theme_to_save is not None:
            self.save_setting(theme=self._theme_to_save)
        self.call_after_refresh(self._start_remembering)
        self.call_after_refresh(self._load_other_themes)

    def _start_remembering(self) -> None:
        self._remember_theme = True

    def _theme_changed(self, theme: Theme) -> None:
        if self._remember_theme and theme.name != self.settings.theme:
            self.save_setting(theme=theme.name)

    def save_setting(self, **changes: object) -> None:
        """Remember a setting in the config file; a failure is a message, not a crash."""
        from dataclasses import replace

        self.settings = replace(self.settings, **changes)  # type: ignore[arg-type]
        problem = update_config(self.config_path, **changes)
        if problem:
            self.notify(problem, title="Settings", severity="warning", markup=False, timeout=6)

    load_failed = False
    """Set by the reader screen when the article could not be opened: quitting exits 2."""

    async def action_quit(self) -> None:
        """Quit; with a note being written that is not saved (ctrl+q is Textual's quit key
        even in a text box), ask first rather than throw the user's words away."""
        from reader.ui.dialogs import ConfirmScreen, NoteEditorScreen

        if not any(isinstance(s, NoteEditorScreen) and s.unsaved for s in self.screen_stack):
            await self._leave()
            return
        if isinstance(self.screen, ConfirmScreen):
            return  # already asking (this question or the editor's own)

        def answered(discard: bool | None) -> None:
            if discard:
                self.call_next(self._leave)

        self.push_screen(ConfirmScreen("Quit and throw away the note not saved?"), answered)

    async def _leave(self) -> None:
        """Exit once the notes being saved by a worker are on disk: the process may end at
        once after the app (see `exit_now_if_threads_linger`), and the save with it."""
        for worker in list(self.workers):
            if worker.group in NOTE_SAVING_WORKERS and worker.is_running:
                with suppress(Exception):  # a failure is the worker's to tell
                    await worker.wait()
        self.exit(return_code=2 if self.load_failed else 0)

    async def action_interrupt(self) -> None:
        """ctrl+c quits, except in a text box (search, note editor): there it copies, and a
        half-written note is never thrown away by a reflex."""
        from textual.widgets import Input, TextArea

        if isinstance(self.focused, Input | TextArea):
            self.notify("Press esc to leave the text box, then q to quit.", timeout=3)
            return
        await self.action_quit()

    def action_return_to_list(self) -> None:
        """Pop a reader screen pushed over another screen: back to the feed list it came from."""
        from reader.ui.screens.reader_screen import ReaderScreen

        if len(self.screen_stack) > 1 and isinstance(self.screen, ReaderScreen):
            self.pop_screen()

    def action_help(self) -> None:
        """?: the keys of the screen it is pressed on."""
        from reader.ui.notes_library import LibraryScreen
        from reader.ui.screens.compare import CompareScreen
        from reader.ui.screens.feed_list import FeedScreen
        from reader.ui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        context = "reader"
        for screen_class, name in (
            (LibraryScreen, "library"),
            (FeedScreen, "feed"),
            (CompareScreen, "compare"),
        ):
            if isinstance(self.screen, screen_class):
                context = name
        self.push_screen(HelpScreen(context))
