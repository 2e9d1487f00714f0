"""Section headings for the segments readability merges into its pick.

readability-lxml 0.9 moves the other segments of an article (elements of the pick's tag and
content class elsewhere in the article's frame) into the pick, before or after its own text.
It moves each segment alone: on a page made of sections (`<div class="section"><h2>…</h2>
<div class="section-text">…</div></div>`, an org-mode, Sphinx or CMS export) the headings of
the merged sections stay behind, and the pick's own heading, which readability adds as a
preamble beside the pick, ends up above the sections that come before it.

Here each merged segment takes the heading just before it along, and the pick's own heading
moves to where its section starts, after the segments merged before it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lxml.html import HtmlElement

HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _heading_before(element: HtmlElement) -> HtmlElement | None:
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()  # a comment between them
    if previous is None or previous.tag not in HEADING_TAGS:
        return None
    return previous


def merge_with_headings(
    best: HtmlElement, candidates: Iterable[HtmlElement], merge: Callable[[], None]
) -> None:
    """Run readability's `merge` of segments into `best`, then put each merged segment's
    heading back before it and `best`'s own heading before its own text."""
    headings = {
        element: heading
        for element in candidates
        if element is not best and (heading := _heading_before(element)) is not None
    }
    own = list(best)
    own_heading = _heading_before(best)
    merge()
    if not headings:
        return
    kept = set(own)
    merged = [element for element in best if element not in kept]
    for segment in merged:
        heading = headings.get(segment)
        if heading is not None and heading.getparent() is not best:
            segment.addprevious(heading)
    first_own = next((element for element in best if element in kept), None)
    merged_before = first_own is not None and best.index(first_own) > 0
    if own_heading is not None and merged_before and first_own is not None:
        first_own.addprevious(own_heading)
