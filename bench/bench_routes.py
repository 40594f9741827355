#!/usr/bin/env python3
"""Benchmark leg routing (issue 4): warm time per ~1,000 km ground leg, against a naive baseline in the same run,
and the cold load time of the land polygons.

Why a baseline: a figure alone depends on the machine; the ratio to a naive router run side by side does not.
The baseline is the obvious approach: plain Dijkstra (no heuristic, no straight-line fast path, no land-mass
check) on a fixed fine grid (0.05°) over the same box, followed by the same smoothing. The goal is ≤ 50 ms a leg.

    python bench/bench_routes.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geopy.distance import geodesic  # noqa: E402

from webmap import routes  # noqa: E402
from webmap.land import land, nearest_land_point  # noqa: E402

LatLon = tuple[float, float]

# Ground legs of about 1,000 km whose straight line crosses the sea, so they are really routed
# (plus the seed story's legs, which follow their via points).
LEGS: dict[str, list[LatLon]] = {
    "Seoul → Beijing (round Korea Bay and the Bohai)": [(37.566, 126.9784), (39.9075, 116.39723)],
    "Dandong → Beijing, no via points": [(40.12917, 124.39472), (39.9075, 116.39723)],
    "Rome → Barcelona (round the Gulf of Lion)": [(41.89193, 12.51133), (41.38879, 2.15899)],
    "Seed: Pyongyang → Sinanju → Dandong": [(39.03385, 125.75432), (39.59806, 125.60972), (40.12917, 124.39472)],
    "Seed: Dandong → Shenyang → Jinzhou → Beijing": [(40.12917, 124.39472), (41.79222, 123.43278),
                                                     (41.10778, 121.14167), (39.9075, 116.39723)],
}


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of fn() in ms, after one warm-up call."""
    fn()
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def naive_route(points: Sequence[LatLon]) -> list[LatLon]:
    """The baseline: Dijkstra on a fixed 0.05° grid for every pair, then the same string pulling."""
    out: list[LatLon] = [points[0]]
    for a, b in zip(points, points[1:], strict=False):
        sa, sb = nearest_land_point(*a, routes.SNAP_KM), nearest_land_point(*b, routes.SNAP_KM)
        if sa is None or sb is None:
            out.append(b)
            continue
        span = max(abs(sb[0] - sa[0]), abs(sb[1] - sa[1]), 0.2)
        grid = routes.Grid.around(sa, sb, 0.35 * span + 0.5, 10**9, min_res=routes.MIN_RES_DEG)
        raw = grid.route(sa, sb, weight=0.0)
        out.extend((routes._pull_string(raw, grid.res, repair=False) if raw else [sa, sb])[1:])
        out.append(b)
    return routes._densify(out)


def cold_land_load_ms(runs: int = 3) -> float:
    """Median time to import webmap.land and build land() in a fresh interpreter (file read, parse, prepare)."""
    code = ("import time; t=time.perf_counter(); from webmap.land import land; land(); "
            "print((time.perf_counter()-t)*1000)")
    samples = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
        samples.append(float(done.stdout.strip()))
    return statistics.median(samples)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed runs per leg (median reported)")
    args = parser.parse_args(argv)

    print(f"land load, cold (fresh interpreter, median of 3): {cold_land_load_ms():7.1f} ms")
    land.cache_clear()
    t = time.perf_counter()
    land()
    print(f"land load, this process:                          {(time.perf_counter() - t) * 1000:7.1f} ms")
    routes.leg_path(LEGS["Seoul → Beijing (round Korea Bay and the Bohai)"], "train")  # land masses, caches

    print()
    head = f"{'ground leg':48s} {'straight':>9s} {'drawn':>8s} {'ours':>8s} {'naive':>9s} {'ratio':>7s}"
    print(head)
    print("-" * len(head))
    ours_all, naive_all = [], []
    for name, pts in LEGS.items():
        straight_km = sum(geodesic(a, b).km for a, b in zip(pts, pts[1:], strict=False))
        path = routes.leg_path(pts, "train")
        ours = timed(lambda pts=pts: routes.leg_path(pts, "train"), args.repeat)
        naive = timed(lambda pts=pts: routes.path_length_km(naive_route(pts)), max(3, args.repeat // 3))
        ours_all.append(ours)
        naive_all.append(naive)
        print(f"{name:48s} {straight_km:6.0f} km {path.distance_km:5.0f} km {ours:6.1f} ms {naive:7.1f} ms "
              f"{naive / ours:6.1f}×")
    straight = timed(lambda: routes.leg_path(LEGS["Seoul → Beijing (round Korea Bay and the Bohai)"], "teleport"),
                     args.repeat)
    print("-" * len(head))
    print(f"worst leg, ours: {max(ours_all):.1f} ms (goal ≤ 50 ms); median ratio naive/ours: "
          f"{statistics.median(n / o for n, o in zip(naive_all, ours_all, strict=True)):.1f}×; "
          f"a straight (unrouted) leg for scale: {straight:.2f} ms")
    return 0 if max(ours_all) <= 50 else 1


if __name__ == "__main__":
    sys.exit(main())
