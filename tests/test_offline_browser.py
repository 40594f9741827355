"""Headless Chromium, every non-local request blocked: the exported file and the served page both work offline."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import folium
import pytest

from webmap import offline
from webmap.draw.basemap import countries_layer

pytestmark = pytest.mark.browser

KOREA_NORTH_CHINA = ((38.5, 115.5), (41.5, 126.0))


def journey_like_map() -> folium.Map:
    m = folium.Map(tiles=None, zoom_control=True)
    m.fit_bounds([list(KOREA_NORTH_CHINA[0]), list(KOREA_NORTH_CHINA[1])])
    countries_layer(KOREA_NORTH_CHINA).add_to(m)
    route = folium.FeatureGroup("Route").add_to(m)
    folium.PolyLine([[39.03, 125.75], [40.129, 124.395], [41.8, 123.43], [39.9, 116.4]],
                    color="#b03a2e", weight=3).add_to(route)
    stops = folium.FeatureGroup("Stops").add_to(m)
    folium.CircleMarker([40.129, 124.395], radius=9, fill=True, fill_opacity=1, color="#ffffff",
                        fill_color="#b03a2e", popup=folium.Popup("Dandong: border crossing"),
                        tooltip="Dandong").add_to(stops)
    folium.LayerControl(collapsed=False).add_to(m)
    m.keep_in_front(route, stops)  # folium's other jQuery call: $(document).ready
    return m


def record_requests(watched) -> list[str]:
    seen: list[str] = []
    watched.page.on("request", lambda req: seen.append(req.url))
    return seen


def check_map(watched) -> None:
    page = watched.page
    page.wait_for_selector(".leaflet-container")
    assert page.locator(".leaflet-control-layers").count() == 1
    # Countries are drawn in the tile pane, below the route and stops.
    countries = page.locator(".leaflet-tile-pane path")
    assert countries.count() >= 3
    assert page.locator(".leaflet-overlay-pane path.leaflet-interactive").count() == 2
    assert "Natural Earth" in page.locator(".leaflet-control-attribution").inner_text()
    assert page.locator(".leaflet-control-attribution a").count() == 0  # plain text: links to nothing

    # Toggle the basemap off and on: the stops stay clickable on top of it.
    page.get_by_label("Countries (Natural Earth)").uncheck()
    assert page.locator(".leaflet-tile-pane path").count() == 0
    page.get_by_label("Countries (Natural Earth)").check()
    assert page.locator(".leaflet-tile-pane path").count() >= 3

    page.locator(".leaflet-overlay-pane path.leaflet-interactive").last.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.inner_text().strip() == "Dandong: border crossing"


def test_exported_file_works_from_file_url(watched_page, tmp_path: Path) -> None:
    target = tmp_path / "map.html"
    target.write_text(offline.export_html(journey_like_map()), encoding="utf-8")
    requests = record_requests(watched_page)
    watched_page.page.goto(target.as_uri())
    check_map(watched_page)
    watched_page.assert_clean()
    assert [u for u in requests if not u.startswith("data:")] == [target.as_uri()]


def test_exported_default_marker_shows_its_image(watched_page, tmp_path: Path) -> None:
    m = folium.Map(location=[40, 124], zoom_start=5, tiles=None)
    folium.Marker([40.129, 124.395], popup=folium.Popup("Dandong")).add_to(m)
    target = tmp_path / "marker.html"
    target.write_text(offline.export_html(m), encoding="utf-8")
    watched_page.page.goto(target.as_uri())
    icon = watched_page.page.locator("img.leaflet-marker-icon")
    icon.wait_for()
    assert watched_page.page.evaluate("document.querySelector('img.leaflet-marker-icon').naturalWidth") == 25
    icon.click()
    assert watched_page.page.locator(".leaflet-popup-content").inner_text().strip() == "Dandong"
    watched_page.assert_clean()


@pytest.fixture
def local_site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A 127.0.0.1 server for tmp_path, with the vendored assets at /static (as the Flask app serves them)."""
    (tmp_path / "static").symlink_to(offline.static_dir(), target_is_directory=True)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", tmp_path
    finally:
        server.shutdown()
        server.server_close()


def test_localised_page_served_with_static_files(watched_page, local_site) -> None:
    base, root = local_site
    m = journey_like_map()
    offline.localise(m, static_url="/static")
    (root / "map.html").write_text(m.get_root().render(), encoding="utf-8")
    requests = record_requests(watched_page)
    watched_page.page.goto(f"{base}/map.html")
    check_map(watched_page)
    watched_page.page.locator(".leaflet-control-layers").hover()
    watched_page.assert_clean()
    assert all(u.startswith(base) or u.startswith("data:") for u in requests), requests
    assert f"{base}/static/leaflet/leaflet.js" in requests
