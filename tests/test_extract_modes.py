"""The mode of a leg comes from its verb's own phrase (spaCy Matcher on a blank English tokenizer)."""

from __future__ import annotations

import pytest

from webmap.extract import extract


def modes(text: str, gazetteer) -> list[str]:
    return [leg.mode for leg in extract(text, gazetteer, published="2025-06-05").legs]


def test_a_purpose_after_the_destination_gives_no_mode(gazetteer):
    assert modes("Modi drove from Bengaluru to Mysuru to open a railway workshop.", gazetteer) == ["car"]


@pytest.mark.parametrize("text, mode", [
    ("Rescuers flew the climbers by helicopter from Pokhara to Kathmandu.", "helicopter"),
    ("An aid convoy left Amman for Baghdad on Monday.", "convoy"),
    ("The migrants crossed from Calais to Dover in a small boat.", "boat"),
    ("She cycled from Paris to Brussels by bicycle.", "bicycle"),
    ("The pilgrims walked from Pamplona to Burgos.", "foot"),
    ("The evacuees were taken by bus from Kherson to Odesa.", "bus"),
    ("About 300 migrants were bused from Tapachula to Mexico City on Monday.", "bus"),
    ("The ferry sailed from Piraeus to Heraklion.", "ferry"),
    # Metro, 2010: "Her kayaking trip from Nauta in Peru to Almeirim in Brazil was in aid of Sport Relief."
    ("Her kayaking trip from Nauta in Peru to Almeirim in Brazil was in aid of Sport Relief.", "boat"),
])
def test_modes_news_uses(gazetteer, text, mode):
    assert modes(text, gazetteer) == [mode]


def test_the_journey_file_knows_the_new_modes():
    from webmap.journey import MODES

    assert {"helicopter", "boat", "ferry", "ship", "bus", "foot", "convoy", "bicycle"} <= set(MODES)


def test_a_leg_without_a_mode_takes_the_travellers_own_vehicle_named_elsewhere(gazetteer):
    text = ("Kim Jong Un left Pyongyang on Monday and reached Beijing on Tuesday. "
            "His armoured train was seen at the station.")
    j = extract(text, gazetteer, published="2025-09-02")
    (leg,) = j.legs
    assert leg.mode == "train" and leg.inferred and "His armoured train" in leg.note


def test_vehicles_of_two_kinds_give_no_mode(gazetteer):
    text = ("Kim Jong Un left Pyongyang on Monday and reached Beijing on Tuesday. "
            "His armoured train was seen at the station, and his plane at the airport.")
    (leg,) = extract(text, gazetteer, published="2025-09-02").legs
    assert leg.mode == "unknown"


@pytest.mark.parametrize("text, mode", [
    ("A charter bus carrying 42 migrants left Eagle Pass on Monday and arrived in Chicago on Tuesday.", "bus"),
    ("Albanese took off from Brisbane in a military helicopter and, after surveying the valley, touched down at "
     "Lismore.", "helicopter"),
])
def test_the_vehicle_named_beats_a_word_any_vehicle_shares(gazetteer, text, mode):
    assert modes(text, gazetteer) == [mode]


def test_a_port_or_a_sea_that_names_the_place_is_no_mode(gazetteer):
    text = ("Macron will drive from Kutaisi to Tbilisi on Thursday and visit the port of Batumi on the Black Sea on "
            "Friday.")
    assert modes(text, gazetteer)[-1] == "car"  # carried over from the leg before, not "ship"


def test_a_place_named_port_says_nothing_of_how_anyone_travels(gazetteer):
    """"before moving on to East London on Saturday, Port Elizabeth on Sunday": no ship."""
    text = ("On Friday, the tour bus will visit Durban, before moving on to East London on Saturday, Port Elizabeth "
            "on Sunday and end the victory tour in Cape Town on Monday.")
    j = extract(text, gazetteer, published="2019-11-06")
    assert j.legs and all(g.mode != "ship" for g in j.legs)


@pytest.mark.parametrize(("text", "mode"), [
    ("Gamini completed an almost 5000km journey on his bike. He set off from Perth on 22 March and rolled into "
     "Brisbane on 3 May.", "bicycle"),
    ("Ahmed and his six friends have been walking for 28 days. They left Herat in March and reached Tehran.", "foot"),
])
def test_how_the_whole_journey_goes_said_once_gives_the_legs_mode(gazetteer, text, mode):
    j = extract(text, gazetteer, published="2025-05-05")
    assert [g.mode for g in j.legs] == [mode] and j.legs[0].inferred


def test_the_town_of_van_is_no_van(gazetteer):
    j = extract("They left Herat in March and reached Van.", gazetteer, published="2025-05-05")
    assert [g.mode for g in j.legs] == ["unknown"]


def test_aboard_alone_is_no_ship_and_a_jetliner_is_a_plane(gazetteer):
    # Christian Science Monitor, 1994: "aboard Air Force Two, his official jetliner" is a flight
    assert modes("Mr. Gore left Andrews Air Force Base aboard Air Force Two, his official jetliner, en route to "
                 "Buenos Aires.", gazetteer) == ["flight"]
    assert modes("The president left Kyiv aboard a special train and arrived in Przemysl on Monday.",
                 gazetteer) == ["train"]
    assert modes("The queen arrived in Lisbon aboard the royal yacht Britannia on Tuesday after sailing from "
                 "Setubal.", gazetteer) in (["boat"], ["ship"])


def test_a_long_leg_the_text_gives_no_mode_for_is_an_inferred_flight(gazetteer):
    # "From Jakarta, Albanese will travel to Rome on Friday" (MENAFN, 2025): 10,000 km, how not said
    j = extract("Albanese arrived in Jakarta on Wednesday. From Jakarta, Albanese will travel to Rome on Friday.",
                gazetteer, published="2025-05-14")
    leg = j.legs[0]
    assert (leg.mode, leg.inferred) == ("flight", True) and "km apart" in leg.note
    # a short leg, or a story from before airliners, is left unknown
    assert modes("Albanese arrived in Sydney on Monday. From Sydney, he will travel to Canberra on Friday.",
                 gazetteer) == ["unknown"]
    j = extract("The king arrived in Lisbon on Monday. From Lisbon, he will travel to Rio de Janeiro in June.",
                gazetteer, published="1925-05-14")
    assert [g.mode for g in j.legs] == ["unknown"]


def test_a_ferry_flight_is_a_flight(gazetteer):
    # Republic World, 2023: an empty plane sent to fetch stranded passengers
    j = extract("A ferry flight with essentials departed from Mumbai to Magadan on Wednesday.", gazetteer,
                published="2023-06-08")
    assert [leg.mode for leg in j.legs] == ["flight"]


@pytest.mark.parametrize("text, published, mode, said", [
    # Royal Gazette, 1992: nothing says how Pinkney crossed, but the story is of a yachtsman's voyage
    ("He will be hailed as the first black yachtsman to circumnavigate the world solo. The trip has taken him from "
     "Brazil to South Africa, then on to Tasmania.", "1992-04-10", "boat", "voyage under sail or oars"),
    # CapeTalk, 2022: "On Saturday she arrived in Cape Town, the final destination on her epic adventure ... her
    # solo cycling adventure" from Cairo
    ("Scottish adventurer Eilidh Ogden set off from Cairo in January. On Saturday she arrived in Cape Town, the final "
     "destination of her epic adventure. Women's cycling has a deep and rich history.", "2022-07-06", "bicycle",
     "tells of a ride"),
])
def test_a_long_leg_in_a_voyage_under_sail_or_a_ride_is_not_a_flight(gazetteer, text, published, mode, said):
    j = extract(text, gazetteer, published=published)
    assert j.legs and all((leg.mode, leg.inferred) == (mode, True) for leg in j.legs)
    assert said in j.legs[0].note


def test_a_ride_that_also_flies_gives_its_long_leg_no_ride(gazetteer):
    text = ("Scottish adventurer Eilidh Ogden set off from Cairo in January. On Saturday she arrived in Cape Town "
            "after cycling and a flight over Sudan.")
    assert [leg.mode for leg in extract(text, gazetteer, published="2022-07-06").legs] == ["flight"]


def test_ferried_is_carried_not_a_ferry_and_an_airstrip_is_flown_to(gazetteer):
    # CBS: "the military quickly ferried the stranded people to a nearby airstrip in Ramechhap" (in helicopters)
    j = extract("Since there was only a brief period of good weather, the military quickly ferried the stranded "
                "people to a nearby airstrip in Ramechhap. When the weather destabilized, the military returned to "
                "Ramechhap.", gazetteer, published="2025-06-05")
    assert [a.mode for a in j.arrivals] == ["flight"]
    j = extract("Trucks ferried the families to the town of Zaporizhzhia on Monday.", gazetteer,
                published="2025-06-05")
    assert [a.mode for a in j.arrivals] == ["unknown"]


def test_travellers_named_by_how_they_go_go_that_way(gazetteer):
    # Hindustan Times (IANS), 2007: "the marchers left Agra ... before reaching the Mathura refinery"
    j = extract("On Saturday morning, the marchers left Agra and reached Mathura in the evening.", gazetteer,
                published="2007-10-14")
    assert [(leg.mode, leg.inferred) for leg in j.legs] == [("foot", True)]
    j = extract("On Saturday morning, the delegates left Agra and reached Mathura in the evening.", gazetteer,
                published="2007-10-14")
    assert [leg.mode for leg in j.legs] == ["unknown"]


def test_walking_along_train_tracks_is_on_foot(gazetteer):
    # Al Jazeera, 2015: "Naim Alkordi, 25, who was walking along the train tracks with his girlfriend"
    j = extract("Naim Alkordi fled Budapest on Friday and was walking along the train tracks to Szeged.", gazetteer,
                published="2015-09-12")
    assert [leg.mode for leg in j.legs] == ["foot"]


def test_how_far_a_place_is_by_road_is_not_how_anyone_went(gazetteer):
    # Moov Africa, 2017: "from London King's Cross to King's Lynn, just a 30-minute drive from the country estate"
    text = ("The couple travelled first class on the 10.45 am service from London to King's Lynn, just a 30-minute "
            "drive from the country estate.")
    j = extract(text, gazetteer, published="2017-12-21")
    assert [leg.mode for leg in j.legs] == ["unknown"]
    j = extract("The couple drove from London to King's Lynn.", gazetteer, published="2017-12-21")
    assert [leg.mode for leg in j.legs] == ["car"]


def test_a_welcome_at_the_towns_airport_told_later_says_the_leg_was_flown(gazetteer):
    # Zimbabwe Daily, 2018: "He was met at Maputo International Airport by Zimbabwean ambassador to Mozambique" (told
    # so, an arrival there, as "was met on arrival at" is: the leg is stated); a host meeting him there only says how
    text = ("President Mnangagwa left Harare this morning for Maputo, Mozambique. He will hold talks with President "
            "Nyusi on trade. The two leaders will also discuss the region's security. Officials said the talks "
            "would be brief. The Zimbabwean ambassador met him at Maputo International Airport.")
    j = extract(text, gazetteer, published="2018-01-17")
    assert [(j.places[leg.to].name, leg.mode, leg.inferred) for leg in j.legs] == [("Maputo", "flight", True)]


def test_a_rides_short_legs_are_ridden_too(gazetteer):
    # MPA Magazine: a charity bike ride, "Teagle ventured through Durham, Darlington, York ... before arriving at
    # Smithfields Market in London"; the story names bikes and no other way to go
    text = ("James Teagle finished 40th out of 500 riders who took part in the RIDE 24 charity challenge. Teagle "
            "ventured through Durham, Darlington and York before arriving in London. His riding partner suffered "
            "from mechanical bike problems.")
    j = extract(text, gazetteer, published="2015-06-01")
    assert j.legs and {leg.mode for leg in j.legs} == {"bicycle"}
    assert all(leg.inferred for leg in j.legs)


def test_the_royal_train_capitalised_is_the_travellers_vehicle(gazetteer):
    # Yorkshire Evening Post, 2020: "the Duke and the Duchess are spending three days aboard the Royal Train as they
    # travel around the UK"
    text = ("The Duke and Duchess of Cambridge left London Euston on Sunday evening and travelled overnight to "
            "Edinburgh. The Duke and the Duchess are spending three days aboard the Royal Train as they travel around "
            "the UK.")
    j = extract(text, gazetteer, published="2020-12-07")
    assert [(j.places[leg.to].name, leg.mode) for leg in j.legs] == [("Edinburgh", "train")]


def test_a_ship_named_with_its_prefix_sails(gazetteer):
    # The West (AAP), 2022: "HMAS Adelaide left Brisbane on Friday and will take five days to reach Tonga."
    j = extract("HMAS Adelaide left Brisbane on Friday and will take five days to reach Tonga.", gazetteer,
                published="2022-01-22")
    assert [(leg.traveller, j.places[leg.from_].name, leg.mode) for leg in j.legs] == [
        ("HMAS Adelaide", "Brisbane", "ship")]


def test_a_travellers_name_that_is_a_vehicle_word_is_no_vehicle(gazetteer):
    # Hello!, 2001: "Hollywood superstar Tom Cruise arrived in Sydney on Wednesday"; a cruise still sails
    j = extract("Hollywood superstar Tom Cruise arrived in Sydney on Wednesday for the premiere of Vanilla Sky.",
                gazetteer, published="2001-12-19")
    assert [(a.traveller, j.places[a.to].name, a.mode) for a in j.arrivals] == [("Tom Cruise", "Sydney", "unknown")]
    j = extract("The passengers left Sydney on a cruise on Monday and reached Hobart on Thursday.", gazetteer,
                published="2001-12-19")
    assert [leg.mode for leg in j.legs] == ["ship"]


def test_a_long_leg_in_a_story_of_trains_with_no_word_of_flying_goes_by_train(gazetteer):
    # Mail & Guardian, 2004: "a new train is chugging its way up and down Australia each week ... the Ghan made its
    # first journey from Adelaide in South Australia to tropical Darwin": 2,600 km with no word of how, by rail
    text = ("A new train is chugging its way up and down Australia each week. At the beginning of February the Ghan "
            "made its first journey from Adelaide in South Australia to tropical Darwin in the Northern Territory.")
    j = extract(text, gazetteer, published="2004-03-18")
    assert [(j.places[leg.to].name, leg.mode, leg.inferred) for leg in j.legs] == [("Darwin", "train", True)]
    j = extract(text.replace("A new train is chugging", "A new service is running"), gazetteer,
                published="2004-03-18")
    assert [(j.places[leg.to].name, leg.mode) for leg in j.legs] == [("Darwin", "flight")]


def test_a_flight_is_not_carried_over_to_a_leg_from_an_airport_into_its_town(gazetteer):
    # The Citizen, 2018: "President Magufuli was welcomed at the Entebbe International Airport ... “He then went to the
    # State House in Kampala”": the road from the airport, not the flight that landed there
    text = ("President John Magufuli flew from Dar es Salaam on Wednesday. He was welcomed at the Entebbe "
            "International Airport. He then went to the State House in Kampala, where he held talks.")
    j = extract(text, gazetteer, published="2018-02-21")
    assert [(j.places[leg.to].name, leg.mode) for leg in j.legs] == [
        ("Entebbe International Airport", "flight"), ("State House", "unknown")]
    assert "the point of Kampala" in j.places[j.legs[1].to].source  # the site, where the text puts it


def test_a_trek_that_names_a_tour_is_no_walk(gazetteer):
    # antiMusic, 2017: "The new trek will be kicking off on March 4th in Dallas ... Bush U.S. Tour Dates / ... /
    # 05/19 - Mapfre Stadium - Columbus, OH / 05/20 - BB&T Pavilion - Camden, NJ / 05/30 - Showbox SoDo - Seattle,
    # WA" -- a band's tour, not a walk: the long leg to Seattle, with no word of how, is no leg "on foot"
    text = ("The new trek will be kicking off in May.\n\nBush U.S. Tour Dates\n05/19 - Mapfre Stadium - Columbus, OH\n"
            "05/20 - BB&T Pavilion - Camden, NJ\n05/30 - Showbox SoDo - Seattle, WA\n")
    j = extract(text, gazetteer, published="2017-01-26")
    assert [(j.places[leg.to].name, leg.mode) for leg in j.legs] == [("Camden", "unknown"), ("Seattle", "flight")]
    j = extract("They were trekking from Seattle to Miami all spring.", gazetteer, published="2017-01-26")
    assert [leg.mode for leg in j.legs] == ["foot"]


def test_a_trains_cars_and_coach_seats_are_no_road_trip(gazetteer):
    # Chicago Tribune, 2009: "The Capitol cars were anything but quiet, from the crowded coach seats ... to the VIP
    # sleeper" in a story of Amtrak's Capitol Limited: "left Los Angeles on Thursday to arrive in Washington Sunday
    # afternoon" went by train
    text = ("This past weekend's Amtrak train was packed. The Capitol cars were anything but quiet, from the crowded "
            "coach seats to the VIP sleeper. Stephanie Rogers left Los Angeles on Thursday to arrive in Washington "
            "Sunday afternoon.")
    j = extract(text, gazetteer, published="2009-01-19")
    assert [(j.places[leg.to].name, leg.mode) for leg in j.legs] == [("Washington", "train")]


def test_a_locomotive_named_flying_is_no_flight(gazetteer):
    # Ellon Times, 2016: "Flying Scotsman will embark on a circular tour of Fife before heading back to
    # Edinburgh over the Forth Bridge" -- a steam engine's name; "flying to Paris" is still a flight
    j = extract("The locomotive will run from Edinburgh to Tweedbank in the morning by train. In the evening, Flying "
                "Scotsman will go on to Dunfermline before heading back to Edinburgh.", gazetteer,
                published="2016-05-13")
    assert [leg.mode for leg in j.legs] == ["train", "train", "train"]
    j = extract("The minister was flying to Paris from Rome on Monday.", gazetteer, published="2016-05-13")
    assert [leg.mode for leg in j.legs] == ["flight"]


def test_driven_by_a_fascination_is_no_car(gazetteer):
    # Cairo Post, 2014: "Levison, driven by fascination of Africa, passed through Rwanda, Tanzania, Uganda ... before
    # crossing the borders into Egypt"
    j = extract("Levison, driven by fascination of Africa, travelled from Kigali to Butare.", gazetteer,
                published="2014-08-21")
    assert [leg.mode for leg in j.legs] == ["unknown"]
    j = extract("The minister was driven by his chauffeur from Kigali to Butare.", gazetteer, published="2014-08-21")
    assert [leg.mode for leg in j.legs] == ["car"]


def test_a_long_leg_of_a_story_about_driving_is_driven_not_flown(gazetteer):
    # FIVA, 2024: "The Peking to Paris Motor Challenge is ... a true endurance rally ... this year's route ran from
    # Beijing ... through Inner Mongolia, Kazakhstan ... with Paris as the final destination", "Having driven for more
    # than 4 weeks through Asia"
    j = extract("The Peking to Paris Motor Challenge is a true endurance rally. This year's route ran from Beijing "
                "through Kazakhstan with Paris as the final destination. Having driven for four weeks, the crews "
                "arrived.", gazetteer, published="2024-06-30")
    assert [(leg.mode, leg.inferred, "driving" in leg.note) for leg in j.legs] == [("car", True, True)]
    j = extract("This year's route ran from Beijing through Kazakhstan with Paris as the final destination.", gazetteer,
                published="2024-06-30")
    assert [leg.mode for leg in j.legs] == ["flight"]


def test_a_ship_named_with_its_kind_sails(gazetteer):
    # Newport Buzz, 2021: "The U.S. Coast Guard Cutter Eagle is scheduled to depart New London ... flying the stars
    # and stripes" -- a cutter named as the traveller sails, whatever the flag is doing
    text = ("The U.S. Coast Guard Cutter Eagle will depart New London on May 8 and reach Reykjavik on June 11. "
            "It is the largest tall ship flying the stars and stripes.")
    j = extract(text, gazetteer, published="2021-04-30")
    assert [(j.places[leg.to].name, leg.mode) for leg in j.legs] == [("Reykjavík", "ship")]


def test_a_train_robber_flies(gazetteer):
    # The Guardian, 2001: "The great train robber Ronnie Biggs touched down in the UK today after 35 years on the run"
    text = "The great train robber Ronnie Biggs touched down in the UK today. Biggs left Rio de Janeiro last night."
    j = extract(text, gazetteer, published="2001-05-07")
    assert [leg.mode for leg in j.legs] == ["flight"]


def test_a_night_express_is_a_train(gazetteer):
    # The Dominion, 1928: "Commander Byrd and the aviation personnel arrived this morning by the night express from
    # Christchurch"
    assert modes("Commander Byrd left Christchurch on Monday and reached Dunedin by the night express.",
                 gazetteer) == ["train"]


def test_landed_before_airlines_is_put_ashore_from_a_ship(gazetteer):
    # Seattle Times, 1913: "Fifteen hundred Japanese emigrants were landed at Santos, Brazil, May 15." -- put ashore; a
    # story of that year that tells of flying ("the one aeroplane which arrived") keeps its flights, and so does any
    # story once airlines fly
    text = "Fifteen hundred Japanese emigrants were landed at Santos, Brazil, May 15."
    assert [a.mode for a in extract(text, gazetteer, published="1913-06-05").arrivals] == ["ship"]
    assert [a.mode for a in extract(text + " The aeroplane was cheered.", gazetteer,
                                     published="1913-06-05").arrivals] == ["flight"]
    assert [a.mode for a in extract(text, gazetteer, published="1953-06-05").arrivals] == ["flight"]


def test_a_sailing_competition_is_no_voyage(gazetteer):
    # AFP, 2012: "“Arriving in Rio with the flag was a privilege for us, the athletes,” said Robert Scheidt, who won
    # bronze in Olympic sailing’s Star competition" -- the flag came by plane
    j = extract("RIO DE JANEIRO: The Olympic flag has arrived in Rio de Janeiro. “Arriving in Rio with the flag was a "
                "privilege for us,” said Robert Scheidt, who won bronze in Olympic sailing’s Star competition.",
                gazetteer, published="2012-08-15")
    assert [(j.places[a.to].name, a.mode) for a in j.arrivals] == [("Rio de Janeiro", "unknown")]
