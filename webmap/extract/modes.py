"""Stage helper: the mode of travel, from the words of the travel verb's own phrase.

spaCy's rule ``Matcher`` over a blank English tokenizer (no model to download): vehicle nouns and travel verbs
("flew", "aboard a helicopter", "by bus", "on foot"). Only the verb's phrase counts: a purpose that follows the
destination ("drove to Mysuru to open a railway workshop") is cut off, and a sentence around the clause gives a
mode only by its verbs and "by/aboard" phrases, never by a noun it happens to contain. Evidence from a place's
name or a facility ("Beijing Railway Station", "the airport") is weak: used only when nothing stronger is said.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from gazetteer.wordlists import SHIP_PREFIXES

if TYPE_CHECKING:
    from .document import Doc

# vehicles a "charter" may be other than a plane
_NOT_AIR = ["bus", "buses", "coach", "coaches", "boat", "boats", "yacht", "yachts", "ship", "ships", "ferry", "train",
            "trains", "cruise", "vessel"]
# (mode, words that say it); the first mode found in this order wins within a phrase: most specific first.
# "flying", not a name it begins ("Flying Scotsman will embark on a circular tour of Fife": a locomotive)
_FLYING: list[list[dict[str, Any]]] = [[{"ORTH": {"IN": ["flying", "FLYING"]}}],
                                       [{"ORTH": "Flying"}, {"IS_LOWER": True}]]
_STRONG: list[tuple[str, list[list[dict[str, Any]]]]] = [
    ("helicopter", [[{"LOWER": {"IN": ["helicopter", "helicopters", "chopper", "choppers", "heli"]}}],
                    [{"LOWER": "air"}, {"LOWER": {"IN": ["ambulance", "ambulances"]}}]]),
    ("motorcade", [[{"LOWER": {"IN": ["motorcade", "motorcades"]}}]]),
    ("convoy", [[{"LOWER": {"IN": ["convoy", "convoys"]}}],
                [{"LOWER": "wagon"}, {"LOWER": {"IN": ["train", "trains"]}}],  # not a train: "a wagon train"
                [{"LOWER": {"IN": ["conestoga", "covered"]}}, {"LOWER": {"IN": ["wagon", "wagons"]}}]]),
    # "a ferry flight" is a plane sent empty; "ferried" is carried by whatever vehicle ("the military ferried the
    # stranded people to a nearby airstrip" in helicopters)
    ("ferry", [[{"LOWER": {"IN": ["ferry", "ferries"]}}, {"LOWER": {"NOT_IN": ["flight", "flights"]}}]]),
    ("train", [[{"LOWER": {"IN": ["train", "trains", "rail", "railway", "railroad", "locomotive", "railcar",
                                  "entrained", "entraining"]}}],
               [{"LOWER": "sleeper"}, {"LOWER": "car"}],
               [{"LOWER": {"IN": ["night", "overnight", "mail", "limited", "through"]}},  # "by the night express"
                {"LOWER": {"IN": ["express", "expresses"]}}]]),
    ("flight", [[{"LOWER": {"IN": ["flew", "flown", "fly", "flies", "flight", "flights", "plane",
                                   "planes", "jet", "jets", "airliner", "airplane", "aeroplane", "aircraft",
                                   "airline", "layover", "layovers", "airlifted", "airlift", "jetliner",
                                   "jetliners", "emplaned", "enplaned", "emplaning", "enplaning"]}}],
                *_FLYING,
                [{"LOWER": {"IN": ["touched", "took"]}}, {"LOWER": {"IN": ["down", "off"]}}],
                [{"LOWER": "charter"}, {"LOWER": {"NOT_IN": _NOT_AIR}}],  # not "a charter bus"
                [{"LOWER": "air"}, {"LOWER": "force"}, {"LOWER": {"IN": ["one", "two"]}}],
                [{"LOWER": "aerial"}, {"LOWER": {"IN": ["survey", "surveys", "tour", "inspection"]}}]]),
    ("boat", [[{"LOWER": {"IN": ["boat", "boats", "dinghy", "dinghies", "canoe", "canoes", "raft", "rafts", "skiff",
                                 "speedboat", "lifeboat", "yacht", "kayak", "rowed", "rowing", "cayuco",
                                 "cayucos", "sailboat", "trawler", "kayaks", "kayaking", "kayaked", "canoeing",
                                 "canoed", "paddled", "paddling", "rafting"]}}]]),
    ("ship", [[{"LOWER": {"IN": ["ship", "ships", "vessel", "vessels", "liner", "warship", "freighter", "tanker",
                                 "frigate", "sailed", "sail", "sailing", "steamed"]}}],
              [{"ORTH": "cruise"}]]),  # not Tom Cruise
    ("bus", [[{"LOWER": {"IN": ["bus", "buses", "busses", "minibus", "bused", "bussed", "busing", "bussing"]}}],
             [{"LOWER": {"IN": ["by", "a", "the"]}}, {"LOWER": {"IN": ["coach", "coaches"]}}]]),
    # "a truck", not "trucks": "A U.N. convoy of 28 trucks ... The trucks will return empty to El Obeid" is the convoy
    ("car", [[{"LOWER": {"IN": ["car", "cars", "drove", "drive", "driving", "driven", "limousine", "suv",
                                "taxi", "motorway", "highway", "sedan", "hatchback", "minivan", "jeep",
                                "pickup", "motorbike", "motorcycle", "truck", "trucked", "lorry"]}}],
             [{"ORTH": {"IN": ["van", "vans"]}}],  # not the town of Van
             [{"LOWER": "road"}, {"LOWER": "trip"}]]),
    ("bicycle", [[{"LOWER": {"IN": ["bicycle", "bicycles", "bike", "bikes", "cycled", "cycling", "pedalled",
                                    "pedaled"]}}]]),
    ("foot", [[{"LOWER": {"IN": ["walked", "walk", "walking", "hiked", "hiking", "trekked", "trekking",
                                 "marched", "trudged", "plodded", "tramped", "trek", "hike", "skied", "skiing",
                                 "sledge", "sledged"]}}],
              [{"LOWER": "on"}, {"LOWER": "foot"}],
              [{"LOWER": "foot"}, {"LOWER": {"IN": ["march", "marches", "journey", "pilgrimage"]}}],  # "a foot march"
              [{"LOWER": {"IN": ["his", "her", "their"]}}, {"LOWER": "run"}]]),  # "finished his run from"
]
# what a sentence around the clause may add: travel verbs, and "by/aboard/on board" a vehicle
_SENTENCE_WORDS = {
    "helicopter": ["helicopter", "chopper"], "train": ["train", "rail"], "bus": ["bus", "coach"],
    "car": ["car", "road"], "boat": ["boat", "dinghy"], "ship": ["ship", "sea"], "ferry": ["ferry"],
    "flight": ["plane", "air", "jet"], "bicycle": ["bicycle", "bike"], "foot": ["foot"],
}
_SENTENCE_VERBS = {"flight": ["flew", "flown", "fly", "airlifted"], "ship": ["sailed"],
                   "car": ["drove", "driven"],
                   "foot": ["walked", "hiked", "trekked", "marched"], "bicycle": ["cycled", "pedalled"]}
# before airlines, "landed", "landing" tell of people put ashore from a ship, not of a flight -- in a story that
# tells of no flying ("the first air-postman flying from London to Windsor" in 1911 does)
_NO_AIRLINES_BEFORE = 1919
_WEAK = [("flight", ["airport", "airports", "airfield", "airstrip", "landed", "landing", "runway", "tarmac"]),
         ("train", ["station"]), ("ship", ["harbour", "harbor", "docked"])]
# "the port of Batumi", "the port city of Valparaíso" say what the place is, not how anyone gets there; nor
# does a name ("Port Elizabeth on Sunday")
_PORT = [{"ORTH": "port"}, {"LOWER": {"NOT_IN": ["of", "city", "town", "cities", "towns"]}}]


def _words(token: dict[str, Any]) -> list[str]:
    low = token.get("LOWER")
    return list(low.get("IN", ())) if isinstance(low, dict) else [low] if isinstance(low, str) else []


_ORDER = [m for m, _ in _STRONG]
_MARKUP = re.compile(r"[^\w\s'’.,;:-]+")  # stray symbols and markup glue words together for the tokenizer
# "walking along the train tracks", "at a railway crossing": the way, not a vehicle on it; "King's Lynn, just a
# 30-minute drive from the country estate", "a short walk away": how far a place is, not how anyone went
_TRACKS = re.compile(r"(?<=Olympic\s)sailing\b|\bsailing(?=[’']s\b)|"  # "won bronze in Olympic sailing’s Star
                     # competition": a sport, not how anyone went
                     r"\b(?:train|rail|railway|railroad)\s+(?=(?:tracks?|crossings?|embankments?|"
                     r"robber(?:s|y|ies)?)\b)|"  # "The great train robber Ronnie Biggs touched down": a crime
                     # "Levison, driven by fascination of Africa, passed through Rwanda": a motive, not a car
                     r"\bdriven\s+(?=by\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+|the\s+)?(?:[a-z]+\s+)?(?:fascination|"
                     r"desire|passion|curiosity|ambition|need|fear|love|hunger|determination|hope|greed|demand|"
                     r"frustration|anger|despair|poverty|conflict|violence|war|famine|drought|faith|dream|dreams)\b)|"
                     r"(?:,|\b(?:is|are|was|were|lies|sits))\s+(?:just\s+|only\s+|about\s+|some\s+|roughly\s+)?"
                     r"(?:a|an)\s+(?:short|brief|long|[\w.,]+-(?:minute|hour|mile|km|kilometre|kilometer))\s+"
                     r"(?:drive|walk|flight|ride|sail|cycle)\s+(?=from\b|away\b|of\b)", re.IGNORECASE)
# the verb's own phrase ends at a purpose ("to open ...") that follows a name in the clause
_TO_VERB = r"\s(?P<to>to)\s(?!(?:the|a|an|his|her|their|its|this|that|these|those|be|which|whom|whose)\b)[a-z]+\b"
_PURPOSE = re.compile(r"(?<=\S)\s[^\n]*?[A-Z][^\n]*?" + _TO_VERB)
# how a place is reached, said of the place, not of this trip: "towards Chita, previously only reachable by rail or air"
_ACCESS = re.compile(r",\s+(?:[a-z]+\s+){0,3}?(?:reachable|accessible|connected|linked)\s+(?:only\s+)?by\b")
# every "to <verb>" in a phrase, overlapping ones too: where a purpose can end
_TO_VERBS = re.compile(r"(?=(?P<tail>" + _TO_VERB + "))")
_ANY_WORD = re.compile(r"\b(?:" + "|".join(sorted(
    {w for _m, pats in _STRONG for pat in pats for t in pat for w in _words(t)}
    | {w for words in _SENTENCE_WORDS.values() for w in words} | {w for _m, ws in _WEAK for w in ws} | {"port"}
    | {"flying"} | {w for ws in _SENTENCE_VERBS.values() for w in ws}, key=len, reverse=True)) + r")\b", re.IGNORECASE)


# one token of a pattern: (ORTH values, LOWER values, LOWER values it must not have, IS_LOWER, IS_ALPHA, optional)
_Token = tuple[frozenset[str] | None, frozenset[str] | None, frozenset[str] | None, bool | None, bool | None, bool]
_Rules = dict[tuple[str, str], list[tuple[str, tuple[_Token, ...]]]]  # (attr, first token's value) -> (mode, tokens)


def _values(spec: str | dict[str, list[str]], key: str) -> frozenset[str] | None:
    if isinstance(spec, str):
        return frozenset((spec,)) if key == "IN" else None
    return frozenset(spec[key]) if key in spec else None


def _compile(patterns: list[tuple[str, list[list[dict[str, Any]]]]]) -> _Rules:
    """spaCy Matcher patterns (the few keys this module writes) as rules indexed by their first token's words."""
    rules: _Rules = {}
    for mode, pats in patterns:
        for pat in pats:
            tokens = []
            for t in pat:
                if set(t) - {"ORTH", "LOWER", "IS_LOWER", "IS_ALPHA", "OP"} or t.get("OP", "?") != "?" or any(
                        isinstance(v, dict) and set(v) - ({"IN", "NOT_IN"} if k == "LOWER" else {"IN"})
                        for k, v in t.items()):
                    raise ValueError(f"pattern key this matcher does not read: {t}")
                orth, low = t.get("ORTH"), t.get("LOWER")
                tokens.append((_values(orth, "IN") if orth is not None else None,
                               _values(low, "IN") if low is not None else None,
                               _values(low, "NOT_IN") if isinstance(low, dict) else None,
                               t.get("IS_LOWER"), t.get("IS_ALPHA"), t.get("OP") == "?"))
            first = tokens[0]
            if first[5] or (first[0] is None) == (first[1] is None):
                raise ValueError(f"a pattern must open on a required word: {pat}")
            attr, words = ("ORTH", first[0]) if first[0] is not None else ("LOWER", first[1])
            for w in words:  # type: ignore[union-attr]
                rules.setdefault((attr, w), []).append((mode, tuple(tokens)))
    return rules


def _token_ok(t: _Token, orth: str, lower: str) -> bool:
    return (t[0] is None or orth in t[0]) and (t[1] is None or lower in t[1]) and (
        t[2] is None or lower not in t[2]) and (t[3] is None or orth.islower() == t[3]) and (
        t[4] is None or orth.isalpha() == t[4])


def _match_at(tokens: tuple[_Token, ...], k: int, words: list[str], lowers: list[str], i: int) -> bool:
    """Whether tokens[k:] match the words from i on (an optional token matched or skipped)."""
    if k == len(tokens):
        return True
    t = tokens[k]
    if i < len(words) and _token_ok(t, words[i], lowers[i]) and _match_at(tokens, k + 1, words, lowers, i + 1):
        return True
    return t[5] and _match_at(tokens, k + 1, words, lowers, i)


@lru_cache(maxsize=1)
def _matchers() -> tuple[Any, _Rules, _Rules, _Rules]:
    """A blank English tokenizer (loaded once, on first use: about a second cold) and three sets of rules. The
    rules are spaCy Matcher patterns, matched here over the tokens' texts: only whether a mode matches anywhere
    counts, and spaCy's Matcher took a fifth of a millisecond for each phrase."""
    import spacy

    nlp = spacy.blank("en")
    sentence_patterns = [(mode, [[{"LOWER": {"IN": ["by", "aboard"]}}, {"LOWER": {"IN": nouns}}],
                                 [{"LOWER": {"IN": ["by", "aboard", "on"]}}, {"LOWER": {"IN": ["a", "the", "an"]}},
                                  {"IS_LOWER": True, "OP": "?"}, {"LOWER": {"IN": nouns}, "IS_LOWER": True}],
                                 [{"LOWER": "on"}, {"LOWER": "board"}, {"LOWER": {"IN": ["a", "the"]}},
                                  {"IS_ALPHA": True, "OP": "?"}, {"LOWER": {"IN": nouns}}]])
                         for mode, nouns in _SENTENCE_WORDS.items()]
    sentence_patterns += [(mode, [[{"LOWER": {"IN": verbs}}], *(_FLYING if mode == "flight" else [])])
                          for mode, verbs in _SENTENCE_VERBS.items()]
    weak_patterns = [(mode, [[{"LOWER": {"IN": words}}], *([_PORT] if mode == "ship" else [])])
                     for mode, words in _WEAK]
    return nlp, _compile(_STRONG), _compile(sentence_patterns), _compile(weak_patterns)


def _first(rules: _Rules, words: list[str], order: list[str] | None = None) -> str | None:
    """The first mode, in ``order``, whose rules match somewhere in the words."""
    lowers = [w.lower() for w in words]
    found = set()
    for i, (w, low) in enumerate(zip(words, lowers, strict=True)):
        for key in (("LOWER", low), ("ORTH", w)):
            for mode, tokens in rules.get(key, ()):
                if mode not in found and _match_at(tokens, 0, words, lowers, i):
                    found.add(mode)
    if not found:
        return None
    return next((m for m in (order or _ORDER) if m in found), sorted(found)[0])


def _purpose(seg: str) -> re.Match | None:
    """``_PURPOSE.search(seg)``, looked for only up to the end of the last "to <verb>": every match ends at one,
    and past it the lazy scans fail slowly (a name-heavy 1,000-character clause took 13 ms, none 0.1)."""
    end = max((m.end("tail") for m in _TO_VERBS.finditer(seg)), default=None)
    return None if end is None else _PURPOSE.search(seg, 0, end)


def mode_in(doc: Doc, span: tuple[int, int], *, clause: bool = True) -> str | None:
    """The mode a clause states (``clause``), or the one a whole sentence's verbs and "by ..." phrases state."""
    seg = doc.text[span[0]:span[1]]
    key = (seg, clause)  # by its words: a story that repeats a sentence looks it up once
    if key in doc.modes:
        return doc.modes[key]
    if not _ANY_WORD.search(seg):  # most clauses name no vehicle: no need to tokenize them
        doc.modes[key] = None
        return None
    nlp, strong, sentence, weak = _matchers()
    if clause:
        cut = _purpose(seg)
        seg = seg[:cut.start("to")] if cut else seg
        access = _ACCESS.search(seg)
        phrase = [t.text for t in nlp.make_doc(_MARKUP.sub(" ", _TRACKS.sub("", seg[:access.start()] if access
                                                                            else seg)))]
        mode = _first(strong, phrase)
        if mode is None:
            mode = _first(weak, phrase)
            if mode == "flight" and doc.pub is not None and doc.pub.year < _NO_AIRLINES_BEFORE \
                    and not _flying_told(doc):
                mode = "ship"  # "Fifteen hundred Japanese emigrants were landed at Santos" (1913): put ashore
        doc.modes[key] = mode
        return mode
    # its verbs and "by ..." phrases, or the vehicle that is its subject ("The container ship docked")
    tokens = [t.text for t in nlp.make_doc(_MARKUP.sub(" ", _TRACKS.sub("", seg)))]
    mode = _first(sentence, tokens) or _first(strong, tokens[:4])
    doc.modes[key] = mode
    return mode


# a story about a voyage under sail or oars ("the first black yachtsman to circumnavigate the world solo ... The trip
# has taken him from Boston to Bermuda, Brazil, South Africa"), with no word of flying
_UNDER_SAIL = re.compile(r"\b(?:yachts(?:man|men|woman|women)?|sail(?:ed|ing|or|ors|s)?|circumnavigat\w+|rowing|rowed|"
                         r"rowers?|trimaran|catamaran|sloop|ketch|schooner)\b", re.IGNORECASE)
_BY_AIR = re.compile(r"\b(?:flew|flown|fly|flying|flight|flights|plane|planes|jet|airport|airline)\b", re.IGNORECASE)


_AIRCRAFT = re.compile(r"\b(?:aeroplanes?|airplanes?|air-?ships?|sea-?planes?|biplanes?|monoplanes?|airm[ae]n|"
                       r"aviat\w*)\b", re.IGNORECASE)


def _flying_told(doc: Doc) -> bool:
    """Whether the story tells of flying or aircraft anywhere (asked once per story)."""
    if "flying-told" not in doc.memo:
        doc.memo["flying-told"] = bool(_BY_AIR.search(doc.text) or _AIRCRAFT.search(doc.text))
    return doc.memo["flying-told"]


def under_sail(doc: Doc) -> bool:
    """Whether the story tells of a voyage under sail or oars and never of flying: a long leg in it whose mode
    nothing states is no flight for want of a word (asked once per story)."""
    if "under-sail" not in doc.memo:
        doc.memo["under-sail"] = bool(_UNDER_SAIL.search(doc.text)) and not _BY_AIR.search(doc.text)
    return doc.memo["under-sail"]


# a story about a ship's voyage: "This iconic vessel ... The vessel is currently docked in Sierra Leone", "The future
# ports of calls for Logos Hope" (not a yacht's or a rowing boat's: "_SMALL_CRAFT")
_SHIP_WORDS = re.compile(r"\b(?:vessels?|ships?|liners?|steamers?|steamships?|frigates?|warships?|cruisers?|"
                         r"freighters?|tankers?)\b", re.IGNORECASE)
_IN_PORT = re.compile(r"\b(?:docked|docks|docking|berthed|berths|berthing|ports?\s+of\s+calls?|port\s+calls?|"
                      r"set\s+sail|sailed|sailing|sails|steamed|steaming|voyage|voyaging)\b", re.IGNORECASE)
_SMALL_CRAFT = re.compile(r"\b(?:yachts?|sloop|ketch|catamaran|trimaran|dinghy|rowing|rowed|rowers?|kayaks?|canoes?|"
                          r"rafts?)\b", re.IGNORECASE)


def at_sea(doc: Doc) -> bool:
    """Whether the story tells of a ship in port and at sea, never of flying, trains, the road or small craft: a leg
    in it whose mode nothing states was sailed by the ship (asked once per story)."""
    if "at-sea" not in doc.memo:
        text = doc.text
        doc.memo["at-sea"] = bool(_SHIP_WORDS.search(text)) and bool(_IN_PORT.search(text)) \
            and not _BY_AIR.search(text) and not _SMALL_CRAFT.search(text) and not _BY_RAIL.search(text) \
            and not _BY_ROAD.search(text)
    return doc.memo["at-sea"]


# a story about a railway journey: "a new train is chugging its way up and down Australia", "the Ghan made its first
# journey from Adelaide ... to tropical Darwin"
_BY_RAIL = re.compile(r"\b(?:trains?|railways?|railroads?|rail|locomotives?|carriages?|sleeper\s+cars?)\b",
                      re.IGNORECASE)
_BY_ROAD_OR_WATER = re.compile(r"\b(?:bus|buses|drove|driving|motorcade|ship|ships|ferry|ferries|boat|boats|"
                               r"cruise|vessel)\b", re.IGNORECASE)  # not "car", "coach": a train has them too


def by_rail(doc: Doc) -> bool:
    """Whether the story tells of trains and never of flying, sailing, the road or the sea: a long leg in it whose
    mode nothing states went by rail, not by air (asked once per story)."""
    if "by-rail" not in doc.memo:
        doc.memo["by-rail"] = bool(_BY_RAIL.search(doc.text)) and not _BY_AIR.search(doc.text) \
            and not _UNDER_SAIL.search(doc.text) and not _BY_ROAD_OR_WATER.search(doc.text)
    return doc.memo["by-rail"]


# a story about a drive across a continent: "the Peking to Paris Motor Challenge ... a true endurance rally",
# "Having driven for more than 4 weeks through Asia"
_BY_ROAD = re.compile(r"\b(?:rally|rallies|motor\s+(?:challenge|rally|race)|road\s+trip|overland|(?:classic|vintage)\s+"
                      r"cars?|drove|driven|driving|motoring)\b", re.IGNORECASE)


def by_road(doc: Doc) -> bool:
    """Whether the story tells of driving and never of flying, sailing or trains: a long leg in it whose mode nothing
    states was driven, not flown (asked once per story)."""
    if "by-road" not in doc.memo:
        doc.memo["by-road"] = bool(_BY_ROAD.search(doc.text)) and not _BY_AIR.search(doc.text) \
            and not _UNDER_SAIL.search(doc.text) and not _BY_RAIL.search(doc.text)
    return doc.memo["by-road"]


# a story about a ride or a walk across a continent ("her solo cycling adventure" from Cairo to Cape Town)
_OWN_POWER = {"bicycle": re.compile(r"\b(?:cycl(?:ing|ed|ist|ists|e)|bicycles?|bikes?|pedall?(?:ed|ing))\b",
                                    re.IGNORECASE),
              "foot": re.compile(r"\b(?:walk(?:ed|ing|er|ers)?|trek(?:ked|king)|hik(?:ed|ing)|on\s+foot|marched|"
                                 r"jogg(?:ing|ed|er)|(?:run|ran|running)\s+(?:coast\s+to\s+coast|across))\b",
                                 re.IGNORECASE)}  # "to run coast to coast across the United States"


def under_own_power(doc: Doc) -> str | None:
    """"bicycle" or "foot" when the story tells of cycling, or of walking, and of neither the other nor flying
    nor sailing: a long leg in it whose mode nothing states was ridden or walked, not flown (asked once per
    story)."""
    if "own-power" not in doc.memo:
        found = [mode for mode, pat in _OWN_POWER.items() if pat.search(doc.text)]
        doc.memo["own-power"] = found[0] if len(found) == 1 and not _BY_AIR.search(doc.text) \
            and not _UNDER_SAIL.search(doc.text) else None
    return doc.memo["own-power"]


# the traveller's own vehicle, named anywhere in the story: "his special train", "Kim's armoured train", "the
# presidential plane", "Air Force One"
_VEHICLE = re.compile(r"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?P<owner>[A-Z][\w-]+)(?:’s|'s)|"
                      r"[Tt]he\s+(?:presidential|[Rr]oyal|papal|official|chartered|prime\s+minister(?:’s|'s)|"
                      r"president(?:’s|'s)))\s+(?:[a-z-]+\s+){0,2}?"
                      r"(?P<v>[Tt]rain|plane|jet|aircraft|airliner|helicopter|chopper|motorcade|convoy|yacht|ship|"
                      r"ferry|bus|car|limousine|bike|bicycle|kayak|canoe|catamaran)\b|"
                      r"\b(?P<af1>Air\s+Force\s+One|Marine\s+One)\b|"
                      r"\b(?:has|have|had)\s+been\s+(?P<v2>walking|cycling|rowing|sailing)\s+for\b")
# "on his bike", "have been walking for 28 days": how the traveller goes, said once for the whole journey
_VEHICLE_MODE = {"train": "train", "plane": "flight", "jet": "flight", "aircraft": "flight", "airliner": "flight",
                 "helicopter": "helicopter", "chopper": "helicopter", "motorcade": "motorcade", "convoy": "convoy",
                 "yacht": "boat", "ship": "ship", "ferry": "ferry", "bus": "bus", "car": "car", "limousine": "car",
                 "bike": "bicycle", "bicycle": "bicycle", "kayak": "boat", "canoe": "boat", "catamaran": "boat",
                 "walking": "foot", "cycling": "bicycle", "rowing": "boat", "sailing": "boat"}


def _vehicles(doc: Doc) -> list[tuple[str | None, str, int, int]]:
    """Every vehicle the story names as someone's, once per story: (owner's name or None, mode, start, end)."""
    found = doc.memo.get(("vehicles",))
    if found is None:
        found = []
        for v in _VEHICLE.finditer(doc.text):
            if v.group("af1"):
                mode = "helicopter" if v.group("af1").startswith("Marine") else "flight"
            else:
                mode = _VEHICLE_MODE[(v.group("v") or v.group("v2")).lower()]
            found.append((v.group("owner"), mode, v.start(), v.end()))
        doc.memo[("vehicles",)] = found
    return found  # type: ignore[return-value]


def vehicle_mode(doc: Doc, who: str) -> tuple[str, int, int] | None:
    """The mode of the traveller's own vehicle when the story names one kind only: (mode, start, end of the words
    that say it); None when it names none, or vehicles of two kinds."""
    names = set(who.split())
    found: dict[str, tuple[int, int]] = {}
    for owner, mode, start, end in _vehicles(doc):
        if owner and owner not in names:
            continue
        found.setdefault(mode, (start, end))
        if len(found) > 1:
            return None
    if not found and (who.split()[0] in SHIP_PREFIXES or who.split()[0] in _SHIP_KINDS) \
            and (at := doc.text.find(who)) >= 0:
        return "ship", at, at + len(who)  # "HMAS Adelaide", "Cutter Eagle": a ship by its name
    if not found:  # "the marchers", "Team Antigua rowers": the traveller is named by how it goes
        walker = _GOES_BY.search(who)
        at = doc.text.find(who) if walker else -1
        if walker and at >= 0:
            return _GOES_BY_MODE[walker.group().lower()], at, at + len(who)
    if len(found) != 1:
        return None
    (mode, (s, e)), = found.items()
    return mode, s, e


# the kind of ship that opens a traveller's name ("U.S. Coast Guard Cutter Eagle")
_SHIP_KINDS = frozenset("Cutter Frigate Destroyer Cruiser Corvette Barque Steamer Steamship Liner Ship Warship Tanker "
                        "Freighter".split())
_GOES_BY = re.compile(r"\b(?:marchers|walkers|hikers|trekkers|cyclists|rowers|paddlers|kayakers)\b", re.IGNORECASE)
_GOES_BY_MODE = {"marchers": "foot", "walkers": "foot", "hikers": "foot", "trekkers": "foot", "cyclists": "bicycle",
                 "rowers": "boat", "paddlers": "boat", "kayakers": "boat"}
