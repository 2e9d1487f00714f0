"""Turn an (already cleaned) HTML tree into typed article blocks, in reading order.

Text is gathered element by element, never with `text_content()`, which glues words across
table cells and list items ("OHAug"): every block-level boundary and every cell starts a new
word. Whitespace inside a block is folded to single spaces, except in preformatted text.
The walk is iterative, so a page nested thousands of levels deep cannot exhaust the stack.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

from reader.article import BlockKind

# Elements that start a block of their own, with the kind they give it.
_BLOCK_KIND: dict[str, BlockKind] = {
    "p": "paragraph",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "blockquote": "quote",
    "li": "list_item",
    "dt": "list_item",
    "dd": "list_item",
    "pre": "preformatted",
    "figcaption": "caption",
    "caption": "caption",
}
# Block-level containers: they end the text before them but give no kind of their own.
_CONTAINERS = frozenset(
    {
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "figure",
        "ul",
        "ol",
        "dl",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "form",
        "fieldset",
        "address",
        "center",
        "details",
        "summary",
        "body",
        "html",
        "hr",
    }
)
# Inline elements that still separate words ("<td>OH</td><td>Aug</td>").
_WORD_BREAKS = frozenset({"td", "th", "br", "img", "wbr", "button", "label", "option"})
# Elements whose text is never article text.
SKIPPED_TAGS = _SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "select",
        "textarea",
        "button",
        "input",
        "head",
        "title",
        "meta",
        "link",
        "rt",  # ruby annotations (furigana) would interleave with the text they annotate
        "rp",
    }
)
# A kind inherited by every block inside it: a paragraph in a quote is part of the quote.
_ENCLOSING: dict[str, BlockKind] = {
    "blockquote": "quote",
    "li": "list_item",
    "figcaption": "caption",
    "caption": "caption",
}


def fold_whitespace(text: str) -> str:
    return " ".join(text.split())


def _tag(element: HtmlElement) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def iter_blocks(root: HtmlElement) -> Iterator[tuple[BlockKind, str]]:
    """(kind, text) for every non-empty block under `root`, in document order.

    Two <br>s in a row end a block too: many pages separate paragraphs only that way.
    """
    buffer: list[str] = []
    # The kind of each open block or container; loose text takes the innermost one.
    kinds: list[BlockKind] = []
    breaks = 0  # <br>s since the last text

    def add(text: str | None) -> None:
        nonlocal breaks
        if text:
            buffer.append(text)
            if not text.isspace():
                breaks = 0

    def current_kind() -> BlockKind:
        return kinds[-1] if kinds else "paragraph"

    def flush() -> Iterator[tuple[BlockKind, str]]:
        nonlocal breaks
        breaks = 0
        if buffer:
            text = fold_whitespace("".join(buffer))
            buffer.clear()
            if text:
                yield current_kind(), text

    # Explicit stack of (element, entering?) so depth costs heap, not recursion.
    stack: list[tuple[HtmlElement, bool]] = [(root, True)]
    while stack:
        element, entering = stack.pop()
        tag = _tag(element)
        tail = element.tail if element is not root else None
        if not entering:
            if tag in _WORD_BREAKS:
                buffer.append(" ")
            if tag in _BLOCK_KIND or tag in _CONTAINERS:
                yield from flush()
                kinds.pop()
            add(tail)
        elif tag in _SKIP or not tag:
            # Comments and processing instructions: only their tail is text.
            add(tail)
        elif tag == "br":
            breaks += 1
            if breaks == 2:
                yield from flush()
            buffer.append(" ")
            add(tail)
        elif tag == "pre":
            yield from flush()
            text = _preformatted_text(element).strip("\n")
            if text.strip():
                kind: BlockKind = "quote" if "quote" in kinds else "preformatted"
                yield kind, text.rstrip()
            add(tail)
        else:
            block_kind = _BLOCK_KIND.get(tag)
            if block_kind is not None or tag in _CONTAINERS:
                yield from flush()
                enclosing = next((k for k in reversed(kinds) if k in _ENCLOSING.values()), None)
                if block_kind == "caption" and enclosing == "list_item":
                    enclosing = None  # a gallery laid out as a list: its captions are captions
                kinds.append(enclosing or block_kind or current_kind())
            elif tag in _WORD_BREAKS or (buffer and _label_after_figure(element, buffer[-1])):
                buffer.append(" ")
            add(element.text)
            stack.append((element, False))
            stack.extend((child, True) for child in reversed(element))
    yield from flush()


# The end of a figure ("33%", "28,140") and the start of a word ("of", "Cases").
_FIGURE_END = re.compile(r"[0-9%]$")
_WORD_START = re.compile(r"[^\W\d_]+")
# Suffixes written in an element of their own right after a number: ordinals ("2<i>nd</i>")
# and units ("<span>31</span><span>g</span>" in a recipe's nutrition box reads "31g").
_NUMBER_SUFFIXES = frozenset(
    [
        "st",
        "nd",
        "rd",
        "th",
        "e",
        "er",
        "re",
        "eme",
        "ème",
        "o",
        "a",
        "g",
        "mg",
        "kg",
        "mcg",
        "µg",
        "kcal",
        "cal",
        "kj",
        "iu",
        "ml",
        "cl",
        "dl",
        "l",
        "oz",
        "lb",
        "lbs",
        "km",
        "m",
        "cm",
        "mm",
        "h",
        "min",
        "s",
        "ms",
        "kb",
        "mb",
        "gb",
        "tb",
        "k",
        "bn",
        "x",
        "px",
        "pt",
        "kw",
        "kwh",
        "mw",
        "w",
        "v",
        "hz",
        "ghz",
        "mhz",
    ]
)


def _label_after_figure(element: HtmlElement, before: str) -> bool:
    """Whether `element` starts a new word though nothing separates it from the element
    before it: a stat box's figure and its label in adjacent spans, laid out apart by CSS
    ('<span>33%</span><span>of voters</span>' is "33% of voters"). Not a superscript, an
    ordinal suffix or a unit ("3<sup>rd</sup>", "2<i>nd</i>", "31<span>g</span>")."""
    previous = element.getprevious()
    if previous is None or previous.tail or _tag(element) in ("sup", "sub"):
        return False
    word = _WORD_START.match(element.text or "")
    return (
        word is not None
        and word.group().lower() not in _NUMBER_SUFFIXES
        and _FIGURE_END.search(before) is not None
    )


def _preformatted_text(pre: HtmlElement) -> str:
    """The text of a <pre> as shown: its whitespace as written, and a line break per <br>."""
    parts = [pre.text or ""]
    for element in pre.iterdescendants():
        tag = _tag(element)
        if tag == "br":
            parts.append("\n")
        elif tag and tag not in _SKIP and element.text:
            parts.append(element.text)
        if element.tail:
            parts.append(element.tail)
    return "".join(parts)


def element_text(element: HtmlElement) -> str:
    """The element's text with word boundaries kept and whitespace folded."""
    return " ".join(text for _, text in iter_blocks(element))
