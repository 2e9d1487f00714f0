"""sniff_kind: what an input is, decided by its structure rather than its first line or name."""

from __future__ import annotations

import pytest

from reader.errors import NotAnArticleError
from reader.extract.sniff import sniff_kind

XML = b'<?xml version="1.0"?>'
BODY = b"<body><h1>Budget vote</h1><p>The council voted.</p><p>It passed.</p></body></html>"

# Prologs seen on real pages, each followed by a page that is plainly HTML.
BROKEN_PROLOGS = {
    "unclosed declaration": b'<?xml version="1.0" encoding="utf-8"\n<html>',
    "head before html": b'<?xml version="1.0"?>\n<!DOCTYPE html>\n<head><title>t</title></head>',
    "script first": b'<?xml version="1.0" encoding="iso-8859-1"?><script>var a=1;</script><html>',
    "meta first": b'<?xml version="1.0"?>\n<meta charset="utf-8"><html>',
    "prolog after whitespace and a stray word": b"\n\n<?xml version='1.0'?> ok\n<html>",
}


@pytest.mark.parametrize("name", list(BROKEN_PROLOGS))
def test_html_after_a_broken_xml_prolog_is_html(name: str) -> None:
    assert sniff_kind(BROKEN_PROLOGS[name] + BODY, "page") == "html"


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (XML + b"<rss><channel><item><title>t</title></item></channel></rss>", "RSS"),
        (XML + b'<feed xmlns="http://www.w3.org/2005/Atom"><entry/></feed>', "Atom"),
        (XML + b'<catalog><book id="1"><title>x</title></book></catalog>', "XML"),
        (XML + b'<svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>', "SVG"),
    ],
)
def test_feeds_and_other_xml_are_still_refused(data: bytes, what: str) -> None:
    with pytest.raises(NotAnArticleError, match=what):
        sniff_kind(data, "page")


def test_an_rss_feed_whose_items_hold_escaped_html_is_still_a_feed() -> None:
    data = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item>'
        b"<description>&lt;p&gt;Story&lt;/p&gt;</description>"
        b"<content:encoded><![CDATA[<p>One</p><p>Two</p><div>x</div>]]></content:encoded>"
        b"</item></channel></rss>"
    )
    with pytest.raises(NotAnArticleError, match="RSS"):
        sniff_kind(data, "feed.xml")
