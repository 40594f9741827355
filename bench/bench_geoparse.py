"""Benchmark the geoparser: warm time on the seed article, throughput on a larger text, the trie's build time,
beside geotext (and spaCy's small English model, where installed) in the same run, as ratios.

    python bench/bench_geoparse.py [--path GAZETTEER] [--kb 500] [--json]

Goals (issue 3, section 5): <= 10 ms for the seed article warm, >= 200 KB of text a second.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import sys
import time
from collections.abc import Callable

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gazetteer import Gazetteer  # noqa: E402
from gazetteer.geoparse import Geoparser  # noqa: E402

SEED = ROOT / "webmap" / "data" / "kim-beijing-2025.txt"
STORIES = ROOT / "tests" / "stories"


def warm_ms(fn: Callable[[str], object], text: str, runs: int = 30) -> float:
    """Median wall time of one call after a warm-up call, in milliseconds."""
    fn(text)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e3


def big_text(kb: int) -> str:
    """The seed and the test stories, repeated to about `kb` KB (real news sentences, varied places)."""
    parts = [SEED.read_text(encoding="utf-8")]
    parts += [p.read_text(encoding="utf-8") for p in sorted(STORIES.glob("*.txt"))]
    base = "\n\n".join(parts) + "\n\n"
    return base * max(1, kb * 1000 // len(base.encode()))


def throughput_kbs(fn: Callable[[str], object], text: str) -> float:
    t0 = time.perf_counter()
    fn(text)
    return len(text.encode()) / (time.perf_counter() - t0) / 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--path", type=pathlib.Path, help="gazetteer database (default: the user's, built if missing)")
    ap.add_argument("--kb", type=int, default=500, help="size of the larger text in KB")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)

    gz = Gazetteer.open(args.path, progress=True)
    t0 = time.perf_counter()
    parser = Geoparser(gz)
    build_s = time.perf_counter() - t0
    seed = SEED.read_text(encoding="utf-8")
    big = big_text(args.kb)

    ours_seed = warm_ms(parser.parse, seed)
    ours_kbs = throughput_kbs(parser.parse, big)
    figures: dict[str, float | int | str] = {
        "trie_build_s": round(build_s, 2), "trie_names": parser.names,
        "seed_warm_ms": round(ours_seed, 2), "throughput_kb_s": round(ours_kbs),
        "seed_mentions": len(parser.parse(seed)), "big_text_kb": round(len(big.encode()) / 1000),
    }
    rows = [("trie build (names from the gazetteer)", f"{build_s:.2f} s", f"{parser.names:,} names"),
            ("seed article, warm", f"{ours_seed:.2f} ms", "goal <= 10 ms"),
            (f"throughput ({figures['big_text_kb']} KB)", f"{ours_kbs:,.0f} KB/s", "goal >= 200 KB/s")]

    try:
        from geotext import GeoText
    except ImportError:
        rows.append(("geotext", "not installed", "pip install geotext"))
    else:
        gt_seed = warm_ms(GeoText, seed, runs=5)
        gt_kbs = throughput_kbs(GeoText, big)
        figures.update(geotext_seed_warm_ms=round(gt_seed, 2), geotext_throughput_kb_s=round(gt_kbs),
                       seed_time_ratio_webmap_over_geotext=round(ours_seed / gt_seed, 1),
                       throughput_ratio_webmap_over_geotext=round(ours_kbs / gt_kbs, 3))
        gt = GeoText(seed)
        traps = sorted({"Un", "Shanghai", "Washington"} & set(gt.cities))
        figures["geotext_seed_traps"] = ", ".join(traps)
        rows += [("geotext, seed article, warm", f"{gt_seed:.2f} ms", f"time ratio webmap/geotext "
                                                                     f"{ours_seed / gt_seed:.1f}"),
                 ("geotext throughput", f"{gt_kbs:,.0f} KB/s", f"throughput ratio webmap/geotext "
                                                               f"{ours_kbs / gt_kbs:.2f}"),
                 ("geotext on the seed's traps", ", ".join(traps) or "-",
                  "taken as cities (webmap: none of them as a place visited)")]

    try:
        import spacy

        nlp = spacy.load("en_core_web_sm")
    except Exception:  # not installed, or no model: both are fine, it is only a comparison
        rows.append(("spaCy en_core_web_sm", "not installed", "optional"))
    else:
        def places(text: str) -> list:
            return [e for e in nlp(text).ents if e.label_ in ("GPE", "LOC", "FAC")]

        sp_seed = warm_ms(places, seed, runs=5)
        sp_kbs = throughput_kbs(places, big[:100_000])
        figures.update(spacy_seed_warm_ms=round(sp_seed, 2), spacy_throughput_kb_s=round(sp_kbs),
                       seed_time_ratio_webmap_over_spacy=round(ours_seed / sp_seed, 2))
        rows += [("spaCy sm, seed article, warm", f"{sp_seed:.2f} ms", f"time ratio webmap/spaCy "
                                                                      f"{ours_seed / sp_seed:.2f}"),
                 ("spaCy sm throughput", f"{sp_kbs:,.0f} KB/s", f"throughput ratio webmap/spaCy "
                                                                f"{ours_kbs / sp_kbs:.1f}")]

    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        width = max(len(r[0]) for r in rows)
        for name, value, note in rows:
            print(f"{name:<{width}}  {value:>14}  {note}")
    ok = ours_seed <= 10 and ours_kbs >= 200
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
