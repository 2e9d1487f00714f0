"""One tuning page of a cleaning set, paragraph by paragraph: which paragraphs of the
expected text newsreader misses (and whether readability-lxml keeps them), and which of
newsreader's paragraphs the expected text does not hold. The shapes to write rules for.

    python bench/cleaning_diff.py --data bench/newspaper-set HASH-PREFIX
    python bench/cleaning_diff.py HASH-PREFIX          # the 181 pages

Held-out pages (odd first hex digit) and the pages of RESERVED.txt are refused: rules come
from the tuning half only. A paragraph counts as found when this share of its 4-token
shingles is in the other text (shingles as bench/cleaning.py scores them).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.cleaning import (
    DEFAULT_DATA,
    _reserved,
    decode,
    run_newsreader,
    run_readability,
    score,
    shingles,
)

FOUND_SHARE = 0.5
_PARAGRAPHS = re.compile(r"\n+")


def coverage(paragraph: str, text: str) -> float:
    """The share of the paragraph's shingles that `text` holds."""
    own = shingles(paragraph)
    if not own:
        return 1.0
    return sum((own & shingles(text)).values()) / sum(own.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("prefix", help="the page's hash, or its first characters")
    parser.add_argument("--width", type=int, default=140, help="characters shown a paragraph")
    args = parser.parse_args(argv)
    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    matches = [h for h in truth if h.startswith(args.prefix)]
    if len(matches) != 1:
        parser.error(f"{len(matches)} pages start with {args.prefix!r}")
    page = matches[0]
    if int(page[0], 16) % 2 == 1 or page in _reserved(args.data):
        parser.error("a held-out or reserved page: not to be read")
    expected = truth[page]
    html = decode(gzip.decompress((args.data / "html" / f"{page}.html.gz").read_bytes()))
    ours = run_newsreader(html, expected["url"]).body
    theirs = run_readability(html, expected["url"]).body
    gold = expected.get("articleBody") or "\n".join(expected.get("with", []))
    print(f"{page[:12]} {expected['url']}")
    f1_ours, f1_theirs = score(expected, ours).f1, score(expected, theirs).f1
    print(f"F1 newsreader {f1_ours:.3f}, readability {f1_theirs:.3f}")
    print("missed (readability keeps it: +):")
    for paragraph in _PARAGRAPHS.split(gold):
        if paragraph.strip() and coverage(paragraph, ours) < FOUND_SHARE:
            kept = "+" if coverage(paragraph, theirs) >= FOUND_SHARE else " "
            print(f"  {kept} {paragraph[: args.width]!r}")
    print("kept but not expected (readability keeps it too: +):")
    for paragraph in _PARAGRAPHS.split(ours):
        if paragraph.strip() and coverage(paragraph, gold) < FOUND_SHARE:
            kept = "+" if coverage(paragraph, theirs) >= FOUND_SHARE else " "
            print(f"  {kept} {paragraph[: args.width]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
