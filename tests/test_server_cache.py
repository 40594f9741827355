"""Fast reads: a map is drawn once per content, kept on disk gzip-compressed, and its ETag is the same in every
process; a 304 needs no drawing at all."""

from __future__ import annotations

import gzip

import pytest
from test_app_common import STORY, fake_extract, write_hostile_journey

from webmap import render
from webmap.app import create_app

JSON = {"Accept": "application/json"}


@pytest.fixture
def draws(monkeypatch):
    calls: list[int] = []
    real = render.map_html

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(render, "map_html", counting)
    return calls


def make_app(tmp_path, **config):
    app = create_app({"EXTRACT": fake_extract, "GAZETTEER": object(), "DATA_DIR": tmp_path / "data",
                      "JOURNEY_PATH": write_hostile_journey(tmp_path), "TESTING": True, **config})
    app.extensions["webmap"].work.pool.inline = True  # draw in this process, where ``draws`` counts
    return app


def test_drawn_once_for_every_process_and_the_etag_agrees(tmp_path, draws):
    first = make_app(tmp_path).test_client()
    map_id = first.post("/maps", data={"text": STORY}, headers=JSON).get_json()["id"]
    a = first.get(f"/maps/{map_id}/map")
    b = make_app(tmp_path).test_client().get(f"/maps/{map_id}/map")  # another process, same data folder
    assert a.status_code == b.status_code == 200 and a.data == b.data
    assert a.headers["ETag"] == b.headers["ETag"]
    assert len(draws) == 1
    seed_etags = {make_app(tmp_path).test_client().get("/map").headers["ETag"] for _ in range(2)}
    assert len(seed_etags) == 1 and len(draws) == 2


def test_a_304_needs_no_drawing(tmp_path, draws):
    etag = make_app(tmp_path).test_client().get("/map").headers["ETag"]
    fresh = make_app(tmp_path, RENDER_CACHE_DIR=None).test_client()  # no disk cache: it could only draw
    r = fresh.get("/map", headers={"If-None-Match": etag})
    assert r.status_code == 304 and r.data == b"" and r.headers["ETag"] == etag
    assert len(draws) == 1


def test_gzip_for_clients_that_take_it(tmp_path):
    client = make_app(tmp_path).test_client()
    plain = client.get("/map")
    packed = client.get("/map", headers={"Accept-Encoding": "gzip, deflate"})
    assert "Content-Encoding" not in plain.headers and packed.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.data) == plain.data and len(packed.data) < len(plain.data) / 2
    assert "Accept-Encoding" in packed.headers["Vary"] and packed.headers["ETag"] != plain.headers["ETag"]
    r = client.get("/map", headers={"Accept-Encoding": "gzip", "If-None-Match": packed.headers["ETag"]})
    assert r.status_code == 304


def test_a_new_revision_is_a_new_drawing(tmp_path, draws):
    client = make_app(tmp_path).test_client()
    made = client.post("/maps", data={"text": STORY}, headers=JSON).get_json()
    map_id = made["id"]
    before = client.get(f"/maps/{map_id}/map").headers["ETag"]
    doc = client.get(f"/maps/{map_id}/journey.json").get_json()
    doc["title"] = "A better title"
    import json

    assert client.put(f"/maps/{map_id}/journey.json", data=json.dumps(doc), content_type="application/json",
                      headers={**JSON, "X-Edit-Key": made["edit_key"]}).status_code == 200
    after = client.get(f"/maps/{map_id}/map")
    assert after.status_code == 200 and after.headers["ETag"] != before and b"A better title" in after.data
    assert len(draws) == 2


def test_an_unwritable_cache_only_costs_speed(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache folder should be")
    client = make_app(tmp_path, RENDER_CACHE_DIR=blocker / "rendered").test_client()
    assert client.get("/map").status_code == 200
