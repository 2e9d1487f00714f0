"""Where newsreader keeps its files: one place for every path, overridable for tests.

`NEWSREADER_DATA_DIR` / `NEWSREADER_CONFIG_DIR` (or the CLI's --data-dir) win over the
platformdirs defaults, so tests and users with unusual setups never touch the real ones.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "newsreader"


def data_dir() -> Path:
    """The user data dir (notes database). Not created here: callers create it when writing."""
    override = os.environ.get("NEWSREADER_DATA_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """The user config dir (config.toml, user themes)."""
    override = os.environ.get("NEWSREADER_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def config_file() -> Path:
    return config_dir() / "config.toml"


def user_themes_dir() -> Path:
    return config_dir() / "themes"


def notes_database() -> Path:
    return data_dir() / "notes.sqlite3"
