"""`newsreader notes export|search|list`: notes from the command line, without the TUI.

reader/cli.py builds the `newsreader notes` parser, passes its subparsers (dest
"notes_command") to `add_notes_subcommands`, and calls `run_notes_command(args)`.
`args.data_dir`, when present and set, names the data directory; otherwise
`reader.locations.notes_database()` (NEWSREADER_DATA_DIR or the platform default).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.article import source_name
from reader.errors import NewsreaderError
from reader.extract.sanitize import sanitize_inline
from reader.notes.errors import NotesError, NotesUnavailableError
from reader.notes.export import (
    ArticleNotes,
    collect,
    to_json,
    to_markdown,
    to_template,
    write_article_files,
    write_export_file,
)
from reader.notes.model import SavedArticle
from reader.notes.store import NoteStore, open_notes
from reader.notes.template import TemplateError, load_template

SNIPPET_LENGTH = 100
NO_MATCH = 1  # `notes search` found nothing: exit 1, as grep does


def add_notes_subcommands(commands: argparse._SubParsersAction) -> None:
    """Add `export`, `search` and `list` to the subparsers of the `newsreader notes` parser.

    The caller creates them with `dest="notes_command"`, which `run_notes_command` reads.
    """
    export = commands.add_parser(
        "export",
        help="export highlights and notes as Markdown or W3C Web Annotation JSON",
        description="Export one article's highlights and notes (or all articles' when no "
        "ARTICLE is given).",
    )
    export.add_argument(
        "article",
        nargs="?",
        metavar="ARTICLE",
        help="a saved article: its path, URL or library id (see `newsreader notes list`)",
    )
    export.add_argument(
        "--format", choices=("md", "json"), default="md", help="output format (default: md)"
    )
    export.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    export.add_argument(
        "--dir",
        metavar="DIR",
        help="write one file per article into DIR, named from its title (a taken name gets "
        "a number; only an earlier Markdown export of the same article is updated)",
    )
    export.add_argument(
        "--template",
        metavar="FILE",
        help="write each article through a template (placeholders such as {{title}} and "
        "{{#highlights}}{{quote}}{{/highlights}}, see the README); 'logseq' is bundled",
    )

    search = commands.add_parser(
        "search",
        help="search the text of every highlight and note",
        description="Search highlighted text and notes (every word must occur).",
    )
    search.add_argument("term", nargs="+", metavar="TERM")

    commands.add_parser(
        "list",
        help="list saved articles with their note counts",
        description="List saved articles, most recently opened first.",
    )


def run_notes_command(args: argparse.Namespace) -> int:
    path = _database_path(args)
    if path.parent.exists() and not path.parent.is_dir():
        raise NotesError(f"The data directory {path.parent} is a file, not a directory.")
    if not path.exists():
        # Nothing saved yet: say so rather than create an empty database as a side effect.
        if args.notes_command == "export" and args.article:
            raise NotesError(f"No saved article matches {args.article!r}: no notes saved yet.")
        print("No notes saved yet.", file=sys.stderr)
        if args.notes_command == "export" and not args.dir:
            _write_output(_renderer(args)([]), args.output)
        return NO_MATCH if args.notes_command == "search" else 0
    with _open_for_reading(path) as store:
        if args.notes_command == "export":
            render = _renderer(args)  # a bad template is found before anything is read
            saved = _select_articles(store, args.article)
            items = [collect(store, s) for s in saved]
            if args.dir:
                _write_directory(Path(args.dir).expanduser(), items, render, args)
            else:
                _write_output(render(items), args.output)
        elif args.notes_command == "search":
            if not _print_search(store, " ".join(args.term)):
                return NO_MATCH
        elif args.notes_command == "list":
            _print_list(store.articles())
        else:  # pragma: no cover - argparse rejects other commands
            raise NotesError(f"Unknown notes command {args.notes_command!r}.")
    return 0


def _open_for_reading(path: Path) -> NoteStore:
    """These commands only read: where the database cannot be opened for writing (a
    read-only data dir), they read it as it is."""
    try:
        return open_notes(path, warn=_warn)
    except NotesUnavailableError as error:
        try:
            return NoteStore.open_read_only(path)
        except NotesError:
            raise error from None


def _database_path(args: argparse.Namespace) -> Path:
    data_dir = getattr(args, "data_dir", None)
    if data_dir:
        return Path(data_dir).expanduser() / "notes.sqlite3"
    from reader.locations import notes_database

    return notes_database()


def _warn(message: str) -> None:
    print(f"newsreader: {_shown(message)}", file=sys.stderr)


def _select_articles(store: NoteStore, reference: str | None) -> list[SavedArticle]:
    if reference is None:
        return list(reversed(store.articles()))
    found = store.find_articles(reference) or _by_content(store, reference)
    if not found:
        raise NotesError(
            f"No saved article matches {reference!r}; `newsreader notes list` shows them."
        )
    if len(found) > 1:
        ids = ", ".join(str(s.id) for s in found)
        raise NotesError(f"{reference!r} matches several saved articles ({ids}); give an id.")
    return found


def _by_content(store: NoteStore, reference: str) -> list[SavedArticle]:
    """A local file saved under another name (moved, or given by another path): read and
    clean it, and look its identity up. URLs are not fetched for this."""
    path = Path(reference).expanduser()
    if not path.is_file():
        return []
    from reader.extract import load_article

    try:
        saved = store.article_for(load_article(str(path)))
    except NewsreaderError:
        return []
    return [saved] if saved is not None else []


Render = Callable[[Sequence[ArticleNotes]], str]


def _renderer(args: argparse.Namespace) -> Render:
    """How the chosen articles become text: Markdown, JSON, or the user's template."""
    if args.dir and args.output:
        raise NotesError("Give --dir or -o/--output, not both.")
    if args.template is None:
        return to_json if args.format == "json" else to_markdown
    if args.format == "json":
        raise NotesError("--template writes text; it cannot be combined with --format json.")
    try:
        template = load_template(args.template)
    except TemplateError as error:
        raise NotesError(_shown(str(error))) from error
    return lambda items: to_template(items, template)


def _write_directory(
    directory: Path, items: list[ArticleNotes], render: Render, args: argparse.Namespace
) -> None:
    if directory.exists() and not directory.is_dir():
        raise NotesError(f"--dir {_shown(str(directory))} is a file, not a directory.")
    suffix = ".json" if args.format == "json" and args.template is None else ".md"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        kept: list[Path] = []
        written = write_article_files(directory, items, lambda item: render([item]), suffix, kept)
    except OSError as error:
        raise NotesError(
            f"Could not write into {_shown(str(directory))}: {error.strerror or error}."
        ) from error
    for path in kept:
        print(
            f"kept {_shown(str(path))}: it has lines the new export would lose "
            "(written in since, or notes changed)",
            file=sys.stderr,
        )
    for path, updated in written:
        print(f"{'updated' if updated else 'wrote'} {_shown(str(path))}", file=sys.stderr)
    if not items:
        print("No saved articles: nothing written.", file=sys.stderr)


def _write_output(content: str, output: str | None) -> None:
    if output is None or output == "-":
        sys.stdout.write(content)
        return
    target = Path(output).expanduser()
    try:
        write_export_file(target, content, overwrite=True)
    except OSError as error:
        raise NotesError(f"Could not write {target}: {error.strerror or error}.") from error


def _print_search(store: NoteStore, term: str) -> bool:
    """Print the matches; False when there is none (the command then exits 1, as grep)."""
    hits = store.search(term)
    if not hits:
        print(f"No highlights or notes match {term!r}.")
        return False
    for hit in hits:
        title = hit.article.title or hit.article.source
        print(f"[{hit.article.id}] {_snippet(title)}")
        print(f"    > {_snippet(hit.highlight.anchor.exact)}")
        if hit.highlight.note.strip():
            print(f"    {_snippet(hit.highlight.note)}")
    return True


def _print_list(articles: list[SavedArticle]) -> None:
    if not articles:
        print("No saved articles.")
        return
    for saved in articles:
        title = _snippet(saved.title or source_name(saved.source))
        notes = f"{saved.note_count} note" + ("" if saved.note_count == 1 else "s")
        print(f"{saved.id:>4}  {saved.last_opened[:16].replace('T', ' ')}  {notes:>9}  {title}")
        print(f"      {_shown(saved.url or saved.source)}")


def _shown(text: str) -> str:
    """Text as printed: file names and stored text may hold escape sequences (issue 10)."""
    return sanitize_inline(text) or ""


def _snippet(text: str) -> str:
    text = _shown(text)
    return text if len(text) <= SNIPPET_LENGTH else text[: SNIPPET_LENGTH - 1] + "…"
