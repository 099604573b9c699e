"""Explicit corrections to the raw map data, era by era. Every entry says why.

The historical layer (aourednik/historical-basemaps) is a good start but has known faults
(see ../shared/data/maps/README.md) and a few more found while building: 1930 and 1938 still
draw the Treaty of Sèvres in Anatolia, Leticia is Peruvian in every year, Corfu, Lesbos and
Malta are missing, colonies carry their modern names and often no owner.

Source features are addressed by NAME, or "NAME|SUBJECTO" where a name repeats. The build
stops if a key names nothing, so a typo cannot silently skip a correction.

Order of work per era (see eras.py): renames and owners -> drops -> unnamed pieces (folds) ->
paint the historical features, biggest first -> carves, in the order listed -> clip to
Natural Earth land -> fill gaps from neighbours, then from Natural Earth sovereignty.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import drawn

UK = "United Kingdom"
FR = "France"
IT = "Italy"
BE = "Belgium"
PT = "Portugal"
ES = "Spain"
NL = "Netherlands"
US = "United States"
JP = "Empire of Japan"


@dataclass(frozen=True)
class Carve:
    """Paint a shape into the partition as (part of) feature ``name``.

    ``source`` is ("era", year, NAME) to borrow a shape from another year of the historical
    layer, ("ne", ADMIN) or ("ne_subunit", SU_A3) for Natural Earth, or ("drawn", shapes)
    for a hand-drawn shape from drawn.py. ``within`` limits painting to cells of those
    features; ``box`` (lon0, lat0, lon1, lat1) clips the source.
    """

    name: str
    source: tuple
    owner: str | None = None
    within: tuple[str, ...] = ()
    box: tuple[float, float, float, float] | None = None
    note: str = ""
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fold:
    """An unnamed piece of the historical layer, found by a lon/lat point inside it."""

    at: tuple[float, float]
    into: str | None  # feature name; None drops the piece
    owner: str | None = None


@dataclass(frozen=True)
class EraFix:
    renames: dict[str, str] = field(default_factory=dict)
    owners: dict[str, str] = field(default_factory=dict)
    drops: tuple[str, ...] = ()
    folds: tuple[Fold, ...] = ()
    carves: tuple[Carve, ...] = ()
    overlays: tuple[Carve, ...] = ()
    notes: dict[str, str] = field(default_factory=dict)
    flags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Natural Earth ADMIN -> (feature, owner) for land no source claims and no neighbour
    # reaches (islands the historical layer lacks), where the automatic choice (the feature
    # holding most of the same country or sovereign) would be wrong.
    ne_assign: dict[str, tuple[str, str]] = field(default_factory=dict)
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)


#: SUBJECTO spellings that mean the same power.
OWNER_ALIASES = {
    "United Kingdom of Great Britain and Ireland": UK,
    "UK": UK,
    "GB": UK,
    "IT": IT,
    "USA": US,
}
#: Parenthesised owner suffixes stripped from names ("Libya (IT)" -> "Libya", owner Italy).
OWNER_SUFFIXES = {"France", "GB", "UK", "IT", "Italy", "Belgium", "Portugal", "USA"}

# -- colonies under their names of the time ----------------------------------------------
# (data name, name of the time, owner, years). The layer often gives colonies their modern
# name and no owner; a world map of 1935 that says "Zambia" is wrong twice.
_ALL = (1920, 1930, 1938, 1945, 1960)
_PRE45 = (1920, 1930, 1938)
_COLONY_ROWS = [
    ("Tanzania, United Republic of", "Tanganyika", UK, _ALL),
    ("Zambia", "Northern Rhodesia", UK, (1920, 1930, 1960)),
    ("Zimbabwe", "Southern Rhodesia", UK, (1920, 1930, 1960)),
    ("Rhodesia", "Southern Rhodesia", UK, (1945,)),
    ("Southern Rhodesia", "Southern Rhodesia", UK, (1938,)),
    ("Northern Rhodesia", "Northern Rhodesia", UK, (1938, 1945)),
    ("Malawi", "Nyasaland", UK, _ALL),
    ("Nyasaland", "Nyasaland", UK, (1945,)),
    ("Botswana", "Bechuanaland", UK, _ALL),
    ("Lesotho", "Basutoland", UK, _ALL),
    ("Swaziland", "Swaziland", UK, _ALL),
    ("Namibia", "South West Africa", "South Africa", (1945, 1960)),
    ("Zaire (Belgium)", "Belgian Congo", BE, (1920, 1930)),
    ("Zaire", "Belgian Congo", BE, (1945,)),
    ("Rwanda (Belgium)", "Ruanda-Urundi", BE, _PRE45),
    ("Rwanda", "Ruanda-Urundi", BE, (1945, 1960)),
    ("Burundi", "Ruanda-Urundi", BE, _ALL),
    ("Angola", "Angola", PT, (1920, 1930, 1960)),
    ("Mozambique", "Mozambique", PT, (1920, 1930, 1960)),
    ("Guinea-Bissau", "Portuguese Guinea", PT, (1920, 1930, 1938, 1960)),
    ("Guinea-Bissau (Portugal)", "Portuguese Guinea", PT, (1945,)),
    ("Equatorial Guinea", "Spanish Guinea", ES, _ALL),
    ("Western Sahara", "Spanish Sahara", ES, (1945, 1960)),
    ("Spanish Sahara", "Spanish Sahara", ES, (1920, 1930)),
    ("Rio De Oro", "Río de Oro", ES, _PRE45),
    ("Ghana", "Gold Coast", UK, (1920, 1930)),
    ("Togo", "Togoland", FR, (1920, 1930, 1938, 1945)),
    ("Nigeria", "Nigeria", UK, (1920, 1930)),
    ("Sierra Leone", "Sierra Leone", UK, (1920, 1930, 1960)),
    ("Gambia, The", "Gambia", UK, _ALL),
    ("Kenya", "Kenya", UK, (1920, 1930, 1960)),
    ("Uganda", "Uganda", UK, (1920, 1930, 1960)),
    ("Sudan", "Anglo-Egyptian Sudan", UK, (1920, 1930, 1938, 1945)),
    ("Eritrea", "Eritrea", IT, (1920, 1930)),
    ("Eritrea", "Eritrea", "Ethiopia", (1960,)),
    ("Madagascar (France)", "Madagascar", FR, (1920, 1930)),
    ("Morocco", "Morocco", FR, (1920, 1930)),
    ("Algeria", "Algeria", FR, (1920, 1930, 1960)),
    ("Tunisia", "Tunisia", FR, (1920, 1930, 1938)),
    ("Djibouti", "French Somaliland", FR, (1945, 1960)),
    ("Burkina Faso", "Upper Volta", FR, (1945,)),
    ("Burkina Faso", "Upper Volta", "Upper Volta", (1960,)),
    ("Central African Republic", "Ubangi-Shari", FR, (1945,)),
    ("Benin", "Dahomey", FR, (1945,)),
    ("Benin", "Dahomey", "Dahomey", (1960,)),
    ("Congo", "Middle Congo", FR, (1945,)),
    ("Gabon", "Gabon", FR, (1945,)),
    ("Cameroon", "French Cameroons", FR, (1945,)),
    ("Southern Cameroon", "British Cameroons", UK, (1945,)),
    ("Mali", "French Sudan", FR, (1945,)),
    ("Guinea", "French Guinea", FR, (1945,)),
    ("Somalia", "Italian Somaliland", UK, (1945,)),
    ("Annam", "Annam", FR, (1920, 1930)),
    ("Cochin China", "Cochin China", FR, (1920, 1930, 1938)),
    ("French Indo-China", "French Indo-China", FR, (1920, 1930)),
    ("Cambodia", "Cambodia", FR, (1938,)),
    ("Laos", "Laos", FR, (1938,)),
    ("Malaysia", "British Malaya", UK, (1920, 1930, 1938, 1945)),
    ("Brunei", "Brunei", UK, (1920, 1930, 1938, 1945, 1960)),
    ("Ceylon", "Ceylon", UK, _PRE45),
    ("Sri Lanka", "Ceylon", UK, (1945,)),
    ("Sri Lanka", "Ceylon", "Ceylon", (1960,)),
    ("Burma", "Burma", UK, (1945,)),
    ("Dutch East Indies", "Dutch East Indies", NL, (1920, 1930)),
    ("Dutch Guinea", "Netherlands New Guinea", NL, (1945,)),
    ("Philippines", "Philippines", US, (1920, 1930, 1945)),
    ("Puerto Rico", "Puerto Rico", US, _ALL),
    ("United States Virgin Islands", "United States Virgin Islands", US, (1920, 1930, 1938)),
    ("American Samoa", "American Samoa", US, _ALL),
    ("Guyana", "British Guiana", UK, _ALL),
    ("Suriname", "Surinam", NL, _ALL),
    ("French Guiana", "French Guiana", FR, _ALL),
    ("Belize", "British Honduras", UK, _ALL),
    ("Jamaica", "Jamaica", UK, (1920, 1930, 1938, 1960)),
    ("Trinidad", "Trinidad", UK, _ALL),
    ("Bahamas", "Bahamas", UK, (1938, 1945, 1960)),
    ("Turks and Caicos Islands", "Turks and Caicos Islands", UK, (1938, 1945, 1960)),
    ("Papua New Guinea", "Papua and New Guinea", "Australia", (1920, 1930, 1945, 1960)),
    ("Samoa", "Western Samoa", "New Zealand", _ALL),
    ("Niue", "Niue", "New Zealand", _ALL),
    ("Fiji", "Fiji", UK, _ALL),
    ("Tonga", "Tonga", UK, _ALL),
    ("Wallis and Futuna Islands", "Wallis and Futuna Islands", FR, _ALL),
    ("Netherlands Antilles", "Netherlands Antilles", NL, _ALL),
    ("Trucial Oman", "Trucial Oman", UK, (1920, 1930)),
    ("United Arab Emirates", "Trucial States", UK, (1945, 1960)),
    ("Qatar", "Qatar", UK, (1945, 1960)),
    ("Kuwait", "Kuwait", UK, (1938, 1945, 1960)),
    ("Oman", "Muscat and Oman", "Muscat and Oman", (1945, 1960)),
    ("Jordan", "Transjordan", UK, (1938, 1945)),
    ("Hong Kong", "Hong Kong", UK, _ALL + (1994,)),
    ("Dominion of Newfoundland", "Newfoundland", UK, _PRE45),
    ("Rattanakosin Kingdom", "Siam", "Siam", (1920, 1930)),
]
_UK_ISLANDS = (
    "Antigua and Barbuda", "Barbados", "Dominica", "Grenada", "Montserrat", "Anguilla",
    "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines",
)
_FR_ISLANDS = ("Martinique", "Guadeloupe", "Saint Martin", "Saint Barthelemy")
for _n in _UK_ISLANDS:
    _COLONY_ROWS.append((_n, _n, UK, _ALL))
for _n in _FR_ISLANDS:
    _COLONY_ROWS.append((_n, _n, FR, _ALL))

# Islands the historical layer lacks altogether, by Natural Earth ADMIN: (name, owner, years).
_ISLAND_ROWS = [
    ("Solomon Islands", "British Solomon Islands", UK, _ALL),
    ("Vanuatu", "New Hebrides", FR, _ALL),
    ("The Bahamas", "Bahamas", UK, (1920, 1930)),
    ("Cabo Verde", "Cape Verde", PT, _ALL),
    ("Mauritius", "Mauritius", UK, _ALL),
    ("Comoros", "Comoros", FR, _ALL),
    ("Sao Tome and Principe", "São Tomé and Príncipe", PT, _ALL),
    ("Kiribati", "Gilbert and Ellice Islands", UK, _ALL),
    ("Federated States of Micronesia", "South Seas Mandate", JP, _PRE45),
    ("Palau", "South Seas Mandate", JP, _PRE45),
    ("Marshall Islands", "South Seas Mandate", JP, _PRE45),
    ("Federated States of Micronesia", "Trust Territory of the Pacific Islands", US, (1945, 1960)),
    ("Palau", "Trust Territory of the Pacific Islands", US, (1945, 1960)),
    ("Marshall Islands", "Trust Territory of the Pacific Islands", US, (1945, 1960)),
]
_ISLANDS_1994 = (
    "Solomon Islands", "Vanuatu", "Cabo Verde", "Mauritius", "Comoros", "Kiribati",
    "Federated States of Micronesia", "Palau", "Marshall Islands",
)

#: Names that read badly in every year.
_EVERY_YEAR_RENAMES = {
    "Korea, Republic of": "South Korea",
    "Korea, Democratic People's Republic of": "North Korea",
    "Chinese Warlords": "China",
    "Chinese warlords": "China",
    "Syria (France)": "Syria",
    "Mandatory Palestine (GB)": "Mandatory Palestine",
}

# -- the corrections, year by year ---------------------------------------------------------
_SAAR_1920 = Carve(
    "Saar",
    ("era", 1945, "Saar Protectorate"),
    owner="League of Nations",
    note="Territory of the Saar Basin, governed by a League of Nations commission 1920-1935.",
    flags=("borrowed",),
)
_DANZIG = Carve(
    "Danzig",
    ("era", 1930, "Danzig"),
    owner="Danzig",
    note="Free City of Danzig (from November 1920), under League of Nations protection.",
    flags=("borrowed",),
)
_TURKEY_LAUSANNE = (
    # 1930 and 1938 still show the Treaty of Sèvres (Greek Smyrna, Italian Antalya, Armenia
    # to Erzurum, the Straits zone). Turkey's borders were settled at Lausanne in 1923: use
    # the 1945 shape, then give the Sanjak of Alexandretta back to Syria (Turkish from 1939).
    Carve("Turkey", ("era", 1945, "Turkey"), owner="Turkey", flags=("borrowed",)),
    Carve("Syria", ("drawn", drawn.HATAY), within=("Turkey",), flags=("approximate",)),
)
_LETICIA = Carve(
    # Every year gives the Leticia Trapezium to Peru; Colombia held it from 1928 (and again
    # after the 1932-33 incident), so take Natural Earth's Colombia inside a box.
    "Colombia",
    ("ne", "Colombia"),
    box=drawn.LETICIA_BOX,
)
# Kuwait is missing before 1945 (Natural Earth would hand it to Iraq): British protectorate.
_KUWAIT = Carve("Kuwait", ("era", 1945, "Kuwait"), owner=UK, flags=("borrowed",))
# Transjordan is missing in 1930 and a 12-point sliver in 1938: a British mandate from 1921.
_TRANSJORDAN = Carve("Transjordan", ("era", 1945, "Jordan"), owner=UK, flags=("borrowed",))
# Malta is missing before 1994: a British colony until 1964.
_MALTA = {"Malta": ("Malta", UK)}
# The Faroes are missing; once Greenland is drawn apart, "most of Denmark" would be Greenland.
_FAROES = {"Faroe Islands": ("Denmark", "Denmark")}
# Kwantung is missing (drawn inside Manchuria, or Manchukuo in 1938): Japanese 1905-1945.
_KWANTUNG = Carve(
    "Kwantung Leased Territory", ("drawn", drawn.KWANTUNG), owner=JP,
    within=("Manchuria", "Manchukuo"), note="Leased by Japan from 1905 to 1945.",
    flags=("approximate",),
)
# Zara is missing: an Italian enclave in Dalmatia (Treaty of Rapallo, 1920 - 1947).
_ZARA = Carve("Italy", ("drawn", drawn.ZARA), within=("Yugoslavia",), flags=("approximate",))
_GOA = Carve(
    "Goa", ("drawn", drawn.GOA), owner=PT, within=("British Raj", "India"),
    note="Portuguese India until December 1961.", flags=("approximate",),
)


def _memel(owner: str, note: str) -> Carve:
    return Carve(
        "Memel Territory", ("drawn", drawn.MEMEL), owner=owner, note=note,
        flags=("approximate",),
    )


ERAS: dict[int, EraFix] = {
    1920: EraFix(
        renames={
            "United Kingdom of Great Britain and Ireland": UK,
            # The USSR dates from December 1922; in 1920 this is Soviet Russia (the RSFSR).
            "USSR": "Soviet Russia",
            "Far Eastern SSR": "Far Eastern Republic",
            # "Emirate of Bin Shal'an" covers central Arabia: Ibn Saud's Nejd.
            "Emirate of Bin Shal'an": "Nejd",
            "Hail": "Jabal Shammar",
            "Mesopotamia (GB)": "Mesopotamia",
            "Libya (IT)": "Libya",
        },
        owners={
            "Mesopotamia": UK, "Egypt": UK, "East Prussia": "Germany",
            # Armenia and Azerbaijan were Soviet by the end of 1920; Georgia stayed independent
            # until February 1921.
            "Armenia": "Soviet Russia", "Azerbaijan": "Soviet Russia", "Georgia": "Georgia",
            "Manchuria": "China", "Xinjiang": "China",
        },
        folds=(
            # Constantinople, East Thrace and the Straits: Ottoman, under Allied occupation.
            Fold((27.5, 41.2), "Ottoman Sultanate"),
            Fold((29.07, 40.2), "Ottoman Sultanate"),
            # Northern Arabian desert north of Ha'il.
            Fold((42.0, 29.5), "Jabal Shammar"),
        ),
        carves=(
            # Ireland left the United Kingdom in December 1922; drawn separately (owned by
            # the UK in 1920) so that campaigns can colour it either way.
            Carve("Ireland", ("era", 1938, "Ireland"), owner=UK,
                  note="Part of the United Kingdom until the Irish Free State, December 1922.",
                  flags=("borrowed",)),
            _SAAR_1920,
            _DANZIG,
            # The layer leaves Wilno to Lithuania. Poland held it from October 1920 (as
            # "Central Lithuania" until 1922): the Vilnius dispute, a League case. The 1938
            # Poland, where it overlaps this Lithuania, is that region.
            Carve("Central Lithuania", ("era", 1938, "Poland"), owner="Central Lithuania",
                  within=("Lithuania",),
                  note="Taken by Żeligowski's Polish troops in October 1920; annexed by Poland "
                  "in 1922. Claimed by Lithuania throughout.", flags=("borrowed",)),
            _ZARA,
            _memel("Memel Territory", "Detached from Germany in 1920 under an Allied (French) "
                   "administration; seized by Lithuania in January 1923."),
            _KUWAIT,
            _KWANTUNG,
            _GOA,
        ),
        ne_assign=_MALTA,
        notes={
            "Soviet Russia": "The Russian SFSR; the USSR was founded in December 1922.",
            "China": "The Beiyang government; much of the country held by warlords.",
        },
        groups={"united_kingdom_of_great_britain_and_ireland": ("United Kingdom", "Ireland")},
    ),
    1930: EraFix(
        renames={
            "United Kingdom of Great Britain and Ireland": UK,
            "Far Eastern SSR": "USSR",  # merged into the Russian SFSR in November 1922
            "Emirate of Bin Shal'an": "Hejaz and Nejd",  # united by Ibn Saud by 1926
            "Hejaz": "Hejaz and Nejd",
            "Hail": "Hejaz and Nejd",
            "Mesopotamia (GB)": "Iraq",
            "Libya (IT)": "Libya",
        },
        owners={
            # Egypt has been nominally independent since 1922 (the layer says British).
            "Egypt": "Egypt",
            "Iraq": UK, "East Prussia": "Germany", "Manchuria": "China", "Xinjiang": "China",
            "Ukraine": "USSR", "White Russia": "USSR", "Georgia": "USSR", "Armenia": "USSR",
            "Azerbaijan": "USSR", "Danzig": "Danzig",
        },
        drops=("Ottoman Sultanate",),  # replaced by Turkey below
        folds=(
            Fold((27.5, 41.2), "Turkey"),
            Fold((29.07, 40.2), "Turkey"),
            Fold((42.0, 29.5), "Hejaz and Nejd"),
        ),
        carves=(
            Carve("Irish Free State", ("era", 1938, "Ireland"), owner="Irish Free State",
                  note="A Dominion of the British Commonwealth since December 1922.",
                  flags=("borrowed",)),
            _SAAR_1920,
            # Wilno was Polish from 1922 to 1939; the layer still draws it Lithuanian.
            Carve("Poland", ("era", 1938, "Poland"), within=("Lithuania",), flags=("borrowed",)),
            _ZARA,
            _memel("Lithuania", "Autonomous region of Lithuania since 1923."),
            *_TURKEY_LAUSANNE,
            _KUWAIT,
            _TRANSJORDAN,
            _KWANTUNG,
            _LETICIA,
            _GOA,
        ),
        ne_assign=_MALTA,
        notes={"Danzig": "Free City of Danzig, under League of Nations protection."},
    ),
    1938: EraFix(
        renames={
            "Mesopotamia (GB)": "Iraq",  # independent since 1932
            "India": "Muscat and Oman",  # a stray 12-point piece on the Musandam peninsula
            "Walbis Bay": "Walvis Bay",
            "Gilbert and Elice Islands": "Gilbert and Ellice Islands",
            "Saipan": "South Seas Mandate",
        },
        owners={
            # The layer shows Libya independent in 1938: it was an Italian colony.
            "Libya": IT, "Iraq": "Iraq", "Xinjiang": "China", "Egypt": "Egypt",
            "Muscat and Oman": UK,
        },
        drops=(
            # Saudi Arabia (1932) is drawn over its predecessors; keep Saudi Arabia.
            "Hejaz", "Hail", "Emirate of Bin Shal'an",
            # Israel (1948) over Mandatory Palestine: keep the mandate.
            "Israel",
            # Drawn twice, once without owner: keep the British protectorates.
            "Qatar|Qatar", "Trucial Oman|Trucial Oman", "Oman (British Raj)", "Yemen (UK)",
        ),
        folds=(Fold((42.0, 29.5), None),),  # northern Arabia, under Saudi Arabia already
        carves=(
            _DANZIG,
            _ZARA,
            # The 1938 layer draws Iceland inside Denmark: it was a separate kingdom in
            # personal union with Denmark (1918-1944).
            Carve("Iceland", ("era", 1930, "Iceland"), owner="Iceland", flags=("borrowed",)),
            _memel("Lithuania", "Autonomous region of Lithuania; taken by Germany in "
                   "March 1939."),
            *_TURKEY_LAUSANNE,
            # No Manchukuo in the layer (it is inside Japan): use the 1930 Manchuria.
            Carve("Manchukuo", ("era", 1930, "Manchuria"), owner=JP, within=(JP,),
                  note="Japanese puppet state, 1932-1945.", flags=("borrowed",)),
            # The 1938 layer is the map after Munich; keep Austria (Anschluss, March 1938)
            # and the Sudetenland (October 1938) as pieces of Germany for those crises.
            Carve("Austria", ("era", 1930, "Austria"), owner="Germany", within=("Germany",),
                  note="Annexed by Germany in March 1938 (Anschluss).", flags=("borrowed",)),
            Carve("Sudetenland", ("era", 1930, "Czechoslovakia"), owner="Germany",
                  within=("Germany",),
                  note="Ceded by Czechoslovakia to Germany after Munich, October 1938.",
                  flags=("borrowed",)),
            _KUWAIT,
            _TRANSJORDAN,
            _KWANTUNG,
            _LETICIA,
            _GOA,
        ),
        ne_assign=_MALTA,
    ),
    1945: EraFix(
        renames={
            "Korea (USSR)": "Korea (Soviet zone)",
            "Korea (USA)": "Korea (American zone)",
            "Japan (USA)": "Japan",
            "Germany (Soviet)": "Germany (Soviet zone)",
            "Germany (UK)": "Germany (British zone)",
            "Germany (USA)": "Germany (American zone)",
            "Germany (France)": "Germany (French zone)",
            "Fezzan (Frech Lybia)": "Fezzan",
            "Cyraneica (UK Lybia)": "Cyrenaica",
            "Tripolitana (UK Lybia)": "Tripolitania",
        },
        owners={
            "Japan": US, "Egypt": "Egypt", "India": UK, "Pakistan": UK, "Bangladesh": UK,
            "Israel": UK, "Manchuria": "China", "Taiwan": "China", "Xinjiang": "China",
        },
        flags={
            # The layer is the map of 1946-48: flag what did not yet exist in 1945.
            "Pakistan": ("anachronistic",),
            "Bangladesh": ("anachronistic",),
            "Israel": ("anachronistic",),
        },
        notes={
            "Pakistan": "Part of British India until August 1947.",
            "Bangladesh": "Part of British India until 1947 (East Pakistan until 1971).",
            "Israel": "Mandatory Palestine until May 1948.",
            "India": "British India until August 1947.",
            "Indonesia": "Independence declared in August 1945; Dutch rule contested to 1949.",
        },
        carves=(
            Carve("Berlin", ("drawn", drawn.BERLIN), owner="Berlin",
                  within=("Germany (Soviet zone)",),
                  note="Greater Berlin under four-power occupation.", flags=("approximate",)),
            # The Dodecanese are missing in 1945: British military administration until
            # they passed to Greece in 1947.
            Carve("Dodecanese", ("ne", "Greece"), owner=UK, box=drawn.DODECANESE_BOX,
                  note="British military administration 1945-1947, then Greek."),
            _LETICIA,
            _GOA,
        ),
        ne_assign=_MALTA,
        groups={
            "germany": (
                "Germany (Soviet zone)", "Germany (British zone)", "Germany (American zone)",
                "Germany (French zone)", "Berlin",
            ),
            "korea": ("Korea (Soviet zone)", "Korea (American zone)"),
        },
    ),
    1960: EraFix(
        renames={
            "Zaire": "Congo-Léopoldville",
            "Congo": "Congo-Brazzaville",
            "Vietnam": "North Vietnam",
            "Malaysia": "Malaya",
        },
        owners={
            "Greenland": "Denmark", "Taiwan": "Taiwan", "Cyprus": "Cyprus",
            # Taken by the People's Republic in 1950-51; drawn apart in the layer.
            "Tibet": "China",
        },
        notes={"Tibet": "Incorporated into the People's Republic of China in 1950-1951."},
        carves=(
            Carve("West Berlin", ("drawn", drawn.WEST_BERLIN), owner="West Germany",
                  within=("East Germany",),
                  note="The American, British and French sectors of Berlin.",
                  flags=("approximate",)),
            Carve("Greece", ("ne", "Greece"), box=drawn.DODECANESE_BOX),  # missing in 1960
            Carve("South Vietnam", ("drawn", drawn.SOUTH_OF_17N), owner="South Vietnam",
                  within=("North Vietnam",), note="South of the 17th parallel (Geneva, 1954)."),
            Carve("Netherlands New Guinea", ("era", 1945, "Dutch Guinea"), owner=NL,
                  within=("Indonesia",), note="Dutch until 1962.", flags=("borrowed",)),
            _LETICIA,
            _GOA,
        ),
        ne_assign={**_MALTA, **_FAROES},
        groups={"germany": ("West Germany", "East Germany", "West Berlin")},
    ),
    1994: EraFix(
        renames={
            "Byelarus": "Belarus",
            "Turkish Cypriot-administered area": "Northern Cyprus",
            "Tanzania, United Republic of": "Tanzania",
            "Gambia, The": "Gambia",
            # Split below into the two entities; the state is the group of both.
            "Bosnia and Herzegovina": "Federation of Bosnia and Herzegovina",
        },
        owners={
            "Federation of Bosnia and Herzegovina": "Bosnia and Herzegovina",
            "Greenland": "Denmark",
        },
        flags={"Northern Cyprus": ("disputed",)},
        notes={
            "Northern Cyprus": "Recognised only by Turkey.",
            "Serbia": "Serbia without its provinces; with Montenegro, Kosovo and Vojvodina "
            "the Federal Republic of Yugoslavia (group federal_republic_of_yugoslavia).",
            "Macedonia": "Admitted to the UN as the former Yugoslav Republic of Macedonia.",
        },
        folds=(
            Fold((8.2, 46.8), "Switzerland"),  # the real Switzerland has no NAME
            Fold((121.0, 23.7), "Taiwan"),  # unnamed
            Fold((27.9, 36.2), "Greece"),  # the Dodecanese, unnamed
        ),
        carves=(
            # Natural Earth sub-units for the Yugoslav wars, painted inside their state.
            Carve("Vojvodina", ("ne_subunit", "SRV"), owner="Serbia", within=("Serbia",),
                  note="Autonomous province of Serbia."),
            Carve("Kosovo", ("ne_subunit", "KOS"), owner="Serbia", within=("Serbia",),
                  note="Autonomous province of Serbia (autonomy revoked in 1989)."),
            Carve("Republika Srpska", ("ne_subunit", "BIS"), owner="Bosnia and Herzegovina",
                  within=("Federation of Bosnia and Herzegovina",),
                  note="Entity line as agreed at Dayton (1995)."),
            _LETICIA,
        ),
        ne_assign=_FAROES,
        overlays=(
            Carve("Krajina", ("drawn", drawn.KRAJINA), owner="Krajina", within=("Croatia",),
                  note="Republic of Serbian Krajina, 1991-1995: Serb-held parts of Croatia.",
                  flags=("approximate", "overlay")),
        ),
        groups={
            "federal_republic_of_yugoslavia": ("Serbia", "Montenegro", "Kosovo", "Vojvodina"),
            "republic_of_serbia": ("Serbia", "Kosovo", "Vojvodina"),
            "bosnia_and_herzegovina": (
                "Federation of Bosnia and Herzegovina", "Republika Srpska",
            ),
        },
    ),
}


# -- 2011: the world of the 1990s and 2000s -------------------------------------------------
# There is no historical layer after 1994. The 2011 map is the 1994 layer (SOURCE_YEAR) with
# the two new states of the period drawn from Natural Earth, so that a campaign of 1992-2011
# can name them from its first turn: East Timor (annexed by Indonesia in 1976, never
# recognised; independent in May 2002) and South Sudan (the south of Sudan's civil war;
# independent in July 2011). Who holds them at a date is the campaign's business.
# Hong Kong went back to China in 1997: the map shows it as the period ended.
_FIX_1994 = ERAS[1994]
ERAS[2011] = EraFix(
    renames=_FIX_1994.renames,
    owners={**_FIX_1994.owners, "Hong Kong": "China"},
    drops=_FIX_1994.drops,
    folds=_FIX_1994.folds,
    carves=(
        *_FIX_1994.carves,
        Carve("East Timor", ("ne", "East Timor"), owner="East Timor", within=("Indonesia",),
              note="Annexed by Indonesia in 1976 (never recognised by the UN); UN "
              "administration from October 1999; independent on 20 May 2002."),
        Carve("South Sudan", ("ne", "South Sudan"), owner="South Sudan", within=("Sudan",),
              note="The south of Sudan's civil war; self-government under the 2005 peace "
              "agreement; independent on 9 July 2011."),
    ),
    overlays=_FIX_1994.overlays,
    notes={**_FIX_1994.notes,
           "Serbia": "Serbia without its provinces; with Montenegro (independent in 2006), "
           "Kosovo (UN-administered from 1999) and Vojvodina the Federal Republic of "
           "Yugoslavia of the 1990s (group federal_republic_of_yugoslavia)."},
    flags=_FIX_1994.flags,
    ne_assign=_FIX_1994.ne_assign,
    groups=_FIX_1994.groups,
)


# -- 1990: the end of the Cold War ----------------------------------------------------------
# The 1994 layer as it stood on 3 October 1990, the day Germany was united (the layer's
# Germany already is; Yemen was united in May 1990, Namibia independent in March): the
# successor states of the USSR (to December 1991), Yugoslavia (to 1991-92) and
# Czechoslovakia (to January 1993) merged back into one feature each, named as the earlier
# maps name them, and Eritrea back in Ethiopia (independent in May 1993). Yugoslavia's
# provinces and entities of the 1994 map (Kosovo, Vojvodina, Republika Srpska) and the
# Krajina overlay are left out: a campaign of 1990-91 paints them from the 1994 map's ids.
_SUCCESSORS_1990 = {
    "USSR": (
        "Russia", "Ukraine", "Byelarus", "Moldova", "Estonia", "Latvia", "Lithuania",
        "Georgia", "Armenia", "Azerbaijan", "Kazakhstan", "Uzbekistan", "Turkmenistan",
        "Kyrgyzstan", "Tajikistan",
    ),
    "Yugoslavia": (
        "Serbia", "Montenegro", "Croatia", "Slovenia", "Bosnia and Herzegovina", "Macedonia",
    ),
    "Czechoslovakia": ("Czech Republic", "Slovakia"),
    "Ethiopia": ("Eritrea",),
}
ERAS[1990] = EraFix(
    renames={
        **{k: v for k, v in _FIX_1994.renames.items() if k != "Bosnia and Herzegovina"},
        **{part: whole for whole, parts in _SUCCESSORS_1990.items() for part in parts},
    },
    owners={"Greenland": "Denmark", **{whole: whole for whole in _SUCCESSORS_1990}},
    drops=_FIX_1994.drops,
    folds=_FIX_1994.folds,
    carves=(_LETICIA,),
    notes={
        "Northern Cyprus": _FIX_1994.notes["Northern Cyprus"],
        "USSR": "Dissolved in December 1991 into fifteen republics (the Baltic states "
        "recognised as independent in September 1991).",
        "Yugoslavia": "The Socialist Federal Republic; Slovenia and Croatia declared "
        "independence in June 1991, Macedonia in September 1991, Bosnia in March 1992.",
        "Czechoslovakia": "Split into the Czech Republic and Slovakia on 1 January 1993.",
        "Ethiopia": "With Eritrea, independent in May 1993 after thirty years of war.",
        "Germany": "United on 3 October 1990, when the East German states joined the "
        "Federal Republic.",
    },
    flags=_FIX_1994.flags,
    ne_assign=_FIX_1994.ne_assign,
)


# -- 1991 and 1992: the Yugoslav wars while the USSR and Czechoslovakia stood ----------------
# A campaign of the Yugoslav wars needs the successor republics of Yugoslavia from June 1991
# (Slovenia and Croatia declared independence on 25 June), the USSR whole until it was
# dissolved in December 1991, and Czechoslovakia whole until January 1993. So two maps of the
# 1994 layer keep every Yugoslav feature, province, entity and the Krajina overlay, and merge
# back what still stood: 1991 the USSR and Czechoslovakia, 1992 Czechoslovakia. A campaign
# moves from one to the next with `later_maps` (docs/campaign-format.md).
def _standing(wholes: tuple[str, ...]) -> EraFix:
    return EraFix(
        renames={**_FIX_1994.renames,
                 **{part: whole for whole in wholes for part in _SUCCESSORS_1990[whole]}},
        owners={**_FIX_1994.owners, **{whole: whole for whole in wholes}},
        drops=_FIX_1994.drops,
        folds=_FIX_1994.folds,
        carves=_FIX_1994.carves,
        overlays=_FIX_1994.overlays,
        notes={**_FIX_1994.notes, **{w: ERAS[1990].notes[w] for w in wholes}},
        flags=_FIX_1994.flags,
        ne_assign=_FIX_1994.ne_assign,
        groups=_FIX_1994.groups,
    )


ERAS[1991] = _standing(("USSR", "Czechoslovakia", "Ethiopia"))
ERAS[1992] = _standing(("Czechoslovakia", "Ethiopia"))

# There is no historical layer after 1994; 1990-92 and 2011 are built from the 1994 layer.
SOURCE_YEAR = {1990: 1994, 1991: 1994, 1992: 1994, 2011: 1994}


def source_year(year: int) -> int:
    """The year of the historical layer a map of ``year`` is built from."""
    return SOURCE_YEAR.get(year, year)


def island_owners(year: int) -> dict[str, tuple[str, str]]:
    """Natural Earth ADMIN -> (feature, owner) for the islands of ``year``."""
    if source_year(year) == 1994:
        out = {n: (n, n) for n in _ISLANDS_1994}
        out["Sao Tome and Principe"] = ("São Tomé and Príncipe",) * 2
        return out
    return {admin: (name, owner) for admin, name, owner, years in _ISLAND_ROWS if year in years}


def colony_renames(year: int) -> tuple[dict[str, str], dict[str, str]]:
    """(renames, owners) from the colony table and the every-year renames for ``year``."""
    renames = dict(_EVERY_YEAR_RENAMES)
    owners: dict[str, str] = {}
    for data_name, name, owner, years in _COLONY_ROWS:
        if year in years:
            renames[data_name] = name
            owners[name] = owner
    return renames, owners
