"""Block rules for shapes of news pages that the other rules miss: a run of paragraphs the
template renders twice, datelines that carry a place or a relative day, and widgets written
as a line of text (a typo-report hint, an editor's credit). Each shape is a named table or
pattern here, run on readability's blocks by `tidy` (called from boilerplate.tidy_blocks).
"""

from __future__ import annotations

import re

from reader.article import BlockKind

Blocks = list[tuple[BlockKind, str]]


def tidy(blocks: Blocks) -> Blocks:
    blocks = drop_top_datelines(blocks)
    blocks = drop_widget_lines(blocks)
    return drop_repeated_runs(blocks)


# --- a run of paragraphs rendered twice ------------------------------------------------------

# Two paragraphs or more, this many words in all, said again right after themselves ("A B A
# B"): the template printed them twice (a gallery's intro and the story's, a mobile and a
# desktop copy). One paragraph repeated is left alone (a refrain or a pull quote is the
# story's choice), and so is a run repeated further down (a live blog's pinned post, shown
# again in its place in the feed).
_RUN_PARAGRAPHS = 2
_RUN_WORDS = 40
# The longest run looked for: a whole article printed twice is far shorter.
_RUN_MAX = 400


def drop_repeated_runs(blocks: Blocks) -> Blocks:
    """The second copy of a run of paragraphs the page shows twice, verbatim.

    Linear in the blocks: paragraphs are compared by number, a run is compared only when a
    copy of it fits before the end, and no run longer than `_RUN_MAX` paragraphs is looked
    for (a page of one paragraph repeated 160,000 times took minutes before)."""
    ids: dict[str, int] = {}
    keys = [
        ids.setdefault(" ".join(text.split()), len(ids)) if kind == "paragraph" else -1
        for kind, text in blocks
    ]
    first: dict[int, int] = {}
    dropped: set[int] = set()
    for index, key in enumerate(keys):
        if key < 0 or index in dropped:
            continue
        earlier = first.setdefault(key, index)
        length = index - earlier
        if not _RUN_PARAGRAPHS <= length <= _RUN_MAX or index + length > len(keys):
            continue
        run = keys[earlier:index]
        if -1 in run or keys[index : index + length] != run:
            continue
        words = sum(len(blocks[k][1].split()) for k in range(index, index + length))
        if words >= _RUN_WORDS:
            dropped.update(range(index, index + length))
    return [block for index, block in enumerate(blocks) if index not in dropped]


# --- datelines at the top of the body ----------------------------------------------------------

# The blocks looked at: a dateline stands above the story's first paragraphs.
_TOP_BLOCKS = 6
# Words that stand for a date in a stamp line: relative days, and the label of Drupal's
# "Submitted on <date>" (in the languages of the pages we see most).
DATE_WORDS = (
    "submitted",
    "today",
    "yesterday",
    "heute",
    "gestern",
    "aujourd'hui",
    "hier",
    "hoy",
    "ayer",
    "oggi",
    "ieri",
    "hoje",
    "ontem",
    "vandaag",
    "gisteren",
    "dzisiaj",
    "wczoraj",
    "šodien",
    "vakar",
    "сегодня",
    "вчера",
)
_DATE_WORD = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, DATE_WORDS)) + r")(?!\w)", re.I)
# A place in capitals before the stamp: "MUMBAI Tue Dec 30, 2014 4:33pm IST", "NEW YORK |".
_PLACE = re.compile(r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}\s*[|,/:–—-]?\s+(?=\S)")
# Wire services and broadcasters that open a story with "<Place> (<Source>) —".
NEWS_SOURCES = (
    "CNN",
    "AP",
    "Reuters",
    "AFP",
    "UPI",
    "dpa",
    "Bloomberg",
    "ANSA",
    "EFE",
    "PTI",
    "IANS",
    "ANI",
    "Xinhua",
    "TASS",
    "CNBC",
    "BBC",
)
# "New York CNN —", "Washington (CNN) —": the dateline put in an element of its own, whose
# sentence begins in the next paragraph.
_SOURCE_LINE = re.compile(
    r"^(?:[A-Z][\w.'’-]*,?\s+){0,4}\(?(?:" + "|".join(NEWS_SOURCES) + r")\)?\s*[—–-]+$"
)


# A dateline is short: a place, a date and a time ("NEW YORK | Mon Jan 5, 2015 10:01am EST").
_DATELINE_CHARS = 100


def is_top_dateline(text: str) -> bool:
    """A line of a date stamp with a place ("MUMBAI Tue Dec 30, 2014 4:33pm IST"), a
    relative day or a "Submitted on" label, or a "<Place> (CNN) —" source line."""
    # Imported here: boilerplate imports this module.
    from reader.extract.html.boilerplate import is_dateline

    if len(text) > _DATELINE_CHARS:
        return False
    text = " ".join(text.split())
    if _SOURCE_LINE.match(text):
        return True
    place = _PLACE.match(text)
    if place is not None and is_dateline(text[place.end() :]):
        return True
    unlabelled = _DATE_WORD.sub(" ", text)
    return unlabelled != text and is_dateline(unlabelled.strip(" ,"))


# "Autori: Anna Ūdre (LTV Ziņu dienesta redaktore)": the byline under a label that names it,
# in the languages of the pages we see most (boilerplate.is_byline_line reads "By ...").
AUTHOR_LABELS = (
    "author",
    "authors",
    "autor",
    "autoren",
    "autores",
    "autora",
    "autori",
    "autore",
    "autors",
    "autorzy",
    "auteur",
    "auteurs",
    "auteure",
    "автор",
    "авторы",
)
_AUTHOR_LINE = re.compile(r"^(?:" + "|".join(AUTHOR_LABELS) + r")\s*:\s*\S", re.I)
_AUTHOR_LINE_WORDS = 15


def is_author_line(text: str) -> bool:
    """A short "Author: <names>" line, not a sentence (which would end in a stop)."""
    text = text.strip()
    return (
        _AUTHOR_LINE.match(text) is not None
        and len(text.split()) <= _AUTHOR_LINE_WORDS
        and not text.endswith((".", "!", "?", "…"))
    )


def drop_top_datelines(blocks: Blocks) -> Blocks:
    """Date stamps and author lines among the first blocks (the page's metadata, read
    already), not lower down, where such a line may be the story's own."""
    return [
        (kind, text)
        for index, (kind, text) in enumerate(blocks)
        if not (
            index < _TOP_BLOCKS
            and kind == "paragraph"
            and (is_top_dateline(text) or is_author_line(text))
        )
    ]


# --- widgets written as text -------------------------------------------------------------------

# A widget's text, told from a sentence about it by its length: each pattern with the most
# words a block it matches may have.
WIDGET_LINES: dict[str, tuple[re.Pattern[str], int]] = {
    # "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter": report a typo to the editors.
    "typo report": (re.compile(r"\bctrl\s*\+\s*enter\b", re.I), 25),
    # Chinese news sites' closing credit: "【纠错】 【责任编辑:张樵苏 】", "（责任编辑：王伟）".
    "editor credit": (re.compile(r"^\W*(?:【纠错】\W*)?(?:责任编辑|責任編輯)\s*[:：]"), 25),
    # The comment form's terms: "To post a comment, log into your chosen social network ...
    # Your comments are subject to our Terms of Service".
    "comment terms": (
        re.compile(
            r"\b(?:post|add|leave|write|submit)\s+(?:a\s+|your\s+)?comments?\b.{0,300}?"
            r"\b(?:subject\s+to|terms\s+of\s+(?:service|use)|community\s+(?:guidelines|standards))",
            re.I,
        ),
        100,
    ),
}


# A reading-time estimate alone on a line ("5 min read", "Tempo de leitura: 1 minuto",
# "Lesezeit: 4 Min."): the template's, never a sentence of the story (which has a verb).
READING_TIME_LABELS = (
    r"reading\s+time",
    r"read\s+time",
    r"time\s+to\s+read",
    r"lesezeit",
    r"lesedauer",
    r"temps\s+de\s+lecture",
    r"durée\s+de\s+lecture",
    r"tiempo\s+de\s+lectura",
    r"tempo\s+de\s+leitura",
    r"tempo\s+di\s+lettura",
    r"czas\s+czytania",
    r"leestijd",
)
_MINUTES = r"\d+(?:\s*[-–]\s*\d+)?\s*(?:min(?:ute|uto|uti|ut|uten)?s?|mn)\.?"
_READING_TIME = re.compile(
    rf"(?:{'|'.join(READING_TIME_LABELS)})\s*:?\s*(?:ca\.|approx\.|about|~)?\s*{_MINUTES}"
    rf"|{_MINUTES}\s*(?:read|reading|{'|'.join(READING_TIME_LABELS)}|de\s+lecture|de\s+lectura"
    r"|de\s+leitura|di\s+lettura)",
    re.I,
)
_READING_TIME_WORDS = 8


def is_reading_time(text: str) -> bool:
    text = text.strip(" \t\n·•|⏱🕑")
    return len(text.split()) <= _READING_TIME_WORDS and _READING_TIME.fullmatch(text) is not None


def drop_widget_lines(blocks: Blocks) -> Blocks:
    return [
        (kind, text)
        for kind, text in blocks
        if not (kind == "paragraph" and (_is_widget(text) or is_reading_time(text)))
    ]


# A word each widget's text holds, looked for first (in C) before its pattern is.
_WIDGET_KEYS = ("ctrl", "责任编辑", "責任編輯", "comment")


def _is_widget(text: str) -> bool:
    folded = text.lower()
    if not any(key in folded for key in _WIDGET_KEYS):
        return False
    words = len(text.split())
    return any(words <= most and pattern.search(text) for pattern, most in WIDGET_LINES.values())
