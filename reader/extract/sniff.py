"""What an input is, judged by its bytes rather than its name: HTML, plain text, or not an
article at all (binary files, feeds, images).

File extensions lie (a saved page called `story`, a `.txt` that holds HTML), so the content
decides; the extension only breaks ties.
"""

from __future__ import annotations

import re
from typing import Literal

from reader.errors import FeedInputError, NotAnArticleError
from reader.extract.decoding import sniff_bom, sniff_utf16_without_bom

Kind = Literal["html", "text"]

# Magic numbers of common binary formats, named in the error so the user knows what they gave.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or office document)"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a media file"),
    (b"OggS", "a media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00\x18ftyp", "a video file"),
    (b"\x00\x00\x00\x20ftyp", "a video file"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ", "xz data"),
)
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAG = re.compile(rb"<(?:p|div|article|body|br|h[1-6]|span|a\s+href|title|meta)\b", re.I)
_HTML_STRUCTURE = re.compile(rb"<(?:html|head|body)[\s>]", re.I)
_XML_DOC = re.compile(
    rb"^\s*<\?xml[^>]*>\s*(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([\w:-]+)", re.I | re.S
)
_FEED_ROOTS = {b"rss": "an RSS feed", b"feed": "an Atom feed", b"rdf:rdf": "an RDF feed"}
# A feed without the XML prolog (many are served that way) still opens with its root.
_BARE_FEED = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(rss|feed|rdf:rdf)\b(?=[^>]*(?:>|$))", re.I | re.S
)
_SVG_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg\b", re.I | re.S
)


def sniff_kind(data: bytes, name: str, content_type: str | None = None) -> Kind:
    """Decide whether `data` is HTML or plain text; raise NotAnArticleError otherwise."""
    if not data.strip():
        raise NotAnArticleError(f"{name}: empty input, no article to read")
    head = data[:4096]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise NotAnArticleError(f"{name}: {what}, not an article")
    unicode_head = _as_ascii_compatible(head)
    if unicode_head is None:
        raise NotAnArticleError(f"{name}: binary data, not an article")
    if _SVG_START.match(unicode_head):
        raise NotAnArticleError(f"{name}: an SVG image, not an article")
    xml = _XML_DOC.match(unicode_head) or _BARE_FEED.match(unicode_head)
    if xml:
        root = xml.group(1).lower()
        if root in _FEED_ROOTS:
            # Not an article, but not a dead end: reader.extract.load_article parses it.
            raise FeedInputError(f"{name}: {_FEED_ROOTS[root]}, not an article")
        if root != b"html" and not _has_html_structure(unicode_head):
            raise NotAnArticleError(f"{name}: an XML document (<{root.decode()}>), not an article")
        return "html"
    if content_type in ("text/html", "application/xhtml+xml"):
        return "html"
    if _HTML_START.match(unicode_head):
        return "html"
    if content_type == "text/plain":
        return "text"
    lower = name.lower()
    if lower.endswith((".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")):
        return "html"
    # Plain text with a few tags in it is still text; a page full of them is HTML.
    return "html" if len(_HTML_TAG.findall(unicode_head)) >= 3 else "text"


def _has_html_structure(head: bytes) -> bool:
    """An <html>, <head> or <body> element, or several common HTML tags: what the document is.

    The first line decides nothing: pages open with broken XML prologs ('<?xml ...' without
    its '?>', or followed by <head>, <meta> or <script> before <html>) that browsers and
    readability read as HTML without complaint.
    """
    return bool(_HTML_STRUCTURE.search(head)) or len(_HTML_TAG.findall(head)) >= 3


def _as_ascii_compatible(head: bytes) -> bytes | None:
    """The head as ASCII-compatible bytes for pattern matching, or None if it is binary.

    UTF-16/32 text (with or without a BOM) is transcoded so the same patterns apply to it.
    """
    bom = sniff_bom(head)
    encoding = bom[0] if bom else sniff_utf16_without_bom(head)
    if encoding and encoding != "utf-8":
        text = head[bom[1] if bom else 0 :].decode(encoding, errors="replace")
        head = text.encode("utf-8", errors="replace")
    elif bom:
        head = head[bom[1] :]
    # Text has few control bytes; binary data is full of them (random bytes: about 12%).
    # A stray NUL or escape in a real page is hostile text, not a reason to refuse it.
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if controls > max(4, len(head) // 50):
        return None
    return head
