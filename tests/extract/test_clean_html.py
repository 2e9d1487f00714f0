"""clean_html: the article it builds, its metadata, and its errors (one line, no stderr noise)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.errors import MissingTextError, NotAnArticleError
from reader.extract.html.metadata import date_from_url, extract_metadata, normalize_date
from reader.extract.html.parse import clean_html, flatten_deep_nesting, parse_html

PARAGRAPHS = [
    "The city council voted on Tuesday to expand the bus network, adding four new routes "
    "that will connect the northern suburbs with the hospital and the university campus.",
    "Supporters said the plan, which costs 12 million euros over three years, would cut "
    "journey times for thousands of commuters, while critics questioned the financing.",
    "The first of the new routes is expected to open in March, the transport office said, "
    "with the remaining three following before the end of next year if funding allows.",
]


def page(body: str, head: str = "", html_attrs: str = "") -> str:
    return f"<html {html_attrs}><head>{head}</head><body>{body}</body></html>"


def story(extra_before: str = "", extra_after: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return f"<article>{extra_before}{paragraphs}{extra_after}</article>"


def body_text(html: str) -> str:
    article = clean_html(html, source="test.html")
    return "\n\n".join(
        article.block_text(block) for block in article.blocks if block.kind != "title"
    )


# --- the article ---------------------------------------------------------------------------


def test_blocks_in_reading_order_with_their_kinds() -> None:
    html = page(
        "<article><h1>Council expands bus network</h1>"
        f"<p>{PARAGRAPHS[0]}</p><h2>What changes</h2><p>{PARAGRAPHS[1]}</p>"
        "<blockquote><p>We listened to the riders and this is the result of that work.</p>"
        "</blockquote><ul><li>Route 41 to the hospital</li><li>Route 42 to the campus</li></ul>"
        "<pre>  route  stops\n  41     12</pre>"
        f"<figure><img src='a.jpg'><figcaption>The new buses at the depot.</figcaption></figure>"
        f"<p>{PARAGRAPHS[2]}</p></article>"
    )
    article = clean_html(html, source="bus.html")
    kinds = [block.kind for block in article.blocks]
    texts = [article.block_text(block) for block in article.blocks]
    assert kinds == [
        "title",
        "paragraph",
        "heading",
        "paragraph",
        "quote",
        "list_item",
        "list_item",
        "preformatted",
        "caption",
        "paragraph",
    ]
    assert texts[0] == "Council expands bus network"
    assert texts[2] == "What changes"
    # Inner layout of preformatted text is kept (the builder trims its ends).
    assert texts[7] == "route  stops\n  41     12"
    assert article.text.count("\n\n") == len(article.blocks) - 1
    assert article.source == "bus.html"


def test_inline_whitespace_is_folded_and_words_are_not_glued() -> None:
    html = page(
        story(
            extra_after="<p>Departures:\n\n   <b>OH</b><br>Aug   12</p>"
            "<table><tr><td>OH</td><td>Aug</td></tr><tr><td>NY</td><td>Sep</td></tr></table>"
        )
    )
    text = body_text(html)
    assert "Departures: OH Aug 12" in text
    assert "OHAug" not in text and "NYSep" not in text
    assert "  " not in text.replace("\n\n", "")


def test_headline_comes_from_og_title_not_the_title_tag_with_its_site_suffix() -> None:
    head = (
        "<title>Council expands bus network | The Daily Bugle</title>"
        '<meta property="og:title" content="Council expands bus network">'
    )
    article = clean_html(page(story(), head), source="t.html")
    assert article.title == "Council expands bus network"
    assert article.block_text(article.blocks[0]) == "Council expands bus network"
    assert article.blocks[0].kind == "title"


def test_headline_repeated_at_the_top_of_the_body_appears_once() -> None:
    head = '<meta property="og:title" content="Council expands bus network">'
    html = page(story(extra_before="<h1>Council expands bus network</h1><p>By Ann Smith</p>"), head)
    article = clean_html(html, source="t.html")
    assert article.text.count("Council expands bus network") == 1


def test_metadata_from_meta_tags() -> None:
    head = (
        '<meta property="og:title" content="Bus network grows">'
        '<meta name="author" content="Ann Smith">'
        '<meta property="article:published_time" content="2019-10-02T08:30:00+02:00">'
        '<meta property="og:site_name" content="The Daily Bugle">'
        '<link rel="canonical" href="https://example.com/bus">'
    )
    article = clean_html(page(story(), head, 'lang="en-GB"'), source="t.html")
    assert (article.title, article.byline, article.published) == (
        "Bus network grows",
        "Ann Smith",
        "2019-10-02T08:30+02:00",
    )
    assert (article.site, article.language, article.url) == (
        "The Daily Bugle",
        "en-GB",
        "https://example.com/bus",
    )


def test_metadata_from_json_ld() -> None:
    head = """<script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Site"},
      {"@type": "NewsArticle", "headline": "Bus network grows",
       "author": [{"@type": "Person", "name": "Ann Smith"}, {"@type": "Person", "name": "Bo Li"}],
       "datePublished": "2016-12-07T19:16:00Z",
       "publisher": {"@type": "Organization", "name": "The Daily Bugle"}}]}
    </script>"""
    meta = extract_metadata(parse_html(page(story(), head)))  # type: ignore[arg-type]
    assert meta.title == "Bus network grows"
    assert meta.byline == "Ann Smith, Bo Li"
    assert meta.published == "2016-12-07T19:16+00:00"
    assert meta.site == "The Daily Bugle"


def test_metadata_from_markup() -> None:
    body = (
        "<h1>Bus network grows</h1>"
        '<div class="byline">By <a rel="author" href="/ann">Ann Smith</a></div>'
        '<time datetime="2019-10-02">2 October</time>' + story()
    )
    meta = extract_metadata(parse_html(page(body)), "https://example.com/x")  # type: ignore[arg-type]
    assert meta.title == "Bus network grows"
    assert meta.byline == "Ann Smith"
    assert meta.published == "2019-10-02"
    assert meta.url == "https://example.com/x"


def test_author_url_is_not_a_byline_and_class_byline_strips_by() -> None:
    head = '<meta property="article:author" content="https://facebook.com/ann">'
    body = '<p class="article-byline">By Ann Smith</p>' + story()
    meta = extract_metadata(parse_html(page(body, head)))  # type: ignore[arg-type]
    assert meta.byline == "Ann Smith"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-10-02", "2019-10-02"),
        ("2016-12-07T19:16:00Z", "2016-12-07T19:16+00:00"),
        ("2016-12-07T19:16:00.000+0100", "2016-12-07T19:16+01:00"),
        ("2016-12-07 19:16", "2016-12-07T19:16"),
        ("Published 2019-10-02T08:30:00.000+0000 here", "2019-10-02T08:30"),
        ("yesterday", None),
        ("", None),
        ("0001-01-01", None),
    ],
)
def test_normalize_date(value: str, expected: str | None) -> None:
    assert normalize_date(value) == expected


# --- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n ",
        "<html><head><title>Only a head</title></head></html>",
        "<html><body><script>document.write('hello world, this is not text')</script></body>",
        "<html><body><style>p { color: red }</style></body></html>",
        "<html><body>   <div> </div> </body></html>",
        "\x00\x01\x02",
        "<p>____ *** ____</p>",
    ],
)
def test_no_article_raises_one_line_error_and_prints_nothing(
    html: str, capfd: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(NotAnArticleError) as raised:
        clean_html(html, source="empty.html")
    # A page with a <title> is named in the message (see the test of MissingTextError).
    assert str(raised.value).startswith("no article text found in empty.html")
    assert "\n" not in str(raised.value)
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")


def test_readability_failure_is_not_an_article_and_silent(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    from readability import readability

    def broken(self: object, *args: object) -> None:
        raise RuntimeError("boom")

    # readability logs the traceback (log.exception) and raises Unparseable from summary().
    monkeypatch.setattr(readability.Document, "score_paragraphs", broken)
    with pytest.raises(NotAnArticleError):
        clean_html(page(story()), source="broken.html")
    assert capfd.readouterr() == ("", "")


@pytest.mark.parametrize(
    ("opening", "closing", "depth"),
    [
        ("<div>", "</div>", 300),
        ("<div>", "</div>", 3000),
        ("<div>", "</div>", 10_000),
        ("<span>", "</span>", 10_000),
        # The parser adds a <tbody> per table that the flattener does not see.
        ("<table><tr><td>", "</td></tr></table>", 3000),
        ("<ul><li>", "</li></ul>", 3000),
    ],
)
def test_deep_nesting_still_gives_the_text(opening: str, closing: str, depth: int) -> None:
    html = page(opening * depth + story() + closing * depth)
    text = body_text(html)
    assert PARAGRAPHS[0] in text and PARAGRAPHS[2] in text


def test_flatten_deep_nesting_keeps_text_and_shallow_tags() -> None:
    html = "<div>" * 1500 + "<p>deep <b>text</b></p>" + "</div>" * 1500
    flat = flatten_deep_nesting(html)
    assert flat.count("<div>") == 1000 and flat.count("</div>") == 1000
    assert "deep " in flat and "text" in flat


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/ab p div=\"'&;\n\x00é")), max_size=300))
def test_any_input_gives_an_article_or_not_an_article_error(html: str) -> None:
    try:
        article = clean_html(html, source="fuzz")
    except NotAnArticleError:
        return
    assert article.blocks
    for block in article.blocks:
        assert article.block_text(block).strip() == article.block_text(block)


def test_site_name_is_cut_from_the_headline() -> None:
    head = (
        '<meta property="og:title" content="Spiced Honey Pear Jam | The Anti-June Cleaver">'
        '<meta property="og:site_name" content="The Anti-June Cleaver">'
    )
    meta = extract_metadata(parse_html(page(story(), head)))  # type: ignore[arg-type]
    assert meta.title == "Spiced Honey Pear Jam"


def test_domain_is_cut_from_the_title_tag() -> None:
    head = "<title>MacBook sale at Amazon from $700 - 9to5Mac</title>"
    doc = parse_html(page(story(), head))
    meta = extract_metadata(doc, "https://9to5mac.com/2019/11/18/deals/")  # type: ignore[arg-type]
    assert meta.title == "MacBook sale at Amazon from $700"


def test_a_headline_that_is_the_site_name_or_logo_is_not_the_title() -> None:
    head = (
        "<title>Why the feud matters, in five charts - Entermedia</title>"
        '<meta property="og:title" content="Entermedia">'
        '<meta property="og:site_name" content="Entermedia">'
    )
    body = (
        '<div id="site-title"><a href="/"><h1>Entermedia</h1></a></div>'
        "<h1>Why the feud matters, in five charts</h1>" + story()
    )
    meta = extract_metadata(parse_html(page(body, head)))  # type: ignore[arg-type]
    assert meta.title == "Why the feud matters, in five charts"


def test_body_headline_worded_differently_from_og_title_is_the_title_shown_once() -> None:
    head = '<meta property="og:title" content="Council grows bus network by four routes">'
    html = page(story(extra_before="<h1>Bus network grows</h1>"), head)
    article = clean_html(html, source="t.html")
    assert article.title == "Bus network grows"
    assert article.text.count("Bus network grows") == 1
    assert "Council grows bus network by four routes" not in article.text


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/politics/2019/11/19/prison-guards-charged/", "2019-11-19"),
        ("https://example.com/statements/2019/nov/18/mckinley/drugs/", "2019-11-18"),
        ("https://example.com/2019/02/30/not-a-day/", None),
        ("https://example.com/archive/2019/11/", None),
        ("https://example.com/news/story.html", None),
    ],
)
def test_date_from_url(url: str, expected: str | None) -> None:
    assert date_from_url(url) == expected


def test_url_date_comes_before_dates_guessed_from_the_text() -> None:
    body = "<p>Copyright 2016-04-05, all rights reserved.</p>" + story()
    meta = extract_metadata(  # type: ignore[arg-type]
        parse_html(page(body)), "https://example.com/sports/2019/11/20/hs-roundup/"
    )
    assert meta.published == "2019-11-20"


def test_two_line_breaks_end_a_paragraph_one_does_not() -> None:
    html = page(
        "<article><div class='story'>"
        + "<br><br>\n".join(PARAGRAPHS)
        + "<br>Closing line of the story, still part of the third paragraph."
        + "</div></article>"
    )
    article = clean_html(html, source="t.html")
    texts = [article.block_text(block) for block in article.blocks]
    assert texts[:2] == PARAGRAPHS[:2]
    closing = "Closing line of the story, still part of the third paragraph."
    assert texts[2] == f"{PARAGRAPHS[2]} {closing}"


def test_ruby_annotations_do_not_interleave_with_the_text() -> None:
    html = page(
        story(
            extra_after="<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rt>じ</rt></ruby>です</p>"
        )
    )
    assert body_text(html).endswith("漢字です")


def test_a_page_without_title_metadata_takes_its_first_heading_as_the_title() -> None:
    html = page("<div><h2>Council grows bus network</h2>" + story() + "</div>")
    article = clean_html(html, source="t.html")
    assert article.title == "Council grows bus network"
    assert [block.kind for block in article.blocks][:2] == ["title", "paragraph"]


def test_title_tag_loses_a_long_site_name_rather_than_its_short_headline() -> None:
    head = (
        "<title>Buses grow | The Daily Bugle of Greater Example County</title>"
        '<meta property="og:site_name" content="The Daily Bugle of Greater Example County">'
    )
    meta = extract_metadata(parse_html(page(story(), head)))  # type: ignore[arg-type]
    assert meta.title == "Buses grow"


def test_a_double_escaped_character_reference_is_shown_as_its_character() -> None:
    """A CMS that escapes "&#151;" again writes "&amp;#151;": the reader shows the dash (151 is
    a C1 code point, which HTML maps through windows-1252 to an em dash), not the code."""
    html = page(
        story(
            extra_before="<p><span>WASHINGTON &amp;#151; </span>The council met &amp;#8220;"
            "late&amp;#8221; on Tuesday, &amp;#x2014; and voted.</p>"
        )
    )
    text = body_text(html)
    assert "WASHINGTON — The council met “late” on Tuesday, — and voted." in text
    assert "&#" not in text


def test_a_character_reference_in_code_is_left_as_written() -> None:
    html = page(story(extra_after='<pre><code>print("&amp;#151;")</code></pre>'))
    assert 'print("&#151;")' in body_text(html)


@pytest.mark.parametrize("tag", ["script", "style"])
def test_a_script_never_closed_does_not_swallow_the_page(tag: str) -> None:
    """A saved page whose JSON-LD was cut off without its </script>: the parser would read
    the rest of the page as script text and find only the <head>."""
    head = (
        f'<{tag} type="application/ld+json">\n  {{"@type": "NewsArticle",\n  "dateModi'
        '"\n<meta property="og:title" content="Council expands bus network">\n'
    )
    html = page(story(), head=head)
    assert PARAGRAPHS[0] in body_text(html)
    assert clean_html(html, source="t.html").title == "Council expands bus network"


def test_a_post_that_is_only_a_list_of_links_is_the_article_under_its_title() -> None:
    """A link-blog post (bookmarks, each with its source) has no prose for readability to
    score: the page's one <article>, headed by the page's title, is the article."""
    links = "".join(
        f'<li><a href="https://example.org/{n}">Story number {n} about the council</a></li>'
        f'<li>via <a href="https://example.org">example.org</a></li>'
        for n in range(8)
    )
    nav = "".join(f'<li><a href="/{n}">Section {n}</a></li>' for n in range(6))
    html = page(
        f'<nav><ul>{nav}</ul></nav><article class="post"><header><h1 class="entry-title">'
        f'Bookmarks 01/23/2020</h1></header><div class="entry-content"><ul>{links}</ul>'
        "<p>Posted from my bookmarks.</p></div></article><footer><p>Site footer</p></footer>",
        head='<meta property="og:title" content="Bookmarks 01/23/2020">',
    )
    article = clean_html(html, source="links.html")
    assert article.title == "Bookmarks 01/23/2020"
    assert "Story number 0 about the council" in article.text
    assert "Story number 7 about the council" in article.text
    assert "Section 1" not in article.text


def test_a_page_without_its_text_names_its_title_in_the_error() -> None:
    """A paywalled page or one whose story is loaded by a script: the message says which
    article it was, and the error carries the title and byline for a front end."""
    html = page(
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav><h1>Ministers meet</h1>',
        head='<meta property="og:title" content="Ministers meet"><meta name="author" '
        'content="Ann Lee">',
    )
    with pytest.raises(MissingTextError) as raised:
        clean_html(html, source="paywall.html")
    message = str(raised.value)
    assert message.startswith("no article text found in paywall.html")
    assert '"Ministers meet"' in message and "Ann Lee" in message
    assert raised.value.title == "Ministers meet"
    assert raised.value.byline == "Ann Lee"


def test_a_figure_and_its_label_in_adjacent_elements_are_two_words() -> None:
    """Stat boxes put a figure and its label in adjacent elements with no space between them
    (laid out apart by CSS): "33%" and "of voters" are two words, not "33%of"."""
    html = page(
        story(
            extra_after='<p><span class="num">33%</span><span class="txt">of voters backed'
            " it</span>, and <span>28,140</span><span>cases</span> were counted.</p>"
        )
    )
    text = body_text(html)
    assert "33% of voters backed it" in text
    assert "28,140 cases" in text


def test_an_ordinal_suffix_or_a_unit_stays_glued_to_its_number() -> None:
    html = page(
        story(
            extra_after="<p>On the 3<sup>rd</sup> day, the <b>2</b><i>nd</i> bus.</p>"
            "<p>Carbohydrates: <span>31</span><span>g</span>, energy <span>291</span>"
            "<span>kcal</span>.</p>"
        )
    )
    text = body_text(html)
    assert "On the 3rd day, the 2nd bus." in text
    assert "Carbohydrates: 31g, energy 291kcal." in text
