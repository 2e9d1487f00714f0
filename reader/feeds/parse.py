"""Feed bytes to a `Feed`: RSS 2.0, RSS 1.0 (RDF) and Atom 1.0, by element local names.

Why lxml rather than feedparser: lxml is already a dependency (readability needs it), a feed
list needs only titles, dates, links and ids, and feedparser's HTML sanitiser and date
heuristics are work this app would then throw away. The parser is hardened as defusedxml
would have it: no entity expansion, no DTD loading, no network, no huge trees; a document
that declares entities is refused outright (the "billion laughs" and external-entity tricks
need a declaration). Everything read from a feed is untrusted text: markup in titles is
stripped to its text (never interpreted as Rich/Textual markup downstream), control and
invisible characters are removed, links must be absolute http(s) URLs of sane length.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

from reader.errors import FeedInputError, NotAnArticleError
from reader.extract.sanitize import sanitize_inline

_Element = Any  # lxml.etree._Element (lxml ships no type hints)
FeedFormat = Literal["rss", "atom", "rdf"]
FORMAT_NAMES: dict[FeedFormat, str] = {"rss": "RSS", "atom": "Atom", "rdf": "RSS 1.0 (RDF)"}
MAX_ITEMS = 1000  # a feed with more is cut here: no real feed lists that many at once
MAX_TITLE = 300
MAX_URL = 2048
_TAG = re.compile(r"<[^>]{0,2000}>")
_SPACE = re.compile(r"\s+")
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.I)
# XML 1.0 forbids C0 controls, yet feeds carry them (pasted text, hostile titles). Rather than
# refuse a whole feed for one, terminal sequences go whole and other controls go, before
# parsing (only in byte-oriented encodings: UTF-16 is full of NULs).
_BYTE_ESCAPES = re.compile(
    rb"\x1b\[[\x30-\x3f]{0,32}[\x20-\x2f]{0,4}[\x40-\x7e]"
    rb"|\x1b[\]PX^_][^\x07\x1b\n]{0,512}(?:\x07|\x1b\\)"
    rb"|[\x00-\x08\x0b\x0c\x0e-\x1f]"
)


class FeedParseError(NotAnArticleError):
    """The input looked like a feed but could not be read as one."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed, every field sanitised."""

    title: str
    link: str | None  # absolute http(s) URL, or None when the item has none
    published: str | None  # ISO 8601 (e.g. "2026-12-01T09:30:00+00:00"), or None
    id: str  # guid / id, else the link, else the title: the key of the read mark
    source: str | None = None  # the site the item links to (its host)


@dataclass(frozen=True, slots=True)
class Feed:
    format: FeedFormat
    title: str
    link: str | None  # the site's home page, when the feed names it
    url: str | None  # where the feed was read from (for relative links and refetching)
    items: tuple[FeedItem, ...]

    @property
    def kind_name(self) -> str:
        return FORMAT_NAMES[self.format]


def parse_feed(data: bytes, *, url: str | None = None, name: str | None = None) -> Feed:
    """Parse feed bytes; raise FeedParseError (one line, naming `name`) when they are not one."""
    from lxml import etree

    label = name or url or "feed"
    if _ENTITY_DECLARATION.search(data[:65536]):
        raise FeedParseError(f"{label}: the feed declares XML entities; refused")
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00\x00" not in data[:64]:
        data = _BYTE_ESCAPES.sub(b"", data)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as error:
        detail = sanitize_inline(str(error).splitlines()[0] if str(error) else "") or "error"
        raise FeedParseError(f"{label}: a broken feed, not well-formed XML ({detail})") from None
    except (ValueError, TypeError) as error:
        raise FeedParseError(f"{label}: a broken feed ({error})") from None
    if root is None:
        raise FeedParseError(f"{label}: a broken feed (no document)")
    root_name = _local(root)
    base = url or ""
    if root_name == "rss":
        channel = _child(root, "channel")
        if channel is None:
            raise FeedParseError(f"{label}: a broken RSS feed (no <channel>)")
        return _feed("rss", channel, _children(channel, "item"), base, url)
    if root_name == "feed":
        return _feed("atom", root, _children(root, "entry"), base, url)
    if root_name == "RDF":
        channel = _child(root, "channel")
        items = _children(root, "item")
        return _feed("rdf", channel if channel is not None else root, items, base, url)
    shown = sanitize_inline(root_name[:40]) or "?"
    raise FeedParseError(f"{label}: an XML document (<{shown}>), not a feed")


def _feed(
    fmt: FeedFormat, head: _Element, entries: list[_Element], base: str, url: str | None
) -> Feed:
    base = _xml_base(head, base)
    title = _text_of(_child(head, "title")) or _host(url) or "Untitled feed"
    link = _link(head, base)
    # A feed read from a file has no URL: its items' relative links resolve against the site.
    items = tuple(_item(entry, base or link or "") for entry in entries[:MAX_ITEMS])
    return Feed(fmt, title, link, url, items)


def _item(entry: _Element, base: str) -> FeedItem:
    base = _xml_base(entry, base)
    link = _link(entry, base)
    guid = _child(entry, "guid")
    if link is None and guid is not None and guid.get("isPermaLink", "true") != "false":
        link = clean_url(_raw_text(guid), base)
    title = _text_of(_child(entry, "title")) or ""
    published = None
    for tag in ("pubDate", "published", "updated", "date", "issued", "modified"):
        published = parse_date(_raw_text(_child(entry, tag)))
        if published:
            break
    ident = _clip(_raw_text(guid) or _raw_text(_child(entry, "id")), MAX_URL)
    ident = ident or link or title or published or "?"
    if not title:
        title = _clip(_text_of(_child(entry, "description") or _child(entry, "summary")), 80)
    return FeedItem(title or "(untitled)", link, published, ident, _host(link))


def _local(element: _Element) -> str:
    tag = getattr(element, "tag", None)
    if not isinstance(tag, str):
        return ""  # comments, entities, processing instructions
    return tag.rpartition("}")[2]


def _children(parent: _Element, name: str) -> list[_Element]:
    return [child for child in parent if _local(child) == name]


def _child(parent: _Element, name: str) -> _Element | None:
    for child in parent:
        if _local(child) == name:
            return child
    return None


def _raw_text(element: _Element | None) -> str:
    if element is None:
        return ""
    return "".join(element.itertext()).strip()


def _text_of(element: _Element | None) -> str:
    """An element's text as one clean line: markup (escaped HTML in RSS, Atom type="html")
    reduced to its words, entities decoded once, controls and invisibles removed."""
    text = _raw_text(element)
    if "<" in text or "&" in text:
        text = html.unescape(_TAG.sub(" ", text))
        text = _TAG.sub(" ", text)  # "&lt;b&gt;" decoded into a tag above
    return _clip(text, MAX_TITLE)


def _clip(text: str, limit: int) -> str:
    text = _SPACE.sub(" ", sanitize_inline(text) or "").strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _xml_base(element: _Element, base: str) -> str:
    declared = element.get("{http://www.w3.org/XML/1998/namespace}base")
    return urljoin(base, declared.strip()) if declared else base


def _link(element: _Element, base: str) -> str | None:
    """RSS <link>text</link>, or Atom <link href> (rel absent or "alternate" first)."""
    candidates: list[tuple[int, str]] = []
    for child in _children(element, "link"):
        href = child.get("href")
        if href is None:
            candidates.append((0, _raw_text(child)))
            continue
        rel = (child.get("rel") or "alternate").strip().lower()
        candidates.append((0 if rel == "alternate" else 1 if rel == "related" else 2, href))
    for _, value in sorted(candidates, key=lambda pair: pair[0]):
        url = clean_url(value, base)
        if url:
            return url
    return None


def clean_url(value: str, base: str = "") -> str | None:
    """An absolute http(s) URL from untrusted text, or None: no controls, spaces or giants."""
    value = value.strip()
    if not value or len(value) > MAX_URL or any(ord(c) < 32 or ord(c) == 127 for c in value):
        return None
    try:
        url = urljoin(base, value) if base else value
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if (sanitize_inline(url) or "") != url or " " in url:
        return None
    return url


def parse_date(text: str) -> str | None:
    """RFC 822 (RSS) or ISO 8601 (Atom, Dublin Core) to ISO 8601; None when unreadable."""
    text = text.strip()
    if not text or len(text) > 64:
        return None
    when: datetime | None = None
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.isoformat(timespec="seconds")


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def feed_found(data: bytes, *, name: str, url: str | None = None) -> FeedInputError:
    """The error `load_article` raises for a feed: one line for the CLI, the feed for the UI.

    A file's relative links resolve against nothing, so they are dropped; a fetched feed's
    resolve against its final URL.
    """
    feed = parse_feed(data, url=url, name=name)
    count = len(feed.items)
    return FeedInputError(
        f"{name}: an {feed.kind_name} feed with {count} item{'s' * (count != 1)}, not an "
        f"article (open it with 'newsreader {name}' to list them)",
        feed,
    )
