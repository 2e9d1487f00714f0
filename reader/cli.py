"""The `newsreader` command: open an article in the reader, or analyse articles for scripts.

    newsreader [ARTICLE]                 read ARTICLE (a file, "-" for stdin, or a URL)
    newsreader analyze [--json] ARTICLE  print the cleaned article and its analysis
    newsreader notes ...                 export and search saved notes

Textual is imported only when the reader opens, so `analyze` starts fast and works anywhere.
Every user-caused failure prints one line on stderr and exits 2; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from reader import __version__
from reader.errors import NewsreaderError
from reader.extract.sources import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

EXIT_OK = 0
EXIT_ERROR = 2
_SUBCOMMANDS = ("analyze", "notes", "feeds")


def _size(text: str) -> int:
    """Parse a size like 20M, 512k, 1G or a plain byte count."""
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    value = text.strip().lower().removesuffix("b").removesuffix("i")
    scale = units.get(value[-1:], 1)
    if scale != 1:
        value = value[:-1]
    try:
        size = int(float(value) * scale)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 20M)") from None
    if size <= 0:
        raise argparse.ArgumentTypeError("the size must be positive")
    return size


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be positive")
    return value


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    env_size = os.environ.get("NEWSREADER_MAX_SIZE")
    parser.add_argument(
        "--max-size",
        type=_size,
        default=_size(env_size) if env_size else DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help="refuse inputs larger than SIZE (default 10M; env NEWSREADER_MAX_SIZE)",
    )
    parser.add_argument(
        "--timeout",
        type=_positive_float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up on a URL not fully downloaded in SECONDS (default {DEFAULT_TIMEOUT:g})",
    )


def _reader_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsreader",
        description="Read a news article closely in the terminal: who is quoted, who is "
        "named, what the numbers are. Notes are saved locally.",
        epilog="Other commands: 'newsreader analyze --help', 'newsreader notes --help'. "
        "In the reader, press ? for every key.",
    )
    parser.add_argument(
        "article",
        nargs="?",
        help="a saved web page (.html), a text file, - for standard input, or an http(s) "
        "URL; without it, the library of saved articles opens",
    )
    parser.add_argument("--theme", help="colour theme (see the palette, ctrl+p)")
    parser.add_argument("--data-dir", help="where notes are stored (env NEWSREADER_DATA_DIR)")
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    _add_input_options(parser)
    return parser


def _analyze_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    _add_input_options(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] == "analyze":
            return _run_analyze(_analyze_parser().parse_args(args_list[1:]))
        if args_list and args_list[0] == "compare":
            from reader.cli_compare import run_compare

            return run_compare(args_list[1:])
        if args_list and args_list[0] == "feeds":
            from reader.cli_feeds import run_feeds

            return run_feeds(args_list[1:])
        if args_list and args_list[0] == "notes":
            from reader.notes.commands import add_notes_subcommands, run_notes_command

            parser = argparse.ArgumentParser(prog="newsreader notes")
            parser.add_argument("--data-dir", help="where notes are stored")
            add_notes_subcommands(parser.add_subparsers(dest="notes_command", required=True))
            args = parser.parse_args(args_list[1:])
            _apply_data_dir(args.data_dir)
            return run_notes_command(args)
        return _run_reader(_reader_parser().parse_args(args_list))
    except NewsreaderError as error:
        _error(str(error))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `newsreader analyze ... | head`: the reader of our output left; that is not an error.
        _silence_stdout()
        return EXIT_OK


def _error(message: str) -> None:
    from reader.extract.sanitize import sanitize_inline

    # Messages quote file names and URLs the user gave, which may hold escape sequences.
    line = sanitize_inline(message) or ""
    print(f"newsreader: {line}", file=sys.stderr)


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _apply_data_dir(data_dir: str | None) -> None:
    if data_dir:
        os.environ["NEWSREADER_DATA_DIR"] = data_dir


def _run_reader(args: argparse.Namespace) -> int:
    _apply_data_dir(args.data_dir)
    stdin: bytes | None = None
    if args.article == "-":
        from reader.extract.sources import read_stdin

        stdin = read_stdin(args.max_size)
        _reattach_terminal()
    from reader.extract.sources import LoadLimits
    from reader.ui import run_reader  # Textual is imported only here

    limits = LoadLimits(max_bytes=args.max_size, timeout=args.timeout)
    return run_reader(args.article, stdin=stdin, theme=args.theme, limits=limits)


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
