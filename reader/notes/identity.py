"""Which stored article an `Article` is, and the snapshot that lets it be reopened.

An article is identified by its canonical URL where known (so a re-fetched, slightly changed
page keeps its notes; anchoring copes with the changes), else by a hash of its cleaned text.
The snapshot is the cleaned article as JSON: enough to show it again when the file has moved.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import urldefrag

from reader.article import BLOCK_KINDS, Article, Block
from reader.notes.errors import NotesError

SNAPSHOT_VERSION = 1
_METADATA = ("title", "byline", "published", "site", "language", "url")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_identity(article: Article) -> str:
    """`url:<canonical url>` when the article has one, else `sha256:<hash of the text>`."""
    if article.url and article.url.strip():
        url, _fragment = urldefrag(article.url.strip())
        return f"url:{url}"
    return f"sha256:{text_hash(article.text)}"


def snapshot_json(article: Article) -> str:
    data: dict[str, Any] = {
        "version": SNAPSHOT_VERSION,
        "source": article.source,
        "text": article.text,
        "blocks": [[b.kind, b.start, b.end] for b in article.blocks],
    }
    for name in _METADATA:
        data[name] = getattr(article, name)
    return json.dumps(data, ensure_ascii=False)


def article_from_snapshot(snapshot: str) -> Article:
    """Rebuild an `Article` from `snapshot_json`, checking every block lies in the text."""
    try:
        data = json.loads(snapshot)
        text = data["text"]
        blocks = tuple(Block(kind, int(start), int(end)) for kind, start, end in data["blocks"])
        metadata = {name: data.get(name) for name in _METADATA}
        source = data["source"]
    except (ValueError, KeyError, TypeError) as error:
        raise NotesError(f"The stored copy of this article is unreadable ({error}).") from error
    if not isinstance(text, str) or not isinstance(source, str):
        raise NotesError("The stored copy of this article is unreadable (bad text).")
    for block in blocks:
        if block.kind not in BLOCK_KINDS or not 0 <= block.start <= block.end <= len(text):
            raise NotesError("The stored copy of this article is unreadable (bad block).")
    return Article(source=source, text=text, blocks=blocks, **metadata)
