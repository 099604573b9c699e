"""A campaign's own decisions: courses a nation may take from its panel (``decide <id>``).

Each is defined in YAML under its nation (model.DecisionDef) with a cost in diplomatic
capital, a condition that opens it and the effects it carries out; this module makes the
order of it: its legality, its effect, the AI's valuation, its label and tooltip.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, TYPE_CHECKING

from ..actions import Action, act
from ..context import Ctx
from ..model import DecisionDef
from ..script import holds, perform
from ..state import GameState
from .base import Option, Order
from .turn import END_SCORE

if TYPE_CHECKING:
    from ..state import Readable


def _decision(state: Readable, a: Action) -> DecisionDef:
    """The decision a ``decide`` order names: one of its nation's (``candidates``)."""
    d = state.campaign.nation(a.nation).decision(a.args[0])
    assert d is not None, f"{a.nation} has no decision {a.args[0]!r}"
    return d


def taken(state: GameState, nation: str, decision_id: str) -> bool:
    return f"{nation}:{decision_id}" in state.decided


def candidates(state: GameState, nation: str, focus: Action | None,
               among: Collection[str] | None) -> list[Option]:
    out: list[Option] = []
    for d in state.campaign.nation(nation).decisions:
        reason = None
        if d.once and taken(state, nation, d.id):
            reason = "already taken"
        elif not holds(state, d.condition):
            reason = "its conditions do not hold"
        out.append((act(nation, "decide", d.id), reason))
    return out


def _decide(ctx: Ctx, a: Action) -> None:
    s = ctx.state
    d = _decision(s, a)
    key = f"{a.nation}:{d.id}"
    if key not in s.decided:
        s.decided = (*s.decided, key)
    ctx.emit("decided", f"{ctx.name(a.nation)}: {d.label}.", nation=a.nation, decision=d.id)
    for effect in d.effects:
        perform(ctx, effect, d.label)


def _value(mind: Any, a: Action) -> tuple[float, list[str]]:
    """The author's ``ai_weight``: 0 never; 50 is worth an order when little else presses;
    100 is taken at once. Its cost counts against it like any order's."""
    d = _decision(mind.s, a)
    if d.ai_weight == 0:
        return -100.0, []
    return END_SCORE + (d.ai_weight - 25) / 2 - d.cost, [d.explain or d.label]


ORDERS = (
    Order("decide", "decide DECISION", group="domestic", arity=(1, 1), cost=0,
          candidates=candidates, effect=_decide, value=_value,
          label=lambda state, a: _decision(state, a).label,
          tip="Take a course the campaign offers your nation (its own capital cost, "
              "condition and effects).",
          cost_of=lambda state, a: _decision(state, a).cost,
          tip_from=lambda state, a: _decision(state, a).explain or _decision(state, a).label),
)
