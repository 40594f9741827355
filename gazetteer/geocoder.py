"""The gazetteer as a geopy Geocoder, and an online fallback that caches any geopy geocoder's answers.

The fallback is built to fail fast: the first connection error, timeout or refusal disables it for
the rest of the process with one logged warning, so a story full of unknown names costs at most one
timeout rather than geopy RateLimiter's ~10 s of retries per name.
"""

from __future__ import annotations

import inspect
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from geopy.adapters import AdapterHTTPError, RequestsAdapter, URLLibAdapter
from geopy.exc import (
    GeocoderInsufficientPrivileges,
    GeocoderQueryError,
    GeocoderQuotaExceeded,
    GeocoderRateLimited,
    GeocoderTimedOut,
    GeocoderUnavailable,
    GeopyError,
)
from geopy.geocoders import Nominatim, Pelias
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from .normalise import normalise
from .resolve import Gazetteer
from .store import GazetteerError, Place, Store

__all__ = ["GazetteerGeocoder", "OnlineFallback", "online_from_env", "DEFAULT_USER_AGENT"]

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "webmap-gazetteer/0.1 (news journey maps; set WEBMAP_USER_AGENT to identify yourself)"
DEFAULT_DOMAIN = "nominatim.openstreetmap.org"
NOT_FOUND_TTL = timedelta(days=30)  # re-ask about a name the geocoder did not know after this long


def _place_dict(place: Place) -> dict[str, Any]:
    return {"geonameid": place.geonameid, "name": place.name, "lat": place.lat, "lon": place.lon,
            "country": place.country, "admin1": place.admin1, "population": place.population,
            "kind": place.kind, "capital": place.capital, "source": place.source}


class GazetteerGeocoder(Geocoder):
    """The offline gazetteer behind geopy's Geocoder interface, so it plugs into geopy code
    (``geocode()`` returns ``geopy.Location`` with ``raw`` = the place as a dict)."""

    def __init__(self, gazetteer: Gazetteer | None = None, *, path: Any = None, build: bool = True,
                 progress: bool = True, online: OnlineFallback | None = None):
        super().__init__(user_agent=DEFAULT_USER_AGENT, adapter_factory=URLLibAdapter)
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.open(
            path, build=build, progress=progress, online=online)

    def geocode(self, query: str, *, exactly_one: bool = True, timeout: Any = None,
                country_codes: str | Sequence[str] | None = None,
                near: Sequence[tuple[float, float]] | None = None) -> Location | list[Location] | None:
        """Best match (exactly_one) or every candidate, best first; None when nothing matches.

        `country_codes`: one ISO alpha-2 code or several, as in geopy's Nominatim. `timeout` is
        accepted for interface compatibility and ignored: nothing here waits on a network.
        """
        if isinstance(country_codes, str):
            country_codes = [country_codes]
        codes = {c.upper() for c in country_codes} if country_codes else None
        cands = self.gazetteer.lookup(query, next(iter(codes)) if codes and len(codes) == 1 else None, near)
        if codes:
            cands = [c for c in cands if c.place.country in codes]
        locations = [self._location(c.place, c.match, c.score) for c in cands]
        if not locations:
            return None
        return locations[0] if exactly_one else locations

    def _location(self, place: Place, match: str, score: float) -> Location:
        parts = [place.name]
        if place.kind != "country" and place.country:
            country = self.gazetteer.country(place.country)
            parts.append(country.name if country else place.country)
        raw = _place_dict(place) | {"match": match, "score": round(score, 4)}
        return Location(", ".join(parts), (place.lat, place.lon), raw)


# Nominatim's OSM class/type/addresstype -> Place.kind
_CITY_TYPES = {"city", "town", "village", "hamlet", "suburb", "municipality", "locality", "neighbourhood",
               "quarter", "borough", "isolated_dwelling", "city_district"}
_REGION_TYPES = {"state", "region", "province", "county", "district", "state_district", "territory"}
_LANDMARK_CLASSES = {"tourism", "historic", "amenity", "building", "railway", "aeroway", "leisure", "natural",
                     "man_made", "waterway", "bridge", "highway", "military", "office"}


# Pelias's layers -> Place.kind
_PELIAS_KINDS = {"country": "country", "dependency": "country", "macroregion": "region", "region": "region",
                 "macrocounty": "region", "county": "region", "localadmin": "city", "locality": "city",
                 "borough": "city", "neighbourhood": "city", "venue": "landmark"}


def _kind(raw: dict[str, Any]) -> str:
    cls, typ = raw.get("class") or raw.get("category") or "", raw.get("type") or ""
    addresstype = raw.get("addresstype") or typ
    if addresstype == "country" or typ == "country":
        return "country"
    if addresstype in _CITY_TYPES or (cls == "place" and typ in _CITY_TYPES):
        return "city"
    if addresstype in _REGION_TYPES or (cls == "place" and typ in _REGION_TYPES):
        return "region"
    if cls in _LANDMARK_CLASSES:
        return "landmark"
    return "other"


class OnlineFallback:
    """Asks an online geocoder about names the gazetteer lacks and writes the answers into its store.

    Wraps any geopy geocoder (default: Nominatim; domain, scheme and user agent configurable). At most
    one request per `min_delay` seconds, each with `timeout`. The first failure that says the service
    cannot be used -- connection refused, DNS failure, timeout, HTTP 429/403 -- logs one warning
    "online geocoding unavailable: <reason>" and disables the fallback for good (see `disabled`).
    """

    def __init__(self, geocoder: Geocoder | None = None, *, domain: str | None = None,
                 scheme: str | None = None, user_agent: str | None = None, timeout: float = 5.0,
                 min_delay: float = 1.0, source: str | None = None):
        if geocoder is None:
            # URLLibAdapter: geopy's default RequestsAdapter retries twice, tripling every timeout.
            geocoder = Nominatim(domain=domain or DEFAULT_DOMAIN, scheme=scheme or "https",
                                 user_agent=user_agent or DEFAULT_USER_AGENT, timeout=timeout,
                                 adapter_factory=URLLibAdapter)
        if isinstance(getattr(geocoder, "adapter", None), RequestsAdapter):
            # Its urllib3 retries (2 by default) would triple every timeout and log each retry; this
            # class decides about retrying (never) itself.
            geocoder.adapter = URLLibAdapter(proxies=geocoder.proxies, ssl_context=geocoder.ssl_context)
        self.geocoder = geocoder
        self.source = source or type(geocoder).__name__
        self.where = getattr(geocoder, "domain", None) or self.source
        self.timeout = timeout
        self.min_delay = min_delay
        self.disabled: str | None = None  # the reason, once disabled
        self.requests = 0  # requests actually sent (for tests and reports)
        self._last = float("-inf")
        self._lock = threading.Lock()
        params = inspect.signature(geocoder.geocode).parameters
        self._country_param = next((p for p in ("country_codes", "country", "countries") if p in params), None)
        self._extra = {"addressdetails": True} if "addressdetails" in params else {}

    def resolve(self, store: Store, name: str, country: str | None = None) -> Place | None:
        """The place called `name` (from an earlier answer in `store` or by asking now), or None.

        An answer that cannot be written (a read-only cache file) is still returned, with a warning.
        """
        norm = normalise(name)
        if not norm:
            return None
        try:
            asked, place, fetched_at = store.online_answer(norm, country)
        except sqlite3.Error:
            asked, place, fetched_at = False, None, None
        if asked and (place is not None or not _expired(fetched_at)):
            return place
        if self.disabled:
            return None
        ok, location = self._ask(name, country)
        if not ok:
            return None
        place = self._to_place(location, name, country) if location is not None else None
        try:
            stored = store.add_online(norm, country, place, self.source)
        except sqlite3.Error as e:
            log.warning("cannot store the online answer for %r in %s: %s", name, store.path, e)
            return place
        return stored if place is not None else None

    def geocode(self, name: str, country: str | None = None) -> Location | None:
        """Ask the online geocoder directly (rate-limited, fail-fast), without touching any store."""
        return self._ask(name, country)[1]

    # -- internals ------------------------------------------------------------------------------

    def _ask(self, name: str, country: str | None) -> tuple[bool, Location | None]:
        """(asked successfully?, answer). Never raises for network or service trouble."""
        with self._lock:
            if self.disabled:
                return False, None
            wait = self._last + self.min_delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            kwargs: dict[str, Any] = {"exactly_one": True, "timeout": self.timeout, **self._extra}
            if country and self._country_param == "countries":  # Pelias: a list of codes
                kwargs["countries"] = [country.upper()]
            elif country and self._country_param:
                kwargs[self._country_param] = country.lower()
            self.requests += 1
            try:
                return True, self.geocoder.geocode(name, **kwargs)
            except GeocoderRateLimited:
                self._disable(f"{self.source} at {self.where} answered HTTP 429 (too many requests); "
                              "not asking again in this process")
            except GeocoderQuotaExceeded as e:
                self._disable(f"{self.source} at {self.where}: quota exceeded ({_one_line(e)})")
            except GeocoderTimedOut:
                self._disable(f"{self.source} at {self.where} did not answer within {self.timeout:g} s")
            except GeocoderUnavailable as e:
                self._disable(f"cannot reach {self.source} at {self.where} ({_cause(e)})")
            except GeocoderInsufficientPrivileges as e:
                self._disable(f"{self.source} at {self.where} refused the request ({_one_line(e)})")
            except GeocoderQueryError as e:  # this query only (HTTP 400 and the like)
                log.info("online geocoding of %r failed: %s", name, _one_line(e))
                return False, None
            except (GeopyError, OSError, ValueError) as e:
                cause = e.__cause__ or e.__context__
                if isinstance(cause, OSError) and not isinstance(cause, AdapterHTTPError):  # refused, DNS
                    self._disable(f"cannot reach {self.source} at {self.where} ({_cause(e)})")
                else:
                    self._disable(f"{self.source} at {self.where}: {type(e).__name__}: {_one_line(e)}")
            finally:
                self._last = time.monotonic()
            return False, None

    def _disable(self, reason: str) -> None:
        self.disabled = reason
        log.warning("online geocoding unavailable: %s", reason)

    def _to_place(self, location: Location, query: str, country: str | None) -> Place:
        raw = location.raw if isinstance(location.raw, dict) else {}
        if isinstance(raw.get("properties"), dict):  # Pelias: a GeoJSON feature
            props = raw["properties"]
            cc = (props.get("country_code") or country or "").upper()[:2]
            return Place(None, props.get("name") or query, float(location.latitude), float(location.longitude), cc,
                         props.get("region") or "", 0, _PELIAS_KINDS.get(props.get("layer"), "other"), False,
                         self.source)
        address = raw.get("address") if isinstance(raw.get("address"), dict) else {}
        cc = (address.get("country_code") or raw.get("country_code") or country or "").upper()[:2]
        name = raw.get("name") or (location.address or "").split(",")[0].strip() or query
        admin1 = address.get("state") or address.get("province") or address.get("region") or ""
        return Place(None, name, float(location.latitude), float(location.longitude), cc, admin1, 0,
                     _kind(raw), False, self.source)


def _expired(fetched_at: str | None) -> bool:
    try:
        then = datetime.fromisoformat(fetched_at or "")
    except ValueError:
        return True
    return datetime.now(timezone.utc) - then > NOT_FOUND_TTL


def _cause(e: BaseException) -> str:
    """The underlying reason ("[Errno 111] Connection refused") that geopy's message hides."""
    cause = e.__cause__ or e.__context__
    return _one_line(getattr(cause, "reason", cause)) if cause is not None else _one_line(e)


def _one_line(e: object) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    return text if len(text) <= 200 else text[:197] + "..."


_SHARED: dict[tuple, OnlineFallback] = {}
_SHARED_LOCK = threading.Lock()


def online_from_env(*, force: bool = False) -> OnlineFallback | None:
    """The process-wide OnlineFallback configured by the environment, or None when it is off.

    On only if WEBMAP_ONLINE=1 (or `force`, for an explicit --online flag). WEBMAP_GEOCODER picks the service,
    `nominatim` (default) or `pelias` (a self-hosted Pelias: WEBMAP_GEOCODER_DOMAIN is then required, and
    WEBMAP_GEOCODER_API_KEY is sent if set). WEBMAP_GEOCODER_DOMAIN, WEBMAP_GEOCODER_SCHEME, WEBMAP_USER_AGENT
    and WEBMAP_GEOCODER_TIMEOUT configure it. Shared, so that once it has found the network unavailable it stays
    quiet for the whole process.
    """
    if not force and os.environ.get("WEBMAP_ONLINE", "").strip().lower() not in {"1", "true", "yes", "on"}:
        return None
    try:
        timeout = float(os.environ.get("WEBMAP_GEOCODER_TIMEOUT") or 5.0)
    except ValueError:
        timeout = 5.0
    service = (os.environ.get("WEBMAP_GEOCODER") or "nominatim").strip().lower()
    if service not in ("nominatim", "pelias"):
        raise GazetteerError(f"WEBMAP_GEOCODER={service!r}: expected nominatim or pelias")
    domain = os.environ.get("WEBMAP_GEOCODER_DOMAIN") or (DEFAULT_DOMAIN if service == "nominatim" else "")
    if not domain:
        raise GazetteerError("WEBMAP_GEOCODER=pelias needs WEBMAP_GEOCODER_DOMAIN (host[:port] of your Pelias)")
    key = (service, domain, os.environ.get("WEBMAP_GEOCODER_SCHEME") or "https",
           os.environ.get("WEBMAP_USER_AGENT") or DEFAULT_USER_AGENT, timeout,
           os.environ.get("WEBMAP_GEOCODER_API_KEY") or None)
    with _SHARED_LOCK:
        if key not in _SHARED:
            geocoder = None
            if service == "pelias":
                geocoder = Pelias(domain, api_key=key[5], scheme=key[2], user_agent=key[3], timeout=timeout,
                                  adapter_factory=URLLibAdapter)
            _SHARED[key] = OnlineFallback(geocoder, domain=domain, scheme=key[2], user_agent=key[3],
                                          timeout=timeout)
        return _SHARED[key]
