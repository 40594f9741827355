"""Benchmark the geoparser: cold ``webmap geoparse`` of the seed article (process start to output), the name
index's load time, warm time on the seed article and throughput on a larger text, beside geotext (and spaCy's
small English model, where installed) in the same run, as ratios; and beside the pyahocorasick automaton that
the index replaced (built from the same names, as every call used to).

    python bench/bench_geoparse.py [--path GAZETTEER] [--kb 500] [--json]

Goals (issues 3 and 7): <= 10 ms for the seed article warm, >= 200 KB of text a second, the name index loaded in
milliseconds rather than built in seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import statistics
import subprocess
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


def cold_s(argv: list[str], runs: int = 3) -> float:
    """Median wall time of a fresh process running `argv` to its end, in seconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def automaton_build_s(gz: Gazetteer) -> float | None:
    """What every geoparse call used to spend: a pyahocorasick automaton of the gazetteer's names."""
    try:
        import ahocorasick
    except ImportError:
        return None
    from gazetteer.prefixes import indexable

    t0 = time.perf_counter()
    trie = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for norm, _pop in gz.iter_names():
        if indexable(norm):
            trie.add_word(norm)
    return time.perf_counter() - t0


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
    old_s = automaton_build_s(gz)
    if args.path is not None:
        os.environ["WEBMAP_GAZETTEER"] = str(args.path)
    webmap_cli = str(pathlib.Path(sys.executable).with_name("webmap"))
    cold_ours = cold_s([webmap_cli, "geoparse", str(SEED)])
    cold_peer = cold_s([sys.executable, "-c", "import sys; from geotext import GeoText; "
                        "GeoText(open(sys.argv[1], encoding='utf-8').read())", str(SEED)])
    seed = SEED.read_text(encoding="utf-8")
    big = big_text(args.kb)

    ours_seed = warm_ms(parser.parse, seed)
    ours_kbs = throughput_kbs(parser.parse, big)
    figures: dict[str, float | int | str] = {
        "index_load_s": round(build_s, 4), "index_entries": parser.names,
        "cold_geoparse_s": round(cold_ours, 2), "geotext_cold_s": round(cold_peer, 2),
        "seed_warm_ms": round(ours_seed, 2), "throughput_kb_s": round(ours_kbs),
        "seed_mentions": len(parser.parse(seed)), "big_text_kb": round(len(big.encode()) / 1000),
    }
    rows = [("cold `webmap geoparse` of the seed", f"{cold_ours:.2f} s",
             f"geotext cold {cold_peer:.2f} s, ratio {cold_ours / cold_peer:.1f}"),
            ("name index ready (loaded with the gazetteer)", f"{build_s * 1e3:.1f} ms",
             f"{parser.names:,} names and prefixes")]
    if old_s is not None:
        figures["automaton_build_s"] = round(old_s, 2)
        rows.append(("pyahocorasick automaton of the same names (before)", f"{old_s:.2f} s",
                     f"{old_s / build_s:,.0f}x the index"))
    rows += [
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
