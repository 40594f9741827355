"""Moved to `webmap.draw.leaflet` (the drawing layer, DESIGN.md); this name stays for code that imports it."""

import sys

from webmap.draw import leaflet

sys.modules[__name__] = leaflet
