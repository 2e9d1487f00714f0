"""The user's own config and theme files never crash the app (issue 10, item 11): deep nesting
and bad colours are reported and skipped, and saving a setting keeps the user's comments."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader import locations
from reader.config import load_config, update_config
from reader.ui.app import ReaderApp
from reader.ui.themes import load_themes

pytestmark = pytest.mark.anyio
SIZE = (120, 30)
DEEP = "x = " + "[" * 100_000 + "]" * 100_000 + "\n"
BAD_VARIABLE = 'name = "bad"\nprimary = "#123456"\n[variables]\nreader-quote = "not-a-colour"\n'


def test_deeply_nested_config_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(DEEP)
    loaded = load_config(path)
    assert any("nested too deeply" in problem for problem in loaded.problems)
    assert loaded.config.theme == "newsreader-dark"


def test_deeply_nested_or_badly_coloured_theme_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "deep.toml").write_text(DEEP)
    (tmp_path / "bad.toml").write_text(BAD_VARIABLE)
    (tmp_path / "fine.toml").write_text(
        'name = "fine"\nprimary = "#123456"\n[variables]\nreader-quote = "#00ff00 40%"\n'
    )
    themes, problems = load_themes(tmp_path)
    names = {theme.name for theme in themes}
    assert "fine" in names and "bad" not in names
    assert any("deep.toml" in p and "nested too deeply" in p for p in problems)
    assert any("bad.toml" in p and "reader-quote" in p for p in problems)
    assert all("\n" not in p for p in problems)


async def test_theme_with_a_bad_variable_does_not_stop_start_up(
    make_app: Callable[..., ReaderApp],
) -> None:
    locations.user_themes_dir().mkdir(parents=True)
    (locations.user_themes_dir() / "bad.toml").write_text(BAD_VARIABLE)
    app = make_app(theme="bad")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "newsreader-dark"
        assert any("reader-quote" in n.message for n in app._notifications)
        await pilot.press("j")
        assert app.is_running


def test_saving_a_setting_keeps_the_users_comments(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    original = (
        "# my settings, edited by hand\n"
        'theme = "paper"  # the warm one\n'
        "\n[highlights]\n# numbers distract me\nnumbers = false\n"
    )
    path.write_text(original)
    assert update_config(path, width="wide") is None
    shown = {"quotes": True, "people": False, "numbers": False}
    assert update_config(path, highlights=shown) is None
    saved = path.read_text()
    for comment in ("# my settings, edited by hand", "# the warm one", "# numbers distract me"):
        assert comment in saved
    config = load_config(path).config
    assert (config.theme, config.width) == ("paper", "wide")
    assert config.highlights == shown
