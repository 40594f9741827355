"""The maps store: stable ids, journeys that always validate against their text, safe under threads.

The same tests run on every store (SQLite and PostgreSQL, on a server of the tests' own); the last ones are about
the SQLite file only."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from test_app_common import STORY, fake_extract

from webmap.journey import JourneyError, Quote
from webmap.mapstore import ID_RE, MapStore, MapStoreError
from webmap.stores import MapStorage, open_store


def open_twin(request, tmp_path, kind: str) -> MapStorage:
    """A store of the given kind; a second call in the same test opens the same maps (as another process would)."""
    if kind == "sqlite":
        return open_store(None, tmp_path / "data")
    return open_store(request.getfixturevalue("postgres_url"), tmp_path)


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path) -> MapStorage:
    opened = open_twin(request, tmp_path, request.param)
    yield opened
    opened.close()


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
    assert isinstance(store, MapStorage) and store.health() == "ok"


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


def test_two_openings_of_one_store_see_each_others_writes(store, request, tmp_path):
    """What two processes sharing a store rely on: a map made through one is read and saved through the other."""
    other = open_twin(request, tmp_path, request.node.callspec.params["store"])
    try:
        rec = store.create(draft(), STORY, key_hash="cd" * 32)
        assert other.get(rec.id) == rec and other.key_hash(rec.id) == "cd" * 32
        edited = other.get(rec.id).journey()
        edited.title = "Saved by the other"
        assert other.save(rec.id, edited, summary="other", base=1).revision == 2
        assert store.get(rec.id).title == "Saved by the other" and store.count() == other.count() == 1
    finally:
        other.close()


def test_concurrent_saves_of_one_map_lose_nothing(store):
    """Eight threads save the same map from the revision each last read: every save either lands as the next
    revision or is refused as stale, and the revisions are numbered without a gap or a repeat."""
    rec = store.create(draft(), STORY)
    landed: list[int] = []
    stale: list[int] = []
    errors: list[BaseException] = []
    from webmap.mapstore import StaleRevision

    def work(n: int) -> None:
        for _ in range(4):
            current = store.get(rec.id)
            journey = current.journey()
            journey.title = f"thread {n}"
            try:
                landed.append(store.save(rec.id, journey, summary=f"t{n}", base=current.revision).revision)
            except StaleRevision as exc:
                stale.append(exc.current)
            except Exception as exc:  # noqa: BLE001 - collected and reported below
                errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(landed) + len(stale) == 32 and landed
    numbers = sorted(r.number for r in store.revisions(rec.id))
    assert numbers == list(range(1, len(landed) + 2)) and sorted(landed) == numbers[1:]
    assert store.get(rec.id).revision == numbers[-1]


def test_size_grows_with_what_is_stored_and_odd_ids_are_no_maps(store):
    before = store.size_bytes()
    for _ in range(5):
        store.create(draft(STORY * 20), STORY * 20)
    assert store.size_bytes() > before
    assert store.revisions("x'; DROP TABLE maps; --") == [] and store.revision("0123456789ab", 10**30) is None
    assert store.key_hash(None) is None and store.count() == 5


def test_a_title_with_a_nul_character_is_saved_and_the_journey_keeps_it(store):
    """PostgreSQL's text holds no NUL; the journey file (where it is escaped) keeps the title exactly."""
    rec = store.create(draft(), STORY)
    edited = rec.journey()
    edited.title = "a\x00b"
    saved = store.save(rec.id, edited, summary="title “a\x00b”", base=1)
    assert saved.revision == 2 and store.get(rec.id).journey().title == "a\x00b"
    assert store.revisions(rec.id)[0].summary in ("title “a\x00b”", "title “a\ufffdb”")


def test_reads_reuse_connections(store, monkeypatch):
    """A read is a query on a connection already open (one per thread for SQLite, a small pool for PostgreSQL),
    not a new connection per request."""
    rec = store.create(draft(), STORY)
    opened = connections_opened(store, monkeypatch)
    seen = opened()

    def read() -> None:
        for _ in range(50):
            assert store.get(rec.id) is not None

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert opened() - seen <= 4  # at most one new connection per reading thread, for 200 reads


def connections_opened(store: MapStorage, monkeypatch):
    """A counter of the connections the store has opened so far."""
    if isinstance(store, MapStore):
        import webmap.stores.sqlite as sqlite_store

        real, count = sqlite_store._open, [0]

        def counting(path):
            count[0] += 1
            return real(path)

        monkeypatch.setattr(sqlite_store, "_open", counting)
        return lambda: count[0]
    return lambda: store._pool().get_stats().get("connections_num", 0)


def test_a_store_from_a_newer_webmap_is_refused(store, request):
    """Whatever holds it, a store written by a newer schema is not read (nor damaged) by this webmap."""
    store.count()
    if isinstance(store, MapStore):
        with sqlite3.connect(store.path) as conn:
            conn.execute("PRAGMA user_version = 99")
    else:
        request.getfixturevalue("postgres")
        with store._pool().connection() as conn:
            conn.execute("UPDATE webmap_meta SET value = '99' WHERE key = 'schema'")
    other = open_store(store.where if isinstance(store, MapStore) else store.conninfo, store.where)
    try:
        with pytest.raises(MapStoreError, match="newer"):
            other.list()
    finally:
        other.close()


# -- the SQLite file --------------------------------------------------------------------------------------------

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
