"""Stage: stops and legs. Each traveller's facts, sentence by sentence, fitted into one ordered list of stops
(chained where the text lets them, kept apart where it does not, flagged where guessed), then legs between them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from gazetteer.airports import AIRPORT_SOURCE
from gazetteer.sites import borrowed
from webmap.journey import Arrival, Leg, Place

from .actors import UNKNOWN, one_name_with_the, one_named_vessel, one_traveller_per_title, unnamed_is_the_group
from .check import km, km_apart
from .dates import resolve_date
from .document import RETURN_FROM, DateRef, Doc, Fact, check_limit
from .here import dateline_place
from .modes import at_sea, by_rail, by_road, mode_in, under_own_power, under_sail, vehicle_mode
from .travel import ARRIVE_VERBS, LEAVE_VERBS, STOPS_WERE_MADE


@dataclass
class Stop:
    """A place in one traveller's journey, in travel order, with what is known of the leg into it."""

    key: str
    arrive: DateRef | None = None
    depart: DateRef | None = None
    seen: DateRef | None = None  # a day the traveller was there ("held talks in Kyiv on Tuesday")
    crossing: bool = False
    ret: bool = False  # "returned to", "flew back to": the traveller had been here before
    sents: list[int] = field(default_factory=list)  # where it is reached or named as a stop
    clauses: list[tuple[int, int]] = field(default_factory=list)
    depart_sents: list[int] = field(default_factory=list)
    depart_clause: tuple[int, int] | None = None
    via: list[str] = field(default_factory=list)  # on the leg into it
    open_via: list[str] = field(default_factory=list)  # named after it, for a leg out of it not yet known
    # the leg into it: stated | joined (a departure's unnamed end) | joined-from (an arrival's unnamed start) |
    # left-again (left there after leaving the stop before) |
    # implied (attends an event here) | story (arrived from somewhere, here) | home | went-back | turned-back |
    # break | start
    link: str = "stated"
    planned: bool = False  # the leg into it is still to come
    origin: bool = False  # the text says the traveller left from here
    reached: bool = False  # the text says the traveller arrives here (not only that they are here)
    begin: bool = False  # "began the trip in"
    note: str = ""  # for "break": why no leg comes into it
    arrive_date: dt.date | None = None
    seen_date: dt.date | None = None
    depart_date: dt.date | None = None
    date_inferred: bool = False
    on_pub: str = ""  # "has arrived", "arrived at 2.20 p.m.": its date is the publication's, and why
    left_on_pub: bool = False  # "has left": its departure's date is the publication's
    by_dateline: bool = False  # the text names its country; the dateline says where in it
    stayed: bool = False  # ``seen`` is the day of a stay ("will hold talks in Rwanda on Jan. 12"), not of an event
    final: bool = False  # "a trip that will end with a final ceremony in Santiago de Cuba": where it is to end

    def absorb(self, other: Stop) -> None:
        """What another statement about the same place adds (first date wins)."""
        self.arrive = self.arrive or other.arrive
        self.depart = self.depart or other.depart
        self.seen = self.seen or other.seen
        self.ret = self.ret or other.ret
        self.by_dateline = self.by_dateline or other.by_dateline
        self.stayed = self.stayed or (other.stayed and self.seen is other.seen)
        self.crossing = self.crossing or other.crossing
        self.sents += [x for x in other.sents if x not in self.sents]
        self.clauses += [c for c in other.clauses if c not in self.clauses]
        self.depart_sents += [x for x in other.depart_sents if x not in self.depart_sents]
        self.depart_clause = self.depart_clause or other.depart_clause
        self.via += [v for v in other.via if v not in self.via]
        self.open_via += [v for v in other.open_via if v not in self.open_via]
        self.origin = self.origin or other.origin
        self.reached = self.reached or other.reached
        self.begin = self.begin or other.begin
        self.final = self.final or other.final


_GOES_ON = re.compile(r"\bon\s+to\b|\bonwards?\b")  # "is due to travel on to Kiev": from the stop before


_ROUTE_ONLY = 3  # places gone through, with nothing else told of the journey, that make a route of their own
_ASIDE_KM = 50.0  # a place this far from both its neighbours on a route, which lie close together, is a misreading


def _a_route(doc: Doc, items: list[Fact]) -> list[Fact]:
    """A route told only by the places it went through goes from one to the next -- less a place read far off the
    way between two close neighbours ("Potter Heigham, Sutton, Stalham" with Sutton read as the London borough):
    the gazetteer lacks the one meant, and the draft says so."""
    kept = []
    for k, a in enumerate(items):
        a.kind = "arrive"
        before, after = items[k - 1].place if k else None, items[k + 1].place if k + 1 < len(items) else None
        if a.place and before and after and _off_the_way(doc, a.place, before, after):
            p = doc.places[a.place]
            doc.dropped.append(a)
            doc.note_unsure(f"Not drawn: {p.name} ({p.country or 'no country'}), far off the way between the places "
                            f"named beside it; the article likely means a place the gazetteer lacks.",
                            *doc.quote_span(a.sent, a.start))
            continue
        kept.append(a)
    return kept


def _off_the_way(doc: Doc, key: str, before: str, after: str) -> bool:
    """Whether a place lies far from both its neighbours on a route while they lie close together."""
    to_before, to_after = km_apart(doc, key, before), km_apart(doc, key, after)
    between = km_apart(doc, before, after)
    if to_before is None or to_after is None or between is None:
        return False
    away = min(to_before, to_after)
    return away > _ASIDE_KM and between < away / 5


def build_legs(doc: Doc, asserts: list[Fact]) -> list[Leg]:
    """Each traveller's facts -> stops in travel order -> legs. Sentences are taken in text order, each as
    a segment in its own travel order; a segment that looks back ("had flown from", "flew from Kyiv" when
    the journey told so far has no origin) goes before the journey told so far, one that starts where
    the journey already was elaborates it, and one still to come ("will travel to") goes after everything
    that happened. Nothing is bridged: a leg whose start the journey never reached stands alone, flagged."""
    legs: list[Leg] = []
    drawn: set[tuple[str, str, str]] = set()
    by_traveller: dict[str, list[Fact]] = {}
    for a in asserts:
        by_traveller.setdefault(a.traveller, []).append(a)
    for who, items in by_traveller.items():
        if len(items) >= _ROUTE_ONLY and all(a.kind == "via" and a.cue in ("through", "list") for a in items):
            items = _a_route(doc, items)  # "heading out through Hemsby, Martham, Repps, Potter Heigham ..."
        segments: list[list[Fact]] = []
        goals: list[Fact] = []
        for a in items:
            if a.kind == "goal" and any(b.sent == a.sent and b.kind in ("arrive", "stop") and b.start > a.end
                                        and _THEN_BEFORE.match(doc.text, a.end, b.start) for b in items):
                a.kind = "arrive"  # "left Beijing for a state visit to Finland before travelling to Florida"
            if a.kind == "goal" and _EN_ROUTE_GOAL.search(a.cue) and _passed_on_the_way(doc, a, items):
                a.kind = "arrive"  # "made stops in Kingston and Toronto ... en route to Chicago", then "in Chicago"
            if a.kind == "goal" and a.planned and _EN_ROUTE_GOAL.search(a.cue) and any(
                    b.sent == a.sent and b.kind == "depart" and b.end <= a.start for b in items) and not any(
                    b.sent == a.sent and b.start > a.end for b in items) and not _named_later(doc, a):
                a.kind = "arrive"  # "is due to leave the FIFA headquarters in Zurich ... on Thursday, en route to
                # Cairo", then "will wrap up its African tour in Cape Town": a plan's next stop, in the order told
                # (a journey under way may tell later where it is short of its goal; a goal named again later is
                # reached where that is told)
            if a.kind == "goal" and any(b.sent == a.sent and b.kind == "ret" and b.start > a.end
                                        and _AND_BACK.search(doc.text, max(a.end, b.start - 20), b.start)
                                        for b in items):
                a.kind = "arrive"  # "traveling to Washington, D.C., New York, California, Iowa, Pennsylvania, and
                # back to Camp David": an itinerary, in its order
            if a.kind == "goal" and any(b.sent == a.sent and b.kind == "ret" and b.start > a.end
                                        and _BEFORE_BACK.match(doc.text, a.end, b.start) for b in items):
                a.kind = "arrive"  # "headed to New York City, where he was scheduled to report ... before returning
                # to Beirut": gone to, then left for home
            if a.kind == "goal":
                goals.append(a)
            elif segments and segments[-1][-1].sent == a.sent and segments[-1][-1].planned == a.planned:
                segments[-1].append(a)
            else:
                segments.append([a])
        goal_sents = [[g for g in goals if g.sent == k] for k in dict.fromkeys(g.sent for g in goals)]
        told = segments + goal_sents
        repeats = repeated_lists(told)
        summaries = summary_lists(doc, told, repeats)  # "I am traveling to A, B, C and D" too
        unused = summaries | repeats  # no stops are taken from either
        goals = [g for k, group in enumerate(goal_sents, len(segments)) if k not in unused for g in group]
        goals_at: dict[int, list[Fact]] = {}
        for g in goals:
            goals_at.setdefault(g.sent, []).append(g)
        stops: list[Stop] = []
        latest = Latest()
        tour_sents = {g.sent for g in goals if _TOUR_OF.search(g.cue)}
        # "arrived in Chile Sunday afternoon the first stop of a South American tour that also includes Brazil and
        # Ecuador", then "will travel to Valparaiso": what else the tour takes in comes after the travel still to come
        rest_of_tour = {id(g) for g in goals if not g.planned and len(goals_at[g.sent]) > 1 and any(
            a.sent == g.sent and a.kind in ("arrive", "begin") and a.end <= g.start for seg in segments for a in seg)
            and any(seg[0].planned and seg[0].sent > g.sent for seg in segments)}
        # "a three-day visit to Moscow that begins today", then "He is due to travel on to ... Kiev": a plan that goes
        # on starts from the visit planned before it
        first_plan = next((seg for seg in segments if seg[0].planned), None)
        early = [g for g in goals if g.planned and first_plan is not None and g.sent < first_plan[0].sent
                 and _GOES_ON.search(first_plan[0].cue)]
        for planned in (False, True):
            for g in early if planned else ():
                if stops:
                    add_goal(doc, stops, g, listed=len(goals_at[g.sent]) > 1)
                elif g.place is not None:
                    stops.append(Stop(g.place, arrive=g.date, sents=[g.sent], clauses=[g.clause], planned=True,
                                      reached=True, link="start"))
            for k, seg in enumerate(segments):
                if k in unused:  # a summary's stops are placed where told again; where it starts is still its start
                    seg = [a for a in seg if a.kind in ("depart", "begin")] if k not in repeats else []
                if seg and seg[0].planned == planned \
                        and not on_the_way(doc, stops, seg, goals_at.get(seg[0].sent, [])) \
                        and not en_route(doc, stops, seg):
                    merge(doc, stops, seg, latest)
            for g in goals:
                # "for a tour of Ghana and Brazil", then Accra, Port of Spain and "the last stop ... Windhoek": what
                # a tour takes in is where it goes only when no other stop is told
                if (g.planned or id(g) in rest_of_tour) == planned and g not in early \
                        and not (g.sent in tour_sents and len(stops) > 1):
                    add_goal(doc, stops, g, listed=len(goals_at[g.sent]) > 1,
                             alone=not segments and len(goals_at[g.sent]) > 2)
            latest.day = max((d for st in stops for d in fixed_dates(doc, st)), default=None)  # goals' dates too
        for k in sorted(summaries):
            list_tail(doc, stops, told[k])
        if len(summaries) == 1:
            in_list_order(doc, stops, told[min(summaries)])
        elif not summaries and len(goal_sents) == 1 and len(goal_sents[0]) > 2:
            in_list_order(doc, stops, goal_sents[0], undated=True)
        ends_last(stops)
        turned_back(doc, stops, items)
        passed_last(doc, stops, items)
        went_back(doc, stops)
        day_trips(doc, stops, items)
        tidy(doc, who, stops)
        if not legs:  # the lead's journey: no other traveller's is drawn yet (its region of travel set aside)
            from_dateline(doc, stops, who)
        via_first(stops)
        resolve_stop_dates(doc, stops)
        mine = legs_of(doc, who, stops, drawn)
        legs += mine
        doc.arrival_drafts += arrivals_of(doc, who, stops, {leg.to for leg in mine})
    return legs


def ends_last(stops: list[Stop]) -> None:
    """"a long trip that will end with a final ceremony in ... Santiago de Cuba on Sunday", then "One of the most
    symbol-filled stops of this last trip will be in Santa Clara": where a plan is told to end stays its end when
    the stops told after it are planned, on the way (not a return, nor a new start) and dated no later."""
    k = next((k for k, st in enumerate(stops) if st.final), len(stops))
    after = stops[k + 1:]
    if not after:
        return
    end = stops[k].arrive.value if stops[k].arrive is not None else None
    if all(st.planned and st.reached and not (st.ret or st.origin) and st.link == "stated" and not (
            end is not None and st.arrive is not None and st.arrive.value is not None and st.arrive.value > end)
           for st in after):
        stops.append(stops.pop(k))


def _listed(seg: list[Fact]) -> list[Fact]:
    """The destinations a sentence names (arrivals, stops, where it is bound)."""
    return [a for a in seg if a.kind in ("arrive", "goal", "stop") and a.place is not None]


def _reached_at(doc: Doc, stops: list[Stop], key: str) -> int:
    """Where the journey first reaches ``key``, or a place inside it (a country's city), or a site placed at it
    ("Philadelphia" and its arena, "Wells Fargo Center"), or -1."""
    return next((j for j, st in enumerate(stops) if st.key == key or doc.contains(key, st.key)
                 or one_point(doc, key, st.key)), -1)


def repeated_lists(segments: list[list[Fact]]) -> set[int]:
    """The segments that list three or more destinations in the same order as one told before ("Hu will also visit
    Liberia, Sudan, Zambia ..." under the photo, then "a tour that will also take him to Liberia, Sudan, Zambia
    ..."): the same list again, which adds no stop and does not make the first a summary. Of two tellings the one
    that dates more of its stops is kept ("to visit Ethiopia, Nigeria, Angola and Kenya during the trip, which begins
    Sunday", then "After arriving in Ethiopia on Sunday, Li journeys to Nigeria on Tuesday ...")."""
    seen: dict[tuple[str | None, ...], tuple[int, int]] = {}  # places -> (segment kept, how many of it are dated)
    out = set()
    for k, seg in enumerate(segments):
        listed = _listed(seg)
        places = tuple(a.place for a in listed)
        dated = sum(a.date is not None for a in listed)
        if len(places) >= 3 and places in seen:
            first, first_dated = seen[places]
            if dated <= first_dated:
                out.add(k)
                continue
            out.add(first)
        seen[places] = (k, dated)
    return out


def summary_lists(doc: Doc, segments: list[list[Fact]], repeats: set[int]) -> set[int]:
    """The segments that list three or more destinations at once ("he is slated to travel to the US, Israel, Russia,
    Germany and Spain"), or two countries ("for visits to the United States and the United Kingdom"), of which two
    or more are told again elsewhere: a summary of the trip, whose order is not its travel order. No legs are drawn
    from it; the stops told again are placed by their own sentences, the others are named in the draft as unplaced.
    ``repeats`` (lists told before, in the same order) are none, and do not count as told again."""
    told: dict[str, set[int]] = {}
    for k, seg in enumerate(segments):
        for a in seg:
            if a.place is not None and k not in repeats:
                told.setdefault(a.place, set()).add(a.sent)
    out = set()
    for k, seg in enumerate(segments):
        if k in repeats:
            continue
        listed = _listed(seg)
        if len(listed) < 2 or sum(a.cue == "list" for a in listed) < min(2, len(listed) - 1) or any(
                _IN_ORDER.search(doc.text, max(doc.sents[a.sent][0], a.start - 40), a.start) for a in listed):
            continue
        again = sum(1 for a in listed if told[a.place] - {a.sent} or any(
            (doc.contains(a.place, p) or one_point(doc, a.place, p)) and told[p] - {a.sent}
            for p in told if p != a.place))  # "11/29 – Philadelphia, PA @ Wells Fargo Center": its arena
        if again >= 2 and (len(listed) > 2 or all(doc.places[a.place].kind == "country" for a in listed)):
            out.add(k)
            for a in listed:
                doc.roles[a.start] = ("journey", f"{a.traveller}: listed among the trip's stops; the article gives "
                                                 "no order for this list, so no leg is drawn from it.")
    return out


_ON_THE_WAY = re.compile(r"en route|on (?:his|her|their|its|the) way|bound|head")


def on_the_way(doc: Doc, stops: list[Stop], seg: list[Fact], goals: list[Fact]) -> bool:
    """"Air Force One stopped at Ramstein on its way to Kenya", told after the arrival in Nairobi: a stop made
    on the way to a place the journey already reached goes before it. Whether it was placed so. ``goals``: where
    the segment's sentence says the trip is bound."""
    new = [a for a in seg if a.kind in ("arrive", "stop", "stay") and a.place is not None]
    if len(new) != len(seg) or not new:
        return False
    for g in goals:  # "stopped at Ramstein on its way to Kenya", "En route to Sri Lanka, he will stop in Singapore"
        if g.traveller != seg[0].traveller or any(doc.contains(g.place, a.place) for a in new) or (
                g.start < new[-1].start and not _ON_THE_WAY.match(g.cue)):  # not "Following his visit to X"
            continue
        k = _reached_at(doc, stops, g.place)
        if k < 0 or (k == 0 and stops[0].origin) or any(st.key == a.place for st in stops for a in new):
            return False
        if k == 0:  # the stop on the way is where the journey is first known to be
            stops[0].link = "stated" if stops[0].link == "start" else stops[0].link
        for a in new:
            stops.insert(k, Stop(a.place, arrive=a.date, sents=[a.sent], clauses=[a.clause], planned=a.planned,
                                 reached=True, link="start" if k == 0 else "stated"))
            k += 1
        return True
    return False


# a stop made on the way, not a destination: "made a refuelling stop at", "stopped at its scheduled halts at",
# "passed cities such as"
_EN_ROUTE_CUE = re.compile(r"\b(?:stop|stops|stopped|stopping|halts?|call(?:ed|ing|s)?|refuel\w*|pass\w*|via|"
                           r"through|transit\w*|layovers?|stop-?overs?|changed)\b")
DETOUR = 1.25  # a place is on the way from A to B when going through it is at most this much longer


def en_route(doc: Doc, stops: list[Stop], seg: list[Fact]) -> bool:
    """"The plane made a refuelling stop at Singapore", "had stopped in Luanda to refuel", told after the leg it was
    made on: places named as stops on the way (or told in the past perfect), each lying between two stops the
    journey already has, go on the leg between them, in order of distance along it; told again ("was forced to
    return to Luanda"), they add nothing. Whether the segment was placed so."""
    if not stops or any(a.kind not in ("arrive", "stop", "via", "ret") or a.place is None for a in seg):
        return False
    passed = {v for st in stops for v in st.via}
    new = [a.place for a in seg if a.place not in passed]
    if not new:  # told again; but "will return to El Obeid next week" is a leg still to come
        return not any(a.kind == "ret" and a.planned for a in seg)
    if any(a.kind == "ret" or not (a.cue == "list" or a.kind == "via" or a.back or _EN_ROUTE_CUE.search(a.cue))
           for a in seg):
        return False
    if any(st.key in new or doc.contains(st.key, p) or doc.contains(p, st.key) for st in stops for p in new):
        return False
    places = [doc.places[p] for p in dict.fromkeys(new)]
    best: tuple[float, int] | None = None
    for k in range(len(stops) - 1):
        start, end = doc.places[stops[k].key], doc.places[stops[k + 1].key]
        if stops[k + 1].link == "break" or not (start.located and end.located and all(p.located for p in places)):
            continue
        direct = km(start.lat, start.lon, end.lat, end.lon)
        detour = max(km(start.lat, start.lon, p.lat, p.lon) + km(p.lat, p.lon, end.lat, end.lon) for p in places)
        if direct > 0 and detour <= DETOUR * direct and (best is None or detour / direct < best[0]):
            best = (detour / direct, k)
    if best is None:
        return False
    start, into = doc.places[stops[best[1]].key], stops[best[1] + 1]
    via = [*into.via, *(p for p in dict.fromkeys(new) if p not in into.via)]
    into.via = sorted(via, key=lambda v: km(start.lat, start.lon, doc.places[v].lat, doc.places[v].lon)
                      if doc.places[v].located else 0.0)
    into.sents += [f.sent for f in seg if f.sent not in into.sents]
    return True


# a goal the sentence says comes first: "for a state visit to Finland before travelling to Florida"
_THEN_BEFORE = re.compile(r"[^.;]{0,40}?\bbefore\s+(?:travell?ing|flying|heading|going|leaving|moving|proceeding)\s+"
                          r"(?:on\s+)?to\s+$")
_EN_ROUTE_GOAL = re.compile(r"\b(?:en\s*route|on\s+(?:the|its|his|her|their)\s+way)\s+to$")


def _passed_on_the_way(doc: Doc, goal: Fact, items: list[Fact]) -> bool:
    """Whether the sentence of ``goal`` passes places on the way to it ("The royal yacht made stops in Kingston and
    Toronto before passing through the Welland Canal on July 1st en route to Chicago") and a later sentence names
    the goal again ("After 14 hours of parades ... in Chicago"): the journey got there."""
    return any(b.sent == goal.sent and b.kind == "via" and b.end <= goal.start for b in items) and _named_later(
        doc, goal)


def _named_later(doc: Doc, goal: Fact) -> bool:
    """Whether a sentence after the goal's names its place again."""
    return any(doc.key_for(m) == goal.place for k, ms in doc.by_sent.items() if k > goal.sent for m in ms)


_AND_BACK = re.compile(r",?\s+and\s+(?:then\s+)?back\s+to\s+(?:the\s+)?$")
_BEFORE_BACK = re.compile(r"(?:[^.;]|(?<=\b[A-Z])\.){0,100}?\bbefore\s+(?:returning|(?:heading|flying|going|coming)\s+"
                          r"back)\s+(?:home\s+)?to\s+(?:the\s+)?$")  # "U.S. officials": an initial's point
_TOUR_OF = re.compile(r"\b(?:tour|swing)\s+(?:of|through)$")
_ONE_TRIP = re.compile(r"\b(?:trip|tour|visits?|journey|voyage)\b", re.IGNORECASE)


def list_tail(doc: Doc, stops: list[Stop], seg: list[Fact]) -> None:
    """A summary list's places after the last of it the journey places ("a tour that will also take him to
    Trinidad, Argentina, Brazil and Namibia", then Trinidad, Buenos Aires and Rio told one by one): the list
    says they come after it, so they follow its stop; and, in a list of one trip's places ("visits to Senegal,
    Ghana and Nigeria", then only Accra and Nigeria told), those before the first of it the journey places come
    before that stop ("slated to travel to the US, Israel, Russia" over a year gives no such order)."""
    listed = _listed(seg)
    reached = [n for n, a in enumerate(listed) if _reached_at(doc, stops, a.place) >= 0]
    if not reached:
        return
    first, last = reached[0], reached[-1]
    at = _reached_at(doc, stops, listed[first].place)
    in_order = _ONE_TRIP.search(listed[0].cue) is not None and all(
        k < 0 or k >= at for k in (_reached_at(doc, stops, b.place) for b in listed[first:]))
    for a in listed[:first] if in_order else ():
        if _reached_at(doc, stops, a.place) < 0:
            stops.insert(at, Stop(a.place, sents=[a.sent], clauses=[a.clause], planned=a.planned, reached=True))
            doc.roles.pop(a.start, None)
            at += 1
    at = _reached_at(doc, stops, listed[last].place)
    for a in listed[last + 1:]:
        if _reached_at(doc, stops, a.place) < 0:
            at += 1
            stops.insert(at, Stop(a.place, sents=[a.sent], clauses=[a.clause], planned=a.planned, reached=True))
            doc.roles.pop(a.start, None)


def in_list_order(doc: Doc, stops: list[Stop], seg: list[Fact], undated: bool = False) -> None:
    """"a tour of Singapore, New Zealand, Australia and Japan", then "His visit to Tokyo, the last leg ... During
    his stay in New Zealand ... During a visit to Sydney": the stops told one by one, out of order, go in the order
    of the one trip's list (a city where its country is listed), when most of them are in it; the stops it does not
    hold come after them, in the order they were told (an aside: "Abe making a reciprocal visit to Pearl Harbor").
    ``undated``: the story's only list of the trip's places, with no days to check it by, orders them too when one is
    a city told apart in a country listed ("completing visits to Egypt, Saudi Arabia, Peru and Brazil", then "At the
    Extraordinary Arab and Islamic Summit in Riyadh")."""
    listed = _listed(seg)
    if _ONE_TRIP.search(listed[0].cue) is None:
        return
    keys = [a.place for a in listed]

    def rank(st: Stop) -> int | None:
        return next((n for n, k in enumerate(keys) if st.key == k or doc.holds(k, st.key)), None)

    start = 1 if stops and rank(stops[0]) is None else 0
    ranks = [rank(st) for st in stops[start:]]
    inside = [r for r in ranks if r is not None]
    order = sorted(range(len(ranks)), key=lambda n: (ranks[n] is None, ranks[n] or 0, n))
    if len(inside) < 3 or 3 * len(inside) < 2 * len(ranks) or order == list(range(len(ranks))):
        return
    # ...and only where the days the text gives them follow the list ("Monday ... Wednesday to Friday ... Friday and
    # Saturday"): a list in another order ("will visit Argentina, Ghana, Namibia, Brazil", then Ghana July 2-3 and
    # Argentina July 4-5) says nothing of the route
    days = sorted((r, d) for r, st in zip(ranks, stops[start:], strict=True)
                  if r is not None and (d := _told_day(st)) is not None)
    # undated, the list orders stops told one by one only where one of them is a city in a place listed
    told_apart = undated and any(r is not None and st.key != keys[r]
                                 for r, st in zip(ranks, stops[start:], strict=True))
    if (len(days) < 2 and not told_apart) or any(a[1] > b[1] for a, b in zip(days, days[1:], strict=False)):
        return
    stops[start:] = [stops[start + n] for n in order]


def _told_day(st: Stop) -> dt.date | None:
    """The day a stop's own words give, as read in text order (a weekday too)."""
    ref = st.arrive or st.seen or st.depart
    return ref.in_text_order if ref is not None else None


_IN_ORDER = re.compile(r"\b(?:then|followed\s+by|before|after|finally|first|next(?!\s+(?:week|month|year)\b)|later)\b",
                       re.IGNORECASE)  # "next week, visiting A, B and C" says when, not an order


# a stay told as a visit was reached: "continues his visit to Kazakhstan's capital, Almaty" (not "held talks in"),
# on a day the article does not give ("today" is a day of the visit, not the day it began; but "during his stay in
# New Zealand from Wednesday to Friday", still to come, begins on its first day)
_VISITING = re.compile(r"\b(?:visit|tour|trip|stay)\b")


def to_stops(doc: Doc, seg: list[Fact], home: str | None, home_link: str = "home"
             ) -> tuple[list[Stop], list[str]]:
    """One sentence's facts as stops in travel order, and the places passed after the last of them.
    ``home`` is where the journey began, if the article says so: where "headed home" goes."""
    stops: list[Stop] = []
    pending: list[str] = []
    for a in seg:
        if a.kind == "via":
            if a.place not in pending:
                pending.append(a.place)
            continue
        if a.kind == "home":
            if home is None and a.cue == RETURN_FROM and stops and stops[0].origin:
                home = stops[0].key  # "will leave on Friday from Retiro and return from Mendoza on Sunday"
            if home is not None and not (stops and stops[-1].key == home):
                stops.append(Stop(home, arrive=a.date, sents=[a.sent], clauses=[a.clause], link=home_link,
                                   planned=a.planned, via=pending))
                pending = []
            continue
        if a.kind in ("depart", "begin"):
            st = Stop(a.place, depart=a.date if a.kind == "depart" else None,
                       arrive=a.date if a.kind == "begin" else None, depart_sents=[a.sent],
                       depart_clause=a.clause, origin=True, begin=a.kind == "begin", planned=a.planned)
            if stops and stops[-1].key == a.place:
                stops[-1].absorb(st)
                continue
            if a.kind == "begin" and stops and stops[-1].origin and not stops[-1].begin:
                st.link = "stated"  # "departed Abuja ... to begin a three-day official visit to South Africa"
            elif stops and stops[-1].origin and not stops[-1].sents and stops[-1].depart_clause != a.clause \
                    and not doc.contains(a.place, stops[-1].key):
                st.link = "left-again"  # "carrying them from Djibouti after being evacuated from Aden"
            elif stops:
                st.link = "break"
                st.note = gap_note(doc, stops[-1].key, a.place)
            stops.append(st)
            continue
        stay_until = None  # "B from 6 to 9 September": leaves B on the 9th
        if a.date is not None and a.date.until is not None:
            stay_until = DateRef(a.date.start, a.date.end, "abs", a.date.until, year_inferred=a.date.year_inferred)
        seen = a.kind == "stay" or a.implied == "attend"  # "will attend a summit in Cairo on April 30": there then
        visiting = a.kind == "stay" and bool(_VISITING.search(a.cue))
        st = Stop(a.place, arrive=None if seen else a.date, seen=a.date if seen else None,
                   depart=stay_until,
                   crossing=a.kind == "cross", ret=a.kind == "ret", sents=[a.sent], clauses=[a.clause],
                   reached=a.kind != "stay" or visiting,
                   link={"attend": "implied", "story": "story"}.get(a.implied, "stated"), planned=a.planned,
                   by_dateline=a.implied == "dateline",
                   stayed=a.kind == "stay" and a.date is not None and (a.planned or not visiting),
                   final=a.kind == "final" and a.planned)
        if stops and stops[-1].key == a.place:
            stops[-1].absorb(st)
            continue
        if stops and doc.contains(a.place, stops[-1].key):
            if stops[-1].arrive is None and st.arrive is not None and stops[-1].sents[-1:] == [a.sent]:
                stops[-1].arrive = st.arrive  # "attend the APEC meeting in Lima and pay a state visit to Peru from
                stops[-1].depart = stops[-1].depart or st.depart  # Nov. 13 to 17": the visit's days are Lima's
            continue  # "crossed into China" at Dandong: the country says nothing new
        inside = next((b for b in stops[:-1] if doc.contains(b.key, a.place)), None) if a.kind == "stay" else None
        if inside is not None:  # "after a visit to Malaysia, where he met Anwar in Kuala Lumpur": where in it
            inside.key = a.place
            continue
        if stops and not stops[-1].origin and doc.contains(stops[-1].key, a.place):
            stops[-1].key = a.place  # "entered Iran ... in Tehran": the city says where
            if st.arrive is not None and stops[-1].sents[-1:] == [a.sent]:
                stops[-1].arrive = st.arrive  # "leave for Spain this evening ... landing in Madrid on Friday"
            stops[-1].absorb(st)
            continue
        st.via, pending = pending, []
        stops.append(st)
    return stops, pending


def gap_note(doc: Doc, before: str, here: str) -> str:
    a, b = doc.places[before].name, doc.places[here].name
    if doc.contains(before, here):
        return f"Starts in {b}, in {a}, where the journey had reached; the article does not say how."
    return (f"Does not start where the journey had reached ({a}): the article does not say how the traveller "
            f"got from {a} to {b}, so no leg is drawn between them.")


@dataclass
class Latest:
    """No calendar date of the journey told so far is later than ``day`` (every date in it came from a sentence
    merged into it, so the latest of those bounds it): a sentence dated after it is not compared stop by stop."""

    day: dt.date | None = None


def _homeland(doc: Doc, seg: list[Fact]) -> str | None:
    """Where "home" is for a traveller the text names by its people ("The 25th Chinese naval escort taskforce ...
    set sail for home"), when the journey told has no start: that people's country."""
    who = next((a.traveller for a in seg if a.kind == "home"), None)
    if not who:
        return None
    own = next((doc.key_for(m) for ms in doc.by_sent.values() for m in ms
                if m.kind == "demonym" and re.search(rf"(?<!\w){re.escape(m.surface)}(?!\w)", who)), None)
    return own or _titled_by_country(doc, who)


# what may stand between a country and the person it titles: "Canada's PM Justin Trudeau", "Kenyan President Uhuru
# Kenyatta", "the Maldivian Foreign Minister Abdulla Shahid"
_TITLE_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:[A-Z][\w.-]*|of|the|and|veteran|longtime|long-time|former|new|"
                        r"president|prime\s+minister|premier|leader|ruler|king|queen|chancellor),?\s+){1,6}$")
# "ZAIRE's veteran president, Mr Mobutu Sese Seko"


def _titled_by_country(doc: Doc, who: str) -> str | None:
    """The country whose title the text gives a person ("Canada's PM Trudeau ... heading home"): a country or its
    demonym right before a title and the person's name. Found once per person (a long text may go home often)."""
    known = doc.memo.get(("titled-by", who))
    if known is None:
        known = doc.memo[("titled-by", who)] = (_find_titled_by(doc, who),)
    return known[0]  # type: ignore[no-any-return]


def _find_titled_by(doc: Doc, who: str) -> str | None:
    last = who.split()[-1]
    if not last[:1].isupper():
        return None
    for n in re.finditer(rf"(?<!\w){re.escape(last)}(?!\w)", doc.text):
        for m in reversed(doc.by_sent.get(doc.sent_of(n.start()), [])):
            if m.end > n.start() or n.start() - m.end > 60:
                continue
            if m.kind in ("demonym", "country") and _TITLE_GAP.fullmatch(doc.text, m.end, n.start()) \
                    and m.role == "place":
                return doc.key_for(m)
            break
    return None


def _returned_there(doc: Doc, seg: list[Fact], key: str) -> bool:
    """Whether an earlier sentence told the traveller's return to ``key`` or to the country it is in ("Elian
    returns to Cuba ... flight to Havana ... they were going home"): home is there, not where the journey began."""
    who, first = seg[0].traveller, seg[0].sent
    return any(a.kind == "ret" and a.traveller == who and a.place and (a.place == key or doc.holds(a.place, key))
               for i, facts in doc.facts.items() if i < first for a in facts)


_PASSED_THROUGH = frozenset({"passed through", "passes through", "passing through", "pass through"})  # via cues


def merge(doc: Doc, stops: list[Stop], seg: list[Fact], latest: Latest | None = None) -> None:
    """Fit one sentence's stops into the journey told so far (see build_legs)."""
    home = stops[0].key if stops and stops[0].origin else None
    homeland = _homeland(doc, seg)
    if home is not None and homeland is not None and (home == homeland or doc.holds(homeland, home)):
        homeland = None  # the journey began at home
    elif homeland is not None:
        home = None  # "Canada's Prime Minister Justin Trudeau left New Delhi ... heading home": not to New Delhi
    new, open_via = to_stops(doc, seg, home or homeland, "homeland" if homeland else "home")
    back = any(a.back for a in seg)
    # "Xi flew back to Beijing on March 22 ... Xi arrived in Moscow on March 20": dates outrank text order
    here = [d for st in new for d in fixed_dates(doc, st)]
    # ...and so do they in a plan that names a new place ("reach Cape Town on May 15 ... then take a ferry to Sudan
    # on January 29"), not in one that dates a stop already on the way ("will pay a visit to Poland on August 21")
    planned_again = any(a.planned for a in seg) and any(index_of(stops, st.key) >= 0 for st in new)
    if here and not planned_again and told_later(doc, stops, max(here), latest):
        back = True
    if here and latest is not None:
        latest.day = max(here) if latest.day is None else max(latest.day, *here)
    if new and new[0].link in ("home", "homeland") and stops and (
            stops[-1].key == new[0].key or _returned_there(doc, seg, stops[-1].key)):
        new = new[1:]  # already home
    if new and stops and not new[0].origin and own_airport(doc, new[0].key, stops[-1].key) and (
            not new[0].reached or _arrival_told_again(doc, stops[-1], new[0], seg)):
        stops[-1].absorb(new.pop(0))  # "arrived at Kennedy airport ... to spend three days in New York": one place
    if not new:
        span = doc.sents[seg[0].sent]
        if stops and open_via and (_BEFORE_REACHING.search(doc.text, *span) or _goal_by_way(doc, seg) or (
                len(stops) == 1 and stops[0].origin
                and any(p.search(doc.text, *span) for p in (_HAS_TAKEN, _MADE_STOPS, _COVERS_ROUTE)))):
            stops[-1].open_via += [v for v in open_via if v not in stops[-1].open_via]  # see passed_last
        elif stops and len(open_via) > 1 and open_via[0] == stops[-1].key and _MADE_STOPS.search(doc.text, *span):
            # "rolled into Mechanicsburg", then "made stops ... at Mechanicsburg, Carlisle and Shippensburg": the list
            # starts where the journey is and goes on from it, in the order told
            stops[-1].open_via += [v for v in open_via[1:] if v not in stops[-1].open_via]
        elif not stops and open_via and any(a.kind == "via" and a.cue in _PASSED_THROUGH for a in seg):
            stops.append(Stop(open_via[0], sents=[seg[0].sent], clauses=[seg[0].clause], reached=True, link="start",
                              planned=seg[0].planned))  # "Twelve automobiles passed through Rensselaer this
            # morning", then "The party will reach Chicago this afternoon": where the journey is first known to be
        return
    if not stops:
        new[0].link = "start"
        stops += new
        stops[-1].open_via += open_via
        return
    first = new[0]
    if first.origin:
        last = stops[-1]
        if own_airport(doc, first.key, last.key):  # "arrived at Ninoy Aquino International Airport ... will leave
            first.key = last.key  # Manila on Wednesday": the stop it was at, which it still reached
            first.origin = first.origin and len(new) > 1
        if len(new) == 1 and last.ret and len(stops) >= 2 and first.key != stops[0].key \
                and doc.contains(first.key, last.key):
            prepend(doc, stops, new, open_via)  # "has returned to Abuja after a trip to the United Kingdom ...
            return  # Buhari departed Nigeria on Tuesday": the home country the trip began in, not a new start
        if last.key == first.key or doc.contains(first.key, last.key):
            continue_from(doc, stops, new, open_via)
            return
        if first.reached and first.sents and first.sents[0] <= min(first.depart_sents, default=first.sents[0]) \
                and not first.begin and not back and index_of(stops, first.key) < 0:
            if not filled_in(stops, new, seg):
                continue_from(doc, stops, new, open_via)  # "I left Nigeria ... I took a ship to Libya and from
            return  # Libya I decided to ship to Italy": reached, then left, in one sentence -- the journey goes on
        if retold_into_airport(doc, stops, new):
            return
        if retold_from_country(doc, stops, new):
            continue_from(doc, stops, new[1:], open_via)
            return
        if retold_in_detail(doc, stops, new):
            start, end = stops[-2], stops[-1]
            new[0].depart, new[0].link = new[0].depart or start.depart, start.link
            new[-1].arrive, new[-1].ret = new[-1].arrive or end.arrive, end.ret
            new[-1].sents += [x for x in end.sents if x not in new[-1].sents]
            stops[-2:] = new
            return
        if last_day_retold(doc, stops, new):
            end = stops[-1]
            first.link, first.via, end.via = "stated", end.via, []
            new[-1].absorb(end)
            new[-1].link = "stated"
            stops[-1:] = new
            return
        k = index_of(stops, first.key)
        if k >= 0 and len(new) == 1:  # "left Berlin on Wednesday": when it left a place already on the way
            stops[k].absorb(Stop(first.key, depart=first.depart, depart_sents=first.depart_sents,
                                  depart_clause=first.depart_clause, origin=True))
            if open_via and k + 1 < len(stops):
                stops[k + 1].via = [*open_via, *(v for v in stops[k + 1].via if v not in open_via)]
            return
        if k == 0 or (k > 0 and back):
            stops[k].absorb(Stop(first.key, depart=first.depart, depart_sents=first.depart_sents,
                                  depart_clause=first.depart_clause, origin=True))
            j = k  # "left Shanghai ... and called at Ningbo and Singapore": fill in the stops after k
            for st in new[1:]:
                if j + 1 < len(stops) and stops[j + 1].key == st.key:
                    stops[j + 1].absorb(st)
                elif j + 1 < len(stops) and not stops[j + 1].origin and _area_around(doc, stops[j + 1].key, st.key):
                    st.absorb(stops[j + 1])  # "travelled from London to Norfolk", then "from London King's Cross
                    st.link = stops[j + 1].link  # to King's Lynn": where in Norfolk
                    doc.memo.setdefault("drawn-inside", {})[stops[j + 1].key] = st.key
                    stops[j + 1] = st
                else:
                    stops.insert(j + 1, st)
                j += 1
            return
        # "arrived in Canberra after a stopover in Manila ... He flew from Tokyo to Manila", "arrived in Peking
        # Sunday ... aboard a jet from London": how the journey reached the start of what was told so far
        reaches_start = not stops[0].origin and len(new) > 1 and (new[-1].key in stops[0].via
                                                                  or new[-1].key == stops[0].key)
        # "A bus ... arrived in Chicago on Tuesday. The bus left Eagle Pass on Monday and stopped in Paris, Texas":
        # the lead told only where the journey ended, the body how it got there
        lead_only = len(stops) == 1 and not stops[0].origin and not any(a.planned for a in seg)
        # ... but nothing goes before where the text says the trip began ("He began his European trip in France.
        # Earlier on May 8, Mr Xi wrapped up his visit in Serbia": earlier than the story's day, not than France)
        if ((back and not stops[0].begin) or first.begin or reaches_start or lead_only
                or (len(new) == 1 and not stops[0].origin)):
            prepend(doc, stops, new, open_via)
            return
        first.link, first.note = "break", gap_note(doc, last.key, first.key)
        stops += new
        stops[-1].open_via += open_via
        return
    if ends_at_start(doc, stops, new):  # "arrived in Mombasa ... Before arriving in Kenya, he visited Eritrea"
        prepend(doc, stops, new, open_via)
        return
    if back:
        k = index_of(stops, first.key)
        if k >= 0:
            stops[k].absorb(first)
            return
        if not by_date(doc, stops, new, max(here, default=None)):
            prepend(doc, stops, new, open_via)
        return
    # told again: "... before travelling to Ramallah" after the tour's list; "visited the DRC from 31 January to
    # 3 February" after the flight from there
    if len(new) == 1 and len(seg) == 1 and "first stop" in seg[0].cue:
        k = next((j for j, st in enumerate(stops) if not st.origin), -1)  # "to fly off ... to Thailand, South
        if k >= 0 and stops[k].key == first.key:  # America, Europe ... At his first stop, Thailand,": the first
            stops[k].absorb(first)  # stop told again, not a return to it
            return
    visited = len(seg) == 1 and seg[0].cue.startswith("visit")
    again = visited or (first.planned and not (first.ret or first.seen))
    k = index_of(stops, first.key) if len(new) == 1 and again else -1
    if k < 0 and len(new) == 1 and again:  # "In Canberra, the Blairs will visit the Australian War Memorial" after
        k = next((j for j, st in enumerate(stops) if one_point(doc, st.key, first.key)), -1)  # the tour's list
    # a dated plan told again is the same visit only where the stop had no date yet ("visits Niue and Fiji this week
    # ... will be stopping at Niue on Tuesday"); a dated arrival where the trip sets out from is a return to it
    # ("to depart New London ... on Saturday, May 8", then "July 23–26: New London, Conn.")
    if 0 <= k < len(stops) - 1 and (visited or stops[k].planned) and (
            visited or first.arrive is None or stops[k].arrive is None and not stops[k].origin):
        stops[k].absorb(first)
        return
    k = retold_in_order(doc, stops, new, seg)
    if k >= 0:
        for j, st in enumerate(new):
            if st.key != stops[k + j].key:  # "Tehran" told for "Iran": the place the text names
                st.origin = st.origin or stops[k + j].origin
                st.link = stops[k + j].link
                stops[k + j] = st
            else:
                stops[k + j].absorb(st)
        return
    if retold_route(doc, stops, new):
        stops[-1].via = list(new[0].via)
        stops[-1].sents += [x for x in new[0].sents if x not in stops[-1].sents]
        return
    k = elaborated(doc, stops, new, seg[0].sent)
    if k >= 0:
        country = stops[k]
        new[0].arrive, new[0].link, new[0].via = new[0].arrive or country.arrive, country.link, country.via
        new[-1].depart = new[-1].depart or country.depart
        stops[k:k + 1] = new
        return
    if retold_before_return(doc, stops, new, seg):
        home = stops.pop()
        continue_from(doc, stops, new, open_via)
        stops.append(home)
        return
    if arrived_before_leaving(doc, stops, new, seg, here):
        stops[0].absorb(first)
        stops[0].reached = True
        return
    if came_before_today(doc, stops, new, seg):
        stops[-1:-1] = new
        return
    if not filled_in(stops, new, seg):
        continue_from(doc, stops, new, open_via)


# words that put what a sentence tells after what came before it: "then", "later", "from there"
_AFTERWARDS = re.compile(r"\b(?:then|later|afterwards?|next|subsequently|thereafter|from\s+there|after\s+that|"
                         r"went\s+on|continued|onwards?|moved\s+on|since|now)\b", re.IGNORECASE)
_TODAY_LEAD = 600  # the arrival told in a sentence that starts within this many characters of the story's start


def came_before_today(doc: Doc, stops: list[Stop], new: list[Stop], seg: list[Fact]) -> bool:
    """"SYDNEY boys ... arrived at Auckland by the Niagara today in the course of a world tour ... The party visited
    Paris": an arrival the lead tells as today's, then undated places the body tells as done, with no word that they
    came after it, were reached before it (news tells the latest first)."""
    if len(stops) < 2 or doc.pub is None or any(a.planned or a.kind not in ("arrive", "stop", "via") for a in seg):
        return False
    last = stops[-1]
    if last.planned or not last.sents or doc.sents[last.sents[0]][0] >= _TODAY_LEAD or last.arrive is None \
            or any(st.origin or st.ret or fixed_dates(doc, st) or index_of(stops, st.key) >= 0 for st in new):
        return False
    told = stops[-2].sents or stops[-2].depart_sents
    if not told or min(told) <= last.sents[0]:
        return False  # the body has not gone back to tell the journey before it ("The cruise started from Sydney")
    day, _ = resolve_date(doc, last.arrive, None)
    if day is None or not 0 <= (doc.pub - day).days <= 1 \
            or any(d > day for st in stops for d in fixed_dates(doc, st)):
        return False
    # ...or that came after what the body told before them ("The party visited Paris ... Afterwards ... they went to
    # Canada"): still before today's arrival
    went_on = doc.memo.get(("before-today",)) == (id(last), seg[0].sent - 1)
    if not went_on and any(_AFTERWARDS.search(doc.text, *doc.sents[i]) for i in {a.sent for a in seg}):
        return False
    doc.memo[("before-today",)] = (id(last), max(a.sent for a in seg))
    return True


def filled_in(stops: list[Stop], new: list[Stop], seg: list[Fact]) -> bool:
    """Put the new places before the stop they lead to (``fills_in``); whether they were."""
    k = fills_in(stops, new, seg)
    if k < 1:
        return False
    stops[k].absorb(new[-1])
    stops[k:k] = new[:-1]
    return True


def fills_in(stops: list[Stop], new: list[Stop], seg: list[Fact]) -> int:
    """"The baton will travel from Alice Springs to Darwin ... It will then head north to Tennant Creek and Katherine,
    then on to Darwin": new places on the way into a stop the journey already has (not its start, nor reached again:
    "back to"; its last one only when the text goes "on to" it, or told it before where the journey began: "finally
    reaching land in Italy ... I left Nigeria ... I took a ship to Libya and from Libya I decided to ship to Italy"),
    told in detail; they go before it. The index of that stop, or -1."""
    if len(new) < 2 or new[-1].ret or any(st.origin and not (k == 0 and st.sents) for k, st in enumerate(new)):
        return -1
    k = index_of(stops, new[-1].key)
    if k < 1 or stops[k].origin or any(index_of(stops, st.key) >= 0 for st in new[:-1]):
        return -1
    lead = bool(stops[k].sents) and bool(stops[k - 1].depart_sents) \
        and max(stops[k].sents) < min(stops[k - 1].depart_sents)  # the end told first, then where it all began
    if k == len(stops) - 1 and not lead and not any(a.place == new[-1].key and _ON_TO.fullmatch(a.cue) for a in seg):
        return -1
    return k


_ON_TO = re.compile(r"(?:then\s+)?(?:on|onwards?)\s+to", re.IGNORECASE)


def retold_from_country(doc: Doc, stops: list[Stop], new: list[Stop]) -> bool:
    """"departed from the Port of Piraeus in Greece ... with a port of call in the Port of Funchal. The journey saw
    the vessel sail from Greece ... and arrive in Saint John": the voyage told again from the country it began in, on
    to places it had not reached yet -- they come after the last stop, not as a new journey."""
    return len(stops) >= 2 and len(new) >= 2 and stops[0].origin and doc.contains(new[0].key, stops[0].key) \
        and all(index_of(stops, st.key) < 0 for st in new[1:])


def retold_into_airport(doc: Doc, stops: list[Stop], new: list[Stop]) -> bool:
    """"has returned to Abuja after a trip to the United Kingdom ... The jet that conveyed him from the British
    capital landed at the Nnamdi Azikiwe International Airport": a leg the journey has, from the same place (or one
    inside the country it left) into the airport of the city it reached, told again; what it adds goes to that leg
    (the city the text names stands for the country)."""
    if len(new) != 2 or new[1].origin:
        return False
    for k in range(1, len(stops)):
        before, here = stops[k - 1], stops[k]
        if not own_airport(doc, here.key, new[1].key):
            continue
        if before.key == new[0].key:
            before.absorb(new[0])
        elif doc.contains(before.key, new[0].key):
            new[0].link, new[0].arrive, new[0].via = before.link, new[0].arrive or before.arrive, before.via
            new[0].absorb(before)
            stops[k - 1] = new[0]
        else:
            return False
        here.absorb(new[1])
        return True
    return False


def arrived_before_leaving(doc: Doc, stops: list[Stop], new: list[Stop], seg: list[Fact], here: list[dt.date]) -> bool:
    """"A mysterious green train has left Beijing, heading back to Pyongyang. The train pulled into the Beijing
    railway station yesterday": a dated arrival, told after, at the place the journey left with no arrival of its
    own -- before the day it left (or, undated, before the story's day) -- is how it got there, not a return."""
    st, head = new[0], stops[0]
    if len(new) != 1 or len(stops) < 2 or st.key != head.key or not head.origin or head.arrive is not None \
            or st.origin or st.ret or any(a.kind == "ret" or a.back or a.planned for a in seg) or not here:
        return False
    left = fixed_dates(doc, head) or ([doc.pub] if doc.pub else [])
    return bool(left) and max(here) < min(left)


def ends_at_start(doc: Doc, stops: list[Stop], new: list[Stop]) -> bool:
    """A sentence whose travel ends where the journey told so far begins, from places it has not reached ("Wang
    arrived in Mombasa ... Prior to arriving in Kenya, he visited Eritrea"): it tells what came before."""
    head, last = stops[0], new[-1]
    return len(new) >= 2 and not head.origin and not last.origin and (
        last.key == head.key or doc.contains(last.key, head.key)) and all(
        _reached_at(doc, stops, st.key) < 0 and not doc.contains(head.key, st.key) for st in new[:-1])


def retold_in_order(doc: Doc, stops: list[Stop], new: list[Stop], seg: list[Fact]) -> int:
    """"ends his visit to Iran and will go to Syria ... After Tehran, Chavez will continue his tour in Syria": stops
    the journey already has (or places inside them), one after the other in the same order, told again. Where the
    first of them is, or -1."""
    if not new or any(st.origin or st.ret for st in new) or (len(new) == 1 and seg[0].cue != "after"):
        return -1  # one place told again only as where the traveller will have been ("After Tehran, ...")
    countries = len(new) > 1 and all(doc.places[st.key].kind == "country" for st in new)
    for k in range(len(stops) - len(new) + 1):  # the same place, or one inside it ("Iran" told before, "Tehran" now)
        if all(stops[k + j].key == st.key or doc.contains(stops[k + j].key, st.key)
               or countries and doc.contains(st.key, stops[k + j].key) for j, st in enumerate(new)):
            return k  # ... or the countries that hold them ("Berlin", "Paris", then "I am visiting Germany and France")
    return -1


def retold_route(doc: Doc, stops: list[Stop], new: list[Stop]) -> bool:
    """"departed Yiwu ... before pulling into Barking. It crossed China, Kazakhstan, Russia ... and France before
    finally reaching Britain": the route of the leg already told, into its end (or the country that holds it), with
    the places it passed; they go on that leg as its via points. So they do on an arrival told alone ("arrived in Kano
    to a huge crowd", then "Kwankwaso's return to Kano via Kaduna"), where the leg comes from them."""
    if not stops or (len(stops) < 2 and stops[0].origin) or len(new) != 1 or not new[0].via or new[0].origin \
            or stops[-1].via:
        return False
    return new[0].key == stops[-1].key or doc.contains(new[0].key, stops[-1].key)


def retold_in_detail(doc: Doc, stops: list[Stop], new: list[Stop]) -> bool:
    """"Grande had traveled Tuesday from England ... back to Boca Raton ... a private jet arriving at Boca Raton ...
    from Birmingham, England, after a brief stop in Wilmington": the last leg told again, from where it began (or a
    place in it) to where it ended, with a stop between: that leg, in detail."""
    if len(stops) < 2 or len(new) < 3 or not new[0].origin or new[-1].key != stops[-1].key:
        return False
    start = stops[-2].key
    return new[0].key == start or doc.holds(start, new[0].key)


def last_day_retold(doc: Doc, stops: list[Stop], new: list[Stop]) -> bool:
    """"He cycled ... through the Alps and north to Paris", then "crossed the line at the Arc de Triomphe in Paris
    ..., having started the day in Dijon": the end of the journey told again, from a new place where its last day
    began ("having started", not "travelling from Nairobi to Kisumu", the whole trip told again): a stop before the
    end."""
    if len(stops) < 2 or len(new) != 2 or not new[0].origin or new[1].origin or not new[0].depart_sents \
            or not any(a.back and a.cue.startswith("having ") for a in doc.facts.get(new[0].depart_sents[0], ())
                       if a.place == new[0].key) \
            or index_of(stops, new[0].key) >= 0:
        return False
    end, arrival = stops[-1].key, new[1].key
    apart = km_apart(doc, end, arrival)
    return arrival == end or doc.holds(end, arrival) or (apart is not None and apart <= ONE_TOWN_KM)


def retold_before_return(doc: Doc, stops: list[Stop], new: list[Stop], seg: list[Fact]) -> bool:
    """"Trump has returned to the White House after his first trip ... The trip began when he departed from
    Washington for Riyadh. He also visited Israel ...": the lead told the return home, the body tells the trip
    again from its start (told after the return), so what it tells goes before the return."""
    if len(stops) < 2 or any(a.planned for a in seg) or any(st.ret for st in new) \
            or any(st.key == stops[-1].key for st in new):
        return False
    end = stops[-1]
    if _first_told(stops[0]) <= _first_told(end):
        return False
    return end.ret or any(a.kind == "ret" and a.place == end.key and a.traveller == seg[0].traveller
                          for i in range(_first_told(end) + 1) for a in doc.facts.get(i, ()))


def _first_told(st: Stop) -> int:
    """The first sentence that names a stop (as reached, or as left)."""
    return min(st.sents or st.depart_sents or [10**9])


_FRONTED_IN = re.compile(r"\s*In\s+")


def elaborated(doc: Doc, stops: list[Stop], new: list[Stop], sent: int) -> int:
    """"... will travel to Chile and Peru. In Chile the Holy Father will visit Santiago, Temuco and Iquique": a
    sentence that opens on a country the journey reaches before its last stop, and names only places in it, says
    where in that country it goes. The index of the country's stop, or -1."""
    s, e = doc.sents[sent]
    fronted = _FRONTED_IN.match(doc.text, s, e)
    if not fronted or any(st.origin or index_of(stops, st.key) >= 0 for st in new):
        return -1
    opener = next((m for m in doc.by_sent.get(sent, []) if m.start == fronted.end()), None)
    if opener is None:
        return -1
    k = index_of(stops, doc.key_for(opener))
    if not 0 <= k < len(stops) - 1 or doc.places[stops[k].key].kind != "country" \
            or not all(doc.contains(stops[k].key, st.key) for st in new):
        return -1
    return k


def index_of(stops: list[Stop], key: str) -> int:
    """Where the journey first reaches ``key``, or -1."""
    return next((k for k, st in enumerate(stops) if st.key == key), -1)


def told_later(doc: Doc, stops: list[Stop], day: dt.date, latest: Latest | None = None) -> bool:
    """Whether the journey told so far gives a date after ``day``: at once when ``latest`` says none can be, else
    stop by stop from the last told (a story of thousands of dated stops is not rescanned for every sentence)."""
    if latest is not None and (latest.day is None or latest.day <= day):
        return False
    later = any(d > day for st in reversed(stops) for d in fixed_dates(doc, st))
    if not later and latest is not None:
        latest.day = day
    return later


def fixed_dates(doc: Doc, st: Stop) -> list[dt.date]:
    """The calendar dates a stop's own words give (weekdays are read along the journey, so not here)."""
    out = []
    for ref in (st.arrive, st.seen, st.depart):
        if ref is not None and ref.kind == "abs":
            d, _ = resolve_date(doc, ref, None)
            if d is not None:
                out.append(d)
    return out


OWN_AIRPORT_KM = 60.0  # an airport this near a city may be the city's own

# "arrived at", "has landed in", "to have safely arrived in": an arrival said, not a way of going
_ARRIVAL_CUE = re.compile(r"(?:" + ARRIVE_VERBS + r")\b")


def _arrival_told_again(doc: Doc, airport: Stop, city: Stop, seg: list[Fact]) -> bool:
    """Whether the arrival in a city after its own airport is that landing told again ("arrived at John F. Kennedy
    International Airport in New York ... looked relieved to have safely arrived in New York"): both said as
    arrivals, not a drive into town ("landed at Entebbe ... then drove to Kampala")."""
    cues = [a.cue for a in seg if a.place == city.key]
    return airport.reached and not airport.origin and bool(cues) and all(
        cue and _ARRIVAL_CUE.match(cue) for cue in cues) and any(
        a.place == airport.key and a.cue and _ARRIVAL_CUE.match(a.cue)
        for i in airport.sents for a in doc.facts.get(i, ()))


def own_airport(doc: Doc, city: str, airport: str) -> bool:
    """Whether ``airport`` is an airport within OWN_AIRPORT_KM of the city ``city``: one place on a journey."""
    a, b = doc.places.get(city), doc.places.get(airport)
    return a is not None and b is not None and a.kind == "city" and b.source == AIRPORT_SOURCE and a.located \
        and b.located and km(a.lat, a.lon, b.lat, b.lon) <= OWN_AIRPORT_KM


ONE_POINT_KM = 10.0  # two names this close, one a site placed at the other or sharing its name, are one stop


AREA_KM = 80.0  # a region without a first-level code (a county) holds the towns of its country this near its centre


def _area_around(doc: Doc, area: str, key: str) -> bool:
    """Whether ``area`` is a country or region that holds the place ``key``: by code, or for a county the gazetteer
    gives no code (Norfolk), by being of its country and near its centre."""
    a, p = doc.places[area], doc.places[key]
    if doc.contains(area, key) or doc.holds(area, key):
        return True
    return a.kind == "region" and p.kind != "region" and bool(a.country) and a.country == p.country \
        and a.located and p.located and km(a.lat, a.lon, p.lat, p.lon) <= AREA_KM  # type: ignore[arg-type]


def one_point(doc: Doc, a: str, b: str) -> bool:
    """Whether two keys name one point: a site the geoparser placed at its town's point ("Aden's International
    Airport"), or two places of one name within ONE_POINT_KM (the city of Aden and its governorate; Shannon Airport
    and the town of Shannon)."""
    pa, pb = doc.places[a], doc.places[b]
    if a == b or not (pa.located and pb.located) or km(pa.lat, pa.lon, pb.lat, pb.lon) > ONE_POINT_KM:
        return False
    took = [borrowed(p.source) is not None for p in (pa, pb)]
    return pa.name == pb.name or (any(took) and not all(took)) or _named_airport(pa, pb) or _named_airport(pb, pa)


_HUB = re.compile(r"\b(?:[Ss]tation|[Aa]irport|[Aa]irfield|[Tt]erminal|[Pp]ort|[Hh]arbou?r|[Qq]uay|[Pp]ier|[Dd]ocks?)$")


def site_gone_to(doc: Doc, town: str, site: str, sents: list[int]) -> bool:
    """"The Archbishop has arrived in Norwich ... This evening the Archbishop will head to Norwich Cathedral": a
    site the geoparser placed at the town's point (the town it is named by, not a guess), reached in sentences
    (``sents``) that do not name the town, is a stop inside it; not the town told twice ("arrived in Karuizawa ...
    upon their arrival at Karuizawa Station": a station or an airport is where the town is reached; "King Abdullah
    II Gardens in Irbid")."""
    pt, ps = doc.places[town], doc.places[site]
    placed = borrowed(ps.source)
    if pt.name == ps.name or placed is None or placed[1] and (placed[0] != pt.name or pt.kind != "city") \
            or _HUB.search(ps.name) or not sents:
        return False  # a site placed where the text last was only as a guess may be anywhere (but in the town
        # the traveller is in, the guess is theirs: "landed in Nairobi on Friday. He then drove to State House")
    for i in sents:
        ms = [m for m in doc.by_sent.get(i, ()) if m.role == "place"]
        for k, m in enumerate(ms):
            if doc.key_for(m) != town:
                continue
            if not doc.text.startswith(("’s", "'s"), m.end) or (
                    k + 1 < len(ms) and doc.key_for(ms[k + 1]) == site and ms[k + 1].start - m.end <= 30):
                return False  # "Falmouth's National Maritime Museum", not "speakers from Norwich's twin city"
    return True


def _named_airport(town: Place, airport: Place) -> bool:
    """Whether ``airport`` is an airport whose name is the town's and a word for an airfield ("Shannon Airport")."""
    return town.kind == "city" and airport.source == AIRPORT_SOURCE and airport.name.startswith(town.name + " ")


def continue_from(doc: Doc, stops: list[Stop], new: list[Stop], open_via: list[str]) -> None:
    last = stops[-1]
    first = new[0]
    if first.key == last.key or doc.contains(first.key, last.key) or (
            one_point(doc, first.key, last.key)
            and not site_gone_to(doc, last.key, first.key, [i for i in first.sents if i not in last.sents])):
        last.absorb(Stop(last.key, arrive=first.arrive, depart=first.depart, crossing=first.crossing,
                          sents=first.sents, clauses=first.clauses, depart_sents=first.depart_sents,
                          depart_clause=first.depart_clause, origin=first.origin, reached=first.reached,
                          begin=first.begin, via=[]))
        last.open_via += [v for v in first.via if v not in last.open_via]
        new = new[1:]
    elif not last.origin and last.link != "start" and doc.contains(last.key, first.key) \
            and first.link == "stated":
        last.key = first.key  # "reached Turkey ... spent the winter in Istanbul"
        last.absorb(first)
        new = new[1:]
    elif len(stops) == 1 and last.origin and last.begin and doc.holds(last.key, first.key) \
            and first.link == "stated" and first.planned == last.planned:
        stops.pop()  # "began a three-day visit to Cyprus ... landed at the airport in ... Paphos": where in it
        first.arrive, first.link = first.arrive or last.arrive, "start"
        stops += new
        return
    if new:
        if new[0].link != "break":
            new[0].via = [*last.open_via, *(v for v in new[0].via if v not in last.open_via)]
        last.open_via = []
        stops += new
    stops[-1].open_via += [v for v in open_via if v not in stops[-1].open_via]


def prepend(doc: Doc, stops: list[Stop], new: list[Stop], open_via: list[str]) -> None:
    """What came before the journey told so far: joined to its first stop when the article's words
    leave no other reading (a departure whose end it does not name), else kept apart."""
    head = stops[0]
    last = new[-1]
    if last.key in head.via and not head.origin:  # the segment ends where the first leg passed: a stop there
        head.via = head.via[head.via.index(last.key) + 1:]
        last.link = last.link if last.link != "start" else "stated"
        new[0].link = "start"
        stops[0:0] = new
        return
    if last.key == head.key or doc.contains(last.key, head.key):  # "arrived in Mombasa ... arriving in Kenya"
        head.absorb(last)
        head.link, head.via = last.link, [*last.via, *head.via]
        new = new[:-1]
    elif doc.contains(head.key, last.key) and len(stops) > 1:
        last.absorb(Stop(last.key, depart=head.depart, depart_sents=head.depart_sents,
                          depart_clause=head.depart_clause, origin=head.origin))
        stops.pop(0)
        stops[0:0] = new
        new[0].link = "start"
        return
    elif (len(new) == 1 and last.origin) or not head.origin:
        # "flew from Kyiv via Rzeszów": to the next place named; or the next place, reached from nowhere the
        # article names, was reached from here
        head.link = "joined" if last.origin else "joined-from"
        head.via = [*open_via, *head.via]
    elif any(_TRIP_SO_FAR.search(doc.text, *doc.sents[i]) for i in last.sents):
        head.link = "so-far"  # "started his China visit from Shanghai ... his Asian trip, which had taken him to
        head.via = [*open_via, *head.via]  # Japan and Singapore": the same trip, on from where it had been
    else:
        head.link, head.note = "break", gap_note(doc, last.key, head.key)
    if new:
        new[0].link = "start"
    stops[0:0] = new


# a trip that had taken the traveller elsewhere before the part told: "Obama's Asian trip, which had taken him to Japan
# and Singapore"
_TRIP_SO_FAR = re.compile(r"\b(?:which|that)\s+(?:had|has)\s+(?:already\s+|so\s+far\s+)?(?:taken|led|brought)\s+"
                          r"(?:him|her|them|it)\s+to\b", re.IGNORECASE)


def by_date(doc: Doc, stops: list[Stop], new: list[Stop], day: dt.date | None) -> bool:
    """"landed in Muscat on October 11 ... It took off for Dubai on October 10" after the departure from Ashgabat:
    a dated arrival told after a later one goes before the first stop dated after it, not before the journey's
    start. False (nothing done) when the journey's start is not a place left (what came before it may be told),
    the first stop is dated after it, or a place of ``new`` is already on the way."""
    if day is None or not stops[0].origin or any(index_of(stops, st.key) >= 0 for st in new):
        return False
    k = next((k for k, st in enumerate(stops) if any(d > day for d in fixed_dates(doc, st))), 0)
    if k == 0:
        return False
    for st in (new[0], stops[k]):
        if st.link not in ("home", "break"):
            st.link = "joined-from"
    stops[k:k] = new
    return True


# a trip told by the visits it takes in: "began an African tour on Sunday, which includes visits to Guinea, ..."
_INCLUDES_VISITS = re.compile(r"\binclud(?:es|ed|ing|e)\s+(?:visits?|stops?|stopovers?)\s+(?:to|in|at)\b",
                              re.IGNORECASE)


def add_goal(doc: Doc, stops: list[Stop], g: Fact, listed: bool = False, alone: bool = False) -> None:
    """"is traveling to Beijing", "his first visit to China": the trip's destination, when no stop says it. A
    goal ``listed`` with others, as the visits a trip includes, is where a journey no stop has told yet starts
    ("began an African tour on Sunday, which includes visits to Guinea, Cote d’Ivoire and Senegal, after which he
    will leave to the US"), and so is one listed ``alone``, where the traveller's story tells no other travel
    ("during their five-day trip to Montreal, Chicago and New York")."""
    if not stops and listed and (alone or _INCLUDES_VISITS.search(doc.text, *doc.sents[g.sent])):
        stops.append(Stop(g.place, arrive=g.date, sents=[g.sent], clauses=[g.clause], planned=g.planned,
                          reached=True, link="start"))
        return
    if len(stops) == 1 and stops[0].ret and not stops[0].origin and not stops[0].planned and not g.planned \
            and stops[0].sents and g.sent < stops[0].sents[0] and g.place != stops[0].key:
        # "Chun Doo-hwan, who was on an official goodwill visit to Myanmar, survived ...", then "returned to Seoul
        # within hours": the visit told before the return is where the traveller went back from
        stops.insert(0, Stop(g.place, arrive=g.date, sents=[g.sent], clauses=[g.clause], reached=True, link="start"))
        stops[1].link = "stated"
        return
    if not stops or any(st.key == g.place and (k or not st.origin or st.sents) for k, st in enumerate(stops)):
        return  # a stop already reached ("Araghchi’s visit to Baghdad aims to"), not only where he set out from
    if any(doc.contains(g.place, st.key) for st in stops):
        return
    gp = doc.places[g.place]
    if gp.kind == "region" and any(doc.places[st.key].country == gp.country for st in stops):
        return
    st = Stop(g.place, arrive=g.date, sents=[g.sent], clauses=[g.clause], planned=g.planned, reached=True,
               via=stops[-1].open_via)
    stops[-1].open_via = []
    stops.append(st)


# who travels named by a common noun ("A group of 143 Syrian refugees", "The refugees"), not by a name
_GROUP = re.compile(rf"(?:[Aa]n?|[Tt]he)\s+[a-z]|{UNKNOWN}$")


def told_once(doc: Doc, legs: list[Leg]) -> list[Leg]:
    """A leg the article tells twice (the lead, then the body) is one leg, with what each telling adds -- also when
    each telling names the group that travels another way ("A group of 143 Syrian refugees arrived in Cyprus in a
    boat which had sailed from the port of Mersin", "The refugees said they left Mersin on Saturday")."""
    out: list[Leg] = []
    seen: dict[tuple[str, str, str], Leg] = {}
    for leg in legs:
        key = ("", leg.from_, leg.to) if _GROUP.match(leg.traveller) else (leg.traveller, leg.from_, leg.to)
        first = seen.get(key)
        if first is None:
            seen[key] = leg
            out.append(leg)
            continue
        first.via += [v for v in leg.via if v not in first.via]
        first.depart = first.depart or leg.depart
        first.arrive = first.arrive or leg.arrive
        if first.depart and first.arrive and first.arrive < first.depart:
            first.arrive = None
        if first.mode == "unknown":
            first.mode = leg.mode
        for q in [leg.quote, *leg.more_quotes]:
            if q is not None:
                doc.add_quote(first, q)
    return out


def tidy(doc: Doc, who: str, stops: list[Stop]) -> None:
    """A world region ("the Middle East", "Latin America") is what a journey is about, not a stop, when the
    journey has two other stops; a country next to a stop inside it says nothing the stop does not ("flew to
    Pakistan ... reached Islamabad"): the stop stands for both. Each change is said in the draft."""
    for k, st in enumerate(stops[:-1]):
        nxt = stops[k + 1]
        if doc.world_region(st.key) and nxt.via and not doc.world_region(nxt.via[0]):
            # "is expected to return to Montevideo ... after a stopover in Punta Arenas", after Antarctica: the
            # stopover is the stop the text can draw before it
            doc.note_unsure(f"Not a stop: {doc.places[st.key].name} is a region the story is about; the leg is "
                            f"drawn from the stop on the way.", *_stop_span(doc, st))
            stops[k] = Stop(nxt.via[0], sents=list(nxt.sents), clauses=list(nxt.clauses), planned=nxt.planned,
                            link=st.link)
            nxt.via = nxt.via[1:]
    concrete = [st for st in stops if not doc.world_region(st.key)]
    if len(concrete) >= 2 and len(concrete) < len(stops):
        for st in stops:
            if doc.world_region(st.key):
                name = doc.places[st.key].name
                doc.note_unsure(f"Not a stop: {name} is a region the story is about; the journey's stops are "
                                f"the places in it.", *_stop_span(doc, st))
        _drop(stops, [k for k, st in enumerate(stops) if doc.world_region(st.key)])
    k = 0
    while k + 1 < len(stops):
        a, b = stops[k], stops[k + 1]
        if b.link == "break" or a.crossing or b.crossing:
            k += 1
            continue
        if (doc.contains(a.key, b.key) or doc.holds(a.key, b.key)) and not a.origin:
            # "crossed into China" at Dandong; "the first pontiff to visit ... Corsica. He landed at ... Ajaccio"
            b.arrive = b.arrive or a.arrive
            b.via = [*a.via, *b.via]
            b.planned = b.planned and a.planned
            b.link = a.link if b.link == "stated" else b.link
            _drop(stops, [k])
            continue
        if doc.contains(b.key, a.key) and not b.origin and k + 2 >= len(stops):
            a.depart = a.depart or b.depart
            _drop(stops, [k + 1])
            continue
        k += 1


def _drop(stops: list[Stop], ks: list[int]) -> None:
    for k in sorted(ks, reverse=True):
        if k == 0 and len(stops) > 1:
            stops[1].link = "start" if stops[1].link != "break" else stops[1].link
        del stops[k]


def _stop_span(doc: Doc, st: Stop) -> tuple[int, int]:
    i = (st.sents or st.depart_sents or [0])[0]
    return doc.quote_span(i)


# "returned to Rangoon on Sunday night after a nine-day tour": a return, then the trip it ends
_AFTER_A_TRIP = re.compile(r"\b(?:returned|returns|flew\s+back|came\s+back|arrived\s+back|got\s+back|headed\s+back|"
                           r"went\s+back|headed\s+home)\b[^.;]{0,80}?"
                           r"\b(?:after|wrapping\s+up|ending|concluding|capping)\s+(?:a|an|his|her|their|its|the)\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:tour|trip|visit|journey|"
                           r"voyage|swing)\b|"
                           r"\b(?:returned|returns|flew\s+back|came\s+back|arrived\s+back)\b[^.;]{0,80}?\bafter\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:visits|trips|tours)\s+to\b", re.IGNORECASE)  # "after successful
# visits to Turkey, Germany, France and the US"


def turned_back(doc: Doc, stops: list[Stop], items: list[Fact]) -> None:
    """"a Port Blair-bound passenger ship ... was asked to return to the Visakhapatnam Port", "after it left the
    Visakhapatnam Port": a voyage that went back to where it left, told with or after where it was bound, did not
    get there; the leg to its goal is what was meant (planned), and the returns to its start are no leg from the
    goal."""
    if len(stops) < 2 or not (stops[0].origin and stops[0].ret):
        return
    start, goal = stops[0], stops[1]
    told = [a for a in items if a.place == goal.key]
    if not told or any(a.kind != "goal" for a in told) or goal.ret or goal.origin:
        return

    def home(key: str) -> bool:
        return key == start.key or one_point(doc, start.key, key) or doc.holds(key, start.key)

    back = [a.sent for a in items if a.kind == "ret" and a.place is not None and home(a.place) and not a.planned]
    if not back or max(back) < min(goal.sents) or not all(home(st.key) for st in stops[2:]):
        return
    goal.planned, goal.link = True, "turned-back"
    del stops[2:]


def went_back(doc: Doc, stops: list[Stop]) -> None:
    """"Xi flew back to Beijing": a journey whose start the article does not give began where the traveller
    went back to (inferred). Three shapes only: a place, then back home from it ("flew back to Beijing after a
    visit to Russia"); places told in turn, then back home from the last, told last ("... before returning to
    Rome"); or a return told first, after the trip told next ("returned to Rangoon after a nine-day tour")."""
    if len(stops) < 2 or stops[0].origin:
        return
    first = stops[0]
    if first.ret and not first.planned and first.sents and _AFTER_A_TRIP.search(doc.text, *doc.sents[first.sents[0]]) \
            and not any(st.ret or st.planned or st.key == first.key or not st.sents or st.sents[0] < first.sents[0]
                        for st in stops[1:]):
        # "returned to Rangoon on Sunday night after a nine-day tour during which she met ... in Mandalay": the
        # return told first ends the trip told after it, which began there
        stops.append(stops.pop(0))
        stops[0].link = "went-back"
        stops.insert(0, Stop(first.key, depart_sents=first.sents[:1], origin=True, link="start"))
        return
    if stops[1].ret and stops[1].key != stops[0].key and (len(stops) == 2 or not stops[1].planned):
        back_to = stops[1]  # a return still to come counts only when nothing follows it
    elif stops[-1].ret and stops[-1].sents and not any(
            st.key == stops[-1].key or st.ret or not st.sents or st.sents[0] > stops[-1].sents[0]
            for st in stops[:-1]):
        back_to = stops[-1]
    else:
        return
    if back_to.link not in ("stated", "joined-from"):
        return
    stops[0].link = "went-back"
    stops.insert(0, Stop(back_to.key, depart_sents=back_to.sents[:1], origin=True, link="start"))


_DAY_TRIP = re.compile(r"(?<![\w-])day[- ]trips?\s+(?:by\s+[a-z]+\s+)?to\b", re.IGNORECASE)  # not "a 10-day trip"


def day_trips(doc: Doc, stops: list[Stop], items: list[Fact]) -> None:
    """"will make a day trip by train to Luang Prabang": the traveller comes back the same day to where the trip
    was made from (inferred, said), unless the text already goes back there next."""
    trips = {a.place for a in items if a.place and _DAY_TRIP.search(doc.text, a.clause[0], a.start)}
    k = 1
    while k < len(stops):
        st, base = stops[k], stops[k - 1]
        if st.key in trips and base.key != st.key and not (k + 1 < len(stops) and stops[k + 1].key == base.key):
            back = Stop(base.key, arrive=st.arrive, sents=st.sents[:1], clauses=st.clauses[:1], planned=st.planned,
                        ret=True, reached=True, link="day-trip")
            if base.depart_sents and st.sents and min(base.depart_sents) > max(st.sents):
                # "She will depart from Vientiane on Friday", told after the day trip: the second time there
                back.depart, back.depart_sents, back.depart_clause = base.depart, base.depart_sents, base.depart_clause
                base.depart, base.depart_sents, base.depart_clause = None, [], None
            stops.insert(k + 1, back)
            k += 1
        k += 1


# the lead sets off without saying from where: "JAKARTA: Indonesia's new president headed to China", "New Delhi :
# External Affairs Minister Pranab Mukherjee Thursday left for Cyprus", "ISLAMABAD: ... Qureshi will embark on a tour"
# (not "left the training facility in Gotemba", which says where)
_SETS_OFF = re.compile(r"\b(?:" + LEAVE_VERBS + r"|depart|headed|heads|heading|embark(?:ed|s|ing)?|"
                       r"set(?:s|ting)?\s+(?:off|out))\s+(?:[\w’'(),]+\s+){0,4}?(?:for|to|on)\b|"
                       r"\b(?:start|starts|started|begin|begins|began|embark(?:ed|s)?\s+on)\s+(?:[\w’'(),]+\s+){0,3}?"
                       r"(?:tour|visit|trip|journey)\b", re.IGNORECASE)  # "Luanda — Foreign Minister Manuel Augusto
# will start Tuesday a tour of four countries"
_LEAD_SENTS = 3  # the first stop told within this many sentences of the dateline's
_GOES_ON_CUE = re.compile(r"(?:continued|continues|continuing|went\s+on|goes\s+on|pressed\s+on|moved\s+on)\s+to$",
                         re.IGNORECASE)


def from_dateline(doc: Doc, stops: list[Stop], who: str = "") -> None:
    """A journey whose start the article does not give, in a story whose dateline names a town and whose lead says
    the traveller set off ("BHUBANESWAR: Chief Minister Naveen Patnaik will leave for Delhi", "SEPANG, Aug 18 — ...
    left for Brunei today ... to Bandar Seri Begawan"): it set off from the dateline's town (inferred, said on the
    leg). A reporter filing from where the traveller arrives, from a country the journey goes to, or from a place
    the journey passes or that is in the country of a place it left, says nothing of the start."""
    if not stops or stops[0].origin or stops[0].link != "start" or not stops[0].sents:
        return
    m = dateline_place(doc)
    if m is None or m.kind != "city" or not m.country:
        return
    own = _titled_by_country(doc, who) if who else None
    if own is not None and doc.places[own].country and doc.places[own].country != m.country:
        return  # "MOSCOW (Sputnik) Japanese Foreign Minister Yoshimasa Hayashi will begin his ... tour": filed abroad
    i = doc.sent_of(m.start)
    lead = 0 <= stops[0].sents[0] - i < _LEAD_SENTS or any(  # "today left for a seven-day visit to three African
        f.kind == "goal" and f.place == stops[0].key for f in doc.facts.get(i, ())) or any(  # nations": its goal
        f.kind in ("arrive", "goal") and f.place and doc.contains(f.place, stops[0].key)  # "left for Brunei today
        for k in range(i, i + _LEAD_SENTS) for f in doc.facts.get(k, ()))  # ... to Bandar Seri Begawan": the country
    # "ALICE SPRINGS, January 12. ... The rest have continued to Adelaide by air": a journey told as going on, with
    # no start given, goes on from where the story is filed
    goes_on = 0 <= stops[0].sents[0] - i <= 2 * _LEAD_SENTS and any(
        f.place == stops[0].key and f.cue and _GOES_ON_CUE.match(f.cue) for f in doc.facts.get(stops[0].sents[0], ()))
    if not goes_on and (not lead or not _SETS_OFF.search(doc.text, m.end, doc.sents[i][1])):
        return
    key = doc.key_for(m)
    if any(st.key == key or key in st.via or doc.places[st.key].country == m.country and (
            doc.places[st.key].kind == "country" or st.origin) for st in stops):
        return
    stops[0].link = "dateline"
    stops.insert(0, Stop(key, depart_sents=[i], origin=True, link="start"))


# "Starting on 12 September ..., his trek has taken him through Hayle in Cornwall, Yeovil in Somerset and
# Basingstoke": where a journey told only by its start has gone since
_HAS_TAKEN = re.compile(r"\b(?:has|have)\s+(?:so\s+far\s+)?(?:taken|led|brought)\s+(?:him|her|them|it|us)\s+"
                        r"(?:so\s+far\s+)?through\b", re.IGNORECASE)
# "departed Norfolk on Oct. 19 ... made stops in Guatemala, Honduras, Columbia, the Dominican Republic and Haiti": where
# the journey went from its start, in the order told
_MADE_STOPS = re.compile(r"\b(?:made|makes|making|has\s+made)\s+(?:(?:brief|short|several)\s+)?(?:stops|port\s+calls|"
                         r"calls)\s+(?:along\s+(?:the\s+)?(?:[\w-]+\s+){1,5}?)?(?:in|at)\b|\b" + STOPS_WERE_MADE
                         + r"\b", re.IGNORECASE)
# "is setting out to cover the 2,000-mile trail, from western Missouri across northeastern Kansas through Nebraska,
# Wyoming, Idaho and Oregon": the way the trip takes from its start
_COVERS_ROUTE = re.compile(r"\b(?:cover|covers|covering|follow|follows|following|retrace|retraces|retracing)\s+"
                           r"(?:the|this|that|its|his|her|their)\s+(?:[\w,-]+\s+){0,3}?(?:trail|route|road|path)\b",
                           re.IGNORECASE)
def _goal_by_way(doc: Doc, seg: list[Fact]) -> bool:
    """"The aircraft is travelling to Cape Town via Windhoek": the way a goal of the sentence is reached, named after
    it in its clause -- kept for the goal's leg (add_goal), as "before reaching" keeps it."""
    return all(a.kind == "via" for a in seg) and any(
        g.kind == "goal" and g.traveller == seg[0].traveller and g.clause == seg[0].clause and g.end <= seg[0].start
        for g in doc.facts.get(seg[0].sent, ()))


# "passed through the Netherlands, Germany ... and Jordan before entering Saudi Arabia": the way to the last stop
_BEFORE_REACHING = re.compile(r"\bbefore\s+(?:finally\s+)?(?:entering|reaching|arriving|crossing\s+into|getting\s+to|"
                              r"landing|docking)\b", re.IGNORECASE)


def passed_last(doc: Doc, stops: list[Stop], facts: list[Fact]) -> None:
    """"started his journey in Cairo on April 10 and has travelled through Sudan, Ethiopia and Kenya", and no later
    leg: the places the journey passed after its last stop are where it went, in the order told -- unless the text
    says they came before the end ("passed through ... before entering Saudi Arabia"): then they are on the way."""
    if not stops or not stops[-1].open_via:
        return
    told = {a.place: a for a in facts if a.kind == "via" and a.place is not None}
    passed, stops[-1].open_via = stops[-1].open_via, []
    last = stops[-1]
    if not last.origin and any(
            _BEFORE_REACHING.search(doc.text, *doc.sents[a.sent]) for key in passed if (a := told.get(key))):
        last.via += [k for k in passed if k not in last.via and k != last.key]  # on the way to where it ended
        return
    for key in passed:
        a = told.get(key)
        if a is None or any(st.key == key or doc.contains(key, st.key) for st in stops):
            continue
        stops.append(Stop(key, sents=[a.sent], clauses=[a.clause], planned=a.planned, reached=True))


def via_first(stops: list[Stop]) -> None:
    """"Howe flew to Beijing after a stopover in Hong Kong", and no start: the stopover is where the journey is
    first known to be, and the leg from it is told (an arrival without a start has no via points to keep it)."""
    k = 0
    while k < len(stops):
        st = stops[k]
        if st.via and st.reached and not st.origin and (k == 0 or st.link == "break"):
            stops.insert(k, Stop(st.via.pop(0), sents=st.sents[:1], clauses=st.clauses[:1], link=st.link,
                                 note=st.note, reached=True, planned=st.planned))
            st.link, st.note = "stated", ""
            continue
        k += 1


ON_PUB = "Date taken from the publication date: the article says the traveller has arrived."
ON_PUB_HOUR = "Date taken from the publication date: the article gives the hour of arrival but names no day."
_JUST_ARRIVED = re.compile(r"\b(?:has|have)\s+(?:just\s+|now\s+)?(?:arrived|landed|reached|returned)\b")
_JUST_LEFT = re.compile(r"\b(?:has|have)\s+(?:just\s+|now\s+)?(?:left|departed|set\s+(?:off|out|sail))\b")
LEFT_ON_PUB = "Date of departure taken from the publication date: the article says the traveller has left."


# "arrived at Gannavaram airport at 2.20 p.m.", "reached the airport at 7:55 pm", "At 2:30 p.m., the
# Secretary-General arrived in": an hour and no day
_HOUR = r"\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|local\s+time)"
_ARRIVED = r"\b(?:arrived|landed|reached|touched\s+down|docked)\b"
_CLOCK = re.compile(_ARRIVED + r"[^.;]{0,120}?\bat\s+(?:about\s+|around\s+)?" + _HOUR, re.IGNORECASE)
_CLOCK_FIRST = re.compile(r"\s*(?:At|By)\s+(?:about\s+|around\s+)?" + _HOUR + r"[^.;]{0,120}?" + _ARRIVED,
                          re.IGNORECASE)
ON_TOLD_HOUR = "Date taken from the day the article was telling: it gives the hour of arrival but names no day."


def at_a_clock_time(doc: Doc, i: int) -> tuple[str, dt.date | None]:
    """A past arrival at an hour and no day of its own: (why, the day). With no date in it or before it, the day the
    article was published, as in wire copy filed the same day; after a dated sentence ("arrived in Cairo at 12:30
    p.m. today ... At 2:30 p.m., the Secretary-General arrived in Sharm el-Sheikh"), the day the text was telling
    (inferred, said in the draft either way)."""
    if doc.dates.get(i) or not (_CLOCK.search(doc.text, *doc.sents[i]) or _CLOCK_FIRST.match(doc.text, *doc.sents[i])):
        return "", None
    told = doc.date_at.get(i - 1)
    return (ON_TOLD_HOUR, told) if told is not None else (ON_PUB_HOUR, doc.pub_given)


def resolve_stop_dates(doc: Doc, stops: list[Stop]) -> None:
    """Dates in travel order: weekdays never run backwards along the journey. "has arrived in Beijing" with no
    date of its own arrived on the day of publication (inferred, said in the draft)."""
    previous: dt.date | None = None
    for st in stops:
        if st.arrive is None and st.reached and st.sents and doc.pub_given is not None and not st.planned:
            day: dt.date | None = doc.pub_given
            if _JUST_ARRIVED.search(doc.text, *doc.sents[st.sents[0]]):
                st.on_pub = ON_PUB
            else:
                st.on_pub, day = at_a_clock_time(doc, st.sents[0])
            if st.on_pub:
                st.arrive = DateRef(*doc.sents[st.sents[0]], "abs", day)
        if st.depart is None and st.origin and st.depart_sents and doc.pub_given is not None and not st.planned \
                and _JUST_LEFT.search(doc.text, *doc.sents[st.depart_sents[0]]):
            st.left_on_pub = True
            st.depart = DateRef(*doc.sents[st.depart_sents[0]], "abs", doc.pub_given)
        for which in ("arrive", "seen", "depart"):
            ref = getattr(st, which)
            d, inferred = resolve_date(doc, ref, previous)
            if d is None and ref is not None and ref.kind in ("same", "next"):
                d = ref.in_text_order  # "arrived later in the day": the day the text was telling
            if d is not None:
                previous = d
                setattr(st, f"{which}_date", d)
                st.date_inferred = st.date_inferred or inferred


STAY_NOTE = "Date of arrival taken from the day the article puts {} there."
SHIP_NOTE = ("Mode inferred: the article does not say how {} and {} were crossed, and tells of a ship in port and at "
             "sea with no word of flying, trains or the road; taken as by ship.")
CANAL_NOTE = "Mode inferred: the article does not say how, but the leg passes through the {}; taken as by ship."
CAME_BY_NOTE = "Mode inferred: the article says how the traveller reached {} ({}) and not how it went on."
FAR_NOTE = "Mode inferred: {} and {} are more than {:,} km apart and the article does not say how; taken as a flight."
SEA_NOTE = ("Mode inferred: the article does not say how {} and {} were crossed, and tells of a voyage under sail "
            "or oars with no word of flying; taken as by boat.")
OWN_POWER_NOTE = ("Mode inferred: the article does not say how {} and {} were crossed, and tells of a {} with no "
                  "word of flying; taken as the same.")
RAIL_NOTE = ("Mode inferred: the article does not say how {} and {} were crossed, and tells of trains with no word of "
             "flying, the road or the sea; taken as by train.")
ROAD_NOTE = ("Mode inferred: the article does not say how {} and {} were crossed, and tells of driving with no word of "
             "flying, the sea or trains; taken as by road.")
ONE_TOWN_KM = 30.0  # two places this close are one town's ("the Arc de Triomphe in Paris" and Paris)
_FLIGHT_KM = 2500  # a journey in the news this long, with no word of how, flies (not in stories before 1960)


_AIRPORT_TOWN_KM = 150.0


def _airport_to_town(doc: Doc, a: str, b: str) -> bool:
    """Whether a leg goes from an airport to a place near it ("welcomed at the Entebbe International Airport ... He
    then went to the State House in Kampala"): the flight that landed there is no mode for it."""
    if doc.places[a].source != AIRPORT_SOURCE or doc.places[b].source == AIRPORT_SOURCE:
        return False
    apart = km_apart(doc, a, b)
    return apart is not None and apart < _AIRPORT_TOWN_KM


_ROAD_KM = 1500  # a leg this long is not taken to go by a car or a bus the story names elsewhere ("got down from his
_ROAD = frozenset("car bus convoy motorcycle bicycle foot".split())  # car" on the Corniche, after visits abroad)


def _longest_hop(doc: Doc, path: list[str]) -> float | None:
    """The longest distance between two places in turn on a leg's path (its start, the places it passed, its end):
    "to Kalgoorlie ... Other major towns passed were Port Augusta, Broken Hill, Wangaratta and Canberra, to the
    finish in Sydney" is a drive of short hops, not one of 2,900 km."""
    hops = [d for a, b in zip(path, path[1:], strict=False) if (d := km_apart(doc, a, b)) is not None]
    return max(hops) if hops else None


def _too_far_by(doc: Doc, mode: str, path: list[str]) -> bool:
    """Whether a leg is too long to take the mode of another leg, or of a road vehicle the story names, by road."""
    apart = _longest_hop(doc, path) if mode in _ROAD else None
    return apart is not None and apart > _ROAD_KM


def _far_apart(doc: Doc, path: list[str]) -> bool:
    if doc.pub is not None and doc.pub.year < 1960:
        return False
    apart = _longest_hop(doc, path)
    return apart is not None and apart > _FLIGHT_KM


def stay_day(st: Stop) -> dt.date | None:
    """The day a stay puts the traveller at a stop whose arrival nothing dates ("will hold talks in Zimbabwe on
    Jan. 11": there that day), for the leg or arrival into it (inferred, said)."""
    return st.seen_date if st.arrive_date is None and st.stayed else None


def legs_of(doc: Doc, who: str, stops: list[Stop], drawn: set[tuple[str, str, str]] | None = None) -> list[Leg]:
    """``drawn``: the (traveller, from, to) of every leg made so far, which is what the story's leg count is once
    a leg told twice is one (``told_once``): past the limit the stage stops at once."""
    legs: list[Leg] = []
    last_mode: str | None = None
    # how the traveller reached the first stop, when the text says ("The Airlink jet landed at St Helena Airport ...
    # It then went on to Windhoek"): the legs on from it go the same way when nothing else tells
    came_by = next((m for span in stops[0].clauses if (m := mode_in(doc, span))), None) if stops else None
    drawn = set() if drawn is None else drawn
    for a_stop, b_stop in zip(stops, stops[1:], strict=False):
        if b_stop.link == "break" or a_stop.key == b_stop.key:
            continue
        drawn.add((who, a_stop.key, b_stop.key))
        check_limit("legs", len(drawn), stopped=True)
        sents = sorted(dict.fromkeys([*(a_stop.depart_sents or a_stop.sents)[-1:], *b_stop.sents]))
        stated = [mode_in(doc, span) for span in [*b_stop.clauses,
                                                  *([a_stop.depart_clause] if a_stop.depart_clause else [])]]
        mode = next((m for m in stated if m), None)
        if mode == "flight" and "helicopter" in stated:  # "took off in a helicopter ... touched down at"
            mode = "helicopter"
        for si in [*b_stop.sents, *a_stop.depart_sents[-1:]]:
            mode = mode or mode_in(doc, doc.sents[si], clause=False)
        inferred = False
        confidence = 0.85
        notes: list[str] = []
        if a_stop.link == "break" and a_stop.note:
            notes.append(a_stop.note)
            confidence = 0.75
        if mode is None and flown_to(doc, b_stop.key, a_stop.key, b_stop.sents):
            mode, inferred, confidence = "flight", True, min(confidence, 0.7)
            notes.append(AIRPORT_NOTE.format(doc.places[b_stop.key].name))
        via = [v for v in dict.fromkeys(b_stop.via)  # each once; not a stopover at an end or round it
               if v not in (a_stop.key, b_stop.key) and not doc.holds(v, a_stop.key) and not doc.holds(v, b_stop.key)]
        path = [a_stop.key, *(v for v in via if doc.places[v].located), b_stop.key]
        canal = next((v for v in via if doc.places[v].name.endswith(" Canal")), None) if mode is None else None
        if canal:
            mode, inferred, confidence = "ship", True, min(confidence, 0.7)
            notes.append(CANAL_NOTE.format(doc.places[canal].name))
        if mode is None and last_mode and not _too_far_by(doc, last_mode, path) \
                and not (last_mode == "flight" and _airport_to_town(doc, a_stop.key, b_stop.key)):
            mode, inferred, confidence = last_mode, True, min(confidence, 0.6)
            notes.append(f"Mode carried over from the previous leg ({mode}).")
        if mode is None:
            vehicle = vehicle_mode(doc, who)
            if vehicle and not _too_far_by(doc, vehicle[0], path):
                mode, inferred, confidence = vehicle[0], True, min(confidence, 0.6)
                notes.append(vehicle_note(doc, vehicle))
        if mode is None and at_sea(doc):
            mode, inferred, confidence = "ship", True, min(confidence, 0.5)
            notes.append(SHIP_NOTE.format(doc.places[a_stop.key].name, doc.places[b_stop.key].name))
        if mode is None and came_by and not _too_far_by(doc, came_by, path):
            mode, inferred, confidence = came_by, True, min(confidence, 0.5)
            notes.append(CAME_BY_NOTE.format(doc.places[stops[0].key].name, came_by))
        by_distance = mode is None and _far_apart(doc, path)
        own = under_own_power(doc) if mode is None else None
        if by_distance and under_sail(doc):
            mode, inferred, confidence = "boat", True, min(confidence, 0.5)
            notes.append(SEA_NOTE.format(doc.places[a_stop.key].name, doc.places[b_stop.key].name))
        elif own and (by_distance or own == "bicycle"):
            # a ride's legs whatever their length ("ventured through Durham, Darlington, York ..." in a story of
            # riders and bikes); a walk's only when long (a story of a visit often says someone "walked" there)
            mode, inferred, confidence = own, True, min(confidence, 0.5)
            notes.append(OWN_POWER_NOTE.format(doc.places[a_stop.key].name, doc.places[b_stop.key].name,
                                               "ride" if own == "bicycle" else "walk"))
        elif by_distance and by_rail(doc):
            mode, inferred, confidence = "train", True, min(confidence, 0.5)
            notes.append(RAIL_NOTE.format(doc.places[a_stop.key].name, doc.places[b_stop.key].name))
        elif by_distance and by_road(doc):
            mode, inferred, confidence = "car", True, min(confidence, 0.5)
            notes.append(ROAD_NOTE.format(doc.places[a_stop.key].name, doc.places[b_stop.key].name))
        elif by_distance:
            mode, inferred, confidence = "flight", True, min(confidence, 0.5)
            notes.append(FAR_NOTE.format(doc.places[a_stop.key].name, doc.places[b_stop.key].name,
                                         _FLIGHT_KM))
        mode = mode or "unknown"
        last_mode = mode if mode != "unknown" and not by_distance else last_mode
        to_name, from_name = doc.places[b_stop.key].name, doc.places[a_stop.key].name
        why = {"joined": (0.7, f"The article says where this leg started but not where it went; joined to the "
                               f"next place it names ({to_name})."),
               "left-again": (0.6, f"The article says {who} left {from_name} and then left {to_name}, so went "
                                   f"from one to the other; how is not said."),
               "implied": (0.65, f"Implied: the article says {who} attends an event in {to_name}."),
               "joined-from": (0.65, f"The article does not say where this leg started; taken as the place it "
                                     f"names {who} at before ({from_name})."),
               "so-far": (0.55, f"The article says the trip had taken {who} to {from_name} before; the leg from "
                                f"there to {to_name} is not told, only taken as the next."),
               "dateline": (0.6, f"The article does not say where {who} set off from; taken as the place of "
                                 f"its dateline ({from_name})."),
               "day-trip": (0.6, f"The article says {who} makes a day trip to {from_name}, so comes back to "
                                 f"{to_name} the same day."),
               "went-back": (0.55, f"The article says {who} went back to {from_name}, so the journey is taken "
                                  f"to have begun there."),
               "turned-back": (0.55, f"Where the journey was bound: the article says it went back to {from_name} "
                                     f"before reaching {to_name}."),
               "story": (0.6, f"The article says {who} arrived from {from_name}; where is taken from the "
                              f"story ({to_name})."),
               "home": (0.5, f"The article says {who} went home; home taken as where the journey began "
                             f"({to_name})."),
               "homeland": (0.5, f"The article says {who} went home; home taken as the country its name says "
                                 f"({to_name}).")}.get(b_stop.link)
        if why:
            inferred, confidence = True, min(confidence, why[0])
            notes.insert(0, why[1])
        if b_stop.by_dateline:
            inferred, confidence = True, min(confidence, 0.6)
            notes.append(DATELINE_NOTE.format(to_name))
        if b_stop.planned:
            inferred, confidence = True, min(confidence, 0.6)
            notes.insert(0, "Planned: the article says this travel is still to come.")
        depart = a_stop.depart_date
        arrive = b_stop.arrive_date
        if depart is None and (day := stay_day(b_stop)):
            arrive, inferred, confidence = day, True, min(confidence, 0.7)
            notes.append(STAY_NOTE.format(who))
        if depart and arrive and arrive < depart:
            arrive = None
        if (a_stop.date_inferred and depart) or (b_stop.date_inferred and arrive):
            inferred, confidence = True, min(confidence, 0.7)
            notes.append("Year taken from the publication date.")
        if b_stop.on_pub and arrive:
            inferred, confidence = True, min(confidence, 0.7)
            notes.append(b_stop.on_pub)
        if a_stop.left_on_pub and depart:
            inferred, confidence = True, min(confidence, 0.7)
            notes.append(LEFT_ON_PUB)
        for key in (a_stop.key, b_stop.key):
            if (guess := guessed_site(doc, key)):
                inferred, confidence = True, min(confidence, 0.5)
                notes.append(guess)
        quotes = [doc.quote(si) for si in sents]
        legs.append(Leg(traveller=who, from_=a_stop.key, to=b_stop.key, mode=mode,
                        depart=depart.isoformat() if depart else None,
                        arrive=arrive.isoformat() if arrive else None,
                        via=via,
                        crossing=b_stop.key if b_stop.crossing else None, quote=quotes[0],
                        more_quotes=quotes[1:], inferred=inferred, confidence=confidence,
                        note=" ".join(notes)))
    return legs


def arrivals_of(doc: Doc, who: str, stops: list[Stop], reached_by_legs: set[str] | None = None
                ) -> list[tuple[Arrival, Stop]]:
    """Where the traveller arrives from a start the article does not give: the journey's first stop when the text
    says it was reached ("has arrived in Beijing"), and a stop no leg comes into. Whether a leg or another stop
    says more is the arrivals stage's to decide, once legs are final. Each with its stop, for that stage."""
    out: list[tuple[Arrival, Stop]] = []
    for k, st in enumerate(stops):
        begins = st.begin and k == 0  # "the trip will begin in Peru": a tour's first stop is reached from home
        # "will be in Hiroshima from May 19 to 21": a stay still to come is a trip there
        reached = st.reached or (st.planned and st.seen is not None)
        # "departed for Jakarta ... From Jakarta, Albanese will travel to Rome": reached, then left
        if not begins and ((st.origin and not (k == 0 and st.reached)) or not reached or not st.sents) \
                or (k > 0 and st.link != "break") \
                or st.key in (reached_by_legs or ()):  # a leg that reaches it says more (the arrivals stage's rule)
            continue
        inferred, confidence = False, 0.8
        notes: list[str] = []
        if st.link == "implied":
            inferred, confidence = True, min(confidence, 0.65)
            notes.append(f"Implied: the article says {who} attends an event in {doc.places[st.key].name}.")
        if st.by_dateline:
            inferred, confidence = True, min(confidence, 0.6)
            notes.append(DATELINE_NOTE.format(doc.places[st.key].name))
        if st.planned:
            inferred, confidence = True, min(confidence, 0.6)
            notes.insert(0, "Planned: the article says this travel is still to come.")
        if st.arrive_date and st.date_inferred:
            inferred, confidence = True, min(confidence, 0.7)
            notes.append("Year taken from the publication date.")
        if st.arrive_date and st.on_pub:
            inferred, confidence = True, min(confidence, 0.7)
            notes.append(st.on_pub)
        arrive = st.arrive_date
        if day := stay_day(st):
            arrive, inferred, confidence = day, True, min(confidence, 0.7)
            notes.append(STAY_NOTE.format(who))
        if (guess := guessed_site(doc, st.key)):
            inferred, confidence = True, min(confidence, 0.5)
            notes.append(guess)
        quotes = [doc.quote(si) for si in st.sents or st.depart_sents]
        out.append((Arrival(traveller=who, to=st.key, arrive=arrive.isoformat() if arrive else None,
                            quote=quotes[0], more_quotes=quotes[1:], inferred=inferred, confidence=confidence,
                            note=" ".join(notes)), st))
    return out


def guessed_site(doc: Doc, key: str) -> str:
    """What the draft says of a site the gazetteer lacks that the geoparser placed by a guess (the place the text was
    at): the point is that place's, not the site's own; "" for any other place."""
    took = borrowed(doc.places[key].source)
    if took is None or not took[1]:
        return ""
    town = took[0]
    return (f"Where {doc.places[key].name} is: the gazetteer does not know it and the article does not say; placed at "
            f"{town}, the place the article was at (a guess).")


def vehicle_note(doc: Doc, vehicle: tuple[str, int, int]) -> str:
    return f"Mode taken from “{doc.text[vehicle[1]:vehicle[2]]}”, the traveller's vehicle as the article names it."


DATELINE_NOTE = "The article names only the country; where in it is taken from the story's dateline ({})."
AIRPORT_NOTE = "Mode inferred: the article puts the arrival in {} at an airport."
LOCAL_KM = 100  # a leg this short into an airport may be the drive there


def flown_to(doc: Doc, to: str, start: str | None, sents: list[int]) -> bool:
    """Whether a leg into ``to`` whose mode the text does not say was a flight: it ends at an airport, or the
    sentences told of it or just after name that town's airport ("arrived in Tashkent. ... met the guest at the
    Tashkent International Airport"), and it starts where the text does not say or farther than a drive there."""
    end = doc.places[to]
    if start is not None:
        a = doc.places[start]
        if a.lat is None or end.lat is None or km(a.lat, a.lon, end.lat, end.lon) <= LOCAL_KM:
            return False
    if end.kind == "airport":
        return True
    if end.lat is None:
        return False
    near = {k for i in sents for k in range(i, i + 3)}
    if "airports" not in doc.memo:  # the story's airports, found once: most stories name none
        doc.memo["airports"] = [(i, m) for i, ms in doc.by_sent.items() for m in ms
                                if m.kind == "airport" and m.lat is not None]
    return any(km(m.lat, m.lon, end.lat, end.lon) <= LOCAL_KM / 2
               and (i in near or _MET_AT_AIRPORT.search(doc.text, *doc.sents[i])) for i, m in doc.memo["airports"])


# "He was met at Maputo International Airport by Zimbabwean ambassador ...": a welcome at the town's airport, told
# anywhere in the story, says the traveller flew in
_MET_AT_AIRPORT = re.compile(r"\b(?:met|welcomed|received|greeted)\s+(?:[a-z]+\s+){0,3}?(?:at|on\s+arrival\s+at)\s+",
                             re.IGNORECASE)


def arrival_mode(doc: Doc, a: Arrival, st: Stop) -> None:
    """How an arrival the arrivals stage keeps was made: stated in its clause or sentence, else the traveller's
    vehicle as the story names it, else a flight when it is at an airport (both inferred). Asked only for those
    kept: it is the costly part of an arrival."""
    stated = next((m for m in (mode_in(doc, span) for span in st.clauses) if m), None)
    mode = stated or next((m for si in st.sents if (m := mode_in(doc, doc.sents[si], clause=False))), None)
    if mode is None and flown_to(doc, a.to, None, st.sents):
        mode, a.inferred = "flight", True
        a.confidence = min(a.confidence or 0.7, 0.7)
        a.note = " ".join(filter(None, [a.note, AIRPORT_NOTE.format(doc.places[a.to].name)]))
    vehicle = None if mode else vehicle_mode(doc, a.traveller)
    if vehicle:  # "Kim's armoured train", named elsewhere in the story
        mode, a.inferred = vehicle[0], True
        a.confidence = min(a.confidence or 0.6, 0.6)
        a.note = " ".join(filter(None, [a.note, vehicle_note(doc, vehicle)]))
    a.mode = mode or "unknown"


def run(doc: Doc) -> None:
    one_traveller_per_title(doc)
    one_named_vessel(doc)
    one_name_with_the(doc)
    unnamed_is_the_group(doc)
    facts = [a for i in sorted(doc.facts) for a in doc.facts[i]]
    doc.legs = told_once(doc, build_legs(doc, facts))
    check_limit("legs", len(doc.legs))
