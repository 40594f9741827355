"""Leg geometry by mode (issue 4): ground legs stay on land, flights are great circles, the rest say what they are.

The land check samples the drawn line every 5 km along great circles between its vertices (an independent sampler,
not the one routing uses) and tests each sample against Natural Earth land.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

import numpy as np
import pytest
from geopy.distance import geodesic

from webmap.land import land_mask
from webmap.routes import GROUND_MODES, LegPath, leg_path, normalise_mode

PYONGYANG = (39.03385, 125.75432)
SINANJU = (39.59806, 125.60972)
DANDONG = (40.12917, 124.39472)
SHENYANG = (41.79222, 123.43278)
JINZHOU = (41.10778, 121.14167)
BEIJING = (39.9075, 116.39723)
MOSCOW = (55.75222, 37.61556)
SEOUL = (37.566, 126.9784)
LONDON = (51.50853, -0.12574)
DUBLIN = (53.33306, -6.24889)

SEED_LEGS = {
    "Pyongyang → Dandong via Sinanju": [PYONGYANG, SINANJU, DANDONG],
    "Dandong → Beijing via Shenyang, Jinzhou": [DANDONG, SHENYANG, JINZHOU, BEIJING],
}


def sample_every(coords: Sequence[tuple[float, float]], step_km: float = 5.0) -> np.ndarray:
    """(lat, lon) points every `step_km` along the polyline, interpolated along great circles (spherical)."""
    def unit(p: tuple[float, float]) -> np.ndarray:
        la, lo = math.radians(p[0]), math.radians(p[1])
        return np.array([math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)])

    out: list[np.ndarray] = []
    carry = 0.0  # distance into the current segment where the next sample falls
    for a, b in zip(coords, coords[1:], strict=False):
        va, vb = unit(a), unit(b)
        omega = math.acos(max(-1.0, min(1.0, float(va @ vb))))
        length = omega * 6371.0088
        d = carry
        while d < length:
            t = d / length
            v = (math.sin((1 - t) * omega) * va + math.sin(t * omega) * vb) / math.sin(omega)
            out.append(v)
            d += step_km
        carry = d - length
    out.append(unit(coords[-1]))
    v = np.array(out)
    return np.column_stack([np.degrees(np.arcsin(np.clip(v[:, 2], -1, 1))), np.degrees(np.arctan2(v[:, 1], v[:, 0]))])


def land_fraction(coords: Sequence[tuple[float, float]]) -> float:
    pts = sample_every(coords)
    return float(land_mask(pts[:, 0], pts[:, 1]).mean())


# ------------------------------------------------------------------------------------------ ground


@pytest.mark.parametrize("name", list(SEED_LEGS))
def test_seed_legs_lie_on_land(name: str) -> None:
    path = leg_path(SEED_LEGS[name], "train")
    assert path.method == "land-route"
    assert len(sample_every(path.coords)) > 30  # the sampler really walks the line
    assert land_fraction(path.coords) >= 0.98


def test_straight_dandong_beijing_fails_the_land_check() -> None:
    """The check can fail: the straight line crosses Liaodong Bay and the Bohai Sea."""
    assert land_fraction([DANDONG, BEIJING]) < 0.9
    straight = leg_path([DANDONG, BEIJING], "unknown")
    assert straight.coords == [DANDONG, BEIJING]
    assert land_fraction(straight.coords) < 0.9


@pytest.mark.parametrize("ends", [(DANDONG, BEIJING), (SEOUL, BEIJING), (BEIJING, DANDONG)])
def test_ground_leg_without_via_points_is_routed_round_the_sea(ends: tuple) -> None:
    path = leg_path(list(ends), "train")
    assert path.method == "land-route"
    assert path.coords[0] == ends[0] and path.coords[-1] == ends[1]
    assert land_fraction(path.coords) >= 0.98
    # round the bay, not through it: the line reaches the top of Liaodong Bay (~40.9° N)
    assert max(lat for lat, _ in path.coords) > 40.7


@pytest.mark.parametrize("name", list(SEED_LEGS))
def test_via_points_are_on_the_path_in_order(name: str) -> None:
    points = SEED_LEGS[name]
    coords = leg_path(points, "train").coords
    indices = [coords.index(p) for p in points]
    assert indices == sorted(indices) and len(set(indices)) == len(indices)
    assert indices[0] == 0 and indices[-1] == len(coords) - 1


def test_segments_are_short_enough_to_draw_the_same_in_any_projection() -> None:
    coords = leg_path(SEED_LEGS["Dandong → Beijing via Shenyang, Jinzhou"], "train").coords
    assert max(geodesic(a, b).km for a, b in zip(coords, coords[1:], strict=False)) <= 26


def test_note_says_approximate_and_names_via_points() -> None:
    path = leg_path([PYONGYANG, SINANJU, DANDONG], "train", names=["Pyongyang", "Sinanju", "Dandong"])
    assert path.approximate
    assert "via Sinanju" in path.note
    assert "Approximate" in path.note and "not the actual track" in path.note


def test_island_falls_back_to_a_straight_line_and_says_so() -> None:
    path = leg_path([LONDON, DUBLIN], "car", names=["London", "Dublin"])
    assert path.method == "straight"
    assert path.coords[0] == LONDON and path.coords[-1] == DUBLIN
    assert "London – Dublin" in path.note and "different land masses" in path.note
    assert "straight line" in path.note


def test_endpoint_just_off_the_mapped_coast_still_routes() -> None:
    venice = (45.43713, 12.33265)  # in the lagoon on Natural Earth's 1:50m coast
    rome = (41.89193, 12.51133)
    path = leg_path([venice, rome], "car")
    assert path.method == "land-route"
    assert path.coords[0] == venice and path.coords[-1] == rome
    assert land_fraction(path.coords) >= 0.95


@pytest.mark.parametrize("mode", sorted(GROUND_MODES) + ["Train", "special train", "rail", "on foot"])
def test_every_ground_mode_is_routed_over_land(mode: str) -> None:
    assert leg_path([DANDONG, BEIJING], mode).method == "land-route"


# ----------------------------------------------------------------------------------- other modes


def test_flight_is_a_great_circle() -> None:
    path = leg_path([BEIJING, MOSCOW], "flight")
    assert path.method == "great-circle"
    assert 50 <= len(path.coords) <= 101
    assert path.coords[0] == BEIJING and path.coords[-1] == MOSCOW
    # the point halfway along the arc lies north of the straight lat/lon midpoint
    half = path.distance_km / 2
    walked = 0.0
    for a, b in zip(path.coords, path.coords[1:], strict=False):
        walked += geodesic(a, b).km
        if walked >= half:
            mid = b
            break
    assert mid[0] > (BEIJING[0] + MOSCOW[0]) / 2 + 5
    # an arc that is the great circle is as short as the geodesic (within the chord error of ~60 segments)
    assert path.distance_km == pytest.approx(geodesic(BEIJING, MOSCOW).km, rel=0.005)


def test_flight_across_the_pacific_takes_the_short_way() -> None:
    tokyo, san_francisco = (35.6895, 139.69171), (37.77493, -122.41942)
    coords = leg_path([tokyo, san_francisco], "plane").coords
    assert all(abs(b[1] - a[1]) < 20 for a, b in zip(coords, coords[1:], strict=False))
    assert max(lat for lat, _ in coords) > 45  # bows north, over the North Pacific


def test_ship_goes_straight_over_water() -> None:
    path = leg_path([DANDONG, (38.91459, 121.59887)], "ferry")  # Dandong → Dalian
    assert path.method == "sea"
    assert len(path.coords) == 2


def test_unknown_mode_is_straight_and_labelled() -> None:
    path = leg_path([PYONGYANG, BEIJING], "hovercraft")
    assert path.method == "straight"
    assert path.coords == [PYONGYANG, BEIJING]
    assert "unknown" in path.note and "straight line" in path.note
    assert "unknown" in leg_path([PYONGYANG, BEIJING], "").note


# ------------------------------------------------------------------------------------- distances


@pytest.mark.parametrize("points,mode", [
    (SEED_LEGS["Pyongyang → Dandong via Sinanju"], "train"),
    (SEED_LEGS["Dandong → Beijing via Shenyang, Jinzhou"], "train"),
    ([DANDONG, BEIJING], "car"),
    ([BEIJING, MOSCOW], "flight"),
    ([DANDONG, BEIJING], "ship"),
    ([DANDONG, BEIJING], "teleport"),
])
def test_distance_is_measured_along_the_drawn_path(points: list, mode: str) -> None:
    path = leg_path(points, mode)
    along = sum(geodesic(a, b).km for a, b in zip(path.coords, path.coords[1:], strict=False))
    assert path.distance_km == pytest.approx(along, rel=1e-9)
    assert path.distance_km >= geodesic(points[0], points[-1]).km - 1e-6


def test_seed_leg_distances_are_plausible() -> None:
    """Rail Pyongyang–Sinuiju is ~225 km and Dandong–Beijing ~ 1,100 km; straight-ish lines come out shorter."""
    assert 170 < leg_path(SEED_LEGS["Pyongyang → Dandong via Sinanju"], "train").distance_km < 260
    assert 800 < leg_path(SEED_LEGS["Dandong → Beijing via Shenyang, Jinzhou"], "train").distance_km < 1150


# ----------------------------------------------------------------------------------------- inputs


def test_bad_input_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match="at least two points"):
        leg_path([BEIJING], "train")
    with pytest.raises(ValueError, match="out of range"):
        leg_path([BEIJING, (95.0, 10.0)], "train")
    with pytest.raises(ValueError, match="not a"):
        leg_path([BEIJING, ("x", 1)], "train")


def test_same_place_twice_is_a_zero_length_leg() -> None:
    path = leg_path([BEIJING, BEIJING], "train")
    assert path.distance_km == 0 and path.coords[0] == path.coords[-1] == BEIJING


def test_legpath_is_frozen_and_modes_normalise() -> None:
    path = leg_path([BEIJING, MOSCOW], "flight")
    assert isinstance(path, LegPath)
    with pytest.raises(dataclasses.FrozenInstanceError):
        path.method = "x"  # type: ignore[misc]
    assert normalise_mode(" Special_Train ") == "train"
    assert normalise_mode("Aeroplane") == "plane"
    assert normalise_mode(None) == ""
