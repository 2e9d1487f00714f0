"""Feeds for tests: an RSS 2.0 and an Atom 1.0 feed of a small news site, and broken ones."""

from __future__ import annotations

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Town News</title>
  <link>https://town.example/</link>
  <description>All the news of the town</description>
  <item>
    <title>Council passes budget</title>
    <link>/article.html</link>
    <pubDate>Tue, 01 Dec 2026 09:30:00 GMT</pubDate>
    <guid isPermaLink="false">town-1</guid>
  </item>
  <item>
    <title>Caf&#233; owners &lt;b&gt;protest&lt;/b&gt;</title>
    <link>https://town.example/latin1.html</link>
    <dc:date>2026-11-30T18:00:00Z</dc:date>
  </item>
  <item>
    <title>A plain story</title>
    <guid>https://town.example/plain.txt</guid>
    <pubDate>not a date</pubDate>
  </item>
</channel>
</rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/posts/">
  <title type="html">Ana&apos;s &lt;em&gt;blog&lt;/em&gt;</title>
  <link rel="self" href="https://blog.example/atom.xml"/>
  <link href="https://blog.example/"/>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2026-12-01T10:00:00+01:00</updated>
  <entry>
    <title>Budget day</title>
    <link rel="alternate" href="budget-day"/>
    <id>tag:blog.example,2026:1</id>
    <updated>2026-12-01T10:00:00+01:00</updated>
    <published>2026-12-01T08:00:00+01:00</published>
  </entry>
  <entry>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Second <b>post</b></div></title>
    <link rel="enclosure" href="https://cdn.example/a.mp3"/>
    <link rel="alternate" href="javascript:alert(1)"/>
    <id>tag:blog.example,2026:2</id>
    <updated>2026-11-02</updated>
  </entry>
</feed>
"""

BROKEN = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Cut off</title><item><title>One</title>
"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<rss version="2.0"><channel><title>&c;</title></channel></rss>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&secret;</title></channel></rss>
"""


def rss_for(base: str) -> bytes:
    """RSS whose items point at pages of the test server at `base`."""
    return RSS.replace(b"https://town.example", base.encode())
