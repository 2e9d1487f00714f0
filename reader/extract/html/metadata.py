"""Article metadata from the page itself: headline, byline, date, site, language, canonical URL.

Each field is looked for in the order publishers are most careful with: OpenGraph and
article meta tags, then JSON-LD (schema.org), then the markup (<h1>, <time>, rel=author,
byline classes). One pass over <meta> and JSON-LD feeds every field, so this stays cheap.
"""

from __future__ import annotations

import copy
import functools
import html
import itertools
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lxml.html import HtmlElement

from reader.extract.html.blocks import element_text, fold_whitespace
from reader.extract.html.structured import stated_body


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str | None = None
    byline: str | None = None
    # Each author once, in the page's order; `byline` is how the page writes them together.
    authors: tuple[str, ...] = ()
    published: str | None = None
    site: str | None = None
    language: str | None = None
    url: str | None = None
    # Every wording of the headline the page gives (og:title, JSON-LD, <h1>s): a body that
    # starts by repeating any of them repeats the title.
    headlines: tuple[str, ...] = ()
    # The article's text as its JSON-LD states it (articleBody, tags removed), when it is long
    # enough to be a body: a fallback for a body the HTML shows in part or not at all.
    stated_body: str | None = None


_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "blogposting",
        "socialmediaposting",
        "liveblogposting",
        "techarticle",
        "scholarlyarticle",
        "report",
        "review",
        "webpage",
        "creativework",
    }
)
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "published-date",
    "release_date",
    "og:published_time",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "date_published",
    "citation_publication_date",
    "citation_date",
    "dc.date.created",
    "timestamp",
)
_AUTHOR_META = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "sailthru.author",
    "parsely-author",
    "byl",
    "citation_author",
    # Vendors' names for the same thing: Open Graph's article:author as others spell it, the
    # cXense and Shareaholic tags, the Dublin Core element as old CMSs write it.
    "article:author_name",
    "og:article:author",
    "article_author",
    "cxenseparse:author",
    "shareaholic:article_author_name",
    "dc.author",
    "twitter:creator",
)
_BYLINE_CLASS = re.compile(r"byline|auth?or|auteur|writer|contributor", re.I)
_BYLINE_NOT = re.compile(r"avatar|image|photo|bio|about|social|share|follow|more|comment", re.I)
# "^\s*+": what follows the blanks is a letter, a bar or a colon, never a blank, so giving
# blanks back cannot help; the possessive form spares the retries at every blank of the
# indentation most text nodes start with (the patterns are tried on every element's text).
_BY_PREFIX = re.compile(
    r"^\s*+(?:(?:(?:analysis|opinion|commentary|story|written|words|posted|submitted|gespeichert|"
    r"eingereicht|reported|text|photos?|"
    r"(?:view\s+)?(?:all\s+)?(?:posts|articles|stories)|post\s+author|erstellt|geschrieben|"
    r"verfasst|publié|écrit|escrito|publicado|a\s+cura|(?:eine\s+|a\s+)?(?:kolumne|column)|artikel|beitrag|article|artículo|articolo|"
    r"(?:zeige\s+)?alle\s+beiträge)\s+)?"
    r"(?:by|von|par|por|di|door|av|af)\s*:?"
    r"|(?:text|words|texte|текст|автор|autor|author|auteur|autore|verfasser|reporter|reporting|"
    r"redakteur(?:in)?|about\s+the\s+author|über\s+(?:den\s+autor|die\s+autorin)|"
    r"à\s+propos\s+de\s+l'auteur|sobre\s+(?:el|o)\s+autor)"
    r"(?:\s*(?:&|und|and|\+)\s*(?:fotos?|photos?|bilder))?\s*:)\s+",
    re.I,
)
_URLISH = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)/", re.I)
_DATE_IN_TEXT = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


def extract_metadata(doc: HtmlElement, url: str | None = None) -> PageMetadata:
    """Everything the page says about itself. `doc` is not changed."""
    every_meta = _meta_values(doc)
    meta = {key: contents[0] for key, contents in every_meta.items()}
    objects = _json_ld_objects(doc)
    ld = _json_ld_article(doc, objects)
    site = _site(meta, ld)
    canonical = _canonical(doc, meta) or url
    site_names = _site_names(site, canonical)
    title, headlines = _title(doc, meta, ld, site_names)
    authors = _authors(every_meta, ld)
    byline = ", ".join(authors) if len(authors) > 1 else _byline(doc, meta, ld, site_names)
    if len(authors) < 2:
        authors = split_byline(byline)
    return PageMetadata(
        title=title,
        byline=byline,
        authors=authors,
        published=_published(doc, meta, ld, canonical),
        site=site,
        language=_language(doc, meta),
        url=canonical,
        headlines=headlines,
        stated_body=stated_body(_stating_objects(ld, objects)),
    )


def _stating_objects(ld: dict[str, Any], objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Where the article's text may be stated: the article's own JSON-LD object when it
    has an articleBody, else any object of an article type (never a list of other stories'
    teasers, a product or an organisation)."""
    if isinstance(ld.get("articleBody"), str):
        return [ld]
    return [item for item in objects if _types(item) & _ARTICLE_TYPES]


def _meta_values(doc: HtmlElement) -> dict[str, list[str]]:
    """Every non-empty content of each <meta>, by lower-cased name/property/itemprop."""
    values: dict[str, list[str]] = {}
    for element in doc.iter("meta"):
        content = element.get("content")
        if not content or not content.strip():
            continue
        attributes: tuple[str, ...] = ("property", "name", "itemprop", "http-equiv")
        if element.get("itemprop") and _in_other_work(element):
            attributes = ("property", "name", "http-equiv")
        for attribute in attributes:
            # RDFa allows a list: property="og:title twitter:title".
            for key in (element.get(attribute) or "").lower().split():
                values.setdefault(key, []).append(repair_mojibake(content.strip()))
    return values


# A character that starts a UTF-8 sequence when read as latin-1 ("Ã" for 0xC3).
_UTF8_LEAD_AS_LATIN1 = re.compile("[\u00c2-\u00f4]")


def repair_mojibake(text: str) -> str:
    """`text` with UTF-8 that was read as latin-1 or windows-1252 decoded again, when that
    is unambiguous: every character fits in one byte and the bytes are valid UTF-8, which
    text meant as latin-1 almost never is. "prÃ¤sentiert" → "präsentiert", "donâ€™t" →
    "don’t"; "SÃO PAULO" (not valid UTF-8 as bytes) is left as written."""
    if not _UTF8_LEAD_AS_LATIN1.search(text):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return text


# Microdata items that describe another work than the page's (a cited paper, a comment, a
# review): their itemprop="author" metas are not the article's.
_OTHER_WORK = frozenset({"citation", "comment", "review", "mentions", "relatedlink", "isbasedon"})


def _in_other_work(meta: HtmlElement) -> bool:
    """The nearest item around this <meta> is another work's (`<li itemprop="citation"
    itemscope>`)."""
    for element in meta.iterancestors():
        if element.get("itemscope") is not None:
            return (element.get("itemprop") or "").lower() in _OTHER_WORK
    return False


# Markers some CMSs wrap JSON-LD in, for XHTML parsers: "//<![CDATA[ {...} //]]>".
_CDATA = re.compile(r"^\s*(?:/[/*]\s*)?<!\[CDATA\[|(?:/[/*]\s*)?\]\]>\s*(?:\*/)?\s*$")


def _json_ld_objects(doc: HtmlElement) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in doc.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            # strict=False: a raw line break inside a string, which browsers accept.
            data = json.loads(_CDATA.sub("", script.text or ""), strict=False)
        except ValueError:
            continue
        pending = [data]
        while pending:
            item = pending.pop()
            if isinstance(item, list):
                pending.extend(reversed(item))
            elif isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    pending.extend(reversed(graph))
    return objects


def _types(item: dict[str, Any]) -> set[str]:
    value = item.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.lower() for v in values if isinstance(v, str)}


def _json_ld_article(
    doc: HtmlElement, objects: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The JSON-LD object describing the article (the most specific type wins), its author
    and publisher given in full where it only points at them in the @graph
    ({"author": {"@id": "#/person/1"}}, as Yoast writes it)."""
    if objects is None:
        objects = _json_ld_objects(doc)
    best = _most_specific_article(objects)
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str) and len(o) > 1}
    if not by_id:
        return best
    resolved = dict(best)
    for key in ("author", "creator", "publisher"):
        value = best.get(key)
        if isinstance(value, (dict, list)):
            resolved[key] = _resolve(value, by_id)
    return resolved


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, list):
        return [_resolve(item, by_id) for item in value]
    if isinstance(value, dict) and set(value) == {"@id"}:
        return by_id.get(value["@id"], value)
    return value


def _most_specific_article(objects: list[dict[str, Any]]) -> dict[str, Any]:
    best: dict[str, Any] = {}
    best_rank = 99
    for item in objects:
        types = _types(item) & _ARTICLE_TYPES
        if not types:
            continue
        rank = 2 if types <= {"webpage", "creativework"} else 0
        if rank < best_rank:
            best, best_rank = item, rank
    return best


def _ld_name(value: Any) -> str | None:
    """A name from a JSON-LD person/organisation (dict, list of them, or a plain string)."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):  # "name": ["Ann Lee"]
            return _ld_name(name)
        if isinstance(name, str) and name.strip():
            return name.strip()
        # schema.org's parts of a person's name: givenName "Ann", familyName "Lee".
        parts = [value.get(key) for key in ("givenName", "familyName")]
        return " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip()) or None
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _clean(value: str | None, limit: int = 300) -> str | None:
    if not value:
        return None
    text = fold_whitespace(value)
    return text[:limit] if text else None


# Where a page states its headline, most careful first: the order breaks ties in the vote.
_TITLE_META = (
    "og:title",
    "twitter:title",
    "dc.title",
    "dc:title",
    "dcterms.title",
    "parsely-title",
    "sailthru.title",
    "title",
)
# Two wordings agree when they are the same, when one is a side of the other split at a title
# separator ("Headline" and "Headline | Unknown Site"), or when one holds the other and is
# most of it ("Doobie Brothers unite" and "The Doobie Brothers unite").
_AGREE_SHARE = 0.6


def _title(
    doc: HtmlElement, meta: dict[str, str], ld: dict[str, Any], site_names: set[str]
) -> tuple[str | None, tuple[str, ...]]:
    """The headline, chosen the way a careful reader does: the wording most of the page's
    own sources agree on (og:title, JSON-LD, twitter/dc/parsely titles, <title> minus the
    site name, the <h1>s), ties going to the most carefully kept source. Also every wording
    that agrees with it: a body that starts by repeating one of them repeats the title.

    An <h1> that agrees with nothing is a section name or a heading of the body ("Local
    news", "Where the routes go"), not the headline; it stays in the body. The first <h1>
    that says the chosen headline, in other words or the same, is the wording the reader
    sees and is taken ("Why New Yorkers Received a Push Alert About a Manhunt" over the
    og:title "Why New Yorkers Received an Alert About a Manhunt"), even when several metadata
    sources agree on the other wording: where they did, trafilatura's annotators expected
    the <h1> on 37 pages and the metadata on 2; postlight's and newspaper's tests, on the 4
    such pages they have, the metadata on 2 and the <h1> on none (`python bench/metadata.py
    --shapes`, BENCHMARKS.md).
    """
    headline = ld.get("headline")
    stated = [meta.get(_TITLE_META[0]), headline if isinstance(headline, str) else None]
    stated += [meta.get(key) for key in _TITLE_META[1:]]
    title_tag = doc.find(".//title")
    raw_title = _clean(title_tag.text_content() if title_tag is not None else None)
    # The same <h1> twice (a page's mobile and desktop headers) is one source.
    h1_elements: dict[str, HtmlElement] = {}
    for h in doc.iter("h1"):
        if not _is_site_logo(h):
            h1_elements.setdefault(fold_whitespace(element_text(h)), h)
    h1s = list(h1_elements)
    sources: list[str] = []
    candidates = [_clean(t) if isinstance(t, str) else None for t in (*stated, raw_title, *h1s)]
    stated_sources = [strip_site_name(t, site_names) for t in candidates[: len(stated)] if t]
    for text in candidates:
        if text and not _is_site_name(text, site_names) and len(_squash(text)) >= 3:
            sources.append(strip_site_name(text, site_names))
    if not sources and h1s and any(candidates):
        # Every source is "the site's name", and an <h1> says it too: the name came from a
        # CMS that copies the headline into application-name; it is the headline.
        sources = [text for text in candidates if text]
    if not sources:
        return None, ()
    distinct: dict[str, str] = {}
    for text in sources:
        distinct.setdefault(_squash(text), text)
    order = list(distinct.values())
    votes = {text: sum(_agree(text, other) for other in sources) for text in order}
    exact = {text: sum(_squash(text) == _squash(other) for other in sources) for text in order}
    chosen = max(order, key=lambda text: (votes[text], exact[text], -order.index(text)))
    agreeing = [text for text in order if _agree(text, chosen)]
    sides = [text for text in agreeing if _is_side(text, chosen)]
    if sides:
        # "Headline | Unknown Site" agreed with "Headline"; of two sides the page states
        # ("Local news" and "Headline", both <h1>s), the longer is the headline.
        chosen = max(sides, key=lambda text: len(_squash(text)))
    shown = next((h for h in h1s if _agree(h, chosen) or _reworded(h, chosen)), None)
    if shown is not None and not _glued_around(chosen, shown):
        kicker = _leading_kicker(h1_elements[shown], chosen)
        chosen = kicker or shown
    elif shown is None and not any(_agree(text, chosen) for text in stated_sources):
        # Only the <title> says it, and the first <h1> says something else: the <h1> of a
        # sentence's length is the headline the reader sees (a section name is shorter).
        first = next((h for h in h1s if _squash(h) not in site_names), None)
        if first is not None and len(first.split()) >= _HEADLINE_WORDS:
            chosen = first
    headlines = [*agreeing, *(h for h in h1s if h not in agreeing and _reworded(h, chosen))]
    return chosen, tuple(dict.fromkeys(headlines))


def _is_site_name(text: str, site_names: set[str]) -> bool:
    """The site's name, alone or with a word glued on ("DimidoBlog"); not a newsletter or a
    section named after it ("Axios Future")."""
    return _squash(text) in site_names or (
        " " not in text.strip() and _opens_with_site_name(text, site_names)
    )


def titles_agree(a: str, b: str) -> bool:
    """Two wordings of one headline (see _AGREE_SHARE)."""
    return _agree(a, b)


def _agree(a: str, b: str) -> bool:
    sa, sb = _squash(a), _squash(b)
    if sa == sb or _is_side(a, b) or _is_side(b, a):
        return True
    short, long = sorted((sa, sb), key=len)
    return short in long and len(short) >= _AGREE_SHARE * len(long)


def _is_side(short: str, long: str) -> bool:
    """`short` is what stands before the first or after the last title separator of `long`."""
    target = _squash(short)
    for separator in (*_TITLE_SEPARATORS, ": "):
        if separator in long:
            first, rest = long.split(separator, 1)
            head, last = long.rsplit(separator, 1)
            if target in (_squash(first), _squash(last), _squash(rest), _squash(head)):
                return bool(target)
    return False


# Words an <h1> has when it is a headline rather than a section name ("DimidoBlog", "News").
_HEADLINE_WORDS = 4


def _glued_around(title: str, h1: str) -> bool:
    """The <h1> is the title with a kicker or a standfirst glued on without a separator
    ("Open Progress Why collaborative thinking beats individual smarts"): its markup
    joined two elements, so the stated title is the cleaner wording."""
    inner, outer = _squash(title), _squash(h1)
    return inner != outer and inner in outer and not _is_side(title, h1)


def _leading_kicker(h1: HtmlElement, title: str) -> str | None:
    """The <h1> without the kicker its first element holds, when the stated title sets that
    kicker off with a separator: `<h1><span class="label">Patch Notes</span>Patchnotes
    4.47.4</h1>` under og:title "Patch Notes - Patchnotes 4.47.4" is "Patchnotes 4.47.4"."""
    children = list(h1)
    if not children or (h1.text or "").strip():
        return None
    kicker = fold_whitespace(element_text(children[0]))
    if not kicker or not _is_side(kicker, title) or _squash(kicker) == _squash(title):
        return None
    rest = copy.deepcopy(h1)
    rest[0].drop_tree()  # its tail stays
    return fold_whitespace(element_text(rest)).lstrip(_LEADING_SEPARATORS) or None


# What may stand between a kicker and the headline ("Interview – Wie ...").
_LEADING_SEPARATORS = " -–—|:·/»«"


_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")


def _reworded(h1: str, title: str) -> bool:
    """An <h1> that says the headline in other words ("South Dakota says, 'Meth. We're On
    It'" under og:title "'Meth. We're On It': South Dakota campaign is working"): a third of
    its words, and at least two, are the title's."""
    words = {w.lower() for w in _CONTENT_WORD.findall(h1)}
    shared = words & {w.lower() for w in _CONTENT_WORD.findall(title)}
    return len(shared) >= 2 and len(shared) >= len(words) / 3


_LOGO = re.compile(r"logo|brand|site-?(?:title|name)|masthead", re.I)


def _is_site_logo(h1: HtmlElement) -> bool:
    """An <h1> that is the site's name: a link home, or named like a logo."""
    for element in (h1, *h1.iterancestors()):
        if element.tag in ("body", "html"):
            break
        if _LOGO.search(f"{element.get('class', '')} {element.get('id', '')}"):
            return True
    home_links = h1.xpath("ancestor-or-self::a[@href] | .//a[@href]")
    return any(re.fullmatch(r"(?:https?://[^/]+)?/?", a.get("href", "")) for a in home_links)


# Between a headline and the site's name; with Yoast SEO's choices ("•", "⋆", "~", "*", ">").
_TITLE_SEPARATORS = (
    " | ",
    " - ",
    " – ",
    " — ",
    " :: ",
    " / ",
    " · ",
    " « ",
    " » ",
    " • ",
    " ⋆ ",
    " ~ ",
    " * ",
    " > ",
    " < ",
)


def strip_site_name(title: str, site_names: set[str]) -> str:
    """ "Spiced Honey Pear Jam | The Anti-June Cleaver" -> "Spiced Honey Pear Jam", when the
    part cut off is the site's name (og:site_name, publisher, or the domain), or a last part
    of a few words that holds it ("... - Bundeskanzleramt Österreich")."""
    for separator in _TITLE_SEPARATORS:
        if separator not in title:
            continue
        head, tail = title.rsplit(separator, 1)
        if head.strip() and (
            _squash(tail) in site_names
            or (len(tail.split()) <= _SITE_TAIL_WORDS and _opens_with_site_name(tail, site_names))
        ):
            return head.strip()
        first, rest = title.split(separator, 1)
        if _squash(first) in site_names and rest.strip():
            return rest.strip()
    return title


# A title's last part this short that opens with the site's name is the site's.
_SITE_TAIL_WORDS = 4


def _opens_with_site_name(text: str, site_names: set[str]) -> bool:
    """ "Bundeskanzleramt Österreich" on bundeskanzleramt.gv.at, "The New Republic" on
    newrepublic.com, "Python Wiki"; not a headline that ends with it ("Neue Karten auf
    Gipfelbuch.ch")."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if any(_squash(" ".join(words[:end])) in site_names for end in (1, 2, 3)):
        return True
    # The name glued to a word: "DimidoBlog" on dimido.de.
    first = _squash(words[0]) if words else ""
    return any(len(site) >= _GLUED_SITE and first.startswith(site) for site in site_names)


# A domain's label this long is not a common word's start ("dimido" in "DimidoBlog").
_GLUED_SITE = 5


@functools.lru_cache(maxsize=256)
def _squash(text: str) -> str:
    # Cached: the title vote compares every source with every other one.
    return _NOT_WORD.sub("", text).lower()


_NOT_WORD = re.compile(r"[\W_]+")


# An archived copy's address: the site is the one archived, not the archive.
_ARCHIVED = re.compile(r"^(?:https?:)?//web\.archive\.org/web/\d+[a-z_]*/", re.I)


def _site_names(site: str | None, url: str | None) -> set[str]:
    """Ways the page may name its own site: its stated name and its domain's main label."""
    names = {_squash(site)} if site else set()
    if url:
        url = _ARCHIVED.sub("", url)
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url).split("/")[0].split(":")[0]
        labels = host.split(".")
        if len(labels) >= 2:
            names.add(_squash(labels[-2] if len(labels[-1]) > 2 or len(labels) < 3 else labels[-3]))
            names.add(_squash(".".join(labels[-2:])))
    names.discard("")
    return names


def _ld_people(ld: dict[str, Any]) -> tuple[str, ...]:
    """The article's JSON-LD authors typed as Person: named people, never the publisher, so
    they outrank an author meta tag, which sites often fill with their company's name."""
    author = ld.get("author")
    items = [i for i in (author if isinstance(author, list) else [author]) if isinstance(i, dict)]
    if not any("person" in _types(item) for item in items):
        return ()
    names = [clean_byline(_ld_name(i)) for i in items if _types(i) <= {"person"}]
    return tuple(dict.fromkeys(n for n in names if n and not _URLISH.search(n)))


def _byline(
    doc: HtmlElement, meta: dict[str, str], ld: dict[str, Any], site_names: set[str]
) -> str | None:
    """The first byline the page gives, most careful source first; one that is the site's
    name ("El Colombiano" in the author meta and JSON-LD), or holds it ("Bund der
    Energieverbraucher e.V."), gives way to a person named further on (a `<div
    class="autor">` line), and is kept when nobody is."""
    site_byline = org_byline = first_name = None
    for name in _bylines(doc, meta, ld):
        if first_name is not None:
            # "Nils" (the author page's name), then "Eine Kolumne von Nils Pickert".
            if _names_person(name) and name.split()[0].lower() == first_name.lower():
                return name
        elif _squash(name) in site_names:
            site_byline = site_byline or name
        elif _holds_site_name(name, site_names) or not _credits_people(name):
            # Text that is not only names ("En kiosques : juillet 2020", "Beitrag von r23 »
            # Sa 5. Jan") gives way to a person named further on, like an organisation.
            org_byline = org_byline or name
        elif (site_byline or org_byline) is None or _names_person(name):
            if " " in name or not name[:1].isupper():
                return name
            first_name = name
    if first_name is None and org_byline is None and site_byline is None:
        # Nothing else credits anyone: a link to an author's page may, or the person a
        # personal site's licence or copyright notice names.
        return next(
            itertools.chain(
                _bylines_from_author_links(doc),
                _bylines_from_author_addresses(meta, ld),
                _bylines_from_rights(doc),
            ),
            None,
        )
    # "Redaktion Gelbe Liste" says more than "Gelbe Liste Online", the site's bare name.
    return first_name or org_byline or site_byline


# The publication the names wrote for: "Tom Pyman for MailOnline", "... For The Mail On Sunday".
_FOR_PUBLICATION = re.compile(r"\s+for\s+(?:the\s+)?[^\W\d_][^,;]*$", re.I)


def _credits_people(text: str) -> bool:
    """Only names, perhaps with the publication they wrote for."""
    return _names_only(_FOR_PUBLICATION.sub("", text))


def _names_person(text: str) -> bool:
    """Names of two words or more ("Ann Lee", "Ann Lee und Bo Kim"), not a word of widget
    text ("Donnerstag") that could stand in for the site's name."""
    return " " in text and _names_only(text)


def _holds_site_name(byline: str, site_names: set[str]) -> bool:
    """The byline holds the site's name among more words: "Bund der
    Energieverbraucher e.V." on energieverbraucher.de, "L-MAG – Das Magazin" on l-mag.de,
    "IT Finanzmagazin /PP" on it-finanzmagazin.de, "red, wien.ORF.at/Agenturen"."""
    words = byline.split()
    if any(site in _squash(word) for word in words for site in site_names if len(site) >= 5):
        return True
    return any(
        _squash(" ".join(words[start:end])) in site_names
        for start in range(len(words))
        for end in range(start + 1, min(len(words), start + 4) + 1)
    )


def _bylines(doc: HtmlElement, meta: dict[str, str], ld: dict[str, Any]) -> Iterator[str]:
    """Each source's byline in turn, read only when asked for."""
    people = _ld_people(ld)
    if people:
        yield ", ".join(people)
    for key in _AUTHOR_META:
        value = meta.get(key)
        if value and not _URLISH.search(value) and not value.startswith("@"):
            name = clean_byline(value)
            if name:
                yield name
    for number in "1234":
        # Yoast's reading card: twitter:label1 "Written by" / twitter:data1 "Ann Lee".
        if _WRITTEN_BY.match(meta.get(f"twitter:label{number}", "")):
            name = clean_byline(meta.get(f"twitter:data{number}"))
            if name:
                yield name
    name = _ld_name(ld.get("author")) or _ld_name(ld.get("creator"))
    if name and not _URLISH.search(name):
        name = clean_byline(name)
        if name:
            yield name
    for element in doc.iterfind(".//*[@rel='author']"):
        name = clean_byline(element_text(element))
        if name:
            yield name
    # itemprop is a list of words ("author creator"); a commenter's is in a comment. The
    # bare [@itemprop] test first spares building a string for every element of the page.
    for element in doc.xpath(
        "//*[@itemprop][contains(concat(' ', normalize-space(@itemprop), ' '), ' author ')]"
        "[not(ancestor::*[contains(@class, 'comment') or contains(@id, 'comment')])]"
    ):
        names = _own_names(element)
        text = element.get("content") or (
            # A name may be a microdata <meta itemprop="name" content="Ann Lee">.
            ", ".join(n.get("content") or element_text(n) for n in names)
            if names
            else element_text(element)
        )
        name = clean_byline(text)
        if name:
            yield name
    yield from _bylines_from_classes(doc)
    yield from _bylines_submitted(doc)
    yield from _bylines_from_by_lines(doc)
    yield from _bylines_after_breaks(doc)
    yield from _dated_credit_lines(doc)
    yield from _signatures(doc)


def _own_names(item: HtmlElement) -> list[HtmlElement]:
    """The item's `itemprop="name"` elements, one per author when it lists several
    (`<span itemprop="name">Paul Wiseman</span><span itemprop="name">Fatima Hussein</span>`),
    not the names of items inside it (an affiliation's)."""
    return [name for name in item.iterfind(".//*[@itemprop='name']") if _owned_by(name, item)]


def _owned_by(prop: HtmlElement, item: HtmlElement) -> bool:
    """No other item stands between the property and the item."""
    for ancestor in prop.iterancestors():
        if ancestor is item:
            return True
        if ancestor.get("itemprop") is not None:
            return False
    return False


def _authors(meta: dict[str, list[str]], ld: dict[str, Any]) -> tuple[str, ...]:
    """Several authors where the page lists them one by one: repeated author meta tags (in
    the first author key that has any: `parsely-author`, `citation_author` and the others
    are repeated once per author as `author` is), or a JSON-LD author list."""
    people = _ld_people(ld)
    if people:
        return people
    for key in _AUTHOR_META:
        names = [
            clean_byline(v)
            for v in meta.get(key, ())
            if not _URLISH.search(v) and not v.startswith("@")
        ]
        found = tuple(dict.fromkeys(n for n in names if n))
        if found:
            return found
    author = ld.get("author")
    if isinstance(author, list):
        names = [clean_byline(_ld_name(item)) for item in author]
        return tuple(dict.fromkeys(n for n in names if n and not _URLISH.search(n)))
    return ()


# "And" in a byline set in title case ("Glen Owen And Brendan Carlin"); "y"/"e" only in lower
# case, since "E" may be an initial.
_NAME_LIST = re.compile(r"\s*(?:,|;|&|\b(?i:and|und)\b|\bet\b|\by\b|\be\b)\s*")
_NAME = re.compile(r"^(?:[^\W\d_][\w'’.-]*)(?:\s+[^\W\d_][\w'’.-]*){0,4}$")


def split_byline(byline: str | None) -> tuple[str, ...]:
    """The names in a byline ("Ann Lee and Bo Kim" -> both; "Ann Lee, Staff Writer" -> Ann
    Lee), or the byline whole when its parts do not all look like names or roles."""
    if not byline:
        return ()
    parts = [part.strip() for part in _NAME_LIST.split(byline) if part.strip()]
    names = [part for part in parts if not _is_role(part)]
    if (
        len(parts) > 1
        and names
        and all(_NAME.match(name) and name[0].isupper() and " " in name for name in names)
    ):
        return tuple(dict.fromkeys(names))
    return (byline,)


# Words of the job titles that follow names in bylines ("Ann Lee, Senior Political Reporter").
_ROLE_WORDS = frozenset(
    {
        "staff",
        "writer",
        "reporter",
        "editor",
        "correspondent",
        "contributor",
        "columnist",
        "photographer",
        "producer",
        "analyst",
        "senior",
        "chief",
        "associate",
        "deputy",
        "managing",
        "political",
        "business",
        "sports",
        "science",
        "health",
        "technology",
        "tech",
        "news",
        "special",
        "contributing",
        "freelance",
        "guest",
        "the",
        "of",
    }
)


def _is_role(part: str) -> bool:
    words = part.lower().split()
    return bool(words) and all(word.strip(".") in _ROLE_WORDS for word in words)


def _bylines_from_classes(doc: HtmlElement) -> Iterator[str]:
    """Each element named like a byline, narrowed to a named child ("author-name")."""
    body = doc.find("body")
    # Only elements with a class or id can be named like a byline (a page of 100,000 <br>s
    # has few of them).
    for element in (body if body is not None else doc).xpath(".//*[@class or @id]"):
        if element.tag in ("meta", "link"):
            continue
        if not _is_byline_element(element) or _in_teaser(element):
            continue
        if any(a.tag in _PICTURE for a in element.iterancestors()):
            continue  # a picture's credit: <figcaption>... <span class="author">
        named = [e for e in element.iterdescendants() if _is_byline_element(e)]
        # An author box: the part named for the name, not the avatar or the description.
        by_name = [e for e in named if "name" in e.get("class", "").lower()]
        several = _several_names(element, by_name or named)
        if several:
            yield several
            continue
        inner = (by_name or named or [None])[0]
        for candidate in (inner, element):
            if candidate is None:
                continue
            text = element_text(candidate)
            if len(text) > _BYLINE_ELEMENT_MAX:  # a whole article classed "author-<login>"
                continue
            name = clean_byline(text)
            if name:
                yield name
                break


# What may stand between the links of a byline that names each author in a link of its own.
_BETWEEN_NAMES = re.compile(r"^(?:by|von|par|por|door|and|und|et|y|e|&|,|;|\s)*$", re.I)


def _several_names(element: HtmlElement, named: list[HtmlElement]) -> str | None:
    """The authors of a byline that names each in an element of its own: `<span
    class="author">` twice (WordPress's co-authors), or a link each with only separators
    between them (`By <a>Ann Lee</a> and <a>Bo Kim</a>`, `<a>Ann Lee</a><a>Bo Kim</a>`,
    which read as one glued name)."""
    inside = set(named)
    parts = [e for e in named if not any(a in inside for a in e.iterancestors())]
    if len(parts) < 2:
        parts = list(element.iter("a"))
    if len(parts) < 2:
        return None
    # Nothing but the names ("Publicado por <a>Ann Lee</a> La información es de <a>Bo
    # Kim</a>" credits a source beside the author).
    rest = element_text(element)
    for part in parts:
        rest = rest.replace(element_text(part), " ", 1)
    if not _BETWEEN_NAMES.match(rest):
        return None
    names = [clean_byline(element_text(part)) for part in parts]
    if not all(
        name and _names_person(name) and not _is_role(name) and len(split_byline(name)) == 1
        for name in names
    ):
        return None
    return ", ".join(dict.fromkeys(n for n in names if n))


# A CMS's "submitted" line (Drupal's `<div class="submitted">Submitted by <span
# class="username">ann</span> on ...`), not a comment's.
_SUBMITTED = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' submitted ')]"
    "[not(ancestor-or-self::*[contains(@class, 'comment') or contains(@id, 'comment')"
    " or contains(@typeof, 'Comment')])]"
)


def _bylines_submitted(doc: HtmlElement) -> Iterator[str]:
    """The node's "Submitted by"/"Gespeichert von" line: a user name, even in lower case."""
    for element in doc.xpath(_SUBMITTED):
        text = element_text(element)
        if len(text) <= _BY_LINE_MAX:
            name = clean_byline(text)
            if name:
                yield name


# An author's page: /author/jon-fingas/, /about/editors/jon-fingas, /staff/uriel-gadessaud/.
_AUTHOR_PAGE = re.compile(
    r"/(?:authors?|autor(?:en|in)?|auteurs?|autore|editors?|staff|people|profiles?|"
    r"contributors?|writers?|journalist(?:s|en)?|reporters?|redakteur(?:e|in)?|mitarbeiter|"
    r"members?|users?)"
    # A forum's member page adds the account's number: /forums/members/tiberius.8/.
    r"/([^/?#]+?)(?:[.-]\d+)?/?(?:[?#]|$)",
    re.I,
)


def _slug(text: str) -> str:
    """Letters and digits only, lower case, without accents: "Daniel O'Mahony" and
    "daniel-omahony" are both "danielomahony"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_WORD.sub("", plain).lower()


def _bylines_from_author_links(doc: HtmlElement) -> Iterator[str]:
    """A link to an author's page whose text is the name the page's address spells (`<a
    href="/about/editors/jon-fingas/">Jon Fingas</a>`): a byline whatever its classes say.
    A link in the page's furniture (navigation, footer, comments, a teaser) is another's."""
    body = doc.find("body")
    for link in (body if body is not None else doc).iter("a"):
        page = _AUTHOR_PAGE.search(link.get("href") or "")
        if page is None:
            continue
        text = fold_whitespace(element_text(link))
        if not text or _slug(text) != _slug(page.group(1)) or not _names_only(text):
            continue
        if _in_teaser(link) or any(
            a.tag in _NOT_BYLINE_PLACE or "comment" in (a.get("class") or "")
            for a in link.iterancestors()
        ):
            continue
        yield text


# A name as an author page's address spells it: "ann-lee", "ann_lee", two to four words.
_NAME_SLUG = re.compile(r"^[^\W\d_]+(?:[-_+][^\W\d_]+){1,3}$")


def _bylines_from_author_addresses(meta: dict[str, str], ld: dict[str, Any]) -> Iterator[str]:
    """An author the metadata gives only as the address of their page (`"author": {"@type":
    "Person", "url": "https://bugle.com/author/ann-lee/"}`, `article:author` as that address):
    the name the address spells. A social profile (facebook.com/annlee) is no author page."""
    author = ld.get("author")
    addresses = [meta.get("article:author"), meta.get("author")]
    for item in author if isinstance(author, list) else [author]:
        if isinstance(item, str):
            addresses.append(item)
        elif isinstance(item, dict) and not _ld_name(item):
            addresses += [item.get("url"), item.get("@id"), item.get("sameAs")]
    for address in addresses:
        page = _AUTHOR_PAGE.search(address) if isinstance(address, str) else None
        if page and _NAME_SLUG.match(page.group(1)):
            # clean_byline: "no-author" is a placeholder's page.
            name = clean_byline(" ".join(w.capitalize() for w in re.split(r"[-_+]", page.group(1))))
            if name:
                yield name


# A Creative Commons licence's attribution: `<a rel="cc:attributionURL">Ann Lee</a>`,
# `<span property="cc:attributionName">Ann Lee</span>`.
_ATTRIBUTION = (
    "//*[contains(concat(' ', normalize-space(@rel), ' '), ' cc:attributionURL ')"
    " or contains(concat(' ', normalize-space(@property), ' '), ' cc:attributionName ')]"
)
# A site's copyright notice crediting a person "by" name: "© 2019 by Ann Lee", "(CC-Lizenz)
# 2006-2008 by Martin Weber". ("© Hearst Communications" and a photo's "© Felix Zahn" are a
# company's and a photographer's.)
_RIGHTS = re.compile(
    r"(?:(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*)?"
    r"|\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+)by\s+"
    r"(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,2})",
    re.I,
)
# Where a copyright holder's name stops: the notice's own words after it.
_RIGHTS_END = re.compile(
    r"\s+(?:all|alle|tous|todos|tutti|some|weitere|rights|reserved|powered|hosted|theme|"
    r"impressum|imprint|datenschutz|privacy)\b.*$",
    re.I,
)
# Words of a company's or a group's name, never of a person's ("© 2020 Bugle Media Group").
_HOLDER_NOT_PERSON = frozenset(
    {
        "inc",
        "ltd",
        "llc",
        "gmbh",
        "ag",
        "kg",
        "sa",
        "corp",
        "co",
        "company",
        "group",
        "media",
        "news",
        "press",
        "verlag",
        "network",
        "publishing",
        "foundation",
        "stiftung",
        "verein",
        "association",
        "university",
        "universität",
        "blog",
        "magazin",
        "magazine",
        "the",
        "der",
        "die",
        "das",
    }
)


def _bylines_from_rights(doc: HtmlElement) -> Iterator[str]:
    """The person a licence or the site's copyright notice credits, on a personal site that
    names nobody else: `<a rel="cc:attributionURL">Donald Townsend</a>`, "2006-2008 by
    Martin Weber" in the footer. A company or a group ("© 2020 by Bugle Media Group") is no
    author."""
    for element in doc.xpath(_ATTRIBUTION):
        name = fold_whitespace(element_text(element))
        if _is_person_holder(name):
            yield name
    for text in doc.xpath(
        "//text()[contains(., ' by ')][not(ancestor::figure or ancestor::figcaption)]"
        "[ancestor::footer or ancestor::*[contains(@id, 'credits') or contains(@class, 'copyright')"
        " or contains(@id, 'copyright') or contains(@id, 'footer') or contains(@class, 'footer')]]"
    ):
        for found in _RIGHTS.finditer(fold_whitespace(str(text))):
            name = _RIGHTS_END.sub("", found.group("name")).strip(" .,")
            if _is_person_holder(name):
                yield name


def _is_person_holder(name: str) -> bool:
    words = name.split()
    return (
        2 <= len(words) <= 3
        and _names_person(name)
        and all(word[0].isupper() and not word.isupper() for word in words)
        and not any(word.strip(".").lower() in _HOLDER_NOT_PERSON for word in words)
    )


# "By", or "| By" after the line's first part ("yas! | By Cara Stiles | April 13").
_BY_WORD = re.compile(r"^\s*+(?:[|•·]\s*)?(?:by|von|par|por|door)\b", re.I)
_WRITTEN_BY = re.compile(
    r"\s*(?:written by|author|verfasst von|geschrieben von|autor|escrito por|écrit par|auteur)",
    re.I,
)
# Where a name is not the article's byline: the page's furniture, a quotation, a picture's
# caption or credit.
_NOT_BYLINE_PLACE = frozenset(
    {"footer", "aside", "nav", "script", "style", "blockquote", "figure", "figcaption"}
)
_PICTURE = frozenset({"figure", "figcaption"})


def _bylines_from_by_lines(doc: HtmlElement) -> Iterator[str]:
    """Each line of markup that starts with "By" and names people: `<div>By <a>Ann Lee</a> and
    <a>Bo Kim</a></div>`, `<span>By </span><a>Ann Lee</a>`, `<h4>By Ann Lee | 12/10/2020</h4>`.
    Pages without byline classes or author metadata write it so. A sentence ("By the end of
    the year ...") names nobody, and a footer's "by" is the site's credit."""
    body = doc.find("body")
    for element in (body if body is not None else doc).iter():
        if not isinstance(element.tag, str) or not element.text:
            continue
        if not _BY_WORD.match(element.text) and not _BY_PREFIX.match(element.text):
            continue
        line = element
        if not _BY_WORD.sub("", element.text).strip(" :") and len(element) == 0:
            line = element.getparent()  # <span>By </span><a>Ann Lee</a>
        if line is None or any(
            a.tag in _NOT_BYLINE_PLACE or "comment" in (a.get("class") or "")
            for a in (line, *line.iterancestors())
        ):
            continue
        text = _first_line(line)
        if len(text) > _BY_LINE_MAX:
            continue
        name = clean_byline(text)
        if name and _names_only(name):
            yield name


def _first_line(line: HtmlElement) -> str:
    """The element's text up to its first line break that follows some text: a by-line ends
    there ("Von Ann Lee und Bo Kim<br>Kakuma /Kenia": the dateline is not a name)."""
    for index in range(len(line.findall(".//br"))):
        cut = copy.deepcopy(line)
        cut.tail = None
        _drop_after(list(cut.iter("br"))[index], cut)
        text = element_text(cut)
        if text:
            return text
    return element_text(line)


def _drop_after(node: HtmlElement, root: HtmlElement) -> None:
    """Remove everything that follows `node` inside `root`."""
    while node is not root:
        node.tail = None
        parent = node.getparent()
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        node = parent


def _bylines_after_breaks(doc: HtmlElement) -> Iterator[str]:
    """A by-line that is a line of `<br>`-separated text, not an element of its own:
    `...<br><br>Autor: <a>Rechtsanwalt</a> Sebastian Einbock<br>...`."""
    for br in doc.iter("br"):
        tail = br.tail or ""
        if not (_BY_WORD.match(tail) or _BY_PREFIX.match(tail)):
            continue
        parts = [tail]
        for sibling in br.itersiblings():
            if sibling.tag == "br" or sum(map(len, parts)) > _BY_LINE_MAX:
                break
            parts += [element_text(sibling), sibling.tail or ""]
        text = fold_whitespace(" ".join(parts))
        if len(text) > _BY_LINE_MAX or any(a.tag in _NOT_BYLINE_PLACE for a in br.iterancestors()):
            continue
        name = clean_byline(text)
        if name and _names_only(name):
            yield name


# The parts of a credit line: "04.02.2022 | 13:10 Uhr | Uta Helkenberg", "25.10.2022 - Ann Lee".
_CREDIT_PARTS = re.compile(r"\s+[-–—]\s+|\s*[|•·»]\s*")
# How far up from the headline a credit line may sit: its block and the block around that.
_CREDIT_DEPTH = 2


def _dated_credit_lines(doc: HtmlElement) -> Iterator[str]:
    """A short line beside the headline that gives a date and one name, and nothing else
    (`<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small><h1>...`): a CMS's credit line
    without a label or a class that says so."""
    h1 = next((h for h in doc.iter("h1") if not _is_site_logo(h)), None)
    if h1 is None:
        return
    around = h1
    for _ in range(_CREDIT_DEPTH):
        around = around.getparent() if around.getparent() is not None else around
    # Beside it: among the few elements before and after it (a page of 100,000 paragraphs
    # under one <article> is not read to its end).
    elements = list(itertools.islice(around.iter(), _CREDIT_REACH))
    if h1 not in elements:
        return
    at = elements.index(h1)
    inside = set(h1.iter())
    for element in elements[max(0, at - _CREDIT_REACH // 2) :]:
        if not isinstance(element.tag, str) or element in inside or len(element):
            continue
        text = element.text or ""
        if len(text) > _CREDIT_LINE_MAX or not _DIGIT.search(text):
            continue
        text = fold_whitespace(text)
        parts = [part for part in _CREDIT_PARTS.split(text) if part]
        names = [part for part in parts if _names_person(part) and not _DIGIT.search(part)]
        dated = [part for part in parts if _DIGIT.search(part)]
        if len(names) == 1 and dated and len(names) + len(dated) == len(parts):
            yield names[0]


# A credit line is a short line: a date, a time and a name.
_CREDIT_LINE_MAX = 80
# How many elements around the headline's block are looked at for it.
_CREDIT_REACH = 200
_DIGIT = re.compile(r"\d")


_EMPHASIS = frozenset({"b", "strong", "i", "em", "font", "span"})
# The paragraph before a signature is the article's: a sentence of this many words or more.
_SIGNED_WORDS = 15


def _signatures(doc: HtmlElement) -> Iterator[str]:
    """A name signing off the article: the last paragraph of its container, only a name in
    bold or italics (`<p><b><i>Stefan Wasmer</i></b></p>`), after a paragraph of prose.
    German, French and blog pages sign so where they give no byline."""
    for paragraph in doc.iter("p"):
        if (paragraph.text or "").strip() or len(paragraph) != 1:
            continue
        emphasis = paragraph[0]
        if emphasis.tag not in _EMPHASIS or (emphasis.tail or "").strip():
            continue
        before = paragraph.getprevious()
        if before is None or before.tag != "p":
            continue
        if len(element_text(before).split()) < _SIGNED_WORDS:
            continue
        if any(element_text(after) for after in paragraph.itersiblings()):
            continue
        text = element_text(paragraph)
        if 2 <= len(text.split()) <= 4 and _names_person(text):
            name = clean_byline(text)
            if name:
                yield name


# A by-line is short: "By Ann Lee and Bo Kim | May 4, 2019 at 10:05 AM".
_BY_LINE_MAX = 150


def _names_only(text: str) -> bool:
    """Every part of the text is a capitalised name of one to five words."""
    parts = [part for part in _NAME_LIST.split(text) if part]
    return len(text) <= 80 and all(_NAME.match(p) and not p[0].islower() for p in parts)


def _in_teaser(element: HtmlElement) -> bool:
    """Inside a link that holds a block (`<a href="/other"><p>Title</p><div class="author">`):
    a card for another article, whose byline is that article's."""
    for link in element.iterancestors("a"):
        if link.get("href") and any(
            child.tag in ("p", "div", "h2", "h3", "h4") for child in link.iterdescendants()
        ):
            return True
    # A card beside its linked headline: <div class="item"><h3><a href="/other">Title</a>
    # </h3><div class="item-author-name">Bo Kim</div></div>.
    for depth, card in enumerate(element.iterancestors()):
        if depth == _CARD_DEPTH:
            break
        if card.xpath("./*[self::h1 or self::h2 or self::h3 or self::h4]//a[@href]"):
            return True
    # A list item linking another article's headline beside the name: `<li><a
    # href="/other">Mayor opens the new bridge</a> <span class="author">Bo Kim</span></li>`
    # (a trending or related list), not a post's meta list ("in <a>Local news</a>").
    item = next(element.iterancestors("li"), None)
    if item is not None:
        own = set(element.iter("a"))
        for link in item.iter("a"):
            if link in own or not link.get("href") or _AUTHOR_PAGE.search(link.get("href")):
                continue
            if len(element_text(link).split()) >= _HEADLINE_WORDS:
                return True
    return False


# How far up a byline's card may hold the headline it links to.
_CARD_DEPTH = 2


def _is_byline_element(element: HtmlElement) -> bool:
    if not isinstance(element.tag, str):
        return False
    features = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(_BYLINE_CLASS.search(features)) and not _BYLINE_NOT.search(features)


# A byline is a line: an element with more text than this is a section that its class
# happens to name after an author.
_BYLINE_ELEMENT_MAX = 300
_DATELINE_START = re.compile(
    r"(?:submitted|posted|published|updated|last updated|last modified)\s+on\b"
    r"|zuletzt\s+(?:geändert|aktualisiert)\b",
    re.I,
)
# Where a byline's name ends: a date, a "Published/Updated" stamp, or widget text after it.
# A weekday only before a date ("Monday, 4 May"; "Fr, 18. Oktober"), not in "The Mail on Sunday".
_BYLINE_END = re.compile(
    r"\s*(?:[|•·»]|\bpublished\b|\bupdated\b|\bposted\b|\bview more\b|\bmore articles\b|"
    r"\bfollow\b|\bemail\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,|\s+\d)|"
    r"\b(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+\d|\d+\s*-?\s*min(?:ute)?s?\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d{1,2}[/.:-]\d|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"\b\d{1,2}\.\s+[^\W\d_]{3}|\b\d+\s+(?:hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|"
    r"\b(?:vor|il\s+y\s+a|hace|há)\s+\d+\s+[^\W\d_]+|\b(?:illustrations?|fotos?|photos?|bilder)\s+(?:von|by|de)\b).*$",
    re.I,
)
# What is left dangling when a date is cut off: "Ann Lee on", "Ann Lee am".
_DANGLING = re.compile(r"\s+(?:on|am|at|le|el|il|den|vom)$", re.I)
# A job title closing a byline ("Ann Lee, Senior Staff Writer"): not part of a name.
# Only a title made of these words, after a comma or glued on ("Howard BlumeStaff Writer"):
# "TOM KRISHER, AP Auto Writer" names the agency and stays.
_ROLE_TAIL = re.compile(
    r"(?:\s*[,/]\s*|\s+[-–—]\s+|\s+(?=(?:senior|staff|contributing)\b))"
    r"(?:(?:senior|staff|chief|contributing|"
    r"special|political|business|sports|science|deputy|associate|managing|news)\s+)*"
    r"(?:writer|reporter|editor|correspondent|columnist|contributor)s?$",
    re.I,
)
# A label with no name after it ("Von", "Artikel von"), or a placeholder ("No Author").
_NO_NAME = re.compile(
    r"^(?:(?:[^\W\d_]+\s+)?(?:by|von|par|por|de|di|door)\s*:?|no\s+author|unknown\s+author"
    r"|null|none|undefined|n/?a)$",
    re.I,
)
# A picture's credit, not the article's author: "Photograph by Ed Marshall", "Bild von ...".
# ("Photos by Ann Lee" heads photo stories and stays a byline.)
_PHOTO_CREDIT = re.compile(
    r"^(?:photograph(?:s|ed)?|images?|illustrations?|illustrated|fotos?|fotografie|bild(?:er)?)"
    r"\s*(?:by|von|par|de|:)\s",
    re.I,
)
# Who checked the article, not who wrote it: "Medically reviewed by Ann Lee", "Fact checked
# by ...", "Edited by ...", "Geprüft von ...".
_REVIEWER_CREDIT = re.compile(
    r"^(?:medically\s+|fact[-\s]?)?(?:reviewed|checked|edited|verified|geprüft|redigiert|"
    r"lektoriert|révisé|revisado)\s+(?:by|von|par|por)\s",
    re.I,
)
# A dateline before the name: "Posted on September 21, 2020 by Ann Lee".
_DATELINE_BY = re.compile(
    r"^(?:submitted|posted|published|updated|last updated|veröffentlicht|publié)\s+(?:on|am|le)\s+"
    r".{4,40}?\s(?:by|von|par)\s+(?=\S)",
    re.I,
)
# Two people credited for a conversation: "Richard David Precht im Gespräch mit Karin Fischer".
_CONVERSATION = re.compile(
    r"\s+(?:im\s+gespräch\s+mit|in\s+conversation\s+with|en\s+conversation\s+avec)\s+", re.I
)
# The section a byline was filed in: "Michael Larabel in Valve".
_IN_SECTION = re.compile(r"^(.+?)\s+in\s+(\S+(?:\s+\S+)?)$")


def _after_names(text: str) -> str:
    """The names without the section they were filed in. (An agency after them stays:
    "Ann Lee and Bo Kim, Associated Press" credits it.)"""
    section = _IN_SECTION.match(text)
    if section and _names_person(section.group(1)) and section.group(2)[:1].isupper():
        return section.group(1)
    return text


# An e-mail address beside the name: "Ann Lee, ann.lee@bugle.com", "Ann Lee | al@bugle.com".
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A biography where the name was expected: "Ann Lee is a staff writer at the Bugle".
_BIOGRAPHY = re.compile(
    r"^(.+?)\s+(?:is|was|ist|war|est|était|es|era|é)\s+(?:a|an|the|our|ein|eine|einer|unser|"
    r"unsere|un|une|una|uno|el|la|le|o|um|uma|der|die|das|notre|nuestro|nuestra)\b",
    re.I,
)
# Written for another paper: "Ann Lee, special to the Bugle".
_SPECIAL_TO = re.compile(r"\s*,?\s+special\s+to\s+\S.*$", re.I)
# Where the author was, after the name: "Cécile Ducourtieux(Bruxelles, bureau européen)".
_PLACE_TAIL = re.compile(r"\s*\([^()]*\)$")
# A social handle after the name, spaced or glued on ("April Glaser@aprilglaser"), not the
# middle of an e-mail address.
_HANDLE = re.compile(r"(?:^|\s+|(?<=[^\W\d_]))@\w+(?![\w.@])")


_REPEATED_NAME = re.compile(r"^([^\W\d_]+(?:\s+[^\W\d_.]+){1,3})\s+\1\b")
_PARTS = re.compile(r"\s*[|•·]\s*")


def _names_part(text: str) -> str:
    """ "Politik · Jochen Bittner, Tina Hildebrandt" -> the names: of the parts a byline's
    separators mark off, the first whose every piece is a name of two words or more."""
    parts = _PARTS.split(text)
    if len(parts) < 2:
        return text
    for part in parts:
        name = _BY_PREFIX.sub("", part)
        if " " in name and _names_only(name):
            return part
    return text


def clean_byline(text: str | None) -> str | None:
    """A byline as a name list: no "By", no date or widget text glued after it."""
    if not text:
        return None
    if "&" in text:  # escaped twice by the page: "Redacci&oacute;n"
        text = html.unescape(text)
    text = fold_whitespace(text)
    if _NO_NAME.match(text) or _PHOTO_CREDIT.match(text) or _REVIEWER_CREDIT.match(text):
        return None
    text = _DATELINE_BY.sub("", text)
    if _DATELINE_START.match(text):  # "Submitted on Mon, 20..." names nobody
        return None
    text = _EMAIL.sub("", text).strip(" ,;:|/()-–—") if "@" in text else text
    if not text:
        return None
    text = _names_part(text)
    text = _BY_PREFIX.sub("", text)
    biography = _BIOGRAPHY.match(text)
    if biography and _names_person(biography.group(1)):
        # "Regan Regan is a ...": an author box's name, then its biography naming her again.
        words = biography.group(1).split()
        half = len(words) // 2
        text = " ".join(words[:half]) if words[:half] == words[half:] else biography.group(1)
    text = _SPECIAL_TO.sub("", text)
    repeated = _REPEATED_NAME.match(text)
    if repeated:  # "Ellyn Shook Ellyn Shook Creating the most...": a name, then a bio
        text = repeated.group(1)
    # "Jose AltoverosView More Articles": text glued to the name by the page's markup.
    text = re.sub(
        r"(?<=[a-z])(?=(?:View|More|Follow|Published|Updated|Staff|Senior|Contributing)\b)",
        " ",
        text,
    )
    cut = _BYLINE_END.sub("", text)
    if cut != text:
        cut = _DANGLING.sub("", cut)
    text = _HANDLE.sub("", cut).strip(" ,;:-–—") or cut.strip(" ,;:-–—")
    text = _ROLE_TAIL.sub("", text) or text
    text = _after_names(text)
    text = _CONVERSATION.sub(", ", text)
    text = _PLACE_TAIL.sub("", text) or text
    if not 2 < len(text) < 100 or not re.search(r"[^\W\d_]", text):
        return None
    return text


def normalize_date(value: str | None) -> str | None:
    """ISO 8601 as the page states it: "2019-10-02", "2016-12-07T19:16", or with the page's
    UTC offset when it gives one ("2019-11-20T01:50+00:00")."""
    if not value:
        return None
    value = value.strip()
    candidate = re.sub(r"Z$", "+00:00", value)
    # Python wants "+01:00"; pages also write "+0100".
    candidate = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", candidate)
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        match = _DATE_IN_TEXT.search(value)
        if match is None:
            return None
        year, month, day, hour, minute = match.groups()
        try:
            parsed = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
        except ValueError:
            return None
        if not 1990 <= parsed.year <= 2100:
            return None
        if hour is None:
            return parsed.date().isoformat()
        return parsed.strftime("%Y-%m-%dT%H:%M")
    if not 1990 <= parsed.year <= 2100:
        return None
    if not re.search(r"\d[T ]\d{1,2}:\d{2}", value):
        return parsed.date().isoformat()
    stamp = parsed.strftime("%Y-%m-%dT%H:%M")
    if parsed.utcoffset() is not None:
        stamp += parsed.isoformat()[-6:]
    return stamp


def _published(
    doc: HtmlElement, meta: dict[str, str], ld: dict[str, Any], url: str | None = None
) -> str | None:
    for key in _DATE_META:
        date = normalize_date(meta.get(key))
        if date:
            return date
    for key in ("datePublished", "dateCreated", "uploadDate"):
        value = ld.get(key)
        date = normalize_date(value) if isinstance(value, str) else None
        if date:
            return date
    for element in doc.iterfind(".//*[@itemprop='datePublished']"):
        date = normalize_date(element.get("content") or element.get("datetime"))
        if date:
            return date
    for element in doc.iter("time"):
        date = normalize_date(element.get("datetime"))
        if date:
            return date
    return date_from_url(url) or _htmldate(doc)


_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2]|"
    + "|".join(_MONTH_NAMES)
    + r")[a-z]*/(0?[1-9]|[12]\d|3[01])(?:/|$)",
    re.I,
)


def date_from_url(url: str | None) -> str | None:
    """The date news sites put in their article paths: /2019/11/18/ or /2019/nov/18/.
    More reliable than dates guessed from the page text, which include other stories'."""
    match = _URL_DATE.search(url or "")
    if match is None:
        return None
    year, month, day = match.groups()
    number = int(month) if month.isdigit() else _MONTH_NAMES.index(month[:3].lower()) + 1
    try:
        return datetime(int(year), number, int(day)).date().isoformat()
    except ValueError:
        return None


def _htmldate(doc: HtmlElement) -> str | None:
    """htmldate's reading of dates in URLs, text and markup: only when the page's own
    metadata says nothing. Imported lazily (about 0.2 s), and optional."""
    try:
        from htmldate import find_date
    except ImportError:
        return None
    try:
        found = find_date(
            doc,
            extensive_search=False,
            original_date=True,
            outputformat="%Y-%m-%d",
            max_date=f"{datetime.now().year + 1}-12-31",
        )
    except Exception:  # htmldate is a best-effort helper; its failure is just "no date"
        return None
    return normalize_date(found) if isinstance(found, str) else None


def _site(meta: dict[str, str], ld: dict[str, Any]) -> str | None:
    site = _clean(
        meta.get("og:site_name")
        or _ld_name(ld.get("publisher"))
        or meta.get("application-name")
        or meta.get("twitter:site", "").lstrip("@")
        or None,
        120,
    )
    # "Autoracing | F1 | Indy | MotoGP": a site name followed by its section menu.
    return site.split(" | ")[0].strip() or None if site else None


def _language(doc: HtmlElement, meta: dict[str, str]) -> str | None:
    for value in (
        doc.get("lang"),
        doc.get("xml:lang"),
        doc.get("{http://www.w3.org/XML/1998/namespace}lang"),
        meta.get("content-language"),
        meta.get("og:locale"),
        meta.get("language"),
    ):
        if value and re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", value.strip()):
            return value.strip().replace("_", "-")
    return None


def _canonical(doc: HtmlElement, meta: dict[str, str]) -> str | None:
    for element in doc.iter("link"):
        rel = (element.get("rel") or "").lower().split()
        href = (element.get("href") or "").strip()
        if "canonical" in rel and href.startswith(("http://", "https://")):
            return href
    og_url = meta.get("og:url", "")
    return og_url if og_url.startswith(("http://", "https://")) else None
