"""What the map shows, computed once from a located Journey: every output draws this and nothing else.

A ``Scene`` holds each leg, stop, event, route point and other place with its geometry, style, label (ranked, so a
label that collides with a more important one yields), popup HTML (escaped here), tooltip text and provenance; the
legend; the title and source line; country labels; and the journey as ordered text. The Leaflet map
(``webmap.render``), the SVG picture (``webmap.draw.svg``) and so PNG/PDF read it, so they never disagree.
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
import math
from dataclasses import dataclass, field

from webmap.draw import storyview
from webmap.draw.frame import Frame, choose_frame
from webmap.htmlsafe import esc
from webmap.journey import Citation, Event, Journey, Leg, Mention, Place, Quote
from webmap.routes import LegPath, stored_leg_path
from webmap.wording import EDITED, NOT_IN_ARTICLE, START_NOT_GIVEN, long_date

ROLE_LABEL = {"origin": "Origin", "border": "Border crossing", "destination": "Destination",
              "stop": "Stop", "via": "Route point (not in the article)",
              "via-named": "Route point (named in the article)", "event": "Event",
              "mention": "Other place mentioned"}
# Every colour keeps at least 3:1 against the land and the sea of both styles' basemaps (WCAG 1.4.11).
MODE_COLOUR = {"train": "#b3261e", "flight": "#1f5fa8", "car": "#6a3d9a", "motorcade": "#6a3d9a",
               "convoy": "#6a3d9a", "bus": "#6a3d9a", "foot": "#33691e", "bicycle": "#33691e",
               "ship": "#00695c", "ferry": "#00695c", "boat": "#00695c", "helicopter": "#0d47a1",
               "unknown": "#555555"}
DEFAULT_COLOUR = "#555555"
# Every route line is drawn on a casing this wide (px; the line is 4) in the style's casing colour, in every output:
# it keeps the line apart from borders, coasts and land of any colour, on screen and in greyscale print.
CASING_WIDTH, CASING_OPACITY = 7, 0.7
LAYER_ROUTE, LAYER_STOPS, LAYER_EVENTS, LAYER_OTHER = ("Route", "Stops", "Events", "Other places mentioned")

# Label ranks: a lower number wins a collision.
RANK = {"destination": 0, "origin": 1, "border": 2, "stop": 3, "event": 4, "via": 6, "mention": 7, "country": 9}

SHAPES = {
    "origin": '<circle cx="12" cy="12" r="8" fill="#256b29" stroke="#fff" stroke-width="3"/>',
    "border": '<path d="M12 2 L22 12 L12 22 L2 12 Z" fill="#c43e00" stroke="#fff" stroke-width="2.5"/>',
    "destination": '<rect x="3.5" y="3.5" width="17" height="17" rx="2" fill="#b3261e" stroke="#fff" '
                   'stroke-width="3"/>',
    "stop": '<circle cx="12" cy="12" r="7" fill="#1f5fa8" stroke="#fff" stroke-width="3"/>',
    "via": '<circle cx="12" cy="12" r="4.5" fill="#fff" stroke="#b3261e" stroke-width="2.5"/>',
    "via-named": '<circle cx="12" cy="12" r="5" fill="#b3261e" stroke="#fff" stroke-width="2"/>',
    "event": '<path d="M12 1.5l3.1 6.6 7.2.9-5.3 5 1.4 7.1L12 17.6l-6.4 3.5 1.4-7.1-5.3-5 7.2-.9z" '
             'fill="#7b1fa2" stroke="#fff" stroke-width="1.5"/>',
    "event-cited": '<path d="M12 1.5l3.1 6.6 7.2.9-5.3 5 1.4 7.1L12 17.6l-6.4 3.5 1.4-7.1-5.3-5 7.2-.9z" '
                   'fill="#fff" stroke="#7b1fa2" stroke-width="2" stroke-dasharray="3 2"/>',
    "mention": '<circle cx="12" cy="12" r="5" fill="#616161" stroke="#fff" stroke-width="2"/>',
}
MARKER_SIZE = {"via": 16, "via-named": 16, "mention": 16}


def marker_size(shape: str) -> int:
    return MARKER_SIZE.get(shape, 24)


def svg_icon(shape: str, size: int = 24) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 24 24" '
            f'aria-hidden="true">{SHAPES[shape]}</svg>')


# -- geometry -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DrawnLeg:
    leg: Leg
    order: int
    path: LegPath


def located(journey: Journey, key: str) -> bool:
    return journey.places[key].located


def drawn_legs(journey: Journey) -> list[DrawnLeg]:
    """Legs whose ends and via points all have coordinates, with their geometry by mode."""
    out = []
    for i, leg in enumerate(journey.legs, start=1):
        keys = [leg.from_, *leg.via, leg.to]
        if not all(located(journey, k) for k in keys):
            continue
        points = [(journey.places[k].lat, journey.places[k].lon) for k in keys]
        names = [journey.places[k].name for k in keys]
        out.append(DrawnLeg(leg, i, stored_leg_path(points, leg.mode, names=names)))
    return out


Bounds = list[list[float]]


def _journey_points(journey: Journey) -> list[tuple[float, float]]:
    keys = journey.journey_place_keys() or set(journey.places)
    pts = [(journey.places[k].lat, journey.places[k].lon) for k in sorted(keys) if located(journey, k)]
    return pts or [(p.lat, p.lon) for p in journey.places.values() if p.located]


def journey_frame(journey: Journey) -> Frame:
    """The longitude frame the journey is drawn in: 0..360 when that brings its places closer (the Pacific)."""
    return choose_frame(lon for _, lon in _journey_points(journey))


def journey_bounds(journey: Journey, frame: Frame | None = None) -> Bounds | None:
    """The box of the journey's places, in its frame (east may pass 180)."""
    frame = frame or journey_frame(journey)
    pts = [frame.point(lat, lon) for lat, lon in _journey_points(journey)]
    if not pts:
        return None
    lats, lons = [p[0] for p in pts], [p[1] for p in pts]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


def bearing(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lat2 = math.radians(a[0]), math.radians(b[0])
    dlon = math.radians(b[1] - a[1])
    x = math.sin(dlon) * math.cos(lat2)
    y = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(dlon)
    return (math.degrees(math.atan2(x, y)) + 360) % 360


def point_along(coords: list[tuple[float, float]], fraction: float) -> tuple[tuple[float, float], float]:
    """The point a fraction of the way along a polyline (planar, fine for placing an arrow) and its bearing."""
    seg = [math.dist(coords[i], coords[i + 1]) for i in range(len(coords) - 1)]
    target, run = sum(seg) * fraction, 0.0
    for i, length in enumerate(seg):
        if run + length >= target and length > 0:
            t = (target - run) / length
            a, b = coords[i], coords[i + 1]
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t), bearing(a, b)
        run += length
    return coords[-1], bearing(coords[-2], coords[-1]) if len(coords) > 1 else 0.0


# -- popup content --------------------------------------------------------------------------------------------

def quote_html(q: Quote | None) -> str:
    return f'<blockquote class="wm-quote">“{esc(q.text)}”</blockquote>' if q else ""


def citation_html(c: Citation | None) -> str:
    if not c:
        return ""
    note = f" {esc(c.note)}" if c.note else ""
    return (f'<p class="wm-citation"><strong>{NOT_IN_ARTICLE.capitalize()}:</strong> '
            f"source: {esc(c.source)}.{note}</p>")


def popup_html(heading: str, role: str, lines: list[str], quotes: list[Quote | None], extra: str = "") -> str:
    body = "".join(f"<p>{line}</p>" for line in lines if line)
    qs = "".join(quote_html(q) for q in quotes if q)
    return (f'<div class="wm-popup"><h3>{esc(heading)}</h3><p class="wm-role">{esc(role)}</p>'
            f"{body}{qs}{extra}</div>")


def flag(inferred: bool, confidence: float | None) -> str:
    if not inferred:
        return ""
    conf = f" (confidence {confidence:.0%})" if confidence is not None else ""
    return f'<p class="wm-inferred">Inferred, not stated in the article{conf}.</p>'


def edited_html(item: object) -> str:
    return f'<p class="wm-edited">{EDITED.capitalize()}.</p>' if getattr(item, "edited", None) else ""


def provenance(item: object) -> str:
    """'edited' (a person changed it), 'citation' (not in the article), 'inferred' or 'article'."""
    if getattr(item, "edited", None):
        return "edited"
    if getattr(item, "citation", None) and not getattr(item, "quote", None):
        return "citation"
    if getattr(item, "citation", None):
        return "citation"
    return "inferred" if getattr(item, "inferred", False) else "article"


def source_line(place: Place) -> str:
    gid = f", GeoNames id {place.geonameid}" if place.geonameid else ""
    src = place.source or "the journey file"
    return f'<span class="wm-source">Location: {esc(src)}{esc(gid)}</span>'


def leg_summary(journey: Journey, d: DrawnLeg) -> str:
    leg = d.leg
    a, b = journey.places[leg.from_].name, journey.places[leg.to].name
    when = long_date(leg.date)
    approx = "≈ " if d.path.approximate else ""
    parts = [f"Leg {d.order}: {a} → {b}", leg.mode, when, f"{approx}{d.path.distance_km:,.0f} km"]
    return " · ".join(p for p in parts if p)


def leg_popup(journey: Journey, d: DrawnLeg) -> str:
    leg = d.leg
    lines = [
        f"<strong>Traveller:</strong> {esc(leg.traveller)}",
        f"<strong>Mode:</strong> {esc(leg.mode)}",
        f"<strong>Leaves:</strong> {esc(long_date(leg.depart))}" if leg.depart else "",
        f"<strong>Arrives:</strong> {esc(long_date(leg.arrive))}" if leg.arrive else "",
        f"<strong>Distance along the line:</strong> {d.path.distance_km:,.0f} km",
        f'<em class="wm-approx">{esc(d.path.note)}</em>' if d.path.note else "",
        esc(leg.note) if leg.note else "",
    ]
    extra = citation_html(leg.citation) + flag(leg.inferred, leg.confidence) + edited_html(leg)
    return popup_html(leg_summary(journey, d).split(" · ")[0], "Route", lines, [leg.quote, *leg.more_quotes], extra)


def stop_quotes(journey: Journey, key: str) -> tuple[list[Quote], str | None]:
    """The sentences that put the traveller at a stop, and the date (ISO) they do."""
    quotes: list[Quote | None] = []
    date = None
    for a in journey.arrivals:
        if a.to == key:
            quotes.extend([a.quote, *a.more_quotes])
            date = date or a.arrive
    for leg in journey.legs:
        if leg.from_ == key:
            quotes.append(leg.quote)
            date = date or leg.depart
        if leg.to == key or leg.crossing == key:
            quotes.extend(q for q in [leg.quote, *leg.more_quotes] if q and key_named(journey, key, q))
            date = leg.arrive or date
    return list(dict.fromkeys(q for q in quotes if q)), date


def arrival_lines(journey: Journey, key: str) -> list[str]:
    """Who arrives at a stop from a start the article does not give, by what and when, as popup lines."""
    out = []
    for a in journey.arrivals:
        if a.to == key:
            how = "" if a.mode == "unknown" else f" by {a.mode}"
            when = f", {long_date(a.arrive)}" if a.arrive else ""
            conf = f", confidence {a.confidence:.0%}" if a.inferred and a.confidence is not None else ""
            unsure = f" Inferred, not stated in the article{conf}." if a.inferred else ""
            out.append(f"<strong>Arrives:</strong> {esc(a.traveller)}{esc(how)}{esc(when)} "
                       f"({esc(START_NOT_GIVEN)}).{esc(unsure)}" + (f" {esc(a.note)}" if a.note else ""))
    return out


def key_named(journey: Journey, key: str, q: Quote) -> bool:
    return journey.places[key].name.split(",")[0].lower() in q.text.lower()


def event_html(journey: Journey, ev: Event) -> str:
    place = journey.places[ev.place]
    when = long_date(ev.date) + (f" – {long_date(ev.end_date)}" if ev.end_date else "")
    lines = [f"<strong>Where:</strong> {esc(place.name)}", f"<strong>When:</strong> {esc(when)}" if when else "",
             f"<strong>With:</strong> {esc(', '.join(ev.participants))}" if ev.participants else "",
             esc(ev.note) if ev.note else "", source_line(place)]
    notes = "".join(f'<p class="wm-unconfirmed"><strong>{esc(n.status.capitalize())}:</strong> {esc(n.text)}</p>'
                    f"{quote_html(n.quote)}" for n in ev.notes)
    role = "Event (place and date " + NOT_IN_ARTICLE + ")" if ev.citation else "Event"
    return popup_html(ev.title, role, lines, [ev.quote, *ev.more_quotes],
                      citation_html(ev.citation) + flag(ev.inferred, ev.confidence) + edited_html(ev) + notes)


def mention_html(place: Place, mentions: list[Mention]) -> str:
    notes = list(dict.fromkeys(m.note for m in mentions if m.note))
    lines = [f"<strong>Named {len(mentions)}×</strong> as: {esc(', '.join(sorted({m.role for m in mentions})))}",
             *(esc(n) for n in notes), "Not a stop on the journey.", source_line(place)]
    quotes = list(dict.fromkeys(m.quote or Quote(m.start, m.end, m.surface) for m in mentions))
    edited = edited_html(place) or next((edited_html(m) for m in mentions if getattr(m, "edited", None)), "")
    return popup_html(place.name, ROLE_LABEL["mention"], lines, quotes[:3], edited)


# -- the scene ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Label:
    """A name drawn beside a point; ``rank`` decides who yields when two collide (lower wins)."""

    text: str
    lat: float
    lon: float
    rank: int
    kind: str  # a stop role, 'event', 'via', 'mention' or 'country'


@dataclass(frozen=True)
class Feature:
    """One thing on the map: a leg (a line) or a marker (a point), styled, labelled and explained."""

    kind: str  # 'leg' | 'stop' | 'event' | 'via' | 'mention'
    key: str  # the place key for points, 'leg-N' for legs
    layer: str
    coords: tuple[tuple[float, float], ...]  # (lat, lon)
    shape: str  # the marker shape; a leg's mode
    colour: str
    popup: str  # HTML, escaped
    tooltip: str  # plain text
    provenance: str  # 'article' | 'citation' | 'inferred' | 'edited'
    label: Label | None = None
    dash: str | None = None
    order: int = 0  # legs: 1-based order; events: index into journey.events
    offset: tuple[int, int] = (0, 0)  # pixels, so an event beside a stop stays clickable
    arrows: tuple[tuple[float, float, float], ...] = ()  # (lat, lon, bearing) along a leg
    name: str = ""  # the place's name (points) or the leg's summary, for accessible names

    @property
    def point(self) -> tuple[float, float]:
        return self.coords[0]


@dataclass(frozen=True)
class LegendRow:
    symbol: str  # a SHAPES key, or 'line:<colour>'
    text: str


@dataclass
class Scene:
    title: str
    source: str  # "Source: …" (plain text) or ""
    features: list[Feature]
    legend: list[LegendRow]
    notes: list[str]  # how the lines were drawn (plain text)
    itinerary: list[str]  # the journey as ordered text (plain text, one line per item)
    missing: list[str]  # names of places with no coordinates
    bounds: Bounds | None
    countries: list[Label] = field(default_factory=list)
    legs: list[DrawnLeg] = field(default_factory=list)
    frame: Frame = field(default_factory=Frame)  # every coordinate above is in it

    def of_kind(self, *kinds: str) -> list[Feature]:
        return [f for f in self.features if f.kind in kinds]

    def labels(self) -> list[Label]:
        return [f.label for f in self.features if f.label]


def _tooltip_when(date: str | None) -> str:
    when = long_date(date)
    return f", {when}" if when else ""


DASHED, DOTTED = "8 6", "2 6"  # a leg whose mode is unknown; a leg the draft infers (its popup says why)
DOTTED_NOTE = "Dotted lines: inferred, not stated in the article; a line's popup says why."


def _leg_features(journey: Journey, legs: list[DrawnLeg], frame: Frame) -> list[Feature]:
    out = []
    for d in legs:
        leg, colour = d.leg, MODE_COLOUR.get(d.leg.mode, DEFAULT_COLOUR)
        dash = DASHED if leg.mode == "unknown" or d.path.method == "straight" else (DOTTED if leg.inferred else None)
        coords = frame.line(d.path.coords)
        arrows = tuple((*point_along(list(coords), f)[0], point_along(list(coords), f)[1]) for f in (0.33, 0.66))
        summary = leg_summary(journey, d)
        out.append(Feature("leg", f"leg-{d.order}", LAYER_ROUTE, coords, leg.mode, colour,
                           leg_popup(journey, d), summary, provenance(leg), dash=dash, order=d.order,
                           arrows=arrows, name=summary))
    return out


def _point(place: Place, frame: Frame, kind: str, shape: str, layer: str, popup: str, tooltip: str, prov: str,
           label_kind: str, **kw: object) -> Feature:
    lat, lon = frame.point(place.lat, place.lon)
    label = Label(place.name.split(",")[0], lat, lon, RANK[label_kind], label_kind)
    return Feature(kind, place.key, layer, ((lat, lon),), shape, "", popup, tooltip, prov,
                   label=label, name=place.name, **kw)  # type: ignore[arg-type]


def _stop_provenance(journey: Journey, key: str) -> str:
    """A stop is edited by hand when its place was (a changed leg marks the leg, not its ends)."""
    if getattr(journey.places[key], "edited", None):
        return "edited"
    items = [*(leg for leg in journey.legs if key in (leg.from_, leg.to, leg.crossing)),
             *(a for a in journey.arrivals if a.to == key)]
    return "article" if any(it.quote for it in items) else (provenance(items[0]) if items else "article")


def _point_features(journey: Journey, frame: Frame) -> list[Feature]:
    out: list[Feature] = []
    stops: set[str] = set()
    for place, role in journey.stops():
        if not place.located:
            continue
        quotes, date = stop_quotes(journey, place.key)
        when = long_date(date)
        popup = popup_html(place.name, ROLE_LABEL[role],
                           [esc(when), *arrival_lines(journey, place.key), source_line(place)], quotes,
                           edited_html(place))
        out.append(_point(place, frame, "stop", role, LAYER_STOPS, popup,
                          f"{place.name} — {ROLE_LABEL[role]}" + _tooltip_when(date),
                          _stop_provenance(journey, place.key), role))
        stops.add(place.key)
    named = {m.place: m for m in reversed(journey.mentions)}  # the first mention of each place
    for place in journey.via_places():
        if place.located:
            # "via Rwanda", "a stopover at the Rhein-Main Air Base": a point on the way the article names is from
            # it; only one the route adds (main-line stations) is not
            said = named.get(place.key)
            shape = "via-named" if said else "via"
            quotes = [said.quote or Quote(said.start, said.end, said.surface)] if said else []
            popup = popup_html(place.name, ROLE_LABEL[shape], [esc(place.note), source_line(place)], quotes)
            out.append(_point(place, frame, "via", shape, LAYER_ROUTE, popup, f"{place.name} — {ROLE_LABEL[shape]}",
                              "article" if said else "inferred", "via"))
    for i, ev in enumerate(journey.events):
        place = journey.places[ev.place]
        if not place.located:
            continue
        at_stop = ev.place in stops
        tip = f"{ev.title} — {place.name}" + _tooltip_when(ev.date) + (f" ({NOT_IN_ARTICLE})" if ev.citation else "")
        f = _point(place, frame, "event", "event-cited" if ev.citation else "event", LAYER_EVENTS,
                   event_html(journey, ev), tip, provenance(ev), "event", order=i,
                   offset=(14, -14) if at_stop else (0, 0))
        # An event at a stop is named by the stop's label; elsewhere it names its place.
        label = None if at_stop else Label(f"{place.name.split(',')[0]}: {ev.title}" if len(ev.title) < 28
                                           else place.name.split(",")[0], *f.point, RANK["event"], "event")
        out.append(Feature(**{**f.__dict__, "label": label}))
    for place, mentions in journey.other_places():
        if place.located:
            roles = sorted({m.role for m in mentions})
            edited = getattr(place, "edited", None) or any(getattr(m, "edited", None) for m in mentions)
            out.append(_point(place, frame, "mention", "mention", LAYER_OTHER, mention_html(place, mentions),
                              f"{place.name} — mentioned ({', '.join(roles)})", "edited" if edited else "article",
                              "mention"))
    return out


METHOD_NOTE = {
    "land-route": "Ground routes are approximate: drawn over land between known points, not the actual track.",
    "great-circle": "Flights are drawn as great circles, not the actual flight path.",
    "sea": "Sea crossings are drawn straight between ports.",
    "straight": "Dashed lines: the mode of travel is unknown, so the line is straight.",
}


def _legend(journey: Journey, features: list[Feature], legs: list[DrawnLeg]) -> tuple[list[LegendRow], list[str]]:
    """Only what this map shows, so a reader is never told to look for a symbol that is not there."""
    shapes = {f.shape for f in features if f.kind != "leg"}
    rows = [LegendRow(r, ROLE_LABEL[r]) for r in ("origin", "border", "stop", "destination") if r in shapes]
    if "event" in shapes:
        rows.append(LegendRow("event", "Event (from the article)"))
    if "event-cited" in shapes:
        rows.append(LegendRow("event-cited", f"Event, place/date {NOT_IN_ARTICLE} (cited)"))
    if "via-named" in shapes:
        rows.append(LegendRow("via-named", "Route point, named in the article"))
    if "via" in shapes:
        rows.append(LegendRow("via", "Route point, not in the article"))
    if "mention" in shapes:
        rows.append(LegendRow("mention", "Other place mentioned (layer off by default)"))
    for mode in sorted({d.leg.mode for d in legs}):
        rows.append(LegendRow(f"line:{MODE_COLOUR.get(mode, DEFAULT_COLOUR)}", f"{mode.capitalize()} route"))
    if any(f.provenance == "edited" for f in features):
        rows.append(LegendRow("edited", f"Marked “{EDITED}” in its popup: changed by a person"))
    notes = list(dict.fromkeys(METHOD_NOTE[d.path.method] for d in legs if d.path.method in METHOD_NOTE))
    if any(f.kind == "leg" and f.dash == DOTTED for f in features):
        notes.append(DOTTED_NOTE)  # the line style says so; the legend says what the style means
    return rows, notes


def itinerary_lines(journey: Journey, legs: list[DrawnLeg]) -> list[str]:
    """The journey as ordered lines of plain text (the story page's own order and wording)."""
    km = {d.order: d.path.distance_km for d in legs}
    lines, order = [], 0
    for item in storyview.itinerary(journey):  # legs come in file order, so the n-th leg item is leg n
        if item.arrival:
            lines.append(f"{long_date(item.date)}: {item.arrival}" if item.date else item.arrival)
            continue
        if item.kind == "stop":
            continue
        order += item.kind == "leg"
        when = f"{item.when}: " if item.when else ""
        who = f"{item.traveller}, " if item.kind == "leg" and item.traveller else ""
        dist = f", ≈ {km[order]:,.0f} km" if item.kind == "leg" and order in km else ""
        mark = {"citation": f" ({NOT_IN_ARTICLE})", "inferred": " (inferred)",
                "edited": f" ({EDITED})"}.get(item.provenance, "")
        lines.append(f"{when}{who}{item.title}{dist}{mark}")
    return lines


def source_text(journey: Journey) -> str:
    src = journey.source
    bits = [src.title] if src.title else []
    if src.published:
        bits.append(long_date(src.published) + (" (assumed)" if "undated" in src.note else ""))
    return f"Source: {' · '.join(bits)}" if bits else ""


@functools.lru_cache(maxsize=1)
def country_points() -> tuple[tuple[str, str, float, float], ...]:
    """(iso2, name, lat, lon) label points of every country (gazetteer/data/country_points.tsv)."""
    text = (importlib.resources.files("gazetteer") / "data" / "country_points.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    return tuple((r["iso2"], r["name"], float(r["lat"]), float(r["lon"])) for r in rows)


def country_labels(journey: Journey, frame: Frame | None = None) -> list[Label]:
    """The names of the countries the story's located places are in, at their label points (not every country in
    view: a locator map names what the story is about)."""
    codes = {p.country for p in journey.places.values() if p.located and p.country}
    frame = frame or journey_frame(journey)
    return [Label(name, lat, frame.lon(lon), RANK["country"], "country") for iso2, name, lat, lon in country_points()
            if iso2 in codes]


def view_margin(bounds: Bounds | None) -> float:
    """How far past the journey's box the detailed basemap and the country names reach (degrees)."""
    if not bounds:
        return 10.0
    span = max(bounds[1][0] - bounds[0][0], bounds[1][1] - bounds[0][1])
    return max(10.0, span)  # beyond it the coarse world (basemap.WORLD_TOLERANCE) carries on


def build_scene(journey: Journey) -> Scene:
    """Everything the map shows, from a located journey; computed once per output."""
    legs = drawn_legs(journey)
    frame = journey_frame(journey)
    features = _leg_features(journey, legs, frame) + _point_features(journey, frame)
    legend, notes = _legend(journey, features, legs)
    bounds = journey_bounds(journey, frame)
    return Scene(title=journey.title, source=source_text(journey), features=features, legend=legend, notes=notes,
                 itinerary=itinerary_lines(journey, legs),
                 missing=[p.name for p in journey.places.values() if not p.located], bounds=bounds,
                 countries=country_labels(journey, frame), legs=legs, frame=frame)
