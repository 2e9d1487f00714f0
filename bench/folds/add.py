"""Put an article's text into a fold and list it in MANIFEST.tsv (pass "first").

Usage: python bench/folds/add.py FOLD ID [ID ...] [--text DIR] [--rest DIR]

ID is an article-extraction page hash (its human-checked articleBody is copied verbatim), a
page hash of bench/newspaper-set (newspaper4k's test pages), of bench/metadata-set (postlight
and goose3 fixtures, trafilatura pages) or of bench/trafilatura-set, or a Wikinews corpus id (wn-… /
gum-…; its text field is copied verbatim). With --text DIR the text is DIR/ID.txt instead: the
page's text as newsreader extracts it (its paragraph blocks, title dropped), with extraction
errors fixed by hand so that it is the article only. Newspaper-, metadata- and trafilatura-set
pages need --text (their expected texts are not the article's whole hand-checked text).
--rest DIR also accepts the trafilatura pages that `bench/build_metadata_set.py --rest DIR`
writes (the two thirds not stored in the repository; DIR/ground-truth.json). The
gold file is then written by hand into FOLD/gold/ID.json following docs/ANNOTATION.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from bench.shared_data import SHARED, require  # noqa: E402

GROUND_TRUTH = SHARED / "bench" / "article-extraction" / "ground-truth.json"
CORPUS = SHARED / "corpus" / "articles.jsonl"
NEWSPAPER = HERE.parent / "newspaper-set" / "ground-truth.json"
METADATA = HERE.parent / "metadata-set" / "ground-truth.json"
TRAFILATURA = HERE.parent / "trafilatura-set" / "ground-truth.json"
MIT = "MIT (Scrapinghub article-extraction-benchmark)"
MIT_NEWSPAPER = "MIT (newspaper4k test data)"
APACHE_TRAFILATURA = "Apache-2.0 (trafilatura evaluation pages)"


def page_set_entry(aid: str, metadata: dict, trafilatura: dict) -> tuple[str, str, str] | None:
    """(outlet, source, licence) of a metadata-set or trafilatura-set page, else None."""
    if aid in metadata:
        row = metadata[aid]
        src = row.get("source", "")
        if src.startswith("postlight"):
            return outlet_of(row["url"]), "postlight", "MIT (postlight/parser fixtures)"
        if src.startswith("goose3"):
            return outlet_of(row["url"]), "goose3", "Apache-2.0 (goose3 test data)"
        return outlet_of(row["url"]), "trafilatura", APACHE_TRAFILATURA
    if aid in trafilatura:
        return outlet_of(trafilatura[aid]["url"]), "trafilatura", APACHE_TRAFILATURA
    return None


def outlet_of(url: str) -> str:
    if "::" in url and "//" not in url:
        # trafilatura's cache pages have no url, only "hard::host-slug.html"
        return url.split("::", 1)[1].split("-", 1)[0].lower().removeprefix("www.")
    host = urlparse(url).netloc.lower()
    return host.removeprefix("www.")


def main(argv: list[str]) -> int:
    text_dir = None
    rest_truth: dict = {}
    if "--rest" in argv:
        i = argv.index("--rest")
        rest_truth = json.loads((Path(argv[i + 1]) / "ground-truth.json").read_text("utf-8"))
        argv = argv[:i] + argv[i + 2 :]
    if "--text" in argv:
        i = argv.index("--text")
        text_dir = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2 :]
    if len(argv) < 2 or argv[0] not in ("train", "dev", "test"):
        print(__doc__.strip().splitlines()[2])
        return 2
    fold, ids = argv[0], argv[1:]
    gt = json.loads(require(GROUND_TRUTH, "the benchmark's ground truth").read_text("utf-8"))
    newspaper = json.loads(NEWSPAPER.read_text("utf-8"))
    metadata = json.loads(METADATA.read_text("utf-8")) | rest_truth
    trafilatura = json.loads(TRAFILATURA.read_text("utf-8"))
    corpus = {}
    for line in require(CORPUS, "the Wikinews corpus").read_text("utf-8").splitlines():
        row = json.loads(line)
        corpus[row["id"]] = row
    manifest = HERE / "MANIFEST.tsv"
    listed = {line.split("\t")[0] for line in manifest.read_text("utf-8").splitlines()}
    rows = []
    for aid in ids:
        if aid in listed:
            print(f"{aid}: already listed")
            return 2
        if aid in gt:
            text, outlet = gt[aid]["articleBody"], outlet_of(gt[aid]["url"])
            source, licence = "extraction", MIT
        elif aid in newspaper and text_dir is not None:
            text, outlet = "", outlet_of(newspaper[aid]["url"])
            source, licence = "newspaper4k", MIT_NEWSPAPER
        elif text_dir is not None and (entry := page_set_entry(aid, metadata, trafilatura)):
            text = ""
            outlet, source, licence = entry
        elif aid in corpus:
            text, outlet = corpus[aid]["text"], "wikinews"
            source, licence = "corpus", "CC BY 2.5"
        else:
            print(f"{aid}: unknown id (newspaper-set pages need --text)")
            return 2
        if text_dir is not None:
            text = (text_dir / f"{aid}.txt").read_text("utf-8")
        (HERE / fold / "texts" / f"{aid}.txt").write_text(text, "utf-8")
        rows.append("\t".join([aid, fold, outlet, source, licence, "first"]))
    with manifest.open("a", encoding="utf-8") as fh:
        fh.writelines(r + "\n" for r in rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
