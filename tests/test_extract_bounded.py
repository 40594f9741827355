"""Hostile pastes (issue 10) cost work and output in proportion to their size: each finishes or is refused naming
the limit, the journey file grows no faster than the text, and the shortcuts that made the stages linear (clause
breaks and clause questions asked once, the nearest tense word found once per sentence, quotes added by a set, a
dated sentence compared stop by stop only when needed, the purpose cut bounded, a name's readings after a comma
looked up once) give the very draft the direct ways give, on real stories and on the hostile shapes alike; the legs a
story tells, counted by the travel stage, refuse only what the legs stage refuses too. Speed itself is measured in
bench/bench_extract.py and bench/probe_pastes_http.py."""

from __future__ import annotations

import datetime as dt
import pathlib
import random
import re

import pytest

from gazetteer.geoparse import Geoparser
from webmap.extract import LIMITS, actors, extract, legs, modes, roles, tense, travel
from webmap.extract.document import CLAUSE_RE, Doc
from webmap.journey import JourneyError

ROOT = pathlib.Path(__file__).resolve().parent.parent
STORIES = sorted((ROOT / "tests" / "stories").rglob("*.txt")) + [ROOT / "webmap" / "data" / "kim-beijing-2025.txt"]
CITIES = ("Paris London Berlin Madrid Rome Vienna Prague Warsaw Lisbon Dublin Oslo Munich Milan Zurich Geneva "
          "Brussels Amsterdam Hamburg Cologne Lyon Marseille Barcelona Seville Porto Naples Turin Venice Florence "
          "Krakow Budapest Bucharest Sofia Athens Belgrade Zagreb Ljubljana Copenhagen Stockholm Helsinki "
          "Tallinn").split()


STATES = ("New York", "Washington", "Texas", "Georgia", "Ohio", "Utah", "Wisconsin")


def repeat(part, size: int) -> str:
    out, k = [], 0
    while sum(map(len, out)) < size:
        out.append(part(k))
        k += 1
    return "".join(out)


def train_rides(size: int) -> str:
    """Rides between ever new pairs of cities, with no capital after a full stop: no sentence end is seen."""
    return repeat(lambda k: f"from {CITIES[k % 40]} to {CITIES[(k + 1 + (k // 40) % 39) % 40]} by train. ", size)


def flew_to(size: int, cities: int = 20) -> str:
    return repeat(lambda k: f"He flew to {CITIES[k % cities]}. ", size)


def dated_out_of_order(seed: int) -> str:
    """Dated travel told out of date order, with a plan and a destination: the journey's dates decide."""
    rnd = random.Random(seed)
    days = list(range(1, 25))
    rnd.shuffle(days)
    lines = [f"{rnd.choice(['Smith flew to', 'Smith arrived in', 'Smith had flown from', 'Smith left'])} "
             f"{rnd.choice(CITIES)} on {d} May 2025." for d in days[:14]]
    lines.insert(rnd.randrange(len(lines)), f"Smith will fly to {rnd.choice(CITIES)} on 28 May 2025.")
    lines.insert(rnd.randrange(len(lines)), f"Smith is travelling to {rnd.choice(CITIES)}.")
    return " ".join(lines)


def seed_text() -> str:
    return STORIES[-1].read_text(encoding="utf-8")


def hostile_texts() -> dict[str, str]:
    seed = seed_text()
    return {"train rides": train_rides(6_000), "flew to": flew_to(6_000),
            "two cities": flew_to(6_000, cities=2),
            "one summit": repeat(lambda k: "Leaders met at the summit in Paris. ", 6_000),
            "one sentence": " ".join((seed * 3).translate(str.maketrans("", "", ".!?")).split()),
            "travellers named late": repeat(lambda k: f"from {CITIES[k % 40]} Ruto said Kim Jong"
                                                      f"{'’s' if k % 3 else ''} ship {'quickly ' if k % 2 else ''}"
                                                      f"went to {CITIES[k % 7]} ", 6_000),
            "places and states": repeat(lambda k: f"{CITIES[k % 40]}, {STATES[k % 7]}, ", 6_000),
            "purposes": repeat(lambda k: f"He drove to {CITIES[k % 20]} to open a Station and went on to see ", 6_000),
            **{f"dated {n}": dated_out_of_order(n) for n in range(6)},
            "a destination dated after a plan": "Smith flew to Paris on 3 May 2025. Smith arrived in Rome on 5 May "
                                                "2025. Smith is travelling to Vienna on 30 May 2025. Smith will fly "
                                                "to Prague on 20 May 2025. Smith will then fly to Oslo on 22 May."}


# -- the direct ways, as they were before the shortcuts ------------------------------------------------------------


def _clause_of(self: Doc, i: int, pos: int) -> tuple[int, int]:
    s, e = self.sents[i]
    start, end = s, e
    for b in CLAUSE_RE.finditer(self.text, s, e):
        if b.end() <= pos:
            start = b.end()
        elif b.start() >= pos:
            end = b.start()
            break
    return start, end


def _clause_has(self: Doc, pattern: re.Pattern, c0: int, c1: int, word: re.Pattern | None = None) -> bool:
    # a wish is then looked for before every cue, as it was, whatever its clause holds; no word is asked first
    return pattern is tense.WISH_RE or pattern.search(self.text, c0, c1) is not None


def _nearest_verb(doc: Doc, i: int, pos: int) -> tuple[list[str], int]:
    words = tense._WORD_RE.findall(doc.text, doc.sents[i][0], pos)
    return words, next((k for k in range(len(words) - 1, -1, -1) if tense._reading(words, k, False)), -1)


def _last_break_before(self: Doc, i: int, pos: int) -> tuple[int, int] | None:
    spans = [b.span() for b in CLAUSE_RE.finditer(self.text, self.sents[i][0], pos)]
    return spans[-1] if spans else None


def _names_in(doc: Doc, clause_start: int, end: int, clause: str) -> list[tuple[int, int, int, str]]:
    return [(n.start("n"), n.end("n"), n.end(), n.group("n")) for n in actors._NAME_RE.finditer(clause)
            if not (doc.in_mention(clause_start + n.start("n")) or actors.normalise(n.group("n")) in
                    actors.SENTENCE_OPENERS or actors.normalise(n.group("n")) in actors._NOT_NAMES
                    or actors._AFTER_PREP.search(clause[:n.start("n")]))]


def _add_quote(self: Doc, owner, q) -> None:
    if q != owner.quote and q not in owner.more_quotes:
        owner.more_quotes.append(q)


def _area_rows(self: Geoparser, norm: str):
    rows = self._rows(norm)
    if any(p.kind in ("country", "region") for p, _ in rows):
        return rows
    if not self._known(norm + " state"):
        return rows
    return rows + [(p, exact) for p, exact in self._rows(norm + " state") if p.kind == "region"]


def _told_later(doc: Doc, stops, day: dt.date, latest=None) -> bool:
    return any(d > day for st in stops for d in legs.fixed_dates(doc, st))


@pytest.fixture
def direct(monkeypatch):
    """Switch extraction to the direct ways (for the length of one test)."""

    def switch() -> None:
        monkeypatch.setattr(Doc, "clause_of", _clause_of)
        monkeypatch.setattr(Doc, "clause_has", _clause_has)
        monkeypatch.setattr(Doc, "add_quote", _add_quote)
        monkeypatch.setattr(Doc, "last_break_before", _last_break_before)
        monkeypatch.setattr(actors, "_last_words_start", lambda text, n: 0)
        monkeypatch.setattr(actors, "_names_in", _names_in)
        monkeypatch.setattr(tense, "_nearest_verb", _nearest_verb)
        monkeypatch.setattr(legs, "told_later", _told_later)
        monkeypatch.setattr(Geoparser, "_area_rows", _area_rows)
        monkeypatch.setattr(modes, "_purpose", modes._PURPOSE.search)
        monkeypatch.setattr(travel, "_CUE_RE", re.compile(travel._CUE_RE.pattern.replace("(?=[a-z])", "", 1),
                                                          travel._CUE_RE.flags))
        monkeypatch.setattr(Doc, "may_have", lambda self, lower, start, end: True)
        monkeypatch.setattr(Doc, "anchored_matches",
                            lambda self, pattern, anchor, start, end, words: pattern.finditer(self.text, start, end))
        monkeypatch.setattr(travel, "may_end_in", lambda head, words: True)
        monkeypatch.setattr(roles, "may_end_in", lambda head, words: True)
        monkeypatch.setattr(travel, "_last_word",
                            lambda text, pos: (m := travel._LAST_WORD.search(text, pos)) and m.span(1))

    return switch


def drafts(texts: dict[str, str], gazetteer) -> dict[str, str]:
    out = {}
    for name, text in texts.items():
        for published in (None, "2025-05-10"):
            try:
                out[f"{name} {published}"] = extract(text, gazetteer, published=published).to_json()
            except JourneyError as exc:
                out[f"{name} {published}"] = f"refused: {exc}"
    return out


def test_the_shortcuts_give_the_draft_the_direct_ways_give(gazetteer, direct):
    texts = {p.name: p.read_text(encoding="utf-8") for p in STORIES} | hostile_texts()
    fast = drafts(texts, gazetteer)
    direct()
    slow = drafts(texts, gazetteer)
    assert [k for k in fast if fast[k] != slow[k]] == []
    assert sum(d.count('"legs"') for d in fast.values()) > 10  # the texts do make journeys


def test_the_purpose_cut_is_the_one_the_full_search_finds():
    rnd = random.Random(3)
    words = ["He", "drove", "to", "Mysuru", "open", "a", "the", "railway", "Station", "see", "went", "and", "\n",
             "President", "flew", "be", "visit"]
    segs = [" ".join(rnd.choice(words) for _ in range(rnd.randrange(1, 40))) for _ in range(3000)]
    segs += [seed_text(), "drove to Mysuru to open a railway workshop", "flew to Paris and to Rome " * 40]
    for seg in segs:
        want, got = modes._PURPOSE.search(seg), modes._purpose(seg)
        assert (want and (want.span(), want.start("to"))) == (got and (got.span(), got.start("to"))), seg


def test_a_clause_and_the_nearest_verb_are_the_ones_a_rescan_finds(gazetteer):
    from webmap.extract import sentences

    clauses = repeat(lambda k: f"he left Rome{',' if k % 3 else ''} and {'   ' * (k % 11)}then drove to Paris; "
                              f"{'x' * (k % 37)} while{' ' * (k % 29)}and {'arrived' if k % 2 else 'sailed'} ", 6_000)
    text = seed_text() + " " + " ".join((seed_text() * 2).replace(".", ",").split()) + "\n" + clauses
    doc = Doc(text, gazetteer, None, None)
    sentences.run(doc)
    for i, (s, e) in enumerate(doc.sents):
        for pos in range(s, e + 1, 3):
            assert doc.clause_of(i, pos) == _clause_of(doc, i, pos)
            assert doc.last_break_before(i, pos) == _last_break_before(doc, i, pos)
            words, k = tense._nearest_verb(doc, i, pos)
            want_words, want_k = _nearest_verb(doc, i, pos)
            assert k == want_k and words[:k + 1] == want_words[:k + 1]


def test_a_late_subject_is_found_from_the_last_words_as_from_the_start():
    rnd = random.Random(5)
    words = ["the", "The", "his", "team", "quickly", "royal", "heads", "x-the", "Its", "  ", "\n", "of", "ship"]
    for _ in range(3000):
        clause = " ".join(rnd.choice(words) for _ in range(rnd.randrange(0, 14))) + rnd.choice(["", " ", "\n"])
        want = actors._LATE_SUBJECT.search(clause)
        got = actors._LATE_SUBJECT.search(clause, actors._last_words_start(clause, 6))
        assert (want and want.span()) == (got and got.span()), clause


def no_told_legs(monkeypatch) -> None:
    """Take the travel stage's count of told legs away: only the legs stage's limit is left."""
    monkeypatch.setattr(travel, "told_legs", lambda facts, told: None)


def test_counting_told_legs_changes_no_draft(gazetteer, monkeypatch):
    texts = {p.name: p.read_text(encoding="utf-8") for p in STORIES} | hostile_texts()
    counted = drafts(texts, gazetteer)
    no_told_legs(monkeypatch)
    assert [k for k, v in drafts(texts, gazetteer).items() if counted[k] != v] == []


def test_a_story_refused_for_the_legs_it_tells_is_refused_by_the_legs_stage_too(gazetteer, monkeypatch):
    texts = [train_rides(50_000), train_rides(20_000) + flew_to(20_000), "He flew to Oslo. " * 50 + train_rides(30_000)]
    for verb in ("tells", "produces"):  # the travel stage's count, then the legs stage's
        for text in texts:
            with pytest.raises(JourneyError, match=rf"{verb} at least 401 legs.*\(limit: legs\)") as err:
                extract(text, gazetteer)
            assert err.value.limit == "legs" and err.value.status == 413
        no_told_legs(monkeypatch)


def test_no_real_story_tells_a_tenth_of_the_legs_limit(gazetteer, monkeypatch):
    counts = []
    count = travel.told_legs

    def spy(facts, told):
        count(facts, told)
        counts[-1] = len(told)

    monkeypatch.setattr(travel, "told_legs", spy)
    for p in STORIES:
        counts.append(0)
        extract(p.read_text(encoding="utf-8"), gazetteer)
    assert max(counts) * 10 < LIMITS["legs"]
    assert sum(counts) > 0  # the count does see the legs the stories tell


def test_fifty_kilobytes_of_train_rides_are_refused_naming_the_legs_limit(gazetteer):
    with pytest.raises(JourneyError, match=r"at least 401 legs.*\(limit: legs\)") as err:
        extract(train_rides(50_000), gazetteer)
    assert err.value.limit == "legs" and err.value.status == 413


@pytest.mark.parametrize("paste", [flew_to, lambda n: flew_to(n, cities=2),
                                   lambda n: repeat(lambda k: "Leaders met at the summit in Paris. ", n),
                                   lambda n: " ".join((seed_text() * (n // 2000 + 1))[:n].replace(".", "").split())])
def test_the_journey_file_grows_no_faster_than_the_text(gazetteer, paste):
    per_byte = []
    for size in (8_000, 24_000):
        text = paste(size)
        per_byte.append(len(extract(text, gazetteer).to_json().encode()) / len(text.encode()))
    assert per_byte[1] <= 1.15 * per_byte[0] and per_byte[1] < 30
