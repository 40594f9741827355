"""Stage: arrivals whose start the article does not give ("Kim Jong Un has arrived in Beijing"), once legs are
final. An arrival says something only where no leg does: a place a leg already reaches (any traveller's: one trip
is often told under two names, and drawing both cost more than it found on the real-news dev split), and a country
or region that holds another stop, the traveller's ("arrived in Russia ... in Vladivostok") or one told under
another name ("Japan's foreign minister will hold talks in South Korea", "Takeshi Iwaya ... in the capital Seoul"),
are left to the legs. An arrival that has happened in a whole country or region ("241 people arrived in the UK") is a
count or a summary more often than a stop on this journey (6 of 7 on the real-news dev split): it is said in the
draft, not drawn, unless the journey goes on from there, or a traveller the text names "arrived", "landed" or
"touched down" there ("Bill Gates arrived in Kenya": 5 legs more matched over the 19 local sets, one more to a
non-stop); a planned visit to a country ("is to visit Gabon") is drawn. An arrival in a country or region that holds
the town the traveller's first leg starts from, where no leg comes in ("has begun a visit to Vanuatu ... in Port Vila,
before travelling ... to Honiara"), is drawn at that town (23 local sets: 5 legs more matched, none to a non-stop)."""

from __future__ import annotations

import re
from dataclasses import replace

from webmap.journey import Arrival

from .actors import UNKNOWN
from .document import Doc
from .legs import Stop, arrival_mode
from .refine import far_guessed, places_inside


def _stops(doc: Doc, who: str) -> set[str]:
    return {k for leg in doc.legs if leg.traveller == who for k in (leg.from_, leg.to, *leg.via)}


def _only_attended(doc: Doc, who: str, key: str) -> bool:
    """Whether the text puts ``who`` at ``key`` only by an event there, never by arriving, and each time in a
    sentence that sends them on elsewhere ("departed for Zambia, hours after an address in Paarl")."""
    told = [f for fs in doc.facts.values() for f in fs if f.traveller == who and f.place == key]
    return bool(told) and all(f.kind == "depart" or f.implied == "attend" and not f.planned and any(
        g.traveller == who and g.place not in (None, key) and not g.planned for g in doc.facts.get(f.sent, ()))
        for f in told)


def _one_town_in(doc: Doc, country: str) -> str | None:
    """The one town in ``country`` that the article names as a place ("left for Namibia ... The two ceremonies will be
    held concurrently in Windhoek today"), if it names exactly one."""
    towns = {k for k in places_inside(doc, country) if doc.places[k].kind == "city"}
    return towns.pop() if len(towns) == 1 else None


# "The senior Indonesian national team has arrived in Iraq", "Gates touched down in Kenya": a verb of arriving with a
# traveller the text names, not a count ("more than 12,600 arrived in Greece") nor someone unsaid
_LANDED = re.compile(r"(?:has\s+|have\s+|had\s+)?(?:arrived|arrives|landed|lands|touched\s+down|touches\s+down)"
                     r"\s+(?:in|at)$|visit\s+to$")
_COUNT = re.compile(r"\d|(?:(?:more|fewer|less)\s+than|about|some|nearly|almost|over|around|up\s+to)\b", re.IGNORECASE)


def _landed_in(doc: Doc, who: str, key: str) -> bool:
    """Whether the text says that ``who``, named and no count, arrived, landed or touched down at ``key``."""
    if who == UNKNOWN or _COUNT.match(who):
        return False
    return any(f.traveller == who and f.place == key and f.kind == "arrive" and _LANDED.match(f.cue)
               for fs in doc.facts.values() for f in fs)


def _start_inside(doc: Doc, who: str, area: str, reached: set[str]) -> str | None:
    """The place inside a country or region that ``who``'s first leg starts from, when no leg reaches it: "has begun
    a visit to Vanuatu and Solomon Islands ... talks ... in Port Vila, before travelling ... to Honiara" arrives in
    Port Vila."""
    first = next((leg for leg in doc.legs if leg.traveller == who), None)
    if first is None or first.from_ in reached or first.from_ == area or not doc.contains(area, first.from_):
        return None
    return first.from_


def kept(doc: Doc, drafts: list[tuple[Arrival, Stop]]) -> list[tuple[Arrival, Stop]]:
    out: list[tuple[Arrival, Stop]] = []
    reached = {leg.to for leg in doc.legs}
    leaves = {(leg.traveller, leg.from_) for leg in doc.legs}
    guessed = far_guessed(doc)
    # "Japan's foreign minister will hold talks in South Korea", then "Takeshi Iwaya will meet ... in the capital
    # Seoul": one trip told under two names, the country's town says where
    anyones = {k for leg in doc.legs for k in (leg.from_, leg.to) if k} | {b.to for b, _ in drafts}
    for a, st in drafts:
        if a.to in guessed:  # "arrived at Union Station" in Chicago is not Union, South Carolina (see refine)
            doc.note_unsure(f"Not drawn: {doc.places[a.to].name}, a small town far from every other place the "
                            f"article names; the article likely means a place the gazetteer lacks.",
                            *((a.quote.start, a.quote.end) if a.quote else ()))
            continue
        others = _stops(doc, a.traveller) | {b.to for b, _ in drafts if b.traveller == a.traveller}
        start = _start_inside(doc, a.traveller, a.to, reached)
        if start is not None and not any(b.to == start for b, _ in drafts):
            note = f"Where in {doc.places[a.to].name}: {doc.places[start].name}, where the journey the article " \
                   f"tells goes on from."
            a = replace(a, to=start, inferred=True, confidence=min(a.confidence, 0.6),
                        note=" ".join(n for n in (a.note, note) if n))
        elif a.to in reached or any(doc.contains(a.to, k) for k in others | anyones):
            continue
        if doc.world_region(a.to):  # "a tour of the Middle East": what the trip is about, not where it lands
            doc.note_unsure(f"Not drawn: {a.traveller} arriving in {doc.places[a.to].name}, a region of the world, "
                            f"not a stop.", *((a.quote.start, a.quote.end) if a.quote else ()))
            continue
        if doc.places[a.to].kind == "country" and not st.planned and (a.traveller, a.to) not in leaves \
                and (town := _one_town_in(doc, a.to)) is not None and town not in guessed:
            note = f"Where in {doc.places[a.to].name}: {doc.places[town].name}, the one town in it the article names."
            a = replace(a, to=town, inferred=True, confidence=min(a.confidence, 0.5),
                        note=" ".join(n for n in (a.note, note) if n))
            if a.to in reached or (a.traveller, a.to) in leaves or any(b.to == a.to for b, _ in drafts):
                continue  # another's arrival there already draws it
        if doc.places[a.to].kind in ("country", "region", "other") and not st.planned \
                and (a.traveller, a.to) not in leaves \
                and not _landed_in(doc, a.traveller, a.to):  # "via Singapore": a stop the journey goes on from
            doc.note_unsure(f"Not drawn: {a.traveller} arriving in {doc.places[a.to].name}, which is too large a "
                            f"place to stand for a stop without a start.", a.quote.start, a.quote.end)
            continue
        if not st.planned and (a.traveller, a.to) in leaves and _only_attended(doc, a.traveller, a.to):
            continue  # "departed on a working visit to Zambia, hours after an address at a commemoration in Paarl":
            # where the journey starts, not a stop reached from somewhere the text does not give
        if any((b.traveller, b.to) == (a.traveller, a.to) for b, _ in out):
            continue
        out.append((a, st))
    return out


def run(doc: Doc) -> None:
    doc.arrivals = []
    for a, st in kept(doc, doc.arrival_drafts):
        arrival_mode(doc, a, st)
        doc.arrivals.append(a)
