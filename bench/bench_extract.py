"""Benchmark extraction (text -> Journey draft): warm time on the seed article and throughput on a longer text,
beside the one-class extractor it replaced (webmap/story.py as of main 7dfdcd0, read from git) in the same run.

    python bench/bench_extract.py [--path GAZETTEER] [--kb 100] [--json]

Goals (issue 7, section 6): <= 10 ms for the seed article warm, >= 200 KB of text a second. Also the hostile
pastes of issue 10 (``hostile_pastes.py``: place lists, train rides, a long article, one sentence without a full
stop, dates, airport codes, capitalised words, garbage bytes), each of which must be finished or refused, naming
the limit, in under a second with output bounded by its input: timed beside the code of main d19675c (before that
work, run from ``git archive`` in a subprocess) in the same run.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_geoparse import SEED, big_text, throughput_kbs, warm_ms  # noqa: E402
from hostile_pastes import pastes, run  # noqa: E402

from gazetteer import Gazetteer  # noqa: E402
from webmap.extract import extract  # noqa: E402

PEER_COMMIT = "7dfdcd0"
BEFORE_COMMIT = "d19675c"  # main before the hostile pastes were made linear (issue 10)


class Before:
    """The code of BEFORE_COMMIT (its tree from git) in a subprocess that times one paste at a time, so that each
    paste is timed before and after in turn (the machine's load drifts); unavailable without git history."""

    def __init__(self, warm: str, gazetteer: pathlib.Path) -> None:
        self.tmp = tempfile.TemporaryDirectory()
        self.proc: subprocess.Popen | None = None
        tar = pathlib.Path(self.tmp.name) / "before.tar"
        try:
            subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(tar), BEFORE_COMMIT, "webmap", "gazetteer"],
                           check=True, capture_output=True)
            with tarfile.open(tar) as archive:
                archive.extractall(self.tmp.name, filter="data")
        except (OSError, subprocess.CalledProcessError, tarfile.TarError):
            return
        self.proc = subprocess.Popen([sys.executable, str(ROOT / "bench" / "hostile_pastes.py"), self.tmp.name,
                                      str(gazetteer)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        if self.run(warm) is None:
            self.close()

    def run(self, text: str) -> list | None:
        """[seconds, what it did] for one paste, or None."""
        if self.proc is None:
            return None
        self.proc.stdin.write(json.dumps(text) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        return json.loads(line) if line else None

    def close(self) -> None:
        if self.proc is not None:
            self.proc.stdin.close()
            self.proc.wait()
            self.proc = None
        self.tmp.cleanup()


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
    # the code before builds its gazetteer in a format of its own: in a folder of its own, kept for the next run,
    # not over ours (which the next run would then rebuild)
    own = gz.path.parent / "bench-before" / gz.path.name
    own.parent.mkdir(parents=True, exist_ok=True)
    before = Before(seed, own)
    for name, text in pastes(big).items():
        was = before.run(text)
        seconds, cpu, did = run(ours, text)
        figures.update({f"hostile_{name}_s": round(seconds, 2), f"hostile_{name}_cpu_s": round(cpu, 2)})
        note = f"CPU {cpu:.2f} s; {did}"
        if was is not None:
            figures.update({f"hostile_{name}_before_s": round(was[0], 2),
                            f"hostile_{name}_before_cpu_s": round(was[1], 2)})
            note = f"before {was[0]:.2f} s, CPU {was[1]:.2f} s (CPU x{cpu / was[1]:.2f}); CPU {cpu:.2f} s; {did}" + (
                "" if was[2] == did else f"; before: {was[2]}")
        rows.append((f"hostile: {name.replace('_', ' ')}", f"{seconds:.2f} s", note))
    if before.proc is None:
        rows.append((f"before: main {BEFORE_COMMIT}", "not available", "needs git history"))
    before.close()
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
