"""What a person changed between two revisions of a journey: marked ``edited``, and said in a line.

The editor (or a script) sends a whole journey; the server compares it with the revision it was made from, so the
provenance marks do not depend on the client being honest or careful:

- a place, leg or event that differs is marked ``edited`` (once edited, it stays so);
- a leg or event a person changed keeps its quote (the sentence it came from) but is no longer "inferred";
- a place that now stands for another place (a new name or GeoNames id) keeps only the article's mentions that
  still name it: "West" (Texas) changed to Beijing loses the claim that the article's "West" is Beijing.

Items are matched across revisions by their quote (the article's sentence), else by position, so reordering or
inserting legs does not mark the untouched ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from gazetteer.normalise import normalise
from webmap.journey import Arrival, Event, Journey, Leg, Place

__all__ = ["mark_edits", "mark_unsourced", "names_place"]

T = TypeVar("T", Leg, Event)
MAX_SUMMARY = 6  # changes spelled out in a revision's summary; the rest are counted


@dataclass
class _Summary:
    lines: list[str] = field(default_factory=list)

    def add(self, line: str) -> None:
        if line not in self.lines:
            self.lines.append(line)

    def text(self) -> str:
        if not self.lines:
            return "no change"
        shown = self.lines[:MAX_SUMMARY]
        more = len(self.lines) - len(shown)
        return "; ".join(shown) + (f"; and {more} more change{'s' if more > 1 else ''}" if more else "")


def _moved(a: Place, b: Place) -> bool:
    return (a.lat, a.lon) != (b.lat, b.lon) and None not in (a.lat, a.lon, b.lat, b.lon)


def _renamed(a: Place, b: Place) -> bool:
    """The key now stands for another place (not merely the same place nudged on the map)."""
    return (a.geonameid != b.geonameid and b.geonameid is not None) or normalise(a.name) != normalise(b.name) \
        or a.country != b.country


def names_place(surface: str, place: Place) -> bool:
    """Whether the article's words still name this place ("Paris" names Paris, France as much as Paris, Texas)."""
    s, n = normalise(surface), normalise(place.name.split(",")[0])
    return bool(s) and (s == n or n.startswith(s + " ") or s.startswith(n + " "))


def _match(old: Sequence[T], new: Sequence[T]) -> list[int | None]:
    """For each new item, the index of the old item it continues (same quote, else same position), or None."""
    used: set[int] = set()
    out: list[int | None] = []
    for i, item in enumerate(new):
        found = None
        if item.quote is not None:
            found = next((j for j, o in enumerate(old) if j not in used and o.quote == item.quote), None)
        elif item.citation is not None:
            found = next((j for j, o in enumerate(old) if j not in used and o.citation == item.citation), None)
        if found is None and i < len(old) and i not in used and old[i].quote is None and old[i].citation is None:
            found = i
        if found is not None:
            used.add(found)
        out.append(found)
    return out


def _fields(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {n: getattr(obj, n) for n in names}


LEG_FIELDS = ("traveller", "from_", "to", "mode", "depart", "arrive", "via", "crossing")
ARRIVAL_FIELDS = ("traveller", "to", "mode", "arrive")
EVENT_FIELDS = ("title", "place", "date", "end_date", "participants")
FIELD_WORDS = {"from_": "start", "to": "end", "depart": "departure", "arrive": "arrival", "end_date": "end date"}


def _items(kind: str, old: list[T], new: list[T], names: tuple[str, ...], label: Callable[[T], str],
           summary: _Summary) -> None:
    matches = _match(old, new)
    for item, j in zip(new, matches, strict=True):
        if j is None:
            item.edited = True
            item.inferred, item.confidence = False, None
            summary.add(f"added {kind} {label(item)}")
            continue
        before = old[j]
        changed = [n for n in names if getattr(before, n) != getattr(item, n)]
        if changed:
            item.edited = True
            item.inferred, item.confidence = False, None
            summary.add(f"{kind} {label(item)}: " + ", ".join(_change(n, getattr(before, n), getattr(item, n))
                                                                  for n in changed))
        item.edited = item.edited or before.edited
    for j, before in enumerate(old):
        if j not in matches:
            summary.add(f"removed {kind} {label(before)}")
    kept = [j for j in matches if j is not None]
    if kept != sorted(kept):
        summary.add(f"reordered the {kind}s")


def _change(name: str, a: Any, b: Any) -> str:
    word = FIELD_WORDS.get(name, name)
    if isinstance(a, list) or isinstance(b, list):
        return f"{word} changed"
    return f"{word} {a or '(none)'} → {b or '(none)'}"


def mark_unsourced(doc: Any) -> Any:
    """In a journey file a person sent: a leg or event with neither quote nor citation was added by that person."""
    if isinstance(doc, dict):
        for kind in ("legs", "arrivals", "events"):
            items = doc.get(kind)
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and not item.get("quote") and not item.get("citation"):
                    item["edited"] = True
    return doc


def mark_edits(old: Journey, new: Journey) -> str:
    """Mark in ``new`` what differs from ``old``, drop mentions that no longer name their place; the summary."""
    summary = _Summary()
    if new.title != old.title:
        summary.add(f"title “{new.title}”")
    places_changed: dict[str, bool] = {}  # key -> the key now stands for another place
    for key, place in new.places.items():
        before = old.places.get(key)
        if before is None:
            place.edited = True
            if key in new.journey_place_keys():
                summary.add(f"added place {place.name}")
            continue
        renamed = _renamed(before, place)
        if renamed or _moved(before, place):
            place.edited = True
            places_changed[key] = renamed
            summary.add(f"{before.name} is now {place.name}" if renamed else f"moved {place.name} on the map")
        place.edited = place.edited or before.edited

    def leg_label(leg: Leg) -> str:
        a, b = new.places.get(leg.from_) or old.places.get(leg.from_), new.places.get(leg.to) or old.places.get(leg.to)
        return f"{a.name if a else leg.from_} → {b.name if b else leg.to}"

    def arrival_label(a: Arrival) -> str:
        b = new.places.get(a.to) or old.places.get(a.to)
        return f"→ {b.name if b else a.to}"

    def event_label(ev: Event) -> str:
        return f"“{ev.title}”"

    _items("leg", old.legs, new.legs, LEG_FIELDS, leg_label, summary)
    _items("arrival", old.arrivals, new.arrivals, ARRIVAL_FIELDS, arrival_label, summary)
    _items("event", old.events, new.events, EVENT_FIELDS, event_label, summary)

    old_mentions = {(m.start, m.end): m for m in old.mentions}
    kept = []
    for m in new.mentions:
        before = old_mentions.get((m.start, m.end))
        place = new.places[m.place]
        if m.place in places_changed or (before is not None and before.place != m.place):
            if places_changed.get(m.place, True) and not names_place(m.surface, place):
                summary.add(f"the article’s “{m.surface}” no longer stands for {place.name}")
                continue
            m.edited = True
        m.edited = m.edited or bool(before and before.edited)
        kept.append(m)
    new.mentions = kept
    old_route, new_route = old.journey_place_keys(), new.journey_place_keys()
    for key in old_route - new_route:
        if key in new.places and any(m.place == key for m in new.mentions):
            summary.add(f"{new.places[key].name} is now only mentioned")
        elif key in old.places:
            summary.add(f"removed stop {old.places[key].name}")
    return summary.text()
