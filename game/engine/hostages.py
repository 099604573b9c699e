"""Peacekeepers as hostages: lightly armed soldiers of other nations who stand among an
aggressor's forces are its shield against the force authorised over its war, or voted over its
victim and still standing (``enclaves.threatened``). It may seize them (the order ``seize``):
their governments pay in will, the body that sent them in credibility, the aggressor in
legitimacy, and the force authorised against it is neither used (``held``: ``enclaves.covered``
reads it) nor feared (``enclaves.unpunished``) while its hostages' comrades stay within its
reach - until the contributors withdraw their lightly armed missions or a power fights in the
war beside them (``release``). After NATO's strikes near Pale (25-26 May 1995) the Bosnian
Serbs took some 400 UN soldiers hostage and chained some of them to likely targets; the troop
contributors refused further strikes, and no air support came when Srebrenica was attacked in
July; the strikes resumed (Deliberate Force, August) once the peacekeepers had left the Serbs'
reach and a rapid reaction force stood on Mount Igman. The RUF took some 500 UNAMSIL
peacekeepers in May 2000; the British troops who landed to fight broke its hold."""

from __future__ import annotations

from .context import Ctx
from .measures import INTERPOSING, LIGHTLY_ARMED, mission_need
from .state import CrisisState, GameState, Mission

HOSTAGE_WILL = 5
"""The will each government whose soldiers are seized loses."""
HOSTAGE_CREDIBILITY = 8
"""The credibility the body that sent them loses."""
HOSTAGE_LEGITIMACY = 5
"""The legitimacy the hostage-taker loses."""


def flag(aggressor: str) -> str:
    """The public flag that says ``aggressor`` holds peacekeepers hostage (events read it)."""
    return f"hostages_{aggressor.lower()}"


def held(state: GameState, aggressor: str) -> bool:
    """Whether ``aggressor`` holds peacekeepers hostage: the force authorised against it is
    not used (``enclaves.covered``)."""
    return flag(aggressor) in state.flags


def within_reach(state: GameState, aggressor: str) -> list[Mission]:
    """Lightly armed peacekeepers of other nations among ``aggressor``'s forces: the manned
    missions that stand between it and its objects (``measures.INTERPOSING``) in its wars,
    too few to hold their ground by themselves (``measures.mission_need`` as
    ``LIGHTLY_ARMED``), where no power fights beside them (an intervener: troops able to
    protect them). A force able to defend itself is no hostage: the Bosnian Serbs took
    observers and small detachments at the weapons collection points and in Gorazde."""
    out = []
    for _, m in sorted(state.missions.items()):
        c = state.crises.get(m.crisis)
        if (c is None or not c.active or c.aggressor != aggressor or c.interveners
                or m.status != "active" or m.mandate not in INTERPOSING):
            continue
        if any(units > 0 and n != aggressor for n, units in m.pledges) \
                and m.strength < mission_need(state, c, m.mandate, LIGHTLY_ARMED):
            out.append(m)
    return out


def why_not(state: GameState, nation: str, c: CrisisState) -> str | None:
    """Why ``nation`` cannot seize peacekeepers over ``c`` now, or None: it must be ``c``'s
    aggressor, force must stand against it there (``enclaves.threatened``: authorised there, or
    voted over the same victim by a power that would still strike), and lightly armed
    peacekeepers of others must stand within its reach."""
    from .enclaves import threatened  # the enclaves' cover reads ``held``

    if c.aggressor != nation or not c.active:
        return "not our war"
    if held(state, nation):
        return "we hold their peacekeepers already"
    if not threatened(state, c):
        return "no force is authorised against us here: hostages would shield us from nothing"
    if not within_reach(state, nation):
        return "no lightly armed peacekeepers stand within our reach"
    return None


def seize(ctx: Ctx, nation: str, crisis_id: str) -> None:
    """``nation`` takes the peacekeepers within its reach hostage (``within_reach``): their
    governments lose will, the bodies that sent them credibility, the hostage-taker
    legitimacy, and the force authorised against it stops (``held``)."""
    s = ctx.state
    missions = within_reach(s, nation)
    contributors = sorted({n for m in missions for n, units in m.pledges
                           if units > 0 and n in s.nations and n != nation
                           and s.nations[n].exists})
    ctx.set_flag(flag(nation))
    ctx.adjust(nation, "legitimacy", -HOSTAGE_LEGITIMACY, "peacekeepers taken hostage")
    for n in contributors:
        ctx.adjust(n, "will", -HOSTAGE_WILL, "our peacekeepers taken hostage")
    for org in sorted({m.org for m in missions}):
        ctx.credibility(org, -HOSTAGE_CREDIBILITY, "its peacekeepers taken hostage")
    who = ", ".join(ctx.name(n) for n in contributors)
    c = s.crises[crisis_id]
    ctx.emit("military", f"{ctx.name(nation)} seizes peacekeepers ({who}) as hostages against "
             f"the force authorised over {c.name}; the strikes stop.", crisis=crisis_id,
             nation=nation)


def release(ctx: Ctx) -> None:
    """Each hostage-taker whose reach no lightly armed peacekeepers are left within (their
    missions withdrawn or ended, or a power fighting beside them) lets its hostages go, and
    the force authorised against it may be used again."""
    s = ctx.state
    for nation in sorted(s.nations):
        if not held(s, nation) or within_reach(s, nation):
            continue
        ctx.clear_flag(flag(nation))
        ctx.emit("military", f"{ctx.name(nation)} lets its hostages go: no peacekeepers are "
                 f"left within its reach.", nation=nation)
