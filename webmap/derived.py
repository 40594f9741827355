"""Derived data kept beside the gazetteer: results computed from shipped data that cost tenths of a second at
every cold start (a routed leg, the basemap of a region) and never change for the same inputs.

A cold `webmap export` would otherwise parse the land polygons and route over them each time. Each entry is a JSON
file keyed by the inputs, the data files and the source of the code that computes it, so a change in any of them
is a miss, never a stale answer. A missing, damaged or read-only cache only costs the computation.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import json
import os
import pathlib
import struct
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["cached", "cached_shapes", "fingerprint"]

T = TypeVar("T")


@functools.lru_cache(maxsize=8)
def fingerprint(*resources: str) -> str:
    """Identifies package files (data and code, paths relative to the `webmap` package) by size and modification
    time, as Python's own bytecode cache does: reading and hashing the 2.7 MB of data would cost more than a hit
    saves. Files that are not on disk (a zipped install) are hashed instead."""
    h = hashlib.sha256()
    root = importlib.resources.files("webmap")
    for name in resources:
        item = root / name
        try:
            st = pathlib.Path(str(item)).stat()
            h.update(f"{name}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
        except OSError:
            h.update(name.encode() + b"\0" + item.read_bytes())
    return h.hexdigest()


def _path(stem: str, key: Any) -> pathlib.Path | None:
    from gazetteer.store import default_path

    digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:24]
    try:
        return default_path().parent / "derived" / f"{stem}-{digest}.json"
    except OSError:
        return None


def cached(stem: str, key: Any, compute: Callable[[], T], *, encode: Callable[[T], Any] = lambda v: v,
           decode: Callable[[Any], T] = lambda v: v) -> T:
    """`compute()`, or its earlier result stored under (stem, key); `key` must be JSON (floats keep every digit).

    `encode`/`decode` turn the value into JSON and back; the stored key is compared on reading, so a hash
    collision cannot return another entry's value."""
    path = _path(stem, key)
    if path is not None:
        try:
            doc = json.loads(path.read_bytes())
            if doc["key"] == json.loads(json.dumps(key)):  # as JSON: tuples are lists there
                return decode(doc["value"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
    value = compute()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"key": key, "value": encode(value)}), encoding="utf-8")
            os.replace(tmp, path)  # whole or not at all: a reader never sees half a file
        except (OSError, TypeError, ValueError):
            pass
    return value


def cached_shapes(stem: str, source: bytes, compute: Callable[[], tuple[tuple[str, ...], Any]]
                  ) -> tuple[tuple[str, ...], Any]:
    """Named shapely geometries computed from shipped data (`source`: the bytes they depend on), kept as WKB
    beside the gazetteer: parsing the GeoJSON costs tenths of a second, reading the WKB about 10 ms.

    They do not depend on any journey, so `webmap gazetteer build` prepares them (see `prepare_shared`)."""
    import shapely.errors

    path = _wkb_path(stem, source)
    if path is not None:
        try:
            return _read_wkb(path)
        except (OSError, ValueError, shapely.errors.GEOSException):
            pass
    names, geoms = compute()
    if path is not None:
        _write_wkb(path, names, geoms)
    return names, geoms


def _wkb_path(stem: str, source: bytes) -> pathlib.Path | None:
    from gazetteer.store import default_path

    try:
        return default_path().parent / f"{stem}-{hashlib.sha256(source).hexdigest()[:16]}.wkb"
    except OSError:
        return None


def _read_wkb(path: pathlib.Path) -> tuple[tuple[str, ...], Any]:
    import shapely

    data = path.read_bytes()
    (n_names,) = struct.unpack_from(">I", data, 0)
    names = tuple(data[4:4 + n_names].decode("utf-8").split("\n"))
    pos, blobs = 4 + n_names, []
    while pos < len(data):
        (size,) = struct.unpack_from(">I", data, pos)
        blobs.append(data[pos + 4:pos + 4 + size])
        pos += 4 + size
    if len(blobs) != len(names):
        raise ValueError(f"{path.name}: truncated")
    return names, shapely.from_wkb(blobs)


def _write_wkb(path: pathlib.Path, names: tuple[str, ...], geoms: Any) -> None:
    import shapely

    text = "\n".join(names).encode("utf-8")
    parts = [struct.pack(">I", len(text)), text]
    for blob in shapely.to_wkb(geoms):
        parts += [struct.pack(">I", len(blob)), blob]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(b"".join(parts))
        os.replace(tmp, path)  # whole or not at all: a reader never sees half a file
    except OSError:
        pass  # a read-only cache only costs the parse next time
