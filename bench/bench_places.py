"""Benchmark the editor's place search (``GET /api/places``): ranked candidates for what a person has typed so far,
against a plain scan of the same names for the prefix in the same run, as a ratio.

    python bench/bench_places.py [--queries N]

Goal (issue 8): answers in milliseconds while a person types.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from gazetteer import Gazetteer
from gazetteer.normalise import normalise
from webmap.web.places import PlaceSearch


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--queries", type=int, default=300, help="typed prefixes to search")
    args = ap.parse_args(argv)
    gz = Gazetteer.open(progress=False)
    search = PlaceSearch(gz)
    t0 = time.perf_counter()
    index = search.index()
    build_s = time.perf_counter() - t0
    names = [n for n, _ in gz.iter_names()]
    rng = random.Random(8)
    words = [n for n in rng.sample(names, args.queries * 3) if n.isascii() and len(n) >= 4][:args.queries]
    queries = [w[:rng.randint(2, min(8, len(w)))] for w in words]  # what someone has typed so far

    def timed(fn) -> list[float]:
        out = []
        for q in queries:
            t = time.perf_counter()
            fn(q)
            out.append((time.perf_counter() - t) * 1000)
        return out

    ours = timed(lambda q: search.search(q, near=(40.0, 116.0)))
    pops = index.pops

    def scan(q: str) -> list[str]:  # the peer: every name tested for the prefix, the largest kept
        norm = normalise(q)
        hits = [(pops[i], n) for i, n in enumerate(names) if n.startswith(norm)]
        return [n for _, n in sorted(hits, reverse=True)[:10]]

    peer = timed(scan)
    p = lambda xs, q: statistics.quantiles(xs, n=100)[q - 1]  # noqa: E731
    print(f"prefix index: {len(names):,} names, built in {build_s:.2f} s")
    print(f"{'':28}{'median':>10}{'p99':>10}")
    print(f"{'/api/places search':28}{statistics.median(ours):>8.2f}ms{p(ours, 99):>8.2f}ms")
    print(f"{'scan of the names (peer)':28}{statistics.median(peer):>8.2f}ms{p(peer, 99):>8.2f}ms")
    print(f"ratio (median): {statistics.median(peer) / statistics.median(ours):,.0f}x faster")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
