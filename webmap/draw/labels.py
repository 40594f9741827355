"""Label placement in pixels: each label tries the spots around its point, and the lower-ranked label yields.

The SVG picture places its labels here; static/webmap/map.js applies the same rules in the browser (right, left,
above, below, then the diagonals; never over a marker, a panel or a label placed before it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

CHAR_WIDTH = 0.62  # of the font size, for a bold sans-serif (DejaVu Sans, the renderer's fallback, is wide)


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


def text_width(text: str, size: float) -> float:
    return len(text) * size * CHAR_WIDTH


def spots(want: Want) -> list[tuple[float, float]]:
    if want.centred:
        return [(-want.w / 2, -want.h / 2)]
    r, w, h = want.radius + 4, want.w, want.h
    return [(r, -h / 2), (-r - w, -h / 2), (-w / 2, -r - h), (-w / 2, r), (r, -r - h + 4), (r, r - 4),
            (-r - w, -r - h + 4), (-r - w, r - 4)]


def place(wants: Sequence[Want], obstacles: Sequence[Box], width: float, height: float) -> dict[int, Box]:
    """Where each label goes (by key); a label that finds no free spot inside the frame is left out."""
    taken = list(obstacles)
    placed: dict[int, Box] = {}
    for want in sorted(wants, key=lambda w: (w.rank, w.key)):
        for dx, dy in spots(want):
            box = Box(want.x + dx, want.y + dy, want.w, want.h)
            inside = box.x >= 2 and box.y >= 2 and box.x + box.w <= width - 2 and box.y + box.h <= height - 2
            if inside and not any(box.overlaps(t) for t in taken):
                placed[want.key] = box
                taken.append(box)
                break
    return placed
