"""The timeline on the exported seed map, in headless Chromium with the network cut off.

What a reader does: step through the dates with the buttons or the keyboard, or press play, and see each day's
leg or event stand out while the rest fades.
"""

from __future__ import annotations

import pytest
from conftest import HOSTILE

from webmap.draw.leaflet import map_html

pytestmark = pytest.mark.browser

SUNDAY, MONDAY, TUESDAY, WEDNESDAY = ("Sunday 31 August 2025", "Monday 1 September 2025",
                                      "Tuesday 2 September 2025", "Wednesday 3 September 2025")
PARADE, SUMMIT = '[data-event="0"]', '[data-event="1"]'


@pytest.fixture
def seed_page(seed_map_page):
    seed_map_page.page.wait_for_selector(".wm-timeline")
    return seed_map_page


def classes(page, selector: str) -> set[str]:
    return set((page.locator(selector).first.get_attribute("class") or "").split())


def shown(page) -> str:
    return page.locator(".wm-timeline .wm-tl-text").inner_text()


def assert_highlight(page, current: list[str], dimmed: list[str]) -> None:
    for sel in current:
        assert {"wm-current"} <= classes(page, sel) and "wm-dim" not in classes(page, sel), sel
    for sel in dimmed:
        assert {"wm-dim"} <= classes(page, sel) and "wm-current" not in classes(page, sel), sel


def assert_day(page, index: int) -> None:
    """The control shows the day and the map highlights that day's leg or event (seed story)."""
    text = shown(page)
    assert page.evaluate("window.webmap.timeline.current()") == index
    if index == 0:
        assert SUNDAY in text and "not in the article" in text
        assert_highlight(page, [SUMMIT], ["path.wm-leg-1", "path.wm-leg-2", PARADE])
    elif index == 1:
        assert MONDAY in text and "leaves Pyongyang by train" in text
        assert_highlight(page, ["path.wm-leg-1", '.wm-marker[data-place="pyongyang"]:not([data-event])'],
                         ["path.wm-leg-2", PARADE, SUMMIT, '.wm-marker[data-place="beijing"]:not([data-event])'])
    elif index == 2:
        assert TUESDAY in text and "arrives in Beijing" in text
        assert_highlight(page, ["path.wm-leg-2", '.wm-marker[data-place="beijing"]:not([data-event])'],
                         ["path.wm-leg-1", PARADE, SUMMIT, '.wm-marker[data-place="pyongyang"]'])
    elif index == 3:
        assert WEDNESDAY in text and "Military parade" in text
        assert_highlight(page, [PARADE], ["path.wm-leg-1", "path.wm-leg-2", SUMMIT])
    assert page.locator(".wm-timeline .wm-tl-date").inner_text() == (SUNDAY, MONDAY, TUESDAY, WEDNESDAY)[index]


def test_starts_with_everything_shown(seed_page):
    page = seed_page.page
    assert page.evaluate("window.webmap.timeline.current()") == -1
    assert "All dates" in shown(page)
    assert page.locator(".wm-dim").count() == 0 and page.locator(".wm-current").count() == 0
    control = page.locator(".wm-timeline")
    assert control.get_attribute("tabindex") == "0" and control.get_attribute("role") == "group"
    assert page.locator(".wm-timeline [aria-live=polite]").count() == 1
    for name in ("Previous date", "Play", "Next date", "Show all dates"):
        assert page.get_by_role("button", name=name, exact=True).count() == 1, name
    seed_page.assert_clean()


def test_next_button_steps_monday_tuesday_wednesday(seed_page):
    page = seed_page.page
    next_button = page.get_by_role("button", name="Next date", exact=True)
    for index in range(4):
        next_button.click()
        assert_day(page, index)
    assert next_button.get_attribute("aria-disabled") == "true"  # not `disabled`: focus must not drop out
    next_button.click(force=True)  # the last date stays
    assert_day(page, 3)
    page.get_by_role("button", name="Previous date", exact=True).click()
    assert_day(page, 2)
    page.get_by_role("button", name="Show all dates", exact=True).click()
    assert page.locator(".wm-dim").count() == 0 and page.locator(".wm-current").count() == 0
    seed_page.assert_clean()


def test_keyboard_steps_when_the_control_has_focus(seed_page):
    page = seed_page.page
    page.locator(".wm-timeline").focus()
    page.keyboard.press("ArrowRight")
    assert_day(page, 0)
    page.keyboard.press("ArrowRight")
    assert_day(page, 1)
    page.keyboard.press("ArrowRight")
    assert_day(page, 2)
    page.keyboard.press("ArrowRight")
    assert_day(page, 3)
    page.keyboard.press("ArrowLeft")
    assert_day(page, 2)
    page.keyboard.press("Home")
    assert_day(page, 0)
    page.keyboard.press("End")
    assert_day(page, 3)
    page.keyboard.press("Escape")
    assert page.evaluate("window.webmap.timeline.current()") == -1
    assert page.evaluate("document.activeElement.classList.contains('wm-timeline')")
    seed_page.assert_clean()


def test_keyboard_from_a_button_and_space_toggles_play(seed_page):
    page = seed_page.page
    page.get_by_role("button", name="Next date", exact=True).focus()
    page.keyboard.press("ArrowRight")  # arrows work anywhere in the control
    page.keyboard.press("ArrowRight")
    assert_day(page, 1)
    page.locator(".wm-timeline").focus()
    page.evaluate("window.webmap.timeline.interval = 60000")
    page.keyboard.press("Space")
    assert page.evaluate("window.webmap.timeline.playing()")
    assert page.get_by_role("button", name="Pause", exact=True).count() == 1
    page.keyboard.press("Enter")
    assert not page.evaluate("window.webmap.timeline.playing()")
    assert_day(page, 1)
    seed_page.assert_clean()


def test_play_advances_shows_direction_and_stops_at_the_end(seed_page):
    page = seed_page.page
    page.evaluate("window.webmap.timeline.interval = 60000")  # the first day held while it is checked: a busy
    page.get_by_role("button", name="Play", exact=True).click()  # machine took longer than a short step (CI, load 6)
    assert page.evaluate("window.webmap.timeline.playing()")
    assert_day(page, 0)
    page.evaluate("var t = window.webmap.timeline; t.pause(); t.interval = 1500; t.play()")  # plays on from day 0
    page.wait_for_function("window.webmap.timeline.current() === 1")
    assert "wm-flow" in classes(page, "path.wm-leg-1")  # the day's leg runs in its direction while playing
    assert "wm-flow" not in classes(page, "path.wm-leg-2")
    page.wait_for_function("window.webmap.timeline.current() === 2")
    page.wait_for_function("window.webmap.timeline.current() === 3 && !window.webmap.timeline.playing()",
                           timeout=5000)
    assert_day(page, 3)
    assert page.locator("path.wm-flow").count() == 0
    seed_page.assert_clean()


def test_pause_keeps_the_day(seed_page):
    page = seed_page.page
    page.evaluate("window.webmap.timeline.interval = 60000; window.webmap.timeline.step(1)")
    page.get_by_role("button", name="Play", exact=True).click()
    assert "wm-flow" in classes(page, "path.wm-leg-1")
    page.get_by_role("button", name="Pause", exact=True).click()
    assert_day(page, 1)
    assert "wm-flow" not in classes(page, "path.wm-leg-1")
    seed_page.assert_clean()


def test_highlight_survives_a_layer_toggled_off_and_on(seed_page):
    page = seed_page.page
    page.evaluate("window.webmap.timeline.step(3)")
    page.get_by_role("checkbox", name="Events", exact=True).uncheck()
    assert page.locator(PARADE).count() == 0
    page.get_by_role("checkbox", name="Events", exact=True).check()
    assert_day(page, 3)
    page.get_by_role("checkbox", name="Route", exact=True).uncheck()
    page.get_by_role("checkbox", name="Route", exact=True).check()
    assert_day(page, 3)
    seed_page.assert_clean()


def test_timeline_labels_are_text(hostile_journey, watched_page, tmp_path):
    path = tmp_path / "map.html"
    path.write_text(map_html(hostile_journey, inline=True), encoding="utf-8")
    page = watched_page.page
    page.goto(path.as_uri())
    page.wait_for_selector(".wm-timeline")
    page.evaluate("window.webmap.timeline.step(0)")
    assert HOSTILE in shown(page)
    page.evaluate("window.webmap.timeline.step(1)")
    assert HOSTILE in shown(page)
    assert page.locator(".wm-timeline img").count() == 0
    watched_page.assert_clean()


def test_direction_animates_unless_the_reader_asks_for_less_motion(seed_page):
    page = seed_page.page
    page.evaluate("window.webmap.timeline.interval = 60000; window.webmap.timeline.step(1)")
    page.evaluate("window.webmap.timeline.play()")
    animation = "getComputedStyle(document.querySelector('path.wm-leg-1')).animationName"
    assert page.evaluate(animation) == "wm-flow"
    page.emulate_media(reduced_motion="reduce")
    assert page.evaluate(animation) == "none"
    assert page.evaluate("window.webmap.timeline.playing()")  # still plays, one still day at a time
    page.evaluate("window.webmap.timeline.pause()")
    seed_page.assert_clean()
