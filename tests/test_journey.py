"""The journey model: validation names the bad field; the seed journey's quotes are the article's words."""

from __future__ import annotations

import copy
import json

import pytest

from webmap.journey import JourneyError, decode_text, from_dict, load, loads
from webmap.seed import data_path, load_seed, seed_journey_path

SHARED_STORY = data_path("kim-beijing-2025.txt")


@pytest.fixture
def seed_dict() -> dict:
    return json.loads(seed_journey_path().read_text(encoding="utf-8"))


def test_seed_text_is_the_story_verbatim():
    from pathlib import Path

    shared = Path(__file__).resolve().parents[2] / "shared" / "stories" / "kim-beijing-2025.txt"
    if shared.exists():
        assert SHARED_STORY.read_bytes() == shared.read_bytes()
    assert SHARED_STORY.read_text(encoding="utf-8").startswith("Beijing Military Parade")


def test_every_quote_is_the_text_at_its_offsets():
    journey = load_seed()
    quotes = list(journey.quotes())
    assert len(quotes) > 20
    for where, q in quotes:
        assert journey.text[q.start:q.end] == q.text, where


def test_seed_facts():
    j = load_seed()
    assert [(leg.from_, leg.to, leg.mode) for leg in j.legs] == [("pyongyang", "dandong", "train"),
                                                                 ("dandong", "beijing", "train")]
    assert (j.legs[0].depart, j.legs[0].arrive, j.legs[1].arrive) == ("2025-09-01", "2025-09-01", "2025-09-02")
    assert "Kim left Pyongyang on Monday aboard his special train" in j.legs[0].quote.text
    assert "with Beijing as the final stop on Tuesday" in j.legs[1].quote.text
    assert [(p.key, role) for p, role in j.stops()] == [("pyongyang", "origin"), ("dandong", "border"),
                                                        ("beijing", "destination")]
    parade = j.events[0]
    assert (parade.place, parade.date, parade.citation) == ("beijing", "2025-09-03", None)
    assert {"Xi Jinping", "Vladimir Putin"} <= set(parade.participants)
    assert all(n.status == "unconfirmed" for n in parade.notes)
    summit = j.events[1]
    assert summit.place == "tianjin" and summit.citation and "Kremlin" in summit.citation.source
    assert "tianjin" not in {m.place for m in j.mentions}, "the article never names Tianjin"
    shanghai = [m for m in j.mentions if m.place == "shanghai"]
    assert len(shanghai) == 1 and shanghai[0].role == "part of an organisation's name"
    assert "shanghai" not in {e.place for e in j.events}
    washington = [m for m in j.mentions if m.place == "washington"]
    assert len(washington) == 2 and all(m.role.startswith("metonym") for m in washington)
    others = {p.key for p, _ in j.other_places()}
    assert {"washington", "seoul", "moscow", "japan", "russia", "ukraine", "north-korea", "china",
            "united-states", "shanghai"} <= others


def test_via_stations_are_named_as_not_in_the_article():
    j = load_seed()
    assert [leg.via for leg in j.legs] == [["sinanju"], ["shenyang", "jinzhou"]]
    for p in j.via_places():
        assert "not named in the article" in p.note
    assert j.places["jinzhou"].geonameid == 2036427  # Liaoning's Jinzhou, not Dalian's


def test_round_trip(seed_dict):
    j = from_dict(seed_dict)
    again = from_dict(json.loads(j.to_json()))
    assert again.to_dict() == j.to_dict()


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(schema="webmap.journey/9"), "schema: expected"),
        (lambda d: d["legs"][1].update(mode="rocket"), "legs[1].mode: expected one of"),
        (lambda d: d["legs"][0].update(to="atlantis"), "legs[0].to: unknown place 'atlantis'"),
        (lambda d: d["legs"][0]["via"].append("nowhere"), "legs[0].via[1]: unknown place"),
        (lambda d: d["legs"][0].update(depart="Monday"), "legs[0].depart: 'Monday' is not an ISO date"),
        (lambda d: d["legs"][0].pop("quote") and d["legs"][0].pop("more_quotes"), "legs[0]: needs a 'quote'"),
        (lambda d: d["events"][0].update(place=3), "events[0].place: expected a string, got int"),
        (lambda d: d["places"]["dandong"].update(lat=95.0, lon=1.0), "places.dandong: lat/lon out of range"),
        (lambda d: d["places"]["dandong"].update(lat=40.0), "places.dandong: give both lat and lon"),
        (lambda d: d["mentions"][0].update(start=-1), "mentions[0]: start and end must satisfy"),
        (lambda d: d["legs"][1].update(confidence=2), "legs[1].confidence: must be between 0 and 1"),
        (lambda d: d["legs"][0].update(arrive="2025-08-01"), "legs[0].arrive: 2025-08-01 is before depart"),
        (lambda d: d.pop("places"), "journey.places: missing"),
    ],
)
def test_validation_names_the_bad_field(seed_dict, mutate, message):
    bad = copy.deepcopy(seed_dict)
    mutate(bad)
    with pytest.raises(JourneyError) as err:
        from_dict(bad)
    assert message in str(err.value)


def test_quote_that_drifted_from_the_text_is_refused(seed_dict):
    bad = copy.deepcopy(seed_dict)
    bad["legs"][0]["quote"]["start"] += 1
    with pytest.raises(JourneyError, match=r"legs\[0\]\.quote: offsets"):
        from_dict(bad, SHARED_STORY.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("raw", "message"),
    [(b"", "not valid JSON"), (b"\xff\xfe{", "not UTF-8"), (b"[1, 2]", "journey: expected an object"),
     (b'{"schema": "webmap.journey/1"', "not valid JSON")],
)
def test_malformed_files(raw, message):
    with pytest.raises(JourneyError, match=message):
        loads(raw)


def test_load_missing_file(tmp_path):
    with pytest.raises(JourneyError, match="cannot read journey file"):
        load(tmp_path / "nope.json")


def test_decode_text_rejects_binary_and_huge():
    with pytest.raises(JourneyError, match="binary"):
        decode_text(b"\x89PNG\x00\x00")
    with pytest.raises(JourneyError, match="not UTF-8"):
        decode_text(b"caf\xe9")
    with pytest.raises(JourneyError, match="more than"):
        decode_text(b"a" * 1_000_001)
    assert decode_text(b"Dandong") == "Dandong"
