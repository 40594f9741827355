"""Stage: travel events. For every place mention, the travel cue that ties it to a journey ("arrived in",
"from", "via", "after a stop in", "as the final stop"), its traveller, its clause and its tense, as ``Fact``s."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from gazetteer.demonyms import DEMONYMS
from gazetteer.geoparse import FAR_TOWN_CONFIDENCE, TERRITORY_RE, PlaceMention
from gazetteer.wordlists import CALENDAR, SHIP_PREFIXES

from .actors import ACTOR_NOUNS, STAR_HEADS
from .check import km
from .document import ARRIVALS, RETURN_FROM, Doc, Fact, check_limit, may_end_in
from .guard import ends_with, first_chars_guard, last_chars, top_alternatives
from .here import (
    bare_facts,
    dateline_arrivals,
    dateline_place,
    here_facts,
    left_there_facts,
    there_facts,
    whence_facts,
    where_facts,
)
from .schedule import schedule_facts
from .tense import CALLED_OFF, CALLED_OFF_WORD, NEGATED, WISH_RE, WISH_WORD

# Each cue is followed by its place (after a few lowercase filler words: "the border city of").
_DIRN = r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|on|onwards?|back|straight|off|" \
        r"directly|again|first|then|next|later|finally|also|up|down|over|out)\s+)?"  # "head up to Corrientes"
# a time between the verb and where it goes: "are to fly the next day to Washington", "flew on Tuesday to Rome"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
# "flies January 10 to Nicaragua", "left on 3 March for"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_DAY = rf"(?-i:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\w))"
_WHEN_BETWEEN = r"(?:(?:the\s+(?:next|following|same)|later\s+that|that|early\s+(?:the\s+)?next)\s+" \
                r"(?:day|morning|afternoon|evening|night)\s+|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|" \
                r"Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\s+|" \
                r"(?:on\s+)?" + _MONTH_DAY + r",?\s+|(?:today|tomorrow|yesterday|tonight)\s+)?"


_GO = r"(?:flew|flown|fly|flies|flying|drove|driven|drive|driving|sailed|sail|sailing|went|go|goes|going|gone|" \
      r"travell?ed|travel|travels|travell?ing|headed|head|heads|moved|move|continued|continue|continuing|walked|" \
      r"walk|walking|hiked|marched|steamed|rode|ride|taken|moving|jetted|jet|jets|jetting|diverted|detoured|" \
      r"rerouted|redirected|proceed|proceeds|proceeded|proceeding|journeyed|journeying|rushed|raced|sped|" \
      r"hurried|cruised|rowed|paddled|cycled|trekked|ventured|towed|tramped|trudged|plodded|hobbled|limped|" \
      r"canoed|kayaked|rafted|pedalled|pedaled|motored|set(?:s|ting)?\s+(?:off|out))"


_BOARDED = r"entrained|entraining|emplaned|emplaning|enplaned|enplaning"  # "entrained for London", "entrained at Dover"
LEAVE_VERBS = r"left|leaves|leaving|leave|departed|departs|departing|entrains|" + _BOARDED  # the verbs of leaving, for
# every cue with them
STOPS_WERE_MADE = r"(?:stops|calls|a\s+call)\s+(?:was|were)\s+made\s+(?:in|at)"  # "Short stops were made at Cook
# Islands and Tahiti", "a call was made at Honolulu"


# "after finishing his visit to the Maldives", "ends his visit to Iran": the end of a visit is where it leaves
_DEPART = r"(?:" + LEAVE_VERBS + r"|depart|set\s+(?:off|out|sail)|" \
          r"setting\s+(?:off|out|sail)|sailed|rowed)\s+from\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?" \
          r"(?:marina|port|harbou?r|base|airport|station|dock|docks|pier|quay|beach|camp|jetty)\s+(?:in|at|of|near)|" \
          + LEAVE_VERBS + r"|depart(?:ed|s|ing)?\s+from|depart|set\s+off\s+from|exit(?:ed|ing|s)?|" \
          r"set\s+out\s+from|setting\s+off\s+from|" \
          r"(?:" + _BOARDED + r"|embarked|embarking)\s+(?:at|from)|" \
          r"(?:first|next|second|third|fourth|fifth|last|final)\s+(?:stop|destination)\s+after|" \
          r"(?:started|starts|starting)\s+(?:out\s+|off\s+)?(?:last\s+(?:week|month)\s+)?from|" \
          r"(?:flew|flying|fly|flies|flown)\s+out\s+of|pulled\s+out\s+of|hopped\s+off\s+from|" \
          r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?flight\s+out\s+of|" \
          r"(?:leads|led|lead|leading)\s+(?:[\w-]+\s+){1,4}?out\s+of|" \
          r"(?:flew|flown|flying|airlifted|ferried|took|taken)\s+(?:the\s+|them\s+|him\s+|her\s+)?(?:[\w-]+\s+){0,2}?" \
          r"out\s+of|" \
          r"evacuated\s+from|fled|fleeing|fled\s+from|fleeing\s+from|farewell\s+to|goodbye\s+to|" \
          r"(?:emerged|emerging|escaped|escaping|streamed|streaming|rumbled|poured|pouring)\s+(?:from|out\s+of)|" \
          r"originat(?:ed|es|ing)\s+(?:in|at)|" \
          r"(?:interrupted|interrupts|interrupting|cut\s+short|cutting\s+short|cuts\s+short|broke\s+off)\s+" \
          r"(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:break|holiday|vacation|stay|retreat)\s+(?:in|at)|" \
          r"(?:was|were|is|are|being)\s+seen\s+off\s+(?:[\w-]+\s+){0,3}?(?:at|in|from)|" \
          r"(?:began|begun|begins|begin|started|starts|start|starting)\s+(?:the|his|her|their|its|a|an)\s+" \
          r"(?:[\w-]+\s+){0,3}?(?:ride|walk|trek|drive|hike|march|row|paddle|odyssey|pilgrimage|crossing)\s+" \
          r"(?:in|at|from)|" \
          r"(?:finish(?:es|ed|ing)?|complet(?:es|ed|ing|e)|end(?:s|ed|ing)?)\s+(?:the|his|her|their|its|a|an)\s+" \
          r"(?:[\w,-]+\s+){0,3}?(?:run|ride|walk|trek|drive|hike|march|row|paddle|swim|odyssey|pilgrimage|crossing|" \
          r"journey|voyage|flight)\s+from|" \
          r"having\s+(?:started|begun|set\s+off)\s+(?:the\s+(?:day|stage|morning|leg)\s+)?(?:in|at|from)|" \
          r"(?:" + LEAVE_VERBS + r")\s+the\s+shores\s+of|" \
          r"(?:left|leaving|leaves|fled|fleeing|departed|departing|departs)\s+(?:(?:his|her|their|its|my|our)\s+" \
          r"(?:[\w-]+\s+)?(?:home|homes|house|village|hometown|home\s*port|base)|home)\s+(?:in|at|of)|" \
          r"(?:departure|farewell|send-?off)\s+(?:ceremony|speech|statement|remarks|address)\s+" \
          r"(?:[\w:.-]+\s+){0,6}?(?:at|in)|(?:on|upon|before)\s+(?:(?:his|her|their|its)\s+)?departure\s+(?:at|from)|" \
          r"(?:finish(?:es|ed|ing)?|ends?|ended|ending|conclud(?:es|ed|ing|e)|complet(?:es|ed|ing|e)|" \
          r"wrap(?:s|ped|ping)?\s+up)\s+(?:his|her|their|its|a|the)\s+(?:[\w-]+\s+){0,2}?(?:visit|stay|tour|trip)\s+" \
          r"(?:to|in|of)|" \
          r"(?:upon|on|after|following|at)\s+(?:the\s+)?(?:conclusion|end|completion)\s+of\s+" \
          r"(?:his|her|their|its|the|a)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|stay)\s+(?:to|in|of)|" \
          r"(?:reaching|reached|reaches|arriving|arrived|arrives|landing|landed|lands)\s+(?:[^.;,]{1,60}?\s)?" \
          r"from\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:trip|visit|tour|journey|mission)\s+to|" \
          r"(?:returned|returning|returns|return|back)\s+from\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?" \
          r"(?:stay|holiday|vacation|break)\s+(?:in|at)|" \
          r"(?<!\bon\s)(?:boarded|boarding|boards|board)\s+(?!school|house|pass|member)" \
          r"(?:[\w“”\"’'-]+,?\s+){1,7}?(?:in|at)|from"  # not "on board", not "a boarding school"; "boarded his
# private railroad car, Fair Play, at Detroit"


_TRIP_TO = re.compile(r"\b(?:trip|journey|voyage|travels)\b(?!.*\bvisit\b)")
_ENDS_IN = re.compile(r"(?:finish|end|conclud|complet|wrap)[\w\s-]*\s(?:visit|stay|tour|trip)\s+in$", re.IGNORECASE)


# "began the trip in Jerusalem", "will begin his five-day, three-country tour in", "will begin his tour with a
# 2-day visit to", "The trip will begin next month in Peru", "Moon's trip will begin with a three-day visit to
# Ashgabat", "Bush will begin his mission in El Paso, Texas", "will start his three nation Asian trip with a summit in
# Jakarta": where the journey started
_BEGIN = r"(?:(?:began|begun|begins|begin|started|starts|start|starting|opened|opens|open|kicked\s+off|kicks\s+off|" \
         r"kick\s+off)\s+(?:(?:their|its|the|his|her)\s+)?(?:performances|concerts|shows|(?:tour|concert)\s+dates)\s+" \
         r"(?:on\s+)?(?:[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+|\d{1,2}\s+[A-Z][a-z]+\s+)?(?:in|at)|" \
         r"(?:began|begun|begins|begin|started|starts|start|starting|opened|kicked\s+off)\s+(?:the|his|her|" \
         r"their|its|a|an)\s+(?:[\w-]+,?\s+){0,3}?(?:trip|tour|visit|journey|voyage|travels|swing|mission)\s+" \
         r"(?:(?:today|yesterday|on\s+[A-Z][a-z]+day)\s+(?:\([\w\s,.]{1,30}\)\s+)?)?" \
         r"(?:with\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|stop|stay|summit|meeting)\s+)?(?:in|at|to)|" \
         r"(?:trip|tour|visit|journey|voyage|swing|relay|rally|race|march|expedition|procession|convoy|caravan|" \
         r"trek|cruise|pilgrimage)\s+(?:(?:of\s+)?[A-Z][\w-]+\s+)?(?:which\s+|that\s+)?" \
         r"(?:will\s+|is\s+(?:set\s+|due\s+)?to\s+)?" \
         r"(?:begins?|began|begun|starts?|started|kicks?\s+off)\s+(?:(?:[a-z]+|\d+)\s+){0,3}?" \
         r"(?:on\s+(?:[A-Z][a-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+(?:\d{4},?\s+)?)?(?:in|at|" \
         r"with\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|stop|stay|summit|meeting)\s+(?:to|in|at))|" \
         r"(?:trip|tour|visit|journey|voyage|swing)\s+(?:starting|beginning)\s+(?:with|in|at))"  # "a regional tour
# starting with the United Arab Emirates"


# how and when, between an arrival verb and its place: "arrived by train at", "landed by helicopter at", "arrived
# aboard his special train in", "arrived Monday evening in", "landed in grand style in", "arrived to a warm welcome in",
# "landed safely at", "landed 20 minutes ahead of schedule at", "arrived home in", "arrives this Tuesday (Mar. 26) in",
# "arrived in the early hours of Tuesday (January 21) in", "arrived, along with some 200 other refugees, at"
_HOW = r"(?:,?\s*(?:along\s+|together\s+)?with\s+(?:[\w’'-]+\s+){1,6}?[\w’'-]+,?\s+)?" \
       r"(?:(?:in\s+(?:[\w-]+\s+){0,2}?style|to\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,2}?welcome)\s+)?" \
       r"(?:(?:under\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?sk(?:y|ies)|in\s+(?:[\w-]+\s+){0,2}?(?:rain|snow|sunshine|fog|" \
       r"heat|winds?|weather))\s+)?" \
       r"(?:(?:safely|smoothly|quietly|briefly|shortly|eventually|later|early|late)\s+)?(?:(?<=arrived\s)home\s+)?" \
       r"(?:(?:about\s+|some\s+|nearly\s+|almost\s+)?(?:\d+|an?|one|two|three|four|five|ten|twenty|thirty|forty|" \
       r"several|a\s+few)\s+(?:minutes?|hours?|days?)\s+(?:ahead\s+of\s+schedule|behind\s+schedule|early|late|" \
       r"later|earlier)\s+)?" \
       r"(?:from\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4})?" \
       r"(?:(?:by|aboard|on\s+board)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+|" \
       r"on\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:plane|flight|jet|aircraft|airliner|ship|boat|" \
       r"vessel|ferry|train|bus|coach|helicopter|charter)\s+)?" \
       r"(?:(?:(?:late|early|later|earlier|safely|finally|midday|" \
       r"(?:at\s+)?(?:(?:about|around)\s+)?(?:noon|midnight|dawn|dusk))\s+)?" \
       r"(?:on\s+|this\s+|(?:on\s+)?the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:Monday|Tuesday|Wednesday|" \
       r"Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|overnight|this\s+(?:morning|afternoon|evening)|" \
       r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2})" \
       r"(?:,?\s+\d{4})?(?:\s+\((?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2}\))?" \
       r"(?:\s+(?:morning|afternoon|evening|night|at\s+noon|at\s+midnight))?,?\s+)?" \
       r"(?:(?:at\s+(?:dawn|dusk|daybreak|sunrise|sunset|night|midnight|noon|first\s+light)|in\s+the\s+(?:early\s+|" \
       r"late\s+)?(?:morning|afternoon|evening|hours)(?:\s+of\s+\w+(?:\s+\([\w .]{1,20}\))?)?),?\s+)?" \
       r"(?:(?:(?:at|about|around|shortly\s+(?:after|before)|just\s+(?:after|before))\s+)?\d{1,2}(?:[:.]\d{2})?\s*" \
       r"(?:a\.m\.|p\.m\.|am|pm|GMT|UTC)?(?:\s+local\s+time)?(?:\s+\([\w :.]{1,25}\))?,?\s+)?"  # "touched down
# about 9:20 a.m. at", "landed at 2 pm (1200 GMT) at"


# "stopped overnight in", "stopped over night in", "stopped for a day in", "will stop briefly at", "first stopped for a
# short while at", "stopping for the night in Columbus"
_FOR_A_WHILE = r"(?:(?:off|over(?:\s+night)?|overnight|briefly|first)\s+)?" \
               r"(?:for\s+(?:a|an|one|two|three|four|five|several|a\s+few|the)\s+(?:(?:short|brief)\s+)?" \
               r"(?:day|days|night|nights|hour|hours|week|weeks|while|time)\s+)?"


# "stopping Monday in Haiti"
_STOP_DAY = r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)" \
            r"(?:\s+(?:morning|afternoon|evening|night))?\s+|" \
            r"(?:on\s+)?(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+)?"  # "Feb. 27"


# a clause before the main one that gives a reason or a time: what it negates is its own ("As the repairing did not
# succeed, the Coast Guard vessel towed the fishing boat to Colachel")
_FRONTED_REASON = re.compile(r"\s*(?:As|Because|Since|Although|Though|When|While|After|Once)\s[^,;:.]{3,80},\s")
_AIRPORT_TOWN = re.compile(r"\s+(?:in|near|outside)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?|\s*,\s*")
# what a host does to the one who arrives, told of the host ("Katz welcomed Milei") or of the guest ("was greeted")
_HOSTS = r"welcomed|welcomes|greeted|greets|received|receives"
# "the waiting royal Rolls-Royce took them to Falmouth's National Maritime Museum", "sent a helicopter ... and dropped
# him off at the nearby airbase of Katukurunda": who was carried travels
_CARRIED = r"(?:(?:took|drove|ferried|carried|brought|whisked|escorted|transported|rushed|flew)\s+(?:him|her|them)\s+" \
           r"(?:back\s+|straight\s+|directly\s+)?to|dropped\s+(?:him|her|them)\s+off\s+(?:at|in))"
_CARRIED_RE = re.compile(_CARRIED)
_WHEN_WORD = r"(?:today|yesterday|tonight|later|earlier|again)"  # "Chavez was received today by Lula at"
_HOSTED = r"(?:was|were)\s+(?:warmly\s+|formally\s+|officially\s+)?(?:welcomed|greeted|received|" \
          r"met(?=\s+(?:by|at|on\s+(?:arrival|landing))\b))"  # "was met on arrival at the ... Airport in Gaborone by",
# "was met at Dover by the Duke of York"
_WELCOME_CUE = re.compile(rf"(?P<active>{_HOSTS})\b|{_HOSTED}\b")
# an airport or a town right after the verb, with no "at": "The plane carrying President Masisi touched down Kenneth
# Kaunda International Airport" (Lusaka Times), "evacuees have arrived the Nnamdi Azikiwe International Airport" (The
# Sun), "nine trucks ... from Mombasa arrived Kapoeta via the Nadapal border crossing" (Eye Radio)
_LANDED_BARE = re.compile(r"\b(?:touch(?:ed|es)?\s+down|landed|lands|arrived|arrives|has\s+arrived|have\s+arrived)"
                          r"\s+(?:the\s+)?$")
# a record a visit sets, not the order of its stops: "This will be the first-ever visit by an Indian Head of State to"
_RECORD_VISIT = re.compile(r"\b(?:first|second|third|last|maiden|only)(?:[- ]ever)?\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:visit|trip|tour)\s+by\s+(?:[\w.’'-]+\s+){1,8}?$", re.IGNORECASE)
_THE_GUEST = re.compile(r"\s+(?:his|her|their|the|our)\s+(?:[a-z]+\s+)?(?:visitors?|guests?)\b")  # "his royal visitor"
_GUEST_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+$")  # "He was met by Biden at": of someone named before
# ... or of a group the story follows: "The party was met at Hong Kong by a customs official"
_GUEST_GROUP = re.compile(r"\b[Tt]he\s+(?P<h>[a-z]+)\s+$")
_THE_TITLE = re.compile(r"\s+the\s+(King|Queen|Pope|Pontiff|President|Emir|Sultan|Prince|Princess|Chancellor|"
                        r"Premier|Monarch|Crown\s+Prince)\b")
# "welcomed the children to New Zealand on board the USS General Randall in Wellington": a group, not a name after it
_WELCOMED_GROUP = re.compile(r"\s+(?P<np>(?:the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?P<h>[a-z-]+))\b")
_WELCOME_WE_GOT = re.compile(r"\b(?:welcome|reception|greeting)\s+(?:that\s+)?(?:we|they|he|she|I)\s+$", re.IGNORECASE)
_NAME_WORD = re.compile(r"(?<![\w’'-])(?!(?:The|His|Her|Their|First|Crown)\b)[A-Z][\w’'-]+")  # not "First Lady"
# "visit disaster refugees Saturday in Rikuzentakata": whom is visited, then where; "Katz welcomed Milei at Ben Gurion
# Airport", "received Lula ... in an official ceremony at", "Mr Key was greeted at": whom the host meets, and where
# "Her state visit to Australia begins in Perth": where in the country the trip goes first, not where it starts
_ARRIVE = r"(?:heads?|headed|heading)\s+(?:straight|directly)\s+for|(?:is|are|was|were)\s+off\s+to|" \
          r"aerial\s+(?:survey|tour|inspection|visit)\s+(?:of|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?" \
          r"(?:areas?\s+(?:of|in)\s+)?|" \
          r"(?:trip|tour|visit|journey)\s+to\s+(?:the\s+)?[A-Z][\w-]+\s+(?:will\s+)?(?:begins?|began|starts?|started)" \
          r"\s+(?:[a-z]+\s+){0,2}?in|" \
          r"(?:(?:to|will|would|also|then|and|could|may|might|shall|must|did)\s+visit|visited|inspected|viewed)\s+" \
          r"(?!to\s)" \
          r"(?:[\w’'-]+\s+){1,4}?in|" \
          rf"(?<!was\s)(?<!were\s)(?:{_HOSTS})\s+(?!by\b|from\b|{_WHEN_WORD}\s+by\b)(?:[\w.’'-]+\s+){{1,12}}?" \
          r"(?:in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:ceremony|reception)\s+)?(?:at|in)|" \
          rf"{_HOSTED}\s+(?:{_WHEN_WORD}\s+)?(?:by\s+(?:[\w.’'-]+,?\s+){{1,8}}?)?(?:on\s+(?:arrival|landing)\s+|" \
          r"on\s+the\s+(?:tarmac|runway|quayside|dockside|platform)\s+)?(?:at|in)|" \
          rf"(?:arrived|arrives|arriving|arrive|landed|lands?|landing|touch(?:ed|es|ing)?\s+down|dock(?:ed|s|ing)?|" \
          r"forced\s+down)" \
          rf"(?:\s+|(?=,\s*(?:along|together|with)\s)){_HOW}" \
          r"(?:in|at|near)|reached|reaches|reach|reaching|" \
          r"(?:neared|nears|nearing)\s+(?:the\s+(?:island|coast|port|shores?)\s+of\s+)?|" \
          r"as\s+far\s+(?:(?:north|south|east|west|inland)\s+)?as|" \
          r"(?:arrived|arrives|arriving)\s+over|" \
          r"(?:arrived|arrives|arriving|landed)\s+on\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?" \
          r"(?:visit|trip|tour)\s+to|" \
          r"(?:continued|continues|continuing)\s+with\s+(?:[\w’'-]+\s+){0,4}?(?:trip|visit|stop|stay)\s+" \
          r"(?:to|in|at)|" \
          r"(?:landed|lands|landing|touched\s+down|came\s+down)\s+(?:just\s+)?(?:north|south|east|west|north-?east|" \
          r"north-?west|south-?east|south-?west)\s+of|" \
          r"(?:landed|lands|landing|touch(?:ed|es|ing)?\s+down|arrived|arrives|arriving)\s+(?:safely\s+)?on\s+the\s+" \
          r"(?:runway|tarmac|airstrip|apron)\s+(?:of|at)|" \
          r"(?:landed|lands|landing|touch(?:ed|es|ing)?\s+down|arrived|arrives|arriving)\s+(?:safely\s+)?on|" \
          r"(?:landed|lands|landing|touch(?:ed|es|ing)?\s+down|came\s+down)\s+(?:[\w’'-]+\s+){0,8}?in\s+a\s+" \
          r"(?:field|paddock|meadow|clearing|farm)\s+(?:near|outside|close\s+to)|" \
          r"(?:grounded|ran\s+aground|run\s+aground)\s+(?:on\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" \
          r"(?:sandbar|sand\s+bar|reef|rocks?|beach|shoal|bank)\s+)?(?:in|at|near|off|on)|" \
          r"(?:made|makes|make|making)\s+landfall\s+(?:in|at|on|near)|(?:came|comes|come|coming)\s+ashore\s+" \
          r"(?:in|at|on|near)|(?:washed|washes|wash)\s+(?:up|ashore)\s+(?:in|at|on|near)|" \
          r"(?:ended|ends|end|ending|wound|winds|turned|turns)\s+up\s+(?:in|at|on)|set\s+foot\s+(?:in|on)|" \
          r"(?:pulled|pulls|pull|pulling)\s+in\s+(?:at|to)|(?:moored|berthed|anchored)\s+(?:in|at|off)|" \
          rf"(?:arrived|arrives|arrive|arriving|landed|lands|landing)\s+{_HOW}on\s+the\s+(?:[\w-]+\s+)?" \
          r"(?:shores?|coast|banks?|islands?|isle|outskirts|edge|gates)\s+of|" \
          r"(?:finish(?:es|ed|ing)?|wind|winding|wrap(?:s|ped|ping)?)\s+up\s+(?:in|at)|" \
          r"(?:and|then)\s+(?:finish|finishes|finishing|end|ends|ending)\s+in|" \
          r"to\s+the\s+finish(?:\s+line)?\s+(?:in|at)|finish(?:es|ed|ing)\s+at|" \
          r"(?:crossed|crosses|crossing)\s+the\s+(?:finish(?:ing)?\s+)?line\s+(?:at|in)|" \
          r"(?:found|finds|find|finding|sought|seeks|seek|seeking|took|takes|take|taking|reached|reaches|reach|" \
          r"reaching)\s+(?:refuge|shelter|sanctuary|safety)\s+(?:in|at)|" \
          r"got\s+to|(?:able|managed)\s+to\s+get\s+to|" \
          r"(?:made|makes|make|making)\s+it\s+(?:safely\s+|all\s+the\s+way\s+)?(?:to|into|as\s+far\s+as)|" \
          r"(?:pull(?:ed|ing|s)?|drew|draws|drawing|steamed|steams|chugged|" \
          r"chugs|rolled|rolls|rolling)\s+(?:[a-z]+ly\s+)?into|entered|enters|" \
          r"(?<!for\s)(?<!of\s)(?<!from\s)entering|enter|" \
          r"(?:is|are|was|were)\s+approaching|" \
          rf"(?:stopped|stopping|stop)\s+{_FOR_A_WHILE}{_STOP_DAY}(?:in|at)|" \
          r"called\s+(?:in\s+)?at|calling\s+(?:in\s+)?at|call\s+(?:in\s+)?at|put\s+in\s+at|" \
          r"(?:be|been|being|was|were|is|are)\s+(?:displayed|exhibited|on\s+(?:display|show|view|exhibition))\s+" \
          r"(?:[\w-]+\s+){0,2}?(?:in|at)|" \
          r"(?:disembark(?:ed|s|ing)?|alight(?:ed|s|ing)?)\s+(?:from\s+(?:a|an|the|his|her|their|its)\s+" \
          r"(?:[\w-]+\s+){0,4}?)?(?:in|at)|alight(?:ed|s|ing)?\s+on|" \
          r"(?:(?:stepped|steps|stepping|step)\s+(?:off|down\s+from|out\s+of|from)|(?:got|gets|getting|get)\s+off)\s+" \
          r"(?:a|an|the|his|her|their|its|our|my)\s+(?:[\w-]+\s+){0,2}?(?:plane|aircraft|jet|airliner|train|ship|" \
          r"boat|helicopter|bus|coach|ferry|flight)\s+(?:[\w.]+\s+){0,3}?" \
          r"(?:at|in)|" \
          r"(?:made|makes|make|making)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:arrival|landing)\s+" \
          r"(?:in|at)|(?:(?-i:Upon|On)|(?<=and\s)(?:upon|on))\s+(?:(?:his|her|their|its)\s+)?arrival\s+(?:in|at)|" \
          r"(?:a|an|the|his|her|their|its)\s+(?:(?:morning|afternoon|evening|night|early|late)\s+)?arrival\s+" \
          r"(?:on\s+)?(?:" + _MONTH_DAY + r"|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))" \
          r"(?:,?\s+\d{4})?,?\s+(?:in|at)|" \
          r"arrival\s+of\s+(?:(?-i:[A-Z][\w.’'-]*)\s+){1,6}(?:in|at|to)|" \
          r"(?:upon|on|after)\s+(?:his|her|their|its)\s+arrival\s+(?:in|at)|" \
          r"to\s+(?:his|her|their|its|a|the)\s+(?:connection|connecting\s+flight|transfer)\s+(?:in|at)|" \
          r"port[\s-](?:visit|call)s?\s+(?:in|at|to)|ports?\s+of\s+call\s+(?:in|at)|" \
          r"stop-?offs?\s+(?:(?:is|are|was|were|will\s+be)\s+)?(?:also\s+)?(?:(?:scheduled|planned|due)\s+)?" \
          r"(?:in|at)|" \
          r"(?:lead|leads|led|leading|head|heads|headed|heading)\s+(?:a|an|the|his|her|their|its)\s+" \
          r"(?:[\w-]+\s+){0,3}?(?:delegation|mission|team|party|group|contingent)\s+to|" \
          r"(?:dropped|drops|dropping|picked|picks|picking)\s+(?:off|up)\s+(?:[\w-]+\s+){0,4}?(?:in|at)|" \
          r"(?:(?:a|with|has|have|had|includes?|including|included|and|his|her|their|its|make|makes|making)\s+)" \
          r"(?:[\w-]+\s+){0,2}?stops?\s+(?:(?:planned|scheduled)\s+(?:[\w-]+\s+){0,2}?)?(?:in|at)|" \
          r"stops?,?\s+including\s+(?:in|at)|" \
          r"stops\s+(?:will\s+|would\s+|also\s+)*(?:include|includes|included)\s+|" \
          r"(?:the\s+)?(?:other\s+|remaining\s+)?(?:cities|towns|places|stops|countries|destinations)\s+" \
          r"(?:that\s+|which\s+)?(?:it|he|she|they|we|the\s+[a-z]+)\s+(?:will|would|is\s+to|are\s+to|plans?\s+to)\s+" \
          r"(?:also\s+)?(?:visit|tour|stop\s+in|take\s+in)\s+(?:are|were|include|includes|will\s+be)\s+|" \
          r"(?:tour|trip|first|next|last|final)\s+stops\s+(?:are|were|will\s+be)\s+" + _WHEN_BETWEEN + r"(?:in|at)|" \
          r"(?:trip|tour|visit|itinerary|programme|program)\s+(?:that\s+|which\s+)?(?:will\s+|would\s+|also\s+)*" \
          r"(?:include|includes|included)\s+(?:[\w-]+\s+){0,6}?(?:in|at)|" \
          r"(?:trip|tour|visit|itinerary|journey)\s+(?:is|was|will)\s+(?:[\w,-]+\s+){1,12}?and\s+" \
          r"(?:will\s+|would\s+|also\s+)*(?:include|includes|included)\s+|" \
          r"(?:stops|destinations)\s*(?:--|—|–|:)\s*(?:in\s+(?:that\s+)?order\s*,?\s*)?|" \
          r"(?:stops|destinations)\s+(?:ahead\s+)?(?:on|of|during)\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?" \
          r"(?:tour|trip|visit|itinerary|journey)\s*(?:--|—|–|:)\s*|" \
          r"(?-i:First|Second|Third|Fourth|Next|Final|Last)\s+stop(?:,\s+[\w -]{1,30}?)?\s*:|" \
          r"(?<=,\s)(?:first|next)\s+stop\s+|" \
          r"(?:his|her|their|its)\s+(?:first|next|second|third)\s+(?:(?:scheduled|planned|official)\s+)?" \
          r"(?:stop|destination)(?:\s+(?:is|was|will\s+be|" \
          r"being)(?:\s+(?:in|at))?)?,?|" \
          r"(?:arrived|arrives|arrive|arriving|landed|lands|landing|reached|reaches|reaching)\s+(?:at|in)\s+" \
          r"(?:the|his|her|their|its)\s+(?:first|next|second|third|final|last)\s+(?:stop|destination)\s*,|" \
          r"(?:reached|reaches|reaching|(?:arrived|arrives|arriving)\s+at|(?:proceed(?:ed|ing|s)?|head(?:ed|ing|s)?|" \
          r"continu(?:ed|ing|es)|mov(?:ed|ing|es))\s+(?:on\s+)?to)\s+(?:the|his|her|their|its)\s+" \
          r"(?:(?:final|ultimate)\s+)?destination,?\s+(?:of\s+)?|" \
          r"(?:the|his|her|their|its)\s+(?:first|next|second|third)\s+(?:stage|leg|stop)\s+of\s+(?:the|this|his|her|" \
          r"their|its)\s+(?:[\w-]+\s+)?(?:trip|tour|visit|journey|voyage)\s+(?:is|was|will\s+be)|" \
          rf"{_GO}\s+{_WHEN_BETWEEN}{_DIRN}(?:on\s+)?to|took\s+(?:a|the)\s+[\w-]+\s+to|came\s+to|visited|visits|" \
          r"(?:was|were|been|being|be)\s+(?:\w+ly\s+)?(?:sent|dispatched|despatched|deployed)\s+(?:(?:off|out|back|" \
          r"home|on|over|down|up)\s+)?" + _WHEN_BETWEEN + r"to|" \
          rf"{_CARRIED}|" \
          r"(?:(?<=will\s)|(?<=then\s)|(?<=to\s))head\s+for|" \
          r"visit|visiting|" \
          r"(?:a|an|the)\s+(?:series|round|string|programme|program)\s+of\s+(?:[\w-]+\s+){0,4}?(?:engagements|" \
          r"appearances|events|functions|visits)\s+in|" \
          r"(?:swept|sweep|sweeps|sweeping)\s+through|" \
          r"toured|(?:taking|takes|took|(?<=will\s)take|(?<=to\s)take)\s+in" \
          r"(?:\s+(?:events|engagements|stops|visits)\s+in)?|tours|touring|(?<=will\s)tour|" \
          r"(?<=to\s)tour|then\s+to|onward\s+to|on\s+to|(?:then|next|it[’']s|it\s+is|and)\s+onto|" \
          r"(?:is|are|was|were)\s+(?:then\s+|also\s+|next\s+)?(?:due|expected)\s+(?:in|at)|" \
          r"continu(?:e|es|ed|ing)\s+(?:(?:his|her|their|its|the)\s+)?(?:[\w-]+\s+){0,2}?(?:trip|tour|journey|" \
          r"voyage|visit)\s+(?:in|to)|" \
          r"(?:end(?:s|ed|ing)?|(?:round|rounds|rounded|rounding)\s+up|conclude[sd]?|concluding|" \
          r"finish(?:es|ed|ing)?)\s+" \
          r"(?:the|his|her|their|its)\s+(?:[\w,-]+\s+){0,3}?(?:trip|tour|visit|journey|voyage|route|ride|relay|" \
          rf"march|walk|race|expedition)\s+{_WHEN_BETWEEN}(?:in|at)|" \
          r"(?:crossed|crossing|cross|crosses|walked|went|smuggled|taken|take|took|came|moved|got|slipped|sailed|" \
          r"flew|fly|flies|flying|drove|steamed|rolled|marched|jetted|roared|rode|sped|zoomed|raced|cycled|" \
          r"pedalled|pedaled|swam|trekked|rowed|paddled|hiked|skied|limped|motored|" \
          r"plodded|trudged|tramped|strode|staggered|hobbled|continue|continues|continued|continuing|cycling|riding|" \
          r"walking|heading|headed|travell?ing|travell?ed)\s+" \
          r"(?:[\w-]+\s+){0,5}?into|on\s+the\s+road\s+to|" \
          r"to"


# "spent the winter in Istanbul", "held talks in Kyiv", "deliver a policy speech in Jakarta", "to take to the stage in
# Philadelphia", "had a busy day at the G20 Leaders Summit in Rio de Janeiro": the traveller was there
# (its date is not an arrival's)
_STAY = r"(?:spent|spending|spend|spends|stayed|staying|waited|waiting|remained|remain|remains|worked|" \
        r"working(?![\s-]+class)|stranded|" \
        r"delayed|grounded|held\s+up)\s+(?:[\w-]+\s+){0,5}?" \
        r"(?:in|at)|(?:spent|spending|spend|spends)\s+(?:[\w-]+\s+){1,3}?on(?=\s+$)|" \
        r"(?:bring|brings|brought|bringing|ring|rings|rang|ringing|see|sees|saw|seeing)\s+in\s+the\s+New\s+Year\s+" \
        r"in|(?:his|her|their|its|a|an|the)\s+(?:[\w’'-]+\s+){0,2}?stay\s+in|" \
        r"(?-i:During)\s+(?:his|her|their|its)\s+time\s+in|" \
        r"continu(?:es|ed)\s+(?:(?:his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?visit\s+(?:in|to)|" \
        r"(?:is|are|was|were)\s+(?:currently|now|already|still)\s+in|(?:is|are)\s+in|" \
        r"(?:will|would)\s+be\s+in|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to\s+be\s+in|" \
        r"(?<!be\s)(?<!been\s)(?<!being\s)(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)" \
        r"(?:play|plays|played|playing|perform|performs|performed|performing)\s+(?:(?:[\w-]+\s+){0,3}?" \
        r"(?:concerts?|shows?|gigs?|matches|games|recitals?|cities|venues)\s+|(?:[\w-]+\s+){0,4}?at\s+(?:the\s+)?" \
        r"(?-i:[A-Z0-9][\w’'-]*\s+){1,4})?in|" \
        r"(?:take|takes|took|taking)\s+to\s+the\s+stage\s+(?:[\w-]+\s+){0,3}?in|" \
        r"(?:stage|stages|staged|staging|give|gives|gave|giving)\s+(?:[\w-]+\s+){0,3}?(?:performances|concerts|" \
        r"recitals|shows|gigs)\s+in|" \
        r"(?:inaugurat(?:e|es|ed|ing)|commission(?:s|ed|ing)?|cut(?:s|ting)?\s+the\s+sod|(?:lay|lays|laid|laying)\s+" \
        r"the\s+foundation\s+stone)\s+(?:for\s+)?(?:[\w’'-]+\s+){0,8}?(?:at|in)|" \
        r"(?:be|is|are)\s+(?:performing|playing)\s+in|" \
        r"(?:had|has|have)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?day\s+(?:at\s+(?:the\s+)?(?:[\w-]+\s+){1,5}?)?in|" \
        r"(?:will|would)\s+be\s+based\s+(?:[\w-]+\s+){0,5}?(?:in|at)|" \
        r"(?:held|holds|holding|hold|conduct|conducts|conducted|conducting)\s+(?:(?:bilateral|official|high-level|" \
        r"political)\s+)?(?:talks|meetings?|a\s+meeting|discussions|an?\s+(?:official\s+|bilateral\s+)?summit)\s+" \
        r"(?:(?!(?:about|on|regarding|concerning|over)\s)[\w’'-]+\s+){0,5}?(?:in|at)|" \
        r"(?:told|telling|tells|speaking|spoke|speaks|said|says)\s+(?:to\s+)?(?:reporters|journalists|the\s+press|" \
        r"the\s+media|a\s+news\s+conference|a\s+press\s+conference)\s+in|(?-i:Speaking|speaking)\s+in|" \
        r"(?:announced|announces|announcing)\s+(?:this|it|the\s+news)\s+at|" \
        r"\bto\s+meet\s+in|" \
        r"(?:deliver|delivers|delivered|delivering|give|gives|gave|giving|make|makes|made|making)\s+(?:a|an|his|her|" \
        r"the)\s+(?:[\w-]+\s+){0,2}?(?:speech|address|lecture)\s+(?:in|at)|" \
        r"(?:(?<!the\s)(?<!a\s)(?<!this\s)(?<!next\s)(?<!’s\s)(?<!'s\s)(?<!its\s)(?<!their\s)(?<!annual\s)" \
        r"(?<!upcoming\s)(?:meet|meets|meeting|met|see|sees|seeing)|" \
        r"(?:have|has|had|having|hold|holds|held|holding)\s+a\s+meeting)\s+(?!to\s)(?:with\s+)?" \
        r"(?:(?!(?:while|during|after|before|when)\s)[\w.’'-]+,?\s+){1,10}?" \
        r"(?:in\s+(?:the\s+capital(?:,?\s+city)?,?\s+)?|on\s+)"  # "on Batam Island"
# (not a meeting held: "the cartel’s next meeting November 30 in Vienna"); the meeting's cue reaches its place across
# names and a date ("meeting with Russian President Vladimir Putin on May 3 in", "meet Qatar's emir, Sheikh Tamim
# bin Hamad Al Thani, in") but not across a new clause ("while in")


# where a trip is bound; "will be travelling to", "before travelling to" are arrivals; "a drive from Khabarovsk towards
# Chita": where a trip from a named place is bound; "reported fire ... while sailing to Crete" (it docked at Piraeus)
_GOAL = r"(?:is|are|was|were)\s+travell?ing\s+to|" \
        r"(?:while|when)\s+(?:sailing|flying|travell?ing|heading|steaming|cruising)\s+(?:to|for|towards)|" \
        r"(?:plane|aircraft|jet|flight|airliner|ship|boat|ferry|train|bus|helicopter|motorcade|convoy)\s+" \
        r"(?:carrying|bearing|ferrying)\s+(?:[\w.’'-]+\s+){1,6}?to|" \
        r"(?:is|are|was|were)\s+(?:heading|headed|flying|going|bound)\s+(?:to|for)|" \
        r"(?:heading|headed)\s+(?:to|for)|heads\s+for|" \
        r"bound\s+for|destined\s+for|en\s*route\s+to|on\s+(?:his|her|their|its|the)\s+way\s+to|" \
        r"(?:trips?|jaunts?)\s+to|" \
        r"visits?\s+to|" \
        r"(?:on|for|undert(?:ook|akes?|aking))\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?missions?\s+to|" \
        r"journey\s+to|trips\s+in|(?:make|makes|made|making|snakes|snaked|snaking|wends|wended|wending|winds|wound|" \
        r"winding|threads|threaded|threading|inches|inched|inching)\s+(?:its|their|his|her)\s+way\s+towards?|" \
        r"(?:heads?|headed|heading|moved|moves|moving|proceeded|proceeds|proceeding)\s+towards?|" \
        r"(?<!be\s)(?<!before\s)(?<!after\s)travell?ing\s+to|" \
        r"from\s+(?:[A-Z][\w’'.-]*\s+){1,3}towards?|" \
        r"(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:tour|swing)\s+(?:of|through)|" \
        r"(?:visits?|trips?|tours?)\s+to\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+" \
        r"(?:[\w-]+\s+){0,2}?(?:nations|countries|states|capitals|cities)\s*(?:,|--|—|–|:)\s*|" \
        r"(?:trip|tour|visit|journey|itinerary|voyage)\s+(?:that|which)\s+(?:will\s+|would\s+)?(?:also\s+)?" \
        r"(?:encompass(?:es|ed)?|cover(?:s|ed)?|span(?:s|ned)?|include(?:s|d)?)"
# "a four-nation tour of", "a seven-day visit to three African nations, Algeria, Mauritania and Malawi", "a six-day
# journey that will encompass Kenya, Tanzania, Mozambique, and South Africa"


_RETURN = r"(?:was|were|is|are)\s+back\s+in|due\s+back\s+(?:in|at)|returned\s+(?:home\s+)?to|" \
          r"(?:arrived|arrives|arriving|arrive|landed|lands|land|got|touched\s+down)\s+(?:safely\s+)?back\s+" \
          r"(?:in|at|into|home\s+in)|" \
          r"returning\s+(?:home\s+)?to|returns\s+(?:home\s+)?to|" \
          r"(?:arrived|arrives|arriving|returned|returns|returning|came|comes|flew|flown)\s+(?:home\s+|back\s+)?to\s+" \
          r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:welcome|reception|greeting)\s+(?:in|at)|" \
          rf"(?:{_GO}|came|come|coming)\s+(?:back\s+|home\s+)+to|back\s+to|return\s+(?:home\s+)?to"


_VIA = r"via|by\s+way\s+of|passing\s+through|passed\s+through|pass\s+through|transit(?:ing|ed)?\s+(?:through|in|at)|" \
       r"made\s+(?:(?:brief|short|refuell?ing|several)\s+)?stops\s+(?:along\s+(?:the\s+)?(?:[\w-]+\s+){1,5}?)?" \
       r"(?:in|at)|" \
       r"(?:(?:brief|short|refuell?ing|several)\s+)?" + STOPS_WERE_MADE + "|" \
       r"changed\s+(?:trains|planes|flights)\s+(?:in|at)|refuell?(?:ed|ing|s)?\s+(?:in|at)|" \
       r"(?:a\s+)?(?:brief\s+|short\s+|morning\s+|overnight\s+|night\s+)?(?:stop-?overs?|layovers?|" \
       r"refuell?ing\s+stops?|technical\s+stops?)\s+(?:(?:was|were|is|will\s+be)\s+)?" + _WHEN_BETWEEN + \
       r"(?:(?:along\s+the\s+way|en\s+route|on\s+the\s+way)\s+)?(?:in|at)|" \
       r"(?:sailed|sailing|steamed|went|going|travell?ed|towed|towing)\s+(?:a?round|past)|rounded|rounding|through|" \
       r"(?:crossed|crosses|crossing|traversed|traverses|traversing)|" \
       r"(?:scheduled\s+|intermediate\s+)?halts?\s+(?:in|at)|" \
       r"(?:passed|passes|passing)\s+(?:(?:major|several|many|other|big|key)\s+)?(?:cities|towns|stations|ports)\s+" \
       r"(?:such\s+as|including|like)|" \
       r"(?:cities|towns|places|stations|ports|villages)\s+(?:passed|visited|passed\s+through)\s+(?:were|included|" \
       r"include|are)|(?:stopped|stopping|stops)\s+only\s+(?:in|at)"


# "after a stop in Berlin": a stop made before the clause's arrival; "After Sri Lanka, he will travel to":
# a sentence that opens on a place (see _AFTER_PLACE)
_STOP = r"(?-i:After)|after\s+(?:(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:stop|visit|stay)|stops|visits)\s+" \
        r"(?:in|at|to)|" \
        r"after\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:concerts?|shows?|performances?|gigs?|" \
        r"match|matches|game|games|final|talks|meetings?|summit|speech|conference|ceremony|rally)\s+(?:in|at)|" \
        r"after\s+(?:stopping|calling|stopped)\s+(?:off\s+|over\s+)?(?:in|at)|" \
        r"after\s+spending\s+(?:a|an|the|one|two|three|four|five|several|a\s+few)\s+(?:[\w-]+\s+)?(?:days?|nights?|" \
        r"weeks?|hours?)\s+(?:[^.;]{0,80}?\s)?(?:in|on|at)|" \
        r"after\s+(?:(?:two|three|four|five|six|several|a\s+few)\s+(?:days|weeks|nights)\s+of\s+)?(?:talks|" \
        r"meetings|a\s+meeting|a\s+summit|(?:two|three|four|five|six|several|a\s+few)\s+(?:days|weeks|nights))" \
        r"\s+(?:in|at)"


# what follows "the last stop" or "the next stop": "of his South Asia trip is", "will be"
_OF_TRIP_IS = r"\s+(?:of\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){1,3}?)?(?:will\s+be|is|was|would\s+be|being)"


# "the last stop of the tour will be Windhoek"
_FINAL = r"(?:final|last)\s+(?:stop|destination|leg)" + _OF_TRIP_IS + "|" \
         r"(?:for|to|arriv(?:e|es|ed|ing)\s+at|reach(?:ed|es|ing)?)\s+(?:its|his|her|their|the)\s+final\s+" \
         r"destination\s+(?:in|at|of)|" \
         r"(?:trip|tour|visit|journey|voyage)\s+(?:will|would|is\s+(?:set|due|expected)\s+to)\s+(?:end|conclude|" \
         r"finish|wrap\s+up)\s+(?:[a-z]+\s+){0,2}?(?:in|at)|" \
         r"(?:trip|tour|visit|journey|voyage)\s+(?:[\w-]+\s+){0,6}?(?:that|which)\s+(?:ends|concludes|finishes|" \
         r"will\s+(?:end|conclude|finish))\s+(?:with\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:ceremony|rally|" \
         r"concert|service|mass|celebration|reception|parade)\s+)?(?:in|at)|" \
         r"(?:stops?|stopovers?)\s+(?:of|on|during)\s+(?:the|this|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?" \
         r"(?:trip|tour|journey|route|voyage|procession)\s+(?:will\s+be|is|was)\s+(?:in|at)"
# "Moon's three-nation tour will end in Astana", "a tour of Africa over 12 days that ends in", "long trip that will
# end with a final ceremony in the eastern city of Santiago de Cuba"; "One of the most symbol-filled stops of this
# last trip will be in Santa Clara": a stop of the trip, read as one where it ends (ends_last keeps the end told first
# at the end; as a plain arrival it would be drawn as a place passed)


_NEXT = r"(?:first|next)\s+(?:stop|destination)" + _OF_TRIP_IS + "|" \
        r"(?:first\s+|next\s+)?(?:port|point)\s+of\s+call\s+(?:planned\s+)?(?:for\s+(?:[\w-]+\s+){1,3}?)?" \
        r"(?:is|will\s+be)|" \
        r"(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?destination\s*:"  # "a modest goal for their destination: X"


_CROSS = r"crossed\s+(?:the\s+border\s+)?(?:into\s+\S+(?:\s+\S+)?\s+)?(?:through|via|at)|" \
         r"border\s+(?:city|town|crossing|post|station)\s+of|crossing\s+(?:point\s+)?(?:at|of)"


# every cue starts with a letter: the lookahead lets the search skip other places at once (twice as fast); each kind
# of cue is tried only where its first two letters are (a third faster again: first_chars_guard)
_CUE_KINDS = (("cross", _CROSS), ("stop", _STOP), ("final", _FINAL), ("arrive_next", _NEXT), ("begin", _BEGIN),
              ("ret", _RETURN), ("goal", _GOAL), ("via", _VIA), ("stay", _STAY), ("arrive", _ARRIVE),
              ("depart", _DEPART))
_CUE_RE = re.compile(r"(?=[a-z])\b(?:" + "|".join(f"(?P<{kind}>{first_chars_guard(cue)}(?:{cue}))"
                                                  for kind, cue in _CUE_KINDS) + r")\s*$", re.IGNORECASE)


# every cue ends in one of these words: a head that does not is not searched (the cue search is the stage's cost)
_CUE_END = re.compile(r"(?<![\w’'-])(?:in|at|on|to|into|onto|from|for|via|through|of|after|be|is|was|were|are|"
                      r"being|around|with|off|near|over|round|past|rounded|rounding|as|including|like|capital|city|reached|reaches|reach|reaching|entered|"
                      r"enters|entering|enter|exited|exits|exiting|exit|visited|visits|visit|visiting|toured|tours|touring|tour|left|"
                      r"leaves|leaving|"
                      r"leave|departed|departs|departing|depart|fled|fleeing|crossed|crosses|crossing|traversed|"
                      r"traverses|traversing|destination\s*:|stop|stop\s*:|refuell?ing\s*:|destination|towards?|approaching|order|"
                      r"destinations\s*(?:--|—|–|:)|stops\s*(?:--|—|–|:)|(?:tour|trip|visit|itinerary|journey)\s*(?:--|—|–|:)|(?:nations|countries|states|capitals|cities)\s*(?:--|—|–|:)?|"
                      r"encompass(?:es|ed)?|cover(?:s|ed)?|span(?:s|ned)?|include(?:s|d)?|hit|affected)"
                      r"[\s,]*$",
                      re.IGNORECASE)


# A cue ends where the head does, so only the cues that can end in the head's last three characters need trying: the
# alternatives of each kind of cue are told apart by their last characters (worked out from the patterns themselves,
# as first_chars_guard does for the first ones) and _CUE_RE is searched narrowed to those that can end so, one
# pattern per ending, made when first needed. The same match as _CUE_RE (the alternatives left out cannot match
# there), three times faster.
_END_CHARS = 3
_CUE_ALTERNATIVES: list[tuple[str, str, list[tuple[str, set[tuple] | None]]]] = []  # kind, guard, (alternative, ends)
_CUE_BY_ENDING: dict[str, re.Pattern] = {}  # the last characters of a head, lower-cased -> _CUE_RE narrowed to them
_CUE_NARROWED: dict[str, re.Pattern] = {}  # a narrowed pattern -> itself compiled


def _kind_guard(kind: str, cue: str) -> str:
    """The first_chars_guard of a kind of cue, as _CUE_RE has it (read from its pattern: working it out costs)."""
    opening = f"(?P<{kind}>"
    start = _CUE_RE.pattern.find(opening) + len(opening)
    end = _CUE_RE.pattern.find(f"(?:{cue}))", start)
    return _CUE_RE.pattern[start:end] if start >= len(opening) and end >= 0 else first_chars_guard(cue)


def _cue_re_ending(last: str) -> re.Pattern:
    """_CUE_RE with only the alternatives that can end in ``last`` (last character first, lower-case ASCII)."""
    found = _CUE_BY_ENDING.get(last)
    if found is not None:
        return found
    if not _CUE_ALTERNATIVES:
        _CUE_ALTERNATIVES[:] = [(kind, _kind_guard(kind, cue),
                                 [(a, last_chars(a, _END_CHARS)) for a in top_alternatives(cue)])
                                for kind, cue in _CUE_KINDS]
    parts = []
    for kind, kind_guard, alternatives in _CUE_ALTERNATIVES:  # the kind's guard admits any of its alternatives
        cue = "|".join(a for a, ends in alternatives if ends is None or any(ends_with(e, last) for e in ends))
        parts.append(f"(?P<{kind}>{kind_guard}(?:{cue}))" if cue else f"(?P<{kind}>(?!))")
    pattern = r"(?=[a-z])\b(?:" + "|".join(parts) + r")\s*$"
    if len(_CUE_BY_ENDING) >= 512:
        _CUE_BY_ENDING.clear()
    found = _CUE_BY_ENDING[last] = _CUE_NARROWED.get(pattern) or re.compile(pattern, re.IGNORECASE)
    if len(_CUE_NARROWED) >= 128:
        _CUE_NARROWED.clear()
    _CUE_NARROWED[pattern] = found  # endings that keep the same alternatives (" in", "\nin") share one
    return found


def _cue_at_end(head: str) -> re.Match | None:
    """The travel cue the words ``head`` end with, if any."""
    tail = head.rstrip() + " "
    if not _CUE_END.search(tail, max(0, len(tail) - 16)):
        return None
    last = tail[-_END_CHARS - 1:-1]
    if len(last) < _END_CHARS or not last.isascii():
        return _CUE_RE.search(tail)
    return _cue_re_ending(last[::-1].lower()).search(tail)


# a named building or a kind of site between a cue and the town it is in: "to Derriford Hospital in", "at a U.S.
# military base in"
_SITE = r"base|hospital|hotel|airport|airfield|palace|camp|station|embassy|residence|stadium|hall|square|cathedral|" \
        r"airbase|church|monastery|temple|mosque|memorial|cemetery|port|harbou?r|dam|park|gardens?|border\s+crossing|" \
        r"centre|center|shelter|facility|airstrip|(?:country|family|private|holiday|summer)\s+home|house|villa|" \
        r"estate|ranch|farm|campus|accommodation|lodge|lodgings|quarters|headquarters|village|hamlet|settlement|" \
        r"mill|factory|plant|works|brewery|distillery|winery|mine|quarry|school|college|university|museum|gallery|" \
        r"theatre|theater|arena|showground|racecourse|club|market|library|prison|jail|barracks|castle|fort|abbey|" \
        r"chapel|shrine|clinic|orphanage|zoo|sanctuary"  # "moved on to Melin Tregwynt woollen mill near Fishguard"
_NEXT_TO = re.compile(r"\bnext\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# the small words inside a site's name: "Prince Mohammed bin Abdul Aziz Airport", "Aeropuerto Internacional de"
_NAME_PARTICLES = r"bin|bint|ibn|al|el|de|da|do|dos|das|du|del|della|di|von|van|der|den|la|le|y|of|of\s+the"  # "Angel
# of the North in Gateshead"
# a verb is no word of a site's name: "to leave the FIFA headquarters in Zurich" leaves
_VERB_BEFORE_SITE = LEAVE_VERBS + r"|depart|reach(?:ed|es|ing)?|visit(?:ed|s|ing)?|enter(?:ed|s|ing)?|fled|fleeing"
# asked first: most heads end otherwise; "arriving at this port next to Fort Lauderdale"
_INSIDE_END = re.compile(r"\b(?:in|at|near|outside(?:\s+of)?|on|next\s+to)\s+(?:the\s+)?$")
_INSIDE = re.compile(rf"\b(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w.’'-]*\s+(?:(?:{_NAME_PARTICLES})\s+)?){{1,5}}|"
                     rf"(?:(?!(?:to|into|from|for|via|in|at|{_VERB_BEFORE_SITE})\s)[\w.’'-]+\s+){{0,3}}?(?:{_SITE})\s+)"
                     r"(?:(?:(?:about|some|around|nearly|roughly|just)\s+)?(?:\d[\d,.]*|[a-z]+)[\s-]*(?:km|kilometres|"
                     r"kilometers|miles)\s+)?"  # "the newly established airport about 11 miles outside of Salisbury"
                     r"(?:in|at|near|outside(?:\s+of)?|on|next\s+to)\s+(?:the\s+)?$")


# "touched down at the Félix-Houphouët-Boigny International Airport, Abidjan": a named site, then its town
_APPOSED = re.compile(rf"\b(?:the\s+)?(?:[A-Z][\w.’'()-]*[\s-]+){{1,6}}(?i:{_SITE})\s*,\s*$")
_IN_PLACE = re.compile(r"\s+(?:in|at|near|outside)\s+(?:the\s+)?")  # "Porto Empedocle in Sicily"


_AFTER_PLACE = re.compile(r"\s*,")


# "with Beijing as the final stop", "Berlín will be the second stop": the cue follows its place.
_AFTER_RE = re.compile(r"^(?:’s|'s)?(?:,?\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,?)?"  # "Gaya in Bihar will be"
                       r"(?:,\s+|\s+)(?:was|is|as|will\s+be)?\s*(?:the|its|his|her|their)\s+"
                       r"(?P<which>final|last|next|first|second|third|fourth|fifth)\s+(?:stop|destination)",
                       re.IGNORECASE)


_FILLERS = frozenset("""the a an his her their its border port capital city town village state province region
island coastal nearby neighbouring neighboring resort industrial main home hometown native mainland of platform
number terminal gate berth quay pier jetty military naval army base airbase airport airfield garrison bloc member
members fellow neighbours neighbors ally allies partner partners areas mountains hills highlands shores outskirts
streets heart suburbs""".split())  # "will visit bloc members France,
# Italy", "Disembarking at the airport El Alto"
# ... and the part of an airport a flight comes in at, capitalised or not: "landed at the Cargo Wing of the Murtala
# Muhammed International Airport"
_AIRSIDE_FILLERS = frozenset("cargo wing terminal apron hangar tarmac".split())


_DEMONYM_FILLERS = frozenset(k for k in DEMONYMS if k.isalpha())
# ... and the owner before a place's name: "landed at the capital’s Charles de Gaulle airport" (not "the city’s", which
# on the local sets named where fans waited and a team was based more often than where a traveller arrived)
_OWNER_FILLERS = frozenset("capital country nation island".split())


_LAST_WORD = re.compile(r"([\w’'.-]+)\s+$")  # "U.S." too
_WORD_MARKS = frozenset("_’'.-")  # what _LAST_WORD's word holds besides letters and digits


def _last_word(text: str, pos: int) -> tuple[int, int] | None:
    """The span of ``_LAST_WORD.search(text, pos)``'s word, found from the end rather than tried at each of the
    40 characters before it: the word that the whitespace at the end follows, from ``pos`` at the earliest."""
    end = len(text.rstrip())  # the same whitespace as \s
    if end == len(text) or end <= pos:
        return None
    start = end
    while start > pos and (text[start - 1].isalnum() or text[start - 1] in _WORD_MARKS):  # \w is alnum or "_"
        start -= 1
    return (start, end) if start < end else None


_COMPASS_ADJ = re.compile(r"[a-z]+ern|central")  # "northern", "eastern", "central"
# how a story paints a place: "left snowy Moscow for tropical Havana", "to war-torn Khartoum"
_SCENERY = re.compile(r"snowy|sunny|rainy|windswept|wind-swept|tropical|downtown|historic|ancient|holy|remote|rural|"
                      r"picturesque|scenic|bustling|sprawling|besieged|embattled|beleaguered|frontline|front-line|"
                      r"volcanic|mountainous|sleepy|tiny|small|little|seaside|lakeside|riverside|hilltop|colonial|"
                      r"flooded|devastated|damaged|seriously|badly|heavily|severely|worst|hardest|"  # "flew to
                      # seriously flooded Fuyang"
                      r"[A-Za-z]+-(?:hit|torn|ravaged|stricken|scarred|battered|struck|affected|held|controlled|"
                      r"occupied|administered|ruled|run)")  # "for Pakistan-occupied Kashmir"


# kinds of places in the plural: what a list or a count of them names
_PLACES = r"(?:towns|cities|villages|places|ports|capitals|countries|nations|states|islands|destinations)"
# "the Far Eastern city of", "the Nigerien desert city of", "the cities of": a description ending in a kind of place
# and "of"
_KIND_OF = re.compile(r"\b(?:city|cities|town|towns|village|villages|port|ports|capital|capitals|island|islands|state|"
                      r"province|provinces|region|regions|resort|district|"
                      r"county|oasis|hub|enclave|outpost|settlement|area|crossing|base|camp|station|airport|" \
                      r"suburbs?|outskirts|nation|country|heart|centre|center|edge|tip|possession|territory|destination|"
                      r"dependency|colony|protectorate|archipelago|atoll|(?i:kingdom|republic|emirate|sultanate|state|nation|"
                      r"principality|commonwealth|federation))\s+of\s+$|"  # "the Kingdom of Eswatini"
                      r"\b(?i:capital(?:\s+city)?)\s*,?\s+$|"  # "the Vietnamese capital, Hanoi", "the Temotu
                      # Provincial Capital Lata"
                      r"\b(?:city|town)\s+$|"  # "the host city Beijing"
                      r"\blikes\s+of\s+$|"  # "travelling from Dover to the likes of Cowes and Torquay"
                      rf"\b(?:{_PLACES}|stops)\s+(?:like|such\s+as|including)\s+$|"  # "through towns like Marysville"
                      rf"\bsuch\s+{_PLACES}\s+as\s+$|"  # "is set to visit such places as Maringa and Rio de Janeiro"
                      rf"\b{_PLACES}\s*(?:,|:|--|—|–)\s*$")  # "will visit three countries: Kenya, Uganda and"
_NOT_DESCRIPTION = frozenset("""to in at into from for via through of on and or by near toward towards""".split())


def _strip_description(head: str) -> str:
    """The head without a description that names a kind of place: up to four words before "city of" (any case:
    "Far Eastern") back to the article or the cue, "to the Far Eastern city of " -> "to ", "left Sudan's
    battle-scarred capital of " -> "left "."""
    k = _KIND_OF.search(head, max(0, len(head) - 24))
    if not k:
        return head
    out = head[:k.start()]
    for _ in range(4):
        if _cue_at_end(out[-60:]):
            break
        span = _last_word(out, max(0, len(out) - 40))
        if span and (count := _COUNT_AND.search(out, max(0, len(out) - 40))):
            out = out[:count.start()]  # "will take him to 16 cities and nine countries--Liberia, Ghana": two counts
            continue
        if not span or out[span[0]:span[1]].lower() in _NOT_DESCRIPTION:
            break
        word = out[span[0]:span[1]]
        out = out[:span[0]]
        if word.lower() in ("the", "a", "an"):
            break
    return out


_COUNT_AND = re.compile(rf"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+{_PLACES}"
                        r"\s+and\s+$", re.IGNORECASE)


# where an event is said to take place: "the G20 summit to be held in", "a NATO summit being held in"
_HELD = r"(?:(?:to\s+be\s+|being\s+|that\s+will\s+be\s+)?held\s+)?"
# an event between a cue and the place it is held in: "travels to the climate meeting in Madrid"
_EVENT_IN = re.compile(r"\b(?:the|a|an|this\s+year’s|this\s+year's)\s+(?:[\w.’'-]+\s+){0,4}?"
                       r"(?:summit|meeting|conference|talks|games|olympics|assembly|forum|ceremony|funeral|"
                       r"celebrations?|festival|championships?|tournament|parade|inauguration|coronation|wedding|"
                       r"congress|world\s+cup|appearances?|performances?|concerts?|matches|match|fixtures?)"
                       r"(?:\s+of\s+(?:the\s+)?(?:[\w.’'()-]+\s+){0,4}?[\w.’'()-]+)?"  # "Summit of the Group of Twenty"
                       r"\s+" + _HELD + r"(?:in|at)\s+$",
                       re.IGNORECASE)  # "for the G20 summit to be held in"


def _strip_filler(head: str) -> str:
    """The head without up to six filler words before the place: "from the Polish border town of " -> "from "."""
    out = _strip_description(head)
    for _ in range(6):
        if out is not head and _cue_at_end(out[-60:]):
            break  # "pulled out of the town of": "of" ends the cue here
        span = _last_word(out, max(0, len(out) - 40))
        if not span:
            break
        word = out[span[0]:span[1]]
        if word.endswith(("’s", "'s")) and word[:-2].lower() in _OWNER_FILLERS:
            word = word[:-2]  # "landed at the capital’s Charles de Gaulle airport"
        if not (word in _FILLERS or word.isdigit() or word.lower() in _DEMONYM_FILLERS or _COMPASS_ADJ.fullmatch(word)
                or word.lower() in _AIRSIDE_FILLERS
                or _SCENERY.fullmatch(word) or word == "Kingdom" and head.startswith(" of", span[1])):
            break  # a capitalised "The" belongs to a name ("The Hague"); "the Kingdom of the Netherlands" does not
        out = out[:span[0]]
    if out is head or not out[:-1].strip():
        return head
    return out


_TRAVEL_WORDS = re.compile(r"\b(?:travel\w*|trip|journey|flew|fly|flying|flight|flights|flown|drove|driv\w+|"
                           r"sail\w*|trains?|rail|motorcade|convoy|ferry|ferries|ships?|boat|dinghy|bus|planes?|jet|"
                           r"arriv\w+|"
                           r"depart\w*|left|leav\w+|reach\w*|visit\w*|landed|cross\w*|bound|return\w*|"
                           r"head(?:s|ed|ing)?\b(?!\s+of\b)|"  # not "head of state", "headquarters"
                           r"toured|tours?|touring|moved|walked|evacuat\w+|repatriat\w+|voyage|passage|ride|route|"
                           r"go|went|came|fled|"
                           r"stop\w*|way|layovers?|legs?|(?:his|her|their|its)\s+(?:run|walk|trek|hike|swim)\b|"
                           r"took\s+off|taking\s+off|takes\s+off|helicopters?|choppers?|buses|coach|airlift\w*|"
                           r"ferried|shuttled|transported|carried|bused|bussed|trucked|cycled|cycling|pedall?(?:ed|ing)|"
                           r"rowed|marched|marching|trekked|trekking|walking|hiking|by\s+(?:road|air|sea|land|car)|"
                           r"walks?|hikes?|swims?|paddles?|"  # "plans to walk from"
                           # "The Bharath Jodo Yatra, a foot march from Kanyakumari to Kashmir" (not the month)
                           r"(?-i:march|marches|yatra|padayatra|padayathra)|"
                           r"hiked|relocated|transferred|boarded|despatched|dispatched|flown|jet(?:s|ted|ting)?|"
                           r"cruised|steamed|journeyed|made\s+it\s+to|tramped|trudged|plodded|hobbled|limped|canoed|kayaked|rafted|"
                           r"motored|on\s+foot|hitch(?:ed|es|ing)?|hitch-?hik\w*|lorry|lorries|trucks?|"
                           r"proceed(?:s|ed|ing)?|paddled|rode|swam|set\s+(?:off|out|sail)|embark\w*|rowing|"
                           r"(?:took|takes|take|taking)\s+(?:us|them|him|her|me)\s+from|"  # "Day 2 takes us from"
                           r"pass(?:ed|es|ing)?\s+through|(?:in|on)\s+transit|"
                           # "covered the distance of 11,002 statute miles from Seattle to Bombay via New York"
                           r"cover(?:ed|s|ing)\s+the\s+distance|"
                           # "has covered around 10,000 miles from South Africa to Tunisia"
                           r"cover(?:ed|s|ing)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
                           r"[\d,.]+\s*(?:miles|km|kilomet(?:re|er)s)|"
                           # "the relics will be taken from India to Thailand", "escorted back ... to India"
                           r"escorted|brought|shipped|(?:be|been|being|was|were|is|are)\s+taken)\b",
                           re.IGNORECASE)


# a bare "from"/"to" after these names where someone is from, or what something is to: not travel
_NOT_FROM = re.compile(r",\s*from\s*$|\b(?:officials?|ministers?|diplomats?|delegates?|delegations?|leaders?|"
                       r"representatives?|envoys?|citizens?|nationals?|residents?|people|executives?|analysts?|traders?|experts?|"
                       r"counterparts?|colleagues?|compan(?:y|ies)|firms?|journalists?|reporters?|troops|"
                       r"soldiers|imports?|exports?|aid|funding|support|reports?|news|data|far|away|apart|"
                       r"distance|miles|km|kilometres|kilometers|metres|meters|pressure|threats?|criticism|calls?|demands?|"
                       r"warnings?|sanctions|attacks?|missiles?|rockets?|drones?|goods|products|oil|gas|investments?|"
                       r"loans?|money|weapons|arms|message|letter|invitation|delegations?|visitors?|guests?|tourists?|"
                       r"gifts?|independence|secession|separation|liberation|freedom|heroics|help|efforts?|"
                       r"goals?|donations?|assistance|speakers|panell?ists|participants|commands?|orders|"
                       r"instructions?|directives?|requests?|appeals?|summons|"
                       r"counterparts?|fighters|forces|militants|rebels|buyers|sellers|others|a\s+man|a\s+woman)\s+"
                       r"(?:(?!flew|fly|flies|flying|came|come|went|go|drove|sailed|travel|moved|fled|ran|walked|"
                       r"returned|\w+ed\b|(?:journey|trip|walk|trek|drive|ride|voyage|flight|march|hike|row|paddle|"
                       r"pilgrimage|expedition|odyssey)\b)\w+\s+)?from\s*$",  # not "a 6,500 km journey from"
                       re.IGNORECASE)


# what a craft that left carried, and where: "The KC-135 left Chile carrying 16 tons of food, medical supplies and
# other humanitarian aid to Port-au-Prince" (the plane went there; not "sent aid to")
_LEFT_CARRYING = re.compile(r"\b(?:left|departed|took\s+off\s+from|flew\s+from|sailed\s+from)\s+[^;:]{1,60}?\s+"
                            r"(?:carrying|ferrying|loaded\s+with|laden\s+with)\s+[^;:]{1,100}?\s+to\s*$")


# ... nor after a copula: "The bulk of the tourists who arrived yesterday are from the United Kingdom (50)" says who
# they are, not where they came from (but "the flight was from Lagos to Abuja" is a route)
_ARE_FROM = re.compile(r"\b(?:are|is|were|was)\s+(?:mostly\s+|mainly\s+|largely\s+|all\s+|originally\s+)?from\s*$",
                       re.IGNORECASE)


# ... nor after these verbs: "one day after he was discharged from a Johannesburg hospital", "a kitchen fully equipped
# with delicacies imported from England"
_DISCHARGED_FROM = re.compile(r"\b(?:discharged|released|graduated|resigned|retired|expelled|imported|exported|"
                              r"sourced)\s+from\s+(?:(?:a|an|the|his|her|their)\s+)?$", re.IGNORECASE)


# a route named, not travelled: "the Atlantic route from West Africa to", unless someone takes it
_A_ROUTE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}?(?:route|routes|corridor|track|"
                      r"line|railway|railroad|highway|road|motorway|pipeline|"
                      r"(?:transit|flow|traffic|stream)\s+of\s+(?:[\w-]+\s+){1,3}?)\s*"
                      r"(?:from\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4})?$")  # "The transit of inflatable boats to"
# ... and one built or running there: "Malawi is enthusiastic for a line to be built through the Luangwa Valley", "the
# pipeline that runs from Baku to"
_BUILT_ROUTE = re.compile(r"\b(?:route|line|railway|railroad|highway|road|motorway|pipeline|canal|tunnel|link|"
                          r"corridor)s?\s+(?:(?:to\s+be|being|was|were|is|are|will\s+be|would\s+be|that|which)\s+)?"
                          r"(?:built|constructed|laid|extended|planned|proposed|runs?|running)\s+$", re.IGNORECASE)
# a service that runs, not a journey told: "Train services from Sealdah to Khulna started much before the Partition"
_SERVICES = re.compile(r"\b(?:[Tt]rain|[Rr]ail|[Bb]us|[Ff]erry|[Aa]ir|[Ff]light|[Pp]assenger|[Ss]hipping)\s+services\s*"
                       r"(?:from\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4})?$")
_ON_A_ROUTE = re.compile(r"\b(?:took|take|takes|taking|followed|follow|follows|following|along|on|using|use|used|"
                         r"travell?ed|travell?ing|travels?|drove|drive|driving|rode|ride|riding|walked|walking|"
                         r"via|by)\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}?(?:route|routes|corridor|track|"
                         r"line|railway|railroad|highway|road|motorway)\b")
# ... a craft's use is no one's journey: "The train carriages have been used on the route from Adelaide to"
_USED_ON = re.compile(r"\b(?:been|is|are|was|were)\s+used\s+(?:on|along)\s+(?:the|a|an|this|that)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:route|routes|corridor|track|line|railway|railroad|highway|road)\b")


# "after cycling 101-miles from Bath": a distance ridden from a town leaves it
_RODE_A_DISTANCE = re.compile(r"\b(?:cycl|walk|runn|driv|rid|flying|flew|flown|sail|row|trekk|hik|march|swimm|swam|"
                              r"paddl|steam|travell?)\w*\s+(?:the\s+)?"  # "having flown the 780 miles from the Azores"
                              r"(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
                              r"[\d,.]+[\s-]*(?:miles?|km|kilomet(?:re|er)s?)\s+from\s*$", re.IGNORECASE)
# "around 30 miles along the coast from the port of Dover", "just across the Parana River from Resistencia": where a
# place is, not a departure
_DISTANCE_FROM = re.compile(r"(?<![a-z])(?:miles|km|kilometres|kilometers|metres|meters|nautical\s+miles)\b"
                            r"(?:\s+(?!(?:journey|trip|walk|trek|ride|drive|flight|voyage|hike|march|run|"
                            r"pilgrimage|odyssey|expedition)\b)[a-z]+){0,4}\s+from\s*$|"
                            r"\b(?:offshore|off\s+the\s+coast)\s+from\s*$|"
                            r"\bacross\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:[Rr]iver|[Bb]order|[Bb]ay|[Ss]trait|"
                            r"[Ss]treet|[Rr]oad|[Cc]hannel|[Hh]arbou?r|[Ll]ake)\s+from\s*$|"
                            # "Pretoria ... is an hour's drive from Johannesburg": how far, not a departure
                            r"\b(?:is|are|was|were|lies|lie|sits|sit)\s+(?:just\s+|only\s+|about\s+|some\s+)?"
                            r"(?:a|an|\w+)\s+(?:(?:short|long|brief)\s+)?(?:\w+[’'](?:s)?\s+|[\w-]+\s+)?"
                            r"(?:drive|walk|flight|ride|train\s+ride|journey|sail)\s+(?:away\s+)?from\s*$")


# a town's event a traveller comes back from: "returned ... from the Paris Olympic Games", "flew home from the Lima
# summit"
_TRAVELLED_FROM_THE = re.compile(r"\b(?:return\w*|came|comes|coming|back|home|flew|flown|arriv\w+|left|travell?ed|"
                                 r"jetted)\b[^.;]{0,100}$", re.IGNORECASE)
_EVENT_NAMED_AFTER = re.compile(r"\s+(?:(?:19|20)\d\d\s+)?(?:Olympic|Olympics|Paralympic|Paralympics|Games|Summit|"
                                r"summit|World\s+Cup|Commonwealth\s+Games|conference|talks|meeting|marathon|"
                                r"championships?|Championships?|festival|Festival)\b")
_COMMA_FROM = re.compile(r",\s*from\s*$")  # "for the third day, from Brecon to Rhayader": a route, with "to" after
# ... but a distance travelled from one place to another is a route: "rowing the 15,700 kilometers across the
# pacific from San Francisco to Cairns"
_ROUTE_TO = re.compile(r"(?:,\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?,|\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?\s+to\s+"
                       r"(?:the\s+)?[A-Z]")  # "walked 18 miles from Royston in Hertfordshire to Linton"
# what goes "to" a place without anyone travelling there: a title, trade, ties, a message ("News of the record-breaking
# moment was relayed to Falmouth")
_NOT_TO = re.compile(r"\b(?:(?:ambassadors?|envoys?|emissar(?:y|ies)|(?:high\s+)?commissioners?|consuls?)"
                     r"(?:-designate|-elect)?|exports?|"
                     r"imports?|shipments?|sales|ties|relations|"
                     r"links?|linked|connected|related|tied|attached|belonging|dedicated|devoted|exposed|subject|"
                     r"visitors?|"
                     r"close|closer|closest|nearest|next|similar|compared|access|threats?|answer|response|key|gateway|"
                     r"according|due|owing|thanks|opposed|home|open|(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)"
                     r"(?<!\bbe\s)sent|send|aid|loans?|support|letter|message|"  # not "Goldberg was sent off to Rome"
                     r"calls?|appeal|visas?|asylum|rivals?|allies|neighbou?rs?|adjacent|up|arrangements|preparations|blows?|"
                     r"boost|gifts?|tributes?|insults?|affront|damage|harm|contributions?|commitment|loyalty|allegiance|"
                     r"respect|reply|challenges?|warnings?|setbacks?|gestures?|importance|important|significance|"
                     r"significant|crucial|vital|critical|relevant|relevance|relayed|radioed|transmitted|"
                     r"broadcast|beamed|e-?mailed|posted|forwarded|passed\s+on|spread|allusion|reference|homage|"
                     r"nod)\s+(?:\w+\s+)?to\s*$|"
                     r"\b(?:telegraph\w*|cabled?|wired?|faxed|mailed)\s+(?:[\w’'-]+\s+){1,3}?to\s*$|"
                     # "as the colony is handed over to China": a territory changes hands, no one travels
                     r"\b(?:colony|territory|sovereignty|enclave|control)\s+(?:\w+\s+){0,2}?(?:handed|returned|"
                     r"transferred|ceded|reverted?)\s+(?:over\s+|back\s+)?to\s*$",
                     re.IGNORECASE)


# what is shown or explained to a capital that stands for its government: "a diplomatic offensive by Tehran to
# demonstrate its influence among third-world countries to Washington"
_SHOWN_TO = re.compile(r"\b(?:demonstrat(?:e|es|ed|ing)|prov(?:e|es|ed|ing)|signal(?:s|led|ed|ling|ing)?|"
                       r"convey(?:s|ed|ing)?|explain(?:s|ed|ing)?)\s+(?:(?!(?:flew|fly|flying|went|go|going|drove|"
                       r"sailed|travel\w*|head\w*|return\w*|arriv\w*|came|moved|fled)\b)[^.;,\s]+\s+){1,8}to\s*$",
                       re.IGNORECASE)


# a trip named as a measure of time or distance, not taken: "spent more than the equivalent time of a flight to Los
# Angeles" on a ferry to Picton, "as long as a drive to Chicago"
# (not "for the first time as part of a trip to Japan")
_MEASURE_TO = re.compile(r"(?:\b(?:equivalent(?:\s+time)?|length|duration|distance)\s+of|\bas\s+(?:long|far)\s+as)\s+"
                         r"an?\s+(?:[\w-]+\s+){0,2}?(?:flight|drive|trip|journey|ride|voyage|crossing)\s+to\s*$",
                         re.IGNORECASE)
# a count of people who travelled, set against the story's: "more than six times the number of migrants had landed on
# the Italian island of Lampedusa from Libya in the same period"
_COUNTED = re.compile(r"\bthe\s+(?:number|total|tally)\s+of\s+(?:[\w-]+\s+){1,3}?(?:who\s+|that\s+)?"
                      r"(?:(?:have|had|has)\s+)?$", re.IGNORECASE)
# someone's travel as a topic talked about: "They then discussed the return of Prince Ranariddh to Cambodia"
_TOPIC_TO = re.compile(r"\b(?:discuss(?:ed|es|ing)?|(?:talked|talks|talking|spoke|speaks|speaking)\s+about|raised|"
                       r"debated)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:return|repatriation|visit|trip|journey|travel)"
                       r"\s+of\s+(?:[\w.’'-]+\s+){1,5}?to\s*$", re.IGNORECASE)


_REACHED_IN = re.compile(r"\b(?:arrived|arriving|arrives|landed|landing|lands|docked|docking|reached|reaching|"
                         r"reaches)\s+(?:at\s+|in\s+)?(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?:in|on)\s+(?:the\s+)?$")


# a character inside the sentence: no stop, but the full stops of "D.C.", "p.m." and "Sept. 23" and the colon of "1:30"
_IN_SENTENCE = r"(?:[^.;:!?]|\.(?=[\w,]|\s+[a-z])|(?<=[a-z])\.(?=\s+\d{1,2}\b)|:(?=\d))"
_LEFT_FOR = re.compile(r"\b(?:" + LEAVE_VERBS + r"|depart|set\s+off|set\s+out|sailed|"
                       r"set\s+sail|sets\s+sail|setting\s+sail|"
                       r"flew\s+out|took\s+off|hopped\s+off)\b(?:(?!\bfor\b(?![^,;.]{0,60}\band\s+from\b))"
                       r"(?!,\s+(?:we|he|she|they|I|you)(?:['’]ll)?\s)" + _IN_SENTENCE +
                       r"){0,100}?\bfor\s+(?:the\s+)?(?:(?:capital|(?:port|city|town|island)\s+of)\s+)?$",
                       re.IGNORECASE)  # "departed from Washington, D.C., for Riyadh", "left at about 1:30 p.m. for";
# "left Ziguinchor, the main town of the southern Senegalese province of Casamance, for the capital Dakar";
# not a second "for" after the first ("hours before leaving for Jakarta, Keating played down calls for Australia"),
# unless the same leaving goes on ("set sail from Turkey's shores for Greece and from chaos-ridden Libya for Italy");
# nor one after a clause of its own ("When we leave here Monday, we'll have every visa we need except one, for Papua
# New Guinea")


# "leaves on Wednesday for a visit with Prime Minister Margaret Thatcher in London", "left for talks in Moscow", "left
# the capital Ankara on Wednesday for working visits to the Gulf states of Kuwait and Qatar"
_LEFT_FOR_VISIT = re.compile(r"\b(?:" + LEAVE_VERBS + r"|set\s+off|set\s+out|"
                             r"flew\s+out)\b" + _IN_SENTENCE + r"{0,40}?\b(?:for|on)\s+(?:(?:a|an|his|her|their)\s+)?"
                             r"(?:[\w-]+\s+){0,3}?(?:visits?|talks|meetings?|summit|trip|tour|stay)\s+"
                             r"(?:with\s+(?:[\w.’'-]+\s+){1,6}?)?(?:to|in|at)\s+(?:the\s+)?"
                             r"(?:(?:[\w-]+\s+){0,2}?(?:states|countries|nations)\s+of\s+)?$", re.IGNORECASE)


# "taking him to Cameroon, Benin and Guinea-Bissau, the Élysée Palace announced": the one who speaks ends the list
_SPEAKS = re.compile(r"(?:\s+(?:Palace|House|Ministry|government|officials?|authorities))?\s+(?:announced|said|says|"
                     r"confirmed|stated|reported|told|added|declared)\b")


# a place joined to the one before by a list ("through North Macedonia and Serbia") takes its cue
# "to visit Gabon for an environmental summit, followed by Angola, then the Republic of Congo", "Tanzania on Jan.
# 22-23, followed by Mozambique" (an abbreviated month's point)
_SEQUENCE_JOIN = re.compile(r"(?:[^.;:!?()]|\.(?=\s*\d)){0,60}?,?\s+(?:followed\s+by|and\s+then|then|and\s+finally|"
                            r"finally|and\s+later|and\s+next)\s+(?:(?:on\s+)?to\s+|in\s+|by\s+)?(?:the\s+)?")
# a semicolon too: "including in Alliance, Ohio; Pittsburgh; Greensburg, Pa."
_JOIN = r"\s*(?:[,;]\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+|\s+onto\s+)" \
        r"(?:then\s+)?(?:to\s+)?(?:[Tt]he\s+)?(?:(?-i:North|South|East|West)\s+)?"  # "France, and West Germany"
_LIST_JOIN = re.compile(_JOIN)
# ... past a short aside in brackets: "Collingwood (10 AM), Wasaga Beach (11 AM) and other areas"
_BRACKETED_JOIN = re.compile(r"\s*\([^()\n]{1,24}\)" + _JOIN)
# "took them to Beijing, the ancient Tang Dynasty capital of Xian and the bustling commercial city of Shanghai": each
# item described, the list goes on
_DESCRIBED_JOIN = re.compile(_JOIN + r"(?:[\w’'-]+\s+){0,5}?(?:capital|city|town|port|village|island|resort|hub|"
                             r"capitals|cities|towns|ports|villages|islands)\s+of\s+")  # "and the Chinese cities of"
# ... or a site in each, in a list that began so: "pulled into a steel mill in Weirton, W.Va., a church in Wheeling,
# W.Va., and a farm in Utica" (not "arrived at Kalaeloa, a small airport outside Honolulu": what Kalaeloa is)
_A_SITE_IN = r"(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?(?:" + _SITE + r")\s+(?:in|at|near|outside)\s+"
_SITE_JOIN = re.compile(_JOIN + _A_SITE_IN)
_SITE_LIST_OPENS = re.compile(r"\b" + _A_SITE_IN)
# "will play in five cities in Germany, including Berlin and Hamburg": where in the place before
_INCLUDING_JOIN = re.compile(r",?\s+(?:including|notably|among\s+them)\s+(?:in\s+)?")
# "Bella Bella, Haida Gwaii and Kelowna": a list goes on past one name the gazetteer does not place (not a person's:
# "the airport, Prince Charles and Camilla"; nor one with a demonym or a place in it: "the Pacific and Indian Oceans")
_LIST_SKIP = re.compile(rf"{_JOIN}(?!(?:and|or|then|the)\b)[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}}{_JOIN}")


# an itinerary: "Nairobi from 3 to 6 September, Kampala and Entebbe from 6 to 9 September"
_DATED_JOIN = re.compile(r"\s+(?:from|on|between|until|till|for)\s+(?:[\w ,–-]{0,24}?(?:\b[A-Z][a-z]{2,3}\.\s+)?\d"
                         r"[\w –-]{0,24}?|"  # "in Rwanda on Jan. 12, in Gabon on Jan. 13"
                         + _WEEKDAY + r"(?:\s+[a-z]+)?)"
                         r"(?:,\s*(?:and\s+|then\s+)*|\s+and\s+(?:then\s+)?|;\s*)(?:(?:in|at|to)\s+)?(?:the\s+)?")
# "to visit Brazil, February 23–26; Argentina, February 26–29; Chile, February 29–March 2; and Uruguay, March 2–3":
# a White House itinerary, each stop's dates after a comma and a semicolon before the next
_SEMICOLON_DATED_JOIN = re.compile(rf",\s+{_MONTH_DAY}(?:\s*[–-]\s*(?:{_MONTH_DAY}|\d{{1,2}}))?\s*;\s*(?:and\s+)?"
                                   r"(?:(?:in|at|to)\s+)?(?:the\s+)?")
# a visit of several places that begins with the first: "Zarif will start his visit to Azerbaijan, Russia, Armenia,
# Georgia and Turkey on Monday" -- the others follow
_BEGIN_LIST = re.compile(r"\b(?:start|starts|started|starting|begin|begins|began|beginning|commence[sd]?)\s+(?:his|her|"
                         r"their|its|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:visits?|tour|trip)\s+(?:to|of)\s+(?:the\s+)?"
                         r"[A-Z][^,;.]{0,40}$")
# what each stop of a list is for: "visits to Peru for the APEC summit and Brazil for the G20 summit"
_PURPOSE_JOIN = re.compile(r"\s+for\s+(?:the|a|an|its|his|her|their)\s+(?:[\w.+-]+\s+){0,4}?(?:summit|talks|meeting|"
                           r"conference|games|olympics|championships?|tournament|cup|match|ceremony|celebrations?|"
                           r"forum|funeral|inauguration|parade|festival|visit)(?:\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
                           r"(?:,\s*(?:and\s+|then\s+)*|\s+and\s+(?:then\s+)?)(?:(?:to|in|at)\s+)?(?:the\s+)?")
_NEAR_JOIN = re.compile(r"\s+(?:near|outside|close\s+to)\s+(?:the\s+(?:[a-z]+\s+)?(?:city|town|village|port)\s+of\s+)?")


# "headed home", "flew back home": a return to where the journey began, when the article names no place
_HOME_RE = re.compile(rf"\b(?:{_GO}|returned|returning|return|returns|came|come|coming|heading|set\s+off|left|leave)\s+"
                      r"(?:back\s+)?home\b(?!\s+(?:to|from|in)\b)|\breturn(?:ed|ing|s)?\s+home\b(?!\s+to\b)|"
                      r"\b(?:set(?:s|ting)?\s+sail|sailed|headed|heading|heads|left|leaves|leaving|departed|bound)\s+"
                      r"for\s+home\b(?!\s+(?:to|from|in)\b)|"
                      r"\b(?:return(?:ed|ing|s)?|(?:go|went|going|goes|flew|fly|flies|flying|head(?:ed|s|ing)?)\s+back)\s+"
                      r"to\s+(?:his|her|their)\s+(?:own\s+|home\s+)?(?:country|homeland|native\s+land)\b",
                      re.IGNORECASE)  # "will leave Nairobi on Saturday to return to his country": home
_MAY_GO_HOME = re.compile(r"\b(?:(?:can|cannot|can[’']t|could|might|(?-i:may)|should|must|unable\s+to)\s+(?:\w+\s+)?|"
                          r"(?:persuad|urg|encourag|invit)\w*\s+(?:[\w-]+\s+){1,4}?to\s+)$", re.IGNORECASE)  # not
# "were able to return home", "helped them to return home": those went
# the start of a quoted slogan that tells someone to go: "“gringo go home”", "“Yankee, go home!”"
_SLOGAN = re.compile(r"[“\"‘]\s*(?:(?!(?:I|we|We|you|You|they|They|he|He|she|She|will|to|To|let|Let|must)\b)"
                     r"[\w’'-]+,?\s+){0,2}$")
# in every _HOME_RE match: a sentence without it is not scanned (Doc.may_have)
_HOME_WORD = re.compile(r"home|country|native")
_TAKE = re.compile(r"(?:take|takes|taken|taking|took)\b", re.IGNORECASE)
_TAKEN_HOME_WHAT = re.compile(r"\s+(?:a|an|the|some|their|his|her|its|one|two|\d[\d,]*)\s+(?!(?:next|following|same)\s)"
                              r"(?!(?:day|week|night|morning|evening|afternoon)\b)")  # "took home a trophy"
# "will leave on Friday from Retiro and return from Mendoza on Sunday": back to where the journey began
# (a verb: not "on their return from Kashmir, the two leaders will record a broadcast")
_RETURN_FROM = re.compile(r"(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthe\s)(?<!\bon\s)(?<!\bupon\s)"
                          r"\breturn(?:ed|ing|s)?\s+from\s+(?:the\s+)?$", re.IGNORECASE)


def _home_after_return_from(doc: Doc, i: int, facts: list[Fact]) -> list[Fact]:
    """"return from Mendoza on Sunday", with no place it returns to: the traveller goes back home, to where the
    journey began (decided with the journey, inferred, as "headed home" is)."""
    out = []
    for a in facts:
        if a.kind != "depart" or a.cue != "from" or not _RETURN_FROM.search(doc.text, max(a.clause[0], a.start - 20),
                                                                          a.start):
            continue
        if any(b.kind in ("arrive", "ret", "home") and b.traveller == a.traveller and b.clause == a.clause
               and b.start > a.start for b in facts):
            continue  # "returned from Cairo to Lagos": where to is told
        out.append(Fact("home", None, None, i, a.traveller, a.end, a.end, cue=RETURN_FROM, clause=a.clause,
                        planned=a.planned, back=a.back, past_plan=a.past_plan))
    return out


# "flew in from Nairobi", "arrived later in the day from Abuja", "sailed over from Victoria": an arrival whose place
# is the story's own
ARRIVE_VERBS = r"arrived|arrives|arrive|arriving|landed|lands|land|landing|touched\s+down"  # the verbs of arriving
_ARRIVE_VERB = re.compile(r"\b(?:" + ARRIVE_VERBS + r"|"
                          r"(?:flew|flown|flying|fly|came|coming|come|drove|sailed)\s+(?:in|over)|"
                          r"(?:has|have)\s+(?:travell?ed|flown|come|journeyed)(?=\s+(?:all\s+the\s+way\s+)?from))\b",
                          re.IGNORECASE)  # "superfan Louise Badcock has travelled from England to see her hero": here


# "attending the BRICS summit in Rio de Janeiro", "At the NATO summit in Madrid, Trudeau will": the traveller goes
# where the event is
_ATTEND_RE = re.compile(r"(?:\b(?:attend|attends|attended|attending|join|joins|joined|joining|address|addressed|"
                        r"addressing|host|hosts|hosted|hosting|(?:participate|participates|participated|"
                        r"participating)\s+(?:in|at)|(?:take|takes|took|taking)\s+part\s+in)|"
                        r"(?:^|(?<=says\s)|(?<=said\s))[Aa]t)\s+"
                        r"(?:the|a|an|this|next|(?:his|her|their)\s+)?"
                        r"\s*(?:[\w'’+-]+\s+){0,5}?(?:summit|meeting|conference|ceremony|parade|games|forum|funeral|"
                        r"inauguration|tournament|celebrations?|talks|rally|festival|coronation|wedding|"
                        r"commemorations?|parliament|congress|assembly|senate|legislature|memorial|services?|"
                        r"anniversary|convention|symposium|seminar|workshop|jubilee|gala|banquet|reception|"
                        r"graduation|expo|exhibition|concert|mass|championships?|contest|competition|regatta)\s+"
                        r"(?:(?:of|for|with)\s+(?:(?:[\w'’+.-]+\s+){1,4}?|"
                        r"(?:(?-i:[A-Z][\w'’+.-]*)\s+|(?:of|and|the|for)\s+){5,10}?))?(?:\([\w-]{2,12}\)\s+)?"
                        r"(?:[–—]\s[^–—.;]{1,60}?[–—]\s+)?"
                        + _HELD + r"(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)  # "at a NATO summit to be held in",
# "addressing parliament in", "will attend a summit of G20 counterparts – including Russia’s Sergei Lavrov – in",
# "to attend the Fifth Summit of the Community of Latin American and the Caribbean States (CELAC) in"


# "the first British monarch ever to visit China": a description of the traveller, not this trip's travel
_DESCRIBES = re.compile(r"\b(?:first|only|last|second|third|latest|youngest|oldest)\b[^,.;:]{0,60}?\bto\s+(?:visit|"
                        r"travel\s+to|go\s+to|set\s+foot\s+in|tour)\s+(?:the\s+)?$", re.IGNORECASE)


# "a U.S. military base in Ramstein", "the China team", "the Ivory Coast capital, Yamoussoukro": a country's name
# before a noun describes it, and is not where anyone travels
_MODIFIES = re.compile(r"\s+(?:capital,|(?:under-?\d\d|u-?\d\d|national|olympic|junior|youth|women[’']?s|men[’']?s|"
                       r"military|air|naval|army|navy|base|bases|embassy|consulate|hospital|clinic|mission|pavilion|"
                       r"official|officials|troops|forces|government|authorities|delegation|ambassador|envoy|"
                       r"warships?|carrier|citizens|"
                       r"nationals|team|squad|flag|soldiers|company|companies|firm|firms|businesses|business|media|"
                       r"state-run|president|leader|"
                       r"minister|ministry|side|counterpart|customs|border\s+(?:guards?|police)|coast\s+guard|"
                       r"marines|special\s+forces|secretary|chancellor|premier|prime\s+minister|vice\s+president|"
                       r"foreign\s+minister|defen[cs]e\s+minister|national\s+security)\b)|"
                       r"[\s-]+(?:funded|backed|led|sponsored|supported|financed|brokered|built|made|owned|run|based|"
                       r"trained|allied)\b",  # "will visit UK funded de-mining projects": what the country funds
                       re.IGNORECASE)  # "the U.S. Navy transport ship", "US Secretary of State Rex Tillerson" too


# places named by where they reach: "a dozen U.S. airbases from Texas to Virginia", "stretching from Senegal to"
_EXTENT = re.compile(r"\b(?:(?:air)?bases|air\s+bases|airfields|airports|cities|towns|villages|ports|harbou?rs|states|"
                     r"provinces|nations|stations|communities|places|sites|venues|locations|districts|counties|"
                     r"stretch(?:es|ing|ed)|rang(?:es|ing|ed)|spann?(?:s|ing|ed)?|extend(?:s|ing|ed)?)\s+"
                     r"from\s+(?:the\s+)?$", re.IGNORECASE)
_EXTENT_TO = re.compile(r"\s*(?:to|through|-|–)\s*(?:the\s+)?")
# "Himachal Pradesh's Dharamshala", "Sudan's battle-scarred capital of Khartoum": a place's place
_OWNS = re.compile(r"(?:’s|'s)\s+(?=[A-Z]|(?:[\w-]+\s+){0,3}?(?:capital|city|town|port|village|island|"
                   r"province|state|region|border\s+(?:city|town|crossing)|(?:air)?port|airfield|"
                   r"air\s+base)\b)")  # "from Fiji's principal international airport at Nadi"
_OWNED = re.compile(r"(?:’s|'s)\s+")
_SITES_OWNED = ("airport", "landmark")  # a city's airport or landmark: "London's Stansted Airport"
# "the Norfolk-based Navy ship", "China-aid projects": a word the name is part of ("Beijing-bound" is where to, and
# "Goring-by-Sea" a longer name)
_ATTRIBUTE = re.compile(r"[-–](?!bound\b|(?:[a-z]{1,6}-){1,2}[A-Z])[a-z]")
_BOUND_AFTER = re.compile(r"[-–]bound\s+(?:[a-z-]+\s+){0,2}?(?:ship|ferry|vessel|boat|train|flight|plane|jet|bus|"
                          r"convoy|caravan|aircraft|service|liner|cruise)\b")
# "the visit in Oslo was concluded in the morning before ... travelled on to Bergen": where the traveller left
_CONCLUDED_AFTER = re.compile(r"\s+(?:was|were|is|will\s+be)\s+(?:concluded|ended|completed|wrapped\s+up)\b")
_VISIT_IN = re.compile(r"\b(?:visit|stay)\s+in\s+$")
_SCHEME_AFTER = re.compile(r"\s+(?:[Ii]nitiative|[Pp]rogramme|[Pp]rogram|[Ss]cheme|Project|Campaign|Plan|Strategy|Act|"
                           r"Agenda|Declaration|Process|Movement)\b")
# "operates the Darwin to Adelaide rail line", "smashed the 55-day Canada to Europe Atlantic record": the name of a line
# or road between two places, or of a record or race over it, no one's trip on it
_ROUTE_NAMED = re.compile(r"(?:,\s+(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*))?)?"  # "Digby, Nova Scotia ferry route"
                          r"(?:\s+(?:(?:rail|railway|train|bus|ferry|shipping|air|road|highway)\s+)?(?:line|railway|"
                          r"railroad|link|highway|motorway|expressway|freeway|corridor|pipeline|route)\b|"
                          r"(?:\s+[A-Z][\w-]+)?\s+(?:rowing\s+|sailing\s+|speed\s+|world\s+)?(?:record|race|rally)\b)")
_FLIGHT_NAMED = re.compile(r"\s+(?:(?:direct|non-?stop|maiden|inaugural|charter(?:ed)?)\s+)?(?:flight|sailing)\b")
_ON_THE = re.compile(r"\b(?:on|aboard|boarded|boarding|took|take|taking)\s+(?:the|an?|[A-Z][\w ]{0,30}?[’']s)\s+"
                     r"(?:[\w-]+\s+){0,3}?$")
# "Only local airlines ... operate in Libya, with flights to Tunis, Cairo": where a carrier's services go, no trip
_NETWORK = re.compile(r"\b(?:operates?|operating|serves?|offers?|runs?)\b[^.;:]{0,50}?\b(?:flights|services|routes|"
                      r"connections)\s+to\s+$")
_ANYONE = re.compile(r"\b(?:anyone|anybody|everyone|everybody|whoever)\s+(?:[a-z]+ing|who\s+[a-z]+s)\b[^.;:]*$",
                     re.IGNORECASE)
_ONLY_WAY = re.compile(r"\s+(?:is|was|remains)\s+the\s+only\s+(?:means|way|route|option)\b")
_PART_OF_TOWN = re.compile(r"\s+(?:neighbou?rhoods?|quarter|district|suburb|barrio)\b", re.IGNORECASE)
# a name that describes the place after it: "the Mediterranean island of Malta", "the Pacific nation of Tonga"
_DESCRIBES_NEXT = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:island|islands|nation|state|country|kingdom|republic|city|town|"
                             r"port|archipelago|territory|enclave|resort|capital)\s+of\s+(?:the\s+)?")
_NAMES_PEOPLES = re.compile(r"\s+(?:nations|countries|states|islands|island\s+nations|neighbou?rs|allies|leaders|"
                            r"governments|partners|region|rim|coast|coastal|seaboard)\b", re.IGNORECASE)
_MODIFIES_REGION = re.compile(rf"{_MODIFIES.pattern}|\s+border\b|\s+(?:state\s+)?line\b|"  # "the Texas border"
                              r"\s+(?:rainforest|rain\s+forest|jungle|basin)\b")  # "the Amazon rainforest"


# a sentence that opens on where a vehicle stops: "At Rouses Point, on the U.S.-Canadian border, the twelve-car train
# jerked to a stop", "At Hong Kong's Kai Tak airport, ... climbed aboard"
_FRONTED_AT = re.compile(r"\s*[“\"]?At\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[’']s\s+)?")
# a place, then what the traveller did there: "a busy day in Beijing, where Putin held several rounds of talks"
_WHERE_DID = re.compile(r"\s*,\s+where\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:held|met|attended|signed|spent|stayed|opened|"
                        r"addressed|toured|visited)\b")
_WHEN_ARRIVED = re.compile(r",?\s+(?:(?:yesterday|today|tonight|on\s+[A-Z][a-z]+day)\s*,?\s+)?when\s+"
                           r"(?:[A-Z][\w.’'-]*\s+){1,5}(?P<v>arrived|landed)\b(?!\s+(?:in|at|from|on|back)\b)")
_FOLLOWS = re.compile(r"\b(?:follows|comes\s+after|came\s+after)\b")
_FOLLOWS_VISIT = re.compile(r"\b(?:(?:will|would)\s+(?:\w+ly\s+)?(?:follow|come\s+after)|follows|comes\s+after)\s+"
                            r"(?:[\w’'-]+\s+){0,4}?(?:visit|trip|stop|stay|tour)\s+(?:to|in)\s+$")
_FRONTED_AT_SITE = re.compile(r"\s*[“\"]?At\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,5}(?:in|near)\s+(?:the\s+)?")
_BOARDS = re.compile(r"(?:\s+(?:in|at|near)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*){1,4})?,(?:[^.;:!?]|\.(?=[\w,-]))*?"
                     r"\b(?:boarded|took\s+off|departed|left|set\s+off|set\s+sail|embarked|(?:climbed|got|went)\s+"
                     r"(?:aboard|on\s+board))\b(?!\s+(?:for|from)\b)")
# "In Singapore, the King will hold talks with": a place opening the sentence, then what the traveller does there
_FRONTED_IN = re.compile(r"\s*[“\"]?In\s+")
_IN_NEXT = re.compile(r"[,;]\s*(?:and|then)\s*,?\s*in\s+$")
_DOES_THERE = re.compile(r",\s+(?:the\s+[^,.;:!?]{1,60},\s+)?(?:[\w.’'-]+\s+){1,4}?"
                         r"(?:will\s+(?:also\s+)?(?:be\s+)?|is\s+(?:due|scheduled|expected|set)\s+to\s+|"
                         r"(?:has|have)\s+been\s+invited\s+to\s+|(?:also\s+)?)"
                         r"(?:hold|holds|held|meet|meets|met|meeting|sign|signs|signed|address|"
                         r"addresses|addressed|lay|lays|laid|inaugurate|inaugurates|inaugurated|talk|talks|talked|"
                         r"attend|attends|attended|confer|confers|conferred)\b")  # "In Brasilia, he will talk with
# President Lula"; "In Warsaw, Reagan has been invited to address"; "In Gdansk, the birthplace of the Solidarity
# movement, Reagan will meet with Lech Walesa"
# ... or a pronoun, then a verb in the past other than a word of speech or being: "In Cape Town, she learnt of"
_PRONOUN_DID = re.compile(r",\s+(?:he|she|they)\s+(?:also\s+|then\s+|first\s+)?(?!(?:said|told|added|was|were|had|"
                          r"would|could|should|might|must|need|used|want|wanted|hoped|believed|felt|thought)\b)"
                          r"[a-z]{2,}(?:ed|nt|lt|ok|et|ew|ave|ame|ent)\b")
_TOWN_KINDS = frozenset(("city", "port", "airport", "island", "landmark"))
_HALTS = re.compile(r",(?:[^.;:!?]|\.(?=[\w,-]))*?\b(?:(?:jerked|came|ground|rolled|pulled)\s+to\s+a\s+(?:stop|halt)|"
                    r"(?:stopped|halted|docked|landed|touched\s+down|pulled\s+in|arrived)\b(?!\s+(?:in|at|on|to)\b))")


# the words _LEFT_FOR, _LEFT_FOR_VISIT, _ATTEND_RE and _REACHED_IN end in, before their closing whitespace
_LEFT_FOR_ENDS = ("for", "the", "capital", "of")
_LEFT_ON_VISIT = re.compile(r"(?:" + LEAVE_VERBS + r"|set\s+off|set\s+out|flew\s+out)\s+(?:on|for)\s+"
                            r"(?:a|an|his|her|their)\s", re.IGNORECASE)
_LEFT_FOR_VISIT_ENDS = ("to", "in", "at", "the", "of")
_ATTEND_ENDS = ("in", "at", "the")
_REACHED_IN_ENDS = ("in", "on", "the")


def _left_for(text: str, start: int, end: int) -> bool:
    """``_LEFT_FOR.search(text, start, end)``, asked only of a window that ends in "for " (or "the ", "of ")."""
    return may_end_in(text[start:end], _LEFT_FOR_ENDS) and _LEFT_FOR.search(text, start, end) is not None


def _read_cue(cm: re.Match, place_start: int, head: str) -> tuple[str, int, str]:
    """(kind, where the cue starts in the text, the cue in lower case) of a cue found at the end of (a prefix of)
    ``head``, the words that end at ``place_start``."""
    return (next(k for k, v in cm.groupdict().items() if v), place_start - len(head) + cm.start(),
            _SPACES.sub(" ", cm.group().strip().lower()))


def _extent(doc: Doc, i: int, m: PlaceMention) -> bool:
    """"at a dozen U.S. airbases from Texas to Virginia", "a belt stretching from Senegal to Sudan": how far places
    reach, no one's trip -- both ends of the span."""
    text, s = doc.text, doc.sents[i][0]
    if _spans_from(text, max(s, m.start - 40), m.start):
        return True
    before = next((n for n in reversed(doc.by_sent.get(i, ())) if n.end <= m.start), None)
    return before is not None and _EXTENT_TO.fullmatch(text, before.end, m.start) is not None \
        and _spans_from(text, max(s, before.start - 40), before.start)


def _spans_from(text: str, start: int, end: int) -> bool:
    """_EXTENT ends at ``end``; looked for only where "from" is (most names have none before them)."""
    return text.find("from", start, end) >= 0 and _EXTENT.search(text, start, end) is not None


def cue_for(doc: Doc, i: int, m: PlaceMention, prev: tuple[str, bool, int] | None
            ) -> tuple[str, int, str, bool] | None:
    """(kind, cue start, cue, negated) for a place, or None: the travel cue just before it ("arrived in",
    "via", "after a stop in"), after it ("as the final stop"), or the one of the place it is listed with
    ("through North Macedonia and Serbia")."""
    s, e = doc.sents[i]
    text = doc.text
    if _extent(doc, i, m):
        return None
    if _PART_OF_TOWN.match(text, m.end, e):
        return None  # "a shelter in the Pilsen neighbourhood": part of a town the name alone does not find
    if m.kind not in ("airport", "country") and any(
            n.kind == "airport" and _AIRPORT_TOWN.fullmatch(text, n.end, m.start) for n in doc.by_sent.get(i, ())):
        return None  # "arrived at the King Khalid International Airport in Riyadh": where the airport is
    if _ROUTE_NAMED.match(text, m.end, e) and any(n.end < m.start and text[n.end:m.start].strip() in ("to", "-", "–")
                                                  for n in doc.by_sent.get(i, ())):
        return None
    if _ON_THE.search(text, max(s, m.start - 60), m.start) and any(
            n.start > m.end and text[m.end:n.start].strip() in ("to", "-", "–") and _FLIGHT_NAMED.match(text, n.end, e)
            for n in doc.by_sent.get(i, ())):
        return "depart", m.start, "flight from", False  # "on Air New Zealand's inaugural Auckland to Shanghai direct
        # flight": the flight one is on leaves the first
    chain = _to_chain(doc, i)
    if chain and chain[0] is m:
        return "depart", m.start, "route from", False  # "Algiers to Alexandria to Jerusalem to Damascus": its start
    if _NETWORK.search(text, max(s, m.start - 90), m.start):
        return None
    if _ANYONE.search(text, max(s, m.start - 60), m.start) or _ONLY_WAY.match(text, m.end, min(e, m.end + 60)):
        return None  # "anyone visiting the island from Samoa", "A boat trip from Samoa is the only means of entering
        # Tokelau": how anyone may go, no one's trip
    if _SCHEME_AFTER.match(text, m.end, e):
        return None  # "under the Road to Makkah Initiative": the name of a scheme, no one's trip
    if _ATTRIBUTE.match(text, m.end, e):
        return None  # "taken to the Norfolk-based Navy ship Nashville": where the ship is based, not where they went
    if (m.kind == "country" and _MODIFIES.match(text, m.end, e)) or (
            m.kind == "region" and _MODIFIES_REGION.match(text, m.end, e)) or (
            m.kind in ("world-region", "sea") and _NAMES_PEOPLES.match(text, m.end, e)):  # "the China team", "the
        return None  # Texas border", "flights to and from Pacific nations"
    if m.kind == "country" and any(n.start > m.end and n.kind in ("airport", "landmark")
                                   and not text[m.end:n.start].strip() for n in doc.by_sent.get(i, ())):
        return None  # "a refuelling stopover at the U.S. Rhein-Main Air Base": whose base, not a stop of its own
    if m.kind in ("sea", "world-region", "region", "country") and any(
            n.start == d.end() for d in [_DESCRIBES_NEXT.match(text, m.end, e)] if d for n in doc.by_sent.get(i, ())):
        return None  # "arrived at the Mediterranean island of Malta": what Malta is, not a stop before it
    if m.kind in ("country", "region") and _OWNS.match(text, m.end, e):
        return None  # "from Himachal Pradesh's Dharamshala", "to Chile's Base Presidente Frei": says where, is not it
    if m.kind == "city" and _OWNED.match(text, m.end, e) and any(
            n.kind in _SITES_OWNED and _OWNED.fullmatch(text, m.end, n.start) for n in doc.by_sent.get(i, ())):
        return None  # "landed at London's Stansted Airport": the airport is where it landed
    owner = next((n for n in doc.by_sent.get(i, ()) if n.end < m.start and (
        n.kind in ("country", "region") or (n.kind == "city" and m.kind in _SITES_OWNED))
                  and _OWNED.fullmatch(text, n.end, m.start)), None) if text[max(s, m.start - 3):m.start].rstrip(
        ).endswith(("'s", "’s")) else None
    if owner is None and m.kind in ("airport", "landmark"):  # "at the U.S. Rhein-Main Air Base": whose base
        owner = next((n for n in doc.by_sent.get(i, ()) if n.end < m.start and n.kind == "country"
                      and not text[n.end:m.start].strip()), None)
    at = owner.start if owner else m.start  # the cue comes before the owner's name
    head = text[max(s, at - 80):at]
    kind: str | None = None
    cue, cue_start = "", m.start
    head_trim = _strip_filler(head)  # without the words between cue and place ("the Polish border town of")
    ends_in = next((h for h in (head, head_trim) if h.endswith((" in ", " at "))), None)  # "held in the city of"
    event = _EVENT_IN.search(ends_in, max(0, len(ends_in) - 70)) if ends_in else None
    # "sets off to the climate meeting in": an event between the cue and its city
    for h in dict.fromkeys((head, head_trim, *((ends_in[:event.start()],) if event else ()))):
        cm = _cue_at_end(h)
        if cm:
            kind, cue_start, cue = _read_cue(cm, at, head)
            if kind == "cross" and cue.startswith("border") and h is head:
                # "from the Polish border town of Przemyśl": a description; the cue before it decides
                trimmed = _cue_at_end(head_trim)
                if trimmed and not trimmed.group("cross"):
                    continue
            break
    if cue == "to" and prev is not None and prev[0] in ("arrive", "goal") and not prev[1] and (
            _LIST_JOIN.fullmatch(text, prev[2], m.start) or _DATED_JOIN.fullmatch(text, prev[2], m.start)
            or _SEMICOLON_DATED_JOIN.fullmatch(text, prev[2], m.start)):
        return prev[0], m.start, "list", prev[1]  # "day trips to Nicaragua on Wednesday and to El Salvador"
    if cue == "to" and _NEXT_TO.search(head):
        kind, cue, cue_start = None, "", m.start  # "arriving at this port next to Fort Lauderdale": where the port is
    after = _AFTER_RE.match(text[m.end:e])
    if after:
        kind = "final" if after.group("which").lower() in ("final", "last") else "arrive"
        cue, cue_start = "", m.start
    if kind is None and _BOUND_AFTER.match(text, m.end, e):
        kind, cue, cue_start = "goal", "bound", m.start  # "the Manhattan-bound ship": where it is headed
    if _CONCLUDED_AFTER.match(text, m.end, e) and _VISIT_IN.search(head):
        kind, cue, cue_start = "depart", "concluded", m.start  # "the visit in Oslo was concluded"
    if kind is None and m.kind in ("airport", "city") and (bare := _LANDED_BARE.search(head)):
        kind, cue, cue_start = "arrive", bare.group().strip().lower(), at - len(head) + bare.start()
    if kind is None:  # "took the couple to Derriford Hospital in Plymouth": a building the gazetteer lacks, in it
        cm = None
        longer = text[max(s, at - 160):at] if at - 80 > s else head  # "touched down at about noon on the 1st of
        # July at the newly established airport about 11 miles outside of Salisbury": a long way from the verb
        for h in dict.fromkeys((head, head_trim, longer)):  # "reached the port of Los Cristianos on the island of"
            inside = _INSIDE.search(h, max(0, len(h) - 72)) if _INSIDE_END.search(h, len(h) - 14) else \
                _APPOSED.search(h, max(0, len(h) - 90)) if h.endswith((", ", ",")) and m.kind not in (
                    "country", "region") else None  # "Manila airport, Philippines": the country says no more
            if inside and any(_IN_PLACE.fullmatch(text, n.end, m.start) for n in doc.by_sent.get(i, ())
                              if n.end < m.start):
                inside = None  # "to Porto Empedocle in Sicily": the place before says where; Sicily is where it is
            cm = _cue_at_end(_strip_filler(h[:inside.start()])) if inside else None
            if cm:
                break
        inside_cue = _read_cue(cm, m.start, head) if cm else None
        # "via the National Railway Museum at York": by the town the site is in (a border crossing is a crossing)
        if inside_cue and (inside_cue[0] in ("arrive", "depart", "stop", "ret", "goal")
                           or inside_cue[0] == "via" and inside is not None and "crossing" not in inside.group()):
            kind, cue_start, cue = inside_cue
    if kind is None and may_end_in(head, _REACHED_IN_ENDS) and _REACHED_IN.search(head):  # "reached English Harbour
        # in Antigua": where that is
        kind, cue, cue_start = "arrive", "in", m.start - 3
    was_in = _WAS_IN.search(head) if kind is None and head.endswith(" in ") else None
    if was_in and _BE_SUBJECT.search(head, max(0, was_in.start() - 60), was_in.start()) and (
            _DAY_OPENS.match(text, s, at) or _ON_THE_DAY.match(text, m.end, e)):
        kind, cue, cue_start = "stay", was_in.group().strip(), at - len(head) + was_in.start()  # "On Monday, Ms
        # Palaszczuk was in Cairns": where the tour was that day (not "the problem was in Cairns")
    event_at = at - len(head) + event.start() if event else None  # "left Ashgabat for the G20 summit held in"
    if kind is None and (_left_for(text, max(s, at - 140), at) or head_trim is not head
                         and _left_for(head_trim, 0, len(head_trim))
                         or may_end_in(head, _LEFT_FOR_VISIT_ENDS) and _LEFT_FOR_VISIT.search(head)
                         or event_at is not None and _left_for(text, max(s, event_at - 140), event_at)):
        # "left Washington on Sunday for Hanoi", "left snowy Moscow for tropical Havana"
        kind, cue, cue_start = "arrive", "for", m.start - 4
    if kind is None:
        long_head = text[max(s, at - 160):at] if may_end_in(head, _ATTEND_ENDS) and at - 80 > s else head
        for h in dict.fromkeys((head, head_trim, long_head)):  # "addressing parliament in the capital, Canberra"
            at = _ATTEND_RE.search(h) if may_end_in(h, _ATTEND_ENDS) else None
            if at and at.group()[:2].lower() == "at" and at.start() == 0 and m.start - len(h) > s:
                at = None  # "at the summit in" opens the sentence, not an 80-character window cut inside it
            if at:
                kind, cue, cue_start = "arrive", "attend", m.start - len(head) + at.start()
                break
    if kind is None and _WHERE_DID.match(text, m.end, e):
        kind, cue, cue_start = "stay", "where", m.start  # "a busy day in Beijing, where Putin held talks with Xi"
    if kind is None and head.endswith((" in ", " at ")) and _BEFORE_GOING_ON.match(text, m.end, e):
        kind, cue, cue_start = "stay", "before going on", m.start  # "will flag off projects in Ol Kalou before
        # proceeding to Murang'a", "are now resting in Cairo before departing for Nairobi": a stop on the way
    if kind is None and head.endswith((" was in ", " were in ")) and _EN_ROUTE_ON.match(text, m.end, e):
        kind, cue, cue_start = "stay", "en route", m.start  # "Nkrumah was in Peking (today's Beijing) en route to
        # the Vietnamese capital, Hanoi": a stop on the way there
    if kind is None and head.endswith((" in ", " at ")) and _DURING_THE_TOUR.match(text, m.end, e):
        kind, cue, cue_start = "stay", "during the tour", m.start  # "would open fire stations in Seaqaqa and
        # Savusavu during the tour": a stop of the tour
    if kind is None and (when := _WHEN_ARRIVED.match(text, m.end, e)):
        kind, cue, cue_start = "arrive", "when arrived", when.start("v")  # "took centre stage in the Indian
        # capital, New Delhi, yesterday, when President Cyril Ramaphosa arrived for a state visit"
    if kind is None and (_FRONTED_AT.fullmatch(text, s, m.start) or _FRONTED_AT_SITE.fullmatch(text, s, m.start)) \
            and _BOARDS.match(text, m.end, min(e, m.end + 160)):
        kind, cue, cue_start = "depart", "at", s  # "At Galeao Air Force Base in Rio de Janeiro, Yoon boarded"
    if kind is None and (_FRONTED_IN.fullmatch(text, s, m.start) or _IN_NEXT.search(text, max(s, m.start - 14),
                                                                                   m.start)) \
            and _DOES_THERE.match(text, m.end, min(e, m.end + 120)):
        kind, cue, cue_start = "stay", "in", s  # "In Singapore, the King will hold talks with President Tharman",
        # "In Brasilia, he will talk with President Lula, and, in Rio de Janeiro, he will attend"
    if kind is None and m.kind in _TOWN_KINDS and _FRONTED_IN.fullmatch(text, s, m.start) \
            and _PRONOUN_DID.match(text, m.end, min(e, m.end + 40)):
        kind, cue, cue_start = "stay", "in", s  # "In Cape Town, she learnt of Naomi James' progress": the sailor there
    if kind is None and _FRONTED_AT.fullmatch(text, s, m.start) and _HALTS.match(text, m.end, min(e, m.end + 160)):
        kind, cue, cue_start = "arrive", "at", s  # "At Rouses Point, on the border, the train jerked to a stop"
    if kind is None:
        # "continue to Kenya, Germany’s most important partner country": a place its possessive describes, no item
        listed = prev is not None and (prev[0] not in ("final", "begin") or prev[0] == "begin" and _BEGIN_LIST.search(
            text, max(s, prev[2] - 120), prev[2]) is not None)  # "will start his visit to Azerbaijan, Russia, ..."
        if listed and not (
                _OWNED.match(text, m.end, e) and not _OWNS.match(text, m.end, e)) \
                and not _SPEAKS.match(text, m.end, e) and not _SISTER_CITY.match(text, m.end, e) and (
                _LIST_JOIN.fullmatch(text, prev[2], m.start) or _DATED_JOIN.fullmatch(text, prev[2], m.start)
                or _SEMICOLON_DATED_JOIN.fullmatch(text, prev[2], m.start)
                or _BRACKETED_JOIN.fullmatch(text, prev[2], m.start)
                or _DESCRIBED_JOIN.fullmatch(text, prev[2], m.start)
                or _SITE_JOIN.fullmatch(text, prev[2], m.start) and _SITE_LIST_OPENS.search(text, s, prev[2])
                or _INCLUDING_JOIN.fullmatch(text, prev[2], m.start)
                or (prev[0] in ("arrive", "goal") and _PURPOSE_JOIN.fullmatch(text, prev[2], m.start))
                or (_LIST_SKIP.fullmatch(text, prev[2], m.start) and not doc.people_in(prev[2], m.start)
                    and not any(prev[2] <= n.start < m.start for n in doc.by_sent.get(i, ())))
                or (prev[0] in ("arrive", "goal", "stop", "final")
                    and _SEQUENCE_JOIN.fullmatch(text, prev[2], m.start))):
            return ("arrive" if prev[0] == "begin" else prev[0]), m.start, "list", prev[1]
        if prev is not None and prev[0] in ("arrive", "cross") and _NEAR_JOIN.fullmatch(text, prev[2], m.start):
            return "arrive", m.start, "near", prev[1]  # "into Turkey near the city of Van": where in it
        return None
    kind = {"arrive_next": "arrive"}.get(kind, kind)
    if kind == "arrive" and cue == "to" and _RECORD_VISIT.search(text, max(s, cue_start - 90), cue_start):
        kind = "goal"  # "the first-ever visit by an Indian Head of State to Fiji, and Timor-Leste": no order
    if cue.startswith("originat") and _NATURE_FROM.search(text, max(s, cue_start - 40), cue_start):
        return None  # "waters from overflowing rivers originating in Nepal": where a river rises, no one's journey
    if cue.endswith(" on") and _CRAFT_AFTER.match(text, m.end, e):
        return None  # "landed on a US plane in Doha": whose plane, not where it landed
    if kind in ("arrive", "goal") and (_COMPOUND_NEXT.match(text, m.end, e) or _SISTER_CITY.match(text, m.end, e)):
        return None  # "with his visit the China-Venezuela strategic partnership": a pair of places as an adjective;
        # "will visit Beijing, Tianjin and Wellington sister-city Xiamen": whose sister city it is
    if kind == "goal" and cue.startswith(("visit", "trip", "tour", "stay")) and _VISIT_ENDS.match(text, m.end, e):
        kind = "depart"  # "The visit to China ends on November 10 when I travel to Hanoi": where the trip leaves
    if cue == "to" and _OWNED.match(text, m.end, e) and not _OWNS.match(text, m.end, e):
        return None  # "joint responses to North Korea's nuclear threat": whose threat, not where anyone goes
    if kind == "via" and cue.startswith(("cross", "travers")) and not m.country:
        return None  # "crossed the Sahara to reach Europe": a desert or a sea crossed is no point on the way
    thing = _THING_ARRIVES.search(text, max(s, cue_start - 60), cue_start) if kind in ("arrive", "cross", "goal") \
        else None
    carried_to = cue == "to" and _LEFT_CARRYING.search(text, max(s, cue_start - 200), cue_start + 2) is not None
    if thing and not _LADEN.search(text, max(s, thing.start() - 30), thing.start()) and not carried_to:
        return None  # "ensure immediate assistance reaches Gaza", "cargo destined for Uganda", not "trucks carrying
        # aid entered Turkey"
    if _ABOARD.search(cue) and m.surface in _vessel_names(doc):
        return None  # "The royal couple returned to Britannia", "the royal yacht Britannia": the yacht, no place
    if cue in ("to", "from") and _THING_MOVES.search(text, max(s, cue_start - 90), cue_start):
        return None  # "design work ... will move from France to Australia": no one travels
    if cue in ("is in", "are in") and not (_BE_SUBJECT.search(text, max(s, cue_start - 60), cue_start)
                                           and _HERE_FOR.match(text, m.end, e)):
        return None  # "The Prime Minister is in Berlin for talks": there now; not "the problem is in Berlin"
    if kind == "stay" and _BE_IN.match(cue) and not _BE_SUBJECT.search(text, max(s, cue_start - 60), cue_start):
        return None  # "The next summit will be in Geneva": where an event is, not that anyone goes there
    if kind == "goal" and not _SEVERAL.search(cue) and (_BACK_FROM.search(text, max(s, cue_start - 60), cue_start)
                                                         or _FOLLOWING.search(text, max(s, cue_start - 40), cue_start)):
        kind = "depart"  # "on his way back from a working visit to the United States": where he comes from (not
        # "returned to Beijing ... after an official visit to five Asian nations -- Pakistan, Nepal": a tour, in turn)
        if _TOUR_ENDS.search(text, s, cue_start):
            kind = "final"  # "The tour ends on 11 October, following a two-day working visit to Brazil": its last stop
    left = _LEFT_FOR_VISIT.search(head) if kind == "goal" and cue.startswith("visit") else None
    if left and (any(at - len(head) + left.start() < n.start < cue_start for n in doc.by_sent.get(i, ()))
                 or _LEFT_ON_VISIT.match(head, left.start())):
        kind = "arrive"  # "left Beijing Thursday afternoon for an official visit to Japan": where the flight went;
        # "left on a two-day visit to Bhutan on Friday": where it went, from where the text does not say here
    if kind == "goal" and (_PAY_VISIT.search(text, max(s, cue_start - 50), cue_start) or cue.startswith("visits")
                           and _PAY_VISITS.search(text, max(s, cue_start - 30), cue_start)):
        kind = "arrive"  # "will pay a two-day visit to Poland", "will embark on a visit to Bahrain": a stop, not only
        # where the trip is bound
    if cue.startswith(("upon", "on")) and "arrival" in cue and (
            _WHERE_UPON.search(text, max(s, cue_start - 12), cue_start)
            if _OWN_ARRIVAL.match(cue) and text[s:cue_start].strip(" \"“") else
            text[s:cue_start].strip(" \"“") and not _AND_THEN.search(text, s, cue_start)
            or not _THEN_PAST.match(text, m.end, e)):
        return None  # "Upon arrival in Doha, the king was accorded": not "where upon his arrival in Havana he", nor
        # "Upon arrival in the Moscow Region, the evacuees pass" (what is done each time), nor "at the Jos Mart
        # International Airport" (a name the gazetteer lacks)
    if kind == "begin" and cue.endswith(" to") and _TRIP_TO.search(cue):
        kind = "arrive"  # "as they begun the trip to Madrid": where the trip goes ("began a visit to Cyprus" is there)
    if cue == "after" and (not _AFTER_PLACE.match(text, m.end, e) or text[s:cue_start].strip(" \"“")):
        return None  # "After Beijing's decision", "said after Paris": not a stop before the next
    if _DESCRIBES.search(head):
        return None
    c0, c1 = doc.clause_of(i, m.start)
    if kind == "cross" and cue.startswith("border") and not _TRAVEL_WORDS.search(text, max(c0, cue_start - 60),
                                                                                  cue_start):
        return None  # "a breakout of migrants from a holding center in the border city of Tapachula": where it is
    if _BUILT_ROUTE.search(text, max(s, cue_start - 60), cue_start):
        return None  # "a line to be built through the Luangwa Valley": a route built, no one on it
    if kind in ("arrive", "depart") and cue in ("to", "from", "on to"):
        upto = text[max(s, cue_start - 60):cue_start + len(cm.group().rstrip()) if cm else m.start]
        if _A_ROUTE.search(text, max(s, cue_start - 80), cue_start) and (not _ON_A_ROUTE.search(
                text, max(s, cue_start - 100), cue_start) or _USED_ON.search(text, max(s, cue_start - 100), cue_start)):
            return None  # "The Atlantic route from West Africa to the Canaries is one of the deadliest": a route
        if _SERVICES.search(text, max(s, cue_start - 60), cue_start):
            return None  # "Train services from Sealdah to Khulna started before the Partition": what runs
        if _EVENT_MOVED.search(text, max(c0, cue_start - 120), cue_start):
            return None  # "the climate meeting COP25 suddenly moved from Santiago, Chile, to Madrid": no one travels
        tail = upto.rstrip() + " "
        placed = cue == "from" and any(text[n.end:cue_start].strip() == "," for n in doc.by_sent.get(i, ())
                                       if n.end < cue_start)  # "travelled to Arusha, Tanzania, from Kenya"
        if cue == "from" and _OWNED_BY_PLACE.match(text, m.end):
            return None  # "Capt. Heidi Bucheit from Charleston's 15th Airlift Squadron": where she serves
        rode = cue == "from" and _RODE_A_DISTANCE.search(upto) is not None  # "after cycling 101-miles from Bath"
        measured = cue == "from" and _DISTANCE_FROM.search(upto) is not None and not rode
        walked = (measured or _COMMA_FROM.search(tail)) and _ROUTE_TO.match(text, m.end, e) \
            and doc.clause_has(_TRAVEL_WORDS, s, c1)  # "We head north for the third day, from Brecon to Rhayader"
        if (cue == "from" and ((_NOT_FROM.search(tail) and not placed and not walked and not rode)
                               or (measured and not walked)
                               or _DISCHARGED_FROM.search(tail)
                               or (_ARE_FROM.search(tail) and not _ROUTE_TO.match(text, m.end, e)))) \
                or (cue == "to" and any(p.search(tail) for p in (_NOT_TO, _SHOWN_TO, _MEASURE_TO, _TOPIC_TO))
                    and not carried_to):
            return None  # "walked 18 miles from Royston to Linton" is a route; "18 miles from Royston" a distance
        if not doc.clause_has(_TRAVEL_WORDS, s, c1) and not _to_chain(doc, i):  # the clause, or the sentence before
            return None
        if cue == "to" and re.search(r"\b(?:return|back)\b", head[-20:], re.IGNORECASE):
            kind = "ret"
    # a wish before the cue is a wish in its clause: the clause is asked once, the words before the cue only then
    quoted = max(text.rfind("”", c0, cue_start), text.rfind('"', c0, cue_start)) + 1
    w0 = max(c0, quoted)  # ‘"We are hoping to ...," Erdogan told reporters in Istanbul’: the quote's wish is not his
    aside = text.rfind(")", w0, cue_start) + 1  # "Dawson and Martin (no, not that Chris Martin) made landfall"
    fronted = _FRONTED_REASON.match(text, w0, cue_start)  # "As the repairing did not succeed, the vessel towed"
    n0 = max(w0, cue_start - 60, aside, fronted.end() if fronted else 0)
    n0 = max([n0, *(b.end() for b in _NEW_SUBJECT.finditer(text, n0, cue_start)),
              *(b.end() for b in _RELATIVE_ASIDE.finditer(text, max(w0, cue_start - 160), cue_start))])
    ws = _when_clause(text, w0, cue_start)
    aimed = kind == "arrive" and _AIM_TO_REACH.search(text, max(s, cue_start - 40), m.start) is not None
    if aimed:  # "took off from the Pyramids of Giza ... with the aim of reaching Cape Town": where the trip is bound
        kind = "goal"
    negated = bool(NEGATED.search(text, n0, cue_start) or _HABIT.search(text, n0, cue_start)
                   or _REPEATED.search(text, cue_start, c1)
                   or _COUNTED_TRIPS.search(text, max(s, cue_start - 20), cue_start + len(cue))
                   or doc.clause_has(CALLED_OFF, w0, c1, CALLED_OFF_WORD)
                   or doc.clause_has(_SPECULATED, ws, c1, _SPECULATED_WORD)
                   or doc.clause_has(_TIMETABLE, s, e, _TIMETABLE_WORD)
                   or (not aimed and doc.clause_has(WISH_RE, ws, c1, WISH_WORD) and WISH_RE.search(
                       text, max(ws, text.rfind(" but ", ws, cue_start) + 1), cue_start)  # "might be forgiven ...
                       # but as she arrived in"
                       and not _CONTRARY_TO.search(text, max(ws, cue_start - 120), cue_start))
                   or (_QUESTION.search(text, max(s, e - 6), e) and not _WHY_DID.search(text, max(s, cue_start - 60),
                                                                                          cue_start))
                   # "Will they reach the US border?", not "why did he decide to sweep through Guatemala ...?"
                   or _COUNTED.search(text, max(s, cue_start - 60), cue_start)  # "the number of migrants had landed"
                   or kind in ("arrive", "goal") and bool(_INTERRUPTED.match(text, m.end, e))
                   or kind == "stay" and bool(_WHO_SPENT.search(text, max(s, cue_start - 60), cue_start + 16))
                   or _called_off_itinerary(doc, i)
                   or kind in ("arrive", "goal", "stop") and bool(_REROUTED_PLAN.search(text, max(s, cue_start - 120),
                                                                                           cue_start + len(cue))))
    return kind, cue_start, cue, negated


_AIM_TO_REACH = re.compile(r"\b(?:(?:the|an?|their|his|her|its)\s+(?:[\w-]+\s+)?(?:aim|goal|intention)\s+of|"
                           r"(?:aim(?:s|ing|ed)?|attempt(?:s|ing|ed)?|bid|intend(?:s|ing|ed)?)\s+to)"
                           r"\s+reach(?:ing)?\s+(?:the\s+)?$", re.IGNORECASE)
_BEFORE_GOING_ON = re.compile(r",?\s+(?:[\w-]+\s+){0,3}?(?:before|and\s+then|then)\s+(?:travell?ing|heading|flying|"
                              r"leaving|moving|proceeding|going|departing|driving|sailing|continuing)(?:\s+on)?\s+"
                              r"(?:to|for)\b")
# "was in Peking (today's Beijing) en route to Hanoi": where the traveller was on the way
_EN_ROUTE_ON = re.compile(r"(?:\s*\([^()]{1,40}\))?,?\s+(?:en\s*route|on\s+(?:his|her|their|its)\s+way)\s+(?:to|for)\b")
# "in Seaqaqa and Savusavu during the tour", "in Hong Kong on July 26 during the orchestra's tour of China"
_DURING_THE_TOUR = re.compile(r"(?:\s+and\s+(?:[A-Z][\w’'-]+\s+){1,3}?|,?\s+(?:on\s+)?(?:[\w-]+\s+){0,3}?)?,?\s*"
                              r"during\s+(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?"
                              r"(?:tour|visit|trip|stay|journey)\b")
# an itinerary told in the past: "The ship's itinerary included stops in Barbados, St. Kitts, and St. Lucia"
_PAST_ITINERARY = re.compile(r"\b(?:itinerary|programme|program|schedule)\s+(?:had\s+)?"
                             r"(?:included|was\s+to\s+include)\b", re.IGNORECASE)


_CHAIN_LINK = re.compile(r",?\s+(?:then\s+)?(?:back\s+)?to\s+")
_CHAIN_MIN = 3  # places: a chain this long of "A to B to C" is a route, told with or without a verb


def _to_chain(doc: Doc, i: int) -> list[PlaceMention]:
    """The places of sentence i that one chain of "to" links, first to last ("Algiers to Alexandria to Jerusalem to
    Damascus, then back to Alexandria"), when there are at least _CHAIN_MIN of them; else []."""
    memo = doc.memo.get(("to-chain", i))
    if memo is not None:
        return memo  # type: ignore[return-value]
    ms = [m for m in doc.by_sent.get(i, []) if m.role == "place" and m.kind != "demonym"]
    best: list[PlaceMention] = []
    run: list[PlaceMention] = []
    for m in ms:
        if run and _CHAIN_LINK.fullmatch(doc.text, run[-1].end, m.start):
            run.append(m)
        else:
            run = [m]
        if len(run) > len(best):
            best = list(run)
    found = best if len(best) >= _CHAIN_MIN else []
    doc.memo[("to-chain", i)] = found
    return found


def _called_off_itinerary(doc: Doc, i: int) -> bool:
    """"... the remaining seven days of the cruise had been canceled. The ship's itinerary included stops in
    Barbados, St. Kitts, and St. Lucia": an itinerary told in the past after (or in) a sentence that calls the trip
    off is the plan that was cancelled, not travel."""
    s, e = doc.sents[i]
    if doc.text.find("includ", s, e) < 0 or not _PAST_ITINERARY.search(doc.text[s:e]):
        return False  # (the sentence's other stops too: "... before its planned return to Miami on Nov. 26")
    return CALLED_OFF.search(doc.text, doc.sents[max(0, i - 1)][0], e) is not None


def _named_by_surname(doc: Doc, start: int, end: int) -> bool:
    """"Chavez was received today by Lula at": a person the text named in full before ("Hugo Chavez"), by surname."""
    surnames = {name.split()[-1] for _s, _e, name in doc.people if " " in name}
    return any(w.group() in surnames for w in _NAME_WORD.finditer(doc.text, start, end))


# "Latifi, who spent time at Fort Dix, N.J., and then St. Louis, said": an aside on a person's past, no stop
_WHO_SPENT = re.compile(r",\s*who\s+(?:had\s+|has\s+)?(?:earlier\s+|previously\s+|once\s+)?(?:spent|lived|stayed|"
                        r"worked|studied)\b")
_WHEN_HE = re.compile(r"\b(?:when|once)\s+(?:he|she|they|it|we)\s")


def _when_clause(text: str, start: int, cue: int) -> int:
    """Where the cue's own "when" clause opens, else ``start``: "might go see Castro when he flies January 10 to
    Nicaragua" thinks of the visit; the flight it names is planned."""
    return max((m.start() for m in _WHEN_HE.finditer(text, start, cue)), default=start)


# a place that owns what follows it: "from Charleston's 15th Airlift Squadron" (not "from London's Heathrow airport",
# "taken from Belgrade's central prison", "from Kenya’s largest refugee camp": a site in it, left)
_OWNED_BY_PLACE = re.compile(r"(?:’s|'s)\s+(?![^,.;]{0,40}?\b(?:airport|airfield|air\s+base|airbase|station|port|"
                             r"harbou?r|terminal|docks?|pier|quay|prison|jail|gaol|penitentiary|hospital|camps?|"
                             r"capital|hotel|palace)\b)", re.IGNORECASE)
# trips counted before their place: "has so far visited two foreign nations; twice to India and once to UAE"; trips
# made again and again: "its fleet ... making trips to Ecuador, Peru and Argentina"
_COUNTED_TRIPS = re.compile(r"\b(?:once|twice|thrice|(?:two|three|four|five|six|\d+)\s+times)\s+(?:to|in)\s*$|"
                            r"\b(?:making|made|make|makes)\s+(?!(?:day|side|short|brief|quick)\s)(?:[a-z]+\s+)?"
                            r"trips\s+to\s*$",
                            re.IGNORECASE)  # (not "making day trips to Nicaragua on Wednesday")
# what someone did as a habit, not a trip: "the train that Kim Jong Il used to ride when visiting China"
_HABIT = re.compile(r"\bused\s+to\b")
# ... or did again and again: "have visited Nepal several times over the years"
_REPEATED = re.compile(r"\b(?:several|many|numerous|countless|multiple|a\s+few|a\s+number\s+of)\s+times\b|"
                       r"\bover\s+the\s+years\b|\bon\s+(?:several|many|numerous)\s+occasions\b|"
                       r"\bfor\s+(?:many|several|some)\s+(?:years|decades)\b", re.IGNORECASE)


_COMPOUND_NEXT = re.compile(r"[-–][A-Z]")  # "China-Venezuela", "US-Africa Leaders' Summit"
_SISTER_CITY = re.compile(r"(?:[’']s)?\s+sister[\s-]+cit(?:y|ies)\b", re.IGNORECASE)
_VISIT_ENDS = re.compile(r"\s+(?:ends|ended|will\s+end|concludes|concluded|will\s+conclude)\b")
# a clause of its own with its own subject: "made no comments as he stepped off a plane at": the "no" is not its
_NEW_SUBJECT = re.compile(r"\b(?:as|when|while|after|before|because|and|but)\s+(?:he|she|they|it|we)\b")
# "The minister, who did not make statements to Angop, left for": what the aside denies is not the travel
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;.]{1,100},")


# a craft right after the place: "landed on a US plane", "on a Turkish ship" (see cue_for)
_CRAFT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:plane|flight|jet|aircraft|airliner|ship|boat|vessel|ferry|"
                          r"train|bus|coach|helicopter|charter|carrier|warship)s?\b", re.IGNORECASE)


# a service's timetable, not a journey: "It will depart from CSMT at 5.25 am on every Monday, Wednesday and Friday"
# (not "set off from Metz and covered up to 200 miles a day, every day for 26 days": one journey's days)
_TIMETABLE = re.compile(r"\b(?:(?:on\s+)?every\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|day|week|"
                        r"weekday|morning|evening|night)(?!\s+(?:for|of|until|till)\s)|(?:once|twice|three\s+times|four\s+times)\s+(?:a|per)\s+"
                        r"(?:day|week)|on\s+(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))\b",
                        re.IGNORECASE)


# travel only thought of: "a trip to Burkina Faso was possible", "he may also visit Ghana", "could include Japan",
# "A visit to Cuba at the earliest possible date, is currently being arranged", "There is a possibility that the
# Italian president will also go to Santa Tereza"
_SPECULATED = re.compile(r"\b(?:(?:there\s+is|there[’']s|there\s+was)\s+(?:also\s+)?(?:a|the|some)\s+(?:[a-z]+\s+)?"
                         r"(?:possibility|chance|prospect)|"
                         r"(?:was|is|were|are|be|remains?|seemed|seems)\s+(?:also\s+)?possible|possible\s+"
                         r"(?:trip|visit|stop|stopover|tour|detour)s?|possibly|perhaps|maybe|(?:might|could|(?-i:may))"
                         r"\s+(?:also\s+|even\s+)?(?:visit|travel|go|stop|head|fly|make|include|extend|continue)|"
                         r"(?:is|are|was|were)\s+(?:currently\s+|still\s+|now\s+)?(?:being\s+(?:arranged|considered|"
                         r"discussed|negotiated|explored)|under\s+(?:consideration|discussion)))\b",
                         re.IGNORECASE)
# "contrary to widely held speculation ex-President Rawlings was merely passing through Lomé": what is told is so
_CONTRARY_TO = re.compile(r"\b[Cc]ontrary\s+to\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:speculation|rumou?rs?|reports?|belief|claims?)\b")

_SPECULATED_WORD = re.compile(r"possib|chance|prospect|perhaps|maybe|might|could|\bmay|being|under")  # in every
# _SPECULATED match (Doc.clause_has)
_TIMETABLE_WORD = re.compile(r"every|once|twice|times|days")  # in every _TIMETABLE match ("Mondays")


_SPEECH_CUE = re.compile(r"told|telling|tells|speaking|spoke|speaks|said|says|announc")
_SAID_DURING = re.compile(r"\b(?:said|says|told\s+(?:[\w-]+\s+){1,3}?|speaking|spoke)\s*,?\s+"
                          r"(?:during|on|while\s+on)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?$")
# the traveller was somewhere before a departure told after: "told reporters in Istanbul before leaving"
_BEFORE_LEAVING = re.compile(r"(?:\s+[a-z]+){0,3}?,?\s+(?:just\s+|shortly\s+)?before\s+(?:leaving|departing|"
                             r"(?:his|her|their)\s+departure|flying\s+out|boarding|taking\s+off|setting\s+off|"
                             r"(?:he|she|they)\s+(?:left|departed|flew\s+out))\b")  # "today, before he departed"


# who waits for a traveller is not one: "the sound of relatives weeping as they waited in"
_WAITING = re.compile(r"\b(?:relatives|families|family\s+members|loved\s+ones|well-?wishers|crowds|onlookers)\b"
                      r"[^.;:]{0,60}$", re.IGNORECASE)
# "wave well-wishers upon their arrival in the Cameroonian capital", "told AFP on his arrival in Darwin": an arrival
# told inside a sentence (but "where upon his arrival in Havana he" tells of another time)
_OWN_ARRIVAL = re.compile(r"(?:upon|on)\s+(?:his|her|their|its)\s+arrival")
_WHERE_UPON = re.compile(r"\b(?:where|when|whereupon)\s+$", re.IGNORECASE)
# "The party first stopped at Hastings and on arrival at Napier was met by the Mayor": the arrival that follows
_AND_THEN = re.compile(r"\w\s+and\s+$")
# the past-tense main clause after "Upon arrival in Doha": ", the king was accorded a warm welcome" (the comma may be
# left out: "On arrival at Islamabad Airport they were accorded")
_THEN_PAST = re.compile(r"\s*,?\s+(?:[\w.’'-]+\s+){1,6}?(?:was|were|had|[a-z]{3,}ed|met|shook|said|told|went|took|gave|"
                        r"made|held|laid)\b")
# what rises or starts somewhere without travelling: "rivers originating in Nepal", "a storm originating in"
_NATURE_FROM = re.compile(r"\b(?:rivers?|waters?|streams?|storms?|cyclones?|typhoons?|hurricanes?|winds?|floods?|"
                          r"virus|viruses|outbreaks?|diseases?|fires?|smoke|dust)\s+(?:[\w-]+\s+){0,2}?$",
                          re.IGNORECASE)
# a clause set before the main one about how others travel: "While most England fans will have flown to Moscow,"
_OTHERS_WHILE = re.compile(r"\s*[\"“]?(?:While|Whereas|Unlike)\s+(?:most|many|some|other|the\s+other)\s+"
                           r"[^,;:.]{3,100},")
# whom an event drives away is not the story's traveller: "forcing some 620,000 Rohingyas to flee to" (but "was forced
# by the fighting to flee to Kenya" is)
_MADE_TO_FLEE = re.compile(r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)\b(?:forcing|forced|forces|force|"
                           r"driving|drove|drives|prompting|prompted|causing|caused)"
                           r"\s+(?:[\w’',.-]+\s+){1,5}?to\s+(?:flee|leave|escape|seek|cross|move|run)\b[^.;:]{0,24}$")
# a trip cut short on the way: "was travelling ... to Samarinda when it ran into bad weather" never got there
_INTERRUPTED = re.compile(r"[^.;:!?]{0,120}?\bwhen\s+(?:it|they|the\s+[\w-]+)\s+(?:ran\s+into|sank|capsized|crashed|"
                          r"(?:was|were)\s+(?:hit|struck|hijacked|attacked|shot\s+down|forced)|went\s+down|caught\s+fire|"
                          r"exploded|disappeared|vanished|lost\s+contact|overturned|ran\s+aground|broke\s+down)\b")
# the stops a change of route gave up: "rerouted a Sunday round-trip cruise from Miami with scheduled stops in
# George Town, Grand Cayman, Roatán, Honduras ... The Norwegian Sky will instead visit San Juan"
_REROUTED_PLAN = re.compile(r"\b(?:rerouted|re-routed|diverted|cancell?ed|scrapped|changed|swapped|altered)\b"
                            r"[^.;]{0,100}?\b(?:scheduled|planned|original(?:ly)?|previous)\s+(?:stops?|ports?|calls?|"
                            r"itinerary|route|destinations?)\b", re.IGNORECASE)
_QUESTION = re.compile(r"\?[”\"’')]*\s*$")
# "why did he decide to sweep through Guatemala ...?": what the question asks the reason for happened
_WHY_DID = re.compile(r"\b[Ww]hy\s+(?:did|does|do|has|have|had)\s+(?:[\w.’'-]+\s+){1,3}?"
                      r"(?:(?:decide|choose|opt|want|need)\s+to\s+)?$")


_BACK_FROM = re.compile(r"\b(?:way\s+back|way\s+home|back|returning|returned|returns?|coming\s+home)\s+from\s+"
                        r"(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
# "made a surprise arrival in Canada on Thursday night, following his visit to the United States"
_FOLLOWING = re.compile(r"(?:,\s*|\b)(?:following|after)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:(?:state|official|working|royal)\s+)?$",
                        re.IGNORECASE)
_TOUR_ENDS = re.compile(r"\b(?:tour|trip|visit|journey|voyage)\s+(?:will\s+|is\s+to\s+)?"
                        r"(?:ends?|concludes?|finish(?:es)?|wraps?\s+up)\b", re.IGNORECASE)
_SEVERAL = re.compile(r"(?:nations|countries|states|capitals|cities)\W*$")  # a cue that counts the places after it
# "Modi will be in Hiroshima", "He will be in Osaka": a stay to come only when a person is the subject
_HERE_FOR = re.compile(r"(?:,\s*[A-Z][\w -]{0,30},)?\s+(?:for|on\s+(?:a|an|his|her|their)|today|this\s+week|"
                       r"until|till)\b")  # "is in Berlin for talks", "is in Paris on a three-day visit"
# a past presence, and the day that places it: a sentence that opens on its day, or a day right after the place
_WAS_IN = re.compile(r"\b(?:was|were)\s+in\s+$")
_DAY_OPENS = re.compile(rf"\s*(?:(?:On|By|Early|Late|Later)\s+)?(?:(?:on|the)\s+)?{_WEEKDAY}"
                        r"(?:\s+(?:morning|afternoon|evening|night))?,\s+")
_ON_THE_DAY = re.compile(rf"\s+(?:on\s+)?{_WEEKDAY}\b")
_BE_IN = re.compile(r"(?:will|would|is|are)\s+(?:\w+\s+to\s+)?be\s+in")
_BE_SUBJECT = re.compile(r"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)|\b[A-Z][a-z]+(?:-[a-z]+)?|\b(?:team|squad|delegation|"
                         r"president|minister|king|queen|pope|pontiff|couple|leader|royals|party|prince|princess|"
                         r"duke|duchess|monarch|premier|chancellor|envoy|secretary|governor|mayor|band|players|"
                         rf"{'|'.join(STAR_HEADS)}))\s+(?:\w+ly\s+)?$")  # "The Hollywood megastar"


# an event that moves: "the climate meeting COP25 suddenly moved from Santiago to Madrid", "the final was switched to"
_EVENT_MOVED = re.compile(r"\b(?:summit|meeting|conference|talks|games|olympics|tournament|final|match|race|festival|"
                          r"ceremony|event|forum|COP\s?\d+|congress|convention|championships?)\b(?:\s+[\w-]+){0,2}?\s+"
                          r"(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+|will\s+be\s+)?(?:\w+ly\s+)?(?:moved|relocated|"
                          r"shifted|switched|transferred)\s+(?:[^.;]{0,80}?\s)?$", re.IGNORECASE)
# the subject right before an arrival verb that is a thing, not someone travelling
_THING_ARRIVES = re.compile(r"\b(?:aid|assistance|help|supplies|goods|food|water|fuel|money|funds|news|word|message|"
                            r"messages|letter|rain|storm|storms|fire|fires|flood|floods|floodwaters|virus|disease|"
                            r"smoke|fighting|violence|shelling|war|prices|temperatures|talks|negotiations|"
                            r"investigation|deal|agreement|trade|exports|imports|sales|shipments|cargo|freight|"
                            r"consignments?)\s+(?:\w+ly\s+)?$|"
                            # "news of your visit has even reached Rome"
                            r"\b(?:news|word)\s+of\s+(?:(?!(?:when|as|after|before|while|he|she|they|we|I)\b)"
                            r"[\w’'-]+\s+){1,5}?(?:has\s+|had\s+|have\s+)?(?:even\s+|already\s+|\w+ly\s+)?$",
                            re.IGNORECASE)


# what moves is work, not a traveller: "detailed design work for Australia's 12 new submarines will move from France
# to Australia"
_THING_MOVES = re.compile(r"\b(?:work|production|manufacturing|headquarters|jobs|operations|assembly|research|"
                          r"factory|plant|investment)\s+(?:[\w’'-]+\s+){0,6}?(?:will\s+|would\s+|to\s+)?"
                          r"(?:move|moves|moved|moving|shift|shifts|shifted|relocate|relocates|relocated)\s+"
                          r"(?:from\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+)?$")


# a vehicle that carries the thing: "trucks carrying aid", "a convoy of aid" (not "the loading of cargo")
_LADEN = re.compile(r"\b(?:containing|carrying|with|(?:convoys?|trucks?|lorr(?:y|ies)|ships?|boats?|planes?|flights?|"
                    r"vessels?|loads?|tonnes|tons|sacks|bags|boxes|crates)\s+of|bringing|delivering|loaded\s+with|"
                    r"full\s+of)\s+(?:\w+\s+)?$", re.IGNORECASE)  # "four trucks with 30 tonnes of food continued"


_PAY_VISIT = re.compile(r"\b(?:pay|pays|paying|paid|make|makes|making|made|undertake|undertakes|undertaking|"
                        r"embark\w*\s+(?:up)?on)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)
_PAY_VISITS = re.compile(r"\b(?:pay|pays|paying|paid)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)  # "pay state visits to"


_SPACES = re.compile(r"\s+")


_WILL = re.compile(r"\b(?:will|shall)\b|’ll\b|'ll\b|\b(?:is|are)\s+(?:expected|due|scheduled|set)\s+to\b")


# a clause that tells travel by a gerund after "before", "after", "then": its tense is the sentence's
_GERUND_CLAUSE = re.compile(r".*?\b(?:before|after|then|later|subsequently)\s+[a-z]+ing\b", re.IGNORECASE)


# what joins a place to the country or region that holds it: "Sfax, Tunisia", "Yiwu City in China’s Zhejiang"
_LIST_COMMA = re.compile(r",[ \t]*")
_ENDS_ITEM = re.compile(r"\s*(?:[.;:)]|$)")  # the end of a sentence or an item: nothing follows the qualifier
_HELD_BY = re.compile(r",\s*|(?:\s+(?:City|Town|Village))?\s+in\s+(?:the\s+)?"
                      r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:’s|'s)\s+|(?:[a-z-]+\s+){0,2}(?:state|province|region|"
                      r"department|district|county)\s+of\s+|(?:(?:north|south|east|west|central|far)[a-z-]*\s+))?")
# "Arriaga in the southern state of Chiapas", "Muenster in western Germany"


_OPEN_BRACKET = re.compile(r"\s*\(\s*(?:in\s+(?:the\s+)?)?")  # "Balboa (Panama)", "San Francisco (in the US)"
_ON_ISLAND = re.compile(r",\s*|,?\s+on\s+(?:the\s+)?(?:island\s+of\s+)?")
ISLAND_KM = 150  # how far from an island's point a place on it may lie (Sakhalin, Vancouver Island are larger)
ISLAND_COMMA_KM = 40  # ... when only a comma joins them
LARGE_ISLAND_KM = 400  # ... or a town of its country on a large one, when no island is listed after it ("St. John's,
# Newfoundland, and Canada"; not "the islands of Mytilene, Chios and Samos")


def _island_follows(doc: Doc, m: PlaceMention) -> bool:
    """Another island is listed right after the island m: "Mytilene, Chios and Samos" is a list of islands."""
    nxt = next((n for n in doc.by_sent.get(doc.sent_of(m.start), ()) if n.start >= m.end), None)
    return nxt is not None and nxt.kind == "island" and _LIST_JOIN.fullmatch(doc.text, m.end, nxt.start) is not None


_POSSESSIVE = re.compile(r"['’]s?\s+(?:the\s+)?")


def _site_of(doc: Doc, before: PlaceMention, m: PlaceMention) -> bool:
    """"Dunedin's Port Chalmers", "Beijing's Capital Airport": the place after a place's possessive is where in it
    (within 50 km), one stop, not two."""
    if before.kind in ("country", "region", "demonym") or not _POSSESSIVE.fullmatch(doc.text, before.end, m.start):
        return False
    return _km_apart(doc, before, m) <= 50


def _km_apart(doc: Doc, a: PlaceMention, b: PlaceMention) -> float:
    """How far apart the places two mentions are read as."""
    p, q = doc.places[doc.key_for(a)], doc.places[doc.key_for(b)]
    return km(p.lat, p.lon, q.lat, q.lon)


def _abbreviates(doc: Doc, before: PlaceMention | None, m: PlaceMention) -> bool:
    """"the United Arab Emirates (UAE)": the place before, named again in brackets."""
    text = doc.text
    return before is not None and text[before.end:m.start].strip() == "(" and text[m.end:m.end + 1] == ")" \
        and (before.geonameid or before.name) == (m.geonameid or m.name)


def _qualifies(doc: Doc, before: PlaceMention | None, m: PlaceMention, after: int | None = None,
               after_island: bool = False) -> bool:
    """"Sfax, Tunisia", "Rockville, Maryland", "departed Yiwu City in China’s Zhejiang Province", "Balboa (Panama)": a
    country or region after a comma, "in" or in brackets that holds the place before it; "McMurdo Station on Ross
    Island", "George Town, Grand Cayman": an island the place before lies on. ``after`` is the end of a qualifier
    already read after the place: "Lakehurst, New Jersey, U.S.A." is one place; ``after_island`` says that qualifier
    was an island, which a state may follow ("Oyster Bay, Long Island, N.Y.")."""
    if before is not None and m.kind == "city" and before.kind == "city" and m.confidence <= FAR_TOWN_CONFIDENCE \
            and before.country != m.country and _LIST_COMMA.fullmatch(doc.text, before.end, m.start) \
            and _ENDS_ITEM.match(doc.text, m.end):
        return True  # "Goose Bay, Labrador.": a region the gazetteer lacks, read only as a far-off town
    if before is not None and m.kind == "island" and before.kind not in ("country", "region", "demonym", "island") \
            and (gap := _ON_ISLAND.fullmatch(doc.text, before.end, m.start)):
        # "McMurdo Station on Ross Island", "George Town, Grand Cayman": where the place is (after a comma, only
        # close by: "the islands of Mytilene, Chios and Samos" is a list)
        apart = _km_apart(doc, before, m)
        if gap.group().strip() != ",":
            return apart <= ISLAND_KM
        return apart <= ISLAND_COMMA_KM or (apart <= LARGE_ISLAND_KM and before.kind == "city"
                                            and before.country == m.country and not _island_follows(doc, m))
    if before is not None and m.kind in ("country", "region") and before.kind not in ("country", "demonym") \
            and _OPEN_BRACKET.fullmatch(doc.text, before.end, m.start) and doc.text.startswith(")", m.end) \
            and bool(before.country) and before.country == m.country:
        return True  # "Salvador de Bahia (Brazil), Port of Spain (Trinidad and Tobago)"
    if before is None or m.kind not in ("country", "region") or before.kind in ("country", "region", "demonym") \
            or "," in before.surface:  # "Washington, D.C., New York, California": qualified already, a list
        return False
    if after is not None and m.kind != "country" and not after_island:
        return False  # "Spokane, Washington, Idaho": a list of states; "Lakehurst, New Jersey, U.S.A.": its country
    return bool(_HELD_BY.fullmatch(doc.text, before.end if after is None else after, m.start)) \
        and bool(before.country) and before.country == m.country


# a name the text gives a vessel: "the royal yacht Britannia", "the ferry Woods Hole", "HMS Exeter"
_VESSEL_NAMED = re.compile(r"\b(?:(?:yacht|ship|liner|ferry|steamer|steamship|frigate|vessel|cruiser|destroyer|"
                           r"schooner|tanker|freighter|tug|warship)\s+|(?:" + "|".join(sorted(SHIP_PREFIXES)) + r")\s+)"
                           r"(?:the\s+)?(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
# going back on board: "returned to Britannia", "back aboard the Arizona"
_ABOARD = re.compile(r"\b(?:returned|returning|returns|return|back|aboard|boarded|rejoined)\b")


def _vessel_names(doc: Doc) -> frozenset[str]:
    """The names the text gives vessels, found once per story."""
    names = doc.memo.get(("vessel-names",))
    if names is None:
        names = doc.memo[("vessel-names",)] = frozenset(m.group("n") for m in _VESSEL_NAMED.finditer(doc.text))
    return names


def _story_place(doc: Doc) -> tuple[str, PlaceMention]:
    """Where the story is: of the places something arrived at so far, the one the text names most ("Elton John's
    jet has touched down in Hawke's Bay" and five more Hawke's Bays, not the Dunedin Airport it flew into once),
    the last of those."""
    named = doc.memo.get(("times-named",))
    if named is None:  # counted once per story: the mentions are set before travel is read
        named = doc.memo[("times-named",)] = {}
        for ms in doc.by_sent.values():
            for m in ms:
                key = doc.key_for(m)
                named[key] = named.get(key, 0) + 1
    most = max(named.get(k, 0) for k, _m in doc.story_places)
    return next(p for p in reversed(doc.story_places) if named.get(p[0], 0) == most)


def story_arrivals(doc: Doc, i: int, asserts: list[Fact]) -> list[Fact]:
    """"Ruto flew in from Nairobi", "arrived later in the day from Abuja": an arrival that names only where
    the traveller came from arrives where the story is (the last place something arrived at, else the city its
    dateline files it from): inferred; or where the sentence put the scene before it ("fans at Auckland International
    Airport when the team arrived from Rio")."""
    out = []
    for a in asserts:
        if a.kind != "depart" or a.cue != "from":
            continue
        c0, c1 = a.clause
        verb = None
        for v in _ARRIVE_VERB.finditer(doc.text, c0, a.start):
            verb = v
        if verb is None or any(b.kind in ARRIVALS and b.traveller == a.traveller and c0 <= b.start < c1
                               for b in asserts):
            continue
        scene = _scene_before(doc, i, verb.start(), asserts)
        if scene is not None:
            key, mention, implied = doc.key_for(scene), scene, ""
        elif doc.story_places:
            (key, mention), implied = _story_place(doc), "story"
        elif (filed := dateline_place(doc)) is not None and filed.kind == "city":
            key, mention, implied = doc.key_for(filed), filed, "story"  # "CLIFDEN, Ireland -- ... The flight from
            # Newfoundland": where the story is filed, before anything arrived anywhere
        else:
            continue
        if key == a.place:
            continue
        out.append(Fact("arrive", key, mention, i, a.traveller, verb.start(), verb.end(), cue=verb.group(),
                           clause=a.clause, planned=a.planned, back=a.back, implied=implied,
                           past_plan=a.past_plan))
    return out


_SCENE_AT = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")
_SCENE_WHEN = re.compile(r"\s*(?:,\s*)?(?:[\w’'-]+\s+){0,3}?(?:when|as|where)\s")


def _scene_before(doc: Doc, i: int, verb: int, asserts: list[Fact]) -> PlaceMention | None:
    """"Fans at Auckland International Airport when the team arrived from Rio": the place the sentence sets its
    scene in, right before "when" or "as" and the arrival, and no travel of its own."""
    s, _e = doc.sents[i]
    told = {a.start for a in asserts}
    for m in doc.by_sent.get(i, []):
        if m.end > verb or m.role != "place" or m.kind in ("country", "region", "demonym"):
            continue
        if _WHERE_THEY.fullmatch(doc.text, m.end, verb):
            return m  # "came from the Ethiopian capital Addis Ababa, where they had arrived overland from Khartoum"
        if m.start in told:
            continue
        if _SCENE_AT.search(doc.text, max(s, m.start - 8), m.start) and _SCENE_WHEN.match(doc.text, m.end, verb):
            return m
    return None


_WHERE_THEY = re.compile(r"\s*,\s*where\s+(?:he|she|they|it|the\s+[a-z]+)\s+(?:had\s+|have\s+|has\s+)?")


# "a flight from Suceava carrying 170 evacuees from Ukraine": where a group is from, beside where the trip began
_PEOPLE_FROM = re.compile(r"\b(?:evacuees|refugees|migrants|passengers|students|citizens|nationals|pilgrims|people|"
                          r"tourists|workers|fans|nurses|doctors|troops|soldiers|children|families)\s+(?:\w+\s+)?"
                          r"from\s+(?:the\s+)?$", re.IGNORECASE)


# a person described after their name and age: "Dee Caffari, 33, a former teacher from Gosport, Hampshire, was
# greeted", "McCardel, a 29-year-old athlete from Melbourne, set out from": where she lives, not where anyone left
_AGED_FROM = re.compile(r",\s*(?:\d{1,3},\s+(?:a|an)\s+(?:[\w-]+\s+){1,4}?|"
                        r"(?:a|an)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-years?-old\s+(?:[\w-]+\s+){0,3}?)from\s+$")


# ... and a person named in full with where they are from, in a list or at a sentence's end: "a British and a French
# driver: John Chalmers from Hertfordshire, and Eric Boulenger from Creil" (not "evacuating Westerners from Kuwait")
_NAMED_FROM = re.compile(r"\s+from\s+$")
# ... and a group's members: "a Chilean team with members from the Valdivia Centre of Scientific Studies"
_MEMBERS_FROM = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,2}?(?:members|staff|experts|scientists|officials|"
                           r"representatives|participants|volunteers)\s+from\s+(?:the\s+)?$")
_NAMED_FROM_AFTER = re.compile(r"\s*(?:[.;]|,?\s+and\s+[A-Z]|$)")


def _where_people_are_from(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """Of two departures in one clause, the one that says where a group of people is from is no departure; nor is
    the place a person described by age and trade is from, nor that of a person named in a list of people."""
    if not any(a.kind == "depart" and a.cue == "from" for a in facts):
        return list(facts)  # no departure "from" to set aside (most sentences): nothing to count
    departs = Counter(a.clause for a in facts if a.kind == "depart")  # counted, not compared pair by pair
    out = []
    for a in facts:
        if a.kind == "depart" and a.cue == "from" and departs[a.clause] > 1 and _PEOPLE_FROM.search(
                doc.text, max(a.clause[0], a.start - 60), a.start):
            continue
        if a.kind == "depart" and a.cue == "from" and (
                _AGED_FROM.search(doc.text, max(0, a.start - 80), a.start)
                or _MEMBERS_FROM.search(doc.text, max(0, a.start - 60), a.start)):
            continue
        if a.kind == "depart" and a.cue == "from" and (cue := _NAMED_FROM.search(doc.text, max(0, a.start - 12),
                                                                                 a.start)) \
                and any(pe == cue.start() and " " in n for _ps, pe, n in doc.people_in(max(0, cue.start() - 60),
                                                                                      cue.start())) \
                and _NAMED_FROM_AFTER.match(doc.text, a.end, doc.sents[a.sent][1]):
            continue
        out.append(a)
    return out


# the stops still to come, named after a copula: "The other cities it will visit are St. John's, N.L., Halifax"
_PLANNED_STOPS_ARE = re.compile(r"\b(?:will|is\s+to|are\s+to|plans?\s+to)\s+(?:also\s+)?(?:visit|tour|stop\s+in|"
                                r"take\s+in)\s+(?:are|include|includes)$")


# a cue that is a bare verb cannot tell past travel: the nearest past form before it is another verb's
_BARE_VERB = re.compile(r"(?:visit|travel|fly|go|head|leave|arrive|reach|return|sail|drive|stop|cross|continue|"
                        r"tour|call)\b")
_WILL_BEFORE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|(?:due|expected|scheduled|set)\s+to|plans?\s+to)\s|"
                          r"[’']ll\s", re.IGNORECASE)


def _came_from_its_event(doc: Doc, m: PlaceMention) -> bool:
    """A town read as part of its event's name that a traveller comes back from: "returned to a heroic reception at
    the Jomo Kenyatta International Airport from the Paris Olympic Games" -- from Paris."""
    return m.role == "organisation" and m.kind == "city" and doc.text.endswith("from the ", 0, m.start) \
        and _EVENT_NAMED_AFTER.match(doc.text, m.end) is not None \
        and _TRAVELLED_FROM_THE.search(doc.text, max(0, m.start - 120), m.start) is not None


def _respectively(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """"the 'planes ACY. and A.O.M. left for Gisborne and Auckland respectively": one trip to each place, not a trip
    through them in turn -- the first is kept, the others noted for parallel_origins (as places the leg went to)."""
    drop: set[int] = set()
    for k, a in enumerate(facts):
        if a.kind not in ("arrive", "goal") or a.cue == "list" or k in drop:
            continue
        n = k + 1
        while n < len(facts) and facts[n].kind == a.kind and facts[n].cue == "list" \
                and facts[n].traveller == a.traveller:
            n += 1
        if n > k + 1 and _RESPECTIVELY.match(doc.text, facts[n - 1].end):
            drop.update(_keep_first(doc, PARALLEL_TO, facts, k, n))
    return [a for k, a in enumerate(facts) if k not in drop]


def _keep_first(doc: Doc, memo: str, facts: list[Fact], k: int, n: int) -> range:
    """Facts k..n-1 are one list of places each gone from (or to) on its own: note the others beside the first under
    ``memo`` for parallel_origins, and give back the ones to drop (all but the first)."""
    others = range(k + 1, n)
    doc.memo.setdefault(memo, []).append((facts[k].place, facts[k].traveller, [facts[j].place for j in others]))
    return others


def _from_a_list(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """"migrants from Venezuela and Colombia", "came from Guinea, Ivory Coast and Sudan": one trip does not begin in
    several places at once, so a "from" over a list of places says where people are from, and is no departure -- unless
    the list goes on in turn ("a tour ... which started last week from Aqaba and then Ma’an"): the places after "then"
    are reached, as are those of a craft's list that runs on to a "to" ("a Balearia ferry taking holidaymakers from
    Majorca and Ibiza to Denia") -- or a verb of leaving or arriving says the trip did leave from each ("They left from
    Valencia, Guárico ... and Maracaibo"), as "left" over a list does ("left Dehu and Alandi"): the first is kept, the
    others noted for parallel_origins."""
    drop: set[int] = set()
    for k, a in enumerate(facts):
        if a.kind == "depart" and a.cue in _LEFT_CUES:  # "The palkhis ... left Dehu and Alandi on Monday morning"
            n = k + 1
            while n < len(facts) and facts[n].kind == "depart" and facts[n].cue == "list" \
                    and facts[n].traveller == a.traveller and _AND_ONLY.fullmatch(doc.text, facts[n - 1].end,
                                                                                    facts[n].start):
                n += 1
            if n > k + 1:
                drop.update(_keep_first(doc, PARALLEL_FROM, facts, k, n))
        elif a.kind == "depart" and a.cue.endswith("from"):
            n = k + 1
            while n < len(facts) and facts[n].kind == "depart" and facts[n].cue == "list":
                n += 1
            if n > k + 1 and (all(_THEN_NEXT.fullmatch(doc.text, facts[j - 1].end, facts[j].start)
                                  for j in range(k + 1, n)) or _vessel_on_to(doc, facts, k, n)):
                for j in range(k + 1, n):
                    facts[j].kind = "arrive"
            elif n > k + 1 and _LEFT_FROM_SEVERAL.search(doc.text, doc.sents[a.sent][0], a.start):
                # "They left from Valencia, Guárico, ... and Maracaibo", "flew aid from Travis Air Force Base ... and
                # Dover Air Force Base ... to Guam": several trips, one from each, to where the first one goes
                drop.update(_keep_first(doc, PARALLEL_FROM, facts, k, n))
            elif n > k + 1:
                drop.update(range(k, n))
    return [a for k, a in enumerate(facts) if k not in drop]


def _vessel_on_to(doc: Doc, facts: list[Fact], k: int, n: int) -> bool:
    """Whether a ship, ferry or plane's "from" list runs straight on to a "to" ("a Balearia ferry taking holidaymakers
    from Majorca and Ibiza to Denia"): one craft calls at each in turn."""
    return n < len(facts) and facts[n].kind == "arrive" and facts[n].cue == "to" \
        and _TO_ONLY.fullmatch(doc.text, facts[n - 1].end, facts[n].start) is not None \
        and _CRAFT_WORD.search(facts[k].traveller) is not None


_TO_ONLY = re.compile(r"\s+to\s+(?:the\s+)?")
_CRAFT_WORD = re.compile(r"\b(?:ship|ferry|boat|vessel|liner|steamer|plane|aircraft|flight|train|bus)\b", re.IGNORECASE)


_LEFT_CUES = frozenset({"left", "leave", "leaves", "leaving", "departed"})
_AND_ONLY = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")  # "left Dehu and Alandi", not "left X, then Y"
_RESPECTIVELY = re.compile(r",?\s+respectively\b")
EITHER_OR = "either-or"  # doc.memo: where the places of "San Diego or Long Beach" start, neither of them drawn
PARALLEL_TO = "parallel-to"  # doc.memo: (first place, traveller, the other places) of a list gone to "respectively"
PARALLEL_FROM = "parallel-from"  # doc.memo: (first place, traveller, the other places) of a "from" list that left
_LEFT_FROM_SEVERAL = re.compile(r"\b(?:left|leave|leaves|leaving|departed|departing|flew|flown|sailed|arrived|arriving|"
                                r"landed|travelled|traveled|evacuated|airlifted|ferried|transferred|relocated|"
                                r"bused|bussed)\b", re.IGNORECASE)
_THEN_NEXT = re.compile(r"\s*,?\s*(?:and\s+)?then\s+(?:to\s+|on\s+to\s+)?")


_EITHER = re.compile(r"\bor\b")


def _one_or_other(doc: Doc, i: int, facts: list[Fact], m: PlaceMention) -> None:
    """Drop the fact of the place listed before ``m`` with "or": neither place is a stop the text is sure of."""
    other = next((a for a in reversed(facts) if a.mention is not None and a.mention.end <= m.start), None)
    if other is not None:
        facts.remove(other)
        doc.dropped.append(other)
    names = f"{other.mention.surface} or {m.surface}" if other is not None and other.mention else m.surface
    doc.note_unsure(f"Not drawn: the article says {names}, not which.", *doc.quote_span(i, m.start))
    doc.memo.setdefault(EITHER_OR, set()).update({m.start, *((other.mention.start,) if other and other.mention
                                                              else ())})


def _route_the_schedule_details(doc: Doc, scheduled: dict[int, list[Fact]]) -> None:
    """"is setting off next week to walk from London to Northampton. ... Day 1 – Tuesday 15th May – London to
    Uxbridge": a route told before a schedule that sets out from its start is what the schedule details -- its
    end is where the schedule leads, not a stop before the schedule's first. So is one that sets out and goes only
    where the schedule goes ("to depart New London ... and will visit Newport this summer. ... July 30–August 2:
    Newport, R.I."): its departure is where the schedule sets out from."""
    first = min(scheduled)
    start = scheduled[first][0].place
    listed = {a.place for facts in scheduled.values() for a in facts}
    for i, facts in doc.facts.items():
        if i >= first:
            continue
        leaving = [a for a in facts if a.kind in ("depart", "begin")]
        going = [a for a in facts if a.kind in ("arrive", "final")]
        if any(a.place == start for a in leaving) or leaving and going and all(a.place in listed for a in going):
            doc.facts[i] = leaving
        elif going and not leaving and all(a.place in listed or any(doc.holds(a.place, k) for k in listed)
                                           for a in going):
            doc.facts[i] = [a for a in facts if a not in going]  # "the cruise will be sailing to Tobago and then to
            # Trinidad before moving to Saint Lucia", before "Scarborough - Tobago ...", "Vieux Fort, Saint Lucia ...":
            # the schedule's own stops, told before it


def told_legs(facts: list[Fact], told: set[tuple[str, str, str]]) -> None:
    """Add to ``told`` the (traveller, from, to) of each leg one sentence's facts state outright ("from Paris to
    London": a departure, then for the same traveller in the same clause an arrival elsewhere), and refuse the story
    (limit: legs) as soon as it tells more distinct legs than one story may have.

    Checked here, sentence by sentence, so that 50 KB of train rides is refused a quarter of the way in rather than
    after every stage has read all of it. It counts what the text tells, not the legs stage's result (a later
    sentence can split or fold a told leg), so the message says "tells"; no real story tells a tenth as many."""
    for a, b in zip(facts, facts[1:], strict=False):
        if a.kind == "depart" and b.kind in ("arrive", "final", "ret") and a.traveller == b.traveller \
                and a.clause == b.clause and a.place != b.place and not (a.implied or b.implied) \
                and not (a.past_plan or b.past_plan):
            told.add((a.traveller, a.place, b.place))
            check_limit("legs", len(told), stopped=True, verb="tells")


def run(doc: Doc) -> None:
    """Travel facts, sentence by sentence; a traveller carries over to the next sentence that names none."""
    from .actors import canonical, is_title, quoted_speaker, speaker_before, titled_person, traveller_at
    from .tense import past_after, tense_at

    text = doc.text
    traveller: str | None = None
    told: set[tuple[str, str, str]] = set()
    known: dict[int, str | None] = {}  # who travels as each sentence begins: a schedule's rows are theirs
    for i, (s, e) in enumerate(doc.sents):
        known[i] = traveller
        if doc.headline[i]:
            continue
        ms = [m for m in doc.by_sent.get(i, []) if m.role == "place" and (
            m.kind != "demonym" or TERRITORY_RE.match(doc.text, m.end))  # "crossed into Chilean waters"
            or _came_from_its_event(doc, m)]
        facts: list[Fact] = []
        prev_cue: tuple[str, bool, int] | None = None  # the mention before: (kind, negated, end), for lists
        prev_m: PlaceMention | None = None  # the last place that is not where the one before it is
        qualified_to: int | None = None  # the end of the qualifiers read after prev_m ("Lakehurst, New Jersey")
        island_read = False  # the last of them is an island ("Oyster Bay, Long Island")
        for m in ms:
            if facts and prev_m is not None and facts[-1].mention is prev_m and _site_of(doc, prev_m, m):
                facts[-1] = replace(facts[-1], place=doc.key_for(m), mention=m, end=m.end)  # "Dunedin's Port Chalmers"
                prev_m = m
                if prev_cue is not None:
                    prev_cue = (prev_cue[0], prev_cue[1], m.end)
                continue
            if _abbreviates(doc, prev_m, m):  # "the United Arab Emirates (UAE), Senegal": the list goes on after it
                if prev_cue is not None:
                    prev_cue = (prev_cue[0], prev_cue[1], m.end + 1)
                continue
            if _qualifies(doc, prev_m, m, qualified_to, island_read):  # "Sfax, Tunisia": where the place before
                qualified_to, island_read = m.end, m.kind == "island"  # is, not another
                if prev_cue is not None:  # "Sydney, N.S., Saint John, N.B., and Bar Harbor": the list goes on after it
                    prev_cue = (prev_cue[0], prev_cue[1], m.end + text.startswith(")", m.end))
                continue
            prev_m, qualified_to, island_read = m, None, False
            before = prev_cue
            found = cue_for(doc, i, m, prev_cue)
            # "In Brazil, Obama is to meet": the words after a place opening the sentence are no list of places
            fronted = found is not None and found[0] == "stay" and found[1] == doc.sents[i][0]
            prev_cue = (found[0], found[3], m.end) if found and not fronted else None
            if found is None or found[3]:
                continue  # no cue, or a negated one ("No prime minister has visited", "rather than through")
            if found[2] == "list" and before is not None and _EITHER.search(text, before[2], m.start):
                _one_or_other(doc, i, facts, m)  # "left northern France or Belgium": which one is not said
                continue
            kind, cue_start, cue, _ = found
            if kind == "depart" and m.kind == "country" and cue.lower().startswith("exit") and any(
                    n.start < m.start and n.role == "place" and n.country == m.country
                    and n.kind not in ("country", "demonym", "world-region", "sea") for n in doc.mentions):
                continue  # "departed Wuwei City ... will exit China via the Khorgos port": out of the country it is
                # in, no new start
            if kind == "stay" and text.startswith("wait", cue_start) and _WAITING.search(
                    text, max(s, cue_start - 80), cue_start):
                continue  # "relatives weeping as they waited in Samarinda for news": not the traveller
            if (others := _OTHERS_WHILE.match(text, s)) and cue_start < others.end():
                continue  # "While most England fans will have flown to Moscow, Jamie Marriott and Mitchell Jones have
                # cycled": how others go, set against the traveller's way
            if _MADE_TO_FLEE.search(text, max(s, cue_start - 90), cue_start + len(cue)):
                continue  # "operations ... forcing some 620,000 Rohingyas to flee to Bangladesh": not the traveller
            during = _SAID_DURING.search(text, max(s, cue_start - 80), cue_start) if kind in ("goal", "arrive") \
                else None  # "Kombos said during a visit to Beirut": the one who spoke is the one visiting
            guest = None
            welcome = _WELCOME_CUE.match(cue) if kind == "arrive" else None
            if welcome and welcome.group("active"):  # whom the host welcomed travels: a name, else no fact
                group = _WELCOMED_GROUP.match(text, welcome.end() + cue_start, m.start)
                guest = group.group("np") if group and group.group("h") in ACTOR_NOUNS else next(
                    (canonical(doc, w.group()) for w in _NAME_WORD.finditer(text, welcome.end() + cue_start, m.start)
                     if not doc.in_mention(w.start()) and not is_title(w.group())
                     and w.group().lower() not in CALENDAR), None)  # not "received in Wellington on Wednesday"
                styled = _THE_TITLE.match(text, welcome.end() + cue_start) if guest is None else None
                if styled:  # "Essebsi received the King at the presidential airport in Tunis": the King named before
                    guest = titled_person(doc, styled.group(1).split()[-1], styled.start(1), traveller)
                if guest is None and traveller and _THE_GUEST.match(text, welcome.end() + cue_start):
                    guest = traveller  # "King George welcomed his royal visitor at Victoria Station": the traveller
                if guest is None and not _WELCOME_WE_GOT.search(text, max(s, cue_start - 30), cue_start):
                    continue  # "Ukraine welcomed the decision in Kyiv"; not "the welcome we received in Wellington"
            elif welcome and not doc.people_in(c0 := doc.clause_of(i, cue_start)[0], cue_start) \
                    and not _GUEST_PRONOUN.search(text, c0, cue_start) and not _named_by_surname(doc, c0, cue_start) \
                    and not ((g := _GUEST_GROUP.search(text, c0, cue_start)) and g.group("h") in ACTOR_NOUNS):
                continue  # "was welcomed in Kyiv" of no one the text names
            if _CARRIED_RE.match(cue) and traveller:
                guest = traveller  # "took them to": the ones the story follows, not the car
            who = guest or (kind == "stay" and _SPEECH_CUE.match(cue) and speaker_before(doc, s, cue_start)) or \
                quoted_speaker(doc, cue_start) or (
                during and speaker_before(doc, s, during.start())) or (
                cue in ("list", "via") and facts and facts[-1].traveller) or \
                traveller_at(doc, i, cue_start, traveller)  # "Albanese told reporters in Tweed Heads": Albanese
            traveller = who
            key = doc.key_for(m)
            if kind == "begin" and any(a.kind == "depart" and a.traveller == who and a.place != key
                                       for told_facts in doc.facts.values() for a in told_facts):
                kind = "arrive"  # "left Tokyo Sunday ... Abe will start his ... trip with a summit in Jakarta"
            if kind == "depart" and _ENDS_IN.match(cue) and not any(
                    a.place == key for told_facts in doc.facts.values() for a in told_facts):
                kind = "final"  # "will finish her four day visit in Bangkok", not yet there: where the trip ends
            state, back = tense_at(doc, i, m.start, m.end)
            if state == "past" and _BARE_VERB.match(cue) and _WILL_BEFORE.search(text, s, cue_start):
                state = "plan"  # "will lay a wreath to those killed in the war and visit Batumi": "visit" is no past
            if state == "none" and _WILL.search(text, m.end, e):
                state = "plan"  # "The trip, which also includes stops in Chile, will be his first": the trip's tense
            elif state == "present" and _PLANNED_STOPS_ARE.search(cue):
                state = "plan"  # "The other cities it will visit are Halifax, ...": the stops' tense, not "are"
            elif state == "none" and past_after(doc, i, m.end):
                state = "past"  # "His flight from Brussels to Australia took 18 hours": told, not to come
            if cue == "where" and _FOLLOWS.search(text, s, m.start):
                back = True  # "This follows an extremely busy day in Beijing, where Putin held talks"
            if _FOLLOWS_VISIT.search(text, max(s, m.start - 120), m.start):
                back = True  # "This visit will immediately follow His Excellency’s working visit to Windhoek": a
                kind = "arrive" if kind == "goal" else kind  # stop made before the one told so far
            if kind == "stay" and _SPEECH_CUE.match(cue) and _BEFORE_LEAVING.match(text, m.end, e):
                kind, back = "depart", True  # "told reporters in Istanbul before leaving": where the trip began
            c0 = doc.clause_of(i, m.start)[0]
            gerund = _GERUND_CLAUSE.match(text[max(s, c0 - 14):m.start])  # "... before returning to Tokyo"
            if (cue == "list" or gerund) and facts:  # "Gabon, followed by Angola": the list shares its head's tense
                head = facts[-1]
                state, back = ("past-plan" if head.past_plan else "plan" if head.planned else "present"
                               if head.present else "past"), head.back
            facts.append(Fact(kind, key, m, i, who, m.start, m.end, cue=cue, clause=doc.clause_of(i, m.start),
                              planned=state in ("plan", "past-plan"), back=back,
                              implied="attend" if cue == "attend" else "", past_plan=state == "past-plan",
                              present=state in ("present", "none")))
            doc.roles[m.start] = ("journey", f"{who}: travel mentioned here, but the article gives no route "
                                             "to draw through it.")
        listed = _respectively(doc, _from_a_list(doc, facts))
        kept = _where_people_are_from(doc, listed)
        if listed and (not kept or listed[-1] is not kept[-1]):  # "John Chalmers from Hertfordshire": no traveller
            traveller = kept[-1].traveller if kept else known[i]  # to carry on with
        facts = kept
        told_legs(facts, told)
        facts += story_arrivals(doc, i, facts)
        for a in [*here_facts(doc, i, traveller_at, traveller),  # "arrived here": at the dateline's place
                  *there_facts(doc, i, traveller_at, traveller),  # "landed there": the place before
                  *left_there_facts(doc, i, traveller_at, traveller),  # "left there": the place before
                  *where_facts(doc, i, facts, traveller_at, traveller),  # "to Wardha, where they reached"
                  *bare_facts(doc, i, facts, traveller_at, traveller)]:  # "was happy to have finally arrived."
            traveller = a.traveller
            facts.append(a)
        facts += whence_facts(doc, i, facts)  # "at Dover, whence they entrained for London"
        homes = _HOME_RE.finditer(text, s, e) if doc.may_have(_HOME_WORD, s, e) else ()
        for hm in homes:  # "headed home": where is decided with the journey
            h0 = doc.clause_of(i, hm.start())[0]
            if _MAY_GO_HOME.search(text, max(s, hm.start() - 50), hm.start()) or WISH_RE.search(text, h0, hm.start()):
                continue  # "any of the 25,000 boat people ... can return home voluntarily", "hopes ... will persuade
                # other boat people to return home": what may be, not a trip
            if _SLOGAN.search(text, max(s, hm.start() - 30), hm.start()) and hm.group()[:3].lower() in ("go ", "com"):
                continue  # chanted "gringo go home": a slogan that tells someone else to go
            if _TAKE.match(hm.group()) and _TAKEN_HOME_WHAT.match(text, hm.end()):
                continue  # "the people we have walked through have taken home a point or two": a lesson, not a trip
            who = traveller_at(doc, i, hm.start(), traveller)
            traveller = who
            state, back = tense_at(doc, i, hm.end())
            facts.append(Fact("home", None, None, i, who, hm.start(), hm.end(), cue="home",
                              clause=doc.clause_of(i, hm.start()), planned=state in ("plan", "past-plan"),
                              back=back, past_plan=state == "past-plan"))
        facts += _home_after_return_from(doc, i, facts)
        for a in facts:
            if a.kind in ("arrive", "final") and not a.implied and a.mention and not a.planned and a.place:
                doc.story_places.append((a.place, a.mention))  # where the story is: for "flew in from X" (not
                # where someone is heading back to, nor will go)
        doc.facts[i] = facts
    dateline_arrivals(doc)
    scheduled = schedule_facts(doc, traveller, known)
    if scheduled:
        _route_the_schedule_details(doc, scheduled)
    for i, facts in scheduled.items():  # an itinerary set out line by line
        told = {a.start for a in doc.facts.get(i, [])}
        doc.facts.setdefault(i, []).extend(a for a in facts if a.start not in told)
