"""Capitalised name runs in the text, each classed as a person, an organisation or neither.

A run is a sequence of capitalised words (with initials, name particles like al-, de, van,
bin, and Jr.) on one line. Leading sentence openers and titles are peeled off; what is left
is judged by its words (organisation words, places, nationalities, census first names) and
by its surroundings (a title before it, an age or a role after it, a speech verb).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from reader.analysis import lexicon as lx
from reader.analysis.evidence import entity_kind as ek

_UP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_TOKEN = (
    rf"(?:[{_UP}]\.){{2,}}"  # U.S., D.C.
    rf"|[{_UP}]{{1,4}}&[{_UP}]{{1,4}}\b"  # AT&T, S&P, H&M: one name, not two around "&"
    rf"|(?:(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|ben|d)[-'’])?[{_UP}]\w*(?:[-'’][{_UP}]\w*)*"
    rf"(?:-[a-z]{{2,12}}\b)?\.?"
    rf"|&"
)
_PARTICLE = (
    r"(?:al|el|de|del|della|dela|delos|der|den|di|da|dos|das|du|van|von|bin|ibn|bint|abu|le|la|ter|ten"
    r"|y|of|and|&)"
)
_RUN = re.compile(
    rf"(?<![\w])(?:{_TOKEN})(?:[ \u00a0](?:{_PARTICLE}[ \u00a0]){{0,2}}(?:{_TOKEN}))*"
    rf"(?:,?[ \u00a0](?:Jr|Sr)\.?|[ \u00a0](?:II|III|IV))?"
)
_TOKEN_SPLIT = re.compile(r"[^ \u00a0]+")
# "\b[a-z][a-z'’-]*\b", its first "\b" written after the letter so that the regex engine skips
# to the lower-case letters (twice as fast over a whole text)
_LOWER_WORD = re.compile(r"[a-z](?<!\w[a-z])[a-z'’-]*\b")
_LOWER_SUFFIX = re.compile(r"-([a-z]+)\.?$")
_HYPHEN_WORDS = frozenset(
    re.split(
        r"\s+",
        """based owned led backed born style era like run held controlled made friendly free
    linked funded sponsored affiliated aligned speaking american year old day esque related
    ridden oriented dominated focused centric wide winning nominated bound inspired type
    class level area region state wing leaning educated trained registered listed
    flagged appointed elected allied ruled occupied gate""",
    )
)
# Role nouns that, capitalised inside a name, are part of it ("Star Wars", "Ranking Member").
_NOT_RUN_TITLES = frozenset(
    re.split(
        r"\s+",
        """star player singer actor actress rapper musician artist designer architect producer
        host presenter anchor partner owner investor banker trader teacher writer author
        editor reporter columnist correspondent student analyst economist strategist
        manager executive founder co-founder head official officer aide adviser advisor
        researcher scientist engineer pilot champion boss staffer operative diplomat expert
        specialist nurse doctor physician surgeon striker goalkeeper singer""",
    )
)
_SHORT_WORD_DOT = re.compile(r"[A-Z][a-z]\.")
_NEXT_WORD = re.compile(r"[ \u00a0]*(?:\n|$)|[ \u00a0]+(?:[“\"]|([A-Z][a-z'’]*)\b)")
_ADVERB_ENDINGS = ("ally", "ntly", "tely", "edly", "ously", "ably", "ibly", "ily", "ely", "ngly")
_CAMEL = re.compile(r"^(?!Mc|Mac|De|Di|La|Le|Van|Von|O')[A-Z][a-z]+[A-Z]")
_MAX_NAME_TOKENS = 16  # a longer capitalised run is a heading, not a name
_KEEP_DOT = frozenset(["sept", "prof", "capt", "sgt", "gov", "rep", "sen", "cmdr"])
# A firm's abbreviated suffix keeps its full stop when the sentence goes on ("Moody’s
# Analytics Inc. in West Chester"); before a capital it ends the sentence ("Acme Corp. The").
_FIRM_SUFFIXES = frozenset(["inc", "corp", "ltd"])
_GOES_ON = re.compile(r"[ \u00a0]*(?:[a-z]|,)")
_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])
_AGE_AFTER = re.compile(r"(?:’s|'s)?,? \(?\d{1,3}(?:[,)]|\s[–—-]\s)")
_APPOS_AFTER = re.compile(
    r",\s+(?:a|an|the|who|whose|[a-z]+ and)\b|,\s+(?:[A-Z][\w.&-]*\s+)*[a-z]+\b"
)
_CUE_AFTER = re.compile(
    r"(?:’s|'s)?,?\s+(?:(?:also|then|later|earlier|has|had|have|once|[a-z]+ly)\s+){0,2}([a-z]+)"
)


@dataclass(frozen=True, slots=True)
class _Split:
    """A run to be classed as separate parts."""

    parts: tuple[list[tuple[int, int]], ...]


@dataclass(slots=True)
class Entity:
    kind: str  # "person", "org", "place", "other"
    start: int
    end: int
    name: str
    title_start: int  # where a title written inside the run starts (== start if none)
    tokens: tuple[str, ...]
    evidence: tuple[str, ...] = ()  # the named evidence that set the kind, when it did


@lru_cache(maxsize=1 << 16)  # called for every word of every run, often on the same words
def _clean(tok: str) -> str:
    return tok.lower().rstrip(".").replace("’", "'")


def _strip_possessive(text: str, start: int, end: int) -> int:
    if end - start > 2 and text[end - 2 : end] in ("'s", "’s"):
        return end - 2
    if end - start > 1 and text[end - 1] in "'’" and text[end - 2] == "s":
        return end - 1
    return end


class EntityFinder:
    """Finds the runs once, then classes them with text-wide evidence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.first_names = lx.first_names()
        self.intl_given = lx.intl_only_given_names()
        self.lower_words = self._lower_words(text)
        self._no_dot: dict[str, bool] = {}
        self._full_givens: frozenset[str] = frozenset()

    @staticmethod
    def _lower_words(text: str) -> frozenset[str]:
        return frozenset(_LOWER_WORD.findall(text))

    def runs(self) -> list[tuple[int, int, list[tuple[int, int]]]]:
        text = self.text
        out = []
        for m in _RUN.finditer(text):
            toks: list[tuple[int, int]] = []
            for t in _TOKEN_SPLIT.finditer(text, m.start(), m.end()):
                a, b = t.start(), t.end()
                if text[b - 1] == ",":
                    b -= 1
                word = text[a:b]
                suffix = _LOWER_SUFFIX.search(word) if "-" in word else None
                if suffix and suffix.group(1) in _HYPHEN_WORDS:
                    # "Braun-owned", "London-based": the name stops at the hyphen.
                    toks.append((a, a + suffix.start()))
                    out.append((toks[0][0], a + suffix.start(), toks))
                    toks = []
                    continue
                if (
                    word.endswith(".")
                    and (
                        len(word) > 3
                        or word in ("II.", "IV.", "VI.")
                        or self._short_word_ends_sentence(word, b)
                    )
                    and _clean(word) not in _KEEP_DOT
                    and _clean(word) not in lx.HONORIFICS
                    and word.count(".") == 1
                ):
                    # A sentence ends here: close the run without the full stop.
                    toks.append((a, b - 1 if not self._firm_dot(word, b) else b))
                    out.append((toks[0][0], b - 1, toks))
                    toks = []
                    continue
                toks.append((a, b))
            if toks:
                out.append((toks[0][0], toks[-1][1], toks))
        return out

    def _firm_dot(self, word: str, end: int) -> bool:
        """ "Inc." that the sentence goes on after keeps its full stop."""
        return _clean(word) in _FIRM_SUFFIXES and _GOES_ON.match(self.text, end) is not None

    def _short_word_ends_sentence(self, word: str, end: int) -> bool:
        """A two-letter word with a full stop ends the sentence when the text ends there or
        a sentence opener follows: "met Kim Jong Un. He said". Not "Jr." or "St. Louis"."""
        if not _SHORT_WORD_DOT.fullmatch(word) or word.lower() in _SUFFIXES:
            return False
        nxt = _NEXT_WORD.match(self.text, end)
        if nxt is None:
            return False
        if nxt.group(1) is None or nxt.group(1).lower() in lx.CAPITAL_STOPWORDS:
            return True
        # "… says Li. Polarized radio signals": a common word the text writes in lower case
        # after a name the text also writes with no full stop ("Di Li,") opens a sentence.
        low = nxt.group(1).lower()
        return (
            low in self.lower_words
            and low not in self.first_names
            and self._written_without_dot(word[:-1])
        )

    def _written_without_dot(self, word: str) -> bool:
        """The text writes `word` somewhere with no full stop after it (cached per word)."""
        if word not in self._no_dot:
            self._no_dot[word] = re.search(rf"\b{word}\b(?!\.)", self.text) is not None
        return self._no_dot[word]

    def find(self) -> list[Entity]:
        text = self.text
        ents: list[Entity] = []
        runs = self.runs()
        # Bare words used the way people's surnames are: "Opelka said", "Braun, 38",
        # "Mr. Quenn", "Braun’s calls".
        self.singles = Counter(
            _clean(text[toks[0][0] : _strip_possessive(text, toks[0][0], toks[0][1])])
            for _s, _e, toks in runs
            if len(toks) == 1 and _person_context(text, toks[0][0], toks[0][1])
        )
        # ... and a surname after an honorific inside the run ("Mr Mkhize", "Dr. Okoro"), as
        # British and Asian copy names a person after the first mention.
        self.singles.update(
            _clean(text[toks[1][0] : _strip_possessive(text, toks[1][0], toks[1][1])])
            for _s, _e, toks in runs
            if len(toks) == 2 and _clean(text[toks[0][0] : toks[0][1]]) in _SURNAME_HONORIFICS
        )
        # Capitalised words written alone somewhere, with no article ("Ferguson" after "Ego
        # Ferguson"; not "the Hornets" after "Charlotte Hornets").
        self.bare_words = frozenset(
            _clean(text[toks[0][0] : _strip_possessive(text, toks[0][0], toks[0][1])])
            for _s, _e, toks in runs
            if len(toks) == 1 and not _THE_BEFORE.search(text, max(0, toks[0][0] - 4), toks[0][0])
        )
        self.org_names: set[str] = set()
        self.thing_names: set[str] = set()
        for _start, _end, toks in runs:
            ents.extend(self._classify_all(toks))
        ents = self._join_org_of(ents)
        ents = self._join_possessive_office(ents)
        self._coordinated_people(ents)
        self._trim_heading_words(ents)
        self._weigh_evidence(ents)
        # Once more: a name the evidence made a person lends it to the one joined to it
        # ("PhD candidates Deokkyun Yoon and Molong Duan").
        self._coordinated_people(ents)
        self._listed_word_surnames(ents)
        # A name seen once as part of an organisation or building is one everywhere; so is
        # one seen as a thing's name after an article ("aka the Jones Mahal. … with the Jones
        # Mahal under construction").
        # (Not where this mention is plainly a person's: "Former President Jimmy Carter, 95,
        # spoke" and "the Jimmy Carter center".)
        for e in ents:
            if e.kind not in ("person", "person_maybe") or self._named_as_person(e):
                continue
            if e.name in self.org_names:
                e.kind = "org"
            elif e.name in self.thing_names:
                e.kind = "other"
        return ents

    def _surname_used_as_person(self, low: str, before: str) -> bool:
        """Article-level: a listed surname that the text uses alone as a person's twice or more
        ("Mkhize said", "Mkhize, 45,", "Mr Mkhize"), and that is no common word, place or
        organisation word, names a person even where no full name is given."""
        return (
            self.singles[low] >= 2
            and low in lx.surnames()
            and low not in lx.COMMON_WORDS
            and low not in self.lower_words
            and not _placeish(low)
            and low not in lx.ORG_WORDS
            and low not in lx.KNOWN_ORGS
            and not _THE_BEFORE.search(before)
        )

    def _named_as_person(self, e: Entity) -> bool:
        """A title inside the run, or an age or a role apposition after it, names a person
        here, whatever the name names elsewhere: "Mr. Bill Gates said", "Jimmy Carter, 95,"."""
        return (
            e.title_start < e.start
            or _AGE_AFTER.match(self.text, e.end) is not None
            or _role_after_match(self.text, e.end) is not None
        )

    def _weigh_evidence(self, ents: list[Entity]) -> None:
        """Let the named evidence of `evidence.entity_kind` overrule the rules' kind of a run
        of two or more words ("Fiona Hill" is no place once "Hill said" is seen)."""
        surnames = frozenset(self.singles)
        for e in ents:
            if len(e.tokens) < 2 or e.kind not in _EVIDENCE_KIND:
                continue
            if e.kind == "org" and not self._given_name_and_org_word(e):
                continue  # no evidence retypes an organisation but "Arsenio Hall said"
            if e.kind == "other" and not _plain_name(e):
                continue  # "other" may become only a person (_may_become_person)
            span = ek.Span(
                self.text,
                e.start,
                e.end,
                e.title_start,
                tuple(_clean(t) for t in e.tokens),
                e.kind,
                self.first_names,
                surnames,
                self.lower_words,
                self.bare_words,
            )
            kind, fired = ek.decide(span)
            if kind != "person" and "article_and_head" in fired:
                self.thing_names.add(e.name)
            if self._surname_of_org_word(e, fired):
                e.kind, e.evidence = "person", tuple(fired)
                continue
            if kind == "person" and not self._may_become_person(e, fired):
                continue
            if _EVIDENCE_KIND[e.kind] != kind and kind in _MAY_RETYPE[_EVIDENCE_KIND[e.kind]]:
                e.kind = "person" if kind == "person" else _ENTITY_KIND.get(kind, "other")
                e.evidence = tuple(fired)

    def _surname_of_org_word(self, e: Entity, fired: list[str]) -> bool:
        """ "Arsenio Hall said", "Charlotte Church, 33,": a given name, then an
        organisation word that is also a common surname, and a sign only a person takes,
        make a person ("Carnegie Hall", "Harvard Law" open with no given name)."""
        return self._given_name_and_org_word(e) and any(f in _STRONG_PERSON_SIGNS for f in fired)

    def _given_name_and_org_word(self, e: Entity) -> bool:
        """The shape `_surname_of_org_word` asks of an organisation, before any evidence."""
        return (
            e.kind == "org"
            and len(e.tokens) == 2
            and e.start == e.title_start
            and _clean(e.tokens[0]) in self.first_names
            and _clean(e.tokens[1]) in lx.ORG_WORD_SURNAMES
            and _NAME_WORD.fullmatch(e.tokens[0]) is not None
        )

    def _bracketed_given_name(self, before: str) -> bool:
        """An editor's given name in square brackets stands before the word, which is a
        surname: "the one [David] Plouffe built", "President [Barack] Obama"."""
        m = _BRACKETED_BEFORE.search(before)
        return m is not None and m.group(1).lower() in self.first_names

    def _person_a_role_works_for(self, before: str, core: list[str]) -> bool:
        """ "a lawyer for Harvey Weinstein", "press secretary for Bill Clinton": after
        "for", a given name and one or two more words name the person served, not a firm
        (which a role is "at": "strategist at Miller Tabak")."""
        return (
            before.endswith("for ")
            and 2 <= len(core) <= 3
            and core[0] in self.first_names
            and not any(w in lx.ORG_WORDS for w in core[1:])
        )

    @staticmethod
    def _may_become_person(e: Entity, fired: list[str]) -> bool:
        """Evidence makes a person only of a plain name: no organisation ("Eugene Volokh of
        UCLA School of Law" holds two names), a given name first or a phrase that only a
        person takes ("40-year-old X", "X, a former boyfriend"), and no office in it ("Vice
        President", "Strategy Officer")."""
        return (
            e.kind in ("person", "person_maybe", "place", "other")
            and any(f in _PERSON_SIGNS for f in fired)
            and _plain_name(e)
        )

    def _initials_and_surname(self, core: list[str], start: int) -> bool:
        """Two or three dotted initials, then one surname-shaped word, are a person's name:
        "O.J. Simpson", "J.K. Rowling", "C.K. Walker". Not initials of no person ("U.S. Steel",
        `vocab/not_person_initials.txt`), nor a common, place or organisation word after them."""
        m = _INITIALS_THEN_WORD.match(self.text, start)
        return (
            m is not None
            and len(core) == 2
            and core[0] not in lx.NOT_PERSON_INITIALS
            and not self._is_common(core[1])
            and not _placeish(core[1])
            and core[1] not in lx.ORG_WORDS
            and core[1] not in lx.KNOWN_ORGS
        )

    def _trim_heading_words(self, ents: list[Entity]) -> None:
        """Title-case headings glue words to a name ("How Mary Steenburgen Wrote the …",
        "Introducing Junior Gaspard, New CEO"): a word at either end of a person's name that
        the text also uses in lower case (or a leading -ing verb) is dropped when what
        remains is a name found elsewhere in the text."""
        names = {
            e.name for e in ents if e.kind in ("person", "person_maybe") and len(e.tokens) >= 2
        }
        for k, e in enumerate(ents):
            if e.kind not in ("person", "person_maybe") or len(e.tokens) < 3:
                continue
            first, last = e.tokens[0], e.tokens[-1]
            lo, hi = e.start, e.start + len(e.name)
            gerund = first.endswith("ing") and _clean(first) not in self.first_names
            if (gerund or self._glued(first)) and self.text[lo + len(first) + 1 : hi] in names:
                lo += len(first) + 1
            elif self._glued(last) and self.text[lo : hi - len(last) - 1] in names:
                hi -= len(last) + 1
            else:
                continue
            name = self.text[lo:hi]
            ents[k] = Entity(e.kind, lo, hi, name, lo, tuple(name.split()))

    def _foreign_name_of_words(self, core: list[str], run_start: int) -> bool:
        """A given name known only from the international lists is weaker evidence than a
        census name: it makes no person when common words follow ("Heinz Field", "Philippine
        Red Cross"), nor after a determiner ("the Manila Bulletin", "the Johan Sverdrup
        field"; a person's name takes none)."""
        if core[0] not in self.intl_given:
            return False
        if any(w in lx.COMMON_WORDS for w in core[1:]):
            return True
        return _NOT_A_NAME_BEFORE.search(self.text, max(0, run_start - 8), run_start) is not None

    def _glued(self, tok: str) -> bool:
        low = _clean(tok)
        return (
            low in self.lower_words
            and low not in self.first_names
            and low not in _SUFFIXES
            and not _is_title(tok)
        )

    def _coordinated_people(self, ents: list[Entity]) -> None:
        """ "Aryavir Kumar and Margarita Kuritsyna": a two- or three-word name joined by
        "and" / "or" to a full person's name is a person too, when none of its words is a
        common word, a place or an organisation word. Joined by a comma ("Oprah Winfrey,
        Whoopi Goldberg, Kevin Feige"), it must also open with a given name. A lone given
        name listed with a person is one too (`_listed_given_name`)."""
        text = self.text
        # Given names of the people named in full ("Stephen" of "Stephen Jones"): a lone one
        # stands for that person, so a given name listed beside it is a person too.
        self._full_givens = frozenset(
            _clean(e.tokens[0])
            for e in ents
            if e.kind == "person" and len(e.tokens) >= 2 and _clean(e.tokens[0]) in self.first_names
        )
        for k in range(len(ents) - 1):
            a, b = ents[k], ents[k + 1]
            if not _listed(text, a, b):
                continue
            comma = text[a.end : a.end + 1] == ","
            for this, other in ((a, b), (b, a)):
                between = this.kind in ("other", "person_maybe") and between_listed_people(
                    text, ents, k if this is a else k + 1
                )
                if (
                    this.kind in ("other", "person_maybe")
                    and (not comma or _clean(this.tokens[0]) in self.first_names or between)
                    and other.kind == "person"
                    and len(other.tokens) >= 2
                    and 2 <= len(this.tokens) - _inner_particles(this.tokens) <= 3
                    and this.start == this.title_start
                    # "Jeff Bezos’s Blue Origin and Elon Musk": owned, not a person; and
                    # "A, B Co and C D": a list of firms (between two people's names in a
                    # list, a name is one of them: "Albert Mazza, Desma Oakes, Aaron Perry").
                    and (
                        between
                        or not _OWNED_OR_LISTED.search(
                            text,
                            max(0, min(a.start, a.title_start) - 3),
                            min(a.start, a.title_start),
                        )
                    )
                    and all(_NAME_WORD.fullmatch(t) for t in _name_words(this.tokens))
                    and not any(
                        self._is_common(t)
                        or _placeish(_clean(t))
                        or _clean(t) in lx.ORG_WORDS
                        or _is_title(t)
                        for t in _name_words(this.tokens)
                    )
                ) or self._listed_given_name(this, other):
                    this.kind = "person"

    def _listed_word_surnames(self, ents: list[Entity]) -> None:
        """A census given name and a surname that is also an organisation or place word,
        listed between two people's names, is a person: "Catherine Whitaker, David Law and
        Matt Roberts", "Anna Smith, Nellie Wall and Joan Brown"."""
        for k, e in enumerate(ents):
            if (
                e.kind in ("org", "place")
                and len(e.tokens) == 2
                and e.start == e.title_start
                and _NAME_WORD.fullmatch(e.tokens[0]) is not None
                and _clean(e.tokens[0]) in self.first_names
                and _clean(e.tokens[0]) not in self.intl_given
                and not _placeish(_clean(e.tokens[0]))
                and _clean(e.tokens[0]) not in lx.PLACE_OPENERS  # "Santa Monica"
                and (
                    _clean(e.tokens[1]) in lx.ORG_WORD_SURNAMES or _clean(e.tokens[1]) in lx.PLACES
                )
                and between_listed_people(self.text, ents, k)
            ):
                e.kind = "person"

    def _listed_given_name(self, this: Entity, other: Entity) -> bool:
        """A lone given name listed with a person is a person: "children Brodie and Nolan",
        "Richard and Lisa Parry", "four daughters, Nadine, Ashley and Toni", and with the
        given name alone of a person named in full ("Stephen Jones … Stephen and Karen’s
        four kids")."""
        tok = this.tokens[0]
        low = _clean(tok)
        return (
            this.kind == "single"
            and len(this.tokens) == 1
            and (
                other.kind == "person"
                or (
                    other.kind == "single"
                    and len(other.tokens) == 1
                    and _clean(other.tokens[0]) in self._full_givens
                    and other.tokens[0] != tok
                )
            )
            and low in self.first_names
            and _NAME_WORD.fullmatch(tok) is not None
            and not (self._is_common(tok) or _placeish(low) or _is_title(tok))
            and low not in lx.ORG_WORDS
            and low not in self.intl_given  # a census or project name, not a rarer one
            and this.name not in self.org_names  # "Chelsea" of "Chelsea FC"
            # "The Bernie and Sid Show": a name inside a title.
            and not _DETERMINER_BEFORE.search(self.text, max(0, this.start - 6), this.start)
        )

    def _join_possessive_office(self, ents: list[Entity]) -> list[Entity]:
        """ "The Alachua Sheriff's Office": a name that is neither person nor place, then 's
        and an organisation word, is one organisation ("Russia's Foreign Ministry" keeps
        the country apart)."""
        text = self.text
        out: list[Entity] = []
        for e in ents:
            prev = out[-1] if out else None
            if (
                prev is not None
                # not a bare surname: "Trump's State Department"; a firm may own one
                # ("Moody’s Analytics Inc.")
                and (
                    prev.kind == "other"
                    or (prev.kind == "org" and _clean(e.tokens[-1]) in _FIRM_SUFFIXES)
                )
                and e.kind == "org"
                and len(e.tokens) <= 3
                and text[prev.end : e.start] in ("'s ", "’s ")
                and _clean(e.tokens[-1]) in lx.ORG_WORDS
            ):
                name = text[prev.start : e.end]
                toks = tuple(name.split())
                out[-1] = Entity("org", prev.start, e.end, name, prev.title_start, toks)
                continue
            out.append(e)
        return out

    def _join_org_of(self, ents: list[Entity]) -> list[Entity]:
        """ "Centre for Economic Policy Research", "Council on Foreign Relations": an
        organisation word, then for/on/of and a capitalised run, is one organisation."""
        text = self.text
        out: list[Entity] = []
        for e in ents:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.kind == "org"
                and _clean(prev.tokens[-1]) in lx.ORG_WORDS
                and e.kind in ("org", "other", "single", "person_maybe")
                # "Wembley Stadium on Monday": a day or a month after "on"/"in" is a date
                and not (len(e.tokens) == 1 and _is_day_or_month(e.tokens[0]))
                and len(prev.tokens) + len(e.tokens) <= _MAX_NAME_TOKENS  # stays linear
                and _ORG_JOIN.fullmatch(text, prev.end, min(e.start, e.title_start))
            ):
                out[-1] = Entity(
                    "org",
                    prev.start,
                    e.end,
                    text[prev.start : e.end],
                    prev.title_start,
                    tuple(text[prev.start : e.end].split()),
                )
                continue
            out.append(e)
        return out

    def _opening_adverb(self, text: str, pos: int, word: str) -> bool:
        """A sentence-opening adverb or other common word is no part of the name after it,
        even when the text never writes it in lower case: "Apparently Lindsey’s posts …",
        "Neither Dasbach nor Mears", "Recent Samsung TVs". A given name, a surname or a word
        of five letters or fewer stays ("Young Kim", "Moon Jae-in", "Fan Mengguang")."""
        low = word.lower()
        if self._inflected_opener(low) and _sentence_initial(text, pos):
            return True
        return (
            low in lx.COMMON_WORDS
            and (
                (len(low) >= 7 and low.endswith(_ADVERB_ENDINGS))
                # (a short one may be a name: "Fan Mengguang", "Storm Filsaimewith")
                or (len(low) >= 6 and low not in lx.surnames() and not _is_title(word))
            )
            and low not in self.first_names
            and _sentence_initial(text, pos)
        )

    def _position_acronym(self, words: list[str], lows: list[str]) -> bool:
        """An acronym opening a run, then a given name (or initials) and one surname, is a
        position or a rank, not part of the name: "DL Chad Thomas", "QB Dak Prescott",
        "CB T.J. Carrie", "IM Dorsa Derakhshani" ("NBC News", "USA Today": no given name)."""
        if len(words) != 3 or _ACRONYM.fullmatch(words[0]) is None:
            return False
        given, surname = lows[1], lows[2]
        return (
            (
                given in self.first_names
                or _INITIALS.fullmatch(words[1]) is not None
                or (
                    words[1].istitle()
                    and not self._is_common(words[1])
                    and (surname in lx.surnames() or surname in self.bare_words)
                )
            )
            and not any(w in lx.COMMON_WORDS or w.rstrip("s") in lx.COMMON_WORDS for w in lows[1:])
            and given not in lx.KNOWN_ORGS
            and given not in lx.ORG_WORDS
            and not _placeish(surname)
            and surname not in lx.ORG_WORDS
            and not self._is_common(words[2])
            and words[2][:1].isupper()
        )

    def _name_after_place(self, words: list[str], lows: list[str]) -> int:
        """Where a run that names an office's place ends in a given name and a surname the
        text also writes alone: "U.S. Attorney for the District of Massachusetts Joshua
        Levy … Levy said" is the district, then the person. The index of the given name,
        else 0. (A team's "Los Angeles Chargers" has no lone surname.)"""
        k = len(words) - 2
        if k < 1 or lows[k] not in self.first_names or not _placeish(lows[k - 1]):
            return 0
        surname = re.sub(r"['’]s?$", "", words[k + 1].rstrip("."))
        if (
            _placeish(lows[k + 1])
            or lows[k + 1] in lx.ORG_WORDS
            or lows[k + 1] in lx.TITLE_WORDS
            or _is_title(words[k + 1])
            or self._is_common(words[k + 1])
            or not surname[:1].isupper()
        ):
            return 0
        alone = re.compile(r"(?<![\w.])" + re.escape(surname) + r"\b")
        for m in alone.finditer(self.text):
            before = self.text[max(0, m.start() - len(words[k]) - 1) : m.start()]
            if not before.strip().endswith(words[k]):
                return k
        return 0

    def _opening_speech_verb(self, text: str, pos: int, word: str) -> bool:
        """A sentence-opening speech verb is no part of the name after it: "Replied
        Stephen, with some delicacy, …", "Added Maria Lopez: …" (inverted attribution). A
        verb that is also a given name or surname stays, as does an -ing form ("Reading")."""
        low = _clean(word)
        return (
            low in lx.SPEECH_CUES
            and not low.endswith("ing")
            and low not in self.first_names
            and low not in lx.surnames()
            and _sentence_initial(text, pos)
        )

    def _month_given_name(self, words: list[str], toks: list[tuple[int, int]], i: int) -> bool:
        """A month that is a given name, then a listed surname the text also writes alone,
        and no time preposition before: "June Carter sang … Carter left", "decorator April
        Ryan" (not "in June Carter said", "since May Smith has")."""
        low = _clean(words[i])
        if low not in lx.MONTHS or i + 1 >= len(words) or low not in lx.census_given_names():
            return False
        nxt = _clean(words[i + 1])
        prev = _PREV_WORD.search(self.text, max(0, toks[i][0] - 20), toks[i][0])
        return (
            nxt in lx.surnames()
            and nxt in self.bare_words
            and not self._is_common(words[i + 1])
            and (prev is None or prev.group(1).lower() not in _TIME_PREPOSITIONS)
        )

    def _place_opener(self, words: list[str], i: int) -> bool:
        """A capitalised stopword that also opens place names ("New", "Old") keeps its
        place when a capitalised word that is no given name follows: "New York Times",
        "New York City", "Old Trafford" (but "New Maria Lopez album": no)."""
        low = _clean(words[i])
        return (
            low in lx.PLACES
            and i + 1 < len(words)
            and words[i + 1][:1].isupper()
            and _clean(words[i + 1]) not in self.first_names
        )

    def _dated_month(self, word: str, end: int) -> bool:
        """A month followed by a day after a name is a date, not part of the name: "sent
        to Maria Santos January 5" (not "May": "Theresa May")."""
        low = _clean(word)
        return low in lx.MONTHS and low != "may" and _DAY_AFTER.match(self.text, end) is not None

    def _inflected_opener(self, low: str) -> bool:
        """An -ly adverb or an -ed participle whose stem the corpus writes in lower case is
        a sentence opener, not a name, even when neither form is listed: "Sadly Maria Lopez
        said", "Unfortunately …", "Sacked Maria Lopez". Given names and surnames stay
        ("Kelly", "Reilly", "Ahmed", "Reed")."""
        if len(low) < 5 or low in self.first_names or low in lx.surnames():
            return False
        if low.endswith("ly") and not low.endswith("ley") and len(low) >= 8:
            return True  # "Unfortunately", "Surprisingly" ("Donnelly" is a listed surname)
        stems: tuple[str, ...]
        if low.endswith("ly"):
            stems = (low[:-2], low[:-3] + "y", low[:-1] + "e")  # sad-ly, happ-ily, subt-ly
        elif low.endswith("ed"):
            stems = (low[:-2], low[:-1], low[:-3])  # sack-ed, hire-d, stopp-ed
        else:
            return False
        stems += tuple(st[2:] for st in stems if st.startswith("un"))  # un-fortunate-ly
        return any(len(st) >= 3 and st in lx.COMMON_WORDS for st in stems)

    def _is_common(self, tok: str) -> bool:
        low = _clean(tok)
        if len(low) == 1 and tok.endswith("."):
            return False  # an initial ("Wayne A. I. Frederick"), not the word "a" or "I"
        if low in lx.CAPITAL_STOPWORDS or low in lx.WEEKDAYS or low in lx.MONTHS:
            return True
        return low in self.lower_words and low not in self.first_names

    def _classify_all(self, toks: list[tuple[int, int]]) -> list[Entity]:
        """Class a run, splitting it at "and", "&", "of" or a place first; a loop, not
        recursion, so a run of thousands of "X and Y and …" cannot overflow the stack."""
        out: list[Entity] = []
        text = self.text
        # Cut at every "and" (and at "&" and "of" unless the run names an organisation:
        # "Bank of America", "Pacific Gas & Electric Co.") in one pass, no re-slicing.
        lows = [_clean(text[a:b]) for a, b in toks]
        is_org = not lx.ORG_WORDS.isdisjoint(lows)
        person_of = self._person_of(lows)
        segments: list[list[tuple[int, int]]] = [[]]
        for k, (tok, low) in enumerate(zip(toks, lows, strict=True)):
            if k == person_of:
                segments.append([])  # "Michael Siegel of Boston University": two names
            elif (low == "and" or (not is_org and low in ("&", "of"))) and segments[-1]:
                segments.append([])
            else:
                segments[-1].append(tok)
        stack = [seg for seg in reversed(segments) if 0 < len(seg) <= _MAX_NAME_TOKENS]
        while stack:
            seg = stack.pop()
            if not seg:
                continue
            got = self._classify(seg)
            if isinstance(got, _Split):
                stack.extend(reversed(got.parts))
            else:
                out.extend(got)
        return out

    def _person_of(self, lows: list[str]) -> int:
        """Where "of" follows a person's name at the start of a run that goes on into an
        organisation ("Jennifer Lu of Marriage Equality Coalition Taiwan"), else -1."""
        if "of" not in lows:
            return -1
        k = lows.index("of")
        i = 0  # "Professor Michael Siegel of Boston University": titles before the name
        while i < k and (lows[i] in lx.HONORIFICS or lows[i] in lx.ROLE_NOUNS):
            i += 1
        head = lows[i:k]
        if (
            2 <= len(head) <= 3
            and head[0] in self.first_names
            and not any(w in lx.ORG_WORDS or _placeish(w) or w in lx.TITLE_WORDS for w in head)
            and k + 1 < len(lows)
        ):
            return k
        return -1

    def _classify(self, toks: list[tuple[int, int]]) -> list[Entity] | _Split:
        text = self.text
        words = [text[a:b] for a, b in toks]
        if len(words) > 1 and words[0] in _SHIP_PREFIXES:
            # "MV Professor Albrecht Penck", "USS Abraham Lincoln": a ship, not a person.
            start, end = toks[0][0], _strip_possessive(text, toks[0][0], toks[-1][1])
            name = text[start:end]
            return [Entity("other", start, end, name, start, tuple(name.split()))]
        if self._holiday(words):
            start, end = toks[0][0], toks[-1][1]
            return [Entity("other", start, end, text[start:end], start, tuple(words))]
        # Drop particles and sentence openers at the front.
        i = 0
        if (
            len(words) == 2
            and words[0] in _PRONOUN_SURNAMES
            and not self._is_common(words[1])
            and _role_after_match(text, toks[1][1])
        ):
            # "He Jianxiong, the former executive director …": a surname, not "he".
            kind = "person"
            name = text[toks[0][0] : toks[1][1]]
            return [Entity(kind, toks[0][0], toks[1][1], name, toks[0][0], tuple(words))]
        if (
            len(words) > 1
            and words[0] in _MODAL_NAMES
            and _sentence_initial(text, toks[0][0])
            and _QUESTION_AFTER.match(text, toks[-1][1])
        ):
            i = 1  # "Will Warren continue to face the heat?": a question's modal verb
        while i < len(words) and (
            words[i] in ("&", "and", "of", "y")
            # "Jr. Day": the run after "Jr." is no name of its own
            or (i == 0 and _clean(words[i]) in ("jr", "sr") and len(words) > 1)
            or (
                i + 1 < len(words)
                and _LOWER_SUFFIX.search(words[i]) is not None
                # "President-elect Trump": an office, which titles the name after it
                and not _hyphenated_title(_clean(words[i]))
            )
            or (i + 1 < len(words) and self._opening_adverb(text, toks[i][0], words[i]))
            or (i + 1 < len(words) and self._opening_speech_verb(text, toks[i][0], words[i]))
            or (
                # "Following Assange’s arrest": a sentence-opening -ing word is no name.
                i + 1 < len(words)
                and _GERUND.fullmatch(words[i]) is not None
                and _clean(words[i]) not in self.first_names
                and _sentence_initial(text, toks[i][0])
            )
            or (
                self._is_common(words[i])
                and not _is_title(words[i])
                and not self._place_opener(words, i)
                and not self._month_given_name(words, toks, i)
                and (i + 1 < len(words) or _clean(words[i]) in lx.CAPITAL_STOPWORDS)
                and (
                    _clean(words[i]) in lx.CAPITAL_STOPWORDS
                    or _clean(words[i]) in lx.WEEKDAYS
                    or _clean(words[i]) in lx.MONTHS
                    or _sentence_initial(text, toks[i][0])
                )
            )
        ):
            i += 1
        while len(words) > i and (
            words[-1] in ("&", "and", "of", "y", "la", "le", "de")
            or (len(words) > i + 2 and _clean(words[-1]) in lx.WEEKDAYS)
            or (len(words) > i + 2 and self._dated_month(words[-1], toks[-1][1]))
            # "Martin Luther King Jr. Day": a common word after "Jr." names a day or a place
            or (
                len(words) > i + 2
                and _clean(words[-2]) in _SUFFIXES
                and _clean(words[-1]) in lx.COMMON_WORDS
            )
        ):
            # "Officials told Omar Khalid Monday": the day the wire copy dates it by.
            words.pop()
            toks = toks[: len(words)]
        if i >= len(words):
            return []
        words, toks = words[i:], toks[i:]
        lows = [_clean(w) for w in words]
        k = self._heading_verb(words, lows, toks)
        if k:
            return _Split((toks[:k], toks[k + 1 :]))
        k = self._credit_after_name(lows)
        if k:
            return _Split((toks[:k], toks[k + 1 :]))
        # "Cleveland DL Larry Ogunjobi", "CBS Sports NFL Insider Jason La Canfora": an
        # acronym (team, league, position) inside a run, then a first name: two parts.
        for k in range(1, len(words) - 2):
            if (
                _ACRONYM.fullmatch(words[k])
                and (lows[k + 1] in self.first_names or lows[k + 2] in self.first_names)
                and not _placeish(lows[k + 1])
            ):
                return _Split((toks[: k + 1], toks[k + 1 :]))
        k = self._name_after_place(words, lows)
        if k:
            return _Split((toks[:k], toks[k:]))
        # A title inside the run: the name starts after the last title word.
        last_title = -1
        for k, low in enumerate(lows[:-1]):
            if k > 0 and words[k - 1].isupper() and words[k].isupper() and len(low) > 3:
                continue  # "DON'T MISS Plague …": a shouted heading, not "Miss Plague"
            if lows[k + 1] in _SUFFIXES:
                break  # "Martin Luther King Jr.": a surname that is a title, then "Jr."
            if lows[k + 1] in lx.ORG_ROLE_NOUNS:
                continue  # "Justice Department", "Justice Ministry": a body, no title
            if (
                (low in lx.HONORIFICS and not _stage_name(lows, k))
                or (k == 0 and self._position_acronym(words, lows))
                or _hyphenated_title(low)
                # "Chief Constable Maria Lopez": a title word right after a title, then a
                # given name and a surname
                or (
                    k > 0
                    and last_title == k - 1
                    and low in lx.TITLE_WORDS
                    and k + 2 < len(lows)
                    and lows[k + 1] in self.first_names
                )
                or (
                    low in lx.ROLE_NOUNS
                    and (
                        low not in _NOT_RUN_TITLES
                        or (k == 0 and _sentence_initial(text, toks[0][0]))
                        or (k > 0 and last_title == k - 1)  # "Chief Executive Carrie Lam"
                        # "National Security Adviser John Bolton": a given name and a surname
                        # after the role noun.
                        or (k + 2 < len(lows) and lows[k + 1] in self.first_names and k > 0)
                    )
                )
            ):
                last_title = k
        titled = last_title >= 0
        title_start = toks[0][0]
        if titled:
            name_toks = toks[last_title + 1 :]
            name_lows = lows[last_title + 1 :]
            prefix_lows = lows[: last_title + 1]
            if (
                any(w in lx.ORG_WORDS for w in prefix_lows)
                and not any(w in lx.ROLE_NOUNS for w in prefix_lows)
                # "House of Representatives Speaker Nancy Pelosi": an office of the body
                and not (
                    prefix_lows[-1] in lx.HONORIFICS
                    and len(prefix_lows[-1]) > 4
                    and bool(name_lows)
                    and name_lows[0] in self.first_names
                )
            ):
                titled = False
        if titled and name_lows and name_lows[0] in ("of", "for", "at", "in"):
            # "Secretary of State Mike Pompeo", "Director of National Intelligence John
            # Ratcliffe": the office, then a given name and a surname.
            j = next(
                (
                    j
                    for j in range(2, len(name_lows) - 1)
                    if name_lows[j] in self.first_names and not _placeish(name_lows[j])
                ),
                None,
            )
            if j is None:
                j = self._unlisted_name_after_department(name_toks)
            if j is None:
                return []  # "CEO of Take-Two": the organisation of a title, not a person
            name_toks, name_lows = name_toks[j:], name_lows[j:]
        if not titled:
            name_toks, name_lows = toks, lows
            if self._demonym_before_name(words, lows):
                return _Split((toks[1:],))
            # "Britain Liu Xiaming": a place run straight into a name.
            if len(lows) >= 3 and _placeish(lows[0]):
                for k in range(1, len(lows) - 1):
                    if lows[k] in self.first_names and not _placeish(lows[k]):
                        return _Split((toks[:k], toks[k:]))
            # "Senate Minority Whip Dick Durbin", "Assemblywoman Selena Torres", "Koszalin
            # Piotr Jedlinski": words with no given name among them, glued to a given name
            # and a surname, are a title or a place of their own.
            after_of = self.text[max(0, toks[0][0] - 4) : toks[0][0]] in (" of ", "\u00a0of ")
            k = self._glued_name_start(words, lows, after_of)
            if k:
                return _Split((toks[:k], toks[k:]))
        start = name_toks[0][0]
        end = _strip_possessive(text, start, name_toks[-1][1])
        last_word = text[start:end].split()[-1]
        if (
            text[end - 1] == "."
            and end - start > 2
            and (len(last_word) > 3 or last_word in ("II.", "IV.", "VI."))
            and not self._firm_dot(last_word, end)
        ):
            end -= 1  # "Edward IV." at a sentence end
        name = text[start:end]
        all_lows = lows
        kind = self._kind(name_lows, all_lows, titled, start, end, toks[0][0])
        return [Entity(kind, start, end, name, title_start, tuple(text[a:b] for a, b in name_toks))]

    def _holiday(self, words: list[str]) -> bool:
        """A day named after a person is a holiday, no person: "Martin Luther King Day",
        "Lincoln Day" (not "Doris Day": a given name and the surname Day)."""
        return (
            len(words) >= 2
            and words[-1] == "Day"
            and _clean(words[-2]) not in _SUFFIXES  # "Martin Luther King Jr. Day": see below
            and (len(words) >= 3 or _clean(words[0]) not in self.first_names)
            and all(_NAME_WORD.fullmatch(w) for w in words)
        )

    def _player_position_before(self, prev: re.Match[str] | None, core: list[str]) -> bool:
        """ "center" in lower case before a given name and a surname is a player's position,
        not a research centre: "Pittsburgh center Maurkice Pouncey", "signed center Joel
        Embiid" ("the research center Mayo Clinic" opens with no given name)."""
        return (
            prev is not None
            and prev.group(1) in _POSITION_NOUNS
            and 2 <= len(core) <= 3
            and core[0] in self.first_names
            and not _placeish(core[0])
            and not any(w in lx.ORG_WORDS for w in core)
        )

    def _player_stat_line(self, low: str, start: int, end: int) -> bool:
        """A lone surname with a player's statistic after a verb: "Embiid scored 10 points",
        "Kane scored two goals". Not a team: no place, common word or given name ("Boston
        scored", "Chelsea scored"), nor a word the text writes after "the" ("the Heat")."""
        word = self.text[start:end]
        return (
            _STAT_LINE_AFTER.match(self.text, end) is not None
            and _NAME_WORD.fullmatch(word) is not None
            and not self._is_common(word)
            and not _placeish(low)
            and low not in self.first_names
            and low not in lx.KNOWN_ORGS
            and low not in lx.NATIONALITIES
            and re.search(rf"\b[Tt]he[ \u00a0]+{re.escape(word)}\b", self.text) is None
        )

    def _demonym_before_name(self, words: list[str], lows: list[str]) -> bool:
        """A nationality or party word before two or three name-shaped words that are no
        common word, organisation or place is no part of the name, even when the given name
        is not listed: "Republican Mitt Romney", "Australian Ash Barty" (not "Irish
        Republican Army", "Chinese New Year")."""
        return (
            len(words) in (3, 4)
            and lows[0] in lx.NATIONALITIES
            and all(_NAME_WORD.fullmatch(w) for w in words[1:])
            and not any(
                w in lx.COMMON_WORDS or w in lx.ORG_WORDS or _placeish(w) or self._is_common(w)
                for w in lows[1:]
            )
        )

    def _credit_after_name(self, lows: list[str]) -> int:
        """Where a word that never belongs to a name follows a given name and a surname (0
        if none): a photo credit or an agency ("Maria Lopez Getty Images", "Maria Lopez
        Photo by …", "Maria Lopez Reuters said"), a heading's verb ("Maria Lopez Says") or
        the "of" of an affiliation ("Bill Gerstenmaier of NASA")."""
        given = next((j for j, w in enumerate(lows[:3]) if w in self.first_names), -1)
        if given < 0:
            return 0
        for k in range(given + 2, len(lows)):  # "Mayor Eric Adams Says City Will Sue"
            if lows[k] in lx.CREDIT_WORDS:
                return k
        return 0

    def _heading_verb(self, words: list[str], lows: list[str], toks: list[tuple[int, int]]) -> int:
        """Where a title-case heading's verb follows a name (0 if none): "Sarah Palin
        Endorses Trump Rival" -> 2, "Why Joe Biden Wants A Deal". The verb is a word ending
        in -s whose stem the corpus writes in lower case, and no listed name, looked for
        from the third word on ("Harry Styles Announces Tour" keeps "Harry Styles")."""
        if len(words) < 3 or lows[0] not in self.first_names:
            return 0
        for k in range(2, len(words)):
            low = lows[k]
            if (
                len(low) >= 4
                and low.endswith("s")
                and (
                    low[:-1] in lx.COMMON_WORDS
                    or (low.endswith("es") and low[:-2] in lx.COMMON_WORDS)
                )
                and low not in lx.surnames()
                and low not in self.first_names
                and low not in lx.ORG_WORDS
                and _title_case_line(self.text, toks[k][0])
            ):
                return k
        return 0

    def _unlisted_name_after_department(self, toks: list[tuple[int, int]]) -> int | None:
        """After "<office> of" and a department of one or two words, two or three plain name
        words with a given name in no list: "Secretary of State Condoleezza Rice", "Minister
        of Health Tedros Adhanom". `toks` start with "of"; the index where the name starts,
        or None ("CEO of Take-Two", "Chairman of Goldman Sachs": no name after the body)."""
        words = [self.text[a:b] for a, b in toks]
        lows = [_clean(w) for w in words]
        for j in (2, 3):
            rest, raw = lows[j:], words[j:]
            if (
                len(rest) in (2, 3)
                and all(_NAME_WORD_PREFIXED.fullmatch(w) for w in raw)
                and not any(self._is_common(w) for w in raw)
                and not any(
                    w in lx.ORG_WORDS or _placeish(w) or w in lx.NATIONALITIES for w in rest
                )
                and (rest[-1] in lx.surnames() or rest[-1] not in lx.COMMON_WORDS)
            ):
                return j
        return None

    def _glued_name_start(self, words: list[str], lows: list[str], after_of: bool) -> int:
        """Where a given name and a surname start after capitalised words that hold no given
        name (0 when they do not): "Senate Minority Whip Dick Durbin" -> 3."""
        fn = self.first_names
        for k in range(1, len(lows) - 1):
            if lows[k - 1] in fn or lows[k - 1] in ("of", "&", "and", "y"):
                return 0
            rest = lows[k:]
            if (
                lows[k] in fn
                and len(rest) in (2, 3)
                and not _placeish(lows[k])
                and all(_NAME_WORD_PREFIXED.fullmatch(w) for w in (words[k], words[-1]))
                and all(
                    _NAME_WORD_PREFIXED.fullmatch(w) or _MIDDLE_INITIALS.fullmatch(w)
                    for w in words[k + 1 : -1]
                )
                and not any(w in lx.ORG_WORDS or _placeish(w) for w in rest[1:])
                and not any(self._is_common(w) for w in words[k + 1 :])
                # "Camp David Accords": a common word where the surname would be
                and (
                    lows[-1] in lx.surnames()
                    or not (lows[-1] in lx.COMMON_WORDS or lows[-1][:-1] in lx.COMMON_WORDS)
                )
                and self._title_like_prefix(words[:k], lows[:k], after_of)
            ):
                return k
        return 0

    @staticmethod
    def _title_like_prefix(words: list[str], lows: list[str], after_of: bool) -> bool:
        """Words that can stand glued before a name: an office ("Assemblywoman", "NATO
        Secretary-General"), a place, a nationality; with two or more words, also an
        organisation word ("House Intelligence Committee Represenative"). Not an initial
        ("L. Ron Hubbard") and not a lone word we do not know ("Hernan Dario Gomez")."""

        def titled(w: str, low: str) -> bool:
            return (
                _is_title(w)
                or low in lx.TITLE_WORDS
                or (low.endswith("s") and low[:-1] in lx.ROLE_NOUNS)  # "Presidents"
                or low in lx.PERSON_NOUNS  # "Voter Kitty Mak"
                or low.endswith(("man", "woman"))
                or _placeish(low)
                or (w.isupper() and len(w) > 1 and "." not in w)
            )

        if any(len(w.rstrip(".")) == 1 for w in words):
            return False
        if len(words) == 1:
            return (
                titled(words[0], lows[0])
                or after_of  # "Mayor of Koszalin Piotr …"
                or _common_noun_before_name(lows[0])
            )
        pairs = zip(words, lows, strict=True)
        return any(titled(w, low) or low in lx.ORG_WORDS for w, low in pairs)

    def _kind(
        self,
        name_lows: list[str],
        all_lows: list[str],
        titled: bool,
        start: int,
        end: int,
        run_start: int,
    ) -> str:
        text = self.text
        core = [w for w in name_lows if w not in _SUFFIXES]
        if not core:
            return "other"
        stripped = [w[:-2] if w.endswith("'s") else w for w in (name_lows if titled else all_lows)]
        if len(core) >= 2 and stripped and stripped[0] == core[0] and core[0] in self.first_names:
            stripped = stripped[1:]  # "Bill Clinton": a first name, not a bill
        if not lx.ORG_WORDS.isdisjoint(stripped):
            return "org"
        if ek.people_of_place(core):
            return "other"  # "Hong Kongers", "South Carolinians": the people of a place
        if _ET_AL.match(text, end):
            return "person"  # "G. Petit et al.": an author
        after = text[end : end + 40]
        nxt = _WORD_NEXT.match(after)  # not after 's: "Tasha Yar's bridge station"
        if nxt and nxt.group(1) in _FOLLOW_ORG:
            self.org_names.add(text[start:end])
            return "org"
        if len(core) == 1 and core[0] in ("us", "uk", "usa", "uae", "u.s", "u.k"):
            return "place"
        if len(core) == 1 and _SHORT_WORD.fullmatch(core[0]) and text[start:end].isupper():
            return "org"  # an acronym: NASA, SANA, AP
        if "." in "".join(core) and all(len(w) <= 2 for w in core):
            return "other"  # U.S., D.C.
        if core[0] in lx.KNOWN_ORGS:
            return "org"  # NASA, Apple AirPods, Disney Plus
        if text[start].islower() and not titled:
            return "other"  # al-Sheikh Lutfi: a place, not a person
        raw_toks = text[start:end].split()
        if len(raw_toks) > 1 and raw_toks[-2].endswith(".") and core[-1] in lx.CAPITAL_STOPWORDS:
            return "other"  # "an EV. That …": a sentence broke inside the run
        if core[-1] in ("i", "me") or (
            core[-1] in lx.ROLE_NOUNS
            and not (len(core) == 2 and core[0] in self.first_names)
            and not (len(core) < len(name_lows) and core[0] in self.first_names)  # "King Jr."
        ):
            return "other"
        if len(core) > 1 and (
            core[-1] in lx.NUMBER_WORDS
            or core[-1] in ("first", "second", "third")
            or (core[-1].endswith("s") and core[-1][:-1] in lx.ROLE_NOUNS)
        ):
            return "other"  # "Marine One", "America First", "Santos Doctors"
        initials = len(core) >= 3 and sum(len(w) == 2 and w.endswith(".") for w in raw_toks)
        if len(core) >= 3 and sum(self._is_common(w) for w in core[1:]) - initials >= 2:
            return "other"  # "Moon Titan Just Revealed Some Features": a title-case heading
        raw = text[start:end]
        first_word = raw.split()[0]
        if (
            2 <= len(core) <= 3
            and _STATISTIC_AFTER.match(text, end)
            and all(_BOX_SCORE_NAME.fullmatch(w) for w in raw.split())
        ):
            return "person"  # a box score: "CJ DeBose 2 assists", "Storm Filsaime 4 points"
        if len(core) > 1 and len(first_word) > 1 and first_word.isupper() and "." not in first_word:
            return "other"  # USA Today, NBC News: an acronym opens an organisation's name
        if len(core) > 1 and _EDITION_AFTER.match(text, end):
            return "other"  # Mortal Kombat 11, Red Dead Redemption 2: a product's edition
        if len(core) > 1 and (raw.isupper() or any(c.isdigit() for c in raw)):
            return "other"  # ARGENTINA CRUISES (a heading), Brent LCOc1 (a ticker)
        if len(core) > 1 and any(
            len(w) > 1 and w.isupper() and not w.endswith(".") and w.lower() not in _SUFFIXES
            for w in text[start:end].split()[1:]
        ):
            return "other"  # Sterling GBP (not "John Smith III")
        if (
            len(core) == 2
            and self.singles.get(core[-1], 0)
            and (not _placeish(core[-1]) or core[0] in self.first_names)
            and core[-1] not in self.lower_words
        ):
            return "person"  # "Virginia Giuffre" when "Giuffre said" elsewhere
        if _KIN_BEFORE.search(text, max(0, run_start - 30), run_start) and not _placeish(core[-1]):
            return "person"  # "his wife, Kimberly"
        if len(core) <= 3 and _STATISTIC_AFTER.match(text, end):
            return "person"  # a box score: "Tolivert 25 points.", "Armani Sheffield 19 points"
        skip_first = len(core) > 1 and core[0] in self.first_names
        place_like = [
            w
            for w in core[1 if skip_first else 0 :]
            if w in lx.COUNTRIES
            or w in lx.NATIONALITIES
            or w in lx.PLACES
            or (w in lx.MONTHS and not (skip_first and w == "may"))  # "Theresa May"
            or w in lx.WEEKDAYS
        ]
        if (
            len(core) == 2
            and place_like == [core[1]]
            and core[1] in _SURNAME_PLACES
            and core[0] in self.first_names
            and not _placeish(core[0])
        ):
            return "person"  # "Kanye West", "Whitney Houston", "Jack London"
        if place_like and (len(core) == 1 or not (core[0] in self.first_names and titled)):
            return "place" if any(w in lx.COUNTRIES or w in lx.PLACES for w in core) else "other"
        before = text[max(0, run_start - 30) : run_start]
        prev = _PREV_WORD.search(before)
        prev_word = prev.group(1).lower() if prev else ""
        if (
            not titled
            and _AT_OF_FOR_BEFORE.search(before)
            and _ROLE_AT.search(before)
            and not self._person_a_role_works_for(before, core)
        ):
            return "org"  # "strategist at Miller Tabak" (not "spokesperson for President X")
        if (
            not titled
            and prev_word in _ORG_BEFORE
            and prev_word not in lx.ROLE_NOUNS
            and not self._player_position_before(prev, core)
        ):
            return "org"  # "website Full Fact", "developer Tequila Works"
        if len(core) == 1:
            if _THE_BEFORE.search(before) and _GOVERNMENT_AFTER.match(text, end):
                return "person"  # "the Obama administration" is a mention of Obama
            if self._player_stat_line(core[0], start, end):
                return "person"  # "Embiid scored 10 points": a player, by the surname
            if _CAMEL.match(text[start:end]):
                return "other"  # MagSafe, iPhone-style product names
            if _TAG_INSIDE_BEFORE.search(before) and _TAG_INSIDE_AFTER.match(text, end):
                return "person"  # Lee “Faker” Sang-hyeok: the player's tag names him
            if ek.VESSEL_VERB_AFTER.match(text, end):
                return "other"  # "Queen Mary docked": a ship named after a person
            if titled or prev_word in lx.ROLE_NOUNS or self._bracketed_given_name(before):
                return "person"
            if core[0] in self.first_names and _person_context(text, start, end):
                return "person"  # "Charles, has reportedly told friends"
            if (
                core[0] in self.first_names
                and "-year-old" in before
                and _AGED_BEFORE.search(before)
            ):
                return "person"  # "Fourteen-year-old Zoe"
            if core[0] in self.first_names and ek.HANDLE_AFTER.match(text, end):
                return "person"  # an embedded post's signature: "— Lena (@lenanix)"
            if core[0] in lx.FAMOUS_SURNAMES and not _THE_BEFORE.search(before):
                return "person"  # "Mueller, Stormy, Cohen": known alone, listed with others
            if self._surname_used_as_person(core[0], before):
                return "person"  # "“…,” Mkhize said. … Mkhize, 45,": named by surname only
            return "single"
        if (
            not titled
            and _DETERMINER_BEFORE.search(text, max(0, run_start - 6), run_start)
            and _HEAD_ENDS.match(text, end)
        ):
            return "other"  # "the Echo Dot and …": a person's name takes no article
        if (
            not titled
            and core[0] not in lx.CAPITAL_STOPWORDS
            and self._is_common(core[0])
            and not _AGE_AFTER.match(text, end)
            and not _role_after_match(text, end)
        ):
            return "other"  # "Jupiter's Moon Europa", "True Depth": a common word opens it
        first = core[0].replace("'", "")
        fn = self.first_names
        if (
            (first in fn and not self._foreign_name_of_words(core, run_start))
            or (len(first) == 1 and core[1] in fn)
            or self._initials_and_surname(core, start)
            or _east_asian_name(core, text[start:end])
            or (
                "-" in first
                and first.split("-")[0] in fn
                # "The Coty-Kylie Jenner deal": a brand's name is no given name.
                and not self._foreign_name_of_words([first.split("-")[0], *core[1:]], run_start)
            )
        ):
            return "person"
        if titled or _role_before(prev, prev_word):
            return "person"
        if _AGE_AFTER.match(text, end) or _role_after_match(text, end):
            return "person"
        cue = _CUE_AFTER.match(text, end)
        if cue and cue.group(1) in lx.STRONG_CUES:
            return "person_maybe"
        if prev_word in lx.STRONG_CUES:
            return "person_maybe"
        if before.endswith(("according to ", "According to ")) and _AFFILIATION.match(text, end):
            return "person_maybe"  # "according to Sui-Lee Wee of the New York Times"
        if (
            self.singles.get(core[-1], 0)
            and core[0] not in self.lower_words
            and not any(c.isdigit() for c in "".join(core))
            and not text[start:end].isupper()
        ):
            return "person_maybe"
        return "other"


# The entity finder's kinds as the evidence's kinds, and back (a work is "other" here).
_EVIDENCE_KIND = {
    "person": "person",
    "person_maybe": "person",
    "place": "place",
    "org": "org",
    "other": "other",
}
_ENTITY_KIND = {"place": "place", "org": "org", "work": "other", "other": "other"}
# Which verdicts of the rules the evidence may overrule, and into what: a person the rules
# found may turn out an organisation, a place or a work; a place or other run a person.
# (An organisation stays one: "Eugene Volokh of UCLA School of Law" holds two names.)
_PERSON_SIGNS = frozenset(
    [
        "given_name_opens",
        "age_or_role_after",
        "person_phrase_before",
        "title_before",
        "known_surname_closes",
        "affiliation_after",
        "home_place_after",
        "place_given_name_and_surname",
        "handle_after",
        "person_verb_after",
        "surname_repeated_alone",
        "rare_given_name_opens",
        "kin_after",
        "middle_initial",
        "life_event_after",
        "pictured_after",
        "relative_who_after",
        "person_passive_after",
        "one_of_roles_after",
        "rule_of_before",
    ]
)
_STRONG_PERSON_SIGNS = frozenset(["speaks_after", "age_or_role_after", "person_phrase_before"])
_MAY_RETYPE = {
    "person": frozenset(["org", "place", "work", "other"]),
    "place": frozenset(["person", "work"]),
    "other": frozenset(["person"]),
    "org": frozenset(),
}

_FOLLOW_ORG = frozenset(
    [
        "hospital",
        "airport",
        "center",
        "centre",
        "university",
        "college",
        "school",
        "institute",
        "foundation",
        "museum",
        "library",
        "stadium",
        "arena",
        "hotel",
        "street",
        "avenue",
        "road",
        "bridge",
        "station",
        "church",
        "mosque",
        "cathedral",
        "park",
        "hall",
        "prize",
        "award",
        "awards",
        "productions",
        "records",
        "clinic",
        "building",
        "tower",
        "medical",
        "academy",
        "laboratory",
        "lab",
        "prison",
        "jail",
    ]
)
# "the Obama administration", "the Trump presidency": a person's name naming a government.
_GOVERNMENT_AFTER = re.compile(r"(?:['’]s)?[ \u00a0]+(?:administration|presidency)\b")
# Place words that are surnames after a given name: directions and cities ("Kanye West").
_SURNAME_PLACES = lx.PLACES - lx.PLACE_WORDS_NOT_SURNAMES
_NOT_A_NAME_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|an?|[Ii]ts|[Tt]heir)[ \u00a0]+$")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \u00a0]+$")
_ORG_BEFORE = lx.ORG_ROLE_NOUNS | frozenset(
    [
        "journal",
        "newspaper",
        "magazine",
        "website",
        "site",
        "firm",
        "brand",
        "developer",
        "publisher",
        "studio",
        "outlet",
        "show",
        "program",
        "programme",
        "app",
        "platform",
        "startup",
        "retailer",
        "maker",
        "channel",
        "band",
    ]
)
# "strategist at Miller Tabak", "Analysts at Wells Fargo": a role (plural too) at a firm.
# (A capitalised singular is a title: "Minister for Finance" names no firm.)
_ROLES = "|".join(sorted(lx.ROLE_NOUNS, key=len, reverse=True))
_ROLE_AT = re.compile(rf"\b(?:(?:{_ROLES})s?|(?:{_ROLES.title()})s) (?:at|of|for) $")
# A player's tag in quotation marks between a surname and a hyphenated given name, as
# esports and K-pop copy writes East Asian names ("Lee “Faker” Sang-hyeok", "Li “Xiaohu”
# Yuan-Hao"), is how the article names the person afterwards. (A nickname inside a Western
# name is an alias of the full name: 'Pasquale "Pat" Di Cicco', 'Al “Bunchy” Carter'.)
_TAG_INSIDE_BEFORE = re.compile(r"\b[A-Z][a-z]{1,6}[ \u00a0]+[“\"]$")
_TAG_INSIDE_AFTER = re.compile(r"[”\"][ \u00a0]+[A-Z][a-z]+-[A-Za-z][a-z]+\b")
_BRACKETED_BEFORE = re.compile(r"\[([A-Z][a-z]+)\][ \u00a0]+$")
_PREV_WORD = re.compile(r"([A-Za-z-]++)[ \u00a0]++$")
_WORD_NEXT = re.compile(r"\s+([a-z]+)")
_SHORT_WORD = re.compile(r"[a-z]{1,6}")
_AT_OF_FOR_BEFORE = re.compile(r"[a-z] (?:at|of|for) $")
_ORG_JOIN = re.compile(r"[ \u00a0](?:for|on|of)(?:[ \u00a0]the)?[ \u00a0]")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_TIME_PREPOSITIONS = frozenset(
    [
        *("in", "on", "since", "until", "till", "by", "from", "of", "last", "next", "this"),
        *("early", "late", "mid", "during", "before", "after", "through", "to", "between"),
        *("and", "or"),
    ]
)
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_EDITION_AFTER = re.compile(
    r"[ \u00a0]\d{1,3}(?=[,;)!?]|\.(?:\s|$)|$|[ \u00a0](?:and|or|is|was|will)\b)"
)
_AFFILIATION = re.compile(r",?[ \u00a0]+(?:of|at|from)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
_DETERMINER_BEFORE = ek.DETERMINER_BEFORE
_HEAD_ENDS = ek.HEAD_ENDS
# Surnames spelt like an English pronoun (Chinese He): a name only when an apposition
# with a role follows ("He Jianxiong, the former executive director").
_PRONOUN_SURNAMES = frozenset(["He"])
# Honorifics that stand only before a person's surname ("Mr Mkhize"; not "St. Louis").
_SURNAME_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "mx"])
_SHIP_PREFIXES = frozenset(["MV", "MS", "HMS", "USS", "RMS", "HMAS", "HMCS", "INS", "SS"])
_MODAL_NAMES = frozenset(["Will", "May", "Can"])
_QUESTION_AFTER = re.compile(r"[ \u00a0]+[a-z][^.!?\n]{0,200}\?")
_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")
_OWNED_OR_LISTED = re.compile(r"(?:['’]s?|,)[ \u00a0]+$")
# "Oprah Winfrey, Whoopi Goldberg, Kevin Feige and Bob Iger": names listed together.
# Nouns of organisations that are also players' positions ("Pittsburgh center X").
_POSITION_NOUNS = frozenset(["center", "centre"])
_LIST_SEP = re.compile(r",[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+")
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# A name word with a prefix that capitalises what follows ("McConney", "O’Brien",
# "MacDonald"), or middle initials ("George H.W. Bush").
_NAME_WORD_PREFIXED = re.compile(r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_MIDDLE_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_ET_AL = re.compile(r",?\s+et\s+al\b")
_KIN_BEFORE = re.compile(
    r"\b(?:wife|husband|son|daughter|brother|sister|mother|father|girlfriend|boyfriend"
    r"|fianc[ée]e?|widow|widower|nephew|niece|cousin|uncle|aunt|grandson|granddaughter"
    r"|stepson|stepdaughter|stepfather|stepmother|child|children|baby|sons|daughters|twins"
    r"|grandchildren|stepchildren|friend|friends|neighbou?r|neighbou?rs),?[ \u00a0]+$"
)
_INITIALS_THEN_WORD = re.compile(r"(?:[A-Z]\.){2,3}[ \u00a0]?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\b")
_ROLE_APPOS = re.compile(
    r",\s+(?!and\b|or\b|but\b|who\b|which\b)(?:(?:a|an|the)\s+)?((?:[\w.&’'-]+\s+){0,12}?[\w.&’'-]+)(?=\s*(?:[,;.”\"]|\s+who\b))"
)


_INNER_PARTICLES = frozenset(["de", "del", "della", "dela", "der", "den", "di", "da", "van", "von"])


def _inner_particles(tokens: tuple[str, ...]) -> int:
    """How many lower-case particles stand inside a name: "Pieter de Villiers" has one."""
    return sum(1 for t in tokens[1:-1] if t in _INNER_PARTICLES)


def _name_words(tokens: tuple[str, ...]) -> list[str]:
    """The words of a name without its inner lower-case particles ("Robin van Persie")."""
    last = len(tokens) - 1
    return [t for k, t in enumerate(tokens) if not (0 < k < last and t in _INNER_PARTICLES)]


def _east_asian_name(core: list[str], raw: str) -> bool:
    """A Korean, Cantonese or Taiwanese surname (`east_asian_surnames.txt`), then a given
    name of two hyphenated syllables, is a person: "Kwok Ka-ki", "Hwang Hee-Chan". (Not a
    district or a road: "Jung-gu", "Daehak-ro".)"""
    if len(core) != 2 or core[0] not in lx.EAST_ASIAN_SURNAMES:
        return False
    m = _SYLLABLE_PAIR.fullmatch(raw.split()[-1])
    return m is not None and m.group(1).lower() not in _PLACE_SYLLABLES


_SYLLABLE_PAIR = re.compile(r"[A-Z][a-z]{1,5}-([A-Za-z][a-z]{1,5})")
# Korean and Japanese administrative and road suffixes: "Jung-gu", "Gyeonggi-do", "Daehak-ro".
_PLACE_SYLLABLES = frozenset(
    ["gu", "do", "si", "dong", "gun", "ri", "ro", "gil", "eup", "myeon", "ku", "shi", "cho"]
)


def _role_before(prev: re.Match[str] | None, low: str) -> bool:
    """The word before a run of two words or more is a role ("adviser Fiona Hill") or, in
    lower case, a noun for a person ("mastermind Jørn Utzon": `person_nouns.txt`). (Before a
    lone word such a noun is often a modifier: "the student Olympiad".)"""
    return low in lx.ROLE_NOUNS or (
        prev is not None and low in lx.PERSON_NOUNS and prev.group(1).islower()
    )


def _role_after_match(text: str, end: int) -> str | None:
    """An apposition naming a role right after a name: ", an MP for Aleppo,"."""
    m = _ROLE_APPOS.match(text, end)
    if not m:
        return None
    phrase = m.group(1)
    words = phrase.split()
    for k, w in enumerate(words[:6]):
        if _clean(w) in lx.ROLE_NOUNS and (w.islower() or w.isupper()):
            return None if _not_apposition(words[k + 1 :]) else phrase.rstrip(".,;: ")
    return None


_CLAUSE_VERBS = frozenset(["is", "was", "are", "were", "has", "have", "had", "will", "would"])


def _not_apposition(rest: list[str]) -> bool:
    """What follows the role noun makes the phrase no apposition of the name before it: a
    name (the role is another person's: "Debates, then-Libertarian nominee Gary Johnson")
    or a verb (a clause: "Election Day, the most a nominee has ever had")."""
    return bool(rest) and (rest[0][:1].isupper() or any(w in _CLAUSE_VERBS for w in rest))


_SINGLE_PERSON_AFTER = _CUE_AFTER
# A player's name in a box score: a capitalised word, initials or a two-letter given name
# ("CJ", "TJ").
_BOX_SCORE_NAME = re.compile(
    r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]{2}|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+"
)
_AGED_BEFORE = re.compile(r"\b(?:\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)-year-old[ \u00a0]+$")
# A player's statistics after a name, as box scores print them: "K. Hupfer 1 goal.",
# "Armani Sheffield 19 points and 3 steals".
_STATISTIC_AFTER = re.compile(
    r"[ \u00a0]+\d{1,3}[ \u00a0]+(?:point|rebound|assist|goal|save|steal|block|tackle|yard"
    r"|strikeout|touchdown|reception|wicket|sack|interception)s?\b"
    r"(?![ \u00a0]+to[ \u00a0]+\d)"  # "defeated Wynnum 45 points to 24": a team's score
)

# The same after a verb, as match reports write a player's line: "Embiid scored 10 points",
# "Kane scored two goals", "Harris added a career-high 31 points".
_STAT_LINE_AFTER = re.compile(
    r"[ \u00a0]+(?:scored|added|grabbed|recorded|posted|tallied|had|finished[ \u00a0]+with)"
    r"[ \u00a0]+(?:an?[ \u00a0]+(?:career|season|game|team)-high[ \u00a0]+)?"
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)[ \u00a0]+"
    r"(?:points|rebounds|assists|steals|blocks|goals|saves|tackles|yards|touchdowns"
    r"|strikeouts|receptions|sacks|interceptions|wickets|runs)\b"
    r"(?![ \u00a0]+to[ \u00a0]+\d)"
)


def _person_context(text: str, start: int, end: int) -> bool:
    """Is a bare capitalised word used like a person's surname here?"""
    if _AGE_AFTER.match(text, end):
        return True
    m = _SINGLE_PERSON_AFTER.match(text, end)
    if m and m.group(1) in lx.STRONG_CUES:
        return True
    prev = _PREV_WORD.search(text, max(0, start - 30), start)
    if prev and _clean(prev.group(1)) in lx.STRONG_CUES:
        return True
    before = text[max(0, start - 6) : start].rstrip()
    return before.lower().endswith(("mr.", "ms.", "mrs.", "dr.", "mr", "ms", "mrs"))


def _listed(text: str, a: Entity, b: Entity) -> bool:
    """`a` and `b` are neighbours in a list: "A, B", "A and B", "A, and B"."""
    return _LIST_SEP.fullmatch(text, a.end, min(b.start, b.title_start)) is not None


def between_listed_people(text: str, ents: list[Entity], k: int) -> bool:
    """`ents[k]` is listed between two full people's names, so is a person too: "Oprah
    Winfrey, Whoopi Goldberg, Kevin Feige", "Robert De Niro, Al Pacino, and Joe Pesci"
    ("Jane Porter, Sequoia Capital and others" has no person after the firm)."""
    return (
        0 < k < len(ents) - 1
        and all(e.kind == "person" and len(e.tokens) >= 2 for e in (ents[k - 1], ents[k + 1]))
        and _listed(text, ents[k - 1], ents[k])
        and _listed(text, ents[k], ents[k + 1])
    )


def speaks_next(text: str, ent: Entity) -> bool:
    """Is the entity followed by a speech verb ("Tottenham said")?"""
    m = _CUE_AFTER.match(text, ent.end)
    return m is not None and m.group(1) in lx.STRONG_CUES


# Evidence `source_by_position`: where a name stands as a source whatever its kind: after an
# opening "According to" and before its comma ("According to TechNewsWorld, …"), or before
# an aside on the medium and then a cue ("Coles, in its March 8 media release, reported").
_ACCORDING_TO_BEFORE = re.compile(r"(?:^|[.!?\n][ \u00a0\"“]*)According[ \u00a0]+to[ \u00a0]+$")
_MEDIUM_ASIDE_THEN_CUE = re.compile(
    r",[ \u00a0]+(?:in|on|via|through)[ \u00a0]+(?:its|their|a|an|the)\b[^,.;:“”\"\n]{1,60},"
    r"[ \u00a0]+(?:(?:also|then|later|has|had|have)[ \u00a0]+)?([a-z]+)"
)


def speaks_as_source(text: str, ent: Entity) -> bool:
    """Evidence `source_by_position`: is the entity named as a source by where it stands,
    though no list types it ("According to TechNewsWorld, …", "Coles, in its media
    release, reported …")?"""
    if (
        _ACCORDING_TO_BEFORE.search(text, max(0, ent.start - 20), ent.start)
        and text[ent.end : ent.end + 1] == ","
    ):
        return True
    m = _MEDIUM_ASIDE_THEN_CUE.match(text, ent.end)
    return m is not None and m.group(1) in lx.SPEECH_CUES  # the aside says it is a statement


def _plain_name(e: Entity) -> bool:
    """Name-shaped words and no office among them ("Vice President", "Strategy Officer"); a
    middle initial may stand between the first and the last ("Tshilidzi J. Marwala")."""
    return (
        all(_NAME_WORD.fullmatch(t) for t in (e.tokens[0], e.tokens[-1]))
        and all(_NAME_WORD.fullmatch(t) or _MIDDLE_INITIALS.fullmatch(t) for t in e.tokens)
        and not any(_is_title(t) or _clean(t) in lx.TITLE_WORDS for t in e.tokens)
    )


def _is_day_or_month(word: str) -> bool:
    low = _clean(word)
    return low in lx.WEEKDAYS or (low in lx.MONTHS and low != "may")


def _placeish(low: str) -> bool:
    return low in lx.COUNTRIES or low in lx.NATIONALITIES or low in lx.PLACES


def _sentence_initial(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\u00a0\"“‘'(":
        j -= 1
    if j > 0 and text[j] in "”’" and text[j - 1] in ".!?":
        return True  # "… we shall see.” Replied Stephen": a new sentence after a quote
    return j < 0 or text[j] in ".!?\n:;—–-"


def _is_title(word: str) -> bool:
    low = _clean(word)
    return low in lx.HONORIFICS or low in lx.ROLE_NOUNS or _hyphenated_title(low)


_TITLE_AFFIXES = frozenset(
    [
        "elect",
        "designate",
        "general",
        "in",
        "chief",
        "ex",
        "co",
        "vice",
        "deputy",
        "at",
        "large",
        "then",
        "former",
    ]
)


_PLACE_HEADS = frozenset(["camp", "fort", "port", "lake", "mount", "cape", "glen", "bay", "park"])
_AGENT_ENDINGS = ("er", "or", "ist", "ent", "ant", "ee", "eer", "ess", "iff", "ive")


_DAY_AFTER = re.compile(r"[ \u00a0]+\d{1,2}\b")
_HEADING_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _title_case_line(text: str, pos: int) -> bool:
    """The line around `pos` is a short heading with every word of four letters or more
    capitalised: "Sarah Palin Endorses Trump Rival"."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    if len(line) > 160:
        return False
    long = [w for w in _HEADING_WORD.findall(line) if len(w) > 3]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


def _common_noun_before_name(low: str) -> bool:
    """A word the corpus writes in lower case or an agent noun ("-er", "-ist", "-ant"), and
    no name, capitalised before a given name
    and a surname is a description of the person, not part of the name: "Promoter Maria
    Lopez", "Whistleblower X", "Defendant X" (not "Fan Mengguang", "Young Kim": names)."""
    return (
        len(low) >= 4
        and (low in lx.COMMON_WORDS or (len(low) >= 6 and low.endswith(_AGENT_ENDINGS)))
        and low not in lx.surnames()
        and low not in lx.first_names()
        and low not in lx.CAPITAL_STOPWORDS
        and low not in lx.NAME_RUN_OPENERS  # "Grand Ole Opry"
        and low not in _PLACE_HEADS  # "Camp David Accords"
    )


def _hyphenated_title(low: str) -> bool:
    """A hyphenated office whose parts are a role noun and affixes of offices is a title:
    "Secretary-General Antonio Guterres", "President-elect X", "Editor-in-Chief X"; a
    double-barrelled surname is not ("King-Smith")."""
    if "-" not in low:
        return False
    parts = low.split("-")
    return any(p in lx.ROLE_NOUNS for p in parts) and all(
        p in lx.ROLE_NOUNS or p in lx.TITLE_WORDS or p in _TITLE_AFFIXES for p in parts
    )


def _stage_name(lows: list[str], k: int) -> bool:
    """ "Lady Gaga": "Lady" opening a two-word run before a word that is no given name or
    surname is part of a stage name, not an honorific ("Lady Thatcher" is one)."""
    return (
        k == 0
        and len(lows) == 2
        and lows[0] == "lady"
        and lows[1] not in lx.first_names()
        and lows[1] not in lx.surnames()
    )
