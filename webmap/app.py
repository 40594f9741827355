"""The web face of webmap: the story page, the embeddable map, GeoJSON and the journey file over HTTP.

A thin layer: journeys come from ``webmap.journey``/``webmap.stores``, coordinates from ``webmap.locate``, maps
from ``webmap.render``, text views from ``webmap.storyview``. What lives here is HTTP: caching with ETags, input
limits, cross-site checks, error pages that never show a traceback.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import logging
import os
import secrets
import threading
import urllib.parse
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from flask import Flask, Response, abort, g, redirect, render_template, request, url_for
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge, ServiceUnavailable
from werkzeug.routing import BaseConverter

from gazetteer.store import GazetteerError
from webmap import storyview
from webmap.journey import Journey, JourneyError, decode_text, load
from webmap.stores import ID_RE, MapRecord, MapStoreError, open_store, store_setting
from webmap.web import front
from webmap.web.jobs import JobError
from webmap.web.keys import FORM_FIELD as KEY_FIELD
from webmap.web.keys import new_key, require_key
from webmap.web.limits import loads_limited
from webmap.web.offload import Work

log = logging.getLogger(__name__)

TILES = (None, "osm", "carto")
MAX_TEXT_BYTES = 200 * 1024  # the largest story the app accepts (issue 3): 413 above
MAX_UPLOAD_BYTES = 4 * 1024 * 1024  # a journey file: quotes repeat sentences, so allow well over the text limit
MAP_CACHE_SIZE = 32
SEED_MAX_AGE = 300  # seconds; the seed's map only changes when the server restarts


# -- app state ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rendered:
    """A response body computed once, with the strong ETag clients revalidate against."""

    body: bytes
    etag: str
    gz: bytes | None = None  # the body gzip-compressed, when it came from the disk cache

    @classmethod
    def of(cls, body: str | bytes) -> Rendered:
        data = body.encode("utf-8") if isinstance(body, str) else body
        return cls(data, hashlib.sha256(data).hexdigest()[:32])


class Served:
    """One journey as the app serves it: located once, rendered once, then answered from memory."""

    def __init__(self, journey: Journey, state: State, raw: bytes | None = None) -> None:
        self.journey = journey
        self._state = state
        self._raw = raw
        self._lock = threading.Lock()
        self._located = False
        self.unlocated: list[Any] = []
        self._maps: dict[str, Rendered] = {}
        self._keys: dict[str, str] = {}
        self._geojson: Rendered | None = None
        self._file: Rendered | None = None

    def located(self) -> Journey:
        """The journey with coordinates from the gazetteer (opened only if some place lacks them)."""
        with self._lock:
            if not self._located:
                if any(not p.located for p in self.journey.places.values()):
                    from webmap.locate import locate

                    self.unlocated = locate(self.journey, self._state.gazetteer())
                self._located = True
        return self.journey

    def map_key(self, static_url: str) -> str:
        """The drawn map's ETag, known without drawing it: a hash of what it is drawn from."""
        if static_url not in self._keys:
            self._keys[static_url] = self._state.work.map_key(self.journey_file().body, self.journey.text,
                                                              self._state.tiles, static_url)
        return self._keys[static_url]

    def map_page(self, static_url: str) -> Rendered:
        """Drawn once per content in a budgeted child process (or read from the disk cache), then kept here."""
        if static_url not in self._maps:
            from webmap.render import map_html

            key = self.map_key(static_url)
            tiles = self._state.tiles  # located here, as for the story page; drawn in a child process
            gz = self._state.work.draw(key, self.located, map_html, tiles=tiles, static_url=static_url)
            self._maps[static_url] = Rendered(gzip.decompress(gz), key, gz)
        return self._maps[static_url]

    def picture(self, fmt: str, width: int, height: int, style: str) -> Rendered:
        """The map as an SVG, PNG or PDF picture (webmap.draw.svg), rendered once per size and style."""
        journey = self.located()
        key = f"{fmt}:{width}x{height}:{style}"
        with self._lock:
            if key not in self._maps:
                from webmap.draw.scene import build_scene
                from webmap.draw.svg import render

                self._maps[key] = Rendered.of(render(build_scene(journey), fmt, width=width, height=height,
                                                     style=style))
            return self._maps[key]

    def geojson(self) -> Rendered:
        journey = self.located()
        with self._lock:
            if self._geojson is None:
                from webmap.geojson import journey_geojson

                doc = json.dumps(journey_geojson(journey), ensure_ascii=False, indent=1)
                self._geojson = Rendered.of(doc + "\n")
            return self._geojson

    def journey_file(self) -> Rendered:
        if self._file is None:
            self._file = Rendered.of(self._raw if self._raw is not None else self.journey.to_json())
        return self._file


class State:
    """What one app instance holds: the seed journey, the gazetteer, the maps store and rendered maps."""

    def __init__(self, app: Flask) -> None:
        cfg = app.config
        self.tiles: str | None = cfg["TILES"]
        self.journey_path = Path(cfg["JOURNEY_PATH"])
        raw = self.journey_path.read_bytes()
        self.seed = Served(load(self.journey_path), self, raw)
        self._gazetteer = cfg.get("GAZETTEER")
        self._gaz_lock = threading.Lock()
        self.data_dir = Path(cfg["DATA_DIR"])
        self.store = open_store(store_setting(cfg.get("STORE")), self.data_dir)
        self.work = Work.from_config(cfg, self.data_dir)
        self._extract: Callable[..., Journey] | None = cfg.get("EXTRACT")
        self._cache: OrderedDict[tuple[str, int], Served] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._cache_size = int(cfg["MAP_CACHE_SIZE"])

    def gazetteer(self) -> Any:
        """The gazetteer, opened (and built, the first time on this machine) when first needed."""
        with self._gaz_lock:
            if self._gazetteer is None:
                from gazetteer.resolve import Gazetteer

                log.info("opening the gazetteer")
                self._gazetteer = Gazetteer.open(progress=True)
            return self._gazetteer

    def extract(self) -> Callable[..., Journey] | None:
        if self._extract is None:
            try:
                from webmap.story import extract
            except ImportError:
                log.exception("webmap.story.extract is not available")
                return None
            self._extract = extract
        return self._extract

    def stored(self, map_id: str) -> tuple[MapRecord, Served] | None:
        """A stored map and its served form, cached per revision so an upload shows at once."""
        record = self.store.get(map_id)
        if record is None:
            return None
        key = (record.id, record.revision)
        with self._cache_lock:
            served = self._cache.get(key)
            if served is not None:
                self._cache.move_to_end(key)
                return record, served
        served = Served(record.journey(), self, record.journey_json.encode("utf-8"))
        with self._cache_lock:
            served = self._cache.setdefault(key, served)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return record, served


def state() -> State:
    from flask import current_app

    return current_app.extensions["webmap"]


# -- the factory ------------------------------------------------------------------------------------------------

class MapIdConverter(BaseConverter):
    """Map ids are 12 hex digits; anything else is not a map (and cannot collide with /maps/new)."""

    regex = ID_RE.pattern.strip("^$")


def default_data_dir() -> Path:
    return Path(os.environ.get("WEBMAP_DATA_DIR") or platformdirs.user_data_dir("webmap"))


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """The Flask app. Config keys: JOURNEY_PATH (default the bundled seed), GAZETTEER (a Gazetteer, else the
    default one opened on first need), DATA_DIR (drawn maps, and the maps database unless STORE names one),
    STORE (a PostgreSQL URL or a SQLite file; default WEBMAP_STORE, else DATA_DIR/maps.sqlite3), TILES (None,
    'osm', 'carto'), TESTING."""
    from webmap.offline import static_dir
    from webmap.seed import seed_journey_path

    app = Flask(__name__, static_folder=str(static_dir()), static_url_path="/static")
    app.config.update(JOURNEY_PATH=None, GAZETTEER=None, DATA_DIR=None, TILES=None, EXTRACT=None,
                      MAX_CONTENT_LENGTH=MAX_UPLOAD_BYTES, MAX_TEXT_BYTES=MAX_TEXT_BYTES,
                      MAP_CACHE_SIZE=MAP_CACHE_SIZE, SEND_FILE_MAX_AGE_DEFAULT=3600)
    app.config.update(config or {})
    app.config["JOURNEY_PATH"] = app.config["JOURNEY_PATH"] or seed_journey_path()
    app.config["DATA_DIR"] = app.config["DATA_DIR"] or default_data_dir()
    if app.config["TILES"] not in TILES:
        raise ValueError(f"TILES: expected one of {TILES}, got {app.config['TILES']!r}")
    app.jinja_env.trim_blocks = app.jinja_env.lstrip_blocks = True
    app.url_map.converters["mapid"] = MapIdConverter
    app.extensions["webmap"] = State(app)

    app.before_request(_refuse_cross_site_writes)
    app.before_request(_hide_package_files)
    app.after_request(_security_headers)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(GazetteerError, _gazetteer_error)
    app.register_error_handler(JobError, lambda exc: front.job_error(exc, _http_error))
    _register_story_routes(app)
    _register_maps_routes(app)
    from webmap.web.editor import bp as editor

    app.register_blueprint(editor)
    front.install(app)
    return app


# -- helpers ----------------------------------------------------------------------------------------------------

CSP_PAGE = ("default-src 'none'; script-src 'nonce-{nonce}'; style-src 'self'; img-src 'self' data:; "
            "frame-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'")
# The map is folium's page (inline scripts and styles); it may be embedded anywhere, and load tiles when asked.
CSP_MAP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
           "img-src 'self' data: https:; connect-src 'self'; base-uri 'none'; object-src 'none'")


def _nonce() -> str:
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return g.csp_nonce


def page(template: str, status: int = 200, **ctx: Any) -> Response:
    """One of our own HTML pages, with a strict Content-Security-Policy (scripts only by nonce)."""
    nonce = _nonce()
    resp = Response(render_template(template, csp_nonce=nonce, **ctx), status=status, mimetype="text/html")
    resp.headers["Content-Security-Policy"] = CSP_PAGE.format(nonce=nonce)
    return resp


def cached(rendered: Rendered, mimetype: str, *, max_age: int | None, **headers: str) -> Response:
    """A body with its ETag; 304 when the client already has it. Sent gzip-compressed when we have it so."""
    resp = front.encoded(rendered.body, rendered.etag, rendered.gz, mimetype)
    resp.cache_control.public = True
    if max_age is None:
        resp.cache_control.no_cache = True
    else:
        resp.cache_control.max_age = max_age
    resp.headers.update(headers)
    return resp.make_conditional(request)


def _static_url() -> str:
    return url_for("static", filename="").rstrip("/")


def _wants_json() -> bool:
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json" and request.accept_mimetypes[best] > request.accept_mimetypes["text/html"]


def _same_origin(url: str) -> bool:
    parsed = urllib.parse.urlsplit(url)
    return bool(parsed.netloc) and parsed.netloc.lower() == request.host.lower()


def _refuse_cross_site_writes() -> None:
    """Forms are safe from cross-site posts: browsers say where a request comes from (Sec-Fetch-Site, Origin);
    anything that is not this site is refused. Clients that send neither (curl, scripts) carry no cookies
    or ambient credentials a forged request could borrow, so they pass."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    site = request.headers.get("Sec-Fetch-Site")
    origin = request.headers.get("Origin")
    if site is not None:
        ok = site in ("same-origin", "none")
    elif origin is not None:
        ok = origin != "null" and _same_origin(origin)
    elif request.referrer:
        ok = _same_origin(request.referrer)
    else:
        ok = True
    if not ok:
        log.warning("refused a cross-site %s to %s (Sec-Fetch-Site=%s, Origin=%s)", request.method, request.path,
                    site, origin)
        abort(403, description="This form can only be sent from this site's own pages.")


def _hide_package_files() -> None:
    """The assets folder is also a Python package (so it ships in the wheel): its .py files are not assets."""
    if request.endpoint == "static":
        name = (request.view_args or {}).get("filename", "")
        if name.endswith((".py", ".pyc")) or "__pycache__" in name:
            abort(404)


def _security_headers(resp: Response) -> Response:
    resp.headers.setdefault("X-Content-Type-Options", "nosniff")
    resp.headers.setdefault("Referrer-Policy", "same-origin")
    return resp


def _http_error(exc: HTTPException) -> Response:
    """Every error as a short page (or JSON), never a traceback; 5xx are logged with theirs."""
    code = exc.code or 500
    if code >= 500:
        description = "Something went wrong on the server. It has been logged."
        if code in (503, 507) and exc.description:
            description = exc.description
    else:
        description = exc.description or ""
    if _wants_json():
        resp = Response(json.dumps({"error": exc.name, "status": code, "message": description}) + "\n",
                        status=code, mimetype="application/json")
    else:
        resp = page("error.html", status=code, code=code, name=exc.name, description=description)
    if getattr(exc, "valid_methods", None):
        resp.headers["Allow"] = ", ".join(exc.valid_methods)
    return resp


def _gazetteer_error(exc: GazetteerError) -> Response:
    log.error("gazetteer unavailable: %s", exc)
    return _http_error(ServiceUnavailable("The place database (gazetteer) could not be opened. "
                                          "The reason is in the server's log."))


def _story_page(record: MapRecord | None, served: Served, links: dict[str, str], **extra: Any) -> Response:
    journey = served.located()
    roles = storyview.place_roles(journey)
    return page("story.html", journey=journey, record=record, links=links, roles=roles,
                segments=storyview.segments(journey.text or "", journey.mentions),
                itinerary=storyview.itinerary(journey), others=storyview.other_places(journey),
                unlocated=served.unlocated, sv=storyview, **extra)


def _embed_page(title: str, map_url: str, back: str) -> Response:
    snippet = render_template("snippet.html", map_url=map_url, title=title).strip()
    return page("embed.html", title=title, map_url=map_url, snippet=snippet, back=back)


# -- the seed story -------------------------------------------------------------------------------------------

PICTURE_TYPES = {"svg": "image/svg+xml", "png": "image/png", "pdf": "application/pdf"}


def _picture(served: Served, fmt: str, name: str, max_age: int | None) -> Response:
    """/map.svg|png|pdf?width=&height=&style=: the map as a picture to download."""
    try:
        width, height = int(request.args.get("width", 1200)), int(request.args.get("height", 800))
    except ValueError:
        abort(400, description="width and height must be whole numbers of pixels")
    style = request.args.get("style", "light")
    try:
        rendered = served.picture(fmt, width, height, style)
    except ValueError as exc:
        abort(400, description=str(exc))
    return cached(rendered, PICTURE_TYPES[fmt], max_age=max_age,
                  **{"Content-Disposition": f'attachment; filename="{_ascii_name(name)}.{fmt}"'})


def _register_story_routes(app: Flask) -> None:
    @app.get("/")
    def story() -> Response:
        links = {"map": url_for("map_page"), "geojson": url_for("geojson"), "json": url_for("journey_json"),
                 "embed": url_for("embed"), "svg": url_for("map_picture", fmt="svg"),
                 "png": url_for("map_picture", fmt="png"), "pdf": url_for("map_picture", fmt="pdf")}
        return _story_page(None, state().seed, links)

    @app.get("/map")
    def map_page() -> Response:
        if front.not_modified(key := state().seed.map_key(_static_url())):
            return front.not_modified_response(key, max_age=SEED_MAX_AGE)
        rendered = state().seed.map_page(_static_url())
        resp = cached(rendered, "text/html", max_age=SEED_MAX_AGE)
        resp.headers["Content-Security-Policy"] = CSP_MAP
        return resp

    @app.get("/map.<any(svg, png, pdf):fmt>")
    def map_picture(fmt: str) -> Response:
        return _picture(state().seed, fmt, "map", SEED_MAX_AGE)

    @app.get("/journey.geojson")
    def geojson() -> Response:
        return cached(state().seed.geojson(), "application/geo+json", max_age=SEED_MAX_AGE)

    @app.get("/journey.json")
    def journey_json() -> Response:
        name = state().journey_path.name
        return cached(state().seed.journey_file(), "application/json", max_age=SEED_MAX_AGE,
                      **{"Content-Disposition": f'inline; filename="{_ascii_name(name)}"'})

    @app.get("/embed")
    def embed() -> Response:
        return _embed_page(state().seed.journey.title, url_for("map_page", _external=True), url_for("story"))

    @app.get("/healthz")
    def healthz() -> Response:
        return front.healthz()


def _ascii_name(name: str) -> str:
    return "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in name) or "journey.json"


# -- maps made from pasted or uploaded stories (issue 3) --------------------------------------------------------

@dataclass
class StoryForm:
    """What the 'new map' form sent, decoded strictly (a browser's lenient decoding would hide bad bytes)."""

    text: str = ""
    title: str = ""
    published: str = ""
    filename: str = ""


class FormError(Exception):
    """A request the form cannot take: the status, a message for the user, and what to show in the form again."""

    def __init__(self, status: int, message: str, form: StoryForm | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.form = form or StoryForm()


def _raw_fields() -> dict[str, tuple[str | None, bytes]]:
    """The request's form fields as raw bytes (name -> (filename or None, bytes)): first value of each name."""
    body = request.get_data(cache=False)
    mimetype = request.mimetype
    fields: dict[str, tuple[str | None, bytes]] = {}
    if mimetype == "multipart/form-data":
        from werkzeug.sansio.multipart import Data, Epilogue, Field, File, MultipartDecoder, NeedData

        boundary = request.mimetype_params.get("boundary", "")
        if not boundary:
            raise FormError(400, "The form has no multipart boundary.")
        decoder = MultipartDecoder(boundary.encode("latin-1"))
        try:
            decoder.receive_data(body)
            decoder.receive_data(None)
            name, filename, chunks = None, None, []
            while True:
                event = decoder.next_event()
                if isinstance(event, (Epilogue, NeedData)):
                    break
                if isinstance(event, (Field, File)):
                    name, filename, chunks = event.name, getattr(event, "filename", None), []
                elif isinstance(event, Data):
                    chunks.append(event.data)
                    if not event.more_data and name is not None:
                        fields.setdefault(name, (filename, b"".join(chunks)))
        except ValueError as exc:
            raise FormError(400, f"The form could not be read: {exc}.") from None
    elif mimetype == "application/x-www-form-urlencoded":
        for pair in body.split(b"&"):
            if not pair:
                continue
            key, _, value = pair.partition(b"=")
            k = urllib.parse.unquote_to_bytes(key.replace(b"+", b" ")).decode("utf-8", "replace")
            fields.setdefault(k, (None, urllib.parse.unquote_to_bytes(value.replace(b"+", b" "))))
    elif mimetype in ("text/plain", ""):
        fields["text"] = (None, body)
        for k in ("title", "published"):
            if k in request.args:
                fields[k] = (None, request.args[k].encode("utf-8"))
    else:
        raise FormError(415, f"Send the story as a form or as text/plain, not {mimetype}.")
    return fields


def _read_story_form(max_text: int) -> StoryForm:
    """Validate the 'new map' request: text or a UTF-8 .txt, at most ``max_text`` bytes, optional title/date."""
    fields = _raw_fields()
    form = StoryForm()

    def decoded(name: str, raw: bytes) -> str:
        try:
            return decode_text(raw, name)
        except JourneyError as exc:
            raise FormError(400, str(exc), form) from None

    form.title = decoded("title", fields.get("title", (None, b""))[1]).strip()[:300]
    form.published = decoded("published", fields.get("published", (None, b""))[1]).strip()[:40]
    filename, file_bytes = fields.get("file", (None, b""))
    _, text_bytes = fields.get("text", (None, b""))
    if len(text_bytes) <= max_text:
        form.text = decoded("text", text_bytes).replace("\r\n", "\n")  # browsers send textarea breaks as CRLF
    if form.published:
        try:
            dt.date.fromisoformat(form.published)
        except ValueError:
            raise FormError(400, f"published: {form.published!r} is not a date (YYYY-MM-DD).", form) from None
    if file_bytes.strip() and text_bytes.strip():
        raise FormError(400, "Give the story either as pasted text or as a file, not both.", form)
    raw, name = (file_bytes, filename or "file") if file_bytes.strip() else (text_bytes, "text")
    if len(raw) > max_text:
        form.text = ""
        raise FormError(413, f"{name}: {len(raw):,} bytes is more than the {max_text // 1024:,} KB allowed.",
                        form)
    text = decoded(name, raw) if name != "text" else form.text
    if not text.strip():
        raise FormError(400, "There is no text: paste the article or choose a .txt file.", form)
    form.text, form.filename = text, filename or ""
    return form


def _default_title(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "Untitled story")
    return first[:120]


def _map_links(map_id: str) -> dict[str, str]:
    return {"map": url_for("stored_map", map_id=map_id), "geojson": url_for("stored_geojson", map_id=map_id),
            "edit": url_for("editor.edit_page", map_id=map_id),
            "json": url_for("stored_journey", map_id=map_id), "embed": url_for("stored_embed", map_id=map_id),
            "text": url_for("stored_text", map_id=map_id), "upload": url_for("stored_journey", map_id=map_id),
            **{fmt: url_for("stored_picture", map_id=map_id, fmt=fmt) for fmt in ("svg", "png", "pdf")}}


def _register_maps_routes(app: Flask) -> None:
    def lookup(map_id: str) -> tuple[MapRecord, Served]:
        try:
            found = state().stored(map_id)
        except JourneyError:
            log.exception("stored map %s no longer validates", map_id)
            abort(500)
        if found is None:
            abort(404, description="There is no map with this id.")
        return found

    @app.get("/maps")
    def maps_list() -> Response:
        return page("maps.html", maps=state().store.list())

    @app.get("/maps/new")
    def maps_new() -> Response:
        return page("new.html", form=StoryForm(), error=None, max_text=app.config["MAX_TEXT_BYTES"])

    @app.post("/maps")
    def maps_create() -> Response:
        max_text = int(app.config["MAX_TEXT_BYTES"])
        # Only this route takes a story: cap its body near the text limit (urlencoding can triple the bytes).
        request.max_content_length = 3 * max_text + 64 * 1024
        try:
            form = _read_story_form(max_text)
        except RequestEntityTooLarge:
            return _form_error(StoryForm(), 413, f"The story is larger than the {max_text // 1024:,} KB allowed.")
        except FormError as exc:
            return _form_error(exc.form, exc.status, exc.message)
        extract = state().extract()
        if extract is None:
            abort(503, description="Making maps from text is not available in this installation.")
        try:
            journey = state().work.extract(extract, state().gazetteer(), form.text,
                                           published=form.published or None, title=form.title or None)
        except (JobError, JourneyError) as exc:
            return _form_error(form, getattr(exc, "status", 422), str(exc), front.retry_after(exc))
        try:
            if form.title:
                journey.title = form.title
            if form.published:
                journey.source.published = form.published
            key, key_hash = new_key()
            record = state().store.create(journey, form.text, title=form.title or journey.title
                                          or _default_title(form.text), published=form.published or None,
                                          key_hash=key_hash, max_maps=int(app.config["MAX_MAPS"]))
        except MapStoreError as exc:
            log.error("could not store a map: %s", exc)
            return _form_error(form, *front.storage_status(exc))
        except Exception:
            log.exception("could not make a map from a %d-character story", len(form.text))
            return _form_error(form, 500, "A map could not be made from this text. The problem has been logged.")
        log.info("stored map %s (%d legs, %d places)", record.id, len(journey.legs), len(journey.places))
        # The edit key travels in a URL fragment: browsers never send fragments, so it stays out of every log.
        edit_url = url_for("editor.edit_page", map_id=record.id, _external=True) + "#key=" + key
        if _wants_json():
            body = json.dumps({"id": record.id, "url": url_for("stored_story", map_id=record.id, _external=True),
                               "edit_url": edit_url, "edit_key": key})
            return Response(body + "\n", status=201, mimetype="application/json",
                            headers={"Location": url_for("stored_story", map_id=record.id)})
        return redirect(url_for("stored_story", map_id=record.id) + "#key=" + key, code=303)

    def _form_error(form: StoryForm, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
        if _wants_json():
            resp = Response(json.dumps({"status": status, "message": message}) + "\n", status=status,
                            mimetype="application/json")
        else:
            resp = page("new.html", status=status, form=form, error=message, max_text=app.config["MAX_TEXT_BYTES"])
        resp.headers.update(headers or {})
        return resp

    @app.get("/maps/<mapid:map_id>")
    def stored_story(map_id: str) -> Response:
        record, served = lookup(map_id)
        return _story_page(record, served, _map_links(map_id), error=None)

    @app.get("/maps/<mapid:map_id>/map")
    def stored_map(map_id: str) -> Response:
        record, served = lookup(map_id)
        if front.not_modified(key := served.map_key(_static_url())):
            return front.not_modified_response(key, max_age=None)
        resp = cached(served.map_page(_static_url()), "text/html", max_age=None)
        resp.headers["Content-Security-Policy"] = CSP_MAP
        return resp

    @app.get("/maps/<mapid:map_id>/map.<any(svg, png, pdf):fmt>")
    def stored_picture(map_id: str, fmt: str) -> Response:
        _, served = lookup(map_id)
        return _picture(served, fmt, map_id, None)

    @app.get("/maps/<mapid:map_id>.geojson")
    def stored_geojson(map_id: str) -> Response:
        record, served = lookup(map_id)
        return cached(served.geojson(), "application/geo+json", max_age=None)

    @app.get("/maps/<mapid:map_id>/story.txt")
    def stored_text(map_id: str) -> Response:
        record, _ = lookup(map_id)
        return cached(Rendered.of(record.text), "text/plain", max_age=None,
                      **{"Content-Disposition": f'attachment; filename="{map_id}.txt"'})

    @app.get("/maps/<mapid:map_id>/embed")
    def stored_embed(map_id: str) -> Response:
        record, _ = lookup(map_id)
        return _embed_page(record.title, url_for("stored_map", map_id=map_id, _external=True),
                           url_for("stored_story", map_id=map_id))

    @app.route("/maps/<mapid:map_id>/journey.json", methods=["GET", "POST", "PUT"])
    def stored_journey(map_id: str) -> Response:
        record, served = lookup(map_id)
        if request.method in ("GET", "HEAD"):
            return cached(served.journey_file(), "application/json", max_age=None,
                          **{"Content-Disposition": f'attachment; filename="{map_id}.journey.json"'})
        return _replace_journey(record, served)

    def _replace_journey(record: MapRecord, served: Served) -> Response:
        """Take an edited journey file: valid against the story's text, or a 400 that names the bad field."""
        if request.mimetype == "multipart/form-data":
            try:
                fields = _raw_fields()
            except FormError as exc:
                return _upload_error(record, served, exc.status, exc.message)
            raw = fields.get("journey", (None, b""))[1]
            require_key(state().store, record.id, fields.get(KEY_FIELD, (None, b""))[1].decode("utf-8", "replace"))
        else:
            require_key(state().store, record.id)
            raw = request.get_data(cache=False)
        if not raw.strip():
            return _upload_error(record, served, 400, "No journey file was sent.")
        try:
            journey = loads_limited(raw, state().work.limits, text=record.text)
        except JourneyError as exc:
            return _upload_error(record, served, getattr(exc, "status", 400), str(exc))
        try:
            updated = state().store.replace_journey(record.id, journey)
        except MapStoreError as exc:
            log.error("could not store the journey of map %s: %s", record.id, exc)
            return _upload_error(record, served, *front.storage_status(exc))
        if updated is None:
            abort(404, description="There is no map with this id.")
        log.info("map %s: journey replaced (revision %d)", record.id, updated.revision)
        if request.mimetype == "multipart/form-data" and not _wants_json():
            return redirect(url_for("stored_story", map_id=record.id), code=303)
        return Response(json.dumps({"id": updated.id, "revision": updated.revision}) + "\n",
                        mimetype="application/json")

    def _upload_error(record: MapRecord, served: Served, status: int, message: str) -> Response:
        if request.mimetype != "multipart/form-data" or _wants_json():
            return Response(json.dumps({"status": status, "message": message}) + "\n", status=status,
                            mimetype="application/json")
        resp = _story_page(record, served, _map_links(record.id), error=message)
        resp.status_code = status
        return resp
