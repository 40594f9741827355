"""Stage: the Journey. Places, legs, events and mentions with their quotes, and what the stages were unsure of."""

from __future__ import annotations

from webmap.journey import Journey, Leg, Mention, Place, Source, check_quotes, from_dict

from .document import Doc, check_limit


def _title_from(legs: list[Leg], places: dict[str, Place], first_line: str) -> str:
    """A short title when the article gives no headline: who went where, else the opening words."""
    if legs:
        route = ""
        last = None
        for leg in legs:
            if leg.traveller != legs[0].traveller:
                continue
            if leg.from_ != last:  # the first leg, or one that does not start where the last one ended
                route += (" … " if route else "") + places[leg.from_].name
            route += " → " + places[leg.to].name
            last = leg.to
        return f"{legs[0].traveller}: {route}"
    words = first_line[:80].rsplit(" ", 1)[0] if len(first_line) > 80 else first_line
    return (words + "…" if len(first_line) > 80 else words) or "Places in the story"


def run(doc: Doc, mentions: list[Mention]) -> Journey:
    text = doc.text
    used = doc.journey_keys() | {mm.place for mm in mentions}
    places = {k: p for k, p in doc.places.items() if k in used}
    check_limit("places", len(places))
    first_line = text.strip().splitlines()[0].strip() if text.strip() else ""
    headline = first_line if len(first_line) <= 120 and not first_line.endswith((".", "!", "?", ":")) else ""
    source = Source(title=doc.title or headline, published=doc.pub_given.isoformat() if doc.pub_given else None)
    journey = Journey(title=doc.title or headline or _title_from(doc.legs, places, first_line), source=source,
                      places=places, legs=doc.legs, events=doc.events, mentions=mentions, text=text,
                      unsure=doc.unsure, arrivals=doc.arrivals)
    check_quotes(journey, text)
    from_dict(journey.to_dict(), text)  # the same validation a saved file gets
    return journey
