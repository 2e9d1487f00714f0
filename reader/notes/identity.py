"""Which stored article an `Article` is, and the snapshot that lets it be reopened.

An article is identified by its canonical URL where known (so a re-fetched, slightly changed
page keeps its notes; anchoring copes with the changes), when it was fetched from the same
address or its text is the saved text or similar to it. A page from elsewhere that claims
the URL with other text gets an entry of its own (identity "url:<url> sha256:<hash>"): it
must never take over the real article's entry and orphan its notes. Without a URL (a text
file, standard input, a saved page without a canonical link) it is the same article as a
saved one when
- its text is exactly the saved text (the file was moved or copied), or
- it comes from the same place (the same absolute path, or standard input) and its text is
  similar: an edited file keeps its notes, which re-anchor or show as orphaned. "Similar" is
  the Jaccard similarity of the texts' three-word shingles, estimated from a bottom-k sketch
  (`fingerprint`); another article written over the same file shares next to none.
The snapshot is the cleaned article as JSON: enough to show it again when the file has moved.
A saved snapshot is never overwritten: the store keeps each earlier one as a version.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import re
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urlsplit, urlunsplit

from reader.article import BLOCK_KINDS, NOTICES, Article, Block, Link
from reader.extract.sanitize import sanitize_inline, sanitize_text
from reader.notes.errors import NotesError

SNAPSHOT_VERSION = 1
_METADATA = ("title", "byline", "published", "site", "language", "url")

# Sketch size (hashes kept) and shingle length (words) of a text's fingerprint.
FINGERPRINT_SIZE = 64
SHINGLE_WORDS = 3  # `fingerprint` combines exactly three words per shingle
# At least this similar, from the same place: an edit of the saved article, not another one.
# A typical edit (a typo fixed, a paragraph added, a sentence reworded) of a short article
# scores 0.6-0.8; different articles share almost no three-word shingles (under 0.05).
SAME_PLACE_SIMILARITY = 0.3
# Only the first words are sketched: enough to tell an edit from another text, and it keeps a
# 10 MB input from costing seconds at every open (the whole text: 2 s, measured).
FINGERPRINT_WORDS = 100_000
_WORD = re.compile(r"\w+")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def fingerprint(text: str) -> str:
    """A bottom-k sketch of the text's word shingles: the smallest `FINGERPRINT_SIZE` 64-bit
    hashes, as fixed-width hex joined by spaces (so they sort as numbers do)."""
    words = [m.group() for m in islice(_WORD.finditer(text.casefold()), FINGERPRINT_WORDS)]
    if 0 < len(words) < SHINGLE_WORDS:
        words += [""] * (SHINGLE_WORDS - len(words))  # a very short text: one shingle
    # A shingle's hash: its words' 64-bit hashes, each times an odd constant for its place
    # (a bijection, so still uniform), XORed together. Each distinct word is hashed and
    # multiplied once (hashing every shingle string took 3/4 of the time of saving an
    # 80,000-character article; multiplying per occurrence half of what was left).
    distinct = {word: _hash64(word) for word in set(words)}
    first, second, third = (
        [by_place[word] for word in words]
        for by_place in (
            {word: (h * factor) & _MASK64 for word, h in distinct.items()}
            for factor in _POSITION_FACTORS
        )
    )
    shingles = {a ^ b ^ c for a, b, c in zip(first, second[1:], third[2:], strict=False)}
    return " ".join(f"{h:016x}" for h in heapq.nsmallest(FINGERPRINT_SIZE, shingles))


_MASK64 = (1 << 64) - 1
_POSITION_FACTORS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9)


def similarity(first: str, second: str) -> float:
    """Estimated Jaccard similarity (0..1) of the texts two fingerprints were made from."""
    a, b = set(first.split()), set(second.split())
    if not a or not b:
        return 0.0
    smallest = sorted(a | b)[:FINGERPRINT_SIZE]
    return sum(1 for h in smallest if h in a and h in b) / len(smallest)


def _hash64(shingle: str) -> int:
    digest = hashlib.blake2b(shingle.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def without_credentials(url: str) -> str:
    """`url` without a user name or password (https://user:pass@host/ -> https://host/):
    the library, its exports and its backups must never hold them (issue 10)."""
    if "@" not in url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def storable(article: Article) -> Article:
    """The article as the library stores it: no credentials in its URL or source."""
    url = without_credentials(article.url) if article.url else article.url
    source = without_credentials(article.source) if "://" in article.source else article.source
    if url == article.url and source == article.source:
        return article
    return replace(article, url=url, source=source)


def article_identity(article: Article) -> str:
    """`url:<canonical url>` when the article has one, else `sha256:<hash of the text>`."""
    if article.url and article.url.strip():
        url, _fragment = urldefrag(article.url.strip())
        return f"url:{url}"
    return f"sha256:{text_hash(article.text)}"


@dataclass(frozen=True, slots=True)
class ArticleKey:
    """What the library matches an opened article by (see the module docstring)."""

    identity: str
    source: str
    text_hash: str
    fingerprint: str

    @classmethod
    def of(cls, article: Article) -> ArticleKey:
        return cls(
            identity=article_identity(article),
            source=stored_source(article.source),
            text_hash=text_hash(article.text),
            fingerprint=fingerprint(article.text),
        )

    @property
    def by_url(self) -> bool:
        return self.identity.startswith("url:")


def stored_source(source: str) -> str:
    """A local file as an absolute path, so it is found again from any directory."""
    if source == "-" or "://" in source:
        return source
    try:
        path = Path(source).expanduser()
        return str(path.resolve()) if path.is_file() else source
    except (OSError, RuntimeError):
        return source


def snapshot_json(article: Article) -> str:
    data: dict[str, Any] = {
        "version": SNAPSHOT_VERSION,
        "source": article.source,
        "text": article.text,
        "blocks": [[b.kind, b.start, b.end] for b in article.blocks],
    }
    for name in _METADATA:
        data[name] = getattr(article, name)
    data["authors"] = list(article.authors)
    data["notices"] = list(article.notices)
    data["links"] = [[link.start, link.end, link.href] for link in article.links]
    return json.dumps(data, ensure_ascii=False)


def _stored_links(rows: Any, length: int) -> tuple[Link, ...]:
    """Links read back from a snapshot: each URL cleaned again and each span checked, since
    the database may have been changed since (a bad one is dropped, not an error)."""
    from reader.extract.links import clean_href

    links: list[Link] = []
    for row in rows if isinstance(rows, list) else []:
        if not (isinstance(row, list) and len(row) == 3):
            continue
        start, end, href = row
        clean = clean_href(href, None) if isinstance(href, str) else None
        ends = links[-1].end if links else 0
        if (
            isinstance(start, int)
            and isinstance(end, int)
            and clean
            and ends <= start < end <= length
        ):
            links.append(Link(start, end, clean))
    return tuple(links)


def defuse(text: str) -> str:
    """`text` with every character `sanitize_text` would remove or change replaced by U+FFFD.

    For text read back from the database, which may have been tampered with: nothing can
    reach the terminal, and offsets into the text (blocks, highlight anchors) stay valid.
    """
    if sanitize_text(text) == text:
        return text
    return "".join(c if sanitize_text(c) == c else "\ufffd" for c in text)


def article_from_snapshot(snapshot: str) -> Article:
    """Rebuild an `Article` from `snapshot_json`, checking every block lies in the text."""
    try:
        data = json.loads(snapshot)
        text = data["text"]
        blocks = tuple(Block(kind, int(start), int(end)) for kind, start, end in data["blocks"])
        metadata = {name: data.get(name) for name in _METADATA}
        authors = data.get("authors") or []  # older snapshots have none
        notices = data.get("notices") or []  # nor notices
        links = _stored_links(data.get("links") or [], len(text))  # nor links
        source = data["source"]
    except (ValueError, KeyError, TypeError) as error:
        raise NotesError(f"The stored copy of this article is unreadable ({error}).") from error
    if not isinstance(text, str) or not isinstance(source, str):
        raise NotesError("The stored copy of this article is unreadable (bad text).")
    for block in blocks:
        if block.kind not in BLOCK_KINDS or not 0 <= block.start <= block.end <= len(text):
            raise NotesError("The stored copy of this article is unreadable (bad block).")
    # Sanitised when it was saved; again now, in case the database was changed since.
    safe = {k: sanitize_inline(v) if isinstance(v, str) else None for k, v in metadata.items()}
    safe_authors = tuple(
        name for name in (sanitize_inline(a) for a in authors if isinstance(a, str)) if name
    )
    return Article(
        source=sanitize_inline(source) or "",
        text=defuse(text),
        blocks=blocks,
        authors=safe_authors,
        links=links,
        notices=tuple(n for n in notices if isinstance(n, str) and n in NOTICES),
        **safe,
    )
