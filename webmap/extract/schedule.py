"""Stage helper: a schedule. Lines that each open with a date (or a day's number and its date) and name where the
traveller is that day ("Tuesday 16th October: Sydney, Australia", "4-8 March – 1st Test, Rawalpindi", "Day 3 –
Wednesday 16th May – Uxbridge to Berkhamsted") are an itinerary: each line is a stop (or two), in date order, still
to come when its date is after publication; so are lines that open with an hour under a line that is a date alone (a
programme: "Saturday, May 24" then "1:00 p.m.: Arrival at ... in Amman"). So are paragraphs headed by a place and a
colon ("Chile: On Tuesday morning, Clinton is bringing ...", an explainer's "Her itinerary:"), in text order; and so
are a tour's dates in figures ("05/04 - Gas Monkey Live! - Dallas, TX") and its days under a line that is their month
("June" then "- 2 – Pittsburgh – Benedum Center"). Three such lines make a schedule."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from gazetteer.geoparse import PlaceMention

from .document import MONTHS, DateRef, Doc, Fact

MIN_LINES = 3
MAX_LINE = 140
_LINE = re.compile(r"[^\n]+")
_STARTS_DATED = re.compile(r"\s*(?:\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
                           r"Dec)[a-z]*\b|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\b)")  # "JUNE 3:"
_SEP = re.compile(r"\s*(?::|–|—|\s-|\|)\s*")
_LEAD = re.compile(r"[A-Z][^,:;\n]*?(?=\s*,\s*$)")
_AND = re.compile(r"(?P<n>[A-Z][^,\n]*?)(?=\s+and\s+|\s*$)")
_DATEISH = re.compile(r"[\w ,.’'–—-]*")  # what may come before the separator: the date, in words and figures
_BULLET = re.compile(r"[ \t]*[•*·▪][ \t]*")  # "  • November 30 - Norwich, Open"
_DAY_N = re.compile(r"[ \t]*Day[ \t]+\d{1,2}[ \t]*[-–—:,.][ \t]*")  # a day's number before its date
# a line that opens with an hour, then what happens where: "1:00 p.m. (1000 GMT, 6:00 a.m. EDT): Arrival at Queen
# Alia International Airport in Amman", under a line that is a date alone ("Saturday, May 24")
_TIMED = re.compile(r"[ \t]*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|h\b)[^\n:]*?(?:\d[:.]\d{2}"
                    r"[^\n:]*?)*(?::|\s[–—-])\s+", re.IGNORECASE)
_DAY_ALONE = re.compile(r"[\s,.:)]*")
_HEADED = re.compile(r"[ \t]*(?P<name>[A-Z][^:\n]{1,40}?)[ \t]*:[ \t]+\S")


def schedule_facts(doc: Doc, traveller: str | None, known: dict[int, str | None] | None = None
                   ) -> dict[int, list[Fact]]:
    """Facts for the schedule lines of the text, by sentence; empty when it has fewer than MIN_LINES. ``known``:
    who travels as each sentence begins -- the schedule is the traveller's the text told before it (else the first
    person it names before it), not of a name inside it ("Visit to Bethany beyond the Jordan, where Jesus is
    believed to have been baptized")."""
    rows = _dated_rows(doc)
    if len(rows) < MIN_LINES:
        rows = _numbered_rows(doc)
    if len(rows) < MIN_LINES:
        rows = _month_day_rows(doc)
    if len(rows) < MIN_LINES:
        rows = _headed_rows(doc)
    if len(rows) < MIN_LINES:
        rows = _place_first_rows(doc)
    if len(rows) < MIN_LINES:
        rows = _run_in_rows(doc)
    if len(rows) < MIN_LINES:
        return {}
    before = next((name.rstrip("’'") for s, _e, name in doc.people if s < rows[0][1]), None)  # "Pope Francis'"
    return _facts(doc, rows, (known or {}).get(rows[0][0]) or before or traveller)


def _dated_rows(doc: Doc) -> list[tuple]:
    """(sentence, line start, date, places, places' start, line end) of each line that opens with a date."""
    from .dates import dates_in

    text = doc.text
    rows = []
    day = None  # the date of the last line that is a date alone ("Saturday, May 24"), for the timed lines under it
    for line in _LINE.finditer(text):
        a, b = line.span()
        if b - a > MAX_LINE:
            continue
        timed = _TIMED.match(text, a, b)
        if timed and day is not None:
            i = doc.sent_of(a)
            places = [m for m in doc.by_sent.get(i, []) if timed.end() <= m.start < b and m.role == "place"
                      and m.kind != "demonym"]
            if places:
                rows.append((i, a, day, places, timed.end(), b))
            continue
        numbered = _DAY_N.match(text, a, b) or _BULLET.match(text, a, b)  # "Day 2 – Tuesday 15th May – Piccadilly
        if numbered:  # to Denham Yacht Station"
            a = numbered.end()
        if not _STARTS_DATED.match(text, a, b):
            continue
        i = doc.sent_of(a)
        dates = [d for d in dates_in(doc, i, (a, b)) if d.kind in ("abs", "weekday")]
        if dates and b - a <= 40 and _DAY_ALONE.fullmatch(text, dates[-1].end, b):
            day = max(dates, key=lambda d: d.kind == "abs")
            continue
        if not dates or dates[0].start - a > 12:
            continue
        date = _ahead(max((d for d in dates if d.start - a <= 40), key=lambda d: d.kind == "abs"), doc.pub)
        sep = _SEP.search(text, dates[0].end, min(b, a + 48))
        if sep is None or not _DATEISH.fullmatch(text, a, sep.start()):
            continue
        places = [m for m in doc.by_sent.get(i, []) if sep.end() <= m.start < b and m.role == "place"
                  and m.kind != "demonym"]
        if not places:
            continue
        rows.append((i, a, date, places, sep.end(), b))
    return rows


# a tour's dates in figures: "05/04 - Gas Monkey Live! - Dallas, TX", "12.10. | Olympia | Paris"
# (a separator or the closing dot of "12.10." after the figures: "3.5 million people fled" is no date)
_NUMBERED = re.compile(r"[ \t]*(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?:[/.](?P<y>\d{2}|\d{4}))?"
                       r"(?:\.?[ \t]*[-–—:|][ \t]*|\.[ \t]+)")
# or with a slash and no separator before a capital: "4/26 Spokane, WA Knitting Factory"
_NUMBERED_BARE = re.compile(r"[ \t]*(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{2}|\d{4}))?[ \t]+(?=[A-Z])")
_LAST_SEP = re.compile(r".*(?:\s[-–—|]\s|\s@\s)", re.DOTALL)


def _numbered_rows(doc: Doc) -> list[tuple]:
    """The rows of lines that open with a day and month in figures ("05/04 - Gas Monkey Live! - Dallas, TX"): the
    month comes first where a second figure is over 12 in some line, last where a first one is, else first when the
    lines name US or Canadian states (TX, ON), else last; the year is the publication's, or the next one for a day
    more than two months before it. The place is the one after the line's last separator (the venue comes before);
    in a line with no separator ("4/26 Spokane, WA Knitting Factory") the town, the venue after it."""
    text = doc.text
    lines = []
    for line in _LINE.finditer(text):
        a, b = line.span()
        m = _NUMBERED.match(text, a, b) or _NUMBERED_BARE.match(text, a, b)
        if m is None or b - a > MAX_LINE or not text[m.end():b].strip():
            continue
        lines.append((a, b, m))
    if len(lines) < MIN_LINES:
        return []
    firsts = [int(m.group("a")) for _a, _b, m in lines]
    seconds = [int(m.group("b")) for _a, _b, m in lines]
    if max(seconds) > 12:
        month_first = True
    elif max(firsts) > 12:
        month_first = False
    else:
        month_first = bool(re.search(r",\s(?:[A-Z]{2})\b", text))  # "Dallas, TX", "Toronto, ON"
    rows = []
    for a, b, m in lines:
        mo, dy = (int(m.group("a")), int(m.group("b"))) if month_first else (int(m.group("b")), int(m.group("a")))
        year = _year(m.group("y"), doc.pub, mo, dy)
        if year is None or not (1 <= mo <= 12 and 1 <= dy <= 31):
            continue
        try:
            value = dt.date(year, mo, dy)
        except ValueError:
            continue
        i = doc.sent_of(a)
        tail = _LAST_SEP.match(text, m.end(), b)
        start = tail.end() if tail else m.end()
        places = [p for p in doc.by_sent.get(i, []) if start <= p.start < b and p.role == "place"
                  and p.kind != "demonym"] or [p for p in doc.by_sent.get(i, []) if m.end() <= p.start < b
                                               and p.role == "place" and p.kind != "demonym"]
        if m.re is _NUMBERED_BARE and any(p.kind == "city" for p in places):
            town = next(p for p in places if p.kind == "city")  # "4/26 Spokane, WA Knitting Factory": the town
            places = [p for p in places if p is town or p.kind in ("region", "country")]
        if places:
            rows.append((i, a, DateRef(m.start("a"), m.end("b"), "abs", value), places, start, b))
    return rows


# a tour's days under a line that is their month: "June" then "- 2 – Pittsburgh – Benedum Center for the Performing
# Arts"
_MONTH_ALONE = re.compile(r"[ \t]*(?P<m>January|February|March|April|May|June|July|August|September|October|November|"
                          r"December)(?:[ \t]+(?P<y>\d{4}))?[ \t]*:?[ \t]*")
_DAY_ROW = re.compile(r"[ \t]*(?:[-•*·][ \t]*)?(?P<d>\d{1,2})(?:st|nd|rd|th)?[ \t]*[-–—:|][ \t]*")


def _month_day_rows(doc: Doc) -> list[tuple]:
    """The rows of lines that open with a day under a line that is a month alone: the place is the first the line
    names (the venue comes after it); the year is the month line's, else as for days in figures."""
    text = doc.text
    rows = []
    month, year = None, None
    for line in _LINE.finditer(text):
        a, b = line.span()
        alone = _MONTH_ALONE.fullmatch(text, a, b)
        if alone:
            month, year = MONTHS[alone.group("m").lower()], alone.group("y")
            continue
        row = _DAY_ROW.match(text, a, b) if month is not None and b - a <= MAX_LINE else None
        if row is None:
            continue
        i = doc.sent_of(a)
        places = [m for m in doc.by_sent.get(i, []) if row.end() <= m.start < b and m.role == "place"
                  and m.kind != "demonym"]
        if not places:
            continue
        day = int(row.group("d"))
        y = int(year) if year else _year(None, doc.pub, month, day)
        try:
            date = DateRef(row.start("d"), row.end("d"), "abs", dt.date(y, month, day)) if y else None
        except ValueError:
            date = None
        rows.append((i, a, date, places[:1], row.end(), b))
    return rows


def _year(given: str | None, pub: dt.date | None, month: int, day: int) -> int | None:
    """The year of a day in figures: the one given ("05/04/17"), else the publication's, or the next one for a day
    more than two months before the publication (a tour announced in November for March)."""
    if given:
        return int(given) + (2000 if len(given) == 2 else 0)
    if pub is None:
        return None
    try:
        this = dt.date(pub.year, month, day)
    except ValueError:
        return pub.year
    return pub.year + 1 if (pub - this).days > 61 else pub.year


def _ahead(date: DateRef, pub: dt.date | None) -> DateRef:
    """A line's day and month with no year, read as ``_year`` reads days in figures: a tour's list published in May
    that opens "November 30 - Norwich" is this year's November, and "March 3" in it next year's."""
    if date.kind != "abs" or not date.year_inferred or date.value is None or pub is None:
        return date
    year = _year(None, pub, date.value.month, date.value.day)
    if year is None or year == date.value.year:
        return date
    try:
        return dataclasses.replace(date, value=date.value.replace(year=year))
    except ValueError:  # 29 February
        return date


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


_TO_DATE = re.compile(r"[\s,:–—-]*")  # between a line's place and its date: "Bridgetown, Barbados 13 Nov 2024"
_LINE_END = re.compile(r"[\s.;)]*")  # after the date, nothing else: "... 13 Nov 2024 to 9 Dec 2024"


def _place_first_rows(doc: Doc) -> list[tuple]:
    """The rows of lines that are a place and then its dates, nothing more ("Bridgetown, Barbados 13 Nov 2024 to 9
    Dec 2024", "Vieux Fort, Saint Lucia 29 Jan 2025 to 13 Feb 2025"): a ship's ports of call, a tour's dates."""
    from .dates import dates_in

    text = doc.text
    rows = []
    for line in _LINE.finditer(text):
        a, b = line.span()
        if b - a > MAX_LINE:
            continue
        bullet = _BULLET.match(text, a, b)
        a = bullet.end() if bullet else a
        i = doc.sent_of(a)
        places = [m for m in doc.by_sent.get(i, []) if a <= m.start < b and m.role == "place" and m.kind != "demonym"]
        if not places or places[0].start != a:
            continue
        dates = [d for d in dates_in(doc, i, (a, b)) if d.kind == "abs" and d.start > places[0].end]
        if not dates:
            continue
        first = dates[0]
        places = [m for m in places if m.end <= first.start]
        if not places or not _TO_DATE.fullmatch(text, places[-1].end, first.start) \
                or not _LINE_END.fullmatch(text, max(d.end for d in dates), b):
            continue
        rows.append((i, a, _ahead(first, doc.pub), places, a, first.start))
    return rows


# a schedule run into a sentence, its days first, its items apart by semicolons: "The intervening ports of call and
# dates were as follows: July 11, Wellington; July 17, Adelaide; August 5, Colombo; August 16, Suez"
_RUN_IN_ITEM = re.compile(r"[:;][ \t]*(?P<d>(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+\d{1,2}"
                          r"(?:st|nd|rd|th)?)[ \t]*[,.]?[ \t]+(?=[A-Z])")
_RUN_IN_MAX = 80  # characters from an item's date to its end


def _run_in_rows(doc: Doc) -> list[tuple]:
    """The rows of a run-in schedule: items of a day and the places of that day ("August 25, Lemnos and Anzac"), each
    after a colon or a semicolon and ending at the next semicolon; MIN_LINES of them one after another."""
    from .dates import dates_in

    text = doc.text
    rows: list[tuple] = []
    run: list[tuple] = []
    last_end = -1
    for item in _RUN_IN_ITEM.finditer(text):
        a = item.start("d")
        stop = text.find(";", item.end(), item.end() + _RUN_IN_MAX)
        b = stop if stop >= 0 else min(len(text), item.end() + _RUN_IN_MAX)
        if run and text.rfind(";", 0, a) != last_end:  # not the item after the last one: a new run
            rows += run if len(run) >= MIN_LINES else []
            run = []
        last_end = stop
        i = doc.sent_of(a)
        dates = [d for d in dates_in(doc, i, (a, item.end())) if d.kind == "abs" and d.start == a]
        places = [m for m in doc.by_sent.get(i, []) if item.end() <= m.start < b and m.role == "place"
                  and m.kind != "demonym"]
        if dates and places:
            run.append((i, a, dates[0], places, item.end(), b))  # told in a sentence: its tense dates it
    return rows + (run if len(run) >= MIN_LINES else [])


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
