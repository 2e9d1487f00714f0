"""Paragraph and sentence boundaries of an article text, as offsets into it."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.abbreviations import ABBREVIATIONS
from reader.analysis import lexicon as lx

_PARA_BREAK = re.compile(r"\n\s*\n|\n")
# A sentence ends at . ! ? (optionally followed by closing marks) then whitespace and an
# upper-case letter, digit or opening mark; abbreviations are screened in `_is_abbrev`.
_SENT_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s+[\"“‘'«(\[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class Layout:
    """Paragraph spans and sentence starts, searchable by offset."""

    paragraphs: tuple[tuple[int, int], ...]
    paragraph_starts: tuple[int, ...]
    sentence_starts: tuple[int, ...]

    def paragraph_of(self, pos: int) -> int:
        """Index of the paragraph that holds (or last started before) `pos`."""
        return max(0, bisect.bisect_right(self.paragraph_starts, pos) - 1)

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[i] if i >= 0 else 0

    def sentence_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.sentence_starts, pos)
        return self.sentence_starts[i] if i < len(self.sentence_starts) else -1


def is_abbrev(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if word in ABBREVIATIONS:
        return True
    # Single capital initials ("J. Smith", "E. Aleppo").
    return len(word) == 1 or (len(word) <= 4 and "." in word)


# Words that open sentences and never follow a title or an initial inside a name: after an
# abbreviation they start a new sentence ("He works at Apple Inc. The firm grew.").
_OPENERS = frozenset(
    re.split(
        r"\s+",
        "The He She It They We But This That These Those There His Her Its Their Our In On At "
        "After When While However Meanwhile Officials Police",
    )
)
_ZONES = frozenset(["ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "GMT", "UTC", "BST", "CET"])
_WORD = re.compile(r"[A-Za-z]+")


def _ends_after_abbrev(text: str, dot: int, nxt: int) -> bool:
    """Does the sentence end at an abbreviation's dot anyway? Before a word that opens
    sentences ('Apple Inc. The firm'), after 'p.m.' before a capitalised word that is no day,
    month or time zone ('at 3 p.m. Officials left'), and 'no.' before anything but a number."""
    m = _WORD.match(text, nxt)
    if m is None:
        return False
    word = m.group(0)
    if word in _OPENERS:
        return True
    before = text[max(0, dot - 4) : dot + 1].lower()
    if before.endswith(("a.m.", "p.m.")):
        low = word.lower()
        return (
            word[0].isupper()
            and low not in lx.WEEKDAYS
            and low not in lx.MONTHS
            and (word not in _ZONES)
        )
    return text[max(0, dot - 3) : dot] in (" no", "\nno")


def build_layout(text: str) -> Layout:
    paragraphs: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA_BREAK.finditer(text):
        if m.start() > pos:
            paragraphs.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        paragraphs.append((pos, len(text)))
    starts: list[int] = []
    for p_start, p_end in paragraphs:
        starts.append(p_start)
        for m in _SENT_END.finditer(text, p_start, p_end):
            nxt = m.end()
            while nxt < p_end and text[nxt].isspace():
                nxt += 1
            dot = m.start()
            if text[dot] == "." and is_abbrev(text, dot) and not _ends_after_abbrev(text, dot, nxt):
                continue
            if nxt < p_end:
                starts.append(nxt)
    return Layout(tuple(paragraphs), tuple(p[0] for p in paragraphs), tuple(starts))
