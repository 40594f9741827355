"""Places named by description: "the Polish capital", "the Ukraine capital city". Wire copy names a capital
this way as often as by its name; the country comes from the demonym or country name the geoparser found, the
city from GeoNames' capital of that country."""

from __future__ import annotations

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

_APPOSED = re.compile(r"[ \t]*,?[ \t]*")  # "the Peruvian capital Lima", "the Vietnamese capital, Hanoi": named


def capital_mentions(text: str, mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """The mentions with each "the <demonym or country> capital" replaced by a mention of that capital city,
    spanning the description and sourced to GeoNames' capital; not when the city's name follows it."""
    out: list[PlaceMention] = []
    starts = {m.start for m in mentions}
    for m in mentions:
        cap = _CAPITAL.match(text, m.end)
        named = cap and _APPOSED.match(text, cap.end()) and _APPOSED.match(text, cap.end()).end() in starts
        if (m.kind in ("demonym", "country") and m.role == "place" and m.country and cap and not named
                and _THE.search(text, max(0, m.start - 6), m.start)):
            city = gazetteer.capital(m.country)
            if city is not None:
                out.append(dataclasses.replace(
                    m, end=cap.end(), surface=text[m.start:cap.end()], name=city.name, kind="city", lat=city.lat,
                    lon=city.lon, geonameid=city.geonameid, country=city.country,
                    source=f"GeoNames (capital of {m.name})", candidates=()))
                continue
        out.append(m)
    return out
