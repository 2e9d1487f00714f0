"""Lines a blog or news template writes around a post, in the languages of the pages we read:
who wrote it and when ("Verfasst von: anna | 31. Dezember 2008", "Publié par Marie le 3
mars"), where it is filed ("Veröffentlicht in Tafelbilder", "Posted in News | Leave a
comment", "Catégories : Société"). They are metadata, not the post; boilerplate.py already
drops the English "By ..." line and "Tags:"/"Filed under" lists, these are the rest.

A line counts when it opens with one of the labels below, is short (a label and a few names
or links), and ends no sentence; a byline label counts only among the first blocks, where a
template puts it (a sentence further on may open "Written by hand, ...").
"""

from __future__ import annotations

import re

from reader.article import BlockKind

# Where the post is filed: the label opens the line, names and links follow.
FILED_LABELS = (
    # en
    r"posted in",
    r"published in",
    r"categor(?:y|ies)\s*:",
    # de
    r"veröffentlicht in",
    r"abgelegt unter",
    r"kategorien?\s*:",
    r"schlagw(?:ö|o)rte?r?\s*:",
    r"themen\s*:",
    # fr
    r"publié dans",
    r"classé dans",
    r"catégories?\s*:",
    r"mots[- ]clés\s*:",
    r"étiquettes?\s*:",
    # es, pt, it
    r"archivado en",
    r"publicado en",
    r"categor(?:í|i)as?\s*:",
    r"etiquetas?\s*:",
    r"categori[ae]\s*:",
    # pl, nl
    r"kategori[ae]\s*:",
    r"tagi\s*:",
    r"trefwoorden\s*:",
)
# Who wrote it: a label that says so, with the name after it.
BYLINE_LABELS = (
    # en
    r"posted by",
    r"written by",
    r"published by",
    r"author\s*:",
    # de
    r"verfasst von",
    r"geschrieben von",
    r"erstellt von",
    r"veröffentlicht von",
    r"autor(?:in|a)?\s*:",
    # fr
    r"publié par",
    r"écrit par",
    r"rédigé par",
    r"auteur\s*:",
    # es, pt, it
    r"publicado por",
    r"escrito por",
    r"scritto da",
    r"pubblicato da",
    # nl
    r"geschreven door",
)
_FILED = re.compile(rf"^\W*(?:{'|'.join(FILED_LABELS)})(?!\w)", re.I)
_BYLINE = re.compile(rf"^\W*(?:{'|'.join(BYLINE_LABELS)})(?!\w)", re.I)
# A template's line: a label and a few names, links or a date.
_MAX_WORDS = 14
# A byline label counts among this many first blocks.
_TOP_BLOCKS = 6
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)]*$")


def _template_line(text: str) -> bool:
    stripped = text.strip()
    return len(stripped.split()) <= _MAX_WORDS and not _SENTENCE_END.search(stripped)


def drop_meta_lines(blocks: list[tuple[BlockKind, str]]) -> list[tuple[BlockKind, str]]:
    """The byline and filing lines of a post's template; see the module docstring. A post
    made of nothing else keeps them (better its template's lines than no page at all)."""
    kept = []
    for index, (kind, text) in enumerate(blocks):
        template = kind == "paragraph" and _template_line(text)
        if template and (_FILED.match(text) or (index < _TOP_BLOCKS and _BYLINE.match(text))):
            continue
        kept.append((kind, text))
    return kept if any(kind != "caption" for kind, _ in kept) else blocks
