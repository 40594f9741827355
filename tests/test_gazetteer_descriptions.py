"""Capitals named by description ("the Polish capital"), resolved with the real GeoNames capital."""

from __future__ import annotations

from gazetteer.descriptions import described_mentions
from gazetteer.geoparse import geoparse


def described(text: str, gazetteer) -> list[tuple[str, str, str]]:
    return [(m.surface, m.name, m.kind) for m in described_mentions(text, geoparse(text, gazetteer), gazetteer)]


def test_the_demonym_capital_is_that_country_s_capital_city(gazetteer):
    found = described("Biden took the train to the Polish capital on Monday.", gazetteer)
    assert found == [("Polish capital", "Warsaw", "city")]
    m = described_mentions("He flew to the Ukraine capital city.", geoparse("He flew to the Ukraine capital city.",
                                                                         gazetteer), gazetteer)[0]
    assert (m.name, m.surface, m.country) == ("Kyiv", "Ukraine capital city", "UA")
    assert "capital of Ukraine" in m.source


def test_a_countrys_own_capital_is_its_capital_city(gazetteer):
    # AP, 2 July 2012: "Four aid workers ... arrived back in Kenya’s capital aboard a military helicopter Monday"
    assert described("Four aid workers arrived back in Kenya’s capital aboard a military helicopter.", gazetteer) == [
        ("Kenya’s capital", "Nairobi", "city")]
    assert described("Ukraine's capital markets fell.", gazetteer) == [("Ukraine", "Ukraine", "country")]
    assert described("He flew to Ukraine's capital, Kyiv.", gazetteer) == [
        ("Ukraine", "Ukraine", "country"), ("Kyiv", "Kyiv", "city")]  # named: left to its name


def test_capital_as_money_or_a_named_capital_is_left_alone(gazetteer):
    assert described("The Polish capital markets fell.", gazetteer) == [("Polish", "Poland", "demonym")]
    assert described("He spoke in the Peruvian capital Lima.", gazetteer) == [
        ("Peruvian", "Peru", "demonym"), ("Lima", "Lima", "city")]
    assert described("Polish capital flows grew.", gazetteer) == [("Polish", "Poland", "demonym")]


def test_a_city_described_by_its_country_is_the_one_named_before(gazetteer):
    text = "Prah had been stuck in Agadez. He had traveled from Ghana to the Nigerien desert city in May."
    assert described(text, gazetteer)[-1] == ("Nigerien desert city", "Agadez", "city")
    text = "Odesa was shelled. The minister flew from Kyiv to the Ukrainian port city on Monday."
    assert described(text, gazetteer)[-1] == ("Ukrainian port city", "Odesa", "city")  # not Kyiv, beside it
    text = "He flew to the Polish city of Gdansk. The Polish city was calm."
    assert ("Polish", "Poland", "demonym") in described(text, gazetteer)  # "city of": the name follows
    assert described("He arrived in the Nigerien desert city.", gazetteer) == [
        ("Nigerien", "Niger", "demonym")]  # nothing named before: left as it is


def test_the_capital_of_a_part_of_a_country_is_not_the_countrys(gazetteer):
    # PA, 2018: "Charles began his tour of the Welsh capital by striding down platform three" -- Cardiff, not London
    found = described("Charles began his tour of the Welsh capital by striding down platform three.", gazetteer)
    assert ("Welsh", "United Kingdom", "demonym") in found
    assert not any(name == "London" for _s, name, _k in found)


def test_the_capital_a_journey_goes_to_is_the_one_national_capital_named_before(gazetteer):
    # AFP, 2018: "220 kilometers (110 miles) south of Kinshasa, as Kabila was returning to the capital on Tuesday"
    text = ("The accident happened on a road 220 kilometers (110 miles) south of Kinshasa, as Kabila was returning to "
            "the capital on Tuesday.")
    assert described(text, gazetteer)[-1] == ("the capital", "Kinshasa", "city")
    assert described("Kabila was returning to the capital on Tuesday.", gazetteer) == []  # none named before
    both = "Talks in Kinshasa and Luanda ended. He then returned to the capital."
    assert [s for s, _, _ in described(both, gazetteer)] == ["Kinshasa", "Luanda"]  # two: which is unsaid
    assert described("He flew from Kinshasa to the capital of Angola.", gazetteer)[-1][0] == "Angola"


def test_the_capital_a_journey_starts_from(gazetteer):
    # Evening Standard: "A London couple have raised £23,000 ... by cycling 12,000 miles from the capital to Cape Town"
    text = ("A London couple have raised £23,000 for a charity that gives bikes to children in rural Africa by "
            "cycling 12,000 miles from the capital to Cape Town.")
    assert ("the capital", "London", "city") in described(text, gazetteer)
