"""The article text a page states about itself (JSON-LD `articleBody`), as a fallback body.

Many CMSs put the whole story in the page's JSON-LD (`"articleBody": "It takes four hours to
sail to Redonda…"`) while the HTML shows it in pieces, or loads it by a script. When the body
found in the HTML is much shorter than that text, or there is none, the stated text is the
better article. It is never used when it is shorter (a teaser or a description), nor when it
does not hold what was extracted (another article's text).

`articleBody` is usually one string without paragraph breaks. It is split at its own line
breaks when it has them; else where a paragraph of the page (a <p> or <li> found whole in it)
starts and ends; what is left between those is split at sentence ends into paragraphs of a
few sentences, so a 4,000-character body does not become one block.
"""

from __future__ import annotations

import html as html_module
import itertools
import re
from collections.abc import Iterable
from typing import Any

from lxml.html import HtmlElement

from reader.article import BlockKind
from reader.extract.html.blocks import fold_whitespace

# The stated text replaces the extracted body when it is this many times longer …
_LONGER = 1.5
# … and holds one of the extracted paragraphs at least this long (the same article), unless
# what was extracted is shorter than _HOLDS_ANYTHING (a line or two).
_ANCHOR_CHARS = 80
_HOLDS_ANYTHING = 300
# A stated text shorter than this is a summary, never an article body.
_SHORTEST_BODY = 500
# A page paragraph shorter than this does not mark a paragraph break (a label, a date).
_PAGE_PARAGRAPH_CHARS = 40
_HEADING_CHARS = 12
# Unmarked text is split into paragraphs of about this many characters, at sentence ends.
_PARAGRAPH_CHARS = 600

_TAGS = re.compile(r"<[A-Za-z/!][^>]*>")
_BREAK_TAGS = re.compile(r"</?(?:p|br|div|li|h[1-6]|blockquote)\b[^>]*>", re.I)
_LINE_BREAKS = re.compile(r"\s*\n\s*")
# A sentence end: .!? (and a closing quote or bracket), a space, and a capital or opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"’)]?\s+(?=[“\"‘(]?[A-Z0-9])")


def stated_body(objects: Iterable[dict[str, Any]]) -> str | None:
    """The longest `articleBody` of the page's JSON-LD objects, tags and entities removed
    (line breaks kept where the text or its markup has them); None when there is none."""
    best = ""
    for item in objects:
        value = item.get("articleBody")
        if isinstance(value, str) and len(value) > len(best):
            best = value
    if len(best) < _SHORTEST_BODY:
        return None
    if "<" in best:
        best = _TAGS.sub(" ", _BREAK_TAGS.sub("\n", best))
    if "&" in best:
        best = html_module.unescape(best)
    text = _LINE_BREAKS.sub("\n", best).strip()
    return text if len(text) >= _SHORTEST_BODY else None


def prefer_stated(stated: str | None, blocks: list[tuple[BlockKind, str]]) -> bool:
    """True when `stated` is the better body than the extracted `blocks`: much longer, and
    the same article (it holds one of their long paragraphs, or they hold next to nothing)."""
    if not stated:
        return False
    texts = [text for kind, text in blocks if kind != "caption"]
    extracted = sum(len(text) for text in texts)
    if len(stated) < _LONGER * extracted:
        return False
    if extracted < _HOLDS_ANYTHING:
        return True
    folded = fold_whitespace(stated)
    return any(len(text) >= _ANCHOR_CHARS and text in folded for text in texts)


def stated_blocks(stated: str, page: HtmlElement | None) -> list[tuple[BlockKind, str]]:
    """`stated` split into paragraphs (see the module's docstring); a part the page shows as
    a heading (<h2>Plans for the future</h2>) is a heading."""
    headings = (
        {fold_whitespace(h.text_content() or "") for h in page.iter("h2", "h3", "h4")}
        if page is not None
        else set()
    )
    return [
        ("heading" if text in headings else "paragraph", text)
        for text in _stated_paragraphs(stated, page)
    ]


def _stated_paragraphs(stated: str, page: HtmlElement | None) -> list[str]:
    if "\n" in stated:
        return [line for line in (fold_whitespace(part) for part in stated.split("\n")) if line]
    text = fold_whitespace(stated)
    cuts = {0, len(text)}
    if page is not None:
        for element in page.iter("p", "li", "h2", "h3", "h4"):
            paragraph = fold_whitespace(element.text_content() or "")
            shortest = _PAGE_PARAGRAPH_CHARS if element.tag in ("p", "li") else _HEADING_CHARS
            if len(paragraph) < shortest:
                continue
            start = text.find(paragraph)
            if start >= 0:
                cuts.update((start, start + len(paragraph)))
    ordered = sorted(cuts)
    marked = len(ordered) > 2
    paragraphs: list[str] = []
    for start, end in itertools.pairwise(ordered):
        part = text[start:end].strip()
        if not part:
            continue
        if marked and len(part) < 3 * _PARAGRAPH_CHARS:
            paragraphs.append(part)
        else:
            paragraphs.extend(_sentence_groups(part))
    return paragraphs


def _sentence_groups(text: str) -> list[str]:
    """`text` cut at sentence ends into runs of about _PARAGRAPH_CHARS characters."""
    groups: list[str] = []
    current = ""
    position = 0
    for match in _SENTENCE_END.finditer(text):
        sentence = text[position : match.start() + len(match.group().rstrip())].strip()
        position = match.end()
        current = f"{current} {sentence}".strip()
        if len(current) >= _PARAGRAPH_CHARS:
            groups.append(current)
            current = ""
    rest = text[position:].strip()
    current = f"{current} {rest}".strip()
    if current:
        groups.append(current)
    return groups


__all__ = ["prefer_stated", "stated_blocks", "stated_body"]
