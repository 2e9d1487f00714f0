"""Where files live: NEWSREADER_* overrides, then the XDG variables on every platform, then
platformdirs' defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import locations


@pytest.fixture
def no_overrides(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv("NEWSREADER_DATA_DIR", raising=False)
    monkeypatch.delenv("NEWSREADER_CONFIG_DIR", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    return monkeypatch


def test_xdg_variables_are_honoured(no_overrides: pytest.MonkeyPatch, tmp_path: Path) -> None:
    no_overrides.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    no_overrides.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert locations.data_dir() == tmp_path / "data" / "newsreader"
    assert locations.config_dir() == tmp_path / "config" / "newsreader"
    assert locations.notes_database().parent == tmp_path / "data" / "newsreader"
    assert locations.user_themes_dir() == tmp_path / "config" / "newsreader" / "themes"


def test_xdg_variables_are_honoured_on_every_platform(
    no_overrides: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """platformdirs ignores XDG_* on macOS and Windows; newsreader does not."""
    import platformdirs

    no_overrides.setenv("XDG_CONFIG_HOME", str(tmp_path / "c"))
    no_overrides.setattr(platformdirs, "user_config_path", lambda *a, **k: tmp_path / "mac")
    assert locations.config_dir() == tmp_path / "c" / "newsreader"


def test_newsreader_variables_win_over_xdg(
    no_overrides: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    no_overrides.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    no_overrides.setenv("NEWSREADER_DATA_DIR", str(tmp_path / "mine"))
    assert locations.data_dir() == tmp_path / "mine"


def test_relative_or_empty_xdg_values_are_ignored(no_overrides: pytest.MonkeyPatch) -> None:
    """The XDG spec says a relative path is invalid and must be ignored."""
    import platformdirs

    no_overrides.setenv("XDG_DATA_HOME", "relative/dir")
    no_overrides.setenv("XDG_CONFIG_HOME", "")
    expected_data = platformdirs.user_data_path("newsreader", appauthor=False)
    assert locations.data_dir() == expected_data
    assert locations.config_dir() == platformdirs.user_config_path("newsreader", appauthor=False)
