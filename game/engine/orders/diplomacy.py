"""Orders between two nations: court, denounce, threaten, aid, offer treaties, recognise."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from ..actions import Action, act
from ..context import Ctx
from ..gauges import force, reach
from ..measures import field_force
from ..model import TREATY_KINDS
from ..state import GameState, Offer
from ..wording import TREATY_NAMES
from .base import Option, Order, crowd, unwanted
from .words import nation_name


def candidates(state: GameState, nation: str, focus: Action | None,
               among: Collection[str] | None) -> list[Option]:
    out: list[Option] = []
    others = [c for c in state.existing() if c != nation
              and (focus is None or c == focus.args[-1]) and (among is None or c in among)]
    treaties = {(t.kind, *sorted((t.a, t.b))) for t in state.treaties}
    offers = {(o.kind, *sorted((o.sender, o.receiver))) for o in state.offers.values()
              if o.status == "pending"}
    for other in others:
        out += [(act(nation, v, other), None) for v in ("improve", "denounce", "threaten", "aid")]
    for other in others:
        couple = (nation, other) if nation < other else (other, nation)
        for kind in TREATY_KINDS:
            reason = None
            key = (kind, *couple)
            if key in treaties:
                reason = "this treaty is already in force"
            elif key in offers:
                reason = "an offer is already on the table"
            out.append((act(nation, "propose", kind, other), reason))
    for other in others:
        d = state.campaign.nation(other)
        if d.exists_from is not None and other not in state.nations[nation].recognised:
            out.append((act(nation, "recognise", other), None))
    return out


# --- effects ---------------------------------------------------------------------------

def _improve(ctx: Ctx, a: Action) -> None:
    other = a.args[0]
    same = ctx.state.campaign.nation(a.nation).ideology == ctx.state.campaign.nation(other).ideology
    ctx.relate(a.nation, other, 10 if same else 7)
    # courting is done in the open: the relation it moves is public
    ctx.emit("courting", f"{ctx.name(a.nation)} courts {ctx.name(other)}.",
             nation=a.nation, other=other)


def _denounce(ctx: Ctx, a: Action) -> None:
    other = a.args[0]
    ctx.relate(a.nation, other, -12)
    ctx.adjust(other, "legitimacy", -2, f"denounced by {ctx.name(a.nation)}")
    ctx.tension(1, f"{ctx.name(a.nation)} denounces {ctx.name(other)}")
    ctx.emit("diplomacy", f"{ctx.name(a.nation)} denounces {ctx.name(other)}.",
             nation=a.nation, other=other)


def _threaten(ctx: Ctx, a: Action) -> None:
    s, other = ctx.state, a.args[0]
    ctx.relate(a.nation, other, -15)
    ctx.tension(2, f"{ctx.name(a.nation)} threatens {ctx.name(other)}")
    ctx.adjust(other, "will", 2, f"threatened by {ctx.name(a.nation)}")
    for cid, c in s.crises.items():
        if c.active and c.aggressor == other:
            weight = field_force(s, a.nation) * reach(s, a.nation, c) - force(s, other) * 0.3
            hit = max(0, round(weight / 8 / crowd(s, f" threaten {other}")))
            ctx.update_crisis(cid, resolve=max(0, c.resolve - hit))
    ctx.emit("diplomacy", f"{ctx.name(a.nation)} threatens {ctx.name(other)}.",
             nation=a.nation, other=other)


def _aid(ctx: Ctx, a: Action) -> None:
    s, other = ctx.state, a.args[0]
    ctx.adjust(a.nation, "economy", -2, f"aid to {ctx.name(other)}")
    ctx.adjust(other, "economy", 3, f"aid from {ctx.name(a.nation)}")
    if any(c.active and other in c.victims for c in s.crises.values()):
        ctx.adjust(other, "military", 2, f"arms from {ctx.name(a.nation)}")
    ctx.relate(a.nation, other, 6)
    ctx.emit("diplomacy", f"{ctx.name(a.nation)} sends aid to {ctx.name(other)}.",
             nation=a.nation, other=other)


def _propose(ctx: Ctx, a: Action) -> None:
    s = ctx.state
    kind, other = a.args
    oid = s.next_id("O")
    s.offers[oid] = Offer(oid, a.nation, other, kind, s.turn)
    ctx.emit("offer", f"{ctx.name(a.nation)} offers {ctx.name(other)} {TREATY_NAMES[kind]} "
             f"({oid}).", (a.nation, other), offer=oid, nation=a.nation, other=other)


def _recognise(ctx: Ctx, a: Action) -> None:
    s, other = ctx.state, a.args[0]
    n = s.nations[a.nation]
    s.nations[a.nation] = replace(n, recognised=n.recognised + (other,))
    ctx.relate(a.nation, other, 10)
    ctx.adjust(other, "legitimacy", 4, f"recognised by {ctx.name(a.nation)}")
    ctx.emit("diplomacy", f"{ctx.name(a.nation)} recognises {ctx.name(other)}.",
             nation=a.nation, other=other)


# --- the AI's valuations -----------------------------------------------------------------

def _value_improve(mind, a: Action) -> tuple[float, list[str]]:
    other = a.args[0]
    rel = mind.s.relation(mind.me, other)
    od = mind.s.campaign.nation(other)
    kin = (od.bloc == mind.d.bloc and od.bloc != "none") or od.ideology == mind.d.ideology
    value = (10 if kin else 0) + (40 - rel) / 4 + mind.s.nations[other].military / 10 - 15
    return (value if rel < 60 else -50), [f"relations with {od.name}: {rel}"]


def _value_threaten(mind, a: Action) -> tuple[float, list[str]]:
    s, other = mind.s, a.args[0]
    crises = [c for c in s.crises.values() if c.active and c.aggressor == other]
    if not crises:
        return -50.0, []
    if force(s, mind.me) < force(s, other) * 0.5 or mind.n.military < 30 and not mind.hawk:
        return -50.0, ["our threats would not be believed"]
    value, reasons = mind.concern(crises[0])
    return value + mind.hawk - 35, reasons


def _value_aid(mind, a: Action) -> tuple[float, list[str]]:
    s, other = mind.s, a.args[0]
    victim_of = [c for c in s.crises.values() if c.active and other in c.victims]
    if not victim_of:
        return -50.0, []
    value, reasons = mind.concern(victim_of[0])
    strain = max(0, mind.d.economy - mind.n.economy)  # aid costs economy: less once it hurts
    if strain:
        reasons.append(f"our economy is {strain} below where it started")
    return value - 40 - mind.frugal + (mind.n.economy - 40) / 4 - strain, reasons


def _value_recognise(mind, a: Action) -> tuple[float, list[str]]:
    rel = mind.s.relation(mind.me, a.args[0])
    return rel / 2 + mind.multi / 3 - 5, [f"relations: {rel}"]


def _towards(word: str):
    """A label 'word <nation>' for the orders aimed at one other nation."""
    return lambda state, a: f"{word} {nation_name(state, a.args[0])}"


def _label_propose(state, a: Action) -> str:
    return f"Offer {nation_name(state, a.args[1])} {TREATY_NAMES.get(a.args[0], a.args[0])}"


ORDERS = (
    Order("improve", "improve NATION", group="diplomacy", arity=(1, 1), cost=1,
          candidates=candidates, effect=_improve, value=_value_improve,
          label=_towards("Improve relations with"), tip="Diplomatic work: relations improve."),
    Order("denounce", "denounce NATION", group="diplomacy", arity=(1, 1), cost=1,
          candidates=candidates, effect=_denounce, value=unwanted, label=_towards("Denounce"),
          tip="A public protest: relations worsen; your stand is on record."),
    Order("threaten", "threaten NATION", group="diplomacy", arity=(1, 1), cost=1,
          candidates=candidates, effect=_threaten, value=_value_threaten,
          label=_towards("Threaten"), tip="A public threat: deterrence up, relations down."),
    Order("aid", "aid NATION", group="diplomacy", arity=(1, 1), cost=2, candidates=candidates,
          effect=_aid, value=_value_aid, label=_towards("Send aid to"),
          tip="Economic and military aid: their economy and stability up, relations up."),
    Order("propose", "propose TREATY NATION", group="diplomacy", arity=(2, 2), cost=2,
          candidates=candidates, effect=_propose, value=unwanted, label=_label_propose,
          tip="Offer a treaty: it binds both sides if they accept."),
    Order("recognise", "recognise NATION", group="diplomacy", arity=(1, 1), cost=1,
          candidates=candidates, effect=_recognise, value=_value_recognise,
          label=_towards("Recognise"), tip="Recognise a new state."),
)
