"""Tags on highlights: the ones given with `t` in the reader, and `#tag` written in a note.

A tag is what Obsidian and Logseq accept after a `#`: letters, digits, `_`, `-` and `/` (for
nested tags), not only digits (`#2024` is a number, not a tag), at most `MAX_TAG_LENGTH`
characters. Tags are kept as typed; two tags differing only in case are the same tag (the
first spelling wins), as in Obsidian.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_TAG_LENGTH = 64
_TAG = re.compile(r"[\w/-]+")
# `#tag` in a note: not inside a word, a URL fragment (page#part) or an entity (&#39;).
NOTE_TAG = re.compile(r"(?<![\w&#/])#([\w/-]*\w)")


class TagError(ValueError):
    """A tag the user typed that is not a tag; the message says which and why."""


def is_tag(text: str) -> bool:
    return (
        0 < len(text) <= MAX_TAG_LENGTH
        and _TAG.fullmatch(text) is not None
        and not text.isdigit()
        and not text.startswith("/")
        and not text.endswith("/")
    )


def parse_tags(typed: str) -> tuple[str, ...]:
    """Tags typed by the user, separated by spaces or commas, each with or without `#`.

    Raises `TagError` naming the first word that is not a tag."""
    found: list[str] = []
    for word in re.split(r"[\s,]+", typed.strip()):
        if not word:
            continue
        tag = word[1:] if word.startswith("#") else word
        if not is_tag(tag):
            raise TagError(
                f"{word!r} is not a tag: use letters, digits, _, - and / "
                f"(not only digits, at most {MAX_TAG_LENGTH} characters)."
            )
        found.append(tag)
    return unique(found)


def note_tags(note: str) -> tuple[str, ...]:
    """The `#tags` written in a note's text."""
    return unique(m.group(1) for m in NOTE_TAG.finditer(note) if is_tag(m.group(1)))


def unique(tags: Iterable[str]) -> tuple[str, ...]:
    """`tags` without repeats (compared without case), in their first order."""
    seen: set[str] = set()
    kept: list[str] = []
    for tag in tags:
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            kept.append(tag)
    return tuple(kept)


def stored_tags(column: str | None) -> tuple[str, ...]:
    """Tags as kept in the database (one space-separated column); anything that is not a
    tag (the file may have been changed by someone else) is left out."""
    return unique(tag for tag in (column or "").split() if is_tag(tag))


def storable_tags(tags: Iterable[str]) -> str:
    return " ".join(unique(tag for tag in tags if is_tag(tag)))
