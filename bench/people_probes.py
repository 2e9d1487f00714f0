"""Probe the People panel with names of kinds the annotated folds hold few of.

Usage: python bench/people_probes.py [--verbose]

Three hand-written probes (general knowledge, no article text), each a list of names put in
three ordinary news sentences:

- `firms`: companies named like people ("Wells Fargo said …"): every person found is false;
- `outlets`: outlets and agencies named in other languages ("Süddeutsche Zeitung reported"):
  every person found is false;
- `titled`: people named after an honorific of another country ("Shri Narendra Modi"): right
  when the People panel holds exactly the name without its honorific.

Printed: false people (firms, outlets) and names right (titled). A rule about names should not
make the first two grow or the third shrink.
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
