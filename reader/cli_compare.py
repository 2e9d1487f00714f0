"""`newsreader compare [--json] A B`: two versions of a story, fact by fact.

Kept out of cli.py so the compare command is one dispatch line there. `--json` loads,
analyses and prints the differences (docs/COMPARE-JSON.md) and never imports Textual, nor
does a run whose output is not a terminal (a pipe, a file: plain lines). The compare view
opens while the inputs still load (it says what it is loading, and `q` quits); a failure
within the first moments is still one line on stderr and exit 2, as for the reader.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.compare.model import Comparison

EXIT_OK = 0


def compare_parser() -> argparse.ArgumentParser:
    from reader.cli import _add_input_options, _Parser

    parser = _Parser(
        prog="newsreader compare",
        description="Compare two articles about one story (or two versions of one article): "
        "quotes, speakers, numbers and people side by side.",
        epilog="A and B are files, - for standard input (one of them), http(s) URLs, or saved "
        "articles as lib:ID (see 'newsreader notes list'). When the output is not a terminal, "
        "the differences are printed as plain lines.",
    )
    parser.add_argument("a", metavar="A", help="the first article")
    parser.add_argument("b", metavar="B", help="the second article")
    parser.add_argument(
        "--json", action="store_true", help="print the differences as JSON (COMPARE-JSON.md)"
    )
    parser.add_argument("--theme", help="colour theme of the compare view")
    parser.add_argument("--data-dir", help="where notes are stored (env NEWSREADER_DATA_DIR)")
    _add_input_options(parser)
    return parser


def run_compare(argv: Sequence[str]) -> int:
    """Parse `argv` (after the word `compare`), compare, and print or show the result."""
    from reader.cli import _apply_data_dir, _reattach_terminal
    from reader.compare import compare
    from reader.compare.inputs import load_side
    from reader.errors import NewsreaderError

    args = compare_parser().parse_args(list(argv))
    if args.a == "-" and args.b == "-":
        raise NewsreaderError("compare: only one of A and B can be - (standard input)")
    _apply_data_dir(args.data_dir)
    stdin = None
    if "-" in (args.a, args.b):
        from reader.extract.sources import read_stdin

        stdin = read_stdin(args.max_size)
    options = {"stdin": stdin, "max_bytes": args.max_size, "timeout": args.timeout}
    if args.json or not sys.stdout.isatty():
        comparison = compare(load_side(args.a, **options), load_side(args.b, **options))
        if args.json:
            from reader.compare.export import comparison_json

            sys.stdout.write(json.dumps(comparison_json(comparison), ensure_ascii=False) + "\n")
        else:  # a pipe or a file, as the reader does: plain text, not the full-screen view
            sys.stdout.write(_plain(comparison))
        return EXIT_OK
    from reader.cli import LAUNCH_GRACE
    from reader.ui.compare_load import CompareLoad  # no Textual in it

    loading = CompareLoad(
        args.a, args.b, stdin=stdin, max_bytes=args.max_size, timeout=args.timeout
    )
    if stdin is not None:
        _reattach_terminal()
    from reader.ui.compare_app import run_compare_view  # Textual is imported only here

    if loading.wait(LAUNCH_GRACE):
        loading.result()  # a failure at once is one line on stderr, before any screen
    return run_compare_view(loading, theme=args.theme)


def _plain(comparison: Comparison) -> str:
    """The differences as plain lines: which articles, what changed, one line per difference.
    Titles and labels come from article text: each is made one line without escapes."""
    from reader.compare.listing import entries
    from reader.compare.summary import sentence
    from reader.extract.sanitize import sanitize_inline

    lines = []
    for name, side in (("A", comparison.a), ("B", comparison.b)):
        article = side.article
        title = sanitize_inline(article.title) or ""
        source = sanitize_inline(article.source) or ""
        lines.append(
            f"{name}: {title} ({source})" if title and title != source else f"{name}: {source}"
        )
    lines += [sentence(comparison), ""]
    lines += [sanitize_inline(entry.label) or "" for entry in entries(comparison)]
    return "\n".join(lines).rstrip("\n") + "\n"
