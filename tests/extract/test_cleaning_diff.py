"""bench/cleaning_diff.py shows tuning pages only: a held-out page is refused unread."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bench.cleaning_diff import main
from tests.extract.test_clean_html import PARAGRAPHS, page, story


def _data(tmp_path: Path, page_hash: str) -> Path:
    (tmp_path / "html").mkdir()
    html = page(story())
    (tmp_path / "html" / f"{page_hash}.html.gz").write_bytes(gzip.compress(html.encode()))
    truth = {page_hash: {"url": "http://example.org/a", "articleBody": "\n".join(PARAGRAPHS)}}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return tmp_path


def test_a_held_out_page_is_refused(tmp_path: Path) -> None:
    data = _data(tmp_path, "1" + "0" * 63)  # odd first hex digit: held out
    with pytest.raises(SystemExit):
        main(["--data", str(data), "1"])


def test_a_tuning_page_is_shown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _data(tmp_path, "2" + "0" * 63)
    assert main(["--data", str(data), "2"]) == 0
    assert "F1 newsreader 1.000" in capsys.readouterr().out
