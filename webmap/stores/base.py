"""What every store of maps keeps and answers, whatever holds it (a SQLite file, a PostgreSQL server).

A map is a story's text and its journey file under a short random id that never changes, so a link to a map
keeps working after its journey is corrected. Every version of the journey is kept as a numbered revision (with
when and a short summary of what changed), so nothing a person saves is ever lost and any version can be restored.
A map may carry the hash of its edit key (the key itself is never stored). Journeys go in and come out as
validated ``Journey`` objects: a store never holds a journey file that ``webmap.journey`` would reject.

``MapStorage`` names exactly what the web layer asks of a store; ``SqlStore`` implements it once over any DB-API
connection, and each backend supplies connections, transactions and its own errors. Nothing here knows HTTP.
"""

from __future__ import annotations

import contextlib
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, ClassVar, Protocol, runtime_checkable

from webmap.journey import Journey, loads

__all__ = ["ID_RE", "MapRecord", "MapStorage", "MapStoreError", "MapSummary", "Revision", "SqlStore",
           "StaleRevision", "StoreFull", "new_id"]

ID_RE = re.compile(r"^[0-9a-f]{12}$")
SCHEMA_VERSION = 2  # the same meaning in every backend: maps, numbered revisions, key hashes


class MapStoreError(RuntimeError):
    """The store cannot be used now. ``reason`` says why when it is known: "full" (no space left: HTTP 507),
    "read-only" (reads go on: HTTP 503 for writes), else None (unreachable, damaged, from a newer webmap)."""

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason


class StoreFull(MapStoreError):
    """The store holds as many maps as it may (the app's MAX_MAPS): nothing was written."""

    def __init__(self, count: int, limit: int) -> None:
        super().__init__(f"the store holds {count:,} maps, the most it may hold", "maps")
        self.count = count
        self.limit = limit


class StaleRevision(Exception):
    """A save based on a revision that is no longer the newest: someone else saved in between."""

    def __init__(self, base: int, current: int) -> None:
        super().__init__(f"revision {base} is not the newest (now {current})")
        self.base = base
        self.current = current


@dataclass(frozen=True)
class Revision:
    """One saved version of a map's journey."""

    number: int
    created: str
    summary: str
    journey_json: str = ""


@dataclass(frozen=True)
class MapSummary:
    """A line of the list of maps."""

    id: str
    title: str
    published: str | None
    legs: int
    events: int
    places: int
    created: str
    updated: str


@dataclass(frozen=True)
class MapRecord:
    """A stored map: the story, its journey file, and which revision of the journey this is."""

    id: str
    title: str
    published: str | None
    text: str
    journey_json: str
    revision: int
    created: str
    updated: str

    def journey(self) -> Journey:
        """The journey, validated again and with its text attached (quotes are checked against it)."""
        return loads(self.journey_json, text=self.text)


@runtime_checkable
class MapStorage(Protocol):
    """What the web layer asks of a store of maps. Safe to share between the threads of a WSGI server, and
    between processes sharing the same store. Failures of the store itself raise ``MapStoreError``."""

    where: str  # for logs and /healthz: a file name, or a server without its password

    def create(self, journey: Journey, text: str, *, title: str | None = None, published: str | None = None,
               key_hash: str | None = None, max_maps: int | None = None) -> MapRecord: ...

    def save(self, map_id: str, journey: Journey, *, summary: str, base: int | None = None) -> MapRecord | None: ...

    def replace_journey(self, map_id: str, journey: Journey) -> MapRecord | None: ...

    def delete(self, map_id: str) -> bool: ...

    def get(self, map_id: str) -> MapRecord | None: ...

    def list(self, *, limit: int = 200, offset: int = 0) -> list[MapSummary]: ...

    def key_hash(self, map_id: str) -> str | None: ...

    def revisions(self, map_id: str) -> list[Revision]: ...

    def revision(self, map_id: str, number: int) -> Revision | None: ...

    def count(self) -> int: ...

    def size_bytes(self) -> int:
        """What the maps take on disk, for the store's size cap."""

    def health(self) -> str:
        """'ok' or 'read-only' (reads still served); raises ``MapStoreError`` when the store cannot be read."""

    def close(self) -> None: ...


def new_id() -> str:
    """A fresh map id: 48 random bits, so ids cannot be guessed from one another or from the text."""
    return secrets.token_hex(6)


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def valid_id(map_id: Any) -> bool:
    return isinstance(map_id, str) and bool(ID_RE.match(map_id))


def checked(journey: Journey, text: str) -> str:
    """The journey file to store, after proving it loads back and its quotes match the text."""
    doc = journey.to_json()
    loads(doc, text=text)
    return doc


class SqlStore:
    """``MapStorage`` over a DB-API connection, written once for every backend. Statements use ``?`` for
    parameters (``PARAM`` is the backend's own); a subclass gives connections for reads (``_reading``) and
    write transactions (``_writing``, taken so that the rows read in it stay locked until it ends)."""

    PARAM: ClassVar[str] = "?"
    LOCK_ROW: ClassVar[str] = ""  # appended to a SELECT inside a write transaction that must lock its row
    where: str = ""

    def _reading(self) -> contextlib.AbstractContextManager[Any]:
        raise NotImplementedError

    def _writing(self) -> contextlib.AbstractContextManager[Any]:
        raise NotImplementedError

    def _duplicate(self, exc: BaseException) -> bool:
        """Is this the error of an id that is taken already?"""
        raise NotImplementedError

    def _sql(self, statement: str) -> str:
        return statement if self.PARAM == "?" else statement.replace("?", self.PARAM)

    def _rows(self, statement: str, args: tuple = ()) -> list[tuple]:
        with self._reading() as conn:
            return [tuple(row) for row in conn.execute(self._sql(statement), args).fetchall()]

    def _row(self, statement: str, args: tuple = ()) -> tuple | None:
        rows = self._rows(statement, args)
        return rows[0] if rows else None

    @contextlib.contextmanager
    def _write(self) -> Iterator[Any]:
        """A write transaction whose statements take ``?`` parameters."""
        with self._writing() as conn:
            yield lambda statement, args=(): conn.execute(self._sql(statement), tuple(map(self._value, args)))

    def _value(self, value: Any) -> Any:
        """A value as this backend can hold it (a hook: PostgreSQL's text holds no NUL character)."""
        return value

    # -- writing ---------------------------------------------------------------------------------------------
    def create(self, journey: Journey, text: str, *, title: str | None = None, published: str | None = None,
               key_hash: str | None = None, max_maps: int | None = None) -> MapRecord:
        """Store a new map as revision 1; the journey must already be valid against ``text`` (checked again here).
        ``key_hash`` is the hash of the edit key its creator is given (see ``webmap.web.keys``). With
        ``max_maps``, a store that holds that many already raises ``StoreFull``, checked in the same transaction
        as the insert, so processes making maps at once never pass the cap together."""
        doc = checked(journey, text)
        stamp = now()
        title = title or journey.title or "Untitled story"
        for _ in range(8):
            map_id = new_id()
            try:
                with self._write() as execute:
                    self._count_new_map(execute, max_maps)
                    execute("INSERT INTO maps (id, title, published, text, journey, legs, events, places, "
                            "revision, created, updated, key_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
                            (map_id, title, published, text, doc, len(journey.legs), len(journey.events),
                             len(journey.places), stamp, stamp, key_hash))
                    execute("INSERT INTO revisions (map_id, number, created, summary, journey) "
                            "VALUES (?, 1, ?, 'draft made from the story', ?)", (map_id, stamp, doc))
            except Exception as exc:
                if self._duplicate(exc):
                    continue
                raise
            return MapRecord(map_id, title, published, text, doc, 1, stamp, stamp)
        raise MapStoreError("could not find a free map id")  # 8 collisions in 2**48: the RNG is broken

    def save(self, map_id: str, journey: Journey, *, summary: str, base: int | None = None) -> MapRecord | None:
        """Store ``journey`` as the map's next revision; None if there is no map.

        ``base`` is the revision the change was made from: if another save came in since, nothing is written and
        ``StaleRevision`` says which revision is now the newest (None: no check, as for a whole-file upload)."""
        record = self.get(map_id)
        if record is None:
            return None
        doc = checked(journey, record.text)
        stamp = now()
        title = journey.title or record.title
        with self._write() as execute:
            row = execute("SELECT revision FROM maps WHERE id = ?" + self.LOCK_ROW, (map_id,)).fetchone()
            if row is None:
                return None
            if base is not None and base != row[0]:
                raise StaleRevision(base, row[0])
            number = row[0] + 1
            execute("UPDATE maps SET journey = ?, title = ?, legs = ?, events = ?, places = ?, revision = ?, "
                    "updated = ? WHERE id = ?", (doc, title, len(journey.legs), len(journey.events),
                                                 len(journey.places), number, stamp, map_id))
            execute("INSERT INTO revisions (map_id, number, created, summary, journey) VALUES (?, ?, ?, ?, ?)",
                    (map_id, number, stamp, summary[:500] or "saved", doc))
        return MapRecord(map_id, title, record.published, record.text, doc, number, record.created, stamp)

    def replace_journey(self, map_id: str, journey: Journey) -> MapRecord | None:
        """Put a corrected journey file in place of the old one (same id, next revision); None if there is no map."""
        return self.save(map_id, journey, summary="journey file uploaded")

    def delete(self, map_id: str) -> bool:
        if not valid_id(map_id):
            return False
        with self._write() as execute:
            execute("DELETE FROM revisions WHERE map_id = ?", (map_id,))
            gone = execute("DELETE FROM maps WHERE id = ?", (map_id,)).rowcount > 0
            if gone:
                self._count_deleted_map(execute)
            return gone

    def _count_new_map(self, execute: Any, max_maps: int | None) -> None:
        """Inside the write transaction of a new map: refuse it past ``max_maps``. SQLite's write transaction
        holds the whole file, so counting the rows is exact (a hook: PostgreSQL keeps a counter row)."""
        if max_maps is not None:
            (count,) = execute("SELECT count(*) FROM maps").fetchone()
            if count >= max_maps:
                raise StoreFull(count, max_maps)

    def _count_deleted_map(self, execute: Any) -> None:
        """Inside the write transaction that deleted a map (a hook for a store that keeps a count)."""

    # -- reading ---------------------------------------------------------------------------------------------
    def get(self, map_id: str) -> MapRecord | None:
        if not valid_id(map_id):
            return None
        row = self._row("SELECT id, title, published, text, journey, revision, created, updated "
                        "FROM maps WHERE id = ?", (map_id,))
        return None if row is None else MapRecord(*row)

    def list(self, *, limit: int = 200, offset: int = 0) -> list[MapSummary]:
        """Newest first."""
        return [MapSummary(*row) for row in self._rows(
            "SELECT id, title, published, legs, events, places, created, updated FROM maps "
            "ORDER BY created DESC, id LIMIT ? OFFSET ?", (limit, offset))]

    def key_hash(self, map_id: str) -> str | None:
        """The stored hash of the map's edit key (None: no such map, or a map nobody may edit)."""
        if not valid_id(map_id):
            return None
        row = self._row("SELECT key_hash FROM maps WHERE id = ?", (map_id,))
        return row[0] if row else None

    def revisions(self, map_id: str) -> list[Revision]:
        """Every kept revision of a map, newest first (without their journeys)."""
        if not valid_id(map_id):
            return []
        return [Revision(*row) for row in self._rows(
            "SELECT number, created, summary FROM revisions WHERE map_id = ? ORDER BY number DESC", (map_id,))]

    def revision(self, map_id: str, number: int) -> Revision | None:
        if not valid_id(map_id) or not isinstance(number, int) or isinstance(number, bool) \
                or not 0 < number < 2**31:
            return None
        row = self._row("SELECT number, created, summary, journey FROM revisions WHERE map_id = ? AND number = ?",
                        (map_id, number))
        return None if row is None else Revision(*row)

    def count(self) -> int:
        return self._row("SELECT count(*) FROM maps")[0]
