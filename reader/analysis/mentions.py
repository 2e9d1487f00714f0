"""Article-level mention linking: every mention of a person or an organisation, linked once.

One pass over the article's entities gives each person and organisation one `Linked` entry
and each mention of it one `Mention`, in text order:

- people (`people.build_people`): the full name, the bare surname or given name, a title and
  a surname ("President Trump"), a possessive ("Braun's"), spelling variants ("Zelensky" /
  "Zelenskyy"), a surname two people share given to the right one ("Mrs. Clinton");
- organisations (`orgs.org_canonical`): the full name, a shorter form or an acronym;
- descriptions: "the company", "the bank", "the newspaper" name the organisation of that kind
  mentioned most so far (`vocab/org_descriptions.txt` says which name words make a kind), or
  a bare capitalised word named twice that is no person or place ("Hasbro … the company");
  "the mother", "the wife" name the one person of that gender mentioned before.

Each mention carries the entity's gender and its salience (how many times the entity was
mentioned up to and including this mention), so a speaker step can ask "who is the company
here?" or "which woman was mentioned most before this point?":

    >>> text = "Acme Corp. cut 100 jobs. The company said demand fell."
    >>> from reader.analysis.entities import EntityFinder
    >>> linking = link_mentions(text, EntityFinder(text).find())
    >>> m = linking.at(text.index("company"))
    >>> (m.name, m.form, m.salience)
    ('Acme Corp', 'description', 2)
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

from reader.analysis import lexicon as lx
from reader.analysis import vocab
from reader.analysis.entities import Entity
from reader.analysis.orgs import org_canonical
from reader.analysis.people import build_people

MentionKind = Literal["person", "org"]
# How a mention names its entity: the fullest name, a shorter form of it (a bare surname or
# given name, a shorter organisation name, an acronym), a title before a shorter form
# ("President Trump"), or a description ("the company").
MentionForm = Literal["full", "short", "title", "description"]

_LOOKBACK = 3000  # characters a description looks back for its organisation
_MAX_CANDIDATES = 64  # organisation mentions a description weighs (keeps the pass linear)
_MAX_STEPS = 256  # mentions a description looks back over


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a linked entity; `start`/`end` index the text."""

    start: int
    end: int
    entity: int  # index into Linking.entities
    kind: MentionKind
    name: str  # the entity's canonical name
    gender: str  # "m", "f" or "u"
    form: MentionForm
    salience: int  # mentions of the entity so far, this one included


@dataclass(slots=True)
class Linked:
    """A person or an organisation with every mention of it, in text order."""

    kind: MentionKind
    name: str
    gender: str = "u"
    role: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)


class Linking:
    """The linked entities of one article and their mentions, sorted by start."""

    __slots__ = ("_starts", "entities", "mentions")

    def __init__(self, entities: tuple[Linked, ...], mentions: tuple[Mention, ...]) -> None:
        self.entities = entities
        self.mentions = mentions
        self._starts = [m.start for m in mentions]

    def at(self, pos: int) -> Mention | None:
        """The mention covering `pos`, if any."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.mentions[i].start <= pos < self.mentions[i].end:
            return self.mentions[i]
        return None

    def before(
        self, pos: int, kind: MentionKind | None = None, gender: str = "u", limit: int = 3000
    ) -> list[Mention]:
        """Mentions ending before `pos` (nearest first) within `limit` characters, of `kind`
        and of `gender` ("u" takes any) when given."""
        i = bisect.bisect_left(self._starts, pos) - 1
        out = []
        while i >= 0 and self.mentions[i].start > pos - limit:
            m = self.mentions[i]
            i -= 1
            if m.end > pos or (kind is not None and m.kind != kind):
                continue
            if gender != "u" and m.gender != gender:
                continue
            out.append(m)
        return out

    def salient(
        self, pos: int, kind: MentionKind, gender: str = "u", limit: int = 3000
    ) -> Linked | None:
        """The entity of `kind` (and `gender`) mentioned most before `pos` among those
        mentioned within `limit` characters; on a tie the one mentioned last."""
        best: tuple[int, int] | None = None
        entity = -1
        for rank, m in enumerate(self.before(pos, kind, gender, limit)[:_MAX_CANDIDATES]):
            key = (m.salience, -rank)
            if best is None or key > best:
                best, entity = key, m.entity
        return self.entities[entity] if entity >= 0 else None

    def people(self) -> list[Linked]:
        """The people, in order of first mention."""
        return [e for e in self.entities if e.kind == "person"]


def _descriptions() -> dict[str, frozenset[str]]:
    return {noun: frozenset((noun, *words)) for noun, words in _TABLE.items()}


_TABLE = vocab.table("org_descriptions")
_KIND_WORDS = _descriptions()
# "[Tt](?<!\w[Tt])he" is "\b[Tt]he" written to open with the letter, so the regex engine skips
# to each T or t instead of trying the whole pattern at every position of the text.
_DESCRIPTION = re.compile(
    r"[Tt](?<!\w[Tt])he[ \u00a0]+(" + "|".join(sorted(_TABLE, key=len, reverse=True)) + r")\b"
    r"(?![ \u00a0]+(?:of|for|that|which|who)\b)(?![-\w])"
)


def _words(name: str) -> set[str]:
    return {w.lower().rstrip(".,").replace("’s", "").replace("'s", "") for w in name.split()}


def link_mentions(text: str, entities: list[Entity]) -> Linking:
    """Link every person and organisation mention of `text` (entities from EntityFinder)."""
    by_span = {(e.start, e.end): e for e in entities}
    linked: list[Linked] = []
    raw: list[tuple[int, int, int, MentionForm]] = []  # start, end, entity, form
    for c in build_people(text, entities):
        linked.append(Linked("person", c.name, c.gender, c.role, list(c.mentions)))
        for a, b in c.mentions:
            raw.append((a, b, len(linked) - 1, _form(text[a:b], c.name, by_span.get((a, b)))))
    taken = {(a, b) for a, b, _i, _f in raw}
    org_index: dict[str, int] = {}
    for ent, name in org_canonical(entities, text):
        if (ent.start, ent.end) in taken:
            continue
        i = org_index.get(name)
        if i is None:
            linked.append(Linked("org", name))
            i = org_index[name] = len(linked) - 1
        linked[i].mentions.append((ent.start, ent.end))
        raw.append((ent.start, ent.end, i, "full" if ent.name == name else "short"))
    # Bare capitalised words named twice or more that are no person or place ("Hasbro
    # hosted a panel … Hasbro said"): organisations if a description names them.
    tentative = _recurring_singles(text, entities, taken)
    first_tentative = len(linked)
    for name, spans in tentative.items():
        linked.append(Linked("org", name, mentions=list(spans)))
        raw.extend((a, b, len(linked) - 1, "full") for a, b in spans)
    raw.sort()
    mentions = _with_salience(raw, linked)
    found = _link_descriptions(text, linked, mentions) if org_index or tentative else []
    used = {i for _a, _b, i, _f in found}
    keep = [i for i in range(len(linked)) if i < first_tentative or i in used]
    if len(keep) < len(linked):
        index = {old: new for new, old in enumerate(keep)}
        linked = [linked[i] for i in keep]
        raw = [(a, b, index[i], f) for a, b, i, f in raw if i in index]
        found = [(a, b, index[i], f) for a, b, i, f in found]
    if found:
        for e in linked:
            e.mentions.sort()
        raw = sorted([*raw, *found])
    if found or len(keep) < first_tentative + len(tentative):
        mentions = _with_salience(raw, linked)
    kin = _link_kin(text, linked, mentions)
    if kin:
        for e in linked:
            e.mentions.sort()
        mentions = _with_salience(sorted([*raw, *kin]), linked)
    return Linking(tuple(linked), tuple(mentions))


# "The mother said": a kin noun with "the" names the one person of that gender mentioned in
# the 3,000 characters before ("Louise Turpin … The mother said"). Not "the father of", which
# introduces someone else.
_KIN_GENDER = {
    "father": "m",
    "mother": "f",
    "husband": "m",
    "wife": "f",
    "widow": "f",
    "widower": "m",
}
_KIN_DESCRIPTION = re.compile(
    r"[Tt](?<!\w[Tt])he[ \u00a0]+("
    + "|".join(_KIN_GENDER)
    + r")\b(?![ \u00a0]+(?:of|to|who)\b)(?![-\w])"
)


def _link_kin(
    text: str, linked: list[Linked], mentions: list[Mention]
) -> list[tuple[int, int, int, MentionForm]]:
    if not any(e.kind == "person" for e in linked):
        return []
    starts = [m.start for m in mentions]
    added: list[tuple[int, int, int, MentionForm]] = []
    for km in _KIN_DESCRIPTION.finditer(text):
        gender = _KIN_GENDER[km.group(1).lower()]
        i = bisect.bisect_left(starts, km.start())
        fitting: set[int] = set()
        for j in range(i - 1, max(-1, i - 1 - _MAX_STEPS), -1):
            m = mentions[j]
            if m.start < km.start() - _LOOKBACK:
                break
            if m.kind == "person" and m.gender == gender:
                fitting.add(m.entity)
        # Only when one person of that gender was mentioned: "the father" after a judge and
        # a father is no one we can tell.
        entity = fitting.pop() if len(fitting) == 1 else -1
        if entity >= 0:
            linked[entity].mentions.append((km.start(1), km.end(1)))
            added.append((km.start(1), km.end(1), entity, "description"))
    return added


def _recurring_singles(
    text: str, entities: list[Entity], taken: set[tuple[int, int]]
) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for e in entities:
        if e.kind != "single" or (e.start, e.end) in taken or not e.name[:1].isupper():
            continue
        low = e.name.lower()
        if low in lx.COUNTRIES or low in lx.NATIONALITIES or low in lx.PLACES:
            continue
        if low in lx.CAPITAL_STOPWORDS or low in lx.COMMON_WORDS or low in lx.first_names():
            continue
        spans.setdefault(e.name, []).append((e.start, e.end))
    return {name: found for name, found in spans.items() if 2 <= len(found) <= 64}


def _form(written: str, name: str, ent: Entity | None) -> MentionForm:
    if ent is not None and ent.title_start < ent.start:
        return "title"
    return "full" if written == name else "short"


def _with_salience(
    raw: list[tuple[int, int, int, MentionForm]], linked: list[Linked]
) -> list[Mention]:
    counts = [0] * len(linked)
    out = []
    for a, b, i, form in raw:
        counts[i] += 1
        e = linked[i]
        out.append(Mention(a, b, i, e.kind, e.name, e.gender, form, counts[i]))
    return out


def _link_descriptions(
    text: str, linked: list[Linked], mentions: list[Mention]
) -> list[tuple[int, int, int, MentionForm]]:
    """ "The company said": the organisation of that kind mentioned most in the 3,000
    characters before (one whose name holds the noun or a word of its kind first: "the bank"
    is "Bank of America" even after "Goldman Sachs"), else the most mentioned one; a body
    noun bound to its kind ("the ministry") links only to an organisation of that kind."""
    starts = [m.start for m in mentions]
    counts = [0] * len(linked)
    added: list[tuple[int, int, int, MentionForm]] = []
    names = [_words(e.name) for e in linked]
    k = 0
    for dm in _DESCRIPTION.finditer(text):
        pos = dm.start()
        while k < len(mentions) and mentions[k].start < pos:
            counts[mentions[k].entity] += 1
            k += 1
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and mentions[i].end > pos:
            continue  # "The Company" inside a name
        kind_words = _KIND_WORDS[dm.group(1).lower()]
        # "the ministry", "the court": only an organisation whose name says it is of that
        # kind (org_kind_bound_nouns.txt), never the company named most (Tesla).
        bound = dm.group(1).lower() in lx.ORG_KIND_BOUND_NOUNS
        best: tuple[int, int, int] | None = None
        entity = -1
        seen: set[int] = set()
        j = i
        floor = max(-1, i - _MAX_STEPS)  # mentions looked at, at most
        while j > floor and mentions[j].start > pos - _LOOKBACK and len(seen) < _MAX_CANDIDATES:
            m = mentions[j]
            j -= 1
            if m.kind != "org" or m.entity in seen:
                continue
            seen.add(m.entity)
            if bound and not names[m.entity] & kind_words:
                continue
            key = (counts[m.entity], int(bool(names[m.entity] & kind_words)), m.start)
            if best is None or key > best:
                best, entity = key, m.entity
        if entity < 0:
            continue
        counts[entity] += 1
        linked[entity].mentions.append((dm.start(1), dm.end(1)))
        added.append((dm.start(1), dm.end(1), entity, "description"))
    return added


__all__ = ["Linked", "Linking", "Mention", "link_mentions"]
