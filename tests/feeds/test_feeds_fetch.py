"""Polite fetching against a server on 127.0.0.1: conditional GET, 304, one request per host."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reader.errors import NewsreaderError
from reader.feeds.fetch import fetch_feed
from reader.feeds.store import FeedStore
from tests.http_server import FEED_ACTIVE, FEED_ETAG, FEED_REQUESTS, serve


def test_a_saved_feed_is_fetched_conditionally_and_a_304_shows_the_kept_items(
    tmp_path: Path,
) -> None:
    store = FeedStore(tmp_path / "feeds.json")
    with serve() as base:
        url = f"{base}/feed.xml"
        store.add(url)
        FEED_REQUESTS.clear()
        first = fetch_feed(url, store=store)
        assert "If-None-Match" not in FEED_REQUESTS[-1]
        saved = store.get(url)
        assert saved is not None and saved.etag == FEED_ETAG
        assert saved.last_modified == "Tue, 01 Dec 2026 10:00:00 GMT" and saved.title == "Town News"
        second = fetch_feed(url, store=store)
    assert FEED_REQUESTS[-1]["If-None-Match"] == FEED_ETAG
    assert FEED_REQUESTS[-1]["If-Modified-Since"] == "Tue, 01 Dec 2026 10:00:00 GMT"
    assert [i.title for i in second.items] == [i.title for i in first.items]
    assert second.items[0].link == f"{base}/article.html"


def test_a_feed_not_in_the_list_is_fetched_plainly_and_not_recorded(tmp_path: Path) -> None:
    store = FeedStore(tmp_path / "feeds.json")
    with serve() as base:
        FEED_REQUESTS.clear()
        feed = fetch_feed(f"{base}/feed.xml", store=store)
        fetch_feed(f"{base}/feed.xml", store=store)
    assert len(feed.items) == 3
    assert all("If-None-Match" not in headers for headers in FEED_REQUESTS)
    assert store.feeds() == []


def test_one_request_at_a_time_per_host() -> None:
    FEED_ACTIVE["most"] = 0
    with serve() as base:
        threads = [
            threading.Thread(target=fetch_feed, args=(f"{base}/slow-feed.xml",)) for _ in range(3)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
    assert FEED_ACTIVE["most"] == 1


@pytest.mark.parametrize(
    ("path", "fragment"), [("/article.html", "a web page, not a feed"), ("/missing", "HTTP 404")]
)
def test_what_is_not_a_feed_says_so(path: str, fragment: str) -> None:
    with serve() as base, pytest.raises(NewsreaderError, match=fragment):
        fetch_feed(base + path)
