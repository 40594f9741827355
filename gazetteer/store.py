"""The gazetteer's SQLite file: places, a normalised-names index, and answers cached from online geocoders.

One file, read-mostly. GeoNames rows use their geonameid as the row id; rows written through from an
online geocoder get negative ids so they can never collide with GeoNames.
"""

from __future__ import annotations

import hashlib
import os
import pathlib
import sqlite3
import struct
import sys
import threading
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

import platformdirs

if TYPE_CHECKING:
    from .prefixes import PrefixIndex

__all__ = ["GazetteerError", "NameIndex", "Place", "Store", "SCHEMA_VERSION", "SYNTHETIC_BASE", "KINDS",
           "default_path", "check_file", "name_hash"]

SCHEMA_VERSION = 3
# Rows from data sets without GeoNames ids (airports, derived regions, the geography table) get ids from here up:
# unique in the file, never shown as a GeoNames id (Place.geonameid is None for them).
SYNTHETIC_BASE = 1 << 40
_SQLITE_MAGIC = b"SQLite format 3\x00"


class GazetteerError(Exception):
    """An unrecoverable gazetteer problem; str(err) is one line meant for a user."""


@dataclass(frozen=True, slots=True)
class Place:
    """A place with coordinates; the unit every lookup returns."""

    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-2, '' if unknown
    admin1: str
    population: int
    kind: str  # one of KINDS: 'city' | 'country' | 'region' | 'world-region' | 'sea' | 'island' | 'airport' | ...
    capital: bool
    source: str  # 'GeoNames', 'GeoNames (capital)', ... or an online geocoder's name, e.g. 'Nominatim'

    @property
    def weighed_population(self) -> int:
        """The people a reading of the name weighs as: a county's (a second-level region's) are the sum of its towns',
        so it weighs as a town of a third of them -- "York" is the city of 156,000 before York Region, Ontario."""
        return self.population // 3 if self.kind == "region" and "admin2" in self.source else self.population


def default_path() -> pathlib.Path:
    """Where the gazetteer lives: $WEBMAP_GAZETTEER, else $WEBMAP_CACHE_DIR/…, else the user cache dir."""
    explicit = os.environ.get("WEBMAP_GAZETTEER")
    if explicit:
        return pathlib.Path(explicit).expanduser()
    cache_dir = os.environ.get("WEBMAP_CACHE_DIR")
    if cache_dir:
        return pathlib.Path(cache_dir).expanduser() / "gazetteer.sqlite3"
    return pathlib.Path(platformdirs.user_cache_dir("webmap")) / "gazetteer.sqlite3"


SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE places (
    id INTEGER PRIMARY KEY,          -- geonameid for GeoNames rows, negative for online rows
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    country TEXT NOT NULL,
    admin1 TEXT NOT NULL,
    population INTEGER NOT NULL,
    kind TEXT NOT NULL,
    capital INTEGER NOT NULL,
    source TEXT NOT NULL,
    fetched_at TEXT                  -- ISO 8601 UTC time an online geocoder answered; NULL for GeoNames
);
CREATE INDEX places_country ON places (country, kind);
CREATE TABLE names (
    norm TEXT NOT NULL,              -- normalise(name)
    place INTEGER NOT NULL,
    exact INTEGER NOT NULL,          -- 1: the place's own name (or a sourced English alias of a country)
    pop INTEGER NOT NULL,            -- copy of places.population, so iter_names needs no join
    PRIMARY KEY (norm, place)
) WITHOUT ROWID;
CREATE TABLE blobs (key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;  -- NameIndex arrays
CREATE TABLE online_queries (
    query TEXT NOT NULL,             -- normalise(query)
    country TEXT NOT NULL,           -- '' when not filtered
    place INTEGER,                   -- NULL: the geocoder answered "not found"
    source TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (query, country)
) WITHOUT ROWID;
"""

_PLACE_COLS = "p.id, p.name, p.lat, p.lon, p.country, p.admin1, p.population, p.kind, p.capital, p.source"


def _gid(place_id: int) -> int | None:
    """The GeoNames id of a row id: None for online and synthetic rows."""
    return place_id if 0 < place_id < SYNTHETIC_BASE else None


def _place(row: tuple) -> Place:
    return Place(_gid(row[0]), row[1], row[2], row[3], row[4], row[5], row[6], row[7],
                 bool(row[8]), row[9])


def check_file(path: pathlib.Path) -> str | None:
    """Cheap checks on the raw file; returns why it is unusable, or None if it looks like a whole database.

    Catches the common failures (missing, zero length, garbage, truncated copy) without opening SQLite.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "missing"
    except OSError as e:
        return f"unreadable ({e.strerror})"
    if size == 0:
        return "empty file"
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError as e:
        return f"unreadable ({e.strerror})"
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        return "not a SQLite database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    change_counter, valid_for = header[24:28], header[92:96]
    if pages and change_counter == valid_for and page_size * pages > size:
        return f"truncated ({size} of {page_size * pages} bytes)"
    if size % page_size:
        return "truncated (partial page)"
    return None


def name_hash(norm: str) -> int:
    """Unsigned 64-bit key of a normalised name in the in-memory index (stable across processes)."""
    return int.from_bytes(hashlib.blake2b(norm.encode(), digest_size=8).digest(), "little")


KINDS = ("city", "country", "region", "landmark", "other", "airport", "sea", "world-region", "island")
_CAPITAL = 16  # flag bit; the kind is the low four bits
_REC = struct.Struct("<qddqiHBB")  # geonameid, lat, lon, population, text offset, text length, flags, source
_SEP = "\x1f"  # between name, admin1 and country in a place's text


class NameIndex:
    """The GeoNames part of the names index, and the places it points to, as flat in-memory arrays.

    Why: one SQLite query costs ~7 µs through Python's sqlite3 before any ranking; this costs a few
    µs, loads in milliseconds from a few BLOBs and takes ~20 MB rather than the ~200 MB that Python
    dicts and tuples of the same data need. Names are found by a 64-bit hash: a hash table of
    sorted keys with one bucket per ~one key, so a lookup touches a handful of cache lines. A false
    hit needs an unknown name to collide with one of ~800k known ones: odds ~1e-13 a lookup.
    """

    def __init__(self, buckets: array, keys: array, offs: array, refs: array, recs: bytes, text: str,
                 sources: list[str]):
        self.buckets = buckets  # keys[buckets[b]:buckets[b + 1]] have top bits b
        self.keys = keys  # sorted name_hash of every normalised name
        self.offs = offs  # refs[offs[k]:offs[k + 1]] are the places called keys[k]
        self.refs = refs  # +(position + 1) for an exact name, -(position + 1) for an alternate
        self.recs = recs  # one _REC per place
        self.text = text  # name, admin1, country of every place, _SEP-separated
        self.sources = sources
        self.shift = 64 - (len(buckets) - 1).bit_length() + 1

    # -- (de)serialisation ----------------------------------------------------------------------

    @classmethod
    def from_rows(cls, places: list[tuple], names: Mapping[str, Mapping[int, int]],
                  hashes: Mapping[str, int] | None = None) -> NameIndex:
        """From build's place rows (id, name, lat, lon, country, admin1, pop, kind, capital, source, _)
        and its {norm: {place id: exact}}; `hashes` are name_hash() of the names, if computed already."""
        pos = {row[0]: i for i, row in enumerate(places)}
        sources = sorted({row[9] for row in places})
        src_code = {s: i for i, s in enumerate(sources)}
        groups: dict[int, list[int]] = {}
        for norm, ids in names.items():
            group = groups.setdefault(hashes[norm] if hashes is not None else name_hash(norm), [])
            for pid, exact in ids.items():
                group.append(pos[pid] + 1 if exact else -(pos[pid] + 1))
        bits = max(1, len(groups).bit_length())
        shift = 64 - bits
        keys, offs, refs = array("Q"), array("i", [0]), array("i")
        counts = [0] * (1 << bits)
        for h in sorted(groups):
            keys.append(h)
            refs.extend(groups[h])
            offs.append(len(refs))
            counts[h >> shift] += 1
        buckets = array("i", [0])
        for n in counts:
            buckets.append(buckets[-1] + n)
        recs = bytearray(_REC.size * len(places))
        texts, t = [], 0
        for i, r in enumerate(places):
            s = _SEP.join((r[1], r[5] or "", r[4] or ""))
            texts.append(s)
            flags = KINDS.index(r[7]) | (_CAPITAL if r[8] else 0)
            _REC.pack_into(recs, i * _REC.size, r[0], r[2], r[3], r[6], t, len(s), flags, src_code[r[9]])
            t += len(s)
        return cls(buckets, keys, offs, refs, bytes(recs), "".join(texts), sources)

    def to_blobs(self) -> dict[str, bytes]:
        """Little-endian bytes for the blobs table."""
        out = {}
        for key in ("buckets", "keys", "offs", "refs"):
            a = array(getattr(self, key).typecode, getattr(self, key))
            if sys.byteorder != "little":
                a.byteswap()
            out[key] = a.tobytes()
        out["recs"] = self.recs
        out["text"] = self.text.encode("utf-8")
        out["sources"] = "\n".join(self.sources).encode("utf-8")
        return out

    @classmethod
    def from_blobs(cls, blobs: Mapping[str, bytes]) -> NameIndex:
        arrays = []
        for key, code in (("buckets", "i"), ("keys", "Q"), ("offs", "i"), ("refs", "i")):
            a = array(code)
            a.frombytes(blobs[key])
            if sys.byteorder != "little":
                a.byteswap()
            arrays.append(a)
        buckets, keys, offs, refs = arrays
        recs = bytes(blobs["recs"])
        if (len(offs) != len(keys) + 1 or buckets[-1] != len(keys) or len(recs) % _REC.size
                or (len(buckets) - 1) & (len(buckets) - 2)):
            raise ValueError("inconsistent name index")
        return cls(buckets, keys, offs, refs, recs, blobs["text"].decode("utf-8"),
                   blobs["sources"].decode("utf-8").split("\n"))

    # -- lookups --------------------------------------------------------------------------------

    def place(self, i: int) -> Place:
        gid, lat, lon, pop, t, n, flags, src = _REC.unpack_from(self.recs, i * _REC.size)
        name, admin1, cc = self.text[t:t + n].split(_SEP)
        return Place(_gid(gid), name, lat, lon, cc, admin1, pop, KINDS[flags & 15], bool(flags & _CAPITAL),
                     self.sources[src])

    def by_name(self, norm: str) -> list[tuple[Place, bool]]:
        h = name_hash(norm)
        b = h >> self.shift
        keys = self.keys
        for k in range(self.buckets[b], self.buckets[b + 1]):
            if keys[k] == h:
                out = []
                recs, text, sources, unpack, size = self.recs, self.text, self.sources, _REC.unpack_from, _REC.size
                for r in self.refs[self.offs[k]:self.offs[k + 1]]:
                    gid, lat, lon, pop, t, n, flags, src = unpack(recs, (abs(r) - 1) * size)
                    name, admin1, cc = text[t:t + n].split(_SEP)
                    out.append((Place(_gid(gid), name, lat, lon, cc, admin1, pop, KINDS[flags & 15],
                                      bool(flags & _CAPITAL), sources[src]), r > 0))
                return out
        return []


class Store:
    """The SQLite database behind a Gazetteer.

    Shared by threads (a Flask server): one connection guarded by a lock, so reads are serialised
    but never contend on SQLite's own file locks.
    """

    def __init__(self, conn: sqlite3.Connection, path: pathlib.Path):
        self.conn = conn
        self.path = path
        self.lock = threading.RLock()
        self._index: NameIndex | None = None  # GeoNames names in memory; None: answer from SQL
        self._prefixes: PrefixIndex | None = None  # every name and word-boundary prefix, for the geoparser
        self._online: dict[str, list[tuple[Place, bool]]] = {}  # online answers by name (few; not in index)
        self._unloaded = False  # opened, the three above not read yet (see _loaded)

    # -- opening and checking -------------------------------------------------------------------

    @classmethod
    def open(cls, path: pathlib.Path, *, lazy_index: bool = False, read_only: bool = False) -> Store:
        """Open an existing, valid gazetteer; raise GazetteerError saying why it is not one.

        The name index is read now (names are then answered from memory even if the file is damaged later), or
        with `lazy_index` at the first name lookup: a one-shot command locating places by id needs none of it.
        `read_only`: the file is opened for reading only (SQLite's mode=ro), so that any number of processes may
        share it, on a read-only disk too; online answers then cannot be kept in it."""
        path = pathlib.Path(path)
        problem = check_file(path)
        if problem:
            raise GazetteerError(f"gazetteer {path}: {problem}")
        try:
            target = f"{path.resolve().as_uri()}?mode=ro" if read_only else path
            conn = sqlite3.connect(target, uri=read_only, check_same_thread=False, isolation_level=None)
        except sqlite3.Error as e:
            raise GazetteerError(f"gazetteer {path}: cannot open ({e})") from None
        store = cls(conn, path)
        try:
            problem = store.validate()
        except sqlite3.Error as e:
            problem = f"unreadable ({e})"
        if problem:
            conn.close()
            raise GazetteerError(f"gazetteer {path}: {problem}")
        store._unloaded = True
        if not lazy_index:
            try:
                store._loaded()
            except GazetteerError:
                conn.close()
                raise
        return store

    def _loaded(self) -> None:
        """Read the name index (about 0.1 s) if it has not been read yet."""
        if not self._unloaded:
            return
        with self.lock:
            if self._unloaded:
                try:
                    self.load_index()
                except (sqlite3.Error, KeyError, ValueError, UnicodeDecodeError) as e:
                    raise GazetteerError(f"gazetteer {self.path}: damaged name index ({e})") from None
                self._unloaded = False

    @property
    def index(self) -> NameIndex | None:
        self._loaded()
        return self._index

    @index.setter
    def index(self, value: NameIndex | None) -> None:
        self._index = value

    @property
    def prefixes(self) -> PrefixIndex | None:
        self._loaded()
        return self._prefixes

    @prefixes.setter
    def prefixes(self, value: PrefixIndex | None) -> None:
        self._prefixes = value

    @property
    def online(self) -> dict[str, list[tuple[Place, bool]]]:
        self._loaded()
        return self._online

    @online.setter
    def online(self, value: dict[str, list[tuple[Place, bool]]]) -> None:
        self._online = value

    def load_index(self) -> None:
        """Load the in-memory NameIndex (a few ms) and the online answers stored so far."""
        from .normalise import normalise

        with self.lock:
            blobs = dict(self.conn.execute("SELECT key, value FROM blobs"))
            places = {r[0]: _place(r) for r in self.conn.execute(f"SELECT {_PLACE_COLS} FROM places p WHERE id < 0")}
            queries = self.conn.execute("SELECT query, place FROM online_queries WHERE place < 0").fetchall()
        self.index = NameIndex.from_blobs(blobs)
        from .prefixes import PrefixIndex

        self.prefixes = PrefixIndex.from_bytes(blobs["prefixes"])
        online: dict[str, list[tuple[Place, bool]]] = {}
        seen = set()
        for norm, pid, exact in [(normalise(p.name), pid, True) for pid, p in places.items()] + [
                (q, pid, False) for q, pid in queries if pid in places]:
            if (norm, pid) not in seen:
                seen.add((norm, pid))
                online.setdefault(norm, []).append((places[pid], exact))
        self.online = online

    @classmethod
    def create(cls, path: pathlib.Path) -> Store:
        """A new, empty database with the schema, tuned for one fast bulk load (used by build)."""
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-200000")
        conn.executescript(SCHEMA)
        return cls(conn, pathlib.Path(path))

    def validate(self) -> str | None:
        """Schema version, completeness flag and row counts; returns a reason or None if fine."""
        c = self.conn
        try:
            meta = dict(c.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError:
            return "not a webmap gazetteer (no meta table)"
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            return f"schema version {meta.get('schema_version')!r}, expected {SCHEMA_VERSION}"
        if meta.get("complete") != "1":
            return "incomplete build"
        (places,) = c.execute("SELECT count(*) FROM places WHERE id > 0").fetchone()
        if str(places) != meta.get("places"):
            return f"{places} places, expected {meta.get('places')}"
        # The names table is the biggest; its last key proves the end of the B-tree is readable.
        if c.execute("SELECT norm FROM names ORDER BY norm DESC LIMIT 1").fetchone() is None:
            return "empty names index"
        return None

    def meta(self) -> dict[str, str]:
        with self.lock:
            return dict(self.conn.execute("SELECT key, value FROM meta"))

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    # -- reads ----------------------------------------------------------------------------------

    def by_name(self, norm: str) -> list[tuple[Place, bool]]:
        """Every place with this normalised name, and whether it is an exact (not alternate) match."""
        if self.index is None:
            with self.lock:
                rows = self.conn.execute(
                    f"SELECT {_PLACE_COLS}, n.exact FROM names n JOIN places p ON p.id = n.place "
                    "WHERE n.norm = ?", (norm,)).fetchall()
            return [(_place(r), bool(r[10])) for r in rows]
        found = self.index.by_name(norm)
        online = self.online.get(norm)
        return found + online if online else found

    def get(self, place_id: int) -> Place | None:
        with self.lock:
            row = self.conn.execute(f"SELECT {_PLACE_COLS} FROM places p WHERE p.id = ?",
                                    (place_id,)).fetchone()
        return _place(row) if row else None

    def country(self, iso2: str) -> Place | None:
        with self.lock:
            row = self.conn.execute(
                f"SELECT {_PLACE_COLS} FROM places p WHERE p.country = ? AND p.kind = 'country' "
                "ORDER BY p.id > 0 DESC LIMIT 1", (iso2.upper(),)).fetchone()
        return _place(row) if row else None

    def countries(self) -> list[Place]:
        """Every country, each once (the first of its rows, as ``country`` gives it)."""
        with self.lock:
            rows = self.conn.execute(f"SELECT {_PLACE_COLS} FROM places p WHERE p.kind = 'country' "
                                     "ORDER BY p.country, p.id > 0 DESC").fetchall()
        out: dict[str, Place] = {}
        for row in rows:
            place = _place(row)
            out.setdefault(place.country, place)
        return list(out.values())

    def capital(self, iso2: str) -> Place | None:
        with self.lock:
            row = self.conn.execute(
                f"SELECT {_PLACE_COLS} FROM places p WHERE p.country = ? AND p.capital = 1 AND p.kind != 'country' "
                "ORDER BY p.population DESC LIMIT 1", (iso2.upper(),)).fetchone()
        return _place(row) if row else None

    def airport_names(self, first_word: str, *, prefix: bool = False) -> list[tuple[str, Place]]:
        """The names of airports that begin with this (normalised) word, or with these letters (``prefix``), for
        matching a name spelt another way; a range of the names index, so a few milliseconds."""
        low, high = (first_word, first_word[:-1] + chr(ord(first_word[-1]) + 1)) if prefix else \
            (first_word + " ", first_word + "!")
        with self.lock:
            rows = self.conn.execute(
                f"SELECT n.norm, {_PLACE_COLS} FROM names n JOIN places p ON p.id = n.place "
                "WHERE n.norm >= ? AND n.norm < ? AND p.kind = 'airport'", (low, high)
            ).fetchall()
        return [(r[0], _place(r[1:])) for r in rows]

    def iter_names(self) -> Iterator[tuple[str, int]]:
        """(normalised name, best population among its places), in name order, streamed; airport codes left out."""
        with self.lock:
            cur = self.conn.execute("SELECT norm, max(pop) FROM names WHERE substr(norm, 1, 1) != char(1) "
                                    "GROUP BY norm")
        while True:
            with self.lock:
                rows = cur.fetchmany(20000)
            if not rows:
                return
            yield from rows

    def fetched_at(self, place_id: int) -> str | None:
        with self.lock:
            row = self.conn.execute("SELECT fetched_at FROM places WHERE id = ?", (place_id,)).fetchone()
        return row[0] if row else None

    def online_answer(self, query: str, country: str | None) -> tuple[bool, Place | None, str | None]:
        """(asked before?, the answer or None if the geocoder said not found, when it answered)."""
        with self.lock:
            row = self.conn.execute("SELECT place, fetched_at FROM online_queries WHERE query = ? AND country = ?",
                                    (query, (country or "").upper())).fetchone()
        if row is None:
            return False, None, None
        return True, (self.get(row[0]) if row[0] is not None else None), row[1]

    # -- writes (online answers) ----------------------------------------------------------------

    def add_online(self, query: str, country: str | None, place: Place | None, source: str) -> Place | None:
        """Write an online geocoder's answer (or its "not found") through to the database.

        The answer is indexed under the query and its own name so an offline lookup finds it next time.
        Returns the stored place (with the id it got) or None.
        """
        from .normalise import normalise

        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.lock:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            try:
                place_id = None
                if place is not None:
                    (low,) = c.execute("SELECT min(id) FROM places").fetchone()
                    place_id = min(-1, (low or 0) - 1)
                    c.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                              (place_id, place.name, place.lat, place.lon, place.country, place.admin1,
                               place.population, place.kind, int(place.capital), source, now))
                    own = normalise(place.name)
                    for n in {query, own} - {""}:
                        c.execute("INSERT OR IGNORE INTO names VALUES (?,?,?,?)",
                                  (n, place_id, int(n == own), place.population))
                c.execute("INSERT OR REPLACE INTO online_queries VALUES (?,?,?,?,?)",
                          (query, (country or "").upper(), place_id, source, now))
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
        if place_id is None:
            return None
        stored = self.get(place_id)
        if stored is not None:
            own = normalise(stored.name)
            for n in {query, own} - {""}:
                entries = self.online.setdefault(n, [])
                if all(p is not stored for p, _ in entries):
                    entries.append((stored, n == own))
        return stored
