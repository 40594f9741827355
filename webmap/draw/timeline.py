"""The journey in time: dated legs and events grouped into steps a reader can play through on the map.

``timeline_steps`` is pure (Journey in, steps out) so the order and wording can be tested without a browser.
``Timeline`` draws them as a small Leaflet control driven by our own ``static/webmap/timeline.js``: no jQuery,
moment or jQuery UI (folium's TimestampedGeoJson needs all three), so the exported file stays small and offline.
Both the script and its stylesheet are inlined into the page when it renders; nothing is fetched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jinja2 import Template

from webmap.draw.elements import Macro, Text
from webmap.htmlsafe import js_string
from webmap.journey import Arrival, Event, Journey, Leg, Place
from webmap.offline import embeddable, static_text
from webmap.wording import NOT_IN_ARTICLE, START_NOT_GIVEN, long_date

MODE_PHRASE = {"train": "by train", "flight": "by air", "car": "by car", "motorcade": "in a motorcade",
               "bus": "by bus", "ship": "by ship", "ferry": "by ferry", "foot": "on foot", "unknown": ""}
PLAY_INTERVAL_MS = 2200


@dataclass(frozen=True)
class Step:
    """One date on the timeline: what happened that day and what to highlight on the map."""

    date: str  # ISO date
    label: str  # plain text, "Monday 1 September 2025 — …"; escaped by whoever displays it
    legs: tuple[int, ...]  # 1-based leg orders, as in the SVG class wm-leg-{order}
    events: tuple[int, ...]  # indexes into journey.events, as in data-event
    places: tuple[str, ...]  # place keys, as in data-place
    cited: bool = False  # every item of the step rests on a citation: its date is not in the article

    @property
    def heading(self) -> str:
        return long_date(self.date)

    @property
    def detail(self) -> str:
        """The label without its date, for a display that shows the date on its own line."""
        prefix = f"{self.heading} — "
        return self.label[len(prefix):] if self.label.startswith(prefix) else self.label


@dataclass
class _Day:
    legs: list[int]
    events: list[int]
    places: list[str]
    texts: list[str]
    cited: list[bool]


def _by(mode: str) -> str:
    phrase = MODE_PHRASE.get(mode, f"by {mode}")
    return f" {phrase}" if phrase else ""


def _country_name(journey: Journey, code: str) -> str:
    """A country's name from the journey's own places (the story names it), else nothing: we do not guess."""
    for place in journey.places.values():
        if place.kind == "country" and place.country == code:
            return place.name
    return ""


def _crossing_phrase(journey: Journey, leg: Leg) -> str:
    if not leg.crossing:
        return ""
    at: Place = journey.places[leg.crossing]
    origin, dest = journey.places[leg.from_], journey.places[leg.to]
    into = (_country_name(journey, at.country)
            if at.country and origin.country and at.country != origin.country and dest.country in ("", at.country)
            else "")
    return f"crosses into {into} at {at.name}" if into else f"crosses the border at {at.name}"


def _provenance(inferred: bool, cited: bool) -> str:
    return (" (inferred)" if inferred else "") + (f" ({NOT_IN_ARTICLE})" if cited else "")


def _leg_text(journey: Journey, leg: Leg, departs: bool, arrives: bool) -> str:
    """What the leg does on one day: leaves, arrives, or both (and where it crosses a border)."""
    a, b = journey.places[leg.from_].name, journey.places[leg.to].name
    cross = _crossing_phrase(journey, leg)
    crosses_at_end = leg.crossing == leg.to
    if departs and arrives:
        parts = [f"{leg.traveller} leaves {a}{_by(leg.mode)}"]
        if cross and not crosses_at_end:
            parts.append(cross)
        parts.append(cross if cross and crosses_at_end else f"arrives in {b}")
        text = "; ".join(parts)
    elif departs:
        text = f"{leg.traveller} leaves {a}{_by(leg.mode)} for {b}"
    else:  # the day it crosses a border on the way is unknown; only a crossing at the end belongs to this day
        text = f"{leg.traveller} arrives in {b}{_by(leg.mode)} from {a}" + (f"; {cross}" if crosses_at_end and cross
                                                                           else "")
    return text + _provenance(leg.inferred, bool(leg.citation))


def _arrival_text(journey: Journey, a: Arrival) -> str:
    return (f"{a.traveller} arrives in {journey.places[a.to].name}{_by(a.mode)} ({START_NOT_GIVEN})"
            + _provenance(a.inferred, bool(a.citation)))


def _event_text(journey: Journey, ev: Event) -> str:
    until = f", until {long_date(ev.end_date)}" if ev.end_date and ev.end_date != ev.date else ""
    return f"{ev.title}, {journey.places[ev.place].name}{until}" + _provenance(ev.inferred,
                                                                                bool(ev.citation))


def _add(day: _Day, places: list[str], text: str, cited: bool) -> None:
    day.places.extend(k for k in places if k not in day.places)
    day.texts.append(text)
    day.cited.append(cited)


def timeline_steps(journey: Journey) -> list[Step]:
    """Dated legs, arrivals and events, one step per date in date order; undated items stay on the map but off the
    timeline.

    A leg counts on the day it leaves and on the day it arrives (once if that is the same day); an arrival whose
    start the article does not give on the day it arrives; an event on the day it starts. Within a day, legs come
    first in travel order, then arrivals, then events in file order.
    """
    days: dict[str, _Day] = {}

    def day(date: str) -> _Day:
        return days.setdefault(date, _Day([], [], [], [], []))

    for order, leg in enumerate(journey.legs, start=1):
        leg_places = list(dict.fromkeys([leg.from_, *leg.via, *([leg.crossing] if leg.crossing else []), leg.to]))
        cited = bool(leg.citation)
        for date in dict.fromkeys(d for d in (leg.depart, leg.arrive) if d):
            d = day(date)
            d.legs.append(order)
            _add(d, leg_places, _leg_text(journey, leg, leg.depart == date, leg.arrive == date), cited)
    for a in journey.arrivals:
        if a.arrive:
            _add(day(a.arrive), [a.to], _arrival_text(journey, a), bool(a.citation))
    for i, ev in enumerate(journey.events):
        if ev.date:
            d = day(ev.date)
            d.events.append(i)
            _add(d, [ev.place], _event_text(journey, ev), bool(ev.citation))
    steps = []
    for date in sorted(days, key=dt.date.fromisoformat):
        d = days[date]
        steps.append(Step(date=date, label=f"{long_date(date)} — {'; '.join(d.texts)}", legs=tuple(d.legs),
                          events=tuple(d.events), places=tuple(d.places), cited=all(d.cited)))
    return steps


# -- the control --------------------------------------------------------------------------------------------------

def timeline_js() -> str:
    """static/webmap/timeline.js, safe to put inside a <script> element."""
    return embeddable("script", static_text("webmap/timeline.js"))


def timeline_css() -> str:
    return embeddable("style", static_text("webmap/timeline.css"))


def steps_js(steps: list[Step]) -> str:
    """The steps as a JS array literal; every string goes through js_string (JSON with <, > and & escaped)."""
    def strs(items: tuple[str, ...]) -> str:
        return "[" + ",".join(js_string(s) for s in items) + "]"

    def ints(items: tuple[int, ...]) -> str:
        return "[" + ",".join(str(int(n)) for n in items) + "]"

    return "[" + ",".join(
        f"{{date:{js_string(s.date)},heading:{js_string(s.heading)},detail:{js_string(s.detail)},"
        f"label:{js_string(s.label)},legs:{ints(s.legs)},events:{ints(s.events)},places:{strs(s.places)},"
        f"cited:{'true' if s.cited else 'false'}}}"
        for s in steps) + "]"


class Timeline(Macro):
    """A Leaflet control that steps through the journey by date, highlighting what happened and dimming the rest."""

    _template = Template("""{% macro script(this, kwargs) %}
        window.webmapTimeline({{ this._parent.get_name() }}, {{ this.steps }}, {{ this.options }});
        {% endmacro %}""")

    def __init__(self, steps: list[Step], *, interval_ms: int = PLAY_INTERVAL_MS) -> None:
        super().__init__()
        self._name = "Timeline"
        self.step_list = list(steps)
        self.steps = steps_js(self.step_list)
        self.options = "{interval:" + str(int(interval_ms)) + ",notInArticle:" + js_string(NOT_IN_ARTICLE) + "}"

    def render(self, **kwargs: object) -> None:
        # The script and stylesheet go into the page itself (named, so rendering twice adds them once).
        header = self.get_root().header
        header.add_child(Text(f"<style>{timeline_css()}</style>"), name="webmap_timeline_css")
        header.add_child(Text(f"<script>{timeline_js()}</script>"), name="webmap_timeline_js")
        super().render(**kwargs)
