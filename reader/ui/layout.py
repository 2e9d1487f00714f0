"""Lay an article out as visual lines at a given width (word wrap done here, not by Rich).

Every visual line that shows article text knows the offset of its first character in
`Article.text`, so highlights, search matches, jumps and mouse selection all map between
screen rows and the one article string. Plain Python (no Textual), so it is cheap to test.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime
from itertools import islice

from rich.cells import cell_len, set_cell_size

from reader.article import Article

_WORD = re.compile(r"\S+")
# Characters outside these ranges may be wide (CJK, emoji) or zero-width (combining marks).
_NOT_SIMPLE = re.compile(
    "[^\x00-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]"
)
NO_OFFSET = -1


def clip_cells(text: str, limit: int) -> str:
    """`text` on one line in at most `limit` terminal cells (a CJK character takes two),
    "…" ending what was cut. Runs of white space, line breaks included, become one space."""
    text = " ".join(text.split())
    if cell_len(text) <= limit:
        return text
    return set_cell_size(text, max(0, limit - 1)).rstrip() + "…"


# What is drawn before the text of each line of a block: (first line, continuation lines).
PREFIXES: dict[str, tuple[str, str]] = {
    "quote": ("┃ ", "┃ "),
    "list_item": ("• ", "  "),
    "preformatted": ("  ", "  "),
}


@dataclass(frozen=True, slots=True)
class VisualLine:
    """One screen row: `text` is drawn; `text[prefix:]` is `article.text[start:start+n]`."""

    text: str
    kind: str
    start: int = NO_OFFSET
    prefix: int = 0
    block: int = -1

    @property
    def end(self) -> int:
        return self.start + len(self.text) - self.prefix if self.start >= 0 else NO_OFFSET


def wrap_offsets(
    text: str, width: int, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """Greedy word wrap of `text[start:end]`; returns (start, end) of each line, spaces trimmed.

    Hard newlines always break; a word longer than `width` is cut into `width`-cell pieces.
    """
    end = len(text) if end is None else end
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    # Where every character is one cell wide (nearly all news text), width is length.
    ascii_only = text.isascii() or _NOT_SIMPLE.search(text, start, end) is None
    pos = start
    while pos <= end:
        newline = text.find("\n", pos, end)
        stop = end if newline < 0 else newline
        before = len(lines)
        line_start = -1
        line_end = 0
        line_cells = 0
        for match in _WORD.finditer(text, pos, stop):
            word_start, word_end = match.span()
            cells = word_end - word_start if ascii_only else cell_len(match.group())
            if line_start >= 0:
                gap = word_start - line_end
                if line_cells + gap + cells <= width:
                    line_cells += gap + cells
                    line_end = word_end
                    continue
                lines.append((line_start, line_end))
            while cells > width:  # a word that cannot fit on any line: cut it
                cut = _cut(text, word_start, width, ascii_only)
                lines.append((word_start, cut))
                word_start = cut
                cells = word_end - word_start if ascii_only else cell_len(text[word_start:word_end])
            line_start, line_end, line_cells = word_start, word_end, cells
        if line_start >= 0:
            lines.append((line_start, line_end))
        if len(lines) == before and newline >= 0:
            lines.append((pos, pos))  # keep blank lines inside preformatted text
        if newline < 0:
            break
        pos = newline + 1
    return lines


def cut_lines(text: str, width: int, start: int, end: int) -> list[tuple[int, int]]:
    """Preformatted text: keep every line and its indentation, cut lines longer than width."""
    lines: list[tuple[int, int]] = []
    width = max(1, width)
    pos = start
    while pos <= end:
        newline = text.find("\n", pos, end)
        stop = end if newline < 0 else newline
        line_end = stop
        while line_end > pos and text[line_end - 1] == " ":
            line_end -= 1
        if line_end == pos:
            lines.append((pos, pos))
        while pos < line_end:
            cut = _cut(text, pos, width, text.isascii())
            lines.append((pos, min(cut, line_end)))
            pos = min(cut, line_end)
        if newline < 0:
            break
        pos = newline + 1
    return lines


def _cut(text: str, start: int, width: int, ascii_only: bool) -> int:
    if ascii_only:
        return start + width
    cells = 0
    index = start
    while index < len(text):
        cells += cell_len(text[index])
        if cells > width:
            break
        index += 1
    return max(index, start + 1)


@dataclass(frozen=True)
class ArticleLayout:
    """The article as rows at one width, plus indexes for offset <-> row lookups."""

    lines: list[VisualLine]
    width: int
    block_rows: list[int]  # first row of each block
    _row_starts: list[int]
    _rows: list[int]

    @property
    def height(self) -> int:
        return len(self.lines)

    def row_for_offset(self, offset: int) -> int:
        """The row showing `offset` (or the nearest row before it)."""
        index = bisect_right(self._row_starts, offset) - 1
        return self._rows[max(0, index)] if self._rows else 0

    def offset_for_row(self, row: int) -> int:
        """The article offset at the start of `row`, or of the next text row below it."""
        for line in islice(self.lines, max(0, row), None):
            if line.start >= 0:
                return line.start
        return self.lines[-1].end if self.lines and self.lines[-1].start >= 0 else 0

    def offset_at(self, row: int, column: int) -> int | None:
        """The article offset under a screen cell (column counted from the text's left edge)."""
        if not 0 <= row < len(self.lines):
            return None
        line = self.lines[row]
        if line.start < 0:
            return None
        return line.start + min(max(0, column - line.prefix), line.end - line.start)

    def plain_text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def title_block(article: Article) -> int | None:
    """The index of the block that repeats the title among the first few, if one does.

    Cleaned texts often start with their title; it is shown once, as that block, and the
    byline · date · site line follows it, so the title still leads the header.
    """
    title = (article.title or "").strip()
    if not title:
        return None
    for index, block in enumerate(article.blocks[:4]):
        if article.block_text(block).strip() == title:
            return index
    return None


def header_lines(article: Article, width: int) -> list[VisualLine]:
    """Title (unless a block repeats it), then byline · date · site, then a rule."""
    rows: list[VisualLine] = []
    title = (article.title or "").strip()
    if title and title_block(article) is None:
        rows += [VisualLine(title[s:e], "title") for s, e in wrap_offsets(title, width)]
    published = _friendly_date(article.published)
    meta = " · ".join(
        part.strip() for part in (article.byline, published, article.site) if part and part.strip()
    )
    if meta:
        rows += [VisualLine(meta[s:e], "meta") for s, e in wrap_offsets(meta, width)]
    if rows:
        rows.append(VisualLine("─" * min(width, 40), "rule"))
        rows.append(VisualLine("", "blank"))
    return rows


def _friendly_date(value: str | None) -> str | None:
    """ "2016-12-07T19:16" -> "7 Dec 2016, 19:16"; anything unparsable is shown as given."""
    if not value:
        return value
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return value
    day = f"{moment.day} {moment:%b %Y}"
    has_time = "T" in value or " " in value.strip()
    return f"{day}, {moment:%H:%M}" if has_time else day


def layout_article(article: Article, width: int) -> ArticleLayout:
    width = max(8, width)
    header = header_lines(article, width)
    after_title = title_block(article)
    lines = [VisualLine("", "blank")]
    if after_title is None:
        lines += header
    block_rows: list[int] = []
    text = article.text
    for index, block in enumerate(article.blocks):
        if index and index - 1 == after_title:
            lines += header[:-1]  # the blank that ends it is the one before this block
        if index:
            lines.append(VisualLine("", "blank"))
        block_rows.append(len(lines))
        first_prefix, next_prefix = PREFIXES.get(block.kind, ("", ""))
        inner = width - len(first_prefix)
        if block.kind == "preformatted":
            pieces = cut_lines(text, inner, block.start, block.end)
        else:
            pieces = wrap_offsets(text, inner, block.start, block.end)
        for number, (s, e) in enumerate(pieces):
            prefix = first_prefix if number == 0 else next_prefix
            lines.append(VisualLine(prefix + text[s:e], block.kind, s, len(prefix), index))
    row_starts: list[int] = []
    rows: list[int] = []
    for row, line in enumerate(lines):
        if line.start >= 0:
            row_starts.append(line.start)
            rows.append(row)
    return ArticleLayout(lines, width, block_rows, row_starts, rows)
