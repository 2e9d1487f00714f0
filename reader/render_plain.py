"""`newsreader analyze` without --json: the cleaned article and its analysis, printed with Rich.

Article text goes into `rich.text.Text` objects and is styled by offsets, never through markup,
so "[bold]" or "[@click=...]" in an article prints as the characters it is.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.text import Text

from reader.extract.sanitize import sanitize_inline

_BLOCK_STYLES = {
    "title": "bold",
    "heading": "bold underline",
    "quote": "italic",
    "caption": "dim",
    "preformatted": "",
    "list_item": "",
    "paragraph": "",
}
_HIGHLIGHTS = (("quotes", "green"), ("people", "bold cyan"), ("numbers", "yellow"))


def _spans(result: dict[str, Any]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for key, style in _HIGHLIGHTS:
        for item in result.get(key, []):
            if key == "people":
                spans.extend((start, end, style) for start, end in item["mentions"])
            else:
                spans.append((item["start"], item["end"], style))
    return spans


def plain_console() -> Console:
    """Standard output without styles: no colour, no escape codes, lines as long as they are."""
    return Console(color_system=None, highlight=False, markup=False, emoji=False, soft_wrap=True)


def print_article(result: dict[str, Any], console: Console | None = None) -> None:
    """Print one `article_json` result for a person to read.

    To a terminal, lines are wrapped at its width; to a pipe or a file they are not (the
    reader of the output, `less` or an editor, wraps them itself).
    """
    if console is None:
        console = Console(highlight=False, markup=False, emoji=False)
        if not console.is_terminal:
            console = plain_console()
    text: str = result["text"]
    spans = _spans(result)
    # The source is the user's file name, never sanitised on the way in (issue 10).
    meta = [sanitize_inline(result.get(key)) for key in ("byline", "published", "site", "source")]
    for block in result["blocks"]:
        start, end = block["start"], block["end"]
        line = Text(text[start:end], style=_BLOCK_STYLES.get(block["kind"], ""))
        for span_start, span_end, style in spans:
            if span_start < end and span_end > start:
                line.stylize(style, max(span_start, start) - start, min(span_end, end) - start)
        if block["kind"] == "list_item":
            line = Text("• ") + line
        elif block["kind"] == "quote":
            line = Text("│ ", style="dim") + line
        console.print(line)
        if block["kind"] == "title":
            console.print(Text(" · ".join(m for m in meta if m), style="dim"))
        console.print()
    _print_summary(result, console)


def _print_summary(result: dict[str, Any], console: Console) -> None:
    quotes, people, numbers = result["quotes"], result["people"], result["numbers"]
    console.print(Text(f"Quotes ({len(quotes)})", style="bold green"))
    for quote in quotes:
        speaker = quote.get("speaker") or "unattributed"
        console.print(Text.assemble((f"  {speaker}: ", "bold"), f"“{quote['text']}”"))
    console.print(Text(f"People ({len(people)})", style="bold cyan"))
    for person in people:
        role = f", {person['role']}" if person.get("role") else ""
        count = len(person["mentions"])
        console.print(Text(f"  {person['name']}{role} ({count} mention{'s' * (count != 1)})"))
    console.print(Text(f"Numbers ({len(numbers)})", style="bold yellow"))
    for number in numbers:
        console.print(Text.assemble(f"  {number['text']}", (f"  {number['kind']}", "dim")))
