"""Who said each quote, as a ranking: candidates, their named evidence, fitted weights.

For each quote the `SpeakerRanker` lists candidate speakers: every person, organisation or
place named in the quote's sentence, its paragraph and the sentence before it; the
antecedent of a "he"/"she" that speaks; the speaker of the quote before; the pick of the
hand-ordered cascade (`attribution.Attributor`, which also finds groups such as "federal
prosecutors"); and nobody. It records what it sees about each (`evidence.speaker.Candidate`),
scores each by the features of `evidence.speaker` and the weights in `weights/speaker.tsv`,
and returns the best. Everything it looks at is local to the quote or cached per mention, so
the cost stays linear in the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.analysis import lexicon as lx
from reader.analysis.attribution import (
    NULL_NOUNS,
    Attribution,
    Attributor,
    Referent,
    document_word,
    speaks_here,
)
from reader.analysis.evidence import speaker as ev
from reader.analysis.quotes import QuoteSpan

_WORD = re.compile(r"[A-Za-z]+")
_CUE_AFTER_NAME = re.compile(
    r"(?:['’]s)?,?[ \u00a0]+(?:(?:also|then|later|earlier|has|had|have|once|[a-z]+ly)"
    r"[ \u00a0]+){0,2}([a-z]+)\b"
)
_CUE_BEFORE_NAME = re.compile(r"\b([a-z]+),?[ \u00a0]+(?:by[ \u00a0]+)?(?:the[ \u00a0]+)?$")
_ACCORDING = re.compile(r"\baccording[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)
# "he said", "she also told": a he/she with its speech cue.
_SPEAKING_PRONOUN = re.compile(
    r"\b(?:he|she|He|She)[ \u00a0]+(?:(?:also|then|later|has|had|[a-z]+ly)[ \u00a0]+){0,2}"
    r"([a-z]+)\b"
)
# An unnamed single person next to the quote's cue: "one resident said", "the caller told".
_UNNAMED_SPEAKER = re.compile(
    r"\b(?:the|a|an|one|another)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?([a-z]+)[ \u00a0]+$",
    re.IGNORECASE,
)
_UNNAMED_AFTER_CUE = re.compile(
    r"[ \u00a0]+(?:a|an|one|another)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?([a-z]+)\b"
)
# The unnamed person a sentence opens with: "By 1966, the city's civil defense director
# found …", "The head of the internal investigators told the court …" (group 1: the head noun).
_UNNAMED_OPENER = re.compile(
    r"(?:[^,.;\n“\"]{1,30},[ \u00a0]+)?(?:the|a|an)[ \u00a0]+((?:[\w'’.-]+[ \u00a0]+){1,5})",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\bby[ \u00a0]+(?:the[ \u00a0]+)?$")
_WORD_BEFORE = re.compile(r"([a-z-]++)[ \u00a0]++$")
_ROLE_AFTER = re.compile(r"['’]s[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?([a-z-]+),")
_WINDOW_SENTENCES = 1  # sentences before the quote's whose names are candidates
_WINDOW_CHARS = 1500  # … but no further back than this
_SENTENCE_REACH = 400  # characters before the quote that count as its sentence
_CUE_REACH = 80  # characters after the closing mark where the quote's cue may stand


@dataclass(slots=True)
class _Mention:
    """What one mention looks like, whichever quote asks (cached by start offset)."""

    sentence: int
    cue: str | None
    cue_at: int  # where that cue starts, or -1
    cue_strength: float
    subject: bool
    governed: bool
    possessive: bool
    role_possessor: bool
    holds_role: bool
    according_to: bool


@dataclass(frozen=True, slots=True)
class Ranked:
    """The chosen candidate with its evidence, and the runner-up's score."""

    attribution: Attribution
    score: float
    runner_up: str | None
    runner_up_score: float | None
    values: dict[str, float]  # the chosen candidate's feature values
    weights: dict[str, float]

    @property
    def contributions(self) -> tuple[tuple[str, float], ...]:
        """(feature, weight × value) of the chosen candidate, largest first (computed only
        when asked: `explain=True`)."""
        w = self.weights
        contrib = sorted(
            ((k, w.get(k, 0.0) * v) for k, v in self.values.items() if w.get(k, 0.0) * v),
            key=lambda kv: -abs(kv[1]),
        )
        return tuple((k, round(v, 3)) for k, v in contrib)


class SpeakerRanker:
    def __init__(self, attributor: Attributor, weights: dict[str, float] | None = None) -> None:
        self.at = attributor
        self.text = attributor.text
        self.layout = attributor.layout
        self.weights = ev.weights() if weights is None else weights
        self.weighted = ev.weighted(self.weights)
        self.sent_starts = self.layout.sentence_starts
        self.by_name: dict[str, list[int]] = {}
        for r in attributor.refs:
            self.by_name.setdefault(r.name, []).append(r.start)
        self.mentions: dict[int, _Mention] = {}
        self.chosen: list[tuple[str | None, int, Attribution]] = []  # (name, paragraph, pick)
        self.last: list[ev.Candidate] = []  # the last quote's candidates (for tests, training)

    # -- per mention --------------------------------------------------------------------------
    def _sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def _mention(self, r: Referent, cache: bool = True) -> _Mention:
        got = self.mentions.get(r.start) if cache else None
        if got is not None:
            return got
        text, at = self.text, self.at
        cue: str | None = None
        cue_at = -1
        strength = 0.0
        m = _CUE_AFTER_NAME.match(text, r.end)
        # "President Donald Trump, according to the White House, made …": the source is the
        # name after "according to", not the one before it.
        if m and m.group(1) in lx.SPEECH_CUES and m.group(1) != "according":
            cue, cue_at = m.group(1), m.start(1)
        else:
            b = _CUE_BEFORE_NAME.search(text, max(0, r.start - 24), r.start)
            if b and b.group(1) in lx.SPEECH_CUES:
                cue, cue_at = b.group(1), b.start(1)
        if cue is not None:
            strength = 1.0 if cue in lx.STRONG_CUES else 0.5
        s = self.layout.sentence_start(r.start)
        governed = at._governed(r.start)
        subject = (
            not governed
            and r.start - s < 80
            and len(text[s : r.start].split()) <= 4
            and not any(x.kind != "place" for x in at._refs_in(s, r.start))
        )
        role = _ROLE_AFTER.match(text, r.end)
        # Only a comma or a role word right before the name can make it a role's holder.
        holds = (
            text[r.start - 2 : r.start] == ", " or self._role_word_before(r.start)
        ) and at._holds_role(r)
        got = _Mention(
            sentence=self._sentence_index(r.start),
            cue=cue,
            cue_at=cue_at,
            cue_strength=strength,
            subject=subject,
            governed=governed,
            possessive=text[r.end : r.end + 2] in ("'s", "’s"),
            role_possessor=role is not None and role.group(1) in lx.ROLE_NOUNS,
            holds_role=holds,
            according_to="ccording" in text[max(0, r.start - 20) : r.start]
            and _ACCORDING.search(text, max(0, r.start - 20), r.start) is not None,
        )
        if cache:
            self.mentions[r.start] = got
        return got

    def _role_word_before(self, pos: int) -> bool:
        """Is the word right before pos a role noun ("spokeswoman AshLee Strong")?"""
        before = _WORD_BEFORE.search(self.text, max(0, pos - 24), pos)
        return before is not None and before.group(1) in lx.ROLE_NOUNS

    # -- per quote ----------------------------------------------------------------------------
    def _last_cue(self, lo: int, hi: int) -> int:
        """Where the last speech cue in text[lo:hi] starts (outside quotes), or -1."""
        last = -1
        for m in _WORD.finditer(self.text, lo, hi):
            if (
                m.group(0) in lx.SPEECH_CUES
                and speaks_here(self.text, m.end(), m.group(0))
                and not self.at._inside_quote(m.start())
            ):
                last = m.start()
        return last

    def _first_cue(self, lo: int, hi: int) -> int:
        """Where the first speech cue in text[lo:hi] starts (outside quotes), or -1."""
        for m in _WORD.finditer(self.text, lo, hi):
            if (
                m.group(0) in lx.SPEECH_CUES
                and speaks_here(self.text, m.end(), m.group(0))
                and not self.at._inside_quote(m.start())
            ):
                return m.start()
        return -1

    def _unnamed_next_to(self, cue_at: int, after_lo: int, after_hi: int) -> bool:
        """Is an unnamed single person the subject of the quote's cue ("the caller told
        police: “…”", "“…,” one resident said", "“…,” said a witness")?"""
        text = self.text
        spans = []
        if cue_at >= 0:
            spans.append(cue_at)
        for m in _WORD.finditer(text, after_lo, min(after_hi, after_lo + _CUE_REACH)):
            if m.group(0) in lx.SPEECH_CUES:
                spans.append(m.start())
                after = _UNNAMED_AFTER_CUE.match(text, m.end())
                if after and after.group(1) in NULL_NOUNS:
                    return True
                break
        for at in spans:
            before = _UNNAMED_SPEAKER.search(text, max(0, at - 40), at)
            if before and before.group(1) in NULL_NOUNS:
                return True
        return False

    def candidates(self, q: QuoteSpan, a: Attribution, step: str) -> list[ev.Candidate]:
        """The candidate speakers of quote `q`, given the cascade's pick `a` at `step`."""
        text, at, layout = self.text, self.at, self.layout
        plo, phi = layout.paragraphs[q.paragraph]
        qi = self._sentence_index(q.open_mark)
        close = q.close_mark if q.close_mark is not None else q.end
        lo = self.sent_starts[max(0, qi - _WINDOW_SENTENCES)]
        lo = max(min(lo, plo), q.open_mark - _WINDOW_CHARS)
        # A "sentence" with no real boundary may run for the whole text: look back a bounded
        # stretch, so a paragraph of thousands of quotes stays linear.
        s_lo = max(at._sentence_start(q.open_mark, plo), q.open_mark - _SENTENCE_REACH)
        after_lo = close + 1
        after_hi = at._clause_end(after_lo, phi) if q.close_mark is not None else after_lo
        s_end = layout.sentence_end(close)
        hi = max(after_hi, s_end if s_end > 0 else phi)
        hi = min(hi, phi, close + 400)
        after_cue = self._first_cue(after_lo, min(after_hi, after_lo + _CUE_REACH))
        cue_after = after_cue >= 0
        # The cue nearest before the quote: "Berg said the caller told police: “…”" is the
        # caller's "told", not Berg's "said".
        cue_at = self._last_cue(s_lo, q.open_mark)
        cue_before = cue_at >= 0
        # A "he"/"she" that speaks: in the cue clause after the quote, or before the quote.
        gender = ""
        antecedent: str | None = None
        ante_ref: Referent | None = None
        pm = _SPEAKING_PRONOUN.search(text, after_lo, min(after_hi, after_lo + 30))
        if pm is None and cue_before:
            pm = _SPEAKING_PRONOUN.search(text, max(s_lo, q.open_mark - 40), q.open_mark)
        if pm is not None and pm.group(1) not in lx.SPEECH_CUES:
            pm = None
        if pm is not None and not at._in_name(pm.start()):
            gender = "m" if pm.group(0)[:2].lower() == "he" else "f"
            ante_ref = at._antecedent(pm.start(), gender)
            antecedent = ante_ref.name if ante_ref is not None else None
        unnamed_antecedent = gender != "" and self._unnamed_before(
            pm.start() if pm else 0, ante_ref
        )
        prev_name: str | None = None
        prev_par = -1
        prev_pick: Attribution | None = None
        for name, par, pick in reversed(self.chosen[-8:]):
            if name is not None:
                prev_name, prev_par, prev_pick = name, par, pick
                break
        # The cue before the quote has its subject before it ("One called Kaine a “…”",
        # "… an Iowa Republican said, adding that Pence “…”"): a letter, not a quote's closing
        # mark or comma ("“Yes,” said Chen, “…”"), stands right before it.
        cue_subject_before = (
            cue_before and text[max(s_lo, cue_at - 2) : cue_at].strip()[-1:].isalpha()
        )
        family = ev.STEP_FAMILY.get(step, "none")
        quote_has_cue = cue_after or cue_before
        unnamed = self._unnamed_next_to(cue_at, after_lo, after_hi)
        via_start = a.via[0] if a.via is not None else -1  # a description the cascade resolved

        def make(
            name: str | None,
            kind: str,
            gender_: str,
            start: int | None,
            end: int | None,
            m: _Mention | None,
        ) -> ev.Candidate:
            c = ev.Candidate(name, kind, gender_, start, end)
            c.cascade = name == a.speaker
            c.cascade_family = family
            c.quote_has_cue = quote_has_cue
            c.pronoun_gender = gender
            if name is None:
                c.pronoun_unnamed = unnamed_antecedent
                # … or the cascade resolved the quote's cue to nobody ("according to a
                # hospital spokesperson").
                c.speaks_nearest_cue = unnamed or (a.speaker is None and a.cue is not None)
                return c
            c.antecedent = name == antecedent
            c.antecedent_behind_unnamed = c.antecedent and unnamed_antecedent
            c.previous_speaker = name == prev_name
            c.previous_same_paragraph = c.previous_speaker and prev_par == q.paragraph
            starts = self.by_name.get(name, ())
            c.mentions_so_far = bisect.bisect_left(starts, q.open_mark)
            if start is None or end is None or m is None:
                return c
            c.cascade_mention = c.cascade and (start == a.start or start == via_start)
            c.cue = m.cue
            c.cue_strength = m.cue_strength
            c.sentences_away = qi - m.sentence
            c.after_quote = start >= close
            c.chars_away = start - close if c.after_quote else max(0, q.open_mark - end)
            c.same_paragraph = plo <= start < phi
            c.in_cue_clause_after = cue_after and after_lo <= start < after_hi
            c.in_cue_clause_before = (
                cue_before and s_lo <= start < q.open_mark and m.cue_at in (-1, cue_at)
            )
            # … but the agent of a passive cue speaks: "Lee was described by the CBCP as “…”".
            c.after_cue_before_quote = (
                cue_subject_before
                and cue_at < start < q.open_mark
                and _BY_BEFORE.search(text, max(0, start - 9), start) is None
            )
            # A name after the cue whose subject stands before it is its object ("One called
            # Kaine a “…”"), not its speaker.
            c.speaks_nearest_cue = m.cue_at >= 0 and (
                m.cue_at == after_cue
                or (m.cue_at == cue_at and start < q.open_mark and not c.after_cue_before_quote)
            )
            c.subject = m.subject
            c.governed = m.governed
            c.possessive = m.possessive
            c.role_possessor = m.role_possessor
            c.holds_role = m.holds_role
            c.according_to = m.according_to
            return c

        # Of the mentions of one name: those in the quote's sentence and the cascade's, and
        # of the others only the nearest (keeps the candidates few).
        near: dict[str, list[Referent]] = {}
        far: dict[str, Referent] = {}
        s_hi = max(after_hi, q.open_mark)
        for r in at._refs_in(lo, hi):
            if q.open_mark <= r.start < close or document_word(r):
                continue
            if s_lo <= r.start < s_hi or r.start == a.start:
                near.setdefault(r.name, []).append(r)
            elif r.start < q.open_mark or r.name not in far:
                far[r.name] = r  # the last one before the quote, or the first after it
        # A description the cascade resolved is a mention of its referent where it stands:
        # "The three-judge court found … “…”" (the Court of Session), "“…,” they chanted"
        # (the protesters of the sentence before), so its position evidence is that of the
        # description, not of the name further back.
        described: Referent | None = None
        if a.via is not None and a.speaker is not None and not at._inside_quote(a.via[0]):
            named = self._ref_at(a.start, a.end)
            g = named.gender if named is not None else "u"
            described = Referent(a.via[0], a.via[1], a.kind, a.speaker, g)
            near.setdefault(a.speaker, []).append(described)
        out: list[ev.Candidate] = []
        for name, r in far.items():
            if name not in near:
                out.append(make(r.name, r.kind, r.gender, r.start, r.end, self._mention(r)))
        for refs in near.values():
            for r in refs:
                mention = self._mention(r, r is not described)
                out.append(make(r.name, r.kind, r.gender, r.start, r.end, mention))
        seen = near.keys() | far.keys()
        extra: list[tuple[str, str, int | None, int | None]] = []
        if a.speaker is not None and a.speaker not in seen:
            extra.append((a.speaker, a.kind, a.start, a.end))
        if prev_pick is not None and prev_name is not None and prev_name not in seen:
            extra.append((prev_name, prev_pick.kind, prev_pick.start, prev_pick.end))
        if ante_ref is not None and ante_ref.name not in seen:
            extra.append((ante_ref.name, ante_ref.kind, ante_ref.start, ante_ref.end))
        for name, kind, start, end in extra:
            if name in seen:
                continue
            seen.add(name)
            ref = self._ref_at(start, end)
            m = self._mention(ref) if ref is not None else None
            g = ref.gender if ref is not None else "u"
            out.append(make(name, kind, g, start, end, m))
        out.append(make(None, "", "u", None, None, None))
        return out

    def _unnamed_before(self, pos: int, ante: Referent | None) -> bool:
        """Does the sentence before the one at `pos` open with an unnamed person ("By 1966,
        the city's civil defense director found …"), nearer than the antecedent `ante` found
        for a he/she at `pos`?"""
        cur = self.layout.sentence_start(pos)
        if cur == 0:
            return False
        prev = self.layout.sentence_start(cur - 1)
        if ante is not None and ante.start >= prev:
            return False
        m = _UNNAMED_OPENER.match(self.text, prev, cur)
        if m is None:
            return False
        # The head: the first role or unnamed-person noun, not one glued before a name
        # ("the city's civil defense director found" -> director; "the director John Lee").
        # A bare definite one ("The Portuguese boss had been sacked") most often names again
        # the person named before it; one tied to another body ("the city's …", "the head of
        # …") or indefinite ("a judge") is somebody new.
        words = m.group(1).split()
        anchored = m.group(0).split()[0].lower() in ("a", "an")
        for word, nxt in zip(words, [*words[1:], ""], strict=True):
            anchored = anchored or word.endswith(("'s", "’s"))
            if word in lx.ROLE_NOUNS or word in NULL_NOUNS:
                return not nxt[:1].isupper() and (anchored or nxt == "of")
        return False

    def _ref_at(self, start: int | None, end: int | None) -> Referent | None:
        if start is None:
            return None
        i = bisect.bisect_left(self.at.ref_starts, start)
        while i < len(self.at.refs) and self.at.refs[i].start == start:
            if self.at.refs[i].end == end:
                return self.at.refs[i]
            i += 1
        return None

    def choose(self, q: QuoteSpan, a: Attribution, step: str) -> Ranked:
        """The best-scoring candidate speaker of `q` (ties go to the cascade's pick)."""
        cands = self.candidates(q, a, step)
        self.last = cands
        w = self.weights
        ws = self.weighted
        scored = [(ev.score_of(c, ws), c.cascade, c) for c in cands]
        scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
        # Another candidate overrules the cascade's pick only by a margin (chosen on dev).
        margin = w.get(ev.MARGIN, 0.0)
        top = scored[0]
        pick_score = max((t[0] for t in scored if t[1]), default=None)
        if pick_score is not None and not top[1] and top[0] - pick_score <= margin:
            top = next(t for t in scored if t[1])
            scored.remove(top)
            scored.insert(0, top)
        best_score, _, best = top
        runner = next((t for t in scored[1:] if t[2].name != best.name), None)
        if best.cascade:
            pick = a
        else:
            pick = Attribution(best.name, best.start, best.end, best.cue, best.kind)
        self.chosen.append((pick.speaker, q.paragraph, pick))
        return Ranked(
            pick,
            best_score,
            runner[2].name if runner else None,
            runner[0] if runner else None,
            ev.values(best),
            w,
        )


_TWIN_MIN_WORDS = 6  # a repeated quote this long is the same speech printed twice
_NOT_WORD = re.compile(r"\W+")
_MAX_TWIN_QUOTES = 300  # quotes searched for copies (keeps long texts linear)
_MARK_REACH = 6  # marks, spaces and punctuation between a lone quote and its line's ends


def _twin_key(quote: str) -> str:
    return _NOT_WORD.sub(" ", quote.casefold()).strip()


def _alone_in_paragraph(text: str, start: int, end: int) -> bool:
    """Does the quote at start..end fill its paragraph, marks and spaces aside? (A few
    characters are looked at on each side, so a paragraph of many quotes stays linear.)"""
    i = start
    while i > 0 and start - i < _MARK_REACH and text[i - 1] != "\n" and not text[i - 1].isalnum():
        i -= 1
    j = end
    while j < len(text) and j - end < _MARK_REACH and text[j] != "\n" and not text[j].isalnum():
        j += 1
    return (i == 0 or text[i - 1] == "\n") and (j == len(text) or text[j] == "\n")


def twin_sources(
    text: str, quotes: list[tuple[int, int, str | None, str | None]]
) -> dict[int, int]:
    """quote index -> the index whose speaker it takes: a quote the page prints twice.

    A pull quote repeats a sentence of the body ("‘It is impossible to overstate the
    magnitude of this ruling.’" alone in its paragraph, then "Bolger's lawyer, Jeremy
    Robinson, had a more succinct statement. “It is impossible …”"), and a re-run paragraph
    repeats an earlier one. A copy that stands alone in its paragraph with no cue, or that
    found nobody, takes the speaker of the copy that stands in running text (else of the
    first copy with a speaker); a pull quote may be the first sentences of the body's quote.
    `quotes` holds (start, end, speaker, cue) in text order.
    """
    keys = [_twin_key(text[start:end]) for start, end, _s, _c in quotes]

    def weak(i: int) -> bool:
        start, end, speaker, cue = quotes[i]
        return speaker is None or (cue is None and _alone_in_paragraph(text, start, end))

    out: dict[int, int] = {}
    for i, key in enumerate(keys):
        if len(key.split()) < _TWIN_MIN_WORDS or not weak(i):
            continue
        copies = [
            j
            for j, other in enumerate(keys[:_MAX_TWIN_QUOTES])
            if j != i and quotes[j][2] is not None and f" {key} " in f" {other} "
        ]
        # The copy in running text with a cue of its own, else the first copy before it.
        strong = [j for j in copies if not weak(j)]
        source = strong[0] if strong else next((j for j in copies if j < i), None)
        if source is not None:
            out[i] = source
    return out
