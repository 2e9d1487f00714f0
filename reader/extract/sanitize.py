"""Make untrusted article text safe to show: no terminal control, no invisible tricks.

Article text comes from the internet. Measured in this project: ESC/CSI/OSC sequences (screen
clear, window title, OSC 52 clipboard writes, OSC 8 links), C1 controls, bidi overrides and
zero-width characters all survive readability and reach the terminal through every Textual
widget. Every piece of article text (blocks and metadata alike) passes through here once, when
the article is built, so nothing downstream can forget.
"""

from __future__ import annotations

import re
import unicodedata

# A whole escape sequence goes, not just its ESC byte: leaving "[2J" or "]0;title" behind
# would put garbage into the text. 7-bit (ESC ...) and 8-bit (CSI/OSC/DCS as C1) forms.
# A string sequence (OSC, DCS, SOS, PM, APC) goes whole only when its terminator (BEL or ST)
# ends it nearby, on the same line: a lone introducer is a stray control character, and the
# prose after it stays. Windows-1252 pages holding UTF-8 put U+009D (OSC) into the middle of
# sentences ("â€\x9d" is a misread closing quote); treating it as a sequence start once cost
# a page 4 KB of its text. An 8-bit OSC must also open with its numeric command ("0;", "52;"),
# and may end in "œ": the HTML standard maps the reference &#x9c; (ST) to U+0153, so an OSC
# written with references arrives as "\x9d0;title œ".
_STRING_SEQUENCE_LIMIT = 512
_ESCAPE_SEQUENCE = re.compile(
    rf"""
    (?:\x1b\[|\x9b)[\x30-\x3f]{{0,32}}[\x20-\x2f]{{0,4}}[\x40-\x7e]      # CSI ... final byte
    | (?:\x1b[\]PX^_]|\x9d[0-9]{{1,4}};|[\x90\x98\x9e\x9f])              # OSC, DCS, SOS, PM, APC
      [^\x07\x1b\x9c\n]{{0,{_STRING_SEQUENCE_LIMIT}}}(?:\x07|\x1b\\|\x9c)  # ... to BEL or ST
    | \x9d[0-9]{{1,4}};[^\x07\x1b\x9c\n\u0153]{{0,{_STRING_SEQUENCE_LIMIT}}}\u0153  # or to "œ"
    | \x1b[\x20-\x2f]{{0,4}}[\x30-\x7e]?                                   # other ESC sequences
    """,
    re.VERBOSE,
)

# Characters that change how text around them is drawn or read, with nothing to show:
# bidi embeddings/overrides/isolates (Trojan-Source style reordering), zero-width and joiner
# characters, the BOM, interlinear annotation marks, and other "format" controls.
_INVISIBLE = {
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",  # zero-width space/(non-)joiner, LRM, RLM
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",  # LRE RLE PDF LRO RLO
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",  # LRI RLI FSI PDI
    "\u2060",
    "\u2061",
    "\u2062",
    "\u2063",
    "\u2064",  # word joiner, invisible operators
    "\ufeff",
    "\ufff9",
    "\ufffa",
    "\ufffb",
    "\u00ad",  # BOM, annotation marks, soft hyphen
    "\u061c",
    "\u180e",
}
_SPACES = {"\t": " ", "\u00a0": " ", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n"}


def _keep(char: str) -> str:
    if char in _SPACES:
        return _SPACES[char]
    if char in _INVISIBLE:
        return ""
    category = unicodedata.category(char)
    # Cc: C0/C1 controls and DEL (newline is the only one text needs); Cf: other format
    # controls; Cs: lone surrogates, which cannot be encoded for the terminal.
    if category in ("Cc", "Cs") and char != "\n":
        return ""
    if category == "Cf":
        return ""
    return char


_NEEDS_WORK = re.compile(
    r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u00a0\u00ad\u0600-\u0605\u061c\u06dd"
    r"\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb"
    r"\ud800-\udfff\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    r"\U0001d173-\U0001d17a\U000e0001-\U000e007f]"
)


def sanitize_text(text: str) -> str:
    """Remove escape sequences, control and invisible characters; keep newlines.

    Carriage returns become newlines first, so CRLF text keeps its line breaks.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _NEEDS_WORK.search(text):
        return text  # the common case: clean text costs one scan
    text = _ESCAPE_SEQUENCE.sub("", text)
    return "".join(_keep(c) for c in text) if _NEEDS_WORK.search(text) else text


def sanitize_inline(text: str | None) -> str | None:
    """Sanitise one-line metadata (title, byline, site): also fold all whitespace runs."""
    if text is None:
        return None
    folded = " ".join(sanitize_text(text).split())
    return folded or None


_MARKUP_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def sanitize_markup(html: str) -> str:
    """Remove escape sequences and control characters from HTML before it is parsed.

    libxml2 refuses strings with control characters ("All strings must be XML compatible")
    and readability then fails on the whole page, so they go first; entity-encoded ones
    (&#x1b;) survive parsing and are removed with the rest when blocks are built.
    """
    # Every escape sequence starts with a control character, so a page without any (nearly
    # all pages) costs one scan; tabs and no-break spaces, which _NEEDS_WORK also matches,
    # are harmless to the parser.
    if not _MARKUP_CONTROLS.search(html):
        return html
    return _MARKUP_CONTROLS.sub("", _ESCAPE_SEQUENCE.sub("", html))
