#!/usr/bin/env python3
"""Load benchmark (issue 10): wrk against the production server (waitress) on 127.0.0.1.

Requests a second and p50/p99 latency for the seed map (/map), its GeoJSON, a stored map, a 304 revalidation of
the map and posting a story, at 1, 8 and 64 connections (and the stored map again from a second server process
on the PostgreSQL store, when Debian's PostgreSQL and psycopg are installed: a throwaway cluster is started for
it), each beside a static file of the same bytes served by
nginx (Debian's nginx-light, one worker process) on the same machine: the ceiling a Python server is measured
against, printed as a ratio. Everything listens on 127.0.0.1 only; every run lasts --seconds (default 3), so the
whole bench takes about a minute and a half.

Needs `wrk` and `nginx` (apt-get install -y wrk nginx-light); it installs nothing itself and says what is missing.

    python bench/bench_load.py [--seconds 3] [--connections 1,8,64] [--no-postgres]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SERVER = """
if __name__ == "__main__":  # job processes import this file again: only the server runs it (and imports)
    from webmap.app import create_app
    from webmap.cli import _gazetteer, parser
    from webmap.server import serve
    from webmap.web.jobs import start_forkserver
    from webmap.web.offload import warm_up

    args = parser().parse_args(["serve", "-q"])
    app = create_app({{"GAZETTEER": _gazetteer(args), "DATA_DIR": {data!r}, "RATELIMIT_ENABLED": False,
                      "STORE": {store!r}}})
    start_forkserver()  # as `webmap serve` does
    warm_up(app.extensions["webmap"])
    serve(app, "127.0.0.1", {port}, production=True)
"""

NGINX = """
daemon off;
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body; proxy_temp_path {dir}/proxy; fastcgi_temp_path {dir}/fcgi;
    uwsgi_temp_path {dir}/uwsgi; scgi_temp_path {dir}/scgi;
    types {{ text/html html; }}
    server {{
        listen 127.0.0.1:{port};
        root {dir}/www;
        keepalive_requests 100000;
    }}
}}
"""


@dataclass
class Result:
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise SystemExit(f"bench_load: {url} did not answer within {seconds:.0f} s") from None
            time.sleep(0.1)


def _ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def run_wrk(url: str, connections: int, seconds: float, script: Path | None = None) -> Result:
    cmd = ["wrk", f"-t{min(connections, 2)}", f"-c{connections}", f"-d{seconds:g}s", "--latency", "--timeout", "10s"]
    if script is not None:
        cmd += ["-s", str(script)]
    out = subprocess.run([*cmd, url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    lat = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.M))
    p = {k: _ms(*re.fullmatch(r"([\d.]+)(\w+)", v).groups()) for k, v in lat.items()}
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errs = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = (int(bad.group(1)) if bad else 0) + (sum(map(int, errs.groups())) if errs else 0)
    return Result(rps, p.get("50", 0.0), p.get("99", 0.0), errors)


def lua(tmp: Path, name: str, *, method: str = "GET", body: str | None = None, headers: dict | None = None) -> Path:
    lines = [f'wrk.method = "{method}"']
    if body is not None:
        lines.append(f"wrk.body = [==[{body}]==]")
    for k, v in (headers or {}).items():
        lines.append(f'wrk.headers["{k}"] = "{v}"')
    path = tmp / f"{name}.lua"
    path.write_text("\n".join(lines) + "\n")
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=3.0, help="length of each wrk run")
    ap.add_argument("--connections", default="1,8,64", help="comma-separated connection counts")
    ap.add_argument("--no-postgres", action="store_true", help="leave out the PostgreSQL store's stored map")
    args = ap.parse_args()
    missing = [tool for tool in ("wrk", "nginx") if not (shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists())]
    if missing:
        print(f"bench_load: {' and '.join(missing)} missing: apt-get install -y "
              f"{' '.join('nginx-light' if t == 'nginx' else t for t in missing)}", file=sys.stderr)
        return 2
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    conns = [int(c) for c in args.connections.split(",")]

    from webmap.seed import SEED_TEXT, data_path

    story = data_path(SEED_TEXT).read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="webmap-bench-load-") as tmp_name:
        tmp = Path(tmp_name)
        tmp.chmod(0o755)  # nginx's worker (nobody) reads the static file from here
        static_port = free_port()
        with contextlib.ExitStack() as stack:
            base, map_id = stack.enter_context(app_server(tmp / "sqlite", None, story))
            pg = None if args.no_postgres else stack.enter_context(postgres_server())
            if pg is not None:
                pg_base, pg_map = stack.enter_context(app_server(tmp / "postgres", pg, story))
            page = urllib.request.urlopen(base + "/map", timeout=60)
            etag, html = page.headers["ETag"], page.read()

            (tmp / "www").mkdir()
            (tmp / "www" / "map.html").write_bytes(html)
            (tmp / "nginx.conf").write_text(NGINX.format(dir=tmp, port=static_port))
            web_proc = subprocess.Popen([nginx, "-c", str(tmp / "nginx.conf"), "-p", str(tmp)],
                                        stderr=subprocess.DEVNULL)
            stack.callback(stop, web_proc)
            static = f"http://127.0.0.1:{static_port}/map.html"
            wait_for(static)

            not_modified = lua(tmp, "etag", headers={"If-None-Match": etag.replace('"', '\\"')})
            posting = lua(tmp, "post", method="POST", body=story,
                          headers={"Content-Type": "text/plain", "Accept": "application/json"})
            targets = [("/map", base + "/map", None), ("GeoJSON", base + "/journey.geojson", None),
                       ("stored map", f"{base}/maps/{map_id}/map", None), ("304 /map", base + "/map", not_modified),
                       ("post a story", base + "/maps", posting)]
            if pg is not None:  # the same target, from a server whose maps are in PostgreSQL
                targets.insert(3, ("stored map pg", f"{pg_base}/maps/{pg_map}/map", None))
            else:
                print("bench_load: no PostgreSQL store run (--no-postgres, or PostgreSQL/psycopg not installed)",
                      file=sys.stderr)
            print(f"wrk {args.seconds:g} s per run on 127.0.0.1; {os.cpu_count()} CPUs; webmap on waitress "
                  f"(8 threads), ceiling: nginx {nginx_version(nginx)} (1 worker) serving the /map page "
                  f"({len(html):,} bytes) as a static file")
            print(f"{'target':<14} {'conns':>5} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8} "
                  f"{'ratio to ceiling':>17}")
            for c in conns:
                ceiling = run_wrk(static, c, args.seconds)
                print(row("static (nginx)", c, ceiling, None))
                for name, url, script in targets:
                    print(row(name, c, run_wrk(url, c, args.seconds, script), ceiling), flush=True)
    return 0


def stop(proc: subprocess.Popen | None) -> None:
    if proc is not None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextlib.contextmanager
def app_server(tmp: Path, store: str | None, story: str) -> Iterator[tuple[str, str]]:
    """webmap on waitress with its maps in ``store`` (None: the SQLite file), and the id of one stored map that
    has been drawn once (so the runs measure serving it, not drawing it)."""
    tmp.mkdir()
    port = free_port()
    (tmp / "serve.py").write_text(SERVER.format(data=str(tmp / "data"), port=port, store=store))
    proc = subprocess.Popen([sys.executable, str(tmp / "serve.py")], cwd=ROOT, stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/healthz")
        req = urllib.request.Request(base + "/maps", data=story.encode(), method="POST",
                                     headers={"Content-Type": "text/plain", "Accept": "application/json"})
        try:
            map_id = json.loads(urllib.request.urlopen(req, timeout=120).read())["id"]
        except urllib.error.HTTPError as err:
            raise SystemExit(f"bench_load: posting the seed story: {err.code} {err.read()[:300]!r}") from None
        urllib.request.urlopen(f"{base}/maps/{map_id}/map", timeout=60).read()  # drawn once, then cached
        yield base, map_id
    finally:
        stop(proc)


@contextlib.contextmanager
def postgres_server() -> Iterator[str | None]:
    """A throwaway PostgreSQL cluster (the tests' helper), or None when PostgreSQL or psycopg is missing."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        import psycopg  # noqa: F401 - only to know it is there
        from pgserver import binaries, running
    except ImportError:
        yield None
        return
    if binaries() is None:
        yield None
        return
    with running() as server:
        yield server.url("postgres")


def nginx_version(nginx: str) -> str:
    out = subprocess.run([nginx, "-v"], capture_output=True, text=True).stderr
    m = re.search(r"nginx/([\d.]+)", out)
    return m.group(1) if m else "?"


def row(name: str, conns: int, r: Result, ceiling: Result | None) -> str:
    ratio = f"{r.rps / ceiling.rps:.3f}" if ceiling else "1"
    return f"{name:<14} {conns:>5} {r.rps:>9,.0f} {r.p50_ms:>8.2f} {r.p99_ms:>8.2f} {r.errors:>8} {ratio:>17}"


if __name__ == "__main__":
    raise SystemExit(main())
