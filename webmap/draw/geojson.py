"""Journey → GeoJSON (RFC 7946): the same facts as the map, for other tools.

Longitudes stay in −180..180; a leg that crosses the antimeridian is cut there into a MultiLineString, as RFC 7946
§3.1.9 recommends (the map draws it whole, in the journey's frame: webmap/draw/frame.py).
"""

from __future__ import annotations

from typing import Any

from webmap.draw.frame import split_antimeridian
from webmap.draw.scene import drawn_legs, stop_quotes
from webmap.journey import Journey, Place


def _point(place: Place, **props: Any) -> dict[str, Any]:
    base = {"key": place.key, "name": place.name, "country": place.country or None,
            "geonameid": place.geonameid, "location_source": place.source or None}
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(place.lon, 5), round(place.lat, 5)]},
            "properties": {**base, **{k: v for k, v in props.items() if v not in (None, [], "")}}}


def journey_geojson(journey: Journey) -> dict[str, Any]:
    """A FeatureCollection: points for stops, route points, events and other places; a LineString a leg."""
    features: list[dict[str, Any]] = []
    for place, role in journey.stops():
        if place.located:
            quotes, date = stop_quotes(journey, place.key)
            arrivals = [{k: v for k, v in {"traveller": a.traveller, "mode": a.mode, "arrive": a.arrive,
                                           "from": None, "inferred": a.inferred}.items() if v not in ("", [])}
                        for a in journey.arrivals if a.to == place.key]
            features.append(_point(place, role=role, date=date, quotes=[q.text for q in quotes],
                                   arrivals=arrivals, edited=place.edited or None))
    named = journey.named_places()  # a point on the way the article names is no inference
    for place in journey.via_places():
        if place.located:
            features.append(_point(place, role="via", inferred=place.key not in named, note=place.note))
    for ev in journey.events:
        place = journey.places[ev.place]
        if place.located:
            features.append(_point(place, role="event", title=ev.title, date=ev.date, end_date=ev.end_date,
                                   participants=ev.participants, quote=ev.quote.text if ev.quote else None,
                                   citation=ev.citation.source if ev.citation else None,
                                   in_article=ev.citation is None, inferred=ev.inferred,
                                   unconfirmed=[n.text for n in ev.notes], edited=ev.edited or None))
    for place, mentions in journey.other_places():
        if place.located:
            features.append(_point(place, role="mention", edited=place.edited or None, mentions=[
                {"surface": m.surface, "start": m.start, "end": m.end, "role": m.role,
                 **({"edited": True} if m.edited else {})} for m in mentions]))
    for d in drawn_legs(journey):
        leg = d.leg
        parts = [[[round(lon, 5), round(lat, 5)] for lat, lon in part] for part in split_antimeridian(d.path.coords)]
        geometry = ({"type": "LineString", "coordinates": parts[0]} if len(parts) == 1
                    else {"type": "MultiLineString", "coordinates": parts})
        features.append({
            "type": "Feature",
            "geometry": geometry,
            "properties": {k: v for k, v in {
                "role": "leg", "order": d.order, "traveller": leg.traveller, "mode": leg.mode, "from": leg.from_,
                "to": leg.to, "via": leg.via, "date": leg.date, "depart": leg.depart, "arrive": leg.arrive,
                "distance_km": round(d.path.distance_km, 1), "approximate": d.path.approximate,
                "geometry_method": d.path.method, "geometry_note": d.path.note, "inferred": leg.inferred,
                "quote": leg.quote.text if leg.quote else None,
                "citation": leg.citation.source if leg.citation else None,
                "edited": leg.edited or None}.items() if v not in (None, [], "")},
        })
    return {"type": "FeatureCollection", "features": features}
