"""Stage helper: the mode of travel a clause states."""

from __future__ import annotations

import re

from .document import Doc

_MODES = [  # first match wins within a sentence; order: most specific first
    ("motorcade", r"motorcade|convoy(?!\s+of\s+(?:buses|coaches|trucks|lorries|vehicles|boats|ships))"),
    ("ferry", r"ferry|ferries"),
    ("train", r"train|rail|railway|railroad|locomotive|sleeper\s+car|bullet\s+train|high-speed\s+line"),
    ("flight", r"flew|flown|fly|flying|flight|flights|plane|jet|airliner|airport|airplane|aircraft|"
               r"air\s+force\s+one|landed|touched\s+down|airline|layovers?"),
    ("ship", r"ship|boat|sailed|sail|sailing|vessel|cruise|yacht|warship|aboard\s+the\s+\w+\s+carrier"),
    ("bus", r"bus|buses|coach|coaches"),
    ("car", r"car|cars|drove|drive|driving|driven|road\s+trip|limousine|suv"),
    ("foot", r"walked|on\s+foot|hiked|marched|walk"),
]


_MODE_RE = [(m, re.compile(rf"\b(?:{p})\b", re.IGNORECASE)) for m, p in _MODES]


def mode_in(doc: Doc, span: tuple[int, int]) -> str | None:
    s, e = span
    seg = doc.text[s:e]
    for mode, rx in _MODE_RE:
        if rx.search(seg):
            return mode
    return None
