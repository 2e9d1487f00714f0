"""Score reader.analysis.analyze against the hand-annotated sets, and diff its output.

Usage:
  python bench/score_analysis.py [--set SET] [--verbose] [--only ID]
  python bench/score_analysis.py --save-baseline FILE     # record today's output
  python bench/score_analysis.py --diff FILE              # what a change adds, drops, alters
  python bench/score_analysis.py --set SET --speaker-errors  # wrong speakers by kind, counts
  python bench/score_analysis.py --set SET --number-errors   # number kinds and spans, counts
  python bench/score_analysis.py [--set SET] --people-errors  # missed/false people by kind
  python bench/score_analysis.py --quote-errors   # missed/false quotes by shape, all folds
                                                  # (false ones also by the step that kept them)

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
from collections.abc import Callable
from pathlib import Path
from typing import Any, get_args

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.folds.check import gold_spans  # noqa: E402
from reader.analysis import analyze  # noqa: E402
from reader.analysis import lexicon as lx  # noqa: E402
from reader.analysis.entities import EntityFinder  # noqa: E402
from reader.analysis.evidence.speaker import STEP_FAMILY  # noqa: E402
from reader.analysis.model import Analysis, NumberKind  # noqa: E402
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


def match_numbers(
    found: list[tuple[str, str]], gold_numbers: list[dict]
) -> tuple[tuple[int, int, int, list], tuple[int, int, int]]:
    """Score found (text, kind) numbers against gold: ((tp, fp, fn, misses) by text and kind,
    (tp, fp, fn) by text alone). Required gold numbers are matched first; an optional one
    then takes a found number of its text that matched nothing, so it is neither missed nor
    false, and never takes the engine's number away from a required twin ("one" optional
    once, required once, found once: a hit).
    """
    required = [(n["text"], n["kind"]) for n in gold_numbers if not n.get("optional")]
    optional = [n["text"] for n in gold_numbers if n.get("optional")]
    pairs, unmatched, missed = _match_sequences(found, required)
    false = not_optional([found[i] for i in unmatched], optional, lambda f: f[0])
    misses = [("FP", f) for f in false] + [("FN", required[i]) for i in missed]
    by_kind = (len(pairs), len(false), len(missed), misses)
    texts = [t for t, _ in found]
    pairs_t, unmatched_t, missed_t = _match_sequences(texts, [t for t, _ in required])
    false_t = not_optional([texts[i] for i in unmatched_t], optional, lambda t: t)
    by_text = (len(pairs_t), len(false_t), len(missed_t))
    return by_kind, by_text


def not_optional(items: list, optional: list[str], text_of: Callable[[Any], str]) -> list:
    """`items` (found numbers that matched no required gold) less those an optional gold
    number of the same text takes, each optional one taking one: neither false nor missed."""
    spare = Counter(optional)
    left = []
    for item in items:
        if spare[text_of(item)] > 0:
            spare[text_of(item)] -= 1
        else:
            left.append(item)
    return left


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

    found = [(n.text, n.kind) for n in result.numbers]
    (tp, fp, fn, misses["numbers"]), (tp_t, fp_t, fn_t) = match_numbers(found, gold["numbers"])
    counts["numbers"] = (tp, fp, fn)
    counts["numbers-text"] = (tp_t, fp_t, fn_t)
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
    ids: set[str] = set()
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


# --- numbers by kind of error (counts only) -----------------------------------------------

NUMBER_KINDS: tuple[str, ...] = get_args(NumberKind)
_PERCENT_PART = re.compile(r"(?i)%|\bper\s?cent\b|\bpercentage[\s-]points?\b")
_SCALE_PART = re.compile(r"(?i)\b(?:thousand|million|billion|trillion|lakh|crore|bn|mn|m|k)\b")
_CURRENCY_PART = re.compile(
    r"[$€£¥₹]|\b(?:US|USD|EUR|GBP|dollars?|euros?|pounds?|yen|yuan|rupees|cents?|pence)\b"
)
_RANGE_PART = re.compile(r"\d\s?[-–]\s?\d|^\s?[-–]\s?\d|\d\s?[-–]$|\b(?:to|and)\s\d")
_SPELLED = re.compile(
    r"(?i)\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?"
    r"|billions?|dozens?)\b"
)
_STREET_PART = re.compile(
    r"^[ \u00a0]+(?:[A-Z]\w*[ \u00a0]+)*(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard"
    r"|Blvd\.?|Lane|Drive|Way|Place|Court|Highway|Route|block)\b"
)


def number_part_kind(part: str) -> str:
    """What a piece of text by which a found span and the gold's differ is: a percent word, a
    currency, a scale word, a date part, a range's other end, a hyphen-glued unit, a unit."""
    p = part.strip(" \u00a0,")
    words = p.lower().replace("-", " ").split()
    if _PERCENT_PART.search(p):
        return "percent word"
    if _CURRENCY_PART.search(p):
        return "currency"
    if _RANGE_PART.search(part):
        return "range end"
    if any(w.rstrip(".") in lx.MONTHS or w in lx.WEEKDAYS for w in words) or re.search(
        r"\b(?:1[5-9]|20)\d\d\b", p
    ):
        return "date part (month, day, year)"
    if part.startswith("-") and re.search(r"(?i)\bold\b", p):
        return "'-year-old'"
    if _SCALE_PART.search(p):
        return "scale word"
    if part.startswith("-") or part.endswith("-"):
        return "hyphen-glued word"
    if any(w in lx.MEASURE_UNITS or w.rstrip("s") in lx.MEASURE_UNITS for w in words):
        return "unit word"
    if re.fullmatch(r"(?i)(?:and\s)?an?\s(?:half|quarter)|and|of|a", p):
        return "'and a half' / 'of' / 'a'"
    if _SPELLED.search(p) or re.search(r"\d", p):
        return "another number"
    return "other words"


def number_shape(text: str, start: int, end: int) -> str:
    """The shape of a number found alone (missed, or false): spelled, 'one', a digit ordinal,
    next to a capitalised word (a name, title or product), an address, a code, a year..."""
    span = text[start:end]
    before = text[max(0, start - 30) : start]
    after = text[end : end + 30]
    if span.lower() == "one":
        return "'one'"
    if _SPELLED.fullmatch(span.split("-")[0]):
        return "spelled number" + (" with a hyphen word" if "-" in span else "")
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", span):
        return "digit ordinal"
    if re.search(r"\d[-–]\d", span):
        return "range or score (two numbers)"
    if re.search(r"\d-?[A-Za-z]", span):
        return "number with a glued unit or letter"
    if _STREET_PART.match(after):
        return "address (house or road number)"
    if re.search(r"[-/.]$", before) or re.match(r"[-/][\dA-Za-z]", after):
        return "code (joined to other parts by - / .)"
    if re.search(r"No\.?\s?$|#$", before):
        return "rank or label (No. / #)"
    if re.search(r"[A-Z][\w&.]*[ \u00a0]$", before) and not re.search(r"[.!?]\s+\w+\s$", before):
        return "after a capitalised word (name, title, product)"
    if re.match(r"[ \u00a0][A-Z]", after):
        return "before a capitalised word (name, title, product)"
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", span):
        return "four digits 1500-2099"
    if re.search(r"[“\"(]$", before) or re.match(r"[”\")]", after):
        return "inside quotation marks or brackets"
    return "digits, other"


_JOINED_AFTER = re.compile(r"[ \u00a0]*(?:[-–]|to\b|and\b|or\b)")
_PREP_BEFORE = re.compile(
    r"\b(?i:at|over|under|of|to|by|from|than|about|in|aged?|is|was)[ \u00a0]$"
)


def kind_context(text: str, start: int, end: int) -> str:
    """What stands around a number whose kind is wrong: the word after it (a lower-case word,
    a capitalised one, a joining word, punctuation) and whether a preposition or verb is
    right before it."""
    after = text[end : end + 20]
    if _JOINED_AFTER.match(after):
        what = "before to/and/or/dash"
    elif re.match(r"[ \u00a0][a-z]", after):
        what = "before a lower-case word"
    elif re.match(r"[ \u00a0][A-Z]", after):
        what = "before a capitalised word"
    else:
        what = "before punctuation or the end"
    if _PREP_BEFORE.search(text, max(0, start - 8), start):
        what += ", after at/over/of/to/is..."
    elif text[max(0, start - 2) : start].strip() in (",", "("):
        what += ", after a comma or bracket"
    return what


def number_errors_one(text: str, gold: dict) -> tuple[Counter, Counter]:
    """(gold kind -> found kind over the numbers whose text matches the gold's, span errors by
    kind) of one article."""
    kept = analyze(text).numbers
    spans = gold_spans(text, gold["numbers"])
    req = [i for i, n in enumerate(gold["numbers"]) if not n.get("optional")]
    pairs, unmatched, ug = _match_sequences(
        [n.text for n in kept], [gold["numbers"][i]["text"] for i in req]
    )
    # As in match_numbers: required gold numbers are matched first; an optional one then
    # takes a found number of its text that matched nothing (neither false nor missed).
    optional = [n["text"] for n in gold["numbers"] if n.get("optional")]
    uf = not_optional(unmatched, optional, lambda fi: kept[fi].text)
    confusion: Counter = Counter()
    errors: Counter = Counter()
    for fi, gi in pairs:
        g_kind, n = gold["numbers"][req[gi]]["kind"], kept[fi]
        confusion[(g_kind, n.kind)] += 1
        if g_kind != n.kind:
            errors[f"kind: {g_kind} found {n.kind}, {kind_context(text, n.start, n.end)}"] += 1
    golds = {req[gi]: spans[req[gi]] for gi in ug}
    opt_spans = [s for n, s in zip(gold["numbers"], spans, strict=True) if n.get("optional") and s]

    def overlapping(a: int, b: int) -> list[int]:
        return [g for g, s in golds.items() if s and s[0] < b and s[1] > a]

    claimed: Counter = Counter()
    for fi in uf:
        claimed.update(overlapping(kept[fi].start, kept[fi].end))
    for fi in uf:
        n = kept[fi]
        hits = overlapping(n.start, n.end)
        if not hits:
            if any(a < n.end and b > n.start for a, b in opt_spans):
                errors["false: overlaps an optional gold number, other span"] += 1
            else:
                errors[f"false: {number_shape(text, n.start, n.end)} ({n.kind})"] += 1
            continue
        kinds = "+".join(sorted({gold["numbers"][g]["kind"] for g in hits}))
        if len(hits) > 1:
            errors[f"span: one found where gold has {len(hits)} ({kinds})"] += 1
            continue
        g = hits[0]
        a, b = golds[g]  # type: ignore[misc]
        if claimed[g] < 0:
            continue  # a gold split in parts, already counted
        if claimed[g] > 1:
            errors[f"span: gold one number, found split in parts ({kinds})"] += 1
            claimed[g] = -1
            continue
        if n.start <= a and n.end >= b:
            part = text[n.start : a] + text[b : n.end]
            errors[f"span: found longer by {number_part_kind(part)} ({kinds})"] += 1
        elif n.start >= a and n.end <= b:
            part = text[a : n.start] + "|" + text[n.end : b]
            errors[f"span: found shorter by {number_part_kind(part.strip('|'))} ({kinds})"] += 1
        else:
            errors[f"span: crossing the gold's ({kinds})"] += 1
    for g, s in golds.items():
        if claimed[g]:
            continue
        kind = gold["numbers"][g]["kind"]
        if s is None:
            errors[f"missed: not located in the text ({kind})"] += 1
        else:
            errors[f"missed: {number_shape(text, *s)} ({kind})"] += 1
    return confusion, errors


def number_errors(name: str) -> tuple[Counter, Counter]:
    """Number kinds (gold -> found) and span errors by kind over set `name`, counts only: safe
    to run on a scored-only set, since it names no article and quotes no text."""
    confusion: Counter = Counter()
    errors: Counter = Counter()
    for _aid, text_path, gold_path in gold_pairs(name):
        c, e = number_errors_one(
            text_path.read_text("utf-8"), json.loads(gold_path.read_text("utf-8"))
        )
        confusion += c
        errors += e
    return confusion, errors


def print_number_errors(name: str) -> None:
    confusion, errors = number_errors(name)
    kinds = [k for k in NUMBER_KINDS if any(k in pair for pair in confusion)]
    print(f"numbers of {name} whose text matches the gold's: gold kind (rows) -> found kind")
    print(f"{'':>9}" + "".join(f"{k[:7]:>8}" for k in kinds))
    for g in kinds:
        print(f"{g:>9}" + "".join(f"{confusion[(g, f)] or '.':>8}" for f in kinds))
    wrong = sum(v for (g, f), v in confusion.items() if g != f)
    print(f"kind wrong on {wrong} of {sum(confusion.values())}, by what stands around them:")
    kind_lines = {k: v for k, v in errors.items() if k.startswith("kind:")}
    span_lines = {k: v for k, v in errors.items() if k not in kind_lines}
    for lines in (kind_lines, span_lines):
        if lines is span_lines:
            print(f"\nspan errors of {name} ({sum(lines.values())}):")
        for what, count in sorted(
            lines.items(), key=lambda kv: (kv[0].split(":")[0], -kv[1], kv[0])
        ):
            print(f"{count:5d}  {what}")


# --- wrong people by kind (counts only) ---------------------------------------------------

_NAME_PARTICLES = frozenset(
    [
        "al",
        "el",
        "de",
        "del",
        "della",
        "der",
        "den",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "van",
        "von",
        "bin",
        "ibn",
        "bint",
        "abu",
        "le",
        "la",
        "ter",
        "ten",
    ]
)
MISS_KINDS = (
    "never found as a capitalised run",
    "found, typed organisation",
    "found, typed place",
    "found, typed other",
    "found as a lone word, left untyped",
    "found as a person, lost when people were built",
    "merged into another person",
    "listed under a shorter form",
    "listed under a longer form",
    "listed under another form",
)
MISS_SHAPES = (
    "single-word name",
    "particle, hyphen, apostrophe or initials",
    "given name in no list",
)
MISS_CONTEXTS = (
    "named once",
    "named twice or more",
    "a speech verb right after",
    "a title, role or person noun right before",
    "an apposition after (', a …', ', 45,')",
    "listed beside a found person",
    "inside quotation marks",
    "on a title-case heading line",
    "glued by a hyphen ('X-Y', 'post-X')",
    "after of / at / from / by / with / for",
    "opening a sentence",
)
FP_KINDS = (
    "split of one person into two",
    "title or word glued to a name",
    "a shorter or other form of a missed name",
    "a person-named thing (inside a longer name)",
    "organisation",
    "place",
    "product",
    "work title (a common word in it)",
    "fictional character",
    "other (a real-looking name gold leaves out)",
)


def _words_of(name: str) -> list[str]:
    return [w.lower().rstrip(".,").replace("’", "'") for w in name.split()]


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Spans of `name` in `text` as a whole word run; of its last word when it never occurs."""
    for probe in (name, name.split()[-1] if name.split() else name):
        spans = [
            (m.start(), m.end())
            for m in re.finditer(r"(?<!\w)" + re.escape(probe) + r"(?!\w)", text)
        ]
        if spans:
            return spans
    return []


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def people_miss_shapes(name: str, given_names: dict[str, str]) -> list[str]:
    """What is unusual about a missed name's shape (any number of `MISS_SHAPES`)."""
    words = name.split()
    out = []
    if len(words) == 1:
        out.append(MISS_SHAPES[0])
    if any(
        w.lower() in _NAME_PARTICLES or "-" in w or "'" in w or "’" in w or "." in w for w in words
    ):
        out.append(MISS_SHAPES[1])
    if len(words) >= 2 and words[0].lower().rstrip(".") not in given_names and "." not in words[0]:
        out.append(MISS_SHAPES[2])
    return out


_CONTEXT_CUE = re.compile(r"(?:['’]s)?,?[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?([a-z]+)")
_CONTEXT_PREV = re.compile(r"([A-Za-z][\w-]*)\.?[ \u00a0]+$")
_CONTEXT_APPOS = re.compile(r",[ \u00a0]+(?:\d{1,3},|(?:a|an|the|his|her|their)[ \u00a0])")
_CONTEXT_LIST = re.compile(r",[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+")


def people_miss_contexts(
    text: str, name: str, found: list[tuple[str, list[tuple[int, int]]]]
) -> list[str]:
    """Where a missed name stands (any number of `MISS_CONTEXTS`), from its occurrences."""
    spans = _occurrences(text, name)
    out = {MISS_CONTEXTS[0] if len(spans) <= 1 else MISS_CONTEXTS[1]}
    ends = {a for _n, ms in found for a, _b in ms} | {b for _n, ms in found for _a, b in ms}
    for a, b in spans[:16]:
        cue = _CONTEXT_CUE.match(text, b)
        if cue and cue.group(1) in lx.STRONG_CUES:
            out.add(MISS_CONTEXTS[2])
        prev = _CONTEXT_PREV.search(text, max(0, a - 30), a)
        low = prev.group(1).lower() if prev else ""
        if low in lx.ROLE_NOUNS or low in lx.TITLE_WORDS or low in lx.HONORIFICS:
            out.add(MISS_CONTEXTS[3])
        if low in lx.PERSON_NOUNS:
            out.add(MISS_CONTEXTS[3])
        if _CONTEXT_APPOS.match(text, b):
            out.add(MISS_CONTEXTS[4])
        after = _CONTEXT_LIST.match(text, b)
        if (after and after.end() in ends) or any(
            _CONTEXT_LIST.fullmatch(text, e, a) for e in ends if 0 < a - e <= 7
        ):
            out.add(MISS_CONTEXTS[5])
        line_start = text.rfind("\n", 0, a) + 1
        before_quotes = text[line_start:a]
        if (before_quotes.count("“") > before_quotes.count("”")) or before_quotes.count('"') % 2:
            out.add(MISS_CONTEXTS[6])
        line_end = text.find("\n", b)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        long = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", line) if len(w) > 3]
        if len(line) <= 160 and len(long) >= 3 and all(w[0].isupper() for w in long):
            out.add(MISS_CONTEXTS[7])
        if text[a - 1 : a] == "-" or text[b : b + 1] == "-":
            out.add(MISS_CONTEXTS[8])
        if low in ("of", "at", "from", "by", "with", "for"):
            out.add(MISS_CONTEXTS[9])
        j = a - 1
        while j >= 0 and text[j] in " \t\u00a0\"“‘'(":
            j -= 1
        if j < 0 or text[j] in ".!?\n:;":
            out.add(MISS_CONTEXTS[10])
    return sorted(out, key=MISS_CONTEXTS.index)


def people_miss_kind(
    text: str,
    name: str,
    found: list[tuple[str, list[tuple[int, int]]]],
    gold_names: set[str],
    entities: list,
) -> str:
    """What happened to a gold person the People panel lacks (one of `MISS_KINDS`), from the
    found people (name, mentions), the gold's names and the entity finder's runs."""
    spans = _occurrences(text, name)
    mine = set(_words_of(name))
    for other, mentions in found:
        if not any(_overlaps(s, m) for s in spans for m in mentions):
            continue
        theirs = set(_words_of(other))
        if other in gold_names:
            return "merged into another person"
        if theirs < mine:
            return "listed under a shorter form"
        if mine < theirs:
            return "listed under a longer form"
        return "listed under another form"
    kinds = [e.kind for e in entities if any(_overlaps(s, (e.start, e.end)) for s in spans)]
    for kind, label in (
        ("person", "found as a person, lost when people were built"),
        ("person_maybe", "found as a person, lost when people were built"),
        ("org", "found, typed organisation"),
        ("place", "found, typed place"),
        ("other", "found, typed other"),
        ("single", "found as a lone word, left untyped"),
    ):
        if kind in kinds:
            return label
    return "never found as a capitalised run"


def people_fp_kind(
    text: str,
    name: str,
    found_gold: set[str],
    missed_gold: set[str],
    entities: list,
) -> str:
    """What a listed person the gold lacks is (one of `FP_KINDS`): judged from the name's
    words, its neighbours and the gold names found (`found_gold`) and missed."""
    mine = set(_words_of(name))
    for gold in sorted(found_gold):
        theirs = set(_words_of(gold))
        if mine & theirs and not theirs < mine:
            return "split of one person into two"
    for gold in sorted(found_gold | missed_gold):
        theirs = set(_words_of(gold))
        if theirs < mine:
            return "title or word glued to a name"
    for gold in sorted(missed_gold):
        if mine & set(_words_of(gold)):
            return "a shorter or other form of a missed name"
    spans = _occurrences(text, name)
    for e in entities:
        if (
            e.kind not in ("person", "person_maybe")
            and len(e.name) > len(name)
            and any(e.start <= a and b <= e.end for a, b in spans)
        ):
            return "a person-named thing (inside a longer name)"
    words = _words_of(name)
    if (
        any(w in lx.ORG_WORDS or w in lx.KNOWN_ORGS for w in words)
        or "_".join(words) in lx.FIRM_NAMES
        or name.isupper()
    ):
        return "organisation"
    if (
        any(w in lx.COUNTRIES or w in lx.PLACES or w in lx.NATIONALITIES for w in words)
        or "_".join(words) in lx.PLACE_NAMES
        or words[0] in lx.PLACE_OPENERS
    ):
        return "place"
    if any(c.isdigit() for c in name) or re.search(r"[a-z][A-Z]", name):
        return "product"
    lower = set(re.findall(r"\b[a-z][a-z'’-]*\b", text))
    if any(len(w) > 1 and (w in lx.COMMON_WORDS or w in lower) for w in words):
        return "work title (a common word in it)"
    near = " ".join(text[max(0, a - 40) : b + 40] for a, b in spans[:8]).lower()
    if re.search(r"\b(?:character|fictional|plays|played|playing|portray\w*|role of)\b", near):
        return "fictional character"
    return "other (a real-looking name gold leaves out)"


def people_errors(name: str) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """Missed people by kind, missed people by the shape of their name, listed people the
    gold lacks by kind, and missed people by where they stand: counts only, safe on a
    scored-only set (names no article or person)."""
    misses: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    contexts: Counter[str] = Counter()
    false: Counter[str] = Counter()
    given = lx.first_names()
    for _tid, text_path, gold_path in gold_pairs(name):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = text_path.read_text(encoding="utf-8")
        result = analyze(text)
        entities = EntityFinder(text).find()
        optional = {p["name"] for p in gold["people"] if isinstance(p, dict) and p.get("optional")}
        gold_names = {p if isinstance(p, str) else p["name"] for p in gold["people"]} - optional
        listed = {p.name for p in result.people} - optional
        found = [(p.name, list(p.mentions)) for p in result.people]
        for g in sorted(gold_names - listed):
            misses[people_miss_kind(text, g, found, gold_names, entities)] += 1
            shapes.update(people_miss_shapes(g, given))
            contexts.update(people_miss_contexts(text, g, found))
        for f in sorted(listed - gold_names):
            false[people_fp_kind(text, f, gold_names & listed, gold_names - listed, entities)] += 1
    return misses, shapes, false, contexts


def print_people_errors(sets: list[str]) -> None:
    """One table a set a column: misses by kind, their shapes, false people by kind."""
    tables = [people_errors(s) for s in sets]
    width = max(len(k) for k in (*MISS_KINDS, *MISS_SHAPES, *MISS_CONTEXTS, *FP_KINDS)) + 2
    head = " " * (width + 2) + "".join(f"{s:>8}" for s in sets)
    for title, kinds, k in (
        ("missed people, by what happened", MISS_KINDS, 0),
        ("missed people, by the name's shape (a name may have several)", MISS_SHAPES, 1),
        ("missed people, by where they stand (a name may stand in several)", MISS_CONTEXTS, 3),
        ("listed people the gold lacks, by kind", FP_KINDS, 2),
    ):
        print(title)
        print(head)
        for kind in kinds:
            print(f"  {kind:<{width}}" + "".join(f"{t[k][kind]:>8}" for t in tables))
        if k in (0, 2):
            print(f"  {'total':<{width}}" + "".join(f"{sum(t[k].values()):>8}" for t in tables))
        print()


# --- quotes by shape of error (counts only) -----------------------------------------------

_Q_CUE = re.compile(
    r"\b(?:" + "|".join(sorted(lx.NEAR_CUES, key=lambda w: (-len(w), w))) + r")\b", re.I
)
_Q_NAMING = re.compile(
    r"\b(?:titled|entitled|called|named|dubbed|nicknamed|known as)\W{0,3}$", re.I
)
_Q_OPEN = "“‘«‹„‚\"'"
_Q_CLOSE = "”’»›‟\"'"
_Q_SMALL = frozenset(re.split(" ", "a an the and or of in on at to for with from by is it as"))


def _locate_quotes(text: str, quotes: list[str]) -> list[tuple[int, int] | None]:
    """Where each quote stands: from the end of the one before, else anywhere."""
    out: list[tuple[int, int] | None] = []
    cursor = 0
    for q in quotes:
        i = text.find(q, cursor)
        if i < 0:
            i = text.find(q)
        out.append((i, i + len(q)) if i >= 0 and q else None)
        if i >= 0:
            cursor = i + len(q)
    return out


def _paragraph(text: str, s: int, e: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, s) + 1
    hi = text.find("\n", e)
    return lo, hi if hi >= 0 else len(text)


def quote_shapes(text: str, s: int, e: int) -> list[str]:
    """The shapes of one quote at text[s:e] (a quote may have several)."""
    inner = text[s:e]
    words = inner.split()
    n = len(words)
    shapes = [
        "length 1 word"
        if n <= 1
        else "length 2-3 words"
        if n <= 3
        else "length 4-8 words"
        if n <= 8
        else "length 9-20 words"
        if n <= 20
        else "length 21+ words"
    ]
    om = text[s - 1] if s > 0 and text[s - 1] in _Q_OPEN else ""
    cm = text[e] if e < len(text) and text[e] in _Q_CLOSE else ""
    mark = om or cm
    if not mark:
        shapes.append("marks: none next to the span")
    elif mark in "«»‹›":
        shapes.append("marks: guillemet")
    elif mark in "‘’‚'":
        shapes.append("marks: single")
    else:
        shapes.append("marks: double")
    if mark:
        shapes.append("marks: straight" if mark in "\"'" else "marks: curly")
    if om and not cm:
        shapes.append("open mark without a closing one (runs on / over paragraphs)")
    if "\n" in inner:
        shapes.append("span holds a paragraph break")
    lo, hi = _paragraph(text, s, e)
    para = text[lo:hi].strip()
    if len(para.split()) <= 15 and para[-1:] not in ".!?”’\"'":
        shapes.append("inside a heading-like paragraph (short, no end stop)")
    if not text[lo : max(lo, s - 1)].strip() and not text[min(hi, e + 1) : hi].strip(" .,"):
        shapes.append("whole paragraph is the quote")
    cue = bool(_Q_CUE.search(text, max(lo, s - 45), s)) or bool(
        _Q_CUE.search(text, e, min(hi, e + 50))
    )
    shapes.append("speech cue nearby" if cue else "no speech cue nearby")
    sig = [w for w in re.findall(r"[^\W\d_][\w'’-]*", inner) if w.lower() not in _Q_SMALL]
    if sig and n <= 10 and all(w[0].isupper() for w in sig):
        shapes.append("title-like: capitalised words")
    if _Q_NAMING.search(text, max(0, s - 20), max(0, s - 1)):
        shapes.append("title-like: after titled/called/named/dubbed")
    if n <= 3 and not cue:
        shapes.append("scare-like: 1-3 words, no cue")
    if any(c in inner for c in '“”«»"'):
        shapes.append("nested: marks inside")
    return shapes


def _span_difference(text: str, f: tuple[int, int], g: tuple[int, int]) -> str:
    (fs, fe), (gs, ge) = f, g
    if fs <= gs and fe >= ge:
        extra, how = text[fs:gs] + text[ge:fe], "longer"
    elif fs >= gs and fe <= ge:
        extra, how = text[gs:fs] + text[fe:ge], "shorter"
    else:
        return "span: crossing the gold's"
    if "\n" in extra:
        return f"span: found {how} by a paragraph break"
    if not re.sub(r"[\W_]", "", extra):
        return f"span: found {how} by punctuation or space"
    if any(c in extra for c in _Q_OPEN + _Q_CLOSE):
        return f"span: found {how} across an inner mark"
    return f"span: found {how} by words"


def _kept_by(evidence: tuple[str, ...]) -> str:
    """The family of the attribution step behind a kept quote, and whether a cue word was
    found ('partial step, no cue word'): which evidence let a false quote through."""
    step = next((e[len("step: ") :] for e in evidence if e.startswith("step: ")), "")
    family = next((f for s, f in STEP_FAMILY.items() if s in step), "other")
    cue = any(e.startswith("cue: ") for e in evidence)
    return f"{family} step, {'a cue word' if cue else 'no cue word'}"


def quote_errors_one(text: str, gold: dict) -> Counter:
    """Missed and false quotes of one article by shape (`missed: …`, `false: …`), a found
    quote whose span overlaps a missed gold one counted once as `span: …`."""
    result = analyze(text, explain=True)
    found = result.quotes
    gq = [q["text"] for q in gold["quotes"]]
    _, uf, ug = _match_sequences([q.text for q in found], gq)
    gspans = _locate_quotes(text, gq)
    errors: Counter = Counter()
    left = {gi: gspans[gi] for gi in ug}
    for fi in uf:
        f = (found[fi].start, found[fi].end)
        hit = next((gi for gi, g in left.items() if g and g[0] < f[1] and g[1] > f[0]), None)
        if hit is not None:
            g = left.pop(hit)
            assert g is not None
            errors[_span_difference(text, f, g)] += 1
            continue
        errors["false: all"] += 1
        for shape in quote_shapes(text, *f):
            errors[f"false: {shape}"] += 1
        errors[f"false: kept by {_kept_by(result.why[fi].evidence)}"] += 1
    for g in left.values():
        errors["missed: all"] += 1
        if g is None:
            errors["missed: not located in the text"] += 1
            continue
        for shape in quote_shapes(text, *g):
            errors[f"missed: {shape}"] += 1
    return errors


def quote_errors(name: str) -> Counter:
    """Quote detection errors by shape over set `name`, counts only: safe to run on a
    scored-only set, since it names no article and quotes no text."""
    errors: Counter = Counter()
    for _aid, text_path, gold_path in gold_pairs(name):
        errors += quote_errors_one(
            text_path.read_text("utf-8"), json.loads(gold_path.read_text("utf-8"))
        )
    return errors


def print_quote_errors(names: list[str]) -> None:
    tables = {n: quote_errors(n) for n in names}
    rows = sorted(
        set().union(*tables.values()),
        key=lambda k: (k.split(":")[0], not k.endswith(": all"), k),
    )
    print(f"{'quote errors by shape':<64}" + "".join(f"{n:>7}" for n in names))
    for r in rows:
        print(f"{r:<64}" + "".join(f"{tables[n][r] or '.':>7}" for n in names))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="print misses per article")
    ap.add_argument("--only", default="", help="score only ids starting with this")
    ap.add_argument("--set", choices=tuple(SETS), help="annotated set to score (default all)")
    ap.add_argument("--save-baseline", metavar="FILE", help="write today's output for --diff")
    ap.add_argument("--diff", metavar="FILE", help="print what changed since the baseline")
    ap.add_argument(
        "--speaker-errors",
        action="store_true",
        help="count the set's wrong speakers by kind (no article or quote named)",
    )
    ap.add_argument(
        "--number-errors",
        action="store_true",
        help="count the set's number kind and span errors (no article or number named)",
    )
    ap.add_argument(
        "--people-errors",
        action="store_true",
        help="count missed and false people by kind, for --set or train, dev and test "
        "(no article or person named)",
    )
    ap.add_argument(
        "--quote-errors",
        action="store_true",
        help="count missed and false quotes by shape, train dev test (no article or quote named)",
    )
    args = ap.parse_args(argv)
    if args.people_errors:
        print_people_errors([args.set] if args.set else ["train", "dev", "test"])
        return 0
    args.set = args.set or "all"
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
    if args.quote_errors:
        print_quote_errors(["train", "dev", "test"])
        return 0
    if args.number_errors:
        print_number_errors(args.set)
        return 0
    if args.set in ("test", "unseen") and (args.verbose or args.only):
        print(f"the {args.set} set is scored only: no --verbose or --only", file=sys.stderr)
        return 2
    score_set(args.set, args.only, args.verbose, quiet=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
