"""Score extraction and geoparsing against the hand-annotated real-news corpus (corpus/news, issue 7).

    python bench/eval_news.py [--gold DIR] [--texts DIR] [--split dev|test|all] [--json] [-v] [--gazetteer PATH]

The gold files (corpus/news/ID.gold.json, format in corpus/README.md) annotate real published articles; their
texts are the publishers' and are not in the repository: ``python corpus/rebuild.py`` fetches them into
corpus/texts/. A text whose sha256 differs from the one annotated, or that is missing, is reported and skipped,
never scored silently.

The script imports ``webmap`` and ``gazetteer`` from the running interpreter's environment (it does not put its
own checkout on sys.path), so another checkout's venv can score its own code with this script:
``/path/to/other/.venv/bin/python bench/eval_news.py --gold ... --texts ...``.

Two points are the same place when they are within 161 km (100 miles); a gold country also matches an extracted
country with the same ISO code. Figures are micro-averaged over the articles of the split:
* legs: extracted legs matched one-to-one (greedily, nearest first) to gold legs on (from, to) -- a gold leg whose
  start the text does not give matches on ``to`` alone, an extracted arrival without a start (``journey.arrivals``)
  only such a gold leg; among matches, the same traveller's leg (a shared name word) before another's;
  precision, recall, F1; reversed legs; legs with an end
  that is no gold stop at all ("legs to a non-stop"); on matched legs: mode where the gold gives one, dates where
  the gold gives them, planned flagged as the gold says;
* stops: every extracted leg end, via and event place against the gold places marked ``stop``, each side first
  reduced to distinct points (a venue within 161 km of its city is the same stop);
* recognition: the distinct surfaces geoparse finds (not demonyms, not place words inside an organisation's
  name) against the gold surfaces, exact string; resolution: the share of gold surfaces recognised AND placed
  within 161 km, overall and for places that are not countries; geotext's recognition in the same run as a peer.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import pathlib
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

KM = 161.0
ROOT = pathlib.Path(__file__).resolve().parent.parent
MODE_SYNONYMS = {
    "plane": "flight", "air": "flight", "airplane": "flight", "aeroplane": "flight", "aircraft": "flight",
    "jet": "flight", "fly": "flight", "flew": "flight", "rail": "train", "railway": "train", "auto": "car",
    "drive": "car", "road": "car", "coach": "bus", "walk": "foot", "walking": "foot", "on foot": "foot",
    "hike": "foot", "vessel": "ship", "cruise": "ship", "bike": "bicycle", "cycle": "bicycle", "chopper": "helicopter",
    "unknown": None, "": None,
}
WATER = frozenset({"boat", "ship", "ferry"})


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def canonical_mode(mode: str | None) -> str | None:
    """One spelling per mode (plane/air -> flight ...); None for unknown."""
    if mode is None:
        return None
    m = mode.strip().lower()
    return MODE_SYNONYMS.get(m, m)


def same_mode(got: str | None, want: str | None) -> bool:
    """A gold 'boat' accepts any water mode; otherwise the canonical modes must be equal."""
    g, w = canonical_mode(got), canonical_mode(want)
    if g is None:
        return False
    return g == w or (w == "boat" and g in WATER)


# -- points -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Pt:
    """A place reduced to what scoring needs: a name for messages, a point, and its country when it is one."""

    name: str
    lat: float | None
    lon: float | None
    country: str | None = None  # ISO code, set only when the place IS a country

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


def dist(a: Pt, b: Pt) -> float:
    """Distance in km; 0 for the same country; infinite when either has no point."""
    if a.country and b.country and a.country.upper() == b.country.upper():
        return 0.0
    if not (a.located and b.located):
        return math.inf
    return km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]


def near(a: Pt | None, b: Pt | None) -> bool:
    return a is not None and b is not None and dist(a, b) <= KM


def gold_pt(p: dict) -> Pt:
    return Pt(p["name"], p.get("lat"), p.get("lon"), p.get("country") if p.get("kind") == "country" else None)


def journey_pt(place: Any) -> Pt:
    kind = getattr(place, "kind", "")
    return Pt(place.name, place.lat, place.lon, (place.country or None) if kind == "country" else None)


# -- matching -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PLeg:
    """An extracted leg, its ends as points (frm None: an arrival whose start the text does not give)."""

    frm: Pt | None
    to: Pt
    mode: str | None = None
    depart: str | None = None
    arrive: str | None = None
    planned: bool = False
    via: tuple[Pt, ...] = ()
    traveller: str = ""


@dataclass(frozen=True)
class GLeg:
    """A gold leg, its ends as points (frm None when the text does not say where it began)."""

    frm: Pt | None
    to: Pt
    mode: str | None = None
    depart: str | None = None
    arrive: str | None = None
    planned: bool = False
    traveller: str = ""


_NAME_WORD = re.compile(r"[^\W\d_]{3,}")
_NOT_NAMES = frozenset("the and with his her their president minister prime foreign leader king queen".split())


def same_traveller(a: str, b: str) -> bool:
    """Whether two names for a traveller share a word ("Riek Machar", "Machar"); either unnamed counts as the same."""
    wa = {w.lower() for w in _NAME_WORD.findall(a)} - _NOT_NAMES
    wb = {w.lower() for w in _NAME_WORD.findall(b)} - _NOT_NAMES
    return not wa or not wb or bool(wa & wb)


def leg_cost(p: PLeg, g: GLeg) -> float | None:
    """How far apart a predicted and a gold leg are (sum of end distances), None when they do not match. A gold
    leg without a start matches on its end alone, a leg with a start after one without (so that an arrival the
    extractor also gives without a start takes it first); an extracted arrival without a start matches only a
    gold leg without one."""
    if not near(p.to, g.to):
        return None
    other = 0.0 if same_traveller(p.traveller, g.traveller) else 2 * KM  # the same traveller's leg first
    if g.frm is None:
        return dist(p.to, g.to) + (0.0 if p.frm is None else KM) + other
    if p.frm is None or not near(p.frm, g.frm):
        return None
    return dist(p.frm, g.frm) + dist(p.to, g.to) + other


def greedy(n_pred: int, n_gold: int, cost: Callable[[int, int], float | None]) -> dict[int, int]:
    """One-to-one pred index -> gold index, cheapest pairs first (ties: earlier legs first)."""
    pairs = [(c, i, j) for i in range(n_pred) for j in range(n_gold) if (c := cost(i, j)) is not None]
    out: dict[int, int] = {}
    used: set[int] = set()
    for _c, i, j in sorted(pairs):
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def date_score(p: PLeg, g: GLeg) -> tuple[int, int]:
    """(right, given) over the gold's depart/arrive. A date the extractor put on the other end of the leg counts
    when it left this end empty (a one-date leg may say either)."""
    ok = n = 0
    for want, got, other in ((g.depart, p.depart, p.arrive), (g.arrive, p.arrive, p.depart)):
        if want is None:
            continue
        n += 1
        ok += got == want or (got is None and other == want)
    return ok, n


@dataclass
class LegScore:
    pred: int = 0
    gold: int = 0
    matched: int = 0
    reversed: int = 0
    to_nonstop: int = 0
    unlocated: int = 0
    mode_ok: int = 0
    mode_n: int = 0
    date_ok: int = 0
    date_n: int = 0
    date_invented: int = 0
    planned_ok: int = 0
    planned_n: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: LegScore) -> None:
        for k, v in vars(other).items():
            if isinstance(v, int):
                setattr(self, k, getattr(self, k) + v)


def _leg_name(leg: PLeg | GLeg) -> str:
    return f"{leg.frm.name if leg.frm else '?'} -> {leg.to.name}"


def score_legs(pred: list[PLeg], gold: list[GLeg], stops: list[Pt]) -> LegScore:
    """Leg figures of one article; ``stops`` are the gold places marked stop. Problems are listed worst first."""
    s = LegScore(pred=len(pred), gold=len(gold))
    match = greedy(len(pred), len(gold), lambda i, j: leg_cost(pred[i], gold[j]))
    s.matched = len(match)
    bad: list[tuple[int, str]] = []
    for i, p in enumerate(pred):
        if not ((p.frm is None or p.frm.located) and p.to.located):
            s.unlocated += 1
            bad.append((2, f"leg with an unlocated end: {_leg_name(p)}"))
        elif (p.frm is not None and not any(near(p.frm, st) for st in stops)) \
                or not any(near(p.to, st) for st in stops):
            s.to_nonstop += 1
            bad.append((0, f"leg to a non-stop: {_leg_name(p)}"))
        if i in match:
            continue
        if p.frm is not None and any(g.frm is not None and near(p.frm, g.to) and near(p.to, g.frm) for g in gold):
            s.reversed += 1
            bad.append((1, f"reversed: {_leg_name(p)}"))
        elif (p.frm is None or p.frm.located) and p.to.located:
            bad.append((3, f"spurious leg: {_leg_name(p)}"))
    for j, g in enumerate(gold):
        if j not in match.values():
            bad.append((4, f"missed leg: {_leg_name(g)}"))
    for i, j in sorted(match.items()):
        p, g = pred[i], gold[j]
        if g.mode is not None:
            s.mode_n += 1
            if same_mode(p.mode, g.mode):
                s.mode_ok += 1
            else:
                bad.append((5, f"mode {canonical_mode(p.mode)} (gold {g.mode}): {_leg_name(g)}"))
        ok, n = date_score(p, g)
        s.date_ok += ok
        s.date_n += n
        if ok < n:
            bad.append((5, f"date {p.depart}/{p.arrive} (gold {g.depart}/{g.arrive}): {_leg_name(g)}"))
        if g.depart is None and g.arrive is None and (p.depart or p.arrive):
            s.date_invented += 1
            bad.append((6, f"date {p.depart or p.arrive} where the gold has none: {_leg_name(g)}"))
        s.planned_n += 1
        if p.planned == g.planned:
            s.planned_ok += 1
        else:
            bad.append((6, f"{'not ' if g.planned else ''}flagged planned wrongly: {_leg_name(g)}"))
    s.problems = [msg for _rank, msg in sorted(bad, key=lambda b: b[0])]
    return s


def distinct(points: list[Pt]) -> list[Pt]:
    """The points less those within 161 km of an earlier one: a city and its station or guest house are one place
    on a map at this resolution."""
    out: list[Pt] = []
    for p in points:
        if not any(near(p, q) for q in out):
            out.append(p)
    return out


def score_points(pred: list[Pt], gold: list[Pt]) -> tuple[int, int, int]:
    """(matched, n_pred, n_gold) over distinct points: one-to-one, nearest first, within 161 km."""
    pred, gold = distinct(pred), distinct(gold)
    match = greedy(len(pred), len(gold), lambda i, j: d if (d := dist(pred[i], gold[j])) <= KM else None)
    return len(match), len(pred), len(gold)


def score_recognition(found: Iterable[str], gold: Iterable[str]) -> tuple[int, int, int]:
    """(matched, n_found, n_gold) over distinct surfaces, exact string."""
    f, g = set(found), set(gold)
    return len(f & g), len(f), len(g)


def resolution(mentions: list[tuple[str, Pt]], gold: list[tuple[str, Pt, bool]],
               log: list[dict] | None = None) -> tuple[int, int, int, int]:
    """(placed, n_gold, placed_non_country, n_non_country): gold surfaces recognised AND some mention of that
    surface within 161 km of the gold point. ``gold`` rows are (surface, point, is_country). ``log`` gets one row
    per gold non-country place not placed: missed (no mention of that surface) or far (the nearest reading)."""
    by_surface: dict[str, list[Pt]] = {}
    for surface, pt in mentions:
        by_surface.setdefault(surface, []).append(pt)
    ok = ok_nc = n_nc = 0
    for surface, pt, is_country in gold:
        hit = any(near(m, pt) for m in by_surface.get(surface, []))
        ok += hit
        if not is_country:
            n_nc += 1
            ok_nc += hit
            if log is not None and not hit and pt.lat is not None and pt.lon is not None:
                got = min((m for m in by_surface.get(surface, []) if m.lat is not None and m.lon is not None),
                          key=lambda m: km(m.lat, m.lon, pt.lat, pt.lon), default=None)
                log.append({"class": "far" if got else "missed", "gold": surface, "gold_name": pt.name,
                            "gold_point": (pt.lat, pt.lon)}
                           | ({"got": got.name, "point": (got.lat, got.lon),
                               "km": round(km(got.lat, got.lon, pt.lat, pt.lon))} if got else {}))
    return ok, len(gold), ok_nc, n_nc


# -- from webmap's objects to points ------------------------------------------------------------------------

def is_planned(leg: Any) -> bool:
    """A leg the extractor says is still to come: a ``planned`` attribute where the model has one, else the note."""
    flag = getattr(leg, "planned", None)
    if isinstance(flag, bool):
        return flag
    return "planned" in (getattr(leg, "note", "") or "").lower()


def split_at_vias(leg: PLeg) -> list[PLeg]:
    """A -> B via V as A -> V and V -> B, the way the gold is annotated (a via point is a stop that splits its
    leg): the first piece keeps the departure date, the last the arrival, every piece the mode and the plan flag."""
    ends = [leg.frm, *leg.via, leg.to]
    n = len(ends) - 1
    return [PLeg(ends[i], ends[i + 1], leg.mode, leg.depart if i == 0 else None, leg.arrive if i == n - 1 else None,
                 leg.planned, traveller=leg.traveller) for i in range(n)]


def journey_legs(journey: Any) -> tuple[list[PLeg], list[Pt]]:
    """Extracted legs as points (split at their via points), and every extracted stop (leg ends, vias, event
    places), distinct."""
    places = journey.places
    legs = [piece for leg in journey.legs
            for piece in split_at_vias(PLeg(journey_pt(places[leg.from_]), journey_pt(places[leg.to]), leg.mode,
                                            leg.depart, leg.arrive, is_planned(leg),
                                            tuple(journey_pt(places[v]) for v in leg.via if v in places),
                                            leg.traveller))]
    legs += [PLeg(None, journey_pt(places[a.to]), a.mode, None, a.arrive, is_planned(a), traveller=a.traveller)
             for a in getattr(journey, "arrivals", [])]
    keys: list[str] = []
    for leg in journey.legs:
        keys += [leg.from_, *leg.via, leg.to]
    keys += [a.to for a in getattr(journey, "arrivals", [])]
    keys += [ev.place for ev in journey.events]
    seen: list[str] = []
    for k in keys:
        if k in places and k not in seen:
            seen.append(k)
    return legs, [journey_pt(places[k]) for k in seen]


def gold_legs(gold: dict) -> tuple[list[GLeg], list[Pt]]:
    """Gold legs as points and the gold stops (one per ``name``: a place written two ways is one stop). A leg end
    names a place by ``name`` (or, failing that, surface)."""
    by_name: dict[str, dict] = {p["surface"]: p for p in gold["places"]}
    for p in sorted(gold["places"], key=lambda p: bool(p.get("stop"))):  # a stop wins over a namesake
        by_name[p["name"]] = p
    legs = []
    for g in gold["legs"]:
        if g["to"] not in by_name or (g.get("from") is not None and g["from"] not in by_name):
            raise ValueError(f"{gold['id']}: leg {g.get('from')} -> {g['to']} names a place not in places")
        frm = gold_pt(by_name[g["from"]]) if g.get("from") is not None else None
        legs.append(GLeg(frm, gold_pt(by_name[g["to"]]), g.get("mode"), g.get("depart"), g.get("arrive"),
                         bool(g.get("planned")), g.get("traveller") or ""))
    stops = {p["name"]: gold_pt(p) for p in gold["places"] if p.get("stop")}  # one per place, not per surface
    return legs, list(stops.values())


# -- the run ------------------------------------------------------------------------------------------------

def load_extract() -> tuple[Callable[..., Any], str]:
    """The extractor of the installed webmap: webmap.extract.extract when it exists, else webmap.story.extract."""
    try:
        import webmap.extract as pkg

        fn = getattr(pkg, "extract", None)
        if callable(fn):
            return fn, "webmap.extract.extract"
    except ImportError:
        pass
    from webmap.story import extract

    return extract, "webmap.story.extract"


def geotext_names(text: str) -> set[str] | None:
    """The distinct names geotext returns (cities and countries); None when it is not installed."""
    try:
        from geotext import GeoText
    except ImportError:
        return None
    gt = GeoText(text)
    return set(gt.cities) | set(gt.countries)


@dataclass
class Article:
    id: str
    split: str
    gold: dict
    text: str | None
    problem: str = ""  # why it is skipped


def load_articles(gold_dir: pathlib.Path, texts_dir: pathlib.Path, split: str) -> list[Article]:
    """The gold files of the split, each with its text; a missing or changed text is kept with a problem."""
    out = []
    for path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if split != "all" and gold.get("split") != split:
            continue
        art = Article(gold["id"], gold.get("split", "?"), gold, None)
        tpath = texts_dir / f"{gold['id']}.txt"
        if not tpath.exists():
            art.problem = f"text missing ({tpath})"
        else:
            data = tpath.read_bytes()
            if hashlib.sha256(data).hexdigest() != gold.get("sha256"):
                art.problem = f"text differs from the annotated copy (sha256 of {tpath})"
            else:
                art.text = data.decode("utf-8")
        out.append(art)
    return out


def evaluate(articles: list[Article], gazetteer: Any, extract: Callable[..., Any],
             places: list[dict] | None = None) -> dict[str, Any]:
    """Every figure over the articles that have their text, plus per-article rows; ``places`` gets the gold
    non-country places not placed within 161 km (see resolution)."""
    from gazetteer.geoparse import geoparse
    from webmap.locate import locate

    legs = LegScore()
    stops = [0, 0, 0]
    rec = [0, 0, 0]
    gt_rec = [0, 0, 0]
    res = [0, 0, 0, 0]
    have_geotext = True
    rows = []
    for art in articles:
        if art.text is None:
            continue
        gold = art.gold
        journey = extract(art.text, gazetteer, published=gold.get("published"))
        locate(journey, gazetteer)
        plegs, pstops = journey_legs(journey)
        glegs, gstops = gold_legs(gold)
        ls = score_legs(plegs, glegs, gstops)
        legs.add(ls)
        for k, v in enumerate(score_points(pstops, gstops)):
            stops[k] += v
        mentions = [m for m in geoparse(art.text, gazetteer)
                    if m.kind != "demonym" and getattr(m, "role", "place") == "place"]
        gsurf = [p["surface"] for p in gold["places"]]
        for k, v in enumerate(score_recognition((m.surface for m in mentions), gsurf)):
            rec[k] += v
        mpts = [(m.surface, Pt(m.name, m.lat, m.lon, m.country if m.kind == "country" else None)) for m in mentions]
        log: list[dict] | None = [] if places is not None else None
        for k, v in enumerate(resolution(mpts, [(p["surface"], gold_pt(p), p.get("kind") == "country")
                                               for p in gold["places"]], log)):
            res[k] += v
        if places is not None and log:
            places.extend({"doc": art.id} | row for row in log)
        names = geotext_names(art.text)
        if names is None:
            have_geotext = False
        else:
            for k, v in enumerate(score_recognition(names, gsurf)):
                gt_rec[k] += v
        lp = prf(ls.matched, ls.pred, ls.gold)
        rows.append({"id": art.id, "split": art.split, "legs_gold": ls.gold, "legs_extracted": ls.pred,
                     "legs_matched": ls.matched, "precision": lp["precision"], "recall": lp["recall"],
                     "worst": ls.problems[0] if ls.problems else "", "problems": ls.problems})
    out: dict[str, Any] = {
        "articles": len(rows),
        "skipped": [{"id": a.id, "problem": a.problem} for a in articles if a.text is None],
        "legs": prf(legs.matched, legs.pred, legs.gold),
        "legs_counts": {k: v for k, v in vars(legs).items() if isinstance(v, int)},
        "legs_reversed": legs.reversed,
        "legs_to_nonstop": legs.to_nonstop,
        "legs_unlocated": legs.unlocated,
        "mode_accuracy": _share(legs.mode_ok, legs.mode_n),
        "date_accuracy": _share(legs.date_ok, legs.date_n),
        "dates_invented": legs.date_invented,
        "planned_right": _share(legs.planned_ok, legs.planned_n),
        "stops": prf(*stops),
        "recognition": prf(*rec),
        "resolved_within_161km": _share(res[0], res[1]),
        "resolved_within_161km_non_country": _share(res[2], res[3]),
        "per_article": rows,
    }
    if have_geotext:
        out["geotext_recognition"] = prf(*gt_rec)
    return out


def _share(ok: int, n: int) -> dict[str, Any]:
    return {"right": ok, "of": n, "share": round(ok / n, 3) if n else None}


def _fmt(d: dict[str, float]) -> str:
    return f"P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}"


def _fmt_share(d: dict[str, Any]) -> str:
    return f"{d['right']}/{d['of']}" + (f" ({d['share']:.3f})" if d["share"] is not None else "")


def report(res: dict[str, Any], verbose: bool) -> None:
    c = res["legs_counts"]
    rows = [("legs (from, to)", _fmt(res["legs"])),
            ("legs reversed", str(res["legs_reversed"])),
            ("legs to a non-stop", str(res["legs_to_nonstop"])),
            ("legs with an unlocated end", str(res["legs_unlocated"])),
            ("mode right (matched legs)", _fmt_share(res["mode_accuracy"])),
            ("dates right (matched legs)", _fmt_share(res["date_accuracy"])),
            ("dated where the gold has none", str(res["dates_invented"])),
            ("planned flagged right", _fmt_share(res["planned_right"])),
            ("stops", _fmt(res["stops"])),
            ("recognition, distinct surfaces", _fmt(res["recognition"])),
            ("geotext recognition (peer)", _fmt(res["geotext_recognition"]) if "geotext_recognition" in res
             else "not installed (pip install -e '.[bench]')"),
            ("within 161 km, share of gold places", _fmt_share(res["resolved_within_161km"])),
            ("within 161 km, non-country places", _fmt_share(res["resolved_within_161km_non_country"]))]
    print(f"extractor: {res['extractor']}   gold legs: {c['gold']}   extracted legs: {c['pred']}")
    width = max(len(r[0]) for r in rows)
    for k, v in rows:
        print(f"  {k:<{width}}  {v}")
    if verbose:
        for r in res["per_article"]:
            print(f"  {r['id']:<32} {r['split']:<4} legs P {r['precision']:.2f} R {r['recall']:.2f} "
                  f"({r['legs_matched']}/{r['legs_gold']} gold, {r['legs_extracted']} extracted)"
                  f"{'  worst: ' + r['worst'] if r['worst'] else ''}")
    for s in res["skipped"]:
        print(f"  SKIPPED {s['id']}: {s['problem']}")
    if res["skipped"]:
        print("  (rebuild the texts: python corpus/rebuild.py, or --from a folder of copies)")


def summary(res: dict[str, Any]) -> str:
    legs = res["legs"]
    return (f"news corpus, split {res['split']}: {res['articles']} articles"
            f"{' (' + str(len(res['skipped'])) + ' skipped)' if res['skipped'] else ''}; "
            f"legs P {legs['precision']:.3f} R {legs['recall']:.3f} F1 {legs['f1']:.3f}; "
            f"legs to a non-stop {res['legs_to_nonstop']}; stops F1 {res['stops']['f1']:.3f}; "
            f"recognition F1 {res['recognition']['f1']:.3f}"
            + (f" (geotext {res['geotext_recognition']['f1']:.3f})" if "geotext_recognition" in res else ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=pathlib.Path, default=ROOT / "corpus" / "news", help="folder of ID.gold.json")
    ap.add_argument("--texts", type=pathlib.Path, default=ROOT / "corpus" / "texts", help="folder of ID.txt")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="one row per article")
    ap.add_argument("--places", action="store_true",
                    help="list the gold non-country places not placed within 161 km (missed, far): a JSON line each")
    ap.add_argument("--gazetteer", type=pathlib.Path, help="gazetteer database (default: the user's)")
    args = ap.parse_args(argv)
    for folder in (args.gold, args.texts):
        if not folder.is_dir():
            hint = " (python corpus/rebuild.py builds it)" if folder == args.texts else ""
            print(f"eval_news: {folder} is not a folder{hint}", file=sys.stderr)
            return 2
    try:
        articles = load_articles(args.gold, args.texts, args.split)
    except (OSError, ValueError, KeyError) as e:
        print(f"eval_news: cannot read the gold files: {e}", file=sys.stderr)
        return 2
    if not articles:
        print(f"eval_news: no gold files of split {args.split} in {args.gold}", file=sys.stderr)
        return 2

    from gazetteer import Gazetteer

    gz = Gazetteer.open(args.gazetteer, progress=not args.json)
    extract, name = load_extract()
    try:
        places: list[dict] | None = [] if args.places else None
        res = evaluate(articles, gz, extract, places)
    except ValueError as e:
        print(f"eval_news: {e}", file=sys.stderr)
        return 2
    res["split"], res["extractor"] = args.split, name
    if args.json:
        print(json.dumps(res, indent=1, ensure_ascii=False))
        return 0
    for row in places or ():
        print(json.dumps(row, ensure_ascii=False))
    report(res, args.verbose)
    print(summary(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
