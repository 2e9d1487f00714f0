"""Word lists the rules consult: speech cues, titles, organisation and place words, months.

Everything here is written for this project (no third-party list) except the census first
names, which load from `data/first_names.txt` (public domain, see `data/README.md`).
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _words(block: str) -> frozenset[str]:
    return frozenset(w for w in block.split() if w)


# Speech and writing verbs in every tense a news report uses; the lemma is the key the
# attribution module reports as `cue` text (we report the form as written instead).
_CUE_LEMMAS = [
    "say",
    "tell",
    "add",
    "warn",
    "insist",
    "write",
    "state",
    "read",
    "claim",
    "argue",
    "ask",
    "reply",
    "stress",
    "declare",
    "announce",
    "continue",
    "conclude",
    "acknowledge",
    "admit",
    "comment",
    "observe",
    "remark",
    "recall",
    "urge",
    "tweet",
    "post",
    "suggest",
    "testify",
    "maintain",
    "confirm",
    "deny",
    "respond",
    "counter",
    "complain",
    "predict",
    "promise",
    "vow",
    "pledge",
    "caution",
    "emphasise",
    "emphasize",
    "explain",
    "note",
    "report",
    "describe",
    "quip",
    "joke",
    "concede",
    "lament",
    "demand",
    "allege",
    "contend",
    "agree",
    "disagree",
    "shout",
    "yell",
    "scream",
    "whisper",
    "sigh",
    "laugh",
    "boast",
    "brag",
    "mutter",
    "exclaim",
    "proclaim",
    "assert",
    "affirm",
    "reiterate",
    "repeat",
    "charge",
    "accuse",
    "advise",
    "answer",
    "announce",
    "blast",
    "slam",
    "praise",
    "criticise",
    "criticize",
    "mention",
    "explain",
    "recount",
    "recommend",
    "retort",
    "rule",
    "speak",
    "told",
]

_IRREGULAR = {
    "say": ["said", "says", "saying", "say"],
    "tell": ["told", "tells", "telling", "tell"],
    "write": ["wrote", "writes", "writing", "written", "write"],
    "read": ["reads", "read", "reading"],
    "speak": ["spoke", "speaks", "speaking", "spoken"],
    "rule": ["ruled", "rules"],
    "told": ["told"],
}


def _inflect(lemma: str) -> list[str]:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return [lemma + "d", lemma + "s", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma[:-1] + "ied", lemma[:-1] + "ies", lemma + "ing"]
    if lemma.endswith(("sh", "ch", "ss", "x")):
        return [lemma + "ed", lemma + "es", lemma + "ing"]
    if lemma in ("quip", "brag", "admit", "regret"):
        return [lemma + lemma[-1] + "ed", lemma + "s", lemma + lemma[-1] + "ing"]
    return [lemma + "ed", lemma + "s", lemma + "ing"]


SPEECH_CUES: frozenset[str] = frozenset(
    form for lemma in _CUE_LEMMAS for form in _inflect(lemma)
) | frozenset(["according", "put", "puts", "called", "calls", "calling", "went", "goes"])

# Cues that report speech only loosely ("described", "praised", "agreed"): a quote right next
# to one is not attributed by adjacency alone. Every other cue is strong.
_WEAK_CUE_LEMMAS = frozenset(
    """
    pledge report describe demand agree disagree yell scream whisper sigh laugh brag mutter
    proclaim affirm charge accuse advise answer blast slam praise criticise criticize mention
    recount recommend retort rule told
    """.split()  # noqa: SIM905 - a word list reads best as words
)

# Cues that mark speech strongly enough to attribute a quote right next to them.
STRONG_CUES: frozenset[str] = frozenset(
    form for lemma in _CUE_LEMMAS if lemma not in _WEAK_CUE_LEMMAS for form in _inflect(lemma)
)

PRONOUNS_MALE = frozenset(["he", "him", "his"])
PRONOUNS_FEMALE = frozenset(["she", "her", "hers"])
PRONOUNS_PLURAL = frozenset(["they", "them", "their", "we"])
PRONOUNS_NEUTER = frozenset(["it", "its"])

HONORIFICS = _words(
    """mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lady lord sen sen.
    rep rep. gov gov. lt lt. col col. gen gen. sgt sgt. capt capt. cmdr maj maj. adm adm.
    rev rev. fr fr. sheikh imam rabbi pastor father sister brother judge justice st. mx mx.
    hon hon. mme mlle herr"""
)

# Title words that, written before a name, make it a person ("President Donald Trump").
TITLE_WORDS = _words(
    """president vice minister secretary senator representative congressman congresswoman
    governor mayor chancellor premier king queen prince princess pope cardinal bishop
    ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chair ceo cfo
    coo cto founder co-founder director administrator commissioner chief head leader
    official attorney lawyer judge general colonel captain lieutenant sergeant commander
    admiral marshal major inspector detective officer deputy adviser advisor aide analyst
    economist strategist manager executive editor correspondent reporter columnist writer
    author professor researcher scientist doctor physician surgeon nurse coach player
    striker goalkeeper midfielder defender singer actor actress star rapper musician artist
    designer architect producer host presenter anchor candidate nominee mp lawmaker
    legislator councillor councilman councilwoman sheriff prosecutor counsel partner
    owner investor banker trader student teacher principal dean rector provost emir sultan
    ayatollah cleric prime foreign defence defense interior justice finance treasury state
    health education energy trade economy culture agriculture transport labour labor
    homeland presidential ministerial deputy assistant associate acting former ex senior
    junior special top u.s. us un eu nato white house republican democratic democrat
    conservative labour liberal party national federal regional local state-run
    meteorologist spokesmen officials"""
)

# A role phrase ends in one of these nouns.
ROLE_NOUNS = _words(
    """president minister secretary senator representative congressman congresswoman
    governor mayor chancellor premier king queen prince princess pope ambassador envoy
    spokesman spokeswoman spokesperson chairman chairwoman chair ceo cfo coo cto founder
    co-founder director administrator commissioner chief head leader official attorney
    lawyer judge general colonel captain lieutenant sergeant commander admiral marshal
    inspector detective officer adviser advisor aide analyst economist strategist manager
    executive editor correspondent reporter columnist writer author professor researcher
    scientist doctor physician surgeon nurse coach player striker goalkeeper singer actor
    actress star rapper musician artist designer architect producer host presenter anchor
    candidate nominee mp lawmaker legislator councillor sheriff prosecutor counsel partner
    owner investor banker trader teacher principal dean emir sultan ayatollah cleric
    meteorologist specialist expert engineer economist pilot champion captain manager member
    ruler monarch boss vice-president vp staffer operative diplomat insider quarterback
    linebacker cornerback receiver rusher pitcher catcher shortstop outfielder infielder
    midfielder defender winger""".replace("\n", " ")
)

# Words naming a group, office or document that speaks for an organisation.
ORG_ROLE_NOUNS = _words(
    """company firm agency group ministry department office statement report letter release
    label organisation organization party government administration campaign team club
    committee council commission board court union network channel outlet newspaper paper
    magazine website site center centre institute university school bank service
    authority authorities police army military body coalition alliance movement bureau
    regulator watchdog studio network airline carrier maker manufacturer retailer
    corporation association federation league charity foundation fund embassy consulate
    publication broadcaster station"""
)

DOCUMENT_NOUNS = _words(
    """statement report letter release memo note post tweet document filing complaint
    indictment lawsuit ruling order decision study survey message announcement transcript
    proposal offer plan bill text notice email e-mail"""
)

# Words that make a capitalised sequence an organisation, building or place, not a person.
ORG_WORDS = _words(
    """center centre ministry agency front records productions production group awards
    award inc inc. co co. corp corp. corporation company companies llc ltd ltd. plc gmbh
    university college school institute academy council committee commission party army
    forces force navy police department office bureau service services news times post
    journal herald tribune gazette telegraph guardian daily weekly magazine network
    channel tv radio airport airlines airline airways street avenue road square bridge
    station hospital clinic church mosque cathedral temple museum library hotel stadium
    arena park hall house palace tower building club team fc united city county state
    republic kingdom union federation association foundation fund bank reserve exchange
    board court senate congress parliament assembly administration government authority
    authorities capital partners management holdings ventures systems technologies
    robotics labs laboratories media entertainment studios pictures games music label
    brands motors energy oil gas petroleum pharmaceuticals health care reporter review
    press wire organization organisation alliance coalition movement brigade battalion
    regiment division command headquarters cup league championship tournament olympics
    festival prize trophy open series race grand prix finals final games conference summit
    forum program programme project mission initiative act law bill treaty accord
    convention constitution declaration index average composite exchange market markets
    street university's clinic's sciences science research laboratory electric electronics
    motors pharmacy airlines insurance securities capital group's institute's
    directorate inspector general enforcement administration's protection survey
    reconciliation citadel province region district valley mountains mountain river lake
    pavilion amphitheatre amphitheater theatre theater brothers sisters insider
    society institution observatory telescope satellite rover spacecraft console edition
    works beauty cosmetics foods restaurants pharma biotech therapeutics ministries
    sea ocean island islands coast gulf bay peninsula desert basin strait canal
    international week expo prison jail penitentiary"""
)


MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thurs fri sat sun"
)

COUNTRIES = _words(
    """afghanistan albania algeria andorra angola argentina armenia australia austria
    azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan
    bolivia bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada
    chad chile china colombia comoros congo croatia cuba cyprus czechia czech denmark
    djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france
    gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras
    hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
    kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
    liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives
    mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro
    morocco mozambique myanmar burma namibia nauru nepal netherlands holland nicaragua niger
    nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
    portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia
    slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan
    tanzania thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda ukraine
    uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe america
    britain england scotland wales europe asia africa antarctica oceania crimea gaza
    tibet kashmir kurdistan chechnya hong kong macau"""
)

NATIONALITIES = _words(
    """afghan albanian algerian american andorran angolan argentine argentinian armenian
    australian austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian
    bosnian brazilian british bulgarian cambodian cameroonian canadian chilean chinese
    colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian
    emirati english eritrean estonian ethiopian european filipino finnish french georgian
    german ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian
    iranian iraqi irish israeli italian jamaican japanese jordanian kazakh kenyan korean
    kosovar kurdish kuwaiti kyrgyz lao latvian lebanese liberian libyan lithuanian
    luxembourgish malaysian malian maltese mexican moldovan mongolian moroccan mozambican
    namibian nepalese nigerian norwegian omani pakistani palestinian panamanian paraguayan
    peruvian polish portuguese qatari romanian russian rwandan saudi scottish senegalese
    serbian singaporean slovak slovenian somali spanish sudanese swedish swiss syrian
    taiwanese tajik tanzanian thai tunisian turkish turkmen ugandan ukrainian uruguayan
    uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean arab arabic asian african
    western eastern northern southern western middle latin hispanic muslim christian
    jewish catholic protestant sunni shia shiite alawite kurd kurds sikh hindu buddhist
    democrat democrats republican republicans conservative conservatives liberal liberals
    soviet persian european"""
)

# Frequent capitalised words that are not names (sentence openers, days, function words).
CAPITAL_STOPWORDS = _words(
    """a an the this that these those there here it its it's he she they we you i me my our
    your their his her him them us who whom whose what which when where why how while if
    then than though although because since as at by for from in into of off on onto out
    over to under up upon with within without about above after against along among around
    before behind below beneath beside between beyond but despite down during except like
    near past per plus through throughout till toward towards until via and or nor so yet
    not no yes all any both each every few more most other some such only own same too very
    can just should now also even still already again once earlier later meanwhile
    however moreover furthermore instead otherwise indeed thus hence therefore besides
    today tomorrow yesterday tonight last next first second third new old many much several
    according one two three four five six seven eight nine ten is are was were be been being
    have has had do does did said says say told tells asked mr mrs ms dr why breaking
    read watch see click subscribe share follow photo video image getty ap afp reuters
    update updated editor's note sign log please advertisement hey oh hi hello dear wow ok
    okay thanks thank well maybe perhaps yes sure"""
)

# Single capitalised words that are outlets or agencies (speakers, never people).
KNOWN_ORGS = _words(
    """ap afp reuters dpa sana tass ria interfax xinhua bbc cnn cnbc nbc abc cbs fox msnbc
    npr pbs nasa nato un eu who imf fbi cia nsa osce opec google apple amazon facebook
    twitter microsoft netflix tesla spacex youtube instagram tiktok whatsapp uber hamas
    hezbollah taliban isis isil kremlin pentagon politifact variety disney nintendo sony
    samsung intel ibm oracle nvidia walmart boeing airbus toyota ford gm"""
)

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

SCALE_WORDS: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "m": 1_000_000, "mn": 1_000_000,
    "k": 1000, "tn": 1_000_000_000_000,
}  # fmt: skip

# Units a spaced number measures (singular form is the reported `unit`).
MEASURE_UNITS: dict[str, str] = {}
for _u in [
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "decade",
    "century",
    "mile",
    "kilometre",
    "kilometer",
    "metre",
    "meter",
    "foot",
    "feet",
    "inch",
    "yard",
    "pound",
    "ounce",
    "ton",
    "tonne",
    "gram",
    "kilogram",
    "kg",
    "km",
    "mph",
    "kph",
    "km/h",
    "cm",
    "mm",
    "m",
    "ft",
    "lb",
    "lbs",
    "oz",
    "acre",
    "hectare",
    "degree",
    "point",
    "litre",
    "liter",
    "gallon",
    "barrel",
    "mile",
    "calorie",
    "volt",
    "watt",
    "kilowatt",
    "megawatt",
    "gigawatt",
    "byte",
    "megabyte",
    "gigabyte",
    "terabyte",
    "mb",
    "gb",
    "tb",
    "kb",
    "ghz",
    "mhz",
    "percentage-point",
    "basis",
    "millimeter",
    "millimetre",
    "centimetre",
    "centimeter",
    "square",
    "cubic",
    "micron",
    "micrometre",
    "micrometer",
    "nanometre",
    "nanometer",
    "microgram",
    "milligram",
    "mg",
    "millilitre",
    "milliliter",
    "ml",
    "knot",
    "decibel",
    "hertz",
    "joule",
    "kiloton",
    "megaton",
    "kwh",
    "kw",
    "mw",
    "gw",
    "light-year",
]:
    MEASURE_UNITS[_u] = _u
    if not _u.endswith("s"):
        MEASURE_UNITS[_u + "s"] = _u
MEASURE_UNITS.update({"feet": "foot", "inches": "inch", "centuries": "century", "lbs": "pound"})

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB",
    "A$": "AUD", "C$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL",
    "₩": "KRW", "₺": "TRY", "₪": "ILS", "CHF": "CHF", "USD": "USD", "EUR": "EUR",
    "GBP": "GBP", "JPY": "JPY", "RUB": "RUB", "CNY": "CNY", "INR": "INR",
}  # fmt: skip

CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "rupees": "INR",
    "rubles": "RUB", "roubles": "RUB", "francs": "CHF", "pesos": "MXN",
}  # fmt: skip


@cache
def first_names() -> dict[str, str]:
    """Lower-cased first name -> 'm', 'f' or 'u' (census lists plus our own additions)."""
    names: dict[str, str] = {}
    text = resources.files("reader.analysis").joinpath("data/first_names.txt").read_text("utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, _, gender = line.partition("\t")
        names[name] = gender or "u"
    for name in EXTRA_MALE.split():
        names.setdefault(name, "m")
    for name in EXTRA_FEMALE.split():
        names.setdefault(name, "f")
    for word in NOT_FIRST_NAMES:
        names.pop(word, None)
    return names


# First names the 1990 US census lists miss (international news), written for this project.
EXTRA_MALE = (
    """
will gael guido diego cristian vasek reilly yasutaka yoshihito botic kei kenji hiroshi
takeshi haruki shohei yuki daisuke akira satoshi taro jiro ichiro hideki koji makoto
wei jun hao lei ming jian feng bo yong jie tao xin chen hyun sung min joon seung jin
raul alejandro santiago mateo matias joaquin facundo agustin nicolás sebastian gonzalo
guillermo ignacio alvaro alvaro iker xavi gerard andres enrique fernando rodrigo
gianluigi gianluca giorgio lorenzo alessandro luca marco paolo stefano fabio fabrizio
francesco andrea davide simone massimo matteo pierre jean luc yves thierry didier
gilles olivier laurent benoit sebastien stephane herve jerome remi mathieu gregoire
jurgen dirk uwe rainer joachim markus stefan tobias sascha kai timo niklas florian
bastian mats jakub tomas vaclav milan zdenek radek petr ondrej lukas marek pavol
dusan goran zoran dragan nikola stanislas wojciech krzysztof grzegorz tomasz marcin
lech jaroslaw donald recep kemal ahmet mustafa hakan burak arda cem murat ozan volkan
ayman ashraf hosni anwar gamal hamza idris jamal kamal khalil mahdi nasser qasem
qassem reza hassan javad mohsen abbas ali-reza majid masoud ebrahim hossein mojtaba
yahya zaid ziad nabih nouri haider hadi moqtada adel ayad iyad fuad
""".replace("\n", " ")
    + """
ali ahmed ahmad mohammed muhammad mohammad mohamed hassan hussein hussain omar umar osama
khalid khaled abdul abdullah abdel mahmoud mustafa mostafa youssef yusuf ibrahim ismail
fares faris bashar hafez walid tariq tarek karim kareem nabil samir hamid rashid saeed
said saad fahd faisal salman hamad tamim recep tayyip mevlut binali bulent emre mehmet
vladimir dmitry dmitri sergey sergei alexei alexey aleksandr alexander andrei andrey
nikolai mikhail mikhail yuri igor oleg boris ivan pavel viktor vitaly vitali evgeny
yevgeny gennady anatoly valery vasily konstantin maxim roman ruslan ramzan volodymyr
petro arseniy vitali taras xi li wang zhang liu chen yang huang zhao wu zhou hu jiang
shinzo fumio yoshihide kim moon jae-in narendra rahul amit manmohan imran nawaz shehbaz
benjamin benny naftali yair avigdor ehud bibi mahmoud recep emmanuel francois jacques
nicolas jean-claude jean-yves jean-marc jean-luc jean-pierre angela olaf wolfgang frank-walter
heiko horst jens matteo giuseppe sergio mario silvio enrico pedro mariano jose josé
luiz inacio jair andres andrés manuel lopez nicolás hugo evo recep justin boris keir
rishi nigel jeremy sadiq dominic theresa jacinda scott anthony kevin volker hans jürgen
juergen dieter klaus gerhard helmut lars nils sven bjorn björn jan piotr andrzej mateusz
viktor orban milos aleksandar novak rafael roger feliciano marcel roberto karen andrey
daniil stefanos dominic kylian cristiano lionel neymar kylian zinedine didier arsene
jurgen pep mauricio unai carlo zlatan gareth harry kane wayne raheem
elon jeff tim sundar satya mark jack larry sergey steve
jim gabe kurt volodymyr hunter rudy mike mitch chuck joe bernie pete beto
cory andrew julian tom michael bill
""".replace("\n", " ")
)

EXTRA_FEMALE = """
yulia saori yoko keiko mei ling xiaoming ying hui jing li-ying hye soo ji-woo
carmen pilar montserrat lucia sofia valentina martina giulia chiara francesca
alessandra federica silvia elisa ilaria sabine ute heike birgit anke katrin
jana petra lenka katarzyna agnieszka malgorzata beata dorota ewa aylin elif
zeynep leyla rania yasmin yasmine samira nadia huda hanan lina dina amal
maria mariya tatiana tatyana olga natalia natalya svetlana yelena elena irina ekaterina
yulia yuliya valentina lyudmila anastasia ksenia marina alina angela ursula annalena
theresa liz nicola priti fatima aisha ayesha leila layla noor nour zainab mariam maryam
hillary kamala nancy ilhan sheryl marianne rashida ayanna alexandria tulsi kirsten amy elizabeth
greta jacinda sanna mette ngozi christine kristalina kristi sonya ariana demi britney
kylie kim khloe kourtney beyonce rihanna adele taylor selena miley gwyneth oprah
meghan kate camilla michelle melania ivanka jill hope gwynne
""".replace("\n", " ")

# Census "first names" that are far more often ordinary words or places in news text.
NOT_FIRST_NAMES = _words(
    """may june august march april king major hope grace joy summer rich china georgia
    virginia carolina dakota florida india jordan chad israel paris london washington
    houston dallas austin denver phoenix lincoln madison christian page rose sky star dawn
    early else house love lane long young white black brown green gray grey golden guy man
    see sun son can sunday monday friday"""
)

# Places that often stand in capitalised runs (US states, large cities, regions).
PLACES = _words(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada
    hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode
    island tennessee texas utah vermont virginia washington wisconsin wyoming columbia
    angeles francisco diego jose vegas orleans chicago boston houston dallas miami
    atlanta seattle denver detroit phoenix philadelphia baltimore brooklyn manhattan
    bronx queens london paris berlin moscow beijing tokyo madrid rome kyiv kiev aleppo
    damascus baghdad tehran kabul cairo istanbul ankara jerusalem gaza beirut riyadh
    dubai doha delhi mumbai karachi islamabad hamburg munich frankfurt brussels geneva
    vienna warsaw prague budapest athens lisbon dublin edinburgh glasgow manchester
    liverpool sydney melbourne toronto vancouver montreal ottawa hollywood silicon
    valley wall street downing kremlin idlib homs raqqa mosul donbas donetsk luhansk
    crimea sevastopol odessa kharkiv minsk tbilisi baku yerevan north south east west
    central upper lower greater new old saint st san santa los las fort port
    mount lake moon earth mars hill hills heights springs beach harbor harbour village
    spokane aberdeenshire sioux falls napa sierra"""
)


# Common English hypocorisms whose short form does not begin the formal name (Pat/Patrick
# needs no entry): "Mike Ford" and "Michael Ford" are one person.
_HYPOCORISMS = {
    "robert": "bob bobby robbie bert",
    "william": "bill billy",
    "michael": "mike mikey",
    "richard": "dick rick ricky",
    "james": "jim jimmy jamie",
    "john": "jack johnny",
    "thomas": "tom tommy",
    "edward": "ted teddy ned eddie",
    "anthony": "tony",
    "charles": "chuck charlie",
    "henry": "hank harry",
    "lawrence": "larry",
    "gerald": "jerry",
    "joseph": "joe joey",
    "margaret": "peggy maggie meg",
    "elizabeth": "liz betty beth lizzie libby",
    "katherine": "kate katie kathy",
    "catherine": "kate katie cathy",
    "christopher": "chris kit",
    "christine": "chris",
    "alexander": "alex sandy",
    "alexandra": "alex sandy",
    "nicholas": "nick nicky",
    "daniel": "dan danny",
    "david": "dave",
    "stephen": "steve",
    "steven": "steve",
    "samuel": "sam sammy",
    "benjamin": "ben benny",
    "matthew": "matt",
    "andrew": "andy drew",
    "patricia": "trish patty",
    "susan": "sue suzy",
    "deborah": "deb debbie",
    "jennifer": "jen jenny",
    "rebecca": "becky becca",
    "timothy": "tim",
    "peter": "pete",
    "frederick": "fred freddie",
    "gregory": "greg",
    "jonathan": "jon",
    "kenneth": "ken kenny",
    "leonard": "len lenny leo",
    "ronald": "ron ronnie",
    "donald": "don donnie",
    "douglas": "doug",
    "raymond": "ray",
    "theodore": "ted teddy theo",
    "victoria": "vicky tori",
    "abigail": "abby",
    "mary": "molly polly",
    "sarah": "sally",
}
FORMAL_FIRST: dict[str, frozenset[str]] = {}
for _formal, _shorts in _HYPOCORISMS.items():
    for _short in _shorts.split():
        FORMAL_FIRST[_short] = FORMAL_FIRST.get(_short, frozenset()) | {_formal}
