"""Links kept by cleaning: spans of Article.text with absolute, safe http(s) URLs."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from reader.extract import article_from_bytes, article_json
from reader.extract.links import MAX_HREF, bare_url_links, clean_href

PAGE_URL = "http://127.0.0.1:8000/x/a.html"


def _page(body: str, head: str = "") -> bytes:
    return (
        f"<html><head><title>Storm damage</title>{head}</head><body><article>"
        f"<h1>Storm damage</h1>{body}</article></body></html>"
    ).encode()


def _links(body: str, head: str = "", url: str | None = PAGE_URL) -> list[tuple[str, str]]:
    article = article_from_bytes(_page(body, head), name="a.html", url=url)
    return [(article.link_text(link), link.href) for link in article.links]


PROSE = "The storm crossed the coast overnight and the clean-up began at dawn in every town."


def test_relative_links_resolve_against_the_page_url() -> None:
    body = f'<p>{PROSE} The <a href="../data/report.html">full report</a> is out.</p>'
    assert _links(body) == [("full report", "http://127.0.0.1:8000/data/report.html")]


def test_base_element_wins_over_the_page_url() -> None:
    body = f'<p>{PROSE} The <a href="report.html">full report</a> is out.</p>'
    head = '<base href="https://news.example.com/2024/">'
    assert _links(body, head) == [("full report", "https://news.example.com/2024/report.html")]


def test_relative_base_resolves_against_the_page_url() -> None:
    body = f'<p>{PROSE} The <a href="report.html">full report</a> is out.</p>'
    assert _links(body, '<base href="/news/">') == [
        ("full report", "http://127.0.0.1:8000/news/report.html")
    ]


def test_canonical_url_is_the_base_of_a_saved_page() -> None:
    body = f'<p>{PROSE} The <a href="report.html">full report</a> is out.</p>'
    head = '<link rel="canonical" href="https://paper.example/story/1">'
    assert _links(body, head, url=None) == [
        ("full report", "https://paper.example/story/report.html")
    ]


def test_a_saved_page_without_any_base_keeps_only_absolute_links() -> None:
    body = (
        f'<p>{PROSE} The <a href="report.html">full report</a> and the '
        '<a href="https://gov.example/data">data</a>.</p>'
    )
    assert _links(body, url=None) == [("data", "https://gov.example/data")]


def test_link_spans_are_exact_and_in_the_json() -> None:
    body = f'<p>{PROSE} Read <a href="/a">the first</a> and <a href="/b">the second</a>.</p>'
    article = article_from_bytes(_page(body), name="a.html", url=PAGE_URL)
    links = article_json(article)["links"]
    assert [link["text"] for link in links] == ["the first", "the second"]
    for link in links:
        assert article.text[link["start"] : link["end"]] == link["text"]
    assert links[1]["href"] == "http://127.0.0.1:8000/b"


def test_the_same_anchor_text_twice_gets_two_spans() -> None:
    body = f'<p>{PROSE} See <a href="/1">here</a> and also <a href="/2">here</a>.</p>'
    article = article_from_bytes(_page(body), name="a.html", url=PAGE_URL)
    first, second = article.links
    assert first.end <= second.start
    assert (first.href, second.href) == ("http://127.0.0.1:8000/1", "http://127.0.0.1:8000/2")


def test_anchors_inside_quotes_and_numbers() -> None:
    body = (
        f"<p>{PROSE}</p>"
        '<p>"We will <a href="/speech">rebuild every home</a>," the mayor said.</p>'
        '<p>Damage reached <a href="/estimate">$3.2 billion</a>, insurers said.</p>'
    )
    assert _links(body) == [
        ("rebuild every home", "http://127.0.0.1:8000/speech"),
        ("$3.2 billion", "http://127.0.0.1:8000/estimate"),
    ]


def test_hostile_hrefs_are_dropped_and_their_text_kept() -> None:
    body = (
        f"<p>{PROSE} "
        '<a href="javascript:alert(1)">one</a> <a href="  java\tscript:alert(2)">two</a> '
        '<a href="data:text/html,&lt;b&gt;">three</a> <a href="file:///etc/passwd">four</a> '
        '<a href="mailto:a@b.c">five</a> <a href="#fn1">six</a> '
        f'<a href="https://e.example/{"x" * (MAX_HREF + 10)}">seven</a> end.</p>'
    )
    article = article_from_bytes(_page(body), name="a.html", url=PAGE_URL)
    assert article.links == ()
    assert "one two three four five six seven end." in article.text


def test_control_characters_in_hrefs_never_survive() -> None:
    body = (
        f"<p>{PROSE} <a href='&#x1b;]52;c;aGk=&#x7;https://e.example/a'>clipboard</a> and "
        "<a href='https://e.example/b\u202ex\u200b'>colour</a>.</p>"
    )
    hrefs = [href for _, href in _links(body)]
    assert hrefs == ["https://e.example/a", "https://e.example/bx"]


def test_plain_text_articles_get_their_bare_urls() -> None:
    text = (
        b"Storm damage\n\nThe figures come from https://gov.example/storm?id=4 and the survey "
        b"(see http://survey.example/a_(b)). Both were published on Monday morning.\n"
    )
    article = article_from_bytes(text, name="a.txt")
    assert [(article.link_text(link), link.href) for link in article.links] == [
        ("https://gov.example/storm?id=4", "https://gov.example/storm?id=4"),
        ("http://survey.example/a_(b)", "http://survey.example/a_(b)"),
    ]


def test_bare_urls_stop_at_sentence_punctuation() -> None:
    links = bare_url_links("Go to https://a.example/x. Or http://b.example/y, maybe.")
    assert [link.href for link in links] == ["https://a.example/x", "http://b.example/y"]


@given(st.text(max_size=80), st.sampled_from([None, PAGE_URL, "https://b.example/d/"]))
def test_clean_href_gives_only_safe_absolute_urls(href: str, base: str | None) -> None:
    result = clean_href(href, base)
    if result is not None:
        assert result.startswith(("http://", "https://"))
        assert len(result) <= MAX_HREF
        assert not any(c.isspace() or unicodedata.category(c) in ("Cc", "Cf") for c in result)


def test_anchor_text_with_inline_markup_and_nested_anchors() -> None:
    body = (
        f"<p>{PROSE} The <a href='/r'><em>full</em> <b>report</b></a> and "
        "<a href='/outer'>outer <a href='/inner'>inner</a></a> text.</p>"
    )
    links = _links(body)
    assert links[0] == ("full report", "http://127.0.0.1:8000/r")
    assert all(text and href.startswith("http://127.0.0.1:8000/") for text, href in links)


def test_a_link_farm_is_bounded_and_fast() -> None:
    import time

    from reader.extract.links import MAX_LINKS

    anchors = " ".join(f"<a href='/p{n}'>word{n}</a>" for n in range(MAX_LINKS + 3000))
    began = time.perf_counter()
    article = article_from_bytes(_page(f"<p>{PROSE} {anchors}.</p>"), name="a.html", url=PAGE_URL)
    assert time.perf_counter() - began < 20
    assert len(article.links) == MAX_LINKS


@given(st.text(alphabet=st.sampled_from("ab :/.()\n,htps"), max_size=120))
def test_bare_url_links_are_sorted_spans_of_the_text(text: str) -> None:
    links = bare_url_links(text)
    previous_end = 0
    for link in links:
        assert previous_end <= link.start < link.end <= len(text)
        assert link.href.startswith(("http://", "https://"))
        previous_end = link.end
