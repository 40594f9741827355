"""Wire copy's "here": an arrival "here" is an arrival at the place the dateline names."""

from __future__ import annotations

from webmap.extract import extract


def _legs(j):
    return [(j.places[leg.from_].name, j.places[leg.to].name) for leg in j.legs]


def test_arrived_here_is_an_arrival_at_the_datelines_place(gazetteer):
    text = ("BUENOS AIRES, Nov. 29 (Xinhua) -- Chinese President Xi Jinping left Madrid on Wednesday and arrived "
            "here Thursday night to attend the Group of 20 summit.")
    j = extract(text, gazetteer, published="2018-11-29")
    assert _legs(j) == [("Madrid", "Buenos Aires")]
    assert j.legs[0].arrive == "2018-11-29"


def test_a_journey_here_from_a_place_ends_at_the_datelines_place(gazetteer):
    # The Sun Daily, 2024: "KUCHING: Yang di-Pertuan Agong Al-Sultan Abdullah ...’s journey here from Sibu in
    # conjunction with the Kembara Kenali Borneo tour took over 15 hours"
    text = ("KUCHING: Yang di-Pertuan Agong Al-Sultan Abdullah’s journey here from Sibu in conjunction with the "
            "Kembara Kenali Borneo tour took over 15 hours as a result of the people excitement over His Majesty’s "
            "visit to Sarawak.")
    assert _legs(extract(text, gazetteer, published="2024-01-10")) == [("Sibu", "Kuching")]


def test_here_without_a_dateline_is_no_place(gazetteer):
    text = ("Chinese President Xi Jinping left Madrid on Wednesday and arrived here Thursday night to attend the "
            "Group of 20 summit.")
    assert extract(text, gazetteer, published="2018-11-29").legs == []


def test_an_arrival_in_the_datelines_country_is_at_the_dateline_inferred(gazetteer):
    """"Berlin: President Emmanuel Macron arrived in Germany on Sunday": Berlin, said to be taken from the
    dateline; "Muenster in western Germany" is Muenster, not a second trip to Germany."""
    text = ("Berlin: President Emmanuel Macron arrived in Germany on Sunday for a three-day state visit.\n"
            "The two presidents travel on Monday to the eastern city of Dresden and on Tuesday to Muenster in "
            "western Germany.")
    j = extract(text, gazetteer, published="2024-05-26")
    (arr,) = j.arrivals
    assert j.places[arr.to].name == "Berlin" and arr.inferred and "dateline" in arr.note
    assert [j.places[g.to].name for g in j.legs] == ["Dresden", "Münster"]


def test_after_touching_down_is_an_arrival(gazetteer):
    text = "After touching down in Wellington en route to Australia, Li Qiang pledged his country's friendship."
    j = extract(text, gazetteer, published="2024-06-13")
    assert "Wellington" in {j.places[k].name for k in j.journey_place_keys()}


def test_a_lead_that_sets_off_sets_off_from_the_datelines_town_inferred(gazetteer):
    """"JAKARTA: Indonesia's new president headed to China" (AFP), "New Delhi : ... left for Cyprus" (IANS),
    "Berlin, May 4, (dpa/GNA) - Olaf Scholz departed on Thursday for": the lead leaves from where the story is
    filed; the leg says that its start is taken from the dateline."""
    for text, start, end in (
            ("JAKARTA: Indonesia's new president headed to China for a state visit on Friday, starting a "
             "five-nation tour. He will hold talks in Beijing with Xi Jinping.", "Jakarta", "Beijing"),
            ("New Delhi : External Affairs Minister Pranab Mukherjee Thursday left for Cyprus, the first stop of "
             "his tour.", "New Delhi", "Cyprus"),
            ("Berlin, May 4, (dpa/GNA) - Olaf Scholz departed on Thursday for his second major trip to Africa, "
             "with his first stop Ethiopia for talks with the government.", "Berlin", "Ethiopia")):
        j = extract(text, gazetteer, published="2024-11-08")
        assert _legs(j)[:1] == [(start, end)], text
        assert j.legs[0].inferred and "dateline" in j.legs[0].note


def test_a_dateline_at_the_destination_or_a_start_told_is_no_start(gazetteer):
    """The reporter files from where the traveller arrives; or the lead names where the team left from."""
    for text in ("NAIROBI, Kenya (AP) -- President Barack Obama left for Kenya on Friday, his father's homeland.",
                 "MANILA, Philippines – The Azkals left the training facility in Gotemba, Japan yesterday morning "
                 "to catch their flight to Ulan Bator."):
        j = extract(text, gazetteer, published="2015-07-24")
        assert not any(j.places[leg.from_].name in ("Nairobi", "Manila") for leg in j.legs), text


def test_a_dateline_with_the_day_before_the_month_and_a_colon_places_here(gazetteer):
    """"Kathmandu, 23 Apr: Emir of Qatar Sheikh Tamim Bin Hamad AL-Thani ... arrived here" (Desh Sanchar); a gift
    "from Nepal" after two elephants' names makes neither elephant a traveller."""
    text = ("Qatari Emir accorded unprecedented welcome\nKathmandu, 23 Apr: Emir of Qatar Sheikh Tamim Bin Hamad "
            "AL-Thani arrived here amidst unprecedented level of official welcome.\nHe will fly back home tomorrow "
            "with a pair of baby elephants–Khagendra Prasad and Rudrakali–as the gift from Nepal.")
    j = extract(text, gazetteer, published="2024-04-23")
    assert [(a.traveller, j.places[a.to].name) for a in j.arrivals] == [("Tamim Bin Hamad AL-Thani", "Kathmandu")]
    notes = [u.message for u in j.unsure] + [m.note for m in j.mentions]
    assert not any("Khagendra" in note for note in notes)


def test_a_place_alone_on_the_first_line_is_the_dateline(gazetteer):
    """"Bhubaneswar\nThe team from across the border missed the 2016 edition ... The Pakistan team arrived here on
    Saturday" (The Hindu): the story's first line is the place it is filed from."""
    text = ("Bhubaneswar\nThe team from across the border missed the 2016 edition of the tournament in Lucknow owing "
            "to issues related to visa\nThe Pakistan team arrived here on Saturday for the upcoming FIH Junior World "
            "Cup and was accorded a warm welcome by Hockey India.")
    j = extract(text, gazetteer, published="2021-11-21")
    assert [(j.places[a.to].name, a.arrive) for a in j.arrivals] == [("Bhubaneswar", "2021-11-20")]


def test_a_return_to_the_datelines_country_in_the_next_sentence_of_the_lead_is_to_its_town(gazetteer):
    # AP, 1994: "PORT-AU-PRINCE, Haiti (AP) _ Reclaiming the nation he was forced to flee, President Jean-Bertrand
    # Aristide faces a daunting task ... The diminutive priest-turned-president took his first step Saturday,
    # returning to Haiti in triumph" (and Cap-Haitien is named too: no one town in Haiti)
    text = ("PORT-AU-PRINCE, Haiti (AP) _ Reclaiming the nation he was forced to flee, President Jean-Bertrand "
            "Aristide faces a daunting task. The diminutive priest-turned-president took his first step Saturday, "
            "returning to Haiti in triumph. In Cap-Haitien, on Haiti's north coast, thousands paraded.")
    j = extract(text, gazetteer, published="1994-10-16")
    assert [(a.traveller, j.places[a.to].name, a.inferred) for a in j.arrivals] == [
        ("Jean-Bertrand Aristide", "Port-au-Prince", True)]
    j = extract("MOSCOW (AP) -- Talks were held. Kim Jong Il's armoured train arrived in Russia on Saturday. In "
                "Vladivostok, officials prepared.", gazetteer, published="2011-08-21")
    assert not [a for a in j.arrivals if j.places[a.to].name == "Moscow"]


def test_a_dateline_whose_agency_has_two_words(gazetteer):
    # Jiji Press, 2025: "Tokyo, Oct. 27 (Jiji Press)--U.S. President Donald Trump arrived in Japan on Monday evening"
    text = ("Tokyo, Oct. 27 (Jiji Press)--U.S. President Donald Trump arrived in Japan on Monday evening for his "
            "first visit to the country in six years. Officials in Osaka welcomed the visit.")
    j = extract(text, gazetteer, published="2025-10-27")
    assert [(j.places[a.to].name, a.arrive) for a in j.arrivals] == [("Tokyo", "2025-10-27")]


def test_where_after_a_town_described_as_in_a_country_lands_in_the_town(gazetteer):
    # The Hindu, dated June 14, 1955: "In Simferopol, an important town in Ukraine, where he landed on June 12, the
    # entire population ... turned up with flowers"
    text = ("Crimea welcomed Prime Minister Nehru when he arrived at Yalta on June 12. In Simferopol, an important "
            "town in Ukraine, where he landed on June 12, the entire population turned up with flowers. One hour's "
            "drive brought Mr. Nehru to the small Black Sea coastal town of Alushta.")
    j = extract(text, gazetteer, published="1955-06-14")
    drawn = [j.places[k].name for leg in j.legs for k in (leg.from_, leg.to)]
    assert "Simferopol" in drawn and "Ukraine" not in drawn


def test_a_dateline_with_region_and_country_before_its_date_is_where_here_is(gazetteer):
    # PTI, 2014: "Gondia, Maharashtra, India, 10 January 2014 (PTI) – Tibetan spiritual leader the Dalai Lama today
    # arrived here on a three-day visit"
    j = extract("Gondia, Maharashtra, India, 10 January 2014 (PTI) – Tibetan spiritual leader the Dalai Lama today "
                "arrived here on a three-day visit to meet the members of the settlement.", gazetteer,
                published="2014-01-10")
    assert [(j.places[a.to].name, a.arrive) for a in j.arrivals] == [("Gondiā", "2014-01-10")]


def test_a_dateline_city_does_not_stand_for_its_country_in_a_trip_years_ago(gazetteer):
    # The Hans India, 2023: "New Delhi: He was six years old when his family moved from Peshawar to India after
    # Partition in 1947" -- the reporter files from New Delhi today; the family went to India then
    j = extract("New Delhi: He was six years old when his family moved from Peshawar to India after Partition in "
                "1947.", gazetteer, published="2023-08-15")
    assert "New Delhi" not in {j.places[k].name for leg in j.legs for k in (leg.from_, leg.to)} | {
        j.places[a.to].name for a in j.arrivals}


def test_an_arrival_that_names_no_place_ends_at_the_datelines_town(gazetteer):
    """Chicago Tribune (1987), from KATHMANDU: "After 30 hours of air travel and a two-day layover in Bangkok, our
    group ... was happy to have finally arrived." -- not where no dateline names a town."""
    text = ("KATHMANDU, NEPAL — Like most Westerners, the group planned to use the city as a steppingstone. After 30 "
            "hours of air travel and a two-day layover in Bangkok, our group of climbers was happy to have finally "
            "arrived.")
    assert _legs(extract(text, gazetteer, published="1987-09-07")) == [("Bangkok", "Kathmandu")]
    text = ("Like most Westerners, the group planned to use the city as a steppingstone. After 30 hours of air travel "
            "and a two-day layover in Bangkok, our group of climbers was happy to have finally arrived.")
    assert _legs(extract(text, gazetteer, published="1987-09-07")) == []


def test_a_dateline_run_into_the_line_before_it_says_where_in_the_country(gazetteer):
    """Auckland Star (1930): "(From Our Own Correspondent with the Team.) SYDNEY, July 1." -- cabled news printed its
    dateline after the credit line; the team that "arrived in Australia" arrived there, in Sydney."""
    text = ("LEAGUE TEAM (From our own Correspondent.) SYDNEY, July 1. The New Zealand team, which left Wellington "
            "on June 24 in the Ulimaroa, arrived in Australia today.")
    assert _legs(extract(text, gazetteer, published="1930-07-08")) == [("Wellington", "Sydney")]


def test_a_dateline_in_title_case_run_in_after_a_credit_line_is_the_storys_place_and_day(gazetteer):
    """The Dominion (1928): "Dominion Special Service. Dunedin, November 26. ... Commander Byrd and the aviation
    personnel arrived this morning by the night express from Christchurch" -- in Dunedin, on the dateline's day."""
    text = ("BYRD EXPEDITION\n\nALL UNITS AT DUNEDIN Dominion Special Service. Dunedin, November 26. All units of the "
            "expedition converged today. Commander Byrd and the aviation personnel arrived this morning by the night "
            "express from Christchurch.")
    j = extract(text, gazetteer, published="1928-11-27")
    assert _legs(j) == [("Christchurch", "Dunedin")]
    assert j.legs[0].arrive == "1928-11-26"
