"""Steering: how a campaign author tells the AI to play a nation (docs/ai.md, "Steering the
AI"). The forum, ladder and pace are read where the AI tables (``orders.organisations``), the
veto where it votes (``stances.bounded``); this module reads ``backs_down``, when an AI
aggressor yields, and the nation's ``weights``, ``bloc_loyalty`` and ``sovereignty``, which
``policy.Mind`` weighs.

A steered aggressor whose threshold holds backs down above anything else it could do that
turn and does not escalate; otherwise it weighs pressing on and backing down as always.
"""

from __future__ import annotations

from game.engine.actions import Action
from game.engine.model import INTERNAL_KINDS, BacksDown, NationDef
from game.engine.orders.turn import END_SCORE
from game.engine.state import CrisisState, GameState

YIELDS = END_SCORE + 60.0
"""The worth of backing down once the campaign's threshold holds: above any order but a
promise kept."""


def weights(base: tuple[int, int, int, int], d: NationDef) -> tuple[int, int, int, int]:
    """The personality's four weights (multilateral, force, cost-aversion, greed) with the
    ones the nation's own ``weights`` give in their place."""
    if d.weights is None:
        return base
    own = (d.weights.multilateral, d.weights.force, d.weights.cost_aversion, d.weights.greed)
    m, f, c, g = (b if o is None else o for b, o in zip(base, own))
    return m, f, c, g


def loyalties(s: GameState, nation: str, c: CrisisState,
              bloc: bool = True) -> list[tuple[float, str]]:
    """What ``nation``'s loyalties add to its support for a measure on ``c``: its
    ``bloc_loyalty`` when the aggressor is of its bloc (unless ``bloc`` is false: a measure
    that accuses no one), its ``sovereignty`` when the crisis is inside a state (no term for
    a zero)."""
    d = s.campaign.nation(nation)
    terms = []
    own = s.bloc(nation)
    if bloc and d.bloc_loyalty and own != "none" and s.bloc(c.aggressor) == own:
        terms.append((-float(d.bloc_loyalty),
                      f"{s.campaign.nation(c.aggressor).name} is in our bloc"))
    if d.sovereignty and c.kind in INTERNAL_KINDS:
        terms.append((-float(d.sovereignty), _sovereign(d.sovereignty)))
    return terms


def _sovereign(stance: int) -> str:
    if stance > 0:
        return "no one may reach inside a sovereign state"
    return "what a state does to its own people is the concern of all"


STEERED = frozenset({"intervene", "escalate", "backdown"})
"""The orders whose worth the campaign's steering may change (``steered``)."""


def steered(s: GameState, nation: str, a: Action, value: float,
            reasons: list[str]) -> tuple[float, list[str]]:
    """An order's worth as the campaign steers the nation: an aggressor's choice to press on
    or back down, and an intervention inside a state as its ``sovereignty`` sees it."""
    if a.verb not in STEERED:
        return value, reasons
    if a.verb == "intervene":
        return _intervening(s, nation, s.crises[a.args[0]], value, reasons)
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


def _intervening(s: GameState, nation: str, c: CrisisState, value: float,
                 reasons: list[str]) -> tuple[float, list[str]]:
    stance = s.campaign.nation(nation).sovereignty
    if not stance or c.kind not in INTERNAL_KINDS:
        return value, reasons
    return value - stance, [_sovereign(stance), *reasons]
