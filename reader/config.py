"""The user's settings: theme, reading width, which highlights show, key remaps.

Read from `locations.config_file()` (TOML). A broken or half-valid file never stops the app:
`load_config` returns defaults for whatever it cannot use plus one message per problem, and
the TUI shows those messages (a file nested too deeply for the parser is one of them).
Saving a setting edits the file in place, so the user's comments and order survive.
Plain Python: no Textual import, so the CLI can use it too.

    theme = "newsreader-dark"
    width = "medium"            # narrow | medium | wide | full
    [highlights]
    quotes = true
    people = true
    numbers = true
    [keys]
    "reader.down" = "j,down"    # binding id = comma-separated keys
    [panel]                     # saved by the reader's P, + and -
    side = "bottom"             # right | bottom (absent: by the terminal's width)
    right = 1                   # steps bigger (+) or smaller (-) at the right of the text
    bottom = -1                 # and below it
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from reader import locations

WIDTHS: tuple[str, ...] = ("narrow", "medium", "wide", "full")
HIGHLIGHT_KINDS: tuple[str, ...] = ("quotes", "people", "numbers")
DEFAULT_THEME = "newsreader-dark"
_KEY_ID = re.compile(r"^[A-Za-z0-9_.\-]+$")
PANEL_SIDES: tuple[str, ...] = ("right", "bottom")
PANEL_STEPS_LIMIT = 50  # steps of + or - beyond which a saved size is nonsense


@dataclass(frozen=True)
class Config:
    theme: str = DEFAULT_THEME
    width: str = "medium"
    highlights: dict[str, bool] = field(
        default_factory=lambda: dict.fromkeys(HIGHLIGHT_KINDS, True)
    )
    keys: dict[str, str] = field(default_factory=dict)
    # The side panel: "side" (right | bottom) and, per side, steps of + / - ("right", "bottom").
    panel: dict[str, str | int] = field(default_factory=dict)


@dataclass(frozen=True)
class LoadedConfig:
    config: Config
    problems: tuple[str, ...] = ()


def load_config(path: Path | None = None) -> LoadedConfig:
    """Read the config file; a missing file is the defaults, a bad one is defaults + problems."""
    path = path or locations.config_file()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadedConfig(Config())
    except OSError as error:
        return LoadedConfig(Config(), (f"Cannot read config {path}: {error.strerror}",))
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return LoadedConfig(
            Config(), (f"Config {path} is not valid TOML ({error}); using defaults.",)
        )
    except RecursionError:  # tomllib recurses once per level of [[[…]]] or {a={…}}
        return LoadedConfig(Config(), (f"Config {path} is nested too deeply; using defaults.",))
    return _from_dict(data, path)


def _from_dict(data: dict[str, object], path: Path) -> LoadedConfig:
    problems: list[str] = []
    config = Config()

    theme = data.get("theme", config.theme)
    if isinstance(theme, str) and theme.strip():
        config = replace(config, theme=theme.strip())
    else:
        problems.append(f"Config {path}: 'theme' must be a theme name; using the default.")

    width = data.get("width", config.width)
    if width in WIDTHS:
        config = replace(config, width=str(width))
    else:
        problems.append(f"Config {path}: 'width' must be one of {', '.join(WIDTHS)}.")

    highlights = dict(config.highlights)
    raw_highlights = data.get("highlights", {})
    if isinstance(raw_highlights, dict):
        for kind, shown in raw_highlights.items():
            if kind in HIGHLIGHT_KINDS and isinstance(shown, bool):
                highlights[kind] = shown
            else:
                problems.append(f"Config {path}: ignoring highlights.{kind} = {shown!r}.")
    else:
        problems.append(f"Config {path}: [highlights] must be a table.")
    config = replace(config, highlights=highlights)

    keys: dict[str, str] = {}
    raw_keys = data.get("keys", {})
    if isinstance(raw_keys, dict):
        for binding_id, key in raw_keys.items():
            if _KEY_ID.match(binding_id) and isinstance(key, str) and key.strip():
                keys[binding_id] = ",".join(part.strip() for part in key.split(","))
            else:
                problems.append(f"Config {path}: ignoring keys.{binding_id} = {key!r}.")
    else:
        problems.append(f"Config {path}: [keys] must be a table.")
    config = replace(config, keys=keys)

    panel, panel_problems = _panel(data.get("panel", {}), path)
    problems += panel_problems
    config = replace(config, panel=panel)

    unknown = sorted(set(data) - {"theme", "width", "highlights", "keys", "panel"})
    if unknown:
        problems.append(f"Config {path}: unknown setting(s) {', '.join(unknown)}.")
    return LoadedConfig(config, tuple(problems))


def _panel(raw: object, path: Path) -> tuple[dict[str, str | int], list[str]]:
    """[panel]: side = "right" | "bottom"; right, bottom = whole numbers of + / - steps."""
    if not isinstance(raw, dict):
        return {}, [f"Config {path}: [panel] must be a table."]
    panel: dict[str, str | int] = {}
    problems: list[str] = []
    for name, value in raw.items():
        if name == "side" and value in PANEL_SIDES:
            panel[name] = str(value)
        elif (
            name in PANEL_SIDES
            and isinstance(value, int)
            and not isinstance(value, bool)
            and abs(value) <= PANEL_STEPS_LIMIT
        ):
            panel[name] = value
        else:
            problems.append(f"Config {path}: ignoring panel.{name} = {value!r}.")
    return panel, problems


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in escaped)
    return f'"{escaped}"'


def dump_config(config: Config) -> str:
    """The config as TOML (tomllib reads; we write the few shapes we need ourselves)."""
    lines = [f"theme = {_toml_string(config.theme)}", f"width = {_toml_string(config.width)}"]
    lines += ["", "[highlights]"]
    lines += [
        f"{kind} = {'true' if shown else 'false'}" for kind, shown in config.highlights.items()
    ]
    if config.panel:
        lines += ["", "[panel]"]
        lines += [
            f"{name} = {_toml_string(value) if isinstance(value, str) else value}"
            for name, value in config.panel.items()
        ]
    if config.keys:
        lines += ["", "[keys]"]
        lines += [f"{_toml_string(k)} = {_toml_string(v)}" for k, v in sorted(config.keys.items())]
    return "\n".join(lines) + "\n"


def save_config(config: Config, path: Path | None = None) -> str | None:
    """Write the config; returns a one-line problem instead of raising when it cannot."""
    return _write(path or locations.config_file(), dump_config(config))


def update_config(path: Path | None = None, **changes: object) -> str | None:
    """Change some settings in the file and save, keeping the rest of the user's text.

    The file is edited, not rewritten: comments, order and spacing stay as the user left
    them (tomlkit); only the changed values are replaced or added.
    """
    path = path or locations.config_file()
    loaded = load_config(path)
    if loaded.problems:
        # Never overwrite a file the user is still fixing.
        return "Not saving settings: the config file has problems (see earlier message)."
    import tomlkit

    try:
        document = tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else None
    except OSError as error:
        return f"Cannot save config {path}: {error.strerror}"
    except Exception:  # tomllib read it, so this is tomlkit disagreeing: do not guess
        return f"Not saving settings: cannot edit {path} without losing its text."
    if document is None:
        return save_config(replace(loaded.config, **changes), path)  # type: ignore[arg-type]
    for key, value in changes.items():
        if isinstance(value, dict):
            table = document.get(key)
            if not isinstance(table, dict):
                table = tomlkit.table()
                document[key] = table
            for name, item in value.items():
                if table.get(name) != item:
                    table[name] = item
        elif document.get(key) != value:
            document[key] = value
    return _write(path, tomlkit.dumps(document))


def _write(path: Path, text: str) -> str | None:
    """Write `text` to `path` through a temporary file; a one-line problem if it fails."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".toml.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as error:
        return f"Cannot save config {path}: {error.strerror}"
    return None
