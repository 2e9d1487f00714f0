"""Export highlights and notes: Markdown for people, W3C Web Annotation JSON for tools.

Highlights are exported where they lie in the article's stored snapshot (re-anchored), in
reading order; orphans are exported too, marked as such, with their stored text.

Markdown: YAML front matter (title, source, date), then each highlight as a block quote with
its note below. Values in the front matter are JSON strings, which YAML reads as-is.
JSON: a W3C `AnnotationCollection` whose items are `Annotation`s with a `TextualBody` (the
note, when there is one) and a target of `source` + `TextQuoteSelector` +
`TextPositionSelector` (https://www.w3.org/TR/annotation-model/).
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.article import Article
from reader.notes.anchoring import place_all
from reader.notes.model import PlacedHighlight, SavedArticle
from reader.notes.store import NoteStore, now_iso

ORPHAN_MARK = "*Not found in the current text of the article (orphaned).*"


@dataclass(frozen=True, slots=True)
class ArticleNotes:
    """One saved article, its snapshot, and its highlights placed in that snapshot."""

    saved: SavedArticle
    article: Article
    placed: list[PlacedHighlight]

    @property
    def source(self) -> str:
        return self.saved.url or self.saved.source

    @property
    def date(self) -> str:
        return self.saved.published or self.saved.first_saved[:10]


def collect(store: NoteStore, saved: SavedArticle) -> ArticleNotes:
    article = store.load_article(saved.id)
    placed = place_all(article.text, store.highlights(saved.id))
    placed.sort(key=lambda p: (p.placement.orphaned, p.placement.start, p.highlight.id))
    return ArticleNotes(saved, article, placed)


# -- Markdown ---------------------------------------------------------------------------


def to_markdown(items: Sequence[ArticleNotes], *, exported: str | None = None) -> str:
    """One article: its own front matter. Several: one front matter, a section each."""
    exported = exported or now_iso()
    if len(items) == 1:
        item = items[0]
        lines = _front_matter(
            title=item.saved.title or item.source,
            source=item.source,
            date=item.date,
            exported=exported,
        )
        lines += ["", f"# {_inert(_one_line(item.saved.title or item.source))}", ""]
        lines += _highlights_markdown(item)
        return "\n".join(lines).rstrip("\n") + "\n"
    lines = _front_matter(
        title="newsreader notes", source="newsreader", date=exported[:10], exported=exported
    )
    for item in items:
        lines += ["", f"## {_inert(_one_line(item.saved.title or item.source))}", ""]
        lines += [f"Source: {_source_link(item.source)}  ", f"Date: {_inert(item.date)}", ""]
        lines += _highlights_markdown(item)
    return "\n".join(lines).rstrip("\n") + "\n"


def _front_matter(**values: str) -> list[str]:
    return [
        "---",
        *(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in values.items()),
        "---",
    ]


def _highlights_markdown(item: ArticleNotes) -> list[str]:
    lines: list[str] = []
    for placed in item.placed:
        highlight = placed.highlight
        for line in highlight.anchor.exact.split("\n"):
            lines.append(f"> {_inert(line)}".rstrip())
        lines.append("")
        lines += _links_markdown(item.article, placed)
        if highlight.kind != "highlight" and highlight.label:
            lines += [f"*On the {highlight.kind}: {_inert(_one_line(highlight.label))}*", ""]
        if placed.placement.orphaned:
            lines += [ORPHAN_MARK, ""]
        if highlight.note.strip():
            lines += [_escape_note_line(line) for line in highlight.note.strip().split("\n")]
            lines.append("")
    return lines


def _links_markdown(article: Article, placed: PlacedHighlight) -> list[str]:
    """The article's links inside the highlight, as Markdown links (issue 13): the anchor
    text inert, the URL (an http(s) URL cleaned when the article was) in <> so no character
    of it can end the link early."""
    if placed.placement.orphaned:
        return []
    start, end = placed.placement.start, placed.placement.end
    inside = [link for link in article.links if start <= link.start and link.end <= end]
    if not inside:
        return []
    shown = ", ".join(
        f"[{_inert(_one_line(article.link_text(link)))}](<{link.href}>)" for link in inside
    )
    return [f"Links: {shown}", ""]


def _escape_note_line(line: str) -> str:
    # A note line starting with ">" would join the block quote above it.
    line = _inert(line)
    return "\\" + line if line.lstrip().startswith(">") else line


# What Markdown turns into live HTML in plain text: raw HTML and autolinks (<), links,
# images and link definitions ([ ] and so !), entity references (&), code spans (`), and
# the backslash that would undo an escape. Article text and notes are plain text; a notes
# app that renders the export must not run <img onerror>, <script>, javascript: links or
# load remote tracking images from them (issue 10).
_MARKDOWN_ACTIVE = re.compile(r"([\\<\[\]!&`])")


def _inert(text: str) -> str:
    """Plain text as Markdown that shows exactly that text and renders no HTML."""
    return _MARKDOWN_ACTIVE.sub(r"\\\1", text)


def _source_link(source: str) -> str:
    """An autolink for a web address; anything else (a path) as plain text."""
    if re.fullmatch(r"https?://[^\s<>]+", source):
        return f"<{source}>"
    return _inert(source)


def _one_line(text: str) -> str:
    return " ".join(text.split())


# -- W3C Web Annotation JSON ------------------------------------------------------------


def to_annotations(items: Iterable[ArticleNotes], *, exported: str | None = None) -> dict[str, Any]:
    annotations = [annotation(item, placed) for item in items for placed in item.placed]
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "label": "newsreader highlights and notes",
        "generated": exported or now_iso(),
        "total": len(annotations),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": annotations},
    }


def to_json(items: Iterable[ArticleNotes], *, exported: str | None = None) -> str:
    return json.dumps(to_annotations(items, exported=exported), ensure_ascii=False, indent=2) + "\n"


def annotation(item: ArticleNotes, placed: PlacedHighlight) -> dict[str, Any]:
    """One highlight as a W3C Annotation. Positions are in the article's stored text; an
    orphan has only its TextQuoteSelector (it has no position in that text)."""
    highlight = placed.highlight
    anchor = highlight.anchor
    selectors: list[dict[str, Any]] = [
        {
            "type": "TextQuoteSelector",
            "exact": anchor.exact,
            "prefix": anchor.prefix,
            "suffix": anchor.suffix,
        }
    ]
    if not placed.placement.orphaned:
        selectors.append(
            {
                "type": "TextPositionSelector",
                "start": placed.placement.start,
                "end": placed.placement.end,
            }
        )
    data: dict[str, Any] = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": f"urn:uuid:{_uuid(highlight.uid)}",
        "type": "Annotation",
        "created": highlight.created,
        "modified": highlight.modified,
        "motivation": "commenting" if highlight.note.strip() else "highlighting",
    }
    if highlight.note.strip():
        data["body"] = {
            "type": "TextualBody",
            "value": highlight.note,
            "format": "text/plain",
            "purpose": "commenting",
        }
    data["target"] = {"source": item.source, "selector": selectors}
    if item.saved.title:
        data["target"]["title"] = item.saved.title
    if highlight.kind != "highlight":
        data["newsreader:kind"] = highlight.kind
        if highlight.label:
            data["newsreader:label"] = highlight.label
    if placed.placement.orphaned:
        data["newsreader:orphaned"] = True
    return data


def _uuid(hex_uid: str) -> str:
    h = hex_uid
    if len(h) != 32:
        return h
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# -- writing a file -----------------------------------------------------------------------


def write_export_file(target: Path, content: str, *, overwrite: bool) -> None:
    """Write `content` to `target` whole or not at all: a failed write (disk full) leaves
    neither half a file nor a hidden temporary one. The file gets the mode a plain `open`
    would give it (the umask), or keeps its own when it is replaced (mkstemp alone makes
    0600). Without `overwrite`, an existing `target` raises FileExistsError, untouched.
    Raises OSError when it cannot be written."""
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        os.fchmod(fd, _mode_for(target) if overwrite else _new_file_mode())
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        if overwrite:
            os.replace(temporary, target)
        else:
            _link_new(Path(temporary), target, content)
    finally:
        with suppress(FileNotFoundError):
            os.unlink(temporary)


def _link_new(temporary: Path, target: Path, content: str) -> None:
    """Give the written file its name, refusing an existing one: a hard link is atomic; where
    there are none (some network and FAT file systems) write it under an exclusive open."""
    try:
        os.link(temporary, target)
        return
    except FileExistsError:
        raise
    except OSError:
        pass
    with target.open("x", encoding="utf-8") as file:  # ours from here: removed if it fails
        try:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        except BaseException:
            target.unlink()
            raise


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return _new_file_mode()


def _new_file_mode() -> int:
    umask = os.umask(0)  # there is no other way to read it; set straight back
    os.umask(umask)
    return 0o666 & ~umask
