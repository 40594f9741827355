"""Score geoparse against a public geoparsing benchmark of news: GeoVirus, TR-News or LGL (issue 7).

    python bench/eval_geobench.py --xml PATH [--json] [-v] [--limit N] [--gazetteer PATH]

The corpora are other people's work and are NOT in the repository; fetch a copy and point ``--xml`` at it. The
format is detected from the file:

* GeoVirus (Gritta et al. 2018, "What's missing in geographical parsing?"): WikiNews articles about
  epidemics (146 with text in this file, 1,055 toponyms), every place name with character offsets and a
  point (Wikipedia's). Source: github.com/milangritta/Geocoding-with-Map-Vector, ``data/GeoVirus.xml``,
  commit 08360e6f07183c05e6e05fefeb87a5dde41299b0. The texts are WikiNews articles, CC BY 2.5 (WikiNews'
  licence; the repository states no licence of its own).
  ``<article><text>..</text><locations><location><name/><start/><end/><lat/><lon/>..``. The file has small
  faults: some offsets are one character off (at the start of a text), one ``<location>`` is nested in another,
  a few articles at the end are empty templates. The reader is lenient: it takes the name/start/end/lat/lon
  runs wherever they are, re-anchors a span on its name within 8 characters, and skips empty texts.
  In both corpora a span is looked for first where the previous span of the text was found (offsets that drift
  by a few characters along a text, as in a copy that lost an invisible character, still anchor), then where
  it is stated; a name found in neither place is dropped and counted, never guessed.
* TR-News (Kamalloo & Rafiei 2018; distributed with Gritta et al. 2019, "A pragmatic guide to geoparsing
  evaluation"): news articles, toponyms annotated with GeoNames entries -- demonyms ("Turkish") included,
  some without an entry (kept for recognition, left out of resolution). Source: github.com/milangritta/
  Pragmatic-Guide-to-Geoparsing-Evaluation, ``data/Corpora/TR-News.xml``, commit
  e512bb574b697bbdd3344416c3c3e2167cfc4b33 (the articles are the publishers'; for research use).
  ``<article docid=..><text><![CDATA[..]]></text><toponyms><toponym><phrase/><start/><end/>[<gaztag
  geonameid=..><name/><fclass/><fcode/><lat/><lon/></gaztag>]..``.

* LGL, the Local-Global Lexicon corpus (Lieberman, Samet & Sankaranarayanan 2010; distributed with Gritta et al.
  2019): local US newspapers' articles, in TR-News' format (read the same way, demonyms counted where annotated).
  Source: github.com/milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation, ``data/lgl.xml``, commit
  1a0d018be6dcea2f754b98b07af9485d47df8ab8 (588 articles; the articles are the publishers'; for research use). A
  part of it (whole articles only) is read as well as the whole file.

Figures, micro-averaged over the articles, as in the literature:
* recognition precision/recall/F1 on spans -- exact, and overlapping (one-to-one, exact pairs first). Demonyms
  count as toponyms only when the corpus annotates them (TR-News: yes; GeoVirus: no), on both sides;
* resolution, over gold toponyms that have a point and are recognised (overlapping span): the share placed
  within 161 km (accuracy@161), overall and for places that are not countries, and the mean and median error
  in km; also the share of ALL gold non-country toponyms recognised and placed within 161 km (the figure
  bench/eval_news.py gives). A gold toponym is a country when its GeoNames code is PCL* (TR-News) or, in
  GeoVirus (no codes), when its name is exactly a country's name in the gazetteer and the gold point is within
  1,500 km of that country's point ("Georgia" the US state is not);
* geotext's recognition in the same run as a peer (spans found for the names it returns).
"""

from __future__ import annotations

import argparse
import html
import json
import pathlib
import re
import statistics
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

KM = 161.0
COUNTRY_KM = 1500.0
ANCHOR = 8  # how far (characters) a gold span may be from its stated offsets
ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from eval_geoparse import geotext_spans, km, overlap_pairs, prf  # noqa: E402  (shared with that scorer)


@dataclass
class Gold:
    start: int
    end: int
    name: str
    lat: float | None = None
    lon: float | None = None
    country: bool | None = None  # None: decided later from the gazetteer (GeoVirus)

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass
class Pred:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    demonym: bool = False


@dataclass
class Doc:
    id: str
    text: str
    gold: list[Gold] = field(default_factory=list)


@dataclass
class Corpus:
    format: str  # "geovirus" | "trnews"
    docs: list[Doc]
    demonyms: bool  # does the corpus annotate demonyms as toponyms?
    dropped: list[str] = field(default_factory=list)  # gold spans that could not be anchored


# -- reading ------------------------------------------------------------------------------------------------

def _tag(block: str, name: str) -> str | None:
    m = re.search(rf"<{name}\b[^>]*>(.*?)</{name}>", block, re.S)
    return m.group(1) if m else None


def _float(s: str | None) -> float | None:
    try:
        return float(s) if s is not None and s.strip() else None
    except ValueError:
        return None


def _anchor(text: str, name: str, start: int, end: int) -> tuple[int, int] | None:
    """The gold span: as stated when the text has the name there, else the nearest occurrence of the name
    within ANCHOR characters of the stated start."""
    if text[start:end] == name:
        return start, end
    if start < 0:
        return None
    best = None
    for m in re.finditer(re.escape(name), text[max(0, start - ANCHOR):start + ANCHOR + len(name)]):
        s = max(0, start - ANCHOR) + m.start()
        if best is None or abs(s - start) < abs(best - start):
            best = s
    return (best, best + len(name)) if best is not None else None


def _text(raw: str) -> str:
    m = re.fullmatch(r"\s*<!\[CDATA\[(.*)\]\]>\s*", raw, re.S)
    return m.group(1) if m else html.unescape(raw)


def parse(xml: str) -> Corpus:
    """Either corpus, from its XML text (format detected: TR-News has <toponyms>, GeoVirus <locations>)."""
    trnews = "<toponym>" in xml or "<toponyms>" in xml
    corpus = Corpus("trnews" if trnews else "geovirus", [], demonyms=trnews)
    for i, m in enumerate(re.finditer(r"<article\b([^>]*)>(.*?)</article>", xml, re.S)):
        attrs, body = m.group(1), m.group(2)
        raw = _tag(body, "text")
        if raw is None:
            continue
        text = _text(raw)
        if not text.strip():
            continue
        docid = re.search(r'docid="([^"]*)"', attrs)
        doc = Doc(docid.group(1) if docid else str(i), text)
        if trnews:
            items = []
            for t in re.finditer(r"<toponym>(.*?)</toponym>", body, re.S):
                block = t.group(1)
                gaz = _tag(block, "gaztag")
                fcode = (_tag(gaz, "fcode") or "") if gaz is not None else ""
                items.append((html.unescape(_tag(block, "phrase") or ""), _tag(block, "start"), _tag(block, "end"),
                              _float(_tag(gaz, "lat")) if gaz else None, _float(_tag(gaz, "lon")) if gaz else None,
                              fcode.startswith("PCL") if gaz is not None else None))
        else:
            items = [(html.unescape(n), s, e, _float(la), _float(lo), None) for n, s, e, la, lo in re.findall(
                r"<name>([^<]*)</name>\s*<start>([^<]*)</start>\s*<end>([^<]*)</end>\s*<lat>([^<]*)</lat>\s*<lon>([^<]*)</lon>",
                body, re.S)]
        seen: set[tuple[int, int]] = set()
        drift = 0  # how far the last anchored span was from its stated offsets: a copy's text may differ
        for name, s, e, lat, lon, country in sorted(items, key=lambda it: int(it[1] or 0)):
            span = None
            if name and s and e:
                span = _anchor(text, name, int(s) + drift, int(e) + drift) or _anchor(text, name, int(s), int(e))
            if span is None:
                corpus.dropped.append(f"{doc.id}: {name!r} at {s}..{e}")
                continue
            drift = span[0] - int(s)
            if span in seen:
                continue
            seen.add(span)
            doc.gold.append(Gold(span[0], span[1], name, lat, lon, country))
        doc.gold.sort(key=lambda g: g.start)
        corpus.docs.append(doc)
    return corpus


# -- scoring ------------------------------------------------------------------------------------------------

@dataclass
class Tally:
    pred: int = 0
    gold: int = 0
    exact: int = 0
    overlap: int = 0
    located: int = 0  # recognised gold with a point, and a predicted point
    within: int = 0
    nc_located: int = 0
    nc_within: int = 0
    nc_gold: int = 0  # every gold non-country toponym with a point
    errors: list[float] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for k, v in vars(other).items():
            if k == "errors":
                self.errors.extend(v)
            else:
                setattr(self, k, getattr(self, k) + v)


def score_doc(doc: Doc, preds: list[Pred], *, demonyms: bool, log: list[dict] | None = None) -> Tally:
    """One article: recognition on spans, resolution on the recognised gold toponyms."""
    preds = sorted((p for p in preds if demonyms or not p.demonym), key=lambda p: (p.start, p.end))
    pspans = [(p.start, p.end) for p in preds]
    gspans = [(g.start, g.end) for g in doc.gold]
    t = Tally(pred=len(pspans), gold=len(gspans), exact=len(set(pspans) & set(gspans)))
    pairs = overlap_pairs(pspans, gspans)
    t.overlap = len(pairs)
    for gi, g in enumerate(doc.gold):
        if not g.located:
            continue
        t.nc_gold += not g.country
        pi = pairs.get(gi)
        if pi is None:
            if log is not None:
                log.append({"doc": doc.id, "class": "missed", "gold": g.name, "at": g.start,
                            "context": doc.text[max(0, g.start - 40):g.end + 40].replace("\n", " ")})
            continue
        p = preds[pi]
        if p.lat is None or p.lon is None:
            continue
        d = km(p.lat, p.lon, g.lat, g.lon)  # type: ignore[arg-type]
        t.located += 1
        t.within += d <= KM
        t.errors.append(d)
        if not g.country:
            t.nc_located += 1
            t.nc_within += d <= KM
        if log is not None and d > KM:
            log.append({"doc": doc.id, "class": "far", "gold": g.name, "got": p.name, "km": round(d),
                        "at": g.start, "gold_point": (g.lat, g.lon), "point": (p.lat, p.lon),
                        "country": bool(g.country)})
    if log is not None:
        matched = set(pairs.values())
        for pi, p in enumerate(preds):
            if pi not in matched:
                log.append({"doc": doc.id, "class": "spurious", "got": p.name, "surface": doc.text[p.start:p.end],
                            "at": p.start,
                            "context": doc.text[max(0, p.start - 40):p.end + 40].replace("\n", " ")})
    return t


def _share(ok: int, n: int) -> dict[str, Any]:
    return {"share": round(ok / n, 3) if n else None, "n": n}


def figures(t: Tally) -> dict[str, Any]:
    return {
        "recognition_exact": prf(t.exact, t.pred, t.gold),
        "recognition_overlap": prf(t.overlap, t.pred, t.gold),
        "counts": {"pred": t.pred, "gold": t.gold, "exact": t.exact, "overlap": t.overlap},
        "acc161": _share(t.within, t.located),
        "acc161_non_country": _share(t.nc_within, t.nc_located),
        "non_country_recognised_within_161km_of_all": _share(t.nc_within, t.nc_gold),
        "mean_error_km": round(statistics.fmean(t.errors)) if t.errors else None,
        "median_error_km": round(statistics.median(t.errors)) if t.errors else None,
    }


def recognition_only(docs: Iterable[Doc], spans: Callable[[str], list[tuple[int, int]] | None]) -> dict | None:
    """Recognition figures for a peer that gives spans only; None when the peer is not installed."""
    t = Tally()
    for doc in docs:
        got = spans(doc.text)
        if got is None:
            return None
        t.add(score_doc(doc, [Pred(s, e, "", None, None) for s, e in got], demonyms=True))
    return {"recognition_exact": prf(t.exact, t.pred, t.gold), "recognition_overlap": prf(t.overlap, t.pred, t.gold)}


# -- the run ------------------------------------------------------------------------------------------------

def gazetteer_country(gazetteer: Any) -> Callable[[Gold], bool]:
    """GeoVirus' country rule: the name is exactly a country's in the gazetteer, its point within 1,500 km."""
    def is_country(g: Gold) -> bool:
        for c in gazetteer.lookup(g.name):
            p = c.place
            if c.match == "exact" and p.kind == "country" and km(p.lat, p.lon, g.lat, g.lon) <= COUNTRY_KM:
                return True
        return False
    return is_country


def geoparse_preds(text: str, gazetteer: Any) -> list[Pred]:
    from gazetteer.geoparse import geoparse

    return [Pred(m.start, m.end, m.name, m.lat, m.lon, m.kind == "demonym") for m in geoparse(text, gazetteer)
            if getattr(m, "role", "place") == "place"]


def evaluate(corpus: Corpus, predict: Callable[[str], list[Pred]], *, is_country: Callable[[Gold], bool] | None = None,
             peer: Callable[[str], list[tuple[int, int]] | None] | None = geotext_spans,
             log: list[dict] | None = None) -> dict[str, Any]:
    total = Tally()
    for doc in corpus.docs:
        for g in doc.gold:
            if g.country is None and g.located:
                g.country = is_country(g) if is_country else False
        total.add(score_doc(doc, predict(doc.text), demonyms=corpus.demonyms, log=log))
    out = {"format": corpus.format, "articles": len(corpus.docs), "demonyms_counted": corpus.demonyms,
           "gold_dropped": len(corpus.dropped), **figures(total)}
    if peer is not None:
        out["geotext"] = recognition_only(corpus.docs, peer)
    return out


def _f(d: dict[str, float]) -> str:
    return f"P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}"


def _s(d: dict[str, Any]) -> str:
    return f"{d['share']:.3f} (n={d['n']})" if d["share"] is not None else "n/a"


def report(res: dict[str, Any]) -> None:
    gt = res.get("geotext")
    rows = [
        ("corpus", f"{res['format']}: {res['articles']} articles, {res['counts']['gold']} gold toponyms"
                   + (", demonyms counted" if res["demonyms_counted"] else "")
                   + (f", {res['gold_dropped']} gold spans not found in the text" if res["gold_dropped"] else "")),
        ("recognition, exact span", _f(res["recognition_exact"])),
        ("recognition, overlapping span", _f(res["recognition_overlap"])),
        ("geotext recognition, exact (peer)", _f(gt["recognition_exact"]) if gt else "geotext not installed"),
        ("geotext recognition, overlapping", _f(gt["recognition_overlap"]) if gt else "-"),
        ("accuracy@161 km (recognised)", _s(res["acc161"])),
        ("accuracy@161 km, non-country", _s(res["acc161_non_country"])),
        ("non-country recognised & within 161 km / all", _s(res["non_country_recognised_within_161km_of_all"])),
        ("error km: mean / median", f"{res['mean_error_km']} / {res['median_error_km']}"),
    ]
    w = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{w}}  {v}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--xml", type=pathlib.Path, required=True, help="GeoVirus.xml, TR-News.xml or lgl.xml")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the errors: missed, spurious, far")
    ap.add_argument("--limit", type=int, help="score the first N articles only")
    ap.add_argument("--gazetteer", type=pathlib.Path, help="gazetteer database (default: the user's)")
    args = ap.parse_args(argv)
    try:
        corpus = parse(args.xml.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        print(f"eval_geobench: cannot read {args.xml}: {e}", file=sys.stderr)
        return 2
    if not corpus.docs:
        print(f"eval_geobench: no articles with text in {args.xml}", file=sys.stderr)
        return 2
    if args.limit:
        corpus.docs = corpus.docs[:args.limit]

    from gazetteer import Gazetteer

    gz = Gazetteer.open(args.gazetteer, progress=not args.json)
    log: list[dict] | None = [] if args.verbose else None
    res = evaluate(corpus, lambda text: geoparse_preds(text, gz), is_country=gazetteer_country(gz), log=log)
    if args.json:
        print(json.dumps(res | ({"errors": log} if log is not None else {}), indent=1, ensure_ascii=False))
        return 0
    if log:
        for row in log:
            print(json.dumps(row, ensure_ascii=False))
    report(res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
