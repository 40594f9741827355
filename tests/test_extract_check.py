"""The check stage and the journey file: candidates, far-off stops, limits and bounded output."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from gazetteer.geoparse import PlaceMention
from webmap.extract import LIMITS, extract
from webmap.extract.document import Doc, candidates_of
from webmap.journey import JourneyError, from_dict


@dataclass(frozen=True)
class _WithCandidates(PlaceMention):
    candidates: tuple = ()


def test_runner_up_candidates_go_into_the_place(gazetteer):
    m = _WithCandidates(0, 5, "Paris", "Paris", "city", 48.85, 2.35, 2988507, "FR", 0.9, candidates=(
        {"geonameid": 4717560, "name": "Paris", "country": "US", "admin1": "TX", "kind": "city", "lat": 33.66,
         "lon": -95.56, "score": 0.3},))
    doc = Doc("Paris", gazetteer, None, None)
    place = doc.places[doc.key_for(m)]
    assert place.candidates == [{"geonameid": 4717560, "name": "Paris", "country": "US", "admin1": "TX",
                                 "kind": "city", "lat": 33.66, "lon": -95.56, "score": 0.3}]
    assert candidates_of(PlaceMention(0, 5, "Paris", "Paris", "city", 1, 1, 1, "FR", 0.9)) == []  # none given


def test_a_far_off_stop_is_kept_and_flagged(gazetteer):
    text = "The band flew from Paris to Brussels, then to Amsterdam, then to Sydney."
    j = extract(text, gazetteer, published="2025-06-04")
    assert "Sydney" in {j.places[leg.to].name for leg in j.legs}
    assert any(u.message.startswith("Far from the rest") and "Sydney" in u.message for u in j.unsure)


def test_unsure_notes_round_trip_through_the_journey_file(gazetteer):
    j = extract("Kim left Pyongyang on Monday and arrived in Beijing on Tuesday.", gazetteer)
    again = from_dict(json.loads(j.to_json()), j.text)
    assert [u.message for u in again.unsure] == [u.message for u in j.unsure] and again.unsure


def test_too_many_mentions_is_refused_naming_the_limit(gazetteer):
    text = "Paris, London, Berlin, Rome and Madrid. " * (LIMITS["mentions"] // 5 + 10)
    with pytest.raises(JourneyError, match=r"limit: mentions"):
        extract(text, gazetteer)


def test_output_grows_linearly_with_the_text(gazetteer):
    """A long run of place names with no sentence end: quotes are bounded windows, not the sentence per mention."""
    unit = "Paris, London, Berlin, Rome, Madrid, Vienna, Prague, Warsaw, Dublin and Lisbon, "
    sizes = []
    for n in (20, 80):
        text = unit * n
        sizes.append(len(extract(text, gazetteer).to_json()) / len(text))
    assert sizes[1] <= sizes[0] * 1.25  # per character of text, no more output for a longer text
    assert sizes[1] < 40


def test_a_text_not_in_english_says_so_rather_than_nothing(gazetteer):
    text = ("El Presidente Sebastián Piñera iniciará una nueva gira por Sudamérica, la cual comenzará este viernes "
            "24 de septiembre y se extenderá hasta el próximo 29 del presente mes. Específicamente el Mandatario "
            "visitará Colombia, Uruguay y Paraguay. Este viernes viajará hasta Cartagena de Indias para encontrarse "
            "con su homólogo colombiano, y el domingo llegará a Montevideo para reunirse con el presidente uruguayo.")
    j = extract(text, gazetteer, published="2021-09-24")
    assert any("does not read as English" in u.message for u in j.unsure)


def test_english_news_is_not_said_to_be_another_language(gazetteer):
    text = ("President Sebastián Piñera begins a tour of South America on Friday, September 24, which will last until "
            "the 29th of this month. The president will visit Colombia, Uruguay and Paraguay. On Friday he will "
            "travel to Cartagena to meet his Colombian counterpart, and on Sunday he will arrive in Montevideo.")
    j = extract(text, gazetteer, published="2021-09-24")
    assert not any("does not read as English" in u.message for u in j.unsure)


def test_an_arrival_drawn_is_not_said_to_be_undrawn(gazetteer):
    """"Museveni arrived this morning in Nairobi": drawn as an arrival without a start, so the draft does not also
    say that Nairobi is not drawn (it did: only legs and events counted as drawn)."""
    j = extract("President Yoweri Museveni arrived this morning in Nairobi for an official visit.", gazetteer,
                published="2025-02-01")
    assert [j.places[a.to].name for a in j.arrivals] == ["Nairobi"]
    assert not any(u.message.startswith("Not drawn: Nairobi") for u in j.unsure)
