"""Label placement (webmap/draw/labels.py) and the picture's labels: farther spots on a leader line and a smaller
size come before a label yields; a stop beats an event and a country; a leader never crosses another label."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pacific
import pytest

from webmap.draw.labels import SMALLER, Box, Want, _greedy, crosses, place
from webmap.draw.scene import RANK, build_scene
from webmap.draw.svg import scene_svg

SVG_NS = "{http://www.w3.org/2000/svg}"


def test_a_crowded_label_moves_out_on_a_leader_before_it_yields():
    # a band of other things left and right of the point walls in every spot beside it; above, farther out, is room
    walls = [Box(0, 84, 90, 32), Box(110, 84, 200, 32)]
    placed = place([Want(0, 100, 100, 60, 16, 8, rank=RANK["stop"])], walls, 400, 300)
    box = placed[0]
    assert box.leader is not None and box.scale == 1.0
    x1, y1, x2, y2 = box.leader
    assert abs(((x1 - 100) ** 2 + (y1 - 100) ** 2) ** 0.5 - 8) < 0.01  # from the marker's edge...
    assert box.x <= x2 <= box.x + box.w and box.y <= y2 <= box.y + box.h  # ...to the label
    assert not any(box.overlaps(w) for w in walls)


def test_a_lower_ranked_label_takes_a_smaller_size_before_it_yields():
    # a frame just wide enough for the label at the smaller size, right of its point, and too low for any other
    frame = (60 + 12 + 80 * SMALLER + 3, 40)
    stop = place([Want(0, 60, 20, 80, 16, 8, rank=RANK["stop"], shrink=True)], [], *frame)
    assert stop[0].scale == SMALLER and stop[0].x == 72 and stop[0].leader is None
    assert place([Want(0, 60, 20, 80, 16, 8, rank=RANK["destination"])], [], *frame) == {}


def test_a_stop_beats_an_event_and_a_country_for_the_last_free_spot():
    walls = [Box(0, 0, 92, 300), Box(100, 0, 300, 85), Box(100, 115, 300, 300)]
    wants = [Want(0, 100, 100, 80, 16, 8, rank=RANK["event"]), Want(1, 100, 100, 80, 16, 8, rank=RANK["stop"]),
             Want(2, 140, 100, 80, 16, 0, rank=RANK["country"], centred=True)]
    placed = place(wants, walls, 400, 300)
    assert 1 in placed and 0 not in placed and 2 not in placed


def test_no_label_is_put_across_a_leader_line():
    line = (100.0, 100.0, 100.0, 160.0)
    assert crosses(line, Box(90, 120, 20, 10)) and not crosses(line, Box(105, 120, 20, 10))
    wants = [Want(i, 100 + 3 * i, 100 + 2 * i, 70, 16, 8, rank=3, shrink=True) for i in range(8)]
    placed = place(wants, [], 400, 300)
    boxes = list(placed.values())
    for a in boxes:
        for b in boxes:
            if a is not b:
                assert not a.overlaps(b, 0)
                assert a.leader is None or not crosses(a.leader, b)


@pytest.mark.parametrize(("width", "height"), [(1400, 900), (800, 600), (390, 844), (600, 400)])
def test_the_picture_labels_every_stop_of_a_ten_stop_tour(width, height):
    scene = build_scene(pacific.royal_tour())
    svg = scene_svg(scene, width=width, height=height)
    root = ET.fromstring(svg)
    labelled = {g.get("data-key") for g in root.iter(f"{SVG_NS}g") if g.get("class") == "label"}
    stops = {f.key for f in scene.of_kind("stop")}
    assert stops <= labelled, stops - labelled
    boxes = []
    for g in root.iter(f"{SVG_NS}g"):
        if g.get("class") == "label":
            t = g.findall(f"{SVG_NS}text")[1]
            size = float(t.get("font-size"))
            x, y = float(t.get("x")), float(t.get("y"))
            boxes.append((x, y - size, x + len(t.text) * size * 0.6, y))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)


def test_the_picture_draws_leaders_and_smaller_names_when_crowded():
    svg = scene_svg(build_scene(pacific.royal_tour()), width=480, height=360)
    sizes = {float(s) for s in re.findall(r'class="label"[^>]*>(?:<path[^>]*/>)?<text [^>]*font-size="([\d.]+)"',
                                          svg)}
    assert svg.count('class="leader"') >= 1 or len(sizes) > 1


def test_a_label_left_out_is_tried_first_among_its_rank():
    # three close stops of one rank in a small frame: in key order the third finds no spot; tried first, it does,
    # and the other two still find theirs
    wants = [Want(0, 90, 30, 40, 16, 8, rank=3), Want(1, 90, 40, 60, 16, 8, rank=3), Want(2, 20, 40, 40, 16, 8, rank=3)]
    assert len(_greedy(wants, [], 200, 80)) == 2
    placed = place(wants, [], 200, 80)
    assert set(placed) == {0, 1, 2}
    boxes = list(placed.values())
    assert not any(a.overlaps(b, 0) for a in boxes for b in boxes if a is not b)


def test_the_inlined_script_keeps_its_meaning_without_indentation():
    from webmap import offline
    from webmap.draw.leaflet import unindented

    script = offline.static_text("webmap/map.js")
    assert "`" not in script  # no template literal, so no string spans lines and loses its indentation
    assert unindented(script).splitlines() == [line.strip() for line in script.splitlines() if line.strip()]
