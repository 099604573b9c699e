"""The built assets: every era loads fast, has the features campaigns name, shares its
borders exactly between neighbours, and keeps ids that are stable and unique."""

import re

import numpy as np
import pytest

from game import mapdata
from game.mapdata import MapDataError, compose, feature_ids, group_ids, load_base_map

ALL_MAPS = [f"{w}_{y}" for w in ("europe", "world")
            for y in (1920, 1930, 1938, 1945, 1960, 1990, 1994)]
ALL_MAPS.append("world_2011")  # the 1994 layer with East Timor and South Sudan (r2p_1992)
ALL_MAPS += ["europe_1991", "europe_1992"]  # the 1994 layer, USSR / Czechoslovakia whole

# What campaigns and crises need on each map (great powers and crisis countries).
KEY_FEATURES = {
    "europe_1920": {"france", "united_kingdom", "italy", "germany", "soviet_russia", "poland",
                    "yugoslavia", "greece", "bulgaria", "lithuania", "danzig", "saar",
                    "memel_territory", "ireland", "central_lithuania", "ottoman_sultanate"},
    "europe_1930": {"france", "united_kingdom", "italy", "germany", "ussr", "poland", "turkey",
                    "greece", "bulgaria", "iraq", "danzig", "saar", "memel_territory",
                    "irish_free_state", "albania", "yugoslavia"},
    "europe_1938": {"france", "united_kingdom", "italy", "germany", "ussr", "czechoslovakia",
                    "austria", "sudetenland", "danzig", "memel_territory", "poland", "spain",
                    "turkey", "syria", "albania", "finland"},
    "europe_1945": {"france", "united_kingdom", "italy", "ussr", "germany_soviet_zone",
                    "germany_british_zone", "germany_american_zone", "germany_french_zone",
                    "berlin", "saar_protectorate", "yugoslavia", "greece", "turkey", "iran",
                    "israel", "dodecanese"},
    "europe_1960": {"france", "united_kingdom", "italy", "ussr", "west_germany", "east_germany",
                    "west_berlin", "hungary", "cyprus", "egypt", "israel", "lebanon"},
    "europe_1994": {"france", "united_kingdom", "germany", "italy", "russia", "serbia",
                    "montenegro", "kosovo", "vojvodina", "republika_srpska",
                    "federation_of_bosnia_and_herzegovina", "croatia", "slovenia", "macedonia",
                    "krajina", "switzerland", "albania"},
    "europe_1990": {"france", "united_kingdom", "germany", "italy", "ussr", "yugoslavia",
                    "czechoslovakia", "poland", "hungary", "romania", "bulgaria", "albania",
                    "greece", "turkey", "iraq", "kuwait", "saudi_arabia", "iran", "israel"},
    "europe_1991": {"ussr", "czechoslovakia", "serbia", "montenegro", "kosovo", "vojvodina",
                    "croatia", "slovenia", "krajina", "republika_srpska", "macedonia"},
    "europe_1992": {"russia", "ukraine", "czechoslovakia", "serbia", "croatia", "krajina",
                    "federation_of_bosnia_and_herzegovina", "republika_srpska", "macedonia"},
    "world_1920": {"soviet_russia", "china", "empire_of_japan", "ottoman_sultanate", "ethiopia",
                   "united_states", "central_lithuania", "far_eastern_republic"},
    "world_1930": {"china", "empire_of_japan", "manchuria", "bolivia", "paraguay", "colombia",
                   "peru", "ethiopia", "italian_somaliland", "eritrea", "united_states", "ussr",
                   "united_kingdom", "france", "italy", "germany", "british_raj"},
    "world_1938": {"manchukuo", "china", "empire_of_japan", "ethiopia", "spain", "germany"},
    "world_1945": {"korea_soviet_zone", "korea_american_zone", "japan", "india", "pakistan",
                   "indonesia", "china", "united_states", "ussr", "goa"},
    "world_1960": {"north_korea", "south_korea", "congo_leopoldville", "india", "pakistan",
                   "indonesia", "guatemala", "cuba", "goa", "china", "taiwan", "united_states",
                   "ussr", "united_kingdom", "france", "egypt", "israel", "hungary",
                   "south_vietnam", "north_vietnam"},
    "world_1994": {"united_states", "russia", "china", "serbia", "kosovo", "republika_srpska",
                   "rwanda", "somalia", "iraq", "kuwait", "haiti", "switzerland", "taiwan"},
    "world_1990": {"united_states", "ussr", "china", "united_kingdom", "france", "iraq",
                   "kuwait", "saudi_arabia", "yugoslavia", "czechoslovakia", "germany",
                   "ethiopia", "namibia", "yemen", "cuba", "panama", "afghanistan"},
    "world_2011": {"united_states", "russia", "china", "france", "rwanda", "somalia", "haiti",
                   "sierra_leone", "sudan", "south_sudan", "indonesia", "east_timor", "libya",
                   "syria", "nigeria", "canada"},
}


def test_every_base_map_is_built():
    assert mapdata.available_maps() == sorted(ALL_MAPS)


@pytest.mark.parametrize("map_id", ALL_MAPS)
def test_loads_with_its_key_features(map_id):
    """Each base map loads with the features its campaigns name (how fast it loads is
    bench/bench_map_view.py's to print, never a test's to assert)."""
    load_base_map.cache_clear()
    m = load_base_map(map_id)
    m.by_index[0].rings("coarse")
    missing = KEY_FEATURES[map_id] - set(m.features)
    assert not missing, f"{map_id} lacks {sorted(missing)}"
    assert feature_ids(map_id) == frozenset(m.features)


@pytest.mark.parametrize("map_id", ALL_MAPS)
def test_ids_are_unique_lowercase_slugs(map_id):
    m = load_base_map(map_id)
    ids = [f.id for f in m.by_index]
    assert len(ids) == len(set(ids))
    partition = [f.id for f in m.by_index if not f.overlay]
    overlays = [f.id for f in m.by_index if f.overlay]
    assert ids == sorted(partition) + sorted(overlays), "stored in id order, overlays last"
    for fid in ids:
        assert re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", fid), fid


@pytest.mark.parametrize("map_id", ["europe_1930", "europe_1994", "world_1960"])
def test_shared_borders_are_identical_in_both_neighbours(map_id):
    """Every vertex of an arc between two features appears, exactly, in both rings.
    (Arcs of two or three points may belong to slivers that simplify to nothing.)"""
    m = load_base_map(map_id)
    checked = 0
    for lod in ("fine", "coarse"):
        arcs = m.arcs[lod]
        for k, (a, b) in enumerate(m.arc_sides.tolist()):
            if a < 0 or b < 0 or m.by_index[a].overlay or m.by_index[b].overlay:
                continue
            if len(arcs[k]) < 4:
                continue
            pts = {tuple(p) for p in arcs[k].tolist()}
            for side in (a, b):
                ring_pts = {tuple(p) for r in m.by_index[side].rings(lod) for p in r.tolist()}
                assert pts <= ring_pts, f"{lod} arc {k} not in {m.by_index[side].id}"
            checked += 1
            if checked > 400:
                break
    assert checked > 50


def test_neighbours_share_an_arc():
    m = load_base_map("europe_1938")
    fr, de = m.features["france"].index, m.features["germany"].index
    assert any({a, b} == {fr, de} for a, b in m.arc_sides.tolist())


@pytest.mark.parametrize("map_id,lonlat,expected", [
    ("europe_1920", (2.35, 48.86), "france"),
    ("europe_1930", (18.65, 54.35), "danzig"),
    ("europe_1930", (21.3, 55.6), "memel_territory"),
    ("europe_1930", (25.28, 54.69), "poland"),  # Wilno, Polish 1922-1939
    ("europe_1930", (32.86, 39.93), "turkey"),  # Ankara: Lausanne, not Sevres
    ("europe_1938", (16.37, 48.21), "austria"),
    ("europe_1945", (13.40, 52.52), "berlin"),
    ("europe_1994", (19.30, 44.10), "republika_srpska"),  # Srebrenica
    ("europe_1994", (21.17, 42.67), "kosovo"),
    ("world_1930", (123.4, 41.8), "manchuria"),  # Mukden
    ("world_1930", (-69.94, -4.1), "colombia"),  # Leticia
    ("world_1930", (45.45, 7.02), "ethiopia"),  # Walwal
    ("world_1960", (126.98, 37.57), "south_korea"),
    ("europe_1990", (30.52, 50.45), "ussr"),  # Kiev
    ("europe_1990", (24.11, 56.95), "ussr"),  # Riga
    ("europe_1990", (15.98, 45.81), "yugoslavia"),  # Zagreb
    ("europe_1990", (18.41, 43.86), "yugoslavia"),  # Sarajevo
    ("europe_1990", (21.26, 48.72), "czechoslovakia"),  # Košice
    ("europe_1990", (12.37, 51.34), "germany"),  # Leipzig: united from October 1990
    ("world_1990", (76.95, 43.25), "ussr"),  # Alma-Ata
    ("europe_1991", (30.52, 50.45), "ussr"),  # Kiev: the USSR dissolved in December 1991
    ("europe_1991", (15.98, 45.81), "croatia"),  # Zagreb: independent from June 1991
    ("europe_1991", (21.26, 48.72), "czechoslovakia"),  # Košice
    ("europe_1992", (30.52, 50.45), "ukraine"),
    ("europe_1992", (21.26, 48.72), "czechoslovakia"),  # split on 1 January 1993
    ("europe_1992", (19.30, 44.10), "republika_srpska"),  # Srebrenica
    ("world_1990", (38.93, 15.33), "ethiopia"),  # Asmara: Eritrea independent in 1993
    ("world_1990", (47.98, 29.37), "kuwait"),
    ("world_2011", (125.57, -8.56), "east_timor"),  # Dili
    ("world_2011", (31.58, 4.85), "south_sudan"),  # Juba
    ("world_2011", (32.53, 15.59), "sudan"),  # Khartoum
    ("world_2011", (106.85, -6.21), "indonesia"),  # Jakarta
])
def test_feature_at_known_places(map_id, lonlat, expected):
    m = load_base_map(map_id)
    x, y = m.project(*lonlat)
    assert m.feature_at(float(x), float(y)) == expected


def test_owners_are_features_of_the_same_map_where_they_can_be():
    m = load_base_map("world_1930")
    assert m.features["british_raj"].owner == "united_kingdom"
    assert m.features["libya"].owner == "italy"
    assert m.features["manchuria"].owner == "china"
    assert m.features["france"].owner == "france"


def test_corrections_are_flagged():
    m = load_base_map("europe_1994")
    assert m.features["krajina"].overlay
    assert not m.features["croatia"].overlay
    assert "anachronistic" in load_base_map("world_1945").features["pakistan"].flags


def test_overlay_lies_within_its_host():
    m = load_base_map("europe_1994")
    kx0, ky0, kx1, ky1 = m.features["krajina"].bbox
    cx0, cy0, cx1, cy1 = m.features["croatia"].bbox
    assert cx0 <= kx0 and cy0 <= ky0 and kx1 <= cx1 and ky1 <= cy1


def test_compose_fr_yugoslavia():
    m = load_base_map("europe_1994")
    fry = compose(m, {"fry": ["serbia", "montenegro", "kosovo", "vojvodina"]})["fry"]
    parts = sum(m.features[i].area_km2 for i in fry.members)
    assert fry.area_km2 == pytest.approx(parts)
    assert 90_000 < fry.area_km2 < 115_000  # FR Yugoslavia was 102,173 km2
    assert len(fry.rings("coarse")) >= 4
    # The outline leaves out the borders between the members.
    inner = {m.features["serbia"].index, m.features["kosovo"].index}
    for arc in fry.outline("fine"):
        assert len(arc) >= 2
    sides = m.arc_sides.tolist()
    outline_arcs = [k for k, (a, b) in enumerate(sides) if {a, b} == inner]
    assert outline_arcs, "serbia and kosovo share a border"
    assert group_ids("europe_1994")["federal_republic_of_yugoslavia"] == (
        "kosovo", "montenegro", "serbia", "vojvodina")


def test_compose_rejects_unknown_ids():
    with pytest.raises(MapDataError, match="atlantis"):
        compose(load_base_map("europe_1994"), {"x": ["serbia", "atlantis"]})


def test_unknown_map_is_a_clear_error():
    with pytest.raises(MapDataError, match="europe_1920"):
        load_base_map("europe_1066")


def test_cities_carry_names_of_their_time_with_accents():
    names = {c.name for c in load_base_map("europe_1930").cities}
    assert {"Danzig", "Wilno", "Memel", "Genève", "Kraków", "Corfu", "Petrich", "Mosul"} <= names
    names94 = {c.name: c for c in load_base_map("europe_1994").cities}
    for place in ("Srebrenica", "Žepa", "Goražde", "Bihać", "Tuzla", "Gdańsk", "Vilnius"):
        assert place in names94
    assert names94["Sarajevo"].capital and not names94["Pristina"].capital
    world = {c.name for c in load_base_map("world_1930").cities}
    assert {"Mukden", "Addis Ababa", "Walwal", "Leticia"} <= world


def test_one_capital_per_independent_state():
    m = load_base_map("europe_1938")
    caps = [c for c in m.cities if c.capital]
    assert len({c.feature for c in caps}) == len(caps)
    by_name = {c.name: c for c in caps}
    assert by_name["Kaunas"].feature == "lithuania"
    assert "Vilnius" not in by_name and "Wilno" not in by_name


def test_project_matches_the_assets_projection():
    m = load_base_map("europe_1994")
    x, y = m.project(np.array([20.0]), np.array([45.0]))
    assert abs(float(x[0])) < 1e-9 and abs(float(y[0])) < 1e-9
    lon, lat = m.unproject(x, y)
    assert float(lon[0]) == pytest.approx(20.0) and float(lat[0]) == pytest.approx(45.0)


def test_land_and_water_layers():
    m = load_base_map("europe_1930")
    assert len(m.land["coarse"]) > 10
    assert len(m.lakes["fine"]) >= len(m.lakes["coarse"]) > 0
    assert len(m.rivers["fine"]) > 0
    assert len(m.land["coarse"]) < len(m.land["fine"]), "tiny islands leave the overview"


SUCCESSORS = {"russia", "ukraine", "belarus", "moldova", "estonia", "latvia", "lithuania",
              "georgia", "armenia", "azerbaijan", "kazakhstan", "uzbekistan", "turkmenistan",
              "kyrgyzstan", "tajikistan", "serbia", "montenegro", "croatia", "slovenia",
              "macedonia", "bosnia_and_herzegovina", "federation_of_bosnia_and_herzegovina",
              "republika_srpska", "kosovo", "vojvodina", "krajina", "czech_republic",
              "slovakia", "eritrea"}


@pytest.mark.parametrize("map_id", ["europe_1990", "world_1990"])
def test_1990_shows_the_ussr_yugoslavia_and_czechoslovakia_whole(map_id):
    """The 1990 maps (issue 17) are the 1994 borders merged back: no successor state is a
    feature of its own, each union has one capital, and the title names the date shown."""
    m = load_base_map(map_id)
    assert not SUCCESSORS & set(m.features)
    assert group_ids(map_id) == {}
    for fid in ("ussr", "yugoslavia", "czechoslovakia", "germany"):
        assert m.features[fid].owner == fid
    capitals = {c.feature: c.name for c in m.cities if c.capital}
    assert (capitals["ussr"], capitals["yugoslavia"], capitals["czechoslovakia"]) == (
        "Moscow", "Belgrade", "Prague")
    assert m.title.endswith("October 1990")


def test_1990_cities_carry_soviet_names():
    names = {c.name for c in load_base_map("europe_1990").cities}
    assert {"Leningrad", "Kiev", "Gorky", "Kuybyshev", "Kishinev"} <= names
    assert not {"St. Petersburg", "Kyiv", "Nizhny Novgorod"} & names
