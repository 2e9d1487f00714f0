"""`newsreader feeds add|list|remove|show`: the small list of feeds the library shows.

    newsreader feeds add URL          fetch URL once (it must be a feed) and keep it in the list
    newsreader feeds list [--json]    the feeds kept, numbered
    newsreader feeds remove URL|N     forget one (by URL or by its number in `list`)
    newsreader feeds show FEED [--json]  a feed's items (title, date, link), for scripts

The list lives in `feeds.json` in the data dir (reader.feeds.store). Kept out of cli.py so the
command is one dispatch line there; never imports Textual. Feeds are fetched only when asked
(no background daemon), conditionally when saved (ETag / Last-Modified).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.feeds.store import SavedFeed

EXIT_OK = 0


def feeds_parser() -> argparse.ArgumentParser:
    from reader.cli import _add_global_options, _Parser

    parser = _Parser(
        prog="newsreader feeds",
        description="Keep a list of RSS and Atom feeds; the library (newsreader with no "
        "argument) shows them, and Enter on one lists its items.",
    )
    _add_global_options(parser, after_command=False)
    commands = parser.add_subparsers(dest="feeds_command", required=True, metavar="COMMAND")
    add = commands.add_parser("add", help="fetch a feed and add it to the list")
    add.add_argument("url", metavar="URL", help="an http(s) URL of an RSS or Atom feed")
    listing = commands.add_parser("list", help="the feeds in the list, numbered")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    remove = commands.add_parser("remove", help="remove a feed from the list")
    remove.add_argument("which", metavar="URL|N", help="its URL or its number in 'feeds list'")
    show = commands.add_parser("show", help="print a feed's items")
    show.add_argument("feed", metavar="FEED", help="a feed URL, a file, or N from 'feeds list'")
    show.add_argument("--json", action="store_true", help="one JSON object per item")
    for command in commands.choices.values():
        _add_global_options(command, after_command=True)
    return parser


def run_feeds(argv: Sequence[str]) -> int:
    """Parse `argv` (after the word `feeds`) and run the command."""
    from reader.cli import _apply_data_dir
    from reader.errors import NewsreaderError
    from reader.extract.sources import LoadLimits, is_url
    from reader.feeds.fetch import fetch_feed
    from reader.feeds.store import FeedStore

    args = feeds_parser().parse_args(list(argv))
    _apply_data_dir(args.data_dir)
    store = FeedStore()
    command = args.feeds_command
    if command == "add":
        if not is_url(args.url):
            raise NewsreaderError(f"{args.url}: give the feed's http(s) URL")
        limits = LoadLimits(max_bytes=args.max_size, timeout=args.timeout)
        # Kept first, so this fetch records the validators and body (the next one can be a
        # 304); taken out again if the URL is not a feed or cannot be fetched.
        saved, new = store.add(args.url)
        try:
            feed = fetch_feed(args.url, store=store, limits=limits)
        except NewsreaderError:
            if new:
                store.remove(args.url)
            raise
        count = len(feed.items)
        what = "Added" if new else "Already in the list"
        print(f"{what}: {feed.title} ({count} item{'s' * (count != 1)}) {_line(saved.url)}")
    elif command == "list":
        for number, saved in enumerate(store.feeds(), 1):
            print(_list_line(number, saved, as_json=args.json))
    elif command == "remove":
        removed = store.remove(args.which)
        print(f"Removed: {_line(removed.title) or _line(removed.url)}")
    elif command == "show":
        source = args.feed
        feeds = store.feeds()
        if source.isdigit() and 1 <= int(source) <= len(feeds):
            source = feeds[int(source) - 1].url
        elif source.isdigit() and not Path(source).exists():  # a number, not a file's name
            raise NewsreaderError(f"{source}: not in your feeds (see 'newsreader feeds list')")
        limits = LoadLimits(max_bytes=args.max_size, timeout=args.timeout)
        return print_items(fetch_feed(source, store=store, limits=limits), as_json=args.json)
    sys.stdout.flush()
    return EXIT_OK


def print_items(feed: object, *, as_json: bool = False) -> int:
    """A feed's items, one a line (date, title, link), or as JSON lines (ANALYZE-JSON.md)."""
    from reader.feeds.parse import Feed

    assert isinstance(feed, Feed)
    for item in feed.items:
        if as_json:
            print(json.dumps(asdict(item), ensure_ascii=False))
        else:
            date = (item.published or "")[:10] or "-" * 10
            print(f"{date}  {item.title}  {item.link or ''}".rstrip())
    sys.stdout.flush()
    return EXIT_OK


def _list_line(number: int, saved: SavedFeed, *, as_json: bool) -> str:
    if as_json:
        return json.dumps({"number": number, **asdict(saved)}, ensure_ascii=False)
    checked = saved.checked[:16].replace("T", " ") if saved.checked else "never"
    title = _line(saved.title) or "(untitled)"
    return f"{number:>3}  {title}  {_line(saved.url)}  (checked {checked})"


def _line(text: str | None) -> str:
    from reader.extract.sanitize import sanitize_inline

    return sanitize_inline(text) or ""
