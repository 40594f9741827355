"""The abbreviations news style writes for US states, Canadian provinces and Australian states: "Scranton, Pa.",
"Sydney, N.S.", "Barstow, Calif.", "Newcastle, NSW".

Why: after a town and a comma they say which town it is (Sydney in Nova Scotia, not in Australia), and they are
regions the story names; the gazetteer has none of them as names (most are words or a town's name elsewhere:
"Pa", "Mass", "Ind", "Wash"), so they are read only where the text puts them as a qualifier, except the few that
nothing else writes (``ANYWHERE``).

Sources: the Associated Press Stylebook's state abbreviations (the forms US papers print), the Canadian Press
Stylebook's province abbreviations, and the Australian state abbreviations of the Australian Government Style
Manual. Variants older styles still use ("Penn.", "Tex.", "Wisc.", "Nfld.") are included, and the two-letter postal
codes of the USPS (Publication 28) and Canada Post that tour dates and listings print ("Dallas, TX", "Toronto, ON").
"""

from __future__ import annotations

import re

__all__ = ["REGION_ABBREVIATIONS", "POSTAL_CODES", "ANYWHERE", "AFTER_PLACE_WORD", "PLACE_WORDS", "ABBREVIATION_RE",
           "readings"]

# written form -> (ISO country code, the region's English name)
REGION_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    **{a: ("US", name) for name, forms in {
        "Alabama": ("Ala.",), "Arizona": ("Ariz.",), "Arkansas": ("Ark.",), "California": ("Calif.", "Cal."),
        "Colorado": ("Colo.",), "Connecticut": ("Conn.",), "Delaware": ("Del.",), "Florida": ("Fla.",),
        "Georgia": ("Ga.",), "Illinois": ("Ill.",), "Indiana": ("Ind.",), "Kansas": ("Kan.", "Kans."),
        "Kentucky": ("Ky.",), "Louisiana": ("La.",), "Maryland": ("Md.",), "Massachusetts": ("Mass.",),
        "Michigan": ("Mich.",), "Minnesota": ("Minn.",), "Mississippi": ("Miss.",), "Missouri": ("Mo.",),
        "Montana": ("Mont.",), "Nebraska": ("Neb.", "Nebr."), "Nevada": ("Nev.",), "New Hampshire": ("N.H.",),
        "New Jersey": ("N.J.",), "New Mexico": ("N.M.", "N.Mex."), "New York": ("N.Y.",),
        "North Carolina": ("N.C.",), "North Dakota": ("N.D.", "N.Dak."), "Oklahoma": ("Okla.",),
        "Oregon": ("Ore.", "Oreg."), "Pennsylvania": ("Pa.", "Penn.", "Penna."), "Rhode Island": ("R.I.",),
        "South Carolina": ("S.C.",), "South Dakota": ("S.D.", "S.Dak."), "Tennessee": ("Tenn.",),
        "Texas": ("Tex.",), "Vermont": ("Vt.",), "Virginia": ("Va.",), "Washington": ("Wash.",),
        "West Virginia": ("W.Va.", "W. Va."), "Wisconsin": ("Wis.", "Wisc."), "Wyoming": ("Wyo.",),
    }.items() for a in forms},
    **{a: ("CA", name) for name, forms in {
        "Alberta": ("Alta.",), "British Columbia": ("B.C.",), "Manitoba": ("Man.",), "New Brunswick": ("N.B.",),
        "Newfoundland and Labrador": ("N.L.", "Nfld."), "Nova Scotia": ("N.S.",), "Ontario": ("Ont.",),
        "Prince Edward Island": ("P.E.I.",), "Quebec": ("Que.",), "Saskatchewan": ("Sask.",),
        "Northwest Territories": ("N.W.T.",),
    }.items() for a in forms},
    **{a: ("AU", name) for name, forms in {
        "New South Wales": ("NSW", "N.S.W."), "Queensland": ("Qld", "Qld."), "Victoria": ("Vic.",),
        "Tasmania": ("Tas.",), "Western Australia": ("WA",), "South Australia": ("SA",),
        "Northern Territory": ("NT",), "Australian Capital Territory": ("ACT",),
    }.items() for a in forms},
}

# The two-letter postal codes of US states and Canadian provinces (USPS Publication 28, Canada Post), as tour dates and
# datelines print them ("Dallas, TX", "Toronto, ON"): read only after a town and a comma, like the forms above. Where
# a code is also another country's form ("WA", "NT"), both readings are kept and the town before it decides.
POSTAL_CODES: dict[str, tuple[str, str]] = {
    **{a: ("US", name) for a, name in {
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
        "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
        "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
        "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
        "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
        "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
        "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
        "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
        "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
        "WI": "Wisconsin", "WY": "Wyoming",
    }.items()},
    **{a: ("CA", name) for a, name in {
        "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
        "NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "NT": "Northwest Territories", "NU": "Nunavut",
        "ON": "Ontario", "PE": "Prince Edward Island", "QC": "Quebec", "SK": "Saskatchewan", "YT": "Yukon",
    }.items()},
}


def readings(form: str) -> list[tuple[str, str]]:
    """(country code, region name) of each region a written form may stand for: "WA" is Western Australia and
    Washington."""
    return [r for r in (REGION_ABBREVIATIONS.get(form), POSTAL_CODES.get(form)) if r is not None]


# Forms that are no word, no initials of anything else in news: read as the region wherever they stand.
ANYWHERE = frozenset({"N.S.", "N.B.", "P.E.I.", "N.W.T.", "NSW", "N.S.W.", "Qld", "Nfld."})

# Forms that are also words or initials elsewhere ("500 B.C."), read as the region after a word that only a place
# follows ("in B.C.", "across B.C.", "northern B.C.").
AFTER_PLACE_WORD = frozenset({"B.C."})
PLACE_WORDS = frozenset({"in", "into", "from", "to", "across", "through", "throughout", "around", "via", "of",
                         "northern", "southern", "eastern", "western", "central", "interior", "coastal", "rural"})

# One of the forms, not followed by a letter (longest first, so "N.W.T." before "N.W."; "W. Va." with its space)
ABBREVIATION_RE = re.compile("(?:" + "|".join(re.escape(a) for a in sorted({*REGION_ABBREVIATIONS, *POSTAL_CODES},
                                                                          key=len, reverse=True))
                             + r")(?![A-Za-z])")
