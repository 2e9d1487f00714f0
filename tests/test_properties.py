"""Property tests over the whole loading path: arbitrary bytes, text and HTML either give an
article whose blocks and analysis offsets slice its text, or raise the app's own error type.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import analyze
from reader.errors import NewsreaderError
from reader.extract import article_from_bytes

_TAGS = [
    "p",
    "div",
    "article",
    "h1",
    "h2",
    "blockquote",
    "li",
    "ul",
    "pre",
    "script",
    "style",
    "nav",
    "figure",
    "figcaption",
    "table",
    "td",
    "span",
    "a",
    "br",
    "form",
    "aside",
]
_WORDS = [
    "the",
    "minister",
    "said",
    "“",
    "”",
    '"',
    "'",
    "’",
    "70%",
    "$3.2",
    "billion",
    "1,224",
    "Lavrov",
    "Sergey",
    "Mr.",
    "told",
    "&amp;",
    "&#x1b;",
    "&#27;",
    "\x1b[2J",
    "\u202e",
    "[bold]",
    "[/]",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "\x00",
    "December",
    "2",
    ".",
    ",",
]


@st.composite
def html_soup(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 60))):
        choice = draw(st.integers(0, 3))
        tag = draw(st.sampled_from(_TAGS))
        if choice == 0:
            parts.append(f"<{tag}>")
        elif choice == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(" ".join(draw(st.lists(st.sampled_from(_WORDS), max_size=12))))
    return "<html><body>" + "".join(parts) + "</body></html>"


def _check(data: bytes, name: str) -> None:
    try:
        article = article_from_bytes(data, name=name)
    except NewsreaderError as error:
        assert "\n" not in str(error)
        return
    text = article.text
    for block in article.blocks:
        assert 0 <= block.start < block.end <= len(text)
    analysis = analyze(text)
    for item in (*analysis.quotes, *analysis.numbers):
        assert text[item.start : item.end] == item.text
    for person in analysis.people:
        for start, end in person.mentions:
            assert 0 <= start < end <= len(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_soup())
def test_any_html_gives_an_article_or_our_error(html: str) -> None:
    _check(html.encode("utf-8", "surrogatepass"), "soup.html")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_give_an_article_or_our_error(data: bytes) -> None:
    _check(data, "random")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_any_text_gives_an_article_or_our_error(text: str) -> None:
    _check(text.encode("utf-8", "surrogatepass"), "random.txt")
