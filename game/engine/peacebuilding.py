"""Peacebuilding, the 'rebuild' duty of the responsibility to protect: a crisis whose campaign
gives it ``peacebuilding`` settings and that ends in a settlement or a withdrawal enters a
phase in which, each turn, it may relapse (a seeded draw). A peacebuilding mission
(disarmament, elections, institutions: ONUSAL in El Salvador, 1991-95) and the money its
contributors pledge lower that chance; after enough turns without relapse the peace is
consolidated. A concession, a conquest or a frozen conflict leaves no peace to build; nor
does an aggressor's withdrawal that leaves the ground to no one (``ending``)."""

from __future__ import annotations

from dataclasses import replace

from . import consent
from .context import Ctx
from .measures import INTERPOSING, holds
from .model import PEACEBUILD, Peacebuilding
from .state import CrisisState, GameState, Mission

QUALIFYING = ("settlement", "withdrawal")
"""Outcomes that open a peacebuilding phase."""
MISSION_CUT = 0.4
"""A peacebuilding mission on the ground takes this share off the relapse chance..."""
MONEY_CUT, MAX_MONEY_CUT = 0.05, 0.4
"""...and each point of money pledged to it this share more, up to the most."""
MONEY_PLEDGE, MONEY_COST = 3, 2
"""A pledge of money gives the mission this much and costs the donor this much economy."""
MONEY_RELATION, MONEY_LEGITIMACY = 3, 1
"""Influence follows money: the donor's relations with each party and its legitimacy rise."""
CONSOLIDATED_CREDIBILITY, RELAPSE_CREDIBILITY = 4, -5
"""Credibility of the organisation whose mission consolidated the peace, or saw it fail."""
RELAPSE_TENSION = 3
"""World tension when a settled crisis reignites."""


COLLAPSED = 5
"""A victim state whose government had this stability or less at the campaign's start had
collapsed before the war: there is no state to hand the ground back to (Somalia, after Siad
Barre's fall in January 1991)."""


def ending(state: GameState, c: CrisisState, outcome: str) -> str:
    """What an aggressor's withdrawal, or a settlement, comes to: an end only where someone
    takes the ground over - a force that holds it, or the state the aggressor fought. Else
    the war goes on at a lower pitch, frozen: one warlord's retreat leaves the others
    fighting in a state that has collapsed (the last UN troops left Somalia in March 1995
    with no government restored), and a government that stops short in a war on its own
    people stays in power over them (Darfur under UNAMID, 2008-12) - unless it gives up
    outfought by the people in arms (``consent.overthrown``), whose ground it then is, or
    comes to terms with a people in arms that still holds its ground (``autonomous``): a
    settlement; a truce on the lines held leaves it in power."""
    if outcome not in QUALIFYING or held(state, c) or _handed_back(state, c):
        return outcome
    if outcome == "withdrawal" and consent.overthrown(state, c):
        return outcome  # the people in arms take the ground over: Tripoli, August 2011
    return "settlement" if autonomous(state, c) else "frozen"


def autonomous(state: GameState, c: CrisisState) -> bool:
    """A government at war with a people in arms inside its borders (``consent.besieged``)
    that has not taken most of their ground (less than ``crises.TRUCE_GROUND``, what an
    exhausted aggressor must hold to settle on its lines): when its resolve breaks it stays in
    power, but the people in arms hold their ground themselves, and it comes to terms with
    them over it - autonomy, not a frozen war (Naivasha, January 2005: worn by twenty years
    of war, American pressure and the IGAD mediation, Khartoum gave the SPLA, which held the
    South, autonomy, a share of the oil and a referendum). Where its militias have burned
    most of the people's villages there is nothing left for them to hold (Darfur, 2004)."""
    from .crises import TRUCE_GROUND  # crises ends crises through this module

    return c.kind == "atrocities" and consent.besieged(state, c) and c.progress < TRUCE_GROUND


def held(state: GameState, c: CrisisState) -> bool:
    """A force holds the ground: an intervener - but not one fighting beside a people in arms
    against their own government (``consent.alongside``), which occupies nothing - or a
    mission strong enough for its mandate to stand between the parties (an authorisation no
    one acts on holds nothing)."""
    return (bool(c.interveners) and not consent.alongside(state, c)) or any(
        m.crisis == c.id and m.status == "active" and m.mandate in INTERPOSING
        and holds(state, c, m) for m in state.missions.values())


def _handed_back(state: GameState, c: CrisisState) -> bool:
    """The ground goes back to a state: in a civil war, to one that has not collapsed, but to
    a government in exile only behind a force that holds the ground (``held``: Aristide
    returned with the multinational force, October 1994; the deal of July 1993 with none was
    not kept); in a government's atrocities, to a victim state with land of its own (East
    Timor), not to a people inside the killer's borders - unless the host let a force in to
    take over (``consent``)."""
    victims = [state.campaign.nation(v) for v in c.victims]
    if c.kind == "civil_war":
        return not any(v.territory and v.stability <= COLLAPSED for v in victims) and not any(
            consent.in_exile(state, v) for v in c.victims)
    if c.kind == "atrocities":
        return any(v.territory for v in victims) or consent.consented(state, c)
    return True


def settings(state: GameState, c: CrisisState) -> Peacebuilding | None:
    """The crisis's peacebuilding settings (a claim's crisis has none)."""
    d = state.campaign.defined(c.id)
    return d.peacebuilding if d else None


def missions(state: GameState, c: CrisisState) -> list[Mission]:
    """Peacebuilding missions serving in the crisis now."""
    return [m for m in state.missions.values()
            if m.crisis == c.id and m.status == "active" and m.mandate == PEACEBUILD]


def relapse_risk(state: GameState, c: CrisisState) -> int:
    """Percent chance that the crisis reignites this turn: its campaign's figure, less for a
    mission on the ground and the money pledged to it; 0 outside the phase."""
    pb = settings(state, c)
    if pb is None or c.phase != "peacebuilding":
        return 0
    risk = float(pb.relapse)
    serving = missions(state, c)
    if serving:
        money = sum(m.money for m in serving)
        risk *= (1 - MISSION_CUT) * (1 - min(MAX_MONEY_CUT, money * MONEY_CUT))
    return round(risk)


def begin(ctx: Ctx, crisis_id: str) -> None:
    """A crisis just ended: open the phase if its outcome and its campaign call for one."""
    c = ctx.crisis(crisis_id)
    pb = settings(ctx.state, c)
    if pb is None or c.outcome not in QUALIFYING:
        return
    c = ctx.update_crisis(crisis_id, phase="peacebuilding", quiet=0)
    ctx.emit("crisis", f"{c.name} enters a peacebuilding phase: unless the peace is built it "
             f"may reignite (relapse risk {relapse_risk(ctx.state, c)}% a turn).",
             crisis=crisis_id)


def step(ctx: Ctx, crisis_id: str) -> None:
    """One turn of the phase: a seeded draw against the relapse risk, else a quiet turn."""
    c = ctx.crisis(crisis_id)
    pb = settings(ctx.state, c)
    if pb is None:
        return
    risk = relapse_risk(ctx.state, c)
    if risk and ctx.draw(f"relapse:{crisis_id}") <= risk:
        _relapse(ctx, c, pb)
        return
    c = ctx.update_crisis(crisis_id, quiet=c.quiet + 1)
    if c.quiet >= pb.turns:
        _consolidate(ctx, c)


def _relapse(ctx: Ctx, c: CrisisState, pb: Peacebuilding) -> None:
    """The crisis reignites at the campaign's stage, and grows from there only as any crisis
    grows, by its aggressor's decision to escalate; its peacebuilders fail with it. After a
    settlement the parties' armies, still on the ground, fight again (Angola, October 1992,
    after the Bicesse accords). After a withdrawal the army has gone: the militias it left
    behind fight (``spoilers``), with a small share of its force. Either way those who take up
    arms again have not given up: they fight with at least the cause's first resolve, which the
    world must wear down again or see the war go on (Haiti, February 2004: the former soldiers
    the junta had left behind took Gonaives and Cap-Haitien, and Aristide left again). The
    armies that intervened went home when the crisis ended (their upkeep stopped:
    ``turn.on_war_footing``); to fight the relapse their governments must decide to intervene
    again (the American troops of 1994 had left Haiti by 1996; the Marines came back in 2004
    only after Aristide had gone)."""
    s = ctx.state
    for mission in missions(s, c):
        s.missions[mission.id] = replace(mission, status="failed")
        ctx.credibility(mission.org, RELAPSE_CREDIBILITY, f"the peace failed in {c.name}")
    spoilers = c.outcome == "withdrawal"
    resolve = max(c.resolve, s.campaign.crisis(c.id).resolve)
    c = ctx.update_crisis(
        c.id, active=True, outcome=None, ended=None, phase="", quiet=0,
        relapses=c.relapses + 1, reignited=s.month, stage=pb.stage, calm_turns=0,
        intent="hold", resolve=resolve, spoilers=spoilers, interveners=(), backers=(),
        measures=tuple(m for m in c.measures if m.kind != "peacebuilding"))
    ctx.tension(RELAPSE_TENSION, f"{c.name} reignites")
    who = (f"{ctx.name(c.aggressor)}'s militias take up arms again" if spoilers
           else "the fighting resumes")
    ctx.emit("crisis_start", f"{c.name} relapses: {who}.", crisis=c.id, stage=c.stage)


def _consolidate(ctx: Ctx, c: CrisisState) -> None:
    s = ctx.state
    for mission in missions(s, c):
        s.missions[mission.id] = replace(mission, status="completed")
        ctx.credibility(mission.org, CONSOLIDATED_CREDIBILITY, f"the peace holds in {c.name}")
    ctx.update_crisis(c.id, phase="consolidated")
    ctx.emit("crisis", f"The peace in {c.name} is consolidated after {c.quiet} turns.",
             crisis=c.id)


def fund(ctx: Ctx, nation: str, mission_id: str) -> None:
    """A pledge of money to a peacebuilding mission: the donor pays, the mission's means grow,
    and the donor's standing with the parties rises with them."""
    s = ctx.state
    mission = s.missions[mission_id]
    c = s.crises[mission.crisis]
    funds = dict(mission.funds)
    funds[nation] = funds.get(nation, 0) + MONEY_PLEDGE
    s.missions[mission_id] = replace(mission, funds=tuple(sorted(funds.items())))
    ctx.adjust(nation, "economy", -MONEY_COST, f"money for mission {mission_id}")
    ctx.adjust(nation, "legitimacy", MONEY_LEGITIMACY, f"rebuilding {c.name}")
    for party in c.parties:
        ctx.relate(nation, party, MONEY_RELATION)
    ctx.emit("pledge", f"{ctx.name(nation)} pledges money to mission {mission_id} in "
             f"{c.name}.", mission=mission_id, nation=nation)


def status_lines(state: GameState, c: CrisisState) -> list[str]:
    """The crisis panel's lines on the peace: the phase and its relapse risk, its missions
    and their money; after it, consolidated; and how often it relapsed."""
    pb = settings(state, c)
    lines = []
    if c.phase == "consolidated":
        lines.append("Peace consolidated")
    elif c.phase == "peacebuilding" and pb is not None:
        lines.append(f"Peacebuilding: {c.quiet} of {pb.turns} quiet turns · relapse risk "
                     f"{relapse_risk(state, c)}% a turn")
        serving = missions(state, c)
        for m in serving:
            donors = ", ".join(state.campaign.nation(n).name for n, _ in m.funds)
            lines.append(f"Mission {m.id}: money {m.money}"
                         + (f" from {donors}" if donors else ", no donor yet"))
        if not serving:
            lines.append("No peacebuilding mission yet")
    if c.relapses:
        lines.append(f"Relapsed {c.relapses}x after a peace")
    return lines
