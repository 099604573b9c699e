"""Scores: each nation's own objectives plus its share of the score of the order itself."""

from __future__ import annotations

from .script import holds
from .state import GameState

ORDER_POINTS = {"withdrawal": 10, "settlement": 8, "frozen": -3, "conquest": -10}


def order_score(state: GameState) -> int:
    """Crises stopped, tension kept low, organisations believed."""
    ended = sum(ORDER_POINTS[c.outcome] for c in state.crises.values() if c.outcome)
    universal = [o.credibility for o in state.orgs.values()
                 if state.campaign.org(o.id).kind == "universal" and o.members]
    cred = sum(universal) / len(universal) if universal else 50
    return round(ended + (100 - state.tension) / 4 + cred / 4)


def objectives_met(state: GameState, nation: str) -> list[str]:
    return [o.id for o in state.campaign.nation(nation).objectives if holds(state, o.condition)]


def nation_score(state: GameState, nation: str, order: int) -> int:
    d = state.campaign.nation(nation)
    own = sum(o.points for o in d.objectives if holds(state, o.condition))
    share = order * (100 - state.nations[nation].orientation) / 200
    return round(own + share)


def compute_scores(state: GameState) -> tuple[tuple[str, int], ...]:
    order = order_score(state)
    return (("ORDER", order),) + tuple(
        (code, nation_score(state, code, order)) for code in state.nations)


def defeated(state: GameState) -> list[str]:
    """Nations that have lost: overrun, or collapsed at home."""
    out = []
    for code, n in state.nations.items():
        if n.conquered or (n.exists and n.will < 5 and n.stability < 10):
            out.append(code)
    return out


def ranking(state: GameState, nations: list[str]) -> list[tuple[str, int]]:
    """Nations by score, best first (ties by code, so the order is stable)."""
    scores = dict(state.scores)
    return sorted(((n, scores.get(n, 0)) for n in nations), key=lambda x: (-x[1], x[0]))
