"""The timeline's steps (pure: a Journey in, dated steps out) and the control's place in the page."""

from __future__ import annotations

import re

from conftest import HOSTILE

from webmap.draw.leaflet import build_map, map_html
from webmap.draw.timeline import Step, Timeline, steps_js, timeline_js, timeline_steps
from webmap.journey import Journey, from_dict
from webmap.offline import resource_references
from webmap.seed import load_seed

EXPORT_LIMIT = 400_000


def journey(legs: list[dict], events: list[dict] | None = None, **places: dict) -> Journey:
    """A small located journey; every item quotes the whole (made-up) text."""
    text = "A story."
    quote = {"start": 0, "end": len(text), "text": text}
    base = {"a": {"name": "Aton", "country": "KP", "lat": 39.0, "lon": 125.7},
            "b": {"name": "Beeville", "country": "CN", "lat": 40.1, "lon": 124.4},
            "c": {"name": "Ceeburg", "country": "CN", "lat": 39.9, "lon": 116.4},
            "cn": {"name": "China", "country": "CN", "kind": "country"}}
    return from_dict({
        "schema": "webmap.journey/1", "title": "T", "places": {**base, **places},
        "legs": [{"traveller": "Rex", "quote": quote, **leg} for leg in legs],
        "events": [{"title": "Gala", "quote": quote, **ev} for ev in events or []],
    }, text)


# -- the seed story ------------------------------------------------------------------------------------------------

def test_seed_steps_are_the_four_dates_in_order():
    steps = timeline_steps(load_seed())
    assert [s.date for s in steps] == ["2025-08-31", "2025-09-01", "2025-09-02", "2025-09-03"]
    sco, monday, tuesday, wednesday = steps
    assert (sco.legs, sco.events, sco.places, sco.cited) == ((), (1,), ("tianjin",), True)
    assert sco.label.startswith("Sunday 31 August 2025 — Shanghai Cooperation Organization summit, Tianjin")
    assert sco.label.endswith("(not in the article)")
    assert (monday.legs, monday.events, monday.cited) == ((1,), (), False)
    assert monday.label == ("Monday 1 September 2025 — Kim Jong Un leaves Pyongyang by train; "
                            "crosses into China at Dandong")
    assert {"pyongyang", "dandong"} <= set(monday.places) and "beijing" not in monday.places
    assert (tuesday.legs, tuesday.events) == ((2,), ())
    assert tuesday.label == "Tuesday 2 September 2025 — Kim Jong Un arrives in Beijing by train from Dandong"
    assert "beijing" in tuesday.places
    assert (wednesday.legs, wednesday.events, wednesday.places) == ((), (0,), ("beijing",))
    assert wednesday.label.startswith("Wednesday 3 September 2025 — Military parade")
    assert "not in the article" not in monday.label + tuesday.label + wednesday.label


def test_step_heading_and_detail_split_the_label():
    step = timeline_steps(load_seed())[1]
    assert step.heading == "Monday 1 September 2025"
    assert step.detail == "Kim Jong Un leaves Pyongyang by train; crosses into China at Dandong"


# -- rules ----------------------------------------------------------------------------------------------------------

def test_a_journey_with_no_dates_has_no_steps_and_no_control():
    j = journey([{"from": "a", "to": "b", "mode": "train"}], [{"place": "c"}])
    assert timeline_steps(j) == []
    html = map_html(j, inline=True)
    assert "webmapTimeline" not in html and "wm-timeline" not in html
    assert re.search(r'data-event=\\?"0', html) and "wm-leg-1" in html  # undated items stay on the map


def test_undated_items_are_left_out_but_dated_ones_kept():
    j = journey([{"from": "a", "to": "b", "mode": "car"}, {"from": "b", "to": "c", "arrive": "2025-01-05"}],
                [{"place": "c"}, {"place": "c", "date": "2025-01-04"}])
    steps = timeline_steps(j)
    assert [(s.date, s.legs, s.events) for s in steps] == [("2025-01-04", (), (1,)), ("2025-01-05", (2,), ())]


def test_a_leg_over_two_days_counts_on_both():
    j = journey([{"from": "a", "to": "c", "mode": "train", "depart": "2025-03-01", "arrive": "2025-03-02"}])
    first, second = timeline_steps(j)
    assert (first.date, first.legs, second.date, second.legs) == ("2025-03-01", (1,), "2025-03-02", (1,))
    assert first.detail == "Rex leaves Aton by train for Ceeburg"
    assert second.detail == "Rex arrives in Ceeburg by train from Aton"
    assert first.places == second.places == ("a", "c")


def test_a_crossing_on_the_way_and_modes_are_worded():
    j = journey([{"from": "a", "to": "c", "mode": "foot", "depart": "2025-03-01", "arrive": "2025-03-01",
                  "crossing": "b", "via": ["b"]},
                 {"from": "c", "to": "a", "mode": "unknown", "depart": "2025-03-02", "inferred": True,
                  "confidence": 0.5}])
    day1, day2 = timeline_steps(j)
    assert day1.detail == "Rex leaves Aton on foot; crosses into China at Beeville; arrives in Ceeburg"
    assert day1.places == ("a", "b", "c")
    assert day2.detail == "Rex leaves Ceeburg for Aton (inferred)"


def test_a_day_groups_legs_then_events_and_sorts_by_date():
    j = journey([{"from": "b", "to": "c", "mode": "flight", "depart": "2025-02-10", "arrive": "2025-02-10"},
                 {"from": "a", "to": "b", "mode": "car", "depart": "2024-12-31", "arrive": "2024-12-31"}],
                [{"place": "c", "date": "2025-02-10", "end_date": "2025-02-12"}])
    steps = timeline_steps(j)
    assert [s.date for s in steps] == ["2024-12-31", "2025-02-10"]
    assert (steps[1].legs, steps[1].events, steps[1].places) == ((1,), (0,), ("b", "c"))
    assert steps[1].detail == ("Rex leaves Beeville by air; arrives in Ceeburg; "
                               "Gala, Ceeburg, until Wednesday 12 February 2025")
    assert steps[1].label.startswith("Monday 10 February 2025 — ")


def test_steps_are_frozen_and_hashable():
    step = timeline_steps(load_seed())[0]
    assert isinstance(step, Step) and hash(step)


# -- in the page ----------------------------------------------------------------------------------------------------

def test_hostile_label_is_escaped_for_the_script():
    j = journey([{"from": "evil", "to": "b", "depart": "2025-09-01", "traveller": HOSTILE}],
                evil={"name": f"</script>{HOSTILE}&amp;", "lat": 40.0, "lon": 123.0})
    steps = timeline_steps(j)
    assert HOSTILE in steps[0].label  # the step is plain text: escaping belongs to whoever displays it
    literal = steps_js(steps)
    assert "<" not in literal and ">" not in literal and "&" not in literal
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in literal
    html = map_html(j, inline=True)
    assert HOSTILE not in html and "</script><img" not in html


def test_hostile_seed_like_journey_never_reaches_the_page_raw(hostile_journey):
    assert any(HOSTILE in s.label for s in timeline_steps(hostile_journey))
    html = map_html(hostile_journey, inline=True)
    assert "webmapTimeline(" in html
    assert HOSTILE not in html


def test_script_is_inlined_once_and_called_after_the_chrome(seed_journey):
    m = build_map(seed_journey)
    html = m.get_root().render()
    html_again = m.get_root().render()
    assert html.count("window.webmapTimeline = function") == 1 == html_again.count("window.webmapTimeline = function")
    call = html.index("window.webmapTimeline(")
    assert html.index("window.webmapChrome(") < call  # MapChrome sets map.webmap; the timeline extends it
    assert "</script" not in timeline_js().lower()
    timelines = [c for c in m._children.values() if isinstance(c, Timeline)]
    assert len(timelines) == 1 and [s.date for s in timelines[0].step_list][0] == "2025-08-31"


def test_export_with_the_timeline_stays_small_and_offline(seed_journey):
    html = map_html(seed_journey, inline=True)
    size = len(html.encode())
    assert size <= EXPORT_LIMIT, f"export is {size:,} bytes"
    assert resource_references(html) == []
    # No library banners (jQuery, jQuery UI, moment) and no TimeDimension plugin: the timeline is our own script.
    assert re.search(r"jQuery v\d|jQuery UI - v|//! moment\.js|L\.TimeDimension", html) is None
