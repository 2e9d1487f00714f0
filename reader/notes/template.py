"""`notes export --template FILE`: a small template language for notes apps (Logseq bullets).

Safe by construction: a template can only name the placeholders listed in `ARTICLE_FIELDS`
and `HIGHLIGHT_FIELDS`; there are no expressions, attribute access, filters or includes, and
nothing is evaluated. The syntax:

- `{{name}}` (spaces inside the braces allowed) is replaced by a value.
- `{{#highlights}}` … `{{/highlights}}` is repeated for each highlight, in reading order; the
  highlight's placeholders work only inside it (the article's work everywhere). A section tag
  alone on its line takes its line with it.
- A value of several lines (a note) continues under the text of the line the placeholder is
  on (after its `- ` bullet), so it stays inside its Logseq block. Spaces at the end of a
  line are dropped (an empty value leaves none).
- Values are plain text made inert for Markdown (as in the default export), so article text
  cannot add links, HTML or Logseq macros; `link` is a percent-encoded web address or empty.

Any other `{{...}}` is an error naming its line (`TemplateError`), found before anything is
written. The bundled templates (`BUNDLED`) are used by name: `--template logseq`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ARTICLE_FIELDS: dict[str, str] = {
    "title": "the article's title (or its source)",
    "source": "its web address or file",
    "site": "the site's name",
    "author": "its authors, separated by commas",
    "published": "when it was published, as the page says",
    "created": "the day it was first saved (YYYY-MM-DD)",
    "exported": "when this export was made",
    "tags": "every tag of its highlights, separated by commas",
    "hashtags": "the same tags written #tag",
}
HIGHLIGHT_FIELDS: dict[str, str] = {
    "quote": "the highlighted passage",
    "note": "the note on it (may be several lines)",
    "link": "the article's address with a text fragment to the passage (web pages only)",
    "tags": "its tags (given with t, and #tags in its note), separated by commas",
    "hashtags": "the same tags written #tag",
    "kind": "highlight, quote, person or number",
    "label": "the panel item it was made on (quotes, people, numbers)",
    "created": "when it was made",
    "orphaned": "'orphaned' when it is no longer found in the article, else empty",
}
SECTION = "highlights"
BUNDLED = {"logseq": Path(__file__).with_name("templates") / "logseq.md"}

_TAG = re.compile(r"\{\{(.*?)\}\}")


class TemplateError(ValueError):
    """A template that cannot be used; the message is one line naming where and why."""


@dataclass(frozen=True, slots=True)
class _Part:
    kind: str  # "text", "field", "section"
    text: str = ""  # text, or the field's name
    indent: str = ""  # of the line a field is on
    body: tuple[_Part, ...] = ()


@dataclass(frozen=True, slots=True)
class Template:
    """A parsed template: `render` fills it in."""

    parts: tuple[_Part, ...]

    def render(self, article: dict[str, str], highlights: list[dict[str, str]]) -> str:
        """The filled-in text; spaces an empty value leaves at the end of a line are dropped."""
        out: list[str] = []
        for part in self.parts:
            if part.kind == "section":
                for values in highlights:
                    _render(part.body, article | values, out)
            else:
                _render((part,), article, out)
        return "\n".join(line.rstrip(" \t") for line in "".join(out).split("\n"))


def _render(parts: tuple[_Part, ...], values: dict[str, str], out: list[str]) -> None:
    for part in parts:
        if part.kind == "text":
            out.append(part.text)
        else:
            out.append(values.get(part.text, "").replace("\n", "\n" + part.indent))


def load_template(name: str) -> Template:
    """The template in file `name`, or the bundled one of that name. Raises TemplateError."""
    path = Path(name).expanduser()
    if not path.exists() and name in BUNDLED:
        path = BUNDLED[name]
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        known = ", ".join(BUNDLED)
        raise TemplateError(
            f"Cannot read the template {name}: {reason or error} (bundled: {known})."
        ) from error
    try:
        return parse_template(text)
    except TemplateError as error:
        raise TemplateError(f"Template {name}, {error}") from None


def parse_template(text: str) -> Template:
    parts: list[_Part] = []
    section: list[_Part] | None = None
    section_line = 0
    at = 0
    for match in _TAG.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        _check_no_braces(text[at : match.start()], text, at)
        target = section if section is not None else parts
        name = match.group(1).strip()
        before, after = match.start(), match.end()
        if name in (f"#{SECTION}", f"/{SECTION}"):
            # A section tag alone on its line stands for no line of its own.
            line_start = text.rfind("\n", 0, before) + 1
            rest = re.match(r"[ \t]*(\n|$)", text[after:])
            if rest and not text[max(at, line_start) : before].strip(" \t") and line_start >= at:
                before, after = line_start, after + rest.end()
        if before > at:
            target.append(_Part("text", text[at:before]))
        at = after
        if name == f"#{SECTION}":
            if section is not None:
                raise TemplateError(f"line {line}: {{{{#{SECTION}}}}} inside another one.")
            section, section_line = [], line
        elif name == f"/{SECTION}":
            if section is None:
                raise TemplateError(f"line {line}: {{{{/{SECTION}}}}} without {{{{#{SECTION}}}}}.")
            parts.append(_Part("section", body=tuple(section)))
            section = None
        else:
            known = set(ARTICLE_FIELDS)
            if section is not None:
                known |= set(HIGHLIGHT_FIELDS)
            if name not in known:
                where = "inside" if section is not None else "outside"
                raise TemplateError(
                    f"line {line}: unknown placeholder {{{{{_shown(name)}}}}} {where} "
                    f"{{{{#{SECTION}}}}} (known: {', '.join(sorted(known))})."
                )
            start = text.rfind("\n", 0, match.start()) + 1
            target.append(_Part("field", name, _indent(text[start : match.start()])))
    _check_no_braces(text[at:], text, at)
    if section is not None:
        raise TemplateError(f"line {section_line}: {{{{#{SECTION}}}}} is never closed.")
    if at < len(text):
        parts.append(_Part("text", text[at:]))
    return Template(tuple(parts))


def _indent(line_start: str) -> str:
    """Where a value's later lines start: under the text of its line (after a bullet)."""
    bullet = re.match(r"[ \t]*(?:[-*+] )?", line_start)
    assert bullet is not None  # the pattern matches the empty string
    return re.sub(r"[^\t]", " ", bullet.group(0))


def _check_no_braces(chunk: str, text: str, offset: int) -> None:
    found = chunk.find("{{")
    if found >= 0:
        line = text.count("\n", 0, offset + found) + 1
        raise TemplateError(f"line {line}: {{{{ without a closing }}}}.")


def _shown(name: str) -> str:
    name = " ".join(name.split())
    return name if len(name) <= 40 else name[:39] + "…"
