"""Stage: sentences. Where each sentence is, and which lines are headlines (a headline sums the story up; the
body says who went where, so travel is read from the body only)."""

from __future__ import annotations

import bisect

from gazetteer.geoparse import headline_lines, sentences

from .document import Doc


def run(doc: Doc) -> None:
    text = doc.text
    sents = sentences(text)
    lines = headline_lines(text)
    starts = [a for a, _ in lines]
    headline = []
    for s, _ in sents:
        k = _last_le(starts, s)
        headline.append(k >= 0 and lines[k][0] <= s < lines[k][1])
    doc.set_sentences(sents, headline)
    doc.headline_lines = lines


def _last_le(keys: list[int], x: int) -> int:
    return bisect.bisect_right(keys, x) - 1
