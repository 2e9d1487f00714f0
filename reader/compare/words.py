"""Words for fuzzy matching: typography folded away, offsets kept.

Two outlets print the same sentence with different marks ("don't" / "don’t", "..." / "…",
a dash or none), so comparison never looks at characters: it looks at lower-cased word tokens
with apostrophes straightened and punctuation dropped. Each token keeps its span in the text,
so a difference found on words can still be shown in the article.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_WORD = re.compile(r"\w+(?:['’‘ʼ]\w+)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})

STOPWORDS = frozenset(
    """a an the of to in on at by for from with and or but as is are was were be been being
    it its this that these those he she they we you i his her their our your them him us me
    said says say told not no than then so about over after before into up out more most
    also has have had will would could should may might can do does did there here who which
    what when where while all some any each per nearly almost around roughly approximately
    just only least according""".split()  # noqa: SIM905 - a word list reads better as words
)
"""Words too common to say what a number counts or to tie two passages together."""


@dataclass(frozen=True, slots=True)
class Token:
    """One word: `norm` is its folded form, `start`/`end` its span in the source text."""

    norm: str
    start: int
    end: int


def fold(word: str) -> str:
    """The comparable form of a word: NFKC, lower case, straight apostrophes."""
    return unicodedata.normalize("NFKC", word).translate(_APOSTROPHES).lower()


def _folded_whole(text: str) -> str | None:
    """`text` folded at once when that keeps every offset (almost always), else None."""
    if not unicodedata.is_normalized("NFKC", text):
        return None
    lowered = text.lower()
    return lowered.translate(_APOSTROPHES) if len(lowered) == len(text) else None


def tokens(text: str, offset: int = 0) -> list[Token]:
    """The words of `text`, folded, with spans shifted by `offset`."""
    folded = _folded_whole(text)
    if folded is None:
        return [
            Token(fold(m[0]), m.start() + offset, m.end() + offset) for m in _WORD.finditer(text)
        ]
    return [
        Token(folded[m.start() : m.end()], m.start() + offset, m.end() + offset)
        for m in _WORD.finditer(text)
    ]


def norms(text: str) -> list[str]:
    """Only the folded words of `text`."""
    folded = _folded_whole(text)
    if folded is None:
        return [fold(m[0]) for m in _WORD.finditer(text)]
    return _WORD.findall(folded)


def shingles(words: list[str], size: int) -> list[tuple[str, ...]]:
    """Runs of `size` consecutive words; a text shorter than that is one shingle."""
    if len(words) <= size:
        return [tuple(words)] if words else []
    return [tuple(words[i : i + size]) for i in range(len(words) - size + 1)]
