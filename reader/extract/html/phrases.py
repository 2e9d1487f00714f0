"""What sites write around a story, never the story itself, in the languages of the pages we
read: lead-ins to other stories, empty comment sections, photo credits. Each list is data the
block rules in boilerplate.py compile into patterns; a phrase added here is matched as a whole
word sequence at the start of a block, case-insensitively, with any whitespace between words.
"""

from __future__ import annotations

import re

# Lead-ins to links to other stories: "READ MORE: <link>", "Lesen Sie auch: <link>".
RELATED_LEAD_INS = (
    # en
    "related",
    "related articles",
    "related article",
    "related stories",
    "related content",
    "related coverage",
    "related roundup",
    "read more",
    "read also",
    "also read",
    "read next",
    "see more",
    "see also",
    r"more from \w+",
    "don't miss",
    "dont miss",
    "recommended",
    "more on this",
    "more:",
    "watch",
    "listen",
    "trending",
    "popular",
    "must read",
    "in other news",
    # de
    "lesen sie auch",
    "lesen sie mehr",
    "lies auch",
    "auch interessant",
    "mehr zum thema",
    "weiterlesen",
    "zum weiterlesen",
    "siehe auch",
    # fr
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "à lire également",
    "lire également",
    "voir aussi",
    "à voir aussi",
    "sur le même sujet",
    # es
    "lee también",
    "lea también",
    "leer más",
    "ver también",
    "te puede interesar",
    "le puede interesar",
    "noticias relacionadas",
    # pt
    "leia também",
    "leia mais",
    "veja também",
    "saiba mais",
    # it
    "leggi anche",
    "leggi tutto",
    "vedi anche",
    # pl
    "czytaj też",
    "czytaj także",
    "czytaj więcej",
    "zobacz też",
    "zobacz także",
    "zobacz również",
    "przeczytaj też",
    "przeczytaj także",
    "dowiedz się więcej",
    # nl
    "lees ook",
    "lees meer",
    "zie ook",
    # th, zh, ja, ko: "related stories", "further reading"
    "เรื่องที่เกี่ยวข้อง",
    "อ่านเพิ่มเติม",
    "相关新闻",
    "相关阅读",
    "相關新聞",
    "延伸阅读",
    "延伸閱讀",
    "関連記事",
    "관련기사",
    "관련 기사",
)

# A line that only announces other stories, left alone when the list under it is gone:
# "You may also like", "Das Thema könnte dich auch interessieren:".
OTHER_STORIES_HEADERS = (
    # en
    r"you (?:may|might) also (?:like|enjoy|be interested in)",
    r"(?:more|other) (?:stories|articles) (?:you (?:may|might) like|from \w+)",
    r"recommended (?:for you|reading|stories|articles)",
    # de: "Das könnte Sie auch interessieren", "Diese Artikel könnten euch auch interessieren"
    r"(?:das|dies|diese[rs]?)(?: \w+){0,2} könnten? (?:sie|dich|euch|dir) (?:auch |ebenfalls )?"
    r"interessieren",
    r"(?:weitere|ähnliche) (?:artikel|beiträge|themen)",
    # fr: "Ces articles peuvent vous intéresser", "Vous aimerez aussi"
    r"(?:ces|ses|les) articles? (?:peu(?:ven)?t|pourrai(?:en)?t) (?:aussi |également )?vous "
    r"intéresser",
    r"vous aimerez (?:aussi|également)",
    r"(?:à|a) lire (?:aussi|également)",
    # es, pt, it, pl
    r"(?:también )?te (?:puede|podría) interesar",
    r"(?:artículos|noticias) relacionad[oa]s",
    r"(?:você|voce) (?:também )?pode gostar",
    r"potrebbe (?:anche )?interessarti",
    r"(?:może|mogą) (?:cię|was|państwa) (?:też |także |również )?zainteresować",
)

# "Comments" in other languages, for counts ("0 Kommentare", "12 commentaires").
COMMENT_WORDS = (
    "kommentar",
    "kommentare",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
    "comentário",
    "comentários",
    "commento",
    "commenti",
    "komentarz",
    "komentarze",
    "komentarzy",
    "reactie",
    "reacties",
)
# An empty comment section: "No comments yet", "Keine Kommentare", "Brak komentarzy".
NO_COMMENTS = (
    r"no comments(?: yet)?",
    r"be the first to comment",
    "keine kommentare",
    "noch keine kommentare",
    "aucun commentaire",
    "sin comentarios",
    "sem comentários",
    "nessun commento",
    "brak komentarzy",
    "geen reacties",
)

# Photo credit labels: "Photo: Ann Smith/Reuters", "Crédits photos : Bestimage", "Foto: dpa".
PHOTO_CREDIT_LABELS = (
    r"(?:photo|photograph|image|picture|pic|video|credit|illustration|graphic)s?"
    r"(?: (?:credit|courtesy|by))?",
    r"crédits? photos?",
    "crédit",
    r"fotos?",
    "fotografía",
    "fotografia",
    r"bild(?:er)?",
    "bildquelle",
    "imagen",
    "immagine",
    "zdjęcie",
    "beeld",
)


def alternation(phrases: tuple[str, ...]) -> str:
    """The phrases as one regex alternation, a space in a phrase matching any whitespace."""
    return "|".join(phrase.replace(" ", r"\s+") for phrase in phrases)


def any_of(phrases: tuple[str, ...], *, whole: bool = False) -> re.Pattern[str]:
    """A pattern for a block that opens with one of the phrases (`whole`: is only that,
    punctuation aside)."""
    end = r"\W*$" if whole else r"(?!\w)"
    return re.compile(rf"^\W*(?:{alternation(phrases)}){end}", re.I)
