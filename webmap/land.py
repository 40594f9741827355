"""Natural Earth land polygons, loaded once and prepared, for "is this on land?" questions.

Ground legs must not cross open water (issue 4), so routing and its tests need a fast point-in-land test and a
fast "does this segment stay on land?" test. Both come from one shapely geometry, read from the GeoJSON that ships
in the package (`webmap/data/land-50m.geojson`, Natural Earth 1:50m via world-atlas) and prepared once.
"""

from __future__ import annotations

import importlib.resources
import json
import math
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import shapely
import shapely.affinity
import shapely.geometry
import shapely.ops
from shapely.geometry import LineString, MultiPolygon, Polygon, shape
from shapely.geometry.base import BaseGeometry

__all__ = ["land", "is_land", "land_mask", "segment_on_land", "load_land_geojson", "split_antimeridian",
           "landmass", "landmass_geometry", "nearest_land_point", "water_km"]

EARTH_KM = 6371.0088
KM_PER_DEG = math.pi * EARTH_KM / 180.0


# ------------------------------------------------------------------------------------------- loading

def _geometries(doc: dict[str, Any]) -> list[BaseGeometry]:
    """Every geometry in a GeoJSON document, whatever its top-level type."""
    kind = doc.get("type")
    if kind == "FeatureCollection":
        return [g for f in doc.get("features", []) for g in _geometries(f)]
    if kind == "Feature":
        return _geometries(doc["geometry"]) if doc.get("geometry") else []
    if kind == "GeometryCollection":
        return [g for sub in doc.get("geometries", []) for g in _geometries(sub)]
    if kind in ("Polygon", "MultiPolygon"):
        return [_polygons_from_coordinates(doc["coordinates"] if kind == "MultiPolygon" else [doc["coordinates"]])]
    return [shape(doc)]


def _polygons_from_coordinates(polys: list[list[list[list[float]]]]) -> BaseGeometry:
    """GeoJSON polygon coordinates → shapely, in bulk: about 5× faster than `shape()` for 60,000 vertices."""
    arrays: list[np.ndarray] = []
    ring_poly: list[int] = []
    for i, rings in enumerate(polys):
        for ring in rings:
            if len(ring) >= 4:
                arrays.append(np.asarray(ring, dtype=float)[:, :2])
                ring_poly.append(i)
    if not arrays:
        return MultiPolygon()
    ring_id = np.repeat(np.arange(len(arrays)), [len(a) for a in arrays])
    rings = shapely.linearrings(np.concatenate(arrays), indices=ring_id)
    return MultiPolygon(list(shapely.polygons(rings, indices=np.asarray(ring_poly))))


def _unwrap_ring(ring: Sequence[Sequence[float]]) -> list[tuple[float, float]]:
    """Longitudes made continuous: a step of more than 180° is taken the short way, across ±180."""
    out: list[tuple[float, float]] = []
    shift = 0.0
    for k, (x, y, *_) in enumerate(ring):
        if k:
            step = x + shift - out[-1][0]
            if step > 180:
                shift -= 360.0
            elif step < -180:
                shift += 360.0
        out.append((x + shift, y))
    return out


def _crosses_antimeridian(ring: Sequence[Sequence[float]]) -> bool:
    return any(abs(b[0] - a[0]) > 180 for a, b in zip(ring, ring[1:], strict=False))


def split_antimeridian(geom: dict[str, Any]) -> BaseGeometry:
    """A GeoJSON (Multi)Polygon whose rings may cross ±180° (as world-atlas' spherical rings do for Chukotka,
    Wrangel Island, Fiji and Antarctica) as planar shapely polygons cut at the antimeridian.

    Read naively, such a ring has an edge running the whole way round the world, which turns seas into land and
    land into sea along its latitude (e.g. 65–69° N across Eurasia and North America). Rings without a jump are
    taken as they are, so on clean data this costs nothing.
    """
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    out: list[BaseGeometry] = []
    for rings in polys:
        if not rings:
            continue
        if not any(_crosses_antimeridian(r) for r in rings):
            out.append(Polygon(rings[0], rings[1:]))
            continue
        shell = _unwrap_ring(rings[0])
        if abs(shell[-1][0] - shell[0][0]) > 180:  # goes once round a pole (Antarctica): close it over the pole
            pole = -90.0 if sum(y for _, y in shell) < 0 else 90.0
            shell += [(shell[-1][0], pole), (shell[0][0], pole)]
        holes = [h for h in map(_unwrap_ring, rings[1:]) if abs(h[-1][0] - h[0][0]) <= 180]  # pole slivers dropped
        poly = shapely.make_valid(Polygon(shell, holes))
        for k in (-1, 0, 1):  # pieces beyond ±180 are shifted back into range
            piece = shapely.clip_by_rect(poly, 360.0 * k - 180.0, -90.0, 360.0 * k + 180.0, 90.0)
            if not piece.is_empty:
                out.append(shapely.affinity.translate(piece, xoff=-360.0 * k))
    polygons = [p for g in out for p in shapely.get_parts(g) if p.geom_type == "Polygon" and not p.is_empty]
    return MultiPolygon(polygons) if len(polygons) != 1 else polygons[0]


def _polygons(geoms: Sequence[BaseGeometry]) -> np.ndarray:
    """The polygons inside `geoms`, flattened out of Multi- and collection types."""
    parts = np.asarray([p for g in geoms for p in shapely.get_parts(g)], dtype=object)
    while parts.size and any(p.geom_type != "Polygon" for p in parts):
        parts = np.asarray([q for p in parts for q in shapely.get_parts(p) if q.geom_type in
                            ("Polygon", "MultiPolygon", "GeometryCollection")], dtype=object)
    return parts[~shapely.is_empty(parts)] if parts.size else parts


def load_land_geojson(text: str | bytes) -> BaseGeometry:
    """Parse land GeoJSON into one prepared MultiPolygon (uncached; `land()` is the cached entry point).

    Vectorised checks find the few polygons that need work (rings crossing ±180°, invalid rings) and only those are
    repaired: a global union or make_valid of 60,000 vertices would cost most of a second at every cold start.
    """
    parts = _polygons(_geometries(json.loads(text)))
    if not parts.size:
        raise ValueError("land GeoJSON holds no polygon")
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    xy, xy_ring = shapely.get_coordinates(rings, return_index=True)
    jump = (np.abs(np.diff(xy[:, 0])) > 180) & (xy_ring[1:] == xy_ring[:-1])
    crossing = np.zeros(len(parts), dtype=bool)
    crossing[np.unique(ring_part[xy_ring[1:][jump]])] = True
    fixed = [split_antimeridian(shapely.geometry.mapping(p)) for p in parts[crossing]]
    keep = parts[~crossing]
    if fixed:
        keep = np.concatenate([keep, _polygons(fixed)])
    invalid = ~shapely.is_valid(keep)
    if invalid.any():
        keep = np.concatenate([keep[~invalid], _polygons(list(shapely.make_valid(keep[invalid])))])
    geom = MultiPolygon(list(keep))
    shapely.prepare(geom)
    return geom


@lru_cache(maxsize=1)
def land() -> BaseGeometry:
    """Natural Earth 1:50m land as one prepared shapely geometry in (lon, lat); read once per process."""
    geom = MultiPolygon(list(_land_parts()[1]))
    shapely.prepare(geom)
    return geom


@lru_cache(maxsize=1)
def _land_parts() -> tuple[np.ndarray, np.ndarray]:
    """The land polygons and the land-mass id of each, kept as WKB beside the gazetteer once computed from the
    GeoJSON (webmap/derived.py): parsing and labelling cost a first export about 0.3 s, reading them 10 ms."""
    from webmap.derived import cached_shapes

    resource = importlib.resources.files("webmap") / "data" / "land-50m.geojson"
    try:
        text = resource.read_bytes()
    except FileNotFoundError as exc:  # pragma: no cover - a broken install, not a user error
        raise FileNotFoundError(f"land polygons missing from the package ({resource}); reinstall webmap") from exc

    def compute() -> tuple[tuple[str, ...], np.ndarray]:
        parts = np.asarray(shapely.get_parts(load_land_geojson(text)))
        return tuple(map(str, _label_masses(parts))), parts

    labels, parts = cached_shapes("land-50m", text, compute)
    return np.array([int(x) for x in labels]), np.asarray(parts)


# ------------------------------------------------------------------------------------------- queries

def is_land(lat: float, lon: float) -> bool:
    """True if (lat, lon) is on Natural Earth land (coastline included)."""
    return bool(shapely.intersects_xy(land(), float(lon), float(lat)))


def land_mask(lats: Sequence[float] | np.ndarray, lons: Sequence[float] | np.ndarray,
              geom: BaseGeometry | None = None) -> np.ndarray:
    """Vectorised `is_land` (boolean array shaped like `lats`): rasterising a routing grid needs many points.
    `geom` narrows the test to one prepared land mass (see `landmass_geometry`)."""
    lat = np.asarray(lats, dtype=float)
    lon = np.asarray(lons, dtype=float)
    return np.asarray(shapely.intersects_xy(land() if geom is None else geom, lon, lat), dtype=bool)


def segment_on_land(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """True if the straight (lat/lon-linear) segment a→b lies wholly on land; a and b are (lat, lon)."""
    if a == b:
        return is_land(*a)
    return bool(land().covers(LineString([(a[1], a[0]), (b[1], b[0])])))


def water_km(a: tuple[float, float], b: tuple[float, float], step_km: float = 0.5) -> float:
    """About how many km of the straight segment a→b lie off land (sampled every `step_km`); 0 if on land."""
    if segment_on_land(a, b):
        return 0.0
    length = _haversine_km(a[0], a[1], b[0], b[1])
    n = max(2, math.ceil(length / step_km) + 1)
    t = (np.arange(n) + 0.5) / n
    wet = ~land_mask(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
    return float(length * wet.mean())


# ---------------------------------------------------------------------------------------- land masses

@lru_cache(maxsize=1)
def _landmasses() -> tuple[np.ndarray, shapely.STRtree, np.ndarray]:
    """Land polygons, a spatial index over them, and a land-mass id for each (touching polygons share one id).

    Two points on different land masses (Britain and Ireland) have no route over land at all: routing can say so
    at once instead of first searching the whole of Britain."""
    label, parts = _land_parts()
    return parts, shapely.STRtree(parts), label


def _label_masses(parts: np.ndarray) -> list[int]:
    """A land-mass id for each polygon: the smallest index among the polygons it touches, directly or not."""
    tree = shapely.STRtree(parts)
    label = list(range(len(parts)))

    def find(i: int) -> int:
        while label[i] != i:
            label[i] = label[label[i]]
            i = label[i]
        return i

    left, right = tree.query(parts, predicate="intersects")
    for i, j in zip(left.tolist(), right.tolist(), strict=True):
        ri, rj = find(i), find(j)
        if ri != rj:
            label[max(ri, rj)] = min(ri, rj)
    return [find(i) for i in range(len(parts))]


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def _radius_deg(km: float, lat: float) -> float:
    """A search radius in degrees that covers `km` in every direction at `lat` (generous in latitude)."""
    return km / (KM_PER_DEG * max(math.cos(math.radians(lat)), 0.05))


def landmass(lat: float, lon: float, max_km: float = 0.0) -> int | None:
    """Id of the land mass under (lat, lon), or of the nearest one within `max_km`; None if there is none."""
    parts, tree, label = _landmasses()
    point = shapely.Point(lon, lat)
    hits = tree.query(point, predicate="intersects")
    if hits.size:
        return int(label[hits[0]])
    if max_km <= 0:
        return None
    near = tree.query_nearest(point, max_distance=_radius_deg(max_km, lat))
    return int(label[near[0]]) if near.size else None


@lru_cache(maxsize=64)
def landmass_geometry(mass: int) -> BaseGeometry:
    """All polygons of one land mass, prepared: routing rasterises against it so a path can't hop islands."""
    parts, _, label = _landmasses()
    geom = MultiPolygon(list(parts[label == mass]))
    shapely.prepare(geom)
    return geom


def nearest_land_point(lat: float, lon: float, max_km: float) -> tuple[float, float] | None:
    """(lat, lon) itself if on land, else a point just inside the nearest coast within `max_km`, else None.

    Gazetteer points of coastal cities often sit a little off Natural Earth's 1:50m coast (Istanbul, Halifax)."""
    if is_land(lat, lon):
        return (lat, lon)
    r = _radius_deg(max_km, lat)
    near = shapely.clip_by_rect(land(), lon - r, lat - r, lon + r, lat + r)
    if near.is_empty:
        return None
    coast = shapely.ops.nearest_points(near, shapely.Point(lon, lat))[0]
    if _haversine_km(lat, lon, coast.y, coast.x) > max_km:
        return None
    dlon, dlat = coast.x - lon, coast.y - lat
    size = math.hypot(dlon, dlat) or 1.0
    for step in (0.002, 0.0005):  # nudge ~200 m inland, so segments from it test as "on land"
        inside = (coast.y + dlat / size * step, coast.x + dlon / size * step)
        if is_land(*inside):
            return inside
    return (coast.y, coast.x)
