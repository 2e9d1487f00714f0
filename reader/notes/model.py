"""The records the notes layer hands out. Plain frozen dataclasses, no database handles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reader.article import Article

# What a highlight is attached to: a passage the user selected, or an item from a panel.
HighlightKind = Literal["highlight", "quote", "person", "number"]
HIGHLIGHT_KINDS: tuple[HighlightKind, ...] = ("highlight", "quote", "person", "number")

# How a highlight was placed in the current text (None: orphaned, not found).
AnchorMethod = Literal["position", "quote", "fuzzy"]


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a highlight was made, as the W3C TextQuote + TextPosition selector pair."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Highlight:
    """A highlighted passage and the user's note on it (note may be empty), with tags.

    `id` is never reused; `version` goes up with every change, so an edit or delete names
    exactly the note it was shown (id, uid and version) and fails if the database differs.
    """

    id: int
    uid: str
    article_id: int
    anchor: Anchor
    note: str
    kind: HighlightKind
    label: str | None
    created: str
    modified: str
    version: int = 1
    tags: tuple[str, ...] = ()  # given with `t`; `all_tags` adds the note's #tags

    @property
    def all_tags(self) -> tuple[str, ...]:
        """Its tags: those given with `t`, then the `#tags` written in its note."""
        from reader.notes.tags import note_tags, unique

        return unique((*self.tags, *note_tags(self.note)))


@dataclass(frozen=True, slots=True)
class Placement:
    """A highlight's place in the current text; `method is None` means orphaned."""

    start: int
    end: int
    method: AnchorMethod | None

    @property
    def orphaned(self) -> bool:
        return self.method is None


@dataclass(frozen=True, slots=True)
class PlacedHighlight:
    """A highlight together with where it lies in the text being shown."""

    highlight: Highlight
    placement: Placement


@dataclass(frozen=True, slots=True)
class SavedArticle:
    """One article in the library."""

    id: int
    identity: str
    source: str
    url: str | None
    title: str | None
    site: str | None
    published: str | None
    first_saved: str
    last_opened: str
    note_count: int


@dataclass(frozen=True, slots=True)
class ArticleVersion:
    """One saved copy of an article; `saved` is when it was last seen as the current one."""

    saved: str
    article: Article


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A highlight whose text or note matched a search, with its article."""

    article: SavedArticle
    highlight: Highlight
