"""Atrocity dynamics, the 'react' duty of the responsibility to protect: where a state kills
its own people (or lets them be killed), the killing grows turn on turn while nobody acts and
leaps when peacekeepers leave (Rwanda, April 1994: the Council cut UNAMIR from 2,548 to 270
as the genocide began). Once the dead pass a threshold the state has manifestly failed to
protect its population (2005 World Summit Outcome, para. 139): the mark is public and makes
authorised action more legitimate for those who vote for it."""

from __future__ import annotations

from .context import Ctx
from .model import ATROCITY_KINDS
from .state import CrisisState, GameState

ACCELERATION = {"atrocities": 25, "genocide": 50}
"""Percent the killing of civilians grows a turn, at clashes or worse, while nobody acts: no
measure in force, no mission, no intervention."""
WITHDRAWAL_JUMP = 100
"""Percent the killing leaps when the peacekeepers on the ground fall to none; a cut of part
of them adds that part of it."""
RESTRAINT = 3
"""While someone acts the growth stops, and a third of it falls away each turn."""
MAX_KILLING = 400
"""The killing grows to at most five times its plain rate."""
MANIFEST_DEAD = 30
"""Thousands dead at which the state's failure to protect is manifest."""
MANIFEST_LEGITIMACY = 5
"""Legitimacy the perpetrating state loses when its failure becomes manifest."""
AUTHORISED = ("peacekeeping", "enforcement", "no_fly_zone", "refer_to_court")
"""Measures that act on a manifest failure: voting for them earns legitimacy."""
MANIFEST_PULL = 10.0
"""How much more an AI nation wants an ``AUTHORISED`` measure (to table it, to vote for it)
once the failure is manifest."""
AUTHORISED_LEGITIMACY = 3
"""Legitimacy each member that voted for an ``AUTHORISED`` measure gains once the failure is
manifest (Libya, March 2011: resolution 1973 cited the authorities' failure to protect)."""


def on_ground(state: GameState, c: CrisisState) -> int:
    """Peacekeeping units serving in the crisis now."""
    return sum(m.strength for m in state.missions.values()
               if m.crisis == c.id and m.status == "active")


def acting(state: GameState, c: CrisisState) -> bool:
    """Someone acts: a measure in force, a mission set up, or an intervention."""
    return bool(c.measures or c.interveners) or any(
        m.crisis == c.id and m.status == "active" for m in state.missions.values())


def step(ctx: Ctx, c: CrisisState) -> CrisisState:
    """One turn of the killing's momentum, before the fighting counts the dead."""
    if c.kind not in ATROCITY_KINDS:
        return c
    s = ctx.state
    ground = on_ground(s, c)
    killing = c.killing
    if c.stage >= 2:
        if ground < c.shield:
            jump = round(WITHDRAWAL_JUMP * (c.shield - ground) / c.shield)
            killing += jump
            ctx.emit("crisis", f"The peacekeepers in {c.name} fall from {c.shield} units to "
                     f"{ground}: the killers read it as a free hand (killing +{jump}%).",
                     crisis=c.id, killing=min(MAX_KILLING, killing))
        elif not acting(s, c):
            killing += ACCELERATION[c.kind]
            if not c.killing:
                ctx.emit("crisis", f"Nobody acts in {c.name}: the killing accelerates.",
                         crisis=c.id, killing=killing)
        else:
            killing -= killing // RESTRAINT
    c = ctx.update_crisis(c.id, killing=min(MAX_KILLING, killing), shield=ground)
    return _manifest(ctx, c)


def _manifest(ctx: Ctx, c: CrisisState) -> CrisisState:
    if c.failure or c.casualties < MANIFEST_DEAD:
        return c
    ctx.adjust(c.aggressor, "legitimacy", -MANIFEST_LEGITIMACY,
               f"manifest failure to protect in {c.name}")
    ctx.emit("crisis", f"{ctx.name(c.aggressor)} has manifestly failed to protect its people "
             f"in {c.name}: the responsibility passes to the world.", crisis=c.id,
             nation=c.aggressor)
    return ctx.update_crisis(c.id, failure=True)


def authorised(ctx: Ctx, c: CrisisState, kind: str, supporters: tuple[str, ...]) -> None:
    """An authorised measure adopted on a manifest failure: its voters gain legitimacy."""
    if not c.failure or kind not in AUTHORISED:
        return
    for nation in supporters:
        ctx.adjust(nation, "legitimacy", AUTHORISED_LEGITIMACY,
                   f"acted on a manifest failure to protect in {c.name}")


def status_line(c: CrisisState) -> str | None:
    """The crisis panel's line on the killing, once there is something to say: its momentum
    and the failure mark."""
    if c.kind not in ATROCITY_KINDS or not (c.killing or c.failure):
        return None
    line = (f"Killing +{c.killing}% over its plain rate" if c.killing
            else "Killing at its plain rate")
    if c.failure:
        line += " · manifest failure to protect"
    return line
