"""Quotes with their speakers, people and numbers, found by rules in plain Python.

`analyze(text)` is the one entry point; it needs no model, no network, and is deterministic.
"""

from reader.analysis.model import Analysis, Number, Person, Quote


def analyze(text: str) -> Analysis:
    """Find every quote, person and number in `text` (offsets are indices into `text`)."""
    # Filled in by the analysis issue (#3); until then the contract's lists stay empty.
    return Analysis()


__all__ = ["Analysis", "Number", "Person", "Quote", "analyze"]
