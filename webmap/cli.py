"""The command line: a thin face over the library. Errors are one line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from gazetteer.build import MIN_POPULATION
from gazetteer.store import GazetteerError
from webmap.journey import Journey, JourneyError
from webmap.stores.base import MapStorage, MapStoreError

EPILOG = """\
examples:
  webmap serve                              the seed story's map at http://127.0.0.1:5000/
  webmap export -o map.html                 the seed map as one offline HTML file
  webmap export story.txt --published 2025-09-01 -o map.html
                                            extract a journey from an article and map it
  webmap export journey.json --format geojson -o journey.geojson
  webmap export --format png --width 1600 --height 1000 -o map.png   (also svg, pdf; --style dark)
  webmap geocode Dandong --json             look a place up in the offline gazetteer
  webmap extract story.txt -o journey.json  a journey draft to edit by hand

Offline by default: no tiles, no online geocoder. --tiles osm|carto and --online (or WEBMAP_ONLINE=1)
turn them on. The gazetteer (GeoNames, CC BY 4.0) lives in your cache directory; WEBMAP_GAZETTEER or
WEBMAP_CACHE_DIR move it.
"""


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("webmap")
    except PackageNotFoundError:
        return "unknown"


class _VersionAction(argparse.Action):
    """--version, looked up only when asked for: reading the package metadata costs every command 20 ms."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        print(f"webmap {_version()}")
        parser.exit()


class CliError(Exception):
    """Something the user can fix; printed as one line."""


def _gazetteer(args: argparse.Namespace, *, lazy_index: bool = False):
    from gazetteer.resolve import Gazetteer
    from gazetteer.store import default_path

    online = None
    if getattr(args, "online", False) or os.environ.get("WEBMAP_ONLINE") == "1":
        from gazetteer.geocoder import online_from_env

        os.environ["WEBMAP_ONLINE"] = "1"
        online = online_from_env()
    fresh = not default_path().exists()
    gaz = Gazetteer.open(progress=not getattr(args, "quiet", False), online=online, lazy_index=lazy_index)
    if fresh:
        _prepare_shared()
    return gaz


def _prepare_shared() -> None:
    """Once the gazetteer is built, the shapes every export reads go beside it (webmap/basemap.py)."""
    from webmap.draw.basemap import prepare_shared

    prepare_shared()


def _read_article(path: str) -> str:
    from webmap.journey import read_text

    text = read_text(path)
    if not text.strip():
        raise CliError(f"{path}: the text is empty")
    return text


def load_located(source: str | None, args: argparse.Namespace) -> Journey:
    """A journey file, an article (.txt: extracted), or the bundled seed — with coordinates from the gazetteer."""
    from webmap.locate import locate
    from webmap.seed import seed_journey_path

    path = Path(source) if source else seed_journey_path()
    # A journey file names most places by GeoNames id: read the name index only if a name must be looked up.
    gaz = _gazetteer(args, lazy_index=path.suffix.lower() == ".json" or not source)
    if path.suffix.lower() == ".json" or not source:
        from webmap.journey import load

        journey = load(path)
    else:
        from webmap.story import extract

        journey = extract(_read_article(str(path)), gaz, published=getattr(args, "published", None),
                          title=getattr(args, "title", None))
    for miss in locate(journey, gaz):
        print(f"webmap: warning: {miss.name!r} ({miss.key}) {miss.reason}; listed beside the map", file=sys.stderr)
    return journey


def cmd_export(args: argparse.Namespace) -> int:
    journey = load_located(args.source, args)
    if args.format == "geojson":
        from webmap.draw.geojson import journey_geojson

        out = json.dumps(journey_geojson(journey), ensure_ascii=False, indent=1)
    elif args.format == "journey":
        out = journey.to_json()
    elif args.format in ("svg", "png", "pdf"):
        from webmap.draw.scene import build_scene
        from webmap.draw.svg import render

        _freeze_loaded()
        try:
            data = render(build_scene(journey), args.format, width=args.width, height=args.height, style=args.style)
        except ValueError as exc:
            print(f"webmap: {exc}", file=sys.stderr)
            return 2
        return _write(args.output, data)
    else:
        from webmap.draw.leaflet import map_html

        _freeze_loaded()
        out = map_html(journey, inline=True, tiles=args.tiles, style=args.style)
    return _write(args.output, out.encode("utf-8"))


def _freeze_loaded() -> None:
    """Everything loaded so far (modules, templates, the journey) lives until this one-shot process exits: keep it
    out of the cyclic garbage collector's scans (gc.freeze), which the export's many small lists would otherwise
    trigger over the whole heap, again at exit. Garbage made before this is kept until the process ends."""
    import gc

    gc.freeze()


def _write(target: str, data: bytes) -> int:
    if target == "-":
        sys.stdout.buffer.write(data)
    else:
        Path(target).write_bytes(data)
        print(f"wrote {target} ({len(data) / 1024:,.0f} KB)", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from webmap.app import create_app
    from webmap.server import serve

    config = {"TILES": args.tiles, "GAZETTEER": _gazetteer(args), "LIST_MAPS": args.list_maps}
    if args.allowed_hosts or args.host not in ("0.0.0.0", "::", "127.0.0.1", "localhost", "::1"):
        config["ALLOWED_HOSTS"] = [*(args.allowed_hosts or []), args.host]
    if args.source:
        config["JOURNEY_PATH"] = args.source
    if args.store:
        config["STORE"] = args.store
    if args.trusted_proxies is not None:
        config["TRUSTED_PROXIES"] = args.trusted_proxies
    try:
        app = create_app(config)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    _check_store(app.extensions["webmap"].store)
    from webmap.web.jobs import start_forkserver, wait_forkserver
    from webmap.web.offload import warm_up

    start_forkserver()  # stories are extracted and maps drawn in its children: it loads and warms up meanwhile
    warm_up(app.extensions["webmap"])  # what this process does itself (locating, pictures) starts warm too
    wait_forkserver()  # serve once the first story need not wait for the fork server's warm-up
    print(f"webmap: serving on http://{args.host}:{args.port}/  (Ctrl-C to stop)", file=sys.stderr)
    serve(app, args.host, args.port, production=args.production)
    return 0


def _check_store(store: MapStorage) -> None:
    """Say at once when the maps store cannot be used, rather than on the first request."""
    try:
        status = store.health()
    except MapStoreError as exc:
        raise CliError(f"the map store cannot be used: {exc}") from None
    print(f"webmap: maps are stored in {store.where} ({status})", file=sys.stderr)


def cmd_geocode(args: argparse.Namespace) -> int:
    gaz = _gazetteer(args)
    place = gaz.best(args.name, country=args.country)
    if place is None:
        where = f" in {args.country.upper()}" if args.country else ""
        print(f"webmap: not found: {args.name!r}{where} is not in the gazetteer", file=sys.stderr)
        return 1
    record = {"name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon,
              "geonameid": place.geonameid, "source": place.source}
    if args.json:
        print(json.dumps(record, ensure_ascii=False))
    else:
        print(f"{place.name}, {place.country}  {place.lat:.5f}, {place.lon:.5f}  "
              f"({f'GeoNames id {place.geonameid}, ' if place.geonameid else ''}{place.source})")
    return 0


def cmd_gazetteer(args: argparse.Namespace) -> int:
    from gazetteer.build import build
    from gazetteer.resolve import Gazetteer
    from gazetteer.store import default_path

    path = Path(args.path) if args.path else default_path()
    if args.action == "build":
        if args.force or not path.exists():
            stats = build(path, min_population=args.min_population, progress=not args.quiet)
            print(f"built {path}: {stats.places:,} places, {stats.names:,} names, "
                  f"{stats.bytes / 1e6:.0f} MB in {stats.seconds:.1f} s", file=sys.stderr)
        else:
            Gazetteer.open(path, progress=not args.quiet).close()
            print(f"gazetteer ready at {path} (use --force to rebuild)", file=sys.stderr)
        if not args.path:  # the shapes are kept beside the default gazetteer
            _prepare_shared()
    else:
        print(path)
    return 0


def cmd_geoparse(args: argparse.Namespace) -> int:
    from gazetteer.geoparse import geoparse

    mentions = geoparse(_read_article(args.article), _gazetteer(args))
    if args.json:
        print(json.dumps([m.to_dict() for m in mentions], ensure_ascii=False, indent=1))
    else:
        for m in mentions:
            where = f"{m.lat:.3f}, {m.lon:.3f}" if m.lat is not None else "not located"
            print(f"{m.start:>6}-{m.end:<6} {m.surface:<28} {m.kind:<8} {m.name}, {m.country}  {where}")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    journey = load_located(args.article, args)
    out = journey.to_json()
    if args.output == "-":
        sys.stdout.write(out)
    else:
        Path(args.output).write_text(out, encoding="utf-8")
        n = len(journey.arrivals)
        arrivals = f", {n} arrival{'s' * (n != 1)} with no stated start" if n else ""
        print(f"wrote {args.output}: {len(journey.legs)} legs{arrivals}, {len(journey.events)} events, "
              f"{len(journey.mentions)} place mentions", file=sys.stderr)
    for u in journey.unsure:  # what the draft could not decide, one line each
        print(f"unsure: {u.message}", file=sys.stderr)
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="webmap", description="Turn a news story about a journey into an accurate, "
                                "interactive map that works offline.", epilog=EPILOG,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and exit")
    common = argparse.ArgumentParser(add_help=False)
    # Global options go before or after the command: the command's copy only sets them when given.
    for parser_, default in ((p, False), (common, argparse.SUPPRESS)):
        parser_.add_argument("--online", action="store_true", default=default,
                             help="look up places the offline gazetteer lacks with an online geocoder (Nominatim)")
        parser_.add_argument("-q", "--quiet", action="store_true", default=default, help="no progress bars")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("serve", parents=[common], help="serve the story page and map over HTTP")
    s.add_argument("source", nargs="?", help="journey file (default: the bundled seed story)")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=5000)
    s.add_argument("--production", action="store_true", help="serve with waitress instead of Flask's dev server")
    s.add_argument("--allowed-host", action="append", dest="allowed_hosts", metavar="HOST",
                   help="a Host name clients may use besides this machine's loopback names (repeatable; "
                   "WEBMAP_ALLOWED_HOSTS=a,b does the same; '*' trusts a proxy in front to check it)")
    s.add_argument("--trusted-proxy", type=int, dest="trusted_proxies", metavar="N",
                   help="N reverse proxies in front set X-Forwarded-For: rate limits key on the client they name "
                   "(default: WEBMAP_TRUSTED_PROXIES, else 0: the forwarding headers are ignored)")
    s.add_argument("--list-maps", action="store_true", help="let anyone see the list of stored maps at /maps")
    s.add_argument("--store", metavar="URL", help="where stored maps live: postgresql://user@host:5432/db (shared by "
                   "several processes; needs the postgres extra) or a SQLite file (default: WEBMAP_STORE, else "
                   "maps.sqlite3 in the data folder)")
    s.add_argument("--tiles", choices=["osm", "carto"], help="add an online tile layer (needs the network)")
    s.set_defaults(func=cmd_serve)

    e = sub.add_parser("export", parents=[common], help="write the map as one offline HTML file, or GeoJSON")
    e.add_argument("source", nargs="?", help="journey .json or article .txt (default: the bundled seed story)")
    e.add_argument("-o", "--output", default="map.html", help="output file, or - for stdout (default: map.html)")
    e.add_argument("--format", choices=["html", "geojson", "journey", "svg", "png", "pdf"], default="html",
                   help="html (the interactive map), svg/png/pdf (a picture), geojson or journey")
    e.add_argument("--width", type=int, default=1200, help="picture width in pixels (svg/png/pdf; default 1200)")
    e.add_argument("--height", type=int, default=800, help="picture height in pixels (svg/png/pdf; default 800)")
    e.add_argument("--style", choices=["light", "dark"], default="light", help="basemap style (default light)")
    e.add_argument("--tiles", choices=["osm", "carto"], help="add an online tile layer (needs the network)")
    e.add_argument("--published", help="the article's publication date, YYYY-MM-DD (resolves 'Monday')")
    e.add_argument("--title", help="a title for an extracted journey")
    e.set_defaults(func=cmd_export)

    g = sub.add_parser("geocode", parents=[common], help="look a place name up in the gazetteer")
    g.add_argument("name")
    g.add_argument("--country", help="ISO 3166 two-letter country code to filter by")
    g.add_argument("--json", action="store_true", help="print JSON")
    g.set_defaults(func=cmd_geocode)

    z = sub.add_parser("gazetteer", parents=[common], help="build or locate the offline gazetteer")
    z.add_argument("action", choices=["build", "path"])
    z.add_argument("--path", help="database file (default: WEBMAP_GAZETTEER or the user cache directory)")
    z.add_argument("--force", action="store_true", help="rebuild even if it exists")
    z.add_argument("--min-population", type=int, default=MIN_POPULATION,
                   help=f"smallest town to import (default {MIN_POPULATION}, as the gazetteer builds itself)")
    z.set_defaults(func=cmd_gazetteer)

    gp = sub.add_parser("geoparse", parents=[common], help="list the place names found in an article")
    gp.add_argument("article")
    gp.add_argument("--json", action="store_true", help="print JSON")
    gp.set_defaults(func=cmd_geoparse)

    x = sub.add_parser("extract", parents=[common], help="draft a journey file from an article")
    x.add_argument("article")
    x.add_argument("--published", help="publication date, YYYY-MM-DD")
    x.add_argument("--title")
    x.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    x.set_defaults(func=cmd_extract)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="webmap: %(message)s")
    try:
        return args.func(args)
    except (CliError, JourneyError, GazetteerError, MapStoreError) as exc:
        print(f"webmap: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"webmap: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
