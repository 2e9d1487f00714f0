"""End to end in a real terminal (tmux): a feed served on 127.0.0.1 lists its items, Enter
opens one through the network, backspace comes back to the list at the same item."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.http_server import serve
from tests.ui.tmux import start_reader

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def test_a_served_feed_lists_its_items_opens_one_and_backspace_returns(tmp_path: Path) -> None:
    with serve() as base:
        term = start_reader(tmp_path, 120, 32, source=f"{base}/feed.xml")
        try:
            listing = term.wait_for(lambda s: "3 items, 3 unread" in s, "the feed's items")
            assert "Town News  (RSS feed)" in listing and "● Council passes budget" in listing
            term.keys("j", "j", "k")  # the second item: "Café owners protest"
            term.keys("Enter")
            term.wait_for(
                lambda s: "Renée Dupont" in s and "3 items" not in s, "the article it links to"
            )
            term.keys("BSpace")
            back = term.wait_for(lambda s: "2 unread" in s, "the list again")
            assert "✓ Café owners protest" in back and "● Council passes budget" in back
            term.keys("Enter")  # the list kept its place: the same item again
            term.wait_for(lambda s: "Renée Dupont" in s, "the same article")
            term.keys("BSpace")
            term.wait_for(lambda s: "2 unread" in s, "the list once more")
            term.keys("k", "Enter")
            term.wait_for(lambda s: "Mayor Ana Lopez" in s, "the first item's article")
            term.keys("BSpace")
            term.wait_for(lambda s: "1 unread" in s, "the list with two read")
            term.keys("q")
            term.wait_for(lambda s: "1 unread" not in s, "the app to quit")
        finally:
            term.kill()
