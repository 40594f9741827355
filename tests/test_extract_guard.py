"""The first-characters guard: what it admits, when it gives up, and that the travel cue pattern finds with it
exactly what it finds without it."""

from __future__ import annotations

import pathlib
import re

import pytest

from webmap.extract import dates, travel
from webmap.extract.guard import first_chars_guard

STORIES = pathlib.Path(__file__).parent / "stories"


def test_the_first_two_letters_of_each_alternative():
    assert first_chars_guard(r"crossed\s+into|border\s+town") == "(?=(?i:bo|cr))"


def test_an_optional_word_lets_the_next_one_start():
    guard = first_chars_guard(r"(?:the\s+)?last\s+stop|a\s+stop")
    assert re.match(guard, "Last stop")
    assert re.match(guard, "the last stop")
    assert re.match(guard, "a stop")
    assert not re.match(guard, "next stop")


def test_a_word_repeated_a_bounded_number_of_times():
    guard = first_chars_guard(r"(?:very\s+){0,2}far")
    assert all(re.match(guard, s) for s in ("far", "very far", "Very very far"))
    assert not re.match(guard, "near")


@pytest.mark.parametrize("pattern", [r"\w+\s+to", r"[^,]+in", r".at", r"(a)\1b", r"a", r"(?:x?)*yz"])
def test_no_guard_where_the_start_cannot_be_told(pattern):
    assert first_chars_guard(pattern) == ""


def test_case_blind_even_for_a_case_bound_alternative():
    guard = first_chars_guard(r"(?-i:After)|before")
    assert re.match(guard, "after") and re.match(guard, "AFTER") and re.match(guard, "Before")


def _old_cue_re() -> re.Pattern:
    body = "|".join(f"(?P<{kind}>{cue})" for kind, cue in travel._CUE_KINDS)
    return re.compile(rf"(?=[a-z])\b(?:{body})\s*$", re.IGNORECASE)


def test_the_guarded_cue_pattern_finds_what_the_plain_one_does():
    plain = _old_cue_re()
    heads = ["ſtopped in ", "STOPPED IN ", "After ", "Kicked off the tour in ", "ıs due in ", "A  stop in "]
    for path in sorted(STORIES.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        heads += [text[max(0, w.start() - 80):w.start()].rstrip() + " " for w in re.finditer(r"\S+", text)]
    found = 0
    for head in heads:
        a, b = plain.search(head), travel._CUE_RE.search(head)
        assert (a and a.span(), a and a.groupdict()) == (b and b.span(), b and b.groupdict()), head
        found += a is not None
    assert found > 300  # the stories' cues are among the heads


def test_the_guarded_date_pattern_finds_what_the_plain_one_does():
    plain = re.compile(dates._DATE_PAT, re.IGNORECASE)
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(STORIES.rglob("*.txt")))
    text += "\nOn 3-6 September, 2025-09-01, Sept. 4, 2019, late Monday's evening, the day after, tonight, 12th of May"

    def spans(pattern: re.Pattern) -> list[tuple]:
        return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]

    found = spans(plain)
    assert spans(dates._DATE_RE) == found
    assert len(found) > 100
