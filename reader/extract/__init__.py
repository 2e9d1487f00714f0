"""From a source string to a cleaned Article, and from an Article to the analysis JSON.

This is the one path every front end uses (the TUI, `newsreader analyze`, the notes commands),
so a fix to loading or cleaning reaches all of them. The package, in the order data flows:

    sources.py    a path, `-` or a URL to bytes, within size and time limits
    sniff.py      what the bytes are: HTML, plain text, or not an article
    decoding.py   bytes to text (BOM, HTTP charset, <meta charset>, detection)
    sanitize.py   no terminal control or invisible character in anything shown
    html/         parse.py (parse, readability and the checks around it), blocks.py (tree to
                  typed blocks), boilerplate.py (furniture rules), metadata.py (title, authors,
                  date, site)
    text/         plain.py (plain-text articles), dates.py (datelines)

`reader.article` and `reader.errors` import sanitize.py, so this module imports Article only
for type checking: importing either of them first must not find this package half made.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from reader.errors import FeedInputError, NotAnArticleError
from reader.extract.sources import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, read_source
from reader.progress import Progress

if TYPE_CHECKING:
    from reader.article import Article


def load_article(
    source: str,
    *,
    stdin: bytes | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    progress: Progress | None = None,
) -> Article:
    """Read, decode and clean one article. Raises NewsreaderError with a one-line message.

    A feed raises FeedInputError carrying the parsed feed (`error.feed`), so the reader can
    list its items; a broken feed raises NotAnArticleError saying what is wrong with it.
    With `progress`, each step is reported ("Fetching …", "Cleaning…") and a cancel stops the
    load at the next step with `Cancelled`.
    """
    raw = read_source(source, stdin=stdin, max_bytes=max_bytes, timeout=timeout, progress=progress)
    if progress is not None:
        progress.report("Cleaning…")
    try:
        article = article_from_bytes(
            raw.data,
            name=raw.name,
            content_type=raw.content_type,
            charset=raw.charset,
            url=raw.url,
            max_bytes=max_bytes,
        )
    except FeedInputError:
        from reader.feeds.parse import feed_found

        raise feed_found(raw.data, name=raw.name, url=raw.url) from None
    if progress is not None:
        progress.check()
    return article


def article_from_bytes(
    data: bytes,
    *,
    name: str,
    content_type: str | None = None,
    charset: str | None = None,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Clean bytes already read: sniff what they are, decode them, run the right cleaner.

    Inputs whose shape would make cleaning or analysis quadratic or memory-hungry are trimmed
    or refused first (`reader.bounds`), with a budget that grows with `max_bytes`.
    """
    from reader.bounds import bound_markup, bound_text
    from reader.extract.decoding import decode
    from reader.extract.sniff import sniff_kind

    kind = sniff_kind(data, name, content_type)
    text = decode(data, charset, html=kind == "html")
    if kind == "html":
        text = bound_markup(text, name, max_bytes)
    else:
        bound_text(text, name, max_bytes)
    if kind == "html":
        from reader.extract.html.parse import clean_html

        article = clean_html(text, source=name, url=url)  # which sanitises the markup
    else:
        from reader.extract.links import bare_url_links
        from reader.extract.text.plain import clean_text

        article = clean_text(text, source=name)
        if url and not article.url:
            article = dataclasses.replace(article, url=url)
        links = bare_url_links(article.text)
        if links:
            article = dataclasses.replace(article, links=links)
    if not article.blocks or not article.text.strip():
        raise NotAnArticleError(f"{name}: no article text found")
    return article


def article_json(article: Article, analysis: Any | None = None) -> dict[str, Any]:
    """The `newsreader analyze --json` object for one article (see shared/ANALYZE-JSON.md)."""
    out: dict[str, Any] = {
        "source": article.source,
        "title": article.title,
        "byline": article.byline,
        "authors": list(article.authors),
        "published": article.published,
        "site": article.site,
        "language": article.language,
        "url": article.url,
        "notices": list(article.notices),
        "text": article.text,
        "blocks": [
            {"kind": block.kind, "start": block.start, "end": block.end} for block in article.blocks
        ],
        "links": [
            {
                "text": article.link_text(link),
                "start": link.start,
                "end": link.end,
                "href": link.href,
            }
            for link in article.links
        ],
        "quotes": [],
        "people": [],
        "numbers": [],
    }
    if analysis is not None:
        from reader.analysis.sourcing import sourcing

        flags = sourcing(article.text, analysis, [(link.start, link.end) for link in article.links])
        out["quotes"] = [
            dataclasses.asdict(quote) | {"sourced": flag}
            for quote, flag in zip(analysis.quotes, flags.quotes, strict=True)
        ]
        out["people"] = [
            {"name": p.name, "role": p.role, "mentions": [list(m) for m in p.mentions]}
            for p in analysis.people
        ]
        out["numbers"] = [
            dataclasses.asdict(number) | {"sourced": flag}
            for number, flag in zip(analysis.numbers, flags.numbers, strict=True)
        ]
    return out
