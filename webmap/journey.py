"""The journey model: the contract between extraction and rendering, and the file a user edits.

Plain dataclasses with JSON load/save. Validation names the bad field (``legs[1].mode: ...``) so a
user editing the file by hand can find the mistake. Nothing here knows about maps or HTML.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

SCHEMA = "webmap.journey/1"
MODES = ("train", "flight", "car", "motorcade", "convoy", "bus", "ship", "boat", "ferry", "helicopter", "foot",
         "bicycle", "unknown")
PLACE_KINDS = ("city", "country", "region", "landmark", "other")
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MAX_TEXT_CHARS = 1_000_000
MAX_CANDIDATES = 5


class JourneyError(ValueError):
    """A journey file that cannot be used; the message names the field and says what is wrong."""


@dataclass(frozen=True)
class Quote:
    """A span of the story's text: what the article actually says."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Citation:
    """A fact an editor added that the article lacks, with where it comes from."""

    source: str
    url: str = ""
    note: str = ""


@dataclass
class Place:
    key: str
    name: str
    country: str = ""
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    source: str = ""
    kind: str = "city"
    note: str = ""
    edited: bool = False  # changed by a person (in the editor), not as extracted
    # runner-up readings of the name, best first, so that an editor can switch in one step:
    # {geonameid, name, country, admin1, kind, lat, lon, score}
    candidates: list[dict[str, Any]] = field(default_factory=list)

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass
class Leg:
    traveller: str
    from_: str
    to: str
    mode: str = "unknown"
    depart: str | None = None
    arrive: str | None = None
    via: list[str] = field(default_factory=list)
    crossing: str | None = None
    quote: Quote | None = None
    more_quotes: list[Quote] = field(default_factory=list)
    citation: Citation | None = None
    inferred: bool = False
    confidence: float | None = None
    note: str = ""
    edited: bool = False

    @property
    def date(self) -> str | None:
        """The leg's date for a timeline: when it arrives if the text says so, else when it leaves."""
        return self.arrive or self.depart


@dataclass
class Arrival:
    """A traveller reaching a place from a start the map does not have ("Kim Jong Un has arrived in Beijing", or a
    start the gazetteer cannot place): a stop with its date, mode and sentence, and no line, since a line would
    need a start that nothing gives."""

    traveller: str
    to: str
    mode: str = "unknown"
    arrive: str | None = None
    quote: Quote | None = None
    more_quotes: list[Quote] = field(default_factory=list)
    citation: Citation | None = None
    inferred: bool = False
    confidence: float | None = None
    note: str = ""
    edited: bool = False


@dataclass
class Note:
    text: str
    quote: Quote | None = None
    status: str = "unconfirmed"


@dataclass
class Unsure:
    """Something the extraction could not decide, said in the draft: a stop it dropped, a place it guessed..."""

    message: str
    quote: Quote | None = None


@dataclass
class Event:
    title: str
    place: str
    date: str | None = None
    end_date: str | None = None
    participants: list[str] = field(default_factory=list)
    quote: Quote | None = None
    more_quotes: list[Quote] = field(default_factory=list)
    citation: Citation | None = None
    inferred: bool = False
    confidence: float | None = None
    notes: list[Note] = field(default_factory=list)
    note: str = ""
    edited: bool = False


@dataclass
class Mention:
    place: str
    surface: str
    start: int
    end: int
    role: str = "context"
    note: str = ""
    quote: Quote | None = None
    edited: bool = False


@dataclass
class Source:
    title: str = ""
    published: str | None = None
    text: str | None = None
    url: str = ""
    note: str = ""


def stop_role(crossing: bool, first: bool, last: bool) -> str:
    """One rule for a stop's part: a border crossing, else the origin, the destination, or a stop on the way."""
    return "border" if crossing else "origin" if first else "destination" if last else "stop"


@dataclass
class Journey:
    title: str
    source: Source
    places: dict[str, Place]
    legs: list[Leg] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    text: str | None = None  # the story itself, when it is at hand; quotes point into it
    unsure: list[Unsure] = field(default_factory=list)  # what the draft could not decide
    arrivals: list[Arrival] = field(default_factory=list)  # reached from a start the article does not give

    # -- derived views ------------------------------------------------------------------------------
    def stops(self) -> list[tuple[Place, str]]:
        """The places the journey passes, in travel order, with their role (origin, border, stop, destination)."""
        order: list[str] = []
        for leg in self.legs:
            for key in (leg.from_, leg.to):
                if key not in order:
                    order.append(key)
        reached = [a.to for a in self.arrivals]
        order = [*dict.fromkeys(k for k in reached if k not in order), *order]
        crossings = {leg.crossing for leg in self.legs if leg.crossing}
        first = order[0] if order and order[0] not in reached else None  # an arrival's place is no origin
        last = self.legs[-1].to if self.legs else order[-1] if order else None
        return [(self.places[k], stop_role(k in crossings, k == first, k == last)) for k in order]

    def named_places(self) -> set[str]:
        """The keys of the places the article names (its mentions), as against those a route adds."""
        return {m.place for m in self.mentions}

    def via_places(self) -> list[Place]:
        keys = dict.fromkeys(k for leg in self.legs for k in leg.via)
        return [self.places[k] for k in keys]

    def journey_place_keys(self) -> set[str]:
        keys = {k for leg in self.legs for k in (leg.from_, leg.to, *leg.via)}
        return keys | {a.to for a in self.arrivals} | {e.place for e in self.events}

    def other_places(self) -> list[tuple[Place, list[Mention]]]:
        """Places the story names that are neither stops nor event sites, with every mention of each."""
        route = self.journey_place_keys()
        grouped: dict[str, list[Mention]] = {}
        for m in self.mentions:
            if m.place not in route:
                grouped.setdefault(m.place, []).append(m)
        return [(self.places[k], ms) for k, ms in grouped.items()]

    def quotes(self) -> Iterator[tuple[str, Quote]]:
        """Every quote in the journey with the field path that holds it (for checking against the text)."""
        for i, leg in enumerate(self.legs):
            if leg.quote:
                yield f"legs[{i}].quote", leg.quote
            for j, q in enumerate(leg.more_quotes):
                yield f"legs[{i}].more_quotes[{j}]", q
        for i, a in enumerate(self.arrivals):
            if a.quote:
                yield f"arrivals[{i}].quote", a.quote
            for j, q in enumerate(a.more_quotes):
                yield f"arrivals[{i}].more_quotes[{j}]", q
        for i, ev in enumerate(self.events):
            if ev.quote:
                yield f"events[{i}].quote", ev.quote
            for j, q in enumerate(ev.more_quotes):
                yield f"events[{i}].more_quotes[{j}]", q
            for j, n in enumerate(ev.notes):
                if n.quote:
                    yield f"events[{i}].notes[{j}].quote", n.quote
        for i, m in enumerate(self.mentions):
            yield f"mentions[{i}]", Quote(m.start, m.end, m.surface)
            if m.quote:
                yield f"mentions[{i}].quote", m.quote
        for i, u in enumerate(self.unsure):
            if u.quote:
                yield f"unsure[{i}].quote", u.quote

    # -- JSON ---------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        out = {
            "schema": SCHEMA,
            "title": self.title,
            "source": _json(self.source),
            "places": {k.rstrip("_"): _record(p, skip="key") for k, p in self.places.items()},
            "legs": [_json(leg) for leg in self.legs],
            "events": [_json(e) for e in self.events],
            "mentions": [_json(m) for m in self.mentions],
        }
        if self.arrivals:  # only when there are some: a file without them is what it was before they existed
            out["arrivals"] = [_json(a) for a in self.arrivals]
        if self.unsure:
            out["unsure"] = [_json(u) for u in self.unsure]
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json(), encoding="utf-8")


_EMPTY = (None, [], "")  # values a saved file leaves out (and "edited": false)
_NUMBERS = frozenset({int, float})
_ATOMS = frozenset({str, int, float, bool, type(None)})  # as they are in JSON
_FIELD_NAMES: dict[type, tuple[tuple[str, str], ...]] = {}  # a dataclass -> its (field, key in the file)


def _record(obj: Any, skip: str = "") -> dict[str, Any]:
    """A dataclass instance as ``_json`` has it, without its field ``skip``."""
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        names = _FIELD_NAMES[type(obj)] = tuple((f.name, f.name.rstrip("_")) for f in fields(obj))
    out: dict[str, Any] = {}
    for name, key in names:
        if name != skip:
            _put(out, name, key, getattr(obj, name))
    return out


def _put(out: dict[str, Any], name: str, key: str, v: Any) -> None:
    """out[key] = v as JSON data, unless v is None, [] or "", or ``name`` is "edited" and v is False."""
    t = type(v)
    if t is str:
        if v:
            out[key] = v
    elif t in _NUMBERS:
        out[key] = v
    elif t is bool:
        if v or name != "edited":
            out[key] = v
    elif v is not None and v not in _EMPTY:
        out[key] = _json(v)


def _json(obj: Any) -> Any:
    """A value as JSON data in one pass, as ``asdict`` and then dropping empty values would have it: a dataclass or
    dict as a dict without its None, [] and "" values (nor "edited": false), with keys that lose a trailing "_"
    ("from_"); a list item by item; a copy, never shared with the record."""
    if isinstance(obj, dict):
        out: dict[str, Any] = {}
        for k, v in obj.items():
            _put(out, k, k.rstrip("_"), v)
        return out
    if hasattr(type(obj), "__dataclass_fields__"):
        return _record(obj)
    if isinstance(obj, list):
        return [v if type(v) in _ATOMS else _json(v) for v in obj]
    if isinstance(obj, tuple):  # as asdict copies one: nothing inside is dropped
        return asdict(_Boxed(obj))["value"]
    return copy.deepcopy(obj)


@dataclass
class _Boxed:
    value: Any


# -- loading and validation -----------------------------------------------------------------------

def _req(d: dict, key: str, where: str, kind: type | tuple[type, ...] = str) -> Any:
    if key not in d:
        raise JourneyError(f"{where}.{key}: missing")
    value = d[key]
    if type(value) is kind:  # the common case, asked first: no field path to spell out
        return value
    return _typed(value, f"{where}.{key}", kind)


def _opt(d: dict, key: str, where: str, kind: type | tuple[type, ...], default: Any = None) -> Any:
    value = d.get(key)
    if value is None:
        return default
    if type(value) is kind or (kind is float and type(value) is int):
        return value
    return _typed(value, f"{where}.{key}", kind)


def _typed(value: Any, where: str, kind: type | tuple[type, ...]) -> Any:
    if type(value) is kind:
        return value
    if kind is float:
        kind = (int, float)
    if isinstance(value, bool) and kind is not bool and bool not in (kind if isinstance(kind, tuple) else (kind,)):
        raise JourneyError(f"{where}: expected {_kind_name(kind)}, got a boolean")
    if not isinstance(value, kind):
        raise JourneyError(f"{where}: expected {_kind_name(kind)}, got {type(value).__name__}")
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "a string", int: "an integer", float: "a number", bool: "true or false",
             dict: "an object", list: "a list"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(dict.fromkeys(names.get(k, k.__name__) for k in kinds))


def _date(d: dict, key: str, where: str) -> str | None:
    value = _opt(d, key, where, str)
    if value is None:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise JourneyError(f"{where}.{key}: {value!r} is not an ISO date (YYYY-MM-DD)") from None
    return value


def _place_ref(d: dict, key: str, where: str, places: dict[str, Place], required: bool = True) -> str | None:
    value = _req(d, key, where) if required else _opt(d, key, where, str)
    if value is not None and value not in places:
        raise JourneyError(f"{where}.{key}: unknown place {value!r} (not in 'places')")
    return value


def _quote(d: dict, key: str, where: str) -> Quote | None:
    q = _opt(d, key, where, dict)
    return None if q is None else _quote_obj(q, f"{where}.{key}")


def _quote_obj(q: Any, where: str) -> Quote:
    _typed(q, where, dict)
    start, end = _req(q, "start", where, int), _req(q, "end", where, int)
    if not 0 <= start <= end:
        raise JourneyError(f"{where}: start and end must satisfy 0 <= start <= end, got {start}..{end}")
    return Quote(start, end, _req(q, "text", where))


def _quotes(d: dict, key: str, where: str) -> list[Quote]:
    items = _opt(d, key, where, list, [])
    return [_quote_obj(q, f"{where}.{key}[{i}]") for i, q in enumerate(items)]


def _citation(d: dict, where: str) -> Citation | None:
    c = _opt(d, "citation", where, dict)
    if c is None:
        return None
    w = f"{where}.citation"
    return Citation(_req(c, "source", w), _opt(c, "url", w, str, ""), _opt(c, "note", w, str, ""))


def _provenance(quote: Quote | None, citation: Citation | None, where: str, edited: bool = False) -> None:
    if quote is None and citation is None and not edited:
        raise JourneyError(f"{where}: needs a 'quote' from the article, a 'citation' for a fact it lacks, "
                           "or 'edited': true (added by a person)")


def _confidence(d: dict, where: str) -> float | None:
    c = _opt(d, "confidence", where, float)
    if c is not None and not 0 <= c <= 1:
        raise JourneyError(f"{where}.confidence: must be between 0 and 1, got {c}")
    return c


def _load_place(key: str, d: Any) -> Place:
    where = f"places.{key}"
    if not KEY_RE.match(key):
        raise JourneyError(f"{where}: a place key is 1-64 lowercase letters, digits, '-' or '_'")
    _typed(d, where, dict)
    lat, lon = _opt(d, "lat", where, float), _opt(d, "lon", where, float)
    if (lat is None) != (lon is None):
        raise JourneyError(f"{where}: give both lat and lon, or neither")
    if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise JourneyError(f"{where}: lat/lon out of range ({lat}, {lon})")
    if lat is None and _opt(d, "geonameid", where, int) is None and not d.get("name"):
        raise JourneyError(f"{where}: needs a name, a geonameid or lat/lon")
    kind = _opt(d, "kind", where, str, "city")
    if kind not in PLACE_KINDS:
        raise JourneyError(f"{where}.kind: expected one of {', '.join(PLACE_KINDS)}, got {kind!r}")
    candidates = _opt(d, "candidates", where, list, [])
    if len(candidates) > MAX_CANDIDATES:
        raise JourneyError(f"{where}.candidates: at most {MAX_CANDIDATES}, got {len(candidates)}")
    for j, c in enumerate(candidates):
        w = f"{where}.candidates[{j}]"
        _typed(c, w, dict)
        _req(c, "name", w)
        for f in ("lat", "lon", "score"):
            _opt(c, f, w, float)
        _opt(c, "geonameid", w, int)
    return Place(key=key, name=_req(d, "name", where), country=_opt(d, "country", where, str, ""),
                 lat=None if lat is None else float(lat), lon=None if lon is None else float(lon),
                 geonameid=_opt(d, "geonameid", where, int), source=_opt(d, "source", where, str, ""),
                 kind=kind, note=_opt(d, "note", where, str, ""), edited=_opt(d, "edited", where, bool, False),
                 candidates=[dict(c) for c in candidates])


def _mode(d: dict, where: str) -> str:
    mode = _opt(d, "mode", where, str, "unknown")
    if mode not in MODES:
        raise JourneyError(f"{where}.mode: expected one of {', '.join(MODES)}, got {mode!r}")
    return mode


def _load_leg(i: int, d: Any, places: dict[str, Place]) -> Leg:
    where = f"legs[{i}]"
    _typed(d, where, dict)
    mode = _mode(d, where)
    via = _opt(d, "via", where, list, [])
    for j, v in enumerate(via):
        _typed(v, f"{where}.via[{j}]", str)
        if v not in places:
            raise JourneyError(f"{where}.via[{j}]: unknown place {v!r} (not in 'places')")
    leg = Leg(traveller=_req(d, "traveller", where), from_=_place_ref(d, "from", where, places),
              to=_place_ref(d, "to", where, places), mode=mode, depart=_date(d, "depart", where),
              arrive=_date(d, "arrive", where), via=list(via),
              crossing=_place_ref(d, "crossing", where, places, required=False),
              quote=_quote(d, "quote", where), more_quotes=_quotes(d, "more_quotes", where),
              citation=_citation(d, where), inferred=_opt(d, "inferred", where, bool, False),
              confidence=_confidence(d, where), note=_opt(d, "note", where, str, ""),
              edited=_opt(d, "edited", where, bool, False))
    if leg.depart and leg.arrive and leg.arrive < leg.depart:
        raise JourneyError(f"{where}.arrive: {leg.arrive} is before depart {leg.depart}")
    _provenance(leg.quote, leg.citation, where, leg.edited)
    return leg


def _load_arrival(i: int, d: Any, places: dict[str, Place]) -> Arrival:
    where = f"arrivals[{i}]"
    _typed(d, where, dict)
    mode = _mode(d, where)
    if "from" in d:
        raise JourneyError(f"{where}.from: an arrival has no start; a leg with one goes in 'legs'")
    a = Arrival(traveller=_req(d, "traveller", where), to=_place_ref(d, "to", where, places), mode=mode,
                arrive=_date(d, "arrive", where), quote=_quote(d, "quote", where),
                more_quotes=_quotes(d, "more_quotes", where), citation=_citation(d, where),
                inferred=_opt(d, "inferred", where, bool, False), confidence=_confidence(d, where),
                note=_opt(d, "note", where, str, ""), edited=_opt(d, "edited", where, bool, False))
    _provenance(a.quote, a.citation, where, a.edited)
    return a


def _load_event(i: int, d: Any, places: dict[str, Place]) -> Event:
    where = f"events[{i}]"
    _typed(d, where, dict)
    notes = []
    for j, n in enumerate(_opt(d, "notes", where, list, [])):
        w = f"{where}.notes[{j}]"
        _typed(n, w, dict)
        notes.append(Note(_req(n, "text", w), _quote(n, "quote", w), _opt(n, "status", w, str, "unconfirmed")))
    participants = _opt(d, "participants", where, list, [])
    for j, p in enumerate(participants):
        _typed(p, f"{where}.participants[{j}]", str)
    ev = Event(title=_req(d, "title", where), place=_place_ref(d, "place", where, places),
               date=_date(d, "date", where), end_date=_date(d, "end_date", where),
               participants=list(participants), quote=_quote(d, "quote", where),
               more_quotes=_quotes(d, "more_quotes", where), citation=_citation(d, where),
               inferred=_opt(d, "inferred", where, bool, False), confidence=_confidence(d, where),
               notes=notes, note=_opt(d, "note", where, str, ""), edited=_opt(d, "edited", where, bool, False))
    _provenance(ev.quote, ev.citation, where, ev.edited)
    return ev


def _load_mention(i: int, d: Any, places: dict[str, Place]) -> Mention:
    where = f"mentions[{i}]"
    _typed(d, where, dict)
    start, end = _req(d, "start", where, int), _req(d, "end", where, int)
    if not 0 <= start < end:
        raise JourneyError(f"{where}: start and end must satisfy 0 <= start < end, got {start}..{end}")
    return Mention(place=_place_ref(d, "place", where, places), surface=_req(d, "surface", where),
                   start=start, end=end, role=_opt(d, "role", where, str, "context"),
                   note=_opt(d, "note", where, str, ""), quote=_quote(d, "quote", where),
                   edited=_opt(d, "edited", where, bool, False))


def from_dict(data: Any, text: str | None = None) -> Journey:
    """Build and validate a Journey; ``text`` is the story the quotes point into, when at hand."""
    _typed(data, "journey", dict)
    schema = data.get("schema")
    if schema != SCHEMA:
        raise JourneyError(f"schema: expected {SCHEMA!r}, got {schema!r}")
    src = _opt(data, "source", "journey", dict, {})
    source = Source(title=_opt(src, "title", "source", str, ""), published=_date(src, "published", "source"),
                    text=_opt(src, "text", "source", str), url=_opt(src, "url", "source", str, ""),
                    note=_opt(src, "note", "source", str, ""))
    raw_places = _req(data, "places", "journey", dict)
    places = {k: _load_place(k, v) for k, v in raw_places.items()}
    legs = [_load_leg(i, d, places) for i, d in enumerate(_opt(data, "legs", "journey", list, []))]
    events = [_load_event(i, d, places) for i, d in enumerate(_opt(data, "events", "journey", list, []))]
    arrivals = [_load_arrival(i, d, places) for i, d in enumerate(_opt(data, "arrivals", "journey", list, []))]
    mentions = [_load_mention(i, d, places) for i, d in enumerate(_opt(data, "mentions", "journey", list, []))]
    unsure = []
    for i, u in enumerate(_opt(data, "unsure", "journey", list, [])):
        w = f"unsure[{i}]"
        _typed(u, w, dict)
        unsure.append(Unsure(_req(u, "message", w), _quote(u, "quote", w)))
    journey = Journey(title=_req(data, "title", "journey"), source=source, places=places, legs=legs,
                      events=events, mentions=mentions, text=text, unsure=unsure, arrivals=arrivals)
    if text is not None:
        check_quotes(journey, text)
    return journey


def check_quotes(journey: Journey, text: str) -> None:
    """Every quote must be exactly the text at its offsets: a quote that drifted is a fact we cannot stand by."""
    for where, q in journey.quotes():
        if q.end > len(text) or text[q.start:q.end] != q.text:
            found = text[q.start:q.end] if q.end <= len(text) else "(past the end of the text)"
            raise JourneyError(f"{where}: offsets {q.start}..{q.end} hold {found[:60]!r}, not {q.text[:60]!r}")


def loads(raw: str | bytes, text: str | None = None) -> Journey:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise JourneyError(f"journey file is not UTF-8 text (byte {exc.start})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise JourneyError(f"journey file is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") \
            from None
    return from_dict(data, text)


def load(path: str | Path) -> Journey:
    """Load a journey file and, when its source names a text file beside it, the story it quotes."""
    path = Path(path)
    journey = loads(_read_bytes(path, "journey file "))
    if journey.source.text:
        text_path = path.parent / journey.source.text
        if text_path.is_file():
            text = read_text(text_path)
            check_quotes(journey, text)
            journey.text = text
    return journey


def read_text(path: str | Path) -> str:
    """Read a story: UTF-8 text of sensible size, or a JourneyError that says why not."""
    path = Path(path)
    return decode_text(_read_bytes(path), str(path))


def _read_bytes(path: Path, what: str = "") -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise JourneyError(f"cannot read {what}{path}: {exc.strerror}") from None


def decode_text(raw: bytes, name: str = "text") -> str:
    if b"\x00" in raw:
        raise JourneyError(f"{name}: looks binary (contains NUL bytes), expected UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JourneyError(f"{name}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    if len(text) > MAX_TEXT_CHARS:
        raise JourneyError(f"{name}: {len(text):,} characters is more than the {MAX_TEXT_CHARS:,} allowed")
    return text
