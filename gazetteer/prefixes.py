"""Which word sequences are place names, or the start of one: the geoparser's first question for every
capitalised word, answered from a sorted array of 64-bit hashes that is built with the gazetteer.

Why not keep a pyahocorasick automaton on disk: for the ~680,000 names it is 150 MB and takes 1.5 s to load
(measured), while the geoparser asks only two things of it, "is this a name?" and "can a name go on from
here?", always at word boundaries. This array answers both with one binary search; it is ~12 MB, stored as a
BLOB in the gazetteer's SQLite file (so it is rebuilt whenever the gazetteer is, and checked when it is opened)
and loads in milliseconds.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterable

from .store import name_hash

__all__ = ["PrefixIndex", "MAX_NAME_CHARS", "MAX_NAME_TOKENS", "indexable"]

MAX_NAME_TOKENS = 8
MAX_NAME_CHARS = 64
_FULL = 1  # low bit of an entry: a whole name, not only the start of one


def indexable(norm: str) -> bool:
    """Names the geoparser can meet in English text: ASCII, at most MAX_NAME_TOKENS words and MAX_NAME_CHARS."""
    return (norm.isascii() and 0 < len(norm) <= MAX_NAME_CHARS and norm[0] > " "
            and norm.count(" ") < MAX_NAME_TOKENS)


class PrefixIndex:
    """A set of normalised names and of every word-boundary prefix of them ("new", "new south", ...)."""

    def __init__(self, keys: array) -> None:
        self.keys = keys  # sorted; (hash & ~1) | 1 for a whole name, hash & ~1 for a prefix only

    @classmethod
    def from_names(cls, names: Iterable[str]) -> PrefixIndex:
        entries: dict[int, int] = {}
        for norm in names:
            if not indexable(norm):
                continue
            words = norm.split(" ")
            for k in range(1, len(words)):
                h = name_hash(" ".join(words[:k])) & ~_FULL
                entries.setdefault(h, h)
            h = name_hash(norm) & ~_FULL
            entries[h] = h | _FULL
        return cls(array("Q", sorted(entries.values())))

    def to_bytes(self) -> bytes:
        a = array("Q", self.keys)
        if sys.byteorder != "little":
            a.byteswap()
        return a.tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> PrefixIndex:
        if len(data) % 8:
            raise ValueError("damaged prefix index")
        a = array("Q")
        a.frombytes(data)
        if sys.byteorder != "little":
            a.byteswap()
        return cls(a)

    def _at(self, norm: str) -> int:
        """The entry for `norm`, or -1."""
        h = name_hash(norm) & ~_FULL
        keys = self.keys
        i = bisect_left(keys, h)
        if i < len(keys) and keys[i] | _FULL == h | _FULL:
            return keys[i]
        return -1

    def exists(self, norm: str) -> bool:
        """`norm` is a whole name."""
        entry = self._at(norm)
        return entry != -1 and entry & _FULL == 1

    def match(self, norm: str) -> bool:
        """A name is `norm` or starts with `norm` followed by a space."""
        return self._at(norm) != -1

    def __len__(self) -> int:
        return len(self.keys)
