"""Where newsreader keeps its files: one place for every path, overridable for tests.

`NEWSREADER_DATA_DIR` / `NEWSREADER_CONFIG_DIR` (or the CLI's --data-dir) win; then
`XDG_DATA_HOME` / `XDG_CONFIG_HOME` when set, on every platform (terminal users set them on
macOS too, where platformdirs would ignore them); then platformdirs' defaults.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "newsreader"


def _xdg_home(variable: str) -> Path | None:
    """The XDG base directory in `variable`, if set to an absolute path (the spec says a
    relative one is invalid and must be ignored)."""
    value = os.environ.get(variable, "")
    return Path(value) / APP_NAME if value and os.path.isabs(value) else None


def data_dir() -> Path:
    """The user data dir (notes database). Not created here: callers create it when writing."""
    override = os.environ.get("NEWSREADER_DATA_DIR")
    if override:
        return Path(override).expanduser()
    xdg = _xdg_home("XDG_DATA_HOME")
    if xdg is not None:
        return xdg
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """The user config dir (config.toml, user themes)."""
    override = os.environ.get("NEWSREADER_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    xdg = _xdg_home("XDG_CONFIG_HOME")
    if xdg is not None:
        return xdg
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def config_file() -> Path:
    return config_dir() / "config.toml"


def user_themes_dir() -> Path:
    return config_dir() / "themes"


def notes_database() -> Path:
    return data_dir() / "notes.sqlite3"
