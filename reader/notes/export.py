"""Export highlights and notes: Markdown for people, W3C Web Annotation JSON for tools.

Highlights are exported where they lie in the article's stored snapshot (re-anchored), in
reading order; orphans are exported too, marked as such, with their stored text.

Markdown: YAML front matter with the properties Obsidian's web clipper writes (title, source,
author, published, created, tags, plus site and exported), then each highlight as a block
quote with a link back to the passage (a text fragment, `fragments`), its tags and its note.
Every front-matter string is a double-quoted, escaped YAML scalar (`yaml_string`).
JSON: a W3C `AnnotationCollection` whose items are `Annotation`s with `TextualBody`s (the
note, and one per tag with purpose "tagging") and a target of `source` + `TextQuoteSelector`
+ `TextPositionSelector` (https://www.w3.org/TR/annotation-model/); the terms it adds are
declared in its `@context`.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.article import Article
from reader.notes.anchoring import place_all
from reader.notes.fragments import passage_link
from reader.notes.model import PlacedHighlight, SavedArticle
from reader.notes.store import NoteStore, now_iso
from reader.notes.tags import unique
from reader.notes.template import Template

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

    @property
    def tags(self) -> tuple[str, ...]:
        """Every tag of its highlights, in reading order."""
        return unique(tag for placed in self.placed for tag in placed.highlight.all_tags)


def collect(store: NoteStore, saved: SavedArticle) -> ArticleNotes:
    article = store.load_article(saved.id)
    placed = place_all(article.text, store.highlights(saved.id))
    placed.sort(key=lambda p: (p.placement.orphaned, p.placement.start, p.highlight.id))
    return ArticleNotes(saved, article, placed)


# -- Markdown ---------------------------------------------------------------------------

# The front matter of one article, with the property names Obsidian's web clipper writes
# (so notes clipped in the browser and exported from here sort and search alike).
FRONT_MATTER_FIELDS = ("title", "source", "author", "published", "created", "tags", "site")


def front_matter(item: ArticleNotes, exported: str) -> dict[str, str | list[str] | None]:
    """The front matter values of one article (None: not known)."""
    return {
        "title": item.saved.title or item.source,
        "source": item.source,
        "author": authors(item.article.byline),
        "published": item.saved.published,
        "created": item.saved.first_saved[:10],
        "tags": list(item.tags),
        "site": item.saved.site,
        "exported": exported,
    }


def to_markdown(items: Sequence[ArticleNotes], *, exported: str | None = None) -> str:
    """One article: its own front matter. Several: one front matter, a section each."""
    exported = exported or now_iso()
    if len(items) == 1:
        item = items[0]
        lines = yaml_front_matter(front_matter(item, exported))
        lines += ["", f"# {_inert(_one_line(item.saved.title or item.source))}", ""]
        lines += _highlights_markdown(item)
        return "\n".join(lines).rstrip("\n") + "\n"
    lines = yaml_front_matter(
        {
            "title": "newsreader notes",
            "created": exported[:10],
            "tags": list(unique(tag for item in items for tag in item.tags)),
            "exported": exported,
        }
    )
    for item in items:
        lines += ["", f"## {_inert(_one_line(item.saved.title or item.source))}", ""]
        lines += [f"Source: {_source_link(item.source)}  ", f"Date: {_inert(item.date)}", ""]
        lines += _highlights_markdown(item)
    return "\n".join(lines).rstrip("\n") + "\n"


def authors(byline: str | None) -> list[str]:
    """The names in a byline ("By Ann Lee and Bo Chan" -> ["Ann Lee", "Bo Chan"])."""
    if not byline:
        return []
    text = re.sub(r"^\s*by\s+", "", _one_line(byline), flags=re.IGNORECASE)
    names = re.split(r"\s*(?:,|;|&|\band\b)\s*", text)
    return list(unique(name for name in names if name))


def yaml_front_matter(values: dict[str, str | list[str] | None]) -> list[str]:
    """YAML front matter: every string double-quoted and escaped (`yaml_string`), lists in
    block style, unknown values empty. Article text can neither end the block nor add keys."""
    lines = ["---"]
    for key, value in values.items():
        if value is None:
            lines.append(f"{key}:")
        elif isinstance(value, list):
            lines.append(f"{key}: []" if not value else f"{key}:")
            lines += [f"  - {yaml_string(entry)}" for entry in value]
        else:
            lines.append(f"{key}: {yaml_string(value)}")
    lines.append("---")
    return lines


# Characters a YAML double-quoted scalar may hold as they are: printable, and not a line
# break (YAML counts NEL, LS and PS as line breaks too), a quote or a backslash.
_YAML_UNSAFE = re.compile(
    '[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]|["\\\\]'
)
_YAML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def yaml_string(text: str) -> str:
    """`text` as a YAML double-quoted scalar that any YAML parser reads back exactly."""

    def escape(match: re.Match[str]) -> str:
        char = match.group(0)
        if char in _YAML_ESCAPES:
            return _YAML_ESCAPES[char]
        code = ord(char)
        return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"

    return '"' + _YAML_UNSAFE.sub(escape, text) + '"'


def _highlights_markdown(item: ArticleNotes) -> list[str]:
    lines: list[str] = []
    for placed in item.placed:
        highlight = placed.highlight
        for line in highlight.anchor.exact.split("\n"):
            lines.append(f"> {_inert(line)}".rstrip())
        lines.append("")
        # An orphan is not in the page as saved last: a link would find nothing.
        link = None if placed.placement.orphaned else passage_link(item.saved.url, highlight.anchor)
        if link is not None:
            lines += [f"[Open the passage](<{link}>)", ""]
        lines += _links_markdown(item.article, placed)
        if highlight.kind != "highlight" and highlight.label:
            lines += [f"*On the {highlight.kind}: {_inert(_one_line(highlight.label))}*", ""]
        if placed.placement.orphaned:
            lines += [ORPHAN_MARK, ""]
        if highlight.tags:
            # Only the tags given with `t`: the note's own #tags are in the note below.
            lines += ["Tags: " + " ".join(f"#{tag}" for tag in highlight.tags), ""]
        if highlight.note.strip():
            lines += [_escape_note_line(line) for line in highlight.note.strip().split("\n")]
            lines.append("")
    return lines


# -- templates (reader.notes.template) ---------------------------------------------------


def to_template(
    items: Sequence[ArticleNotes], template: Template, *, exported: str | None = None
) -> str:
    """Each article through `template`, one after another."""
    exported = exported or now_iso()
    return "".join(
        template.render(
            _article_values(item, exported), [_highlight_values(item, p) for p in item.placed]
        )
        for item in items
    )


def _template_text(text: str | None) -> str:
    return _no_macros(_inert(text or ""))


def _no_macros(markdown: str) -> str:
    # No Logseq macro ({{embed}}, {{query}}) from article text or a note.
    return markdown.replace("{", "\\{").replace("}", "\\}")


def _article_values(item: ArticleNotes, exported: str) -> dict[str, str]:
    front = front_matter(item, exported)
    return {
        "title": _template_text(_one_line(item.saved.title or item.source)),
        "source": _template_text(item.source),
        "site": _template_text(item.saved.site),
        "author": _template_text(", ".join(authors(item.article.byline))),
        "published": _template_text(item.saved.published),
        "created": _template_text(str(front["created"])),
        "exported": _template_text(exported),
        "tags": ", ".join(item.tags),
        "hashtags": " ".join(f"#{tag}" for tag in item.tags),
    }


def _highlight_values(item: ArticleNotes, placed: PlacedHighlight) -> dict[str, str]:
    highlight = placed.highlight
    link = None if placed.placement.orphaned else passage_link(item.saved.url, highlight.anchor)
    return {
        "quote": _template_text(highlight.anchor.exact),
        "note": "\n".join(
            _no_macros(_escape_note_line(line)) for line in highlight.note.strip().split("\n")
        ),
        "link": link or "",
        "tags": ", ".join(highlight.all_tags),
        "hashtags": " ".join(f"#{tag}" for tag in highlight.all_tags),
        "kind": highlight.kind,
        "label": _template_text(highlight.label),
        "created": highlight.created,
        "orphaned": "orphaned" if placed.placement.orphaned else "",
    }


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


# The W3C context, then the terms this export adds to it (an extension term must be declared
# in the context, https://www.w3.org/TR/annotation-model/#extensions). Tags need none: they
# are bodies with the purpose "tagging", as the model has them.
NEWSREADER_TERMS = "urn:x-newsreader:terms#"
CONTEXT: list[Any] = [
    "http://www.w3.org/ns/anno.jsonld",
    {
        "newsreader": NEWSREADER_TERMS,
        "newsreader:kind": {"@id": f"{NEWSREADER_TERMS}kind"},
        "newsreader:label": {"@id": f"{NEWSREADER_TERMS}label"},
        "newsreader:orphaned": {
            "@id": f"{NEWSREADER_TERMS}orphaned",
            "@type": "http://www.w3.org/2001/XMLSchema#boolean",
        },
    },
]


def to_annotations(items: Iterable[ArticleNotes], *, exported: str | None = None) -> dict[str, Any]:
    annotations = [annotation(item, placed) for item in items for placed in item.placed]
    return {
        "@context": CONTEXT,
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
    orphan has only its TextQuoteSelector (it has no position in that text). Its note is a
    "commenting" body, each tag a "tagging" body (one body alone is not put in a list)."""
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
        "@context": CONTEXT,
        "id": f"urn:uuid:{_uuid(highlight.uid)}",
        "type": "Annotation",
        "created": highlight.created,
        "modified": highlight.modified,
        "motivation": "commenting" if highlight.note.strip() else "highlighting",
    }
    bodies: list[dict[str, Any]] = []
    if highlight.note.strip():
        bodies.append(
            {
                "type": "TextualBody",
                "value": highlight.note,
                "format": "text/plain",
                "purpose": "commenting",
            }
        )
    bodies += [
        {"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in highlight.all_tags
    ]
    if bodies:
        data["body"] = bodies[0] if len(bodies) == 1 else bodies
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


MAX_NUMBERED = 1000


def write_new_export_file(directory: Path, stem: str, suffix: str, content: str) -> Path:
    """Write `content` to a new file `stem` + `suffix` in `directory`, or, where that name is
    taken, `stem-2` + `suffix`, `stem-3`… : an existing file is never overwritten. Returns
    the path written; raises OSError."""
    for number in range(1, MAX_NUMBERED):
        path = directory / (stem + (f"-{number}" if number > 1 else "") + suffix)
        try:
            write_export_file(path, content, overwrite=False)  # whole or nothing, never over
        except FileExistsError:
            continue
        return path
    raise OSError(f"too many exports named {stem}{suffix} in {directory}")


# -- one file per article (`notes export --dir`) -------------------------------------------

# Characters no file name may hold on some system (Windows, macOS, Linux), or that break an
# Obsidian link to the note ([[ ]], #, ^, |), and control characters.
_UNSAFE_IN_NAME = re.compile(r'[\x00-\x1f\x7f-\x9f/\\:*?"<>|\[\]#^\u2028\u2029]')
_RESERVED_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL"]
    + [f"COM{n}" for n in range(1, 10)]
    + [f"LPT{n}" for n in range(1, 10)]
)
MAX_NAME_BYTES = 150  # leaves room for "-999.json" and a hidden temporary name within 255


def file_stem(title: str) -> str:
    """A file name (without suffix) from an article's title: readable, safe on every system.

    No path separators, control or reserved characters (each run of them becomes a space),
    no leading dot (hidden) or trailing dot or space (Windows), no reserved device name
    (CON, NUL, COM1…), at most `MAX_NAME_BYTES` bytes of UTF-8; "article" when nothing is
    left."""
    stem = " ".join(_UNSAFE_IN_NAME.sub(" ", title).split())
    stem = stem.lstrip(". ")
    encoded = stem.encode("utf-8")[:MAX_NAME_BYTES]
    stem = encoded.decode("utf-8", errors="ignore").rstrip(". ")
    if stem.split(".")[0].strip().upper() in _RESERVED_NAMES:
        stem = f"{stem} (article)"
    return stem or "article"


def write_article_files(
    directory: Path,
    items: Sequence[ArticleNotes],
    render: Callable[[ArticleNotes], str],
    suffix: str,
    kept: list[Path] | None = None,
) -> list[tuple[Path, bool]]:
    """One file per article in `directory`, named from its title (`file_stem`). Returns each
    path written and whether it replaced an earlier export of that same article.

    A name that is taken gets a number (`Title-2.md`), unless the file there is this
    article's own Markdown export (same title and source in its front matter) and the new
    export still holds every line of it: that one is brought up to date. An own export with
    lines of its own (the user wrote in it in their vault, or a note changed since) is left
    as it is and added to `kept`. Nothing else is ever overwritten, and no two articles of
    one run share a file. Raises OSError."""
    written: list[tuple[Path, bool]] = []
    taken: set[Path] = set()
    for item in items:
        content = render(item)
        stem = file_stem(item.saved.title or item.source)
        earlier = _earlier_export(directory, stem, suffix, item, content, taken, kept)
        if earlier is not None:
            write_export_file(earlier, content, overwrite=True)
            written.append((earlier, True))
        else:
            path = write_new_export_file(directory, stem, suffix, content)
            written.append((path, False))
        taken.add(written[-1][0])
    return written


def _earlier_export(
    directory: Path,
    stem: str,
    suffix: str,
    item: ArticleNotes,
    content: str,
    taken: set[Path],
    kept: list[Path] | None = None,
) -> Path | None:
    """This article's own export among `stem.md`, `stem-2.md`… (up to the first free name)
    that the new export can replace without losing a line of it (see `write_article_files`)."""
    for number in range(1, MAX_NUMBERED):
        path = directory / (stem + (f"-{number}" if number > 1 else "") + suffix)
        if not path.exists():
            return None
        if path in taken:
            continue
        old = _export_of(path, item, content)
        if old is None:
            continue
        if _loses_nothing(old, content):
            return path
        if kept is not None:
            kept.append(path)
    return None


def _export_of(path: Path, item: ArticleNotes, content: str) -> str | None:
    """The text of `path` if it is a Markdown export of `item` (its title and source lines in
    the front matter match those in `content`, the new export); templates and JSON never
    match."""
    try:
        old = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    keys = (
        f"title: {yaml_string(item.saved.title or item.source)}",
        f"source: {yaml_string(item.source)}",
    )
    before, new = _front_lines(old[: 64 * 1024]), _front_lines(content)
    return old if all(key in new for key in keys) and all(key in before for key in keys) else None


def _loses_nothing(old: str, content: str) -> bool:
    """Whether every line of the earlier export `old` is in `content`, but its export time."""
    new = set(content.split("\n"))
    return all(line in new or line.startswith("exported: ") for line in old.split("\n"))


def _front_lines(document: str) -> set[str]:
    lines = document.split("\n")
    if not lines or lines[0] != "---" or "---" not in lines[1:]:
        return set()
    return set(lines[1 : lines.index("---", 1)])


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
