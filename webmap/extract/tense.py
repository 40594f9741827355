"""Stage: tense and story time. Whether travel is past, still to come (planned), a plan told in the past, or
told out of order ("had flown from", "earlier"); what negates or calls travel off; and the travel order of the
facts within one sentence (a clause that looks back goes before the arrival it explains)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from .document import ARRIVALS, KIND_RANK, MONTHS, Doc, Fact

# tense: what the nearest verb before a cue says about when the travel is
_PLAN_WORDS = frozenset("""will ’ll 'll shall due expected scheduled slated planning plans plan planned intends
intend intended poised would supposed awaiting""".split())  # "are in Chuuk, awaiting air transportation back to"


# a sentence whose subject is a schedule tells a plan, whatever its verb: "The schedule for Pope Francis on Sunday
# sees him fly to Nagasaki"
_SCHEDULE_SAYS = re.compile(r"\s*(?:The|His|Her|Their|Its)\s+(?:[\w’'-]+\s+)?(?:schedule|itinerary|programme|program|"
                            r"agenda)\b", re.IGNORECASE)
# a plan said with a noun: "the intention is for", "the idea is to"
_INTENT = frozenset("intention idea plan".split())


_SERVICES = frozenset("""flight flights service services train trains bus buses ferry ferries departure
departures arrival arrivals stop stops""".split())  # "At his first scheduled stop, Soissons, a cheer went up"


_PAST_IRREGULAR = frozenset("""left flew flown drove driven went gone came took taken made began begun rode was
were had did got reached spent sent brought fled met held saw""".split())


# what was hoped in the past of what "would" come: "expected that they would arrive" (not "said he would first
# visit Beijing": a plan reported, which stands)
_EXPECTED = frozenset("expected hoped planned intended anticipated".split())


# the only words _reading can say something of, besides those ending in "ed": no other word is asked
_TENSE_WORDS = _PLAN_WORDS | _PAST_IRREGULAR | {"is", "are", "am", "was", "were", "set"}
# what "set to" is followed by in a plan told with no auxiliary: "with the culmination set to take place on June 29"
_SET_TO = frozenset("take begin start end arrive reach visit travel leave return depart fly open conclude".split())


# what follows "due to" when it gives a cause, not a plan ("due to the lockdown", "due to bad weather")
_CAUSE_AFTER_DUE = frozenset("the a an his her their its this that these those bad heavy poor lack".split())
_PLAN_AFTER = re.compile(r"[^,.;:]{0,40}?\b(?:scheduled|planned|slated|due(?!\s+to\s+(?:"
                         + "|".join(sorted(_CAUSE_AFTER_DUE))
                         + r"|[a-z]+(?:ing|ion|ions|ness|ity)|(?-i:[A-Z0-9]))\b)|expected)\s+(?:for|on|in|to)\b",
                         re.IGNORECASE)  # not "due to the lockdown": a cause


# "hopes to row the Pacific": a wish is not a plan
# a wish or a guess is not travel: "hopes to row the Pacific", "with the hope of reaching Malaysia", "is likely
# to visit Jaffna", "would probably walk to Lukla"
WISH_RE = re.compile(r"\b(?!(?:wish(?:es|ed)?|would\s+like|wants?)\s+to\s+(?:inform|announce|advise|notify|confirm|"
                     r"remind|thank|express|state)\b)"  # "The Ministry ... wishes to inform that ... will pay a visit"
                     r"(?:hopes?|hoping|hoped|dreams?|dreaming|dreamed|wants?|wanted|wishes|wished|would\s+like|"
                      r"aims?|aiming|aspires?|longs?(?=\s+(?:to|for)\b)|prefer(?:s|red|ring)?(?=\s+to\b)|"
                      r"(?:un)?likely|might|(?-i:may)|could|perhaps|"
                      r"possibly|probably)\s+"
                      r"(?:also\s+|well\s+|even\s+)?(?:to\b|\w+)|\b(?:the|in\s+the|with\s+the)\s+hopes?\s+of\b|"
                      r"\b(?:speculat\w+|rumou?r\w*|consider\w*|mull\w*)\b|\b(?:bids?|attempts?)\s+to\b|"
                      # "was captured as he tried to cross from Nigeria into Cameroon": a crossing tried, not made
                      # (not a record tried: "a crew attempting to row across the Atlantic ... neared Barbados")
                      # (or the travel verb the cue opens with, right after "tried to")
                      r"\b(?:attempt(?:ed|ing)|tried|trying)\s+to\s+(?:(?:cross|reach|enter|get|flee|escape|sneak|"
                      r"slip|board|land)\b|$)|"
                      r"\b(?:probably|possibly|perhaps|(?:un)?likely)\s+$|"  # "will probably arrive in": the cue next
                      r"\b(?:probable|possible)\s+that\b|"  # "it is probable that the vessel will visit Melbourne"
                      # "Some of them are thinking that they're heading to Australia", "told they could get to
                      # Australia": what the travellers believe or were told, not where they go
                      r"\b(?:think|thinks|thinking|thought|believe|believes|believing|believed|suggests?|"
                      r"suggested|suggesting)\s+(?:that\s+)?"  # "That route suggests they’re heading for the crossing"
                      r"(?:they|he|she|we)\b|\btold\s+(?:\w+\s+)?(?:that\s+)?(?:they|he|she)\s+(?:could|would)\b|"
                      r"\b(?:if|unless|whether)\b|"  # "feared that if the team left Gotemba for Tokyo by bus"
                      r"\b(?:you|one)\s+can\b",  # "Today you can leave my village to Banjul and back the same day"
                      re.IGNORECASE)


_EARLIER_RE = re.compile(r"\b(?:earlier|previously|before\s+that|beforehand|at\s+the\s+(?:very\s+)?(?:opening|start|"
                         r"beginning|outset)\s+of\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:tour|trip|visit|"
                         r"journey|voyage))\b", re.IGNORECASE)  # "at the very opening of the tour when he touched down"

# a sentence that opens on the departure before what the text told last: "Before departing from the Vatican, the
# Holy Father took a moment to greet ..." (after "He landed at Napoleon Bonaparte Airport in Ajaccio")
_BEFORE_LEAVING = re.compile(r"\s*[“\"]?Before\s+(?:departing|leaving|setting\s+off|flying\s+out)\s+(?:from\s+|of\s+)?"
                             r"(?!for\b)")
_BEFORE_PLACE = re.compile(r"\s*[“\"]?Before\s+(?:(?:arriving|landing|calling)\s+(?:in|at)\s+)?(?P<p>[A-Z][\w.’'-]*)"
                           r"(?:\s+[A-Z][\w.’'-]*){0,3}\s*,")
_EARLIER_WORD = re.compile(r"earlier|previous|before|opening|start|beginning|outset")  # in every _EARLIER_RE match


# the perfect of a trip still going on: "has already visited Venezuela, Cuba and France", "has so far taken him to"
_ALREADY = re.compile(r"\b(?:has|have)\s+(?:already|so\s+far)\s+(?:visited|taken\s+(?:him|her|them)\s+to|been\s+to|"
                      r"travell?ed\s+to|toured|stopped\s+(?:in|at)|flown\s+to)\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z’'-]*")


_NOT_PAST = frozenset("hundred indeed united speed need seed feed breed proceed succeed exceed".split())


_BACK_BREAK = re.compile(r"\b(?:after|having|following)\b", re.IGNORECASE)


_THEN_OPENS = re.compile(r"[\s,]*(?:and\s+)?then\b", re.IGNORECASE)
_ONWAY_RE = re.compile(r"\b(?:on\s+(?:the|his|her|their|its)\s+way|en\s*route|along\s+the\s+way|on\s+route)\b",
                       re.IGNORECASE)


# a word in every WISH_RE match (Doc.clause_has)
WISH_WORD = re.compile(r"hop|dream|want|wish|would|\baim|aspir|\blong|prefer|likely|might|\bmay|could|perhaps|"
                       r"possib|probab|speculat|rumo|consider|mull|\bbid|attempt|\btr(?:ied|ying)\b|think|thought|"
                       r"believ|suggest|\btold|\bif\b|\bunless|\bwhether|\bcan\b")


NEGATED = re.compile(r"\b(?:no|not|(?<!\bas\s)never(?!\s+before\s*,)|n[o’']t|neither|nor|without|instead\s+of|"
                     r"rather\s+than|avoid\w*|"  # not "following him as never before, ... flies out of"
                     r"(?:[a-z]{2,}er|more|less)\s+than(?=\s*$|\s+[a-z]+ing\b|\s+(?:the|a|an|that|those)\s*$|"
                     r"\s+(?:that|those)\s+(?:from|of)\s)|"  # "faster than traveling to Edinburgh", "closer
                     # than the crossing from Tijuana into California", "better than that from Adelaide, via"
                      r"bypass\w*|skipp\w+|cancel\w*|called\s+off|denied|deny|denies|unable|fail(?:ed|s|ing)?\s+to|"
                      r"unwilling\s+to|turned\s+away|"  # "Unwilling to return to Vietnam out of fear"
                      r"rarely|seldom|"  # "The relic very rarely leaves the Church of the Gesù in Rome": what is usual
                      r"refus(?:e|ed|es|ing)\s+(?:to|permission|entry|leave|access)|"  # "refused permission"
                      r"prevent(?:ed|s|ing)?\s+(?:[\w’'-]+\s+){0,4}?from)\b|"  # "prevented the plane from landing"
                      r"n[’']t\b", re.IGNORECASE)


# travel that did not happen, wherever the clause says so: "Flights from London to New York were cancelled"
CALLED_OFF = re.compile(r"\b(?:cancel(?:l?ed|s|ling)?|called\s+off|postponed|scrapped|suspended|"
                        r"grounded(?!\s+(?:on|near|off|in|at)\b)|"  # not a boat "grounded on a sandbar in Islamorada"
                        r"shelved|put\s+off|turned\s+back|refused\s+entry|denied\s+entry|"
                        r"(?:stopped|halted|ended|discontinued|axed|dropped)\s+(?:[\w-]+\s+){0,2}?(?:flights|services|"
                        r"sailings|routes?))\b", re.IGNORECASE)  # "stopped regular flights to Rio"
# a word in every CALLED_OFF match (Doc.clause_has)
CALLED_OFF_WORD = re.compile(r"cancel|called|postponed|scrapped|suspended|grounded|shelved|\bput\b|turned|refused|"
                             r"denied|stopped|halted|ended|discontinued|axed|dropped")


def tense_at(doc: Doc, i: int, pos: int, end: int | None = None) -> tuple[str, bool]:
    """('plan' | 'past-plan' | 'past' | 'present' | 'none', backstory) from the nearest verb before ``pos``
    in its sentence: "will travel to", "is due in", "will be flown to", "a flight to X scheduled for Friday"
    are plans; "was due to call at" is a plan the article may say was overtaken; "had flown from",
    "earlier" tell what came before."""
    c0, c1 = doc.clause_of(i, pos)
    back = doc.clause_has(_EARLIER_RE, c0, c1, _EARLIER_WORD)
    if end is not None and _PLAN_AFTER.match(doc.text, end, c1):
        return "plan", back
    words, k = _nearest_verb(doc, i, pos)
    tense, back = ("none", back) if k < 0 else _reading(words, k, back)
    if tense == "none" and _SCHEDULE_SAYS.match(doc.text, *doc.sents[i]):
        tense = "plan"  # "The schedule for Pope Francis on Sunday sees him fly to Nagasaki"
    if tense in ("past", "present") and not back and _ALREADY.search(doc.text, max(c0, pos - 60), pos):
        back = True  # "a tour which has already taken him to South Korea and Japan": before where it is now
    if tense in ("past", "none") and not back and pos - doc.sents[i][0] < 60 \
            and _BEFORE_LEAVING.match(doc.text, doc.sents[i][0]):
        back = True  # "He landed at ... Ajaccio ... Before departing from the Vatican, the Holy Father took a moment"
    if tense in ("past", "none") and not back and (before := _BEFORE_PLACE.match(doc.text, doc.sents[i][0])) \
            and doc.in_mention(before.start("p")) and pos > before.end():
        back = True  # "... entered Port Rashid in Dubai, UAE. ... Before UAE, the First Training Squadron made a port
        # call at Kuwait on 5 October"
    return tense, back


def past_after(doc: Doc, i: int, pos: int) -> bool:
    """Whether the first verb after ``pos`` in its clause is in the past: travel told as a noun with no verb before
    it ("His non-stop flight from Brussels to Australia took 18 hours") is told in its sentence's tense."""
    words = _WORD_RE.findall(doc.text, pos, doc.clause_of(i, pos)[1])
    for k in range(len(words)):
        reading = _reading(words, k, False)
        if reading:  # not a copula: "The visit to Bahrain was his first" describes; it may be still to come
            return reading[0] == "past" and words[k].lower() not in ("was", "were", "had")
    return False


# "flew from Paris to Rio de Janeiro with a stop in Dakar": a stop made on the way to where the clause goes
_WITH_A_STOP = re.compile(r"with\s+(?:a|an|one)\s+(?:[\w-]+\s+)?stop(?:-?over)?\s+(?:in|at)$")


def _rank(a: Fact) -> float:
    """Where a fact stands in its clause's travel order: a stop told as made on the way goes before the arrival."""
    return KIND_RANK[a.kind] - 0.5 if a.kind == "arrive" and _WITH_A_STOP.match(a.cue) else KIND_RANK[a.kind]


def _reading(words: list[str], k: int, back: bool) -> tuple[str, bool] | None:
    """What words[k] says of when the travel is (with up to three words before it), or None if nothing."""
    w = words[k]
    lw = w.lower()
    if lw in _PLAN_WORDS and k + 1 < len(words) and words[k + 1].lower() in _SERVICES:
        return None  # "the first non-stop scheduled flight from Australia": a kind of flight, not a plan
    if lw == "due" and k + 2 < len(words) and words[k + 1].lower() == "to" \
            and words[k + 2].lower() in _CAUSE_AFTER_DUE:
        return None  # "stranded in Delhi due to the lockdown": a cause, not a plan
    if _named_will(words, k):
        return None  # "Henry Worsley and Will Gow arrived": a name
    if lw in _PLAN_WORDS:
        aux = _aux(words, k)
        past = bool(aux & {"was", "were", "had"}) and lw not in ("will", "’ll", "'ll", "shall") \
            or lw == "would" and bool(aux & _EXPECTED)  # "expected that they would arrive in Geneva by"
        return ("past-plan" if past else "plan"), back
    if lw in ("is", "are", "am", "was", "were") and k + 1 < len(words) and words[k + 1].lower() == "to":
        return ("past-plan" if lw in ("was", "were") else "plan"), back  # "Macron is to visit Gabon"
    if lw == "set" and k + 1 < len(words) and words[k + 1].lower() == "to":
        aux = {x.lower() for x in words[max(0, k - 3):k]}
        if aux & {"is", "are", "am", "was", "were", "s"}:
            return ("past-plan" if aux & {"was", "were"} else "plan"), back  # "The pope is set to arrive in Benin"
        if k + 2 < len(words) and words[k + 2].lower() in _SET_TO \
                and not {x.lower() for x in words[max(0, k - 2):k]} & {"has", "have", "had"}:
            return "plan", back  # "with the culmination set to take place ... on June 29"
    if lw in ("is", "are", "am"):
        if k and words[k - 1].lower() in _INTENT:
            return "plan", back  # "The President's intention is for the delegation to leave for Spain"
        return "present", back
    if lw == "invited" and k + 1 < len(words) and words[k + 1].lower() == "to" \
            and _aux(words, k) & {"has", "have"}:
        return "plan", back  # "In Warsaw, Reagan has been invited to address the Polish Parliament": still to come
    if w[0].islower() and (lw in _PAST_IRREGULAR or (lw.endswith("ed") and len(lw) > 4
                                                     and lw not in _NOT_PAST)):
        aux = _aux(words, k)
        if aux & {"will", "would", "shall", "’ll", "'ll"}:
            return "plan", back  # "would be flown home", "will be taken to"
        return "past", back or bool(aux & {"had", "having", "’d", "'d"})
    return None


def _aux(words: list[str], k: int) -> set[str]:
    """The up to three words before words[k], in lower case, less the name Will ("and Will Gow arrived")."""
    return {x.lower() for j, x in enumerate(words[max(0, k - 3):k], max(0, k - 3)) if not _named_will(words, j)}


def _named_will(words: list[str], j: int) -> bool:
    """Whether words[j] is the name Will, not the verb: capitalised, before a capitalised word ("Will Gow")."""
    return words[j] == "Will" and j + 1 < len(words) and words[j + 1][:1].isupper()


def _nearest_verb(doc: Doc, i: int, pos: int) -> tuple[list[str], int]:
    """The words of sentence i before ``pos`` (as ``_WORD_RE.findall(text, s, pos)`` gives them, maybe with more
    after them) and the index of the last that says something of the tense (-1 if none). The sentence's words,
    and for each the last such word up to it, are found once: every place in a long sentence asks, and walking
    back from each was quadratic."""
    s, e = doc.sents[i]
    if pos > e:
        words = _WORD_RE.findall(doc.text, s, pos)
        return words, next((k for k in range(len(words) - 1, -1, -1) if _reading(words, k, False)), -1)
    known = doc.memo.get(("tense-words", i))
    if known is None:
        found = list(_WORD_RE.finditer(doc.text, s, e))
        texts = [m.group() for m in found]
        last, k = [], -1
        for j, w in enumerate(texts):
            lw = w.lower()
            if (lw in _TENSE_WORDS or lw.endswith("ed")) and _reading(texts, j, False):
                k = j
            last.append(k)
        known = doc.memo[("tense-words", i)] = (texts, [m.end() for m in found], [m.start() for m in found], last)
    texts, ends, starts, last = known
    n = bisect.bisect_right(ends, pos)  # the words that end before pos, and maybe one that pos cuts
    if n < len(texts) and starts[n] < pos:
        words = [*texts[:n], doc.text[starts[n]:pos]]
        if _reading(words, n, False):
            return words, n
        return words, last[n - 1] if n else -1
    return texts, last[n - 1] if n else -1  # the words after the n-th are never read


_NOW = re.compile(r"\b(?:currently|now|already)\b", re.IGNORECASE)  # a stay that says where the traveller is
_FRONTED_BEFORE = re.compile(r"\s*(?:Before|Prior\s+to)\s+[a-z]+ing\b[^,.;:]{0,120},")  # "Prior to arriving in Kenya,"


def _fronted_takes_main_tense(facts: list[Fact], before_end: int) -> None:
    """"Prior to arriving in Kenya, he visited Eritrea": a fronted "Before/Prior to ...ing" phrase (up to
    ``before_end``) has no tense of its own; its travel is as planned, or not, as the main clause's."""
    for a in facts:
        if a.start < before_end:
            main = next((b for b in facts if b.start >= before_end and b.traveller == a.traveller), None)
            if main is not None:
                a.planned, a.past_plan = main.planned, main.past_plan


def _via_before_its_arrival(seq: list[Fact]) -> list[Fact]:
    """"arrived in Brasilia from Greece, where the Games originated, via Switzerland": a via told after the
    sentence's last arrival and the start told after that arrival ("arrived in B from A ... via C") is on the way
    to it; not one told after a stop ("stopped overnight in Paris before driving through Oklahoma")."""
    last = max((j for j, a in enumerate(seq) if a.kind == "arrive"), default=None)
    if last is None or not any(a.kind == "via" for a in seq[last + 1:]) or any(
            a.kind not in ("via", "stay") for a in seq[last + 1:]) or not any(
            a.kind == "depart" and seq[last].start < a.start < min(v.start for v in seq[last + 1:] if v.kind == "via")
            for a in seq):
        return seq
    vias = [a for a in seq[last + 1:] if a.kind == "via"]
    rest = [a for a in seq[last + 1:] if a.kind != "via"]
    return seq[:last] + vias + [seq[last]] + rest


_WHERE_HAD = re.compile(r"\s*(?:where|whence)\s+(?:he|she|they|it|we)\s+had\s+(?:\w+ly\s+|already\s+)?"
                        r"[a-z]+(?:ed|en|own|ft)\b")


# a sentence that opens on the trip it ends: "Completing her 12 days' delivery flight from Southampton,"
_COMPLETING = re.compile(r"\s*(?:completing|finishing|ending|concluding)\b", re.IGNORECASE)
_BEFORE_OPENS = re.compile(r"[\s,]*(?:and\s+)?(?:before|prior\s+to)\b", re.IGNORECASE)


def order_sentence(doc: Doc, i: int, asserts: list[Fact], before_end: int = 0) -> None:
    """Travel order within a sentence, per traveller: clause by clause, departures before arrivals within a
    clause; a clause that looks back ("after a stop in Berlin", "having sailed round the Cape", "on the
    way") goes before the arrival it explains; an opening "Before ..." clause goes last, and so does an opening
    "Before travelling to X," (up to ``before_end``) before the sentence's main clause."""
    s, e = doc.sents[i]
    text = doc.text
    bounds = [(s, "")] + [(b1, text[b0:b1]) for b0, b1 in doc.clause_breaks(i)]
    starts = [b for b, _ in bounds]
    by_who: dict[str, list[Fact]] = {}
    for a in asserts:
        by_who.setdefault(a.traveller, []).append(a)
    n = 0
    for items in by_who.values():
        groups: dict[int, list[Fact]] = {}
        for a in items:
            groups.setdefault(bisect.bisect_right(starts, a.start) - 1, []).append(a)
        main: list[Fact] = []
        prior: list[Fact] = []
        tail: list[Fact] = []
        was_prior = False
        for k in sorted(groups):
            g = groups[k]
            if sum(a.kind in ("depart", "begin") for a in g) <= 1:
                g.sort(key=lambda a: (_rank(a), a.start))
            else:  # "from Paris to Rome and from Rome to Berlin": the text's own order
                g.sort(key=lambda a: a.start)
            c_start, c_end = bounds[k][0], bounds[k + 1][0] if k + 1 < len(bounds) else e
            clause = text[c_start:c_end]
            if k == 0 and len(groups) > 1 and re.match(r"\s*(?:before|prior\s+to)\b", clause, re.IGNORECASE):
                comma = text.find(",", c_start, c_end)  # "Before departing, he said he would first visit Beijing":
                comma = c_end if comma < 0 else comma  # only what the "before" phrase itself names goes last
                tail += [a for a in g if a.start < comma]
                main += [a for a in g if a.start >= comma]
            elif k > 0 and (_BACK_BREAK.search(bounds[k][1]) or _ONWAY_RE.search(clause) and not _THEN_OPENS.match(
                    bounds[k][1] + clause)  # not "and then left for Jamaica enroute to Barbados": next
                    and not _BEFORE_OPENS.match(bounds[k][1] + clause)  # nor "made stops in Kingston before
                    # passing through the Welland Canal en route to Chicago": after them
                            or re.match(r"\s*(?:after|having|following)\b", clause, re.IGNORECASE)
                            or _WHERE_HAD.match(bounds[k][1].lstrip(" ,") + clause)  # "came from Addis Ababa,
                            # where they had arrived from Khartoum": before it
                            or (was_prior and k - 1 in groups and re.fullmatch(r"\s*,?\s*and\s*", bounds[k][1]))):
                prior += g  # "... after travelling by train from Kyiv and flying from Rzeszow": both before
                was_prior = True
                continue
            else:
                main += g
            was_prior = False
        # ...but after where the traveller is now ("Pompeo, who is currently in Saudi Arabia, will return home
        # after meetings in Oman"): Saudi Arabia, Oman, home
        first_arrival = next((j for j, a in enumerate(main) if (a.kind in ARRIVALS or a.kind == "via")
                              and not (a.kind == "stay" and _NOW.search(a.cue))), len(main))
        if any(a.kind in ("depart", "begin") for a in prior):
            first_arrival = 0  # "flights carrying them from Djibouti after being evacuated from Aden": Aden first
            if 0 in groups and len(bounds) > 1 and _COMPLETING.match(text, s, bounds[1][0]):
                first_arrival = sum(a.kind in ("depart", "begin") for a in groups[0])  # "Completing
                # her 12 days' delivery flight from Southampton, the flying-boat alighted on the Auckland harbour ...,
                # having made the crossing from Sydney": where the whole trip began comes before its last stage
        seq = main[:first_arrival] + prior + main[first_arrival:] + tail
        if before_end:  # "Before travelling to Ukraine, Modi will visit Poland": Poland first
            seq = [a for a in seq if a.start >= before_end] + [a for a in seq if a.start < before_end]
        seq = _via_before_its_arrival(seq)
        for a in seq:
            a.order = n
            n += 1


# a visit ended with a last trip: "ended his four-day state visit to China Wednesday afternoon with a tour to the Great
# Wall in northern suburb of Beijing"
_ENDED = re.compile(r"(?:finish|end|conclud|complet|wrap)")
_WITH_A_TRIP = re.compile(r"\bwith\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:tour|visit|trip|excursion)\s+"
                          r"(?:to|of)\b")


def _ended_with(doc: Doc, facts: list[Fact]) -> None:
    """A visit ended "with a tour to" a place: that place is reached before the visit ends, not after it."""
    for d in [a for a in facts if a.kind == "depart" and _ENDED.match(a.cue)]:
        b = next((b for b in facts if b.traveller == d.traveller and b.kind in ("arrive", "goal") and b.start > d.end
                  and _WITH_A_TRIP.search(doc.text, d.end, b.start)), None)
        if b is not None:
            b.kind = "arrive"
            facts.remove(d)
            facts.insert(facts.index(b) + 1, d)
            _renumber(facts)


# where a tour under way began: "visits Irbid governorate today ... as part of a tour ..., which started last week from
# Aqaba and then Ma’an in the south"
_STARTED_BEFORE = re.compile(r"\b(?:which|that)\s+(?:had\s+)?(?:started|began|begun)\s+(?:last\s+(?:week|month)\s+)?"
                             r"(?:from|in|at)\s+$")


def _started_before(doc: Doc, facts: list[Fact]) -> None:
    """Where a tour told after its traveller's arrival "started" (and the places "then" after it): before it."""
    for k, d in enumerate(facts):
        if d.kind in ("depart", "begin") and _STARTED_BEFORE.search(doc.text, max(0, d.start - 60), d.start):
            run = [d, *(b for b in facts[k + 1:] if b.cue == "list" and b.traveller == d.traveller)]
            facts[:] = run + [a for a in facts if all(a is not b for b in run)]
            _renumber(facts)
            return


def _renumber(facts: list[Fact]) -> None:
    """The sentence's travel order, once its list of facts is put in a new order."""
    for n, a in enumerate(facts):
        a.order = n


# a month before a year: "in February 2016", "in early May 2019"
_MONTH_OF = r"(?:(?:early|mid-?|late)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|" \
            r"November|December)\s+)?"


# an earlier trip told as background: "last visited X in 2019", "his previous visit", "24 years ago" (not "left
# Washington last Thursday on his first tour"),
# "originally moved to Kyiv", "his recent trip to", "Previously, they flew to", "Previously the WFP transported food
# from Cameroon"
# (not "The last stop on her visit saw her board a train at Coleraine": this visit's end)
_WILL_BE_LAST = re.compile(r"\b(?:will|would|could|may|might)\s+(?:also\s+)?be\s+(?:[\w’'-]+\s+){0,4}$",
                           re.IGNORECASE)
_BACKGROUND = re.compile(r"\b(?:last(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|"
                         r"weekend|stops?|legs?|days?|engagements?|destinations?|stages?|ports?|parts?)\b)|"
                         r"previous|previously|recent|recently),?\s+(?:time\s+)?"
                         r"(?:(?<!previously\s)(?<!recently\s)(?:\w+,?\s+){0,4}?|(?:\w+\s+){0,4}?)"  # after
                         # "previously"/"recently" no comma crossed: "the car which had previously done only 300
                         # miles, travelled slowly to Darwin" is no earlier trip
                         r"(?:visit(?:ed|s)?|trips?|tours?|came|went|travell?ed|was\s+in|stopped|toured|"
                         r"returned\s+from\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:mission|visit|trip|tour))\b|"
                         r"\b(?:visited|toured|travell?ed\s+to|went\s+to|was\s+in)\b[^.;]{0,60}?\b(?:in|back\s+in)\s+"
                         rf"{_MONTH_OF}(?P<year>1[89]\d\d|20\d\d)\b|"  # "visited Senegal in February 2016"
                         r"\b(?:visited|toured|travell?ed\s+to|went\s+to|was\s+in|attended)\b[^.;]{0,60}?\bin\s+"
                         r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\b(?!\s+\d)|"  # "Peters visited Tonga ... in February", in a July story
                         r"\b(?:in\s+(?:early\s+|mid-?|late\s+)?(?P<month2>January|February|March|April|May|June|July|"
                         r"August|September|October|November|December)|last\s+month|earlier\s+this\s+year)\b(?!\s+\d)"
                         r"[^.;]{0,60}?\b(?:visited|toured|travell?ed\s+to|went\s+to|was\s+in|attended|"
                         r"participated\s+in|(?:visit|trip)\s+to)\b|"  # "In July while on an official visit to
                         # Washington", in November; "Kemp in January participated in the elite Davos conference"
                         r"\b(?:frequent|numerous|countless)\s+(?:[\w-]+\s+)?(?:flights|trips|"
                         r"visits|voyages|journeys)\b|"  # "the frequent flights he made to London": habit, not a trip
                         r"\b(?:normally|usually|typically|regularly|routinely)\s+(?:\w+\s+){0,2}?(?:sails?|flies|fly|"
                         r"runs?|operates?|travels?|goes|go|plies|ply|carries|calls)\b|"  # "It normally sails from"
                         r"\b(?:\d+|a\s+few|several|many|two|three|four|five|six|seven|eight|nine|ten)\s+"
                         r"(?:years|decades)\s+(?:ago|earlier|before)\b|"
                         r"\bhad\s+(?:spent|lived|worked|served)\s+(?:many|several|some|\d+|two|three|four|five|six|"
                         r"seven|eight|nine|ten)\s+(?:years|decades)\s+(?:in|at)\b|"  # "had spent many years in Buenos
                         # Aires as Commercial Counsellor": where a member once lived
                         r"\b(?:during|on)\s+(?:a|an|his|her|their|its)\s+(?:\w+\s+){0,2}?(?:previous|earlier|last)\s+"
                         r"(?:visit|trip|tour)\b|\boriginally\s+(?:moved|came|went|travell?ed|arrived|settled|fled|"
                         r"relocated)\b|\bpreviously,?\s+(?:\w+\s+){0,3}?(?:flew|flown|sailed|drove|headed|journeyed|transported|"
                         r"shipped|trucked|sent|brought|carried|took|went|came|travell?ed|cycled|walked|rowed|rode|ran|"
                         # "who have previously cycled the length of the UK from Land's End to John O'Groats"
                         r"swam|hiked|trekked|paddled|marched)\b",
                         re.IGNORECASE)
# ... and a trip put in the month or year before, even in a sentence about what is to come: "It will be his second
# trip to Africa after traveling to Tunisia, Mozambique, South Africa and Mauritius earlier this month", "the second
# major trip abroad in less than a fortnight for Vajpayee, who returned late last month from New York"
_PAST_TRIP = re.compile(r"\b(?:visited|visiting|toured|touring|travell?(?:ed|ing)\s+to|went\s+to|going\s+to|was\s+in|"
                        r"returned|came\s+back|flew\s+back|got\s+back)"
                        r"\b[^.;]{0,80}?\b(?:earlier\s+this|last)\s+(?:month|year)\b", re.IGNORECASE)
# ... and markers after which the rest of the sentence tells it: "He had succeeded once before: crossed the
# desert, arrived in Libya, then sailed to Italy", "his first overseas trip since a state visit to the Netherlands",
# "This file photo shows Lee returning home from his official visits to Algeria", "comes weeks after his trip to
# Moscow", "The Asian tour comes on the heels of Zarif's European tour to Finland, Sweden, Norway and France", "a few
# months after Iranian President Hassan Rouhani took a tour of the Caucasus ... that took him to Armenia",
# "The minister's tour follows his recent meeting with Cameron, who was in Istanbul", "a week after he took a trip to
# Gujarat"
_SPAN_AFTER = r"(?:days|weeks|months|years|(?:a|one)\s+(?:day|week|month|year))\s+after\s+"  # "a week after"
_BACKGROUND_REST = re.compile(r"\bonce\s+before\b|\b(?:the|that)\s+(?:last|previous|(?<!for\sthe\s)first)\s+time\b|"
                              r"\bsince\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|"
                              r"journey|voyage)\b|\bfile\s+(?:photo|picture|image)\b|"
                              rf"\b{_SPAN_AFTER}"
                              r"(?:his|her|their|its|a|an|the)\b[^.;]{0,40}?"
                              r"\b(?:trip|visit|tour|journey|voyage)\b|"
                              rf"\b{_SPAN_AFTER}"
                              r"(?:[\w’'-]+\s+){1,6}?(?:took|made|paid|"
                              r"completed|wrapped\s+up)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:trip|visit|tour|journey|voyage)\b|"
                              r"\b(?:a|one|two|three|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+after\s+"
                              r"(?:[\w’'-]+\s+){1,8}?"
                              r"(?:met|visited|travell?ed|went|came|flew)\b|"  # "less than a month after the leader
                              # met with his French counterpart in Paris"
                              r"\b(?:comes?|came|follows?|followed)\s+(?:(?:hard\s+)?on\s+the\s+heels\s+of|after)\s+"
                              r"(?:[\w’'-]+\s+){0,3}?(?:trip|visit|tour|journey|voyage)\b|"
                              r"\b(?:follows?|followed)\s+(?:his|her|their|its|a|an|the)\s+(?:recent\s+)?(?:meeting|"
                              r"talks|summit)\b", re.IGNORECASE)
# ... and, planned or not, another trip this one is timed against: "The European visit will take place just under
# two weeks after Francis lands back in Rome at the end of ... a 12-day trip to Indonesia, Papua New Guinea ..."
_ANOTHER_TRIP = re.compile(r"\b(?:days|weeks|months)\s+(?:after|before)\s+(?:[A-Z][\w’'-]*|he|she|they)\s+"
                          r"(?:\w+\s+){0,2}?(?:lands?|returns?|comes?|gets?|flies|arrives?)\s+back\b")
# a word in every match of _BACKGROUND (its year's digit, a month), _PAST_TRIP, _BACKGROUND_REST and _ANOTHER_TRIP: a
# sentence without one is not scanned (Doc.may_have)
_BACKGROUND_WORD = re.compile(r"last|previous|recent|\d|january|february|march|april|may|june|july|august|september|"
                              r"october|november|december|earlier|years|decades|originally|normally|usually|"
                              r"typically|regularly|routinely|frequent|numerous|countless")
_PAST_TRIP_WORD = re.compile(r"month|year")
# ... and trips counted as made before, up to the first place they went to (a list goes on from it): "has already made
# four other foreign trips over the past few weeks, visiting Zambia, Zimbabwe, Mozambique and Tanzania" (not "Xi, who
# has made eight trips to Russia since 2013, arrived in Moscow": the clause after the comma is this trip)
_TRIPS_MADE = re.compile(r"\b(?:has|have|had)\s+(?:already\s+)?(?:made|taken|undertaken|paid)\s+(?:(?:\w+\s+){0,2}?"
                         r"(?:other|previous|earlier|separate)|two|three|four|five|six|seven|eight|nine|ten|several|"
                         r"\d+)\s+(?:[\w-]+\s+){0,2}?(?:trips|visits|tours|journeys)\b[^.;]{0,60}?"
                         r"(?:\b(?:visiting|to|including|in)\b|:)[^.;,]{1,60}", re.IGNORECASE)
_TRIPS_WORD = re.compile(r"trips|visits|tours|journeys")
_REST_WORD = re.compile(r"once|time|since|file|after|heels|follow")
_BACK_WORD = re.compile(r"back")
# ... and a sentence that opens on an earlier trip: "On his last summit meeting with Trump, the North Korean leader
# flew to Singapore"
_BACKGROUND_FRONTED = re.compile(r"\s*(?:On|During|For|At)\s+(?:a|an|his|her|their|its|the)\s+(?:previous|earlier|last)"
                                 r"\s+(?:[\w-]+\s+)?(?:visits?|trips?|tours?|summits?|meetings?|journeys?|voyages?)\b")
_LAST_WEEK_AFTER = re.compile(r"\s+(?:last|earlier\s+this)\s+(?:week|month)\b")  # an event attended then
_CONTINUED = re.compile(r"\b(?:when|during\s+which|where|on\s+which)\W*$", re.IGNORECASE)
# ... and a year the trip is put in: "crossed the Atlantic from Texas last year", "Indonesia hosted the conference
# in Bandung in 1955", "the 1994 Christmas hijacking of an Air France aircraft on its way from Algiers", "Last year
# he walked to Santiago de Compostela" (a past year, or "last year"), or a trip
# before this one: "The last convoy to reach the city, in March, came from Chad"; a month of a year two years or more
# before publication: "In February 2006, King Mohammed VI visited Gambia" in a 2014 story (not "He left Herat in
# March 2023" in the story of a 14-month journey); "since 2000, when the Qingdao visited" (not "his first trip to the
# region since 1986": this one, nor "The 2024-built vessel": a year in a compound word)
_YEAR_MARK = re.compile(r"\blast\s+year\b|\b(?:in|the|since(?=\s+\d{4},?\s+when\b))\s+"
                        r"(?P<year>1[89]\d\d|20\d\d)\b(?![-–‑/]\w)|"
                        r"\bin\s+(?P<month>January|February|March|April|May|June|July|August|September|October|"
                        r"November|December)\s+(?P<year2>1[89]\d\d|20\d\d)\b|"
                        r"\b(?:the|its|his|her|their)\s+(?:last|previous)\s+(?!(?:stop|leg|destination|day|part|"
                        r"time|step)\b)[a-z-]+\s+to\s+[a-z]+", re.IGNORECASE)
# a year counted from the one the sentence before names: "He died in 1552 ... However, by the following year his body
# was moved to India", in a 2018 story
_YEAR_AFTER = re.compile(r"\b(?:the\s+(?:following|next)\s+year|a\s+year\s+later|(?:two|three|four|five|six|several|"
                         r"many|\d+)\s+years\s+later)\b", re.IGNORECASE)
_IN_A_YEAR = re.compile(r"\bin\s+(?P<year>1\d{3}|20\d\d)\b(?![-–‑/]\w)")
# ... whose trip a clause after it goes on telling: "..., before spending nine months in Freetown, then went to"
_GOES_ON = re.compile(r"\b(?:before|then|and\s+then|after\s+that)\W*$", re.IGNORECASE)
_CONTINUES = re.compile(r"^\W*(?:when|during\s+which|where|and\s+also|on\s+which|while\s+there)\b", re.IGNORECASE)


def background(doc: Doc, i: int, facts: list[Fact]) -> list[Fact]:
    """The facts of sentence i that tell an earlier trip: in a clause that says so ("last visited", "in 2019"
    before the year of publication, "years ago") or in a clause after it that goes on telling it ("..., when he
    also stopped in Y"); after "once before" or "weeks after his trip", the rest of the sentence."""
    s, e = doc.sents[i]
    text = doc.text
    # a mark where the match starts and where it ends: "In July while on an official visit to Washington" opens
    # one clause and tells the trip in the next
    marks = [k for m in (_BACKGROUND.finditer(text, s, e) if doc.may_have(_BACKGROUND_WORD, s, e) else ())
             if (not m.group("year") or doc.pub is None or int(m.group("year")) < doc.pub.year)
             and not (m.group("year") and _in_an_aside(doc, facts, m.start("year")))
             and not (doc.looking_back and doc.looking_back[0] <= m.start() < doc.looking_back[1])
             # "for what some say will be the ageing monarch's last overseas trip": the final one, this one
             and not _WILL_BE_LAST.search(text, max(s, m.start() - 60), m.start())
             # "have visited Colombo after the new Government took charge in November", in a February story: a
             # month after the story's, with a verb in the past, was last year's
             and (not m.group("month") or doc.pub is not None and MONTHS[m.group("month").lower()] != doc.pub.month)
             and (not m.group("month2") or doc.pub is not None and MONTHS[m.group("month2").lower()] < doc.pub.month)
             for k in (m.start(), m.end() - 1)]
    past = [m.span() for m in _PAST_TRIP.finditer(text, s, e)] if doc.may_have(_PAST_TRIP_WORD, s, e) else []
    marks += [a for a, _ in past]
    if doc.may_have(_TRIPS_WORD, s, e):
        past += [m.span() for m in _TRIPS_MADE.finditer(text, s, e)]
    rest = [m.start() for m in _BACKGROUND_REST.finditer(text, s, e)] if doc.may_have(_REST_WORD, s, e) else []
    other = [m.start() for m in _ANOTHER_TRIP.finditer(text, s, e)] if doc.may_have(_BACK_WORD, s, e) else []
    fronted = _BACKGROUND_FRONTED.match(text, s, e)
    if fronted:
        rest.append(s)
    years = [y for y in _past_years(doc, s, e) if not _story_year(doc, text[y[0]:y[1]])]
    if i > 0 and doc.pub is not None and (later := _YEAR_AFTER.search(text, s, e)) and any(
            int(y.group("year")) <= doc.pub.year - 2 and not _story_year(doc, y.group())
            for y in _IN_A_YEAR.finditer(text, *doc.sents[i - 1])):
        marks.append(later.start())  # "by the following year" after "in 1552": then, not this trip
    if _years_before(doc, i) and not _dates_in_asides(doc, i, facts) and not _in_story_years(doc, i):
        rest.append(s)  # "It was February 28, 2020, when Ardern flew back from Sydney" in a 2022 story
    # "said at a press conference in Tokyo last week": an event attended before this trip
    attended_before = {id(a) for a in facts if a.implied == "attend" and _LAST_WEEK_AFTER.match(text, a.end)}
    if not marks and not rest and not years and not other and not past and not attended_before:
        return []
    out = []
    for a in facts:
        if id(a) in attended_before:
            out.append(a)
            continue
        if any(k < a.start for k in other):
            out.append(a)
            continue
        if any(b0 <= a.start < b1 for b0, b1 in past):
            out.append(a)
            continue
        if a.planned:
            if _in_a_past_year(doc, a, [y for y in years if text[y[0]:y[1]][-1].isdigit()]):
                out.append(a)  # "The pope, who made a brief stop in Budapest ... in 2021, will preside": the plan
            continue  # is the sentence's, not this clause's
        c0, c1 = a.clause
        if _dated_now(doc, a):
            continue  # "The politician who arrives in Washington today ... visited the United States in 1989"
        if any(c0 <= k < c1 for k in marks) or any(k < a.start for k in rest) \
                or _in_a_past_year(doc, a, years):
            out.append(a)
            continue
        earlier = [k for k in marks if k < c0] or [b for b in out if b.clause[1] <= c0] \
            or [y0 for y0, _ in years if y0 < c0]
        if earlier and (_CONTINUES.match(text, c0, c1) or _CONTINUED.search(text, max(s, c0 - 16), c0)):
            out.append(a)  # "... before heading to the U.S., where he had his first meeting with Obama in California",
            # "used it once in 2003 on his birthday tour, when he travelled to Wales"
        elif any(b.clause[1] <= c0 for b in out) and _GOES_ON.search(text, max(s, c0 - 16), c0):
            out.append(a)  # "... from Texas last year before spending nine months in Freetown"
        elif a.cue == "list" and out and out[-1].kind == a.kind and out[-1].traveller == a.traveller:
            out.append(a)  # "Recently, he visited Qatar, Saudi Arabia, and Lebanon": the list goes on
    return out


def _abs_dates(doc: Doc, i: int) -> list[dt.date]:
    return [r.value for r in doc.dates.get(i, []) if r.kind == "abs" and r.value is not None]


def _set_story_years(doc: Doc) -> None:
    """A story that opens its travel on a date years before publication ("On November 22nd, 1935, the China Clipper
    departed Alameda", in a 2019 article) is told in the past: its years, and the years either side, are the story's,
    not an earlier trip's."""
    first = next((i for i in sorted(doc.facts) if doc.facts[i]), None)
    if first is not None and _years_before(doc, first):
        doc.story_years = frozenset(d.year + k for d in _abs_dates(doc, first) for k in (-1, 0, 1, 2, 3))


def _in_story_years(doc: Doc, i: int) -> bool:
    """Whether every calendar date of sentence i lies in the years of a story told in the past."""
    return bool(doc.story_years) and all(d.year in doc.story_years for d in _abs_dates(doc, i))


def _story_year(doc: Doc, words: str) -> bool:
    """Whether words that put a trip in a past year ("in 1935") name one of the story's own years."""
    return words[-4:].isdigit() and int(words[-4:]) in doc.story_years


def _years_before(doc: Doc, i: int) -> bool:
    """Whether every calendar date sentence i gives is two years or more before publication: a trip then is an
    earlier one, not part of a journey in the news."""
    refs = [r for r in doc.dates.get(i, []) if r.kind == "abs" and r.value is not None]
    return bool(refs) and doc.pub is not None and all(r.value.year <= doc.pub.year - 2 and not r.year_inferred
                                                      for r in refs)


# an aside that describes the place just named ("Qana, the site of", "Gori, where"), not one of the trip ("visited
# Slovakia twice before, in 1995 and 2003")
_PLACE_ASIDE = re.compile(r"\s*(?:,|—|–|\(|\s-)\s*(?:the|a|an|where|which|home\s+to)\s", re.IGNORECASE)


def _in_an_aside(doc: Doc, facts: list[Fact], at: int) -> bool:
    """Whether the words at ``at`` come in an aside after the place told last before them: "also visited Qana,
    the site of deadly Israeli air strikes in 1996 and 2006" tells the place's past, not the trip's."""
    end = max((a.end for a in facts if a.end <= at), default=None)
    return end is not None and bool(_PLACE_ASIDE.match(doc.text, end, at))


def _dates_in_asides(doc: Doc, i: int, facts: list[Fact]) -> bool:
    """Whether each date of sentence i comes in an aside after a place (``_in_an_aside``)."""
    return bool(doc.dates.get(i)) and all(_in_an_aside(doc, facts, r.start) for r in doc.dates[i])


# "Earlier this week, the team visited": opening the sentence ("stolen last week ... en route to Calais" is this trip)
_WEEK_BEFORE = re.compile(r"\W*(?:earlier\s+this|last|the\s+previous)\s+week\b", re.IGNORECASE)
# "has visited China, United States and Switzerland where he had met his counterparts": trips made before, in the
# perfect, not an arrival ("has arrived in") of the trip at hand
_PERFECT_VISITS = re.compile(r"\b(?:has|have)\s+(?:(?:already|also|previously|since|so\s+far)\s+)?(?:visited|"
                             r"travell?ed\s+to|been\s+to|toured)\b", re.IGNORECASE)


# a month with no day, opening a sentence: "In February he visited Tonga, Cook Islands, and Samoa"
_IN_MONTH = re.compile(r"\s*In\s+(?:early\s+|mid-?|late\s+)?(?:January|February|March|April|May|June|July|August|"
                       r"September|October|November|December),?\s(?!\s*\d)")
# a trip told in the past perfect: "had arrived back here on September 13 after spending 12 days in London", "had
# gone to Delhi on a nine-day trip from April 22"
_HAD_GONE = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:arrived\s+back|returned|come\s+back|flown|got\s+back|gone|been|"
                       r"travell?ed|visited|toured)\b")


def _before_the_plan(doc: Doc, i: int, facts: list[Fact], planned: dict[str, bool]) -> list[Fact]:
    """Travel told in the past by a traveller whose travel in the news is still to come, after a sentence set years
    before ("Merkel had on October 7, 2016 visited three African countries ... Merkel first travelled to Mali and
    Nigeria before heading to Ethiopia"), put in the week before ("will leave for the Turks and Caicos Islands on
    Friday ... Earlier this week, the team visited Anguilla") or in a month of its own ("will visit Solomon Islands
    ... In February he visited Tonga"), in the perfect ("will leave for Istanbul ... has visited China, United States
    and Switzerland") or come back from ("is leaving for London on Saturday ... had arrived back here on September 13
    ... and had left for Turkey", "will leave for Delhi ... had gone to Delhi on a nine-day trip from April 22"): an
    earlier trip, not this one's start."""
    s, e = doc.sents[i]
    if not (_WEEK_BEFORE.match(doc.text, s, e) or (i > 0 and not doc.dates.get(i) and _years_before(doc, i - 1))
            or _IN_MONTH.match(doc.text, s, e) or _PERFECT_VISITS.search(doc.text, s, e)
            or _HAD_GONE.search(doc.text, s, e)):
        return []
    if any(a.planned or a.present or not planned.get(a.traveller) for a in facts):
        return []
    return list(facts)


# a sentence that goes on with the subject of the one before: "He visited Honolulu, Los Angeles, New York City"
_SAME_SUBJECT = re.compile(r"\s*[“\"]?(?:He|She|They)\s")
_HAD = re.compile(r"\bhad\b")


def _goes_on_telling(doc: Doc, i: int, facts: list[Fact], told: tuple[int, str] | None,
                     planned: dict[str, bool]) -> list[Fact]:
    """Travel told in the past, undated, by "he", "she" or "they" in one of the two sentences after the sentence
    ``told`` names, told wholly as an earlier trip by the same traveller ("Years ago, President Marcos made a state
    visit to the U.S. from September 12–27, 1966. He addressed the United States Congress on September 15. He
    visited Honolulu, Los Angeles"): that trip told on, not this one. In a story told in the past, only after a
    sentence dated years before and not in the past perfect ("She had visited Senegal on October 7, 2016. She then
    travelled to Accra", "On his last summit meeting with Trump, the North Korean leader flew to Singapore. He
    traveled to Hanoi by car": the simple past is back to this trip)."""
    if told is None or i - told[0] > 2 or not _SAME_SUBJECT.match(doc.text, doc.sents[i][0]):
        return []
    traveller = told[1]
    if any(a.planned or a.present or a.date is not None or a.traveller != traveller for a in facts):
        return []
    if not planned.get(traveller) and (_HAD.search(doc.text, *doc.sents[told[0]]) or not _years_before(doc, told[0])):
        return []
    return list(facts)


def earlier_trip_at(doc: Doc, i: int, start: int, end: int) -> bool:
    """Whether the words at start..end of sentence i (an event and its place) are told as an earlier trip: a
    place the tense stage set aside as one, or a clause put in a past year ("a meeting in Brussels in 2022")."""
    if any(doc.roles.get(m.start, ("",))[0] == "context" for m in doc.by_sent.get(i, []) if start <= m.start < end):
        return True
    return _year_in_clause(doc, _past_years(doc, *doc.sents[i]), doc.clause_of(i, start), start, end)


def _past_years(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    """The spans of "last year", "in 2019" (a year before publication) and "the last convoy to" in a sentence."""
    return [m.span() for m in _YEAR_MARK.finditer(doc.text, s, e)
            if (not m.group("year") or (doc.pub is not None and int(m.group("year")) < doc.pub.year))
            and (not m.group("year2") or (doc.pub is not None and _months_before(doc, m) >= 24))]


def _months_before(doc: Doc, m: re.Match) -> int:
    """How many months before publication the month and year a match names ("in February 2006") lie."""
    return (doc.pub.year - int(m.group("year2"))) * 12 + doc.pub.month - MONTHS[m.group("month").lower()]


def _dated_now(doc: Doc, a: Fact) -> bool:
    """Whether a fact has a calendar day of its own within a week of publication ("arrives in Washington today"):
    this trip, whatever earlier year its sentence also names."""
    return a.date is not None and a.date.value is not None and doc.pub is not None \
        and abs((a.date.value - doc.pub).days) <= 7


def _in_a_past_year(doc: Doc, a: Fact, years: list[tuple[int, int]]) -> bool:
    """Whether a fact's clause puts it in a past year: the year before it in the clause ("Last year he walked to"),
    or right after its place with no comma between ("from Texas last year", "in Bandung in 1955"; not "arrived in
    Beijing, his first visit since a summit in 2018"). A fact with a day of its own ("on Tuesday", "today", a date
    within a week of publication) is this trip's."""
    if not years or (a.date is not None and a.date.kind in ("weekday", "same", "next")):
        return False
    if _dated_now(doc, a):
        return False
    return _year_in_clause(doc, years, a.clause, a.start, a.end)


# what puts a year after a place in an aside of its own: "Belize — her first journey since the pandemic began in 2020"
_ASIDE = re.compile(r"[,—–(]|\s-\s|\bsince\b")


def _year_in_clause(doc: Doc, years: list[tuple[int, int]], clause: tuple[int, int], start: int, end: int) -> bool:
    """A year of ``years`` before start..end in its clause, or after it with no comma, dash or "since" between."""
    c0, c1 = clause
    return any(c0 <= y0 < start or (end <= y0 < c1 and (not _ASIDE.search(doc.text, end, y0)
                                                        or _ROUTE_THEN_YEAR.fullmatch(_named_out(doc, end, y0))))
               for y0, _ in years)


# a route and the country that places its end, then the year: "on their flight from the United States to Istanbul,
# Turkey, in 1931" (a place stands as "X" here)
_ROUTE_THEN_YEAR = re.compile(r"(?:\s*(?:to|and|via)\s+(?:the\s+)?X|\s*,\s*X)*\s*,?\s*")


def _named_out(doc: Doc, start: int, end: int) -> str:
    """The text from start to end with each place named in it written "X"."""
    out, at = [], start
    for m in doc.by_sent.get(doc.sent_of(start), ()):
        if start <= m.start and m.end <= end:
            out += [doc.text[at:m.start], "X"]
            at = m.end
    return "".join(out) + doc.text[at:end]


def _goes_on_with_plan(doc: Doc, facts: list[Fact], planned: dict[str, bool]) -> None:
    """"Biden is heading first to London next Sunday. The U.S. leader then heads to Lithuania": travel told in the
    present tense, undated, dated still to come or by a bare weekday ("The Pope returns to Rome on Monday"), after
    the same traveller's plan, is part of the plan.
    ``planned`` holds, by traveller, whether the travel told last is still to come."""
    from .dates import still_to_come

    for a in facts:
        if a.present and not a.planned and not a.back and planned.get(a.traveller) and (
                a.date is None or still_to_come(doc, a.date) or a.date.kind == "weekday" and not a.date.said):
            a.planned = True
            if a.date is not None and a.date.kind == "weekday":
                a.date = replace(a.date, direction=1)  # a copy: a date a list shares stays the other facts' own
        planned[a.traveller] = a.planned


# "In a six-day trip ending Monday, Castro is visiting Jamaica, Barbados and Grenada" (filed from Kingston)
_IS_VISITING = re.compile(r"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:visiting|touring)\s+$", re.IGNORECASE)


def _visiting_now(doc: Doc, facts: list[Fact]) -> None:
    """A list of places a traveller "is visiting": the trip is under way at the first of them, the others are
    still to come."""
    for k, a in enumerate(facts):
        if a.kind == "arrive" and not a.planned and _IS_VISITING.search(doc.text, max(0, a.start - 40), a.start):
            for b in facts[k + 1:]:
                if b.traveller == a.traveller and b.cue == "list" and b.kind == "arrive":
                    b.planned = True
            return


def run(doc: Doc) -> None:
    """Earlier trips told as background set aside (said in the draft); travel order within each sentence, and
    an itinerary of dated stops in one sentence ("A from 3 to 6 September, B from 6 to 9") in date order."""
    planned: dict[str, bool] = {}
    told: tuple[int, str] | None = None  # the last sentence told wholly as an earlier trip, and by whom
    _set_story_years(doc)
    for i in sorted(doc.facts):
        facts = doc.facts[i]
        if not facts:
            continue
        old = background(doc, i, facts) or _before_the_plan(doc, i, facts, planned) \
            or _goes_on_telling(doc, i, facts, told, planned)
        told = (i, old[-1].traveller) if old and len(old) == len(facts) else None
        for a in old:
            facts.remove(a)
            doc.dropped.append(a)
            if a.mention is not None:
                doc.roles[a.mention.start] = ("context", "An earlier trip, told as background.")
                doc.note_unsure(f"Not drawn here: {a.mention.surface} is named for an earlier trip, not this journey.",
                                *doc.quote_span(i, a.start))
        _visiting_now(doc, facts)
        _goes_on_with_plan(doc, facts, planned)
        fronted = _FRONTED_BEFORE.match(doc.text, *doc.sents[i])
        before_end = fronted.end() if fronted else 0
        _fronted_takes_main_tense(facts, before_end)
        order_sentence(doc, i, facts, before_end)
        facts.sort(key=lambda a: a.order)
        _ended_with(doc, facts)
        _started_before(doc, facts)
        dated = [k for k, a in enumerate(facts) if a.kind in ARRIVALS and not a.back]
        if len(dated) >= 2 and all(facts[k].date is not None and facts[k].date.value is not None for k in dated):
            by_date = sorted((facts[k] for k in dated), key=lambda a: a.date.value)
            for k, a in zip(dated, by_date, strict=True):
                facts[k] = a
