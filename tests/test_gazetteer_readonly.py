"""The gazetteer as a read-only file that every server process opens: `webmap serve` opens it for reading only
(unless --online may write answers into it), and it serves from a read-only disk."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from test_faults import tmpfs

from gazetteer.resolve import Gazetteer
from webmap.cli import _gazetteer, parser


def writes(gaz: Gazetteer) -> bool:
    try:
        gaz.store.conn.execute("CREATE TABLE probe (a)")
    except sqlite3.OperationalError as exc:
        assert "readonly" in str(exc)
        return False
    gaz.store.conn.execute("DROP TABLE probe")
    return True


def test_serve_opens_the_gazetteer_read_only_unless_online(gazetteer_path, monkeypatch, tmp_path):
    copy = tmp_path / "gazetteer.sqlite3"
    shutil.copyfile(gazetteer_path, copy)
    monkeypatch.setenv("WEBMAP_GAZETTEER", str(copy))
    monkeypatch.setenv("WEBMAP_ONLINE", "0")  # restored afterwards: --online sets it to 1
    with _gazetteer(parser().parse_args(["serve", "-q"])) as gaz:
        assert not writes(gaz) and gaz.best("Dandong").geonameid == 2037886
    with _gazetteer(parser().parse_args(["serve", "-q", "--online"])) as gaz:  # online answers are kept in it
        assert gaz.online is not None and writes(gaz)


def test_a_gazetteer_on_a_read_only_disk_serves_lookups(gazetteer_path, tmp_path):
    with tmpfs(tmp_path / "ro", f"{gazetteer_path.stat().st_size // 1_000_000 + 16}m") as mnt:
        shutil.copyfile(gazetteer_path, mnt / "gazetteer.sqlite3")
        import subprocess

        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        with Gazetteer.open(mnt / "gazetteer.sqlite3", progress=False) as gaz:
            assert gaz.best("Dandong").geonameid == 2037886 and not writes(gaz)
        with pytest.raises(OSError):
            (mnt / "x").write_text("")
