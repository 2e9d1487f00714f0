"""Themes from files, config and key remaps: bad input is a message, never a crash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader import locations
from reader.config import Config, dump_config, load_config, save_config
from reader.ui.app import ReaderApp
from reader.ui.themes import HIGHLIGHT_VARIABLES, load_themes, theme_from_toml
from reader.ui.widgets.article_view import ArticleView

pytestmark = pytest.mark.anyio
SIZE = (140, 40)


def test_bundled_themes_are_complete() -> None:
    themes, problems = load_themes(Path("/nonexistent"))
    assert problems == []
    names = {t.name for t in themes}
    assert {"newsreader-dark", "newsreader-light", "paper", "midnight"} <= names
    assert sum(t.dark for t in themes) >= 2 and sum(not t.dark for t in themes) >= 2
    root = Path(__file__).resolve().parents[2] / "themes"
    for theme in themes:
        theme.to_color_system()  # every colour parses
        raw = (root / f"{theme.name}.toml").read_text()
        for variable in HIGHLIGHT_VARIABLES:
            assert variable in raw, (theme.name, variable)


def test_user_theme_loads_and_bad_one_is_reported(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text('name = "mine"\nprimary = "#123456"\ndark = false\n')
    (tmp_path / "broken.toml").write_text('name = "broken"\nprimary = "not a colour"\n')
    (tmp_path / "garbage.toml").write_text("this is = = not toml")
    themes, problems = load_themes(tmp_path)
    mine = next(t for t in themes if t.name == "mine")
    assert mine.variables["reader-search"] == HIGHLIGHT_VARIABLES["reader-search"]
    assert len(problems) == 2
    assert any("broken.toml" in p for p in problems) and any("garbage.toml" in p for p in problems)


def test_theme_rejects_unknown_fields() -> None:
    with pytest.raises(ValueError, match="unknown field"):
        theme_from_toml('name = "x"\nprimary = "#000000"\ncolour = 1\n', "x.toml")


def test_config_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    config = Config(
        theme='we"ird',
        width="wide",
        highlights={"quotes": False, "people": True, "numbers": True},
        keys={"reader.down": "ctrl+n,j"},
    )
    assert save_config(config, path) is None
    assert load_config(path).config == config
    assert 'theme = "we\\"ird"' in dump_config(config)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("theme = [", "not valid TOML"),
        ('width = "huge"', "'width' must be one of"),
        ("theme = 3", "'theme' must be"),
        ("highlights = 1", "[highlights] must be a table"),
        ('[highlights]\nquotes = "yes"', "ignoring highlights.quotes"),
        ("[keys]\n'reader.down' = 5", "ignoring keys.reader.down"),
        ("colour = 1", "unknown setting"),
    ],
)
def test_bad_config_gives_defaults_and_a_message(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text)
    loaded = load_config(path)
    assert any(expected in problem for problem in loaded.problems)
    assert loaded.config.width in ("narrow", "medium", "wide", "full")


async def test_invalid_config_is_a_notification(make_app: Callable[..., ReaderApp]) -> None:
    locations.config_dir().mkdir(parents=True, exist_ok=True)
    locations.config_file().write_text("theme = [")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any("not valid TOML" in n.message for n in app._notifications)
        assert app.theme == "newsreader-dark"
        await pilot.press("w")  # must not overwrite the file the user is fixing
    assert locations.config_file().read_text() == "theme = ["


async def test_key_remap_from_config(make_app: Callable[..., ReaderApp]) -> None:
    locations.config_dir().mkdir(parents=True, exist_ok=True)
    locations.config_file().write_text('[keys]\n"reader.down" = "ctrl+n"\n"app.quit" = "ctrl+x"\n')
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ArticleView)
        await pilot.press("ctrl+n")
        assert view.scroll_y == 1
        await pilot.press("j")  # the remap replaces the old keys
        assert view.scroll_y == 1
        await pilot.press("question_mark")
        assert "ctrl+n" in str(app.screen.query_one("#help-text").render())
        await pilot.press("escape", "ctrl+x")
        await pilot.pause()
        assert not app.is_running


async def test_theme_option_and_unknown_theme(make_app: Callable[..., ReaderApp]) -> None:
    app = make_app(theme="paper")
    async with app.run_test(size=SIZE):
        assert app.theme == "paper"
    app = make_app(theme="no-such-theme")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "paper"  # the saved theme (--theme paper was remembered)
        assert any("Unknown theme" in n.message for n in app._notifications)


async def test_theme_switch_is_remembered(make_app: Callable[..., ReaderApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.theme = "midnight"
        await pilot.pause()
    assert load_config().config.theme == "midnight"
    app = make_app()
    async with app.run_test(size=SIZE):
        assert app.theme == "midnight"


async def test_user_theme_is_available(make_app: Callable[..., ReaderApp]) -> None:
    locations.user_themes_dir().mkdir(parents=True)
    (locations.user_themes_dir() / "mine.toml").write_text('name = "mine"\nprimary = "#123456"\n')
    app = make_app(theme="mine")
    async with app.run_test(size=SIZE):
        assert app.theme == "mine"


async def test_the_panel_keeps_its_side_and_size_for_each_side(
    make_app: Callable[..., ReaderApp],
) -> None:
    from reader.ui.widgets.panels import SidePanel
    from tests.ui.conftest import settle

    def panel_region(app: ReaderApp) -> tuple[int, int, int, int]:
        region = app.screen.query_one("#panel-slot").region
        return region.x, region.y, region.width, region.height

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("P", "plus", "plus")  # below, two steps taller
        await pilot.pause()
        below = panel_region(app)
        await pilot.press("P", "minus")  # right again, a step narrower
        await pilot.pause()
        right = panel_region(app)
        assert app.screen.query(SidePanel)
    saved = load_config().config.panel
    assert saved == {"side": "right", "right": -1, "bottom": 2}
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert panel_region(app) == right
        await pilot.press("P")
        await pilot.pause()
        assert panel_region(app) == below
    assert load_config().config.panel["side"] == "bottom"


def test_bad_panel_settings_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[panel]\nside = "left"\nright = "big"\nbottom = 3\n')
    loaded = load_config(path)
    assert loaded.config.panel == {"bottom": 3}
    assert any("panel.side" in problem for problem in loaded.problems)
    assert any("panel.right" in problem for problem in loaded.problems)


async def test_a_saved_bigger_panel_stays_a_strip_in_a_short_terminal(
    make_app: Callable[..., ReaderApp],
) -> None:
    """Made bigger at 160x45, the panel below does not eat an 80x24 terminal's text."""
    from reader.ui.panel_layout import STRIP_ROWS
    from tests.ui.conftest import settle

    locations.config_dir().mkdir(parents=True, exist_ok=True)
    locations.config_file().write_text('[panel]\nside = "bottom"\nbottom = 1\n')
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        slot = app.screen.query_one("#panel-slot")
        assert slot.region.height == STRIP_ROWS
        await pilot.press("tab")  # focus opens it, at the saved size
        await pilot.pause()
        assert slot.region.height > STRIP_ROWS
