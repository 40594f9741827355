"""Stage: dates. Explicit dates, ranges and weekdays in each sentence, given to the travel fact they belong to;
weekdays and years resolved around the publication date by the tense of their clause."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .check import km_apart
from .document import CLAUSE_RE, MONTHS, RETURN_FROM, YEAR_RE, DateRef, Doc, Fact
from .guard import first_chars_guard
from .here import dateline_place
from .tense import tense_at

_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12}


# a month's name ends its word: "the first six F-16 marks the return" is no 16 March
_MONTH_PAT = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
             r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![^\W\d_])"


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


_DATE_PAT = (
    rf"\b(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b|"
    rf"\b(?P<rd1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|till)\s*(?P<rd2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<rm1>{_MONTH_PAT})(?:,?\s+(?P<ry1>\d{{4}}))?|"
    rf"\b(?P<rm2>{_MONTH_PAT})\s+(?P<rd3>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|till)\s*(?P<rd4>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?\b(?:,?\s+(?P<ry2>\d{{4}}))?|"
    # "Sunday (4Jun17)": the day, month and two-digit year written as one word (WENN's entertainment copy)
    r"\b(?P<d3>\d{1,2})(?P<m3>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?P<y3>\d\d)\b|"
    rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_PAT})(?:,?\s+(?P<y1>\d{{4}}))?|"
    rf"\b(?P<m2>{_MONTH_PAT})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?|"
    # "followed by Indonesia on the 18 and 19th and South Korea from 19 to 20th": days of the month named before
    rf"\b(?:on|from)\s+(?:the\s+)?(?P<od1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|till)\s*(?:the\s+)?"
    rf"(?P<od2>\d{{1,2}})(?P<ord>st|nd|rd|th)?\b(?!\s*(?:of\s+)?(?:{_MONTH_PAT}))|"
    rf"\bon\s+the\s+(?P<od3>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?(?:{_MONTH_PAT}))|"
    rf"\b(?P<rel>last|next|this|on|early|late)?\s*(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    rf"Sunday)(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\b|"
    rf"\b(?P<same>that\s+(?:morning|afternoon|evening|night|day)|later\s+that\s+day|the\s+same\s+day|"
    rf"hours\s+later|later\s+in\s+the\s+day)\b|"
    rf"\b(?P<next>the\s+(?:next|following)\s+(?:day|morning|evening)|a\s+day\s+later|the\s+day\s+after)\b|"
    rf"\b(?P<today>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b")
# tried only where a date's first two characters are (first_chars_guard): a sixth faster
_DATE_RE = re.compile(first_chars_guard(_DATE_PAT) + f"(?:{_DATE_PAT})", re.IGNORECASE)


# in every _DATE_RE match (a digit, a weekday's or "today"'s "day", ...), after three words at most: a sentence
# without any is not scanned, and one with some only from a few words before each (Doc.anchored_matches)
_MAYBE_DATE = re.compile(r"\d|day|tonight|tomorrow|hours\s+later|(?:that|next|following|this)\s+(?:morning|afternoon|"
                         r"evening|night)|last\s+night")


_FUTURE_RE = re.compile(r"\b(?:will|'ll|’ll|set\s+for|scheduled|slated|(?<!\bin\s)due|expected|plans?|planned|to\s+be|"
                        r"upcoming|is\s+travell?ing|are\s+travell?ing|is\s+heading|is\s+to|are\s+to|"
                        r"would|(?<!\bthe\s)next)\b", re.IGNORECASE)  # not "and the next day the students landed"


# a word of telling: "announced Monday that", "disclosed ... that the President would travel"
_SAY = r"\b(?:announced|said|says|told|reported|confirmed|stated|tweeted|wrote|added|disclosed|revealed|indicated|" \
       r"explained)\b"
_SAID_BETWEEN = re.compile(_SAY)
_SAID_THAT_ON = re.compile(_SAY + r"\s+that\s+(?:on\s+)?$")


_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?$", re.IGNORECASE)  # "after which he was expected to
# return", "left Scotland June 22 and was initially due to arrive": a plan that was


def _plan_was(doc: Doc, s: int, m: re.Match) -> bool:
    """Whether a word of plan is told in the past: "was expected to", "was initially due to"."""
    return m.group().lower() in ("expected", "due", "scheduled", "slated", "planned") \
        and _WAS_BEFORE.search(doc.text, max(s, m.start() - 20), m.start()) is not None


def _tells_future(doc: Doc, s: int, e: int) -> bool:
    """Whether a sentence speaks of what is to come, not of what a past statement said was to come."""
    return any(not (m.group().lower() == "would" and _SAID_BETWEEN.search(doc.text, s, m.start())
                    or _plan_was(doc, s, m))
               for m in _FUTURE_RE.finditer(doc.text, s, e))


def _was_planned(doc: Doc, s: int, at: int) -> bool:
    """Whether the plan a day belongs to is told in the past ("The governor was scheduled to meet ... Saturday
    morning in El Fasher", published on Sunday): the day is the nearest one, the day before as likely as the week
    after."""
    return any(_plan_was(doc, s, m) for m in _FUTURE_RE.finditer(doc.text, s, at))


_LATE_MARGIN = dt.timedelta(days=2)  # a day or two after publication may be the dateline's time zone


def _told_past_after_pub(doc: Doc, i: int, pos: int, d: dt.date) -> bool:
    """A date without a year that the nearest year puts after publication, told in the past tense ("left Hilo on
    June 15" in a story of March): it is the year before's."""
    return doc.pub is not None and not doc.story_time and d > doc.pub + _LATE_MARGIN \
        and tense_at(doc, i, pos)[0] == "past"


def _safe_date(y: int, m: int | None, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d) if m else None
    except ValueError:
        return None


# a schedule told in the present: "The six-day journey begins in Türkiye and continues to Lebanon on Sunday"
_SCHEDULE_PRESENT = re.compile(r"\b(?:journey|trip|tour|visit|voyage)\s+(?:begins|starts|continues|ends|opens|"
                               r"concludes|moves\s+on)\b|\b(?:begins|starts|continues|ends)\s+(?:in|to|on|at)\b|"
                               r"\b(?:continue|continues)\s+on\s+to\b|"  # "The MSG Chair ... continue on to Suva"
                               r"\b(?:leaves|departs|flies|heads|travels|sets\s+(?:off|out))\b|"  # "Sheikh Hasina
                               r"\b(?:is|are)\s+(?:leaving|departing|flying)\b")  # leaves Dhaka for Kathmandu
# Thursday morning", "is leaving for London on Saturday": news's present for what is scheduled


_CITED_ISSUE = re.compile(r"\((?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&’'-]*,\s*$")  # "(TIME, ", "(The Times, "


def dates_in(doc: Doc, i: int, span: tuple[int, int] | None = None) -> list[DateRef]:
    """The dates sentence i gives (or the part of it in ``span``), in text order."""
    s, e = span or doc.sents[i]
    if not doc.may_have(_MAYBE_DATE, s, e):
        return []
    out = []
    future: bool | None = None  # whether the sentence speaks of what is to come: asked for weekdays only
    for m in doc.anchored_matches(_DATE_RE, _MAYBE_DATE, s, e, 4):  # "later in the day": three words before "day"
        if _CITED_ISSUE.search(doc.text, max(s, m.start() - 40), m.start()):
            continue  # "(TIME, Mar. 23)": the issue that told it before, not a day of the trip
        if m.group("iso"):
            try:
                out.append(DateRef(m.start(), m.end(), "abs", dt.date.fromisoformat(m.group("iso"))))
            except ValueError:
                pass
        elif m.group("rm1") or m.group("rm2"):  # "from 3 to 6 September", "September 3-6": a stay
            first = int(m.group("rd1") or m.group("rd3"))
            last = int(m.group("rd2") or m.group("rd4"))
            mon_s = (m.group("rm1") or m.group("rm2")).lower().rstrip(".")
            mon = MONTHS.get(mon_s) or _MONTH_ABBR.get(mon_s)
            year_s = m.group("ry1") or m.group("ry2")
            year = int(year_s) if year_s else _year_for(doc, mon, first, m.start())
            d0 = _safe_date(year, mon, first) if year else None
            d1 = _safe_date(year, mon, last) if year else None
            if d0 and d1 and d1 >= d0:
                out.append(DateRef(m.start(), m.end(), "abs", d0, year_inferred=not year_s, until=d1))
            elif year is None:
                doc.undated.append((m.start(), m.end()))
        elif m.group("m1") or m.group("m2"):
            day = int(m.group("d1") or m.group("d2"))
            mon_s = (m.group("m1") or m.group("m2")).lower().rstrip(".")
            mon = MONTHS.get(mon_s) or _MONTH_ABBR.get(mon_s)
            year_s = m.group("y1") or m.group("y2")
            year_inferred = not year_s
            year = int(year_s) if year_s else _year_for(doc, mon, day, m.start())
            if year is None:
                doc.undated.append((m.start(), m.end()))
                continue
            d = _safe_date(year, mon, day)
            if d and not year_s and _told_past_after_pub(doc, i, m.start(), d):
                d = _safe_date(year - 1, mon, day)  # "The voyaging canoe left Hilo on June 15" in March: last June
            if d:
                out.append(DateRef(m.start(), m.end(), "abs", d, year_inferred=year_inferred))
        elif m.group("m3"):
            y, mon_s = int(m.group("y3")), m.group("m3").lower()
            d = _safe_date(y + (1900 if y > 50 else 2000), MONTHS.get(mon_s) or _MONTH_ABBR[mon_s], int(m.group("d3")))
            if d:
                out.append(DateRef(m.start(), m.end(), "abs", d))
        elif m.group("od1") or m.group("od3"):
            named = next((r.value for r in reversed(out) if r.kind == "abs" and r.value), None)  # its month and year
            if named is None or (m.group("od1") and not m.group("ord") and not m.group(0).lower().startswith(
                    ("on the", "from the"))):
                continue  # "from 19 to 20" with no month before it, nor an ordinal: numbers, not days
            first = int(m.group("od1") or m.group("od3"))
            last = int(m.group("od2") or first)
            d0 = _safe_date(named.year, named.month, first)
            d1 = _safe_date(named.year, named.month, last)
            if d0 and d1 and d1 >= d0 >= named:
                out.append(DateRef(m.start(), m.end(), "abs", d0, year_inferred=True, until=d1 if d1 > d0 else None))
        elif m.group("wd") and doc.pub is not None and (feast := _FEAST_BEFORE.search(
                doc.text, max(s, m.start("wd") - 8), m.start("wd"))):
            state, _ = tense_at(doc, i, m.start("wd"))
            day = _feast_day(feast.group(1), m.group("wd"), doc.pub, state)
            if day is not None:  # "The Mongolia left Melbourne on Easter Tuesday": the Tuesday after Easter
                out.append(DateRef(feast.start(1), m.end(), "abs", day))
        elif m.group("wd"):
            rel = (m.group("rel") or "").lower()
            state, _ = tense_at(doc, i, m.start("wd"))
            if future is None:
                future = bool(_FUTURE_RE.search(doc.text[s:e]))
            if state == "past" and future and _SAID_THAT_ON.search(doc.text, max(s, m.start("wd") - 40), m.start("wd")):
                state = "none"  # "announced that on Tuesday, Lungu will fly": the telling is past, the day is not
            scheduled = rel in ("", "on", "early", "late") and state not in ("plan", "past") and not future and bool(
                _SCHEDULE_PRESENT.search(doc.text, s, m.start("wd")))
            direction = -1 if rel == "last" else 1 if rel == "next" else (
                1 if state == "plan" else -1 if state == "past" else 1 if future or scheduled else -1)
            if direction > 0 and not rel and doc.pub is not None and state != "past" \
                    and _was_planned(doc, s, m.start("wd")):  # the nearest such day
                direction = -1 if (_WEEKDAYS.index(m.group("wd").lower()) - doc.pub.weekday()) % 7 > 3 else 1
            out.append(DateRef(m.start("wd"), m.end(), "weekday", weekday=_WEEKDAYS.index(
                m.group("wd").lower()), direction=direction, said=rel in ("next", "last"),
                anchored=rel in ("next", "last", "this"), scheduled=scheduled, past=state == "past" and not future))
        elif m.group("same"):
            out.append(DateRef(m.start(), m.end(), "same"))
        elif m.group("next"):
            out.append(DateRef(m.start(), m.end(), "next"))
        elif m.group("today") and doc.pub and not doc.story_time:  # the day it was written, not the story's
            w = m.group("today").lower()
            off = {"yesterday": -1, "tomorrow": 1}.get(w, -1 if w.startswith("last") else 0)  # "this afternoon"
            out.append(DateRef(m.start(), m.end(), "abs", (doc.today or doc.pub) + dt.timedelta(days=off)))
    return _sentence_year(doc, _restated(doc, _across_months(doc, out)), s, e)


# a feast that names a weekday by Easter: "Easter Tuesday", "Good Friday", "Palm Sunday", "Whit Monday"
_FEAST_BEFORE = re.compile(r"\b(Easter|Good|Holy|Maundy|Palm|Ash|Whit)\s+$")
_FEAST_OFFSET = {("easter", "sunday"): 0, ("easter", "monday"): 1, ("easter", "tuesday"): 2, ("good", "friday"): -2,
                 ("holy", "thursday"): -3, ("maundy", "thursday"): -3, ("holy", "saturday"): -1,
                 ("palm", "sunday"): -7, ("ash", "wednesday"): -46, ("whit", "sunday"): 49, ("whit", "monday"): 50}


def easter(year: int) -> dt.date:
    """Easter Sunday of a year of the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _feast_day(feast: str, weekday: str, pub: dt.date, state: str) -> dt.date | None:
    """The day a feast falls on in the year that puts it where the sentence's tense does: the last one on or before
    publication in a past sentence, the next one on or after it in one of plans, else the nearest."""
    offset = _FEAST_OFFSET.get((feast.lower(), weekday.lower()))
    if offset is None:
        return None
    days = [easter(y) + dt.timedelta(days=offset) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if state == "past":
        return max((d for d in days if d <= pub), default=None)
    if state == "plan":
        return min((d for d in days if d >= pub), default=None)
    return min(days, key=lambda d: abs((d - pub).days))


# "the next day, i.e. October 10", "that evening (September 1)": a calendar date that restates the date before it
_RESTATES = re.compile(r"\s*(?:,|\(|--|—|–)?\s*(?:(?:i\.\s?e\.|that\s+is|namely),?\s*)?")


# what joins a range's first day to its last: "3-6", "6 to 9", "until", "through"
_RANGE_SEP = r"\b(?:to|until|till|through)|[-–]"
# "July 30–August 2", "from 30 June to 3 July": a stay that runs into the next month
_RANGE_JOIN = re.compile(rf"\s*(?:{_RANGE_SEP}|—)\s*")


def _across_months(doc: Doc, refs: list[DateRef]) -> list[DateRef]:
    """Two calendar dates joined by a dash or "to", the second within two months after the first: one stay."""
    out: list[DateRef] = []
    for r in refs:
        last = out[-1] if out else None
        if last is not None and last.kind == r.kind == "abs" and last.until is None and r.until is None \
                and last.value and r.value and last.value.month != r.value.month \
                and 0 < (r.value - last.value).days <= 62 and _RANGE_JOIN.fullmatch(doc.text, last.end, r.start):
            out[-1] = replace(last, end=r.end, until=r.value)
            continue
        out.append(r)
    return out


def _restated(doc: Doc, refs: list[DateRef]) -> list[DateRef]:
    """The dates without those a calendar date just after restates: the calendar date is the one to keep."""
    return [r for k, r in enumerate(refs) if not (
        r.kind in ("same", "next", "weekday") and k + 1 < len(refs) and refs[k + 1].kind == "abs"
        and refs[k + 1].until is None and _RESTATES.fullmatch(doc.text, r.end, refs[k + 1].start))]


def _sentence_year(doc: Doc, refs: list[DateRef], s: int, e: int) -> list[DateRef]:
    """Dates the sentence gives without a year: the year it gives once for all of them ("Chile from January 15 to
    18 and Peru from January 18 to 21, 2018"); else, in a sentence about what is to come, the first such day on or
    after publication ("will travel to Chile from January 15", published in June)."""
    years = {r.value.year for r in refs if r.kind == "abs" and not r.year_inferred and r.value is not None
             and YEAR_RE.search(doc.text, r.start, r.end)}
    stated = years.pop() if len(years) == 1 else None
    future = doc.pub is not None and any(r.kind == "abs" and r.year_inferred and r.value is not None for r in refs) \
        and _tells_future(doc, s, e)  # asked only where a date needs it
    out = []
    for r in refs:
        if r.kind == "abs" and r.year_inferred and r.value is not None:
            year = stated if stated is not None else (
                r.value.year + 1 if future and doc.pub and r.value < doc.pub - dt.timedelta(days=7)
                and not _gone_by(doc, r) else None)
            value = _safe_date(year, r.value.month, r.value.day) if year is not None else None
            if value is not None:
                until = r.until and _safe_date(r.until.year + year - r.value.year, r.until.month, r.until.day)
                r = replace(r, value=value, until=until, year_inferred=stated is None)
        out.append(r)
    return out


def _gone_by(doc: Doc, r: DateRef) -> bool:
    """Whether a date is told as gone by, whatever its sentence's tense: "making trips ... since last 28 August",
    "since 3 March"."""
    before = max(0, r.start - 12)
    return bool(_LAST_BEFORE.search(doc.text, before, r.start) or _SINCE_BEFORE.search(doc.text, before, r.start))


# a year the text names for what it tells: "between May and July 2016", "in 1935", "of 2016"
_NAMED_YEAR = re.compile(r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\s+(?:\d\d?(?:st|nd|rd|th)?,?\s+)?|(?:in|of)\s+)(1[89]\d\d|20\d\d)\b")


# a whole date the story tells, its year given: "On that Feb. 3, 1910,", "on 14 May 1948"
_TOLD_DATE = re.compile(rf"\b(?:{_MONTH_PAT}\s+\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                        rf"{_MONTH_PAT},?)\s+(?P<y>1[6-9]\d\d|20\d\d)\b")
_TOLD_REACH = 400  # how far back such a date sets the year of the dates after it


def _year_for(doc: Doc, mon: int | None, day: int, at: int) -> int | None:
    """The year of a date the text gives without one: that of a whole date the story told just before it, when that
    is years before publication (a story of 1910 told in 2017); else the publication's, or the next or last when that
    is nearer (within half a year of publication); without a publication date, the one year a headline names, else
    the year the text last named before it ("between May and July 2016, ... from Cape Town on 7th May"); else
    None."""
    if doc.pub is None:
        if doc.year_hint is not None:
            return doc.year_hint
        named = None
        for m in _NAMED_YEAR.finditer(doc.text, max(0, at - 3000), at + 40):
            if m.start() < at:
                named = int(m.group(1))
            elif named is None and doc.sent_of(m.start()) == doc.sent_of(at):
                return int(m.group(1))
        return named
    told = None
    for m in _TOLD_DATE.finditer(doc.text, max(0, at - _TOLD_REACH), at):
        told = m
    if told is not None and int(told.group("y")) <= doc.pub.year - 2:
        return int(told.group("y"))  # "On that Feb. 3, 1910, ... left Santa Monica on Feb. 1": the story's year
    year = doc.pub.year
    cand = _safe_date(year, mon, day)
    if cand and (cand - doc.pub).days > 183:
        year -= 1
    elif cand and (doc.pub - cand).days > 183:
        year += 1
    return year


def resolve_date(doc: Doc, ref: DateRef | None, previous: dt.date | None) -> tuple[dt.date | None, bool]:
    """(date, inferred). Weekdays count from the publication date (past tense back, future forward) and,
    along a journey, never run backwards: a later stop on an earlier weekday is the next week's."""
    if ref is None:
        return None, False
    if ref.kind == "abs":
        return ref.value, ref.year_inferred
    if ref.kind == "same":
        return previous, False
    if ref.kind == "next":
        return (previous + dt.timedelta(days=1), False) if previous else (None, False)
    if ref.kind == "weekday" and doc.pub is None:
        doc.undated.append((ref.start, ref.end))
    if ref.kind == "weekday" and doc.pub is not None:
        delta = (ref.weekday - doc.pub.weekday()) % 7
        if ref.direction < 0 and delta:
            delta -= 7
        elif not delta and ref.said:  # "next Sunday" in Sunday's paper is a week away, "last Sunday" a week ago
            delta = 7 * ref.direction
        d = doc.pub + dt.timedelta(days=delta)
        if ref.anchored:  # "Last Friday the President visited Angola", told after Wednesday's arrival in Maputo
            return d, False
        if previous is not None:
            while d < previous:
                d += dt.timedelta(days=7)
            # a week at most after the stop before -- unless that was weeks before the article's week
            # ("left Shanghai on 2 February ... docked in Rotterdam on Tuesday")
            while (d - previous).days >= 7 and abs((previous - doc.pub).days) <= 7:
                d -= dt.timedelta(days=7)
        week = dt.timedelta(days=7)
        # past-tense copy: not after the article was published, unless the journey's order says so ("left on
        # Monday ... reached Beijing on Tuesday" in Monday's paper) -- and a verb in the past tense is not pushed
        # more than a day past it, whatever order it is told in (news tells the end first: "arrived in Larnaca
        # yesterday ... They left Beirut on Thursday" had made Thursday five days after the paper came out)
        while ref.direction < 0 and d > doc.pub and (previous is None or d - week >= previous
                                                     or ref.past and (d - doc.pub).days > 1):
            d -= week
        return d, False
    return None, False


def nearest_date(dates: list[DateRef], start: int, end: int, used: set[int]) -> DateRef | None:
    best, dist = None, 10**9
    for d in dates:
        if d.start in used:
            continue
        gap = d.start - end if d.start >= end else (start - d.end) * 1.5 + 10
        if gap < dist and gap <= 120:
            best, dist = d, gap
    return best


# a purpose between a place and a date: the date is what is done there ("to face Scotland on November 8")
_PURPOSE_BEFORE = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|their|be|travel|fly|go|arrive|return|leave|visit)\b)"
                             r"[a-z]+\s", re.IGNORECASE)


# ... unless the purpose is held at a place of its own: "visiting Kazakhstan to attend the meet held in Astana on"
_HELD_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z]")


# "flying to Doha for talks with mediators on Monday": the date is the talks', not the arrival's
_PURPOSE = re.compile(r"\bfor\s+(?:[\w'’-]+\s+){0,2}?(?:talks|meetings?|a\s+summit|the\s+summit|negotiations|"
                      r"consultations)\b|\bahead\s+of\b|"  # "..., ahead of a series that begins on"
                      r"\bwhere\s+(?:he|she|they|it|we)\s+(?:is|are|was|were|will)\b", re.IGNORECASE)
# ("has arrived in Kampala, Uganda where he is expected to attend the ... summit on Friday": the summit's day)


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


# a day said to be when something was told, not travelled: "announced Monday that", "On Saturday, a source told"
_SPOKEN = re.compile(_SAY + r"\s+(?:on\s+)?$")
# ... or told someone after the travel: "left Christchurch to attend the festival in London, the conductor, Mr W. R.
# Hawkey, told a meeting of the Canterbury Travel Club yesterday"
_TOLD_WHOM = re.compile(r"\b(?:told|tells|addressed)\s+(?:a|an|the|reporters|journalists)\b[^,;:.\"“”]{0,60}?\s+"
                        r"(?:on\s+)?$")


# "Kathmandu, Jan. 1 : ", "09 October 2024_ Sultan ... arrived"
_DATELINE_DATE = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*(?:—|–|--|-|:|_|\.(?=\s)|\.-?(?:—|–|--))")
# "WELLINGTON, October 19.", "Ponta Delgada, May 27.—The Atlantic"


_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:just|now|safely|finally|already)\s+)?(?:arrived|returned|reached|"
                      r"landed|docked|come|flown|sailed|travell?ed)\b")  # done by now, on some day before
# a clause set before the main one: "As she left Manila, ..."
_FRONTED_WHEN = re.compile(r"\s*[\"“]?(?:As|When|While|Just\s+as|Even\s+as)\s[^,;]*,")
_WHO_BEFORE = re.compile(r",\s*(?:who|which|whose)\s[^,;.:]*$")  # inside a relative clause's aside
# a day that says whose an event is: "Saturday's earthquake" (not "Saturday's arrival in Kabul": the travel's own)
_OF_AN_EVENT = re.compile(r"(?:’s|'s)\s+(?!(?:[\w-]+\s+){0,2}?(?:arrival|visit|departure|flight|trip|journey|landing|"
                          r"return|voyage|crossing|tour)\b)")
_THEN_FROM = re.compile(r",?\s+from\s+(?:the\s+)?")  # "arrived in Beijing from Moscow"
_FINISHED = re.compile(r"(?:finish|complet|end)", re.IGNORECASE)  # "finished his run from A to B on Friday": B's day
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|ending|ends)\s+$", re.IGNORECASE)  # "a six-day trip ending Monday"


def assign_dates(doc: Doc, i: int, dates: list[DateRef], asserts: list[Fact]) -> None:
    """Give each date to the travel fact it belongs to: the nearest cue before it in the same clause
    ("left Pyongyang on Monday"); for "from A to B on <date>" that is the departure; a date that opens the
    clause ("On Monday, Kim left ...") goes to the first cue after it. An event's dates are not an arrival's:
    an arrival implied by attending something keeps its date as a day the traveller is there (the legs stage's
    ``seen``), and one whose date follows its purpose ("for talks on Monday") gets none."""
    text = doc.text
    ordered = sorted(asserts, key=lambda a: a.start)
    # "Caracas, March 24, 2022 (Agency)—This Wednesday, March 23, 97 Venezuelans arrived": the dateline's date is
    # when the story was filed, the sentence's own date when they travelled; the dateline's is given last
    for d in sorted(dates, key=lambda d: bool(_DATELINE_DATE.match(text, d.end))
                    and d.start - text.rfind("\n", 0, d.start) <= 40):
        before = [a for a in ordered if a.end <= d.start and not CLAUSE_RE.search(text, a.end, d.start)]
        if _OF_AN_EVENT.match(text, d.end - 2):  # the date's span holds its "’s"
            continue  # "Concepción, which was devastated by Saturday's earthquake": the day of the quake
        if _SPOKEN.search(text, max(0, d.start - 30), d.start) \
                or before and _TOLD_WHOM.search(text, max(before[-1].end, d.start - 80), d.start):
            continue  # "announced Monday that the pope will travel", "..., the White House said Tuesday": the day
            # it was said
        if before and _PURPOSE_BEFORE.match(text, before[-1].end, d.start) \
                and not _HELD_AT.search(text, before[-1].end, d.start):
            continue  # "travel to Edinburgh to face Scotland on November 8": the match's date, not the arrival's
        target = None
        if before and _UNTIL_BEFORE.search(text, max(0, d.start - 12), d.start):
            continue  # "a round of appearances in New York City, Newark and Brooklyn through Oct. 7": when the stay
            # ends, not the day the last place is reached
        fronted = _FRONTED_WHEN.match(text, doc.sents[i][0])
        if before and fronted and before[-1].end <= fronted.end() <= d.start:
            continue  # "As she left Manila, 20,000 supporters marched for a leader shot on a Manila street last
            # Tuesday": the main clause's day, not the day of the clause set before it
        if before:
            target = before[-1]
            if target.cue == RETURN_FROM and len(before) > 1:
                target = before[-2]  # "return from Mendoza on Sunday": the day it leaves Mendoza
            if target.kind in ("via", "goal") or (target.kind in ("arrive", "ret") and target.cue in
                                                  ("to", "on to", "then to", "onward to")):
                dep = [a for a in before if a.kind == "depart" and a.date is None and not _FINISHED.match(a.cue)]
                if dep:
                    target = dep[-1]
            elif target.kind == "depart" and target.cue == "from":
                arr = [a for a in before if a.kind == "arrive" and a.cue.startswith(("arriv", "land", "touch"))
                       and a.date is None and a.traveller == target.traveller
                       and _THEN_FROM.fullmatch(text, a.end, target.start)
                       and not _PURPOSE.search(text, a.end, d.start)]
                if arr:  # "arrived in Beijing from Moscow in the morning of Tuesday": the arrival's day
                    target = arr[-1]
        elif _UNTIL_BEFORE.search(text, max(0, d.start - 12), d.start):
            continue  # "will base himself in Guatemala until Friday, making day trips to Nicaragua on Wednesday":
            # the end of a stay the text gives no cue for, not the next trip's day
        elif not re.match(r"\s*(?:after|following|before|since)\b", text[doc.clause_of(i, d.start)[0]:d.start],
                          re.IGNORECASE):  # "After the test on Saturday the team heads to": the test's date
            after = [a for a in ordered if a.start >= d.end and not CLAUSE_RE.search(text, d.end, a.start)]
            target = after[0] if after else None
            if target is not None and _SAID_BETWEEN.search(text, d.end, target.start):
                target = None  # "On Saturday, an Iraqi source told our agency that his visit to Baghdad": the telling
            if target is not None and _WHO_BEFORE.search(text, max(0, d.start - 80), d.start) \
                    and "," in text[d.end:target.start]:
                target = None  # "Morales, who takes office on 22 January, has already visited": the aside's day
            if target is not None and _SINCE_BEFORE.search(text, max(0, d.start - 12), d.start) \
                    and "," in text[d.end:target.start]:
                target = None  # "In the country since the 7th of June, the friends arrived this Thursday": a stay's
                # start, set apart
        dated_line = target is not None and d.start < target.start and _DATELINE_DATE.match(text, d.end) is not None
        if dated_line and _PERFECT.search(text, max(doc.sents[i][0], target.start - 80), target.start):
            continue  # "New Delhi, April 22 (ANI): INSV Tarini has returned to its base port at Goa": by the day
            # the story was filed, not on it ("returned to her base port at Goa on April 21")
        if target is not None and target.date is None and not _PURPOSE.search(text, target.end, d.start) \
                and not (dated_line and any(
                    b.cue == "list" and b.date is not None and b.date.start > b.end
                    for b in ordered if b.start > target.start)):
            target.date = d  # not a dateline's date to the first of a list dated after it ("BEIJING, July 12 --
            # ... state visits to the UAE, Senegal and Rwanda from July 19 to 24"): the list's date is shared later


def _future_sentence(doc: Doc, facts: list[Fact]) -> None:
    """"From there he travels to Buenos Aires and then to Rio for the summit on July 6" in a story of July 2, or
    "is heading first to London next Sunday": a calendar date still to come, or a "next" weekday, makes the
    sentence's travel a plan, unless a fact of it has a date of its own that is not, or looks back."""
    if doc.pub is None or not facts or all(a.planned for a in facts):
        return
    if doc.story_time and not any(a.present for a in facts):
        return  # after a date the story tells as it happens, a later date in the past tense is the story's past
    dated = [a for a in facts if a.date is not None]
    if not dated or any(a.back or not (a.date.kind == "abs" or _next_weekday(a.date))
                        or not still_to_come(doc, a.date) for a in dated):
        return
    for a in facts:
        if not a.back:
            a.planned = True


def _next_weekday(ref: DateRef) -> bool:
    """"next Sunday", "leaves Dhaka Thursday": a weekday the text itself puts ahead."""
    return ref.kind == "weekday" and (ref.said or ref.scheduled) and ref.direction > 0


def still_to_come(doc: Doc, ref: DateRef | None) -> bool:
    if ref is None or doc.pub is None:
        return False
    d, _ = resolve_date(doc, ref, None)
    return d is not None and d > doc.pub


_HEAD_CHARS = 400  # where a dateline or a headline's year is looked for
_LEAD_SENTENCES, _LEAD_CHARS = 3, 600  # where else an anniversary story says so: its first sentences
_YEAR_WORD = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")


# an anniversary story's lead: "On this day 36 years ago, ...", "60 years ago today, ...", "Today in History,
# exactly 54 years ago, On February 21, 1966, ..."
_ANNIVERSARY = re.compile(r"\b(?:on\s+this\s+day|this\s+day\s+in\s+history|today\s+in\s+history)\W+(?:exactly\s+)?"
                          r"(?P<n>[\w-]+)\s+years\s+ago\b|"
                          r"\b(?P<n2>[\w-]+)\s+years\s+ago\s+(?:today|tomorrow|yesterday|this\s+(?:day|week|month))\b|"
                          r"\bOn\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|"
                          r"June|July|August|September|October|November|December),?\s+(?P<n3>[\w-]+)\s+years\s+ago\b",
                          re.IGNORECASE)  # "On the 10th of March, fifty years ago, I left home in Yorkshire"
# a column's heading or first sentence: "From the South China Morning Post this week in 1979"
_HEADING_YEAR = re.compile(r"\bthis\s+(?:day|week|month)\s+in\s+(?P<y>1[6-9]\d\d|20\d\d)\b", re.IGNORECASE)
_UNITS = {w: k for k, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * k for k, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}


def _years(word: str) -> int | None:
    """"36", "thirty-six", "Sixty": a count of years, or None."""
    if word.isdigit():
        return int(word)
    parts = word.lower().split("-")
    if len(parts) == 1:
        return _UNITS.get(parts[0], _TENS.get(parts[0]))
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS and 0 < _UNITS[parts[1]] < 10:
        return _TENS[parts[0]] + _UNITS[parts[1]]
    return None


def _looking_back(doc: Doc) -> None:
    """An anniversary story ("On this day 36 years ago, President Chun ... was on an official visit to Myanmar", a
    column "this week in 1979") tells that trip as its own: its lead is no earlier trip, and with a publication date
    its dates are read against the day it looks back to, which the draft says."""
    if not doc.sents:
        return
    first = next((k for k, h in enumerate(doc.headline) if not h), 0)
    s, e = doc.sents[first]
    end = min(e, s + _HEAD_CHARS)
    m = _ANNIVERSARY.search(doc.text, s, end) or _HEADING_YEAR.search(doc.text, 0, end)
    if m is None:  # a standfirst and a scene first: "It was almost one of Australia's worst maritime disasters.
        # Fifty years ago tomorrow, the icebreaker Kista Dan left Melbourne"
        later = doc.sents[first + 1:first + _LEAD_SENTENCES]
        m = next((f for a, b in later if a < _LEAD_CHARS and (f := _ANNIVERSARY.search(doc.text, a, b))), None)
    if m is None:
        return
    doc.looking_back = m.span()
    year = m.groupdict().get("y")  # "From the South China Morning Post this week in 1979"
    if year:
        n = doc.pub.year - int(year) if doc.pub is not None else None
    else:
        n = _years(m.group("n") or m.group("n2") or m.group("n3"))
    if doc.pub is None or not n or n > 200:
        return
    try:
        then = doc.pub.replace(year=doc.pub.year - n)
    except ValueError:  # the 29th of February
        then = doc.pub.replace(year=doc.pub.year - n, day=28)
    doc.pub = then
    doc.note_unsure(f"The article looks back {n} years: its dates are read against {then.isoformat()}, {n} years "
                    f"before it was published.", m.start(), m.end())


def dateline(doc: Doc) -> None:
    """Without a publication date: a full date at the top of the article ("October 13, 1986|By UPI") is taken
    as its date, and a year its headline names ("their 2018 autumn tour") as the year of dates given without
    one; either is said in the draft. An anniversary story is read on the day it looks back to."""
    _looking_back(doc)
    head = (0, min(len(doc.text), _HEAD_CHARS))
    if doc.pub is not None:
        _dateline_day(doc, head)
        return
    full = [d for d in dates_in(doc, 0, head) if d.kind == "abs" and not d.year_inferred and d.until is None]
    doc.undated.clear()
    if full:
        d = full[0]
        doc.pub = d.value
        line = doc.text.rfind("\n", 0, d.start) + 1
        doc.story_time = _STORY_DATE_BEFORE.search(doc.text, max(line, d.start - 20), d.start) is not None
        doc.note_unsure(f"No publication date was given: dates are read against {d.value.isoformat()}, the date "
                        f"at the top of the article.", d.start, d.end)
        return
    line = re.match(r"\s*([^\n]{1,150}(?<![.;:,]))\n", doc.text)  # a headline: a short first line of its own
    years = set(_YEAR_WORD.findall(line.group(1))) if line else set()
    if len(years) == 1:
        doc.year_hint = int(years.pop())
        m = _YEAR_WORD.search(doc.text, line.start(1), line.end(1))
        doc.note_unsure(f"No publication date was given: dates without a year are taken to be in {doc.year_hint}, "
                        f"the year the headline names.", m.start(), m.end())


# a date the story tells as it happens, not the day it was written: "It was June 26, 1959, when a crowd of 20,000
# gathered ... The royal yacht made stops ... on July 1st" (On The Bay: July 1st is after it, not a year before)
_STORY_DATE_BEFORE = re.compile(r"\b(?:[Ii]t\s+was|was|were|[Oo]n|since)\s+$")


def _dateline_day(doc: Doc, head: tuple[int, int]) -> None:
    """"KARLOVAC, Croatia, July 23 -- ... emerged from Bosanski Novi today", published July 24: a wire story's
    "today" is its dateline's day, when that is a day or two before the publication -- a dateline at a line's start,
    or run into the line before it ("(New Zealand Press Association) WELLINGTON, October 19.")."""
    filed = dateline_place(doc)  # ...or in title case ("Dominion Special Service. Dunedin, November 26.")
    if not _DATELINE_ANYWHERE.search(doc.text, *head) and filed is None:
        return  # no place and a comma at the top: no dates to read there
    for d in dates_in(doc, 0, head):
        line = doc.text.rfind("\n", 0, d.start) + 1
        if d.kind == "abs" and d.until is None and d.value is not None and _DATELINE_DATE.match(doc.text, d.end) \
                and (d.start - line <= 60 and _DATELINE_PLACE.match(doc.text, line, d.start)
                     or _DATELINE_JUST_BEFORE.search(doc.text, max(line, d.start - 40), d.start)
                     or filed is not None and doc.text[filed.end:d.start].rstrip(" \t") == ",") \
                and 1 <= (doc.pub - d.value).days <= 2:  # type: ignore[operator]
            doc.today = d.value
            return


_DATELINE_PLACE = re.compile(r"[A-Z][A-Z .'’-]+,")  # "KARLOVAC,", "NEW YORK,"
_DATELINE_ANYWHERE = re.compile(r"\b[A-Z]{3,}[A-Z .'’-]*,")
# a dateline the page ran into the line before it: "(New Zealand Press Association) WELLINGTON, October 19."
_DATELINE_JUST_BEFORE = re.compile(r"(?:^|[\s(.)])[A-Z]{3,}[A-Z .'’-]*,\s*$")


_RANGE_FROM = re.compile(r"\b(?:from|between)\s*$")  # "from Sunday to Nov 23": a range, even one read as its start
_RANGE_END = re.compile(rf"(?:{_RANGE_SEP})\s*$")  # its last day, read alone
# the day a trip begins is its first place's
_BEGINS = re.compile(r"\b(?:begins?|began|starts?|started|opens?|opened|(?:will|to)\s+(?:begin|start|open))\s+"
                     r"(?:on\s+)?$", re.IGNORECASE)


TOUR_RANGE_KM = 300.0  # places listed this far apart under one range of days are a tour's, not one stay's


def _share_listed_dates(doc: Doc, facts: list[Fact]) -> None:
    """"Kampala and Entebbe from 6 to 9 September": places listed together share the date that follows them. But
    a range of days after a list of places far apart ("state visits to Australia, New Zealand and Fiji from Sunday
    to Nov 23") is the whole tour's: its first day is the first place's, and it dates no other arrival."""
    text = doc.text
    ordered = sorted(facts, key=lambda a: a.start)
    shared: dict[int, Fact] = {}  # the facts a date was shared among, by identity, in the order shared
    for a, b in zip(reversed(ordered[:-1]), reversed(ordered[1:]), strict=True):
        if a.date is None and b.date is not None and b.cue == "list" and b.date.start > b.end \
                and not _DATE_RE.search(text, a.end, b.start):
            a.date = b.date
            shared.setdefault(id(b), b)
            shared.setdefault(id(a), a)
    # "Parson's first tour stops are Tuesday in Springfield, Branson, Carthage", "On Wednesday, he's going to Columbia,
    # Gordonville, Sikeston and St. Louis": one day before a list of places near each other is each one's day
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.date is not None and a.date.start < a.start and a.date.until is None and b.date is None \
                and b.cue == "list" and b.sent == a.sent and not _DATE_RE.search(text, a.end, b.start) \
                and a.place in doc.places and b.place in doc.places \
                and (apart := km_apart(doc, a.place, b.place)) is not None and apart <= TOUR_RANGE_KM:
            b.date = a.date
    for d in {id(f.date): f.date for f in shared.values() if f.date is not None}.values():
        before = max(0, d.start - 9)
        ends = _RANGE_END.search(text, before, d.start) is not None  # "fromSunday to Nov 23": its last day alone
        if _BEGINS.search(text, max(0, d.start - 24), d.start):
            for f in sorted((f for f in shared.values() if f.date is d), key=lambda f: f.start)[1:]:
                f.date = None  # "visit Ethiopia, Nigeria, Angola and Kenya during the trip, which begins Sunday"
            continue
        one_day = d.until is None and not ends and not _RANGE_FROM.search(text, before, d.start)
        tour = sorted((f for f in shared.values() if f.date is d), key=lambda f: f.start)
        spots = [f.place for f in tour if f.place in doc.places]
        if any((apart := km_apart(doc, p, q)) is not None and apart > TOUR_RANGE_KM for p in spots for q in spots) \
                and (not one_day or tour[0].kind == "begin"):  # "will start his visit to Azerbaijan, Russia,
            # Armenia, Georgia and Turkey on Monday": the day it starts, in the first
            tour[0].date = None if ends else replace(d, until=None)  # the tour's first day is the first place's
            for f in tour[1:]:
                f.date = None


# a plan told in the past that the sentence says was overtaken: "had been set to arrive in Galveston on Saturday,
# were instead detoured to New Orleans", "was set to depart for Ottawa on Sunday, but the plane was grounded"
_OVERTAKEN = re.compile(r"\b(?:instead|diverted|detoured|rerouted|redirected)\b|"
                        r"\bbut\b[^.;]{0,60}?\b(?:grounded|delayed|postponed|cancell?ed|called\s+off|scrapped|"
                        r"prevented|put\s+off)\b", re.IGNORECASE)
# ... or says, before it, that it was the first plan: "was initially scheduled to start a tour of Mbeya Region"
_AT_FIRST = re.compile(r"\b(?:initially|originally)\s+(?:been\s+)?(?:scheduled|planned|due|set|expected|slated|meant|"
                       r"supposed)\b", re.IGNORECASE)


# ... or a sentence soon after says the plan failed: "the plan was to walk all the way to Geneva ... However, things
# did not work according to plan."
_PLAN_FAILED = re.compile(r"\b(?:(?:did\s+not|didn[’']t)\s+(?:work|go)|never\s+(?:worked|went))\s+(?:out\s+)?"
                          r"(?:according\s+to|as)\s+(?:the\s+)?plan(?:ned)?\b|"
                          r"\b(?:plans?|trip|journey|march|walk|tour|voyage)\s+(?:was|were|had\s+been)\s+(?:abandoned|"
                          r"cut\s+short|called\s+off|cancell?ed|scrapped|halted)\b", re.IGNORECASE)
_PLAN_FAILED_AFTER = 2  # sentences after the plan's


_SKIP = re.compile(r"\b(?:skip|skips|skipped|skipping|bypass|bypasses|bypassed|bypassing)\s+(?:the\s+)?$",
                   re.IGNORECASE)


def _skipped(doc: Doc) -> set[str]:
    """The places the story says a journey skipped ("forces Pacific Pearl to skip Fiji"), once per story."""
    found = doc.memo.get(("skipped",))
    if found is None:
        found = doc.memo[("skipped",)] = {doc.key_for(m) for m in doc.mentions if m.role == "place"
                                           and _SKIP.search(doc.text, max(0, m.start - 20), m.start)}
    return found  # type: ignore[return-value]


def _plan_goes_on(a: Fact, kept: list[Fact]) -> bool:
    """Whether an undated step of a plan told in the past comes after a step of the same plan that stands ("was
    scheduled to dock at Rotterdam's ECT Delta terminal for unloading until Aug. 3 before departing for Felixstowe"):
    the plan's next step stands with it."""
    return a.past_plan and a.date is None and any(b.past_plan and b.traveller == a.traveller and b.end <= a.start
                                                  for b in kept)


def _plan_stands(doc: Doc, a: Fact, dates: list[DateRef]) -> bool:
    """Whether a plan told in the past ("was due to call at") still stands: its sentence does not say it was
    overtaken, and its date, or a date in its clause, is still to come -- or neither the plan nor the story is
    dated."""
    if _OVERTAKEN.search(doc.text, a.end, doc.sents[a.sent][1]) or _AT_FIRST.search(doc.text, doc.sents[a.sent][0],
                                                                                     a.start):
        return False
    after = doc.sents[a.sent + 1:a.sent + 1 + _PLAN_FAILED_AFTER]
    if after and _PLAN_FAILED.search(doc.text, after[0][0], after[-1][1]):
        return False
    if a.place is not None and any(k == a.place or doc.holds(k, a.place) for k in _skipped(doc)):
        return False  # "Cyclone Winston forces Pacific Pearl to skip Fiji": "was scheduled to dock in Suva"
    if doc.pub is None:  # "was scheduled to arrive in Yaounde", "was expected in South Africa Tuesday" with no
        return True      # publication date to weigh a date against: nothing says it did not happen; kept, as a plan
    return still_to_come(doc, _ahead(doc, a, a.date)) or any(
        (a.clause[0] <= d.start < a.clause[1] or 0 <= d.start - a.end <= 40)  # "in Melbourne shortly before 7am on
        and still_to_come(doc, _ahead(doc, a, d)) for d in dates)  # Sunday": the hour's day


_LAST_BEFORE = re.compile(r"\b(?:last|past|previous)\s+$", re.IGNORECASE)


def _ahead(doc: Doc, a: Fact, ref: DateRef | None) -> DateRef | None:
    """A plan's own weekday, told after it, is the next one ("was to touch down in Melbourne ... on Sunday", published
    Saturday), not the one before that the past tense around it would read -- unless the text says "last Sunday"; a
    day told before the plan ("left Boston on Friday") is not the plan's."""
    if ref is None or ref.weekday is None or ref.start < a.end \
            or _LAST_BEFORE.search(doc.text, max(0, ref.start - 10), ref.start):
        return ref
    return replace(ref, direction=1)


# a day on a line of its own, heading what a diary or schedule says of it: "Tuesday", "Wednesday:"
_DAY_HEADING = re.compile(rf"\s*({'|'.join(_WEEKDAYS)})\s*:?\s*", re.IGNORECASE)


_LAST_LEG = re.compile(r"\b(?:last|final)\s+(?:leg|stop|destination)\b", re.IGNORECASE)


def run(doc: Doc) -> None:
    """Dates of each sentence, given to its travel facts and read in text order ("the next day"); a plan told in
    the past ("was due to call at") stands only if its date is still to come and the sentence does not say it was
    overtaken."""
    heading: DateRef | None = None  # a diary's day heading ("Tuesday" on a line of its own) and what follows it
    for i in range(len(doc.sents)):
        s, e = doc.sents[i]
        day = _DAY_HEADING.fullmatch(doc.text, s, e)
        if day:
            heading = DateRef(s, e, "weekday", weekday=_WEEKDAYS.index(day.group(1).lower()))
            continue
        if doc.headline[i]:
            continue
        dates = dates_in(doc, i)
        doc.dates[i] = dates
        facts = doc.facts.get(i, [])
        assign_dates(doc, i, dates, facts)
        if heading is not None and not dates:
            for a in facts:
                if a.date is None and not a.back:
                    a.date = replace(heading, direction=1 if a.planned else -1)
        _share_listed_dates(doc, facts)
        kept = [a for a in facts if not a.past_plan or _plan_stands(doc, a, dates)]
        if len(kept) < len(facts):  # only then: a sentence of many facts is not compared fact by fact
            kept = [a for a in facts if a in kept or _plan_goes_on(a, kept)]
            doc.dropped += [a for a in facts if a not in kept]
        doc.facts[i] = kept
        _future_sentence(doc, kept)
        told = sorted((a.date for a in kept if a.date), key=lambda d: d.start)
        last_leg = bool(told) and _LAST_LEG.search(doc.text, s, e) is not None  # asked only of a dated sentence
        for d in told:
            resolved, _ = resolve_date(doc, d, doc.last_date)
            d.in_text_order = resolved
            if not last_leg:  # "His visit to Tokyo, the last leg of the tour, will take place on Sunday": told
                doc.last_date = resolved or doc.last_date  # first, its date is no bound on the stops told after it
        doc.date_at[i] = doc.last_date
