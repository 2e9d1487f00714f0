"""Moving through article text by sentence and word: what keyboard highlighting needs.

Pure functions over the article's one text string (blocks are separated by a blank line, and
a sentence never runs across blocks).
"""

from __future__ import annotations

import re

from reader.abbreviations import ABBREVIATIONS
from reader.article import Article

# A sentence ends at . ! ? … (with closing quotes/brackets after it) followed by white space.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_WORD = re.compile(r"\S+")


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    if not match.group().startswith(".") or match.group().startswith(".."):
        return True
    word_start = match.start()
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start : match.start()].lstrip("\"'“‘([").casefold()
    if all(len(part) == 1 and part.isalpha() for part in word.split(".")):
        return False  # initials and "U.S."
    return word not in ABBREVIATIONS  # a period after "Dr" or "Jan" ends no sentence


def block_bounds(article: Article, offset: int) -> tuple[int, int]:
    """The block containing `offset`, or the nearest block after it (or the last one)."""
    block = article.block_at(offset)
    if block is not None:
        return block.start, block.end
    for candidate in article.blocks:
        if candidate.start >= offset:
            return candidate.start, candidate.end
    if article.blocks:
        return article.blocks[-1].start, article.blocks[-1].end
    return 0, len(article.text)


def sentence_at(article: Article, offset: int) -> tuple[int, int]:
    """The sentence around `offset` as (start, end), trimmed of white space; never empty
    unless the article is."""
    text = article.text
    lo, hi = block_bounds(article, offset)
    offset = min(max(offset, lo), max(lo, hi - 1))
    start = lo
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, hi) if _ends_sentence(text, m)]
    for sentence_end in ends:
        if sentence_end <= offset:
            start = sentence_end
        else:
            break
    end = next((e for e in ends if e > max(offset, start)), hi)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end and hi > lo:
        return lo, hi
    return start, end


def next_word_end(text: str, offset: int) -> int:
    """The end of the word at or after `offset`; from a word's end, the next word's end
    (how `w` extends a selection by one word)."""
    match = _WORD.search(text, offset)
    return match.end() if match is not None else len(text)


def previous_word_end(text: str, offset: int) -> int:
    """The end of the word before the one ending at `offset` (shrinks a selection by a word)."""
    position = offset
    while position > 0 and not text[position - 1].isspace():
        position -= 1
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) grown to whole words and trimmed of white space at both ends: a selection
    made by column ("civil»ians") never saves half a word."""
    start, end = max(0, start), min(len(text), end)
    while 0 < start < len(text) and not text[start - 1].isspace() and not text[start].isspace():
        start -= 1
    while 0 < end < len(text) and not text[end - 1].isspace() and not text[end].isspace():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
