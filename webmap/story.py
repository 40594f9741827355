"""Place mentions -> a Journey draft: who went where, in what order, how, when; and what happened there.

Rules, not a model: travel cues ("left", "arrived in", "crossed into ... through", "via", "final stop", "flew
to", "returned to", "after a stop in", "will travel to"), the traveller as the subject of those cues (a pronoun
or "the team" continues the last one), modes from the words around them (train, flew, motorcade, ferry...),
dates from explicit dates and from weekday names resolved against the publication date, events (parade, summit,
talks...) with their place. Every other place the text names is kept as a mention with its role: a metonym for
a government, part of an organisation's name, a demonym, or context.

Travel order is the text's, corrected by its temporal cues. News tells the arrival first and the way there
after ("arrived in Washington on Thursday, after a stop in Berlin. He flew from Kyiv via Rzeszów"): a clause
that looks back ("after", "having", "on the way") goes before the arrival it explains; a sentence that looks
back ("had flown from", "earlier", a departure when the journey told so far has no origin, a calendar date
before the ones already told) goes before the journey told so far; travel still to come ("will travel to",
"is due in") goes after everything that happened, flagged planned. Legs chain where the text lets them: a
departure from a place the journey never reached starts a new leg, flagged, with nothing drawn in between.

Nothing is invented: every leg, event and mention quotes the sentence it comes from (character offsets into
the text), and whatever is guessed (a mode carried over from an earlier sentence, a year taken from the
publication date, a leg's unnamed end, a planned leg) is flagged ``inferred`` with a confidence. Travel the
text negates, calls off, only wishes for, or planned in the past and then overtook is no leg at all.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from gazetteer.demonyms import DEMONYMS, adjective_for
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
_DIRN = r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|on|onwards?|back|straight|" \
        r"directly|again|first|then|later|finally|also)\s+)?"
_GO = r"(?:flew|flown|fly|flies|flying|drove|driven|drive|driving|sailed|sail|sailing|went|go|goes|going|gone|" \
      r"travell?ed|travel|travels|travell?ing|headed|head|heads|moved|move|continued|continue|continuing|walked|" \
      r"walk|walking|hiked|marched|steamed|rode|ride|taken|moving)"
_DEPART = r"left|leaves|leaving|leave|departed|departs|departing|depart(?:ed|s|ing)?\s+from|set\s+off\s+from|" \
          r"set\s+out\s+from|setting\s+off\s+from|(?:flew|flying|fly|flown)\s+out\s+of|pulled\s+out\s+of|" \
          r"evacuated\s+from|fled|fleeing|fled\s+from|fleeing\s+from|from"
# "began the trip in Jerusalem": where the journey started
_BEGIN = r"(?:began|begun|begins|begin|started|starts|start|starting|opened|kicked\s+off)\s+(?:the|his|her|their|" \
         r"its|a|an)\s+(?:[\w-]+\s+){0,3}?(?:trip|tour|visit|journey|voyage|travels|swing)\s+(?:in|at)"
_ARRIVE = r"arrived\s+(?:in|at)|arrives\s+(?:in|at)|arriving\s+(?:in|at)|arrive\s+(?:in|at)|reached|reaches|" \
          r"reach|reaching|landed\s+(?:in|at)|lands?\s+(?:in|at)|landing\s+(?:in|at)|touched\s+down\s+(?:in|at)|" \
          r"got\s+to|pulled\s+into|docked\s+(?:in|at)|docks?\s+(?:in|at)|entered|enters|enter|" \
          r"stopped\s+(?:off\s+|over\s+)?(?:in|at)|stopping\s+(?:off\s+|over\s+)?(?:in|at)|stop\s+(?:in|at)|" \
          r"called\s+at|calling\s+at|call\s+at|put\s+in\s+at|" \
          rf"{_GO}\s+{_DIRN}(?:on\s+)?to|took\s+(?:a|the)\s+[\w-]+\s+to|came\s+to|visited|visits|visit|visiting|" \
          r"toured|tours|then\s+to|onward\s+to|on\s+to|(?:is|are|was|were)\s+due\s+(?:in|at)|" \
          r"(?:crossed|crossing|cross|crosses|walked|went|smuggled|taken|take|took|came|moved|got|slipped)\s+" \
          r"(?:[\w-]+\s+){0,5}?into|on\s+the\s+road\s+to|" \
          r"to"
# "spent the winter in Istanbul", "held talks in Kyiv": the traveller was there (its date is not an arrival's)
_STAY = r"(?:spent|spending|stayed|staying|waited|waiting|remained|worked|working|stranded)\s+(?:[\w-]+\s+){0,5}?" \
        r"(?:in|at)|(?:held|holds|holding|hold)\s+(?:talks|meetings?|a\s+meeting|discussions|a\s+summit)\s+" \
        r"(?:[\w-]+\s+){0,3}?(?:in|at)"
_GOAL = r"(?:is|are|was|were|will\s+be)\s+travell?ing\s+to|" \
        r"(?:is|are|was|were)\s+(?:heading|headed|flying|going|bound)\s+(?:to|for)|heading\s+(?:to|for)|" \
        r"bound\s+for|en\s+route\s+to|on\s+(?:his|her|their|its|the)\s+way\s+to|trip\s+to|visit\s+to|journey\s+to|" \
        r"travell?ing\s+to"
_RETURN = r"(?:was|were|is|are)\s+back\s+in|due\s+back\s+(?:in|at)|returned\s+(?:home\s+)?to|" \
          r"returning\s+(?:home\s+)?to|returns\s+(?:home\s+)?to|" \
          rf"(?:{_GO}|came|come|coming)\s+(?:back\s+|home\s+)+to|back\s+to|return\s+(?:home\s+)?to"
_VIA = r"via|by\s+way\s+of|passing\s+through|passed\s+through|pass\s+through|transit(?:ing|ed)?\s+(?:through|in|at)|" \
       r"changed\s+(?:trains|planes|flights)\s+(?:in|at)|(?:a\s+)?(?:brief\s+|short\s+)?(?:stopovers?|layovers?|" \
       r"refuell?ing\s+stops?|technical\s+stops?)\s+(?:in|at)|" \
       r"(?:sailed|sailing|steamed|went|going|travell?ed)\s+(?:a?round|past)|rounded|rounding|through"
# "after a stop in Berlin": a stop made before the clause's arrival
_STOP = r"after\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:stop|visit|stay)\s+(?:in|at)|" \
        r"after\s+(?:stopping|calling|stopped)\s+(?:off\s+|over\s+)?(?:in|at)|" \
        r"after\s+(?:(?:two|three|four|five|six|several|a\s+few)\s+(?:days|weeks|nights)\s+of\s+)?(?:talks|" \
        r"meetings|a\s+meeting|a\s+summit|(?:two|three|four|five|six|several|a\s+few)\s+(?:days|weeks|nights))" \
        r"\s+(?:in|at)"
# "the last stop of the tour will be Windhoek"
_FINAL = r"(?:final|last)\s+(?:stop|destination|leg)\s+(?:of\s+(?:the|his|her|their|its)\s+[\w-]+\s+)?" \
         r"(?:will\s+be|is|was|would\s+be|being)"
_NEXT = r"(?:first|next)\s+(?:stop|destination)\s+(?:of\s+(?:the|his|her|their|its)\s+[\w-]+\s+)?" \
        r"(?:will\s+be|is|was|would\s+be|being)"
_CROSS = r"crossed\s+(?:the\s+border\s+)?(?:into\s+\S+(?:\s+\S+)?\s+)?(?:through|via|at)|" \
         r"border\s+(?:city|town|crossing|post|station)\s+of|crossing\s+(?:point\s+)?(?:at|of)"
_CUE_RE = re.compile(
    rf"\b(?:(?P<cross>{_CROSS})|(?P<stop>{_STOP})|(?P<final>{_FINAL})|(?P<arrive_next>{_NEXT})|"
    rf"(?P<begin>{_BEGIN})|(?P<ret>{_RETURN})|(?P<goal>{_GOAL})|(?P<via>{_VIA})|(?P<stay>{_STAY})|(?P<arrive>{_ARRIVE})|"
    rf"(?P<depart>{_DEPART}))\s*$", re.IGNORECASE)
# "with Beijing as the final stop": the cue follows its place.
_AFTER_RE = re.compile(r"^(?:’s|'s)?\s+(?:was|is|as|will\s+be)?\s*(?:the|its|his|her|their)\s+"
                       r"(?P<which>final|last|next|first)\s+(?:stop|destination)", re.IGNORECASE)
_FILLERS = frozenset("""the a an his her their its border port capital city town village state province region
island coastal nearby neighbouring neighboring resort industrial main home hometown of""".split())
_DEMONYM_FILLERS = frozenset(k for k in DEMONYMS if k.isalpha())
_LAST_WORD = re.compile(r"([\w’'-]+)\s+$")


def _strip_filler(head: str) -> str:
    """The head without up to six filler words before the place: "from the Polish border town of " -> "from "."""
    out = head
    for _ in range(6):
        m = _LAST_WORD.search(out, max(0, len(out) - 40))
        if not m:
            break
        word = m.group(1)
        if not (word in _FILLERS or word.lower() in _DEMONYM_FILLERS or re.fullmatch(r"[a-z]+ern", word)):
            break  # a capitalised "The" belongs to a name ("The Hague")
        out = out[:m.start(1)]
    if out is head or not out[:-1].strip():
        return head
    return out


_TRAVEL_WORDS = re.compile(r"\b(?:travel\w*|trip|journey|flew|fly|flying|flight|flights|flown|drove|driv\w+|"
                           r"sail\w*|train|rail|motorcade|convoy|ferry|ship|boat|dinghy|bus|plane|jet|arriv\w+|"
                           r"depart\w*|left|leav\w+|reach\w*|visit\w*|landed|cross\w*|head\w*|bound|return\w*|"
                           r"toured|moved|walked|evacuat\w+|voyage|ride|route|go|went|came|fled|stop\w*|way|layovers?)\b",
                           re.IGNORECASE)
# a bare "from"/"to" after these names where someone is from, or what something is to: not travel
_NOT_FROM = re.compile(r",\s*from\s*$|\b(?:officials?|ministers?|diplomats?|delegates?|delegations?|leaders?|"
                       r"representatives?|envoys?|citizens?|nationals?|residents?|people|executives?|analysts?|traders?|experts?|"
                       r"counterparts?|colleagues?|compan(?:y|ies)|firms?|journalists?|reporters?|troops|"
                       r"soldiers|imports?|exports?|aid|funding|support|reports?|news|data|far|away|apart|"
                       r"distance|miles|km|kilometres|kilometers)\s+(?:\w+\s+)?from\s*$", re.IGNORECASE)
_NOT_TO = re.compile(r"\b(?:ambassadors?|envoys?|emissar(?:y|ies)|exports?|imports?|shipments?|sales|ties|relations|"
                     r"links?|close|closer|next|similar|compared|access|threats?|answer|response|key|gateway|"
                     r"according|due|owing|thanks|opposed|home|open|sent|send|aid|loans?|support|letter|message|"
                     r"calls?|appeal|visas?|asylum|rivals?|allies|neighbou?rs?|adjacent|up)\s+(?:\w+\s+)?to\s*$",
                     re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:no|not|never|n[o’']t|neither|nor|without|instead\s+of|rather\s+than|avoid\w*|"
                      r"bypass\w*|skipp\w+|cancel\w*|called\s+off|denied|deny|denies)\b|n[’']t\b", re.IGNORECASE)
_REACHED_IN = re.compile(r"\b(?:arrived|arriving|arrives|landed|landing|lands|docked|docking|reached|reaching|"
                         r"reaches)\s+(?:at\s+|in\s+)?(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?:in|on)\s+(?:the\s+)?$")
_LEFT_FOR = re.compile(r"\b(?:left|leaves|leaving|leave|departed|departs|departing|set\s+off|set\s+out|sailed|"
                       r"flew\s+out|took\s+off)\b[^.;:!?]{0,60}?\bfor\s+(?:the\s+)?$", re.IGNORECASE)
# travel that did not happen, wherever the clause says so: "Flights from London to New York were cancelled"
_CALLED_OFF = re.compile(r"\b(?:cancel(?:l?ed|s|ling)?|called\s+off|postponed|scrapped|suspended|grounded|"
                         r"shelved|put\s+off|turned\s+back|refused\s+entry|denied\s+entry)\b", re.IGNORECASE)
# a place joined to the one before by a list ("through North Macedonia and Serbia") takes its cue
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:then\s+)?(?:the\s+)?")
_NEAR_JOIN = re.compile(r"\s+(?:near|outside|close\s+to)\s+(?:the\s+(?:[a-z]+\s+)?(?:city|town|village|port)\s+of\s+)?")
# "headed home", "flew back home": a return to where the journey began, when the article names no place
_HOME_RE = re.compile(rf"\b(?:{_GO}|returned|returning|return|returns|came|come|coming|set\s+off|left|leave)\s+"
                      r"(?:back\s+)?home\b(?!\s+(?:to|from|in)\b)|\breturn(?:ed|ing|s)?\s+home\b(?!\s+to\b)",
                      re.IGNORECASE)
# "flew in from Nairobi", "arrived later in the day from Abuja": an arrival whose place is the story's own
_ARRIVE_VERB = re.compile(r"\b(?:arrived|arrives|arrive|arriving|landed|lands|land|landing|touched\s+down|"
                          r"(?:flew|flown|flying|fly|came|coming|come|drove|sailed)\s+in)\b", re.IGNORECASE)
# "attending the BRICS summit in Rio de Janeiro": the traveller goes where the event is
_ATTEND_RE = re.compile(r"\b(?:attend|attends|attended|attending|join|joins|joined|joining|address|addressed|"
                        r"addressing|host|hosts|hosted|hosting)\s+(?:the|a|an|this|next|(?:his|her|their)\s+)?"
                        r"\s*(?:[\w'’+-]+\s+){0,5}?(?:summit|meeting|conference|ceremony|parade|games|forum|funeral|"
                        r"inauguration|tournament|celebrations?|talks|rally|festival|coronation|wedding|"
                        r"commemorations?)\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# tense: what the nearest verb before a cue says about when the travel is
_PLAN_WORDS = frozenset("""will ’ll 'll shall due expected scheduled slated planning plans plan planned intends
intend intended poised would""".split())
_PAST_IRREGULAR = frozenset("""left flew flown drove driven went gone came took taken made began begun rode was
were had did got reached spent sent brought fled met held saw""".split())
_PLAN_AFTER = re.compile(r"[^,.;:]{0,40}?\b(?:scheduled|planned|slated|due|expected)\s+(?:for|on|in|to)\b",
                         re.IGNORECASE)
# "hopes to row the Pacific": a wish is not a plan
_WISH_RE = re.compile(r"\b(?:hopes?|hoping|hoped|dreams?|dreaming|dreamed|wants?|wanted|wishes|wished|would\s+like|"
                      r"aims?|aiming|aspires?|longs?)\s+to\b", re.IGNORECASE)
_EARLIER_RE = re.compile(r"\b(?:earlier|previously|before\s+that|beforehand)\b", re.IGNORECASE)
# a name just before a travel verb: the subject of a sentence that opens with something else
_SUBJECT_RE = re.compile(r"(?<![\w’'])(?P<n>[A-Z][a-z]+)\s+(?:[a-z]+ly\s+)?(?:flew|left|arrived|travell?ed|drove|"
                         r"sailed|went|headed|returned|landed|reached|crossed|set\s+off|will|is|was|had|has)\b")
# subjects that continue the traveller before them: "the team", "the royal couple", "a bus", "the vessel"
_GROUP_HEADS = frozenset("""team squad side players delegation delegations couple pair party group entourage convoy
motorcade ship vessel boat ferry plane jet aircraft airliner train bus coach crew passengers evacuees royals
travellers travelers visitors leader leaders pope pontiff monarch envoy mission caravan flotilla fleet tanker
carrier freighter liner helicopter minister president premier chancellor king queen prince princess
secretary""".split())
_BACK_BREAK = re.compile(r"\b(?:after|having|following)\b", re.IGNORECASE)
_ONWAY_RE = re.compile(r"\b(?:on\s+(?:the|his|her|their|its)\s+way|en\s+route|along\s+the\s+way|on\s+route)\b",
                       re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_NOT_PAST = frozenset("hundred indeed united speed need seed feed breed proceed succeed exceed".split())
_KIND_RANK = {"depart": 0, "begin": 0, "cross": 1, "via": 2, "stop": 3, "arrive": 3, "ret": 3, "home": 3,
              "stay": 3, "final": 4, "goal": 5}
_ARRIVALS = ("arrive", "stop", "ret", "final", "cross", "home", "stay")

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

_AND_VERB = r"(?:then\s+|later\s+|finally\s+|also\s+|first\s+)?(?:will|would|was|were|is|are|has|have|had|" \
            r"[a-z]+ed|flew|fly|flies|flying|drove|drive|sail|sails|sailing|travel\w*|head|heads|heading|" \
            r"return\w*|went|go|goes|going|came|come|continue\w*|left|leave|leaves|leaving|arrive\w*|reach\w*|" \
            r"hopes|plans|wants|intends|aims|expects|is\s+due|" \
            r"cross\w*|spent|spend|took|take|board\w*|visit\w*|made|make|met|meet|held|hold|he|she|they|we|it)\b"
_CLAUSE_RE = re.compile(r",\s+(?:and|but|while|where|before|after|then|when|having|following|stopping|"
                        r"calling|passing|pausing|transiting|breaking)\b|;|"
                        r"\s(?:and\s+then|before|after|while|whereas|having)\s|,\s+and\s|"
                        rf"\s+and\s+(?=(?-i:{_AND_VERB}))", re.IGNORECASE)
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
    in_text_order: dt.date | None = None  # "later that day" read against the date the text gave last


@dataclass
class _Assert:
    """One travel fact: a traveller at a place, in some role, in some sentence."""

    kind: str  # depart | begin | arrive | stop | goal | via | cross | ret | final | home
    place: str | None  # None for "home" until the journey says where home is
    mention: PlaceMention | None  # None for "home"; for an implied arrival, the mention it is taken from
    sent: int
    traveller: str
    start: int  # where the fact is in the text: its place, or its cue when the clause names no place
    end: int
    date: _DateRef | None = None
    cue: str = ""
    clause: tuple[int, int] = (0, 0)
    planned: bool = False  # the text says it is still to come ("will travel to", "is due in")
    back: bool = False  # told after what came later ("had flown from", "earlier")
    implied: str = ""  # a place the clause does not name: "attend" (an event there) | "story" (arrived from)
    order: int = 0  # temporal order within its sentence
    past_plan: bool = False  # "was due to call at": kept only when its date is still to come


@dataclass
class _Stop:
    """A place in one traveller's journey, in travel order, with what is known of the leg into it."""

    key: str
    arrive: _DateRef | None = None
    depart: _DateRef | None = None
    seen: _DateRef | None = None  # a day the traveller was there ("held talks in Kyiv on Tuesday")
    crossing: bool = False
    ret: bool = False  # "returned to", "flew back to": the traveller had been here before
    sents: list[int] = field(default_factory=list)  # where it is reached or named as a stop
    clauses: list[tuple[int, int]] = field(default_factory=list)
    depart_sents: list[int] = field(default_factory=list)
    depart_clause: tuple[int, int] | None = None
    via: list[str] = field(default_factory=list)  # on the leg into it
    open_via: list[str] = field(default_factory=list)  # named after it, for a leg out of it not yet known
    # the leg into it: stated | joined (a departure's unnamed end) | joined-from (an arrival's unnamed start) |
    # implied (attends an event here) | story (arrived from somewhere, here) | home | went-back | break | start
    link: str = "stated"
    planned: bool = False  # the leg into it is still to come
    origin: bool = False  # the text says the traveller left from here
    begin: bool = False  # "began the trip in"
    note: str = ""  # for "break": why no leg comes into it
    arrive_date: dt.date | None = None
    seen_date: dt.date | None = None
    depart_date: dt.date | None = None
    date_inferred: bool = False

    def absorb(self, other: _Stop) -> None:
        """What another statement about the same place adds (first date wins)."""
        self.arrive = self.arrive or other.arrive
        self.depart = self.depart or other.depart
        self.seen = self.seen or other.seen
        self.ret = self.ret or other.ret
        self.crossing = self.crossing or other.crossing
        self.sents += [x for x in other.sents if x not in self.sents]
        self.clauses += [c for c in other.clauses if c not in self.clauses]
        self.depart_sents += [x for x in other.depart_sents if x not in self.depart_sents]
        self.depart_clause = self.depart_clause or other.depart_clause
        self.via += [v for v in other.via if v not in self.via]
        self.open_via += [v for v in other.open_via if v not in self.open_via]
        self.origin = self.origin or other.origin
        self.begin = self.begin or other.begin


# -- the extractor -----------------------------------------------------------------------------------------

def _title_from(legs: list[Leg], places: dict[str, Place], first_line: str) -> str:
    """A short title when the article gives no headline: who went where, else the opening words."""
    if legs:
        route = ""
        last = None
        for leg in legs:
            if leg.traveller != legs[0].traveller:
                continue
            if leg.from_ != last:  # the first leg, or one that does not start where the last one ended
                route += (" … " if route else "") + places[leg.from_].name
            route += " → " + places[leg.to].name
            last = leg.to
        return f"{legs[0].traveller}: {route}"
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
        self._people_starts = [p[0] for p in self.people]
        self._mention_spans = sorted((m.start, m.end) for m in self.mentions)
        self._mention_starts = [a for a, _ in self._mention_spans]
        self._canonical: dict[str, str] = {}
        lines = [ln.span() for n, ln in enumerate(re.finditer(r"[^\n]+", text))
                 if is_headline(ln.group(), first=n == 0 and "\n" in text.strip())]
        self.headline = [any(a <= s < b for a, b in lines) for s, _ in self.sents]
        self.last_date: dt.date | None = None  # the latest date the narrative reached, for "the next day"
        self.story_place: tuple[str, PlaceMention] | None = None  # the last place something arrived at

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

    def in_mention(self, pos: int) -> bool:
        k = bisect.bisect_right(self._mention_starts, pos) - 1
        return k >= 0 and self._mention_spans[k][0] <= pos < self._mention_spans[k][1]

    def people_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return self.people[bisect.bisect_left(self._people_starts, start):bisect.bisect_left(self._people_starts, end)]

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
        phrase ("the delegation", "The ferry"); "his train", a pronoun, a clause that opens with "after" or
        "before", or a group ("the team", "the royal couple") continues the previous traveller."""
        s, _ = self.sents[sent]
        text = self.text
        clause_start = s
        opener = ""
        for b in _CLAUSE_RE.finditer(text, s, cue):
            clause_start = b.end()
            opener = b.group()
        clause = text[clause_start:cue]
        for ps, _pe, name in self.people_in(clause_start, cue):
            head = text[clause_start:ps]
            if re.search(r"\b(?:with|between|by|met|meet|meeting|join|joined|to|of|for|and|at|in|against|"
                         r"from|on|near|beat|face|facing|played|play)\s+(?:the\s+)?$", head):
                continue
            return self.canonical(name)
        late = re.search(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+){0,2}?(?P<h>[a-z]+)\s+"
                         r"(?:[a-z]+ly\s+)?(?:[a-z]+\s+)?$", clause)
        if late and late.group("h") in _GROUP_HEADS and previous:  # "... on Saturday the team heads to"
            return previous
        subordinate = bool(re.search(r"\b(?:after|before|following|having|with|then)\b", opener, re.I)) or bool(
            re.match(r"\s*(?:after|before|following|having|on\s+the\s+way|en\s+route)\b", clause, re.I)
            and clause_start != s)
        if subordinate and previous:
            return previous
        # "South Africa's president", "Kenya's foreign minister"
        owner = re.match(r"\s*(?P<np>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s)\s+(?:[a-z-]+\s+){0,2}?"
                         r"(?:president|premier|prime\s+minister|foreign\s+minister|minister|chancellor|king|queen|"
                         r"leader|monarch|envoy|ambassador|delegation|team|squad|ruler|emir|crown\s+prince))\b",
                         clause)
        if owner and self.in_mention(clause_start + owner.start("np")):
            return owner.group("np")
        np = re.match(r"\s*(?:(?:[Oo]n|[Ll]ater|[Tt]hen|[Aa]fter|[Ee]arlier|[Mm]eanwhile|[Ii]n)\b[^,]{0,30},\s*)?"
                      r"(?P<det>[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
                      r"(?P<np>[a-z][a-z-]*(?:\s+(?!(?:is|are|was|were|will|has|had|have)\b)[a-z][a-z-]*){0,2}|"
                      r"(?:Pope|President|King|Queen|Prince|Princess|Chancellor|Premier|Emperor|Pontiff)(?!\s+[A-Z]))"
                      r"\b", clause)
        if np:  # "the royal couple", "the container ship": up to a group's head word, else one word
            words = np.group("np").split()
            head = next((k for k, w in enumerate(words) if w.lower() in _GROUP_HEADS), 0)
            words = words[:head + 1]
            np_text = f"{np.group('det')} {' '.join(words)}"
        pron = re.search(r"(?:^|\s)(?:he|she|they|it|we)\b", clause, re.IGNORECASE)
        for name in re.finditer(r"(?:^|\s)(?P<n>[A-Z][a-z]+)(?:’s|'s)?(?=\s)", clause):
            if normalise(name.group("n")) in SENTENCE_OPENERS or self.in_mention(
                    clause_start + name.start("n")) or re.search(
                    r"\b(?:at|in|against|from|on|near|with|of|by)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*$",
                    clause[:name.start("n")]):
                continue
            full = self.canonical(name.group("n"))
            alone = re.fullmatch(r"\s*[A-Z][a-z]+\s+(?:[a-z]+ly\s+)?", clause[name.start("n"):] + " ")
            if full != name.group("n") or re.match(r"(?:’s|'s)", clause[name.end("n"):]) or alone:
                return full
        if np and (not pron or np.start("det") < pron.start()):
            if np.group("det").lower() in ("his", "her", "their", "its") and previous:
                return previous
            if previous and (words[-1].lower() in _GROUP_HEADS or np_text.lower() == previous.lower()):
                return previous
            return np_text
        if previous:
            return previous
        e = self.sents[sent][1]
        for _ps, _pe, name in self.people_in(s, e):  # "After talks in Paris, Blinken flew ...": its subject
            return self.canonical(name)
        for subj in _SUBJECT_RE.finditer(text, cue, e):
            if normalise(subj.group("n")) not in SENTENCE_OPENERS and not self.in_mention(subj.start("n")):
                return self.canonical(subj.group("n"))
        return "unknown traveller"

    def assign_dates(self, i: int, dates: list[_DateRef], asserts: list[_Assert]) -> None:
        """Give each date to the travel fact it belongs to: the nearest cue before it in the same clause
        ("left Pyongyang on Monday"); for "from A to B on <date>" that is the departure; a date that opens the
        clause ("On Monday, Kim left ...") goes to the first cue after it. An event's dates are not the
        traveller's: an arrival implied by attending something gets none."""
        text = self.text
        ordered = sorted((a for a in asserts if a.implied != "attend"), key=lambda a: a.start)
        for d in dates:
            before = [a for a in ordered if a.end <= d.start and not _CLAUSE_RE.search(text, a.end, d.start)]
            target = None
            if before:
                target = before[-1]
                if target.kind in ("via", "goal") or (target.kind in ("arrive", "ret") and target.cue in
                                                      ("to", "on to", "then to", "onward to")):
                    dep = [a for a in before if a.kind == "depart" and a.date is None]
                    if dep:
                        target = dep[-1]
            elif not re.match(r"\s*(?:after|following|before|since)\b", text[self.clause_of(i, d.start)[0]:d.start],
                              re.IGNORECASE):  # "After the test on Saturday the team heads to": the test's date
                after = [a for a in ordered if a.start >= d.end and not _CLAUSE_RE.search(text, d.end, a.start)]
                target = after[0] if after else None
            if target is not None and target.date is None:
                target.date = d

    # -- cues, tense, order -----------------------------------------------------------------------------
    def cue_for(self, i: int, m: PlaceMention, prev: tuple[str, bool, int] | None
                ) -> tuple[str, int, str, bool] | None:
        """(kind, cue start, cue, negated) for a place, or None: the travel cue just before it ("arrived in",
        "via", "after a stop in"), after it ("as the final stop"), or the one of the place it is listed with
        ("through North Macedonia and Serbia")."""
        s, e = self.sents[i]
        text = self.text
        head = text[max(s, m.start - 80):m.start]
        kind: str | None = None
        cue, cue_start = "", m.start
        head_trim = _strip_filler(head)  # without the words between cue and place ("the Polish border town of")
        for h in dict.fromkeys((head, head_trim)):
            cm = _CUE_RE.search(h.rstrip() + " ")
            if cm:
                kind = next(k for k, v in cm.groupdict().items() if v)
                cue_start = m.start - len(head) + cm.start()
                cue = re.sub(r"\s+", " ", cm.group().strip().lower())
                if kind == "cross" and cue.startswith("border") and h is head:
                    # "from the Polish border town of Przemyśl": a description; the cue before it decides
                    trimmed = _CUE_RE.search(head_trim.rstrip() + " ")
                    if trimmed and not trimmed.group("cross"):
                        continue
                break
        after = _AFTER_RE.match(text[m.end:e])
        if after:
            kind = "final" if after.group("which").lower() in ("final", "last") else "arrive"
            cue, cue_start = "", m.start
        if kind is None and _REACHED_IN.search(head):  # "reached English Harbour in Antigua": where that is
            kind, cue, cue_start = "arrive", "in", m.start - 3
        if kind is None and _LEFT_FOR.search(head):  # "left Washington on Sunday for Hanoi"
            kind, cue, cue_start = "arrive", "for", m.start - 4
        if kind is None:
            at = _ATTEND_RE.search(head)
            if at:
                kind, cue, cue_start = "arrive", "attend", m.start - len(head) + at.start()
        if kind is None:
            if prev is not None and prev[0] not in ("final", "begin") and _LIST_JOIN.fullmatch(text, prev[2],
                                                                                              m.start):
                return prev[0], m.start, "list", prev[1]
            if prev is not None and prev[0] in ("arrive", "cross") and _NEAR_JOIN.fullmatch(text, prev[2], m.start):
                return "arrive", m.start, "near", prev[1]  # "into Turkey near the city of Van": where in it
            return None
        kind = {"arrive_next": "arrive"}.get(kind, kind)
        c0, c1 = self.clause_of(i, m.start)
        if kind in ("arrive", "depart") and cue in ("to", "from", "on to"):
            upto = text[max(s, cue_start - 60):cue_start + len(cm.group().rstrip()) if cm else m.start]
            if (cue == "from" and _NOT_FROM.search(upto.rstrip() + " ")) or (
                    cue == "to" and _NOT_TO.search(upto.rstrip() + " ")):
                return None
            if not _TRAVEL_WORDS.search(text, s, c1):  # the clause, or the sentence before it
                return None
            if cue == "to" and re.search(r"\b(?:return|back)\b", head[-20:], re.IGNORECASE):
                kind = "ret"
        negated = bool(_NEGATED.search(text, max(c0, cue_start - 60), cue_start) or _CALLED_OFF.search(text, c0, c1)
                       or _WISH_RE.search(text, c0, cue_start))
        return kind, cue_start, cue, negated

    def tense_at(self, i: int, pos: int, end: int | None = None) -> tuple[str, bool]:
        """('plan' | 'past-plan' | 'past' | 'present' | 'none', backstory) from the nearest verb before ``pos``
        in its sentence: "will travel to", "is due in", "will be flown to", "a flight to X scheduled for Friday"
        are plans; "was due to call at" is a plan the article may say was overtaken; "had flown from",
        "earlier" tell what came before."""
        s, _ = self.sents[i]
        text = self.text
        c0, c1 = self.clause_of(i, pos)
        back = bool(_EARLIER_RE.search(text, c0, c1))
        if end is not None and _PLAN_AFTER.match(text, end, c1):
            return "plan", back
        words = _WORD_RE.findall(text, s, pos)
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            lw = w.lower()
            aux = {x.lower() for x in words[max(0, k - 3):k]}
            if lw in _PLAN_WORDS:
                past = bool(aux & {"was", "were", "had"}) and lw not in ("will", "’ll", "'ll", "shall")
                return ("past-plan" if past else "plan"), back
            if lw in ("is", "are", "am"):
                return "present", back
            if w[0].islower() and (lw in _PAST_IRREGULAR or (lw.endswith("ed") and len(lw) > 4
                                                             and lw not in _NOT_PAST)):
                if aux & {"will", "would", "shall", "’ll", "'ll"}:
                    return "plan", back  # "would be flown home", "will be taken to"
                return "past", back or bool(aux & {"had", "having", "’d", "'d"})
        return "none", back

    def still_to_come(self, ref: _DateRef | None) -> bool:
        if ref is None or self.pub is None:
            return False
        d, _ = self.resolve_date(ref, None)
        return d is not None and d > self.pub

    def story_arrivals(self, i: int, asserts: list[_Assert]) -> list[_Assert]:
        """"Ruto flew in from Nairobi", "arrived later in the day from Abuja": an arrival that names only where
        the traveller came from arrives where the story is (the last place something arrived at): inferred."""
        if self.story_place is None:
            return []
        key, mention = self.story_place
        out = []
        for a in asserts:
            if a.kind != "depart" or a.cue != "from" or a.place == key:
                continue
            c0, c1 = a.clause
            verb = None
            for v in _ARRIVE_VERB.finditer(self.text, c0, a.start):
                verb = v
            if verb is None or any(b.kind in _ARRIVALS and b.traveller == a.traveller and c0 <= b.start < c1
                                   for b in asserts):
                continue
            out.append(_Assert("arrive", key, mention, i, a.traveller, verb.start(), verb.end(), cue=verb.group(),
                               clause=a.clause, planned=a.planned, back=a.back, implied="story",
                               past_plan=a.past_plan))
        return out

    def order_sentence(self, i: int, asserts: list[_Assert]) -> None:
        """Travel order within a sentence, per traveller: clause by clause, departures before arrivals within a
        clause; a clause that looks back ("after a stop in Berlin", "having sailed round the Cape", "on the
        way") goes before the arrival it explains; an opening "Before ..." clause goes last."""
        s, e = self.sents[i]
        text = self.text
        bounds = [(s, "")] + [(b.end(), b.group()) for b in _CLAUSE_RE.finditer(text, s, e)]
        starts = [b for b, _ in bounds]
        by_who: dict[str, list[_Assert]] = {}
        for a in asserts:
            by_who.setdefault(a.traveller, []).append(a)
        n = 0
        for items in by_who.values():
            groups: dict[int, list[_Assert]] = {}
            for a in items:
                groups.setdefault(bisect.bisect_right(starts, a.start) - 1, []).append(a)
            main: list[_Assert] = []
            prior: list[_Assert] = []
            tail: list[_Assert] = []
            for k in sorted(groups):
                g = groups[k]
                if sum(a.kind in ("depart", "begin") for a in g) <= 1:
                    g.sort(key=lambda a: (_KIND_RANK[a.kind], a.start))
                else:  # "from Paris to Rome and from Rome to Berlin": the text's own order
                    g.sort(key=lambda a: a.start)
                c_start, c_end = bounds[k][0], bounds[k + 1][0] if k + 1 < len(bounds) else e
                clause = text[c_start:c_end]
                if k == 0 and len(groups) > 1 and re.match(r"\s*before\b", clause, re.IGNORECASE):
                    tail += g
                elif k > 0 and (_BACK_BREAK.search(bounds[k][1]) or _ONWAY_RE.search(clause)
                                or re.match(r"\s*(?:after|having|following)\b", clause, re.IGNORECASE)):
                    prior += g
                else:
                    main += g
            first_arrival = next((j for j, a in enumerate(main) if a.kind in _ARRIVALS), len(main))
            for a in main[:first_arrival] + prior + main[first_arrival:] + tail:
                a.order = n
                n += 1

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
                state, _ = self.tense_at(i, m.start("wd"))
                direction = -1 if rel == "last" else 1 if rel == "next" else (
                    1 if state == "plan" else -1 if state == "past" else 1 if future else -1)
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
        along a journey, never run backwards: a later stop on an earlier weekday is the next week's."""
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
                # a week at most after the stop before -- unless that was weeks before the article's week
                # ("left Shanghai on 2 February ... docked in Rotterdam on Tuesday")
                while (d - previous).days >= 7 and abs((previous - self.pub).days) <= 7:
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
            prev_cue: tuple[str, bool, int] | None = None  # the mention before: (kind, negated, end), for lists
            for m in ms:
                found = self.cue_for(i, m, prev_cue)
                prev_cue = (found[0], found[3], m.end) if found else None
                if found is None or found[3]:
                    continue  # no cue, or a negated one ("No prime minister has visited", "rather than through")
                kind, cue_start, cue, _ = found
                who = self.traveller_at(i, cue_start, traveller)
                traveller = who
                key = self.key_for(m)
                state, back = self.tense_at(i, m.start, m.end)
                a = _Assert(kind, key, m, i, who, m.start, m.end, cue=cue, clause=self.clause_of(i, m.start),
                            planned=state in ("plan", "past-plan"), back=back,
                            implied="attend" if cue == "attend" else "", past_plan=state == "past-plan")
                sent_asserts.append(a)
                roles[m.start] = ("journey", f"{who}: travel mentioned here, but the article gives no route "
                                             "to draw through it.")
            sent_asserts += self.story_arrivals(i, sent_asserts)
            for hm in _HOME_RE.finditer(text, s, e):  # "headed home": where is decided with the journey
                who = self.traveller_at(i, hm.start(), traveller)
                traveller = who
                state, back = self.tense_at(i, hm.end())
                sent_asserts.append(_Assert("home", None, None, i, who, hm.start(), hm.end(), cue="home",
                                            clause=self.clause_of(i, hm.start()),
                                            planned=state in ("plan", "past-plan"), back=back,
                                            past_plan=state == "past-plan"))
            for a in sent_asserts:
                if a.kind in ("arrive", "final", "ret") and not a.implied and a.mention:
                    self.story_place = (a.place, a.mention)  # where the story is: for "flew in from X"
            self.assign_dates(i, dates, sent_asserts)
            # "was due to call at Marseille": a plan told in the past stands only if its date is still to come
            sent_asserts = [a for a in sent_asserts if not a.past_plan or self.still_to_come(a.date) or any(
                a.clause[0] <= d.start < a.clause[1] and self.still_to_come(d) for d in dates)]
            for d in sorted((a.date for a in sent_asserts if a.date), key=lambda d: d.start):
                resolved, _ = self.resolve_date(d, self.last_date)
                d.in_text_order = resolved
                self.last_date = resolved or self.last_date
            self.order_sentence(i, sent_asserts)
            asserts.extend(sorted(sent_asserts, key=lambda a: a.order))

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
        nearest_first = sorted((a for a in sent_asserts if a.mention), key=lambda a: -a.start)
        for a in nearest_first:  # traveling to Beijing to join ... at a parade
            if a.kind in ("goal", "arrive", "final", "ret") and a.mention and not a.implied \
                    and a.mention.kind not in ("country",) and a.mention.end <= em.start("kw"):
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
        if ref.in_text_order is not None:  # read already, for the travel fact it also dates
            d, inferred = ref.in_text_order, ref.year_inferred
        else:
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
        """Each traveller's facts -> stops in travel order -> legs. Sentences are taken in text order, each as
        a segment in its own travel order; a segment that looks back ("had flown from", "flew from Kyiv" when
        the journey told so far has no origin) goes before the journey told so far, one that starts where
        the journey already was elaborates it, and one still to come ("will travel to") goes after everything
        that happened. Nothing is bridged: a leg whose start the journey never reached stands alone, flagged."""
        legs: list[Leg] = []
        by_traveller: dict[str, list[_Assert]] = {}
        for a in asserts:
            by_traveller.setdefault(a.traveller, []).append(a)
        for who, items in by_traveller.items():
            segments: list[list[_Assert]] = []
            goals: list[_Assert] = []
            for a in items:
                if a.kind == "goal":
                    goals.append(a)
                elif segments and segments[-1][-1].sent == a.sent and segments[-1][-1].planned == a.planned:
                    segments[-1].append(a)
                else:
                    segments.append([a])
            stops: list[_Stop] = []
            for planned in (False, True):
                for seg in segments:
                    if seg[0].planned == planned:
                        self.merge(stops, seg)
                for g in goals:
                    if g.planned == planned:
                        self.add_goal(stops, g)
            self.went_back(stops)
            self.resolve_stop_dates(stops)
            legs += self.legs_of(who, stops)
        return legs

    def contains(self, outer: str, inner: str) -> bool:
        """A country and a place in it."""
        po, pi = self.places[outer], self.places[inner]
        return outer != inner and po.kind == "country" and bool(po.country) and pi.country == po.country

    def to_stops(self, seg: list[_Assert], home: str | None) -> tuple[list[_Stop], list[str]]:
        """One sentence's facts as stops in travel order, and the places passed after the last of them.
        ``home`` is where the journey began, if the article says so: where "headed home" goes."""
        stops: list[_Stop] = []
        pending: list[str] = []
        for a in seg:
            if a.kind == "via":
                if a.place not in pending:
                    pending.append(a.place)
                continue
            if a.kind == "home":
                if home is not None and not (stops and stops[-1].key == home):
                    stops.append(_Stop(home, arrive=a.date, sents=[a.sent], clauses=[a.clause], link="home",
                                       planned=a.planned, via=pending))
                    pending = []
                continue
            if a.kind in ("depart", "begin"):
                st = _Stop(a.place, depart=a.date if a.kind == "depart" else None,
                           arrive=a.date if a.kind == "begin" else None, depart_sents=[a.sent],
                           depart_clause=a.clause, origin=True, begin=a.kind == "begin", planned=a.planned)
                if stops and stops[-1].key == a.place:
                    stops[-1].absorb(st)
                    continue
                if stops:
                    st.link = "break"
                    st.note = self.gap_note(stops[-1].key, a.place)
                stops.append(st)
                continue
            st = _Stop(a.place, arrive=None if a.kind == "stay" else a.date, seen=a.date if a.kind == "stay" else None,
                       crossing=a.kind == "cross", ret=a.kind == "ret", sents=[a.sent], clauses=[a.clause],
                       link={"attend": "implied", "story": "story"}.get(a.implied, "stated"), planned=a.planned)
            if stops and stops[-1].key == a.place:
                stops[-1].absorb(st)
                continue
            if stops and self.contains(a.place, stops[-1].key):
                continue  # "crossed into China" at Dandong: the country says nothing new
            if stops and not stops[-1].origin and self.contains(stops[-1].key, a.place):
                stops[-1].key = a.place  # "entered Iran ... in Tehran": the city says where
                stops[-1].absorb(st)
                continue
            st.via, pending = pending, []
            stops.append(st)
        return stops, pending

    def gap_note(self, before: str, here: str) -> str:
        a, b = self.places[before].name, self.places[here].name
        if self.contains(before, here):
            return f"Starts in {b}, in {a}, where the journey had reached; the article does not say how."
        return (f"Does not start where the journey had reached ({a}): the article does not say how the traveller "
                f"got from {a} to {b}, so no leg is drawn between them.")

    def merge(self, stops: list[_Stop], seg: list[_Assert]) -> None:
        """Fit one sentence's stops into the journey told so far (see build_legs)."""
        home = stops[0].key if stops and stops[0].origin else None
        new, open_via = self.to_stops(seg, home)
        back = any(a.back for a in seg)
        # "Xi flew back to Beijing on March 22 ... Xi arrived in Moscow on March 20": dates outrank text order
        told = [d for st in stops for d in self.fixed_dates(st)]
        here = [d for st in new for d in self.fixed_dates(st)]
        if told and here and max(here) < max(told) and not any(a.planned for a in seg):
            back = True
        if new and new[0].link == "home" and stops and stops[-1].key == new[0].key:
            new = new[1:]  # already home
        if not new:
            return
        if not stops:
            new[0].link = "start"
            stops += new
            stops[-1].open_via += open_via
            return
        first = new[0]
        keys = [st.key for st in stops]
        if first.origin:
            last = stops[-1]
            if last.key == first.key or self.contains(first.key, last.key):
                self.continue_from(stops, new, open_via)
                return
            k = keys.index(first.key) if first.key in keys else -1
            if k >= 0 and len(new) == 1:  # "left Berlin on Wednesday": when it left a place already on the way
                stops[k].absorb(_Stop(first.key, depart=first.depart, depart_sents=first.depart_sents,
                                      depart_clause=first.depart_clause, origin=True))
                if open_via and k + 1 < len(stops):
                    stops[k + 1].via = [*open_via, *(v for v in stops[k + 1].via if v not in open_via)]
                return
            if k == 0 or (k > 0 and back):
                stops[k].absorb(_Stop(first.key, depart=first.depart, depart_sents=first.depart_sents,
                                      depart_clause=first.depart_clause, origin=True))
                j = k  # "left Shanghai ... and called at Ningbo and Singapore": fill in the stops after k
                for st in new[1:]:
                    if j + 1 < len(stops) and stops[j + 1].key == st.key:
                        stops[j + 1].absorb(st)
                    else:
                        stops.insert(j + 1, st)
                    j += 1
                return
            if back or first.begin or (len(new) == 1 and not stops[0].origin):
                self.prepend(stops, new, open_via)
                return
            first.link, first.note = "break", self.gap_note(last.key, first.key)
            stops += new
            stops[-1].open_via += open_via
            return
        if back:
            if first.key in keys:
                stops[keys.index(first.key)].absorb(first)
                return
            self.prepend(stops, new, open_via)
            return
        self.continue_from(stops, new, open_via)

    def fixed_dates(self, st: _Stop) -> list[dt.date]:
        """The calendar dates a stop's own words give (weekdays are read along the journey, so not here)."""
        out = []
        for ref in (st.arrive, st.seen, st.depart):
            if ref is not None and ref.kind == "abs":
                d, _ = self.resolve_date(ref, None)
                if d is not None:
                    out.append(d)
        return out

    def continue_from(self, stops: list[_Stop], new: list[_Stop], open_via: list[str]) -> None:
        last = stops[-1]
        first = new[0]
        if first.key == last.key or self.contains(first.key, last.key):
            last.absorb(_Stop(last.key, arrive=first.arrive, depart=first.depart, crossing=first.crossing,
                              sents=first.sents, clauses=first.clauses, depart_sents=first.depart_sents,
                              depart_clause=first.depart_clause, origin=first.origin, via=[]))
            last.open_via += [v for v in first.via if v not in last.open_via]
            new = new[1:]
        elif not last.origin and last.link != "start" and self.contains(last.key, first.key) \
                and first.link == "stated":
            last.key = first.key  # "reached Turkey ... spent the winter in Istanbul"
            last.absorb(first)
            new = new[1:]
        if new:
            if new[0].link != "break":
                new[0].via = [*last.open_via, *(v for v in new[0].via if v not in last.open_via)]
            last.open_via = []
            stops += new
        stops[-1].open_via += [v for v in open_via if v not in stops[-1].open_via]

    def prepend(self, stops: list[_Stop], new: list[_Stop], open_via: list[str]) -> None:
        """What came before the journey told so far: joined to its first stop when the article's words
        leave no other reading (a departure whose end it does not name), else kept apart."""
        head = stops[0]
        last = new[-1]
        if last.key == head.key:
            head.absorb(last)
            head.link, head.via = last.link, [*last.via, *head.via]
            new = new[:-1]
        elif self.contains(head.key, last.key) and len(stops) > 1:
            last.absorb(_Stop(last.key, depart=head.depart, depart_sents=head.depart_sents,
                              depart_clause=head.depart_clause, origin=head.origin))
            stops.pop(0)
            stops[0:0] = new
            new[0].link = "start"
            return
        elif (len(new) == 1 and last.origin) or not head.origin:
            # "flew from Kyiv via Rzeszów": to the next place named; or the next place, reached from nowhere the
            # article names, was reached from here
            head.link = "joined" if last.origin else "joined-from"
            head.via = [*open_via, *head.via]
        else:
            head.link, head.note = "break", self.gap_note(last.key, head.key)
        if new:
            new[0].link = "start"
        stops[0:0] = new

    def add_goal(self, stops: list[_Stop], g: _Assert) -> None:
        """"is traveling to Beijing", "his first visit to China": the trip's destination, when no stop says it."""
        if not stops or stops[-1].key == g.place or any(st.key == g.place for st in stops[1:]):
            return
        if any(self.contains(g.place, st.key) for st in stops):
            return
        gp = self.places[g.place]
        if gp.kind == "region" and any(self.places[st.key].country == gp.country for st in stops):
            return
        st = _Stop(g.place, arrive=g.date, sents=[g.sent], clauses=[g.clause], planned=g.planned,
                   via=stops[-1].open_via)
        stops[-1].open_via = []
        stops.append(st)

    def went_back(self, stops: list[_Stop]) -> None:
        """"Xi flew back to Beijing": a journey whose start the article does not give began where the traveller
        went back to (inferred)."""
        if len(stops) < 2 or stops[0].origin or not stops[1].ret or stops[1].key == stops[0].key \
                or stops[1].link not in ("stated", "joined-from") or stops[1].planned:
            return  # only the simplest shape: a place, then back home from it
        back_to = stops[1]
        stops[0].link = "went-back"
        stops.insert(0, _Stop(back_to.key, depart_sents=back_to.sents[:1], origin=True, link="start"))

    def resolve_stop_dates(self, stops: list[_Stop]) -> None:
        """Dates in travel order: weekdays never run backwards along the journey."""
        previous: dt.date | None = None
        for st in stops:
            for which in ("arrive", "seen", "depart"):
                ref = getattr(st, which)
                d, inferred = self.resolve_date(ref, previous)
                if d is None and ref is not None and ref.kind in ("same", "next"):
                    d = ref.in_text_order  # "arrived later in the day": the day the text was telling
                if d is not None:
                    previous = d
                    setattr(st, f"{which}_date", d)
                    st.date_inferred = st.date_inferred or inferred

    def legs_of(self, who: str, stops: list[_Stop]) -> list[Leg]:
        legs: list[Leg] = []
        last_mode: str | None = None
        for a_stop, b_stop in zip(stops, stops[1:], strict=False):
            if b_stop.link == "break" or a_stop.key == b_stop.key:
                continue
            sents = sorted(dict.fromkeys([*(a_stop.depart_sents or a_stop.sents)[-1:], *b_stop.sents]))
            mode = None
            for span in [*b_stop.clauses, *([a_stop.depart_clause] if a_stop.depart_clause else [])]:
                mode = mode or self.mode_in(span)
            for si in [*b_stop.sents, *a_stop.depart_sents[-1:]]:
                mode = mode or self.mode_in(self.sents[si])
            inferred = False
            confidence = 0.85
            notes: list[str] = []
            if a_stop.link == "break" and a_stop.note:
                notes.append(a_stop.note)
                confidence = 0.75
            if mode is None and last_mode:
                mode, inferred, confidence = last_mode, True, min(confidence, 0.6)
                notes.append(f"Mode carried over from the previous leg ({mode}).")
            mode = mode or "unknown"
            last_mode = mode if mode != "unknown" else last_mode
            to_name, from_name = self.places[b_stop.key].name, self.places[a_stop.key].name
            why = {"joined": (0.7, f"The article says where this leg started but not where it went; joined to the "
                                   f"next place it names ({to_name})."),
                   "implied": (0.65, f"Implied: the article says {who} attends an event in {to_name}."),
                   "joined-from": (0.65, f"The article does not say where this leg started; taken as the place it "
                                         f"names {who} at before ({from_name})."),
                   "went-back": (0.55, f"The article says {who} went back to {from_name}, so the journey is taken "
                                      f"to have begun there."),
                   "story": (0.6, f"The article says {who} arrived from {from_name}; where is taken from the "
                                  f"story ({to_name})."),
                   "home": (0.5, f"The article says {who} went home; home taken as where the journey began "
                                 f"({to_name}).")}.get(b_stop.link)
            if why:
                inferred, confidence = True, min(confidence, why[0])
                notes.insert(0, why[1])
            if b_stop.planned:
                inferred, confidence = True, min(confidence, 0.6)
                notes.insert(0, "Planned: the article says this travel is still to come.")
            depart = a_stop.depart_date
            arrive = b_stop.arrive_date
            if depart and arrive and arrive < depart:
                arrive = None
            if (a_stop.date_inferred and depart) or (b_stop.date_inferred and arrive):
                inferred, confidence = True, min(confidence, 0.7)
                notes.append("Year taken from the publication date.")
            quotes = [self.quote(si) for si in sents]
            legs.append(Leg(traveller=who, from_=a_stop.key, to=b_stop.key, mode=mode,
                            depart=depart.isoformat() if depart else None,
                            arrive=arrive.isoformat() if arrive else None, via=list(b_stop.via),
                            crossing=b_stop.key if b_stop.crossing else None, quote=quotes[0],
                            more_quotes=quotes[1:], inferred=inferred, confidence=confidence,
                            note=" ".join(notes)))
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
