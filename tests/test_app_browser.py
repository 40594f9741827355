"""The served pages in headless Chromium with every non-local request blocked."""

from __future__ import annotations

import pytest
from test_app_common import HOSTILE, STORY, fake_extract, running, write_hostile_journey

from webmap.app import create_app

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def seed_url(gazetteer, tmp_path_factory):
    app = create_app({"GAZETTEER": gazetteer, "DATA_DIR": tmp_path_factory.mktemp("data"),
                      "EXTRACT": fake_extract})
    with running(app) as url:
        yield url


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    app = create_app({"JOURNEY_PATH": write_hostile_journey(tmp), "GAZETTEER": object(), "DATA_DIR": tmp / "data"})
    with running(app, production=True) as url:
        yield url


def open_story(watched, url: str):
    page = watched.page
    page.goto(url, wait_until="load")
    frame = page.frame_locator("#map-frame")
    frame.locator(".wm-marker").first.wait_for()
    return page, frame


def test_story_page_loads_clean_with_highlights_and_the_map(seed_url, watched_page):
    page, frame = open_story(watched_page, seed_url + "/")
    assert page.locator(".article-text a.place").count() >= 20
    assert page.locator('.article-text a.place[data-place="dandong"]').is_visible()
    assert page.locator("ol.itinerary > li").count() >= 7
    for key in ("pyongyang", "dandong", "beijing"):
        assert frame.locator(f'.wm-marker[data-place="{key}"]').count() >= 1, key
    assert frame.locator("path.wm-leg").count() == 2
    watched_page.assert_clean()


def test_clicking_a_highlight_focuses_the_place_on_the_map(seed_url, watched_page):
    page, frame = open_story(watched_page, seed_url + "/")
    page.locator('.article-text a.place[data-place="dandong"]').click()
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Dandong" in popup.inner_text()
    assert "is-focused" in page.locator('.article-text a.place[data-place="dandong"]').get_attribute("class")
    watched_page.assert_clean()


def test_embed_page_is_clean(seed_url, watched_page):
    page = watched_page.page
    page.goto(seed_url + "/embed", wait_until="load")
    page.frame_locator(".embed-preview iframe").locator(".wm-marker").first.wait_for()
    assert seed_url + "/map" in page.locator("#snippet").input_value()
    watched_page.assert_clean()


def test_new_map_form_in_a_real_browser(seed_url, watched_page):
    """A real browser's form post passes the cross-site check and lands on the draft's story page."""
    page = watched_page.page
    page.goto(seed_url + "/maps/new", wait_until="load")
    page.fill("#title", "A test trip")
    page.fill("#text", STORY)
    page.click("button[type=submit]")
    page.wait_for_url("**/maps/*")
    assert page.locator("h1").inner_text() == "A test trip"
    page.frame_locator("#map-frame").locator(".wm-marker").first.wait_for()
    assert page.locator(".article-text a.place").count() == 3
    watched_page.assert_clean()


def test_hostile_journey_opens_no_dialog_and_shows_the_text(hostile_url, watched_page):
    page, frame = open_story(watched_page, hostile_url + "/")
    assert page.locator(".article-text a.place", has_text=HOSTILE).is_visible()
    assert HOSTILE in page.locator("h1").inner_text()
    assert page.locator("img[src=x]").count() == 0
    page.locator('.article-text a.place[data-place="evil"]').click()  # focuses it on the map: its popup opens
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for()
    assert HOSTILE in popup.inner_text()
    assert frame.locator("img[src=x]").count() == 0
    watched_page.assert_clean()
    assert watched_page.dialogs == []
