"""Place-name normalisation: the one key used both to build the names index and to query it.

Both sides must agree exactly, so every rule lives here and nowhere else.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise"]

# Apostrophes and periods vanish rather than becoming spaces, so "P'yŏngyang" -> "pyongyang",
# "U.S." -> "us", "St. Louis" -> "st louis" (the space after the period survives).
# ʻ (U+02BB, okina) is the apostrophe of Uzbek and Hawaiian names ("Oʻzbekiston").
_DROP = dict.fromkeys(map(ord, "'’ʼ‘`´ʻ′."), None)
# Everything that is not a letter or digit (punctuation, hyphens, symbols, whitespace, '_') -> one space.
_SEP = re.compile(r"[\W_]+")


def normalise(name: str) -> str:
    """Return the lookup key for a place name: casefolded, without diacritics or punctuation.

    Diacritics are stripped via NFKD so "Ürümqi" and "Urumqi" meet; hyphens and other
    punctuation become single spaces so "Bosnia-Herzegovina" matches "Bosnia Herzegovina".
    """
    s = name.casefold()
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return _SEP.sub(" ", s.translate(_DROP)).strip()
