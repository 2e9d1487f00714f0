"""The paywall notice: whether the page shows only the opening of a text it keeps for
subscribers, so the reader can say so instead of presenting a teaser as the whole article.

Two signs, each checked against the length of the text found, since sites declare their
paywall to search engines and still serve the whole text to them (and so to saved pages):
- the page declares it: JSON-LD `"isAccessibleForFree": false` (or a `content_tier` meta of
  "locked"), and the text is short, or well short of the JSON-LD `wordCount`;
- the page shows it: a paywall or registration wall (class or id "paywall", "regwall") stands
  right after the text's last paragraph, and the text is short. A login link in the site's
  header, also named "paywall", stands after no paragraph of the story.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.extract.html.blocks import fold_whitespace

PAYWALL = "paywall"

_NOT_FREE = re.compile(r"""["']isAccessibleForFree["']\s*:\s*["']?false\b""", re.I)
_LOCKED = re.compile(
    r"""<meta\b[^>]*\bcontent_tier["'][^>]*\bcontent\s*=\s*["']locked["']"""
    r"""|<meta\b[^>]*\bcontent\s*=\s*["']locked["'][^>]*content_tier""",
    re.I,
)
_WORD_COUNT = re.compile(r"""["']wordCount["']\s*:\s*["']?(\d+)""")
# A text under this many words is short: a teaser, or a brief the paywall cut.
SHORT_WORDS = 400
# Well short of the declared word count: under this share of it.
_DECLARED_SHARE = 0.6
_WALL_WORDS = frozenset({"paywall", "paywalled", "regwall", "registrationwall", "loginwall"})
_WALL_CANDIDATES = (
    ".//*[contains(@class, 'wall') or contains(@id, 'wall')"
    " or contains(@class, 'Wall') or contains(@id, 'Wall')]"
)
_WORD_SPLIT = re.compile(r"[-_\s]+")
# The text before a wall compared with the text's end: its last characters.
_ENDING_CHARS = 60
_WALLS_LOOKED_AT = 5


def wall_endings(doc: HtmlElement) -> list[str]:
    """The endings of the text each paywall or registration wall on the page follows (folded,
    its last characters), read before the furniture rules remove the walls."""
    endings = []
    walls = [
        element
        for element in doc.xpath(_WALL_CANDIDATES)
        if not _WALL_WORDS.isdisjoint(_words(element))
    ]
    for wall in walls[:_WALLS_LOOKED_AT]:
        # The nearest text nodes before the wall, in document order.
        before = wall.xpath("preceding::text()[normalize-space()][position() <= 3]")
        ending = fold_whitespace("".join(str(text) for text in before))
        if ending:
            endings.append(ending[-_ENDING_CHARS:])
    return endings


def _words(element: HtmlElement) -> set[str]:
    features = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return set(_WORD_SPLIT.split(features))


def notices(html: str, walls: list[str], words: int, last_paragraph: str) -> tuple[str, ...]:
    """("paywall",) when the text of `words` words ending with `last_paragraph` is the
    opening of a text kept for subscribers (see the module docstring), else ()."""
    if _NOT_FREE.search(html) or _LOCKED.search(html):
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
