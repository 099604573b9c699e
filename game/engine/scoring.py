"""Scores: a nation is judged by what it did and what it paid.

A nation's score is the points of its own objectives met, plus credit for its part in the
crises that collective security ended well, plus (or minus) what it kept or lost of its will,
legitimacy, economy and forces, plus a small share of the order of the world. The share is
kept small on purpose: a nation that let others carry every burden must not score like one
that carried them (issue 14: a passive player scored about what the AI scored).
"""

from __future__ import annotations

from dataclasses import dataclass

from .credit import SUCCESS, Part, parts
from .script import holds
from .state import GameState

ORDER_POINTS = {"withdrawal": 10, "settlement": 8, "concession": 0, "frozen": -3,
                "conquest": -10}
"""A concession keeps the peace for now and pays the aggressor for the next crisis: nothing."""
SPONSOR_CREDIT = 5
"""Per adopted measure a nation tabled on a crisis that ended well."""
VOTE_CREDIT = 2
"""Per adopted measure it voted for."""
PLEDGE_CREDIT = 5
"""For troops pledged to the crisis's missions."""
INTERVENE_CREDIT = 5
"""For an intervention in it."""
CRISIS_CREDIT_CAP = 15
"""At most this much credit per crisis: one crisis is not the whole record."""
COST_DIVISOR = 4
"""A point of score per this many points of will, legitimacy, economy or forces."""
ORDER_SHARE = 400
"""The world order's score times (100 - orientation) / ORDER_SHARE: at most a quarter."""


@dataclass(frozen=True)
class Breakdown:
    """Where a nation's score comes from, for the end report."""

    objectives: int
    credit: int
    costs: int
    share: int

    @property
    def total(self) -> int:
        return self.objectives + self.credit + self.costs + self.share


def order_score(state: GameState) -> int:
    """Crises stopped, tension kept low, organisations believed."""
    ended = sum(ORDER_POINTS[c.outcome] for c in state.crises.values() if c.outcome)
    universal = [o.credibility for o in state.orgs.values()
                 if state.campaign.org(o.id).kind == "universal" and o.members]
    cred = sum(universal) / len(universal) if universal else 50
    return round(ended + (100 - state.tension) / 4 + cred / 4)


def objectives_met(state: GameState, nation: str) -> list[str]:
    return [o.id for o in state.campaign.nation(nation).objectives if holds(state, o.condition)]


def crisis_credit(p: Part) -> int:
    """Credit for a nation's part in a crisis that ended in withdrawal or settlement: the
    measures it tabled and voted for, its pledges and interventions (capped)."""
    earned = (SPONSOR_CREDIT * len(p.sponsored) + VOTE_CREDIT * len(p.voted_for)
              + PLEDGE_CREDIT * (p.pledged > 0) + INTERVENE_CREDIT * p.intervened)
    return min(CRISIS_CREDIT_CAP, earned)


def costs(state: GameState, nation: str) -> int:
    """Will and legitimacy gained or lost since the start; economy and forces lost (growth
    at home is its own reward through the objectives, not a score of its own)."""
    d, n = state.campaign.nation(nation), state.nations[nation]
    change = (n.will - d.will) + (n.legitimacy - d.legitimacy) + min(0, n.economy - d.economy) \
        + min(0, n.military - d.military)
    return int(change / COST_DIVISOR)


def successes(state: GameState) -> list[str]:
    """Crises that ended in withdrawal or settlement, in campaign order."""
    return [cid for cid, c in state.crises.items() if c.outcome in SUCCESS]


def breakdowns(state: GameState) -> dict[str, Breakdown]:
    """Every nation's score, part by part."""
    order = order_score(state)
    won = successes(state)
    index = parts(state, won)
    out = {}
    for code, n in state.nations.items():
        d = state.campaign.nation(code)
        own = sum(o.points for o in d.objectives if holds(state, o.condition))
        credit = sum(crisis_credit(index[code, cid]) for cid in won if (code, cid) in index)
        share = round(order * (100 - n.orientation) / ORDER_SHARE)
        out[code] = Breakdown(own, credit, costs(state, code), share)
    return out


def compute_scores(state: GameState) -> tuple[tuple[str, int], ...]:
    return (("ORDER", order_score(state)),) + tuple(
        (code, b.total) for code, b in breakdowns(state).items())


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
