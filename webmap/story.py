"""Place mentions -> a Journey draft: who went where, in what order, how, when; and what happened there.

Rules, not a model: travel cues ("left", "arrived in", "crossed into ... through", "via", "final stop", "flew
to", "returned to"), the traveller as the subject of those cues (a pronoun continues the last one), modes from
the words around them (train, flew, motorcade, ferry...), dates from explicit dates and from weekday names
resolved against the publication date, events (parade, summit, talks...) with their place. Every other place
the text names is kept as a mention with its role: a metonym for a government, part of an organisation's name,
a demonym, or context.

Nothing is invented: every leg, event and mention quotes the sentence it comes from (character offsets into
the text), and whatever is guessed (a mode carried over from an earlier sentence, a year taken from the
publication date) is flagged ``inferred`` with a confidence.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from gazetteer.demonyms import adjective_for
from gazetteer.geoparse import PlaceMention, geoparser_for, is_headline, sentences
from gazetteer.normalise import normalise
from gazetteer.wordlists import GIVEN_NAMES, NEVER_PLACES, ORG_HEADS, ROLE_WORDS, SENTENCE_OPENERS, TITLES
from webmap.journey import (
    Event,
    Journey,
    JourneyError,
    Leg,
    Mention,
    Note,
    Place,
    Quote,
    Source,
    check_quotes,
    from_dict,
)

if TYPE_CHECKING:
    from gazetteer.resolve import Gazetteer

__all__ = ["extract"]

# -- cues -----------------------------------------------------------------------------------------------
# Each cue is followed by its place (after a few lowercase filler words: "the border city of").
_DEPART = r"left|leaves|leaving|leave|departed|departs|departing|depart(?:ed|s|ing)?\s+from|set\s+off\s+from|" \
          r"set\s+out\s+from|setting\s+off\s+from|flew\s+out\s+of|pulled\s+out\s+of|from"
_ARRIVE = r"arrived\s+(?:in|at)|arrives\s+(?:in|at)|arriving\s+(?:in|at)|arrive\s+(?:in|at)|reached|reaches|" \
          r"reaching|landed\s+(?:in|at)|lands\s+(?:in|at)|landing\s+(?:in|at)|touched\s+down\s+(?:in|at)|" \
          r"got\s+to|pulled\s+into|docked\s+(?:in|at)|entered|stopped\s+(?:in|at)|stopping\s+(?:in|at)|" \
          r"flew\s+(?:on\s+)?to|flown\s+to|drove\s+(?:on\s+)?to|driven\s+to|sailed\s+(?:on\s+)?to|" \
          r"went\s+(?:on\s+)?to|moved\s+on\s+to|continued\s+(?:on\s+)?to|travell?ed\s+(?:on\s+)?to|" \
          r"headed\s+(?:on\s+)?to|took\s+(?:a|the)\s+\w+\s+to|came\s+to|visited|toured|then\s+to|onward\s+to|" \
          r"on\s+to|to"
_GOAL = r"(?:is|are|was|were|will\s+be)\s+travell?ing\s+to|will\s+(?:travel|fly|go|head|visit)\s+to|" \
        r"(?:is|are|will\s+be)\s+(?:heading|headed|flying|going)\s+to|heading\s+(?:to|for)|bound\s+for|" \
        r"en\s+route\s+to|on\s+(?:his|her|their|its)\s+way\s+to|trip\s+to|visit\s+to|journey\s+to|" \
        r"travell?ing\s+to|will\s+visit|to\s+visit|plans\s+to\s+visit"
_RETURN = r"(?:was|were|is|are)\s+back\s+in|returned\s+(?:home\s+)?to|returning\s+(?:home\s+)?to|" \
          r"returns\s+(?:home\s+)?to|" \
          r"(?:flew|drove|sailed|went|came|headed)\s+(?:back\s+|home\s+)+to|back\s+to|return\s+to"
_VIA = r"via|by\s+way\s+of|passing\s+through|passed\s+through|transit(?:ing|ed)?\s+(?:through|in)|" \
       r"changed\s+(?:trains|planes)\s+(?:in|at)|stopover\s+in|through"
_CROSS = r"crossed\s+(?:the\s+border\s+)?(?:into\s+\S+(?:\s+\S+)?\s+)?(?:through|via|at)|" \
         r"border\s+(?:city|town|crossing|post|station)\s+of|crossing\s+(?:point\s+)?(?:at|of)"
_CUE_RE = re.compile(
    rf"\b(?:(?P<cross>{_CROSS})|(?P<ret>{_RETURN})|(?P<goal>{_GOAL})|(?P<via>{_VIA})|(?P<arrive>{_ARRIVE})|"
    rf"(?P<depart>{_DEPART}))\s*$", re.IGNORECASE)
# "with Beijing as the final stop": the cue follows its place.
_AFTER_RE = re.compile(r"^(?:’s|'s)?\s+(?:was|is|as|will\s+be)?\s*(?:the|its|his|her|their)\s+"
                       r"(?P<which>final|last|next|first)\s+(?:stop|destination)", re.IGNORECASE)
_FILLER_RE = re.compile(r"(?:(?:the|a|an|his|her|their|its|[a-z]+ern|border|port|capital|city|town|village|"
                        r"state|province|region|island|coastal|nearby|neighbouring|neighboring|resort|"
                        r"industrial|main|home|hometown|of)\s+){0,6}")
_TRAVEL_WORDS = re.compile(r"\b(?:travel\w*|trip|journey|flew|fly|flying|flight|drove|driv\w+|sail\w*|train|"
                           r"rail|motorcade|convoy|ferry|ship|boat|arriv\w+|depart\w*|left|reach\w*|visit\w*|"
                           r"landed|crossed|head\w*|bound|returned|toured)\b", re.IGNORECASE)

_MODES = [  # first match wins within a sentence; order: most specific first
    ("motorcade", r"motorcade|convoy"),
    ("ferry", r"ferry|ferries"),
    ("train", r"train|rail|railway|railroad|locomotive|sleeper\s+car|bullet\s+train|high-speed\s+line"),
    ("flight", r"flew|fly|flying|flight|flights|plane|jet|airliner|airport|airplane|aircraft|air\s+force\s+one|"
               r"landed|touched\s+down|airline"),
    ("ship", r"ship|boat|sailed|sail|sailing|vessel|cruise|yacht|warship|aboard\s+the\s+\w+\s+carrier"),
    ("bus", r"bus|coach"),
    ("car", r"car|cars|drove|drive|driving|driven|road\s+trip|limousine|suv"),
    ("foot", r"walked|on\s+foot|hiked|marched|walk"),
]
_MODE_RE = [(m, re.compile(rf"\b(?:{p})\b", re.IGNORECASE)) for m, p in _MODES]

_EVENT_KW = r"parade|summit|meeting|meetings|talks|conference|ceremony|rally|forum|funeral|inauguration|" \
            r"celebrations?|commemorations?|festival|negotiations|signing|reception|banquet|exhibition|" \
            r"tournament|games|olympics|election|protests?"
_EVENT_RE = re.compile(rf"\b(?P<adj>(?:[A-Za-z][\w-]*\s+){{0,2}}?)(?P<kw>{_EVENT_KW})\b", re.IGNORECASE)
_EVENT_ADJ = {"military", "victory", "state", "national", "naval", "trilateral", "bilateral", "three-way",
              "one-on-one", "annual", "peace", "memorial", "official", "diplomatic", "g20", "g7", "nato", "un",
              "climate", "trade", "leaders", "leaders'", "formal", "commemoration", "commemorative", "wreath-laying",
              "welcome", "anniversary", "independence", "day", "opening", "closing", "signing", "award"}
_MODAL_RE = re.compile(r"\b(?:no|not|never|may|might|could|possible|possibly|potential|hinted|speculation|"
                       r"speculated|rumou?red|unconfirmed|if|whether|would)\b", re.IGNORECASE)
_ANAPHOR_RE = re.compile(rf"^\s*(?:the|this|that)\s+(?:event|occasion|(?:\w+\s+)?(?:{_EVENT_KW}))\b|^\s*it\b",
                         re.IGNORECASE)

_CLAUSE_RE = re.compile(r",\s+(?:and|but|while|where|before|after|then|when)\b|;|\s(?:and\s+then|before|after|"
                        r"while|whereas)\s|,\s+and\s", re.IGNORECASE)
_METONYM_BEFORE = re.compile(
    r"\b(?:rivals?|allies|ally|enemies|enemy|foes?|critics?|partners?|adversar(?:y|ies))\s+(?:of|to)\s+$|"
    r"\b(?:ties|relations|relationship|talks|negotiations|dialogue|tensions|deal|agreement|dispute|cooperation|"
    r"alliance)\s+(?:with|between)\s+$|"
    r"\b(?:pressure|sanctions|demands|criticism|warnings?|support|aid|assistance|approval)\s+(?:from|by|on)\s+$|"
    r"\btoward(?:s)?\s+$|\bagainst\s+$|\bbacked\s+by\s+$|\bbetween\s+$|\bsided\s+with\s+$|"
    r"\b(?:accused|accuses|blamed|blames|critici[sz]ed|condemned|urged|urges|sanctioned|pressed|called\s+on|"
    r"warned|told|asked)\s+$",
    re.IGNORECASE)
_METONYM_AFTER = re.compile(
    r"^(?:\s+(?:and|or)\s+[A-Z][\w.’']*(?:\s+[A-Z][\w’']*)?)?\s*,?\s+(?:(?:has|have|had|is|was|were|are|will|would|"
    r"could|may|might|must|should|did|does|do|has\s+long|had\s+long|also|again|still|reportedly|now)\s+)*"
    r"(?:said|says|say|announced|announces|accused|accuses|warned|warns|denied|denies|rejected|rejects|wants|"
    r"want|insisted|insists|expressed|expresses|imposed|imposes|urged|urges|responded|responds|shifted|shifts|"
    r"resisted|resists|condemned|condemns|signed|agreed|approved|demanded|demands|claimed|claims|called|"
    r"sought|seeks|seek|hoped|hopes|plans|planned|threatened|threatens|supports|backs|opposes|opposed|"
    r"sanctioned|pledged|vowed|criticized|criticised|protested|summoned|recognized|recognised|been|voiced|"
    r"confirmed|declined|refused|offered|pushed|pressed|blamed|welcomed|expelled|retaliated|considers|viewed|"
    r"sees|saw|views|believes|argued|argues|maintains|maintained|launched|ordered|decided|sent|deployed|"
    r"shifted|expressed|renewed|reiterated|stated|stressed|noted|added|told|continues|continued)\b",
    re.IGNORECASE)
_METONYM_POSSESSIVE = re.compile(
    r"^(?:’s|'s)\s+(?:\w+\s+)?(?:policy|policies|government|stance|position|allies|ally|relationship|response|"
    r"decision|sanctions|diplomacy|diplomatic|foreign|demands|support|strategy|interests|influence|leadership|"
    r"regime|approach|claims|posture|officials|envoy)", re.IGNORECASE)
_SEATS = {"kremlin": "RU", "white house": "US", "pentagon": "US", "downing street": "GB", "capitol hill": "US"}

# -- dates ----------------------------------------------------------------------------------------------
_MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                           "august", "september", "october", "november", "december"])}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12}
_MONTH_PAT = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
             r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DATE_RE = re.compile(
    rf"\b(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b|"
    rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_PAT})(?:,?\s+(?P<y1>\d{{4}}))?|"
    rf"\b(?P<m2>{_MONTH_PAT})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?|"
    rf"\b(?P<rel>last|next|this|on|early|late)?\s*(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    rf"Sunday)(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\b|"
    rf"\b(?P<same>that\s+(?:morning|afternoon|evening|night|day)|later\s+that\s+day|the\s+same\s+day|"
    rf"hours\s+later|later\s+in\s+the\s+day)\b|"
    rf"\b(?P<next>the\s+(?:next|following)\s+(?:day|morning|evening)|a\s+day\s+later|the\s+day\s+after)\b|"
    rf"\b(?P<today>today|tonight|yesterday|tomorrow)\b",
    re.IGNORECASE)
_FUTURE_RE = re.compile(r"\b(?:will|'ll|’ll|set\s+for|scheduled|slated|due|expected|plans?|planned|to\s+be|"
                        r"upcoming|is\s+travell?ing|are\s+travell?ing|is\s+heading|is\s+to|are\s+to|"
                        r"would|next)\b", re.IGNORECASE)


@dataclass
class _DateRef:
    start: int
    end: int
    kind: str  # abs | weekday | same | next
    value: dt.date | None = None
    weekday: int | None = None
    direction: int = 0  # +1 future, -1 past, 0 nearest
    year_inferred: bool = False


@dataclass
class _Assert:
    """One travel fact: a traveller at a place, in some role, in some sentence."""

    kind: str  # depart | arrive | goal | via | cross | return | final
    place: str
    mention: PlaceMention
    sent: int
    traveller: str
    date: _DateRef | None = None
    cue: str = ""
    clause: tuple[int, int] = (0, 0)


@dataclass
class _Stop:
    key: str
    arrive: dt.date | None = None
    depart: dt.date | None = None
    crossing: bool = False
    sents: list[int] = field(default_factory=list)
    clauses: list[tuple[int, int]] = field(default_factory=list)  # where it is arrived at or left
    depart_clause: tuple[int, int] | None = None
    via: list[str] = field(default_factory=list)
    date_inferred: bool = False


# -- the extractor -----------------------------------------------------------------------------------------

def _title_from(legs: list[Leg], places: dict[str, Place], first_line: str) -> str:
    """A short title when the article gives no headline: who went where, else the opening words."""
    if legs:
        stops = [legs[0].from_, *(leg.to for leg in legs)]
        return f"{legs[0].traveller}: {' → '.join(places[k].name for k in stops)}"
    words = first_line[:80].rsplit(" ", 1)[0] if len(first_line) > 80 else first_line
    return (words + "…" if len(first_line) > 80 else words) or "Places in the story"


def extract(text: str, gazetteer: Gazetteer, *, published: str | None = None, title: str | None = None) -> Journey:
    """A journey draft from a story's text. Raises JourneyError for empty text or a bad ``published`` date."""
    if not isinstance(text, str) or not text.strip():
        raise JourneyError("text is empty")
    pub: dt.date | None = None
    if published:
        try:
            pub = dt.date.fromisoformat(published)
        except ValueError:
            raise JourneyError(f"published: {published!r} is not an ISO date (YYYY-MM-DD)") from None
    return _Extractor(text, gazetteer, pub, title).run()


class _Extractor:
    def __init__(self, text: str, gazetteer: Gazetteer, pub: dt.date | None, title: str | None) -> None:
        self.text = text
        self.gaz = gazetteer
        self.pub = pub
        self.title = title
        self.sents = sentences(text)
        self._sent_starts = [s for s, _ in self.sents]
        self.mentions = geoparser_for(gazetteer).parse(text, embedded=True)
        self.places: dict[str, Place] = {}
        self._key_of: dict[tuple, str] = {}
        self.people = self._find_people()
        self._canonical: dict[str, str] = {}
        lines = [ln.span() for n, ln in enumerate(re.finditer(r"[^\n]+", text))
                 if is_headline(ln.group(), first=n == 0 and "\n" in text.strip())]
        self.headline = [any(a <= s < b for a, b in lines) for s, _ in self.sents]
        self.last_date: dt.date | None = None  # the latest date the narrative reached, for "the next day"

    # -- places ---------------------------------------------------------------------------------------
    def key_for(self, m: PlaceMention) -> str:
        ident = (m.geonameid,) if m.geonameid else (m.name, m.country, round(m.lat or 0, 3), round(m.lon or 0, 3))
        key = self._key_of.get(ident)
        if key:
            return key
        base = re.sub(r"[^a-z0-9]+", "-", normalise(m.name)).strip("-")[:48] or "place"
        if not base[0].isalnum():
            base = "place-" + base
        key = base
        n = 2
        while key in self.places:
            key = f"{base}-{m.country.lower()}" if n == 2 and m.country else f"{base}-{n}"
            n += 1
        kind = "country" if m.kind == "demonym" else m.kind
        if kind not in ("city", "country", "region", "landmark", "other"):
            kind = "other"
        self.places[key] = Place(key=key, name=m.name, country=m.country, lat=m.lat, lon=m.lon,
                                 geonameid=m.geonameid, source=m.source, kind=kind)
        self._key_of[ident] = key
        return key

    def sent_of(self, pos: int) -> int:
        """Index of the sentence holding pos (or the one before it, for a position between sentences)."""
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)

    def quote(self, i: int) -> Quote:
        s, e = self.sents[i]
        return Quote(s, e, self.text[s:e])

    # -- people -----------------------------------------------------------------------------------------
    def _find_people(self) -> list[tuple[int, int, str]]:
        """Runs of capitalised words that are names of people: after a title, or starting with a given name,
        or two or more capitalised words that are not places (span start, end, name)."""
        spans_sorted = sorted((m.start, m.end) for m in self.mentions)
        starts = [a for a, _ in spans_sorted]
        headlines = [ln.span() for n, ln in enumerate(re.finditer(r"[^\n]+", self.text))
                     if is_headline(ln.group(), first=n == 0 and "\n" in self.text.strip())]
        head_starts = [a for a, _ in headlines]

        def inside(pos: int, spans: list[tuple[int, int]], keys: list[int]) -> bool:
            k = bisect.bisect_right(keys, pos) - 1
            return k >= 0 and spans[k][0] <= pos < spans[k][1]

        out = []
        runs: list[list[tuple[int, int, str]]] = []
        for w in re.finditer(r"[A-Z][\w’'-]*", self.text):
            if runs and re.fullmatch(r"[ \t]+", self.text[runs[-1][-1][1]:w.start()]) and len(runs[-1]) < 6:
                runs[-1].append((w.start(), w.end(), w.group()))
            else:
                runs.append([(w.start(), w.end(), w.group())])
        for spans in runs:
            if inside(spans[0][0], headlines, head_starts):
                continue
            if any(normalise(sp[2]) in ORG_HEADS for sp in spans):
                continue
            # drop leading titles/openers/places and trailing places
            titled = False
            while spans and (normalise(spans[0][2]) in TITLES or normalise(spans[0][2]) in ROLE_WORDS
                             or normalise(spans[0][2]) in SENTENCE_OPENERS
                             or inside(spans[0][0], spans_sorted, starts)):
                titled = titled or normalise(spans[0][2]) in TITLES
                spans.pop(0)
            cut = next((k for k, sp in enumerate(spans) if inside(sp[0], spans_sorted, starts)
                        or normalise(sp[2]) in TITLES), len(spans))
            spans = spans[:cut]
            if not spans:
                continue
            name = self.text[spans[0][0]:spans[-1][1]]
            if name.isupper():
                continue
            name = re.sub(r"(?:’s|'s)$", "", name)
            first = normalise(spans[0][2])
            if (len(spans) >= 2 and (titled or first in GIVEN_NAMES)) or (titled and len(spans) == 1):
                out.append((spans[0][0], spans[0][0] + len(name), name))
            elif 2 <= len(spans) <= 4 and all(len(sp[2]) > 1 and normalise(sp[2]) not in NEVER_PLACES
                                              for sp in spans):
                out.append((spans[0][0], spans[0][0] + len(name), name))
        return out

    def canonical(self, name: str) -> str:
        """'Kim' -> 'Kim Jong Un' when the text names him in full somewhere."""
        if name in self._canonical:
            return self._canonical[name]
        words = name.split()
        best = name
        for full in dict.fromkeys(p[2] for p in self.people):
            fw = full.split()
            if len(fw) > len(best.split()) and all(w in fw for w in words):
                best = full
        self._canonical[name] = best
        return best

    def traveller_at(self, sent: int, cue: int, previous: str | None) -> str:
        """Who travels: the subject of the clause holding the cue. A person named in the clause, else a noun
        phrase ("the delegation", "The ferry"); "his train" or a pronoun continues the previous traveller."""
        s, _ = self.sents[sent]
        text = self.text
        clause_start = s
        for b in _CLAUSE_RE.finditer(text, s, cue):
            clause_start = b.end()
        clause = text[clause_start:cue]
        for ps, _pe, name in self.people:
            if clause_start <= ps < cue:
                head = text[clause_start:ps]
                if re.search(r"\b(?:with|between|by|met|meet|meeting|join|joined|to|of|for|and)\s+$", head):
                    continue
                return self.canonical(name)
        np = re.match(r"\s*(?:(?:[Oo]n|[Ll]ater|[Tt]hen|[Aa]fter|[Ee]arlier|[Mm]eanwhile|[Ii]n)\b[^,]{0,30},\s*)?"
                      r"(?P<det>[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?P<np>[a-z-]+)\b", clause)
        pron = re.search(r"(?:^|\s)(?:he|she|they|it|we)\b", clause, re.IGNORECASE)
        name = re.search(r"(?:^|\s)(?P<n>[A-Z][a-z]+)(?:’s|'s)?\s", clause)
        if name and normalise(name.group("n")) not in SENTENCE_OPENERS and not any(
                m.start <= clause_start + name.start("n") < m.end for m in self.mentions):
            full = self.canonical(name.group("n"))
            alone = re.fullmatch(r"\s*[A-Z][a-z]+\s+(?:[a-z]+ly\s+)?", clause[name.start("n"):] + " ")
            if full != name.group("n") or re.match(r"(?:’s|'s)", clause[name.end("n"):]) or alone:
                return full
        if np and (not pron or np.start("det") < pron.start()):
            if np.group("det").lower() in ("his", "her", "their", "its") and previous:
                return previous
            return f"{np.group('det')} {np.group('np')}"
        if previous:
            return previous
        for ps, _pe, name in self.people:
            if s <= ps < cue:
                return self.canonical(name)
        return "unknown traveller"

    def assign_dates(self, i: int, dates: list[_DateRef], asserts: list[_Assert]) -> None:
        """Give each date to the travel fact it belongs to: the nearest cue before it in the same clause
        ("left Pyongyang on Monday"); for "from A to B on <date>" that is the departure; a date that opens the
        clause ("On Monday, Kim left ...") goes to the first cue after it."""
        text = self.text
        ordered = sorted(asserts, key=lambda a: a.mention.start)
        for d in dates:
            before = [a for a in ordered if a.mention.end <= d.start and not _CLAUSE_RE.search(
                text, a.mention.end, d.start)]
            target = None
            if before:
                target = before[-1]
                if target.kind in ("via", "goal") or (target.kind in ("arrive", "ret") and target.cue in
                                                      ("to", "on to", "then to", "onward to")):
                    dep = [a for a in before if a.kind == "depart" and a.date is None]
                    if dep:
                        target = dep[-1]
            else:
                after = [a for a in ordered if a.mention.start >= d.end and not _CLAUSE_RE.search(
                    text, d.end, a.mention.start)]
                target = after[0] if after else None
            if target is not None and target.date is None:
                target.date = d

    # -- dates ------------------------------------------------------------------------------------------
    def dates_in(self, i: int) -> list[_DateRef]:
        s, e = self.sents[i]
        out = []
        future = bool(_FUTURE_RE.search(self.text[s:e]))
        for m in _DATE_RE.finditer(self.text, s, e):
            if m.group("iso"):
                try:
                    out.append(_DateRef(m.start(), m.end(), "abs", dt.date.fromisoformat(m.group("iso"))))
                except ValueError:
                    pass
            elif m.group("m1") or m.group("m2"):
                day = int(m.group("d1") or m.group("d2"))
                mon_s = (m.group("m1") or m.group("m2")).lower().rstrip(".")
                mon = _MONTHS.get(mon_s) or _MONTH_ABBR.get(mon_s)
                year_s = m.group("y1") or m.group("y2")
                year_inferred = not year_s
                if year_s:
                    year = int(year_s)
                elif self.pub:
                    year = self.pub.year
                    cand = _safe_date(year, mon, day)
                    if cand and (cand - self.pub).days > 183:
                        year -= 1
                    elif cand and (self.pub - cand).days > 183:
                        year += 1
                else:
                    continue
                d = _safe_date(year, mon, day)
                if d:
                    out.append(_DateRef(m.start(), m.end(), "abs", d, year_inferred=year_inferred))
            elif m.group("wd"):
                rel = (m.group("rel") or "").lower()
                direction = -1 if rel == "last" else 1 if rel == "next" else (1 if future else -1)
                out.append(_DateRef(m.start("wd"), m.end(), "weekday", weekday=_WEEKDAYS.index(
                    m.group("wd").lower()), direction=direction))
            elif m.group("same"):
                out.append(_DateRef(m.start(), m.end(), "same"))
            elif m.group("next"):
                out.append(_DateRef(m.start(), m.end(), "next"))
            elif m.group("today") and self.pub:
                w = m.group("today").lower()
                off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
                out.append(_DateRef(m.start(), m.end(), "abs", self.pub + dt.timedelta(days=off)))
        return out

    def resolve_date(self, ref: _DateRef | None, previous: dt.date | None) -> tuple[dt.date | None, bool]:
        """(date, inferred). Weekdays count from the publication date (past tense back, future forward) and,
        within a journey, never run backwards: a later stop on an earlier weekday is the next week's."""
        if ref is None:
            return None, False
        if ref.kind == "abs":
            return ref.value, ref.year_inferred
        if ref.kind == "same":
            return previous, False
        if ref.kind == "next":
            return (previous + dt.timedelta(days=1), False) if previous else (None, False)
        if ref.kind == "weekday" and self.pub is not None:
            delta = (ref.weekday - self.pub.weekday()) % 7
            if ref.direction < 0 and delta:
                delta -= 7
            d = self.pub + dt.timedelta(days=delta)
            if previous is not None:
                while d < previous:
                    d += dt.timedelta(days=7)
                while (d - previous).days >= 7:
                    d -= dt.timedelta(days=7)
            return d, False
        return None, False

    @staticmethod
    def nearest_date(dates: list[_DateRef], start: int, end: int, used: set[int]) -> _DateRef | None:
        best, dist = None, 10**9
        for d in dates:
            if d.start in used:
                continue
            gap = d.start - end if d.start >= end else (start - d.end) * 1.5 + 10
            if gap < dist and gap <= 120:
                best, dist = d, gap
        return best

    # -- the run ----------------------------------------------------------------------------------------
    def run(self) -> Journey:
        text = self.text
        by_sent: dict[int, list[PlaceMention]] = {}
        for m in self.mentions:
            by_sent.setdefault(self.sent_of(m.start), []).append(m)

        asserts: list[_Assert] = []
        roles: dict[int, tuple[str, str]] = {}  # mention start -> (role, note)
        traveller: str | None = None
        events: list[Event] = []
        event_keys: dict[tuple[str, str], Event] = {}
        last_event: Event | None = None

        for i, (s, e) in enumerate(self.sents):
            if self.headline[i]:
                continue  # a headline sums the story up; the body says who went where
            ms = [m for m in by_sent.get(i, []) if m.role == "place" and m.kind != "demonym"]
            dates = self.dates_in(i)
            used_dates: set[int] = set()  # dates given to events
            sent_asserts: list[_Assert] = []
            for m in ms:
                head = text[max(s, m.start - 80):m.start]
                kind = None
                cue_start = m.start
                # strip filler words between cue and place ("the border city of")
                head_trim = head
                fm = re.search(rf"(?:\s+{_FILLER_RE.pattern})$", head)
                if fm and fm.group().strip():
                    head_trim = head[: fm.start()] + " "
                for h in (head, head_trim):
                    cm = _CUE_RE.search(h.rstrip() + " ")
                    if cm:
                        kind = next(k for k, v in cm.groupdict().items() if v)
                        cue_start = m.start - len(head) + cm.start()
                        break
                after = _AFTER_RE.match(text[m.end:e])
                if after:
                    kind = "final" if after.group("which").lower() in ("final", "last") else "arrive"
                    cue_start = m.start
                if kind in ("arrive", "depart") and cm is not None:
                    word = cm.group().strip().lower()
                    if word in ("to", "from", "on to") and not _TRAVEL_WORDS.search(text[s:e]):
                        kind = None
                    elif word == "to" and re.search(r"\b(?:return|back)\b", head[-20:], re.IGNORECASE):
                        kind = "return"
                if kind is None:
                    continue
                if kind == "arrive" and re.search(r"\b(?:is|are|will|to)\s+(?:be\s+)?(?:travell?ing|heading|"
                                                  r"flying|going|head|travel|fly|go)\s+to\s*$", head, re.I):
                    kind = "goal"
                who = self.traveller_at(i, cue_start, traveller)
                traveller = who
                key = self.key_for(m)
                a = _Assert(kind, key, m, i, who)
                a.cue = cm.group().strip().lower() if cm is not None and not after else ""
                a.clause = self.clause_of(i, m.start)
                sent_asserts.append(a)
                roles[m.start] = ("journey", f"{who}: travel mentioned here, but the article gives no route "
                                             "to draw through it.")
            self.assign_dates(i, dates, sent_asserts)
            for d in sorted((a.date for a in sent_asserts if a.date), key=lambda d: d.start):
                resolved, _ = self.resolve_date(d, self.last_date)
                self.last_date = resolved or self.last_date
            # order within a sentence: where they left, where they crossed or passed, where they went
            order = {"depart": 0, "cross": 1, "via": 2, "arrive": 3, "final": 4, "ret": 3, "goal": 5}
            sent_asserts.sort(key=lambda a: (order[a.kind], a.mention.start))
            asserts.extend(sent_asserts)

            # events
            for em in _EVENT_RE.finditer(text, s, e):
                kw = em.group("kw").lower()
                adj = [w for w in em.group("adj").split() if w.lower().strip("'’") in _EVENT_ADJ
                       or re.fullmatch(_EVENT_KW, w, re.IGNORECASE)]
                title = " ".join([*adj, em.group("kw")]).strip()
                title = title[0].upper() + title[1:].lower()
                place_m = self.event_place(em, ms, sent_asserts, s, e)
                modal = bool(_MODAL_RE.search(text[max(s, em.start() - 60):min(e, em.end() + 40)]))
                if place_m is None:
                    if last_event is not None and modal:
                        q = self.quote(i)
                        if not any(n.quote == q for n in last_event.notes):
                            last_event.notes.append(Note(f"Unconfirmed: {q.text[:160]}", q, "unconfirmed"))
                    elif last_event is not None and _ANAPHOR_RE.match(text[s:e]):
                        self.attach_date(last_event, dates, em, used_dates, i)
                    continue
                if modal and kw in ("meeting", "meetings", "talks", "summit"):
                    continue
                key = self.key_for(place_m)
                norm_kw = {"meetings": "meeting", "celebration": "celebrations", "protest": "protests",
                           "commemoration": "commemorations"}.get(kw, kw)
                ev = event_keys.get((key, norm_kw))
                if ev is None:
                    ev = Event(title=title, place=key, quote=self.quote(i), inferred=False, confidence=round(
                        0.75 * place_m.confidence + 0.2, 2))
                    event_keys[(key, norm_kw)] = ev
                    events.append(ev)
                elif self.quote(i) != ev.quote and self.quote(i) not in ev.more_quotes:
                    ev.more_quotes.append(self.quote(i))
                if len(title) > len(ev.title) and ev.title.lower() in title.lower():
                    ev.title = title
                roles[place_m.start] = ("journey", "")
                self.attach_date(ev, dates, em, used_dates, i)
                for ps, _pe, name in self.people:
                    if s <= ps < e and name not in ev.participants and len(name.split()) >= 2:
                        ev.participants.append(name)
                last_event = ev
            if last_event is not None and _ANAPHOR_RE.match(text[s:e]) and not _EVENT_RE.search(text, s, e) \
                    and dates and last_event.date is None:
                self.attach_date(last_event, dates, None, used_dates, i)

        legs = self.build_legs(asserts)
        journey_keys = {k for leg in legs for k in (leg.from_, leg.to, *leg.via)} | {ev.place for ev in events}

        mentions: list[Mention] = []
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m.role == "place":
                counts[self.key_for(m)] = counts.get(self.key_for(m), 0) + 1
        for m in self.mentions:
            key = self.key_for(m)
            i = self.sent_of(m.start)
            role, note = self.role_of(m, key, i, journey_keys, roles, counts)
            mentions.append(Mention(place=key, surface=text[m.start:m.end], start=m.start, end=m.end, role=role,
                                    note=note, quote=self.quote(i)))
        # drop places nothing refers to (keys made for cues that produced no leg are still mentioned)
        used = journey_keys | {mm.place for mm in mentions}
        places = {k: p for k, p in self.places.items() if k in used}
        first_line = text.strip().splitlines()[0].strip() if text.strip() else ""
        headline = first_line if len(first_line) <= 120 and not first_line.endswith((".", "!", "?", ":")) else ""
        source = Source(title=self.title or headline, published=self.pub.isoformat() if self.pub else None)
        journey = Journey(title=self.title or headline or _title_from(legs, places, first_line), source=source,
                          places=places, legs=legs, events=events, mentions=mentions, text=text)
        check_quotes(journey, text)
        from_dict(journey.to_dict(), text)  # the same validation a saved file gets
        return journey

    def event_place(self, em: re.Match, ms: list[PlaceMention], sent_asserts: list[_Assert], s: int,
                    e: int) -> PlaceMention | None:
        """Where an event is: "<event> in X", "X <event>", or the place the traveller goes to attend it."""
        text = self.text
        good = [m for m in ms if m.kind not in ("country",)]
        for m in good:  # parade in Beijing / summit at X / held in X
            gap = text[em.end():m.start]
            if 0 <= len(gap) <= 40 and re.fullmatch(r"\s+(?:(?:was|is|will\s+be|to\s+be)\s+)?(?:held\s+)?"
                                                    r"(?:in|at)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}", gap):
                return m
        for m in good:  # Beijing parade / the Alaska summit
            gap = text[m.end:em.start("kw")]
            if m.end <= em.start("kw") and len(gap) <= 25 and re.fullmatch(r"(?:’s|'s)?\s+(?:[\w-]+\s+){0,2}", gap):
                return m
        for a in sent_asserts:  # traveling to Beijing to join ... at a parade
            if a.kind in ("goal", "arrive", "final") and a.mention.kind not in ("country",) \
                    and a.mention.end <= em.start("kw"):
                between = text[a.mention.end:em.start("kw")]
                if re.search(r"\b(?:to\s+(?:join|attend|watch|take\s+part|participate|meet)|for|at)\b", between):
                    return a.mention
        return None

    def attach_date(self, ev: Event, dates: list[_DateRef], em: re.Match | None, used: set[int], i: int) -> None:
        if ev.date is not None or not dates:
            return
        start, end = (em.start("kw"), em.end("kw")) if em else self.sents[i]
        ref = self.nearest_date(dates, start, end, used) if em else dates[0]
        if ref is None:
            return
        d, inferred = self.resolve_date(ref, self.last_date if ref.kind in ("same", "next") else None)
        if d is None:
            return
        ev.date = d.isoformat()
        if inferred:
            ev.inferred = True
            ev.confidence = min(ev.confidence or 0.7, 0.7)
            ev.note = "Year taken from the publication date."
        q = self.quote(i)
        if q != ev.quote and q not in ev.more_quotes:
            ev.more_quotes.append(q)

    # -- legs ---------------------------------------------------------------------------------------------
    def build_legs(self, asserts: list[_Assert]) -> list[Leg]:
        legs: list[Leg] = []
        by_traveller: dict[str, list[_Assert]] = {}
        for a in asserts:
            by_traveller.setdefault(a.traveller, []).append(a)
        for who, items in by_traveller.items():
            stops: list[_Stop] = []
            goals: list[_Assert] = []
            previous: dt.date | None = None
            pending_via: list[str] = []
            for a in items:
                date, inferred = self.resolve_date(a.date, previous)
                if date is not None:
                    previous = date
                if a.kind == "goal":
                    goals.append(a)
                    continue
                if a.kind == "via":
                    if stops:
                        pending_via.append(a.place)
                    continue
                if a.kind == "depart":
                    if stops and stops[-1].key == a.place:
                        stops[-1].depart = stops[-1].depart or date
                        stops[-1].sents.append(a.sent)
                        stops[-1].clauses.append(a.clause)
                        stops[-1].depart_clause = a.clause
                    else:
                        stops.append(_Stop(a.place, depart=date, sents=[a.sent], clauses=[a.clause],
                                           depart_clause=a.clause, date_inferred=inferred))
                    continue
                # arrive / final / cross / return
                if stops and stops[-1].key == a.place and a.kind != "return":
                    stops[-1].arrive = stops[-1].arrive or date
                    stops[-1].crossing = stops[-1].crossing or a.kind == "cross"
                    stops[-1].sents.append(a.sent)
                    stops[-1].clauses.append(a.clause)
                    continue
                if a.mention.kind == "country" and any(self.places[st.key].country == a.mention.country
                                                       for st in stops):
                    continue  # "arrived in China" after a stop in China says nothing new
                stop = _Stop(a.place, arrive=date, crossing=a.kind == "cross", sents=[a.sent],
                             clauses=[a.clause], via=pending_via, date_inferred=inferred)
                pending_via = []
                stops.append(stop)
            for g in goals:
                gp = self.places[g.place]
                if not stops:
                    continue
                if any(st.key == g.place for st in stops[1:]):
                    continue
                if gp.kind in ("country", "region") and any(self.places[st.key].country == gp.country
                                                            for st in stops):
                    continue
                if stops[-1].key == g.place:
                    continue
                date, inferred = self.resolve_date(g.date, previous)
                stops.append(_Stop(g.place, arrive=date, sents=[g.sent], clauses=[g.clause], via=pending_via,
                                   date_inferred=inferred))
                pending_via = []
            last_mode: str | None = None
            for a_stop, b_stop in zip(stops, stops[1:], strict=False):
                if a_stop.key == b_stop.key:
                    continue
                sents = sorted(dict.fromkeys([*a_stop.sents[-1:], *b_stop.sents]))
                if a_stop.depart is None and a_stop.sents:
                    sents = sorted(dict.fromkeys([*b_stop.sents]))
                    if a_stop.sents[-1] not in sents:
                        sents = sorted(dict.fromkeys([a_stop.sents[-1], *sents]))
                mode = None
                for span in [*b_stop.clauses, *([a_stop.depart_clause] if a_stop.depart_clause else [])]:
                    mode = mode or self.mode_in(span)
                for si in b_stop.sents:
                    mode = mode or self.mode_in(self.sents[si])
                inferred = False
                confidence = 0.85
                note = ""
                if mode is None and last_mode:
                    mode, inferred, confidence = last_mode, True, 0.6
                    note = f"Mode carried over from the previous leg ({mode})."
                mode = mode or "unknown"
                last_mode = mode if mode != "unknown" else last_mode
                depart = a_stop.depart
                arrive = b_stop.arrive
                if depart and arrive and arrive < depart:
                    arrive = None
                if a_stop.date_inferred or b_stop.date_inferred:
                    inferred, confidence = True, min(confidence, 0.7)
                    note = (note + " Year taken from the publication date.").strip()
                quotes = [self.quote(si) for si in sents]
                legs.append(Leg(traveller=who, from_=a_stop.key, to=b_stop.key, mode=mode,
                                depart=depart.isoformat() if depart else None,
                                arrive=arrive.isoformat() if arrive else None, via=list(b_stop.via),
                                crossing=b_stop.key if b_stop.crossing else None, quote=quotes[0],
                                more_quotes=quotes[1:], inferred=inferred, confidence=confidence, note=note))
        return legs

    def clause_of(self, i: int, pos: int) -> tuple[int, int]:
        """The clause of sentence i around pos: between the clause breaks (", and", ";", "before"...)."""
        s, e = self.sents[i]
        start, end = s, e
        for b in _CLAUSE_RE.finditer(self.text, s, e):
            if b.end() <= pos:
                start = b.end()
            elif b.start() >= pos:
                end = b.start()
                break
        return start, end

    def mode_in(self, span: tuple[int, int]) -> str | None:
        s, e = span
        seg = self.text[s:e]
        for mode, rx in _MODE_RE:
            if rx.search(seg):
                return mode
        return None

    # -- roles of mentions ------------------------------------------------------------------------------
    def role_of(self, m: PlaceMention, key: str, i: int, journey_keys: set[str],
                roles: dict[int, tuple[str, str]], counts: dict[str, int]) -> tuple[str, str]:
        text = self.text
        if m.role == "organisation":
            only = counts.get(key, 0) == 0
            note = (f"Named only inside “{m.container}”; the article does not name it as a place."
                    if only else f"Named here inside “{m.container}”.")
            return "part of an organisation's name", note
        if m.kind == "demonym":
            return "demonym", f"“{m.surface}”: the adjective for {m.name}."
        s, e = self.sents[i]
        seat = _SEATS.get(normalise(m.surface)) or (m.country if self.places[key].kind == "city" and
                                                    self._is_capital(m) else None)
        if seat:
            before = text[max(s, m.start - 40):m.start]
            after = text[m.end:min(e, m.end + 80)]
            prev_seat = re.search(r"[A-Z][\w’']+\s+(?:and|or)\s+$", before)
            if (_METONYM_BEFORE.search(before) or _METONYM_AFTER.match(after) or _METONYM_POSSESSIVE.match(after)
                    or (prev_seat and _METONYM_AFTER.match(after))):
                adj = adjective_for(seat)
                return f"metonym for the {adj} government", f"The {adj} government, not a place anyone travelled to."
        if key in journey_keys:
            return "journey", ""
        if m.start in roles:
            return "context", roles[m.start][1]
        return "context", ""

    def _is_capital(self, m: PlaceMention) -> bool:
        if m.geonameid is None:
            return False
        p = self.gaz.get(m.geonameid)
        return bool(p and p.capital)


def _safe_date(y: int, m: int | None, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d) if m else None
    except ValueError:
        return None
