"""A journey that opens with an arrival begins (inferred, said so) in the traveller's country as the text gives."""

from __future__ import annotations

from webmap.extract import extract


def _legs(j):
    return [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs]


def test_a_leaders_arrival_starts_in_the_capital_of_the_country_the_text_gives(gazetteer):
    text = ("North Korean leader Kim Jong Un arrived in Beijing on Tuesday for talks with Xi Jinping. "
            "Kim will stay in Beijing until Thursday.")
    j = extract(text, gazetteer, published="2019-01-08")
    assert _legs(j) == [("Pyongyang", "Beijing")]
    leg = j.legs[0]
    assert leg.inferred and leg.confidence <= 0.5
    assert "does not say where Kim Jong Un set out from" in leg.note and "North Korean leader" in leg.note
    assert "GeoNames" in j.places[leg.from_].source
    assert leg.quote.text.startswith("North Korean leader Kim Jong Un arrived in Beijing")


def test_a_possessive_country_and_a_title_give_the_capital(gazetteer):
    j = extract("France's President Emmanuel Macron arrived in Libreville, Gabon, on Wednesday.", gazetteer,
                published="2023-03-01")
    assert _legs(j) == [("Paris", "Libreville")]


def test_no_home_when_the_text_never_says_whose_the_traveller_is(gazetteer):
    j = extract("Emmanuel Macron arrived in Libreville on Wednesday.", gazetteer, published="2023-03-01")
    assert j.legs == []


def test_a_stated_start_is_never_replaced(gazetteer):
    j = extract("North Korean leader Kim Jong Un left Pyongyang on Monday and arrived in Dandong that evening.",
                gazetteer, published="2025-09-01")
    assert _legs(j) == [("Pyongyang", "Dandong")]
    assert not j.legs[0].note.startswith("The article does not say where")


def test_no_home_for_a_trip_inside_the_travellers_own_country(gazetteer):
    j = extract("US President Joe Biden arrived in Chicago on Monday.", gazetteer, published="2024-05-06")
    assert j.legs == []


def test_only_the_storys_traveller_gets_a_home_not_one_its_background_names(gazetteer):
    text = ("Indian Prime Minister Narendra Modi left New Delhi on Wednesday and arrived in Warsaw on Thursday. "
            "US President Joe Biden visited Kyiv last year.")
    j = extract(text, gazetteer, published="2024-08-22")
    assert ("Washington", "Kyiv") not in _legs(j)
    assert ("New Delhi", "Warsaw") in _legs(j)


def test_a_team_named_by_its_country_starts_in_that_country(gazetteer):
    j = extract("Australia's team arrived in Islamabad on Friday for the first Test.", gazetteer,
                published="2022-02-27")
    assert _legs(j) == [("Australia", "Islamabad")]
    assert j.places[j.legs[0].from_].kind == "country"


def test_arrived_here_is_an_arrival_at_the_datelines_place(gazetteer):
    text = ("BUENOS AIRES, Nov. 29 (Xinhua) -- Chinese President Xi Jinping arrived here Thursday night to attend "
            "the Group of 20 summit.")
    j = extract(text, gazetteer, published="2018-11-29")
    assert _legs(j) == [("Beijing", "Buenos Aires")]
    assert j.legs[0].arrive == "2018-11-29"


def test_here_without_a_dateline_is_no_place(gazetteer):
    text = "Chinese President Xi Jinping arrived here Thursday night to attend the Group of 20 summit."
    assert extract(text, gazetteer, published="2018-11-29").legs == []
