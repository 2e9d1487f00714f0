"""Every key the reader answers to, grouped for the help screen, with the user's remaps.

The bindings themselves live on the classes that act on them (as `BINDINGS` with ids); this
module only gathers them, so the help screen can never drift from what the keys really do.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class KeySequence:
    """Keys pressed one after another (`]q`, `m` then a letter), handled by the article view.

    `keys` are Textual key names; "{letter}" stands for any letter a-z, passed to the action
    as its last argument. `action` runs on the article view ("screen." for the screen).
    """

    id: str
    keys: tuple[str, ...]
    action: str
    description: str
    group: str = "Reading"


LETTER = "{letter}"
SEQUENCES: list[KeySequence] = [
    KeySequence(
        "reader.next_quote", ("right_square_bracket", "q"), "jump('quotes', 1)", "Next quote"
    ),
    KeySequence(
        "reader.prev_quote", ("left_square_bracket", "q"), "jump('quotes', -1)", "Previous quote"
    ),
    KeySequence(
        "reader.next_person",
        ("right_square_bracket", "p"),
        "jump('people', 1)",
        "Next mention of a person",
    ),
    KeySequence(
        "reader.prev_person",
        ("left_square_bracket", "p"),
        "jump('people', -1)",
        "Previous mention of a person",
    ),
    KeySequence(
        "reader.next_number", ("right_square_bracket", "n"), "jump('numbers', 1)", "Next number"
    ),
    KeySequence(
        "reader.prev_number", ("left_square_bracket", "n"), "jump('numbers', -1)", "Previous number"
    ),
    KeySequence("reader.next_link_seq", ("right_square_bracket", "l"), "link(1)", "Next link"),
    KeySequence("reader.prev_link_seq", ("left_square_bracket", "l"), "link(-1)", "Previous link"),
    KeySequence(
        "reader.next_note",
        ("right_square_bracket", "a"),
        "jump('notes', 1)",
        "Next highlight or note of yours",
    ),
    KeySequence(
        "reader.prev_note",
        ("left_square_bracket", "a"),
        "jump('notes', -1)",
        "Previous highlight or note of yours",
    ),
    KeySequence(
        "reader.next_block_seq",
        ("right_square_bracket", "right_square_bracket"),
        "block(1)",
        "Next heading or paragraph (as })",
    ),
    KeySequence(
        "reader.prev_block_seq",
        ("left_square_bracket", "left_square_bracket"),
        "block(-1)",
        "Previous heading or paragraph (as {)",
    ),
    KeySequence("reader.set_mark", ("m", LETTER), "set_mark", "Mark this place as a letter"),
    KeySequence(
        "reader.go_mark",
        ("apostrophe", LETTER),
        "go_mark",
        "Back to the place marked with that letter",
    ),
    KeySequence(
        "reader.jump_back",
        ("apostrophe", "apostrophe"),
        "jump_back",
        "Back to where you were before the last jump (again: forth)",
    ),
    KeySequence(
        "reader.toggle_quotes",
        ("z", "q"),
        "screen.toggle_highlight('quotes')",
        "Quote highlights on/off",
        "Reader",
    ),
    KeySequence(
        "reader.toggle_people",
        ("z", "p"),
        "screen.toggle_highlight('people')",
        "People highlights on/off",
        "Reader",
    ),
    KeySequence(
        "reader.toggle_numbers",
        ("z", "n"),
        "screen.toggle_highlight('numbers')",
        "Number highlights on/off",
        "Reader",
    ),
]
SEQUENCE_PREFIXES = frozenset(sequence.keys[0] for sequence in SEQUENCES)

# Actions of single keys that a count before them repeats or scales (`5j`, `3n`, `50%`).
COUNTED_ACTIONS = frozenset(
    {"scroll_lines", "page", "half_page", "next_target", "block", "top", "bottom", "percent"}
)


@dataclass(frozen=True, slots=True)
class KeyMeaning:
    """What a key typed means: "wait" for more keys, "run" a completed `sequence` (with the
    `letter` typed for {letter}), "unknown" `keys`, or a plain "key" (with its `count`)."""

    kind: str
    sequence: KeySequence | None = None
    letter: str | None = None
    count: int = 0
    keys: tuple[str, ...] = ()


@dataclass(slots=True)
class KeyReader:
    """What the keys typed so far mean: a count being typed, a sequence begun, or neither.

    Plain Python, fed one key at a time by the article view, so the order of keys is the
    order they were typed even when they arrive in one burst.
    """

    count: str = ""
    pending: tuple[str, ...] = ()

    def feed(self, key: str, character: str | None) -> KeyMeaning:
        if key == "escape" and (self.count or self.pending):
            self.reset()
            return KeyMeaning("wait")
        if self.pending:
            return self._complete((*self.pending, key), character)
        if character and character.isdigit() and (self.count or character != "0"):
            self.count += character
            return KeyMeaning("wait")
        if key in SEQUENCE_PREFIXES:
            self.pending = (key,)
            return KeyMeaning("wait")
        count = int(self.count or 0)
        self.count = ""
        return KeyMeaning("key", count=count)

    def _complete(self, keys: tuple[str, ...], character: str | None) -> KeyMeaning:
        count = int(self.count or 0)  # 3]q: the third quote on
        self.reset()
        letter = character if character and character.isascii() and character.isalpha() else None
        for sequence in SEQUENCES:
            if sequence.keys == keys:
                return KeyMeaning("run", sequence, count=count)
        for sequence in SEQUENCES:
            if letter and sequence.keys == (*keys[:-1], LETTER):
                return KeyMeaning("run", sequence, letter, count=count)
        return KeyMeaning("unknown", keys=keys)

    def take_count(self) -> int:
        """The count typed so far (1 if none), for a key handled elsewhere; it is used up."""
        count = int(self.count or 1)
        self.count = ""
        return count

    def reset(self) -> None:
        self.count = ""
        self.pending = ()


EXTRA_KEYS: list[tuple[str, str, str]] = [
    ("Reading", "5j 3n 10G 50%", "A count first repeats a key; 10G goes to row 10, 50% half way"),
    # Keys Textual itself provides (not remappable here), shown so the help is complete.
    ("Everywhere", "tab / shift+tab", "Move between the text and the panel"),
    ("Everywhere", "ctrl+p", "Command palette"),
    ("Everywhere", "ctrl+c", "Copy the mouse selection"),
    ("Everywhere", "mouse", "Wheel scrolls; click a tab or item; drag to select text"),
]

LIBRARY_EXTRA_KEYS: list[tuple[str, str, str]] = [
    ("Library", "enter", "Open the article from its saved copy"),
    ("Everywhere", "ctrl+p", "Command palette"),
    ("Everywhere", "mouse", "Wheel scrolls; click an article to choose it"),
]

FEED_EXTRA_KEYS: list[tuple[str, str, str]] = [
    ("Feed", "enter", "Read the item (backspace in it comes back here)"),
    ("Everywhere", "ctrl+p", "Command palette"),
    ("Everywhere", "mouse", "Wheel scrolls; click an item to choose it"),
]

COMPARE_EXTRA_KEYS: list[tuple[str, str, str]] = [
    ("Differences", "enter", "Show the difference in both texts"),
    ("Texts", "]q [q ]n [n ]p [p", "Next / previous quote, number, mention of a person"),
    ("Everywhere", "ctrl+p", "Command palette"),
    ("Everywhere", "mouse", "Wheel scrolls; click a difference to choose it"),
]

# Where a screen's list reuses the library's keys, what they mean there (by context).
CONTEXT_TEXT: dict[str, dict[str, str]] = {
    "feed": {
        "library.down": "Next item",
        "library.up": "Previous item",
        "library.first": "First item",
        "library.last": "Last item",
    },
}

# App-wide bindings that mean something on the reader only (listed in its help alone).
READER_ONLY = frozenset({"app.back"})

# Keys of a shared widget that do nothing useful on a screen, so its help leaves them out
# (by context): the compare view has no search, so the texts' n/N/esc search keys are not
# its keys (n/N step through the differences there, esc goes back).
CONTEXT_HIDDEN: dict[str, frozenset[str]] = {
    "compare": frozenset({"reader.next", "reader.previous", "reader.clear_search"}),
}

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
    "reader.copy": "Copy the selection, or the quote at the cursor with speaker and source",
    "reader.clear_search": "Clear the search highlights",
    "reader.search": "Search the text (every match is highlighted; ↑ earlier searches)",
    "reader.search_back": "Search backward: n then goes up, N down",
    "reader.percent": "With a count: 50% goes half way",
    "reader.contents": "Contents: jump to a heading (on a note: its tags)",
    "reader.toggle_panel": "Show or hide the side panel",
    "reader.cycle_width": "Reading width: narrow, medium, wide, full",
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
    "panel.filter": "Filter the list (type; enter: back to the list; esc clears)",
    "panel.speaker": "Quotes: only this speaker (again: all); People: their quotes",
    "panel.clear_filter": "Clear the filter",
    "panel.why": "Quotes: why this speaker? (what in the text named them)",
    "reader.why": "Why the quote at the cursor has its speaker",
    "panel.next": "Next mention of the chosen person (or search match)",
    "panel.previous": "Previous mention (or search match)",
    "notes.visual": "Select the sentence at the cursor (▌ in the margin); j/k, w/b extend",
    "notes.highlight": "Highlight the selection (keyboard or mouse)",
    "notes.annotate": "Note on the selection or the sentence at the cursor (panel: the item)",
    "notes.edit": "Edit the note on the cursor's line or chosen in the Notes tab",
    "notes.delete": "Delete that note (asks first)",
    "notes.undo": "Undo the last delete",
    "notes.library": "Library of saved articles",
    "notes.tag": "Tags of the selection or the note at the cursor",
    "notes.select_down": "While selecting: extend a line down",
    "notes.select_up": "While selecting: extend a line up",
    "notes.select_word": "While selecting: extend by a word",
    "notes.select_back": "While selecting: shrink by a word",
    "notes.select_leave": "While selecting: stop selecting",
    "library.down": "Next article",
    "library.up": "Previous article",
    "library.first": "First article",
    "library.last": "Last article",
    "library.filter": "Filter by title, site or note text (esc clears)",
    "library.back": "Clear the filter or the open box, or back to the reader",
    "library.open": "Open a file or URL typed on one line (as newsreader SOURCE does)",
    "app.quit": "Quit",
    "app.help": "This help",
    "app.back": "Back to the screen this article was opened from (a feed's items)",
    "feed.refresh": "Fetch the feed again (only what changed is sent)",
    "feed.library": "Library of saved articles and feeds",
    "feed.back": "Back to the screen the feed was opened from",
    "compare.down": "Next difference in the list",
    "compare.up": "Previous difference in the list",
    "compare.first": "First difference",
    "compare.last": "Last difference",
    "compare.focus_next": "Between the list of differences and the two texts",
    "compare.focus_prev": "The same, backward",
    "compare.next": "Next difference (both texts follow it)",
    "compare.previous": "Previous difference",
    "compare.note": "Write a note on the difference (saved with both articles)",
    "compare.close": "Back to the article (when opened from the reader)",
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


Groups = list[tuple[str, type]]


def contexts() -> dict[str, tuple[Groups, list[tuple[str, str, str]]]]:
    """Each screen's keys: the classes whose bindings it answers to (by group), and the keys
    it has that no binding lists (`context` of `key_table`)."""
    from reader.ui.app import ReaderApp
    from reader.ui.notes_library import LibraryList, LibraryScreen
    from reader.ui.notes_screen import NotesReaderScreen
    from reader.ui.screens.compare import CompareScreen, DifferenceList
    from reader.ui.screens.feed_list import FeedItems, FeedScreen
    from reader.ui.screens.reader_screen import ReaderScreen
    from reader.ui.widgets.article_view import ArticleView
    from reader.ui.widgets.panels import ItemList

    reader: Groups = [
        ("Reading", ArticleView),
        ("Reader", ReaderScreen),
        ("Notes", NotesReaderScreen),
        ("Panel", ItemList),
        ("App", ReaderApp),
    ]
    library: Groups = [("Library", LibraryList), ("Library", LibraryScreen), ("App", ReaderApp)]
    feed: Groups = [("Feed", FeedItems), ("Feed", FeedScreen), ("App", ReaderApp)]
    compare: Groups = [
        ("Differences", DifferenceList),
        ("Compare", CompareScreen),
        ("Texts", ArticleView),
        ("App", ReaderApp),
    ]
    return {
        "reader": (reader, EXTRA_KEYS),
        "library": (library, LIBRARY_EXTRA_KEYS),
        "feed": (feed, FEED_EXTRA_KEYS),
        "compare": (compare, COMPARE_EXTRA_KEYS),
    }


def key_table(keymap: Mapping[str, str] | None = None, context: str = "reader") -> list[KeyHelp]:
    """All keys of a screen (`context`: "reader", "library", "feed" or "compare"), by group,
    after applying `keymap` (binding id -> "key1,key2")."""
    keymap = keymap or {}
    groups, extra = contexts()[context]
    wording = HELP_TEXT | CONTEXT_TEXT.get(context, {})
    table: list[KeyHelp] = []
    listed: set[str] = set()
    for position, (group, owner) in enumerate(groups):
        for binding in _bindings(owner):
            if binding.id and binding.id in listed:
                continue  # a subclass that re-declares a parent's key lists it once
            if context != "reader" and binding.id in READER_ONLY:
                continue
            if binding.id in CONTEXT_HIDDEN.get(context, frozenset()):
                continue
            if binding.id:
                listed.add(binding.id)
            keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
            text = wording.get(binding.id or "", binding.description)
            table.append(KeyHelp(group, display_keys(keys), text, binding.id))
        if any(later == group for later, _ in groups[position + 1 :]):
            continue  # the group's sequences and other keys come after its last class
        table += [
            KeyHelp(
                group,
                "".join("{a-z}" if key == LETTER else display_keys(key) for key in sequence.keys),
                sequence.description,
                sequence.id,
            )
            for sequence in SEQUENCES
            if sequence.group == group
        ]
        table += [KeyHelp(group, keys, text) for where, keys, text in extra if where == group]
    named = {group for group, _ in groups}
    table += [KeyHelp(g, keys, text) for g, keys, text in extra if g not in named]
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
    "left_curly_bracket": "{",
    "right_curly_bracket": "}",
    "apostrophe": "'",
    "percent_sign": "%",
    "backslash": "\\",
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
