"""Helpers shared by the app tests (no tests here): a hostile journey, a fake extractor, a small story."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from pathlib import Path

from webmap.journey import Journey, from_dict

HOSTILE = "<img src=x onerror=alert(1)>"
SCRIPT = "</script><script>alert(2)</script>"
HOSTILE_TEXT = (f"The envoy left {HOSTILE} on Monday by train and reached Beijing on Tuesday.\n"
                f"There a summit was held, called {SCRIPT} by the organisers.\n")


def _span(text: str, needle: str, start: int = 0) -> dict:
    i = text.index(needle, start)
    return {"start": i, "end": i + len(needle), "text": needle}


def hostile_journey_dict() -> dict:
    """A journey whose place name, quotes, title, source and citation all carry markup: it must show as text."""
    text = HOSTILE_TEXT
    sentence1 = text.splitlines()[0]
    sentence2 = text.splitlines()[1]
    evil = _span(text, HOSTILE)
    beijing = _span(text, "Beijing")
    return {
        "schema": "webmap.journey/1",
        "title": f"Trip of {HOSTILE}",
        "source": {"title": f"News {SCRIPT}", "published": "2025-09-01", "text": "hostile.txt",
                   "url": "javascript:alert(4)", "note": HOSTILE},
        "places": {
            "evil": {"name": HOSTILE, "country": "CN", "lat": 41.8, "lon": 123.4, "source": "hand", "note": SCRIPT},
            "beijing": {"name": "Beijing", "country": "CN", "lat": 39.9075, "lon": 116.39723, "source": "hand"},
        },
        "legs": [{"traveller": HOSTILE, "from": "evil", "to": "beijing", "mode": "train", "depart": "2025-09-01",
                  "arrive": "2025-09-02", "quote": _span(text, sentence1), "note": HOSTILE}],
        "events": [{"title": f"Summit {HOSTILE}", "place": "beijing", "date": "2025-09-03",
                    "participants": [HOSTILE], "quote": _span(text, sentence2),
                    "citation": {"source": HOSTILE, "url": "javascript:alert(3)", "note": SCRIPT},
                    "notes": [{"text": HOSTILE, "status": "unconfirmed", "quote": _span(text, sentence2)}]}],
        "mentions": [{"place": "evil", "surface": HOSTILE, "start": evil["start"], "end": evil["end"],
                      "role": "journey", "note": HOSTILE},
                     {"place": "beijing", "surface": "Beijing", "start": beijing["start"], "end": beijing["end"],
                      "role": "journey"}],
    }


def write_hostile_journey(directory: Path) -> Path:
    """The hostile journey and its text as files, located by hand (no gazetteer needed)."""
    (directory / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    path = directory / "hostile.journey.json"
    path.write_text(json.dumps(hostile_journey_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


# -- a fake extractor: the app's behaviour must not depend on how good extraction is -----------------------------

KNOWN = {"pyongyang": ("Pyongyang", "KP", 39.03385, 125.75432), "beijing": ("Beijing", "CN", 39.9075, 116.39723),
         "dandong": ("Dandong", "CN", 40.12917, 124.39472)}
STORY = ("Kim left Pyongyang on Monday aboard his special train.\n"
         "He crossed at Dandong and arrived in Beijing on Tuesday.\n")


def fake_extract(text: str, gazetteer: object, *, published: str | None = None, title: str | None = None) -> Journey:
    """Places found by name from a tiny list; one leg between the first and last place, quoting its sentence."""
    places, mentions = {}, []
    low = text.lower()
    for key, (name, cc, lat, lon) in KNOWN.items():
        i = low.find(key)
        if i >= 0:
            places[key] = {"name": name, "country": cc, "lat": lat, "lon": lon, "source": "test"}
            mentions.append({"place": key, "surface": text[i:i + len(key)], "start": i, "end": i + len(key)})
    mentions.sort(key=lambda m: m["start"])
    legs = []
    if len(mentions) >= 2:
        first, last = mentions[0], mentions[-1]
        start = text.rfind("\n", 0, first["start"]) + 1
        end = text.find("\n", last["end"])
        end = len(text) if end < 0 else end
        legs.append({"traveller": "Kim", "from": first["place"], "to": last["place"], "mode": "train",
                     "quote": {"start": start, "end": end, "text": text[start:end]}, "inferred": True,
                     "confidence": 0.5})
    doc = {"schema": "webmap.journey/1", "title": title or "Draft journey",
           "source": {"title": title or "", "published": published},
           "places": places or {"nowhere": {"name": "Nowhere", "lat": 0.0, "lon": 0.0}},
           "legs": legs, "events": [], "mentions": mentions}
    return from_dict(doc, text)


@contextlib.contextmanager
def running(app: object, *, production: bool = False) -> Iterator[str]:
    """Serve ``app`` on a free local port in a thread; yields its base URL."""
    from webmap.server import make_server

    server = make_server(app, "127.0.0.1", 0, production=production)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)
    assert not thread.is_alive(), "the server did not stop"
