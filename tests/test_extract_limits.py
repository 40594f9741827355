"""Heavy pastes are refused early: the geoparser stops making mentions once past the limit, sentences are bounded so
no stage rescans one huge sentence per place, and the server answers the refusal with 413 naming the limit."""

from __future__ import annotations

import pathlib

import pytest
from test_app_common import STORY, write_hostile_journey

from gazetteer.geoparse import MAX_SENTENCE_CHARS, Geoparser, TooManyMentions, geoparser_for, sentences
from webmap.app import create_app
from webmap.extract import LIMITS, extract
from webmap.extract.document import check_limit
from webmap.journey import JourneyError

ROOT = pathlib.Path(__file__).resolve().parent.parent
STORIES = sorted((ROOT / "tests" / "stories").rglob("*.txt")) + [ROOT / "webmap" / "data" / "kim-beijing-2025.txt"]
NAMES = "Paris, London, Berlin, Madrid, Rome, Vienna, Prague, Warsaw, Lisbon, Dublin, "
CITIES = ["Paris", "London", "Berlin", "Madrid", "Rome", "Vienna", "Prague", "Warsaw", "Lisbon", "Dublin"]


def place_list(size: int) -> str:
    return (NAMES * (size // len(NAMES) + 1))[:size]


def train_rides(size: int) -> str:
    """"from X to Y by train." with no capital after the full stop: today's splitter sees one sentence."""
    out, k = [], 0
    while sum(map(len, out)) < size:
        out.append(f"from {CITIES[k % 10]} to {CITIES[(k + 3) % 10]} by train. ")
        k += 1
    return "".join(out)


def test_a_long_list_of_places_is_refused_naming_the_limit(gazetteer):
    with pytest.raises(JourneyError, match=r"at least 5,001 mentions.*\(limit: mentions\)") as err:
        extract(place_list(100_000), gazetteer)
    assert err.value.limit == "mentions" and err.value.status == 413


def test_the_geoparser_stops_making_mentions_past_the_limit(gazetteer):
    text = place_list(20_000)
    parser = geoparser_for(gazetteer)
    everything = len(parser.parse(text, embedded=True))
    with pytest.raises(TooManyMentions) as err:
        parser.parse(text, embedded=True, max_mentions=100)
    assert err.value.found == 101 and everything > 10 * err.value.found


def parse_or_refuse(parser, text: str, limit: int) -> object:
    try:
        return parser.parse(text, embedded=True, max_mentions=limit)
    except TooManyMentions as exc:
        return ("refused", exc.limit, exc.found)


def test_the_filter_stops_only_where_the_whole_parse_would(gazetteer, monkeypatch):
    """The filter refuses as soon as more names than the limit are sure to be mentions: at every limit, on real
    stories, headline lists, person names and place lists, the very answer the whole parse gives."""
    texts = [p.read_text(encoding="utf-8") for p in STORIES] + [
        place_list(3_000), "PARIS, LONDON, GEORGIA, JORDAN, CHAD, VIRGINIA\n" * 20,
        "Paris Hilton met Georgia Smith and Jordan Brown. " * 30 + "Flights to Paris, Georgia and Jordan resumed.",
        "Mr. Lincoln went to Lincoln, Nebraska. The French team flew to Reading, Pennsylvania. " * 20,
        "British and German officials met at JFK airport. Sudan, Chad. Berlin, Germany; " * 20,
        "Campbell officials met. Mr. Campbell, 42, said so. " * 20,  # a place, then a person's name everywhere
        "Voters in Kent and Campbell backed it; Campbell, 42, and Mr. Kent disagreed. " * 20]
    parser = geoparser_for(gazetteer)
    limits = (0, 1, 3, 10, 30, 100, 300)
    early = [parse_or_refuse(parser, text, limit) for text in texts for limit in limits]
    monkeypatch.setattr(Geoparser, "_sure_mention", lambda self, *args: False)
    whole = [parse_or_refuse(parser, text, limit) for text in texts for limit in limits]
    assert early == whole
    assert sum(isinstance(a, tuple) for a in early) > len(early) // 2  # the limits do bite


def test_a_text_without_sentence_ends_is_cut_into_bounded_sentences():
    for text in (place_list(50_000), train_rides(50_000)):
        spans = sentences(text)
        assert max(e - s for s, e in spans) <= MAX_SENTENCE_CHARS
        assert len(spans) >= len(text) // MAX_SENTENCE_CHARS
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_train_rides_in_one_unbroken_sentence_are_read_in_bounded_pieces(gazetteer):
    journey = extract(train_rides(5_000), gazetteer)
    assert all(len(leg.quote.text) <= MAX_SENTENCE_CHARS for leg in journey.legs)
    assert {journey.places[leg.to].name for leg in journey.legs} <= set(CITIES)


def test_the_server_answers_a_story_past_a_limit_with_413(tmp_path):
    def prolific(text, gazetteer, **kwargs):
        check_limit("legs", LIMITS["legs"] + 1)

    app = create_app({"EXTRACT": prolific, "GAZETTEER": object(), "DATA_DIR": tmp_path / "data",
                      "JOURNEY_PATH": write_hostile_journey(tmp_path), "TESTING": True})
    r = app.test_client().post("/maps", data={"text": STORY}, headers={"Accept": "application/json"})
    assert r.status_code == 413 and "(limit: legs)" in r.get_json()["message"]


@pytest.mark.parametrize("paste, limit", [(lambda: long_train_rides(50_000), "legs"),
                                          (lambda: place_list(100_000), "mentions")])
def test_a_heavy_paste_posted_to_the_server_is_413_naming_the_limit_and_nothing_is_stored(tmp_path, gazetteer,
                                                                                          paste, limit):
    """The real extraction, in the server's budgeted child, on issue 10's heavy pastes."""
    from webmap.mapstore import MapStore

    app = create_app({"GAZETTEER": gazetteer, "DATA_DIR": tmp_path / "data", "TESTING": True})
    r = app.test_client().post("/maps", data={"text": paste()}, headers={"Accept": "application/json"})
    assert r.status_code == 413, r.get_data(as_text=True)[:300]
    assert f"(limit: {limit})" in r.get_json()["message"]
    assert MapStore.in_dir(tmp_path / "data").count() == 0
    html = app.test_client().post("/maps", data={"text": paste()})  # the form page says it too
    assert html.status_code == 413 and f"(limit: {limit})" in html.get_data(as_text=True)
    assert MapStore.in_dir(tmp_path / "data").count() == 0


def long_train_rides(size: int) -> str:
    """Rides between ever new pairs of forty cities (issue 10's probe): more than 400 distinct legs in 50 KB."""
    cities = [*CITIES, "Oslo", "Munich", "Milan", "Zurich", "Geneva", "Brussels", "Amsterdam", "Hamburg", "Cologne",
              "Lyon", "Marseille", "Barcelona", "Seville", "Porto", "Naples", "Turin", "Venice", "Florence", "Krakow",
              "Budapest", "Bucharest", "Sofia", "Athens", "Belgrade", "Zagreb", "Ljubljana", "Copenhagen",
              "Stockholm", "Helsinki", "Tallinn"]
    out, k = [], 0
    while sum(map(len, out)) < size:
        out.append(f"from {cities[k % 40]} to {cities[(k + 1 + (k // 40) % 39) % 40]} by train. ")
        k += 1
    return "".join(out)
