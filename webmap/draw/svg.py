"""The scene as an SVG picture, drawn in Python (no browser): basemap, route, markers, labels, legend, title and
source line; and from that SVG, PNG and PDF with cairosvg.

The projection is Web Mercator, as in the Leaflet map, fitted to the journey's box clear of the title and the
legend. The output depends only on the scene and the size, so the same journey gives the same bytes.
"""

from __future__ import annotations

import math
from html import escape
from typing import Any

from webmap.draw import basemap
from webmap.draw.labels import Box, Want, place, text_width
from webmap.draw.scene import CASING_OPACITY, CASING_WIDTH, RANK, SHAPES, Feature, Scene, marker_size

FONT = "DejaVu Sans, Verdana, Arial, sans-serif"
LABEL_SIZE = 13
TITLE_SIZE = 20
SMALL = 12
STRIP = 26  # the source line's band at the bottom
ATTRIBUTION = "Places: GeoNames (CC BY 4.0) · Map data: Natural Earth"
FORMATS = ("svg", "png", "pdf")


def _x(text: object) -> str:
    return escape(str(text), quote=True)


def merc_y(lat: float) -> float:
    lat = max(-85.0, min(85.0, lat))
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


class Projection:
    """Degrees to pixels: the box (south, west, north, east) fitted inside a frame with padding."""

    def __init__(self, bounds: list[list[float]], frame: tuple[float, float, float, float],
                 pad: tuple[float, float, float, float], max_k: float = 2 ** 8 * 256 / 360) -> None:
        (s, w), (n, e) = bounds
        if n - s < 0.5:
            s, n = s - 0.25, n + 0.25
        if e - w < 0.5:
            w, e = w - 0.25, e + 0.25
        fx, fy, fw, fh = frame
        top, right, bottom, left = pad
        aw, ah = max(fw - left - right, 10), max(fh - top - bottom, 10)
        y0, y1 = merc_y(s), merc_y(n)
        self.k = min(aw / (e - w), ah / (y1 - y0), max_k)  # no closer than zoom 8, as the map
        cx, cy = (w + e) / 2, (y0 + y1) / 2
        self.ox = fx + left + aw / 2 - cx * self.k
        self.oy = fy + top + ah / 2 + cy * self.k

    def __call__(self, lat: float, lon: float) -> tuple[float, float]:
        return self.ox + lon * self.k, self.oy - merc_y(lat) * self.k

    def inverse_box(self, w: float, h: float) -> list[list[float]]:
        """The degrees the frame (0..w, 0..h) shows."""
        def lat(y: float) -> float:
            return math.degrees(2 * math.atan(math.exp(math.radians((self.oy - y) / self.k))) - math.pi / 2)
        return [[lat(h), (0 - self.ox) / self.k], [lat(0), (w - self.ox) / self.k]]


def _path(rings: Any, proj: Projection, close: bool) -> str:
    out = []
    for ring in rings:
        pts = [proj(lat, lon) for lon, lat in ring]
        if len(pts) < 2:
            continue
        out.append("M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in pts) + ("Z" if close else ""))
    return "".join(out)


def _geometry_path(geom: dict, proj: Projection) -> str:
    kind, coords = geom["type"], geom["coordinates"]
    if kind == "Polygon":
        return _path(coords, proj, True)
    if kind == "MultiPolygon":
        return "".join(_path(poly, proj, True) for poly in coords)
    if kind == "LineString":
        return _path([coords], proj, False)
    if kind == "MultiLineString":
        return _path(coords, proj, False)
    return ""


def _basemap(scene: Scene, proj: Projection, width: float, height: float, colours: dict[str, str],
             detail_px: float) -> str:
    if not scene.bounds:
        return ""
    shown = proj.inverse_box(width, height)  # only what the frame shows, about a pixel fine
    span = max(shown[1][1] - shown[0][1], shown[1][0] - shown[0][0])
    doc = basemap.basemap_geojson(shown, 0.5, tolerance=max(0.01, span / width * detail_px),
                                 world=False)
    land, lines = [], []
    for f in doc["features"]:
        d = _geometry_path(f["geometry"], proj)
        if not d:
            continue
        kind = f["properties"]["kind"]
        if kind == "land":
            land.append(d)
        else:
            colour = colours["border" if kind == "border" else "coast"]
            lines.append(f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="0.9" '
                         'stroke-linejoin="round"/>')
    return (f'<g class="basemap"><path d="{"".join(land)}" fill="{colours["land"]}" fill-rule="evenodd"/>'
            + "".join(lines) + "</g>")


def _leg(f: Feature, proj: Projection, casing: str) -> str:
    d = "M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in (proj(lat, lon) for lat, lon in f.coords))
    dash = f' stroke-dasharray="{f.dash}"' if f.dash else ""
    arrows = "".join(
        f'<path transform="translate({x:.1f} {y:.1f}) rotate({b:.0f})" d="M0 -8 L7 7 L0 3 L-7 7 Z" '
        f'fill="{f.colour}" stroke="#fff" stroke-width="1.2"/>'
        for x, y, b in ((*proj(lat, lon), heading) for lat, lon, heading in f.arrows))
    return (f'<g class="leg" data-leg="{f.order}"><title>{_x(f.name)}</title>'
            f'<path d="{d}" fill="none" stroke="{casing}" stroke-width="{CASING_WIDTH}" '
            f'stroke-opacity="{CASING_OPACITY}" stroke-linejoin="round" stroke-linecap="round"/>'
            f'<path d="{d}" fill="none" stroke="{f.colour}" stroke-width="4" stroke-linejoin="round" '
            f'stroke-linecap="round"{dash}/>{arrows}</g>')


def _marker(f: Feature, x: float, y: float) -> str:
    size = marker_size(f.shape)
    s = size / 24
    return (f'<g class="marker" data-key="{_x(f.key)}" transform="translate({x - size / 2:.1f} {y - size / 2:.1f}) '
            f'scale({s:.3f})"><title>{_x(f.tooltip)}</title>{SHAPES[f.shape]}</g>')


def _legend_rows(scene: Scene) -> list[tuple[str, str]]:
    """The legend's rows for what the picture draws (other places mentioned are left out of it)."""
    return [(r.symbol, r.text) for r in scene.legend if r.symbol != "mention"]


def _legend(scene: Scene, x: float, y: float, w: float, colours: dict[str, str]) -> tuple[str, float]:
    rows = _legend_rows(scene)
    h = 28 + 20 * len(rows)
    out = [f'<g class="legend"><rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h}" rx="6" '
           f'fill="{colours["panel"]}" fill-opacity="0.95" stroke="#00000033"/>',
           f'<text x="{x + 10:.1f}" y="{y + 19:.1f}" font-weight="bold" font-size="{SMALL + 1}" '
           f'fill="{colours["text"]}">Legend</text>']
    for i, (symbol, text) in enumerate(rows):
        cy = y + 36 + 20 * i
        if symbol.startswith("line:"):
            out.append(f'<rect x="{x + 10:.1f}" y="{cy - 2:.1f}" width="18" height="4" rx="2" '
                       f'fill="{_x(symbol[5:])}"/>')
        elif symbol == "edited":
            out.append(f'<text x="{x + 12:.1f}" y="{cy + 5:.1f}" font-size="{SMALL}" '
                       f'fill="{colours["text"]}">✎</text>')
        else:
            out.append(f'<g transform="translate({x + 10:.1f} {cy - 8:.1f}) scale(0.667)">{SHAPES[symbol]}</g>')
        out.append(f'<text x="{x + 36:.1f}" y="{cy + 4:.1f}" font-size="{SMALL}" fill="{colours["text"]}">'
                   f"{_x(text)}</text>")
    out.append("</g>")
    return "".join(out), h


def _wrap(text: str, size: float, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and text_width(trial, size) * 0.93 > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line else lines


def scene_svg(scene: Scene, *, width: int = 1200, height: int = 800, style: str = "light",
              title_id: str = "wm-svg-title", detail_px: float = 1.5) -> str:
    """The whole picture as one SVG document (a string), width x height pixels; coasts and borders simplified to
    about ``detail_px`` pixels."""
    colours = basemap.palette(style)
    map_h = height - STRIP
    legend_w = min(360.0, max(220.0, max((text_width(t, SMALL) * 0.9 + 50 for _, t in _legend_rows(scene)),
                                         default=220.0)))
    title_lines = _wrap(scene.title, TITLE_SIZE, min(width - 40, 760))[:3]
    title_h = 14 + len(title_lines) * (TITLE_SIZE + 6)
    legend_h = 28 + 20 * len(_legend_rows(scene))
    # The journey goes between the title and the legend, or beside the legend when that shows it larger.
    pads = [(title_h + 40, 50, legend_h + 40, 50), (title_h + 40, legend_w + 50, 40, 50)]
    bounds = scene.bounds or [[-50.0, -170.0], [70.0, 170.0]]
    proj = max((Projection(bounds, (0, 0, width, map_h), p) for p in pads), key=lambda p: p.k)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="{_x(title_id)}" '
             f'font-family="{FONT}">',
             f'<title id="{_x(title_id)}">{_x(scene.title)}: map</title>',
             f'<rect width="{width}" height="{height}" fill="{colours["sea"]}"/>',
             f'<svg x="0" y="0" width="{width}" height="{map_h}" viewBox="0 0 {width} {map_h}">',
             _basemap(scene, proj, width, map_h, colours, detail_px)]
    for f in scene.of_kind("leg"):
        parts.append(_leg(f, proj, colours["casing"]))
    points = [f for f in scene.features if f.kind != "leg" and f.layer != "Other places mentioned"]
    obstacles = [Box(title_x := 12, 12, min(width - 24, max(text_width(t, TITLE_SIZE) * 0.93 for t in
                                                              title_lines or [" "]) + 24), title_h),
                 Box(width - legend_w - 12, map_h - legend_h - 12, legend_w, legend_h)]
    wants, pos = [], {}
    for i, f in enumerate(points):
        x, y = proj(*f.point)
        x, y = x + f.offset[0], y + f.offset[1]
        pos[i] = (x, y)
        r = marker_size(f.shape) / 2
        obstacles.append(Box(x - r, y - r, 2 * r, 2 * r))
        if f.label:
            wants.append(Want(i, x, y, text_width(f.label.text, LABEL_SIZE), LABEL_SIZE + 4, r, f.label.rank,
                              shrink=f.label.rank > RANK["origin"]))
    for j, c in enumerate(scene.countries):
        x, y = proj(c.lat, c.lon)
        wants.append(Want(1000 + j, x, y, text_width(c.text.upper(), SMALL) * 1.1, SMALL + 4, 0, c.rank,
                          centred=True))
    spots = place(wants, obstacles, width, map_h)
    for key, box in sorted(spots.items()):
        if key >= 1000:
            c = scene.countries[key - 1000]
            parts.append(f'<text class="label country" x="{box.x + box.w / 2:.1f}" y="{box.y + box.h - 5:.1f}" '
                         f'text-anchor="middle" font-size="{SMALL}" letter-spacing="1.2" '
                         f'fill="{colours["country"]}">{_x(c.text.upper())}</text>')
    for f in points:
        if f.kind == "via":
            parts.append(_marker(f, *pos[points.index(f)]))
    for i, f in enumerate(points):
        if f.kind != "via":
            parts.append(_marker(f, *pos[i]))
    for key, box in sorted(spots.items()):
        if key < 1000:
            label = points[key].label
            assert label is not None
            size = round(LABEL_SIZE * box.scale, 1)
            at = f'x="{box.x:.1f}" y="{box.y + box.h - 5 * box.scale:.1f}" font-size="{size:g}" font-weight="bold"'
            line = ""
            if box.leader:  # a label set farther out is joined to its point
                line = (f'<path class="leader" d="M{box.leader[0]:.1f} {box.leader[1]:.1f}L{box.leader[2]:.1f} '
                        f'{box.leader[3]:.1f}" stroke="{colours["text"]}" stroke-width="1" fill="none"/>')
            parts.append(f'<g class="label" data-key="{_x(points[key].key)}">{line}'  # halo, then the name on it
                         f'<text {at} fill="none" stroke="{colours["halo"]}" stroke-width="4" '
                         f'stroke-linejoin="round">{_x(label.text)}</text>'
                         f'<text {at} fill="{colours["text"]}">{_x(label.text)}</text></g>')
    parts.append("</svg>")
    # the title, the legend, the source line
    tw = obstacles[0].w
    parts.append(f'<rect x="{title_x}" y="12" width="{tw:.1f}" height="{title_h}" rx="6" fill="{colours["panel"]}" '
                 'fill-opacity="0.95" stroke="#00000033"/>')
    for k, line in enumerate(title_lines):
        parts.append(f'<text x="{title_x + 12}" y="{12 + 6 + (k + 1) * (TITLE_SIZE + 4):.1f}" font-size="{TITLE_SIZE}" '
                     f'font-weight="bold" fill="{colours["text"]}">{_x(line)}</text>')
    legend, _ = _legend(scene, width - legend_w - 12, map_h - legend_h - 12, legend_w, colours)
    parts.append(legend)
    parts.append(f'<rect x="0" y="{map_h}" width="{width}" height="{STRIP}" fill="{colours["panel"]}"/>')
    src = scene.source or scene.title
    room = width - 30 - text_width(ATTRIBUTION, SMALL - 1) * 0.9
    while len(src) > 12 and text_width(src, SMALL) * 0.9 > room:  # a narrow picture shortens the source line
        src = src[:-12].rstrip() + "…"
    parts.append(f'<text x="10" y="{map_h + 17}" font-size="{SMALL}" fill="{colours["text"]}">{_x(src)}</text>')
    parts.append(f'<text x="{width - 10}" y="{map_h + 17}" font-size="{SMALL - 1}" text-anchor="end" '
                 f'fill="{colours["text"]}">{_x(ATTRIBUTION)}</text>')
    parts.append("</svg>")
    return "".join(parts) + "\n"


def render(scene: Scene, fmt: str, *, width: int = 1200, height: int = 800, style: str = "light") -> bytes:
    """The picture as SVG, PNG or PDF bytes (PNG and PDF through cairosvg, which needs the cairo library)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown picture format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if not (100 <= width <= 8000 and 100 <= height <= 8000):
        raise ValueError("width and height must be between 100 and 8000 pixels")
    svg = scene_svg(scene, width=width, height=height, style=style)
    if fmt == "svg":
        return svg.encode("utf-8")
    import cairosvg  # imported only for pictures: it loads the cairo library

    convert = cairosvg.svg2png if fmt == "png" else cairosvg.svg2pdf
    return convert(bytestring=svg.encode("utf-8"), output_width=width, output_height=height)
