"""What the story page shows, as plain data: the article cut into highlighted spans, and the journey as a list.

The templates do the HTML (with autoescaping); this module decides what goes where, so it can be tested without
Flask and without parsing markup. Nothing here trusts the journey file: spans may overlap or point past the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from webmap.journey import Arrival, Citation, Event, Journey, Leg, Mention, Quote, stop_role
from webmap.wording import EDITED as EDITED  # the story page's wording for what a person changed
from webmap.wording import START_NOT_GIVEN, date_range, long_date

ROLE_LABELS = {"origin": "Origin", "border": "Border crossing", "stop": "Stop", "destination": "Destination",
               "event": "Event", "mention": "Mentioned"}
NOT_IN_ARTICLE = "not in the article"
MENTION_ROLE_TEXT = {"context": "named in passing", "journey": "on the journey"}


@dataclass(frozen=True)
class Segment:
    """A run of the article's text; ``mention`` is set when the run is a place name to highlight."""

    text: str
    mention: Mention | None = None


@dataclass(frozen=True)
class QuoteLine:
    """A sentence from the article, or an editor's note (``status`` e.g. 'unconfirmed')."""

    text: str
    status: str = ""
    quote: str = ""


@dataclass(frozen=True)
class Item:
    """One line of the journey as text: a stop, a leg between stops, or an event, in travel order."""

    kind: str  # 'stop' | 'leg' | 'event'
    title: str
    role: str  # stop: origin|border|stop|destination; leg: its mode; event: 'event'
    place: str | None = None  # place key (stops and events), for linking to the map
    date: str | None = None  # ISO date; for a leg, the day it leaves
    end_date: str | None = None  # ISO date; for a leg, the day it arrives; for an event, its last day
    when: str = ""  # the dates in words, ready to show
    traveller: str = ""
    participants: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    notes: tuple[QuoteLine, ...] = ()
    provenance: str = "article"  # 'article' | 'citation' (not in the article) | 'edited' (by hand) | 'inferred'
    citation: Citation | None = None
    confidence: float | None = None
    remarks: tuple[str, ...] = ()  # the journey file's notes on the item (and on its place), each a sentence
    via: tuple[str, ...] = ()  # names of points the drawn line passes that the article does not give
    approximate: bool = False  # the drawn line is an approximation (it follows via points)
    arrival: str = ""  # a stop reached from a start the article does not give: who arrives, how, in words


@dataclass(frozen=True)
class OtherPlace:
    """A place the story names that is not on the journey: Washington as the U.S. government, and so on."""

    key: str
    name: str
    country: str
    roles: tuple[str, ...]
    notes: tuple[str, ...]
    count: int
    located: bool


@dataclass
class _Seq:
    items: list[Item] = field(default_factory=list)
    last_stop: str | None = None


# -- the article ------------------------------------------------------------------------------------------------

def segments(text: str, mentions: list[Mention]) -> list[Segment]:
    """Cut ``text`` into plain runs and mention runs; the segments always join back to exactly ``text``.

    Mentions out of range, empty, or overlapping one already taken (earliest first, longest on a tie) are skipped
    rather than trusted: a hand-edited journey file must never garble the article.
    """
    n = len(text)
    valid = [m for m in mentions
             if isinstance(m.start, int) and isinstance(m.end, int) and 0 <= m.start < m.end <= n]
    valid.sort(key=lambda m: (m.start, -m.end))
    out: list[Segment] = []
    pos = 0
    for m in valid:
        if m.start < pos:
            continue
        if m.start > pos:
            out.append(Segment(text[pos:m.start]))
        out.append(Segment(text[m.start:m.end], m))
        pos = m.end
    if pos < n:
        out.append(Segment(text[pos:]))
    return out


def place_roles(journey: Journey) -> dict[str, str]:
    """Each place key's part in the story (origin, border, stop, destination, event, mention): for highlights."""
    roles = {key: "mention" for key in journey.places}
    for ev in journey.events:
        roles[ev.place] = "event"
    for place, role in journey.stops():
        roles[place.key] = role
    return roles


def mention_kind(journey: Journey, mention: Mention, roles: dict[str, str] | None = None) -> str:
    """How to highlight a name: its place's part in the journey, unless this use of it is not about the place
    (a metonym such as "Pyongyang has shifted its focus", or part of an organisation's name)."""
    role = (roles if roles is not None else place_roles(journey)).get(mention.place, "mention")
    if mention.role not in ("journey", "context", ""):
        return "mention"
    return role


def mention_title(journey: Journey, mention: Mention, roles: dict[str, str] | None = None) -> str:
    """The tooltip of a highlighted name: which place it is and what the article uses it for."""
    place = journey.places.get(mention.place)
    name = place.name if place else mention.surface
    role = ROLE_LABELS.get((roles if roles is not None else place_roles(journey)).get(mention.place, "mention"),
                           "Mentioned")
    bits = [f"{name}: {role.lower()}"]
    if mention.role and mention.role not in ("journey", "context"):
        bits.append(mention.role)
    if mention.note:
        bits.append(mention.note)
    return " — ".join(bits)


def safe_url(url: str | None) -> str | None:
    """A link target from a journey file, only if it is http(s): a ``javascript:`` URL is text, not a link."""
    if not url:
        return None
    scheme = url.strip().split(":", 1)[0].lower() if ":" in url else ""
    return url.strip() if scheme in ("http", "https") else None


# -- the journey as text ----------------------------------------------------------------------------------------

def _provenance(quote: Quote | None, citation: Citation | None, inferred: bool, edited: bool = False) -> str:
    if citation is not None:
        return "citation"
    if edited:
        return "edited"
    if inferred:
        return "inferred"
    return "article" if quote is not None else "inferred"


def _quotes(*qs: Quote | None, more: list[Quote] | None = None) -> tuple[str, ...]:
    texts = [q.text for q in (*qs, *(more or [])) if q is not None and q.text]
    return tuple(dict.fromkeys(texts))


def _remarks(*notes: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n.strip() for n in notes if n and n.strip()))


def _leg_item(journey: Journey, leg: Leg, named: set[str]) -> Item:
    """``named``: the places the article names (``Journey.named_places``), asked once per itinerary."""
    a, b = journey.places[leg.from_].name, journey.places[leg.to].name
    mode = "" if leg.mode == "unknown" else f" by {leg.mode}"
    if leg.depart and leg.arrive and leg.depart != leg.arrive:
        when = f"left {long_date(leg.depart)}, arrived {long_date(leg.arrive)}"
    elif leg.depart or leg.arrive:
        when = long_date(leg.depart or leg.arrive)
        if not leg.depart:
            when = f"arrived {when}"
    else:
        when = ""
    crossing = ""
    if leg.crossing and leg.crossing in journey.places:
        crossing = f"Crosses the border at {journey.places[leg.crossing].name}."
    # "via Rwanda" is the article's; a main-line station is the route's
    unnamed = tuple(journey.places[k].name for k in leg.via if k in journey.places and k not in named)
    told = [journey.places[k].name for k in leg.via if k in journey.places and k in named]
    by_way = f"By way of {', '.join(told)}." if told else ""
    return Item(kind="leg", title=f"{a} → {b}{mode}", role=leg.mode, date=leg.depart, end_date=leg.arrive,
                when=when, traveller=leg.traveller, quotes=_quotes(leg.quote, more=leg.more_quotes),
                provenance=_provenance(leg.quote, leg.citation, leg.inferred, leg.edited), citation=leg.citation,
                confidence=leg.confidence, remarks=_remarks(crossing, by_way, leg.note),
                via=unnamed, approximate=bool(unnamed))


def _stop_item(journey: Journey, key: str, date: str | None, leg: Leg) -> Item:
    place = journey.places[key]
    return Item(kind="stop", title=place.name, role="stop", place=key, date=date, when=long_date(date),
                traveller=leg.traveller, provenance=_provenance(leg.quote, leg.citation, leg.inferred, place.edited),
                citation=leg.citation, confidence=leg.confidence, remarks=_remarks(place.note))


def _arrival_item(journey: Journey, a: Arrival) -> Item:
    place = journey.places[a.to]
    how = "" if a.mode == "unknown" else f" by {a.mode}"
    mark = " (inferred)" if a.inferred else ""
    return Item(kind="stop", title=place.name, role="stop", place=a.to, date=a.arrive,
                arrival=f"{a.traveller} arrives in {place.name}{how} ({START_NOT_GIVEN}){mark}",
                when=f"arrived {long_date(a.arrive)}" if a.arrive else "", traveller=a.traveller,
                quotes=_quotes(a.quote, more=a.more_quotes),
                provenance=_provenance(a.quote, a.citation, a.inferred, a.edited or place.edited),
                citation=a.citation, confidence=a.confidence,
                remarks=_remarks(f"{a.traveller} arrives{how}; {START_NOT_GIVEN}.", a.note, place.note))


def _event_item(journey: Journey, ev: Event) -> Item:
    place = journey.places[ev.place]
    notes = tuple(QuoteLine(n.text, n.status, n.quote.text if n.quote else "") for n in ev.notes)
    return Item(kind="event", title=f"{ev.title}, {place.name}", role="event", place=ev.place, date=ev.date,
                end_date=ev.end_date, when=date_range(ev.date, ev.end_date), participants=tuple(ev.participants),
                quotes=_quotes(ev.quote, more=ev.more_quotes), notes=notes,
                provenance=_provenance(ev.quote, ev.citation, ev.inferred, ev.edited), citation=ev.citation,
                confidence=ev.confidence, remarks=_remarks(ev.note, place.note))


def _with_roles(items: list[Item], crossings: set[str], arrived: set[str]) -> list[Item]:
    """Name each stop's part: the first is the origin (unless the article says it was arrived at), the last the
    destination, crossings are borders."""
    stop_at = [i for i, it in enumerate(items) if it.kind == "stop"]
    out = list(items)
    for n, i in enumerate(stop_at):
        first = n == 0 and items[i].place not in arrived
        out[i] = replace(items[i], role=stop_role(items[i].place in crossings, first, n == len(stop_at) - 1))
    return out


def _sort_date(item: Item) -> str | None:
    if item.kind == "leg":
        return item.end_date or item.date
    return item.date


def itinerary(journey: Journey) -> list[Item]:
    """Stops, legs and events in travel order: the journey as text, for screen readers, print and checking.

    Legs keep the file's order (it is the order of travel); each leg is preceded by its start unless the previous
    leg ended there, so a return trip lists the origin again. Events go where their date falls (an event before
    the journey starts comes first); an undated event follows the stop at its place, else goes last. An arrival
    whose start the article does not give is the stop a leg leaves from, or stands where its date falls.
    """
    seq = _Seq()
    named = journey.named_places()
    arrivals = {a.to: a for a in reversed(journey.arrivals)}  # the first arrival at each place
    for leg in journey.legs:
        if seq.last_stop != leg.from_:
            a = arrivals.pop(leg.from_, None)
            seq.items.append(_arrival_item(journey, a) if a else _stop_item(journey, leg.from_, leg.depart, leg))
        seq.items.append(_leg_item(journey, leg, named))
        seq.items.append(_stop_item(journey, leg.to, leg.arrive, leg))
        seq.last_stop = leg.to
    for a in [a for a in journey.arrivals if arrivals.get(a.to) is a]:
        item = _arrival_item(journey, a)
        seq.items.insert(_event_position(seq.items, item), item)
    items = _with_roles(seq.items, {leg.crossing for leg in journey.legs if leg.crossing},
                        {a.to for a in journey.arrivals})

    for ev in journey.events:
        item = _event_item(journey, ev)
        items.insert(_event_position(items, item), item)
    return items


def _event_position(items: list[Item], event: Item) -> int:
    if event.date:
        running: str | None = None
        for i, it in enumerate(items):
            running = _sort_date(it) or running
            if running is not None and running > event.date:
                return i
        return len(items)
    for i, it in enumerate(items):
        if it.kind == "stop" and it.place == event.place:
            return i + 1
    return len(items)


def other_places(journey: Journey) -> list[OtherPlace]:
    """The places named in passing, each once, with what the article uses the name for."""
    out = []
    for place, mentions in journey.other_places():
        roles = tuple(dict.fromkeys(MENTION_ROLE_TEXT.get(m.role, m.role) for m in mentions if m.role))
        notes = tuple(dict.fromkeys(m.note for m in mentions if m.note))
        out.append(OtherPlace(place.key, place.name, place.country, roles, notes, len(mentions), place.located))
    return out
