"""Stage: place mentions. The gazetteer's geoparser finds every place name with its span and its reading in
context; runner-up readings (``candidates``, when the geoparser gives them) go with the place into the draft."""

from __future__ import annotations

from gazetteer.geoparse import geoparser_for

from .document import Doc, check_limit


def run(doc: Doc) -> None:
    mentions = geoparser_for(doc.gaz).parse(doc.text, embedded=True)
    check_limit("mentions", len(mentions))
    doc.set_mentions(mentions)
