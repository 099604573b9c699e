"""Prevention, the first duty of the responsibility to protect: a crisis whose campaign gives
it ``latent`` settings exists before its violence begins. Its warning signs (grievances, hate
propaganda, arms flows, a fragile government) drift each turn, with a seeded noise, toward a
level the world sets (the grievance's depth, the government's stability, world tension, the
arms flows while no embargo stops them), and each turn it may break out (a seeded draw) into
the ordinary crisis. Mediation, targeted aid, pressure on the government and a preventive
deployment (UNPREDEP in Macedonia, 1995-99) lower the signs or the risk, and what they lower
climbs back only slowly; part of what they achieve lasts (``calm``), lowering the level the
signs climb back to, so prevention that works need not be paid again every turn: early action
holds; when the signs fall low enough the crisis is defused. Nations see the signs through a
fog that looking clears (Rwanda's early warnings of 1993-94 were there for those who read
them)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .context import Ctx
from .model import PREVENT, PREVENT_NEED, SIGNS, Latent
from .rng import rng_for
from .state import CrisisState, GameState, Mission, clamp, renewed

RETURN = 10
"""Each turn a sign closes 1/RETURN of its gap to the level the world sets (``levels``): a
sign brought down climbs back slowly, so early prevention holds for a while instead of being
paid again every turn; one left alone settles at its level instead of rising for ever."""
FEED = 0.5
"""The share of each sign's level set by the other signs, the rest by the campaign's figure:
the causes feed one another (Rwanda, 1993: the hate radio fed on the grievances, the militias
armed where it preached), so prevention that brings them all down lowers the levels too and
holds longer than a cut of one sign alone."""
NOISE = 2
"""The seeded noise on each sign a turn: from -NOISE to +NOISE."""
EMBARGO_ARMS = 0
"""The level of the arms flows while an arms embargo stands against the government (Rwanda's
came with resolution 918 in May 1994, after the genocide had begun; one in 1993 is the
preventive counterfactual)..."""
WATCHED_ARMS = 0.5
"""...and the share of their level left while a preventive mission with its troops watches
the borders (UNPREDEP patrolled Macedonia's borders and reported what crossed them)."""
CALM = 0.2
"""The share of a preventive order's cut of its sign that lasts as calm (``CrisisState.calm``):
the level every sign drifts toward falls by the calm, so the causes themselves ease, not only
their symptoms this turn (Macedonia, 1992-99: the inter-ethnic talks and UNPREDEP's patrols
kept a war that spread to every neighbour from coming, year after year, at a small cost)."""
CALM_WATCH = 3
"""The calm a preventive mission with the troops it needs earns each turn it watches."""
CALM_WEAR = 10
"""The calm loses a tenth of itself a turn (a point at least): unattended, the causes return..."""
CALM_SPARK = 2
"""...and a spark that does not catch spends half of it (a president's death, a disputed
ballot: the calm is tested, and what it held off comes closer)."""
DEFUSED = 20
"""Signs averaging this or less: the crisis is defused and will not break out."""
SPARK = 35
"""Signs averaging less than this when the spark comes (an event that would start the
crisis: a president's death, a ballot) and it does not catch: the crisis stays latent, its
signs still falling. The Kenyan crisis of 2008, mediated from its first weeks, stopped short
of the mass killing its warning signs foretold."""
DEPLOY_CUT, THIN_CUT = 0.6, 0.25
"""A preventive deployment with the troops its mandate needs takes this share off the risk
of outbreak; one with fewer troops only the smaller share (a mandate alone deters little)."""
EMBARGO_CUT = 0.2
"""The share an arms embargo against the government takes off the risk of outbreak, beside
what it does to the arms flows: the weapons the killing needs must now be smuggled."""
NEED = PREVENT_NEED
OUTBREAK_TENSION = 2
"""World tension when a latent crisis breaks out into violence."""
DEFUSED_TENSION, DEFUSED_CREDIBILITY = -2, 6
"""World tension when a latent crisis is defused, and the credibility of each organisation
whose preventive mission was there (see FAILED_CREDIBILITY for one that saw it break out)."""
FAILED_CREDIBILITY = -4
"""Credibility of an organisation whose preventive mission saw the crisis defused, or break
out."""
MAX_FOG = 30
"""The largest error, in points, on a sign seen with no insight at all."""
LOOKING = 40
"""Insight a commission of inquiry or an observer or preventive mission gives every nation."""

MEDIATION = 12
"""Grievances a mediation lowers (Kofi Annan's in Kenya, 2008)."""
AID, AID_COST, AID_RELATION = 10, 2, 3
"""Fragility targeted aid lowers, the economy it costs the donor and the relations it wins
with the government: influence follows money."""
PRESSURE, PRESSURE_RELATION = 12, -8
"""Hate propaganda pressure on the government lowers, and the relations it costs."""


def settings(state: GameState, c: CrisisState) -> Latent | None:
    d = state.campaign.defined(c.id)
    return d.latent if d else None


def is_latent(state: GameState, c: CrisisState) -> bool:
    """The crisis is latent and its signs show (its campaign's ``since`` has come)."""
    if c.phase != "latent":  # asked of every crisis for every order: the cheap test first
        return False
    latent = settings(state, c)
    return latent is not None and (latent.since is None or state.month >= latent.since)


def signs(c: CrisisState) -> dict[str, int]:
    return {sign: getattr(c, sign) for sign in SIGNS}


def missions(state: GameState, c: CrisisState) -> list[Mission]:
    """Preventive missions deployed in the crisis now."""
    return [m for m in state.missions.values()
            if m.crisis == c.id and m.status == "active" and m.mandate == PREVENT]


def outbreak_risk(state: GameState, c: CrisisState) -> int:
    """Percent chance that the crisis breaks out this turn: its campaign's figure scaled by
    the average of the signs, less for a preventive deployment and for an arms embargo; 0 unless
latent."""
    latent = settings(state, c) if c.phase == "latent" else None
    if latent is None or not is_latent(state, c):
        return 0
    risk = latent.risk * sum(signs(c).values()) / len(SIGNS) / 50
    if missions(state, c):
        risk *= 1 - (DEPLOY_CUT if _manned(state, c) else THIN_CUT)
    if _embargoed(state, c.aggressor):
        risk *= 1 - EMBARGO_CUT
    return clamp(round(risk))


def _manned(state: GameState, c: CrisisState) -> bool:
    """A preventive mission in the crisis holds the troops it needs."""
    return any(m.strength >= NEED for m in missions(state, c))


def _embargoed(state: GameState, nation: str) -> bool:
    """An arms embargo stands against ``nation`` in any crisis."""
    return any(c.aggressor == nation and c.has_measure("arms") for c in state.crises.values())


def step(ctx: Ctx, crisis_id: str) -> None:
    """One turn of a latent crisis: an inquiry reports, the signs drift, and a seeded draw
    against the risk of outbreak; signs low enough defuse it."""
    s = ctx.state
    c = ctx.crisis(crisis_id)
    if not is_latent(s, c):
        return
    if c.inquiry:
        c = ctx.update_crisis(crisis_id, inquiry=c.inquiry - 1)
    c = ctx.update_crisis(crisis_id, calm=_calmer(s, c))
    level = levels(s, c)
    moved = {sign: clamp(value + round((level[sign] - value) / RETURN
                                       + ctx.draw(f"signs:{crisis_id}:{sign}", 2 * NOISE + 1)
                                       - NOISE - 1))
             for sign, value in signs(c).items()}
    c = ctx.update_crisis(crisis_id, **moved)
    if sum(moved.values()) <= DEFUSED * len(SIGNS):
        _defuse(ctx, c)
        return
    risk = outbreak_risk(s, c)
    if risk and ctx.draw(f"outbreak:{crisis_id}") <= risk:
        _break_out(ctx, c, risk)


def _calmer(state: GameState, c: CrisisState) -> int:
    """The calm after a turn: worn by ``CALM_WEAR``, earned by a manned preventive mission."""
    worn = c.calm - max(1, c.calm // CALM_WEAR) if c.calm else 0
    return worn + (CALM_WATCH if _manned(state, c) else 0)


def levels(state: GameState, c: CrisisState) -> dict[str, float]:
    """The level each sign drifts toward, set by the world: the campaign's figure (the
    grievance's depth, the hatred already preached, the arms already flowing, the state's
    weakness) blended with the other signs now (``FEED``), moved by the government's
    stability and economy and by world tension, and lowered by the calm prevention has earned;
    the arms flows fall to nothing under an arms embargo and by half under a manned preventive
    deployment."""
    depth = settings(state, c) or Latent()
    now = signs(c)
    total = sum(now.values())

    def fed(sign: str) -> float:
        figure: int = getattr(depth, sign)
        return (1 - FEED) * figure + FEED * (total - now[sign]) / (len(SIGNS) - 1)

    government = state.nations[c.aggressor]
    unstable = (50 - government.stability) / 2
    arms = (EMBARGO_ARMS if _embargoed(state, c.aggressor)
            else fed("arms") * WATCHED_ARMS if _manned(state, c) else fed("arms"))
    return {"grievances": fed("grievances") + unstable - c.calm,
            "propaganda": fed("propaganda") + (state.tension - 50) / 2 - c.calm,
            "arms": arms - c.calm,
            "fragility": fed("fragility") + unstable + (50 - government.economy) / 4 - c.calm}


def spark(ctx: Ctx, crisis_id: str) -> None:
    """An event starts the crisis - unless it is latent with its signs brought low enough,
    when the spark does not catch."""
    c = ctx.state.crises[crisis_id]
    if is_latent(ctx.state, c) and sum(signs(c).values()) < SPARK * len(SIGNS):
        ctx.update_crisis(crisis_id, calm=c.calm // CALM_SPARK)
        ctx.emit("crisis", f"The spark does not catch in {c.name}: the warning signs had "
                 "been brought low, and the crisis stays latent.", crisis=crisis_id)
        return
    ctx.start_crisis(crisis_id)


def _break_out(ctx: Ctx, c: CrisisState, risk: int) -> None:
    """The warnings went unheeded: the crisis begins, and its preventive missions fail."""
    s = ctx.state
    for mission in missions(s, c):
        s.missions[mission.id] = replace(mission, status="failed")
        ctx.credibility(mission.org, FAILED_CREDIBILITY, f"prevention failed in {c.name}")
    ctx.update_crisis(c.id, measures=tuple(m for m in c.measures
                                           if m.kind != "preventive_deployment"))
    ctx.emit("crisis", f"The warnings in {c.name} go unheeded: the violence breaks out "
             f"(outbreak risk was {risk}%).", crisis=c.id)
    ctx.tension(OUTBREAK_TENSION, f"{c.name} breaks out")
    ctx.start_crisis(c.id)


def _defuse(ctx: Ctx, c: CrisisState) -> None:
    s = ctx.state
    for mission in missions(s, c):
        s.missions[mission.id] = replace(mission, status="completed")
        ctx.credibility(mission.org, DEFUSED_CREDIBILITY, f"{c.name} defused")
    ctx.update_crisis(c.id, phase="defused")
    ctx.tension(DEFUSED_TENSION, f"{c.name} is defused")
    ctx.emit("crisis", f"{c.name} is defused: the warning signs have faded and the violence "
             "will not come.", crisis=c.id)


# --- what each nation sees ----------------------------------------------------------------

def insight(state: GameState, c: CrisisState, nation: str | None) -> int:
    """How clearly ``nation`` sees the signs, 0-100: the government itself knows them; others
    by their power (their intelligence) and their ties with the government, and all alike
    by looking: a commission of inquiry, an observer or preventive mission on the ground."""
    if nation == c.aggressor:
        return 100
    looking = LOOKING if c.inquiry or any(
        m.crisis == c.id and m.status == "active" and m.mandate in ("observe", PREVENT)
        for m in state.missions.values()) else 0
    if nation is None or nation not in state.nations:
        return looking
    n = state.nations[nation]
    ties = max(0, state.relation(nation, c.aggressor)) / 4
    return clamp(round((n.military + n.economy) / 4 + ties + looking))


def seen(state: GameState, c: CrisisState, nation: str | None) -> CrisisState:
    """The crisis with its signs as ``nation`` sees them: each off by a seeded error that
    shrinks as its insight grows (the true state holds the seed; a view does not)."""
    if c.phase != "latent":
        return c
    fog = round(MAX_FOG * (100 - insight(state, c, nation)) / 100)
    if not fog:
        return c
    rng = rng_for(state.seed, state.turn, f"fog:{c.id}:{nation}")
    fogged: dict[str, Any] = {sign: clamp(value + rng.randint(-fog, fog))
                              for sign, value in signs(c).items()}  # signs: int fields
    return renewed(c, **fogged)


def fog_of(state: GameState, c: CrisisState, nation: str | None) -> int:
    """The largest error on the signs ``nation`` sees, for the panel's '±'."""
    return round(MAX_FOG * (100 - insight(state, c, nation)) / 100)


# --- preventive orders' effects -------------------------------------------------------------

def mediate(ctx: Ctx, nation: str, crisis_id: str, share: float = 1.0) -> None:
    """Grievances fall by ``share`` of a mediation's effect (others may mediate too)."""
    c = ctx.crisis(crisis_id)
    ctx.update_crisis(crisis_id, grievances=clamp(c.grievances - MEDIATION * share),
                      calm=_calmed(c, MEDIATION * share), preventers=_joined(c, nation))
    ctx.relate(nation, c.aggressor, 2)
    ctx.emit("prevent", f"{ctx.name(nation)} mediates in {c.name}: grievances are heard.",
             crisis=crisis_id, nation=nation)


def aid(ctx: Ctx, nation: str, crisis_id: str, share: float = 1.0) -> None:
    c = ctx.crisis(crisis_id)
    ctx.update_crisis(crisis_id, fragility=clamp(c.fragility - AID * share),
                      calm=_calmed(c, AID * share), preventers=_joined(c, nation))
    ctx.adjust(nation, "economy", -AID_COST, f"aid to {ctx.name(c.aggressor)}")
    ctx.relate(nation, c.aggressor, AID_RELATION)
    ctx.emit("prevent", f"{ctx.name(nation)} sends targeted aid to "
             f"{ctx.name(c.aggressor)}: its government is steadier.", crisis=crisis_id,
             nation=nation)


def pressure(ctx: Ctx, nation: str, crisis_id: str, share: float = 1.0) -> None:
    c = ctx.crisis(crisis_id)
    ctx.update_crisis(crisis_id, propaganda=clamp(c.propaganda - PRESSURE * share),
                      calm=_calmed(c, PRESSURE * share), preventers=_joined(c, nation))
    ctx.relate(nation, c.aggressor, PRESSURE_RELATION)
    ctx.emit("prevent", f"{ctx.name(nation)} presses {ctx.name(c.aggressor)} to silence the "
             f"hate propaganda in {c.name}.", crisis=crisis_id, nation=nation)


def _calmed(c: CrisisState, cut: float) -> int:
    """The crisis's calm once a preventive order has cut its sign by ``cut`` (``CALM``)."""
    return c.calm + round(cut * CALM)


def _joined(c: CrisisState, nation: str) -> tuple[str, ...]:
    """The crisis's preventers with ``nation`` among them: a part in it if it is defused."""
    return tuple(sorted({*c.preventers, nation}))


def status_lines(state: GameState, c: CrisisState, fog: int) -> list[str]:
    """The crisis panel's lines on a latent crisis, its signs as the viewer sees them."""
    if c.phase == "defused":
        return ["Defused: the warning signs faded before the violence came"]
    if not is_latent(state, c):
        return []
    shown = "  ".join(f"{sign.capitalize()} {value}" for sign, value in signs(c).items())
    lines = [f"Outbreak risk {outbreak_risk(state, c)}% a turn"
             + (" (arms embargo in force)" if _embargoed(state, c.aggressor) else ""),
             f"Warning signs{f' (±{fog})' if fog else ''}: {shown}"]
    if c.calm:
        lines.append(f"Calm earned by prevention: every sign's level {c.calm} lower")
    for m in missions(state, c):
        lines.append(f"Preventive mission {m.id}: {m.strength} troops")
    return lines
