"""Stored maps: the names other modules import, kept here since before stores became a package.

``MapStore`` is the SQLite store (``webmap.stores.sqlite``); the interface every store answers is
``webmap.stores.MapStorage``, and ``webmap.stores.open_store`` picks one from the ``--store`` setting.
"""

from __future__ import annotations

from webmap.stores.base import (
    ID_RE,
    SCHEMA_VERSION,
    MapRecord,
    MapStorage,
    MapStoreError,
    MapSummary,
    Revision,
    StaleRevision,
    new_id,
)
from webmap.stores.sqlite import FILENAME
from webmap.stores.sqlite import SqliteStore as MapStore

__all__ = ["FILENAME", "ID_RE", "MapRecord", "MapStorage", "MapStore", "MapStoreError", "MapSummary", "Revision",
           "SCHEMA_VERSION", "StaleRevision", "new_id"]
