"""Dump newsreader's cleaned output for every page of the three cleaning sets, to check that a
speed-up changes nothing.

Usage: python bench/cleaning_dump.py OUT.jsonl [--check BASE.jsonl] [--data DIR ...]

Each page of the 181-page article-extraction set, bench/newspaper-set and bench/trafilatura-set
goes through the loading path of `newsreader analyze --json` (`article_from_bytes`: sniff,
decode, bound, sanitise, clean) with the set's URL, and one JSON line per page is written:
the set, the page's hash and `article_json(article)` (title, byline, authors, date, site,
language, notices, text, blocks, links), or the error a page raises. With `--check`, the
dump is compared with an earlier one and only the NUMBER of pages that differ is printed,
with their set and hash, never their text: held-out pages are compared, not read.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.shared_data import SHARED
from reader.errors import NewsreaderError
from reader.extract import article_from_bytes, article_json

BENCH = Path(__file__).resolve().parent
SETS = (SHARED / "bench" / "article-extraction", BENCH / "newspaper-set", BENCH / "trafilatura-set")


def pages(sets: tuple[Path, ...] = SETS) -> Iterator[tuple[str, str, bytes, str | None]]:
    """(set name, page hash, page bytes, page URL) for every page of `sets`, sorted by hash."""
    for data in sets:
        truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
        for key in sorted(truth):
            raw = gzip.decompress((data / "html" / f"{key}.html.gz").read_bytes())
            yield data.name, key, raw, truth[key].get("url")


def cleaned(raw: bytes, key: str, url: str | None) -> dict:
    try:
        article = article_from_bytes(raw, name=f"{key}.html", url=url)
    except NewsreaderError as error:
        return {"error": f"{type(error).__name__}: {error}"}
    return article_json(article)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--check", type=Path, help="an earlier dump to compare with")
    ap.add_argument("--data", type=Path, action="append", help="sets to dump (default: all three)")
    args = ap.parse_args(argv)
    digest = hashlib.sha256()
    with args.out.open("w", encoding="utf-8") as out:
        for name, key, raw, url in pages(tuple(args.data) if args.data else SETS):
            line = json.dumps({"set": name, "page": key, **cleaned(raw, key, url)}) + "\n"
            digest.update(line.encode("utf-8"))
            out.write(line)
    print(f"{args.out}: sha256 {digest.hexdigest()}")
    if args.check is None:
        return 0
    before = args.check.read_text(encoding="utf-8").splitlines()
    after = args.out.read_text(encoding="utf-8").splitlines()
    differ = [b for b, a in zip(before, after, strict=False) if a != b]
    print(
        f"{len(differ)} of {len(after)} pages differ from {args.check}"
        + ("" if len(before) == len(after) else f" (it has {len(before)} pages)")
    )
    for line in differ[:20]:
        page = json.loads(line)
        print(f"  {page['set']} {page['page'][:16]}")
    return 1 if differ or len(before) != len(after) else 0


if __name__ == "__main__":
    raise SystemExit(main())
