"""Benchmark HTML cleaning on the 181 pages of the article-extraction set, in one run.

Compares newsreader's cleaner with raw readability-lxml (summary → block text, the
"html-text style" baseline) and trafilatura (fast=True), scoring each with the metric of
bench/article-extraction/README.md (4-token shingles, per-page precision/recall, macro
average). newsreader is scored on its article body as `newsreader analyze --json` gives it:
every block but the title and captions. Figures are given for all pages and for the two
halves split by hash (first hex digit even = tuning half, odd = held-out half).

Where the set gives titles and bylines (bench/titles-181.json and bylines-181.json for the
181 pages, the newspaper set's ground truth), the share of pages each extractor gets right
is printed too.

A set whose ground truth gives hand-picked passages instead of the whole text
(bench/trafilatura-set: "with" passages the article must contain, "without" passages it must
not) is scored by passages: per page, precision = passages found that belong / all found,
recall = "with" passages found / all of them (whitespace-normalised substring match, as
trafilatura's own evaluation does), averaged over pages like the shingle scores.

    python bench/cleaning.py [--data DIR] [--worst N] [--only NAME]
    python bench/cleaning.py --data bench/newspaper-set
    python bench/cleaning.py --data bench/trafilatura-set
    python bench/cleaning.py ... --losses --shrunk   # tuning pages to look at
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import lxml.html
from readability import Document

from bench.shared_data import SHARED, require
from reader.errors import NotAnArticleError
from reader.extract.html.blocks import iter_blocks
from reader.extract.html.parse import clean_html

DEFAULT_DATA = SHARED / "bench" / "article-extraction"
TITLES_181 = Path(__file__).resolve().parent / "titles-181.json"  # bench/build_titles_181.py
# Authors of 139 of the 163 readable pages: 40 checked by hand in the page, 99 where the
# page's author meta or JSON-LD agreed with newsreader's byline of 2026-12-02 (so those
# only guard against regressions); pages with no author found anywhere are left out.
BYLINES_181 = Path(__file__).resolve().parent / "bylines-181.json"
_TOKEN = re.compile(r"\w+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)


# --- the metric ----------------------------------------------------------------------------


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    if len(tokens) < size:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True)
class PageScore:
    precision: float | None
    recall: float | None
    exact: bool

    @property
    def f1(self) -> float:
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def score_page(truth: str, prediction: str) -> PageScore:
    true, pred = shingles(truth), shingles(prediction)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    exact = _TOKEN.findall(truth) == _TOKEN.findall(prediction)
    if total == 0:
        return PageScore(1.0, 1.0, exact)
    tp_, fp_, fn_ = tp / total, fp / total, fn / total
    precision = None if tp_ + fp_ == 0 else (1.0 if fp_ == 0 else tp_ / (tp_ + fp_))
    recall = None if tp_ + fn_ == 0 else (1.0 if fn_ == 0 else tp_ / (tp_ + fn_))
    return PageScore(precision, recall, exact)


_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    """Whitespace folded and soft hyphens (U+00AD, invisible) dropped: the annotators copied
    them from the page, and a reader that removes them shows the same text."""
    return _SPACE.sub(" ", text.replace("\xad", "")).strip()


def score_passages(expected: dict, prediction: str) -> PageScore:
    """Hand-picked passages instead of a whole text: each "with" passage found is a true
    positive, each "without" passage found a false positive (no passage found: precision
    unknown, as score_page leaves it when nothing is predicted)."""
    found = _norm(prediction)
    tp = sum(_norm(w) in found for w in expected["with"])
    fp = sum(_norm(w) in found for w in expected["without"])
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / len(expected["with"]) if expected["with"] else None
    return PageScore(precision, recall, tp == len(expected["with"]) and fp == 0)


def score(expected: dict, prediction: str) -> PageScore:
    if "articleBody" in expected:
        return score_page(expected["articleBody"], prediction)
    return score_passages(expected, prediction)


# --- titles and bylines --------------------------------------------------------------------

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\xa0": " "})
# What sites put between a title and their name: 'Title | Site', 'Site - Title', 'Title ：Site',
# and in CJK titles a bare hyphen ('标题-新华网').
_SITE_SEPARATOR = re.compile(
    r"\s+[|\-\u2013\u2014\u00b7:\u00bb/]+\s+|\s*[|\uff1a\uff5c]\s*"
    r"|(?<=[\u3000-\u9fff\uff00-\uffef])[-_](?=[\u3000-\u9fff\uff00-\uffef])"
)


def _fold(text: str) -> str:
    return " ".join(text.translate(_QUOTES).casefold().split())


def _squash(text: str) -> str:
    """Spacing differs around CJK punctuation ('成否 （写真' / '成否（写真'): compare without it."""
    return "".join(text.split())


def _title_forms(title: str) -> set[str]:
    """The title with and without each leading or trailing part a site separator marks off."""
    folded = _fold(title)
    forms = {folded}
    for separator in _SITE_SEPARATOR.finditer(folded):
        forms.add(folded[: separator.start()].strip())
        forms.add(folded[separator.end() :].strip())
    return {f for f in forms if f}


def title_right(expected: str | list[str], found: str | None) -> bool:
    """Right with or without the site name: either title is a form of the other (of one of
    the expected titles, when the page states several)."""
    if not found:
        return False
    if isinstance(expected, list):
        return any(title_right(one, found) for one in expected)
    expected_forms = {_squash(f) for f in _title_forms(expected)}
    found_forms = {_squash(f) for f in _title_forms(found)}
    return _squash(_fold(found)) in expected_forms or _squash(_fold(expected)) in found_forms


_BYLINE_GLUE = re.compile(r"\b(?:and|by|und|et|y|e)\b|[^\w]+")


def byline_right(expected: list[str], found: str | None) -> bool:
    """Every expected author named in the byline, and at most one word more (an affiliation,
    'Ann Lee, CNN'), not a biography; no byline when the page names nobody."""
    if not expected:
        return not found
    folded = _fold(found or "")
    if not all(_fold(name) in folded for name in expected):
        return False
    for name in sorted(expected, key=len, reverse=True):
        folded = folded.replace(_fold(name), " ")
    return len(_BYLINE_GLUE.sub(" ", folded).split()) <= 1


# --- decoding (the pipeline's decoder when there is one) ------------------------------------


def decode(data: bytes) -> str:
    try:
        from reader.extract.decoding import decode as decode_bytes
    except ImportError:
        return _simple_decode(data)
    return decode_bytes(data, None, html=True)


def _simple_decode(data: bytes) -> str:
    boms = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
    for bom, encoding in boms:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace")
    match = _META_CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii", "replace").lower() if match else None
    if declared in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        declared = "windows-1252"
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(declared or "windows-1252", "replace")
    except LookupError:
        return data.decode("windows-1252", "replace")


# --- extractors ----------------------------------------------------------------------------


@dataclass
class Result:
    body: str
    title: str | None = None
    byline: str | None = None
    published: str | None = None


def run_newsreader(html: str, url: str) -> Result:
    try:
        article = clean_html(html, source="bench", url=url)
    except NotAnArticleError:
        return Result("")
    body = "\n\n".join(
        article.block_text(b) for b in article.blocks if b.kind not in ("title", "caption")
    )
    return Result(body, article.title, article.byline, article.published)


def run_readability(html: str, url: str) -> Result:
    try:
        summary = Document(html).summary(html_partial=True)
    except Exception:  # the baseline's failures count as empty output
        return Result("")
    tree = lxml.html.fragment_fromstring(summary, create_parent="div")
    return Result("\n\n".join(text for _, text in iter_blocks(tree)))


def readability_metadata(html: str, result: Result) -> None:
    """short_title() and author() re-parse the page each, so they are kept out of the timing."""
    document = Document(html)
    try:
        result.title = document.short_title() or None
        author = document.author()
    except Exception:
        return
    result.byline = None if author == "[no-author]" else author


def trafilatura_metadata(html: str, url: str, result: Result) -> None:
    """Title and author for the title/byline figures, kept out of the timing like readability's."""
    import trafilatura

    meta = trafilatura.extract_metadata(html, default_url=url)
    if meta is not None:
        result.title, result.byline = meta.title, meta.author


def run_trafilatura(html: str, url: str) -> Result:
    import trafilatura

    text = trafilatura.extract(html, url=url, fast=True) or ""
    return Result(text)


def run_trafilatura_meta(html: str, url: str) -> Result:
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url, fast=True, with_metadata=True)
    if document is None:
        return Result("")
    return Result(document.text or "", document.title, document.author, document.date)


EXTRACTORS: dict[str, Callable[[str, str], Result]] = {
    "newsreader": run_newsreader,
    "readability-lxml (summary → blocks)": run_readability,
    "trafilatura (fast=True)": run_trafilatura,
}


# --- the run -------------------------------------------------------------------------------


@dataclass
class Tally:
    scores: dict[str, PageScore] = field(default_factory=dict)
    millis: dict[str, float] = field(default_factory=dict)
    results: dict[str, Result] = field(default_factory=dict)


def summarize(tally: Tally, hashes: list[str]) -> dict[str, float]:
    scores = [tally.scores[h] for h in hashes]
    precisions = [s.precision for s in scores if s.precision is not None]
    recalls = [s.recall for s in scores if s.recall is not None]
    p = statistics.fmean(precisions) if precisions else 0.0
    r = statistics.fmean(recalls) if recalls else 0.0
    times = sorted(tally.millis[h] for h in hashes)
    return {
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "precision": p,
        "recall": r,
        "accuracy": sum(s.exact for s in scores) / len(scores),
        "under_0.8": sum(s.f1 < 0.8 for s in scores),
        "median_ms": statistics.median(times),
        "p95_ms": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))],
    }


def _reserved(data: Path) -> set[str]:
    """Pages kept for independent scoring: nobody reads them, so no list names them."""
    path = data / "RESERVED.txt"
    if not path.exists():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--worst", type=int, default=0, help="list the N worst tuning pages")
    parser.add_argument("--only", choices=["newsreader"], help="run newsreader alone")
    parser.add_argument(
        "--losses",
        action="store_true",
        help="list the tuning-half pages where newsreader scores below readability-lxml",
    )
    parser.add_argument(
        "--shrunk",
        action="store_true",
        help="list the tuning-half pages where newsreader keeps under 0.7 of the prose words"
        " (links aside) of readability-lxml's own pick",
    )
    parser.add_argument("--meta", action="store_true", help="also time trafilatura metadata")
    parser.add_argument(
        "--wall",
        action="store_true",
        help="time with the wall clock instead of this process's CPU time (the default, which"
        " other jobs on a shared machine do not inflate)",
    )
    args = parser.parse_args(argv)

    truth_file = require(args.data / "ground-truth.json", "the benchmark's ground truth")
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    if args.data == DEFAULT_DATA and TITLES_181.exists():  # the benchmark gives no titles
        for key, titles in json.loads(TITLES_181.read_text(encoding="utf-8")).items():
            truth[key]["title"] = titles
        for key, authors in json.loads(BYLINES_181.read_text(encoding="utf-8")).items():
            truth[key]["authors"] = authors
    hashes = sorted(truth)
    pages = {
        h: decode(gzip.decompress((args.data / "html" / f"{h}.html.gz").read_bytes()))
        for h in hashes
    }
    extractors = dict(EXTRACTORS)
    if args.only:
        extractors = {"newsreader": run_newsreader}
    if args.meta:
        extractors["trafilatura (metadata)"] = run_trafilatura_meta
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("trafilatura not installed (pip install .[bench]); skipping it", file=sys.stderr)
        extractors = {k: v for k, v in extractors.items() if "trafilatura" not in k}

    clock = time.perf_counter if args.wall else time.process_time
    tallies = {name: Tally() for name in extractors}
    for extract in extractors.values():
        extract(pages[hashes[0]], truth[hashes[0]]["url"])  # warm imports and caches
    # Interleave extractors page by page so machine load affects them alike.
    for h in hashes:
        for name, extract in extractors.items():
            start = clock()
            result = extract(pages[h], truth[h]["url"])
            tallies[name].millis[h] = (clock() - start) * 1000
            if extract is run_readability:
                readability_metadata(pages[h], result)
            elif extract is run_trafilatura:
                trafilatura_metadata(pages[h], truth[h]["url"], result)
            tallies[name].results[h] = result
            tallies[name].scores[h] = score(truth[h], result.body)

    tune = [h for h in hashes if int(h[0], 16) % 2 == 0]
    held = [h for h in hashes if int(h[0], 16) % 2 == 1]
    print(f"times: {'wall clock' if args.wall else 'CPU time of this process'}")
    print(
        f"{len(hashes)} pages; tuning half {len(tune)} (even first hex digit), held-out {len(held)}"
    )
    header = (
        f"| {'extractor':38} | {'pages':8} | F1    | prec. | recall | acc.  | <0.8 |"
        f" median ms | p95 ms |"
    )
    print(header)
    print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
    for name, tally in tallies.items():
        for label, subset in (("all", hashes), ("tuning", tune), ("held-out", held)):
            s = summarize(tally, subset)
            print(
                f"| {name:38} | {label:8} | {s['f1']:.3f} | {s['precision']:.3f} |"
                f" {s['recall']:.3f}  | {s['accuracy']:.3f} | {s['under_0.8']:4d} |"
                f" {s['median_ms']:9.1f} | {s['p95_ms']:6.1f} |"
            )
    print()
    print("metadata found (of all pages): title / byline / published")
    for name, tally in tallies.items():
        results = tally.results.values()
        if not any(r.title or r.byline or r.published for r in results):
            continue
        title = sum(bool(r.title) for r in results)
        byline = sum(bool(r.byline) for r in results)
        date = sum(bool(r.published) for r in results)
        print(f"  {name:38} {title:4d} / {byline:4d} / {date:4d}")
    _print_title_byline(tallies, truth, {"all": hashes, "tuning": tune, "held-out": held})
    if args.worst:
        tally = tallies["newsreader"]
        reserved = _reserved(args.data)
        print()
        print(
            f"worst {args.worst} tuning pages for newsreader (F1, precision, recall, hash,"
            f" url); held-out pages and the {len(reserved)} pages of RESERVED.txt are scored"
            " above but never listed, so that nobody tunes on them by accident"
        )
        listable = [h for h in hashes if h not in reserved and h in tune]
        ranked = sorted(listable, key=lambda h: tally.scores[h].f1)[: args.worst]
        for h in ranked:
            s = tally.scores[h]
            print(
                f"  {s.f1:.3f} {s.precision or 0:.3f} {s.recall or 0:.3f} {h[:12]}"
                f" {truth[h]['url'][:80]}"
            )
    if args.losses and not args.only:
        _print_losses(tallies, truth, tune, _reserved(args.data))
    if args.shrunk:
        _print_shrunk(pages, truth, tune, _reserved(args.data))
    return 0


# A page "shrank" when newsreader keeps under this share of readability's prose words.
SHRUNK_SHARE = 0.7
SHRUNK_MIN_WORDS = 50


def prose_words_newsreader(html: str, url: str) -> int:
    """Words of newsreader's scored body (no title, no captions) outside its links."""
    try:
        article = clean_html(html, source="bench", url=url)
    except NotAnArticleError:
        return 0
    scored = [b for b in article.blocks if b.kind not in ("title", "caption")]
    words = sum(len(_TOKEN.findall(article.block_text(b))) for b in scored)
    for link in article.links:
        if any(b.start <= link.start < b.end for b in scored):
            words -= len(_TOKEN.findall(article.text[link.start : link.end]))
    return words


def prose_words_readability(html: str) -> int:
    """Words of readability-lxml's pick outside its links."""
    try:
        summary = Document(html).summary(html_partial=True)
    except Exception:
        return 0
    tree = lxml.html.fragment_fromstring(summary, create_parent="div")
    links = sum(len(_TOKEN.findall(a.text_content() or "")) for a in tree.iter("a"))
    return len(_TOKEN.findall(tree.text_content() or "")) - links


def _print_shrunk(
    pages: dict[str, str], truth: dict[str, dict], tune: list[str], reserved: set[str]
) -> None:
    """Tuning-half pages where newsreader keeps clearly less prose than readability's pick:
    the pages where one of our rules may have deleted article text (held-out never listed)."""
    rows = []
    for h in tune:
        if h in reserved:
            continue
        theirs = prose_words_readability(pages[h])
        if theirs < SHRUNK_MIN_WORDS:
            continue
        ours = prose_words_newsreader(pages[h], truth[h]["url"])
        if ours < SHRUNK_SHARE * theirs:
            rows.append((ours / theirs, ours, theirs, h))
    print()
    print(
        f"tuning pages where newsreader keeps < {SHRUNK_SHARE} of readability's prose words"
        f" ({len(rows)}): ours, theirs, hash, url"
    )
    for _, ours, theirs, h in sorted(rows):
        print(f"  {ours:6d} {theirs:6d} {h[:12]} {truth[h]['url'][:90]}")


def _print_losses(
    tallies: dict[str, Tally], truth: dict[str, dict], tune: list[str], reserved: set[str]
) -> None:
    """Tuning-half pages where readability-lxml beats newsreader, worst first (the held-out
    half is never listed: rules come from the tuning half only)."""
    ours, theirs = tallies["newsreader"], tallies["readability-lxml (summary → blocks)"]
    lost = [h for h in tune if h not in reserved and ours.scores[h].f1 < theirs.scores[h].f1]
    lost.sort(key=lambda h: ours.scores[h].f1 - theirs.scores[h].f1)
    print()
    print(f"tuning pages where newsreader < readability ({len(lost)}): ours, theirs, hash, url")
    for h in lost:
        print(
            f"  {ours.scores[h].f1:.3f} {theirs.scores[h].f1:.3f} {h[:12]} {truth[h]['url'][:90]}"
        )


def _print_title_byline(
    tallies: dict[str, Tally], truth: dict[str, dict], halves: dict[str, list[str]]
) -> None:
    """Share of pages with the expected title / byline, where the set gives them."""
    titled = {h for h in truth if truth[h].get("title")}
    bylined = {h for h in truth if truth[h].get("authors") is not None}
    if not titled and not bylined:
        return
    print()
    print(
        f"titles right (with or without the site name; {len(titled)} pages give one) /"
        f" bylines right ({len(bylined)} pages give the authors)"
    )
    for name, tally in tallies.items():
        cells = []
        for label, subset in halves.items():
            t = [
                title_right(truth[h]["title"], tally.results[h].title)
                for h in subset
                if h in titled
            ]
            b = [
                byline_right(truth[h]["authors"], tally.results[h].byline)
                for h in subset
                if h in bylined
            ]
            cells.append(f"{label} {sum(t)}/{len(t)} / {sum(b)}/{len(b)}")
        print(f"  {name:38} " + "; ".join(cells))


if __name__ == "__main__":
    raise SystemExit(main())
