"""Block rules for what closes an article without being part of it: the author's note (a
biography in a sentence, "Jeff Foust (jeff@…) is the editor of The Space Review", "Mike
Wall's book … is out now"; a blog's author box, "Published by Cem Basman" over the author's
motto).

Told by structure, not by words of one language: a note stands at the end of the body, is
short, and opens with the full name of the page's own author (read from the page's metadata)
as its subject, or is a short label naming that author with the author's box after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.article import BlockKind

Blocks = list[tuple[BlockKind, str]]

# The blocks of the body's end looked at (captions aside): a note follows the last paragraph
# of the story, sometimes with a signature or a rule before it.
_END_BLOCKS = 3
# A note is a few sentences at most …
_NOTE_WORDS = 120
# … and a label naming the author ("Veröffentlicht von Cem Basman", "About Jane Doe") a line.
_LABEL_WORDS = 8
# What follows the name when it is the note's subject: a possessive ("Mike Wall's book"), an
# address or title in brackets or after a comma ("Jeff Foust (jeff@…) is", "Ann Lee, a
# reporter, covers"), or a verb in lower case ("Eric Song is", "Michael Ignatieff teaches").
_SUBJECT_FOLLOWS = re.compile(r"(?:['’]s?\s|\s*[(,]|\s+[a-zà-ÿ])")


def drop_author_notes(blocks: Blocks, authors: Iterable[str]) -> Blocks:
    """The author's note at the end of the body, and the author's box a label opens."""
    names = [" ".join(name.split()) for name in authors if len(name.split()) >= 2]
    if not names:
        return blocks
    ends = [i for i, (kind, _) in enumerate(blocks) if kind != "caption"][-_END_BLOCKS:]
    for start in ends:
        kind, text = blocks[start]
        if _opens_note(kind, " ".join(text.split()), names) and all(
            _names_author(blocks[i][1], names) or blocks[i][0] == "caption"
            for i in range(start + 1, len(blocks))
        ):
            return blocks[:start] + [block for block in blocks[start:] if block[0] == "caption"]
    return blocks


def _opens_note(kind: BlockKind, text: str, names: list[str]) -> bool:
    words = len(text.split())
    for name in names:
        if (
            kind == "paragraph"
            and words <= _NOTE_WORDS
            and text.startswith(name)
            and _SUBJECT_FOLLOWS.match(text, len(name))
        ):
            return True
        if kind in ("paragraph", "heading") and words <= _LABEL_WORDS and text.endswith(name):
            return words > len(name.split())  # a label before the name, not the name alone
    return False


def _names_author(text: str, names: list[str]) -> bool:
    folded = " ".join(text.split())
    return any(name in folded for name in names)
