"""Give a journey's places their coordinates from the gazetteer.

The journey file names places (a GeoNames id, or a name and country); coordinates come from the gazetteer so
that a map never carries numbers nobody can trace. Places an editor located by hand keep their coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass

from gazetteer.resolve import Gazetteer
from gazetteer.store import Place as GazPlace
from webmap.journey import Journey, Place


@dataclass(frozen=True)
class Unlocated:
    """A place the gazetteer could not find: listed beside the map, never silently dropped."""

    key: str
    name: str
    reason: str


def locate(journey: Journey, gazetteer: Gazetteer) -> list[Unlocated]:
    """Fill in lat/lon (and GeoNames ids) in place; return the places that stay without coordinates."""
    missing: list[Unlocated] = []
    anchors = [(p.lat, p.lon) for p in journey.places.values() if p.located]
    for place in journey.places.values():
        if place.located:
            continue
        found = _find(place, gazetteer, anchors)
        if found is None:
            missing.append(Unlocated(place.key, place.name, "not found in the gazetteer"))
            continue
        place.lat, place.lon = found.lat, found.lon
        place.geonameid = place.geonameid or found.geonameid
        place.country = place.country or found.country
        place.source = found.source
        anchors.append((found.lat, found.lon))
    return missing


def _find(place: Place, gazetteer: Gazetteer, anchors: list[tuple[float, float]]) -> GazPlace | None:
    if place.kind == "country" and place.country:
        found = gazetteer.country(place.country)
        if found is not None:
            return found
    if place.geonameid is not None:
        found = gazetteer.get(place.geonameid)
        if found is not None:
            return found
    return gazetteer.best(place.name, country=place.country or None, near=anchors or None)
