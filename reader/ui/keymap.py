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
    ("Panel", "other letters", "Type to filter the list; esc clears"),
]


# Longer wording for the help screen than fits in the footer (by binding id).
HELP_TEXT: dict[str, str] = {
    "reader.down": "Scroll down one line",
    "reader.up": "Scroll up one line",
    "reader.half_down": "Half a page down",
    "reader.half_up": "Half a page up",
    "reader.top": "Go to the top",
    "reader.bottom": "Go to the end",
    "reader.next": "Next search match, or next mention of the chosen person",
    "reader.previous": "Previous search match or mention",
    "reader.next_block": "Next heading or paragraph",
    "reader.prev_block": "Previous heading or paragraph",
    "reader.copy": "Copy the mouse selection",
    "reader.clear_search": "Clear the search highlights",
    "reader.search": "Search the text (every match is highlighted)",
    "reader.contents": "Contents: jump to a heading",
    "reader.toggle_panel": "Show or hide the side panel",
    "reader.cycle_width": "Reading width: narrow, medium, wide, full",
    "reader.toggle_quotes": "Quote highlights on/off",
    "reader.toggle_people": "People highlights on/off",
    "reader.toggle_numbers": "Number highlights on/off",
    "reader.next_link": "Next link in the text (its URL shows)",
    "reader.prev_link": "Previous link in the text",
    "reader.follow_link": "Open the link at the cursor (or chosen in Links) as a new page",
    "reader.back": "Back to the page the link was followed from, where you left it",
    "reader.open_browser": "Open the link in the system browser ($BROWSER) and copy it",
    "reader.copy_link": "Copy the link's URL",
    "panel.unsourced": "Numbers: only the figures with no source given (again: all)",
    "panel.jump": "Jump to the item in the text (it flashes); in Links: open the link",
    "panel.previous_tab": "Previous tab (Quotes, People, Numbers, Notes)",
    "panel.next_tab": "Next tab",
    "reader.move_panel": "Move the panel: right of the text or below it",
    "reader.grow_panel": "Make the panel bigger",
    "reader.shrink_panel": "Make the panel smaller",
    "panel.first": "First item",
    "panel.last": "Last item",
    "panel.filter": "Filter the list",
    "panel.speaker": "Quotes: only this speaker (again: all); People: their quotes",
    "panel.clear_filter": "Clear the filter",
    "panel.next": "Next mention of the chosen person (or search match)",
    "panel.previous": "Previous mention (or search match)",
    "notes.visual": "Select the sentence at the cursor; j/k, w/b extend",
    "notes.highlight": "Highlight the selection (keyboard or mouse)",
    "notes.annotate": "Highlight and write a note (in a panel: on the item)",
    "notes.edit": "Edit the note at the cursor or in the Notes tab",
    "notes.delete": "Delete that note (asks first)",
    "notes.undo": "Undo the last delete",
    "notes.library": "Library of saved articles",
    "notes.select_down": "While selecting: extend a line down",
    "notes.select_up": "While selecting: extend a line up",
    "notes.select_word": "While selecting: extend by a word",
    "notes.select_back": "While selecting: shrink by a word",
    "notes.select_leave": "While selecting: stop selecting",
    "app.quit": "Quit",
    "app.help": "This help",
}


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
    listed: set[str] = set()
    for group, owner in groups:
        for binding in _bindings(owner):
            if binding.id and binding.id in listed:
                continue  # a subclass that re-declares a parent's key lists it once
            if binding.id:
                listed.add(binding.id)
            keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
            text = HELP_TEXT.get(binding.id or "", binding.description)
            table.append(KeyHelp(group, display_keys(keys), text, binding.id))
    table += [KeyHelp(group, keys, text) for group, keys, text in EXTRA_KEYS]
    return table


_NAMES = {
    "plus": "+",
    "minus": "-",
    "equals_sign": "=",
    "left": "←",
    "right": "→",
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
    "greater_than_sign": ">",
    "less_than_sign": "<",
    "exclamation_mark": "!",
}


def display_keys(keys: str) -> str:
    return " ".join(_NAMES.get(key.strip(), key.strip()) for key in keys.split(","))
