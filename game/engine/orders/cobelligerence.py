"""Entering a war beside the aggressor: a power whose ally or protege, thrown back by foreign
armies onto its own ground, sees them march towards its own border may send its army in
(``join``). The rule, its price, its effect and the AI's reading of it are here together.

China, October 1950: once the United Nations forces had retaken the South and crossed the
38th parallel, Peking, which had warned through India that it would not stand aside, sent
its "volunteers" over the Yalu and drove them back below the parallel."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ..actions import Action, act
from ..context import Ctx
from ..gauges import distance_km, force
from ..state import CrisisState, GameState
from .base import Expected, Option, Order, a_turn_of, applied, changes, upkeep
from .military import BLOC_RIVAL, BLOCLESS, DOORSTEP, LEGITIMACY_COST, NEIGHBOURHOOD_KM, \
    rival_blocs, war_price, war_temper
from .words import crisis_name

BACKED_RESOLVE = 30
"""The resolve an aggressor thrown back regains when a power's army enters the war beside it:
a beaten army that had been falling back stands again (North Korea, late 1950)."""
ENTRY_LEGITIMACY = LEGITIMACY_COST["none"]
"""What entering a war on an aggressor's side costs in legitimacy: force used without any
body's authority, against the victim and the powers that came to its help (the Assembly named
China an aggressor on 1 February 1951)."""


def tie(state: GameState, nation: str, aggressor: str) -> str | None:
    """Why ``nation`` would stand by ``aggressor``: an alliance or guarantee between them, or
    the same bloc (a camp with a rival); None when it has no such tie."""
    for t in state.treaties_of(nation):
        if t.kind in ("alliance", "guarantee") and aggressor in (t.a, t.b):
            return f"our {t.kind} with it"
    bloc = state.bloc(nation)
    if bloc not in BLOCLESS and bloc == state.bloc(aggressor):
        return "it is of our camp"
    return None


def near(state: GameState, nation: str, aggressor: str) -> bool:
    """``aggressor``'s capital lies on ``nation``'s doorstep (``military.NEIGHBOURHOOD_KM``):
    a foreign army that reaches it stands on ``nation``'s border."""
    return distance_km(state.campaign.nation(nation).capital_lonlat,
                       state.campaign.nation(aggressor).capital_lonlat) <= NEIGHBOURHOOD_KM


def why_not(state: GameState, nation: str, c: CrisisState) -> str | None:
    """Why ``nation`` may not enter ``c`` beside its aggressor now; None when it may: a war is
    being fought (clashes or more), foreign armies fight against the aggressor and have thrown
    it back onto its own ground (it holds none of what it took), the aggressor is its ally or
    of its camp (``tie``) and lies on its doorstep (``near``), and it has an army to send."""
    name = state.campaign.nation(c.aggressor).name
    if nation in c.backers:
        return "already fighting beside it"
    if c.stage < 2:
        return "there is no war to enter"
    if not c.interveners:
        return f"no foreign army fights against {name}"
    if c.progress > 0:
        return f"{name} still holds ground it took"
    if tie(state, nation, c.aggressor) is None:
        return f"{name} is neither an ally nor of our camp"
    if not near(state, nation, c.aggressor):
        return f"{name} is far from our border"
    if state.nations[nation].military < 10:
        return "too weak to enter the war"
    return None


def candidates(state: GameState, nation: str, focus: Action | None,
               among: Collection[str] | None) -> list[Option]:
    out: list[Option] = []
    for c in state.crises.values():
        if (not c.active or c.aggressor == nation or nation in c.victims
                or any(x == nation for x, _ in c.interveners)):
            continue
        out.append((act(nation, "join", c.id), why_not(state, nation, c)))
    return out


def _join(ctx: Ctx, a: Action) -> None:
    """The army goes in beside the aggressor, whose beaten army takes heart
    (``BACKED_RESOLVE``). An aggressor that gave the order to back down this turn, for a war
    it was losing alone, stands again: the orders of a turn are given together, and the new
    army changes the war it would have stepped back from (North Korea did not sue for terms
    once the Chinese had crossed the Yalu in October 1950; with them it retook Seoul)."""
    s, cid = ctx.state, a.args[0]
    c = s.crises[cid]
    ctx.update_crisis(cid, backers=(*c.backers, a.nation),
                      resolve=min(100, c.resolve + BACKED_RESOLVE),
                      intent="hold" if c.intent == "backdown" else c.intent)
    if c.intent == "backdown":
        ctx.emit("crisis", f"{ctx.name(c.aggressor)} no longer backs down in {c.name}: "
                 f"{ctx.name(a.nation)}'s army is beside it.", crisis=cid)
    ctx.adjust(a.nation, "legitimacy", ENTRY_LEGITIMACY, f"war beside {ctx.name(c.aggressor)}")
    ctx.adjust(a.nation, "will", -5, f"war in {c.name}")
    for enemy in sorted({*c.victims, *(x for x, _ in c.interveners)}):
        ctx.relate(a.nation, enemy, -25)
    ctx.tension(5, f"{ctx.name(a.nation)} enters {c.name}")
    ctx.emit("military", f"{ctx.name(a.nation)} sends its army into {c.name} beside "
             f"{ctx.name(c.aggressor)}.", crisis=cid, nation=a.nation)


def _value_join(mind: Any, a: Action) -> tuple[float, list[str]]:
    """Its reasons - the war's weight by its stage (as ``Mind.concern`` begins an
    intervener's), the tie to the aggressor, the foreign army on the border, the rival bloc
    behind it, its ties to the aggressor and its enmity to the interveners, weighed as
    ``military.interest`` weighs a victim's friends and an aggressor's enemies - less the
    fight's price a turn, reckoned as an intervention's."""
    s, me = mind.s, mind.me
    c = s.crises[a.args[0]]
    value, reasons = c.stage * 8.0, [f"{c.name} is at stage {c.stage}"]
    if why := tie(s, me, c.aggressor):
        value += 25
        reasons.append(why)
    value += DOORSTEP
    reasons.append("foreign armies march towards our border")
    if any(rival_blocs(s, s.bloc(me), s.bloc(x)) for x, _ in c.interveners):
        value += BLOC_RIVAL
        reasons.append("the other bloc would stand on our border")
    value += max(0, s.relation(me, c.aggressor)) / 3  # as ``military.interest`` weighs them
    enmity = min((s.relation(me, x) for x, _ in c.interveners), default=0)
    value -= enmity / 2
    if enmity < -20:
        reasons.append("our adversary leads the war")
    against = sum(force(s, x) for x, _ in c.interveners) \
        + sum(force(s, v) for v in c.victims if s.nations[v].exists)
    if force(s, me) + force(s, c.aggressor) < against * 0.5:
        value -= 20
        reasons.append("we could not turn the war")
    dead, will = war_price(mind, c, against)
    value -= mind.running(economy=dead + will, upkeep=1)
    reasons.append(f"it would cost about {dead:.0f} units and {will:.0f} will a turn")
    return war_temper(mind, value, reasons), reasons


def _expect_join(state: GameState, a: Action) -> tuple[Expected, ...]:
    """Its effect now, the commitment's upkeep, and a turn of the fighting with its army in."""
    after = applied(state, lambda ctx: _join(ctx, a))
    c = state.crises[a.args[0]]
    return (*changes(state, after), *upkeep(state, after, a.nation),
            *a_turn_of(state, after, c.id, (a.nation, c.aggressor), "a turn of fighting"))


ORDERS = (
    Order("join", "join CRISIS", group="military", arity=(1, 1), cost=3,
          candidates=candidates, effect=_join, value=_value_join,
          label=lambda state, a: f"Enter {crisis_name(state, a.args[0])} beside the aggressor",
          tip="Send your army into this war beside its aggressor, your ally thrown back by "
              "foreign armies towards your border.", will=40, expect=_expect_join),
)
