"""Demands and appeasement: an aggressor asks, in public, for part of its claim; the nations
that could stop it grant or refuse.

Granted by those holding most of the force that could be brought to bear, the crisis ends
by concession: the aggressor is paid, the victim pays, the granters pay in legitimacy, and
the aggressor's appetite grows (Munich, September 1938: the Sudetenland granted; Prague
taken in March 1939). Refused, tension rises and the aggressor must make war or back down
(the Hoare-Laval plan, refused after a public outcry in December 1935).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import Any, TYPE_CHECKING

from ..actions import Action, act
from ..bodies import permanent_members, seated
from ..context import Ctx
from ..gauges import distance_km, force, reach
from ..model import STAGES
from ..state import CrisisState, Demand, GameState
from .base import Option, Order
from .words import crisis_name, nation_name

if TYPE_CHECKING:
    from ..state import Readable

DEMAND_STAGE = 2
"""The stage from which a first demand can be made (a threat of war needs clashes behind it);
each demand granted before lets the next come one stage sooner."""
FIRST_ASK = 40
"""A first demand asks for this share of the claim, per cent..."""
ASK_STEP = 20
"""...and each demand granted before adds this much."""
CALLED_URGE = 15.0
"""How much a refused demand pushes its maker, in the AI's eyes, to make war or back down."""


def asks(appetite: int) -> int:
    """The share of its claim an aggressor asks for, once this many demands were granted."""
    return min(100, FIRST_ASK + ASK_STEP * appetite)


def earliest_stage(appetite: int) -> int:
    return max(0, DEMAND_STAGE - appetite)


def protectors(state: GameState, c: CrisisState) -> set[str]:
    """The victims and those bound to defend them: their allies and guarantors."""
    out = set(c.victims)
    for t in state.treaties:
        for victim in c.victims:
            if t.kind == "alliance" and victim in (t.a, t.b):
                out.add(t.b if victim == t.a else t.a)
            elif t.kind == "guarantee" and victim == t.b:
                out.add(t.a)
    return out


def addressed(state: GameState, c: CrisisState) -> tuple[str, ...]:
    """Those who could stop the aggressor: the victims, their allies and guarantors, and the
    great powers (permanent members) of the crisis's organisation who sit in it, less the
    aggressor's own side (its allies and its bloc), in campaign order."""
    powers: set[str] = set()
    if c.org in state.orgs:
        for body in state.campaign.org(c.org).bodies:
            powers |= permanent_members(state, c.org, body.id) & set(
                seated(state, c.org, body.id))
    side = {t.b if t.a == c.aggressor else t.a
            for t in state.treaties_of(c.aggressor, "alliance")}
    bloc = state.bloc(c.aggressor)
    if bloc != "none":
        side |= {code for code in state.nations if state.bloc(code) == bloc}
    who = protectors(state, c) | (powers - side)
    return tuple(code for code, n in state.nations.items()
                 if code in who and n.exists and code != c.aggressor)


def weight(state: GameState, nation: str, c: CrisisState) -> float:
    """What a nation's answer weighs: the force it could bring to the crisis."""
    return force(state, nation) * reach(state, nation, c)


def refused(state: GameState, crisis_id: str) -> bool:
    """The crisis's demand was refused and its maker has not yet made war or backed down."""
    demand = state.demands.get(crisis_id)
    return demand is not None and demand.status == "refused"


def names(state: GameState, codes: Collection[str]) -> str:
    """'Britain, France and Italy'."""
    words = [nation_name(state, code) for code in codes]
    if len(words) < 2:
        return "".join(words) or "nobody"
    return ", ".join(words[:-1]) + " and " + words[-1]


def candidates(state: GameState, nation: str, focus: Action | None,
               among: Collection[str] | None) -> list[Option]:
    out: list[Option] = []
    appetite = state.nations[nation].appetite
    for c in state.crises.values():
        if not c.active:
            continue
        demand = state.demands.get(c.id)
        if c.aggressor == nation:
            reason = None
            if demand is not None and demand.status == "pending":
                reason = "your demand awaits its answer"
            elif demand is not None and demand.status != "lapsed" and c.stage <= demand.stage:
                reason = "your last demand was refused: escalate before asking again"
            elif c.stage < earliest_stage(appetite):
                reason = (f"too early: a demand needs the crisis at "
                          f"{STAGES[earliest_stage(appetite)].replace('_', ' ')}")
            elif not addressed(state, c):
                reason = "there is nobody to ask"
            out.append((act(nation, "demand", c.id), reason))
        elif (demand is not None and demand.status == "pending" and nation in demand.addressed
              and demand.turn < state.turn):
            why = "already answered" if demand.answer(nation) else None
            out += [(act(nation, "answer", c.id, "grant"), why),
                    (act(nation, "answer", c.id, "refuse"), why)]
    return out


def demand_line(state: GameState, crisis_id: str) -> str | None:
    """The crisis's demand in a line for the crisis panel, or None."""
    d = state.demands.get(crisis_id)
    if d is None or d.status == "lapsed":
        return None
    appetite = state.nations[d.aggressor].appetite
    fed = f" Appetite {appetite}." if appetite else ""
    if d.status == "pending":
        answered = "; ".join(f"{nation_name(state, n)} {a}s" for n, a in d.answers)
        return (f"Demand: {d.asks}% of the claim, put to {len(d.addressed)} nations"
                f"{' (' + answered + ')' if answered else ''}.{fed}")
    outcome = {"granted": "granted", "refused": "refused: it must fight or back down",
               "escalated": "refused; it escalated", "withdrew": "refused; it backed down",
               "called": "refused; its bluff was called"}[d.status]
    return f"Demand of {d.asks}% {outcome}.{fed}"


# --- effects ---------------------------------------------------------------------------

def _demand(ctx: Ctx, a: Action) -> None:
    s, c = ctx.state, ctx.state.crises[a.args[0]]
    share = asks(s.nations[a.nation].appetite)
    who = addressed(s, c)
    s.demands[c.id] = Demand(c.id, a.nation, share, who, s.turn, c.stage)
    ctx.tension(1, f"{ctx.name(a.nation)}'s demand in {c.name}")
    ctx.emit("demand", f"{ctx.name(a.nation)} demands {share}% of its claim in {c.name} and "
             f"calls on {names(s, who)} to grant it; they answer next turn.", crisis=c.id,
             nation=a.nation, asks=share, addressed=who)


def _answer(ctx: Ctx, a: Action) -> None:
    s, cid, answer = ctx.state, a.args[0], a.args[1]
    demand = s.demands[cid]
    s.demands[cid] = replace(demand, answers=tuple(sorted((*demand.answers,
                                                            (a.nation, answer)))))
    verb = "grants" if answer == "grant" else "refuses"
    ctx.emit("demand", f"{ctx.name(a.nation)} {verb} {ctx.name(demand.aggressor)}'s demand in "
             f"{s.crises[cid].name}.", crisis=cid, nation=a.nation, answer=answer)


def decide_demands(ctx: Ctx) -> None:
    """Every demand put in an earlier turn is decided by the answers given in this orders
    phase, all together: granted when those who grant hold most of the addressed nations'
    force at the crisis and the victim's side consents (the victim, or one of those bound to
    defend it), otherwise refused (silence grants nothing). Powers owing the victim nothing
    cannot give its land away over its head: Ethiopia rejected the Hoare-Laval plan of
    December 1935 and it died; at Munich, Czechoslovakia's ally France agreed."""
    s = ctx.state
    for cid, demand in list(s.demands.items()):
        if demand.status != "pending" or demand.turn >= s.turn:
            continue
        c = s.crises[cid]
        present = [n for n in demand.addressed if s.nations[n].exists]
        total = sum(weight(s, n, c) for n in present)
        granters = [n for n in present if demand.answer(n) == "grant"]
        consents = bool(set(granters) & protectors(s, c))
        if consents and sum(weight(s, n, c) for n in granters) * 2 > total:
            _concede(ctx, c, demand, granters)
        else:
            _refuse(ctx, c, demand, [n for n in present if n not in granters])


def _concede(ctx: Ctx, c: CrisisState, demand: Demand, granters: list[str]) -> None:
    """Appeasement: the aggressor gets part of its claim, the victim loses it, the granters
    keep the peace and lose their good name with the small states."""
    from ..crises import end_crisis  # the crises' dynamics build on the orders

    s = ctx.state
    s.demands[c.id] = replace(demand, status="granted", decided=s.turn)
    gain = round(c.stake * demand.asks / 400)
    ctx.adjust(c.aggressor, "will", 6, f"its demand granted in {c.name}")
    ctx.adjust(c.aggressor, "legitimacy", 3, f"its demand granted in {c.name}")
    ctx.adjust(c.aggressor, "economy", gain, f"the concession in {c.name}")
    ctx.adjust(c.aggressor, "military", gain // 2, f"the concession in {c.name}")
    for victim in c.victims:
        if s.nations[victim].exists:
            ctx.adjust(victim, "military", -2 * gain, f"the land conceded in {c.name}")
            ctx.adjust(victim, "stability", -2 * gain, f"the land conceded in {c.name}")
            ctx.adjust(victim, "will", -10, f"abandoned in {c.name}")
    for nation in granters:
        if nation in c.victims:
            continue
        ctx.adjust(nation, "legitimacy", -4, f"conceded {c.name} at a small state's expense")
        for victim in c.victims:
            ctx.relate(nation, victim, -15)
    ctx.emit("demand", f"{names(s, granters)} grant {ctx.name(c.aggressor)}'s demand: "
             f"{demand.asks}% of its claim in {c.name}.", crisis=c.id, outcome="granted",
             granters=tuple(granters))
    end_crisis(ctx, c.id, "concession", f"{ctx.name(c.aggressor)}'s demand is granted")


def _refuse(ctx: Ctx, c: CrisisState, demand: Demand, refusers: list[str]) -> None:
    s = ctx.state
    s.demands[c.id] = replace(demand, status="refused", decided=s.turn)
    ctx.tension(3, f"{ctx.name(c.aggressor)}'s demand in {c.name} refused")
    ctx.emit("demand", f"{ctx.name(c.aggressor)}'s demand in {c.name} is refused "
             f"({names(s, refusers)} did not grant it): it must now make war or back down.",
             crisis=c.id, outcome="refused")


def demand_step(ctx: Ctx, c: CrisisState) -> CrisisState:
    """The turn after a refusal, the aggressor's move answers it: escalating or backing down
    settles it; holding still, it is a bluff called, and costs will, standing and resolve."""
    s = ctx.state
    demand = s.demands.get(c.id)
    if demand is None or demand.status != "refused" or (demand.decided or 0) >= s.turn:
        return c
    if c.intent in ("escalate", "backdown"):
        s.demands[c.id] = replace(demand, status="escalated" if c.intent == "escalate"
                                  else "withdrew")
        return c
    s.demands[c.id] = replace(demand, status="called")
    ctx.adjust(c.aggressor, "will", -5, f"its bluff called in {c.name}")
    ctx.adjust(c.aggressor, "legitimacy", -3, f"its bluff called in {c.name}")
    ctx.emit("demand", f"{ctx.name(c.aggressor)} neither fights nor backs down after its "
             f"demand in {c.name} was refused: its bluff is called.", crisis=c.id)
    return ctx.update_crisis(c.id, resolve=max(0, c.resolve - 10))


# --- the AI's valuations -----------------------------------------------------------------

SOVEREIGNTY = 40.0
"""What a victim's government weighs, beyond the land, against a demand made at its capital:
granting it is its own fall (Budapest, November 1956; Guatemala City, June 1954)."""
CAPITAL_KM = 250.0
"""A crisis this close to a victim's capital is a demand on the government itself."""


def at_capital(state: GameState, victim: str, c: CrisisState) -> bool:
    """The crisis is fought at (or over) the victim's capital."""
    return distance_km(state.campaign.nation(victim).capital_lonlat, c.location) < CAPITAL_KM


def leaning(mind: Any, c: CrisisState, share: int) -> tuple[float, list[tuple[float, str]]]:
    """How much ``mind``'s nation would rather grant than refuse a demand, with each reason's
    weight: war looks costly when the aggressor is strong, the nation's will and economy low,
    the crisis far away and a general war feared; a commitment to the victim, a believed
    organisation, an outraged public and a known appetite stiffen it. A victim weighs its own
    land (the more so the more is at stake, and its government when the crisis is at its
    capital) against its own war: the general war others fear, distance and an outlook on
    foreign commitments are the third parties' reasons (Portugal refused every demand over
    Goa, 1961; Iran took its case to the Council, 1946)."""
    s, me = mind.s, mind.me
    name = s.campaign.nation
    terms: list[tuple[float, str]] = []
    victim = me in c.victims
    if victim:
        terms.append((-50.0 - c.stake / 2, "it is our own land"))
        if at_capital(s, me, c):
            terms.append((-SOVEREIGNTY, "it is our capital: to grant it is to fall"))
    odds = force(s, c.aggressor) / max(1.0, weight(s, me, c))
    terms.append((max(-20.0, min(30.0, (odds - 1) * 15)),
                  f"{name(c.aggressor).name} could field {odds:.1f} times what we could bring"))
    terms.append(((50 - mind.n.will) / 2, f"our will is {mind.n.will}"))
    terms.append(((50 - mind.n.economy) / 4, f"our economy is {mind.n.economy}"))
    if not victim:  # a victim weighs its own war, not the general one others fear
        terms.append(((s.tension - 60) / 3, f"world tension is {s.tension}: a general war is "
                      "feared" if s.tension > 60 else f"world tension is {s.tension}"))
        km = distance_km(mind.d.capital_lonlat, c.location)
        if km > 500:  # and its own land is never far away
            terms.append((min(10.0, km / 500), f"it is {round(km, -2):.0f} km away"))
        for t in s.treaties_of(me):
            if t.kind in ("alliance", "guarantee") and ({t.a, t.b} - {me}) & set(c.victims):
                terms.append((-25.0, f"our {t.kind} with {name(c.victims[0]).name}"))
        if s.ideology(me) == "liberal_democracy" and c.clarity > 40:
            terms.append((-(c.clarity - 40) / 3, "our public would not stand for it"))
    if c.id in mind.n.mobilised or any(x == me for x, _ in c.interveners):
        terms.append((-20.0, "our forces are already committed"))
    if c.org in s.orgs:
        cred = s.orgs[c.org].credibility
        terms.append((-(cred - 45) / 2, f"the organisation's credibility is {cred}"))
    rel = s.relation(me, c.aggressor)
    terms.append((rel / 6, f"our relations with {name(c.aggressor).name}: {rel}"))
    appetite = s.nations[c.aggressor].appetite
    if appetite:
        terms.append((-12.0 * appetite, f"{appetite} concession(s) before only fed its appetite"))
    terms.append((-(share - FIRST_ASK) / 4, f"it asks for {share}% of its claim"))
    if not victim:  # an outlook on foreign commitments: the victim's war is its own
        terms.append((-mind.hawk - mind.multi / 2 + mind.frugal / 2, "our outlook"))
    return sum(t for t, _ in terms), terms


def _reasons(terms: list[tuple[float, str]], sign: int) -> list[str]:
    """The reasons that pull the chosen way, largest first."""
    pulling = sorted((t for t in terms if t[0] * sign > 0.5), key=lambda t: -abs(t[0]))
    return [why for _, why in pulling[:3]]


def _value_answer(mind: Any, a: Action) -> tuple[float, list[str]]:
    c = mind.s.crises[a.args[0]]
    lean, terms = leaning(mind, c, mind.s.demands[c.id].asks)
    sign = 1 if a.args[1] == "grant" else -1
    return 50.0 + sign * lean, _reasons(terms, sign)


def _value_demand(mind: Any, a: Action) -> tuple[float, list[str]]:
    """Worth making when the aggressor expects those who matter to give way, and the
    victim's side to consent (a grant needs the victim or one of its protectors)."""
    s = mind.s
    c = s.crises[a.args[0]]
    share = asks(mind.n.appetite)
    who = addressed(s, c)
    weights = {n: weight(s, n, c) for n in who}
    total = sum(weights.values()) or 1.0
    gives = {n: min(1.0, max(0.0, 0.5 + leaning(mind.of(n), c, share)[0] / 60)) for n in who}
    expected = sum(weights[n] * gives[n] for n in who) / total
    holding_out = 1.0
    for n in sorted(protectors(s, c) & set(who)):
        holding_out *= 1 - gives[n]
    consent = 1 - holding_out
    value = (expected * consent - 0.5) * 100 + 5 + mind.greed + 5 * mind.n.appetite
    heaviest = max(who, key=lambda n: (weights[n], n))
    return value, [f"we expect {round(expected * 100)}% of the force that could stop us to "
                   f"give way", f"{s.campaign.nation(heaviest).name} weighs most",
                   f"the chance that the victim's side consents: {round(consent * 100)}%"]


def _label_demand(state: Readable, a: Action) -> str:
    return f"Make a demand in {crisis_name(state, a.args[0])}"


def _label_answer(state: Readable, a: Action) -> str:
    demand = state.demands.get(a.args[0])
    if demand is None:
        return f"{a.args[1].capitalize()} the demand in {crisis_name(state, a.args[0])}"
    return (f"{a.args[1].capitalize()} {nation_name(state, demand.aggressor)}'s demand "
            f"({demand.asks}%)")


def _tip_answer(a: Action) -> str:
    if a.args[1:] == ("grant",):
        return ("Grant the demand: if those granting hold most of the force that could stop "
                "the aggressor, the crisis ends by concession — no war now, but you lose "
                "legitimacy, the victim loses land and will, and the aggressor's next demand "
                "comes sooner and asks for more.")
    return ("Refuse the demand: if those refusing (or silent) hold at least half of the force, "
            "tension rises and the aggressor must make war or back down next turn; doing "
            "neither costs it will and standing.")


ORDERS = (
    Order("demand", "demand CRISIS", group="military", arity=(1, 1), cost=2,
          candidates=candidates, effect=_demand, value=_value_demand, label=_label_demand,
          tip="Demand part of your claim (40%, 20 more for each demand granted before) from "
              "the victims, their protectors and the great powers: they answer next turn. "
              "Granted, the crisis ends in your favour; refused, you must fight or back "
              "down."),
    Order("answer", "answer CRISIS grant/refuse", group="military", arity=(2, 2), cost=0,
          candidates=candidates, effect=_answer, value=_value_answer, label=_label_answer,
          tip="Your answer to the aggressor's demand, given in public.", tip_of=_tip_answer),
)
