"""The reader's own commands for the command palette (ctrl+p)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


class ReaderCommands(Provider):
    """Toggle highlights, width, panel; search; contents; help; switch theme."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        from reader.ui.screens.reader_screen import ReaderScreen

        app = self.app
        commands: list[tuple[str, Callable[[], object], str]] = [
            ("Help: show every key", partial(app.run_action, "help"), "?"),
        ]
        screen = app.screen_stack[0] if app.screen_stack else None
        for candidate in reversed(app.screen_stack):
            if isinstance(candidate, ReaderScreen):
                screen = candidate
                break
        if isinstance(screen, ReaderScreen):
            for category, key in (("quotes", "1"), ("people", "2"), ("numbers", "3")):
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
                ("Panel: quotes", partial(screen.action_focus_panel, "quotes"), ""),
                ("Panel: people", partial(screen.action_focus_panel, "people"), ""),
                ("Panel: numbers", partial(screen.action_focus_panel, "numbers"), ""),
                ("Panel: links", partial(screen.action_focus_panel, "links"), ""),
                ("Numbers: only those with no source given", screen.action_unsourced, "!"),
                ("Links: next link in the text", partial(screen.run_action, "link_step(1)"), ">"),
                ("Links: go back to the previous page", screen.action_go_back, "backspace"),
                ("Search the text", screen.action_search, "/"),
                ("Contents: jump to a heading", screen.action_contents, "t"),
            ]
        for name in sorted(app.available_themes):
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
