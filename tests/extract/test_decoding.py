"""Bytes are decoded with the right encoding: BOM, HTTP charset, <meta charset>, detection."""

from __future__ import annotations

import codecs

import pytest

from reader.extract.decoding import choose_encoding, decode, normalize_label

FRENCH = "<p>Le café de l’été coûte 3 € — c’est très cher, dit François. « Déjà vu », naïf.</p>" * 5
RUSSIAN = (
    "<p>Сирийская армия освободила 70% восточного Алеппо, эвакуировав более 1200 жителей.</p>" * 5
)
POLISH = "<p>Zażółć gęślą jaźń. Łódź to miasto w Polsce, gdzie mieszka wielu ludzi.</p>" * 5
GERMAN = "<p>Die Straße in München ist schön, sagte Jürgen Müller. Österreich grüßt.</p>" * 5


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        (codecs.BOM_UTF8 + FRENCH.encode(), "iso-8859-1", "utf-8"),  # BOM beats the header
        (b"\xff\xfe" + FRENCH.encode("utf-16-le"), None, "utf-16-le"),
        (b"\xfe\xff" + FRENCH.encode("utf-16-be"), None, "utf-16-be"),
        (FRENCH.encode("utf-16-le"), None, "utf-16-le"),  # no BOM
        (FRENCH.encode("utf-16-be"), None, "utf-16-be"),
        (FRENCH.encode("cp1252"), "iso-8859-1", "cp1252"),  # latin-1 label means cp1252
        (FRENCH.encode("cp1252"), None, "cp1252"),  # detection, not cp1257
        (GERMAN.encode("latin-1"), None, "cp1252"),
        (RUSSIAN.encode("cp1251"), None, "cp1251"),  # no meta: lxml alone gets this wrong
        (('<meta charset="windows-1251">' + RUSSIAN).encode("cp1251"), None, "cp1251"),
        (
            (
                '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">' + RUSSIAN
            ).encode("koi8_r"),
            None,
            "koi8-r",
        ),
        (POLISH.encode("cp1250"), None, "cp1250"),
        (("<meta charset='utf-8'>" + FRENCH).encode("cp1252"), None, "cp1252"),  # lying meta
        (FRENCH.encode("utf-8"), None, "utf-8"),
        (RUSSIAN.encode("utf-8"), "utf-8", "utf-8"),
    ],
)
def test_encoding_choice(data: bytes, declared: str | None, expected: str) -> None:
    assert choose_encoding(data, declared) == expected


def test_http_charset_beats_meta() -> None:
    data = ('<meta charset="utf-8">' + RUSSIAN).encode("cp1251")
    assert choose_encoding(data, "windows-1251") == "cp1251"


def test_decode_strips_bom_and_reads_curly_quotes() -> None:
    text = decode(codecs.BOM_UTF8 + "“hi”".encode())
    assert text == "“hi”"
    assert decode("“hi” – ok".encode("cp1252"), "iso-8859-1") == "“hi” – ok"


def test_truncated_utf8_is_still_utf8() -> None:
    data = ("é" * 50).encode()[:-1]
    assert choose_encoding(data) == "utf-8"


def test_unknown_labels_are_ignored() -> None:
    assert normalize_label("no-such-charset") is None
    assert choose_encoding(FRENCH.encode("utf-8"), "no-such-charset") == "utf-8"


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", "latin1", "iso-8859-15", "cp1250"])
@pytest.mark.parametrize("text", [FRENCH, GERMAN, POLISH], ids=["fr", "de", "pl"])
def test_utf8_labelled_as_a_single_byte_encoding_is_read_as_utf8(label: str, text: str) -> None:
    # Valid UTF-8 with multi-byte characters is almost never meant as windows-1252: read as
    # labelled, "é" would show as "Ã©" (mojibake). In the HTTP header and in the page.
    assert decode(text.encode(), label) == text
    assert decode((f'<meta charset="{label}">' + text).encode()).endswith(text)


def test_a_single_byte_page_whose_bytes_happen_to_be_valid_utf8_stays_as_labelled() -> None:
    # Pure ASCII is the same in both; text in the label's own encoding is left alone.
    assert decode(b"plain ascii text", "iso-8859-1") == "plain ascii text"
    assert decode(GERMAN.encode("latin-1"), "iso-8859-1") == GERMAN
