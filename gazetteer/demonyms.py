"""Demonyms and national adjectives ("Chinese", "North Korean", "Britons") and the country each names.

A reader takes "Russian President Vladimir Putin" as a reference to Russia; so does the geoparser, which reports
these as mentions of kind ``demonym`` linked to the country. Keys are normalised (see ``gazetteer.normalise``).
Ambiguous forms ("Korean", "Congolese") list every country, most likely first; the story's other places decide.
"""

from __future__ import annotations

from .normalise import normalise

__all__ = ["DEMONYMS", "GOVERNMENT_ADJECTIVE", "REGION_ADJECTIVES", "countries_for", "adjective_for"]

# adjective (or demonym) -> ISO 3166-1 alpha-2 codes. Plurals are added below for the forms that take an -s.
_RAW: dict[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "Andorran": "AD", "Angolan": "AO", "Argentine": "AR",
    "Argentinian": "AR", "Armenian": "AM", "Australian": "AU", "Austrian": "AT", "Azerbaijani": "AZ", "Azeri": "AZ",
    "Bahamian": "BS", "Bahraini": "BH", "Bangladeshi": "BD", "Barbadian": "BB", "Belarusian": "BY",
    "Belarussian": "BY", "Belgian": "BE", "Belizean": "BZ", "Beninese": "BJ", "Bhutanese": "BT", "Bolivian": "BO",
    "Bosnian": "BA", "Botswanan": "BW", "Brazilian": "BR", "British": "GB", "Briton": "GB", "Bruneian": "BN",
    "Bulgarian": "BG", "Burkinabe": "BF", "Burmese": "MM", "Burundian": "BI", "Cambodian": "KH",
    "Cameroonian": "CM", "Canadian": "CA", "Cape Verdean": "CV", "Chadian": "TD", "Chilean": "CL", "Chinese": "CN",
    "Colombian": "CO", "Comoran": "KM", "Congolese": "CD CG", "Costa Rican": "CR", "Croatian": "HR", "Croat": "HR",
    "Cuban": "CU", "Cypriot": "CY", "Czech": "CZ", "Danish": "DK", "Dane": "DK", "Djiboutian": "DJ",
    "Dominican": "DO DM", "Dutch": "NL", "Ecuadorian": "EC", "Egyptian": "EG", "Emirati": "AE", "Eritrean": "ER",
    "Estonian": "EE", "Ethiopian": "ET", "Fijian": "FJ", "Filipino": "PH", "Finnish": "FI", "Finn": "FI",
    "French": "FR", "Gabonese": "GA", "Gambian": "GM", "Georgian": "GE", "German": "DE", "Ghanaian": "GH",
    "Greek": "GR", "Grenadian": "GD", "Guatemalan": "GT", "Guinean": "GN", "Guyanese": "GY", "Haitian": "HT",
    "Honduran": "HN", "Hungarian": "HU", "Icelandic": "IS", "Icelander": "IS", "Indian": "IN", "Indonesian": "ID",
    "Iranian": "IR", "Iraqi": "IQ", "Irish": "IE", "Israeli": "IL", "Italian": "IT", "Ivorian": "CI",
    "Jamaican": "JM", "Japanese": "JP", "Jordanian": "JO", "Kazakh": "KZ", "Kazakhstani": "KZ", "Kenyan": "KE",
    "Korean": "KR KP", "North Korean": "KP", "South Korean": "KR", "Kosovar": "XK", "Kuwaiti": "KW",
    "Kyrgyz": "KG", "Lao": "LA", "Laotian": "LA", "Latvian": "LV", "Lebanese": "LB", "Liberian": "LR",
    "Libyan": "LY", "Lithuanian": "LT", "Luxembourgish": "LU", "Macedonian": "MK", "Malagasy": "MG",
    "Malawian": "MW", "Malaysian": "MY", "Maldivian": "MV", "Malian": "ML", "Maltese": "MT", "Mauritanian": "MR",
    "Mauritian": "MU", "Mexican": "MX", "Moldovan": "MD", "Monegasque": "MC", "Mongolian": "MN",
    "Montenegrin": "ME", "Moroccan": "MA", "Mozambican": "MZ", "Namibian": "NA", "Nepali": "NP", "Nepalese": "NP",
    "New Zealand": "NZ", "New Zealander": "NZ", "Nicaraguan": "NI", "Nigerien": "NE", "Nigerian": "NG",
    "Norwegian": "NO", "Omani": "OM", "Pakistani": "PK", "Palestinian": "PS", "Panamanian": "PA",
    "Papua New Guinean": "PG", "Paraguayan": "PY", "Peruvian": "PE", "Philippine": "PH", "Polish": "PL",
    "Pole": "PL", "Portuguese": "PT", "Puerto Rican": "PR", "Qatari": "QA", "Romanian": "RO", "Russian": "RU",
    "Rwandan": "RW", "Salvadoran": "SV", "Samoan": "WS", "Saudi": "SA", "Saudi Arabian": "SA", "Senegalese": "SN",
    "Serbian": "RS", "Serb": "RS", "Sierra Leonean": "SL", "Singaporean": "SG", "Slovak": "SK", "Slovakian": "SK",
    "Slovenian": "SI", "Slovene": "SI", "Somali": "SO", "South African": "ZA", "South Sudanese": "SS",
    "Spanish": "ES", "Spaniard": "ES", "Sri Lankan": "LK", "Sudanese": "SD", "Surinamese": "SR", "Swazi": "SZ",
    "Swedish": "SE", "Swede": "SE", "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW", "Tajik": "TJ",
    "Tanzanian": "TZ", "Thai": "TH", "Tibetan": "CN", "Togolese": "TG", "Tongan": "TO", "Trinidadian": "TT",
    "Tunisian": "TN", "Turkish": "TR", "Turk": "TR", "Turkmen": "TM", "Ugandan": "UG", "Ukrainian": "UA",
    "Uruguayan": "UY", "Uzbek": "UZ", "Venezuelan": "VE", "Vietnamese": "VN", "Yemeni": "YE", "Zambian": "ZM",
    "Zimbabwean": "ZW", "American": "US", "Hong Konger": "HK", "Macanese": "MO", "Greenlandic": "GL",
    "Scottish": "GB", "Scot": "GB", "Welsh": "GB", "English": "GB", "Northern Irish": "GB", "Kurdish": "IQ",
    "Uighur": "CN", "Uyghur": "CN", "Crimean": "UA", "Bavarian": "DE", "Catalan": "ES", "Basque": "ES",
    "Flemish": "BE", "Sicilian": "IT", "Sardinian": "IT", "Corsican": "FR", "Tamil": "LK IN",
}

# Forms with no plural (-ese, -ish, -ch, Swiss, Thai, ...) stay as they are.
_NO_PLURAL = ("ese", "ish", "ch", "ss", "sh", "Lao", "Kyrgyz", "Malagasy", "Monegasque", "Greenlandic",
              "Icelandic", "Philippine", "New Zealand", "Luxembourgish", "Saudi Arabian", "Thai")

# The adjective a newspaper puts before "government" for a country ("metonym for the U.S. government").
GOVERNMENT_ADJECTIVE: dict[str, str] = {"US": "U.S.", "GB": "British", "KP": "North Korean", "KR": "South Korean",
                                        "CD": "Congolese", "DO": "Dominican", "NZ": "New Zealand"}

DEMONYMS: dict[str, tuple[str, ...]] = {}

# Adjectives of continents and world regions ("South American leaders", "West African states"): read as one
# word, they name no country and no town ("South American" is not South + the United States).
# ... and of a province or a people within a country, which GeoNames also has as towns elsewhere: "the Cornish
# calm" in a story about Falmouth is no Cornish, Maine
_PROVINCE_ADJECTIVES = """Cornish Basque Tuscan Sicilian Sardinian Corsican Breton Flemish Walloon
Siberian Patagonian Texan Californian Floridian Hawaiian Alaskan Quebecois Punjabi Bengali Kashmiri"""
REGION_ADJECTIVES = frozenset(normalise(w) for w in """African|Asian|European|North American|South American|
Latin American|Central American|West African|East African|North African|Southern African|Central African|
Sub-Saharan|Southeast Asian|South East Asian|East Asian|South Asian|Central Asian|Middle Eastern|Mideast|Arab|
Balkan|Scandinavian|Nordic|Antarctic|Sahelian|Levantine|Caucasian|Iberian|Andean|Amazonian|Himalayan|
Alpine|Europeans|Africans|Asians|South Americans|Latin Americans|Central Americans|West Africans|East Africans|
North Africans|Arabs|Scandinavians""".replace("\n", "").split("|") + _PROVINCE_ADJECTIVES.split())


def _add(form: str, codes: tuple[str, ...]) -> None:
    key = normalise(form)
    DEMONYMS.setdefault(key, codes)


for _form, _codes in _RAW.items():
    _cc = tuple(_codes.split())
    _add(_form, _cc)
    if not _form.endswith(_NO_PLURAL):
        _add(_form + "s", _cc)
    if len(_cc) == 1 and _cc[0] not in GOVERNMENT_ADJECTIVE and _form[0].isupper() and " " not in _form \
            and not _form.endswith(("Briton", "Scot", "Pole", "Dane", "Finn", "Swede", "Turk", "Serb", "Croat")):
        GOVERNMENT_ADJECTIVE.setdefault(_cc[0], _form)
_add("Americans", ("US",))
_add("Filipinos", ("PH",))
_add("Filipinas", ("PH",))
_add("Frenchman", ("FR",))
_add("Frenchmen", ("FR",))
_add("Englishman", ("GB",))
_add("Dutchman", ("NL",))
_add("Welshman", ("GB",))
_add("Irishman", ("IE",))
_add("Scotsman", ("GB",))
_add("Israelis", ("IL",))
_add("Saudis", ("SA",))


def countries_for(demonym: str) -> tuple[str, ...]:
    """The countries a demonym can name, most likely first; () if it is not a known demonym."""
    return DEMONYMS.get(normalise(demonym), ())


def adjective_for(country: str) -> str:
    """The national adjective for an ISO2 code ("KP" -> "North Korean"); falls back to the code itself."""
    return GOVERNMENT_ADJECTIVE.get(country.upper(), country.upper())
