"""Stage: place mentions. The gazetteer's geoparser finds every place name with its span and its reading in
context (a capital named by description, "the Polish capital", as that city); runner-up readings
(``candidates``, when the geoparser gives them) go with the place into the draft."""

from __future__ import annotations

import re

from gazetteer.descriptions import described_mentions
from gazetteer.geoparse import PlaceMention, TooManyMentions, geoparser_for
from gazetteer.wordlists import GIVEN_NAMES

from .document import LIMITS, Doc, check_limit


def run(doc: Doc) -> None:
    try:  # past the limit the geoparser stops at once, rather than resolve every name of a 100 KB list
        mentions = geoparser_for(doc.gaz).parse(doc.text, embedded=True, max_mentions=LIMITS["mentions"])
    except TooManyMentions as exc:
        check_limit("mentions", exc.found, stopped=True)
        raise
    doc.set_mentions(not_surnames(doc, described_mentions(doc.text, mentions, doc.gaz)))


# a given name, then a surname: "Bill Clinton", "Bill R. Clinton"
_FULL_NAME = re.compile(r"\b(?=(?P<given>[A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?(?P<surname>[A-Z][a-z]+)\b)")  # overlapping:
# "President Bill Clinton" holds "Bill Clinton"
SURNAME_POPULATION = 200_000  # above it, a town is more likely meant than a person's surname ("George Washington")


def not_surnames(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Without the places that are the surname of someone the text has named in full before: after "U.S. President
    Bill Clinton", "Clinton canceled his trip" is the man, not Clinton, Iowa. Only towns, and small ones. One pass
    over the text finds where each surname is first written after a given name (and not read as a place there)."""
    starts = {m.start for m in mentions}
    first: dict[str, int] = {}
    for f in _FULL_NAME.finditer(doc.text):
        if f.group("given").lower() in GIVEN_NAMES and f.start("surname") not in starts:
            first.setdefault(f.group("surname"), f.start("surname"))
    out = []
    for m in mentions:
        if m.kind == "city" and m.role == "place" and m.geonameid and first.get(m.surface, m.start) < m.start:
            place = doc.gaz.get(m.geonameid)
            if place is not None and place.population < SURNAME_POPULATION:
                continue
        out.append(m)
    return out
