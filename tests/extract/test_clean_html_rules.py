"""Each boilerplate rule on a small page of its own: what it removes, and what it must keep."""

from __future__ import annotations

import lxml.html
import pytest
from lxml.html import HtmlElement

from reader.extract.html import boilerplate
from reader.extract.html.blocks import element_text
from reader.extract.html.metadata import PageMetadata
from reader.extract.html.parse import clean_html, parse_html
from tests.extract.test_clean_html import PARAGRAPHS, body_text, page, story


def tree(body: str) -> HtmlElement:
    doc = parse_html(page(body))
    assert doc is not None
    return doc


def text_of(doc: HtmlElement) -> str:
    return element_text(doc)


def test_drop_non_content_removes_scripts_styles_plugins_and_base() -> None:
    doc = parse_html(
        '<html><head><base href="http://evil.example/"></head><body><p>kept</p>'
        "<script>var x = 'script text';</script><style>p{}</style>"
        '<object data="x.swf">plugin text</object><embed src="y.swf">'
        "<button>Click me</button><select><option>Choice</option></select></body></html>"
    )
    assert doc is not None
    boilerplate.drop_non_content(doc)
    assert text_of(doc) == "kept"
    assert doc.find(".//base") is None


def test_drop_hidden_removes_hidden_aria_hidden_and_display_none() -> None:
    doc = tree(
        "<p>shown</p><div hidden>hidden attr</div><span aria-hidden='true'>aria</span>"
        "<div style='color: red; display:none'>styled</div>"
        "<div style='visibility: hidden'>invisible</div>"
    )
    boilerplate.drop_hidden(doc)
    assert text_of(doc) == "shown"


def test_furniture_regions_are_dropped() -> None:
    doc = tree(
        "<nav>Home News Sport</nav>"
        '<div role="navigation">Sections</div>'
        '<div class="share-bar">Share on Facebook</div>'
        '<div id="related-stories"><a href="/a">Another story</a></div>'
        '<section class="newsletter-signup">Get our newsletter</section>'
        '<div class="cookie-consent">We use cookies</div>'
        '<div class="recirc-module"><a href="/b">Read this next</a></div>'
        '<div class="right-rail">Most popular today</div>'
        '<div id="comments">Great article! -- Bob</div>'
        "<aside>Most read</aside><footer>(c) 2019 Bugle</footer>" + story()
    )
    boilerplate.drop_furniture(doc)
    assert text_of(doc) == " ".join(PARAGRAPHS)


def test_furniture_words_match_whole_class_words_only() -> None:
    doc = tree('<div class="shareholders-report">Shareholders met.</div>' + story())
    boilerplate.drop_furniture(doc)
    assert "Shareholders met." in text_of(doc)


def test_a_word_inside_a_sentence_is_never_furniture_whatever_its_class() -> None:
    """Tag and keyword links sit inside sentences ("advances in <a class=keywords>
    neuroscience</a>, it said"): removing them deletes what the article says."""
    sentence = (
        'Researchers reported new advances in <a class="keywords" href="/n">neuroscience</a>'
        ', it said, and the work on <span class="tags">memory</span> goes on.'
    )
    html = page(story(extra_before=f"<p>{sentence}</p>"))
    text = body_text(html)
    assert "advances in neuroscience, it said, and the work on memory goes on." in text
    # readability deletes whatever mentions twitter/comment/footer, links in sentences too.
    sentence = (
        '<a href="/tag/twitter/" id="auto-tag_twitter_1">Twitter</a> erupted on Monday when '
        'the <a class="footer-link comment" href="/x">president</a> spoke.'
    )
    text = body_text(page(story(extra_before=f"<p>{sentence}</p>")))
    assert "Twitter erupted on Monday when the president spoke." in text
    # A button closing a line is no word of the sentence.
    line = '-- By Jo Doe of the Bugle <a class="twitter-follow-button" href="/t">Follow @jo</a>'
    assert "Follow" not in body_text(page(story(extra_after=f"<p>{line}</p>")))
    # A furniture block of its own is still dropped.
    html = page(story(extra_after='<p><span class="share-bar">Share on Facebook</span></p>'))
    assert "Share" not in body_text(html)


def test_a_region_holding_the_article_is_kept_whatever_its_class() -> None:
    # Some sites name the story wrapper after a sidebar layout or a comment system.
    doc = tree('<div class="content-with-sidebar comments-enabled">' + story() + "</div>")
    boilerplate.drop_furniture(doc)
    assert PARAGRAPHS[1] in text_of(doc)


def test_embedded_tweet_the_story_quotes_is_kept() -> None:
    tweet = (
        '<div class="embed-twitter"><blockquote class="twitter-tweet"><p>We will not accept '
        "any truce while the city is under fire, the mayor wrote tonight.</p>&mdash; Mayor "
        "(@mayor) November 19, 2019</blockquote></div>"
    )
    html = page(
        "<article>"
        + "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:2])
        + tweet
        + f"<p>{PARAGRAPHS[2]}</p></article>"
    )
    text = body_text(html)
    assert "We will not accept any truce" in text
    assert PARAGRAPHS[2] in text


def test_keep_embedded_posts_renames_what_readability_would_delete() -> None:
    doc = tree('<div id="tweet-box"><blockquote class="twitter-tweet">hi</blockquote></div>')
    boilerplate.keep_embedded_posts(doc)
    assert doc.find(".//blockquote").get("class") == "embedded-post"
    assert "tweet" not in (doc.find(".//div").get("id") or "")


def test_aspnet_page_wrapped_in_one_form_keeps_its_article() -> None:
    html = page(
        '<form id="aspnetForm" method="post" action="page.aspx">'
        '<input type="hidden" name="__VIEWSTATE" value="x">'
        + "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
        + "</form>"
    )
    text = body_text(html)
    assert PARAGRAPHS[0] in text and PARAGRAPHS[2] in text


def test_small_forms_are_not_unwrapped() -> None:
    doc = tree('<form class="search"><p>Search the site</p></form>' + story())
    boilerplate.unwrap_page_forms(doc)
    assert doc.find(".//form") is not None


def test_link_only_and_related_paragraphs_are_dropped() -> None:
    body = lxml.html.fragment_fromstring(
        "<div><p>Real paragraph with <a href='/x'>a link</a> inside it, which stays.</p>"
        "<p><a href='/other'>TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAS</a></p>"
        "<p>Related: <a href='/r'>SpaceX's Starship in pictures</a></p>"
        "<p>READ MORE: <a href='/m'>Hong Kong protests: 800 students under siege</a></p>"
        "<p><a href='https://www.bugle.com/2019/other'>Another story on our site</a></p>"
        "<p><a href='https://shop.example/airpods'>Get it on Amazon for $139</a></p></div>"
    )
    boilerplate.drop_link_paragraphs(body, "https://news.bugle.com/2019/11/story")
    assert text_of(body) == (
        "Real paragraph with a link inside it, which stays. Get it on Amazon for $139"
    )


def test_captions_and_photo_credits_become_captions() -> None:
    body = lxml.html.fragment_fromstring(
        "<div><p>Story text.</p><div class='image-caption'>The depot at night.</div>"
        "<span class='photo-credit'>Photo: Ann Smith</span></div>"
    )
    boilerplate.mark_captions(body)
    assert [e.text for e in body.iter("figcaption")] == ["The depot at night.", "Photo: Ann Smith"]


def test_widget_blocks_are_dropped_and_prose_is_kept() -> None:
    blocks = [
        ("paragraph", "Like Loading..."),
        ("paragraph", "Share this:"),
        ("paragraph", "Share this on WhatsApp"),
        ("paragraph", "Compartilhar: Facebook, Twitter, WhatsApp"),
        ("paragraph", "Advertisement"),
        ("paragraph", "12 Comments"),
        ("paragraph", "Image 2 of 5"),
        ("paragraph", "Tags: buses, council, transport"),
        ("paragraph", "* * *"),
        ("paragraph", "___"),
        ("paragraph", "Share the joy of reading with a friend."),
        ("paragraph", "Tags are what the council uses to mark routes."),
        ("preformatted", "----"),
    ]
    kept = boilerplate.drop_ui_blocks(blocks)  # type: ignore[arg-type]
    assert [text for _, text in kept] == [
        "___",
        "Share the joy of reading with a friend.",
        "Tags are what the council uses to mark routes.",
        "----",
    ]


def test_repeated_header_lines_at_the_top_are_dropped_but_later_repeats_kept() -> None:
    metadata = PageMetadata(title="Bus network grows", byline="Ann Smith")
    blocks = (
        [
            ("heading", "Bus network grows"),
            ("paragraph", "By Ann Smith"),
            ("paragraph", "Updated: 18 Nov 2019 9:38 pm"),
            ("paragraph", PARAGRAPHS[0]),
            ("paragraph", "November 19, 2019"),
        ]
        + [("paragraph", text) for text in PARAGRAPHS[1:]]
        + [
            ("paragraph", "Bus network grows"),
        ]
    )
    kept = boilerplate.drop_repeated_header(blocks, metadata)  # type: ignore[arg-type]
    assert [text for _, text in kept] == [*PARAGRAPHS, "Bus network grows"]


def test_datelines_in_several_languages() -> None:
    assert boilerplate.is_dateline("segunda-feira, 22 de janeiro de 2018 às 0:13")
    assert boilerplate.is_dateline("Posted: 18 Nov 2019 8:11 pm")
    assert boilerplate.is_dateline("Published 12:30 EST, 3 March 2020")
    assert not boilerplate.is_dateline("In 2019 the market fell by a third.")
    assert not boilerplate.is_dateline("Route 41 opens at 9:30")


@pytest.mark.parametrize(
    "line",
    [
        "Aktualisiert: 11.04.2020, 10:27",
        "Veröffentlicht am 3. April 2020 um 10:27 Uhr",
        "Publié le 12/03/2021 à 18h05",
        "Mis à jour le 12 mars 2021",
        "Actualizado: 22/01/2022 - 09:15",
        "Aggiornato il 3 marzo 2020",
        "Opublikowano: 12.03.2021 10:00",
        "Published: 10:00am, 20 Jan, 2020",
        "Release Date: 2022-04-28",
    ],
)
def test_datelines_with_numeric_dates_and_labels_in_other_languages(line: str) -> None:
    assert boilerplate.is_dateline(line)


def test_a_sentence_with_a_date_is_no_dateline() -> None:
    assert not boilerplate.is_dateline("Aktualisiert wird der Plan am 11.04.2020 im Rat.")
    assert not boilerplate.is_dateline("Le conseil a voté le 12/03/2021 à 18h05.")


def test_real_repeated_content_is_kept() -> None:
    refrain = "Vote early, vote often, the poster said in big letters across the wall."
    html = page(story(extra_after=f"<p>{refrain}</p><p>{PARAGRAPHS[0]} Again.</p><p>{refrain}</p>"))
    assert body_text(html).count(refrain) == 2


def test_clean_html_end_to_end_drops_the_furniture() -> None:
    html = page(
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        '<div class="social-share"><a>Facebook</a> <a>Twitter</a></div>'
        + story(extra_after="<p>Like Loading...</p>")
        + '<div class="comments"><p>First! This is a comment that is long enough.</p></div>'
        "<footer><p>Copyright 2019 The Daily Bugle. All rights reserved.</p></footer>"
    )
    article = clean_html(html, source="t.html")
    assert article.text == "\n\n".join(PARAGRAPHS)


def test_interstitials_between_paragraphs_are_dropped() -> None:
    blocks = [
        ("paragraph", PARAGRAPHS[0]),
        ("paragraph", "Story continues below advertisement"),
        ("paragraph", "Continue reading the main story"),
        ("paragraph", "Supported by"),
        ("paragraph", "Advertisement - Scroll to continue"),
        ("paragraph", "- Advertisement -"),
        ("paragraph", PARAGRAPHS[1]),
    ]
    kept = boilerplate.drop_ui_blocks(blocks)  # type: ignore[arg-type]
    assert [text for _, text in kept] == PARAGRAPHS[:2]


def test_photo_credit_lines_become_captions() -> None:
    blocks = [
        ("paragraph", "Photo: Ann Smith/Reuters"),
        ("paragraph", "(Image credit: NASA/JPL)"),
        ("paragraph", "Source: the council's own figures show a rise of 12 percent."),
        ("paragraph", "Photographs were not allowed in the courtroom, the judge said."),
        ("paragraph", "The mayor at the depot on Tuesday. Photo: Ann Smith/Reuters"),
        ("paragraph", 'The mayor said: "Photo: it was taken by Ann Smith", and left.'),
    ]
    marked = boilerplate.mark_credit_captions(blocks)  # type: ignore[arg-type]
    kinds = ["caption", "caption", "paragraph", "paragraph", "caption", "paragraph"]
    assert [kind for kind, _ in marked] == kinds


def test_calls_to_action_are_dropped_only_at_the_end() -> None:
    follow = "Follow us on Twitter @dailybugle and on Facebook."
    blocks = [
        ("paragraph", PARAGRAPHS[0]),
        ("paragraph", "Follow the money, the auditor told the council, and you find the gap."),
        ("paragraph", PARAGRAPHS[1]),
        ("caption", "The depot."),
        ("paragraph", "Subscribe to our newsletter for more stories like this one."),
        ("paragraph", follow),
    ]
    kept = boilerplate.drop_trailing_calls_to_action(blocks)  # type: ignore[arg-type]
    assert [text for _, text in kept] == [
        PARAGRAPHS[0],
        "Follow the money, the auditor told the council, and you find the gap.",
        PARAGRAPHS[1],
        "The depot.",
    ]


def test_a_linked_call_to_action_between_paragraphs_goes() -> None:
    # The site's promotion placed mid-story: a call to the reader that links where it calls.
    promo = '<p><a href="https://apps.example.com/x">CLICK HERE TO GET THE BUGLE APP</a></p>'
    subscribe = (
        '<p><a href="https://subscribe.example.com/">Subscribe</a> to the Bugle and stay '
        "smart with more of your favorite writers.</p>"
    )
    # The same words without a link, mid-story, are the story's own sentence.
    sentence = "<p>Follow the money, the auditor told the council, and you find the gap.</p>"
    middle = f"<p>{PARAGRAPHS[0]}</p>{promo}<p>{PARAGRAPHS[1]}</p>{subscribe}{sentence}"
    text = body_text(page(f"<article>{middle}<p>{PARAGRAPHS[2]}</p></article>"))
    assert "BUGLE APP" not in text
    assert "stay smart" not in text
    assert "Follow the money" in text
    assert all(paragraph in text for paragraph in PARAGRAPHS)


def test_repeated_captions_are_said_once_but_repeated_paragraphs_stay() -> None:
    blocks = [
        ("caption", "(Image: GETTY)"),
        ("paragraph", "Vote early."),
        ("caption", "(Image: Getty )"),
        ("paragraph", "Vote early."),
        ("caption", "The depot at night."),
    ]
    kept = boilerplate.drop_repeated_captions(blocks)  # type: ignore[arg-type]
    assert kept == [
        ("caption", "(Image: GETTY)"),
        ("paragraph", "Vote early."),
        ("paragraph", "Vote early."),
        ("caption", "The depot at night."),
    ]


def test_embed_does_not_swallow_the_article() -> None:
    # libxml2 nests everything after <embed> inside it; dropping the <embed> dropped the page.
    html = page('<embed src="movie.swf"><object data="x.swf">plugin</object>' + story())
    assert body_text(html) == "\n\n".join(PARAGRAPHS)


def test_unnest_void_elements_keeps_what_was_nested() -> None:
    doc = tree('<embed src="a.swf"><p>after embed</p><video><source src="v.mp4"></video>')
    boilerplate.unnest_void_elements(doc)
    assert doc.find(".//embed") is None and doc.find(".//source") is None
    assert text_of(doc) == "after embed"


def test_entity_encoded_escape_sequences_go_whole_and_the_page_survives() -> None:
    def encoded(sequence: str) -> str:
        return "".join(f"&#x{ord(c):x};" for c in sequence)

    title = encoded("\x1b]0;PWNED\x07")
    html = page(
        story(extra_before=f"<p>Before{title} after, the clerk said on Tuesday evening.</p>")
        + f"<script>x</script>tail{encoded(chr(27) + '[2J')}text"
    )
    text = body_text(html)
    assert "Before after, the clerk said" in text
    assert "PWNED" not in text and "[2J" not in text and "\x1b" not in text


def test_contributor_credits_and_link_lines_at_the_end_are_dropped() -> None:
    blocks = [
        ("paragraph", PARAGRAPHS[0]),
        ("paragraph", "(Reporting by Ann Lee; editing by Bo Li)"),
        ("paragraph", "Fox News' Jessica Napoli contributed to this report."),
        ("paragraph", "Follow AP's full coverage of Brexit at https://www.apnews.com/Brexit"),
        ("paragraph", "Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik."),
    ]
    kept = boilerplate.drop_trailing_calls_to_action(blocks)  # type: ignore[arg-type]
    assert [text for _, text in kept] == [PARAGRAPHS[0]]


def test_an_embedded_post_or_copyright_line_the_story_ends_on_is_kept() -> None:
    tweet = "Sharing my full letter. pic.twitter.com/x1 — Rep. Ilhan Omar (@IlhanMN)"
    copyright_line = "Copyright ⓒ Entermedia (www.entermedia.co.kr)"
    blocks = [
        ("paragraph", PARAGRAPHS[0]),
        ("quote", tweet),
        ("paragraph", copyright_line),
    ]
    kept = boilerplate.drop_trailing_calls_to_action(blocks)  # type: ignore[arg-type]
    assert [text for _, text in kept] == [PARAGRAPHS[0], tweet, copyright_line]


def test_byline_lines_at_the_top_are_told_from_sentences() -> None:
    assert boilerplate.is_byline_line("By Mike Wuerthele and Malcolm Owen Monday, November 18")
    assert boilerplate.is_byline_line("By TOM KRISHER, AP Auto Writer")
    assert not boilerplate.is_byline_line("By Tuesday, the council had voted.")
    assert not boilerplate.is_byline_line("By the end of the year prices rose")
    assert not boilerplate.is_byline_line("By Monday evening the votes were counted")


def test_readability_keywords_favour_the_story_body_over_recommendations() -> None:
    other = [
        "Another story entirely, about the weather this weekend, which will be sunny, warm, "
        "and dry, with light winds from the south, the forecasters said.",
        "Temperatures will climb to 25 degrees on Saturday, and stay there on Sunday, before a "
        "cold front arrives on Monday with rain, wind, and hail.",
        "Farmers welcomed the news, saying the harvest, which was late this year, needs a few "
        "more dry days, and the vineyards need sun.",
        "The forecast for next week is less certain, with the models disagreeing, the office "
        "said, but showers seem likely from Tuesday.",
    ]
    html = page(
        "<div class='rich-text'>"
        + "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
        + "</div><div class='recommend-box'>"
        + "".join(f"<p>{text}</p>" for text in other)
        + "</div>"
    )
    text = body_text(html)
    assert PARAGRAPHS[0] in text
    assert other[0] not in text


def test_story_wrapper_with_a_furniture_class_survives_a_long_comment_thread() -> None:
    # The comments outweigh the story in total, and the story's wrapper is named after the
    # sidebar layout: the densest run of paragraphs still marks it as the story.
    comment = "I completely disagree with the council on this, and so does everyone I know here."
    comments = "".join(f"<div class='c'><p>{comment} ({n})</p></div>" for n in range(12))
    doc = tree(
        "<div class='layout-with-sidebar'><div>"
        + "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
        + f"</div></div><div>{comments}</div>"
    )
    boilerplate.drop_furniture(doc)
    assert PARAGRAPHS[0] in text_of(doc)


def test_a_page_saved_with_a_dialog_open_keeps_its_aria_hidden_story() -> None:
    html = page(
        '<div id="page" aria-hidden="true">' + story() + "</div>"
        '<div role="dialog" class="cookie-consent"><p>We use cookies.</p></div>'
    )
    assert body_text(html) == "\n\n".join(PARAGRAPHS)


def test_hidden_small_elements_go_even_inside_the_story() -> None:
    doc = tree(
        "<div>"
        + "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
        + '<p aria-hidden="true">Skip to the next paragraph of this story, screen reader.</p>'
        + "</div>"
    )
    boilerplate.drop_hidden(doc)
    assert "Skip to the next" not in text_of(doc)


def test_click_to_tweet_pull_quotes_are_kept_and_tweet_buttons_are_not_spared() -> None:
    doc = tree(
        '<div class="sw-click-to-tweet"><span>Every online business exists in the '
        "space-time continuum.</span></div>"
        '<a class="twitter-share-button">Tweet this</a>'
    )
    boilerplate.keep_embedded_posts(doc)
    assert doc.xpath("//div")[0].get("class") == "sw-click-to-embed"
    assert doc.xpath("//a")[0].get("class") == "twitter-share-button"


def test_related_lead_ins_in_other_languages_are_dropped() -> None:
    # "Read more: <link>" between paragraphs, as sites write it in German, Polish, French,
    # Spanish, Portuguese and Italian; a sentence that starts the same way is prose.
    promos = [
        "Lesen Sie auch: <a href='/a'>Die Bahn erhöht ihre Preise</a>",
        "Dowiedz się więcej: <a href='/b'>Kto jak głosował ws. unijnych funduszy?</a>",
        "À lire aussi : <a href='/c'>Le budget de la ville adopté</a>",
        "Lee también: <a href='/d'>El Gobierno anuncia nuevas medidas</a>",
        "Leia também: <a href='/e'>O governo anuncia novas medidas</a>",
        "Leggi anche: <a href='/f'>Il governo annuncia nuove misure</a>",
    ]
    prose = (
        "Lesen Sie auch den Bericht der Kommission, der <a href='/k'>hier</a> steht: er"
        " zeigt, wie die Preise der Bahn seit zehn Jahren gestiegen sind."
    )
    body = lxml.html.fragment_fromstring(
        "<div>" + "".join(f"<p>{p}</p>" for p in [*promos, prose]) + "</div>"
    )
    boilerplate.drop_link_paragraphs(body, "https://news.example.com/story")
    assert [p.text_content() for p in body.iter("p")] == [
        lxml.html.fromstring(prose).text_content()
    ]


def test_a_lone_lead_in_to_other_stories_is_dropped() -> None:
    # The lead-in stays when the list of stories under it is gone: "Das Thema könnte dich
    # auch interessieren:" ('this topic may interest you too'), "You may also like".
    blocks = [
        ("paragraph", PARAGRAPHS[0]),
        ("paragraph", "Das Thema könnte dich auch interessieren:"),
        ("paragraph", "Diese Artikel könnten euch auch interessieren:"),
        ("heading", "You may also like"),
        ("paragraph", "Related:"),
        ("paragraph", "Ces articles peuvent vous intéresser :"),
        ("paragraph", "Das könnte Sie auch interessieren, sagte die Ministerin am Dienstag."),
    ]
    kept = boilerplate.drop_ui_blocks(blocks)  # type: ignore[arg-type]
    assert [text for _, text in kept] == [
        PARAGRAPHS[0],
        "Das könnte Sie auch interessieren, sagte die Ministerin am Dienstag.",
    ]


def test_an_empty_comment_section_in_other_languages_is_dropped() -> None:
    blocks = [
        ("paragraph", PARAGRAPHS[0]),
        ("heading", "0 Kommentare"),
        ("paragraph", "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)"),
        ("paragraph", "No comments yet."),
        ("paragraph", "12 commentaires"),
        ("paragraph", "Brak komentarzy"),
        ("paragraph", "No comment, said the minister, and left the room without a word."),
    ]
    kept = boilerplate.drop_ui_blocks(blocks)  # type: ignore[arg-type]
    assert [text for _, text in kept] == [
        PARAGRAPHS[0],
        "No comment, said the minister, and left the room without a word.",
    ]


def test_photo_credit_lines_in_other_languages_become_captions() -> None:
    blocks = [
        ("paragraph", "Crédits photos : Bestimage"),
        ("paragraph", "Foto: dpa/Michael Kappeler"),
        ("paragraph", "Bild: Keystone"),
        ("paragraph", "Fotografía: EFE"),
        ("paragraph", "Bilder zeigen, wie der Fluss in der Nacht über die Ufer trat."),
    ]
    marked = boilerplate.mark_credit_captions(blocks)  # type: ignore[arg-type]
    assert [kind for kind, _ in marked] == ["caption"] * 4 + ["paragraph"]


def test_a_date_line_and_a_comment_policy_at_the_end_are_dropped() -> None:
    blocks = [
        ("paragraph", PARAGRAPHS[0]),
        ("paragraph", "Publiziert: 03.04.2020, 12:35"),
        ("paragraph", PARAGRAPHS[1]),
        ("paragraph", "Publiziert: 03.04.2020, 12:35"),
        (
            "paragraph",
            "To post a comment, log into your chosen social network and then add your"
            " comment below.",
        ),
    ]
    kept = boilerplate.drop_trailing_calls_to_action(blocks)  # type: ignore[arg-type]
    assert [text for _, text in kept] == [
        PARAGRAPHS[0],
        "Publiziert: 03.04.2020, 12:35",
        PARAGRAPHS[1],
    ]


def test_a_comment_form_left_in_the_pick_is_dropped() -> None:
    # A pick made without the furniture rules (the second opinion) keeps the reply form.
    body = lxml.html.fragment_fromstring(
        "<div>"
        + "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
        + '<div id="comments" class="clearfix"><div id="respond"><h3>Leave a Reply</h3>'
        "<form><p>Your email address will not be published.</p><label>Name *</label>"
        "<textarea></textarea></form></div></div>"
        '<div class="share"><form><p>Search the site</p><textarea></textarea></form></div>'
        "</div>"
    )
    boilerplate.clean_after(body, PageMetadata())
    assert [element_text(p) for p in body.iter("p")] == PARAGRAPHS
    assert "Leave a Reply" not in element_text(body)


def test_a_story_inside_a_comments_wrapper_is_kept() -> None:
    # A wrapper named for its comment count that holds the story is the pick itself.
    body = lxml.html.fragment_fromstring(
        '<div><div class="post has-comments">'
        + "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
        + "</div></div>"
    )
    boilerplate.clean_after(body, PageMetadata())
    assert [element_text(p) for p in body.iter("p")] == PARAGRAPHS


def test_a_heading_over_a_video_alone_is_dropped() -> None:
    # A promoted video's title, set between rules inside the story, heads no text (its
    # holder may be left empty: readability removes most <iframe>s).
    video = '<div class="video"><iframe src="https://video.example/1"></iframe></div>'
    body = lxml.html.fragment_fromstring(
        f"<div><h2>Buses</h2><p>{PARAGRAPHS[0]}</p><hr><h2>Do Voters Choose?</h2>{video}<hr>"
        '<h2>A video of the depot</h2><p class="video-placeholder"></p><hr>'
        f"<h2>Trains</h2><h3>In the north</h3><p>{PARAGRAPHS[1]}</p><h2>Ferries</h2><hr>"
        f"<p>{PARAGRAPHS[2]}</p><h2>Total raised</h2><h2>2 235 010 euros</h2><p>{PARAGRAPHS[0]}</p>"
        "<h2>Last</h2></div>"
    )
    boilerplate.clean_after(body, PageMetadata())
    headings = [element_text(h) for h in body.iter("h2", "h3")]
    kept = ["Buses", "Trains", "In the north", "Ferries", "Total raised", "2 235 010 euros"]
    assert headings == [*kept, "Last"]


def test_a_doubled_comma_left_by_a_removed_item_becomes_one() -> None:
    blocks = [
        ("paragraph", "Money from his philanthropic projects, , some of which invest millions."),
        ("preformatted", "a, , b"),
    ]
    closed = boilerplate.close_emptied_lists(blocks)  # type: ignore[arg-type]
    assert closed == [
        ("paragraph", "Money from his philanthropic projects, some of which invest millions."),
        ("preformatted", "a, , b"),
    ]


def test_the_bare_address_of_an_unrendered_social_post_is_dropped() -> None:
    blocks = [
        ("paragraph", "https://www.facebook.com/DwyersOfCork/posts/2800731780195723"),
        ("paragraph", "https://twitter.com/corkbeo/status/1317190000000000000?s=20"),
        ("paragraph", "https://www.lepotcommun.fr/pot/solidarite-financiere"),
        (
            "paragraph",
            "See https://www.facebook.com/DwyersOfCork/posts/2800731780195723 for hours.",
        ),
    ]
    kept = boilerplate.drop_unrendered_embeds(blocks)  # type: ignore[arg-type]
    assert kept == blocks[2:]


def test_a_live_blog_entry_s_time_and_author_line_is_dropped() -> None:
    blocks = [
        ("paragraph", "20:36 Frances Watkins"),
        ("heading", "Another Cork favourite preparing to shut up shop"),
        ("paragraph", "9.15am Ann Lee"),
        ("paragraph", "20:36 Frances Watkins said the pubs would close at nine."),
        ("paragraph", "At 20:36 Frances Watkins left."),
    ]
    kept = boilerplate.drop_entry_bylines(blocks)  # type: ignore[arg-type]
    assert kept == [blocks[1], *blocks[3:]]
