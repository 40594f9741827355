"""The geoparser on the classes of miss found on real news: sites named by their town or by part of a person's
name, a people's name that says a place's country, "the city of", datelines, a name that speaks."""

from __future__ import annotations

import pytest
from test_geoparse_context import by_surface

from gazetteer.geoparse import Geoparser, geoparser_for


@pytest.fixture(scope="module")
def parser(gazetteer) -> Geoparser:
    return geoparser_for(gazetteer)


# -- 1. a site named by its town: one mention, the site's words in it ------------------------------------------

def test_airport_after_its_town_is_one_mention_at_the_airport(parser):
    ms = by_surface(parser.parse("The minister flew into Kathmandu airport and later left from Manila airport."))
    assert set(ms) == {"Kathmandu airport", "Manila airport"}
    assert ms["Kathmandu airport"].kind == "airport" and ms["Kathmandu airport"].country == "NP"
    assert ms["Manila airport"].kind == "airport" and ms["Manila airport"].country == "PH"


def test_site_words_after_a_town_the_index_lacks_stay_at_the_town(parser):
    text = ("The train left Lhasa Railway Station for Beijing West Station. Trucks waited at the Rafah border "
            "crossing. The jet landed at Delhi Airport. The cruise ship docked at the Port of Galveston.")
    ms = by_surface(parser.parse(text))
    for surface, name, cc in (("Lhasa Railway Station", "Lhasa", "CN"), ("Beijing West Station", "Beijing", "CN"),
                              ("Rafah border crossing", None, None), ("Delhi Airport", "Delhi", "IN"),
                              ("Port of Galveston", "Galveston", "US")):
        assert surface in ms, (surface, sorted(ms))
        if name:
            assert (ms[surface].name, ms[surface].country) == (name, cc)


def test_an_air_base_the_gazetteer_has_by_that_name_is_the_airport_not_the_towns_namesake(parser):
    """Andrews, Texas is the bare word's reading; "Andrews air force base" is Joint Base Andrews, Maryland."""
    ms = by_surface(parser.parse("Hu was met by Joe Biden at Andrews air force base in Maryland."))
    base = ms["Andrews air force base"]
    assert (base.kind, base.country) == ("airport", "US")
    assert abs(base.lat - 38.81) < 0.2 and abs(base.lon + 76.87) < 0.2


def test_a_sea_crossing_and_a_bare_station_are_not_sites(parser):
    ms = by_surface(parser.parse("Boats make the Channel crossing at night. The train stopped at Khasan station."))
    assert "Channel crossing" not in ms and "Channel" in ms
    assert "Khasan station" not in ms


# -- 2. an airport named by part of a person's name -----------------------------------------------------------

@pytest.mark.parametrize("text,surface,cc", [
    ("The president flew from Ben-Gurion airport to Rome.", "Ben-Gurion airport", "IL"),
    ("Buses took them to New Orleans' Louis Armstrong International Airport.",
     "Louis Armstrong International Airport", "US"),
    ("The pilgrims took off from Costa Rica's Daniel Oduber airport.", "Daniel Oduber airport", "CR"),
    ("The squad landed at Johannesburg's Tambo airport.", "Tambo airport", "ZA"),
    ("The delegation arrived at Paris's Orly airport.", "Orly airport", "FR"),
])
def test_airport_by_part_of_its_name(parser, text, surface, cc):
    ms = by_surface(parser.parse(text))
    assert surface in ms, sorted(ms)
    assert (ms[surface].kind, ms[surface].country) == ("airport", cc)


def test_a_name_beginning_with_a_connector_before_airport_is_the_airport(parser):
    ms = by_surface(parser.parse("The big jets cannot land at El Alto airport."))
    assert ms["El Alto airport"].kind == "airport" and ms["El Alto airport"].country == "BO"


def test_a_connector_alone_before_airport_is_still_a_word(parser):
    assert parser.parse("And airport officials said the flights were late.") == []


def test_a_town_that_is_also_a_common_word_names_its_airport(parser):
    # NZPA, 1966: "thousands were at Wellington Airport" -- "wellington" is a boot too, but no airport code
    ms = by_surface(parser.parse("President Johnson landed at Ohakea and flew on to Wellington Airport."))
    assert (ms["Wellington Airport"].kind, ms["Wellington Airport"].country) == ("airport", "NZ")


# -- 3. the words before a name say where it is -------------------------------------------------------------

def test_a_peoples_name_before_a_kind_of_place_names_its_country(parser):
    ms = by_surface(parser.parse("They met in the American city of Paris before a rally."))
    assert ms["Paris"].country == "US"
    ms = by_surface(parser.parse("The leader arrived at the Russian border city of Khasan on his way to Vladivostok."))
    assert "Khasan" not in ms  # the gazetteer lacks the Russian village: no town in India instead
    assert ms["Vladivostok"].country == "RU"


def test_the_city_of_a_countrys_name_is_the_town(parser):
    ms = by_surface(parser.parse("The flight left San Jose for the northern city of Liberia on Tuesday."))
    assert ms["Liberia"].kind == "city" and ms["Liberia"].country == "CR"
    ms = by_surface(parser.parse("Aid reached Liberia and Sierra Leone."))
    assert ms["Liberia"].kind == "country"
    # The Independent, 1994: survivors landed at the port, not "in" the country
    ms = by_surface(parser.parse("The survivors arrived in the Red Sea port of Djibouti yesterday."))
    assert ms["Djibouti"].kind == "city"


def test_a_dateline_in_capitals_is_a_place(parser):
    ms = by_surface(parser.parse("Island teams face long trips\n\nWELLINGTON: Athletes from small nations fly far."))
    assert ms["WELLINGTON"].country == "NZ"
    assert "ATHLETES" not in ms


def test_a_capital_introduced_with_a_capital_letter(parser):
    ms = by_surface(parser.parse("He later had an official visit to Ethiopia’s Capital Addis Ababa."))
    assert (ms["Addis Ababa"].kind, ms["Addis Ababa"].country) == ("city", "ET")


def test_a_dateline_of_a_city_known_by_another_form_of_its_name(parser):
    """GeoNames calls it New York City: "NEW YORK (AP) -" is a dateline all the same, not an unconfirmed word."""
    ms = by_surface(parser.parse("Buses keep coming\nNEW YORK (AP) — The first bus arrived on Monday."))
    assert (ms["NEW YORK"].name, ms["NEW YORK"].country) == ("New York City", "US")


# -- 4. a named site the gazetteer lacks, placed at the town the text puts it in ------------------------------

def test_named_site_after_a_towns_possessive(parser):
    text = ("Ships took evacuees to Jeddah's King Abdullah Air Base. The crew flew the couple to Derriford "
            "Hospital in Plymouth. Later they toured London's British Museum.")
    ms = by_surface(parser.parse(text))
    for site, town, cc in (("King Abdullah Air Base", "Jeddah", "SA"), ("British Museum", "London", "GB"),
                           ("Derriford Hospital", "Plymouth", ms["Plymouth"].country)):
        assert site in ms and town in ms, (site, sorted(ms))
        assert (ms[site].kind, ms[site].country) == ("landmark", cc)
        assert (ms[site].lat, ms[site].lon) == (ms[town].lat, ms[town].lon)
        assert town in ms[site].source
    assert "British" not in ms  # the people's name inside the site's name is no mention of its own


def test_no_site_without_a_town_or_a_site_word(parser):
    ms = by_surface(parser.parse("The Foreign Minister met Kenya's President Ruto at State House in Nairobi."))
    assert set(ms) <= {"Kenya", "Nairobi", "State House"}
    assert "Foreign Minister" not in ms and "President Ruto" not in ms


# -- 5. evidence and counter-evidence for a name that is also a word or a person's name -----------------------

def test_comma_in_a_region_is_evidence(parser):
    ms = by_surface(parser.parse("The outbreak spread. Austin, in Scott County, Indiana, was its centre."))
    assert ms["Austin"].country == "US"  # a town, not a given name at the start of a sentence


def test_a_name_that_speaks_is_a_persons(parser):
    ms = by_surface(parser.parse('"No results yet," Steele says. A nurse in Austin told reporters. '
                                 "Beijing said it would reply."))
    assert "Steele" not in ms
    assert "Austin" in ms and "Beijing" in ms


# -- 5. a site the gazetteer lacks by its own name: at the town the text puts it in, else a guess said plainly ------

def test_a_site_in_a_town_is_placed_at_the_towns_point(parser):
    ms = by_surface(parser.parse("Boca fans flew to the Santiago Bernabeu Stadium in Madrid. The team stayed at "
                                 "the Fairway Hotel and Spa in Randburg, Johannesburg."))
    for site, town in (("Santiago Bernabeu Stadium", "Madrid"), ("Fairway Hotel and Spa", "Randburg")):
        assert (ms[site].kind, ms[site].lat, ms[site].lon) == ("landmark", ms[town].lat, ms[town].lon)
        assert f"the point of {town}, the town the text puts it in" in ms[site].source
    assert "Santiago" not in ms


def test_docks_named_by_a_town_are_the_towns_but_a_palace_need_not_be(parser):
    text = ("The Queen travelled overnight from London and arrived at Falmouth Docks. Later, in London, she held "
            "a reception at Buckingham Palace and visited Westminster Abbey.")
    ms = by_surface(parser.parse(text))
    assert "Falmouth" in ms["Falmouth Docks"].source and round(ms["Falmouth Docks"].lon) == -5
    # not Buckingham, a town 80 km from London: the palace at its own point (the gazetteer holds it), the abbey at
    # the place the text was at (a guess)
    for site in ("Buckingham Palace", "Westminster Abbey"):
        assert ms[site].country == "GB" and abs(ms[site].lon - ms["London"].lon) < 0.05, site
    assert "(a guess)" in ms["Westminster Abbey"].source


def test_a_site_with_no_town_of_its_own_is_placed_at_the_last_place_only_in_one_area(parser):
    ms = by_surface(parser.parse("The Queen sailed across Falmouth Harbour. She docked at the Prince of Wales Pier."))
    assert round(ms["Prince of Wales Pier"].lat, 1) == 50.2 and "Wales" not in ms
    ms = by_surface(parser.parse("The band flew into New Zealand for concerts in Auckland tonight and Wellington on "
                                 "Tuesday. They were whisked to the Langham Hotel."))
    assert "Langham Hotel" not in ms  # Auckland or Wellington: no guess
    ms = by_surface(parser.parse("The pope's motorcade left Rio de Janeiro. On arriving at the Palacio Laranjeiras, "
                                 "he was welcomed. Later he went back to the Palacio Laranjeiras."))
    laranjeiras = [m for m in parser.parse("The pope's motorcade left Rio de Janeiro. On arriving at the Palacio "
                                           "Laranjeiras, he was welcomed. Later he went back to the Palacio "
                                           "Laranjeiras.") if m.surface == "Palacio Laranjeiras"]
    assert len(laranjeiras) == 2 and {(m.lat, m.lon) for m in laranjeiras} == {(ms["Rio de Janeiro"].lat,
                                                                                 ms["Rio de Janeiro"].lon)}


def test_no_site_in_a_persons_name(parser):
    ms = by_surface(parser.parse("In Seoul, President Park met Stuart Hall at the Blue House."))
    assert "President Park" not in ms and "Stuart Hall" not in ms


def test_a_provinces_adjective_is_no_town(parser):
    ms = by_surface(parser.parse("With a 21-gun royal salute piercing the Cornish calm, the car left Falmouth."))
    assert "Cornish" not in ms and "Falmouth" in ms  # not Cornish, Maine


def test_more_kinds_of_site_and_a_far_namesake_town(parser):
    ms = by_surface(parser.parse("The team flew to Mumbai and played at the D.Y. Patil Stadium. They stayed at "
                                 "Hotel Nacional in Havana."))
    assert ms["D.Y. Patil Stadium"].lat == ms["Mumbai"].lat and "Patil" not in ms
    assert ms["Hotel Nacional"].lat == ms["Havana"].lat  # the site word first, as in Spanish
    ms = by_surface(parser.parse("The canoe reached Hilo on Monday. On Friday it left Honolulu Harbor for Tahiti."))
    assert ms["Honolulu Harbor"].lat == ms["Honolulu"].lat if "Honolulu" in ms else round(
        ms["Honolulu Harbor"].lat) == 21  # a port named by its town is the town's
    ms = by_surface(parser.parse("The train left London on Monday. It arrived at Euston Station."))
    assert ms["Euston Station"].country == "GB"  # not Euston, New South Wales, read from the station's name


def test_no_site_guessed_from_a_place_the_text_is_not_at(parser):
    text = ("The liner sailed out of Southampton tonight. The Dubai-bound ship paused so that its master could speak "
            "to the crowd in Mayflower Park. Outside Terminal 3, fans waited. The crew flew to the International "
            "Space Station.")
    ms = by_surface(parser.parse(text))
    assert ms["Mayflower Park"].country == "GB"  # not Dubai's, though Dubai is the last town named before it
    assert "Outside Terminal" not in ms and "International Space Station" not in ms


def test_a_site_named_head_first_and_no_institution_for_a_site(parser):
    ms = by_surface(parser.parse("The Prince flew to Wick and drove to the Castle of Mey. In Jakarta he addressed "
                                 "the House of Representatives."))
    assert ms["Castle of Mey"].lat == ms["Wick"].lat
    assert not any(s.startswith("House of") for s in ms)


def test_a_site_named_by_a_city_read_surely_is_in_that_city(parser):
    """"The Emperor left Tokio ... They are resting at Nagoya Palace to-night" (United Press, 1928): the palace is in
    Nagoya, not at the last place named before it; "Buckingham Palace" (Buckingham read only as a small town) is
    still no building of Buckingham's."""
    palace = next(m for m in parser.parse("The Emperor left Tokio. They are resting at Nagoya Palace to-night.")
                  if m.surface == "Nagoya Palace")
    assert round(palace.lat, 1) == 35.2 and "Nagoya" in palace.source
    other = next(m for m in parser.parse("The King arrived in London. He drove to Buckingham Palace.")
                 if m.surface == "Buckingham Palace")
    assert round(other.lat, 1) == 51.5


def test_a_site_named_by_a_city_the_text_names_elsewhere_is_in_that_city(parser):
    """"Sasebo’s dock landing ship USS Fort McHenry ... operating from Sasebo Naval Base, Japan" (Stars and Stripes):
    the base is Sasebo's, not the last place its sentence names (the ship's name read as a town in the US)."""
    text = ("Sasebo’s dock landing ship USS Fort McHenry made a port call in Vladivostok. It was the second visit "
            "for Fort McHenry, part of the group operating from Sasebo Naval Base, Japan.")
    base = next(m for m in parser.parse(text) if m.surface == "Sasebo Naval Base")
    assert base.country == "JP" and "Sasebo" in base.source


def test_a_state_code_between_a_town_and_a_venue_qualifies_the_town(parser):
    # a tour's dates (antiMusic, 2022): "Ft Wayne, IN Pierre's" -- "IN" is Indiana's code, not "in" before a region;
    # "Hartford, CT Webster Theater" -- the venue is "Webster Theater", Connecticut's code no part of it
    ms = by_surface(parser.parse("5/3 Ft Wayne, IN Pierre's\n5/11 Hartford, CT Webster Theater\n"))
    assert ms["Ft Wayne"].name == "Fort Wayne" and ms["IN"].name == "Indiana"
    assert ms["CT"].name == "Connecticut" and ms["Webster Theater"].kind == "landmark"
    assert "CT Webster Theater" not in ms


def test_a_surname_read_in_a_full_name_then_alone_before_who_is_the_person(parser):
    # The Guardian, 2011: "the inauguration of Nelson Mandela in 1994 ... a birthday visit to Mandela, who is said to
    # be fascinated" -- Mandela, Ghana, is no stop of Cameron's; a town before ", who" that no full name took stays
    text = ("Pretoria's Union Buildings saw the inauguration of Nelson Mandela in 1994. He had hoped to pay an "
            "Eastern Cape birthday visit to Mandela, who is said to be fascinated by the crisis.")
    assert "Mandela" not in by_surface(parser.parse(text))
    ms = by_surface(parser.parse("The envoy flew on to Kumasi, who welcomed him warmly."))
    assert ms["Kumasi"].country == "GH"


def test_a_site_with_no_town_near_it_is_placed_at_the_datelines_town_when_the_story_is_there(parser):
    # The Press (NZ), 1933: "(From Our Own Correspondent.) LONDON, June 23. ... arrived from Ostend, was met at
    # Dover ... to Buckingham Palace" -- Ostend and Dover lie in no one area, London is the dateline's town
    text = ("A ROYAL VISITOR (From Our Own Correspondent.) LONDON, June 23. King Feisal, who arrived from Ostend, was "
            "met at Dover by the Duke of York. The King drove with him in state to Buckingham Palace.")
    site = by_surface(parser.parse(text))["Buckingham Palace"]
    assert site.kind == "landmark" and abs(site.lat - 51.51) < 0.1 and abs(site.lon + 0.13) < 0.1
    # ... but not where the story has gone far from it: a dateline in Kuala Lumpur, a museum after Brunei
    text = ("KUALA LUMPUR, Aug 18 - The King left Sepang for Bandar Seri Begawan on Sunday. He later toured the Royal "
            "Regalia Museum.")
    site = by_surface(parser.parse(text)).get("Royal Regalia Museum")
    assert site is None or site.country != "MY"


def test_a_name_in_a_list_of_one_states_places_is_read_in_that_state(parser):
    # The Shillong Times, 2012: "an aerial survey of flood hit Morigaon, Darrang, Sonitpur, Lakhimpur and Dhemaji
    # districts" -- all in Assam, so North Lakhimpur, not the bigger Lakhimpur of Uttar Pradesh
    ms = by_surface(parser.parse("The chief minister undertook an aerial survey of flood hit Morigaon, Darrang, "
                                 "Sonitpur, Lakhimpur and Dhemaji districts."))
    assert ms["Lakhimpur"].country == "IN" and ms["Lakhimpur"].lon > 90
    ms = by_surface(parser.parse("The minister flew from Lucknow to Lakhimpur on Monday."))
    assert ms["Lakhimpur"].lon < 85  # no list: the bigger town


def test_a_university_a_school_or_a_governors_bhawan_is_a_site_in_its_town(parser):
    # Orissa Post, 2019: "the President left for the Raj Bhawan ... will proceed to Utkal University"; Team Wales,
    # 2017: "from Newport to Monmouth School"
    ms = by_surface(parser.parse("President Kovind arrived in Bhubaneswar on Friday. He left for the Raj Bhawan and "
                                 "will proceed to Utkal University on Saturday."))
    for name in ("Raj Bhawan", "Utkal University"):
        assert ms[name].kind == "landmark" and ms[name].country == "IN" and abs(ms[name].lon - 85.8) < 0.3


def test_a_university_named_after_a_far_hamlet_and_its_short_name_are_in_the_storys_town(parser):
    # Kennedy's Nashville visit, 1963: "the 8-mile route from the airport to Vanderbilt University ... After his
    # address at Vanderbilt ... driven to the John Overton High School grounds" -- not Vanderbilt, Michigan (564
    # people, 1,000 km away), for the university, its short name, or the sites after it
    ms = by_surface(parser.parse("Nashville, Tennessee gave President Kennedy a warm Southern welcome today. About "
                                 "150,000 more lined the 8-mile route from the airport to Vanderbilt University, "
                                 "where Mr. Kennedy spoke. After his address at Vanderbilt, Mr. Kennedy was driven "
                                 "to the John Overton High School grounds."))
    for name in ("Vanderbilt University", "Vanderbilt", "John Overton High School"):
        assert ms[name].kind == "landmark" and abs(ms[name].lat - 36.2) < 0.3 and abs(ms[name].lon + 86.8) < 0.3


def test_an_air_base_named_after_a_far_village_is_in_the_storys_town(parser):
    # Filipino Times, 2025: "left Manila on Sunday ... aboard PR0001, which departed Villamor Air Base" -- the base in
    # Manila, not the village of Villamor in Mindanao, 900 km away
    ms = by_surface(parser.parse("President Marcos left Manila on Sunday for a state visit to Cambodia aboard PR0001, "
                                 "which departed Villamor Air Base at 1:44 p.m."))
    base = ms["Villamor Air Base"]
    assert base.kind == "landmark" and abs(base.lat - 14.6) < 0.3 and abs(base.lon - 121.0) < 0.3


def test_a_site_the_gazetteer_has_as_a_far_town_is_in_the_town_the_text_puts_it_in(parser):
    # Flight Safety Australia, 2018: "When they landed at Albert Park in Suva on 5 June 1928" -- a park in Suva, not
    # the Albert Park of Regina, Saskatchewan; the Albert Park of Melbourne stays itself
    ms = by_surface(parser.parse("When they landed at Albert Park in Suva on 5 June 1928, they had completed the "
                                 "longest flight across water."))
    assert ms["Albert Park"].kind == "landmark" and ms["Albert Park"].country == "FJ"
    ms = by_surface(parser.parse("The race starts at Albert Park in Melbourne."))
    assert ms["Albert Park"].country == "AU"
    assert "Stuart Hall" not in by_surface(parser.parse("Stuart Hall in London said the minister had left."))


def test_an_airbase_written_as_one_capitalised_word_is_at_its_town(parser):
    # Straits Times (AFP), 2016: "The remains in Malaysia were driven from Terendak Military Cemetery to Subang
    # Airbase, west of the capital Kuala Lumpur" -- not a longer name the town is a part of
    ms = by_surface(parser.parse("The remains in Malaysia were driven to Subang Airbase, west of Kuala Lumpur."))
    assert "Subang Airbase" in ms, sorted(ms)
    assert ms["Subang Airbase"].country == "MY"


def test_a_site_named_by_a_city_read_into_an_organisations_name_is_in_that_city(parser):
    # Metro, 2018: "the two men ... cycled to Russia ... we've finally made it to Volgograd Arena" -- the arena is in
    # Volgograd, not Berlin (the place named before it); "Paris Regional Medical Center" in a story of Texas is not
    # in Paris, France
    ms = by_surface(parser.parse("They cycled to Russia. Jamie, who lives in Berlin, said: 'We have finally made it "
                                 "to Volgograd Arena.'"))
    arena = ms["Volgograd Arena"]
    assert arena.country == "RU" and abs(arena.lat - 48.7) < 0.5 and abs(arena.lon - 44.5) < 0.5
    ms = by_surface(parser.parse("He died in Dallas, Texas, at Paris Regional Medical Center."))
    assert "Paris Regional Medical Center" not in ms or ms["Paris Regional Medical Center"].country != "FR"
