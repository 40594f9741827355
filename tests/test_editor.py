"""The editor's page and JSON API over HTTP: edit keys, revisions with If-Match, provenance of hand edits."""

from __future__ import annotations

import io
import json
import logging
import re

import pytest
from test_app_common import HOSTILE, STORY, fake_extract

from webmap.app import create_app
from webmap.journey import from_dict


@pytest.fixture
def app(tmp_path, gazetteer):
    # RENDER_WAIT: a first map drawn cold on a busy machine may take longer than the 3 s a reader waits before the
    # "being drawn" page (tested in test_server_limits); these tests read the drawn map
    return create_app({"EXTRACT": fake_extract, "GAZETTEER": gazetteer, "DATA_DIR": tmp_path / "data",
                       "LIST_MAPS": True, "TESTING": True, "RENDER_WAIT": 60})


@pytest.fixture
def client(app):
    return app.test_client()


def create(client, text: str = STORY, **args) -> dict:
    r = client.post("/maps", data=text.encode(), content_type="text/plain", query_string=args,
                    headers={"Accept": "application/json"})
    assert r.status_code == 201, r.get_data(as_text=True)
    return r.get_json()


@pytest.fixture
def made(client) -> dict:
    return create(client, title="Kim's trip")


def auth(made: dict, etag: str | None = None) -> dict:
    h = {"Authorization": f"Bearer {made['edit_key']}"}
    if etag:
        h["If-Match"] = f'"{etag}"'
    return h


def current(client, map_id: str) -> tuple[dict, str]:
    listing = client.get(f"/api/maps/{map_id}/revisions").get_json()
    r = client.get(f"/api/maps/{map_id}/revisions/{listing['current']}")
    assert r.status_code == 200
    return r.get_json(), r.headers["ETag"].strip('"')


def save(client, made: dict, doc: dict, etag: str, **headers):
    return client.post(f"/api/maps/{made['id']}/revisions", json=doc, headers={**auth(made, etag), **headers})


# -- edit keys ---------------------------------------------------------------------------------------------------

def test_creating_a_map_hands_out_an_edit_key_once(client, made):
    map_id, key = made["id"], made["edit_key"]
    assert re.fullmatch(r"[A-Za-z0-9_-]{32}", key)
    assert made["edit_url"] == f"http://localhost/maps/{map_id}/edit#key={key}"
    form = client.post("/maps", data={"text": STORY}, content_type="multipart/form-data")
    assert re.fullmatch(r"/maps/[0-9a-f]{12}#key=[A-Za-z0-9_-]{32}", form.headers["Location"])


def test_the_key_is_never_in_viewer_pages_or_logs(client, made, caplog, tmp_path):
    caplog.set_level(logging.DEBUG)
    map_id, key = made["id"], made["edit_key"]
    doc, etag = current(client, map_id)
    doc["title"] = "Renamed"
    assert save(client, made, doc, etag).status_code == 201
    for path in (f"/maps/{map_id}", f"/maps/{map_id}/edit", f"/maps/{map_id}/embed", f"/maps/{map_id}/map",
                 f"/maps/{map_id}.geojson", f"/maps/{map_id}/journey.json", "/maps",
                 f"/api/maps/{map_id}/revisions", f"/api/maps/{map_id}/revisions/2"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert key not in r.get_data(as_text=True), path
    assert key not in caplog.text
    assert key.encode() not in (tmp_path / "data" / "maps.sqlite3").read_bytes()


def test_viewing_is_open_and_every_write_needs_the_key(client, made):
    map_id = made["id"]
    doc, etag = current(client, map_id)
    doc["title"] = "Vandalised"
    url = f"/api/maps/{map_id}/revisions"
    for headers in ({}, {"Authorization": "Bearer wrong-key-wrong-key-wrong-key"}, {"X-Edit-Key": "x"},
                    {"Authorization": f"Basic {made['edit_key']}"}):
        r = client.post(url, json=doc, headers={"If-Match": f'"{etag}"', **headers})
        assert r.status_code == 403 and "edit key" in r.get_json()["message"]
        assert client.put(f"/maps/{map_id}/journey.json", json=doc, headers=headers).status_code == 403
        assert client.delete(f"/maps/{map_id}", headers=headers).status_code == 403
    r = client.post(f"/maps/{map_id}/journey.json", content_type="multipart/form-data",
                    data={"journey": (io.BytesIO(json.dumps(doc).encode()), "j.json"), "edit_key": "nope"})
    assert r.status_code == 403 and "edit key" in r.get_data(as_text=True)
    assert current(client, map_id)[0]["title"] == "Kim's trip"
    ok = client.post(f"/maps/{map_id}/journey.json", content_type="multipart/form-data",
                     data={"journey": (io.BytesIO(json.dumps(doc).encode()), "j.json"), "edit_key": made["edit_key"]})
    assert ok.status_code == 303
    assert client.put(f"/maps/{map_id}/journey.json", json=doc, headers={"X-Edit-Key": made["edit_key"]}
                      ).status_code == 200


def test_cross_site_saves_are_refused_even_with_the_key(client, made):
    doc, etag = current(client, made["id"])
    r = save(client, made, doc, etag, **{"Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403


def test_delete_for_key_holders(client, made):
    map_id = made["id"]
    assert client.delete(f"/maps/{map_id}", headers=auth(made)).status_code == 204
    assert client.get(f"/maps/{map_id}").status_code == 404
    assert client.get(f"/api/maps/{map_id}/revisions").status_code == 404


# -- revisions ---------------------------------------------------------------------------------------------------

def test_save_makes_a_revision_marked_edited_and_listed_with_a_summary(client, made):
    map_id = made["id"]
    doc, etag = current(client, map_id)
    assert etag == f"{map_id}.r1"
    quote = doc["legs"][0]["quote"]
    doc["legs"][0].update(mode="flight", depart="2025-09-01")
    r = save(client, made, doc, etag)
    assert r.status_code == 201
    body = r.get_json()
    assert body["revision"] == 2 and "leg Pyongyang → Beijing: mode train → flight" in body["summary"]
    assert r.headers["ETag"] == f'"{map_id}.r2"' and r.headers["Location"] == f"/api/maps/{map_id}/revisions/2"
    saved, etag2 = current(client, map_id)
    leg = saved["legs"][0]
    assert leg["edited"] is True and leg["quote"] == quote  # the sentence stays: it still says they travelled
    assert "inferred" not in leg or leg["inferred"] is False
    listing = client.get(f"/api/maps/{map_id}/revisions").get_json()
    assert listing["current"] == 2
    assert [(x["number"], x["etag"]) for x in listing["revisions"]] == [(2, etag2), (1, f"{map_id}.r1")]
    assert all(re.match(r"\d{4}-\d\d-\d\dT", x["created"]) for x in listing["revisions"])

    # what viewers see: the map, the story page's list and the GeoJSON all say it was edited by hand
    geo = client.get(f"/maps/{map_id}.geojson").get_json()
    (line,) = [f for f in geo["features"] if f["properties"]["role"] == "leg"]
    assert line["properties"]["edited"] is True and line["properties"]["mode"] == "flight"
    assert "edited by hand" in client.get(f"/maps/{map_id}").get_data(as_text=True)
    assert "Edited by hand." in client.get(f"/maps/{map_id}/map").get_data(as_text=True)


def test_a_stale_save_is_refused_with_409_and_nothing_is_lost(client, made):
    map_id = made["id"]
    doc, etag = current(client, map_id)
    theirs, mine = json.loads(json.dumps(doc)), json.loads(json.dumps(doc))
    theirs["title"] = "Theirs"
    mine["title"] = "Mine"
    assert save(client, made, theirs, etag).status_code == 201
    r = save(client, made, mine, etag)
    assert r.status_code == 409
    body = r.get_json()
    assert "saved by someone else" in body["message"] and body["current"] == 2
    assert current(client, map_id)[0]["title"] == "Theirs"
    # saving again from the newest revision keeps both: theirs is revision 2, mine revision 3
    assert save(client, made, mine, body["etag"]).status_code == 201
    assert client.get(f"/api/maps/{map_id}/revisions/2").get_json()["title"] == "Theirs"
    assert client.get(f"/api/maps/{map_id}/revisions/3").get_json()["title"] == "Mine"


def test_if_match_is_required_and_must_name_a_revision(client, made):
    doc, _ = current(client, made["id"])
    doc["title"] = "x"
    r = client.post(f"/api/maps/{made['id']}/revisions", json=doc, headers=auth(made))
    assert r.status_code == 428 and "If-Match" in r.get_json()["message"]
    assert save(client, made, doc, "000000000000.r1").status_code == 412


def test_bad_saves_are_400_naming_the_field_and_store_nothing(client, made):
    doc, etag = current(client, made["id"])
    doc["legs"][0]["mode"] = "teleport"
    r = save(client, made, doc, etag)
    assert r.status_code == 400 and "legs[0].mode" in r.get_json()["message"]
    r = client.post(f"/api/maps/{made['id']}/revisions", data=b"{nope", content_type="application/json",
                    headers=auth(made, etag))
    assert r.status_code == 400
    doc, etag = current(client, made["id"])
    assert save(client, made, doc, etag).status_code == 400  # nothing changed: no empty revision
    assert client.get(f"/api/maps/{made['id']}/revisions").get_json()["current"] == 1


def test_restore_puts_an_old_revision_back_exactly(client, made):
    map_id = made["id"]
    doc, etag = current(client, map_id)
    doc["title"] = "Changed"
    doc["legs"][0]["mode"] = "car"
    assert save(client, made, doc, etag).status_code == 201
    r = client.post(f"/api/maps/{map_id}/revisions", json={"restore": 1}, headers=auth(made, f"{map_id}.r2"))
    assert r.status_code == 201 and r.get_json()["summary"] == "restored revision 1"
    first = client.get(f"/api/maps/{map_id}/revisions/1").get_json()
    assert client.get(f"/api/maps/{map_id}/revisions/3").get_json() == first
    assert "edited" not in json.dumps(first)
    r = client.post(f"/api/maps/{map_id}/revisions", json={"restore": 9}, headers=auth(made, f"{map_id}.r3"))
    assert r.status_code == 400


def test_a_stop_changed_to_another_place_loses_the_articles_claim(client, made):
    """The article's "Beijing" stays with Beijing only while the stop is Beijing; a stop nudged keeps it."""
    map_id = made["id"]
    doc, etag = current(client, map_id)
    doc["places"]["beijing"].update(name="Shenyang", geonameid=2034937, lat=41.79222, lon=123.43278)
    doc["places"]["pyongyang"].update(lat=39.1, lon=125.8)
    r = save(client, made, doc, etag)
    assert r.status_code == 201
    summary = r.get_json()["summary"]
    assert "Beijing is now Shenyang" in summary and "moved Pyongyang on the map" in summary
    saved, _ = current(client, map_id)
    assert saved["places"]["beijing"]["edited"] and saved["places"]["pyongyang"]["edited"]
    by_place = {m["place"]: m for m in saved["mentions"]}
    assert "beijing" not in by_place  # "Beijing" in the text does not name Shenyang
    assert by_place["pyongyang"]["edited"] is True and by_place["dandong"].get("edited") is None
    geo = client.get(f"/maps/{map_id}.geojson").get_json()
    stops = {f["properties"]["key"]: f["properties"] for f in geo["features"] if f["properties"]["role"] != "leg"}
    assert stops["beijing"]["edited"] is True and "quotes" not in stops["beijing"]


def test_legs_and_events_added_by_hand_need_no_quote(client, made):
    map_id = made["id"]
    doc, etag = current(client, map_id)
    doc["legs"].append({"traveller": "Kim", "from": "beijing", "to": "dandong", "mode": "car"})
    doc["events"].append({"title": "Parade", "place": "beijing", "date": "2025-09-03"})
    r = save(client, made, doc, etag)
    assert r.status_code == 201 and "added leg Beijing → Dandong" in r.get_json()["summary"]
    saved, _ = current(client, map_id)
    assert saved["legs"][1]["edited"] and saved["events"][0]["edited"]
    text = client.get(f"/maps/{map_id}").get_data(as_text=True)
    assert "Parade" in text and text.count("edited by hand") >= 2


# -- the page and the place search --------------------------------------------------------------------------------

def test_edit_page_has_a_strict_csp_and_labels(client, made):
    r = client.get(f"/maps/{made['id']}/edit")
    assert r.status_code == 200
    csp = r.headers["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    html = r.get_data(as_text=True)
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts and all(f'nonce="{nonce}"' in s and "src=\"/static/" in s for s in scripts)
    assert "unsafe-inline" not in csp and "connect-src 'self'" in csp
    for control in re.findall(r'<(?:input|select|textarea)[^>]*id="([^"]+)"', html):
        assert f'for="{control}"' in html, control
    assert client.get("/maps/0123456789ab/edit").status_code == 404


def test_hostile_titles_are_text_in_the_editor(client):
    made = create(client, title=HOSTILE)
    html = client.get(f"/maps/{made['id']}/edit").get_data(as_text=True)
    assert HOSTILE not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_place_search_ranks_candidates_and_completes_prefixes(client):
    r = client.get("/api/places", query_string={"q": "Dandong"})
    assert r.status_code == 200
    first = r.get_json()["places"][0]
    assert (first["name"], first["country"], first["kind"], first["match"]) == ("Dandong", "CN", "city", "exact")
    assert {"geonameid", "admin1", "lat", "lon", "score", "population"} <= set(first)
    typed = [p["name"] for p in client.get("/api/places", query_string={"q": "Shenya"}).get_json()["places"]]
    assert "Shenyang" in typed
    near_us = client.get("/api/places", query_string={"q": "Paris", "near": "33.66,-95.55"}).get_json()["places"]
    assert (near_us[0]["name"], near_us[0]["country"]) == ("Paris", "US")
    assert client.get("/api/places", query_string={"q": "Paris"}).get_json()["places"][0]["country"] == "FR"
    assert client.get("/api/places", query_string={"q": "zzqqxxy"}).get_json()["places"] == []


@pytest.mark.parametrize("args", [{}, {"q": ""}, {"q": "x" * 101}, {"q": "Paris", "near": "north"},
                                  {"q": "Paris", "near": "91,0"}])
def test_place_search_bad_input_is_400(client, args):
    r = client.get("/api/places", query_string=args)
    assert r.status_code == 400 and r.get_json()["message"]


def test_unknown_revisions_are_404(client, made):
    assert client.get(f"/api/maps/{made['id']}/revisions/7").status_code == 404
    assert client.get("/api/maps/0123456789ab/revisions").status_code == 404


def test_the_marked_journey_validates(client, made):
    """What the server stores after marking loads back as a journey against the story's text."""
    doc, etag = current(client, made["id"])
    doc["legs"][0]["traveller"] = "Kim Jong Un"
    assert save(client, made, doc, etag).status_code == 201
    saved, _ = current(client, made["id"])
    journey = from_dict(saved, STORY)
    assert journey.legs[0].edited and journey.legs[0].traveller == "Kim Jong Un"


def test_the_text_list_says_edited_only_of_what_was_edited():
    from webmap import storyview
    from webmap.render import itinerary_html

    journey = fake_extract(STORY, None)
    journey.legs[0].edited = True
    journey.places["beijing"].edited = True
    items = {(it.kind, it.title): it.provenance for it in storyview.itinerary(journey)}
    assert items == {("stop", "Pyongyang"): "inferred", ("leg", "Pyongyang → Beijing by train"): "edited",
                     ("stop", "Beijing"): "edited"}
    assert "Pyongyang → Beijing by train (edited by hand)" in itinerary_html(journey, [])


def test_a_drafts_runner_up_readings_reach_the_editor(gazetteer, tmp_path):
    """The real extractor keeps the resolver's other readings of a name; the editor's API hands them over."""
    app = create_app({"GAZETTEER": gazetteer, "DATA_DIR": tmp_path / "data", "TESTING": True})
    client = app.test_client()
    text = ("Kim Jong Un left Pyongyang on Monday aboard his special train for Beijing, "
            "a trip watched closely in Washington and Moscow.\n")
    doc, _ = current(client, create(client, text, published="2025-09-01")["id"])
    moscow = doc["places"]["moscow"]
    assert moscow["country"] == "RU"
    others = moscow["candidates"]
    assert others and all(c["name"] == "Moscow" and c["country"] != "RU" for c in others)
    assert all({"lat", "lon", "kind", "score"} <= set(c) for c in others)
