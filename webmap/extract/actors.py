"""Stage: actors -- who travels. People the text names (after a title, a given name, or a run of capitalised
words that are not places), the short forms that refer to them ("Kim" -> "Kim Jong Un"), and the traveller of a
travel verb: the subject of its clause, or a pronoun, "the team" or "his train" that continues the last one."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from gazetteer.demonyms import DEMONYMS, REGION_ADJECTIVES
from gazetteer.wordlists import (
    CALENDAR,
    GIVEN_NAMES,
    NEVER_PLACES,
    NOBLE_TITLES,
    ORG_HEADS,
    PLACE_TYPES,
    ROLE_WORDS,
    SENTENCE_OPENERS,
    TITLES,
    VESSEL_NOUNS,
)

from .document import Doc, normalise

UNKNOWN = "unknown traveller"  # who travels, when the text does not say
# capitals and small letters, Latin ones beyond ASCII too ("Mevlüt Çavuşoğlu", "Şahin", "Łukasz")
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
_CAPITALISED = re.compile(rf"[{_UPPER}][\w’'-]*")
_HONORIFIC = r"(?:(?:Sir|Dame|Lord|Lady|Dr\.?|Mr\.?|Mrs\.?)\s+)?"  # before a name: "her husband Sir Timothy"
# a name just before a travel verb: the subject of a sentence that opens with something else
_SUBJECT_RE = re.compile(rf"(?<![\w’'])(?P<n>[{_UPPER}](?:[{_LOWER}]+|[’'][{_UPPER}][{_LOWER}]+))\s+"
                         r"(?:and\s+(?:his|her|their)\s+(?:wife|husband|family|entourage|delegation)"
                         rf"(?:,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,|\s+{_HONORIFIC}"
                         r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})?\s+)?"  # "Clinton and his wife, Hillary,", "Anne
                         # and her husband Sir Timothy Laurence left"
                         r"(?:[a-z]+ly\s+)?(?:flew|left|arrived|travell?ed|drove|"
                         r"sailed|went|headed|returned|landed|reached|crossed|set\s+off|will|is|was|had|has)\b")


# subjects that continue the traveller before them: "the team", "the royal couple", "a bus", "the vessel"
_GROUP_HEADS = frozenset("""team squad side players delegation delegations contingent couple pair party group entourage
convoy motorcade ship vessel boat ferry plane jet aircraft airliner train bus coach crew passengers evacuees royals
travellers travelers visitors leader leaders pope pontiff monarch envoy mission caravan flotilla fleet tanker
carrier freighter liner helicopter minister president premier chancellor king queen prince princess
secretary trucks lorries vehicles buses yacht yachts warship warships frigate destroyer canoe cayuco dinghy raft
catamaran schooner sailboat steamer barge lifeboat trawler submarine airplane airplanes planes jets
taskforce cricketers footballers athletes
riders cyclists runners rowers walkers marchers""".split())  # "England’s cricket squad arrived ... The cricketers were"
# nouns that name who or what travels: a phrase that ends elsewhere ("The modified" from "The modified Boeing 757",
# "The visit") is not a traveller
ACTOR_NOUNS = _GROUP_HEADS | frozenset("""refugees migrants evacuees climbers hostages pilgrims tourists troops
soldiers fans students athletes survivors rescuers volunteers trucks lorries mission expedition family children
officials delegates astronauts sailors rowers cyclists runners hikers pilots prisoners detainees asylum-seekers
seekers workers band orchestra cardinal pontiff tsar emperor sultan emir duke duchess governor mayor senator
premier ambassador commander general admiral chief rider driver swimmers passengers pilgrim expeditions boats ships
vessels ferries helicopters minors visitors youngsters teenagers orphans kids pupils schoolchildren troupe
ensemble choir fishermen castaways stowaways deportees returnees walkers marchers seafarers""".split())
# the last word of a place's name, not a person's: "the Gobi Desert", "Everest Base Camp", "Westminster Abbey" (when
# the gazetteer lacks the place, its capitalised words are no traveller)
_FEATURE_ENDS = (PLACE_TYPES - {"park"}) | frozenset("""gap ocean camp gorge plateau steppe glacier falls crossing
monastery stadium showgrounds cathedral temple abbey castle hall museum tower hotel arena chapel memorial cemetery
hospital library theatre theater pavilion mausoleum fortress citadel lighthouse basilica shrine residence
pass peak peaks colony protectorate dominion""".split())
# the first word of a feature's name: "the famous River Bosphorus", "Lake Titicaca", "Mount Kenya"
_FEATURE_STARTS = frozenset("river lake mount mt cape gulf strait isle".split())
# "the Macarena National Park" is a park, "President Park" a person
_PARK_KINDS = frozenset("""national memorial olympic central state marine safari regional forest wildlife game theme
amusement industrial science technology business sculpture water country""".split())
# words before a name that make a name ending in "Park" a place: "left Zuccotti Park", "in Gorky Park"
_WHERE_BEFORE = re.compile(r"\b(?:left|leaving|leaves|leave|reached|reaching|reaches|in|at|from|to|into|near|"
                           r"outside|inside)\s+$")
_AGENT_ENDINGS = ("er", "ers", "ist", "ists", "ian", "ians", "ee", "ees", "or", "ors", "ess", "ant", "ants", "ent",
                  "ents")
# what ends like an agent and names no one: "The development necessitated", "The weather forced"
_AFTER_A_VISIT = re.compile(r"\s*(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)  # to the cue
_VISIT_NOUN = re.compile(r"(?:visit|trip|tour|stay|journey|voyage)\b", re.IGNORECASE)  # a cue that is a noun
_NOT_AGENTS = ("ment", "ments", "vent", "vents", "ident", "idents")
_NOT_ACTORS = frozenset("""weather number border river water matter disaster order answer letter paper power
corner centre center quarter chapter winter summer error three free degree fee guarantee recent current
different important significant urgent constant distant major minor junior senior prior interior exterior superior
inferior present absent frequent permanent efficient excellent independent apparent pleasant elegant brilliant
abundant vacant instant relevant""".split())  # "The three days visit to Chile", "A free trade
# deal ... when she touches down", "Other major towns passed were"
# a speaker is not the traveller: "Coach Gregg Berhalter said the team will fly to"
# ("Ana Ruiz, an official at the port, told Reuters the ferry ..."): the appositive between is skipped
_SPEECH = r"said|says|say|told|tell|added|explained|announced|confirmed|confirm|tweeted|wrote|reported|reports|" \
          r"disclosed|revealed|claimed|claims|stated|states"  # "Officials say he will travel to New Zealand"
_SPEAKER_AFTER = re.compile(r"[^,;]{0,40}?(?:,[^,;“”\"]{1,120},)?[^,;]{0,40}?(?:,\s*)?\b(?:" + _SPEECH + r")\b")
_SPEECH_WORD = re.compile(_SPEECH)


def _speaker_after(text: str, pos: int, end: int | None = None) -> re.Match | None:
    """``_SPEAKER_AFTER.match(text, pos, end)``, tried only where a word of speech follows ``pos``: a plain search
    for one costs a tenth of what the backtracking match costs to fail."""
    end = len(text) if end is None else end
    return _SPEAKER_AFTER.match(text, pos, end) if _SPEECH_WORD.search(text, pos, end) else None
_REPORTED = re.compile(r"(?:\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?,?"
                       r"\s+(?:that\s+)?(?P<np>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\d[\d,]*|two|three|four|five|"
                       r"six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of)\s+(?:[A-Za-z-]+\s+){0,2}?"
                       r"(?P<h>[a-z]+))\b")
# one person named by what they do: "the 66-year-old sailor" after "Adventurer Kenichi Horie sailed into ..."
# ... and stars by their trade: "The Hollywood megastar will be in Sydney", the star the story is about
STAR_HEADS = ("star", "megastar", "superstar", "popstar", "actor", "actress", "singer", "rapper")
_PERSON_HEADS = frozenset("""sailor yachtsman yachtswoman adventurer explorer rower runner cyclist skier climber
mountaineer swimmer walker hiker kayaker athlete aviator balloonist""".split()) | frozenset(STAR_HEADS)
# "KCNA reported that the North Korean leader left": a title for the traveller the text has been following
_TITLE_HEADS = frozenset("leader president minister premier chancellor king queen pope pontiff monarch".split())
_HEAD_OF = re.compile(r"head\s+of\s+(?:the\s+)?(?:[A-Za-z]+\s+)?(?:diplomacy|delegation|government|state|mission)\b")
# "an estimated 181,000 arriving", "some 300 migrants arrived": a count of people right before the verb
_COUNTED = re.compile(r"(?:^\s*|(?<!\d)[,;]\s*|\b[Ww]ith\s+|\b[Ww]hile\s+)"
                      r"(?P<np>(?:(?:[Aa]n\s+estimated|[Ss]ome|[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|"
                      r"[Mm]ore\s+than|[Oo]ver|[Uu]p\s+to|[Aa]\s+total\s+of|[Aa]t\s+least)\s+)?(?:(?!(?:1[89]|20)\d\d\b)\d[\d,.]*(?<![,.])|"
                      r"(?:[Tt]ens\s+of\s+)?(?:[Tt]housands|[Hh]undreds|[Dd]ozens|[Ss]cores)\s+of)"
                      r"(?:\s+(?:million|thousand|hundred))?"
                      r"(?:\s+(?!(?:and|or|on|in|of|he|she|they|it|we|who|which|that|hours?|days?|minutes?|weeks?|"
                      r"months?|years?|miles?|km|kilometres?|kilometers?)\b)[a-z-]+){0,2}?"
                      r"(?:,\s+women\s+and\s+children)?)\s+"  # "A total of 578 men, women and children arrived"
                      r"(?:(?:have|had|has|were|are|will|would)\s+(?:been\s+)?)?"
                      r"(?:(?:also|still|then|later|now)\s+)?(?:(?:[a-z]+ed|ride|walk|cycle|sail|fly|travel|drive|"
                      r"march|row|trek|flew|rode|drove)\s+)?$")  # "Some 400 cyclists will ride from", "Some 60
                      # tourists were also stranded in"; not "after more than 30 hours of travel from"
# a name and an age right before the verb: "Skerrit, 38, arrived at", "Kim, 41, later flew to"
_AGE_APPOSED = re.compile(r"(?<![\w’'-])(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s*\d{1,3},\s*"
                          r"(?:(?:also|then|later|finally|first|has|had|have|will|was|were)\s+){0,2}$")
# "Queen Elizabeth", "Pope Francis": a title and a name is a person, even where a town bears the name
_TITLE_NAME = re.compile(r"^(?:Queen|King|Pope|Prince|Princess|President|Emperor|Empress|Sir|Dame|Lord|Lady|"
                         r"Chancellor|Premier|Sultan|Emir|Sheikh|Cardinal|Archbishop|Bishop|Saint)\s+[A-Z]")
# ...but a name that ends in a kind of site is the site's: "North Carolina's Pope Air Force Base", "King Khalid
# International Airport"
_SITE_END = re.compile(r"\s(?:Airport|Airfield|Aerodrome|Air\s+Base|Air\s+Force\s+Base|Naval\s+(?:Air\s+)?Station|"
                       r"Hospital|Stadium|Cathedral|Museum|Barracks|Bridge|Palace)$")
# words that open a sentence or a phrase and are never a name: "Besides Sri Lanka, he is slated to travel to",
# "Afterwards an extended tour of Britain was undertaken"
# an itinerary's lines open on a verb: "Jan. 1: Visits National Maritime Museum. Leaves for Canberra"
_ITINERARY_VERBS = frozenset("leaves arrives departs returns visits tours flies travels heads meets lands".split())
_NOT_NAMES = frozenset("""besides apart unlike like including excluding except following alongside subsequently
initially originally eventually additionally afterwards afterward thereafter""".split()) | _ITINERARY_VERBS
# a headline's verb after a name in title case: "Reagan Plans Speeches, Meetings on European Tour" names Reagan
_HEADLINE_VERBS = _ITINERARY_VERBS | frozenset("plans planning says said begins ends wraps pays opens calls".split())
# a leader's aircraft or train by its call sign: a vehicle, not a person ("Air Force One stopped at Ramstein")
_CALL_SIGN = re.compile(r"(?:Air\s+Force|Marine|Army|Navy|Executive|Train\s+Force)\s+(?:One|Two)\b")
# a military base's prefix: "CFB Borden" names no one (a ship's, "HMAS Adelaide", names a traveller)
_BASES = frozenset("CFB AFB NAS MCAS".split())
# a sentence that opens on a participle clause: its traveller is the subject after the comma
# ("From Harare, Mandela is scheduled to fly to Tanzania", "On Wednesday, before heading on to Uruguay, Bachelet is
# expected" too)
_FRONTED = re.compile(r"\s*(?:(?:(?:(?:On\s+[A-Z][a-z]+day|Later|Then|Earlier|Meanwhile),\s+(?=[a-z]))?"
                      r"(?:Before|After|While|Upon|On|Since|Having|Following|(?<=,\s)(?:before|after|while|upon|"
                      r"having|following))\s+[a-z]+ing\b[^,.;:]{0,120}|"
                      r"(?:Led|Accompanied|Headed|Escorted)\s+by\s+[^,.;:]{1,60}|"  # "Led by Jos Buttler, England’s"
                      r"From\s+(?:the\s+)?[A-Z][^,.;:]{0,50}),\s*|"
                      # "Travelling from Europe to Asia, through south-east Asia, to Australia, he completed": the
                      # participle's list runs on to the subject (past a month's abbreviation: "Flying to Washington
                      # on Feb. 19, Havel received")
                      # "Meanwhile, France’s players were given a welcoming reception": a sentence adverb, then its
                      # own subject
                      r"(?:Meanwhile|Elsewhere|Separately|Similarly|Likewise),\s*(?=[A-Z])|"
                      r"(?:Travell?ing|Flying|Driving|Sailing|Walking|Cycling|Riding|Arriving|Heading|Returning|"
                      r"Leaving|Departing|Crossing|Landing)\s+(?:from|to|through|across|into|in|at|back|home|via|for|"
                      r"out)\b(?:[^.;:]|(?<=\b[A-Z][a-z]{2})\.(?=\s\d)){0,160}?,\s*"
                      r"(?=(?:he|she|they|we|I)\s|(?:[A-Z][\w.’'-]+\s+){1,4}(?:[a-z]+ed|was|"
                      r"were|had|has|is|are|will)\b))")
_THE_VEHICLE_WHICH = re.compile(r"\b(?:off|on|from|aboard)\s+the\s+(?:[a-z-]+\s+){0,2}?(?:plane|aircraft|jet|flight|"
                                r"airliner|ship|ferry|train|bus|boat|vessel)\s+(?:which|that)\s+(?:had\s+|has\s+)?"
                                r"(?:[a-z]+\s+)?$")
# a person's name alone before a clause that opens with "after" or "before": the main clause's subject
_LEAD_NAME = re.compile(r"\s*(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),?\s*")
_FRONTED_PRONOUN = re.compile(r"(?:he|she|they)\s")
_AGED = re.compile(r"\s*[Tt]he\s+\d{1,3}-year-old\s+(?:[A-Z][\w’'-]*\s+){1,3}$")
# "South Africa's president", "Kenya's foreign minister"
_OWNER = re.compile(r"\s*(?P<np>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s)\s+"
                    r"(?:(?:[a-z-]+|[A-Z][a-z]+)(?:’s|'s)?\s+){0,5}?"
                    r"(?:president|premier|prime\s+minister|foreign\s+minister|minister|chancellor|king|queen|"
                    r"leader|monarch|envoy|ambassador|delegation|team|squad|side|ruler|emir|crown\s+prince|"
                    r"players|footballers|cricketers|athletes|rowers|climbers|crew|troupe|orchestra|band|choir|ensemble|"
                    r"contingent))\b")
_SURNAME_SUBJECT = re.compile(r"[A-Z][\w’'-]+(?=\s)")  # the surname of someone named before, as a subject
# a cue that holds its traveller: "The arrival of US President Bill Clinton to Pakistan"
_ARRIVAL_OF = re.compile(r"arrival\s+of\s+")
_TITLED_HELD = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}?(?:President|Pope|King|Queen|Prince|Princess|Emperor|"
                          r"Chancellor|Premier|Minister|Sheikh|Emir)\s+(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
                          r"\s+(?:in|at|to)\b")
_APPOSED_SURNAME = re.compile(r"\s*(?P<n>[A-Z][\w’'-]+),\s+(?:the\s+|a\s+|an\s+)?[a-z]")  # "Zardari, widower of"
# who goes with someone: "accompanied by", "attended by"
_ESCORT_BY = r"(?:attended|accompanied|flanked|joined|escorted)\s+by\s+"
# a surname, then who goes with its bearer, then the verb: "Wen, accompanied by Vice Premier Hui Liangyu, flew to"
_ESCORTED_SUBJECT = re.compile(r"\s*(?P<n>[A-Z][\w’'-]+),\s+" + _ESCORT_BY + r"[^,;:.]{1,80},\s*(?:[a-z]+\s+){0,2}$")
# who goes with the person the clause opens on, between it and the verb: "the Duke and Duchess of York, attended by
# the Lady Eva Dugdale, Lady-in-waiting, Colonel Sir Nigel Kingscote, and Major the Hon. Derek Keppel, on Tuesday
# departed from Euston" -- the escort's names are no subject
_ESCORT_AFTER = re.compile(r",\s+" + _ESCORT_BY)
# ... then the verb and what it goes on to, with no subject of its own: ", on Tuesday departed from Euston in order
# to travel to"
_ESCORT_TAIL = re.compile(r",\s*(?:(?!(?:he|she|they|it|we|who|which|whom|whose)\b)[\w’'-]+[\s,]+){0,24}",
                          re.IGNORECASE)
# "At the invitation of Chairman ... Kim Jong-un, Vladimir Putin will pay a visit": the host is not the subject
_INVITED_BY = re.compile(r"\s*[“\"]?(?:At|On|Upon)\s+the\s+(?:invitation|request)\s+of\s+[^;:.]{0,160}?,\s*")
# a sentence about part of a group, set against another part: a traveller of its own
_PART_RE = re.compile(r"\s*(?P<n>Others|Some|The\s+others|The\s+rest|Many\s+others)\s+(?!of\b|\d)")  # not "Some 400"
_PLACE_PREP = re.compile(r"\b(?:in|at|to|from|near|via|into|of|through|outside)\s+(?:the\s+)?$", re.IGNORECASE)
# a person a site is named for is no one in the story: "visit the shrines of Imam Ali (AS) in Najaf and Imam Hussein
# (AS) in Karbala", "laid a wreath at the tomb of King Mohammed V"
_SITE_OF = re.compile(r"\b(?:shrines?|tombs?|mausoleums?|graves?|statues?|monuments?|memorials?|birthplace|"
                      r"resting\s+place)\s+of\s+(?:[^.;]{0,50}?\s(?:and|or)\s+)?$")


# "... on Saturday the team heads to": a subject of at most six words just before the cue
_LATE_SUBJECT = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+){0,2}?(?P<h>[a-z]+)\s+"
                           r"(?:[a-z]+ly\s+)?(?:[a-z]+\s+)?$")


def _last_words_start(text: str, n: int) -> int:
    """Where the last n runs of non-space characters of ``text`` begin (0 if it has no more): a pattern that
    matches at most n such runs up to the end is looked for from there, not from the start of a long clause."""
    parts = text.rsplit(None, n)
    if len(parts) <= n:
        return 0
    rest = text[len(parts[0]):]
    return len(parts[0]) + len(rest) - len(rest.lstrip())


_BLANKS = re.compile(r"[ \t]+")
# a name, a comma, then a region or country and nothing more: "Haida Gwaii, B.C." is a place
_QUALIFIED_BY = re.compile(r"[ \t]*,[ \t]*")
_APPOSITION_END = re.compile(r"[ \t]*(?:[.,;:\n]|$)")
_INITIAL_GAP = re.compile(r"\.[ \t]+")  # "Nelson R. Mandela", "George W. Bush": a middle initial
_NOT_AFTER_INITIAL = frozenset("The A An He She It They We In On At But And".split())  # "Plan B. The"
# a clause after "after", "before" ... or that opens with one: its traveller is the one before
_SUBORDINATE_BREAK = re.compile(r"\b(?:after|before|following|having|with|then)\b", re.I)
_SUBORDINATE_OPENING = re.compile(r"\s*(?:after|before|following|having|on\s+the\s+way|en\s*route)\b", re.I)


# "President Yoweri Tibuhaburwa Museveni On January 21 returned": a capitalised word that opens a time, not a name's
_TIME_PREPS = frozenset("On In At By From To After Before During Since Until".split())
# "Speaking to Havel at the White House, President George Bush said": a participle, no one's name
_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ing")
# a capitalised word, "O’Neill" too
_NAME_RE = re.compile(rf"(?:^|\s)(?P<n>[{_UPPER}](?:[{_LOWER}]+|[’'][{_UPPER}][{_LOWER}]+))(?:’s|'s)?(?=\s)")
_AFTER_PREP = re.compile(r"(?:\b(?:at|in|against|from|on|near|with|of|by)\s+(?:the\s+)?|©\s*)(?:[A-Z][\w’'-]*\s+)*$")


def _names_in(doc: Doc, clause_start: int, end: int, clause: str) -> list[tuple[int, int, int, str]]:
    """The capitalised words from ``clause_start`` to the sentence's ``end`` that may name a traveller (not a
    place, a sentence opener or a word after "in", "from"...), as (start, end, end of the match, word) from
    clause_start. Found once per clause: ``clause`` (the clause up to a cue) takes those whose match ends before
    it does, which are the ones it holds itself, where every place in a long clause used to rescan it."""
    found = doc.memo.get(("names", clause_start))
    if found is None:
        seg = doc.text[clause_start:end]
        found = doc.memo[("names", clause_start)] = [
            (n.start("n"), n.end("n"), n.end(), n.group("n")) for n in _NAME_RE.finditer(seg)
            if not (doc.in_mention(clause_start + n.start("n")) or normalise(n.group("n")) in SENTENCE_OPENERS
                    or normalise(n.group("n")) in _NOT_NAMES or _AFTER_PREP.search(seg, 0, n.start("n"))
                    or _PARTICIPLE.fullmatch(n.group("n")) and normalise(n.group("n")) not in GIVEN_NAMES)]
    return found


# news agencies and bylines: "Reuters Staff", "LONDON (Reuters)", "(AFP)", "Dominion Special, Auckland, November 23."
# write the story, they do not travel in it
_AGENCIES = frozenset("""reuters reuter afp ap xinhua staff bloomberg upi pti ani ians bernama yonhap kuna tass efe dpa
kyodo sapa antara wam irna anadolu nzpa aap ansa jiji special correspondent""".split())

# aircraft makers and airlines: "on board an Alitalia Boeing 777 jet" names a plane, not a person
_CRAFT = frozenset("""boeing airbus embraer bombardier antonov ilyushin tupolev cessna gulfstream learjet lockheed
dreamliner alitalia lufthansa emirates qantas aeroflot""".split())
# armed forces and their units: "NZ Army’s Royal New Zealand Corps of Signals" names no one
_FORCES = frozenset("army armies navy corps regiment battalion brigade squadron fleet".split())
# words no person's name has: an organisation's, an agency's, an aircraft's, a force's
# bodies of nations or of sports, and words no one's name has: "a South American Football Confederation (Conmebol)
# event", "The Royal Mint in Llantrisant"
_BODIES = frozenset("confederation confederacy alliance coalition federations mint".split())  # "The Royal Mint"
# a named storm: "just before Hurricane Emily struck the Yucatan Peninsula" (after the newlyweds were evacuated)
_STORMS = frozenset("hurricane typhoon cyclone tropical".split())
_NOT_PERSON_WORDS = ORG_HEADS | _AGENCIES | _CRAFT | _FORCES | _BODIES | _STORMS
# the last word of a religious body's or house's name: "the head of Syrian Orthodox Church" names no one
_RELIGIOUS_BODIES = frozenset("church churches synod diocese archdiocese patriarchate mosque cathedral monastery "
                              "temple parish".split())
# the last word of an occasion's, a competition's or a meeting's name: "after celebrating Flag Day in Rosario",
# "during Freedom Week", "the Tri-Nation Series", "the Champions Trophy", "the Eras Tour", "the Omani Royal Anthem"
_OCCASIONS = frozenset("""day eve week festival holiday holidays anniversary jubilee series trophy cup championship
championships tournament games olympics league summit conference forum expo rally marathon tour anthem
anthems""".split())
# the last word of a name of land or water: "through the King Country", "Prince William Sound", "Queen Charlotte
# Islands" -- a place the gazetteer may lack, no royal
_LANDFORMS = frozenset("""country island islands sound coast peninsula valley strait gulf mountains river channel
desert reef archipelago""".split())
_NOT_NAME_ENDS = _OCCASIONS | _RELIGIOUS_BODIES | _LANDFORMS  # the last word of a run that names no person


# a photo's credit: "© Sputnik / Alexey Kudenko", "(AP Photo/Eugene Hoshiko, File)", "REUTERS/Kevin Lamarque" --
# whoever took the picture, not someone in the story
_CREDIT_BEFORE = re.compile(r"(?:©[^\n]*|\b[Pp]hoto(?:graph)?\s*(?:/|:|by\b)[^\n]*|\w\s*/\s*)\Z")


def _credited(text: str, start: int, end: int) -> bool:
    """``_CREDIT_BEFORE.search(text, start, end)``, asked only where a credit's mark is: every match has a "©",
    a "/" or a "hoto" in it, and most windows have none (three finds cost far less than the search)."""
    if text.find("/", start, end) < 0 and text.find("©", start, end) < 0 and text.find("hoto", start, end) < 0:
        return False
    return _CREDIT_BEFORE.search(text, start, end) is not None


_FROM_CAME = re.compile(r"\s*From\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}(?:came|come|comes|arrived|arrive|arrives|"
                        r"flew|sailed|travelled|traveled)\s+")  # an inverted subject: "From Manila came ... Romulo"
_TITLE_OF = re.compile(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")  # "Archbishop of ", "Mayor of "


def _find_people(doc: Doc) -> list[tuple[int, int, str]]:
    """Runs of capitalised words that are names of people: after a title, or starting with a given name,
    or two or more capitalised words that are not places (span start, end, name)."""
    spans_sorted = sorted((m.start, m.end) for m in doc.mentions)
    starts = [a for a, _ in spans_sorted]
    headlines = doc.headline_lines
    head_starts = [a for a, _ in headlines]

    def inside(pos: int, spans: list[tuple[int, int]], keys: list[int]) -> bool:
        k = bisect.bisect_right(keys, pos) - 1
        return k >= 0 and spans[k][0] <= pos < spans[k][1]

    surfaces = {m.surface for m in doc.mentions}
    out = []
    runs: list[list[tuple[int, int, str]]] = []
    for w in _CAPITALISED.finditer(doc.text):
        gap = (runs[-1][-1][1], w.start()) if runs else (0, 0)
        if runs and len(runs[-1]) < 6 and (_BLANKS.fullmatch(doc.text, *gap) or len(
                runs[-1][-1][2]) == 1 and _INITIAL_GAP.fullmatch(doc.text, *gap)
                and (len(runs[-1]) > 1 or len(w.group()) == 1)  # "R. G. Menzies": initials from the start
                and w.group() not in _NOT_AFTER_INITIAL):
            runs[-1].append((w.start(), w.end(), w.group()))
        else:
            runs.append([(w.start(), w.end(), w.group())])
    for spans in runs:
        if inside(spans[0][0], headlines, head_starts) or _credited(doc.text, max(0, spans[0][0] - 80), spans[0][0]):
            continue
        if any(normalise(_POSSESSIVE_END.sub("", w)) in _NOT_PERSON_WORDS for sp in spans for w in sp[2].split("-")) \
                or len(spans) > 1 and normalise(spans[-1][2]) in _NOT_NAME_ENDS \
                or _CALL_SIGN.match(doc.text, spans[0][0]) or spans[0][2] in _BASES or (
                doc.text[spans[0][0] - 1:spans[0][0]] in ("“", '"', "`") and spans[0][0] > 0):
            continue  # an organisation, a call sign, a nickname in quotes ("known as “La Bestia”")
        # drop leading titles/openers/places and trailing places
        titled = False
        title_at = None
        if len(spans) > 1 and spans[0][2] == "E" and doc.text[max(0, spans[0][0] - 2):spans[0][0]] == "H.":
            titled, spans = True, spans[1:]  # "H.E Yoweri Kaguta Museveni": His Excellency
        initials = next((k for k in range(2, min(4, len(spans) - 1) + 1)
                         if "".join(sp[2] for sp in spans[:k]) in _HONORIFIC_INITIALS), 0)
        if initials:
            titled, spans = True, spans[initials:]  # "H.I.M. Haile Selassie I": His Imperial Majesty
        of_title = _TITLE_OF.search(doc.text, max(0, spans[0][0] - 30), spans[0][0])
        if of_title and normalise(of_title.group(1)) in TITLES:  # "Archbishop of Canterbury Justin Welby": the see
            given = next((k for k in range(1, min(3, len(spans) - 1) + 1)  # is the title's, the name follows it
                          if normalise(spans[k][2]) in GIVEN_NAMES), None)
            if given is not None:
                titled, spans = True, spans[given:]
        while spans and (normalise(spans[0][2]) in TITLES or normalise(spans[0][2]) in ROLE_WORDS
                         or normalise(spans[0][2]) in SENTENCE_OPENERS or normalise(spans[0][2]) in _NOT_NAMES
                         or inside(spans[0][0], spans_sorted, starts)):
            if normalise(spans[0][2]) in TITLES:
                titled, title_at = True, spans[0][0]
            else:
                title_at = None
            spans.pop(0)
        # "External Affairs Minister Pranab Mukherjee", "Finance Secretary Carlos Dominguez": the words before a
        # title inside the run name an office, the words after it the person
        office = max((k for k, sp in enumerate(spans) if k and normalise(sp[2]) in TITLES), default=None)
        if office is not None and office + 1 < len(spans) and not inside(spans[office + 1][0], spans_sorted, starts) \
                and normalise(spans[office + 1][2]) not in CALENDAR:
            titled, title_at = True, spans[office][0]
            spans = spans[office + 1:]
        cut = next((k for k, sp in enumerate(spans) if inside(sp[0], spans_sorted, starts)
                    or normalise(sp[2]) in TITLES or (k and (normalise(sp[2]) in CALENDAR or sp[2] in _TIME_PREPS
                                                             or normalise(sp[2]) in _HEADLINE_VERBS))),
                   len(spans))
        if cut < len(spans) and normalise(spans[cut][2]) in TITLES:
            continue  # "the External Affairs Minister will visit": an office, no one's name
        spans = spans[:cut]
        if not spans:
            continue
        name = doc.text[spans[0][0]:spans[-1][1]]
        if name.isupper() or normalise(spans[-1][2]) in DEMONYMS or normalise(name) in REGION_ADJECTIVES \
                or (len(spans) > 1 and spans[-1][2] in _BRANCH_OF) \
                or normalise(spans[-1][2]) in REGION_ADJECTIVES or name in surfaces \
                or normalise(spans[-1][2]) in _FEATURE_ENDS or spans[-1][2].lower() in ("couple", "couples") \
                or (len(spans) > 1 and normalise(spans[0][2]) in _FEATURE_STARTS) \
                or (len(spans) > 1 and normalise(spans[-1][2]) == "park" and (
                    normalise(spans[-2][2]) in _PARK_KINDS
                    or _WHERE_BEFORE.search(doc.text, max(0, spans[0][0] - 12), spans[0][0]))):
            continue  # "Latin American", "the South Korean", "Central Asian", a place the text names elsewhere, "the
            # Gobi Desert", "the Khyber Pass", "River Bosphorus", "the Imperial Couple" (the pair named before), "left
            # Zuccotti Park"
        name = re.sub(r"(?:’s|'s|(?<=s)[’'])$", "", name)  # "Pope Francis’ visit": his
        qualified = _QUALIFIED_BY.match(doc.text, spans[-1][1])
        if qualified and any(m.start == qualified.end() and m.kind in ("region", "country")
                             and _APPOSITION_END.match(doc.text, m.end) for m in doc.by_sent.get(
                                 doc.sent_of(qualified.end()), ())):
            continue  # "Haida Gwaii, B.C.": a place the gazetteer lacks, in the region after it
        first = normalise(spans[0][2])
        if _SITE_OF.search(doc.text, max(0, (title_at or spans[0][0]) - 80), title_at or spans[0][0]):
            continue
        if titled and len(spans) == 1 and title_at is not None:  # "Pope Francis", "Prince Philip"
            out.append((title_at, spans[0][0] + len(name), doc.text[title_at:spans[0][0]] + name))
        elif (len(spans) >= 2 and (titled or first in GIVEN_NAMES)) or (titled and len(spans) == 1):
            out.append((spans[0][0], spans[0][0] + len(name), name))
        elif 3 <= len(spans) <= 4 and all(len(sp[2]) == 1 for sp in spans[:-1]) and len(spans[-1][2]) > 2 \
                and normalise(spans[-1][2]) not in NEVER_PLACES:
            out.append((spans[0][0], spans[0][0] + len(name), name))  # "the Rt. Hon. R. G. Menzies"
        elif 2 <= len(spans) <= 4 and all((len(sp[2]) > 1 or 0 < k < len(spans) - 1  # a middle initial
                                           or sp[2] == "I" and k == len(spans) - 1 > 1)  # "Haile Selassie I"
                                          and normalise(sp[2]) not in NEVER_PLACES
                                          for k, sp in enumerate(spans)) and not _PLACE_PREP.search(
                doc.text, max(0, spans[0][0] - 14), spans[0][0]):  # "the port of Los Cristianos": a place
            out.append((spans[0][0], spans[0][0] + len(name), name))
    return out


def is_title(word: str) -> bool:
    """A title or a role word ("President", "Minister"), not part of anyone's name."""
    w = normalise(word)
    return w in TITLES or w in ROLE_WORDS


# how a text styles a person it has named by title: "the Holy Father" for "Pope Francis"
_STYLED = {"holy father": ("Pope",), "holiness": ("Pope",), "pontiff": ("Pope",),
           "majesty": ("King", "Queen")}  # "Her Majesty" for "Queen Margrethe"


_VOWELS = str.maketrans("oeyw", "uaiu")


@lru_cache(maxsize=4096)
def _skeleton(word: str) -> str:
    """A name as it sounds, not as it is spelt: "Mohammed" and "Muhammad", "Zelensky" and "Zelenskyy" meet."""
    w = normalise(word).translate(_VOWELS)
    return re.sub(r"(.)\1+", r"\1", w)


_SON_OF = frozenset({"bin", "ibn", "bint", "binti", "ben"})


def _fathers(core: list[str], full: list[str]) -> bool:
    """Whether the words of ``core`` stand in ``full`` only as a father's name: "Salman" in "Muhammad Bin Salman"
    (King Salman's son) is no name of King Salman's."""
    def son_of(k: int) -> bool:  # "Muhammad Bin Salman", not "Ben Davis": a given name comes before "bin"
        return k >= 2 and full[k - 1].lower() in _SON_OF

    return all(any(f == w and son_of(k) for k, f in enumerate(full))
               and not any(f == w and not son_of(k) for k, f in enumerate(full)) for w in core)


def _in_name(word: str, full: list[str]) -> bool:
    """The word is one of a name's words, or (five letters or more) the same word spelt another way."""
    return word in full or (len(word) >= 5 and any(len(f) >= 5 and f.isalpha() and _skeleton(f) == _skeleton(word)
                                                   for f in full))


def _people_words(doc: Doc) -> list[tuple[str, list[str], list[str]]]:
    """Each name the text gives a person (once, in order) with its words and those that are no title ("Minister
    Jaishankar" names no more than "Jaishankar"): what ``canonical`` compares a name with, worked out once per story."""
    known = doc.memo.get(("people-words",))
    if known is None or known[0] is not doc.people:  # made again if the people are set anew
        names = [(full, fw, [w for w in fw if not is_title(w)])
                 for full in dict.fromkeys(p[2] for p in doc.people) for fw in (full.split(),)]
        known = doc.memo[("people-words",)] = (doc.people, names)
    return known[1]  # type: ignore[index]


# a first word that is no plain given name ("SecState" in "SecState Blinken"): the surname alone names the person;
# "João Lourenço" beside "Ana Dias Lourenço" (his wife) is another person, though the given-name list lacks "João"
_NOT_PLAIN = re.compile(r"\w+[A-Z]|[A-Z]+$|\w+\.$")


def _kin_named(doc: Doc, given: str, core: list[str]) -> bool:
    """Whether the text names ``given`` as someone's kin ("Clinton and his wife, Hillary, arrived") and ``core`` does
    not name it: "Clinton" is then not "Hillary Rodham Clinton", whom the text names in full later."""
    if given in core:
        return False
    known = doc.memo.get(("kin-named", given))
    if known is None:
        known = doc.memo[("kin-named", given)] = (re.search(
            rf"\b(?:wife|husband|son|daughter|mother|father|brother|sister)\s*,?\s+"
            rf"(?:(?:Dr|Mr|Mrs|Ms|Sir|Prof|Professor|Lady)\.?\s+)?{re.escape(given)}\b",  # "her husband, Dr Martin"
            doc.text) is not None,)
    return known[0]


_ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir", "sheikh",
                           "pope"})


# a name the text gives as another's real one: "Glitter, whose real name is Paul Francis Gadd"
_ALIAS = re.compile(r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+whose\s+(?:real|full|birth|given)\s+name\s+"
                    r"is\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,4})")


def _aliases(doc: Doc) -> dict[str, str]:
    """The names the text gives as someone's real one, and whose (found once per story)."""
    found = doc.memo.get(("aliases",))
    if found is None:
        found = doc.memo[("aliases",)] = {m.group("name"): m.group("who") for m in _ALIAS.finditer(doc.text)} \
            if "whose" in doc.text else {}
    return found


def canonical(doc: Doc, name: str) -> str:
    """The one name the text gives a person, whatever it calls them: 'Kim' and 'Mr Kim' -> 'Kim Jong Un',
    'President Obama' -> 'Barack Obama', 'SecState Blinken' -> 'Antony Blinken' (same surname, no other given name),
    when the text names them in full somewhere."""
    if name in doc._canonical:
        return doc._canonical[name]
    who = _aliases(doc).get(name)
    if who is not None:  # "Glitter, whose real name is Paul Francis Gadd, was taken from his prison cell": the one
        doc._canonical[name] = canonical(doc, who)  # named before
        return doc._canonical[name]
    words = name.split()
    core = [w for w in words if not is_title(w)] or words
    best, longest = name, len(core)  # "President Xi" -> "Xi Jinping": the title is no part of the name
    # "King Hussein" is called by his given name: not "Saddam Hussein", who shares it as a surname
    royal = len(words) > len(core) and normalise(words[0]) in _ROYAL_TITLES
    people = _people_words(doc)
    for full, fw, named in people:
        if len(named) > longest and all(_in_name(w, fw) for w in core) and not _fathers(core, fw) \
                and not _kin_named(doc, fw[0], core) and not (royal and fw[0] != core[0]):
            best, longest = full, len(named)
        elif best == name and named == core and len(fw) > len(words):
            best = full  # "Soeharto" after "President Soeharto", a name of one word: one person
    if best == name and (len(core) == 1 or _NOT_PLAIN.match(core[0])) and normalise(core[0]) not in GIVEN_NAMES:
        same = {full for full, fw, _named in people if full != name
                and fw[-1] == core[-1] and normalise(fw[0]) in GIVEN_NAMES and not _fathers(core[-1:], fw)
                and not _kin_named(doc, fw[0], core)}
        if len(same) == 1:
            best = same.pop()
    if best == name and len(core) >= 2 and _ACRONYM.fullmatch(core[0]):
        best = next((full for full, fw, _named in people if _spells_out(core, fw)), best)  # "INSV Tarini" is
        # "Indian Naval Sailing Vessel Tarini"
    if best == name and len(core) >= 2:  # "Ram Nath Kovid" a line after "Ram Nath Kovind": a slip of the keys,
        first = {}  # the name as the text first gives it
        for ps, _pe, full in sorted(doc.people):
            first.setdefault(full, ps)
        told = first.get(name, len(doc.text))
        slips = [full for full in first if _one_slip(full.split(), words) and first[full] < told]
        best = slips[0] if slips else best
    title = _STYLED.get(best.lower().removeprefix("the ").removeprefix("his "))
    if title:  # "the Holy Father" is the pope the text names first ("Pope Francis")
        best = next((full for _s, _e, full in doc.people if full.split()[0] in title), best)
    doc._canonical[name] = best
    return best


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _spells_out(core: list[str], full: list[str]) -> bool:
    """Whether ``full`` is ``core`` with its first word, an acronym, spelt out: the same name after it, and words
    whose initials end the acronym (the text may drop a first word it reads as a demonym: "Naval Sailing Vessel")."""
    rest = core[1:]
    lead = full[:-len(rest)]
    initials = "".join(w[0] for w in lead)
    return full[-len(rest):] == rest and len(initials) >= 2 and initials.isupper() and core[0].endswith(initials)


def _one_slip(a: list[str], b: list[str]) -> bool:
    """The same name but for one letter added, dropped or changed in one of its words of five letters or more."""
    if len(a) != len(b) or a == b:
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(differ) != 1 or min(len(w) for w in differ[0]) < 5:
        return False
    x, y = sorted(differ[0], key=len)
    if len(y) - len(x) > 1:
        return False
    if len(x) == len(y):
        return sum(c != d for c, d in zip(x, y, strict=True)) == 1
    return any(y[:k] + y[k + 1:] == x for k in range(len(y)))


def titled_person(doc: Doc, title: str, before: int, previous: str | None) -> str | None:
    """"the President's first trip": the traveller before when the text named them with this title, else the
    last person it named with it ("President Donald Trump"), else the traveller before. "the Brazilian President"
    is the one the text named "Brazilian President", not the Venezuelan one travelling before."""
    styled, same_nation = [], []
    nation = _NATION_BEFORE.search(doc.text, max(0, before - 30), before)
    for ps, _pe, name in doc.people_in(0, before):
        head = doc.text[max(0, ps - 40):ps]
        if re.search(rf"\b{re.escape(title)}\b,?(?:(?!\s(?:and|with|or)\s)[\w\s.’'-]){{0,30}}$",
                     head + name.split()[0],  # "His Excellency, Mr"; not "the Prime Minister and Dame Pattie"
                     re.IGNORECASE) or normalise(name.split()[0]) == normalise(title):
            styled.append(canonical(doc, name))
            if nation and normalise(nation.group(1)) in DEMONYMS and re.search(
                    rf"\b{re.escape(nation.group(1))}\s+{re.escape(title)}\b", head, re.IGNORECASE):
                same_nation.append(styled[-1])
    if same_nation:
        return same_nation[-1]
    if previous in styled or not styled:
        return previous
    return styled[-1]


_NATION_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")  # "the Brazilian " before "President"
_FORMER = frozenset("former late outgoing deposed ousted exiled".split())


def _styled_formerly(doc: Doc, qualifier: str, title: str, before: int) -> str | None:
    """The last person named before ``before`` right after the qualifier and the title ("former Philippines president
    Rodrigo Duterte" for "the former president"), if any."""
    style = re.compile(rf"\b{re.escape(qualifier)}\s+(?:[\w’'-]+\s+){{0,2}}{re.escape(title)}\s+$", re.IGNORECASE)
    found = [name for ps, _pe, name in doc.people_in(0, before) if style.search(doc.text, max(0, ps - 50), ps)]
    return canonical(doc, found[-1]) if found else None


# a wire dateline before the first sentence's subject: "ROME (Reuters) - ", "SANTIAGO, Chile (AP) — ", "PORT VILA,
# VANUATU, June 30 (ChinaMil) -- ", "Jeddah, MINA – ", "KARACHI: ", "Kathmandu, Jan. 1 : ", "Chhatrapati
# Sambhajinagar: "
_DATELINE = re.compile(r"\s*(?:(?:[A-Z][A-Z .’'-]+(?:,\s*[A-Z][\w .]{0,30}){0,2}|"
                       r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*[A-Z]{2,8})\s*(?:\([\w .]{1,30}\)\s*)?(?:[-–—]+|:)\s+|"
                       r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)"
                       r"(?:,?\s*\d{4})?\s*(?:\([\w .]{1,30}\)\s*)?[-–—:]+\s+|"
                       r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?::|[ \t]+(?:—|–|--))[ \t]+(?=[A-Z]))")  # "Luanda — "


# a sentence about the trip itself: "The trip is set to take place from July 27 ... and will include India"
_TRIP_SUBJECT = re.compile(r"\s*(?:The|His|Her|Their)\s+(?:[\w-]+\s+){0,2}?(?:trip|tour|visit|journey|itinerary)\s")
_TITLE_OPENING = re.compile(r"\s*The\s+(?:[A-Z][a-z]+\s+){0,2}(?:Minister|President|Premier|Chancellor|King|Queen|"
                            r"Pope|Secretary|Governor|Emperor|Sultan|Emir)\b")
_SUBJECT_AT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:will|would|is|was|has|had|[a-z]+(?:ed|s))\b")  # a name then its verb
_STYLED_PAIR = frozenset(("Majesties", "Excellencies", "Highnesses"))
_LEAD_TIME = re.compile(r"\s*(?:(?:the\s+)?(?:next|following|same|previous)\s+(?:day|morning|afternoon|evening|night)|"
                        r"(?:[Ee]arly|[Ll]ate|[Ll]ater|[Ee]arlier)\s+(?:in\s+the|that)\s+(?:day|morning|afternoon|"
                        r"evening)|[Ii]n\s+the\s+(?:morning|afternoon|evening))"  # "Early in the day, the pope flew"
                        r"\s*,?\s+")
# the people a transport verb moves: "took the group by boat", "flew the evacuees"
_MOVED_OBJECT = re.compile(r"\b(?:took|take|takes|taking|flew|ferried|carried|drove|bused|bussed|transported|"
                           r"escorted|evacuated)\s+(?P<np>(?:the|their|his|her)\s+(?:[a-z-]+\s+){0,2}?[a-z]+)\b")


# the one asked to come, not the one asking: "Dr. Williams invited H.I.M. Haile Selassie I to visit Trinidad"
_INVITED_TO = re.compile(r"\b(?:invited|invites|invite|inviting|asked|asks|urged|urges)\s+(?P<who>[^;:.]{1,80}?)\s+"
                         r"to\s+(?:(?:(?:pay\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?)?visit|come|travel|tour|attend|go)\b"
                         r"[^;.]{0,60})?$")  # up to the cue, which may be the verb itself
_INVITED_WORD = re.compile(r"invit|ask|urge")  # in every _INVITED_TO match: a window without one is not searched
# who the subject meets, plays or is moved by: "met with X", "flagged off by X"
_AGENT_WORDS = r"with|between|by|met|meet|meeting|join|joined|against|beat|face|facing|according\s+to|" \
               r"invitation\s+(?:of|from)"  # "on the invitation of Chinese President Xi Jinping": the host
# a name after these is the object of its clause, not the subject
_OBJECT_BEFORE = re.compile(rf"\b(?:{_AGENT_WORDS}|to|of|for|and|at|in|from|on|near|aboard|played|play|coach|manager|"
                            r"spokesman|spokeswoman|spokesperson)\s+(?:the\s+)?$", re.IGNORECASE)
# "another C-130", "a second Boeing 747": one more aircraft named by its type, a traveller of its own
_ANOTHER_CRAFT = re.compile(r"(?:^|.*?,\s*)(?P<np>(?:[Aa]nother|[Aa]\s+(?:second|third|fourth))\s+"
                            r"[A-Z][\w-]*\d[\w-]*)\s")
# a group led by someone the text names, as the subject
_LED_BY = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,3}?(?:delegation|team|party|group|"
                     r"entourage|contingent|mission)(?:\s+of\s+(?:[\w-]+\s+){1,5}?[\w-]+,?)?\s+(?:led|headed)\s+by\s+")
# "A Yemeni delegation of about a hundred persons headed by President Ali Abdullah Saleh leaves Sanaa"
# a train or flight by its number, as the subject: "The first D887 train", "the D888", "Flight QF9", "BA800"
_SERVICE_CODE = re.compile(r"\s*(?:[Tt]he\s+(?:(?:first|new|inaugural|maiden|return)\s+)?)?(?:[Ff]light\s+)?"
                           r"(?P<code>(?:[A-Z]{1,2}|[A-Z]\d)\d{1,4})(?:\s+(?:train|flight|service))?(?:\s+(?!of\b)[a-z]|\s*$)")
# a vehicle that carries a person the text names: "The plane carrying Morales", "the aircraft bearing the king"
_CARRYING = re.compile(r"\s*(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:plane|jet|aircraft|airliner|ship|vessel|"
                       r"boat|ferry|yacht|train|bus|helicopter|car|motorcade|convoy)\s+(?:carrying|bearing|"
                       r"transporting|taking)\s+(?:(?:President|Prime\s+Minister|King|Queen|Pope|Prince)\s+)?",
                       re.IGNORECASE)
_OWNED_CRAFT = re.compile(r"(?:’s|'s)\s+(?:[a-z-]+\s+){0,2}(?:ship|vessel|boat|yacht|frigate|warship|liner|ferry|"
                          r"train|jet|plane|aircraft)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+[a-z]")
# a person's hired or own craft, named by its maker or operator: "Mandela's chartered Trump Shuttle"
_OWNER_OF_CRAFT = re.compile(r"(?P<o>[A-Z][\w-]+)(?:’s|'s)\s+(?:chartered|private|official|presidential|personal|"
                             r"leased)\s+$")
# a name that is a vehicle's: "Eagle One aircraft", "the RAF Voyager jet"
_VEHICLE_AFTER = re.compile(r"\s+(?:aircraft|jet|plane|airliner|ship|vessel|boat|ferry|yacht|train|helicopter|"
                            r"frigate|warship)\b")
# before a title and a name: the name is who the subject meets or is moved by ("met with US President X")
_AGENT_BEFORE = re.compile(rf"\b(?:{_AGENT_WORDS}|welcomed|received|hosted|greeted)\s+(?:the\s+|(?:his|her|their)\s+"
                           r"(?:(?:[\w-]+\s+)?(?:counterparts?|hosts?|opposite\s+numbers?)\s+)?)?$", re.IGNORECASE)
_TITLED_OBJECT = re.compile(r"\b(?:from|to|for|with|by)\s+(?:the\s+)?$")  # "a welcome from President X"
# a name in an appositive that says whose kin or aide the subject is: "Zardari, widower of assassinated former prime
# minister Benazir Bhutto, set off on visits to" -- Zardari travels
_KIN_WORDS = frozenset("""consort husband wife spouse son daughter father mother brother sister sons daughters
widow widower""".split())
_WITH_KIN = re.compile(r"\b[A-Z][\w’'-]+\s+and\s+(?:his|her|their)\s+(?:wife|husband|partner|son|daughter|mother|"
                       rf"father)\s+{_HONORIFIC}$")
_POSSESSIVE_END = re.compile(r"[’']s$")  # "NZ Army’s Royal New Zealand Corps": the army's, an organisation
_KIN_OF = re.compile(r"\b(?:widow|widower|wife|husband|son|daughter|father|mother|brother|sister|nephew|niece|"
                     r"grandson|granddaughter|grandfather|grandmother|cousin|successor|predecessor|heir|aide|adviser|"
                     r"advisor)\s+of\s+(?:[\w’'.-]+\s+){0,5}$", re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to)\s+(?:the\s+)?$")
# a name inside a phrase after a preposition: "the port of Y", "in the oil-rich North African state"
_PREP_PHRASE = re.compile(r"\b(?:at|in|on|into|to|from|of|for|near|with|by|against|across|via)\s+"
                          r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w’'-]*\s+)*$")
_WORD_AT_END = re.compile(r"([\w’'.-]+)[\s,]*$")


def _less_title(head: str) -> str:
    """The text before a name less the title run just before it: "flagged off by Gujarat Chief Minister " ->
    "flagged off by ", "meeting with US president, " -> "meeting with " (unchanged when it ends in no title)."""
    titled = False
    out = head
    for _ in range(6):
        w = _WORD_AT_END.search(out)
        if not w:
            break
        word = normalise(w.group(1))
        if word in TITLES or word in ROLE_WORDS or word in ("chief", "vice", "deputy", "first"):
            titled = True
        elif not (titled and w.group(1)[:1].isupper()):
            break
        out = out[:w.start()]
    return out if titled else head


def _speaking(doc: Doc, ps: int, pe: int, end: int) -> bool:
    """A person who speaks in the sentence rather than travels: "X told AFP", ", said X", "according to X" -- not
    one who speaks of himself or herself ("Hugo Vihlen ... said he felt great after arriving in Falmouth")."""
    said = _speaker_after(doc.text, pe, end)
    if said and _SAID_HE.match(doc.text, said.end(), end):
        return False
    return bool(said or _SAID_BEFORE.search(doc.text, max(0, ps - 60), ps))


# a group a headline-style clause opens with, without "the": "South African cricket team has arrived in Lahore"
_BARE_GROUP = re.compile(r"\s*(?!(?:The|A|An|His|Her|Their|Its|This|That|Another|Other)\s)"
                         r"(?P<np>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:an|ese|ish|i|ic)\s+(?:[a-z-]+\s+){0,2}"
                         r"(?:team|squad|side|delegation|contingent|crew))\s+(?:has|have|had|was|were|is|are|will|"
                         r"arrived|left|flew|reached|landed|departed)\b")
_BARE_PLURAL = re.compile(r"\s*(?:(?:after|as|when|before|while|once|until)\s+)?(?P<np>(?:[a-z0-9-]+\s+)?"
                          r"(?P<h>[a-z]+s))\b(?:\s+(?:filled|loaded|laden|packed|carrying)\b[^,]*)?\s*$")
# the noun phrase a clause opens with: "the royal couple", "The South Korean team", "the 27-member squad"
_NP = re.compile(r"\s*(?:(?:[Oo]n|[Ll]ater|[Tt]hen|[Aa]fter|[Ee]arlier|[Mm]eanwhile|[Ii]n)\b[^,]{0,30},\s*|"
                 r"(?:[Ee]arlier|[Ll]ater|[Tt]hen|[Mm]eanwhile|[Aa]fterwards)\s+(?=[Tt]he\s))?"  # "Earlier the Queen"
                 r"(?P<det>[Tt]he|[Aa]nother|[Oo]ther|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
                 r"(?P<adj>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:an|ese|ish|i|ic|ine)\s+(?=[a-z0-9])|"
                 rf"[A-Z][a-z]+\s+(?=(?:{'|'.join(STAR_HEADS)})\b))?"  # "The Hollywood megastar"
                 r"(?P<np>[a-z0-9][a-z0-9-]*(?:\s+(?!(?:is|are|was|were|will|has|had|have)\b)"
                 r"(?:[a-z][a-z-]*|[A-Z][a-z]+(?:an|ese|ish|i|ic)(?=\s+[a-z])|"
                 r"[A-Z][a-z]+(?=\s+(?:team|squad|side|delegation|contingent|crew)\b))){0,4}|"  # "15-member India team"
                 r"(?:Pope|President|King|Queen|Prince|Princess|Chancellor|Premier|Emperor|Pontiff)(?!\s+[A-Z]))"
                 r"\b")


# "H.I.M. Haile Selassie", "H.R.H. Prince Charles", "H.M. the King": a title, in initials
_HONORIFIC_INITIALS = frozenset({"HIM", "HM", "HRH", "HE", "HH", "HSH"})
# a country's code after a name makes it an organisation's: "to raise money for Prostate Cancer UK"
_BRANCH_OF = frozenset({"UK", "US", "USA"})
_AGE_WORD = re.compile(r"(?:\d+|[a-z]+(?:-[a-z]+)?)-years?-old")  # "40-year-old", "twenty-two-year-old"


def _turned(word: str) -> bool:
    """"priest-turned-president": a person, named by what they became."""
    became = word.lower().rpartition("-turned-")[2]
    return "-turned-" in word.lower() and (became in _PERSON_HEADS or became in _TITLE_HEADS)


def _np_words(np: re.Match) -> tuple[list[str], str]:
    """The words of an _NP match up to a group's head word (else a noun for who travels, else its first word),
    and the phrase they make: "the royal couple", "The Indian cricket team", "The asylum seekers"."""
    words = np.group("np").split()
    head = next((k for k, w in enumerate(words) if w.lower() in _GROUP_HEADS), None)
    if head is None:
        head = next((k for k, w in enumerate(words) if w.lower() in ACTOR_NOUNS or w.lower() in _PERSON_HEADS
                     or _turned(w)), 0)
    words = words[:head + 1]
    return words, f"{np.group('det')} {np.group('adj') or ''}{' '.join(words)}"


# a number of people in words that opens the clause: "Fifty-eight migrants rescued by the Aquarius charity ship
# disembarked", "Forty rescued climbers"
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" \
               r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SPELT_COUNT = re.compile(rf"\s*(?P<n>(?i:{_NUMBER_WORD}(?:-{_NUMBER_WORD})?(?:\s+(?:hundred|thousand))?))"
                          r"\s+(?P<w1>[a-z-]+)(?:\s+(?P<w2>[a-z-]+))?\b")
# "Thousands of Chinese have been ferried from": a number of people, named by where they are from
_MANY_OF = re.compile(r"\s*(?P<np>(?:[Tt]ens\s+of\s+)?(?:[Tt]housands|[Hh]undreds|[Dd]ozens|[Ss]cores)\s+of\s+"
                      r"(?:[a-z-]+\s+)?[A-Z][a-z]+(?:\s+[a-z]+)?)\s+(?:have|had|has|were|are|will|would|[a-z]+ed)\b")
# a vessel or aircraft with a name or a maker before its head word
_VESSEL = re.compile(r"\s*(?P<np>(?P<det>[Tt]he|[Aa]nother|[Aa]n?)\s+(?:(?:[A-Z0-9][\w-]*|[a-z]+-[\w-]+|"
                     r"(?!(?:by|on|in|to|from|at|with|aboard|via|was|were|is|are|has|had|have|will|and|of)\b)"
                     r"[a-z]+(?<!ed))\s+){1,3}?(?:ship|vessel|boat|ferry|"
                     r"yacht|frigate|warship|destroyer|liner|tanker|freighter|plane|aircraft|jet|airliner|helicopter|train))\b"
                     r"(?!\s+(?:of|to)\b)")
# a team, band or family by its plural name, as the subject: "The Wallabies flew", "The Obamas arrived"
_NAMED_GROUP = re.compile(r"\s*(?P<n>[Tt]he\s+(?P<w>(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]*[a-z]s))\s+"
                          r"(?:[a-z]+ly\s+)?(?:[a-z]+ed|flew|left|went|drove|rode|took|will|are|were|have|had|"
                          r"arrive|leave|fly|head|travel|return|set)\b")
# "The coastguard said the ferry left": what was said, when no person in the clause says it
_OPENING_PRONOUN = re.compile(r"\s*(?:He|She)\b")
_SAID_HE = re.compile(r",?\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"
                      r",?\s+)?(?:that\s+)?(?:he|she)\s")  # "said Thursday he will make a five-day visit to India"
_FAN_OF = re.compile(r"(?:’s|'s)?\s+(?:[a-z-]+\s+)?(?:superfan|fan|supporter|devotee|admirer|impersonator|lookalike|"
                     r"biographer)\s+(?=[A-Z])")
_SAID_UPON = re.compile(r"\b(?:said|says|added|told\s+\w+)\s+(?:after|upon|on|while|as|when)\s+$")
_SAID_IN = re.compile(r".*\b(?:said|says|told|added|announced|confirmed|reported)\b", re.DOTALL)


def _named_before(doc: Doc, word: str, pos: int) -> str | None:
    """"Donald Trump" for a sentence's "Trump ...", when the text named him in full before (a name the people
    finder left, as the object of "to meet the United States President Donald Trump")."""
    full = re.search(rf"\b(?-i:[A-Z][a-z]+)\s+{re.escape(word)}\b(?![\w’'-])", doc.text[max(0, pos - 3000):pos])
    return full.group() if full and normalise(full.group().split()[0]) not in SENTENCE_OPENERS else None


# a relative clause on a person: its cue's traveller is that person ("Donald Trump, who will visit Japan")
_WHO_CLAUSE = re.compile(r"(?P<comma>,)\s+who\s+(?:[a-z]+\s+){0,4}?$")
_OF_HOME = re.compile(r"\s+of\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:,\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)?")
# the cue's own subject, a pronoun after a subordinator: "welcomed President Zelensky as he disembarked in"
# whom the subject goes to see is no traveller: "The Brazilian president might go see Castro when he flies to"
_SEEN = re.compile(r"\b(?:go|goes|went|come|came|to)\s+(?:and\s+)?(?:see|visit)\s+$", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"\b(?:as|when|while|once|until)\s+(?P<p>he|she)\s+"
                              r"(?:(?:[\w’'-]+\s+){0,8}?(?:his|her)\s+(?:[\w’'-]+\s+){0,4}?)?$")  # "the progress of
# Captain Hinkler as he approaches the objective of his great solo flight from": his flight
# ... but not the one who welcomes: "received a warm welcome from Minister S.P. Singh Baghel as he arrived in"
_WELCOMED_BY = re.compile(r"\b(?:welcome|welcomed|greeted|received|met|hugged|embraced)\s+(?:by|from)\s+[^,;:]{0,60}$",
                          re.IGNORECASE)


_SPEAKER_BEFORE = re.compile(r"(?<![\w’'])([A-Z][\w’'-]+)(?:’s|'s)?,?\s+$")


def speaker_before(doc: Doc, start: int, cue: int) -> str | None:
    """The person the text names just before a speech cue ("Albanese told reporters in"): the one who was there,
    though a speaker is no traveller elsewhere; None when the word there is no person the text names."""
    speaker = _SPEAKER_BEFORE.search(doc.text, max(start, cue - 40), cue)
    if speaker is None or doc.in_mention(speaker.start(1)):
        return None
    named = canonical(doc, speaker.group(1))
    return named if any(p == named for _s, _e, p in doc.people) else None


_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|I[’']m|I[’']ve)\b")
_SAID_BY = re.compile(r"[ \t]*,?[ \t]*(?:said|says|added|explained|recalled)\s+"
                      r"(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")


def quoted_speaker(doc: Doc, pos: int) -> str | None:
    """The person the text names as saying the first-person quote ``pos`` is in ("I was stranded in Delhi due to
    the lockdown. ...," said Mamata Ghosh, a passenger): the one whose travel the quote tells; None elsewhere."""
    text = doc.text
    p0 = text.rfind("\n", 0, pos) + 1
    p1 = text.find("\n", pos)
    p1 = len(text) if p1 < 0 else p1
    curly = text.rfind("“", p0, pos)
    if curly >= 0 and text.rfind("”", p0, pos) < curly:
        start, end = curly, text.find("”", pos, p1)
    elif text.count('"', p0, pos) % 2 == 1:
        start, end = text.rfind('"', p0, pos), text.find('"', pos, p1)
    else:
        return None
    if end < 0 or not _FIRST_PERSON.search(text, start, pos):
        return None
    said = _SAID_BY.match(text, end + 1)
    if said is None:
        return None
    named = canonical(doc, said.group("n"))
    return named if any(p == named for _s, _e, p in doc.people) else None


# the break before the last of a list of people ("A, B, and C"), the comma between the others, and either
_LAST_OF_LIST = re.compile(r",\s+and\s*")
_LIST_COMMA = re.compile(r",\s+")
_LIST_SEP = re.compile(r",\s*(?:and\s+)?")


# the one spoken to: "Clinton told White House press secretary Mike McCurry" names McCurry as a listener
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|asked|asks|thanked|thanks)\s+(?:[\w.’'-]+\s+){0,4}$")


def _last_named(doc: Doc, end: int, pronoun: str = "") -> str | None:
    """The person the text last names before ``end`` other than as a speaker ("..., X told AFP") or the one spoken
    to ("told press secretary Mike McCurry"), if any: whom a "he" or "his" stands for (``pronoun``: not a person
    titled as the other sex)."""
    named = [p for p in doc.people_in(0, end) + _surnames_before(doc, end)
             if not _speaking(doc, p[0], p[1], doc.sents[doc.sent_of(p[0])][1])
             and not _other_sex(doc, p[0], p[2], pronoun)
             and not _TOLD_BEFORE.search(doc.text, max(0, p[0] - 60), p[0])]
    return canonical(doc, max(named)[2]) if named else None


def _surnames_before(doc: Doc, end: int) -> list[tuple[int, int, str]]:
    """Where the text names again, by surname alone, someone it named in full before ``end`` ("Capt.
    Chojnowska-liskiewicz’s husband", after "Krystyna Chojnowska-liskiewicz"): (start, end, full name)."""
    known = doc.memo.get(("surnames",))
    if known is None or known[0] is not doc.people:  # made again if the people are set anew, like _people_words
        first: dict[str, tuple[int, str]] = {}
        for ps, _pe, name in doc.people:
            words = name.split()
            if len(words) >= 2 and len(words[-1]) > 2 and words[-1] not in first:
                first[words[-1]] = (ps, name)
        found = [(m.start(), m.end(), first[m.group()][1])
                 for m in re.finditer(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, first)) + r")(?![\w-])", doc.text)
                 if m.start() > first[m.group()][0]
                 and not any(ps <= m.start() < pe for ps, pe, _n in doc.people_in(m.start() - 80, m.start() + 1))] \
            if first else []
        known = doc.memo[("surnames",)] = (doc.people, found)
    return [p for p in known[1] if p[0] < end]  # type: ignore[index]


# titles and kin that say a person's sex: "he" is not "his mother Princess Diana"
_FEMALE = frozenset("""princess queen duchess countess baroness empress lady dame mrs ms miss madame mme sister
mother wife daughter widow""".split())
_MALE = frozenset("""prince king duke count baron emperor lord sir mr monsieur father brother husband son
widower""".split())
_SEX_WORD = re.compile(r"([A-Za-z]+)[.,]?\s+$")  # "his mother Diana", "her future husband, Wacław"


def _other_sex(doc: Doc, start: int, name: str, pronoun: str) -> bool:
    """Whether the person named at ``start`` is titled as the sex that ``pronoun`` ("he", "his", "she", "her") is
    not: by the name's first word ("Princess Diana") or the word before it ("his mother Diana")."""
    p = pronoun.lower()
    other = _FEMALE if p in ("he", "his", "him") else _MALE if p in ("she", "her") else None
    if other is None:
        return False
    before = _SEX_WORD.search(doc.text, max(0, start - 20), start)
    return name.split()[0].lower().rstrip(".") in other or bool(before and before.group(1).lower() in other)


_OWN_STOP = re.compile(r"\b(?:his|her)\s+(?:first|next|second|third|fourth|fifth|final|last)\s+(?:stop|destination)\b")


# a clause joined by "and" that goes on with the same subject: ", and announced he will", "and flew"
_AND_THEN_VERB = re.compile(r",?\s+and\s*")
_SAME_SUBJECT = re.compile(r"\s*(?:(?:he|she|they)\s|(?:then\s+)?[a-z]+ed\s)")


def _escorted(doc: Doc, s: int, cue: int) -> str | None:
    """The person a clause opens on when the people after it, up to the verb, are its escort (_ESCORT_AFTER)."""
    text = doc.text
    by = next((p for p in doc.people_in(s, cue) if _ESCORT_AFTER.match(text, p[1])), None)
    if by is None:
        return None
    escort = doc.people_in(by[1], cue)
    if not escort or not _ESCORT_TAIL.fullmatch(text, escort[-1][1], cue):
        return None
    return canonical(doc, by[2])


def traveller_at(doc: Doc, sent: int, cue: int, previous: str | None) -> str:
    """Who travels: the subject of the clause holding the cue. A person named in the clause, else a noun
    phrase ("the delegation", "The ferry"); "his train", a pronoun, a clause that opens with "after" or
    "before", or a group ("the team", "the royal couple") continues the previous traveller."""
    s, _ = doc.sents[sent]
    text = doc.text
    escorted = _escorted(doc, s, cue)
    if escorted:
        return escorted
    inner = _ARRIVAL_OF.match(text, cue)
    if inner:
        held = doc.people_in(inner.end(), inner.end() + 60)
        if held and not text[inner.end():held[0][0]].count(","):
            return canonical(doc, held[0][2])
        titled = _TITLED_HELD.match(text, inner.end())  # a name the person finder missed after "US President"
        if titled:
            return canonical(doc, titled.group("n"))
    invited = _INVITED_TO.search(text, max(s, cue - 140), cue) \
        if doc.may_have(_INVITED_WORD, max(s, cue - 140), cue) else None
    if invited:  # "Dr. Williams invited H.I.M. Haile Selassie I to visit Trinidad": the guest travels
        guests = doc.people_in(invited.start("who"), invited.end("who"))
        if guests:
            return canonical(doc, guests[-1][2])
    said = _SAID_UPON.search(text, max(s, cue - 40), cue)
    if said:  # "Chelsea supporter Richard Samuels, 25, a scaffolder from Luton, said after arriving at Stansted"
        named = doc.people_in(s, said.start())
        if named:
            return canonical(doc, named[-1][2])
    rel = _WHO_CLAUSE.search(text, max(s, cue - 120), cue)
    if rel:  # "... with U.S. President Donald Trump, who will visit Japan from Monday": the one before "who"
        named = [p for p in doc.people_in(s, rel.start("comma")) if p[1] == rel.start("comma")
                 or _OF_HOME.fullmatch(text, p[1], rel.start("comma"))]  # "Tom McNally of Liverpool, England, who"
        if named:
            return canonical(doc, named[-1][2])
    inverted = _FROM_CAME.match(text, s)
    if inverted and cue < inverted.end():  # "From Manila came ebullient Carlos Romulo": the one after the verb
        after = doc.people_in(inverted.end(), inverted.end() + 60)
        if after and not re.search(r"[,;]", text[inverted.end():after[0][0]]):
            return canonical(doc, after[0][2])
    fronted = _FRONTED.match(text, s)
    if fronted and cue < fronted.end():  # "Before travelling to Ukraine, Modi will ...": the main clause's subject
        if _FRONTED_PRONOUN.match(text, fronted.end()):  # "After sailing ... to the Royal Palace, they met King Carl
            who = previous or _last_named(doc, s)  # Gustaf": the one travelling before, not whom they met
            if who:
                return who
        subject = next((name for ps, _pe, name in doc.people_in(fronted.end(), fronted.end() + 40)
                        if not re.search(r"[,;]", text[fronted.end():ps])), None)
        bare = _SUBJECT_RE.match(text, fronted.end())
        named = _SURNAME_SUBJECT.match(text, fronted.end())  # "After arriving in Amman, Modi met King Abdullah II"
        if named and not doc.people_in(fronted.end(), named.end()) \
                and any(name.split()[-1] == named.group() for _ps, _pe, name in doc.people):
            return canonical(doc, named.group())
        if subject or bare and not doc.in_mention(fronted.end()):
            return canonical(doc, subject or bare.group("n"))
        main = _NP.match(text, fronted.end())  # "Before landing in Dubai, the squad ...": a group as the subject
        if main and main.group("det").lower() in ("the", "a", "an"):
            words, np_text = _np_words(main)
            if words[-1].lower() in _GROUP_HEADS and previous:
                return previous
            if words[-1].lower() in ACTOR_NOUNS:
                return np_text
    last = doc.last_break_before(sent, cue)
    before = doc.people_in(s, last[0]) if last else []
    if last and _LAST_OF_LIST.fullmatch(text, last[0], last[1]) and doc.people_in(last[1], last[1] + 2) \
            and len(before) >= 2 and before[-1][1] == last[0] \
            and _LIST_COMMA.fullmatch(text, before[-2][1], before[-1][0]):
        # "meet his counterparts A, B, and C, respectively, in Bishkek": the last of a list of people, no new
        # subject -- the clause the list is in
        return traveller_at(doc, sent, last[0], previous)
    clause_start, opener = (last[1], text[last[0]:last[1]]) if last else (s, "")
    dateline = _DATELINE.match(text, clause_start, cue) if clause_start == s else None
    clause_start = dateline.end() if dateline else clause_start
    invited = _INVITED_BY.match(text, clause_start, cue) if clause_start == s or dateline else None
    clause_start = invited.end() if invited else clause_start
    lead_time = _LEAD_TIME.match(text, clause_start, cue)
    clause_start = lead_time.end() if lead_time else clause_start  # "and the next day the students landed": them
    clause = text[clause_start:cue]
    aged = _AGE_APPOSED.search(text, max(s, cue - 80), cue)
    if aged and not doc.in_mention(aged.start("n")):  # "Skerrit, 38, arrived at": the one whose age it is
        return canonical(doc, aged.group("n"))
    other = _ANOTHER_CRAFT.match(clause)
    if other:  # "another C-130 touched down at Yamoussoukro": not the plane before
        return other.group("np")
    led = _LED_BY.match(clause)
    if led:  # "A Russian delegation led by Foreign Minister Sergey Lavrov arrived": Lavrov's journey
        leader = next((name for ps, _pe, name in doc.people_in(clause_start + led.end(), clause_start + led.end() + 60)
                       if not text[clause_start + led.end():ps].count(",")), None)
        if leader:
            return canonical(doc, leader)
    coded = _SERVICE_CODE.match(clause)
    if coded:  # "the D888 from Vientiane to Kunming", "Flight BA800 from Heathrow": that train or flight
        return coded.group("code")
    carrier = _CARRYING.match(clause)
    if carrier:  # "The plane carrying Morales home from a Moscow summit was rerouted": the one carried travels
        name = re.match(r"(?!(?:The|Their|His|Her|Its|Our|Some|About|More)\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}",
                        clause[carrier.end():])  # not "carrying Their Majesties": the traveller before
        if name and not doc.in_mention(clause_start + carrier.end()):
            return canonical(doc, name.group())
    carried = _THE_VEHICLE_WHICH.search(text, max(clause_start, cue - 60), cue) if previous else None
    if carried:  # "were the first off the plane which arrived from Athens": the traveller before, on its plane
        return previous
    own = _PRONOUN_SUBJECT.search(clause)
    if own:  # "Trudeau welcomed President Zelensky as he disembarked": the one named last before "he"
        named = [name for ps, _pe, name in doc.people_in(clause_start, clause_start + own.start())
                 if not (_WELCOMED_BY.search(text, max(clause_start, ps - 80), ps)  # not "a welcome from X as he"
                         or _SEEN.search(text, max(clause_start, ps - 80), ps)  # nor "go see Castro when he"
                         or _other_sex(doc, ps, name, own.group("p")))]  # nor "his mother Princess Diana when he"
        if named:
            return canonical(doc, named[-1])
    apposed = _APPOSED_SURNAME.match(text, s, cue) if clause_start == s else None
    if apposed and any(name.split()[-1] == apposed.group("n") and len(name.split()) > 1 for _ps, _pe, name in doc.people
                       ) and doc.people_in(apposed.end(), cue) and not doc.people_in(s, apposed.end()):
        # "Sheinbaum, head of a Mexican delegation that also includes ... Juan Ramón de la Fuente ..., as she will
        # return to Mexico": the surname the sentence opens on is its subject, not the people its apposition names
        return canonical(doc, apposed.group("n"))
    escorted = _ESCORTED_SUBJECT.match(text, s, cue)
    if escorted and (who := canonical(doc, escorted.group("n"))) != escorted.group("n"):
        return who  # "Wen, accompanied by Vice Premier Hui Liangyu, flew to": Wen Jiabao, named before
    skipped: list[tuple[int, int]] = []  # people who are not the subject: their words are no traveller either
    for ps, pe, name in doc.people_in(clause_start, cue):
        head = text[clause_start:ps]
        if (fan := _FAN_OF.match(text, pe, cue)) and doc.people_in(fan.end(), cue):
            skipped.append((ps, pe))  # "Elton John superfan Louise Badcock has travelled from England": the fan
            continue
        said = _speaker_after(text, pe, cue)
        if said and _SAID_HE.match(text, said.end(), cue):
            return canonical(doc, name)  # "Lopez Obrador said he plans to return to Mexico": the speaker travels
        if said:  # "Coach X said the team would fly to": the subject of what was said
            reported = _REPORTED.match(text, said.end(), cue)
            h = reported.group("h").lower() if reported else ""
            if previous and (h in _TITLE_HEADS or h in _GROUP_HEADS and reported.group("np").lower() != h):
                return previous
            if h in ACTOR_NOUNS:
                return reported.group("np")
            skipped.append((ps, pe))
            continue
        if re.search(r"\band\s+(?:[A-Za-z]+\s+){1,3}$", head) and re.match(r"\s*(?:[Tt]he|[Hh]is|[Hh]er)\s", head):
            skipped.append((ps, pe))  # "The president and first lady Michelle Obama": the first is the subject
            continue
        if _WITH_KIN.search(head):
            skipped.append((ps, pe))  # "Anne and her husband Sir Timothy Laurence left": the one before goes with
            continue
        owner = _OWNER_OF_CRAFT.search(head)
        if owner and canonical(doc, owner.group("o")) != owner.group("o"):
            return canonical(doc, owner.group("o"))  # "Mandela's chartered Trump Shuttle landed": Mandela flew
        vehicle = _VEHICLE_AFTER.match(text, pe, cue)
        if vehicle:  # "the president's official Eagle One aircraft": a vehicle's name, not a person
            if previous and re.search(r"(?:\b(?:his|her|their|its)|’s|'s)\s+(?:[a-z]+\s+)?$", head, re.I):
                return previous
            if not re.fullmatch(r"\s*(?:[Tt]he\s+|[Aa]n?\s+)?", head):  # "the couple flew in the RAF Voyager jet"
                skipped.append((ps, pe))
                continue
        untitled = _less_title(head)
        if skipped and _LIST_SEP.fullmatch(text, skipped[-1][1], ps):
            skipped.append((ps, pe))  # "met his counterparts A, B and C": all of them objects
            continue
        if _OBJECT_BEFORE.search(head) or _TITLED_OBJECT.search(untitled) or _AGENT_BEFORE.search(untitled) \
                or _KIN_OF.search(head, max(0, len(head) - 90)):
            # "met with X", "flagged off by Chief Minister X", "a welcome from President X"; not "Secretary of
            # State X"
            skipped.append((ps, pe))
            continue
        owned = _OWNED_CRAFT.match(text, pe)
        return owned.group("name") if owned else canonical(doc, name)  # "PLA Navy's hospital ship Peace Ark"
    if last and _AND_THEN_VERB.fullmatch(opener) and _SAME_SUBJECT.match(clause):
        main = traveller_at(doc, sent, last[0], previous)  # "Shahid stayed behind, and announced he will be flying
        if main and main != previous and re.search(rf"\b{re.escape(main.split()[-1])}\b", text[s:last[0]]):
            return main  # out to Tokyo": the subject the clause before names, not the traveller of the sentence before
    said = _SAID_IN.match(clause, max(0, len(clause) - 150))  # near the cue: not a rescan of a long clause
    reported = _REPORTED.match(clause, said.end()) if said else None
    if reported and reported.group("h").lower() in ACTOR_NOUNS:  # "The coastguard said the ferry left"
        if previous and (reported.group("h").lower() in _GROUP_HEADS or reported.group("h").lower() in _TITLE_HEADS):
            return previous
        return reported.group("np")
    counted = _COUNTED.search(clause) or _MANY_OF.match(clause)
    if counted:  # "with an estimated 181,000 arriving in Italy": a number of people, not the traveller before
        return counted.group("np")
    spelt = _SPELT_COUNT.match(clause)
    if spelt:  # "Fifty-eight migrants rescued by the Aquarius ...", "Forty rescued climbers"
        words = [w for w in (spelt.group("w1"), spelt.group("w2")) if w]
        head = next((k for k, w in enumerate(words) if w in ACTOR_NOUNS), None)
        if head is not None:
            return " ".join([spelt.group("n"), *words[:head + 1]])
    late = _LATE_SUBJECT.search(clause, _last_words_start(clause, 6))
    if late and late.group("h") in _GROUP_HEADS and previous:  # "... on Saturday the team heads to"
        return previous
    subordinate = bool(_SUBORDINATE_BREAK.search(opener)) or bool(
        _SUBORDINATE_OPENING.match(clause)
        and clause_start != s)
    plural = _BARE_PLURAL.match(clause) if subordinate else None
    if plural and plural.group("h") in ACTOR_NOUNS:  # "after trucks filled with supplies left Damascus": the
        return plural.group("np")                     # clause's own subject, with no article
    lead = _LEAD_NAME.fullmatch(text, s, last[0]) if subordinate and last and clause_start != s else None
    if lead and any(name.split()[-1] == lead.group("n").split()[-1] for _ps, _pe, name in doc.people):
        return canonical(doc, lead.group("n"))  # "Rabuka after his New Zealand tour will travel to Samoa"
    if subordinate and clause_start != s:  # "Meanwhile, France’s players were given a reception ... after they
        main = _FRONTED.match(text, s, clause_start)  # returned from Qatar": the main clause's own subject
        own = _OWNER.match(text, main.end() if main else s, clause_start)
        if own and re.match(r"\s*(?:he|she|they|it|we)\b", clause) and re.search(
                r"\b(?:after|before|when|as|once|until)\s*$", text[s:clause_start]):
            return own.group("np")
    if subordinate and previous:
        return previous
    if subordinate and last and clause_start != s and _AFTER_A_VISIT.match(clause) and _VISIT_NOUN.match(text, cue):
        # "The Queen and the Duke sailed for home last night after a triumphant State visit to Holland", first
        # told: the one the main clause names
        return traveller_at(doc, sent, last[0], previous)
    vessel = _VESSEL.match(clause)
    named = vessel and re.search(r"[A-Z0-9-]", vessel.group("np")[len(vessel.group("det")):])
    if named:  # "The HMS Cumberland frigate", "A US-chartered ferry" (not "an overnight train": _NP reads that)
        return previous if previous and vessel.group("det").lower() == "the" else vessel.group("np")
    team = _NAMED_GROUP.match(clause)
    if team and not doc.in_mention(clause_start + team.start("w")):  # "The Wallabies flew": a team's own name
        return team.group("n")
    bare = _BARE_GROUP.match(clause)
    if bare:  # "South African cricket team has arrived in Lahore": a headline's subject, with no "the"
        return bare.group("np")
    # "Before landing in X, the squad ...", "Led by Jos Buttler, England’s cricket squad"
    fronted_in = _FRONTED.match(clause) if clause_start == s or dateline else None
    owner = _OWNER.match(clause, fronted_in.end() if fronted_in else 0)
    if owner and doc.in_mention(clause_start + owner.start("np")):
        return owner.group("np")
    np = _NP.match(clause, fronted_in.end() if fronted_in else 0)
    if np and np.group("det").lower() in ("a", "an") and _VISIT_NOUN.match(text, cue) \
            and re.fullmatch(r"(?:\s*[\w-]+){0,3}\s*", clause[np.end():]):
        np = None  # "sailed ... after a triumphant three-day State visit to": the visit's own words, not who travels
    if np:
        words, np_text = _np_words(np)
    pron = re.search(r"(?:^|\s)(?:he|she|they|it|we)\b", clause, re.IGNORECASE)
    if previous and _AGED.match(clause):
        return previous  # "The 75-year-old Rocket Man landed": the one the story follows, by a nickname
    for n0, n1, after, word in _names_in(doc, clause_start, doc.sents[sent][1], clause):
        if after >= len(clause):  # its end is not followed by a space before the cue
            break
        if _speaker_after(clause, n1) or normalise(word) in CALENDAR or any(
                a <= clause_start + n0 < b for a, b in skipped) or _SEEN.search(clause, 0, n0) \
                or word in _STYLED_PAIR:  # "when Their Excellencies fly from": the pair named before
            continue
        if is_title(word):  # "the President's first trip"
            who = titled_person(doc, word, clause_start + n0, previous)
            if who:
                return who
            continue
        full = canonical(doc, word)
        alone = re.fullmatch(r"\s*[A-Z][a-z]+\s+(?:[a-z]+ly\s+)?", clause[n0:] + " ")
        if full != word or re.match(r"(?:’s|'s)", clause[n1:]) or alone:
            return full
        named = _named_before(doc, word, clause_start + n0) if n0 == 0 and clause_start == s else None
        if named and _SUBJECT_RE.match(clause):  # "Trump is expected to arrive", after "President Donald Trump"
            return named
    if np and (not pron or np.start("det") < pron.start()):
        if np.group("det").lower() in ("his", "her", "their", "its") and words[-1].lower() in _KIN_WORDS:
            return np_text  # "her consort will make a solo day trip to Lagos": someone else, named by kin
        if np.group("det").lower() in ("his", "her", "their", "its") and previous:
            return previous
        if np.group("det").lower() == "the" and words[-1].lower() in _TITLE_HEADS and len(words) > 1 \
                and words[0].lower() in _FORMER and (
                    who := _styled_formerly(doc, words[0].lower(), words[-1].lower(), clause_start + np.start("det"))):
            return who  # "The former president's plane left", after "former Philippines president Rodrigo Duterte"
            # and "Vice President Sara Duterte": the former one
        if np.group("det").lower() in ("another", "other") or words[0].lower() in ("second", "third", "fourth"):
            if words[-1].lower() in ACTOR_NOUNS:  # "another plane", "a second ship", "Other boats": not the one
                # before
                return np_text
        elif previous and (words[-1].lower() in _GROUP_HEADS or np_text.lower() == previous.lower()
                           or previous.lower().rsplit(None, 1)[-1] == words[-1].lower()):
            return previous  # "the migrants" after "Thousands of migrants left"
        last_word = words[-1].lower()
        if np.group("det").lower() == "the" and not previous:
            # "Foreign Minister Manuel Augusto will start a tour ... The minister left for", "The head of the
            # Angolan diplomacy ... left for": the one the text styled so, or the first it names, when no one
            # travelled before
            at = clause_start + np.start("det")
            lead = doc.people_in(0, at)[:1] if _HEAD_OF.match(np.group("np")) else []
            who = titled_person(doc, last_word, at, None) if last_word in _TITLE_HEADS else \
                canonical(doc, lead[0][2]) if lead else None
            if who:
                return who
        described = last_word in ("former", "then", "late", "new") and re.match(r"\s+[A-Z]", clause[np.end():])
        if np.group("det").lower() == "the" and (last_word in _PERSON_HEADS or described or _turned(last_word)
                                                 or _AGE_WORD.fullmatch(last_word)):
            # "The 66-year-old sailor reached", "The former ExxonMobil CEO arrived", "The diminutive
            # priest-turned-president", "The 40-year-old set off": the person the story is about
            if previous:
                return previous
            named = doc.people_in(0, clause_start + np.start("det"))
            if named:
                return canonical(doc, named[-1][2])
        if last_word in ACTOR_NOUNS or last_word.endswith(_AGENT_ENDINGS) and not (
                last_word.endswith(_NOT_AGENTS) or last_word in _NOT_ACTORS):
            return np_text
    moved = _MOVED_OBJECT.search(clause)
    if moved:  # "Border police took the group by boat to": the group travels, as the text named it before
        known = {a.traveller.lower(): a.traveller for facts in doc.facts.values() for a in facts}
        if moved.group("np").lower() in known:
            return known[moved.group("np").lower()]
    part = _PART_RE.match(clause)
    if part and clause_start == s:  # "Some ... were driven to Arkansas. Others ... were flown": two groups
        return part.group("n")
    bare = re.match(r"\s*(?P<n>[A-Z][a-z]+s)\b", clause)  # "Rescuers took ...", "Migrants crossed ..."
    if bare and bare.group("n").lower() in ACTOR_NOUNS and not doc.in_mention(clause_start + bare.start("n")) \
            and not _speaker_after(clause, bare.end()):  # not "Officials said that another flight"
        return bare.group("n")
    if previous:
        return previous
    opening = _OPENING_PRONOUN.match(text, s, clause_start) if not pron and not np else None
    if opening:  # "He said he will undergo a test before leaving Mexico": the sentence's subject
        pron, clause_start = opening, s
    if pron and pron.group().strip().lower() in ("he", "she") or np and np.group("det").lower() in ("his", "her"):
        # "Besides Sri Lanka, he is slated to travel to", "His body was flown to": the person last named
        named = _last_named(doc, clause_start + (pron.start() if pron else np.start("det")),
                            pron.group().strip() if pron else np.group("det"))
        if named:
            return named
    e = doc.sents[sent][1]
    opening = _SUBJECT_RE.match(text, s + len(text[s:e]) - len(text[s:e].lstrip()))
    if opening and normalise(opening.group("n")) not in SENTENCE_OPENERS | CALENDAR \
            and not doc.in_mention(opening.start("n")):  # not "Thursday is a travel day"
        return canonical(doc, opening.group("n"))  # "Xi is currently in Costa Rica ..., following which he will"
    people = doc.people_in(s, e)
    own_stop = _OWN_STOP.search(text, s, people[0][0] if people else e)
    if own_stop:  # "Berlin will be his first stop for talks with ... President Horst Koehler": who "his" is
        named = _last_named(doc, s)
        if named:
            return named
    apposed = _APPOSED_SURNAME.match(text, s, e)
    if apposed and any(name.split()[-1] == apposed.group("n") for _ps, _pe, name in doc.people):
        return canonical(doc, apposed.group("n"))  # "Zardari, widower of ... Benazir Bhutto, set off": Zardari
    head = _DATELINE.match(text, s, e)
    for ps, pe, name in people:  # "After talks in Paris, Blinken flew ...": its subject
        if head and ps < head.end():
            continue  # "Chhatrapati Sambhajinagar: The first batch of 174 Haj pilgrims": the dateline's place
        if not (_speaking(doc, ps, pe, e) or _AGENT_BEFORE.search(_less_title(text[max(s, ps - 60):ps]))
                or _PREP_PHRASE.search(text, max(s, ps - 60), ps)  # not "..., X told AFP", "... in the Y state"
                or _KIN_OF.search(text, max(s, ps - 90), ps)):
            return canonical(doc, name)
    for subj in _SUBJECT_RE.finditer(text, cue, e):  # not "on Thursday reached"
        if normalise(subj.group("n")) not in SENTENCE_OPENERS and not doc.in_mention(subj.start("n")) \
                and normalise(subj.group("n")) not in CALENDAR:
            return canonical(doc, subj.group("n"))
    named = doc.people_in(0, s) if _TRIP_SUBJECT.match(text, s) else []
    if named:  # "... Yoshimasa Hayashi will begin his scheduled tour ... The trip ... will include India": his
        return canonical(doc, named[-1][2])
    first = doc.people_in(0, s)[:1] if _TITLE_OPENING.match(text, s) else []
    if first and _SUBJECT_AT.match(text, first[0][1]):  # "Sir Keir Starmer will attempt ... The Prime Minister is in
        return canonical(doc, first[0][2])  # Berlin": the one the story opens on, as its subject
    return UNKNOWN


def _in_place_list(doc: Doc, k: int) -> bool:
    """Mention k stands in a list of places ("Sydney, N.S., Saint John, N.B., and Bar Harbor") or is qualified by
    the region or country after it ("Saint John, N.B."): a place, whatever its first word."""
    ms, text = doc.mentions, doc.text
    before = ms[k - 1] if k > 0 else None
    after = ms[k + 1] if k + 1 < len(ms) else None
    if before is not None and re.fullmatch(r",\s*(?:and\s+)?", text[before.end:ms[k].start]):
        return True
    return after is not None and after.kind in ("region", "country") and after.country == ms[k].country \
        and re.fullmatch(r",\s*", text[ms[k].end:after.start]) is not None


# a person styled by a title of a place, or two who share it: "the Duchess of Sussex", "The Earl and Countess of
# Wessex", "the Prince of Wales" (the geoparser leaves the place to the title: NOBLE_TITLES)
_NOBLE = "|".join(sorted((w.capitalize() for w in NOBLE_TITLES), key=len, reverse=True))
_TITLE_OF_PLACE = re.compile(rf"\b(?:Grand\s+)?(?:{_NOBLE})(?:\s+and\s+(?:Grand\s+)?(?:{_NOBLE}))?\s+of\s+"
                             r"[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,2}")


_ROYAL_MALE = _ROYAL_TITLES & _MALE  # king, prince, emperor
_ROYAL_FEMALE = _ROYAL_TITLES & _FEMALE  # queen, princess, empress


def _styled_people(doc: Doc, people: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The people found, with those styled by a title of a place that no name found covers -- but not one title
    that styles the one royal of that sex the text named before ("Prince Harry will travel to Angola. The Duke of
    Sussex is on a tour": the Duke is Harry, whom the traveller rules follow from "The Duke")."""
    styled = []
    for m in _TITLE_OF_PLACE.finditer(doc.text):
        if any(a < m.end() and m.start() < b for a, b, _ in people):
            continue
        words = m.group().split()
        if words[1] != "and":
            sex = _ROYAL_FEMALE if normalise(words[0]) in _FEMALE else _ROYAL_MALE
            royals = {name for a, _b, name in people if a < m.start() and normalise(name.split()[0]) in sex}
            if len(royals) == 1:
                continue
        styled.append((m.start(), m.end(), m.group()))
    return sorted(people + styled) if styled else people


def run(doc: Doc) -> None:
    """People, after setting aside "places" that are a title and a name ("Queen Elizabeth" is no town here)."""
    people_named = [m for k, m in enumerate(doc.mentions) if _TITLE_NAME.match(m.surface)
                    and m.kind != "country"  # "Saint Vincent and the Grenadines", "Saint Lucia"
                    and not _SITE_END.search(m.surface)
                    and not _PLACE_PREP.search(doc.text, max(0, m.start - 12), m.start)
                    and not _in_place_list(doc, k)]
    if people_named:
        doc.set_mentions([m for m in doc.mentions if m not in people_named])
    doc.set_people(_styled_people(doc, _find_people(doc)))


# a traveller who is a title alone: "The President", "the Prime Minister", "The Minister"
_BARE_TITLE = re.compile(r"(?:[Tt]he|[Oo]ur)\s+(?P<t>(?:prime\s+minister|foreign\s+minister|[a-z]+))", re.IGNORECASE)


def _rename(doc: Doc, rename: dict[str, str]) -> None:
    """Give every fact of a traveller in ``rename`` the traveller's other name."""
    if rename:
        for facts in doc.facts.values():
            for a in facts:
                a.traveller = rename.get(a.traveller, a.traveller)


def one_traveller_per_title(doc: Doc) -> None:
    """"The President, who left for Brunei ... After Brunei, President Duterte will proceed to China": a title
    alone is the one traveller the text gives that title ("President Duterte"), so the journey is one."""
    travellers = {a.traveller for facts in doc.facts.values() for a in facts}
    rename: dict[str, str] = {}
    for who in travellers:
        bare = _BARE_TITLE.fullmatch(who)
        if not bare or normalise(bare.group("t").split()[-1]) not in TITLES:
            continue
        title = re.escape(bare.group("t")).replace(r"\ ", r"\s+")
        at = [m.start() for m in re.finditer(rf"\b{title}", doc.text, re.IGNORECASE)]  # found once, not per name
        if not at:
            continue
        titled = []
        for t in travellers:
            if t == who or _BARE_TITLE.fullmatch(t):
                continue
            name = re.compile(rf"{title}\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}{re.escape(t.split()[-1])}\b", re.IGNORECASE)
            if any(name.match(doc.text, k) for k in at):
                titled.append(t)
        if len(titled) == 1:
            rename[who] = titled[0]
    _rename(doc, rename)


_BARE_VESSEL = re.compile(r"[Tt]he\s+(?P<n>[a-z]+)")


def one_named_vessel(doc: Doc) -> None:
    """"The cruiser Achilles left Auckland ... a call was made at Honolulu before she reached San Francisco": "the
    cruiser" alone is the one ship the text names after that word, so the voyage is one."""
    travellers = {a.traveller for facts in doc.facts.values() for a in facts}
    rename: dict[str, str] = {}
    for who in travellers:
        bare = _BARE_VESSEL.fullmatch(who)
        if not bare or bare.group("n") not in VESSEL_NOUNS:
            continue
        named = [t for t in travellers if t != who and re.search(
            rf"\b{bare.group('n')}\s+{re.escape(t)}\b", doc.text, re.IGNORECASE)]
        if len(named) == 1:
            rename[who] = named[0]
    _rename(doc, rename)


def one_name_with_the(doc: Doc) -> None:
    """"The Springboks will start their tour in Pretoria ... when the Springboks arrive at FNB Stadium": a name with
    "The" before it is the traveller the text also names without it."""
    travellers = {a.traveller for facts in doc.facts.values() for a in facts}
    rename = {who: who[4:] for who in travellers if who.startswith("The ") and who[4:] in travellers}
    _rename(doc, rename)


_COMMON_GROUP = re.compile(r"(?:The|A|An)\s+[a-z][\w-]*s$")  # "The vessels", "The marchers"


def unnamed_is_the_group(doc: Doc) -> None:
    """"Chinese warships are scheduled to sail into Pearl Harbor ... The vessels are scheduled to head to
    California": where the text names no traveller and names one by a plural noun elsewhere, the two are one."""
    travellers = {a.traveller for facts in doc.facts.values() for a in facts}
    if UNKNOWN not in travellers or len(travellers) != 2:
        return
    (other,) = travellers - {UNKNOWN}
    if not _COMMON_GROUP.fullmatch(other):
        return
    for facts in doc.facts.values():
        for a in facts:
            if a.traveller == UNKNOWN:
                a.traveller = other
