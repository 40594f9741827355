"""Label placement in pixels: each label tries the spots around its point, then spots farther out (joined to the
point by a short leader line), then the same at a smaller size; only a label that finds no free spot at all yields,
and the lower-ranked one does (labels are placed in rank order: a stop before an event, an event before a country).

The SVG picture places its labels here; static/webmap/map.js applies the same rules in the browser (right, left,
above, below, then the diagonals, at each distance; never over a marker, a panel or a label placed before it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

CHAR_WIDTH = 0.62  # of the font size, for a bold sans-serif (DejaVu Sans, the renderer's fallback, is wide)
FAR = (16, 32, 52, 76)  # pixels beyond the nearest spots: the farther rings, where a leader line joins label and point
SMALLER = 0.85  # the size a lower-ranked label may take when no spot is free at full size
DIRECTIONS = ((1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (1, 1), (-1, -1), (-1, 1))  # right, left, up, down...


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    def overlaps(self, other: Box, gap: float = 1.0) -> bool:
        return (self.x < other.x + other.w + gap and other.x < self.x + self.w + gap
                and self.y < other.y + other.h + gap and other.y < self.y + self.h + gap)


@dataclass(frozen=True)
class Want:
    """A label to place: its text size and its anchor point (pixels), the marker radius it must clear, its rank."""

    key: int
    x: float
    y: float
    w: float
    h: float
    radius: float
    rank: int
    centred: bool = False  # country names sit on their point
    shrink: bool = False  # may take a smaller size before it yields (the lower-ranked labels)


@dataclass(frozen=True)
class Placed(Box):
    """Where a label went: its box, its size (1 or ``SMALLER``) and the leader line (x1, y1, x2, y2) from its point,
    if it sits on a farther ring."""

    scale: float = 1.0
    leader: tuple[float, float, float, float] | None = None


def text_width(text: str, size: float) -> float:
    return len(text) * size * CHAR_WIDTH


def near_spots(w: float, h: float, r: float) -> list[tuple[float, float]]:
    return [(r, -h / 2), (-r - w, -h / 2), (-w / 2, -r - h), (-w / 2, r), (r, -r - h + 4), (r, r - 4),
            (-r - w, -r - h + 4), (-r - w, r - 4)]


def far_spot(w: float, h: float, d: float, ux: int, uy: int) -> tuple[float, float]:
    """The box whose nearest corner or edge is ``d`` pixels from the point in direction (ux, uy)."""
    k = d / (2 ** 0.5) if ux and uy else d
    ax, ay = ux * k, uy * k
    return ax + (0 if ux > 0 else -w if ux < 0 else -w / 2), ay + (0 if uy > 0 else -h if uy < 0 else -h / 2)


def leader(x: float, y: float, r: float, box: Box) -> tuple[float, float, float, float]:
    """From the marker's edge towards the label, to the nearest point of the label's box."""
    nx, ny = min(max(x, box.x), box.x + box.w), min(max(y, box.y), box.y + box.h)
    dist = max(((nx - x) ** 2 + (ny - y) ** 2) ** 0.5, 1e-9)
    return x + (nx - x) * r / dist, y + (ny - y) * r / dist, nx, ny


def crosses(line: tuple[float, float, float, float], box: Box) -> bool:
    """Whether the segment passes through the box (Liang–Barsky clipping)."""
    x1, y1, x2, y2 = line
    t0, t1 = 0.0, 1.0
    for p, q in ((x1 - x2, x1 - box.x), (x2 - x1, box.x + box.w - x1), (y1 - y2, y1 - box.y),
                 (y2 - y1, box.y + box.h - y1)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


def spots(want: Want) -> list[tuple[float, float, float, bool]]:
    """(dx, dy, scale, with a leader) of every spot to try, best first."""
    if want.centred:
        return [(-want.w / 2, -want.h / 2, 1.0, False)]
    out = []
    for scale in (1.0, SMALLER) if want.shrink else (1.0,):
        w, h, r = want.w * scale, want.h * scale, want.radius + 4
        out += [(dx, dy, scale, False) for dx, dy in near_spots(w, h, r)]
        out += [(*far_spot(w, h, r + d, ux, uy), scale, True) for d in FAR for ux, uy in DIRECTIONS]
    return out


RETRIES = 3  # orders tried after the first, each putting the labels that found no spot first within their rank


def place(wants: Sequence[Want], obstacles: Sequence[Box], width: float, height: float) -> dict[int, Placed]:
    """Where each label goes (by key); a label that finds no free spot inside the frame is left out.

    Labels go in rank order. If one finds no spot, the placing is tried again with it first among the labels of its
    rank (a neighbour of the same rank may have a spot to spare), and the order that leaves out the fewest
    labels, counting from the highest rank, is kept."""
    order = sorted(wants, key=lambda w: (w.rank, w.key))
    best: dict[int, Placed] = {}
    best_cost: list[int] | None = None
    ranks = sorted({w.rank for w in wants})
    first: list[int] = []
    for _ in range(RETRIES + 1):
        placed = _greedy(sorted(order, key=lambda w: (w.rank, w.key not in first)), obstacles, width, height)
        cost = [sum(1 for w in wants if w.rank == r and w.key not in placed) for r in ranks]
        if best_cost is None or cost < best_cost:
            best, best_cost = placed, cost
        left_out = [w.key for w in order if w.key not in placed and not w.centred]
        if not left_out or all(k in first for k in left_out):
            break
        first = [*first, *(k for k in left_out if k not in first)]
    return best


def _greedy(order: Sequence[Want], obstacles: Sequence[Box], width: float, height: float) -> dict[int, Placed]:
    taken = list(obstacles)
    fixed = len(taken)  # markers and panels; the labels placed come after them
    lines: list[tuple[float, float, float, float]] = []  # leader lines drawn so far: no label goes over one
    placed: dict[int, Placed] = {}
    for want in order:
        for dx, dy, scale, led in spots(want):
            box = Box(want.x + dx, want.y + dy, want.w * scale, want.h * scale)
            inside = box.x >= 2 and box.y >= 2 and box.x + box.w <= width - 2 and box.y + box.h <= height - 2
            if not inside or any(box.overlaps(t) for t in taken) or any(crosses(ln, box) for ln in lines):
                continue
            line = leader(want.x, want.y, want.radius, box) if led else None
            own = Box(want.x - want.radius, want.y - want.radius, 2 * want.radius, 2 * want.radius)
            if line and any(crosses(line, t) for j, t in enumerate(taken) if j >= fixed or not own.overlaps(t, 0)):
                continue  # across another marker or label it would name the wrong point (a cluster's are crossed)
            placed[want.key] = Placed(box.x, box.y, box.w, box.h, scale, line)
            taken.append(box)
            lines += [line] if line else []
            break
    return placed
