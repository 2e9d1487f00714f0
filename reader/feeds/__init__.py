"""Feeds (RSS 2.0, RSS 1.0/RDF, Atom 1.0): what a feed lists, which feeds the user follows,
and fetching them politely. No Textual here; the UI and the CLI call these modules.

    parse.py    feed bytes to a `Feed` of `FeedItem`s, on a hardened XML parser; every title,
                date and link sanitised (feeds are untrusted text, never markup)
    store.py    the user's list of feeds (`feeds.json` in the data dir, written atomically),
                their HTTP validators, the last body each one sent, and read marks
    fetch.py    conditional GET (ETag / Last-Modified) through reader.extract.sources, one
                request at a time per host
"""

from reader.feeds.parse import Feed, FeedItem, parse_feed

__all__ = ["Feed", "FeedItem", "parse_feed"]
