"""Natural Earth land: loading, point and segment tests, land masses, and the antimeridian repair."""

from __future__ import annotations

import json

import numpy as np
import pytest
import shapely

from webmap.land import (
    is_land,
    land,
    land_mask,
    landmass,
    load_land_geojson,
    nearest_land_point,
    segment_on_land,
    split_antimeridian,
    water_km,
)

BEIJING = (39.9075, 116.39723)
DANDONG = (40.12917, 124.39472)
PYONGYANG = (39.03385, 125.75432)
LONDON = (51.50853, -0.12574)
PARIS = (48.85341, 2.3488)
DUBLIN = (53.33306, -6.24889)


def test_land_is_cached_and_prepared() -> None:
    geom = land()
    assert geom is land()
    assert shapely.is_prepared(geom)
    assert geom.geom_type == "MultiPolygon" and len(geom.geoms) > 1000


@pytest.mark.parametrize("lat,lon", [BEIJING, DANDONG, PYONGYANG, PARIS, (-15.79, -47.88), (-25.0, 133.0)])
def test_inland_places_are_land(lat: float, lon: float) -> None:
    assert is_land(lat, lon)


@pytest.mark.parametrize("lat,lon", [(38.6, 120.0), (39.2, 123.6), (0.0, -140.0), (35.0, -40.0), (-40.0, 80.0)])
def test_seas_are_not_land(lat: float, lon: float) -> None:
    """Bohai Sea, Korea Bay, Pacific, Atlantic, Indian Ocean."""
    assert not is_land(lat, lon)


def test_land_mask_matches_is_land() -> None:
    lats = np.array([BEIJING[0], 38.6, DANDONG[0]])
    lons = np.array([BEIJING[1], 120.0, DANDONG[1]])
    assert land_mask(lats, lons).tolist() == [True, False, True]


def test_segments() -> None:
    assert segment_on_land(BEIJING, (41.79222, 123.43278))  # Beijing → Shenyang, inland
    assert not segment_on_land(DANDONG, BEIJING)  # across Liaodong Bay and the Bohai Sea
    assert water_km(BEIJING, (41.79222, 123.43278)) == 0
    assert 100 < water_km(DANDONG, BEIJING) < 300


def test_land_masses() -> None:
    assert landmass(*BEIJING) == landmass(*DANDONG) == landmass(*PARIS)
    assert landmass(*LONDON) not in (None, landmass(*PARIS))
    assert landmass(*DUBLIN) not in (None, landmass(*LONDON))
    assert landmass(0.0, -140.0) is None and landmass(0.0, -140.0, max_km=50) is None


def test_nearest_land_point() -> None:
    assert nearest_land_point(*BEIJING, 30) == BEIJING
    venice = (45.43713, 12.33265)  # in the lagoon at 1:50m
    ashore = nearest_land_point(*venice, 30)
    assert ashore is not None and is_land(*ashore)
    assert abs(ashore[0] - venice[0]) < 0.3 and abs(ashore[1] - venice[1]) < 0.3
    assert nearest_land_point(0.0, -140.0, 30) is None


# ------------------------------------------------------------------------------- antimeridian repair


def _doc(polygons: list) -> str:
    return json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "MultiPolygon", "coordinates": polygons}}]})


def test_ring_crossing_the_antimeridian_is_cut_not_drawn_round_the_world() -> None:
    """A spherical ring across ±180 (like Chukotka or Fiji in world-atlas): read naively it has edges spanning the
    globe, which would make a band of ocean into land."""
    island = [[[179.0, 10.0], [-179.0, 10.0], [-179.0, 12.0], [179.0, 12.0], [179.0, 10.0]]]
    geom = load_land_geojson(_doc([island]))
    assert shapely.intersects_xy(geom, 179.5, 11.0) and shapely.intersects_xy(geom, -179.5, 11.0)
    assert not shapely.intersects_xy(geom, 0.0, 11.0)
    assert geom.area == pytest.approx(4.0)


def test_polar_ring_is_closed_over_the_pole() -> None:
    """Antarctica's ring goes once round the South Pole."""
    ring = [[-180.0, -70.0], [-90.0, -72.0], [0.0, -70.0], [90.0, -72.0], [179.9, -70.0], [-180.0, -70.0]]
    geom = split_antimeridian({"type": "Polygon", "coordinates": [ring]})
    assert shapely.intersects_xy(geom, 45.0, -85.0)
    assert not shapely.intersects_xy(geom, 45.0, -60.0)


def test_clean_rings_pass_through_unchanged() -> None:
    square = [[[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]]
    geom = load_land_geojson(json.dumps({"type": "Polygon", "coordinates": square[0:1]}))
    assert geom.area == pytest.approx(1.0)
    with pytest.raises(ValueError):
        load_land_geojson(json.dumps({"type": "FeatureCollection", "features": []}))


@pytest.mark.parametrize("lat,lon,expected", [
    (67.0, 0.0, False),     # Norwegian Sea
    (67.0, 25.0, True),     # Finnish Lapland
    (66.0, 100.0, True),    # Siberia
    (66.0, -155.0, True),   # Alaska
    (-16.5, -100.0, False),  # South Pacific
])
def test_packaged_land_has_no_antimeridian_artefacts(lat: float, lon: float, expected: bool) -> None:
    assert is_land(lat, lon) is expected
