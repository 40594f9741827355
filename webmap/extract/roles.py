"""Stage: roles for the other mentions. A place named in an organisation's name, a demonym, a capital that
stands for its government, a stop of the journey, or context."""

from __future__ import annotations

import re

from gazetteer.demonyms import adjective_for
from gazetteer.geoparse import PlaceMention
from webmap.journey import Mention

from .document import Doc, may_end_in, normalise

QUOTED_MENTIONS = 3  # mentions of one place that carry their sentence as a quote

_METONYM_BEFORE = re.compile(
    r"\b(?:rivals?|allies|ally|enemies|enemy|foes?|critics?|partners?|adversar(?:y|ies))\s+(?:of|to)\s+$|"
    r"\b(?:ties|relations|relationship|talks|negotiations|dialogue|tensions|deal|agreement|dispute|cooperation|"
    r"alliance)\s+(?:with|between)\s+$|"
    r"\b(?:pressure|sanctions|demands|criticism|warnings?|support|aid|assistance|approval)\s+(?:from|by|on)\s+$|"
    r"\btoward(?:s)?\s+$|\bagainst\s+$|\bbacked\s+by\s+$|\bbetween\s+$|\bsided\s+with\s+$|"
    r"\b(?:accused|accuses|blamed|blames|critici[sz]ed|condemned|urged|urges|sanctioned|pressed|called\s+on|"
    r"warned|told|asked)\s+$",
    re.IGNORECASE)

# the words _METONYM_BEFORE ends in, before its closing whitespace
_METONYM_ENDS = ("of", "to", "with", "between", "from", "by", "on", "toward", "towards", "against", "accused",
                 "accuses", "blamed", "blames", "criticised", "criticized", "condemned", "urged", "urges",
                 "sanctioned", "pressed", "warned", "told", "asked")


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


def role_of(doc: Doc, m: PlaceMention, key: str, i: int, journey_keys: set[str],
            roles: dict[int, tuple[str, str]], counts: dict[str, int]) -> tuple[str, str]:
    text = doc.text
    if m.role == "organisation":
        only = counts.get(key, 0) == 0
        note = (f"Named only inside “{m.container}”; the article does not name it as a place."
                if only else f"Named here inside “{m.container}”.")
        return "part of an organisation's name", note
    if m.kind == "demonym":
        return "demonym", f"“{m.surface}”: the adjective for {m.name}."
    s, e = doc.sents[i]
    seat = _SEATS.get(normalise(m.surface)) or (m.country if doc.places[key].kind == "city" and
                                                doc.is_capital(m) else None)
    if seat:
        before = text[max(s, m.start - 40):m.start]
        after = text[m.end:min(e, m.end + 80)]
        if (may_end_in(before, _METONYM_ENDS) and _METONYM_BEFORE.search(before) or _METONYM_AFTER.match(after)
                or _METONYM_POSSESSIVE.match(after)):
            adj = adjective_for(seat)
            return f"metonym for the {adj} government", f"The {adj} government, not a place anyone travelled to."
    if key in journey_keys:
        return "journey", ""
    if m.start in roles:
        return "context", roles[m.start][1]
    return "context", ""


def run(doc: Doc) -> list[Mention]:
    """Every mention with its role. The first few mentions of a place quote their sentence (cut to a window when
    long); the rest carry only their own span, so that what a story produces grows with its length."""
    journey_keys = doc.journey_keys()
    counts: dict[str, int] = {}
    for m in doc.mentions:
        if m.role == "place":
            key = doc.key_for(m)
            counts[key] = counts.get(key, 0) + 1
    out = []
    quoted: dict[str, int] = {}
    for m in doc.mentions:
        key = doc.key_for(m)
        i = doc.sent_of(m.start)
        role, note = role_of(doc, m, key, i, journey_keys, doc.roles, counts)
        quoted[key] = quoted.get(key, 0) + 1
        quote = doc.quote(i, m.start) if quoted[key] <= QUOTED_MENTIONS else None
        out.append(Mention(place=key, surface=doc.text[m.start:m.end], start=m.start, end=m.end, role=role,
                           note=note, quote=quote))
    return out
