"""`new-campaign`: a small working campaign whose comments teach the format.

It loads without problems and the engine can play it, so an author starts from something that
works and changes one thing at a time (docs/authoring.md walks through it). The folder carries
its own copy of the JSON Schema, which every file's modeline names by a relative path: an
editor finds it wherever the campaign lives or travels, and no file holds a path of this
machine.
"""

from __future__ import annotations

import difflib
import json
import os
import re
from pathlib import Path

from game.content.library import user_campaign_dir
from game.content.loader import CAMPAIGN_FILE
from game.content.schema import json_schema

DEFAULT_YEAR = 1930
DEFAULT_WINDOW = "europe"
SCHEMA_COPY = "campaign.schema.json"
"""The schema's file name inside a new campaign's folder."""
WINDOWS = {"europe": "Europe, the Mediterranean and the Middle East in detail",
           "world": "the whole world, less detailed"}
"""What each base map window shows (docs/maps.md)."""


class ScaffoldError(Exception):
    """The campaign could not be created (a bad name or map, or the folder exists)."""


def base_maps() -> dict[str, list[str]]:
    """The built-in base maps' ids by window (europe, world), each list by year."""
    from game.mapdata import available_maps

    out: dict[str, list[str]] = {window: [] for window in WINDOWS}
    for map_id in available_maps():
        window, _, year = map_id.rpartition("_")
        if window in out and year.isdigit():
            out[window].append(map_id)
    return out


def describe_maps() -> str:
    """Every built-in base map by window, each with its title, for --help and errors."""
    from game.mapdata import map_title

    lines = []
    for window, maps in base_maps().items():
        lines.append(f"{window}: {WINDOWS[window]}")
        lines.extend(f"  {map_id:<12} {map_title(map_id)}" for map_id in maps)
    return "\n".join(lines)


def base_map_for(year: int, window: str = DEFAULT_WINDOW) -> str:
    """The base map of ``window`` nearest to ``year`` (the earlier one on a tie)."""
    years = [int(m.rpartition("_")[2]) for m in base_maps().get(window, ())]
    if not years:
        raise ScaffoldError(f"no built-in base map shows '{window}'; "
                            f"choose {' or '.join(WINDOWS)}")
    return f"{window}_{min(years, key=lambda era: (abs(era - year), era))}"


def choose_map(era: int | None, wanted: str | None) -> tuple[str, int]:
    """The base map and the start year from ``--era`` and ``--map``: a map id as given, or a
    window (world, europe) at the era's nearest year; without a year, the map's own."""
    known = [m for maps in base_maps().values() for m in maps]
    if wanted is not None:
        wanted = wanted.strip().lower()
    if wanted in known:
        return wanted, era if era is not None else int(wanted.rpartition("_")[2])
    if wanted is not None and wanted not in WINDOWS:
        hint = f" did you mean '{near}'?" if (near := nearest_map(wanted, known)) else ""
        raise ScaffoldError(f"no base map '{wanted}';{hint} give world or europe (the map of "
                            f"the year nearest --era), or a base map's id:\n{describe_maps()}")
    year = era if era is not None else DEFAULT_YEAR
    return base_map_for(year, wanted or DEFAULT_WINDOW), year


def nearest_map(wanted: str, known: list[str]) -> str | None:
    """What a mistyped --map most likely meant: for window_year, that window's map nearest
    the year (europe_1989 -> europe_1990); else the closest spelling of a window or an id."""
    window, _, year = wanted.rpartition("_")
    if window in WINDOWS and year.isdigit() and base_maps()[window]:
        return base_map_for(int(year), window)
    near = difflib.get_close_matches(wanted, [*WINDOWS, *known], n=1, cutoff=0.6)
    return near[0] if near else None


def slug(name: str) -> str:
    """A campaign id from its title: ``The Winter War`` -> ``the_winter_war``."""
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def new_campaign(name: str, era: int | None = None,
                 parent: str | os.PathLike[str] | None = None,
                 base_map: str | None = None) -> Path:
    """Create the campaign's folder and files; returns the folder. ``base_map`` is a map id or
    a window (world, europe); see choose_map."""
    ident = slug(name)
    if not re.match(r"^[a-z][a-z0-9_]*$", ident):
        raise ScaffoldError(f"cannot make a campaign id from {name!r}: start it with a letter")
    if '"' in name or "\n" in name:
        raise ScaffoldError("a campaign name cannot hold double quotes or line breaks")
    if era is not None and not 1000 <= era <= 9995:
        raise ScaffoldError(f"--era {era} is not a year")
    map_id, year = choose_map(era, base_map)
    folder = Path(parent) if parent is not None else user_campaign_dir()
    folder = folder / ident
    if folder.exists():
        raise ScaffoldError(f"{folder} already exists")
    values = {"@NAME@": name, "@ID@": ident, "@START@": f"{year}-01", "@END@": f"{year + 4}-12",
              "@MAP@": map_id, "@CRISIS_YEAR@": str(year + 1), "@SCHEMA@": SCHEMA_COPY}
    folder.mkdir(parents=True)
    for file_name, template in FILES.items():
        text = template
        for key, value in values.items():
            text = text.replace(key, value)
        (folder / file_name).write_text(text, encoding="utf-8")
    schema = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    (folder / SCHEMA_COPY).write_text(schema, encoding="utf-8")
    return folder


MODELINE = "# yaml-language-server: $schema=@SCHEMA@\n"

FILES = {
    CAMPAIGN_FILE: MODELINE + """\
# The campaign's header. It may only be in campaign.yaml; the other files listed under
# `include` hold the lists (nations, organisations, crises, events...).
# Check your work at any time with:  collective-security validate <this folder>
# Your editor checks each file against campaign.schema.json in this folder; after updating the
# game, refresh it with:  collective-security schema -o campaign.schema.json
format: 1
id: @ID@                  # used in saves: change it before anyone plays, not after
name: "@NAME@"
period: "@START@ to @END@"
description: >
  One paragraph for the campaign list. Say what the player is up against.
start: @START@            # dates are YYYY-MM (or YYYY-MM-DD; the day is only for text)
end: @END@
turn_months: 3            # a quarter per turn
base_map: @MAP@       # see docs/maps.md; nations list its feature ids under `territory`
tension: 30               # world tension at the start, 0-100
flags: []                 # flags set at the start; events test them with {flag: name}
include: [nations.yaml, organisations.yaml, crises.yaml]
""",
    "nations.yaml": MODELINE + """\
# Nations. Codes are 2 to 4 capital letters, written without quotes: the loader reads every
# id as text, so even NO (Norway) or ON stay codes. Stats are whole numbers from 0 to 100.
nations:
  - code: NMK
    name: Northmark
    military: 55          # relative armed strength
    economy: 60
    will: 50              # political will for foreign commitments
    legitimacy: 70        # standing in the eyes of others
    stability: 70
    orientation: 15       # 0 status quo ... 100 revisionist
    personality: multilateralist   # for the AI: hawk, multilateralist, isolationist, opportunist
    playable: true
    territory: []         # base-map feature ids (see docs/maps.md) or your own region ids
    briefing: >
      Shown when a player picks Northmark. You keep the peace, if others follow.
    objectives:           # a playable nation has 3 to 6; points are scored at the end
      - id: crisis_resolved
        text: Make Southland withdraw from the border.
        points: 30
        condition: {crisis_ended: {crisis: border_crisis, outcome: withdrawal}}
      - id: concord_credible
        text: Keep the Concord credible.
        points: 20
        condition: {credibility: {org: concord, op: ">=", value: 50}}
      - id: calm
        text: Keep world tension below 50.
        condition: {tension: {op: "<", value: 50}}

  - code: SLD
    name: Southland
    military: 50
    economy: 40
    will: 65
    legitimacy: 45
    stability: 60
    orientation: 80
    personality: hawk
    oil_dependence: 70    # how much an oil embargo hurts
    playable: true
    briefing: >
      Shown when a player picks Southland. The border valley was yours; take it back.
    objectives:
      - id: valley
        text: Win the border valley.
        points: 40
        condition: {crisis_ended: {crisis: border_crisis, outcome: conquest}}
      - id: army
        text: Build your army up to 70.
        points: 20
        condition: {stat: {nation: SLD, stat: military, op: ">=", value: 70}}
      - id: unpunished
        text: Escape sanctions.
        condition: {not: {measure: {crisis: border_crisis, kind: sanctions}}}
    claims:               # what a revisionist may press by force when the order looks weak
      - id: border_valley
        target: EVL
        name: The border valley
        stake: 50

  - code: EVL
    name: Eastvale
    military: 20
    economy: 30
    will: 55
    legitimacy: 65
    stability: 60
    orientation: 10
""",
    "organisations.yaml": MODELINE + """\
# Organisations and their bodies. A body decides by a rule: unanimity, security_council,
# assembly, majority, two_thirds or consensus (docs/campaign-format.md explains each).
organisations:
  - id: concord
    name: The Concord of Nations
    kind: universal       # universal, regional or alliance
    credibility: 60
    members:
      - NMK               # a member all along
      - SLD
      - {nation: EVL, from: @START@}   # or with dates: from, until
    bodies:
      - id: council
        name: Concord Council
        rule: majority
        powers: [condemn, inquiry, ceasefire, sanctions]
""",
    "crises.yaml": MODELINE + """\
# A crisis is defined here and started by an event's start_crisis effect.
crises:
  - id: border_crisis
    name: The border valley crisis
    kind: interstate_aggression   # or border_dispute, civil_war, atrocities, genocide, occupation
    aggressor: SLD
    victims: [EVL]
    org: concord          # the organisation first seized of it
    stage: 1              # 0 tension, 1 incidents, 2 clashes, 3 war, 4 total war
    clarity: 70           # how clear it is who the aggressor is
    resolve: 60           # the aggressor's determination
    stake: 50             # what the aggressor stands to gain
    description: Southland's troops gather above the border valley.
    levers:
      - Southland imports most of its oil.

# Events fire when their trigger holds. Triggers combine {all: [...]}, {any: [...]},
# {not: ...}, dates, stats, flags, memberships and crisis states; effects change the world.
events:
  - id: valley_ultimatum
    title: Ultimatum over the valley
    text: Southland demands the border valley.
    trigger: {date_from: @CRISIS_YEAR@-01}
    effects:
      - start_crisis: border_crisis
      - change_tension: 10
      - news: The Concord Council meets in emergency session.
""",
}
