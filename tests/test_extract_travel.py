"""The travel stage: the travel verb with its from and to, tied to the verb's clause."""

from __future__ import annotations

import pytest

from webmap.extract import extract


def route(text: str, gazetteer, published: str | None = "2025-06-05") -> list[tuple[str, str]]:
    j = extract(text, gazetteer, published=published)
    return [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs]


def test_took_off_from_a_and_landed_at_b_is_a_to_b(gazetteer):
    assert route("The plane took off from Lagos on Monday and landed at Accra two hours later.", gazetteer) == [
        ("Lagos", "Accra")]


def test_followed_by_then_and_finally_continue_an_itinerary(gazetteer):
    text = "Macron is to visit Gabon for a summit, followed by Angola, then Cameroon, and finally Nigeria."
    assert route(text, gazetteer) == [("Gabon", "Angola"), ("Angola", "Cameroon"), ("Cameroon", "Nigeria")]


def test_an_itinerary_of_date_ranges_in_date_order(gazetteer):
    text = ("The pope will visit Kigali from 9 to 11 September. Before that he will visit Nairobi from 3 to 6 "
            "September, Kampala and Entebbe from 6 to 9 September.")
    j = extract(text, gazetteer, published="2025-08-20")
    stops = [j.places[k].name for k in dict.fromkeys(k for leg in j.legs for k in (leg.from_, leg.to))]
    assert stops[:3] == ["Nairobi", "Kampala", "Entebbe"]
    first = j.legs[0]
    assert first.depart == "2025-09-06"  # leaves Nairobi when its range ends
    assert all(leg.inferred for leg in j.legs)  # planned


def test_pressure_from_a_capital_is_not_travel(gazetteer):
    text = "Kim arrived in Beijing on Tuesday, a key buffer against pressure from Washington."
    assert route(text, gazetteer) == []



def test_an_arrival_says_how_before_where(gazetteer):
    for how in ("by train", "aboard his special train", "by helicopter", "Monday evening", "late on Monday"):
        text = f"Kim left Pyongyang on Monday and arrived {how} in Dandong that evening."
        j = extract(text, gazetteer, published="2025-09-02")
        assert [(j.places[g.from_].name, j.places[g.to].name) for g in j.legs] == [("Pyongyang", "Dandong")], how


def test_a_countrys_name_before_a_noun_is_not_where_anyone_travels(gazetteer):
    for text in ("President Obama arrived in Nairobi on Friday. The presidential party stopped at a U.S. military "
                 "base in Germany on its way to Kenya.",
                 "Obama flew to Nairobi on Friday after he stopped at a U.S. military base in Germany."):
        j = extract(text, gazetteer, published="2015-07-24")
        assert "United States" not in {j.places[k].name for leg in j.legs for k in (leg.from_, leg.to, *leg.via)}


def test_a_stopover_told_later_is_how_the_journey_reached_its_first_stop(gazetteer):
    text = ("Japanese Prime Minister Shigeru Ishiba arrived in Canberra on Tuesday for talks, after a stopover in "
            "Manila. Ishiba flew from Tokyo to Manila on Sunday. He is due to travel on to Perth on Thursday to visit "
            "a liquefied natural gas plant before returning to Tokyo on Friday.")
    j = extract(text, gazetteer, published="2025-03-04")
    got = [(j.places[g.from_].name, j.places[g.to].name, g.depart or g.arrive) for g in j.legs]
    assert got == [("Tokyo", "Manila", "2025-03-02"), ("Manila", "Canberra", "2025-03-04"),
                   ("Canberra", "Perth", "2025-03-06"), ("Perth", "Tokyo", "2025-03-07")]
    assert ["Planned" in g.note for g in j.legs] == [False, False, True, True]  # "before returning": still to come


def test_a_country_after_a_comma_says_where_the_place_before_is(gazetteer):
    text = ("The boat had left Sfax, Tunisia, on Tuesday evening with about 50 people on board. Those rescued were "
            "taken to Lampedusa and later transferred by ferry to Porto Empedocle.")
    j = extract(text, gazetteer, published="2025-06-11")
    assert [(j.places[g.from_].name, j.places[g.to].name) for g in j.legs][0] == ("Sfax", "Lampedusa")
    assert "Tunisia" not in {j.places[k].name for g in j.legs for k in (g.from_, g.to)}


def test_from_a_list_of_places_says_where_people_are_from(gazetteer):
    text = ("A charter bus carrying 42 migrants from Venezuela and Colombia arrived in Chicago on Tuesday. Most of "
            "those on board came from Guinea, Ivory Coast and Sudan. The bus had left Eagle Pass on Monday.")
    assert route(text, gazetteer, "2025-05-14") == [("Eagle Pass", "Chicago")]


@pytest.mark.parametrize("text, want", [
    ("The convoy left Kosti on Monday and reached the besieged city of El Fasher on Thursday.",
     [("Kosti", "El Fasher")]),
    ("The group left the Colombian beach town of Necoclí by boat on Saturday and crossed to Acandí.",
     [("Necoclí", "Acandí")]),
    ("The migrants were taken by ferry to Porto Empedocle, and from there by bus to a reception centre in Agrigento.",
     [("Porto Empedocle", "Agrigento")]),
    ("The train left Moscow on July 7 and stopped for a day in Irkutsk.", [("Moscow", "Irkutsk")]),
    ("The hospital ship sailed into Dakar on Wednesday after a voyage from Tenerife.", [("Tenerife", "Dakar")]),
])
def test_what_the_place_is_and_how_long_the_stop_sit_between_cue_and_place(gazetteer, text, want):
    assert route(text, gazetteer, "2025-10-10") == want


def test_a_region_before_border_says_where_not_a_stop(gazetteer):
    text = "The bus, the latest sent north from the Texas border, arrived in Chicago from Eagle Pass on Tuesday."
    assert route(text, gazetteer, "2025-05-14") == [("Eagle Pass", "Chicago")]


def test_a_neighbourhood_is_no_stop_its_name_alone_can_place(gazetteer):
    text = ("The bus arrived in Chicago on Tuesday. The group was then taken by bus to a shelter in the Pilsen "
            "neighbourhood.")
    assert route(text, gazetteer, "2025-05-14") == []


def test_a_facility_is_stripped_only_after_a_cue(gazetteer):
    text = ("The evacuees flew from Djibouti to Kochi on Tuesday. One of them had been working as a nurse in a "
            "hospital in Aden for two years.")
    assert route(text, gazetteer, "2015-04-02") == [("Djibouti", "Kochi")]
