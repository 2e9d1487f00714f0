"""Score reader.analysis.analyze against the hand-annotated sets, and diff its output.

Usage:
  python bench/score_analysis.py [--set SET] [--verbose] [--only ID]
  python bench/score_analysis.py --save-baseline FILE     # record today's output
  python bench/score_analysis.py --diff FILE              # what a change adds, drops, alters
  python bench/score_analysis.py --set SET --speaker-errors  # wrong speakers by kind, counts

Sets: `train`, `dev`, `test` are the folds in bench/folds/ (split by outlet; the test fold is
scored, never read while writing or fitting rules); `folds` is train + dev; `devset` and
`heldout` are the 27 articles the round-1..3 rules were written on (`all` is both); `unseen`
is bench/heldout2.

For every text in <set>/texts/ that has <set>/gold/<id>.json, runs analyze() and prints
precision, recall and F1 per category, per article and micro-averaged:
  quotes     quote text (multiset match)
  q+speaker  found quotes whose speaker equals gold's ("speaker right on X of found quotes")
  people     canonical names (set)
  numbers    text + kind (multiset, order-aware); numbers-text: text only

The diff corpus is the texts of the train and dev folds and the old tuning sets, plus a few
hundred unannotated articles: ../shared/corpus/articles.jsonl and the `articleBody` of the
non-reserved article-extraction pages. Texts of the test fold and of bench/heldout2 are
left out, so the diff never shows them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.analysis import analyze  # noqa: E402
from reader.analysis import lexicon as lx  # noqa: E402
from reader.analysis.evidence.speaker import STEP_FAMILY  # noqa: E402
from reader.analysis.model import Analysis  # noqa: E402
from reader.analysis.segment import Layout, build_layout  # noqa: E402

FOLDS = ROOT / "bench" / "folds"
SETS: dict[str, list[Path]] = {
    "devset": [ROOT / "bench" / "devset"],
    "heldout": [ROOT / "bench" / "heldout"],
    "all": [ROOT / "bench" / "devset", ROOT / "bench" / "heldout"],
    "unseen": [ROOT / "bench" / "heldout2"],
    "train": [FOLDS / "train"],
    "dev": [FOLDS / "dev"],
    "test": [FOLDS / "test"],
    "folds": [FOLDS / "train", FOLDS / "dev"],
}
# Never shown by --diff: scored only.
SCORED_ONLY = [FOLDS / "test", ROOT / "bench" / "heldout2"]
SHARED = ROOT.parent.parent / "shared"
if not SHARED.is_dir():  # a worktree under /work/wt/NAME, or a checkout beside shared/
    SHARED = ROOT.parent / "shared"
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


def speaker_right(got: str | None, gold_quote: dict) -> bool:
    """The found speaker is the gold speaker or one of its `speaker_alt`."""
    return got in [gold_quote["speaker"], *gold_quote.get("speaker_alt", [])]


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
        g = gold["quotes"][gi]
        if speaker_right(result.quotes[fi].speaker, g):
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

    # An optional person ({"name": ..., "optional": true}) is neither missed nor false.
    optional = {p["name"] for p in gold["people"] if isinstance(p, dict) and p.get("optional")}
    fp_ = Counter(p.name for p in result.people if p.name not in optional)
    gp = Counter(p if isinstance(p, str) else p["name"] for p in gold["people"])
    gp = Counter({n: c for n, c in gp.items() if n not in optional})
    tp = sum((fp_ & gp).values())
    counts["people"] = (tp, sum(fp_.values()) - tp, sum(gp.values()) - tp)
    misses["people"] = [("FP", n) for n in sorted((fp_ - gp).elements())] + [
        ("FN", n) for n in sorted((gp - fp_).elements())
    ]

    # An optional number is neither missed nor false (dropped from both sides by its text).
    opt_numbers = Counter(n["text"] for n in gold["numbers"] if n.get("optional"))
    fn_ = []
    for n in result.numbers:
        if opt_numbers[n.text] > 0:
            opt_numbers[n.text] -= 1
        else:
            fn_.append((n.text, n.kind))
    gn = [(n["text"], n["kind"]) for n in gold["numbers"] if not n.get("optional")]
    pairs, ufn, ugn = _match_sequences(fn_, gn)
    counts["numbers"] = (len(pairs), len(ufn), len(ugn))
    misses["numbers"] = [("FP", fn_[i]) for i in ufn] + [("FN", gn[i]) for i in ugn]
    pairs_t, uft, ugt = _match_sequences([t for t, _ in fn_], [t for t, _ in gn])
    counts["numbers-text"] = (len(pairs_t), len(uft), len(ugt))
    misses["numbers-text"] = []
    return counts, misses


def gold_pairs(name: str) -> list[tuple[str, Path, Path]]:
    """(id, text path, gold path) of every annotated text of the set `name`."""
    out = []
    for d in SETS[name]:
        for gold_path in sorted((d / "gold").glob("*.json")):
            text_path = d / "texts" / f"{gold_path.stem}.txt"
            if text_path.exists():
                out.append((gold_path.stem, text_path, gold_path))
    return out


def score_set(name: str, only: str = "", verbose: bool = False, quiet: bool = True) -> dict:
    """Micro-averaged figures of set `name`: {category: (P, R, F1)}, plus `speaker` (share of
    found quotes whose speaker is right) and `articles` (how many were scored)."""
    totals = {c: [0, 0, 0] for c in CATS}
    header = f"{'article':<14}" + "".join(f"{c:>14}" for c in CATS)
    if not quiet:
        print(header + "   (F1)")
    n = 0
    for aid, text_path, gold_path in gold_pairs(name):
        if not aid.startswith(only):
            continue
        n += 1
        gold = json.loads(gold_path.read_text("utf-8"))
        counts, misses = score_one(text_path.read_text("utf-8"), gold)
        row = f"{aid[:12]:<14}"
        for c in CATS:
            tp, fp, fn = counts[c]
            for k, v in enumerate((tp, fp, fn)):
                totals[c][k] += v
            row += f"{_prf(tp, fp, fn)[2]:>14.3f}"
        if not quiet and name not in ("test", "unseen"):  # scored-only sets: totals only
            print(row)
        if verbose:
            for c in ("quotes", "q+speaker", "people", "numbers"):
                for tag, item in misses[c]:
                    print(f"    {c:<10} {tag} {item}")
    result: dict = {c: _prf(*totals[c]) for c in CATS}
    result["counts"] = {c: tuple(totals[c]) for c in CATS}
    found = totals["quotes"][0]
    result["speaker"] = totals["q+speaker"][0] / found if found else 0.0
    result["articles"] = n
    if not quiet:
        print("-" * len(header))
        print(f"{'TOTAL':<14}" + "".join(f"{result[c][2]:>14.3f}" for c in CATS))
        print()
        for c in CATS:
            p, r, f = result[c]
            tp, fp, fn = totals[c]
            print(f"{c:<13} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (tp {tp}, fp {fp}, fn {fn})")
        right = totals["q+speaker"][0]
        print(f"speaker right on {right} of {found} found quotes ({result['speaker']:.3f})")
        print(f"articles scored: {n}")
    return result


# --- the diff harness -------------------------------------------------------------------

DIFF_UNANNOTATED = 500  # unannotated articles in the diff corpus (corpus first, then pages)


def _scored_only_ids() -> set[str]:
    """Ids of texts that are scored only (test fold, heldout2); read as names, never opened."""
    ids = set()
    for d in SCORED_ONLY:
        for sub in ("texts", "gold"):
            ids.update(p.stem for p in (d / sub).glob("*"))
    manifest = FOLDS / "MANIFEST.tsv"
    if manifest.exists():
        for line in manifest.read_text("utf-8").splitlines():
            cells = line.split("\t")
            if "test" in cells:
                ids.update(c for c in cells if c and c != "test")
    return ids


def diff_corpus(limit: int = DIFF_UNANNOTATED) -> list[tuple[str, str]]:
    """(key, text) of every article the diff looks at (never the scored-only ones)."""
    hidden = _scored_only_ids()
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for name in ("train", "dev", "all"):
        for aid, text_path, _ in gold_pairs(name):
            if aid not in hidden and aid not in seen:
                seen.add(aid)
                out.append((f"{name}/{aid}", text_path.read_text("utf-8")))
    extra: list[tuple[str, str]] = []
    corpus = SHARED / "corpus" / "articles.jsonl"
    if corpus.exists():
        for line in corpus.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            aid = str(rec.get("id", ""))
            if aid and aid not in hidden and aid not in seen and rec.get("text"):
                seen.add(aid)
                extra.append((f"corpus/{aid}", rec["text"]))
    pages = SHARED / "bench" / "article-extraction"
    truth = pages / "ground-truth.json"
    if truth.exists():
        reserved = set((pages / "RESERVED.txt").read_text("utf-8").split())
        for aid, rec in sorted(json.loads(truth.read_text("utf-8")).items()):
            body = rec.get("articleBody") or ""
            if aid in reserved or aid in hidden or aid in seen or not body:
                continue
            seen.add(aid)
            extra.append((f"pages/{aid}", body))
    return out + extra[:limit]


def snapshot(text: str) -> dict:
    """What the diff compares for one article."""
    result = analyze(text)
    return {
        "quotes": [[q.text, q.speaker] for q in result.quotes],
        "people": [p.name for p in result.people],
        "numbers": [[n.text, n.kind] for n in result.numbers],
    }


def save_baseline(path: Path) -> int:
    data = {key: snapshot(text) for key, text in diff_corpus()}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0), "utf-8")
    print(f"baseline of {len(data)} articles written to {path}")
    return 0


def _short(s: str, n: int = 70) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _keyed(pairs: list) -> dict[str, list]:
    out: dict[str, list] = {}
    for key, value in pairs:
        out.setdefault(key, []).append(value)
    return out


def _pair_changes(old: list, new: list, what: str, altered: str) -> list[str]:
    """Items keyed by their text: a changed value is `altered`, extra ones are added/dropped."""
    lines = []
    old_k, new_k = _keyed(old), _keyed(new)
    for t in old_k.keys() | new_k.keys():
        a, b = old_k.get(t, []), new_k.get(t, [])
        lines += [
            f"  {altered:<8} {_short(t)!r}: {va!r} -> {vb!r}"
            for va, vb in zip(a, b, strict=False)
            if va != vb
        ]
        lines += [f"  - {what:<6} {_short(t)!r} ({v!r})" for v in a[len(b) :]]
        lines += [f"  + {what:<6} {_short(t)!r} ({v!r})" for v in b[len(a) :]]
    return lines


def diff_article(old: dict, new: dict) -> list[str]:
    """Lines saying what changed between two snapshots of one article."""
    lines = _pair_changes(old["quotes"], new["quotes"], "quote", "speaker")
    op, np_ = Counter(old["people"]), Counter(new["people"])
    lines += [f"  - person {n!r}" for n in sorted((op - np_).elements())]
    lines += [f"  + person {n!r}" for n in sorted((np_ - op).elements())]
    lines += _pair_changes(old["numbers"], new["numbers"], "number", "kind")
    return sorted(lines)


def run_diff(path: Path) -> int:
    base = json.loads(path.read_text("utf-8"))
    changed = 0
    tally: Counter[str] = Counter()
    for key, text in diff_corpus():
        if key not in base:
            continue
        lines = diff_article(base[key], snapshot(text))
        if lines:
            changed += 1
            print(key)
            print("\n".join(lines))
            for line in lines:
                words = line.split()
                tally[" ".join(words[:2]) if words[0] in "+-" else words[0]] += 1
    print()
    summary = ", ".join(f"{k}: {v}" for k, v in sorted(tally.items())) or "no change"
    print(f"{changed} of {len(base)} articles changed; {summary}")
    return 0


def speaker_error_kind(got: str | None, gold: str | None) -> str:
    """What kind of mistake a wrong speaker is, from the two names alone."""
    if got is None:
        return "nobody, where the gold names someone"
    if gold is None:
        return "someone, where the gold names nobody"
    g, e = set(gold.lower().split()), set(got.lower().split())
    if e < g:
        return "part of the gold's name"
    if g < e:
        return "the gold's name with more words"
    if g & e:
        return "a name sharing a word with the gold's"
    return "another name"


_WORDS = re.compile(r"[A-Za-z]+")
_PRONOUN_CUE = re.compile(r"\b(?:he|she|they|He|She|They)\s+(?:[a-z]+ly\s+|also\s+)?([a-z]+)\b")
_UNNAMED_CUE = re.compile(r"\b(?:the|a|an|one|another)\s+(?:[\w-]+\s+){0,3}?([a-z]+)\s*$")
_CLAUSE_END = re.compile(r"[.!?;:“”\"]")
# The axes along which --speaker-errors describes a quote's situation, in print order.
AXES = (
    "cue",
    "cue's subject",
    "people in paragraph",
    "people in previous paragraph",
    "paragraph",
    "nested",
    "pick is",
    "gold is",
    "decided by",
)


def _cue_words(text: str, lo: int, hi: int) -> list[int]:
    """Offsets of the speech-cue words in text[lo:hi]."""
    return [m.start() for m in _WORDS.finditer(text, lo, hi) if m.group(0) in lx.SPEECH_CUES]


def _people_at(result: Analysis, lo: int, hi: int) -> dict[str, int]:
    """name -> last mention start of each person mentioned in text[lo:hi]."""
    out: dict[str, int] = {}
    for p in result.people:
        for s, _ in p.mentions:
            if lo <= s < hi:
                out[p.name] = max(out.get(p.name, -1), s)
    return out


def _in_paragraph(name: str | None, people: dict[str, int]) -> bool:
    """Is `name` (or its last word, as articles shorten names) among `people`?"""
    if not name:
        return False
    last = name.split()[-1]
    return any(n == name or n.split()[-1] == last for n in people)


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3+"


def quote_situation(
    text: str,
    layout: Layout,
    result: Analysis,
    i: int,
    gold_speaker: str | None,
    gold_previous: str | None,
) -> dict[str, str]:
    """Where quote `i` of `result` stands, along each of AXES: general facts of the text
    around it (no article or quote named), for counting wrong speakers by situation."""
    q = result.quotes[i]
    open_ = max(0, q.start - 1)
    close = min(len(text), q.end + 1)
    plo, phi = layout.paragraphs[layout.paragraph_of(q.start)]
    s_lo = max(plo, layout.sentence_start(open_))
    s_hi = layout.sentence_end(close - 1)
    s_hi = phi if s_hi < 0 or s_hi > phi else s_hi
    stop = _CLAUSE_END.search(text, close, s_hi)
    after_hi = min(stop.start() if stop else s_hi, close + 80)
    # The text of the quote's sentence outside every quote.
    inside = [(x.start - 1, x.end + 1) for x in result.quotes]

    def outside(lo: int, hi: int) -> list[int]:
        return [c for c in _cue_words(text, lo, hi) if not any(a <= c < b for a, b in inside)]

    after = outside(close, after_hi)
    before = outside(s_lo, open_)
    nxt = result.quotes[i + 1] if i + 1 < len(result.quotes) else None
    if after and nxt is not None and nxt.start - 1 < s_hi and nxt.start - 1 - after_hi < 4:
        cue = "inside (the quote goes on after its cue)"
    elif after:
        cue = "after the quote"
    elif before:
        cue = "before the quote"
    elif outside(plo, phi):
        cue = "elsewhere in the paragraph"
    else:
        cue = "none in the paragraph"
    at = after[0] if after else (before[-1] if before else -1)
    subj = "no cue"
    if at >= 0:
        pm = _PRONOUN_CUE.search(text, max(0, at - 12), at + 20)
        near = _people_at(result, max(s_lo, at - 40), min(s_hi, at + 60))
        if pm is not None and pm.start(1) == at:
            subj = "pronoun"
        elif near:
            subj = "a name"
        elif _UNNAMED_CUE.search(text, max(0, at - 40), at) or re.match(
            r"[a-z]+\s+(?:a|an|one|another)\s", text[at : at + 40]
        ):
            subj = "an unnamed noun phrase"
        else:
            subj = "other (org, group, …)"
    para = _people_at(result, plo, phi)
    prev_para = {}
    pi = layout.paragraph_of(q.start)
    if pi > 0:
        prev_para = _people_at(result, *layout.paragraphs[pi - 1])
    # The paragraph without its quotes.
    rest, pos = "", plo
    for a, b in sorted(inside):
        if a >= pos and b <= phi:
            rest, pos = rest + text[pos:a] + " ", b
    rest = (rest + text[pos:phi]).strip(" ,.;:\u00a0")
    if not rest:
        paragraph = "quote-only"
    elif len(rest.split()) <= 6 and (after or before):
        paragraph = "the quote and its short cue clause only"
    elif text[plo:open_].strip() == "":
        paragraph = "opens the paragraph"
    else:
        paragraph = "inside the paragraph"
    nested = "yes" if any(ch in q.text for ch in '“”"‘') else "no"
    before_q = _people_at(result, max(0, open_ - 1500), open_)
    nearest = max(before_q, key=before_q.__getitem__) if before_q else None
    prev_got = result.quotes[i - 1].speaker if i > 0 else None

    everyone = {p.name: 0 for p in result.people}

    def relation(name: str | None, prev: str | None) -> str:
        if name is None:
            return "nobody"
        if not _in_paragraph(name, everyone):
            return "not among People (org, group, place or a missed person)"
        if outside(close, after_hi) and _in_paragraph(name, _people_at(result, close, after_hi)):
            return "named in the cue clause after"
        if _in_paragraph(name, _people_at(result, s_lo, open_)):
            return "named before the quote, its sentence"
        if name == prev:
            return "the previous quote's speaker"
        if name == nearest:
            return "the nearest person before"
        if _in_paragraph(name, para):
            return "elsewhere in the paragraph"
        if _in_paragraph(name, prev_para):
            return "in the previous paragraph"
        return "a person further away"

    why = result.why[i] if i < len(result.why) else None
    step = next((e[6:] for e in why.evidence if e.startswith("step: ")), "") if why else ""
    decided = f"cascade ({STEP_FAMILY.get(step, 'none')})"
    if why is not None and why.contributions and "cascade_pick" not in dict(why.contributions):
        decided = f"ranker overruled the cascade ({STEP_FAMILY.get(step, 'none')})"
    return {
        "cue": cue,
        "cue's subject": subj,
        "people in paragraph": _bucket(len(para)),
        "people in previous paragraph": _bucket(len(prev_para)),
        "paragraph": paragraph,
        "nested": nested,
        "pick is": relation(q.speaker, prev_got),
        "gold is": relation(gold_speaker, gold_previous),
        "decided by": decided,
    }


def speaker_errors(
    name: str,
) -> tuple[Counter[str], Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """Wrong speakers of found quotes by kind, counts only: safe to run on a scored-only set,
    since it names no article and no quote. Also (axis, situation) -> wrong speakers and
    (axis, situation) -> all found quotes, for the situations of `quote_situation`."""
    kinds: Counter[str] = Counter()
    wrong: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for _tid, text_path, gold_path in gold_pairs(name):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = text_path.read_text(encoding="utf-8")
        result = analyze(text, explain=True)
        layout = build_layout(text)
        found = [q.text for q in result.quotes]
        pairs, _, _ = _match_sequences(found, [q["text"] for q in gold["quotes"]])
        listed = {p.name for p in result.people}
        for fi, gi in pairs:
            g = gold["quotes"][gi]
            got = result.quotes[fi].speaker
            prev_gold = gold["quotes"][gi - 1]["speaker"] if gi > 0 else None
            situation = quote_situation(text, layout, result, fi, g["speaker"], prev_gold)
            total.update(situation.items())
            if speaker_right(got, g):
                continue
            wrong.update(situation.items())
            kind = speaker_error_kind(got, g["speaker"])
            if kind == "another name":
                kind += (
                    " (the gold's is in People)" if g["speaker"] in listed else " (not in People)"
                )
            kinds[kind] += 1
    return kinds, wrong, total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="print misses per article")
    ap.add_argument("--only", default="", help="score only ids starting with this")
    ap.add_argument("--set", choices=tuple(SETS), default="all", help="annotated set to score")
    ap.add_argument("--save-baseline", metavar="FILE", help="write today's output for --diff")
    ap.add_argument("--diff", metavar="FILE", help="print what changed since the baseline")
    ap.add_argument(
        "--speaker-errors",
        action="store_true",
        help="count the set's wrong speakers by kind (no article or quote named)",
    )
    args = ap.parse_args(argv)
    if args.save_baseline:
        return save_baseline(Path(args.save_baseline))
    if args.diff:
        return run_diff(Path(args.diff))
    if args.speaker_errors:
        kinds, wrong, total = speaker_errors(args.set)
        for kind, count in kinds.most_common():
            print(f"{count:5d}  {kind}")
        print(f"\nwrong of found quotes, by situation ({args.set})")
        for axis in AXES:
            print(axis)
            rows = [(k[1], n) for k, n in total.items() if k[0] == axis]
            for value, n in sorted(rows, key=lambda r: (-wrong[(axis, r[0])], -r[1])):
                print(f"  {wrong[(axis, value)]:4d} / {n:<4d} {value}")
        return 0
    if args.set in ("test", "unseen") and (args.verbose or args.only):
        print(f"the {args.set} set is scored only: no --verbose or --only", file=sys.stderr)
        return 2
    score_set(args.set, args.only, args.verbose, quiet=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
