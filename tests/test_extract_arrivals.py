"""Arrivals whose start the article does not give ("Kim Jong Un has arrived in Beijing"): kept as such, with their
date, mode and sentence, and never turned into a leg from an invented start."""

from __future__ import annotations

from webmap.extract import extract


def _arrivals(text: str, gazetteer, published: str = "2025-09-02") -> list[tuple[str, str, str, str | None]]:
    j = extract(text, gazetteer, published=published)
    return [(a.traveller, j.places[a.to].name, a.mode, a.arrive) for a in j.arrivals]


def test_an_arrival_with_no_start_keeps_its_date_mode_and_sentence(gazetteer):
    text = ("North Korean leader Kim Jong Un has arrived in Beijing by train, state media said on Tuesday. "
            "He will attend a military parade in Tiananmen Square on Wednesday.")
    j = extract(text, gazetteer, published="2025-09-02")
    assert [(a.traveller, j.places[a.to].name, a.mode, a.arrive) for a in j.arrivals] == \
        [("Kim Jong Un", "Beijing", "train", "2025-09-02")]
    assert j.arrivals[0].quote.text.startswith("North Korean leader Kim Jong Un has arrived in Beijing")
    assert all(leg.to != j.arrivals[0].to for leg in j.legs)  # no leg into Beijing from a made-up start
    assert [(p.name, role) for p, role in j.stops()][0] == ("Beijing", "stop")  # reached, so no origin


def test_a_stop_a_leg_reaches_is_no_arrival(gazetteer):
    text = ("Kim Jong Un left Pyongyang by train on Monday. He arrived in Beijing on Tuesday, state media said.")
    j = extract(text, gazetteer, published="2025-09-02")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [("Pyongyang", "Beijing")]
    assert j.arrivals == []


def test_being_somewhere_is_not_arriving(gazetteer):
    assert _arrivals("Prime Minister Narendra Modi is in Kyiv for talks with President Zelensky.", gazetteer) == []


def test_a_country_that_holds_another_stop_says_nothing_more(gazetteer):
    text = ("Vladimir Putin arrived in China on Sunday. On Monday he travelled from Tianjin to Beijing by train.")
    j = extract(text, gazetteer, published="2025-09-02")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [("Tianjin", "Beijing")]
    assert [j.places[a.to].name for a in j.arrivals] == []


def test_a_country_that_holds_a_stop_told_under_the_travellers_name_says_nothing_more(gazetteer):
    # AFP, 2025: "Japan's foreign minister will hold talks in South Korea ... Takeshi Iwaya will meet counterpart Cho
    # Tae-yul for talks in the capital Seoul ... Iwaya will on Tuesday head to the Philippines"
    text = ("Japan's foreign minister will hold talks in South Korea with top officials Monday as the Asian neighbours "
            "seek to strengthen ties. Takeshi Iwaya will meet counterpart Cho Tae-yul for talks in the capital Seoul "
            "before a joint press conference. Iwaya will on Tuesday head to the Philippines.")
    j = extract(text, gazetteer, published="2025-01-12")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [("Seoul", "Philippines")]
    assert [j.places[a.to].name for a in j.arrivals] == []


def test_a_planned_arrival_says_so(gazetteer):
    got = extract("President Lula is expected to arrive in Brasilia on Saturday.", gazetteer,
                  published="2011-03-17")
    assert [(got.places[a.to].name, a.arrive, a.inferred) for a in got.arrivals] == \
        [("Brasília", "2011-03-19", True)]
    assert "still to come" in got.arrivals[0].note


def test_where_a_tour_begins_is_reached_from_home(gazetteer):
    text = ("President Donald Trump will make his first trip to Latin America. The trip will begin next month in "
            "Peru, where he will meet President Pedro Pablo Kuczynski. From Peru, Trump will later visit Colombia.")
    j = extract(text, gazetteer, published="2018-03-10")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [("Peru", "Colombia")]
    assert [(a.traveller, j.places[a.to].name, a.inferred) for a in j.arrivals] == [("Donald Trump", "Peru", True)]


def test_an_arrival_in_a_whole_country_is_said_not_drawn_unless_planned(gazetteer):
    j = extract("It came after 241 people arrived in the UK on Sunday on board eight boats.", gazetteer,
                published="2021-08-10")
    assert j.arrivals == []
    assert any("Not drawn" in u.message and "United Kingdom" in u.message for u in j.unsure)
    j = extract("President Macron is to visit Gabon for an environmental summit.", gazetteer, published="2023-02-26")
    assert [j.places[a.to].name for a in j.arrivals] == ["Gabon"]


def test_a_named_traveller_who_arrived_in_a_country_is_drawn_there(gazetteer):
    # Pulse Live, 2022: "Microsoft founder Bill Gates arrived in Kenya on Tuesday, November 15 morning"; Bailiwick
    # Express, 2024: "the King and Queen arrived in Guernsey on a helicopter"
    j = extract("Microsoft founder Bill Gates arrived in Kenya on Tuesday, November 15 morning ahead of a series of "
                "arrangements with various delegations and leaders across the country.", gazetteer,
                published="2022-11-15")
    assert [j.places[a.to].name for a in j.arrivals] == ["Kenya"]
    j = extract("More than 12,600 migrants arrived in Greece by sea this year.", gazetteer, published="2019-05-24")
    assert j.arrivals == []


def test_a_stopover_before_an_arrival_without_start_is_where_the_journey_is_first_known(gazetteer):
    text = ("Also on hand was British Foreign Secretary Sir Geoffrey Howe, who flew to the Chinese capital Sunday "
            "after a stopover in Hong Kong.")
    j = extract(text, gazetteer, published="1986-10-13")
    assert [(j.places[a.to].name, a.mode) for a in j.arrivals] == [("Hong Kong", "flight")]
    assert [(j.places[leg.from_].name, j.places[leg.to].name, leg.arrive) for leg in j.legs] == [
        ("Hong Kong", "Beijing", "1986-10-12")]  # no stop silently lost with the start nobody gave


def test_an_arrival_without_a_stated_mode_takes_the_travellers_vehicle_inferred(gazetteer):
    text = ("Kim Jong Un has arrived in Beijing for a four-day visit. His armoured train was seen at the station "
            "on Tuesday.")
    j = extract(text, gazetteer, published="2019-01-08")
    assert [(a.mode, a.inferred) for a in j.arrivals] == [("train", True)]
    assert "armoured train" in j.arrivals[0].note


def test_an_arrival_at_an_airport_is_drawn_at_the_airport(gazetteer):
    """An airport is a point, not a place too large to stand for a stop; the time of day between the verb and the
    place ("touched down about 9:20 a.m. at") does not hide the arrival."""
    text = ("Former President Jean-Bertrand Aristide returned to his native Haiti on Friday. The exiled leader "
            "touched down about 9:20 a.m. at Toussaint Louverture International Airport.")
    assert [where for _who, where, _mode, _day in _arrivals(text, gazetteer, "2011-03-19")] == \
        ["Toussaint Louverture International Airport"]


def test_an_event_attended_before_leaving_is_where_the_trip_starts_not_an_arrival(gazetteer):
    # The Citizen, 2018
    text = ("President Cyril Ramaphosa today departed on a working visit to Zambia and the Democratic Republic of "
            "the Congo, hours after delivering a moving address at the national Women's Day commemoration in Paarl "
            "in the Western Cape.")
    j = extract(text, gazetteer, published="2018-08-09")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs][0] == ("Paarl", "Zambia")
    assert _arrivals(text, gazetteer, "2018-08-09") == []


def test_embarking_on_a_visit_is_travelling_there(gazetteer):
    """"will embark on a two-day visit to Bahrain", like "will pay a visit to": a stop still to come, drawn as an
    arrival whose start the text does not give (The National, 2022), not only where a trip is bound."""
    text = ("Sultan Haitham, Ruler of Oman, will embark on a two-day visit to Bahrain on Monday, Oman's Royal Court "
            "said on Saturday.")
    assert _arrivals(text, gazetteer, "2022-10-22") == [("Sultan Haitham", "Bahrain", "unknown", "2022-10-24")]


def test_leaving_on_a_visit_is_travelling_there(gazetteer):
    """"New Delhi: Prime Minister Narendra Modi left on a two-day visit to Bhutan on Friday" (Siasat, 2024): Bhutan is
    where he went, like "left for an official visit to Japan", not only where a trip is bound; from the dateline."""
    j = extract("New Delhi: Prime Minister Narendra Modi left on a two-day visit to Bhutan on Friday.", gazetteer,
                published="2024-03-22")
    assert [(j.places[leg.from_].name, j.places[leg.to].name, leg.arrive) for leg in j.legs] == [
        ("New Delhi", "Bhutan", "2024-03-22")]


def test_a_country_arrival_without_a_start_is_the_one_town_named_in_it(gazetteer):
    """"President Jakaya Kikwete left for Namibia yesterday afternoon ... The two ceremonies will be held
    concurrently in Windhoek today" (Guardian, Tanzania, 2010): a country is too large to draw as a stop without a
    start, but the article names one town in it, said to be a guess; not where another arrival already is."""
    text = ("President Jakaya Kikwete left for Namibia yesterday afternoon for a three-day state visit. The President "
            "is also expected to attend the 20th anniversary of Namibia's independence. The two ceremonies will be "
            "held concurrently in Windhoek today.")
    j = extract(text, gazetteer, published="2010-03-21")
    (a,) = j.arrivals
    assert j.places[a.to].name == "Windhoek" and a.inferred and "the one town in it the article names" in a.note
    text = "The Wallabies flew to New Zealand on Friday. Coach Dave Rennie arrived in Christchurch on Friday too."
    j = extract(text, gazetteer, published="2020-09-26")
    assert [j.places[a.to].name for a in j.arrivals] == ["Christchurch"]


def test_a_named_visit_to_a_country_is_drawn_there(gazetteer):
    # MercoPress, 2020: "The Argentine president made a surprise visit to Uruguay on Thursday to meet his peer"
    j = extract("The Argentine president made a surprise visit to Uruguay on Thursday to meet his peer.", gazetteer,
                published="2020-11-20")
    assert [(a.traveller, j.places[a.to].name, a.arrive) for a in j.arrivals] == [
        ("The Argentine president", "Uruguay", "2020-11-19")]


def test_an_arrival_in_a_country_is_drawn_at_the_town_the_journey_goes_on_from(gazetteer):
    # The Australia Today, 2025: "Prime Minister Anthony Albanese has begun a visit to Vanuatu and Solomon Islands ...
    # pay a courtesy call on President Nikenike Vurobaravu in Port Vila, before travelling with Pacific leaders to
    # Honiara" -- he is in Port Vila now, then goes on
    text = ("Prime Minister Anthony Albanese has begun a visit to Vanuatu and Solomon Islands ahead of the Pacific "
            "Islands Forum Leaders’ Meeting. Mr Albanese will hold talks with Vanuatu’s Prime Minister Jotham Napat "
            "and pay a courtesy call on President Nikenike Vurobaravu in Port Vila, before travelling with Pacific "
            "leaders to Honiara for the Forum meeting.")
    j = extract(text, gazetteer, published="2025-09-02")
    assert [(a.traveller, j.places[a.to].name, a.inferred) for a in j.arrivals] == [
        ("Anthony Albanese", "Port-Vila", True)]
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [("Port-Vila", "Honiara")]


def test_stepping_from_a_plane_here_arrives_at_the_dateline(gazetteer):
    # The Irish Times, 2007 (a wire form of): "A 21-gun salute greeted the President, Mrs McAleese, as she stepped from
    # the Government jet here yesterday afternoon at the start of a four-day State visit to Oman."
    text = ("MUSCAT - A 21-gun salute greeted the President, Mrs McAleese, as she stepped from the Government jet here "
            "yesterday afternoon at the start of a four-day State visit to Oman.")
    j = extract(text, gazetteer, published="2007-11-20")
    assert [(j.places[a.to].name, a.arrive) for a in j.arrivals] == [("Muscat", "2007-11-19")]


def test_landing_there_arrives_at_the_place_the_sentence_before_went_to(gazetteer):
    # UPI, 5 July 2015: "The pope left the Vatican Sunday morning and headed to Quito, Ecuador. He landed there at
    # around 4 p.m. EDT" -- the arrival in Quito is that Sunday's; "there" with no place before it says nothing
    text = ("The pope left the Vatican Sunday morning and headed to Quito, Ecuador. He landed there at around 4 p.m. "
            "EDT, where he was met with a youth orchestra.")
    j = extract(text, gazetteer, published="2015-07-05")
    assert [(j.places[leg.to].name, leg.arrive) for leg in j.legs] == [("Quito", "2015-07-05")]
    j = extract("The pope prayed for peace. He landed there at around 4 p.m.", gazetteer, published="2015-07-05")
    assert j.legs == [] and j.arrivals == []


def test_a_visit_told_going_on_was_reached_from_a_start_the_article_does_not_give(gazetteer):
    # RFE/RL, 1997: "Ukrainian President Leonid Kuchma today continues his visit to Kazakhstan's capital, Almaty" --
    # he came there; "held talks in Almaty" alone says no arrival
    j = extract("Ukrainian President Leonid Kuchma today continues his visit to Kazakhstan's capital, Almaty, with "
                "meetings with legislators.", gazetteer, published="1997-10-15")
    assert [j.places[a.to].name for a in j.arrivals] == ["Almaty"]
    j = extract("Ukrainian President Leonid Kuchma held talks in Almaty with legislators.", gazetteer,
                published="1997-10-15")
    assert j.arrivals == []
