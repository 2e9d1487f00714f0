"""Links back to a highlighted passage: URL text fragments (`#:~:text=`).

https://wicg.github.io/scroll-to-text-fragment/: `#:~:text=[prefix-,]start[,end][,-suffix]`,
each part percent-encoded, with `-`, `,` and `&` always encoded because they separate the
parts. Browsers match a fragment against the rendered text with whitespace collapsed, and a
plain `start` only within one block: a passage over several paragraphs, or a long one, is
given by its first and last words (`start,end`), as Chrome's "Copy link to highlight" does.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from reader.notes.model import Anchor

CONTEXT_WORDS = 3  # words of prefix and suffix: enough to tell repeats of a phrase apart
EDGE_WORDS = 5  # words of a long passage's start and end
LONGEST_EXACT_WORDS = 10  # longer passages are given by their first and last words


def encode_part(text: str) -> str:
    """One part of a text directive, percent-encoded (UTF-8), `-` `,` `&` included."""
    return quote(text, safe="").replace("-", "%2D")


def text_directive(anchor: Anchor) -> str:
    """`text=...` for the passage `anchor` quotes, with its context."""
    lines = [" ".join(line.split()) for line in anchor.exact.split("\n")]
    lines = [line for line in lines if line]
    words = " ".join(lines).split()
    if not words:
        return ""
    if len(lines) > 1 or len(words) > LONGEST_EXACT_WORDS:
        first, last = lines[0].split(), lines[-1].split()
        parts = [
            encode_part(" ".join(first[:EDGE_WORDS])),
            encode_part(" ".join(last[-EDGE_WORDS:])),
        ]
    else:
        parts = [encode_part(" ".join(words))]
    # Context from the same block only: a prefix across a paragraph break does not match.
    before = anchor.prefix.rsplit("\n", 1)[-1].split()[-CONTEXT_WORDS:]
    after = anchor.suffix.split("\n", 1)[0].split()[:CONTEXT_WORDS]
    if before:
        parts.insert(0, encode_part(" ".join(before)) + "-")
    if after:
        parts.append("-" + encode_part(" ".join(after)))
    return "text=" + ",".join(parts)


# What may stand in a Markdown link destination written <...>: no spaces, angle brackets,
# backslashes or control characters; everything else in the URL is kept as it is.
_UNSAFE_IN_LINK = re.compile(r"[\x00-\x20<>\\\x7f-\x9f\"`]")


def passage_link(url: str | None, anchor: Anchor) -> str | None:
    """The article's address with a text fragment to `anchor`'s passage; None for anything
    that is not an http(s) address (a local file has nothing to scroll to)."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    base = url.split("#", 1)[0]
    base = _UNSAFE_IN_LINK.sub(lambda m: quote(m.group(0), safe=""), base)
    directive = text_directive(anchor)
    return f"{base}#:~:{directive}" if directive else base
