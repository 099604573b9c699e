"""Protectors who stay: a frozen conflict settles nothing, so the protection mission that
watched over its ground is still there when the next crisis over that ground begins, with the
troops its contributors can still spare. Its weakness carries over with it: an enclave guarded
by a token force is a prize (``crises.exposed``). UNPROFOR's safe areas of 1993 were still
held by the same thin companies in July 1995 (a Dutch battalion of some 400 in Srebrenica)."""

from __future__ import annotations

import math
from dataclasses import replace

from .context import Ctx
from .mandates import MANDATE_MONTHS
from .measures import committed
from .model import ATROCITY_KINDS
from .state import CrisisState, GameState, Mission


def take_over(ctx: Ctx, crisis_id: str) -> None:
    """The crisis ``crisis_id``, just begun, takes over the protection missions left on its
    ground by a frozen one (``left_behind``): each comes back with the pledges its
    contributors can still field, its mandate due for renewal a term from now."""
    s = ctx.state
    c = s.crises[crisis_id]
    for mission in left_behind(s, c):
        pledges = _still_fielded(s, mission)
        if not pledges:
            continue
        s.missions[mission.id] = replace(mission, crisis=c.id, status="active", pledges=pledges,
                                         until=s.month + MANDATE_MONTHS)
        old = s.crises[mission.crisis]
        measures = tuple(m for m in old.measures if m.resolution == mission.resolution)
        c = ctx.update_crisis(c.id, measures=c.measures + measures)
        ctx.emit("mission", f"Mission {mission.id} is still on the ground in {c.name}, left "
                 f"there when {old.name} froze: {sum(u for _, u in pledges)} units.",
                 crisis=c.id, mission=mission.id)


def left_behind(state: GameState, c: CrisisState) -> list[Mission]:
    """Protection missions of crises that ended frozen over ground ``c`` shares, against the
    same aggressor and for one of the same victims, completed when the front stopped."""
    found = []
    for _, mission in sorted(state.missions.items()):
        old = state.crises.get(mission.crisis)
        if (old is None or old.id == c.id or mission.mandate != "protect"
                or mission.status != "completed" or old.outcome != "frozen"):
            continue
        if (old.aggressor == c.aggressor and set(old.victims) & set(c.victims)
                and set(old.region) & set(c.region)):
            found.append(mission)
    return found


def _still_fielded(state: GameState, mission: Mission) -> tuple[tuple[str, int], ...]:
    """Each contributor's pledge, as far as its army, less what serves elsewhere, still has
    the units (a state gone sends none)."""
    pledges = []
    for nation, units in mission.pledges:
        n = state.nations[nation]
        spare = max(0, n.military - committed(state, nation)) if n.exists else 0
        if min(units, spare):
            pledges.append((nation, min(units, spare)))
    return tuple(pledges)


NOT_RELIEVED = 0.2
"""Share of each contingent guarding a besieged enclave that is not relieved a four-month
period (``crises.RATE_MONTHS``): soldiers who go home on leave or rotation are not let back in.
The Dutch battalion in Srebrenica fell from some 600 to some 400 between January and July
1995 because the Bosnian Serbs turned back its returning soldiers and its convoys."""


def besieged(ctx: Ctx, c: CrisisState) -> None:
    """A safe area under siege (an enclave, ``crises.safe_area``, of a war on civilians, past
    mere tension) wears down its protectors: each contingent of its protection missions loses
    its share not relieved (at least one unit), who go home - not killed, not replaced. A thin
    force guarding an enclave thins until it can no longer hold it (``crises.exposed``); a
    force sent with a margin outlasts the siege."""
    from .crises import per_turn  # crises builds on this module

    s = ctx.state
    if not under_siege(s, c):
        return
    share = per_turn(s, NOT_RELIEVED)
    for mid, mission in sorted(s.missions.items()):
        if (mission.crisis != c.id or mission.status != "active" or mission.mandate != "protect"
                or mission.since >= s.month or not mission.pledges):
            continue
        pledges = tuple((nation, units - math.ceil(units * share))
                        for nation, units in mission.pledges)
        kept = tuple(p for p in pledges if p[1] > 0)
        s.missions[mid] = replace(mission, pledges=kept)
        ctx.emit("mission", f"Mission {mid} is besieged in {c.name}: its soldiers on leave "
                 f"are not let back in, and it is down to {sum(u for _, u in kept)} units.",
                 crisis=c.id, mission=mid)


def under_siege(state: GameState, c: CrisisState) -> bool:
    """``c`` besieges an enclave: a war on civilians, past mere tension, over part of a
    state's land (``crises.safe_area``; a people without a state's territory has no enclave to
    be cut off in)."""
    from .crises import safe_area  # crises builds on this module

    return (c.active and c.stage >= 1 and c.kind in ("civil_war", *ATROCITY_KINDS)
            and safe_area(state, c) and any(state.campaign.nation(v).territory
                                             for v in c.victims))
