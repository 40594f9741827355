"""The shape in which every data source other than GeoNames' city tables hands places to the build."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SourcedPlace"]


@dataclass(frozen=True)
class SourcedPlace:
    """One place from a maintained data set, with the names a reader uses for it and where it came from.

    `names` are exact names (its own name, "Heathrow Airport", "Donetsk region"); `alternates` weaker ones
    ("Heathrow" alone). `geonameid` is None when the data set has none: the build gives the row an id of its own.
    """

    name: str
    lat: float
    lon: float
    country: str
    kind: str
    population: int
    source: str
    names: tuple[str, ...] = ()
    alternates: tuple[str, ...] = ()
    admin1: str = ""
    geonameid: int | None = None
