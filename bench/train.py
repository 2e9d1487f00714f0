"""Fit evidence weights on the train fold: entity kinds (default) or speakers (`speaker`).

Usage: python bench/train.py [--epochs N] [--l2 X] [--write FILE]
       python bench/train.py speaker [--l2 X] [--epochs N] [--only F1,F2] [--write]

`speaker`: every quote of the train fold that matches a gold quote is one example; its
candidates (`reader.analysis.speaker`) carry the named features of
`reader.analysis.evidence.speaker`, and a candidate is right when its name is the gold speaker
or one of its `speaker_alt` (nobody when gold says null). A conditional-logit ranker (softmax
over the candidates of a quote, the likelihood of any right candidate, L2, batch gradient
descent from zero in a fixed order: deterministic) learns one weight per feature. It prints
the weights and, on train and dev, how often the ranker's and the cascade's picks are right;
`--write` writes reader/analysis/weights/speaker.tsv. Choose --l2 on dev only. `--only F1,F2`
fits just those features' weights, holding the others at their shipped values (a new feature
joins without refitting, and so moving, everything else); it also prints the shipped weights'
count.

Every capitalised name run of two or more words that the entity finder types (person, place,
organisation, other) in bench/folds/train/texts is one example; it is a person when its name
is among the gold file's people. Its features are the named evidence of
`reader.analysis.evidence.entity_kind` (each fires or not). A logistic regression (pure
Python, batch gradient descent, L2, fixed order: the run is deterministic) learns a weight per
feature for "is a person". The script prints the fitted weights and, on the dev fold, how often
the fitted model and the shipped hand-set weights (`weights/entity_kind.tsv`, person or not)
agree with gold. `--write FILE` writes the fitted weights in the format of entity_kind.tsv
(person column and bias only) for review; the engine reads only the shipped file.

No library beyond the standard one is needed, so the `train` extra stays empty for now.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.analysis.entities import _EVIDENCE_KIND, EntityFinder, _clean  # noqa: E402
from reader.analysis.evidence import entity_kind as ek  # noqa: E402

FOLDS = ROOT / "bench" / "folds"


def examples(fold: str) -> list[tuple[list[str], int]]:
    """(fired features, 1 if the run names a gold person else 0) for every multi-word run."""
    out = []
    for gold_path in sorted((FOLDS / fold / "gold").glob("*.json")):
        text_path = FOLDS / fold / "texts" / f"{gold_path.stem}.txt"
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text("utf-8"))
        people = {p if isinstance(p, str) else p["name"] for p in gold["people"]}
        text = text_path.read_text("utf-8")
        finder = EntityFinder(text)
        for e in finder.find():
            if len(e.tokens) < 2 or e.kind not in _EVIDENCE_KIND:
                continue
            rule_kind = e.kind if not e.evidence else _rule_kind(e)
            span = ek.Span(
                text,
                e.start,
                e.end,
                e.title_start,
                tuple(_clean(t) for t in e.tokens),
                rule_kind,
                finder.first_names,
                frozenset(finder.singles),
                finder.lower_words,
            )
            out.append((ek.fired(span), int(e.name in people)))
    return out


def _rule_kind(e) -> str:  # type: ignore[no-untyped-def]
    """The rules' verdict of a run the evidence retyped (its first fired rules_* feature)."""
    for name in e.evidence:
        if name.startswith("rules_"):
            return name.removeprefix("rules_")
    return e.kind


def fit(
    data: list[tuple[list[str], int]], epochs: int, l2: float
) -> tuple[dict[str, float], float]:
    """Logistic regression by batch gradient descent; returns (weights, bias)."""
    names = list(ek.FEATURES)
    w = dict.fromkeys(names, 0.0)
    b = 0.0
    rate = 0.5
    n = max(1, len(data))
    for _ in range(epochs):
        gw = dict.fromkeys(names, 0.0)
        gb = 0.0
        for fired, y in data:
            z = b + sum(w[f] for f in fired)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            d = p - y
            gb += d
            for f in fired:
                gw[f] += d
        b -= rate * gb / n
        for f in names:
            w[f] -= rate * (gw[f] / n + l2 * w[f])
    return w, b


def accuracy_fitted(data: list[tuple[list[str], int]], w: dict[str, float], b: float) -> float:
    right = sum(int((b + sum(w[f] for f in fired) > 0) == bool(y)) for fired, y in data)
    return right / len(data) if data else 0.0


def accuracy_shipped(data: list[tuple[list[str], int]]) -> float:
    def person(fired: list[str]) -> bool:
        sc = ek.scores(fired)
        return max(ek.KINDS, key=lambda k: sc[k]) == "person"

    right = sum(int(person(fired) == bool(y)) for fired, y in data)
    return right / len(data) if data else 0.0


# -- speakers ---------------------------------------------------------------------------------

# (values of each candidate's features, indices of the right candidates, cascade right?)
SpeakerExample = tuple[list[dict[str, float]], list[int], bool]
SPEAKER_TSV = ROOT / "reader" / "analysis" / "weights" / "speaker.tsv"


def speaker_examples(fold: str) -> list[SpeakerExample]:
    """One example per found quote of `fold` that matches a gold quote."""
    from reader.analysis.engine import run
    from reader.analysis.evidence import speaker as sev

    sys.path.insert(0, str(ROOT / "bench"))
    from score_analysis import _match_sequences

    out: list[SpeakerExample] = []
    for gold_path in sorted((FOLDS / fold / "gold").glob("*.json")):
        text_path = FOLDS / fold / "texts" / f"{gold_path.stem}.txt"
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text("utf-8"))
        trace: list = []
        # The cascade's picks feed "previous speaker" while the examples are collected.
        run(text_path.read_text("utf-8"), False, "cascade", trace, {"cascade_pick": 1.0})
        found = [t for t, _, _ in trace]
        pairs, _, _ = _match_sequences(found, [q["text"] for q in gold["quotes"]])
        for fi, gi in pairs:
            g = gold["quotes"][gi]
            right = {g["speaker"], *g.get("speaker_alt", [])}
            _, a, cands = trace[fi]
            vals = [sev.values(c) for c in cands]
            pos = [i for i, c in enumerate(cands) if c.name in right]
            out.append((vals, pos, a.speaker in right))
    return out


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def fit_ranker(
    data: list[SpeakerExample],
    names: list[str],
    epochs: int,
    l2: float,
    rate: float = 0.5,
    start: dict[str, float] | None = None,
) -> dict[str, float]:
    """Conditional logit over each quote's candidates; the gold may be any right candidate.
    Only the weights of `names` move; the others keep their value in `start` (all from 0
    when `start` is None)."""
    w = dict(start or {})
    w.update({k: w.get(k, 0.0) for k in names})
    usable = [(vals, pos) for vals, pos, _ in data if pos]
    n = max(1, len(usable))
    for _ in range(epochs):
        grad = dict.fromkeys(names, 0.0)
        for vals, pos in usable:
            p = _softmax([sum(w.get(k, 0.0) * v for k, v in x.items()) for x in vals])
            p_pos = sum(p[i] for i in pos)
            for i, x in enumerate(vals):
                target = p[i] / p_pos if i in pos else 0.0
                d = p[i] - target
                if d:
                    for k, v in x.items():
                        if k in grad:
                            grad[k] += d * v
        for k in names:
            w[k] -= rate * (grad[k] / n + l2 * w[k])
    return w


def ranker_right(data: list[SpeakerExample], w: dict[str, float], margin: float = 0.0) -> int:
    """Quotes whose best-scoring candidate is right; another candidate beats the cascade's
    pick only by more than `margin`."""
    right = 0
    for vals, pos, _ in data:
        key = [
            (sum(w.get(k, 0.0) * v for k, v in x.items()), x.get("cascade_pick", 0.0)) for x in vals
        ]
        best = max(range(len(vals)), key=lambda i: key[i])
        picks = [i for i in range(len(vals)) if key[i][1]]
        if picks and not key[best][1]:
            pick = max(picks, key=lambda i: key[i][0])
            if key[best][0] - key[pick][0] <= margin:
                best = pick
        right += best in pos
    return right


def speaker_main(argv: list[str]) -> int:
    from reader.analysis.evidence import speaker as sev

    ap = argparse.ArgumentParser(description="fit the speaker ranker's weights")
    ap.add_argument("--epochs", type=int, default=600)
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--margin", type=float, default=0.0, help="overrule_margin to write")
    ap.add_argument("--write", action="store_true", help=f"write {SPEAKER_TSV.name}")
    ap.add_argument(
        "--only",
        default="",
        help="comma-separated features to fit; the others keep their shipped weights",
    )
    args = ap.parse_args(argv)
    train, dev = speaker_examples("train"), speaker_examples("dev")
    names = list(sev.FEATURES)
    shipped = {k: v for k, v in sev.weights().items() if k != sev.MARGIN}
    if args.only:
        free = args.only.split(",")
        unknown = set(free) - set(names)
        if unknown:
            ap.error(f"unknown features: {', '.join(sorted(unknown))}")
        w = fit_ranker(train, free, args.epochs, args.l2, start=shipped)
        w = {k: w.get(k, 0.0) for k in names}
    else:
        w = fit_ranker(train, names, args.epochs, args.l2)
    for name in names:
        print(f"{name:<36}{w[name]:+.3f}")
    for label, data in (("train", train), ("dev", dev)):
        reach = sum(1 for _, pos, _ in data if pos)
        cascade = sum(c for _, _, c in data)
        print(
            f"{label}: {len(data)} quotes, a right candidate for {reach}; right: "
            f"ranker {ranker_right(data, w, args.margin)}, cascade {cascade}, shipped "
            f"{ranker_right(data, shipped, sev.weights().get(sev.MARGIN, 0.0))}"
        )
    if args.write:
        lines = [
            "# Weights of the speaker evidence (reader/analysis/evidence/speaker.py): feature,",
            "# weight; overrule_margin: how much more than the cascade's pick another candidate",
            "# must score to be chosen. Fitted on the train fold "
            f"({len(train)} quotes) by `python bench/train.py speaker",
            f"# --l2 {args.l2} --epochs {args.epochs} --margin {args.margin} --write`; --l2 "
            "and --margin were chosen on the dev fold.",
        ]
        lines += [f"{name}\t{w[name]:.4f}" for name in names if abs(w[name]) >= 5e-5]
        lines += [f"{sev.MARGIN}\t{args.margin}"]
        SPEAKER_TSV.write_text("\n".join(lines) + "\n", "utf-8")
        print(f"wrote {SPEAKER_TSV.relative_to(ROOT)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["speaker"]:
        return speaker_main(argv[1:])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=400)
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--write", metavar="FILE", help="write the fitted weights for review")
    args = ap.parse_args(argv)
    train, dev = examples("train"), examples("dev")
    print(f"train: {len(train)} runs ({sum(y for _, y in train)} people); dev: {len(dev)} runs")
    w, b = fit(train, args.epochs, args.l2)
    print(f"{'bias':<28}{b:+.3f}")
    for name in ek.FEATURES:
        print(f"{name:<28}{w[name]:+.3f}")
    print(
        f"dev person-or-not accuracy: fitted {accuracy_fitted(dev, w, b):.3f}, "
        f"shipped hand-set {accuracy_shipped(dev):.3f}"
    )
    if args.write:
        lines = [
            "# Fitted by bench/train.py on the train fold (person column only).",
            f"bias\tperson\t{b:.3f}",
        ]
        lines += [f"{name}\tperson\t{w[name]:.3f}" for name in ek.FEATURES]
        Path(args.write).write_text("\n".join(lines) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
