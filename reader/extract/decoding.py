"""Bytes to text: the encoding is taken from the BOM, the HTTP header, the page, or detection.

Order matters and follows the HTML standard: a BOM wins, then the transport's charset, then a
`<meta charset>` near the top, then detection; a legacy label on bytes that are valid UTF-8
with multi-byte characters is overruled (they are UTF-8). Labels are mapped as browsers map
them: a page labelled iso-8859-1 or ascii is really windows-1252 (its C1 range holds curly
quotes and dashes). Detection is bounded to a sample so a 20 MB page costs milliseconds, and known
confusions of charset-normalizer (latin-1 read as cp1257 and friends) are checked against
windows-1252, the most common legacy encoding on the web.
"""

from __future__ import annotations

import codecs
import re

# What browsers do with these labels (WHATWG Encoding Standard).
_LABEL_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "utf8": "utf-8",
    "unicode": "utf-16-le",
    "x-user-defined": "cp1252",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]{1,40})""", re.IGNORECASE
)
_PREFIX = 16 * 1024  # browsers look for <meta charset> in the first 1024 bytes; be generous
_SAMPLE = 64 * 1024  # detection sample: enough to be right, small enough to stay fast
# charset-normalizer sometimes names one of these for plain windows-1252 text.
_CONFUSED_WITH_CP1252 = {
    "cp1257",
    "iso8859_13",
    "iso8859_4",
    "iso8859_15",
    "latin_1",
    "iso8859_2",
    "cp1250",
    "mac_roman",
    "cp850",
    "cp437",
    "iso8859_9",
    "cp1254",
    "iso8859_10",
    "iso8859_14",
}


def normalize_label(label: str | None) -> str | None:
    """A Python codec name for an encoding label, or None if the label is unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A "utf-16" label on bytes without a BOM is little-endian in practice; a declared
    # utf-16 on bytes we already saw as ASCII-compatible is a lie the caller will catch.
    return {"utf-16": "utf-16-le", "latin_1": "cp1252", "ascii": "cp1252"}.get(name, name)


def sniff_bom(data: bytes) -> tuple[str, int] | None:
    """The encoding named by a byte-order mark and the BOM's length, if there is one."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def sniff_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows as NULs in every other byte of ASCII-range text."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > half * 0.4 and even_nuls < half * 0.05:
        return "utf-16-le"
    if even_nuls > half * 0.4 and odd_nuls < half * 0.05:
        return "utf-16-be"
    return None


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares for itself in a <meta> tag near its top."""
    match = _META_CHARSET.search(data[:_PREFIX])
    return normalize_label(match.group(1).decode("ascii", "replace")) if match else None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of a truncated download is still UTF-8.
        return error.start >= len(data) - 3 and error.reason == "unexpected end of data"
    return True


def detect_encoding(data: bytes) -> str:
    """Best guess for undeclared bytes: UTF-8 if it is valid, else detection on a sample."""
    if _is_utf8(data):
        return "utf-8"
    sample = data[:_SAMPLE]
    from charset_normalizer import from_bytes  # imported here: only undeclared pages pay

    best = from_bytes(sample).best()
    if best is None:
        return "cp1252"
    name = normalize_label(best.encoding) or "cp1252"
    if name in _CONFUSED_WITH_CP1252 and _plausible_cp1252(sample):
        return "cp1252"
    return name


# Letters that Western European text is made of, and punctuation from cp1252's C1 range.
_CP1252_TEXT = re.compile(
    r"[\u00a1-\u00ff\u2018-\u201e\u2013\u2014\u2022\u2026\u20ac\u2122\u2039\u203a]"
)


def _plausible_cp1252(sample: bytes) -> bool:
    """True if every high byte decodes under cp1252 into a letter or common punctuation."""
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    high = [c for c in text if ord(c) > 0x7F]
    if not high:
        return True
    good = sum(1 for c in high if _CP1252_TEXT.match(c))
    return good / len(high) > 0.97


def choose_encoding(data: bytes, declared: str | None = None, *, html: bool = True) -> str:
    """The encoding to decode `data` with (BOM, then declared, then meta, then detection)."""
    bom = sniff_bom(data)
    if bom:
        return bom[0]
    utf16 = sniff_utf16_without_bom(data)
    if utf16:
        return utf16
    for label in (normalize_label(declared), meta_charset(data) if html else None):
        if label and _fits(data, label):
            return "utf-8" if _utf8_mislabelled(data, label) else label
    return detect_encoding(data)


def _utf8_mislabelled(data: bytes, label: str) -> bool:
    """A legacy label on bytes that are valid UTF-8 with multi-byte characters in them.

    Such bytes are UTF-8 whatever the label says (CMSs and servers keep an old default
    charset after the content moved to UTF-8): a legacy encoding's non-ASCII text almost never
    forms valid UTF-8 sequences, and read as labelled, "é" shows as "Ã©" on every line.
    """
    if label.startswith("utf"):
        return False
    return not data.isascii() and _is_utf8(data)


def _fits(data: bytes, encoding: str) -> bool:
    """A declared encoding is believed unless the bytes are impossible in it.

    Pages lie: a page labelled utf-8 that is not valid UTF-8 is decoded by detection instead.
    Single-byte codecs accept almost anything, so for them the label is simply trusted.
    """
    if encoding.replace("_", "-") in ("utf-8", "utf-16-le", "utf-16-be", "utf-16"):
        return encoding != "utf-8" or _is_utf8(data)
    try:
        data[:_SAMPLE].decode(encoding)
    except UnicodeDecodeError as error:
        return error.start >= _SAMPLE - 4
    return True


def decode(data: bytes, declared: str | None = None, *, html: bool = True) -> str:
    """Decode bytes to text; undecodable bytes become U+FFFD rather than an error."""
    encoding = choose_encoding(data, declared, html=html)
    bom = sniff_bom(data)
    if bom and bom[0] == encoding:
        data = data[bom[1] :]
    return data.decode(encoding, errors="replace")
