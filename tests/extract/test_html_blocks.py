"""reader.extract.html.blocks: words are never glued across block boundaries, order is kept."""

from __future__ import annotations

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.extract.html.blocks import iter_blocks

_SEPARATING = ["p", "div", "li", "td", "th", "h2", "blockquote", "section", "dd", "figcaption"]
_words = st.text(alphabet="abcdefghij", min_size=1, max_size=6)


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> tuple[str, list[str]]:
    """Markup of nested separating elements with one word in each, and its words in order."""
    tag = draw(st.sampled_from(_SEPARATING))
    word = draw(_words)
    children = draw(st.integers(0, 3 if depth < 3 else 0))
    html, words = f"<{tag}>{word}", [word]
    for _ in range(children):
        child_html, child_words = draw(_markup(depth + 1))
        html += child_html
        words += child_words
    return html + f"</{tag}>", words


@settings(max_examples=150, deadline=None)
@given(_markup())
def test_block_boundaries_separate_words_in_order(case: tuple[str, list[str]]) -> None:
    html, words = case
    # Cells and list items need their table/list around them to parse as such.
    root = lxml.html.fragment_fromstring(f"<div><table><tr><td>{html}</td></tr></table></div>")
    text = " ".join(text for _, text in iter_blocks(root))
    assert text.split() == words


def test_line_breaks_and_cells_separate_words() -> None:
    root = lxml.html.fragment_fromstring(
        "<div><p>a<br>b</p><table><tr><td>OH</td><td>Aug</td></tr></table><p>c<img>d</p></div>"
    )
    assert [text for _, text in iter_blocks(root)] == ["a b", "OH Aug", "c d"]


def test_preformatted_text_keeps_its_br_line_breaks() -> None:
    # Code listings and poems written as "<pre>line<br>line</pre>" (some CMSs emit <br> in
    # <pre>): the browser shows one line per <br>.
    root = lxml.html.fragment_fromstring(
        "<pre>def f():<br>    return 1<br/><b>print</b>(f())\nlast</pre>", create_parent="div"
    )
    assert list(iter_blocks(root)) == [("preformatted", "def f():\n    return 1\nprint(f())\nlast")]


def test_a_caption_in_a_gallery_list_item_is_a_caption() -> None:
    # A gallery laid out as a list: each item a figure with its caption.
    tree = lxml.html.fragment_fromstring(
        '<div><ul class="article-gallery"><li><figure><img src="a.jpg"><figcaption>'
        "Functional areas of the module.</figcaption></figure></li></ul>"
        "<ul><li>A plain item</li></ul></div>"
    )
    assert list(iter_blocks(tree)) == [
        ("caption", "Functional areas of the module."),
        ("list_item", "A plain item"),
    ]
