"""Branca elements whose rendered text is final: what webmap adds to a folium map.

Branca wraps the output of every element's macros in a new `Element`, which compiles that text as a Jinja template
and renders it once more. That costs a cold export about a millisecond an element (a map has over a hundred), and
it reads a "{{" or "{%" in a story's text as template code: at best a syntax error that stops the map being drawn.
Webmap's own elements keep their output as it is.
"""

from __future__ import annotations

import json

from branca.element import Element, MacroElement
from jinja2 import Template

__all__ = ["Text", "Macro", "PlaceMarker"]


class Text(Element):
    """HTML or script that is already what the page must hold."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: object) -> str:
        return self.text


class Macro(MacroElement):
    """A MacroElement whose rendered header, html and script go into the page as text (see the module's note)."""

    def render(self, **kwargs: object) -> None:
        figure = self.get_root()
        module = self._template.module.__dict__
        for part, target in (("header", figure.header), ("html", figure.html), ("script", figure.script)):
            macro = module.get(part)
            if macro is not None:
                target.add_child(Text(macro(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


def _js(value: object) -> str:
    """JSON that is also safe inside an HTML <script> element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class PlaceMarker(Macro):
    """A Leaflet marker with a div icon (inline SVG), in one element where folium needs three."""

    _template = Template("""{% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.marker({{ this.location }}, {{ this.options }}).setIcon(L.divIcon({{ this.icon }})).addTo({{ this._parent.get_name() }});
        {% endmacro %}""")  # noqa: E501

    def __init__(self, location: tuple[float, float], *, html: str, size: tuple[int, int],
                 anchor: tuple[int, int], class_name: str, interactive: bool = True) -> None:
        super().__init__()
        self._name = "Marker"  # element ids read marker_…, as folium's
        self.location = _js([float(location[0]), float(location[1])])
        self.options = _js({} if interactive else {"interactive": False, "keyboard": False})
        self.icon = _js({"className": class_name, "html": html, "iconAnchor": list(anchor), "iconSize": list(size)})
