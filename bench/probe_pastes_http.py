"""Issue 10's probe: heavy pastes posted over HTTP to the production server, with /healthz sampled meanwhile.

Run from the repository root: ``python bench/probe_pastes_http.py [--before COMMIT] [--rounds 3]`` (uses the user's
gazetteer; the maps go to a scratch data folder). Each heavy shape is posted ``--rounds`` times to this tree's server
and, in turn, to a server running the code of main ``BEFORE_COMMIT`` (from ``git archive``, on another port, in the
same run, so that both see the same load); it prints each post's status and wall time, the median of each beside the
earlier code's as a ratio, and /healthz p50/p99 on this tree's server while posts to it ran. Both servers answer and
have made one map of the seed story before the first timed post; the earlier code keeps its own gazetteer beside the
user's (``probe-before-COMMIT``, built on its first run) and is skipped without git history (``--before ''`` skips it).
"""

from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from hostile_pastes import pastes  # noqa: E402

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from gazetteer.store import default_path  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = ROOT / "webmap" / "data" / "kim-beijing-2025.txt"
PORT = 5099
BEFORE_PORT = 5098
BEFORE_COMMIT = "38a01f4"  # main before the heavy pastes were refused as soon as the limit was certain
SHAPES = ("train_rides_50kb", "places_100kb", "seed_story")


def post(base: str, text: str) -> tuple[int, float, str]:
    req = urllib.request.Request(base + "/maps", data=urllib.parse.urlencode({"text": text}).encode(),
                                 headers={"Accept": "application/json"})
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            code, body = r.status, r.read(200)
    except urllib.error.HTTPError as e:
        code, body = e.code, e.read(200)
    return code, time.perf_counter() - t, body.decode(errors="replace")


def start(tree: pathlib.Path, port: int, data: str, cache: pathlib.Path | None = None) -> subprocess.Popen:
    """``cache``: the earlier code's own gazetteer folder (its build may differ: sharing one file, each server would
    rebuild it for itself)."""
    env = {**os.environ, "WEBMAP_DATA_DIR": data, "PYTHONPATH": str(tree)}
    if cache is not None:
        env.pop("WEBMAP_GAZETTEER", None)
        env["WEBMAP_CACHE_DIR"] = str(cache)
    return subprocess.Popen([sys.executable, "-m", "webmap", "serve", "--production", "--port", str(port)],
                            cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_ready(base: str) -> bool:
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1).read()
            return True
        except OSError:
            time.sleep(0.3)
    return False


def before_tree(commit: str, into: str) -> pathlib.Path | None:
    """The code of ``commit`` (webmap, gazetteer, static) unpacked from git, or None without git history."""
    tar = pathlib.Path(into) / "before.tar"
    try:
        subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(tar), commit, "webmap", "gazetteer", "static"],
                       check=True, capture_output=True)
        with tarfile.open(tar) as archive:
            archive.extractall(into, filter="data")
    except (OSError, subprocess.CalledProcessError, tarfile.TarError):
        return None
    return pathlib.Path(into)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", default=BEFORE_COMMIT, help="commit to time beside this tree ('' for none)")
    ap.add_argument("--rounds", type=int, default=3, help="posts of each shape to each server (each server makes "
                    "10 maps a minute for one client: more than 3 rounds meet 429s, which are not timed)")
    args = ap.parse_args(argv)
    article = SEED.read_text(encoding="utf-8") if SEED.exists() else "Kim left Pyongyang for Beijing. " * 50
    shapes = {**pastes(article), "seed_story": article}  # for scale: a story of the usual size, made into a map
    tmp = tempfile.TemporaryDirectory(prefix="webmap-probe-")
    servers = {"this tree": (f"http://127.0.0.1:{PORT}", start(ROOT, PORT, tempfile.mkdtemp(dir=tmp.name)))}
    old = before_tree(args.before, tempfile.mkdtemp(dir=tmp.name)) if args.before else None
    if old is not None:
        cache = default_path().parent / f"probe-before-{args.before}"  # built once, kept for the next run
        servers[f"main {args.before}"] = (f"http://127.0.0.1:{BEFORE_PORT}",
                                          start(old, BEFORE_PORT, tempfile.mkdtemp(dir=tmp.name), cache))
    try:
        for name, (base, _) in servers.items():
            if not wait_ready(base):
                print(f"{name}: the server did not answer /healthz")
                return 1
        for base, _ in servers.values():  # untimed: each fork server is warm before the first timed post
            post(base, article)
        ours = servers["this tree"][0]
        latencies: list[float] = []
        done = threading.Event()
        posting = threading.Event()  # a post to this tree's server is in flight: /healthz is timed then only

        def probe() -> None:
            while not done.is_set():
                timed = posting.is_set()
                t = time.perf_counter()
                urllib.request.urlopen(ours + "/healthz", timeout=30).read()
                if timed:
                    latencies.append(time.perf_counter() - t)
                time.sleep(0.01)

        times: dict[tuple[str, str], list[float]] = {}
        watcher = threading.Thread(target=probe)
        watcher.start()
        try:
            for shape in SHAPES:
                for _ in range(args.rounds):
                    for name, (base, _) in servers.items():  # in turn, so both see the same load
                        if base == ours:
                            posting.set()
                        code, seconds, body = post(base, shapes[shape])
                        posting.clear()
                        if code != 429:  # past the server's 10 new maps a minute per client: not timed
                            times.setdefault((shape, name), []).append(seconds)
                        print(f"{shape} ({name}): {code} in {seconds:.2f} s  {body[:110]}")
        finally:
            done.set()
            watcher.join()
        print()
        for shape in SHAPES:
            if not times.get((shape, "this tree")):
                print(f"{shape}: every post was answered 429 (rate limit)")
                continue
            mine = statistics.median(times[(shape, "this tree")])
            line = f"{shape}: median {mine:.2f} s (max {max(times[(shape, 'this tree')]):.2f} s)"
            for name in servers:
                if name != "this tree" and times.get((shape, name)):
                    was = statistics.median(times[(shape, name)])
                    line += f"; {name} median {was:.2f} s; ratio {mine / was:.2f}"
            print(line)
        latencies.sort()
        p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)]
        print(f"/healthz of this tree's server while it was posted to: n={len(latencies)} "
              f"p50 {statistics.median(latencies) * 1000:.1f} ms p99 {p99 * 1000:.1f} ms")
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    finally:
        for _, proc in servers.values():
            proc.terminate()
            proc.wait()
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
