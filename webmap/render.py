"""Journey → folium.Map: layers a reader can toggle, popups that quote the article, nothing from the network.

Every string that comes from a story or a journey file is escaped here (``esc``) before it reaches Leaflet,
which sets popup and tooltip content as HTML. Popups and tooltips are bound with our own small elements
(``SafePopup``/``SafeTooltip``) because folium's own need jQuery and paste text into a JS template literal.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from webmap import basemap, offline, storyview
from webmap.htmlsafe import esc, js_string
from webmap.journey import Citation, Event, Journey, Leg, Mention, Place, Quote
from webmap.routes import LegPath, leg_path
from webmap.timeline import Timeline, timeline_steps
from webmap.wording import EDITED, NOT_IN_ARTICLE, long_date

ROLE_LABEL = {"origin": "Origin", "border": "Border crossing", "destination": "Destination",
              "stop": "Stop", "via": "Route point (not in the article)", "event": "Event",
              "mention": "Other place mentioned"}
MODE_COLOUR = {"train": "#b3261e", "flight": "#1f5fa8", "car": "#6a3d9a", "motorcade": "#6a3d9a",
               "bus": "#6a3d9a", "foot": "#33691e", "ship": "#00796b", "ferry": "#00796b", "unknown": "#555555"}
LAYER_ROUTE, LAYER_STOPS, LAYER_EVENTS, LAYER_OTHER = ("Route", "Stops", "Events", "Other places mentioned")


class SafePopup(MacroElement):
    """Bind a popup whose content we built (and escaped) ourselves; no jQuery, no template literals."""

    _template = Template("""{% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.bindPopup({{ this.content }}, {"maxWidth": {{ this.max_width }}});
        {% endmacro %}""")

    def __init__(self, html: str, max_width: int = 340) -> None:
        super().__init__()
        self._name = "SafePopup"
        self.content = js_string(html)
        self.max_width = int(max_width)


class SafeTooltip(MacroElement):
    _template = Template("""{% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.bindTooltip({{ this.content }}, {"sticky": {{ this.sticky }}});
        {% endmacro %}""")

    def __init__(self, text: str, sticky: bool = False) -> None:
        super().__init__()
        self._name = "SafeTooltip"
        self.content = js_string(esc(text))
        self.sticky = "true" if sticky else "false"


class MapChrome(MacroElement):
    """Title, legend and the journey-as-text panel as Leaflet controls, plus the place index for focusing."""

    _template = Template("""{% macro script(this, kwargs) %}
        (function () {
          var map = {{ this._parent.get_name() }};
          function panel(position, className, html) {
            var C = L.Control.extend({options: {position: position}, onAdd: function () {
              var div = L.DomUtil.create("div", "wm-panel " + className);
              div.innerHTML = html;
              L.DomEvent.disableClickPropagation(div);
              L.DomEvent.disableScrollPropagation(div);
              return div;
            }});
            new C().addTo(map);
          }
          panel("topleft", "wm-title", {{ this.title }});
          panel("bottomright", "wm-legend", {{ this.legend }});
          panel("bottomleft", "wm-itinerary", {{ this.itinerary }});
          var small = map.getSize().x < 900;
          if (small) {  /* a small embed: the legend starts folded so the map stays visible */
            var legend = map.getContainer().querySelector(".wm-legend details");
            if (legend) { legend.open = false; }
          }
          function unfold() {  /* print the legend and the journey as text, not their folded headings */
            map.getContainer().querySelectorAll(".wm-panel details").forEach(function (d) { d.open = true; });
          }
          window.addEventListener("beforeprint", unfold);
          if (window.matchMedia) {
            var printing = window.matchMedia("print");
            if (printing.addEventListener) {
              printing.addEventListener("change", function (e) { if (e.matches) { unfold(); } });
            }
          }
          var bounds = {{ this.bounds }};
          if (bounds) {  /* fit clear of the title and, on a wide map, of the open legend */
            map.fitBounds(bounds, {paddingTopLeft: [40, small ? 110 : 120],
                                   paddingBottomRight: [small ? 40 : 370, small ? 90 : 40]});
          }
          map.attributionControl.setPrefix(false);
          map.attributionControl.addAttribution({{ this.attribution }});
          var places = {
            {%- for key, name in this.places %}{{ key }}: {{ name }}{{ "," if not loop.last }}{% endfor -%}
          };
          window.webmap = {map: map, places: places, focus: function (key) {
            var layer = places[key];
            if (!layer) { return false; }
            if (layer._map == null) { layer.addTo(map); }
            map.setView(layer.getLatLng(), Math.max(map.getZoom(), 6));
            layer.openPopup();
            return true;
          }};
          function fromHash() {
            var m = /place=([a-z0-9_-]+)/.exec(window.location.hash);
            if (m) { window.webmap.focus(m[1]); }
          }
          window.addEventListener("hashchange", fromHash);
          window.addEventListener("message", function (e) {
            if (e.data && e.data.webmap === "focus") { window.webmap.focus(String(e.data.place)); }
          });
          fromHash();
        })();
        {% endmacro %}""")

    def __init__(self, *, title: str, legend: str, itinerary: str, attribution: str,
                 places: dict[str, folium.Marker], bounds: list[list[float]] | None = None) -> None:
        super().__init__()
        self._name = "MapChrome"
        self.bounds = json.dumps(bounds)
        self.title, self.legend, self.itinerary = js_string(title), js_string(legend), js_string(itinerary)
        self.attribution = js_string(attribution)
        self._places = places

    @property
    def places(self) -> list[tuple[str, str]]:
        return [(js_string(k), m.get_name()) for k, m in self._places.items()]


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
        out.append(DrawnLeg(leg, i, leg_path(points, leg.mode, names=names)))
    return out


def journey_bounds(journey: Journey) -> list[list[float]] | None:
    keys = journey.journey_place_keys() or set(journey.places)
    pts = [(journey.places[k].lat, journey.places[k].lon) for k in keys if located(journey, k)]
    if not pts:
        pts = [(p.lat, p.lon) for p in journey.places.values() if p.located]
    if not pts:
        return None
    lats, lons = [p[0] for p in pts], [p[1] for p in pts]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


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


def flag(inferred: bool, confidence: float | None, edited: bool = False) -> str:
    hand = f'<p class="wm-edited">{EDITED.capitalize()}.</p>' if edited else ""
    if not inferred:
        return hand
    conf = f" (confidence {confidence:.0%})" if confidence is not None else ""
    return f'<p class="wm-inferred">Inferred, not stated in the article{conf}.</p>{hand}'


# -- markers ----------------------------------------------------------------------------------------------------

SHAPES = {
    "origin": '<circle cx="12" cy="12" r="8" fill="#2e7d32" stroke="#fff" stroke-width="3"/>',
    "border": '<path d="M12 2 L22 12 L12 22 L2 12 Z" fill="#ef6c00" stroke="#fff" stroke-width="2.5"/>',
    "destination": '<rect x="3.5" y="3.5" width="17" height="17" rx="2" fill="#b3261e" stroke="#fff" '
                   'stroke-width="3"/>',
    "stop": '<circle cx="12" cy="12" r="7" fill="#1f5fa8" stroke="#fff" stroke-width="3"/>',
    "via": '<circle cx="12" cy="12" r="4" fill="#fff" stroke="#b3261e" stroke-width="2"/>',
    "event": '<path d="M12 1.5l3.1 6.6 7.2.9-5.3 5 1.4 7.1L12 17.6l-6.4 3.5 1.4-7.1-5.3-5 7.2-.9z" '
             'fill="#7b1fa2" stroke="#fff" stroke-width="1.5"/>',
    "event-cited": '<path d="M12 1.5l3.1 6.6 7.2.9-5.3 5 1.4 7.1L12 17.6l-6.4 3.5 1.4-7.1-5.3-5 7.2-.9z" '
                   'fill="#fff" stroke="#7b1fa2" stroke-width="2" stroke-dasharray="3 2"/>',
    "mention": '<circle cx="12" cy="12" r="5" fill="#9e9e9e" stroke="#fff" stroke-width="2" opacity="0.9"/>',
}


def svg_icon(shape: str, size: int = 24) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 24 24" '
            f'aria-hidden="true">{SHAPES[shape]}</svg>')


def marker(place: Place, shape: str, label: str, *, offset: tuple[int, int] = (0, 0), attrs: str = "") -> folium.Marker:
    size = 16 if shape in ("via", "mention") else 24
    html = (f'<div class="wm-marker wm-{shape}" data-place="{esc(place.key)}"{attrs} role="img" '
            f'aria-label="{esc(place.name)}: {esc(label)}">{svg_icon(shape, size)}</div>')
    anchor = (size // 2 - offset[0], size // 2 - offset[1])
    icon = folium.DivIcon(html=html, icon_size=(size, size), icon_anchor=anchor, class_name="wm-icon")
    return folium.Marker([place.lat, place.lon], icon=icon)


def arrow(lat: float, lon: float, bearing: float, colour: str) -> folium.Marker:
    html = (f'<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 18 18" '
            f'style="transform: rotate({bearing:.0f}deg)" aria-hidden="true">'
            f'<path d="M9 1 L16 16 L9 12 L2 16 Z" fill="{colour}" stroke="#fff" stroke-width="1.2"/></svg>')
    icon = folium.DivIcon(html=html, icon_size=(18, 18), icon_anchor=(9, 9), class_name="wm-arrow")
    return folium.Marker([lat, lon], icon=icon, interactive=False, keyboard=False)


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


# -- the map ----------------------------------------------------------------------------------------------------

def leg_summary(journey: Journey, d: DrawnLeg) -> str:
    leg = d.leg
    a, b = journey.places[leg.from_].name, journey.places[leg.to].name
    when = long_date(leg.date)
    approx = "≈ " if d.path.approximate else ""
    parts = [f"Leg {d.order}: {a} → {b}", leg.mode, when, f"{approx}{d.path.distance_km:,.0f} km"]
    return " · ".join(p for p in parts if p)


def add_legs(journey: Journey, group: folium.FeatureGroup, legs: list[DrawnLeg]) -> dict[int, folium.PolyLine]:
    lines = {}
    for d in legs:
        leg, colour = d.leg, MODE_COLOUR.get(d.leg.mode, "#555555")
        dash = "8 6" if leg.mode == "unknown" or d.path.method == "straight" else ("2 6" if leg.inferred else None)
        line = folium.PolyLine(d.path.coords, color=colour, weight=4, opacity=0.9, dash_array=dash,
                               class_name=f"wm-leg wm-leg-{d.order}")
        lines_text = [
            f"<strong>Traveller:</strong> {esc(leg.traveller)}",
            f"<strong>Mode:</strong> {esc(leg.mode)}",
            f"<strong>Leaves:</strong> {esc(long_date(leg.depart))}" if leg.depart else "",
            f"<strong>Arrives:</strong> {esc(long_date(leg.arrive))}" if leg.arrive else "",
            f"<strong>Distance along the line:</strong> {d.path.distance_km:,.0f} km",
            f'<em class="wm-approx">{esc(d.path.note)}</em>' if d.path.note else "",
            esc(leg.note) if leg.note else "",
        ]
        html = popup_html(leg_summary(journey, d).split(" · ")[0], "Route", lines_text,
                          [leg.quote, *leg.more_quotes], citation_html(leg.citation) + flag(leg.inferred,
                                                                                            leg.confidence, leg.edited))
        line.add_child(SafePopup(html))
        line.add_child(SafeTooltip(leg_summary(journey, d), sticky=True))
        line.add_to(group)
        lines[d.order] = line
        for fraction in (0.33, 0.66):
            (lat, lon), heading = point_along(d.path.coords, fraction)
            arrow(lat, lon, heading, colour).add_to(group)
    for place in journey.via_places():
        if place.located:
            m = marker(place, "via", ROLE_LABEL["via"])
            m.add_child(SafeTooltip(f"{place.name} — {ROLE_LABEL['via']}"))
            m.add_child(SafePopup(popup_html(place.name, ROLE_LABEL["via"], [esc(place.note), source_line(place)],
                                             [])))
            m.add_to(group)
    return lines


def source_line(place: Place) -> str:
    gid = f", GeoNames id {place.geonameid}" if place.geonameid else ""
    src = place.source or "the journey file"
    return f'<span class="wm-source">Location: {esc(src)}{esc(gid)}</span>'


def stop_quotes(journey: Journey, key: str) -> tuple[list[Quote], str | None]:
    """The sentences that put the traveller at a stop, and the date (ISO) they do."""
    quotes: list[Quote | None] = []
    date = None
    for leg in journey.legs:
        if leg.from_ == key:
            quotes.append(leg.quote)
            date = date or leg.depart
        if leg.to == key or leg.crossing == key:
            quotes.extend(q for q in [leg.quote, *leg.more_quotes] if q and key_named(journey, key, q))
            date = leg.arrive or date
    return list(dict.fromkeys(q for q in quotes if q)), date


def key_named(journey: Journey, key: str, q: Quote) -> bool:
    return journey.places[key].name.split(",")[0].lower() in q.text.lower()


def add_stops(journey: Journey, group: folium.FeatureGroup) -> dict[str, folium.Marker]:
    out = {}
    for place, role in journey.stops():
        if not place.located:
            continue
        quotes, date = stop_quotes(journey, place.key)
        when = long_date(date)
        m = marker(place, role, ROLE_LABEL[role])
        m.add_child(SafeTooltip(f"{place.name} — {ROLE_LABEL[role]}" + (f", {when}" if when else "")))
        m.add_child(SafePopup(popup_html(place.name, ROLE_LABEL[role], [esc(when), source_line(place)], quotes,
                                         flag(False, None, place.edited))))
        m.add_to(group)
        out[place.key] = m
    return out


def event_html(journey: Journey, ev: Event) -> str:
    place = journey.places[ev.place]
    when = long_date(ev.date) + (f" – {long_date(ev.end_date)}" if ev.end_date else "")
    lines = [f"<strong>Where:</strong> {esc(place.name)}", f"<strong>When:</strong> {esc(when)}" if when else "",
             f"<strong>With:</strong> {esc(', '.join(ev.participants))}" if ev.participants else "",
             esc(ev.note) if ev.note else "", source_line(place)]
    notes = "".join(f'<p class="wm-unconfirmed"><strong>{esc(n.status.capitalize())}:</strong> {esc(n.text)}</p>'
                    f"{quote_html(n.quote)}" for n in ev.notes)
    role = "Event — " + NOT_IN_ARTICLE if ev.citation and not ev.quote else "Event"
    if ev.citation:
        role = "Event (place and date " + NOT_IN_ARTICLE + ")"
    return popup_html(ev.title, role, lines, [ev.quote, *ev.more_quotes],
                      citation_html(ev.citation) + flag(ev.inferred, ev.confidence, ev.edited) + notes)


def add_events(journey: Journey, group: folium.FeatureGroup, stops: dict[str, folium.Marker]
               ) -> tuple[dict[int, folium.Marker], dict[str, folium.Marker]]:
    out, by_place = {}, {}
    for i, ev in enumerate(journey.events):
        place = journey.places[ev.place]
        if not place.located:
            continue
        shape = "event-cited" if ev.citation else "event"
        # An event at a stop sits just beside the stop's marker so both stay clickable.
        offset = (14, -14) if ev.place in stops else (0, 0)
        m = marker(place, shape, "Event" + (f" ({NOT_IN_ARTICLE})" if ev.citation else ""), offset=offset,
                   attrs=f' data-event="{i}"')
        tip = f"{ev.title} — {place.name}" + (f", {long_date(ev.date)}" if ev.date else "")
        m.add_child(SafeTooltip(tip + (f" ({NOT_IN_ARTICLE})" if ev.citation else "")))
        m.add_child(SafePopup(event_html(journey, ev), max_width=380))
        m.add_to(group)
        out[i] = m
        by_place.setdefault(ev.place, m)
    return out, by_place


def add_other_places(journey: Journey, group: folium.FeatureGroup) -> dict[str, folium.Marker]:
    out = {}
    for place, mentions in journey.other_places():
        if not place.located:
            continue
        roles = sorted({m.role for m in mentions})
        m = marker(place, "mention", ROLE_LABEL["mention"])
        m.add_child(SafeTooltip(f"{place.name} — mentioned ({', '.join(roles)})"))
        m.add_child(SafePopup(mention_html(place, mentions)))
        m.add_to(group)
        out[place.key] = m
    return out


def mention_html(place: Place, mentions: list[Mention]) -> str:
    notes = list(dict.fromkeys(m.note for m in mentions if m.note))
    lines = [f"<strong>Named {len(mentions)}×</strong> as: {esc(', '.join(sorted({m.role for m in mentions})))}",
             *(esc(n) for n in notes), "Not a stop on the journey.", source_line(place)]
    quotes = list(dict.fromkeys(m.quote or Quote(m.start, m.end, m.surface) for m in mentions))
    return popup_html(place.name, ROLE_LABEL["mention"], lines, quotes[:3],
                      flag(False, None, place.edited or any(m.edited for m in mentions)))


METHOD_NOTE = {
    "land-route": "Ground routes are approximate: drawn over land between known points, not the actual track.",
    "great-circle": "Flights are drawn as great circles, not the actual flight path.",
    "sea": "Sea crossings are drawn straight between ports.",
    "straight": "Dashed lines: the mode of travel is unknown, so the line is straight.",
}


def legend_html(journey: Journey, legs: list[DrawnLeg]) -> str:
    """Only what this map shows, so a reader is never told to look for a symbol that is not there."""
    roles = {role for p, role in journey.stops() if p.located}
    located_events = [e for e in journey.events if journey.places[e.place].located]
    rows = [(r, ROLE_LABEL[r]) for r in ("origin", "border", "stop", "destination") if r in roles]
    if any(not e.citation for e in located_events):
        rows.append(("event", "Event (from the article)"))
    if any(e.citation for e in located_events):
        rows.append(("event-cited", f"Event, place/date {NOT_IN_ARTICLE} (cited)"))
    if any(p.located for p in journey.via_places()):
        rows.append(("via", "Route point, not in the article"))
    if any(p.located for p, _ in journey.other_places()):
        rows.append(("mention", "Other place mentioned (layer off by default)"))
    items = "".join(f"<li>{svg_icon(s, 16)} {esc(t)}</li>" for s, t in rows)
    for mode in sorted({d.leg.mode for d in legs}):
        items += (f'<li><span class="wm-swatch" style="background:{MODE_COLOUR.get(mode, "#555")}"></span> '
                  f"{esc(mode.capitalize())} route</li>")
    notes = dict.fromkeys(METHOD_NOTE[d.path.method] for d in legs if d.path.method in METHOD_NOTE)
    note = "".join(f'<p class="wm-approx">{esc(n)}</p>' for n in notes)
    return f"<details open><summary>Legend</summary><ul>{items}</ul>{note}</details>"


def itinerary_html(journey: Journey, legs: list[DrawnLeg]) -> str:
    """The journey as an ordered list (the story page's own order and wording): the text alternative for screen
    readers, print and offline reports."""
    km = {d.order: d.path.distance_km for d in legs}
    items, order = [], 0
    for item in storyview.itinerary(journey):  # legs come in file order, so the n-th leg item is leg n
        if item.kind == "stop":
            continue
        order += item.kind == "leg"
        when = f"{esc(item.when)}: " if item.when else ""
        who = f"{esc(item.traveller)}, " if item.kind == "leg" and item.traveller else ""
        dist = f", ≈ {km[order]:,.0f} km" if item.kind == "leg" and order in km else ""
        flag = {"citation": f" ({NOT_IN_ARTICLE})", "inferred": " (inferred)", "edited": f" ({EDITED})"}.get(
            item.provenance, "")
        items.append(f"<li>{when}{who}{esc(item.title)}{dist}{flag}</li>")
    missing = [p.name for p in journey.places.values() if not p.located]
    tail = (f'<p class="wm-missing">Not on the map (no coordinates found): {esc(", ".join(missing))}</p>'
            if missing else "")
    return f"<details><summary>Journey as text</summary><ol>{''.join(items)}</ol>{tail}</details>"


def title_html(journey: Journey) -> str:
    src = journey.source
    bits = [esc(src.title)] if src.title else []
    if src.published:
        bits.append(esc(long_date(src.published)) + (" (assumed)" if "undated" in src.note else ""))
    line = f'<p class="wm-sourceline">Source: {" · ".join(bits)}</p>' if bits else ""
    return f"<h1>{esc(journey.title)}</h1>{line}"


ATTRIBUTION = "Places: GeoNames (CC BY 4.0) · Leaflet (BSD-2-Clause)"


def build_map(journey: Journey, *, tiles: str | None = None, static_url: str = "/static") -> folium.Map:
    """The map of a located journey; nothing in it loads from the network unless ``tiles`` asks for it."""
    m = folium.Map(location=[0, 0], zoom_start=2, tiles=None, control_scale=True, max_zoom=12, min_zoom=2,
                   font_size="13px", zoom_snap=0.25)
    bounds = journey_bounds(journey)
    if bounds and bounds[0] == bounds[1]:  # one place: Leaflet cannot fit an empty box (NaN zoom)
        m.location = list(bounds[0])
        m.options["zoom"] = 7
    elif bounds:
        m.location = [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2]  # MapChrome fits
    if tiles:
        basemap.online_tiles(tiles).add_to(m)
    if bounds:
        span = max(bounds[1][0] - bounds[0][0], bounds[1][1] - bounds[0][1])
        margin = max(12.0, 1.5 * span)  # shapes must reach past the view's edge, even in a narrow embed
        # About two pixels of a 1,200-pixel view: as fine as the eye needs, and the file stays small at any scale.
        tolerance = min(1.0, max(0.02, (span + 2 * margin) / 600))
        basemap.countries_layer((tuple(bounds[0]), tuple(bounds[1])), margin_deg=margin,
                                tolerance_deg=tolerance).add_to(m)
    legs = drawn_legs(journey)
    route = folium.FeatureGroup(name=LAYER_ROUTE, show=True).add_to(m)
    stops_group = folium.FeatureGroup(name=LAYER_STOPS, show=True).add_to(m)
    events_group = folium.FeatureGroup(name=LAYER_EVENTS, show=True).add_to(m)
    other_group = folium.FeatureGroup(name=LAYER_OTHER, show=False).add_to(m)
    add_legs(journey, route, legs)
    stops = add_stops(journey, stops_group)
    _, event_markers = add_events(journey, events_group, stops)
    others = add_other_places(journey, other_group)
    folium.LayerControl(collapsed=False, position="topright").add_to(m)
    css = offline.embeddable("style", offline.static_text("webmap/map.css"))
    m.get_root().header.add_child(Element(f"<style>{css}</style>"))
    m.get_root().title = esc(journey.title)  # branca writes <title> unescaped
    focusable = {**others, **{k: v for k, v in event_markers.items() if k not in stops}, **stops}
    m.add_child(MapChrome(title=title_html(journey), legend=legend_html(journey, legs),
                          itinerary=itinerary_html(journey, legs), attribution=ATTRIBUTION, places=focusable,
                          bounds=bounds if bounds and bounds[0] != bounds[1] else None))

    if steps := timeline_steps(journey):
        Timeline(steps).add_to(m)
    offline.localise(m, static_url=static_url)
    return m


def map_html(journey: Journey, *, inline: bool = False, tiles: str | None = None, static_url: str = "/static") -> str:
    """The map alone as a full HTML page; ``inline`` gives one self-contained file for reports."""
    m = build_map(journey, tiles=tiles, static_url=static_url)
    return offline.export_html(m) if inline else m.get_root().render()
