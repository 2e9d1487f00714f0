"""The paywall notice: whether the page shows only the opening of a text it keeps for
subscribers, so the reader can say so instead of presenting a teaser as the whole article.

Two signs, each checked against the length of the text found, since sites declare their
paywall to search engines and still serve the whole text to them (and so to saved pages):
- the page declares it: JSON-LD `"isAccessibleForFree": false` (or a `content_tier` meta of
  "locked"), and the text is short, or (under 1,000 words) well short of the JSON-LD
  `wordCount`;
- the page shows it: a paywall or registration wall (class or id "paywall", "regwall") stands
  right after the text's last paragraph, and the text is short. A login link in the site's
  header, also named "paywall", stands after no paragraph of the story.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.extract.html.blocks import fold_whitespace

PAYWALL = "paywall"

# Each read where its key word stands (found with str.find: a regular expression searched
# over a whole page costs a millisecond).
_NOT_FREE_KEY = "isAccessibleForFree"
_NOT_FREE = re.compile(r"""isAccessibleForFree["']?\s*:\s*["']?false\b""", re.I)
_LOCKED_KEY = "content_tier"
# The <meta> around the key: content="locked" on either side of it.
_LOCKED = re.compile(r"""content\s*=\s*["']locked["']""", re.I)
_META_REACH = 200
_WORD_COUNT = re.compile(r"""["']wordCount["']\s*:\s*["']?(\d+)""")
# A text under this many words is short: a teaser, or a brief the paywall cut.
SHORT_WORDS = 400
# The declared signs are read only for a text under this many words: a longer one is no
# teaser, and searching a page's markup costs half a millisecond.
_LONG_WORDS = 1000
# Well short of the declared word count: under this share of it.
_DECLARED_SHARE = 0.6
_WALL_WORDS = frozenset({"paywall", "paywalled", "regwall", "loginwall"})
_WORD_SPLIT = re.compile(r"[-_\s]+")
# The text before a wall compared with the text's end: its last characters.
_ENDING_CHARS = 60
_WALLS_LOOKED_AT = 5


def note_wall(element: HtmlElement, endings: list[str]) -> None:
    """Add to `endings` the ending of the text before `element` (folded, its last characters)
    when it is a paywall or registration wall; called by the furniture rule as it removes
    each region, so no extra walk of the page is needed."""
    if len(endings) < _WALLS_LOOKED_AT and not _WALL_WORDS.isdisjoint(_words(element)):
        ending = _text_before(element)
        if ending:
            endings.append(ending[-_ENDING_CHARS:])


def _declares_paywall(html: str) -> bool:
    """JSON-LD isAccessibleForFree false, or a content_tier meta of "locked"."""
    at = html.find(_NOT_FREE_KEY)
    while at >= 0:
        if _NOT_FREE.match(html, at):
            return True
        at = html.find(_NOT_FREE_KEY, at + 1)
    at = html.find(_LOCKED_KEY)
    while at >= 0:
        start = html.rfind("<", max(0, at - _META_REACH), at)
        end = html.find(">", at, at + _META_REACH)
        if start >= 0 and end >= 0 and _LOCKED.search(html, start, end):
            return True
        at = html.find(_LOCKED_KEY, at + 1)
    return False


def _text_before(element: HtmlElement) -> str:
    """The last characters of the page's text before `element`, folded: read backwards
    through its preceding siblings and its ancestors' own text until there are enough."""
    parts: list[str] = []  # in reverse document order
    length = 0
    node = element
    while length < _ENDING_CHARS:
        previous = node.getprevious()
        if previous is not None:
            read = [previous.tail or "", previous.text_content() or ""]
            node = previous
        else:
            parent = node.getparent()
            if parent is None:
                break
            read = [parent.text or ""]
            node = parent
        parts += read
        length += sum(len(text.strip()) for text in read)
    return fold_whitespace("".join(reversed(parts)))


def _words(element: HtmlElement) -> set[str]:
    features = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return set(_WORD_SPLIT.split(features))


def notices(html: str, walls: list[str], words: int, last_paragraph: str) -> tuple[str, ...]:
    """("paywall",) when the text of `words` words ending with `last_paragraph` is the
    opening of a text kept for subscribers (see the module docstring), else ()."""
    if words < _LONG_WORDS and _declares_paywall(html):
        declared = _WORD_COUNT.search(html)
        if declared is not None:
            if words < _DECLARED_SHARE * int(declared.group(1)):
                return (PAYWALL,)
        elif words < SHORT_WORDS:
            return (PAYWALL,)
    if words < SHORT_WORDS and walls:
        ending = fold_whitespace(last_paragraph)
        if any(ending.endswith(wall) for wall in walls):
            return (PAYWALL,)
    return ()
