"""City markers: Natural Earth populated places, with the names and capitals of each era.

Natural Earth is a modern gazetteer: it spells a few names oddly, knows only today's capitals
and lacks some small places the campaigns need (Srebrenica, Walwal). The tables below fix that
explicitly; population ranks use Natural Earth's modern figures, only to decide which markers
show first.
"""

from __future__ import annotations

from dataclasses import dataclass

# Spelling fixes and English exonyms for the game's English text (Genève stays French: it is
# how the League's seat is remembered).
NAME_FIXES = {
    "Geneva": "Genève",
    "København": "Copenhagen",
    "Bur Said": "Port Said",
    "Banghazi": "Benghazi",
    "Sevastapol": "Sevastopol",
    "Groznyy": "Grozny",
    "Naltchik": "Nalchik",
    "Poitier": "Poitiers",
    "Tel Aviv-Yafo": "Tel Aviv",
    "Shenyeng": "Shenyang",
    "Bogota": "Bogotá",
    "Makkah": "Mecca",
    "Kiev": "Kyiv",
    "Lvov": "Lviv",
}

# Names of the time: (first year, last year, name) of each map year a name applies to.
ERA_NAMES = {
    "Gdańsk": [(1920, 1938, "Danzig")],
    "Klaipėda": [(1920, 1938, "Memel")],
    "Kaliningrad": [(1920, 1945, "Königsberg")],
    "Vilnius": [(1920, 1938, "Wilno")],
    "Lviv": [(1920, 1938, "Lwów"), (1945, 1991, "Lvov")],
    "Kyiv": [(1920, 1991, "Kiev")],
    "St. Petersburg": [(1920, 1920, "Petrograd"), (1930, 1991, "Leningrad")],
    "Volgograd": [(1920, 1920, "Tsaritsyn"), (1930, 1960, "Stalingrad")],
    "Nizhny Novgorod": [(1938, 1990, "Gorky")],
    "Samara": [(1938, 1990, "Kuybyshev")],
    "Istanbul": [(1920, 1920, "Constantinople")],
    "İzmir": [(1920, 1920, "Smyrna")],
    "Oslo": [(1920, 1920, "Kristiania")],
    "Tbilisi": [(1920, 1930, "Tiflis")],
    "Chișinău": [(1945, 1990, "Kishinev")],
    "Rijeka": [(1920, 1938, "Fiume")],
    "Zadar": [(1920, 1938, "Zara")],
    "İskenderun": [(1920, 1938, "Alexandretta")],
    "Beijing": [(1920, 1920, "Peking"), (1930, 1945, "Peiping"), (1960, 1960, "Peking")],
    "Nanjing": [(1920, 1960, "Nanking")],
    "Chongqing": [(1920, 1960, "Chungking")],
    "Guangzhou": [(1920, 1960, "Canton")],
    "Tianjin": [(1920, 1960, "Tientsin")],
    "Shenyang": [(1920, 1945, "Mukden")],
    "Changchun": [(1938, 1938, "Hsinking")],  # Manchukuo's capital, 1932-1945
    "Dalian": [(1920, 1945, "Dairen")],  # the Japanese leased territory of Kwantung
    "Ho Chi Minh City": [(1920, 1960, "Saigon")],
    "Jakarta": [(1920, 1938, "Batavia")],
    "Kinshasa": [(1920, 1960, "Léopoldville")],
    "Lubumbashi": [(1920, 1960, "Élisabethville")],
    "Kisangani": [(1920, 1960, "Stanleyville")],
    "Harare": [(1920, 1960, "Salisbury")],
    "Maputo": [(1920, 1960, "Lourenço Marques")],
    "Kolkata": [(1920, 1994, "Calcutta")],
    "Mumbai": [(1920, 1994, "Bombay")],
    "Chennai": [(1920, 1994, "Madras")],
    "Rangoon": [(1994, 1994, "Yangon")],
    "Almaty": [(1920, 1994, "Alma-Ata")],
    "Ulaanbaatar": [(1920, 1920, "Urga"), (1930, 1994, "Ulan Bator")],
    "Dhaka": [(1920, 1960, "Dacca")],
    "Panaji": [(1920, 1960, "Nova Goa")],
}

# Places campaigns need that Natural Earth lacks: (name, lon, lat, population). Small
# populations keep them from crowding the map until zoomed in.
EXTRA_PLACES = [
    ("Kaunas", 23.90, 54.90, 300_000),  # Lithuania's capital 1920-1939
    ("Klaipėda", 21.13, 55.71, 150_000),  # Memel
    ("Saarbrücken", 7.00, 49.23, 180_000),  # the Saar
    ("Rijeka", 14.44, 45.33, 130_000),  # Fiume, 1919-1924
    ("Zadar", 15.23, 44.12, 70_000),  # Zara, Italian 1920-1947
    ("Cieszyn", 18.63, 49.75, 35_000),  # Teschen, 1919-1920 and 1938
    ("Katowice", 19.02, 50.26, 300_000),  # Upper Silesia plebiscite, 1921
    ("Essen", 7.01, 51.46, 580_000),  # the Ruhr, 1923
    ("Cologne", 6.95, 50.94, 1_000_000),  # the Rhineland
    ("Bonn", 7.10, 50.73, 320_000),  # West Germany's capital
    ("Locarno", 8.80, 46.17, 15_000),  # the Locarno treaties, 1925
    ("Lausanne", 6.63, 46.52, 140_000),  # the treaty of 1923
    ("Corfu", 19.92, 39.62, 30_000),  # Kérkyra; the Corfu incident, 1923
    ("Petrich", 23.21, 41.40, 30_000),  # the Petrich incident (War of the Stray Dog), 1925
    ("İskenderun", 36.17, 36.59, 150_000),  # Alexandretta; Hatay 1938-1939
    ("Walwal", 45.45, 7.02, 1_000),  # Welwel, the incident of December 1934 (approximate)
    ("Adwa", 38.90, 14.16, 40_000),  # Adowa
    ("Leticia", -69.94, -4.21, 40_000),  # the Leticia incident, 1932
    ("Srinagar", 74.80, 34.08, 1_000_000),  # Kashmir
    ("Panaji", 73.83, 15.49, 100_000),  # Goa
    ("Dayton", -84.19, 39.76, 140_000),  # the Dayton agreement, 1995
    ("Srebrenica", 19.30, 44.10, 6_000),  # UN safe area, 1993-1995
    ("Žepa", 19.11, 43.95, 1_000),  # UN safe area
    ("Goražde", 18.98, 43.67, 20_000),  # UN safe area
    ("Bihać", 15.87, 44.82, 50_000),  # UN safe area
    ("Tuzla", 18.67, 44.54, 120_000),  # UN safe area
    ("Knin", 16.20, 44.04, 12_000),  # capital of the Krajina
    ("Vukovar", 19.00, 45.35, 28_000),  # siege of 1991
    ("Pale", 18.57, 43.82, 20_000),  # seat of the Bosnian Serb leadership
    ("Mostar", 17.81, 43.34, 100_000),
    ("Dubrovnik", 18.09, 42.65, 40_000),
    ("Split", 16.44, 43.51, 180_000),
]

# Capitals Natural Earth cannot know, per year, and today's capitals that were not capitals.
EXTRA_CAPITALS = {
    1920: {"Istanbul", "Kaunas", "Rio de Janeiro", "Melbourne", "Kharkiv"},
    1930: {"Kaunas", "Rio de Janeiro", "Nanjing"},
    1938: {"Kaunas", "Rio de Janeiro", "Chongqing"},
    1945: {"Rio de Janeiro", "Chongqing"},
    1960: {"Bonn", "Karachi", "Ho Chi Minh City"},
    1990: {"Lagos", "Dar es Salaam"},  # Abuja from December 1991
    1991: {"Lagos", "Dar es Salaam"},
    1992: {"Almaty", "Dar es Salaam"},
    1994: {"Almaty", "Dar es Salaam"},
}
NOT_CAPITALS = {
    1920: {"Ankara", "Canberra", "Kyiv", "Beijing"},
    1930: {"Beijing"},
    1938: {"Beijing"},
    1945: {"Beijing"},
    1990: {"Abuja", "Dodoma"},
    1991: {"Abuja", "Dodoma", "Astana"},
    1992: {"Astana", "Dodoma"},
    1994: {"Astana", "Dodoma"},
}
# Places that did not exist yet (planned capitals).
FOUNDED = {
    "Brasília": 1960, "Islamabad": 1961, "Abuja": 1976, "Naypyidaw": 2005, "Putrajaya": 1995,
    "Belmopan": 1967, "Gaborone": 1964, "Nouakchott": 1958, "Goiânia": 1933,
}


@dataclass
class Place:
    name: str
    lon: float
    lat: float
    population: int
    ne_capital: bool


def gazetteer(ne_props: list[dict]) -> list[Place]:
    """Natural Earth places plus the extra ones, with modern display names, sorted."""
    out = {}
    for p in ne_props:
        name = NAME_FIXES.get(p["name"], p["name"])
        cap = p.get("adm0cap") == 1 or p.get("featurecla") == "Admin-0 capital"
        out[name] = Place(name, float(p["longitude"]), float(p["latitude"]),
                          int(p.get("pop_max") or 0), bool(cap))
    for name, lon, lat, pop in EXTRA_PLACES:
        out.setdefault(name, Place(name, lon, lat, pop, False))
    return sorted(out.values(), key=lambda pl: pl.name)


def name_in(place: Place, year: int) -> str:
    for first, last, name in ERA_NAMES.get(place.name, []):
        if first <= year <= last:
            return name
    return place.name


def capital_candidate(place: Place, year: int) -> bool:
    if place.name in NOT_CAPITALS.get(year, ()):
        return False
    return place.ne_capital or place.name in EXTRA_CAPITALS.get(year, ())


def exists_in(place: Place, year: int) -> bool:
    return year >= FOUNDED.get(place.name, 0)
