"""Where stored maps live: one setting picks the store, every store answers the same ``MapStorage`` interface.

The setting (``--store`` or ``WEBMAP_STORE``) is a PostgreSQL URL (``postgresql://user@host:5432/db``) or a
SQLite file; unset, the maps live in ``maps.sqlite3`` in the data folder, as they always have.
"""

from __future__ import annotations

import os
from pathlib import Path

from webmap.stores.base import ID_RE, MapRecord, MapStorage, MapStoreError, MapSummary, Revision, StaleRevision

__all__ = ["ID_RE", "MapRecord", "MapStorage", "MapStoreError", "MapSummary", "Revision", "StaleRevision",
           "is_postgres", "open_store", "store_setting"]

ENV = "WEBMAP_STORE"


def store_setting(configured: str | None = None) -> str | None:
    """The configured store, else ``WEBMAP_STORE``, else None (the SQLite file in the data folder)."""
    return (configured or os.environ.get(ENV) or "").strip() or None


def is_postgres(setting: str | None) -> bool:
    return bool(setting) and setting.split(":", 1)[0].lower() in ("postgresql", "postgres")


def open_store(setting: str | None, data_dir: str | Path) -> MapStorage:
    """The store a setting names. Nothing is connected or created until the first read or write."""
    if is_postgres(setting):
        from webmap.stores.postgres import PostgresStore

        return PostgresStore(setting)
    from webmap.stores.sqlite import SqliteStore

    if setting:
        return SqliteStore(Path(setting.removeprefix("sqlite://")).expanduser())
    return SqliteStore.in_dir(data_dir)
