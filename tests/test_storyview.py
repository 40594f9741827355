"""The story page's data: the article cut into highlights, and the journey as an ordered list."""

from __future__ import annotations

import copy

import pytest
from test_app_common import HOSTILE, HOSTILE_TEXT, hostile_journey_dict

from webmap import storyview as sv
from webmap.journey import Mention, from_dict
from webmap.seed import load_seed


@pytest.fixture(scope="module")
def seed():
    return load_seed()


def m(start: int, end: int, place: str = "p") -> Mention:
    return Mention(place=place, surface="", start=start, end=end)


# -- segments ---------------------------------------------------------------------------------------------------

def test_segments_join_back_to_the_text(seed):
    segs = sv.segments(seed.text, seed.mentions)
    assert "".join(s.text for s in segs) == seed.text
    highlighted = [s for s in segs if s.mention]
    assert len(highlighted) == len(seed.mentions)
    assert all(s.text == s.mention.surface for s in highlighted)


def test_segments_order_overlaps_and_bad_spans():
    text = "Kim went from Pyongyang to Beijing."
    mentions = [m(27, 34, "beijing"), m(14, 23, "pyongyang"), m(14, 18, "pyo"), m(20, 30, "overlap"),
                m(-1, 3, "negative"), m(30, 99, "past-end"), m(5, 5, "empty"), m(8, 4, "backwards")]
    segs = sv.segments(text, mentions)
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.mention.place) for s in segs if s.mention] == [("Pyongyang", "pyongyang"),
                                                                      ("Beijing", "beijing")]


@pytest.mark.parametrize("text", ["", "no places here"])
def test_segments_without_mentions(text):
    segs = sv.segments(text, [])
    assert "".join(s.text for s in segs) == text
    assert all(s.mention is None for s in segs)


def test_segments_at_the_edges():
    segs = sv.segments("Beijing", [m(0, 7, "beijing")])
    assert [(s.text, bool(s.mention)) for s in segs] == [("Beijing", True)]


# -- highlights -------------------------------------------------------------------------------------------------

def test_place_roles_and_mention_kinds(seed):
    roles = sv.place_roles(seed)
    assert roles["pyongyang"] == "origin" and roles["dandong"] == "border" and roles["beijing"] == "destination"
    assert roles["tianjin"] == "event" and roles["shanghai"] == "mention" and roles["washington"] == "mention"
    kinds = {(mn.place, mn.start): sv.mention_kind(seed, mn, roles) for mn in seed.mentions}
    assert kinds[("pyongyang", 1057)] == "origin"  # "Kim left Pyongyang on Monday"
    assert kinds[("pyongyang", 1778)] == "mention"  # "Pyongyang has shifted its diplomatic focus": the government
    shanghai = next(mn for mn in seed.mentions if mn.place == "shanghai")
    title = sv.mention_title(seed, shanghai)
    assert "Shanghai" in title and "part of an organisation's name" in title


def test_safe_url():
    assert sv.safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert sv.safe_url("http://example.org") == "http://example.org"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "", None, "/rel"):
        assert sv.safe_url(bad) is None, bad


# -- the itinerary ----------------------------------------------------------------------------------------------

def test_seed_itinerary_in_travel_order(seed):
    items = sv.itinerary(seed)
    assert [(i.kind, i.role, i.place) for i in items] == [
        ("event", "event", "tianjin"),  # the SCO summit, 31 August, before Kim leaves
        ("stop", "origin", "pyongyang"),
        ("leg", "train", None),
        ("stop", "border", "dandong"),
        ("leg", "train", None),
        ("stop", "destination", "beijing"),
        ("event", "event", "beijing"),  # the parade, Wednesday 3 September
    ]
    sco, origin, leg1, border, leg2, dest, parade = items
    assert origin.date == "2025-09-01" and origin.when == "Monday 1 September 2025"
    assert border.date == "2025-09-01" and dest.date == "2025-09-02"
    assert leg1.title == "Pyongyang → Dandong by train" and leg1.traveller == "Kim Jong Un"
    assert leg1.approximate and leg1.via == ("Sinanju",) and leg2.via == ("Shenyang", "Jinzhou")
    assert any("Dandong" in q for q in leg1.quotes)
    assert "Crosses the border at Dandong." in leg1.remarks
    assert leg2.when == "arrived Tuesday 2 September 2025"
    assert parade.when == "Wednesday 3 September 2025" and parade.provenance == "article"
    assert set(parade.participants) == {"Kim Jong Un", "Xi Jinping", "Vladimir Putin"}
    assert [n.status for n in parade.notes] == ["unconfirmed", "unconfirmed"]
    assert sco.provenance == "citation" and "Kremlin" in sco.citation.source
    assert sco.when == "Sunday 31 August 2025 – Monday 1 September 2025"
    assert all(i.provenance == "article" for i in (origin, leg1, border, leg2, dest))


def _journey(legs, events=(), places=("a", "b", "c")):
    return from_dict({"schema": "webmap.journey/1", "title": "t",
                      "places": {k: {"name": k.upper(), "lat": 1.0, "lon": 2.0} for k in places},
                      "legs": list(legs), "events": list(events)})


Q = {"start": 0, "end": 0, "text": ""}


def test_return_trip_lists_the_origin_again_as_the_destination():
    j = _journey([{"traveller": "X", "from": "a", "to": "b", "depart": "2025-01-01", "quote": Q},
                  {"traveller": "X", "from": "b", "to": "a", "arrive": "2025-01-03", "quote": Q}])
    items = sv.itinerary(j)
    assert [(i.kind, i.role, i.place) for i in items if i.kind == "stop"] == [
        ("stop", "origin", "a"), ("stop", "stop", "b"), ("stop", "destination", "a")]


def test_events_go_where_their_dates_fall_and_undated_ones_follow_their_place():
    j = _journey([{"traveller": "X", "from": "a", "to": "b", "depart": "2025-01-01", "arrive": "2025-01-02",
                   "quote": Q},
                  {"traveller": "X", "from": "b", "to": "c", "arrive": "2025-01-05", "quote": Q}],
                 [{"title": "late", "place": "c", "date": "2025-01-09", "quote": Q},
                  {"title": "between", "place": "b", "date": "2025-01-03", "quote": Q},
                  {"title": "undated at b", "place": "b", "quote": Q},
                  {"title": "undated at a", "place": "a", "inferred": True, "confidence": 0.4,
                   "citation": {"source": "x"}}])
    titles = [i.title for i in sv.itinerary(j)]
    assert titles == ["A", "undated at a, A", "A → B", "B", "undated at b, B", "between, B", "B → C", "C",
                      "late, C"]


def test_provenance_and_inferred_items():
    j = _journey([{"traveller": "X", "from": "a", "to": "b", "inferred": True, "confidence": 0.6, "quote": Q,
                   "mode": "unknown"}],
                 [{"title": "cited", "place": "c", "citation": {"source": "Kremlin", "url": "https://x.test"}}])
    items = sv.itinerary(j)
    leg = next(i for i in items if i.kind == "leg")
    assert leg.provenance == "inferred" and leg.confidence == 0.6 and leg.title == "A → B"
    event = next(i for i in items if i.kind == "event")
    assert event.provenance == "citation" and event.quotes == ()


def test_no_journey_at_all():
    j = _journey([])
    assert sv.itinerary(j) == []


def test_other_places(seed):
    others = {o.key: o for o in sv.other_places(seed)}
    assert {"shanghai", "washington", "seoul", "moscow"} <= set(others)
    assert not {"pyongyang", "dandong", "beijing", "tianjin"} & set(others)
    assert others["washington"].count == 2 and others["washington"].roles == ("metonym for the U.S. government",)


def test_hostile_strings_pass_through_as_data():
    """storyview makes no HTML: markup in the journey comes out as the same characters, for the template to escape."""
    j = from_dict(copy.deepcopy(hostile_journey_dict()), HOSTILE_TEXT)
    items = sv.itinerary(j)
    assert items[0].title == HOSTILE
    assert any(HOSTILE in q for i in items for q in i.quotes)
    assert any(s.text == HOSTILE for s in sv.segments(j.text, j.mentions) if s.mention)


def test_long_date():
    assert sv.long_date("2025-09-03") == "Wednesday 3 September 2025"
    assert sv.long_date(None) == "" and sv.long_date("soon") == "soon"
    assert sv.date_range("2025-08-31", "2025-08-31") == "Sunday 31 August 2025"
