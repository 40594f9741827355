"""One longitude frame for the whole journey, so a tour across the antimeridian is drawn the short way.

Sydney → Suva → Nuku'alofa (lon −175) → Sydney spans 326° of longitude in the usual −180..180 frame, and a map drawn
in it puts Tonga at the far left of the world with legs across every continent. In a frame that runs 0..360
(negative longitudes shifted by +360) the same journey spans 34°. Every drawn output (markers, legs, labels, the
fitted view, the basemap, the picture) reads its longitudes through one ``Frame``; GeoJSON keeps −180..180 and cuts
its lines at the antimeridian instead (``split_antimeridian``, RFC 7946 §3.1.9).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

LatLon = tuple[float, float]


@dataclass(frozen=True)
class Frame:
    """``east``: longitudes run 0..360 (the Pacific in the middle) instead of −180..180."""

    east: bool = False

    def lon(self, lon: float) -> float:
        return lon + 360.0 if self.east and lon < 0 else lon

    def point(self, lat: float, lon: float) -> LatLon:
        return lat, self.lon(lon)

    def line(self, coords: Sequence[LatLon]) -> tuple[LatLon, ...]:
        """A line made continuous (no jump of more than 180° between neighbours) and moved by whole turns so that
        it starts where its first point is drawn: great circles and routed legs stay joined to their markers."""
        if not coords:
            return ()
        out = [self.point(*coords[0])]
        for lat, lon in coords[1:]:
            prev = out[-1][1]
            out.append((lat, lon + 360.0 * round((prev - lon) / 360.0)))
        return tuple(out)


def span(lons: Iterable[float]) -> float:
    values = list(lons)
    return max(values) - min(values) if values else 0.0


def choose_frame(lons: Iterable[float]) -> Frame:
    """The frame in which the journey's places lie closest together (the usual one when that is a tie)."""
    values = list(lons)
    east = Frame(east=True)
    return east if span(east.lon(x) for x in values) < span(values) else Frame()


def wrap(lon: float) -> float:
    """A longitude in −180..180 (180 stays 180)."""
    return ((lon + 180.0) % 360.0) - 180.0 if not -180.0 <= lon <= 180.0 else lon


def split_antimeridian(coords: Sequence[LatLon]) -> list[list[LatLon]]:
    """A line (lat, lon) as parts in −180..180 that never cross the antimeridian: a crossing ends one part at
    ±180 and starts the next at ∓180, at the latitude where the line crosses (RFC 7946 §3.1.9)."""
    line = Frame().line(coords)
    parts: list[list[LatLon]] = [[]]
    for i, (lat, lon) in enumerate(line):
        if i:
            plat, plon = line[i - 1]
            lo, hi = sorted((plon, lon))
            # every odd multiple of 180 strictly between the two points is a crossing
            k = int((lo + 180.0) // 360.0)
            edge = 360.0 * k + 180.0
            while lo < edge < hi:
                t = (edge - plon) / (lon - plon)
                cut_lat = plat + (lat - plat) * t
                side = 180.0 if lon > plon else -180.0
                parts[-1].append((cut_lat, side))
                parts.append([(cut_lat, -side)])
                edge += 360.0
        here = (lat, wrap(lon))
        last = parts[-1][-1] if parts[-1] else None
        if last and abs(here[1] - last[1]) > 180.0:  # the previous point lay on the antimeridian itself
            parts.append([(last[0], -last[1])])
        parts[-1].append(here)
    return [p for p in parts if len(p) > 1] or parts[:1]
