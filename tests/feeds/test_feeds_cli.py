"""`newsreader feeds …` and `newsreader analyze` on feeds, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.feeds.samples import ATOM, BROKEN, RSS
from tests.http_server import FEED_ETAG, FEED_REQUESTS, serve


def _one_line_error(result: object, fragment: str) -> None:
    assert result.returncode == 2  # type: ignore[attr-defined]
    lines = result.stderr.decode().strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and lines[0].startswith("newsreader: ") and fragment in lines[0], lines


def test_add_list_show_remove(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path)]
    with serve() as base:
        url = f"{base}/feed.xml"
        added = run_cli("feeds", *data, "add", url)
        assert added.returncode == 0, added.stderr
        assert added.stdout.decode() == f"Added: Town News (3 items) {url}\n"
        again = run_cli("feeds", *data, "add", url)
        assert again.stdout.decode().startswith("Already in the list: Town News")
        _one_line_error(run_cli("feeds", *data, "add", f"{base}/article.html"), "not a feed")
        listing = run_cli("feeds", *data, "list").stdout.decode().splitlines()
        assert len(listing) == 1 and listing[0].startswith(f"  1  Town News  {url}  (checked 20")
        FEED_REQUESTS.clear()
        shown = run_cli("feeds", *data, "show", "1").stdout.decode().splitlines()
        assert shown[0] == f"2026-12-01  Council passes budget  {base}/article.html"
        items = [
            json.loads(line)
            for line in run_cli("feeds", *data, "show", "--json", "1").stdout.splitlines()
        ]
    assert items[0]["id"] == "town-1"
    assert FEED_REQUESTS[0]["If-None-Match"] == FEED_ETAG  # the first show was conditional
    assert json.loads(run_cli("feeds", *data, "list", "--json").stdout)["etag"]
    assert run_cli("feeds", *data, "remove", "1").stdout.decode() == "Removed: Town News\n"
    assert run_cli("feeds", *data, "list").stdout == b""
    _one_line_error(run_cli("feeds", *data, "remove", "1"), "not in your feeds")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (RSS, "an RSS feed with 3 items, not an article (open it with 'newsreader "),
        (ATOM, "an Atom feed with 2 items"),
        (BROKEN, "a broken feed, not well-formed XML"),
    ],
)
def test_analyze_says_what_a_feed_is_in_one_line(
    tmp_path: Path, content: bytes, fragment: str
) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(content)
    result = run_cli("analyze", "--json", str(path))
    _one_line_error(result, fragment)
    assert json.loads(result.stdout)["error"].endswith(result.stderr.decode().strip()[12:])


def test_show_a_broken_feed_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_bytes(BROKEN)
    _one_line_error(run_cli("feeds", "--data-dir", str(tmp_path), "show", str(path)), "broken")


def test_a_feed_piped_out_prints_its_items_and_a_broken_one_fails_at_launch(
    tmp_path: Path,
) -> None:
    path = tmp_path / "town.xml"
    path.write_bytes(RSS)
    printed = run_cli(str(path))  # standard output is a pipe: no reader, the items as text
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.decode().splitlines()[0] == (
        "2026-12-01  Council passes budget  https://town.example/article.html"
    )
    path.write_bytes(BROKEN)
    _one_line_error(run_cli(str(path)), "a broken feed, not well-formed XML")


def test_global_options_go_before_or_after_the_feeds_command(tmp_path: Path) -> None:
    with serve() as base:
        url = f"{base}/feed.xml"
        assert run_cli("--data-dir", str(tmp_path), "feeds", "add", url).returncode == 0
        assert (
            run_cli("feeds", "list", "--data-dir", str(tmp_path))
            .stdout.decode()
            .startswith("  1  Town News")
        )
        _one_line_error(
            run_cli("feeds", "show", url, "--max-size", "100"), "larger than the 100 bytes limit"
        )


def test_show_with_a_number_past_the_list_says_so_not_no_such_file(tmp_path: Path) -> None:
    """`feeds show 5` with no fifth feed said '5: no such file' (it was read as a file name)."""
    _one_line_error(
        run_cli("feeds", "--data-dir", str(tmp_path), "show", "5"),
        "5: not in your feeds (see 'newsreader feeds list')",
    )
