"""Leg geometry by mode: what line to draw for a leg, and how long it is.

A straight line from Dandong to Beijing crosses the Bohai Sea, which no train does; readers see that and stop
trusting the map (issue 4). So ground legs are routed over Natural Earth land, one consecutive pair of points
(from, via..., to) at a time:

1. if the straight line is already on land, keep it (the usual case between via points: cheap);
2. if the two ends are on different land masses (an island), no land route exists: draw it straight and say so;
3. else run weighted A* over the land cells of a coarse grid around the pair (≤ 12,000 cells first, larger boxes
   or finer cells only if that fails), then pull the string: from each kept vertex jump to the farthest later
   vertex whose straight segment lies on land (exact test against the polygons). A grid step that still leaves the
   land is re-routed on a grid four times finer; what cannot be fixed (the Bosphorus) is counted and named.

Flights are great-circle arcs, ships and ferries go straight over water, and an unknown mode is drawn straight and
says so. Every result is approximate and its note says so.
"""

from __future__ import annotations

import functools
import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from webmap.derived import cached, fingerprint

# webmap.land (shapely and the land polygons) is imported inside the routing functions: a cold export whose legs
# are stored (stored_leg_path) needs neither.

__all__ = ["LegPath", "GROUND_MODES", "AIR_MODES", "SEA_MODES", "leg_path", "stored_leg_path", "normalise_mode"]

LatLon = tuple[float, float]

GROUND_MODES = frozenset({"train", "car", "motorcade", "convoy", "bus", "foot", "bicycle", "road"})
AIR_MODES = frozenset({"flight", "plane", "air", "helicopter"})
SEA_MODES = frozenset({"ship", "ferry", "boat", "sea"})

# Words a story or an editor may use for the canonical modes above.
_ALIASES = {
    "rail": "train", "railway": "train", "special train": "train", "armoured train": "train",
    "armored train": "train", "drive": "car", "driving": "car", "truck": "car", "taxi": "car",
    "convoy": "motorcade", "coach": "bus", "walk": "foot", "walking": "foot", "on foot": "foot",
    "march": "foot", "airplane": "plane", "aeroplane": "plane", "aircraft": "plane", "jet": "plane",
    "fly": "flight", "flew": "flight", "vessel": "ship", "yacht": "ship", "cruise": "ship",
}

EARTH_KM = 6371.0088          # mean Earth radius, for grid costs and densifying (the reported distance is geodesic)
KM_PER_DEG = math.pi * EARTH_KM / 180.0
MAX_SEGMENT_KM = 25.0         # drawn segments are split below this, so lat/lon-linear ≈ great circle ≈ Mercator line
MIN_RES_DEG = 0.05            # finest routing grid (≈ 5.5 km)
GRID_CELLS = 12_000           # cell budget of the first routing attempt; keeps pure-Python A* near 10 ms
SNAP_KM = 30.0                # an endpoint just off Natural Earth's coast is joined to the nearest land cell
COAST_PENALTY = 1.5           # cost factor for coastal cells: keeps the raw path off the shoreline
ASTAR_WEIGHT = 1.2            # weighted A*: a slightly longer raw path is fine, the line is pulled straight after
ARC_POINTS = (50, 100)        # points per great-circle arc (min, max)
LAND_SOURCE = "Natural Earth 1:50m"


@dataclass(frozen=True)
class LegPath:
    """The line drawn for one leg, its length along that line, and what kind of approximation it is."""

    coords: list[tuple[float, float]]   # (lat, lon) along the drawn path
    distance_km: float                  # geodesic length along coords (WGS84)
    approximate: bool                   # True for routed/straight/arc approximations (all of ours, in practice)
    method: str                         # 'land-route' | 'great-circle' | 'straight' | 'sea'
    note: str                           # plain text for popup/legend


def normalise_mode(mode: str | None) -> str:
    """Canonical mode word ('train', 'plane', 'ship'...) or the cleaned input if unknown."""
    word = " ".join((mode or "").lower().replace("_", " ").replace("-", " ").split())
    return _ALIASES.get(word, word)


def leg_path(points: Sequence[tuple[float, float]], mode: str,
             *, names: Sequence[str] | None = None) -> LegPath:
    """Geometry for a leg through `points` = from, via..., to (lat, lon), drawn as `mode` travels.

    `names` (optional, one per point) only makes the note readable ("via Sinanju").
    """
    pts = _check_points(points)
    labels = list(names) if names is not None and len(names) == len(pts) else None
    kind = normalise_mode(mode)
    if kind in GROUND_MODES:
        return _ground(pts, labels)
    if kind in AIR_MODES:
        coords = _unwrap(_great_circle(pts))
        return _result(coords, "great-circle",
                       "Great-circle arc (the shortest way over the globe); the actual flight path is not known")
    if kind in SEA_MODES:
        coords = _unwrap(pts)
        return _result(coords, "sea", "Straight line over water; the actual sea route is not known")
    shown = (mode or "").strip()
    what = f"Mode {shown!r} is unknown" if shown else "The mode of travel is unknown"
    return _result(_unwrap(pts), "straight", f"{what}: drawn as a straight line; not the actual route")


def stored_leg_path(points: Sequence[tuple[float, float]], mode: str,
                    *, names: Sequence[str] | None = None) -> LegPath:
    """`leg_path`, kept beside the gazetteer once computed: a cold export then needs neither the land polygons
    nor the router (see webmap/derived.py); keyed by the points, the mode, the names, the land data and this code."""
    key = {"points": [list(map(float, p)) for p in points], "mode": mode, "names": list(names or []) or None,
           "code": fingerprint("routes.py", "land.py", "data/land-50m.geojson")}
    return cached("leg", key, lambda: leg_path(points, mode, names=names), encode=_leg_json, decode=_leg_from_json)


def _leg_json(path: LegPath) -> dict:
    return {"coords": [[float(lat), float(lon)] for lat, lon in path.coords], "distance_km": path.distance_km,
            "approximate": path.approximate, "method": path.method, "note": path.note}


def _leg_from_json(doc: dict) -> LegPath:
    return LegPath(coords=[(lat, lon) for lat, lon in doc["coords"]], distance_km=doc["distance_km"],
                   approximate=doc["approximate"], method=doc["method"], note=doc["note"])


# --------------------------------------------------------------------------------------------- helpers

def _check_points(points: Sequence[tuple[float, float]]) -> list[LatLon]:
    """Validate (lat, lon) pairs early, so a bad journey fails here with a clear message."""
    pts: list[LatLon] = []
    for i, p in enumerate(points):
        try:
            lat, lon = float(p[0]), float(p[1])
        except (TypeError, ValueError, IndexError) as exc:
            raise ValueError(f"point {i} is not a (lat, lon) pair: {p!r}") from exc
        if not (math.isfinite(lat) and math.isfinite(lon)) or abs(lat) > 90 or abs(lon) > 360:
            raise ValueError(f"point {i} is out of range: lat={lat}, lon={lon}")
        pts.append((lat, lon))
    if len(pts) < 2:
        raise ValueError(f"a leg needs at least two points (from, to), got {len(pts)}")
    return pts


def _result(coords: list[LatLon], method: str, note: str) -> LegPath:
    return LegPath(coords=coords, distance_km=path_length_km(coords), approximate=True, method=method, note=note)


def path_length_km(coords: Sequence[LatLon]) -> float:
    """Length along a (lat, lon) polyline, each segment a geodesic on the WGS84 ellipsoid.

    The sum geopy's `geodesic(*coords).km` makes, with geographiclib (which geopy uses) called directly: importing
    geopy's geocoders would cost a first export more than the measuring does."""
    if len(coords) < 2:
        return 0.0
    geod = _wgs84_km()
    km = 0.0
    for (lat1, lon1), (lat2, lon2) in pairwise(coords):
        km += geod.Inverse(float(lat1), float(lon1), float(lat2), float(lon2), geod.DISTANCE)["s12"]
    return float(km)


@functools.lru_cache(maxsize=1)
def _wgs84_km():
    from geographiclib.geodesic import Geodesic

    return Geodesic(6378.137, 1 / 298.257223563)  # in km, as geopy's ELLIPSOIDS["WGS-84"]


def _haversine_km(a: LatLon, b: LatLon) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def _unwrap(coords: Sequence[LatLon]) -> list[LatLon]:
    """Make longitudes continuous (may leave ±180) so Leaflet draws a Pacific crossing the short way."""
    out: list[LatLon] = []
    for lat, lon in coords:
        if out:
            prev = out[-1][1]
            lon += 360.0 * round((prev - lon) / 360.0)
        out.append((lat, lon))
    return out


def _great_circle(points: Sequence[LatLon]) -> list[LatLon]:
    """Spherical interpolation between consecutive points (50–100 points per arc)."""
    out: list[LatLon] = [points[0]]
    for a, b in pairwise(points):
        d = _haversine_km(a, b)
        n = int(min(ARC_POINTS[1], max(ARC_POINTS[0], d / 25.0)))
        out.extend(_slerp(a, b, n)[1:])
    return out


def _slerp(a: LatLon, b: LatLon, n: int) -> list[LatLon]:
    """n+1 points from a to b along the great circle (a and b included, exactly)."""
    def vec(p: LatLon) -> tuple[float, float, float]:
        la, lo = math.radians(p[0]), math.radians(p[1])
        return math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)

    va, vb = vec(a), vec(b)
    dot = max(-1.0, min(1.0, sum(x * y for x, y in zip(va, vb, strict=True))))
    omega = math.acos(dot)
    if omega < 1e-12 or math.pi - omega < 1e-9:  # same point, or antipodes (no unique arc): go linearly
        return [(a[0] + (b[0] - a[0]) * t / n, a[1] + (b[1] - a[1]) * t / n) for t in range(n + 1)]
    out = [a]
    s = math.sin(omega)
    for k in range(1, n):
        t = k / n
        fa, fb = math.sin((1 - t) * omega) / s, math.sin(t * omega) / s
        x, y, z = (fa * p + fb * q for p, q in zip(va, vb, strict=True))
        out.append((math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))))
    out.append(b)
    return out


def _densify(coords: Sequence[LatLon], max_km: float = MAX_SEGMENT_KM) -> list[LatLon]:
    """Split long segments linearly in lat/lon: the points stay on the segment that was checked against land,
    and short segments look the same drawn in Leaflet (Mercator), sampled along great circles, or planar."""
    out: list[LatLon] = [coords[0]]
    for a, b in pairwise(coords):
        n = math.ceil(_haversine_km(a, b) / max_km)
        for k in range(1, n):
            t = k / n
            out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
        out.append(b)
    return out


# ----------------------------------------------------------------------------------------- ground legs

def _ground(pts: list[LatLon], labels: list[str] | None) -> LegPath:
    """Route each consecutive pair over land and join them; say honestly where that was not possible."""
    from webmap.land import water_km
    coords: list[LatLon] = [pts[0]]
    failed: list[str] = []
    for i, (a, b) in enumerate(pairwise(pts)):
        piece, why = _route(a, b)
        if piece is None:
            piece = [a, b]
            failed.append(f"{_pair_label(i, labels)}: {why}")
        coords.extend(piece[1:])
    wet = sum(water_km(a, b) for a, b in pairwise(coords))
    coords = _densify(coords)
    via = ""
    if len(pts) > 2:
        inner = labels[1:-1] if labels else [f"{len(pts) - 2} intermediate point{'s' if len(pts) > 3 else ''}"]
        via = ", via " + ", ".join(inner)
    if failed:
        return _result(coords, "straight",
                       f"No route over land for {'; '.join(failed)}; drawn as a straight line{via}; "
                       "not the actual track")
    water = ""
    if wet >= 1.0:
        water = (f"; about {wet:.0f} km of it over water (a bridge, tunnel or ferry, or a coast that the map "
                 "simplifies)")
    return _result(coords, "land-route",
                   f"Approximate line over land ({LAND_SOURCE}){via}{water}; not the actual track")


def _pair_label(i: int, labels: list[str] | None) -> str:
    if labels:
        return f"{labels[i]} – {labels[i + 1]}"
    return f"points {i + 1} – {i + 2}"


def route_pair(a: LatLon, b: LatLon) -> list[LatLon] | None:
    """A land path from a to b (both included), or None if land doesn't connect them."""
    return _route(a, b)[0]


def _route(a: LatLon, b: LatLon) -> tuple[list[LatLon] | None, str]:
    """`route_pair`, plus why there is no path (for the note)."""
    from webmap.land import landmass, nearest_land_point, segment_on_land
    if a == b:
        return [a, b], ""
    if abs(b[1] - a[1]) > 180:   # the land polygons are cut at ±180°; such legs (Chukotka) are not routed
        return None, "the line crosses the 180° meridian, which routing does not handle"
    if segment_on_land(a, b):   # cheap fast path: the straight line is already all land
        return [a, b], ""
    # endpoints a little off the 1:50m coast (harbours, lagoons) start from the nearest point ashore
    sa, sb = nearest_land_point(*a, SNAP_KM), nearest_land_point(*b, SNAP_KM)
    if sa is None or sb is None:
        return None, f"an end lies more than {SNAP_KM:.0f} km from land on the map"
    head, tail = ([a] if sa == a else [a, sa]), ([b] if sb == b else [sb, b])
    if (sa != a or sb != b) and segment_on_land(sa, sb):
        return head + tail, ""
    mass = landmass(*sa, SNAP_KM)
    if mass is None or mass != landmass(*sb, SNAP_KM):   # different land masses: no land route can exist
        return None, "the two places are on different land masses (an island, or a sea between them)"
    span = max(abs(sb[0] - sa[0]), abs(sb[1] - sa[1]) * math.cos(math.radians((sa[0] + sb[0]) / 2)), 0.2)
    near = 0.35 * span + 0.5
    attempts = [(near, GRID_CELLS), (near, 4 * GRID_CELLS), (span + 3.0, 2 * GRID_CELLS),
                (3 * span + 10.0, 4 * GRID_CELLS)]
    tried: set[tuple[float, float, float, int, int]] = set()
    for margin, cells in attempts:
        grid = Grid.around(sa, sb, margin, cells)
        if grid.key in tried:
            continue
        tried.add(grid.key)
        raw = grid.route(sa, sb, mass)
        if raw is not None:
            return head[:-1] + _pull_string(raw, grid.res) + tail[1:], ""
    return None, "no land path found at the routing grid's resolution (a narrow isthmus on the way?)"


def _pull_string(nodes: list[LatLon], res: float, repair: bool = True) -> list[LatLon]:
    """Greedy string pulling: from each kept node jump to the farthest later node whose straight segment stays
    on land (exact test against the polygons). A step between neighbouring cells that still leaves the land
    (a bay corner narrower than a cell) is re-routed on a finer grid when `repair`, else kept."""
    from webmap.land import segment_on_land
    out = [nodes[0]]
    i, n = 0, len(nodes)
    while i < n - 1:
        j = i + 1
        while j + 1 < n and segment_on_land(nodes[i], nodes[j + 1]):
            j += 1
        if j == i + 1 and repair and res > MIN_RES_DEG / 2 and not segment_on_land(nodes[i], nodes[j]):
            out.extend(_repair_step(nodes[i], nodes[j], res)[1:-1])
        out.append(nodes[j])
        i = j
    return out


def _repair_step(a: LatLon, b: LatLon, res: float) -> list[LatLon]:
    """Route one short off-land step again on a grid four times finer; [a, b] if that finds nothing."""
    from webmap.land import landmass
    mass = landmass(*a, SNAP_KM)
    if mass is None:
        return [a, b]
    fine = max(MIN_RES_DEG / 2, res / 4)
    grid = Grid.around(a, b, 3 * res, 10**9, min_res=fine)
    raw = grid.route(a, b, mass)
    return [a, b] if raw is None else _pull_string(raw, fine, repair=False)


@dataclass(frozen=True)
class Grid:
    """A lat/lon raster around a pair of points: cell centres on land are passable."""

    lat0: float        # south edge
    lon0: float        # west edge
    res: float         # cell size in degrees
    rows: int
    cols: int

    @property
    def key(self) -> tuple[float, float, float, float, float]:
        return (self.lat0, self.lon0, self.res, self.rows, self.cols)

    @classmethod
    def around(cls, a: LatLon, b: LatLon, margin: float, max_cells: int, min_res: float = MIN_RES_DEG) -> Grid:
        """The box around a and b grown by `margin` degrees, at the finest resolution within `max_cells`."""
        south = max(-89.0, min(a[0], b[0]) - margin)
        north = min(89.0, max(a[0], b[0]) + margin)
        mid = math.cos(math.radians((a[0] + b[0]) / 2))
        west = min(a[1], b[1]) - margin / max(mid, 0.2)
        east = max(a[1], b[1]) + margin / max(mid, 0.2)
        res = max(min_res, math.sqrt((north - south) * (east - west) / max_cells))
        res = math.ceil(res / 0.01) * 0.01    # round to 0.01° so attempts compare and cache predictably
        rows = max(1, math.ceil((north - south) / res))
        cols = max(1, math.ceil((east - west) / res))
        return cls(round(south, 6), round(west, 6), res, rows, cols)

    def center(self, r: int, c: int) -> LatLon:
        return (self.lat0 + (r + 0.5) * self.res, self.lon0 + (c + 0.5) * self.res)

    def mask(self, mass: int | None = None) -> np.ndarray:
        """rows × cols booleans: is the cell centre on land (on land mass `mass`, if given)?"""
        from webmap.land import land_mask, landmass_geometry
        lats = self.lat0 + (np.arange(self.rows) + 0.5) * self.res
        lons = self.lon0 + (np.arange(self.cols) + 0.5) * self.res
        lons = (lons + 180.0) % 360.0 - 180.0
        lon2, lat2 = np.meshgrid(lons, lats)
        return land_mask(lat2, lon2, None if mass is None else landmass_geometry(mass))

    def route(self, a: LatLon, b: LatLon, mass: int | None = None,
              weight: float = ASTAR_WEIGHT) -> list[LatLon] | None:
        """Cell-centre path a → b over land cells (a and b included), or None. `weight` 0 is plain Dijkstra."""
        m = self.mask(mass)
        start, goal = self._snap(m, a), self._snap(m, b)
        if start is None or goal is None:
            return None
        cells = _astar(m, self.res, self.lat0, start, goal, weight)
        if cells is None:
            return None
        return [a, *(self.center(r, c) for r, c in cells), b]

    def _snap(self, m: np.ndarray, p: LatLon) -> tuple[int, int] | None:
        """The cell of p if it is land, else the nearest land cell within SNAP_KM (coastal cities)."""
        r = min(self.rows - 1, max(0, int((p[0] - self.lat0) / self.res)))
        c = min(self.cols - 1, max(0, int((p[1] - self.lon0) / self.res)))
        if m[r, c]:
            return r, c
        k = max(1, math.ceil(SNAP_KM / (self.res * KM_PER_DEG * max(math.cos(math.radians(p[0])), 0.1))))
        r0, r1, c0, c1 = max(0, r - k), min(self.rows, r + k + 1), max(0, c - k), min(self.cols, c + k + 1)
        rr, cc = np.nonzero(m[r0:r1, c0:c1])
        if rr.size == 0:
            return None
        lat = self.lat0 + (rr + r0 + 0.5) * self.res
        lon = self.lon0 + (cc + c0 + 0.5) * self.res
        d2 = (lat - p[0]) ** 2 + ((lon - p[1]) * math.cos(math.radians(p[0]))) ** 2
        best = int(np.argmin(d2))
        if math.sqrt(float(d2[best])) * KM_PER_DEG > SNAP_KM:
            return None
        return int(rr[best] + r0), int(cc[best] + c0)


def _astar(mask: np.ndarray, res: float, lat0: float, start: tuple[int, int], goal: tuple[int, int],
           weight: float = ASTAR_WEIGHT) -> list[tuple[int, int]] | None:
    """Weighted A* over 8-connected land cells; step costs in km, coastal cells dearer. Pure Python on a
    padded flat grid (no bounds checks in the inner loop); diagonal steps may not squeeze between two water cells."""
    rows, cols = mask.shape
    width = cols + 2
    padded = np.zeros((rows + 2, width), dtype=bool)
    padded[1:-1, 1:-1] = mask
    # coast: land cells with any water among their 8 neighbours
    water = ~padded
    near_water = np.zeros_like(padded)
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                near_water[1:-1, 1:-1] |= water[1 + dr:rows + 1 + dr, 1 + dc:cols + 1 + dc]
    mult = np.where(padded & near_water, COAST_PENALTY, 1.0).ravel().tolist()
    passable = padded.ravel().tolist()

    dy = res * KM_PER_DEG
    row_lat = lat0 + (np.arange(-1, rows + 1) + 0.5) * res
    dx_row = (dy * np.maximum(np.cos(np.radians(row_lat)), 0.01)).tolist()
    dd_row = [math.hypot(dx, dy) for dx in dx_row]
    hdx = min(dx_row[1:-1]) * weight
    hdy = dy * weight

    s = (start[0] + 1) * width + start[1] + 1
    g = (goal[0] + 1) * width + goal[1] + 1
    gr, gc = divmod(g, width)
    n_cells = len(passable)
    cost = [math.inf] * n_cells
    parent = [-1] * n_cells
    cost[s] = 0.0
    heap: list[tuple[float, int]] = [(0.0, s)]
    push, pop, hypot = heapq.heappush, heapq.heappop, math.hypot
    orth = ((-1, True), (1, True), (-width, False), (width, False))   # (offset, east-west?)
    diag = ((-width - 1, -width, -1), (-width + 1, -width, 1), (width - 1, width, -1), (width + 1, width, 1))
    closed = bytearray(n_cells)
    while heap:
        _, i = pop(heap)
        if i == g:
            break
        if closed[i]:
            continue
        closed[i] = 1
        ci = cost[i]
        row = i // width
        dx, dd = dx_row[row], dd_row[row]
        for off, ew in orth:
            j = i + off
            if not passable[j] or closed[j]:
                continue
            nc = ci + (dx if ew else dy) * mult[j]
            if nc < cost[j]:
                cost[j] = nc
                parent[j] = i
                jr, jc = divmod(j, width)
                push(heap, (nc + hypot((jr - gr) * hdy, (jc - gc) * hdx), j))
        for off, o1, o2 in diag:
            j = i + off
            if not passable[j] or closed[j] or not (passable[i + o1] or passable[i + o2]):
                continue
            nc = ci + dd * mult[j]
            if nc < cost[j]:
                cost[j] = nc
                parent[j] = i
                jr, jc = divmod(j, width)
                push(heap, (nc + hypot((jr - gr) * hdy, (jc - gc) * hdx), j))
    if cost[g] == math.inf:
        return None
    path = []
    i = g
    while i != -1:
        r, c = divmod(i, width)
        path.append((r - 1, c - 1))
        i = parent[i]
    path.reverse()
    return path
