"""The online fallback against a fake Nominatim on 127.0.0.1, and the gazetteer as a geopy Geocoder."""

from __future__ import annotations

import logging
import os
import pathlib
import time

import pytest
from fakegeocoder import FakeNominatim, free_port
from geopy.geocoders import Nominatim
from geopy.location import Location

from gazetteer import Gazetteer, GazetteerError, GazetteerGeocoder, OnlineFallback, build, online_from_env
from gazetteer.geocoder import DEFAULT_DOMAIN

UNKNOWN = "Sinuiju Railway Bridge"  # not in GeoNames' cities; the fake server knows it


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> pathlib.Path:
    path = tmp_path_factory.mktemp("online") / "g.sqlite3"
    build(path, min_population=15000, progress=False)
    return path


@pytest.fixture
def db(small_db: pathlib.Path, tmp_path: pathlib.Path) -> pathlib.Path:
    """A private copy: these tests write online answers into it."""
    path = tmp_path / "g.sqlite3"
    path.write_bytes(small_db.read_bytes())
    return path


def fallback(domain: str, *, timeout: float = 2.0, min_delay: float = 0.0) -> OnlineFallback:
    nominatim = Nominatim(domain=domain, scheme="http", user_agent="webmap-tests", timeout=timeout)
    return OnlineFallback(nominatim, timeout=timeout, min_delay=min_delay)


def unavailable_notes(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if "online geocoding unavailable" in r.getMessage()]


def test_answer_is_returned_stored_and_found_offline_next_time(db: pathlib.Path, caplog) -> None:
    with FakeNominatim() as server:
        online = fallback(server.domain)
        with Gazetteer.open(db, build=False, online=online) as g:
            cands = g.lookup(UNKNOWN)
            assert len(cands) == 1
            place = cands[0].place
            assert place.source == "Nominatim" and place.geonameid is None
            assert (place.country, place.kind) == ("KP", "landmark")
            assert abs(place.lat - 40.1153) < 1e-6 and abs(place.lon - 124.3914) < 1e-6
            assert place.name == "Sino-Korean Friendship Bridge"
            assert g.best("Sino-Korean Friendship Bridge") == place  # indexed under its own name too
            assert len(server.requests) == 1
            req = server.requests[0]
            assert req["_path"] == ["/search"] and req["q"] == [UNKNOWN] and req["format"] == ["json"]
            # asked once; the second lookup is answered from the store
            assert g.lookup(UNKNOWN)[0].place == place
            assert len(server.requests) == 1
            rows = g.store.conn.execute(
                "SELECT source, fetched_at FROM places WHERE name = 'Sino-Korean Friendship Bridge'").fetchall()
            assert len(rows) == 1 and rows[0][0] == "Nominatim" and rows[0][1].startswith("20")
    assert unavailable_notes(caplog) == []
    # offline next time: a new process-like open, no fallback, no server
    with Gazetteer.open(db, build=False) as g:
        again = g.best(UNKNOWN)
        assert again == place and again.source == "Nominatim"


def test_not_found_is_remembered(db: pathlib.Path) -> None:
    with FakeNominatim() as server:
        with Gazetteer.open(db, build=False, online=fallback(server.domain)) as g:
            assert g.lookup("Nowhere At All") == []
            assert g.lookup("Nowhere At All") == []
        assert len(server.requests) == 1


def test_country_filter_is_passed_on(db: pathlib.Path) -> None:
    with FakeNominatim() as server:
        with Gazetteer.open(db, build=False, online=fallback(server.domain)) as g:
            assert g.lookup(UNKNOWN, country="KP")[0].place.country == "KP"
        assert server.requests[0]["countrycodes"] == ["kp"]


def test_known_names_never_go_online(db: pathlib.Path) -> None:
    with FakeNominatim() as server:
        with Gazetteer.open(db, build=False, online=fallback(server.domain)) as g:
            assert g.best("Dandong").source == "GeoNames"
        assert server.requests == []


def test_min_delay_between_requests(db: pathlib.Path) -> None:
    with FakeNominatim() as server:
        online = fallback(server.domain, min_delay=0.3)
        with Gazetteer.open(db, build=False, online=online) as g:
            t0 = time.monotonic()
            for name in ["Nowhere One", "Nowhere Two", "Nowhere Three"]:
                g.lookup(name)
            assert time.monotonic() - t0 >= 0.6
        assert len(server.requests) == 3


@pytest.mark.parametrize("case", ["timeout", "429", "403", "500", "refused"])
def test_failures_are_fast_noted_once_and_quiet(db: pathlib.Path, caplog, capsys, case: str) -> None:
    caplog.set_level(logging.WARNING)
    names = [f"Unknown Place {i}" for i in range(20)]
    server = FakeNominatim({"timeout": "slow", "refused": "ok"}.get(case, case), delay=3)
    with server:
        domain = f"127.0.0.1:{free_port()}" if case == "refused" else server.domain
        online = fallback(domain, timeout=0.5, min_delay=1.0)
        with Gazetteer.open(db, build=False, online=online) as g:
            t0 = time.monotonic()
            results = [g.lookup(n) for n in names]
            elapsed = time.monotonic() - t0
    assert results == [[]] * 20
    notes = unavailable_notes(caplog)
    assert len(notes) == 1, notes
    assert "\n" not in notes[0]
    assert online.disabled and online.requests == 1
    if case == "429":
        assert "429" in notes[0]
    if case == "timeout":
        assert "did not answer within 0.5 s" in notes[0]
    if case == "refused":
        assert "cannot reach Nominatim" in notes[0] and "refused" in notes[0].lower()
    assert elapsed < (2.5 if case == "timeout" else 1.5)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out + caplog.text
    # nothing was stored for the names that could not be asked: they will be asked another time
    with Gazetteer.open(db, build=False) as g:
        assert g.store.conn.execute("SELECT count(*) FROM online_queries").fetchone()[0] == 0


def test_no_network_whole_story_fails_fast(db: pathlib.Path, caplog) -> None:
    """The default Nominatim configuration with nothing to connect to: ≤ 1 s for 20 unknown names."""
    online = OnlineFallback(domain=f"127.0.0.1:{free_port()}", scheme="http")
    with Gazetteer.open(db, build=False, online=online) as g:
        t0 = time.monotonic()
        for i in range(20):
            assert g.lookup(f"Unknown Place {i}") == []
        assert time.monotonic() - t0 < 1.0
    assert len(unavailable_notes(caplog)) == 1


def test_a_read_only_cache_still_gives_the_answer(db: pathlib.Path, caplog) -> None:
    db.chmod(0o444)
    try:
        with FakeNominatim() as server, Gazetteer.open(db, build=False, online=fallback(server.domain)) as g:
            if os.access(db, os.W_OK):  # root ignores file modes: use a read-only connection instead
                g.store.conn.execute("PRAGMA query_only = ON")
            assert g.best(UNKNOWN).name == "Sino-Korean Friendship Bridge"
            assert g.best("Dandong").geonameid == 2037886
        assert "cannot store the online answer" in caplog.text
    finally:
        db.chmod(0o644)


def test_online_from_env(monkeypatch) -> None:
    for var in ["WEBMAP_ONLINE", "WEBMAP_GEOCODER_DOMAIN", "WEBMAP_GEOCODER_SCHEME", "WEBMAP_USER_AGENT"]:
        monkeypatch.delenv(var, raising=False)
    assert online_from_env() is None
    default = online_from_env(force=True)
    assert default is not None and default.geocoder.domain == DEFAULT_DOMAIN
    assert default.geocoder.scheme == "https" and default.timeout == 5.0 and default.min_delay == 1.0
    monkeypatch.setenv("WEBMAP_ONLINE", "1")
    monkeypatch.setenv("WEBMAP_GEOCODER_DOMAIN", "127.0.0.1:9")
    monkeypatch.setenv("WEBMAP_GEOCODER_SCHEME", "http")
    monkeypatch.setenv("WEBMAP_USER_AGENT", "webmap-test-agent")
    fb = online_from_env()
    assert fb is not None and fb is online_from_env()  # one per process: disabled stays disabled
    assert fb.geocoder.domain == "127.0.0.1:9" and fb.geocoder.scheme == "http"
    assert fb.geocoder.headers["User-Agent"] == "webmap-test-agent"


def test_gazetteer_geocoder_returns_geopy_locations(gazetteer: Gazetteer) -> None:
    geo = GazetteerGeocoder(gazetteer)
    loc = geo.geocode("Dandong")
    assert isinstance(loc, Location)
    assert loc.address == "Dandong, China"
    assert abs(loc.latitude - 40.12917) < 1e-6 and abs(loc.longitude - 124.39472) < 1e-6
    assert loc.raw["geonameid"] == 2037886 and loc.raw["source"] == "GeoNames" and loc.raw["match"] == "exact"
    many = geo.geocode("Washington", exactly_one=False)
    assert isinstance(many, list) and len(many) > 18 and many[0].raw["geonameid"] == 4140963
    assert geo.geocode("Washington", country_codes="gb").raw["country"] == "GB"
    assert geo.geocode("Washington", country_codes=["GB", "AW"], exactly_one=False)[-1].raw["country"] in {
        "GB", "AW"}
    assert geo.geocode("Xyzzyville") is None
    assert geo.geocode("North Korea").address == "North Korea"


def test_any_geopy_geocoder_can_be_wrapped(db: pathlib.Path) -> None:
    """Not only Nominatim: whatever geocode() answers is stored under the wrapper's source name."""
    from geopy.geocoders.base import Geocoder

    class Stub(Geocoder):
        calls: list[tuple] = []

        def geocode(self, query, *, exactly_one=True, timeout=None, country=None):
            self.calls.append((query, country, timeout))
            return Location("Somewhere, Nowhere", (12.5, 45.25), {"display_name": "Somewhere, Nowhere"})

    stub = Stub()
    with Gazetteer.open(db, build=False, online=OnlineFallback(stub, min_delay=0, timeout=1.5)) as g:
        place = g.best("Somewhere Unlisted", country="ZZ")
    assert (place.name, place.lat, place.lon, place.country, place.source) == (
        "Somewhere", 12.5, 45.25, "ZZ", "Stub")
    assert stub.calls == [("Somewhere Unlisted", "zz", 1.5)]


def test_a_self_hosted_pelias_from_env(db: pathlib.Path, monkeypatch) -> None:
    """WEBMAP_GEOCODER=pelias points the same fallback at a Pelias server (geopy's Pelias geocoder)."""
    from fakegeocoder import FakePelias

    with FakePelias() as server:
        for var, value in {"WEBMAP_ONLINE": "1", "WEBMAP_GEOCODER": "pelias", "WEBMAP_GEOCODER_DOMAIN": server.domain,
                           "WEBMAP_GEOCODER_SCHEME": "http", "WEBMAP_GEOCODER_API_KEY": "k3y"}.items():
            monkeypatch.setenv(var, value)
        online = online_from_env()
        assert online.source == "Pelias" and online.geocoder.domain == server.domain
        with Gazetteer.open(db, build=False, online=online) as g:
            place = g.best(UNKNOWN, country="KP")
            assert (place.name, place.country, place.kind, place.source) == (
                "Sino-Korean Friendship Bridge", "KP", "landmark", "Pelias")
            assert abs(place.lat - 40.1153) < 1e-6 and abs(place.lon - 124.3914) < 1e-6
        (req,) = server.requests
        assert req["_path"] == ["/v1/search"] and req["text"] == [UNKNOWN]
        assert req["api_key"] == ["k3y"] and req["boundary.country"] == ["KP"]
    monkeypatch.delenv("WEBMAP_GEOCODER_DOMAIN")
    with pytest.raises(GazetteerError, match="WEBMAP_GEOCODER_DOMAIN"):
        online_from_env()
