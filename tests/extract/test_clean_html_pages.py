"""Regression check on six real benchmark pages: their F1 must not fall.

The floors are the F1 measured when the rules were written, minus a small margin, with the
metric of the benchmark's README (bench/cleaning.py implements it).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bench.cleaning import score_page
from reader.extract.html.parse import clean_html

PAGES = Path(__file__).parent.parent / "data" / "pages"
TRUTH = json.loads((PAGES / "ground-truth.json").read_text(encoding="utf-8"))
MARGIN = 0.02
MEASURED = {
    "0ec95c7261d1": 0.9858,  # entermedia.co.kr, Korean
    "3cb22bfabed8": 0.9902,  # slashgear.com
    "ba07d1e64775": 0.9657,  # blog.comwrap.com, German
    "c00962aabe7b": 0.9846,  # thespacereview.com
    "c4a3637c6696": 1.0,  # gto-normativy.ru, Russian
    "e372e42c0a3d": 1.0,  # jpost.com
}


@pytest.mark.parametrize("prefix", sorted(MEASURED))
def test_benchmark_page_f1_does_not_fall(prefix: str) -> None:
    (page_hash,) = [h for h in TRUTH if h.startswith(prefix)]
    html = gzip.decompress((PAGES / f"{page_hash}.html.gz").read_bytes()).decode("utf-8")
    article = clean_html(html, source=f"{prefix}.html", url=TRUTH[page_hash]["url"])
    body = "\n\n".join(
        article.block_text(block)
        for block in article.blocks
        if block.kind not in ("title", "caption")
    )
    f1 = score_page(TRUTH[page_hash]["articleBody"], body).f1
    assert f1 >= MEASURED[prefix] - MARGIN
    assert article.title
