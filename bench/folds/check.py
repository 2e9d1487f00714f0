"""Check the hand-annotated folds: every gold file well-formed and anchored in its text.

Usage: python bench/folds/check.py [--gaps] [--only ID-PREFIX]

Errors (exit 1):
  - a gold file without its text, a text without its gold, an id not in MANIFEST.tsv or in
    the wrong fold, a page listed in RESERVED.txt, a page already in devset/heldout/heldout2,
    an outlet in two folds;
  - a malformed gold file (keys, types, number kinds, "id" not the file name);
  - a quote, person or number whose text does not occur verbatim in the article, or numbers
    that cannot be found in text order (each number is looked for after the previous one,
    at a token boundary).
With --gaps it also prints, per article, what the gold does NOT cover, as a checklist for
the second pass (not as a suggestion: scare quotes, titles and numbers inside names are
meant to stay out): digit runs outside every gold number, and quotation-mark spans outside
every gold quote. Nothing here runs the analysis engine.
The docstring examples (locate_numbers) run first as a self-check;
`python -m doctest bench/folds/check.py` runs them alone.
"""

from __future__ import annotations

import argparse
import csv
import doctest
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent
sys.path.insert(0, str(BENCH.parent))

from bench.shared_data import SHARED, require  # noqa: E402

FOLDS = ("train", "dev", "test")
KINDS = {
    "count",
    "percent",
    "money",
    "measure",
    "date",
    "year",
    "time",
    "ordinal",
    "score",
    "other",
}
RESERVED = SHARED / "bench" / "article-extraction" / "RESERVED.txt"
OLD_SETS = ("devset", "heldout", "heldout2")
MANIFEST_COLS = ["id", "fold", "outlet", "source", "licence", "pass"]
PASSES = {"first", "second", "independent"}  # independent: second pass by a different annotator

QUOTE_SPANS = re.compile(r"“([^”\n]*)”|\"([^\"\n]*)\"|«([^»\n]*)»|‘([^’\n]*)’(?!\w)")
DIGITS = re.compile(r"\d+")


def read_manifest() -> dict[str, dict[str, str]]:
    path = HERE / "MANIFEST.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    ids = [r["id"] for r in rows]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        # A merge that kept both sides of a changed row: the dict below would hide one.
        raise SystemExit(f"MANIFEST.tsv lists {len(twice)} id(s) twice, e.g. {twice[0]}")
    return {r["id"]: r for r in rows}


def is_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    # A number span must not start or end inside a longer word or number, nor inside a
    # hyphenated name ("COVID-19", "2019-nCoV"): gold spans take a glued unit whole.
    before2 = text[start - 2] if start > 1 else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    name_before = before == "-" and (before2.isdigit() or before2.isupper())
    if name_before or (after == "-" and after2.isalnum()):
        return False  # but "mid-1950s" keeps its number: a lower-case prefix is no name
    return not (before.isalnum() and text[start].isalnum()) and not (
        after.isalnum() and text[end - 1].isalnum()
    )


def gold_spans(text: str, numbers: list[dict]) -> list[tuple[int, int] | None]:
    """Where each gold number stands, looked for at a token boundary from the END of the
    previous match (gold numbers are distinct occurrences: a later "2017" must not anchor
    inside an earlier "May 2017"); None where it cannot be found.

    >>> gold_spans("In May 2017 and again in 2017.", [{"text": "May 2017"}, {"text": "2017"}])
    [(3, 11), (25, 29)]
    >>> gold_spans("Score 4.5, then 5.", [{"text": "4.5"}, {"text": "5"}])
    [(6, 9), (16, 17)]
    """
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for n in numbers:
        t = n["text"]
        pos = cursor
        found = None
        while (i := text.find(t, pos)) >= 0:
            if is_boundary(text, i, i + len(t)):
                found = (i, i + len(t))
                break
            pos = i + 1
        spans.append(found)
        if found:
            cursor = found[1]  # spans do not overlap
    return spans


def locate_numbers(text: str, numbers: list[dict]) -> tuple[list[tuple[int, int]], list[str]]:
    """Find each gold number after the previous one; return spans and the ones not found."""
    spans = gold_spans(text, numbers)
    found = [s for s in spans if s is not None]
    return found, [n["text"] for n, s in zip(numbers, spans, strict=True) if s is None]


def check_gold(aid: str, text: str, gold: dict, gaps: bool) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    notes: list[str] = []
    for key, typ in (("id", str), ("quotes", list), ("people", list), ("numbers", list)):
        if not isinstance(gold.get(key), typ):
            errors.append(f"missing or wrong type: {key}")
    if errors:
        return errors, notes
    if gold["id"] != aid:
        errors.append(f"id {gold['id']!r} is not the file name {aid!r}")
    extra = set(gold) - {"id", "quotes", "people", "numbers", "notes"}
    if extra:
        errors.append(f"unknown keys {sorted(extra)}")
    pos = 0
    for q in gold["quotes"]:
        if not isinstance(q, dict) or not isinstance(q.get("text"), str) or "speaker" not in q:
            errors.append(f"malformed quote {q!r}")
            continue
        if set(q) - {"text", "speaker", "speaker_alt"}:
            errors.append(f"unknown quote keys {q!r}")
        sp = q["speaker"]
        if sp is not None and not isinstance(sp, str):
            errors.append(f"speaker must be a string or null: {q!r}")
        alt = q.get("speaker_alt", [])
        if not isinstance(alt, list) or not all(isinstance(a, str) or a is None for a in alt):
            errors.append(f"speaker_alt must be a list: {q!r}")
        if q["text"] not in text:
            errors.append(f"quote not in text: {q['text'][:60]!r}")
            continue
        i = text.find(q["text"], pos)
        if i < 0:
            notes.append(f"quote out of text order: {q['text'][:50]!r}")
        else:
            pos = i + 1
        for who in [sp, *alt]:
            if isinstance(who, str) and who not in text:
                notes.append(f"speaker not spelt in text: {who!r}")
    names = []
    for p in gold["people"]:
        name = p.get("name") if isinstance(p, dict) else p
        if not isinstance(name, str):
            errors.append(f"malformed person {p!r}")
            continue
        names.append(name)
        if name not in text:
            errors.append(f"person not in text: {name!r}")
    if len(names) != len(set(names)):
        errors.append("a person is listed twice")
    for n in gold["numbers"]:
        if not isinstance(n, dict) or not isinstance(n.get("text"), str):
            errors.append(f"malformed number {n!r}")
        elif n.get("kind") not in KINDS:
            errors.append(f"bad kind {n!r}")
    if errors:
        return errors, notes
    spans, missing = locate_numbers(text, gold["numbers"])
    for t in missing:
        errors.append(f"number not found in text order: {t!r}")
    if gaps:
        covered = [False] * len(text)
        for a, b in spans:
            for k in range(a, b):
                covered[k] = True
        for m in DIGITS.finditer(text):
            if not any(covered[m.start() : m.end()]):
                ctx = text[max(0, m.start() - 25) : m.end() + 25].replace("\n", " ")
                notes.append(f"gap number {m.group()!r}: …{ctx}…")
        golds = {q["text"] for q in gold["quotes"]}
        for m in QUOTE_SPANS.finditer(text):
            inner = next(g for g in m.groups() if g is not None)
            if inner not in golds and not any(inner in g or g in inner for g in golds if g):
                notes.append(f"gap quote {inner[:70]!r}")
    return errors, notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gaps", action="store_true", help="list uncovered numbers and quotes")
    ap.add_argument("--only", default="", help="check only ids starting with this")
    args = ap.parse_args(argv)
    # Self-check first: the examples in the docstrings (locate_numbers) must hold.
    if doctest.testmod(sys.modules[__name__]).failed:
        print("check.py's own self-check failed (see above)")
        return 1
    manifest = read_manifest()
    reserved = {
        line.strip().removesuffix(".html.gz")
        for line in require(RESERVED, "the list of reserved pages").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    old = {p.stem for s in OLD_SETS for p in (BENCH / s / "gold").glob("*.json")}
    bad = 0
    outlets: dict[str, set[str]] = {}
    counts = {f: [0, 0, 0, 0] for f in FOLDS}
    for aid, row in manifest.items():
        if set(row) != set(MANIFEST_COLS) or row["fold"] not in FOLDS or row["pass"] not in PASSES:
            print(f"MANIFEST row malformed: {row}")
            bad += 1
        outlets.setdefault(row["outlet"], set()).add(row["fold"])
        if aid in reserved:
            print(f"{aid}: listed in RESERVED.txt, must not be annotated")
            bad += 1
        if aid in old:
            print(f"{aid}: already in devset/heldout/heldout2")
            bad += 1
    for outlet, folds in sorted(outlets.items()):
        if len(folds) > 1:
            print(f"outlet {outlet} is in several folds: {sorted(folds)}")
            bad += 1
    for fold in FOLDS:
        gdir, tdir = HERE / fold / "gold", HERE / fold / "texts"
        ids = {p.stem for p in gdir.glob("*.json")} | {p.stem for p in tdir.glob("*.txt")}
        for aid in sorted(ids):
            if not aid.startswith(args.only):
                continue
            gp, tp = gdir / f"{aid}.json", tdir / f"{aid}.txt"
            problems: list[str] = []
            notes: list[str] = []
            if aid not in manifest:
                problems.append("not in MANIFEST.tsv")
            elif manifest[aid]["fold"] != fold:
                problems.append(f"MANIFEST says fold {manifest[aid]['fold']}")
            if not gp.exists() or not tp.exists():
                problems.append("gold or text missing")
            else:
                try:
                    gold = json.loads(gp.read_text("utf-8"))
                except json.JSONDecodeError as exc:
                    problems.append(f"invalid JSON: {exc}")
                else:
                    errs, notes = check_gold(aid, tp.read_text("utf-8"), gold, args.gaps)
                    problems += errs
                    c = counts[fold]
                    c[0] += 1
                    c[1] += len(gold.get("quotes", []))
                    c[2] += len(gold.get("people", []))
                    c[3] += len(gold.get("numbers", []))
            if problems or notes:
                print(f"{fold}/{aid}")
                for p in problems:
                    print(f"  ERROR {p}")
                for n in notes:
                    print(f"  note  {n}")
            bad += len(problems)
    for fold in FOLDS:
        a, q, p, n = counts[fold]
        print(f"{fold:<6} {a:>4} articles {q:>5} quotes {p:>5} people {n:>5} numbers")
    print(f"{len(outlets)} outlets; {bad} error(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
