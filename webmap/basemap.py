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
import shapely
import shapely.errors
from shapely.geometry import mapping

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
    """Names and shapely geometries of every country, parsed once per process (about 0.15 s)."""
    text = (importlib.resources.files("webmap") / "data" / "countries-50m.geojson").read_text(encoding="utf-8")
    names = tuple(f["properties"]["name"] for f in json.loads(text)["features"])
    geoms = shapely.get_parts(shapely.from_geojson(text))  # GEOS parses the whole collection: fast
    if len(geoms) != len(names):
        raise ValueError("countries-50m.geojson: expected one geometry per feature")
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():  # the vendored file is valid; stay safe if someone regenerates it differently
        geoms[invalid] = shapely.make_valid(geoms[invalid])
    return names, geoms


def _round(coords: Any, decimals: int) -> Any:
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], decimals), round(coords[1], decimals)]
    return [_round(c, decimals) for c in coords]


def _polygonal(g: Any) -> Any:
    """Only the areas: clipping can leave slivers as lines or points, which a fill cannot draw."""
    if g.is_empty or g.geom_type in ("Polygon", "MultiPolygon"):
        return g
    parts = [p for p in shapely.get_parts(g) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def countries_geojson(bounds: Bounds, *, margin_deg: float = 4.0, tolerance_deg: float = 0.02) -> dict:
    """The countries inside bounds ((south, west), (north, east)) widened by margin_deg, simplified, as GeoJSON.

    Shared borders are simplified once for both neighbours (coverage simplification), so no slivers open between
    them. Bounds that cross the antimeridian are not supported.
    """
    (south, west), (north, east) = bounds
    south, north = max(-90.0, min(south, north) - margin_deg), min(90.0, max(south, north) + margin_deg)
    west, east = max(-180.0, min(west, east) - margin_deg), min(180.0, max(west, east) + margin_deg)
    names, geoms = _countries()
    box = shapely.box(west, south, east, north)
    hit = shapely.intersects(geoms, box).nonzero()[0]
    clipped = ((names[i], _polygonal(shapely.clip_by_rect(geoms[i], west, south, east, north))) for i in hit)
    kept = [(n, g) for n, g in clipped if not g.is_empty]
    if not kept:
        return {"type": "FeatureCollection", "features": []}
    if tolerance_deg > 0:
        try:  # VW area tolerance: roughly the square root of the triangle areas removed
            simplified = shapely.coverage_simplify([g for _, g in kept], tolerance_deg)
        except (AttributeError, shapely.errors.GEOSException):  # shapely < 2.1 / GEOS < 3.12: one by one
            simplified = [g.simplify(tolerance_deg, preserve_topology=True) for _, g in kept]
    else:
        simplified = [g for _, g in kept]
    decimals = 3 if tolerance_deg < 0.05 else 2 if tolerance_deg < 0.5 else 1
    min_area = (2 * tolerance_deg) ** 2  # islands smaller than a few pixels at this scale are noise, and bytes
    features = []
    for (name, _), g in zip(kept, simplified, strict=True):
        g = _polygonal(g)
        if tolerance_deg >= 0.1 and not g.is_empty:
            g = _polygonal(shapely.union_all([p for p in shapely.get_parts(g) if p.area >= min_area]))
        if g.is_empty:
            continue
        geom = mapping(g)
        features.append({"type": "Feature", "properties": {"name": name},
                         "geometry": {"type": geom["type"], "coordinates": _round(geom["coordinates"], decimals)}})
    return {"type": "FeatureCollection", "features": features}


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
