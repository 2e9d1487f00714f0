"""Fit the entity-kind evidence's person weights on the train fold; compare with the shipped ones.

Usage: python bench/train.py [--epochs N] [--l2 X] [--write FILE]

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


def main(argv: list[str] | None = None) -> int:
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
