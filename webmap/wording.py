"""How dates and provenance read to a person: one wording for the map, the timeline and the story page."""

from __future__ import annotations

import datetime as dt

NOT_IN_ARTICLE = "not in the article"
START_NOT_GIVEN = "start not on the map: not named, or a place not found"  # an arrival with no start
EDITED = "edited by hand"  # what a person changed in the editor (the journey file's ``edited`` mark)


def long_date(iso: str | None) -> str:
    """'2025-09-01' → 'Monday 1 September 2025'; anything unparsable is shown as it is."""
    if not iso:
        return ""
    try:
        d = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d:%A} {d.day} {d:%B %Y}"


def date_range(start: str | None, end: str | None) -> str:
    if start and end and end != start:
        return f"{long_date(start)} – {long_date(end)}"
    return long_date(start or end)
