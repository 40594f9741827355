"""Stage: sentences. Where each sentence is, and which lines are headlines (a headline sums the story up; the
body says who went where, so travel is read from the body only). A line that links to another story ("Read
Also: Solidaire NGO ship reaches Italy's Livorno") is read as a headline too: its travel is that story's; so is a
headline a page prints twice."""

from __future__ import annotations

import bisect
import re

from gazetteer.geoparse import headline_lines, sentences

from .document import Doc

_LINK_LINE = re.compile(r"[ \t]*(?:(?:read\s+(?:also|more)|also\s+read|see\s+also)(?-i:(?![a-z]))|"
                        r"related(?:\s+(?:news|stories|articles?|coverage))?\s*:)", re.IGNORECASE)


# a list item's bullet: "  • The singer is still scheduled to take to the stage in Philadelphia": the sentence is
# after it
_BULLET = re.compile(r"\s*[•·▪‣◦]\s+")


def run(doc: Doc) -> None:
    text = doc.text
    sents = sentences(text)
    lines = headline_lines(text)
    starts = [a for a, _ in lines]
    headline = []
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    titles: dict[str, int] = {}
    for a, b in lines:
        titles.setdefault(text[a:b].strip(), a)
    for s, e in sents:
        k = _last_le(starts, s)
        n = _last_le(line_starts, s)
        line, end = line_starts[n], (line_starts[n + 1] if n + 1 < len(line_starts) else len(text))
        headline.append(k >= 0 and lines[k][0] <= s and e <= lines[k][1]  # not a wrapped line's sentence
                        or _LINK_LINE.match(text, line) is not None
                        or titles.get(text[line:end].strip(), line) < line)  # a headline printed twice
    doc.set_sentences([(s + len(b.group()) if (b := _BULLET.match(text, s, e)) else s, e) for s, e in sents],
                      headline)
    doc.headline_lines = lines


def _last_le(keys: list[int], x: int) -> int:
    return bisect.bisect_right(keys, x) - 1
