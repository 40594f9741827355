"""The app on the PostgreSQL store, against a PostgreSQL server the tests start: the same routes, a read-only
server, a full disk, the size cap, the setting that picks the store, and two production servers sharing one
store over HTTP."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakegeocoder import free_port
from test_app_common import STORY, fake_extract, write_hostile_journey

from webmap.app import create_app
from webmap.stores import open_store
from webmap.stores.postgres import PostgresStore

JSON = {"Accept": "application/json"}


@contextlib.contextmanager
def app_on(tmp_path: Path, store: str, **config) -> Iterator:
    app = create_app({"EXTRACT": fake_extract, "GAZETTEER": object(), "DATA_DIR": tmp_path / "data",
                      "JOURNEY_PATH": write_hostile_journey(tmp_path), "TESTING": True, "STORE": store, **config})
    try:
        yield app
    finally:
        app.extensions["webmap"].store.close()


def edit(client, made: dict, title: str, revision: int):
    doc = client.get(f"/api/maps/{made['id']}/revisions/{revision}").get_json()
    doc["title"] = title
    return client.post(f"/api/maps/{made['id']}/revisions", data=json.dumps(doc), content_type="application/json",
                       headers={"Authorization": f"Bearer {made['edit_key']}",
                                "If-Match": f'"{made["id"]}.r{revision}"', **JSON})


def test_the_app_makes_reads_edits_and_deletes_maps_in_postgresql(tmp_path, postgres_url):
    with app_on(tmp_path, postgres_url) as app:
        client = app.test_client()
        assert isinstance(app.extensions["webmap"].store, PostgresStore)
        made = client.post("/maps", data={"text": STORY}, headers=JSON).get_json()
        assert client.get(f"/maps/{made['id']}").status_code == 200
        assert client.get(f"/maps/{made['id']}/map").status_code == 200
        assert edit(client, made, "Edited in PostgreSQL", 1).status_code == 201
        assert edit(client, made, "Too late", 1).status_code == 409
        revs = client.get(f"/api/maps/{made['id']}/revisions").get_json()
        assert revs["current"] == 2 and [r["number"] for r in revs["revisions"]] == [2, 1]
        assert client.get(f"/maps/{made['id']}/journey.json").get_json()["title"] == "Edited in PostgreSQL"
        assert client.get("/healthz").get_json()["store"] == "ok"
        assert not (tmp_path / "data" / "maps.sqlite3").exists()
        gone = client.delete(f"/maps/{made['id']}", headers={"X-Edit-Key": made["edit_key"]})
        assert gone.status_code == 204 and client.get(f"/maps/{made['id']}").status_code == 404


def test_the_store_is_picked_by_one_setting(tmp_path, postgres_url, monkeypatch):
    monkeypatch.setenv("WEBMAP_STORE", postgres_url)
    with app_on(tmp_path, None) as app:
        assert isinstance(app.extensions["webmap"].store, PostgresStore)
    monkeypatch.delenv("WEBMAP_STORE")
    with app_on(tmp_path, None) as app:
        assert app.extensions["webmap"].store.where == str(tmp_path / "data" / "maps.sqlite3")
    assert "secret" not in open_store("postgresql://me:secret@db.example:5432/maps", tmp_path).where


def test_a_read_only_postgresql_serves_reads_and_answers_503_for_writes(tmp_path, postgres_url):
    """A read-only server (as a hot standby is): every read is served, every write is a 503 that says so."""
    with app_on(tmp_path, postgres_url) as app:
        made = app.test_client().post("/maps", data={"text": STORY}, headers=JSON).get_json()
    read_only = postgres_url + "%20-cdefault_transaction_read_only%3Don"
    with app_on(tmp_path, read_only) as app:
        client = app.test_client()
        assert client.get(f"/maps/{made['id']}").status_code == 200
        assert client.get(f"/api/maps/{made['id']}/revisions").status_code == 200
        r = client.post("/maps", data={"text": STORY}, headers=JSON)
        assert r.status_code == 503 and "read-only" in r.get_json()["message"]
        r = edit(client, made, "Not saved", 1)
        assert r.status_code == 503 and "read-only" in r.get_json()["message"]
        r = client.delete(f"/maps/{made['id']}", headers={"X-Edit-Key": made["edit_key"]})
        assert r.status_code == 503
        assert client.get("/healthz").get_json()["store"] == "read-only"
        assert client.get(f"/maps/{made['id']}").status_code == 200


def test_the_size_cap_counts_what_postgresql_holds(tmp_path, postgres_url):
    with app_on(tmp_path, postgres_url, MAX_STORE_MB=1) as app:
        client = app.test_client()
        first = client.post("/maps", data={"text": STORY}, headers=JSON)
        assert first.status_code == 201
        store = app.extensions["webmap"].store
        while store.size_bytes() <= 1024 * 1024:
            store.create(fake_extract(STORY * 200, None), STORY * 200)
        r = client.post("/maps", data={"text": STORY}, headers=JSON)
        assert r.status_code == 507 and "MAX_STORE_MB" in r.get_json()["message"]
        assert client.get(f"/maps/{first.get_json()['id']}").status_code == 200


def test_a_full_disk_under_postgresql_is_507_and_reads_go_on(tmp_path, postgres, postgres_url):
    """The tables on a 2 MB tmpfs (a PostgreSQL tablespace): a real "No space left on device" from the server."""
    import pwd

    from test_faults import tmpfs

    name = "tiny_" + postgres_url.rsplit("t_", 1)[1]
    with tmpfs(postgres.root / name, "2m") as mnt:  # inside the server's own folder: its user can reach it
        owner = pwd.getpwnam("postgres")
        os.chown(mnt, owner.pw_uid, owner.pw_gid)
        postgres.sql(f"CREATE TABLESPACE {name} LOCATION '{mnt}'")
        try:
            with app_on(tmp_path, postgres_url + f"%20-cdefault_tablespace%3D{name}") as app:
                client = app.test_client()
                first = client.post("/maps", data={"text": STORY}, headers=JSON)
                assert first.status_code == 201
                noise = [" ".join(secrets.token_urlsafe(12) for _ in range(9000)) for _ in range(30)]
                statuses = [client.post("/maps", data={"text": STORY + text}, headers=JSON) for text in noise]
                full = [r for r in statuses if r.status_code != 201]
                assert full, "the tablespace never filled"
                assert all(r.status_code == 507 and "disk is full" in r.get_json()["message"] for r in full)
                assert client.get(f"/maps/{first.get_json()['id']}").status_code == 200  # reads go on
                made = [r.get_json()["id"] for r in statuses if r.status_code == 201]
                assert app.extensions["webmap"].store.count() == 1 + len(made)
                assert all(client.get(f"/maps/{i}/journey.json").status_code == 200 for i in made)
        finally:
            postgres.sql(f"DROP SCHEMA {postgres_url.rsplit('%3D', 1)[1]} CASCADE")
            postgres.sql(f"DROP TABLESPACE {name}")


def test_serve_says_in_one_line_when_postgresql_cannot_be_reached(tmp_path, gazetteer_path):
    env = {**os.environ, "WEBMAP_GAZETTEER": str(gazetteer_path), "WEBMAP_DATA_DIR": str(tmp_path)}
    url = f"postgresql://webmap@127.0.0.1:{free_port()}/maps"
    done = subprocess.run([sys.executable, "-m", "webmap", "-q", "serve", "--port", str(free_port()),
                           "--store", url], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1].startswith("webmap: error: the map store cannot be used: cannot reach")
    assert "Traceback" not in done.stderr


# -- two production servers on one PostgreSQL store, over HTTP -----------------------------------------------

@contextlib.contextmanager
def webmap_serve(tmp_path: Path, store: str, gazetteer_path: Path, *options: str) -> Iterator[str]:
    """``webmap serve --production --store URL`` as its own process, with its own data folder."""
    port = free_port()
    data = tmp_path / f"data-{port}"
    env = {**os.environ, "WEBMAP_GAZETTEER": str(gazetteer_path), "WEBMAP_DATA_DIR": str(data)}
    env.pop("WEBMAP_STORE", None)
    log = open(tmp_path / f"serve-{port}.log", "w+")  # noqa: SIM115 - closed below
    proc = subprocess.Popen([sys.executable, "-m", "webmap", "-q", "serve", "--production", "--port", str(port),
                             "--store", store, *options], env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                urllib.request.urlopen(url + "/healthz", timeout=5).read()
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                log.seek(0)
                assert proc.poll() is None and time.monotonic() < deadline, log.read()
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(40)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        log.close()


def call(url: str, method: str = "GET", body: bytes | None = None, **headers: str) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def post_story(server: str, text: str = STORY, client: str | None = None) -> tuple[int, dict]:
    forwarded = {"X-Forwarded-For": client} if client else {}
    status, _, body = call(server + "/maps", "POST", text.encode(),
                           **{"Content-Type": "text/plain", **JSON, **forwarded})
    return status, json.loads(body or b"{}")


def rate_limit_left(answer: tuple[int, dict, bytes]) -> int:
    """X-RateLimit-Remaining of an answer (waitress spells it X-Ratelimit-Remaining)."""
    status, headers, body = answer
    assert status == 201, body
    return int({k.lower(): v for k, v in headers.items()}["x-ratelimit-remaining"])


def test_two_production_servers_share_one_postgresql_store(tmp_path, postgres_url, gazetteer_path):
    # Behind one proxy (as behind nginx): each client named by X-Forwarded-For has its own budget, which the two
    # servers share through the database.
    with webmap_serve(tmp_path, postgres_url, gazetteer_path, "--trusted-proxy", "1") as a, \
            webmap_serve(tmp_path, postgres_url, gazetteer_path, "--trusted-proxy", "1") as b:
        # Made on one, read and edited through the other, and the edit seen by the first.
        status, made = post_story(a)
        assert status == 201, made
        map_id, key = made["id"], made["edit_key"]
        assert call(f"{b}/maps/{map_id}")[0] == 200 and call(f"{b}/maps/{map_id}/map")[0] == 200
        status, _, doc = call(f"{b}/api/maps/{map_id}/revisions/1")
        journey = json.loads(doc)
        journey["title"] = "Edited through the other server"
        status, _, body = call(f"{b}/api/maps/{map_id}/revisions", "POST", json.dumps(journey).encode(),
                               **{"Content-Type": "application/json", "Authorization": f"Bearer {key}",
                                  "If-Match": f'"{map_id}.r1"'})
        assert status == 201, body
        assert json.loads(call(f"{a}/maps/{map_id}/journey.json")[2])["title"] == "Edited through the other server"
        stale = call(f"{a}/api/maps/{map_id}/revisions", "POST", json.dumps(journey).encode(),
                     **{"Content-Type": "application/json", "Authorization": f"Bearer {key}",
                        "If-Match": f'"{map_id}.r1"'})
        assert stale[0] == 409  # saved on b from revision 1 already: a knows it

        # Both servers posted to at once: every acknowledged map is in the store and readable through both.
        # (Three clients a server, three stories each: within the default limit of ten new maps a minute.)
        results: list[tuple[str, int, dict]] = []

        def client(server: str, address: str) -> None:
            for n in range(3):
                status, body = post_story(server, f"Story {n} from {server}.\n" + STORY, address)
                results.append((server, status, body))

        threads = [threading.Thread(target=client, args=(s, f"203.0.113.{n}")) for n, s in enumerate((a, b) * 3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(300)
        acknowledged = [body["id"] for _, status, body in results if status == 201]
        assert len(results) == 18 and len(acknowledged) == 18, [(s, b) for _, s, b in results if s != 201][:3]
        assert len(set(acknowledged)) == 18
        for server in (a, b):
            assert all(call(f"{server}/maps/{i}/journey.json")[0] == 200 for i in acknowledged)
        # One client's budget is one across both servers.
        left = [rate_limit_left(call(f"{server}/maps", "POST", STORY.encode(), **{
            "Content-Type": "text/plain", **JSON, "X-Forwarded-For": "198.51.100.7"})) for server in (a, b, a)]
        assert left == [9, 8, 7]
    store = open_store(postgres_url, tmp_path)
    try:
        assert store.count() == 22 and all(store.get(i) is not None for i in acknowledged)
    finally:
        store.close()


def test_connections_the_server_drops_cost_no_failed_read(tmp_path, postgres, postgres_url):
    """Every pooled connection killed by the server (as a restart does): the next reads still answer."""
    with app_on(tmp_path, postgres_url) as app:
        client = app.test_client()
        made = client.post("/maps", data={"text": STORY}, headers=JSON).get_json()
        assert client.get(f"/maps/{made['id']}").status_code == 200
        killed = postgres.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE application_name = 'webmap'")
        assert killed and all(ok for (ok,) in killed)
        assert [client.get(f"/maps/{made['id']}").status_code for _ in range(3)] == [200, 200, 200]
        assert client.post("/maps", data={"text": STORY}, headers=JSON).status_code == 201


# -- the cap on the number of maps, checked as each map is written ----------------------------------------------

@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "maps.sqlite3")
    return request.getfixturevalue("postgres_url")


def test_the_cap_on_maps_holds_when_many_processes_make_maps_at_once(tmp_path, store_url):
    from webmap.stores.base import StoreFull

    stores = [open_store(store_url, tmp_path) for _ in range(3)]  # as three processes would
    journey = fake_extract(STORY, None)
    made, refused = [], []

    def maker(store) -> None:
        for _ in range(6):
            try:
                made.append(store.create(journey, STORY, max_maps=7).id)
            except StoreFull as exc:
                refused.append(exc)

    try:
        threads = [threading.Thread(target=maker, args=(s,)) for s in stores * 2]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert len(made) == 7 and len(refused) == 36 - 7
        assert all(exc.limit == 7 and exc.count == 7 for exc in refused)
        assert [s.count() for s in stores] == [7, 7, 7]
        assert stores[0].delete(made[0]) and not stores[1].delete(made[0])
        assert stores[2].count() == 6 and stores[1].create(journey, STORY, max_maps=7).id
        with pytest.raises(StoreFull):
            stores[1].create(journey, STORY, max_maps=7)
    finally:
        for s in stores:
            s.close()


def test_the_count_of_maps_is_one_row_kept_beside_them(tmp_path, postgres, postgres_url):
    store = open_store(postgres_url, tmp_path)
    journey = fake_extract(STORY, None)
    try:
        for _ in range(3):
            store.create(journey, STORY)
        schema = postgres_url.rsplit("%3D", 1)[1]
        assert postgres.sql(f"SELECT value FROM {schema}.webmap_meta WHERE key = 'maps'") == [("3",)]
        # Tables made before the count was kept: the first process to open them counts once.
        postgres.sql(f"DELETE FROM {schema}.webmap_meta WHERE key = 'maps'")
        second = open_store(postgres_url, tmp_path)
        try:
            assert second.count() == 3
        finally:
            second.close()  # an unclosed pool warns when the garbage collector reaps it
        assert postgres.sql(f"SELECT value FROM {schema}.webmap_meta WHERE key = 'maps'") == [("3",)]
    finally:
        store.close()


def test_a_postgresql_store_at_its_cap_is_507(tmp_path, postgres_url):
    with app_on(tmp_path, postgres_url, MAX_MAPS=2) as app:
        client = app.test_client()
        codes = [client.post("/maps", data={"text": STORY}, headers=JSON).status_code for _ in range(3)]
        r = client.post("/maps", data={"text": STORY}, headers=JSON)
        assert codes == [201, 201, 507] and "MAX_MAPS" in r.get_json()["message"]
        assert app.extensions["webmap"].store.count() == 2
