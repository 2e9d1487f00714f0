"""Quotation spans: pairing quote marks of every style, one paragraph at a time.

Marks are paired by a small state machine per paragraph, so a stray or missing mark costs
at most the paragraph it stands in. Apostrophes are told from single quotes by the
characters around them. A quote left open at a paragraph end counts only when the next
paragraph opens with a mark again (a quote running over paragraphs: one quote each).
Scare quotes, titles and single words are dropped here; speakers are found elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from reader.analysis import lexicon as lx
from reader.analysis.segment import Layout

_DOUBLE_OPEN = '“„«"'
_DOUBLE_ALL = '“”„‟«»"'
_SINGLE_ALL = "‘’‚‹›'"
_MARKS = re.compile("[“”„‟«»\"‘’‚‹›']")
# Doubled single marks (’’ ‘‘ '' ``) stand for double marks in some sources.
_DOUBLED = re.compile("’’|‘‘|''|``")
_WORD = re.compile(r"\w+")
_OPEN_BEFORE = set(" \t\n([{—–-/:;,…") | set(_DOUBLE_ALL) | set(_SINGLE_ALL)
_CLOSE_AFTER = set(" \t\n.,;:!?)]}—–-/…") | set(_DOUBLE_ALL) | set(_SINGLE_ALL)
_NO_OPEN_AFTER = frozenset(".,;:!?)]}")
_ELISIONS = ("em ", "n ", "til ", "tis ", "twas ", "cause ", "bout ", "round ", "s ")
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "from",
        "by",
        "is",
        "it",
        "my",
        "your",
        "our",
        "as",
        "vs",
        "nor",
        "but",
    ]
)
_SCARE_BEFORE = re.compile(
    r"\b(?:so-called|so called|dubbed|titled|entitled|nicknamed|known as|hashtag|slogan|"
    r"tagline|the words?|the term|the phrase|the label|the name|named|brand|coined|"
    r"billed as|branded|labell?ed|marked|(?:is|are|was|were|be|been|being) called)\W{0,3}$"
    # 'nicknamed the "Kim Kardashian of Pakistan,"': a naming verb, an article, the name.
    r"|\b(?:nicknamed|dubbed|known as|billed as|branded|labell?ed|crowned)\s+(?:the|a|an)\W{0,3}$"
    # 'sometimes called “dark social”', '(aka “dark social”)', 'terming them “dark social”',
    # 'a pre-existing definition of “intact forest landscapes”': a name given to a thing.
    r"|\b(?:[a-z]+ly\s+called|aka|a\.k\.a\.?|term(?:ed|ing)(?:\s+(?:it|them|this|that))?"
    r"|(?:definition|concept|notion)s?\s+of)\W{0,3}$",
    re.IGNORECASE,
)
# 'the technique called “mental chronometry”', 'a Facebook group called ‘We back him’': a
# thing named by a common noun right before 'called' or 'named' (not 'he called “…”').
_NOUN_CALLED_BEFORE = re.compile(
    r"\b(?!(?:he|she|they|we|you|who|it|also|and|but|then|was|were|is|are|be|been)\b)"
    r"[a-z]{3,}\s+(?:called|named)\W{0,3}$"
)


# Speech the writer imagines (bench/folds/README.md): a thought ('the people shrug and think,
# “Enough already”'), or what someone wanted, or was unable, to say ('What we wanted to say:').
_IMAGINED_BEFORE = re.compile(
    r"\b(?:think|thinks|thinking|wonder|wonders|wondered|wondering|imagine|imagines"
    r"|(?:want|wants|wanted|unable|tempted|longed|dying)\b[^.!?\n“”\"]{0,30}?\bto\s+"
    r"(?:say|ask|scream|shout|reply|respond|tell\s+\w+))[,:]?\s?.$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Offsets of a quote's text (without marks) and of its marks."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None when the quote runs on into the next paragraph
    paragraph: int
    # The words stand again inside a longer quote nearby: an echo of someone's quoted words,
    # which counts as theirs (bench/folds/README.md), not a scare quote.
    echo: bool = False


def _open_ctx(text: str, i: int, lo: int, hi: int) -> bool:
    before_ok = i == lo or text[i - 1] in _OPEN_BEFORE
    # No quote opens on a space or on punctuation that ends a clause ('… die?' ".').
    after_ok = i + 1 < hi and not text[i + 1].isspace() and text[i + 1] not in _NO_OPEN_AFTER
    return before_ok and after_ok


def _close_ctx(text: str, i: int, lo: int, hi: int) -> bool:
    before_ok = i > lo and not text[i - 1].isspace()
    after_ok = i + 1 >= hi or text[i + 1] in _CLOSE_AFTER
    return before_ok and after_ok


def _double_marks(text: str, lo: int, hi: int) -> Iterator[tuple[int, str, bool, bool]]:
    """Each double mark of text[lo:hi]: offset, character, and whether it stands where an
    opening mark can stand and where a closing mark can."""
    for m in _MARKS.finditer(text, lo, hi):
        i = m.start()
        ch = text[i]
        if ch in _DOUBLE_ALL:
            yield i, ch, _open_ctx(text, i, lo, hi), _close_ctx(text, i, lo, hi)


def _pair_nested_curly(
    text: str, lo: int, hi: int
) -> tuple[list[tuple[int, int]], int | None] | None:
    """The outer pairs of a paragraph whose curly double marks nest and balance exactly
    ('“I heard him say “get out” and ran,” she said'), and the outer mark left open when
    the quote runs on into the next paragraph ('“They called us “terrorists”. It spread. ¶');
    None when they do not nest so (then the flat pairing below decides, and an unmatched
    opener costs only its own quote)."""
    pairs: list[tuple[int, int]] = []
    depth = deepest = 0
    outer = -1
    for i, ch, oc, cc in _double_marks(text, lo, hi):
        if ch == "“" and oc and not cc:
            if depth == 0:
                outer = i
            depth += 1
            deepest = max(deepest, depth)
        elif ch == "”" and cc and not oc and depth > 0:
            depth -= 1
            if depth == 0:
                pairs.append((outer, i))
        else:
            return None
    if deepest < 2 or depth > 1 or (depth == 1 and outer != lo):
        return None  # a quote runs on only from the start of its paragraph
    return pairs, (outer if depth == 1 else None)


def _first_closer(text: str, lo: int, hi: int) -> int | None:
    """The first double mark of a paragraph when it can only close a quote: the end of a
    quote whose opening mark was not repeated at the paragraph start ('Smith said: “We will
    go. ¶ We will win,” she said.')."""
    for i, ch, oc, cc in _double_marks(text, lo, hi):
        return i if ch in '”»"' and cc and not oc else None
    return None


_NAME_WINDOW = 6_000  # characters either side searched for another mention of a title
_RUN_ON_PARAGRAPHS = 3  # mark-free paragraphs a quote may run on through before its closer


def _run_on(
    text: str, paras: Sequence[tuple[int, int]], p_idx: int
) -> tuple[list[int], int] | None:
    """A quote left open at the end of paragraph `p_idx` whose opening mark is not repeated:
    the paragraphs after it with no double mark at all, then the closing mark that is the
    first double mark of the paragraph after those ('“We got mixed reactions. ¶ Also, it
    spread. ¶ It was a storm.”'). None when no such closer comes within a few paragraphs."""
    middle: list[int] = []
    for j in range(p_idx + 1, min(len(paras), p_idx + 2 + _RUN_ON_PARAGRAPHS)):
        lo, hi = paras[j]
        closer = _first_closer(text, lo, hi)
        if closer is not None:
            return middle, closer
        if next(_double_marks(text, lo, hi), None) is not None:
            return None
        middle.append(j)
    return None


# A cue and a colon or comma right before an opening mark: 'Varadkar explained: "'.
_CUE_THEN_OPEN = re.compile(r"[:,][ \u00a0]*$")


def _unclosed_after_cue(text: str, open_at: int, lo: int, hi: int) -> bool:
    """A quote opened after a speech cue and a colon or comma whose closing mark never comes,
    in a paragraph that ends a sentence: the writer forgot the mark, and the quote ends with
    the paragraph ('Varadkar explained: "They were proposing a circuit break. ¶ In short,
    …' with no mark closing it)."""
    end = text[lo:hi].rstrip()[-1:]
    return (
        end in (".", "!", "?")
        and _CUE_THEN_OPEN.search(text, max(lo, open_at - 3), open_at) is not None
        and _CUE_NEAR.search(text, max(lo, open_at - 40), open_at) is not None
    )


def _pair_double(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], int | None]:
    """Pairs of (open, close) double marks in text[lo:hi], and a mark left open, if any."""
    nested = _pair_nested_curly(text, lo, hi) if text.count("“", lo, hi) > 1 else None
    if nested is not None:
        return nested
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    open_ch = ""
    for i, ch, oc, cc in _double_marks(text, lo, hi):
        if open_at is None:
            if ch in _DOUBLE_OPEN:
                if ch == '"' and cc and not oc:
                    continue  # a stray closing mark
                open_at, open_ch = i, ch
            elif ch in "”‟»" and oc and not cc:
                open_at, open_ch = i, ch  # a closing mark misused as an opener
            continue
        if ch == "”" and i == open_at + 1 and i + 1 < hi and text[i + 1].isalnum():
            open_at, open_ch = i, "“"  # '“”This is ...': a doubled opener, garbled at source
            continue
        if ch in "”»‟":
            closes = not (oc and not cc) or ch == "»" or open_ch in "“„"
        elif ch == '"':
            # 'now,"she added': after the quote's own punctuation a mark closes, even glued
            # to the next word (scraped text loses that space).
            closes = not (oc and not cc) or text[i - 1] in ",.!?"
        elif ch == "“":
            closes = open_ch == "„" or (cc and not oc)
        else:  # « or „ while open: the earlier mark was unmatched
            closes = False
        if closes:
            pairs.append((open_at, i))
            open_at = None
        else:
            open_at, open_ch = i, ch
    return pairs, open_at


def _is_elision(text: str, i: int, hi: int) -> bool:
    tail = text[i + 1 : min(hi, i + 7)].lower() + " "
    if tail[:1].isdigit():
        j = i + 1
        while j < hi and text[j].isdigit():
            j += 1
        return j < hi and text[j] in "s’'"  # '90s
    return tail.startswith(_ELISIONS)


def _plural_possessive(text: str, i: int, hi: int) -> bool:
    """A closing single mark that may be the apostrophe of a plural possessive ("the
    players' decision"): after an s, before a lower-case word."""
    return text[i - 1] == "s" and i + 2 < hi and text[i + 1] == " " and text[i + 2].islower()


def _pair_single(
    text: str, lo: int, hi: int, skip: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], int | None]:
    """Pairs of (open, close) single marks in text[lo:hi] outside the double quotes `skip`,
    and the opening mark left open at the paragraph end, if any."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    # A possessive-looking closer is held back: a later closer that is not possessive-looking
    # closes the quote instead ('It's the players' decision now.'); another possessive-looking
    # one, a new opener or the paragraph end make the held one the closer after all.
    held: int | None = None
    k = 0
    for m in _MARKS.finditer(text, lo, hi):
        i = m.start()
        ch = text[i]
        if ch not in _SINGLE_ALL:
            continue
        while k < len(skip) and skip[k][1] < i:
            k += 1
        if k < len(skip) and skip[k][0] <= i <= skip[k][1]:
            continue  # nested inside a double quote: part of the outer quote
        left_alpha = i > lo and text[i - 1].isalnum()
        right_alpha = i + 1 < hi and text[i + 1].isalnum()
        if left_alpha and right_alpha:
            continue  # don't, we're, O'Brien
        if open_at is None:
            if ch in "‘‚‹'" and _open_ctx(text, i, lo, hi) and not _is_elision(text, i, hi):
                open_at = i
            continue
        if ch in "’›'" and _close_ctx(text, i, lo, hi):
            possessive = _plural_possessive(text, i, hi)
            if held is None and possessive:
                held = i
                continue
            pairs.append((open_at, held if held is not None and possessive else i))
            open_at = held = None
        elif ch in "‘‚‹" or (ch == "'" and _open_ctx(text, i, lo, hi)):
            if _is_elision(text, i, hi):
                continue  # 'The '90s were different.': an elision inside the quote
            if held is not None:
                pairs.append((open_at, held))
                held = None
            open_at = i
    if open_at is not None and held is not None:
        pairs.append((open_at, held))
        open_at = None
    return pairs, open_at


# A campaign, slogan or hashtag named right before or after the marks.
_NAMING_AROUND = re.compile(
    r"\b(?:campaign|slogan|tagline|motto|hashtag|headline|catchphrase|title|banner|sign)\s*.$"
)
_NAMING_AFTER = re.compile(
    r"\s*(?:awareness\s+)?(?:campaign|slogan|tagline|ad|ads|logo|label|brand|banner|sign|"
    r"hashtag|motto|catchphrase)\b"
)


# A work named right before its title: 'his book "Financial Freedom: A Proven Path,"'.
_WORK_BEFORE = re.compile(
    r"\b(?:book|novel|memoir|film|movie|documentary|song|album|show|series|sitcom|podcast|"
    r"episode|play|musical|poem|essay|column|blog|programme|program|newsletter|called)\s*.$"
    r"|\([“\"]$"  # a list of titles in brackets: (“The Discovery,” “The One I Love”)
    # 'the author of "Zombies on Film"', 'In 1985's "Return of the Living Dead,"'
    r"|\b(?:author|director|creator|writer|star|producer)s?\s+of\s*.$|\b\d{4}['’]s\s*.$"
)


# A work's author right after its title: '“Superminds: The Surprising Power of …” by Tom Malone'.
_BY_AUTHOR_AFTER = re.compile(r"[ \u00a0]+by[ \u00a0]+[A-Z]")


# A work's title right after "in": 'his role in “Once Upon A Time in Hollywood,”'.
_IN_BEFORE = re.compile(r"\bin\s*.$")


def _titled_elsewhere(text: str, inner: str, a: int) -> bool:
    """Are the words, without the comma inside the marks, quoted bare elsewhere nearby?

    'It beat “Once Upon A Time in Hollywood”' then 'his role in “Once Upon A Time in
    Hollywood,”': the second is the same title, not speech.
    """
    bare = inner.rstrip(",. ")
    if bare == inner:
        return False
    lo, hi = max(0, a - _NAME_WINDOW), a + _NAME_WINDOW
    marks = (("“", "”"), ('"', '"'), ("‘", "’"))
    return any(text.find(f"{o}{bare}{c}", lo, hi) >= 0 for o, c in marks)  # no slice copied


def _in_title_list(text: str, a: int, b: int | None) -> bool:
    """Is the quote one of a run of quoted items ('“Black Water,” “China Grove,” …')?"""
    j = a - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j >= 0 and text[j] in '”"':
        return True
    if b is None:
        return False
    k = b + 1
    while k < len(text) and text[k] == " ":
        k += 1
    return k < len(text) and text[k] in '“"'


def _looks_like_title(inner: str, work_before: bool = False) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", inner)]
    if not words or len(words) > (14 if work_before else 8):
        return False
    if inner.rstrip()[-1:] in ",!?…" and not work_before:
        return False
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    if inner.isupper() and len(words) > 1 and inner.rstrip()[-1:] in ".!":
        return False  # 'I’M NOT MAD, COME BACK HERE.': shouted, not a title
    # A quoted sentence opens with a capital anyway: 'Turn it in.' has no title-case word
    # after it (a name such as 'Mr. A' ends in no full stop).
    sentence = inner.rstrip()[-1:] in ".!?" and significant[:1] == words[:1]
    after_first = significant[1:] if sentence else significant
    return bool(after_first) and all(w[0].isupper() for w in significant)


def find_quote_spans(text: str, layout: Layout) -> list[QuoteSpan]:
    """Every quotation in `text` worth listing, in text order."""
    spans: list[QuoteSpan] = []
    paras = layout.paragraphs
    if _DOUBLED.search(text):
        text = _DOUBLED.sub(_as_double, text)  # same length, so offsets still hold
    carried: int | None = None  # the closing mark of a quote run on from the paragraph before
    run_on_middle: set[int] = set()  # paragraphs wholly inside a quote run on over them
    for p_idx, (lo, hi) in enumerate(paras):
        pairs, left_open = _pair_double(text, lo, hi)
        found: list[tuple[int, int | None]] = [(a, b) for a, b in pairs]
        if p_idx in run_on_middle:
            end = lo + len(text[lo:hi].rstrip())
            spans.append(QuoteSpan(lo, end, lo, None, p_idx))  # a paragraph inside a quote
            continue
        if carried is not None and len(_WORD.findall(text, lo, carried)) >= 2:
            spans.append(QuoteSpan(lo, carried, lo, carried, p_idx))
        carried = None
        if left_open is not None and p_idx + 1 < len(paras):
            nxt_lo = paras[p_idx + 1][0]
            if text[nxt_lo] in _DOUBLE_OPEN:
                found.append((left_open, None))
            else:
                run_on = _run_on(text, paras, p_idx)
                if run_on is not None:
                    run_on_middle.update(run_on[0])
                    carried = run_on[1]
                    found.append((left_open, None))
                elif _unclosed_after_cue(text, left_open, lo, hi):
                    found.append((left_open, None))
        single, single_open = _pair_single(text, lo, hi, pairs)
        if (
            single_open == lo
            and p_idx + 1 < len(paras)
            and text[paras[p_idx + 1][0]] in "‘‚"
            and not found
        ):
            found.append((single_open, None))  # British style: ‘… ¶ ‘…’ runs on
        found.extend(single)
        found.sort()
        outer_end = -1
        for a, b in found:
            if a < outer_end:
                continue  # nested in the quote before it ('He said “no way” to me'): part of it
            outer_end = b if b is not None else hi
            end = b if b is not None else hi
            start = a + 1
            inner = text[start:end]
            if b is None:
                inner = inner.rstrip()
                end = start + len(inner)
            if len(inner.split()) < 2 or len(_WORD.findall(inner)) < 2:
                continue
            if _NAMING_AROUND.search(text, max(lo, a - 24), a + 1) or _NAMING_AFTER.match(
                text, (b if b is not None else end) + 1
            ):
                continue
            if _SCARE_BEFORE.search(text[max(lo, a - 24) : a]) or _NOUN_CALLED_BEFORE.search(
                text, max(lo, a - 24), a
            ):
                continue
            if _IMAGINED_BEFORE.search(text[max(lo, a - 60) : a + 1]):
                continue
            alone = (
                a == lo
                and b is not None
                and not text[b + 1 : hi].strip()
                and text.count(inner, max(0, lo - _NAME_WINDOW), hi + _NAME_WINDOW) == 1
            )  # a quoted heading, not a caption naming a work the article names again
            if (
                _looks_like_title(inner)
                and not alone
                and not _speech_nearby(text, a, b, lo, hi)
                and not _VOICED_BEFORE.search(text, max(lo, a - 14), a + 1)
            ):
                continue  # a title, unless it is a quoted heading alone in its paragraph
            if (
                _WORK_BEFORE.search(text, max(lo, a - 16), a + 1)
                or _in_title_list(text, a, b)
                or _IN_BEFORE.search(text, max(lo, a - 6), a + 1)
                or _titled_elsewhere(text, inner, a)
                or (b is not None and _BY_AUTHOR_AFTER.match(text, b + 1))
            ) and _looks_like_title(inner, work_before=True):
                continue  # a title after the work it names, even with a comma inside
            spans.append(QuoteSpan(start, end, a, b, p_idx))
    return _mark_echoes(text, spans)


_ECHO_WORDS = 4  # the longest phrase that may be an echo of a longer quote
_ECHO_NEIGHBOURS = 30  # quotes either side looked at for the longer one (bounded work)


def _all_capitalised(phrase: str) -> bool:
    """Every word but the small ones capitalised: a name ('Doris Day'), which a longer quote
    holds without being echoed."""
    words = [w for w in phrase.split() if w.lower() not in _SMALL_WORDS]
    return bool(words) and all(w[:1].isupper() for w in words)


def _holds_words(hay: str, phrase: str) -> bool:
    """Does `hay` hold `phrase` as whole words (not 'road load' in 'railroad loads')?"""
    i = hay.find(phrase)
    while i >= 0:
        j = i + len(phrase)
        if (i == 0 or not hay[i - 1].isalnum()) and (j == len(hay) or not hay[j].isalnum()):
            return True
        i = hay.find(phrase, i + 1)
    return False


def _mark_echoes(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Mark the short quoted phrases whose words stand again, as whole words, inside a longer
    quote near it ('called for “calm at this time”' beside '“… I would call for calm at this
    time,” the governor said'): an echo of that quote."""
    if len(spans) < 2:
        return spans
    words = [len(text[sp.start : sp.end].split()) for sp in spans]
    out = []
    for n, sp in enumerate(spans):
        phrase = text[sp.start : sp.end].strip(" ,.;:!?")
        if sp.close_mark is None or not 2 <= words[n] <= _ECHO_WORDS or _all_capitalised(phrase):
            out.append(sp)
            continue
        echo = any(
            words[k] > words[n]
            and abs(spans[k].start - sp.start) < _NAME_WINDOW
            and _holds_words(text[spans[k].start : spans[k].end].lower(), phrase.lower())
            for k in range(max(0, n - _ECHO_NEIGHBOURS), min(len(spans), n + _ECHO_NEIGHBOURS + 1))
        )
        out.append(replace(sp, echo=True) if echo else sp)
    return out


def _as_double(m: re.Match[str]) -> str:
    pair = m.group(0)
    i = m.start()
    src = m.string
    opening = pair in ("‘‘", "``") or (
        pair == "''" and (i == 0 or src[i - 1].isspace() or src[i - 1] in "([—–")
    )
    return " “" if opening else "” "


# The cue forms that mark a nearby quoted phrase as speech (vocab/speech_cues_near.txt).
_CUE_NEAR = re.compile(
    r"\b(?:" + "|".join(sorted(lx.NEAR_CUES, key=lambda w: (-len(w), w))) + r")\b",
    re.IGNORECASE,
)


_INTRODUCED = re.compile(r":\s*$")
# Verbs of saying, promising or judging that govern quoted words a few words on, even when
# nobody named says them: 'The report found “significant failings”'.
_REPORTING_BEFORE = re.compile(
    r"\b(?:found|ruled|promised|pledged|vowed|urged|demanded|condemned|denounced|critici[sz]ed"
    r"|praised|welcomed|hailed|slammed|declared|warned|insisted|admitted|conceded|acknowledged"
    r"|accused|dismissed|described|concluded|argued|claimed|complained|lamented|recalled)"
    r"(?:[ \u00a0]+[\w’'-]+){0,3}[ \u00a0]*$"
)
# A verb of voiced speech right before the marks: 'Amri screamed “Allah Akbar”' (speech even
# in title case).
_VOICED_BEFORE = re.compile(
    r"\b(?:(?:scream|shout|yell|chant|exclaim|shriek|holler|whisper|mutter)(?:ed|ing)|cried"
    r"|crying),?[ \u00a0]*.$"
)
# Someone's own characterisation: 'Yellen called that a “very modest adjustment”'.
_CALLED_IT_BEFORE = re.compile(
    r"\bcall(?:ed|s)?[ \u00a0]+(?:it|that|this|them|him|her)[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?.$"
)
_HEADING_AFTER = re.compile(r"\s*:|\s+[—–-]\s")
_DASH_BEFORE = re.compile(r"\s[—–-]\s*$")
_INTRODUCED_BY_COMMA = re.compile(r",\s*$")


def speech_nearby(text: str, span: QuoteSpan, layout: Layout) -> bool:
    """Does a speech cue stand within a few words of the quote (so it is reported speech)?"""
    lo, hi = layout.paragraphs[span.paragraph]
    if span.echo:
        return True  # the words of a longer quote nearby, echoed
    if _CUE_NEAR.search(text, max(lo, span.open_mark - 40), span.open_mark):
        return True
    if span.close_mark is None:
        return True
    if _INTRODUCED.search(text, max(lo, span.open_mark - 3), span.open_mark):
        return True  # 'Mayor: “We will fight on”': a colon introduces what someone said
    if span.open_mark == lo and (
        not text[span.close_mark + 1 : hi].strip(" .,")
        or _HEADING_AFTER.match(text, span.close_mark + 1, hi)
    ):
        # A paragraph that is only the quote ('“Not this time.”'), or a heading opening with
        # one before a colon or a dash ('‘Not giving up’: families fight on').
        return True
    if (
        _DASH_BEFORE.search(text, max(lo, span.open_mark - 3), span.open_mark)
        and text[span.end - 1 : span.end] in (".", "!", "?")
        and not text[span.close_mark + 1 : hi].strip()
    ):
        return True  # 'Global warming - "it's a hoax."': a heading ending in a sentence
    if _VOICED_BEFORE.search(text, max(lo, span.open_mark - 14), span.open_mark + 1):
        return True  # 'screamed “Allah Akbar”'
    if _CALLED_IT_BEFORE.search(text, max(lo, span.open_mark - 20), span.open_mark + 1):
        return True  # 'called that a “very modest adjustment”'
    if _REPORTING_BEFORE.search(text, max(lo, span.open_mark - 50), span.open_mark):
        return True  # 'The court ruled the law “unconstitutional and void”'
    inner = text[span.start : span.end]
    if (
        _INTRODUCED_BY_COMMA.search(text, max(lo, span.open_mark - 3), span.open_mark)
        and inner[:1].isupper()
        and inner.rstrip()[-1:] in (".", "!", "?")
    ):
        return True  # 'declaring, “I’m on meth.”': a whole sentence after a comma
    if _CUE_NEAR.search(text, span.close_mark + 1, min(hi, span.close_mark + 50)):
        return True
    end = _SENTENCE_END.search(text, span.close_mark + 1, min(hi, span.close_mark + 160))
    stop = end.start() if end else min(hi, span.close_mark + 160)
    return bool(_CUE_CLAUSE_AFTER.search(text, span.close_mark + 1, stop))


_SENTENCE_END = re.compile(r"[.!?][”’\"')]*\s")
# ', the affidavit stated': a cue closing the sentence the quote stands in.
_CUE_CLAUSE_AFTER = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(sorted(lx.NEAR_CUES, key=lambda w: (-len(w), w)))
    + r")\b"
)


def _speech_nearby(text: str, a: int, b: int | None, lo: int, hi: int) -> bool:
    """A speech cue right before the opening mark or right after the closing one."""
    before = text[max(lo, a - 30) : a]
    if re.search(r"[:,]\s*$", before) and _CUE_NEAR.search(before):
        return True
    if b is None:
        return True
    after = text[b + 1 : min(hi, b + 40)]
    return (
        bool(re.match(r"\s*[,.]?\s*(?:\w+\s+){0,4}?", after))
        and bool(_CUE_NEAR.search(after[:30]))
        and text[b - 1] in ",.!?"
    )


_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|your|my|this|that|these|those)|['’]s)"
    r"(?:\s+[a-z]+ly)?(?:\s+(?!(?:and|or|but|as|is|was|of|to|in|on|at|for|with|by)\b)[a-z]+)?\s*$",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b")
# Words that cannot be the noun a label modifies: after them, the quoted phrase is itself
# the noun phrase ('the "main difference" between', 'a "culture of death" the bishop said').
_NOT_A_HEAD = frozenset(
    re.split(
        r"\s+",
        """and or but nor to of in on at for with by from as is was are were be been being has
    have had will would could should can may might must that which who whom whose if when
    while because so than then he she they it we i you said says say told tells added adds
    after before into over about against during since until between among amid within
    without across through throughout toward towards under upon behind beyond near off out
    up down like via per the a an these those his her its their our my your last first
    next this every each some all any no not now also still only even already soon later
    earlier where whereas instead rather unlike despite except""",
    )
)
# A term being defined: 'A "tropical depression" is a form of …', '"road load", a measure of'.
# In the past tense only a class defines ('“Law and order” was a common theme'); 'This
# “mathematical trick” was the model' tells what someone's words referred to.
_DEFINED_AFTER = re.compile(
    r"\s+(?:is|are|refers?\s+to|means)\s+(?:a|an|the|one)\b|\s+(?:was|were)\s+(?:a|an)\b"
    r"|,\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:measure|measurement|form|kind|type|term|word|phrase|"
    r"process|method|practice|condition|way|name|reference|category|class)\s+(?:of|for|to|that|"
    r"used|which|in)\b"
)


# A past-tense verb after the marks, not a participle before 'by': the quoted phrase is the
# verb's subject ('that “our client” demanded new cameras'), not a modifier of a noun.
_PAST_VERB_AFTER = re.compile(r"\s+[a-z]{3,}[^e\W]ed\b(?!\s+by\b)")


def modifies_a_noun(text: str, span: QuoteSpan) -> bool:
    """A short quoted phrase used as a modifier inside a noun phrase: 'his "tough on China"
    stance', 'the "one country, two systems" formula' (a label, not reported speech)."""
    if not _DETERMINER_BEFORE.search(text, max(0, span.open_mark - 30), span.open_mark):
        return False
    assert span.close_mark is not None
    m = _NOUN_AFTER.match(text, span.close_mark + 1)
    return (
        m is not None
        and m.group(1) not in _NOT_A_HEAD
        and not m.group(1).endswith("ing")
        and not _PAST_VERB_AFTER.match(text, span.close_mark + 1)
    )


def is_defined_term(text: str, span: QuoteSpan) -> bool:
    """A quoted term that the sentence defines: 'A "tropical depression" is a form of
    cyclone', 'the calculation of "road load", a measurement of drag' (nobody is quoted)."""
    assert span.close_mark is not None
    return _DEFINED_AFTER.match(text, span.close_mark + 1) is not None


# The named pieces of evidence that make a short quoted phrase a label rather than speech.
LABEL_EVIDENCE = (modifies_a_noun, is_defined_term)


def is_label(text: str, span: QuoteSpan) -> bool:
    """A short quoted phrase that names something rather than reports what someone said:
    any piece of `LABEL_EVIDENCE` holds ('his "tough on China" stance', 'a "tropical
    depression" is a form of cyclone')."""
    if span.close_mark is None:
        return False
    inner = text[span.start : span.end]
    if len(inner.split()) > 5 or inner.rstrip()[-1:] in ".!?,;:":
        return False
    if _CALLED_IT_BEFORE.search(text, max(0, span.open_mark - 20), span.open_mark + 1):
        return False  # 'called that a “very modest adjustment” driven by': their words
    if span.echo and not is_defined_term(text, span):
        return False  # 'the “political witch hunt” that he’s been railing against': his words
    return any(evidence(text, span) for evidence in LABEL_EVIDENCE)


_CLAUSE_REACH = 100  # characters before the opening mark looked at for a voicing verb
_CLAUSE_BREAK = re.compile(r"[.!?;:][”’\"')]*\s")
_LOWER_WORD = re.compile(r"[a-z]+")


def voiced_in_clause(text: str, span: QuoteSpan, layout: Layout) -> bool:
    """A verb of saying, judging or naming (`lx.VOICING_VERBS`), or a noun of said or written
    words (`lx.VOICING_NOUNS`: "in a statement"), stands in the clause before the opening
    mark: 'Fauci estimated "between 100,000 and 200,000" could die', 'labeled Bini a "digital
    defender"' (the subject's words), where 'Benioff backed a "homelessness tax"' voices
    nothing."""
    lo = max(layout.paragraphs[span.paragraph][0], span.open_mark - _CLAUSE_REACH)
    before = text[lo : span.open_mark]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    if _SEES_AS.search(before):
        return True  # 'Ward sees Stadia's lineup as its "Achilles heel."': his judgement
    return any(
        w in lx.VOICING_VERBS or w in lx.VOICING_NOUNS for w in _LOWER_WORD.findall(before.lower())
    )


# 'sees X as a', 'viewed it as the': a judgement whose object is the quoted phrase.
_SEES_AS = re.compile(
    r"\b(?:see|sees|saw|seeing|seen|view|views|viewed|viewing)\b.*\bas(?:\s+(?:a|an|the|its|his"
    r"|her|their|our|my))?\s*$"
)


# Words a bare noun phrase (the name of a thing) does not hold: articles, pronouns,
# auxiliaries, modals, negation, intensifiers, prepositions and conjunctions. A quoted
# phrase with one is a clause, a characterisation or a fragment of someone's sentence
# ('“was right down the middle”', '“a fraud”', '“very high”', '“short and sharp”').
_NOT_IN_A_NAME = frozenset(
    re.split(
        r"\s+",
        """a an the this that these those i we you he she they it me us him her them my our
    your his its their is are was were be been being am will would can could should must
    may might shall has have had do does did not no never can't won't don't didn't isn't
    wasn't very so too more most less least always just quite really truly pretty fairly
    even still only also all and or but nor to in on at for with by from as into about
    over under up down out off than if when while because til 'til""",
    )
)
# Endings of adjectives: '“highly contagious”', '“truly remarkable”' describe, not name.
_ADJECTIVE_END = re.compile(r"(?:ous|ful|ive|ible|able|less|ish)$")
_NAME_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_BARE_NAME_WORDS = 3  # the longest bare noun phrase taken for the name of a thing
_PROPER_NAME_WORDS = 6  # the longest run of capitalised words taken for a proper name


def names_a_thing(text: str, span: QuoteSpan) -> bool:
    """The quoted words are a proper name ('“Committee to Boycott Nixon’s Memoirs,”') or a
    bare noun phrase of two or three words, the writer's name for a thing ('"homelessness
    tax"', '“quantum-safe cryptography.”', '"case studies"'): no
    article, pronoun, verb form, adverb, digit or adjective ending, which a quoted
    characterisation or a fragment of someone's sentence has ('“a fraud”', '“highly
    unlikely”', '"shuffled through documents."', '"between 100,000 and 200,000"')."""
    inner = text[span.start : span.end].strip(" ,;:")
    if any(c.isdigit() for c in inner) or inner[-1:] in "!?":
        return False
    words = inner.rstrip(".").split()
    if not words:
        return False
    if inner[-1:] == "." and words[0][:1].isupper() and not _all_capitalised(inner):
        return False  # a sentence: '“Nobody cares.”'
    if _all_capitalised(inner) and 2 <= len(words) <= _PROPER_NAME_WORDS:
        return True  # a proper name: 'started a “Committee to Boycott Nixon’s Memoirs,”'
    if not 2 <= len(words) <= _BARE_NAME_WORDS or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    lower = [w.lower().replace("’", "'") for w in words]
    return (
        not any(w in _NOT_IN_A_NAME or w.endswith("ly") for w in lower)
        and not _ADJECTIVE_END.search(lower[-1])
        and not _VERB_FORM.match(lower[0])
    )


_VERB_FORM = re.compile(r"[a-z]{3,}(?:ed|ing)$")


_FIRST_PERSON = frozenset(
    re.split(r"\s+", "i i'm i've i'd i'll me my we we're we've we'd we'll us our")
)


def speaks_in_first_person(text: str, span: QuoteSpan) -> bool:
    """The quoted words say "I", "we", "my" or "our": a speaker's own voice inside the
    writer's copy ('(“I haven’t seen” the tweet.)'), not a term, even with nobody named."""
    inner = text[span.start : span.end]
    if _all_capitalised(inner):
        return False  # a title: '“I Cavalieri dello Zodiaco”', '“We Spy”'
    words = re.findall(r"[\w']+", inner.replace("’", "'"))
    # "I" before a capitalised word is no pronoun ('“I Cavalieri dello Zodiaco”': a title).
    return any(
        w.lower() in _FIRST_PERSON and (w != "I" or k + 1 == len(words) or words[k + 1].islower())
        for k, w in enumerate(words)
    )


# The named evidence about a short quoted phrase linked to a speaker only as the subject of
# its sentence (no speech cue): it is the subject's words when a verb voices it, and the
# writer's term when it names a thing.
SUBJECT_VOICE_EVIDENCE = (voiced_in_clause, names_a_thing)


def voiced_by_subject(text: str, span: QuoteSpan, layout: Layout) -> bool:
    """Is a short quoted phrase, whose only link to a speaker is the subject of its sentence,
    that subject's words? No when it is a bare noun phrase naming a thing that no verb of
    saying or judging governs ('Benioff backed a "homelessness tax"', 'a workshop on
    “quantum-safe cryptography.”'); yes otherwise ('Fauci estimated "between 100,000 and
    200,000"', 'took no money, but "shuffled through documents."')."""
    return not names_a_thing(text, span) or voiced_in_clause(text, span, layout)


# Verb forms of the strong cues that report speech in a sentence before ('He also warned 43
# people would be admitted'): the past tense and says/tells/writes, not the plural nouns
# that share a form ('two key claims', 'his demands').
_REPORTING_FORMS = frozenset(
    f
    for f in lx.STRONG_CUES
    if f.endswith("ed") or f in ("said", "says", "told", "tells", "wrote", "writes", "spoke")
)
_PREVIOUS_REACH = 300  # characters of the sentence before looked at


def follows_reported_speech(text: str, span: QuoteSpan, layout: Layout) -> bool:
    """The sentence right before the quote's own (the last of the paragraph before, when the
    quote's sentence opens its paragraph) reports speech with a cue verb: 'He also warned 43
    people would be admitted daily. ¶ "Proactive and robust" measures must be taken' goes
    on with the same speaker's words."""
    lo, _ = layout.paragraphs[span.paragraph]
    head = text[max(lo, span.open_mark - _PREVIOUS_REACH) : span.open_mark]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    if breaks:
        cut = breaks[-1].start()
        previous = head[:cut]
        earlier = list(_CLAUSE_BREAK.finditer(previous))
        if earlier:
            previous = previous[earlier[-1].end() :]
    elif span.paragraph > 0 and not text[lo : span.open_mark].strip(" ([—–-"):
        plo, phi = layout.paragraphs[span.paragraph - 1]
        previous = text[max(plo, phi - _PREVIOUS_REACH) : phi]
        earlier = list(_CLAUSE_BREAK.finditer(previous.rstrip()))
        if earlier:
            previous = previous[earlier[-1].end() :]
    else:
        return False
    return any(w in _REPORTING_FORMS for w in _LOWER_WORD.findall(previous))


_ABBREVIATION = re.compile(r"\b[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_ABBREVIATION_BEFORE = 12  # characters before the opening mark an abbreviation may end in
_ABBREVIATION_AFTER = re.compile(r"\s*\(")  # '“severe acute …” (SARS-CoV-2)'


def _spells(initials: list[str], letters: list[str]) -> bool:
    """Do the words' initials spell the abbreviation's capitals, in order, from its first,
    leaving at most a third of them out ('years to quantum' → Y2Q)?"""
    if len(letters) < 3 or len(initials) < 2 or initials[0] != letters[0]:
        return False
    rest = iter(letters)
    return all(c in rest for c in initials) and 3 * len(initials) >= 2 * len(letters)


def expands_an_abbreviation(text: str, span: QuoteSpan) -> bool:
    """The quoted words spell out an abbreviation right before them or in brackets right after
    them ('the countdown Y2Q: “years to quantum.”', '“severe acute respiratory syndrome
    coronavirus 2” (SARS-CoV-2)'): a gloss of a name, which nobody is reported as saying."""
    if span.close_mark is None:
        return False
    near = [text[max(0, span.open_mark - _ABBREVIATION_BEFORE) : span.open_mark]]
    after = _ABBREVIATION_AFTER.match(text, span.close_mark + 1)
    if after:
        near.append(text[after.end() : after.end() + 20])
    elif near[0].islower() or not near[0].strip():
        return False  # no capital before and no brackets after: the common case, cheaply
    tokens = [m.group(0) for part in near for m in _ABBREVIATION.finditer(part)]
    if not tokens:
        return False
    words = text[span.start : span.end].strip(" ,.;:").split()
    if not 2 <= len(words) <= 8:
        return False
    initials = [w[0].lower() for w in words if w.lower() not in _SMALL_WORDS]
    return any(
        _spells(initials, [c.lower() for c in tok if c.isupper() or c.isdigit()]) for tok in tokens
    )
