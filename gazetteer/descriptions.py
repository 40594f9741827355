"""Places named by description: "the Polish capital", "the Ukraine capital city", "Kenya's capital", "the Nigerien
desert city".
Wire copy names a capital this way as often as by its name; the country comes from the demonym or country name
the geoparser found, the city from GeoNames' capital of that country. A city described by its country alone
("the Nigerien desert city", "the Ukrainian port city") is the last city of that country the text named."""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import TYPE_CHECKING

from .geoparse import PlaceMention

if TYPE_CHECKING:
    from .resolve import Gazetteer

_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "the Polish capital", "the Chinese capital city", not "the Polish capital market" nor "the capital of Poland"
_CAPITAL = re.compile(r"\s+capital(?:\s+city)?\b(?![ \t]+(?:of|market|markets|gains|flows|controls|"
                      r"spending|investment|punishment|letters?)\b)(?!-)", re.IGNORECASE)

# "the Nigerien desert city", "the Ukrainian port city", not "the Polish city of Gdansk"
_CITY = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?P<k>city|town|port|village|resort)\b(?!\s+(?:of|city|town)\b)"
                   r"(?![ \t]+[A-Z])")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
_OWNS = re.compile(r"['’]s\b")  # "arrived back in Kenya’s capital": a country's own
_APPOSED = re.compile(r"[ \t]*,?[ \t]*")  # "the Peruvian capital Lima", "the Vietnamese capital, Hanoi": named
# demonyms of a part of a country: "the Welsh capital" is Cardiff, not the United Kingdom's London (left unresolved)
_OF_A_PART = frozenset("""welsh scottish scots catalan basque bavarian kurdish tibetan flemish walloon sicilian
sardinian corsican texan californian quebecois québécois""".split())


def _antecedent(m: PlaceMention, cities: list[PlaceMention], ends: list[tuple[int, int]]) -> PlaceMention | None:
    """The city of m's country named last in an earlier sentence, and not named again in m's own sentence (the
    description sets another city against the one beside it: "from Kyiv to the Ukrainian port city").
    ``cities`` are in text order; ``ends`` are the text's sentence ends (start, end), in order."""
    k = bisect.bisect_right(ends, (m.start, m.start)) - 1
    while k >= 0 and ends[k][1] > m.start:
        k -= 1
    if k < 0:
        return None
    n = bisect.bisect_right([c.end for c in cities], ends[k][0])  # named before the last sentence end
    beside = {c.geonameid for c in cities[n:]}
    return next((c for c in reversed(cities[:n]) if c.geonameid not in beside), None)


def described_mentions(text: str, mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """The mentions with each "the <demonym or country> capital" replaced by a mention of that capital city,
    and each "the <demonym> desert city" by the city it refers back to, spanning the description and saying where
    the place comes from; not when the city's name follows the description."""
    out: list[PlaceMention] = []
    starts = {m.start for m in mentions}
    cities: dict[str, list[PlaceMention]] = {}
    ends: list[tuple[int, int]] | None = None  # the sentence ends, found once, when a description needs them
    for m in mentions:
        kind_of = _CITY.match(text, m.end)
        named = None
        if m.kind == "demonym" and m.role == "place" and kind_of and _THE.search(text, max(0, m.start - 6), m.start) \
                and _APPOSED.match(text, kind_of.end()).end() not in starts:
            ends = ends if ends is not None else [x.span() for x in _SENTENCE_END.finditer(text)]
            named = _antecedent(m, cities.get(m.country, []), ends)
        if m.role == "place" and m.kind not in ("country", "region", "demonym", "world-region", "sea") and m.country:
            cities.setdefault(m.country, []).append(m)
        if named is not None and kind_of is not None:  # "He had traveled from Ghana to the Nigerien desert city"
            out.append(dataclasses.replace(
                named, start=m.start, end=kind_of.end(), surface=text[m.start:kind_of.end()], confidence=0.6,
                candidates=(), source=f"{named.source} (the {m.name} {kind_of.group('k')} named before)"))
            continue
        owned = _OWNS.match(text, m.end) if m.kind == "country" else None  # "Kenya's capital"
        cap = _CAPITAL.match(text, owned.end() if owned else m.end)
        appositive = cap is not None and _APPOSED.match(text, cap.end()).end() in starts
        if (m.kind in ("demonym", "country") and m.role == "place" and m.country and cap and not appositive
                and (owned or _THE.search(text, max(0, m.start - 6), m.start)) and m.surface.lower() not in _OF_A_PART):
            city = gazetteer.capital(m.country)
            if city is not None:
                out.append(dataclasses.replace(
                    m, end=cap.end(), surface=text[m.start:cap.end()], name=city.name, kind="city", lat=city.lat,
                    lon=city.lon, geonameid=city.geonameid, country=city.country,
                    source=f"GeoNames (capital of {m.name})", candidates=()))
                continue
        out.append(m)
    return _the_capital(text, out, gazetteer)


# "as Kabila was returning to the capital on Tuesday", "cycling 12,000 miles from the capital to Cape Town": a travel
# word, then "the capital" alone (not "the capital of", not "the capital, Kinshasa")
_TO_THE_CAPITAL = re.compile(r"\b(?:to|for|into|from|towards?|reached|reaching|reach)\s+the\s+(?P<c>capital)\b"
                             r"(?!\s+(?:city\s+)?of\b)(?![ \t]*,?[ \t]*[A-Z])(?!-)")


def _the_capital(text: str, mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """"the capital" that a journey goes to, as the one national capital the text named before it ("220 kilometers
    south of Kinshasa, as Kabila was returning to the capital"); left alone where the text named none or several."""
    found = list(_TO_THE_CAPITAL.finditer(text)) if "the capital" in text else []
    if not found:
        return mentions
    capitals: dict[str, int | None] = {}  # a country -> its capital's GeoNames id, asked once each
    out = list(mentions)
    for f in found:
        before = [m for m in mentions if m.end <= f.start("c") and m.role == "place" and m.kind == "city"
                  and m.country and m.geonameid is not None]
        named = set()
        for m in before:
            if m.country not in capitals:
                city = gazetteer.capital(m.country)
                capitals[m.country] = city.geonameid if city is not None else None
            if capitals[m.country] == m.geonameid:
                named.add(m.geonameid)
        if len(named) != 1:
            continue
        m = next(m for m in reversed(before) if m.geonameid in named)
        start = f.start("c") - len("the ")
        out.append(dataclasses.replace(m, start=start, end=f.end("c"), surface=text[start:f.end("c")],
                                       confidence=0.6, candidates=(),
                                       source=f"{m.source} (the capital named before)"))
    return sorted(out, key=lambda m: m.start)
