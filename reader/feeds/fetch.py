"""Fetching a feed politely: a conditional GET, one request at a time per host.

The HTTP client, limits, redirect and private-address checks are those of every article
(`reader.extract.sources.fetch_url`); this module adds only what feeds need: the validators a
saved feed got last time (If-None-Match / If-Modified-Since), the stored body when the server
answers 304 Not Modified, and a lock per host so that opening a feed and its items never
sends a site two requests at once from this process. Nothing runs in the background.
"""

from __future__ import annotations

import threading
from urllib.parse import urlsplit

from reader.errors import FeedInputError, NotAnArticleError
from reader.extract.sources import LoadLimits, fetch_url, is_url, read_source
from reader.feeds.parse import Feed, parse_feed
from reader.feeds.store import FeedStore
from reader.progress import Progress

_host_locks: dict[str, threading.Lock] = {}
_host_locks_guard = threading.Lock()


def host_lock(url: str) -> threading.Lock:
    """The lock every request to `url`'s host holds while it runs."""
    host = (urlsplit(url).hostname or "").lower()
    with _host_locks_guard:
        return _host_locks.setdefault(host, threading.Lock())


def fetch_feed(
    source: str,
    *,
    store: FeedStore | None = None,
    limits: LoadLimits | None = None,
    progress: Progress | None = None,
) -> Feed:
    """Read and parse the feed at `source` (a URL or a file).

    For a feed saved in `store`, the request carries its validators; a 304 is answered from
    the body kept from last time, and the new validators and body are recorded. Raises
    NewsreaderError with one line (not a feed, broken, network) otherwise.
    """
    limits = limits or LoadLimits()
    if not is_url(source):
        raw = read_source(source, max_bytes=limits.max_bytes, timeout=limits.timeout)
        return _parse(raw.data, source, None)
    saved = store.get(source) if store is not None else None
    cached = store.cached_body(source) if store is not None and saved is not None else None
    headers: dict[str, str] = {}
    if saved is not None and cached is not None:
        if saved.etag:
            headers["If-None-Match"] = saved.etag
        if saved.last_modified:
            headers["If-Modified-Since"] = saved.last_modified
    with host_lock(source):
        raw = fetch_url(
            source,
            max_bytes=limits.max_bytes,
            timeout=limits.timeout,
            progress=progress,
            headers=headers,
        )
    data = cached if raw.not_modified and cached is not None else raw.data
    feed = _parse(data, source, raw.url)
    if store is not None and saved is not None:
        store.record_fetch(
            source,
            title=feed.title,
            etag=raw.etag,
            last_modified=raw.last_modified,
            body=None if raw.not_modified else raw.data,
        )
    return feed


def _parse(data: bytes, name: str, url: str | None) -> Feed:
    """The feed in `data`; a web page or other document is named as such."""
    from reader.extract.sniff import sniff_kind

    try:
        kind = sniff_kind(data, name)
    except FeedInputError:
        return parse_feed(data, url=url or (name if is_url(name) else None), name=name)
    raise NotAnArticleError(
        f"{name}: a {'web page' if kind == 'html' else 'text file'}, not a feed"
    )
