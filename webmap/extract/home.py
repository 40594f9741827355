"""Where a traveller comes from, when the text says whose they are: "North Korean leader Kim Jong Un", "China's
President Xi Jinping", "Pope Francis", "the Australian team".

News often opens with an arrival ("Kim Jong Un has arrived in Beijing") and never says where the trip began.
When the article names the traveller's country, the journey is taken to begin there, and the leg says so: a head
of state or government, a minister or a monarch sets out from the capital (GeoNames' capital of that country);
anyone else from the country itself. The stage that builds legs decides whether to use it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gazetteer.geoparse import PlaceMention
from gazetteer.normalise import normalise

from .actors import canonical
from .document import Doc

# words that may stand between a nationality and the person: "North Korean leader", "US Secretary of State"
_BETWEEN_WORDS = frozenset("""leader president vice prime minister premier king queen chancellor emperor empress
secretary state of foreign defence defense pope prince princess crown monarch emir sultan sheikh supreme head
chief top deputy first lady the envoy ambassador general""".split())
# the titles of people who travel on behalf of a state, and so set out from its capital
_OFFICIAL = frozenset("""leader president prime premier king queen chancellor emperor empress secretary minister
pope prince princess monarch emir sultan sheikh""".split())
# a group named by its country ("the Australian team", "Pakistan's squad")
_GROUPS = frozenset("team squad side delegation crew expedition contingent party".split())
_POSSESSIVE = re.compile(r"^(?:’s|'s)")
_WINDOW = 60  # characters before a name that may say whose the person is


@dataclass(frozen=True)
class Home:
    """The traveller's country as the text gives it, and the place a journey of theirs is taken to begin."""

    country: str  # ISO 3166-1 alpha-2
    key: str  # the place in doc.places: the capital, or the country
    capital: bool
    sent: int  # the sentence that says whose the traveller is
    words: str  # the words that say it ("North Korean leader")


def _country_before(doc: Doc, pos: int) -> tuple[PlaceMention, str] | None:
    """A country or nationality word just before ``pos``, joined to it only by titles: (mention, words)."""
    sent = doc.sent_of(pos)
    s = max(doc.sents[sent][0], pos - _WINDOW)
    for m in reversed(doc.by_sent.get(sent, [])):
        if m.end > pos or m.end < s or not m.country or m.kind not in ("demonym", "country"):
            continue
        between = _POSSESSIVE.sub("", doc.text[m.end:pos])
        words = between.split()
        if len(words) <= 5 and all(normalise(w) in _BETWEEN_WORDS for w in words):
            return m, doc.text[m.start:pos].strip()
    return None


def _official(words: str) -> bool:
    return any(normalise(w) in _OFFICIAL for w in words.split())


def _place_key(doc: Doc, iso: str, capital: bool) -> str | None:
    place = doc.gaz.capital(iso) if capital else doc.gaz.country(iso)
    if place is None:
        return None
    source = "GeoNames (the capital of the traveller's country)" if capital else place.source
    m = PlaceMention(0, 0, place.name, place.name, "city" if capital else "country", place.lat, place.lon,
                     place.geonameid, place.country, 1.0, source=source)
    return doc.key_for(m)


def home_of(doc: Doc, traveller: str) -> Home | None:
    """Where ``traveller`` comes from, by the first place the text says whose they are; None when it never does."""
    found: tuple[str, bool, int, str] | None = None
    title = traveller.split()[0].lower() if traveller.split() else ""
    if title in ("pope", "pontiff") or traveller.lower() in ("the pope", "the pontiff"):
        found = ("VA", True, 0, traveller)
    for ps, _pe, name in doc.people:
        if found:
            break
        if canonical(doc, name) != traveller:
            continue
        hit = _country_before(doc, ps)
        if hit:
            m, words = hit
            found = (m.country, _official(words) or _official(name), doc.sent_of(ps), f"{words} {name}")
    words = traveller.split()
    at = doc.text.find(traveller)
    if found is None and at >= 0 and len(words) > 1 and words[-1].lower() in _GROUPS:
        # "the Australian team", "Pakistan's squad": the traveller's own words say it
        sent = doc.sent_of(at)
        for m in doc.by_sent.get(sent, []):
            if at <= m.start and m.end <= at + len(traveller) and m.country and m.kind in ("demonym", "country"):
                found = (m.country, False, sent, traveller)
                break
    if found is None:
        return None
    iso, capital, sent, words = found
    key = _place_key(doc, iso, capital) or (_place_key(doc, iso, False) if capital else None)
    if key is None:
        return None
    return Home(iso, key, capital and doc.places[key].kind != "country", sent, words)
