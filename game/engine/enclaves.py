"""Protectors who stay: a frozen conflict settles nothing, so the protection mission that
watched over its ground is still there when the next crisis over that ground begins, with the
troops its contributors can still spare. Its weakness carries over with it: an enclave guarded
by a token force is a prize (``crises.exposed``). UNPROFOR's safe areas of 1993 were still
held by the same thin companies in July 1995 (a Dutch battalion of some 400 in Srebrenica)."""

from __future__ import annotations

from dataclasses import replace

from .context import Ctx
from .mandates import MANDATE_MONTHS
from .measures import committed
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
