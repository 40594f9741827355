"""A schedule (lines that open with a date and name a place) is an itinerary in date order."""

from __future__ import annotations

from types import SimpleNamespace

from webmap.extract import extract, modes

SCHEDULE = """The team arrived in Islamabad on Sunday for the tour.

Schedule

4-8 March – 1st Test, Rawalpindi

12-16 March – 2nd Test, Karachi

21-25 March – 3rd Test, Lahore

6 April - Departure
"""


def test_schedule_lines_are_planned_stops_in_date_order(gazetteer):
    j = extract(SCHEDULE, gazetteer, published="2022-02-27")
    route = [(j.places[leg.from_].name, j.places[leg.to].name, leg.depart, leg.arrive) for leg in j.legs]
    assert route == [("Islamabad", "Rawalpindi", None, "2022-03-04"),
                     ("Rawalpindi", "Karachi", "2022-03-08", "2022-03-12"),
                     ("Karachi", "Lahore", "2022-03-16", "2022-03-21")]
    assert all(leg.inferred for leg in j.legs)  # still to come at publication


def test_two_dated_lines_are_not_a_schedule(gazetteer):
    text = "4-8 March – Test, Rawalpindi\n\n12-16 March – Test, Karachi\n"
    assert extract(text, gazetteer, published="2022-02-27").legs == []


def test_lines_that_open_with_an_hour_under_a_date_are_a_programme(gazetteer):
    # AP, 2014: the pope's schedule, a date alone and then timed lines; the traveller is the one named before it,
    # not Jesus, named in a line of it
    text = ("Pope Francis will make a weekend trip to the Holy Land.\n\n"
            "The following is the schedule for the pope's visit:\n\n"
            "Saturday, May 24\n\n"
            "1:00 p.m. (1000 GMT, 6:00 a.m. EDT): Arrival at Queen Alia International Airport in Amman\n\n"
            "4:00 p.m. (1300 GMT, 9:00 a.m. EDT): Holy Mass at the International Stadium in Amman.\n\n"
            "7:00 p.m. (1600 GMT, 12:00 p.m. EDT): Visit to Bethany, where Jesus is believed to have been baptized.\n\n"
            "Sunday, May 25\n\n"
            "8:15 a.m. (0515 GMT, 1:15 a.m. EDT): Arrival at the helipad in Bethlehem.\n")
    j = extract(text, gazetteer, published="2014-05-23")
    assert [(a.traveller, j.places[a.to].name, a.arrive) for a in j.arrivals] == [
        ("Pope Francis", "Queen Alia International Airport", "2014-05-24")]
    assert [(leg.traveller, j.places[leg.from_].name, j.places[leg.to].name, leg.arrive) for leg in j.legs] == [
        ("Pope Francis", "Queen Alia International Airport", "Amman", "2014-05-24"),
        ("Pope Francis", "Amman", "Bethlehem", "2014-05-25")]


def test_a_list_of_tour_dates_in_figures_is_the_tours_itinerary(gazetteer):
    # antiMusic, 26 January 2017: "Bush U.S. Tour Dates / 05/04 - Gas Monkey Live! - Dallas, TX / 05/05 - KC Live! /
    # Power & Light District Outdoor Stage - Kansas City, MO / ..." -- the month first (a day is over 12), the year the
    # publication's, the town after the venue
    text = ("The band Bush have announced that they will be hitting the road for a U.S. tour.\n\n"
            "Bush U.S. Tour Dates\n05/04 - Gas Monkey Live! - Dallas, TX\n"
            "05/05 - KC Live! / Power & Light District Outdoor Stage - Kansas City, MO\n"
            "05/09 - Hard Rock Live - Orlando, FL\n05/13 - Somerset Amphitheater - Somerset, WI\n"
            "05/30 - Showbox SoDo - Seattle, WA\n")
    j = extract(text, gazetteer, published="2017-01-26")
    assert [(j.places[leg.to].name, leg.arrive) for leg in j.legs] == [
        ("Kansas City", "2017-05-05"), ("Orlando", "2017-05-09"), ("Somerset", "2017-05-13"),
        ("Seattle", "2017-05-30")]
    assert all(leg.inferred for leg in j.legs)  # still to come
    j = extract("The band announced a European tour.\n\n14/03 - Olympia - Paris\n15/03 - Ancienne Belgique - "
                "Brussels\n17/03 - Paradiso - Amsterdam\n", gazetteer, published="2017-01-26")
    assert [(j.places[leg.to].name, leg.arrive) for leg in j.legs] == [
        ("Brussels", "2017-03-15"), ("Amsterdam", "2017-03-17")]  # the day first: a first figure is over 12


def test_tour_dates_with_a_slash_and_no_separator_name_the_town_then_the_venue(gazetteer):
    # antiMusic, 3 February 2022 (Dance Gavin Dance): "4/26 Spokane, WA Knitting Factory" -- no separator after the
    # figures; the town first, then its state's code ("IN" is Indiana, not "in"), then the venue, which is no stop
    text = ("The band will be hitting the road this spring for a U.S. headlining tour.\n"
            "4/30 Omaha, NE The Admiral\n5/1 Des Moines, IA Val Air\n5/3 Ft Wayne, IN Pierre's\n"
            "5/4 Cleveland, OH Agora\n5/11 Hartford, CT Webster Theater\n5/13 Richmond, VA The National\n")
    j = extract(text, gazetteer, published="2022-02-03")
    assert [(j.places[leg.from_].name, j.places[leg.to].name, leg.arrive) for leg in j.legs] == [
        ("Omaha", "Des Moines", "2022-05-01"), ("Des Moines", "Fort Wayne", "2022-05-03"),
        ("Fort Wayne", "Cleveland", "2022-05-04"), ("Cleveland", "Hartford", "2022-05-11"),
        ("Hartford", "Richmond", "2022-05-13")]
    assert all(leg.inferred for leg in j.legs)  # still to come


def test_figures_with_a_decimal_point_are_no_tour_dates(gazetteer):
    # a line that opens "3.5 million people" is a count, not the 3rd of May: without a separator or the closing dot
    # of "12.10.", figures are no date and three such lines no itinerary
    text = ("The census counted the towns.\n3.5 million people live in Lagos.\n2.1 million people live in Kano.\n"
            "1.2 million people live in Ibadan.")
    j = extract(text, gazetteer, published="2022-04-01")
    assert j.legs == [] and j.arrivals == []


def test_numbered_days_with_their_dates_and_a_route_each_are_an_itinerary(gazetteer):
    # Milton Keynes Citizen, 2018: "Day 3 – Wednesday 16th May – Uxbridge to Berkhamsted"
    text = ("The team from the shopping centre is setting off next week to walk from London to Northampton.\n\n"
            "The walk is split into four days:\n\n"
            "Day 1 – Tuesday 15th May – London to Uxbridge\n\n"
            "Day 2 – Wednesday 16th May – Uxbridge to Berkhamsted\n\n"
            "Day 3 – Thursday 17th May – Berkhamsted to Tring\n\n"
            "Day 4 – Friday 18th May – Tring to Aylesbury")
    j = extract(text, gazetteer, published="2018-05-09")
    assert [(j.places[leg.from_].name, j.places[leg.to].name, leg.arrive) for leg in j.legs][1:] == [
        ("Uxbridge", "Berkhamsted", "2018-05-16"), ("Berkhamsted", "Tring", "2018-05-17"),
        ("Tring", "Aylesbury", "2018-05-18")]


def test_days_under_a_month_line_are_a_tours_itinerary(gazetteer):
    # Rock and Roll Garage, 2023: "Kansas announce 50th anniversary tour dates / June / - 2 – Pittsburgh – Benedum
    # Center for the Performing Arts / - 3 – Baltimore – The Lyric Baltimore ..."
    text = ("The band Kansas announced a big North American tour.\n"
            "June\n"
            "- 2 – Pittsburgh – Benedum Center for the Performing Arts\n"
            "- 3 – Baltimore – The Lyric Baltimore\n"
            "- 17 – Detroit – Fisher Theatre\n"
            "July\n"
            "- 1 – Rochester, N.Y. – Kodak Center\n"
            "- 7 – Cincinnati – Taft Theatre")
    j = extract(text, gazetteer, published="2023-02-01")
    assert [(j.places[leg.to].name, leg.arrive) for leg in j.legs] == [
        ("Baltimore", "2023-06-03"), ("Detroit", "2023-06-17"), ("Rochester", "2023-07-01"),
        ("Cincinnati", "2023-07-07")]


def test_a_fixture_list_in_capitals_is_an_itinerary(gazetteer):
    text = ("Itinerary of the touring side in New Zealand:\nJUNE 3: TOUR MATCH V NORTHLAND (WHANGAREI)\n"
            "The hosts will be without several players.\nJUNE 7: TOUR MATCH V AUCKLAND BLUES (AUCKLAND)\n"
            "A first real test.\nJUNE 10: TOUR MATCH V CANTERBURY CRUSADERS (CHRISTCHURCH)\n"
            "JUNE 13: TOUR MATCH V OTAGO HIGHLANDERS (DUNEDIN)\n")
    j = extract(text, gazetteer, published="2017-05-29")
    assert [(j.places[leg.from_].name, j.places[leg.to].name, leg.arrive) for leg in j.legs] == [
        ("Whangarei", "Auckland", "2017-06-07"), ("Auckland", "Christchurch", "2017-06-10"),
        ("Christchurch", "Dunedin", "2017-06-13")]


def test_bulleted_tour_dates_in_words_are_this_years_itinerary(gazetteer):
    # Press Party, 12 May 2015 (The Darkness): "  • November 30 - Norwich, Open / • December 1 - Cambridge, Corn
    # Exchange / ... / • December 19 - Oxford, O2 Academy" -- bullets, a title-case line that is no headline,
    # "Oxford" a town after the date, and a day with no year later this year, not last year
    text = ("The band have confirmed a lengthy winter UK tour. Check out the full schedule below:\n\n"
            "  • November 30 - Norwich, Open\n  • December 1 - Cambridge, Corn Exchange\n"
            "  • December 2 - Nottingham, Rock City\n  • December 19 - Oxford, O2 Academy\n"
            "  • December 20 - London, Roundhouse\n")
    j = extract(text, gazetteer, published="2015-05-12")
    assert [(j.places[leg.from_].name, j.places[leg.to].name, leg.arrive) for leg in j.legs] == [
        ("Norwich", "Cambridge", "2015-12-01"), ("Cambridge", "Nottingham", "2015-12-02"),
        ("Nottingham", "Oxford", "2015-12-19"), ("Oxford", "London", "2015-12-20")]
    assert all(leg.inferred for leg in j.legs)  # still to come


def test_port_calls_with_day_ranges_follow_the_departure_told_before_them(gazetteer):
    # Newport Buzz, 2021 (USCGC Eagle): "is scheduled to depart New London ... on Saturday, May 8 and will visit
    # Newport this summer ... Specific port call dates this summer are: / May 25–28: Azores, Portugal / ...
    # July 23–26: New London, Conn. / July 30–August 2: Newport, R.I." -- ranges with an en dash open each line,
    # the prose's visit is one the schedule lists, and a dated call where the voyage set out is a return there
    text = ("The training ship Eagle is scheduled to depart New London on Saturday, May 8 and will visit Newport "
            "this summer.\n\nPort call dates this summer are:\n\nJune 11–16: Reykjavik, Iceland\n\n"
            "July 7–10: Hamilton, Bermuda\n\nJuly 23–26: New London, Conn.\n\nJuly 30–August 2: Newport, R.I.\n")
    j = extract(text, gazetteer, published="2021-04-30")
    assert [(j.places[leg.from_].name, j.places[leg.to].name, leg.arrive) for leg in j.legs] == [
        ("New London", "Reykjavík", "2021-06-11"), ("Reykjavík", "Hamilton", "2021-07-07"),
        ("Hamilton", "New London", "2021-07-23"), ("New London", "Newport", "2021-07-30")]


PORTS = """The vessel is currently docked in Freetown.

The future ports of call for the ship are as follows:

Bridgetown, Barbados 13 Nov 2024 to 9 Dec 2024

Port of Spain - Trinidad, Trinidad and Tobago 26 Dec 2024 to 28 Jan 2025

Kingstown, Saint Vincent and the Grenadines 27 Feb 2025 to 26 Mar 2025

Willemstad, Curacao 17 Apr 2025 to 4 May 2025
"""


def test_lines_of_a_place_then_its_dates_are_ports_of_call(gazetteer):
    # WIC News, 2024: "The future ports of calls for Logos Hope is as follows: Bridgetown, Barbados 13 Nov 2024 to 9
    # Dec 2024 ..." -- each line a port and the days the ship is there
    j = extract(PORTS, gazetteer, published="2024-11-07")
    route = [(j.places[leg.from_].name, j.places[leg.to].name, leg.arrive) for leg in j.legs]
    assert route[-3:] == [("Bridgetown", "Port of Spain", "2024-12-26"), ("Port of Spain", "Kingstown", "2025-02-27"),
                          ("Kingstown", "Willemstad", "2025-04-17")]
    assert "Bridgetown" in [j.places[leg.to].name for leg in j.legs]
    # a line that goes on after its date is prose, not a port of call
    assert extract("Bridgetown, Barbados 13 Nov 2024 was busy.\nKingstown, Saint Vincent 27 Feb 2025 was busy.\n"
                   "Willemstad, Curacao 17 Apr 2025 was busy.\n", gazetteer, published="2024-11-07").legs == []


def test_a_route_told_before_the_ports_of_call_that_goes_only_where_they_are_is_theirs(gazetteer):
    # WIC News, 2024: "the cruise will be sailing to Tobago and then to Trinidad before moving to Saint Lucia",
    # then the lines of its ports of call in those countries: the same stops, told twice, not a route before them
    text = PORTS.replace("The vessel is currently docked in Freetown.",
                         "The vessel is currently docked in Freetown. Following this, the ship will be sailing to "
                         "Barbados and then to Trinidad before moving to Curacao.")
    j = extract(text, gazetteer, published="2024-11-07")
    reached = [j.places[leg.to].name for leg in j.legs]
    assert reached[-4:] == ["Bridgetown", "Port of Spain", "Kingstown", "Willemstad"]
    assert not {"Barbados", "Trinidad and Tobago", "Curaçao", "Curacao"} & set(reached)


def test_a_ships_ports_of_call_with_no_word_of_flying_are_sailed(gazetteer):
    # WIC News, 2024: "This iconic vessel ... The vessel is currently docked in Sierra Leone": the lines of its ports
    # of call say nothing of how, and the story tells of a ship in port -- sailed, inferred; not so in a story that
    # also tells of flying
    j = extract(PORTS, gazetteer, published="2024-11-07")
    assert {(leg.mode, leg.inferred) for leg in j.legs} == {("ship", True)}
    assert "ship in port" in j.legs[0].note
    assert modes.at_sea(SimpleNamespace(text=PORTS, memo={}))
    assert not modes.at_sea(SimpleNamespace(text=PORTS + "\nThe crew flew home from Willemstad.\n", memo={}))
    assert not modes.at_sea(SimpleNamespace(text=PORTS.replace("vessel", "yacht"), memo={}))


def test_a_schedule_run_into_a_sentence_by_semicolons_is_one(gazetteer):
    # Taranaki Daily News, 1916: "The intervening ports of call and dates were as follows: July 11, Wellington; July
    # 17, Adelaide; August 5, Colombo; August 16, Suez; August 17, Port Said; ..."
    j = extract("The hospital ship Maheno left Wellington on July 11. The ports of call and dates were as follows: "
                "July 17, Adelaide; August 5, Colombo; August 16, Suez; August 19, Alexandria.", gazetteer,
                published="1915-12-01")
    assert [(j.places[leg.to].name, leg.arrive) for leg in j.legs] == [
        ("Adelaide", "1915-07-17"), ("Colombo", "1915-08-05"), ("Suez", "1915-08-16"), ("Alexandria", "1915-08-19")]
