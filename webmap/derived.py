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
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["cached", "fingerprint"]

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
