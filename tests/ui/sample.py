"""The sample article and a fixed, hand-made analysis of it for UI tests and snapshots.

The article is built straight from the seed text (not through the cleaning pipeline) and the
analysis is written by hand, so UI snapshots change only when the UI does.
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.analysis.model import Analysis, Number, Person, Quote
from reader.article import Article, ArticleBuilder

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "aleppo-syrian-army-2016.txt"
TITLE = "Syrian Army retakes 70% of E. Aleppo, evacuates over 1,200 civilians – Russian military"
HEADINGS = {
    "Militants ask for truce amid Syrian Army advance",
    "Lavrov & Kerry to meet in Hamburg to discuss Syria",
}

SPEAKERS = {
    "fully control": "Reconciliation Center",
    "strategic victory": "Ali Haidar",
    "Those who believed": "Ali Haidar",
    "We will not accept": "Fares Shehabi",
    "If they do not leave": "Fares Shehabi",
    "As for the militants": "Dmitry Peskov",
    "this issue is": "Dmitry Peskov",
    "Unfortunately": "Dmitry Peskov",
    "still maintains": "Maria Zakharova",
    "has never concealed": "Maria Zakharova",
    "We have always": "Maria Zakharova",
    "Contacts at the expert": "Dmitry Peskov",
}
PEOPLE = [
    ("Ali Haidar", "Syrian Reconciliation Minister", ["Ali Haidar"]),
    ("Fares Shehabi", "MP for Aleppo", ["Fares Shehabi"]),
    ("Dmitry Peskov", "Russian presidential spokesman", ["Dmitry Peskov", "Peskov"]),
    ("Maria Zakharova", "Foreign Ministry spokeswoman", ["Maria Zakharova"]),
    ("Sergey Lavrov", "Russian Foreign Minister", ["Sergey Lavrov", "Lavrov"]),
    ("John Kerry", None, ["John Kerry", "Kerry"]),
    ("Frank-Walter Steinmeier", None, ["Frank-Walter Steinmeier"]),
]
_QUOTE = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
_NUMBER = re.compile(r"\d[\d,]*(?:\s?percent|%)?|\bsix\b|\bfive-day\b|\btwo\b")


def sample_article() -> Article:
    lines = SAMPLE.read_text(encoding="utf-8").split("\n\n")
    builder = ArticleBuilder(str(SAMPLE))
    for chunk in lines[1:]:
        chunk = chunk.strip()
        if chunk.startswith("Podcasts"):
            break
        if chunk == TITLE:
            builder.add("title", chunk)
        elif chunk in HEADINGS:
            builder.add("heading", chunk)
        else:
            builder.add("paragraph", chunk)
    return builder.build(title=TITLE, published="2016-12-07T19:16", site="rt.com")


def _mentions(text: str, forms: list[str]) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for form in forms:
        for match in re.finditer(re.escape(form), text):
            if not any(s <= match.start() < e for s, e in spans):
                spans.append(match.span())
    return tuple(sorted(spans))


def sample_analysis(article: Article) -> Analysis:
    text = article.text
    quotes = []
    for match in _QUOTE.finditer(text):
        group = 1 if match.group(1) is not None else 2
        inner = match.group(group)
        speaker = next((who for cue, who in SPEAKERS.items() if cue in inner), None)
        quotes.append(Quote(inner, match.start(group), match.end(group), speaker))
    people = [Person(name, role, _mentions(text, forms)) for name, role, forms in PEOPLE]
    numbers = []
    for match in _NUMBER.finditer(text):
        figure = match.group()
        kind = "percent" if ("%" in figure or "percent" in figure) else "count"
        numbers.append(Number(figure, match.start(), match.end(), None, None, kind))  # type: ignore[arg-type]
    return Analysis(tuple(quotes), tuple(people), tuple(numbers))
