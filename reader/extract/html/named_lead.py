"""The lead a page names itself: an element whose class or id says "intro", "chapo", "lead",
"standfirst", "Vorspann" (one word of its name, camelCase split too: "articleLead" names it,
"leaderboard" does not), between the headline and the story's container that readability
picks alone.

The standfirst module finds a lead by the page's description; many leads are not the
description (telebasel's `tb-article-intro`, Le Monde diplomatique's `chapo`). A heading
under the headline stays a subtitle, even one that says the description in a sentence
(`<h2 class="sub-head" itemprop="description">`): the 181 pages' gold leaves those out,
trafilatura's annotators keep them (measured: 181 tuning 0.984 -> 0.982, trafilatura tuning
two pages up). A named lead opens the article when it is not in the pick, reads as prose (a
sentence of 60 characters or more, not a link or a list; of a lead of several paragraphs,
the first ends a sentence) and ends just before the pick's opening paragraph (a byline, a
date, a caption between them at most).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

from reader.extract.html.blocks import fold_whitespace
from reader.extract.html.standfirst import _as_paragraph, _key

# The words of a class or id that name a lead, in the languages of the pages read.
LEAD_NAMES = frozenset(
    [
        "intro",
        "lead",
        "lede",
        "dek",
        "standfirst",
        "chapo",
        "chapeau",
        "vorspann",
        "entradilla",
        "sumario",
        "abstract",
        "summary",
    ]
)
# Words of a class or id: "tb-article-intro", "Post__lead", "articleLead".
_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_LEAD_TAGS = ("div", "p", "section", "header", "h2", "h3")
# A quick test of an element's names before they are split into words.
_MENTIONS_NAME = re.compile("|".join(sorted(LEAD_NAMES)), re.I)
# A lead is a paragraph or a few: prose of this many characters at least and at most.
_MIN_CHARS = 60
_MAX_CHARS = 3000
# A lead's text ends a sentence (a closing quote or bracket may follow the stop).
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)\]]*$")
# Text allowed between the lead and the pick's opening (a byline, a date, a caption).
_MAX_GAP = 600
_OPENING_CHARS = 80
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _named_lead(element: HtmlElement) -> bool:
    names = f"{element.get('class', '')} {element.get('id', '')}"
    if not _MENTIONS_NAME.search(names):
        return False
    return any(word.lower() in LEAD_NAMES for word in _NAME_WORD.findall(names))


def _prose(element: HtmlElement) -> str | None:
    """The element's text when it reads as a lead: a sentence, not a link or a list."""
    text = fold_whitespace(element.text_content() or "")
    # A lead of a few paragraphs (a live blog's summary) ends its first one with a sentence.
    first = element.find(".//p")
    opening = fold_whitespace(first.text_content() or "") if first is not None else text
    if not _MIN_CHARS <= len(text) <= _MAX_CHARS or not _SENTENCE_END.search(opening):
        return None
    linked = sum(len(fold_whitespace(a.text_content() or "")) for a in element.iter("a"))
    if linked > len(text) / 2 or any(a.tag == "a" for a in element.iterancestors()):
        return None
    if element.find(".//li") is not None or element.find(".//form") is not None:
        return None
    return text


def _following_text(element: HtmlElement, limit: int) -> str:
    """The page's text after `element` (not its own), in page order, up to about `limit`
    characters of it (whitespace included: the markup's indentation counts, so a little
    more is read than the folded text needs)."""
    chunks: list[str] = []
    total = 0
    node: HtmlElement | None = element
    while node is not None and total < 4 * limit:
        for chunk in (node.tail or "", *(t for s in node.itersiblings() for t in _all_text(s))):
            chunks.append(chunk)
            total += len(chunk)
            if total >= 4 * limit:
                break
        node = node.getparent()
    return "".join(chunks)


def _all_text(element: HtmlElement) -> Iterator[str]:
    if isinstance(element.tag, str):
        yield from element.itertext()
    yield element.tail or ""


def add_named_lead(doc: HtmlElement, body: HtmlElement) -> None:
    """Put the lead the page names at the top of `body` (readability's pick, out of `doc`)
    when the pick leaves it out; see the module docstring."""
    opening = next(
        (
            text
            for p in body.iter("p")
            if len(text := fold_whitespace(p.text_content() or "")) >= _OPENING_CHARS
        ),
        None,
    )
    root = doc.find("body")
    if opening is None or root is None:
        return
    found = [e for e in root.iter(_LEAD_TAGS) if _named_lead(e)]
    if not found:
        return
    picked = fold_whitespace(body.text_content() or "")
    opening_key = opening[:_OPENING_CHARS]
    for element in found:
        lead_text = _prose(element)
        if lead_text is None or _key(lead_text) in picked or opening_key in lead_text:
            continue
        # The pick's opening follows the lead, a byline, a date or a caption between them.
        after = fold_whitespace(_following_text(element, _MAX_GAP + 2 * _OPENING_CHARS))
        if not 0 <= after.find(opening_key) <= _MAX_GAP:
            continue
        lead = _as_paragraph(element)
        if lead.tag in _HEADING_TAGS:
            lead.tag = "p"
        for heading in lead.iter(*_HEADING_TAGS):
            heading.tag = "span" if lead.tag == "p" else "p"
        body.insert(0, lead)
        return
