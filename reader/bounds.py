"""Shapes of input that would make a later stage quadratic or memory-hungry, caught before it.

The size cap (--max-size) bounds bytes, but some stages cost more per piece than per byte:
libxml2 and htmldate compare every pair of attributes of one element (100,000 attributes took
61 s), and cleaning and analysis keep several objects per element or paragraph (a million
`<p>a.</p>` took 1.15 GiB). So, before parsing:

- an element's attributes beyond `MAX_ATTRIBUTES` are dropped (real pages use at most a few
  dozen; the 181 pages of the extraction benchmark at most 71);
- a page with more elements, or a text with more paragraphs, than `piece_budget(max_bytes)`
  is refused with one line (the biggest benchmark page has 1,737 elements; the budget at the
  default 10 MiB cap is 40,960), or more attributes in all than eight per element of that
  budget (327,680; the benchmark pages have at most 10,000: 2 million attributes in 10 MB took
  760 MiB). The budget grows with --max-size: one knob for the user.

Each check is one linear scan. Plain Python, no Textual.
"""

from __future__ import annotations

import re

from reader.errors import NotAnArticleError

MAX_ATTRIBUTES = 256
BYTES_PER_PIECE = 256  # the budget: one element or paragraph per 256 bytes of the cap
ATTRIBUTES_PER_PIECE = 8  # and eight attributes per element of the budget, on average
# A start tag followed by a long run without "<": the only place a huge tag can be.
_LONG_TAG = re.compile(r"<([A-Za-z][^\s<>/]*)([^<]{4096,})")
_ATTRIBUTE = re.compile(r"""\s*([^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)""")
_TAG_END = re.compile(r"\s*/?\s*>")
_START_TAG = re.compile(r"<[A-Za-z]")
_TAG_TEXT = re.compile(r"<[A-Za-z][^<>]*")
_SPACES = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


def piece_budget(max_bytes: int) -> int:
    """How many elements (HTML) or paragraphs (text) an input under `max_bytes` may have."""
    return max(10_000, max_bytes // BYTES_PER_PIECE)


def bound_markup(html: str, name: str, max_bytes: int) -> str:
    """`html` with excess attributes dropped; refuses a page with too many elements."""
    budget = piece_budget(max_bytes)
    elements = len(_START_TAG.findall(html))  # counted in C, not by a generator
    if elements > budget:
        raise NotAnArticleError(_too_many(name, f"{elements:,} elements", budget, max_bytes))
    html = _LONG_TAG.sub(_trim_attributes, html)
    # Each attribute costs some hundred bytes in the parsed trees: bound them all together
    # too (the words inside start tags, an upper bound of their attributes).
    # One scan over the tags joined by "<" (not a space, so no two runs merge) counts the
    # same runs as a scan per tag, without a Python call for each of the page's tags.
    attributes = len(_SPACES.findall("<".join(_TAG_TEXT.findall(html))))
    if attributes > budget * ATTRIBUTES_PER_PIECE:
        limit = budget * ATTRIBUTES_PER_PIECE
        raise NotAnArticleError(_too_many(name, f"{attributes:,} attributes", limit, max_bytes))
    return html


def bound_text(text: str, name: str, max_bytes: int) -> None:
    """Refuses a plain text with more paragraphs than the budget."""
    budget = piece_budget(max_bytes)
    paragraphs = sum(1 for _ in _PARAGRAPH_BREAK.finditer(text)) + 1
    if paragraphs > budget:
        raise NotAnArticleError(_too_many(name, f"{paragraphs:,} paragraphs", budget, max_bytes))


def _trim_attributes(match: re.Match[str]) -> str:
    """Read the tag's attributes one by one (quotes may hold ">"); keep the first ones."""
    run = match.group(2)
    attributes: list[str] = []
    position = 0
    while (attribute := _ATTRIBUTE.match(run, position)) is not None:
        attributes.append(attribute.group(1))
        position = attribute.end()
    end = _TAG_END.match(run, position)
    if end is None or len(attributes) <= MAX_ATTRIBUTES:
        return match.group(0)  # not a tag we can read, or not a long one: as it was
    kept = " ".join(attributes[:MAX_ATTRIBUTES])
    return f"<{match.group(1)} {kept}>{run[end.end() :]}"


def _too_many(name: str, what: str, budget: int, max_bytes: int) -> str:
    return (
        f"{name}: {what}, more than the {budget:,} an article under the "
        f"{max_bytes // (1024 * 1024) or 1} MiB limit may have (raise it with --max-size)"
    )
