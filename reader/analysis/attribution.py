"""Who said each quote: speech cues after or before it, resolved to a named speaker.

The order of evidence: a cue right after the closing mark (", he said", ", Fares Shehabi,
an MP for Aleppo, told dpa"), a cue earlier in the same sentence ("X said: “"), the subject
of the sentence a partial quote sits in, a cue later in that sentence, the speaker of an
earlier quote in the same paragraph, a cue in the sentence before ("X said Y. “…”"), and a
quote-only paragraph continuing the previous speaker. Pronouns and role nouns ("the
spokesman", "the statement", "the company") resolve to the nearest fitting referent.

This cascade's pick is one piece of evidence of the speaker ranker (`speaker.py`), which
weighs it against the other candidates with weights fitted on the train fold; `analyze(text,
speakers="cascade")` uses the cascade alone.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from reader.analysis import lexicon as lx
from reader.analysis.quotes import QuoteSpan
from reader.analysis.segment import Layout, is_abbrev

# How far after a closing mark its attribution may run (", Fares Shehabi, an MP for Aleppo,
# told dpa" is 40 characters; a clause of 600 is already a long sentence of its own).
CLAUSE_REACH = 600
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_ALPHA = re.compile(r"[A-Za-z]+")
_PRONOUN = re.compile(r"\b(?:he|she|they|it|we|He|She|They|It|We)\b")
_RELATIVE = re.compile(r",\s*(?:which|who|whose|where|when)\b[^,]*,")
_GROUP_CUT = re.compile(
    r"\s+(?:in|at|on|during|via|after|before|while|as|when|to|from|last|this|earlier|later|"
    r"who|which|that|told|said|has|have|had|also)\b|\s+[a-z]+ed\b|,\s+(?:as|according|who|"
    r"which|adding|saying|noting|while|but)\b|[.;:(]|\s+[\"“]"
)
# Unnamed people who speak as nobody in particular ("sources said", "a resident said").
NULL_NOUNS = frozenset(
    [
        "insider",
        "source",
        "sources",
        "person",
        "man",
        "woman",
        "patient",
        "witness",
        "resident",
        "neighbour",
        "neighbor",
        "friend",
        "relative",
        "relatives",
        "user",
        "fan",
        "fans",
        "customer",
        "employee",
        "worker",
        "student",
        "voter",
        "someone",
        "passenger",
        "observer",
        "viewer",
        "reader",
        "listener",
        "caller",
        "participant",
        "attendee",
        "member",
        "people",
        "anyone",
        "somebody",
    ]
)
# Plural nouns without an -s that name a group acting as one ("police said").
_COLLECTIVE = frozenset(["police", "staff", "personnel", "clergy", "military", "media"])
_SPEAKER_OPENERS = frozenset(
    [
        "he",
        "she",
        "they",
        "we",
        "i",
        "it",
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "this",
        "these",
        "those",
        "one",
        "another",
        "both",
    ]
)
_LEAD_ADVERBIALS = re.compile(
    r"\s*(?:(?:But|And|However|Meanwhile|Still|Yet|Instead|Also|Earlier|Later|Now|So)\b,?\s*"
    # "This morning, however, the government said": a sentence adverb set off by commas
    # after a lead phrase, in lower case.
    r"|(?:however|meanwhile|though|instead|still|too|also|then|again|nonetheless|moreover),\s*"
    r"|(?:On|In|At|During|After|Before|Last|This|Amid|Amidst|Despite|Following|Throughout"
    r"|Under|With|Without|Upon|Within|Across|Over|For|By|From|Among|Around|Given|Unlike)"
    r"\b[^,]{0,40},\s*"
    # "In 2015, after the Paris Climate Accord was adopted, he labeled it": a clause of time
    # or condition before the subject.
    r"|(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Oo]nce|[Ss]ince|[Uu]ntil|[Ii]f|[Bb]ecause"
    r"|[Aa]lthough|[Tt]hough)\s[^,“”\"]{0,60},\s*"
    # "As we’ve noted, a study by X concluded": the aside is not the subject.
    r"|As\s+(?:[\w’']+\s+){1,4}?(?:noted|said|reported|written|mentioned|explained|seen)"
    r"(?:\s+[a-z]+){0,2},\s*)*"
)
_ROLE_SUBJECT = re.compile(r"\s*[Tt]he\s+(?:[A-Za-z-]+\s+){0,2}?([a-z]+)\s+(?:[a-z]+\s+)?[a-z]+")
# A he or his in a sentence continues the chain of a man (an object "him" does not: "the
# summit between him and Xi, Geng said")
_HE = re.compile(r"\b(?:he|He|his|His)\b")
_GENDER_ROLE = re.compile(r"\b[Tt]he[ \u00a0]+([a-z]+)\b")
# "her mother, " / "his wife " right before a name: the name is introduced as kin.
_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their)[ \u00a0]+(?:mother|father|wife|husband|son|daughter|sister|brother"
    r"|mom|dad|grandmother|grandfather),?[ \u00a0]+$"
)
# "a spokeswoman for the " before an organisation: group 1 says whose gender.
_SPOKES_ORG = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)[ \u00a0]+spokes(woman|man|person)[ \u00a0]+(?:for|of|at)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?"
)
_SHE = re.compile(r"\b(?:she|She|her|Her)\b")
_AUX_GAP = r"\s*(?:(?:has|have|had|also|would|will|again|repeatedly|previously)\s+)*"
# A sentence-initial plural noun phrase straight before its cue, with an optional
# prepositional tail: "Officials at the agency said", "Federal prosecutors told".
# Evidence `group_quantifier`: "Thousands of protesters chanted", "Some of the residents said":
# a count or share before the group is no part of its words (nor is "The").
_GROUP_QUANTIFIERS = (
    "Thousands",
    "Hundreds",
    "Dozens",
    "Scores",
    "Millions",
    "Some",
    "Many",
    "Most",
    "Several",
    "A group",
    "A number",
    "A handful",
    "A crowd",
)
# Prepositions a plural subject's tail may open with ("Protesters outside the embassy").
_GROUP_TAIL_PREPOSITIONS = (
    "at|of|from|in|for|with|on|outside|inside|near|across|around|along|throughout|behind"
)
_PLURAL_SUBJECT = re.compile(
    r"(?:(?:The|These|Those)[ \u00a0]+|(?:"
    + "|".join(_GROUP_QUANTIFIERS)
    + r")[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?)?"
    r"((?:[A-Z][a-z]+[ \u00a0]+)?[a-z]+s|[A-Z][a-z]+s)"
    r"(?:[ \u00a0]+(?:"
    + _GROUP_TAIL_PREPOSITIONS
    + r")[ \u00a0]+(?:the[ \u00a0]+)?(?:[a-z-]+[ \u00a0]+)?[A-Za-z’'-]+){0,2}"
    + _AUX_GAP
)
# A capitalised run the entity finder did not type, standing as the speaker phrase or before
# an affiliation: "Wray Grimaldi of the University of Otago ... said" (group 1 is the run).
_UNTYPED_RUN = re.compile(
    r"[ \u00a0]*([A-Z][\w’'.&-]*(?:[ \u00a0]+(?:(?:of|for|and|de|la|van|von)[ \u00a0]+)?"
    r"[A-Z][\w’'.&-]*){0,4})"
)
# After a name: "of the University of Otago", or a role apposition ", the chief scientist of".
_AFFILIATION = re.compile(
    r",?[ \u00a0]+(?:of|from|at|with)[ \u00a0]"
    r"|,[ \u00a0]+(?:the|an?)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?(?:of|for|at)[ \u00a0]"
)
# "a 2014 report from the World Bank": a document and its source (group 1 is the noun).
_DOCUMENT_FROM = re.compile(
    r"[ \u00a0]*(?:[Aa]n?|[Tt]he|[Oo]ne)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,2}?([a-z-]+)"
    r"[ \u00a0]+(?:from|by|of)[ \u00a0]+(?:the[ \u00a0]+)?"
)
_TO = re.compile(r"[ \u00a0]+to[ \u00a0]+")
# "representatives from Iran", "Members of the House of Commons": a plural role (group 2 is
# its singular) of a body named right after; group 1 starts the group's words.
# "Trump's response", "Trump's angry reply": the one or two words after the possessive.
_RESPONSE_AFTER = re.compile(r"[’']s\s+([a-z-]+)(?:\s+([a-z]+))?")

_ROLE_GROUP_OF = re.compile(
    r"[ \u00a0]*(?:[Tt]he[ \u00a0]+)?((?:[a-z-]+[ \u00a0]+)?([A-Za-z]+?)s)"
    r"[ \u00a0]+(?:of|from)[ \u00a0]+(?:the[ \u00a0]+)?"
)
_LIST_JOIN = re.compile(
    r"(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)(?:the[ \u00a0]+)?"
)
# The short verb phrase between a subject and its cue: " protested by ".
_SHORT_VERB_GAP = re.compile(r"(?:[ \u00a0]+[a-z]+){0,4}[ \u00a0]+")
# "According to police and county officials, …" (group 1 is the source).
_ACCORDING_OPENING = re.compile(r"According[ \u00a0]+to[ \u00a0]+([^,;:“”\"]{2,80}),")
_INDIRECT_SENTENCES = 4  # sentences of the paragraph before looked at for its speaker
# "The Wooster professor added": an organisation, then a role right before the cue.
_ORG_THEN_ROLE = re.compile(r"[ \u00a0]+([a-z-]+)[ \u00a0]+(?:also[ \u00a0]+)?")
# "A source within the Interior Ministry", "one resident of the town" (group 1 is the noun).
_UNNAMED_WITHIN = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?([a-z]+)[ \u00a0]+"
    r"(?:within|inside|at|in|of|from|close[ \u00a0]+to)[ \u00a0]"
)
_LATTER = re.compile(r"\b[Tt]he[ \u00a0]+(latter|former)\b")
_NEW_CLAUSE = re.compile(r"(?:while|whereas|although|though|but)[ \u00a0]")
_BY_AGENT = re.compile(r"[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?")
_AS_BEFORE = re.compile(r"\bas[ \u00a0]+$")
_APPOSITION_BEFORE = re.compile(r",[ \u00a0]+(?:the|a|an)[ \u00a0]+$")
_OF_AFTER = re.compile(r"[ \u00a0]+of\b")
# "she was warned that": a cue whose subject listened (passive).
_LISTENER_CUES = frozenset(["told", "warned", "advised", "informed", "reminded", "assured"])
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?$")
# "was advised by the No 10 policy unit to …" (group 1 is the agent).
_PASSIVE_AGENT = re.compile(
    r"\b(?:was|were|been)[ \u00a0]+[a-z]+ed[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?"
    r"([A-Za-z0-9][\w’'-]*(?:[ \u00a0][\w’'-]+){0,4}?)"
    r"(?=[ \u00a0]+(?:to|that|on|in|for|about|after|before|over)\b|[,.;])"
)
_THAT_OR_QUOTE = re.compile(r"[ \u00a0]*(?:that\b|[,:]?[ \u00a0]*[“\"])")
_PASSIVE_BY = re.compile(
    r"\b(?:was|were)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?[a-z]+ed[ \u00a0]+by[ \u00a0]+"
    r"(?:the[ \u00a0]+)?"
)
_SUBORDINATORS = frozenset(
    re.split(
        r"\s+",
        "while as when if although though because since after before unless until once "
        "whereas but and so yet or nor",
    )
)
# Subordinators that open a clause before the main one ("Though he outlined …, Morales said").
_LEADING_SUBORDINATORS = _SUBORDINATORS - {"but", "and", "so", "yet", "or", "nor"}
# A sentence that opens with a plural noun phrase and its verb: "Protesters marched", "Striking
# teachers have walked out", "The nurses said".
_PLURAL_OPENING = re.compile(
    r"(?:[Tt]he[ \u00a0]+)?((?:[A-Za-z-]+[ \u00a0]+){0,2}?[A-Za-z-]+s)"
    r"(?:,[ \u00a0]+[a-z]+,)?[ \u00a0]+"  # "The lawmakers, however, failed"
    r"(?:(?:have|had|also|then|were|are)[ \u00a0]+)?(?!(?:that|at|but|it|not|just|about)\b)"
    r"[a-z]+(?:ed|t)\b"
)
_NAME_THEN_CUE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,4}([a-z]+)")
# "Part of the judge's statement reads": a part of a text speaks as the whole text does.
_PART_OF = re.compile(r"(?:[Pp]arts?|[Pp]ortions?|[Mm]uch|[Ee]xcerpts?)[ \u00a0]+of[ \u00a0]+")
_AGE_NOUN = re.compile(r"\s*(?:[Tt]he\s+)?\d+-year-old\s*$")
_ORG_SPOKESPERSON = re.compile(
    r"\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \u00a0]+"
    r"([A-Z][\w&’'.-]*(?:[ \u00a0][A-Z][\w&’'.-]*){0,3})[ \u00a0]+"
    r"(?:spokes(?:man|woman|person)|representative)\b"
)
# "what the scientists describe as “": the subject of a "what" clause whose verb coins the
# words in the quote right after it (group 2 the verb).
_WHAT_SUBJECT = re.compile(
    r"\b[Ww]hat[ \u00a0]+((?:(?:the|some|many|most|its|their)[ \u00a0]+)?(?:[a-z-]+[ \u00a0]+){0,2}"
    r"[a-z-]{3,}s)[ \u00a0]+((?:call|term|label)(?:s|ed|led)?|describ(?:e|es|ed)|dub(?:s|bed)?"
    r"|refer(?:s|red)?[ \u00a0]+to)[ \u00a0]+"
    r"(?:it[ \u00a0]+|them[ \u00a0]+)?(?:as[ \u00a0]+)?(?:(?:an?|the)[ \u00a0]+)?$"
)
_SPOKES_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)|representative|rep)\s+(?:for|of|at)\s+the\s+([a-z]+)"
)
# Evidence `body_spokesperson`: "a department spokesman", "a ministry spokeswoman": the body
# noun (group 1) says whose spokesperson it is.
_BODY_SPOKESPERSON = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)[ \u00a0]+([a-z]+)[ \u00a0]+"
    r"(?:spokes(?:man|woman|person)|representative)\b"
)
# The noun a name modifies ("GOP insider"), and an indefinite article right before a name.
_UNNAMED_HEAD = re.compile(r"[ \u00a0]+([a-z]+)\b")
INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \u00a0]+$")
# ", told", ", has also warned": a comma closing an apposition, then the cue's auxiliaries.
_COMMA_BEFORE_CUE = re.compile(
    r",[ \u00a0]+(?:(?:has|have|had|also|would|will|again|[a-z]+ly)[ \u00a0]+)*$"
)
# "the Scottish government", "the French foreign ministry": group 2 the nationality, group 3
# the body's noun.
_NATIONAL_BODY = re.compile(
    r"[ \u00a0]*[Tt]he[ \u00a0]+(([A-Z][a-z]+)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?([a-z]+))\b"
)
_TITLE_IN_PHRASE = re.compile(r"[“\"][^”\"\n]{1,30}[”\"][ \u00a0]+[a-z]")
_MALE_ROLES = frozenset(
    re.split(
        r"\s+",
        "actor spokesman chairman king prince congressman councilman businessman "
        "father husband son brother man boy emperor duke",
    )
)
_FEMALE_ROLES = frozenset(
    re.split(
        r"\s+",
        "actress spokeswoman chairwoman queen princess congresswoman councilwoman businesswoman "
        "mother wife daughter sister woman girl empress duchess",
    )
)
_POSS_ROLE = re.compile(
    r"([A-Z][\w-]*(?:[ \u00a0][A-Z][\w-]*){0,3}[’']s[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?"
    r"([a-z]+)(?:[ \u00a0]+(?:to|of|for|at)[ \u00a0]+[A-Z][\w-]*(?:[ \u00a0][A-Z][\w-]*){0,3})?)"
)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# A name's cue, after an apposition: "Kym Lino, a spokesperson for Instagram, confirmed".
_CUE_AFTER_APPOSITION = re.compile(r"(?:,[^,.“”\"]{1,80},)?[ \u00a0]+([a-z]+)\b")
# "in the words of the Crown prosecutor, Mark Tedeschi, QC, “…”" (group 1 is the source).
_IN_THE_WORDS_OF = re.compile(
    r"\b[Ii]n[ \u00a0]+the[ \u00a0]+words[ \u00a0]+of[ \u00a0]+([^“”\"]{2,100}?),?[ \u00a0]*$"
)
# "In Dr. Shadlen’s words, “…”", "in her own words:" (group 1 is the source).
_IN_ONES_WORDS = re.compile(
    r"\b[Ii]n[ \u00a0]+([^“”\"]{2,80}?)[’']s[ \u00a0]+(?:own[ \u00a0]+)?words[,:]?[ \u00a0]*$"
)
_SPEAKS_AFTER = re.compile(r"[ \u00a0]+(?:(?:also|then|later|[a-z]+ly)[ \u00a0]+)?([a-z]+)\b")
# A subject that opens with an indefinite article or "one", in any case ("A doctor on the
# scene", "one resident"), up to its cue.
_UNNAMED_SUBJECT = re.compile(r"\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+[a-z][a-z-]*\b[^.!?“”\"]{0,80}$")
# The same with capitalised modifiers before its noun ("A Syrian doctor on the scene told",
# "One Aleppo resident said", "A Red Cross doctor told"): group 1 is the noun.
_UNNAMED_MODIFIED = re.compile(
    r"\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[A-Z][\w’'.-]*\s+){1,3}([a-z][a-z-]*)\b"
    r"[^.!?“”\"]{0,80}$"
)
# "said the caller told police:", "said a 911 caller reported": an unnamed single person
# right before the cue nearest the quote speaks, not the subject of the sentence around it.
_UNNAMED_BEFORE_CUE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?([a-z]+)[ \u00a0]+$"
)
# "Ryan's spokeswoman, " / "a spokeswoman for Ryan, " right before a name: group 1 is the role.
_ROLE_THEN_NAME = re.compile(
    r"(?:['’]s[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}([a-z-]+)"
    r"|\b([a-z-]+)[ \u00a0]+(?:for|of|to)[ \u00a0]+"
    r"[A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*){0,3}),"
    r"[ \u00a0]+$"
    # "Ryan's spokeswoman AshLee Strong", "Ryan spokeswoman AshLee Strong": no comma.
    # "Huber's longtime tag team partner Erick Rowan": up to three modifiers after "'s".
    r"|(?:['’]s[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,3}|[A-Z][\w.’'-]*[ \u00a0]+)([a-z-]+)[ \u00a0]+$"
)
_NAME_IN_APPOSITION = re.compile(r",[ \u00a0]+[A-Z]")
# "the proposal", "The offer": a document named with its article.
_THE_DOCUMENT = re.compile(r"\b[Tt]he[ \u00a0]+([a-z]+)\b")
# "… was presented by the Aleppo command center that …": the author a passive names.
_ISSUED_BY = re.compile(
    r"\b(?:presented|issued|made|released|put forward|sent|written|signed|proposed|submitted"
    r"|drafted|published)[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?"
    r"([A-Z][\w’'-]*(?:[ \u00a0]+(?!that\b|which\b|who\b)[A-Za-z][\w’'-]*){0,5}?)"
    r"(?=[ \u00a0]+(?:that|which|who)\b|[,.;]|$)"
)
_APPOSITION_OPENS = re.compile(r",[ \u00a0]+(?:a|an|the|who|whose|one|his|her)\b")
# Evidence `possessor_of_document`: "RIAA's DMCA notice alleged": the organisation between
# the possessive and the document noun (group 1) only says what kind of document it is.
_DOCUMENT_AFTER = re.compile(r"[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?([a-z-]+)" + _AUX_GAP)
# Evidence `name_in_compound`: "the Seattle-based company", "a Trump-backed candidate": the
# participle glued to a name, which then only modifies the noun after it.
COMPOUND_AFTER = re.compile(
    r"-(?:based|born|headquartered|registered|listed|owned|backed|led|run|funded|made|style"
    r"|linked|allied|affiliated|era)\b"
)
_THE_COMPOUND = re.compile(r"[Tt]he[ \u00a0]+[A-Z][\w.&]*-[a-z]+\b")  # "The Seattle-based"
_SENTENCE_OPENING = re.compile(r"[ \u00a0\"“]*(?:[Tt]he[ \u00a0]+)?")  # before an opening subject
_BODY_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?")  # "the government of Iraq"
# Evidence `bare_role_apposition`: "Cynthia Thompson, curator and director of exhibits at the
# University of Arkansas, Fayetteville, said", "Steve Menet, Senior Vice President of Sales
# for Dräger, Inc., says": an apposition whose first words (group 1) hold a role noun, with
# no article, describes the name before it, as one opening with an article does.
_ROLE_APPOSITION_OPENS = re.compile(r",[ \u00a0]+((?:[A-Za-z-]+[ \u00a0]+){0,2}[A-Za-z-]+)")
_WHO_BEFORE = re.compile(r",?[ \u00a0]+who[ \u00a0]+(?:(?:also|later|then|[a-z]+ly)[ \u00a0]+)?$")
_PRONOUN_CUE = re.compile(r"(?:he|she|they|we|it)[ \u00a0]+([a-z]+)")
# Between a person and the organisation they belong to: " of the UK's ", " at ".
_AFFILIATION_GAP = re.compile(
    r",?[ \u00a0]+(?:of|at|from|with)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w.]*['’]s[ \u00a0]+)?"
)
# What may stand before an organisation that opens its sentence: "The", its own words.
_NAME_OPENING = re.compile(r"[ \u00a0\"“]*(?:[Tt]he[ \u00a0]+)?(?:[A-Z][\w.&'’-]*[ \u00a0]+)*")
# "Big Machine Records has denied": a verb right after a sentence's opening name.
_SUBJECT_VERB_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:has|have|had|also|then|later|quickly)[ \u00a0]+)*[a-z]+ed\b"
)
# "According to Dr. Tom Frieden": up to two titles between.
_ACCORDING_BEFORE = re.compile(
    r"\b[Aa]ccording[ \u00a0]+to[ \u00a0]+(?:[A-Z][a-z]{1,9}\.?[ \u00a0]+){0,2}$"
)
_BODY_PHRASE = re.compile(r"\s*[Tt]he[ \u00a0]+")  # "the ministry", "The state health department"
# What may stand before the subject that opens a sentence: nothing, or "The".
_SUBJECT_LEAD = re.compile(r"(?:[Tt]he[ \u00a0]+)?")
# "One called …", "A witness described …", "Another critic said …": an unnamed single person
# opens the sentence (group 1: the opener and up to two words of its noun phrase).
_INDEFINITE_OPENER = re.compile(
    r"((?:One|Another|An?)(?:[ \u00a0]+[a-z][a-z-]*){0,2}?)(?=[ \u00a0]+[a-z])"
)

# "The three-judge court", "The government": a definite noun phrase of lower-case words
# opens the sentence (group 1: its words, one of which should be a body of _BODY_HEADS).
_DEFINITE_OPENER = re.compile(r"[Tt]he((?:[ \u00a0]+[a-z][a-z-]*){1,3})")

_BODY_HEADS = lx.ORG_ROLE_NOUNS - lx.DOCUMENT_NOUNS
# Evidence `name_modifies_group`: "Pentagon officials", "Ohio police", "Israeli police",
# "Russian state media" right before their cue: capitalised words (group 1) modify a group
# noun (group 2, after at most one lower-case word), which speaks under those words.
_NAME_THEN_GROUP = re.compile(
    r"(?:[Tt]he[ \u00a0]+)?((?:[A-Z][\w.&-]*[ \u00a0]+){1,3}(?:[a-z][a-z-]*[ \u00a0]+)?([a-z]+))"
    r"(?:[ \u00a0]+(?:at|of|from|in|for|with|on)[ \u00a0]+(?:the[ \u00a0]+)?[A-Za-z’'-]+){0,2}"
    + _AUX_GAP
)
# Evidence `place_possessive_body`: "Russia's foreign ministry": a place's name and its
# possessive (group 1 the place); the lower-case words after it are read by _place_body.
_PLACE_POSSESSIVE = re.compile(r"((?:[A-Z][\w.-]*[ \u00a0]+){0,2}[A-Z][\w.-]*)['’]s[ \u00a0]+")


def _verb_in(text: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] hold a finite verb, so that a name after it is an object? An
    auxiliary or copula ("has labeled", "is"), a speech cue, an irregular past ("found") or
    a past tense in -ed ("accused")."""
    for w in _ALPHA.findall(text, lo, hi):
        if not w.islower():
            continue
        if w in lx.AUXILIARIES or w in lx.SPEECH_CUES or w in lx.IRREGULAR_PAST:
            return True
        if w.endswith("ed") and len(w) > 4:
            return True
    return False


_LAST_WORD = re.compile(r"([a-z]+)[ \u00a0]*,$")  # "Pompeo declared,": the cue before a comma
# "A former business partner of ", "a friend of the ": an unnamed single person tied by a
# preposition to a name that follows (group 1: the head noun).
_UNNAMED_OF = re.compile(
    r"[ \u00a0]*(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,3}?"
    r"([a-z][\w-]*)[ \u00a0]+(?:of|for|to|with|from|at|close[ \u00a0]+to)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?"
)
_OPENS_QUOTE = re.compile(r"[ \u00a0]*[,:][ \u00a0]*[“\"]")
_MAX_LOOKBACK = 1000  # characters a sentence may run before its quote or cue
_NEIGHBOURS = 4  # how many quotes before/after in a paragraph may lend their speaker
_CLAUSE_END = re.compile(r"[“\"„«]|[.!?](?:\s|$)")
_PREPOSITIONS = frozenset(
    ["in", "of", "to", "by", "for", "from", "with", "at", "on", "into", "about", "against"]
)


def _unnamed_role_of_org(noun: str) -> bool:
    """Evidence `unnamed_role_of_org`: "one Cowboys executive", "a Google engineer": a single
    unnamed holder of a role at the organisation is a person nobody names (null), unlike its
    spokesperson or representative, who speaks as the organisation."""
    return noun in lx.ROLE_NOUNS and not noun.startswith(("spokes", "representative", "rep"))


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
    kind: str = ""  # "person", "org", "group" or "" when unknown
    # Where the text refers to the speaker when the cascade reached it through a description
    # ("The three-judge court found", "the ministry said", "they chanted"): start and end of
    # that phrase, else None. The speaker ranker weighs the speaker at that position.
    via: tuple[int, int] | None = field(default=None, compare=False)


_NONE = Attribution(None, None, None, None)


def document_word(r: Referent) -> bool:
    """Is the name a plural document noun the entity finder took for a name ("Reports said
    both were showing “mild symptoms”": no source named)?"""
    return r.name.endswith("s") and r.name[:-1].lower() in lx.DOCUMENT_NOUNS


def role_word(w: str) -> bool:
    """A role noun, or one newly elected to it ("president-elect")."""
    return w in lx.ROLE_NOUNS or (w.endswith("-elect") and w[:-6] in lx.ROLE_NOUNS)


# Cue words that report speech only with an object: "as she put it", not "had put the bank
# under a “cloud of uncertainty”".
_IT_AFTER = re.compile(r"[ \u00a0]+it\b")
# "she shares with InStyle", "“…,” he shared.": not "speakers shared their insights".
_WITH_OR_END_AFTER = re.compile(r"[ \u00a0]+with\b|[ \u00a0]*[,.;:!?]")
# Cue words that speak only with what follows them.
# "“No,” went the reply", "she goes, “…”"; not "prices went up by a “…”".
_GO_SPEECH_AFTER = re.compile(r"[ \u00a0]*[,:;.!?“”\"]|[ \u00a0]+(?:the|something|like)\b")
_CUE_NEEDS = {
    "put": _IT_AFTER,
    "puts": _IT_AFTER,
    "went": _GO_SPEECH_AFTER,
    "goes": _GO_SPEECH_AFTER,
    "shared": _WITH_OR_END_AFTER,
    "shares": _WITH_OR_END_AFTER,
}


def speaks_here(text: str, end: int, word: str) -> bool:
    """Is the cue word ending at end used for speech ("put it", not "put the bank"; "shares
    with InStyle", not "shared their insights")?"""
    needs = _CUE_NEEDS.get(word)
    return needs is None or needs.match(text, end) is not None


def _from_ref(r: Referent, cue: str | None = None) -> Attribution:
    return Attribution(r.name, r.start, r.end, cue, r.kind)


def _described(a: Attribution, text: str, lo: int, hi: int) -> Attribution:
    """`a` reached through the phrase text[lo:hi] ("The three-judge court", "they"), which
    is where the text refers to it (spaces and commas around the phrase left out)."""
    while lo < hi and not text[lo].isalnum():
        lo += 1
    while hi > lo and not text[hi - 1].isalnum():
        hi -= 1
    return Attribution(a.speaker, a.start, a.end, a.cue, a.kind, (lo, hi) if hi > lo else None)


def _with_cue(a: Attribution | None, cue: str) -> Attribution | None:
    if a is None:
        return None
    return Attribution(a.speaker, a.start, a.end, cue, a.kind, a.via)


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
        self.step = ""  # which evidence decided the last attribution (for explain=True)

    # -- helpers -------------------------------------------------------------------------
    def _inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_starts, pos) - 1
        return i >= 0 and self.q_starts[i] < pos < self.q_ends[i]

    def _in_name(self, pos: int) -> bool:
        """Is pos inside a named referent ("He" of "He Jianxiong", not a pronoun)?"""
        i = bisect.bisect_right(self.ref_starts, pos) - 1
        return i >= 0 and self.refs[i].start <= pos < self.refs[i].end

    def _refs_in(self, lo: int, hi: int) -> list[Referent]:
        i = bisect.bisect_left(self.ref_starts, lo)
        out = []
        while i < len(self.refs) and self.refs[i].start < hi:
            r = self.refs[i]
            if r.end <= hi and not self._inside_quote(r.start):
                out.append(r)
            i += 1
        return out

    def _last_ref(
        self, pos: int, want: str, gender: str = "u", limit: int = 3000
    ) -> Referent | None:
        i = bisect.bisect_left(self.ref_starts, pos) - 1
        fallback: Referent | None = None
        while i >= 0 and self.refs[i].start > pos - limit:
            r = self.refs[i]
            i -= 1
            if r.kind != want or self._inside_quote(r.start):
                continue
            if want == "org" and re.search(
                r"\b(?:a|an)\s+$", self.text[max(0, r.start - 4) : r.start]
            ):
                continue
            if gender == "u" or r.gender == gender:
                if fallback is not None and fallback.start - r.start > 600:
                    return fallback
                return r
            if r.gender == "u" and fallback is None:
                fallback = r
        return fallback

    def _spokesperson_org(self, pos: int, gender: str) -> Referent | None:
        """The organisation whose unnamed spokesperson a he/she at pos stands for, where no
        person fits ("…, a spokeswoman for the Service Employees International Union said.
        “…,” she said")."""
        lo = max(0, pos - 600)
        found = None
        for m in _SPOKES_ORG.finditer(self.text, lo, pos):
            if m.group(1) in ("person", "woman" if gender == "f" else "man"):
                found = m
        if found is None:
            return None
        org = self._refs_in(found.end(), found.end() + 120)
        return org[0] if org and org[0].start == found.end() and org[0].kind == "org" else None

    def _gendered_role_before(self, lo: int, hi: int, gender: str) -> bool:
        """Does "the actor" (a role of that gender) stand in text[lo:hi]?"""
        roles = _MALE_ROLES if gender == "m" else _FEMALE_ROLES if gender == "f" else ()
        return any(m.group(1) in roles for m in _GENDER_ROLE.finditer(self.text, lo, hi))

    def _antecedent(self, pos: int, gender: str) -> Referent | None:
        """The person a he/she at pos refers to: the first fitting person named in the
        nearest sentence before it that names one (subjects come first in English)."""
        s = self.layout.sentence_start(pos)
        hi = pos
        same = _HE if gender == "m" else _SHE
        for _ in range(8):
            # A possessive ("at Epstein’s mansion") or a prepositional object is seldom
            # what a later subject pronoun refers to.
            fitting = [
                r
                for r in self._refs_in(s, hi)
                if r.kind == "person"
                and (gender == "u" or r.gender in ("u", gender))
                and (not self._governed(r.start) or self._source_of(r) or self._passive_agent(r))
            ]
            refs = [r for r in fitting if not _POSSESSIVE_AFTER.match(self.text, r.end)]
            if not refs and fitting and fitting[0].start - s <= 40:
                # "Actor Brendan Fraser's appearance was … He quipped": a possessive that
                # opens the sentence, with no other person in it, is its topic.
                refs = fitting[:1]
            exact = [r for r in refs if r.gender == gender]
            first = (exact or refs)[0] if refs else None
            # "Duda said … while Minister Joachim Brudziński wrote he had ordered checks. He
            # tweeted": of several people in the sentence, the last one reported speaking.
            speaking = [
                r for r in (exact or refs) if self._speaks_after(r.end) or self._source_of(r)
            ]
            if not speaking:
                # "… a summit between him and Xi, Geng said: “…” “…,” he added": the person
                # reported speaking, of unknown gender, outranks a man merely mentioned.
                speaking = [
                    r
                    for r in refs
                    if r.gender == "u" and (self._speaks_after(r.end) or self._source_of(r))
                ]
            if speaking:
                first = speaking[-1]
            elif first is not None:
                # "After Bill Jones resigned, John Smith took over": the main clause's
                # subject, not the person of the clause that opens the sentence.
                main = self._main_clause(s, hi)
                if main is not None and first.start < main:
                    later = [r for r in (exact or refs) if r.start >= main]
                    first = later[0] if later else first
            # "During the visit, he was photographed with Epstein": a sentence whose subject
            # is the same pronoun continues the chain; its antecedent lies further back.
            pm = next(
                (
                    m
                    for m in same.finditer(self.text, s, hi)
                    if not self._inside_quote(m.start()) and not self._in_name(m.start())
                ),
                None,
            )
            if (
                pm is not None
                and (first is None or pm.start() < first.start)
                and not (first is not None and self._cataphora(s, pm.start(), first))
            ):
                first = None
            if (
                first is not None
                and first.gender != gender
                and self._gendered_role_before(s, first.start, gender)
            ):
                # "But what the actor is most excited about is life with … their daughters,
                # Esmeralda and Amada. … he explains": the actor is the man of the chain.
                first = None
                pm = pm or _GENDER_ROLE.search(self.text, s, hi)
            if first is not None:
                return first
            if pm is None and s < pos:
                # "The Portuguese boss had been … The 56-year-old said": a sentence whose
                # subject is a role description continues the chain; it names the person
                # mentioned last before it.
                role = _ROLE_SUBJECT.match(self.text, s, hi)
                if role and role.group(1) in lx.ROLE_NOUNS and role.group(1) not in NULL_NOUNS:
                    r = self._last_ref(s, "person", gender)
                    if r is not None:
                        return r
            if s == 0:
                return None
            hi = s
            s = self.layout.sentence_start(s - 1)
        return self._last_ref(pos, "person", gender)

    def _main_clause(self, s: int, hi: int) -> int | None:
        """Where the main clause starts when the sentence at s opens with a subordinate
        clause ("After Bill Jones resigned, John Smith took over" -> at "John"), else None."""
        opener = _ALPHA.match(self.text, s)
        if opener is None or opener.group(0).lower() not in _LEADING_SUBORDINATORS:
            return None
        comma = self.text.find(",", opener.end(), hi)
        return comma + 1 if comma >= 0 else None

    def _cataphora(self, s: int, pronoun: int, first: Referent) -> bool:
        """Does the pronoun at `pronoun` sit in a clause that opens the sentence at s with a
        subordinator, before the person who is the main clause's subject ("Though he
        outlined work for …, Morales insisted …": he is Morales)?"""
        opener = _ALPHA.match(self.text, s)
        if opener is None or opener.group(0).lower() not in _LEADING_SUBORDINATORS:
            return False
        comma = self.text.find(",", pronoun, first.start)
        return comma >= 0 and not self.text[comma + 1 : first.start].strip()

    def _passive_agent(self, r: Referent) -> bool:
        """Is the person the agent of a passive, the subject in sense ("The plan was criticised
        by Jane Smith, the mayor. “…,” she said")?"""
        m = _PASSIVE_BY.search(self.text, max(0, r.start - 48), r.start)
        return m is not None and m.end() == r.start

    def _source_of(self, r: Referent) -> bool:
        """Is the person the source a sentence reports ("According to Muyembe, many do not
        seek treatment. “…,” he told the press")?"""
        return _ACCORDING_BEFORE.search(self.text, max(0, r.start - 36), r.start) is not None

    def _speaks_after(self, end: int) -> bool:
        """Is the name ending at `end` the subject of a speech cue ("Brudziński wrote")?"""
        m = _SPEAKS_AFTER.match(self.text, end)
        return m is not None and m.group(1) in lx.SPEECH_CUES

    def _last_speaker(self, kinds: tuple[str, ...]) -> Attribution | None:
        for a in reversed(self.done[-8:]):
            if a.speaker is not None and a.kind in kinds:
                return a
        return None

    def _sentence_start(self, pos: int, plo: int) -> int:
        s = self.layout.sentence_start(pos)
        # A sentence boundary inside an earlier quote is not a real boundary for us.
        while s > plo and self._inside_quote(s):
            s = self.layout.sentence_start(s - 1)
        return max(s, plo)

    # -- resolution of a speaker phrase --------------------------------------------------
    def _resolve(self, lo: int, hi: int, pos: int) -> Attribution | None:
        """The speaker named in text[lo:hi] (a phrase next to a cue); pos is the quote. Where
        the phrase refers to it by a description its name bears out ("the ministry" for the
        Ministry of Health, "they" for the plural subject before), the phrase is `via`."""
        text = self.text
        phrase = text[lo:hi]
        refs = self._refs_in(lo, hi)
        words = [w.lower() for w in _WORD.findall(phrase)]
        if not words and not refs:
            return None
        if not refs and _AGE_NOUN.match(phrase):
            # "the 56-year-old said": the person last named.
            r = self._antecedent(lo, "u")
            return _from_ref(r) if r is not None else _NONE
        w0 = words[0] if words else ""
        if w0 == "the" and len(words) > 1 and words[1] in ("latter", "former"):
            got = self._latter_or_former(words[1], lo)
            if got is not None:
                return got
        body = _NATIONAL_BODY.match(text, lo, hi)
        if (
            body is not None
            and body.group(2).lower() in lx.NATIONALITIES
            and body.group(3) in lx.ORG_ROLE_NOUNS
            and not any(r.kind == "org" and text[r.start].isupper() for r in refs)
        ):
            # "the Scottish government said": the body speaks under the article's words.
            return Attribution(body.group(1), body.start(1), body.end(1), None, "org")
        untyped = self._untyped_name(lo, hi, refs)
        if untyped is not None:
            return untyped
        group_of = self._role_group_of(lo, hi, refs)
        if group_of is not None:
            return group_of
        doc = _DOCUMENT_FROM.match(text, lo, hi)
        if doc is not None and doc.group(1) in lx.DOCUMENT_NOUNS:
            # "according to a 2014 report from the World Bank": the source speaks.
            source = [r for r in refs if r.start == doc.end() and r.kind != "place"]
            if source:
                return _from_ref(source[0])
        if (
            w0 == "the"
            and len(words) > 1
            and words[1].endswith("s")
            and not words[1].endswith("ss")  # "the actress", "the boss": one person
            and words[1] not in NULL_NOUNS
            and not _WORD.findall(phrase)[1].isupper()  # "the US President": a country
        ):
            lead_ref = refs[0].start - lo if refs else 99
            group = self._group(lo, hi)
            if group is not None and lead_ref > 4:
                return group
        persons = [r for r in refs if r.kind == "person"]
        orgs = [r for r in refs if r.kind == "org"]
        if len(persons) == 1 and self._unnamed_tied_to(lo, persons[0]):
            return _NONE
        if persons and not (
            orgs and orgs[0].start < persons[0].start and self._owns_document(orgs[0], hi)
        ):
            return _from_ref(self._role_holder(persons))
        if orgs:
            if self._modifies_unnamed(orgs[0]):
                return _NONE
            return _from_ref(orgs[0])
        places = [r for r in refs if r.kind == "place"]
        if places and len(words) <= 3 and not self._governed(places[0].start):
            return _from_ref(places[0])  # "Russia said": a country speaks as its government
        if not words:
            return None
        if w0 in lx.PRONOUNS_MALE or w0 in lx.PRONOUNS_FEMALE:
            g = "m" if w0 in lx.PRONOUNS_MALE else "f"
            r = self._antecedent(lo, g)
            if r is None:
                r = self._spokesperson_org(lo, g)
            return _from_ref(r) if r is not None else _NONE
        if w0 == "we":
            # "We called it “an incredible feat”": in the narration, the outlet itself.
            return _NONE
        if w0 in ("they", "it"):
            # "The lawmakers, however, failed … Instead, they are praying the court": the
            # plural subject of the sentence before comes before an earlier speaker.
            group = self._plural_subject_before(lo) if w0 == "they" else None
            if group is not None:
                return _described(group, text, lo, hi)
            single = self._singular_they(lo) if w0 == "they" else None
            if single is not None:
                return _from_ref(single)
            opening = self._org_opening_sentence_before(lo)
            if opening is not None:
                return _from_ref(opening)
            prev = self._last_speaker(("group", "org") if w0 == "they" else ("org",))
            if prev is not None:
                return prev
            r = self._last_ref(pos, "org")
            return _from_ref(r) if r is not None else None
        if w0 in ("a", "an", "one", "another"):
            # "a spokesman for the company": an unnamed spokesperson speaks as the
            # organisation; any other unnamed single person is null.
            m = _SPOKES_FOR.search(phrase)
            if m and m.group(1) in lx.ORG_ROLE_NOUNS:
                r = self._last_ref(lo, "org")
                if r is not None:
                    return _from_ref(r)
            spoken = self._body_spokesperson(lo, hi)
            if spoken is not None:
                return spoken
            return self._org_before_spokesperson(lo, hi) or _NONE
        # "the spokesman", "the statement", "the company", "Federal prosecutors".
        nouns = [w for w in words if w not in ("the", "this", "that", "its", "his", "her", "their")]
        head = nouns[-1] if nouns else ""
        if head in NULL_NOUNS or any(w in NULL_NOUNS for w in nouns[:3]):
            return _NONE
        if w0 == "the" and len(nouns) == 1:
            named = self._org_by_head(lo, head)
            if named is not None:
                return _described(_from_ref(named), text, lo, hi)
        if any(w in lx.DOCUMENT_NOUNS for w in nouns[:4]):
            noun = next(w for w in nouns[:4] if w in lx.DOCUMENT_NOUNS)
            got = self._document_author(noun, lo)
            if got is not None:
                return got
        role = next((w for w in nouns[:4] if role_word(w)), None)
        if role is None and len(words) == 2 and w0 == "the" and words[1] in lx.KIN_SUBJECTS:
            role = words[1]  # "The father said": the last man named (not "the father of …")
        if role is not None:
            got = self._role_person(role, lo, pos)
            if got is not None:
                return got
        bound = next((w for w in nouns[:4] if w in lx.ORG_KIND_BOUND_NOUNS), None)
        if bound is not None and w0 == "the":
            r = self._last_org_of_kind(lo, bound)
            if r is not None:
                return _described(_from_ref(r), text, lo, hi)
            return self._unnamed_body(lo, hi, nouns[:4])
        if any(w in lx.ORG_ROLE_NOUNS or w in lx.DOCUMENT_NOUNS for w in nouns[:4]):
            r = self._last_ref(lo, "org")
            if r is not None:
                return _from_ref(r)
            prev = self._last_speaker(("org",))
            if prev is None and w0 == "the":
                return self._unnamed_body(lo, hi, nouns[:4])
            return prev
        group = self._group(lo, hi)
        if group is not None:
            return group
        return None

    def _last_org_of_kind(self, pos: int, noun: str, limit: int = 3000) -> Referent | None:
        """Evidence `org_kind_bound_description`: "the government", "the police", "the
        ministry" stand for the last organisation whose name says it is of that kind
        ("Greek Government", "Ministry of Health", "the Health Department" for "the
        ministry"); None when no organisation in reach is."""
        kind = {noun, *lx.ORG_DESCRIPTIONS.get(noun, ())}
        i = bisect.bisect_left(self.ref_starts, pos) - 1
        while i >= 0 and self.refs[i].start > pos - limit:
            r = self.refs[i]
            i -= 1
            if r.kind != "org" or self._inside_quote(r.start):
                continue
            if kind & {
                w.lower().rstrip(".,").removesuffix("’s").removesuffix("'s") for w in r.name.split()
            }:
                return r
        return None

    def _org_by_head(self, pos: int, noun: str, limit: int = 3000) -> Referent | None:
        """Evidence `org_head_description`: "the trust", "the board" stand for the last
        organisation before pos whose name ends in that noun ("Citizens Independent
        Transportation Trust", "California Strawberry Advisory Board"), before any other
        organisation named since; not a place's word ("the city")."""
        if not noun.isalpha() or noun in lx.PLACES or noun in lx.ROLE_NOUNS:
            return None
        i = bisect.bisect_left(self.ref_starts, pos) - 1
        while i >= 0 and self.refs[i].start > pos - limit:
            r = self.refs[i]
            i -= 1
            if r.kind == "org" and not self._inside_quote(r.start):
                last = r.name.split()[-1].lower().removesuffix("’s").removesuffix("'s")
                if last == noun:
                    return r
        return None

    def _role_apposition(self, end: int) -> bool:
        """Evidence `bare_role_apposition`: does a comma and a role noun within three words
        follow the name ending at end (", curator and director of …", ", Senior Vice
        President of Sales for …")?"""
        m = _ROLE_APPOSITION_OPENS.match(self.text, end)
        return m is not None and any(w.lower() in lx.ROLE_NOUNS for w in m.group(1).split())

    def _document_owner(self, r: Referent, cue_lo: int) -> Referent | None:
        """Evidence `possessor_of_document`: "RIAA's DMCA notice alleged": where the
        organisation r modifies a document noun right before the cue and a possessive name
        stands before r, the possessor wrote the document and speaks."""
        doc = _DOCUMENT_AFTER.fullmatch(self.text, r.end, cue_lo)
        if doc is None or doc.group(1) not in lx.DOCUMENT_NOUNS:
            return None
        i = bisect.bisect_left(self.ref_starts, r.start) - 1
        if i < 0:
            return None
        owner = self.refs[i]
        if owner.kind not in ("org", "person") or self.text[owner.end : r.start] not in (
            "’s ",
            "'s ",
        ):
            return None
        return owner

    def _body_spokesperson(self, lo: int, hi: int) -> Attribution | None:
        """Evidence `body_spokesperson`: "a department spokesman said": the spokesperson
        speaks as the organisation of that kind named before ("Justice Department"), or
        for a generic noun ("a company spokeswoman") the one whose name ends in it, else
        the last organisation; with none in reach, nobody."""
        m = _BODY_SPOKESPERSON.search(self.text, lo, hi)
        if m is None or m.group(1) not in _BODY_HEADS:
            return None
        noun = m.group(1)
        if noun in lx.ORG_KIND_BOUND_NOUNS:
            r = self._last_org_of_kind(lo, noun)
        else:
            r = self._org_by_head(lo, noun) or self._last_ref(lo, "org")
        return _from_ref(r) if r is not None else None

    def _org_opening_sentence_before(self, pos: int) -> Referent | None:
        """Evidence `org_subject_before`: "The European Commission said it was concerned.
        “We will study it,” it said.": an organisation opening the sentence before, in the
        same paragraph, is what "it" or "they" stands for, before an earlier speaker."""
        s = self.layout.sentence_start(pos)
        while s > 0 and self._inside_quote(s):
            s = self.layout.sentence_start(s - 1)
        if s == 0 or self.layout.paragraph_of(s - 1) != self.layout.paragraph_of(pos):
            return None
        prev = self.layout.sentence_start(s - 1)
        refs = self._refs_in(prev, s)
        if not refs or refs[0].kind != "org":
            return None
        if not _SENTENCE_OPENING.fullmatch(self.text, prev, refs[0].start):
            return None
        return refs[0]

    def _modified_body_end(self, pos: int) -> int | None:
        """Evidence `modified_body_noun`: "The tech giant said", "the e-commerce giant
        said": the modifier at pos, one more lower-case word at most, then a body noun
        ending the phrase; where it ends, else None."""
        words = list(_WORD.finditer(self.text, pos, pos + 80))[:4]
        for i in (1, 2):
            if i >= len(words):
                return None
            w = words[i]
            gap = self.text[words[i - 1].end() : w.start()]
            if not w.group().islower() or gap.strip():
                return None
            if w.group() in _BODY_HEADS:
                after = words[i + 1].group() if i + 1 < len(words) else ""
                if after in lx.ROLE_NOUNS or after in lx.ORG_ROLE_NOUNS:
                    return None  # "the tech company spokesman"
                return w.end()
        return None

    def _org_before_spokesperson(self, lo: int, hi: int) -> Attribution | None:
        """Evidence `org_before_spokesperson`: "a Woolworths spokesperson": a capitalised run
        between the indefinite article and "spokesperson" that no list types names the
        organisation the spokesperson speaks for (not a nationality: "a Chinese
        spokesman")."""
        m = _ORG_SPOKESPERSON.match(self.text, lo, hi)
        if m is None or COMPOUND_AFTER.search(m.group(1)):
            return None  # "a Seattle-based spokesman": a place, no organisation
        words = m.group(1).split()
        if any(
            low in lx.NATIONALITIES or low in lx.COUNTRIES or low in lx.CAPITAL_STOPWORDS
            for low in (w.lower() for w in words)
        ):
            return None
        return Attribution(m.group(1), m.start(1), m.end(1), None, "org")

    def _place_body(self, lo: int, hi: int) -> Attribution | None:
        """Evidence `place_possessive_body`: a sentence opening with a place's body in
        lower-case words ("Russia's foreign ministry said", "Israel's army said"): the body
        speaks under those words, the place with it; not a place's person ("Russia's
        foreign minister", "Israel's army chief") nor its document ("Israel's statement")."""
        m = _PLACE_POSSESSIVE.match(self.text, lo, hi)
        if m is None:
            return None
        place = [r for r in self._refs_in(m.start(1), m.end(1)) if r.kind == "place"]
        if not place or place[0].start != m.start(1) or place[-1].end != m.end(1):
            return None
        words = list(_WORD.finditer(self.text, m.end(), hi))[:4]
        for i, w in enumerate(words[:3]):
            if not w.group().islower():
                return None
            if w.group() in _BODY_HEADS:
                after = words[i + 1].group() if i + 1 < len(words) else ""
                if after in lx.ROLE_NOUNS or after in lx.ORG_ROLE_NOUNS or after[:1].isupper():
                    return None  # "Israel's army chief", "Israel's army spokesman Avi …"
                return Attribution(self.text[m.start() : w.end()], m.start(), w.end(), None, "org")
        return None

    def _name_modified_group(self, lo: int, cue_lo: int) -> Attribution | None:
        """Evidence `name_modifies_group`: "Pentagon officials said", "Ohio police said",
        "Israeli police said": a name or nationality before a plural group noun modifies
        it; the group speaks under the article's words, not the organisation or place that
        only says whose officials they are ("Pentagon sources" are nobody; a person's
        "Trump aides" and a possessive "Smith's lawyers" are left to the other evidence)."""
        m = _NAME_THEN_GROUP.fullmatch(self.text, lo, cue_lo)
        if m is None:
            return None
        head = m.group(2)
        if (
            head in lx.PRONOUNS_PLURAL
            or head in lx.AUXILIARIES
            or head.endswith(("ss", "us", "is"))
        ):
            return None
        if not (head.endswith("s") or head in _COLLECTIVE):
            return None
        names = m.group(1)[: m.start(2) - m.start(1)].split()
        if any(w.lower() in lx.CAPITAL_STOPWORDS for w in names if w.isalpha()):
            return None
        if any(r.kind == "person" for r in self._refs_in(m.start(1), m.end(1))):
            return None
        if head in NULL_NOUNS:
            return _NONE
        return Attribution(m.group(1), m.start(1), m.end(1), None, "group")

    def _unnamed_body(self, lo: int, hi: int, nouns: list[str]) -> Attribution | None:
        """ "The ministry said", "the state health department said" with no organisation
        named in reach: the body speaks under the article's own words for it ("ministry",
        "state health department"), never as the person quoted before it."""
        body = next((w for w in nouns if w in lx.ORG_ROLE_NOUNS), None)
        if body is None:
            return None  # a document ("the report"): its author is unknown
        m = _BODY_PHRASE.match(self.text, lo, hi)
        if m is None:
            return None
        # Up to the body noun, lower-case modifiers only ("state health department").
        words = list(_WORD.finditer(self.text, m.end(), hi))
        at = next((i for i, w in enumerate(words[:4]) if w.group().lower() == body), None)
        if at is None or any(not w.group().islower() for w in words[: at + 1]):
            return None
        start, end = words[0].start(), words[at].end()
        # Evidence `body_of_place`: "the government of Iraq said": the place or organisation
        # the body is of belongs to its words.
        of = _BODY_OF.match(self.text, end)
        if of is not None:
            owner = [r for r in self._refs_in(of.end(), of.end() + 80) if r.kind != "person"]
            if owner and owner[0].start == of.end():
                end = owner[0].end
        return Attribution(self.text[start:end], start, end, None, "group")

    def _opener_before_verb(
        self, start: int, person: Referent, refs: list[Referent]
    ) -> Attribution | None:
        """The subject that opens a sentence when the first person named in it stands after
        the verb, as its object: an organisation ("Amnesty International has labeled Bini a
        “…”" -> Amnesty International) or an unnamed single person ("One called Kaine a
        “…”", "A witness described Brown as “…”" -> nobody). None when the person is the
        subject ("Google CEO Sundar Pichai called it “…”")."""
        text = self.text
        first = refs[0]
        if first is not person and first.kind == "org" and first.start < person.start:
            if _SUBJECT_LEAD.fullmatch(text, start, first.start) and _verb_in(
                text, first.end, person.start
            ):
                return _from_ref(first)
            return None
        m = _INDEFINITE_OPENER.match(text, start, person.start)
        if m is not None and _verb_in(text, m.end(1), person.start):
            return _NONE
        m = _DEFINITE_OPENER.match(text, start, person.start)
        if m is not None:
            # "The three-judge court found Johnson's advice “…”": the body speaks.
            head = next((w for w in _WORD.finditer(m.group(1)) if w.group() in _BODY_HEADS), None)
            if head is not None:
                end = m.start(1) + head.end()
                if _verb_in(text, end, person.start):
                    r = self._body_named(start, head.group())
                    if r is not None:
                        return _described(_from_ref(r), text, m.start(), end)
                    return self._unnamed_body(start, end, [head.group()])
        return None

    def _apposition_of_subject(self, start: int) -> Referent | None:
        """The person named in an apposition of the noun phrase that opens the sentence,
        before its verb ("The secretary general of CEI (Italian Episcopal Conference), Nunzio
        Galantino, has called …" -> Nunzio Galantino)."""
        for r in self._refs_in(start, start + 240):
            if _verb_in(self.text, start, r.start):
                return None
            if r.kind == "person" and self.text[r.start - 2 : r.start] == ", ":
                return r if self.text[r.end : r.end + 1] == "," else None
        return None

    def _body_named(self, pos: int, noun: str) -> Referent | None:
        """The organisation a body noun at pos ("the court") stands for: the nearest one
        before it whose name holds the noun ("Court of Session"), else the nearest one."""
        i = bisect.bisect_left(self.ref_starts, pos) - 1
        while i >= 0 and self.refs[i].start > pos - 3000:
            r = self.refs[i]
            i -= 1
            if r.kind == "org" and noun in r.name.lower().split():
                return r
        return self._last_ref(pos, "org")

    def _unnamed_tied_to(self, lo: int, person: Referent) -> bool:
        """Is the phrase at lo an unnamed single person tied to the named one by a
        preposition ("A former business partner of Morales", "a friend of Morales"; not "a
        spokesman for Morales", who speaks for him)?"""
        m = _UNNAMED_OF.match(self.text, lo, person.start)
        return (
            m is not None
            and m.end() == person.start
            and not m.group(1).startswith("spokes")
            and m.group(1) not in ("representative", "rep", "aide")
        )

    def _modifies_unnamed(self, r: Referent) -> bool:
        """Is the name only a modifier of an unnamed single person after an indefinite article
        ("said a GOP insider", "a Google employee told"; not "a Boeing spokesman said",
        which speaks as Boeing)?"""
        m = _UNNAMED_HEAD.match(self.text, r.end)
        return (
            m is not None
            and (m.group(1) in NULL_NOUNS or _unnamed_role_of_org(m.group(1)))
            and INDEFINITE_BEFORE.search(self.text, max(0, r.start - 10), r.start) is not None
        )

    def _latter_or_former(self, which: str, pos: int) -> Attribution | None:
        """ "the latter" / "the former" at pos: the last or the one before of the last two
        names before it in its sentence and the one before ("by the FAA and the NTSB, with
        the latter confirming" -> the NTSB)."""
        s = self.layout.sentence_start(pos)
        lo = self.layout.sentence_start(s - 1) if s > 0 else s
        names: list[Referent] = []
        for r in self._refs_in(max(lo, pos - 600), pos):
            if r.kind != "place" and not document_word(r):
                names = [n for n in names if n.name != r.name] + [r]
        if len(names) < 2:
            return None
        return _from_ref(names[-1] if which == "latter" else names[-2])

    def _agent_before(self, s_lo: int) -> Attribution | None:
        """The agent of a passive in the sentence before s_lo ("Mrs Thatcher was advised by
        the No 10 policy unit to postpone …" -> No 10 policy unit)."""
        if s_lo <= 0:
            return None
        prev = self.layout.sentence_start(s_lo - 1)
        m = _PASSIVE_AGENT.search(self.text, max(prev, s_lo - _MAX_LOOKBACK), s_lo)
        if m is None:
            return None
        refs = [r for r in self._refs_in(m.start(1), m.end(1)) if r.kind != "place"]
        if refs and refs[0].start == m.start(1) and refs[0].end == m.end(1):
            return _from_ref(refs[0])
        kind = "org" if m.group(1)[:1].isupper() else "group"
        return Attribution(m.group(1), m.start(1), m.end(1), None, kind)

    def _role_person(self, role: str, lo: int, pos: int) -> Attribution | None:
        """Who "the expert" / "the professor" at lo is: the last person named before the
        quote at pos (of the role's gender), or nobody after "said one legal expert"."""
        text = self.text
        # "said one legal expert ... the expert warned": an unnamed person stays unnamed.
        intro = re.compile(rf"\b(?:a|an|one|another)\s+(?:[a-z-]+\s+){{0,2}}{role}\b")
        last_intro = None
        for im in intro.finditer(text, max(0, lo - 600), lo):
            last_intro = im
        if last_intro is not None and not any(
            r.kind == "person" for r in self._refs_in(last_intro.start(), lo)
        ):
            return _NONE
        gender = "m" if role in _MALE_ROLES else "f" if role in _FEMALE_ROLES else "u"
        if role in lx.KIN_SUBJECTS:
            # "The mother said": a woman by her name, not a surname she shares with him.
            fits = [
                r
                for r in self._refs_in(max(0, pos - 3000), pos)
                if r.kind == "person" and r.gender == gender
            ]
            return _from_ref(fits[-1]) if fits else None
        titled = self._titled_holder(role, pos)
        if titled is not None:
            # "the senator said": the role that was the holder's title refers to them here.
            at = text.find(role, lo, lo + 40)
            if at < 0:
                return _from_ref(titled)
            return _described(_from_ref(titled), text, lo, at + len(role))
        r = self._last_ref(pos, "person", gender)
        if r is not None and _KIN_BEFORE.search(self.text, max(0, r.start - 40), r.start):
            # "posing with her mother, Cynthia Germanotta … the actress wrote": a person
            # introduced as someone's kin is not who an occupation describes; the person
            # named before is.
            r = self._last_ref(r.start, "person", gender) or r
        return _from_ref(r) if r is not None else None

    def _titled_holder(self, role: str, pos: int) -> Referent | None:
        """The last person before pos introduced with the role as a title: "Senator Maria
        Lopez named Kellyanne Conway … “…,” the senator said" is Maria Lopez, not the last
        person named ("President-elect Donald Trump" for "the president-elect")."""
        text = self.text
        size = len(role) + 1
        for r in reversed(self._refs_in(max(0, pos - 5000), pos)):
            if r.kind != "person" or r.start < size:
                continue
            before = text[r.start - size : r.start]
            if (
                before[-1:] in (" ", "\u00a0")
                and before[:-1].lower() == role
                and (r.start == size or not text[r.start - size - 1].isalnum())
            ):
                return r
        return None

    def _untyped_name(self, lo: int, hi: int, refs: list[Referent]) -> Attribution | None:
        """A capitalised run no entity covers, alone before the cue or before an affiliation
        ("Wray Grimaldi of the University of Otago ... said"): a person the entity finder
        missed (an organisation when the run has an organisation word)."""
        m = _UNTYPED_RUN.match(self.text, lo, hi)
        if m is None:
            return None
        run = m.group(1).rstrip(".")
        words = run.split()
        first = words[0].lower()
        if (
            len(words) < 2
            or first in _SPEAKER_OPENERS
            or first in _SUBORDINATORS
            or first in lx.CAPITAL_STOPWORDS
            or first in lx.TITLE_WORDS
            or (refs and refs[0].start < m.start(1) + len(run))
        ):
            return None
        rest = self.text[m.start(1) + len(run) : hi]
        if rest.strip(" ,\u00a0") and not _AFFILIATION.match(rest):
            return None
        kind = "org" if any(w.lower() in lx.ORG_WORDS for w in words) else "person"
        return Attribution(run, m.start(1), m.start(1) + len(run), None, kind)

    def _role_group_of(self, lo: int, hi: int, refs: list[Referent]) -> Attribution | None:
        """A plural role of a body named right after it, as the group speaks under the
        article's words: "representatives from Iran", "leaders of Germany, France and
        Italy", "Members of the House of Commons" (not the body alone)."""
        m = _ROLE_GROUP_OF.match(self.text, lo, hi)
        if m is None or m.group(2).lower() not in lx.ROLE_NOUNS:
            return None
        if m.group(1).split()[0].lower() in _SPEAKER_OPENERS:
            return None
        body = [r for r in refs if r.start >= m.end() and r.kind != "person"]
        if not body or body[0].start != m.end():
            return None
        end = body[0].end
        for r in body[1:]:
            if not _LIST_JOIN.fullmatch(self.text, end, r.start):
                break
            end = r.end
        return Attribution(self.text[m.start(1) : end], m.start(1), end, None, "group")

    def _group(self, lo: int, hi: int) -> Attribution | None:
        """A plural group the article names as the source: "the leaders of Germany, ..."."""
        phrase = self.text[lo:hi]
        lead = re.match(r"\s*(?:[Tt]he\s+)?", phrase)
        off = lead.end() if lead else 0
        cut = _GROUP_CUT.search(phrase, off)
        group = phrase[off : cut.start()] if cut else phrase[off:]
        group = group.rstrip(" ,")
        words = group.split()
        if not words or len(words) > 14:
            return None
        first = words[0].lower()
        if not first.endswith("s") or first in NULL_NOUNS or first in lx.PRONOUNS_PLURAL:
            return None
        if words[0][0].isupper() and len(words) == 1:
            return None
        start = lo + off
        return Attribution(group, start, start + len(group), None, "group")

    def _singular_they(self, pos: int) -> Referent | None:
        """The person who opens the sentence before the quote's as the subject of a speech
        cue is a singular "they" ("Kym Lino, a spokesperson for Instagram, confirmed that
        … “…,” they said": Kym Lino, not Instagram)."""
        s = self.layout.sentence_start(pos)
        while s > 0 and self._inside_quote(s):
            s = self.layout.sentence_start(s - 1)
        if s == 0 or self.layout.paragraph_of(s - 1) != self.layout.paragraph_of(pos):
            return None
        prev = self.layout.sentence_start(s - 1)
        refs = self._refs_in(prev, s)
        if not refs or refs[0].kind != "person":
            return None
        r = refs[0]
        lead = self.text[prev : r.start].strip()
        cue = _CUE_AFTER_APPOSITION.match(self.text, r.end, s)
        if lead or cue is None or cue.group(1) not in lx.SPEECH_CUES:
            return None
        return r

    def _plural_subject_before(self, pos: int) -> Attribution | None:
        """The plural subject of the sentence before the one at pos, which a "they" goes
        back to: "Protesters marched through Denver. “…,” they chanted." -> Protesters."""
        s = self.layout.sentence_start(pos)
        if s == 0:
            return None
        prev = self.layout.sentence_start(s - 1)
        lead = _LEAD_ADVERBIALS.match(self.text, prev, s)
        m = _PLURAL_OPENING.match(self.text, lead.end() if lead else prev, s)
        if m is None or self._refs_in(m.start(1), m.end(1)):
            return None
        words = m.group(1).lower().split()
        head = words[-1]
        if (
            head in NULL_NOUNS
            or head in lx.PRONOUNS_PLURAL
            or head.endswith(("ss", "us", "is"))
            or words[0] in _SUBORDINATORS  # "While previous helmets were …": a clause
            or words[0] in _SPEAKER_OPENERS  # "He holds a seat": a pronoun and its verb
        ):
            return None
        return Attribution(m.group(1), m.start(1), m.end(1), None, "group")

    def _bare_group(self, lo: int, hi: int) -> Attribution | None:
        """A subject of one to three lower-case words ending in a plural noun right before
        its cue ("officers", "heavily armed officers", "police"): the group speaks under
        the article's words; an unnamed crowd ("fans", "sources") stays null."""
        phrase = self.text[lo:hi].rstrip()
        words = phrase.split()
        if not 1 <= len(words) <= 3 or not all(_ALPHA.fullmatch(w) and w.islower() for w in words):
            return None
        head = words[-1]
        if any(w in lx.AUXILIARIES for w in words):
            return None  # "…,” was posted as a joke": a verb, no group
        if head in NULL_NOUNS or any(w in NULL_NOUNS for w in words):
            return _NONE
        if head in lx.PRONOUNS_PLURAL or not (head.endswith("s") or head in _COLLECTIVE):
            return None
        if head.endswith(("ss", "us", "is")):
            return None
        return Attribution(phrase, lo, lo + len(phrase), None, "group")

    def _names_speaker(self, lo: int, hi: int) -> bool:
        """Is text[lo:hi] just a name (with a title) or a subject pronoun?"""
        phrase = self.text[lo:hi].strip()
        if phrase.lower() in ("he", "she", "they", "we", "i"):
            return True
        words = phrase.lower().split()
        if len(words) == 2 and words[0] == "the" and role_word(words[1]):
            return True  # "the President-elect fumed"
        if (
            2 <= len(words) <= 4
            and words[0] in ("the", "a", "an")
            and (role_word(words[-1]) or words[-1] in lx.ORG_ROLE_NOUNS)
            and self._refs_in(lo, hi)
        ):
            return True  # "a Boeing spokesman said", "the Boeing spokesman said"
        if (
            2 <= len(words) <= 5
            and words[-2].endswith(("'s", "’s"))
            and role_word(words[-1])
            and self._refs_in(lo, hi)
        ):
            return True  # "Elton John's publicist retorted"
        refs = self._refs_in(lo, hi)
        return (
            bool(refs)
            and len(phrase.split()) <= 5
            and refs[-1].end >= lo + len(self.text[lo:hi].rstrip()) - 3
        )

    def _holds_role(self, r: Referent) -> bool:
        """Is the name the holder of a role named right before it ("Ryan's spokeswoman,
        AshLee Strong", "a spokeswoman for Ryan, AshLee Strong")?"""
        m = _ROLE_THEN_NAME.search(self.text, max(0, r.start - 80), r.start)
        return m is not None and (m.group(1) or m.group(2) or m.group(3)) in lx.ROLE_NOUNS

    def _role_holder(self, persons: list[Referent]) -> Referent:
        """Of the people in a speaker phrase, the one who speaks: the first, unless a later
        one holds a role the phrase gives ("Ryan's spokeswoman, AshLee Strong")."""
        for r in persons[1:]:
            if self._holds_role(r):
                return r
        return persons[0]

    def _in_apposition(self, r: Referent) -> bool:
        """Is the name set off by commas (", Charles, has told")?"""
        before = self.text[max(0, r.start - 2) : r.start]
        after = re.match(r"(?:['’]s)?,", self.text[r.end : r.end + 3])
        return before == ", " and after is not None

    def _governed(self, pos: int) -> bool:
        """Is the name at pos the object of a preposition ("in the journal JAMA")?"""
        lo = max(0, pos - 40, self.layout.sentence_start(pos))
        back = self.text[lo:pos].split()[-3:]
        if (
            len(back) == 3
            and back[0].lower() in lx.ROLE_NOUNS
            and back[1] in ("for", "to", "of")
            and back[2][:1].isupper()
        ):
            return False  # "Special Representative for Iran Brian Hook": a title, not "for"
        for w in reversed(back):
            if w[-1] in ',;:”"’)':
                return False  # "In May, Zippy Duvall said": the phrase closed at the comma
            if w.lower() in ("what", "who", "whom", "which", "that"):
                return False  # "in what host Tom Bergeron described as": a new clause
            if w.lower() in _PREPOSITIONS:
                return True
        return False

    def _owns_document(self, org: Referent, hi: int) -> bool:
        """ "the Reconciliation Center’s statement": the organisation speaks, not a person."""
        m = re.match(r"(?:'s|’s)\s+([a-z]+)", self.text[org.end : hi])
        if m is None:
            return False
        return m.group(1) in lx.DOCUMENT_NOUNS or m.group(1) in lx.ORG_ROLE_NOUNS

    def _document_author(self, noun: str, lo: int) -> Attribution | None:
        """Who issued "the statement": the subject where the article last mentioned it, or
        the author a passive names ("The proposal … was presented by the Aleppo command
        center"); "the offer" may be the proposal mentioned before under another noun."""
        text = self.text
        search_lo = max(0, lo - 2500)
        pos = self.layout.sentence_start(lo)
        for _ in range(12):  # mentions looked at, nearest first (keeps long texts linear)
            k, found = self._last_document_mention(noun, search_lo, pos)
            if k < 0:
                return None
            pos = k
            if self._inside_quote(k):
                continue
            # A sentence that already attributed a quote to this document: reuse it.
            s = self.layout.sentence_start(k)
            e = self.layout.sentence_end(k)
            e = e if e >= 0 else len(text)
            idx = bisect.bisect_left(self.q_starts, s)
            while idx < len(self.done) and self.q_starts[idx] < e:
                if self.done[idx].speaker is not None:
                    return self.done[idx]
                idx += 1
            by = _ISSUED_BY.search(text, k, e)
            if by is not None:
                refs = [r for r in self._refs_in(by.start(1), by.end(1)) if r.kind != "place"]
                if refs and refs[0].start == by.start(1):
                    return _from_ref(refs[0])
                return Attribution(by.group(1), by.start(1), by.end(1), None, "org")
            if found == noun:
                # The document itself, named before: its sentence's subject, or nobody.
                got = self._subject(s, k)
                return got if got is not None and got.speaker is not None else None
        return None

    def _last_document_mention(self, noun: str, lo: int, hi: int) -> tuple[int, str]:
        """(position, noun) of the nearest "the <noun>" before hi: the same noun, or another
        document noun standing for it ("the offer" after "the proposal")."""
        text = self.text
        k = hi
        while True:  # the noun as a word ("offer", not the "offer" in "offered")
            k = text.rfind(noun, lo, k)
            if k < 0 or (
                not text[k - 1 : k].isalpha()
                and not text[k + len(noun) : k + len(noun) + 1].isalpha()
            ):
                break
        # Another document noun standing for it, only after that mention (keeps it linear).
        best, word = (k, noun) if k >= 0 else (-1, "")
        for m in _THE_DOCUMENT.finditer(text, max(lo, k + 1, hi - 1500), hi):
            if m.group(1).lower() in lx.DOCUMENT_NOUNS:
                best, word = m.start(1), m.group(1).lower()
        return best, word

    def _subject(
        self, s_lo: int, hi: int, groups: bool = True, roles: bool = True
    ) -> Attribution | None:
        """The grammatical subject of text[s_lo:hi], by position: the first named referent."""
        text = self.text
        s_lo = max(s_lo, hi - _MAX_LOOKBACK)
        masked = [(m.start() + s_lo, m.end() + s_lo) for m in _RELATIVE.finditer(text[s_lo:hi])]

        def visible(p: int) -> bool:
            return not any(a <= p < b for a, b in masked)

        lead = _LEAD_ADVERBIALS.match(text, s_lo, hi)
        start = lead.end() if lead else s_lo
        passive = _PASSIVE_BY.search(text, start, hi)
        if passive is not None and visible(passive.start()):
            # "Implications for the EU were described by Johnson as …": the agent is the
            # subject in sense.
            agent = [r for r in self._refs_in(passive.end(), hi) if r.kind != "place"]
            if agent and agent[0].start == passive.end():
                return _from_ref(agent[0])
        refs = [
            r
            for r in self._refs_in(start, hi)
            if visible(r.start) and r.kind != "place" and not document_word(r)
        ]
        age = re.match(r"[Tt]he\s+\d+-year-old\b", text[start:hi])
        if age and (not refs or refs[0].start > start + age.end()):
            return self._resolve(start, start + age.end(), start)
        body = self._place_body(start, hi)
        if body is not None and (not refs or refs[0].start >= (body.end or start)):
            return body
        head = re.match(
            r"(?:[Tt]he|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+([a-z]+)", text[start:hi]
        )
        # "The report found that the program was “…”": a document speaks for its author
        # even where roles are not resolved (a partial quote's subject).
        document = head is not None and head.group(1) in lx.DOCUMENT_NOUNS
        if (
            (roles or document)
            and head
            and (not refs or refs[0].start - start > len(head.group(0)) + 1)
        ):
            noun = head.group(1)
            appos = self._apposition_of_subject(start)
            if appos is not None:
                return _from_ref(appos)
            kin = noun in lx.KIN_SUBJECTS and not _OF_AFTER.match(text, start + head.end())
            if (
                noun in lx.ORG_ROLE_NOUNS
                or noun in lx.DOCUMENT_NOUNS
                or noun in lx.ROLE_NOUNS
                or kin
                or self._org_by_head(start, noun) is not None
            ):
                return self._resolve(start, start + head.end(), start)
            described = self._modified_body_end(start + head.start(1))
            if described is not None and text[start : start + 3].lower() == "the":
                return self._resolve(start, described, start)
            if groups and noun.endswith("s") and noun not in NULL_NOUNS:
                return self._group(start, hi)
        if roles and _THE_COMPOUND.match(text, start, hi):
            described = self._modified_body_end(start + 4)
            if described is not None:
                return self._resolve(start, described, start)
        poss = _POSS_ROLE.match(text, start, hi)
        if roles and poss and poss.group(2) in lx.ROLE_NOUNS:
            # "China’s ambassador to Britain warned …" and later "China’s ambassador to
            # Britain Liu Xiaming": the role phrase names its holder further on.
            phrase = poss.group(1)
            at = text.find(phrase, poss.end(), poss.end() + 3000)
            if at >= 0:
                named = [
                    r
                    for r in self._refs_in(at + len(phrase), at + len(phrase) + 40)
                    if r.kind == "person"
                ]
                if named and named[0].start - (at + len(phrase)) <= 2:
                    return _from_ref(named[0])
        persons = [r for r in refs if r.kind == "person"]
        if persons:
            opener = self._opener_before_verb(start, persons[0], refs)
            if opener is not None:
                return opener
        pm = next(
            (
                m
                for m in _PRONOUN.finditer(text, start, hi)
                if not self._inside_quote(m.start()) and not self._in_name(m.start())
            ),
            None,
        )
        if persons and (pm is None or persons[0].start < pm.start()):
            return _from_ref(persons[0])
        untyped = self._untyped_name(start, hi, refs)
        if untyped is not None and _AFFILIATION.match(text, untyped.end or start):
            # "Xiaogang Wei of the Beijing … Institute commented": an untyped name before
            # its affiliation opens the sentence.
            return untyped
        if (
            len(refs) > 1
            and refs[0].kind == "org"
            and refs[1].kind == "org"
            and text[refs[0].end : refs[1].start] in ("’s ", "'s ")
            and (pm is None or refs[0].start < pm.start())
        ):
            # "NASA’s Office of the Inspector General released …": the office speaks.
            a, b = refs[0].start, refs[1].end
            return Attribution(text[a:b], a, b, None, "org")
        if refs and (pm is None or refs[0].start < pm.start()):
            return _from_ref(refs[0])
        if pm is not None:
            return self._resolve(pm.start(), pm.end(), pm.start())
        return None

    # -- the evidence, in order ----------------------------------------------------------
    def attribute(self, q: QuoteSpan) -> Attribution:
        self.step = "no evidence names a speaker"
        a = self._attribute(q)
        # An earlier quote's speaker is carried by name, never by that quote's description.
        plain = a if a.via is None else Attribution(a.speaker, a.start, a.end, a.cue, a.kind)
        self.done.append(plain)
        return a

    def _attribute(self, q: QuoteSpan) -> Attribution:
        text = self.text
        plo, phi = self.layout.paragraphs[q.paragraph]
        # 1. A cue after the closing mark.
        if q.close_mark is not None:
            a = self._after(q, q.close_mark + 1, phi)
            if a is not None:
                self.step = "a cue after the closing mark"
                return a
        # 2. A cue before the opening mark in the same sentence.
        s_lo = self._sentence_start(q.open_mark, plo)
        before = text[s_lo : q.open_mark]
        a = self._before(s_lo, q.open_mark, q)
        if a is not None:
            self.step = "a cue before the opening mark in the same sentence"
            return a
        mid_sentence = bool(before.strip()) and not before.rstrip().endswith((".", "!", "?"))
        # 2b. “The thing with Elise bothered” Ford’s family, Starner said: a quote that
        # runs on into its sentence without punctuation takes a cue later in it.
        if (
            not mid_sentence
            and q.close_mark is not None
            and text[q.end - 1 : q.end] not in (",", ".", "!", "?", "…", "—", "–", "-")
            and text[q.close_mark + 1 : q.close_mark + 2] == " "
            and text[q.close_mark + 2 : q.close_mark + 3].isalpha()
        ):
            a = self._later_cue(q.close_mark + 1, phi)
            if a is not None:
                self.step = "a cue later in a sentence the quote runs into"
                return a
        # 3. A partial quote inside a sentence: a cue later in it, or the sentence's subject.
        if mid_sentence and q.close_mark is not None:
            a = self._later_cue(q.close_mark + 1, phi)
            if a is not None:
                self.step = "a partial quote: a cue later in the sentence or its subject"
                return a
            a = self._subject(s_lo, q.open_mark, groups=False, roles=False)
            if a is not None and a.speaker is not None:
                self.step = "a partial quote: a cue later in the sentence or its subject"
                return a
        # 4. An earlier quote in the same paragraph keeps its speaker.
        # Both look-arounds are capped, so a paragraph of thousands of quotes stays linear.
        n = len(self.done)
        for i in range(n - 1, max(-1, n - 1 - _NEIGHBOURS), -1):
            prev_q, prev_a = self.quotes[i], self.done[i]
            if prev_q.paragraph != q.paragraph:
                break
            if prev_a.speaker is not None:
                self.step = "an earlier quote in the paragraph keeps its speaker"
                return Attribution(prev_a.speaker, prev_a.start, prev_a.end, None, prev_a.kind)
        # 4b. A cue after a later quote in the same paragraph ("…" More. "…," he said).
        for i in range(n + 1, min(len(self.quotes), n + 1 + _NEIGHBOURS)):
            later = self.quotes[i]
            if later.paragraph != q.paragraph or later.close_mark is None:
                break
            a = self._after(later, later.close_mark + 1, phi)
            if a is not None:
                self.step = "a cue after a later quote in the paragraph"
                return a
        # 4b'. A quote running on into the next paragraph: the attribution usually closes
        # the last paragraph of the run ("“We are done. ¶ “And we leave,” Jones said.").
        if q.close_mark is None:
            i = n + 1
            while i < len(self.quotes) and i <= n + _NEIGHBOURS:
                nxt_q = self.quotes[i]
                if nxt_q.close_mark is not None:
                    nhi = self.layout.paragraphs[nxt_q.paragraph][1]
                    a = self._after(nxt_q, nxt_q.close_mark + 1, nhi)
                    if a is not None:
                        self.step = "the attribution closing a quote that runs over paragraphs"
                        return a
                    break
                i += 1
        # 4c. A cue in the sentence before, in the same paragraph ("X told Y. “…”").
        if s_lo > plo:
            prev_lo = self._sentence_start(s_lo - 1, plo)
            a = self._before(prev_lo, s_lo, q)
            if a is not None and a.speaker is not None:
                self.step = "a cue or the subject of the sentence before"
                return a
            # "Aderholt returned to the issue. “What vehicle …?”": the person the sentence
            # before is about, when a full-sentence quote follows it.
            if not before.strip() and text[q.start : q.start + 1].isupper():
                a = self._subject(prev_lo, s_lo, groups=False, roles=False)
                if a is not None and a.start is not None and self._governed(a.start):
                    # "Gosling has a lot on his plate. But what the actor is most excited
                    # about is life with Eva Mendes. “…”": a preposition's object is not
                    # whom the sentence is about; the sentence before it may say.
                    a = None
                    if prev_lo > plo:
                        lo2 = self._sentence_start(prev_lo - 1, plo)
                        a = self._subject(lo2, prev_lo, groups=False, roles=False)
                        if a is not None and a.start is not None and self._governed(a.start):
                            a = None
                if a is not None and a.kind == "person":
                    self.step = "a cue or the subject of the sentence before"
                    return Attribution(a.speaker, a.start, a.end, None, a.kind)
        # 5a. A quote paragraph right after "X's response": X's words.
        if q.paragraph > 0 and q.open_mark - plo <= 1 and text[q.start : q.start + 1].isupper():
            a = self._response_owner(*self.layout.paragraphs[q.paragraph - 1])
            if a is not None:
                self.step = "a quote paragraph after someone's response"
                return a
        # 5'. A paragraph that opens with a quote after a paragraph whose last sentence
        # introduces it ("Pompeo declared, ¶ “…”", "Acme issued a statement: ¶ “…”"): the
        # cue's subject, or the subject of that sentence, speaks.
        if q.paragraph > 0 and q.open_mark - plo <= 1:
            a = self._introduced_by(*self.layout.paragraphs[q.paragraph - 1], q)
            if a is not None:
                self.step = "a quote paragraph after a sentence introducing it"
                return a
        # 5. A paragraph that opens with a quote continues the previous speaker.
        if self.done and q.open_mark - plo <= 1:
            prev_q = self.quotes[n - 1]
            if q.paragraph - prev_q.paragraph <= 2 and self.done[-1].speaker is not None:
                p = self.done[-1]
                self.step = "a paragraph opening with a quote continues the previous speaker"
                return Attribution(p.speaker, p.start, p.end, None, p.kind)
        # 5b. A paragraph that is only a quote, after a paragraph of indirect speech ("Maria
        # Lopez said the plan would fail. ¶ “We will not accept it.”): that speaker goes on.
        if (
            q.paragraph > 0
            and q.open_mark - plo <= 1
            # (a quote left open runs on into the next paragraph: it fills this one)
            and (q.close_mark is None or not text[q.close_mark + 1 : phi].strip())
            and text[q.start : q.start + 1].isupper()
            and (not self.done or self.quotes[n - 1].paragraph < q.paragraph - 1)
        ):
            prev_lo, prev_hi = self.layout.paragraphs[q.paragraph - 1]
            if not any(c in text[prev_lo:prev_hi] for c in '“”"'):
                # The last sentence of that paragraph with a strong cue ("Burns told Chortle
                # a phone call led to … But don't worry, this is no musical. ¶ ‘…’").
                pos = prev_hi
                for _ in range(_INDIRECT_SENTENCES):
                    s_start = self._sentence_start(max(prev_lo, pos - 1), prev_lo)
                    a = self._before(s_start, pos, q)
                    if a is not None and a.speaker is not None and a.cue in lx.STRONG_CUES:
                        self.step = "a quote-only paragraph after indirect speech"
                        return a
                    if s_start <= prev_lo:
                        break
                    pos = s_start
        # 6. A full-sentence quote with no cue of its own, after narration: the speaker of
        # the quote just before it (same or previous paragraph) goes on talking, unless
        # someone else is named in between.
        # A quote ending in a comma goes on to an attribution we did not read ("…,” she
        # sings): that is no continuation.
        # So does a quote after a colon that ends the narration ("That process led to a
        # realization: “It was …”").
        if (
            self.done
            and (not mid_sentence or before.rstrip().endswith(":"))
            and text[q.start : q.start + 1].isupper()
            and text[q.start : q.end].rstrip()[-1:] != ","
        ):
            prev_q, p = self.quotes[n - 1], self.done[-1]
            if p.speaker is not None and q.paragraph - prev_q.paragraph <= 1:
                gap_lo = self.q_ends[n - 1]
                others = [
                    r
                    for r in self._refs_in(gap_lo, q.open_mark)
                    if r.kind in ("person", "org") and r.name != p.speaker
                ]
                if not others and q.open_mark - gap_lo <= _MAX_LOOKBACK:
                    self.step = "a full-sentence quote continues the previous speaker"
                    return Attribution(p.speaker, p.start, p.end, None, p.kind)
        return _NONE

    def _introduced_by(self, lo: int, hi: int, q: QuoteSpan) -> Attribution | None:
        """The speaker that the paragraph lo..hi introduces when it ends with a colon or with
        a speech cue and a comma ("Alluding to Agee, Pompeo declared," / "Acme Corp. issued a
        statement on Friday:"): the cue's subject in its last sentence, else that sentence's
        subject."""
        text = self.text
        end = len(text[lo:hi].rstrip())
        tail = text[lo : lo + end]
        if tail.endswith(","):
            last = _LAST_WORD.search(tail)
            if last is None or last.group(1) not in lx.SPEECH_CUES:
                return None
        elif not tail.endswith(":"):
            return None
        hi = lo + end - 1
        if self._inside_quote(hi):
            return None
        s = self._sentence_start(max(lo, hi - 1), lo)
        a = self._before(s, hi, q)
        if a is None or a.speaker is None:
            a = self._subject(s, hi, groups=True, roles=True)
        if a is None or a.speaker is None:
            return None
        return a

    def _response_owner(self, lo: int, hi: int) -> Attribution | None:
        """The person whose response the last sentence of the paragraph lo..hi names, when
        it quotes nothing: "What is surprising is Trump's response when quizzed, reported
        Reuters." -> Trump (the quote paragraph after it is the response)."""
        text = self.text
        if any(c in text[lo:hi] for c in '“”"'):
            return None
        s = self._sentence_start(max(lo, hi - 1), lo)
        for r in self._refs_in(s, hi):
            m = _RESPONSE_AFTER.match(text, r.end)
            if r.kind == "person" and m is not None and lx.RESPONSE_NOUNS & set(m.groups()):
                return _from_ref(r)
        return None

    def _skip_to_next_cue(self, lo: int, hi: int) -> int | None:
        for wm in _ALPHA.finditer(self.text, lo, hi):
            if wm.group(0) in lx.STRONG_CUES:
                return wm.start()
        return None

    def _clause_end(self, lo: int, hi: int) -> int:
        """Where the attribution after a quote must stop: the next opening mark or the end
        of the sentence (a full stop after "Mr" or "Oct" ends nothing). The attribution is
        looked for within `CLAUSE_REACH` characters: a paragraph of thousands of quoted titles
        joined by "and" must not be scanned to its end for every quote."""
        hi = min(hi, lo + CLAUSE_REACH)
        skip_to = lo
        for m in _CLAUSE_END.finditer(self.text, lo, hi):
            if m.start() < skip_to:
                continue
            if self.text[m.start()] == "." and is_abbrev(self.text, m.start()):
                continue
            title = _TITLE_IN_PHRASE.match(self.text, m.start())
            if title and self.text[max(lo, m.start() - 2) : m.start()].strip() not in (",", ":"):
                # 'the "Pose" actor said': a short quoted title inside the phrase.
                skip_to = title.end() - 1
                continue
            return m.start()
        return hi

    def _later_cue(self, lo: int, phi: int) -> Attribution | None:
        """ ", Noem said in the announcement." after a partial quote."""
        text = self.text
        hi = self._clause_end(lo, phi)
        for wm in _ALPHA.finditer(text, lo, hi):
            w = wm.group(0)
            if w == "according" and text[wm.start() - 1 : wm.start()] in (" ", "\u00a0"):
                # “…” warming by the end of the century, according to a report from X;
                # “…” in the attack according to a hospital spokesperson (nobody).
                to = _TO.match(text, wm.end(), hi)
                if to is None:
                    continue
                got = self._resolve(to.end(), hi, lo)
                return _with_cue(got, "according to") if got is not None else None
            if not w.islower() or w not in lx.STRONG_CUES:
                continue
            back = text[max(lo, wm.start() - 60) : wm.start()]
            comma = back.rfind(",")
            if comma < 0:
                if wm.start() - lo < 40:
                    continue  # “…” announced in October, said X: the cue may come later
                return None
            if not back[comma + 1 :].strip():
                # “…” announced in October, said Derek Scissors: the cue, then the name.
                named = [r for r in self._refs_in(wm.end(), hi) if r.kind == "person"]
                if named and named[0].start - wm.end() <= 2:
                    return _from_ref(named[0], wm.group(0))
                return None
            if not self._names_speaker(wm.start() - len(back) + comma + 1, wm.start()):
                return None
            np_lo = wm.start() - len(back) + comma + 1
            got = self._resolve(np_lo, wm.start(), lo)
            return _with_cue(got, wm.group(0)) if got and got.speaker else None
        return None

    def _cue_after_bare_close(self, q: QuoteSpan, lo: int, off: int) -> bool:
        """A full-sentence quote whose closing mark has no punctuation before it and is
        followed straight by its cue: '“… improve workflow efficiency” says André Neu',
        '“… change their practice” he said'. A partial quote inside a sentence ('called it
        “a sham” said nothing') is not one."""
        text = self.text
        if not text[q.start : q.start + 1].isupper() or text[lo : lo + 1] not in (" ", "\u00a0"):
            return False
        plo = self.layout.paragraphs[q.paragraph][0]
        if text[self._sentence_start(q.open_mark, plo) : q.open_mark].strip():
            return False
        first = _ALPHA.match(text, off)
        if first and first.group(0) in lx.STRONG_CUES:
            return True  # "” says André Neu"
        pron = _PRONOUN_CUE.match(text, off)
        if pron and pron.group(1) in lx.STRONG_CUES:
            return True  # "” he said"
        nxt = _NAME_THEN_CUE.match(text, off)
        return nxt is not None and nxt.group(1) in lx.STRONG_CUES  # "” André Neu said"

    def _after(self, q: QuoteSpan, lo: int, phi: int) -> Attribution | None:
        text = self.text
        inner = text[q.start : q.end].rstrip(" ’'”\"")
        if inner[-3:-2] == "[" and inner[-1:] == "]":
            inner = inner[:-3] + inner[-2]  # "… going to heal us[,]": an editor's comma
        inner_end = inner[-1:] if inner else ""
        seg_hi = phi
        # Stop at the next quote mark or the end of the sentence.
        seg_hi = self._clause_end(lo, phi)
        seg = text[lo:seg_hi]
        lead = re.match(r"[\s’'”\"]*[,.;:!?—–-]?\s*", seg)
        off = lo + (lead.end() if lead else 0)
        if _NEW_CLAUSE.match(text, off, seg_hi):
            # '… told MSNBC Cummings "was a great man," while President Trump noted …': the
            # cue of a new clause is not this quote's.
            return None
        if lead and re.search(r"[—–]", lead.group(0)):
            # “…” — Maria Lopez: a dash and a name closing the paragraph or line.
            tail = text[off:phi].split("\n", 1)[0]
            refs = [r for r in self._refs_in(off, off + len(tail)) if r.kind != "place"]
            if refs and refs[0].start == off and len(tail.split()) <= 8:
                return _from_ref(refs[0])
        if (
            inner_end not in ",.!?…—–-"
            and not (lead and "," in lead.group(0))
            and not self._cue_after_bare_close(q, lo, off)
        ):
            return None
        if inner_end == "." and off < seg_hi and text[off].isupper():
            # “… on all sides.” China said …: a new sentence, unless a cue comes first
            # (“….” said Smith) or the name is followed straight by its cue.
            first_word = _ALPHA.match(text, off)
            if not (first_word and first_word.group(0).lower() in lx.STRONG_CUES):
                nxt = _NAME_THEN_CUE.match(text, off)
                if not (
                    nxt
                    and nxt.group(1) in lx.STRONG_CUES
                    and text[nxt.end() :].lstrip()[:1] in ".,"
                    # '… said, "This is political." He added, "It is a stunt."': a cue that
                    # opens the next quote is not this one's.
                    and not _OPENS_QUOTE.match(text, nxt.end())
                ):
                    return None
        for wm in _ALPHA.finditer(text, off, seg_hi):
            if wm.start() - off > 240:
                break
            w = wm.group(0)
            if not w.islower():
                continue
            # “…,” Mr. Trump recounted: a past-tense verb right after a name or pronoun.
            verb_after_name = (
                inner_end == ","
                and w.endswith("ed")
                and wm.start() > off
                and self._names_speaker(off, wm.start())
            )
            # “…,” reported the Washington Post: any speech cue that opens the clause after
            # a quote its comma left open, before its subject, is that quote's.
            inverted = wm.start() == off and inner_end in ",!?" and w in lx.SPEECH_CUES
            if (
                w not in lx.STRONG_CUES
                and w not in ("according", "reads", "read")
                and not verb_after_name
                and not inverted
            ) or not speaks_here(text, wm.end(), w):
                continue
            cue_lo, cue_hi = wm.start(), wm.end()
            if w == "according":
                to = re.match(r"\s+to\s+", text[cue_hi:seg_hi])
                if not to:
                    continue
                # 'Pelosi called it a "breach of his responsibilities," according to NBC':
                # a person with a cue before the quote in its sentence said it; the outlet
                # at the end is where the article read it.
                plo = self.layout.paragraphs[q.paragraph][0]
                prior = self._before(self._sentence_start(q.open_mark, plo), q.open_mark, q)
                # So does a group or body ("Officials called the bridge “unsafe,” according
                # to the Denver Post").
                if prior is not None and prior.speaker is not None:
                    return prior
                got = self._resolve(cue_hi + to.end(), seg_hi, q.open_mark)
                return _with_cue(got, "according to")
            if cue_lo == off and w.endswith("ing") and text[lo:off].strip() == ",":
                # '… as a "historic mandate", saying he intends to leave the EU': what
                # follows the participle is what was said; the sentence's subject said it.
                plo = self.layout.paragraphs[q.paragraph][0]
                got = self._subject(self._sentence_start(q.open_mark, plo), q.open_mark)
                if got is not None and got.speaker is not None and got.kind != "place":
                    return _with_cue(got, w)
            if cue_lo == off:
                # Cue first: ", said Scott Strenfel, PG&E's meteorologist."
                nxt = _ALPHA.search(text, cue_hi, seg_hi)
                got = self._resolve(cue_hi, seg_hi, q.open_mark)
                if (
                    (got is None or got.speaker is None)
                    and nxt
                    and nxt.group(0) in ("in", "on", "at", "last", "this", "earlier", "later")
                ):
                    # “…,” announced in October, said Derek Scissors: look on.
                    next_cue = self._skip_to_next_cue(cue_hi, seg_hi)
                    if next_cue is None:
                        return _with_cue(got, wm.group(0))
                    off = next_cue
                    continue
                return _with_cue(got, wm.group(0))
            region = text[off:cue_lo]
            first = _WORD.match(region.strip()) if region.strip() else None
            if first is None:
                return None
            fw = first.group(0)
            # A lower-case start ("that would prevent …") is no speaker unless it names one
            # ("company CEO Andy Vesey").
            if fw[0].islower() and fw.lower() not in _SPEAKER_OPENERS:
                refs = [r for r in self._refs_in(off, cue_lo) if r.kind != "place"]
                if not refs:
                    # “…!” officers announced: a bare plural group is its own subject.
                    return _with_cue(self._bare_group(off, cue_lo), w)
                if len(text[off : refs[0].start].split()) > 6:
                    return None
            got = self._resolve(off, cue_lo, q.open_mark)
            return _with_cue(got, wm.group(0))
        return None

    def _affiliated_person(self, s_lo: int, org: Referent) -> Referent | None:
        """The person an organisation before a cue is the affiliation of: "Nikki Holland of
        the UK's National Crime Agency (NCA) said", "Xiaogang Wei of the Beijing Gender
        Health Education Institute commented"."""
        persons = [r for r in self._refs_in(s_lo, org.start) if r.kind == "person"]
        if persons and _AFFILIATION_GAP.fullmatch(self.text, persons[-1].end, org.start):
            return persons[-1]
        return None

    def _unnamed_speaker(self, s_lo: int, cue_lo: int) -> Attribution | None:
        """A single unnamed person who speaks, where a name nearby would be taken for them:
        "A Syrian doctor on the scene told the BBC:", "One Aleppo resident said:" (nobody;
        "A Red Cross spokesman said": the organisation), and "Prosecutor Anna Berg said the
        caller told police:" (the caller, nobody, not the prosecutor around them)."""
        text = self.text
        lead = _LEAD_ADVERBIALS.match(text, s_lo, cue_lo)
        lo = lead.end() if lead else s_lo
        where = _UNNAMED_WITHIN.match(text, lo, cue_lo)
        if where is not None and where.group(1) in NULL_NOUNS:
            return _NONE  # "A source within the Interior Ministry said": nobody named
        mod = _UNNAMED_MODIFIED.match(text, lo, cue_lo)
        if (
            mod is not None
            and not _NAME_IN_APPOSITION.search(text, mod.end(1), cue_lo)
            and not any(r.kind in ("person", "org") for r in self._refs_in(mod.end(1), cue_lo))
        ):
            # "an Acme spokesman said", "A World Bank report called …": the organisation.
            if re.match(r"spokes|representative", mod.group(1)) or mod.group(1) in (
                lx.DOCUMENT_NOUNS
            ):
                orgs = [r for r in self._refs_in(lo, mod.start(1)) if r.kind == "org"]
                if orgs:
                    return _from_ref(orgs[0])
                return self._org_before_spokesperson(lo, cue_lo) or _NONE
            return _NONE
        inner = _UNNAMED_BEFORE_CUE.search(text, max(s_lo, cue_lo - 40), cue_lo)
        if (
            inner is not None
            and inner.group(1) in NULL_NOUNS
            and not self._refs_in(inner.start(), cue_lo)
        ):
            return _NONE
        return None

    def _according_opening(self, s_lo: int, open_mark: int) -> Attribution | None:
        """ "According to police and county officials, Zhukovskyy was driving “…”": a
        sentence that opens with its source gives it to the quotes in it (with no other cue
        before them); a lower-case group there speaks under the article's words."""
        lead = _LEAD_ADVERBIALS.match(self.text, s_lo, open_mark)
        m = _ACCORDING_OPENING.match(self.text, lead.end() if lead else s_lo, open_mark)
        if m is None or self.layout.sentence_start(open_mark) > m.start():
            return None
        words = m.group(1).split()
        head = words[-1]
        if all(w.islower() for w in words) and (
            (head.endswith("s") and head[:-1] in lx.ROLE_NOUNS) or head in _COLLECTIVE
        ):
            got: Attribution | None = Attribution(m.group(1), m.start(1), m.end(1), None, "group")
        else:
            got = self._resolve(m.start(1), m.end(1), open_mark)
        return _with_cue(got, "according to")

    def _before(self, s_lo: int, open_mark: int, q: QuoteSpan) -> Attribution | None:
        text = self.text
        # A "sentence" with no real boundary can run for the whole text; looking back a
        # bounded stretch keeps thousands of quotes in it linear.
        s_lo = max(s_lo, open_mark - _MAX_LOOKBACK)
        words_of = _IN_THE_WORDS_OF.search(
            text, max(s_lo, open_mark - 120), open_mark
        ) or _IN_ONES_WORDS.search(text, max(s_lo, open_mark - 120), open_mark)
        if words_of is not None:
            # "in the words of the Crown prosecutor, Mark Tedeschi, QC, “…”": the source.
            got = self._resolve(words_of.start(1), words_of.end(1), open_mark)
            if got is not None and got.speaker is not None:
                return _with_cue(got, "in the words of")
        what = _WHAT_SUBJECT.search(text, max(s_lo, open_mark - 80), open_mark)
        if what is not None and not self._refs_in(what.start(1), what.end(1)):
            # Evidence `what_subject_calls`: "creating what the scientists describe as “…”":
            # the subject of the "what" clause coins the words, whatever cue came before.
            got = self._resolve(what.start(1), what.end(1), q.open_mark)
            if got is not None and got.speaker is not None:
                return _with_cue(got, what.group(2))
        cue_m = None
        for wm in _ALPHA.finditer(text, s_lo, open_mark):
            w = wm.group(0)
            # "States" in "United States" is no cue: cues are written in lower case.
            if (
                w.islower()
                and w in lx.SPEECH_CUES
                and speaks_here(text, wm.end(), w)
                and not self._inside_quote(wm.start())
            ):
                cue_m = wm
        if cue_m is None:
            return self._according_opening(s_lo, open_mark)
        cue_lo, cue_hi = cue_m.start(), cue_m.end()
        cue = cue_m.group(0)
        if (
            cue in _LISTENER_CUES
            and _PASSIVE_BEFORE.search(text, max(s_lo, cue_lo - 24), cue_lo)
            and _THAT_OR_QUOTE.match(text, cue_hi, open_mark + 1)
        ):
            # "In one briefing note she was warned that “…”": she listened; who warned her
            # is the agent the sentence before names ("was advised by the No 10 policy
            # unit"), or nobody.
            return _with_cue(self._agent_before(s_lo) or _NONE, cue)
        by = _BY_AGENT.match(text, cue_hi, open_mark)
        if by is not None and not _AS_BEFORE.search(text, max(s_lo, cue_lo - 4), cue_lo):
            # ("as reported by the Daily News": where the article read it, not who spoke.)
            # "were described by Johnson as a “historic mandate”": the agent speaks.
            agent = [r for r in self._refs_in(by.end(), open_mark) if r.kind != "place"]
            if agent and agent[0].start == by.end():
                return _from_ref(agent[0], cue)
        if cue.lower() == "according":
            got = self._resolve(cue_hi, open_mark, q.open_mark)
            return _with_cue(got, "according to")
        who = _WHO_BEFORE.search(text, max(s_lo, cue_lo - 60), cue_lo)
        if who is not None:
            # "The bill was drafted by Alex Greenwich who said …": the person the relative
            # clause hangs on speaks.
            named = [r for r in self._refs_in(s_lo, who.start()) if r.kind == "person"]
            if named and who.start() - named[-1].end <= 3:
                return _from_ref(named[-1], cue)
        lead = _LEAD_ADVERBIALS.match(text, s_lo, cue_lo)
        s_start = lead.end() if lead else s_lo
        tied = [r for r in self._refs_in(s_start, cue_lo) if r.kind == "person"]
        if (
            len(tied) == 1
            and self._unnamed_tied_to(s_start, tied[0])
            and not _verb_in(text, tied[0].end, cue_lo)
        ):
            # "A former business partner of Morales recalled “…”": an unnamed person.
            return _with_cue(_NONE, cue)
        of = self._role_group_of(s_start, cue_lo, self._refs_in(s_start, cue_lo))
        if (
            of is not None
            and of.end is not None
            and _SHORT_VERB_GAP.fullmatch(text, of.end, cue_lo)
        ):
            # "Members of the House of Commons protested by shouting": the sentence's subject
            # is the group, not the body it is of.
            return _with_cue(of, cue)
        if cue.endswith("ing") and text[s_lo:cue_lo].rstrip().endswith(","):
            # "Sanders shared his reasoning, pointing out he trailed Joe Biden, saying …":
            # a participle after a comma speaks for the sentence's subject, not the name
            # nearest the cue.
            lead = _LEAD_ADVERBIALS.match(text, s_lo, cue_lo)
            s_start = lead.end() if lead else s_lo
            opening = [r for r in self._refs_in(s_start, cue_lo) if r.kind != "place"]
            if (
                opening
                and opening[0].kind == "org"
                and _NAME_OPENING.fullmatch(text, s_start, opening[0].start)
                and _SUBJECT_VERB_AFTER.match(text, opening[0].end)
            ):
                # "Big Machine Records has denied Swift's claims, saying …": an organisation
                # opening the sentence is its subject, whoever is named after it.
                return _from_ref(opening[0], cue)
            subj = self._subject(s_lo, cue_lo, groups=False)
            if subj is not None and subj.speaker is not None and subj.kind in ("person", "org"):
                return _with_cue(subj, cue)
        # The word(s) right before the cue name the speaker if they are a name or pronoun.
        near_lo = cue_lo
        for _ in range(4):
            m = re.search(r"[^\s“”\"]+[ \u00a0]*$", text[s_lo:near_lo])
            if not m:
                break
            near_lo = s_lo + m.start()
        unnamed = self._unnamed_speaker(s_lo, cue_lo)
        if unnamed is not None:
            return _with_cue(unnamed, cue)
        latter = _LATTER.search(text, max(s_lo, cue_lo - 40), cue_lo)
        if latter is not None:
            got = self._latter_or_former(latter.group(1), latter.start())
            if got is not None:
                return _with_cue(got, cue)
        modified = self._name_modified_group(s_start, cue_lo)
        if modified is not None:
            return _with_cue(modified, cue)
        near = [
            r
            for r in self._refs_in(near_lo, cue_lo)
            if not self._governed(r.start) and not document_word(r)
        ]
        role = _ORG_THEN_ROLE.fullmatch(text, near[-1].end, cue_lo) if near else None
        if (
            role is not None
            and near[-1].kind in ("org", "place")
            and role.group(1) in lx.ROLE_NOUNS
            and role.group(1) not in lx.ORG_ROLE_NOUNS
            and text[max(s_lo, near[-1].start - 4) : near[-1].start].lower().strip() == "the"
        ):
            # "The Wooster professor added": the organisation says whose professor; the
            # professor is the person named before.
            got = self._role_person(role.group(1), near[-1].start, q.open_mark)
            if got is not None:
                return _with_cue(got, cue)
        pm = None
        for pm_ in _PRONOUN.finditer(text, near_lo, cue_lo):
            if not self._inside_quote(pm_.start()) and not self._in_name(pm_.start()):
                pm = pm_
        if near or pm:
            if pm is not None and (not near or pm.start() > near[-1].start):
                got = self._resolve(pm.start(), pm.end(), q.open_mark)
                return _with_cue(got, cue)
            persons = [r for r in near if r.kind == "person"]
            named = [r for r in near if r.kind != "place"]
            if persons and self._in_apposition(persons[-1]) and not self._holds_role(persons[-1]):
                # "Prince Andrew, the brother of the heir, Charles, has told": the name in
                # the apposition is not the subject; the sentence's subject speaks.
                subj = self._subject(s_lo, persons[-1].start)
                if subj is not None and subj.kind == "person" and subj.speaker != persons[-1].name:
                    return _with_cue(subj, cue)
            if named and _COMMA_BEFORE_CUE.search(text, max(s_lo, cue_lo - 40), cue_lo):
                # "Howard Rubel, a Toronto lawyer representing Spanton, told the BBC", "Maurice
                # Obstfeld, who teaches at the University of California, Berkeley, has warned":
                # the name in the apposition is not the subject; the name it describes speaks.
                subj = self._subject(s_lo, cue_lo)
                if (
                    subj is not None
                    and subj.kind == "person"
                    and subj.end is not None
                    and subj.speaker != named[-1].name
                    and (
                        _APPOSITION_OPENS.match(self.text, subj.end)
                        or self._role_apposition(subj.end)
                    )
                ):
                    return _with_cue(subj, cue)
            app = (
                _APPOSITION_BEFORE.search(text, max(s_lo, named[-1].start - 8), named[-1].start)
                if named and not persons
                else None
            )
            if app is not None and text[s_lo:cue_lo].rstrip().endswith(","):
                # "Chuck Schumer, the Senate minority leader, told": the organisation in the
                # apposition says whose leader; the name it describes speaks.
                subj = self._subject(s_lo, app.start())
                if subj is not None and subj.speaker is not None and subj.kind == "person":
                    return _with_cue(subj, cue)
            if not persons and named and named[-1].kind == "org":
                # "(NCA)" after the name is the same organisation, and the name after "of"
                # is no subject of its own: try each organisation before the cue.
                for org in self._refs_in(s_lo, cue_lo):
                    holder = self._affiliated_person(s_lo, org) if org.kind == "org" else None
                    if holder is not None:
                        return _from_ref(holder, cue)
            if not persons and named and named[-1].kind == "org":
                owner = self._document_owner(named[-1], cue_lo)
                if owner is not None:
                    return _from_ref(owner, cue)
            if persons or named:
                return _from_ref(persons[-1] if persons else named[-1], cue)
            if re.fullmatch(_AUX_GAP, text[near[-1].end : cue_lo]):
                return _from_ref(near[-1], cue)  # "China said"
        lead = _LEAD_ADVERBIALS.match(text, s_lo, cue_lo)
        plural = _PLURAL_SUBJECT.fullmatch(text, lead.end() if lead else s_lo, cue_lo)
        if plural and not self._refs_in(plural.start(), plural.end(1)):
            # "Officials at the agency said …": a plural noun phrase right before its cue.
            head = plural.group(1).split()[-1].lower()
            if head in NULL_NOUNS:
                return _with_cue(_NONE, cue)
            if not head.endswith(("ss", "us", "is")):
                a, b = plural.start(1), plural.end(1)
                return Attribution(text[a:b], a, b, cue, "group")
        lo = lead.end() if lead else s_lo
        if (
            _UNNAMED_SUBJECT.match(text, lo, cue_lo)
            and not _NAME_IN_APPOSITION.search(text, lo, cue_lo)  # "One activist, Nur Khan,"
            and not any(r.kind in ("person", "org") for r in self._refs_in(lo, cue_lo))
        ):
            # "A doctor on the scene told the BBC: …", "One resident said": a single unnamed
            # person (null), or "a spokesman for the company" (the organisation).
            return _with_cue(self._resolve(lo, cue_lo, q.open_mark) or _NONE, cue)
        part = _PART_OF.match(text, lo, cue_lo)
        if part is not None and any(
            w.lower() in lx.DOCUMENT_NOUNS for w in _WORD.findall(text, part.end(), cue_lo)
        ):
            # "Part of the judge's statement reads": the text's author, as for the whole.
            s_lo = part.end()
        got = self._subject(s_lo, cue_lo)
        return _with_cue(got, cue)
