"""Constructed pairs of article texts, each differing in one known way, for the compare tests."""

from __future__ import annotations

from reader.analysis import analyze
from reader.compare import Side
from reader.extract.text.plain import clean_text

BASE = """Talks resume in Geneva

"We will not accept any truce with the terrorists," said Fares Shehabi, a member of parliament.

At least 1,224 civilians were evacuated on Tuesday, officials said.

The army now holds 70 percent of the eastern districts, according to the ministry.

The aid package is worth $3.2 billion, said Maria Lopez, the envoy. \
"The convoys are ready to leave at dawn," Lopez said.

A bridge over the river was closed after shelling overnight, residents reported."""

CHANGED = {
    "number": ("1,224 civilians", "1,200 civilians"),
    "share": ("70 percent of the eastern", "two-thirds of the eastern"),
    "money": ("$3.2 billion", "$3 billion"),
    "reworded": (
        '"We will not accept any truce with the terrorists,"',
        '"We won’t accept any truce with terrorists…"',
    ),
    "speaker": (
        '"The convoys are ready to leave at dawn," Lopez said.',
        '"The convoys are ready to leave at dawn," said Ahmed Karim, a local official.',
    ),
    "paragraph": (
        "\n\nA bridge over the river was closed after shelling overnight, residents reported.",
        "",
    ),
    "person_b": (
        "residents reported.",
        "residents reported. John Whitfield, a Red Cross spokesman, confirmed the closure.",
    ),
    "typography": (
        '"We will not accept any truce with the terrorists,"',
        "“We will not accept any truce with the terrorists…”",
    ),
}


def side(text: str, name: str) -> Side:
    article = clean_text(text, source=name)
    return Side(article, analyze(article.text))


def pair(change: str) -> tuple[Side, Side]:
    """BASE as A, and BASE with one named change as B."""
    old, new = CHANGED[change]
    assert old in BASE
    return side(BASE, "a.txt"), side(BASE.replace(old, new), "b.txt")


def write_pair(directory: object, change: str) -> tuple[str, str]:
    """Write BASE and its changed copy to files; returns their paths."""
    from pathlib import Path

    old, new = CHANGED[change]
    root = Path(str(directory))
    a, b = root / "a.txt", root / "b.txt"
    a.write_text(BASE, encoding="utf-8")
    b.write_text(BASE.replace(old, new), encoding="utf-8")
    return str(a), str(b)


FILLER = "The road into the old town was quiet for most of the morning and the market stayed shut."


def long_texts(*changes: str, paragraphs: int = 60) -> tuple[str, str]:
    """BASE with many unchanged paragraphs before the body and before its last paragraph (so
    the texts scroll, and its first and last differences are screens apart), and that text
    with the named changes."""
    title, body = BASE.split("\n\n", 1)
    body, last = body.rsplit("\n\n", 1)
    filler = [FILLER] * paragraphs
    text = "\n\n".join([title, *filler, body, *filler, last])
    changed = text
    for change in changes:
        old, new = CHANGED[change]
        changed = changed.replace(old, new)
    return text, changed


def long_pair(change: str) -> tuple[Side, Side]:
    """Like `pair`, on `long_texts`."""
    a, b = long_texts(change)
    return side(a, "a.txt"), side(b, "b.txt")
