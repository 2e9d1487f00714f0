"""Recognising a dateline ("7 Dec, 2016 19:16", "December 7, 2016", "2016-12-07T19:16Z") and
turning it into ISO 8601, without a date library: the formats news sites print are few.
"""

from __future__ import annotations

import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_TIME = (
    r"(?:\s*(?:at|,|-|–|—|\|)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::\d{2})?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,5}|UTC|GMT)(?:[+-]\d{1,2})?)?)?"
)
_PREFIX = (
    r"^\s*(?:(?:published|updated|posted|last updated|date)\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
)
_PATTERNS = [
    re.compile(_PREFIX + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + _TIME + r"\s*$", re.I),
    re.compile(_PREFIX + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _TIME + r"\s*$", re.I),
    re.compile(
        _PREFIX
        + r"(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})"
        + r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?)?"
        + r"(?:Z|[+-]\d{2}:?\d{2})?\s*$",
        re.I,
    ),
]


def parse_dateline(line: str) -> str | None:
    """ISO 8601 ("2016-12-07T19:16" or "2016-12-07") if `line` is only a date, else None."""
    if len(line) > 60:
        return None
    for pattern in _PATTERNS:
        match = pattern.match(line)
        if not match:
            continue
        parts = match.groupdict()
        if parts.get("mnum"):
            month = int(parts["mnum"])
        else:
            month = _MONTHS.get(parts["month"].lower().rstrip("."), 0)
        day, year = int(parts["day"]), int(parts["year"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        if parts.get("hour") is not None:
            hour, minute = int(parts["hour"]), int(parts["minute"])
            ampm = (parts.get("ampm") or "").replace(".", "").lower()
            if ampm == "pm" and hour < 12:
                hour += 12
            elif ampm == "am" and hour == 12:
                hour = 0
            if hour < 24 and minute < 60:
                iso += f"T{hour:02d}:{minute:02d}"
        return iso
    return None
