"""Moved to `webmap.draw.storyview` (the drawing layer, DESIGN.md); this name stays for code that imports it."""

import sys

from webmap.draw import storyview

sys.modules[__name__] = storyview
