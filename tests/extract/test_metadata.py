"""Titles, authors and the meta sources they are read from: the title is the wording the
page's own sources agree on (<title> minus the site name, og:title, JSON-LD, <h1>s)."""

from __future__ import annotations

import pytest

from reader.extract import article_json
from reader.extract.html.metadata import PageMetadata, clean_byline, extract_metadata
from reader.extract.html.parse import clean_html, parse_html
from tests.extract.test_clean_html import page, story

HEADLINE = "Council grows bus network by four routes"


def metadata(body: str, head: str = "", url: str | None = None) -> PageMetadata:
    doc = parse_html(page(body, head))
    assert doc is not None
    return extract_metadata(doc, url)


def test_a_section_name_in_the_h1_loses_to_the_title_tag() -> None:
    head = f"<title>{HEADLINE} - The Bugle</title>"
    meta = metadata("<h1>Local news</h1>" + story(), head, "https://thebugle.com/a/1")
    assert meta.title == HEADLINE


def test_the_h1_that_the_title_tag_repeats_is_the_headline() -> None:
    head = f"<title>{HEADLINE} | Bugle</title>"
    meta = metadata(f"<h1>Local news</h1><h1>{HEADLINE}</h1>" + story(), head)
    assert meta.title == HEADLINE


def test_two_sources_agreeing_outvote_a_section_name_in_og_title() -> None:
    head = (
        '<meta property="og:title" content="Opinion">'
        f"<title>{HEADLINE} — Bugle</title>"
        '<script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "headline": "{HEADLINE}"}}</script>'
    )
    meta = metadata(f"<h1>{HEADLINE}</h1>" + story(), head)
    assert meta.title == HEADLINE


def test_the_h1_that_rewords_the_og_title_is_the_headline_the_reader_sees() -> None:
    head = (
        '<meta property="og:title" content="Council adds four bus routes">'
        '<meta name="twitter:title" content="Council adds four bus routes">'
    )
    meta = metadata(f"<h1>{HEADLINE}</h1>" + story(), head)
    assert meta.title == HEADLINE


def test_an_h1_with_a_kicker_glued_before_the_title_loses_to_the_stated_title() -> None:
    head = f'<meta property="og:title" content="{HEADLINE}">'
    meta = metadata(f"<h1><span>Transport</span> {HEADLINE}</h1>" + story(), head)
    assert meta.title == HEADLINE


def test_a_kicker_in_its_own_element_of_the_h1_is_not_the_headline() -> None:
    head = f'<meta property="og:title" content="Transport - {HEADLINE}">'
    head += f"<title>Transport - {HEADLINE} | Bugle</title>"
    meta = metadata(f'<h1><span class="label">Transport</span>{HEADLINE}</h1>' + story(), head)
    assert meta.title == HEADLINE
    meta = metadata(f"<h1><span>Transport</span> – {HEADLINE}</h1>" + story(), head)
    assert meta.title == HEADLINE


def test_of_two_h1s_each_a_side_of_the_stated_title_the_section_name_loses() -> None:
    head = f'<meta property="og:title" content="Local news - {HEADLINE}">'
    meta = metadata(f"<h1>Local news</h1><h1>{HEADLINE}</h1>" + story(), head)
    assert meta.title == HEADLINE


def test_an_h1_that_is_the_title_and_its_subtitle_is_the_headline() -> None:
    head = f'<meta property="og:title" content="{HEADLINE} | Bugle">'
    meta = metadata(f"<h1>{HEADLINE}: what changes</h1>" + story(), head)
    assert meta.title == f"{HEADLINE}: what changes"


def test_an_h1_that_is_not_the_title_stays_in_the_body() -> None:
    head = f'<meta property="og:title" content="{HEADLINE}">'
    html = page(story(extra_before="<h1>Where the new routes go</h1>"), head)
    article = clean_html(html, source="t.html")
    assert article.title == HEADLINE
    assert "Where the new routes go" in article.text


def test_dc_title_and_parsely_title_are_read() -> None:
    assert metadata(story(), f'<meta name="DC.title" content="{HEADLINE}">').title == HEADLINE
    assert metadata(story(), f'<meta name="parsely-title" content="{HEADLINE}">').title == HEADLINE


def test_space_separated_meta_properties_each_count() -> None:
    head = f'<meta property="og:title twitter:title" content="{HEADLINE}">'
    head += '<meta property="og:site_name" content="Bugle">'
    meta = metadata(story(), head)
    assert meta.title == HEADLINE and meta.site == "Bugle"


def test_json_ld_wrapped_in_cdata_is_read() -> None:
    head = (
        '<script type="application/ld+json">//<![CDATA[\n'
        f'{{"@type": "NewsArticle", "headline": "{HEADLINE}",'
        ' "author": [{"@type": "Person", "name": "Ann Lee"}, {"name": "Bo Kim"}]}\n//]]></script>'
    )
    meta = metadata(story(), head)
    assert meta.title == HEADLINE
    assert meta.authors == ("Ann Lee", "Bo Kim")


def test_several_author_meta_tags_are_several_authors() -> None:
    head = '<meta name="author" content="Ann Lee"><meta name="author" content="Bo Kim">'
    meta = metadata(story(), head)
    assert meta.authors == ("Ann Lee", "Bo Kim")
    assert meta.byline == "Ann Lee, Bo Kim"


def test_a_byline_naming_several_people_gives_each_author() -> None:
    meta = metadata('<p class="byline">By Ann Lee and Bo Kim</p>' + story())
    assert meta.byline == "Ann Lee and Bo Kim"
    assert meta.authors == ("Ann Lee", "Bo Kim")


def test_analyze_json_lists_authors_beside_the_byline() -> None:
    head = '<meta name="author" content="Ann Lee"><meta name="author" content="Bo Kim">'
    out = article_json(clean_html(page(story(), head), source="t.html"))
    assert out["authors"] == ["Ann Lee", "Bo Kim"]
    assert out["byline"] == "Ann Lee, Bo Kim"


def test_a_role_after_the_name_is_not_another_author() -> None:
    meta = metadata(
        '<p class="byline">By Ann Lee, Staff Writer and Bo Kim, Correspondent</p>' + story()
    )
    assert meta.authors == ("Ann Lee", "Bo Kim")
    meta = metadata('<p class="byline">By Ann Lee, Senior Political Reporter</p>' + story())
    assert meta.authors == ("Ann Lee",)


def test_a_person_named_as_author_outranks_the_publisher_in_the_author_meta() -> None:
    head = (
        '<meta name="author" content="Condé Nast">'
        '<meta property="article:author" content="Tom Bennett">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Lockdown",'
        ' "author": [{"@type": "Person", "name": "Tom Bennett"}]}</script>'
    )
    meta = extract_metadata(parse_html(f"<html><head>{head}</head><body><p>x</p></body></html>"))
    assert meta.byline == "Tom Bennett"
    assert meta.authors == ("Tom Bennett",)


def test_a_whole_article_classed_by_its_author_and_a_dateline_are_no_byline() -> None:
    # Drupal classes the article element "author-<login>"; its first line is a dateline.
    page_ = (
        '<article class="node author-sarayut"><span>Submitted on Mon, 2019-01-21 13:49</span>'
        + story()
        + "</article>"
    )
    assert metadata(page_).byline is None
    assert clean_byline("Posted on January 21, 2019") is None
    assert clean_byline("Posted by Ann Lee") == "Ann Lee"


def test_the_author_box_gives_the_name_not_the_author_s_description() -> None:
    box = (
        '<div class="post-author"><div class="authorInfo"><div class="author-name">rmb8090</div>'
        '<div class="authorDesc">Siamo un memorabilia del meglio degli anni 80</div></div></div>'
    )
    assert metadata(box + story()).byline == "rmb8090"


def test_an_author_among_several_itemprops_outranks_a_commenter() -> None:
    byline = '<p><span itemprop="author creator">Текст: Лида Буслаева</span></p>'
    comment = '<div class="comment"><span itemprop="author">Гость</span><p>Класс!</p></div>'
    assert metadata(byline + story() + comment).byline == "Лида Буслаева"


def test_a_json_ld_author_given_by_reference_in_the_graph_is_read() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "Article", "headline": "Bus routes", "author": {"@id": "#/person/1"}},'
        '{"@type": ["Person"], "@id": "#/person/1", "name": "Ann Lee @annlee"}]}</script>'
        '<meta name="author" content="The Bugle">'
    )
    meta = metadata(story(), head)
    assert meta.byline == "Ann Lee"
    assert meta.authors == ("Ann Lee",)


@pytest.mark.parametrize(
    "line",
    [
        '<div class="gO"><span>By </span><a href="/profile/ann-lee">Ann Lee</a></div>',
        '<p> By <a href="/author/alee/"><span>Ann Lee</span></a> - Jan 9, 2017 at 10:05AM</p>',
        "<h4>By Ann Lee | 12/10/2020</h4>",
        '<div>By <a href="/a/ann-lee">Ann Lee</a> and <a href="/a/bo-kim">Bo Kim</a></div>',
    ],
)
def test_a_by_line_in_the_markup_names_the_authors(line: str) -> None:
    meta = metadata(f"<h1>{HEADLINE}</h1>{line}" + story())
    assert meta.byline in ("Ann Lee", "Ann Lee and Bo Kim")
    assert meta.authors[0] == "Ann Lee"


def test_a_sentence_starting_with_by_is_no_byline() -> None:
    body = "<p>By the end of the year the council will have built four new routes.</p>"
    assert metadata(f"<h1>{HEADLINE}</h1>{body}" + story()).byline is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("View all posts by Daniel Lemire", "Daniel Lemire"),
        ("Post author By Helge Fahrnberger", "Helge Fahrnberger"),
        ("Erstellt von Andri Bryner", "Andri Bryner"),
        ("Tomas Spahn Fr, 18. Oktober 2019", "Tomas Spahn"),
        ("Howard BlumeStaff Writer", "Howard Blume"),
        ("Ann Lee, Senior Staff Writer", "Ann Lee"),
        ("Zach Hanlon 5 minute Read", "Zach Hanlon"),
        ("Nicole Gallucci  on  December 13, 2016", "Nicole Gallucci"),
        ("Williams Perdomo @wperdomod", "Williams Perdomo"),
        ("Michael Larabel on 1 June 2019 at 07:12 AM EDT", "Michael Larabel"),
        ("Glen Owen and Brendan Carlin for The Mail on Sunday", None),
    ],
)
def test_clean_byline_keeps_the_names_only(text: str, name: str | None) -> None:
    assert clean_byline(text) == (name or text)


def test_authors_of_cited_works_are_not_the_article_s_authors() -> None:
    head = '<meta name="dc.creator" content="Marwan H. Adwan">'
    citations = (
        '<ol><li itemprop="citation" itemscope itemtype="http://schema.org/ScholarlyArticle">'
        '<meta itemprop="author" content="NH. Shear, SP. Spielberg, ">Shear NH. 1988.</li></ol>'
    )
    meta = metadata(story() + citations, head)
    assert meta.byline == "Marwan H. Adwan"


def test_the_byline_of_a_teaser_linking_to_another_article_is_not_this_one_s() -> None:
    teaser = (
        '<a class="article article--nav" href="/other-story"><p>Another story</p>'
        '<div class="article__author"><div class="article__author-name">Bo Kim</div></div></a>'
    )
    byline = '<div class="article__author"><div class="article__author-name">Ann Lee</div></div>'
    assert metadata(teaser + byline + story()).byline == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Politik · Jochen Bittner, Tina Hildebrandt", "Jochen Bittner, Tina Hildebrandt"),
        ("Ellyn Shook Ellyn Shook Creating the most human company.", "Ellyn Shook"),
        ("Ann Lee | May 4, 2019", "Ann Lee"),
    ],
)
def test_a_byline_s_names_are_found_among_its_parts(text: str, name: str) -> None:
    assert clean_byline(text) == name


def test_a_headline_copied_into_application_name_is_still_the_title() -> None:
    head = f'<meta name="application-name" content="{HEADLINE}"><title>{HEADLINE}</title>'
    assert metadata(f"<h1>{HEADLINE}</h1>" + story(), head).title == HEADLINE


def test_the_site_s_name_as_author_gives_way_to_a_person_named_on_the_page() -> None:
    head = '<meta name="author" content="The Bugle">'
    head += '<meta property="og:site_name" content="The Bugle">'
    line = '<div class="autor"><h6>Ann Lee | Publicado hace 3 horas</h6></div>'
    assert metadata(line + story(), head, "https://thebugle.com/a/1").byline == "Ann Lee"
    assert metadata(story(), head, "https://thebugle.com/a/1").byline == "The Bugle"


def test_a_headline_h1_outranks_a_title_tag_that_no_meta_supports() -> None:
    head = "<title>Why does Slack say hummus?</title>"
    headline = "The adorable reason your alert sound can be hummus"
    assert metadata(f"<h1>{headline}</h1>" + story(), head).title == headline


def test_a_short_h1_is_a_section_name_beside_a_lone_title_tag() -> None:
    head = "<title>Was ist virales Marketing?</title>"
    assert metadata("<h1>DimidoBlog</h1>" + story(), head).title == "Was ist virales Marketing?"


def test_the_written_by_label_of_twitter_cards_names_the_author() -> None:
    head = (
        '<meta name="twitter:label1" content="Verfasst von">'
        '<meta name="twitter:data1" content="Karoline Herr">'
        '<meta name="twitter:label2" content="Est. reading time">'
        '<meta name="twitter:data2" content="4 Minuten">'
    )
    assert metadata(story(), head).byline == "Karoline Herr"


def test_a_text_by_line_ends_before_the_illustrator() -> None:
    line = "<p><em>Text von Christian Seiler &nbsp; Illustration von Markus Roost</em></p>"
    assert metadata(f"<h1>{HEADLINE}</h1>{line}" + story()).byline == "Christian Seiler"


def test_json_ld_with_a_raw_line_break_inside_a_string_is_read() -> None:
    """Browsers' JSON-LD readers accept a literal newline in a string; Python's strict
    json.loads does not, and the whole block (with its author) was lost."""
    head = (
        '<script type="application/ld+json">{"@type": "BlogPosting", "articleBody": "one\n'
        'two", "author": {"@type": "Person", "name": "Ann Lee"}}</script>'
    )
    assert metadata(story(), head).byline == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Posted on September 21, 2020 by Ann Lee", "Ann Lee"),
        ("Zeige alle Beiträge von Cem Basman", "Cem Basman"),
        ("Autor: Ann Lee", "Ann Lee"),
        ("Author: Ann Lee", "Ann Lee"),
        ("Artikel von: Ann Lee", "Ann Lee"),
        ("Redacci&oacute;n Diario Pagina Siete", "Redacción Diario Pagina Siete"),
        ("Cécile Ducourtieux(Bruxelles, bureau européen)", "Cécile Ducourtieux"),
        ("Ann Lee (Paris)", "Ann Lee"),
        ("By Ann Lee, ann.lee@bugle.com", "Ann Lee"),
        ("Ann Lee | alee@bugle.com", "Ann Lee"),
        ("Ann Lee / Staff Writer", "Ann Lee"),
        ("Ann Lee - Senior Reporter", "Ann Lee"),
        ("Ann Lee — Reporter", "Ann Lee"),
        ("Ann Lee 3 hours ago", "Ann Lee"),
        ("Hans Müller vor 3 Stunden", "Hans Müller"),
        ("Ann Lee is a staff writer at the Bugle.", "Ann Lee"),
        ("Regan Regan is a Connecticut native", "Regan"),
        ("Reporter: Ann Lee", "Ann Lee"),
        ("About the author: Ann Lee", "Ann Lee"),
        ("By Ann Lee, special to the Bugle", "Ann Lee"),
    ],
)
def test_bylines_lose_their_labels_datelines_places_and_escapes(text: str, name: str) -> None:
    assert clean_byline(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Von",
        "Artikel von",
        "By:",
        "No Author",
        "Photograph by Ed Marshall",
        "Image by Ann Lee",
        "newsdesk@bugle.com",
    ],
)
def test_a_label_or_a_photo_credit_names_no_author(text: str) -> None:
    assert clean_byline(text) is None


def test_a_by_line_ends_at_its_line_break() -> None:
    line = (
        "<p>Von <strong>Roland Brockmann</strong> und <strong>Sebastian Drescher</strong>"
        "<br>Kakuma /Kenia</p>"
    )
    meta = metadata(f"<h1>{HEADLINE}</h1>{line}" + story())
    assert meta.byline == "Roland Brockmann und Sebastian Drescher"


def test_a_by_after_a_separator_opens_a_by_line() -> None:
    line = (
        '<div class="meta"><span>yas!</span> <span class="screen-reader-text">| By </span>'
        "<span>Cara Stiles</span> | <time>April 13, 2017</time></div>"
    )
    assert metadata(f"<h1>{HEADLINE}</h1>{line}" + story()).byline == "Cara Stiles"


@pytest.mark.parametrize(
    ("author", "url"),
    [
        ("Bund der Energieverbraucher e.V.", "https://www.energieverbraucher.de/a/1"),
        ("L-MAG – Das Magazin für Lesben", "https://www.l-mag.de/news/1"),
    ],
)
def test_an_author_named_after_the_site_gives_way_to_a_person(author: str, url: str) -> None:
    """An author meta that holds the site's name with more words ("Bund der
    Energieverbraucher e.V." on energieverbraucher.de) is the publisher, not a writer."""
    head = f'<meta name="author" content="{author}">'
    line = "<h5><em>Von Leonora Holling</em></h5>"
    assert metadata(line + story(), head, url).byline == "Leonora Holling"
    assert metadata(story(), head, url).byline == author


def test_a_by_line_naming_the_site_gives_way_to_a_later_one_naming_a_person() -> None:
    head = '<meta property="og:site_name" content="The Planetary Press">'
    header = '<div class="td-post-author-name">By The Planetary Press -</div>'
    credit = '<p><em>Written by: <a href="https://example.org/1">Julie Mollins</a></em></p>'
    meta = metadata(f"<h1>{HEADLINE}</h1>{header}{credit}" + story(), head)
    assert meta.byline == "Julie Mollins"


@pytest.mark.parametrize(
    ("text", "name"),
    [("Text & Fotos: Ivan Valetny", "Ivan Valetny"), ("Text und Bilder: Ann Lee", "Ann Lee")],
)
def test_a_text_and_photos_credit_names_the_author(text: str, name: str) -> None:
    assert clean_byline(text) == name


def test_a_last_changed_stamp_names_nobody() -> None:
    assert clean_byline("Zuletzt geändert am") is None
    assert clean_byline("Last modified on 4 May 2020") is None


def test_a_credit_holding_the_site_s_name_outranks_the_bare_name_but_not_a_person() -> None:
    head = '<meta name="author" content="Gelbe Liste Online">'
    head += '<meta property="og:site_name" content="Gelbe Liste Online">'
    url = "https://www.gelbe-liste.de/produkte/1"
    credit = '<div class="author">Redaktion Gelbe Liste Pharmindex</div>'
    assert metadata(credit + story(), head, url).byline == "Redaktion Gelbe Liste Pharmindex"
    credit = '<div class="author">red, wien.ORF.at/Agenturen</div>'
    assert metadata(credit + story(), head, "https://wien.orf.at/stories/3").byline == (
        "red, wien.ORF.at/Agenturen"
    )
    widget = '<div class="author-date">Donnerstag</div>'
    assert metadata(widget + story(), head, url).byline == "Gelbe Liste Online"


def test_the_byline_of_a_card_beside_its_linked_headline_is_not_this_one_s() -> None:
    head = '<meta name="author" content="Bugle Sport">'
    card = (
        '<div class="item"><div class="item-body"><h3><a href="/other">Women must stand up</a>'
        '</h3><div class="item-author-name">Judy Murray</div></div></div>'
    )
    meta = metadata(story() + card, head, "https://www.bugle.co.uk/tennis/1")
    assert meta.byline == "Bugle Sport"


def test_an_author_item_with_several_names_names_them_all() -> None:
    item = (
        '<div itemprop="author" itemscope itemtype="http://schema.org/Person">'
        '<span itemprop="name">Paul Wiseman</span><span itemprop="name">Fatima Hussein</span></div>'
    )
    meta = metadata(item + story())
    assert meta.byline == "Paul Wiseman, Fatima Hussein"
    assert meta.authors == ("Paul Wiseman", "Fatima Hussein")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ann Lee and Bo Kim, Associated Press", "Ann Lee and Bo Kim, Associated Press"),
        ("Michael Larabel in Valve", "Michael Larabel"),
        ("Associated Press", "Associated Press"),
    ],
)
def test_a_section_after_the_names_is_cut(text: str, name: str) -> None:
    assert clean_byline(text) == name


def test_the_name_of_an_author_s_affiliation_is_not_an_author() -> None:
    item = (
        '<div itemprop="author" itemscope itemtype="http://schema.org/Person">'
        '<span itemprop="name">Ann Lee</span><div itemprop="affiliation" itemscope>'
        '<span itemprop="name">University of Bugle</span></div></div>'
    )
    assert metadata(item + story()).byline == "Ann Lee"


def test_a_title_tail_holding_the_site_s_name_is_cut() -> None:
    headline = "Bundesministerin Raab: Mit Ländern und Unternehmen Rahmenbedingungen gestalten"
    head = f'<meta property="og:title" content="{headline} - Bundeskanzleramt Österreich">'
    head += f"<title>{headline} - Bundeskanzleramt Österreich</title>"
    h1 = f'<h1><span class="supertitle"><time>1. Februar 2022</time></span> {headline}</h1>'
    url = "https://www.bundeskanzleramt.gv.at/a/1.html"
    assert metadata(h1 + story(), head, url).title == headline


@pytest.mark.parametrize(
    "signature",
    [
        "<p><b><i>Stefan Wasmer</i></b></p>",
        '<p class="clearfix"> <strong>Marina Mucha</strong> </p>',
    ],
)
def test_a_name_signing_off_the_article_is_its_byline(signature: str) -> None:
    meta = metadata(f"<h1>{HEADLINE}</h1>" + story(extra_after=signature))
    assert meta.byline in ("Stefan Wasmer", "Marina Mucha")


def test_a_bold_heading_closing_a_section_is_no_signature() -> None:
    closing = "<p><strong>Weitere Informationen</strong></p><ul><li>Fahrplan 2024</li></ul>"
    assert metadata(f"<h1>{HEADLINE}</h1>" + story(extra_after=closing)).byline is None


def test_a_by_line_between_line_breaks_names_the_author() -> None:
    closing = (
        "<div>Symbolgrafik: Butch<br><br>Autor: <a href='/rechtsanwalt/'>Rechtsanwalt</a> "
        "Sebastian Einbock<br>Weitere Nachrichten</div>"
    )
    byline = metadata(f"<h1>{HEADLINE}</h1>" + story(extra_after=closing)).byline
    assert byline == "Rechtsanwalt Sebastian Einbock"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ann Lee im Gespräch mit Karin Fischer", "Ann Lee, Karin Fischer"),
        ("Ann Lee in conversation with Bo Kim", "Ann Lee, Bo Kim"),
    ],
)
def test_a_conversation_credits_both_speakers(text: str, names: str) -> None:
    assert clean_byline(text) == names


def test_a_first_name_byline_gives_way_to_the_full_name_further_on() -> None:
    author = '<div class="author-title"><a href="/author/nils/">Nils</a></div>'
    line = "<p><strong>Eine Kolumne von Nils Pickert</strong></p>"
    assert metadata(f"<h1>{HEADLINE}</h1>{author}{line}" + story()).byline == "Nils Pickert"
    other = "<p><strong>Von Bo Kim</strong></p>"
    assert metadata(f"<h1>{HEADLINE}</h1>{author}{other}" + story()).byline == "Nils"


def test_a_meta_title_in_utf_8_read_as_latin_1_is_repaired() -> None:
    """A template that writes UTF-8 metas into a latin-1 page: "prÃ¤sentiert" is "präsentiert"."""
    head = '<meta property="og:title" content="Leslie Clio prÃ¤sentiert ihr Album">'
    meta = extract_metadata(parse_html(page(story(), head=head)))  # type: ignore[arg-type]
    assert meta.title == "Leslie Clio präsentiert ihr Album"


def test_text_that_only_looks_like_mojibake_is_left_as_written() -> None:
    # "Ã©" repairs to "é", but "Ã" alone before a space or a capital is a word's letter.
    head = '<meta property="og:title" content="SÃO PAULO: Ã BEIRA DO RIO">'
    meta = extract_metadata(parse_html(page(story(), head=head)))  # type: ignore[arg-type]
    assert meta.title == "SÃO PAULO: Ã BEIRA DO RIO"


def test_a_link_to_the_author_s_page_names_the_author_when_nothing_else_does() -> None:
    avatar = '<a href="https://www.bugle.com/about/editors/jon-fingas/"><img src="j.jpg"></a>'
    link = '<div class="t-meta"><a href="https://www.bugle.com/about/editors/jon-fingas/">'
    link += "Jon Fingas</a></div>"
    assert metadata(f"<h1>{HEADLINE}</h1>{avatar}{link}" + story()).byline == "Jon Fingas"
    # Link text the address does not spell is a menu entry ("Our editors"), no name.
    menu = '<div><a href="/staff/jon-fingas/">Meet the team</a></div>'
    assert metadata(f"<h1>{HEADLINE}</h1>{menu}" + story()).byline is None
    # A named byline outranks it.
    byline = '<div class="byline">Bo Kim</div>'
    assert metadata(f"<h1>{HEADLINE}</h1>{byline}{link}" + story()).byline == "Bo Kim"


def test_a_byline_element_holding_no_name_gives_way_to_a_person_named_later() -> None:
    issue = '<div class="author-issue">En kiosques : juillet 2020</div>'
    author = '<div class="author">Didier Roy</div>'
    assert metadata(f"{issue}<h1>{HEADLINE}</h1>{author}" + story()).byline == "Didier Roy"
    assert metadata(f"{issue}<h1>{HEADLINE}</h1>" + story()).byline == issue[26:-6]


def test_names_writing_for_a_publication_are_a_byline_of_people() -> None:
    line = '<p class="author">Glen Owen And Brendan Carlin For The Mail On Sunday</p>'
    single = '<span class="author-name">Glen Owen</span>'
    meta = metadata(f"<h1>{HEADLINE}</h1>{line}{single}" + story())
    assert meta.byline == "Glen Owen And Brendan Carlin For The Mail On Sunday"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("April Glaser@aprilglaser", "April Glaser"),
        ("Ann Lee @annlee", "Ann Lee"),
        ("Beitrag von r23 » 21.01.2009, 05:42", "r23"),
        ("Ann Lee » 4. Mai 2019", "Ann Lee"),
    ],
)
def test_a_handle_or_a_date_after_a_chevron_is_no_part_of_the_name(text: str, name: str) -> None:
    assert clean_byline(text) == name


@pytest.mark.parametrize(
    "line",
    [
        "<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>",
        '<div><span class="field-content">25.10.2022 - Reiner Nagel</span></div>',
    ],
)
def test_a_dated_credit_line_beside_the_headline_names_the_author(line: str) -> None:
    byline = metadata(f"<div>{line}<h1>{HEADLINE}</h1></div>" + story()).byline
    assert byline in ("Uta Helkenberg", "Reiner Nagel")


def test_a_dated_line_of_two_names_or_far_from_the_headline_is_no_credit() -> None:
    two = "<small>04.02.2022 | Ann Lee | Bo Kim</small>"
    assert metadata(f"<div>{two}<h1>{HEADLINE}</h1></div>" + story()).byline is None
    far = "<div><div><div><small>04.02.2022 | Ann Lee</small></div></div></div>"
    assert metadata(f"{far}<div><div><h1>{HEADLINE}</h1></div></div>" + story()).byline is None


def test_a_forum_thread_starter_s_member_link_names_the_author() -> None:
    starter = (
        '<ul><li><span>Thread starter</span> <a href="/forums/members/tiberius.8/" '
        'class="username">Tiberius</a></li></ul>'
    )
    assert metadata(f"<h1>{HEADLINE}</h1>{starter}" + story()).byline == "Tiberius"


def test_a_card_whose_linked_headline_is_an_h1_is_another_article_s() -> None:
    byline = '<div class="story__info">By <a href="/author/kathy-wise">Kathy Wise</a></div>'
    card = (
        '<article><div class="content"><h1><a href="/2015/09/other/">Other story</a></h1>'
        '<a class="byline" href="/author/tim">Tim Rogers</a></div></article>'
    )
    meta = metadata(f"<h1>{HEADLINE}</h1>{story()}{card}{byline}")
    assert meta.byline == "Kathy Wise"


@pytest.mark.parametrize(
    "key",
    [
        'property="article:author_name"',
        'name="shareaholic:article_author_name"',
        'property="cXenseParse:author"',
        'name="article_author"',
        'property="og:article:author"',
        'name="DC.author"',
    ],
)
def test_vendors_author_metas_name_the_author(key: str) -> None:
    head = f'<meta {key} content="Wolfgang Michal">'
    assert metadata(f"<h1>{HEADLINE}</h1>" + story(), head).byline == "Wolfgang Michal"


@pytest.mark.parametrize(
    ("footer", "name"),
    [
        (
            "<p><small>(<a href='/cc'>CC-Lizenz</a>) 2006-2008 by Martin Weber<br>Hosted by "
            "<a href='/h'>Net-Housting</a></small></p>",
            "Martin Weber",
        ),
        (
            '<p><span>Ein Hundetagebuch</span> von <a href="/" rel="cc:attributionURL">Donald '
            'Townsend</a> steht unter einer <a rel="license" href="/cc">Lizenz</a></p>',
            "Donald Townsend",
        ),
        ("<p>© 2021 by Ann Lee. All rights reserved.</p>", "Ann Lee"),
    ],
)
def test_a_personal_site_s_licence_or_copyright_names_the_author(footer: str, name: str) -> None:
    body = f"<h1>{HEADLINE}</h1>{story()}<footer>{footer}</footer>"
    assert metadata(body).byline == name


@pytest.mark.parametrize(
    "footer",
    [
        "<p>© 2020 Bugle Media Group. All rights reserved.</p>",
        "<p>Copyright 2019 The Daily Bugle</p>",
        "<p>© BUGLE NEWS</p>",
        "<p>© Hearst Communications</p>",
        "<p>© 2021 Ann Lee</p>",
        "<figure><figcaption>Foto © 2019 by Felix Zahn</figcaption></figure>",
    ],
)
def test_a_company_s_or_a_bare_copyright_names_no_author(footer: str) -> None:
    assert metadata(f"<h1>{HEADLINE}</h1>{story()}<footer>{footer}</footer>").byline is None


def test_a_copyright_holder_gives_way_to_a_byline() -> None:
    body = f'<h1>{HEADLINE}</h1><div class="byline">Bo Kim</div>{story()}'
    assert metadata(body + "<footer><p>© 2021 Ann Lee</p></footer>").byline == "Bo Kim"


def test_a_cms_submitted_line_names_the_user_not_a_comment_s() -> None:
    node = (
        '<div class="submitted">Gespeichert von <span class="username">rasos</span> '
        "am 24. Juli 2017 - 18:55</div>"
    )
    comment = (
        '<div class="comment"><div class="submitted">par <span class="username">JPA</span> '
        "le 7 mai 2020</div></div>"
    )
    assert metadata(f"<h1>{HEADLINE}</h1>{story()}{node}").byline == "rasos"
    assert metadata(f"<h1>{HEADLINE}</h1>{story()}{comment}").byline is None
    stamp = '<span class="submitted">Submitted on Mon, 2019-01-21 13:49</span>'
    assert metadata(f"<h1>{HEADLINE}</h1>{stamp}{story()}").byline is None


@pytest.mark.parametrize("placeholder", ["null", "undefined", "None"])
def test_a_placeholder_author_meta_names_nobody(placeholder: str) -> None:
    head = f'<meta name="author" content="{placeholder}">'
    assert metadata(f"<h1>{HEADLINE}</h1>" + story(), head).byline is None


@pytest.mark.parametrize("separator", ["•", "⋆", "~"])
def test_a_site_name_after_a_yoast_separator_is_cut(separator: str) -> None:
    head = f"<title>{HEADLINE} {separator} CareElite</title>"
    assert metadata(story(), head, "https://www.careelite.de/a/").title == HEADLINE


def test_an_archived_page_s_site_is_the_archived_one() -> None:
    head = f"<title>{HEADLINE} | Dimido</title>"
    url = "https://web.archive.org/web/20080731095558/http://www.dimido.de/2008/07/29/a/"
    assert metadata(story(), head, url).title == HEADLINE


def test_an_h1_that_is_the_site_s_name_with_a_word_glued_on_is_not_the_headline() -> None:
    head = "<title>Was ist Virales Marketing? | DimidoBlog</title>"
    body = "<h1>DimidoBlog</h1><h2>Was ist Virales Marketing?</h2>" + story()
    assert metadata(body, head, "http://www.dimido.de/2008/07/29/a/").title == (
        "Was ist Virales Marketing?"
    )


# --- bylines4: schema shapes that hold on any site ------------------------------------------


@pytest.mark.parametrize("key", ["parsely-author", "sailthru.author", "citation_author"])
def test_an_author_meta_repeated_once_per_author_lists_them_all(key: str) -> None:
    head = f'<meta name="{key}" content="Ann Lee"><meta name="{key}" content="Bo Kim">'
    meta = metadata(f"<h1>{HEADLINE}</h1>" + story(), head)
    assert meta.authors == ("Ann Lee", "Bo Kim")
    assert meta.byline == "Ann Lee, Bo Kim"


def test_a_microdata_author_named_by_a_meta_element() -> None:
    body = (
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<meta itemprop="name" content="Ann Lee"></div>'
    )
    assert metadata(f"<h1>{HEADLINE}</h1>{body}" + story()).byline == "Ann Lee"


@pytest.mark.parametrize(
    "names",
    [
        '<span class="author">Ann Lee</span><span class="author">Bo Kim</span>',
        '<a class="author-name" href="/a">Ann Lee</a><a class="author-name" href="/b">Bo Kim</a>',
    ],
)
def test_a_byline_naming_each_author_in_an_element_of_its_own_names_them_all(names: str) -> None:
    body = f'<div class="byline">{names}</div>'
    meta = metadata(f"<h1>{HEADLINE}</h1>{body}" + story())
    assert meta.authors == ("Ann Lee", "Bo Kim")


@pytest.mark.parametrize(
    "person",
    [
        '{"@type": "Person", "givenName": "Ann", "familyName": "Lee"}',
        '{"@type": "Person", "name": ["Ann Lee"]}',
    ],
)
def test_a_json_ld_person_named_in_parts_or_in_a_list(person: str) -> None:
    head = (
        '<script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "headline": "{HEADLINE}", "author": {person}}}</script>'
    )
    assert metadata(f"<h1>{HEADLINE}</h1>" + story(), head).byline == "Ann Lee"


@pytest.mark.parametrize(
    "head",
    [
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": '
        '"Person", "url": "https://bugle.com/author/ann-lee/"}}</script>',
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '"https://bugle.com/authors/ann-lee"}</script>',
        '<meta property="article:author" content="https://bugle.com/author/ann-lee">',
    ],
)
def test_an_author_given_only_as_the_address_of_their_page_is_named_by_it(head: str) -> None:
    assert metadata(f"<h1>{HEADLINE}</h1>" + story(), head).byline == "Ann Lee"


def test_a_social_profile_address_names_nobody() -> None:
    head = '<meta property="article:author" content="https://www.facebook.com/annlee">'
    assert metadata(f"<h1>{HEADLINE}</h1>" + story(), head).byline is None


def test_a_placeholder_author_page_names_nobody() -> None:
    head = '<meta property="article:author" content="https://bugle.com/author/no-author/">'
    assert metadata(f"<h1>{HEADLINE}</h1>" + story(), head).byline is None


@pytest.mark.parametrize(
    "credit",
    ["Medically reviewed by Bo Kim", "Fact checked by Bo Kim", "Edited by Bo Kim"],
)
def test_a_reviewer_or_editor_credit_is_not_the_byline(credit: str) -> None:
    body = f'<div class="author-meta">{credit}</div><div class="byline">By Ann Lee</div>'
    assert metadata(f"<h1>{HEADLINE}</h1>{body}" + story()).byline == "Ann Lee"
    assert clean_byline(credit) is None


@pytest.mark.parametrize(
    "picture",
    [
        '<figure><img src="a.jpg"><figcaption>A cat. <span class="author">Bo Kim</span>'
        "</figcaption></figure>",
        '<figure><img src="a.jpg"><figcaption>By Bo Kim</figcaption></figure>',
    ],
)
def test_a_picture_s_credit_is_not_the_byline(picture: str) -> None:
    assert metadata(f"<h1>{HEADLINE}</h1>{picture}" + story()).byline is None
    body = f'{picture}<div class="byline">By Ann Lee</div>'
    assert metadata(f"<h1>{HEADLINE}</h1>{body}" + story()).byline == "Ann Lee"


def test_a_list_of_other_stories_with_their_authors_is_no_byline() -> None:
    trending = (
        '<ul><li><a href="/other">Mayor opens the new river bridge</a> '
        '<span class="author">Bo Kim</span></li></ul>'
    )
    body = f'{trending}<h1>{HEADLINE}</h1><div class="byline">By Ann Lee</div>'
    assert metadata(body + story()).byline == "Ann Lee"
    own = (
        '<ul class="meta"><li><span class="byline">By <a href="/author/ann-lee">Ann Lee</a>'
        '</span> in <a href="/category/local-news">Local news</a></li></ul>'
    )
    assert metadata(f"<h1>{HEADLINE}</h1>{own}" + story()).byline == "Ann Lee"
