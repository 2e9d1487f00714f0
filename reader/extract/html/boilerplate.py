"""Page furniture removal: small pure rules over the lxml tree, before and after readability.

Each rule is a function that changes the tree it is given (or filters a block list) and has
a small HTML test of its own. The rules are general (tags, ARIA roles, class/id words that
mean the same thing on every site), never tuned to one site, and each one refuses to touch an
element that holds most of the page's prose, so a badly named wrapper cannot take the article
with it.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from lxml.html import HtmlElement
from readability.readability import REGEXES as READABILITY_REGEXES

from reader.article import BlockKind
from reader.extract.html import author_notes, inline_cards, media_captions, news_blocks, phrases
from reader.extract.html.blocks import element_text, fold_whitespace
from reader.extract.html.meta_lines import drop_meta_lines
from reader.extract.html.metadata import PageMetadata

# Elements that never hold article text. <object>/<embed> are plug-ins; <base href> would
# make readability resolve links against a foreign host.
_NON_CONTENT_TAGS = (
    "script",
    "style",
    "template",
    "object",
    "embed",
    "applet",
    "base",
    "link",
    "svg",
    "canvas",
    "button",
    "input",
    "select",
    "textarea",
    "dialog",
    "map",
)
# AMP components that hold no story text, only their placeholders and fallbacks ("Loading
# ad", "Tweet"): ads, share buttons, menus, consent notices, embeds, trackers.
_AMP_NON_CONTENT = (
    "amp-ad",
    "amp-embed",
    "amp-sticky-ad",
    "amp-auto-ads",
    "amp-analytics",
    "amp-pixel",
    "amp-social-share",
    "amp-sidebar",
    "amp-consent",
    "amp-user-notification",
    "amp-iframe",
    "amp-geo",
    "amp-install-serviceworker",
)
_FURNITURE_TAGS = ("nav", "footer", "aside", "menu")
_FURNITURE_ROLES = frozenset(
    {
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "search",
        "dialog",
        "alertdialog",
        "menu",
        "menubar",
        "toolbar",
        "tablist",
    }
)
# Class/id words of boilerplate regions. Class and id are split into words at "-", "_" and
# spaces ("article-share-bar" -> article, share, bar), so "shareholders" is not "share".
# A set lookup per word: a regex alternation tried at every position cost a tenth of the
# cleaner's time.
_FURNITURE_WORDS = frozenset(
    {
        "share",
        "sharing",
        "shares",
        "social",
        "sociallinks",
        "sharebar",
        "sharetools",
        "related",
        "relatedlinks",
        "morestories",
        "readmore",
        "recommended",
        "recommendations",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "paywall",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "comment",
        "comments",
        "disqus",
        "respond",
        "breadcrumb",
        "breadcrumbs",
        "pagination",
        "popular",
        "mostread",
        "mostpopular",
        "trending",
        "advert",
        "advertisement",
        "ad",
        "ads",
        "adslot",
        "sponsored",
        "promo",
        "outbrain",
        "taboola",
        "tags",
        "taglist",
        "topics",
        "keywords",
        "print",
        "toolbar",
        "tools",
        "authorbio",
        "aboutauthor",
        "skiplink",
        "sronly",
        "hidden",
        "screenreadertext",
        # recirculation modules: other stories pushed into the page
        "recirc",
        "recirculation",
        "readnext",
        "alsoread",
        "youmaylike",
        "upnext",
        "adsbygoogle",
        "sidebar",
        "rail",
    }
)
_FURNITURE_PAIRS = frozenset(
    {
        ("more", "stories"),
        ("read", "more"),
        ("sign", "up"),
        ("most", "read"),
        ("tag", "list"),
        ("author", "bio"),
        ("about", "the"),
        ("skip", "link"),
        ("sr", "only"),
        ("screen", "reader"),
        ("read", "next"),
        ("also", "read"),
        ("you", "may"),
        ("up", "next"),
    }
)
_PAIR_STARTS = frozenset(first for first, _ in _FURNITURE_PAIRS)
_WORD_SPLIT = re.compile(r"[-_\s]+")
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.I)
# Embedded posts the story quotes: readability deletes anything whose class mentions
# tweet/twitter, so these are renamed to a neutral class before it runs.
_EMBEDDED_POST = re.compile(r"twitter-tweet|instagram-media|tiktok-embed|fb-post|bluesky", re.I)
_READABILITY_UNLIKELY = re.compile(r"tweet|twitter", re.I)

# A region holding at least this share of the page's paragraph text is the article, whatever
# its class says.
_PROTECT_SHARE = 0.4


def clean_before(doc: HtmlElement) -> None:
    """Rules run on the parsed page before readability scores it."""
    prepare(doc)
    drop_furniture(doc)


def prepare(doc: HtmlElement) -> None:
    """The rules that remove nothing a reader sees: what is left is the page as shown."""
    unnest_void_elements(doc)
    drop_non_content(doc)
    drop_heading_permalinks(doc)
    drop_hidden(doc)
    shield_words_in_sentences(doc)
    keep_embedded_posts(doc)
    unwrap_page_forms(doc)
    unwrap_code_blocks(doc)
    paragraphs_from_line_breaks(doc)
    rename_heading_slugs(doc)


def clean_after(body: HtmlElement, metadata: PageMetadata) -> None:
    """Rules run on readability's article element."""
    mark_captions(body)
    media_captions.mark_video_captions(body)
    inline_cards.drop_inline_cards(body)
    drop_link_paragraphs(body, metadata.url)
    drop_linked_calls_to_action(body)
    drop_data_widgets(body)
    drop_comment_sections(body)
    drop_empty_sections(body)


def drop_empty_sections(body: HtmlElement) -> None:
    """A heading over an embed alone: what follows it up to a rule (<hr>) or the next
    heading of its level or above is a video or other embed and no text ('<hr><h2>Do
    Parties Or Voters Choose Presidential Nominees?</h2><div class="video"><iframe…></div>
    <hr>'). It is the title of a promoted video, not a heading of the article's. A heading
    followed straight by another (a figure's label over its value) is left alone."""
    for heading in list(body.iter(*_HEADINGS)):
        level = int(heading.tag[1])
        embedded = False
        for sibling in heading.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            ends = sibling.tag == "hr" or (
                sibling.tag in _HEADINGS and int(sibling.tag[1]) <= level
            )
            if ends:
                if embedded:
                    _drop(heading)
                break
            if (sibling.text_content() or "").strip():
                break
            embedded = embedded or any(_is_embed(node) for node in sibling.iter())


_EMBED_TAGS = frozenset(("iframe", "video", "embed", "object", "audio"))
# Class/id words of an embed's holder, left empty once readability removed its <iframe>.
_EMBED_WORDS = frozenset(("video", "videoplayer", "player", "embed", "iframe", "youtube"))


def _is_embed(element: HtmlElement) -> bool:
    if not isinstance(element.tag, str):
        return False
    if element.tag in _EMBED_TAGS:
        return True
    features = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return not _EMBED_WORDS.isdisjoint(_WORD_SPLIT.split(features))


# A comment section in the pick holds less than this share of its text (else it is the pick).
_COMMENTS_SHARE = 0.5


def drop_comment_sections(body: HtmlElement) -> None:
    """A comment thread or reply form left in the pick ('Leave a Reply', 'Name *',
    'Website'): the furniture rules remove it, but a pick made without them (the second
    opinion) keeps it. Named as comments by class or id, or a form with a text area."""
    total = len(fold_whitespace(body.text_content() or ""))
    for element in body.xpath(".//*[@class or @id] | .//form[.//textarea]"):
        if not _in_tree(element, body):
            continue
        features = f"{element.get('class', '')} {element.get('id', '')}".lower()
        if element.tag != "form" and _COMMENT_WORDS.isdisjoint(_WORD_SPLIT.split(features)):
            continue
        if element.find(".//article") is not None:
            continue
        if len(fold_whitespace(element.text_content() or "")) < _COMMENTS_SHARE * total:
            _drop(element)


# A data widget: at least this many short text cells (<span>/<div>/<label>, not list items or
# table cells), holding at least this share of its text, each under this many characters.
_WIDGET_CELLS = 50
_WIDGET_SHARE = 0.6
_SHORT_CELL = 25
_WIDGET_CELL_TAGS = frozenset(["span", "div", "label", "b", "strong"])


def drop_data_widgets(body: HtmlElement) -> None:
    """A <div>/<section> in the pick made of dozens of short cells in <span>s: a live
    tracker or scoreboard embedded in the story (NDTV's COVID tracker: 600 pairs like
    <span>Pune</span><span>660</span>), which would become hundreds of one-word
    paragraphs. Lists and tables are the article's own and are left alone. Outermost first."""
    for element in list(body.iter("div", "section")):
        if element is body or not _in_tree(element, body):
            continue
        cells = [
            len(text)
            for cell in element.iter(*_WIDGET_CELL_TAGS)
            if len(cell) == 0 and (text := (cell.text or "").strip())
        ]
        short = [length for length in cells if length < _SHORT_CELL]
        if len(short) < _WIDGET_CELLS:
            continue
        total = len(fold_whitespace(element.text_content() or ""))
        if sum(short) >= _WIDGET_SHARE * total:
            _drop(element)


def _in_tree(element: HtmlElement, root: HtmlElement) -> bool:
    return any(ancestor is root for ancestor in element.iterancestors())


# --- before readability ---------------------------------------------------------------------


# HTML5 void elements that libxml2 (2.14) does not know as void: it nests everything after
# them inside them, so "<embed src=x><article>...</article>" puts the article in the <embed>.
_MISPARSED_VOID = ("embed", "source", "track", "wbr", "keygen")


def unnest_void_elements(doc: HtmlElement) -> None:
    """Remove <embed>/<source>/<track>/<wbr>/<keygen> tags, keeping what got nested in them."""
    for element in list(doc.iter(*_MISPARSED_VOID)):
        element.drop_tag()


def drop_heading_permalinks(doc: HtmlElement) -> None:
    """The permalink mark docs put in each heading ("Installation¶", "#From source"): a link
    to the heading itself whose text is a symbol, not a word."""
    for heading in list(doc.iter("h1", "h2", "h3", "h4", "h5", "h6")):
        for link in list(heading.iter("a")):
            text = (link.text_content() or "").strip()
            anchor = (link.get("href") or "").startswith("#")
            if anchor and len(text) <= 2 and not _ANY_WORD.search(text):
                _drop(link)


def drop_non_content(doc: HtmlElement) -> None:
    """Scripts, styles, plug-ins, form controls, <base> and AMP's ads, share buttons and
    menus: never article text."""
    for element in list(doc.iter(*_NON_CONTENT_TAGS, *_AMP_NON_CONTENT)):
        _drop(element)


def drop_hidden(doc: HtmlElement) -> None:
    """Elements the browser does not show: `hidden`, aria-hidden, display:none. Not the story
    itself: a page saved while a cookie or paywall dialog was open marks the whole page
    aria-hidden, and some pages hide the body until a script reveals it. A hidden block is
    the story only when the page shows no story of its own: a collapsed block of terms or a
    preloaded next story can be the densest run of paragraphs while the reader sees another."""
    # Every element with a style is a candidate; the regex below is cheaper than XPath's
    # contains() on each style (half the time of this rule).
    candidates = "//body//*[@hidden or @aria-hidden or @style]"
    hidden = [
        element
        for element in doc.xpath(candidates)
        if element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or _HIDDEN_STYLE.search(element.get("style") or "")
    ]
    story: set[HtmlElement] | None = None
    visible: tuple[HtmlElement | None, int] = (None, 0)
    hidden_set = set(hidden)
    for element in hidden:
        prose = _prose_length(element)
        if prose >= _SLIDE_SIZE and _is_slide(element, hidden_set):
            _reveal(element)
            continue
        if prose >= _STORY_SIZE:
            if story is None:
                story = _story_holders(doc)
                visible = _visible_story(doc, hidden) if story else (None, 0)
            shown, length = visible
            # The rest of a story behind a "read more" button is hidden inside the story.
            elsewhere = shown is not None and shown not in set(element.iterancestors())
            if element in story and not (length >= _VISIBLE_STORY and elsewhere):
                continue
        _drop(element)


# Class words that say whether a slide, tab or panel is shown now, not what it holds.
_STATE_CLASSES = frozenset(
    {
        "hidden",
        "hide",
        "is-hidden",
        "d-none",
        "invisible",
        "collapsed",
        "active",
        "is-active",
        "current",
        "is-current",
        "visible",
        "is-visible",
        "show",
        "shown",
        "selected",
        "in",
        "open",
    }
)


# Paragraph text of a slide, and of the visible slide beside it: a sentence or two.
_SLIDE_SIZE = 80


def _is_slide(element: HtmlElement, hidden: set[HtmlElement]) -> bool:
    """A slide of a paged gallery or listicle: a visible sibling of the same tag and the same
    classes (state words like hidden/active aside) holds prose, so the page shows its text one
    slide at a time. Example: <div class="slide">Item 1…</div><div class="slide hidden"
    style="display:none">Item 2…</div>: item 2 is a slide."""
    parent = element.getparent()
    if parent is None:
        return False
    kind = _slide_kind(element)
    if not kind:
        return False
    return any(
        sibling is not element
        and sibling.tag == element.tag
        and sibling not in hidden
        and _slide_kind(sibling) == kind
        and _prose_length(sibling) >= _SLIDE_SIZE
        for sibling in parent
    )


def _reveal(slide: HtmlElement) -> None:
    """Show a kept slide as its visible sibling is shown, so no later rule takes its state
    class ("hidden") for furniture."""
    for attribute in ("hidden", "aria-hidden", "style"):
        slide.attrib.pop(attribute, None)
    slide.set("class", " ".join(sorted(_slide_kind(slide))))


def _slide_kind(element: HtmlElement) -> frozenset[str]:
    return frozenset((element.get("class") or "").split()) - _STATE_CLASSES


# Paragraph text a visible run needs for the page to have a story of its own.
_VISIBLE_STORY = 500


def _visible_story(doc: HtmlElement, hidden: list[HtmlElement]) -> tuple[HtmlElement | None, int]:
    """The densest run of paragraphs outside every hidden element: its parent, its length."""
    hidden_set = set(hidden)
    lengths: dict[HtmlElement, int] = {}
    for paragraph in doc.iter("p"):
        parent = paragraph.getparent()
        if parent is None or any(a in hidden_set for a in paragraph.iterancestors()):
            continue
        lengths[parent] = lengths.get(parent, 0) + len(paragraph.text_content() or "")
    if not lengths:
        return None, 0
    best = max(lengths, key=lengths.__getitem__)
    return best, lengths[best]


# Paragraph text a hidden element needs before it might be the story itself.
_STORY_SIZE = 200


def keep_embedded_posts(doc: HtmlElement) -> None:
    """Rename embedded tweets/posts (and wrappers naming them), and "click to tweet" pull
    quotes, so readability keeps them: it deletes anything whose class mentions tweet/twitter.
    Share buttons ("Tweet", "Share on Twitter") are too short to be spared."""
    for element in doc.iter("blockquote"):
        if not _EMBEDDED_POST.search(element.get("class") or ""):
            continue
        element.set("class", "embedded-post")
        for ancestor in element.iterancestors():
            if ancestor.tag in ("body", "html"):
                break
            _rename_tweet_words(ancestor)
    for element in doc.xpath(_TWEET_NAMED):
        if len(fold_whitespace(element.text_content() or "").split()) >= _QUOTE_WORDS:
            _rename_tweet_words(element)


# "weet"/"witter" match Tweet, tweet, Twitter and twitter; plain contains() is far cheaper
# in XPath than lower-casing every class with translate().
_TWEET_NAMED = (
    "//body//*[contains(@class, 'weet') or contains(@class, 'witter')"
    " or contains(@id, 'weet') or contains(@id, 'witter')]"
)
# Words of text that make a tweet-named element a quotation rather than a share button.
_QUOTE_WORDS = 6


def _rename_tweet_words(element: HtmlElement) -> None:
    for attribute in ("class", "id"):
        value = element.get(attribute)
        if value and _READABILITY_UNLIKELY.search(value):
            element.set(attribute, _READABILITY_UNLIKELY.sub("embed", value))


def unwrap_page_forms(doc: HtmlElement) -> None:
    """ASP.NET pages wrap the whole page in one <form>; readability would delete it all."""
    forms = list(doc.iter("form"))
    if not forms:
        return
    total = _prose_length(doc)
    for form in forms:
        prose = _prose_length(form)
        if prose and prose >= _PROTECT_SHARE * total:
            form.drop_tag()


def unwrap_code_blocks(doc: HtmlElement) -> None:
    """The <div>s a syntax highlighter wraps around a <pre> go, the <pre> stays. readability
    deletes a <div> with under 25 characters and no image (a "pip install foo" line) and one
    whose class says "tool" (Prism's "code-toolbar"), code and all; a bare <pre> it keeps.
    A wrapper holds that one <pre>, no paragraph, and little text besides the code (the copy
    button is gone already). Example: <div class="highlight"><pre>pip install foo</pre></div>."""
    for pre in list(doc.iter("pre")):
        code = len((pre.text_content() or "").strip())
        wrapper = pre.getparent()
        while (
            wrapper is not None
            and wrapper.tag == "div"
            and code >= _CODE_SHARE * len((wrapper.text_content() or "").strip())
            and sum(1 for _ in wrapper.iter("pre", "p")) == 1
        ):
            parent = wrapper.getparent()
            wrapper.drop_tag()
            wrapper = parent


# Share of a code block's wrapper's text that is the code itself.
_CODE_SHARE = 0.5


# Elements that hold article text as <br>-separated runs on older and hand-made pages
# ("<td><font>First paragraph<br><br>Second ...</font></td>"). readability scores only <p>,
# <pre> and <td>, so without paragraphs it picks a teaser box or a sidebar.
_LINE_BREAK_HOSTS = frozenset(
    {
        "div",
        "td",
        "th",
        "font",
        "span",
        "center",
        "section",
        "article",
        "main",
        "body",
        "blockquote",
        "dd",
    }
)
# Children that end a paragraph run the way a double <br> does.
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "table",
        "ul",
        "ol",
        "dl",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "hr",
        "form",
        "center",
        "section",
        "article",
        "figure",
        "header",
        "footer",
        "nav",
        "aside",
        "main",
    }
)
# Loose text a host needs before its runs are rewritten: a line of links between breaks
# ("Home<br><br>News") is navigation, not paragraphs.
_LINE_BREAK_PROSE = 150


def paragraphs_from_line_breaks(doc: HtmlElement) -> None:
    """Text held directly in a div/td/font/span and separated by <br><br> becomes <p>s: one per
    run between double breaks or block elements. A single <br> stays inside its paragraph as a
    line break. Innermost hosts go first, so an outer host sees their paragraphs as blocks."""
    hosts = [
        parent
        for parent in dict.fromkeys(br.getparent() for br in doc.iter("br"))
        if parent is not None and parent.tag in _LINE_BREAK_HOSTS
    ]
    hosts.sort(key=lambda host: sum(1 for _ in host.iterancestors()), reverse=True)
    for host in hosts:
        if not _has_loose_text(host, _LINE_BREAK_PROSE):
            continue
        if any(a.tag in ("p", "pre") for a in host.iterancestors()):
            continue
        _split_runs(host)


def _has_loose_text(host: HtmlElement, needed: int) -> bool:
    """Whether `host` holds `needed` characters of text outside block children (its own
    text, inline children); counting stops there, so a host of 100,000 <br>s costs little."""
    length = len((host.text or "").strip())
    for child in host:
        if length >= needed:
            return True
        if child.tag not in _BLOCK_TAGS and isinstance(child.tag, str):
            inner = child.text_content() if len(child) else child.text
            length += len(fold_whitespace(inner or ""))
        length += len((child.tail or "").strip())
    return length >= needed


def _split_runs(host: HtmlElement) -> None:
    children = list(host)
    runs: list[HtmlElement] = []
    run = host.makeelement("p", {})
    run.text = host.text
    host.text = None
    line: list[str] = [run.text or ""]  # the text since the last line break
    # A host that ends paragraphs with double breaks uses a single one as a line break.
    single_breaks_end_lines = any(_second_break(children, i) for i in range(len(children)))

    def close(next_text: str | None) -> HtmlElement:
        runs.append(run)
        fresh = host.makeelement("p", {})
        fresh.text = next_text
        line[:] = [next_text or ""]
        return fresh

    for index, child in enumerate(children):
        following = children[index + 1] if index + 1 < len(children) else None
        is_block = child.tag in _BLOCK_TAGS or (
            len(child) > 0 and isinstance(child.tag, str) and child.find(".//p") is not None
        )
        if is_block:
            tail, child.tail = child.tail, None
            run = close(tail)
            runs.append(child)
        elif (
            child.tag == "br"
            and following is not None
            and following.tag == "br"
            and not (child.tail or "").strip()
        ):
            continue  # the first <br> of a double break; the second ends the run
        elif child.tag == "br" and (
            _second_break(children, index)
            or (not single_breaks_end_lines and _ends_prose_paragraph("".join(line)))
        ):
            run = close(child.tail)
        elif child.tag == "br":
            run.append(child)
            line[:] = [child.tail or ""]
        else:
            run.append(child)
            if isinstance(child.tag, str):
                line.append(child.text_content() or "")
            line.append(child.tail or "")
    runs.append(run)
    del host[:]  # the <br>s of double breaks, with their blank tails; the rest moved to runs
    for element in runs:
        if element.tag != "p" or len(element) or (element.text or "").strip():
            host.append(element)


def _second_break(children: list[HtmlElement], index: int) -> bool:
    """Whether `index` is a <br> that follows another with nothing but blanks between them."""
    before = children[index - 1] if index else None
    return (
        children[index].tag == "br"
        and before is not None
        and before.tag == "br"
        and not (before.tail or "").strip()
    )


# A line this long that ends a sentence is a paragraph of its own when one <br> ends it.
_PROSE_LINE = 80
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")


def _ends_prose_paragraph(line: str) -> bool:
    """Whether a line ended by a single <br> is a paragraph: a long line that ends a sentence
    ('…said on Tuesday.<br>The statement…'), not an address or a line of verse. Asked only
    in hosts with no double breaks."""
    text = line.strip()
    return len(text) >= _PROSE_LINE and _SENTENCE_END.search(text) is not None


def drop_furniture(
    doc: HtmlElement, before_drop: Callable[[HtmlElement], None] | None = None
) -> None:
    """nav/footer/aside, ARIA landmarks of furniture, and share/related/newsletter/cookie/
    comment regions by class or id, unless the region holds the article: an <article> or
    <main>, the densest run of paragraphs on the page, or a large share of its prose.
    `before_drop` sees each region while it is still in the page (the paywall notice reads
    where a paywall stood)."""
    body = doc.find("body")
    root = body if body is not None else doc
    total = max(_prose_length(root), 1)
    holds_story = _story_holders(root)
    # XPath picks the few elements that could be furniture (C speed); document order means
    # an outer region is judged before anything inside it.
    for element in root.xpath(_FURNITURE_CANDIDATES):
        if not _is_furniture(element) or not _attached(element, root):
            continue
        if element not in holds_story and not _holds_article(element, total):
            if before_drop is not None:
                before_drop(element)
            _drop(element)


_FURNITURE_CANDIDATES = ".//*[@class or @id or @role] | .//nav | .//footer | .//aside | .//menu"

# Elements that run inside a line of text; in a paragraph with words of its own around them
# they are part of a sentence ("advances in <a class="keywords">neuroscience</a>, it said").
_INLINE = frozenset(("a", "span", "em", "strong", "b", "i", "abbr", "mark", "cite", "small"))
# Words of the paragraph's own outside the element before it counts as running text.
_SENTENCE_WORDS = 3
# What follows a word in mid-sentence, besides a lower-case word or a digit.
_GOES_ON_PUNCTUATION = frozenset(",.;:!?)’'”\"-–—")


def _sentence_goes_on(tail: str) -> bool:
    first = tail.lstrip()[:1]
    return bool(first) and (first.islower() or first.isdigit() or first in _GOES_ON_PUNCTUATION)


def shield_words_in_sentences(doc: HtmlElement) -> None:
    """A link or span inside a sentence keeps its words whatever its class or id says: its
    class and id move to data-class/data-id, out of reach of class/id rules (ours, and
    readability's, which deletes anything naming twitter, comment or footer). Seen:
    "<a id="auto-tag_twitter_1">Twitter</a> erupted Monday" lost its first word, and
    "advances in <a class="keywords">neuroscience</a>, it said" its last. Text hidden from
    sighted readers ("sr-only") is left to the rules that drop it."""
    # One walk over the inline elements (an XPath of ".//p//*" is quadratic in libxml2 on a
    # page of 160,000 paragraphs: 10 minutes where the whole page takes 30 s).
    for element in doc.iter(*_INLINE):
        if element.get("class") is None and element.get("id") is None:
            continue
        if not _named_for_removal(element) or _names_hidden_text(element):
            continue
        if not _inside_a_sentence(element):
            continue
        for attribute in ("class", "id"):
            value = element.attrib.pop(attribute, None)
            if value is not None:
                element.set(f"data-{attribute}", value)


# What readability-lxml deletes by name (its own patterns, so they stay in step with it).
_READABILITY_DELETES = READABILITY_REGEXES["unlikelyCandidatesRe"]
_READABILITY_SPARES = READABILITY_REGEXES["okMaybeItsACandidateRe"]


def _named_for_removal(element: HtmlElement) -> bool:
    """Whether our furniture rules or readability's would delete `element` by its name."""
    if _is_furniture(element):
        return True
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(_READABILITY_DELETES.search(names)) and not _READABILITY_SPARES.search(names)


# Class words of text kept for screen readers only, which sighted readers never see.
_HIDDEN_TEXT_WORDS = frozenset(("sronly", "hidden", "screenreadertext", "visuallyhidden"))
_HIDDEN_TEXT_PAIRS = frozenset((("sr", "only"), ("screen", "reader"), ("visually", "hidden")))


def _names_hidden_text(element: HtmlElement) -> bool:
    words = _WORD_SPLIT.split(f"{element.get('class', '')} {element.get('id', '')}".lower())
    if not _HIDDEN_TEXT_WORDS.isdisjoint(words):
        return True
    return any(pair in _HIDDEN_TEXT_PAIRS for pair in itertools.pairwise(words))


def _inside_a_sentence(element: HtmlElement) -> bool:
    """An inline element within a paragraph that says more than it does, whose sentence
    goes on after it ("<a>Twitter</a> erupted", "<a>neuroscience</a>, it said"): a class
    word (tags, keywords, share) on it names a link style, not a region of furniture. A
    button closing a line ("-- By Jo Doe <a class=twitter-follow>Follow @jo</a>") is not."""
    if element.tag not in _INLINE:
        return False
    if not _sentence_goes_on(element.tail or ""):
        return False
    paragraph = next(element.iterancestors("p"), None)
    if paragraph is None:
        return False
    own = len((paragraph.text_content() or "").split())
    inside = len((element.text_content() or "").split())
    return own - inside >= _SENTENCE_WORDS


def _story_holders(root: HtmlElement) -> set[HtmlElement]:
    """The densest run of paragraphs and every element around it."""
    story = _densest_paragraphs(root)
    return {story, *story.iterancestors()} if story is not None else set()


def _densest_paragraphs(root: HtmlElement) -> HtmlElement | None:
    """The element whose own <p> children carry the most text: the story body on nearly
    every page, even when a long comment thread outweighs it in total (each comment is its
    own small container)."""
    lengths: dict[HtmlElement, int] = {}
    for paragraph in root.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            lengths[parent] = lengths.get(parent, 0) + len(paragraph.text_content() or "")
    return max(lengths, key=lengths.__getitem__) if lengths else None


# Blocks of prose: their text, added up per parent, finds the page's largest text block.
# List items are left out: comment threads and teaser lists are lists of prose too.
_PROSE_BLOCKS = ("p", "pre")
# A block more than this share link text is navigation, not prose.
_LINK_DENSITY = 0.5


class TextBlocks(NamedTuple):
    """What the check after readability compares its pick with, found in one walk."""

    largest: HtmlElement | None  # the page's largest block of prose (see largest_text_block)
    length: int  # its characters
    articles: list[HtmlElement]  # every <article>, in document order


def survey(root: HtmlElement) -> TextBlocks:
    """The element whose own paragraphs and preformatted children carry the most non-link
    text, that many characters, and the page's <article>s. Link lists (menus, "more
    stories") and comment threads do not count.

    The check after readability measures its pick against this: a pick far smaller than the
    page's largest block of prose is a teaser, a header, or what a wrong rule left behind.
    """
    lengths: dict[HtmlElement, int] = {}
    articles: list[HtmlElement] = []
    for block in root.iter(*_PROSE_BLOCKS, "article"):
        if block.tag == "article":
            articles.append(block)
            continue
        parent = block.getparent()
        if parent is None:
            continue
        text = len((block.text_content() or "").strip())
        if not text:
            continue
        if block.find(".//a") is not None:
            links = sum(len((a.text_content() or "").strip()) for a in block.iter("a"))
            if links > _LINK_DENSITY * text:
                continue
        lengths[parent] = lengths.get(parent, 0) + text
    for best in sorted(lengths, key=lengths.__getitem__, reverse=True):
        if not _in_comments(best):
            return TextBlocks(best, lengths[best], articles)
    return TextBlocks(None, 0, articles)


def largest_text_block(root: HtmlElement) -> tuple[HtmlElement | None, int]:
    """The page's largest block of prose and its characters (see survey)."""
    blocks = survey(root)
    return blocks.largest, blocks.length


_COMMENT_WORDS = frozenset(
    {"comment", "comments", "commentlist", "discussion", "disqus", "replies"}
)


def _in_comments(element: HtmlElement) -> bool:
    """Inside a comment thread: readers' prose, never the article, however long."""
    for node in (element, *element.iterancestors()):
        features = f"{node.get('class', '')} {node.get('id', '')}".lower()
        if not _COMMENT_WORDS.isdisjoint(_WORD_SPLIT.split(features)):
            return True
    return False


def _attached(element: HtmlElement, root: HtmlElement) -> bool:
    """False when an ancestor of `element` was already dropped."""
    return any(ancestor is root for ancestor in element.iterancestors())


def _holds_article(element: HtmlElement, total: int) -> bool:
    if element.tag in ("article", "main"):
        return True
    if element.find(".//article") is not None or element.find(".//main") is not None:
        return True
    return _prose_length(element) >= _PROTECT_SHARE * total


def _is_furniture(element: HtmlElement) -> bool:
    return _is_furniture_named(
        element.tag, element.get("role"), element.get("class", ""), element.get("id", "")
    )


# Pages repeat the same tag, role, class and id on many elements, and drop_furniture and
# shield_words_in_sentences each ask about most of them: the answer is looked up once each.
@functools.lru_cache(maxsize=1 << 14)
def _is_furniture_named(tag: object, role: str | None, classes: str, id_: str) -> bool:
    if tag in _FURNITURE_TAGS:
        return True
    role = (role or "").lower()
    if role in _FURNITURE_ROLES:
        return True
    if tag in _NEVER_FURNITURE:
        return False
    features = f"{classes} {id_}".lower()
    if features.isspace():
        return False
    words = _WORD_SPLIT.split(features)
    if not _FURNITURE_WORDS.isdisjoint(words):
        return True
    if _PAIR_STARTS.isdisjoint(words):
        return False
    return any(pair in _FURNITURE_PAIRS for pair in itertools.pairwise(words))


_NEVER_FURNITURE = frozenset(
    ("body", "html", "article", "main", "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")
)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def rename_heading_slugs(doc: HtmlElement) -> None:
    """An id that is the slug of its section's heading moves to `data-slug`, out of reach of
    class/id rules (ours and readability's, which deletes anything named "comment")."""
    for heading in list(doc.iter("h2", "h3", "h4")):
        # The section is the heading's parent or a level above ("<section><header><h2>").
        for element in itertools.islice(heading.iterancestors(), _SLUG_LEVELS):
            slug = element.get("id")
            if slug and ("-" in slug or "_" in slug) and _is_heading_slug(element):
                element.set("data-slug", element.attrib.pop("id"))


_SLUG_LEVELS = 2


def _is_heading_slug(element: HtmlElement) -> bool:
    """True when the id is the slug of the element's own heading ("the-sharing-economy" over
    <h2>The sharing economy</h2>) and the element holds prose: a section of the article.
    Docs, wikis and long reads name their sections this way; one such section once lost
    1,300 words."""
    slug = [word for word in _WORD_SPLIT.split((element.get("id") or "").lower()) if word]
    if len(slug) < 2:
        return False
    heading = next(element.iter(*_HEADINGS), None)
    if heading is None:
        return False
    words = _HEADING_WORD.findall((heading.text_content() or "").lower())
    # A share bar is named after its heading too ("share-this-story"); a section has prose.
    return set(slug) <= set(words) and _prose_length(element) >= _STORY_SIZE


_HEADING_WORD = re.compile(r"[^\W_]+")


# --- after readability -----------------------------------------------------------------------


def mark_captions(body: HtmlElement) -> None:
    """Photo captions and credits become <figcaption>, so they are kept but marked."""
    for element in list(body.iter()):
        if not isinstance(element.tag, str) or element.tag == "figcaption":
            continue
        features = f"{element.get('class', '')} {element.get('id', '')}"
        if (
            re.search(r"caption|credit|photographer", features, re.I)
            and len(element_text(element)) < 400
        ):
            element.tag = "figcaption"


# Lead-ins of promotions for other stories ("Related: ...", "READ MORE: ...", "Lesen Sie
# auch: ...").
_PROMO_LEAD = phrases.any_of(phrases.RELATED_LEAD_INS)
# The same, or a line announcing other stories, as a block of its own: "You may also like"
# (a line of at most this many characters).
_LEAD_IN_CHARS = 80
_LONE_LEAD_IN = phrases.any_of(phrases.RELATED_LEAD_INS + phrases.OTHER_STORIES_HEADERS, whole=True)


def drop_link_paragraphs(body: HtmlElement, page_url: str | None = None) -> None:
    """Paragraphs that are only a link to another page of the same site (or a "Related:" /
    "READ MORE:" lead-in and links): promotions of other stories placed between the story's
    paragraphs. A paragraph that is a link elsewhere ("Get it on Amazon for $39") is content."""
    site = _site_domain(page_url)
    for paragraph in list(body.iter("p")):
        text = fold_whitespace(paragraph.text_content() or "")
        if not text:
            continue
        links = list(paragraph.iter("a"))
        if not links:
            continue
        link_chars = sum(len(fold_whitespace(a.text_content() or "")) for a in links)
        density = link_chars / len(text)
        # The lead-in may be an element of its own glued to the links' text (no space
        # between in Thai or Chinese): "<strong>相关新闻</strong><br><a>...</a>".
        first = next((t for t in paragraph.itertext() if t.strip()), "")
        lead_in = _PROMO_LEAD.match(text) or _LONE_LEAD_IN.match(first.strip())
        promo = lead_in is not None and density >= 0.25
        # "Send to a friend | Print | Save as PDF": links with only separators between them.
        between = "".join(paragraph.xpath(".//text()[not(ancestor::a)]"))
        link_only = (
            (density >= 0.9 or not _ANY_WORD.search(between))
            and len(text.split()) <= 25
            and all(_is_internal(a.get("href"), site) for a in links)
        )
        # A paragraph that is only a link through an ad server: an advert placed as text.
        ad_only = density >= 0.9 and all(_AD_LINK.search(a.get("href") or "") for a in links)
        if promo or link_only or ad_only:
            _drop(paragraph)


# A call to action is short: a line or two addressed to the reader.
_CALL_WORDS = 50


def drop_linked_calls_to_action(body: HtmlElement) -> None:
    """A short paragraph anywhere in the pick that opens with a call to the reader
    ("Subscribe to WIRED and stay smart…", "CLICK HERE TO GET THE FOX NEWS APP", "Follow
    @BGRDeals on Twitter…") and links where it calls: the site's promotion placed between
    the story's paragraphs. Without a link such a line may be the story's own sentence
    ("Follow the signs to the exit, police said"), so only the end of the article drops
    those (drop_trailing_calls_to_action)."""
    for paragraph in list(body.iter("p")):
        if paragraph.find(".//a[@href]") is None:
            continue
        text = fold_whitespace(paragraph.text_content() or "")
        if len(text.split()) <= _CALL_WORDS and _CALL_TO_ACTION.match(text):
            _drop(paragraph)


def _site_domain(url: str | None) -> str | None:
    """The registrable part of a URL's host, roughly: "www.nj.com" -> "nj.com"."""
    match = re.match(r"^(?:https?:)?//([^/:?#]+)", url or "", re.I)
    if match is None:
        return None
    labels = match.group(1).lower().split(".")
    # "bbc.co.uk": keep three labels when the second-level one is a generic "co"/"com"/...
    keep = 3 if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "net", "ac", "gov") else 2
    return ".".join(labels[-keep:])


# Hosts and paths of ad servers and click trackers that text adverts link through.
_AD_LINK = re.compile(
    r"^(?:https?:)?//[^/]*(?:doubleclick\.net|googlesyndication\.com|googleadservices\.com|"
    r"adservice\.|adserver\.|adclick\.|ads\.|adnxs\.com|taboola\.com|outbrain\.com|"
    r"criteo\.|revcontent\.com|mgid\.com)"
    r"|/(?:adclick|adserver|ads/click|aclk)\b",
    re.I,
)


def _is_internal(href: str | None, site: str | None) -> bool:
    if not href or not re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", href, re.I):
        return True  # relative: same site
    return site is not None and _site_domain(href) == site


# --- block rules -----------------------------------------------------------------------------


def drop_repeated_header(
    blocks: list[tuple[BlockKind, str]], metadata: PageMetadata
) -> list[tuple[BlockKind, str]]:
    """The headline, byline and dateline repeated at the top of the body (already metadata)."""
    titles = {_norm(t) for t in (metadata.title, *metadata.headlines) if t}
    byline = _norm(metadata.byline)
    kept: list[tuple[BlockKind, str]] = []
    for index, (kind, text) in enumerate(blocks):
        if index < 6 and kind != "caption":
            norm = _norm(text)
            if norm in titles:
                continue
            if byline and norm in (byline, f"by {byline}"):
                continue
            if is_byline_line(text):
                continue
            if is_dateline(text):
                continue
        kept.append((kind, text))
    return kept


def tidy_blocks(
    blocks: list[tuple[BlockKind, str]], metadata: PageMetadata
) -> list[tuple[BlockKind, str]]:
    """Every block rule, in order, on readability's blocks."""
    blocks = drop_repeated_header(blocks, metadata)
    blocks = drop_ui_blocks(blocks)
    blocks = drop_meta_lines(blocks)
    blocks = mark_credit_captions(blocks)
    blocks = drop_repeated_captions(blocks)
    blocks = close_emptied_lists(blocks)
    blocks = drop_unrendered_embeds(blocks)
    blocks = drop_entry_bylines(blocks)
    blocks = news_blocks.tidy(blocks)
    blocks = drop_trailing_calls_to_action(blocks)
    return author_notes.drop_author_notes(blocks, metadata.authors)


# The address of one social-media post standing alone: an embed the page renders by script
# ("https://www.facebook.com/DwyersOfCork/posts/2800731780195723"), not a sentence.
_POST_URL = re.compile(
    r"(?:https?://)?(?:www\.|m\.|mobile\.)?(?:facebook\.com/\S+/(?:posts|videos|photos)/"
    r"|(?:twitter|x)\.com/\w+/status/|instagram\.com/(?:p|reel|tv)/|tiktok\.com/@[\w.]+/video/"
    r"|youtube\.com/watch\?|youtu\.be/)\S*",
    re.I,
)


# A live blog entry's time and author, alone on a line: "20:36 Frances Watkins".
_ENTRY_BYLINE = re.compile(
    r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
)


def drop_entry_bylines(blocks: list[tuple[BlockKind, str]]) -> list[tuple[BlockKind, str]]:
    """A paragraph that is only a clock time and a name: a live blog entry's byline, said
    before each entry's heading, not a sentence of the entry (as a story's byline is not)."""
    return [
        (kind, text)
        for kind, text in blocks
        if not (kind == "paragraph" and _ENTRY_BYLINE.fullmatch(text.strip()))
    ]


def drop_unrendered_embeds(blocks: list[tuple[BlockKind, str]]) -> list[tuple[BlockKind, str]]:
    """A paragraph that is only the address of a social-media post or a video: the embed
    was not rendered (it needs the platform's script), so what is left is its URL."""
    return [
        (kind, text)
        for kind, text in blocks
        if not (kind == "paragraph" and _POST_URL.fullmatch(text.strip()))
    ]


# Two commas with only spaces between: an item removed from a run of the text (a footnote
# marker, an inline widget the CMS stripped) leaves "philanthropic projects, , some of which".
_EMPTIED_ITEM = re.compile(r",(?:\s+,)+")


def close_emptied_lists(blocks: list[tuple[BlockKind, str]]) -> list[tuple[BlockKind, str]]:
    """A doubled comma in prose becomes one; preformatted text (code, CSV) is left alone."""
    return [
        (kind, _EMPTIED_ITEM.sub(",", text) if kind != "preformatted" and ", ," in text else text)
        for kind, text in blocks
    ]


_UI_WORDS = (
    r"like|loading|share|shares|sharing|tweet|email|e-mail|print|comments?|advert|advertisement|"
    r"facebook|twitter|linkedin|pinterest|whatsapp|reddit|telegram|flipboard|pocket|copy|link|"
    r"save|this|on|via|follow|us|subscribe|related|more|read|next|previous|back|to|top|"
    # "share" in the languages of the pages we see most
    r"compartilhe|compartilhar|compartir|partager|partagez|teilen|condividi|поделиться|"
    + phrases.alternation(phrases.COMMENT_WORDS)
)
# A block made only of widget words ("Like Loading…", "Share this on WhatsApp", "Advert"),
# or a count of them ("12 comments").
_UI_BLOCK = re.compile(
    rf"^\W*(?:\d+\s+)?(?:(?:{_UI_WORDS})\b\W*){{1,8}}$"
    r"|^(?:image|photo|picture|slide|video)\s+\d+\s+(?:of|/)\s+\d+$"
    # Interstitials news sites put between paragraphs.
    r"|^(?:\W*(?:the\s+)?(?:story|article)\s+continues\s+below.{0,30}"
    r"|continue\s+reading(?:\s+(?:below|the\s+main\s+story))?\W*"
    r"|(?:skip|close)\s+(?:advertisement|ad)\W*|advertisement\s*[-–—:]\s*\w+(?:\s+\w+){0,4}"
    r"|supported\s+by|sponsored(?:\s+content)?|scroll\s+to\s+continue.{0,30})$"
    # An empty comment section, with its moderation note ("Keine Kommentare (Kommentare
    # erscheinen erst nach unserer Freigabe)").
    rf"|^\W*(?:{phrases.alternation(phrases.NO_COMMENTS)})(?!\w).{{0,80}}$",
    re.I,
)
# Tag and topic lists: "Tags: a, b, c" / "Filed under ...".
_TAG_LIST = re.compile(r"^(?:tags?|tagged(?: with)?|topics|filed under|categories)\b\s*:?\s", re.I)
_MONTHS_AND_DAYS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|"
    "tuesday|wednesday|thursday|friday|saturday|sunday|"
    # pt, es, fr, de, it
    "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|"
    "enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "januar|februar|märz|juni|juli|oktober|dezember|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"segunda|terça|quarta|quinta|sexta|feira|sábado|domingo|lunes|martes|miércoles|jueves|"
    "viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
_DATE_FILLER = re.compile(
    rf"\b(?:{_MONTHS_AND_DAYS}|updated|posted|published|last|modified|on|at|am|pm|a\.m|p\.m|"
    r"de|às|a|las|le|à|um|am|den|el|et|and|utc|gmt|[a-z]{2,4}t|est|edt|pst|pdt|bst|cet|"
    # "updated"/"published" and their little words in de, fr, es, it, pt, pl; "release date"
    r"aktualisiert|veröffentlicht|publiziert|erstellt|geändert|stand|datum|uhr|vom|"
    r"publié|mis|jour|actualizado|actualizada|publicado|publicada|aggiornato|pubblicato|il|"
    r"alle|ore|atualizado|atualizada|opublikowano|aktualizacja|zaktualizowano|dnia|godz|"
    r"release|date|h)\b\.?",
    re.I,
)
# "10:00am", "18h05": a unit glued to the figures is a word of its own.
_GLUED = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")


def drop_ui_blocks(blocks: Iterable[tuple[BlockKind, str]]) -> list[tuple[BlockKind, str]]:
    """Blocks that are widgets, not prose: "Like Loading…", "Share this:", "Advertisement",
    tag lists, and blocks with no word character at all ("* * *", "•••")."""
    kept = []
    for kind, text in blocks:
        stripped = text.strip()
        if kind != "preformatted" and (
            not _ANY_WORD.search(stripped)
            or _UI_BLOCK.match(stripped)
            or (len(stripped) <= _LEAD_IN_CHARS and _LONE_LEAD_IN.match(stripped))
            or (_TAG_LIST.match(stripped) and not stripped.endswith("."))
        ):
            continue
        kept.append((kind, text))
    return kept


# Photo credits written as text: "Photo: Ann Smith/Reuters", "(Image credit: NASA)".
_CREDIT = re.compile(rf"^\W*(?:{phrases.alternation(phrases.PHOTO_CREDIT_LABELS)})\s*:", re.I)


# A caption that ends in its credit: "Tegnell at a briefing. Photo: Jonathan Nackstrand/AFP".
_TRAILING_CREDIT = re.compile(
    rf"[.!?][”\"’)]?\s+(?:{phrases.alternation(phrases.PHOTO_CREDIT_LABELS)})\s*:\s*[^.!?:]{{2,80}}$",
    re.I,
)
_CAPTION_WORDS = 60


def mark_credit_captions(blocks: list[tuple[BlockKind, str]]) -> list[tuple[BlockKind, str]]:
    """Short photo-credit lines, and short paragraphs that end in one (a caption written
    under a picture inside the story's paragraphs), are captions (kept, shown dimmed), not
    body text."""
    return [
        ("caption", text)
        if kind == "paragraph"
        and (
            (_CREDIT.match(text) and len(text.split()) <= 15)
            or (_TRAILING_CREDIT.search(text) and len(text.split()) <= _CAPTION_WORDS)
        )
        else (kind, text)
        for kind, text in blocks
    ]


def drop_repeated_captions(blocks: list[tuple[BlockKind, str]]) -> list[tuple[BlockKind, str]]:
    """A caption or credit seen before ("(Image: GETTY)" under every photo) is said once.
    Only captions: a paragraph the story repeats is the story's choice and stays."""
    seen: set[str] = set()
    kept = []
    for kind, text in blocks:
        if kind == "caption":
            key = _norm(text)
            if key in seen:
                continue
            seen.add(key)
        kept.append((kind, text))
    return kept


# Closing lines that address the reader rather than tell the story: subscribe/follow/contact
# calls, comment-moderation notes. (Copyright lines stay: wire stories' terms of use are
# part of the article as published.)
_CALL_TO_ACTION = re.compile(
    r"^\W*(?:subscribe|sign\s+up|follow\s+(?:us|@|\w+\s+on)|like\s+us|join\s+(?:us|our)|"
    r"get\s+(?:our|the\s+latest)|download\s+(?:our|the)|click\s+here|tell\s+us|"
    r"reach\s+the\s+(?:author|reporter|writer)s?|contact\s+(?:us|the\s+(?:author|reporter))|"
    r"note:\s+we\s+are|comments?\s+(?:are|will\s+be)|more\s+great\s+\w+\s+stories|"
    r"to\s+(?:post|leave|add|write)\s+a\s+comment)",
    re.I,
)


# Credit lines that close wire and agency copy: "(Reporting by ...; editing by ...)",
# "Fox News' Ann Lee contributed to this report."
_CONTRIBUTORS = re.compile(
    r"^\W*(?:(?:additional\s+)?reporting\s+by|(?:writing|editing)\s+by|compiled\s+by)\b"
    r"|contributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\W*$",
    re.I,
)
# A closing line that points the reader somewhere: a link, an e-mail address, a @handle.
_POINTER = re.compile(r"https?://|www\.\w|\S@\w|(?:^|\s)@\w{2,}")


def _is_trailer(kind: BlockKind, text: str) -> bool:
    if kind == "caption":
        return True
    if kind not in ("paragraph", "heading"):
        return False  # an embedded post or a list the story ends on is the story's own
    words = len(text.split())
    if _CALL_TO_ACTION.match(text) or _CONTRIBUTORS.search(text):
        return words <= 50
    if kind == "paragraph" and is_dateline(text):
        return True  # "Publiziert: 03.04.2020, 12:35" under the story: metadata
    return (
        kind == "paragraph"
        and words <= 30
        and _POINTER.search(text) is not None
        and not _COPYRIGHT.search(text)
    )


_COPYRIGHT = re.compile(r"copyright|©|ⓒ|\(c\)\s", re.I)


def drop_trailing_calls_to_action(
    blocks: list[tuple[BlockKind, str]],
) -> list[tuple[BlockKind, str]]:
    """Calls to action, contributor credits, "find us at <link>" lines and date lines at the
    end of the article (not in its middle, where a sentence starting "Follow..." is the
    story's own)."""
    end = len(blocks)
    while end > 1 and _is_trailer(*blocks[end - 1]):
        end -= 1
    # Captions at the end are kept; only the calls to action between them go.
    return [block for index, block in enumerate(blocks) if index < end or block[0] == "caption"]


# "By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT": a byline
# line, told from a sentence ("By Tuesday, the council had voted.") by its lack of an ending.
_BYLINE_LINE = re.compile(r"^(?:by|words by|written by|story by)\s+\w", re.I)
_WEEKDAY_START = re.compile(r"^by\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def is_byline_line(text: str) -> bool:
    """A short "By <names>" line at the top of the body (the byline, already metadata)."""
    text = text.strip()
    return (
        _BYLINE_LINE.match(text) is not None
        and not _WEEKDAY_START.match(text)
        and len(text.split()) <= 25
        and not text.endswith((".", "!", "?", ":", "…"))
        and text[text.index(" ") + 1 :].lstrip()[:1].isupper()
    )


def is_dateline(text: str) -> bool:
    """A line that is only a date/time stamp ("Updated: 18 Nov 2019 9:38 pm",
    "Aktualisiert: 11.04.2020, 10:27", "Publié le 12/03/2021 à 18h05")."""
    if len(text) > 80 or not re.search(r"\b(?:19|20)\d\d\b|\d{1,2}:\d\d", text):
        return False
    rest = _DATE_FILLER.sub(" ", _GLUED.sub(" ", text))
    return not re.search(r"[^\W\d_]", rest)


# --- helpers ---------------------------------------------------------------------------------


# "___" stays: wire stories use it as their own section separator.
_ANY_WORD = re.compile(r"\w")


def _norm(text: str | None) -> str:
    return re.sub(r"\W+", " ", text or "").strip().lower()


def _prose_length(element: HtmlElement) -> int:
    """Characters of paragraph text under `element` (what an article is made of)."""
    return sum(len(fold_whitespace(p.text_content() or "")) for p in element.iter("p"))


def _drop(element: HtmlElement) -> None:
    """Remove `element` and its subtree but keep its tail text."""
    if element.getparent() is not None:
        element.drop_tree()
