"""A throwaway PostgreSQL server for tests: Debian's binaries, a temporary cluster on 127.0.0.1 and a free port.

initdb refuses to run as root, so as root the cluster belongs to the ``postgres`` user and every command runs as
that user (``runuser``). Authentication is ``trust`` on loopback only; fsync is off (the cluster is thrown away).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from fakegeocoder import free_port

USER = "webmap"


def binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder (``/usr/lib/postgresql/N/bin``), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    return Path(found[-1]).parent if found else None


class PostgresServer:
    """Started by ``start()``, stopped and deleted by ``stop()``. ``url(db)`` connects as a superuser."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="webmap-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self._as = self._runner()

    def _runner(self) -> list[str]:
        if os.geteuid() != 0:
            return []
        import pwd

        owner = pwd.getpwnam("postgres")
        os.chown(self.root, owner.pw_uid, owner.pw_gid)
        return ["runuser", "-u", "postgres", "--"]

    def _run(self, *cmd: str) -> None:
        done = subprocess.run([*self._as, *cmd], capture_output=True, text=True, timeout=120, cwd=self.root)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip() or done.stdout}")

    def start(self) -> PostgresServer:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", USER, "--auth=trust", "-E", "UTF8",
                  "--no-locale", "--no-sync")
        options = f"-h 127.0.0.1 -p {self.port} -k {self.root} -F -c max_connections=200"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.root / "log"),
                  "-w", "-t", "60", "start")
        return self

    def url(self, dbname: str = "postgres", **options: str) -> str:
        query = "&".join(f"{k}={v}" for k, v in options.items())
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{dbname}" + (f"?{query}" if query else "")

    def sql(self, statement: str, dbname: str = "postgres") -> list[tuple]:
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as conn:
            cur = conn.execute(statement)
            return cur.fetchall() if cur.description else []

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


@contextlib.contextmanager
def running() -> Iterator[PostgresServer]:
    bin_dir = binaries()
    if bin_dir is None:
        raise FileNotFoundError("no /usr/lib/postgresql/*/bin/initdb")
    server = PostgresServer(bin_dir)
    try:
        yield server.start()
    finally:
        server.stop()
