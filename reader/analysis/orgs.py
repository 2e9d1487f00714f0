"""Organisations as speakers: each mention named by the fullest form the text gives it.

"the Reconciliation Center" is the "Russian Reconciliation Center" named earlier; "Big
Machine" is "Big Machine Records"; "the Fed" is the "U.S. Federal Reserve" (a clipping). A
shorter name maps to the longest organisation name that contains its words in order.
"""

from __future__ import annotations

import re

from reader.analysis import lexicon as lx
from reader.analysis.entities import Entity


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


_ACRONYM_DEF = re.compile(r"\s\(([A-Z]{2,8})\)")
# (Opening with the capital rather than "\b" lets the regex engine skip to each capital.)
_ACRONYM_FIRST = re.compile(r"([A-Z](?<!\w[A-Z])[A-Z]{1,7}) \(([A-Z][^()\n]{3,80}?)\)")


def _acronyms(text: str) -> dict[str, str]:
    """ "Drug Enforcement Administration (DEA)": the acronym names the full organisation.

    Anchored on the parenthesised acronym, then the words before it are read back in Python,
    so no pattern can backtrack over a long run of capitals.
    """
    out: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group(1)
        words = text[max(0, m.start() - 120) : m.start()].split()[-(len(acr) * 2 + 2) :]
        for k in range(len(words)):
            tail = words[k:]
            if not tail[0][:1].isupper():
                continue
            caps = "".join(w[0] for w in tail if w[:1].isupper())
            if caps == acr:
                out.setdefault(acr, " ".join(tail))
                break
    # "AEW (All Elite Wrestling)": the acronym first, its full name in brackets.
    for m in _ACRONYM_FIRST.finditer(text):
        acr, full = m.group(1), m.group(2)
        if "".join(w[0] for w in full.split() if w[:1].isupper()) == acr:
            out.setdefault(acr, full)
    return out


_MAX_CANDIDATES = 64  # organisation names tried per mention (keeps the mapping linear)


def _placeish(tok: str) -> bool:
    low = tok.lower()
    return low in lx.NATIONALITIES or low in lx.COUNTRIES or low in lx.PLACES


def _key(e: Entity) -> tuple[str, ...]:
    return tuple(t.rstrip(".").replace("’s", "").replace("'s", "") for t in e.tokens)


def _unclipped(word: str, by_token: dict[str, list[tuple[int, tuple[str, ...], str]]]) -> str:
    """ "Fed" -> the earliest organisation of two or more words named with "Federal" ("U.S.
    Federal Reserve"); "" when none is."""
    full = lx.ORG_CLIPPINGS[word.lower()].capitalize()
    return next((name for _first, words, name in by_token.get(full, []) if len(words) > 1), "")


def _stem(tok: str) -> str:
    """ "Emergencies" and "Emergency" -> "emergenc"; "Situations" -> "situation"."""
    low = tok.lower()
    for end in ("ies", "y", "s"):
        if low.endswith(end) and len(low) > len(end) + 2:
            return low[: -len(end)]
    return low


def _subsequence(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    it = iter(longer)
    return all(any(w == s for w in it) for s in shorter)


def _same_head_variant(
    key: tuple[str, ...], by_head: dict[str, list[tuple[int, tuple[str, ...], str]]]
) -> str:
    """Evidence `org_variant_same_head`: "Emergencies Ministry" is the earliest-named
    "Emergency Situations Ministry": the same head noun (the last word), the shorter name's
    other words found in order, stem-equal, among the longer's. "" when none is."""
    if len(key) < 2:
        return ""
    stems = tuple(_stem(t) for t in key)
    for _first, words, name in by_head.get(stems[-1], [])[:_MAX_CANDIDATES]:
        if len(words) > len(key) and _subsequence(tuple(_stem(t) for t in words), stems):
            return name
    return ""


def org_canonical(entities: list[Entity], text: str = "") -> list[tuple[Entity, str]]:
    """(entity, canonical name) for every organisation mention, in text order."""
    orgs = [e for e in entities if e.kind == "org"]
    full: dict[tuple[str, ...], tuple[int, str]] = {}
    for e in orgs:
        full.setdefault(_key(e), (e.start, e.name))
    by_token: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
    for k, (first, name) in full.items():
        for tok in set(k):
            by_token.setdefault(tok, []).append((first, k, name))
    by_head: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
    for k, (first, name) in full.items():
        if k:
            by_head.setdefault(_stem(k[-1]), []).append((first, k, name))
    for cands in (*by_token.values(), *by_head.values()):
        cands.sort()
    acronyms = _acronyms(text) if text else {}
    for _pos, name in sorted(full.values()):
        caps = [w for w in name.split() if w[:1].isupper()]
        if len(caps) >= 2:
            acronyms.setdefault("".join(w[0] for w in caps), name)
    out: list[tuple[Entity, str]] = []
    cache: dict[tuple[str, ...], str] = {}
    for e in entities:
        if e.kind not in ("org", "other", "single"):
            continue
        key = _key(e)
        if e.kind != "org" and all(_placeish(t) for t in key):
            continue  # "Syrian" alone is not the "Syrian Army"
        if key not in cache:
            best = ""
            if len(key) == 1 and key[0] in acronyms:
                best = acronyms[key[0]]
            elif len(key) == 1 and key[0].lower() in lx.ORG_CLIPPINGS:
                best = _unclipped(key[0], by_token)
            else:
                # The earliest-named organisation whose name holds these words in order.
                cands = by_token.get(key[0], []) if key else []
                for _first, words, name in cands[:_MAX_CANDIDATES]:
                    if len(words) > len(key) and _contains(words, key):
                        best = name
                        break
                best = best or _same_head_variant(key, by_head)
            cache[key] = best
        name = cache[key]
        if name:
            out.append((e, name))
        elif e.kind == "org":
            out.append((e, e.name))
    return out
