"""Drawn maps kept on disk, gzip-compressed, under a hash of what they were drawn from.

The key is a hash of the journey file, the story's text, the drawing options and the drawing code itself, so a
map is drawn once per content (not once per process, nor once per restart), every server process sharing the
data folder agrees on it, and it doubles as the ETag: a 304 needs no drawing and no disk read. A cache that
cannot be written (a read-only or full disk) is only slower, never an error.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import logging
import os
import tempfile
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

# The modules whose code decides what a drawn map looks like: a change to any of them is a new cache key.
_DRAWING_MODULES = ("webmap.render", "webmap.geojson", "webmap.timeline", "webmap.offline", "webmap.basemap",
                    "webmap.land", "webmap.routes", "webmap.htmlsafe", "webmap.wording")


@cache
def drawing_code_hash() -> str:
    """A hash of the drawing code and its templates and assets list (read once per process)."""
    import importlib

    h = hashlib.sha256()
    for name in _DRAWING_MODULES:
        with contextlib.suppress(ImportError, OSError, TypeError):
            h.update(Path(importlib.import_module(name).__file__ or "").read_bytes())
    draw = Path(__file__).resolve().parent.parent / "draw"
    for path in sorted(draw.rglob("*")) if draw.is_dir() else []:
        if path.is_file() and path.suffix in (".py", ".js", ".css", ".html"):
            h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()


def content_key(*parts: str | bytes | None) -> str:
    """The cache key and ETag of a drawing made from ``parts`` by this version of the drawing code."""
    h = hashlib.sha256(drawing_code_hash().encode())
    for part in parts:
        data = b"" if part is None else part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big") + data)
    return h.hexdigest()[:32]


class DiskCache:
    """gzip files named by key, two levels deep; written atomically (a reader never sees half a file)."""

    def __init__(self, directory: str | Path | None) -> None:
        self.directory = Path(directory) if directory else None

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / key[:2] / f"{key}.gz"

    def get(self, key: str) -> bytes | None:
        """The compressed bytes under ``key``, or None."""
        if self.directory is None:
            return None
        try:
            return self._path(key).read_bytes()
        except OSError:
            return None

    def put(self, key: str, gz: bytes) -> None:
        if self.directory is None:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(gz)
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError as exc:
            log.warning("cannot keep a drawn map in %s: %s", self.directory, exc)


def compress(body: bytes) -> bytes:
    """gzip at a level that is fast to make and small to send; mtime 0 so equal bodies give equal bytes."""
    return gzip.compress(body, compresslevel=6, mtime=0)
