"""Page furniture removal: small pure rules over the lxml tree, before and after readability.

Each rule is a function that changes the tree it is given (or filters a block list) and has
a small HTML test of its own. The rules are general (tags, ARIA roles, class/id words that
mean the same thing on every site), never tuned to one site, and each one refuses to touch an
element that holds most of the page's prose, so a badly named wrapper cannot take the article
with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.html import HtmlElement

from reader.article import BlockKind
from reader.html_blocks import element_text, fold_whitespace
from reader.metadata import PageMetadata

# Elements that never hold article text. <object>/<embed> are plug-ins; <base href> would
# make readability resolve links against a foreign host.
_NON_CONTENT_TAGS = (
    "script",
    "style",
    "template",
    "object",
    "embed",
    "applet",
    "base",
    "link",
    "svg",
    "canvas",
    "button",
    "input",
    "select",
    "textarea",
    "dialog",
    "map",
)
_FURNITURE_TAGS = ("nav", "footer", "aside", "menu")
_FURNITURE_ROLES = frozenset(
    {
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "search",
        "dialog",
        "alertdialog",
        "menu",
        "menubar",
        "toolbar",
        "tablist",
    }
)
# Class/id words of boilerplate regions, matched as whole words within class/id tokens.
_FURNITURE_WORDS = re.compile(
    r"(?:^|[-_ ])(?:"
    r"share|sharing|social|sociallinks|share-?bar|sharetools|"
    r"related|relatedlinks|more-?stories|read-?more|recommended|recommendations|"
    r"newsletter|subscribe|subscription|signup|sign-?up|paywall|"
    r"cookie|cookies|consent|gdpr|"
    r"comments?|disqus|respond|"
    r"breadcrumbs?|pagination|"
    r"popular|most-?read|most-?popular|trending|"
    r"advert|advertisement|ads?|ad-?slot|ad-?container|sponsored|promo|outbrain|taboola|"
    r"tags|tag-?list|topics|keywords|"
    r"print|toolbar|tools|"
    r"author-?bio|about-?the-?author|"
    r"skip-?link|sr-only|visually-?hidden|screen-?reader-?text|hidden"
    r")(?:$|[-_ ])",
    re.I,
)
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.I)
# Embedded posts the story quotes: readability deletes anything whose class mentions
# tweet/twitter, so these are renamed to a neutral class before it runs.
_EMBEDDED_POST = re.compile(r"twitter-tweet|instagram-media|tiktok-embed|fb-post|bluesky", re.I)
_READABILITY_UNLIKELY = re.compile(r"tweet|twitter", re.I)

# A region holding at least this share of the page's paragraph text is the article, whatever
# its class says.
_PROTECT_SHARE = 0.4


def clean_before(doc: HtmlElement, metadata: PageMetadata) -> None:
    """Rules run on the parsed page before readability scores it."""
    drop_non_content(doc)
    drop_hidden(doc)
    keep_embedded_posts(doc)
    unwrap_page_forms(doc)
    drop_furniture(doc)


def clean_after(body: HtmlElement, metadata: PageMetadata) -> None:
    """Rules run on readability's article element."""
    mark_captions(body)


# --- before readability ---------------------------------------------------------------------


def drop_non_content(doc: HtmlElement) -> None:
    """Scripts, styles, plug-ins, form controls and <base>: never article text."""
    for element in list(doc.iter(*_NON_CONTENT_TAGS)):
        _drop(element)


def drop_hidden(doc: HtmlElement) -> None:
    """Elements the browser does not show: `hidden`, aria-hidden, display:none."""
    for element in list(doc.iter()):
        if not isinstance(element.tag, str) or element.tag in ("html", "body"):
            continue
        if (
            element.get("hidden") is not None
            or element.get("aria-hidden") == "true"
            or _HIDDEN_STYLE.search(element.get("style") or "")
        ):
            _drop(element)


def keep_embedded_posts(doc: HtmlElement) -> None:
    """Rename embedded tweets/posts (and wrappers naming them) so readability keeps them."""
    for element in doc.iter("blockquote"):
        if not _EMBEDDED_POST.search(element.get("class") or ""):
            continue
        element.set("class", "embedded-post")
        for ancestor in element.iterancestors():
            if ancestor.tag in ("body", "html"):
                break
            for attribute in ("class", "id"):
                value = ancestor.get(attribute)
                if value and _READABILITY_UNLIKELY.search(value):
                    ancestor.set(attribute, _READABILITY_UNLIKELY.sub("embed", value))


def unwrap_page_forms(doc: HtmlElement) -> None:
    """ASP.NET pages wrap the whole page in one <form>; readability would delete it all."""
    for form in list(doc.iter("form")):
        if _prose_length(form) >= 500:
            form.drop_tag()


def drop_furniture(doc: HtmlElement) -> None:
    """nav/footer/aside, ARIA landmarks of furniture, and share/related/newsletter/cookie/
    comment regions by class or id, unless the region holds the page's prose."""
    body = doc.find("body")
    root = body if body is not None else doc
    total = max(_prose_length(root), 1)
    stack = list(root)
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str):
            continue
        if _is_furniture(element) and not _holds_article(element, total):
            _drop(element)
            continue
        stack.extend(element)


def _holds_article(element: HtmlElement, total: int) -> bool:
    if element.tag in ("article", "main"):
        return True
    if element.find(".//article") is not None or element.find(".//main") is not None:
        return True
    return _prose_length(element) >= _PROTECT_SHARE * total


def _is_furniture(element: HtmlElement) -> bool:
    tag = element.tag
    if tag in _FURNITURE_TAGS:
        return True
    role = (element.get("role") or "").lower()
    if role in _FURNITURE_ROLES:
        return True
    if tag in ("body", "html", "article", "main", "p", "h1", "h2", "h3", "blockquote"):
        return False
    features = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(features.strip()) and bool(_FURNITURE_WORDS.search(features))


# --- after readability -----------------------------------------------------------------------


def mark_captions(body: HtmlElement) -> None:
    """Photo captions and credits become <figcaption>, so they are kept but marked."""
    for element in list(body.iter()):
        if not isinstance(element.tag, str) or element.tag == "figcaption":
            continue
        features = f"{element.get('class', '')} {element.get('id', '')}"
        if (
            re.search(r"caption|credit|photographer", features, re.I)
            and len(element_text(element)) < 400
        ):
            element.tag = "figcaption"


# --- block rules -----------------------------------------------------------------------------


def drop_repeated_header(
    blocks: list[tuple[BlockKind, str]], metadata: PageMetadata
) -> list[tuple[BlockKind, str]]:
    """The headline, byline and dateline repeated at the top of the body (already metadata)."""
    title = _norm(metadata.title)
    byline = _norm(metadata.byline)
    kept: list[tuple[BlockKind, str]] = []
    for index, (kind, text) in enumerate(blocks):
        if index < 6 and kind != "caption":
            norm = _norm(text)
            if title and norm == title:
                continue
            if byline and norm in (byline, f"by {byline}"):
                continue
        kept.append((kind, text))
    return drop_ui_blocks(kept)


_UI_BLOCK = re.compile(
    r"^(?:like loading\W*|loading\W*|share this\W*|like this\W*|related\W*|advertisement\W*|"
    r"share\W*|tweet\W*|email\W*|print\W*|comments?\W*|\d+ comments?\W*|"
    r"(?:share|follow us) on \w+\W*|click to share on \w+.*|"
    r"(?:facebook|twitter|linkedin|pinterest|whatsapp|reddit|email|print)(?:\W+(?:facebook|twitter|linkedin|pinterest|whatsapp|reddit|email|print))*\W*)$",
    re.I,
)


def drop_ui_blocks(blocks: Iterable[tuple[BlockKind, str]]) -> list[tuple[BlockKind, str]]:
    """Blocks made only of widget words: "Like Loading…", "Share this:", "Advertisement"."""
    return [(kind, text) for kind, text in blocks if not _UI_BLOCK.match(text.strip())]


# --- helpers ---------------------------------------------------------------------------------


def _norm(text: str | None) -> str:
    return re.sub(r"\W+", " ", text or "").strip().lower()


def _prose_length(element: HtmlElement) -> int:
    """Characters of paragraph text under `element` (what an article is made of)."""
    return sum(len(fold_whitespace(p.text_content() or "")) for p in element.iter("p"))


def _drop(element: HtmlElement) -> None:
    """Remove `element` and its subtree but keep its tail text."""
    if element.getparent() is not None:
        element.drop_tree()
