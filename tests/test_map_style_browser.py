"""The exported map's look in a real Chromium: routes drawn on a casing (as in the picture), and the dark style
readable by everyone (axe-core, and symbols and states at >= 3:1 on its dark panels)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import axe_violations, contrast, is_local

from webmap.draw.basemap import PALETTES
from webmap.draw.leaflet import map_html
from webmap.draw.scene import MODE_COLOUR

pytestmark = pytest.mark.browser

SIZES = [(1400, 900), (390, 844)]


@pytest.fixture(scope="module")
def exported(tmp_path_factory, gazetteer) -> dict[str, Path]:
    from webmap.locate import locate
    from webmap.seed import load_seed

    journey = load_seed()
    locate(journey, gazetteer)
    folder = tmp_path_factory.mktemp("styles")
    files = {}
    for style in PALETTES:
        files[style] = folder / f"{style}.html"
        files[style].write_text(map_html(journey, inline=True, style=style), encoding="utf-8")
    return files


def open_map(browser, path: Path, width: int, height: int):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route("**/*", lambda r: r.continue_() if is_local(r.request.url) else r.abort())
    page.goto(path.as_uri())
    page.wait_for_selector(".wm-label")
    page.wait_for_timeout(300)
    return context, page, errors


def choose_second_day(page) -> None:
    """The timeline's second date (Monday: Pyongyang to Dandong, leg 1); a small map hides the dots."""
    if page.locator(".wm-tl-dot").first.is_visible():
        page.locator(".wm-tl-dot").nth(1).click()
    else:
        page.locator(".wm-tl-next").click()
        page.locator(".wm-tl-next").click()
    page.wait_for_timeout(100)


CASINGS_JS = """() => [...document.querySelectorAll('path.wm-leg')].map(leg => {
  const n = /wm-leg-(\\d+)/.exec(leg.getAttribute('class'))[1];
  const casing = document.querySelector(`path.wm-casing-${n}`);
  const paths = [...leg.ownerSVGElement.querySelectorAll('path')];
  const width = el => parseFloat(getComputedStyle(el).strokeWidth);
  return {leg: n, found: !!casing,
          below: !!casing && paths.indexOf(casing) < paths.indexOf(leg),
          along: !!casing && casing.getAttribute('d') === leg.getAttribute('d'),
          wider: !!casing && width(casing) >= width(leg) + 3,
          colour: casing && casing.getAttribute('stroke'),
          inert: !!casing && !casing.hasAttribute('tabindex') && getComputedStyle(casing).pointerEvents === 'none',
          state: casing && ['wm-current', 'wm-dim'].map(c => [leg.classList.contains(c),
                                                             casing.classList.contains(c)])};
})"""


@pytest.mark.parametrize("style", list(PALETTES))
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_route_is_drawn_on_a_casing(browser, exported, style, width, height):
    """Each leg lies on a wider light under-stroke along the same path, below every leg, that takes no clicks or
    focus, and dims or stands out with its leg while the timeline steps through the dates."""
    context, page, errors = open_map(browser, exported[style], width, height)
    casings = page.evaluate(CASINGS_JS)
    assert len(casings) == 2
    for c in casings:
        assert c["found"] and c["below"] and c["along"] and c["wider"] and c["inert"], c
        assert c["colour"] == PALETTES[style]["casing"]
    choose_second_day(page)  # leg 1 current, leg 2 dimmed
    states = {c["leg"]: c["state"] for c in page.evaluate(CASINGS_JS)}
    assert states["1"] == [[True, True], [False, False]] and states["2"] == [[False, False], [True, True]]
    assert errors == []
    context.close()


def _rgb(css: str) -> str:
    r, g, b = (int(float(x)) for x in re.findall(r"[\d.]+", css)[:3])
    return f"#{r:02x}{g:02x}{b:02x}"


def _over(top: str, ground: str, alpha: float) -> str:
    t, g = ([int(h[i:i + 2], 16) for i in (1, 3, 5)] for h in (top, ground))
    return "#" + "".join(f"{round(alpha * a + (1 - alpha) * b):02x}" for a, b in zip(t, g, strict=True))


@pytest.mark.parametrize("style", list(PALETTES))
def test_route_colours_keep_3_to_1_on_their_casing(style):
    """On the dark basemap the route colours are under 3:1 against land and sea; on their casing (as drawn, over
    land or sea) they keep 3:1, and the casing keeps it against the basemap where the line does not."""
    from webmap.draw.scene import CASING_OPACITY

    palette = PALETTES[style]
    for ground in (palette["land"], palette["sea"]):
        casing = _over(palette["casing"], ground, CASING_OPACITY)
        for colour in set(MODE_COLOUR.values()):
            assert contrast(colour, casing) >= 3, (style, colour, ground)
            assert max(contrast(colour, ground), contrast(casing, ground)) >= 3, (style, colour, ground)


STATES_JS = """() => {
  const style = sel => { const el = document.querySelector(sel); return el && getComputedStyle(el); };
  const panel = style('.wm-timeline'), dot = style('.wm-tl-dot:not([aria-current])'),
        current = style('.wm-tl-dot[aria-current="step"]'), swatch = style('.wm-swatch');
  return {panel: panel.backgroundColor, dot: dot && dot.borderTopColor, current: current && current.backgroundColor,
          position: style('.wm-tl-pos').color, swatch: swatch && swatch.boxShadow};
}"""


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_dark_style_has_no_axe_violations_in_any_state(browser, exported, width, height):
    """Folded and unfolded, a popup open, a date chosen: axe-core finds nothing, and the timeline's dots, the
    chosen dot and the legend's route line keep 3:1 on the dark panel (axe does not check non-text contrast)."""
    context, page, errors = open_map(browser, exported["dark"], width, height)
    seen = {"first view": axe_violations(page)}
    if page.locator(".wm-fold").count():
        page.locator(".wm-fold summary").first.click()
    page.evaluate("document.querySelectorAll('.wm-panel details').forEach(d => d.open = true)")
    seen["panels open"] = axe_violations(page)
    choose_second_day(page)
    seen["a date chosen"] = axe_violations(page)
    if width >= 640:
        colours = page.evaluate(STATES_JS)
        panel = _rgb(colours["panel"])
        assert contrast(_rgb(colours["dot"]), panel) >= 3, colours
        assert contrast(_rgb(colours["current"]), panel) >= 3, colours
        assert contrast(_rgb(colours["position"]), panel) >= 4.5, colours
        assert "255, 255, 255" in colours["swatch"], colours  # the legend's line on its casing, as on the map
    page.evaluate("document.querySelectorAll('.wm-fold details').forEach(d => d.open = false)")
    page.locator('.wm-marker[data-place="dandong"]').first.click(force=True)
    page.wait_for_selector(".leaflet-popup-content")
    page.wait_for_timeout(400)  # Leaflet fades a popup in: measured half-faded, any text is "low contrast"
    seen["a popup open"] = axe_violations(page)
    assert all(v == [] for v in seen.values()), json.dumps(seen, indent=1)
    assert errors == []
    context.close()
