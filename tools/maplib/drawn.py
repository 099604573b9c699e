"""Hand-drawn shapes in lon/lat for places the sources lack. All approximate, all commented.

Each shape is a list of polygons, each a list of (lon, lat) outer-ring points. They are painted
into the label grid and then clipped by Natural Earth land and by the feature(s) they belong
to, so they only need to be right inland; their coastal and outer edges may be generous.
"""

from __future__ import annotations

# Memel Territory (Klaipėda region), 1920-1939: the strip north of the Neman from Nimmersatt
# to Schmalleningken, with the northern Curonian Spit. Kretinga, Gargždai and Tauragė stayed
# outside; Šilutė (Heydekrug) and Pagėgiai (Pogegen) inside.
MEMEL = [[
    (21.06, 56.07), (21.17, 56.06), (21.20, 55.90), (21.33, 55.75), (21.45, 55.60),
    (21.65, 55.45), (21.95, 55.32), (22.20, 55.18), (22.65, 55.10), (22.60, 55.05),
    (22.20, 55.05), (21.90, 55.08), (21.60, 55.18), (21.35, 55.27), (20.95, 55.28),
    (20.90, 55.70), (20.95, 56.07),
]]

# Sanjak of Alexandretta (Hatay): French Syria until it joined Turkey in 1939. The 1945 Turkey
# shape used to fix 1930 and 1938 includes it, so it is painted back to Syria.
HATAY = [[
    (35.75, 36.10), (35.90, 36.55), (36.05, 36.85), (36.35, 37.05), (36.65, 36.95),
    (36.70, 36.60), (36.55, 36.25), (36.30, 35.95), (35.95, 35.80),
]]

# Zara (Zadar), an Italian enclave on the Dalmatian coast from 1920 to 1947.
ZARA = [[(15.16, 44.17), (15.28, 44.17), (15.31, 44.10), (15.22, 44.06), (15.15, 44.10)]]

# Greater Berlin (about 890 km²), under four-power occupation from 1945.
BERLIN = [[
    (13.09, 52.45), (13.15, 52.58), (13.30, 52.66), (13.50, 52.68), (13.66, 52.60),
    (13.76, 52.45), (13.65, 52.35), (13.42, 52.34), (13.20, 52.38),
]]

# West Berlin (about 480 km²): the American, British and French sectors, west of a sector
# border that ran north-south just west of Mitte and then south-east past Neukölln.
WEST_BERLIN = [[
    (13.09, 52.45), (13.15, 52.58), (13.30, 52.66), (13.36, 52.62), (13.37, 52.56),
    (13.375, 52.52), (13.41, 52.50), (13.46, 52.49), (13.49, 52.45), (13.52, 52.40),
    (13.42, 52.35), (13.20, 52.38),
]]

# Kwantung Leased Territory: the tip of the Liaodong peninsula (Dairen, Port Arthur), held by
# Japan 1905-1945 and home of the Kwantung Army of the Mukden incident.
KWANTUNG = [[
    (120.9, 38.65), (122.3, 38.65), (122.4, 39.25), (122.0, 39.45), (121.5, 39.45),
    (121.0, 39.1),
]]

# Portuguese Goa, until India took it in December 1961.
GOA = [[
    (73.68, 15.72), (73.90, 15.80), (74.12, 15.65), (74.34, 15.27), (74.26, 14.90),
    (74.05, 14.90), (73.90, 15.05), (73.78, 15.35),
]]

# Vietnam south of the 17th parallel (the Geneva line of 1954); painted only inside Vietnam.
SOUTH_OF_17N = [[(100.0, 8.0), (112.0, 8.0), (112.0, 17.0), (100.0, 17.0)]]

# Republic of Serbian Krajina (1991-1995), three pieces, painted only inside Croatia:
# 1. Northern Dalmatia, Lika, Kordun and Banovina: Knin, Benkovac, Obrovac, Gračac, Korenica,
#    Slunj, Vojnić, Glina, Petrinja, Dvor; Zadar, Šibenik, Gospić, Otočac, Ogulin, Karlovac
#    and Sisak stayed Croatian. The Bosnian border closes it to the east.
# 2. Western Slavonia around Okučani and Pakrac (taken back by Croatia in May 1995).
# 3. Eastern Slavonia, Baranja and Western Syrmia: Vukovar, Beli Manastir, Ilok; Osijek and
#    Vinkovci stayed Croatian.
KRAJINA = [
    [
        (15.48, 45.42), (15.80, 45.43), (16.10, 45.45), (16.30, 45.47), (16.50, 45.35),
        (16.62, 45.25), (16.40, 45.05), (16.00, 45.10), (15.78, 45.17), (15.75, 44.90),
        (15.90, 44.62), (16.10, 44.42), (16.22, 44.20), (16.38, 44.05), (16.48, 43.90),
        (16.22, 43.80), (15.95, 43.83), (15.70, 43.93), (15.45, 44.08), (15.52, 44.24),
        (15.45, 44.42), (15.55, 44.55), (15.45, 44.78), (15.36, 45.00), (15.30, 45.15),
        (15.40, 45.30),
    ],
    [
        (16.85, 45.30), (17.05, 45.48), (17.30, 45.46), (17.45, 45.27), (17.30, 45.12),
        (17.00, 45.12),
    ],
    [
        (18.55, 45.92), (18.92, 45.93), (19.02, 45.55), (19.06, 45.40), (19.42, 45.26),
        (19.42, 45.12), (19.10, 45.13), (18.95, 45.28), (18.85, 45.42), (18.80, 45.55),
        (18.68, 45.61), (18.45, 45.75),
    ],
]

# Boxes used to pick parts of a Natural Earth country: (lon0, lat0, lon1, lat1).
LETICIA_BOX = (-70.3, -4.4, -69.3, -0.9)  # the Leticia Trapezium, Colombian from 1928
DODECANESE_BOX = (26.5, 35.3, 28.6, 37.6)  # Rhodes, Kos, Karpathos, Patmos, Leros ...
