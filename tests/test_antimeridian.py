"""A journey across the antimeridian is drawn the short way in every output; GeoJSON cuts its lines at 180°."""

from __future__ import annotations

import itertools
import math
import re
import xml.etree.ElementTree as ET

import pacific
import pytest
from shapely.geometry import shape

from webmap.draw import basemap
from webmap.draw.frame import Frame, choose_frame, split_antimeridian
from webmap.draw.geojson import journey_geojson
from webmap.draw.leaflet import build_map, label_data, map_html
from webmap.draw.scene import build_scene
from webmap.draw.svg import scene_svg

SVG_NS = "{http://www.w3.org/2000/svg}"


def test_the_frame_is_the_one_where_the_places_lie_closest():
    assert choose_frame([151.2, 178.4, -175.2]) == Frame(east=True)
    assert choose_frame([2.3, 13.4, -3.7]) == Frame()  # Europe: the usual frame
    assert choose_frame([-150.0, -170.0]) == Frame()  # a tie keeps the usual frame
    line = Frame(east=True).line([(-18.1, 178.4), (-19.0, -179.0), (-21.1, -175.2)])
    assert [round(lon, 1) for _, lon in line] == [178.4, 181.0, 184.8]
    # a line unwrapped from the west end (a great circle from Honolulu) starts at its marker in the frame
    assert Frame(east=True).line([(21.3, -157.9), (0.0, -190.0)])[0] == (21.3, 202.1)


@pytest.mark.parametrize("make", [pacific.across_the_antimeridian, pacific.auckland_honolulu, pacific.royal_tour])
def test_markers_legs_labels_and_view_stay_on_one_side(make):
    scene = build_scene(make())
    (south, west), (north, east) = scene.bounds
    assert east - west < 90 and east > 180  # Tonga, Samoa, Hawaii east of Fiji, not at the far left
    points = [f for f in scene.features if f.kind != "leg"]
    for f in points:
        assert west <= f.point[1] <= east and f.label is None or f.label.lon == f.point[1]
    for f in scene.of_kind("leg"):
        lons = [lon for _, lon in f.coords]
        assert max(abs(b - a) for a, b in itertools.pairwise(lons)) < 5  # continuous: no jump across the world
        assert max(lons) - min(lons) <= east - west + 1  # short: within the journey's box
        ends = {round(lon, 3) for lon in (lons[0], lons[-1])}
        assert ends <= {round(p.point[1], 3) for p in points}  # joined to its markers
        assert all(west - 1 <= lon <= east + 1 for _, lon, _ in f.arrows)
    assert all(c.lon >= 0 for c in scene.countries)  # Tonga's name beside Tonga


def test_the_leaflet_map_fits_and_bounds_the_short_way():
    scene = build_scene(pacific.royal_tour())
    m = build_map(pacific.royal_tour(), scene=scene)
    html = m.get_root().render()
    config = re.search(r'"maxBounds":\[\[[-\d.]+,([-\d.]+)\],\[[-\d.]+,([-\d.]+)\]\]', html)
    assert config and float(config.group(1)) < 144 and float(config.group(2)) > 185
    assert {d["place"]: round(d["lon"], 2) for d in label_data(scene) if d.get("place")}["nukualofa"] == 184.8
    assert "[-21.1394, 184.7982]" in html  # Nuku'alofa's marker, east of Fiji
    assert "[-21.1394, -175.2018]" not in html


def test_the_basemap_has_land_past_180_and_joins_fiji():
    doc = basemap.countries_geojson(((-22.0, 176.0), (-15.0, 186.0)), margin_deg=1.0, tolerance_deg=0.01)
    names = [f["properties"]["name"] for f in doc["features"]]
    assert names.count("Fiji") == 1 and "Tonga" in names
    tonga = next(shape(f["geometry"]) for f in doc["features"] if f["properties"]["name"] == "Tonga")
    assert tonga.bounds[0] > 180  # drawn where the journey's frame puts it
    region = basemap.basemap_geojson([[-22.0, 176.0], [-15.0, 186.0]], 10.0)
    land = [shape(f["geometry"]) for f in region["features"] if f["properties"]["kind"] == "land"]
    assert max(g.bounds[2] for g in land) > 181
    # an ordinary journey's basemap stays in -180..180
    plain = basemap.countries_geojson(((35.0, 120.0), (42.0, 130.0)))
    assert all(-180 <= shape(f["geometry"]).bounds[0] <= shape(f["geometry"]).bounds[2] <= 180
               for f in plain["features"])


def test_the_picture_draws_tonga_beside_fiji():
    scene = build_scene(pacific.across_the_antimeridian())
    svg = scene_svg(scene, width=800, height=600)
    root = ET.fromstring(svg)
    where = {}
    for g in root.iter(f"{SVG_NS}g"):
        if g.get("class") == "marker":
            x, y = map(float, re.match(r"translate\(([-\d.]+) ([-\d.]+)\)", g.get("transform")).groups())
            where[g.get("data-key")] = (x, y)
    assert where["suva"][0] < where["nukualofa"][0] < where["apia"][0]  # west to east, the short way
    assert where["apia"][0] - where["nadi"][0] < 800
    for g in root.iter(f"{SVG_NS}g"):
        if g.get("class") == "leg":
            d = g.find(f"{SVG_NS}path").get("d")
            xs = [float(x) for x in re.findall(r"[ML]([-\d.]+) ", d)]
            assert max(xs) - min(xs) < 800  # no leg across the whole picture
    assert svg == scene_svg(build_scene(pacific.across_the_antimeridian()), width=800, height=600)


def test_geojson_cuts_lines_at_the_antimeridian():
    doc = journey_geojson(pacific.across_the_antimeridian())
    for f in doc["features"]:
        geom = f["geometry"]
        if geom["type"] == "Point":
            assert -180 <= geom["coordinates"][0] <= 180
            continue
        parts = geom["coordinates"] if geom["type"] == "MultiLineString" else [geom["coordinates"]]
        for part in parts:
            assert all(-180 <= lon <= 180 for lon, _ in part)
            assert all(abs(b[0] - a[0]) < 10 for a, b in itertools.pairwise(part))  # no part crosses the world
    first = next(f for f in doc["features"] if f["properties"].get("order") == 1)["geometry"]
    assert first["type"] == "MultiLineString" and len(first["coordinates"]) == 2
    (a, b) = first["coordinates"]
    assert a[-1][0] == 180 and b[0][0] == -180 and a[-1][1] == b[0][1]  # cut at one latitude on both sides


def test_split_keeps_lines_that_do_not_cross():
    line = [(40.0, 120.0), (41.0, 125.0)]
    assert split_antimeridian(line) == [line]
    parts = split_antimeridian([(-18.0, 178.0), (-21.0, 185.0)])
    assert [p[-1][1] for p in parts] == [180.0, -175.0] and math.isclose(parts[0][-1][0], parts[1][0][0])


def test_exports_stay_byte_for_byte_the_same():
    a = map_html(pacific.royal_tour(), inline=True)
    assert a == map_html(pacific.royal_tour(), inline=True)
