"""Clean a saved web page into an Article: readability-lxml at the core, with rules around it.

The page is parsed once, with `huge_tree` (libxml2 otherwise silently drops everything below
depth 255, and readability then returns an empty article without any error); pages deeper
than even huge_tree allows (2048) are flattened first. Metadata is read from that tree
(metadata.py), boilerplate is removed from it (boilerplate.py), readability picks the
article, checks compare its pick with the page's largest block of prose, a second set of
rules tidies the result, and blocks.py turns it into typed blocks. The result is built with
ArticleBuilder, which sanitises every block.
"""

from __future__ import annotations

import copy
import dataclasses
import html as html_module
import itertools
import logging
import re
from collections.abc import Iterator

import lxml.html
from lxml import etree
from lxml.html import HtmlElement
from readability import Document
from readability.readability import Unparseable

from reader.article import Article, ArticleBuilder, BlockKind
from reader.errors import MissingTextError, NotAnArticleError
from reader.extract.html import boilerplate, paywall
from reader.extract.html.blocks import element_text, fold_whitespace, iter_blocks
from reader.extract.html.links import base_href, body_anchors
from reader.extract.html.metadata import (
    PageMetadata,
    extract_metadata,
    titles_agree,
)
from reader.extract.html.named_lead import add_named_lead
from reader.extract.html.segment_headings import merge_with_headings
from reader.extract.html.standfirst import add_standfirst
from reader.extract.html.structured import prefer_stated, stated_blocks
from reader.extract.links import place_anchors, resolve_base
from reader.extract.sanitize import sanitize_markup, sanitize_text

# readability logs a full traceback (log.exception) before raising Unparseable; our caller
# reports the failure as one line, so its logger must stay quiet.
logging.getLogger("readability").setLevel(logging.CRITICAL + 1)
logging.getLogger("readability").propagate = False

# Even with huge_tree, libxml2 (2.14) gives up at depth 2048 and returns an EMPTY document.
# Deeper pages are flattened first: tags nested deeper than this are dropped, text kept. The
# parser adds elements we do not count (<tbody>, implied <tr>), so a page can still be too
# deep: then again with a lower limit, and at last with no tags at all.
_MAX_DEPTHS = (1000, 200, 40)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*?(/?)>")
# Void elements never nest; implicitly closed ones (an unclosed <p>) would inflate the count.
_NOT_NESTING = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "option",
        "tr",
        "td",
        "th",
    ]
)

# Class/id words that mark the story container, or page furniture, on top of readability's own.
POSITIVE_KEYWORDS = (
    "articlebody",
    "article-body",
    "article__body",
    "story-body",
    "storybody",
    "post-body",
    "entry-content",
    "post-content",
    "article-content",
    "body-text",
    "bodytext",
    "rich-text",
)
NEGATIVE_KEYWORDS = (
    "share",
    "social",
    "newsletter",
    "subscribe",
    "related",
    "recommend",
    "promo",
    "advert",
    "cookie",
    "popular",
    "trending",
    "most-read",
    "signup",
    "sign-up",
    "breadcrumb",
    "byline",
    "caption",
    "credit",
)


def parse_html(html: str, *, sanitized: bool = False) -> HtmlElement | None:
    """The page as an lxml tree (any depth), or None when there is nothing to parse.
    `sanitized`: `html` is sanitize_markup's output, so it need not be scanned again."""
    if not sanitized and _LITERAL_CONTROL.search(html):
        html = sanitize_markup(html)
    if not html.strip():
        return None
    html = close_unterminated_raw_text(html)
    doc, too_deep = _parse(html)
    for max_depth in _MAX_DEPTHS:
        if not too_deep:
            break
        doc, too_deep = _parse(flatten_deep_nesting(html, max_depth))
    if too_deep:
        doc, _ = _parse(_TAG.sub(" ", html))
    if doc is not None and _CONTROL_REFERENCE.search(html):
        _sanitize_tree_text(doc)
    if doc is not None and _ESCAPED_REFERENCE.search(html):
        _decode_escaped_references(doc)
    return doc


_RAW_TEXT_TAGS = ("script", "style")
# The start of a line that opens a tag or a comment: where the page's markup resumes.
_LINE_OF_MARKUP = re.compile(r"\n[ \t]*<(?:!--|/?[A-Za-z])")


def close_unterminated_raw_text(html: str) -> str:
    """`html` with a <script> or <style> that is never closed closed where the markup
    resumes (the next line that starts with a tag). A page saved with its JSON-LD cut off
    ('<script type="application/ld+json">{"dateModi' and then <meta>s, <body>...) would
    otherwise be read as one script running to the end, and the page as its <head> alone.
    Example: '<script>{"a": 1\n<meta name=x>\n<body>…' → '<script>{"a": 1</script>\n<meta…'."""
    lowered = html.lower()
    for tag in _RAW_TEXT_TAGS:
        opening = lowered.rfind(f"<{tag}")
        if opening < 0 or lowered.rfind(f"</{tag}") > opening:
            continue
        start = html.find(">", opening)
        resumes = _LINE_OF_MARKUP.search(html, start + 1) if start >= 0 else None
        if resumes is not None:
            html = f"{html[: resumes.start()]}</{tag}>{html[resumes.start() :]}"
            lowered = html.lower()
    return html


# A numeric character reference escaped twice by a CMS ("&amp;#151;" shows as "&#151;").
_ESCAPED_REFERENCE = re.compile(r"&amp;#(?:[0-9]{2,7}|[xX][0-9a-fA-F]{2,6});")
_LITERAL_REFERENCE = re.compile(r"&#(?:[0-9]{2,7}|[xX][0-9a-fA-F]{2,6});")
_CODE_TAGS = frozenset(["pre", "code", "kbd", "samp", "tt", "textarea", "script", "style"])


def _decode_escaped_references(doc: HtmlElement) -> None:
    """Decode numeric references left as text by a double escape, outside code: "WASHINGTON
    &#151; The council" becomes "WASHINGTON — The council" (html.unescape maps 128-159
    through windows-1252, as HTML does; a reference to a control is then sanitised away)."""

    def decode(text: str) -> str:
        if "&#" not in text:
            return text
        return sanitize_text(
            _LITERAL_REFERENCE.sub(lambda match: html_module.unescape(match.group()), text)
        )

    for element in doc.iter():
        if isinstance(element.tag, str) and element.text and not _in_code(element):
            element.text = decode(element.text)
        parent = element.getparent()
        if element.tail and parent is not None and not _in_code(parent):
            element.tail = decode(element.tail)


def _in_code(element: HtmlElement) -> bool:
    return any(
        node.tag in _CODE_TAGS for node in itertools.chain([element], element.iterancestors())
    )


_LITERAL_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A numeric character reference to a C0 control ("&#x1b;", "&#27;"); tab, LF and CR excepted.
_CONTROL_REFERENCE = re.compile(
    r"&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])(?![0-9a-fA-F])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01])(?![0-9]))"
)


def _sanitize_tree_text(doc: HtmlElement) -> None:
    """Sanitise every text node: libxml2 decodes "&#x1b;" into the tree, and lxml then
    refuses to set any text holding it ("All strings must be XML compatible"), so the first
    tail a rule or readability merges would fail the whole page. Done on the tree, where the
    references are decoded, so each escape sequence goes whole ("&#x1b;[2J", not just ESC)."""
    for element in doc.iter():
        if element.text:
            element.text = sanitize_text(element.text)
        if element.tail:
            element.tail = sanitize_text(element.tail)


def _parse(html: str) -> tuple[HtmlElement | None, bool]:
    # A parser per call: lxml parsers must not be shared between threads (--jobs).
    parser = lxml.html.HTMLParser(
        encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True
    )
    try:
        doc = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        doc = None
    too_deep = any("Excessive depth" in error.message for error in parser.error_log)
    return doc, too_deep


def flatten_deep_nesting(html: str, max_depth: int = _MAX_DEPTHS[0]) -> str:
    """`html` with every tag nested deeper than `max_depth` removed (its text kept). Linear."""
    depth = 0
    parts: list[str] = []
    position = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _NOT_NESTING or self_closing:
            continue
        if closing:
            keep = depth <= max_depth
            depth = max(depth - 1, 0)
        else:
            depth += 1
            keep = depth <= max_depth
        if not keep:
            parts.append(html[position : match.start()])
            position = match.end()
    parts.append(html[position:])
    return "".join(parts)


def clean_html(html: str, *, source: str, url: str | None = None) -> Article:
    """The article in `html`; NotAnArticleError when the page holds no readable text."""
    # Sanitised once here (a scan of the whole page, ~0.6 ms), not again by each parse.
    html = sanitize_markup(html)
    doc = parse_html(html, sanitized=True)
    if doc is None:
        raise _not_an_article(source)
    boilerplate.drop_heading_permalinks(doc)  # before the <h1>s are read as titles
    metadata = extract_metadata(doc, url)
    link_base = resolve_base(url, base_href(doc), metadata.url)
    boilerplate.prepare(doc)
    _, largest, articles = boilerplate.survey(doc)
    walls: list[str] = []  # where each paywall stood, read as the furniture rule removes it
    boilerplate.drop_furniture(doc, lambda region: paywall.note_wall(region, walls))
    body = _readability_body(doc, source, required=largest < _CHECKED_BLOCK)
    if body is not None:
        _add_segments(doc, body)
    if body is None or _too_small(body, largest):
        body = _second_opinion(html, source, body, largest)
    articles = [a for a in articles if _in_page(a, doc)]
    body = _titled_article(articles, metadata.title, body)
    body = _article_under_title(articles, metadata.title, body)
    body = _article_around_table(articles, metadata.title, body)
    add_standfirst(doc, body)
    add_named_lead(doc, body)
    boilerplate.clean_after(body, metadata)
    builder = ArticleBuilder(source)
    blocks = _body_blocks(body, metadata)
    if metadata.stated_body is not None and prefer_stated(metadata.stated_body, blocks):
        blocks = _stated_blocks(metadata.stated_body, html, metadata)
    if not any(_WORD.search(text) for _, text in blocks):
        raise _missing_text(source, metadata)
    title = metadata.title
    if not title and blocks[0][0] == "heading":
        # A page that names itself nowhere else: its first heading is the headline.
        title = blocks.pop(0)[1]
    if title:
        builder.add("title", title)
    for kind, text in blocks:
        builder.add(kind, text)
    body_text = [text for kind, text in blocks if kind != "caption"]
    words = sum(len(text.split()) for text in body_text)
    article = builder.build(
        title=title,
        byline=metadata.byline,
        authors=metadata.authors,
        notices=paywall.notices(html, walls, words, body_text[-1] if body_text else ""),
        published=metadata.published,
        site=metadata.site,
        language=metadata.language,
        url=metadata.url,
    )
    # Links are looked for after the title, which comes from the metadata, not the body.
    after_title = article.blocks[0].end if title and article.blocks else 0
    links = place_anchors(article.text, body_anchors(body, link_base), start=after_title)
    return dataclasses.replace(article, links=links) if links else article


_WORD = re.compile(r"[^\W_]")


def _not_an_article(source: str) -> NotAnArticleError:
    return NotAnArticleError(f"no article text found in {source}")


def _missing_text(source: str, metadata: PageMetadata) -> NotAnArticleError:
    """The error for a page whose metadata names an article its body does not hold, e.g.
    'no article text found in p.html: "Ministers meet" by Ann Lee (its text may be behind a
    paywall or loaded by a script)'."""
    if not metadata.title:
        return _not_an_article(source)
    named = f'"{metadata.title}"' + (f" by {metadata.byline}" if metadata.byline else "")
    return MissingTextError(
        f"no article text found in {source}: {named} (its text may be behind a paywall or "
        "loaded by a script)",
        title=metadata.title,
        byline=metadata.byline,
    )


class _Readability(Document):
    """readability, minus the page cleaning we have already done on the tree.

    readability re-parses its input for every attempt of summary() and runs lxml's Cleaner
    over it (scripts, styles, comments, javascript: links, <base>): about a fifth of its time.
    The tree we pass has none of those left, so each attempt only needs a fresh copy.
    """

    def _parse(self, input: HtmlElement) -> HtmlElement:
        self.encoding = "utf-8"
        return copy.deepcopy(input)

    def merge_article_segments(
        self, candidates: dict, best_candidate: dict, score_threshold: float
    ) -> None:
        """readability's merge of the article's segments, with their section headings."""
        merge_with_headings(
            best_candidate["elem"],
            candidates,
            lambda: super(_Readability, self).merge_article_segments(
                candidates, best_candidate, score_threshold
            ),
        )

    def get_preserved_elements(self, node: HtmlElement) -> dict[HtmlElement, bool]:
        """readability's own (a table of contents, a quoted lead) and plain lists: its
        cleaning deletes a block under 25 characters ("Linux, macOS, Windows" as a list) and
        a list of <p>s it scored below zero (a <ul> starts at -3: a Sphinx parameter list),
        which on a documentation page or a list post is article text."""
        allowed: dict[HtmlElement, bool] = super().get_preserved_elements(node)
        for element in node.iter("ul", "ol"):
            if _is_plain_list(element) and self.class_weight(element) >= 0:
                allowed[element] = True
                wrapper = element.getparent()
                while (
                    wrapper is not None
                    and wrapper.tag in ("div", "section")
                    and len(wrapper) == 1
                    and not (wrapper.text or "").strip()
                    and self.class_weight(wrapper) >= 0
                ):
                    allowed[wrapper] = True
                    wrapper = wrapper.getparent()
        return allowed


def _is_plain_list(element: HtmlElement) -> bool:
    """A list of two or more items with text and no links, or of sentences that are mostly
    not links: not navigation. readability drops a list with a fifth of its text in links,
    which a bulleted news story ("Every school in Fulton County will use it, according to
    <a>a flyer posted online</a>.") easily has; a menu or a list of headlines has no
    sentences, or is all links."""
    items = [item for item in element if item.tag == "li"]
    if len(items) < 2:
        return False
    texts = [fold_whitespace(item.text_content() or "") for item in items]
    if element.find(".//a") is None:
        return all(texts)
    if not all(_LIST_SENTENCE.search(text) for text in texts):
        return False
    linked = sum(len(fold_whitespace(a.text_content() or "")) for a in element.iter("a"))
    return linked <= _LIST_LINK_SHARE * sum(len(text) for text in texts)


# A list item that is a sentence: six words or more, ending as a sentence ends.
_LIST_SENTENCE = re.compile(r"^(?:\S+\s+){5,}.*[.!?…][”\"’)]?$")
_LIST_LINK_SHARE = 0.5


# The check after readability. Its pick must hold at least this share of the page's largest
# block of prose (measured before the furniture rules), on pages whose largest block is big
# enough to be an article. A smaller pick is a teaser box, the site header, a data table, or
# what a wrong furniture rule left behind: then readability reads the page without the
# furniture rules, and failing that the largest block itself is the article.
_CHECKED_BLOCK = 500
_SMALLEST_SHARE = 0.5


def _too_small(body: HtmlElement, largest: int) -> bool:
    if largest < _CHECKED_BLOCK:
        return False
    return _prose_chars(body) < _SMALLEST_SHARE * largest


def _prose_chars(body: HtmlElement) -> int:
    """The pick's text, less what stands in data-table cells: on a reference page a table of
    figures can outscore the prose in readability's eyes, but it is not the article."""
    total = len((body.text_content() or "").strip())
    if body.find(".//td") is None:
        return total
    for cell in body.iter("td", "th"):
        if cell.find(".//p") is None and cell.find(".//td") is None:
            total -= len((cell.text_content() or "").strip())
    return max(total, 0)


def _second_opinion(html: str, source: str, first: HtmlElement | None, largest: int) -> HtmlElement:
    """A body for a page whose first pick failed the check: readability on the page as shown
    (no furniture rules), else the page's largest block of prose, else the first pick."""
    doc = parse_html(html, sanitized=True)
    if doc is None:
        raise _not_an_article(source)
    boilerplate.prepare(doc)
    second = _readability_body(doc, source, required=False)
    if second is not None and not _too_small(second, largest):
        return second
    block, _ = boilerplate.largest_text_block(doc)
    if block is not None:
        return _with_segments(block)
    if first is None:
        raise _not_an_article(source)
    return first


def _titled_article(
    articles: list[HtmlElement], title: str | None, body: HtmlElement
) -> HtmlElement:
    """Of several <article>s on a page, the one headed by the page's title, when readability
    picked another: blog pages show other posts in full below the post ("You may also like"),
    and a longer neighbour outscores the post the page is about."""
    if len(articles) < 2 or not title:
        return body
    titled = [article for article in articles if _headed_by(article, title)]
    if len(titled) != 1:
        return body
    # A teaser card headed by the title ("Featured") has no paragraph of its own.
    if not any(len(text) >= _OPENING_CHARS for text in _paragraphs(titled[0])):
        return body
    # Swap only when readability's pick lies in another of the articles.
    picked = next((text for text in _paragraphs(body) if len(text) >= _OPENING_CHARS), None)
    if picked is None or picked in fold_whitespace(titled[0].text_content() or ""):
        return body
    if not any(
        picked in fold_whitespace(article.text_content() or "")
        for article in articles
        if article is not titled[0] and titled[0] not in set(article.iterancestors())
    ):
        return body
    return _wrapped_copy(titled[0])


# A pick with less text than this holds no article of its own (a "Posted from" line).
_SHORT_PICK = 300
_MORE_HELD = 3


def _article_under_title(
    articles: list[HtmlElement], title: str | None, body: HtmlElement
) -> HtmlElement:
    """The page's one <article> headed by its title, when readability's pick is a line or
    two and the <article> holds more: a link-blog post (a list of bookmarks, each "via" its
    source) has no prose for readability to score, so it picks a stray sentence or nothing."""
    if not title:
        return body
    picked = len(fold_whitespace(body.text_content() or ""))
    if picked >= _SHORT_PICK:
        return body
    titled = [article for article in articles if _headed_by(article, title)]
    if len(titled) != 1:
        return body
    held = len(fold_whitespace(titled[0].text_content() or ""))
    if held < max(_SHORT_PICK, _MORE_HELD * picked):
        return body
    return _wrapped_copy(titled[0])


_TABLE_PARTS = frozenset(("table", "thead", "tbody", "tfoot", "tr"))
_CELL_CHARS = 25  # a cell readability scores


def _article_around_table(
    articles: list[HtmlElement], title: str | None, body: HtmlElement
) -> HtmlElement:
    """The page's one <article> headed by its title, when readability's pick is a table in
    it: on a course or reference page a table of figures outscores the prose, the headings
    and the other tables around it (cells count as paragraphs to readability)."""
    if not title:
        return body
    top = [child for child in body if isinstance(child.tag, str)]
    if len(top) != 1 or top[0].tag not in _TABLE_PARTS:
        return body
    titled = [article for article in articles if _headed_by(article, title)]
    if len(titled) != 1:
        return body
    cells = (fold_whitespace(cell.text_content() or "") for cell in body.iter("td", "th"))
    picked = next((text for text in cells if len(text) >= _CELL_CHARS), None)
    if picked is None or picked not in fold_whitespace(titled[0].text_content() or ""):
        return body
    return _wrapped_copy(titled[0])


def _headed_by(article: HtmlElement, title: str) -> bool:
    """True when the first heading of `article` is `title` (reworded or with the site name)."""
    return any(
        titles_agree(element_text(heading), title)
        for heading in itertools.islice(article.iter("h1", "h2", "h3"), 1)
    )


def _in_page(element: HtmlElement, doc: HtmlElement) -> bool:
    """False when a rule removed `element` (or an element around it) from `doc`."""
    return any(ancestor is doc for ancestor in element.iterancestors())


def _wrapped_copy(element: HtmlElement) -> HtmlElement:
    """A body made of a copy of `element`, in a <div> as readability's picks are."""
    wrapper = lxml.html.Element("div")
    wrapper.append(copy.deepcopy(element))
    return wrapper


# A paragraph this long is the pick's own text, not a dateline or a label.
_OPENING_CHARS = 80


def _paragraphs(body: HtmlElement) -> Iterator[str]:
    return (fold_whitespace(p.text_content() or "") for p in body.iter("p"))


def _readability_body(
    doc: HtmlElement, source: str, *, required: bool = True
) -> HtmlElement | None:
    """readability's choice of article element (its own tree; `doc` is left intact); None
    when it finds none and the caller has a second opinion to ask."""
    document = _Readability(
        doc,
        positive_keywords=list(POSITIVE_KEYWORDS),
        negative_keywords=list(NEGATIVE_KEYWORDS),
    )
    try:
        document.summary(html_partial=True)
    except (Unparseable, etree.ParserError, ValueError) as error:
        if not required:
            return None
        raise _not_an_article(source) from error
    body = document.html
    if body is None and required:
        raise _not_an_article(source)
    return body


# A sibling segment holds at least this much text, and at most this share of it in links.
_SEGMENT_CHARS = 80
_SEGMENT_LINK_SHARE = 0.25
# A segment with more than this share of its paragraphs' text already in the pick repeats it.
_SEGMENT_HELD_SHARE = 0.5
# A wrapper holds no other text of its own when its text is under twice the element's (a
# heading, a caption beside it).
_WRAPPER_SHARE = 2


def _with_segments(block: HtmlElement) -> HtmlElement:
    """The page's largest block of prose with the other segments of the same article, in
    page order (see _segments)."""
    before, after = _segments(block)
    wrapper = lxml.html.Element("div")
    for element in (*before, block, *after):
        wrapper.append(copy.deepcopy(element))
    return wrapper


_PLAIN_TAG = re.compile(r"[a-z][a-z0-9-]*")


def _add_segments(doc: HtmlElement, body: HtmlElement) -> None:
    """Readability's pick with the other segments of the same article (see _segments): the
    pick is found in `doc` by its longest paragraph, and copies of the segments before and
    after it are put before and after it in `body`."""
    anchor = max(body.iter("p"), key=lambda p: len(p.text_content() or ""), default=None)
    if anchor is None:
        return
    picked = anchor
    while picked.getparent() is not None and picked.getparent() is not body:
        picked = picked.getparent()
    if picked.getparent() is not body or not picked.get("class"):
        return
    text = fold_whitespace(anchor.text_content() or "")
    if len(text) < _SEGMENT_CHARS:
        return
    # The pick in `doc`: the element of its tag and classes that holds its longest paragraph.
    tag = picked.tag if isinstance(picked.tag, str) and _PLAIN_TAG.fullmatch(picked.tag) else "*"
    same_kind = [
        element
        for element in doc.xpath(f"//{tag}[@class=$c]", c=picked.get("class"))
        if element.get("id") == picked.get("id")
    ]
    original = next(
        (
            element
            for element in same_kind
            if len(same_kind) == 1 or text in fold_whitespace(element.text_content() or "")
        ),
        None,
    )
    if original is None:
        return
    before, after = _segments(original, body, same=True)
    for element in before:
        picked.addprevious(copy.deepcopy(element))
    for element in after:
        body.append(copy.deepcopy(element))


def _segments(
    element: HtmlElement, body: HtmlElement | None = None, *, same: bool = False
) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """The other segments of the article `element` is part of, before and after it.

    CMSs that store an article as a list of blocks (Drupal's paragraphs, TYPO3's content
    elements, page builders' grid boxes) wrap each run of text in its own
    <div class="paragraph text">, so a pick of the best-scoring block loses the article's
    opening or its last sections. At `element` and at each wrapper around it that holds
    little else (a heading, a caption), a sibling with the same tag and a class in common
    (`same`: the same classes), holding prose that is not mostly links (and not already in
    `body`), is another segment. Example: <div class="box first"><p>Intro…</p></div>
    <div class="box"><p>Longest section…</p></div>: the first box is a segment of the second.
    """
    if not any(_has_kin(outer, same) for outer in (element, *element.iterancestors())):
        return [], []  # the common case, found without reading any text
    own = len(element.text_content() or "")
    present: list[str] = []  # the body's text, folded once when first needed
    before: list[HtmlElement] = []
    after: list[HtmlElement] = []
    outer = element
    while (parent := outer.getparent()) is not None and parent.tag not in ("body", "html"):
        classes = set((outer.get("class") or "").split())
        side: list[HtmlElement] = []
        level_before: list[HtmlElement] = []
        for sibling in parent:
            if sibling is outer:
                level_before, side = side, []
            elif (
                sibling.tag == outer.tag
                and _kin(classes, set((sibling.get("class") or "").split()), same, outer.tag)
                and _is_prose_segment(sibling, body, present)
            ):
                side.append(sibling)
        before[:0] = level_before
        after.extend(side)
        # The segments found so far are the article's text the wrapper may hold.
        own += sum(len(segment.text_content() or "") for segment in (*level_before, *side))
        if len(parent.text_content() or "") > _WRAPPER_SHARE * own:
            break
        outer = parent
    return before, after


# Grid classes name a place on the page, not a kind of content: two "row"s are no segments of
# one article for sharing them.
_LAYOUT_CLASSES = frozenset(
    [
        "row",
        "container",
        "container-fluid",
        "col",
        "column",
        "columns",
        "wrapper",
        "inner",
        "clearfix",
        "cf",
        "grid",
        "section",
        "block",
    ]
)


def _has_kin(element: HtmlElement, same: bool) -> bool:
    parent = element.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return False
    classes = set((element.get("class") or "").split())
    return any(
        sibling is not element
        and sibling.tag == element.tag
        and _kin(classes, set((sibling.get("class") or "").split()), same, element.tag)
        for sibling in parent
    )


def _kin(classes: set[str], other: set[str], same: bool, tag: object = None) -> bool:
    """Segments of one article: the same classes (`same`) or one in common, grid classes
    aside ('paragraph text' and 'paragraph chapo' are kin, 'row' and 'row' are not). Two
    <section>s with no class at all are kin too: the tag itself says they are sections of one
    document (a paper's abstract beside its references)."""
    if tag == "section" and not classes and not other:
        return True
    classes, other = classes - _LAYOUT_CLASSES, other - _LAYOUT_CLASSES
    if not classes:
        return False
    return classes == other if same else bool(classes & other)


def _is_prose_segment(element: HtmlElement, body: HtmlElement | None, present: list[str]) -> bool:
    text = fold_whitespace(element.text_content() or "")
    if len(text) < _SEGMENT_CHARS:
        return False
    links = sum(len(fold_whitespace(a.text_content() or "")) for a in element.iter("a"))
    if links > _SEGMENT_LINK_SHARE * len(text):
        return False
    if body is not None and not present:
        present.append(fold_whitespace(body.text_content() or ""))
    if not present:
        return True
    # Not already in the pick, whole or by its first paragraph (a slideshow of the list the
    # pick holds repeats its paragraphs under other markup).
    opening = next((p for p in _paragraphs(element) if len(p) >= _OPENING_CHARS), text)
    if text in present[0] or opening in present[0]:
        return False
    # Nor when most of its paragraphs are there, under a heading or a picture the pick left
    # out (a newsletter's link list, picked without its "Worthy of your time" heading).
    paragraphs = [p for p in _paragraphs(element) if p]
    held = sum(len(p) for p in paragraphs if p in present[0])
    return held <= _SEGMENT_HELD_SHARE * sum(len(p) for p in paragraphs) or not paragraphs


def _stated_blocks(stated: str, html: str, metadata: PageMetadata) -> list[tuple[BlockKind, str]]:
    """The page's JSON-LD article text as paragraphs, tidied as an extracted body is."""
    return boilerplate.tidy_blocks(
        stated_blocks(stated, parse_html(html, sanitized=True)), metadata
    )


def _body_blocks(body: HtmlElement, metadata: PageMetadata) -> list[tuple[BlockKind, str]]:
    blocks = list(iter_blocks(body))
    return boilerplate.tidy_blocks(blocks, metadata)


__all__ = ["clean_html", "flatten_deep_nesting", "parse_html"]
