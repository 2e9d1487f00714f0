"""Score reader.analysis.analyze against the hand-annotated dev set.

Usage: python bench/score_analysis.py [--set devset|heldout|all|unseen] [--verbose] [--only ID]

"all" is the tuning data (devset + heldout, which was folded into tuning after it had been
scored once); "unseen" is bench/heldout2, never used for tuning: the honest estimate.

For every text in bench/<set>/texts/ that has bench/<set>/gold/<id>.json, runs analyze()
and prints precision, recall and F1 per category, per article and micro-averaged:
  quotes     quote text (multiset match)
  q+speaker  found quotes whose speaker equals gold's ("speaker right on X of found quotes")
  people     canonical names (set)
  numbers    text + kind (multiset, order-aware); numbers-text: text only
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.analysis import analyze  # noqa: E402

SETS = {"devset": ROOT / "bench" / "devset", "heldout": ROOT / "bench" / "heldout"}
UNSEEN = ROOT / "bench" / "heldout2"
CATS = ("quotes", "q+speaker", "people", "numbers", "numbers-text")


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _match_sequences(found: list, gold: list) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Order-aware multiset matching: pair equal items greedily in text order (LCS-free:
    each found item takes the earliest unused equal gold item)."""
    used = [False] * len(gold)
    pairs = []
    unmatched_found = []
    index: dict = {}
    for gi, g in enumerate(gold):
        index.setdefault(g, []).append(gi)
    for fi, f in enumerate(found):
        cands = index.get(f, [])
        while cands and used[cands[0]]:
            cands.pop(0)
        if cands:
            gi = cands.pop(0)
            used[gi] = True
            pairs.append((fi, gi))
        else:
            unmatched_found.append(fi)
    unmatched_gold = [gi for gi, u in enumerate(used) if not u]
    return pairs, unmatched_found, unmatched_gold


def score_one(text: str, gold: dict) -> tuple[dict[str, tuple[int, int, int]], dict[str, list]]:
    result = analyze(text)
    counts: dict[str, tuple[int, int, int]] = {}
    misses: dict[str, list] = {}

    fq = [q.text for q in result.quotes]
    gq = [q["text"] for q in gold["quotes"]]
    pairs, ufq, ugq = _match_sequences(fq, gq)
    counts["quotes"] = (len(pairs), len(ufq), len(ugq))
    misses["quotes"] = [("FP", fq[i]) for i in ufq] + [("FN", gq[i]) for i in ugq]
    right = 0
    wrong = []
    for fi, gi in pairs:
        if result.quotes[fi].speaker == gold["quotes"][gi]["speaker"]:
            right += 1
        else:
            wrong.append(
                (
                    "SPK",
                    f"{fq[fi][:50]!r}: got {result.quotes[fi].speaker!r}, "
                    f"gold {gold['quotes'][gi]['speaker']!r}",
                )
            )
    # q+speaker: a found quote counts when its text and speaker both match gold.
    counts["q+speaker"] = (right, len(fq) - right, len(gq) - right)
    misses["q+speaker"] = wrong

    fp_ = Counter(p.name for p in result.people)
    gp = Counter(gold["people"])
    tp = sum((fp_ & gp).values())
    counts["people"] = (tp, sum(fp_.values()) - tp, sum(gp.values()) - tp)
    misses["people"] = [("FP", n) for n in sorted((fp_ - gp).elements())] + [
        ("FN", n) for n in sorted((gp - fp_).elements())
    ]

    fn_ = [(n.text, n.kind) for n in result.numbers]
    gn = [(n["text"], n["kind"]) for n in gold["numbers"]]
    pairs, ufn, ugn = _match_sequences(fn_, gn)
    counts["numbers"] = (len(pairs), len(ufn), len(ugn))
    misses["numbers"] = [("FP", fn_[i]) for i in ufn] + [("FN", gn[i]) for i in ugn]
    pairs_t, uft, ugt = _match_sequences([t for t, _ in fn_], [t for t, _ in gn])
    counts["numbers-text"] = (len(pairs_t), len(uft), len(ugt))
    misses["numbers-text"] = []
    return counts, misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="print misses per article")
    ap.add_argument("--only", default="", help="score only ids starting with this")
    ap.add_argument(
        "--set",
        choices=("devset", "heldout", "all", "unseen"),
        default="all",
        help="which annotated set to score (default: both)",
    )
    args = ap.parse_args(argv)
    totals = {c: [0, 0, 0] for c in CATS}
    found_quotes = 0
    speaker_right = 0
    header = f"{'article':<14}" + "".join(f"{c:>14}" for c in CATS)
    print(header + "   (F1)")
    if args.set == "unseen":
        dirs = [UNSEEN]
    else:
        dirs = list(SETS.values()) if args.set == "all" else [SETS[args.set]]
    gold_paths = [g for d in dirs for g in sorted((d / "gold").glob("*.json"))]
    for gold_path in gold_paths:
        aid = gold_path.stem
        if not aid.startswith(args.only):
            continue
        text_path = gold_path.parent.parent / "texts" / f"{aid}.txt"
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text("utf-8"))
        counts, misses = score_one(text_path.read_text("utf-8"), gold)
        row = f"{aid[:12]:<14}"
        for c in CATS:
            tp, fp, fn = counts[c]
            for k, v in enumerate((tp, fp, fn)):
                totals[c][k] += v
            row += f"{_prf(tp, fp, fn)[2]:>14.3f}"
        qtp = counts["quotes"][0]
        found_quotes += qtp
        speaker_right += counts["q+speaker"][0]
        print(row)
        if args.verbose:
            for c in ("quotes", "q+speaker", "people", "numbers"):
                for tag, item in misses[c]:
                    print(f"    {c:<10} {tag} {item}")
    print("-" * len(header))
    print(f"{'TOTAL':<14}" + "".join(f"{_prf(*totals[c])[2]:>14.3f}" for c in CATS))
    print()
    for c in CATS:
        p, r, f = _prf(*totals[c])
        tp, fp, fn = totals[c]
        print(f"{c:<13} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (tp {tp}, fp {fp}, fn {fn})")
    share = speaker_right / found_quotes if found_quotes else 0.0
    print(f"speaker right on {speaker_right} of {found_quotes} found quotes ({share:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
