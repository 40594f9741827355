"""Airports named in a spelling the gazetteer does not hold: "King Khalid International Airport" for its King
Khaled International Airport, "Netaji Subhas Chandra Bose International Airport" for Netaji Subhash ..., and
"Hartsfield Jackson International Airport" without the "Atlanta" of Hartsfield-Jackson Atlanta International Airport.

News spells an airport's name as its reporters hear it; the data sets spell it one way. A name ending in "Airport"
or "Air Base" that the gazetteer lacks is matched, word for word, against the airport names it has that begin with
the same word: the same words but one spelt a little differently, or the same words with one more (the city's) in
between. Only one airport may answer; two that do (or none) leave the name unplaced."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .normalise import normalise
from .store import Place

__all__ = ["Names", "airport_words", "respelt_airport", "spelt_airport"]

# words every airport name has: a match must also agree on at least two others
_GENERIC = frozenset({"international", "airport", "air", "base", "airbase", "the", "de", "of", "regional"})
_ALIKE = 0.8  # how alike a word spelt differently must be ("khalid", "khaled"; "subhas", "subhash")
_ALIKE_ALONE = 0.9  # ... when it is the name's only word of its own ("entebe", "entebbe")
_KINDS = ("airport", "base", "airbase")


Names = list[tuple[tuple[str, ...], Place, bool]]


def airport_words(names: Iterable[tuple[str, Place]]) -> Names:
    """(words of the name, airport, whether the name is the airport's own) of the names that end in a kind of
    airfield: worked out once for all the names that begin with one word."""
    return [(cand, p, n == normalise(p.name)) for n, p in names if (cand := tuple(n.split()))[-1] in _KINDS]


def spelt_airport(norm: str, names: Names) -> Place | None:
    """The one airport among ``names`` (``airport_words`` of those that begin with ``norm``'s first word) whose name
    is ``norm`` as it is, spelt a little differently, or with one more word; when several answer, the one whose own
    name it is ("King Khaled International Airport", not the air base OurAirports also lists under it). None for a
    name of fewer than two words of its own ("Paris Airport")."""
    words = tuple(norm.split())
    base = tuple(norm.replace(" air force base", " air base").split())  # "Bagram Air Force Base": its Air Base
    if base != words and (same := [(place, own) for cand, place, own in names if cand == base]):
        return _one(same)
    if len([w for w in words if w not in _GENERIC]) < 2:
        return None
    same = [(place, own) for cand, place, own in names if cand == words]
    if same:  # the name as it is, held by more than one airport ("John F Kennedy International Airport" is also
        return _one(same)  # an alias of a Wisconsin field): the one whose own name it is
    return _one([(place, own) for cand, place, own in names
                 if (len(cand) == len(words) and _one_word_off(words, cand))
                 or (len(cand) == len(words) + 1 and _one_word_more(words, cand))])


def respelt_airport(norm: str, names: Names) -> Place | None:
    """The one airport among ``names`` (``airport_words`` of those whose first word begins as ``norm``'s does) whose
    name is ``norm`` with its first word and one more spelt a little differently, the rest the same ("Lokapriya
    Gopinath Bardoloi International Airport" for Lokpriya Gopinath Bordoloi ...), or with its one word of its own
    spelt a very little differently ("Entebe International Airport"); None for a name of two words of its own."""
    words = tuple(norm.split())
    proper = [w for w in words if w not in _GENERIC]
    if len(proper) == 1 and proper[0] == words[0] and len(words) >= 3:  # "Entebe International Airport": one word
        return _one([(place, mine) for cand, place, mine in names  # of its own, a letter off, the rest the same
                     if cand[1:] == words[1:] and cand[0] != words[0] and _alike(words[0], cand[0], _ALIKE_ALONE)])
    if len(proper) < 3:
        return None
    return _one([(place, own) for cand, place, own in names
                 if len(cand) == len(words) and cand[0] != words[0] and _alike(words[0], cand[0])
                 and (cand[1:] == words[1:] or _one_word_off(words[1:], cand[1:], 1))])


def _one(found: list[tuple[Place, bool]]) -> Place | None:
    """The one airport among those found (one place, however many names led to it), else the one whose own name
    was matched, else None."""
    places = {(p.lat, p.lon): p for p, _ in found}
    owned = {(p.lat, p.lon): p for p, own in found if own}
    if len(places) == 1:
        return next(iter(places.values()))
    return next(iter(owned.values())) if len(owned) == 1 else None


def _one_word_off(words: tuple[str, ...], cand: tuple[str, ...], same: int = 0) -> bool:
    """Whether one word of ``words`` is spelt a little differently in ``cand`` and at least ``same`` others of
    its own (not "international", "airport") are the same."""
    off = [(a, b) for a, b in zip(words, cand, strict=True) if a != b]
    if len(off) != 1 or len([w for w in words if w not in _GENERIC]) - 1 < same:
        return False
    return _alike(*off[0])


def _alike(a: str, b: str, least: float = _ALIKE) -> bool:
    """Whether a word of a name's own (four letters or more) and another are spelt alike ("khalid", "khaled")."""
    if len(a) < 4 or a in _GENERIC:
        return False
    alike = difflib.SequenceMatcher(None, a, b)  # the cheap upper bounds first: a text may name many airports
    return alike.real_quick_ratio() >= least and alike.quick_ratio() >= least and alike.ratio() >= least


def _one_word_more(words: tuple[str, ...], cand: tuple[str, ...]) -> bool:
    return any(cand[:k] + cand[k + 1:] == words for k in range(1, len(cand) - 1))
