"""Place-name normalisation: the one key used both to build the names index and to query it.

Both sides must agree exactly, so every rule lives here and nowhere else.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

__all__ = ["is_form_of", "normalise"]

# Apostrophes and periods vanish rather than becoming spaces, so "P'yŏngyang" -> "pyongyang",
# "U.S." -> "us", "St. Louis" -> "st louis" (the space after the period survives).
# ʻ (U+02BB, okina) is the apostrophe of Uzbek and Hawaiian names ("Oʻzbekiston").
_DROP = dict.fromkeys(map(ord, "'’ʼ‘`´ʻ′."), None)
# Everything that is not a letter or digit (punctuation, hyphens, symbols, whitespace, '_') -> one space.
_SEP = re.compile(r"[\W_]+")
# Abbreviations that name the same place as the word in full: "St Petersburg" is Saint Petersburg, and
# "Mt. Everest" Mount Everest (GeoNames spells some places one way, news the other).
_ABBREV = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_ABBREV_RE = re.compile(r"\b(?:st|ste|mt|ft)\b")


def normalise(name: str) -> str:
    """Return the lookup key for a place name: casefolded, without diacritics or punctuation.

    Diacritics are stripped via NFKD so "Ürümqi" and "Urumqi" meet; hyphens and other
    punctuation become single spaces so "Bosnia-Herzegovina" matches "Bosnia Herzegovina";
    "St", "Ste", "Mt" and "Ft" become "saint", "sainte", "mount" and "fort"; "&" becomes "and".
    """
    s = name.casefold()
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    if "&" in s:
        s = s.replace("&", " and ")  # "Turks & Caicos Islands", "Antigua & Barbuda"
    s = _SEP.sub(" ", s.translate(_DROP)).strip()
    if "t" in s:
        s = _ABBREV_RE.sub(lambda m: _ABBREV[m.group()], s)
    return s


def is_form_of(alternate: str, own: str) -> bool:
    """Whether a normalised alternate name is a form of a place's own name -- a spelling ("kiev", "kyiv"), a short
    or long form ("oklahoma" of "oklahoma city", "juarez" of "ciudad juarez", "kota surabaya" of "surabaya") --
    rather than another place's name GeoNames lists on it (the state "bahia" on its seat Salvador, "goa" on
    Mormugao)."""
    if not alternate or not own:
        return False
    if f" {alternate} " in f" {own} " or f" {own} " in f" {alternate} ":
        return True
    alike = difflib.SequenceMatcher(None, alternate, own).ratio()
    return alike >= 0.6 or (alike >= 0.5 and alternate[0] == own[0])  # "arbil", "erbil"
