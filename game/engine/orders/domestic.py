"""Orders at home: rally opinion, rearm, invest."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from .. import insurgency
from ..actions import Action, act
from ..consent import in_exile
from ..context import Ctx
from ..state import GameState
from .base import Option, Order


def candidates(state: GameState, nation: str, focus: Action | None,
               among: Collection[str] | None) -> list[Option]:
    exiled = "a government in exile has no ground to raise an army on"
    return [(act(nation, "rally"), None),
            (act(nation, "rearm"), exiled if in_exile(state, nation) else None),
            (act(nation, "invest"), None)]


def _done(ctx: Ctx, a: Action) -> None:
    """The chronicle's line for a domestic order (who rearms stays the nation's secret)."""
    ctx.emit("domestic", f"{ctx.name(a.nation)}: {a.verb}.", (a.nation,), nation=a.nation)


REARM = 4
"""Military a turn's rearmament adds to a state (a people in arms: ``insurgency.intake``)."""
AT_HOME = {"rally": {"will": 8}, "rearm": {"military": REARM, "economy": -2},
           "invest": {"economy": 3}}
"""What each order at home changes in the nation's own figures (the AI's planner reads it)."""


def _rally(ctx: Ctx, a: Action) -> None:
    ctx.adjust(a.nation, "will", AT_HOME["rally"]["will"], "a campaign to rally opinion")
    _done(ctx, a)


def _rearm(ctx: Ctx, a: Action) -> None:
    room = insurgency.intake(ctx.state, a.nation)
    ctx.adjust(a.nation, "military", REARM if room is None else min(REARM, room), "rearmament")
    ctx.adjust(a.nation, "economy", AT_HOME["rearm"]["economy"], "rearmament")
    ctx.tension(1, "rearmament")  # who rearms is the rearming nation's secret
    _done(ctx, a)


def _invest(ctx: Ctx, a: Action) -> None:
    ctx.adjust(a.nation, "economy", AT_HOME["invest"]["economy"], "investment at home")
    _done(ctx, a)


def _goal(mind: Any, stat: str, value: float, reasons: list[str]) -> tuple[float, list[str]]:
    """Add what the nation's objectives (and its score) ask of this figure, as the hard AI
    reads them."""
    pull = mind.goal_pull(stat)
    if pull is None:
        return value, reasons
    return value + pull[0], reasons + [pull[1]]


def _value_rally(mind: Any, a: Action) -> tuple[float, list[str]]:
    engaged = any(c.active and (mind.me in c.parties or mind.me in mind.n.mobilised)
                  for c in mind.s.crises.values())
    return _goal(mind, "will", (45 - mind.n.will) + (15 if engaged else 0),
                 [f"our will is {mind.n.will}"])


def _value_rearm(mind: Any, a: Action) -> tuple[float, list[str]]:
    built = max(0, mind.n.military - mind.d.military)
    return _goal(mind, "military",
                 (mind.s.tension - 55) / 2 + mind.hawk + (60 - mind.n.military) / 4 - built,
                 [f"world tension is {mind.s.tension}"])


SPARE_CAPITAL = 6
"""Capital beyond this, left unspent, is half lost at the turn's end: better invested."""


def _value_invest(mind: Any, a: Action) -> tuple[float, list[str]]:
    value = (55 - mind.n.economy) / 2 + mind.frugal / 2
    reasons = [f"our economy is {mind.n.economy}"]
    spare = mind.n.capital - SPARE_CAPITAL
    if spare > 0:
        value += 2 * spare
        reasons.append("diplomatic capital left unspent would fade")
    return _goal(mind, "economy", value, reasons)


ORDERS = (
    Order("rally", "rally", group="domestic", arity=(0, 0), cost=2, candidates=candidates,
          effect=_rally, value=_value_rally, label=lambda state, a: "Rally opinion at home",
          tip="Rally opinion at home: domestic will up."),
    Order("rearm", "rearm", group="domestic", arity=(0, 0), cost=2, candidates=candidates,
          effect=_rearm, value=_value_rearm, label=lambda state, a: "Rearm",
          tip="Rearm: military up; neighbours grow nervous."),
    Order("invest", "invest", group="domestic", arity=(0, 0), cost=2, candidates=candidates,
          effect=_invest, value=_value_invest, label=lambda state, a: "Invest in the economy",
          tip="Invest at home: economy and stability up."),
)
