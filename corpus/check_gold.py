"""Check real-news gold files (corpus/news/ID.gold.json) against the annotation rules in corpus/README.md.

    python corpus/check_gold.py [GOLD ...] [--texts DIR]      (default: every file in corpus/news)

Checks the required fields and their values, that every leg's from/to names a place marked stop, that surfaces
are distinct and occur in the text, coordinates in range, the split from the URL's hash, and -- where the text is
at hand -- its sha256. One line per problem; exit status 1 when any file has one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
GENRES = {"wire", "feature", "announcement", "tour", "expedition", "migration", "sport", "state-visit",
          "evacuation", "voyage", "other"}
CONTINENTS = {"Africa", "Antarctica", "Asia", "Europe", "North America", "South America", "Oceania"}
MODES = {"train", "flight", "car", "motorcade", "bus", "boat", "ferry", "ship", "helicopter", "foot", "convoy",
         "bicycle"}
TRAPS = {"earlier-trip", "speculated-route", "context-places", "shared-name", "planned", "negated",
         "region-or-sea", "airport", "date-ranges", "weekday", "pronoun-traveller"}
KINDS = {"city", "town", "village", "country", "region", "world-region", "sea", "island", "airport", "station",
         "landmark", "venue", "other"}
ID_RE = re.compile(r"^[a-z]{1,2}\d\d-[a-z0-9-]+$")  # "a07-slug"; past z99 (2,600 ids) two letters: "aa00-slug"
DATE_RE = re.compile(r"^\d{4}-\d\d-\d\d$")


def split_of(url: str) -> str:
    """The split an article belongs to, fixed by its URL: a third to test."""
    return "test" if int(hashlib.sha1(url.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def _date_ok(v: object) -> bool:
    return v is None or (isinstance(v, str) and bool(DATE_RE.match(v)))


def check(gold: dict, text: str | None = None) -> list[str]:
    """Problems of one gold file (empty when it is fine); ``text`` is its article when at hand."""
    bad: list[str] = []
    for key in ("id", "url", "published", "split", "sha256", "genre", "continents", "modes", "traps", "places",
                "legs", "events", "notes"):
        if key not in gold:
            bad.append(f"missing field {key!r}")
    if bad:
        return bad
    if not ID_RE.match(gold["id"]):
        bad.append(f"id {gold['id']!r} is not like a07-short-slug or aa07-short-slug")
    if not str(gold["url"]).startswith(("http://", "https://")):
        bad.append("url is not http(s)")
    elif gold["split"] != split_of(gold["url"]):
        bad.append(f"split {gold['split']!r} but the URL's hash says {split_of(gold['url'])!r}")
    if not _date_ok(gold["published"]):
        bad.append(f"published {gold['published']!r} is not YYYY-MM-DD")
    if gold["genre"] not in GENRES:
        bad.append(f"genre {gold['genre']!r} unknown")
    for field, allowed in (("continents", CONTINENTS), ("modes", MODES), ("traps", TRAPS)):
        for v in gold[field]:
            if v not in allowed:
                bad.append(f"{field}: {v!r} unknown")
    surfaces: set[str] = set()
    stops: set[str] = set()
    names: set[str] = set()
    for i, p in enumerate(gold["places"]):
        where = f"places[{i}] {p.get('surface')!r}"
        for key in ("surface", "name", "country", "kind", "lat", "lon", "stop"):
            if key not in p:
                bad.append(f"{where}: missing {key!r}")
        if any(k not in p for k in ("surface", "name", "lat", "lon")):
            continue
        if p["surface"] in surfaces:
            bad.append(f"{where}: surface listed twice")
        surfaces.add(p["surface"])
        names.add(p["name"])
        if p.get("stop") is True:
            stops.add(p["name"])
        if p.get("kind") not in KINDS:
            bad.append(f"{where}: kind {p.get('kind')!r} unknown")
        if not (isinstance(p["lat"], (int, float)) and -90 <= p["lat"] <= 90
                and isinstance(p["lon"], (int, float)) and -180 <= p["lon"] <= 180):
            bad.append(f"{where}: lat/lon out of range")
        if p.get("country") is not None and not re.match(r"^[A-Z]{2}$", str(p["country"])):
            bad.append(f"{where}: country {p['country']!r} is not ISO alpha-2")
        if text is not None and p["surface"] not in text:
            bad.append(f"{where}: surface not in the text")
    for i, leg in enumerate(gold["legs"]):
        where = f"legs[{i}]"
        for key in ("traveller", "from", "to", "mode", "depart", "arrive", "planned"):
            if key not in leg:
                bad.append(f"{where}: missing {key!r}")
        for end in ("from", "to"):
            v = leg.get(end)
            if v is None and end == "from":
                continue
            if v not in stops:
                bad.append(f"{where}.{end}: {v!r} is not the name of a place marked stop")
        if leg.get("mode") is not None and leg["mode"] not in MODES:
            bad.append(f"{where}.mode: {leg['mode']!r} unknown")
        if not (_date_ok(leg.get("depart")) and _date_ok(leg.get("arrive"))):
            bad.append(f"{where}: dates must be YYYY-MM-DD or null")
        if not isinstance(leg.get("planned"), bool):
            bad.append(f"{where}.planned: must be true or false")
    for i, ev in enumerate(gold["events"]):
        if ev.get("place") not in names:
            bad.append(f"events[{i}].place: {ev.get('place')!r} is not the name of a place")
        if not _date_ok(ev.get("date")):
            bad.append(f"events[{i}].date: must be YYYY-MM-DD or null")
    return bad


def summary(golds: list[dict]) -> str:
    """What the corpus covers: articles by split, genre, continent, mode and trap, and legs and places."""
    lines = [f"{len(golds)} articles, {sum(len(g['legs']) for g in golds)} gold legs, "
             f"{sum(len(g['places']) for g in golds)} place names "
             f"({sum(p.get('stop') is True for g in golds for p in g['places'])} marked stop)"]
    for field in ("split", "genre", "continents", "modes", "traps"):
        counts: Counter[str] = Counter()
        for g in golds:
            counts.update(g[field] if isinstance(g[field], list) else [g[field]])
        lines.append(f"{field}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path, help="gold files (default: every file in corpus/news)")
    ap.add_argument("--texts", type=Path, default=HERE / "texts", help="folder of ID.txt (default corpus/texts)")
    ap.add_argument("--stats", action="store_true", help="also print what the files cover (split, genre, modes...)")
    args = ap.parse_args(argv)
    paths = args.gold or sorted((HERE / "news").glob("*.gold.json"))
    if not paths:
        print("check_gold: no gold files", file=sys.stderr)
        return 2
    failed = 0
    golds: list[dict] = []
    for path in paths:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            print(f"{path.name}: unreadable: {e}")
            failed += 1
            continue
        golds.append(gold)
        tpath = args.texts / f"{gold.get('id', path.name.split('.')[0])}.txt"
        text = None
        problems = []
        if tpath.is_file():
            data = tpath.read_bytes()
            text = data.decode("utf-8")
            if hashlib.sha256(data).hexdigest() != gold.get("sha256"):
                problems.append(f"sha256 differs from {tpath}")
        if path.name != f"{gold.get('id')}.gold.json":
            problems.append("file name is not ID.gold.json")
        problems += check(gold, text)
        failed += bool(problems)
        for msg in problems:
            print(f"{path.name}: {msg}")
    print(f"check_gold: {len(paths) - failed} of {len(paths)} files fine")
    if args.stats and not failed:
        print(summary(golds))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
