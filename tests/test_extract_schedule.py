"""A schedule (lines that open with a date and name a place) is an itinerary in date order."""

from __future__ import annotations

from webmap.extract import extract

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
