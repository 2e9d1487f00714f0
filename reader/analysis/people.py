"""People: full-name runs merged with their later mentions under the fullest name.

Names are grouped by surname; within a surname, by compatible first names. A bare word
becomes a mention of the one person whose surname (or first name) it is. A person's role is
the title written before the first titled mention ("Russian Foreign Minister") or the
apposition after it ("an MP for Aleppo").
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from reader.analysis import lexicon as lx
from reader.analysis.entities import Entity, between_listed_people, speaks_next
from reader.analysis.evidence.entity_kind import DETERMINER_BEFORE

_MAX_ALIASES = 20  # "known as Mike" phrases we act on
_MAX_NAMESAKES = 32  # people sharing a surname we compare against (keeps merging linear)
_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "de",
        "der",
        "den",
        "du",
        "da",
        "di",
        "del",
        "della",
        "dela",
        "delos",
        "le",
        "la",
        "al",
        "el",
        "bin",
        "ibn",
        "abu",
        "ter",
        "ten",
    ]
)
# "\b" stands after the first letter of each phrase ("c(?<!\wc)alled" is "\bcalled"), so that
# the regex engine skips to the letters that open them instead of trying every position.
_ALIAS = re.compile(
    r"(?:c(?<!\wc)alled (?:him|her)|k(?<!\wk)nown as|n(?<!\wn)icknamed|w(?<!\ww)ent by"
    r"|g(?<!\wg)oes by)[ \u00a0]+[“\"]?([A-Z][a-z]+)\b"
)
_WORD_BACK = re.compile(r"([\w.&’'-]++)\s++$")
_APPOSITION = re.compile(
    r",\s+(?!and\b|or\b|but\b|who\b|which\b)(?:(?:a|an|the)\s+)?((?:[\w.&’'-]+\s+){0,12}?[\w.&’'-]+)(?=\s*(?:[,;.”\"]|\s+who\b))"
)


@dataclass(slots=True)
class PersonCluster:
    name: str
    tokens: tuple[str, ...]
    gender: str
    role: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    first: int = 0


def _core(tokens: tuple[str, ...]) -> list[str]:
    return [t for t in tokens if t.lower() not in _SUFFIXES]


def _particle_opens(
    tokens: tuple[str, ...],
    firsts: dict[str, str],
    titled: bool = False,
    alone: frozenset[str] = frozenset(),
) -> bool:
    """A particle opens the name, which is a surname with its particles ("Van Der Beek",
    "Van Gogh", "Al Jazeera") unless the particle is a given name written as one, followed
    by one known surname, or by a surname the text also writes alone (`alone`), or by any
    surname after a title or listed between two people: "Al Gore", "Al Horford … Horford
    hit a three", "Van Morrison", "Sen. Al Franken", "Rev. Al Sharpton", "Robert De Niro,
    Al Pacino, and Joe Pesci"."""
    low = _norm(tokens[0])
    if low not in _PARTICLES:
        return False
    if len(tokens) == 2 and tokens[0][:1].isupper() and _norm(tokens[1]) in lx.EAST_ASIAN_SURNAMES:
        return False  # "Di Li", "Da Wang": a Chinese given name, then the surname
    return not (
        tokens[0][:1].isupper()
        and low in firsts
        and len(tokens) == 2
        and (titled or _norm(tokens[1]) in lx.surnames() or _norm(tokens[1]) in alone)
    )


_PARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_PARTICLES)) + r")[ \u00a0]+$")


def _written_alone(text: str, entities: list[Entity]) -> frozenset[str]:
    """Words the text writes as a lone name with no article, possessive or particle before
    it, as a surname is written after the full name ("Horford hit a three"; not "the
    Shabab", nor "Biljon" of "save van Biljon")."""
    return frozenset(
        _norm(e.tokens[0])
        for e in entities
        if len(e.tokens) == 1
        and e.kind in ("single", "person", "person_maybe")
        and not DETERMINER_BEFORE.search(text, max(0, e.start - 6), e.start)
        and not _PARTICLE_BEFORE.search(text, max(0, e.start - 5), e.start)
    )


def _famous_alone(e: Entity) -> bool:
    """A lone word the rules left untyped is a person when it is the surname of someone
    news names by it alone (`vocab/famous_surnames.txt`): "A man like Nixon had …"."""
    return e.kind in ("single", "other") and _norm(e.tokens[0]) in lx.FAMOUS_SURNAMES


def _norm(tok: str) -> str:
    return tok.lower().rstrip(".").replace("’", "'")


@lru_cache(maxsize=1 << 14)  # asked of each name word for every pair of clusters compared
def _surname_key(tok: str) -> str:
    """A surname as spelling variants share it: accents folded and a doubled last letter
    single, a transliterated -iy / -ij as -y ("Erdoğan" / "Erdogan", "Zelenskyy" / "Zelensky" /
    "Zelenskiy")."""
    low = unicodedata.normalize("NFKD", _norm(tok))
    low = "".join(c for c in low if not unicodedata.combining(c))
    if len(low) > 4 and low.endswith(("iy", "yi", "ij")):
        return low[:-2] + "y"  # "Zelenskiy", "Zelenskij"
    return low[:-1] if len(low) > 3 and low[-1] == low[-2] and low[-1] in "yi" else low


def _given_gender(firsts: dict[str, str], given: str) -> str:
    """The gender a given name tells: the whole hyphenated name if listed ("jean-marc"),
    else its parts when they agree ("Jean-Jacques": Jean is listed as a woman's name, Jacques
    as a man's, so it tells nothing)."""
    if given in firsts:
        return firsts[given]
    parts = {firsts.get(p, "u") for p in given.split("-") if p}
    known = parts - {"u"}
    return known.pop() if len(known) == 1 else "u"


_GIVEN_SYLLABLES = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


def _surname_first(core: list[str]) -> bool:
    """A surname, then a given name of two hyphenated syllables, as Korean and Cantonese
    names are written: "Bong Joon-ho", "Kwok Ka-ki" (the first word is no given name)."""
    return len(core) == 2 and _GIVEN_SYLLABLES.fullmatch(core[1]) is not None


def _compatible(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    if a == b:
        return True
    if len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a)):
        return True  # Pat / Patrick
    if b in lx.FORMAL_FIRST.get(a, ()) or a in lx.FORMAL_FIRST.get(b, ()):
        return True  # Mike / Michael, Bob / Robert
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _role_before(text: str, ent: Entity) -> str | None:
    """A title phrase written right before the name: "Russian presidential spokesman"."""
    pos = ent.start
    words: list[tuple[int, str]] = []
    while True:
        m = _WORD_BACK.search(text, max(0, pos - 40), pos)
        if not m:
            break
        w = m.group(1)
        low = _norm(w)
        if not (w[0].isupper() or low in lx.TITLE_WORDS or low in lx.ROLE_NOUNS):
            break
        if low in lx.CAPITAL_STOPWORDS and low not in lx.ROLE_NOUNS and low not in lx.HONORIFICS:
            break
        words.append((m.start(1), w))
        pos = m.start(1)
        if len(words) > 6:
            break
    while words and _norm(words[0][1]) in lx.HONORIFICS and _norm(words[0][1]) not in lx.ROLE_NOUNS:
        words.pop(0)
    if not words:
        return None
    words.reverse()
    lows = [_norm(w) for _, w in words]
    if not any(low in lx.ROLE_NOUNS for low in lows):
        return None
    start = words[0][0]
    last_start, last_word = words[-1]
    return text[start : last_start + len(last_word)]


_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f"}
_SENTENCE_ENDS = (". ", ".\n", "? ", "! ", "\n", ".”", '."')
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)\.?[ \u00a0]+$")
_TITLE_BACK = re.compile(r"([A-Z][\w-]*)\.?[ \u00a0]+$")


_GENDERED_TITLES = {
    "congresswoman": "f",
    "congressman": "m",
    "assemblywoman": "f",
    "assemblyman": "m",
    "councilwoman": "f",
    "councilman": "m",
    "chairwoman": "f",
    "chairman": "m",
    "spokeswoman": "f",
    "spokesman": "m",
    "businesswoman": "f",
    "businessman": "m",
    "actress": "f",
    "queen": "f",
    "king": "m",
    "princess": "f",
    "prince": "m",
    "duchess": "f",
    "duke": "m",
    "lady": "f",
    "lord": "m",
}


def _titled_gender(text: str, c: PersonCluster) -> str:
    """The gender an honorific or a gendered title before a mention tells, for a person
    whose given name tells none: "Mrs. Okonjo", "Congresswoman Haaland", "actress Zendaya"
    ("actor" tells nothing: "US voice actor Alexis Tipton ... she recalls")."""
    for a, _b in c.mentions[:16]:
        m = _WORD_BEFORE.search(text, max(0, a - 20), a)
        if m is None:
            continue
        word = _norm(m.group(1))
        gender = _HONORIFIC_GENDER.get(word) or _GENDERED_TITLES.get(word)
        if gender is not None:
            return gender
    return "u"


def _namesake(
    text: str,
    e: Entity,
    owners: list[PersonCluster],
    idxs: list[int],
    full_at: list[tuple[int, int]],
) -> int:
    """Which of several people sharing a surname a bare mention names, by named steps:

    - `honorific_gender`: "Mrs. Clinton" is the woman, "Mr. Clinton" the man;
    - `title_of_role`: "President Clinton" is the one whose role holds "President";
    - `same_sentence`: "Bill Clinton and his wife … Clinton said": a full mention earlier in
      the same sentence;
    - `salience`: the one mentioned most so far; on a tie the one named first, the article's
      subject ("Tony Mendez died. His wife, Jonna Mendez, wrote. Mendez once said").
    People named in full only after the mention are not candidates while others are.
    """
    seen = [k for k, c in enumerate(owners) if c.first < e.start] or list(range(len(owners)))
    m = _TITLE_BACK.search(text, max(0, e.title_start - 20), e.title_start)
    word = _norm(m.group(1)) if m else ""
    if e.title_start < e.start:
        word = _norm(text[e.title_start : e.start].split()[-1])
    gender = _HONORIFIC_GENDER.get(word)
    if gender is not None:
        fit = [k for k in seen if owners[k].gender == gender]
        if len(fit) == 1:
            return idxs[fit[0]]
    elif word in lx.ROLE_NOUNS or word in lx.TITLE_WORDS:
        fit = [k for k in seen if word in (owners[k].role or "").lower().split()]
        if len(fit) == 1:
            return idxs[fit[0]]
    lo = max(0, e.start - 300)
    sentence = max(max(text.rfind(end, lo, e.start) for end in _SENTENCE_ENDS), lo - 1)
    # Full mentions earlier in the sentence (a window of 300 characters at most, found by
    # bisection, so a long text stays linear).
    window = full_at[
        bisect.bisect_right(full_at, (sentence, len(full_at))) : bisect.bisect_left(
            full_at, (e.start, -1)
        )
    ]
    in_sentence = {ci for _a, ci in window} & {idxs[k] for k in seen}
    if len(in_sentence) == 1:
        return in_sentence.pop()

    def salience(k: int) -> tuple[int, int]:
        # Mentions so far (full ones first, then bare ones in text order; 64 at most, so
        # a text that repeats a name cannot make this quadratic).
        return (sum(1 for a, _b in owners[k].mentions[:64] if a < e.start), -owners[k].first)

    return idxs[max(seen, key=salience)]


def _role_after(text: str, end: int) -> str | None:
    m = _APPOSITION.match(text, end)
    if not m:
        return None
    phrase = m.group(1)
    words = phrase.split()[:6]
    if any(_norm(w) in lx.ROLE_NOUNS and (w.islower() or w.isupper()) for w in words):
        return phrase.rstrip(".,;: ")
    return None


def build_people(text: str, entities: list[Entity]) -> list[PersonCluster]:
    firsts = lx.first_names()
    clusters: list[PersonCluster] = []
    by_surname: dict[str, list[int]] = {}
    alone = _written_alone(text, entities)
    full = [
        e
        for i, e in enumerate(entities)
        if e.kind in ("person", "person_maybe")
        and len(_core(e.tokens)) >= 2
        and not _particle_opens(
            e.tokens,
            firsts,
            e.title_start < e.start or between_listed_people(text, entities, i),
            alone,
        )
    ]
    for e in full:
        core = _core(e.tokens)
        key = _surname_key(core[-1])
        idxs = by_surname.setdefault(key, [])
        target = None
        for ci in idxs[:_MAX_NAMESAKES]:
            if _compatible(_core(clusters[ci].tokens)[0], core[0]) or _double_surname(
                _core(clusters[ci].tokens), core, firsts
            ):
                target = ci
                break
        if target is None:
            # "Bong Joon-ho": the surname comes first, the given name tells no gender we know.
            gender = "u" if _surname_first(core) else _given_gender(firsts, _norm(core[0]))
            clusters.append(PersonCluster(e.name, e.tokens, gender, first=e.start))
            target = len(clusters) - 1
            idxs.append(target)
        c = clusters[target]
        if (len(e.tokens), len(e.name)) > (len(c.tokens), len(c.name)):
            c.name, c.tokens = e.name, e.tokens
        c.mentions.append((e.start, e.end))
        if c.role is None:
            c.role = _role_before(text, e) or _role_after(text, e.end)
    full_at = sorted((a, ci) for ci, c in enumerate(clusters) for a, _b in c.mentions)
    by_first: dict[str, list[int]] = {}
    # "Ricardo Rosselló Nevares … Rosselló said": the first of two surnames names him too.
    by_inner: dict[str, list[int]] = {}
    for ci, c in enumerate(clusters):
        core = _core(c.tokens)
        by_first.setdefault(_norm(core[0]), []).append(ci)
        if len(core) >= 3 and _norm(core[-2]) not in firsts and _norm(core[-2]) not in _PARTICLES:
            by_inner.setdefault(_surname_key(core[-2]), []).append(ci)
    for e in entities:
        if len(e.tokens) > 1 and _particle_opens(e.tokens, firsts, e.title_start < e.start, alone):
            # "Van Der Beek" after "James Van Der Beek": a surname with its particles.
            tail = e.name.lower()
            owners = [
                clusters[ci]
                for ci in by_surname.get(_surname_key(_core(e.tokens)[-1]), [])[:_MAX_NAMESAKES]
                if clusters[ci].name.lower().endswith(" " + tail)
            ]
            if len(owners) == 1:
                owners[0].mentions.append((e.start, e.end))
            continue
        if len(_core(e.tokens)) != 1:
            continue
        if e.kind == "place" and not (
            # "Kate York … York said": a surname that is also a place, used as a person.
            _surname_key(e.tokens[0]) in by_surname and speaks_next(text, e)
        ):
            continue
        if e.kind == "org" and e.name.isupper():
            continue
        key = _surname_key(_core(e.tokens)[0])
        cands = (
            by_surname.get(key)
            or by_first.get(_norm(_core(e.tokens)[0]))
            or by_inner.get(key)
            or []
        )
        if len(cands) > 1 and key in by_surname:
            cands = [_namesake(text, e, [clusters[ci] for ci in cands], cands, full_at)]
        if len(cands) == 1:
            c = clusters[cands[0]]
            c.mentions.append((e.start, e.end))
            if c.role is None:
                c.role = _role_before(text, e)
        elif not cands and (e.kind in ("person", "person_maybe") or _famous_alone(e)):
            clusters.append(PersonCluster(e.name, e.tokens, "u", first=e.start))
            clusters[-1].mentions.append((e.start, e.end))
            clusters[-1].role = _role_before(text, e) or _role_after(text, e.end)
            by_surname[key] = [len(clusters) - 1]
    clusters = _merge_aliases(text, _merge_second_surnames(clusters, firsts))
    clusters = _merge_birth_names(text, clusters)
    clusters = _merge_spellings(clusters)
    clusters = _drop_title_only(text, clusters)
    for c in clusters:
        if c.gender == "u":
            c.gender = _titled_gender(text, c)
    for c in clusters:
        c.mentions.sort()
        c.first = c.mentions[0][0]
    clusters.sort(key=lambda c: c.first)
    return clusters


def _spelling(name: str) -> str:
    """A name as its spellings share it: case, accents, spaces and hyphens folded."""
    low = unicodedata.normalize("NFKD", name.lower().replace("’", "'"))
    return "".join(c for c in low if c.isalnum() or c == "'")


def _merge_spellings(clusters: list[PersonCluster]) -> list[PersonCluster]:
    """ "Kim Jong Un" and "Kim Jong-un", "Jean Pierre Roux" and "Jean-Pierre Roux": names
    that differ only by spaces, hyphens, case or accents are one person, under the name with
    the most words."""
    first: dict[str, int] = {}
    merged: set[int] = set()
    for ci, c in enumerate(clusters):
        if len(c.tokens) < 2:
            continue
        key = _spelling(c.name)
        keep = first.setdefault(key, ci)
        if keep == ci:
            continue
        target = clusters[keep]
        target.mentions.extend(c.mentions)
        if (len(c.tokens), len(c.name)) > (len(target.tokens), len(target.name)):
            target.name, target.tokens = c.name, c.tokens
        if target.role is None:
            target.role = c.role
        merged.add(ci)
    return [c for ci, c in enumerate(clusters) if ci not in merged] if merged else clusters


# A short quoted phrase on one line: a title, a nickname, a term.
_SHORT_QUOTE = re.compile(r"[“\"]([^”“\"\n]{1,80})[”\"]")
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")


def _drop_title_only(text: str, clusters: list[PersonCluster]) -> list[PersonCluster]:
    """A name written only inside quoted titles names a work, not a person: “Martha
    Stewart’s Topless Christmas”, “The Marvelous Mrs Maisel” … “Mrs Maisel”. A title here is
    a short quote in title case with words beside the name; a quote of the name alone
    (“Emma”, a nickname) is no title, so it keeps the person."""
    if '"' not in text and "“" not in text:
        return clusters
    quotes = [(m.start(1), m.end(1)) for m in _SHORT_QUOTE.finditer(text)]
    if not quotes:
        return clusters
    starts = [a for a, _b in quotes]

    def inside(a: int, b: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(starts, a) - 1
        return quotes[k] if k >= 0 and quotes[k][1] >= b else None

    def title_beside(q: tuple[int, int], a: int, b: int) -> bool:
        rest = text[q[0] : a] + " " + text[b : q[1]]
        words = _TITLE_WORD.findall(rest)
        return bool(words) and all(w[0].isupper() for w in words)

    keep = []
    for c in clusters:
        spans = [(a, b, inside(a, b)) for a, b in c.mentions[:64]]
        if (
            len(c.mentions) <= 64
            and all(q is not None for _a, _b, q in spans)
            and any(q is not None and title_beside(q, a, b) for a, b, q in spans)
        ):
            continue
        keep.append(c)
    return keep


def _double_surname(fuller: list[str], two: list[str], firsts: dict[str, str]) -> bool:
    """ "Joel Eriksson Ek … Eriksson Ek said": two words that are the last two of a longer
    name, the first of them no given name, are its two-word surname."""
    return (
        len(two) == 2
        and len(fuller) >= 3
        and _norm(two[0]) not in firsts
        and _surname_key(fuller[-2]) == _surname_key(two[0])
    )


def _merge_second_surnames(
    clusters: list[PersonCluster], firsts: dict[str, str]
) -> list[PersonCluster]:
    """ "Pedro Pierluisi" and "Pedro R. Pierluisi Urrutia" are one person: a given name and
    surname that open a fuller name with a second surname merge into it."""
    fuller: dict[tuple[str, str], int] = {}
    for ci, c in enumerate(clusters):
        core = _core(c.tokens)
        if len(core) >= 3 and _norm(core[-2]) not in firsts and _norm(core[-2]) not in _PARTICLES:
            fuller.setdefault((_norm(core[0]), _surname_key(core[-2])), ci)
    if not fuller:
        return clusters
    dropped: set[int] = set()
    for ci, c in enumerate(clusters):
        core = _core(c.tokens)
        if len(core) != 2:
            continue
        into = fuller.get((_norm(core[0]), _surname_key(core[1])))
        if into is not None and into != ci:
            clusters[into].mentions.extend(c.mentions)
            clusters[into].role = clusters[into].role or c.role
            dropped.add(ci)
    return [c for ci, c in enumerate(clusters) if ci not in dropped]


# ("\b(?:was|is|were) born", with "\b" after the first letter as in _ALIAS.)
_BORN_AS = re.compile(r"(?:w(?<!\ww)(?:as|ere)|i(?<!\wi)s) born(?: as)?[ \u00a0]+(?=[A-Z])")


def _merge_birth_names(text: str, clusters: list[PersonCluster]) -> list[PersonCluster]:
    """ "Ginger Baker was born Peter Edward Baker": the name after "was born" is the birth
    name of the person named last before it, one person under the name the article uses."""
    starts = sorted((a, ci) for ci, c in enumerate(clusters) for a, _b in c.mentions)
    first_at = {c.mentions[0][0]: ci for ci, c in enumerate(clusters) if c.mentions}
    merged: set[int] = set()
    for n, m in enumerate(_BORN_AS.finditer(text)):
        if n >= _MAX_ALIASES:
            break
        born = first_at.get(m.end())
        k = bisect.bisect_left(starts, (m.start(), -1)) - 1
        if born is None or k < 0 or born in merged:
            continue
        owner = starts[k][1]
        if owner == born or owner in merged or m.start() - starts[k][0] > 60:
            continue  # the subject of "was born" stands right before it
        clusters[owner].mentions.extend(clusters[born].mentions)
        merged.add(born)
    return [c for ci, c in enumerate(clusters) if ci not in merged]


def _merge_aliases(text: str, clusters: list[PersonCluster]) -> list[PersonCluster]:
    """ "John Milo Ford … Everyone called him Mike": a later "Mike Ford" (and its bare
    "Mike" mentions) is the person named last before the alias, when surnames match."""
    starts = sorted((a, ci) for ci, c in enumerate(clusters) for a, _b in c.mentions)
    merged: set[int] = set()
    for n, m in enumerate(_ALIAS.finditer(text)):
        if n >= _MAX_ALIASES:
            break  # each alias scans every cluster: a cap keeps hostile text linear
        alias = _norm(m.group(1))
        k = bisect.bisect_left(starts, (m.start(), -1)) - 1
        if k < 0:
            continue
        owner = clusters[starts[k][1]]
        surname = _norm(_core(owner.tokens)[-1])
        for ci, c in enumerate(clusters):
            core = [_norm(t) for t in _core(c.tokens)]
            if c is not owner and ci not in merged and core == [alias, surname]:
                owner.mentions.extend(c.mentions)
                merged.add(ci)
    return [c for ci, c in enumerate(clusters) if ci not in merged]
