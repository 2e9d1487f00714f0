"""Every key the reader answers to, grouped for the help screen, with the user's remaps.

The bindings themselves live on the classes that act on them (as `BINDINGS` with ids); this
module only gathers them, so the help screen can never drift from what the keys really do.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from textual.binding import Binding

EXTRA_KEYS: list[tuple[str, str, str]] = [
    # Keys Textual itself provides (not remappable here), shown so the help is complete.
    ("Everywhere", "tab / shift+tab", "Move between the text and the panel"),
    ("Everywhere", "ctrl+p", "Command palette"),
    ("Everywhere", "ctrl+c", "Copy the mouse selection"),
    ("Everywhere", "mouse", "Wheel scrolls; click a tab or item; drag to select text"),
    ("Panel", "enter", "Jump to the item in the text (it flashes)"),
    ("Panel", "other letters", "Type to filter the list; esc clears"),
]


@dataclass(frozen=True, slots=True)
class KeyHelp:
    group: str
    keys: str
    description: str
    binding_id: str | None = None


def _bindings(owner: type) -> list[Binding]:
    found: list[Binding] = []
    for item in getattr(owner, "BINDINGS", []):
        found.append(item if isinstance(item, Binding) else Binding(*item))
    return found


def key_table(keymap: Mapping[str, str] | None = None) -> list[KeyHelp]:
    """All keys, by group, after applying `keymap` (binding id -> "key1,key2")."""
    from reader.ui.app import ReaderApp
    from reader.ui.notes_screen import NotesReaderScreen
    from reader.ui.screens.reader_screen import ReaderScreen
    from reader.ui.widgets.article_view import ArticleView
    from reader.ui.widgets.panels import ItemList

    keymap = keymap or {}
    groups: list[tuple[str, type]] = [
        ("Reading", ArticleView),
        ("Reader", ReaderScreen),
        ("Notes", NotesReaderScreen),
        ("Panel", ItemList),
        ("App", ReaderApp),
    ]
    table: list[KeyHelp] = []
    for group, owner in groups:
        for binding in _bindings(owner):
            keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
            table.append(KeyHelp(group, display_keys(keys), binding.description, binding.id))
    table += [KeyHelp(group, keys, text) for group, keys, text in EXTRA_KEYS]
    return table


_NAMES = {
    "slash": "/",
    "question_mark": "?",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
    "down": "↓",
    "up": "↑",
    "escape": "esc",
}


def display_keys(keys: str) -> str:
    return " ".join(_NAMES.get(key.strip(), key.strip()) for key in keys.split(","))
