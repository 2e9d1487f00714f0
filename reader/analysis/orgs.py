"""Organisations as speakers: each mention named by the fullest form the text gives it.

"the Reconciliation Center" is the "Russian Reconciliation Center" named earlier; "Big
Machine" is "Big Machine Records". A shorter name maps to the longest organisation name
that contains its words in order.
"""

from __future__ import annotations

from reader.analysis.entities import Entity


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def org_canonical(entities: list[Entity]) -> list[tuple[Entity, str]]:
    """(entity, canonical name) for every organisation mention, in text order."""
    orgs = [e for e in entities if e.kind == "org"]
    full: dict[tuple[str, ...], str] = {}
    for e in orgs:
        key = tuple(t.rstrip(".").replace("’s", "").replace("'s", "") for t in e.tokens)
        full.setdefault(key, e.name)
    # Longest names first, so a short mention maps to the fullest one.
    names = sorted(full.items(), key=lambda kv: (-len(kv[0]), kv[1]))
    by_token: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for k, name in names:
        for tok in set(k):
            by_token.setdefault(tok, []).append((k, name))
    out: list[tuple[Entity, str]] = []
    cache: dict[tuple[str, ...], str] = {}
    for e in entities:
        if e.kind not in ("org", "other", "single"):
            continue
        key = tuple(t.rstrip(".").replace("’s", "").replace("'s", "") for t in e.tokens)
        if key not in cache:
            best = None
            for k, name in by_token.get(key[0], []) if key else []:
                if len(k) < len(key):
                    break
                if _contains(k, key):
                    best = name
                    break
            cache[key] = best or ""
        name = cache[key]
        if name:
            out.append((e, name))
        elif e.kind == "org":
            out.append((e, e.name))
    return out
