"""Airports named in a spelling the gazetteer does not hold: "King Khalid International Airport" for its King
Khaled International Airport, "Netaji Subhas Chandra Bose International Airport" for Netaji Subhash ..., and
"Hartsfield Jackson International Airport" without the "Atlanta" of Hartsfield-Jackson Atlanta International Airport.

News spells an airport's name as its reporters hear it; the data sets spell it one way. A name ending in "Airport"
or "Air Base" that the gazetteer lacks is matched, word for word, against every airport name it has: the same words
but one spelt a little differently, or the same words with one more (the city's) in between. Only one airport may
answer; two that do (or none) leave the name unplaced."""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable

from .normalise import normalise
from .store import Place

__all__ = ["AirportNames"]

# words every airport name has: a match must also agree on at least two others
_GENERIC = frozenset({"international", "airport", "air", "base", "airbase", "the", "de", "of", "regional"})
_ALIKE = 0.8  # how alike a word spelt differently must be ("khalid", "khaled"; "subhas", "subhash")


class AirportNames:
    """Airport names as word tuples, by their first letter, for matching a name the gazetteer lacks."""

    def __init__(self, names: Iterable[tuple[str, Place]]) -> None:
        self._by_letter: dict[str, list[tuple[tuple[str, ...], Place, bool]]] = defaultdict(list)
        for norm, place in names:
            words = tuple(norm.split())
            if words and words[-1] in ("airport", "base", "airbase"):
                self._by_letter[words[0][0]].append((words, place, norm == normalise(place.name)))

    def match(self, norm: str) -> Place | None:
        """The one airport whose name is ``norm`` spelt a little differently or with one more word, else None; when
        several answer, the one whose own name it is ("King Khaled International Airport", not the air base that
        OurAirports also lists under it)."""
        words = tuple(norm.split())
        if len([w for w in words if w not in _GENERIC]) < 2:
            return None
        bucket = self._by_letter.get(words[0][0], ())
        same = [(place, own) for cand, place, own in bucket if cand == words]
        if same:  # the name as it is, held by more than one airport ("John F Kennedy International Airport" is also
            return _one(same)  # an alias of a Wisconsin field): the one whose own name it is
        return _one([(place, own) for cand, place, own in bucket
                     if (len(cand) == len(words) and _one_word_off(words, cand))
                     or (len(cand) == len(words) + 1 and _one_word_more(words, cand))])


def _one(found: list[tuple[Place, bool]]) -> Place | None:
    """The one airport among those found (one place, however many names led to it), else the one whose own name
    was matched, else None."""
    places = {(p.lat, p.lon): p for p, _ in found}
    owned = {(p.lat, p.lon): p for p, own in found if own}
    if len(places) == 1:
        return next(iter(places.values()))
    return next(iter(owned.values())) if len(owned) == 1 else None


def _one_word_off(words: tuple[str, ...], cand: tuple[str, ...]) -> bool:
    off = [(a, b) for a, b in zip(words, cand, strict=True) if a != b]
    return len(off) == 1 and off[0][0] not in _GENERIC and len(off[0][0]) >= 4 \
        and difflib.SequenceMatcher(None, *off[0]).ratio() >= _ALIKE


def _one_word_more(words: tuple[str, ...], cand: tuple[str, ...]) -> bool:
    return any(cand[:k] + cand[k + 1:] == words for k in range(1, len(cand) - 1))
