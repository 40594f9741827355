"""The editor: a page to fix a stored map's draft in the browser, and the small JSON API behind it.

Routes (see the README's "Editing a map" section):

- ``GET /maps/<id>/edit`` — the page (open to anyone; saving needs the edit key, which the page reads from its
  URL fragment and never sends anywhere but in the ``Authorization`` header of a save);
- ``GET /api/places?q=&near=lat,lon`` — ranked gazetteer candidates for a search box;
- ``GET /api/maps/<id>/revisions`` — the kept revisions, newest first;
- ``GET /api/maps/<id>/revisions/<n>`` — revision n's journey file (located), with its ETag;
- ``POST /api/maps/<id>/revisions`` — save a journey (or ``{"restore": n}``) as the next revision: needs the key
  and ``If-Match`` with the ETag of the revision the change was made from (409 if another save came first);
- ``DELETE /maps/<id>`` — delete a map (key holders only);
- ``GET /api/basemap.geojson`` — the world's countries, simplified, for the editor's offline background.
"""

from __future__ import annotations

import functools
import json
import logging
from typing import Any

from flask import Blueprint, Response, abort, current_app, request, url_for
from werkzeug.exceptions import HTTPException

from webmap.app import Rendered, _http_error, cached, page, state
from webmap.journey import Journey, JourneyError, from_dict, loads
from webmap.mapstore import MapRecord, StaleRevision
from webmap.web.changes import mark_edits, mark_unsourced
from webmap.web.keys import require_key
from webmap.web.limits import LimitError, check_data, parse_journey
from webmap.web.places import PlaceSearch

log = logging.getLogger(__name__)

bp = Blueprint("editor", __name__)

MAX_QUERY = 100  # characters of a place search


def _json(body: Any, status: int = 200, **headers: str) -> Response:
    resp = Response(json.dumps(body, ensure_ascii=False) + "\n", status=status, mimetype="application/json",
                    headers=headers)
    resp.cache_control.no_cache = True
    return resp


def _error(status: int, message: str, **extra: Any) -> Response:
    return _json({"status": status, "message": message, **extra}, status)


@bp.errorhandler(HTTPException)
def _api_error(exc: HTTPException) -> Response:
    """The API answers errors in JSON whatever the client accepts; the page gets the site's error page."""
    if request.path.startswith("/api/") or request.method == "DELETE":
        return _error(exc.code or 500, exc.description or exc.name)
    return _http_error(exc)


def etag_of(map_id: str, number: int) -> str:
    """The ETag of one revision of one map (strong: a revision never changes)."""
    return f"{map_id}.r{number}"


def _record(map_id: str) -> MapRecord:
    record = state().store.get(map_id)
    if record is None:
        abort(404, description="There is no map with this id.")
    return record


def _searcher() -> PlaceSearch:
    """One place search per app (its prefix index is built once, on first need)."""
    ext = current_app.extensions
    if "webmap-place-search" not in ext:
        ext.setdefault("webmap-place-search", PlaceSearch(state().gazetteer))
    return ext["webmap-place-search"]


def _located(journey: Journey) -> Journey:
    if any(not p.located for p in journey.places.values()):
        from webmap.locate import locate

        locate(journey, state().gazetteer())
    return journey


# -- the page ---------------------------------------------------------------------------------------------------

@bp.get("/maps/<mapid:map_id>/edit")
def edit_page(map_id: str) -> Response:
    record = _record(map_id)
    try:
        _searcher().warm()
    except Exception:  # noqa: BLE001 - the page works without suggestions; the API says why
        log.exception("place search unavailable")
    from webmap.journey import MODES, PLACE_KINDS
    from webmap.wording import START_NOT_GIVEN

    config = {"map": map_id, "revision": record.revision, "modes": list(MODES), "kinds": list(PLACE_KINDS),
              "startNotGiven": START_NOT_GIVEN,
              "api": {"revisions": url_for("editor.revisions", map_id=map_id),
                      "places": url_for("editor.places"), "basemap": url_for("editor.basemap")},
              "view": url_for("stored_story", map_id=map_id)}
    return page("editor.html", record=record, config=json.dumps(config))


# -- the API ----------------------------------------------------------------------------------------------------

@bp.get("/api/places")
def places() -> Response:
    query = request.args.get("q", "").strip()
    if not query:
        return _error(400, "Give a place name to search for: /api/places?q=Beijing")
    if len(query) > MAX_QUERY:
        return _error(400, f"q: at most {MAX_QUERY} characters")
    near = None
    if request.args.get("near"):
        try:
            lat, lon = (float(x) for x in request.args["near"].split(","))
        except ValueError:
            return _error(400, "near: expected lat,lon (e.g. near=39.9,116.4)")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return _error(400, "near: lat/lon out of range")
        near = (lat, lon)
    return _json({"query": query, "places": _searcher().search(query, near=near)})


@bp.get("/api/basemap.geojson")
def basemap() -> Response:
    return cached(_world(), "application/geo+json", max_age=86400)


@functools.lru_cache(maxsize=1)
def _world() -> Rendered:
    from webmap.basemap import countries_geojson

    doc = countries_geojson(((-89.0, -179.0), (89.0, 179.0)), margin_deg=1.0, tolerance_deg=0.15)
    return Rendered.of(json.dumps(doc, separators=(",", ":")))


@bp.get("/api/maps/<mapid:map_id>/revisions")
def revisions(map_id: str) -> Response:
    record = _record(map_id)
    revs = state().store.revisions(map_id)
    return _json({"map": map_id, "current": record.revision, "revisions": [
        {"number": r.number, "created": r.created, "summary": r.summary, "etag": etag_of(map_id, r.number),
         "url": url_for("editor.revision", map_id=map_id, number=r.number)} for r in revs]})


@bp.get("/api/maps/<mapid:map_id>/revisions/<int:number>")
def revision(map_id: str, number: int) -> Response:
    record = _record(map_id)
    rev = state().store.revision(map_id, number)
    if rev is None:
        abort(404, description=f"Map {map_id} has no revision {number}.")
    if number == record.revision:
        found = state().stored(map_id)
        journey = found[1].located() if found else _located(loads(rev.journey_json, text=record.text))
    else:
        journey = _located(loads(rev.journey_json, text=record.text))
    resp = _json(journey.to_dict(), **{"X-Revision": str(number), "X-Current-Revision": str(record.revision)})
    resp.set_etag(etag_of(map_id, number))
    return resp


@bp.post("/api/maps/<mapid:map_id>/revisions")
def save(map_id: str) -> Response:
    record = _record(map_id)
    require_key(state().store, map_id)
    if not request.if_match:
        return _error(428, "Say which revision this change was made from: send If-Match with its ETag "
                           f"(the newest is \"{etag_of(map_id, record.revision)}\").")
    base = next((n for n in range(record.revision, 0, -1) if request.if_match.contains(etag_of(map_id, n))), None)
    if base is None:
        return _error(412, "If-Match names no revision of this map.")
    if base != record.revision:
        return _stale(map_id, base, record.revision)
    try:  # within the server's limits on a journey file (size, nesting, counts, values) before anything is built
        body = parse_journey(request.get_data(cache=False) or b"null", state().work.limits)
        check_data(body, state().work.limits)
    except LimitError as exc:
        return _error(exc.status, str(exc))
    except JourneyError as exc:
        return _error(400, f"The body is not JSON: {exc}")
    try:
        if isinstance(body, dict) and set(body) == {"restore"}:
            journey, summary = _restore(map_id, body["restore"], record)
        else:
            journey = from_dict(mark_unsourced(body), text=record.text)
            base_journey = loads(record.journey_json, text=record.text)
            summary = mark_edits(base_journey, journey)
            if summary == "no change":
                return _error(400, "Nothing changed since the revision this was made from; nothing was saved.")
            journey = from_dict(journey.to_dict(), text=record.text)  # what was marked validates too
    except JourneyError as exc:
        return _error(400, str(exc))
    try:
        saved = state().store.save(map_id, journey, summary=summary, base=base)
    except StaleRevision as exc:
        return _stale(map_id, exc.base, exc.current)
    if saved is None:
        abort(404, description="There is no map with this id.")
    log.info("map %s: revision %d saved (%s)", map_id, saved.revision, summary[:120])
    url = url_for("editor.revision", map_id=map_id, number=saved.revision)
    resp = _json({"map": map_id, "revision": saved.revision, "summary": summary,
                  "etag": etag_of(map_id, saved.revision), "url": url}, 201, Location=url)
    resp.set_etag(etag_of(map_id, saved.revision))
    return resp


def _restore(map_id: str, number: Any, record: MapRecord) -> tuple[Journey, str]:
    if not isinstance(number, int) or isinstance(number, bool):
        raise JourneyError("restore: expected a revision number")
    rev = state().store.revision(map_id, number)
    if rev is None:
        raise JourneyError(f"restore: map {map_id} has no revision {number}")
    return loads(rev.journey_json, text=record.text), f"restored revision {number}"


def _stale(map_id: str, base: int, current: int) -> Response:
    return _error(409, f"Not saved: this map was saved by someone else (revision {current}) after revision {base}, "
                       "which your changes were made from. Your changes are still in your page; reload the newest "
                       "revision to see theirs, or save yours again as a new revision. Nothing has been lost.",
                  current=current, base=base, etag=etag_of(map_id, current))


@bp.delete("/maps/<mapid:map_id>")
def delete(map_id: str) -> Response:
    _record(map_id)
    require_key(state().store, map_id)
    state().store.delete(map_id)
    log.info("map %s deleted", map_id)
    return Response(status=204)
