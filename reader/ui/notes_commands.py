"""Command palette entries for notes: export this article's notes, or all notes.

Exports are written to the current directory (or the data directory when that is not
writable) under a new name each time: an export never overwrites a file. Each command says
where its file will go before it is run, and the notice after it names the file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

from textual.app import App
from textual.command import DiscoveryHit, Hit, Hits, Provider

from reader.errors import NewsreaderError

FORMATS = {"md": "Markdown", "json": "JSON (W3C Web Annotation)"}


class NotesCommands(Provider):
    """Export commands; each says where its file will go (a new file, never overwriting)."""

    def _commands(self) -> list[tuple[str, Callable[[], object]]]:
        from reader.ui.notes_screen import NotesReaderScreen

        app = self.app
        commands: list[tuple[str, Callable[[], object]]] = []
        screen = self.screen  # the screen the palette was opened over, not the palette
        if isinstance(screen, NotesReaderScreen) and screen.notes is not None:
            saved_id = screen.notes.saved.id
            for fmt, name in FORMATS.items():
                commands.append(
                    (
                        f"Notes: export this article's notes as {name}",
                        partial(export_notes, app, fmt, saved_id),
                    )
                )
            commands.append(
                ("Notes: tags of the selection or the note at the cursor (t)", screen.action_tag)
            )
        for fmt, name in FORMATS.items():
            commands.append(
                (f"Notes: export all notes as {name}", partial(export_notes, app, fmt, None))
            )
        return commands

    async def discover(self) -> Hits:
        where = f"writes a new file in {export_directory()}"
        for name, callback in self._commands():
            yield DiscoveryHit(name, callback, help=where)

    async def search(self, query: str) -> Hits:
        where = f"writes a new file in {export_directory()}"
        matcher = self.matcher(query)
        for name, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=where)


def export_directory() -> Path:
    """Where an export from the palette goes: the current directory, if it can be written."""
    from reader.locations import data_dir

    cwd = Path.cwd()
    return cwd if os.access(cwd, os.W_OK) else data_dir() / "exports"


def export_notes(app: App[object], fmt: str, saved_id: int | None) -> None:
    """Export in a worker thread; the user is told where the file went (or why not)."""

    def run() -> None:
        try:
            path = write_export(fmt, saved_id)
        except NewsreaderError as error:
            app.call_from_thread(
                app.notify, str(error), title="Export", severity="error", markup=False
            )
            return
        app.call_from_thread(
            app.notify, f"Exported to {path}", title="Export", timeout=10, markup=False
        )

    app.run_worker(run, thread=True, group="notes-export")


def write_export(fmt: str, saved_id: int | None, directory: Path | None = None) -> Path:
    from reader.locations import data_dir
    from reader.notes.export import collect, to_json, to_markdown
    from reader.notes.store import NoteStore

    with NoteStore.open() as store:
        if saved_id is None:
            chosen = list(reversed(store.articles()))
            stem = "newsreader-notes"
        else:
            chosen = [store.article(saved_id)]
            stem = _slug(chosen[0].title or "article") + "-notes"
        items = [collect(store, saved) for saved in chosen]
    content = to_json(items) if fmt == "json" else to_markdown(items)
    suffix = ".json" if fmt == "json" else ".md"
    places = [directory] if directory is not None else [export_directory(), data_dir() / "exports"]
    last_error: OSError | None = None
    for place in places:
        try:
            place.mkdir(parents=True, exist_ok=True)
            return _write_new(place, stem, suffix, content)
        except OSError as error:
            last_error = error
    raise NewsreaderError(f"Could not write the export: {last_error}")


def _write_new(directory: Path, stem: str, suffix: str, content: str) -> Path:
    from reader.notes.export import write_new_export_file

    return write_new_export_file(directory, stem, suffix, content)


def _slug(title: str) -> str:
    slug = re.sub(r"[^\w]+", "-", title.casefold()).strip("-")
    return slug[:60].rstrip("-") or "article"
