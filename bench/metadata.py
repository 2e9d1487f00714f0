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

from bench.cleaning import byline_right, decode, title_right
from reader.errors import NotAnArticleError
from reader.extract.html.parse import clean_html

DEFAULT = Path(__file__).resolve().parent / "metadata-set"
Found = tuple[str | None, str | None]
_GOT = " " * 16 + "got  "


# Typography that does not make another title: soft hyphens, dashes of any length.
_SAME_TITLE = str.maketrans({"\xad": None, "\u2013": "-", "\u2014": "-", "\u2012": "-"})


def same_title(expected: str, found: str | None) -> bool:
    """bench/cleaning.py's title_right, blind to soft hyphens and to which dash is used
    ('Korsetts – Shops' is 'Korsetts - Shops')."""
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--misses", action="store_true", help="newsreader's tuning-half misses")
    parser.add_argument("--only", choices=list(EXTRACTORS), action="append")
    args = parser.parse_args(argv)
    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    names = args.only or list(EXTRACTORS)
    # (extractor, source, half) -> [titles right, titles, bylines right, bylines]
    tally: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    misses: list[str] = []
    warnings.simplefilter("ignore")
    for digest, page in sorted(truth.items()):
        html = decode(gzip.decompress((args.data / "html" / f"{digest}.html.gz").read_bytes()))
        half = "tuning" if int(digest[0], 16) % 2 == 0 else "held-out"
        source = re.split(r"[\s@]", page.get("source", args.data.name))[0]
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
            if name == "newsreader" and half == "tuning" and args.misses:
                if page.get("title") and not same_title(page["title"], title):
                    misses.append(f"{digest[:8]} title  want {page['title']!r}\n{_GOT}{title!r}")
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
    if misses:
        print("\n" + "\n".join(misses))
    return 0


def _share(right: int, total: int) -> str:
    return f"{right}/{total} {right / total:.2f}" if total else "-"


if __name__ == "__main__":
    sys.exit(main())
