"""The editor in a real headless Chromium: a wrong draft fixed by search, by drag and by reordering; saved,
reloaded, restored; a stale second page refused; no key, no save; axe-core clean; hostile text stays text."""

from __future__ import annotations

import json
import math
import urllib.request

import pytest
from conftest import HOSTILE, axe_violations
from playwright.sync_api import expect
from test_app_common import STORY, hostile_journey_dict, running

from webmap.app import create_app
from webmap.journey import from_dict
from webmap.mapstore import MapStore
from webmap.web.keys import new_key


def _span(text: str, needle: str) -> dict:
    i = text.index(needle)
    return {"start": i, "end": i + len(needle), "text": needle}


def wrong_draft() -> dict:
    """What a poor extraction could make of STORY: Dandong taken for West, Texas, Beijing placed in Sichuan, and
    the stops in the wrong order."""
    s1, s2 = STORY.splitlines()
    return {
        "schema": "webmap.journey/1", "title": "Kim's train", "source": {"title": "Test story"},
        "places": {"pyongyang": {"name": "Pyongyang", "country": "KP", "lat": 39.03385, "lon": 125.75432,
                                 "geonameid": 1871859, "source": "GeoNames"},
                   "beijing": {"name": "Beijing", "country": "CN", "lat": 30.0, "lon": 100.0, "source": "test"},
                   "dandong": {"name": "West", "country": "US", "lat": 31.80208, "lon": -97.09251,
                               "geonameid": 4740328, "source": "GeoNames"}},
        "legs": [{"traveller": "Kim", "from": "pyongyang", "to": "beijing", "mode": "train", "quote": _span(STORY, s1)},
                 {"traveller": "Kim", "from": "beijing", "to": "dandong", "mode": "train", "quote": _span(STORY, s2)}],
        "mentions": [{"place": k, "surface": n, **{x: _span(STORY, n)[x] for x in ("start", "end")}}
                     for k, n in (("pyongyang", "Pyongyang"), ("dandong", "Dandong"), ("beijing", "Beijing"))],
    }


@pytest.fixture
def server(gazetteer, tmp_path):
    # the drawn map itself, not the "being drawn" page a cold first drawing past 3 s gives on a loaded machine
    app = create_app({"GAZETTEER": gazetteer, "DATA_DIR": tmp_path / "data", "RENDER_WAIT": 60, "JOB_SECONDS": 60})
    with running(app) as url:
        yield url, MapStore.in_dir(tmp_path / "data")


def stored(store: MapStore, doc: dict, text: str = STORY) -> tuple[str, str]:
    key, key_hash = new_key()
    record = store.create(from_dict(doc, text), text, title=doc["title"], key_hash=key_hash)
    return record.id, key


def api(url: str) -> dict:
    with urllib.request.urlopen(url) as r:  # noqa: S310 - our own server on 127.0.0.1
        return json.loads(r.read())


def open_editor(watched, url: str, map_id: str, key: str | None = None):
    page = watched.page
    page.goto(f"{url}/maps/{map_id}/edit" + (f"#key={key}" if key else ""))
    page.wait_for_selector("#ed-stops .ed-stop")
    return page


def stop_names(page) -> list[str]:
    return page.locator(".ed-stop-head strong").all_inner_texts()


def mercator(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def pin_centre(page, key: str) -> tuple[float, float]:
    box = page.locator(f'.ed-pin[data-place="{key}"]').bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def test_fix_a_wrong_draft_save_reload_restore(server, watched_page):
    url, store = server
    map_id, key = stored(store, wrong_draft())
    page = open_editor(watched_page, url, map_id, key)
    assert "key=" not in page.url  # the key leaves the address bar at once (it is kept in this browser)
    assert stop_names(page) == ["Pyongyang", "Beijing", "West"]

    # order: Dandong (drafted as "West") comes before Beijing
    page.get_by_role("button", name="Move stop 3 (West) up").click()
    assert stop_names(page) == ["Pyongyang", "West", "Beijing"]

    # by search, with the keyboard alone: type, arrow down to Dandong, China, Enter
    page.locator("#place-1").focus()
    page.keyboard.type("Dandon", delay=20)
    options = page.locator("#place-1-list [role=option]")
    options.first.wait_for()
    texts = options.all_inner_texts()
    # the city (the gazetteer also holds Dandong Shi, the prefecture around it)
    target = next(i for i, t in enumerate(texts) if t.split()[:2] != ["Dandong", "Shi"]
                  and t.startswith("Dandong") and "CN" in t and "city" in t)
    for _ in range(target + 1):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.locator(".ed-stop-head strong").nth(1)).to_have_text("Dandong")
    assert "CN" in page.locator(".ed-stop-head .ed-meta").nth(1).inner_text()

    # by drag: Beijing's marker from Sichuan to Beijing, placed by the map's own projection
    (px, py), (bx, by) = pin_centre(page, "pyongyang"), pin_centre(page, "beijing")
    sx = (px - bx) / (125.75432 - 100.0)
    sy = (py - by) / (mercator(39.03385) - mercator(30.0))
    tx, ty = bx + (116.39723 - 100.0) * sx, by + (mercator(39.9075) - mercator(30.0)) * sy
    page.mouse.move(bx, by)
    page.mouse.down()
    page.mouse.move((bx + tx) / 2, (by + ty) / 2, steps=5)
    page.mouse.move(tx, ty, steps=5)
    page.mouse.up()
    expect(page.locator("#ed-status")).to_contain_text("Beijing moved")

    # mode and dates; the map redraws at once (the line's colour follows the mode)
    page.select_option("#leg-1-mode", "car")
    expect(page.locator("path.ed-line-1")).to_have_attribute("stroke", "#6a3d9a", timeout=500)
    page.get_by_role("button", name="Undo").click()
    assert page.locator("#leg-1-mode").input_value() == "train"
    page.get_by_role("button", name="Redo").click()
    assert page.locator("#leg-1-mode").input_value() == "car"
    page.fill("#leg-0-depart", "2025-09-01")
    page.fill("#leg-1-arrive", "2025-09-02")
    expect(page.locator("#leg-1-arrive")).to_have_value("2025-09-02")

    page.get_by_role("button", name="Save").click()
    expect(page.locator("#ed-status")).to_contain_text("revision 2 saved")
    saved = api(f"{url}/api/maps/{map_id}/revisions/2")
    legs = [(leg["from"], leg["to"], leg["mode"], leg.get("depart"), leg.get("arrive")) for leg in saved["legs"]]
    assert legs == [("pyongyang", "dandong", "train", "2025-09-01", None),
                    ("dandong", "beijing", "car", None, "2025-09-02")]
    dandong, beijing = saved["places"]["dandong"], saved["places"]["beijing"]
    assert (dandong["name"], dandong["country"], dandong["edited"]) == ("Dandong", "CN", True)
    assert abs(beijing["lat"] - 39.9075) < 1.5 and abs(beijing["lon"] - 116.39723) < 1.5 and beijing["edited"]
    assert all(leg["edited"] for leg in saved["legs"])
    assert any(m["place"] == "dandong" and m.get("edited") for m in saved["mentions"])  # "Dandong" names it

    expect(page.locator("#ed-revisions li")).to_have_count(2)  # the list fetched after the save has come back: a
    page.reload()  # reload while it is in flight aborts it (net::ERR_ABORTED, a failed request to the watcher)
    page.wait_for_selector("#ed-stops .ed-stop")
    assert stop_names(page) == ["Pyongyang", "Dandong", "Beijing"]
    assert page.locator("#leg-1-mode").input_value() == "car"
    assert "You hold this map" in page.locator("#ed-key-status").inner_text()

    page.get_by_role("button", name="Restore revision 1 as the newest").click()
    expect(page.locator("#ed-status")).to_contain_text("revision 3 saved")
    assert stop_names(page) == ["Pyongyang", "Beijing", "West"]
    assert api(f"{url}/api/maps/{map_id}/revisions/3") == api(f"{url}/api/maps/{map_id}/revisions/1")
    expect(page.locator("#ed-revisions li")).to_have_count(3)  # the list is fetched again after the status
    watched_page.assert_clean()


def test_a_second_pages_stale_save_is_refused_and_nothing_is_lost(server, watched_page):
    url, store = server
    map_id, key = stored(store, wrong_draft())
    first = open_editor(watched_page, url, map_id, key)
    second = first.context.new_page()
    second.goto(f"{url}/maps/{map_id}/edit")  # the key is in this browser's storage now
    second.wait_for_selector("#ed-stops .ed-stop")

    first.fill("#ed-title", "Saved first")
    first.locator("#ed-title").press("Tab")
    first.get_by_role("button", name="Save").click()
    expect(first.locator("#ed-status")).to_contain_text("revision 2 saved")

    second.fill("#ed-title", "Saved second")
    second.locator("#ed-title").press("Tab")
    second.get_by_role("button", name="Save").click()
    alert = second.locator("#ed-alert")
    alert.wait_for()
    assert "saved by someone else (revision 2)" in alert.inner_text()
    assert second.locator("#ed-title").input_value() == "Saved second"  # the second person's work is still here
    assert api(f"{url}/api/maps/{map_id}/revisions")["current"] == 2
    assert api(f"{url}/api/maps/{map_id}/revisions/2")["title"] == "Saved first"

    second.get_by_role("button", name="Save mine as a new revision anyway").click()
    expect(second.locator("#ed-status")).to_contain_text("revision 3 saved")
    assert api(f"{url}/api/maps/{map_id}/revisions/3")["title"] == "Saved second"
    assert api(f"{url}/api/maps/{map_id}/revisions/2")["title"] == "Saved first"
    second.close()
    watched_page.assert_clean()


def test_without_the_key_nothing_is_saved(server, watched_page):
    url, store = server
    map_id, _ = stored(store, wrong_draft())
    page = open_editor(watched_page, url, map_id)
    assert page.locator("#ed-key-form").is_visible()
    page.fill("#ed-title", "Vandalised")
    page.locator("#ed-title").press("Tab")
    assert page.get_by_role("button", name="Save").is_disabled()
    page.fill("#ed-key-input", "not-the-key-not-the-key-not-the-key")
    page.get_by_role("button", name="Use this key").click()
    page.get_by_role("button", name="Save").click()
    page.locator("#ed-alert").wait_for()
    assert "edit key" in page.locator("#ed-alert").inner_text()
    assert api(f"{url}/api/maps/{map_id}/revisions")["current"] == 1
    assert page.locator("#ed-key-form").is_visible()
    watched_page.console_errors[:] = [e for e in watched_page.console_errors if "403" not in e]
    watched_page.assert_clean()


@pytest.mark.parametrize("width", [1280, 390])
def test_edit_page_has_no_axe_violations(server, watched_page, width, tmp_path):
    url, store = server
    map_id, key = stored(store, wrong_draft())
    watched_page.page.set_viewport_size({"width": width, "height": 860})
    page = open_editor(watched_page, url, map_id, key)
    page.locator("#place-0").focus()
    page.keyboard.type("Pyong", delay=20)
    page.locator("#place-0-list [role=option]").first.wait_for()
    assert axe_violations(page) == []
    page.keyboard.press("Escape")
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing runs off a phone's screen
    page.screenshot(path=str(tmp_path / f"editor-{width}.png"), full_page=True)
    watched_page.assert_clean()


def test_hostile_text_is_shown_as_text(server, watched_page):
    url, store = server
    doc = hostile_journey_dict()
    doc["source"].pop("text")
    from test_app_common import HOSTILE_TEXT

    map_id, key = stored(store, doc, HOSTILE_TEXT)
    page = open_editor(watched_page, url, map_id, key)
    assert HOSTILE in stop_names(page)
    assert HOSTILE in page.locator("#ed-title").input_value()
    assert HOSTILE in page.locator(".ed-events").inner_text()
    page.locator('.ed-pin[data-place="evil"]').click()
    page.locator(".leaflet-popup-content").wait_for()
    assert HOSTILE in page.locator(".leaflet-popup-content").inner_text()
    assert page.locator("img[src=x]").count() == 0 and page.locator("script:not([src])").count() == 0
    watched_page.assert_clean()


def test_a_new_map_hands_its_creator_the_edit_link(server, watched_page):
    """The form's redirect carries the key in the fragment: the story page shows the link once, keeps the key in
    this browser, drops it from the address bar, and the editor then saves with it."""
    url, store = server
    page = watched_page.page
    page.goto(url + "/maps/new")
    page.fill("#title", "A fresh draft")
    page.fill("#text", STORY)
    page.click("button[type=submit]")
    note = page.locator("#key-note")
    note.wait_for()
    link = note.locator("a").get_attribute("href")
    map_id = page.url.rsplit("/", 1)[1]
    assert "#key=" not in page.url and link.startswith(f"{url}/maps/{map_id}/edit#key=")
    key = link.split("#key=")[1]
    assert key not in page.content().replace(link, "")  # only in the one-time note the script wrote
    assert page.locator("#edit-key").input_value() == key  # the upload form is ready to use it
    page.frame_locator("#map-frame").locator(".wm-marker").first.wait_for()
    page.goto(link)
    page.wait_for_selector("#ed-stops .ed-stop")
    page.fill("#ed-title", "Fixed title")
    page.locator("#ed-title").press("Tab")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#ed-status")).to_contain_text("revision 2 saved")
    assert api(f"{url}/api/maps/{map_id}/revisions/2")["title"] == "Fixed title"
    watched_page.assert_clean()


def test_add_remove_mention_and_events(server, watched_page):
    """Add a stop between two and find its place; turn a stop into a place merely mentioned and back; remove one;
    add, move and remove events; then save and read the journey back."""
    url, store = server
    map_id, key = stored(store, wrong_draft())
    page = open_editor(watched_page, url, map_id, key)
    page.get_by_role("button", name="Add stop after stop 1 (Pyongyang)").click()
    assert stop_names(page) == ["Pyongyang", "New stop", "Beijing", "West"]
    assert page.evaluate("document.activeElement.id") == "place-1"  # ready to type its place
    page.keyboard.type("Shenyang", delay=10)
    page.locator("#place-1-list [role=option]").first.wait_for()
    page.keyboard.press("Enter")
    expect(page.locator(".ed-stop-head strong").nth(1)).to_have_text("Shenyang")

    page.get_by_role("button", name="Only mentioned: keep West as a place the article names, not a stop").click()
    assert stop_names(page) == ["Pyongyang", "Shenyang", "Beijing"]
    assert "West" in page.locator("#ed-others").inner_text()
    page.get_by_role("button", name="Make it a stop: West, at the end of the journey").click()
    assert stop_names(page) == ["Pyongyang", "Shenyang", "Beijing", "West"]
    page.get_by_role("button", name="Remove stop 4 (West)").click()
    assert stop_names(page) == ["Pyongyang", "Shenyang", "Beijing"]
    assert "West" not in page.locator("#ed-others").inner_text()  # removed, not merely mentioned

    page.get_by_role("button", name="Add an event").click()
    assert page.evaluate("document.activeElement.id") == "ev-0-title"
    page.fill("#ev-0-title", "Military parade")
    page.locator("#ev-0-title").press("Tab")
    page.select_option("#ev-0-place", "beijing")
    page.fill("#ev-0-date", "2025-09-03")
    page.get_by_role("button", name="Add an event").click()
    page.get_by_role("button", name="Remove event 2 (New event)").click()
    expect(page.locator(".ed-star")).to_have_count(1)

    page.get_by_role("button", name="Save").click()
    expect(page.locator("#ed-status")).to_contain_text("revision 2 saved")
    saved = api(f"{url}/api/maps/{map_id}/revisions/2")
    assert [(leg["from"], leg["to"]) for leg in saved["legs"]] == [("pyongyang", "new-stop"), ("new-stop", "beijing")]
    assert saved["places"]["new-stop"]["name"] == "Shenyang" and "dandong" not in saved["places"]
    assert not any(m["place"] == "dandong" for m in saved["mentions"])
    assert [(e["title"], e["place"], e["date"], e["edited"]) for e in saved["events"]] == [
        ("Military parade", "beijing", "2025-09-03", True)]
    summary = api(f"{url}/api/maps/{map_id}/revisions")["revisions"][0]["summary"]
    assert "added place Shenyang" in summary and "added event “Military parade”" in summary
    watched_page.assert_clean()


def test_unsaved_changes_survive_a_closed_tab(server, watched_page):
    url, store = server
    map_id, key = stored(store, wrong_draft())
    first = open_editor(watched_page, url, map_id, key)
    first.select_option("#leg-0-mode", "flight")
    later = first.context.new_page()  # as if the tab had been closed and the editor opened again
    later.goto(f"{url}/maps/{map_id}/edit")
    later.wait_for_selector("#ed-stops .ed-stop")
    assert later.locator("#leg-0-mode").input_value() == "train"
    later.get_by_role("button", name="Bring back the unsaved changes").click()
    assert later.locator("#leg-0-mode").input_value() == "flight"
    later.get_by_role("button", name="Save").click()
    expect(later.locator("#ed-status")).to_contain_text("revision 2 saved")
    assert api(f"{url}/api/maps/{map_id}/revisions/2")["legs"][0]["mode"] == "flight"
    later.close()
    watched_page.assert_clean()


def test_an_arrival_with_no_start_is_listed_edited_and_removed(server, watched_page):
    url, store = server
    doc = wrong_draft()
    s1 = STORY.splitlines()[0]
    doc["legs"] = doc["legs"][1:]  # Beijing -> "West" only; Kim's arrival in Pyongyang has no start
    doc["arrivals"] = [{"traveller": "Kim", "to": "pyongyang", "mode": "unknown", "quote": _span(STORY, s1)}]
    map_id, key = stored(store, doc)
    page = open_editor(watched_page, url, map_id, key)
    assert stop_names(page) == ["Pyongyang", "Beijing", "West"]
    head = page.locator(".ed-arrival .ed-leg-head").inner_text()
    assert "Arrives at Pyongyang" in head and "start not on the map" in head
    page.select_option("#arr-0-mode", "train")
    page.fill("#arr-0-arrive", "2025-09-01")
    expect(page.locator("#arr-0-arrive")).to_have_value("2025-09-01")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#ed-status")).to_contain_text("revision 2 saved")
    saved = api(f"{url}/api/maps/{map_id}/revisions/2")
    assert [(a["to"], a["mode"], a["arrive"], a["edited"]) for a in saved["arrivals"]] == \
        [("pyongyang", "train", "2025-09-01", True)]
    page.get_by_role("button", name="Only mentioned: keep Pyongyang as a place the article names, not a stop").click()
    assert stop_names(page) == ["Beijing", "West"]
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#ed-status")).to_contain_text("revision 3 saved")
    saved = api(f"{url}/api/maps/{map_id}/revisions/3")
    assert "arrivals" not in saved and "pyongyang" in saved["places"]  # no stop, but the article still names it
    watched_page.assert_clean()
