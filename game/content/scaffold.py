"""`new-campaign`: a small working campaign whose comments teach the format.

It loads without problems and the engine can play it, so an author starts from something that
works and changes one thing at a time (docs/authoring.md walks through it).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from game.content.loader import CAMPAIGN_FILE
from game.content.library import user_campaign_dir
from game.session.paths import BUILTIN_CAMPAIGNS

ERAS = (1920, 1930, 1938, 1945, 1960, 1994)
"""The years of the built-in European base maps."""
DEFAULT_YEAR = 1930
SCHEMA_FILE = BUILTIN_CAMPAIGNS.parent / "schema" / "campaign.schema.json"


class ScaffoldError(Exception):
    """The campaign could not be created (a bad name, or the folder exists)."""


def base_map_for(year: int) -> str:
    """The European base map nearest to ``year`` (the earlier one on a tie)."""
    return f"europe_{min(ERAS, key=lambda era: (abs(era - year), era))}"


def slug(name: str) -> str:
    """A campaign id from its title: ``The Winter War`` -> ``the_winter_war``."""
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def new_campaign(name: str, era: int | None = None,
                 parent: str | os.PathLike[str] | None = None) -> Path:
    """Create the campaign's folder and files; returns the folder."""
    ident = slug(name)
    if not re.match(r"^[a-z][a-z0-9_]*$", ident):
        raise ScaffoldError(f"cannot make a campaign id from {name!r}: start it with a letter")
    if '"' in name or "\n" in name:
        raise ScaffoldError("a campaign name cannot hold double quotes or line breaks")
    year = era if era is not None else DEFAULT_YEAR
    if not 1000 <= year <= 9995:
        raise ScaffoldError(f"--era {year} is not a year")
    folder = Path(parent) if parent is not None else user_campaign_dir()
    folder = folder / ident
    if folder.exists():
        raise ScaffoldError(f"{folder} already exists")
    values = {"@NAME@": name, "@ID@": ident, "@START@": f"{year}-01", "@END@": f"{year + 4}-12",
              "@MAP@": base_map_for(year), "@CRISIS_YEAR@": str(year + 1),
              "@SCHEMA@": _schema_link(folder)}
    folder.mkdir(parents=True)
    for file_name, template in FILES.items():
        text = template
        for key, value in values.items():
            text = text.replace(key, value)
        (folder / file_name).write_text(text, encoding="utf-8")
    return folder


def _schema_link(folder: Path) -> str:
    try:
        return Path(os.path.relpath(SCHEMA_FILE, folder.resolve())).as_posix()
    except ValueError:  # another drive on Windows: no relative path exists
        return SCHEMA_FILE.as_uri()


MODELINE = "# yaml-language-server: $schema=@SCHEMA@\n"

FILES = {
    CAMPAIGN_FILE: MODELINE + """\
# The campaign's header. It may only be in campaign.yaml; the other files listed under
# `include` hold the lists (nations, organisations, crises, events...).
# Check your work at any time with:  collective-security validate <this folder>
format: 1
id: @ID@                  # used in saves: change it before anyone plays, not after
name: "@NAME@"
period: "@START@ to @END@"
description: >
  One paragraph for the campaign list. Say what the player is up against.
start: @START@            # dates are YYYY-MM (or YYYY-MM-DD; the day is only for text)
end: @END@
turn_months: 3            # a quarter per turn
base_map: @MAP@       # the era's map; nations list its feature ids under `territory`
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
    kind: interstate_aggression   # or border_dispute, civil_war, atrocities, occupation
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
