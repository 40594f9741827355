"""Name -> ranked places: the gazetteer's query side."""

from __future__ import annotations

import contextlib
import logging
import math
import os
import pathlib
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from .normalise import normalise
from .store import GazetteerError, Place, Store, check_file, default_path

if TYPE_CHECKING:
    from .geocoder import OnlineFallback

__all__ = ["Candidate", "Gazetteer"]

log = logging.getLogger(__name__)
T = TypeVar("T")

# Ranking weights. Lexicographic in spirit -- exact name, then country/capital, then population --
# but as one score so that nearness to the story's other places can outweigh population, and strong
# nearness (tens of km) can outweigh being a capital or an exact rather than alternate name.
W_EXACT = 4.0
W_COUNTRY = 3.0  # a country (or continent, region) beats a city of the same name ("Kuwait", "U.S.", "Asia")
W_CAPITAL = 2.0  # more than any population gap below: Washington, D.C. beats bigger Washingtons
W_NEAR = 5.0  # at distance 0; falls off with NEAR_KM and is ~0 beyond 1,000 km
NEAR_KM = 250.0
_POP_SCALE = 1.0 / 8.0  # log10(pop) / 8: 0 .. ~1.1 for the world's largest cities


@dataclass(frozen=True, slots=True)
class Candidate:
    """One possible referent of a name, with why it ranked where it did."""

    place: Place
    match: str  # 'exact' | 'alternate'
    score: float


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius): plenty for ranking, far cheaper than geodesic."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def _rank(c: Candidate) -> tuple[float, int, int]:
    return (-c.score, -c.place.population, c.place.geonameid or 0)


def _score(place: Place, exact: bool, near: Sequence[tuple[float, float]] | None) -> float:
    s = W_EXACT if exact else 0.0
    if place.kind in ("country", "region", "world-region", "sea") and place.weighed_population == place.population:
        s += W_COUNTRY  # not a county, which weighs as a town (Place.weighed_population)
    elif place.kind in ("island", "airport"):
        s += W_CAPITAL / 2
    elif place.capital:
        s += W_CAPITAL
    s += math.log10(place.weighed_population + 1) * _POP_SCALE
    if near:
        d = min(_km(place.lat, place.lon, lat, lon) for lat, lon in near)
        s += W_NEAR * math.exp(-d / NEAR_KM)
    return s


class Gazetteer:
    """Offline place-name lookup over the SQLite store, with an optional online fallback.

    Safe to share between threads. Rebuilds itself once if the database turns out to be corrupt
    mid-session (when opened with build=True).
    """

    def __init__(self, store: Store, *, online: OnlineFallback | None = None, can_build: bool = False,
                 progress: bool = False):
        self._store = store
        self.path = store.path
        self.online = online
        self._can_build = can_build
        self._progress = progress
        # GeoNames rows by id and countries by code, remembered: every story asks for the same few again and a
        # query costs a third of a millisecond. Only GeoNames rows, which online answers never change.
        self._by_id: dict[int, Place | None] = {}
        self._countries: dict[str, Place] = {}
        self._capitals: dict[str, Place | None] = {}

    # -- opening --------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: pathlib.Path | None = None, *, build: bool = True, progress: bool = True,
             online: OnlineFallback | None = None, lazy_index: bool = False,
             read_only: bool | None = None) -> Gazetteer:
        """Open the gazetteer at `path` (default: default_path()), building it first if it is missing,
        corrupt, from an older schema or built from different data. With build=False such a file is
        an error rather than a reason to spend 15–40 s building. `lazy_index`: see Store.open.

        `read_only` (see Store.open) defaults to True unless online answers may be written into the file: an
        `online` fallback is given, or WEBMAP_ONLINE=1 (how `--online` reaches the server's job processes)."""
        path = pathlib.Path(path) if path is not None else default_path()
        if read_only is None:
            read_only = online is None and os.environ.get("WEBMAP_ONLINE") != "1"
        usable = False  # a whole database, just built from older data
        try:
            store = Store.open(path, lazy_index=lazy_index, read_only=read_only)
            if build and store.meta().get("inputs") != _fingerprint():
                store.close()
                usable = True
                raise GazetteerError(f"gazetteer {path}: built from other data")
        except (GazetteerError, sqlite3.Error) as e:
            if not build:
                if isinstance(e, GazetteerError):
                    raise
                raise GazetteerError(f"gazetteer {path}: {e}") from None
            if check_file(path) != "missing":
                log.warning("%s; rebuilding", e)
            try:
                store = _build_locked(path, progress=progress)
            except GazetteerError as err:
                if not usable:
                    raise
                log.warning("%s; using the existing gazetteer", err)
                store = Store.open(path, lazy_index=lazy_index, read_only=read_only)
        return cls(store, online=online, can_build=build, progress=progress)

    def close(self) -> None:
        """Release the database file."""
        with contextlib.suppress(sqlite3.Error):
            self._store.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def store(self) -> Store:
        """The underlying database (for the online fallback and tools)."""
        return self._store

    def _guard(self, fn: Callable[[Store], T]) -> T:
        """Run a store read; a database that breaks under us is rebuilt once, else a GazetteerError."""
        try:
            return fn(self._store)
        except sqlite3.Error as e:
            # Only "malformed"/"not a database" (plain DatabaseError) means corrupt; a locked or
            # read-only file (OperationalError) is no reason to rebuild.
            if not self._can_build or type(e) is not sqlite3.DatabaseError:
                raise GazetteerError(f"gazetteer {self.path}: {e}") from None
            log.warning("gazetteer %s: %s; rebuilding", self.path, e)
            with contextlib.suppress(sqlite3.Error):
                self._store.close()
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            self._store = _build_locked(self.path, progress=self._progress)
            try:
                return fn(self._store)
            except sqlite3.Error as e2:
                raise GazetteerError(f"gazetteer {self.path}: {e2}") from None

    # -- queries --------------------------------------------------------------------------------

    def lookup(self, name: str, country: str | None = None,
               near: Sequence[tuple[float, float]] | None = None) -> list[Candidate]:
        """Places called `name`, best first; [] if none (after asking the online fallback, if any).

        `country` (ISO alpha-2) keeps only places in that country; `near` is a list of (lat, lon) of
        the story's other places, and lifts candidates close to them.
        """
        norm = normalise(name)
        if not norm:
            return []
        cc = country.upper() if country else None
        rows = self._rows(norm)
        if not rows and norm.startswith("the "):  # "the Hague" is indexed; "the Sudan" is not
            rows = self._rows(norm[4:])
        if cc:
            rows = [r for r in rows if r[0].country == cc]
        if not rows:
            rows = self._online(name, norm, cc)
        cands = [Candidate(p, "exact" if exact else "alternate", _score(p, exact, near)) for p, exact in rows]
        if len(cands) > 1:
            cands.sort(key=_rank)
        return cands

    def best(self, name: str, country: str | None = None,
             near: Sequence[tuple[float, float]] | None = None) -> Place | None:
        """The top-ranked place for `name`, or None."""
        cands = self.lookup(name, country, near)
        return cands[0].place if cands else None

    def airport(self, code: str) -> Place | None:
        """The airport with this IATA or ICAO code ("JFK", "EGLL"), or None."""
        from .airports import code_key

        rows = self._rows(code_key(code))
        return rows[0][0] if rows else None

    def get(self, geonameid: int) -> Place | None:
        """The place with this GeoNames id (cities and countries), or None."""
        if geonameid <= 0:
            return None
        if geonameid in self._by_id:
            return self._by_id[geonameid]
        place = self._guard(lambda s: s.get(geonameid))
        if len(self._by_id) >= 100_000:
            self._by_id.clear()
        self._by_id[geonameid] = place
        return place

    def country(self, iso2: str) -> Place | None:
        """The country with this ISO 3166-1 alpha-2 code, located at its label point (or capital)."""
        place = self._countries.get(iso2)
        if place is None:
            place = self._guard(lambda s: s.country(iso2))
            if place is not None and place.geonameid and len(self._countries) < 10_000:
                self._countries[iso2] = place
        return place

    def countries(self) -> list[Place]:
        """Every country the gazetteer holds, once each."""
        return self._guard(lambda s: s.countries())

    def capital(self, iso2: str) -> Place | None:
        """The capital city of the country with this ISO 3166-1 alpha-2 code (GeoNames' capital), or None."""
        if iso2 not in self._capitals:
            if len(self._capitals) >= 10_000:
                self._capitals.clear()
            self._capitals[iso2] = self._guard(lambda s: s.capital(iso2))
        return self._capitals[iso2]

    def iter_names(self) -> Iterator[tuple[str, int]]:
        """Every (normalised name, best population among places so called), for building a geoparser's
        automaton. Includes alternate names and non-Latin scripts; IATA-style codes are left out."""
        try:
            yield from self._store.iter_names()
        except sqlite3.Error as e:
            raise GazetteerError(f"gazetteer {self.path}: {e}") from None

    def airport_names(self, first_word: str, *, prefix: bool = False) -> list[tuple[str, Place]]:
        """Every (normalised name, airport) the gazetteer holds whose name begins with this normalised word (or
        these letters: ``prefix``): for a name spelt another way."""
        return self._guard(lambda s: s.airport_names(first_word, prefix=prefix))

    def stats(self) -> dict[str, str]:
        """The build's metadata (counts, schema version, build time)."""
        return self._guard(lambda s: s.meta())

    # -- internals ------------------------------------------------------------------------------

    def _rows(self, norm: str) -> list[tuple[Place, bool]]:
        try:
            return self._store.by_name(norm)  # the in-memory index; SQL only without one
        except sqlite3.Error:
            return self._guard(lambda s: s.by_name(norm))

    def _online(self, name: str, norm: str, cc: str | None) -> list[tuple[Place, bool]]:
        if self.online is None:
            return []
        try:
            place = self.online.resolve(self._store, name, country=cc)
        except sqlite3.Error as e:  # e.g. a read-only cache file: the answer is lost, not the lookup
            log.warning("gazetteer %s: cannot read or store online answers: %s", self.path, e)
            return []
        if place is None:
            return []
        return [(place, normalise(place.name) == norm)]


def _fingerprint() -> str:
    from .build import inputs_fingerprint

    return inputs_fingerprint()


def _build_locked(path: pathlib.Path, *, progress: bool) -> Store:
    """Build under an advisory lock so concurrent first uses build once; then open the result.

    The lock is only an optimisation: build() itself is atomic, so without fcntl (Windows) two
    processes just both build and the last rename wins.
    """
    from .build import build

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock_file = open(path.with_name(path.name + ".lock"), "a+b")  # held across the build
    except OSError as e:
        raise GazetteerError(f"cannot create gazetteer at {path}: {e.strerror}") from None
    with lock_file:
        try:
            import fcntl

            fcntl.flock(lock_file.fileno(), fcntl.LOCK_EX)
        except (ImportError, OSError):
            pass
        # Someone may have built it while we waited for the lock.
        with contextlib.suppress(GazetteerError):
            store = Store.open(path)
            if store.meta().get("inputs") == _fingerprint():
                return store
            store.close()
        if progress:
            print(f"Building the gazetteer at {path} (once; 15–40 s on a 2-core machine)…", file=sys.stderr)
        build(path, progress=progress)
        return Store.open(path)
