"""Titles and bylines right on pages nobody here tuned on: newsreader beside readability-lxml
(short_title(), author()) and trafilatura (extract_metadata()), in one run, by source and by
half (tuning = hash starting with an even hex digit; held-out = odd).

A title is right with or without the site name (and whichever dash it uses); a byline when it
names every expected author with at most one more word (bench/cleaning.py's title_right and
byline_right). Bylines are
scored only where the source states an author. `--misses` lists newsreader's misses on the
tuning half only: the held-out half is scored, never read.

    python bench/metadata.py                        # bench/metadata-set (build_metadata_set.py)
    python bench/metadata.py --data DIR --misses
    python bench/metadata.py --data 181 --data bench/newspaper-set --shapes
    python bench/metadata.py --data DIR --miss-kinds   # byline misses by kind, both halves

`--data 181` is bench/cleaning.py's 181 pages with bench/titles-181.json and bylines-181.json
(only their titled pages are run). `--shapes` counts, by source, the pages whose first <h1>
and the metadata's headline (the title chosen with the <h1>s left out) are the same words,
a rewording, a kicker glued on, or unrelated, and which of the two the source's gold title is.
`--miss-kinds` counts newsreader's byline misses on both halves by kind (nothing found, another
name, the names and more words, some of the names; expected names shaped like people's or
not): counts only, which say nothing of a held-out page.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import warnings
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import lxml.html

from bench.cleaning import (
    BYLINES_181,
    DEFAULT_DATA,
    TITLES_181,
    _fold,
    byline_right,
    decode,
    title_right,
)
from reader.errors import NotAnArticleError
from reader.extract.html import metadata
from reader.extract.html.parse import clean_html

DEFAULT = Path(__file__).resolve().parent / "metadata-set"
Found = tuple[str | None, str | None]
_GOT = " " * 16 + "got  "


# Typography that does not make another title: soft hyphens, dashes of any length.
_SAME_TITLE = str.maketrans({"\xad": None, "\u2013": "-", "\u2014": "-", "\u2012": "-"})


def same_title(expected: str | list[str], found: str | None) -> bool:
    """bench/cleaning.py's title_right, blind to soft hyphens and to which dash is used
    ('Korsetts – Shops' is 'Korsetts - Shops'); any of several expected titles."""
    if isinstance(expected, list):
        return any(same_title(one, found) for one in expected)
    return title_right(expected.translate(_SAME_TITLE), found and found.translate(_SAME_TITLE))


def newsreader(html: str, url: str) -> Found:
    try:
        article = clean_html(html, source="bench", url=url)
    except NotAnArticleError:
        return None, None
    return article.title, article.byline


def readability(html: str, url: str) -> Found:
    from readability import Document

    try:
        document = Document(html)
        author = document.author()
        return document.short_title() or None, None if author == "[no-author]" else author
    except Exception:  # the baseline's failures count as nothing found
        return None, None


def trafilatura(html: str, url: str) -> Found:
    import trafilatura as traf

    meta = traf.extract_metadata(html, default_url=url)
    return (meta.title, meta.author) if meta is not None else (None, None)


EXTRACTORS: dict[str, Callable[[str, str], Found]] = {
    "newsreader": newsreader,
    "readability-lxml": readability,
    "trafilatura": trafilatura,
}


def h1_shape(html: str, url: str) -> tuple[str, str | None, str | None]:
    """How the page's first <h1> relates to the headline its metadata states (the title
    chosen with every <h1> left out): 'no <h1>', 'same words', 'kicker glued', 'reworded'
    or 'unrelated' (a section name, a logo, another heading); with both wordings."""
    doc = lxml.html.document_fromstring(html.encode("utf-8", "replace"))
    h1s = [
        metadata.fold_whitespace(metadata.element_text(h))
        for h in doc.iter("h1")
        if not metadata._is_site_logo(h)
    ]
    h1 = next((h for h in h1s if h), None)
    for element in list(doc.iter("h1")):
        element.drop_tree()
    stated = metadata.extract_metadata(doc, url).title
    if h1 is None or stated is None:
        return ("no <h1>" if h1 is None else "no metadata"), h1, stated
    if metadata.titles_agree(h1, stated):
        return "same words", h1, stated
    if metadata._glued_around(stated, h1):
        return "kicker glued", h1, stated
    if metadata._reworded(h1, stated):
        support = _support(doc, stated)
        return f"reworded, {'2+ sources' if support >= 2 else '1 source'}", h1, stated
    return "unrelated", h1, stated


def _support(doc: lxml.html.HtmlElement, stated: str) -> int:
    """How many of og:title, twitter:title, dc/parsely titles, JSON-LD headline and <title>
    state this headline."""
    meta = {key: values[0] for key, values in metadata._meta_values(doc).items()}
    wordings = [meta.get(key) for key in metadata._TITLE_META]
    wordings.append(metadata._json_ld_article(doc).get("headline"))
    title = doc.find(".//title")
    wordings.append(title.text_content() if title is not None else None)
    return sum(
        isinstance(w, str) and bool(w.strip()) and metadata.titles_agree(w.strip(), stated)
        for w in wordings
    )


def load(data: str) -> tuple[Path, dict[str, dict]]:
    """A set's directory and ground truth; '181' is bench/cleaning.py's pages with their
    titles and bylines (the untitled ones, RESERVED.txt's among them, left out)."""
    if data != "181":
        path = Path(data)
        return path, json.loads((path / "ground-truth.json").read_text(encoding="utf-8"))
    truth = json.loads((DEFAULT_DATA / "ground-truth.json").read_text(encoding="utf-8"))
    titles = json.loads(TITLES_181.read_text(encoding="utf-8"))
    authors = json.loads(BYLINES_181.read_text(encoding="utf-8"))
    pages = {}
    for key, page in truth.items():
        if key in titles or key in authors:
            pages[key] = {
                "url": page["url"],
                "title": titles.get(key),
                "authors": authors.get(key),
                "source": "181-pages",
            }
    return DEFAULT_DATA, pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", action="append", help="a set's directory, or 181")
    parser.add_argument("--misses", action="store_true", help="newsreader's tuning-half misses")
    parser.add_argument("--only", choices=list(EXTRACTORS), action="append")
    parser.add_argument("--shapes", action="store_true", help="<h1> against metadata, by source")
    parser.add_argument(
        "--miss-kinds", action="store_true", help="newsreader's byline misses counted by kind"
    )
    args = parser.parse_args(argv)
    names = args.only or list(EXTRACTORS)
    # (extractor, source, half) -> [titles right, titles, bylines right, bylines]
    tally: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    # (source, shape) -> [pages, <h1> right, metadata right, newsreader right]
    shapes: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    misses: list[str] = []
    # (half, kind) -> newsreader's byline misses of that kind (counts only, both halves)
    kinds: dict[tuple[str, str], int] = defaultdict(int)
    warnings.simplefilter("ignore")
    pages = []
    for data in args.data or [str(DEFAULT)]:
        directory, truth = load(data)
        pages += [(directory, digest, page) for digest, page in sorted(truth.items())]
    for directory, digest, page in pages:
        html = decode(gzip.decompress((directory / "html" / f"{digest}.html.gz").read_bytes()))
        half = "tuning" if int(digest[0], 16) % 2 == 0 else "held-out"
        source = re.split(r"[\s@]", page.get("source") or directory.name)[0]
        if directory.name == "rest":
            source += " rest"
        if not page.get("title") and not page.get("authors"):
            continue
        shape = ""
        if args.shapes and page.get("title"):
            shape, h1, stated = h1_shape(html, page["url"])
            counts = shapes[(source, shape)]
            counts[0] += 1
            counts[1] += same_title(page["title"], h1)
            counts[2] += same_title(page["title"], stated)
            counts[3] += same_title(page["title"], newsreader(html, page["url"])[0])
        for name in names:
            title, byline = EXTRACTORS[name](html, page["url"])
            for key in ((name, source, half), (name, "all", half)):
                counts = tally[key]
                if page.get("title"):
                    counts[0] += same_title(page["title"], title)
                    counts[1] += 1
                if page.get("authors"):
                    counts[2] += byline_right(page["authors"], byline)
                    counts[3] += 1
            if (
                name == "newsreader"
                and page.get("authors")
                and not byline_right(page["authors"], byline)
            ):
                kinds[(half, miss_kind(page["authors"], byline))] += 1
            if name == "newsreader" and half == "tuning" and args.misses:
                if page.get("title") and not same_title(page["title"], title):
                    misses.append(
                        f"{digest[:8]} title {shape} want {page['title']!r}\n{_GOT}{title!r}"
                    )
                if page.get("authors") and not byline_right(page["authors"], byline):
                    misses.append(f"{digest[:8]} byline want {page['authors']!r}\n{_GOT}{byline!r}")
    print(f"{'source':18} {'half':9} " + " ".join(f"{n:>26}" for n in names))
    print(f"{'':28}" + " ".join(f"{'titles':>13}{'bylines':>13}" for _ in names))
    sources = sorted({key[1] for key in tally}, key=lambda s: (s == "all", s))
    for source in sources:
        for half in ("tuning", "held-out"):
            cells = []
            for name in names:
                t, tn, b, bn = tally[(name, source, half)]
                cells.append(f"{_share(t, tn):>13}{_share(b, bn):>13}")
            print(f"{source:18} {half:9} " + " ".join(cells))
    if shapes:
        print(
            "\n<h1> against the metadata's headline: pages, gold = <h1>, gold = metadata,"
            " newsreader right"
        )
        for (source, shape), (n, h1_right, meta_right, ours) in sorted(shapes.items()):
            print(f"{source:18} {shape:13} {n:4d} {h1_right:4d} {meta_right:4d} {ours:4d}")
    if args.miss_kinds and kinds:
        print("\nnewsreader's byline misses by kind (counts only)")
        for (half, kind), n in sorted(kinds.items()):
            print(f"{half:9} {kind:40} {n:4d}")
    if misses:
        print("\n" + "\n".join(misses))
    return 0


# An expected author shaped like a person's name: two to four capitalised words.
_PERSON = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}$")


def miss_kind(expected: list[str], found: str | None) -> str:
    """What went wrong with a byline, in words that say nothing of the page: nothing found,
    another name, the names with more words, some of the names; and whether the expected
    authors are shaped like people's names (two to four capitalised words) or not (a user
    name, an organisation, an agency code)."""
    shape = "person" if all(_PERSON.match(name) for name in expected) else "other"
    if not found:
        return f"nothing found, expected {shape}"
    right = [name for name in expected if _fold(name) in _fold(found)]
    if not right:
        return f"another name, expected {shape}"
    if len(right) < len(expected):
        return f"some of the names, expected {shape}"
    return f"names and more words, expected {shape}"


def _share(right: int, total: int) -> str:
    return f"{right}/{total} {right / total:.2f}" if total else "-"


if __name__ == "__main__":
    sys.exit(main())
