"""Export benchmark: cold `webmap export` time and file size, beside a bare folium map in the same run.

Run: python bench/bench_export.py   (the gazetteer must be built: `webmap gazetteer build`)
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from webmap.offline import resource_references

RUNS = 5
PEER = "import folium; folium.Map(location=[40, 120], zoom_start=5).save(r'{out}')"


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ours, peer = Path(tmp, "webmap.html"), Path(tmp, "folium.html")
        ours_cmd = [sys.executable, "-m", "webmap", "export", "-q", "-o", str(ours)]
        peer_cmd = [sys.executable, "-c", PEER.format(out=peer)]
        ours_s, peer_s = [], []
        for _ in range(RUNS):  # interleaved, so a busy moment on a shared machine hits both alike
            ours_s.append(timed(ours_cmd))
            peer_s.append(timed(peer_cmd))
        png = Path(tmp, "webmap.png")
        png_s = statistics.median(timed([sys.executable, "-m", "webmap", "export", "-q", "--format", "png", "-o",
                                         str(png)]) for _ in range(3))
        first = ours.read_bytes()
        timed(ours_cmd)
        same = ours.read_bytes() == first
        ours_kb, peer_kb = ours.stat().st_size / 1024, peer.stat().st_size / 1024
        ours_ext = len(resource_references(ours.read_text(encoding="utf-8")))
        peer_ext = len(resource_references(peer.read_text(encoding="utf-8")))
    o, p = statistics.median(ours_s), statistics.median(peer_s)
    print(f"{'':34}{'webmap export (seed)':>22}{'folium.Map().save()':>22}{'ratio':>8}")
    print(f"{'cold process, median of 5 (s)':34}{o:>22.2f}{p:>22.2f}{o / p:>8.2f}")
    print(f"{'cold PNG export, median of 3 (s)':34}{png_s:>22.2f}{p:>22.2f}{png_s / p:>8.2f}")
    print(f"{'file size (KB)':34}{ours_kb:>22.0f}{peer_kb:>22.0f}{ours_kb / peer_kb:>8.1f}")
    print(f"{'files it loads from the network':34}{ours_ext:>22}{peer_ext:>22}")
    print(f"{'two exports byte for byte equal':34}{str(same):>22}")
    print("goal: webmap export <= 1.3x bare folium cold, <= 400 KB, 0 network files, the same bytes every time")


if __name__ == "__main__":
    main()
