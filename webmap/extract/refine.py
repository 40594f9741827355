"""Stage: refine the legs once every traveller's journey is drawn, using what the whole text says about it.

* A leg end that is a country or a first-level region, where the text puts the same traveller at one place inside
  it ("will pay state visits to Ecuador, Peru ... attend the meeting in the Peruvian capital Lima"), goes to that
  place; else where the traveller's next leg starts inside it ("touched down in South Africa", then "left
  Johannesburg's Tambo airport"); else the one place inside it the story names, when a leg reaches it. The leg
  says so in its note.
* A world region ("Latin America", "West Africa") is what a journey is about: a leg does not start or end in one
  when the traveller's journey has a concrete stop.
* A leg that sums up a journey the other legs tell stop by stop ("from Reykjavik to Hiroshima" beside Reykjavik ->
  Tokyo -> Hiroshima) is that journey, not one more leg.
* A leg end read only as a small town far from everything else the story names is not drawn (said in the draft).
* A flight from a city to the airport that serves it is the arrival told twice, not a leg; nor is a leg between a
  country or first-level region and a place in it.
* A leg told twice (after the changes above, or by a traveller the text does not name beside one it does) is one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from gazetteer.geoparse import FAR_TOWN_CONFIDENCE
from webmap.journey import Leg

from .actors import UNKNOWN, traveller_at
from .check import km_apart
from .document import Doc
from .legs import ONE_TOWN_KM, one_point, own_airport, site_gone_to, told_once
from .tense import WISH_RE
from .travel import EITHER_OR, PARALLEL_FROM, PARALLEL_TO

NEAR_SENTENCES = 2  # how far from a leg's own sentences the text may put its traveller inside a country
# the words before a place that put the subject of the clause at it, or moving through it
_AT_RE = re.compile(r"(?:(?<!according\s)(?<!home\s)\b(?:in|at|to|from|into|via|through|reach\w*|enter\w*|visit\w*|"
                    r"land\w*\s+in)\s+(?:the\s+)?(?:[\w.’'-]+,?\s+(?:and\s+)?){0,3}|(?:’s|'s)\s+)$", re.IGNORECASE)


# a post named after a place, not where anyone is: "According to Saudi Ambassador to New Delhi, Saleh Al-Ghamdi"
_POST_TO = re.compile(r"\b(?:ambassadors?|envoys?|emissar(?:y|ies)|high\s+commissioners?|consuls?(?:[\s-]+general)?)\s+"
                      r"(?:to|in|at)\s+(?:the\s+)?$|"
                      # ...nor where news comes from: "as reports from Washington indicate the US is preparing"
                      r"\b(?:reports?|news|word|dispatch(?:es)?|sources?|signals?)\s+(?:coming\s+)?(?:out\s+)?from\s+"
                      r"(?:the\s+)?$", re.IGNORECASE)


def _kind(doc: Doc, key: str | None) -> str:
    """The kind of a leg end; "" for an end that is no place of the story (a start the text does not give)."""
    p = doc.places.get(key) if key else None
    return p.kind if p is not None else ""


def is_area(doc: Doc, key: str) -> bool:
    """A country or a first-level region: an end a journey can name before the text says where in it."""
    if not _kind(doc, key):
        return False
    p = doc.places[key]
    return p.kind == "country" or (p.kind == "region" and bool(p.country) and bool(doc.admin1(key)))


def _leg_sents(doc: Doc, leg: Leg) -> list[int]:
    return sorted({doc.sent_of(q.start) for q in [leg.quote, *leg.more_quotes] if q is not None})


def _said_at(doc: Doc, who: str, area: str, sents: list[int]) -> list[str]:
    """Places inside ``area`` where the sentences near ``sents`` put ``who``: the clause holding the name is about
    that traveller, and the words before it put the subject there ("in", "to", "from Poland's")."""
    near = {i for s in sents for i in range(s - NEAR_SENTENCES, s + NEAR_SENTENCES + 1)}
    # "either to San Diego or Long Beach": a place the stages set aside is no place the text puts the traveller
    dropped = {a.mention.start for a in doc.dropped if a.mention is not None} | doc.memo.get(EITHER_OR, set())
    out: list[str] = []
    for i in sorted(near):
        for m in doc.by_sent.get(i, ()):
            if m.role != "place" or m.kind in ("country", "demonym") or m.start in dropped or not _AT_RE.search(
                    doc.text, max(0, m.start - 60), m.start) or _POST_TO.search(
                    doc.text, max(0, m.start - 40), m.start):
                continue
            key = doc.key_for(m)
            if key in out or not doc.holds(area, key):
                continue
            c0 = doc.clause_of(i, m.start)[0]
            if WISH_RE.search(doc.text, c0, m.start):  # "I want to go to Ankara": not where the traveller is
                continue
            if traveller_at(doc, i, m.start, who) == who:
                out.append(key)
    return out


# "entered Turkey via the Kapıkule border crossing in the province of Edirne", "to enter Syria via Turkey's
# Cilvegözü crossing in Reyhanlı, a town in the Hatay province": the place named for the crossing
_ENTERED_VIA = re.compile(r"\benter(?:ed|s|ing)?\s+(?:the\s+)?(?P<into>[^.;]{1,40}?)\s+(?:via|through|at)\s+"
                          r"(?:the\s+)?(?:[^.;]{1,30}?(?:’s|'s)\s+)?(?:[^.;]{0,80}?\b(?:in|near)\s+(?:the\s+)?"
                          r"(?:(?:province|town|city|region|district)\s+of\s+)?)?$", re.IGNORECASE)


def crossings(doc: Doc) -> list[tuple[list[str], str]]:
    """(the places entered, the crossing) for each "entered X via P" the text tells; P is the first place named
    after its "via"."""
    places = sorted((m for m in doc.mentions if m.role == "place" and m.kind not in ("country", "demonym")),
                    key=lambda m: m.start)
    starts = [m.start for m in places]
    out = []
    for enter in re.finditer(r"\benter(?:ed|s|ing)?\b", doc.text, re.IGNORECASE):
        k = bisect.bisect_right(starts, enter.end())
        while k < len(places) and places[k].start <= enter.start() + 200:
            via = _ENTERED_VIA.match(doc.text, enter.start(), places[k].start)
            if via:
                into = [doc.key_for(n) for n in doc.mentions if via.start("into") <= n.start < via.end("into")]
                out.append((into, doc.key_for(places[k])))
                break
            k += 1
    return out


def crossing_points(doc: Doc, area: str, told: list[tuple[list[str], str]]) -> tuple[str | None, str | None]:
    """Where a traveller crossed into ``area`` and where out of it, when the text names the crossing ("entered
    Turkey via the Kapıkule border crossing"): (entry, exit) place keys inside it, each when there is one."""
    entry = [key for into, key in told if area in into and doc.holds(area, key)]
    leave = [key for into, key in told if area not in into and doc.holds(area, key)]
    one = lambda keys: keys[0] if len(set(keys)) == 1 else None  # noqa: E731
    return one(entry), one(leave)


def _inside_place(doc: Doc, who: str, area: str, legs: list[Leg], visited: list[str]) -> str | None:
    """The one place inside ``area`` the text puts ``who`` at: among the places of the traveller's own travel
    facts (``visited``), else in the sentences around the legs that end there; None when there is none, or more
    than one."""
    told = [k for k in visited if doc.holds(area, k)]
    if len(told) == 1:
        return told[0]
    if told:
        return None
    said = _said_at(doc, who, area, sorted({i for leg in legs for i in _leg_sents(doc, leg)}))
    return said[0] if len(said) == 1 else None


def _first_said(doc: Doc, who: str, area: str, leg: Leg) -> str | None:
    """Where a leg into ``area`` lands when the text puts ``who`` at several places inside it: the first that the
    leg's own sentences name ("flew into New Zealand last night for concerts in Auckland tonight and Wellington on
    Tuesday")."""
    sents = _leg_sents(doc, leg)
    own = {doc.key_for(m) for i in sents for m in doc.by_sent.get(i, ())}
    return next((k for k in _said_at(doc, who, area, sents) if k in own), None)


def _next_inside(doc: Doc, area: str, leg: Leg, legs: list[Leg]) -> str | None:
    """Where the traveller's journey goes on inside ``area``: a leg ending in the country is followed by one that
    starts in a place inside it ("touched down in South Africa" then "left Johannesburg's Tambo airport"), a leg
    starting in it follows one that ended at a place inside it."""
    k = legs.index(leg)
    if leg.to == area and k + 1 < len(legs) and legs[k + 1].from_ and legs[k + 1].from_ != area \
            and doc.holds(area, legs[k + 1].from_):
        return legs[k + 1].from_
    if leg.to == area and k + 1 < len(legs) and legs[k + 1].from_ == area and doc.holds(area, legs[k + 1].to):
        return legs[k + 1].to  # "after his trip to Australia ... visit to New Zealand ... arrived in Wellington"
    if leg.from_ == area and k > 0 and legs[k - 1].to != area and doc.holds(area, legs[k - 1].to):
        return legs[k - 1].to
    return None


def places_inside(doc: Doc, area: str) -> set[str]:
    """The places inside ``area`` that the story names as places ("Mersin" in "Mersin province": a region that
    holds, or shares its name with, a named town is that town's, and is left out)."""
    named = {k for m in doc.mentions if m.role == "place" and (k := doc.key_for(m)) != area and doc.holds(area, k)}
    return {k for k in named if not (doc.places[k].kind == "region" and any(
        o != k and (doc.holds(k, o) or doc.places[o].name == doc.places[k].name) for o in named))}


def _journey_inside(doc: Doc, area: str) -> str | None:
    """The one place inside ``area`` that the story names, when a leg starts or ends there or the text tells travel
    at it: the evacuation "from Lebanon" is the one from Beirut, where the other ships left. Not when the text names
    two ("ferried from Libya" in a story of ships from Benghazi and from Tripoli)."""
    named = places_inside(doc, area)
    if len(named) != 1:
        return None
    (place,) = named
    told = any(place in (leg.from_, leg.to) for leg in doc.legs) or any(
        f.place == place for facts in doc.facts.values() for f in facts)  # "will have programmes at Expo 2020 Dubai"
    return place if told else None


def _one_town(doc: Doc, area: str, place: str) -> bool:
    """Every place inside ``area`` that the story names lies within a town's reach of ``place``."""
    return all((d := km_apart(doc, place, k)) is not None and d <= ONE_TOWN_KM for k in places_inside(doc, area))


def to_places_inside(doc: Doc) -> None:
    """Class: a country where the text names the city. Each traveller's country (or region) ends become the one
    place inside them where the text puts that traveller; else where its journey goes on inside the country;
    else the one place inside it that the story's legs reach."""
    by_who: dict[str, list[Leg]] = {}
    for leg in doc.legs:
        by_who.setdefault(leg.traveller, []).append(leg)
    visited: dict[str, dict[str, None]] = {}  # each traveller's places in its travel facts, in text order
    for i in sorted(doc.facts):
        for f in doc.facts[i]:
            if f.place:
                visited.setdefault(f.traveller, {})[f.place] = None
    told: list[tuple[list[str], str]] | None = None
    guessed = far_guessed(doc)  # "Arriving in Trafalgar Square" is no Trafalgar in Victoria for "Australia"
    for who, legs in by_who.items():
        areas = dict.fromkeys(k for leg in legs for k in (leg.from_, leg.to) if is_area(doc, k))
        for area in areas:
            ending = [leg for leg in legs if area in (leg.from_, leg.to)]
            place = _inside_place(doc, who, area, ending, list(visited.get(who, ())))
            place = None if place in guessed else place
            if place is None:
                for leg in ending:
                    step = _next_inside(doc, area, leg, legs)
                    if step is not None and step not in guessed:
                        _place_end(doc, leg, area, step, f"where {who if who != UNKNOWN else 'the traveller'}'s "
                                                         f"journey goes on")
                ending = [leg for leg in ending if area in (leg.from_, leg.to)]
                place = _journey_inside(doc, area) if ending else None
                place = None if place in guessed else place
            if place is None:
                if ending:
                    told = crossings(doc) if told is None else told
                    _crossed(doc, area, ending, told)
                for leg in ending:
                    first = _first_said(doc, who, area, leg) if leg.to == area else None
                    if first is not None and first not in guessed and first != leg.from_:
                        _place_end(doc, leg, area, first, f"the first place in it where the article puts "
                                                          f"{who if who != UNKNOWN else 'the traveller'}")
                        k = legs.index(leg)
                        if k + 1 < len(legs) and legs[k + 1].from_ == area and legs[k + 1].to != first \
                                and _one_town(doc, area, first):
                            # "on an official visit to Myanmar ... at the Martyrs’ Mausoleum in Yangon", then
                            # "returned to Seoul": the visit is left from where it was, when it was in one town
                            _place_end(doc, legs[k + 1], area, first, "where the visit before it was")
                continue
            whom = who if who != UNKNOWN else "the traveller"
            for leg in ending:
                _place_end(doc, leg, area, place, f"where the article puts {whom}")
    doc.legs = [leg for leg in doc.legs if leg.from_ != leg.to]


def countries_told_ahead(doc: Doc) -> None:
    """Class: a country the lead names as where the trip goes ("all set to leave for New Zealand"), told before the
    route the body gives to it ("flown to Auckland in New Zealand" by way of Dubai and Sydney): the route reaches a
    place inside the country within two legs, after a stop outside it, so the country is no stop between the start
    and that route. Its two legs become one, from the start to where the route goes next. (A tour that comes back to
    the country at its end, Kenya ... Rome -> Nairobi, is not this; nor a list of countries visited, "Angola and
    Namibia on Friday ... and to Gaborone": the country is where a departure was bound, "left for".)"""
    keep: list[Leg] = []
    legs = doc.legs
    k = 0
    while k < len(legs):
        leg = legs[k]
        nxt = legs[k + 1] if k + 1 < len(legs) else None
        if nxt is not None and _kind(doc, leg.to) == "country" and nxt.traveller == leg.traveller \
                and nxt.from_ == leg.to and not doc.contains(leg.to, nxt.to) and any(
                    g.traveller == leg.traveller and doc.contains(leg.to, g.to) for g in legs[k + 2:k + 4]) and any(
                    f.place == leg.to and f.traveller == leg.traveller and f.cue == "for"
                    for fs in doc.facts.values() for f in fs):
            keep.append(replace(nxt, from_=leg.from_, depart=leg.depart or nxt.depart,
                                via=[*leg.via, *(v for v in nxt.via if v not in leg.via)]))
            _note(keep[-1], f"{doc.places[leg.to].name} is where the trip was bound; the article gives the way there.")
            k += 2
            continue
        keep.append(leg)
        k += 1
    doc.legs = keep


def _place_end(doc: Doc, leg: Leg, area: str, place: str, why: str) -> None:
    if leg.from_ == area and leg.to == place:
        return  # "commandeered during a flight from southern Russia to Moscow": the leg leaves Russia, not Moscow
    leg.from_ = place if leg.from_ == area else leg.from_
    leg.to = place if leg.to == area else leg.to
    _note(leg, f"Where in {doc.places[area].name}: {doc.places[place].name}, {why}.")


def _crossed(doc: Doc, area: str, legs: list[Leg], told: list[tuple[list[str], str]]) -> None:
    """A leg into a country ends where the text says the traveller crossed into it; a leg out of it starts where
    the text says the traveller crossed out of it."""
    entry, leave = crossing_points(doc, area, told)
    name = doc.places[area].name
    for leg in legs:
        if leg.to == area and entry and entry != leg.from_:
            leg.to = entry
            _note(leg, f"Where it entered {name}: {doc.places[entry].name}, the crossing the article names.")
        elif leg.from_ == area and leave and leave != leg.to:
            leg.from_ = leave
            _note(leg, f"Where it left {name}: {doc.places[leave].name}, the crossing the article names.")


def _note(leg: Leg, note: str) -> None:
    leg.inferred = True
    leg.confidence = min(leg.confidence or 0.85, 0.75)
    leg.note = " ".join(x for x in (leg.note, note) if x)


def no_world_regions(doc: Doc) -> None:
    """Class: a world region as a leg end, when the traveller's journey has a concrete stop, or on the way."""
    concrete = {leg.traveller for leg in doc.legs
                if not (doc.world_region(leg.from_) and doc.world_region(leg.to))}
    keep = []
    for leg in doc.legs:
        ends = [k for k in (leg.from_, leg.to) if doc.world_region(k)]
        # ...and always between two of them: "migrants making the perilous journey from North Africa to Europe"
        # says what a route is, not where anyone went (no leg of the 796 real articles' gold runs so)
        if ends and (leg.traveller in concrete or len(ends) == 2):
            for k in ends:
                doc.note_unsure(f"Not a stop: {doc.places[k].name} is a region the story is about; no leg is drawn "
                                f"to or from it.", *((leg.quote.start, leg.quote.end) if leg.quote else ()))
            continue
        for k in [v for v in leg.via if doc.world_region(v)]:
            leg.via.remove(k)  # "as the US swept up through the Pacific": an ocean is no stop on the way either
            doc.note_unsure(f"Not a stop: {doc.places[k].name} is a region the story is about; no leg is drawn "
                            f"through it.", *((leg.quote.start, leg.quote.end) if leg.quote else ()))
        keep.append(leg)
    doc.legs = keep


def no_summaries(doc: Doc) -> None:
    """Class: a leg that sums up a journey the other legs of its traveller tell stop by stop (they lead from its
    start to its end). Run before and after the country ends are placed: England -> Turkey -> Syria tells
    England -> Syria even once Turkey is two crossings."""
    keep = []
    for leg in doc.legs:
        others = [g for g in doc.legs if g is not leg and g.traveller == leg.traveller]
        if _path(others, leg.from_, leg.to):
            continue
        keep.append(leg)
    doc.legs = keep


def vaguer_retellings(doc: Doc) -> None:
    """Class: one leg told twice, once from a place and once from a country ("a flight from Suceava ... landed at
    Delhi", "evacuees from Ukraine ... landed at Delhi"): the leg from the place, where a journey starts, stands
    for both."""
    keep = []
    reached = {(g.traveller, g.to) for g in doc.legs}
    for leg in doc.legs:
        if _kind(doc, leg.from_) == "country" and any(
                g is not leg and g.traveller == leg.traveller and g.to == leg.to
                and _kind(doc, g.from_) not in ("country", "") and not doc.world_region(g.from_)
                and (g.traveller, g.from_) not in reached for g in doc.legs):
            continue
        keep.append(leg)
    doc.legs = keep


# "Initially, the plane reported it was flying to Beijing but suddenly changed its flight number", "Charles
# originally planned to visit France first, but protests led both governments to postpone that part", "was originally
# scheduled to disembark in Shanghai on Saturday before coronavirus ... forced itinerary changes": given up
_GIVEN_UP = re.compile(r"\b(?:initially|originally|at\s+first)\b[^.;]{0,120}?\b(?:but|before|until)\b"
                       r"(?=[^.;]{0,90}?\b(?:chang\w+|"
                       r"divert\w+|re-?rout\w+|switch\w+|turned\s+(?:back|around)|instead|postpon\w+|cancel\w*|"
                       r"scrap\w*|call(?:ed)?\s+off|shelv\w+)\b)", re.IGNORECASE)
# ... and a destination never reached because of what befell the journey on the way: "Viking Sky lost power en route
# from Tromso to Stavanger" (it was towed to Molde), "was en route to Lagos when it crashed"
_MISHAP = (r"(?:lost\s+(?:power|contact|its\s+engines?)|broke\s+down|ran\s+aground|capsized|sank|caught\s+fire|"
           r"(?:was|were|being)\s+(?:hijacked|seized|commandeered)|crashed|went\s+missing|disappeared|came\s+down\s+in|"
           r"(?:hijacked|seized|commandeered)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:plane|airplane|jet|airliner|"
           r"aircraft|flight|ship|ferry|bus)|"  # "Two men who hijacked an Air Malta airplane en route from Malta to"
           r"ditched|plunged\s+into|(?:an\s+)?explosion\s+(?:occurred|ripped|tore|hit)|(?:a\s+)?fire\s+broke\s+out|"
           r"(?:was|were)\s+forced\s+to\s+(?:land|return|turn\s+back))")
_EN_ROUTE = r"\b(?:en\s*route|on\s+(?:its|their|his|her|the)\s+way)\s+(?:from\s+[^.;]{1,60}?\s+)?to\s+"
# (the words between a mishap and where the journey was bound may hold abbreviations: "was hijacked ... about 20
# minutes after the jet took off at 9:05 p.m. (2:05 p.m. EST) from Athens, Greece, on its way to Cairo")
_NOT_REACHED = re.compile(rf"\b{_MISHAP}\b[^;]{{0,120}}?{_EN_ROUTE}(?:(?!\s[a-z]+ed\b)[^.;,]){{1,40}}|"
                          rf"{_EN_ROUTE}[^.;]{{1,60}}?\s+when\s+[^.;]{{0,40}}?\b{_MISHAP}\b|"
                          # "was seized shortly after takeoff yesterday, while on a domestic flight from ... Kabul, to
                          # the northern city of Mazar-e-Sharif", "was commandeered eight days ago on a flight from
                          # Bangkok to Kuwait", "was hijacked shortly after departure from Frankfurt, Germany, on a
                          # flight to Addis Ababa"
                          rf"\b{_MISHAP}\b[^.;]{{0,60}}?\b(?:while\s+)?(?:on|during)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){{0,2}}?"
                          r"flight\s+(?:from\s+[^.;]{1,60}?\s+)?to\s+[^.;,]{1,60}?(?=\s+(?:and|but|when|where)\b|[,.;]|$)|"
                          # "A Zambian Air Force plane flying 25 players ... to Senegal for a World Cup match on Sunday
                          # came down in the sea"
                          rf"\b(?:flying|carrying|taking)\s+[^.;]{{0,60}}?\bto\s+[^.;]{{1,80}}?\b{_MISHAP}|"
                          # "was forced to abort its maiden flight from Germany to Japan": a trip called off on the way
                          r"\b(?:abort(?:ed|s|ing)?|abandon(?:ed|s|ing)?|call(?:ed|s|ing)?\s+off|cut\s+short)\s+"
                          r"(?:its|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:flight|voyage|journey|trip|crossing|attempt|"
                          r"walk|ride|drive|row|swim)\s+(?:from\s+[^.;]{1,60}?\s+)?to\s+[^.;,]{1,60}?(?=\s+(?:and|but|when|"
                          r"where|on|in|after|following|because)\b|[,.;]|$)|"
                          # "They were apparently headed for Perth, but instead were intercepted"
                          r"\b(?:headed|heading|bound|making\s+(?:for|their\s+way\s+to))\s+(?:for|to)?\s*[^.;]{1,60}?,?"
                          r"\s+but\s+(?:(?:were|was)\s+)?(?:instead|intercepted|turned\s+back|stopped|detained|"
                          r"rescued|diverted)\b|"
                          # "A Qantas Airbus flying from Singapore to Perth has made an emergency landing in Western
                          # Australia", "The flight had been due to land in Perth at 2.10pm"
                          r"\bflying\s+from\s+[^.;]{1,40}?\s+to\s+[^.;,]{1,40}?\s+(?:has|had|was|were)\s+"
                          r"(?:made\s+an\s+emergency\s+landing|(?:been\s+)?diverted|(?:been\s+)?forced\s+to)\b|"
                          r"\bhad\s+been\s+(?:due|scheduled|expected)\s+to\s+(?:land|arrive|dock)\s+(?:in|at)\s+"
                          r"[^.;,]{1,40}|"
                          # "the Boeing 737 that had been bound for Istanbul, Turkey"
                          r"\bhad\s+been\s+(?:bound|headed|heading)\s+(?:for|to)\s+[^.;]{1,40}|"
                          # "took off from Addis Ababa on an overnight flight to Milan and then Rome, but ... it had
                          # been hijacked", "hijacked a plane bound for Italy on Monday and diverted it to Geneva"
                          # "The ... plane, which was heading from Sabha in southern Libya to the capital Tripoli, was
                          # re-directed"
                          # "American Flight 2408 from Phoenix to Minneapolis was diverted to Denver", "their Delta
                          # Air Lines flight from Edinburgh to Boston was forced to divert and make an emergency
                          # landing"
                          r"\b(?:on\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?flight|flight(?:\s+[A-Z]{0,3}\s?\d{1,4})?|"
                          r"flying|headed|heading|bound)\s+"
                          r"(?:from\s+[^.;]{1,60}?\s+)?(?:to|for)\s+"
                          r"(?![^.;]{0,80}?\b(?:attempt\w*|tried|trying)\s+to\b)"  # an attempt: the next alternative's
                          r"[^.;]{1,60}?,?\s+(?:but|and|(?:was|were|had\s+been|"
                          r"has\s+been)(?=\s+(?:hijack|divert|re-?rout|re-?direct|forced\s+to)))\s+[^.;]{0,120}?\b"
                          r"(?:hijack\w*|"
                          r"divert\w*|re-?rout\w*|re-?direct\w*|forced\s+to\s+land)\b|"
                          # "A passenger on a Ukrainian flight to Turkey Friday attempted to hijack a plane and divert
                          # it to Sochi": a diversion tried, not made
                          r"\b(?:attempt(?:ed|s|ing)?|tried|trying|sought|threatened)\s+to\s+(?:[\w-]+\s+){0,5}?"
                          r"(?:divert|redirect|re-?route)\s+"
                          r"(?:it|(?:the\s+)?(?:[\w-]+\s+)?(?:plane|flight|aircraft|jet|ship))\s+to\s+[^.;,]{1,40}|"
                          # "the Ethiopian Airlines flight en route to Rome which was hijacked and forced to land in"
                          rf"{_EN_ROUTE}[^.;,]{{1,40}}?\s+(?:which|that)\s+(?:was|were)\s+(?:\w+\s+)?"
                          r"(?:hijack\w*|divert\w*|re-?rout\w*|forced\s+to\s+land)\b",
                          re.IGNORECASE)


def vaguer_ends(doc: Doc) -> None:
    """Class: one leg told twice from the same place, once into an area and once into a place in it, by two names
    for who travels ("A plane ... has landed in Hawaii ... from Japan", "Pilot Andre Borschberg and his solar
    aircraft arrived at Kalaeloa ... after taking off from Nagoya"): the leg into the place stands for both."""
    keep = []
    for leg in doc.legs:
        told = next((g for g in doc.legs if g is not leg and g.from_ == leg.from_ and is_area(doc, leg.to)
                     and doc.holds(leg.to, g.to)), None)
        if told is None:
            keep.append(leg)
            continue
        for q in [leg.quote, *leg.more_quotes]:
            if q is not None:
                doc.add_quote(told, q)
    doc.legs = keep


def not_within_an_area(doc: Doc) -> None:
    """Class: a leg between a country or first-level region and a place in it ("Victoria -> British Columbia",
    "Papua New Guinea -> Port Moresby"): the same stop named twice, not travel."""
    doc.legs = [leg for leg in doc.legs if not (leg.from_ and (doc.holds(leg.to, leg.from_)
                                                             or doc.holds(leg.from_, leg.to)))]


def not_one_point_twice(doc: Doc) -> None:
    """Class: a leg between two names of one point ("landed at Aden's International Airport", placed at Aden, "...
    Griffiths arrived in Aden", the city and the governorate of that name): one stop told twice, not travel (the
    legs stage joins such stops where they follow each other; this catches the rest)."""
    legs = doc.legs
    doc.legs = [leg for k, leg in enumerate(legs) if not (leg.from_ and one_point(doc, leg.from_, leg.to))
                or _on_to_a_site(doc, legs, k)]


def _on_to_a_site(doc: Doc, legs: list[Leg], k: int) -> bool:
    """A leg from a town to a site in it that the text goes to apart (``site_gone_to``), and not straight back."""
    leg = legs[k]
    if k + 1 < len(legs) and legs[k + 1].from_ == leg.to and legs[k + 1].to == leg.from_:
        return False
    told = {doc.sent_of(q.start) for q in (leg.quote, *leg.more_quotes) if q is not None
            and any(q.start <= m.start < q.end and doc.key_for(m) == leg.to for m in doc.mentions if m.role == "place")}
    return site_gone_to(doc, leg.from_, leg.to, sorted(told))


def not_to_its_own_airport(doc: Doc) -> None:
    """Class: a flight from a city to the airport that serves it ("arrived in Helsinki ... Air Force One landed at
    Helsinki Vantaa Airport"): one arrival told twice, not a leg."""
    keep = []
    for leg in doc.legs:
        if leg.from_ and own_airport(doc, leg.from_, leg.to) and leg.mode in ("flight", "unknown"):
            continue
        keep.append(leg)
    doc.legs = keep


# "The MV Princess of the Stars went down several kilometres off the coast of Sibuyan Island ... The ship, en route
# from the capital Manila to the central island of Cebu, issued a distress signal": a journey the story says was lost
# on the way did not reach where it was bound, whichever sentence says so
_LOST = re.compile(r"\b(?:sank|went\s+down\s+(?!to\b)|capsized|crashed|ran\s+aground|(?:was|were)\s+hijacked)",
                   re.IGNORECASE)
_BOUND_FOR = re.compile(rf"{_EN_ROUTE}[^.;,]{{1,40}}", re.IGNORECASE)


# ... and a trip under way when the story happened, which it does not say ended there: "The ship was en route from
# Vancouver, B.C., to the United Arab Emirates" (it drifted toward Atka Island), "Nkrumah was in Peking (today's
# Beijing) en route to the Vietnamese capital, Hanoi" (a coup sent him to Conakry)
_UNDER_WAY = re.compile(r"\b(?:was|were)\s+(?:in\s+[^.;:!?]{1,50}?\s+)?"
                        r"(?P<way>(?:en\s*route|on\s+(?:its|their|his|her)\s+way)\s+(?:from\s+[^;]{1,60}?\s+)?to\s+"
                        r"[^.;]{1,60})", re.IGNORECASE)  # (a place before "en route" is where the trip was)


# "But Ghana refused the ship right to land", "Malta turned away the boat": not "France denied the reports"
_REFUSED = re.compile(r"\s+(?:had\s+|has\s+)?(?:refused|denied|turned\s+away|barred)\s+(?:the\s+)?(?:ship|boat|vessel|"
                      r"plane|aircraft|flight|convoy|them|entry|permission|landing|docking|right)\b")


def given_up(doc: Doc) -> None:
    """Class: a destination the text says was given up ("initially ... flying to Beijing but ... changed") or never
    reached ("lost power en route from Tromso to Stavanger"): no leg goes to it when that is all the text says of
    the traveller there, and a leg the journey went on with starts where the one to it did."""
    ends = {}
    lost: bool | None = None
    for i, facts in doc.facts.items():
        s, e = doc.sents[i]
        spans = None  # scanned for only where a fact asks: most sentences tell none that a giving-up could drop
        for f in facts:
            if f.place is None or f.kind in ("depart", "begin", "via"):
                continue
            if spans is None:
                if lost is None:  # asked once per story, and only where a fact asks
                    lost = _LOST.search(doc.text) is not None
                spans = [(m.start(), m.end()) for pat in (_GIVEN_UP, _NOT_REACHED, *((_BOUND_FOR,) if lost else ()))
                         for m in pat.finditer(doc.text, s, e)]
                spans += [m.span("way") for m in _UNDER_WAY.finditer(doc.text, s, e)]
            dropped = any(a <= f.start < b for a, b in spans)
            ends.setdefault((f.traveller, f.place), []).append(dropped)
    # "to go to Ghana. But Ghana refused the ship right to land, as did Togo and Benin": however the text told it
    refused = {doc.key_for(m) for m in doc.mentions if m.role == "place" and _REFUSED.match(doc.text, m.end)}
    gone = {k for k, flags in ends.items() if k[1] in refused or all(flags)}
    before: dict[tuple[str, str], str] = {}  # a place not reached -> where the journey was before it
    for leg in doc.legs:
        if (leg.traveller, leg.to) in gone:
            doc.note_unsure(f"Not drawn: the article says the way to {doc.places[leg.to].name} was given up or not "
                            f"finished.", *((leg.quote.start, leg.quote.end) if leg.quote else ()))
            # "a flight to Milan and then Rome, but ... hijacked": what was before Milan was before Rome too
            # (the first leg to it: "bound for Istanbul" told again after landing in Cologne is no start)
            before.setdefault((leg.traveller, leg.to), before.get((leg.traveller, leg.from_), leg.from_))
    loops = set()
    for g in doc.legs:
        start = before.get((g.traveller, g.from_))
        if start is not None and g.to == start:  # "en route from Kiel to Klaipeda when an explosion occurred ...
            loops.add(id(g))  # transported ... to Kiel": no leg from where it never was, nor one back to its start
        elif start is not None and (g.traveller, g.to) not in gone:
            _note(g, f"Starts in {doc.places[start].name}: the way to {doc.places[g.from_].name} was not finished.")
            g.from_ = start
    doc.legs = [leg for leg in doc.legs if (leg.traveller, leg.to) not in gone and id(leg) not in loops]


def _listed_together(doc: Doc, leg: Leg) -> bool:
    """The leg's two ends are arrivals its sentence lists together ("arrived in Kochi and Mumbai")."""
    for i in _leg_sents(doc, leg):
        arrived = {f.place: f.cue for f in doc.facts.get(i, ()) if f.traveller == leg.traveller
                   and f.kind in ("arrive", "stop", "final")}
        if leg.from_ in arrived and leg.to in arrived and "list" in (arrived[leg.from_], arrived[leg.to]):
            return True
    return False


def no_order_given(doc: Doc) -> None:
    """Class: two places listed together, once in each order ("arrived in Kochi and Mumbai", "landed in Mumbai
    and Kochi"): the text gives no order between them (two planes, two groups), so neither way is a leg."""
    both = set()
    for leg in doc.legs:
        back = [g for g in doc.legs if g.traveller == leg.traveller and (g.from_, g.to) == (leg.to, leg.from_)]
        if back and _kind(doc, leg.from_) and _listed_together(doc, leg) and all(
                _listed_together(doc, g) for g in back):
            both.add(id(leg))
            doc.note_unsure(f"No leg between {doc.places[leg.from_].name} and {doc.places[leg.to].name}: the article "
                            f"lists them together in both orders.", *((leg.quote.start, leg.quote.end)
                                                                      if leg.quote else ()))
    doc.legs = [leg for leg in doc.legs if id(leg) not in both]


def _path(legs: list[Leg], start: str, end: str) -> bool:
    """Two or more legs lead from ``start`` to ``end``."""
    step = {}
    for g in legs:
        step.setdefault(g.from_, []).append(g.to)
    seen, todo = {start}, [(start, 0)]
    while todo:
        here, n = todo.pop()
        for nxt in step.get(here, ()):
            if nxt == end and n + 1 >= 2:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.append((nxt, n + 1))
    return False


def unnamed_told_again(doc: Doc) -> None:
    """A leg of the traveller the text does not name that a named traveller also makes is that traveller's."""
    named = {(leg.from_, leg.to): leg.traveller for leg in doc.legs if leg.traveller != UNKNOWN}
    for leg in doc.legs:
        if leg.traveller == UNKNOWN and (leg.from_, leg.to) in named:
            leg.traveller = named[(leg.from_, leg.to)]


def far_guessed(doc: Doc) -> set[str]:
    """The towns every mention of which the geoparser read only as a small town far from everything else the story
    names (capped at FAR_TOWN_CONFIDENCE)."""
    conf: dict[str, float] = {}
    for m in doc.mentions:
        if m.role == "place":
            key = doc.key_for(m)
            conf[key] = max(conf.get(key, 0.0), m.confidence)
    return {k for k, c in conf.items() if c <= FAR_TOWN_CONFIDENCE and _kind(doc, k) == "city"}


def far_guesses(doc: Doc) -> None:
    """Class: a leg end read only as a small town far from everything else the story names (the geoparser caps such
    a reading at FAR_TOWN_CONFIDENCE: Blenheim, New Zealand for "Blenheim Palace" in a story about Britain). The
    article most likely means a place the gazetteer lacks: no leg is drawn to it, nor through it, and the draft says
    so."""
    guessed = far_guessed(doc)
    keep = []
    for leg in doc.legs:
        far = [k for k in (leg.from_, leg.to) if k in guessed]
        for k in far:
            p = doc.places[k]
            doc.note_unsure(f"Not drawn: {p.name} ({p.country or 'no country'}), a small town far from every other "
                            f"place the article names; the article likely means a place the gazetteer lacks.",
                            *((leg.quote.start, leg.quote.end) if leg.quote else ()))
        if not far:
            keep.append(leg)
        for k in [v for v in leg.via if v in guessed]:  # a far reading passed through: the leg goes on without it
            p = doc.places[k]
            doc.note_unsure(f"Not drawn: {p.name} ({p.country or 'no country'}) on the way, a small town far from "
                            f"every other place the article names; the article likely means a place the gazetteer "
                            f"lacks.", *((leg.quote.start, leg.quote.end) if leg.quote else ()))
            leg.via = [v for v in leg.via if v != k]
    doc.legs = keep


def parallel_origins(doc: Doc) -> None:
    """Class: a trip told as leaving from several places at once ("They left from Valencia, Guárico ... and
    Maracaibo"; "flew aid from Travis Air Force Base ... and Dover Air Force Base ... to Guam"), or as going to
    several each on its own ("left for Gisborne and Auckland respectively"): the legs were drawn from (or to) the first;
    each other place gets a leg of its own, beside that first leg, said as such."""
    for first, who, others in doc.memo.get(PARALLEL_FROM, []):
        _beside(doc, first, who, others, to=False)
    for first, who, others in doc.memo.get(PARALLEL_TO, []):
        _beside(doc, first, who, others, to=True)


def _beside(doc: Doc, first: str, who: str, others: list[str], *, to: bool) -> None:
    """A leg from (``to``: to) each of ``others`` in place of ``first``, after the traveller's leg from (to) it; none
    to a place one town with where that leg left (the same town under another name)."""
    leg = next((x for x in doc.legs if (x.to if to else x.from_) == first and x.traveller == who and x.from_), None)
    if leg is None:
        return
    at = doc.legs.index(leg) + 1  # beside the first one's leg, in the journey's order
    note = (PARALLEL_TO_NOTE if to else PARALLEL_NOTE).format(doc.places[first].name)
    for key in dict.fromkeys(others):
        start, end = (leg.from_, key) if to else (key, leg.to)
        apart = km_apart(doc, start, end) if to and key else None
        if not key or key == first or start == end or (apart is not None and apart <= ONE_TOWN_KM) \
                or any(x.from_ == start and x.to == end for x in doc.legs):
            continue
        doc.legs.insert(at, replace(leg, from_=start, to=end, via=[], crossing=None,
                                    arrive=None if to else leg.arrive,
                                    note=" ".join(filter(None, [leg.note, note]))))
        at += 1


PARALLEL_NOTE = "One of several places the text says the trip left from, as it did from {}."
PARALLEL_TO_NOTE = "One of several places the text says were gone to, each on its own, as {} was."


def run(doc: Doc) -> None:
    far_guesses(doc)
    no_summaries(doc)
    countries_told_ahead(doc)
    to_places_inside(doc)
    no_world_regions(doc)
    no_summaries(doc)
    no_order_given(doc)
    vaguer_retellings(doc)
    vaguer_ends(doc)
    given_up(doc)
    not_to_its_own_airport(doc)
    not_one_point_twice(doc)
    not_within_an_area(doc)
    unnamed_told_again(doc)
    parallel_origins(doc)
    doc.legs = told_once(doc, doc.legs)
