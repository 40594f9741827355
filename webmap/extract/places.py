"""Stage: place mentions. The gazetteer's geoparser finds every place name with its span and its reading in
context (a capital named by description, "the Polish capital", as that city); runner-up readings
(``candidates``, when the geoparser gives them) go with the place into the draft."""

from __future__ import annotations

from gazetteer.descriptions import described_mentions
from gazetteer.geoparse import TooManyMentions, geoparser_for

from .document import LIMITS, Doc, check_limit


def run(doc: Doc) -> None:
    try:  # past the limit the geoparser stops at once, rather than resolve every name of a 100 KB list
        mentions = geoparser_for(doc.gaz).parse(doc.text, embedded=True, max_mentions=LIMITS["mentions"])
    except TooManyMentions as exc:
        check_limit("mentions", exc.found, stopped=True)
        raise
    doc.set_mentions(described_mentions(doc.text, mentions, doc.gaz))
