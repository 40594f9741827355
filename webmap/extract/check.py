"""Stage: check the draft and say what is unsure. A stop far from the rest of its journey (kept, flagged plainly),
a stop whose place was a guess between close readings, travel the text mentions that no leg draws, and dates
left out because no publication date was given: each becomes a line in ``journey.unsure`` with its words."""

from __future__ import annotations

import math
import re

from .actors import UNKNOWN
from .document import Doc, Fact

FAR_KM = 2500.0  # a stop this far from every other stop of a journey of three or more is checked again
FAR_RATIO = 3.0  # ... and further than this many times the journey's median leg
GUESS_CONFIDENCE = 0.5  # a stop read with less confidence than this is said to be a guess


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def km_apart(doc: Doc, a: str, b: str) -> float | None:
    """The distance between two places, None when either has no point."""
    pa, pb = doc.places[a], doc.places[b]
    if not (pa.located and pb.located):
        return None
    return km(pa.lat, pa.lon, pb.lat, pb.lon)  # type: ignore[arg-type]


def far_stops(doc: Doc) -> None:
    by_who: dict[str, list[str]] = {}
    for leg in doc.legs:
        keys = by_who.setdefault(leg.traveller, [])
        for k in (leg.from_, leg.to):
            if k not in keys:
                keys.append(k)
    for who, keys in by_who.items():
        pts = [(k, doc.places[k]) for k in keys if doc.places[k].located]
        if len(pts) < 3:
            continue
        legs = sorted(km(doc.places[g.from_].lat, doc.places[g.from_].lon, doc.places[g.to].lat,
                         doc.places[g.to].lon) for g in doc.legs if g.traveller == who
                      and doc.places[g.from_].located and doc.places[g.to].located)
        median = legs[len(legs) // 2] if legs else 0.0
        for k, p in pts:
            nearest = min(km(p.lat, p.lon, q.lat, q.lon) for j, q in pts if j != k)
            if nearest > FAR_KM and nearest > FAR_RATIO * median:
                leg = next(g for g in doc.legs if k in (g.from_, g.to) and g.traveller == who)
                doc.note_unsure(f"Far from the rest of {who}'s journey: {p.name} ({p.country or 'no country'}) is "
                                f"{nearest:,.0f} km from its nearest other stop; kept, check that the article means "
                                f"this place.", *_span(leg.quote))


def guessed_places(doc: Doc) -> None:
    stops = {k for leg in doc.legs for k in (leg.from_, leg.to, *leg.via)} | {e.place for e in doc.events}
    for m in doc.mentions:
        key = doc.key_for(m)
        if key not in stops:
            continue
        place = doc.places[key]
        close = [c for c in place.candidates if c.get("score") is not None and m.confidence
                 and float(c["score"]) >= 0.8 * m.confidence]
        if m.confidence < GUESS_CONFIDENCE or close:
            also = "; also possible: " + ", ".join(f"{c['name']} ({c.get('country', '')})" for c in close[:3]) \
                if close else ""
            doc.note_unsure(f"Guessed: “{m.surface}” read as {place.name} ({place.country or 'no country'}), "
                            f"confidence {m.confidence:.2f}{also}.", m.start, m.end)


def dropped_stops(doc: Doc) -> None:
    """Travel the text mentions at a place that no leg, arrival or event draws (a country is drawn by a stop in it: the
    refine stage puts "Poland" at Rzeszów)."""
    drawn = {k for leg in doc.legs for k in (leg.from_, leg.to, *leg.via)} | {e.place for e in doc.events} | {
        a.to for a in doc.arrivals}
    drawn |= {area for area, key in doc.memo.get("drawn-inside", {}).items() if key in drawn}  # Norfolk at King's Lynn
    countries = {doc.places[k].country for k in drawn if k in doc.places and doc.places[k].country}
    told: dict[str, Fact] = {}
    for facts in doc.facts.values():
        for a in facts:
            if a.place and a.mention is not None and a.place not in drawn and a.place not in told and not (
                    doc.places[a.place].kind == "country" and doc.places[a.place].country in countries):
                told[a.place] = a
    for key, a in told.items():
        who = a.traveller if a.traveller != UNKNOWN else "the traveller"
        doc.note_unsure(f"Not drawn: {doc.places[key].name}. The article tells of {who} travelling there but gives "
                        f"no other end for a leg, or no order.", a.mention.start, a.mention.end)


def undated(doc: Doc) -> None:
    if doc.pub is None and doc.undated:
        s, e = doc.undated[0]
        n = len(dict.fromkeys(doc.undated))
        doc.note_unsure(f"Dates left out: no publication date was given, so {n} date"
                        f"{'s' if n > 1 else ''} without a year or given as a weekday could not be read "
                        f"(give --published YYYY-MM-DD).", s, e)


def _span(quote: object) -> tuple[int, int] | tuple[()]:
    return (quote.start, quote.end) if quote is not None else ()


# words English prose is made of: a quarter to a third of the words of every English text in the news corpus (the
# least, a day-by-day itinerary, 6 %), none of a Spanish one
_ENGLISH = frozenset("the of and to in is was for on with by that from at as his her he she it will has have are were "
                     "be this which their they an".split())
ENGLISH_SHARE = 0.03
_WORD = re.compile(r"[A-Za-z]+")


def not_english(doc: Doc) -> None:
    """A text that does not read as English: the draft says why it may hold no travel, rather than nothing."""
    words = _WORD.findall(doc.text, 0, 20_000)
    if len(words) < 40:
        return
    share = sum(w.lower() in _ENGLISH for w in words) / len(words)
    if share < ENGLISH_SHARE:
        doc.note_unsure(f"This text does not read as English ({share:.0%} of its words are common English words, "
                        f"a quarter or more in English news): webmap reads English, so travel told in another "
                        f"language is not drawn.")


def run(doc: Doc) -> None:
    not_english(doc)
    far_stops(doc)
    guessed_places(doc)
    dropped_stops(doc)
    undated(doc)
