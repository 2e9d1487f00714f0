"""A video's title and description are its caption: "<div class="video-resource__headline">
'Crash and burn': Elie Honig reacts to Trump's courtroom strategy</div>" under a player is
what the clip is, not a sentence of the story, as a photo's caption is. They become
<figcaption> (kept, shown dimmed, left out of the body text), as boilerplate.mark_captions
does for photo captions and credits.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.extract.html.blocks import element_text

# Class or id words that name a video (or its player) ...
VIDEO_WORDS = frozenset(("video", "videos", "clip", "player", "videoplayer", "jwplayer"))
# ... and the part of it that tells what it is.
CAPTION_WORDS = frozenset(
    ("headline", "title", "caption", "description", "desc", "summary", "details", "meta")
)
# Longer than this, it is text of the story's that happens to sit in a video's box.
_MAX_CHARS = 300
_WORD_SPLIT = re.compile(r"[-_\s]+")
# Classes are written in lower case or camel case ("videoPlayer", "VideoTitle").
_CANDIDATES = (
    ".//*["
    + " or ".join(
        f"contains(@class, '{word}')"
        for word in ("video", "Video", "player", "Player", "clip", "Clip")
    )
    + "]"
)


def mark_video_captions(body: HtmlElement) -> None:
    """Readability has made a <div> of text alone a <p>: the caption may be one."""
    for element in body.xpath(_CANDIDATES):
        if element.tag == "figcaption" or element.getparent() is None:
            continue
        words = set(
            _WORD_SPLIT.split(f"{element.get('class', '')} {element.get('id', '')}".lower())
        )
        if words.isdisjoint(VIDEO_WORDS) or words.isdisjoint(CAPTION_WORDS):
            continue
        if any(a.tag == "p" for a in element.iterancestors()):
            continue
        if element.find(".//p") is not None or len(element_text(element)) > _MAX_CHARS:
            continue
        element.tag = "figcaption"
