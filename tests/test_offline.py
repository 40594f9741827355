"""webmap.offline: vendored assets per map instance, and a one-file export that loads nothing."""

from __future__ import annotations

import copy
import re

import folium
import folium.plugins
import pytest

from webmap import offline
from webmap.draw.basemap import countries_layer

KOREA_NORTH_CHINA = ((38.5, 115.5), (41.5, 126.0))


def small_map() -> folium.Map:
    m = folium.Map(location=[40.0, 121.0], zoom_start=6, tiles=None)
    folium.CircleMarker([40.129, 124.395], radius=7, fill=True, popup=folium.Popup("Dandong"),
                        tooltip="Dandong").add_to(m)
    folium.PolyLine([[39.03, 125.75], [40.129, 124.395], [39.9, 116.4]]).add_to(m)
    folium.LayerControl().add_to(m)
    return m


@pytest.fixture
def folium_class_defaults():
    """Snapshot folium's class-level asset lists; fail the test if anything changed them."""
    classes = [folium.Map, folium.plugins.Fullscreen, folium.plugins.MarkerCluster]
    before = {c: (copy.deepcopy(c.default_js), copy.deepcopy(c.default_css)) for c in classes}
    yield
    for c, (js, css) in before.items():
        assert c.default_js == js, f"{c.__name__}.default_js was mutated"
        assert c.default_css == css, f"{c.__name__}.default_css was mutated"


def test_static_dir_has_vendored_leaflet() -> None:
    root = offline.static_dir()
    for rel in ("leaflet/leaflet.js", "leaflet/leaflet.css", "leaflet/images/layers.png",
                "leaflet/images/layers-2x.png", "leaflet/images/marker-icon.png", "webmap/folium-compat.js"):
        assert (root / rel).is_file(), rel
    assert "BSD 2-Clause" in (root / "leaflet" / "LICENSE").read_text()
    assert "Leaflet 1.9.4" in (root / "leaflet" / "leaflet.js").read_text()[:300]


def test_localise_uses_local_assets_and_leaves_folium_classes_alone(folium_class_defaults) -> None:
    m = small_map()
    offline.localise(m)
    page = m.get_root().render()
    refs = offline.resource_references(page)
    assert refs == ["/static/leaflet/leaflet.js", "/static/webmap/folium-compat.js", "/static/leaflet/leaflet.css"]
    for ref in refs:
        assert (offline.static_dir() / ref.removeprefix("/static/")).is_file()
    for dropped in ("jquery", "bootstrap", "font-awesome", "fontawesome", "awesome-markers", "glyphicons"):
        assert dropped not in page

    # A second, plain map in the same process still gets folium's own (CDN) assets.
    plain = folium.Map(tiles=None)
    assert plain.default_js is folium.Map.default_js
    plain_page = plain.get_root().render()
    assert "https://code.jquery.com/" in plain_page and "/static/" not in plain_page


def test_localise_custom_static_url_and_again() -> None:
    m = small_map()
    offline.localise(m, static_url="/assets/")
    offline.localise(m, static_url="/assets")  # idempotent: already-local URLs are recognised
    refs = offline.resource_references(m.get_root().render())
    assert refs and all(r.startswith("/assets/") for r in refs), refs
    offline.localise(m, static_url="/static")  # and can be re-rooted
    assert all(r.startswith("/static/") for r in offline.resource_references(m.get_root().render()))


def test_localise_after_a_render_removes_stale_cdn_links() -> None:
    m = small_map()
    assert "cdn.jsdelivr.net" in m.get_root().render()
    offline.localise(m)
    page = m.get_root().render()
    assert not re.search(r"https?://", "".join(offline.resource_references(page)))
    assert "jquery" not in page and "bootstrap" not in page


def test_localise_reaches_nested_elements(folium_class_defaults) -> None:
    m = folium.Map(tiles=None)
    group = folium.FeatureGroup("g").add_to(m)
    cluster = folium.plugins.MarkerCluster().add_to(group)
    with pytest.raises(offline.OfflineAssetError, match=r"MarkerCluster.*markercluster.*not vendored"):
        offline.localise(m)
    assert cluster.default_js is folium.plugins.MarkerCluster.default_js


def test_unvendored_plugin_is_a_clear_error(folium_class_defaults) -> None:
    m = small_map()
    folium.plugins.Fullscreen().add_to(m)
    with pytest.raises(offline.OfflineAssetError, match=r"Fullscreen.*https://.*not vendored"):
        offline.localise(m)


def test_icon_fonts_are_refused() -> None:
    m = folium.Map(tiles=None)
    folium.Marker([0, 0], icon=folium.Icon(icon="train")).add_to(m)
    with pytest.raises(offline.OfflineAssetError, match="icon fonts"):
        offline.localise(m)


def test_export_is_self_contained_and_small(folium_class_defaults) -> None:
    m = small_map()
    countries_layer(KOREA_NORTH_CHINA).add_to(m)
    page = offline.export_html(m)
    assert offline.resource_references(page) == []
    # Nothing at all that a browser would fetch: no remote src/href attributes, no remote url(), no source maps.
    assert not re.search(r"""<[^>]+\b(src|href)\s*=\s*["']?(https?:)?//""", page.replace("<a href", ""), re.I)
    # The only absolute URLs left are Leaflet's SVG namespace and its home page (banner; attribution prefix,
    # which folium-compat.js replaces with plain text at run time).
    assert set(re.findall(r"https?://[\w./-]+", page)) <= {"http://www.w3.org/2000/svg", "https://leafletjs.com"}
    assert not re.search(r"""url\(\s*["']?(https?:)?//""", page, re.I)
    assert not re.search(r"""@import""", page)
    assert "sourceMappingURL" not in page
    assert "/static/" not in page
    assert page.count("<script") >= 3 and "L.map(" in page
    size_kb = len(page.encode()) / 1024
    assert size_kb < 400, f"export is {size_kb:.0f} KB"
    # Leaflet (~144 KB) + CSS with images (~17 KB) + the region's countries: well under the budget.
    assert size_kb < 250, f"export is {size_kb:.0f} KB"


def test_export_of_default_marker_inlines_its_images() -> None:
    m = folium.Map(tiles=None)
    folium.Marker([0, 0]).add_to(m)
    page = offline.export_html(m)
    assert offline.resource_references(page) == []
    assert 'L.Icon.Default.imagePath=""' in page and "iconUrl:\"data:image/png;base64," in page


def test_export_refuses_render_time_cdn_links() -> None:
    import branca.colormap

    m = small_map()
    branca.colormap.LinearColormap(["red", "blue"]).add_to(m)  # adds d3 from a CDN while rendering
    with pytest.raises(offline.OfflineAssetError):
        offline.export_html(m)


def test_inline_html_inlines_static_references() -> None:
    page = ('<html><head><script src="/static/webmap/folium-compat.js"></script>'
            '<link rel="stylesheet" href="/static/leaflet/leaflet.css"/></head>'
            '<body><img src="/static/leaflet/images/layers.png"></body></html>')
    out = offline.inline_html(page)
    assert offline.resource_references(out) == []
    assert 'url("data:image/png;base64,' in out and "folium-compat" in out  # comment inside the shim
    with pytest.raises(offline.OfflineAssetError, match="nope.js"):
        offline.inline_html('<script src="/static/nope.js"></script>')
    with pytest.raises(offline.OfflineAssetError):
        offline.inline_html('<script src="/static/../pyproject.toml"></script>')


def test_resource_references_parser() -> None:
    page = """<html><head>
      <link rel="stylesheet" href="https://cdn.example/x.css"><link rel="canonical" href="https://example.org/">
      <style>.a{background:url('https://img.example/a.png')} .b{background:url(data:image/png;base64,AAAA)}
             @import "https://cdn.example/y.css"; .c{behavior:url(#default#VML)}</style>
      <script src="//cdn.example/z.js"></script></head>
      <body><a href="https://www.naturalearthdata.com/">Natural Earth</a>
      <img srcset="a.png 1x, https://img.example/b.png 2x" style="background-image:url(/static/c.png)">
      <svg><use href="#icon"/></svg></body></html>"""
    assert offline.resource_references(page) == [
        "https://cdn.example/x.css", "https://img.example/a.png", "https://cdn.example/y.css",
        "//cdn.example/z.js", "a.png", "https://img.example/b.png", "/static/c.png"]
