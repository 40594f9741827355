"""A fake Nominatim (and Pelias, at /v1/search) on 127.0.0.1 for offline tests of the online fallback."""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

# Nominatim-shaped answers (format=json&addressdetails=1), keyed by the lower-cased query.
ANSWERS = {
    "sinuiju railway bridge": {
        "place_id": 101, "licence": "Data © OpenStreetMap contributors, ODbL 1.0.", "osm_type": "way",
        "osm_id": 1001, "lat": "40.1153", "lon": "124.3914", "class": "bridge", "type": "yes",
        "place_rank": 30, "importance": 0.3, "addresstype": "bridge", "name": "Sino-Korean Friendship Bridge",
        "display_name": "Sino-Korean Friendship Bridge, Sinuiju, North Pyongan, North Korea",
        "address": {"bridge": "Sino-Korean Friendship Bridge", "city": "Sinuiju", "state": "North Pyongan",
                    "country": "North Korea", "country_code": "kp"},
        "boundingbox": ["40.11", "40.12", "124.38", "124.40"],
    },
}


def pelias_feature(answer: dict) -> dict:
    """The same place as Pelias answers it (a GeoJSON feature; its properties name the layer and country)."""
    address = answer["address"]
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [float(answer["lon"]),
                                                                           float(answer["lat"])]},
            "properties": {"layer": "venue", "name": answer["name"], "country_code": address["country_code"].upper(),
                           "country_a": "PRK", "region": address["state"], "label": answer["display_name"]}}


def free_port() -> int:
    """A port nothing listens on (bound, then released): connecting to it is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakeNominatim:
    """A threaded HTTP server answering /search like Nominatim.

    mode: 'ok' (answers from ANSWERS, else []), 'slow' (sleeps `delay` s first), '429', '403', '500'.
    """

    def __init__(self, mode: str = "ok", delay: float = 3.0):
        self.mode = mode
        self.delay = delay
        self.requests: list[dict[str, list[str]]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                url = urlparse(self.path)
                fake.requests.append(parse_qs(url.query) | {"_path": [url.path]})
                if fake.mode == "slow":
                    time.sleep(fake.delay)
                if fake.mode in {"429", "403", "500"}:
                    self._send(int(fake.mode), {"error": "nope"})
                    return
                query = parse_qs(url.query)
                if url.path == "/v1/search":  # Pelias: GeoJSON features
                    q = query.get("text", [""])[0].lower()
                    self._send(200, {"type": "FeatureCollection",
                                     "features": [pelias_feature(ANSWERS[q])] if q in ANSWERS else []})
                    return
                q = query.get("q", [""])[0].lower()
                self._send(200, [ANSWERS[q]] if q in ANSWERS else [])

            def _send(self, status, payload):
                body = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    if status == 429:
                        self.send_header("Retry-After", "60")
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:  # the client gave up (timeout test)
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.domain = f"127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeNominatim:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


FakePelias = FakeNominatim  # the same server: Pelias asks /v1/search?text=..., answered as GeoJSON features
