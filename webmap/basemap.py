"""Moved to `webmap.draw.basemap` (the drawing layer, DESIGN.md); this name stays for code that imports it."""

import sys

from webmap.draw import basemap

sys.modules[__name__] = basemap
