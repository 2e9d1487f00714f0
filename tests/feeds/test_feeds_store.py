"""The feed list: kept across changes, never overwritten when damaged, safe with two writers."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reader.feeds.store import FeedStore, FeedStoreError


def test_add_list_remove_and_read_marks(tmp_path: Path) -> None:
    store = FeedStore(tmp_path / "data" / "feeds.json")
    assert store.feeds() == []
    feed, new = store.add("https://a.example/feed", "A")
    assert new and feed.added
    assert store.add("https://a.example/feed")[1] is False
    store.add("https://b.example/rss")
    assert [f.url for f in FeedStore(store.path).feeds()] == [
        "https://a.example/feed",
        "https://b.example/rss",
    ]
    assert store.remove("2").url == "https://b.example/rss"
    assert store.remove("https://a.example/feed").title == "A"
    with pytest.raises(FeedStoreError, match="not in your feeds"):
        store.remove("https://a.example/feed")
    store.mark_read("https://a.example/1")
    assert store.read_marks() == {"https://a.example/1"}


def test_a_damaged_list_is_reported_and_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "feeds.json"
    path.write_text('{"version": 1, "feeds": [{"url": "https://a.example/f"}', encoding="utf-8")
    store = FeedStore(path)
    with pytest.raises(FeedStoreError, match="damaged"):
        store.feeds()
    with pytest.raises(FeedStoreError, match="damaged"):
        store.add("https://b.example/f")
    assert path.read_text(encoding="utf-8").endswith('"https://a.example/f"}')
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".feeds")] == []


def test_writers_in_parallel_keep_every_feed(tmp_path: Path) -> None:
    path = tmp_path / "feeds.json"
    threads = [
        threading.Thread(target=FeedStore(path).add, args=(f"https://s{n}.example/feed",))
        for n in range(12)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(FeedStore(path).feeds()) == 12
