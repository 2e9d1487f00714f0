"""Plain text to an article: find the headline, dateline, byline, headings and paragraphs,
and drop the page junk a scraper leaves around them.

The rules are general, not tuned to one file:
- a line that is not prose (many words and no punctuation, mostly interface words such as
  "share", "menu", "icon") is junk;
- media timestamps ("0:00", "27:33") and the short labels next to them are a player's leftovers;
- a line that is only a date (and time) is the dateline: it becomes `published`;
- a short line without closing punctuation followed by prose is a heading; the first one is the
  title;
- hard-wrapped lines inside one paragraph are joined; list and quote markers are kept as kinds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.article import Article, ArticleBuilder, BlockKind
from reader.extract.text.dates import parse_dateline

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE_PUNCT = re.compile(r"[.,;:!?\"“”«»…]")
_END_PUNCT = re.compile(r"[.!?:;,…]['\"’”»)\]]*$")
_TIMESTAMP = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_LIST_MARK = re.compile(r"^(?:[-*•·–]\s+|\d{1,3}[.)]\s+)")
_QUOTE_MARK = re.compile(r"^>\s?")
_BYLINE = re.compile(r"^(?:by|von|par|por|di)\s+\S", re.IGNORECASE)
# Words that label buttons, icons and menus rather than carry an article's meaning.
_UI_WORDS = frozenset(
    """
        icon icons bookmark bookmarks camera check chevron down up left right close compress
        download edit expand fb facebook file filter flag full gp ins mail move music muted
        nomuted ok pause play search share sign in out signin signup login logout register tag
        tags tg trash tw twitter vk yt wt fm menu home subscribe subscription newsletter print
        email whatsapp telegram linkedin pinterest reddit instagram youtube comment comments
        reply like likes loading follow followers skip content main navigation nav toggle more
        less previous next prev back top cookie cookies accept settings privacy policy terms
        advertisement ad ads sponsored related stories trending popular latest watch listen
        podcast podcasts video videos photo photos gallery image images rss feed app apps v
        swipe stepback stepfor mute unmute volume fullscreen copy link copied save saved
    """.split()  # noqa: SIM905 - a word list reads best as words
)
_MAX_HEADING_WORDS = 16


@dataclass(slots=True)
class _Chunk:
    """A run of non-blank lines (one paragraph in well-formed text)."""

    lines: list[str]

    @property
    def text(self) -> str:
        return " ".join(line.strip() for line in self.lines)


def _chunks(text: str) -> list[_Chunk]:
    chunks: list[_Chunk] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            chunks.append(_Chunk(current))
            current = []
    if current:
        chunks.append(_Chunk(current))
    return chunks


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def is_interface_line(line: str) -> bool:
    """Page furniture: icon names, menus, share bars, player labels."""
    words = _words(line)
    if not words:
        return False
    ui = sum(1 for word in words if word.lower() in _UI_WORDS)
    if ui / len(words) >= 0.6 and not _END_PUNCT.search(line):
        return True
    # Prose has punctuation; a long run of words with none at all is a list of labels.
    return len(words) >= 12 and not _SENTENCE_PUNCT.search(line)


def is_timestamp(line: str) -> bool:
    return bool(_TIMESTAMP.match(line.strip()))


def _is_prose(text: str) -> bool:
    return len(_words(text)) >= 8 and bool(_END_PUNCT.search(text))


def _is_sentence(text: str) -> bool:
    """A complete sentence of any length: two words or more and closing punctuation."""
    return len(_words(text)) >= 2 and bool(_END_PUNCT.search(text))


def _looks_like_heading(text: str) -> bool:
    words = _words(text)
    return (
        0 < len(words) <= _MAX_HEADING_WORDS
        and not _END_PUNCT.search(text)
        and (text[0].isupper() or text[0].isdigit() or text[0] in "“\"'‘")
    )


def _split_lines(chunk: _Chunk) -> list[str]:
    """One block per line, or the lines joined when they are a hard-wrapped paragraph."""
    lines = [line.strip() for line in chunk.lines]
    if len(lines) == 1:
        return lines
    if all(_LIST_MARK.match(line) for line in lines):
        return lines
    # Hard wrapping: every line but the last runs close to one width and the joins fall
    # mid-sentence. Lines of very different lengths, each complete, are separate blocks.
    widths = [len(line) for line in lines[:-1]]
    wrapped = min(widths) >= 0.6 * max(widths) and max(widths) <= 100
    if wrapped and not all(_END_PUNCT.search(line) for line in lines[:-1]):
        return [" ".join(lines)]
    return lines


def clean_text(text: str, *, source: str) -> Article:
    """Turn scraped or plain article text into an Article (blocks, title, published)."""
    blocks: list[str] = []
    published: str | None = None
    byline: str | None = None
    for chunk in _chunks(text):
        for line in _split_lines(chunk):
            if is_timestamp(line) or is_interface_line(line):
                continue
            if (published is None and not blocks) or (published is None and len(line) < 40):
                date = parse_dateline(line)
                if date:
                    published = published or date
                    continue
            if byline is None and _BYLINE.match(line) and len(_words(line)) <= 8:
                byline = line
                continue
            blocks.append(line)
    blocks = _drop_trailing_labels(blocks)
    builder = ArticleBuilder(source)
    title: str | None = None
    for index, line in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else ""
        kind: BlockKind = "paragraph"
        body = line
        if _LIST_MARK.match(line) and not _is_prose_number_start(line):
            kind, body = "list_item", _LIST_MARK.sub("", line, count=1)
        elif _QUOTE_MARK.match(line):
            kind, body = "quote", _QUOTE_MARK.sub("", line, count=1)
        elif _looks_like_heading(line) and _is_prose(following):
            if title is None and builder.block_count == 0:
                kind, title = "title", line
            else:
                kind = "heading"
        builder.add(kind, body)
    return builder.build(title=title, byline=byline, published=published)


def _is_prose_number_start(line: str) -> bool:
    """ "2. The vote" is a list item; "2.5 million people came" is prose that starts with one."""
    return bool(re.match(r"^\d+[.,]\d", line))


def _drop_trailing_labels(blocks: list[str]) -> list[str]:
    """Remove what follows the last prose block when none of it is prose (a player, a menu).

    A closing heading with nothing under it is junk by the same token, as no article ends on one.
    A short sentence ("Nobody was hurt.") is not a label: the article's text never goes.
    """
    if not any(_is_prose(line) for line in blocks):
        return blocks
    last_kept = max(i for i, line in enumerate(blocks) if _is_prose(line) or _is_sentence(line))
    tail = blocks[last_kept + 1 :]
    if all(len(_words(line)) <= 6 for line in tail):
        return blocks[: last_kept + 1]
    return blocks
