"""Cutting aid and credit to a host government that turns on its people (issue 19): a nation
whose money weighs holds it back, in public, for as long as the crisis runs (September 1999:
the IMF and the World Bank held back their loans to Jakarta and Washington cut its military
ties; days later Habibie accepted INTERFET). The host's resolve falls by the cutter's
economic weight, so the cut counts towards its consent (``consent``), and the cutter
coerces it from then on: a permanent member that cuts its aid shields the host no more. It
costs the cutter the trade and contracts it had with the host, and their relations."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import Any, TYPE_CHECKING

from .. import consent
from ..actions import Action, act
from ..context import Ctx
from ..crises import feared, urge
from ..state import CrisisState, GameState
from .base import Option, Order

if TYPE_CHECKING:
    from ..state import Readable

AID_WEIGHT = 40
"""The economic weight (``weight``) from which a nation's aid and credit weigh on a
government: the big shareholders of the IMF and the World Bank (the United States, Japan,
Germany, Britain, France; China later)."""
CUT_RESOLVE = 15
"""Resolve a host loses when a nation of economic weight 100 (the United States) cuts its
aid; a smaller weight takes its share off. The cuts of one turn overlap (the lenders' money
does): the weightiest counts in full, the next half, the third a third (``hit``)."""
HELD_BACK = 2
"""Economy the host loses with the money held back."""
CUT_COST = 1
"""Economy the cutter loses: the trade, contracts and arms sales it had with the host."""
CUT_RELATION = -10
"""Relations between the cutter and the host."""
WITHHOLD_DOUBT = 25
"""What the AI holds against cutting aid before its concern and the cut's weight count: a
government gives up its ties and its contracts with another only for a crisis that matters
to it."""
CONSENT_PULL = 15
"""How much more the AI wants to cut when the cut would bring a host that may consent below
``consent.CONSENT_URGE``: the last push that lets a force in."""


def candidates(state: GameState, nation: str, focus: Action | None,
               among: Collection[str] | None) -> list[Option]:
    """A cut for each active crisis whose host government kills its own people
    (``consent.hosts``); barred for a party, before the killing begins (clashes), for a
    nation whose aid does not weigh, or one that has cut already."""
    out: list[Option] = []
    for cid in sorted(state.crises):
        c = state.crises[cid]
        if focus is not None and focus.args[:1] != (cid,):
            continue
        if not c.active or not consent.hosts(state, c):
            continue
        out.append((act(nation, "withhold", cid), _barred(state, nation, c)))
    return out


def _barred(state: GameState, nation: str, c: CrisisState) -> str | None:
    if nation in c.parties:
        return "a party cannot cut its own aid"
    if c.stage < 2:
        return "the killing has not begun: press the government instead"
    if nation in consent.withholding(state, c):
        return "your aid is cut already"
    if economic_weight(state, nation) < AID_WEIGHT:
        return f"your money is too little to weigh (economic weight under {AID_WEIGHT})"
    return None


def economic_weight(state: GameState, nation: str) -> int:
    """The size of a nation's economy as a lender: its economy at the campaign's start. The
    economy a nation has now measures its health, which a long campaign moves far from the
    size of its money (aid and growth lift a small state's figure)."""
    return state.campaign.nation(nation).economy


def weight(state: GameState, nation: str) -> int:
    """Resolve a host loses to this nation's cut, before the overlap with others'."""
    return round(CUT_RESOLVE * min(100, economic_weight(state, nation)) / 100)


def hit(state: GameState, nation: str, crisis_id: str) -> float:
    """What this nation's cut takes off the host's resolve this turn: its weight divided by
    its rank among the turn's cutters, the weightiest first - so each cut adds something, the
    smaller ones less."""
    cutters = {key.split()[0] for key in state.acted if key.endswith(f" withhold {crisis_id}")}
    ranked = sorted(cutters | {nation}, key=lambda n: (-weight(state, n), n))
    return weight(state, nation) / (ranked.index(nation) + 1)


def _withhold(ctx: Ctx, a: Action) -> None:
    s, cid = ctx.state, a.args[0]
    c = s.crises[cid]
    host = c.aggressor
    taken = round(hit(s, a.nation, cid))
    ctx.adjust(a.nation, "economy", -CUT_COST, f"aid to {ctx.name(host)} cut")
    ctx.adjust(host, "economy", -HELD_BACK, f"aid and credit cut by {ctx.name(a.nation)}")
    ctx.relate(a.nation, host, CUT_RELATION)
    ctx.set_flag(consent.withheld_flag(cid, a.nation))
    c = ctx.update_crisis(cid, resolve=max(0, c.resolve - taken))
    ctx.emit("diplomacy", f"{ctx.name(a.nation)} cuts its aid and credit to {ctx.name(host)} "
             f"over {c.name} (resolve -{taken}).", crisis=cid, nation=a.nation, other=host)


def _value_withhold(mind: Any, a: Action) -> tuple[float, list[str]]:
    """Worth it for a crisis that matters, more when the host's resolve is near breaking and
    it may yet consent; less for a friend of the host and for a nation that spares its
    money."""
    s = mind.s
    c = s.crises[a.args[0]]
    value, reasons = mind.concern(c)
    taken = hit(s, mind.me, c.id)
    value += taken - WITHHOLD_DOUBT - mind.frugal - mind.running(economy=CUT_COST)
    reasons.append(f"it would cost us {CUT_COST} economy in trade and contracts")
    if (not consent.consented(s, c) and not consent.besieged(s, c)
            and consent.protector(s, c) is None):
        after = urge(replace(c, resolve=max(0, c.resolve - round(taken))), feared(s, c))
        if after < consent.CONSENT_URGE:
            value += CONSENT_PULL
            reasons.append("the cut may win the host's consent to a force")
    return value, reasons


def _label(state: Readable, a: Action) -> str:
    c = state.crises[a.args[0]]
    return f"Cut aid and credit to {state.campaign.nation(c.aggressor).name}"


ORDERS = (
    Order("withhold", "withhold CRISIS", group="diplomacy", arity=(1, 1), cost=1,
          candidates=candidates, effect=_withhold, value=_value_withhold, label=_label,
          tip=f"Once the killing has begun, cut your aid and credit to the government, in "
              f"public and for the rest of the crisis: its resolve falls by up to "
              f"{CUT_RESOLVE} by your economic weight (less if weightier nations cut that turn), "
              f"bringing its consent to a force nearer, and its economy by {HELD_BACK}. Costs "
              f"you {CUT_COST} economy and {-CUT_RELATION} relations with it; you coerce it "
              f"from then on. Needs economic weight {AID_WEIGHT} (your economy at the "
              f"campaign's start)."),
)
