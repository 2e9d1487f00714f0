"""Feed parsing: RSS 2.0, Atom 1.0, broken and hostile feeds, and malformed input in general."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.errors import FeedInputError, NotAnArticleError
from reader.extract.sniff import sniff_kind
from reader.feeds.parse import FeedParseError, clean_url, parse_date, parse_feed
from tests.feeds.samples import ATOM, BILLION_LAUGHS, BROKEN, EXTERNAL_ENTITY, RSS


def test_rss_2_items_have_titles_dates_links_and_ids() -> None:
    feed = parse_feed(RSS, url="https://town.example/feed.xml")
    assert (feed.format, feed.title, feed.link) == ("rss", "Town News", "https://town.example/")
    first, second, third = feed.items
    assert first.title == "Council passes budget"
    assert first.link == "https://town.example/article.html"  # relative, resolved
    assert first.published == "2026-12-01T09:30:00+00:00"
    assert first.id == "town-1" and first.source == "town.example"
    assert second.title == "Café owners protest"  # escaped markup reduced to its words
    assert second.published == "2026-11-30T18:00:00+00:00"  # dc:date
    assert second.id == "https://town.example/latin1.html"
    assert third.link == "https://town.example/plain.txt"  # a permalink guid is the link
    assert third.published is None


def test_atom_1_items_use_alternate_links_xml_base_and_published() -> None:
    feed = parse_feed(ATOM, url="https://blog.example/atom.xml")
    assert feed.format == "atom"
    assert feed.title == "Ana's blog"
    assert feed.link == "https://blog.example/"
    first, second = feed.items
    assert first.link == "https://blog.example/posts/budget-day"
    assert first.published == "2026-12-01T08:00:00+01:00"
    assert first.id == "tag:blog.example,2026:1"
    assert second.title == "Second post"
    assert second.link == "https://cdn.example/a.mp3"  # javascript: is never a link
    assert second.published == "2026-11-02T00:00:00+00:00"


def test_a_broken_feed_is_one_clear_line() -> None:
    with pytest.raises(FeedParseError, match=r"^feed.xml: a broken feed, not well-formed XML"):
        parse_feed(BROKEN, name="feed.xml")
    with pytest.raises(FeedParseError, match="no <channel>"):
        parse_feed(b"<rss version='2.0'><item/></rss>", name="x")
    with pytest.raises(FeedParseError, match="not a feed"):
        parse_feed(b"<catalog/>", name="x")


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_entity_declarations_are_refused(data: bytes) -> None:
    with pytest.raises(FeedParseError, match="declares XML entities"):
        parse_feed(data, name="evil.xml")


def test_hostile_text_is_sanitised_and_links_checked() -> None:
    data = (
        b"<rss><channel><title>\x1b]0;pwned\x07Evil\xe2\x80\xae feed</title><item>"
        b"<title>[bold red]x[/] \x1b[2J&lt;script&gt;y&lt;/script&gt;</title>"
        b"<link>https://e.example/a&#x202e;b</link></item>"
        b"<item><title>long</title><link>https://e.example/" + b"a" * 5000 + b"</link></item>"
        b"<item><title>data</title><link>data:text/html,hi</link></item>"
        b"</channel></rss>"
    )
    feed = parse_feed(data, url="https://e.example/feed")
    assert feed.title == "Evil feed"
    first, second, third = feed.items
    assert "\x1b" not in first.title and first.title.startswith("[bold red]x[/]")  # literal text
    assert first.link is None and second.link is None and third.link is None


def test_the_sniffer_recognises_feeds_with_and_without_a_prolog() -> None:
    for data in (RSS, ATOM, RSS.split(b"?>", 1)[1], b"<feed xmlns='http://www.w3.org/2005/Atom'/>"):
        with pytest.raises(FeedInputError):
            sniff_kind(data, "feed")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Tue, 01 Dec 2026 09:30:00 GMT", "2026-12-01T09:30:00+00:00"),
        ("Tue, 01 Dec 2026 09:30:00 +0200", "2026-12-01T09:30:00+02:00"),
        ("2026-12-01T09:30:00Z", "2026-12-01T09:30:00+00:00"),
        ("2026-12-01", "2026-12-01T00:00:00+00:00"),
        ("yesterday", None),
        ("", None),
    ],
)
def test_dates(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_clean_url() -> None:
    assert clean_url("/a b", "https://x.example/") is None
    assert clean_url(" https://x.example/a ") == "https://x.example/a"
    assert clean_url("ftp://x.example/") is None
    assert clean_url("https://x.example/\u202eevil") is None


_XMLISH = st.lists(
    st.sampled_from(
        [
            "<rss>",
            "</rss>",
            "<channel>",
            "</channel>",
            "<item>",
            "</item>",
            "<title>",
            "</title>",
            "<link>",
            "</link>",
            "<feed xmlns='http://www.w3.org/2005/Atom'>",
            "</feed>",
            "<entry>",
            "</entry>",
            "<link href='",
            "'/>",
            "&amp;",
            "&lt;",
            "&#0;",
            "&#x1b;",
            "<![CDATA[",
            "]]>",
            "<!DOCTYPE rss>",
            "<?xml version='1.0'?>",
            "\x1b[2J",
            "<pubDate>",
            "</pubDate>",
            "x",
        ]
    )
    | st.text(max_size=8),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_XMLISH.map(str.encode), st.binary(max_size=200)))
def test_malformed_input_is_a_feed_or_one_clear_error(data: bytes) -> None:
    try:
        feed = parse_feed(data, url="https://x.example/f", name="f")
    except NotAnArticleError as error:
        assert "\n" not in str(error) and str(error).startswith("f: ")
        return
    for item in feed.items:
        for text in (item.title, item.id, item.link or "", item.published or ""):
            assert "\x1b" not in text and "\n" not in text
        assert item.link is None or item.link.startswith(("http://", "https://"))


def test_a_feed_file_resolves_relative_links_against_its_site() -> None:
    feed = parse_feed(RSS, name="town.xml")
    assert feed.items[0].link == "https://town.example/article.html"


def test_deep_nesting_and_endless_items_are_bounded() -> None:
    import time

    deep = b"<rss><channel><title>" + b"<a>" * 100_000 + b"</title></channel></rss>"
    started = time.monotonic()
    with pytest.raises(FeedParseError, match="broken feed"):
        parse_feed(deep, name="deep.xml")
    many = b"<rss><channel>" + b"<item><title>x</title></item>" * 5000 + b"</channel></rss>"
    assert len(parse_feed(many, name="many.xml").items) == 1000
    assert time.monotonic() - started < 5
