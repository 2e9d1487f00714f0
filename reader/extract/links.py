"""Hyperlinks kept with the article: which URLs are allowed, and where links sit in the text.

A link is a span of `Article.text` and an absolute http(s) URL. The URL is untrusted like the
text: it is resolved against the page, stripped of what browsers strip (tabs, newlines,
leading and trailing controls), sanitised like article text (escape sequences, controls and
invisible characters removed), percent-encoded where it still holds a space, and refused
when it is not http(s) (`javascript:`, `data:`, `file:`...)
or longer than `MAX_HREF`. Refusing a link never drops its text, only the link.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import quote, urljoin, urlsplit

from reader.article import Link
from reader.extract.sanitize import sanitize_text

# Browsers and servers cope with about 2 KB of URL; anything longer is a tracking blob or an
# attack on whatever displays it, and a cut-off URL would point somewhere else.
MAX_HREF = 2048
# An article keeps at most this many links (a link farm costs the reader nothing).
MAX_LINKS = 2000
# How far past the previous link an anchor's text is looked for in the article text.
_SEARCH_WINDOW = 20_000
_ALLOWED_SCHEMES = frozenset({"http", "https"})
# The URL standard removes ASCII tab and newline anywhere, and C0 controls and spaces at
# either end: "java\tscript:" is "javascript:" to a browser.
_STRIPPED_INSIDE = re.compile(r"[\t\n\r]")
_EDGE = "".join(chr(c) for c in range(0x21))


def clean_href(href: str | None, base: str | None) -> str | None:
    """The absolute http(s) URL `href` leads to from a page at `base`, or None."""
    if not href:
        return None
    # Escape sequences go whole ("\x1b[2J"), as in the text, after what browsers drop.
    href = sanitize_text(_STRIPPED_INSIDE.sub("", href)).strip(_EDGE)
    if not href or href.startswith("#") or len(href) > MAX_HREF:
        return None  # a jump inside this page is not a source
    try:
        absolute = urljoin(base or "", href)
        parts = urlsplit(absolute)
    except ValueError:  # "http://[::1" and other unparseable hosts
        return None
    if parts.scheme.lower() not in _ALLOWED_SCHEMES or not parts.hostname:
        return None
    absolute = "".join(quote(c, safe="") if _unsafe(c) else c for c in absolute)
    return absolute if len(absolute) <= MAX_HREF else None


# Not valid in a URL, and each would end or break the URL where it is shown or written: in
# Markdown's <...>, in a terminal's hyperlink, in an HTML attribute. Browsers encode them too.
_DELIMITERS = frozenset('<>"`{}|\\^')


def _unsafe(char: str) -> bool:
    return (
        char in _DELIMITERS
        or char.isspace()
        or unicodedata.category(char) in ("Cc", "Cf", "Cs", "Zl", "Zp")
    )


def resolve_base(page_url: str | None, base_href: str | None, canonical: str | None) -> str | None:
    """What relative links resolve against: <base href> (itself relative to the page), else
    the URL the page was fetched from, else its canonical URL."""
    fallback = page_url or canonical
    if base_href:
        resolved = clean_href(base_href, fallback)
        if resolved:
            return resolved
    return fallback


def place_anchors(
    text: str, anchors: Iterable[tuple[str, str]], *, start: int = 0
) -> tuple[Link, ...]:
    """Links for (anchor text, absolute URL) pairs in document order, each placed at the first
    occurrence of its text after the previous link. An anchor whose text the cleaning dropped
    (a furniture block) is not found and has no link; one that would cross a block boundary
    is not placed either."""
    links: list[Link] = []
    cursor = start
    for anchor, href in anchors:
        if len(links) >= MAX_LINKS:
            break
        if not anchor or "\n" in anchor:
            continue
        found = text.find(anchor, cursor, cursor + _SEARCH_WINDOW + len(anchor))
        if found < 0:
            continue
        end = found + len(anchor)
        links.append(Link(found, end, href))
        cursor = end
    return tuple(links)


# A bare URL in plain text. It ends before whitespace and before closing punctuation that
# belongs to the sentence ("(see https://x.org/a).").
_BARE_URL = re.compile(r"\bhttps?://[^\s<>\"'“”‘’«»]+", re.IGNORECASE)
_TRAILING = ".,;:!?…"


def bare_url_links(text: str) -> tuple[Link, ...]:
    """Links for the http(s) URLs written out in plain text."""
    links: list[Link] = []
    for match in _BARE_URL.finditer(text):
        start, end = match.span()
        while end > start:
            last = text[end - 1]
            unbalanced = last == ")" and text.count("(", start, end) < text.count(")", start, end)
            if last in _TRAILING or unbalanced:
                end -= 1
            else:
                break
        href = clean_href(text[start:end], None)
        if href is not None:
            links.append(Link(start, end, href))
            if len(links) >= MAX_LINKS:
                break
    return tuple(links)
