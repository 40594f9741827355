"""Rebuild one annotated text from a stored copy of its page (a search tool's excerpt), matched by its sha256.

    python corpus/from_excerpt.py ID EXCERPT [EXCERPT ...]   writes corpus/texts/ID.txt when a candidate matches

An EXCERPT file holds the page's text from its beginning, as plain UTF-8 or as a JSON string literal (quotes and
escapes as a tool printed them). The annotators made each text from such a copy by dropping page furniture (a menu
or a "date YYYY-MM-DD" marker at the top, credits and comments at the bottom, up to a few lines inside: a byline, a
caption, "Advertisement"; up to four when each is a short line), joining paragraphs by one blank line or none (or
keeping one run of whole lines as the page has them, below furniture of any length), cutting after the last whole
sentence and ending with one newline or none. This script tries those edits in combination and keeps the one whose
sha256 is the gold file's: nothing is guessed, a text is written only when it is byte for byte the annotated one.
Why: the texts are not in the repository, pages change, and a session on a new machine gets them back from stored
copies this way (253 of 281 on 2026-12-05, 311 of 350 on 2026-12-07). Exit status 1 when no candidate matches.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
_DATE_MARKER = re.compile(r"\s*date \d{4}-\d\d-\d\d\s*")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?=\s|$)")
MAX_DROPPED = 2  # lines dropped inside the kept run
MAX_SHORT_DROPPED = 4  # ... or up to this many, when each is short (a timestamp, a byline, a caption, a credit)
SHORT_LINE = 160  # characters, among the first SHORT_WITHIN lines inside the kept run (furniture sits near the top;
SHORT_WITHIN = 8  # a bound, so that a page of a hundred short OCR lines is not tried in every combination)
MAX_START = 10  # lines of furniture at the top


def read_excerpt(path: Path) -> str:
    """The excerpt's text: a JSON string literal decoded, else the file as it is."""
    raw = path.read_text(encoding="utf-8")
    stripped = raw.strip()
    if stripped.startswith('"') and stripped.endswith('"'):
        try:
            return json.loads(stripped)
        except json.JSONDecodeError:
            pass
    return raw


def _bases(text: str) -> Iterator[str]:
    """The excerpt, with its spaces as given and collapsed, with and without a leading date marker."""
    for t in dict.fromkeys((text, "\n".join(x.rstrip() for x in text.split("\n")), re.sub(r"[ \t\xa0]+", " ", text))):
        yield t
        marker = _DATE_MARKER.match(t)
        if marker:
            yield t[marker.end():]


def _cuts(last: str) -> list[str]:
    """The last kept line whole, or cut after one of its sentences."""
    return [last] + [last[:m.end()] for m in _SENTENCE_END.finditer(last)]


def _runs(base: str) -> Iterator[str]:
    """Every contiguous run of whole lines as the page has them, blank lines and all: a brief that says "keep a run
    of whole lines" leaves paragraph breaks as they were, however many, and furniture of any length above."""
    lines = base.split("\n")
    for start, first in enumerate(lines):
        if not first.strip():
            continue
        for end in range(start, len(lines)):
            if not lines[end].strip():
                continue
            head = "\n".join(lines[start:end]) + ("\n" if end > start else "")
            for c in _cuts(lines[end]):
                t = (head + c).strip()
                yield t
                yield t + "\n"


def candidates(text: str) -> Iterator[str]:
    """Every text the annotators' edits could have made of ``text``."""
    for base in _bases(text):
        yield from _runs(base)
        paras = [p for p in re.split(r"\n", base) if p.strip()]
        for start in range(min(MAX_START, len(paras))):
            for end in range(start, len(paras)):
                inner = range(start + 1, end)
                short = [k for k in inner[:SHORT_WITHIN] if len(paras[k]) <= SHORT_LINE]
                for drop in itertools.chain([()], ((k,) for k in inner),
                                            itertools.combinations(inner, 2) if MAX_DROPPED >= 2 else (),
                                            *(itertools.combinations(short, n)
                                              for n in range(MAX_DROPPED + 1, MAX_SHORT_DROPPED + 1))):
                    kept = [paras[k] for k in range(start, end + 1) if k not in drop]
                    cuts = _cuts(kept[-1])
                    for joiner in ("\n\n", "\n"):
                        head = joiner.join(kept[:-1]) + (joiner if len(kept) > 1 else "")
                        for c in cuts:
                            t = (head + c).strip()
                            yield t
                            yield t + "\n"


def find(text: str, sha: str) -> str | None:
    """The candidate whose UTF-8 sha256 is ``sha``, or None."""
    return next((t for t in candidates(text) if hashlib.sha256(t.encode("utf-8")).hexdigest() == sha), None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("id", help="the gold file's id (or the start of it)")
    ap.add_argument("excerpts", nargs="+", type=Path, help="files holding the page's text from its beginning")
    ap.add_argument("--gold", type=Path, default=HERE / "news")
    ap.add_argument("--texts", type=Path, default=HERE / "texts")
    args = ap.parse_args(argv)
    golds = sorted(args.gold.glob(f"{args.id}*.gold.json"))
    if len(golds) != 1:
        print(f"{args.id}: {len(golds)} gold files match; give the whole id", file=sys.stderr)
        return 1
    gold = json.loads(golds[0].read_text(encoding="utf-8"))
    for path in args.excerpts:
        hit = find(read_excerpt(path), gold["sha256"])
        if hit is not None:
            args.texts.mkdir(parents=True, exist_ok=True)
            (args.texts / f"{gold['id']}.txt").write_text(hit, encoding="utf-8", newline="")
            print(f"{gold['id']}: rebuilt from {path} (sha256 matches the annotated copy)")
            return 0
    print(f"{gold['id']}: no edit of the excerpt matches the annotated copy's sha256", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
