"""The `newsreader` command: open an article in the reader, or analyse articles for scripts.

    newsreader [ARTICLE]                 read ARTICLE (a file, "-" for stdin, or a URL)
    newsreader analyze [--json] ARTICLE  print the cleaned article and its analysis
    newsreader notes ...                 export and search saved notes
    newsreader feeds ...                 keep a list of RSS/Atom feeds (reader/cli_feeds.py)

Textual is imported only when the reader opens, so `analyze` starts fast and works anywhere.
Every user-caused failure prints one line on stderr and exits 2; never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from reader import __version__
from reader.errors import FeedInputError, NewsreaderError, SourceError
from reader.extract.sources import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from reader.cli_docs import Command
    from reader.extract.sources import LoadLimits
    from reader.ui.early_load import EarlyLoad

EXIT_OK = 0
EXIT_ERROR = 2
_SUBCOMMANDS = ("analyze", "compare", "feeds", "notes", "completion")
"""The commands, in the order `--help`, the man page and the completions list them."""
_VALUE_OPTIONS = ("--data-dir", "--max-size", "--timeout", "--theme")  # may precede a command
LAUNCH_GRACE = 0.6
"""Seconds from launch within which a failed load is reported without opening the app.
Textual's import takes about this long, so a real article is not delayed by it."""


def _size(text: str) -> int:
    """Parse a size like 20M, 512k, 1G or a plain byte count."""
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    value = text.strip().lower().removesuffix("b").removesuffix("i")
    scale = units.get(value[-1:], 1)
    if scale != 1:
        value = value[:-1]
    try:
        size = int(float(value) * scale)
    except (ValueError, OverflowError):  # OverflowError: inf, 1e400
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 20M)") from None
    if size <= 0:
        raise argparse.ArgumentTypeError("the size must be positive")
    return size


MAX_TIMEOUT = 86400
"""The longest --timeout: a day, far below what a socket timeout overflows at."""


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value != value:  # NaN: socket.settimeout refuses it with a ValueError
        raise argparse.ArgumentTypeError(f"not a number: {text!r}")
    if value <= 0:
        raise argparse.ArgumentTypeError("must be positive")
    if value > MAX_TIMEOUT:  # inf or beyond what a socket timeout can hold (OverflowError)
        raise argparse.ArgumentTypeError(f"at most {MAX_TIMEOUT} seconds")
    return value


def _add_input_options(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    env_size = os.environ.get("NEWSREADER_MAX_SIZE")
    default_size = DEFAULT_MAX_BYTES
    if env_size and not suppress:
        try:
            default_size = _size(env_size)
        except argparse.ArgumentTypeError as error:
            parser.error(f"NEWSREADER_MAX_SIZE: {error}")
    parser.add_argument(
        "--max-size",
        type=_size,
        default=argparse.SUPPRESS if suppress else default_size,
        metavar="SIZE",
        help="refuse inputs larger than SIZE (default 10M; env NEWSREADER_MAX_SIZE)",
    )
    parser.add_argument(
        "--timeout",
        type=_positive_float,
        default=argparse.SUPPRESS if suppress else DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up on a URL not fully downloaded in SECONDS (default {DEFAULT_TIMEOUT:g})",
    )


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr (exit 2), not the whole usage."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: {_one_line(message)} (see '{self.prog} --help')", file=sys.stderr)
        sys.exit(EXIT_ERROR)


def _add_global_options(parser: argparse.ArgumentParser, *, after_command: bool) -> None:
    """Options that work before or after a subcommand (`notes list --data-dir X`).

    After a subcommand their default is "not given", so a value given before it stays.
    """
    _add_input_options(parser, suppress=after_command)
    parser.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS if after_command else None,
        help="where notes are stored (env NEWSREADER_DATA_DIR)",
    )


def _reader_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsreader",
        description="Read a news article closely in the terminal: who is quoted, who is "
        "named, what the numbers are. Notes are saved locally. When standard output is not "
        "a terminal (a pipe, a file), the cleaned article is printed as plain text.",
        epilog="Other commands: "
        + ", ".join(f"'newsreader {name} --help'" for name in _subcommand_parsers())
        + ". In the reader, press ? for every key.",
    )
    parser.add_argument(
        "article",
        nargs="?",
        help="a saved web page (.html), a text file, - for standard input, or an http(s) "
        "URL; without it, the library of saved articles opens",
    )
    parser.add_argument("--theme", help="colour theme (see the palette, ctrl+p)")
    parser.add_argument(
        "--paths",
        action="store_true",
        help="print where the config, themes, notes and other files live, and exit",
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    _add_global_options(parser, after_command=False)
    return parser


def _completion_parser() -> argparse.ArgumentParser:
    from reader.cli_docs import SHELLS

    parser = _Parser(
        prog="newsreader completion",
        description="Print a shell completion script: 'source <(newsreader completion bash)' "
        "in ~/.bashrc; 'newsreader completion zsh > ~/.zfunc/_newsreader' (a folder on "
        "$fpath); 'newsreader completion fish > ~/.config/fish/completions/newsreader.fish'.",
    )
    parser.add_argument("shell", choices=SHELLS, help="bash, zsh or fish")
    return parser


def _subcommand_parsers() -> dict[str, Callable[[], argparse.ArgumentParser]]:
    """Each command's parser (made when called), by name: `--help`'s list of the other
    commands, the man page and the completions all come from here."""

    def compare() -> argparse.ArgumentParser:
        from reader.cli_compare import compare_parser

        return compare_parser()

    def feeds() -> argparse.ArgumentParser:
        from reader.cli_feeds import feeds_parser

        return feeds_parser()

    makers = {
        "analyze": _analyze_parser,
        "compare": compare,
        "feeds": feeds,
        "notes": _notes_parser,
        "completion": _completion_parser,
    }
    return {name: makers[name] for name in _SUBCOMMANDS}


def commands() -> list[Command]:
    """Every command with its parser, for the man page and the shell completions."""
    from reader.cli_docs import Command

    others = [Command(name, make()) for name, make in _subcommand_parsers().items()]
    return [Command(None, _reader_parser()), *others]


def _run_completion(args: argparse.Namespace) -> int:
    from reader.cli_docs import completion

    sys.stdout.write(completion(commands(), args.shell))
    return EXIT_OK


def _print_paths() -> int:
    """Where everything lives, one `name: path` a line (for scripts and bug reports)."""
    from reader import locations
    from reader.feeds.store import feeds_file
    from reader.positions import positions_file

    rows = [
        ("config", locations.config_file()),
        ("themes", locations.user_themes_dir()),
        ("notes", locations.notes_database()),
        ("positions", positions_file()),
        ("feeds", feeds_file()),
    ]
    for name, path in rows:
        print(f"{name}: {_one_line(str(path))}")
    return EXIT_OK


def _analyze_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsreader analyze",
        description="Clean articles and list their quotes, people and numbers.",
    )
    parser.add_argument("articles", nargs="+", metavar="ARTICLE", help="file, - or URL")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print JSON (one object per line for several inputs); see ANALYZE-JSON.md",
    )
    parser.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="process N inputs in parallel"
    )
    _add_global_options(parser, after_command=False)
    return parser


def _notes_parser() -> argparse.ArgumentParser:
    from reader.notes.commands import add_notes_subcommands

    parser = _Parser(prog="newsreader notes", description="Export and search your notes.")
    _add_global_options(parser, after_command=False)
    commands = parser.add_subparsers(dest="notes_command", metavar="COMMAND")
    add_notes_subcommands(commands)
    for command in commands.choices.values():
        _add_global_options(command, after_command=True)
    return parser


def _split_command(args: list[str]) -> tuple[str | None, list[str]]:
    """The subcommand wherever the global options put it, and the arguments without it."""
    index = 0
    while index < len(args):
        token = args[index]
        if token == "--":
            break
        if token.startswith("-") and token != "-":
            index += 2 if token in _VALUE_OPTIONS else 1
            continue
        if token in _SUBCOMMANDS:
            return token, args[:index] + args[index + 1 :]
        _refuse_mistyped_command(token)
        break
    return None, args


def _refuse_mistyped_command(word: str) -> None:
    """`newsreader analyse x.html`: a word close to a command, and no such file."""
    import difflib

    if os.path.exists(word):
        return
    close = difflib.get_close_matches(word, _SUBCOMMANDS, n=1, cutoff=0.6)
    if close:
        raise NewsreaderError(f"unknown command {word!r} (did you mean {close[0]!r}?)")


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if sys.stdout is None:  # started with standard output closed (`>&-`): like `ls >&-`
        _error("cannot write: standard output is closed")
        return EXIT_ERROR
    try:
        command, rest = _split_command(args_list)
        if command == "analyze":
            return _run_analyze(_analyze_parser().parse_args(rest))
        if command == "compare":
            from reader.cli_compare import run_compare

            return run_compare(rest)
        if command == "feeds":
            from reader.cli_feeds import run_feeds

            return run_feeds(rest)
        if command == "completion":
            return _run_completion(_completion_parser().parse_args(rest))
        if command == "notes":
            from reader.notes.commands import run_notes_command

            parser = _notes_parser()
            args = parser.parse_args(rest)
            if args.notes_command is None:
                parser.error("name a command: export, search or list")
            _apply_data_dir(args.data_dir)
            return run_notes_command(args)
        args = _reader_parser().parse_args(rest)
        if args.paths:
            _apply_data_dir(args.data_dir)
            return _print_paths()
        return _run_reader(args)
    except NewsreaderError as error:
        _error(str(error))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `newsreader analyze ... | head`: the reader of our output left; that is not an error.
        _silence_stdout()
        return EXIT_OK
    except OSError as error:
        # Mostly writing the output failed (a full disk, a broken device): files the user
        # named are reported by the loaders as SourceError, never as a bare OSError.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            _silence_stdout()  # or the exit's own flush fails again, with a traceback
        reason = error.strerror or str(error)
        _error(f"{error.filename}: {reason}" if error.filename else f"cannot write: {reason}")
        return EXIT_ERROR


def _error(message: str) -> None:
    print(f"newsreader: {_one_line(message)}", file=sys.stderr)


def _one_line(message: str) -> str:
    """One line, safe for the terminal: messages quote file names and URLs the user gave,
    which may hold escape sequences."""
    from reader.extract.sanitize import sanitize_inline

    return sanitize_inline(message) or ""


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _apply_data_dir(data_dir: str | None) -> None:
    if data_dir:
        os.environ["NEWSREADER_DATA_DIR"] = data_dir


def _run_reader(args: argparse.Namespace) -> int:
    """Open the reader; a mistake found before the app starts is one line and exit 2.

    The load starts at once on a thread and overlaps the import of Textual (a few hundred
    ms spent anyway); what fails by then (a missing file, a PDF, a closed port, a 404 from a
    quick server) is reported without opening the app. A slower load is handed to the app,
    which shows the article, or the error, when it arrives: real articles never wait longer.
    """
    _apply_data_dir(args.data_dir)
    to_terminal = sys.stdout.isatty()
    if args.article is None:
        if not to_terminal:
            raise NewsreaderError(
                "no ARTICLE given; the library needs a terminal ('newsreader notes list' prints it)"
            )
        from reader.ui import run_reader

        return run_reader(None, theme=args.theme)
    from reader.extract.sources import LoadLimits

    limits = LoadLimits(max_bytes=args.max_size, timeout=args.timeout)
    started = time.monotonic()
    stdin: bytes | None = None
    if args.article == "-":
        from reader.extract.sources import read_stdin

        stdin = read_stdin(args.max_size)
    _check_local(args.article, stdin, limits)
    from reader.ui.early_load import EarlyLoad  # no Textual in it

    early = EarlyLoad(args.article, stdin, limits)
    if not to_terminal:
        return _print_plain(early)
    if stdin is not None:
        _reattach_terminal()
    import reader.ui.app  # noqa: F401 - Textual's import overlaps the load

    deadline = started + LAUNCH_GRACE
    while not early.done() and time.monotonic() < deadline:
        time.sleep(0.005)
    if early.done():
        _raise_load_error(early)
    from reader.ui import run_reader

    return run_reader(args.article, stdin=stdin, theme=args.theme, limits=limits, early=early)


def _check_local(source: str, stdin: bytes | None, limits: LoadLimits) -> None:
    """Read and sniff a file or standard input now: missing, directory, empty, PDF, binary."""
    from reader.extract.sniff import sniff_kind
    from reader.extract.sources import is_url, read_source

    if is_url(source):
        return
    try:
        raw = read_source(source, stdin=stdin, max_bytes=limits.max_bytes)
    except SourceError as error:
        if _looks_like_a_command(source) and not os.path.lexists(source):
            commands = ", ".join(_SUBCOMMANDS)
            raise SourceError(f"{source}: no such file or command ({commands})") from None
        raise error from None
    try:
        sniff_kind(raw.data, raw.name)
    except FeedInputError:
        return  # a feed opens as its item list: the load parses it (and says if it is broken)


def _looks_like_a_command(word: str) -> bool:
    return word.replace("-", "").isalpha()


def _raise_load_error(early: EarlyLoad) -> None:
    """Raise the load's failure as a one-line NewsreaderError, if it failed."""
    try:
        early.result()
    except FeedInputError as error:
        if error.feed is None:
            raise  # a parsed feed is no failure: the reader lists its items
    except NewsreaderError:
        raise
    except RecursionError:
        raise NewsreaderError(f"{early.source}: page is nested too deeply to read") from None
    except MemoryError:
        raise NewsreaderError(f"{early.source}: not enough memory to read it") from None
    except Exception as error:
        raise NewsreaderError(
            f"could not open {early.source}: {type(error).__name__}: {error}"
        ) from None


def _print_plain(early: EarlyLoad) -> int:
    """Standard output is a pipe or a file: print the article as plain text, as `less` does."""
    from reader.analysis import analyze
    from reader.extract import article_json

    _raise_load_error(early)
    try:
        article = early.result()
    except FeedInputError as found:
        from reader.cli_feeds import print_items

        return print_items(found.feed)
    from reader.render_plain import plain_console, print_article

    print_article(article_json(article, analyze(article.text)), plain_console())
    return EXIT_OK


def _reattach_terminal() -> None:
    """After reading an article from a pipe, take keys from the terminal, as `less` does."""
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise NewsreaderError(
            "-: no terminal to read keys from; use 'newsreader analyze -' in scripts"
        ) from None
    os.dup2(tty, 0)
    os.close(tty)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115 - fd 0 lives as long as the process


def _analyze_one(
    source: str, stdin: bytes | None, max_bytes: int, timeout: float
) -> dict[str, Any]:
    """Load and analyse one input; an error becomes {"source", "error"} instead of raising."""
    from reader.analysis import analyze
    from reader.extract import article_json, load_article

    try:
        article = load_article(source, stdin=stdin, max_bytes=max_bytes, timeout=timeout)
        return article_json(article, analyze(article.text))
    except NewsreaderError as error:
        return {"source": source, "error": " ".join(str(error).split())}
    except RecursionError:
        return {"source": source, "error": f"{source}: page is nested too deeply to read"}
    except MemoryError:
        return {"source": source, "error": f"{source}: not enough memory to read it"}


def _results(args: argparse.Namespace) -> Iterator[dict[str, Any]]:
    stdin: bytes | None = None
    if "-" in args.articles:
        from reader.extract.sources import read_stdin

        stdin = read_stdin(args.max_size)
    jobs = max(1, min(args.jobs, len(args.articles), os.cpu_count() or 1))
    if jobs == 1:
        for source in args.articles:
            yield _analyze_one(source, stdin, args.max_size, args.timeout)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [
            pool.submit(_analyze_one, source, stdin, args.max_size, args.timeout)
            for source in args.articles
        ]
        for future in futures:  # in input order, as the contract promises
            yield future.result()


def _run_analyze(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise NewsreaderError("--jobs must be at least 1")
    failed = False
    for result in _results(args):
        if "error" in result:
            failed = True
            _error(result["error"])
        if args.json:
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        elif "error" not in result:
            from reader.render_plain import print_article

            print_article(result)
    return EXIT_ERROR if failed else EXIT_OK
