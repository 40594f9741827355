"""What a reader sees: the exported seed map in a real headless Chromium with the network cut off."""

from __future__ import annotations

import pytest
from conftest import HOSTILE

from webmap.draw.leaflet import map_html
from webmap.wording import START_NOT_GIVEN as START

pytestmark = pytest.mark.browser


@pytest.fixture
def seed_page(seed_map_page):
    return seed_map_page


def visible(page, selector: str) -> bool:
    return page.locator(selector).first.is_visible()


def test_places_and_route_are_drawn_with_no_network(seed_page):
    page = seed_page.page
    for key in ("pyongyang", "dandong", "beijing", "tianjin"):
        assert visible(page, f'[data-place="{key}"]'), key
    assert page.locator("path.wm-leg").count() == 2
    assert page.locator(".leaflet-tile-pane path").count() > 2  # the Natural Earth basemap
    seed_page.assert_clean()


def test_clicking_dandong_opens_its_popup_with_the_quote(seed_page):
    page = seed_page.page
    page.click('[data-place="dandong"]')
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "Dandong" in text and "border crossing" in text.lower()
    assert "crossed into China through the border city of Dandong that evening" in text
    assert "Monday 1 September 2025" in text
    seed_page.assert_clean()


def test_toggling_layers(seed_page):
    page = seed_page.page
    assert page.locator('[data-place="shanghai"]').count() == 0  # other places are off by default
    page.get_by_label("Stops").uncheck()
    assert page.locator('[data-place="dandong"]').count() == 0
    page.get_by_label("Other places mentioned").check()
    # dispatched on the marker itself: under load the map may still be moving when a pointer click lands
    page.locator('[data-place="shanghai"]').dispatch_event("click")
    text = page.locator(".leaflet-popup-content").inner_text()
    assert "part of an organisation's name" in text and "Shanghai Cooperation Organization" in text
    seed_page.assert_clean()


def test_cited_summit_is_labelled_not_in_the_article(seed_page):
    page = seed_page.page
    page.click('[data-place="tianjin"]')
    text = page.locator(".leaflet-popup-content").inner_text()
    assert "not in the article" in text.lower() and "Kremlin" in text
    seed_page.assert_clean()


def test_focus_by_hash_opens_the_popup(seed_journey, watched_page, tmp_path):
    path = tmp_path / "map.html"
    path.write_text(map_html(seed_journey, inline=True), encoding="utf-8")
    watched_page.page.goto(path.as_uri() + "#place=beijing")
    popup = watched_page.page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "with Beijing as the final stop on Tuesday" in popup.inner_text()


def test_hostile_text_shows_as_text_and_runs_nothing(hostile_journey, watched_page, tmp_path):
    path = tmp_path / "map.html"
    path.write_text(map_html(hostile_journey, inline=True), encoding="utf-8")
    page = watched_page.page
    page.goto(path.as_uri())
    page.click('[data-place="evil"]')
    page.wait_for_timeout(300)
    assert HOSTILE in page.locator(".leaflet-popup-content").inner_text()
    assert HOSTILE in page.locator(".wm-title").inner_text()
    assert page.locator("img[src=x]").count() == 0
    watched_page.assert_clean()


@pytest.mark.parametrize("places", [1, 0])
def test_a_journey_with_one_or_no_located_place_still_draws(watched_page, tmp_path, places):
    from webmap.journey import from_dict

    text = "Nothing much happened in Beijing today."
    located = {"lat": 39.9075, "lon": 116.39723} if places else {}
    journey = from_dict({
        "schema": "webmap.journey/1", "title": "A quiet day",
        "places": {"beijing": {"name": "Beijing", "country": "CN", **located}},
        "mentions": [{"place": "beijing", "surface": "Beijing", "start": 25, "end": 32}],
    }, text)
    path = tmp_path / "map.html"
    path.write_text(map_html(journey, inline=True), encoding="utf-8")
    watched_page.page.goto(path.as_uri())
    watched_page.page.wait_for_selector(".wm-title")
    assert "A quiet day" in watched_page.page.locator(".wm-title").inner_text()
    if not places:
        watched_page.page.click(".wm-itinerary summary")
        assert "Beijing" in watched_page.page.locator(".wm-missing").inner_text()
    watched_page.assert_clean()


def test_printing_shows_the_picture_and_the_journey_as_text(seed_map_page):
    page = seed_map_page.page
    assert not page.locator(".wm-static").is_visible()
    page.emulate_media(media="print")
    assert page.locator(".wm-picture > svg").is_visible() and not page.locator(".folium-map").is_visible()
    text = page.locator(".wm-static ol").inner_text()
    assert "Pyongyang → Dandong" in text and "Military parade" in text
    seed_map_page.assert_clean()


def test_an_arrival_with_no_start_is_a_stop_with_its_sentence_and_no_line(watched_page, tmp_path):
    from webmap.journey import from_dict

    text = "Kim Jong Un has arrived in Beijing by train, state media said on Tuesday."
    journey = from_dict({
        "schema": "webmap.journey/1", "title": "Kim arrives",
        "places": {"beijing": {"name": "Beijing", "country": "CN", "lat": 39.9075, "lon": 116.39723}},
        "arrivals": [{"traveller": "Kim Jong Un", "to": "beijing", "mode": "train", "arrive": "2025-09-02",
                      "quote": {"start": 0, "end": len(text), "text": text}}],
    }, text)
    path = tmp_path / "map.html"
    path.write_text(map_html(journey, inline=True), encoding="utf-8")
    page = watched_page.page
    page.goto(path.as_uri())
    page.locator('[data-place="beijing"]').dispatch_event("click")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    shown = popup.inner_text()
    assert "DESTINATION" in shown.upper() and START in shown and text in shown
    assert page.locator("path.leaflet-interactive").count() == 0  # no route line from a start nobody gave
    page.click(".wm-itinerary summary")
    assert f"Tuesday 2 September 2025: Kim Jong Un arrives in Beijing by train ({START})" \
        in page.locator(".wm-itinerary").inner_text()
    watched_page.assert_clean()


def test_a_leg_between_two_sites_at_one_point_draws_both_stops_and_its_step(watched_page, tmp_path, gazetteer):
    """Two sites the gazetteer lacks, both placed at their town's point (a leg of 0 km): the map draws without
    error, each stop has its marker, and the journey as text keeps the step."""
    from webmap.extract import extract

    text = ("The Queen arrived at Falmouth Docks after an overnight journey from London. A car took her to "
            "Falmouth's National Maritime Museum.")
    journey = extract(text, gazetteer, published="2002-05-01")
    assert [journey.places[leg.to].name for leg in journey.legs] == ["Falmouth Docks", "National Maritime Museum"]
    path = tmp_path / "map.html"
    path.write_text(map_html(journey, inline=True), encoding="utf-8")
    page = watched_page.page
    page.goto(path.as_uri())
    page.wait_for_selector(".wm-title")
    for key in (journey.legs[0].to, journey.legs[1].to):
        assert page.locator(f'[data-place="{key}"]').count() >= 1, key
    page.click(".wm-itinerary summary")
    assert "Falmouth Docks → National Maritime Museum" in page.locator(".wm-itinerary").inner_text()
    watched_page.assert_clean()
