"""The document every extraction stage reads and writes: the text, its sentences and clauses, the place
mentions, the people, the travel facts, dates, legs and events, and what the stages were unsure of.

Like a spaCy ``Doc`` passed through a pipeline: each stage in ``webmap.extract`` is a function that takes the
document, reads what earlier stages left on it and adds its own layer. The small helpers every stage needs (the
sentence or clause around a position, a bounded quote, a place key for a mention) live here.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from geopy.distance import great_circle

from gazetteer.geoparse import PlaceMention
from gazetteer.normalise import normalise as normalise_name
from webmap.journey import MAX_CANDIDATES, Arrival, Event, JourneyError, Leg, Place, Quote, Unsure

if TYPE_CHECKING:
    from collections.abc import Iterator

    from gazetteer.resolve import Gazetteer

# What one story may produce: output grows with the text, and past these a story is refused with a reason.
LIMITS = {"mentions": 5000, "places": 1500, "legs": 400, "events": 400}
# A quote longer than this is cut to a window round what it is quoted for, so that output grows linearly.
MAX_QUOTE = 400
QUOTE_WINDOW = 160

AND_VERB = r"(?:then\s+|later\s+|finally\s+|also\s+|first\s+)?(?:will|would|was|were|is|are|has|have|had|" \
            r"[a-z]+ed|flew|fly|flies|flying|drove|drive|sail|sails|sailing|travel\w*|head|heads|heading|" \
            r"return\w*|went|go|goes|going|came|come|continue\w*|left|leave|leaves|leaving|arrive\w*|reach\w*|" \
            r"hopes|plans|wants|intends|aims|expects|is\s+due|" \
            r"cross\w*|spent|spend|took|take|board\w*|visit\w*|made|make|met|meet|held|hold|he|she|they|we|it)\b"


CLAUSE_RE = re.compile(r",\s+so\b(?!\s+(?:far|that|much|many|long|as)\b)|"  # ", so our group had": not "so far"
                        r",\s+(?:and|but|while|where|whence|before|after|then|when|having|following|stopping|"
                        r"calling|passing|pausing|transiting|breaking)\b|;|"
                        # not "just after 2.30 o'clock", "before noon": a time of day, no new clause
                        r"\s(?:and\s+then|(?:before|after)(?!\s+(?:\d|noon|midnight|dawn|dusk|daybreak|sunrise|sunset|"
                        r"nightfall)\b)|while|whereas|having)\s|,\s+and\s|"
                        rf"\s+and\s+(?=(?-i:{AND_VERB}))", re.IGNORECASE)


# letters that match an ASCII letter only case-blind ("ſ" matches "s"), though lower-casing keeps them as they are
_FOLD_ONLY = ("ı", "ſ")


# how far back from an anchor Doc.anchored_matches looks for the words before it
_ANCHOR_REACH = 100


# how far back from a position a clause break can reach it (see Doc.last_break_before), and what lets it reach further
_BREAK_REACH = 150
_LONG_RUN = re.compile(r"\s{20}|[a-z]{20}")


KIND_RANK = {"depart": 0, "begin": 0, "cross": 1, "via": 2, "stop": 3, "arrive": 3, "ret": 3, "home": 3,
              "stay": 3, "final": 4, "goal": 5}


# a year written out, 1800-2099: read by the dates stage and by the dateline's "here" (which runs before it)
YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
# month names by number: read by the dates stage, and by the tense stage for "in February" in a July story
MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                          "august", "september", "october", "november", "december"])}
ARRIVALS = ("arrive", "stop", "ret", "final", "cross", "home", "stay")
# the cue of the "home" fact the travel stage adds after "return from Mendoza": the legs stage sends it back to where
# the journey began, the dates stage gives its day to the departure before it
RETURN_FROM = "return-from"


@dataclass
class DateRef:
    start: int
    end: int
    kind: str  # abs | weekday | same | next
    value: dt.date | None = None
    weekday: int | None = None
    direction: int = 0  # +1 future, -1 past, 0 nearest
    said: bool = False  # the text says "next" or "last" itself: on the day it was published, that is a week off
    anchored: bool = False  # "last Friday", "this Friday", "next Friday": the publication's week, whatever came before
    scheduled: bool = False  # ahead because the text tells it in news's present ("leaves Dhaka Thursday")
    past: bool = False  # the verb it dates is in the past tense ("They left Beirut on Thursday")
    year_inferred: bool = False
    in_text_order: dt.date | None = None  # "later that day" read against the date the text gave last
    until: dt.date | None = None  # the last day of a range ("from 3 to 6 September")


@dataclass
class Fact:
    """One travel fact: a traveller at a place, in some role, in some sentence."""

    kind: str  # depart | begin | arrive | stop | goal | via | cross | ret | final | home
    place: str | None  # None for "home" until the journey says where home is
    mention: PlaceMention | None  # None for "home"; for an implied arrival, the mention it is taken from
    sent: int
    traveller: str
    start: int  # where the fact is in the text: its place, or its cue when the clause names no place
    end: int
    date: DateRef | None = None
    cue: str = ""
    clause: tuple[int, int] = (0, 0)
    planned: bool = False  # the text says it is still to come ("will travel to", "is due in")
    back: bool = False  # told after what came later ("had flown from", "earlier")
    implied: str = ""  # a place the clause does not name: "attend" (an event there) | "story" (arrived from) |
    # "dateline" (the country the clause names, placed at the dateline's city)
    order: int = 0  # temporal order within its sentence
    past_plan: bool = False  # "was due to call at": kept only when its date is still to come
    present: bool = False  # told in the present tense, or no tense ("then heads to"): a plan after a plan


CANDIDATE_FIELDS = ("geonameid", "name", "country", "admin1", "kind", "lat", "lon", "score")


def candidates_of(m: PlaceMention) -> list[dict]:
    """The geoparser's runner-up readings of a mention (when it gives them), as plain dicts for the journey file."""
    out = []
    for c in list(getattr(m, "candidates", ()) or ())[:MAX_CANDIDATES]:
        get = c.get if isinstance(c, dict) else (lambda f, c=c: getattr(c, f, None))
        d = {f: get(f) for f in CANDIDATE_FIELDS if get(f) not in (None, "")}
        if d.get("name") and d.get("geonameid") != m.geonameid:
            out.append(d)
    return out


def _last_span(matches: Iterator[re.Match]) -> tuple[int, int] | None:
    span = None
    for m in matches:
        span = m.span()
    return span


# The gazetteer's normalise, remembered: the stages ask it of the same words again and again (each word of a run of
# capitals up to five times, every title and surface), and each answer costs a casefold, a translate and two regular
# expressions.
normalise = lru_cache(maxsize=1 << 16)(normalise_name)


def check_limit(what: str, n: int, *, stopped: bool = False, verb: str = "produces") -> None:
    """Refuse a story that would produce more ``what`` than one story may (LIMITS): a JourneyError whose
    ``limit`` names it and whose ``status`` (413) is what a server answers. ``stopped``: the stage stopped
    counting at ``n``, so the story produces at least that many. ``verb``: what the story does with them
    ("tells" for legs the text states outright, counted before the legs stage)."""
    if n > LIMITS[what]:
        count = f"at least {n:,}" if stopped else f"{n:,}"
        err = JourneyError(f"the story {verb} {count} {what}, more than the {LIMITS[what]:,} one story may "
                           f"have (limit: {what}); split it into shorter texts")
        err.limit, err.status = what, 413
        raise err


def may_end_in(head: str, words: tuple[str, ...]) -> bool:
    """False only where ``head`` does not end, case-blind, in one of ``words`` (of 16 letters at most) and whitespace:
    a pattern that must end so (in one of those words, then ``\\s+$``) cannot match it, and need not be searched
    for. Exact for an ASCII tail; a tail with other letters is searched (some match ASCII ones case-blind)."""
    stripped = head.rstrip()
    if len(stripped) == len(head):
        return False
    tail = stripped[-16:]
    return not tail.isascii() or tail.lower().endswith(words)


_SMALL_TERRITORY = 100_000  # people: a territory of a few islands, not a country of towns
_FAR_ISLAND_KM = 1000


def _far_island(gaz: Gazetteer, country: Place, place: Place) -> bool:
    """Whether a place lies far from the point of a small territory that holds it: another island, not part of the
    one the territory is named after ("to the island of St. Helena, followed by a shuttle to Ascension", 1,300 km
    apart: two stops, not a country and a town in it)."""
    if not (country.located and place.located and country.geonameid) or great_circle(
            (country.lat, country.lon), (place.lat, place.lon)).km <= _FAR_ISLAND_KM:
        return False
    row = gaz.get(country.geonameid)
    return row is not None and 0 < row.population < _SMALL_TERRITORY


class Doc:
    """One story under extraction (see the module docstring)."""

    def __init__(self, text: str, gazetteer: Gazetteer, pub: dt.date | None, title: str | None) -> None:
        self.text = text
        lower = text.lower()
        # the text in lower case, position for position: see ``may_have``
        self.lower: str | None = lower if len(lower) == len(text) and not any(c in text for c in _FOLD_ONLY) else None
        self.gaz = gazetteer
        self.pub = pub
        self.pub_given = pub  # as the caller gave it; ``pub`` may be read from a dateline
        self.title = title
        self.sents: list[tuple[int, int]] = []
        self._sent_starts: list[int] = []
        self.headline: list[bool] = []
        self.headline_lines: list[tuple[int, int]] = []  # spans of the lines that are headlines
        self.mentions: list[PlaceMention] = []
        self._mention_spans: list[tuple[int, int]] = []
        self._mention_starts: list[int] = []
        self.by_sent: dict[int, list[PlaceMention]] = {}
        self.places: dict[str, Place] = {}
        self._key_of: dict[tuple, str] = {}
        self._world_regions: set[str] = set()
        self.people: list[tuple[int, int, str]] = []
        self._people_starts: list[int] = []
        self._canonical: dict[str, str] = {}
        self.facts: dict[int, list[Fact]] = {}  # travel facts by sentence, in travel order after the tense stage
        self.dates: dict[int, list[DateRef]] = {}
        self.date_at: dict[int, dt.date | None] = {}  # the latest date the narrative had reached, by sentence
        self.roles: dict[int, tuple[str, str]] = {}  # mention start -> (role, note)
        self.dropped: list[Fact] = []  # travel facts a stage set aside, with why in ``unsure``
        self.last_date: dt.date | None = None
        self.story_places: list[tuple[str, PlaceMention]] = []  # the places something arrived at, in text order
        self.events: list[Event] = []
        self.legs: list[Leg] = []
        self.arrivals: list[Arrival] = []
        self.arrival_drafts: list[tuple[Arrival, Any]] = []  # (arrival, the legs stage's stop), for its stage
        self.unsure: list[Unsure] = []
        self.year_hint: int | None = None  # the year a headline names, for dates without one (no publication date)
        self.story_time = False  # the date read against is one the story tells, not the day it was written
        self.today: dt.date | None = None  # the dateline's day, when it is a day or two before the publication
        # the words that open an anniversary story ("On this day 36 years ago, ..."): its trip is the story's, not an
        # earlier one, and its dates are read against that day
        self.looking_back: tuple[int, int] | None = None
        self.story_years: frozenset[int] = frozenset()  # the years of a story told in the past (the tense stage)
        self.undated: list[tuple[int, int]] = []  # dates the text gives that could not be read without a year
        self.modes: dict[tuple[str, bool], str | None] = {}  # mode stated in a phrase, once looked up
        self._clause_breaks: dict[int, list[tuple[int, int]]] = {}  # sentence -> its clause breaks, found once
        self._in_clause: dict[tuple[re.Pattern, int, int], bool] = {}  # (pattern, clause) -> found in it
        self._quoted: dict[int, set[tuple[int, int, str]]] = {}  # id of a leg or event -> the quotes it has
        self.memo: dict[tuple, object] = {}  # what a stage works out once per sentence or story, by (what, ...)

    def set_sentences(self, sents: list[tuple[int, int]], headline: list[bool]) -> None:
        self.sents = sents
        self._clause_breaks = {}
        self.memo.clear()
        self._sent_starts = [s for s, _ in sents]
        self.headline = headline

    def set_mentions(self, mentions: list[PlaceMention]) -> None:
        self.mentions = mentions
        self._mention_spans = sorted((m.start, m.end) for m in mentions)
        self._mention_starts = [a for a, _ in self._mention_spans]
        self.by_sent = {}
        for m in mentions:
            self.by_sent.setdefault(self.sent_of(m.start), []).append(m)

    def set_people(self, people: list[tuple[int, int, str]]) -> None:
        self.people = people
        self._people_starts = [p[0] for p in people]

    def note_unsure(self, message: str, start: int | None = None, end: int | None = None) -> None:
        """What a stage could not decide, said in the draft, with the words it is about."""
        quote = self.span_quote(start, end) if start is not None and end is not None else None
        if not any(u.message == message for u in self.unsure):
            self.unsure.append(Unsure(message, quote))

    def span_quote(self, start: int, end: int) -> Quote:
        if end - start > MAX_QUOTE:
            end = start + MAX_QUOTE
        return Quote(start, end, self.text[start:end])

    def quote_span(self, i: int, around: int | None = None) -> tuple[int, int]:
        q = self.quote(i, around)
        return q.start, q.end

    def quote(self, i: int, around: int | None = None) -> Quote:
        """Sentence i as a quote; a very long one is cut to a window round ``around`` (or its start)."""
        s, e = self.sents[i]
        if e - s > MAX_QUOTE:
            mid = s if around is None else min(max(around, s), e)
            s, e = max(s, mid - QUOTE_WINDOW), min(e, mid + QUOTE_WINDOW)
        return Quote(s, e, self.text[s:e])

    def key_for(self, m: PlaceMention) -> str:
        ident = (m.geonameid,) if m.geonameid else (m.name, m.country, round(m.lat or 0, 3), round(m.lon or 0, 3))
        key = self._key_of.get(ident)
        if key:
            return key
        base = re.sub(r"[^a-z0-9]+", "-", normalise(m.name)).strip("-")[:48] or "place"
        if not base[0].isalnum():
            base = "place-" + base
        key = base
        n = 2
        while key in self.places:
            key = f"{base}-{m.country.lower()}" if n == 2 and m.country else f"{base}-{n}"
            n += 1
        kind = {"demonym": "country", "airport": "landmark"}.get(m.kind, m.kind)  # an airport is a point, a site
        if kind not in ("city", "country", "region", "landmark", "other"):
            kind = "other"
        self.places[key] = Place(key=key, name=m.name, country=m.country, lat=m.lat, lon=m.lon,
                                 geonameid=m.geonameid, source=m.source, kind=kind, candidates=candidates_of(m))
        self._key_of[ident] = key
        if m.kind == "world-region":
            self._world_regions.add(key)
        return key

    def world_region(self, key: str | None) -> bool:
        """A world region ("the Middle East", "the Amazon", which the gazetteer puts in Brazil), or a region of no
        country: what a journey is about, not a stop."""
        p = self.places.get(key) if key else None
        return p is not None and p.kind in ("region", "other") and (not p.country or key in self._world_regions)

    def in_mention(self, pos: int) -> bool:
        k = bisect.bisect_right(self._mention_starts, pos) - 1
        return k >= 0 and self._mention_spans[k][0] <= pos < self._mention_spans[k][1]

    def people_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return self.people[bisect.bisect_left(self._people_starts, start):bisect.bisect_left(self._people_starts, end)]

    def sent_of(self, pos: int) -> int:
        """Index of the sentence holding pos (or the one before it, for a position between sentences)."""
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)

    def clause_of(self, i: int, pos: int) -> tuple[int, int]:
        """The clause of sentence i around pos: between the clause breaks (", and", ";", "before"...)."""
        s, e = self.sents[i]
        start, end = s, e
        for b0, b1 in self.clause_breaks(i):
            if b1 <= pos:
                start = b1
            elif b0 >= pos:
                end = b0
                break
        return start, end

    def clause_breaks(self, i: int) -> list[tuple[int, int]]:
        """The spans of sentence i's clause breaks, found once per sentence: every place in a long sentence asks
        for its clause, and rescanning the sentence each time made the travel stage quadratic."""
        breaks = self._clause_breaks.get(i)
        if breaks is None:
            s, e = self.sents[i]
            breaks = self._clause_breaks[i] = [b.span() for b in CLAUSE_RE.finditer(self.text, s, e)]
        return breaks

    def add_quote(self, owner: Leg | Event, q: Quote) -> None:
        """Add a quote to a leg's or an event's more_quotes unless it has it already: looked up in a set, not the
        list (a story that tells one leg a thousand times made this quadratic). Every addition goes through here."""
        have = self._quoted.get(id(owner))
        if have is None:
            have = self._quoted[id(owner)] = {(x.start, x.end, x.text) for x in (owner.quote, *owner.more_quotes)
                                              if x is not None}
        key = (q.start, q.end, q.text)
        if key not in have:
            have.add(key)
            owner.more_quotes.append(q)

    def last_break_before(self, i: int, pos: int) -> tuple[int, int] | None:
        """The last clause break of sentence i that ``CLAUSE_RE.finditer(text, s, pos)`` finds (its span), found
        from the sentence's breaks and the last 150 characters before pos, not by rescanning the sentence: every
        place in a long sentence asks. Exact: a break is at most about 90 characters long with its lookahead
        unless a run of 20 spaces or lower-case letters makes it longer, and then the sentence is rescanned."""
        s, e = self.sents[i]
        tail = pos - _BREAK_REACH
        if tail <= s or pos > e or _LONG_RUN.search(self.text, tail, pos):
            return _last_span(CLAUSE_RE.finditer(self.text, s, pos))
        # breaks that start before the tail cannot see pos, so they are the ones the full sentence has
        before = [b for b in self.clause_breaks(i) if b[0] < tail]
        resume = max(tail, before[-1][1]) if before else tail
        return _last_span(CLAUSE_RE.finditer(self.text, resume, pos)) or (before[-1] if before else None)

    def may_have(self, lower: re.Pattern, start: int, end: int) -> bool:
        """False only where text[start:end] has no match, in any case, of ``lower`` (a lower-case pattern of words
        that a case-blind pattern needs): a cheap test before that pattern scans a sentence. A plain search of
        the lower-cased text costs a sixth of a case-blind one."""
        return self.lower is None or lower.search(self.lower, start, end) is not None

    def anchored_matches(self, pattern: re.Pattern, anchor: re.Pattern, start: int, end: int, words: int
                         ) -> Iterator[re.Match]:
        """``pattern.finditer(text, start, end)`` for a pattern each of whose matches holds a match of ``anchor`` (a
        lower-case pattern, found in the lower-cased text as ``may_have`` does) with at most ``words`` runs of
        non-space characters before the run that holds it: each search starts that many words (and one more)
        before the next anchor, not at every word of a sentence that may have none. Exact: a match before that
        point would hold more runs before its anchor, which is at or after the next one found."""
        text, lower = self.text, self.lower
        if lower is None:
            yield from pattern.finditer(text, start, end)
            return
        pos = start
        while (a := anchor.search(lower, pos, end)) is not None:
            k = a.start()
            lo = max(pos, k - _ANCHOR_REACH)
            runs = text[lo:k].rsplit(None, words + 1)
            if len(runs) == words + 2:  # from the first of the words + 1 runs before the anchor
                rest = text[lo + len(runs[0]):k]
                at = k - len(rest.lstrip())
            else:  # fewer runs than that between: from where the last match ended (long words reach further back)
                at = pos
            m = pattern.search(text, at, end)
            if m is None:
                return
            yield m
            pos = m.end()

    def clause_has(self, pattern: re.Pattern, c0: int, c1: int, word: re.Pattern | None = None) -> bool:
        """``pattern.search(text, c0, c1)``, once per clause: each place in a clause asks the same question. ``word``:
        a lower-case pattern every match holds (see ``may_have``), asked first."""
        key = (pattern, c0, c1)
        found = self._in_clause.get(key)
        if found is None:
            found = self._in_clause[key] = (word is None or self.may_have(word, c0, c1)) \
                and pattern.search(self.text, c0, c1) is not None
        return found

    def journey_keys(self) -> set[str]:
        """The places the drafted journey goes through: leg ends and via points, arrivals, event places."""
        keys = {k for leg in self.legs for k in (leg.from_, leg.to, *leg.via)} | {ev.place for ev in self.events}
        return keys | {a.to for a in self.arrivals}

    def contains(self, outer: str, inner: str) -> bool:
        """A country and a place in it."""
        po, pi = self.places[outer], self.places[inner]
        return outer != inner and po.kind == "country" and bool(po.country) and pi.country == po.country \
            and not _far_island(self.gaz, po, pi)

    def holds(self, area: str, key: str) -> bool:
        """A place (not itself a country) in a country, or in a first-level region ("Bella Bella" in "B.C.")."""
        a, p = self.places.get(area), self.places.get(key)
        if a is None or p is None or area == key or p.kind == "country" or not a.country or p.country != a.country:
            return False
        if a.kind == "country":
            return not _far_island(self.gaz, a, p)
        if a.kind != "region":
            return False
        code = self.admin1(area)
        return bool(code) and p.kind != "region" and self.admin1(key) == code

    def admin1(self, key: str) -> str:
        """The first-level region code of a place the gazetteer knows: by id, or a first-level region by its name
        in its country (regions carry no GeoNames id); "" otherwise."""
        p = self.places[key]
        if p.geonameid:
            g = self.gaz.get(p.geonameid)
            return (g.admin1 or "") if g is not None else ""
        if p.kind != "region" or not p.country:
            return ""
        memo = ("admin1", key)
        if memo not in self.memo:
            g = self.gaz.best(p.name, p.country)
            first_level = g is not None and g.kind == "region" and "admin1" in (g.source or "")  # not a county
            self.memo[memo] = (g.admin1 or "") if first_level else ""
        return self.memo[memo]

    def is_capital(self, m: PlaceMention) -> bool:
        if m.geonameid is None:
            return False
        p = self.gaz.get(m.geonameid)
        return bool(p and p.capital)
