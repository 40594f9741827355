"""The rendered map: the seed facts are on it, nothing is loaded from outside, story text is escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import folium
import pytest
from conftest import HOSTILE

from webmap.draw.leaflet import build_map, map_html
from webmap.htmlsafe import esc, js_string
from webmap.wording import NOT_IN_ARTICLE

CSS_URL = re.compile(r"""url\(\s*["']?([^)"']+)""", re.I)


class _Refs(HTMLParser):
    """What a browser would fetch: src/href of real elements and url() in real stylesheets."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and (name == "src" or (name == "href" and tag == "link")):
                self.refs.append(value)
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.refs.extend(CSS_URL.findall(data))


def resources(html: str) -> list[str]:
    parser = _Refs()
    parser.feed(html)
    return parser.refs


def test_inline_export_references_nothing_outside_the_page(seed_journey):
    html = map_html(seed_journey, inline=True)
    outside = [r for r in resources(html) if not r.startswith(("data:", "#"))]
    assert outside == []
    assert "<script src" not in html and 'rel="stylesheet"' not in html
    assert len(html.encode()) <= 400_000


def test_served_page_uses_only_local_static(seed_journey):
    html = map_html(seed_journey, static_url="/static")
    refs = [r for r in resources(html) if not r.startswith(("data:", "#"))]
    assert refs and all(r.startswith("/static/") for r in refs), refs


def test_seed_facts_are_on_the_map(seed_journey):
    html = map_html(seed_journey, inline=True)
    for key in ("pyongyang", "dandong", "beijing", "tianjin"):
        assert f'data-place=\\"{key}\\"' in html or f'data-place="{key}"' in html, key
    assert "Kim left Pyongyang on Monday aboard his special train" in html
    assert "Monday 1 September 2025" in html and "Tuesday 2 September 2025" in html
    assert "Wednesday 3 September 2025" in html
    assert NOT_IN_ARTICLE in html and "Kremlin" in html
    assert "GeoNames (CC BY 4.0)" in html and "Natural Earth" in html
    for layer in ("Route", "Stops", "Events", "Other places mentioned"):
        assert f'"{layer}"' in html


def test_other_places_layer_is_off_by_default(seed_journey):
    m = build_map(seed_journey)
    groups = {c.layer_name: c for c in m._children.values() if isinstance(c, folium.FeatureGroup)}
    assert groups["Other places mentioned"].show is False
    assert all(groups[n].show for n in ("Route", "Stops", "Events"))


def test_class_level_folium_assets_untouched(seed_journey):
    before = list(folium.Map.default_js)
    build_map(seed_journey)
    assert folium.Map.default_js == before
    assert "leaflet" in folium.Map().get_root().render()


def test_hostile_text_never_reaches_the_page_raw(hostile_journey):
    html = map_html(hostile_journey, inline=True)
    assert HOSTILE not in html
    assert "${alert(2)}" not in html
    assert "</script> on Tuesday" not in html


def test_template_syntax_in_a_story_is_text_not_template_code(seed_journey):
    """Branca compiles what an element renders as a Jinja template again; webmap's elements must not, or a "{{" in
    an article stops the map (or runs as template code)."""
    seed_journey.title = "Trip {{ 7*7 }} {% if x %}"
    dandong = seed_journey.places["dandong"]
    dandong.name = "Dan{{ cycler.__init__ }}dong"
    html = map_html(seed_journey, inline=True)
    assert "Trip {{ 7*7 }} {% if x %}" in html and "Trip 49" not in html
    assert "Dan{{ cycler.__init__ }}dong" in html


def test_escape_helpers():
    assert esc("<b>`${x}`\\") == "&lt;b&gt;&#96;&#36;{x}&#96;&#92;"
    assert js_string("</script>&") == '"\\u003c/script\\u003e\\u0026"'


STORIES = sorted((Path(__file__).parent / "stories").glob("*.txt"))


@pytest.mark.parametrize("story", STORIES, ids=[p.stem for p in STORIES])
def test_every_test_story_exports_within_400_kb(story, gazetteer):
    """The basemap scales its detail with the journey's extent, so a world-wide story stays small too."""
    from webmap.story import extract

    journey = extract(story.read_text(encoding="utf-8"), gazetteer, published="2025-09-01")
    html = map_html(journey, inline=True)
    assert len(html.encode()) <= 400_000
    assert [r for r in resources(html) if not r.startswith(("data:", "#"))] == []


def test_legend_lists_only_what_the_map_shows(seed_journey, gazetteer):
    from webmap.draw.leaflet import drawn_legs, legend_html
    from webmap.story import extract

    seed = legend_html(seed_journey, drawn_legs(seed_journey))
    for label in ("Origin", "Border crossing", "Destination", "Event (from the article)", "(cited)",
                  "Route point, not in the article", "Train route", "drawn over land"):
        assert label in seed, label
    assert ">Stop<" not in seed and "great circle" not in seed
    text = "Pope Leo XIV flew from Rome to Beirut on 30 November 2025."
    flight = extract(text, gazetteer)
    legend = legend_html(flight, drawn_legs(flight))
    assert "great circles" in legend and "over land" not in legend and "Border crossing" not in legend


def test_an_exported_map_carries_no_trailing_blanks_nor_empty_lines(seed_journey):
    """The templates' indentation left a kilobyte of blanks at line ends and of empty lines in every exported file,
    which counts against the 400 KB a report can embed."""
    html = map_html(seed_journey, inline=True)
    assert " \n" not in html and "\t\n" not in html and "\n\n" not in html


def test_the_legend_says_what_a_dotted_line_means(gazetteer):
    """A book tour from Chicago to Los Angeles (Consequence of Sound, 2018): the flight is inferred from the
    distance, and the map draws inferred legs dotted -- the legend says what the dots mean; a map of stated legs
    does not."""
    from webmap.draw.leaflet import drawn_legs, legend_html
    from webmap.story import extract

    tour = extract("The singer travelled from Chicago to Los Angeles on Monday.", gazetteer, published="2018-09-13")
    assert any(leg.inferred for leg in tour.legs)
    assert "Dotted lines: inferred" in legend_html(tour, drawn_legs(tour))
    stated = extract("Pope Leo XIV flew from Rome to Beirut on 30 November 2025.", gazetteer)
    assert not any(leg.inferred for leg in stated.legs)
    assert "Dotted lines" not in legend_html(stated, drawn_legs(stated))


def test_a_route_point_the_article_names_is_marked_as_the_articles(gazetteer):
    """TRT World, 2025: "the troops are to exit the DRC via Rwanda by road before entering Tanzania". Rwanda is on the
    line and in the article: the map marks it as named there, the GeoJSON does not call it inferred, and the text view
    does not say the article does not name it. The seed's main-line stations stay "not in the article"."""
    from webmap.draw.geojson import journey_geojson
    from webmap.draw.leaflet import drawn_legs, legend_html
    from webmap.draw.storyview import itinerary
    from webmap.story import extract

    j = extract("General Rudzani Maphwanya said on Sunday that the troops are to exit the DRC via Rwanda by road "
                "before entering Tanzania.", gazetteer, published="2025-05-11")
    legend = legend_html(j, drawn_legs(j))
    assert "Route point, named in the article" in legend and "not in the article" not in legend
    rwanda = next(f for f in journey_geojson(j)["features"] if f["properties"].get("name") == "Rwanda")
    assert rwanda["properties"]["inferred"] is False
    leg = next(it for it in itinerary(j) if it.kind == "leg")
    assert leg.via == () and "By way of Rwanda." in leg.remarks
