"""Benchmark extraction (text -> Journey draft): warm time on the seed article and throughput on a longer text,
beside the one-class extractor it replaced (webmap/story.py as of main 7dfdcd0, read from git) in the same run.

    python bench/bench_extract.py [--path GAZETTEER] [--kb 100] [--json]

Goals (issue 7, section 6): <= 10 ms for the seed article warm, >= 200 KB of text a second. Also the time to
refuse the two heavy pastes of issue 10 (100 KB of place names, 50 KB of "from X to Y by train."), which must be
answered, naming the limit, in well under a second.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_geoparse import SEED, big_text, throughput_kbs, warm_ms  # noqa: E402

from gazetteer import Gazetteer  # noqa: E402
from webmap.extract import extract  # noqa: E402

PEER_COMMIT = "7dfdcd0"
CITIES = ("Paris London Berlin Madrid Rome Vienna Prague Warsaw Lisbon Dublin Oslo Munich Milan Zurich Geneva "
          "Brussels Amsterdam Hamburg Cologne Lyon Marseille Barcelona Seville Porto Naples Turin Venice Florence "
          "Krakow Budapest Bucharest Sofia Athens Belgrade Zagreb Ljubljana Copenhagen Stockholm Helsinki "
          "Tallinn").split()


def heavy_pastes() -> dict[str, str]:
    """The pastes of issue 10: a 100 KB list of place names, and 50 KB of train rides between distinct pairs of
    cities with no capital after each full stop (so no sentence end is seen)."""
    names = ", ".join(CITIES) + ", "
    rides, k = [], 0
    while sum(map(len, rides)) < 50_000:
        rides.append(f"from {CITIES[k % 40]} to {CITIES[(k + 1 + (k // 40) % 39) % 40]} by train. ")
        k += 1
    return {"places_100kb": (names * (100_000 // len(names) + 1))[:100_000], "train_rides_50kb": "".join(rides)}


def refusal(fn: Callable[[str], object], text: str) -> tuple[float, str]:
    """Seconds until ``fn`` refuses ``text``, and the limit it names ("" if it did not refuse)."""
    t0 = time.perf_counter()
    try:
        fn(text)
    except ValueError as exc:  # JourneyError
        return time.perf_counter() - t0, getattr(exc, "limit", "") or str(exc)[-40:]
    return time.perf_counter() - t0, ""


def old_extract() -> Callable | None:
    """The monolithic extractor from before the pipeline, or None where git or the commit is not at hand."""
    try:
        src = subprocess.run(["git", "-C", str(ROOT), "show", f"{PEER_COMMIT}:webmap/story.py"], check=True,
                             capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    path = pathlib.Path(tempfile.mkdtemp()) / "story_before_pipeline.py"
    path.write_text(src, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("story_before_pipeline", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module.extract


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--path", type=pathlib.Path, help="gazetteer database (default: the user's, built if missing)")
    ap.add_argument("--kb", type=int, default=100, help="size of the longer text in KB")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)

    gz = Gazetteer.open(args.path, progress=True)
    seed = SEED.read_text(encoding="utf-8")
    big = big_text(args.kb)

    def ours(text: str) -> object:
        return extract(text, gz, published="2025-09-01")

    t0 = time.perf_counter()
    ours(seed)  # the first call loads spaCy's blank tokenizer and the name automaton
    first_s = time.perf_counter() - t0
    seed_ms = warm_ms(ours, seed)
    kbs = throughput_kbs(ours, big)
    journey = ours(big)
    out_ratio = len(journey.to_json().encode()) / len(big.encode())
    figures: dict[str, float | str] = {"seed_warm_ms": round(seed_ms, 2), "throughput_kb_s": round(kbs),
                                       "first_call_s": round(first_s, 2), "big_text_kb": round(len(big) / 1000),
                                       "output_bytes_per_input_byte": round(out_ratio, 1)}
    rows = [("first call (loads spaCy tokenizer, automaton)", f"{first_s:.2f} s", ""),
            ("seed article, warm", f"{seed_ms:.2f} ms", "goal <= 10 ms"),
            (f"throughput ({figures['big_text_kb']} KB)", f"{kbs:,.0f} KB/s", "goal >= 200 KB/s"),
            ("journey JSON per byte of text", f"{out_ratio:.1f}", "grows linearly")]
    for name, text in heavy_pastes().items():
        seconds, limit = refusal(ours, text)
        figures[f"refuse_{name}_s"] = round(seconds, 2)
        rows.append((f"refusal of {name.replace('_', ' ')}", f"{seconds:.2f} s",
                     f"limit: {limit}" if limit else "NOT refused"))
    peer = old_extract()
    if peer is None:
        rows.append(("peer: webmap/story.py before the pipeline", "not available", "needs git history"))
    else:
        def theirs(text: str) -> object:
            return peer(text, gz, published="2025-09-01")

        p_seed = warm_ms(theirs, seed)
        p_kbs = throughput_kbs(theirs, big)
        figures.update(peer_seed_warm_ms=round(p_seed, 2), peer_throughput_kb_s=round(p_kbs),
                       seed_time_ratio=round(seed_ms / p_seed, 2), throughput_ratio=round(kbs / p_kbs, 2))
        rows += [("peer (one class, main 7dfdcd0), seed warm", f"{p_seed:.2f} ms",
                  f"time ratio pipeline/peer {seed_ms / p_seed:.2f}"),
                 ("peer throughput", f"{p_kbs:,.0f} KB/s", f"throughput ratio pipeline/peer {kbs / p_kbs:.2f}")]
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        width = max(len(r[0]) for r in rows)
        for name, value, note in rows:
            print(f"{name:<{width}}  {value:>14}  {note}")
    return 0 if seed_ms <= 10 and kbs >= 200 else 1


if __name__ == "__main__":
    raise SystemExit(main())
