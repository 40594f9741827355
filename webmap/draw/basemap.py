"""Basemaps: Natural Earth country shapes that work offline, and online tile layers only on request.

Why: a map for a report must render on a laptop with no network, so the default basemap is vector data shipped in
the package (Natural Earth 1:50m via world-atlas, see webmap/data/SOURCES.md), cut to the story's region so the
exported file stays small. This is the only module that names tile servers.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from typing import Any

import folium

from webmap.derived import cached, cached_shapes, fingerprint

__all__ = ["COUNTRY_STYLE", "SEA_COLOUR", "ONLINE_TILES", "countries_geojson", "countries_layer", "online_tiles"]

Bounds = tuple[tuple[float, float], tuple[float, float]]

LAYER_NAME = "Countries (Natural Earth)"
# Muted land, thin borders: the journey, not the basemap, is what the reader should see.
COUNTRY_STYLE: dict[str, Any] = {"fillColor": "#efece6", "fillOpacity": 1.0, "color": "#a9a39a", "weight": 0.7,
                                 "opacity": 1.0}
SEA_COLOUR = "#dce8ef"  # for the map container's background, which the basemap leaves visible as sea

ONLINE_TILES: dict[str, dict[str, Any]] = {
    "osm": {
        "tiles": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "name": "OpenStreetMap",
        "attr": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
        "max_zoom": 19,
    },
    "carto": {
        "tiles": "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png",
        "name": "CARTO Positron",
        "attr": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors '
                '&copy; <a href="https://carto.com/attributions">CARTO</a>',
        "subdomains": "abcd",
        "max_zoom": 20,
    },
}


@functools.lru_cache(maxsize=1)
def _countries() -> tuple[tuple[str, ...], Any]:
    """Names and shapely geometries of every country, parsed once per process (and kept as WKB beside the
    gazetteer, keyed by the data file's hash: parsing the 1.6 MB GeoJSON takes about 0.2 s, reading it 10 ms)."""
    raw = (importlib.resources.files("webmap") / "data" / "countries-50m.geojson").read_bytes()
    return cached_shapes("countries-50m", raw, lambda: _parse_countries(raw))


def _parse_countries(raw: bytes) -> tuple[tuple[str, ...], Any]:
    import shapely

    names = tuple(f["properties"]["name"] for f in json.loads(raw)["features"])
    geoms = shapely.get_parts(shapely.from_geojson(raw))  # GEOS parses the whole collection: fast
    if len(geoms) != len(names):
        raise ValueError("countries-50m.geojson: expected one geometry per feature")
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():  # the vendored file is valid; stay safe if someone regenerates it differently
        geoms[invalid] = shapely.make_valid(geoms[invalid])
    return names, geoms


def _rounded(geom: Any, decimals: int) -> tuple[str, list]:
    """GeoJSON type and coordinates of a (multi)polygon or (multi)line, rounded to `decimals`: the coordinates
    are read and rounded as arrays, which costs a first export a few milliseconds where a walk of `mapping()`'s
    nested tuples cost ten."""
    import numpy as np
    import shapely

    def ring(r: Any) -> list:
        return np.round(shapely.get_coordinates(r), decimals).tolist()

    def polygon(g: Any) -> list:
        return [ring(g.exterior), *(ring(r) for r in g.interiors)]

    kind = geom.geom_type
    if kind == "Polygon":
        return kind, polygon(geom)
    if kind == "MultiPolygon":
        return kind, [polygon(g) for g in geom.geoms]
    if kind in ("LineString", "LinearRing"):
        return "LineString", ring(geom)
    if kind == "MultiLineString":
        return kind, [ring(g) for g in geom.geoms]
    raise ValueError(f"basemap: unexpected {kind}")


def _polygonal(g: Any) -> Any:
    """Only the areas: clipping can leave slivers as lines or points, which a fill cannot draw."""
    import shapely

    if g.is_empty or g.geom_type in ("Polygon", "MultiPolygon"):
        return g
    parts = [p for p in shapely.get_parts(g) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def countries_geojson(bounds: Bounds, *, margin_deg: float = 4.0, tolerance_deg: float = 0.02) -> dict:
    """The countries inside bounds ((south, west), (north, east)) widened by margin_deg, simplified, as GeoJSON.

    Shared borders are simplified once for both neighbours (coverage simplification), so no slivers open between
    them. Bounds past ±180 (a journey drawn across the antimeridian, webmap/draw/frame.py) get the countries
    there moved by a whole turn, and a country cut by the antimeridian (Fiji, Russia) is joined up again.
    """
    import shapely.errors

    (south, west), (north, east) = bounds
    south, north = max(-90.0, min(south, north) - margin_deg), min(90.0, max(south, north) + margin_deg)
    lo, hi = min(west, east), max(west, east)
    west = max(-180.0 if lo >= -180 else -360.0, lo - margin_deg)
    east = min(180.0 if hi <= 180 else 360.0, hi + margin_deg)
    names, geoms = _turns(west, east)
    box = shapely.box(west, south, east, north)
    hit = shapely.intersects(geoms, box).nonzero()[0]
    clipped = ((names[i], _polygonal(shapely.clip_by_rect(geoms[i], west, south, east, north))) for i in hit)
    kept = [(n, g) for n, g in clipped if not g.is_empty]
    if len(names) > len(_countries()[0]):  # copies a turn apart: one feature per country, its halves joined
        joined: dict[str, list] = {}
        for n, g in kept:
            joined.setdefault(n, []).append(g)
        kept = [(n, _polygonal(shapely.union_all(gs)) if len(gs) > 1 else gs[0])
                for n, gs in joined.items()]
    if not kept:
        return {"type": "FeatureCollection", "features": []}
    if tolerance_deg > 0:
        try:  # VW area tolerance: roughly the square root of the triangle areas removed
            simplified = shapely.coverage_simplify([g for _, g in kept], tolerance_deg)
        except (AttributeError, shapely.errors.GEOSException):  # shapely < 2.1 / GEOS < 3.12: one by one
            simplified = [g.simplify(tolerance_deg, preserve_topology=True) for _, g in kept]
    else:
        simplified = [g for _, g in kept]
    decimals = _decimals(tolerance_deg)
    min_area = (2 * tolerance_deg) ** 2  # islands smaller than a few pixels at this scale are noise, and bytes
    features = []
    for (name, _), g in zip(kept, simplified, strict=True):
        g = _polygonal(g)
        if tolerance_deg >= 0.1 and not g.is_empty:
            g = _polygonal(shapely.union_all([p for p in shapely.get_parts(g) if p.area >= min_area]))
        if g.is_empty:
            continue
        kind, coords = _rounded(g, decimals)
        features.append({"type": "Feature", "properties": {"name": name},
                         "geometry": {"type": kind, "coordinates": coords}})
    return {"type": "FeatureCollection", "features": features}


def _turns(west: float, east: float) -> tuple[tuple[str, ...], Any]:
    """Every country, and its copies a whole turn (±360°) away where west..east reaches past ±180."""
    import numpy as np
    import shapely

    names, geoms = _countries()
    shifts = [k * 360.0 for k in (-1, 1) if west < k * 360.0 + 180.0 and east > k * 360.0 - 180.0]
    if not shifts:
        return names, geoms
    copies = [shapely.transform(geoms, lambda c, dx=dx: c + np.array([dx, 0.0])) for dx in shifts]
    return names * (1 + len(shifts)), np.concatenate([geoms, *copies])


def _decimals(tolerance_deg: float) -> int:
    """Coordinates no finer than the simplification: bytes the eye cannot see are left out."""
    return 3 if tolerance_deg < 0.05 else 2 if tolerance_deg < 0.15 else 1


def _country_style(_feature: dict) -> dict[str, Any]:
    return COUNTRY_STYLE


def countries_layer(bounds: Bounds, *, margin_deg: float = 4.0, tolerance_deg: float = 0.02,
                    pane: str = "tilePane") -> folium.GeoJson:
    """An offline basemap layer of Natural Earth countries around bounds ((south, west), (north, east)).

    Not interactive (no popups, tooltips or hover). It is drawn in Leaflet's tilePane by default, below every
    overlay, so toggling it in the layer control never buries the route under it. Set the map container's
    background to SEA_COLOUR so the sea reads as sea.
    """
    return folium.GeoJson(
        countries_geojson(bounds, margin_deg=margin_deg, tolerance_deg=tolerance_deg),
        name=LAYER_NAME,
        style_function=_country_style,
        interactive=False,
        attribution="Natural Earth",
        pane=pane,
        smooth_factor=0.5,
    )


def online_tiles(name: str) -> folium.TileLayer:
    """An online tile layer ('osm' or 'carto') with its attribution; only for users who ask (`--tiles`)."""
    try:
        spec = dict(ONLINE_TILES[name.lower()])
    except KeyError:
        raise ValueError(f"unknown tiles {name!r}: choose one of {', '.join(ONLINE_TILES)}") from None
    return folium.TileLayer(**spec)


# -- the basemap every output draws: land and sea, borders and coasts, the world beyond at low detail -----------

PALETTES: dict[str, dict[str, str]] = {
    # Land on sea at about 1.5:1 (light) and 1.6:1 (dark), and dark coastlines, so the shapes survive greyscale print.
    # Routes are drawn on a light casing (a wider under-stroke, scene.CASING_WIDTH): on the dark basemap the route
    # colours are under 3:1, against their casing they keep it.
    "light": {"land": "#f3f0ea", "sea": "#a9cbe0", "border": "#8c857b", "coast": "#4f7690", "text": "#1b1b1b",
              "halo": "#ffffff", "country": "#5e564c", "panel": "#ffffff",
              "casing": "#ffffff"},
    "dark": {"land": "#343a42", "sea": "#101820", "border": "#7d8690", "coast": "#86aac4", "text": "#f2f2f2",
             "halo": "#101820", "country": "#c3c9d0", "panel": "#1d232a",
             "casing": "#ffffff"},
}
WORLD_TOLERANCE = 1.0  # degrees: the world beyond the journey's region, a few pixels at zoom 2
WORLD_MIN_AREA = 3.0  # square degrees: smaller islands are left out of the coarse world


def palette(style: str) -> dict[str, str]:
    try:
        return PALETTES[style]
    except KeyError:
        raise ValueError(f"unknown style {style!r}: choose one of {', '.join(PALETTES)}") from None


def view_box(bounds: Any, margin_deg: float) -> list[list[float]]:
    """The journey's box ((south, west), (north, east)) widened by margin_deg, inside the world."""
    (south, west), (north, east) = bounds
    return [[max(-85.0, south - margin_deg), max(-180.0 if west >= -180 else -360.0, west - margin_deg)],
            [min(85.0, north + margin_deg), min(180.0 if east <= 180 else 360.0, east + margin_deg)]]


def detail_tolerance(bounds: Any, margin_deg: float) -> float:
    """About two pixels of a 1,200-pixel view: as fine as the eye needs, and the file stays small at any scale."""
    (south, west), (north, east) = bounds
    span = max(north - south, east - west)
    return min(1.0, max(0.02, (span + 2 * margin_deg) / 450))


@functools.lru_cache(maxsize=4)
def _world_land(tolerance: float) -> Any:
    """The world's land, coarse; kept as WKB beside the countries (computing it takes about 0.1 s)."""
    raw = (importlib.resources.files("webmap") / "data" / "land-50m.geojson").read_bytes()
    return cached_shapes("world-land", raw + f"{tolerance}:{WORLD_MIN_AREA}".encode(),
                         lambda: (("world",), [_coarse_world(tolerance)]))[1][0]


def _world_around(west: float, east: float) -> Any:
    """The coarse world; for a box past ±180, one turn of it centred on the box (copies a turn apart, clipped)."""
    import shapely

    world = _world_land(WORLD_TOLERANCE)
    if -180.0 <= west and east <= 180.0:
        return world
    centre = (west + east) / 2
    moved = [shapely.transform(world, lambda c, dx=dx: c + [dx, 0.0]) for dx in (-360.0, 360.0)]
    return shapely.clip_by_rect(shapely.union_all([world, *moved]), centre - 180.0, -90.0, centre + 180.0, 90.0)


def _coarse_world(tolerance: float) -> Any:
    import shapely

    from webmap.land import land  # parsed once per process; routes already load it

    parts = [p for p in shapely.get_parts(land()) if p.area >= WORLD_MIN_AREA]
    return shapely.simplify(shapely.multipolygons(parts), tolerance, preserve_topology=True)


def prepare_shared() -> None:
    """Keep what every export reads and no journey changes (land, countries, the coarse world) as WKB beside the
    gazetteer, so that even the first export of a journey parses no GeoJSON; run when the gazetteer is built."""
    from webmap.land import land

    land()
    _countries()
    _world_land(WORLD_TOLERANCE)


def _lines(geom: Any, cut: Any | None = None) -> Any:
    """The outlines of areas, without the straight edges a clip made (those are not coasts or borders)."""
    import shapely

    lines = shapely.boundary(geom)
    return shapely.difference(lines, cut) if cut is not None else lines


def basemap_geojson(bounds: Any, margin_deg: float, tolerance: float | None = None, world: bool = True) -> dict:
    """Land areas (fill only) and lines (borders and coasts, stroke only) for the journey's region in detail and
    the rest of the world coarsely, so zooming out shows the world rather than a cut edge.

    Features carry ``kind``: 'land', 'border' (country outlines in the region) or 'coast' (the coarse world).

    Kept beside the gazetteer once computed (webmap/derived.py): a cold export then needs no shapely at all.
    """
    key = {"bounds": [list(map(float, p)) for p in bounds], "margin": margin_deg, "tolerance": tolerance,
           "world": world, "code": fingerprint("draw/basemap.py", "land.py", "data/countries-50m.geojson",
                                               "data/land-50m.geojson")}
    return cached("basemap", key, lambda: _basemap_geojson(bounds, margin_deg, tolerance, world))


def _basemap_geojson(bounds: Any, margin_deg: float, tolerance: float | None, world: bool) -> dict:
    """`basemap_geojson` computed (uncached)."""
    import shapely.geometry

    box = view_box(bounds, margin_deg)
    (s, w), (n, e) = box
    tolerance = detail_tolerance(bounds, margin_deg) if tolerance is None else tolerance
    region = countries_geojson(((s, w), (n, e)), margin_deg=0.0, tolerance_deg=tolerance)
    rect = shapely.box(w, s, e, n)
    decimals = 1
    edge = shapely.buffer(rect.exterior, 0.01)
    world = shapely.difference(_world_around(w, e), rect) if world else shapely.Polygon()
    shapes = [shapely.geometry.shape(f["geometry"]) for f in region["features"]]
    features = []
    if shapes:  # one fill for the region's land (the border lines draw the countries), then the lines
        features.append(_feature("land", shapely.multipolygons(shapely.get_parts(shapes)), _decimals(tolerance)))
        borders = shapely.line_merge(shapely.union_all([_lines(g) for g in shapes]))
        borders = shapely.difference(borders, edge)
        features.append(_feature("border", borders, _decimals(tolerance)))
    if not world.is_empty:
        features.append(_feature("land", world, decimals))
        features.append(_feature("coast", shapely.difference(_lines(world), edge), decimals))
    return {"type": "FeatureCollection", "features": [f for f in features if f["geometry"]["coordinates"]]}


def _feature(kind: str, geom: Any, decimals: int) -> dict:
    import shapely

    if geom.geom_type == "GeometryCollection":
        parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("LineString", "MultiLineString")]
        geom = shapely.multilinestrings(parts) if parts else shapely.MultiLineString()
    kind_, coords = _rounded(geom, decimals) if not geom.is_empty else (geom.geom_type, [])
    return {"type": "Feature", "properties": {"kind": kind}, "geometry": {"type": kind_, "coordinates": coords}}


def basemap_style(colours: dict[str, str]) -> Any:
    """Leaflet path style per basemap feature kind (land fills, border and coast lines)."""
    def style(feature: dict) -> dict[str, Any]:
        kind = feature["properties"]["kind"]
        if kind == "land":
            return {"fillColor": colours["land"], "fillOpacity": 1.0, "stroke": False}
        return {"color": colours["border" if kind == "border" else "coast"], "weight": 0.8 if kind == "border"
                else 0.7, "opacity": 1.0, "fill": False}
    return style


def layers(bounds: Any, margin_deg: float, colours: dict[str, str]) -> list[folium.GeoJson]:
    """The offline basemap as one non-interactive layer below every overlay (Leaflet's tilePane)."""
    if not bounds:
        return []
    return [folium.GeoJson(basemap_geojson(bounds, margin_deg), name=LAYER_NAME, style_function=basemap_style(colours),
                           interactive=False, attribution="Natural Earth", pane="tilePane", smooth_factor=0.5)]
