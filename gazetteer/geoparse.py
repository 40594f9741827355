"""Find place names in English text, with character spans, and resolve each to a place in context.

No model and no NER: every name in the gazetteer and its word prefixes (gazetteer/prefixes.py), walked token by token
over the capitalised words of the text, then the filters a careful reader applies:

* person names that contain a place name ("Kim Jong Un", "Jack London", "Paris Hilton") are names, not places;
* a place inside an organisation's name ("Shanghai Cooperation Organization", "Washington Post") is part of
  that name (reported only when asked for, so a journey can say so);
* a capitalised common word ("Reading", "Nice", "Split") at the start of a sentence or in a headline needs
  evidence ("in Reading", "Reading, Pennsylvania") to count as a place;
* multi-word names win over their parts ("North Korea", "New South Wales", "the United States", "U.S.");
* demonyms ("Chinese", "North Korean") are reported with kind ``demonym`` and linked to their country.

Resolution weighs, for each candidate place, exact name over alternate, being a country, region or capital,
population, and the story's context: being in a country the story names, or near its other places.
"""

from __future__ import annotations

import bisect
import difflib
import heapq
import math
import re
import threading
import time
import weakref
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any, NamedTuple

from .abbreviations import ABBREVIATION_RE, AFTER_PLACE_WORD, ANYWHERE, PLACE_WORDS, readings
from .admin import GENERIC_WORDS, is_admin1
from .airports import GENERIC_AIRPORT_WORDS, code_key
from .demonyms import DEMONYMS, REGION_ADJECTIVES
from .normalise import is_form_of, normalise
from .prefixes import MAX_NAME_TOKENS, PrefixIndex, indexable
from .regions import GEOGRAPHY_SOURCE
from .sites import BORROWED_POINT, DATELINE_AFTER_RE, unlisted_sites
from .spelt_airports import Names, airport_words, respelt_airport, spelt_airport
from .store import Place
from .wordlists import (
    ACRONYMS,
    CALENDAR,
    CENSUS_GIVEN_NAMES,
    COMMON_WORDS,
    CONNECTORS,
    FAMILY_FIRST,
    GIVEN_NAMES,
    LOCATIVES,
    MODIFIERS,
    NAME_PARTICLES,
    NAME_PREFIXES,
    NEVER_PLACES,
    NOBLE_TITLES,
    ORG_HEADS,
    ORG_PREFIXES,
    PLACE_TYPES,
    ROLE_WORDS,
    SENTENCE_OPENERS,
    SHIP_PREFIXES,
    TITLES,
    VESSEL_NOUNS,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from .resolve import Gazetteer

__all__ = ["PlaceMention", "MentionCandidate", "Geoparser", "TooManyMentions", "geoparse", "geoparser_for",
           "sentences", "headline_lines", "is_headline"]

# A word: letters/digits with inner apostrophes ("Xi'an", "China's"), or an abbreviation with periods ("U.S.").
# Written to start with its first character's class, which lets the regex engine skip the spaces and punctuation
# between words at once (twice as fast as "(?:[A-Za-z]\.){2,}|[^\W_](?:[^\W_]|['’](?=[^\W_]))*", the same words).
_TOKEN_RE = re.compile(r"[^\W_](?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+|[^\W_]*(?:['’][^\W_]+)*)")
_POSSESSIVE_RE = re.compile(r"['’][sS]$")
# What may separate two words of one name: spaces, a hyphen or dash, a comma ("Washington, D.C.").
_NAME_GAP_RE = re.compile(r"[ \t]+|[ \t]*[-‐‑–][ \t]*|,[ \t]*")
_AMP_GAP_RE = re.compile(r"[ \t]*&[ \t]*")
_SPACES_RE = re.compile(r"[ \t]+")
_LISTED_HAMLET = 30  # a reading this many times smaller than the name's biggest is no list item's own
_ON_ISLAND_KM = 80.0  # a town this near an island's point may be on it (Oyster Bay, Long Island)
_COMMA_GAP = re.compile(r",\s*")
_DASH_OR_COMMA_GAP = re.compile(r",\s*|\s+[-–—]\s+")  # "Scarborough - Tobago, Trinidad and Tobago"
_O_GAP_RE = re.compile(r"['’][ \t]*")  # "o’ " in "John o’ Groats": "of", elided
# asked for most names: compiled once (re's own cache costs a lookup per call)
_COMMA_END_RE = re.compile(r",\s*$")
# a name alone in brackets, on a line that opens with a date: a fixture list's venue ("JUNE 3: TOUR MATCH V
# PROVINCIAL BARBARIANS (WHANGAREI)")
_BRACKETED_VENUE = re.compile(r"\(.+\)", re.DOTALL)
_DATED_LINE = re.compile(r"[ \t]*(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zA-Z]*\.?[ \t]+\d{1,2}|"
                         r"\d{1,2}(?:st|nd|rd|th)?[ \t]+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")
_COMMA_BLANKS_END_RE = re.compile(r",[ \t]*$")
_EDITION_RE = re.compile(r"(?:19|20)\d\d")  # "Dakar 2016"
_ENDS_HERE_RE = re.compile(r"\s*(?:[.,;:!?)\"”]|$)")
# "New York state", "Washington state farm", "New York Governor Andrew Cuomo" (a state's governor; a city has a mayor)
_STATE_AFTER_RE = re.compile(r"[ \t]+(?:state\b|[Gg]overnor\b|Gov\.)")
# A region's kind said in the text, after the name or before it with "of" ("Nyanza province", "the district of Karo")
_REGION_KINDS = r"(?:province|region|district|county|governorate|prefecture|oblast|department|regency)"
_REGION_AFTER_RE = re.compile(rf"[ \t]+{_REGION_KINDS}s?\b", re.IGNORECASE)
_REGION_BEFORE_RE = re.compile(rf"\b{_REGION_KINDS}s?[ \t]+of[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_REGION_WORD_RE = re.compile(rf"\b{_REGION_KINDS}\b")
_AREA_IN_RE = re.compile(r"\b(?:in|across|throughout)[ \t]+$")  # "died in New York": the name is an area
# ... but not where someone arrives: "arrived in Kano to a huge crowd" is the city, whatever "Kano state" says later
_ARRIVED_IN_RE = re.compile(r"\b(?:arrived|arrives|arrive|arriving|landed|lands|landing|touched[ \t]+down|docked)[ \t]+"
                            r"in[ \t]+$")
_STATE_BEFORE_RE = re.compile(r"\b(?:state|governor) of[ \t]+$", re.IGNORECASE)  # "the state of Washington"
# last words of an organisation's name that runs on past "and"/"for" ("Food and Drug Administration"); alone
# after a place they stay a reference to it ("the U.S. administration")
_ORG_TAILS = frozenset({"administration", "prevention", "control", "development", "affairs", "services"})
_ELISION_RE = re.compile(r"[dl]['’][A-Z]")  # "Côte d'Ivoire", "Val d'Isère"
# what may stand between a place and the region or country it lies in: "Paris, Texas", "Fulton County in
# Illinois", "Crawford County located in Pennsylvania", "Port Stanley, in the Falkland Islands", "Balboa (Panama)"
_QUALIFIER_GAP_RE = re.compile(r",\s*(?:in\s+the\s+)?|\s+(?:(?:located|situated)\s+)?in\s+(?:the\s+)?|"
                               r"[ \t]*\((?=[^()\n]{1,30}\))")
# Words right after a name that make it a team's ("Connacht coach", "Connacht's players"), an event's ("the Dakar
# rally") or, after "the", words a place name with "the" would not stand before ("won the Dakar in Peru")
_TEAM_WORDS = frozenset({"coach", "coaches", "players", "player", "squad", "captain", "skipper", "fans", "supporters",
                         "manager", "striker", "midfielder", "goalkeeper", "winger", "lineup", "line-up"})
_EVENT_WORDS = frozenset({"rally", "race", "marathon", "regatta", "tournament"})
_HAMLET = 5_000  # people: a town this small, named with "the" before it, is some body's name, unless a feature's
_FEATURE_WORDS = frozenset("bridge bay point falls harbour harbor island islands sound strait pass springs lake "
                           "valley gap head heads cove beach ford".split())  # ("the Menai Bridge")
# a name that a pair of quotation marks holds alone: a boat's, a nickname, an operation ("“Wu Chiang,” carrying")
_QUOTE_CLOSES = re.compile(r"[,.]?[”\"]")
_AIRPORT_BEFORE_QUOTE = re.compile(r"(?:Airport|Aeropuerto|Aeroporto|Aéroport|International|Internacional)\s*$")
# After a name, a verb of speech makes it a person's, unless the place is one everybody knows ("Beijing said")
_SPEECH_VERBS = frozenset({"says", "said", "told", "added", "explained", "tweeted", "wrote", "recalled"})
_ARTICLES = frozenset({"a", "an", "his", "her", "their", "its"})
# "arrived at the airport in a Zil limousine": a make or a model before what it names
_VEHICLE_NOUNS = frozenset({"limousine", "limo", "sedan", "saloon", "car", "jeep", "van", "truck", "lorry", "minibus",
                            "motorcycle", "jet", "airliner", "helicopter", "aircraft", "plane", "transporter",
                            "airplane", "aeroplane", "bomber", "turboprop", "airlifter", "chopper"})
_NOT_ADJECTIVES = frozenset({"by", "to", "from", "of", "into", "onto", "via", "and", "or", "the", "a", "an"})
_SPEECH_ADVERBS = frozenset({"later", "also", "then", "previously", "earlier", "further", "again", "recently"})
_FUNCTION_WORDS = frozenset({"in", "on", "at", "for", "was", "is", "will", "has", "had", "this", "last", "next",
                             "again", "twice", "since", "before", "after", "with", "when", "as"})
_ABBREV_KEY = "\x02"  # starts the key of a state's abbreviation ("\x02Pa."), as "\x01" starts an airport code's
_ABBREV_DOT = frozenset({"saint", "sainte", "mount", "fort", "pt"})  # normalised "St.", "Ste.", "Mt.", "Ft."
# Lower-case words that may end a name: one that is none without them ("Ben Gurion airport"), or an airport's
# name made of its town's ("Manila airport" is the airport, indexed as "Manila Airport").
_NAME_TAILS = frozenset({"airport", "international", "airfield", "aerodrome", "airdrome"})
# words that say an airport is meant: without one, and with no "at" or "to" before it, a name of two or more words
# that only airports have is the person they are named after ("Václav Havel, whose metamorphosis")
# ... and the lower-case words a polar station's name goes on with ("refuel Casey research station", "to Davis
# station"): a name goes on through them only where the gazetteer holds the longer name
_STATION_TAILS = frozenset({"station", "research", "base"})
_LONGER_NAME_TAILS = _NAME_TAILS | _STATION_TAILS  # the lower-case words ``_longest`` reads on through
_AIRPORT_WORDS = _NAME_TAILS | frozenset({"aeropuerto", "aeroporto", "aéroport", "aeroport", "field", "base",
                                          "airbase", "air", "intl"})
# "his vacation on Martha's Vineyard", "Sydney's Kingsford Smith" (a possessive before it)
_ON_VIA = frozenset({"on", "via", "through", "onto"})
# A site named by the town it serves or stands in, right after the town's name ("Delhi Airport", "Lhasa Railway
# Station", "Rafah border crossing"); a bare lower-case "station" is left out ("Khasan station" names Khasan)
_SITE_AFTER_RE = re.compile(r"[ \t]+(?:(?:[Ii]nternational[ \t]+)?[Aa]irport|[Aa]ir(?:[ \t]+[Ff]orce)?[ \t]+[Bb]ase|"
                            r"[Aa]irbase|[Aa]irfield|(?:[Rr]ailway|[Tt]rain)[ \t]+[Ss]tation|(?:[A-Z]\w+[ \t]+)?"
                            r"Station|(?:[Bb]order[ \t]+)?[Cc]rossing|[Bb]ase[ \t]+[Cc]amp)\b")
# a military site named by the town after it: "Naval Station Norfolk", "Naval Air Station Jacksonville", "Joint Base
# Lewis-McChord", "Marine Corps Base Camp Lejeune"
_MILITARY = (r"(?:Naval(?:[ \t]+Air)?[ \t]+(?:Station|Base)|Joint[ \t]+Base|Air[ \t]+(?:Force[ \t]+)?(?:Station|Base)|"
             r"Marine[ \t]+Corps[ \t]+(?:Air[ \t]+Station|Base)|Army[ \t]+(?:Base|Airfield))[ \t]+")
_MILITARY_SITE = re.compile(_MILITARY)
_MILITARY_SITE_BEFORE = re.compile(rf"\b{_MILITARY}$")
# "the Russian border city of ", "the Chinese port city of ": a people's name, up to two words, a kind of place
_DESCRIBED_RE = re.compile(r"\b(?P<dem>[A-Z][\w-]+)[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?P<kind>[a-z]+)[ \t]+of[ \t]+"
                           r"(?:the[ \t]+)?$")
_COMPASS = frozenset("north south east west northeast northwest southeast southwest".split())
# a distance and a direction from a town after a name: ", south of ", ", 20 km north-west of "
_DIRECTION_OF_RE = re.compile(r",?[ \t]+(?:(?:about|some|around|roughly|just)[ \t]+)?"
                              r"(?:(?P<n>\d[\d,]*)[ \t]*(?P<unit>km|kilometres|kilometers|miles)[ \t]+)?"
                              r"(?:north|south|east|west)(?:-?(?:east|west))?[ \t]+of[ \t]+")
# what joins a site to the town it is beside: "Rhein-Main Air Base near Frankfurt"
_BESIDE_RE = re.compile(r",?[ \t]+(?:just[ \t]+)?(?:near|outside|outside[ \t]+of|close[ \t]+to)[ \t]+$")
_BESIDE_KM = 100.0
_TOWN_OF_RE = re.compile(r"\b(?:city|town|village|hamlet|port)[ \t]+of[ \t]+$")  # a town, not the country of
# the name ("the Red Sea port of Djibouti")
# A named site: capitalised words ending in a kind of site ("King Abdullah Air Base", "Derriford Hospital")
_SITE_NAME = (r"(?P<site>(?:[A-Z][\w'’.-]*[ \t]+){1,5}(?:Airport|Airfield|Aerodrome|Airdrome|Base|Station|Hospital|"
              r"Square|Museum|Campus|Building|Guesthouse|House|Palace|Stadium|Arena|Hotel|Cathedral|Basilica|Church|"
              r"Mosque|Masjid|Temple|Monastery|Memorial|Park|Gardens|Hall|Centre|Center|Crossing|Pier|Dam|Bridge|"
              r"Castle|Embassy|Office|University))\b")
_SITE_AFTER_TOWN_RE = re.compile(r"['’]s[ \t]+" + _SITE_NAME)  # "Jeddah's King Abdullah Air Base"
_WORD_RE = re.compile(r"[\w'’.-]+")
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")  # between two items of a list
_SITE_OPENERS = SENTENCE_OPENERS | {"the", "at", "in", "to", "from"}
_PORT_BEFORE_RE = re.compile(r"\bPort[ \t]+of[ \t]+$")  # "Port of Galveston"
# Words just before an airport code that say it is one: "landed at JFK", "flights from LHR", "flew into DXB".
_AIRPORT_CUE_RE = re.compile(r"(?:landed|landing|arrived|arriving|departed|departing|touched down|took off|"
                             r"flew|flying|flight|flights|plane|jet|airlifted|diverted|stopover)"
                             r" (?:at|from|to|into|in|out of|for|via)$")
# Sentence ends: . ! ? (and closing quotes/brackets) then space; not after a title, an initial or "U.S.".
_SENT_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|(?<=[a-z]{3})\.(?=[A-Z][a-z])|"  # "on Tuesday.The team"
                          r"(?<=[a-z]{3})\.-(?=[ \t]+[A-Z])")  # an old paper's scanned "Tuesday week.- The usual"
_FAR_BIGGER = 5  # times the people: a name read without its "the" when that names a place this much bigger
_NO_SPLIT_AFTER = frozenset("""mr mrs ms dr prof st mt ft gen sen rep gov lt col capt sgt adm maj jr sr no vs
etc inc co corp ltd jan feb mar apr jun jul aug sep sept oct nov dec rev rt hon fig approx dept est""".split())


# what an ocean's name describes when it is an adjective: "the Pacific island nation of Palau", "Pacific states"
_SEA_ADJECTIVE_OF = frozenset("""island islands nation nations country countries state states archipelago territory
territories neighbour neighbours neighbor neighbors leaders""".split())


def _distance_km(m: re.Match) -> float:
    """The distance a _DIRECTION_OF_RE match states, in km (0 when it states none)."""
    if not m.group("n"):
        return 0.0
    n = float(m.group("n").replace(",", ""))
    return n * 1.609 if m.group("unit") == "miles" else n


class MentionCandidate(NamedTuple):
    """One reading of a mention, kept so that a person (or a later stage) can switch to it in one step.

    `geonameid` is None for rows from data sets without GeoNames ids (airports, derived regions, seas);
    `score` is the reading's share of the mention's probability after context (0..1)."""

    geonameid: int | None
    name: str
    country: str
    admin1: str
    kind: str
    lat: float
    lon: float
    score: float


class _RowFacts(NamedTuple):
    """What the filter asks of the readings of a name (see Geoparser._facts)."""

    prominent: bool  # Geoparser._prominent
    landmark: bool  # a landmark has the name as its own
    airports: bool  # there are readings, and all are airports
    seas: bool  # ...all seas
    tiny: bool  # all (if any) are villages of fewer than 1,000 people
    exact: bool  # a reading has the name as its own


class TooManyMentions(ValueError):
    """A text names more places than the caller's ``max_mentions``: the parse stopped there rather than resolve
    (and hold) them all. ``found`` is how many mentions had been made when it stopped."""

    def __init__(self, limit: int, found: int) -> None:
        super().__init__(f"more than {limit:,} place mentions")
        self.limit = limit
        self.found = found


@dataclass(frozen=True)
class PlaceMention:
    """One place name in the text: where it is, what it names, and how sure the parser is."""

    start: int
    end: int
    surface: str
    name: str
    kind: str  # city | country | region | demonym | landmark | other
    lat: float | None
    lon: float | None
    geonameid: int | None
    country: str
    confidence: float
    role: str = "place"  # 'place', or 'organisation' for a place named inside an organisation's name
    container: str = ""  # the organisation name it sits in, when role == 'organisation'
    source: str = "GeoNames"
    candidates: tuple[MentionCandidate, ...] = ()  # the readings considered, best first (the chosen one too)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``webmap geoparse --json``."""
        d = asdict(self)
        out = {k: d[k] for k in ("start", "end", "surface", "name", "kind", "lat", "lon", "geonameid",
                                 "country", "confidence")}
        out["candidates"] = [c._asdict() for c in self.candidates]
        return out


_LIST_ON_RE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")  # a list going on after a name


@dataclass(slots=True)  # one per word of the text: slots make them quicker to make and read
class _Tok:
    start: int
    end: int
    text: str
    norm: str
    cap: bool  # starts with an upper-case letter
    caps: bool  # all capitals (two letters or more)
    base_end: int  # end without a possessive "'s"
    base_norm: str
    idx: int = 0
    sent: int = 0  # index of the sentence
    first: bool = False  # first word of its sentence (or after a colon)
    headline: bool = False  # in a title-case or all-caps line, where capitals say nothing

    @property
    def possessive(self) -> bool:
        return self.base_end != self.end


@dataclass
class _Cand:
    i: int  # first token
    j: int  # last token (inclusive)
    start: int
    end: int
    norm: str
    demonym: tuple[str, ...] = ()
    status: str = "place"  # place | organisation | rejected
    why: str = ""
    evidence: float = 0.9
    container: str = ""
    places: list[tuple[Place, bool]] = field(default_factory=list)


# A sentence longer than this is cut (at a sentence end, a semicolon, a comma or a space, in that order), so that
# the work done per sentence, and so per story, grows with the text's length: a paste with no sentence end (a list
# of names, "... by train. from X to Y ...") would otherwise be one sentence that every later stage rescans.
MAX_SENTENCE_CHARS = 1000
_WORD_BEFORE_WINDOW = 200  # how far back the word before a sentence end is looked for
_TOP_READINGS = 8  # readings of a name weighed in context, by prior; more only where the story names their state
_LAST_WORD_RE = re.compile(r"(\w[\w.]*)\W*$")
_NEXT_CHAR_RE = re.compile(r"\s*(\S)")


# the last text asked about, with what was found in it: (text, {what: result}); the extraction stages and the
# geoparser ask the same questions of one story (one tuple, replaced whole, so threads never see a mix)
_LAST_TEXT: tuple[str, dict[str, list]] = ("", {})


def _of_last_text(what: str, text: str, find: Callable[[str], list]) -> list:
    """``find(text)``, remembered for the last text asked about (a copy: callers may change their list)."""
    global _LAST_TEXT
    last_text, found = _LAST_TEXT
    if last_text is not text and last_text != text:
        found = {}
    if what not in found:
        found = {**found, what: find(text)}
        _LAST_TEXT = (text, found)
    return list(found[what])


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) without surrounding whitespace; every line break ends a sentence too, but one
    before a line that starts in lower case (hard-wrapped copy).

    Deliberately simple: news text, English punctuation; no split after titles, initials and "U.S."-style
    abbreviations, which news writes mid-sentence far more often than at a sentence's end. Linear in the text.
    """
    return _of_last_text("sentences", text, _sentences)


def headline_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of ``text`` that are headlines (``is_headline``; the first line counts as one when
    it does not end like a sentence and more lines follow)."""
    return _of_last_text("headlines", text, _headline_lines)


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """... but not a line of hard-wrapped copy: one that starts in lower case, or that the next line goes on in
    lower case ("The Prime Minister, the Rt. Hon. R. G. Menzies, will" / "leave Sydney by Qantas")."""
    several = "\n" in text.strip()
    lines = list(re.finditer(r"[^\n]+", text))
    return [ln.span() for n, ln in enumerate(lines)
            if is_headline(ln.group(), first=n == 0 and several) and not _WRAPPED_HERE.match(ln.group())
            and not (n + 1 < len(lines) and lines[n + 1].start() == ln.end() + 1
                     and _WRAPPED_HERE.match(lines[n + 1].group()))]


_WRAPPED_HERE = re.compile(r"[ \t]*[a-z]")  # a line that goes on a sentence broken at the line before


# a line and the lines that go on its sentence: hard-wrapped copy ("Nelson Mandela touched\ndown at Halim") breaks a
# line where no sentence ends, and the next line starts in lower case
_WRAPPED_LINE_RE = re.compile(r"[^\n]+(?:\n(?=[ \t]*[a-z])[^\n]+)*")
_LINE_RE = re.compile(r"[^\n]+")
_ENDS_LIKE_SENTENCE_RE = re.compile(r"[.!?:\"”’')\]]\s*$")  # not ";": "Guantanamo Bay, Cuba;\nRio de Janeiro"
_WRAPS_SEEN = 3  # lines that go on in lower case before a text counts as hard-wrapped
_WRAP_SHARE = 0.7  # a line at least this share of the usual wrapped line's length was cut by the wrap, not the writer


def _joined_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the text's lines, a line joined with the next where the sentence goes on. Always before a line in
    lower case; in hard-wrapped copy also before a capital ("will also visit Liberia, Sudan, Zambia,\nNamibia"),
    when the line is about as long as the wrapped ones and does not end like a sentence (a headline is shorter)."""
    pieces = _broken_joined(text, [m.span() for m in _WRAPPED_LINE_RE.finditer(text)])
    lines = [m.span() for m in _LINE_RE.finditer(text)]
    if len(lines) - len(pieces) < _WRAPS_SEEN:
        return pieces
    wrapped = sorted(e - s for (s, e), nxt in zip(lines, lines[1:], strict=False)
                     if text[nxt[0]:nxt[1]].lstrip()[:1].islower())
    long_enough = _WRAP_SHARE * wrapped[len(wrapped) // 2]
    out = [pieces[0]]
    for s, e in pieces[1:]:
        ps, pe = out[-1]
        prev = text[ps:pe]
        last = prev[prev.rfind("\n") + 1:]
        if (text[pe:s].count("\n") == 1 and len(last.rstrip()) >= long_enough
                and not _ENDS_LIKE_SENTENCE_RE.search(last)):
            out[-1] = (ps, e)
        else:
            out.append((s, e))
    return out


# a line that stops on a word no sentence ends with, the page's break inside a sentence: "The tour will start when
# Their Excellencies fly from\n\nDunedin to Gore on February 21" (The Press, 1965)
_BROKEN_END_RE = re.compile(r"[ \t](?:from|to|in|at|for|of|the|by|with|into|onto|via|and)[ \t]*$")
_BROKEN_MIN = 40  # characters: a line this long that so ends is a sentence's first part, not a headline


def _broken_joined(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces, each joined with the next where it stops on a word no sentence ends with."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if out and _BROKEN_END_RE.search(text, max(out[-1][0], out[-1][1] - 12), out[-1][1]) \
                and out[-1][1] - out[-1][0] >= _BROKEN_MIN and text[out[-1][1]:s].count("\n") <= 2:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for ls, le in _joined_lines(text):
        pos = ls
        for m in _SENT_END_RE.finditer(text, ls, le):
            nxt = _NEXT_CHAR_RE.match(text, m.end(), le)
            if not nxt or not (nxt.group(1).isupper() or nxt.group(1).isdigit() or nxt.group(1) in "\"“‘'(["):
                continue  # looked at first: the word before is dearer to find
            # "Przemyśl." is a word, not "l."
            word = _LAST_WORD_RE.search(text, max(pos, m.start() - _WORD_BEFORE_WINDOW), m.start() + 1)
            prev = word.group(1).lower().rstrip(".") if word else ""
            if prev in _NO_SPLIT_AFTER or re.fullmatch(r"(?:[a-z]\.)*[a-z]", prev):
                continue
            spans.extend(_bounded(text, pos, m.end()))
            pos = m.end()
        spans.extend(_bounded(text, pos, le))
    out = []
    for s, e in spans:
        seg = text[s:e]
        s2 = s + len(seg) - len(seg.lstrip())
        e2 = e - (len(seg) - len(seg.rstrip()))
        if e2 > s2:
            out.append((s2, e2))
    return out


def _bounded(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The span s..e, cut into pieces of at most MAX_SENTENCE_CHARS."""
    out = []
    half = MAX_SENTENCE_CHARS // 2
    while e - s > MAX_SENTENCE_CHARS:
        window = text[s + half:s + MAX_SENTENCE_CHARS]
        cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("; "))
        if cut < 0:
            cut = window.rfind(", ")
        if cut < 0:
            cut = window.rfind(" ")
        cut = s + half + cut + 1 if cut >= 0 else s + MAX_SENTENCE_CHARS
        out.append((s, cut))
        s = cut
    out.append((s, e))
    return out


_SENTENCE_INSIDE = re.compile(r"^(?:\S+\s+){5,}?\S*[a-z]{4}\.\s+[A-Z][a-z]")  # a whole sentence, then another


# a town this small that shares a given name ("Camilla, the Duchess of Cornwall" is not Camilla, Georgia) needs the
# words around it to say it is a place, as a common word does
_SMALL_TOWN = 20_000


_KINDS_OF_PLACES = frozenset("cities towns villages ports capitals".split())  # "the cities of Bath and Oxford"
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATED_ROW = re.compile(r"\s*(?:[•*·▪]\s*)?(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\.?|Day\s+\d{1,2}|[-•*·]\s*\d{1,2}|"
                        rf"{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD})"
                        r"\s*[-–—:|]")


_HEADLINE_WORDS = 18  # a first line longer than this, with no full stop, is a sentence that lost it


def is_headline(line: str, *, first: bool = False) -> bool:
    """A title-case or all-caps line (a headline, a byline), or the first line of a text when it does not end
    like a sentence: capitals there do not mark names, and it sums the story up rather than telling it."""
    if _DATED_ROW.match(line):
        return False  # "05/10 - The Coca-Cola Roxy Theatre - Atlanta, GA", "Day 3 – Wednesday 16th May – Uxbridge to
        # Berkhamsted", "- 2 – Pittsburgh – Benedum Center", "• December 1 - Cambridge, Corn Exchange": an itinerary's
        # line, capitals and all
    words = _TOKEN_RE.findall(line)
    letters = [w for w in words if w[0].isalpha()]
    if len(letters) < 3:
        return False
    if all(w.isupper() for w in letters if len(w) > 1):
        return True
    if re.search(r"[.!?][\"'”’)]*\s*$", line):
        return False
    if first and len(letters) <= _HEADLINE_WORDS and not _SENTENCE_INSIDE.search(line):
        return True  # not "Hasina left Dhaka on a VVIP flight ... on Tuesday. She will travel to": a broken body line,
        # nor a lead of twenty words that lost its full stop ("... tour to Japan, the USA and the UK, reports BSS")
    content = [w for w in letters if _norm(w) not in SENTENCE_OPENERS and _norm(w) not in CONNECTORS]
    if len(content) < 2:
        return False
    return sum(w[0].isupper() for w in content) >= 0.8 * len(content)


_NORMS: dict[str, str] = {}


def _norm(word: str) -> str:
    """normalise() for single words, memoised: a text repeats its words, and this is the hot loop."""
    n = _NORMS.get(word)
    if n is None:
        if len(_NORMS) > 200_000:
            _NORMS.clear()
        n = _NORMS[word] = normalise(word)
    return n


def tl_possessive_name(toks: list[_Tok], c: _Cand) -> bool:
    """"St. Peter's Basilica", "St Paul's Cathedral": a saint's possessive before a capitalised word."""
    last = toks[c.j]
    return (last.possessive and toks[c.i].norm in ("st", "saint", "ste", "san", "santa") and c.j + 1 < len(toks)
            and toks[c.j + 1].cap and toks[c.j + 1].start - last.end <= 1)  # not "St. John's, Newfoundland"


def _tokenise(text: str) -> list[_Tok]:
    """The words of ``text``, each with its sentence, whether it opens one (or follows a colon) and whether it is in
    a headline line: one pass, the sentences and headline lines walked beside the words."""
    toks: list[_Tok] = []
    append = toks.append
    facts_of = _WORD_FACTS
    spans = sentences(text)
    lines = headline_lines(text)
    n_spans, n_lines = len(spans), len(lines)
    si = li = 0  # the first sentence and headline line that do not end before the word
    opened = -1  # the sentence whose first word has been seen
    prev_end = None
    for m in _TOKEN_RE.finditer(text):
        s, e = m.span()
        w = m.group()
        facts = facts_of.get(w) or _word_facts(w)
        while si < n_spans and spans[si][1] <= s:
            si += 1
        sent, first = 0, False
        if si < n_spans and spans[si][0] <= s:
            sent, first = si, opened != si
            opened = si
        if prev_end is not None and s - prev_end <= 3 and ":" in text[prev_end:s]:
            first = True
        prev_end = e
        while li < n_lines and lines[li][1] <= s:
            li += 1
        append(_Tok(s, e, w, facts[0], facts[1], facts[2], e - facts[3], facts[4], len(toks), sent, first,
                    li < n_lines and lines[li][0] <= s))
    return toks


# a word -> (norm, capitalised, all capitals, length of its possessive "'s", norm without it): what _Tok holds of the
# word itself, worked out once per word like _norm
_WORD_FACTS: dict[str, tuple[str, bool, bool, int, str]] = {}


def _word_facts(w: str) -> tuple[str, bool, bool, int, str]:
    norm = _norm(w)
    possessive = w[-1] in "sS" and len(w) > 3 and w[-2] in "'’"
    facts = (norm, w[0].isupper(), w.isupper() and len(norm.replace(" ", "")) >= 2, 2 if possessive else 0,
             _norm(w[:-2]) if possessive else norm)
    if len(_WORD_FACTS) > 200_000:
        _WORD_FACTS.clear()
    _WORD_FACTS[w] = facts
    return facts


# buildings named after a person by a possessive: "Mary's College", "Patrick's Cathedral"
_NAMED_BUILDINGS = frozenset("""college school hospital academy church chapel cathedral""".split())
# particles inside longer names: people's ("de", "da") and Irish ones ("an", "na": "Áras an Uachtaráin")
_LONGER_NAME_PARTICLES = NAME_PARTICLES | {"an", "na"}


class Geoparser:
    """A geoparser bound to one gazetteer. Building the name trie takes a second or two; do it once."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        t0 = time.perf_counter()
        self.gazetteer = gazetteer
        store = gazetteer.store
        index = store.prefixes
        if index is None:  # a store answering from SQL only: build the index from its names (slow, rare)
            index = PrefixIndex.from_names(norm for norm, _pop in gazetteer.iter_names())
        self._index = index
        # names the file's index lacks: demonyms, and answers stored from online geocoders since the build
        self._extra = PrefixIndex.from_names([*DEMONYMS, *REGION_ADJECTIVES,
                                              *(n for n in store.online if indexable(n))])
        self._lookups: dict[str, list[tuple[Place, bool]]] = {}
        self._areas: dict[str, list[tuple[Place, bool]]] = {}  # _area_rows, once per name
        self._statuses: dict[str, int] = {}  # norm -> _status
        self._ranks: dict[str, tuple[list, list[tuple[Place, float]]]] = {}  # norm -> (its rows, _priors of them)
        self._row_facts: dict[str, tuple[list, _RowFacts]] = {}  # norm -> (its rows, _facts of them)
        self._forms: dict[tuple[str, str], bool] = {}  # (norm, a reading's name) -> _form_of
        self._lock = threading.Lock()
        self._spelt: dict[str, tuple[Place | None]] = {}  # norm -> (_spelt_airport's answer,)
        self._airport_words: dict[str, Names] = {}  # first word -> airport_words of the names it begins
        self._country_names: dict[str, Place] | None = None  # normalised name -> country, for _close_country
        self.names = len(index)
        self.build_seconds = time.perf_counter() - t0

    # -- public ---------------------------------------------------------------------------------------

    def parse(self, text: str, *, embedded: bool = False, max_mentions: int | None = None) -> list[PlaceMention]:
        """Place mentions in ``text`` in order. With ``embedded=True`` places named inside an organisation's
        name are included too, with role 'organisation' (a journey lists them; a place count must not).
        ``max_mentions``: raise TooManyMentions as soon as one more than that many is made (counting those inside
        organisations' names too), rather than resolve and hold them all."""
        toks = _tokenise(text)
        cands = self._candidates(text, toks)
        self._filter(text, toks, cands, max_mentions=max_mentions)
        mentions = _named_sites(text, _with_sites(text, self._resolve(text, cands, max_mentions=max_mentions),
                                                  self._airports_named))
        mentions = _spelt_airports(text, mentions, self._spelt_airport)
        mentions = unlisted_sites(text, _airport_short_names(_town_airports(mentions)), FAR_TOWN_CONFIDENCE)
        mentions = self._misspelt_countries(text, mentions)
        return [m for m in mentions if embedded or m.role == "place"]

    def _misspelt_countries(self, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """"Bush will visit Brazil, Uraguay, Columbia, Guatemala and Mexico": a town (not a capital, nor a city of
        a million) named in a list next to a country, whose name is one letter or two from a country's, is that
        country misspelt -- not Columbia, South Carolina. Read with less confidence; the town stays a candidate."""
        out = list(mentions)
        for k, m in enumerate(mentions):
            beside = [n for n in mentions[max(0, k - 1):k + 2] if n is not m and n.kind == "country"]
            if m.kind != "city" or m.role != "place" or not any(  # the gap between the two, whichever comes first
                    _LIST_GAP_RE.fullmatch(text, min(n.end, m.end), max(n.start, m.start)) for n in beside):
                continue
            rows = self._rows(normalise(m.surface))
            if any(p.capital or p.population >= 1_000_000 or p.kind == "country" for p, _ in rows):
                continue
            country = self._close_country(m.surface)
            if country is None:
                continue
            out[k] = replace(m, name=country.name, kind="country", lat=country.lat, lon=country.lon,
                             geonameid=country.geonameid, country=country.country, source=country.source,
                             confidence=min(m.confidence, 0.6),
                             candidates=(_candidate(country, 1.0), *m.candidates[:4]))
        return out

    def _close_country(self, surface: str) -> Place | None:
        """The country whose name is within two letters of ``surface`` (same first letter, ratio >= 0.85), if one."""
        if self._country_names is None:
            self._country_names = {normalise(p.name): p for p in self.gazetteer.countries()}
        norm = normalise(surface)
        close = difflib.get_close_matches(norm, list(self._country_names), n=1, cutoff=0.85)
        return self._country_names[close[0]] if close and close[0][:1] == norm[:1] else None

    def _airports_named(self, name: str) -> list[Place]:
        return [p for p, _ in self._rows(normalise(name)) if p.kind == "airport"]

    def _airport_words_of(self, first: str, *, prefix: bool = False) -> Names:
        """``airport_words`` of the airport names that begin with the word ``first`` (or its letters), memoised."""
        key = f"{first}*" if prefix else first
        names = self._airport_words.get(key)
        if names is None:
            names = airport_words(self.gazetteer.airport_names(first, prefix=prefix))
            with self._lock:
                if len(self._airport_words) > 1_000:
                    self._airport_words.clear()
                self._airport_words[key] = names
        return names

    def _spelt_airport(self, name: str) -> Place | None:
        """The airport a name the gazetteer lacks spells another way (spelt_airports); memoised, as _status is."""
        norm = normalise(name)
        if not norm:
            return None
        known = self._spelt.get(norm)  # (answer,): None is an answer too
        if known is not None:
            return known[0]
        first = norm.split()[0]
        names = self._airport_words_of(first)
        found = spelt_airport(norm, names)
        if found is None and len(first) >= 4:  # the first word spelt another way too: "Lokapriya" for "Lokpriya"
            found = respelt_airport(norm, self._airport_words_of(first[:3], prefix=True))
        with self._lock:
            if len(self._spelt) > 10_000:
                self._spelt.clear()
            self._spelt[norm] = (found,)
        return found

    # -- finding names --------------------------------------------------------------------------------

    def _status(self, norm: str) -> int:
        """2 for a whole name, 1 for only the start of one, 0 for neither; memoised, as ``_norm`` is: a text asks
        about the same words and names again and again, and each question is a hash and two binary searches."""
        st = self._statuses.get(norm)
        if st is None:
            if len(self._statuses) > 200_000:
                self._statuses.clear()
            st = self._statuses[norm] = 2 if self._index.exists(norm) or self._extra.exists(norm) else \
                1 if self._index.match(norm) or self._extra.match(norm) else 0
        return st

    def _known(self, norm: str) -> bool:
        return self._status(norm) == 2

    def _prefix(self, norm: str) -> bool:
        return self._status(norm) != 0

    def _candidates(self, text: str, toks: list[_Tok]) -> list[_Cand]:
        """Leftmost-longest names that start at a capitalised word (or at "the" before one)."""
        out: list[_Cand] = []
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            if not (t.cap or (t.norm == "the" and i + 1 < n and toks[i + 1].cap)) or t.text[0].isdigit():
                i += 1
                continue
            abbrev = self._region_abbreviation(text, toks, i)
            if abbrev is not None:
                end, form = abbrev
                j = i
                while j + 1 < n and toks[j + 1].start < end:
                    j += 1
                out.append(_Cand(i, j, t.start, end, _ABBREV_KEY + form))
                i = j + 1
                continue
            best = self._longest(text, toks, i)
            if t.norm == "the" and best is not None:  # "the United States of America": longer without "the"
                inner = self._longest(text, toks, i + 1)
                if inner is not None and (inner[0] > best[0] or inner[0] == best[0] and self._far_bigger(inner[1],
                                                                                                        best[1])):
                    best = inner
            if best is None or (best[0] == i and t.caps):
                code = self._airport_code(toks, i)  # "JFK", unless a longer name ("JFK International Airport")
                if code is not None:
                    out.append(_Cand(i, i, t.start, t.end, code_key(code)))
                    i += 1
                    continue
            if best is None:
                i += 1
                continue
            j, norm, end = best
            si = i + 1 if t.norm == "the" else i  # "the Hague": the name is what follows "the"
            start = toks[si].start
            demonym = DEMONYMS.get(norm, ())
            if demonym and any(exact and p.kind == "country" for p, exact in self._rows(norm)):
                demonym = ()  # "New Zealand": a country's own name, also used as its adjective
            out.append(_Cand(i, j, start, end, norm, demonym=demonym))
            i = j + 1
        return out

    def _longest(self, text: str, toks: list[_Tok], i: int) -> tuple[int, str, int] | None:
        """(last token, norm, end) of the longest known name that starts at token i, or None."""
        n = len(toks)
        match = self._prefix
        t = toks[i]
        best: tuple[int, str, int] | None = None  # (last token, norm, end)
        key = t.norm
        prev_key = ""  # the key before the current word, to try it without its possessive "'s"
        j = i
        while True:
            tj = toks[j]
            if tj.cap or (j > i and (_ELISION_RE.match(tj.text)
                                     or tj.norm in _LONGER_NAME_TAILS)):
                base_key = f"{prev_key} {tj.base_norm}".lstrip() if tj.possessive else key
                if tj.possessive and self._known(base_key) and not (key.startswith("saint ") and self._known(key)):
                    best = (j, base_key, tj.base_end)  # "Sydney's Kingsford Smith"; not "St. John's": a town's name
                elif self._known(key):
                    best = (j, key, tj.end)
            # a possessive ends a name unless a longer name goes on through it ("Cox's Bazar")
            if (tj.possessive and not match(key)) or j + 1 >= n or j - i + 1 >= MAX_NAME_TOKENS:
                break
            nxt = toks[j + 1]
            gap = text[tj.end:nxt.start]
            amp = _AMP_GAP_RE.fullmatch(gap) is not None  # "Turks & Caicos Islands": "and", as normalise reads it
            if not (_NAME_GAP_RE.fullmatch(gap) or amp or (gap == ". " and tj.norm in _ABBREV_DOT)
                    or (tj.norm == "o" and _O_GAP_RE.fullmatch(gap))):  # "John o’ Groats"
                break
            if not (nxt.cap or nxt.norm in CONNECTORS or _ELISION_RE.match(nxt.text) or nxt.norm in _LONGER_NAME_TAILS
                    or (nxt.norm == "o" and _O_GAP_RE.match(text, nxt.end))):
                break
            if gap.startswith(",") and not (nxt.caps and len(nxt.norm) <= 3):
                break  # "Washington, D.C." is one name; "New Orleans, Louisiana" is two
            key2 = f"{key} and {nxt.norm}" if amp else f"{key} {nxt.norm}"
            if not (match(key2) or (nxt.possessive and match(f"{key} {nxt.base_norm}"))):
                break
            prev_key, key = key, key2
            j += 1
        return best

    @staticmethod
    def _after_name_particle(text: str, toks: list[_Tok], c: _Cand, accepted: dict[int, _Cand]) -> bool:
        """The name follows a capitalised word that is no place and a particle of people's names ("Jose Alencar
        Gomes da Silva", "Jose de San Martin"): it ends a person's name. "Santiago de Chile" is a place, then its
        country."""
        i = c.i
        if i < 2 or toks[i - 1].norm not in NAME_PARTICLES or toks[i - 1].cap or not toks[i - 2].cap \
                or toks[i - 2].sent != toks[i].sent or (i - 2) in accepted:
            return False
        return text[toks[i - 2].end:toks[i - 1].start] == " " and text[toks[i - 1].end:toks[i].start] == " "

    def _before_name_particle(self, text: str, toks: list[_Tok], c: _Cand) -> bool:
        """The name is followed by a particle and a capitalised word that is no area it lies in ("Áras an
        Uachtaráin", "Palacio de Miraflores", "Gare du Nord"): it begins a longer name the gazetteer lacks. "Santiago
        de Chile" is a place, then the country it is in; a name the gazetteer knows as the start of a longer one stays
        ("Rio do Janeiro", misspelt)."""
        j = c.j
        if j + 2 >= len(toks) or toks[j + 1].norm not in _LONGER_NAME_PARTICLES or toks[j + 1].cap \
                or not toks[j + 2].cap or toks[j + 2].sent != toks[j].sent:
            return False
        if text[toks[j].end:toks[j + 1].start] != " " or text[toks[j + 1].end:toks[j + 2].start] != " ":
            return False
        areas = [p for p, _ in self._rows(toks[j + 2].norm) if p.kind in ("country", "region")]
        if any(q.country == a.country and (a.kind == "country" or q.admin1 == a.admin1)
               for q, _ in self._rows(c.norm) for a in areas):
            return False  # "Santiago de Chile": a place in the area named after it ("Gare du Nord" is no Gare in Nord)
        return not any(_norm(p.name).startswith(c.norm + " ") for p, _ in self._rows(c.norm))  # "Rio" is Rio de Janeiro

    @staticmethod
    def _region_abbreviation(text: str, toks: list[_Tok], i: int) -> tuple[int, str] | None:
        """(end, form) of a state's or province's abbreviation at token i where it qualifies the name before it
        ("Scranton, Pa.", "Sydney, N.S.") or is one nothing else writes ("NSW") or follows a word only a place follows
        ("in B.C."); else None."""
        m = ABBREVIATION_RE.match(text, toks[i].start)
        if m is None:
            return None
        form = m.group()
        if form in ANYWHERE:
            return m.end(), form
        if form in AFTER_PLACE_WORD and i > 0 and toks[i - 1].sent == toks[i].sent and toks[i - 1].norm in PLACE_WORDS:
            return m.end(), form
        if i == 0 or not toks[i - 1].cap or toks[i - 1].sent != toks[i].sent \
                or not re.fullmatch(r"\.?,[ \t]*", text[toks[i - 1].end:toks[i].start]):
            return None
        return m.end(), form

    def _airport_code(self, toks: list[_Tok], i: int) -> str | None:
        """An IATA/ICAO code where the text says it is an airport: "JFK airport", "landed at JFK", "flew from
        LHR to JFK". Anywhere else a capitalised three-letter word is an abbreviation, never a place."""
        t = toks[i]
        if not (t.caps and t.text.isalpha() and len(t.text) in (3, 4)) or t.headline or t.norm in ACRONYMS:
            return None
        nxt = toks[i + 1].norm if i + 1 < len(toks) and toks[i + 1].sent == t.sent else ""
        before = " ".join(tk.norm for tk in toks[max(0, i - 3):i] if tk.sent == t.sent)
        if not (nxt in _NAME_TAILS or _AIRPORT_CUE_RE.search(before)):
            return None
        return t.text if self.gazetteer.airport(t.text) is not None else None

    # -- the careful reader ---------------------------------------------------------------------------

    def _far_bigger(self, norm: str, other: str) -> bool:
        """Whether the biggest place ``norm`` names has _FAR_BIGGER times the people of the biggest ``other`` names:
        "the Blue Mountains" of New South Wales (78,000 people) read without "the", not The Blue Mountains of Ontario
        (9,000)."""
        big = max((p.population for p, exact in self._rows(norm) if exact), default=0)
        small = max((p.population for p, exact in self._rows(other) if exact), default=0)
        return small > 0 and big >= _FAR_BIGGER * small  # not "the North Pole" (no one lives there) for the town

    def _rows(self, norm: str) -> list[tuple[Place, bool]]:
        rows = self._lookups.get(norm)
        if rows is None:
            if norm.startswith("\x01"):  # an airport code, found in airport context
                airport = self.gazetteer.airport(norm.rsplit(" ", 1)[-1])
                rows = [(airport, True)] if airport is not None else []
            elif norm.startswith(_ABBREV_KEY):  # a state's abbreviation, found where it qualifies a name
                rows = self._abbreviated_region(norm[len(_ABBREV_KEY):])
            else:
                rows = [(c.place, c.match == "exact") for c in self.gazetteer.lookup(norm)]
            with self._lock:
                if len(self._lookups) > 100_000:
                    self._lookups.clear()
                self._lookups[norm] = rows
        return rows

    def _abbreviated_region(self, form: str) -> list[tuple[Place, bool]]:
        """The state or province an abbreviation stands for (the row of that country's first-level region)."""
        rows: list[tuple[Place, bool]] = []
        for cc, name in readings(form):
            for key in (normalise(name), normalise(name) + " state"):
                p = next((c.place for c in self.gazetteer.lookup(key) if c.match == "exact"
                          and c.place.kind == "region" and c.place.country == cc and is_admin1(c.place)), None)
                if p is not None:
                    rows.append((p, True))
                    break
        return rows

    def _facts(self, norm: str, rows: list[tuple[Place, bool]]) -> _RowFacts:
        """What the filter asks of a name's readings, worked out once per name like ``_ranked`` (kept with the very
        list ``_rows`` gave, and answered only for that list)."""
        known = self._row_facts.get(norm)
        if known is not None and known[0] is rows:
            return known[1]
        facts = _RowFacts(self._prominent(rows), any(p.kind == "landmark" and exact for p, exact in rows),
                          bool(rows) and all(p.kind == "airport" for p, _ in rows),
                          bool(rows) and all(p.kind == "sea" for p, _ in rows),
                          all(p.kind == "city" and p.population < 1000 for p, _ in rows),
                          any(exact for _, exact in rows))
        if rows:  # not the empty list of a demonym, made anew for each
            with self._lock:
                if len(self._row_facts) > 100_000:
                    self._row_facts.clear()
                self._row_facts[norm] = (rows, facts)
        return facts

    @staticmethod
    def _prominent(rows: list[tuple[Place, bool]]) -> bool:
        """A name a reader knows whatever the capitals say: a country, a world region or sea, a large region, a
        capital, a big city."""
        return any(exact and (p.kind in ("country", "world-region", "sea") or p.capital or p.population >= 1_000_000)
                   for p, exact in rows)

    def _filter(self, text: str, toks: list[_Tok], cands: list[_Cand], *, max_mentions: int | None = None) -> None:
        """Each candidate's status (place | organisation | rejected) with why. ``max_mentions``: raise
        TooManyMentions as soon as more names than that are sure to be mentions (see ``_sure_mention``), rather
        than read the rest of a 100 KB list first."""
        # words inside other names (a name that is only a given name or a common word does not count)
        covered = {k for c in cands if c.demonym or (c.norm not in GIVEN_NAMES and c.norm not in COMMON_WORDS
                                                     and self._facts(c.norm, self._rows(c.norm)).prominent)
                   for k in range(c.i, c.j + 1)}
        accepted_before: dict[int, _Cand] = {}  # last token -> candidate accepted, for lists ("Reading, Nice")
        cand_at = {c.i: c for c in cands}
        people = self._people(text, toks, covered)
        surnames: set[str] = set()  # names read so far as the last word of a longer one ("Nelson Mandela")
        vessels: set[str] = set()  # names read so far as a ship's ("the research vessel Shi Yan 6", then "the Shi Yan")
        brands: dict[str, str] = {}  # names the text uses as a team's, an airline's or an event's
        sure = 0  # names accepted so far that no later word can take back, each sure to be a mention

        def chunk(c: _Cand, step: int) -> list[_Tok]:
            """Capitalised words joined to the name by plain spaces, nearest first."""
            out: list[_Tok] = []
            k = c.i - 1 if step < 0 else c.j + 1
            prev = toks[c.i] if step < 0 else toks[c.j]
            while 0 <= k < len(toks):
                tk = toks[k]
                a, b = (tk, prev) if step < 0 else (prev, tk)
                if a.sent != b.sent or not _SPACES_RE.fullmatch(text, a.end, b.start) or a.possessive:
                    break
                if not tk.cap or tk.text[0].isdigit():
                    break
                if step < 0 and tk.first and (tk.norm in SENTENCE_OPENERS or tk.norm in CONNECTORS):
                    break
                if step < 0 and tk.norm in SENTENCE_OPENERS and not tk.caps:
                    break
                out.append(tk)
                prev = tk
                k += step
            return out

        for c in cands:
            t0 = toks[c.i]
            if toks[c.i].norm == "the":
                t0 = toks[c.i + 1]
            rows = [] if c.demonym else self._rows(c.norm)
            c.places = rows
            facts = self._facts(c.norm, rows)
            if c.norm.startswith("\x01"):  # an airport code: its context was checked when it was found
                accepted_before[c.j] = c
                continue
            if c.norm.startswith(_ABBREV_KEY):  # "Pa." after "Scranton, ": likewise
                if rows:
                    accepted_before[c.j] = c
                else:
                    c.status, c.why = "rejected", "a region the gazetteer lacks"
                continue
            single = c.i == c.j or (toks[c.i].norm == "the" and c.j == c.i + 1)
            acronym = single and (c.norm in ACRONYMS or "." in t0.text)
            landmark = facts.landmark  # "K2"
            headline = t0.headline or (not acronym and not landmark
                                       and all(toks[k].caps for k in range(c.i, c.j + 1)))
            left, right = chunk(c, -1), chunk(c, +1)
            prominent = bool(c.demonym) or facts.prominent
            if not t0.caps and facts.airports and all(
                    toks[k].norm in _NAME_TAILS for k in range(t0.idx + 1, c.j + 1)) and (
                    t0.norm in SENTENCE_OPENERS or t0.norm in CONNECTORS
                    or t0.norm in COMMON_WORDS and len(t0.norm) <= 4):  # a code's length: not "Wellington Airport"
                c.status, c.why = "rejected", "a word, not an airport code (And airport officials)"
                continue
            if c.j > c.i and rows and all(p.kind == "airport" for p, _ in rows) \
                    and not any(toks[k].norm in _AIRPORT_WORDS for k in range(max(0, c.i - 3), c.j + 1)) \
                    and not self._locative(toks, c) \
                    and not (c.i > 0 and (toks[c.i - 1].norm in _ON_VIA or toks[c.i - 1].possessive)):
                c.status, c.why = "rejected", "a person's name that an airport has too (Václav Havel, whose)"
                continue
            if facts.airports and toks[c.j].norm in _NAME_TAILS \
                    and not toks[c.j].cap:
                head = " ".join(toks[k].norm for k in range(c.i, c.j))
                areas = [p.kind for p, _ in self._rows(head) if p.kind in ("country", "region")]
                after_city = c.i > 0 and text[toks[c.i - 1].end:t0.start].strip() == ","
                if "country" in areas and after_city or areas and not any(
                        _norm(p.name).startswith(head) for p, _ in rows):
                    c.status, c.why = "rejected", "an airport in a country or region, not one of that name (the " \
                                                  "Amman, Jordan airport; the Texas airport)"
                    continue
            if rows and not facts.airports and self._airport_in_a_town(toks, c):
                c.status, c.why = "rejected", "the name of an airport the gazetteer lacks, in the town named after " \
                                              "it (MacArthur Airport in Islip)"
                continue
            if single and c.norm in GENERIC_WORDS:
                c.status, c.why = "rejected", "a direction or generic word (the North, Central)"
                continue
            if single and (t0.norm in ORG_HEADS or t0.norm in PLACE_TYPES) and not c.demonym:
                c.status, c.why = "rejected", "a generic word (the Center, the County)"
                continue
            if c.norm in REGION_ADJECTIVES:
                c.status, c.why = "rejected", "an adjective of a continent or world region (South American)"
                continue
            if single and facts.seas and c.j + 1 < len(toks) \
                    and not toks[c.j + 1].cap and toks[c.j + 1].norm in _SEA_ADJECTIVE_OF:
                c.status, c.why = "rejected", "an ocean's name as an adjective (the Pacific island nation)"
                continue
            if not c.demonym and not rows:
                c.status, c.why = "rejected", "not in the gazetteer"
                continue
            if single and not prominent and c.i > 0 and toks[c.i - 1].norm == "the" and c.j + 1 < len(toks) \
                    and not toks[c.j + 1].cap and toks[c.j + 1].norm in _NATION_WORDS \
                    and not any(p.kind in ("country", "region") for p, _ in rows):
                c.status, c.why = "rejected", "a word describing a country (the Inca country), not a town"
                continue
            if not c.demonym and c.j + 1 < len(toks) and toks[c.j + 1].text in _FEATURE_AFTER \
                    and any(p.kind in ("country", "region", "world-region") for p, _ in rows):
                c.status, c.why = "rejected", "a river or land named after a country or region (the Niger River)"
                continue
            if not c.demonym and c.j + 1 < len(toks) and toks[c.j + 1].text == "Gate":
                c.status, c.why = "rejected", "a city gate named after where its road leads (the Brandenburg Gate)"
                continue
            # 1. words that are never places on their own, and too-short names
            if single and (c.norm in NEVER_PLACES and not (t0.caps and c.norm in ACRONYMS)):
                c.status, c.why = "rejected", "never a place on its own"
                continue
            if len(c.norm.replace(" ", "")) <= 2 and not (c.norm in ACRONYMS and (t0.caps or "." in t0.text)) \
                    and not landmark and not self._short_town(text, toks, c, rows):
                c.status, c.why = "rejected", "too short"
                continue
            if t0.caps and len(t0.text) <= 3 and c.norm not in ACRONYMS and single and not prominent and not landmark:
                c.status, c.why = "rejected", "an abbreviation"
                continue
            if c.demonym and self._language(text, toks, c):
                c.status, c.why = "rejected", "a language, not a people"
                continue
            if single and t0.possessive and t0.base_norm in TITLES and c.i > 0 and toks[c.i - 1].norm == "the":
                c.status, c.why = "rejected", "a title's possessive (the Queen's tour)"
                continue
            if single and c.norm in TITLES and c.j + 1 < len(toks) and toks[c.j + 1].cap \
                    and (toks[c.j + 1].norm in TITLES or toks[c.j + 1].norm in ROLE_WORDS):
                c.status, c.why = "rejected", "part of a title (Vice President)"
                continue
            if c.i > 0 and toks[c.i - 1].sent == t0.sent and (
                    toks[c.i - 1].text in SHIP_PREFIXES or toks[c.i - 1].text in VESSEL_NOUNS) and not headline:
                c.status, c.why = "rejected", "a ship's name (HMS Cardiff, the research vessel Shi Yan 6)"
                vessels.add(c.norm)
                continue
            if c.norm in vessels and not prominent:
                c.status, c.why = "rejected", "a ship's name the text gave before"
                continue
            if c.i >= 2 and toks[c.i - 1].norm == "of" and toks[c.i - 2].norm in NOBLE_TITLES:
                c.status, c.why = "rejected", "part of a title (the Duke of Edinburgh)"
                continue
            if c.norm.startswith("saint ") and c.j + 2 < len(toks) and toks[c.j + 1].norm == "of" \
                    and toks[c.j + 2].cap:
                c.status, c.why = "rejected", "a saint's name (St. Francis of Assisi)"
                continue
            if single and t0.possessive and c.norm in GIVEN_NAMES and c.j + 1 < len(toks) \
                    and toks[c.j + 1].cap and toks[c.j + 1].norm in _NAMED_BUILDINGS and not prominent:
                c.status, c.why = "rejected", "a building named after someone (Mary's College)"
                continue
            if tl_possessive_name(toks, c):
                c.status, c.why = "rejected", "a saint's name in a building's name (St. Peter's Basilica)"
                continue
            # 2. organisation names: the chunk ends in an organisation word, or starts with a club/company word;
            #    decided after the other filters, so that only real place names are reported as embedded
            org = ""
            # "USA TODAY" is a paper; "Biden In Paris Today", a headline
            org_end = max((k for k, tk in enumerate(right) if tk.norm in ORG_HEADS
                           and not (tk.norm == "today" and t0.headline)), default=None)
            # "Ohio State University", "Delta Air Lines", "Massachusetts Port Authority": "state", "air" or "port"
            # right before the organisation's word names no state, no air force, no port
            if org_end is not None and not any((tk.norm in ROLE_WORDS or tk.norm in PLACE_TYPES)
                                               and not (tk.norm in ("state", "air", "port") and k == org_end - 1)
                                               for k, tk in enumerate(right[:org_end])):
                first = left[-1] if left and left[-1].norm not in TITLES and not left[-1].first else t0
                org = text[first.start:right[org_end].end]
            elif left and left[0].norm in ORG_PREFIXES and not left[0].first:
                org = text[left[0].start:(right[-1].end if right else c.end)]
            elif (head := self._org_of(toks, c, left)) is not None:
                org = text[head.start:(right[-1].end if right else c.end)]
            elif (tail := self._org_across(text, toks, c, right)) is not None:
                first = left[-1] if left and left[-1].norm not in TITLES and not left[-1].first else t0
                org = text[first.start:tail.end]
            elif not left and not right and not any(exact and p.kind == "country" for p, exact in rows):
                org = self._brand_use(text, toks, c, rows)
                if org:
                    brands.setdefault(c.norm, org)
            if org:
                left, right = [], []
            # 3. person names: a title or a given name before it, or part of a name found elsewhere
            # "Steele says" speaks; "a nurse in Austin told", "a resident of Lubbock told" do not
            verb = toks[c.j + 1] if c.j + 1 < len(toks) else None
            between = toks[c.j].end
            if verb is not None and verb.norm in _SPEECH_ADVERBS and c.j + 2 < len(toks) \
                    and _SPACES_RE.fullmatch(text, toks[c.j].end, verb.start):
                between, verb = verb.end, toks[c.j + 2]  # "Rendon later told the Tribune"
            if not prominent and not org and verb is not None and verb.norm in _SPEECH_VERBS and verb.sent == t0.sent \
                    and _SPACES_RE.fullmatch(text, between, verb.start) \
                    and not (c.i > 0 and (toks[c.i - 1].norm == "of" or self._locative(toks, c))):
                c.status, c.why = "rejected", "a person's name (one that speaks: Steele says)"
                continue
            if not prominent and not org and c.i == c.j and c.i > 0 and toks[c.i - 1].norm in _ARTICLES \
                    and (noun := _vehicle_after(toks, c.j)) is not None and toks[noun].sent == t0.sent:
                c.status, c.why = "rejected", "a vehicle's make (in a Zil limousine)"
                continue
            if not prominent and not org and text[toks[c.i].start - 1:toks[c.i].start] in ("“", '"') \
                    and _QUOTE_CLOSES.match(text, toks[c.j].end) \
                    and not _AIRPORT_BEFORE_QUOTE.search(text, max(0, toks[c.i].start - 30), toks[c.i].start - 1):
                c.status, c.why = "rejected", "a name in quotation marks (two boats, “Tai Wu” and “Wu Chiang,”)"
                continue
            if not prominent and not org and _SPOUSE_AFTER.match(text, toks[c.j].end):
                c.status, c.why = "rejected", "a person's name (with a spouse: Clinton and his wife)"
                continue
            if self._titled(text, toks, c) and not headline and not _listed_after(text, toks, c, accepted_before):
                # ("in Gdańsk, Poland, aged 84": the place after a place is where the person is)
                c.status, c.why = "rejected", "a person's name (after an abbreviated title: Mr. Clawson)"
                continue
            if self._name_part(text, c):
                c.status, c.why = "rejected", "part of a hyphenated name or a code (Navarro-Valls, A/California/7)"
                continue
            if self._after_name_particle(text, toks, c, accepted_before) and not headline:
                c.status, c.why = "rejected", "a person's name (after a name particle: Gomes da Silva)"
                continue
            if not prominent and self._before_name_particle(text, toks, c) and not headline:
                c.status, c.why = "rejected", "the first word of a longer name (Áras an Uachtaráin, Palacio de " \
                                              "Miraflores)"
                continue
            if c.j > c.i and toks[c.i].norm in TITLES and toks[c.i + 1].norm in GIVEN_NAMES and not headline \
                    and not self._locative(toks, c) and not self._comma_place(text, toks, c, cand_at) \
                    and not self._in_area(toks, c, cand_at) \
                    and not (toks[c.i].norm == "saint" and _listed_after(text, toks, c, accepted_before)):
                c.status, c.why = "rejected", "a person's name (a title and a given name: Queen Elizabeth)"
                continue
            if (site := _MILITARY_SITE.match(text, c.start)) and text[site.end():site.end() + 1].isupper():
                c.status, c.why = "rejected", "the first word of a military site named by its town (Naval Station " \
                                              "Norfolk)"
                continue
            if left and not headline and _MILITARY_SITE_BEFORE.search(text, max(0, c.start - 40), c.start):
                left = []  # "Naval Station Norfolk", "Joint Base Lewis": the site's town
            if left and not headline:
                w = left[0]
                if w.norm in TITLES:
                    c.status, c.why = "rejected", "a person's name (after a title)"
                    continue
                if not (w.norm in MODIFIERS or w.norm in DEMONYMS or w.caps or w.idx in covered
                        or w.norm == "capital"):  # "Ethiopia's Capital Addis Ababa"
                    if not (w.first and w.norm in COMMON_WORDS and w.norm not in GIVEN_NAMES):
                        c.status, c.why = "rejected", "part of a longer name"
                        surnames.add(c.norm)
                        continue
                # "the Italian Riviera town of Portofino", "the British Red Cross": after a country's adjective, a
                # word that only towns of other countries have, none known, is the rest of a name the gazetteer
                # lacks, not Riviera in Switzerland nor Red Cross, North Carolina
                if w.norm in DEMONYMS and single and not prominent and not c.demonym and rows \
                        and w.sent == t0.sent and _SPACES_RE.fullmatch(text, w.end, t0.start) \
                        and all(p.kind == "city" and p.country not in DEMONYMS[w.norm] for p, _ in rows):
                    c.status, c.why = "rejected", "a name after another country's adjective (the Italian Riviera)"
                    continue
            if right and not headline:
                r = right[0]
                if not (r.norm in ROLE_WORDS or r.norm in PLACE_TYPES or r.norm in DEMONYMS or r.caps
                        or r.idx in covered or r.norm in CALENDAR  # "arrived in Peking Sunday"
                        or (r.norm in _STATION_QUALIFIERS and r.idx + 1 < len(toks)
                            and toks[r.idx + 1].norm in _STATION_WORDS)):  # "Cardiff Central station": the town's
                    if c.demonym:
                        c.evidence = 0.8
                    elif prominent and c.norm not in GIVEN_NAMES:
                        c.evidence = 0.6
                    else:
                        c.status, c.why = "rejected", "part of a longer name"
                        continue
            if single and not headline and not c.demonym and c.norm in COMMON_WORDS and c.j + 2 < len(toks) \
                    and toks[c.j + 1].text == "of" and toks[c.j + 1].sent == t0.sent and (
                        toks[c.j + 2].cap or toks[c.j + 2].text == "the" and c.j + 3 < len(toks)
                        and toks[c.j + 3].cap):
                c.status, c.why = "rejected", "a word that begins a longer name (the Temple of Heaven)"
                continue
            if not c.demonym and single and c.norm in people and not (
                    prominent and (c.norm not in GIVEN_NAMES or self._locative(toks, c))):
                c.status, c.why = "rejected", "part of a person's name in this text"
                continue
            if single and not prominent and c.norm in surnames and _WHO_AFTER.match(text, c.end):
                c.status, c.why = "rejected", "a person's surname (Nelson Mandela, then Mandela, who)"
                continue
            # 4. capitalised common words: need evidence unless the place is one everybody knows
            exact_rows = facts.exact  # a reading has the name as its own
            # "a week-long visit to Commonwealth member countries": the Commonwealth of Nations, not a town
            if single and c.norm in _BLOCS and not headline and not (
                    c.j + 1 < len(toks) and toks[c.j + 1].text == "of"):
                c.status, c.why = "rejected", "a bloc of nations (the Commonwealth), not a town"
                continue
            # "his state visit to the Dominion", "has ever visited the Colony": after a lowercase "the", a word that
            # names only small towns is a noun ("the Dominion", "the Commonwealth"), not Dominion, Nova Scotia, nor
            # The Colony, Texas -- the word alone before a stop, or "the" and a common word read as one name
            after_the = (c.i == c.j and c.i > 0 and toks[c.i - 1].text == "the" and toks[c.i - 1].sent == t0.sent
                         and re.match(r"[.;:!?)]", text[c.end:c.end + 1])) \
                or (c.j == c.i + 1 and toks[c.i].text == "the" and toks[c.j].norm in COMMON_WORDS)
            if after_the and rows and not headline and not c.demonym \
                    and all(p.kind == "city" and p.population < 50_000 for p, _ in rows):
                c.status, c.why = "rejected", "a noun after 'the' (the Dominion, the Colony), not a small town"
                continue
            # "Volunteers from the Red Cross", "handed to the Red Cross in Damascus": a name of several words after a
            # lowercase "the" that only hamlets have is a body's (Red Cross, North Carolina has 700 people)
            if c.j > c.i and c.i > 0 and toks[c.i - 1].text == "the" and toks[c.i - 1].sent == t0.sent and rows \
                    and not headline and not c.demonym and toks[c.j].norm not in _FEATURE_WORDS \
                    and all(p.kind == "city" and p.population < _HAMLET for p, _ in rows):
                c.status, c.why = "rejected", "a body's name after 'the' (the Red Cross), not a hamlet"
                continue
            # "arrived at Auckland by the Niagara", "had travelled by the Moreton Bay": the ship (or train) a
            # journey took, named after a place
            if not headline and not c.demonym and _BY_THE.search(text, max(0, c.start - 8), c.start) \
                    and _BY_THE_VESSEL.search(text, max(0, c.start - 90), c.start):
                c.status, c.why = "rejected", "a vessel's name (arrived by the Niagara)"
                continue
            # a name only villages have (fewer than 1,000 people) is, alone and capitalised, far more often a
            # word or a name ("Summit", "Happy", "Pope", "Diablo") than that village: it needs evidence too
            tiny = facts.tiny
            common = single and (c.norm in COMMON_WORDS or c.norm in GIVEN_NAMES or tiny or (
                c.norm in CENSUS_GIVEN_NAMES and max(p.population for p, _ in rows) < _SMALL_TOWN)) and not c.demonym
            if common and not exact_rows:
                c.status, c.why = "rejected", "a common word (alternate name only)"
                continue
            if common and not facts.prominent:
                evidence = self._locative(toks, c) or self._comma_place(text, toks, c, cand_at) \
                    or _listed_after(text, toks, c, accepted_before) or _opens_dated_row(text, c.start)
                if t0.first or headline or not evidence:
                    if not evidence:
                        c.status, c.why = "rejected", "a capitalised common word"
                        continue
                c.evidence = 0.7
            if not exact_rows and not c.demonym:
                biggest = max(p.population for p, _ in rows)
                if (t0.first or headline) and not self._prominent([(p, True) for p, _ in rows]) \
                        and not self._comma_place(text, toks, c, cand_at):  # "FRANKFURT, Germany (AP) _"
                    c.status, c.why = "rejected", "an alternate name at the start of a sentence"
                    continue
                if biggest < 20_000 and not self._locative(toks, c):
                    c.status, c.why = "rejected", "only an alternate name of a small place"
                    continue
                c.evidence = min(c.evidence, 0.7)
            accepted_before[c.j] = c
            if org:
                c.status, c.why, c.container = "organisation", "part of an organisation's name", org
            # 5. headlines and all-caps: capitals say nothing there; decided below by the rest of the text
            elif headline:
                c.why = "headline"
            if max_mentions is not None and self._sure_mention(text, toks, c, cand_at, people):
                sure += 1
                if sure > max_mentions:
                    raise TooManyMentions(max_mentions, sure)
        # one sense in a text: a common word the text places with evidence ("the Adriatic port of Split") is that
        # place wherever else it stands capitalised inside a sentence ("left for Split at 4 a.m.")
        placed = {c.norm for c in cands if c.status == "place" and c.why != "headline" and c.evidence > 0}
        # ... and so is one a dateline places ("INDEPENDENCE, Mo. - ... as he leads six wagons out of Independence.
        # The party ..."), even at the end of a sentence
        dated = {c.norm for c in cands if c.status == "place" and c.why == "headline"
                 and _dateline(text, c.start, c.end) and self._comma_place(text, toks, c, cand_at)}
        for c in cands:
            if c.status == "rejected" and c.why == "a capitalised common word" and c.norm in placed | dated \
                    and not toks[c.i].first and not (c.i > 0 and (toks[c.i - 1].norm == "the" or toks[c.i - 1].cap)) \
                    and not (c.j + 1 < len(toks) and toks[c.j + 1].cap and (
                        c.norm not in dated or toks[c.j + 1].sent == toks[c.j].sent)):
                c.status, c.why, c.evidence = "place", "", 0.7  # not "the Imperial couple", "Western Wall ..."
        # a name the text shows to be a person's ("Mr. Campbell", "Campbell, 42,") is that person everywhere in it
        persons = {c.norm for c in cands if c.status == "rejected" and c.why.startswith("a person's name")}
        for c in cands:
            if c.status == "place" and c.norm in persons and not c.demonym \
                    and not self._facts(c.norm, c.places).prominent \
                    and not (self._locative(toks, c) or self._comma_place(text, toks, c, cand_at)):  # "in Lincoln"
                c.status, c.why = "rejected", "a person's name elsewhere in this text"
        # ...and a name the text shows to be a team's, an airline's or an event's ("Connacht coach", "a Delta
        # flight", "Dakar 2016") is that wherever the text does not put it as a place ("arrived in Connacht");
        # a country's, a capital's or a big city's only in headlines ("Beijing 2022" does not make "Beijing said"
        # an event)
        for c in cands:
            if c.status == "place" and c.norm in brands and not c.demonym and (c.why == "headline" or not any(
                    exact and (p.kind == "country" or (p.kind == "city" and (p.capital or p.population >= 1_000_000)))
                    for p, exact in c.places)) \
                    and not (self._locative(toks, c) or self._comma_place(text, toks, c, cand_at)):
                c.status, c.why, c.container = "organisation", "a team's, an airline's or an event's name", \
                    brands[c.norm]
        # document consistency: a headline name counts if the body has it, or if everybody knows it
        body = {c.norm for c in cands if c.status == "place" and c.why != "headline"}
        for c in cands:
            if c.status == "place" and c.why == "headline":
                if c.norm in body:
                    c.evidence = 0.85
                elif c.demonym or (self._facts(c.norm, c.places).prominent and c.norm not in people
                                   and c.norm not in COMMON_WORDS and c.norm not in GIVEN_NAMES):
                    c.evidence = 0.6
                elif self._comma_place(text, toks, c, cand_at, dash=True) or _BRACKETED_VENUE.fullmatch(
                        text, max(0, c.start - 1), min(len(text), c.end + 1)) and _DATED_LINE.match(
                        text, text.rfind("\n", 0, c.start) + 1):  # an itinerary line: "Monday: Dubbo, Australia",
                    c.evidence = 0.75  # "JUNE 3: TOUR MATCH V PROVINCIAL BARBARIANS (WHANGAREI)"
                elif _dateline(text, c.start, c.end) and any(exact or p.population >= 100_000 for p, exact in c.places):
                    c.evidence = 0.75  # "NEW YORK (AP) -": New York City's name is an alternate one
                else:
                    c.status, c.why = "rejected", "headline word not confirmed by the text"

    def _sure_mention(self, text: str, toks: list[_Tok], c: _Cand, cand_at: dict[int, _Cand], people: set[str]
                      ) -> bool:
        """Whether a name the filter has just accepted is sure to be one of ``parse``'s mentions, whatever the rest
        of the text says: the two passes after the filter keep it (a name shown to be a person's elsewhere drops
        only a place nobody knows; an unconfirmed headline name drops unless it is one everybody knows, is no
        person's here, or has a country or region after a comma), and ``_resolve`` makes a mention of it (it
        drops only a demonym without a country and an alternate name with no exact reading)."""
        if c.demonym:
            return any(self.gazetteer.country(cc) is not None for cc in c.demonym)
        if not any(exact for _, exact in c.places):
            return False
        if c.status == "organisation":
            return True
        prominent = self._facts(c.norm, c.places).prominent
        if c.why != "headline":
            return prominent
        return (prominent and c.norm not in people and c.norm not in COMMON_WORDS and c.norm not in GIVEN_NAMES) \
            or self._comma_place(text, toks, c, cand_at)

    @staticmethod
    def _short_town(text: str, toks: list[_Tok], c: _Cand, rows: list[tuple[Place, bool]]) -> bool:
        """A town of two letters after "in", "to", "from" or "at" ("meet the Regional House of Chiefs, in Wa", "flew
        to Ho"): written as a name (not "IN", "No."), and a town of 50,000 people or more has the name."""
        t0 = toks[c.i]
        before = toks[c.i - 1] if c.i else None
        return c.i == c.j and before is not None and before.sent == t0.sent and before.norm in _SHORT_TOWN_CUES \
            and t0.text[:1].isupper() and t0.text[1:].islower() and not _NUMBER_AFTER.match(text, t0.end) \
            and any(p.kind == "city" and p.population >= _SHORT_TOWN_POP for p, _ in rows)

    @staticmethod
    def _titled(text: str, toks: list[_Tok], c: _Cand) -> bool:
        """'Mr. Clawson', 'Michael J. Dillon': an abbreviated title or a middle initial with its full stop right
        before the name; 'Campbell, 42,', 'Minoru Saito, a 71-year-old yachtsman': a name followed by an age."""
        if _AGE_AFTER.match(text, c.end, c.end + 30):
            return True
        if c.i < 1:
            return False
        tk = toks[c.i - 1]
        initial = len(tk.text) == 1 and tk.text.isupper() and c.i >= 2 and toks[c.i - 2].cap
        return ((initial or (tk.cap and tk.norm in TITLES and tk.norm not in ("st", "saint")))
                and re.fullmatch(r"\.[ \t]+", text[tk.end:toks[c.i].start]) is not None)

    def _name_part(self, text: str, c: _Cand) -> bool:
        """A name joined by a hyphen to a capitalised word that is no place ("Navarro-Valls", "Myung-Bak",
        "Kerry-Ann"), or inside a slashed code ("A/California/7/2009", a flu strain)."""
        before, after = text[max(0, c.start - 2):c.start], text[c.end:c.end + 2]
        if before.endswith("/") or after.startswith(("/", "$")):  # a strain code; a currency ("US$10")
            return True
        m = None
        if len(after) == 2 and after[0] == "-" and after[1].isupper():
            m = re.match(r"[-]([A-Z][\w']*)", text[c.end:c.end + 40])
        elif len(before) == 2 and before[1] == "-" and before[0].isalpha():
            m = re.search(r"([A-Z][\w']*)-$", text[max(0, c.start - 40):c.start])
        if m is None:
            return False
        other = _norm(m.group(1))
        if other in DEMONYMS or other in MODIFIERS or other in NAME_PREFIXES:  # "US-Chinese", "Vest-Agder"
            return False
        if after.startswith("-") and self._prefix(other) and not self._known(other):  # "Dallas-Fort Worth"
            return False
        return not any(exact and (p.population >= 50_000 or p.kind not in ("city", "airport", "landmark"))
                       for p, exact in self._rows(other))  # "Dallas-Fort Worth", "Austria-Hungary"

    @staticmethod
    def _org_across(text: str, toks: list[_Tok], c: _Cand, right: list[_Tok]) -> _Tok | None:
        """The last word of an organisation's name that runs on past "and", "for" or "of" ("U.S. Food and Drug
        Administration", "US Centers for Disease Control and Prevention"), or None."""
        k = (right[-1].idx if right else c.j) + 1
        found = None
        while k + 1 < len(toks) and toks[k].norm in ("and", "for", "of") and toks[k + 1].cap \
                and toks[k + 1].sent == toks[c.i].sent:
            k += 1
            while k < len(toks) and toks[k].cap and toks[k].sent == toks[c.i].sent \
                    and _SPACES_RE.fullmatch(text, toks[k - 1].end, toks[k].start):
                if toks[k].norm in ORG_HEADS or toks[k].norm in _ORG_TAILS:
                    found = toks[k]
                k += 1
        return found

    @staticmethod
    def _brand_use(text: str, toks: list[_Tok], c: _Cand, rows: list[tuple[Place, bool]]) -> str:
        """The name as a team's, an airline's or an event's, from the words right after it, or "": "Connacht coach",
        "Connacht's players", "a Delta flight", "Dakar 2016", "the Dakar rally", "won the Dakar in Peru" (a city
        takes no "the"; a place-type word after it would make it a place: "the Paris region")."""
        nxt = toks[c.j + 1] if c.j + 1 < len(toks) and toks[c.j + 1].sent == toks[c.j].sent else None
        if nxt is None or not _SPACES_RE.fullmatch(text, toks[c.j].end, nxt.start):
            nxt = None
        name = text[c.start:c.end]
        if nxt is not None and _EDITION_RE.fullmatch(nxt.text):
            return f"{name} {nxt.text}"  # "Dakar 2016", "Tokyo 2020"
        if toks[c.j].possessive and nxt is None and all(
                p.kind == "city" and not p.capital and p.population < 500_000 for p, exact in rows if exact):
            return f"{name}’s"  # "fries from McDonald's.": a town's possessive that owns nothing is a shop's name
        if nxt is not None and not nxt.cap and nxt.norm in _TEAM_WORDS:
            return name
        ends = _ENDS_HERE_RE.match(text[c.end:c.end + 3]) is not None  # "the Dakar.", not "-based"
        before = toks[c.i - 2].norm if c.i > 1 and toks[c.i - 2].sent == toks[c.i].sent else ""
        if c.i > 0 and toks[c.i - 1].norm == "the" and (toks[c.i - 1].first or not toks[c.i - 1].cap) \
                and not toks[c.j].possessive and before not in LOCATIVES and before != "of" \
                and toks[c.j].norm not in ("coast", "hague") \
                and all(p.kind == "city" for p, exact in rows if exact) and (
                    (nxt is None and ends) or (nxt is not None and (nxt.norm in _EVENT_WORDS
                                                                    or (nxt.norm in _FUNCTION_WORDS and not nxt.cap)))):
            # "the Dakar", "the Dakar rally": a city's name with "the" and nothing after it that it qualifies (not
            # a city whose name takes "the": "on the Gold Coast", "in the Hague")
            return name
        if nxt is not None and not nxt.cap and nxt.norm in ("flight", "flights") and not (
                c.i > 0 and toks[c.i - 1].norm in LOCATIVES) and not any(
                exact and (p.capital or p.population >= 500_000) for p, exact in rows if p.kind == "city"):
            return name  # "a Delta flight"; "the Paris flight", "to Delta flights" say where flights go
        return ""

    @staticmethod
    def _org_of(toks: list[_Tok], c: _Cand, left: list[_Tok]) -> _Tok | None:
        """The organisation's word of "University of (Southern) Indiana", "Bank of England": the place
        names where the organisation is, not a place the text mentions."""
        k = c.i - len(left) - 1
        if any(tk.norm not in MODIFIERS for tk in left) or k < 1 or toks[k].norm != "of":
            return None
        head = toks[k - 1]
        return head if head.cap and head.norm in ORG_HEADS and head.sent == toks[c.i].sent else None

    @staticmethod
    def _language(text: str, toks: list[_Tok], c: _Cand) -> bool:
        """'in English', 'speaks Russian', 'Chinese-language': the word names a language here (not 'into Chilean
        waters')."""
        before = toks[c.i - 1].norm if c.i > 0 else ""
        after = text[c.end:c.end + 12].lower()
        return (before in ("in", "speak", "speaks", "spoke", "speaking", "into", "fluent", "learn", "learning")
                and not (c.j + 1 < len(toks) and toks[c.j + 1].cap)
                and not TERRITORY_RE.match(text, c.end)) or re.match(
                    r"[-\s](?:language|speaking|speakers?|subtitles|translation)\b", after) is not None

    def _airport_in_a_town(self, toks: list[_Tok], c: _Cand) -> bool:
        """'landed at MacArthur Airport in Islip, Long Island': the name is the airport's, which lies in the town
        after "in" (a town of that name elsewhere is not where it landed)."""
        k = c.j + 1
        while k < len(toks) and toks[k].norm in ("international", "regional", "municipal"):
            k += 1
        if k + 2 >= len(toks) or toks[k].norm not in ("airport", "airfield", "aerodrome") or toks[k + 1].norm != "in" \
                or not toks[k + 2].cap:
            return False
        return any(p.kind == "city" for p, _ in self._rows(toks[k + 2].norm))

    @staticmethod
    def _locative(toks: list[_Tok], c: _Cand) -> bool:
        """'in Reading', 'to Nice', 'the city of Van', 'the cities of Bath and Oxford', 'the capital of Santiago',
        'south of Cairns': a preposition or travel verb, or a kind of place or a direction and "of", just before the
        name."""
        k = c.i - 1
        if k >= 0 and toks[k].norm == "the":
            k -= 1
        if k >= 1 and toks[k].norm == "of" and not toks[k - 1].cap and (toks[k - 1].norm in PLACE_TYPES
                                                                        or toks[k - 1].norm in _KINDS_OF_PLACES
                                                                        or toks[k - 1].norm == "capital"
                                                                        or toks[k - 1].norm in _COMPASS
                                                                        or toks[k - 1].norm in ("outside", "inside")):
            return True  # ... or a direction: "a house in Edmonton, south of Cairns", "broke down outside of Orlando"
        return k >= 0 and not toks[k].cap and toks[k].norm in LOCATIVES

    def _in_area(self, toks: list[_Tok], c: _Cand, cand_at: dict[int, _Cand]) -> bool:
        """'Saint Thomas in the U.S. Virgin Islands': "in" and a known country or region right after the name."""
        k = c.j + 1
        if k + 1 >= len(toks) or toks[k].text != "in":
            return False
        return self._area_at(cand_at, k + 1 + (toks[k + 1].text == "the"))

    def _comma_place(self, text: str, toks: list[_Tok], c: _Cand, cand_at: dict[int, _Cand],
                     dash: bool = False) -> bool:
        """'Reading, Pennsylvania', 'Austin, in Scott County': a known region or country right after a comma ("Fort
        Wayne, IN Pierre's": Indiana's code, not "in"); with ``dash``, after a dash too ("Scarborough - Tobago", in
        a line of ports of call)."""
        k = c.j + 1
        gap = _DASH_OR_COMMA_GAP if dash else _COMMA_GAP
        if k + 1 < len(toks) and toks[k].text == "in" and _COMMA_GAP.fullmatch(text, toks[c.j].end, toks[k].start) \
                and _SPACES_RE.fullmatch(text, toks[k].end, toks[k + 1].start):
            k += 1
        elif k >= len(toks) or not gap.fullmatch(text, toks[c.j].end, toks[k].start):
            return False
        return self._area_at(cand_at, k)

    def _area_at(self, cand_at: dict[int, _Cand], k: int) -> bool:
        """Whether the name starting at token k can be a country or a region."""
        nxt = cand_at.get(k)
        return nxt is not None and any(p.kind in ("country", "region") for p, _ in self._area_rows(nxt.norm))

    def _area_rows(self, norm: str) -> list[tuple[Place, bool]]:
        """The readings of a name after a comma: its own, and the state a city took the bare name from
        ("Buffalo, New York", "Spokane, Washington" -- alone, "New York" is the city). Worked out once per name,
        like ``_rows``: a list of places asks it for every name several times."""
        found = self._areas.get(norm)
        if found is not None:
            return found
        rows = self._rows(norm)
        if not any(p.kind in ("country", "region") for p, _ in rows) and self._known(norm + " state"):
            rows = rows + [(p, exact) for p, exact in self._rows(norm + " state") if p.kind == "region"]
        with self._lock:
            if len(self._areas) > 100_000:
                self._areas.clear()
            self._areas[norm] = rows
        return rows

    def _people(self, text: str, toks: list[_Tok], covered: set[int]) -> set[str]:
        """Words of people's names in this text: runs of capitalised words after a title or starting with a
        given name ("Vladimir Putin", "Kim Jong Un", "Foreign Minister Choe Son Hui")."""
        people: set[str] = set()
        n = len(toks)
        k = 0
        while k < n:
            t = toks[k]
            if not t.cap or t.headline and t.caps:
                k += 1
                continue
            run = [t]
            m = k + 1
            while m < n and toks[m].cap and toks[m].sent == t.sent and _SPACES_RE.fullmatch(
                    text, toks[m - 1].end, toks[m].start) and not toks[m - 1].possessive:
                run.append(toks[m])
                m += 1
            # strip leading titles, openers, demonyms and a country's initials ("US President Barack Obama")
            lead = 0
            before = toks[k - 1] if k else None  # "anti-apartheid leader Nelson Mandela": a title in lower case
            titled = before is not None and not before.cap and before.sent == t.sent \
                and before.norm in TITLES and before.norm not in _LOWER_NOT_TITLES \
                and _SPACES_RE.fullmatch(text, before.end, t.start) is not None
            dated = False  # a month or a day in the lead counts only before a title: "In May President Barack Obama"
            while lead < len(run) and (run[lead].norm in TITLES or run[lead].norm in ROLE_WORDS
                                       or run[lead].norm in _TITLE_MODIFIERS
                                       or run[lead].norm in DEMONYMS or run[lead].norm in SENTENCE_OPENERS
                                       or run[lead].norm in CALENDAR
                                       or (run[lead].caps and len(run[lead].text.strip(".")) <= 3)):
                titled = titled or run[lead].norm in TITLES
                dated = dated or (run[lead].norm in CALENDAR and not titled)
                lead += 1
            if dated and not titled:  # "Sunday Alexandria Police": no title, so the name is not stripped of it
                lead = next(k for k, tk in enumerate(run) if tk.norm in CALENDAR)
            name = run[lead:]
            if not titled:  # "East Timor Foreign Minister Ramos Horta": a title after a place's name
                inner = next((k for k in range(len(name) - 2, 0, -1) if name[k].norm in TITLES), None)
                if inner is not None:
                    name, titled = name[inner + 1:], True
            given = 1 if name and name[0].norm in GIVEN_NAMES else 0  # "Bill Clinton": a given name, not a bill
            if len(name) >= 2 and not any(tk.norm in ORG_HEADS or tk.norm in PLACE_TYPES for tk in name[given:]):
                if titled or name[0].norm in GIVEN_NAMES or (name[0].norm in FAMILY_FIRST and len(name) <= 3) or (
                        name[0].norm in CENSUS_GIVEN_NAMES and len(name) <= 3
                        and not any(tk.norm in TITLES or tk.norm in ROLE_WORDS for tk in name)):
                    for tk in name:
                        people.add(tk.base_norm)
            k = m
        return people

    # -- resolution -----------------------------------------------------------------------------------

    def _resolve(self, text: str, cands: list[_Cand], *, max_mentions: int | None = None) -> list[PlaceMention]:
        """Pick each name's place: prior (exact name, kind, capital, population) plus the story's context --
        the countries its other places are in and how near their likeliest readings are -- in two rounds,
        plus "City, State" commas. Confidence is the chosen reading's share, times the filters' evidence."""
        keep = [c for c in cands if c.status in ("place", "organisation")]
        names: dict[str, list[tuple[Place, float]]] = {}
        ranked_all: dict[str, list[tuple[Place, float]]] = {}
        exact_of: dict[str, set[int]] = {}  # the readings that have the name as their own (ids of the Places)
        for c in keep:
            if not c.demonym and c.norm not in ranked_all:
                ranked_all[c.norm] = self._ranked(c.norm, c.places)
                exact_of[c.norm] = {id(p) for p, exact in c.places if exact}
        # the states and provinces the story names (its names whose likeliest reading is one): a town of one of
        # them is a reading even when a hundred bigger namesakes rank first by size (Fairfield in a story about
        # Texas)
        named_states = {(rows[0][0].country, rows[0][0].admin1) for rows in ranked_all.values()
                        if rows and rows[0][0].kind == "region" and is_admin1(rows[0][0]) and rows[0][0].admin1}
        # ...and so is a town of a country the story names, by name or by its people ("Kenyan")
        named_countries = {rows[0][0].country for rows in ranked_all.values() if rows and rows[0][0].kind == "country"}
        named_countries.update(cc for c in keep if c.demonym and len(c.demonym) == 1 for cc in c.demonym)
        # a name the text calls a capital ("outside of Salisbury, the capital city"): a capital is the reading
        capital_said = {c.norm for c in keep if _CAPITAL_APPOSED.match(text, c.end)}
        for n, rows in ranked_all.items():
            top = rows[:_TOP_READINGS]
            if len(rows) > _TOP_READINGS and (named_states or named_countries):
                absent = named_countries - {p.country for p, _ in top}  # a country no first reading is in
                extra = [r for r in rows[_TOP_READINGS:] if (r[0].country, r[0].admin1) in named_states
                         or r[0].country in absent]
                top = top + extra[:_TOP_READINGS]
            names[n] = [(p, s + _CAPITAL_SAID if p.capital and n in capital_said else s) for p, s in top]
        demonym_cc: dict[str, float] = {}
        for c in keep:
            if c.demonym and len(c.demonym) == 1 and c.status == "place":
                demonym_cc[c.demonym[0]] = demonym_cc.get(c.demonym[0], 0) + 0.5
        beside = _demonyms_beside(text, keep)
        probs = {n: _softmax([s for _, s in rows]) for n, rows in names.items()}
        region_named = {c.norm for c in keep  # names of a state ("Wyoming"), not of a county
                        if any(exact and p.kind == "region" and is_admin1(p) for p, exact in c.places)}
        scores = {n: [s for _, s in rows] for n, rows in names.items()}
        # how much context may lift each reading (_note), the same in both rounds: a world city's name ("Los
        # Angeles") is that city unless the text says otherwise ("Los Angeles, Chile"): nearness or a shared country
        # lifts a namesake thirty times smaller only a little -- its name, or a form of it ("Kiev"), not a nickname
        # GeoNames lists on it ("Garden City" on Singapore)
        notes_of: dict[str, tuple[int, list[float]]] = {}  # name -> (its biggest city's people, notes)
        for n, rows in names.items():
            big = max((p.population for p, _ in rows if p.kind == "city"
                       and (id(p) in exact_of[n] or self._form_of(n, p.name))), default=0)
            sea = any(p.kind == "sea" for p, _ in rows)
            notes_of[n] = (big, [_note(p, big, sea) for p, _ in rows])
        for _round in range(2):
            countries: dict[str, float] = dict(demonym_cc)
            states: dict[tuple[str, str], float] = {}  # (country, admin1) of the regions the story names
            own_state: dict[str, tuple[tuple[str, str], float]] = {}
            own: dict[str, dict[str, float]] = {}
            # each name votes for its likeliest reading, as strongly as that reading leads the next one: a name
            # still in doubt (Cambridge: England or Massachusetts?) must not sway the others
            anchors = []
            for n, rows in names.items():
                ranked = sorted(probs[n], reverse=True)
                k = probs[n].index(ranked[0])
                p = rows[k][0]
                # ...and as strongly as it is a place of note: a village of 5,000 is no anchor for a story
                w = (ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0)) * min(
                    1.0, max(0.1, (math.log10(p.population + 1) - 3) / 3))
                if p.country:
                    countries[p.country] = countries.get(p.country, 0) + w
                    own[n] = {p.country: w}
                if p.kind == "region" and p.admin1 and p.country:
                    states[(p.country, p.admin1)] = states.get((p.country, p.admin1), 0) + ranked[0]
                    own_state[n] = ((p.country, p.admin1), ranked[0])
                if p.kind not in ("country", "world-region", "sea") and (p.kind != "region"
                                                                         or p.population < 50_000_000):
                    anchors.append((w * (0.5 if p.kind == "region" else 1.0), p.lat, p.lon, n, p.country))
            anchors.sort(reverse=True)
            anchors = anchors[:40]
            trig = _trig(anchors)
            for n, rows in names.items():
                if len(rows) == 1:
                    continue
                new = []
                big, notes = notes_of[n]
                # the story's country lifts its readings of a name alike, as much as it lifts the likeliest of
                # them: between two towns of one country it says nothing (the prior and the story's states and
                # neighbours decide: Fairfield, Texas in a story about Texas, not Fairfield, California)
                country_note: dict[str, float] = {}
                for (p, _), nt in zip(rows, notes, strict=True):
                    country_note[p.country] = max(nt, country_note.get(p.country, 0.0))
                # "SUBANG" in a story about the King of Malaysia: when none of the towns that have the name as their
                # own is in a country the story names, a town of a country it names well that has the name as an
                # alternate (Kampung Baru Subang) is the likelier one
                exact_ids = exact_of.get(n, set())
                exact_home = any((countries.get(p.country, 0) - own.get(n, {}).get(p.country, 0) >= 0.5
                                  or p.kind != "city") for p, _ in rows if id(p) in exact_ids)
                # ...and a country that holds most of the story's weight lifts its readings further: a story that
                # names Vancouver, Whitehorse, B.C. and Canada is not outweighed by one reading in Australia
                total = sum(countries.values()) - sum(own.get(n, {}).values())
                for (p, prior), note in zip(rows, notes, strict=True):
                    s = prior
                    if p.country:
                        votes = countries.get(p.country, 0) - own.get(n, {}).get(p.country, 0) + (
                            _BESIDE_VOTE if p.country in beside.get(n, ()) else 0.0)
                        s += 2.5 * country_note[p.country] * min(1.0, votes / 1.5)
                        if total >= _DOMINANT_WEIGHT and votes > _DOMINANT * total:
                            s += 2.0 * country_note[p.country] * (votes / total - _DOMINANT) / (1 - _DOMINANT)
                        if not exact_home and p.kind == "city" and votes >= 1.0 and id(p) not in exact_ids:
                            s += 2.0 * note * min(1.0, votes / 1.5)
                    # a town or county of a state the story names ("Malakoff" in a story about Texas) -- not
                    # over a state of the same name ("Wyoming" in a list of states that has Michigan)
                    key = (p.country, p.admin1)
                    if (p.kind != "region" or not is_admin1(p)) and p.admin1 and key in states \
                            and n not in region_named:
                        mine = own_state.get(n)
                        # ... but not a hamlet over a big city of the name (Miami, Texas in a story about Texas)
                        dwarfed = 0.25 if big >= 250_000 and p.population * 30 <= big else 1.0
                        s += 1.5 * dwarfed * min(1.0, states[key] - (mine[1] if mine and mine[0] == key else 0.0))
                    if p.kind != "country":
                        s += 3.0 * note * _near(p, n, trig)
                    new.append(s)
                scores[n] = new
                probs[n] = _softmax(new)
        strong = [(la, lo, an) for w, la, lo, an, _ in anchors if w >= 0.3]
        anchored = tuple((la, lo, an) for _, la, lo, an, _ in anchors)  # however weakly: a hamlet's neighbours
        leading = heapq.nlargest(2, countries.items(), key=lambda kv: kv[1])  # the greatest weight of another country
        out: list[PlaceMention] = []
        by_end = {c.start: c for c in keep}
        ends = {b.end: b for b in keep if not b.demonym}
        starts = {b.start: b for b in keep if not b.demonym}
        # one sense per story: a name the text once shows to be the state ("New York state") is the state where it
        # stands alone as an area something happens in ("75 people have died in New York"); not in a list of
        # cities ("Paris, London and New York") nor as where someone goes ("returned to Washington", "arrived in Kano")
        qualified = {c.start: st for c in keep if not c.demonym
                     and (st := self._qualifier_state(text, c, ends, starts)) is not None}
        state_of = {c.norm: qualified[c.start] for c in keep if c.start in qualified}
        unplaced: set[str] = set()  # names the story shows to be a region the gazetteer lacks
        # one sense per story for a name the text qualifies once ("Paris, Texas"): its reading there, for the
        # mentions that have no qualifier of their own
        qualified_pick: dict[str, Place] = {}
        links: _Links = {}  # the list neighbours of names, found once (_list_neighbour)
        for c in keep:
            rows = names.get(c.norm)
            if c.demonym or not rows or c.norm in qualified_pick or c.start in qualified:
                continue
            comma = self._comma_context(text, c, by_end, ends)
            if comma is None:
                continue
            lift = self._qualified(text, c, rows, comma, ends, starts, links)
            if any(lift):
                best = max(range(len(rows)), key=lambda i: scores[c.norm][i] + lift[i])
                qualified_pick[c.norm] = rows[best][0]
        norm_at: dict[int, str] = {}  # mention start -> its name, to drop those afterwards
        far_ids: set[int | None] = set()  # the readings some mention of which is a far namesake (see _far_town)
        for c in keep:
            if max_mentions is not None and len(out) > max_mentions:
                raise TooManyMentions(max_mentions, len(out))
            role = "place" if c.status == "place" else "organisation"
            if c.demonym:
                codes = sorted(c.demonym, key=lambda cc: -countries.get(cc, 0))
                place = next((p for p in map(self.gazetteer.country, codes) if p), None)
                if place is None:
                    continue
                amb = 0.9 if len(c.demonym) == 1 else (0.75 if countries.get(codes[0]) else 0.5)
                alts = [p for p in map(self.gazetteer.country, codes) if p]
                cands = tuple(_candidate(p, 1.0 / len(alts)) for p in alts[:5])
                out.append(PlaceMention(c.start, c.end, text[c.start:c.end], place.name, "demonym", place.lat,
                                        place.lon, place.geonameid, place.country,
                                        round(min(0.99, amb * c.evidence / 0.9), 2), role=role,
                                        container=c.container, source=place.source, candidates=cands))
                continue
            state = qualified.get(c.start)
            if state is None and c.norm in state_of and _AREA_IN_RE.search(text, max(0, c.start - 12), c.start) \
                    and not _ARRIVED_IN_RE.search(text, max(0, c.start - 30), c.start) \
                    and not self._after_list_item(text, c, ends) and not self._before_list_item(text, c, starts):
                state = state_of[c.norm]
            if state is not None:  # "Spokane, Washington": the state, not the city that has its bare name
                out.append(PlaceMention(c.start, c.end, text[c.start:c.end], state.name, state.kind, state.lat,
                                        state.lon, state.geonameid, state.country, round(min(0.99, c.evidence), 2),
                                        role=role, container=c.container, source=state.source,
                                        candidates=(_candidate(state, 1.0),)))
                continue
            rows = names.get(c.norm)
            if not rows:
                continue
            comma = self._comma_context(text, c, by_end, ends)
            described = self._described_country(text, c, by_end) if comma is None else None
            lift = self._qualified(text, c, rows, comma or described, ends, starts, links)
            picked = qualified_pick.get(c.norm)
            if comma is None and picked is not None:  # "Paris, Texas ... Paris officials said": the same Paris
                lift = [v + (6.0 if p is picked else 0.0) for v, (p, _) in zip(lift, rows, strict=True)]
            final = [a + b for a, b in zip(scores[c.norm], lift, strict=True)]
            if _dateline(text, c.start, c.end) and rows[max(range(len(rows)), key=final.__getitem__)][0].kind != "city":
                # "WELLINGTON, August 1.": a story is filed from a town, not a region (which town, context says)
                final = [v + (_DATELINE_TOWN if p.kind == "city" and id(p) in exact_of[c.norm] else 0.0)
                         for v, (p, _) in zip(final, rows, strict=True)]
            pr = _softmax(final)
            order = sorted(range(len(rows)), key=lambda i: -pr[i])
            k = order[0]
            top = rows[k][0]
            if comma is not None and _elsewhere(top, comma, rows) and not self._after_list_item(text, c, ends):
                continue
            if described is not None and top.country != described.country and id(top) not in exact_of[c.norm] \
                    and top.kind not in ("country", "world-region", "sea"):
                continue  # "the Russian border city of Khasan" is no Hassan in India: a town the gazetteer lacks
            mine = own.get(c.norm, {})
            votes = countries.get(top.country, 0) - mine.get(top.country, 0)
            home = _home_reading(c, rows, order, top, votes, strong, countries, mine)
            if home is not None:  # "besieged Syrian towns ... Madaya" is Maḑāyā in Syria, not Madaya in Myanmar
                order.remove(home)
                order.insert(0, home)
                k, top = home, rows[home][0]
                votes = countries.get(top.country, 0) - mine.get(top.country, 0)
            if _far_alternate(c, top, votes, strong):
                continue
            elsewhere = next((v for cc, v in leading if cc != top.country), 0.0)
            if votes < 0.5 and elsewhere >= 1.0 and top.country and top.kind not in ("country", "world-region", "sea") \
                    and (_REGION_WORD_RE.search(c.norm) is not None or self._called_region(text, c)):
                unplaced.add(c.norm)  # "Nyanza province" in a story about Kenya is no town in Rwanda: one the
                continue  # gazetteer lacks; nor is "Nyanza" elsewhere in the story
            # ...or a site's whole name that is a town's alternate ("Union Station", which GeoNames gives Union, South
            # Carolina, in a story about Chicago)
            far = _far_town(c, top, votes, strong, _BUILDING_AFTER.match(text, c.end) is not None,
                            _SITE_WORD_AFTER.match(text, c.end) is not None
                            or (c.norm.endswith(" station") and "station" not in normalise(top.name)),
                            other_state=(top.country, top.admin1) not in states
                            and any(cc == top.country for cc, _ in states),
                            neighbours=anchored)
            conf = c.evidence * (0.55 + 0.45 * pr[k])
            if far:  # kept, but said plainly: a small town far from everything else the story names
                conf = min(conf, FAR_TOWN_CONFIDENCE)
                if far == "world":
                    far_ids.add(top.geonameid)  # a namesake across the world, not a site near the story's places
            cands = tuple(_candidate(rows[i][0], pr[i]) for i in order[:5])
            norm_at[c.start] = c.norm
            out.append(PlaceMention(c.start, c.end, text[c.start:c.end], top.name, top.kind, top.lat, top.lon,
                                    top.geonameid, top.country, round(min(0.99, conf), 2), role=role,
                                    container=c.container, source=top.source, candidates=cands))
        if max_mentions is not None and len(out) > max_mentions:
            raise TooManyMentions(max_mentions, len(out))
        if unplaced:
            out = [m for m in out if norm_at.get(m.start) not in unplaced]
        if far_ids:  # one sense per story: "the Inca palace of Wiracocha" says what "the Inca legacy" is too
            out = [replace(m, confidence=min(m.confidence, FAR_TOWN_CONFIDENCE)) if m.geonameid in far_ids else m
                   for m in out]
        return _short_forms(out)

    def _qualifier_state(self, text: str, c: _Cand, ends: dict[int, _Cand], starts: dict[int, _Cand]) -> Place | None:
        """The state of a name that alone is a city's: "New York state", "the state of Washington", a list of
        states ("Utah, Washington and Wisconsin"), or after a comma that qualifies the place before it
        ("Buffalo, New York", "Spokane, Washington": the region the place before lies in)."""
        if any(p.kind in ("country", "region") for p, _ in c.places):
            return None
        if _STATE_AFTER_RE.match(text, c.end) or _STATE_BEFORE_RE.search(text[max(0, c.start - 16):c.start]):
            return next((p for p, exact in self._area_rows(c.norm) if exact and p.kind == "region"), None)
        listed = self._listed_state(text, c, ends, starts)
        if listed is not None:
            return listed
        m = _COMMA_END_RE.search(text[max(0, c.start - 4):c.start])
        if m is None:
            return None
        comma = c.start - (len(text[max(0, c.start - 4):c.start]) - m.start())
        before = ends.get(comma)
        if before is None:
            return None
        # ..."Brooklyn, New York" is the city: the place before lies in it
        city = max((p for p, _ in c.places if p.kind == "city"), key=lambda p: p.population, default=None)
        # ... and "Washington, New York, London, Paris" a list of cities: the place after it is abroad
        item_after = _next_item(text, c, starts)
        abroad = _main_reading(item_after)
        for p, exact in self._area_rows(c.norm):
            if abroad is not None and abroad.country != p.country:
                continue
            if item_after is not None and self._listed_hamlet(text, before, p, ends):
                continue  # "Los Angeles, Philadelphia, New York, and Dallas": one more city, not Philadelphia's state
            if exact and p.kind == "region" and p.admin1 and any(
                    q.country == p.country and q.admin1 == p.admin1 and q.kind != "region"
                    and (city is None or _km(q.lat, q.lon, city.lat, city.lon) > 100.0) for q, _ in before.places):
                return p
        return None

    def _listed_state(self, text: str, c: _Cand, ends: dict[int, _Cand], starts: dict[int, _Cand]) -> Place | None:
        """The state reading of a name listed next to states of the same country ("Ohio, New York and Utah")."""
        region = next((p for p, exact in self._area_rows(c.norm) if exact and p.kind == "region"), None)
        if region is None:
            return None
        for gap in range(1, 8):  # ", " ... ", and "
            for b, lo, hi in ((ends.get(c.start - gap), c.start - gap, c.start),
                              (starts.get(c.end + gap), c.end, c.end + gap)):
                if b is None or not _LIST_GAP_RE.fullmatch(text, lo, hi):
                    continue
                if any(exact and p.kind == "region" and p.country == region.country for p, exact in b.places) \
                        and not any(exact and p.kind == "city" and p.population >= 100_000 for p, exact in b.places):
                    return region
        return None

    def _qualified(self, text: str, c: _Cand, rows: list[tuple[Place, float]], comma: Place | None,
                   ends: dict[int, _Cand], starts: dict[int, _Cand], links: _Links) -> list[float]:
        """What the words around a name add to each of its readings: the region or country after a comma or "in"
        (`comma`), being listed with one country's provinces, qualifying the place before it."""
        lift = [0.0] * len(rows)
        if comma is not None:
            # "Paris, Texas": a town of that state; "Oregon, South Carolina" in a list of states lifts no
            # Oregon, Ohio -- after a region with a known code, only a place in that region counts
            # "California, United States": a state of that country counts too; after a state, its counties
            inside = comma.kind == "country" or not comma.admin1
            for k, (p, _) in enumerate(rows):
                if p.country == comma.country and p.kind != "country" and (
                        comma.kind == "country" or not (p.kind == "region" and is_admin1(p))) and (
                        inside or p.admin1 == comma.admin1):
                    lift[k] += 6.0 + (3.0 if comma.admin1 and p.admin1 == comma.admin1 else 0.0)
            if comma.kind == "country" and any(p.country == comma.country and p.kind != "country" for p, _ in rows):
                for k, (p, _) in enumerate(rows):  # "Trinidad, Cuba": the Cuban town, not the other country
                    if p.kind == "country" and p.country != comma.country:
                        lift[k] -= 6.0
        if _TOWN_OF_RE.search(text, max(0, c.start - 24), c.start):  # "the northern city of Liberia": a town
            for k, (p, _) in enumerate(rows):
                if p.kind == "city":
                    lift[k] += 6.0
        toward = _DIRECTION_OF_RE.match(text, c.end)
        other = starts.get(toward.end()) if toward and _distance_km(toward) <= 300 else None
        if other is not None:  # "Edmonton, south of Cairns": the Edmonton near Cairns, not the Canadian city
            readings = [p for p, exact in self._rows(other.norm) if exact]
            towns = [p for p in readings if p.kind == "city"]
            if towns and len(towns) == len(readings):  # not "north of Brazil's Rio de Janeiro" (Brazil, Indiana)
                there = max(towns, key=lambda p: p.population)
                reach = 150.0 + _distance_km(toward)
                for k, (p, _) in enumerate(rows):
                    if p.kind == "city" and _km(p.lat, p.lon, there.lat, there.lon) <= reach:
                        lift[k] += 6.0
        beside = _BESIDE_RE.search(text, max(0, c.start - 20), c.start)
        site = ends.get(beside.start()) if beside else None
        spots = [p for p, _ in site.places] if site is not None and not site.demonym else []
        if spots and spots[0].kind in ("airport", "landmark") and all(
                _km(p.lat, p.lon, spots[0].lat, spots[0].lon) <= _BESIDE_KM for p in spots):
            # "the U.S. Rhein-Main Air Base near Frankfurt": the Frankfurt beside the base, not Frankfort, Kentucky,
            # in a story about American soldiers
            for k, (p, _) in enumerate(rows):
                if p.kind == "city" and _km(p.lat, p.lon, spots[0].lat, spots[0].lon) <= _BESIDE_KM:
                    lift[k] += 6.0
        listed = self._list_country(text, c, ends, starts, links)
        if listed:  # "Alberta, Manitoba, Ontario and New Brunswick": the province, not the town in New Jersey
            for k, (p, _) in enumerate(rows):
                if p.country == listed and p.kind == "region" and is_admin1(p):
                    lift[k] += 6.0
        state = self._list_state(text, c, ends, starts, links)
        if state:  # "Morigaon, Darrang, Sonitpur, Lakhimpur and Dhemaji districts": the Lakhimpur of Assam
            for k, (p, _) in enumerate(rows):
                if (p.country, p.admin1) == state and p.kind != "country":
                    lift[k] += 6.0
        m = _COMMA_BLANKS_END_RE.search(text[max(0, c.start - 4):c.start])
        before = ends.get(c.start - (len(text[max(0, c.start - 4):c.start]) - m.start())) if m else None
        if before is not None and not before.demonym:
            # "Athens, Georgia": the state that a reading of the place before lies in, not the country (not in
            # "Washington, New York, London": a list goes on abroad)
            abroad = _main_reading(_next_item(text, c, starts))
            for k, (p, _) in enumerate(rows):
                if abroad is not None and abroad.country != p.country:
                    continue
                if (p.kind == "region" and is_admin1(p) and p.admin1) or p.kind == "country":
                    if any(q.country == p.country and (p.kind == "country" or q.admin1 == p.admin1)
                           and q.kind not in ("country", "region") for q, _ in before.places):
                        lift[k] += 3.0
                # "departing from Oyster Bay, Long Island, N.Y.": the island a town before it lies on, which has no
                # state code to match the state after it, not Long Island City, a town of that state
                if p.kind == "island" and any(q.kind == "city" and q.country == p.country
                                              and _km(p.lat, p.lon, q.lat, q.lon) <= _ON_ISLAND_KM
                                              for q, _ in before.places):
                    lift[k] += 9.0
        return lift

    @staticmethod
    def _called_region(text: str, c: _Cand) -> bool:
        """The text calls the name a region: "Nyanza Province", "in Nyanza province", "the district of Karo"."""
        return (_REGION_AFTER_RE.match(text, c.end) is not None
                or _REGION_BEFORE_RE.search(text, max(0, c.start - 24), c.start) is not None)

    @staticmethod
    def _after_list_item(text: str, c: _Cand, ends: dict[int, _Cand]) -> bool:
        """"Bogotá, Ipiales, Peru": the name follows another place of a list, so the comma after it ends a list item
        and qualifies nothing."""
        return Geoparser._list_item_before(text, c, ends) is not None

    @staticmethod
    def _list_item_before(text: str, c: _Cand, ends: dict[int, _Cand]) -> _Cand | None:
        """The place of a list just before the name ("Bogotá" in "Bogotá, Ipiales"), if any."""
        return next((b for gap in range(1, 8) if (b := ends.get(c.start - gap)) is not None and b is not c
                     and _LIST_GAP_RE.fullmatch(text, c.start - gap, c.start) is not None), None)

    @staticmethod
    def _before_list_item(text: str, c: _Cand, starts: dict[int, _Cand]) -> bool:
        """"New York, Pennsylvania and New Jersey": another place of a list follows the name."""
        return _next_item(text, c, starts) is not None

    def _list_state(self, text: str, c: _Cand, ends: dict[int, _Cand], starts: dict[int, _Cand],
                    links: _Links) -> tuple[str, str] | None:
        """The (country, state) every reading of at least two other names of a list that `c` is in lies in, when
        they make half the list or more and `c` has a reading there and one elsewhere; else None."""
        own = {(p.country, p.admin1) for p, _ in c.places if p.admin1}
        if len(own) < 2:
            return None
        members = self._list_members(text, c, ends, starts, links)
        votes: dict[tuple[str, str], int] = {}
        for b in members:
            states = {(p.country, p.admin1) for p, exact in b.places if exact and p.kind != "country"}
            if len(states) == 1 and next(iter(states))[1]:
                key = next(iter(states))
                votes[key] = votes.get(key, 0) + 1
        best = max(votes.items(), key=lambda kv: kv[1], default=None)
        if best is None or best[1] < 2 or 2 * best[1] < len(members) or best[0] not in own:
            return None
        return best[0]

    @staticmethod
    def _list_members(text: str, c: _Cand, ends: dict[int, _Cand], starts: dict[int, _Cand],
                      links: _Links) -> list[_Cand]:
        """The other names of the list `c` is in, nearest first on each side."""
        members: list[_Cand] = []
        for step in (-1, 1):
            cur = c
            while len(members) < 50:
                nxt = _list_neighbour(text, cur, step, ends, starts, links)
                if nxt is None:
                    break
                members.append(nxt)
                cur = nxt
        return members

    def _list_country(self, text: str, c: _Cand, ends: dict[int, _Cand], starts: dict[int, _Cand],
                      links: _Links) -> str:
        """The country whose states or provinces most of the other names of a list that `c` is in ("Utah,
        Washington and Wisconsin") are, when at least two are and they make half the list or more; else ""."""
        members = self._list_members(text, c, ends, starts, links)
        votes: dict[str, int] = {}
        for b in members:
            for cc in {p.country for p, exact in b.places if exact and p.kind == "region" and is_admin1(p)}:
                votes[cc] = votes.get(cc, 0) + 1
        if not votes:
            return ""
        cc, n = max(votes.items(), key=lambda kv: kv[1])
        return cc if n >= 2 and 2 * n >= len(members) else ""

    def _comma_context(self, text: str, c: _Cand, by_start: dict[int, _Cand], ends: dict[int, _Cand]) -> Place | None:
        """'Paris, Texas' / 'London, Ontario' / 'Fulton County in Illinois': the region or country named right after
        a comma or "(located) in"."""
        m = _QUALIFIER_GAP_RE.match(text, c.end, c.end + 24)
        if not m:
            return None
        nxt = by_start.get(m.end())
        if nxt is None or nxt.demonym or nxt.status != "place":
            return None
        own_country = any(exact and p.kind == "country" for p, exact in c.places)
        by_own_name = any(exact and p.kind == "country" and normalise(p.name) == c.norm for p, exact in c.places)
        areas = [p for p, exact in self._area_rows(nxt.norm) if exact and p.kind in ("country", "region", "island")]
        # "Islip, Long Island": of the areas the name may be (a district of the Bahamas, the island in New York), one
        # that holds a reading of the place before it
        held = {p.country for p, _ in c.places}
        p = next((a for a in areas if a.country in held), areas[0] if areas else None)
        if p is None:
            return None
        # "China, Japan and Malaysia" is a list of countries, not the town of China in Japan; "Trinidad, Cuba, on
        # Monday" (a country's other name, and no list going on) is the town in Cuba ("St. John's, Newfoundland");
        # "stopped in Tahiti, Fiji and Australia" is a list too: no reading of the name lies in the country
        going_on = (g := _LIST_ON_RE.match(text, nxt.end)) is not None and g.end() in by_start
        listed = p.kind == "country" and (own_country and (by_own_name or going_on) or (
            going_on and p.country not in held))
        # "stops in Los Angeles, Philadelphia, New York, and Dallas": inside a list, a state that the list goes on
        # after is one more item, where the name's reading in it is a hamlet beside its biggest (Philadelphia, New
        # York has 1,200 people) and the item before is no town of that state; not "Los Angeles, Portland, Maine, and
        # Boston" nor "Atlanta, Rome, Georgia, and Macon"
        if not listed and going_on and self._listed_hamlet(text, c, p, ends):
            listed = True
        return None if listed else p

    def _listed_hamlet(self, text: str, c: _Cand, state: Place, ends: dict[int, _Cand]) -> bool:
        """Whether ``state`` after a comma is one more item of a list rather than where ``c`` lies: ``c`` follows an
        item that is no town of that state, and its own reading there is a hamlet beside its biggest ("stops in Los
        Angeles, Philadelphia, New York, and Dallas": Philadelphia, New York has 1,200 people); not "Los Angeles,
        Portland, Maine, and Boston" nor "Atlanta, Rome, Georgia, and Macon"."""
        if state.kind != "region" or not state.admin1:
            return False
        main = _main_reading(self._list_item_before(text, c, ends))
        if main is None or (main.country, main.admin1) == (state.country, state.admin1):
            return False
        biggest = max((q.population for q, _ in c.places), default=0)
        there = max((q.population for q, _ in c.places if (q.country, q.admin1) == (state.country, state.admin1)),
                    default=0)
        return there * _LISTED_HAMLET < biggest

    def _described_country(self, text: str, c: _Cand, by_start: dict[int, _Cand]) -> Place | None:
        """The country a people's name says the place is in: "the Russian border city of Khasan", "the Italian
        island of Lampedusa" (a demonym of one country, then a kind of place and "of")."""
        m = _DESCRIBED_RE.search(text, max(0, c.start - 48), c.start)
        if m is None or m.group("kind").lower() not in PLACE_TYPES:
            return None
        dem = by_start.get(m.start("dem"))
        if dem is None or len(dem.demonym) != 1 or dem.status != "place":
            return None
        return self.gazetteer.country(dem.demonym[0])

    def _form_of(self, norm: str, name: str) -> bool:
        """``is_form_of(norm, normalise(name))``, memoised: the same names and readings come up story after story,
        and the string comparison behind it is slow."""
        key = (norm, name)
        known = self._forms.get(key)
        if known is None:
            known = is_form_of(norm, normalise(name))
            with self._lock:
                if len(self._forms) > 100_000:
                    self._forms.clear()
                self._forms[key] = known
        return known

    def _ranked(self, norm: str, rows: list[tuple[Place, bool]]) -> list[tuple[Place, float]]:
        """``_priors(norm, rows)`` of a name's readings, worked out once per name like ``_rows`` (whose list ``rows``
        is: the answer is kept with that very list, so it holds the very Place objects the caller compares by id)."""
        known = self._ranks.get(norm)
        if known is not None and known[0] is rows:
            return known[1]
        ranked = self._priors(norm, rows)
        with self._lock:
            if len(self._ranks) > 100_000:
                self._ranks.clear()
            self._ranks[norm] = (rows, ranked)
        return ranked

    @staticmethod
    def _priors(norm: str, rows: list[tuple[Place, bool]]) -> list[tuple[Place, float]]:
        """Each reading's score before context, best first, one per place (duplicates across sources merged); the
        caller keeps the first _TOP_READINGS and those the story's context names."""
        scored: dict[tuple[str, int, int], tuple[Place, float]] = {}
        # a world city's English name is often only an alternate name in GeoNames ("Mecca" for Makkah, "Medina"
        # for Madinah): it competes with the towns that have it as their own name -- not with a country or
        # region that has it ("Mexico" is not Mexico City)
        area = any(exact and p.kind in ("country", "region", "world-region", "sea") for p, exact in rows)
        # ... nor with a big city that has it as its own ("Cancun" is Cancún, not Changchun)
        area = area or any(exact and p.kind == "city" and p.population >= _OWN_NAME_CITY for p, exact in rows)
        for p, exact in rows:
            s = 4.0 if exact else (3.0 if p.kind == "city" and p.population >= 1_000_000 and not area else 0.0)
            if not exact and not s and p.kind == "city" and p.population >= 100_000 and not area \
                    and _SHORT_FORM_TAIL.match(normalise(p.name), len(norm)) and normalise(p.name).startswith(norm):
                s = 3.0  # a city's own name cut before "de" ("Las Palmas" for Las Palmas de Gran Canaria)
            if p.kind in ("country", "world-region", "sea"):
                s += 3.0
            elif p.kind == "region" and p.weighed_population >= 1_000_000:  # not York Region, Ontario, for "York"
                s += 2.2
            elif p.kind in ("landmark", "island") and p.source == GEOGRAPHY_SOURCE:
                s += 2.5
            elif p.kind == "airport":
                s += 1.0
            elif p.capital:
                s += 2.0 if p.population >= 100_000 else 1.0
            elif p.kind == "city" and p.population >= 1_000_000:
                s += 1.0  # a world city
            s += 0.5 * math.log10(p.weighed_population + 1)
            key = (p.country, round(p.lat), round(p.lon))
            if key not in scored or scored[key][1] < s:
                scored[key] = (p, s)
        return sorted(scored.values(), key=lambda ps: -ps[1])


_SHORT_FORM_TAIL = re.compile(r" (?:de|del|do|da|di|della|des|du) ")  # what follows a short form in a city's name
_OWN_NAME_CITY = 250_000  # a city this big with a name as its own is not outranked by a world city's alternate name


_CAPITAL_APPOSED = re.compile(r",\s+(?:the|its|their)\s+(?:[\w-]+\s+)?capital\b")
_CAPITAL_SAID = 3.0  # how much "X, the capital" lifts a capital among X's readings


# (id of a name, -1 or 1) -> the name listed right before or after it: a list's names are walked from each of them
_Links = dict[tuple[int, int], "_Cand | None"]


_BESIDE_VOTE = 1.0  # what a people's name in a place's own sentence adds to its country's weight for that place


def _demonyms_beside(text: str, keep: list[_Cand]) -> dict[str, set[str]]:
    """For each name, the countries whose people its sentences name ("The recently-acquired Canadian international
    flew in to Vancouver", in a story about a camp in Tucson): a hint for that name's reading, beside the story's."""
    spans = sentences(text)
    starts = [a for a, _ in spans]
    by_sent: dict[int, list[_Cand]] = {}
    for c in keep:
        by_sent.setdefault(bisect.bisect_right(starts, c.start) - 1, []).append(c)
    out: dict[str, set[str]] = {}
    for group in by_sent.values():
        people = {c.demonym[0] for c in group if c.demonym and len(c.demonym) == 1 and c.status == "place"}
        for c in group if people else ():
            if not c.demonym:
                out.setdefault(c.norm, set()).update(people)
    return out


def _list_neighbour(text: str, cur: _Cand, step: int, ends: dict[int, _Cand], starts: dict[int, _Cand],
                    links: _Links) -> _Cand | None:
    """The name listed right before (``step`` -1) or after (1) ``cur``, found once per parse (``links``)."""
    key = (id(cur), step)
    if key in links:
        return links[key]
    nxt = None
    for gap in range(1, 8):  # ", " ... ", and "
        lo, hi = (cur.start - gap, cur.start) if step < 0 else (cur.end, cur.end + gap)
        b = ends.get(lo) if step < 0 else starts.get(hi)
        if b is not None and _LIST_GAP_RE.fullmatch(text, lo, hi):
            nxt = b
            break
    links[key] = nxt
    return nxt


# the words a two-letter town's name follows, and how big it must be ("in Wa", "to Ho")
_SHORT_TOWN_CUES = frozenset({"in", "to", "from", "at", "near", "via"})
_SHORT_TOWN_POP = 50_000
_NUMBER_AFTER = re.compile(r"\.?\s?\d")  # "at No. 10"

# words before a title that are no part of a name: "Former U.S. President Barack Obama", "Acting Governor X"
_TITLE_MODIFIERS = frozenset({"former", "ex", "late", "acting", "outgoing", "incoming", "interim", "then"})
# titles that, in lower case, are as often other words: "major Wall Street banks", "in general"
_LOWER_NOT_TITLES = frozenset({"major", "general", "chief", "supreme", "saint", "st", "vice", "chair", "justice",
                               "agent", "officer", "lady", "lord"})


def _listed_after(text: str, toks: list[_Tok], c: _Cand, accepted: dict[int, _Cand]) -> bool:
    """The name is the next item of a list whose last item was read as a place ("Sikeston and St. Louis",
    "Carthage, St. Joseph"): a place too."""
    t0 = toks[c.i]
    prev = c.i - 2 if c.i >= 2 and toks[c.i - 1].norm in ("and", "or") else c.i - 1
    return prev >= 0 and prev in accepted and _LIST_GAP_RE.fullmatch(text, toks[prev].end, t0.start) is not None


def _opens_dated_row(text: str, start: int) -> bool:
    """A name that opens what an itinerary's line says after its date ("December 19 - Oxford, O2 Academy"): the
    line's own evidence that a common word ("Oxford") is the town."""
    row = _DATED_ROW.match(text, text.rfind("\n", 0, start) + 1)
    return row is not None and not text[row.end():start].strip()


_BY_THE = re.compile(r"\bby\s+the\s+$")  # in every _BY_THE_VESSEL match: a name without it is not searched
_BY_THE_VESSEL = re.compile(r"\b(?:arrived|arrive|arrives|arriving|came|come|comes|coming|travell?ed|travell?ing|"
                            r"sailed|sail|sails|sailing|left|leave|leaves|leaving|returned|return|returns|returning|"
                            r"reached|went|going|proceeded|departed|journeyed|passengers?)\b[^.;:!?]{0,60}\bby\s+the\s+$")
_DATELINE_TOWN = 4.0  # how much a dateline lifts the town of its name over a region or a namesake's other kinds


def _dateline(text: str, start: int, end: int) -> bool:
    """A story's dateline: a name in capitals that opens a line, then a colon, a comma, a dash or a bracket
    ("WELLINGTON: ...", "IDOMENI, Greece, Sept. 2 -", "KABUL (Reuters) -"); or one run into the line before it, as
    cabled news was printed, then a comma and a date ("(P.A.) WELLINGTON, October 28. There was ...")."""
    if not text[start:end].isupper():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip():
        return DATELINE_AFTER_RE.match(text, end) is not None
    return _RUN_IN_BEFORE.search(text, max(line_start, start - 3), start) is not None \
        and _DATE_AFTER.match(text, end) is not None


_RUN_IN_BEFORE = re.compile(r"[.)][ \t]{1,2}$")
_DATE_AFTER = re.compile(rf",[ \t]*{_MONTH_WORD}[ \t]+\d{{1,2}}\b")


def _with_sites(text: str, mentions: list[PlaceMention],
                airports_named: Callable[[str], list[Place]] | None = None) -> list[PlaceMention]:
    """A town's or landmark's mention widened to the site the text names by it -- "Delhi Airport", "Subang Air
    Base", "Lhasa Railway Station", "Rafah border crossing", "Everest base camp", "Port of Galveston" -- at the
    town's point: the site is there, and the place a reader sees is the site (a sea's "Channel crossing" is a
    crossing of it, not a site). An airfield the gazetteer has by the widened name is that airport: the one
    nearest the town, else (the town was the bare word's namesake: "Andrews air force base in Maryland" is no
    Andrews, Texas) the best-known of that name."""
    out: list[PlaceMention] = []
    for k, m in enumerate(mentions):
        if m.kind in ("city", "landmark"):
            nxt = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
            prev = out[-1].end if out else 0
            after = _SITE_AFTER_RE.match(text, m.end, nxt)
            before = _PORT_BEFORE_RE.search(text, max(prev, m.start - 12), m.start)
            if after or before:
                start, end = (before.start() if before else m.start), (after.end() if after else m.end)
                m = replace(m, start=start, end=end, surface=text[start:end])
                if after and airports_named is not None and m.lat is not None and _AIRFIELD_RE.search(m.surface):
                    m = _as_airport(m, airports_named(m.surface))
        out.append(m)
    return out


_AIRFIELD_RE = re.compile(r"\b(?:[Aa]irport|[Aa]ir[ \t]+(?:[Ff]orce[ \t]+)?[Bb]ase|[Aa]irbase|[Aa]irfield)$")
_AIRPORT_TOWN_KM = 100.0


def _as_airport(m: PlaceMention, airports: list[Place]) -> PlaceMention:
    if not airports or m.lat is None or m.lon is None:
        return m
    lat, lon = m.lat, m.lon
    near = min(airports, key=lambda p: _km(p.lat, p.lon, lat, lon))
    pick = near if _km(near.lat, near.lon, lat, lon) <= _AIRPORT_TOWN_KM else max(airports, key=lambda p: p.population)
    return replace(m, name=pick.name, kind="airport", lat=pick.lat, lon=pick.lon, geonameid=pick.geonameid,
                   country=pick.country, source=pick.source, candidates=(_candidate(pick, 1.0), *m.candidates[:4]))


_NATION_WORDS = frozenset("country nation kingdom republic".split())  # "arrived in the Inca country"
_SPOUSE_AFTER = re.compile(r",?\s+and\s+(?:his|her)\s+(?:wife|husband)\b")  # "Clinton and his wife, Hillary"
TERRITORY_RE = re.compile(r"\s+(?:territorial\s+)?(?:waters|soil|territory|airspace)\b")  # "into Libyan waters"
_WHO_AFTER = re.compile(r",\s+who(?:se|m)?\b")  # "Mandela, who is said to be": a person
_BLOCS = frozenset({"commonwealth"})  # named alone, a group of nations; "Commonwealth of Dominica" is a country


# a name of capitalised words that ends in a kind of airfield: "King Khalid International Airport"
_AIRPORT_NAME_RE = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'.-]*[ \t-]+){1,7}?(?:[Ii]nternational[ \t]+)?"
                              r"(?:Airport|Air[ \t]+(?:Force[ \t]+)?Base|Airbase)\b")


def _spelt_airports(text: str, mentions: list[PlaceMention],
                    spelt: Callable[[str], Place | None]) -> list[PlaceMention]:
    """Airports the text names in a spelling the gazetteer lacks ("King Khalid International Airport"), each the one
    airport that name is a variant of, in place of any town named inside it ("Jackson" in "Hartsfield Jackson
    International Airport"); read with less confidence (the mention's name is the airport's own, its surface the
    text's)."""
    found: list[PlaceMention] = []
    # every match ends in "Air...": most texts have none, and the pattern, tried at every capital, cost a fifth of a
    # millisecond on a short story
    for a in _AIRPORT_NAME_RE.finditer(text) if "Air" in text else ():
        start, end = a.span()
        while (w := _WORD_RE.match(text, start)) and _norm(w.group()) in _SITE_OPENERS:
            start = w.end() + 1
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        if any(m.kind == "airport" for m in inside) or any(m.start < start < m.end or m.start < end < m.end
                                                            for m in mentions):
            continue
        place = spelt(text[start:end])
        if place is None:
            continue
        found.append(PlaceMention(start, end, text[start:end], place.name, "airport", place.lat, place.lon,
                                  place.geonameid, place.country, 0.6, source=place.source,
                                  candidates=(_candidate(place, 1.0),)))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start <= m.start and m.end <= f.end for f in found)]
    return sorted([*kept, *found], key=lambda x: x.start)


_TOWN_AIRPORT_RE = re.compile(r"(?P<town>.+?)\s+(?:[Ii]nternational\s+)?[Aa]irport")


def _town_airports(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"arrived in Kochi ... landed in Kochi airport": a town's airport whose only reading lies far from the town
    the text names before it (Kochi Ryoma Airport, in Japan) is that town's airport, which the gazetteer lacks under
    that name (Cochin International Airport); it is placed at the town, and its source says so. A town named only
    after it is the airport's short name ("Kennedy International Airport ... touched down at Kennedy")."""
    towns: dict[str, PlaceMention] = {}
    for m in mentions:
        if m.kind == "city" and m.role == "place" and m.lat is not None:
            towns.setdefault(normalise(m.surface), m)
    if not towns:
        return mentions
    out = list(mentions)
    for k, m in enumerate(mentions):
        named = _TOWN_AIRPORT_RE.fullmatch(m.surface) if m.kind == "airport" and m.lat is not None else None
        town = towns.get(normalise(named.group("town"))) if named else None
        if town is None or town.start > m.start or _km(town.lat, town.lon, m.lat, m.lon) <= _AIRPORT_TOWN_KM:  # type: ignore[arg-type]
            continue
        out[k] = replace(m, name=m.surface, lat=town.lat, lon=town.lon, geonameid=None, country=town.country,
                         confidence=round(min(m.confidence, 0.6), 2),
                         source=f"{town.source} ({BORROWED_POINT} {town.name}, the town the text names it after)",
                         candidates=(*town.candidates[:1], *m.candidates[:4]))
    return out


# words of any airport's name, none of its own ("Field" of "Wings Field", "Intercontinental" of "Houston
# Intercontinental" too): no short name of one airport
_AIRPORT_GENERIC = GENERIC_AIRPORT_WORDS | frozenset({"field", "county", "intercontinental"})


def _airport_short_names(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"made an emergency landing today at Cleveland Hopkins International Airport ... landed at Hopkins": one word
    of an airport's name named before, alone, is that airport -- not a town of that name far from it (the word of
    the town the airport serves, "Cleveland", stays the town)."""
    airports = [m for m in mentions if m.kind == "airport" and m.role == "place" and m.lat is not None]
    if not airports:
        return mentions
    near = {normalise(m.surface) for m in mentions for a in airports if m.kind == "city" and m.lat is not None
            and _km(a.lat, a.lon, m.lat, m.lon) <= _AIRPORT_TOWN_KM}  # type: ignore[arg-type]
    out = list(mentions)
    for k, m in enumerate(mentions):
        word = normalise(m.surface)
        if m.kind != "city" or m.role != "place" or " " in m.surface or word in near or word in _AIRPORT_GENERIC:
            continue
        a = next((a for a in reversed(airports)
                  if a.end <= m.start and word in normalise(a.surface).replace("-", " ").split()), None)
        if a is not None:
            out[k] = replace(a, start=m.start, end=m.end, surface=m.surface,
                             confidence=round(min(a.confidence, 0.8), 2))
    return out


def _named_sites(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Sites the gazetteer lacks, placed at the town the text gives them: "Jeddah's King Abdullah Air Base",
    "Beijing's North Railway Station" -- a name of capitalised words ending in a kind of site, right after a
    town's possessive. The site is in the town, so its point is the town's; the source says so. ("Derriford
    Hospital in Plymouth" is left to the journey stage, which arrives in the town the building is in.) After a
    state's or province's possessive ("North Carolina's Pope Air Force Base") the site takes the region's point:
    coarser, but in the region the text puts it in, not at whatever town the sentence named before."""
    sites: list[PlaceMention] = []
    taken = [(m.start, m.end) for m in mentions if m.kind != "demonym"]  # "British" in "British Museum" is not
    for m in mentions:
        if m.kind not in ("city", "region") or m.role != "place" or m.lat is None:
            continue
        found = _SITE_AFTER_TOWN_RE.match(text, m.end)
        if found is None:
            continue
        start, end = found.span("site")
        while (w := _WORD_RE.match(text, start)) and _norm(w.group()) in _SITE_OPENERS:
            start = w.end() + 1
        if end - start < 4 or " " not in text[start:end] or any(a < end and start < b for a, b in taken):
            continue
        taken.append((start, end))
        kind = "airport" if _AIRPORT_WORD_END.search(text, start, end) else "landmark"  # "Aden's International
        # Airport" is the town's airport
        sites.append(replace(m, start=start, end=end, surface=text[start:end], name=text[start:end],
                             kind=kind, geonameid=None, confidence=round(min(m.confidence, 0.6), 2),
                             source=f"{m.source} ({BORROWED_POINT} {m.name}, the "
                                    f"{'town' if m.kind == 'city' else 'region'} the text puts it in)",
                             candidates=()))
    if not sites:
        return mentions
    kept = [m for m in mentions if not any(s.start <= m.start and m.end <= s.end for s in sites)]
    return sorted([*kept, *sites], key=lambda x: x.start)


_AIRPORT_WORD_END = re.compile(r"\b(?:Airport|Airfield|Aerodrome|Airdrome)$")
# a capitalised building word after a name: the name is a building's ("Blenheim Palace", "Windsor Castle")
_BUILDINGS = r"Palace|Castle|Cathedral|Abbey|Hospital|Stadium|Museum|Cave|Caves|Temple|Church|College|University|" \
             r"Academy|Manor|Chateau|Château|Estate"
# "Planalto Presidential Palace", "the Planalto presidential palace": the palace's own name
_STATELY = rf"(?:(?:Presidential|Royal|Imperial|National|Grand)\s+)?(?:{_BUILDINGS})|" \
           r"(?:presidential|royal|imperial)\s+palace"
_BUILDING_AFTER = re.compile(rf"\s+(?:{_STATELY}|palace|castle|temple|monastery|ruins|citadel|fortress)\b")  # "the
# ancient Inca palace of Wiracocha" in Cusco is no Inca in Majorca
# a capitalised site word after a name: a site named after a town or a person ("Lenin Park", "Lafayette Square",
# "Buckingham Palace"), not the town itself unless it stands there
_SITE_WORD_AFTER = re.compile(rf"\s+(?:{_STATELY}|Park|Square|Street|Avenue|Boulevard|Road|Bridge|Memorial|Mausoleum|"
                              r"Monument|Gardens|Hall|Hotel|Library|Tower|Mosque|Islands?|Isle|Harbou?r|Station|"
                              r"University|College|School|Stadium|Cathedral|Hospital|Air\s+Base|Airbase|"
                              r"Air\s+Force\s+Base|Naval\s+Base|Barracks)\b|"
                              r"\s+and\s+[A-Z][\w’'-]+\s+(?:[Ii]slands|[Ii]sles)\b")  # "Havelock and Neil islands"
# a capitalised feature word after a country's or region's name: the feature, not the country ("Mopti on the Niger
# River" is in Mali; "down the Mississippi River to New Orleans")
_FEATURE_AFTER = frozenset("River Delta Basin Valley Desert Mountains Falls Gorge".split())
# "Cardiff Central station", "Glasgow Queen Street station": a word between a town and its station's kind
_STATION_QUALIFIERS = frozenset("central north south east west main junction parkway".split())
_STATION_WORDS = frozenset("station railway terminal".split())
SITE_TOWN_KM = 50.0  # a site named after a town this far from the story's other places is not in it
_AGE_AFTER = re.compile(r",[ \t]*(?:\d{1,3},|(?:a|an)[ \t]+\d{1,3}-year-old\b|aged[ \t]+\d{1,3}\b)")  # after a name
TINY_TOWN = 1_000  # people: a town this small in a story's country, over TINY_TOWN_KM from all its well-placed
# places, is a namesake
TINY_TOWN_KM = 800.0
FAR_TOWN_CONFIDENCE = 0.4  # the most a small town far from everything else the story names is read with
_DOMINANT = 0.5  # the share of the story's country weight above which one country lifts its readings further...
_DOMINANT_WEIGHT = 3.0  # ...in a story whose places weigh this much (several of note, not "Boston" and "Cambridge")


def _vehicle_after(toks: list[_Tok], j: int) -> int | None:
    """The vehicle noun a make at token j names, up to two adjectives on ("on a Hercules military transporter"):
    the first word after it that no adjective is, if that is a vehicle."""
    k = next((k for k in range(j + 1, min(j + 4, len(toks)))
              if toks[k].cap or toks[k].norm in _VEHICLE_NOUNS or toks[k].norm in _FUNCTION_WORDS
              or toks[k].norm in CONNECTORS or toks[k].norm in _NOT_ADJECTIVES), None)
    return k if k is not None and toks[k].norm in _VEHICLE_NOUNS else None


def _note(p: Place, big: int, sea: bool = False) -> float:
    """How much context may lift a reading: a village less than a town (a story set in India does not make its
    Dubai a hamlet of 600 rather than the city of 3.8 million), a namesake thirty times smaller than a world city
    of that name a quarter as much, and so a town named after an ocean (Atlantic, Iowa in a story set in the US:
    "the Atlantic" is the ocean there too)."""
    note = 1.0 if p.kind != "city" else min(1.0, max(0.2, (math.log10(p.population + 1) - 2.5) / 3))
    if big >= 1_000_000 and p.population * 30 <= big:
        note *= 0.25
    if sea and p.kind == "city" and p.population < 1_000_000:
        note *= 0.25
    return note


def _next_item(text: str, c: _Cand, starts: dict[int, _Cand]) -> _Cand | None:
    """The place that follows a name as the next item of a list ("New York, Pennsylvania and New Jersey"), if any."""
    return next((b for gap in range(1, 8) if (b := starts.get(c.end + gap)) is not None and b is not c
                 and _LIST_GAP_RE.fullmatch(text, c.end, c.end + gap)), None)


def _main_reading(c: _Cand | None) -> Place | None:
    """The most populous city reading of a candidate ("London": the British capital, not London, Kentucky); None
    when it has no city reading."""
    towns = [p for p, _ in c.places if p.kind == "city"] if c is not None else []
    return max(towns, key=lambda p: p.population) if towns else None


def _elsewhere(top: Place, qualifier: Place, rows: list[tuple[Place, float]]) -> bool:
    """"Abel Tasman National Park, New Zealand" with no reading in New Zealand: the text says where the place is
    and the gazetteer has no such place there, so a namesake of little note far away (an airport in Zimbabwe) is
    not it; nor, when the text names a province or state, is a namesake outside it ("Trenton, Ont." is neither
    Trenton, New Jersey nor Trenton, Nova Scotia). A capital or a city of 100,000 or more is kept ("Paris, Germany and
    Italy" is a list)."""
    in_region = qualifier.kind == "region" and top.kind == "city"
    if any(p.country == qualifier.country and (not in_region or p.admin1 == qualifier.admin1)
           for p, _ in rows) or top.capital or top.kind in ("country", "region") or (
            top.kind == "city" and top.population >= 100_000):
        return False
    return _km(top.lat, top.lon, qualifier.lat, qualifier.lon) > 1000.0


def _short_forms(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """One sense per story: a one-word name that begins a sea's, a landmark's or an island's name written out
    earlier in the text is that place ("a solo crossing of the Tasman" after "crossing the Tasman Sea", not Tasman
    District), and so is the name of a port or fort without its first word ("Moresby's Sir John Guise Stadium"
    after "Port Moresby", not Moresby in Tasmania)."""
    long: dict[str, PlaceMention] = {}
    ports: dict[str, PlaceMention] = {}
    out = []
    for m in mentions:
        words = m.surface.split()
        if m.kind in ("sea", "landmark", "island") and len(words) > 1:
            long.setdefault(words[0], m)
        elif m.kind == "city" and len(words) == 2 and words[0] in ("Port", "Fort"):
            ports.setdefault(words[1], m)
        elif len(words) == 1 and (m.surface in long and m.kind != long[m.surface].kind or m.surface in ports
                                  and m.kind == "city" and m.name != ports[m.surface].name):  # not "Sudan"
            first = long[m.surface] if m.surface in long and m.kind != long[m.surface].kind else ports[m.surface]
            m = replace(m, name=first.name, kind=first.kind, lat=first.lat, lon=first.lon,
                        geonameid=first.geonameid, country=first.country, source=first.source,
                        candidates=first.candidates)
        out.append(m)
    return out


def _far_alternate(c: _Cand, top: Place, country_votes: float, strong: list[tuple[float, float, str]]) -> bool:
    """A name known only as an alternate name of a town (not a capital or big city), whose best reading lies in
    none of the story's countries and over 1,500 km from all its well-placed places: the place the text
    means is one the gazetteer lacks (a Russian border station read as a city in India), so no reading is
    better than that one."""
    if (any(exact for _, exact in c.places) or country_votes >= 0.5 or top.kind != "city" or top.capital
            or top.population >= 500_000):  # "Kiev" for Kyiv is a name everybody knows, in any story
        return False
    dists = [_km(top.lat, top.lon, la, lo) for la, lo, an in strong if an != c.norm]
    return bool(dists) and min(dists) > 1500.0


def _home_reading(c: _Cand, rows: list[tuple[Place, bool]], order: list[int], top: Place, votes: float,
                  strong: list[tuple[float, float, str]], countries: dict[str, float],
                  own: dict[str, float]) -> int | None:
    """The reading of a name in a country the story is about, when its best reading is a town of under 100,000 in
    none of the story's countries and over 2,500 km from all its well-placed places ("Madaya" in a story of
    Damascus, Idlib and besieged Syrian towns: Maḑāyā in Syria, not the town in Myanmar): the index in ``rows``, or
    None. The story's country must weigh at least as much as a country named once, and the reading there must bear
    the name itself (not "Puerto Inca" for "the Inca palace" in Cusco)."""
    if votes >= 0.5 or top.kind != "city" or top.capital or top.population >= 100_000:
        return None
    dists = [_km(top.lat, top.lon, la, lo) for la, lo, an in strong if an != c.norm]
    if not dists or min(dists) <= 2500.0:
        return None
    return next((i for i in order[1:] if rows[i][1] and rows[i][0].country and rows[i][0].kind == "city"
                 and countries.get(rows[i][0].country, 0) - own.get(rows[i][0].country, 0) >= 1.0), None)


def _far_town(c: _Cand, top: Place, country_votes: float, strong: list[tuple[float, float, str]],
              building: bool = False, site: bool = False, other_state: bool = False,
              neighbours: tuple[tuple[float, float, str], ...] = ()) -> str | None:
    """A town of under 20,000 people (200,000 when the name goes on as a building's: "Blenheim Palace") in none of
    the story's countries and over 3,000 km from all its well-placed places: likely a namesake of a place the
    gazetteer lacks (Whitehall, Ohio for London's; Blenheim, New Zealand for the palace in Oxfordshire). So is a
    town under 200,000 whose name goes on as a site's ("Lenin Park", "Buckingham Palace", "Lafayette Square")
    more than SITE_TOWN_KM from all of them, in any country: the site is named after it, not in it ("Windsor
    Castle" in a story about London is in Windsor); and so is a hamlet under TINY_TOWN people over TINY_TOWN_KM from
    them, in a state of the story's country it does not name (``other_state``), unless another place the story names,
    however small, lies within SITE_TOWN_KM of it (``neighbours``: "from Woods Hole to Oak Bluffs" are two villages
    of Massachusetts in a story about a ferry built in Louisiana). "world" when the town is over 3,000
    km from them all, or such a hamlet (a namesake: every mention of it in the story is one), "site" when it is only
    a nearby site's name, None when it is no far town."""
    if top.kind != "city" or top.capital:
        return None
    big = top.population >= (200_000 if building or site else 20_000)
    if big and not (site and country_votes < 0.5):
        return None  # no far town whatever the distances: most towns a story names are too big (not measured)
    dists = [_km(top.lat, top.lon, la, lo) for la, lo, an in strong if an != c.norm]
    if not dists:
        return None
    nearest = min(dists)
    if site and country_votes < 0.5 and nearest > 3000.0:
        return "world"  # "the Phoenix Park, Aras an Uachtarain" in Dublin: a park named after a city, whatever its size
    if big:
        return None
    if site and nearest > SITE_TOWN_KM:
        return "world" if nearest > 3000.0 else "site"
    if other_state and 0 < top.population < TINY_TOWN and country_votes >= 0.5 and nearest > TINY_TOWN_KM \
            and all(_km(top.lat, top.lon, la, lo) > SITE_TOWN_KM for la, lo, an in neighbours if an != c.norm):
        return "world"  # "going to Columbia, Gordonville, Sikeston and St. Louis" in a story that names Missouri: not
        # the hamlet in Pennsylvania, in the story's country but in a state it does not name, far from all its places
        # (not Buka or Kufra, whose towns GeoNames counts 0 or 500 people, in a story that names no state)
    return "world" if country_votes < 0.5 and nearest > 3000.0 else None


def _candidate(p: Place, score: float) -> MentionCandidate:
    return MentionCandidate(p.geonameid, p.name, p.country, p.admin1, p.kind, p.lat, p.lon, round(score, 3))


def _softmax(xs: list[float], beta: float = 2.0) -> list[float]:
    """Scores -> shares; beta 2 makes a factor of 10 in population worth ~2.7x in odds, before context."""
    if not xs:
        return []
    top = max(xs)
    ex = [math.exp(beta * (x - top)) for x in xs]
    total = sum(ex)
    return [x / total for x in ex]


def _trig(anchors: list[tuple[float, float, float, str, str]]) -> list[tuple[float, float, float, float, str, str]]:
    """(weight, latitude in radians, its cosine, longitude, name, country) of each anchor, for ``_near``."""
    out = []
    for w, la, lo, an, ac in anchors:
        p2 = math.radians(la)
        out.append((w, p2, math.cos(p2), lo, an, ac))
    return out


def _near(p: Place, n: str, trig: list[tuple[float, float, float, float, str, str]]) -> float:
    """How near ``p`` is to the story's anchors other than its own name ``n``: the best of weight x
    exp(-km / 300), halved for a neighbour across a border (weaker evidence than one at home). ``_km`` inlined,
    the anchors' trigonometry worked out once (``_trig``): every reading of every name asks of every anchor,
    and the figures are the very ones ``_km`` gives. The anchors come by weight, heaviest first, and none
    gives more than its weight: once the best so far reaches the next one's weight, no later anchor beats it."""
    sin, radians = math.sin, math.radians  # the hot loop of the resolver: looked up once
    p1 = radians(p.lat)
    c1 = math.cos(p1)
    lon, cc = p.lon, p.country
    best = None
    for w, p2, c2, lo, an, ac in trig:
        if best is not None and w <= best:
            break
        if an == n:
            continue
        a = sin((p2 - p1) / 2) ** 2 + c1 * c2 * sin(radians(lo - lon) / 2) ** 2
        root = math.sqrt(a)
        v = w * math.exp(-(12742.0 * math.asin(root if root < 1.0 else 1.0)) / 300.0) * (1.0 if ac == cc else 0.5)
        if best is None or v > best:
            best = v
    return 0.0 if best is None else best


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


_PARSERS: weakref.WeakKeyDictionary[Any, Geoparser] = weakref.WeakKeyDictionary()
_PARSERS_LOCK = threading.Lock()


def geoparser_for(gazetteer: Gazetteer) -> Geoparser:
    """The cached Geoparser of this gazetteer (built on first use; the trie is the costly part)."""
    with _PARSERS_LOCK:
        parser = _PARSERS.get(gazetteer)
        if parser is None:
            parser = _PARSERS[gazetteer] = Geoparser(gazetteer)
        return parser


def geoparse(text: str, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Place mentions in ``text``, resolved with ``gazetteer`` (one cached Geoparser per gazetteer)."""
    return geoparser_for(gazetteer).parse(text)
