"""Generates hostile and broken inputs at test time (nothing binary is committed).

Each case is (name, filename, bytes, expectation), where expectation is "article" (the CLI must
produce an article) or "error" (a one-line error and exit code 2). Names are stable so a failing
case is easy to find.
"""

from __future__ import annotations

import codecs
import gzip
from dataclasses import dataclass
from typing import Literal

Expect = Literal["article", "error", "either"]

PARAGRAPH = (
    "The council met on Tuesday and voted on the budget after a long debate, "
    "the clerk said, adding that the vote was close."
)
RUSSIAN = (
    "Совет собрался во вторник и проголосовал за бюджет после долгих споров, "
    "сообщил секретарь, добавив, что голосование было близким."
)

# Sequences that must never reach the terminal from article text.
ESCAPES = {
    "csi-clear": "\x1b[2J\x1b[H",
    "osc0-title": "\x1b]0;PWNED-TITLE\x07",
    "osc52-clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "osc8-link": "\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\",
    "csi-8bit": "\x9b2J",
    "osc-8bit": "\x9d0;PWNED8\x9c",
    "nul-del": "\x00\x7f",
    "bidi": "\u202eevil\u202c\u2066x\u2069",
    "zero-width": "\u200b\u200c\u200d\u2060\ufeff",
}
MARKUP = "[@click=app.quit]click me[/] [Reuters] [/bold] [b]bold[/b] [link=file:///etc]x[/link]"


@dataclass(frozen=True)
class Case:
    name: str
    filename: str
    data: bytes
    expect: Expect
    max_size: str | None = None
    seconds: float | None = None  # a tighter time bound than the hang detector's, if any


def _html(body: str, head: str = "", charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}{head}</head><body>{body}</body></html>"


def _article(paragraphs: int = 6, text: str = PARAGRAPH, title: str = "Budget vote") -> str:
    return f"<article><h1>{title}</h1>" + f"<p>{text}</p>" * paragraphs + "</article>"


def escape_page(as_entities: bool) -> str:
    """A page with every escape in the title, byline, a quote, a name and the body."""

    def enc(seq: str) -> str:
        return "".join(f"&#x{ord(c):x};" for c in seq) if as_entities else seq

    bits = "".join(
        f"<p>{name}: before{enc(seq)}after, the clerk said.</p>" for name, seq in ESCAPES.items()
    )
    head = f"<title>Title{enc(ESCAPES['osc0-title'])} here</title>"
    head += f'<meta name="author" content="Ann{enc(ESCAPES["csi-clear"])} Lee">'
    body = (
        f"<article><h1>Escapes{enc(ESCAPES['osc52-clipboard'])} in a title</h1>"
        f"<p>“We will{enc(ESCAPES['osc8-link'])} stay,” said Maria{enc(ESCAPES['bidi'])} "
        f"Lopez, the mayor of the town, on Tuesday.</p>{bits}"
        + f"<p>{PARAGRAPH}</p>" * 3
        + "</article>"
    )
    return _html(body, head)


def markup_page() -> str:
    body = (
        f"<article><h1>Title {MARKUP}</h1>"
        f"<p>“{MARKUP} is what we said,” said John [b]Smith[/b] Jr., the minister.</p>"
        f"<p>{MARKUP} {PARAGRAPH}</p>" + f"<p>{PARAGRAPH}</p>" * 3 + "</article>"
    )
    return _html(body, f'<title>{MARKUP}</title><meta name="author" content="{MARKUP}">')


def cases() -> list[Case]:
    page = _html(_article())
    ru_body = _article(text=RUSSIAN, title="Бюджет")
    cp1252_page = _html(
        _article(text="“We won’t close” – said Renée, the café owner, on Monday. " * 3),
        charset="iso-8859-1",
    )
    long_quote = "“" + "we will stay and we will fight " * 2000 + "” said Ann Lee."
    long_name = "said " + " ".join(["Bartholomew"] * 500) + " on Tuesday, and left."
    return [
        Case("empty", "empty.html", b"", "error"),
        Case("whitespace", "ws.txt", b" \n\t\r\n  " * 100, "error"),
        Case("binary", "data.bin", bytes(range(256)) * 64, "error"),
        Case("nul-text", "nul.txt", b"abc\x00def" * 100, "error"),
        Case("truncated-gzip", "page.html.gz", gzip.compress(page.encode(), mtime=0)[:60], "error"),
        Case("gzip-bomb", "bomb.html.gz", gzip.compress(b" " * 30_000_000, mtime=0), "error"),
        Case("utf16-bom", "u16.html", codecs.BOM_UTF16_LE + page.encode("utf-16-le"), "article"),
        Case(
            "utf16-no-bom",
            "u16n.html",
            page.replace('charset="utf-8"', "").encode("utf-16-le"),
            "article",
        ),
        Case(
            "cp1251-meta",
            "ru.html",
            _html(ru_body, charset="windows-1251").encode("cp1251"),
            "article",
        ),
        Case(
            "cp1251-no-meta", "ru2.html", _html(ru_body, charset=None).encode("cp1251"), "article"
        ),
        Case(
            "lying-meta",
            "lie.html",
            _html(_article(text="Café “crème” – " + PARAGRAPH), charset="utf-8").encode("cp1252"),
            "article",
        ),
        Case("latin1-label-cp1252", "l1.html", cp1252_page.encode("cp1252"), "article"),
        Case("no-body", "nobody.html", b"<html><head><title>x</title></head></html>", "error"),
        Case("head-only", "head.html", b"<head><title>Head</title><meta name=a></head>", "error"),
        Case(
            "script-only",
            "script.html",
            _html("<script>" + "var a=1;" * 1000 + "</script>").encode(),
            "error",
        ),
        Case(
            "nested-100k",
            "deep.html",
            _html("<div>" * 100_000 + _article() + "</div>" * 100_000).encode(),
            "either",
        ),
        Case(
            "nested-10k",
            "deep10k.html",
            _html("<div>" * 10_000 + _article() + "</div>" * 10_000).encode(),
            "either",
        ),
        Case("page-20mb", "big.html", _html(_article(paragraphs=160_000)).encode(), "error"),
        Case(
            "page-20mb-allowed",
            "big.html",
            _html(_article(paragraphs=160_000)).encode(),
            "article",
            max_size="40M",
        ),
        Case(
            "word-5mb",
            "word.html",
            _html(f"<article><p>{'a' * 5_000_000}</p></article>").encode(),
            "either",
        ),
        Case("word-5mb-text", "word.txt", b"w" * 5_000_000, "either"),
        Case(
            "rss",
            "feed.xml",
            b'<?xml version="1.0"?><rss><channel><item><title>t</title></item></channel></rss>',
            "error",
        ),
        Case(
            "atom",
            "feed",
            b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.'
            b'w3.org/2005/Atom"><title>t</title></feed>',
            "error",
        ),
        Case(
            "svg",
            "pic.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>',
            "error",
        ),
        Case("escapes-raw", "esc.html", escape_page(as_entities=False).encode(), "article"),
        Case("escapes-entities", "esc2.html", escape_page(as_entities=True).encode(), "article"),
        Case(
            "escapes-text",
            "esc.txt",
            (
                "Escapes Everywhere\n\n"
                + "\n\n".join(
                    f"{n}: before{s}after, the clerk said on Tuesday." for n, s in ESCAPES.items()
                )
            ).encode(),
            "article",
        ),
        Case("markup", "markup.html", markup_page().encode(), "article"),
        Case("long-quote", "lq.txt", long_quote.encode(), "article"),
        Case("long-name", "ln.txt", long_name.encode(), "article"),
        # Shapes that were quadratic or memory-hungry under the 10 MB cap (issue 10, item 10):
        # each must finish in seconds, under 1 GiB, or be refused with one line.
        Case(
            "attributes-100k",
            "attrs.html",
            _html(
                "<article><h1>Budget vote</h1><p "
                + " ".join(f'a{i}="v"' for i in range(100_000))
                + f">{PARAGRAPH}</p>"
                + f"<p>{PARAGRAPH}</p>" * 5
                + "</article>"
            ).encode(),
            "either",
            seconds=20,  # was 61 s: libxml2 and htmldate compare every attribute pair
        ),
        Case(
            "attributes-2m",
            "attrs2m.html",
            _html(
                "<article><h1>T</h1>"
                + ("<p " + " ".join(f"a{i}" for i in range(250)) + ">x.</p>") * 8500
                + "</article>"
            ).encode(),
            "error",
            seconds=20,  # 2 million attributes in 10 MB took 760 MiB
        ),
        Case(
            "paragraphs-1m",
            "paras.html",
            _html("<article><h1>T</h1>" + "<p>a.</p>" * 1_000_000 + "</article>").encode(),
            "error",
            seconds=20,  # was 1.15 GiB and over a minute
        ),
        Case(
            "text-paragraphs-1m",
            "paras.txt",
            ("Budget vote\n\n" + "a.\n\n" * 1_000_000).encode(),
            "error",
            seconds=12,  # was ~20 s and 1M blocks in the JSON
        ),
        Case(
            "whitespace-runs",
            "ws-runs.txt",
            (
                f"Budget vote\n\n{PARAGRAPH}\n\n"
                + "".join(f"Ann said it, {' ' * 300}the clerk said. " for _ in range(3000))
                + f"\n\nword{' ' * 900_000}word, said Ann.\n\n{PARAGRAPH}"
            ).encode(),
            "article",
            seconds=20,  # 940 kB of whitespace runs once took 52 s
        ),
        Case(
            "object-embed-base",
            "obj.html",
            _html(
                '<base href="http://evil.example/"><object data="x.swf"></object>'
                '<embed src="y.swf">' + _article()
            ).encode(),
            "article",
        ),
    ]
