"""The app over a real socket, under both servers webmap uses: waitress (production) and Werkzeug (development)."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from email.message import Message

import pytest
from test_app_common import HOSTILE, running, write_hostile_journey

from webmap.app import create_app
from webmap.server import make_server


@pytest.fixture(params=["waitress", "werkzeug"])
def base_url(request, gazetteer, tmp_path) -> Iterator[str]:
    # the drawn map itself, not the "being drawn" page a cold first drawing past 3 s would give, nor the 503 of a
    # drawing past the 20 s job budget on a loaded machine (seen twice in full runs beside other sessions)
    app = create_app({"GAZETTEER": gazetteer, "DATA_DIR": tmp_path / "data", "RENDER_WAIT": 60, "JOB_SECONDS": 60})
    with running(app, production=request.param == "waitress") as url:
        yield url


def fetch(url: str, headers: dict | None = None, method: str = "GET", data: bytes | None = None
          ) -> tuple[int, Message, bytes]:
    req = urllib.request.Request(url, headers=headers or {}, method=method, data=data)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def test_routes_over_a_socket(base_url):
    status, headers, body = fetch(base_url + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b'data-place="dandong"' in body

    status, headers, body = fetch(base_url + "/map")
    assert status == 200 and b"leaflet" in body
    etag = headers["ETag"]
    status, _, body = fetch(base_url + "/map", {"If-None-Match": etag})
    assert status == 304 and body == b""

    status, headers, body = fetch(base_url + "/journey.geojson")
    assert status == 200 and headers["Content-Type"].startswith("application/geo+json")
    assert json.loads(body)["type"] == "FeatureCollection"

    status, headers, body = fetch(base_url + "/journey.json")
    assert status == 200 and json.loads(body)["schema"] == "webmap.journey/1"

    status, _, body = fetch(base_url + "/embed")
    assert status == 200 and (base_url + "/map").encode() in body

    status, _, body = fetch(base_url + "/healthz")
    assert status == 200 and json.loads(body)["status"] == "ok"

    status, headers, _ = fetch(base_url + "/static/leaflet/leaflet.js")
    assert status == 200 and "javascript" in headers["Content-Type"]

    status, _, body = fetch(base_url + "/missing")
    assert status == 404 and b"Traceback" not in body


def test_cross_site_post_is_refused_over_a_socket(base_url):
    status, _, _ = fetch(base_url + "/maps", {"Origin": "http://evil.example", "Content-Type": "text/plain"},
                         "POST", b"Kim left Pyongyang.")
    assert status == 403


def test_hostile_journey_over_a_socket(tmp_path):
    app = create_app({"JOURNEY_PATH": write_hostile_journey(tmp_path), "GAZETTEER": object(),
                      "DATA_DIR": tmp_path / "data"})
    server = make_server(app, "127.0.0.1", 0, production=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        status, _, body = fetch(f"http://127.0.0.1:{server.port}/")
    finally:
        server.shutdown()
        thread.join(timeout=10)
    assert status == 200
    assert HOSTILE.encode() not in body and b"&lt;img src=x onerror=alert(1)&gt;" in body


def test_serve_stops_cleanly_on_ctrl_c_and_warns_about_public_dev_serving(monkeypatch, caplog):
    from webmap import server as server_mod

    events = []

    class Fake:
        host, port = "0.0.0.0", 5000

        def serve_forever(self):
            events.append("serve")
            raise KeyboardInterrupt

        def shutdown(self):
            events.append("shutdown")

    monkeypatch.setattr(server_mod, "make_server", lambda *a, **k: Fake())
    with caplog.at_level("WARNING", logger="webmap.server"):
        server_mod.serve(object(), "0.0.0.0", 5000, production=False)
    assert events == ["serve", "shutdown"]
    assert "--production" in caplog.text
    caplog.clear()
    events.clear()
    with caplog.at_level("WARNING", logger="webmap.server"):
        server_mod.serve(object(), "127.0.0.1", 5000, production=False)
    assert events == ["serve", "shutdown"] and caplog.text == ""
