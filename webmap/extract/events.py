"""Stage: events. What happened at a place (a parade, a summit, talks), with its date and participants."""

from __future__ import annotations

import re

from gazetteer.geoparse import PlaceMention
from webmap.journey import Event, Note

from .dates import nearest_date, resolve_date
from .document import DateRef, Doc, Fact, check_limit
from .tense import earlier_trip_at

_EVENT_KW = r"parade|summit|meeting|meetings|talks|conference|ceremony|rally|forum|funeral|inauguration|" \
            r"celebrations?|commemorations?|festival|negotiations|signing|reception|banquet|exhibition|" \
            r"tournament|games|olympics|election|protests?"


_EVENT_ADJ = {"military", "victory", "state", "national", "naval", "trilateral", "bilateral", "three-way",
              "one-on-one", "annual", "peace", "memorial", "official", "diplomatic", "g20", "g7", "nato", "un",
              "climate", "trade", "leaders", "leaders'", "formal", "commemoration", "commemorative", "wreath-laying",
              "welcome", "anniversary", "independence", "day", "opening", "closing", "signing", "award"}


_EVENT_RE = re.compile(rf"\b(?P<adj>(?:[A-Za-z][\w-]*\s+){{0,2}}?)(?P<kw>{_EVENT_KW})\b", re.IGNORECASE)


_EVENT_WORD = re.compile(_EVENT_KW)  # in every _EVENT_RE match, after two words at most (Doc.anchored_matches)


_MODAL_RE = re.compile(r"\b(?:no|not|never|(?-i:may)|might|could|possible|possibly|potential|hinted|speculation|"
                       r"speculated|rumou?red|unconfirmed|if|whether|would)\b", re.IGNORECASE)


_ANAPHOR_RE = re.compile(rf"^\s*(?:the|this|that)\s+(?:event|occasion|(?:\w+\s+)?(?:{_EVENT_KW}))\b|^\s*it\b",
                         re.IGNORECASE)


def event_place(doc: Doc, em: re.Match, ms: list[PlaceMention], sent_asserts: list[Fact], s: int,
                e: int) -> PlaceMention | None:
    """Where an event is: "<event> in X", "X <event>", or the place the traveller goes to attend it."""
    text = doc.text
    good = [m for m in ms if m.kind not in ("country",)]
    for m in good:  # parade in Beijing / summit at X / held in X
        gap = text[em.end():m.start]
        if 0 <= len(gap) <= 40 and re.fullmatch(r"\s+(?:(?:was|is|will\s+be|to\s+be)\s+)?(?:held\s+)?"
                                                r"(?:in|at)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}", gap):
            return m
    for m in good:  # Beijing parade / the Alaska summit
        gap = text[m.end:em.start("kw")]
        if m.end <= em.start("kw") and len(gap) <= 25 and re.fullmatch(r"(?:’s|'s)?\s+(?:[\w-]+\s+){0,2}", gap):
            return m
    nearest_first = sorted((a for a in sent_asserts if a.mention), key=lambda a: -a.start)
    for a in nearest_first:  # traveling to Beijing to join ... at a parade
        if a.kind in ("goal", "arrive", "final", "ret") and a.mention and not a.implied \
                and a.mention.kind not in ("country",) and a.mention.end <= em.start("kw"):
            between = text[a.mention.end:em.start("kw")]
            if re.search(r"\b(?:to\s+(?:join|attend|watch|take\s+part|participate|meet)|for|at)\b", between):
                return a.mention
    return None


def attach_date(doc: Doc, ev: Event, dates: list[DateRef], em: re.Match | None, used: set[int], i: int) -> None:
    if ev.date is not None or not dates:
        return
    start, end = (em.start("kw"), em.end("kw")) if em else doc.sents[i]
    ref = nearest_date(dates, start, end, used) if em else dates[0]
    if ref is None:
        return
    if ref.in_text_order is not None:  # read already, for the travel fact it also dates
        d, inferred = ref.in_text_order, ref.year_inferred
    else:
        d, inferred = resolve_date(doc, ref, doc.date_at.get(i) if ref.kind in ("same", "next") else None)
    if d is None:
        return
    ev.date = d.isoformat()
    if inferred:
        ev.inferred = True
        ev.confidence = min(ev.confidence or 0.7, 0.7)
        ev.note = "Year taken from the publication date."
    doc.add_quote(ev, doc.quote(i))


def run(doc: Doc) -> None:
    text = doc.text
    event_keys: dict[tuple[str, str], Event] = {}
    last_event: Event | None = None
    for i, (s, e) in enumerate(doc.sents):
        if doc.headline[i]:
            continue
        ms = [m for m in doc.by_sent.get(i, []) if m.role == "place" and m.kind != "demonym"]
        dates = doc.dates.get(i, [])
        facts = doc.facts.get(i, [])
        used_dates: set[int] = set()  # dates given to events
        for em in doc.anchored_matches(_EVENT_RE, _EVENT_WORD, s, e, 2):  # two words before its keyword
            kw = em.group("kw").lower()
            adj = [w for w in em.group("adj").split() if w.lower().strip("'’") in _EVENT_ADJ
                   or re.fullmatch(_EVENT_KW, w, re.IGNORECASE)]
            title = " ".join([*adj, em.group("kw")]).strip()
            title = title[0].upper() + title[1:].lower()
            place_m = event_place(doc, em, ms, facts, s, e)
            modal = bool(_MODAL_RE.search(text[max(s, em.start() - 60):min(e, em.end() + 40)]))
            if place_m is None:
                if last_event is not None and modal:
                    q = doc.quote(i, em.start())
                    if not any(n.quote == q for n in last_event.notes):
                        last_event.notes.append(Note(f"Unconfirmed: {q.text[:160]}", q, "unconfirmed"))
                elif last_event is not None and _ANAPHOR_RE.match(text[s:e]):
                    attach_date(doc, last_event, dates, em, used_dates, i)
                continue
            if modal and kw in ("meeting", "meetings", "talks", "summit"):
                continue
            if earlier_trip_at(doc, i, min(em.start("kw"), place_m.start), max(em.end(), place_m.end)):
                continue  # "held talks in Cairo" on a trip in 2019
            key = doc.key_for(place_m)
            norm_kw = {"meetings": "meeting", "celebration": "celebrations", "protest": "protests",
                       "commemoration": "commemorations"}.get(kw, kw)
            ev = event_keys.get((key, norm_kw))
            q = doc.quote(i, em.start())
            if ev is None:
                check_limit("events", len(doc.events) + 1)
                ev = Event(title=title, place=key, quote=q, inferred=False,
                           confidence=round(0.75 * place_m.confidence + 0.2, 2))
                event_keys[(key, norm_kw)] = ev
                doc.events.append(ev)
            else:
                doc.add_quote(ev, q)
            if len(title) > len(ev.title) and ev.title.lower() in title.lower():
                ev.title = title
            doc.roles[place_m.start] = ("journey", "")
            attach_date(doc, ev, dates, em, used_dates, i)
            for _ps, _pe, name in doc.people_in(s, e):
                if name not in ev.participants and len(name.split()) >= 2:
                    ev.participants.append(name)
            last_event = ev
        # the cheap questions first
        if last_event is not None and dates and last_event.date is None and _ANAPHOR_RE.match(text[s:e]) \
                and next(doc.anchored_matches(_EVENT_RE, _EVENT_WORD, s, e, 2), None) is None:
            attach_date(doc, last_event, dates, None, used_dates, i)
