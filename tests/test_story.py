"""Story extraction: the seed story against its curated journey, and a dozen short journeys written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from webmap.journey import Journey, JourneyError, check_quotes, from_dict, load
from webmap.story import extract

STORIES = Path(__file__).parent / "stories"
DATA = Path(__file__).parent.parent / "webmap" / "data"


def story(name: str) -> str:
    return (STORIES / f"{name}.txt").read_text(encoding="utf-8")


def legs(j: Journey) -> list[tuple]:
    """(traveller, from, to, mode, depart, arrive) with places as names, for readable assertions."""
    return [(leg.traveller, j.places[leg.from_].name, j.places[leg.to].name, leg.mode, leg.depart, leg.arrive)
            for leg in j.legs]


def gid(j: Journey, key: str) -> int | str:
    p = j.places[key]
    return p.geonameid if p.kind != "country" else p.country


def roles(j: Journey, surface: str) -> list[str]:
    return [m.role for m in j.mentions if m.surface == surface]


def valid(j: Journey, text: str) -> Journey:
    check_quotes(j, text)
    return from_dict(j.to_dict(), text)


# -- the seed story ------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed(gazetteer) -> tuple[Journey, Journey, str]:
    text = (DATA / "kim-beijing-2025.txt").read_text(encoding="utf-8")
    return extract(text, gazetteer, published="2025-09-01"), load(DATA / "kim-beijing-2025.journey.json"), text


def test_seed_legs_agree_with_the_curated_journey(seed):
    got, want, text = seed
    valid(got, text)
    assert [(gid(got, leg.from_), gid(got, leg.to), leg.mode) for leg in got.legs] == \
           [(gid(want, leg.from_), gid(want, leg.to), leg.mode) for leg in want.legs]
    assert [leg.arrive for leg in got.legs] == [leg.arrive for leg in want.legs]
    assert [leg.depart for leg in got.legs] == [leg.depart for leg in want.legs]
    assert [gid(got, leg.crossing) if leg.crossing else None for leg in got.legs] == \
           [gid(want, leg.crossing) if leg.crossing else None for leg in want.legs]
    assert {leg.traveller for leg in got.legs} == {"Kim Jong Un"}
    assert not any(leg.inferred for leg in got.legs)


def test_seed_event_agrees_with_the_curated_journey(seed):
    got, want, _ = seed
    quoted = [e for e in want.events if e.citation is None]  # the SCO summit in Tianjin is an editor's citation
    assert [(gid(got, e.place), e.date) for e in got.events] == [(gid(want, e.place), e.date) for e in quoted]
    (parade,) = got.events
    assert "parade" in parade.title.lower()
    assert {"Kim Jong Un", "Xi Jinping", "Vladimir Putin"} <= set(parade.participants)
    assert all(n.status == "unconfirmed" for n in parade.notes)


def test_seed_shanghai_and_washington(seed):
    got, want, _ = seed
    shanghai = [m for m in got.mentions if m.surface == "Shanghai"]
    assert [m.role for m in shanghai] == ["part of an organisation's name"]
    assert got.places[shanghai[0].place].geonameid == 1796236
    assert "Shanghai Cooperation Organization" in shanghai[0].note
    washington = [m for m in got.mentions if m.surface == "Washington"]
    assert [m.role for m in washington] == [m.role for m in want.mentions if m.surface == "Washington"]
    assert all(got.places[m.place].geonameid == 4140963 for m in washington)
    assert all(m.place not in got.journey_place_keys() for m in washington)


def test_seed_mentions_match_the_curated_roles(seed):
    got, want, _ = seed
    curated = {(m.start, m.surface): m.role for m in want.mentions}
    extracted = {(m.start, m.surface): m.role for m in got.mentions}
    missing = set(curated) - set(extracted)
    assert not missing, f"places the curated journey names that extraction missed: {missing}"
    differ = {k: (extracted[k], v) for k, v in curated.items() if extracted[k] != v}
    assert not differ


def test_seed_every_place_mention_is_kept(seed, gazetteer):
    from gazetteer.geoparse import geoparser_for

    got, _, text = seed
    found = {(m.start, m.end) for m in geoparser_for(gazetteer).parse(text, embedded=True)}
    assert found == {(m.start, m.end) for m in got.mentions}
    assert got.source.published == "2025-09-01"
    for p in got.places.values():
        assert p.located and p.source


# -- short journeys ----------------------------------------------------------------------------------------

def test_flight_two_travellers(gazetteer):
    text = story("flight-two-travellers")
    j = valid(extract(text, gazetteer), text)
    assert legs(j) == [("Anthony Albanese", "Canberra", "Tokyo", "flight", "2025-03-04", None),
                       ("Penny Wong", "Sydney", "Osaka", "flight", "2025-03-03", None)]
    (talks,) = j.events
    assert (j.places[talks.place].name, talks.date) == ("Tokyo", "2025-03-04")


def test_motorcade_and_ceremony(gazetteer):
    text = story("motorcade-ceremony")
    j = valid(extract(text, gazetteer), text)
    assert legs(j) == [("Emmanuel Macron", "Paris", "Reims", "motorcade", "2024-05-08", None)]
    (ev,) = j.events
    assert "ceremony" in ev.title.lower() and j.places[ev.place].name == "Reims" and ev.date == "2024-05-08"
    assert roles(j, "Europe") == ["context"]


def test_ferry_with_weekdays_against_the_publication_date(gazetteer):
    text = story("ferry-weekdays")
    j = valid(extract(text, gazetteer, published="2025-09-01"), text)  # a Monday
    assert [(f, t, d, a) for _, f, t, _, d, a in legs(j)] == [("Dover", "Calais", "2025-08-30", "2025-08-30"),
                                                              ("Calais", "Dunkirk", None, "2025-08-31")]
    assert j.legs[0].mode == "ferry"
    assert j.legs[1].mode in ("ship", "ferry")
    assert {leg.traveller for leg in j.legs} == {"The ferry"}


def test_weekdays_without_a_publication_date_stay_undated(gazetteer):
    text = story("ferry-weekdays")
    j = extract(text, gazetteer)
    assert all(leg.depart is None and leg.arrive is None for leg in j.legs)
    assert len(j.legs) == 2


def test_return_trip(gazetteer):
    text = story("return-trip")
    j = valid(extract(text, gazetteer), text)
    assert [(f, t, d, a) for _, f, t, _, d, a in legs(j)] == [("Rome", "Beirut", "2025-11-30", None),
                                                              ("Beirut", "Rome", None, "2025-12-02")]
    assert j.legs[0].mode == "flight"
    # the return's mode is not in its sentence: carried over, and flagged as a guess
    assert j.legs[1].mode == "flight" and j.legs[1].inferred and j.legs[1].confidence < 0.8
    assert j.legs[0].from_ == j.legs[1].to


def test_via_and_next_day(gazetteer):
    text = story("via-train")
    j = valid(extract(text, gazetteer), text)
    assert legs(j) == [("The delegation", "Vienna", "Budapest", "train", "2025-06-12", None)]
    assert [j.places[k].name for k in j.legs[0].via] == ["Bratislava"]
    (talks,) = j.events
    assert (j.places[talks.place].name, talks.date) == ("Budapest", "2025-06-13")


def test_date_forms(gazetteer):
    text = story("date-forms")
    j = valid(extract(text, gazetteer, published="2025-09-20"), text)
    assert [(f, t, d, a) for _, f, t, _, d, a in legs(j)] == [
        ("Kathmandu", "Pokhara", "2025-09-05", "2025-09-05"),
        ("Pokhara", "Namche Bazaar", None, "2025-09-07"),
        ("Namche Bazaar", "Kathmandu", None, "2025-09-09")]
    assert j.legs[0].mode == "flight"
    assert j.legs[0].inferred and "publication date" in j.legs[0].note  # "Sept. 5" has no year
    assert j.legs[1].inferred and j.legs[1].mode == "flight"  # no mode in its sentence


def test_no_journey(gazetteer):
    text = story("no-journey")
    j = valid(extract(text, gazetteer), text)
    assert j.legs == [] and j.events == []
    assert {m.surface for m in j.mentions} >= {"Germany", "Wiesbaden", "China", "United States", "Frankfurt",
                                               "Bavaria"}
    assert {m.role for m in j.mentions} == {"context"}


def test_trap_sco_story(gazetteer):
    text = story("trap-sco")
    j = valid(extract(text, gazetteer, published="2025-09-01"), text)
    assert j.legs == []  # an arrival without an origin is not a leg
    (summit,) = j.events
    assert j.places[summit.place].name == "Tianjin" and summit.date == "2025-08-31"
    assert roles(j, "Shanghai") == ["part of an organisation's name"]
    assert roles(j, "China") == ["context"]


def test_trap_washington_metonym_story(gazetteer):
    text = story("trap-washington-metonym")
    j = valid(extract(text, gazetteer), text)
    assert roles(j, "Washington") == ["metonym for the U.S. government"] * 3
    assert roles(j, "Tehran") == ["metonym for the Iranian government"]
    assert roles(j, "Iran") == ["context"]


def test_trap_person_names_story(gazetteer):
    text = story("trap-person-names")
    j = valid(extract(text, gazetteer), text)
    assert legs(j) == [("The novelist", "San Francisco", "Hawaii", "ship", None, None)]
    assert "London" not in {m.surface for m in j.mentions}
    assert [m.start for m in j.mentions if m.surface == "Paris"] == [text.rindex("Paris")]


def test_trap_organisations_story(gazetteer):
    text = story("trap-organisations")
    j = valid(extract(text, gazetteer), text)
    org = {m.surface: m.role for m in j.mentions if m.role == "part of an organisation's name"}
    assert set(org) == {"Korean", "Washington", "Madrid"}
    assert roles(j, "Madrid") == ["part of an organisation's name", "context"]
    assert roles(j, "Spanish") == ["demonym"]


def test_trap_kim_story_has_no_un(gazetteer):
    text = story("trap-kim-jong-un")
    j = valid(extract(text, gazetteer), text)
    assert [m.surface for m in j.mentions] == ["North Korean", "Hamhung", "Nampo"]
    assert all(p.country == "KP" for p in j.places.values())


def test_hostile_text_is_kept_verbatim(gazetteer):
    text = story("hostile")
    j = valid(extract(text, gazetteer, published="2025-09-01"), text)
    assert legs(j) == [("Rex", "Dover", "Calais", "car", "2025-09-01", "2025-09-02")]
    assert "<b onmouseover" in j.legs[0].quote.text
    assert j.title == "Rex: Dover → Calais"  # no headline: the title says who went where


def test_empty_text_is_an_error(gazetteer):
    for text in ("", "   \n\t "):
        with pytest.raises(JourneyError, match="text is empty"):
            extract(text, gazetteer)


def test_bad_publication_date(gazetteer):
    with pytest.raises(JourneyError, match="published"):
        extract("Kim left Pyongyang on Monday.", gazetteer, published="Monday")


def test_title_and_source(gazetteer):
    j = extract("Kim left Pyongyang on Monday and reached Dandong.", gazetteer, title="A trip", published="2025-09-01")
    assert j.title == "A trip" and j.source.title == "A trip" and j.source.published == "2025-09-01"
    assert legs(j) == [("Kim", "Pyongyang", "Dandong", "unknown", "2025-09-01", None)]


def test_every_story_round_trips(gazetteer):
    for path in sorted(STORIES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        j = extract(text, gazetteer, published="2025-09-01")
        again = from_dict(j.to_dict(), text)
        assert again.to_dict() == j.to_dict(), path.name
        keys = {m.place for m in j.mentions} | j.journey_place_keys()
        assert keys == set(j.places), path.name


def test_title_is_the_headline_when_there_is_one(gazetteer):
    text = "Pope flies to Lebanon\nPope Leo XIV flew from Rome to Beirut on 30 November 2025."
    assert extract(text, gazetteer).title == "Pope flies to Lebanon"
    assert extract(text, gazetteer).source.title == "Pope flies to Lebanon"
    assert extract(text, gazetteer, title="Mine").title == "Mine"
