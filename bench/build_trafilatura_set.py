"""Build bench/trafilatura-set/ from trafilatura's evaluation corpus (Apache-2.0), in the
layout of ../shared/bench/article-extraction/ so bench/cleaning.py scores it with --data.

trafilatura's tests/evaldata.json annotates about 990 pages of many shapes (news, blogs,
magazines, company, government and documentation pages; mostly German, also English,
French, Spanish, Polish, Chinese, ...) by hand: for each page a few passages the article
text must contain ("with", usually its first and last sentences and a list or quote in
between) and a few it must not ("without": the date line, navigation, footer, related
links). That is the expected text here, checked by hand by its annotators (the BBAW
collection: Adrien Barbaresi, Lukas Kozmus, Lena Klink; Polish news: tsolewski); it is not a
full article text, so this set is scored by passages (bench/cleaning.py: a passage found
counts as a true positive, a "without" passage found as a false positive). Titles and
authors are kept where annotated.

trafilatura is tuned on this corpus, so its figures here are not those of an unseen set;
newsreader and readability-lxml were never tuned on it. Each page is keyed by the SHA-256 of
its HTML bytes; to keep the repository small only the pages whose hash starts with 0-3 are
taken (about a quarter); the tuning half is those starting with an even hex digit, as for
the other sets.

    python bench/build_trafilatura_set.py /path/to/trafilatura/clone
"""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
import sys
from pathlib import Path

COMMIT = "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5"
OUT = Path(__file__).resolve().parent / "trafilatura-set"
TAKEN = "0123"  # first hex digits of the pages kept


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=True).stdout


def _show(repo: Path, path: str) -> bytes | None:
    done = subprocess.run(["git", "-C", str(repo), "show", f"{COMMIT}:{path}"], capture_output=True)
    return done.stdout if done.returncode == 0 else None


def _authors(value: object) -> list[str] | None:
    """'Ann Lee; Bo Li' → ['Ann Lee', 'Bo Li']; unannotated → None (not scored)."""
    if not isinstance(value, str) or not value.strip():
        return None
    return [name.strip() for name in value.split(";") if name.strip()]


def main(argv: list[str]) -> int:
    repo = Path(argv[1])
    annotations = json.loads(_show(repo, "tests/evaldata.json") or b"{}")
    (OUT / "html").mkdir(parents=True, exist_ok=True)
    truth: dict[str, dict[str, object]] = {}
    for url, item in sorted(annotations.items()):
        html = next(
            filter(None, (_show(repo, f"tests/{d}/{item['file']}") for d in ("cache", "eval"))),
            None,
        )
        if not html:
            continue
        key = hashlib.sha256(html).hexdigest()
        if key[0] not in TAKEN or key in truth:
            continue
        entry: dict[str, object] = {
            "url": url,
            "file": item["file"],
            "with": item["with"],
            "without": item["without"],
        }
        if item.get("title"):
            entry["title"] = item["title"]
        authors = _authors(item.get("author"))
        if authors is not None:
            entry["authors"] = authors
        if item.get("license"):
            entry["license"] = item["license"]
        truth[key] = entry
        (OUT / "html" / f"{key}.html.gz").write_bytes(gzip.compress(html, mtime=0))
    (OUT / "ground-truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    (OUT / "LICENSE").write_bytes(_show(repo, "LICENSE") or b"")
    print(f"{len(truth)} pages written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
