"""Derived data kept beside the gazetteer (webmap/derived.py): a stored answer is the computed one, and anything that
could make it stale (other inputs, a damaged file) computes it again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from webmap import derived
from webmap.draw import basemap
from webmap.routes import leg_path, stored_leg_path

PYONGYANG, SINANJU, DANDONG = (39.03385, 125.75432), (39.59806, 125.60972), (40.12917, 124.39472)
BOUNDS = [[39.0, 116.4], [41.8, 125.8]]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("WEBMAP_GAZETTEER", raising=False)
    monkeypatch.setenv("WEBMAP_CACHE_DIR", str(tmp_path))
    return tmp_path / "derived"


def test_a_stored_value_is_returned_without_computing_again(cache_dir):
    calls = []

    def compute():
        calls.append(1)
        return {"x": [1.0, 0.1 + 0.2]}

    first = derived.cached("t", {"k": [1.5, 2]}, compute)
    second = derived.cached("t", {"k": [1.5, 2]}, compute)
    assert first == second == {"x": [1.0, 0.1 + 0.2]}  # floats keep every digit
    assert len(calls) == 1
    derived.cached("t", {"k": [1.5, 3]}, compute)  # other inputs: a miss
    assert len(calls) == 2
    assert len(list(cache_dir.glob("t-*.json"))) == 2


def test_a_damaged_entry_is_computed_again(cache_dir):
    derived.cached("t", "key", lambda: [1, 2])
    (entry,) = cache_dir.glob("t-*.json")
    entry.write_text('{"key": "key", "value": [1,', encoding="utf-8")
    assert derived.cached("t", "key", lambda: [3]) == [3]
    assert derived.cached("t", "key", lambda: [4]) == [3]  # the recomputed value was stored again


def test_an_unwritable_cache_only_costs_the_computation(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.delenv("WEBMAP_GAZETTEER", raising=False)
    monkeypatch.setenv("WEBMAP_CACHE_DIR", str(blocker))
    assert derived.cached("t", "key", lambda: 7) == 7


@pytest.mark.parametrize("mode", ["train", "flight", "ferry", "hovercraft"])
def test_a_stored_leg_is_the_routed_leg(cache_dir, mode):
    points = [PYONGYANG, SINANJU, DANDONG]
    names = ["Pyongyang", "Sinanju", "Dandong"]
    routed = leg_path(points, mode, names=names)
    assert stored_leg_path(points, mode, names=names) == routed  # computed and stored
    assert stored_leg_path(points, mode, names=names) == routed  # read back
    assert list(cache_dir.glob("leg-*.json"))


def test_a_stored_basemap_is_the_computed_one(cache_dir):
    fresh = basemap._basemap_geojson(BOUNDS, 10.0, None, True)
    assert basemap.basemap_geojson(BOUNDS, 10.0) == fresh
    assert basemap.basemap_geojson(BOUNDS, 10.0) == fresh
    assert basemap.basemap_geojson(BOUNDS, 10.0, world=False) != fresh


def test_a_cold_export_from_stored_data_imports_no_geometry_library(gazetteer_path, tmp_path):
    """Once a journey's legs and basemap are stored, exporting it again needs neither shapely nor geopy."""
    gaz = tmp_path / "cache" / "gazetteer.sqlite3"
    gaz.parent.mkdir()
    shutil.copyfile(gazetteer_path, gaz)  # stored data goes beside the gazetteer: here, a fresh directory
    env = {**os.environ, "WEBMAP_GAZETTEER": str(gaz)}
    code = ("import sys, runpy\nsys.argv = ['webmap', 'export', '-q', '-o', sys.argv[1]]\n"
            "try:\n    runpy.run_module('webmap', run_name='__main__')\n"
            "except SystemExit as e:\n    assert not e.code\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'shapely', 'geopy', 'spacy', 'dateparser'}))")
    out = [subprocess.run([sys.executable, "-c", code, str(tmp_path / f"{i}.html")], env=env, capture_output=True,
                          text=True, check=True).stdout.strip() for i in (1, 2)]
    assert out == ["['shapely']", "[]"]  # the first export routes and clips (no geopy); the second reads
    assert (tmp_path / "1.html").read_bytes() == (tmp_path / "2.html").read_bytes()
    assert len(list((gaz.parent / "derived").glob("*.json"))) >= 3  # two legs and at least one basemap


def test_gazetteer_build_prepares_the_shapes_every_export_reads(gazetteer_path, tmp_path):
    """Land (with its land masses), countries and the coarse world are kept as WKB when the gazetteer is built,
    so even the first export of a journey parses no GeoJSON; the WKB reads back as the parsed shapes."""
    import shapely

    from webmap import land

    gaz = tmp_path / "gazetteer.sqlite3"
    shutil.copyfile(gazetteer_path, gaz)
    env = {**os.environ, "WEBMAP_CACHE_DIR": str(tmp_path)}
    env.pop("WEBMAP_GAZETTEER", None)
    subprocess.run([sys.executable, "-m", "webmap", "gazetteer", "build", "-q"], env=env, check=True,
                   capture_output=True)
    assert {p.name.split("-")[0] for p in tmp_path.glob("*.wkb")} == {"land", "countries", "world"}
    (stored,) = tmp_path.glob("land-*.wkb")
    labels, parts = derived._read_wkb(stored)
    fresh = shapely.get_parts(land.load_land_geojson(
        (derived.importlib.resources.files("webmap") / "data" / "land-50m.geojson").read_bytes()))
    assert len(parts) == len(fresh) and all(shapely.equals_exact(parts, fresh, 0))
    assert [int(x) for x in labels] == land._label_masses(fresh)
