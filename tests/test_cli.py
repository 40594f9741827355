"""The command line as a user runs it: a real subprocess, one-line errors, non-zero exits, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from geopy.distance import geodesic


@pytest.fixture
def run(gazetteer_path, tmp_path):
    env = {**os.environ, "WEBMAP_GAZETTEER": str(gazetteer_path)}
    env.pop("WEBMAP_ONLINE", None)

    def _run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
        proc = subprocess.run([sys.executable, "-m", "webmap", *args], capture_output=True, text=True, env=env,
                              cwd=tmp_path, timeout=120)
        assert "Traceback" not in proc.stderr, proc.stderr
        if check:
            assert proc.returncode == 0, proc.stderr
        return proc

    return _run


def test_help_explains_the_commands(run):
    out = run("--help").stdout
    for word in ("serve", "export", "geocode", "extract", "offline", "--tiles"):
        assert word in out


def test_geocode_dandong_json(run):
    rec = json.loads(run("geocode", "Dandong", "--json").stdout)
    assert set(rec) == {"name", "country", "lat", "lon", "geonameid", "source"}
    assert geodesic((rec["lat"], rec["lon"]), (40.129, 124.395)).km < 5
    assert rec["country"] == "CN" and rec["source"] == "GeoNames"


def test_geocode_unknown_exits_1_with_one_line(run):
    proc = run("geocode", "Qwxzyville", check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and "not found" in proc.stderr


def test_export_html_and_geojson(run, tmp_path):
    run("export", "-o", "map.html", "-q")
    html = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert len(html.encode()) <= 400_000 and "Dandong" in html
    run("export", "--format", "geojson", "-o", "j.geojson", "-q")
    data = json.loads((tmp_path / "j.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    roles = {f["properties"]["name"]: f["properties"]["role"] for f in data["features"]
             if f["geometry"]["type"] == "Point" and f["properties"]["role"] != "event"}
    assert roles["Pyongyang"] == "origin" and roles["Dandong"] == "border" and roles["Beijing"] == "destination"
    points = {(f["properties"]["name"], f["properties"]["role"]): f["properties"] for f in data["features"]
              if f["geometry"]["type"] == "Point"}
    assert points[("Pyongyang", "origin")]["date"] == "2025-09-01"
    assert points[("Beijing", "destination")]["date"] == "2025-09-02"
    assert points[("Beijing", "event")]["date"] == "2025-09-03"
    lines = [f["properties"] for f in data["features"] if f["geometry"]["type"] == "LineString"]
    assert [(p["order"], p["from"], p["to"], p["mode"], p["date"]) for p in lines] == [
        (1, "pyongyang", "dandong", "train", "2025-09-01"), (2, "dandong", "beijing", "train", "2025-09-02")]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "not valid JSON"), (b"{not json", "not valid JSON"), (b'{"schema": "webmap.journey/1", "title": "t"}',
                                                                "journey.places: missing")],
)
def test_malformed_journey_is_one_line_and_exit_2(run, tmp_path, content, message):
    (tmp_path / "bad.json").write_bytes(content)
    proc = run("export", "bad.json", "-o", "x.html", check=False)
    assert proc.returncode == 2
    assert message in proc.stderr and proc.stderr.strip().count("\n") == 0
    assert not (tmp_path / "x.html").exists()


def test_missing_file(run):
    proc = run("export", "nope.json", check=False)
    assert proc.returncode == 2 and "cannot read journey file" in proc.stderr


def test_corrupt_gazetteer_is_rebuilt(tmp_path):
    bad = tmp_path / "gaz.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    env = {**os.environ, "WEBMAP_GAZETTEER": str(bad)}
    proc = subprocess.run([sys.executable, "-m", "webmap", "geocode", "Pyongyang", "--json", "-q"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["geonameid"] == 1871859


def test_gazetteer_build_keeps_the_villages_the_gazetteer_builds_itself_with(run, tmp_path, gazetteer):
    """`webmap gazetteer build` (what `make serve` runs) imports every place of 500 inhabitants, as the gazetteer
    does when it builds itself: Malaka, Botswana (798 people) is in both."""
    import sqlite3

    path = tmp_path / "built.sqlite3"
    run("gazetteer", "build", "--path", str(path), "-q")
    with sqlite3.connect(path) as db:
        (built,) = db.execute("select count(*) from places").fetchone()
    assert any(c.place.geonameid == 933432 for c in gazetteer.lookup("Malaka"))
    with sqlite3.connect(gazetteer.path) as db:
        (own,) = db.execute("select count(*) from places").fetchone()
    assert built == own
