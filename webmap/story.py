"""Story -> Journey draft. The extraction is a pipeline of small stages in :mod:`webmap.extract`; this module
keeps the old import path (``from webmap.story import extract``) working."""

from __future__ import annotations

from webmap.extract import extract

__all__ = ["extract"]
