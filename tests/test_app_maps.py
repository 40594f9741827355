"""Maps made from pasted or uploaded stories: limits, strict decoding, cross-site checks, corrections."""

from __future__ import annotations

import io
import json
import re

import pytest
from test_app_common import HOSTILE, STORY, fake_extract

from webmap.app import create_app
from webmap.mapstore import MapStore

KB = 1024


@pytest.fixture
def app(tmp_path):
    # The fake extractor needs no gazetteer and places everything by hand: a sentinel proves none is opened.
    return create_app({"EXTRACT": fake_extract, "GAZETTEER": object(), "DATA_DIR": tmp_path / "data", "LIST_MAPS": True,
                       "TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def store(app, tmp_path):
    return MapStore.in_dir(tmp_path / "data")


def post_story(client, text: str | bytes = STORY, *, file: bytes | None = None, filename: str = "story.txt",
               headers: dict | None = None, **fields):
    data = {"text": text, **fields}
    if file is not None:
        data["file"] = (io.BytesIO(file), filename)
    return client.post("/maps", data=data, content_type="multipart/form-data", headers=headers or {})


KEYS: dict[str, str] = {}  # map id -> the edit key its creation handed out


def created_id(resp) -> str:
    """The new map's id, from the redirect that hands its creator the edit key in the URL fragment."""
    assert resp.status_code == 303, resp.get_data(as_text=True)[:500]
    m = re.fullmatch(r"/maps/([0-9a-f]{12})#key=([A-Za-z0-9_-]{32})", resp.headers["Location"])
    assert m, resp.headers["Location"]
    KEYS[m.group(1)] = m.group(2)
    return m.group(1)


def key_header(map_id: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {KEYS[map_id]}"}


# -- making a map -----------------------------------------------------------------------------------------------

def test_new_map_form(client):
    r = client.get("/maps/new")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert 'enctype="multipart/form-data"' in html and 'name="text"' in html and 'name="file"' in html
    assert 'name="title"' in html and 'name="published"' in html


def test_paste_makes_a_stored_map_with_all_its_routes(client, store):
    map_id = created_id(post_story(client, title="Kim's trip", published="2025-09-01"))
    story = client.get(f"/maps/{map_id}")
    assert story.status_code == 200
    html = story.get_data(as_text=True)
    assert "Kim&#39;s trip" in html and "Draft." in html
    assert f'src="/maps/{map_id}/map"' in html
    assert 'data-place="pyongyang"' in html and 'data-place="beijing"' in html
    assert "inferred, confidence 50%" in html

    m = client.get(f"/maps/{map_id}/map")
    assert m.status_code == 200 and m.mimetype == "text/html" and "leaflet" in m.get_data(as_text=True)
    assert client.get(f"/maps/{map_id}/map", headers={"If-None-Match": m.headers["ETag"]}).status_code == 304
    assert "no-cache" in m.headers["Cache-Control"]  # it changes when the journey is corrected

    g = client.get(f"/maps/{map_id}.geojson")
    assert g.status_code == 200 and g.mimetype == "application/geo+json"
    assert json.loads(g.data)["type"] == "FeatureCollection"

    j = client.get(f"/maps/{map_id}/journey.json")
    assert j.status_code == 200 and j.mimetype == "application/json"
    assert "attachment" in j.headers["Content-Disposition"]
    doc = json.loads(j.data)
    assert doc["title"] == "Kim's trip" and doc["source"]["published"] == "2025-09-01"
    assert doc["places"]["pyongyang"]["lat"] == pytest.approx(39.03385)

    t = client.get(f"/maps/{map_id}/story.txt")
    assert t.get_data(as_text=True) == STORY

    e = client.get(f"/maps/{map_id}/embed")
    assert f"http://localhost/maps/{map_id}/map" in e.get_data(as_text=True)

    listing = client.get("/maps").get_data(as_text=True)
    assert f'href="/maps/{map_id}"' in listing and "Kim&#39;s trip" in listing
    assert store.count() == 1


def test_upload_a_txt_file(client):
    map_id = created_id(post_story(client, "", file=STORY.encode("utf-8")))
    assert client.get(f"/maps/{map_id}/story.txt").get_data(as_text=True) == STORY


def test_textarea_crlf_is_normalised(client):
    map_id = created_id(post_story(client, STORY.replace("\n", "\r\n")))
    assert client.get(f"/maps/{map_id}/story.txt").get_data(as_text=True) == STORY


def test_plain_text_body_for_scripts(client):
    r = client.post("/maps?title=Scripted", data=STORY.encode(), content_type="text/plain",
                    headers={"Accept": "application/json"})
    assert r.status_code == 201
    body = r.get_json()
    assert re.fullmatch(r"[0-9a-f]{12}", body["id"]) and body["url"].endswith(f"/maps/{body['id']}")
    assert "Scripted" in client.get(f"/maps/{body['id']}").get_data(as_text=True)


def test_urlencoded_form(client):
    r = client.post("/maps", data={"text": STORY, "title": "Plain form"},
                    content_type="application/x-www-form-urlencoded")
    map_id = created_id(r)
    assert "Plain form" in client.get(f"/maps/{map_id}").get_data(as_text=True)


def test_a_story_with_no_journey_still_makes_a_map(client):
    map_id = created_id(post_story(client, "Nothing happened in Beijing today.\n"))
    html = client.get(f"/maps/{map_id}").get_data(as_text=True)
    assert "No journey was found in this story" in html


def test_real_extractor_makes_the_draft(gazetteer, tmp_path):
    """The real webmap.story.extract behind the form: legs, modes and dates come out, and the page shows them."""
    # a busy machine may take longer than the 3 s a reader waits before the page that refreshes itself
    app = create_app({"GAZETTEER": gazetteer, "DATA_DIR": tmp_path, "TESTING": True, "RENDER_WAIT": 120})
    client = app.test_client()
    text = ("Kim Jong Un left Pyongyang on Monday aboard his special train. "
            "It crossed into China through Dandong that evening, with Beijing as the final stop on Tuesday.\n")
    map_id = created_id(post_story(client, text, title="Kim to Beijing", published="2025-09-01"))
    doc = json.loads(client.get(f"/maps/{map_id}/journey.json").data)
    assert doc["title"] == "Kim to Beijing"
    legs = [(leg["from"], leg["to"], leg["mode"]) for leg in doc["legs"]]
    assert legs == [("pyongyang", "dandong", "train"), ("dandong", "beijing", "train")]
    assert doc["legs"][0]["depart"] == "2025-09-01" and doc["legs"][1]["arrive"] == "2025-09-02"
    html = client.get(f"/maps/{map_id}").get_data(as_text=True)
    assert "Pyongyang → Dandong by train" in html and "Tuesday 2 September 2025" in html
    assert client.get(f"/maps/{map_id}/map").status_code == 200


# -- input limits -----------------------------------------------------------------------------------------------

def test_empty_is_400_and_stores_nothing(client, store):
    for text in ("", "   \n\t  "):
        r = post_story(client, text)
        assert r.status_code == 400 and "no text" in r.get_data(as_text=True).lower()
    assert post_story(client, "", file=b"").status_code == 400
    assert store.count() == 0


def test_non_utf8_is_400_with_the_reason(client, store):
    r = post_story(client, "", file="Kim left Pyongyang for Pékin.".encode("latin-1"), filename="latin1.txt")
    assert r.status_code == 400
    html = r.get_data(as_text=True)
    assert "not UTF-8" in html and "offset 24" in html
    r = client.post("/maps", data=b"text=Kim%20left%20Pyongyang%20for%20P%E9kin",
                    content_type="application/x-www-form-urlencoded")
    assert r.status_code == 400 and "not UTF-8" in r.get_data(as_text=True)
    r = client.post("/maps", data=b"P\xe9kin", content_type="text/plain", headers={"Accept": "application/json"})
    assert r.status_code == 400 and "not UTF-8" in r.get_json()["message"]
    assert post_story(client, "", file=b"\x00\x01binary").status_code == 400
    assert store.count() == 0


def test_size_limit(client, store):
    line = "Kim left Pyongyang for Beijing.\n"
    at_limit = (line * (200 * KB // len(line) + 1))[: 200 * KB]
    assert len(at_limit.encode()) == 200 * KB
    created_id(post_story(client, at_limit))
    over = at_limit + "x"
    r = post_story(client, over)
    assert r.status_code == 413 and "200 KB" in r.get_data(as_text=True)
    assert post_story(client, "", file=over.encode()).status_code == 413
    assert post_story(client, "x" * (3 * 1024 * KB)).status_code == 413  # far over: refused before it is read
    assert store.count() == 1


def test_text_and_file_together_is_400(client, store):
    assert post_story(client, STORY, file=STORY.encode()).status_code == 400
    assert store.count() == 0


def test_bad_publication_date_is_400(client, store):
    r = post_story(client, published="next Monday")
    assert r.status_code == 400 and "YYYY-MM-DD" in r.get_data(as_text=True)
    assert store.count() == 0


def test_failed_extraction_stores_nothing_and_shows_no_traceback(tmp_path):
    def broken(*args, **kwargs):
        raise RuntimeError("extractor internals")

    app = create_app({"EXTRACT": broken, "GAZETTEER": object(), "DATA_DIR": tmp_path})
    r = post_story(app.test_client())
    assert r.status_code == 500
    html = r.get_data(as_text=True)
    assert "extractor internals" not in html and "Traceback" not in html
    assert MapStore.in_dir(tmp_path).count() == 0


def test_form_values_are_escaped_when_shown_again(client):
    r = post_story(client, "", title=HOSTILE)
    assert r.status_code == 400
    html = r.get_data(as_text=True)
    assert HOSTILE not in html and 'value="&lt;img src=x onerror=alert(1)&gt;"' in html


def test_hostile_title_is_escaped(client):
    map_id = created_id(post_story(client, title=HOSTILE))
    for path in (f"/maps/{map_id}", "/maps", f"/maps/{map_id}/embed"):
        html = client.get(path).get_data(as_text=True)
        assert HOSTILE not in html and "&lt;img src=x onerror=alert(1)&gt;" in html, path


# -- cross-site posts -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("headers", [{"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"},
                                     {"Sec-Fetch-Site": "same-site"}, {"Origin": "null"},
                                     {"Referer": "http://evil.example/page"},
                                     {"Origin": "http://localhost.evil.example"}])
def test_cross_site_posts_are_refused(client, store, headers):
    r = post_story(client, headers=headers)
    assert r.status_code == 403
    assert store.count() == 0


@pytest.mark.parametrize("headers", [{"Origin": "http://localhost"}, {"Sec-Fetch-Site": "same-origin"},
                                     {"Sec-Fetch-Site": "same-origin", "Origin": "http://localhost"},
                                     {"Referer": "http://localhost/maps/new"}, {}])
def test_same_site_posts_pass(client, headers):
    created_id(post_story(client, headers=headers))


def test_cross_site_journey_upload_is_refused(client):
    map_id = created_id(post_story(client))
    doc = client.get(f"/maps/{map_id}/journey.json").data
    r = client.put(f"/maps/{map_id}/journey.json", data=doc, content_type="application/json",
                   headers={"Sec-Fetch-Site": "cross-site", **key_header(map_id)})
    assert r.status_code == 403


# -- correcting a draft -----------------------------------------------------------------------------------------

def upload(client, map_id: str, raw: bytes, key: str | None = None):
    """The story page's upload form: the journey file and the edit key field."""
    return client.post(f"/maps/{map_id}/journey.json", data={"journey": (io.BytesIO(raw), "edited.json"),
                                                             "edit_key": KEYS[map_id] if key is None else key},
                       content_type="multipart/form-data")


def test_upload_a_corrected_journey(client):
    map_id = created_id(post_story(client))
    before = client.get(f"/maps/{map_id}/map")
    doc = json.loads(client.get(f"/maps/{map_id}/journey.json").data)
    doc["title"] = "Corrected by an editor"
    doc["legs"][0].update(inferred=False, mode="train", depart="2025-09-01")
    doc["legs"][0].pop("confidence")
    r = upload(client, map_id, json.dumps(doc).encode())
    assert r.status_code == 303 and r.headers["Location"] == f"/maps/{map_id}"
    html = client.get(f"/maps/{map_id}").get_data(as_text=True)
    assert "Corrected by an editor" in html and "revision 2" in html and "inferred, confidence" not in html
    after = client.get(f"/maps/{map_id}/map", headers={"If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200 and after.headers["ETag"] != before.headers["ETag"]


def test_upload_with_a_new_place_by_name_is_located(gazetteer, tmp_path):
    app = create_app({"EXTRACT": fake_extract, "GAZETTEER": gazetteer, "DATA_DIR": tmp_path, "TESTING": True})
    client = app.test_client()
    map_id = created_id(post_story(client))
    doc = json.loads(client.get(f"/maps/{map_id}/journey.json").data)
    doc["places"]["shenyang"] = {"name": "Shenyang", "country": "CN"}
    doc["legs"][0]["via"] = ["shenyang"]
    assert upload(client, map_id, json.dumps(doc).encode()).status_code == 303
    geo = json.loads(client.get(f"/maps/{map_id}.geojson").data)
    assert client.get(f"/maps/{map_id}/map").status_code == 200
    assert geo["type"] == "FeatureCollection"
    html = client.get(f"/maps/{map_id}").get_data(as_text=True)
    assert "Not on the map" not in html


@pytest.mark.parametrize(("change", "field"), [
    (lambda d: d["legs"][0].update(mode="teleport"), "legs[0].mode"),
    (lambda d: d["legs"][0]["quote"].update(text="Not what the article says"), "legs[0].quote"),
    (lambda d: d["legs"][0].update(to="atlantis"), "legs[0].to"),
    (lambda d: d.update(schema="other/9"), "schema"),
    (lambda d: d["places"]["beijing"].update(lat=123.0), "places.beijing"),
])
def test_invalid_journey_upload_is_400_naming_the_field(client, change, field):
    map_id = created_id(post_story(client))
    original = client.get(f"/maps/{map_id}/journey.json").data
    doc = json.loads(original)
    change(doc)
    r = upload(client, map_id, json.dumps(doc).encode())
    assert r.status_code == 400
    assert field in r.get_data(as_text=True).replace("&#39;", "'")
    assert client.get(f"/maps/{map_id}/journey.json").data == original  # nothing changed


def test_upload_that_is_not_json_or_not_utf8(client):
    map_id = created_id(post_story(client))
    r = upload(client, map_id, b"{not json")
    assert r.status_code == 400 and "not valid JSON" in r.get_data(as_text=True)
    r = upload(client, map_id, b'{"title": "\xff"}')
    assert r.status_code == 400 and "not UTF-8" in r.get_data(as_text=True)
    assert upload(client, map_id, b"").status_code == 400


def test_put_json_for_scripts(client):
    map_id = created_id(post_story(client))
    doc = json.loads(client.get(f"/maps/{map_id}/journey.json").data)
    doc["title"] = "Via PUT"
    r = client.put(f"/maps/{map_id}/journey.json", json=doc, headers=key_header(map_id))
    assert r.status_code == 200 and r.get_json() == {"id": map_id, "revision": 2}
    doc["legs"][0]["mode"] = "warp"
    r = client.put(f"/maps/{map_id}/journey.json", json=doc, headers={"X-Edit-Key": KEYS[map_id]})
    assert r.status_code == 400 and "legs[0].mode" in r.get_json()["message"]


def test_unknown_and_malformed_ids_are_404(client):
    for path in ("/maps/0123456789ab", "/maps/0123456789ab/map", "/maps/0123456789ab.geojson",
                 "/maps/0123456789ab/journey.json", "/maps/NOT-AN-ID", "/maps/0123456789ab/../../etc"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert "Traceback" not in r.get_data(as_text=True)
    assert client.post("/maps/0123456789ab/journey.json", data={"journey": (io.BytesIO(b"{}"), "j.json")},
                       content_type="multipart/form-data").status_code == 404
