"""Limits on what one request may make the server do: the size, nesting, counts and values of a journey.

A journey file is checked here before ``webmap.journey`` builds objects from it, so a hostile file (40,000 legs,
JSON nested ten thousand deep, a ``geonameid`` of 10**30) costs a linear scan and a clear 4xx that names the limit
instead of minutes of rendering or a 500. The same counts bound what extraction may produce from one story.
Nothing here knows about HTTP beyond the status a limit suggests.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from webmap.journey import Journey, JourneyError, from_dict


@dataclass(frozen=True)
class Limits:
    """What one journey (uploaded or extracted) may hold. The defaults are far above any real story."""

    journey_bytes: int = 4 * 1024 * 1024
    depth: int = 32
    places: int = 1000
    legs: int = 1000
    events: int = 1000
    mentions: int = 5000
    rendered_bytes: int = 16 * 1024 * 1024

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Limits:
        """Config keys LIMIT_JOURNEY_BYTES, LIMIT_DEPTH, LIMIT_PLACES, ... override the defaults."""
        fields = cls.__dataclass_fields__
        return cls(**{name: int(config[f"LIMIT_{name.upper()}"]) for name in fields
                      if config.get(f"LIMIT_{name.upper()}") is not None})


class LimitError(JourneyError):
    """A journey past one of the limits: ``limit`` names it, ``status`` is the HTTP status to answer with."""

    def __init__(self, limit: str, message: str, status: int = 413) -> None:
        super().__init__(f"{message} (limit: {limit})")
        self.limit = limit
        self.status = status


# GeoNames ids are positive 32-bit integers; anything larger cannot be a GeoNames place and breaks SQLite lookups.
GEONAMEID_MAX = 2**31 - 1


def nesting_depth(raw: str, cap: int) -> int:
    """The deepest nesting of ``[``/``{`` outside strings, scanning no further than ``cap`` + 1 levels."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in raw:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > cap:
                    break
        elif ch in "]}":
            depth -= 1
    return deepest


def parse_journey(raw: str | bytes, limits: Limits) -> Any:
    """The journey file's JSON, parsed only once its size and nesting are known to be within the limits."""
    if len(raw) > limits.journey_bytes:
        raise LimitError("journey_bytes", f"the journey file is {len(raw):,} bytes, more than the "
                         f"{limits.journey_bytes:,} allowed")
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise JourneyError(f"journey file is not UTF-8 text (byte {exc.start})") from None
    if nesting_depth(raw, limits.depth) > limits.depth:
        raise LimitError("depth", f"the journey file nests more than {limits.depth} levels deep", status=400)
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise JourneyError(f"journey file is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") \
            from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise LimitError("values", f"the journey file holds a value Python will not read: {exc}", status=400) \
            from None


_CAP = {"arrivals": "legs"}  # an arrival is a leg whose start the article does not give: the same cap


def _count(name: str, n: int, cap: int) -> None:
    if n > cap:
        raise LimitError(name, f"the journey has {n:,} {name}, more than the {cap:,} allowed")


def check_data(data: Any, limits: Limits) -> None:
    """Counts and value ranges of a parsed journey file, before any object is built from it."""
    if not isinstance(data, dict):
        return  # webmap.journey says what is wrong with it
    for name in ("legs", "arrivals", "events", "mentions"):
        items = data.get(name)
        if isinstance(items, list):
            _count(name, len(items), getattr(limits, _CAP.get(name, name)))
    places = data.get("places")
    if isinstance(places, dict):
        _count("places", len(places), limits.places)
        for key, place in places.items():
            gid = place.get("geonameid") if isinstance(place, dict) else None
            if isinstance(gid, int) and not isinstance(gid, bool) and not 0 < gid <= GEONAMEID_MAX:
                raise LimitError("values", f"place {key!r}: geonameid {str(gid)[:24]} is not a GeoNames id "
                                 f"(1 to {GEONAMEID_MAX:,})", status=400)


def check_journey(journey: Journey, limits: Limits) -> None:
    """What extraction produced from one story: the same counts an uploaded file may hold."""
    for name in ("places", "legs", "arrivals", "events", "mentions"):
        _count(name, len(getattr(journey, name)), getattr(limits, _CAP.get(name, name)))


def loads_limited(raw: str | bytes, limits: Limits, text: str | None = None) -> Journey:
    """``webmap.journey.loads`` behind the limits: a LimitError (a JourneyError) names the first one passed."""
    data = parse_journey(raw, limits)
    check_data(data, limits)
    try:
        return from_dict(data, text)
    except RecursionError:
        raise LimitError("depth", "the journey file nests too deep", status=400) from None


def check_rendered(size: int, limits: Limits) -> None:
    if size > limits.rendered_bytes:
        raise LimitError("rendered_bytes", f"the drawn map is {size:,} bytes, more than the "
                         f"{limits.rendered_bytes:,} allowed")
