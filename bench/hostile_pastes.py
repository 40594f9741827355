"""Hostile pastes (issue 10): what people paste into the story box by mistake or on purpose, each up to the app's
200 KB, and the time extraction takes to finish or refuse each, with what it did.

Imports nothing from webmap, so that ``bench_extract.py`` can time the same pastes with the code of an earlier
commit in a subprocess:

    python bench/hostile_pastes.py TREE GAZETTEER  (a paste a line on stdin as JSON, its figures a line out)
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import random
import sys
import time
from collections.abc import Callable

CITIES = ("Paris London Berlin Madrid Rome Vienna Prague Warsaw Lisbon Dublin Oslo Munich Milan Zurich Geneva "
          "Brussels Amsterdam Hamburg Cologne Lyon Marseille Barcelona Seville Porto Naples Turin Venice Florence "
          "Krakow Budapest Bucharest Sofia Athens Belgrade Zagreb Ljubljana Copenhagen Stockholm Helsinki "
          "Tallinn").split()


def _repeat(parts: Callable[[int], str], size: int) -> str:
    out, k, n = [], 0, 0
    while n < size:
        out.append(parts(k))
        n += len(out[-1])
        k += 1
    return "".join(out)


def _html(article: str) -> str:
    """An article as a page's HTML source, the way a browser's "view source" gives it."""
    head = ('<!DOCTYPE html><html><head><meta charset="utf-8"><script>window.dataLayer=window.dataLayer||[];'
            'function gtag(){dataLayer.push(arguments)}</script><style>.a{color:red}</style></head><body>')
    body = "".join(f'<p class="story-body__paragraph" data-id="{k}">{para}</p>\n<div class="ad" id="ad-{k}">'
                   f'<a href="https://example.com/{k}">Advertisement</a></div>\n'
                   for k, para in enumerate(article.split("\n\n")))
    return head + body + "</body></html>"


def pastes(article: str) -> dict[str, str]:
    """Each hostile shape by name; ``article`` is real news text (repeated where a shape needs more)."""
    article = article * (200_000 // len(article) + 1)
    names = ", ".join(CITIES) + ", "
    rnd = random.Random(10)
    day0 = dt.date(2025, 1, 1)
    try:
        import airportsdata  # a runtime dependency of the gazetteer

        codes = sorted(airportsdata.load("IATA"))[:3000]
    except ImportError:
        codes = [f"{a}{b}{c}" for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for b in "AEIOU" for c in "XYZWV"][:3000]
    words = ["".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(3, 9))).capitalize()
             for _ in range(20_000)]
    return {
        # a list of place names: refused at the mentions limit
        "places_100kb": (names * (100_000 // len(names) + 1))[:100_000],
        # train rides between distinct pairs, no capital after each full stop (so no sentence end is seen)
        "train_rides_50kb": _repeat(lambda k: f"from {CITIES[k % 40]} to {CITIES[(k + 1 + (k // 40) % 39) % 40]} "
                                              f"by train. ", 50_000),
        "article_repeated_200kb": article[:200_000],
        "one_sentence_200kb": " ".join(article[:200_000].translate(str.maketrans("", "", ".!?")).split()),
        "flew_to_50kb": _repeat(lambda k: f"He flew to {CITIES[k % 40]}. ", 50_000),
        "flew_to_dated_50kb": _repeat(lambda k: f"He flew to {CITIES[k % 40]} on "
                                                f"{(day0 + dt.timedelta(days=k)):%-d %B %Y}. ", 50_000),
        "one_summit_50kb": _repeat(lambda k: "Leaders met at the summit in Paris. ", 50_000),
        "two_cities_50kb": _repeat(lambda k: f"He flew to {CITIES[k % 2]}. ", 50_000),
        "visited_list_50kb": "He visited " + _repeat(lambda k: f"{CITIES[k % 40]}, ", 50_000),
        "people_and_places_100kb": _repeat(lambda k: f"President Anna Smith{k % 97} met Prime Minister John "
                                                     f"Brown{k % 89} in {CITIES[k % 40]} and flew on to "
                                                     f"{CITIES[(k + 7) % 40]}. ", 100_000),
        "html_page_200kb": _html(article[:120_000])[:200_000],
        "lines_of_places_100kb": _repeat(lambda k: f"{CITIES[k % 40]}\n", 100_000),
        "no_spaces_200kb": "x" * 100_000 + "Paris" * 20_000,
        "dates_100kb": _repeat(lambda k: f"{(day0 + dt.timedelta(days=k % 700)):%-d %B %Y}, ", 100_000),
        "airport_codes_3000": "\n".join(" | ".join(codes[i:i + 10]) for i in range(0, len(codes), 10)),
        "capitalised_100kb": " ".join(words)[:100_000],
        "garbage_200kb": bytes(rnd.randrange(256) for _ in range(200_000)).decode("utf-8", "replace"),
    }


def run(extract: Callable[..., object], text: str) -> tuple[float, float, str]:
    """Seconds (wall clock, and this process's CPU: the figure a busy shared machine disturbs least) until
    ``extract`` finishes or refuses ``text``, and what it did."""
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        journey = extract(text)
    except ValueError as exc:  # JourneyError
        did = f"refused (limit: {getattr(exc, 'limit', '') or str(exc)[-40:]})"
        return time.perf_counter() - t0, time.process_time() - c0, did
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    size = len(journey.to_json().encode()) / len(text.encode())
    return seconds, cpu, f"{len(journey.legs)} legs, {len(journey.places)} places, JSON {size:.1f} B per byte"


def main() -> int:
    """Time each paste (one JSON string a line on stdin, the first only to warm up) with the webmap of the tree
    in argv[1] and the gazetteer in argv[2]: one line of JSON out for each line in, as it comes."""
    sys.path.insert(0, sys.argv[1])
    from gazetteer import Gazetteer
    from webmap.extract import extract

    gz = Gazetteer.open(pathlib.Path(sys.argv[2]))

    def ours(text: str) -> object:
        return extract(text, gz, published="2025-09-01")

    ours(json.loads(sys.stdin.readline()))
    print("[]", flush=True)
    for line in sys.stdin:
        print(json.dumps(run(ours, json.loads(line))), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
