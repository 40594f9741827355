"""Moved to `webmap.draw.geojson` (the drawing layer, DESIGN.md); this name stays for code that imports it."""

import sys

from webmap.draw import geojson

sys.modules[__name__] = geojson
