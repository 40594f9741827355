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


# -- revisions and edit keys (issue 8) ---------------------------------------------------------------------------

def test_every_save_is_a_revision_and_each_can_be_read_back(store):
    rec = store.create(draft(), STORY, key_hash="ab" * 32)
    assert store.key_hash(rec.id) == "ab" * 32 and store.key_hash("0123456789ab") is None
    edited = rec.journey()
    edited.title = "Second"
    second = store.save(rec.id, edited, summary="title “Second”", base=1)
    assert second.revision == 2 and store.get(rec.id).journey().title == "Second"
    assert [(r.number, r.summary) for r in store.revisions(rec.id)] == [
        (2, "title “Second”"), (1, "draft made from the story")]
    assert store.revision(rec.id, 1).journey_json == rec.journey_json
    assert store.revision(rec.id, 3) is None
    assert store.list()[0].title == "Second"


def test_a_save_from_a_stale_revision_writes_nothing(store):
    from webmap.mapstore import StaleRevision

    rec = store.create(draft(), STORY)
    mine, theirs = rec.journey(), rec.journey()
    theirs.title = "Theirs"
    store.save(rec.id, theirs, summary="theirs", base=1)
    mine.title = "Mine"
    with pytest.raises(StaleRevision) as err:
        store.save(rec.id, mine, summary="mine", base=1)
    assert (err.value.base, err.value.current) == (1, 2)
    assert store.get(rec.id).journey().title == "Theirs" and len(store.revisions(rec.id)) == 2


def test_delete_removes_the_revisions_too(store):
    rec = store.create(draft(), STORY)
    store.replace_journey(rec.id, rec.journey())
    assert store.delete(rec.id)
    assert store.revisions(rec.id) == [] and store.revision(rec.id, 1) is None


def test_a_schema_1_database_is_migrated_with_its_journeys_as_revisions(tmp_path):
    path = tmp_path / "maps.sqlite3"
    doc = draft().to_json()
    with sqlite3.connect(path) as conn:
        conn.executescript("""
            CREATE TABLE maps (id TEXT PRIMARY KEY, title TEXT NOT NULL, published TEXT, text TEXT NOT NULL,
                journey TEXT NOT NULL, legs INTEGER NOT NULL, events INTEGER NOT NULL, places INTEGER NOT NULL,
                revision INTEGER NOT NULL DEFAULT 1, created TEXT NOT NULL, updated TEXT NOT NULL) WITHOUT ROWID;
            PRAGMA user_version = 1;""")
        conn.execute("INSERT INTO maps VALUES ('0123456789ab', 'Old', NULL, ?, ?, 1, 0, 3, 4, '2025-01-01', "
                     "'2025-01-02')", (STORY, doc))
    store = MapStore(path)
    assert store.get("0123456789ab").revision == 4
    (rev,) = store.revisions("0123456789ab")
    assert rev.number == 4 and store.revision("0123456789ab", 4).journey_json == doc
    assert store.key_hash("0123456789ab") is None  # nobody holds a key to an old map
    again = store.save("0123456789ab", store.get("0123456789ab").journey(), summary="s", base=4)
    assert again.revision == 5
