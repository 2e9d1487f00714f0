"""Clean a saved web page into an Article: readability-lxml at the core, with rules around it.

The page is parsed once, with `huge_tree` (libxml2 otherwise silently drops everything below
depth 255, and readability then returns an empty article without any error). Metadata is
read from that tree, boilerplate is removed from it (reader.boilerplate), readability picks
the article, a second set of rules tidies readability's result, and reader.html_blocks turns
it into typed blocks.
"""

from __future__ import annotations

import logging

import lxml.html
from lxml import etree
from lxml.html import HtmlElement
from readability import Document
from readability.readability import Unparseable

from reader import boilerplate
from reader.article import Article, ArticleBuilder, BlockKind
from reader.errors import NotAnArticleError
from reader.html_blocks import fold_whitespace, iter_blocks
from reader.metadata import PageMetadata, extract_metadata

# readability logs a full traceback (log.exception) before raising Unparseable; our caller
# reports the failure as one line, so its logger must stay quiet.
logging.getLogger("readability").setLevel(logging.CRITICAL + 1)
logging.getLogger("readability").propagate = False

_PARSER = lxml.html.HTMLParser(
    encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True
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


def parse_html(html: str) -> HtmlElement | None:
    """The page as an lxml tree (depth unlimited), or None when there is nothing to parse."""
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None


def clean_html(html: str, *, source: str, url: str | None = None) -> Article:
    """The article in `html`; NotAnArticleError when the page holds no readable text."""
    doc = parse_html(html)
    if doc is None:
        raise _not_an_article(source)
    metadata = extract_metadata(doc, url)
    boilerplate.clean_before(doc, metadata)
    body = _readability_body(doc, source)
    boilerplate.clean_after(body, metadata)
    builder = ArticleBuilder(source)
    title = metadata.title
    if title:
        builder.add("title", title)
    for kind, text in _body_blocks(body, metadata):
        builder.add(kind, text)
    if builder.block_count <= (1 if title else 0):
        raise _not_an_article(source)
    return builder.build(
        title=title,
        byline=metadata.byline,
        published=metadata.published,
        site=metadata.site,
        language=metadata.language,
        url=metadata.url,
    )


def _not_an_article(source: str) -> NotAnArticleError:
    return NotAnArticleError(f"no article text found in {source}")


def _readability_body(doc: HtmlElement, source: str) -> HtmlElement:
    """readability's choice of article element (its own tree; `doc` is left intact)."""
    document = Document(
        doc,
        positive_keywords=list(POSITIVE_KEYWORDS),
        negative_keywords=list(NEGATIVE_KEYWORDS),
    )
    try:
        document.summary(html_partial=True)
    except (Unparseable, etree.ParserError, ValueError) as error:
        raise _not_an_article(source) from error
    body = document.html
    if body is None:
        raise _not_an_article(source)
    return body


def _body_blocks(body: HtmlElement, metadata: PageMetadata) -> list[tuple[BlockKind, str]]:
    blocks = list(iter_blocks(body))
    return boilerplate.drop_repeated_header(blocks, metadata)


__all__ = ["clean_html", "fold_whitespace", "parse_html"]
