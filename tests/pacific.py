"""Journeys in the South Pacific, located by hand: one across the antimeridian, and a royal tour of ten close stops
(the real-news draft a17's itinerary) that crosses it too."""

from __future__ import annotations

import itertools

from webmap.journey import Journey, from_dict

PLACES = {
    "sydney": ("Sydney", "AU", -33.8688, 151.2093),
    "dubbo": ("Dubbo", "AU", -32.2569, 148.6011),
    "melbourne": ("Melbourne", "AU", -37.8136, 144.9631),
    "fraser": ("Fraser Island", "AU", -25.2167, 153.1333),
    "suva": ("Suva", "FJ", -18.1416, 178.4419),
    "nadi": ("Nadi", "FJ", -17.8031, 177.4162),
    "nukualofa": ("Nuku'alofa", "TO", -21.1394, -175.2018),
    "apia": ("Apia", "WS", -13.8333, -171.7667),
    "wellington": ("Wellington", "NZ", -41.2866, 174.7756),
    "auckland": ("Auckland", "NZ", -36.8485, 174.7633),
    "rotorua": ("Rotorua", "NZ", -38.1368, 176.2497),
    "honolulu": ("Honolulu", "US", 21.3069, -157.8583),
    "bondi": ("Bondi Beach", "AU", -33.8915, 151.2767),
}


def journey(title: str, stops: list[tuple[str, str]], events: list[tuple[str, str]] = ()) -> Journey:
    """A journey through ``stops`` ((place key, mode of the leg that reaches it); the first mode is unused), one leg
    a day from 16 October 2018, each quoted from a made-up article that names both ends."""
    sentences = []
    legs = []
    for i, ((a, _), (b, mode)) in enumerate(itertools.pairwise(stops)):
        day = f"2018-10-{16 + i:02d}"
        sentence = f"The couple went from {PLACES[a][0]} to {PLACES[b][0]} by {mode}. "
        start = sum(len(s) for s in sentences)
        sentences.append(sentence)
        legs.append({"traveller": "The couple", "from": a, "to": b, "mode": mode, "depart": day, "arrive": day,
                     "quote": {"start": start, "end": start + len(sentence) - 1, "text": sentence[:-1]}})
    evs = []
    for i, (title_, key) in enumerate(events):
        sentence = f"They {title_.lower()} at {PLACES[key][0]}. "
        start = sum(len(s) for s in sentences)
        sentences.append(sentence)
        evs.append({"title": title_, "place": key, "date": f"2018-10-{16 + i:02d}",
                    "quote": {"start": start, "end": start + len(sentence) - 1, "text": sentence[:-1]}})
    used = {k for k, _ in stops} | {k for _, k in events}
    places = {k: {"name": v[0], "country": v[1], "lat": v[2], "lon": v[3]} for k, v in PLACES.items() if k in used}
    return from_dict({"schema": "webmap.journey/1", "title": title, "source": {"title": "A made-up article"},
                      "places": places, "legs": legs, "events": evs}, "".join(sentences))


def across_the_antimeridian() -> Journey:
    """Suva (lon 178) → Nuku'alofa (−175) → Apia (−172) by air, and back to Nadi (177): short hops over 180°."""
    return journey("Hops across the date line", [("suva", ""), ("nukualofa", "flight"), ("apia", "flight"),
                                                  ("nadi", "flight")])


def auckland_honolulu() -> Journey:
    return journey("Auckland to Honolulu", [("auckland", ""), ("honolulu", "flight")])


def royal_tour() -> Journey:
    """Ten close stops in Australia, Fiji, Tonga and New Zealand, with an event at a place that is not a stop."""
    return journey("The royal tour of Australia, Fiji, Tonga and New Zealand", [
        ("sydney", ""), ("dubbo", "flight"), ("melbourne", "flight"), ("fraser", "flight"), ("sydney", "flight"),
        ("suva", "flight"), ("nadi", "car"), ("nukualofa", "flight"), ("sydney", "flight"),
        ("wellington", "flight"), ("auckland", "flight"), ("rotorua", "car")],
        events=[("Opened the Invictus Games", "bondi")])
