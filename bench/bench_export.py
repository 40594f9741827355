"""Export benchmark: cold `webmap export` time and file size, beside a bare folium map in the same run.

Two cold cases: a journey exported before (its routed legs and clipped basemap are stored beside the gazetteer,
webmap/derived.py) and the first export of a journey (that store emptied before each run, so the legs are routed
and the basemap clipped in the timed process). Data that does not depend on the journey (land and country shapes
as WKB) is prepared when the gazetteer is built and is not cleared.

Run: python bench/bench_export.py   (the gazetteer must be built: `webmap gazetteer build`)
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gazetteer.store import default_path
from webmap.offline import resource_references

RUNS = 5
# Both sides load compiled bytecode, as from a normal install: folium's was written when pip installed it, webmap's
# (an editable install) on the untimed first run, unless PYTHONDONTWRITEBYTECODE is set.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
PEER = "import folium; folium.Map(location=[40, 120], zoom_start=5).save(r'{out}')"


def timed(cmd: list[str], before=None) -> float:
    if before is not None:
        before()
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=ENV)
    return time.perf_counter() - t0


def main() -> None:
    store = default_path().parent / "derived"
    forget = lambda: shutil.rmtree(store, ignore_errors=True)  # noqa: E731 - the journey was never exported
    with tempfile.TemporaryDirectory() as tmp:
        ours, peer = Path(tmp, "webmap.html"), Path(tmp, "folium.html")
        ours_cmd = [sys.executable, "-m", "webmap", "export", "-q", "-o", str(ours)]
        peer_cmd = [sys.executable, "-c", PEER.format(out=peer)]
        subprocess.run(ours_cmd, check=True, capture_output=True, env=ENV)  # builds the gazetteer if missing
        ours_s, first_s, peer_s = [], [], []
        for _ in range(RUNS):  # interleaved, so a busy moment on a shared machine hits all alike
            first_s.append(timed(ours_cmd, forget))
            ours_s.append(timed(ours_cmd))
            peer_s.append(timed(peer_cmd))
        png = Path(tmp, "webmap.png")
        png_s = statistics.median(timed([sys.executable, "-m", "webmap", "export", "-q", "--format", "png", "-o",
                                         str(png)]) for _ in range(3))
        first = ours.read_bytes()
        timed(ours_cmd, forget)
        same = ours.read_bytes() == first
        ours_kb, peer_kb = ours.stat().st_size / 1024, peer.stat().st_size / 1024
        ours_ext = len(resource_references(ours.read_text(encoding="utf-8")))
        peer_ext = len(resource_references(peer.read_text(encoding="utf-8")))
    o, f, p = statistics.median(ours_s), statistics.median(first_s), statistics.median(peer_s)
    print(f"{'':40}{'webmap export (seed)':>22}{'folium.Map().save()':>22}{'ratio':>8}")
    print(f"{'first export, median of 5 (s)':40}{f:>22.2f}{p:>22.2f}{f / p:>8.2f}")
    print(f"{'export again (stored legs), median of 5 (s)':40}{o:>22.2f}{p:>22.2f}{o / p:>8.2f}")
    print(f"{'cold PNG export, median of 3 (s)':40}{png_s:>22.2f}{p:>22.2f}{png_s / p:>8.2f}")
    print(f"{'file size (KB)':40}{ours_kb:>22.0f}{peer_kb:>22.0f}{ours_kb / peer_kb:>8.1f}")
    print(f"{'files it loads from the network':40}{ours_ext:>22}{peer_ext:>22}")
    print(f"{'first and stored exports byte for byte equal':40}{str(same):>22}")
    print("goal: webmap export <= 1.3x bare folium cold (first export too), <= 400 KB, 0 network files, "
          "the same bytes every time")


if __name__ == "__main__":
    main()
