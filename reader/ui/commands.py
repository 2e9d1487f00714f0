"""The reader's own commands for the command palette (ctrl+p).

Only ours: Textual's generic commands (Maximize, Screenshot, its help panel) and its ~20
built-in themes are left out, so the palette lists what this app does and the themes it ships
(plus the user's own, and the current theme whatever it is). Each command names its key.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.theme import BUILTIN_THEMES

Command = tuple[str, Callable[[], object], str]


def own_themes(available: object, current: str) -> list[str]:
    """The themes the palette offers: bundled and user themes, and the one in use."""
    names = set(available)  # type: ignore[call-overload]
    return sorted(name for name in names if name not in BUILTIN_THEMES or name == current)


class ReaderCommands(Provider):
    """Toggle highlights, width, panel; search; contents; library; help; switch theme."""

    def _commands(self) -> list[Command]:
        from reader.ui.screens.reader_screen import ReaderScreen

        app = self.app
        commands: list[Command] = [("Help: show every key", partial(app.run_action, "help"), "?")]
        screen = self.screen  # the screen the palette was opened over
        if isinstance(screen, ReaderScreen):
            for category, key in (("quotes", "zq"), ("people", "zp"), ("numbers", "zn")):
                state = "off" if screen.highlights.get(category, True) else "on"
                commands.append(
                    (
                        f"Highlights: turn {category} {state}",
                        partial(screen.action_toggle_highlight, category),
                        key,
                    )
                )
            commands += [
                ("Width: cycle narrow / medium / wide / full", screen.action_cycle_width, "w"),
                ("Panel: show or hide", screen.action_toggle_panel, "p"),
            ]
            commands += [
                (f"Panel: {kind}", partial(screen.action_focus_panel, kind), "")
                for kind in ("quotes", "people", "numbers", "notes", "links")
                if _has_items(screen, kind)
            ]
            commands += [
                ("Numbers: only those with no source given", screen.action_unsourced, "!"),
                (
                    "Quotes: why this speaker? (the quote at the cursor or chosen in the list)",
                    partial(screen.action_why_speaker, listed=True),
                    "K",
                ),
            ]
            if _has_items(screen, "links"):
                commands.append(
                    (
                        "Links: next link in the text",
                        partial(screen.run_action, "link_step(1)"),
                        ">",
                    )
                )
            commands += [
                ("Links: go back to the previous page", screen.action_go_back, "backspace"),
                ("Search the text", screen.action_search, "/"),
                ("Search backward", partial(screen.action_search, -1), "\\"),
                ("Contents: jump to a heading", screen.action_contents, "t"),
            ]
            library = getattr(screen, "action_library", None)
            if library is not None:
                commands.append(("Library: saved articles and their notes", library, "L"))
            select, annotate = (
                getattr(screen, f"action_{n}", None) for n in ("visual", "annotate")
            )
            if select is not None and annotate is not None:
                commands += [
                    ("Select text: the sentence at the cursor, then j/k, w/b", select, "v"),
                    (
                        "Notes: write a note on the selection, or on the sentence at the cursor",
                        annotate,
                        "a",
                    ),
                ]
            commands += _sequence_commands(screen)
        for name in own_themes(app.available_themes, app.theme):
            commands.append((f"Theme: {name}", partial(setattr, app, "theme", name), ""))
        return commands

    async def discover(self) -> Hits:
        for name, callback, key in self._commands():
            yield DiscoveryHit(name, callback, help=f"key {key}" if key else None)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, key in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(name), callback, help=f"key {key}" if key else None
                )


def _has_items(screen: object, kind: str) -> bool:
    """Whether the panel `kind` has something to show: an article without links has no Links
    tab, and a tab the analysis left empty is not worth a command. Until the analysis arrives
    its panels are offered (they say "Analysing…"); Notes always (it says how to write one)."""
    from reader.ui.screens.reader_screen import ReaderScreen

    assert isinstance(screen, ReaderScreen)
    if kind == "links":
        return screen.article is not None and bool(screen.article.links)
    if kind in ("quotes", "people", "numbers"):
        return screen.analysis is None or bool(getattr(screen.analysis, kind))
    return True


def _sequence_commands(screen: object) -> list[tuple[str, Callable[[], object], str]]:
    """The key sequences of the registry (]q, '', zq …) that need no letter, as commands."""
    from reader.ui.keymap import LETTER, SEQUENCES, display_keys
    from reader.ui.screens.reader_screen import ReaderScreen

    assert isinstance(screen, ReaderScreen)
    view = screen.article_view
    if view is None:
        return []
    return [
        (
            sequence.description,
            partial(view.run_action, sequence.action),
            "".join(display_keys(key) for key in sequence.keys),
        )
        for sequence in SEQUENCES
        if LETTER not in sequence.keys and not sequence.action.startswith("screen.")
    ]
