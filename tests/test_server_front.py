"""The front door: rate limits, the store's cap, allowed hosts, HEAD, the list of maps, body and connection
limits, and security headers on every route."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request

import pytest
from test_app_common import STORY, fake_extract, running, write_hostile_journey

from webmap.app import create_app
from webmap.mapstore import MapStore

JSON = {"Accept": "application/json"}


def make_app(tmp_path, **config):
    return create_app({"EXTRACT": fake_extract, "GAZETTEER": object(), "DATA_DIR": tmp_path / "data",
                       "JOURNEY_PATH": write_hostile_journey(tmp_path), "TESTING": True, **config})


def create(client, **headers):
    return client.post("/maps", data={"text": STORY}, headers={**JSON, **headers})


def test_rate_limit_on_making_maps_is_429_with_retry_after(tmp_path):
    app = make_app(tmp_path, RATELIMIT_ENABLED=True, RATE_CREATE="2 per minute")
    client = app.test_client()
    assert [create(client).status_code for _ in range(2)] == [201, 201]
    r = create(client)
    assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0
    assert "2 per 1 minute" in r.get_data(as_text=True)
    other = create(client, **{"X-Forwarded-For": "10.1.1.1"})  # not trusted: the same client still
    assert other.status_code == 429
    assert MapStore.in_dir(tmp_path / "data").count() == 2
    assert client.get("/healthz").status_code == 200  # reading is not limited


def test_rate_limit_on_saving_journeys(tmp_path):
    app = make_app(tmp_path, RATELIMIT_ENABLED=True, RATE_SAVE="1 per minute")
    client = app.test_client()
    made = create(client).get_json()
    map_id = made["id"]
    doc = client.get(f"/maps/{map_id}/journey.json").data
    put = [client.put(f"/maps/{map_id}/journey.json", data=doc, content_type="application/json",
                      headers={**JSON, "X-Edit-Key": made["edit_key"]}).status_code for _ in range(2)]
    assert put == [200, 429]
    assert client.get(f"/maps/{map_id}/journey.json").status_code == 200


def test_two_server_processes_on_one_data_folder_share_their_rate_limits(tmp_path):
    first = make_app(tmp_path, RATELIMIT_ENABLED=True, RATE_CREATE="3 per minute").test_client()
    second = make_app(tmp_path, RATELIMIT_ENABLED=True, RATE_CREATE="3 per minute").test_client()
    codes = [create(c).status_code for c in (first, second, first, second)]
    assert codes == [201, 201, 201, 429]  # one budget, not one per process
    assert (tmp_path / "data" / "ratelimits.sqlite3").exists()


def test_shared_counters_count_and_expire(tmp_path):
    from webmap.web.ratelimits import SQLiteLimitStorage, storage_uri

    uri = storage_uri(tmp_path / "limits.sqlite3")
    a, b = SQLiteLimitStorage(uri), SQLiteLimitStorage(uri)
    assert [a.incr("k", 60), b.incr("k", 60), a.incr("k", 60, amount=2)] == [1, 2, 4]
    assert b.get("k") == 4 and b.get_expiry("k") > 0 and a.check()
    assert a.incr("short", 0.01) == 1
    import time

    time.sleep(0.05)
    assert b.get("short") == 0 and a.incr("short", 60) == 1  # a new window after the old one expired
    b.clear("k")
    assert a.get("k") == 0


def test_a_counter_store_that_cannot_be_written_never_fails_a_request(tmp_path):
    app = make_app(tmp_path, RATELIMIT_ENABLED=True,
                   RATELIMIT_STORAGE_URI=f"webmap-sqlite://{tmp_path}/no-such-dir/x/limits.sqlite3")
    (tmp_path / "no-such-dir").write_text("a file where a folder should be")
    assert create(app.test_client()).status_code == 201


def test_rate_limits_are_off_in_tests_by_default(tmp_path):
    client = make_app(tmp_path).test_client()
    assert {create(client).status_code for _ in range(12)} == {201}


@pytest.mark.parametrize("config", [{"MAX_MAPS": 2}, {"MAX_STORE_MB": 0}])
def test_a_full_store_is_507_with_the_reason(tmp_path, config):
    client = make_app(tmp_path, **config).test_client()
    statuses = [create(client).status_code for _ in range(3)]
    assert statuses[-1] == 507
    r = create(client)
    message = r.get_json()["message"]
    assert "store is full" in message and ("MAX_MAPS" in message or "MAX_STORE_MB" in message)
    assert MapStore.in_dir(tmp_path / "data").count() == statuses.count(201)


def test_untrusted_host_is_refused_and_never_reflected(tmp_path):
    client = make_app(tmp_path).test_client()
    r = client.get("/embed", headers={"Host": "evil.example"})
    assert r.status_code == 400 and b"http://evil.example" not in r.data
    r = client.get("/embed")
    assert r.status_code == 200 and b"http://localhost/map" in r.data
    client = make_app(tmp_path, ALLOWED_HOSTS=["maps.example.org"]).test_client()
    r = client.get("/embed", headers={"Host": "maps.example.org"})
    assert r.status_code == 200 and b"http://maps.example.org/map" in r.data
    assert client.post("/maps", data={"text": STORY}, headers={"Host": "evil.example"}).status_code == 400


def test_list_of_maps_is_off_by_default(tmp_path):
    client = make_app(tmp_path).test_client()
    assert client.get("/maps").status_code == 404
    assert b'href="/maps"' not in client.get("/").data
    client = make_app(tmp_path, LIST_MAPS=True).test_client()
    assert client.get("/maps").status_code == 200 and b'href="/maps"' in client.get("/").data


def _urls(app, map_id: str) -> list[tuple[str, str]]:
    """Every route of the app with example arguments, as (endpoint, url)."""
    out = []
    for rule in app.url_map.iter_rules():
        args = {}
        for name in rule.arguments:
            choices = getattr(rule._converters.get(name), "items", None)  # an any(...) converter: one of its own
            args[name] = {"map_id": map_id, "filename": "leaflet/leaflet.js"}.get(
                name, sorted(choices)[0] if choices else 1)
        path = rule.build(args, append_unknown=False)[1]
        out.append((rule.endpoint, path))
    return out


def test_head_mirrors_get_everywhere(tmp_path):
    app = make_app(tmp_path, LIST_MAPS=True)
    client = app.test_client()
    map_id = create(client).get_json()["id"]
    revision = MapStore.in_dir(tmp_path / "data").get(map_id).revision
    for _, url in _urls(app, map_id):
        get, head = client.get(url), client.head(url)
        assert head.status_code == get.status_code, url
        assert head.data == b"", url
        for name in ("Content-Type", "ETag", "Content-Length", "Content-Security-Policy", "Cache-Control"):
            if name == "Content-Security-Policy" and "nonce-" in get.headers.get(name, ""):
                continue  # a fresh nonce each time
            assert head.headers.get(name) == get.headers.get(name), (url, name)
    assert MapStore.in_dir(tmp_path / "data").get(map_id).revision == revision  # HEAD is not an upload


def test_security_headers_on_every_route(tmp_path):
    app = make_app(tmp_path, LIST_MAPS=True)
    client = app.test_client()
    map_id = create(client).get_json()["id"]
    urls = _urls(app, map_id) + [("missing", "/no/such/page"), ("missing", "/maps/000000000000")]
    for endpoint, url in urls:
        for method in ("GET", "POST"):
            r = client.open(url, method=method, headers={"Sec-Fetch-Site": "cross-site"})
            csp = r.headers.get("Content-Security-Policy", "")
            assert r.headers.get("X-Content-Type-Options") == "nosniff", (method, url)
            assert "default-src" in csp and "base-uri 'none'" in csp, (method, url, csp)
            if r.mimetype == "text/html" and endpoint not in ("map_page", "stored_map"):
                assert "frame-ancestors" in csp and "unsafe-inline" not in csp, (method, url, csp)
                if "script-src" in csp:
                    assert "'nonce-" in csp, (method, url)


def test_static_assets_are_cached_long(tmp_path):
    r = make_app(tmp_path).test_client().get("/static/leaflet/leaflet.js")
    assert r.status_code == 200 and r.cache_control.max_age >= 7 * 24 * 3600


# -- waitress: bodies and connections ---------------------------------------------------------------------------

def test_waitress_refuses_a_large_body_before_buffering_it(tmp_path):
    app = make_app(tmp_path, MAX_CONTENT_LENGTH=64 * 1024)
    with running(app, production=True) as url:
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as s:
            s.sendall(b"POST /maps HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                      b"Content-Length: 1000000000\r\n\r\n" + b"x" * 100_000)
            answer = s.recv(4096)
        assert answer.startswith(b"HTTP/1.1 413"), answer[:100]
    assert MapStore.in_dir(tmp_path / "data").count() == 0


def test_idle_connections_do_not_starve_others(tmp_path):
    app = make_app(tmp_path)
    with running(app, production=True) as url:
        host, port = url.removeprefix("http://").split(":")
        idle = [socket.create_connection((host, int(port)), timeout=10) for _ in range(300)]
        try:
            for s in idle[:100]:
                s.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # a request never finished
            answers = []
            for _ in range(20):
                with urllib.request.urlopen(url + "/healthz", timeout=10) as resp:
                    answers.append(json.loads(resp.read())["status"])
            assert answers == ["ok"] * 20
        finally:
            for s in idle:
                s.close()


def test_keep_alive_survives_a_304(tmp_path):
    import http.client

    app = make_app(tmp_path)
    with running(app, production=True) as url:
        host, port = url.removeprefix("http://").split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        conn.request("GET", "/map")
        first = conn.getresponse()
        first.read()
        etag = first.getheader("ETag")
        for _ in range(3):
            conn.request("GET", "/map", headers={"If-None-Match": etag})
            r = conn.getresponse()
            r.read()
            assert r.status == 304 and r.getheader("Connection", "").lower() != "close"
        sock = conn.sock
        conn.request("GET", "/healthz")
        conn.getresponse().read()
        assert conn.sock is sock  # the same connection served them all
        conn.close()


# -- behind a reverse proxy ----------------------------------------------------------------------------------

def create_as(client, forwarded_for: str):
    return create(client, **{"X-Forwarded-For": forwarded_for})


@pytest.mark.parametrize("proxies", [0, 1])
def test_rate_limits_key_on_the_client_a_trusted_proxy_names(tmp_path, proxies):
    app = make_app(tmp_path, RATELIMIT_ENABLED=True, RATE_CREATE="2 per minute", TRUSTED_PROXIES=proxies)
    client = app.test_client()
    # What nginx sends: the client's own header (forged here) with the address it saw appended.
    codes = [create_as(client, forwarded).status_code
             for forwarded in ("203.0.113.1", "10.9.9.9, 203.0.113.1", "10.8.8.8, 203.0.113.1", "203.0.113.2")]
    if proxies:  # one budget per real client; the forged left part changes nothing
        assert codes == [201, 201, 429, 201]
    else:  # no proxy trusted: everyone is the one peer address, whatever they claim
        assert codes == [201, 201, 429, 429]


def test_trusted_proxy_gives_links_the_scheme_the_client_used(tmp_path):
    client = make_app(tmp_path, TRUSTED_PROXIES=1).test_client()
    made = create(client, **{"X-Forwarded-For": "203.0.113.1", "X-Forwarded-Proto": "https",
                             "X-Forwarded-Host": "evil.example"}).get_json()
    assert made["url"].startswith("https://localhost/maps/")  # the Host is never taken from the forwarded one
    (tmp_path / "b").mkdir()
    direct = create(make_app(tmp_path / "b").test_client(), **{"X-Forwarded-Proto": "https"}).get_json()
    assert direct["url"].startswith("http://localhost/")


@pytest.mark.parametrize("value", ["-1", "two"])
def test_a_bad_trusted_proxies_setting_is_refused(tmp_path, monkeypatch, value):
    monkeypatch.setenv("WEBMAP_TRUSTED_PROXIES", value)
    with pytest.raises(ValueError, match="WEBMAP_TRUSTED_PROXIES"):
        make_app(tmp_path)


@pytest.mark.parametrize("proxies", [0, 1])
def test_waitress_passes_forwarding_headers_only_when_a_proxy_is_trusted(tmp_path, monkeypatch, proxies):
    monkeypatch.setenv("WEBMAP_TRUSTED_PROXIES", str(proxies))
    app = make_app(tmp_path, RATELIMIT_ENABLED=True, RATE_CREATE="1 per minute")
    with running(app, production=True) as url:
        codes = []
        for client in ("203.0.113.1", "203.0.113.2"):
            req = urllib.request.Request(url + "/maps", data=STORY.encode(), method="POST",
                                         headers={**JSON, "Content-Type": "text/plain", "X-Forwarded-For": client})
            try:
                with urllib.request.urlopen(req, timeout=30) as resp:
                    codes.append(resp.status)
            except urllib.error.HTTPError as err:
                codes.append(err.code)
    assert codes == ([201, 201] if proxies else [201, 429])


def test_webmap_serve_trusted_proxy_option(tmp_path, gazetteer_path):
    from test_store_postgres import call, rate_limit_left, webmap_serve

    budgets = {}
    for option in ((), ("--trusted-proxy", "1")):
        store = str(tmp_path / f"maps{len(option)}.sqlite3")
        with webmap_serve(tmp_path, store, gazetteer_path, *option) as url:
            budgets[option] = [rate_limit_left(call(url + "/maps", "POST", STORY.encode(), **{
                **JSON, "Content-Type": "text/plain", "X-Forwarded-For": client}))
                for client in ("203.0.113.1", "203.0.113.2")]
    assert budgets[()][1] == budgets[()][0] - 1  # one shared budget: the header was dropped
    assert budgets[("--trusted-proxy", "1")][0] == budgets[("--trusted-proxy", "1")][1]  # a budget each


# -- rate limits on a PostgreSQL store ------------------------------------------------------------------------

def test_two_apps_on_one_postgresql_store_share_one_budget(tmp_path, postgres_url, monkeypatch):
    monkeypatch.delenv("WEBMAP_RATELIMIT_STORAGE", raising=False)
    apps = []
    for name in ("a", "b"):  # two machines: a data folder each, one database
        (tmp_path / name).mkdir()
        apps.append(make_app(tmp_path / name, STORE=postgres_url, RATELIMIT_ENABLED=True, RATE_CREATE="3 per minute"))
    assert apps[0].config["RATELIMIT_STORAGE_URI"].startswith("webmap-postgresql://")
    first, second = (app.test_client() for app in apps)
    codes = [create(c).status_code for c in (first, second, first, second)]
    assert codes == [201, 201, 201, 429]  # one budget for the two machines, not one each
    assert not (tmp_path / "a" / "data" / "ratelimits.sqlite3").exists()


def test_postgresql_counters_count_expire_and_survive_concurrent_hits(postgres_url):
    import threading
    import time

    from webmap.web.ratelimits import PostgresLimitStorage, postgres_storage_uri

    uri = postgres_storage_uri(postgres_url)
    a, b = PostgresLimitStorage(uri), PostgresLimitStorage(uri)
    try:
        assert [a.incr("k", 60), b.incr("k", 60), a.incr("k", 60, amount=2)] == [1, 2, 4]
        assert b.get("k") == 4 and 55 < b.get_expiry("k") - time.time() <= 60 and a.check()
        assert a.incr("short", 0.2) == 1 and b.incr("short", 0.2) == 2
        time.sleep(0.3)
        assert b.get("short") == 0 and a.incr("short", 60) == 1  # a new window after the old one expired
        b.clear("k")
        assert a.get("k") == 0
        threads = [threading.Thread(target=lambda s=s: [s.incr("busy", 60) for _ in range(25)]) for s in (a, b) * 3]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert a.get("busy") == 150  # every hit counted once
        assert a.reset() == 2 and b.get("short") == 0
    finally:
        a.close()
        b.close()


def test_ratelimit_storage_setting_overrides_the_postgresql_default(tmp_path, monkeypatch):
    monkeypatch.setenv("WEBMAP_RATELIMIT_STORAGE", "memory://")
    app = make_app(tmp_path, STORE="postgresql://nobody@127.0.0.1:1/none")
    assert app.config["RATELIMIT_STORAGE_URI"] == "memory://"
    monkeypatch.delenv("WEBMAP_RATELIMIT_STORAGE")
    assert make_app(tmp_path, STORE="postgres://u@h/db").config["RATELIMIT_STORAGE_URI"] == \
        "webmap-postgresql://u@h/db"
