"""Sites the gazetteer lacks -- a pier, a palace, a stadium, a dockyard -- named in a text.

"the Prince of Wales Pier", "the Palacio Laranjeiras", "Santiago Bernabeu Stadium in Madrid": each is placed at the
town the text puts it in ("in Madrid", ", Antigua"), else at the last town the text named before it, and its source
says which. A journey that goes there then has a point in or by the right town, said plainly, where it had none
(about one gold leg in eight of the real-news corpus ends at a site like these).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .resolve import _km
from .wordlists import CENSUS_GIVEN_NAMES, GIVEN_NAMES, SENTENCE_OPENERS, TITLES

if TYPE_CHECKING:
    from .geoparse import PlaceMention

BORROWED_POINT = "the point of"  # in the source of a site placed at its town's point (the journey joins the two)
GUESS = "(a guess)"  # at the end of why a site was placed where it was, when that place is a guess


def borrowed(source: str | None) -> tuple[str, bool] | None:
    """(the town whose point a site took, whether that was a guess), read from the site's source ("GeoNames (the
    point of Falmouth, the place its sentence names before it (a guess))"); None for a place with a point of its own."""
    head = f"({BORROWED_POINT} "
    if not source or head not in source:
        return None
    rest = source.split(head, 1)[1]
    return rest.split(",", 1)[0], GUESS in rest

# the last word of a site's name: "Prince of Wales Pier", "Nelson's Dockyard", "Santiago Bernabeu Stadium"
_HEADS = (r"Docks|Dockyard|Pier|Quay|Wharf|Marina|Terminal|Palace|Museum|Stadium|Arena|Coliseum|Cathedral|Basilica|"
          r"Chapel|Abbey|Mosque|Masjid|Temple|Monastery|Shrine|Memorial|Monument|Mausoleum|Castle|Barracks|Square|"
          r"Plaza|Gardens|Hotel|Resort|Hospital|Clinic|Theatre|Theater|Grounds|Showground|Racecourse|Embassy|Hall|"
          r"Park|Centre|Center|Tower|Camp|Station|Port|Harbour|Harbor|Beach|Cemetery|Crater|Dam|Base|Refinery|College|"
          r"Hospice|Complex|University|School|Bhawan|Bhavan|House")
# the first word of one, in the languages news quotes site names in: "Palacio Laranjeiras", "Museo Nacional",
# "Palácio do Planalto", "Estadio Azteca"
_OPENINGS = (r"Palacio|Palácio|Palazzo|Palais|Museo|Museu|Musée|Estadio|Estádio|Catedral|Basílica|Iglesia|Igreja|"
             r"Castillo|Castello|Teatro|Casa|Quinta|Plaza|Praça|Piazza|Hotel|Centro|Place[ \t]+de|Arc[ \t]+de")
_LINK = r"(?:of|de|del|da|do|dos|das|di|della|du|des|la|le)"
_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]*)"  # a capitalised word ("D.Y."), not one that ends a sentence
_HEAD_RE = re.compile(rf"(?=[A-Z])(?:(?<![\w'’-])(?P<opened>(?:{_OPENINGS})[ \t]+(?:{_LINK}[ \t]+)?{_WORD}"
                      rf"(?:[ \t]+{_WORD}){{0,2}})|"
                      rf"\b(?:{_HEADS})\b(?:[ \t]+of[ \t]+(?:the[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,2}}|"
                      r"[ \t]+and[ \t]+(?:Spa|Resort|Casino|Gardens|Conference[ \t]+Cent(?:re|er)))?)")
# (the lookahead first: every match opens on a capital, and the regex is asked at every character of a text)
_NAME_BEFORE = re.compile(rf"(?<![\w'’.-])(?:(?:St\.|Mt\.|{_WORD})[ \t]+(?:{_LINK}[ \t]+(?:the[ \t]+)?)?){{1,5}}$")
# what joins a site to the town the text puts it in: "Santiago Bernabeu Stadium in Madrid", "Nelson's Dockyard,
# Antigua", "the Museo Nacional in the capital, San José"
_IN_TOWN = re.compile(r"(?:,[ \t]*|[ \t]+(?:in|at|near|outside)[ \t]+(?:the[ \t]+)?(?:(?:capital|city|town|port|"
                      r"village)(?:[ \t]+of)?,?[ \t]+)?)")
_LEAD = re.compile(r"([\w'’-]+)[ \t]+")
_STATE_FIRST = re.compile(r"[A-Z]{2}[ \t]+(?=[A-Z])")  # a state's code before a site, after its town and a comma
_ROLE_OF = re.compile(r"(?:Director|Head|Chief|Minister|Secretary|President|Chairman|Chair|Governor|Mayor|Dean|"
                      r"Manager|Curator|Rector|Spokesman|Spokeswoman)[ \t]+of[ \t]")
_HOUSE_OF = re.compile(r"House[ \t]+of[ \t]+(?:Representatives|Commons|Lords|Councillors|Assembly|Delegates|Peers)")
# a house that is a site: "Government House", "State House", "Parliament House" (not "Random House", a publisher)
_HOUSE = re.compile(r"(?:Government|State|Parliament|Guest|Opera|Mansion|Customs?|Court|Town|Guild|Province|"
                    r"Council|Legislative|President['’]s|Presidential)[ \t]+House$")
_NOT_ON_EARTH = re.compile(r"\bSpace[ \t]+Station\b")  # the International Space Station is no town's
# the town's own: "Falmouth Docks", "Honolulu Harbor"
_PORT_HEAD = re.compile(r"\b(?:Docks|Dockyard|Pier|Quay|Wharf|Marina|Terminal|Port|Harbou?r|Station)$")
_POSSESSIVE = re.compile(r"['’]s?[ \t]+")
# whose words are a person's: "President Park", "Stuart Hall"
_PERSON_HEADS = frozenset("hall park tower camp".split())
SITE_CONFIDENCE = 0.5  # placed at the town the text puts it in
SURE_TOWN = 0.85  # a town in a site's name read this surely is where the site is
GUESSED_SITE_CONFIDENCE = 0.35  # placed at the last town the text named before it


def unlisted_sites(text: str, mentions: list[PlaceMention], far_town: float) -> list[PlaceMention]:
    """``mentions`` (in text order) with a mention for each site the text names that no mention covers, placed at a
    town's point (see the module's docstring); a site named twice is placed once. Places inside an organisation's
    name that a site covers give way to it. ``far_town``: the confidence a small town far from all the story names
    is capped at -- a site's whole name read as one ("Euston Station" as Euston, New South Wales) is the site."""
    places = [m for m in mentions if m.role == "place"]  # in text order, none inside another
    far_at = {m.start for m in mentions if m.kind == "city" and m.confidence <= far_town}  # organisations' too
    # cities read as part of an organisation's name, by start, in a country the text's places are in (not "Paris
    # Regional Medical Center" read as Paris, France in a story of Texas)
    countries = {m.country for m in places if m.country}
    org_towns: dict[int, list[PlaceMention]] = {}
    for m in mentions:
        if m.role == "organisation" and m.kind == "city" and m.lat is not None and m.country in countries:
            org_towns.setdefault(m.start, []).append(m)
    starts = [m.start for m in places]
    anchors = {m.start: m for m in places if m.kind in ("city", "region", "island") and m.lat is not None}
    towns = _Towns([m for m in places if m.kind in ("city", "airport", "landmark") and m.lat is not None])
    placed: dict[str, PlaceMention] = {}
    sites: list[PlaceMention] = []
    shorts: dict[int, PlaceMention] = {}  # id of a one-word town mention -> the site it is short for
    dateline = next((m for m in places[:3] if m.kind == "city" and m.lat is not None and m.start < _DATELINE_WITHIN
                     and len(m.surface) > 2 and m.surface.isupper() and DATELINE_AFTER_RE.match(text, m.end)), None)
    for found in _HEAD_RE.finditer(text):  # a head word first: most texts have few, and the name is read back
        start, end = found.span()  # from it
        if found.group("opened") is None:
            before = _NAME_BEFORE.search(text, max(0, start - 80), start)
            if before is None and not (text[start].isupper() and " of " in found.group()):
                continue  # ... but "the Castle of Mey", "the Basilica of Notre Dame" name themselves
            start = before.start() if before else start
        while (w := _LEAD.match(text, start, end)) and " " in text[w.end():end] \
                and w.group(1).lower() in SENTENCE_OPENERS:
            start = w.end()  # "The", "Earlier" before the name
        state = _STATE_FIRST.match(text, start, end)
        if state and text[max(0, start - 3):start].rstrip(" \t").endswith(","):
            start = state.end()  # "Hartford, CT Webster Theater": the state qualifies the town, the site follows
        if _ROLE_OF.match(text, start, end) or _NOT_ON_EARTH.search(text, start, end) \
                or _HOUSE_OF.match(text, start, end) \
                or found.group() == "House" and not _HOUSE.search(text, start, end):
            continue  # "Director of United Nations Information Centre": a post, not a site
        words = text[start:end].split()
        if len(words) < 2 or words[0].lower() in SENTENCE_OPENERS:  # not "Outside Terminal"
            continue
        k = bisect.bisect_left(starts, end)
        inside = [places[j] for j in range(max(0, k - 8), k) if places[j].end > start]
        far = [m for m in inside if m.kind == "city" and m.confidence <= far_town]
        town, why = _town_for(text, end, anchors)
        if town is not None and town.kind == "city":  # "landed at Albert Park in Suva": a park in Suva, not the
            # Albert Park of Regina, Saskatchewan
            far += [m for m in inside if m.kind == "city" and m.start == start and m.end == end and m not in far
                    and m.lat is not None and _km(m.lat, m.lon, town.lat, town.lon) > _OTHER_TOWN_KM]
        if _a_person(words) and not any(m.start == start and m.end == end for m in far):
            continue  # "Stuart Hall" is a man (but a place the parser read far from the town after it is a site)
        if any(m.start < start or m.end > end or (m.start == start and m.end == end and m not in far)
               or m.kind in ("landmark", "airport", "island") for m in inside):
            continue  # a place the parser read across the site's edge, or a site it knows: its reading stands
        named_by = next((m for m in inside if m.start == start and m.kind == "city" and m.lat is not None), None)
        if named_by is None and not inside:  # "Volgograd Arena": the city read as part of an organisation's name
            named_by = next((m for m in org_towns.get(start, ()) if m.end < end and m.confidence >= SURE_TOWN), None)
        owner = _POSSESSIVE.match(text, named_by.end, end) if named_by is not None else None
        if not owner:  # a town in a site's name is not where the text is: "Westminster Abbey" after "Buckingham
            towns.drop(inside)  # Palace"
        port = _PORT_HEAD.search(text, start, end) is not None
        if named_by in far and named_by.end < end and port:
            continue  # "Honolulu Harbor" with Honolulu read as far from the story: the parser's reading stands
        far_name = named_by in far or start in far_at
        if owner:  # "Falmouth's National Maritime Museum"
            start = owner.end()
        elif far_name or not port and named_by is not None and named_by.confidence < SURE_TOWN:
            named_by = None  # "Buckingham Palace" is not in Buckingham: a building may bear a town's name (but
            # "Nagoya Palace", a city read with confidence, is in Nagoya)
        if town is None and named_by is None and not owner and not far_name:
            named_by = _named_elsewhere(places, text[start:end])  # "Sasebo Naval Base", Sasebo read elsewhere (not
            # "Vanderbilt University" in Nashville, read far as Vanderbilt, Michigan, then "his address at Vanderbilt")
        if town is None and named_by is not None:
            town, why = named_by, "the town the text puts it in" if owner else "the town the text names it by"
        name = text[start:end]
        if name in placed:  # one sense per story
            sites.append(replace(placed[name], start=start, end=end))
            continue
        if town is None:
            town, why = towns.last_before(text, start)
        if town is None and dateline is not None and dateline.end <= start and towns.near_last(text, start, dateline):
            town, why = dateline, f"the town of the story's dateline {GUESS}"  # "LONDON, June 23. ... drove with
            # him in state to Buckingham Palace", after Ostend and Dover (not where the story has flown away from)
        if town is None:
            continue
        site = replace(town, start=start, end=end, surface=name, name=name, kind="landmark", geonameid=None,
                       confidence=min(town.confidence, GUESSED_SITE_CONFIDENCE if why.endswith(GUESS) else
                                      SITE_CONFIDENCE),
                       source=f"{town.source.split(' (')[0]} ({BORROWED_POINT} {town.name}, {why})",
                       role="place", container="", candidates=())
        placed.setdefault(name, site)
        sites.append(site)
        towns.add(site)  # where the text is, for the sites after it
        if far_name:  # "Vanderbilt University" read as named after a far town: "his address at Vanderbilt" after
            head = name.split()[0]  # it is the site, not Vanderbilt, Michigan (nor where later sites are)
            short = [m for m in places if m.surface == head and m.start > start and m.kind == "city"]
            towns.drop(short)
            shorts.update((id(m), site) for m in short if id(m) not in shorts)
    sites = [s for s in sites if not any(o is not s and o.start <= s.start and s.end <= o.end for o in sites)]
    if not sites:  # ("Everest Base" inside "Everest Base Camp" is no site of its own)
        return mentions
    kept = [m if id(m) not in shorts else replace(shorts[id(m)], start=m.start, end=m.end, surface=m.surface)
            for m in mentions if not any(s.start <= m.start and m.end <= s.end for s in sites)]
    return sorted([*kept, *sites], key=lambda x: x.start)


def _a_person(words: list[str]) -> bool:
    """"President Park", "Stuart Hall": a title or a given name before a head that is also a surname."""
    first = words[0].lower()
    return len(words) == 2 and first in TITLES or (words[-1].lower() in _PERSON_HEADS and len(words) == 2
                                  and (first in GIVEN_NAMES or first in CENSUS_GIVEN_NAMES))


def _named_elsewhere(places: list[PlaceMention], name: str) -> PlaceMention | None:
    """The city a site's name opens with, where the text names that city on its own and the parser reads it surely
    ("Sasebo's dock landing ship" ... "operating from Sasebo Naval Base"): the site is in it."""
    words = name.split()
    for k in (2, 1):
        lead = " ".join(words[:k])
        if len(words) > k and (town := next((m for m in places if m.surface == lead and m.kind == "city"
                                             and m.lat is not None and m.confidence >= SURE_TOWN), None)):
            return town
    return None


def _town_for(text: str, end: int, anchors: dict[int, PlaceMention]) -> tuple[PlaceMention | None, str]:
    """The town right after the site ("in Madrid", ", Antigua"), with why."""
    joined = _IN_TOWN.match(text, end)
    after = anchors.get(joined.end()) if joined else None
    return (after, "the town the text puts it in") if after is not None else (None, "")


class _Towns:
    """The places a site may be guessed at, in text order: the text's towns, airports and known sites, less those
    named inside a site's name, with the sites placed so far."""

    def __init__(self, towns: list[PlaceMention]) -> None:
        self.towns = towns
        self.starts = [t.start for t in towns]
        self.dropped: set[int] = set()  # ids
        self.elsewhere: dict[int, bool] = {}  # id -> "the Dubai-bound ship", "from London": not where the text is

    def drop(self, inside: list[PlaceMention]) -> None:
        self.dropped.update(id(m) for m in inside)

    def add(self, site: PlaceMention) -> None:
        k = bisect.bisect_right(self.starts, site.start)
        self.starts.insert(k, site.start)
        self.towns.insert(k, site)

    def _usable(self, text: str, t: PlaceMention) -> bool:
        if id(t) in self.dropped:
            return False
        away = self.elsewhere.get(id(t))
        if away is None:
            away = self.elsewhere[id(t)] = bool(_ELSEWHERE_AFTER.match(text, t.end)
                                                or _ELSEWHERE_BEFORE.search(text, max(0, t.start - 12), t.start))
        return not away

    def near_last(self, text: str, start: int, town: PlaceMention) -> bool:
        """Whether ``town`` is near the last place named before ``start`` (or none is named)."""
        k = bisect.bisect_left(self.starts, start)
        last = next((t for t in reversed(self.towns[:k]) if t.end <= start and self._usable(text, t)), None)
        return last is None or _km(last.lat, last.lon, town.lat, town.lon) <= _DATELINE_KM  # type: ignore[arg-type]

    def last_before(self, text: str, start: int) -> tuple[PlaceMention | None, str]:
        """The last place named before the site in its sentence ("Later, in London, she held a reception at
        Buckingham Palace"), else before it where the places named before it (those of the last 400 characters,
        else all) lie in one area: a guess that is near the truth only when the text has been in one place."""
        k = bisect.bisect_left(self.starts, start)
        before = [t for t in self.towns[:k] if t.end <= start and self._usable(text, t)]
        sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start))
        if before and before[-1].start > sentence:
            return before[-1], f"the place its sentence names before it {GUESS}"
        near = [t for t in before if t.end > start - _WINDOW] or before
        last = near[-1] if near else None
        if last is None or any(_km(t.lat, t.lon, last.lat, last.lon) > _ONE_AREA_KM  # type: ignore[arg-type]
                               for t in near):
            return None, ""
        return last, f"the last place the text names before it {GUESS}"


# a place the text is not at: "the Dubai-bound ship", "the Norfolk-based", "from London"
_ELSEWHERE_AFTER = re.compile(r"-(?:bound|based|born|made|registered)\b")
_ELSEWHERE_BEFORE = re.compile(r"\bfrom[ \t]+(?:the[ \t]+)?$")
_WINDOW = 400  # characters: about the two sentences before
_DATELINE_WITHIN = 400  # characters: a town in capitals this near the top, then a comma or a bracket, is the dateline
_DATELINE_KM = 150.0  # the dateline's town stands for a site only this near the last place named before it
# what follows a story's dateline town: "WELLINGTON: ...", "IDOMENI, Greece, Sept. 2 -", "KABUL (Reuters) -", "MIAMI --"
DATELINE_AFTER_RE = re.compile(r"[ \t]*(?:[:,]|-{1,2}[ \t]|[–—][ \t]|\()")
_ONE_AREA_KM = 100.0
_OTHER_TOWN_KM = 50.0  # a town of a site's whole name this far from the town the text puts the site in is another
