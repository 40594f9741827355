"""Points of first-level regions from a maintained data set: the ``countrystatecity-countries`` package (ODbL;
the countries-states-cities database), which gives each of 5,300 states and provinces a latitude and longitude.

Why: ``admin.py`` derives a region's point as its town nearest the middle of its towns, which for a big or oddly
shaped region lands hundreds of km from where an atlas, GeoNames or Wikipedia puts it (England at Stafford,
Queensland near the coast, Alaska south of its middle). A region keeps its derived row (names, GeoNames admin1
code, population) and takes this point where the data set has the same region of the same country.

The package's JSON files are read from its folder without importing it (which would load pydantic for nothing).
"""

from __future__ import annotations

import difflib
import importlib.util
import json
import pathlib
import re
from collections.abc import Iterable

from .normalise import normalise
from .resolve import _km

__all__ = ["CENTRES_PACKAGE", "CENTRES_SOURCE", "Centres", "centres_dir", "region_key", "state_centres"]

CENTRES_PACKAGE = "countrystatecity_countries"
CENTRES_SOURCE = "countrystatecity-countries (ODbL)"
# Words that say what kind of region a name is, at either end ("Dhaka Division", "Province of Zambales", "Beni
# Department"): two data sets write them differently, so keys are compared without them.
_KIND_WORDS = ("province", "state", "region", "department", "division", "district", "governorate", "prefecture",
               "county", "oblast", "krai", "kray", "republic", "autonomous", "municipality", "territory", "canton",
               "parish", "voivodeship", "emirate", "capital", "federal", "metropolitan", "special", "of", "the")
_KIND_RE = re.compile(rf"^(?:(?:{'|'.join(_KIND_WORDS)})\s+)+|(?:\s+(?:{'|'.join(_KIND_WORDS)}))+$")
# A point this close to a big city of the region's own name is the geocoded city, not the region ("New York"
# state placed in Manhattan): the derived point is kept then.
_CITY_KM = 40.0
_CITY_POP = 100_000
# A name spelt another way ("Donetsk" / "Donetska", "Hesse" / "Hessen") is the same region when the two spellings
# are this alike and the two points this near.
_ALIKE = 0.8
_ALIKE_KM = 300.0


def centres_dir() -> pathlib.Path | None:
    """The package's per-country data folder, or None when it is not installed."""
    spec = importlib.util.find_spec(CENTRES_PACKAGE)
    if spec is None or spec.origin is None:
        return None
    path = pathlib.Path(spec.origin).with_name("data") / "by-country"
    return path if path.is_dir() else None


def region_key(name: str) -> str:
    """A region's name reduced for matching across data sets: normalised, without kind words at either end."""
    norm = normalise(name)
    return _KIND_RE.sub("", norm).strip() or norm


def state_centres(big_cities: Iterable[tuple[str, str, float, float, int]] = (),
                  folder: pathlib.Path | None = None) -> Centres:
    """(country, region_key(name)) -> (lat, lon) for every state or province the data set locates; a key two
    regions of one country share is left out (it cannot say which). `big_cities` are (country, normalised name,
    lat, lon, population) of towns: a region point within _CITY_KM of a town of _CITY_POP or more with the
    region's own name is left out too (the geocoded city). None found when the package is missing."""
    folder = folder or centres_dir()
    if folder is None:
        return Centres({})
    cities: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for cc, norm, lat, lon, pop in big_cities:
        if pop >= _CITY_POP:
            cities.setdefault((cc, norm), []).append((lat, lon))
    out: dict[tuple[str, str], tuple[float, float]] = {}
    shared: set[tuple[str, str]] = set()
    for path in sorted(folder.glob("*/states.json")):
        with open(path, encoding="utf-8") as f:
            states = json.load(f)
        for s in states:
            try:
                cc, name = s["country_code"], s["name"]
                lat, lon = float(s["latitude"]), float(s["longitude"])
            except (KeyError, TypeError, ValueError):
                continue
            towns = cities.get((cc, normalise(name)), []) + cities.get((cc, region_key(name)), [])
            if any(_km(lat, lon, la, lo) <= _CITY_KM for la, lo in towns):
                continue
            key = (cc, region_key(name))
            if key in out:
                shared.add(key)
            out[key] = (round(lat, 5), round(lon, 5))
    for key in shared:
        del out[key]
    return Centres(out)


class Centres:
    """The data set's region points, found by country and name (see `point`)."""

    def __init__(self, points: dict[tuple[str, str], tuple[float, float]]) -> None:
        self.points = points  # (country, region_key(name)) -> (lat, lon)
        self._by_country: dict[str, list[tuple[str, tuple[float, float]]]] = {}
        for (cc, key), point in points.items():
            self._by_country.setdefault(cc, []).append((key, point))

    def __len__(self) -> int:
        return len(self.points)

    def point(self, country: str, name: str, lat: float, lon: float) -> tuple[float, float] | None:
        """The point of the region `name` of `country` whose derived point is (lat, lon): by its key, else by the
        one spelling of that country's regions alike enough (_ALIKE) and near enough (_ALIKE_KM); else None."""
        key = region_key(name)
        if (country, key) in self.points:
            return self.points[(country, key)]
        alike = sorted(((ratio, point) for other, point in self._by_country.get(country, ())
                        if (ratio := difflib.SequenceMatcher(None, key, other).ratio()) >= _ALIKE
                        and _km(lat, lon, *point) <= _ALIKE_KM), reverse=True)
        if len(alike) == 1 or (len(alike) > 1 and alike[0][0] > alike[1][0]):
            return alike[0][1]
        return None
