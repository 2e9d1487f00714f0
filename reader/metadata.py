"""Article metadata from the page itself: headline, byline, date, site, language, canonical URL.

Each field is looked for in the order publishers are most careful with: OpenGraph and
article meta tags, then JSON-LD (schema.org), then the markup (<h1>, <time>, rel=author,
byline classes). One pass over <meta> and JSON-LD feeds every field, so this stays cheap.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lxml.html import HtmlElement

from reader.html_blocks import element_text, fold_whitespace


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    site: str | None = None
    language: str | None = None
    url: str | None = None


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
    "twitter:creator",
)
_BYLINE_CLASS = re.compile(r"byline|author|writer|contributor", re.I)
_BYLINE_NOT = re.compile(r"avatar|image|photo|bio|about|social|share|follow|more|comment", re.I)
_BY_PREFIX = re.compile(r"^\s*(?:by|von|par|por|di|door|av|af)\s*:?\s+", re.I)
_URLISH = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)/", re.I)
_DATE_IN_TEXT = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


def extract_metadata(doc: HtmlElement, url: str | None = None) -> PageMetadata:
    """Everything the page says about itself. `doc` is not changed."""
    meta = _meta_values(doc)
    ld = _json_ld_article(doc)
    return PageMetadata(
        title=_title(doc, meta, ld),
        byline=_byline(doc, meta, ld),
        published=_published(doc, meta, ld),
        site=_site(meta, ld),
        language=_language(doc, meta),
        url=_canonical(doc, meta) or url,
    )


def _meta_values(doc: HtmlElement) -> dict[str, str]:
    """First non-empty content of each <meta> by lower-cased name/property/itemprop."""
    values: dict[str, str] = {}
    for element in doc.iter("meta"):
        content = element.get("content")
        if not content or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = element.get(attribute)
            if key:
                values.setdefault(key.strip().lower(), content.strip())
    return values


def _json_ld_objects(doc: HtmlElement) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in doc.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
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


def _json_ld_article(doc: HtmlElement) -> dict[str, Any]:
    """The JSON-LD object describing the article (the most specific type wins)."""
    best: dict[str, Any] = {}
    best_rank = 99
    for item in _json_ld_objects(doc):
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
        return name.strip() if isinstance(name, str) and name.strip() else None
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _clean(value: str | None, limit: int = 300) -> str | None:
    if not value:
        return None
    text = fold_whitespace(value)
    return text[:limit] if text else None


def _title(doc: HtmlElement, meta: dict[str, str], ld: dict[str, Any]) -> str | None:
    h1s = [fold_whitespace(element_text(h)) for h in doc.iter("h1")]
    h1s = [h for h in h1s if len(h) >= 4]
    for candidate in (
        meta.get("og:title"),
        ld.get("headline") if isinstance(ld.get("headline"), str) else None,
        meta.get("twitter:title"),
        meta.get("title"),
    ):
        candidate = _clean(candidate)
        if not candidate:
            continue
        # og:title sometimes carries the site suffix too; an <h1> inside it is the headline.
        for h1 in h1s:
            if h1 != candidate and h1 in candidate and len(h1) >= len(candidate) / 2:
                return h1
        return candidate
    if h1s:
        return h1s[0]
    return _short_title(doc)


def _short_title(doc: HtmlElement) -> str | None:
    element = doc.find(".//title")
    if element is None:
        return None
    title = fold_whitespace(element.text_content() or "")
    for separator in (" | ", " - ", " – ", " — ", " :: ", " / "):
        if separator in title:
            parts = title.split(separator)
            return max(parts, key=len).strip() or None
    return title or None


def _byline(doc: HtmlElement, meta: dict[str, str], ld: dict[str, Any]) -> str | None:
    for key in _AUTHOR_META:
        value = meta.get(key)
        if value and not _URLISH.search(value) and not value.startswith("@"):
            return _clean(_BY_PREFIX.sub("", value), 200)
    name = _ld_name(ld.get("author")) or _ld_name(ld.get("creator"))
    if name and not _URLISH.search(name):
        return _clean(name, 200)
    for element in doc.iterfind(".//*[@rel='author']"):
        text = fold_whitespace(element_text(element))
        if 2 < len(text) < 80:
            return text
    for element in doc.iterfind(".//*[@itemprop='author']"):
        name_element = element.find(".//*[@itemprop='name']")
        text = element.get("content") or element_text(
            name_element if name_element is not None else element
        )
        text = _BY_PREFIX.sub("", fold_whitespace(text))
        if 2 < len(text) < 80:
            return text
    body = doc.find("body")
    for element in (body if body is not None else doc).iter():
        if not isinstance(element.tag, str) or element.tag in ("body", "html", "meta", "link"):
            continue
        features = f"{element.get('class', '')} {element.get('id', '')}"
        if not _BYLINE_CLASS.search(features) or _BYLINE_NOT.search(features):
            continue
        text = _BY_PREFIX.sub("", fold_whitespace(element_text(element)))
        if 2 < len(text) < 80 and not _DATE_IN_TEXT.search(text):
            return text
    return None


def normalize_date(value: str | None) -> str | None:
    """ISO 8601 as the page states it: "2016-12-07T19:16" or "2019-10-02" (local time)."""
    if not value:
        return None
    value = value.strip()
    candidate = value.replace("Z", "+00:00")
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
        if hour is None:
            return parsed.date().isoformat()
        return parsed.strftime("%Y-%m-%dT%H:%M")
    if not 1990 <= parsed.year <= 2100:
        return None
    has_time = bool(re.search(r"\d[T ]\d{1,2}:\d{2}", value))
    if not has_time:
        return parsed.date().isoformat()
    return parsed.strftime("%Y-%m-%dT%H:%M")


def _published(doc: HtmlElement, meta: dict[str, str], ld: dict[str, Any]) -> str | None:
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
    return None


def _site(meta: dict[str, str], ld: dict[str, Any]) -> str | None:
    return _clean(
        meta.get("og:site_name")
        or _ld_name(ld.get("publisher"))
        or meta.get("application-name")
        or meta.get("twitter:site", "").lstrip("@")
        or None,
        120,
    )


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
