"""Build bench/newspaper-set/ from newspaper4k's test pages (MIT licence), in the layout of
../shared/bench/article-extraction/ so bench/cleaning.py scores it with --data.

Two snapshots of the repository's tests/data are read straight from a git clone:
- commit 79553f63 (2023-10-27): tests/data/html/<site><n>.html with tests/data/text/<site><n>.txt
  (157 English pages of 2014: news, blogs, magazines, recipes, lyrics);
- commit 540bff3e (2026-04-08): tests/data/html/<name>.html with tests/data/txt/<name>.txt and,
  where present, tests/data/metadata/<name>.json (title, url); news in English,
  Arabic, Chinese, Japanese, Korean, Spanish, Thai, ...

Each page is keyed by the SHA-256 of its HTML bytes; the tuning half is the pages whose hash
starts with an even hex digit, as for the 181 pages. The expected texts are newspaper's
regression outputs, reviewed by its maintainers, not hand-checked here: some keep a newsletter
box or miss a last paragraph, so the figures measure agreement with newspaper's reviewed
output as much as correctness. The 2014 snapshot's notes in place of a text (all capitals,
'MISSED LAST PARAGRAPH') are left out.

    python bench/build_newspaper_set.py /path/to/newspaper4k/clone
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

OLD = "79553f6302cea1a6e36103fb4dc1c675ca704cd3"
NEW = "540bff3e8344cb8291c4829fafd98860f30d9692"
OUT = Path(__file__).resolve().parent / "newspaper-set"
# Not articles (a home page, a feed, redirects): newspaper tests other things with them.
SKIP = {"cnn_main_site", "wired_main_site", "yahoo_main_site", "sample_rss"}
# Bylines checked by hand in each page's markup (newspaper's own author lists mix in related
# stories' authors and words like 'Print'); [] = the page names no author. Pages left out
# (an organisation or a wire service as the only author) are not scored for bylines.
CHECKED_AUTHORS: dict[str, list[str]] = {
    "arabic_article": [],
    "article_with_br": [],
    "chinese_article_001": ["严玉洁"],
    "chinese_article_002": [],
    "cnn_001": ["Joan Biskupic"],
    "cnn_article": ["Dana A. Ford", "James S.A. Corey", "Chien-Ming Wang", "Tom Watkins"],
    "cnn_test_nlp": ["Eric Bradner"],
    "japanese_article2": [],
    "spanish_article": ["Patricio Candia"],  # <p class="autor"> above the text
    "thai_article": [],
    "time_001": ["Alejandro de la Garza"],
    "video_article_02": ['Amanda "Tania Mae" Tan'],
    "wired_001": ["Tom Bennett"],
    "yna_co_kr": [],
}

_NOTE = re.compile(r"[A-Z0-9\s,.'\"#*!?()/-]+")


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=True).stdout


def _files(repo: Path, commit: str, folder: str) -> dict[str, str]:
    names = _git(repo, "ls-tree", "--name-only", f"{commit}:{folder}").decode().split()
    return {name.rsplit(".", 1)[0]: f"{folder}/{name}" for name in names}


def main(argv: list[str]) -> int:
    repo = Path(argv[1])
    truth: dict[str, dict[str, object]] = {}
    (OUT / "html").mkdir(parents=True, exist_ok=True)
    for commit, text_folder in ((OLD, "tests/data/text"), (NEW, "tests/data/txt")):
        htmls = _files(repo, commit, "tests/data/html")
        texts = _files(repo, commit, text_folder)
        metas = _files(repo, commit, "tests/data/metadata") if commit == NEW else {}
        for name in sorted(set(htmls) & set(texts) - SKIP):
            html = _git(repo, "show", f"{commit}:{htmls[name]}")
            text = _git(repo, "show", f"{commit}:{texts[name]}").decode("utf-8").strip()
            if _NOTE.fullmatch(text) or not html.strip():
                continue  # an annotator's note ('MISSED LAST PARAGRAPH'), not the page's text
            key = hashlib.sha256(html).hexdigest()
            site = re.sub(r"\d+$", "", name)
            entry: dict[str, object] = {
                "articleBody": text,
                "url": f"http://{site}/" if "." in site else f"http://example.org/{name}",
                "source": f"newspaper4k@{commit[:8]}:{htmls[name]}",
            }
            if name in metas:
                meta = json.loads(_git(repo, "show", f"{commit}:{metas[name]}"))
                entry["url"] = meta.get("url") or entry["url"]
                if meta.get("title"):
                    entry["title"] = meta["title"]
            if name in CHECKED_AUTHORS:
                entry["authors"] = CHECKED_AUTHORS[name]
            truth[key] = entry
            (OUT / "html" / f"{key}.html.gz").write_bytes(gzip.compress(html, mtime=0))
    (OUT / "ground-truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"{len(truth)} pages written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
