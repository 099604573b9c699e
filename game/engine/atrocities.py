"""Atrocity dynamics, the 'react' duty of the responsibility to protect: where a state kills
its own people (or lets them be killed), the killing grows turn on turn while nobody acts and
leaps when peacekeepers leave (Rwanda, April 1994: the Council cut UNAMIR from 2,548 to 270
as the genocide began). Once the dead pass a threshold the state has manifestly failed to
protect its population (2005 World Summit Outcome, para. 139): the mark is public, and once
the responsibility to protect is endorsed (norms.py) authorised action on it earns
legitimacy for those who vote for it and refusing it costs those who vote it down."""

from __future__ import annotations

from .context import Ctx
from .model import ATROCITY_KINDS
from .norms import R2P, endorsed
from .state import CrisisState, GameState, Resolution

ACCELERATION = {"atrocities": 25, "genocide": 50}
"""Percent the killing of civilians grows a turn, at clashes or worse, while nobody acts
(``acting``): no mission on the ground, no intervention, and - short of genocide - no measure."""
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
manifest and the responsibility to protect endorsed (Libya, March 2011: resolution 1973 cited
the authorities' failure to protect); before the endorsement it earns nothing (Rwanda, 1994:
no rule yet said the world owed anything)."""
REFUSED_LEGITIMACY = 2
"""Legitimacy each member that votes no on an ``AUTHORISED`` measure loses under the same two
conditions: the world reads a no on a manifest failure as a refusal of the responsibility..."""
VETO_LEGITIMACY = 4
"""...and a permanent member whose no vetoes it loses this instead (Syria, October 2011 and
February 2012: the Russian and Chinese double vetoes; the ICISS asked the permanent five not
to veto where mass atrocities are at stake)."""


def on_ground(state: GameState, c: CrisisState) -> int:
    """Peacekeeping units serving in the crisis now."""
    return sum(m.strength for m in state.missions.values()
               if m.crisis == c.id and m.status == "active")


WORDS = ("condemn", "inquiry", "ceasefire")
"""Measures that only speak: killers are not stopped by a condemnation, an inquiry or a call
for a ceasefire (the Council's statements of April 1994 named no one and sent no one)."""
GENOCIDE_PACE = 10
"""How far a genocide's killers get a month at the plain rate of killing, unshielded (no
interpose or protect mission that holds, ``shielded``): their object is the people, not the
ground, so the killing itself is their advance, faster as it accelerates; unopposed, an
organised genocide has reached every village within two quarters (Rwanda, April-July 1994:
some 800,000 killed in a hundred days, most in its first six weeks)."""
SWEEP = 0.1
"""The share of the people a genocide targets (its campaign's ``people``), of those still
alive, that its killers kill a month at the plain rate of killing while nobody shields them
(``shielded``): an organised genocide comes with lists, roadblocks and a radio naming the next
street, so its toll is set by the size of the people it targets, not by the fighting (Rwanda,
April-July 1994: some 800,000 of about a million Tutsi in a hundred days, a tenth of them a
month at the start and more as the killing grew)."""
THWARTED = 4
"""Resolve a genocide's planners lose a month while a force that holds shields their targets
(``shielded``): their plan needs the people within reach, and with their army held and the
rebels advancing, the regime's moderates turn back to the agreement the killing was meant to
wreck (Dallaire asked for 5,000 troops in January 1994 to see the Arusha accords through)."""


MANNED = ("peacekeeping", "preventive_deployment", "peacebuilding")
"""Measures that set up a mission: they act only through the troops on the ground
(``on_ground``), not by being voted - a mission nobody mans stops no one (UNAMIR II, voted
in May 1994 for 5,500 troops: none arrived before the killing was over)."""


def acting(state: GameState, c: CrisisState) -> bool:
    """Someone acts: a mission with troops on the ground, an intervention, or - against
    atrocities short of genocide - a measure in force that does more than speak and is not a
    mission (``MANNED``). A genocide is not restrained by measures at all: its killers need no
    imports and answer to no market (Rwanda, May 1994: resolution 918's arms embargo came as
    the machetes did their work, and stopped nothing)."""
    if c.interveners or on_ground(state, c) > 0:
        return True
    return c.kind != "genocide" and any(m.kind not in WORDS and m.kind not in MANNED
                                        for m in c.measures)


def shielded(state: GameState, c: CrisisState) -> bool:
    """A mission that stands in the killers' way (interpose or protect) and is strong enough
    for its mandate (``measures.holds``): as it stops an aggressor's advance, it stops the
    killers'."""
    from .measures import INTERPOSING, holds  # measures applies this module's rules

    return any(m.crisis == c.id and m.status == "active" and m.mandate in INTERPOSING
               and holds(state, c, m) for m in state.missions.values())


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
    if c.kind == "genocide" and c.stage >= 2:
        c = _thwarted(ctx, c) if shielded(s, c) else _unshielded(ctx, c)
    return _manifest(ctx, c)


def _unshielded(ctx: Ctx, c: CrisisState) -> CrisisState:
    """The killers advance by the killing itself (``GENOCIDE_PACE``) and sweep through the
    people they target (``swept``)."""
    s = ctx.state
    months = s.campaign.turn_months
    pace = GENOCIDE_PACE * months * (1 + c.killing / 100)
    defined = s.campaign.defined(c.id)
    dead = swept(c, defined.people if defined else 0, months)
    if dead:
        ctx.emit("crisis", f"The killers in {c.name} work through their lists unhindered: some "
                 f"{dead} thousand of the people they target are killed.", crisis=c.id,
                 dead=dead)
    return ctx.update_crisis(c.id, progress=min(100, c.progress + round(pace)),
                             casualties=c.casualties + dead)


def swept(c: CrisisState, people: int, months: int) -> int:
    """Thousands an organised genocide kills in ``months`` while nobody shields its targets:
    ``SWEEP`` of the ``people`` it targets still alive a month, faster as the killing grows
    (all of the crisis's dead are counted among them: most of its dead are theirs)."""
    left = max(0, people - c.casualties)
    share = min(1.0, SWEEP * (1 + c.killing / 100))
    return round(left * (1 - (1 - share) ** months))


def _thwarted(ctx: Ctx, c: CrisisState) -> CrisisState:
    """A force that holds stands between the killers and their targets: the planners' resolve
    drains (``THWARTED``), so that a genocide stopped ends in the agreement, not a truce that
    leaves them in power over the people they meant to kill."""
    lost = min(c.resolve, THWARTED * ctx.state.campaign.turn_months)
    if not lost:
        return c
    ctx.emit("crisis", f"The force in {c.name} stands between the killers and their targets: "
             f"the hardliners of {ctx.name(c.aggressor)} lose their hold (resolve "
             f"-{lost}).", crisis=c.id, resolve=c.resolve - lost)
    return ctx.update_crisis(c.id, resolve=c.resolve - lost)


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
    """An authorised measure adopted on a manifest failure under an endorsed responsibility to
    protect: its voters gain legitimacy."""
    if not c.failure or kind not in AUTHORISED or not endorsed(ctx.state, R2P):
        return
    for nation in supporters:
        ctx.adjust(nation, "legitimacy", AUTHORISED_LEGITIMACY,
                   f"acted on a manifest failure to protect in {c.name}")


def refused(ctx: Ctx, res: Resolution) -> None:
    """A draft of an authorised measure on a manifest failure, under an endorsed
    responsibility to protect, has been counted: each no costs its voter legitimacy, a
    vetoing no more, whatever the outcome."""
    c = ctx.state.crises.get(res.subject)
    if (c is None or not c.failure or res.kind not in AUTHORISED
            or not endorsed(ctx.state, R2P)):
        return
    for nation, ballot in res.ballots:
        if ballot != "no":
            continue
        vetoed = nation in res.vetoed_by
        ctx.adjust(nation, "legitimacy", -(VETO_LEGITIMACY if vetoed else REFUSED_LEGITIMACY),
                   f"{'vetoed' if vetoed else 'voted against'} action on a manifest failure "
                   f"to protect in {c.name}")


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
