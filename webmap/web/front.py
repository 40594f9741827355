"""The front door: who may ask for what, how often, under which Host, and what every answer carries.

Per-client rate limits on making and saving maps (Flask-Limiter, 429 with Retry-After), a cap on the store's size
(507), the allowed hosts (Flask's TRUSTED_HOSTS: an untrusted Host is a 400 and never reaches a link or the embed
snippet), the list of maps off unless asked for, storage faults as clear 503/507, and security headers on every
response. ``install`` wires it into an app; the rest are helpers the routes call.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

from flask import Flask, Response, abort, current_app, request
from werkzeug.exceptions import HTTPException, SecurityError, ServiceUnavailable

from webmap.stores import MapStoreError

log = logging.getLogger(__name__)

LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "::1", "[::1]"]
RATE_CREATE = "10 per minute;100 per day"  # new maps per client address
RATE_SAVE = "60 per minute"  # saved journeys per client address
MAX_MAPS = 100_000
MAX_STORE_MB = 2048
WRITE_ENDPOINTS = ("maps_create", "stored_journey")
# Every response gets a policy; our pages and the map set their own, stricter or embeddable.
CSP_DEFAULT = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"


class InsufficientStorage(HTTPException):
    """507: werkzeug has no class of its own for it."""

    code = 507


def allowed_hosts(configured: Any) -> list[str] | None:
    """TRUSTED_HOSTS for Flask: the configured list (or WEBMAP_ALLOWED_HOSTS, comma-separated), plus loopback.
    ``["*"]`` trusts every Host (behind a proxy that checks it)."""
    if configured is None:
        configured = [h.strip() for h in os.environ.get("WEBMAP_ALLOWED_HOSTS", "").split(",") if h.strip()]
    hosts = [configured] if isinstance(configured, str) else list(configured)
    if "*" in hosts:
        return None
    return LOOPBACK_HOSTS + [h for h in hosts if h not in LOOPBACK_HOSTS]


def trusted_proxies(configured: Any) -> int:
    """How many reverse proxies in front of the server set X-Forwarded-For (the configured number, else
    WEBMAP_TRUSTED_PROXIES, else 0: no forwarding header is believed)."""
    if configured is None:
        configured = os.environ.get("WEBMAP_TRUSTED_PROXIES", "").strip() or 0
    try:
        count = int(configured)
    except (TypeError, ValueError):
        count = -1
    if count < 0 or isinstance(configured, bool):
        raise ValueError(f"TRUSTED_PROXIES (WEBMAP_TRUSTED_PROXIES / --trusted-proxy): expected how many proxies "
                         f"are in front, 0 or more, got {configured!r}")
    return count


def _trust_proxies(app: Flask) -> None:
    """Behind N proxies, the client is the Nth address from the right of X-Forwarded-For (what rate limits key
    on) and the scheme is the one it used (links say https). The Host is not taken from X-Forwarded-Host: a
    proxy that does not set it passes the client's own, so the proxy must pass Host itself, which
    ALLOWED_HOSTS then checks. With 0 nothing changes: a direct client's forged header is never read."""
    from werkzeug.middleware.proxy_fix import ProxyFix

    count = app.config["TRUSTED_PROXIES"] = trusted_proxies(app.config.get("TRUSTED_PROXIES"))
    if count:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=0, x_port=0, x_prefix=0)


def install(app: Flask) -> None:
    """Config: ALLOWED_HOSTS, TRUSTED_PROXIES (default 0), RATELIMIT_ENABLED (default off when TESTING),
    RATE_CREATE, RATE_SAVE, RATELIMIT_STORAGE_URI, MAX_MAPS, MAX_STORE_MB, LIST_MAPS (default off)."""
    cfg = app.config
    _trust_proxies(app)
    cfg.setdefault("LIST_MAPS", False)
    cfg.setdefault("MAX_MAPS", MAX_MAPS)
    cfg.setdefault("MAX_STORE_MB", MAX_STORE_MB)
    cfg["TRUSTED_HOSTS"] = allowed_hosts(cfg.get("ALLOWED_HOSTS"))
    _install_limiter(app)
    app.before_request(_front_checks)
    app.register_error_handler(SecurityError, _untrusted_host)
    app.register_error_handler(MapStoreError, _store_error)
    from webmap.web.health import GazetteerHealth, gazetteer_path

    checker = GazetteerHealth(gazetteer_path(cfg.get("GAZETTEER")), rebuild=cfg.get("GAZETTEER_REBUILD", True))
    app.extensions["webmap_health"] = checker
    checker.check_soon()
    app.after_request(_every_response)


def _install_limiter(app: Flask) -> None:
    from flask_limiter import Limiter
    from flask_limiter.util import get_remote_address

    import webmap.web.ratelimits  # noqa: F401 - registers the webmap-sqlite and webmap-postgresql storages

    cfg = app.config
    cfg.setdefault("RATELIMIT_ENABLED", not cfg.get("TESTING"))
    cfg.setdefault("RATELIMIT_STORAGE_URI", os.environ.get("WEBMAP_RATELIMIT_STORAGE") or _counters_uri(cfg))
    cfg.setdefault("RATELIMIT_SWALLOW_ERRORS", True)  # a counter that cannot be written never fails a request
    cfg.setdefault("RATELIMIT_HEADERS_ENABLED", True)
    limiter = Limiter(get_remote_address, app=app)
    app.extensions["webmap_limiter"] = limiter  # Flask-Limiter keeps only a weak reference to itself
    create = limiter.shared_limit(lambda: cfg.get("RATE_CREATE") or RATE_CREATE, scope="create",
                                  methods=["POST"])
    save = limiter.shared_limit(lambda: cfg.get("RATE_SAVE") or RATE_SAVE, scope="save", methods=["POST", "PUT"])
    for endpoint, limit in (("maps_create", create), ("stored_journey", save), ("editor.save", save)):
        if endpoint in app.view_functions:
            app.view_functions[endpoint] = limit(app.view_functions[endpoint])


def _counters_uri(cfg: Any) -> str:
    """Where rate-limit counters live unless WEBMAP_RATELIMIT_STORAGE says: beside the maps when they are in
    PostgreSQL (every machine sharing the store shares one budget per client), else a SQLite file that the
    processes of this machine share."""
    from pathlib import Path

    from webmap.stores import is_postgres, store_setting
    from webmap.web.ratelimits import postgres_storage_uri, storage_uri

    store = store_setting(cfg.get("STORE"))
    if is_postgres(store):
        return postgres_storage_uri(store)
    return storage_uri(Path(cfg["DATA_DIR"]) / "ratelimits.sqlite3")


def _front_checks() -> None:
    endpoint = request.endpoint
    if endpoint == "maps_list" and not current_app.config["LIST_MAPS"]:
        abort(404, description="The list of maps is not public on this server (LIST_MAPS).")
    if endpoint == "maps_create" and request.method == "POST":
        _check_store_size()


def _check_store_size() -> None:
    from webmap.app import state

    cfg = current_app.config
    store = state().store
    size = store.size_bytes()
    if size > int(cfg["MAX_STORE_MB"]) * 1024 * 1024:
        raise InsufficientStorage(f"The map store is full: {size / 1e6:,.0f} MB, the most it may hold is "
              f"{cfg['MAX_STORE_MB']:,} MB (MAX_STORE_MB). No map was made.")
    try:
        count = store.count()
    except Exception:  # noqa: BLE001 - a store that cannot be read answers when it is written
        return
    if count >= int(cfg["MAX_MAPS"]):  # early, to spare the extraction; the store checks again as it writes
        raise InsufficientStorage(_too_many_maps(count))


def _too_many_maps(count: int) -> str:
    return f"The map store is full: it holds {count:,} maps, the most it may hold (MAX_MAPS). No map was made."


def _untrusted_host(exc: SecurityError) -> Response:
    """A Host not in ALLOWED_HOSTS: no page (it would build links from that Host), and the name is not echoed."""
    return Response("This server does not answer to that Host name (see ALLOWED_HOSTS / --allowed-host).\n",
                    status=400, mimetype="text/plain")


def _store_error(exc: MapStoreError) -> Response:
    log.error("maps store: %s", exc)
    return current_app.handle_http_exception(ServiceUnavailable(storage_status(exc)[1]))


def healthz() -> Response:
    """200 with what was checked, or 503 when the gazetteer is damaged or the store cannot be read."""
    import json

    from webmap.app import state
    from webmap.web.health import store_status

    report = {"status": "ok", "store": store_status(state().store),
              "gazetteer": current_app.extensions["webmap_health"].current()}
    bad = report["store"].startswith("unreadable") or report["gazetteer"].startswith("damaged")
    if bad:
        report["status"] = "failing"
    resp = Response(json.dumps(report) + "\n", status=503 if bad else 200, mimetype="application/json")
    resp.cache_control.no_store = True
    return resp


def _every_response(resp: Response) -> Response:
    resp.headers.setdefault("Content-Security-Policy", CSP_DEFAULT)
    resp.headers.setdefault("X-Content-Type-Options", "nosniff")
    resp.headers.setdefault("Referrer-Policy", "same-origin")
    resp.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    if request.endpoint == "static" and resp.status_code in (200, 304):
        resp.cache_control.public = True
        resp.cache_control.max_age = int(current_app.config.get("STATIC_MAX_AGE", 7 * 24 * 3600))
    return resp


# -- helpers the routes call ------------------------------------------------------------------------------------

def encoded(body: bytes, etag: str, gz: bytes | None, mimetype: str) -> Response:
    """The body, gzip-encoded for clients that take it when a compressed copy is at hand (its own ETag)."""
    if gz is not None and "gzip" in request.accept_encodings:
        resp = Response(gz, mimetype=mimetype)
        resp.content_encoding = "gzip"
        resp.set_etag(etag + "-gzip")
    else:
        resp = Response(body, mimetype=mimetype)
        resp.set_etag(etag)
    if gz is not None:
        resp.vary.add("Accept-Encoding")
    return resp


def not_modified(key: str) -> bool:
    """Does the client already hold this content (in either encoding)? Answerable before anything is drawn."""
    return request.if_none_match.contains(key) or request.if_none_match.contains(key + "-gzip")


def not_modified_response(key: str, *, max_age: int | None) -> Response:
    resp = Response(status=304)
    resp.set_etag(key + "-gzip" if request.if_none_match.contains(key + "-gzip") else key)
    resp.vary.add("Accept-Encoding")
    resp.cache_control.public = True
    if max_age is None:
        resp.cache_control.no_cache = True
    else:
        resp.cache_control.max_age = max_age
    return resp


def retry_after(exc: Any) -> dict[str, str]:
    seconds = getattr(exc, "retry_after", None)
    return {"Retry-After": str(seconds)} if seconds else {}


def job_error(exc: Any, render: Callable[[HTTPException], Response]) -> Response:
    """A job past its budget (or still running) as an HTTP answer naming the limit; never a traceback."""
    error = HTTPException(description=exc.message)
    error.code = exc.status
    resp = render(error)
    resp.headers.update(retry_after(exc))
    if exc.limit is None:  # still being drawn: the browser asks again by itself
        resp.headers["Refresh"] = str(exc.retry_after or 2)
    return resp


def _disk_full() -> bool:
    """SQLite often says only "disk I/O error" when its WAL cannot grow: ask the file system."""
    import shutil

    from webmap.app import state

    try:
        return shutil.disk_usage(state().data_dir).free < 256 * 1024
    except (OSError, RuntimeError):
        return False


def storage_status(exc: BaseException) -> tuple[int, str]:
    """A write the maps store refused, as (status, message): a full disk is 507, a read-only store 503."""
    text = str(exc).lower()
    reason = getattr(exc, "reason", None)  # a MapStoreError knows; otherwise read the message
    if reason is None and ("full" in text or "no space" in text or _disk_full()):
        reason = "full"
    if reason is None and any(word in text for word in ("readonly", "read-only", "read only", "permission")):
        reason = "read-only"
    if reason == "maps":
        return 507, _too_many_maps(getattr(exc, "count", 0))
    if reason == "full":
        return 507, "The server's disk is full, so no map can be saved now. Nothing was stored."
    if reason == "read-only":
        return 503, "The server's map store is read-only, so no map can be saved now (reading still works)."
    return 503, "The map store cannot be written now. Nothing was stored; the reason is in the server's log."
