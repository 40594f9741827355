"""Extraction: article text -> Journey draft, as a pipeline of small stages over one document.

Each stage is a module with a ``run(doc)`` function that reads what the stages before it left on the
:class:`~webmap.extract.document.Doc` and adds its own layer, in this order:

sentences -> places (the gazetteer's geoparser) -> actors (who travels) -> travel (the travel verb with its
from/to/via, traveller and mode, tied to its clause) -> dates (explicit, ranges, weekdays by tense around the
publication date) -> tense (story time: background and earlier trips set aside, order within a sentence) ->
events -> legs (stops in travel order, chained, gaps kept) -> refine (a country end to the place in it the
text names, no world region as a leg end, a summing-up leg and a leg told twice folded) -> arrivals (a stop
reached from a start the text does not give, where no leg says more) -> check (far-off
stops, guessed places) -> roles (what every other mention is) -> build (the Journey, with quotes, flags and
what the draft is unsure of).

Rules, not a model: nothing is downloaded at run time. Nothing is invented: every leg, event and mention quotes
the text it comes from, and whatever is guessed is flagged ``inferred`` with a confidence or said in
``journey.unsure``.
"""

from __future__ import annotations

import datetime as dt
import gc
from typing import TYPE_CHECKING

from webmap.journey import Journey, JourneyError

from . import actors, arrivals, build, check, dates, events, legs, places, refine, roles, sentences, tense, travel
from .document import LIMITS, Doc

if TYPE_CHECKING:
    from gazetteer.resolve import Gazetteer

__all__ = ["extract", "LIMITS", "STAGES"]

STAGES = (sentences.run, places.run, dates.dateline, actors.run, travel.run, dates.run, tense.run, events.run, legs.run,
          refine.run, arrivals.run, check.run)


def publication_date(published: str | None) -> dt.date | None:
    """An ISO date, or a date as people write it ("1 September 2025", "Sept. 1, 2025"), read by dateparser;
    a JourneyError for anything else."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published)
    except (TypeError, ValueError):
        pass
    import dateparser  # only for dates not written the ISO way (its first call costs about a quarter second)

    parsed = dateparser.parse(published, languages=["en"],
                              settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    if parsed is None:
        raise JourneyError(f"published: {published!r} is not a date (give YYYY-MM-DD)")
    return parsed.date()


def extract(text: str, gazetteer: Gazetteer, *, published: str | None = None, title: str | None = None) -> Journey:
    """A journey draft from a story's text. Raises JourneyError for empty text, a bad ``published`` date, or a
    story that would produce more than one story may (``LIMITS``)."""
    if not isinstance(text, str) or not text.strip():
        raise JourneyError("text is empty")
    doc = Doc(text, gazetteer, publication_date(published), title)
    collecting = gc.isenabled()
    gc.disable()  # a long story makes tens of thousands of short-lived objects: collected once, after (-13% time)
    try:
        for stage in STAGES:
            stage(doc)
        return build.run(doc, roles.run(doc))
    finally:
        if collecting:
            gc.enable()
