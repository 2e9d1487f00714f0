"""Hover cards inside a sentence: a name in the story opens a card with the person's photo
and links to other stories ("Ilhan Omar" → <span class="rollover-people-block"><img> Ilhan
Omar · Hillicon Valley: Progressives oppose …</span>), which the page shows only on hover.
In the text they break the sentence with headlines ("Rep. Ilhan Omar Ilhan OmarHillicon
Valley: …"). A sentence holds no picture and a list of links inside one inline element:
such an element in a paragraph is a card, and goes.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.extract.html.blocks import fold_whitespace

# A card links to the person and at least one other page.
_CARD_LINKS = 2
# Nearly all of a card's text is its links' (a name, headlines).
_CARD_LINK_SHARE = 0.8


def drop_inline_cards(body: HtmlElement) -> None:
    for card in _cards(body):
        if card.getparent() is None or not _in_tree(card, body):
            continue
        # The card opens with its picture; the name in the sentence before it stays.
        first = next(card.iter("img", "a"))
        if first.tag != "img":
            continue
        text = fold_whitespace(card.text_content() or "")
        if not text:
            continue
        linked = sum(len(fold_whitespace(a.text_content() or "")) for a in card.iter("a"))
        if linked >= _CARD_LINK_SHARE * len(text):
            card.drop_tree()  # its tail (the sentence going on) is kept


def _cards(body: HtmlElement) -> list[HtmlElement]:
    """Spans under a paragraph of `body` holding a picture and `_CARD_LINKS` links or more, in
    page order. Walked in Python: the XPath ".//p//span[...]" merged one node set per
    paragraph, quadratic in them (minutes on a page of 160,000 paragraphs)."""
    found = []
    for span in body.iter("span"):
        if span.find(".//img") is None:
            continue
        if sum(1 for _ in span.iter("a")) < _CARD_LINKS:
            continue
        for ancestor in span.iterancestors():
            if ancestor is body:
                break
            if ancestor.tag == "p":
                found.append(span)
                break
    return found


def _in_tree(element: HtmlElement, root: HtmlElement) -> bool:
    """False for a card inside a card already dropped."""
    return any(ancestor is root for ancestor in element.iterancestors())
