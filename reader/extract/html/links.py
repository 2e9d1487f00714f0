"""The hyperlinks of the cleaned article body, as (anchor text, absolute URL) in page order.

The anchors are read from the same tree blocks.py turns into text, and their text is folded
and sanitised the same way, so `reader.extract.links.place_anchors` finds each one in the
article text. Anchors inside elements that never become text (scripts, forms) are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml.html import HtmlElement

from reader.extract.html.blocks import SKIPPED_TAGS, element_text
from reader.extract.links import MAX_LINKS, clean_href
from reader.extract.sanitize import sanitize_inline


def base_href(doc: HtmlElement) -> str | None:
    """The page's first <base href>, as written (it may itself be relative)."""
    for base in doc.iter("base"):
        href = base.get("href")
        if href and href.strip():
            return href
    return None


def body_anchors(body: HtmlElement, base: str | None) -> Iterator[tuple[str, str]]:
    """(anchor text, absolute http(s) URL) for each usable <a href> under `body`."""
    count = 0
    for anchor in body.iter("a"):
        if count >= MAX_LINKS:
            return
        href = clean_href(anchor.get("href"), base)
        if href is None or _hidden(anchor):
            continue
        text = sanitize_inline(element_text(anchor))
        if text:
            count += 1
            yield text, href


def _hidden(anchor: HtmlElement) -> bool:
    """True inside a skipped element or another anchor (nested anchors are invalid HTML,
    and the outer one already covers the text)."""
    for ancestor in anchor.iterancestors():
        tag = ancestor.tag.lower() if isinstance(ancestor.tag, str) else ""
        if tag in SKIPPED_TAGS or tag == "a":
            return True
    return False
