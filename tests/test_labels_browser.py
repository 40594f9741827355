"""Every stop labelled, in a real Chromium: a ten-stop tour of close places (Sydney, Dubbo, Melbourne, Suva, Nadi,
Nuku'alofa, Wellington, Auckland, Rotorua...) at four sizes and in a 600x400 iframe; and the same tour across the
antimeridian drawn the short way."""

from __future__ import annotations

from pathlib import Path

import pacific
import pytest
from test_render_browser import LAYOUT_JS, check_layout, open_in_iframe, open_page

from webmap.draw.leaflet import map_html

pytestmark = pytest.mark.browser

SIZES = [(1400, 900), (800, 600), (390, 844)]
STOPS = ("sydney", "dubbo", "melbourne", "fraser", "suva", "nadi", "nukualofa", "wellington", "auckland", "rotorua")

LABEL_BOXES_JS = """() => {
  const panels = [...document.querySelectorAll('.leaflet-control-container .leaflet-control')]
    .filter(el => !el.classList.contains('leaflet-control-attribution') && el.offsetWidth > 0)
    .filter(el => { const d = el.parentElement.closest('details'); return !d || d.open; })
    .map(el => el.getBoundingClientRect());
  const labels = [...document.querySelectorAll('.wm-label')].filter(l => getComputedStyle(l).visibility === 'visible')
    .map(l => { const r = l.getBoundingClientRect();
                return {text: l.textContent, box: [r.left, r.top, r.right, r.bottom]}; });
  return {panels: panels.map(p => [p.left, p.top, p.right, p.bottom]), labels};
}"""


def hit(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.fixture(scope="module")
def tour_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tour") / "tour.html"
    path.write_text(map_html(pacific.royal_tour(), inline=True), encoding="utf-8")
    return path


def opened(browser, path: Path, width: int, height: int):
    """The map open at a size, its labels placed."""
    context, page, errors = open_page(browser, path.as_uri(), width, height)
    page.wait_for_selector(".wm-label")
    page.wait_for_timeout(400)
    return context, page, errors


def check(frame) -> None:
    check_layout(frame.evaluate(LAYOUT_JS), STOPS)
    seen = frame.evaluate(LABEL_BOXES_JS)
    labels = seen["labels"]
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not hit(a["box"], b["box"]), (a["text"], b["text"])
        for p in seen["panels"]:
            assert not hit(a["box"], p), (a["text"], p)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_stop_of_a_ten_stop_tour_is_labelled(browser, tour_file, width, height):
    context, page, errors = opened(browser, tour_file, width, height)
    check(page)
    assert errors == []
    context.close()


def test_every_stop_labelled_in_a_600x400_iframe(browser, tour_file, tmp_path):
    context, page, errors = open_in_iframe(browser, tour_file, tmp_path)
    check(page.frames[1])
    assert errors == []
    context.close()


def test_a_crowded_label_moves_out_on_a_leader_line_before_it_yields(browser, tour_file):
    context, page, _ = opened(browser, tour_file, 480, 360)
    check(page)
    # at 480x360 the ten stops are too close for every label to sit beside its point
    leaders = page.evaluate("""() => [...document.querySelectorAll('.wm-leader')]
        .filter(l => getComputedStyle(l).visibility === 'visible').map(l => l.dataset.leader)""")
    assert leaders and set(leaders) <= set(STOPS) | {"bondi"}
    for key in leaders:  # the line starts at its marker and ends at its label
        ends = page.evaluate("""key => {
          const m = document.querySelector(`.wm-marker[data-place="${key}"]`).getBoundingClientRect();
          const l = document.querySelector(`.wm-label[data-label="${key}"]`).getBoundingClientRect();
          const d = document.querySelector(`.wm-leader[data-leader="${key}"]`).getBoundingClientRect();
          const near = (r, x, y) => x >= r.left - 3 && x <= r.right + 3 && y >= r.top - 3 && y <= r.bottom + 3;
          const corners = [[d.left, d.top], [d.right, d.bottom], [d.left, d.bottom], [d.right, d.top]];
          return [corners.some(c => near(m, ...c)), corners.some(c => near(l, ...c))];
        }""", key)
        assert ends == [True, True], key
    context.close()


def test_the_tour_is_drawn_the_short_way_across_the_antimeridian(browser, tour_file):
    context, page, errors = opened(browser, tour_file, 1000, 700)
    x = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.wm-marker[data-place]')]
        .map(m => { const r = m.getBoundingClientRect(); return [m.dataset.place, r.left + r.width / 2]; }))""")
    assert x["sydney"] < x["suva"] < x["nukualofa"]  # Tonga just east of Fiji, not at the far left
    assert x["nukualofa"] - x["nadi"] < 200
    widths = page.evaluate("""() => [...document.querySelectorAll('path.wm-leg')]
        .map(p => p.getBoundingClientRect().width)""")
    assert widths and max(widths) < 1000 * 0.8  # no leg across the whole world
    assert errors == []
    context.close()
