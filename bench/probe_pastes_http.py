"""Issue 10's probe: heavy pastes posted over HTTP to the production server, with /healthz sampled meanwhile.

Run from the repository root: ``python bench/probe_pastes_http.py`` (uses the user's gazetteer; the maps go to a
scratch data folder). Prints each post's status and wall time, and /healthz p50/p99 while they ran.
"""

from __future__ import annotations

import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from hostile_pastes import pastes  # noqa: E402

PORT = 5099
BASE = f"http://127.0.0.1:{PORT}"
SEED = pathlib.Path(__file__).parent.parent / "webmap" / "data" / "kim-beijing-2025.txt"


def post(text: str) -> tuple[int, float, str]:
    req = urllib.request.Request(BASE + "/maps", data=urllib.parse.urlencode({"text": text}).encode(),
                                 headers={"Accept": "application/json"})
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            code, body = r.status, r.read(200)
    except urllib.error.HTTPError as e:
        code, body = e.code, e.read(200)
    return code, time.perf_counter() - t, body.decode(errors="replace")


def main() -> int:
    article = SEED.read_text(encoding="utf-8") if SEED.exists() else "Kim left Pyongyang for Beijing. " * 50
    shapes = pastes(article)
    env = {**os.environ, "WEBMAP_DATA_DIR": tempfile.mkdtemp(prefix="webmap-probe-")}
    server = subprocess.Popen([sys.executable, "-m", "webmap", "serve", "--production", "--port", str(PORT)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(BASE + "/healthz", timeout=1).read()
                break
            except OSError:
                time.sleep(0.3)
        latencies: list[float] = []
        done = threading.Event()

        def probe() -> None:
            while not done.is_set():
                t = time.perf_counter()
                urllib.request.urlopen(BASE + "/healthz", timeout=30).read()
                latencies.append(time.perf_counter() - t)
                time.sleep(0.01)

        watcher = threading.Thread(target=probe)
        watcher.start()
        for name in ("train_rides_50kb", "places_100kb"):
            for _ in range(3):
                code, seconds, body = post(shapes[name])
                print(f"{name}: {code} in {seconds:.2f} s  {body[:110]}")
        done.set()
        watcher.join()
        latencies.sort()
        p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)]
        print(f"/healthz meanwhile: n={len(latencies)} p50 {statistics.median(latencies) * 1000:.1f} ms "
              f"p99 {p99 * 1000:.1f} ms")
    finally:
        server.terminate()
        server.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
