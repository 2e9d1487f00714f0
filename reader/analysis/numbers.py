"""Numeric expressions: digits, money, percentages, dates, times, scores, spelled numbers.

One alternation regex, tried left to right, finds each candidate with its longest form first
(a date before its day number, money before its digits). The surroundings then decide the
kind (a unit word after makes a measure, a name before it makes it part of a name and drops
it) and the normalised value and unit.
"""

from __future__ import annotations

import bisect
import re

from reader.analysis import lexicon as lx
from reader.analysis.model import Number, NumberKind
from reader.analysis.segment import is_abbrev

# A whole number may carry a vulgar fraction: "18½-minute", "2¼ hours".
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375}
_VULGAR |= {"⅝": 0.625, "⅞": 0.875}
_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
# Only where a number stands alone or before a hyphen unit (the pattern inlines _NUM many
# times; each copy costs compile and match time).
_NUM_VULGAR = _NUM[:-1] + r"|\d+[½¼¾⅓⅔⅛⅜⅝⅞])"
# Month names from the vocabulary, longest first ("September" before "Sept." before "Sep");
# an abbreviation may carry its dot.
_FULL_MONTHS = {max((m for m in lx.MONTHS if lx.MONTHS[m] == n), key=len) for n in range(1, 13)}
_MONTH = (
    "(?:"
    + "|".join(
        m.capitalize() + ("" if m in _FULL_MONTHS else r"\.?")
        for m in sorted(lx.MONTHS, key=lambda m: (-len(m), m))
    )
    + ")"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DAY_OF = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\sof\s"  # "the 27th of October"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_CUR = (
    r"(?:(?:US|HK|NZ)\s?\$\s?|A\$|C\$|S\$|R\$|[$€£¥₹₽₩₺₪₦₿]|(?:USD|EUR|GBP|JPY|CHF|CNY|RUB)\s?"
    r"|N(?=\d[\d,.]*\s?(?:m|bn|million|billion|trillion)\b)"
    r"|(?:Rs\.?|INR|KSh|Rp\.?|RM)\s?(?=\d))"  # rupees, shillings, rupiah, ringgit in letters
)
# Currencies written with letters, which the vocabulary's symbol table does not hold.
_LETTER_CURRENCIES = {"Rs": "INR", "Rs.": "INR", "INR": "INR", "KSh": "KES", "Rp": "IDR"}
_LETTER_CURRENCIES |= {"Rp.": "IDR", "RM": "MYR"}
# "US$171-million": a scale word glued by a hyphen stays in the money span.
_SCALE = (
    r"(?:\s?(?:million|billion|trillion|quadrillion|thousand|lakh|crore)\b"
    r"|-(?:million|billion|trillion)\b(?!-(?!(?:a|an|per)-))"  # "$10-million-a-year deal"
    r"|(?:bn|mn|m|k|K|tn|B|M)\b)"
)
_GLUED_UNIT = (
    r"(?:km|kg|cm|mm|nm|m|ft|lbs|lb|mph|kph|mg|ml|ms|GB|MB|TB|GHz|MHz|kHz|Hz|mAh|kWh|kW|MW|GW|W"
    r"|MP|fps|FPS|hp|bhp|rpm|psi|Tb|Gb|Wh|ppi|k|K|C|F|x)"
)
# Display resolutions: "1080p", "720p" (a measure, bench/folds/README.md).
_RESOLUTION = r"(?:240|360|480|720|1080|1440|2160|4320)p"
# "4K", "8K": a display resolution; "50k" without a currency is a thousands scale.
_RESOLUTION_K = frozenset({"2K", "4K", "5K", "6K", "8K", "16K"})
_SCREEN_AFTER = re.compile(
    r"[ \u00a0](?i:video|streaming|resolution|display|screen|tv|hdr|uhd|content|footage)\b"
)
# Without a currency, a glued single letter is a unit (100m, 4K), not a scale.
_WORD_SCALE = (
    r"(?:\s?(?:million|billion|trillion|quadrillion|thousand|lakh|crore)\b|(?:bn|mn|tn)\b)"
)
_NW = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)"
)
_TENS_UNITS = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s"
    r"(?:one|two|three|four|five|six|seven|eight|nine)\b"
)
_NW_ALL = (
    rf"(?:(?:{_TENS_UNITS}|{_NW}(?:-{_NW})?)"
    rf"(?:\s(?:hundred|thousand|million|billion|trillion|quadrillion|dozen)"
    rf"(?:\s(?:and\s)?{_NW}(?:-{_NW})?)?)*)"
)
_BIG_WORDS = (
    r"(?:dozens|hundreds|thousands|millions|billions|dozen|hundred|thousand|million|billion"
    r"|trillion|quadrillion)"
)
_PERCENT_SIGN = r"(?:%|percent\b|per\scent\b|percentage[\s-]points?\b)"  # "10 percentage-point"
# "a 20%-owned unit", "a 50%-plus stake": a word glued to the sign by a hyphen, as in
# "20-percent-owned".
_PERCENT_GLUED = r"(?:(?<=%)-[a-z]+\b(?![-/]))?"
# A percent sign or word after a number the pattern took without it: "40-plus percent",
# "two-and-a-half percent".
_PERCENT_AFTER = re.compile(r"[ \u00a0]?(?:%|percent\b|per[ \u00a0]cent\b)")
_FRACTION_NOUN = r"(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?"  # "two thirds of"
_SCALE_AFTER_SCALE = r"(?:\s(?:thousand|million|billion|quadrillion))?"  # "hundred thousand"
_RANGE_UNIT = r"(?:°[CF]?(?!\w)|(?:km|kg|cm|mm|ft|mph|GB|TB|GHz|Hz|C|F|x)\b)"  # "30-35C", "1-2x"
# "3 p.m.", "3 P.M.", and "3 p.m" where the sentence's full stop took the closing dot.
_MERIDIEM = r"(?:[ap]\.m\.|[AP]\.M\.|[ap]\.m\b)"
_AM_PM = rf"(?:{_MERIDIEM}|am\b|pm\b|AM\b|PM\b)"  # "11am-4pm": a clock range is one time
_PLURAL_OF = r"(?:tens|dozens|hundreds|thousands|millions)\sof\s(?:thousands|millions|billions)"

_PATTERN = re.compile(
    rf"""
    (?P<date>
        \b{_MONTH}\s{_DAY}(?:[-–](?:{_MONTH}\s)?{_DAY}(?!\d))?(?:,?\s(?:of\s)?{_YEAR})?(?![\d,]\d)
      | (?<![\d.])(?:{_DAY}(?:[-–]{_DAY})?\s|{_DAY_OF}){_MONTH}(?:,?\s{_YEAR})?(?!\w)
      | \b{_MONTH},?\s{_YEAR}(?:[-–]{_MONTH},?\s{_YEAR})?(?!\d)
      | (?<![\d/.-])(?:\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})|{_YEAR}-[01]\d-[0-3]\d
          |{_YEAR}\.[01]\d\.[0-3]\d)(?![\d/-])
    )
  | (?P<time>
        (?<![\d:.])\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\.\d{{1,3}})?(?:\s?(?:{_MERIDIEM}|am|pm|AM|PM)(?!\w))?
        (?:[-–](?:\d{{1,2}}:\d{{2}}|\d{{1,2}}(?=\s?{_AM_PM}))
           (?:\s?(?:{_MERIDIEM}|am|pm|AM|PM)(?!\w))?)?(?![\d:])
      | (?<![\d.,])\d{{1,2}}(?:\.[0-5]\d)?(?:[-–]\d{{1,2}}(?:[.:][0-5]\d)?(?=\s?{_AM_PM}))?
        \s?{_AM_PM}(?:[-–]\d{{1,2}}(?:[.:][0-5]\d)?\s?{_AM_PM})?
      | (?<![\d.,])\d{{1,2}}\so['’]clock\b
    )
  | (?P<fraction>(?<![\w.,/-])\d+(?:-\d+|[ \u00a0]\d)?/\d+(?![\w/])(?:\s?{_PERCENT_SIGN})?)
  | (?P<milit>(?<![\w.,])[0-2]\d[0-5]\d(?=\s?(?:GMT|UTC|GMT|ET|EST|EDT|PST|PDT|CET|BST)\b))
  | (?P<odds>(?<![\w-])(?:\d+|(?i:{_NW}))-(?:in|of|for)-(?:\d+|(?i:{_NW}))(?![\w-]))
  | (?P<record>(?<=\()\d{{1,3}}-\d{{1,3}}-\d{{1,3}}(?=\)))
  | (?P<triple>(?<![\w.,/-])\d{{1,3}}-\d{{1,3}}-\d{{1,3}}(?![\w/-]|[.,]\d))
  | (?P<money>(?<![\w$]){_CUR}{_NUM}(?:[-–]{_CUR}?{_NUM}(?![\w.,]\d))?(?:{_SCALE})?)
  | (?P<percent>(?<![\w.,]){_NUM}(?:%?\s?[-–]\s?{_NUM})?\s?{_PERCENT_SIGN}{_PERCENT_GLUED})
  | (?P<height>(?<![\w.,-])\d-(?:foot|feet)-\d{{1,2}}(?:-inch(?:es)?)?\b(?!-\w)
      | (?<![\w.,'’-])[1-9]['’′][ \u00a0]?(?:1[01]|\d)(?:\.\d)?(?:["”″]|['’]{{2}})(?!\w))
  | (?P<bydim>(?<![\w.,-]){_NUM}-by-{_NUM}(?:-(?!{_NW}\b)[a-z]+)?\b(?![\w-]))
  | (?P<apyear>(?<![\w.,’'])’\d\d(?![\w’'%]|[.,]\d))
  | (?P<moneyafter>(?<![\w.,$]){_NUM}[$€£¥₩₹](?![\w$]))
  | (?P<torange>(?<![\w.,-])(?:{_NUM}|(?i:{_NW}))-to-(?:{_NUM}|(?i:{_NW}))
        (?:-(?!{_NW}\b)[a-z]+){{0,2}}\b(?![\w-]|[ \u00a0](?:hundred|thousand|million|billion)))
  | (?P<hyunit>(?:(?<![\w.,-])(?:{_NUM_VULGAR}(?:[-–]{_NUM}(?=-[a-z]))?
                                 |(?i:{_NW}(?:-{_NW})?|hundred|thousand))
        |(?<=[a-z]-){_NUM})(?:-(?!{_NW}\b)[a-z]+){{1,3}}\b(?!-\w))
  | (?P<range>(?<![\w.,-]){_NUM}\s?[-–]\s?{_NUM}(?![\w.]\d|-|\d)(?:{_WORD_SCALE}|{_RANGE_UNIT})?)
  | (?P<ordinal>(?<![\w.,])\d+(?:st|nd|rd|th)(?:[-–]\d+(?:st|nd|rd|th)(?![\w-]))?\b(?:-century\b)?)
  | (?P<decade>(?<![\w.,])(?:\d{{4}}|\d{{3}}0['’]|['’]?\d0)s\b)
  | (?P<agegroup>(?:(?<=\bover[- ])|(?<=\bunder[- ]))\d{{1,2}}s\b)
  | (?P<dimension>(?<![\w.,-])[1-4]-?D(?![\w-]|[ \u00a0][A-Z]))
  | (?P<glued>(?<![\w.,])(?:{_RESOLUTION}\b|{_NUM}(?:{_GLUED_UNIT}\b|°[CF]?(?!\w))))
  | (?P<digits>(?<![\w.,]){_NUM_VULGAR}(?:{_WORD_SCALE}{_SCALE_AFTER_SCALE})?(?![\w]))
  | (?P<rank>(?<![\w#])\#\d{{1,3}}(?!\w))
  | (?P<rankno>\bNo\.[ \u00a0]?\d{{1,3}}(?![\w,.]\w|\w))
  | (?P<wfraction>\b(?i:{_NW})\s(?i:{_FRACTION_NOUN})(?=\sof\b))
  | (?P<wpercent>\b(?i:{_NW_ALL})\s(?:percent|per\scent|percentage[\s-]points?)\b)
  | (?P<words>\b(?i:{_PLURAL_OF}|{_NW_ALL}|(?:{_NW}\s)?{_BIG_WORDS}{_SCALE_AFTER_SCALE})\b)
    """,
    re.VERBOSE,
)

_SCALE_VALUE = {
    "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
    "thousand": 1000, "bn": 1_000_000_000, "mn": 1_000_000, "m": 1_000_000, "k": 1000,
    "tn": 1_000_000_000_000, "b": 1_000_000_000, "lakh": 100_000, "crore": 10_000_000,
    "quadrillion": 10**15,
}  # fmt: skip
# A cricket innings: "England 245-6" is runs for wickets, a score above the 200 of other sports.
_CRICKET = re.compile(r"\b(?:overs?|wickets?|stumps|innings|declared|all out|not out)\b")
_SPORT = re.compile(
    r"\b(?:win|won|wins|beat|beats|defeat|defeated|defeats|victory|lost|loss|lose|draw|drew|"
    r"score|scored|lead|led|match|game|goal|goals|set|sets|tie|final|series|rallied|past|"
    r"beating|beaten|defeating|thrashed|trounced|edged|topped|routed|swept|group|doubles|"
    r"singles|points|innings|half-time|"
    r"halftime|overtime|playoff|league|cup)\b",
    re.IGNORECASE,
)
_ONE_AFTER = re.compile(
    r"\s*(?:of\b|another\b|who\b|that\b|which\b|or\b(?![ \u00a0](?:two|three|more)\b)|'s\b|’s\b"
    r"|[,.;:!?)\"”]|$|might\b|may\b|must\b|should\b|cannot\b|can['’]t\b|need[ \u00a0]not\b"
    r"|does(?:n['’]t)?\b|did(?:n['’]t)?\b|now\b|just\b|almost\b|too\b|"
    r"thing\b|(?:day|night)\b(?![ \u00a0](?:a|per|each)\b)|way\b|point\b|time\b|more\b|else\b|"
    r"by\b|for\b|against\b|last\b|next\b|"
    r"in\b|at\b|is\b|was\b|would\b|could\b|can\b|will\b|has\b|had\b|with\b|called\b|named\b)",
)
_ONE_BEFORE = re.compile(
    r"(?:\bno|\bthe|\bany|\bevery|\beach|\bthis|\bthat|\bwhich|\bsome|\blittle|\bsuch|\bno-"
    r"|\bas|\bnumber|\bother|\bdoes|\bdid|\bdo)\s*$",
    re.IGNORECASE,
)
# A capitalised word right after a bare number of three or more digits that is no plural,
# month or weekday: a model name ("737 Max", "787 Dreamliner").
_MODEL_AFTER = re.compile(
    r"(?<=\d{3})[ \u00a0](?:"
    + "|".join(sorted((w.capitalize() for w in lx.MODEL_WORDS), key=len, reverse=True))
    + r")\b"
)
_NAME_BEFORE = re.compile(r"([A-Za-z][\w&+.-]*)[ \u00a0]$")
# The unit word after a number ("72 hours", "five-day"; "[Ten] years", an editor's bracket).
_UNIT_AFTER = re.compile(r"\]?[ \u00a0]?(?:-)?([A-Za-z]+(?:/[a-z]+|-years?)?)")
_CURRENCY_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:(?:US|U\.S\.|Australian|Canadian|Hong[ \u00a0]Kong|New[ \u00a0]Zealand"
    r"|Singapore)[ \u00a0]+)?"
    r"(dollars?|euros?|sterling|pounds(?=[ \u00a0]sterling\b)|yen|yuan|rupees|rubles|roubles"
    r"|francs|pesos)\b"
)
# A sport's year is a span of time as a year is: "spent six seasons", "the past two seasons".
_SEASONS = frozenset({"season", "seasons"})
_THE_YEAR_BEFORE = re.compile(r"\b[Tt]he[ \u00a0]year[ \u00a0]$")
# An era marker after or before a number makes it a year: "5,316 BCE", "500 B.C.", "AD 410".
_ERA_AFTER = re.compile(r"[ \u00a0](?:BCE?|B\.C\.(?:E\.)?|CE|A\.D\.)(?!\w)")
_ERA_BEFORE = re.compile(r"\b(?:AD|A\.D\.)[ \u00a0]$")
# A closing mark right after a number opened by a quotation mark: the number is all it quotes.
_QUOTED_ALONE = re.compile(r"[,.]?[”\"]")
# A law's title holds its year: "Reform Bill 2019", "the Communications Decency Act of 1996".
_LAW_BEFORE = re.compile(
    r"\b(?:Act|Bill|Directive|Regulation|Ordinance|Statute)(?:[ \u00a0]of)?[ \u00a0]$"
)
# A mixed number keeps its fraction: "two and a half years" -> "two and a half" (the folds'
# convention; cutting it records a number the text does not state).
_AND_A_HALF = re.compile(r"[ \u00a0]and[ \u00a0]an?[ \u00a0](?:half|quarter)\b")
_AND_A_PART = frozenset({"and-a-half", "and-a-quarter"})  # "two-and-a-half"
_MIXED_GROUPS = frozenset({"words", "digits"})
_SCALE_AFTER_HALF = re.compile(r"[ \u00a0](thousand|million|billion|trillion)\b")
_SUBUNIT_AFTER = re.compile(r"[ \u00a0](cents?|pence)\b")
# "2.6 times more lethal", "50 times the level": a multiplier, not a count of times.
_TIMES_AFTER = re.compile(
    r"[ \u00a0]times[ \u00a0]+(?:more|less|fewer|greater|higher|larger|bigger|faster|smaller"
    r"|lower|longer|stronger|as(?=[ \u00a0]+[a-z])|the|that|its|their|his|her)\b"
)  # "as" before an adjective: "three times as contagious", not "four times as All-Star MVP"
# "17th Street", "the 25th Amendment", "10 Downing Street": a number naming a place or a law.
_STREET_WORDS = r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Amendment|Precinct)"
# "17th Street", "the 4th District Court", "the 9th Circuit": an ordinal in a name.
_ORDINAL_NAME_AFTER = re.compile(
    rf"[ \u00a0](?:{_STREET_WORDS}|District|Circuit|Congressional|Ward|Division|Regiment"
    r"|Battalion|Infantry|Fleet|Corps)\b"
)
_ADDRESS_AFTER = re.compile(rf"[ \u00a0][A-Z][a-z]+[ \u00a0]{_STREET_WORDS}\b")
# "over 1800 people": an approximate count, not a year.
_APPROX_BEFORE = re.compile(
    r"(?i:\b(?:over|about|nearly|almost|than|around|least|some|roughly|approximately))[ \u00a0]$"
)
_LOWER_WORD_AFTER = re.compile(
    r"[ \u00a0](?!(?:to|and|or|through|until|till|when|in|on|at|the|a|an|of|for|by)\b)[a-z]+\b"
)
# "Braun, 38," or "the former star, 42,": an age after a name or a person noun.
_AGE = re.compile(
    r"(?:[A-Z][\w’'.-]*|\b(?i:mother|father|mum|mom|dad)-of-[a-z]+|\b(?:"
    + "|".join(
        sorted(
            set(lx.ROLE_NOUNS)
            | {"man", "woman", "boy", "girl", "mother", "father", "wife", "husband", "son"}
            | {"daughter", "victim", "resident", "teenager", "patient", "friend", "worker"}
            | {"brother", "sister", "niece", "nephew", "grandson", "granddaughter", "suspect"}
            | {"juvenile", "child", "toddler", "baby", "student", "driver", "passenger"},
            key=len,
            reverse=True,
        )
    )
    + r")),\s$"
)
# Identifiers are not quantities: DOIs, ISBNs and other long hyphen-chained digit codes, URLs.
_IDENTIFIER_ALTERNATIVES = (
    r"(?<![\w-])(?:\(\d{2,4}\)\s?|\d{2,4}[-.])\d{3,4}[-.]\d{4}(?![\w-])"  # phone numbers
    r"|\b10\.\d{4,9}/\S+|(?<![\w-])\d+(?:-\d+){3,}\b|\b(?:https?://|www\.)\S+|\bISBN[\s:]*[\d-]+X?"
)
# Each alternative opens with "(", a digit, "h", "w" or "I": one look at that character spares
# the engine trying all five at every other position (a quarter of the cost).
_IDENTIFIER = re.compile(rf"(?=[(\dhwI])(?:{_IDENTIFIER_ALTERNATIVES})")
# "phase one", "day two": a spelled number naming a stage is a label, like a word ordinal.
_LABEL_BEFORE = re.compile(
    r"\b(?:phase|stage|step|part|chapter|season|episode|round|level|act|book|volume|tier)\s$",
    re.IGNORECASE,
)
_ID_SEPS = frozenset("-/.():")
_GROUND_BEFORE = re.compile(r"\b(?i:ground)[ \u00a0]$")
_EMERGENCY_AFTER = re.compile(
    r"[ \u00a0](?:calls?|dispatch\w*|operators?|system|services?|cent(?:er|re))\b"
)
_EMERGENCY_BEFORE = re.compile(
    r"\b(?:call|calls|called|calling|dial|dialed|dialled|dialing|phone|phoned|phoning|ring|rang"
    r"|text|texted)[ \u00a0]$"
)
_TITLE_AFTER = re.compile(r": (?:A|An|The) [A-Z]")  # "2001: A Space Odyssey"
_FRACTION_WORDS = frozenset(
    re.split(
        r"\s+",
        "half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths "
        "seventh sevenths eighth eighths ninth ninths tenth tenths hundredth hundredths",
    )
)
_TIEBREAK = re.compile(r"\d-\d\s\($")
_ADJ = (
    r"(?:straight|consecutive|more|full|additional|extra|whole|long|short|metric|square|cubic|"
    r"nautical|light|years|previous|past|last|next|first|hard|frames|Earth|calendar|business|"
    r"working|solid|successive|entire|fluid|troy|statute|imperial|US|U\.S\.)"
)
# A unit the lists lack is still a unit where the sentence measures: after a verb or a noun
# of measuring ("weighing 500 zentner", "a depth of 300 sazhen") or before a dimension ("30
# storeys high", "eight lanes wide"). Not "capacity", "volume" or "area", which count seats,
# shares and homes as often, nor "away" or "across" ("two wins away", "1,000 destinations
# across the alliance").
_MEASURING_BEFORE = re.compile(
    r"\b(?:weigh(?:s|ed|ing)?|measur(?:es|ed|ing)|(?i:height|depth|length|width|distance"
    r"|altitude|elevation|diameter|radius|speed|velocity|temperature|thickness|wingspan|weight)s?"
    r"[ \u00a0]of)"
    r"(?:[ \u00a0]+(?:about|around|nearly|almost|some|roughly|approximately|just|only|over"
    r"|under|up[ \u00a0]to|more[ \u00a0]than|less[ \u00a0]than))?[ \u00a0]+$"
)
_MEASURING_UNIT = re.compile(
    r"[ \u00a0]+(?!(?:a|an|and|at|by|for|in|of|on|or|per|the|to)\b)([a-z]+)\b"
)
_DIMENSION_AFTER = re.compile(
    r"[ \u00a0]+(?![a-z]+ly\b|(?:very|so|too|as|more|less|most|quite|fairly|pretty)\b)([a-z]+)"
    r"[ \u00a0]+(?:tall|high|long|wide|deep|thick"
    r"|in[ \u00a0](?:diameter|length|height|width|depth))"
    r"(?=[,.;:)!?]|[ \u00a0]+(?:and|or|but|at|in|on|with|by|from|over|above|below|into|to|when"
    r"|while|than|[–—])\b|$)"
)
_UNIT_AFTER2 = re.compile(rf"[ \u00a0]{_ADJ}[ \u00a0]([A-Za-z]+)")
_WHEN_AFTER = re.compile(
    r"[ \u00a0](?:last|next|past|previous)[ \u00a0](?:week|month|year|night|season|decade)\b"
)
# "40 per day", "60 frames per second" are rates; "1,000 alarms per shift" counts alarms.
_PER_AFTER = re.compile(r"[ \u00a0](?:per[ \u00a0][a-z]+|([a-z]+)[ \u00a0]per[ \u00a0]([a-z]+))")
# Nouns that, before "per", make a rate of a unit ("60 frames per second"); other nouns are
# counted things ("100,000 people per year", "1,000 alarms per shift").
_RATE_NOUNS = frozenset(
    re.split(
        r"\s+",
        "frames beats revolutions cycles strokes breaths pixels dots bits bytes kilobits "
        "megabits gigabits megabytes gigabytes moles parts",
    )
)
# "fell 102.2 points, or 0.36%": a market index moves by points, a unit; a player's
# "25 points" are a count.
_INDEX_POINTS = re.compile(r"\d[ \u00a0]points?,?[ \u00a0]or[ \u00a0]")
# A poll's margin and an index's move are measured in points, a unit (percentage points, index
# points); a player's or a team's points are counted. The sentence decides: a poll, a vote or an
# index named in it, and no game.
_POLL_OR_INDEX = re.compile(
    r"\b(?:polls?|polling|pollsters?|surveys?|elections?|electoral|primar(?:y|ies)|caucus(?:es)?"
    r"|voters?|votes?|approval|Dow|Nasdaq|S&P|FTSE|Nikkei|Sensex|Nifty|Hang[ \u00a0]Seng|DAX|CAC"
    r"|KOSPI|ASX|TSX|index|indexes|indices)\b"
)
_GAME = re.compile(
    r"\b(?:scor\w*|games?|match(?:es)?|quarters?|half|halftime|rebounds?|assists?|goals?"
    r"|seasons?|innings|baskets?|tries|touchdowns?|playoffs?|overtime|points[ \u00a0]per)\b"
)


def _poll_or_index_points(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 160)
    lo = max(lo, text.rfind(". ", lo, start) + 1, text.rfind("\n", lo, start) + 1)
    hi = min(len(text), end + 120)
    stop = text.find(". ", end, hi)
    hi = stop if stop >= 0 else hi
    nl = text.find("\n", end, hi)
    hi = nl if nl >= 0 else hi
    return bool(_POLL_OR_INDEX.search(text, lo, hi)) and not _GAME.search(text, lo, hi)


# "she's 42", "I'm 35", "who was 21 at the time", "when you were 8": a person's age.
_IS_AGED = re.compile(
    r"\b(?:(?i:she|he|i)['’](?:s|m)|(?i:who|she|he|you)[ \u00a0](?:was|is|were|are)"
    r"|I[ \u00a0](?:was|am))[ \u00a0]$"
)
_ORDINAL_SUFFIX = re.compile(r"\d*(?:1[1-3]th|1st|2nd|3rd|[04-9]th)|[1-3]th")  # 11th, 21st
_DECIMAL_POINTS = re.compile(r"[ \u00a0]points?\b")  # "fell 102.2 points": an index's unit
_MAGNITUDE_BEFORE = re.compile(r"\b[Mm]agnitude(?:[ \u00a0]+of)?[ \u00a0]+$")
_MAGNITUDE_AFTER = re.compile(r"[ \u00a0]magnitude\b")  # "a 6.3 magnitude earthquake"
_RICHTER_AFTER = re.compile(r"[ \u00a0]+on[ \u00a0]+the[ \u00a0]+Richter\b")
# "at age 43", "the age of 9"; searched in the text, not a slice, so that "average of 400"
# (whose tail is "age of ") is no age.
_AT_AGE = re.compile(r"\bage[ \u00a0](?:of[ \u00a0])?$")
# "aged 18", "ages 5 to 11", "between the ages of 18 and 24": both ends are ages.
_AGED_BEFORE = re.compile(
    r"\b(?i:aged?|ages(?:[ \u00a0]of)?)[ \u00a0](?:between[ \u00a0]|from[ \u00a0]|over[ \u00a0]"
    r"|under[ \u00a0])?(?:(?:\d{1,3}|[a-z]+)(?:[ \u00a0](?:to|and|or)[ \u00a0]|[-–]))?$"
)
# "people over 65", "children under five", "buyers over 21 at a dispensary": an age limit of
# a group of people (not "over 65 people", where a noun follows the number).
_AGE_GROUP_BEFORE = re.compile(
    r"\b(?i:people|persons|adults|children|kids|babies|infants|teens|teenagers|youths|men|women"
    r"|boys|girls|anyone|everyone|those|residents|citizens|voters|buyers|customers|patients"
    r"|workers|employees|drivers|users|players|students|seniors|americans|britons|individuals)"
    r"[ \u00a0]+(?:over|under|older[ \u00a0]than|younger[ \u00a0]than|above|below)[ \u00a0]+$"
)
_AGE_LIMIT_WORDS = ("over", "under", "than", "above", "below")
_AGE_GROUP_AFTER = re.compile(
    r"[,.;:)!?]|[ \u00a0]+(?:and|or|at|in|who|with|to|are|were|can|cannot|must|will|should|may"
    r"|could|would|have|had|get|got|is|was|need|years)\b|$"
)
# "died at 85", "dies Tuesday at 97", "retired at 60": the age of a life's event.
_AGE_EVENT_BEFORE = re.compile(
    r"\b(?:died|dies|retired|retires|retiring|passed[ \u00a0]away)(?:[ \u00a0][A-Z]?[a-z]+)?"
    r"[ \u00a0]at[ \u00a0]$"
)
_AGE_EVENT_AFTER = re.compile(
    r"[,.;:)!?]|[ \u00a0](?:in|on|and|after|of|from|following|when|while|at)\b|$"
)
# "he turned 18 last month", "she turns 40 on Friday", "children as young as 5": an age, where no
# noun follows ("turned 100 people away" counts them).
_AGE_TURNED_BEFORE = re.compile(
    r"\b(?:turn(?:s|ed|ing)?|as[ \u00a0]+(?:young|old)[ \u00a0]+as)[ \u00a0]+$"
)
_AGE_TURNED_AFTER = re.compile(
    r"[,.;:)!?]|[ \u00a0]+(?:and|or|but|last|this|next|on|in|at|when|while|before|after|years"
    r"|were|was|are|is|have|had|can|could|will|would|may|might)\b|$"
)
# "At 30, she moved", "Now 72, he still works": an age opening a sentence about a person.
_AGE_OPENING_BEFORE = re.compile(r"(?:^|[.!?\n][ \u00a0\"“]*)(?:At|Now|Aged)[ \u00a0]$")
_AGE_NOW = re.compile(r"[,(][ \u00a0]*now[ \u00a0]$")  # "The girl, now 14, said"
_AGE_OPENING_AFTER = re.compile(r",[ \u00a0](?:he|she|I|they|we|his|her|my)\b")
_PER_CURRENCY = re.compile(
    r"[ \u00a0]per[ \u00a0](dollar|euro|pound|yen|yuan|barrel|share|ounce)\b"
)


# "the more one sees", "if one steps back": 'one' as a pronoun before a verb in -s (not a
# noun in -s: "one species", "one class", "one bus", "one crisis").
_ONE_VERB_AFTER = re.compile(r"[ \u00a0](?![a-z]*(?:ss|us|is|ies|ics|ws|ans|ries)\b)[a-z]{2,}s\b")
# Idioms and the pronoun of a speaker: "met one-on-one", "one-to-one", "On one hand", "One told
# reporters" (bench/folds/README.md: "One called Kaine" a pronoun).
_ONE_ON_ONE_AFTER = re.compile(r"-(?:on|to|by|for)-(?i:one)\b")
_ONE_ON_ONE_BEFORE = re.compile(r"(?i:one)-(?:on|to|by|for)-$")
_ON_BEFORE = re.compile(r"\b(?i:on)[ \u00a0]$")
_HAND_AFTER = re.compile(r"[ \u00a0]hand\b")
_ONE_SAID_AFTER = re.compile(
    r"[ \u00a0](?:said|says|told|tells|wrote|writes|added|adds|asked|asks|noted|notes|recalled"
    r"|explained|argued|complained|commented|replied|tweeted|posted)\b"
)
_ALL_BUT_BEFORE = re.compile(r"\b(?i:all)[ \u00a0]+but[ \u00a0]+$")  # "all but one of them" counts
# "from one town to another": a pronoun; "a notebook from one victim" counts.
_FROM_BEFORE = re.compile(r"\bfrom[ \u00a0]+$")
_ANOTHER_AFTER = re.compile(
    r".*?\b(?:another|the[ \u00a0]+other|the[ \u00a0]+next)\b"  # "… to another", "… of another"
)
# "one in seven", "one in 10": odds; both numbers are kind other.
_ODDS_IN = re.compile(
    rf"[ \u00a0]in[ \u00a0](?:\d{{1,3}}(?:,\d{{3}})*|(?i:{_NW}))\b(?![ \u00a0]*%)"
)
_ONE_AFTER_ANOTHER = re.compile(r"[ \u00a0][a-z]+[ \u00a0]after[ \u00a0]another\b")
# "thousands of light-years", "billions of years": a measure.
_OF_UNIT = re.compile(r"[ \u00a0]of[ \u00a0]([A-Za-z]+(?:-years?)?)\b")
# A number placed in a sequence by the noun before it: kind other ("week 22", "Round 4").
_SEQUENCE_BEFORE = re.compile(r"(?<!-)\b(?i:round|week|stage|leg|lap|game|heat|matchday)[ \u00a0]$")
# A lower-case noun before a number that names one of its kind, not how many: "rooms 209 and
# 211", "police posts 542 and 543", "a number 9 jersey", "exit 12", "page 4" (kind other, as
# "week 22"; capitalised, "Room 209" is a name). A footnote mark "[1]" is kind other too.
_LABEL_NOUN_BEFORE = re.compile(
    r"\b(?:room|post|gate|platform|terminal|exit|page|pier|berth|hole|lane|bed|cell|number|pick"
    r"|(?P<plural>rooms|posts|gates|platforms|terminals|exits|pages|piers|berths|holes|lanes"
    r"|beds|cells))[ \u00a0]$"
)
# A plural label noun names the numbers of a list ("rooms 209 and 211"); before one number it
# may count ("Of the 281 beds 243 are taken").
_LABEL_LIST_AFTER = re.compile(r"(?:,[ \u00a0]*|[ \u00a0]+(?:and|or|to)[ \u00a0]+|[-–])\d")


def _label_noun_before(text: str, start: int, end: int) -> bool:
    m = _LABEL_NOUN_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and (not m.group("plural") or bool(_LABEL_LIST_AFTER.match(text, end)))


# A label noun before a number that names a thing: "type 2 diabetes", "resolution 2259".
_LABEL_NUMBER_BEFORE = re.compile(
    r"\b(?i:type|group|resolution|route|article|chapter|class|flight)[ \u00a0]$"
)


# Grades, ratings and benchmark scores are kind other, not counts (check6's stat-table
# convention): "a 93.2 defensive grade", "a passer rating of just 22.4", "scored a 129",
# "scores increased from 1061 to 1128", "Score 4.5 out of 5".
_RATING_BEFORE = re.compile(
    r"\b(?i:ratings?|grades?|scores?)(?:[ \u00a0]+[a-z]+){0,4}?[ \u00a0]+(?:of|from|to|at|near)"
    r"(?:[ \u00a0]+(?:just|only|about|around))?[ \u00a0]+(?:\d[\d.,]*[ \u00a0]+to[ \u00a0]+)?$"
    r"|\b(?:scored|posted|earned|got)[ \u00a0]+an?[ \u00a0]+$"
    r"|(?:^|\n)Score[ \u00a0]+$"
)
_RATING_AFTER = re.compile(r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:grade|rating|score)s?\b")
# A valuation multiple: "16.36 times trailing earnings", "a forward P/E of 14".
_MULTIPLE_AFTER = re.compile(
    r"[ \u00a0]times[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,3}?(?:earnings|sales|revenues?|EBITDA"
    r"|book[ \u00a0]value|cash[ \u00a0]flow|profits?)\b"
)
_MULTIPLE_BEFORE = re.compile(
    r"\b(?:P/E|P/S|price-to-earnings|price/earnings)(?:[ \u00a0]ratio)?"
    r"(?:[ \u00a0]+(?:of|near|at|around|is|was|under|below|above))?[ \u00a0]+$"
)
# A round of golf is scored by its strokes and against par: "shot a 4-under 68", "carded a
# 3-under-par 69", "a round of 65", "finished at 10-under" are scores (ANNOTATION.md: score).
_GOLF_PAR = frozenset({"under", "over", "under-par", "over-par"})
_GOLF_BEFORE = re.compile(
    r"(?:\b(?:shot|shoots|shooting|carded|cards|carding|fired|fires|firing)[ \u00a0]+"
    r"(?:an?[ \u00a0]+)?(?:[a-z]+-round[ \u00a0]+)?|\ba[ \u00a0]+round[ \u00a0]+of[ \u00a0]+)"
    r"(?:\d{1,2}-(?:under|over)(?:-par)?[ \u00a0]+)?$"
)
_GOLF_AFTER = re.compile(
    r"[,.;:)!?]|[ \u00a0]+(?:on|in|at|to|and|for|with|but|while|after|before|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday)\b|$"
)
# "improve it by 100 times": a multiplier, not a count of times.
_BY_BEFORE = re.compile(r"\bby[ \u00a0]$")
_TIMES_END = re.compile(r"[ \u00a0]times?(?:[,.;:)]|[ \u00a0]+(?:and|but|over|he|she|they)\b|$)")
# "four blocks from the White House": city blocks measure a distance.
_BLOCKS_AFTER = re.compile(
    r"[ \u00a0]+blocks?[ \u00a0]+(?:from|away|north|south|east|west|down|up|over|past)\b"
)


def _is_rating(text: str, start: int, end: int) -> bool:
    return bool(
        _RATING_BEFORE.search(text, max(0, start - 60), start)
        or _MULTIPLE_BEFORE.search(text, max(0, start - 30), start)
        or (_RATING_AFTER.match(text, end) and not re.fullmatch(r"[1-9]|1[0-2]", text[start:end]))
    )  # "the 5 grade levels", "a 3 rating" stay counts


def _to_number(digits: str) -> float | int | None:
    s = digits.replace(",", "")
    if len(s) > 30:
        return None  # not a quantity anyone writes; and int() refuses huge digit strings
    if s.startswith("."):
        s = "0" + s
    if s[-1] in _VULGAR:
        return int(s[:-1]) + _VULGAR[s[-1]]  # "2¼"
    return float(s) if "." in s else int(s)


def _word_value(words: str) -> float | int | None:
    total = 0
    current = 0
    seen = False
    for raw in re.split(r"[\s-]+", words.lower()):
        if raw in ("and", ""):
            continue
        if raw in lx.NUMBER_WORDS:
            current += lx.NUMBER_WORDS[raw]
            seen = True
        elif raw == "dozen":
            current = (current or 1) * 12
            seen = True
        elif raw == "hundred":
            current = (current or 1) * 100
            seen = True
        elif raw in ("thousand", "million", "billion", "trillion", "quadrillion"):
            total += (current or 1) * _SCALE_VALUE[raw]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


# A unit in the plural after a range measures it even where the sentence names a sport ("set
# within 24-48 hours"); a singular one may start a compound ("a 2-1 second-half win").
_PLURAL_UNITS = {w: u for w, u in lx.MEASURE_UNITS.items() if w != u}


def _singular(unit: str) -> str:
    low = unit.lower()
    return lx.MEASURE_UNITS.get(low, low[:-1] if low.endswith("s") and len(low) > 3 else low)


# A currency word in a hyphen-glued chain makes money ("1.2-billion-yuan",
# "hundred-billion-dollar"); not "pound", which also weighs ("a 10-pound bag").
_HYPHEN_CURRENCY = frozenset(w for w in lx.CURRENCY_WORDS if not w.startswith("pound"))


def _hyphen_currency(rest: str) -> str:
    return next(lx.CURRENCY_WORDS[w] for w in rest.split("-") if w in _HYPHEN_CURRENCY)


# "A350-900": letters and digits glued, then a hyphen.
_CODE_BEFORE = re.compile(r"\b[A-Za-z]+\d+-$")
# "737-800", "787-9": three digits, a hyphen, more digits; a model after a brand name or
# before a model word, not a range.
_MODEL_RANGE = re.compile(r"\d{3}-\d{1,3}")
_RANGE_MODEL_AFTER = re.compile(
    r"[ \u00a0](?:"
    + "|".join(sorted((w.capitalize() for w in lx.MODEL_WORDS), key=len, reverse=True))
    + r"|jets?|aircraft|airliners?|planes?)\b"
)
# "1.2m customers", "5m people": a plural noun after a glued m counts millions of it.
_MILLIONS_OF = re.compile(
    r"[ \u00a0](?!(?:high|tall|long|wide|deep|away|above|below|across|metres|meters)\b)[a-z]+s\b"
)
# A verb of paying or worth right before a bare "millions": the sum is money.
_MONEY_VERB_BEFORE = re.compile(
    r"\b(?:spen[dt]s?|spending|poured|pours|pour|raised|raises|paid|pays|donated|invested"
    r"|worth|costs?|earned|earns|owed|owes|make|makes|making|made)[ \u00a0]+$"
)
_CODE_PATH = re.compile(r"\b[A-Z]{2,}/(?:\d+/)*$")


# An event named by its kind, then its year: "Worlds 2023", "the Olympics 2012", "Euro 2020".
_EVENT_BEFORE = re.compile(
    r"\b(?:Worlds|Olympics|Paralympics|Games|Cup|Championships?|Open|Expo|Euro|Summit|Festival"
    r"|Awards|Marathon)[ \u00a0]$"
)
_YEAR_DIGITS = re.compile(_YEAR)
# A season, holiday or quarter before a year: "Fall 2019", "Christmas 2020", "Q3 2019".
_TIME_WORD_BEFORE = re.compile(
    r"\b(?:Spring|Summer|Fall|Autumn|Winter|Christmas|Easter|Thanksgiving|Q[1-4]|H[12])[ \u00a0]$"
)


# Words a hyphen joins to a number that name no product even capitalised: "Mid-2020",
# "Top-10 trending status".
_HYPHEN_HEADS = frozenset({"mid", "late", "early", "top"})
# "the top 10", "top-20", "Top-10": a rank bracket (kind other, the folds' convention).
_TOP_BEFORE = re.compile(r"\b(?i:top)[ \u00a0-]$")


# A unit written with a capital inside a sentence after a lower-case word is a title's word: "on
# 60 Minutes", "the band 5 Seconds of Summer" (a heading in title case has a capital before).
_TITLE_UNIT_AFTER = re.compile(
    r"[ \u00a0]([A-Z](?=[a-z]*[aeiou])[a-z]{2,})\b"
)  # "Tbsp", "Mbps" abbreviate
_PROPER_UNITS = frozenset({"celsius", "fahrenheit", "kelvin"})
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z]+[ \u00a0]$")
# A capitalised article inside a sentence, a number, a capitalised word: a title ("Covey's The 7
# Habits of Highly Effective People", "starred in The 3 Musketeers").
_TITLE_WORD_AFTER = re.compile(r"[ \u00a0]([A-Z][a-z]+)\b")


def _in_name(text: str, start: int, end: int, kind: str, sentence_initial: bool) -> bool:
    """Is the number part of a proper name (F-16, COVID-19, G20, iPhone 11, Section 230)?"""
    if start > 0 and text[start - 1] == "/" and _CODE_PATH.search(text, max(0, start - 40), start):
        return True  # "FHC/ABJ/03/095/2018": a file number
    if start > 0 and (text[start - 1].isalpha() or text[start - 1] in "-+#@"):
        if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
            j = start - 2
            while j > 0 and text[j - 1].isalpha():
                j -= 1
            word = text[j : start - 1]
            return any(c.isupper() for c in word) and word.lower() not in _HYPHEN_HEADS
        if text[start - 1] == "-" and _CODE_BEFORE.search(text, max(0, start - 12), start):
            return True  # "A350-900": the second half of a model code
        return text[start - 1] != "-"
    if end < len(text) and (text[end].isalpha() and kind == "digits"):
        return True
    if kind == "digits" and re.match(r"-[a-z]*[A-Z]", text[end : end + 12]):
        return True  # "2019-nCoV", "737-MAX": a code word glued by a hyphen
    if text.startswith("(", end) and re.match(r"\([a-z]\)", text[end : end + 3]):
        return True  # 401(k), 501(c): a name, not a quantity
    if end < len(text) and text[end] in "+" and end + 1 < len(text) and not text[end + 1].isdigit():
        return True
    if (
        kind == "range"
        and _MODEL_RANGE.fullmatch(text, start, end)
        and int(text[start : start + 3]) > 200  # "Celtics 110-102": a score
    ):
        m = _NAME_BEFORE.search(text, max(0, start - 30), start)
        first, _, second = text[start:end].partition("-")
        if (
            (_RANGE_MODEL_AFTER.match(text, end) and int(second) < int(first))
            or (m and m.group(1)[0].isupper() and m.group(1).lower() not in lx.COUNTRIES)
        ) and not (_vote_tally(int(first), int(second)) and _vote_before(text, start)):
            return True  # "Boeing 737-800", "787-9 Dreamliner": a model; "250-300 jets" a range
    if kind in ("range", "percent", "money", "date", "time", "decade", "rankno", "dimension"):
        return False
    if (
        kind == "digits"
        and start > 0
        and text[start - 1] in '“"'
        and _QUOTED_ALONE.match(text, end)
    ):
        return True  # the film “1917,”; "19" for the year: a title or a name, no quantity
    if (
        kind == "digits"
        and not sentence_initial
        and (title_unit := _TITLE_UNIT_AFTER.match(text, end))
        and title_unit.group(1).lower() in lx.MEASURE_UNITS
        and title_unit.group(1).lower() not in _PROPER_UNITS
        and _LOWER_WORD_BEFORE.search(text, max(0, start - 20), start)
    ):
        return True  # "on 60 Minutes", "the band 5 Seconds of Summer", "80 Day Obsession"
    if kind == "digits" and _LAW_BEFORE.search(text, max(0, start - 14), start):
        return True  # "Reform Bill 2019", "Act of 1996": part of the law's name
    if kind == "digits" and _ERA_BEFORE.search(text, max(0, start - 6), start):
        return False  # "AD 410": an era, not a name
    if kind == "hyunit":
        return text[start : start + 5].lower() == "zero-"  # "zero-rating": a term, no count
    if kind == "words" or (
        kind == "digits"
        and (
            _STAT_AFTER.match(text, end)
            or _LINE_SCORE_AFTER.match(text, end)
            or _TABLE_SHARE_AFTER.match(text, end)
            or (
                _YEAR_DIGITS.fullmatch(text, start, end)
                and _FISCAL_BEFORE.search(text, max(0, start - 3), start)
            )
        )
    ):
        return False
    if kind == "digits" and text.startswith("*", end):
        return False  # "Stokes 45*": a batter's score, not out
    if kind == "digits" and _NUMBER_SIGN_BEFORE.search(text, max(0, start - 5), start):
        return True  # "cosmonaut No. 11": a label
    if (
        kind == "digits"
        and _MODEL_AFTER.match(text, end)
        and "," not in text[start:end]
        and not _YEAR_DIGITS.fullmatch(text, start, end)
    ):
        return True  # "737 Max", "787 Dreamliner"; "the 2016 Series", "2014 Pro Bowl" a year
    if (
        kind == "digits"
        and _YEAR_DIGITS.fullmatch(text, start, end)
        and (
            _EVENT_BEFORE.search(text, max(0, start - 14), start)
            or _TIME_WORD_BEFORE.search(text, max(0, start - 14), start)
        )
    ):
        return False  # "Worlds 2023", "World Cup 2018": the event's year, not a model's number
    m = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if m and _sentence_initial(text, m.start(1)) and not any(c.isupper() for c in m.group(1)[1:]):
        m = None
    if m and not sentence_initial:
        word = m.group(1)
        low = word.lower().rstrip(".")
        if word in ("The", "A", "An") and (after := _TITLE_WORD_AFTER.match(text, end)):
            w = after.group(1).lower()
            return w not in lx.MONTHS and w not in lx.WEEKDAYS and w not in lx.CAPITAL_STOPWORDS
        if low in lx.COUNTRIES:
            return False  # "England 245 all out": a team's score, no product is named so
        if (
            any(c.isupper() for c in word)
            and low not in lx.CAPITAL_STOPWORDS
            and low not in lx.MONTHS
            and low not in lx.WEEKDAYS
            and not word.isupper()
        ) or (word.isupper() and len(word) > 1 and not word.endswith(".")):
            return (
                low not in lx.MONTHS and low not in lx.WEEKDAYS and low not in lx.CAPITAL_STOPWORDS
            )
    return False


def _sentence_initial(text: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and text[j] in " \t\"“‘'([":
        j -= 1
    if j > 0 and text[j] == "." and is_abbrev(text, j):
        return False  # "U.S. Route 2": the dot ends an abbreviation, not a sentence
    return j < 0 or text[j] in ".!?\n:;"


# Where a number can start. Words are cut by one fast pass; the full pattern runs only at a
# digit, a currency sign, or a word that can open a number (a number word, a month, a code).
_CURRENCY_CHARS = frozenset("$€£¥₹₽₩₺₪₦₿")
# A currency code glued to its digits is one token: "USD15", "N500m".
_CODE_GLUED = re.compile(r"(?:USD|EUR|GBP|JPY|CHF|CNY|RUB|N)\d")
_START_WORDS = frozenset(
    list(lx.NUMBER_WORDS)
    + list(lx.MONTHS)
    + ["dozen", "dozens", "hundred", "hundreds"]
    + ["thousand", "thousands", "million", "millions", "billion", "billions", "trillion"]
    + ["quadrillion"]
    + ["usd", "eur", "gbp", "jpy", "chf", "cny", "rub", "us", "hk", "nz", "a", "c", "s", "r"]
    + ["rs", "inr", "ksh", "rp", "rm"]
    + ["no"]  # "No. 4 Ohio State": a ranking
)


def _trie_pattern(words: frozenset[str]) -> str:
    """A regex matching exactly `words`, as a tree of their letters ("a(?:pril|ugust)"), so
    the engine tests a few letters per word instead of every word in turn."""
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


# The tokens worth a look, cut by the regex engine rather than a Python loop over every word:
# a currency sign, a token that does not open with an ASCII letter (a digit; any other start
# is checked in full in `_matches`), a start word in any case, or a glued code. Every token the
# checks in `_matches` accept is among them, whole (tests/test_analysis_numbers.py).
_CANDIDATE_TOKENS = re.compile(
    r"[$€£¥₹₽₩₺₪₦₿]|(?<![^\W_])(?:(?![A-Za-z])[^\W_]|(?i:"
    + _trie_pattern(_START_WORDS)
    + r")(?![^\W_])|(?:USD|EUR|GBP|JPY|CHF|CNY|RUB|N)\d)[^\W_]*"
)
# "was No. 1", "the No. 4 seed", "came in at No.6": a ranking; "cosmonaut No. 11", "Act No.
# 3846" (any other word before) a label inside a name.
_RANKING_BEFORE = re.compile(
    r"(?:^|[\n(]|[.!?:;,—–][ \u00a0]|['’]s|\b(?i:at|is|was|were|be|been|the|a|ranked|to|from|as"
    r"|his|her|their|its|world|no|and|or|now|over|against|vs\.?|beat|beats|face|faces|host|hosts"
    r"|hosted|wore|wears|wearing|seeded|in|by|of|with|for|on|our|my|your|became|remains|remained))"
    r"[ \u00a0]*$"
)


def _descending_percents(span: str) -> bool:
    """'80%-20%': two shares of a mix, not a range (a range rises: '5.25%-5.5%')."""
    if not re.match(rf"{_NUM}%\s?[-–]\s?\d", span):
        return False
    a, b = (_to_number(x) for x in re.findall(_NUM, span)[:2])
    return a is not None and b is not None and a >= b


def _matches(text: str) -> list[re.Match[str]]:
    found = []
    last_end = 0
    for tok in _CANDIDATE_TOKENS.finditer(text):
        pos = tok.start()
        if pos < last_end:
            continue
        word = tok.group(0)
        first = word[0]
        if first.isdigit():
            if pos > 0 and text[pos - 1] in ".'’#":
                starts: tuple[int, ...] = (pos - 1, pos)  # .45-caliber, ’90s
            else:
                starts = (pos,)
        elif first in _CURRENCY_CHARS or word.lower() in _START_WORDS or _CODE_GLUED.match(word):
            starts = (pos,)
        else:
            continue
        for start in starts:
            if start < last_end:
                continue
            m = _PATTERN.match(text, start)
            if m is None or m.end() == m.start():
                continue
            if m.lastgroup == "percent" and _descending_percents(m.group(0)):
                m = _PATTERN.match(text, start, text.index("%", start) + 1)  # "80%-20% N2-CO2"
                assert m is not None
            found.append(m)
            last_end = m.end()
            break
    return found


class _Identifiers:
    """DOIs, ISBNs, phone numbers and URLs, found in blocks of text around the numbers that
    touch a separator, each block scanned once (so plain prose pays nothing, and a long chain
    of hyphenated digits stays linear)."""

    _BLOCK = 4096
    _MARGIN = 120  # no identifier we skip is longer than this

    def __init__(self, text: str) -> None:
        self.text = text
        self.lo = self.hi = 0
        self.spans: list[tuple[int, int]] = []

    def covers(self, start: int, end: int) -> bool:
        text = self.text
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if (
            before not in _ID_SEPS
            and after not in _ID_SEPS
            and text[max(0, start - 2) : start] != ") "
            and "-" not in text[start:end]
            and text[max(0, start - 5) : start].strip().upper() != "ISBN"
        ):
            return False
        if not (self.lo + self._MARGIN <= start and end + self._MARGIN <= self.hi) or (
            self.lo == 0 and self.hi == 0
        ):
            self.lo = max(0, start - self._MARGIN)
            self.hi = min(len(text), start + self._BLOCK)
            self.spans = [
                (m.start(), m.end()) for m in _IDENTIFIER.finditer(text, self.lo, self.hi)
            ]
            if self.hi == len(text):
                self.hi += self._MARGIN  # the text's end is a real boundary
        i = bisect.bisect_right(self.spans, (start, len(text) + 1)) - 1
        return any(a < end and b > start for a, b in self.spans[max(0, i) : i + 2])


# A work's title in marks after "titled": the numbers in it are part of a name.
_TITLED = re.compile(r"\b(?:titled|entitled)[:,]?[ \u00a0]*[“\"]([^”\"\n]{1,300})[”\"]")


def find_numbers(text: str) -> list[Number]:
    out: list[Number] = []
    idents = _Identifiers(text)
    titles = [m.span(1) for m in _TITLED.finditer(text)] if "titled" in text else []
    for m in _matches(text):
        kind_group = m.lastgroup or "digits"
        start, end = m.start(), m.end()
        if out and start < out[-1].end:
            continue  # the scale word of a mixed number: "one and a half million"
        if idents.covers(start, end):
            continue  # a digit group inside a DOI, an ISBN, a phone number or a URL
        if titles and any(a <= start and end <= b for a, b in titles):
            continue  # a paper titled “… of a 3D printer”
        if kind_group == "words" and " of " in text[start:end]:
            start = text.rindex(" ", start, end) + 1  # "hundreds of thousands" -> "thousands"
        span = text[start:end]
        if kind_group == "range":
            years = _YEAR_PAIR.fullmatch(span)
            if years:  # "from 2004 – 2014": two years, not one span
                for g in (1, 2):
                    a, b = start + years.start(g), start + years.end(g)
                    out.append(Number(text[a:b], a, b, int(text[a:b]), None, "year"))
                continue
        sent_init = _sentence_initial(text, start)
        label = kind_group == "digits" and span.isdigit()
        if label and _LABEL_NUMBER_BEFORE.search(text, max(0, start - 12), start):
            continue  # "type 2", "resolution 2259": part of a name
        sequence = label and _SEQUENCE_BEFORE.search(text, max(0, start - 12), start)
        if not sequence and _in_name(text, start, end, kind_group, sent_init):
            continue
        half = None
        if kind_group in _MIXED_GROUPS and not span.endswith("s"):
            half = _AND_A_HALF.match(text, end)
        num = _classify(text, kind_group, start, end, span, sent_init)
        if num is not None and half:  # "two and a half years": the fraction is in the value
            num = _mixed(text, num, half)
        if num is not None:
            out.append(num)
    return _kinds_from_neighbours(text, out)


# "The Gophers (9-1, 6-1)": a team's record in brackets after its name.
_RECORD_BEFORE = re.compile(r"[A-Z][\w.]*[ \u00a0]\((?:\d+[-–]\d+,[ \u00a0])?$")
# "Palm Bay d. Rockledge 70-44": results lines abbreviate "defeated".
_DEFEATED = re.compile(r"[a-z][ \u00a0]d\.[ \u00a0][A-Z]")
# A result's noun right after it ("a 10-2 record", "a 4-1 thrashing", "a 3-0 home win"): a
# score even where the sentence names no sport.
_RESULT_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:home|away|road|first-leg|second-leg|aggregate|comfortable|narrow|stunning)"
    r"[ \u00a0]+)?(?:record|win|victory|loss|defeat|rout|thrashing|drubbing|hammering|triumph"
    r"|draw|tie|lead|deficit|scoreline|shutout|comeback|upset)s?\b"
)
# A record's run after it: "a 1-6-2 skid", "a 5-0-1 streak"; a team's shape is no result.
_RUN_AFTER = re.compile(r"[ \u00a0]+(?:skid|streak|run|slide|start|stretch)\b")
_GAMES = re.compile(r"\b(?:games|matches|starts|outings)\b")
_FORMATION_AFTER = re.compile(r"[ \u00a0]+(?:formation|system|setup|shape)\b")
# "Tolivert 25 points", "Sheffield 19 points and 3 steals": a player's statistics, not a model.
_STAT_AFTER = re.compile(
    r"[ \u00a0](?:point|rebound|assist|goal|save|steal|block|tackle|yard|run|hit|strikeout"
    r"|touchdown|catch(?:e)?|reception|carrie|carry|wicket|sack|interception)s?\b"
    r"|, of [A-Z]"  # "Ryan S. Hollman 31, of Hope": an age before a hometown
)
# "Rockledge 14 11 6 15 — 44": a line score, every number in it a score.
_LINE_SCORE = re.compile(
    r"(?m)^[A-Z][\w .'&-]{0,40}?(?:[ \u00a0]\d{1,3}){2,}[ \u00a0][—–-][ \u00a0]\d{1,3}$"
)
# "the 60s", "the late 80s", "the 60s and 70s": decades of a century, not ages.
_DECADE_BEFORE = re.compile(
    r"\b[Tt]he[ \u00a0]+(?:early[ \u00a0]+|late[ \u00a0]+|mid-?)?$"
    r"|\b[Tt]he[ \u00a0]+\d0s(?:,?[ \u00a0]+(?:and|or|to)[ \u00a0]+|,[ \u00a0]+|[-–])$"
)
# "Palm Bay 18 22 13 17 — 70": the first number of a line score after the team's name.
_LINE_SCORE_AFTER = re.compile(r"(?:[ \u00a0]\d{1,3})+[ \u00a0][—–-][ \u00a0]\d")
# "Larry Ogunjobi 63 85%": a stat-table row, the count after the name, then its share.
_TABLE_SHARE_AFTER = re.compile(r"[ \u00a0]\d{1,3}(?:\.\d+)?%")
_FISCAL_BEFORE = re.compile(r"\b(?:CY|FY)[ \u00a0]$")  # "CY 2015", "FY 2016": a year
_NUMBER_SIGN_BEFORE = re.compile(r"\bNo\.[ \u00a0]?$")
# "defeated Wynnum 45 points to 24": both numbers are the score.
_POINTS_TO = re.compile(r"[ \u00a0]points[ \u00a0]to[ \u00a0]")
# A vote's tally written as one dash-joined pair is its result, a score as "4-1" is: "the
# Senate voted 52-48", "ruled 5-4", "passed the House 232-196". The winning side comes first,
# so a rising pair ("approved 250-300 homes") stays a range. Written with "to" the two are
# counts of votes ("voted 66 to 27", the train gold).
_VOTE = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|ballots?|ruled|ruling|verdict|tally|acquit\w*|convict\w*"
    r"|approv(?:ed|al)|passed|confirmed|rejected|overr(?:ode|idden))\b"
)
_VOTE_AFTER = re.compile(r"[ \u00a0]+(?:vote|ruling|decision|verdict)s?\b")


def _vote_before(text: str, start: int) -> bool:
    """Does the sentence name a vote before `start` (within 100 characters)?"""
    lo = max(0, start - 100)
    lo = max(lo, text.rfind(". ", lo, start) + 1, text.rfind("\n", lo, start) + 1)
    return _VOTE.search(text, lo, start) is not None


def _vote_tally(a: object, b: object) -> bool:
    return isinstance(a, int) and isinstance(b, int) and a >= b and a <= 700


_YEAR_OLDS_AFTER = re.compile(r"[ \u00a0-](?:year|month)s?[ \u00a0-]olds?\b")
_YEAR_PAIR = re.compile(rf"({_YEAR})\s[-–]\s({_YEAR})")


# A count right before another number, joined by one of these, shares its kind: "15 to 20
# seconds", "five to six million US dollars", "one to four months".
_RANGE_JOIN = re.compile(
    r"[ \u00a0]+(?:to|and|or)(?:[ \u00a0]+even)?[ \u00a0]+|[ \u00a0]?[-–][ \u00a0]?"
)  # "five and even six per cent": the upper end gives the kind
# A list of ages after "aged": "aged nine, ten, thirteen, …, 49, and 59".
_LIST_JOIN = re.compile(r",[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+")
_AGE_LIST_AFTER = re.compile(r"[,.;:)]|[ \u00a0]+(?:and|or)\b|$")
_AGED_NEXT = re.compile(r"[ \u00a0]+aged\b")  # "two aged fourteen": two people, not an age
# "She was 26.", "He was 85.", "…, was 68.": an age closing a sentence about a person.
# Also "He was 34 and reported", "He would have been 80 on February 20", "I’m 74 and".
_AGE_WAS = re.compile(
    r"(?:\b(?!(?:The|This|That|It|There|What|Which|Its)\b)(?:[Hh]e|[Ss]he|I|[A-Z][a-z]+)|,)"
    r"(?:[ \u00a0]+(?:was|is|would[ \u00a0]have[ \u00a0]been|turned|turns|am)|['’]m)[ \u00a0]+"
    r"(?:about[ \u00a0]+|nearly[ \u00a0]+|only[ \u00a0]+|just[ \u00a0]+)?$"
)
_AGE_WAS_AFTER = re.compile(r"[.,;]|[ \u00a0](?:and|on|when|at[ \u00a0]the[ \u00a0]time)\b")
# "August 22 to 25", "March 4 and 5": a second day after a date.
_DATE_DAY_END = re.compile(rf"(?:^|\s){_DAY}$")
_RANGE_KINDS = frozenset(["measure", "money", "percent"])
_CLOCK_HOUR = re.compile(r"1[0-2]|0?[1-9]")  # "between 12 and 8 p.m.": the first hour is a time
_IN_ODDS = re.compile(r"[ \u00a0]in[ \u00a0]")  # "one in [seven]": the odds' second number
# A rating's verb before its number, or its stars after the scale: "rated 4.8 out of 5", "gave
# it 3 out of 5 stars" (a share of people, "nine out of 10 doctors", stays a count).
_RATED_BEFORE = re.compile(
    r"\b(?:rated|rates|rating|gave[ \u00a0]+it|gives[ \u00a0]+it)[ \u00a0]+$"
)
_STARS_AFTER = re.compile(r"[ \u00a0]+stars?\b")
_OUT_OF = re.compile(r"[ \u00a0]+out[ \u00a0]+of[ \u00a0]+")  # a rating's scale: "4.5 out of 5"


def _mixed(text: str, num: Number, half: re.Match[str]) -> Number:
    """The number with its "and a half" (and a scale word after it: "one and a half million")."""
    value = num.value
    if value is not None:
        value += 0.5 if half.group(0).endswith("half") else 0.25
    end = half.end()
    scale = _SCALE_AFTER_HALF.match(text, end)
    if scale:
        end = scale.end()
        value = value * _SCALE_VALUE[scale.group(1)] if value is not None else None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
    if _TIMES_AFTER.match(text, end):
        return Number(text[num.start : end], num.start, end, value, None, "other")  # a ratio
    return Number(text[num.start : end], num.start, end, value, num.unit, num.kind)


def _kinds_from_neighbours(text: str, nums: list[Number]) -> list[Number]:
    """Kinds a count takes from the numbers beside it: the kind of a range's upper end, an
    age in a list of ages, an age closing a sentence ("He was 85.")."""
    out = list(nums)
    for i in range(len(out) - 2, -1, -1):
        n, nxt = out[i], out[i + 1]
        if (
            n.kind == "count"
            and (nxt.kind in _RANGE_KINDS or (nxt.kind == "time" and _CLOCK_HOUR.fullmatch(n.text)))
            and _RANGE_JOIN.fullmatch(text, n.end, nxt.start)
        ):
            out[i] = Number(n.text, n.start, n.end, n.value, nxt.unit, nxt.kind)
    for i in range(1, len(out)):
        prev, n = out[i - 1], out[i]
        if (
            n.kind == "count"
            and prev.kind == "measure"
            and prev.unit == "year"
            and _LIST_JOIN.fullmatch(text, prev.end, n.start)
            and not _AGED_NEXT.match(text, n.end)
            and _AGE_LIST_AFTER.match(text, n.end)  # "and two men": people, not an age
        ):
            out[i] = Number(n.text, n.start, n.end, n.value, "year", "measure")
    for i, n in enumerate(out):
        if (
            n.kind == "count"
            and isinstance(n.value, int)
            and n.value <= 120
            and _AGE_WAS_AFTER.match(text, n.end)
            and _AGE_WAS.search(text, max(0, n.start - 40), n.start)
        ):
            out[i] = Number(n.text, n.start, n.end, n.value, "year", "measure")
    for i in range(1, len(out)):
        prev, n = out[i - 1], out[i]
        if (
            n.kind == "count"
            and prev.kind == "date"
            and isinstance(n.value, int)
            and 1 <= n.value <= 31
            and re.fullmatch(r"\d{1,2}", n.text)
            and _DATE_DAY_END.search(prev.text)
            and _RANGE_JOIN.fullmatch(text, prev.end, n.start)
            and not _UNIT_AFTER2.match(text, n.end)
            and (
                (m := _UNIT_AFTER.match(text, n.end)) is None
                or m.group(1).lower() not in lx.MEASURE_UNITS
            )
        ):
            out[i] = Number(n.text, n.start, n.end, None, None, "date")
    for i in range(len(out) - 1):
        n, nxt = out[i], out[i + 1]
        if (
            n.kind == "count"
            and nxt.kind == "count"
            and _POINTS_TO.fullmatch(text, n.end, nxt.start)
        ):
            out[i] = Number(n.text, n.start, n.end, n.value, None, "score")
            out[i + 1] = Number(nxt.text, nxt.start, nxt.end, nxt.value, None, "score")
    for i in range(1, len(out)):
        prev, n = out[i - 1], out[i]
        if (
            prev.kind == n.kind == "count"
            and _OUT_OF.fullmatch(text, prev.end, n.start)
            and (
                _RATED_BEFORE.search(text, max(0, prev.start - 30), prev.start)
                or _STARS_AFTER.match(text, n.end)
            )
        ):  # "rated 4.8 out of 5", "3 out of 5 stars": a rating and its scale
            out[i - 1] = Number(prev.text, prev.start, prev.end, prev.value, None, "other")
            out[i] = Number(n.text, n.start, n.end, n.value, None, "other")
    for i in range(1, len(out)):
        prev, n = out[i - 1], out[i]
        if (
            n.kind == "count"
            and prev.kind == "other"
            and (
                _OUT_OF.fullmatch(text, prev.end, n.start)
                or (
                    prev.text.lower() in ("one", "1")
                    and _IN_ODDS.fullmatch(text, prev.end, n.start)
                )
            )
        ):
            out[i] = Number(n.text, n.start, n.end, n.value, None, "other")  # "4.5 out of 5"
    for i in range(1, len(out)):
        prev, n = out[i - 1], out[i]
        if (
            n.kind == "count"
            and prev.kind == "other"
            and re.fullmatch(r"\d+", n.text)
            and _LIST_JOIN.fullmatch(text, prev.end, n.start)
            and _label_noun_before(text, prev.start, prev.end)
        ):
            out[i] = Number(n.text, n.start, n.end, n.value, None, "other")  # "rooms 209 and 211"
    lines = [(m.start(), m.end()) for m in _LINE_SCORE.finditer(text)] if "—" in text else []
    for a, b in lines:
        for i in range(bisect.bisect_left([n.start for n in out], a), len(out)):
            n = out[i]
            if n.start >= b:
                break
            out[i] = Number(n.text, n.start, n.end, n.value, None, "score")
    return out


def _classify(
    text: str, group: str, start: int, end: int, span: str, sent_init: bool
) -> Number | None:
    kind: NumberKind
    value: float | int | None = None
    unit: str | None = None
    if group == "date":
        return Number(span, start, end, None, None, "date")
    if group == "time":
        return Number(span, start, end, None, None, "time")
    if group == "money":
        cur = re.match(_CUR, span)
        assert cur is not None
        symbol = re.sub(r"\s", "", cur.group(0))
        code = lx.CURRENCY_SYMBOLS.get(symbol) or _LETTER_CURRENCIES.get(symbol, "USD")
        rest = span[cur.end() :]
        value = None if re.match(rf"{_NUM}[-–](?![a-z])", rest) else _scaled(rest)
        return Number(span, start, end, value, code, "money")
    if group == "percent":
        digits = re.match(rf"{_NUM}(?!%?\s?[-–]\s?\d)", span)
        value = _to_number(digits.group(0)) if digits else None  # a range has no one value
        return Number(span, start, end, value, "percent", "percent")
    if group == "dimension":
        return Number(span, start, end, int(span[0]), "dimension", "measure")  # "3-D printing"
    if group == "height":
        return Number(span, start, end, None, "foot", "measure")  # "6-foot-4", "6' 7\""
    if group == "bydim":
        return Number(span, start, end, None, None, "measure")  # "8-by-10 photographs"
    if group == "apyear":
        return Number(span, start, end, None, None, "year")  # "In ’80 he married"
    if group == "moneyafter":  # "24$", "60,000₩": the sign after the digits
        code = lx.CURRENCY_SYMBOLS.get(span[-1], "USD")
        return Number(span, start, end, _to_number(span[:-1]), code, "money")
    if group == "hyunit":
        head_m = re.match(rf"{_NUM}[-–]{_NUM}(?=-)", span)  # "15-24-year-olds": a range
        if head_m:
            head, rest = head_m.group(0), span[head_m.end() + 1 :]
            kind, unit = ("measure", _singular(rest.split("-")[0]))
            return Number(span, start, end, None, unit, kind)
        head, _, rest = span.partition("-")
        first_unit = rest.split("-")[0]
        if re.fullmatch(_NUM, head):
            value = _to_number(head)
        else:
            value = _word_value(head)
            if head[0].isupper() and not sent_init:
                return None
            if head.lower() == "one" and first_unit in ("on", "off", "of", "another", "time"):
                return None
        if first_unit in ("plus", "odd", "something", "ish") and rest.count("-") == 1:
            # "700-plus-page": the unit glued after "plus"
            return Number(span, start, end, value, _singular(rest.split("-")[1]), "measure")
        pct = _PERCENT_AFTER.match(text, end)
        if pct and (first_unit in ("plus", "odd", "something", "ish") or rest in _AND_A_PART):
            end = pct.end()  # "40-plus percent", "two-and-a-half percent"
            return Number(text[start:end], start, end, None, "percent", "percent")
        if first_unit in ("plus", "odd", "something", "ish"):
            kind, unit = _context_kind(text, start, end)  # "30-plus years" a measure
            if kind != "measure":
                kind, unit = "count", None  # "3,000-plus fans"
            return Number(span, start, end, value, unit, kind)
        if _HYPHEN_CURRENCY.intersection(rest.split("-")):  # "1.2-billion-yuan"
            scale = next((w for w in rest.split("-") if w in _SCALE_VALUE), None)
            if value is not None and scale:
                value = value * _SCALE_VALUE[scale]
            return Number(span, start, end, value, _hyphen_currency(rest), "money")
        if rest in _GOLF_PAR:
            return Number(span, start, end, value, None, "score")  # "4-under", "3-under-par"
        if first_unit == "fold":
            return Number(span, start, end, value, None, "other")  # "10-fold": a ratio
        if first_unit in _FRACTION_WORDS:
            return Number(span, start, end, None, None, "other")  # two-thirds
        if first_unit == "percent" or rest.startswith(("percentage-point", "per-cent")):
            return Number(span, start, end, value, "percent", "percent")  # 80-percent
        return Number(span, start, end, value, _singular(first_unit), "measure")
    if group == "torange":  # "8-to-10 foot", "a 10-to-15-year term", "a 3-to-2 vote", "5-to-1"
        first, _, rest = span.partition("-to-")
        second, _, tail = rest.partition("-")
        if first.lower() == "one" and second.lower() == "one":
            return None  # "one-to-one": a manner, no quantity
        if tail:
            return Number(span, start, end, None, _singular(tail.split("-")[0]), "measure")
        if _VOTE_AFTER.match(text, end) or _vote_before(text, start):
            return Number(span, start, end, None, None, "score")
        kind, unit = _context_kind(text, start, end)
        if kind == "measure":
            return Number(span, start, end, None, unit, "measure")
        return Number(span, start, end, None, None, "other")  # "5-to-1": odds or a ratio
    if group == "range":
        parts = re.findall(_NUM, span)
        a, b = (_to_number(p) for p in parts[:2])
        glued = re.search(rf"\d({_RANGE_UNIT})$", span)
        if glued and glued.group(1) == "x":
            return Number(span, start, end, None, None, "other")  # "1-2x": a ratio, as "9x"
        if glued:
            return Number(span, start, end, None, glued.group(1), "measure")  # "30-35C"
        if re.search(r"[a-z]$", span):
            cur = _CURRENCY_AFTER.match(text, end)
            if cur:  # "15–25 million dollars"
                return Number(
                    span, start, end, None, lx.CURRENCY_WORDS.get(cur.group(1).lower()), "money"
                )
            kind, unit = _context_kind(text, start, end)
            if kind == "measure":  # "15–75 million years"
                return Number(span, start, end, None, unit, "measure")
            return Number(span, start, end, None, None, "count")  # 350–375 million
        if _YEAR_OLDS_AFTER.match(text, end) or _AGED_BEFORE.search(
            text, max(0, start - 24), start
        ):
            return Number(span, start, end, None, "year", "measure")  # "10–19 year olds"
        floor = max(0, start - 300)  # a bounded look-back keeps long digit runs linear
        sent_lo = max(text.rfind(".", floor, start), text.rfind("\n", floor, start), floor - 1)
        context = text[sent_lo + 1 : min(len(text), end + 60)]
        plural = _UNIT_AFTER.match(text, end)
        if plural and _PLURAL_UNITS.get(plural.group(1).lower()):  # "set within 24-48 hours"
            return Number(span, start, end, None, _singular(plural.group(1)), "measure")
        if (
            isinstance(a, int)
            and isinstance(b, int)
            and a <= 200
            and b <= 200
            and "." not in span
            and (
                _SPORT.search(context)
                or _RECORD_BEFORE.search(text, max(0, start - 40), start)
                or _RESULT_AFTER.match(text, end)
                or _DEFEATED.search(text, max(floor, text.rfind("\\n", floor, start)), start)
            )
        ):
            return Number(span, start, end, None, None, "score")
        if "." not in span and _vote_tally(a, b) and _vote_before(text, start):
            return Number(span, start, end, None, None, "score")  # "voted 52-48", "ruled 5-4"
        if isinstance(b, int) and b <= 10 and _CRICKET.search(context):
            return Number(span, start, end, None, None, "score")  # "245-6": runs for wickets
        for unit_m in (_UNIT_AFTER.match(text, end), _UNIT_AFTER2.match(text, end)):
            if unit_m and unit_m.group(1).lower() in lx.MEASURE_UNITS:  # "500-600 metric tons"
                return Number(span, start, end, None, _singular(unit_m.group(1)), "measure")
        if isinstance(a, int) and 1800 <= a <= 2099 and re.fullmatch(r"\d{4}[-–]\d{2,4}", span):
            return Number(span, start, end, None, None, "year")  # 1996-98, 2019-2020
        return Number(span, start, end, None, None, "count")
    if group == "wpercent":
        if span[0].isupper() and not sent_init:
            return None
        words = re.sub(r"\s(?:percent|per\scent|percentage[\s-]points?)$", "", span)
        return Number(span, start, end, _word_value(words), "percent", "percent")
    if group == "glued":
        m = re.match(_NUM, span)
        assert m is not None
        unit = span[m.end() :]
        if unit == "x":
            times = _to_number(m.group(0))
            if times is None or times >= 100:
                return None  # "777x jets": a model's name
            return Number(span, start, end, times, None, "other")  # "5x zoom": a ratio
        if span in _RESOLUTION_K or (
            span.upper() in _RESOLUTION_K and _SCREEN_AFTER.match(text, end)
        ):
            return Number(span, start, end, None, "K", "measure")  # 4K video, "4k streaming"
        if unit == "k":
            return Number(span, start, end, _scaled(span), None, "count")  # "50k likes"
        if unit == "K":
            return Number(span, start, end, None, None, "other")  # "10K": a race or a scale
        cur = _CURRENCY_AFTER.match(text, end)
        if unit == "m" and cur:  # "5m euros": a scale, then the currency
            code = lx.CURRENCY_WORDS.get(cur.group(1).lower(), "USD")
            return Number(span, start, end, _scaled(span), code, "money")
        if unit == "m" and _MILLIONS_OF.match(text, end):
            value = _to_number(m.group(0))
            if value is not None and value < 100:  # "1.2m customers"; "100m hurdles" is a race
                return Number(span, start, end, _scaled(span), None, "count")
        return Number(span, start, end, _to_number(m.group(0)), unit, "measure")
    if group == "fraction":
        if re.search(_PERCENT_SIGN + "$", span):  # "3-1/2 percent", "5-1/2%"
            return Number(span, start, end, None, "percent", "percent")
        kind, unit = _context_kind(text, start, end)
        return Number(span, start, end, None, unit, "measure" if unit else "other")
    if group == "milit":
        return Number(span, start, end, None, None, "time")
    if group == "rankno":
        if not _RANKING_BEFORE.search(text, max(0, start - 12), start):
            return None
        at = start + len(span) - len(span[3:].lstrip())  # the number itself, as '1.' -> '1'
        return Number(text[at:end], at, end, int(text[at:end]), None, "other")
    if group == "rank":
        return Number(span, start, end, int(span[1:]), None, "ordinal")  # "the #2 browser"
    if group == "wfraction":
        return Number(span, start, end, None, None, "other")  # "two thirds of those"
    if group == "odds":
        if "-for-" in span:
            return Number(span, start, end, None, None, "other")  # "0-for-9": made of attempted
        return Number(span, start, end, None, None, "other")  # "one-in-five"
    if group == "ordinal":
        if span.endswith("-century"):
            return Number(span, start, end, int(span[:-10]), None, "ordinal")  # "19th-century"
        first, dash, last = span.replace("–", "-").partition("-")
        if dash and _ORDINAL_SUFFIX.fullmatch(first) and _ORDINAL_SUFFIX.fullmatch(last):
            return Number(span, start, end, None, None, "ordinal")  # "3rd-4th place": one span
        if not _ORDINAL_SUFFIX.fullmatch(span):
            return Number(span, start, end, None, span[-2:], "measure")  # "14st": stone
        if _ORDINAL_NAME_AFTER.match(text, end):
            return None  # "17th Street", "the 25th Amendment"
        return Number(span, start, end, int(re.sub(r"\D", "", span)), None, "ordinal")
    if group == "decade":
        if re.fullmatch(r"\d0s", span) and not _DECADE_BEFORE.search(
            text, max(0, start - 12), start
        ):
            return Number(span, start, end, None, "year", "measure")  # "in their 50s": an age
        return Number(span, start, end, None, None, "year")
    if group == "agegroup":
        return Number(span, start, end, int(span[:-1]), "year", "measure")  # "over-65s"
    if group == "record":
        return Number(span, start, end, None, None, "score")  # a team's record "(1-0-2)"
    if group == "triple":  # "improved to 14-0-1", "a 1-6-2 skid": a won-lost-tied record
        floor = max(0, start - 300)
        sent_lo = max(text.rfind(".", floor, start), text.rfind("\n", floor, start), floor - 1)
        context = text[sent_lo + 1 : min(len(text), end + 60)]
        if not _FORMATION_AFTER.match(text, end) and (
            _SPORT.search(context)
            or _GAMES.search(context)
            or _RESULT_AFTER.match(text, end)
            or _RUN_AFTER.match(text, end)
        ):
            return Number(span, start, end, None, None, "score")
        return Number(span, start, end, None, None, "other")  # "finish 1-2-3 in the voting"
    if group == "digits":
        value = _scaled(span)
        if re.fullmatch(r"\d+", span) and (
            _SEQUENCE_BEFORE.search(text, max(0, start - 12), start)
            or _label_noun_before(text, start, end)
            or (text[start - 1 : start] == "[" and text[end : end + 1] == "]" and len(span) < 4)
        ):
            return Number(span, start, end, value, None, "other")  # "week 22", "round 3"
        if _TIEBREAK.search(text, max(0, start - 8), start) and text[end : end + 1] == ")":
            return Number(span, start, end, value, None, "score")
        plain = re.fullmatch(r"\d+", span) is not None
        if (span in ("911", "999", "112") and _EMERGENCY_AFTER.match(text, end)) or (
            plain and len(span) == 3 and _EMERGENCY_BEFORE.search(text, max(0, start - 10), start)
        ):
            return None  # "called 911", "calling 101": the service's name, not a quantity
        if plain and _ADDRESS_AFTER.match(text, end):
            return None  # "10 Downing Street": part of an address
        if span == "1" and _ODDS_IN.match(text, end):
            return Number(span, start, end, 1, None, "other")  # "1 in 4 people": odds
        if (
            plain
            and len(span) == 2
            and int(span) >= 55
            and _GOLF_BEFORE.search(text, max(0, start - 50), start)
            and _GOLF_AFTER.match(text, end)
        ):
            return Number(span, start, end, value, None, "score")  # "shot a 4-under 68"
        if _TIMES_AFTER.match(text, end) or _MULTIPLE_AFTER.match(text, end):
            return Number(span, start, end, value, None, "other")  # "2.6 times more lethal"
        if _is_rating(text, start, end) or (
            _BY_BEFORE.search(text, max(0, start - 4), start) and _TIMES_END.match(text, end)
        ):
            return Number(span, start, end, value, None, "other")  # "a 93.2 grade", "by 100 times"
        if plain and _TITLE_AFTER.match(text, end):
            return None  # a number opening a title
        if plain and (start == 0 or text[start - 1] == "\n") and re.match(r"[.)] ", text[end:]):
            return Number(span, start, end, int(span), None, "other")  # "2. Take inventory"
        if _AT_AGE.search(text, max(0, start - 7), start):
            return Number(span, start, end, value, "year", "measure")  # "at age 43"
        if _ERA_AFTER.match(text, end) or _ERA_BEFORE.search(text, max(0, start - 6), start):
            return Number(span, start, end, None, None, "year")  # "5,316 BCE", "AD 410"
        if plain and len(span) == 4 and _THE_YEAR_BEFORE.search(text, max(0, start - 10), start):
            return Number(span, start, end, int(span), None, "year")  # "the year 2100"
        if plain and len(span) == 4 and 1500 <= int(span) <= 2099:
            after = text[end : end + 12]
            unit_m = _UNIT_AFTER.match(text, end)
            unit_word = unit_m.group(1).lower() if unit_m else ""
            approx = _APPROX_BEFORE.search(text, max(0, start - 16), start)
            if approx and _LOWER_WORD_AFTER.match(text, end):
                return Number(span, start, end, int(span), None, "count")  # "over 1800 people"
            if not re.match(r"\s?(?:%|percent)", after) and unit_word not in lx.MEASURE_UNITS:
                return Number(span, start, end, int(span), None, "year")
        kind, unit = _context_kind(text, start, end)
        if kind == "money":
            return Number(span, start, end, value, unit, "money")
        return Number(span, start, end, value, unit, kind)
    # Spelled-out numbers.
    low = span.lower()
    if span[0].isupper() and not sent_init:
        return None  # Air Force One, Formula One
    if _LABEL_BEFORE.search(text, max(0, start - 10), start):
        return None  # "phase one": a name for a stage
    if text[max(0, start - 6) : start].lower() == "multi-":
        return None  # "multi-trillion-dollar": no quantity
    if low == "zero" and text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        return None  # "zero-Covid policy": a term, no count
    if low == "zero" and _GROUND_BEFORE.search(text, max(0, start - 8), start):
        return None  # "ground zero": a place
    if low == "one" and _ODDS_IN.match(text, end):
        return Number(span, start, end, 1, None, "other")  # "one in seven": odds, as "one-in-five"
    if low == "one" and (
        _ONE_ON_ONE_AFTER.match(text, end)
        or _ONE_ON_ONE_BEFORE.search(text, max(0, start - 8), start)
        or (_ON_BEFORE.search(text, max(0, start - 4), start) and _HAND_AFTER.match(text, end))
        or _ONE_SAID_AFTER.match(text, end)
    ):
        return None  # "one-on-one", "on one hand", "one told reporters": no count
    if (
        low == "one"
        and not _ALL_BUT_BEFORE.search(text, max(0, start - 10), start)
        and (
            _ONE_AFTER.match(text, end)
            or (
                _FROM_BEFORE.search(text, max(0, start - 6), start)
                and _ANOTHER_AFTER.match(text, end, end + 40)
            )
            or _ONE_BEFORE.search(text, max(0, start - 12), start)
            or _ONE_VERB_AFTER.match(text, end)
            or _ONE_AFTER_ANOTHER.match(text, end)
        )
    ):
        return None  # "one of the", "no one": a pronoun, not a count
    if low in ("dozens", "hundreds", "thousands", "millions", "billions"):
        kind, unit = _context_kind(text, start, end)
        of_unit = _OF_UNIT.match(text, end)
        if kind == "count" and of_unit:
            word = of_unit.group(1).lower()
            if (
                word in ("year", "years")
                or word in lx.MEASURE_UNITS
                or _singular(word) in (lx.MEASURE_UNITS)
            ):
                return Number(span, start, end, None, _singular(word), "measure")
        if (
            kind == "count"
            and low in ("millions", "billions")
            and not of_unit
            and _MONEY_VERB_BEFORE.search(text, max(0, start - 16), start)
        ):
            return Number(span, start, end, None, None, "money")  # "poured millions into"
        return Number(span, start, end, None, unit, kind)
    # "several thousand" keeps only "thousand"; "a dozen" keeps "dozen".
    value = _word_value(span)
    if _TIMES_AFTER.match(text, end):
        return Number(span, start, end, value, None, "other")  # "three times as contagious"
    kind, unit = _context_kind(text, start, end)
    return Number(span, start, end, value, unit, kind)


def _scaled(digits_scale: str) -> float | int | None:
    m = re.match(rf"(\d+[½¼¾⅓⅔⅛⅜⅝⅞]|{_NUM})[\s-]?([A-Za-z]*)((?:\s[a-z]+)?)", digits_scale)
    if not m:
        return None
    value = _to_number(m.group(1))
    for scale in (m.group(2).lower(), m.group(3).strip()):  # "5 thousand million"
        if value is not None and scale in _SCALE_VALUE:
            value = value * _SCALE_VALUE[scale]
            if isinstance(value, float) and value.is_integer():
                value = int(value)
    return value


def _context_kind(text: str, start: int, end: int) -> tuple[NumberKind, str | None]:
    if _TOP_BEFORE.search(text, max(0, start - 4), start):
        return "other", None  # "the top 10 of the list", "top-20": a rank bracket, no count
    half = _AND_A_HALF.match(text, end)
    if half:
        return _context_kind(text, start, half.end())  # "five and a half years"
    sub = _SUBUNIT_AFTER.match(text, end)
    if sub:
        return "money", "GBP" if sub.group(1) == "pence" else "USD"  # "15 cents an hour"
    cur = _CURRENCY_AFTER.match(text, end)
    if cur:
        return "money", lx.CURRENCY_WORDS.get(cur.group(1).lower(), "USD")
    per_cur = _PER_CURRENCY.match(text, end)
    if per_cur and per_cur.group(1) in ("dollar", "euro", "pound", "yen", "yuan"):
        return "money", None
    if _BLOCKS_AFTER.match(text, end):
        return "measure", "block"
    unit_m = _UNIT_AFTER.match(text, end)
    if unit_m:
        word = unit_m.group(1)
        low = word.lower()
        if low not in lx.MEASURE_UNITS and "/" in low:
            word = low = low.partition("/")[0]  # "120 mg/dL", "30 m/s": a unit per another
        if (
            low in lx.MEASURE_UNITS
            and not (low == "m" and text[end : end + 1] != " ")
            and not (low == "second" and text.startswith("-", unit_m.end()))
        ):  # "10 second-half points": the ordinal of a compound, no unit
            return "measure", _singular(word)
        if low in ("years", "year") or (low == "old"):
            return "measure", "year"
        if low in _SEASONS:
            return "measure", "season"  # "six seasons as an assistant": a span of time
    unit2 = _UNIT_AFTER2.match(text, end)
    if unit2 and _WHEN_AFTER.match(text, end):
        unit2 = None  # "jumped to 12 last week": when it happened, not the number's unit
    if unit2 and unit2.group(1).lower() in lx.MEASURE_UNITS:
        return "measure", _singular(unit2.group(1))
    if unit2 and unit2.group(1) == "seasons":
        return "measure", "season"  # "three consecutive seasons"
    per = _PER_AFTER.match(text, end)
    if per and (
        per.group(1) is None
        or (
            per.group(2) in lx.MEASURE_UNITS
            and (per.group(1) in _RATE_NOUNS or _singular(per.group(1)) in lx.MEASURE_UNITS)
        )
    ):
        return "measure", None
    if (
        _MAGNITUDE_BEFORE.search(text, max(0, start - 12), start)
        or _RICHTER_AFTER.match(text, end)
        or ("." in text[start:end] and _MAGNITUDE_AFTER.match(text, end))
    ):
        return "measure", "magnitude"  # "a magnitude 7.1 earthquake", "6.4 on the Richter scale"
    if _INDEX_POINTS.match(text, end - 1, end + 12) or (
        "." in text[start:end] and _DECIMAL_POINTS.match(text, end)
    ):
        return "measure", "point"
    if _DECIMAL_POINTS.match(text, end) and _poll_or_index_points(text, start, end):
        return "measure", "point"  # "won the state by 16 points", "the Dow fell 500 points"
    before = text[max(0, start - 40) : start]
    if _IS_AGED.search(before) and re.match(
        r"[,.;)]|\s(?:and|but|when|now|at)\b|$", text[end : end + 6]
    ):
        return "measure", "year"  # "she’s 42 and just got married": an age
    # Each age pattern only where the word before the number can end it (a cheap test first).
    last = before[-7:]
    if (
        "at" in last and _AGE_EVENT_BEFORE.search(before) and _AGE_EVENT_AFTER.match(text, end)
    ) or (_AGE_OPENING_AFTER.match(text, end) and _AGE_OPENING_BEFORE.search(before)):
        return "measure", "year"  # "died at 85", "At 30, she moved"
    if (
        last.endswith(("now ", "now\u00a0"))
        and _AGE_NOW.search(before)
        and text[end : end + 1] in ",)"
    ):
        return "measure", "year"  # "The girl, now 14, said"
    if ("ge" in before and _AGED_BEFORE.search(before)) or (
        last.rstrip().endswith(_AGE_LIMIT_WORDS)
        and _AGE_GROUP_AFTER.match(text, end)
        and _AGE_GROUP_BEFORE.search(before)
    ):
        return "measure", "year"  # "aged 18 to 24", "between the ages of 18 and 24"
    if (
        last.rstrip().endswith(("turned", "turns", "turn", "turning", "as"))
        and _AGE_TURNED_BEFORE.search(before)
        and _AGE_TURNED_AFTER.match(text, end)
    ):
        return "measure", "year"  # "he turned 18 last month", "children as young as 5"
    if _AGE.search(before) and re.match(r"[,)]|\s[–—-]\s|\sand\s\d", text[end : end + 7]):
        return "measure", "year"
    if re.search(r"\b[A-Z][a-z]+[ \u00a0]$", before) and re.match(r", of [A-Z]", text[end:]):
        return "measure", "year"  # "Ryan S. Hollman 31, of Hope": an age before a hometown
    if re.search(r"\b(?:to|at)\s$", before) and "." in text[start:end]:
        sent_lo = text.rfind(".", 0, max(0, start - 30))
        if re.search(r"\bpoints?\b", text[sent_lo + 1 : start]):
            return "measure", "point"
    dimension = _DIMENSION_AFTER.match(text, end)
    if dimension:
        return "measure", _singular(dimension.group(1))  # "30 storeys high"
    tail = before[-26:]
    if ("weigh" in before or "measur" in before or " of" in tail) and _MEASURING_BEFORE.search(
        before
    ):
        unit_m = _MEASURING_UNIT.match(text, end)
        return "measure", _singular(unit_m.group(1)) if unit_m else None  # "weighing 500 zentner"
    return "count", None
