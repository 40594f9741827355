"""Run every benchmark in bench/ in one go and print their figures (`make bench`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> int:
    failed = 0
    here = Path(__file__).parent
    for script in [*sorted(here.glob("bench_*.py")), *sorted(here.glob("eval_*.py"))]:
        print(f"\n== {script.name}", flush=True)
        if script.name == "eval_news.py" and not (here.parent / "corpus" / "texts").is_dir():
            print("skipped: no corpus/texts (the real-news texts are not in the repository; "
                  "python corpus/rebuild.py fetches them)", flush=True)
            continue
        failed += subprocess.run([sys.executable, str(script)]).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
