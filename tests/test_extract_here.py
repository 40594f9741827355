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


def test_here_without_a_dateline_is_no_place(gazetteer):
    text = ("Chinese President Xi Jinping left Madrid on Wednesday and arrived here Thursday night to attend the "
            "Group of 20 summit.")
    assert extract(text, gazetteer, published="2018-11-29").legs == []
