"""The standfirst: the lead a page shows between its headline and its story, in an element of
its own ("intro", "dek", "chapo", "Vorspann"), which readability leaves out when it picks the
story's container.

The page names its standfirst itself: its description (meta description, og:description,
twitter:description) is, on most news and blog pages, that lead's text. When the description
is shown on the page, is not in the pick, and ends just before the pick's opening paragraph
(a byline, a date, a photo caption between them at most), it is the article's first paragraph.
Example: <div class="tb-article-intro">In der Nacht auf Samstag haben zwei junge Lenker …</div>
above <div class="entry-content"><p>Die Kantonspolizei …</p>.
"""

from __future__ import annotations

import bisect
import copy
import re

from lxml import etree
from lxml.html import HtmlElement

from reader.extract.html.blocks import fold_whitespace

# The page's descriptions of itself, in its <head> (or anywhere, when it has none).
_DESCRIPTIONS = etree.XPath(
    ".//meta[@name='description' or @property='og:description' or @name='og:description'"
    " or @name='twitter:description' or @property='twitter:description']/@content"
)
# Whether a word stands in the text of an element.
_SHOWN = etree.XPath("boolean(.//text()[contains(., $word)])")
# A description this long is a sentence, not a tag line ("News from Basel").
_MIN_CHARS = 60
# The words compared: a description cut short ends mid-word or with an ellipsis.
_KEY_CHARS = 60
# Text allowed between the standfirst and the pick's opening: a byline, a date, a caption.
_MAX_GAP = 600
_RAW_REACH = 20 * _MAX_GAP
# The standfirst's element holds one paragraph (the description may be cut short of it),
# opened at most by a label ("Kurz gesagt:", a date).
_LEAD_CHARS = 700
_LABEL_CHARS = 40
# A paragraph this long is the pick's own opening, not a dateline.
_OPENING_CHARS = 80
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$")
_BLOCKS = frozenset(["p", "div", "section", "header", "blockquote", "td", "li"])
# A description shown as a heading under the headline is a subtitle, read with the title.
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])


def descriptions(doc: HtmlElement) -> list[str]:
    """The page's descriptions of itself, folded, without a closing ellipsis; each once."""
    head = doc.find("head")
    found: dict[str, None] = {}
    for content in _DESCRIPTIONS(head if head is not None else doc):
        text = _ELLIPSIS.sub("", fold_whitespace(str(content)))
        if len(text) >= _MIN_CHARS:
            found[text] = None
    return list(found)


def add_standfirst(doc: HtmlElement, body: HtmlElement) -> None:
    """Put the page's standfirst at the top of `body` (readability's pick, a copy out of
    `doc`) when the pick leaves it out; see the module docstring."""
    wanted = descriptions(doc)
    if not wanted:
        return
    picked = fold_whitespace(body.text_content() or "")
    wanted = [d for d in wanted if _key(d) not in picked]
    opening = next(
        (
            text
            for p in body.iter("p")
            if len(text := fold_whitespace(p.text_content() or "")) >= _OPENING_CHARS
        ),
        None,
    )
    if not wanted or opening is None:
        return
    root = doc.find("body")
    if root is None:
        return
    # A quick test in C first: most descriptions are not shown on the page at all.
    wanted = [d for d in wanted if _SHOWN(root, word=max(d[:_KEY_CHARS].split(), key=len))]
    if not wanted:
        return
    raw = "".join(root.itertext())
    nodes: list[str] = []  # the text nodes, with their elements, looked up once needed
    starts: list[int] = []
    opening_words: re.Pattern[str] | None = None  # compiled once needed: a long opening
    # takes milliseconds to compile, and most descriptions are not found in `raw` at all
    for description in wanted:
        for shown in _words(_key(description)).finditer(raw):
            # The opening follows within a few hundred characters (more in raw text, which
            # holds the markup's indentation).
            if opening_words is None:
                opening_words = _words(opening)
            near = opening_words.search(raw, shown.end(), shown.end() + _RAW_REACH)
            if near is None:
                continue
            if not nodes:
                nodes = root.xpath(".//text()")
                starts = _offsets(nodes)
            lead = _element_of(nodes, starts, shown.start(), shown.end())
            if lead is None or any(a.tag == "a" for a in lead.iterancestors()):
                continue
            text = fold_whitespace(lead.text_content() or "")
            if text.find(_key(description)) > _LABEL_CHARS or len(text) > _LEAD_CHARS:
                continue
            # The text between the description and the opening, less the lead's own rest.
            between = len(fold_whitespace(raw[shown.start() : near.start()])) - len(text)
            if between > _MAX_GAP:
                continue
            body.insert(0, _as_paragraph(lead))
            return


def _key(description: str) -> str:
    """The description's opening words, as far as a cut-short copy still shows them."""
    if len(description) <= _KEY_CHARS:
        return description
    # Cut at a space, unless the text has few (Chinese, Japanese): then at the length.
    words = description[:_KEY_CHARS].rsplit(" ", 1)[0]
    return words if len(words) >= _KEY_CHARS // 2 else description[:_KEY_CHARS]


def _words(text: str) -> re.Pattern[str]:
    """`text` as a pattern that matches it with any whitespace between its words."""
    return re.compile(r"\s+".join(re.escape(word) for word in text.split()))


def _offsets(nodes: list[str]) -> list[int]:
    starts = []
    position = 0
    for node in nodes:
        starts.append(position)
        position += len(node)
    return starts


def _owner(node: str) -> HtmlElement:
    """The element a text node belongs to: its parent's, or for a tail, its parent's parent."""
    parent = node.getparent()  # type: ignore[attr-defined]
    return parent.getparent() if node.is_tail else parent  # type: ignore[attr-defined]


def _element_of(nodes: list[str], starts: list[int], start: int, end: int) -> HtmlElement | None:
    """The innermost block element holding the text from `start` to `end` of the page."""
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_right(starts, max(end - 1, start)) - 1
    owners = [_owner(nodes[i]) for i in range(first, last + 1)]
    common = [owners[0], *owners[0].iterancestors()]
    for owner in owners[1:]:
        chain = {owner, *owner.iterancestors()}
        common = [element for element in common if element in chain]
    block = next((element for element in common if element.tag in _BLOCKS | _HEADINGS), None)
    return None if block is None or block.tag in _HEADINGS else block


def _as_paragraph(element: HtmlElement) -> HtmlElement:
    lead = copy.deepcopy(element)
    lead.tail = None
    if lead.find(".//p") is not None or lead.find(".//div") is not None:
        lead.tag = "div"
    elif lead.tag not in ("p", "blockquote"):
        lead.tag = "p"
    for attribute in ("class", "id"):
        lead.attrib.pop(attribute, None)
    return lead
