"""The maps database: stable ids, journeys that always validate against their text, safe under threads."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from test_app_common import STORY, fake_extract

from webmap.journey import JourneyError, Quote
from webmap.mapstore import ID_RE, MapStore, MapStoreError


@pytest.fixture
def store(tmp_path):
    return MapStore.in_dir(tmp_path / "data")


def draft(text: str = STORY, title: str = "A trip"):
    return fake_extract(text, None, title=title)


def test_create_get_list(store):
    assert store.list() == [] and store.count() == 0
    rec = store.create(draft(), STORY, title="A trip", published="2025-09-01")
    assert ID_RE.match(rec.id) and rec.revision == 1
    got = store.get(rec.id)
    assert got == rec
    journey = got.journey()
    assert journey.text == STORY and journey.title == "A trip"
    assert [(leg.from_, leg.to) for leg in journey.legs] == [("pyongyang", "beijing")]
    (summary,) = store.list()
    assert (summary.id, summary.title, summary.published, summary.legs, summary.places) == (
        rec.id, "A trip", "2025-09-01", 1, 3)
    assert (store.path.parent / "maps.sqlite3").is_file()


def test_ids_are_distinct_and_unknown_ids_are_none(store):
    ids = {store.create(draft(), STORY).id for _ in range(20)}
    assert len(ids) == 20
    assert store.get("000000000000") is None
    for bad in ("", "x", "../../etc/passwd", "ABCDEF123456", "0' OR '1'='1"):
        assert store.get(bad) is None


def test_replace_journey_keeps_the_id_and_bumps_the_revision(store):
    rec = store.create(draft(), STORY)
    edited = rec.journey()
    edited.title = "Corrected"
    edited.legs[0].inferred = False
    new = store.replace_journey(rec.id, edited)
    assert new.id == rec.id and new.revision == 2 and new.created == rec.created
    assert store.get(rec.id).journey().title == "Corrected"
    assert store.replace_journey("0123456789ab", edited) is None


def test_a_journey_that_does_not_match_the_text_is_never_stored(store):
    rec = store.create(draft(), STORY)
    bad = rec.journey()
    bad.legs[0].quote = Quote(0, 5, "Wrong")
    with pytest.raises(JourneyError, match=r"legs\[0\]\.quote"):
        store.replace_journey(rec.id, bad)
    with pytest.raises(JourneyError):
        store.create(bad, STORY)
    assert store.get(rec.id).revision == 1 and store.count() == 1


def test_delete(store):
    rec = store.create(draft(), STORY)
    assert store.delete(rec.id) and store.get(rec.id) is None and not store.delete(rec.id)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "maps.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(MapStoreError, match="newer"):
        MapStore(path).list()


def test_garbage_file_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "maps.sqlite3"
    path.write_bytes(b"not a database" * 100)
    with pytest.raises(MapStoreError):
        MapStore(path).list()


def test_threads_share_one_store(store):
    errors = []

    def work():
        try:
            for _ in range(5):
                rec = store.create(draft(), STORY)
                assert store.get(rec.id) is not None
        except Exception as exc:  # noqa: BLE001 - collected and reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and store.count() == 40
