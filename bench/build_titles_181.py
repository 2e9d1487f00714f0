"""Expected titles for the 181 benchmark pages (bench/titles-181.json), for the title figures
of bench/cleaning.py. The benchmark gives article text only.

A page's title is right when it is one of the headlines the page itself states for the
article: the JSON-LD headline, og:title, the <title> and the first <h1> (later <h1>s when they
repeat one of those), never the site's name alone. Where those all agree
(109 of the 163 pages read) that is the title. Where they disagree (54 pages) each was
checked by hand against the article text, and the <h1>s and <title>s that are not this
article's headline (section names, the site's name, other stories' headlines) are listed
in NOT_THE_HEADLINE below and left out. The 18 pages of RESERVED.txt are never read and
get no title.

    python bench/build_titles_181.py
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.cleaning import (
    _SITE_SEPARATOR,
    DEFAULT_DATA,
    _fold,
    _reserved,
    decode,
    title_right,
)
from reader.extract.html.metadata import _json_ld_article, _meta_values
from reader.extract.html.parse import parse_html

OUT = Path(__file__).resolve().parent / "titles-181.json"
NOT_THE_HEADLINE = {
    "엔터 미디어",
    "Games",
    "Entertainment",
    "IGN Entertainment",
    "'Why Don't You Go Fight For The Reindeer?'",
    "The Wall Street JournalOpinion",
    "The Disappearance of John M. Ford",
    "More on Slate Book Review",
    "We Need to Talk About Your Ad Blocker",
    "Guides",
    "Offices",
    "State Editions",
    "Comment on this article",
    "Quanta Magazine",
    "The Spokesman-Review Newspaper The Spokesman-Review",
    "Trump says he went through ‘very routine physical’",
    "Want to Block Ads But Still Support Slate?",
    "Need a hand?",
    "Watch a free workshop now. Pick your topic below.",
    "Вторая фаза диеты Аткинса",
    "Достоинства диеты Аткинса",
}


def stated_titles(html: str) -> list[str]:
    doc = parse_html(html)
    meta = {key: values[0] for key, values in _meta_values(doc).items()}
    headline = _json_ld_article(doc).get("headline")
    tag = doc.find(".//title")
    stated = [
        headline if isinstance(headline, str) else None,
        meta.get("og:title"),
        tag.text_content() if tag is not None else None,
    ]
    h1s = [" ".join(h.text_content().split()) for h in doc.iter("h1")]
    h1s = [h for h in h1s if h and h not in NOT_THE_HEADLINE]
    # The first <h1> left, and later ones only when they repeat a stated title (the rest
    # are the page's section and widget headings).
    texts = [" ".join(t.split()) for t in stated if t]
    texts = [t for t in texts if t not in NOT_THE_HEADLINE]
    texts += h1s[:1] + [h for h in h1s[1:] if any(title_right(t, h) for t in texts)]
    # The site's name: the shorter side of a separator in the <title> ('Post | The Blog').
    parts = _SITE_SEPARATOR.split(" ".join(stated[2].split())) if stated[2] else []
    site = {_fold(p) for p in parts if len(parts) > 1 and p != max(parts, key=len)}
    return list(dict.fromkeys(t for t in texts if _fold(t) not in site))


def main() -> int:
    truth = json.loads((DEFAULT_DATA / "ground-truth.json").read_text(encoding="utf-8"))
    reserved = _reserved(DEFAULT_DATA)
    titles: dict[str, list[str]] = {}
    for key in sorted(set(truth) - reserved):
        html = decode(gzip.decompress((DEFAULT_DATA / "html" / f"{key}.html.gz").read_bytes()))
        forms = stated_titles(html)
        # Unescape what the page double-escaped in JSON-LD ('&#8216;'): the same words.
        titles[key] = [f for f in forms if "&#" not in f] or forms
        assert titles[key], key
    OUT.write_text(json.dumps(titles, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(titles)} pages' titles written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
