"""The extraction's shortcuts find what the slower way they replace finds: a scan from a few words before each anchor
word (Doc.anchored_matches), the last word of a head found from its end, and the vehicle patterns matched without
spaCy's Matcher."""

from __future__ import annotations

import pathlib
import random

import pytest

from webmap.extract import dates, events, modes, travel
from webmap.extract.document import Doc

STORIES = sorted((pathlib.Path(__file__).parent / "stories").glob("*.txt"))
ODD = ["talks talks", "pre-summit talks", "  Annual   state   parade", "ſummit Talks TALKS", "later  in   the    day",
       "on the 18 and 19th", "lastMonday", "Sept. 3-6, 2024", "a " + "very" * 30 + " long word, then a summit",
       "later in the " + "x" * 120 + " day", "U.S. ", "x\n", "Kim’s ", "é ü ", "foo\u00a0", ""]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in STORIES] + ODD


@pytest.mark.parametrize("pattern, anchor, words", [(events._EVENT_RE, events._EVENT_WORD, 2),
                                                    (dates._DATE_RE, dates._MAYBE_DATE, 4)])
def test_anchored_matches_are_finditers(pattern, anchor, words):
    rnd = random.Random(1)
    for text in _texts():
        doc = Doc(text, None, None, None)
        spans = [(0, len(text))] + [(a, rnd.randint(a, len(text))) for a in
                                    (rnd.randint(0, len(text)) for _ in range(20))]
        for s, e in spans:
            assert [m.span() for m in doc.anchored_matches(pattern, anchor, s, e, words)] == \
                [m.span() for m in pattern.finditer(text, s, e)]


def test_last_word_is_the_patterns():
    rnd = random.Random(2)
    for text in _texts():
        heads = [text] + [text[a:a + rnd.randint(0, 100)] for a in (rnd.randint(0, len(text)) for _ in range(50))]
        for head in heads:
            for pos in {0, max(0, len(head) - 40), max(0, len(head) - 3), len(head)}:
                m = travel._LAST_WORD.search(head, pos)
                assert travel._last_word(head, pos) == (m.span(1) if m else None)


def test_the_mode_rules_are_spacys_matcher():
    pytest.importorskip("spacy")
    from spacy.matcher import Matcher

    nlp, strong, _sentence, _weak = modes._matchers()
    matcher = Matcher(nlp.vocab)
    for mode, patterns in modes._STRONG:
        matcher.add(mode, patterns)
    phrases = ["by the red boat", "aboard a Bus", "a ferry flight", "the ferry", "charter bus", "a charter to",
               "Air Force One", "sleeper car", "Van vans", "took off", "on foot", "road trip"]
    phrases += [s for text in _texts()[:8] for s in text.split(".")]
    for phrase in phrases:
        tokens = nlp.make_doc(modes._MARKUP.sub(" ", phrase))
        found = {nlp.vocab.strings[mid] for mid, _s, _e in matcher(tokens)}
        want = next((m for m in modes._ORDER if m in found), sorted(found)[0]) if found else None
        assert modes._first(strong, [t.text for t in tokens]) == want
