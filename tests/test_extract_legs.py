"""The legs stage: stops made on the way, told after the leg they were made on ("The plane had stopped in Luanda
to refuel", "It stopped only at its scheduled halts at ..."), go on that leg, in order along it (issue 7: seen
on real news as a stop drawn after the destination, or not drawn at all). The evidence that it helps is the
real-news score (bench/eval_news.py); these texts keep the class from coming back."""

from __future__ import annotations

from webmap.extract import extract


def journey_of(text: str, gazetteer, published: str = "2025-06-04") -> list[tuple[str, list[str], str]]:
    """(from, via, to) of each leg, by name."""
    j = extract(text, gazetteer, published=published)
    return [(j.places[g.from_].name, [j.places[v].name for v in g.via], j.places[g.to].name) for g in j.legs]


def test_a_refuelling_stop_told_in_the_past_perfect_goes_on_the_leg_it_was_made_on(gazetteer):
    text = ("The team flew from Johannesburg to Lagos on Saturday. The plane had stopped in Kinshasa to refuel "
            "before landing.")
    assert journey_of(text, gazetteer) == [("Johannesburg", ["Kinshasa"], "Lagos")]


def test_where_places_passed_en_route_lead_is_reached_when_the_story_goes_on_from_there(gazetteer):
    """On The Bay (1959): "The royal yacht made stops in Kingston and Toronto before passing through the Welland
    Canal on July 1st en route to Chicago ... After 14 hours of parades, parties and speeches in Chicago, Britannia
    set sail for Sault Ste. Marie": the yacht got to Chicago, by way of the three, in the order told."""
    text = ("Queen Elizabeth sailed from Montreal on June 26. The yacht made stops in Kingston and Toronto before "
            "passing through the Welland Canal en route to Chicago. After 14 hours of parades in Chicago, the yacht "
            "set sail for Sault Ste. Marie.")
    assert journey_of(text, gazetteer, "1959-07-10") == [("Montréal", ["Kingston", "Toronto", "Welland"], "Chicago"),
                                                         ("Chicago", [], "Sault Ste. Marie")]


def test_places_to_travel_to_and_back_to_one_are_an_itinerary_in_its_order(gazetteer):
    """PBS, of 1959: "a schedule that had the Soviet premier traveling to Washington, D.C., New York, California, Iowa,
    Pennsylvania, and back to Camp David": each in turn, "New York" an item after a place already qualified, not
    the state Washington lies in."""
    text = ("Khrushchev flew from Moscow on September 15. They agreed on a schedule that had the Soviet premier "
            "traveling to Washington, D.C., New York, California, Iowa, Pennsylvania, and back to Camp David.")
    stops = [to for _f, _v, to in journey_of(text, gazetteer, "1959-09-01")]
    assert stops[-5:] == ["New York", "California", "Iowa", "Pennsylvania", "Camp David"]


def test_a_stop_told_again_adds_no_leg(gazetteer):
    text = ("The team flew from Johannesburg to Lagos on Saturday. The plane had stopped in Kinshasa to refuel. "
            "Minutes later it was forced to return to Kinshasa after a crack in the windshield.")
    assert journey_of(text, gazetteer) == [("Johannesburg", ["Kinshasa"], "Lagos")]


def test_scheduled_halts_are_on_the_way_in_order_along_it(gazetteer):
    text = ("The new express left Delhi at 6 am on Friday and arrived in Mumbai at 10 pm. The train stopped only "
            "at its scheduled halts at Surat, Kota and Vadodara.")
    assert journey_of(text, gazetteer) == [("Delhi", ["Kota", "Vadodara", "Surat"], "Mumbai")]


def test_cities_a_train_passed_are_on_the_way(gazetteer):
    text = ("The first train from Beijing arrived in Lhasa on Monday night. It started its journey on Saturday "
            "from Beijing, and passed major cities such as Shijiazhuang, Lanzhou and Xining.")
    assert journey_of(text, gazetteer) == [("Beijing", ["Shijiazhuang", "Lanzhou", "Xining"], "Lhasa")]


def test_a_refuelling_stop_named_in_a_later_sentence_splits_the_flight(gazetteer):
    text = ("The minister flew from London to Sydney on Tuesday for a week of talks. The plane made a refuelling "
            "stop at Singapore.")
    assert journey_of(text, gazetteer) == [("London", ["Singapore"], "Sydney")]


def test_a_stop_far_off_the_way_is_not_put_on_a_leg(gazetteer):
    text = ("The minister flew from Paris to Rome on Monday. She had stopped in Oslo for talks on Sunday.")
    assert all("Oslo" not in via for _a, via, _b in journey_of(text, gazetteer))


def test_a_destination_after_a_stop_is_still_a_destination(gazetteer):
    text = ("The president flew from Washington to Riyadh on Saturday. In Europe, he made a stop at the Vatican, "
            "travelled on to Brussels and then headed to Taormina.")
    legs = journey_of(text, gazetteer)
    assert ("Brussels", [], "Taormina") in legs and all(not via for _a, via, _b in legs)


def test_a_visit_begun_where_the_traveller_landed_keeps_the_arrival(gazetteer):
    """"begins his visit to the USA" told after "landed in New York": New York is where the trip began, reached from
    a start the article does not give, not the start of the journey."""
    text = ("Prime Minister Narendra Modi landed in New York for his three-day state visit on Tuesday. Modi begins "
            "his historic state visit to the USA with a yoga event. He will then travel to Washington DC.")
    j = extract(text, gazetteer, published="2023-06-20")
    assert [j.places[a.to].name for a in j.arrivals] == ["New York City"]
    assert [(j.places[g.from_].name, j.places[g.to].name) for g in j.legs] == [("New York City", "Washington")]


def test_a_planned_stop_told_again_is_not_a_second_visit(gazetteer):
    text = ("After visiting Jerusalem, Blinken will travel to Ramallah, Cairo and Amman over the next two days. "
            "He is expected to meet Israeli leaders on Tuesday, before travelling to Ramallah.")
    assert [(a, b) for a, _via, b in journey_of(text, gazetteer, "2021-05-25")] == \
        [("Jerusalem", "Ramallah"), ("Ramallah", "Cairo"), ("Cairo", "Amman")]


def test_a_farewell_is_a_departure_and_a_visit_told_again_is_no_return(gazetteer):
    text = ("Pope Francis has arrived in South Sudan. His flight landed at Juba on Friday afternoon. The Pope’s "
            "farewell to Kinshasa marked the end of the first leg of his trip. Pope Francis visited Kinshasa from "
            "31 January to 3 February.")
    assert [(a, b) for a, _via, b in journey_of(text, gazetteer, "2023-02-03")] == [("Kinshasa", "Juba")]


def test_a_tour_which_began_somewhere_starts_there(gazetteer):
    text = ("President Lula has arrived in Angola as part of a five-nation tour of Africa which began in Ghana. "
            "On Sunday evening, Lula flew into Luanda.")
    assert [(a, b) for a, _via, b in journey_of(text, gazetteer, "2003-11-03")] == [("Ghana", "Luanda")]


def test_a_stop_en_route_told_before_the_stop_goes_before_the_destination(gazetteer):
    text = ("The minister will fly to Sri Lanka on Tuesday for a three-day visit. En route to Sri Lanka on "
            "Tuesday, the minister plans to briefly stop in Singapore for talks.")
    assert [b for _a, _via, b in journey_of(text, gazetteer, "2017-03-13")] == ["Sri Lanka"]
    j = extract(text, gazetteer, published="2017-03-13")
    assert [j.places[a.to].name for a in j.arrivals] == ["Singapore"]


def test_a_visit_that_comes_first_is_not_a_destination_on_the_way(gazetteer):
    text = ("US president Barack Obama has arrived in South Africa. Following his visit to South Africa, Mr Obama is "
            "scheduled to go to Tanzania. He travelled to South Africa from Dakar, Senegal.")
    assert [(a, b) for a, _via, b in journey_of(text, gazetteer, "2013-06-29")] == \
        [("Dakar", "South Africa"), ("South Africa", "Tanzania")]


def test_countries_a_train_crossed_are_on_the_way_and_a_plane_drops_off_at_a_stop(gazetteer):
    text = ("The freight train departed Yiwu on 3 January. It crossed Kazakhstan, Russia, Belarus and Poland before "
            "finally reaching London on 18 January.")
    assert journey_of(text, gazetteer, "2017-01-18") == \
        [("Yiwu", ["Kazakhstan", "Russia", "Belarus", "Poland"], "London")]
    text = "The plane dropped off 38 Cypriots at Larnaca and continued on to Athens."
    assert [(a, b) for a, _via, b in journey_of(text, gazetteer, "2024-10-03")] == [("Larnaca", "Athens")]


def test_a_state_line_is_no_stop(gazetteer):
    text = "The marchers crossed the Maryland state line into the District of Columbia at noon."
    j = extract(text, gazetteer, published="1986-11-14")
    assert "Maryland" not in [j.places[k].name for g in j.legs for k in (g.from_, *g.via, g.to)]


def test_a_dated_arrival_told_after_a_later_one_goes_between_by_date(gazetteer):
    """Lede first, then how it got there: the stop dated before the lede's goes before it, after the start."""
    text = ("The team landed at Muscat on October 11, 2015. The squad had left Ashgabat after a long wait. "
            "It eventually took off for Dubai on October 10, 2015.")
    assert journey_of(text, gazetteer, published="2015-10-11") == [("Ashgabat", [], "Dubai"),
                                                                   ("Dubai", [], "Muscat")]


def test_a_calendar_date_restating_the_next_day_is_the_legs_date(gazetteer):
    text = ("The team flew from Ashgabat to Dubai on October 9, 2015. It took off for Muscat the next day, i.e. "
            "October 12, 2015, at 9pm.")
    j = extract(text, gazetteer, published="2015-10-14")
    assert [(j.places[g.to].name, g.arrive or g.depart) for g in j.legs] == [("Dubai", "2015-10-09"),
                                                                             ("Muscat", "2015-10-12")]


def test_paragraphs_headed_by_a_place_are_an_itinerary_in_text_order(gazetteer):
    text = ("Clinton arrived in Uruguay today for her weeklong visit to the region. Her itinerary:\n\n"
            "Uruguay: Today, Clinton will attend the inauguration of the new president.\n\n"
            "Chile: On Tuesday morning, Clinton is bringing communications equipment for the quake-hit country.\n\n"
            "Brazil: She will try to persuade the government to support tougher sanctions.\n\n"
            "Guatemala: On Friday, Clinton will conclude her trip by meeting a group of regional leaders.\n")
    assert [(a, b) for a, _v, b in journey_of(text, gazetteer, published="2010-03-01")] == [
        ("Uruguay", "Chile"), ("Chile", "Brazil"), ("Brazil", "Guatemala")]


def test_two_headed_paragraphs_are_no_itinerary(gazetteer):
    text = ("Clinton arrived in Uruguay today.\n\nChile: The quake killed hundreds.\n\n"
            "Brazil: The country opposes sanctions.\n")
    assert journey_of(text, gazetteer, published="2010-03-01") == []


def test_an_arrival_met_at_the_towns_airport_was_a_flight_inferred(gazetteer):
    text = ("UN Secretary General Ban Ki-moon arrived 11 June in Tashkent with an official visit. The Prime Minister "
            "met the high ranking guest at the Tashkent International Airport.")
    j = extract(text, gazetteer, published="2016-06-11")
    [a] = j.arrivals
    assert (a.mode, a.inferred) == ("flight", True)
    assert "airport" in a.note


def test_a_short_leg_into_an_airport_is_not_taken_for_a_flight(gazetteer):
    from webmap.extract import legs, places, sentences
    from webmap.extract.document import Doc

    doc = Doc("From Tashkent to Tashkent International Airport, then from Bukhara to Tashkent International Airport.",
              gazetteer, None, None)
    sentences.run(doc)
    places.run(doc)
    key = {doc.places[doc.key_for(m)].name: doc.key_for(m) for m in doc.mentions}
    airport = next(k for n, k in key.items() if "Airport" in n)
    assert not legs.flown_to(doc, airport, key["Tashkent"], [0])
    assert legs.flown_to(doc, airport, key["Bukhara"], [0])
    assert legs.flown_to(doc, airport, None, [0])


def test_the_day_after_an_event_counts_from_the_events_date(gazetteer):
    text = ("On April 30, Kishida will attend a summit meeting in Cairo before leaving for Accra, the capital of "
            "Ghana, the following day. He will then fly to Nairobi, Kenya on the same day.")
    j = extract(text, gazetteer, published="2023-04-28")
    dates = {(j.places[g.from_].name, j.places[g.to].name): (g.depart, g.arrive) for g in j.legs}
    assert "2023-05-01" in dates[("Cairo", "Accra")]
    assert "2023-05-01" in dates[("Accra", "Nairobi")]


def test_datelines_heading_a_round_up_of_briefs_are_no_itinerary(gazetteer):
    text = ("KYIV: Ukraine's president said on Monday that talks would resume.\n\n"
            "MOSCOW: The Kremlin said the president would travel to Minsk.\n\n"
            "BEIJING: China urged restraint.\n\n"
            "ANKARA: Turkey offered to host the talks.\n")
    j = extract(text, gazetteer, published="2025-03-03")
    assert {j.places[k].name for g in j.legs for k in (g.from_, g.to)} <= {"Minsk"}


def test_a_trip_told_again_after_the_lead_said_it_ended_at_home_ends_at_home(gazetteer):
    text = ("US President Donald Trump has returned to the White House after his first international trip. "
            "Trump and his wife were then taken by helicopter to the White House, where they arrived at 9 pm. "
            "Trump's overseas trip began on May 19 when he departed from Washington, D.C., for Riyadh. "
            "He also visited Israel and the West Bank. In Europe, Trump travelled on to Brussels and Taormina.")
    legs = journey_of(text, gazetteer, published="2017-05-28")
    assert legs[-1][2] == "White House"
    assert "White House" not in [a for a, _v, _b in legs]


def test_a_schedule_line_naming_a_town_and_its_province_stops_at_the_town(gazetteer):
    text = ("Tour dates released by the department are:\n\nSept. 24: Vancouver.\nSept. 26: Bella Bella, B.C.\n"
            "Sept. 27: Kelowna, B.C.; Whitehorse, Yukon.\nSept. 28: Carcross, Yukon.\n")
    names = {n for a, _v, b in journey_of(text, gazetteer, published="2016-09-12") for n in (a, b)}
    assert names & {"British Columbia", "Yukon"} == set()
    assert {"Bella Bella", "Kelowna", "Whitehorse"} <= names


def test_a_province_a_leg_passes_through_that_holds_its_start_is_no_stop(gazetteer):
    text = "The team flew into Resistencia on Thursday. The drive from there through Chaco to Corrientes took an hour."
    assert journey_of(text, gazetteer, published="2016-06-16")[-1][1] == []


def test_a_dated_plan_told_after_a_summary_list_is_the_same_visit(gazetteer):
    text = ("Trade will be the focus when Prime Minister Christopher Luxon visits Niue and Fiji this week. Luxon will "
            "be stopping at Niue on Tuesday before heading to Fiji from 5-7 June.")
    assert [(a, b) for a, _v, b in journey_of(text, gazetteer, published="2024-06-03")] == [("Niue", "Fiji")]


def test_a_route_told_again_with_the_countries_it_crossed(gazetteer):
    """"It crossed China, Kazakhstan, Russia ... before finally reaching Britain" retells the leg into Barking: the
    countries are its via points (China holds its start, so not a point on the way)."""
    text = ("The East Wind service departed Yiwu City in China's Zhejiang Province on 3 January before pulling into "
            "Barking rail terminal in East London on Wednesday afternoon. It crossed China, Kazakhstan, Russia, "
            "Belarus, Poland, Germany, Belgium and France before finally reaching Britain.")
    j = extract(text, gazetteer, published="2017-01-18")
    legs = [leg for leg in j.legs if j.places[leg.to].name == "Barking"]
    assert len(legs) == 1 and j.places[legs[0].from_].name == "Yiwu"
    assert [j.places[v].name for v in legs[0].via] == ["Kazakhstan", "Russia", "Belarus", "Poland", "Germany",
                                                        "Belgium", "France"]


def test_a_plan_told_out_of_date_order_goes_by_its_dates(gazetteer):
    """"reach Cape Town on May 15 ... then take a ferry to Sudan on January 29": the dated plan goes before the
    later-dated stop, not after it."""
    text = ("The cyclists are expected to complete 100km a day and reach Cape Town, South Africa, on May 15. In Egypt, "
            "the cyclists are scheduled to race down the Nile, and then take a ferry to Sudan on January 29, the "
            "ministry said.")
    j = extract(text, gazetteer, published="2004-01-18")
    names = [(j.places[g.from_].name, j.places[g.to].name) for g in j.legs]
    assert ("Cape Town", "Sudan") not in names
    assert any(b == "Cape Town" for _a, b in names)


def test_the_end_of_a_visit_is_where_the_traveller_leaves(gazetteer):
    """"arrived in Sri Lanka after finishing his visit to the Maldives": the Maldives come first."""
    text = "President Xi Jinping arrived in Colombo on Tuesday after finishing his visit to the Maldives."
    j = extract(text, gazetteer, published="2014-09-16")
    assert [(j.places[g.from_].name, j.places[g.to].name) for g in j.legs] == [("Maldives", "Colombo")]


def test_a_stop_told_again_as_where_the_traveller_will_have_been(gazetteer):
    """"ends his visit to Iran ... will go to Syria. After Tehran, Chavez will continue his tour in Syria": the
    second sentence tells the same leg again, with the city; no leg goes back to Tehran."""
    text = ("Venezuelan President Hugo Chavez ends his visit to Iran on Wednesday, and will go to Syria. After Tehran, "
            "Chavez will continue his tour in Syria, where he will sign four agreements.")
    j = extract(text, gazetteer, published="2010-10-20")
    assert [(j.places[g.from_].name, j.places[g.to].name) for g in j.legs] == [("Tehran", "Syria")]


def test_nothing_goes_before_where_the_trip_began(gazetteer):
    """"He began his European trip in France. Earlier on May 8, Mr Xi wrapped up his visit in Serbia": earlier than
    the story's day, not than France; no leg from Serbia back to France."""
    text = ("Chinese President Xi Jinping arrived in Budapest on May 8 for a three-day visit to Hungary. He began his "
            "European trip in France. Earlier on May 8, Mr Xi wrapped up his visit in Serbia.")
    j = extract(text, gazetteer, published="2024-05-09")
    legs = [(j.places[g.from_].name, j.places[g.to].name) for g in j.legs]
    assert ("Serbia", "France") not in legs and ("Belgrade", "France") not in legs


def test_a_visit_retold_after_the_next_stop_is_no_trip_back(gazetteer):
    """"Araghchi arrived in Baghdad on Sunday ... Following his visit to Iraq, Araghchi will head to Muscat. ...
    Araghchi's visit to Baghdad aims to discuss ...": the visit told again is the same, no leg Muscat -> Baghdad."""
    text = ("Iranian Foreign Minister Abbas Araghchi arrived in Baghdad at noon on Sunday. Following his visit to "
            "Iraq, Araghchi will head to the Omani capital, Muscat. On Saturday, an Iraqi source said that "
            "Araghchi's visit to Baghdad aims to discuss regional security.")
    j = extract(text, gazetteer, published="2024-10-13")
    assert [(j.places[g.from_].name, j.places[g.to].name) for g in j.legs] == [("Baghdad", "Muscat")]


def test_leaving_the_city_of_the_airport_arrived_at_is_leaving_that_stop(gazetteer):
    text = ("President Lula arrived at Hosea Kutako International Airport at around 11:30 a.m. Tuesday for a state "
            "visit. Lula will leave Windhoek on Wednesday afternoon.")
    j = extract(text, gazetteer, published="2025-07-08")
    assert [j.places[a.to].name for a in j.arrivals] == ["Hosea Kutako International Airport"]
    assert not j.legs


def test_places_passed_after_the_last_stop_with_nothing_after_are_where_it_went(gazetteer):
    """"left Dakar ... and travelled through Mauritania, Mali and Niger", and no later leg: the places it went
    through, in the order told, not dropped."""
    text = "The team left Dakar on November 2 and travelled through Mauritania, Mali, Niger, Libya and Egypt."
    assert [(a, b) for a, _, b in journey_of(text, gazetteer, "2024-12-01")] == [
        ("Dakar", "Mauritania"), ("Mauritania", "Mali"), ("Mali", "Niger"), ("Niger", "Libya"), ("Libya", "Egypt")]


def test_places_passed_before_a_later_leg_stay_on_it(gazetteer):
    text = ("The team left Dakar on November 2 and travelled through Mauritania and Mali. On November 20 it "
            "reached Niamey.")
    assert journey_of(text, gazetteer, "2024-12-01") == [("Dakar", ["Mauritania", "Mali"], "Niamey")]


def test_a_sentence_that_ends_where_the_journey_began_tells_what_came_before(gazetteer):
    """"Wang arrived in Mombasa ... Prior to arriving in Kenya, he visited Eritrea" (Xinhua): Eritrea, then
    Mombasa; the fronted phrase is as past as the clause it belongs to."""
    for opener in ("Prior to", "Before"):
        text = (f"Chinese Foreign Minister Wang Yi arrived in Mombasa on Wednesday. {opener} arriving in Kenya, he "
                f"visited Eritrea.")
        assert [(a, b) for a, _, b in journey_of(text, gazetteer, "2022-01-06")] == [("Eritrea", "Mombasa")], opener


def test_one_leg_told_twice_under_two_common_nouns_for_the_group_is_one_leg(gazetteer):
    text = ("A group of 143 Syrian refugees arrived in Cyprus in a boat which had sailed from the port of Mersin "
            "in southern Turkey, authorities said on Monday.\nThe refugees said they left Mersin on Saturday "
            "afternoon and were at sea for over 34 hours.\nSyrian refugees arriving in Cyprus usually plan to stay "
            "on the eastern Mediterranean island.")
    j = extract(text, gazetteer, published="2017-07-24")
    assert [(j.places[g.from_].name, j.places[g.to].name) for g in j.legs] == [("Mersin", "Cyprus")]


def test_a_summary_lists_places_before_the_first_one_told_come_before_it(gazetteer):
    """"will tour three West African countries, paying visits to Senegal, Ghana and Nigeria", then only Accra and
    Nigeria told one by one (Punch): Senegal comes first, not dropped."""
    text = ("German Chancellor Angela Merkel will on Wednesday tour three West African countries, paying visits to "
            "Senegal, Ghana and Nigeria. Then it's onto the Ghanaian capital of Accra to meet the president on "
            "Thursday. Finally, Merkel is to head to Nigeria on Friday.")
    assert [(a, b) for a, _v, b in journey_of(text, gazetteer, published="2018-08-25")] == [
        ("Senegal", "Accra"), ("Accra", "Nigeria")]


def test_a_list_told_again_in_the_same_order_is_the_tour_not_a_summary(gazetteer):
    """"Hu will also visit Liberia, Sudan, Zambia and Namibia" under the photo, then "a tour that will also take him
    to Liberia, Sudan, Zambia and Namibia" (Xinhua, 2007): the same list twice tells no other order, so it is the
    route after Yaounde, not a summary whose places are all dropped."""
    text = ("Hu Jintao arrived in Yaounde on Tuesday, the first stop of his Africa tour. Hu will also visit Liberia, "
            "Sudan, Zambia and Namibia. Hu met Paul Biya on Wednesday. Hu is on a tour that will also take him to "
            "Liberia, Sudan, Zambia and Namibia.")
    assert [(a, b) for a, _v, b in journey_of(text, gazetteer, published="2007-01-31")] == [
        ("Yaoundé", "Liberia"), ("Liberia", "Sudan"), ("Sudan", "Zambia"), ("Zambia", "Namibia")]


def test_home_of_a_traveller_named_by_its_people_is_their_country(gazetteer):
    """"PORT VILA, VANUATU, June 30 (ChinaMil) -- The 25th Chinese naval escort taskforce concluded its friendly visit
    to Vanuatu and set sail for home": the taskforce is the traveller past a dateline with a date in it, and home,
    with no start told, is China -- said so in the draft."""
    text = ("PORT VILA, VANUATU, June 30 (ChinaMil) -- The 25th Chinese naval escort taskforce concluded its friendly "
            "visit to Vanuatu and set sail for home on June 27, 2017.")
    j = extract(text, gazetteer, published="2017-06-30")
    assert [(leg.traveller, j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("The 25th Chinese naval escort taskforce", "Vanuatu", "China")]
    assert j.legs[0].inferred and "the country its name says" in j.legs[0].note


def test_a_stay_in_the_city_of_the_airport_just_reached_is_no_leg(gazetteer):
    """"arrived at Kennedy International Airport ... Mandela is scheduled to spend three days in New York, where he
    will ... then fly to Boston": the city is the airport's, one place on the journey, not a leg from it."""
    text = ("Nelson Mandela flew from Montreal and arrived at John F. Kennedy International Airport on Wednesday. "
            "Mandela is scheduled to spend three days in New York, then fly to Boston.")
    assert [(a, b) for a, _v, b in journey_of(text, gazetteer, published="1990-06-21")] == [
        ("Montréal", "John F Kennedy International Airport"), ("John F Kennedy International Airport", "Boston")]


def test_an_arrival_in_the_city_of_the_airport_just_landed_at_is_that_landing_told_again(gazetteer):
    """"arrived at John F. Kennedy International Airport in New York ... Mako apparently looked relieved to have safely
    arrived in New York" (Mainichi, 2021): the second arrival is the first told again, not a leg from the airport into
    town; a drive into town after the landing still is one."""
    text = ("Mako Komuro arrived at John F. Kennedy International Airport on Sunday, after departing from Tokyo's "
            "Haneda Airport. Mako looked relieved to have safely arrived in New York.")
    assert [(a, b) for a, _v, b in journey_of(text, gazetteer, published="2021-11-15")] == [
        ("Tokyo International Airport", "John F Kennedy International Airport")]
    drive = ("The president landed at Entebbe International Airport on Sunday. He then drove to Kampala.")
    assert [b for _a, _v, b in journey_of(drive, gazetteer, published="2021-11-15")][-1] == "Kampala"


def test_a_place_headed_to_before_returning_home_is_reached_and_left(gazetteer):
    """"on Sunday, he escaped the street fighting and headed to New York City, where he was scheduled to report to U.S.
    officials on his progress before returning to Beirut this week" (Time, 1985): New York is gone to, then left for
    Beirut, not a goal that the return makes the start."""
    text = ("Terry Waite was in Beirut on Friday. On Sunday, he headed to New York City, where he was scheduled to "
            "report to U.S. officials on his progress before returning to Beirut this week.")
    assert [(a, b) for a, _v, b in journey_of(text, gazetteer, published="1985-11-25")] == [
        ("Beirut", "New York City"), ("New York City", "Beirut")]


def test_a_summary_list_retold_by_dated_rows_at_arenas_orders_nothing(gazetteer):
    """Consequence of Sound (2018): "the 10-date itinerary includes stops in Los Angeles, Washington, DC,
    Philadelphia, New York, and Dallas", then dated rows "11/17 – Washington, DC @ Capital One Arena": the rows name
    the cities' arenas, which tell the cities again; the list is a summary, and the rows give the order."""
    text = ("Michelle Obama announced a book tour. The tour kicks off in Chicago on November 13th. The itinerary "
            "includes stops in Los Angeles, Washington, DC, Philadelphia, and Dallas.\n\n"
            "Book Tour Dates:\n\n11/13 – Chicago, IL @ United Center\n\n11/15 – Los Angeles, CA @ The Forum\n\n"
            "11/17 – Washington, DC @ Capital One Arena\n\n11/24 – Boston, MA @ TD Garden\n\n"
            "11/29 – Philadelphia, PA @ Wells Fargo Center\n")
    ends = [b for _a, _v, b in journey_of(text, gazetteer, published="2018-09-13")]
    assert ends[:4] == ["Los Angeles", "Capital One Arena", "Boston", "Wells Fargo Center"]


def test_a_voyage_that_went_back_to_its_port_did_not_reach_where_it_was_bound(gazetteer):
    """The Hindu (2016): "a Port Blair-bound passenger ship ... was asked to return to the Visakhapatnam Port", "after
    it left the Visakhapatnam Port on Tuesday evening": the ship turned back; Port Blair is where it was bound (a leg
    still to come, said so), and there is no leg from Port Blair back to Visakhapatnam."""
    text = ("After a long wait, a Port Blair-bound passenger ship belonging to the Shipping Corporation of India, "
            "stranded off the coast following a snag, was asked to return to Visakhapatnam Port for repairs. The "
            "vessel was held up for six hours after it left Visakhapatnam Port on Tuesday evening. The agents "
            "confirmed the decision to bring the ship back to Visakhapatnam for repairs.")
    j = extract(text, gazetteer, published="2016-09-29")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Visakhapatnam Port", "Port Blair")]
    assert "went back to Visakhapatnam Port before reaching Port Blair" in j.legs[0].note


def test_a_journey_told_as_going_on_goes_on_from_the_datelines_town(gazetteer):
    """Press (1966): "ALICE SPRINGS, January 12. Central Australia's passenger train, the Ghan, ... was like a deserted
    ship today. Only a handful of the original 110 passengers remain on board. The rest have continued to Adelaide by
    air": they went on from where the story is filed; an arrival not told as going on ("The rest flew to Adelaide")
    still has no start."""
    lead = ("ALICE SPRINGS, January 12. Central Australia's passenger train, the Ghan, was like a deserted ship today. "
            "Only a handful of the passengers remain on board. ")
    went_on = extract(lead + "The rest have continued to Adelaide by air.", gazetteer, published="1966-01-13")
    assert [(went_on.places[leg.from_].name, went_on.places[leg.to].name) for leg in went_on.legs] == [
        ("Alice Springs", "Adelaide")]
    assert "dateline" in went_on.legs[0].note
    flew = extract(lead + "The rest flew to Adelaide.", gazetteer, published="1966-01-13")
    assert flew.legs == []


def test_places_passed_before_entering_the_last_country_are_on_the_way_to_the_last_stop(gazetteer):
    """"Adam completed a 6,500 km journey from Britain's Wolverhampton to ... Makkah. Mohammed passed through the
    Netherlands, Germany ... and Jordan before entering Saudi Arabia" (Gulf Today): the countries told after the
    arrival are on the way to it, not stops after it; the one man is Adam Muhammad, "Mohammed" spelt another way;
    a "6,500 km journey from" is a journey, not a distance from."""
    text = ("British pilgrim Adam Muhammad arrived in Makkah on Sunday. He completed a 6,500 km journey from "
            "Wolverhampton to Makkah. Mohammed passed through the Netherlands, Germany, Hungary, Turkey and Jordan "
            "before entering Saudi Arabia.")
    assert journey_of(text, gazetteer, published="2022-06-27") == [
        ("Wolverhampton", ["The Netherlands", "Germany", "Hungary", "Turkey", "Jordan"], "Makkah")]


def test_stops_told_out_of_order_follow_the_trips_list_when_their_days_do(gazetteer):
    """"Obama will embark on a tour of Singapore, New Zealand, Australia and Japan starting Monday. His visit to Tokyo,
    the last leg of the four-nation tour, will take place on Sunday ... During his stay in New Zealand from Wednesday
    to Friday ... During a visit to Sydney ... on Friday and Saturday" (Kyodo): the route is the list's, and the
    last leg's Sunday does not push Sydney's Friday into the week after."""
    text = ("Former U.S. President Barack Obama will embark on a tour of Singapore, New Zealand, Australia and Japan "
            "starting Monday, his office announced Saturday.\nHis visit to Tokyo, the last leg of the four-nation "
            "tour, will take place on Sunday.\nObama will hold talks with Singaporean Prime Minister Lee Hsien Loong "
            "during his visit from Monday to Tuesday.\nDuring his stay in New Zealand from Wednesday to Friday, Obama "
            "will meet with Prime Minister Jacinda Ardern.\nDuring a visit to Sydney, Obama will meet Australian "
            "Prime Minister Malcolm Turnbull on Friday and Saturday before traveling to Japan the following day.")
    j = extract(text, gazetteer, published="2018-03-17")
    assert [(j.places[g.from_].name, j.places[g.to].name, g.arrive) for g in j.legs] == [
        ("Singapore", "New Zealand", "2018-03-21"), ("New Zealand", "Sydney", "2018-03-23"),
        ("Sydney", "Tokyo", "2018-03-25")]


def test_a_stop_over_with_a_hyphen_is_a_stopover(gazetteer):
    """"Harry, 13, left his father during a morning stop-over in South Africa" (Reuters): "stop-over" is how many
    papers spell a stopover; the plane passes through it on its way."""
    text = "Prince Charles flew from London to Mbabane on Wednesday after a morning stop-over in Johannesburg."
    assert journey_of(text, gazetteer, published="1997-10-29") == [("London", ["Johannesburg"], "Mbabane")]


def test_a_visit_before_travelling_on_comes_first(gazetteer):
    """"Chinese President Xi Jinping left Beijing Tuesday afternoon for a state visit to Finland before travelling to
    Florida, the United States for the China-U.S. presidents' meeting at Mar-a-Lago" (Xinhua): Finland, then Florida."""
    text = ("BEIJING, April 4 (Xinhua) -- Chinese President Xi Jinping left Beijing Tuesday afternoon for a state "
            "visit to Finland before travelling to Florida, the United States for the China-U.S. presidents' meeting.")
    assert [(a, b) for a, _v, b in journey_of(text, gazetteer, published="2017-04-04")] == [
        ("Beijing", "Finland"), ("Finland", "Florida")]


def test_a_planned_trip_that_ends_by_returning_home_began_there(gazetteer):
    # Reuters, 2023: "... before returning to Rome", told last: the visit set off from Rome (inferred, said)
    text = ("Pope Francis will make an official visit to Hungary April 28-30, the Vatican said on Monday. He will "
            "spend all three days in the capital, Budapest, and preside at an open-air Mass on Sunday, April 30, "
            "before returning to Rome.")
    j = extract(text, gazetteer, published="2023-02-27")
    assert [(j.places[g.from_].name, j.places[g.to].name) for g in j.legs] == [("Rome", "Budapest"),
                                                                             ("Budapest", "Rome")]
    assert j.legs[0].inferred and "went back to Rome" in j.legs[0].note


def test_a_day_trip_comes_back_the_same_day_to_where_it_was_made_from(gazetteer):
    # Yomiuri, 2025: the day trip to Luang Prabang comes back to Vientiane, which she leaves on Friday
    text = ("TOKYO — Princess Aiko left Haneda Airport in Tokyo on Monday for her visit to Laos. After arriving in "
            "Vientiane later in the day via Bangkok, Princess Aiko will pay a courtesy call to the president on "
            "Tuesday. On Thursday, the princess will make a day trip by train to the ancient city of Luang Prabang, "
            "where she will visit a children's hospital. She will depart from Vientiane on a commercial flight on "
            "Friday. She will return to Tokyo on Saturday.")
    j = extract(text, gazetteer, published="2025-11-17")
    legs = [(j.places[g.from_].name, j.places[g.to].name, g.depart, g.arrive) for g in j.legs]
    assert [leg[:2] for leg in legs] == [("Tokyo International Airport", "Vientiane"), ("Vientiane", "Luang Prabang"),
                                         ("Luang Prabang", "Vientiane"), ("Vientiane", "Tokyo")]
    assert legs[1][3] == legs[2][3] == "2025-11-20" and legs[3][2] == "2025-11-21"
    assert j.legs[2].inferred and "day trip" in j.legs[2].note
    # "a 10-day trip to" is no day trip
    text = "Tsai Ing-wen left Taipei on a 10-day trip to Guatemala. She will fly on to Belize on Monday."
    j = extract(text, gazetteer, published="2023-03-30")
    assert [(j.places[g.from_].name, j.places[g.to].name) for g in j.legs] == [("Taipei", "Guatemala"),
                                                                             ("Guatemala", "Belize")]


def test_day_trips_to_two_places_each_on_its_day(gazetteer):
    # The Independent, 1996: "and to El Salvador" goes on the list of day trips; "until Friday" ends a stay the
    # text gives no cue for and is no day of either trip
    text = ("The Pope arrived in Guatemala City on Monday. He will base himself in Guatemala until Friday, making day "
            "trips to Nicaragua on Wednesday and to El Salvador on Thursday.")
    j = extract(text, gazetteer, published="1996-02-05")
    assert [(j.places[g.from_].name, j.places[g.to].name, g.arrive) for g in j.legs] == [
        ("Guatemala City", "Nicaragua", "1996-02-07"), ("Nicaragua", "Guatemala City", "1996-02-07"),
        ("Guatemala City", "El Salvador", "1996-02-08"), ("El Salvador", "Guatemala City", "1996-02-08")]


def test_departed_for_a_place_then_left_from_it_arrives_there(gazetteer):
    # MENAFN, 2025: "departed for Jakarta ... From Jakarta, Albanese will travel to Rome": Jakarta is reached (from
    # a start the text does not give), then left
    text = ("Australian Prime Minister Anthony Albanese has kicked off his first overseas trip since securing "
            "re-election, heading to Indonesia for meetings with President Prabowo Subianto. Albanese departed for "
            "Jakarta on Wednesday evening. From Jakarta, Albanese will travel to Rome on Friday.")
    j = extract(text, gazetteer, published="2025-05-14")
    assert [(j.places[g.from_].name, j.places[g.to].name) for g in j.legs] == [("Jakarta", "Rome")]
    assert [(j.places[a.to].name, a.arrive) for a in j.arrivals] == [("Jakarta", "2025-05-14")]


def test_a_return_told_first_ends_the_trip_told_after_it(gazetteer):
    # BBC, 2002: the return to Rangoon "after a nine-day tour" is the end of the trip to Mandalay told next
    text = ("Aung San Suu Kyi returned to Rangoon on Sunday night after a nine-day tour during which she met local "
            "officials of her party in several towns. Crowds of people in Mandalay had filled the streets. The visit "
            "to Mandalay, 610 kilometres north of Rangoon, was highly symbolic.")
    j = extract(text, gazetteer, published="2002-07-01")
    assert [(j.places[g.from_].name, j.places[g.to].name, g.arrive) for g in j.legs] == [
        ("Yangon", "Mandalay", None), ("Mandalay", "Yangon", "2002-06-30")]
    assert j.legs[0].inferred and not j.arrivals


def test_a_countrys_visit_dates_the_city_in_it_told_just_before(gazetteer):
    # Xinhua, 2024: "attend the APEC meeting in Lima and pay a state visit to Peru from Nov. 13 to 17"
    text = ("BEIJING, Nov. 8 -- Chinese President Xi Jinping will attend the 31st APEC Economic Leaders' Meeting in "
            "Lima and pay a state visit to Peru from Nov. 13 to 17, a spokesperson announced on Friday. Xi will "
            "attend the 19th G20 Summit in Rio de Janeiro and pay a state visit to Brazil from Nov. 17 to 21.")
    j = extract(text, gazetteer, published="2024-11-08")
    assert [(j.places[a.to].name, a.arrive) for a in j.arrivals] == [("Lima", "2024-11-13")]
    assert [(j.places[g.from_].name, j.places[g.to].name, g.arrive) for g in j.legs] == [
        ("Lima", "Rio de Janeiro", "2024-11-17")]


def test_a_dateline_lead_setting_off_for_a_list_of_nations_starts_at_the_dateline(gazetteer):
    # NNN-PTI, 2024: the lead names the tour's countries after "three African nations"; the body dates each
    text = ("NEW DELHI, Oct 13 (NNN-PTI) – President of India, Droupadi Murmu, today left for a seven-day visit to "
            "three African nations, Algeria, Mauritania and Malawi, confirmed an official at her secretariat.\n\n"
            "This is Murmu's first visit to the three African nations.\n\n"
            "During her visit, the president will hold bilateral meetings.\n\n"
            "President Murmu will visit Algeria, from today, Oct 13 to 15.\n\n"
            "On the second leg of her visit, the Indian president will visit Mauritania on Oct 16.\n\n"
            "Thereafter, she would visit Malawi from Oct 17 to 19.")
    j = extract(text, gazetteer, published="2024-10-13")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("New Delhi", "Algeria"), ("Algeria", "Mauritania"), ("Mauritania", "Malawi")]


def test_a_dateline_lead_bound_for_a_region_starts_at_the_dateline_and_an_earlier_tour_adds_no_start(gazetteer):
    # EFE, 2014: the region the trip is to is no stop, so it does not keep the dateline from being the start;
    # "where he had his first meeting ... in California" goes on telling last year's tour
    text = ("BEIJING – Chinese President Xi Jinping will embark next week on a trip to Latin America that will "
            "include visits to Brazil, Argentina, Venezuela and Cuba, the ministry said on Monday.\n"
            "President Xi will first go to Brazil, where he will attend the BRICS summit in the northeastern city of "
            "Fortaleza.\n"
            "After the summit, Xi is expected to travel to Argentina, Venezuela and Cuba.\n"
            "Last year, Xi traveled to Costa Rica, Mexico, and Trinidad and Tobago before heading to the U.S., where "
            "he had his first meeting with President Barack Obama in California.")
    j = extract(text, gazetteer, published="2014-07-07")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Beijing", "Fortaleza"), ("Fortaleza", "Argentina"), ("Argentina", "Venezuela"), ("Venezuela", "Cuba")]


def test_the_visits_a_tour_includes_are_its_stops_before_where_it_goes_after(gazetteer):
    # Egypt Independent, 2019; and a list of goals that is no tour's stops stays unordered
    text = ("Egyptian President Abdel Fattah al-Sisi began an African tour on Sunday, which includes visits to "
            "Guinea, Cote d’Ivoire and Senegal, after which he will leave to the US.")
    j = extract(text, gazetteer, published="2019-04-07")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Guinea", "Ivory Coast"), ("Ivory Coast", "Senegal"), ("Senegal", "United States")]


def test_where_a_journey_told_only_by_its_start_has_taken_the_traveller_since(gazetteer):
    # BBC, 2022: a walk from Land's End
    text = ("\"The first place I stopped, it was an elderly couple who lived on a road leading up from Land's End on "
            "the north coast of Cornwall,\" he said.\n"
            "Starting on 12 September and walking 20 miles a day, his trek has taken him through Hayle in Cornwall, "
            "Yeovil in Somerset and Basingstoke in Hampshire.")
    j = extract(text, gazetteer, published="2022-09-27")
    assert [(j.places[leg.from_].name, j.places[leg.to].name, leg.mode) for leg in j.legs] == [
        ("Land's End", "Hayle", "foot"), ("Hayle", "Yeovil", "foot"), ("Yeovil", "Basingstoke", "foot")]


def test_going_home_after_a_return_told_to_that_country_adds_no_leg_back(gazetteer):
    # AP, 2000: home is Cuba, where the flight went, not Washington where the journey began
    text = ("CUBAN BOY: Farewell, Elian\n\nElian returns to Cuba\n\nWASHINGTON - With a wave and a shy smile, Elian "
            "Gonzalez said goodbye to America on Wednesday, ending a seven-month saga.\n\nAfter the Supreme Court "
            "declined to intervene, Elian Gonzalez boarded a plane at Washington Dulles International Airport with "
            "his father for the three-hour flight to Havana.\n\nElian's family was huddled around a television set "
            "when they heard the news they were going home.")
    assert journey_of(text, gazetteer, "2000-06-29") == [("Washington Dulles International Airport", [], "Havana")]


def test_stops_made_after_leaving_are_where_the_journey_went(gazetteer):
    """"The hospital ship ... departed Norfolk on Oct. 19. During its deployment, the floating hospital made stops in
    Guatemala, Honduras, Colombia, the Dominican Republic and Haiti" (Stars and Stripes, 2022): those are its stops,
    in the order told, not stopovers with no leg to hang on."""
    text = ("The hospital ship departed Norfolk, Virginia, on Oct. 19. During its deployment, the floating hospital "
            "made stops in Guatemala, Honduras, Colombia, the Dominican Republic and Haiti, providing humanitarian "
            "assistance.")
    j = extract(text, gazetteer, published="2022-12-20")
    assert [j.places[leg.to].name for leg in j.legs] == ["Guatemala", "Honduras", "Colombia", "Dominican Republic",
                                                         "Haiti"]


def test_a_stopover_told_twice_is_on_the_leg_once(gazetteer):
    # Samaa, 2025: "The team traveled from Johannesburg via Dubai and reached Lahore ... The squad, which traveled
    # via a private airline from Dubai to Allama Iqbal International Airport"
    text = ("South African cricket team has arrived in Lahore to participate in the Champions Trophy. The team "
            "traveled from Johannesburg via Dubai and reached Lahore under tight security. The New Zealand squad "
            "traveled via a private airline from Dubai to Allama Iqbal International Airport.")
    vias = [via for _a, via, _b in journey_of(text, gazetteer, "2025-02-07")]
    assert ["Dubai"] in vias and all(len(v) == len(set(v)) for v in vias)


def test_a_dated_arrival_told_after_at_the_place_the_journey_left_came_before_it(gazetteer):
    # Shanghaiist, 27 March 2018: the lead says the train left Beijing; the body how it got there the day before
    text = ("Just as suddenly as it arrived, a mysterious green train has left Beijing, heading back to Pyongyang. "
            "The special, high-security train pulled into the Beijing railway station yesterday and was met by an "
            "honor guard.")
    j = extract(text, gazetteer, published="2018-03-27")
    legs = [(j.places[leg.from_].name if leg.from_ else None, j.places[leg.to].name) for leg in j.legs]
    assert ("Pyongyang", "Beijing") not in legs
    assert ("Beijing", "Pyongyang") in legs
    assert [(j.places[a.to].name, a.arrive) for a in j.arrivals] == [("Beijing", "2018-03-26")]


def test_a_leg_told_again_into_the_citys_airport_is_that_leg(gazetteer):
    # TVC News, 11 May 2018: the lead tells the return to Abuja, the body the landing at Abuja's airport
    text = ("President Muhammadu Buhari has returned to Abuja after a three-day medical trip to the United Kingdom. "
            "Buhari departed Nigeria on Tuesday and was billed to return on Saturday. The presidential jet that "
            "conveyed him from the British capital landed at the Nnamdi Azikiwe International Airport, Abuja about "
            "6.45pm.")
    j = extract(text, gazetteer, published="2018-05-11")
    legs = [(j.places[leg.from_].name, j.places[leg.to].name, leg.depart, leg.arrive) for leg in j.legs]
    assert legs == [("Nigeria", "London", "2018-05-08", None), ("London", "Abuja", None, "2018-05-11")]


def test_a_site_visited_in_a_town_on_the_tour_is_that_stop_not_one_more(gazetteer):
    # BBC, 2006: the tour's list, then what the Blairs will do in Canberra
    text = ("Tony Blair has arrived in Melbourne. He will travel to Canberra and then to New Zealand and Indonesia. "
            "In Canberra, Mr and Mrs Blair will visit the Australian War Memorial and lay a wreath.")
    ends = [b for _a, _via, b in journey_of(text, gazetteer, "2006-03-25")]
    assert ends[-1] == "Indonesia" and "Australian War Memorial" not in ends


def test_two_sites_of_one_town_are_two_stops(gazetteer):
    # Daily Mail, 2002: from the docks to the museum, both placed at Falmouth's point; the town and a site in it
    # stay one stop
    text = ("The Queen arrived at Falmouth Docks after an overnight journey from London. A car took her to Falmouth's "
            "National Maritime Museum.")
    legs = [(a, b) for a, _via, b in journey_of(text, gazetteer, "2002-05-01")]
    assert legs == [("London", "Falmouth Docks"), ("Falmouth Docks", "National Maritime Museum")]
    text = "The Queen flew from London to Falmouth. A car took her to Falmouth's National Maritime Museum."
    assert [(a, b) for a, _via, b in journey_of(text, gazetteer, "2002-05-01")] == [("London", "Falmouth")]


def test_a_leg_to_a_site_placed_by_a_guess_says_so(gazetteer):
    text = ("The Queen arrived at Falmouth Docks after an overnight journey from London. A car took her to the "
            "National Maritime Museum.")
    j = extract(text, gazetteer, published="2002-05-01")
    by_end = {j.places[leg.to].name: leg for leg in j.legs}
    museum = by_end["National Maritime Museum"]
    assert museum.inferred and museum.confidence <= 0.5 and "a guess" in museum.note
    assert "placed at Falmouth Docks" in museum.note
    assert "a guess" not in by_end["Falmouth Docks"].note  # named by its town: no guess


def test_a_visit_begun_in_a_country_lands_in_a_town_of_it(gazetteer):
    """"Pope Benedict XVI on Friday began a three-day visit to Cyprus ... landed at 2 pm at the airport in the
    seaside resort city of Paphos" (DPA, 2010): the visit is begun where he landed, Paphos, on Friday; not a leg
    from the island to a town on it, and not nothing."""
    text = ("Pope Benedict XVI on Friday began a three-day visit to Cyprus. The Alitalia plane transporting the "
            "pontiff landed at the airport in the seaside resort city of Paphos.")
    j = extract(text, gazetteer, published="2010-06-05")
    assert not j.legs
    assert [(j.places[a.to].name, a.arrive) for a in j.arrivals] == [("Paphos", "2010-06-04")]


def test_where_they_had_arrived_from_goes_before_coming_from_there(gazetteer):
    """"The Turks came from the Ethiopian capital Addis Ababa, where they had arrived overland from the Sudanese
    capital Khartoum" (Reuters, 2023): Khartoum, Addis Ababa, then Istanbul -- and "where" is Addis Ababa, not the
    airport the story is at."""
    text = ("More than 100 people arrived by plane at Istanbul Airport on Wednesday. The Turks came from the "
            "Ethiopian capital Addis Ababa, where they had arrived overland from the Sudanese capital Khartoum.")
    j = extract(text, gazetteer, published="2023-04-26")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Khartoum", "Addis Ababa"), ("Addis Ababa", "Istanbul Airport")]


def test_the_last_leg_told_again_in_detail_is_that_leg(gazetteer):
    """"Grande had traveled Tuesday from England alongside her mother back to Boca Raton ... a private jet arriving
    at Boca Raton ... on Tuesday from Birmingham, England, after a brief stop in Wilmington" (AFP, 2017): one flight,
    told twice; not England to Boca Raton and then a second trip from Birmingham."""
    text = ("Pop star Ariana Grande has flown back to her home in Florida after a suicide attack at her concert in "
            "Manchester killed 22 people, reports said Wednesday. Celebrity site E! News said Grande had traveled "
            "Tuesday from England alongside her mother back to Boca Raton, Florida, where she grew up. Publicly "
            "available flight data showed a private jet arriving at Boca Raton at 12:45 pm (1645 GMT) on Tuesday "
            "from Birmingham, England, after a brief stop in Wilmington, North Carolina.")
    j = extract(text, gazetteer, published="2017-05-24")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Birmingham", "Wilmington"), ("Wilmington", "Boca Raton")]
    assert j.legs[0].depart == "2017-05-23" and "Does not start where" not in (j.legs[0].note or "")


def test_a_county_told_first_is_refined_by_the_town_in_it_told_after(gazetteer):
    # Moov Africa, 2017: "travelled from London to Norfolk by train", then "from London King's Cross to King's Lynn"
    text = ("The Queen travelled from London to Norfolk by train. The couple travelled first class on the service "
            "from London King's Cross to King's Lynn.")
    j = extract(text, gazetteer, published="2017-12-21")
    assert [(j.places[leg.from_].name, j.places[leg.to].name, leg.mode) for leg in j.legs] == [
        ("London", "King's Lynn", "train")]
    assert not [u for u in j.unsure if "Norfolk" in u.message]


def test_a_stopover_after_a_region_of_the_world_is_where_the_leg_begins(gazetteer):
    # MercoPress, 2023: Lacalle in Antarctica "is expected to return to Montevideo around midnight Wednesday after a
    # stopover in Punta Arenas, Chile"
    text = ("President Luis Lacalle Pou spent Tuesday in Antarctica. Weather permitting, Lacalle is expected to return "
            "to Montevideo around midnight Wednesday after a stopover in Punta Arenas, Chile.")
    j = extract(text, gazetteer, published="2023-12-20")
    assert ("Punta Arenas", "Montevideo") in [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs]
    assert all(j.places[k].name != "Antarctica" for leg in j.legs for k in (leg.from_, leg.to, *leg.via))


def test_a_departure_told_after_the_arrival_it_led_to_goes_before_it(gazetteer):
    # Catholic News Agency, 2024: "the first pontiff to visit the French island of Corsica. He landed at Napoleon
    # Bonaparte Airport in Ajaccio ... Before departing from the Vatican, the Holy Father took a moment to greet"
    text = ("Pope Francis made history on Sunday by becoming the first pontiff to visit the French island of Corsica. "
            "He landed at Napoleon Bonaparte Airport in Ajaccio shortly before 9 a.m. local time. Before departing "
            "from the Vatican, the Holy Father took a moment to greet a group of homeless men and women. The day "
            "concluded with a meeting with French President Emmanuel Macron, after which the Pope returned to Rome.")
    j = extract(text, gazetteer, published="2024-12-15")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Vatican", "Ajaccio"), ("Ajaccio", "Rome")]


def test_a_plan_that_goes_on_to_a_place_starts_from_the_visit_planned_before_it(gazetteer):
    # AFP, 2002: "a three-day visit to Moscow that begins today ... He is due to travel on to the Ukrainian capital
    # Kiev on Wednesday"
    text = ("MOSCOW -- (AFP) -- Brazilian President Fernando Henrique Cardoso will discuss trade and space cooperation "
            "during a three-day visit to Moscow that begins today, Russian media reported. He is due to travel on to "
            "the Ukrainian capital Kiev on Wednesday for a two-day visit.")
    assert [(f, t) for f, _, t in journey_of(text, gazetteer, published="2002-01-13")] == [("Moscow", "Kyiv")]


def test_a_visit_that_another_will_follow_comes_before_it(gazetteer):
    # ZWNews, 2018: "will on 9th April 2018 pay an official visit to Harare ... This visit will immediately follow His
    # Excellency’s working visit to Windhoek, which will take place on the morning of 9th April 2018"
    text = ("President Mokgweetsi Masisi will pay an official visit to Harare on 9th April 2018. This visit will "
            "immediately follow his working visit to Windhoek, which will take place on the morning of 9th April 2018.")
    assert [(f, t) for f, _, t in journey_of(text, gazetteer, published="2018-04-08")] == [("Windhoek", "Harare")]


def test_a_return_told_first_wrapping_up_a_trip_ends_the_trip_told_after_it(gazetteer):
    # KBS, 2018: "North Korea's art troupe headed back to Pyongyang on Monday, wrapping up its six-day trip ... The
    # orchestra performed at the Gangneung Arts Center in Gangneung on Thursday and at the National Theater of Korea
    # in Seoul on Sunday"
    text = ("The orchestra headed back to Pyongyang on Monday, wrapping up its six-day trip. The orchestra performed "
            "in Gangneung on Thursday and in Seoul on Sunday.")
    j = extract(text, gazetteer, published="2018-02-12")
    assert [(j.places[leg.from_].name, j.places[leg.to].name, leg.arrive) for leg in j.legs] == [
        ("Pyongyang", "Gangneung", "2018-02-08"), ("Gangneung", "Seoul", "2018-02-11"),
        ("Seoul", "Pyongyang", "2018-02-12")]


def test_home_is_the_country_whose_title_the_traveller_bears(gazetteer):
    # The Canadian Press (via Darpan), 2023: "Canada's PM Trudeau finally heading home from India"
    j = extract("Canada's Prime Minister Justin Trudeau left New Delhi on Tuesday after two days of delays. Trudeau "
                "is finally heading home.", gazetteer, published="2023-09-12")
    assert ("New Delhi", "Canada") in [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs]
    j = extract("Kenyan President Uhuru Kenyatta left Washington on Friday and flew home.", gazetteer,
                published="2018-08-31")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [("Washington", "Kenya")]


def test_a_trip_that_had_taken_the_traveller_elsewhere_goes_on_from_there_inferred(gazetteer):
    # China Daily, 2009: "Obama started his China visit Sunday night from Shanghai ... China was the third leg of
    # Obama's Asian trip, which had taken him to Japan and Singapore"
    text = ("US President Barack Obama started his China visit Sunday night from Shanghai and arrived in Beijing "
            "Monday afternoon. China "
            "was the third leg of Obama's Asian trip, which had taken him to Japan and Singapore, where he attended "
            "the APEC summit.")
    j = extract(text, gazetteer, published="2009-11-18")
    legs = [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs]
    assert legs == [("Japan", "Singapore"), ("Singapore", "Shanghai"), ("Shanghai", "Beijing")]
    assert j.legs[1].inferred and "had taken Barack Obama to Singapore" in j.legs[1].note


def test_a_return_after_visits_to_a_list_ends_the_trip_and_a_car_named_at_home_does_not_cross_the_ocean(gazetteer):
    # The Peninsula (Qatar), 2017: "The Emir returned to Qatar after successful visits to Turkey, Germany, France and
    # the US ... His Highness the Emir got down from his car to acknowledge the cheers"
    text = ("Thousands of Qatar residents lined up the Doha Corniche yesterday evening to welcome the Emir Sheikh "
            "Tamim bin Hamad al-Thani home. The Emir returned to Qatar after successful visits to Turkey, Germany, "
            "France and the US. At many points along the route, the Emir got down from his car to greet the crowd.")
    j = extract(text, gazetteer)
    legs = [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs]
    assert legs == [("Qatar", "Turkey"), ("Turkey", "Germany"), ("Germany", "France"), ("France", "United States"),
                    ("United States", "Qatar")]
    assert "car" not in {leg.mode for leg in j.legs[3:]}


def test_a_lead_that_sets_off_for_a_country_whose_city_is_named_later_starts_at_the_dateline(gazetteer):
    # Malay Mail (Bernama), 2019: "SEPANG, Aug 18 — Yang di-Pertuan Agong ... left for Brunei today for a three-day
    # state visit. ... The special aircraft bringing the Royal couple to Bandar Seri Begawan took off ..."
    text = ("SEPANG, Aug 18 — Yang di-Pertuan Agong Al-Sultan Abdullah left for Brunei today for a three-day state "
            "visit.\n\nHis Majesty was accompanied by the Raja Permaisuri Agong.\n\nThis is His Majesty’s first "
            "official visit to the kingdom.\n\nThe special aircraft bringing the Royal couple to Bandar Seri Begawan "
            "took off at 10.55am.")
    j = extract(text, gazetteer, published="2019-08-18")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Sepang", "Bandar Seri Begawan")]
    assert j.legs[0].inferred and "dateline" in j.legs[0].note


def test_a_lead_that_sets_off_within_the_datelines_country_starts_at_the_dateline(gazetteer):
    # New Indian Express, 2014: "BHUBANESWAR: Chief Minister Naveen Patnaik will leave for Delhi on a week-long
    # visit, starting on Thursday."
    j = extract("BHUBANESWAR: Chief Minister Naveen Patnaik will leave for Delhi on a week-long visit, starting on "
                "Thursday.", gazetteer, published="2014-05-27")
    assert [(j.places[leg.from_].name, j.places[leg.to].name, leg.inferred) for leg in j.legs] == [
        ("Bhubaneswar", "Delhi", True)]


def test_a_return_after_a_visit_to_a_counted_list_of_nations_ends_a_tour_of_them_in_turn(gazetteer):
    # People's Daily, 2001: "Chinese Premier Zhu Rongji returned to Beijing Tuesday afternoon after an official visit
    # to five Asian nations -- Pakistan, Nepal, Maldives, Sri Lanka and Thailand."
    j = extract("Chinese Premier Zhu Rongji returned to Beijing Tuesday afternoon after an official visit to five "
                "Asian nations -- Pakistan, Nepal, Maldives, Sri Lanka and Thailand.", gazetteer,
                published="2001-05-22")
    assert [j.places[leg.to].name for leg in j.legs] == ["Pakistan", "Nepal", "Maldives", "Sri Lanka", "Thailand",
                                                          "Beijing"]


def test_a_route_told_only_by_the_places_it_went_through_goes_from_one_to_the_next(gazetteer):
    # Great Yarmouth Mercury, 2018: "The convoy gathered at Pages Farm on Scratby Road before heading out through
    # Hemsby, Martham, Repps, Potter Heigham, Sutton, Stalham, Catfield, Ludham ..." (the gazetteer's only Sutton
    # near enough to be read is the London borough: not drawn, and said)
    text = ("A fundraising tractor run took 50 farm vehicles on a tour of east Norfolk villages. The convoy gathered "
            "at Pages Farm before heading out through Hemsby, Martham, Potter Heigham, Sutton, Stalham and Ludham.")
    j = extract(text, gazetteer, published="2018-11-14")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Hemsby", "Martham"), ("Martham", "Potter Heigham"), ("Potter Heigham", "Stalham"), ("Stalham", "Ludham")]
    assert any("Sutton" in u.message and "far off the way" in u.message for u in j.unsure)


def test_a_visit_told_before_a_return_is_where_the_traveller_went_back_from(gazetteer):
    text = ("The president, who was on a state visit to Peru, laid a wreath at the cathedral in Lima. Protests "
            "followed. The president cut short his trip and returned to Seoul the next day.")
    j = extract(text, gazetteer, published="2025-06-04")
    pairs = [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs]
    assert ("Lima", "Seoul") in pairs
    assert ("Seoul", "Lima") in pairs and next(leg for leg in j.legs if j.places[leg.from_].name == "Seoul").inferred
    assert "Peru" not in {n for p in pairs for n in p}


def test_a_long_leg_through_towns_passed_is_a_drive_of_short_hops(gazetteer):
    text = ("The rally cars drove from Lisbon to Madrid on Monday. Other major towns passed were Barcelona, Lyon, "
            "Munich, Vienna and Budapest, to the finish in Istanbul.")
    j = extract(text, gazetteer, published="1993-05-20")
    last = j.legs[-1]
    assert (j.places[last.from_].name, j.places[last.to].name) == ("Madrid", "Istanbul")
    assert [j.places[v].name for v in last.via] == ["Barcelona", "Lyon", "Munich", "Vienna", "Budapest"]
    assert last.mode == "car" and last.inferred


def test_the_first_stop_told_again_after_the_tours_list_is_no_return_to_it(gazetteer):
    # Time, 1961: "he took leave from his Djakarta palace ... to fly off on a three-month junket ... to Thailand,
    # South America, Europe, Moscow and Washington. At his first stop, Thailand, ..." -- not Washington -> Thailand
    j = extract("Last week President Sukarno flew from Djakarta to Thailand, Moscow and Washington.\n\nAt his first "
                "stop, Thailand, the King and Queen welcomed him.", gazetteer, published="1961-04-28")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Jakarta", "Thailand"), ("Thailand", "Moscow"), ("Moscow", "Washington")]


def test_a_trip_told_as_leaving_from_several_places_has_a_leg_from_each(gazetteer):
    # Greek Reporter, 2015: "More than 6,500 refugees arrived on Sunday at Piraeus port from the islands of Mytilene,
    # Chios and Samos" -- three crossings to Piraeus; "migrants from Venezuela and Colombia" is still where they are
    # from, not where a trip left
    j = extract("More than 6,500 refugees arrived on Sunday at Piraeus port from the islands of Mytilene, Chios and "
                "Samos, Greece.", gazetteer, published="2015-11-16")
    assert sorted((j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs) == [
        ("Chios", "Piraeus"), ("Mytilene", "Piraeus"), ("Samos", "Piraeus")]
    assert all("several places" in leg.note for leg in j.legs if j.places[leg.from_].name != "Mytilene")
    j = extract("Migrants from Venezuela and Colombia reached Panama on Monday.", gazetteer, published="2015-11-16")
    assert [j.places[leg.from_].name for leg in j.legs] == []


def test_leaving_two_towns_at_once_is_two_trips_to_where_they_go(gazetteer):
    # Hindustan Times, 2021: "The palkhis of Sant Tukaram and Sant Dnyaneshwar left Dehu and Alandi on Monday morning
    # ... and reached Pandharpur in the afternoon" -- one from each
    j = extract("The palkhis left Dehu and Alandi on Monday morning and reached Pandharpur in the afternoon. On "
                "Tuesday they walked on to Solapur.", gazetteer, published="2021-07-19")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Dehu", "Pandharpur"), ("Alandi", "Pandharpur"), ("Pandharpur", "Sholapur")]  # beside the first, in order


def test_places_gone_to_respectively_are_each_a_trip_from_the_same_start(gazetteer):
    # Manawatu Standard, 1932: "the 'planes ACY. and A.O.M. left for Gisborne and Auckland respectively" -- one to
    # each, not Gisborne then Auckland
    j = extract("The mail planes left Palmerston North at noon for Gisborne and Auckland respectively.", gazetteer,
                published="1932-12-24")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Palmerston North", "Gisborne"), ("Palmerston North", "Auckland")]
    assert "each on its own" in j.legs[1].note


def test_a_titled_dateline_with_a_dash_and_a_tour_started_there_is_where_the_tour_leaves(gazetteer):
    # Angop (Angola Press), 2018: "Luanda — Foreign Minister Manuel Augusto will start Tuesday a tour of four
    # countries ... left early this afternoon for Port-Louis (Mauritius)" -- the tour leaves the dateline's town
    j = extract("Luanda — Foreign Minister Manuel Augusto will start Tuesday a tour of four countries. The minister "
                "left early this afternoon for Port Louis to deliver a letter.", gazetteer, published="2018-10-02")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [("Luanda", "Port Louis")]


def test_home_is_the_country_that_titles_the_traveller_even_across_a_comma(gazetteer):
    # Daily News (Tanzania), 2021: "Uganda's President, Yoweri Museveni has arrived in Dar es Salaam ... President
    # Museveni will conclude his visit and ... return home"; Irish Times, 1996: "ZAIRE's veteran president, Mr Mobutu
    # Sese Seko, returned home"
    j = extract("Uganda's President, Yoweri Museveni has arrived in Dar es Salaam on Saturday. Thereafter, President "
                "Museveni will conclude his visit and return home.", gazetteer, published="2021-11-27")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [("Dar es Salaam", "Uganda")]


def test_two_countries_a_trip_is_for_then_told_one_by_one_are_a_summary_from_its_start(gazetteer):
    """"scheduled to leave the island Wednesday afternoon for visits to the United States and the United Kingdom",
    then Boston first and the UK after (Gleaner, 2022): two countries told again in detail summarise the trip; the
    legs run from where it starts through the places told one by one, not through the summary's order."""
    text = ("President Ruto left Nairobi on Monday for visits to Germany and France. He first went to Berlin. He "
            "then travelled to Paris.")
    assert [(a, b) for a, _v, b in journey_of(text, gazetteer, published="2022-09-14")] == [
        ("Nairobi", "Berlin"), ("Berlin", "Paris")]


def test_new_places_told_on_the_way_on_to_a_stop_already_told_go_before_it(gazetteer):
    # ABC, 2006: "The baton will travel from Alice Springs to Darwin ... It will then head north to Tennant Creek and
    # Katherine, then on to Darwin" -- the leg to Darwin told in detail, not a second trip from Darwin back to it
    j = extract("The Commonwealth Games baton arrives in the Northern Territory today. The baton will travel from "
                "Alice Springs to Darwin. The baton leaves Mount Isa this morning, on a plane bound for Alice "
                "Springs. It will then head north to Tennant Creek and Katherine, then on to Darwin.", gazetteer,
                published="2006-02-06")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Mount Isa", "Alice Springs"), ("Alice Springs", "Tennant Creek"), ("Tennant Creek", "Katherine"),
        ("Katherine", "Darwin")]
    # ... but a tour that goes on from the last stop and comes to it again is told in its order
    j = extract("The baton travelled from Alice Springs to Darwin. It then went to Katherine and Tennant Creek, and "
                "flew to Darwin.", gazetteer, published="2006-02-06")
    assert [j.places[leg.to].name for leg in j.legs] == ["Darwin", "Katherine", "Tennant Creek", "Darwin"]


def test_a_place_reached_then_left_in_one_sentence_goes_on_the_way_to_the_end_told_first(gazetteer):
    # Reuters, 2015: "finally reaching land in Italy ... 'I left Nigeria ... I took a ship to Libya and from Libya I
    # decided to ship to Italy'" -- Libya is on the way, not a start with no leg into it, nor a trip back from Italy
    j = extract("Hundreds of African migrants plucked from a rubber boat continue their journey, finally reaching land "
                "in Italy. \"I left Nigeria because of the crisis of Boko Haram. That is the reason I took a ship to "
                "Libya and from Libya I decided to ship to Italy,\" he said.", gazetteer, published="2015-08-09")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Nigeria", "Libya"), ("Libya", "Italy")]
    j = extract("\"I left Nigeria because of Boko Haram. I took a ship to Libya and from Libya I decided to ship to "
                "Italy,\" he said.", gazetteer, published="2015-08-09")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Nigeria", "Libya"), ("Libya", "Italy")]


def test_a_far_island_of_a_small_territory_is_a_stop_of_its_own_not_a_town_in_the_country(gazetteer):
    # Shipping Today & Yesterday: "a departure from Cape Town on 7th May on the five day voyage to the island of St.
    # Helena, followed by a shuttle to Ascension" -- Saint Helena (the territory's name) and Ascension, 1,300 km apart
    j = extract("The ship left Cape Town on 7th May on the voyage to the island of St. Helena, followed by a shuttle "
                "to Ascension.", gazetteer, published="2016-07-20")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Cape Town", "Saint Helena"), ("Saint Helena", "Ascension")]
    # ... while a country and a town in it stay one stop
    j = extract("The president flew to Pakistan on Monday and reached Islamabad at noon.", gazetteer,
                published="2016-07-20")
    assert [j.places[a.to].name for a in j.arrivals] + [j.places[leg.to].name for leg in j.legs] == ["Islamabad"]


def test_a_trip_to_a_list_of_places_and_no_other_travel_goes_in_list_order(gazetteer):
    # AP, 2016: "during their five-day trip to Montreal, Chicago and New York" -- the story tells no other travel;
    # two places listed, or a list beside travel told elsewhere, still set no order
    j = extract("Khan and his delegation were focused on business during their five-day trip to Montreal, Chicago and "
                "New York.", gazetteer, published="2016-09-16")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Montréal", "Chicago"), ("Chicago", "New York City")]
    j = extract("Khan was focused on business during his trip to Montreal and Chicago.", gazetteer,
                published="2016-09-16")
    assert not j.legs


def test_a_city_told_apart_in_a_country_of_the_trips_only_list_takes_the_countrys_place(gazetteer):
    # Bernama, 2024: "returned to Malaysia today after completing visits to Egypt, Saudi Arabia, Peru and Brazil", then
    # "At the Extraordinary Arab and Islamic Summit in Riyadh, Anwar called on ..."
    j = extract("Anwar Ibrahim returned to Malaysia today after completing visits to Egypt, Saudi Arabia, Peru and "
                "Brazil.\nAt the Extraordinary Arab and Islamic Summit in Riyadh, Anwar called for a consensus.",
                gazetteer, published="2024-11-20")
    stops = [j.places[leg.to].name for leg in j.legs]
    assert stops[:4] == ["Egypt", "Riyadh", "Peru", "Brazil"]


def test_an_arrival_told_again_with_the_place_it_came_through_comes_from_there(gazetteer):
    # Daily Trust, 2023: "Kwankwaso ... arrived in Kano to a huge crowd", then "Kwankwaso's return to Kano via Kaduna
    # where he concluded his campaign on Wednesday"
    j = extract("Kwankwaso arrived in Kano to a huge crowd on Thursday. His return to Kano via Kaduna was a "
                "homecoming.", gazetteer, published="2023-02-23")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [("Kaduna", "Kano")]


def test_a_voyage_told_again_from_its_country_goes_on_from_the_last_stop(gazetteer):
    # Inside Logistics, 2014: "departed from the Port of Piraeus in Greece on November 18, 2014, with a port of call in
    # the Port of Funchal ... The approximately 9,375-kilometre journey saw the vessel sail from Greece across the
    # Mediterranean Sea, through the Strait of Gibraltar, and arrive in Saint John."
    j = extract("The MV Canada2014 departed from the Port of Piraeus in Greece on November 18, 2014, with a port of "
                "call in the Port of Funchal on November 23, 2014. The journey saw the vessel sail from Greece "
                "across the Mediterranean Sea and arrive in Saint John.", gazetteer, published="2014-12-05")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Piraeus", "Funchal"), ("Funchal", "Saint John")]


def test_a_plans_en_route_goal_is_its_next_stop_in_the_order_told(gazetteer):
    # SAnews, 2009: "is due to leave ... Zurich, Switzerland, on Thursday, en route to Cairo, Egypt. It will wrap up
    # its African tour in Cape Town on 2 December 2009" -- Cairo comes before Cape Town, not after it
    text = ("The trophy is due to leave Zurich on Thursday, en route to Cairo. It will wrap up its African tour in "
            "Cape Town on 2 December 2009.")
    j = extract(text, gazetteer, published="2009-09-22")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Zürich", "Cairo"), ("Cairo", "Cape Town")]


def test_an_unnamed_traveller_is_the_group_the_story_names(gazetteer):
    # AP, 2006: "Chinese warships are scheduled to sail into Pearl Harbor on Wednesday ... The vessels are scheduled
    # to head to California on Saturday" -- one journey, not two
    text = ("Chinese warships are due to arrive at Pearl Harbor on Wednesday. The vessels are scheduled to "
            "head to Vancouver on Saturday.")
    j = extract(text, gazetteer, published="2006-09-05")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [("Pearl Harbor", "Vancouver")]


def test_a_stop_told_after_where_a_plan_ends_comes_before_its_end(gazetteer):
    # Business Standard (AFP), 2016: "... a long trip that will end with a final ceremony in ... Santiago de Cuba on
    # Sunday. ... One of the most symbol-filled stops of this last trip will be in Santa Clara"
    text = ("The caravan left Havana on Wednesday on a long trip that will end with a final ceremony in Santiago de "
            "Cuba on Sunday. One of the most symbol-filled stops of this last trip will be in Santa Clara.")
    j = extract(text, gazetteer, published="2016-11-30")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Havana", "Santa Clara"), ("Santa Clara", "Santiago de Cuba")]


def test_a_leg_through_a_ship_canal_is_by_ship_inferred(gazetteer):
    # Auckland Star, 1929: "was continued on board the Ionic from Southampton, through the Panama Canal, and this
    # morning the party of 45 touring schoolboys arrived in Auckland" -- no word of a ship, but only ships pass there
    j = extract("The tour was continued on board the Ionic from Southampton, through the Panama Canal, and this "
                "morning the party arrived in Auckland.", gazetteer, published="1929-02-14")
    (leg,) = j.legs
    assert (leg.mode, leg.inferred) == ("ship", True)
    assert "Panama Canal" in leg.note


def test_the_way_named_after_a_goal_in_its_own_sentence_is_the_way_to_it(gazetteer):
    """Montserrat Reporter (2017): "the aircraft departed at 3.20pm ... The aircraft is travelling to Cape Town via
    Windhoek": the stop on the way is kept for the goal's leg, as "flew to Cape Town via Windhoek" keeps it."""
    text = "Smith left London on Monday. He is travelling to Cape Town via Windhoek."
    assert journey_of(text, gazetteer, "2017-05-05") == [("London", ["Windhoek"], "Cape Town")]


def test_places_the_body_tells_as_done_come_before_the_arrival_the_lead_tells_as_todays(gazetteer):
    """Hawera Star (1924): "AUCKLAND, Oct. 13. Forty-nine Australian-born boys ... arrived at Auckland ... today in the
    course of a world tour ... The party reached London on March 30 ... The party visited Paris ... Afterwards ...
    they went to Canada" -- news tells the latest first; the places after it were before it."""
    text = ("AUCKLAND, Oct. 13. Forty-nine schoolboys arrived at Auckland today on a world tour. The cruise started "
            "from Sydney on February 16. The party reached London on March 30. The party visited Paris. Afterwards "
            "they went to Canada.")
    assert [(a, b) for a, _via, b in journey_of(text, gazetteer, "1924-10-14")] == [
        ("Sydney", "London"), ("London", "Paris"), ("Paris", "Canada"), ("Canada", "Auckland")]
    text = ("AUCKLAND, Oct. 13. Forty-nine schoolboys arrived at Auckland today on a world tour. The cruise started "
            "from Sydney on February 16. The party reached London on March 30. Later the party visited Wellington.")
    assert [b for _a, _via, b in journey_of(text, gazetteer, "1924-10-14")][-1] == "Wellington"


def test_passing_through_a_town_first_is_where_the_journey_is_first_known_to_be(gazetteer):
    # Evening Republican, 1911: "Twelve automobiles ... passed through Rensselaer this, Thursday, morning at 10:30, on
    # an ocean to ocean trip ... The party will reach Chicago this afternoon"
    j = extract("Twelve automobiles passed through Rensselaer this morning. The party will reach Chicago this "
                "afternoon.", gazetteer, published="1911-07-06")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [("Rensselaer", "Chicago")]


def test_stops_listed_from_where_the_journey_is_go_on_from_it(gazetteer):
    # The Sentinel, on 1902: "the train rolled into Mechanicsburg ... the special train hauling the bell made stops
    # along the Cumberland Valley Railroad at Mechanicsburg, Carlisle and Shippensburg"
    j = extract("The train rolled into Mechanicsburg on Monday. The special train hauling the bell made stops along "
                "the Cumberland Valley Railroad at Mechanicsburg, Carlisle and Shippensburg.", gazetteer,
                published="1902-01-08")
    assert [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs] == [
        ("Mechanicsburg", "Carlisle"), ("Carlisle", "Shippensburg")]


def test_the_legs_on_from_the_first_stop_go_as_the_traveller_reached_it(gazetteer):
    # Montserrat Reporter, 2017: the first passenger flight "landed at St Helena Airport" and went on to Windhoek and
    # Cape Town with no word of how: the way it came, not unknown
    j = extract("The Airlink jet landed at St Helena Airport on Saturday. It then went on to Windhoek and Cape Town.",
                gazetteer, published="2017-10-16")
    assert [leg.mode for leg in j.legs] == ["flight", "flight"]
    assert all(leg.inferred for leg in j.legs)
