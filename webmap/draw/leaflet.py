"""Journey → folium.Map: layers a reader can toggle, popups that quote the article, nothing from the network.

Every string that comes from a story or a journey file is escaped here (``esc``) before it reaches Leaflet,
which sets popup and tooltip content as HTML. Popups and tooltips are bound with our own small elements
(``SafePopup``/``SafeTooltip``) because folium's own need jQuery and paste text into a JS template literal.
"""

from __future__ import annotations

import hashlib
import json
import re

import folium
from jinja2 import Template

from webmap import offline
from webmap.draw import basemap
from webmap.draw.elements import Macro, PlaceMarker, Text
from webmap.draw.scene import (
    CASING_OPACITY,
    CASING_WIDTH,
    LAYER_EVENTS,
    LAYER_OTHER,
    LAYER_ROUTE,
    LAYER_STOPS,
    DrawnLeg,
    Feature,
    Scene,
    build_scene,
    drawn_legs,
    itinerary_lines,
    marker_size,
    stop_quotes,
    svg_icon,
    view_margin,
)
from webmap.draw.timeline import Timeline, timeline_steps
from webmap.htmlsafe import esc, js_string
from webmap.journey import Journey

__all__ = ["build_map", "map_html", "drawn_legs", "stop_quotes", "legend_html", "DrawnLeg"]


class SafePopup(Macro):
    """Bind a popup whose content we built (and escaped) ourselves; no jQuery, no template literals."""

    # Every popup of a map shares one padding object, which map.js sets to the panels' sizes: popups pan clear.
    _template = Template("""{% macro script(this, kwargs) %}
        {%- set map = this._map.get_name() %}
        {{ map }}._wmPad = {{ map }}._wmPad || {tl: [16, 16], br: [16, 16]};
        {{ this._parent.get_name() }}.bindPopup({{ this.content }}, {"maxWidth": {{ this.max_width }},
          "autoPanPaddingTopLeft": {{ map }}._wmPad.tl, "autoPanPaddingBottomRight": {{ map }}._wmPad.br});
        {% endmacro %}""")

    def __init__(self, html: str, m: folium.Map, max_width: int = 340) -> None:
        super().__init__()
        self._name = "SafePopup"
        self._map = m
        self.content = js_string(html)
        self.max_width = int(max_width)


class SafeTooltip(Macro):
    _template = Template("""{% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.bindTooltip({{ this.content }}, {"sticky": {{ this.sticky }}});
        {% endmacro %}""")

    def __init__(self, text: str, sticky: bool = False) -> None:
        super().__init__()
        self._name = "SafeTooltip"
        self.content = js_string(esc(text))
        self.sticky = "true" if sticky else "false"


class MapChrome(Macro):
    """Title, legend, journey as text, labels and layout, drawn by static/webmap/map.js from the scene's data."""

    _template = Template("""{% macro script(this, kwargs) %}
        window.webmapChrome({{ this._parent.get_name() }}, {{ this.config }}, {
          {%- for key, name in this.places %}{{ key }}: {{ name }}{{ "," if not loop.last }}{% endfor -%}
        }, {{ this.control }});
        {% endmacro %}""")

    def __init__(self, config: dict, places: dict[str, PlaceMarker], control: folium.LayerControl) -> None:
        super().__init__()
        self._name = "MapChrome"
        self.config = js_value(config)
        self._places = places
        self._control = control

    @property
    def places(self) -> list[tuple[str, str]]:
        return [(js_string(k), m.get_name()) for k, m in self._places.items()]

    @property
    def control(self) -> str:
        return self._control.get_name()

    def render(self, **kwargs: object) -> None:
        header = self.get_root().header
        script = offline.embeddable("script", unindented(offline.static_text("webmap/map.js")))
        header.add_child(Text(f"<script>{script}</script>"), name="webmap_map_js")
        super().render(**kwargs)


def unindented(script: str) -> str:
    """Our own script without its indentation and blank lines (a tenth of its bytes; line breaks stay, so the
    meaning does not change: map.js has no multi-line strings)."""
    return "\n".join(line.strip() for line in script.splitlines() if line.strip())


def js_value(value: object) -> str:
    """JSON that is also safe inside an HTML <script> element (keys sorted: the same scene, the same bytes)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# -- markers ----------------------------------------------------------------------------------------------------

def marker(f: Feature, m: folium.Map) -> PlaceMarker:
    size = marker_size(f.shape)
    attrs = f' data-event="{f.order}"' if f.kind == "event" else ""
    role = f.tooltip.split(" — ", 1)[-1] if f.kind != "event" else f.tooltip
    html = (f'<div class="wm-marker wm-{f.shape}" data-place="{esc(f.key)}"{attrs} role="img" '
            f'aria-label="{esc(f.name)}: {esc(role)}">{svg_icon(f.shape, size)}</div>')
    anchor = (size // 2 - f.offset[0], size // 2 - f.offset[1])
    mk = PlaceMarker(f.point, html=html, size=(size, size), anchor=anchor, class_name="wm-icon")
    mk.add_child(SafeTooltip(f.tooltip))
    mk.add_child(SafePopup(f.popup, m, max_width=380 if f.kind == "event" else 340))
    return mk


def arrow(lat: float, lon: float, heading: float, colour: str) -> PlaceMarker:
    html = (f'<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 18 18" '
            f'style="transform: rotate({heading:.0f}deg)" aria-hidden="true">'
            f'<path d="M9 1 L16 16 L9 12 L2 16 Z" fill="{colour}" stroke="#fff" stroke-width="1.2"/></svg>')
    return PlaceMarker((lat, lon), html=html, size=(18, 18), anchor=(9, 9), class_name="wm-arrow", interactive=False)


def casing(f: Feature, colour: str) -> folium.PolyLine:
    """The wider under-stroke a leg is drawn on (as in the picture, webmap/draw/svg.py); not interactive, so the
    leg above it keeps its popup, tooltip and keyboard focus."""
    line = folium.PolyLine([list(c) for c in f.coords], color=colour, weight=CASING_WIDTH, opacity=CASING_OPACITY,
                           class_name=f"wm-casing wm-casing-{f.order}")
    line.options["interactive"] = False  # folium's path options leave it out
    return line


def leg_line(f: Feature, m: folium.Map) -> folium.PolyLine:
    line = folium.PolyLine([list(c) for c in f.coords], color=f.colour, weight=4, opacity=0.9, dash_array=f.dash,
                           class_name=f"wm-leg wm-leg-{f.order} wm-prov-{f.provenance}")
    line.add_child(SafePopup(f.popup, m))
    line.add_child(SafeTooltip(f.tooltip, sticky=True))
    return line


# -- panels -----------------------------------------------------------------------------------------------------

def legend_symbol(symbol: str) -> str:
    if symbol.startswith("line:"):
        return f'<span class="wm-swatch" style="background:{esc(symbol[5:])}"></span>'
    if symbol == "edited":
        return '<span class="wm-edited-mark" aria-hidden="true">✎</span>'
    return svg_icon(symbol, 16)


def legend_html(journey: Journey, legs: list[DrawnLeg] | None = None, scene: Scene | None = None) -> str:
    """Only what this map shows, so a reader is never told to look for a symbol that is not there."""
    scene = scene or build_scene(journey)
    items = "".join(f"<li>{legend_symbol(r.symbol)} {esc(r.text)}</li>" for r in scene.legend)
    note = "".join(f'<p class="wm-approx">{esc(n)}</p>' for n in scene.notes)
    return f"<details open><summary>Legend</summary><ul>{items}</ul>{note}</details>"


def itinerary_html(source: Scene | Journey, legs: list[DrawnLeg] | None = None) -> str:
    """The journey as an ordered list: the text alternative for screen readers, print and offline reports.

    ``source`` is the scene, or a journey (with its drawn legs, for the distances) for callers without one.
    """
    if isinstance(source, Scene):
        lines, missing = source.itinerary, source.missing
    else:
        lines = itinerary_lines(source, drawn_legs(source) if legs is None else legs)
        missing = [p.name for p in source.places.values() if not p.located]
    items = "".join(f"<li>{esc(line)}</li>" for line in lines)
    tail = (f'<p class="wm-missing">Not on the map (no coordinates found): {esc(", ".join(missing))}</p>'
            if missing else "")
    return f"<details><summary>Journey as text</summary><ol>{items}</ol>{tail}</details>"


def title_html(scene: Scene) -> str:
    line = f'<p class="wm-sourceline">{esc(scene.source)}</p>' if scene.source else ""
    return f"<h1>{esc(scene.title)}</h1>{line}"


def label_data(scene: Scene) -> list[dict]:
    out = []
    for f in scene.features:
        if f.label:
            out.append({"text": f.label.text, "lat": f.label.lat, "lon": f.label.lon, "rank": f.label.rank,
                        "kind": f.label.kind, "place": f.key, "layer": f.layer, "size": marker_size(f.shape),
                        "dx": f.offset[0], "dy": f.offset[1]})
    out += [{"text": c.text, "lat": c.lat, "lon": c.lon, "rank": c.rank, "kind": "country"} for c in scene.countries]
    return out


ATTRIBUTION = "Places: GeoNames (CC BY 4.0) · Leaflet (BSD-2-Clause)"


def build_map(journey: Journey, *, tiles: str | None = None, static_url: str = "/static", style: str = "light",
              scene: Scene | None = None) -> folium.Map:
    """The map of a located journey; nothing in it loads from the network unless ``tiles`` asks for it."""
    scene = scene or build_scene(journey)
    palette = basemap.palette(style)
    m = folium.Map(location=[0, 0], zoom_start=2, tiles=None, control_scale=True, max_zoom=12, min_zoom=2,
                   font_size="13px", zoom_snap=0.25)
    bounds = scene.bounds
    if bounds and bounds[0] == bounds[1]:  # one place: Leaflet cannot fit an empty box (NaN zoom)
        m.location = list(bounds[0])
        m.options["zoom"] = 7
    elif bounds:
        m.location = [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2]  # map.js fits
    if tiles:
        basemap.online_tiles(tiles).add_to(m)
    for layer in basemap.layers(bounds, view_margin(bounds), palette):
        layer.add_to(m)
    groups = {name: folium.FeatureGroup(name=name, show=name != LAYER_OTHER).add_to(m)
              for name in (LAYER_ROUTE, LAYER_STOPS, LAYER_EVENTS, LAYER_OTHER)}
    for f in scene.of_kind("leg"):  # every casing first: where legs cross, both lines lie above both casings
        casing(f, palette["casing"]).add_to(groups[f.layer])
    for f in scene.of_kind("leg"):
        leg_line(f, m).add_to(groups[f.layer])
        for lat, lon, heading in f.arrows:
            arrow(lat, lon, heading, f.colour).add_to(groups[f.layer])
    placed: list[tuple[Feature, PlaceMarker]] = []
    for f in scene.features:
        if f.kind != "leg":
            mk = marker(f, m)
            mk.add_to(groups[f.layer])
            placed.append((f, mk))
    priority = {"stop": 0, "event": 1, "via": 2, "mention": 3}
    markers: dict[str, PlaceMarker] = {}  # what #place=KEY opens: the stop, else its event, else the place
    for f, mk in sorted(placed, key=lambda p: priority[p[0].kind]):
        markers.setdefault(f.key, mk)
    control = folium.LayerControl(collapsed=False, position="topright").add_to(m)
    css = offline.embeddable("style", offline.static_text("webmap/map.css"))
    m.get_root().header.add_child(Text(f"<style>{css}</style>"), name="webmap_map_css")
    m.get_root().header.add_child(Text('<meta name="color-scheme" content="light dark">'), name="webmap_scheme")
    m.get_root().title = esc(scene.title)  # branca writes <title> unescaped
    config = {"title": title_html(scene), "legend": legend_html(journey, scene=scene),
              "itinerary": itinerary_html(scene), "attribution": ATTRIBUTION, "labels": label_data(scene),
              "bounds": bounds if bounds and bounds[0] != bounds[1] else None, "style": style,
              "sea": palette["sea"], "labelsLayer": LAYER_LABELS, "minZoom": 2, "maxZoom": 12,
              "short": esc(scene.title if len(scene.title) <= 30 else scene.title[:28] + "…") + " · Key",
              "legNames": {str(f.order): f.name for f in scene.of_kind("leg")},
              "maxBounds": basemap.view_box(bounds, view_margin(bounds) * 3) if bounds else None}
    m.add_child(MapChrome(config, markers, control))
    if steps := timeline_steps(journey):
        Timeline(steps).add_to(m)
    offline.localise(m, static_url=static_url)
    stable_ids(m, scene)
    return m


LAYER_LABELS = "Labels"


def stable_ids(m: folium.Map, scene: Scene) -> None:
    """Element ids derived from the content and the order of the map, not random: the same journey exports to
    the same bytes (folium draws a random id for every element)."""
    seed = hashlib.sha256(repr((scene.title, [(f.key, f.coords) for f in scene.features])).encode()).hexdigest()
    for i, el in enumerate(offline.walk(m.get_root())):
        el._id = hashlib.sha256(f"{seed}:{i}:{type(el).__name__}".encode()).hexdigest()[:32]


def map_html(journey: Journey, *, inline: bool = False, tiles: str | None = None, static_url: str = "/static",
             style: str = "light", scene: Scene | None = None) -> str:
    """The map alone as a full HTML page; ``inline`` gives one self-contained file for reports.

    The page also carries the picture (SVG) and the journey as text for readers and converters without JavaScript,
    and shows them when it is printed.
    """
    scene = scene or build_scene(journey)
    m = build_map(journey, tiles=tiles, static_url=static_url, style=style, scene=scene)
    html = offline.export_html(m) if inline else m.get_root().render()
    return with_fallback(html, scene, style)


PAGE_OF_MAP = "html:has(> body.wm-page), body.wm-page, body.wm-page > main"


def with_fallback(html: str, scene: Scene, style: str) -> str:
    """Add lang, pinch-zoom, and the no-JavaScript/print picture with the journey as text to a rendered page."""
    from webmap.draw.svg import scene_svg

    picture = scene_svg(scene, width=1000, height=700, style=style, title_id="wm-print-title", detail_px=4)
    items = "".join(f"<li>{esc(line)}</li>" for line in scene.itinerary)
    block = (f'<div class="wm-static" role="region" aria-label="{esc(scene.title)} (picture and text)">'
             f'<figure class="wm-picture">{picture}</figure>'
             f'<h2>Journey as text</h2><ol class="wm-text">{items}</ol></div>')
    noscript = "<noscript><style>.folium-map{display:none}.wm-static{display:block!important}</style></noscript>"
    html = html.replace("<html>", '<html lang="en">', 1)
    # folium styles html and body for a full-page map; only a page whose body holds the map should get that.
    html = html.replace("<style>html, body {", f"<style>{PAGE_OF_MAP} {{", 1)
    html = re.sub(r'<meta name="viewport"[^>]*>', '<meta name="viewport" content="width=device-width, '
                  'initial-scale=1.0">', html, count=1)
    html = html.replace("<body>", '<body class="wm-page"><main class="wm-main">', 1)
    # the templates' trailing blanks and empty lines are a kilobyte of every exported file (no <pre> holds any)
    html = _EMPTY_LINES.sub("\n", _TRAILING_BLANKS.sub("\n", html))
    return html.replace("</body>", f"{noscript}{block}</main>\n</body>", 1)


_TRAILING_BLANKS = re.compile(r"[ \t]+\n")
_EMPTY_LINES = re.compile(r"\n{2,}")
