"""Build reader/analysis/data/{given_names_intl,surnames_intl}.txt from Faker's name lists.

Faker (MIT licence) ships given names and surnames for some eighty locales. This script reads
the Latin-script ones (and the romanised lists of the others) and writes:

- `given_names_intl.txt`: given names the 1990 census list (`first_names.txt`) lacks, each
  marked m/f/u by the lists it appears in (male only, female only, or both/neither);
- `surnames_intl.txt`: surnames, lower case.

A name that news copy also writes as a common lower-case word ("long", "can", "hope") is left
out: a capitalised common word must not look like a name. The common words are those written
in lower case at least three times in the open corpus (`../shared/corpus/articles.jsonl`,
Wikinews, CC BY 2.5; the test fold's and heldout2's articles skipped), which this script
reads only to count lower-case words; they are written to `common_words.txt` as well.

Usage (reproducible: the same wheel and corpus give the same files):

    pip download faker==40.54.0 --no-deps -d /tmp/faker
    unzip -q /tmp/faker/faker-40.54.0-py3-none-any.whl -d /tmp/faker/x
    python bench/build_name_lists.py /tmp/faker/x
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "reader" / "analysis" / "data"
SHARED = ROOT.parent.parent / "shared"
if not SHARED.is_dir():
    SHARED = ROOT.parent / "shared"

# Latin letters (with accents), an apostrophe or a hyphen inside: no other scripts.
LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ſ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ſ]+)*")
MALE = ("first_names_male", "first_romanized_names_male")
FEMALE = ("first_names_female", "first_romanized_names_female")
ANY = ("first_names", "first_romanized_names", "first_names_unisex", "first_names_nonbinary")
SURNAMES = ("last_names", "last_romanized_names", "last_names_male", "last_names_female")
MIN_COMMON = 3  # lower-case occurrences in the corpus that make a word common
# Faker's person lists hold a few words that are no names at all (Danish "Fra", Filipino
# particles), or that news copy uses as words in capitals: never names here.
NOT_NAMES = frozenset(
    ["fra", "til", "ng", "sa", "ang", "mga", "al", "el", "de", "la", "le", "saint", "doll", "lord"]
)
# The project's own lists of words that are no given names: places, months, titles, ...
VOCAB_NOT_NAMES = (
    "countries",
    "nationalities",
    "place_words",
    "weekdays",
    "titles",
    "honorifics",
    "role_nouns",
    "org_words",
    "capital_stopwords",
    "not_first_names",
    "known_orgs",
)


def _entries(provider: type, attr: str) -> list[str]:
    value = provider.__dict__.get(attr)
    if value is None:
        for base in provider.__mro__[1:]:
            if attr in base.__dict__ and base.__module__.endswith(".person"):
                return []  # inherited from the generic provider: not this locale's list
        return []
    if isinstance(value, dict):
        return list(value)
    if isinstance(value, (tuple, list)):
        return [v for v in value if isinstance(v, str)]
    return []  # a property or method


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name.strip()).lower().replace("’", "'")


def common_words() -> set[str]:
    """Words the open corpus writes in lower case at least MIN_COMMON times."""
    sys.path.insert(0, str(ROOT / "bench"))
    from score_analysis import _scored_only_ids

    skip = _scored_only_ids()  # the test fold and heldout2 are never read, not even counted
    counts: Counter[str] = Counter()
    path = SHARED / "corpus" / "articles.jsonl"
    with open(path, encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            if article["id"] in skip or any(article["id"].startswith(i) for i in skip):
                continue
            counts.update(re.findall(r"\b[a-zà-öø-ÿ][a-zà-öø-ÿ'-]*\b", article["text"]))
    return {w for w, n in counts.items() if n >= MIN_COMMON}


def census() -> set[str]:
    out = set()
    for line in (DATA / "first_names.txt").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            out.add(line.partition("\t")[0])
    return out


def collect(faker_root: Path) -> tuple[dict[str, str], set[str], str]:
    sys.path.insert(0, str(faker_root))
    import faker
    import faker.providers.person as person

    version = getattr(faker, "VERSION", "?")
    genders: dict[str, set[str]] = {}
    surnames: set[str] = set()
    for mod in sorted(m.name for m in pkgutil.iter_modules(person.__path__)):
        provider = importlib.import_module(f"faker.providers.person.{mod}").Provider
        for attrs, mark in ((MALE, "m"), (FEMALE, "f"), (ANY, "u")):
            for attr in attrs:
                for name in _entries(provider, attr):
                    if LATIN.fullmatch(name.strip()):
                        genders.setdefault(_fold(name), set()).add(mark)
        for attr in SURNAMES:
            for name in _entries(provider, attr):
                if LATIN.fullmatch(name.strip()):
                    surnames.add(_fold(name))
    given = {}
    for name, marks in genders.items():
        sexed = marks - {"u"}
        given[name] = sexed.pop() if len(sexed) == 1 else "u"
    return given, surnames, version


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("faker_root", type=Path, help="the unzipped Faker wheel")
    args = ap.parse_args(argv)
    given, surnames, version = collect(args.faker_root)
    sys.path.insert(0, str(ROOT))
    from reader.analysis import vocab

    common = common_words() | NOT_NAMES | set(vocab.table("months"))
    for listed in VOCAB_NOT_NAMES:
        common |= vocab.words(listed)
    known = census()
    keep_given = {
        n: g for n, g in given.items() if len(n) > 2 and n not in common and n not in known
    }
    keep_surnames = {n for n in surnames if len(n) > 2 and n not in common}
    head = (
        f"# From Faker {version} (MIT licence), faker/providers/person/*: Latin-script and\n"
        "# romanised lists. Built by bench/build_name_lists.py; see data/README.md.\n"
    )
    with open(DATA / "given_names_intl.txt", "w", encoding="utf-8") as f:
        f.write(head + "# Format: name<TAB>m|f|u. Names in first_names.txt are left out.\n")
        f.writelines(f"{n}\t{keep_given[n]}\n" for n in sorted(keep_given))
    with open(DATA / "surnames_intl.txt", "w", encoding="utf-8") as f:
        f.write(head + "# One surname a line, lower case.\n")
        f.writelines(f"{n}\n" for n in sorted(keep_surnames))
    with open(DATA / "common_words.txt", "w", encoding="utf-8") as f:
        f.write(
            "# Words the open corpus (../shared/corpus, Wikinews, CC BY 2.5) writes in lower case\n"
            f"# at least {MIN_COMMON} times. Built by bench/build_name_lists.py (data/README.md).\n"
        )
        f.writelines(f"{w}\n" for w in sorted(common_words()))
    print(f"faker {version}: {len(keep_given)} given names, {len(keep_surnames)} surnames")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
