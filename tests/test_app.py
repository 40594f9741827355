"""The Flask app over its test client: every route, caching, error pages, and hostile text shown as text."""

from __future__ import annotations

import json
import logging
import re
from html.parser import HTMLParser

import pytest
from test_app_common import HOSTILE, SCRIPT, write_hostile_journey

from webmap import render
from webmap.app import create_app
from webmap.seed import seed_journey_path


@pytest.fixture
def app(gazetteer, tmp_path):
    return create_app({"GAZETTEER": gazetteer, "DATA_DIR": tmp_path / "data", "TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def hostile_client(tmp_path):
    path = write_hostile_journey(tmp_path)
    # No gazetteer: every place is located by hand, so none may be opened (a sentinel would fail loudly).
    app = create_app({"JOURNEY_PATH": path, "GAZETTEER": object(), "DATA_DIR": tmp_path / "data",
                      "TESTING": True})
    return app.test_client()


class Refs(HTMLParser):
    """Every URL an HTML page refers to, and every <script> element's attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.scripts: list[dict] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name in ("src", "href", "action"):
            if a.get(name):
                self.urls.append(a[name])
        if tag == "script":
            self.scripts.append(a)


def refs(html: str) -> Refs:
    r = Refs()
    r.feed(html)
    return r


# -- the seed story ---------------------------------------------------------------------------------------------

def test_story_page_highlights_places_and_lists_the_journey(client):
    r = client.get("/")
    assert r.status_code == 200
    assert r.mimetype == "text/html"
    html = r.get_data(as_text=True)
    # each highlight links to the map and names its place
    for key in ("pyongyang", "dandong", "beijing", "shanghai", "washington"):
        assert re.search(rf'<a class="place place--[a-z]+" href="#map" data-place="{key}"', html), key
    assert 'class="place place--border" href="#map" data-place="dandong"' in html
    assert 'class="place place--mention" href="#map" data-place="shanghai"' in html
    # the map embedded, and the journey as an ordered list in travel order
    assert '<iframe id="map-frame" src="/map"' in html
    itinerary = html[html.index('<ol class="itinerary">'):]
    itinerary = itinerary[:itinerary.index("</ol>")]
    order = [itinerary.index(s) for s in ("Shanghai Cooperation Organization summit", "Origin:", "Pyongyang → Dandong",
                                          "Border crossing:", "Dandong → Beijing", "Destination:",
                                          "Military parade")]
    assert order == sorted(order)
    assert "Monday 1 September 2025" in itinerary and "Wednesday 3 September 2025" in itinerary
    assert "not in the article" in itinerary  # the SCO summit's cited place and dates
    assert "His train reportedly crossed into China through the border city of Dandong" in itinerary
    assert "Unconfirmed:" in itinerary
    # other places, with what the article uses them for
    assert "part of an organisation&#39;s name" in html and "metonym for the U.S. government" in html


def test_story_page_is_self_contained_and_scripts_need_the_nonce(client):
    r = client.get("/")
    html = r.get_data(as_text=True)
    parsed = refs(html)
    external = [u for u in parsed.urls if re.match(r"^([a-z]+:)?//", u) and not u.startswith("data:")]
    assert external == []
    csp = r.headers["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    assert parsed.scripts and all(s.get("nonce") == nonce for s in parsed.scripts)
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert client.get("/").headers["Content-Security-Policy"] != csp  # a fresh nonce each time


def test_map_has_etag_cache_control_and_304(client):
    r = client.get("/map")
    assert r.status_code == 200 and r.mimetype == "text/html"
    etag = r.headers["ETag"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', etag)
    assert "max-age=" in r.headers["Cache-Control"]
    assert "/static/leaflet/leaflet.js" in r.get_data(as_text=True)
    again = client.get("/map", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    assert again.headers["ETag"] == etag
    assert client.get("/map", headers={"If-None-Match": '"other"'}).status_code == 200
    assert client.head("/map").status_code == 200


def test_map_is_rendered_once(app, monkeypatch):
    calls = []
    real = render.map_html

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(render, "map_html", counting)
    app.extensions["webmap"].work.pool.inline = True  # drawn in this process, where the count is kept
    client = app.test_client()
    first = client.get("/map")
    second = client.get("/map")
    assert first.data == second.data and len(calls) == 1


def test_geojson(client):
    r = client.get("/journey.geojson")
    assert r.status_code == 200
    assert r.mimetype == "application/geo+json"
    doc = json.loads(r.data)
    assert doc["type"] == "FeatureCollection"
    kinds = {f["geometry"]["type"] for f in doc["features"]}
    assert {"Point", "LineString"} <= kinds
    names = {f["properties"].get("name") for f in doc["features"] if f["geometry"]["type"] == "Point"}
    assert {"Pyongyang", "Dandong", "Beijing"} <= names
    assert client.get("/journey.geojson", headers={"If-None-Match": r.headers["ETag"]}).status_code == 304


def test_journey_json_is_the_journey_file(client):
    r = client.get("/journey.json")
    assert r.status_code == 200 and r.mimetype == "application/json"
    assert r.data == seed_journey_path().read_bytes()


def test_embed_shows_an_escaped_snippet_with_the_absolute_url(client):
    r = client.get("/embed")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "http://localhost/map" in html
    assert "&lt;iframe src=&#34;http://localhost/map&#34;" in html  # the snippet is shown as text…
    assert "padding-bottom:75%" in html  # …and is responsive
    snippet = html[html.index('<textarea'):html.index("</textarea>")]
    assert "<iframe" not in snippet


def test_healthz(client):
    r = client.get("/healthz")
    assert r.status_code == 200 and r.mimetype == "application/json"
    assert r.get_json()["status"] == "ok"


def test_static_assets(client):
    css = client.get("/static/webmap/app.css")
    assert css.status_code == 200 and css.mimetype == "text/css"
    assert client.get("/static/leaflet/leaflet.js").status_code == 200
    assert client.get("/static/../webmap/app.py").status_code == 404
    assert client.get("/static/__init__.py").status_code == 404


# -- errors -----------------------------------------------------------------------------------------------------

def test_unknown_path_is_a_404_page(client):
    r = client.get("/no/such/page")
    assert r.status_code == 404 and r.mimetype == "text/html"
    html = r.get_data(as_text=True)
    assert "404" in html and "Traceback" not in html
    assert client.get("/nope", headers={"Accept": "application/json"}).get_json()["status"] == 404


def test_wrong_method_is_a_405_page(client):
    r = client.post("/map")
    assert r.status_code == 405
    assert "GET" in r.headers["Allow"]
    assert "Traceback" not in r.get_data(as_text=True)


def test_server_error_shows_no_traceback_and_is_logged(gazetteer, tmp_path, monkeypatch, caplog):
    app = create_app({"GAZETTEER": gazetteer, "DATA_DIR": tmp_path, "PROPAGATE_EXCEPTIONS": False})

    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(render, "map_html", broken)
    with caplog.at_level(logging.ERROR):
        r = app.test_client().get("/map")
    assert r.status_code == 500, r.get_data(as_text=True)[-600:]
    html = r.get_data(as_text=True)
    assert "secret internal detail" not in html and "Traceback" not in html and "RuntimeError" not in html
    assert "went wrong" in html
    assert any("secret internal detail" in (rec.exc_text or rec.getMessage()) for rec in caplog.records)


def test_bad_config_is_refused(tmp_path):
    with pytest.raises(ValueError, match="TILES"):
        create_app({"TILES": "google", "DATA_DIR": tmp_path})


# -- hostile text -----------------------------------------------------------------------------------------------

def test_hostile_journey_is_escaped_everywhere(hostile_client):
    for path in ("/", "/embed", "/map"):
        r = hostile_client.get(path)
        assert r.status_code == 200, path
        html = r.get_data(as_text=True)
        assert HOSTILE not in html, path
        assert SCRIPT not in html, path
        assert "<script>alert" not in html, path
    html = hostile_client.get("/").get_data(as_text=True)
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # shown, as text
    assert 'href="javascript:' not in html  # a javascript: citation or source URL is not a link
    assert "&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;" in html


def test_hostile_geojson_is_plain_json(hostile_client):
    doc = hostile_client.get("/journey.geojson").get_json()
    names = {f["properties"].get("name") for f in doc["features"]}
    assert HOSTILE in names  # data stays data: escaping is the job of whoever puts it in HTML


def test_a_broken_gazetteer_is_a_503_page(tmp_path):
    from gazetteer.store import GazetteerError

    class Broken:
        def __getattr__(self, name):
            raise GazetteerError("gazetteer /secret/path: damaged")

    app = create_app({"GAZETTEER": Broken(), "DATA_DIR": tmp_path})
    r = app.test_client().get("/map")
    assert r.status_code == 503
    html = r.get_data(as_text=True)
    assert "gazetteer" in html and "/secret/path" not in html and "Traceback" not in html
