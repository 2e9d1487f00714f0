"""Page shapes readability alone gets wrong, each as a minimal page: text held in <br> runs
instead of <p>s (old table layouts, <font>, <span>), and the checks after readability that
catch a wrong pick (a teaser box, a site header) by comparing it with the page's largest
block of text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.extract.html import boilerplate
from reader.extract.html.blocks import element_text
from reader.extract.html.parse import clean_html, parse_html
from tests.extract.test_clean_html import PARAGRAPHS, body_text, page

# Six paragraphs, enough to outweigh any teaser (six different ones: a run said twice in a
# row is a template's copy, which news_blocks.drop_repeated_runs removes).
STORY = [*PARAGRAPHS, *(f"Again: {text}" for text in PARAGRAPHS)]
TEASERS = (
    '<div class="box">'
    + "".join(
        f"<p>In other news, item {i}: the mayor opens a new park in the east, with a playground,"
        " a pond, and a cafe.</p>"
        for i in range(3)
    )
    + "</div>"
)


def paras(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def layout(story: str) -> str:
    """A two-column page: the story in one column, a box of teaser paragraphs in the other."""
    return page(f'<div id="wrap"><div id="main">{story}</div><div id="side">{TEASERS}</div></div>')


def paragraphs_of(html: str) -> list[str]:
    return body_text(html).split("\n\n")


BR_SHAPES = {
    "table cell": "<table><tr><td>{}</td></tr></table>",
    "font in a table (old layout)": (
        '<table><tr><td><a href="/">Home</a><br><a href="/news">News</a></td>'
        '<td><font face="Arial" size="2">{}</font></td></tr></table>'
    ),
    "span in a div": '<div><span class="text">{}</span></div>',
    "font in a div": '<div class="content"><font size="2">{}</font></div>',
}


@pytest.mark.parametrize("shape", list(BR_SHAPES))
def test_text_in_br_runs_is_the_article_not_the_teasers(shape: str) -> None:
    story = BR_SHAPES[shape].format("<br>\n<br>".join(STORY))
    paragraphs = paragraphs_of(layout(story))
    assert paragraphs[: len(STORY)] == STORY
    assert not any("In other news" in p for p in paragraphs)


def test_br_runs_become_paragraphs_and_single_breaks_stay_inside_them() -> None:
    doc = parse_html(
        page(
            "<td>First line<br>same paragraph, second line, long enough to count as prose here"
            "<br><br>Second paragraph with <b>bold</b> words, also long enough to be prose."
            "<br> <br><br>Third one<div>a block of its own</div>tail text after the block"
            " that makes a paragraph too.</td>"
        )
    )
    assert doc is not None
    boilerplate.paragraphs_from_line_breaks(doc)
    cell = doc.find(".//td")
    assert [child.tag for child in cell] == ["p", "p", "p", "div", "p"]
    assert cell[0].find("br") is not None  # a single <br> is a line break inside the paragraph
    assert cell[1].find("b").text == "bold"
    assert cell[4].text.startswith("tail text")


def test_a_short_run_of_links_between_breaks_is_not_rewritten() -> None:
    doc = parse_html(page('<td><a href="/">Home</a><br><br><a href="/n">News</a></td>'))
    assert doc is not None
    boilerplate.paragraphs_from_line_breaks(doc)
    assert doc.find(".//p") is None


def test_text_inside_a_paragraph_or_pre_is_left_alone() -> None:
    lines = "<br><br>".join(STORY)
    doc = parse_html(page(f"<p><span>{lines}</span></p><pre><span>{lines}</span></pre>"))
    assert doc is not None
    boilerplate.paragraphs_from_line_breaks(doc)
    assert len(doc.findall(".//p")) == 1


# --- furniture rules that would take the article --------------------------------------------


def test_a_section_whose_heading_slug_holds_a_furniture_word_is_kept() -> None:
    # Docs and long reads give each section the slug of its heading as its id.
    sections = "".join(
        f'<section id="{slug}"><h2>{heading}</h2>' + paras(PARAGRAPHS) + "</section>"
        for slug, heading in (
            ("how-it-started", "How it started"),
            ("the-sharing-economy", "The sharing economy"),
            ("comments-from-residents", "Comments from residents"),
        )
    )
    text = body_text(page(f"<div class='content'>{sections}</div>"))
    assert "The sharing economy" in text and "Comments from residents" in text
    assert text.count(PARAGRAPHS[0]) == 3


def test_a_share_bar_is_still_furniture() -> None:
    html = page(
        "<article>"
        + paras(PARAGRAPHS)
        + '<div id="share-this-story"><h4>Share this story</h4><a href="/fb">Facebook</a></div>'
        "</article>"
    )
    assert "Facebook" not in body_text(html)


def test_when_readability_drops_the_article_the_largest_block_of_prose_is_the_article() -> None:
    # readability deletes any element whose class contains "comment", which takes opinion
    # pages' "commentary" bodies with it; it then picks the teaser box. Its pick is far
    # smaller than the page's largest block of prose, so that block is the article.
    html = layout('<div class="commentary-text">' + paras(STORY) + "</div>")
    paragraphs = paragraphs_of(html)
    assert paragraphs == STORY


def test_an_article_stored_as_sibling_segments_keeps_its_opening_and_its_end() -> None:
    # Page builders (Drupal paragraphs, grid boxes) wrap each run of text in its own
    # <div class="segment text">. When readability's pick fails the check, the largest block
    # is one segment; its siblings of the same kind are the rest of the article, but a
    # sibling of links ("read next") is not.
    opening, middle, closing = STORY[0], STORY[1:-1], STORY[-1]
    related = "".join(f'<a href="/r{i}">Another story, number {i}</a> ' for i in range(4))
    segments = (
        f'<div class="segment text"><p>{opening}</p></div>'
        f'<div class="segment text">{paras(middle)}</div>'
        f'<div class="segment text"><p>{closing}</p></div>'
        f'<div class="segment links"><p>{related}</p></div>'
    )
    paragraphs = paragraphs_of(layout(f'<div class="commentary-text">{segments}</div>'))
    assert paragraphs == STORY


def test_the_opening_in_its_own_segment_is_kept_with_readability_s_pick() -> None:
    # Drupal's paragraphs: the standfirst and the text are two field items, each wrapped in
    # its own paragraph div. readability picks the text's wrapper and drops the standfirst,
    # whose score is under a fifth of it; the standfirst is a segment of the same article.
    def item(kind: str, texts: list[str]) -> str:
        return f'<div class="field--item"><div class="paragraph {kind}">{paras(texts)}</div></div>'

    standfirst = (
        "Four new bus routes will link the northern suburbs with the hospital, the council"
        " decided after a long debate."
    )
    fields = item("chapo", [standfirst]) + item("text", STORY)
    paragraphs = paragraphs_of(layout(f'<div class="field contenu">{fields}</div>'))
    assert paragraphs == [standfirst, *STORY]


CAPTION = (
    "The new bus depot in the northern suburbs, where the four routes will start from next"
    " March, seen from the hospital car park on Tuesday morning."
)


def test_content_elements_with_their_own_headings_are_segments_of_one_article() -> None:
    # TYPO3 stores a report as content elements, each a heading, a picture and its text.
    # readability picks the longest element's text; the wrapper around it holds a heading
    # and a long caption besides, and the elements beside that wrapper are the other sections.
    def element(heading: str, texts: list[str]) -> str:
        return (
            f'<article class="contentElement textmedia"><h2>{heading}</h2>'
            f'<div class="ce-textpic"><figure><img src="a.jpg"><figcaption>{CAPTION}'
            f'</figcaption></figure><div class="ce-bodytext">{paras(texts)}</div></div></article>'
        )

    opening = (
        "The council met on Tuesday evening in the town hall, with forty residents in the room."
    )
    closing = "The next meeting, on the budget for the coming year, is planned for the end of May."
    elements = element("Meeting", [opening]) + element("Routes", STORY) + element("Next", [closing])
    paragraphs = paragraphs_of(layout(f'<div class="main">{elements}</div>'))
    assert [p for p in paragraphs if p in (opening, closing, *STORY)] == [opening, *STORY, closing]


def test_a_paper_s_classless_abstract_section_is_kept_beside_its_references() -> None:
    # A paywalled paper shows its abstract and its references, each a <section> with no
    # class; readability picks the long reference list. Classless sections of one document
    # are segments of it.
    abstract = (
        "Purpose of review. The purpose of the review is to summarise what is known about"
        " the syndrome, how it presents, and which drugs are most commonly reported."
    )
    references = "".join(
        f"<li><p>Author {i} A, Other B. A study of case number {i}, its course and its"
        f" treatment, with a long follow-up. J Clin Res. 20{i:02d};{i}(2):1-9.</p></li>"
        for i in range(30)
    )
    html = page(
        "<article><h1>The syndrome</h1>"
        f'<section><div class="c-section"><h2>Abstract</h2><p>{abstract}</p></div></section>'
        '<div class="buy-box"><p>Buy article PDF</p></div>'
        f'<section><div class="c-section"><h2>References</h2><ol class="refs">{references}'
        "</ol></div></section></article>"
    )
    text = body_text(html)
    assert abstract in text and "case number 29" in text
    assert text.index(abstract) < text.index("case number 0")


def test_a_segment_repeating_the_pick_s_paragraphs_is_not_added() -> None:
    # A listicle shown twice, once as a slideshow and once as a list, in two classless
    # sections: the second repeats the first's paragraphs under other markup.
    items = [f"{text} (item {i})" for i, text in enumerate(STORY)]
    slideshow = "".join(
        f"<div><h3>Shop {i}</h3><div><p>{t}</p></div></div>" for i, t in enumerate(items)
    )
    html = page(
        f'<div><section><div class="list">{paras(items)}</div></section>'
        f'<section><div class="slides">{slideshow}</div></section></div>'
    )
    text = body_text(html)
    assert text.count(items[0]) == 1


def test_a_segment_holding_the_pick_s_paragraphs_under_a_heading_is_not_added() -> None:
    # A newsletter of numbered items: readability's pick holds every item's text but not the
    # items' <div> headings or pictures. The link list's item, with its heading and caption,
    # is a segment whose text is not in the pick as a whole, but whose paragraphs all are.
    links = "".join(
        f"<p><strong>A story worth reading, number {i} </strong>"
        f"<em>(Ann Lee — <a href='/l{i}'>Daily</a>)</em></p>"
        for i in range(5)
    )

    def item(number: int, title: str, inner: str) -> str:
        return (
            f'<div class="item"><div class="anchor" id="story{number}"></div>'
            f'<div class="hd">{number}. {title}</div>{inner}</div>'
        )

    def story(texts: list[str]) -> str:
        return f'<div class="story-text gtm">{paras(texts)}</div>'

    figure = (
        '<figure><img src="a.jpg"><figcaption><p>Illustration: Ann Lee</p></figcaption></figure>'
    )
    html = page(
        '<div class="newsletter">'
        + item(1, "Buses", story(PARAGRAPHS))
        + item(2, "More buses", story(PARAGRAPHS[::-1]))
        + item(3, "Worthy of your time", f'{figure}<div class="story-text gtm">{links}</div>')
        + item(4, "Trains", story([p.replace("bus", "train") for p in PARAGRAPHS]))
        + "</div>"
    )
    assert body_text(html).count("number 3") == 1


def between_paragraphs(fragment: str) -> str:
    """A short documentation page with `fragment` between its second and third paragraphs."""
    return page(
        "<article><h1>Install</h1>"
        + paras(PARAGRAPHS[:2])
        + fragment
        + paras(PARAGRAPHS[2:])
        + "</article>"
    )


@pytest.mark.parametrize(
    "wrapper",
    [
        '<div class="highlight"><pre>{}</pre></div>',  # Pygments, GitHub, Hugo
        '<div class="highlight-bash notranslate"><div class="highlight"><pre><span></span>{}'
        "</pre></div></div>",  # Sphinx
        '<div class="code-toolbar"><pre class="language-bash"><code>{}</code></pre>'
        '<div class="toolbar"><button>Copy</button></div></div>',  # Prism's toolbar
    ],
)
def test_a_short_code_block_in_its_highlighter_s_wrapper_is_kept(wrapper: str) -> None:
    # A documentation page's "pip install" line: readability deletes a <div> with under 25
    # characters of text and no image, and a class with "tool" in it, wrapper and code alike.
    html = between_paragraphs(wrapper.format("pip install foo"))
    assert "pip install foo" in body_text(html).split("\n\n")


def test_a_short_plain_list_between_paragraphs_is_kept() -> None:
    # "Supported on: Linux, macOS, Windows" as a list in a <div>: under 25 characters, which
    # readability's cleaning deletes, wrapper and list alike.
    html = between_paragraphs(
        '<div class="section"><ul><li>Linux</li><li>macOS</li><li>Windows</li></ul></div>'
    )
    assert "macOS" in body_text(html).split("\n\n")


def test_a_sphinx_parameter_list_is_kept() -> None:
    # A function's parameters as a <ul> of short <p>s: readability scores a <ul> from -3 and
    # deletes it when that is all it scored.
    html = between_paragraphs(
        '<dl class="py function"><dt id="foo.parse">foo.parse(text, strict=False)</dt><dd>'
        '<p>Parse text.</p><dl class="field-list"><dt>Parameters</dt><dd><ul>'
        "<li><p><strong>text</strong> – the input</p></li>"
        "<li><p><strong>strict</strong> – reject unknown keys</p></li></ul></dd></dl></dd></dl>"
    )
    assert "strict – reject unknown keys" in body_text(html)


def test_a_short_list_of_links_is_still_left_to_readability() -> None:
    html = between_paragraphs(
        '<div class="section"><ul><li><a href="/a">Prev</a></li><li><a href="/b">Next</a>'
        "</li></ul></div>"
    )
    assert "Prev" not in body_text(html)


def test_a_list_of_sentences_with_source_links_is_kept() -> None:
    # A bulleted news story: each item a sentence citing its source by a link. A third of the
    # list's text in links is more than readability's cleaning lets a list keep.
    html = between_paragraphs(
        "<ul><li>Every public school in Fulton County will soon use the system, according "
        'to <a href="/f">a flyer posted online</a>.</li><li>School districts in three states '
        'are listed among the <a href="/c">company\'s "case studies" for schools</a>.</li></ul>'
    )
    text = body_text(html)
    assert "according to a flyer posted online." in text
    assert 'among the company\'s "case studies" for schools.' in text


def test_a_list_of_headline_links_is_still_left_to_readability() -> None:
    html = between_paragraphs(
        '<ul><li><a href="/a">The council votes on the new bus routes next week.</a></li>'
        '<li><a href="/b">Ferry services will be cut from March, the operator says.</a></li>'
        "</ul>"
    )
    assert "Ferry services" not in body_text(html)


def test_largest_text_block_ignores_link_lists() -> None:
    links = "".join(
        f'<li><a href="/s{i}">Section number {i} of the site</a></li>' for i in range(60)
    )
    doc = parse_html(page(f"<ul>{links}</ul><div id='story'>" + paras(PARAGRAPHS) + "</div>"))
    assert doc is not None
    block, length = boilerplate.largest_text_block(doc)
    assert block is not None and block.get("id") == "story"
    assert length == sum(len(t) for t in PARAGRAPHS)


# --- hidden blocks -------------------------------------------------------------------------


def test_a_hidden_block_with_more_prose_than_the_visible_story_is_still_hidden() -> None:
    # A collapsed "terms of the competition" (or the next story, preloaded for a carousel)
    # can hold the page's densest run of paragraphs; the reader sees the visible story.
    terms = "".join(
        f"<p>Clause {i}. The promoter may change or cancel the competition at any time, and"
        " entrants agree that their names may be published in connection with it.</p>"
        for i in range(10)
    )
    html = page(
        f'<div class="modal" style="display: none">{terms}</div>'
        "<article>" + paras(STORY) + "</article>"
    )
    text = body_text(html)
    assert "The promoter may change" not in text
    assert text.count(PARAGRAPHS[0]) == 2


def test_the_rest_of_a_story_behind_a_read_more_button_is_kept() -> None:
    rest = paras([f"Then: {t}" for t in STORY]) + paras([f"More: {t}" for t in STORY])
    html = page(
        "<article>"
        + paras(PARAGRAPHS)
        + f'<div class="more" style="display:none">{rest}'
        + "</div></article>"
    )
    assert body_text(html).count(PARAGRAPHS[0]) == 5


def test_the_hidden_slides_of_a_paged_gallery_are_kept() -> None:
    # A listicle shown one slide at a time: the first slide visible, the others hidden by a
    # class and display:none, all of the same kind. readability alone keeps every slide.
    slides = [
        f"<p>Item {i}. This gadget turns the weekly chore number {i} into something you might"
        " even look forward to, and it costs less than a dinner out with friends.</p>"
        for i in range(1, 5)
    ]
    sections = "".join(
        f'<div class="gallery-section{"" if i == 0 else " hidden"}"'
        f' style="display: {"block" if i == 0 else "none"}">{slide}</div>'
        for i, slide in enumerate(slides)
    )
    html = page("<article>" + paras(PARAGRAPHS[:1]) + sections + "</article>")
    text = body_text(html)
    assert all(f"chore number {i} " in text for i in range(1, 5))


def test_a_hidden_block_of_another_kind_beside_slides_still_goes() -> None:
    slide = (
        "<p>This gadget turns the weekly chore into something you might even look forward"
        " to, and it costs less than a dinner out with friends at the corner bistro.</p>"
    )
    terms = slide.replace("gadget", "promoter")
    html = page(
        "<article>"
        + paras(PARAGRAPHS)
        + f'<div class="slide">{slide}</div>'
        + f'<div class="terms hidden" style="display:none">{terms}</div>'
        + "</article>"
    )
    assert "promoter" not in body_text(html)


# --- furniture inside the chosen container (table layouts) ----------------------------------


def test_furniture_inside_a_table_layout_article_cell_is_removed() -> None:
    cell = (
        "<td><font size='2'>"
        + "<br><br>".join(STORY)
        + "<br><br><a href='/send'>Send to a friend</a> | <a href='/print'>Print</a>"
        " | <a href='/pdf'>Save as PDF</a>"
        "<table><tr><td><a href='/a'>Council budget passes after late vote</a><br>"
        "<a href='/b'>Tram line closed for repairs until May</a><br>"
        "<a href='/c'>New cycle lanes planned for the river bank</a></td></tr></table>"
        "<form action='/comment'>Leave a comment<br>Name <input name='n'><br>"
        "Email <input name='e'><br><textarea></textarea><input type='submit'></form>"
        "</font></td>"
    )
    paragraphs = paragraphs_of(page(f"<table><tr>{cell}</tr></table>"))
    assert paragraphs == STORY


# --- reference pages -------------------------------------------------------------------------


def test_a_data_table_does_not_outweigh_the_prose_of_a_reference_page() -> None:
    rows = "".join(
        f"<tr><td>Route {i}</td><td>Northern suburbs, hospital, university campus</td>"
        f"<td>Every {i % 15 + 5} minutes, from 5:30 to 23:45, weekdays and weekends</td></tr>"
        for i in range(40)
    )
    html = page(
        "<div id='content'><h1>Bus network</h1>"
        + paras(STORY)
        + f"</div><div id='data'><table class='wikitable'>{rows}</table></div>"
    )
    text = body_text(html)
    assert all(t in text for t in PARAGRAPHS)


# --- pages of several posts ------------------------------------------------------------------


def test_of_several_articles_the_one_headed_by_the_page_title_is_the_article() -> None:
    # A blog post page that also shows other posts in full ("You may also like"): readability
    # scores the longer neighbours; the page's title names the post it is about.
    others = "".join(
        f"<article><h2>Another post {i}</h2>"
        + "".join(f"<p>Post {i}, part {j}: {PARAGRAPHS[j % 3]}</p>" for j in range(5))
        + "</article>"
        for i in range(2)
    )
    html = page(
        f"<article><h1>Only who loves himself</h1><p>{PARAGRAPHS[0]}</p></article>"
        f"<div class='more'><h3>Voce pode gostar</h3>{others}</div>",
        head="<title>Only who loves himself...</title>",
    )
    article = clean_html(html, source="t.html")
    assert (article.title or "").startswith("Only who loves himself")
    assert "Another post" not in article.text and PARAGRAPHS[0] in article.text


def test_a_teaser_card_headed_by_the_title_does_not_replace_the_article() -> None:
    html = page(
        "<h1>Only who loves himself</h1><article class='post'>"
        + paras(STORY)
        + "</article><aside><article class='card'><h3>Only who loves himself</h3>"
        "<a href='/p'>Read</a></article><article class='card'><h3>Other</h3></article></aside>",
        head="<title>Only who loves himself</title>",
    )
    assert paragraphs_of(html) == STORY


# --- AMP pages -------------------------------------------------------------------------------


def test_amp_components_that_never_hold_the_story_are_removed() -> None:
    html = page(
        '<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Home</a></li></ul>'
        "</amp-sidebar><article>"
        '<amp-img src="bus.jpg" width="600" height="400" layout="responsive"></amp-img>'
        + "".join(f"<p>{t}</p>" for t in PARAGRAPHS[:2])
        + '<amp-ad width="300" height="250" type="doubleclick"><div placeholder>Loading ad'
        "</div><div fallback>Ad blocked, please support us</div></amp-ad>"
        '<amp-social-share type="twitter">Tweet</amp-social-share>'
        '<amp-social-share type="email">Email this</amp-social-share>'
        f"<p>{PARAGRAPHS[2]}</p>"
        '<amp-iframe src="https://maps.example/embed">Loading map of the routes</amp-iframe>'
        '<amp-consent id="consent"><div>We use cookies to improve your experience</div>'
        "</amp-consent></article>",
        html_attrs="amp lang='en'",
    )
    assert paragraphs_of(html) == PARAGRAPHS


# --- non-English pages -----------------------------------------------------------------------


def test_a_german_table_layout_page_gives_its_br_separated_story() -> None:
    absätze = [
        "Der Stadtrat hat am Dienstag beschlossen, das Busnetz um vier neue Linien zu"
        " erweitern, die die nördlichen Vororte mit dem Krankenhaus verbinden.",
        "Befürworter sagen, der Plan koste zwölf Millionen Euro über drei Jahre und verkürze"
        " die Fahrzeiten für Tausende Pendler; Kritiker bezweifeln die Finanzierung.",
        "Die erste der neuen Linien soll im März eröffnet werden, teilte das Verkehrsamt mit;"
        " die übrigen drei folgen bis Ende nächsten Jahres, wenn das Geld reicht.",
    ]
    absätze += [f"Außerdem: {absatz}" for absatz in absätze]
    cell = (
        "<br><br>".join(absätze)
        + "<br><br><a href='/drucken'>Drucken</a> | <a href='/senden'>Artikel versenden</a>"
    )
    paragraphs = paragraphs_of(layout(f"<table><tr><td><font>{cell}</font></td></tr></table>"))
    assert paragraphs == absätze


_FRAGMENTS = st.lists(
    st.one_of(
        st.text(alphabet="abcdefgh ", min_size=1, max_size=40),
        st.sampled_from(["<br>", "<br><br>", "<br> <br>", "<hr>"]),
        st.builds("<b>{}</b>".format, st.text(alphabet="ijklm", min_size=1, max_size=8)),
        st.builds("<div>{}</div>".format, st.text(alphabet="nopqr", min_size=1, max_size=8)),
        st.builds("<a href='/x'>{}</a>".format, st.text(alphabet="stuvw", min_size=1, max_size=8)),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(_FRAGMENTS, st.sampled_from(["td", "div", "font", "span"]))
def test_rewriting_br_runs_keeps_every_word_in_order(fragments: list[str], host: str) -> None:
    # Long enough to be rewritten: the rule must never lose or reorder text.
    markup = "".join(fragments) + "<br><br>" + PARAGRAPHS[0]
    wrapper = "<table><tr>{}</tr></table>" if host == "td" else "{}"
    doc = parse_html(page(wrapper.format(f"<{host}>{markup}</{host}>")))
    assert doc is not None
    before = element_text(doc).split()
    boilerplate.paragraphs_from_line_breaks(doc)
    assert element_text(doc).split() == before


def test_a_paragraph_that_is_only_an_ad_link_is_removed() -> None:
    html = page(
        "<table><tr><td>"
        + paras(STORY)
        + "<p><a href='https://ad.doubleclick.net/clk;123;456?https://flights.example/'>"
        "Cheap flights to Paris from 49 euros</a></p>"
        "<p><a href='https://www.amazon.com/dp/B07/?tag=bugle-20'>Buy the book</a> on the"
        " routes, which the council published, is a link elsewhere and stays.</p>"
        "</td></tr></table>"
    )
    paragraphs = paragraphs_of(html)
    assert not any("Cheap flights" in p for p in paragraphs)
    assert paragraphs[: len(STORY)] == STORY and "Buy the book" in paragraphs[-1]


# --- documentation pages ---------------------------------------------------------------------


def test_heading_permalink_marks_are_not_text() -> None:
    # Sphinx and MkDocs end every heading with a permalink "¶"; GitHub-style docs use "#".
    html = page(
        '<div role="main" class="document"><div class="section" id="installation">'
        '<h1>Installation<a class="headerlink" href="#installation" title="Permalink">¶</a></h1>'
        + paras(PARAGRAPHS[:2])
        + '<h2 id="from-source"><a class="anchor" href="#from-source">#</a>From source</h2>'
        + paras(PARAGRAPHS[2:])
        + "</div></div>",
        head="<title>Installation — Buses 1.0 documentation</title>",
    )
    article = clean_html(html, source="t.html")
    assert article.title == "Installation"
    assert "¶" not in article.text and "From source" in article.text
    assert "# From source" not in article.text and "#From source" not in article.text


def test_single_breaks_between_sentences_of_prose_end_paragraphs() -> None:
    """Some CMSs (Times of India) end each paragraph with one <br>: a line of prose that ends
    a sentence ends its paragraph. Short lines (an address, verse) stay one paragraph, and
    where double breaks end paragraphs a single one stays a line break (see
    test_two_line_breaks_end_a_paragraph_one_does_not)."""
    story = "<br>".join(PARAGRAPHS)
    html = page(
        f'<div class="story">{story}<br><div class="addr">Town Hall<br>1 Main Street<br>'
        "Springfield</div></div>"
    )
    paragraphs = paragraphs_of(html)
    assert paragraphs[:3] == PARAGRAPHS
    assert "Town Hall 1 Main Street Springfield" in paragraphs


def _tracker(rows: int) -> str:
    return (
        '<div class="tracker"><h3>State details</h3>'
        + "".join(
            f'<div class="row"><span>District {n}</span><span>{n * 7}</span></div>'
            for n in range(rows)
        )
        + "</div>"
    )


def test_a_data_widget_of_many_short_cells_inside_the_story_is_not_text() -> None:
    """A live tracker embedded after the story (NDTV: 600 district/count pairs in <span>s)
    is a widget, not 600 paragraphs of the article."""
    html = page(f'<div class="story">{paras(STORY)}{_tracker(60)}</div>')
    text = body_text(html)
    assert PARAGRAPHS[2] in text
    assert "District 5" not in text


def test_a_long_list_of_short_items_in_the_story_is_kept() -> None:
    items = "".join(f"<li>Name {n}</li>" for n in range(60))
    html = page(f'<div class="story">{paras(STORY)}<ul>{items}</ul></div>')
    assert "Name 59" in body_text(html)


STANDFIRST = (
    "Four new bus routes will link the northern suburbs with the hospital and the campus,"
    " the council decided after a long debate on Tuesday."
)


def standfirst_page(lead: str, between: str = "", description: str = STANDFIRST) -> str:
    """A news page: headline, its lead in a <div> of its own, then the story's container."""
    return page(
        f'<div class="article-header"><h1>Council expands bus network</h1>{lead}</div>'
        f"{between}"
        f'<div id="main"><div class="story">{paras(STORY)}</div></div>'
        f'<div id="side">{TEASERS}</div>',
        head=f'<meta name="description" content="{description}">',
    )


def test_the_standfirst_the_page_describes_itself_with_opens_the_article() -> None:
    # The lead ("intro", "dek", "chapo") stands in its own element between the headline and
    # the story's container, which readability picks alone. The page's description names it.
    html = standfirst_page(f'<div class="intro">{STANDFIRST}</div>')
    assert paragraphs_of(html) == [STANDFIRST, *STORY]


def test_a_description_cut_short_with_an_ellipsis_still_names_the_standfirst() -> None:
    cut = STANDFIRST[:90].rsplit(" ", 1)[0] + "…"
    html = standfirst_page(f'<p class="lead"><b>Four</b> {STANDFIRST[5:]}</p>', description=cut)
    assert paragraphs_of(html) == [STANDFIRST, *STORY]


def test_a_description_shown_far_from_the_story_is_not_a_standfirst() -> None:
    # The same words in a box far from the story (a teaser at the top of the page, with
    # other boxes between it and the story; a "more on this" list below it) are no opening.
    other = TEASERS.replace("In other news", "Elsewhere") * 3
    far_above = standfirst_page(f'<div class="intro">{STANDFIRST}</div>', between=other)
    below = standfirst_page("").replace(
        "</body>", f'<div class="more"><p>{STANDFIRST}</p></div></body>'
    )
    assert STANDFIRST not in paragraphs_of(far_above)
    assert STANDFIRST not in paragraphs_of(below)


def test_a_description_that_is_the_story_s_own_opening_is_not_repeated() -> None:
    html = standfirst_page("", description=STORY[0])
    assert paragraphs_of(html) == STORY


def test_a_page_builder_article_in_rows_of_boxes_keeps_every_row() -> None:
    # Page builders lay a post out in rows, each a wrapper of boxes (text boxes, a quote box
    # between them). When readability's pick fails (here: it drops the "commentary" body)
    # the largest box is the article's core; its row holds only boxes of its kind, so the
    # rows of the same kind above and below it are the rest of the post.
    quote = "“This book is the standard work on the subject,” one of its first readers wrote."
    parts = [f"{text} (part {i})" for i, text in enumerate(PARAGRAPHS * 4)][:10]

    def row(*boxes: list[str]) -> str:
        quoted = f'<div class="grid-box quote"><blockquote><p>{quote}</p></blockquote></div>'
        return (
            '<div class="grid-container"><div class="grid-boxes">'
            + quoted.join(f'<div class="grid-box text">{paras(box)}</div>' for box in boxes)
            + "</div></div>"
        )

    rows = row(parts[:1], []) + row(parts[1:5], parts[5:9]) + row(parts[9:10], [])
    text = body_text(layout(f'<div class="commentary-text">{rows}</div>'))
    assert all(part in text for part in parts)
    assert [text.index(part) for part in parts] == sorted(text.index(part) for part in parts)
