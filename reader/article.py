"""The cleaned article: metadata plus one text string split into typed blocks.

Everything downstream (analysis, the reader view, note anchoring) works on `Article.text` and
offsets into it, so the text is built once, here, and never changed afterwards.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from reader.extract.sanitize import sanitize_inline, sanitize_text

BlockKind = Literal[
    "title", "heading", "paragraph", "quote", "list_item", "preformatted", "caption"
]
BLOCK_KINDS: tuple[BlockKind, ...] = (
    "title",
    "heading",
    "paragraph",
    "quote",
    "list_item",
    "preformatted",
    "caption",
)
BLOCK_SEPARATOR = "\n\n"
# Notices an article can carry, with what each tells the reader.
NOTICES: dict[str, str] = {
    "paywall": "The page keeps the rest of this text for subscribers: this is its opening.",
}


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the article: `text[start:end]` of its `Article`."""

    kind: BlockKind
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink: `text[start:end]` of its `Article` leads to `href`, an absolute http(s)
    URL (see reader.extract.links for what is kept and how it is cleaned)."""

    start: int
    end: int
    href: str


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. `text` holds the blocks separated by one blank line."""

    source: str
    text: str
    blocks: tuple[Block, ...]
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    site: str | None = None
    language: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()  # each author once; `byline` is the page's wording
    links: tuple[Link, ...] = ()  # in text order, not overlapping
    # What the reader should know about the text itself, as codes (NOTICES): "paywall" when
    # the page shows only the opening of a text kept for subscribers.
    notices: tuple[str, ...] = ()

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def block_at(self, offset: int) -> Block | None:
        """The block that contains `offset`, or None in a separator."""
        return _span_at(self.blocks, offset)

    def link_text(self, link: Link) -> str:
        return self.text[link.start : link.end]

    def link_at(self, offset: int) -> Link | None:
        """The link whose span holds `offset`, or None."""
        return _span_at(self.links, offset)

    @property
    def word_count(self) -> int:
        return len(self.text.split())


def display_title(article: Article) -> str:
    """What to call an article on screen: its title, else its file's name (or URL, or
    "standard input"), never an empty line."""
    if article.title and article.title.strip():
        return article.title.strip()
    return source_name(article.source)


def source_name(source: str) -> str:
    """A short name for where an article came from: a file's name, a URL, standard input."""
    if source == "-":
        return "standard input"
    if "://" in source:
        return source
    from pathlib import PurePath

    return PurePath(source).name or source


_S = TypeVar("_S", Block, Link)


def _span_at(spans: tuple[_S, ...], offset: int) -> _S | None:
    """The span of `spans` (sorted, not overlapping) that holds `offset`, or None."""
    i = bisect.bisect_right(spans, offset, key=lambda span: span.start) - 1
    return spans[i] if i >= 0 and offset < spans[i].end else None


@dataclass
class ArticleBuilder:
    """Collects blocks in reading order and joins them into one text with offsets."""

    source: str
    _parts: list[str] = field(default_factory=list)
    _blocks: list[Block] = field(default_factory=list)
    _length: int = 0

    def add(self, kind: BlockKind, text: str) -> None:
        """Append a block; blank text is skipped, inner whitespace is left to the caller.

        Text is sanitised here, so no block can carry control sequences to the terminal.
        """
        text = sanitize_text(text).strip()
        if not text:
            return
        if self._parts:
            self._parts.append(BLOCK_SEPARATOR)
            self._length += len(BLOCK_SEPARATOR)
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        self._blocks.append(Block(kind, start, self._length))

    @property
    def block_count(self) -> int:
        return len(self._blocks)

    def build(
        self, *, authors: Iterable[str] = (), notices: Iterable[str] = (), **metadata: str | None
    ) -> Article:
        """The article; metadata values (title, byline, authors...) are sanitised to one line."""
        clean = {key: sanitize_inline(value) for key, value in metadata.items()}
        names = (sanitize_inline(name) for name in authors)
        return Article(
            source=self.source,
            text="".join(self._parts),
            blocks=tuple(self._blocks),
            authors=tuple(dict.fromkeys(name for name in names if name)),
            notices=tuple(notice for notice in notices if notice in NOTICES),
            links=(),  # placed after building (reader.extract.links)
            **clean,
        )
