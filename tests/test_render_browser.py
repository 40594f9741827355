"""A map a newsroom can publish, checked in a real Chromium: labels, panels at four sizes, print, no JavaScript,
accessibility (axe-core), embedding (postMessage, #place=) and two maps in one page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import axe_violations, is_local

from webmap.draw.leaflet import map_html

pytestmark = pytest.mark.browser

STOPS = ("pyongyang", "dandong", "beijing")
SIZES = [(1400, 900), (800, 600), (390, 844)]

LAYOUT_JS = """() => {
  const origin = document.querySelector('.folium-map').getBoundingClientRect();
  const panels = [...document.querySelectorAll('.leaflet-control-container .leaflet-control')]
    .filter(el => !el.classList.contains('leaflet-control-attribution') && el.offsetWidth > 0)
    .filter(el => { const d = el.parentElement.closest('details'); return !d || d.open; })  // folded away
    .map(el => el.getBoundingClientRect());
  const out = {};
  for (const m of document.querySelectorAll('.wm-marker[data-place]')) {
    const r = m.getBoundingClientRect(), key = m.dataset.place;
    const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
    const label = document.querySelector(`.wm-label[data-label="${key}"]`);
    out[key] = {
      inside: cx > origin.left && cx < origin.right && cy > origin.top && cy < origin.bottom,
      under: panels.some(p => cx >= p.left && cx <= p.right && cy >= p.top && cy <= p.bottom),
      labelled: !!label && getComputedStyle(label).visibility === 'visible',
      labelUnder: !!label && panels.some(p => {
        const l = label.getBoundingClientRect();
        return l.left < p.right && p.left < l.right && l.top < p.bottom && p.top < l.bottom; }),
    };
  }
  return out;
}"""


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory, gazetteer) -> Path:
    from webmap.locate import locate
    from webmap.seed import load_seed

    journey = load_seed()
    locate(journey, gazetteer)
    path = tmp_path_factory.mktemp("seed") / "map.html"
    path.write_text(map_html(journey, inline=True), encoding="utf-8")
    return path


def open_page(browser, url: str, width: int, height: int, **kw):
    context = browser.new_context(viewport={"width": width, "height": height}, **kw)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.route("**/*", lambda r: r.continue_() if is_local(r.request.url) else r.abort())
    page.goto(url)
    return context, page, errors


def check_layout(layout: dict, stops: tuple[str, ...] = STOPS) -> None:
    for key in stops:
        spot = layout[key]
        assert spot["inside"], f"{key} is off the map"
        assert not spot["under"], f"{key} starts under a panel"
        assert spot["labelled"], f"{key} has no visible label"
        assert not spot["labelUnder"], f"{key}'s label is under a panel"


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_stop_labelled_and_clear_of_the_panels(browser, seed_file, width, height):
    context, page, errors = open_page(browser, seed_file.as_uri(), width, height)
    page.wait_for_selector(".wm-label")
    page.wait_for_timeout(300)
    check_layout(page.evaluate(LAYOUT_JS))
    compact = page.locator(".wm-compact").count() == 1
    assert compact == (width < 640 or height < 480)
    if compact:  # one control: title, legend, itinerary and layers behind a single summary
        assert page.locator(".wm-fold").count() == 1 and page.locator(".wm-legend").count() == 1
        assert page.locator(".wm-fold .leaflet-control-layers").count() == 1
        page.locator(".wm-fold > details > summary").click()
        assert page.locator(".wm-fold .wm-legend").is_visible()
    assert errors == []
    context.close()


def test_labels_do_not_collide_and_can_be_turned_off(browser, seed_file):
    context, page, _ = open_page(browser, seed_file.as_uri(), 800, 600)
    page.wait_for_selector(".wm-label")
    page.wait_for_timeout(300)
    boxes = page.evaluate("""() => [...document.querySelectorAll('.wm-label')]
        .filter(l => getComputedStyle(l).visibility === 'visible')
        .map(l => { const r = l.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })""")
    assert len(boxes) >= 5
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)
    countries = "[...document.querySelectorAll('.wm-label-country')].filter(l => l.style.visibility === 'visible')"
    page.evaluate("window.webmap.map.setZoom(7)")
    page.wait_for_timeout(500)
    assert page.evaluate(countries + ".length") == 0  # country names only when zoomed out
    page.evaluate("window.webmap.map.setZoom(3)")
    page.wait_for_timeout(500)
    assert page.evaluate(countries + ".map(l => l.textContent)")
    page.get_by_label("Labels").uncheck()
    assert page.locator(".wm-label").count() == 0
    context.close()


def test_zoom_limits_hold_and_reset_view(browser, seed_file):
    context, page, _ = open_page(browser, seed_file.as_uri(), 1000, 700)
    page.wait_for_selector(".wm-label")
    page.wait_for_timeout(200)
    start = page.evaluate("window.webmap.map.getZoom()")
    assert page.evaluate("window.webmap.map.setZoom(0), window.webmap.map.getZoom()") >= 2
    assert page.evaluate("window.webmap.map.setZoom(18), window.webmap.map.getZoom()") <= 12
    page.evaluate("window.webmap.map.setView([-60, -120], 4, {animate: false})")
    assert page.evaluate("window.webmap.map.options.maxBounds.contains(window.webmap.map.getCenter())")
    page.get_by_label("Reset the view").click()
    page.wait_for_timeout(300)
    assert abs(page.evaluate("window.webmap.map.getZoom()") - start) < 0.01
    context.close()


def test_popups_pan_clear_of_the_panels(browser, seed_file):
    context, page, _ = open_page(browser, seed_file.as_uri(), 1000, 700)
    page.wait_for_selector(".wm-label")
    page.wait_for_timeout(200)
    page.click('.wm-marker[data-place="pyongyang"]')
    page.wait_for_timeout(600)
    overlap = page.evaluate("""() => {
      const p = document.querySelector('.leaflet-popup-content-wrapper').getBoundingClientRect();
      return [...document.querySelectorAll('.wm-legend, .wm-title')].some(el => {
        const r = el.getBoundingClientRect();
        return p.left < r.right && r.left < p.right && p.top < r.bottom && r.top < p.bottom; });
    }""")
    assert not overlap
    assert page.evaluate("location.hash") == "#place=pyongyang"  # readers can share what they opened
    context.close()


def open_in_iframe(browser, map_file: Path, tmp_path: Path):
    """The map in a 600x400 iframe of a host page that records the messages it gets (window.got)."""
    host = tmp_path / "host.html"
    host.write_text(f"""<!doctype html><html lang="en"><body style="margin:0">
<script>window.got = []; addEventListener("message", e => window.got.push(e.data));</script>
<iframe id="f" src="{map_file.as_uri()}" width="600" height="400" title="map"></iframe></body></html>""")
    context, page, errors = open_page(browser, host.as_uri(), 800, 600)
    page.frame_locator("#f").locator(".wm-label").first.wait_for()
    page.wait_for_timeout(400)
    return context, page, errors


def test_in_a_small_iframe_it_fits_and_talks_to_its_parent(browser, seed_file, tmp_path):
    context, page, errors = open_in_iframe(browser, seed_file, tmp_path)
    frame = page.frame_locator("#f")
    inner = page.frames[1]
    check_layout(inner.evaluate(LAYOUT_JS))
    assert inner.locator(".wm-compact").count() == 1
    page.wait_for_function("window.got.some(m => m.webmap === 'height')")
    frame.locator('.wm-marker[data-place="dandong"]').click()
    page.wait_for_function("window.got.some(m => m.webmap === 'place' && m.place === 'dandong')")
    heights = [m["height"] for m in page.evaluate("window.got") if m.get("webmap") == "height"]
    assert all(200 <= h <= 3000 for h in heights)
    assert errors == []
    context.close()


def test_two_maps_in_one_page_keep_to_themselves(browser, seed_file, tmp_path):
    """Two exported maps' bodies pasted into one host page: each has its own API, the host's styles stay."""
    html = seed_file.read_text(encoding="utf-8")
    head = html[html.index("<head>") + 6:html.index("</head>")]
    body = html[html.index('<main class="wm-main">') + 22:html.index("</html>")]
    body = body.replace("</body>", "").replace("</main>", "")
    second = body
    for old in set(__import__("re").findall(r"\b(?:map|marker|poly_line|feature_group|layer_control|geo_json|"
                                             r"div_icon|macro_element)_[0-9a-f]{32}\b", body)):
        second = second.replace(old, old[:-4] + "beef")
    host = tmp_path / "two.html"
    host.write_text(f"""<!doctype html><html lang="en"><head>{head}</head><body style="margin:8px; padding:3px">
<div style="position:relative;height:420px">{body}</div>
<div style="position:relative;height:420px">{second}</div></body></html>""", encoding="utf-8")
    context, page, _ = open_page(browser, host.as_uri(), 1000, 1000)
    page.wait_for_selector(".wm-label")
    page.wait_for_timeout(300)
    assert page.evaluate("document.querySelectorAll('.folium-map').length") == 2
    apis = page.evaluate("""() => [...document.querySelectorAll('.folium-map')].map(
        el => !!el.webmap && el.webmap.map.getContainer() === el)""")
    assert apis == [True, True]
    assert page.evaluate("document.querySelectorAll('.folium-map')[0].webmap !== "
                         "document.querySelectorAll('.folium-map')[1].webmap")
    style = page.evaluate("[getComputedStyle(document.body).margin, getComputedStyle(document.body).padding]")
    assert style == ["8px", "3px"]  # the map's styles did not reach the host page's body
    context.close()


def test_without_javascript_the_picture_and_the_itinerary_show(browser, seed_file):
    context, page, _ = open_page(browser, seed_file.as_uri(), 1000, 800, java_script_enabled=False)
    assert page.locator(".wm-picture > svg").is_visible()
    box = page.locator(".wm-picture > svg").bounding_box()
    assert box["width"] > 600 and box["height"] > 400
    text = page.locator(".wm-static").inner_text()
    assert "Pyongyang → Dandong" in text and "Military parade" in text
    for name in ("Pyongyang", "Dandong", "Beijing"):
        assert page.locator(".wm-static svg text", has_text=name).count() >= 1
    context.close()


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_exported_map_prints_the_picture_and_the_itinerary(browser, seed_file, paper):
    width = {"A4": 794, "Letter": 816}[paper]  # CSS pixels of the page width
    context, page, _ = open_page(browser, seed_file.as_uri(), width, 1000)
    page.wait_for_selector(".wm-label")
    page.emulate_media(media="print")
    svg = page.locator(".wm-picture > svg").bounding_box()
    assert svg["x"] >= 0 and svg["x"] + svg["width"] <= width  # nothing cut off at the sides
    last = page.locator(".wm-static li").last
    assert last.is_visible() and "Military parade" in page.locator(".wm-static ol").inner_text()
    pdf = page.pdf(format=paper, print_background=True)
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") >= 1
    context.close()


def test_exported_map_has_no_axe_violations(browser, seed_file):
    context, page, _ = open_page(browser, seed_file.as_uri(), 1200, 800)
    page.wait_for_selector(".wm-label")
    page.wait_for_timeout(300)
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=1)
    context.close()


# -- the served pages ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def site(gazetteer, tmp_path_factory):
    from test_app_common import running

    from webmap.app import create_app

    app = create_app({"GAZETTEER": gazetteer, "DATA_DIR": tmp_path_factory.mktemp("data")})
    with running(app) as url:
        yield url


@pytest.mark.parametrize("path", ["/", "/map", "/maps/new", "/embed"])
def test_served_pages_have_no_axe_violations(browser, site, path):
    context, page, errors = open_page(browser, site + path, 1200, 800)
    if path in ("/", "/map"):
        (page.frame_locator("#map-frame").locator(".wm-label").first if path == "/"
         else page.locator(".wm-label").first).wait_for()
        page.wait_for_timeout(300)
    violations = axe_violations(page, exclude=("iframe",))
    assert violations == [], json.dumps(violations, indent=1)
    assert errors == []
    context.close()


def test_story_page_skip_link_reaches_the_map_first(browser, site):
    context, page, _ = open_page(browser, site + "/", 1200, 800)
    page.keyboard.press("Tab")
    focused = page.evaluate("[document.activeElement.textContent, document.activeElement.getAttribute('href')]")
    assert focused == ["Skip to the map", "#map"]
    context.close()


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_story_page_prints_the_picture_and_the_itinerary(browser, site, paper):
    width = {"A4": 794, "Letter": 816}[paper]
    context, page, _ = open_page(browser, site + "/", width, 1000)
    page.wait_for_function("document.querySelector('.map-picture img').complete")
    page.emulate_media(media="print")
    img = page.locator(".map-picture img")
    assert img.is_visible() and page.evaluate("document.querySelector('.map-picture img').naturalWidth") == 1200
    box = img.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
    assert not page.locator(".map-frame").is_visible()
    assert page.locator("ol.itinerary > li").last.is_visible()
    pdf = page.pdf(format=paper)
    assert pdf.startswith(b"%PDF")
    context.close()


def test_embed_snippet_sizes_the_frame_from_the_maps_message(browser, site, tmp_path):
    import urllib.request

    snippet_page = urllib.request.urlopen(site + "/embed").read().decode()
    snippet = __import__("html").unescape(snippet_page.split('readonly spellcheck="false">')[1].split("</textarea>")[0])
    host = tmp_path / "host.html"
    host.write_text(f'<!doctype html><html lang="en"><body><div style="width:500px">{snippet}</div></body></html>')
    context, page, errors = open_page(browser, host.as_uri(), 900, 900)
    page.frame_locator("iframe").locator(".wm-label").first.wait_for()
    page.wait_for_function("document.querySelector('.webmap-embed').style.height !== ''")
    height = page.evaluate("document.querySelector('.webmap-embed').getBoundingClientRect().height")
    assert 400 <= height <= 900
    assert errors == []
    context.close()


def test_a_tall_popup_scrolls_inside_a_small_embedded_frame(browser, tmp_path):
    from webmap.journey import from_dict

    sentences = [f"Sentence {k} says that Kim Jong Un has arrived in Beijing by train at the start of a visit."
                 for k in range(8)]
    text = " ".join(sentences)
    quotes = [{"start": text.index(q), "end": text.index(q) + len(q), "text": q} for q in sentences]
    journey = from_dict({
        "schema": "webmap.journey/1", "title": "Kim arrives",
        "places": {"beijing": {"name": "Beijing", "country": "CN", "lat": 39.9075, "lon": 116.39723}},
        "arrivals": [{"traveller": "Kim Jong Un", "to": "beijing", "mode": "train", "arrive": "2025-09-02",
                      "quote": quotes[0], "more_quotes": quotes[1:]}],
    }, text)
    path = tmp_path / "map.html"
    path.write_text(map_html(journey, inline=True), encoding="utf-8")
    page = browser.new_page(viewport={"width": 600, "height": 400})
    try:
        page.goto(path.as_uri())
        page.locator('[data-place="beijing"]').click()
        page.wait_for_timeout(600)
        box = page.locator(".leaflet-popup").bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 400  # all of it inside the frame
        scroll, client = page.evaluate("() => { const c = document.querySelector('.leaflet-popup-content');"
                                       " return [c.scrollHeight, c.clientHeight]; }")
        assert scroll > client  # the rest of it is a scroll away, not hidden under the panels
    finally:
        page.close()


def test_a_popup_is_no_wider_than_a_phone(seed_file, browser):
    page = browser.new_page(viewport={"width": 360, "height": 740})
    try:
        page.goto(seed_file.as_uri())
        page.locator('.wm-marker.wm-destination[data-place="beijing"]').click()
        page.wait_for_timeout(600)
        box = page.locator(".leaflet-popup").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    finally:
        page.close()
