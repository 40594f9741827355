"""Bounded work per request: hostile journeys and stories are a clear 4xx naming the limit, nothing stored, and
heavy work runs in budgeted child processes while /healthz keeps answering."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request

import pytest
from test_app_common import STORY, fake_extract, running, write_hostile_journey

from webmap import render
from webmap.app import create_app
from webmap.journey import from_dict
from webmap.mapstore import MapStore
from webmap.web.jobs import Budget, JobError, JobPool
from webmap.web.limits import LimitError, Limits, loads_limited, nesting_depth


def make_app(tmp_path, **config):
    return create_app({"EXTRACT": fake_extract, "GAZETTEER": object(), "DATA_DIR": tmp_path / "data",
                       "JOURNEY_PATH": write_hostile_journey(tmp_path), "TESTING": True, **config})


KEYS: dict[str, str] = {}


def new_map(client) -> str:
    r = client.post("/maps", data={"text": STORY}, headers={"Accept": "application/json"})
    assert r.status_code == 201, r.get_data(as_text=True)[:300]
    KEYS[r.get_json()["id"]] = r.get_json()["edit_key"]
    return r.get_json()["id"]


def heavy_legs(n: int) -> dict:
    doc = json.loads(fake_extract(STORY, None).to_json())
    leg = dict(doc["legs"][0])
    doc["legs"] = [leg] * n
    return doc


def put_journey(client, map_id: str, body: bytes):
    return client.put(f"/maps/{map_id}/journey.json", data=body, content_type="application/json",
                      headers={"Accept": "application/json", "X-Edit-Key": KEYS[map_id]})


# -- the journey file -------------------------------------------------------------------------------------------

def test_nesting_depth_ignores_brackets_in_strings():
    assert nesting_depth('{"a": "[[[[{{{{", "b": [[1]]}', 99) == 3
    assert nesting_depth('{"a": "\\"[[["}', 99) == 1
    assert nesting_depth("[" * 10_000, 32) == 33  # stops counting past the cap


@pytest.mark.parametrize("body, limit, status", [
    (json.dumps(heavy_legs(5_000)).encode(), "legs", 413),
    (json.dumps(heavy_legs(40_000)).encode(), "journey_bytes", 413),
    (b"[" * 100_000 + b"]" * 100_000, "depth", 400),
    (b'{"a":' * 5000 + b"1" + b"}" * 5000, "depth", 400),
    (b'{"places": {"x": {"geonameid": 1' + b"0" * 30 + b"}}}", "values", 400),
    (b'{"places": {"x": {"geonameid": -5}}}', "values", 400),
    (b'{"n": 1' + b"0" * 5000 + b"}", "values", 400),
    (b"{}" + b" " * (5 * 1024 * 1024), "journey_bytes", 413),
])
def test_hostile_journey_is_a_4xx_naming_the_limit_and_nothing_is_stored(tmp_path, body, limit, status):
    app = make_app(tmp_path, MAX_CONTENT_LENGTH=64 * 1024 * 1024)
    client = app.test_client()
    map_id = new_map(client)
    before = MapStore.in_dir(tmp_path / "data").get(map_id)
    r = put_journey(client, map_id, body)
    assert r.status_code == status, r.get_data(as_text=True)[:300]
    assert f"limit: {limit}" in r.get_json()["message"]
    after = MapStore.in_dir(tmp_path / "data").get(map_id)
    assert after.revision == before.revision and after.journey_json == before.journey_json


def test_limits_are_configurable(tmp_path):
    app = make_app(tmp_path, LIMIT_LEGS=1)
    client = app.test_client()
    map_id = new_map(client)
    r = put_journey(client, map_id, json.dumps(heavy_legs(2)).encode())
    assert r.status_code == 413 and "2 legs, more than the 1 allowed" in r.get_json()["message"]
    with pytest.raises(LimitError) as err:
        loads_limited(json.dumps(heavy_legs(2)), Limits(legs=1))
    assert err.value.limit == "legs"


def prolific(text, gazetteer, **kwargs):
    doc = json.loads(fake_extract(text, gazetteer, **kwargs).to_json())
    doc["legs"] = doc["legs"] * 50
    return from_dict(doc, text)


def test_a_story_that_makes_too_much_is_413_and_nothing_is_stored(tmp_path):
    app = make_app(tmp_path, EXTRACT=prolific, LIMIT_LEGS=10)
    r = app.test_client().post("/maps", data={"text": STORY}, headers={"Accept": "application/json"})
    assert r.status_code == 413 and "limit: legs" in r.get_json()["message"]
    assert MapStore.in_dir(tmp_path / "data").count() == 0


# -- budgets ----------------------------------------------------------------------------------------------------

def slow_extract(text, gazetteer, **kwargs):
    time.sleep(60)


def greedy_extract(text, gazetteer, **kwargs):
    hog = [bytearray(64 * 1024 * 1024) for _ in range(200)]  # 12.8 GB, far past the memory budget
    return hog


def test_extraction_past_its_time_budget_is_stopped_and_named(tmp_path):
    app = make_app(tmp_path, EXTRACT=slow_extract, JOB_SECONDS=1)
    r = app.test_client().post("/maps", data={"text": STORY}, headers={"Accept": "application/json"})
    assert r.status_code == 503 and "1 s" in r.get_json()["message"]
    assert MapStore.in_dir(tmp_path / "data").count() == 0


def test_extraction_past_its_memory_budget_is_413(tmp_path):
    app = make_app(tmp_path, EXTRACT=greedy_extract, JOB_MEMORY_MB=400)
    r = app.test_client().post("/maps", data={"text": STORY}, headers={"Accept": "application/json"})
    assert r.status_code == 413 and "400 MB" in r.get_json()["message"]
    assert MapStore.in_dir(tmp_path / "data").count() == 0


def test_the_pool_kills_a_job_past_its_budget():
    pool = JobPool(Budget(seconds=0.5, workers=1))
    t0 = time.monotonic()
    with pytest.raises(JobError) as err:
        pool.run("k", lambda: time.sleep(30))
    assert err.value.limit == "seconds" and time.monotonic() - t0 < 10
    with pytest.raises(JobError):  # remembered: not run again for a while
        pool.run("k", lambda: 1)
    assert pool.run("other", lambda: 41 + 1) == 42


def test_a_heavy_map_shows_a_refreshing_page_then_its_limit(tmp_path, monkeypatch):
    def slow(*args, **kwargs):
        time.sleep(60)

    monkeypatch.setattr(render, "map_html", slow)
    app = make_app(tmp_path, JOB_SECONDS=1.5, RENDER_WAIT=0.2)
    client = app.test_client()
    r = client.get("/map")
    assert r.status_code == 503 and r.headers["Refresh"] and r.headers["Retry-After"]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        r = client.get("/map", headers={"Accept": "application/json"})
        if "Refresh" not in r.headers:
            break
        time.sleep(0.2)
    assert r.status_code == 503 and "longer than the 1.5 s" in r.get_json()["message"]


def test_a_real_map_is_drawn_by_a_child_of_the_fork_server(tmp_path, monkeypatch):
    """Never by a child forked from the threaded server: it can inherit a lock another thread held at the fork
    and hang until its budget runs out (seen as 503s on cold CI machines)."""
    app = make_app(tmp_path, RENDER_WAIT=60, JOB_SECONDS=60)
    work = app.extensions["webmap"].work

    def forked_here(*args, **kwargs):
        raise AssertionError("a real map was drawn in a child forked from the threaded server")

    monkeypatch.setattr(work.pool, "run", forked_here)
    r = app.test_client().get("/map")
    assert r.status_code == 200, r.get_data(as_text=True)[-300:]
    assert "L.map(" in r.get_data(as_text=True)


def test_rendered_output_limit(tmp_path):
    app = make_app(tmp_path, LIMIT_RENDERED_BYTES=1000)
    r = app.test_client().get("/map", headers={"Accept": "application/json"})
    assert r.status_code == 413 and "limit: rendered_bytes" in r.get_json()["message"]


# -- one heavy request does not hold up the others --------------------------------------------------------------

def _request(url: str, data: bytes | None = None, method: str = "GET", key: str = "") -> tuple[int, float]:
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json",
                                                                         "Accept": "application/json",
                                                                         "X-Edit-Key": key})
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            resp.read()
            status = resp.status
    except urllib.error.HTTPError as err:
        err.read()
        status = err.code
    return status, time.monotonic() - t0


def test_heavy_requests_are_refused_while_healthz_keeps_answering(tmp_path, monkeypatch):
    def slow(*args, **kwargs):
        time.sleep(60)

    monkeypatch.setattr(render, "map_html", slow)  # every map is a heavy map
    app = make_app(tmp_path, JOB_SECONDS=3, RENDER_WAIT=0.5, MAX_CONTENT_LENGTH=64 * 1024 * 1024)
    map_id = new_map(app.test_client())
    heavy = [json.dumps(heavy_legs(40_000)).encode(), b"[" * 200_000,
             b'{"places": {"x": {"geonameid": 1' + b"0" * 30 + b"}}}"]
    with running(app, production=True) as url:
        heavy_statuses: list[int] = []
        stop = threading.Event()

        def hammer(body: bytes) -> None:
            while not stop.is_set():
                heavy_statuses.append(_request(f"{url}/maps/{map_id}/journey.json", body, "PUT", KEYS[map_id])[0])
                heavy_statuses.append(_request(f"{url}/maps/{map_id}/map")[0])

        threads = [threading.Thread(target=hammer, args=(b,)) for b in heavy]
        for t in threads:
            t.start()
        health = [_request(url + "/healthz") for _ in range(40)]
        stop.set()
        for t in threads:
            t.join(60)
    assert all(status == 200 for status, _ in health)
    assert heavy_statuses and all(400 <= s < 600 and s != 500 for s in heavy_statuses)
    assert set(heavy_statuses) & {400, 413}
    slowest = max(seconds for _, seconds in health)
    print(f"/healthz under heavy requests: slowest of {len(health)} answers {slowest * 1000:.0f} ms")



def test_editor_saves_are_within_the_same_limits(tmp_path):
    from webmap.web.editor import etag_of

    client = make_app(tmp_path).test_client()
    map_id = new_map(client)
    headers = {"X-Edit-Key": KEYS[map_id], "If-Match": f'"{etag_of(map_id, 1)}"', "Accept": "application/json"}
    for body, limit in ((b"[" * 100_000, "depth"), (json.dumps(heavy_legs(5_000)).encode(), "legs")):
        r = client.post(f"/api/maps/{map_id}/revisions", data=body, content_type="application/json", headers=headers)
        assert r.status_code in (400, 413) and f"limit: {limit}" in r.get_data(as_text=True)
    assert MapStore.in_dir(tmp_path / "data").get(map_id).revision == 1
