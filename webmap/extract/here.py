"""Arrivals told by a word that points at a place. Wire copy's "here": "BUENOS AIRES, Nov. 29 (Xinhua) -- Chinese
President Xi Jinping arrived here Thursday night" (the dateline at the head of the story names the place the reporter
files from; an arrival "here" is an arrival there); "there", the place the sentence before went to; "where", the place
just before the comma ("to Wardha, where they reached on January 30")."""

from __future__ import annotations

import re
from dataclasses import replace

from gazetteer.geoparse import PlaceMention

from .document import YEAR_RE, Doc, Fact
from .modes import mode_in

# a dateline: a line that opens with a place in capitals, then a comma, a bracket, a dash or a colon ("LONDON, JUNE
# 3 -", "NEW ORLEANS (CNN) --", "PEKING — ", "JAKARTA: "), or a titled place and a date ("Berlin, May 4, (dpa/GNA) -",
# "Tokyo, Oct. 27 (Jiji Press)--")
_DATELINE = re.compile(r"(?m)^[ \t]*(?:(?P<place>[A-Z][A-Z .’'-]{1,40}?)[ \t]*(?:,|\(|--|-(?![A-Z])|–|—|:)|"
                       r"(?P<titled>[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[ -][A-Z][a-z]+(?:[A-Z][a-z]+)?){0,2}),[ \t]+"
                       r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}"
                       r"(?:,?[ \t]*\((?:[A-Z]{2,}|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?|[A-Za-z]{2,10}/[A-Za-z]{2,10})\)|"
                       r",[ \t]+\d{4}[ \t]*$|\.?[ \t]*-?(?:—|–|--))|"
                       r"(?P<lead>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:[ \t]?:|[ \t]+(?:—|–|--))[ \t]+(?=[A-Z])|"
                       r"(?P<dayfirst>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
                       r"(?:,[ \t]+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}){0,2}"
                       r",[ \t]+\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?"
                       r"(?:[ \t]+\d{4})?[ \t]*(?::|\(|--|–|—))|"
                       r"\A[ \t]*(?P<alone>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})[ \t]*$")
# "Leh, Jul 12 (PTI)", "Kochi, May 10, 2020" on a line of its own too, "Ponta DelGada, May 27.—The Atlantic",
# "Berlin: President Emmanuel Macron arrived", "Luanda — Foreign Minister Manuel Augusto will start", "Kathmandu, 23
# Apr: Emir of Qatar ... arrived", "Gondia, Maharashtra, India, 10 January 2014 (PTI) –", and a place alone on the
# story's first line ("Bhubaneswar")
_HEAD_CHARS = 1500  # a dateline is at the top of the story
# ...or run into the line before it, as cabled news was printed: "(N.Z. Press Association—Copyright) (Rec. 11.30
# p.m.) ROME, December 2. The leaders ...", "(P.A.) WELLINGTON, October 28.", "Dominion Special Service. Dunedin,
# November 26." -- a town and a date
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_RUN_IN = re.compile(rf"(?<=[.)])[ \t]{{1,2}}(?P<place>[A-Z]{{3,}}(?:[ .’'-]+[A-Z]{{2,}}){{0,3}}|"
                     r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),"
                     rf"[ \t]*{_MONTH}[ \t]+\d{{1,2}}\b")
_HERE = re.compile(r"\b(?:arrived|arrives|arrive|arriving|arrival|landed|lands|land|landing|touched\s+down|came|comes|"
                   r"flew\s+in|flown\s+in|(?:is|are|was|were)\s+due|"
                   # "flew here from Sibu", "’s journey here from Sibu ... took over 15 hours"
                   r"flew|flown|drove|driven|sailed|travell?ed|journeyed|journey|trip)\s+(?:[a-z]+\s+){0,3}?here\b|"
                   # "as she stepped from the Government jet here yesterday afternoon"
                   r"\b(?:stepped|stepping|steps|step)\s+(?:off|from|out\s+of|down\s+from)\s+(?:the|a|an|his|her|"
                   r"their|its)\s+(?:[\w-]+\s+){0,2}?(?:plane|jet|aircraft|airliner|train|ship|boat|helicopter)\s+"
                   r"here\b")


def dateline_place(doc: Doc) -> PlaceMention | None:
    """The place a dateline names, when the geoparser read it as a place; None without a dateline. Found once per
    set of mentions (the travel and legs stages ask)."""
    known = doc.memo.get(("dateline-place",))
    if known is not None and known[0] is doc.mentions:
        return known[1]  # type: ignore[return-value]
    found = None
    for d in _DATELINE.finditer(doc.text, 0, min(len(doc.text), _HEAD_CHARS)):
        group = next(g for g in ("place", "titled", "lead", "dayfirst", "alone") if d.group(g))
        found = next((m for m in doc.by_sent.get(doc.sent_of(d.start(group)), [])
                      if m.start == d.start(group) and m.end <= d.end(group) + 1 and m.kind != "demonym"), None)
        if found is not None:
            break
    for d in _RUN_IN.finditer(doc.text, 0, min(len(doc.text), _HEAD_CHARS)) if found is None else ():
        found = next((m for m in doc.by_sent.get(doc.sent_of(d.start("place")), [])
                      if m.start == d.start("place") and m.end == d.end("place") and m.kind != "demonym"), None)
        if found is not None:
            break
    doc.memo[("dateline-place",)] = (doc.mentions, found)
    return found


def here_facts(doc: Doc, i: int, traveller_at, traveller: str | None) -> list[Fact]:
    """Arrivals "here" in sentence i, at the dateline's place (``traveller_at`` says who travels)."""
    s, e = doc.sents[i]
    found = list(_HERE.finditer(doc.text, s, e)) if doc.text.find("here", s, e) >= 0 else []  # every match has it
    if not found:
        return []
    m = dateline_place(doc)
    if m is None:
        return []
    return _facts_at(doc, i, m, found, "here", traveller_at, traveller)


def _facts_at(doc: Doc, i: int, m: PlaceMention, cues: list[re.Match], cue: str, traveller_at,
              traveller: str | None, kind: str = "arrive") -> list[Fact]:
    """An arrival (or a departure: ``kind``) at ``m`` for each cue of sentence i that names no place of its own
    ("arrived here", "landed there", "left there"), with who travels and the tense at the cue."""
    from .tense import tense_at

    out = []
    for h in cues:
        who = traveller_at(doc, i, h.start(), traveller)
        state, back = tense_at(doc, i, h.start(), h.end())
        out.append(Fact(kind, doc.key_for(m), m, i, who, h.start(), h.end(), cue=cue,
                        clause=doc.clause_of(i, h.start()), planned=state in ("plan", "past-plan"), back=back,
                        past_plan=state == "past-plan"))
    return out


# "After 30 hours of air travel ..., our group ... was happy to have finally arrived" (KATHMANDU, NEPAL --): an
# arrival that names no place, told in a story filed from a town, is there
_BARE = re.compile(r"\b(?:arrived|landed|touched\s+down)(?:\s+safely)?(?=\s*[.;]|\s+(?:today|yesterday|tonight|"
                   r"this\s+(?:morning|afternoon|evening)|last\s+night|on\s+[A-Z][a-z]+day|[A-Z][a-z]+day)\s*[.;])")


def bare_facts(doc: Doc, i: int, facts: list[Fact], traveller_at, traveller: str | None) -> list[Fact]:
    """Arrivals in sentence i that name no place and end their sentence ("was happy to have finally arrived."), at
    the dateline's town, when the sentence tells no arrival of its own and the dateline names a town."""
    s, e = doc.sents[i]
    if any(a.kind in ("arrive", "ret", "home") for a in facts) or not any(
            doc.text.find(w, s, e) >= 0 for w in ("arrived", "landed", "touched")):  # in every _BARE match
        return []
    found = list(_BARE.finditer(doc.text, s, e))
    if not found:
        return []
    m = dateline_place(doc)
    if m is None or m.kind != "city" or doc.sent_of(m.start) >= i:
        return []
    return _facts_at(doc, i, m, found, "here", traveller_at, traveller)


# "He landed there at around 4 p.m.": an arrival at the place the sentence before went to
_THERE = re.compile(r"\b(?:arrived|arrives|landed|lands|touched\s+down|docked)\s+there\b")
_THERE_KINDS = frozenset({"city", "airport", "landmark", "island"})


def there_facts(doc: Doc, i: int, traveller_at, traveller: str | None) -> list[Fact]:
    """Arrivals "there" in sentence i ("The pope left the Vatican Sunday morning and headed to Quito, Ecuador. He
    landed there at around 4 p.m."): at the last town, airport or site the sentence before names (not a country or
    region, which "there" less often means), when it names one."""
    s, e = doc.sents[i]
    if i == 0 or doc.text.find(" there", s, e) < 0:
        return []
    found = list(_THERE.finditer(doc.text, s, e))
    if not found:
        return []
    before = [m for m in doc.by_sent.get(i - 1, []) if m.role == "place" and m.kind in _THERE_KINDS
              and m.lat is not None]
    if not before:
        return []
    # (not "flew to Lima and landed there": the place the sentence names itself is told already)
    found = [h for h in found if not any(p.role == "place" and p.start < h.start() for p in doc.by_sent.get(i, []))]
    return _facts_at(doc, i, before[-1], found, "there", traveller_at, traveller)


# "he was from Dumbarton, Scotland; and that he left there on 21st of September": a departure from the place before
_LEFT_THERE = re.compile(r"\b(?:left|leaves|leaving|departed(?:\s+from)?|sailed\s+from|set\s+(?:out|off|sail)\s+from)"
                         r"\s+there\b")


def left_there_facts(doc: Doc, i: int, traveller_at, traveller: str | None) -> list[Fact]:
    """Departures "there" in sentence i: from the last town, airport, site, island or region named before the cue
    (the town, not the region after its comma), in the sentence or the sentence before."""
    s, e = doc.sents[i]
    if doc.text.find(" there", s, e) < 0:
        return []
    out = []
    for h in _LEFT_THERE.finditer(doc.text, s, e):
        before = [m for k in (i - 1, i) for m in doc.by_sent.get(k, []) if m.end <= h.start() and m.role == "place"
                  and (m.kind in _THERE_KINDS or m.kind == "region") and m.lat is not None]
        if len(before) > 1 and before[-1].kind == "region" and doc.text[before[-2].end:before[-1].start] == ", ":
            before.pop()  # "from Dumbarton, Scotland; and that he left there": the town, which the region qualifies
        if before:
            out += _facts_at(doc, i, before[-1], [h], "left there", traveller_at, traveller, kind="depart")
    return out


# "to Wardha, where they reached on January 30": an arrival at the place just before the comma
_WHERE = re.compile(r"(?<=,\s)where\s+(?:he|she|they|it|we|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:(?:finally|eventually|"
                    r"safely|later|first)\s+)?(?P<verb>arrived|reached|landed|docked|touched\s+down)\b")


_DESCRIBED_AS_IN = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|port|village|capital|resort)\s+"
                              r"(?:in|of)\s+(?:the\s+)?")


def where_facts(doc: Doc, i: int, facts: list[Fact], traveller_at, traveller: str | None) -> list[Fact]:
    """Arrivals told by a clause after the place ("walked ... to Wardha, where they reached on January 30"), at that
    place, when no fact of sentence i is at it already ("flew to Nairobi, where he arrived on Monday" is told)."""
    s, e = doc.sents[i]
    if doc.text.find(" where ", s, e) < 0:
        return []
    out = []
    for h in _WHERE.finditer(doc.text, s, e):
        m = next((p for p in doc.by_sent.get(i, []) if p.role == "place" and p.kind != "demonym"
                  and doc.text[p.end:h.start()] == ", "), None)
        if m is not None:  # "In Simferopol, an important town in Ukraine, where he landed": the town, not Ukraine
            named = m
            m = next((p for p in doc.by_sent.get(i, []) if p.end < named.start and p.role == "place"
                      and _DESCRIBED_AS_IN.fullmatch(doc.text, p.end, named.start)), named)
        if m is None or any(a.place == doc.key_for(m) for a in facts):
            continue
        for a in _facts_at(doc, i, m, [h], "where", traveller_at, traveller):
            a.start, a.end = h.span("verb")  # in the clause after the comma: the dates told there are its own
            out.append(a)
    return out


# "at Dover, whence they entrained for London", "to the coast, from where he was airlifted to": where the travel told
# after the comma starts (not "from which standpoint they had a good view")
_WHENCE = re.compile(r"\s*,\s*(?:whence|from\s+where|from\s+which(?=\s+(?:they|he|she|it|we|the|a|an)\b))\s+",
                     re.IGNORECASE)


def whence_facts(doc: Doc, i: int, facts: list[Fact]) -> list[Fact]:
    """Departures told by a clause after the place ("Prince George met Princess Marina at Dover, whence they entrained
    for London"): the place is where the next journey of sentence i after the comma starts, when none starts there."""
    s, e = doc.sents[i]
    if all(doc.text.find(w, s, e) < 0 for w in ("whence", "from where", "from which")):
        return []
    out = []
    for m in doc.by_sent.get(i, []):
        w = _WHENCE.match(doc.text, m.end) if m.role == "place" and m.kind != "demonym" else None
        if w is None:
            continue
        key = doc.key_for(m)
        nxt = next((a for a in facts if a.start >= w.end() and a.kind in ("arrive", "goal", "ret") and a.place
                    and a.place != key), None)
        if nxt is None or any(a.place == key and a.kind == "depart" for a in facts):
            continue
        out.append(replace(nxt, kind="depart", place=key, mention=m, start=m.start, end=m.end, cue="whence",
                           implied=""))
    return out


def dateline_arrivals(doc: Doc) -> None:
    """"Berlin: President Emmanuel Macron arrived in Germany on Sunday", "NAIROBI, Kenya (AP) -- Obama arrived in
    Kenya": an arrival at the country the dateline's city is in, told in the dateline's sentence, is there -- unless
    the next sentences say where in it ("Air Force One landed at London's Stansted Airport")."""
    m = dateline_place(doc)
    if m is None or m.kind == "country" or not m.country:
        return
    i = doc.sent_of(m.start)
    # ...or in the next sentence of the lead ("PORT-AU-PRINCE, Haiti (AP) _ ... Aristide faces a daunting task. The
    # diminutive priest-turned-president took his first step Saturday, returning to Haiti"), unless over land: a train
    # or a car reaches a country at its border, not at the capital the wire files from
    lead = doc.facts.get(i + 1, []) if m.kind == "city" and i + 1 < len(doc.sents) and not any(
        b.mention and b.mention.country == m.country for b in doc.facts.get(i, [])) else []
    if lead and mode_in(doc, doc.sents[i + 1]) in _OVERLAND:
        lead = []
    for a in [*doc.facts.get(i, []), *lead]:
        if a.kind not in ("arrive", "ret") or a.mention is None or a.mention.kind != "country" \
                or a.mention.country != m.country \
                or a.planned \
                or _years_ago(doc, a.sent):  # "BRASILIA - ... Biden will travel to Peru and Brazil": the reporter
            continue  # is there, not he; "New Delhi: ... his family moved from Peshawar to India after Partition in
            # 1947": then, not where the reporter files from today
        told = [b for k in (a.sent, a.sent + 1, a.sent + 2) for b in doc.facts.get(k, []) if b is not a]
        if not any(b.kind in ("arrive", "stop") and b.mention is not None and b.mention.kind != "country"
                   and b.mention.country == m.country and _ARRIVED.search(b.cue) and _same_day(a, b)
                   for b in told):
            a.place, a.implied = doc.key_for(m), "dateline"


def _years_ago(doc: Doc, i: int) -> bool:
    """Whether sentence i names a year two or more before publication (read from the words: the travel stage that
    asks comes before the dates stage)."""
    s, e = doc.sents[i]
    return doc.pub is not None and any(int(y.group()) <= doc.pub.year - 2 for y in YEAR_RE.finditer(doc.text, s, e))


_OVERLAND = frozenset("train car bus motorcade convoy foot bicycle".split())
_ARRIVED = re.compile(r"\b(?:land|arriv|touch|reach|dock)", re.IGNORECASE)


def _same_day(a: Fact, b: Fact) -> bool:
    """Whether b may tell a's arrival again: no day of its own, or a's ("on Monday to Dresden" after "arrived in
    Germany on Sunday" is a later leg)."""
    if b.date is None or a.date is None:
        return True
    return (b.date.kind, b.date.value, b.date.weekday) == (a.date.kind, a.date.value, a.date.weekday)
