"""Escaping for the two places story text meets a page: HTML markup and inline JavaScript."""

from __future__ import annotations

import json
from html import escape


def esc(text: object) -> str:
    """Escape for HTML, and for the JS template literals some folium templates still paste text into."""
    return escape(str(text), quote=True).replace("`", "&#96;").replace("$", "&#36;").replace("\\", "&#92;")


def js_string(text: str) -> str:
    """A JSON string literal that is also safe inside an HTML <script> element."""
    return json.dumps(text).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
