"""Probe the People panel with names of kinds the annotated folds hold few of.

Usage: python bench/people_probes.py [--verbose]

Four hand-written probes (general knowledge, no article text), each a list of names put in
three ordinary news sentences:

- `firms`: companies named like people ("Wells Fargo said …"): every person found is false;
- `outlets`: outlets and agencies named in other languages ("Süddeutsche Zeitung reported"):
  every person found is false;
- `titled`: people named after an honorific of another country ("Shri Narendra Modi"): right
  when the People panel holds exactly the name without its honorific.

- `boundaries`: a capitalised word next to a name that is not part of it (a sentence opener,
  a party, a demonym, an occupation, a team or company, a weekday after it, a heading, an
  abbreviation), and names whose apostrophes, hyphens, initials and "Jr." belong to them:
  right when the People panel holds exactly the names wanted.

Printed: false people (firms, outlets) and names right (titled, boundaries). A rule about
names should not make the first two grow or the last two shrink.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.analysis import analyze  # noqa: E402

FIRMS = """Goldman Sachs|Lockheed Martin|Merrill Lynch|Morgan Stanley|Procter Gamble|Ernst Young|
Rolls Royce|Harley Davidson|Johnson Matthey|Marks Spencer|Dow Jones|Bain Capital|Charles Schwab|
Deutsche Bank|Fox News|Hewlett Packard|Bloomberg|Louis Vuitton|Estee Lauder|Ralph Lauren|
Tommy Hilfiger|Calvin Klein|Hugo Boss|Jimmy Choo|Ben Jerry|Dolce Gabbana|Thomson Reuters|
Wells Fargo|Baker Hughes|Boston Scientific|Jones Lang|Sotheby|Christie|Johnson Johnson|
Abbott Laboratories|Walt Disney|Warner Bros|Paramount Pictures|Sony Pictures|Lionsgate"""
OUTLETS = """Agence France-Presse|Deutsche Presse-Agentur|Associated Press|Kyodo News|Xinhua|
Yonhap|Interfax|Al Jazeera|Anadolu Agency|Press Trust of India|Channel NewsAsia|Sky News|
Le Monde|Der Spiegel|El País|La Repubblica|Frankfurter Allgemeine Zeitung|Asahi Shimbun|Dawn|
Haaretz|Kommersant|Izvestia|Gazeta Wyborcza|Jornal Nacional|Folha de S.Paulo|Ouest-France|
Corriere della Sera|Süddeutsche Zeitung|Helsingin Sanomat|Aftenposten|Dagens Nyheter|
Ekstra Bladet|Hurriyet|Sabah|Milliyet|Clarin|Il Messaggero|Nikkei Asia|Mainichi Shimbun|
Yomiuri Shimbun|Straits Times|Bangkok Post|Jakarta Post|Rappler|Tempo|Kompas|Daily Maverick|
Mail & Guardian|Nation Media|Premium Times"""
TITLED = """Shri Narendra Modi=Narendra Modi|Alhaji Atiku Abubakar=Atiku Abubakar|
Datuk Seri Anwar Ibrahim=Anwar Ibrahim|Smt. Nirmala Sitharaman=Nirmala Sitharaman|
Sri Mulyani Indrawati=Sri Mulyani Indrawati|Monsieur Jean Dupont=Jean Dupont|
Señor Pedro Garcia=Pedro Garcia|Frau Angela Merkel=Angela Merkel|
Chief Obafemi Awolowo=Obafemi Awolowo|Maulana Fazlur Rehman=Fazlur Rehman|
Sayyid Ali Khamenei=Ali Khamenei|Hajji Mohammad Ali=Mohammad Ali|
Tun Mahathir Mohamad=Mahathir Mohamad|Dato' Sri Najib Razak=Najib Razak|
Pak Joko Widodo=Joko Widodo|Mwalimu Julius Nyerere=Julius Nyerere|
Ustaz Abdul Somad=Abdul Somad|Archbishop Desmond Tutu=Desmond Tutu|
Grand Ayatollah Ali al-Sistani=Ali al-Sistani|Patriarch Kirill=Kirill"""
# `boundaries`: a capitalised word glued to a name (sentence openers, party, demonym,
# occupation, team or company, a word after the name, headings, abbreviations, apostrophes,
# initials). Each case is a text and the People panel it should show (docs/ANNOTATION.md:
# the fullest name, titles and honorifics dropped, "Jr." kept).
BOUNDARIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # sentence-initial words
    ('After Maria Lopez spoke, the vote was held. "It was close," Lopez said.', ("Maria Lopez",)),
    ("Unlike Peter Hanson, the board stayed silent.", ("Peter Hanson",)),
    ('Asked about the plan, Karen Whitfield said it was "a start."', ("Karen Whitfield",)),
    ("Speaking on Monday, Daniel Ortega said the talks were over.", ("Daniel Ortega",)),
    ("Meanwhile Susan Collins voted against the bill.", ("Susan Collins",)),
    ("Still, Robert Menendez said he was confident.", ("Robert Menendez",)),
    ("Still Robert Menendez said he was confident.", ("Robert Menendez",)),
    ("Like Angela Rayner, he wants a vote.", ("Angela Rayner",)),
    ("Despite Tom Watson's warning, the party split.", ("Tom Watson",)),
    ("Under Liz Truss the pound fell.", ("Liz Truss",)),
    ("Instead Mark Carney called an election.", ("Mark Carney",)),
    ("Then Jim Jordan asked for a recess.", ("Jim Jordan",)),
    ("But Nancy Pelosi said the House would act.", ("Nancy Pelosi",)),
    ("And Chuck Schumer agreed.", ("Chuck Schumer",)),
    ("Yesterday Boris Johnson resigned.", ("Boris Johnson",)),
    ("Earlier Keir Starmer told reporters he would wait.", ("Keir Starmer",)),
    ("Later Rishi Sunak said he had not been told.", ("Rishi Sunak",)),
    ("Writing in the Times, Matthew Parris said the party was lost.", ("Matthew Parris",)),
    ("Including Ann Davies, five people were hurt.", ("Ann Davies",)),
    ("Born in Ohio, Greg Mills moved to Texas.", ("Greg Mills",)),
    ("Elected in 2019, Ayanna Pressley said she would run again.", ("Ayanna Pressley",)),
    ("Responding to the report, Patricia Gomez said it was wrong.", ("Patricia Gomez",)),
    ("Thanks to Kevin Durant, the Suns won.", ("Kevin Durant",)),
    ("Sources close to Ron DeSantis said he would sign it.", ("Ron DeSantis",)),
    # party and ideology words
    ("Democrat Elissa Slotkin said the bill would pass.", ("Elissa Slotkin",)),
    ("Republican Mitt Romney said he would vote no.", ("Mitt Romney",)),
    ("GOP Rep. Matt Gaetz said he would object.", ("Matt Gaetz",)),
    ("Labour MP Jess Phillips said the figures were wrong.", ("Jess Phillips",)),
    ("Tory MP Jacob Rees-Mogg said he disagreed.", ("Jacob Rees-Mogg",)),
    ("Conservative Kemi Badenoch said the plan was costly.", ("Kemi Badenoch",)),
    ("Socialist Jean-Luc Melenchon called for a strike.", ("Jean-Luc Melenchon",)),
    ("Senate Democrat Joe Manchin said he would not back it.", ("Joe Manchin",)),
    ("Democratic Sen. Elizabeth Warren said the bank had failed.", ("Elizabeth Warren",)),
    ("Liberal Democrat leader Ed Davey said the vote was a disgrace.", ("Ed Davey",)),
    # demonyms and nationality adjectives
    ("Texan Beto O'Rourke said he would run.", ("Beto O'Rourke",)),
    ("British Prime Minister Keir Starmer said the deal was done.", ("Keir Starmer",)),
    ("Iranian Foreign Minister Abbas Araghchi said talks would resume.", ("Abbas Araghchi",)),
    ("Australian Ash Barty won the title.", ("Ash Barty",)),
    ("Kenyan Eliud Kipchoge won the marathon.", ("Eliud Kipchoge",)),
    ("Norwegian Erling Haaland scored twice.", ("Erling Haaland",)),
    ("Brazilian Neymar Junior scored twice.", ("Neymar Junior",)),
    ("Ukrainian President Volodymyr Zelensky said the army held.", ("Volodymyr Zelensky",)),
    ("Californian Gavin Newsom signed the bill.", ("Gavin Newsom",)),
    ("Scot Andy Murray lost in the final.", ("Andy Murray",)),
    # occupations not in the title list
    ("Billionaire Warren Buffett said he was selling.", ("Warren Buffett",)),
    ("Rapper Kanye West said he would run.", ("Kanye West",)),
    ("Quarterback Patrick Mahomes threw three touchdowns.", ("Patrick Mahomes",)),
    ("Guard Stephen Curry scored 40 points.", ("Stephen Curry",)),
    ("Forward Kevin Durant missed the game.", ("Kevin Durant",)),
    ("Striker Harry Kane scored twice.", ("Harry Kane",)),
    ("Goalkeeper Alisson Becker saved a penalty.", ("Alisson Becker",)),
    ("Defenseman Cale Makar scored in overtime.", ("Cale Makar",)),
    ("Pitcher Gerrit Cole struck out ten.", ("Gerrit Cole",)),
    ("Entrepreneur Richard Branson said he would fly.", ("Richard Branson",)),
    ("Activist Greta Thunberg said leaders had failed.", ("Greta Thunberg",)),
    ("Novelist Zadie Smith said the prize mattered.", ("Zadie Smith",)),
    ("Filmmaker Spike Lee said the film was finished.", ("Spike Lee",)),
    ("Midfielder Declan Rice said the team was tired.", ("Declan Rice",)),
    ("Linebacker Micah Parsons was fined.", ("Micah Parsons",)),
    ("Outfielder Aaron Judge hit two home runs.", ("Aaron Judge",)),
    ("Centre-back Virgil van Dijk said the result was fair.", ("Virgil van Dijk",)),
    ("Economist Paul Krugman said inflation would fall.", ("Paul Krugman",)),
    ("Historian Mary Beard said the statue should stay.", ("Mary Beard",)),
    ("Comedian Dave Chappelle said the show was over.", ("Dave Chappelle",)),
    ("Veteran Tom Clarke said he had seen worse.", ("Tom Clarke",)),
    ("Teenager Emma Raducanu won the final.", ("Emma Raducanu",)),
    ("Coach Steve Kerr said the team was tired.", ("Steve Kerr",)),
    ("Pop star Taylor Swift said the tour would go on.", ("Taylor Swift",)),
    # team or company before a role and a name
    ("Patriots quarterback Tom Brady said he would retire.", ("Tom Brady",)),
    ("Apple CEO Tim Cook said sales rose.", ("Tim Cook",)),
    ("Tesla's Elon Musk said the car would ship.", ("Elon Musk",)),
    ("Lakers forward LeBron James scored 30.", ("LeBron James",)),
    ("Arsenal manager Mikel Arteta said the team was tired.", ("Mikel Arteta",)),
    ("Microsoft founder Bill Gates said the vaccine was safe.", ("Bill Gates",)),
    ("Amazon's Jeff Bezos said the rocket was ready.", ("Jeff Bezos",)),
    ("Yankees slugger Aaron Judge hit a home run.", ("Aaron Judge",)),
    ("Chelsea striker Nicolas Jackson scored twice.", ("Nicolas Jackson",)),
    ("Google chief executive Sundar Pichai said the model was safe.", ("Sundar Pichai",)),
    # words after a name
    ('"We will win," Jane Doherty said Tuesday.', ("Jane Doherty",)),
    ("Officials told Omar Khalid Monday that the visa was refused.", ("Omar Khalid",)),
    ("The report was sent to Maria Santos January 5.", ("Maria Santos",)),
    ("Martin Luther King Jr. said he had a dream.", ("Martin Luther King Jr.",)),
    ("Robert Downey Jr said the film was done.", ("Robert Downey Jr",)),
    ("Ken Griffey Sr. watched from the stands.", ("Ken Griffey Sr.",)),
    ("John Smith III said the estate was sold.", ("John Smith III",)),
    ("Paul Newman himself said so.", ("Paul Newman",)),
    ("Winners: Anna Berg, Oslo; Lars Holm, Bergen.", ("Anna Berg", "Lars Holm")),
    ("Mayor Eric Adams Says City Will Sue", ("Eric Adams",)),
    ("Sarah Palin Endorses Trump Rival", ("Sarah Palin",)),
    # headings
    ("JOE BIDEN SAYS HE WILL RUN AGAIN\n\nJoe Biden said on Monday he would run.", ("Joe Biden",)),
    ("Why Kamala Harris Lost\n\nKamala Harris lost the election.", ("Kamala Harris",)),
    # abbreviations
    ("Dr. Anthony Fauci said the virus was spreading.", ("Anthony Fauci",)),
    ("Rev. Al Sharpton said the march would go ahead.", ("Al Sharpton",)),
    ("Sen. Ted Cruz said he would object.", ("Ted Cruz",)),
    ("Gov. Kathy Hochul said the state would pay.", ("Kathy Hochul",)),
    ("Lt. Gen. Mark Hertling said the plan was sound.", ("Mark Hertling",)),
    ("Atty. Gen. Merrick Garland said the case was strong.", ("Merrick Garland",)),
    ("Prof. Mary Beard said the statue should stay.", ("Mary Beard",)),
    ("Supt. Karen Ross said the road was closed.", ("Karen Ross",)),
    ("Det. Sgt. Alan Price said the man was arrested.", ("Alan Price",)),
    # hyphens and apostrophes
    ("Conan O'Brien said the show was over.", ("Conan O'Brien",)),
    ("D'Angelo Russell scored 20 points.", ("D'Angelo Russell",)),
    ("Sinead O'Connor said she was tired.", ("Sinead O'Connor",)),
    ("Alexandria Ocasio-Cortez said the bill was weak.", ("Alexandria Ocasio-Cortez",)),
    ("Shaquille O'Neal said the team was soft.", ("Shaquille O'Neal",)),
    ("Kim Jong Un said the test was a success.", ("Kim Jong Un",)),
    # initials
    ("J.K. Rowling said the book was done.", ("J.K. Rowling",)),
    ("George W. Bush said the war was won.", ("George W. Bush",)),
    ("A.J. Brown caught two passes.", ("A.J. Brown",)),
    ("T. Boone Pickens said oil would rise.", ("T. Boone Pickens",)),
)

ORG_SENTENCES = (
    '"We expect growth this year," {} said in a statement.',
    "{} said on Monday that profits rose.",
    "Analysts at {} expect rates to rise.",
)
OUTLET_SENTENCES = (
    "{} reported on Monday that the talks had failed.",
    '"We will not stop," a protester told {}.',
    "According to {}, the minister resigned.",
)
PERSON_SENTENCES = (
    '"We will continue to work for peace," {} said on Monday.',
    "{} met the delegation in the capital.",
    "The plan was announced by {}, who spoke for an hour.",
)


def _names(block: str) -> list[str]:
    return [n.strip() for n in block.replace("\n", "").split("|")]


def false_people(names: list[str], sentences: tuple[str, ...], verbose: bool) -> int:
    bad = 0
    for name in names:
        for s in sentences:
            found = [p.name for p in analyze(s.format(name)).people]
            bad += len(found)
            if found and verbose:
                print(f"  false: {found} in {s.format(name)!r}")
    return bad


def titled_right(verbose: bool) -> tuple[int, int]:
    right = total = 0
    for pair in _names(TITLED):
        titled, name = pair.split("=")
        for s in PERSON_SENTENCES:
            total += 1
            found = [p.name for p in analyze(s.format(titled)).people]
            right += found == [name]
            if found != [name] and verbose:
                print(f"  {titled!r}: {found}, want [{name!r}]")
    return right, total


def boundaries_right(verbose: bool) -> tuple[int, int]:
    right = 0
    for text, want in BOUNDARIES:
        found = tuple(p.name for p in analyze(text).people)
        right += sorted(found) == sorted(want)
        if sorted(found) != sorted(want) and verbose:
            print(f"  {text!r}: {list(found)}, want {list(want)}")
    return right, len(BOUNDARIES)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    firms = _names(FIRMS)
    outlets = _names(OUTLETS)
    print(
        f"firms:   {false_people(firms, ORG_SENTENCES, args.verbose)} false people "
        f"({len(firms)} names x {len(ORG_SENTENCES)} sentences)"
    )
    print(
        f"outlets: {false_people(outlets, OUTLET_SENTENCES, args.verbose)} false people "
        f"({len(outlets)} names x {len(OUTLET_SENTENCES)} sentences)"
    )
    right, total = titled_right(args.verbose)
    print(f"titled:  {right} of {total} named right")
    right, total = boundaries_right(args.verbose)
    print(f"boundaries: {right} of {total} texts with exactly the people wanted")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
