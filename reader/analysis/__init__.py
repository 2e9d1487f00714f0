"""Quotes with their speakers, people and numbers, found by rules in plain Python.

`analyze(text)` is the one entry point; it needs no model, no network, and is deterministic.
The pipeline is `engine.py`; the result types are in `model.py`.
"""

from __future__ import annotations

from reader.analysis import engine
from reader.analysis.model import Analysis, Number, Person, Quote, Why


def analyze(text: str, explain: bool = False, speakers: str | None = None) -> Analysis:
    """Find every quote, person and number in `text` (offsets are indices into `text`).

    With `explain=True` the result's `why` says, for each quote, which evidence decided its
    speaker: the attribution step, the cue, the kind of speaker, and the named evidence that
    typed the speaker's name when it overruled the rules ("why this speaker?"); with the
    ranker, also the features that decided (`Why.contributions`). `speakers` overrides
    `engine.SPEAKERS` ("ranker" or "cascade").
    """
    return engine.run(text, explain, speakers or engine.SPEAKERS)


__all__ = ["Analysis", "Number", "Person", "Quote", "Why", "analyze"]
