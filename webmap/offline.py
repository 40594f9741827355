"""Offline assets for folium maps: vendored Leaflet instead of CDNs, and one-file HTML export.

Why: folium's default page pulls 10 files from 5 CDNs (Leaflet, jQuery, Bootstrap, Font Awesome, awesome-markers)
and shows a blank page offline. webmap's maps need only Leaflet (markers are SVG, never icon fonts), vendored in
`static/` by `tools/vendor_assets.py`. This module knows nothing of HTTP: the Flask app serves `static_dir()` at the
`static_url` it passes to `localise()`; `export_html()` inlines everything into a single file.

Folium keeps its asset lists on the classes (`Map.default_js`); changing those would leak into every later map in
the process, so `localise()` only ever sets instance attributes.
"""

from __future__ import annotations

import base64
import functools
import html.parser
import importlib.resources
import mimetypes
import pathlib
import re
from collections.abc import Iterator

import folium
from branca.element import CssLink, Element, Link

__all__ = ["OfflineAssetError", "static_dir", "localise", "export_html", "inline_html", "resource_references", "walk"]


class OfflineAssetError(RuntimeError):
    """A map needs a script, stylesheet or other resource that webmap does not vendor."""


# (pattern matched against the end of an asset URL, vendored path under static/ or None to drop it).
# Patterns also match already-localised URLs, so localise() can be called again with another static_url.
_JS_RULES: list[tuple[re.Pattern[str], str | None]] = [
    (re.compile(r"(^|/)leaflet(@[\w.-]+)?/(dist/)?leaflet\.js$"), "leaflet/leaflet.js"),
    # Only two jQuery calls exist in folium's own templates: a shim answers them (see folium-compat.js).
    (re.compile(r"(^|/)(jquery([-.][\w.-]*)?\.js|webmap/folium-compat\.js)$"), "webmap/folium-compat.js"),
    (re.compile(r"(^|/)bootstrap(\.bundle)?(\.min)?\.js$"), None),
    (re.compile(r"(^|/)leaflet\.awesome-markers(\.min)?\.js$"), None),
]
_CSS_RULES: list[tuple[re.Pattern[str], str | None]] = [
    (re.compile(r"(^|/)leaflet(@[\w.-]+)?/(dist/)?leaflet\.css$"), "leaflet/leaflet.css"),
    (re.compile(r"(^|/)bootstrap(\.min)?\.css$"), None),
    (re.compile(r"(^|/)bootstrap-glyphicons(\.min)?\.css$"), None),
    (re.compile(r"(^|/)fontawesome-free@[\w.-]+/css/all(\.min)?\.css$"), None),
    (re.compile(r"(^|/)(font-awesome|all)(\.min)?\.css$"), None),
    (re.compile(r"(^|/)leaflet\.awesome-markers(\.min)?\.css$"), None),
    (re.compile(r"(^|/)leaflet\.awesome\.rotate(\.min)?\.css$"), None),
]

_MARKER_IMAGES = {"iconUrl": "marker-icon.png", "iconRetinaUrl": "marker-icon-2x.png",
                  "shadowUrl": "marker-shadow.png"}


def static_dir() -> pathlib.Path:
    """The vendored assets (package `webmap.static`), wherever webmap is installed (editable or wheel)."""
    path = pathlib.Path(str(importlib.resources.files("webmap.static")))
    if not (path / "leaflet" / "leaflet.js").is_file():
        raise OfflineAssetError(f"vendored Leaflet missing under {path}: run `python tools/vendor_assets.py`")
    return path


def _is_remote(url: str) -> bool:
    return bool(re.match(r"^([a-z][a-z0-9+.-]*:)?//", url, re.I)) and not url.lower().startswith("file:")


def _local_url(url: str, rules: list[tuple[re.Pattern[str], str | None]], static_url: str, what: str,
               owner: str) -> str | None:
    """The vendored URL for an asset, None to drop it; raise if it is remote and not vendored."""
    clean = url.split("?", 1)[0].split("#", 1)[0]
    for pattern, vendored in rules:
        if pattern.search(clean):
            return None if vendored is None else f"{static_url}/{vendored}"
    if not _is_remote(url):
        return url  # a page-relative or data: asset someone added on purpose
    raise OfflineAssetError(
        f"{owner} needs the {what} {url}, which is not vendored in static/ "
        "(add it to tools/vendor_assets.py, or build the map without it)")


def _localise_pairs(pairs: list[tuple[str, str]], rules: list[tuple[re.Pattern[str], str | None]],
                    static_url: str, what: str, owner: str) -> list[tuple[str, str]]:
    out = []
    for name, url in pairs:
        local = _local_url(url, rules, static_url, what, f"{owner} ({name!r})")
        if local is not None:
            out.append((name, local))
    return out


def walk(root: Element) -> Iterator[Element]:
    """Every element reachable from root: children, plus elements held in attributes (Popup.html, Figure.header)."""
    seen: set[int] = set()
    stack: list[Element] = [root]
    while stack:
        el = stack.pop()
        if id(el) in seen:
            continue
        seen.add(id(el))
        yield el
        nested: list[object] = list(el._children.values())
        for key, value in vars(el).items():
            if key == "_parent":
                continue
            if isinstance(value, (list, tuple)):
                nested.extend(value)
            elif isinstance(value, dict) and key != "_children":
                nested.extend(value.values())
            else:
                nested.append(value)
        stack.extend(v for v in nested if isinstance(v, Element))


def localise(m: folium.Map, *, static_url: str = "/static") -> None:
    """Point every asset of m (and of its figure and all descendants) at the vendored copies under static_url.

    Call it once the map is built (elements added later keep their CDN links; `export_html` calls it again).
    Drops jQuery/Bootstrap/Font Awesome/awesome-markers; raises OfflineAssetError for anything else not vendored,
    and for folium.Icon, which needs icon fonts. Sets instance attributes only: folium's classes are untouched.
    """
    static_url = static_url.rstrip("/")
    root = m.get_root()
    for el in walk(root):
        owner = type(el).__name__
        if isinstance(el, folium.Icon):
            raise OfflineAssetError("folium.Icon needs awesome-markers and Font Awesome (icon fonts), which webmap "
                                    "does not vendor: use CircleMarker or DivIcon with inline SVG")
        if "default_js" in dir(type(el)):
            el.default_js = _localise_pairs(list(el.default_js), _JS_RULES, static_url, "script", owner)
        if "default_css" in dir(type(el)):
            el.default_css = _localise_pairs(list(el.default_css), _CSS_RULES, static_url, "stylesheet", owner)
        if isinstance(el, Link):
            rules = _CSS_RULES if isinstance(el, CssLink) else _JS_RULES
            local = _local_url(el.url, rules, static_url, "stylesheet" if rules is _CSS_RULES else "script",
                               owner)
            if local is None:
                parent = el._parent
                if parent is not None:
                    for name, child in list(parent._children.items()):
                        if child is el:
                            del parent._children[name]
            else:
                el.url = local


# ---------------------------------------------------------------------------------------------------------------
# One-file export


def _data_uri(path: pathlib.Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def _static_file(root: pathlib.Path, rel: str) -> pathlib.Path:
    path = (root / rel).resolve()
    if root.resolve() not in path.parents or not path.is_file():
        raise OfflineAssetError(f"the page references {rel!r}, which is not a file in static/")
    return path


def embeddable(tag: str, text: str) -> str:
    """Text that cannot end the <script> or <style> element it is placed in."""
    return re.sub(rf"</({tag})", r"<\\/\1", text, flags=re.I)


@functools.lru_cache(maxsize=64)
def static_text(rel: str) -> str:
    """A vendored text file, static/``rel``, read once per process (every export inlines the same files)."""
    return _static_file(static_dir().resolve(), rel).read_text(encoding="utf-8")


_SOURCEMAP = re.compile(r"\n?[ \t]*(//[#@] sourceMappingURL=\S*|/\*[#@] sourceMappingURL=[^*]*\*/)[ \t]*")
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


def _inline_css(text: str, base: pathlib.Path, root: pathlib.Path) -> str:
    """A stylesheet with its relative url(...) images as data: URIs (fragments like #default#VML stay)."""

    def repl(match: re.Match[str]) -> str:
        ref = match.group(2).strip()
        if ref.startswith(("data:", "#")):
            return match.group(0)
        if _is_remote(ref):
            raise OfflineAssetError(f"a vendored stylesheet loads {ref}")
        target = _static_file(root, str((base / ref).relative_to(root)) if not ref.startswith("/") else ref[1:])
        return f'url("{_data_uri(target)}")'

    text = re.sub(r"/\*(?!!).*?\*/", "", _SOURCEMAP.sub("", text), flags=re.S)  # drop comments, not /*! ones
    return _CSS_URL.sub(repl, text)


def inline_html(html: str, *, static_url: str = "/static") -> str:
    """Inline every {static_url}/... script, stylesheet (with its images) and other reference of a rendered page."""
    root = static_dir().resolve()
    prefix = re.escape(static_url.rstrip("/") + "/")

    def script(match: re.Match[str]) -> str:
        return "<script>" + embeddable("script", _SOURCEMAP.sub("", static_text(match.group(1)))) + "</script>"

    def stylesheet(match: re.Match[str]) -> str:
        path = _static_file(root, match.group(1))
        return "<style>" + embeddable("style", _inline_css(static_text(match.group(1)), path.parent, root)) + "</style>"

    def other(match: re.Match[str]) -> str:
        return f'{match.group(1)}="{_data_uri(_static_file(root, match.group(2)))}"'

    html = re.sub(rf"""<script\b[^>]*\bsrc=["']{prefix}([^"']+)["'][^>]*>\s*</script>""", script, html, flags=re.I)
    html = re.sub(rf"""<link\b(?=[^>]*\brel=["']?stylesheet)[^>]*\bhref=["']{prefix}([^"']+)["'][^>]*>""",
                  stylesheet, html, flags=re.I)
    html = re.sub(rf"""\b(src|href)=["']{prefix}([^"']+)["']""", other, html, flags=re.I)
    return html


def _marker_icon_script(root: pathlib.Path) -> str:
    """Leaflet finds its default marker images through the stylesheet's URL; inlined, that trick fails."""
    images = root / "leaflet" / "images"
    opts = ",".join(f'{k}:"{_data_uri(images / v)}"' for k, v in _MARKER_IMAGES.items())
    return f"<script>L.Icon.Default.imagePath=\"\";L.Icon.Default.mergeOptions({{{opts}}});</script>"


def export_html(m: folium.Map) -> str:
    """The map as one self-contained HTML file: every asset inlined, no network request when opened.

    Localises m first with static_url="/static" (instance attributes only, as `localise`). Raises
    OfflineAssetError if the page still references anything outside itself (e.g. an element that adds a CDN link
    while rendering).
    """
    localise(m, static_url="/static")
    page = inline_html(m.get_root().render(), static_url="/static")
    if "L.marker(" in page and "</head>" in page:  # default marker images (webmap itself draws none)
        page = page.replace("</head>", _marker_icon_script(static_dir()) + "\n</head>", 1)
    leftover = resource_references(page)
    if leftover:
        raise OfflineAssetError(f"the exported page still loads {leftover[:5]}")
    return page


# ---------------------------------------------------------------------------------------------------------------
# Checking a page


_RESOURCE_ATTRS = {"src", "srcset", "poster", "data", "background", "xlink:href"}
_LINK_RESOURCE_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "prefetch", "modulepreload",
                       "manifest", "import", "dns-prefetch", "preconnect"}


class _RefParser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): v or "" for k, v in attrs}
        for key in _RESOURCE_ATTRS & a.keys():
            if key == "srcset":
                self.refs += [part.strip().split()[0] for part in a[key].split(",") if part.strip()]
            else:
                self.refs.append(a[key])
        if tag == "link" and set(a.get("rel", "").lower().split()) & _LINK_RESOURCE_RELS:
            self.refs.append(a.get("href", ""))
        if tag == "use" and "href" in a:
            self.refs.append(a["href"])
        if "style" in a:
            self.refs += _css_refs(a["style"])
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.refs += _css_refs(data)


def _css_refs(css: str) -> list[str]:
    refs = [m.group(2).strip() for m in _CSS_URL.finditer(css)]
    refs += re.findall(r"""@import\s+["']([^"']+)["']""", css)
    return refs


def resource_references(page: str) -> list[str]:
    """What the page would load from outside itself: src/href/url(...) references that are not data: or #fragments.

    The check `export_html` makes; tests and the app use it too. (Links a reader may click, <a href>, don't count.)
    """
    parser = _RefParser()
    parser.feed(page)
    parser.close()
    return [r for r in parser.refs if r and not r.lower().startswith(("data:", "#", "about:blank"))]
