"""An arrival whose start the article does not give, in the journey file and in every face: a stop with who, how,
when and its sentence, never a line from an invented start; hostile text in it is escaped."""

from __future__ import annotations

import copy
import json

import pytest
from conftest import HOSTILE

from webmap.draw.geojson import journey_geojson
from webmap.draw.leaflet import map_html
from webmap.draw.scene import build_scene
from webmap.draw.storyview import itinerary
from webmap.draw.timeline import timeline_steps
from webmap.journey import JourneyError, from_dict
from webmap.web.changes import mark_edits
from webmap.web.limits import LimitError, Limits, check_data
from webmap.wording import START_NOT_GIVEN as START

TEXT = "Kim Jong Un has arrived in Beijing by train. On Wednesday he went on to Tianjin by car."


def _q(s: str) -> dict:
    i = TEXT.index(s)
    return {"start": i, "end": i + len(s), "text": s}


def doc() -> dict:
    return {
        "schema": "webmap.journey/1", "title": "Kim in China",
        "places": {"beijing": {"name": "Beijing", "country": "CN", "lat": 39.9075, "lon": 116.3972},
                   "tianjin": {"name": "Tianjin", "country": "CN", "lat": 39.1422, "lon": 117.1767}},
        "legs": [{"traveller": "Kim Jong Un", "from": "beijing", "to": "tianjin", "mode": "car",
                  "depart": "2025-09-03", "quote": _q("On Wednesday he went on to Tianjin by car.")}],
        "arrivals": [{"traveller": "Kim Jong Un", "to": "beijing", "mode": "train", "arrive": "2025-09-02",
                      "quote": _q("Kim Jong Un has arrived in Beijing by train.")}],
    }


def test_round_trip_and_a_file_without_arrivals_is_unchanged():
    j = from_dict(doc(), TEXT)
    assert from_dict(j.to_dict(), TEXT).to_dict() == j.to_dict()
    assert j.to_dict()["arrivals"][0] == {**doc()["arrivals"][0], "inferred": False}
    bare = doc()
    del bare["arrivals"]
    assert "arrivals" not in from_dict(bare, TEXT).to_dict()


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["arrivals"][0].update({"from": "tianjin"}), "arrivals[0].from: an arrival has no start"),
    (lambda d: d["arrivals"][0].update({"to": "seoul"}), "arrivals[0].to: unknown place 'seoul'"),
    (lambda d: d["arrivals"][0].update({"mode": "teleport"}), "arrivals[0].mode: expected one of"),
    (lambda d: d["arrivals"][0].update({"arrive": "Tuesday"}), "arrivals[0].arrive: 'Tuesday' is not an ISO date"),
    (lambda d: d["arrivals"][0].pop("quote"), "arrivals[0]: needs a 'quote'"),
    (lambda d: d["arrivals"][0].update({"quote": {"start": 0, "end": 3, "text": "Bob"}}), "arrivals[0].quote"),
])
def test_a_bad_arrival_names_its_field(mutate, message):
    d = doc()
    mutate(d)
    with pytest.raises(JourneyError, match=message.replace("[", r"\[").replace("]", r"\]")):
        from_dict(d, TEXT)


def test_the_place_is_a_stop_not_an_origin_and_no_line_is_drawn_into_it():
    j = from_dict(doc(), TEXT)
    assert [(p.key, role) for p, role in j.stops()] == [("beijing", "stop"), ("tianjin", "destination")]
    scene = build_scene(j)
    assert len(scene.of_kind("leg")) == 1  # only Beijing -> Tianjin
    popup = next(f.popup for f in scene.of_kind("stop") if f.key == "beijing")
    assert f"Kim Jong Un by train, Tuesday 2 September 2025 ({START})" in popup
    assert "Kim Jong Un has arrived in Beijing by train." in popup


def test_the_itinerary_timeline_and_geojson_tell_the_arrival():
    j = from_dict(doc(), TEXT)
    items = itinerary(j)
    assert [(it.kind, it.title, it.role) for it in items] == [
        ("stop", "Beijing", "stop"), ("leg", "Beijing → Tianjin by car", "car"), ("stop", "Tianjin", "destination")]
    assert items[0].when == "arrived Tuesday 2 September 2025"
    assert START in items[0].remarks[0]
    steps = timeline_steps(j)
    assert steps[0].date == "2025-09-02" and steps[0].places == ("beijing",)
    assert f"Kim Jong Un arrives in Beijing by train ({START})" in steps[0].label
    stop = next(f for f in journey_geojson(j)["features"] if f["properties"].get("key") == "beijing")
    assert stop["properties"]["arrivals"] == [{"traveller": "Kim Jong Un", "mode": "train", "arrive": "2025-09-02",
                                               "from": None, "inferred": False}]  # null: not given, not unknown
    assert stop["properties"]["date"] == "2025-09-02"


def test_an_arrival_on_its_own_is_the_destination_placed_by_its_date():
    d = doc()
    d["legs"] = []
    j = from_dict(d, TEXT)
    assert [(p.key, role) for p, role in j.stops()] == [("beijing", "destination")]
    assert [(it.kind, it.title, it.role) for it in itinerary(j)] == [("stop", "Beijing", "destination")]


def test_hostile_text_in_an_arrival_is_escaped():
    d = doc()
    d["arrivals"][0].update({"traveller": HOSTILE, "note": HOSTILE})
    d["places"]["beijing"]["name"] = HOSTILE
    html = map_html(from_dict(d, TEXT), inline=True)
    assert HOSTILE not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_an_edited_arrival_is_marked_and_said():
    old = from_dict(doc(), TEXT)
    new = from_dict(doc(), TEXT)
    new.arrivals[0].mode = "flight"
    summary = mark_edits(old, new)
    assert new.arrivals[0].edited and "arrival → Beijing: mode train → flight" in summary
    gone = from_dict(doc(), TEXT)
    gone.arrivals = []
    assert "removed arrival → Beijing" in mark_edits(old, gone)


def test_arrivals_count_against_the_legs_limit():
    d = doc()
    d["arrivals"] = [copy.deepcopy(d["arrivals"][0]) for _ in range(3)]
    with pytest.raises(LimitError, match="3 arrivals, more than the 2 allowed"):
        check_data(json.loads(json.dumps(d)), Limits(legs=2))
