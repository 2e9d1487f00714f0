"""Who said each quote: speech cues after or before it, resolved to a named speaker.

The order of evidence: a cue right after the closing mark (", he said", ", Fares Shehabi,
an MP for Aleppo, told dpa"), a cue after the opening words of a sentence ("X said: “"),
the subject of the sentence a partial quote sits in, the speaker of an earlier quote in the
same paragraph, and a quote-only paragraph continuing the previous speaker. Pronouns and role
nouns ("the spokesman", "the statement") resolve to the nearest fitting named referent.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.analysis import lexicon as lx
from reader.analysis.layout import Layout
from reader.analysis.quotes import QuoteSpan

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_GROUP_CUT = re.compile(
    r"\s+(?:in|at|on|during|via|after|before|while|as|when|to|from|last|this|earlier|later|"
    r"who|which|that|told|said)\b|[,.;:(]\s|[.;:]$|\s+[\"“]"
)
_NULL_NOUNS = frozenset(
    """insider source sources person man woman patient witness resident neighbour neighbor
    friend relative relatives user fan fans customer employee worker student voter someone
    passenger observer viewer reader listener caller participant attendee member""".split()
)
_SPEAKER_OPENERS = frozenset(
    "he she they we i it the a an his her its their this these those one another both".split()
)


@dataclass(frozen=True, slots=True)
class Referent:
    start: int
    end: int
    kind: str  # "person" or "org"
    name: str
    gender: str


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None
    start: int | None
    end: int | None
    cue: str | None


class Attributor:
    def __init__(
        self, text: str, layout: Layout, refs: list[Referent], quotes: list[QuoteSpan]
    ) -> None:
        self.text = text
        self.layout = layout
        self.refs = sorted(refs, key=lambda r: r.start)
        self.ref_starts = [r.start for r in self.refs]
        self.quotes = quotes
        self.q_starts = [q.open_mark for q in quotes]
        self.q_ends = [(q.close_mark if q.close_mark is not None else q.end) for q in quotes]
        self.done: list[Attribution] = []
        self.kinds: list[str] = []

    # -- helpers -------------------------------------------------------------------------
    def _inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_starts, pos) - 1
        return i >= 0 and self.q_starts[i] < pos < self.q_ends[i]

    def _refs_in(self, lo: int, hi: int) -> list[Referent]:
        i = bisect.bisect_left(self.ref_starts, lo)
        out = []
        while i < len(self.refs) and self.refs[i].start < hi:
            r = self.refs[i]
            if r.end <= hi and not self._inside_quote(r.start):
                out.append(r)
            i += 1
        return out

    def _last_ref(self, pos: int, want: str, gender: str = "u", limit: int = 4000) -> Referent | None:
        i = bisect.bisect_left(self.ref_starts, pos) - 1
        while i >= 0 and self.refs[i].start > pos - limit:
            r = self.refs[i]
            i -= 1
            if r.kind != want or self._inside_quote(r.start):
                continue
            if gender != "u" and r.gender not in ("u", gender):
                continue
            return r
        return None

    def _last_speaker(self, kinds: tuple[str, ...]) -> Attribution | None:
        for a, kind in zip(reversed(self.done), reversed(self.kinds)):
            if a.speaker is not None and kind in kinds:
                return a
        return None

    # -- resolution of a speaker phrase --------------------------------------------------
    def _resolve(self, lo: int, hi: int, pos: int) -> Attribution | None:
        """The speaker named in text[lo:hi] (a phrase next to a cue); pos is the quote."""
        text = self.text
        phrase = text[lo:hi]
        refs = self._refs_in(lo, hi)
        persons = [r for r in refs if r.kind == "person"]
        orgs = [r for r in refs if r.kind == "org"]
        words = [w.lower() for w in _WORD.findall(phrase)]
        if not words and not refs:
            return None
        if persons and not (
            orgs and orgs[0].start < persons[0].start and _possessive_doc(text, orgs[0], hi)
        ):
            r = persons[0]
            return Attribution(r.name, r.start, r.end, None)
        if orgs:
            r = orgs[0]
            return Attribution(r.name, r.start, r.end, None)
        if not words:
            return None
        w0 = words[0]
        if w0 in lx.PRONOUNS_MALE or w0 in lx.PRONOUNS_FEMALE:
            g = "m" if w0 in lx.PRONOUNS_MALE else "f"
            r = self._last_ref(pos, "person", g)
            if r is not None:
                return Attribution(r.name, r.start, r.end, None)
            return Attribution(None, None, None, None)
        if w0 in ("they", "we", "it"):
            prev = self._last_speaker(("group",) if w0 != "it" else ("org",))
            if prev is not None:
                return Attribution(prev.speaker, prev.start, prev.end, "group")
            r = self._last_ref(pos, "org")
            if r is not None:
                return Attribution(r.name, r.start, r.end, None)
            return prev
        if w0 in ("a", "an", "one", "another"):
            return Attribution(None, None, None, None)
        # "the spokesman", "the statement", "the company", "Federal prosecutors".
        nouns = [w for w in words if w not in ("the", "this", "that", "its", "his", "her", "their")]
        head = nouns[-1] if nouns else ""
        if head in _NULL_NOUNS or any(w in _NULL_NOUNS for w in nouns[:3]):
            return Attribution(None, None, None, None)
        if any(w in lx.ROLE_NOUNS for w in nouns[:4]):
            r = self._last_ref(pos, "person")
            if r is not None:
                return Attribution(r.name, r.start, r.end, None)
        if any(w in lx.ORG_ROLE_NOUNS or w in lx.DOCUMENT_NOUNS for w in nouns[:4]):
            for a, kind in zip(reversed(self.done[-6:]), reversed(self.kinds[-6:])):
                if a.speaker and kind == "org":
                    return a
            r = self._last_ref(pos, "org")
            if r is not None:
                return Attribution(r.name, r.start, r.end, None)
            return None
        # A plural group the article names as the source.
        if w0 in ("the",) or phrase[:1].isupper() or head.endswith("s"):
            cut = _GROUP_CUT.search(phrase)
            group = phrase[: cut.start()] if cut else phrase
            group = re.sub(r"^(?:the|The)\s+", "", group.strip()).strip(" ,")
            if group and group.split()[-1].lower().endswith("s") and len(group.split()) <= 14:
                return Attribution(group, lo, lo + len(group), "group")
        return None

    def _kind_of(self, a: Attribution) -> str:
        if a.start is None:
            return ""
        i = bisect.bisect_left(self.ref_starts, a.start)
        if i < len(self.refs) and self.refs[i].start == a.start:
            return self.refs[i].kind
        return ""

    # -- the evidence, in order ----------------------------------------------------------
    def attribute(self, q: QuoteSpan) -> Attribution:
        a = self._attribute(q)
        kind = self._kind_of(a) or ("group" if a.speaker else "")
        if a.cue == "group":
            a = Attribution(a.speaker, a.start, a.end, None)
            kind = "group"
        self.done.append(a)
        self.kinds.append(kind)
        return a

    def _attribute(self, q: QuoteSpan) -> Attribution:
        text = self.text
        plo, phi = self.layout.paragraphs[q.paragraph]
        close = q.close_mark if q.close_mark is not None else q.end
        # 1. A cue after the closing mark.
        if q.close_mark is not None:
            a = self._after(q, close + 1, phi)
            if a is not None:
                return a
        # 2. A cue before the opening mark in the same sentence.
        s_lo = max(plo, self._sentence_start(q.open_mark, plo))
        before = text[s_lo : q.open_mark]
        a = self._before(s_lo, q.open_mark, q)
        if a is not None:
            return a
        # 3. A partial quote inside a sentence: the sentence's subject.
        if before.strip() and not before.rstrip().endswith((".", "!", "?")):
            refs = [r for r in self._refs_in(s_lo, q.open_mark)]
            if refs:
                r = next((r for r in refs if r.kind == "person"), refs[0])
                return Attribution(r.name, r.start, r.end, None)
            m = re.match(r"\s*(he|she|they|it)\b", before, re.IGNORECASE)
            if m:
                got = self._resolve(s_lo + m.start(1), s_lo + m.end(1), q.open_mark)
                if got is not None:
                    return got
        # 4. An earlier quote in the same paragraph keeps its speaker.
        for prev_q, prev_a in zip(reversed(self.quotes[: len(self.done)]), reversed(self.done)):
            if prev_q.paragraph != q.paragraph:
                break
            if prev_a.speaker is not None:
                return Attribution(prev_a.speaker, prev_a.start, prev_a.end, None)
        # 4b. A cue later in the same paragraph ("..." The quote goes on. "...," he said).
        for later in self.quotes[len(self.done) + 1 :]:
            if later.paragraph != q.paragraph or later.close_mark is None:
                break
            a = self._after(later, later.close_mark + 1, phi)
            if a is not None:
                return a
        # 5. A paragraph that is only quotation continues the previous speaker.
        if self.done and q.open_mark - plo <= 1:
            prev_q = self.quotes[len(self.done) - 1]
            if q.paragraph - prev_q.paragraph <= 2 and self.done[-1].speaker is not None:
                p = self.done[-1]
                return Attribution(p.speaker, p.start, p.end, None)
        return Attribution(None, None, None, None)

    def _sentence_start(self, pos: int, plo: int) -> int:
        s = self.layout.sentence_start(pos)
        # A sentence boundary inside an earlier quote is not a real boundary for us.
        while s > plo and self._inside_quote(s):
            s = self.layout.sentence_start(s - 1)
        return s

    def _after(self, q: QuoteSpan, lo: int, phi: int) -> Attribution | None:
        text = self.text
        inner_end = text[q.end - 1] if q.end > q.start else ""
        seg_hi = phi
        # Stop at the next quote mark or the end of the sentence.
        m = re.compile(r"[“\"„«]|[.!?](?:\s|$)").search(text, lo, phi)
        if m:
            seg_hi = m.start()
        seg = text[lo:seg_hi]
        lead = re.match(r"\s*[,.;:!?—–-]?\s*", seg)
        off = lo + (lead.end() if lead else 0)
        if inner_end not in ",.!?…—–-" and not (lead and "," in lead.group(0)):
            return None
        # Find the first cue word within reach.
        for wm in re.finditer(r"[A-Za-z]+", text[off:seg_hi]):
            if wm.start() > 140:
                break
            w = wm.group(0).lower()
            if w not in lx.STRONG_CUES and w not in ("according", "reads", "read"):
                continue
            cue_lo, cue_hi = off + wm.start(), off + wm.end()
            if w == "according":
                to = re.match(r"\s+to\s+", text[cue_hi:seg_hi])
                if not to:
                    continue
                np_lo = cue_hi + to.end()
                got = self._resolve(np_lo, seg_hi, q.open_mark)
                return _with_cue(got, text[cue_lo : cue_hi + to.end() - 1].strip())
            if cue_lo == off:
                # Cue first: ", said Scott Strenfel, PG&E's meteorologist."
                got = self._resolve(cue_hi, seg_hi, q.open_mark)
                return _with_cue(got, w)
            region = text[off:cue_lo]
            first = _WORD.match(region.strip()) if region.strip() else None
            if first is None:
                return None
            fw = first.group(0)
            if fw[0].islower() and fw.lower() not in _SPEAKER_OPENERS:
                return None
            got = self._resolve(off, cue_lo, q.open_mark)
            return _with_cue(got, text[cue_lo:cue_hi])
        return None

    def _before(self, s_lo: int, open_mark: int, q: QuoteSpan) -> Attribution | None:
        text = self.text
        before = text[s_lo:open_mark]
        cue_m = None
        for wm in re.finditer(r"[A-Za-z]+", before):
            w = wm.group(0).lower()
            if w in lx.SPEECH_CUES and not self._inside_quote(s_lo + wm.start()):
                cue_m = wm
        if cue_m is None:
            return None
        cue_lo = s_lo + cue_m.start()
        cue_hi = s_lo + cue_m.end()
        w = cue_m.group(0).lower()
        if w == "according":
            got = self._resolve(cue_hi, open_mark, q.open_mark)
            return _with_cue(got, "according to")
        # Subject: the nearest referent or pronoun before the cue in this sentence.
        refs = self._refs_in(s_lo, cue_lo)
        persons = [r for r in refs if r.kind == "person"]
        if persons:
            r = persons[-1]
            return Attribution(r.name, r.start, r.end, cue_m.group(0))
        pm = None
        for pm_ in re.finditer(r"\b(he|she|they|it|we)\b", text[s_lo:cue_lo], re.IGNORECASE):
            pm = pm_
        if refs:
            r = refs[-1]
            if pm is None or s_lo + pm.start() < r.start:
                return Attribution(r.name, r.start, r.end, cue_m.group(0))
        if pm is not None:
            got = self._resolve(s_lo + pm.start(), s_lo + pm.end(), q.open_mark)
            return _with_cue(got, cue_m.group(0))
        got = self._resolve(s_lo, cue_lo, q.open_mark)
        return _with_cue(got, cue_m.group(0))


def _possessive_doc(text: str, org: Referent, hi: int) -> bool:
    return text[org.end : org.end + 2] in ("'s", "’s")


def _with_cue(a: Attribution | None, cue: str) -> Attribution | None:
    if a is None:
        return None
    return Attribution(a.speaker, a.start, a.end, cue if a.cue != "group" else "group")
