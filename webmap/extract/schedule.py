"""Stage helper: a schedule. Lines that each open with a date and name where the traveller is that day
("Tuesday 16th October: Sydney, Australia", "4-8 March – 1st Test, Rawalpindi") are an itinerary: each line is a
stop, in date order, still to come when its date is after publication. So are paragraphs headed by a place and a
colon ("Chile: On Tuesday morning, Clinton is bringing ...", an explainer's "Her itinerary:"), in text order. Three
such lines make a schedule."""

from __future__ import annotations

import re

from gazetteer.geoparse import PlaceMention

from .document import Doc, Fact

MIN_LINES = 3
MAX_LINE = 140
_LINE = re.compile(r"[^\n]+")
_STARTS_DATED = re.compile(r"\s*(?:\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
                           r"Dec)[a-z]*\b)")
_SEP = re.compile(r"\s*(?::|–|—|\s-|\|)\s*")
_LEAD = re.compile(r"[A-Z][^,:;\n]*?(?=\s*,\s*$)")
_AND = re.compile(r"(?P<n>[A-Z][^,\n]*?)(?=\s+and\s+|\s*$)")
_DATEISH = re.compile(r"[\w ,.’'-]*")  # what may come before the separator: the date, in words and figures
_HEADED = re.compile(r"[ \t]*(?P<name>[A-Z][^:\n]{1,40}?)[ \t]*:[ \t]+\S")


def schedule_facts(doc: Doc, traveller: str | None) -> dict[int, list[Fact]]:
    """Facts for the schedule lines of the text, by sentence; empty when it has fewer than MIN_LINES."""
    rows = _dated_rows(doc)
    if len(rows) < MIN_LINES:
        rows = _headed_rows(doc)
    if len(rows) < MIN_LINES:
        return {}
    return _facts(doc, rows, traveller)


def _dated_rows(doc: Doc) -> list[tuple]:
    """(sentence, line start, date, places, places' start, line end) of each line that opens with a date."""
    from .dates import dates_in

    text = doc.text
    rows = []
    for line in _LINE.finditer(text):
        a, b = line.span()
        if b - a > MAX_LINE or not _STARTS_DATED.match(text, a, b):
            continue
        i = doc.sent_of(a)
        dates = [d for d in dates_in(doc, i, (a, b)) if d.kind in ("abs", "weekday")]
        if not dates or dates[0].start - a > 12:
            continue
        date = max((d for d in dates if d.start - a <= 40), key=lambda d: d.kind == "abs")
        sep = _SEP.search(text, dates[0].end, min(b, a + 48))
        if sep is None or not _DATEISH.fullmatch(text, a, sep.start()):
            continue
        places = [m for m in doc.by_sent.get(i, []) if sep.end() <= m.start < b and m.role == "place"
                  and m.kind != "demonym"]
        if not places:
            continue
        rows.append((i, a, date, places, sep.end(), b))
    return rows


def _headed_rows(doc: Doc) -> list[tuple]:
    """The rows of paragraphs headed by a place alone and a colon ("Costa Rica: Clinton will move on to ..."),
    dated by the first date of their first sentence."""
    from .dates import dates_in

    text = doc.text
    rows = []
    for line in _LINE.finditer(text):
        head = _HEADED.match(text, *line.span())
        if head is None:
            continue
        a, b = head.span("name")
        if text[a:b].isupper():  # "KYIV: ..." in a round-up of wire briefs: a dateline, not a stop
            continue
        i = doc.sent_of(a)
        place = next((m for m in doc.by_sent.get(i, []) if m.start == a and m.end == b and m.role == "place"
                      and m.kind != "demonym"), None)
        if place is None:
            continue
        end = min(line.end(), doc.sents[i][1])
        date = next(iter(dates_in(doc, i, (head.end(), end))), None)
        rows.append((i, a, date, [place], b, end))
    return rows


def _facts(doc: Doc, rows: list[tuple], traveller: str | None) -> dict[int, list[Fact]]:
    """Arrival facts for a schedule's rows, at the places each names."""
    found = [m for _i, _a, _d, places, s, e in rows for m in _named_in_country(doc, s, e, places)]
    if found:  # "Sydney, Australia" in a title-case line: the geoparser leaves the city to the country
        doc.set_mentions(sorted([*doc.mentions, *found], key=lambda m: m.start))
        rows = [(i, a, d, sorted([*places, *(m for m in found if s <= m.start < e)], key=lambda m: m.start))
                for i, a, d, places, s, e in rows]
    rows = [(i, a, d, _stops_named(doc, places)) for i, a, d, places, *_ in rows]
    who = traveller or next((name for _s, _e, name in doc.people), "the tour")
    out: dict[int, list[Fact]] = {}
    for i, a, date, places in rows:
        planned = False
        if doc.pub is not None and date is not None and date.kind == "abs" and date.value is not None:
            planned = date.value > doc.pub
        for m in places:
            out.setdefault(i, []).append(Fact("arrive", doc.key_for(m), m, i, who, m.start, m.end, date=date,
                                              cue="schedule", clause=(a, m.end), planned=planned))
            doc.roles[m.start] = ("journey", "")
    return out


def _named_in_country(doc: Doc, start: int, end: int, places: list[PlaceMention]) -> list[PlaceMention]:
    """Names before a country in a schedule line ("Wellington and Abel Tasman National Park, New Zealand") that
    the geoparser did not take, looked up in that country."""
    out = []
    text = doc.text
    for c in places:
        if c.kind != "country" or not c.country:
            continue
        lead = _LEAD.search(text, start, c.start)
        if lead is None:
            continue
        for part in _AND.finditer(text, lead.start(), lead.end()):
            s, e = part.span("n")
            if any(m.start < e and s < m.end for m in places):
                continue
            p = doc.gaz.best(text[s:e], c.country)
            if p is not None and p.kind != "country":
                out.append(PlaceMention(s, e, text[s:e], p.name, p.kind, p.lat, p.lon, p.geonameid, p.country, 0.6,
                                        source=p.source))
    return out


def _stops_named(doc: Doc, places: list) -> list:
    """"Sydney, Australia", "Bella Bella, B.C.": the city; the country or region only where the line names no
    place in it."""
    out = []
    for m in places:
        key = doc.key_for(m)
        if m.kind in ("country", "region") and any(doc.holds(key, doc.key_for(o)) for o in places if o is not m):
            continue
        out.append(m)
    return out
