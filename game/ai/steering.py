"""Steering: how a campaign author tells the AI to play a nation (docs/ai.md, "Steering the
AI"). The forum, ladder and pace are read where the AI tables (``orders.organisations``), the
veto where it votes (``stances.bounded``); this module reads ``backs_down``, when an AI
aggressor yields.

A steered aggressor whose threshold holds backs down above anything else it could do that
turn and does not escalate; otherwise it weighs pressing on and backing down as always.
"""

from __future__ import annotations

from game.engine.actions import Action
from game.engine.model import BacksDown
from game.engine.orders.turn import END_SCORE
from game.engine.state import CrisisState, GameState

YIELDS = END_SCORE + 60.0
"""The worth of backing down once the campaign's threshold holds: above any order but a
promise kept."""


def steered(s: GameState, nation: str, a: Action, value: float,
            reasons: list[str]) -> tuple[float, list[str]]:
    """An aggressor's choice to press on or back down, as its campaign steers it."""
    if a.verb not in ("escalate", "backdown"):
        return value, reasons
    c = s.crises[a.args[0]]
    why = yielding(s, nation, c)
    if not why:
        return value, reasons
    if a.verb == "backdown":
        return max(value, YIELDS), [why, *reasons]
    return min(value, END_SCORE - 60.0), [why, *reasons]


def yielding(s: GameState, nation: str, c: CrisisState) -> str:
    """Why ``nation``, the aggressor in ``c``, yields now by its ``backs_down`` steering (""
    when it does not)."""
    if c.aggressor != nation:
        return ""
    rule = s.campaign.steer(nation, c.id).backs_down
    if rule is None:
        return ""
    return _threshold(rule, c, s.nations[nation].will)


def _threshold(rule: BacksDown, c: CrisisState, will: int) -> str:
    if rule.resolve_below is not None and c.resolve < rule.resolve_below:
        return f"our resolve ({c.resolve}) is spent: we yield"
    if rule.will_below is not None and will < rule.will_below:
        return f"our public will ({will}) no longer bears the cost: we yield"
    if rule.dead_above is not None and c.casualties > rule.dead_above:
        return f"{c.casualties} thousand dead are too many: we yield"
    return ""
