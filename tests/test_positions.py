"""Reading positions: saved beside the notes, never in the way."""

from __future__ import annotations

from pathlib import Path

from reader import positions
from reader.positions import (
    ReadingPosition,
    forget_position,
    load_positions,
    position_for,
    save_position,
)


def test_a_saved_position_comes_back_and_the_latest_save_wins(tmp_path: Path) -> None:
    path = tmp_path / "data" / "positions.json"
    assert save_position("url:a", ReadingPosition(10, 1, 12, 40), path) is None
    assert save_position("url:a", ReadingPosition(20, 0, 25, 63), path) is None
    found = position_for("url:a", 1000, path)
    assert found is not None and (found.top, found.cursor, found.percent) == (20, 25, 63)
    assert position_for("url:b", 1000, path) is None
    assert position_for("url:a", 15, path) is None  # the text got shorter: not valid any more


def test_an_unreadable_file_counts_as_empty_and_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "positions.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_positions(path) == {}
    assert save_position("url:a", ReadingPosition(1, 0, 1, 5), path) is None
    assert list(load_positions(path)) == ["url:a"]
    path.write_text('{"url:x": {"top": -1, "above": 0, "cursor": 0, "percent": 5}}')
    assert load_positions(path) == {}


def test_only_the_latest_articles_are_kept(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(positions, "KEEP", 3)
    path = tmp_path / "positions.json"
    for name in "abcd":
        save_position(name, ReadingPosition(1, 0, 1, 5), path)
    assert list(load_positions(path)) == ["b", "c", "d"]


def test_a_failed_save_is_a_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    problem = save_position("a", ReadingPosition(1, 0, 1, 5), blocker / "positions.json")
    assert problem is not None and problem.startswith("Could not remember")


def test_a_forgotten_position_is_gone(tmp_path: Path) -> None:
    path = tmp_path / "positions.json"
    save_position("a", ReadingPosition(1, 0, 1, 5), path)
    save_position("b", ReadingPosition(1, 0, 1, 5), path)
    assert forget_position("a", path) is None
    assert list(load_positions(path)) == ["b"]
    assert forget_position("zzz", path) is None
