"""Preventive orders, given by a nation while a crisis is latent (game/engine/prevention.py):
mediation (Kenya, 2008), targeted aid and pressure on the government. They are far cheaper
than reaction and work only before the violence; the preventive deployment, a body's mission,
is tabled like any resolution (organisations.py)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any, TYPE_CHECKING

from .. import prevention
from ..actions import Action, act
from ..context import Ctx
from ..state import CrisisState, GameState
from .base import Option, Order, crowd

if TYPE_CHECKING:
    from ..state import Readable

VERBS = ("mediate", "stabilise", "dissuade")
SIGN_OF = {"mediate": "grievances", "stabilise": "fragility", "dissuade": "propaganda"}
"""The warning sign each preventive order lowers (the arms flows yield only to an arms
embargo and to a manned preventive deployment)."""


def candidates(state: GameState, nation: str, focus: Action | None,
               among: Collection[str] | None) -> list[Option]:
    """Each preventive order for each latent crisis whose signs show; a party to the
    crisis cannot give them."""
    out: list[Option] = []
    for cid in sorted(state.crises):
        c = state.crises[cid]
        if focus is not None and focus.args[:1] != (cid,):
            continue
        if not prevention.is_latent(state, c):
            continue
        reason = "a party cannot prevent its own crisis" if nation in c.parties else None
        out += [(act(nation, verb, cid), reason) for verb in VERBS]
    return out


def _share(ctx: Ctx, a: Action) -> float:
    """Givers of the same preventive order in one turn crowd one another: each of n has 1/n
    of its effect on the signs (two mediators do not halve the grievances twice over)."""
    return 1 / crowd(ctx.state, f" {a.verb} {a.args[0]}")


def _mediate(ctx: Ctx, a: Action) -> None:
    prevention.mediate(ctx, a.nation, a.args[0], _share(ctx, a))


def _stabilise(ctx: Ctx, a: Action) -> None:
    prevention.aid(ctx, a.nation, a.args[0], _share(ctx, a))


def _dissuade(ctx: Ctx, a: Action) -> None:
    prevention.pressure(ctx, a.nation, a.args[0], _share(ctx, a))


CHEAP = 8
"""What the AI sees in an order that costs little against the war it may spare: a nation
that would care about the crisis once it broke out cares this much more now."""


def _danger(mind: Any, a: Action) -> tuple[float, list[str], CrisisState]:
    """How much the crisis matters and how dangerous it looks to this nation, from the
    signs as it sees them (its own view): a danger it does not see it does not act on."""
    c = mind.s.crises[a.args[0]]
    concern, reasons = mind.concern(c)
    risk = prevention.outbreak_risk(mind.s, c)
    value = concern / 2 + risk + CHEAP + mind.multi / 3 - 24
    return value, reasons + [f"the warning signs put the outbreak risk at {risk}%"], c


def _value_mediate(mind: Any, a: Action) -> tuple[float, list[str]]:
    value, reasons, c = _danger(mind, a)
    value += (c.grievances - 50) / 5 - mind.frugal / 2
    return value, reasons + [f"grievances stand at {c.grievances}"]


def _value_stabilise(mind: Any, a: Action) -> tuple[float, list[str]]:
    value, reasons, c = _danger(mind, a)
    value += (c.fragility - 50) / 5 - mind.frugal + (mind.n.economy - 50) / 10
    return value, reasons + [f"the government's fragility stands at {c.fragility}"]


def _value_dissuade(mind: Any, a: Action) -> tuple[float, list[str]]:
    value, reasons, c = _danger(mind, a)
    ties = mind.s.relation(mind.me, c.aggressor)
    value += (c.propaganda - 50) / 5 - max(0, ties) / 4
    return value, reasons + [f"hate propaganda stands at {c.propaganda}"]


def _label(verb: str) -> Callable[[Readable, Action], str]:
    """The button: the crisis for a mediation, its government for aid and pressure."""
    def label(state: Readable, a: Action) -> str:
        c = state.crises[a.args[0]]
        government = state.campaign.nation(c.aggressor).name
        return {"mediate": f"Mediate in {c.name}",
                "stabilise": f"Targeted aid to {government}",
                "dissuade": f"Press {government} on propaganda"}[verb]
    return label


ORDERS = (
    Order("mediate", "mediate CRISIS", group="diplomacy", arity=(1, 1), cost=2,
          candidates=candidates, effect=_mediate, value=_value_mediate,
          label=_label("mediate"),
          tip=f"Before the violence: mediate between the parties. Grievances -"
              f"{prevention.MEDIATION}; relations with the government improve a little."),
    Order("stabilise", "stabilise CRISIS", group="diplomacy", arity=(1, 1), cost=1,
          candidates=candidates, effect=_stabilise, value=_value_stabilise,
          label=_label("stabilise"),
          tip=f"Before the violence: targeted aid to a fragile government. Fragility -"
              f"{prevention.AID}; costs {prevention.AID_COST} economy; influence follows money "
              f"(relations +{prevention.AID_RELATION} with the government)."),
    Order("dissuade", "dissuade CRISIS", group="diplomacy", arity=(1, 1), cost=1,
          candidates=candidates, effect=_dissuade, value=_value_dissuade,
          label=_label("dissuade"),
          tip=f"Before the violence: press the government to silence hate propaganda. "
              f"Propaganda -{prevention.PRESSURE}; relations with it "
              f"{prevention.PRESSURE_RELATION}."),
)
