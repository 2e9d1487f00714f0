"""Notes benchmarks: saving a note, and re-anchoring 1,000 highlights on reopen.

Run: python bench/notes.py
Each figure is printed beside a baseline measured in the same run on the same machine:
- save a note (median ms) vs. a bare sqlite3 INSERT + commit into a one-column table;
- re-anchor 1,000 highlights (ms) vs. 1,000 `str.find` calls for the same passages;
- open a database of 5,000 notes (the start-up check, now with the search-index check of
  issue 10) vs. a bare connect + `PRAGMA quick_check`;
- remember an article (match it in the library by hash, place and fingerprint, save its
  snapshot, keep the old one as a version) vs. hashing its text, as identity cost before.
Targets (issue 5): save < 10 ms median; reopen with 1,000 highlights < 200 ms.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.article import Article, ArticleBuilder  # noqa: E402
from reader.notes.anchoring import place_all  # noqa: E402
from reader.notes.store import NoteStore  # noqa: E402

TEXTS = ROOT / "bench" / "devset" / "texts"
SAVES = 200
HIGHLIGHTS = 1000
OPEN_NOTES = 5000
OPENS = 10


def longest_article() -> Article:
    path = max(TEXTS.glob("*.txt"), key=lambda p: p.stat().st_size)
    builder = ArticleBuilder(str(path))
    for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
        builder.add("paragraph", " ".join(paragraph.split()))
    return builder.build(title=path.stem)


def all_articles_as_one() -> Article:
    """Every dev-set text end to end (~80,000 characters): a long article."""
    builder = ArticleBuilder("devset")
    for path in sorted(TEXTS.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            builder.add("paragraph", " ".join(paragraph.split()))
    return builder.build(title="all dev-set texts")


def median_ms(action: Callable[[int], object], count: int) -> float:
    timings = []
    for i in range(count):
        started = time.perf_counter()
        action(i)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def bench_save(article: Article, directory: Path) -> None:
    bare = sqlite3.connect(directory / "bare.sqlite3", isolation_level=None)
    bare.execute("CREATE TABLE t (note TEXT)")

    def bare_insert(i: int) -> None:
        bare.execute("INSERT INTO t VALUES (?)", (f"note {i}",))

    baseline = median_ms(bare_insert, SAVES)
    bare.close()
    with NoteStore.open(directory / "notes.sqlite3") as store:
        saved = store.remember_article(article)
        n = len(article.text) - 100

        def save(i: int) -> None:
            start = (i * 97) % n
            store.add_highlight(saved.id, article.text, start, start + 60, note=f"note {i}")

        figure = median_ms(save, SAVES)
    print(
        f"save a note (median of {SAVES})      {figure:8.2f} ms   "
        f"baseline bare sqlite INSERT {baseline:6.2f} ms   target < 10 ms"
    )


def bench_reanchor(article: Article, directory: Path, name: str) -> None:
    text = article.text
    rng = random.Random(5)
    with NoteStore.open(directory / f"reanchor-{name}.sqlite3") as store:
        saved = store.remember_article(article)
        for _ in range(HIGHLIGHTS):
            length = rng.randint(15, 200)
            start = rng.randrange(0, len(text) - length)
            if not text[start : start + length].strip():
                start = 0
            store.add_highlight(saved.id, text, start, start + length)
        started = time.perf_counter()
        highlights = store.highlights(saved.id)
        load_ms = (time.perf_counter() - started) * 1000

    exacts = [h.anchor.exact for h in highlights]
    started = time.perf_counter()
    for exact in exacts:
        text.find(exact)
    baseline = (time.perf_counter() - started) * 1000

    inserted = "An inserted paragraph at the top, as when a site adds an editor's note.\n\n" + text
    words = text.split(" ")
    for i in range(0, len(words), 40):  # one word in forty edited: many highlights go fuzzy
        words[i] = words[i][::-1] + "x"
    edited = " ".join(words)
    print(
        f"{len(highlights)} highlights on a {len(text):,}-character article "
        f"(loading them from SQLite: {load_ms:.1f} ms)"
    )
    for label, changed in (
        ("unchanged text", text),
        ("inserted paragraph", inserted),
        ("1 word in 40 edited", edited),
    ):
        started = time.perf_counter()
        placed = place_all(changed, highlights)
        took = (time.perf_counter() - started) * 1000
        methods: dict[str, int] = {}
        for p in placed:
            key = p.placement.method or "orphaned"
            methods[key] = methods.get(key, 0) + 1
        summary = ", ".join(f"{k} {v}" for k, v in sorted(methods.items()))
        print(
            f"re-anchor 1,000: {label:<20} {took:8.1f} ms   "
            f"baseline 1,000 str.find {baseline:6.2f} ms   target < 200 ms   ({summary})"
        )


def bench_open(article: Article, directory: Path) -> None:
    path = directory / "open.sqlite3"
    with NoteStore.open(path) as store:
        saved = store.remember_article(article)
    raw = sqlite3.connect(path)
    with raw:  # one transaction: the triggers fill the search index as the app's writes do
        raw.executemany(
            "INSERT INTO highlights (uid, article_id, exact, prefix, suffix, start_offset, "
            "end_offset, note, created, modified) VALUES (?, ?, ?, '', '', ?, ?, ?, '', '')",
            (
                (uuid.uuid4().hex, saved.id, article.text[i : i + 60], i, i + 60, f"note {i}")
                for i in range(OPEN_NOTES)
            ),
        )
    raw.close()

    def bare_open(_i: int) -> None:
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA quick_check").fetchall()
        connection.close()

    baseline = median_ms(bare_open, OPENS)
    figure = median_ms(lambda _i: NoteStore.open(path).close(), OPENS)
    print(
        f"open with {OPEN_NOTES:,} notes (median of {OPENS})  {figure:8.2f} ms   "
        f"baseline connect + quick_check {baseline:6.2f} ms"
    )


def bench_remember(article: Article, directory: Path, name: str) -> None:
    with NoteStore.open(directory / f"remember-{name}.sqlite3") as store:
        store.remember_article(article)
        edited = ArticleBuilder(article.source)
        edited.add("paragraph", "An editor's note added at the top." + article.text)
        changed = edited.build(title=article.title)
        versions = [article, changed]
        figure = median_ms(lambda i: store.remember_article(versions[i % 2]), OPENS)
    baseline = median_ms(lambda _i: hashlib.sha256(article.text.encode()).hexdigest(), OPENS)
    print(
        f"remember a {len(article.text):,}-char local article, edited each time "
        f"{figure:8.2f} ms   baseline sha256 of its text {baseline:6.2f} ms"
    )


def main() -> None:
    article = longest_article()
    with tempfile.TemporaryDirectory() as directory:
        bench_save(article, Path(directory))
        bench_reanchor(article, Path(directory), "one")
        bench_reanchor(all_articles_as_one(), Path(directory), "long")
        bench_open(article, Path(directory))
        bench_remember(all_articles_as_one(), Path(directory), "long")
        big = ArticleBuilder("big.txt")
        big.add("paragraph", " ".join([all_articles_as_one().text] * 12))
        bench_remember(big.build(title="1 MB"), Path(directory), "big")


if __name__ == "__main__":
    main()
