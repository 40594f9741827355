"""webmap.draw.basemap: Natural Earth countries cut to the story's region; online tiles only by name."""

from __future__ import annotations

import json
import re

import folium
import pytest
import shapely
from shapely.geometry import Point, shape

from webmap.draw import basemap

KOREA_NORTH_CHINA = ((38.5, 115.5), (41.5, 126.0))  # Beijing .. Pyongyang, the seed story's journey


@pytest.fixture(scope="module")
def region() -> dict:
    return basemap.countries_geojson(KOREA_NORTH_CHINA)


def by_name(fc: dict) -> dict:
    return {f["properties"]["name"]: shape(f["geometry"]) for f in fc["features"]}


def test_region_has_the_right_countries_in_the_right_places(region) -> None:
    shapes = by_name(region)
    assert {"China", "North Korea", "South Korea"} <= shapes.keys()
    assert "France" not in shapes
    for name, lat, lon in [("North Korea", 39.03, 125.75),  # Pyongyang
                           ("China", 39.9, 116.4),         # Beijing
                           ("China", 41.8, 123.43),        # Shenyang
                           ("South Korea", 37.57, 126.98)]:  # Seoul
        assert shapes[name].contains(Point(lon, lat)), name
    # Korea Bay, between Dandong and Dalian, is sea.
    assert not any(g.contains(Point(123.5, 39.3)) for g in shapes.values())


def test_region_is_clipped_rounded_valid_and_small(region) -> None:
    (s, w), (n, e) = KOREA_NORTH_CHINA
    size = len(json.dumps(region, separators=(",", ":")))
    assert size < 60_000, f"region basemap is {size / 1024:.0f} KB"
    for name, g in by_name(region).items():
        assert g.is_valid, name
        minx, miny, maxx, maxy = g.bounds
        assert w - 4 - 1e-9 <= minx and maxx <= e + 4 + 1e-9 and s - 4 - 1e-9 <= miny and maxy <= n + 4 + 1e-9
    decimals = {len(d) for d in re.findall(r"\.(\d+)", json.dumps(region["features"]))}
    assert max(decimals) <= 3
    assert all(set(f["properties"]) == {"name"} for f in region["features"])


def test_neighbours_share_their_simplified_border(region) -> None:
    """Coverage simplification: China and North Korea meet along the same line, with no slivers between them."""
    shapes = by_name(region)
    assert shapely.coverage_is_valid(list(shapes.values()))
    china, nk = shapes["China"], shapes["North Korea"]
    assert china.intersection(nk).area < 1e-9
    shared = china.boundary.intersection(nk.boundary)
    assert shared.length > 5  # degrees of common border (the Yalu and Tumen rivers)


def test_margin_and_tolerance() -> None:
    small = basemap.countries_geojson(KOREA_NORTH_CHINA, margin_deg=0.5)
    wide = basemap.countries_geojson(KOREA_NORTH_CHINA, margin_deg=8.0)
    assert len(by_name(small)) < len(by_name(wide))
    coarse = basemap.countries_geojson(KOREA_NORTH_CHINA, tolerance_deg=0.1)
    fine = basemap.countries_geojson(KOREA_NORTH_CHINA, tolerance_deg=0)
    assert len(json.dumps(coarse)) < len(json.dumps(fine))


def test_open_ocean_is_empty() -> None:
    assert basemap.countries_geojson(((-40.0, -140.0), (-39.0, -139.0)), margin_deg=1.0)["features"] == []


@pytest.mark.parametrize("lat,lon,expected", [
    (67.0, 5.0, None),                          # Norwegian Sea
    (66.0, 150.0, "Russia"),                    # Siberia
    (65.0, -150.0, "United States of America"),  # Alaska
    (-16.5, -150.0, None),                      # South Pacific
])
def test_countries_have_no_antimeridian_artefacts(lat: float, lon: float, expected: str | None) -> None:
    """world-atlas' rings across ±180° (Chukotka, Fiji) must be cut there, not drawn round the world as bands."""
    names, geoms = basemap._countries()
    hits = [name for name, g in zip(names, geoms, strict=True) if g.intersects(Point(lon, lat))]
    assert hits == ([expected] if expected else [])


def test_countries_are_parsed_once() -> None:
    assert basemap._countries() is basemap._countries()
    assert basemap._countries.cache_info().currsize == 1


def test_countries_layer_is_a_quiet_basemap() -> None:
    layer = basemap.countries_layer(KOREA_NORTH_CHINA)
    assert isinstance(layer, folium.GeoJson)
    assert layer.layer_name == "Countries (Natural Earth)"
    assert layer.options["interactive"] is False
    assert layer.options["attribution"] == "Natural Earth"
    assert not layer._children  # no popup, no tooltip
    m = folium.Map(tiles=None)
    layer.add_to(m)
    js = m.get_root().render()
    assert '"interactive": false' in js and '"attribution": "Natural Earth"' in js
    assert "mouseover" not in js and "bindPopup" not in js


def test_online_tiles() -> None:
    osm = basemap.online_tiles("osm")
    assert isinstance(osm, folium.TileLayer)
    assert osm.tiles.startswith("https://tile.openstreetmap.org/")
    assert "OpenStreetMap" in osm.options["attribution"]
    carto = basemap.online_tiles("CARTO")
    assert "cartocdn.com" in carto.tiles and "CARTO" in carto.options["attribution"]
    with pytest.raises(ValueError, match="osm, carto"):
        basemap.online_tiles("google")
