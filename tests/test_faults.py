"""Faults, each a test: kill -9 under load, two server processes on one store, a full disk, a read-only data
folder, SIGTERM with a request in flight. Servers run as real processes (waitress) on 127.0.0.1."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
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
from webmap.mapstore import MapStore

TESTS = Path(__file__).resolve().parent
SERVER = """
import sys, time
sys.path.insert(0, {tests!r})
from test_app_common import fake_extract
from webmap.app import create_app
from webmap.server import serve

def extract(text, gazetteer, **kwargs):
    if "SLOW" in text:
        time.sleep(2)
    return fake_extract(text, gazetteer, **kwargs)

if __name__ == "__main__":  # job processes import this file again: only the server runs it
    app = create_app({{"EXTRACT": extract, "GAZETTEER": object(), "DATA_DIR": {data!r},
                      "JOURNEY_PATH": {journey!r}, "RATELIMIT_ENABLED": False}})
    serve(app, "127.0.0.1", {port}, production=True)
"""


@contextlib.contextmanager
def server_process(tmp_path: Path, data: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    port = free_port()
    journey = write_hostile_journey(tmp_path) if not (tmp_path / "hostile.journey.json").exists() \
        else tmp_path / "hostile.journey.json"
    script = tmp_path / f"serve-{port}.py"
    script.write_text(SERVER.format(tests=str(TESTS), data=str(data), journey=str(journey), port=port))
    proc = subprocess.Popen([sys.executable, str(script)], stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(url + "/healthz", timeout=2).read()
                break
            except (urllib.error.URLError, ConnectionError):
                assert proc.poll() is None, proc.stderr.read()
                time.sleep(0.05)
        yield url, proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)
        proc.stderr.close()


def post(url: str, text: str = STORY, timeout: float = 30) -> tuple[int, dict]:
    req = urllib.request.Request(url + "/maps", data=text.encode(), method="POST",
                                 headers={"Content-Type": "text/plain", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"{}")


def integrity(data: Path) -> str:
    with contextlib.closing(sqlite3.connect(data / "maps.sqlite3")) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_kill_9_while_clients_post_loses_no_acknowledged_map(tmp_path):
    data = tmp_path / "data"
    acknowledged: list[str] = []
    for _ in range(2):
        with server_process(tmp_path, data) as (url, proc):
            stop = threading.Event()

            def client(stop: threading.Event = stop) -> None:
                while not stop.is_set():
                    try:
                        status, body = post(url, timeout=5)
                    except (urllib.error.URLError, ConnectionError, OSError):
                        return
                    if status == 201:
                        acknowledged.append(body["id"])

            threads = [threading.Thread(target=client) for _ in range(8)]
            for t in threads:
                t.start()
            deadline = time.monotonic() + 20
            while len(acknowledged) < 20 and time.monotonic() < deadline:
                time.sleep(0.05)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
            stop.set()
            for t in threads:
                t.join(10)
        assert acknowledged
        store = MapStore.in_dir(data)
        missing = [i for i in acknowledged if store.get(i) is None]
        assert missing == [], f"{len(missing)} of {len(acknowledged)} acknowledged maps lost"
        assert integrity(data) == "ok"


def test_two_server_processes_share_one_store(tmp_path):
    data = tmp_path / "data"
    with server_process(tmp_path, data) as (a, _), server_process(tmp_path, data) as (b, _):
        results: list[tuple[str, int, dict]] = []

        def client(url: str) -> None:
            for _ in range(15):
                status, body = post(url)
                results.append((url, status, body))

        threads = [threading.Thread(target=client, args=(u,)) for u in (a, b) * 3]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert {status for _, status, _ in results} == {201}, results[:3]
        for url, _, body in results[:10]:
            other = b if url == a else a
            with urllib.request.urlopen(f"{other}/maps/{body['id']}/map", timeout=30) as resp:
                assert resp.status == 200  # made on one, drawn by the other
    assert MapStore.in_dir(data).count() == len(results) and integrity(data) == "ok"


def test_sigterm_finishes_the_request_in_flight(tmp_path):
    data = tmp_path / "data"
    with server_process(tmp_path, data) as (url, proc):
        answer: list[tuple[int, dict]] = []
        t = threading.Thread(target=lambda: answer.append(post(url, "SLOW " + STORY)))
        t.start()
        time.sleep(0.7)  # the slow story is being extracted
        proc.send_signal(signal.SIGTERM)
        t.join(30)
        assert proc.wait(30) == 0
        with pytest.raises((urllib.error.URLError, ConnectionError)):
            urllib.request.urlopen(url + "/healthz", timeout=2)
    assert answer and answer[0][0] == 201, answer
    assert MapStore.in_dir(data).get(answer[0][1]["id"]) is not None


# -- a full disk and a read-only data folder: a tiny tmpfs when this machine lets us mount one -------------------

@contextlib.contextmanager
def tmpfs(path: Path, size: str = "2m") -> Iterator[Path]:
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def make_app(tmp_path: Path, data: Path):
    return create_app({"EXTRACT": fake_extract, "GAZETTEER": object(), "DATA_DIR": data,
                       "JOURNEY_PATH": write_hostile_journey(tmp_path), "TESTING": True, "RENDER_CACHE_DIR": None})


def fill(path: Path) -> None:
    with open(path / "filler", "wb") as f:
        with contextlib.suppress(OSError):
            while True:
                f.write(b"\0" * 65536)
                f.flush()


def test_a_full_disk_is_507_and_nothing_is_half_written(tmp_path):
    with tmpfs(tmp_path / "mnt") as data:
        client = make_app(tmp_path, data).test_client()
        first = client.post("/maps", data={"text": STORY}, headers={"Accept": "application/json"})
        assert first.status_code == 201
        fill(data)
        statuses = [client.post("/maps", data={"text": STORY * 40}, headers={"Accept": "application/json"})
                    for _ in range(3)]
        full = [r for r in statuses if r.status_code != 201]
        assert full and all(r.status_code == 507 and "disk is full" in r.get_json()["message"] for r in full)
        assert client.get(f"/maps/{first.get_json()['id']}").status_code == 200  # reads go on while it is full
        assert client.get("/healthz").status_code == 200
        (data / "filler").unlink()  # space again: everything acknowledged is there, whole, and writes work
        assert client.get(f"/maps/{first.get_json()['id']}").status_code == 200
        assert integrity(data) == "ok" and MapStore.in_dir(data).count() == 1 + len(statuses) - len(full)
        assert client.post("/maps", data={"text": STORY}, headers={"Accept": "application/json"}).status_code == 201


def test_a_read_only_data_folder_reads_and_answers_503_for_writes(tmp_path):
    with tmpfs(tmp_path / "mnt") as data:
        writer = make_app(tmp_path, data)
        made = writer.test_client().post("/maps", data={"text": STORY}, headers={"Accept": "application/json"}
                                         ).get_json()
        map_id = made["id"]
        writer.extensions["webmap"].store.close()  # its connection stays open between requests otherwise
        subprocess.run(["mount", "-o", "remount,ro", str(data)], check=True)
        client = make_app(tmp_path, data).test_client()  # a fresh process: its first connection only reads
        assert client.get(f"/maps/{map_id}").status_code == 200
        assert client.get(f"/maps/{map_id}/map").status_code == 200
        r = client.post("/maps", data={"text": STORY}, headers={"Accept": "application/json"})
        assert r.status_code == 503 and "read-only" in r.get_json()["message"]
        doc = client.get(f"/maps/{map_id}/journey.json").data
        r = client.put(f"/maps/{map_id}/journey.json", data=doc, content_type="application/json",
                       headers={"Accept": "application/json", "X-Edit-Key": made["edit_key"]})
        assert r.status_code == 503 and "read-only" in r.get_json()["message"]
        health = client.get("/healthz")
        assert health.get_json()["store"] == "read-only"


def test_a_full_database_without_a_mount_is_507_and_reads_go_on(tmp_path, monkeypatch):
    """Where no tmpfs can be mounted: SQLite's own "database or disk is full" (SQLITE_FULL), made real by capping
    the file's pages (PRAGMA max_page_count) on every connection the store opens."""
    import webmap.stores.sqlite as sqlite_store

    app = make_app(tmp_path, tmp_path / "data")
    client = app.test_client()
    first = client.post("/maps", data={"text": STORY}, headers={"Accept": "application/json"}).get_json()
    store = app.extensions["webmap"].store
    pages = store._connection().execute("PRAGMA page_count").fetchone()[0]
    real = sqlite_store._open

    def capped(path):
        conn = real(path)
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        return conn

    monkeypatch.setattr(sqlite_store, "_open", capped)
    store.close()  # this thread's next connection is a capped one
    r = client.post("/maps", data={"text": STORY * 200}, headers={"Accept": "application/json"})
    assert r.status_code == 507 and "disk is full" in r.get_json()["message"]
    assert client.get(f"/maps/{first['id']}").status_code == 200  # reads go on
    assert client.get(f"/maps/{first['id']}/journey.json").status_code == 200
    assert store.count() == 1 and integrity(tmp_path / "data") == "ok"


# -- the gazetteer damaged inside; the online geocoder slow, failing or rate-limited ----------------------------

def test_a_gazetteer_damaged_inside_is_reported_and_rebuilt(tmp_path, gazetteer_path):
    import shutil
    from types import SimpleNamespace

    from webmap.web.health import quick_check

    damaged = tmp_path / "gazetteer.sqlite3"
    shutil.copyfile(gazetteer_path, damaged)
    page = int.from_bytes(damaged.read_bytes()[16:18], "big")
    with open(damaged, "r+b") as f:
        size = f.seek(0, 2)
        for at in range(page * 8, size - page, page * 97):  # the header stays whole: only SQLite's check sees it
            f.seek(at)
            f.write(b"\xa5" * 64)
    assert quick_check(damaged) is not None
    app = create_app({"EXTRACT": fake_extract, "GAZETTEER": SimpleNamespace(path=damaged), "TESTING": True,
                      "DATA_DIR": tmp_path / "data", "JOURNEY_PATH": write_hostile_journey(tmp_path)})
    client = app.test_client()
    seen = []
    deadline = time.monotonic() + 240  # the rebuild is a full gazetteer build
    while time.monotonic() < deadline:
        r = client.get("/healthz")
        seen.append((r.status_code, r.get_json()["gazetteer"]))
        if r.status_code == 200 and r.get_json()["gazetteer"] == "ok":
            break
        time.sleep(0.5)
    assert any(status == 503 and gaz.startswith("damaged") for status, gaz in seen), seen[:3]
    assert seen[-1] == (200, "ok"), seen[-3:]
    assert quick_check(damaged) is None


@pytest.mark.parametrize("mode", ["slow", "429", "500"])
def test_an_online_geocoder_costs_a_story_at_most_about_a_second(gazetteer_path, mode):
    from fakegeocoder import FakeNominatim

    from gazetteer.geocoder import OnlineFallback
    from gazetteer.resolve import Gazetteer
    from webmap.web.offload import online_budget

    with FakeNominatim(mode, delay=4.0) as fake:
        online = OnlineFallback(domain=fake.domain, scheme="http", timeout=5.0)
        with Gazetteer.open(gazetteer_path, build=False, progress=False, online=online) as parent:
            with online_budget(parent) as gaz:  # what a story's job uses
                t0 = time.monotonic()
                for name in ("Qwzxv Junction", "Plimbrook Halt", "Vortanesk", "Ulmquist Ferry"):
                    gaz.lookup(name)
                spent = time.monotonic() - t0
            assert parent.online is online
    assert fake.requests, "the online geocoder was never asked"
    assert spent < 2.0, f"{spent:.1f} s of online geocoding for one story"
