"""Theme files (TOML) turned into Textual `Theme` objects.

Bundled themes are the top-level `themes/*.toml` of the source tree, shipped in the wheel as
`reader/themes/` (pyproject's package-dir mapping); users add their own in
`locations.user_themes_dir()`. A bad file is skipped with a one-line problem.
"""

from __future__ import annotations

import tomllib
from dataclasses import fields
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from textual.theme import Theme

from reader import locations

HIGHLIGHT_VARIABLES: dict[str, str] = {
    # Fallbacks for themes (e.g. Textual's built-in ones) that do not define our colours.
    "reader-quote": "#5faf5f",
    "reader-person": "#5fafd7",
    "reader-number": "#d7875f",
    "reader-search": "#d7af00",
    "reader-user-highlight": "#5f5faf",
}
_THEME_FIELDS = {f.name for f in fields(Theme)}


def theme_from_toml(text: str, origin: str, *, check_colours: bool = True) -> Theme:
    """Build a Theme from TOML text; raises ValueError with a one-line reason."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"theme {origin} is not valid TOML: {error}") from None
    except RecursionError:
        raise ValueError(f"theme {origin} is nested too deeply") from None
    unknown = sorted(set(data) - _THEME_FIELDS)
    if unknown:
        raise ValueError(f"theme {origin}: unknown field(s) {', '.join(unknown)}")
    if not isinstance(data.get("name"), str) or not isinstance(data.get("primary"), str):
        raise ValueError(f"theme {origin} needs string 'name' and 'primary'")
    variables = data.get("variables", {})
    if not isinstance(variables, dict):
        raise ValueError(f"theme {origin}: [variables] must be a table")
    data["variables"] = {**HIGHLIGHT_VARIABLES, **{str(k): str(v) for k, v in variables.items()}}
    try:
        theme = Theme(**data)
        if check_colours:  # parse every colour now, not when the theme is applied
            theme.to_color_system()
    except Exception as error:  # Textual raises several types for bad colours
        raise ValueError(f"theme {origin}: {error}") from None
    if check_colours:
        for name, value in data["variables"].items():
            if not _variable_parses(name, value):
                raise ValueError(
                    f"theme {origin}: variable {name} = {value!r} is not a {_kind(name)}"
                )
    return theme


def bundled_themes_dir() -> Traversable:
    """Where the bundled theme files are: inside the installed package, or, when running from
    a source checkout, the checkout's top-level `themes/` folder."""
    installed = resources.files("reader") / "themes"
    if installed.is_dir() and any(entry.name.endswith(".toml") for entry in installed.iterdir()):
        return installed
    return resources.files("reader").joinpath("..", "themes")


def _bundled_files() -> list[tuple[str, str]]:
    folder = bundled_themes_dir()
    return sorted(
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    )


def bundled_theme(name: str, user_dir: Path | None = None) -> Theme | None:
    """Just the one bundled theme `name`, if that is safe: start-up needs only that one.

    None when there is no such bundled file or the user has theme files (one might
    replace it by name); then call `load_themes`.
    """
    user_dir = user_dir if user_dir is not None else locations.user_themes_dir()
    if user_dir.is_dir() and any(user_dir.glob("*.toml")):
        return None
    entry = bundled_themes_dir() / f"{name}.toml"
    if not entry.is_file():
        return None
    theme = theme_from_toml(entry.read_text(encoding="utf-8"), entry.name, check_colours=False)
    return theme if theme.name == name else None


def load_themes(user_dir: Path | None = None) -> tuple[list[Theme], list[str]]:
    """Bundled themes, then the user's (a user theme may replace a bundled one by name)."""
    themes: dict[str, Theme] = {}
    problems: list[str] = []
    for name, text in _bundled_files():
        # Bundled themes are checked by the tests; skipping it here saves start-up time.
        theme = theme_from_toml(text, name, check_colours=False)
        themes[theme.name] = theme
    user_dir = user_dir if user_dir is not None else locations.user_themes_dir()
    if user_dir.is_dir():
        for path in sorted(user_dir.glob("*.toml")):
            try:
                theme = theme_from_toml(path.read_text(encoding="utf-8"), str(path))
            except (OSError, UnicodeDecodeError, ValueError) as error:
                problems.append(str(error))
                continue
            themes[theme.name] = theme
    return list(themes.values()), problems


def _kind(name: str) -> str:
    return "text style" if name.endswith("-style") else "colour"


def _variable_parses(name: str, value: str) -> bool:
    """Does `value` work where the stylesheet uses `$name`? Checked with Textual's own CSS
    parser, as applying the theme would (a bad value there stops the app)."""
    from textual.css.stylesheet import Stylesheet

    if not name.replace("-", "").replace("_", "").isalnum() or not name.isascii():
        return False  # a name the stylesheet could not even refer to
    rule = f"Screen {{ {'text-style' if _kind(name) == 'text style' else 'color'}: ${name}; }}"
    sheet = Stylesheet(variables={name: value})
    sheet.add_source(rule, read_from=("theme", ""))
    try:
        sheet.parse()
    except Exception:  # StylesheetErrors and the tokenizer's own errors
        return False
    return True
