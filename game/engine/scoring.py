"""Scores: a nation is judged by what it did and what it paid.

A nation's score is the points of its own objectives met, plus credit for its part in the
crises that collective security ended well, plus (or minus) what it kept or lost of its will,
legitimacy, economy and forces, plus a small share of the order of the world. The share is
kept small on purpose: a nation that let others carry every burden must not score like one
that carried them (issue 14: a passive player scored about what the AI scored). The credit is
capped in total too: a nation that joined every measure in every crisis must not outscore one
that pursued its own objectives (issue 14: "collective security at any price" was the best
doctrine for 15 of 20 nations, its credit alone worth more than all of its objectives).
No credit is paid for measures against a nation's own ally, bloc partner or protege
(``credit.kin``), and a latent crisis defused before its violence pays its preventers as a
crisis ended well does (issue 19: prevention earned nothing, so reacting outscored it).
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import is_

from .credit import SUCCESS, Part, creditable, parts
from .script import holds
from .state import GameState, Snapshot

ORDER_POINTS = {"withdrawal": 10, "settlement": 8, "concession": 0, "frozen": -3,
                "conquest": -10, "liberation": 6}
"""A concession keeps the peace for now and pays the aggressor for the next crisis: nothing.
A liberation restores the order, after a conquest it could not prevent."""
DEFUSED_POINTS = ORDER_POINTS["withdrawal"]
"""A latent crisis defused before its violence counts for the world order as one whose
aggressor withdrew: the killing that did not come is the order's success too (issue 19: a
defused crisis counted nothing, so the world order paid the reaction and not the prevention)."""
SPONSOR_CREDIT = 5
"""Per adopted measure a nation tabled on a crisis that ended well."""
VOTE_CREDIT = 2
"""Per adopted measure it voted for."""
PLEDGE_CREDIT = 5
"""For troops pledged to the crisis's missions."""
INTERVENE_CREDIT = 5
"""For an intervention in it."""
PREVENT_CREDIT = 10
"""For mediation, targeted aid or pressure on the government in a latent crisis defused:
the preventer does with its own diplomats what a reacting nation does by sponsoring a measure
and pledging troops to it, and spares the dead besides."""
CRISIS_CREDIT_CAP = 15
"""At most this much credit per crisis: one crisis is not the whole record."""
CREDIT_SHARE = 2
"""Credit in all crises together is at most 1/CREDIT_SHARE of the points of the nation's own
objectives: giving up more than half of its own aims for the common good never pays."""
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
    """Crises stopped or defused, tension kept low, organisations believed."""
    ended = sum(ORDER_POINTS[c.outcome] if c.outcome else DEFUSED_POINTS
                for c in state.crises.values() if c.outcome or c.phase == "defused")
    universal = [o.credibility for o in state.orgs.values()
                 if state.campaign.org(o.id).kind == "universal" and o.members]
    cred = sum(universal) / len(universal) if universal else 50
    return round(ended + (100 - state.tension) / 4 + cred / 4)


def objectives_met(state: GameState, nation: str) -> list[str]:
    return [o.id for o in state.campaign.nation(nation).objectives if holds(state, o.condition)]


def crisis_credit(p: Part) -> int:
    """Credit for a nation's part in a crisis that ended well (``successes``): the
    measures it tabled and voted for, its pledges, interventions and preventive orders
    (capped)."""
    earned = (SPONSOR_CREDIT * len(p.sponsored) + VOTE_CREDIT * len(p.voted_for)
              + PLEDGE_CREDIT * (p.pledged > 0) + INTERVENE_CREDIT * p.intervened
              + PREVENT_CREDIT * p.prevented)
    return min(CRISIS_CREDIT_CAP, earned)


def total_credit(state: GameState, nation: str, earned: int) -> int:
    """Credit earned in all crises, capped at a share of the nation's objectives' points (a
    nation without objectives keeps the per-crisis cap only)."""
    points = sum(o.points for o in state.campaign.nation(nation).objectives)
    return min(earned, points // CREDIT_SHARE) if points else earned


def costs(state: GameState, nation: str, will: float, legitimacy: float) -> int:
    """Will and legitimacy gained or lost, on average over the campaign so far (``will`` and
    ``legitimacy`` are those averages); economy and forces lost by now (growth at home is
    its own reward through the objectives, not a score of its own). Will and legitimacy
    drift back to where they started, so the price a nation paid in them (a mobilisation's
    unpopularity, a retreat's disgrace) shows in their average over the turns played, not in
    their last value."""
    d, n = state.campaign.nation(nation), state.nations[nation]
    change = (will - d.will) + (legitimacy - d.legitimacy) + min(0, n.economy - d.economy) \
        + min(0, n.military - d.military)
    return int(change / COST_DIVISOR)


def averages(state: GameState, stat: str) -> dict[str, float]:
    """Each nation's mean ``stat`` over the turns played, this one included: from the
    history, each snapshot summed once (``_summed``: scores are counted every turn)."""
    sums, counts = _summed(state, stat)
    if not state.history or state.history[-1].month != state.month:
        _add(sums, counts, tuple((c, n.stat(stat)) for c, n in state.nations.items()
                                 if n.exists))
    return {code: total / counts[code] for code, total in sums.items()}


def _summed(state: GameState, stat: str) -> tuple[dict[str, int], dict[str, int]]:
    """Each nation's total and count of ``stat`` in the history's snapshots (copies). The
    history only grows, sharing its snapshots with the states before: the last sums are
    kept with the campaign (as its indexes are) and only the snapshots past them added, if
    every snapshot they summed is the very one at its place in this history."""
    memo: dict[str, tuple[tuple[Snapshot, ...], dict[str, int], dict[str, int]]] = \
        state.campaign.__dict__.setdefault("_history_sums", {})
    history, known = state.history, memo.get(stat)
    sums: dict[str, int] = {}
    counts: dict[str, int] = {}
    start = 0
    if known is not None and len(known[0]) <= len(history) and all(map(is_, known[0], history)):
        start, sums, counts = len(known[0]), dict(known[1]), dict(known[2])
    for h in history[start:]:
        _add(sums, counts, getattr(h, stat))
    memo[stat] = (history, dict(sums), dict(counts))
    return sums, counts


def _add(sums: dict[str, int], counts: dict[str, int], row: tuple[tuple[str, int], ...]) -> None:
    """One snapshot's figures into the totals (whole numbers: the same exact total in any
    order)."""
    for code, value in row:
        if code in sums:
            sums[code] += value
            counts[code] += 1
        else:
            sums[code], counts[code] = value, 1


def successes(state: GameState) -> list[str]:
    """Crises that ended in withdrawal, settlement or liberation, and latent crises defused
    before their violence began (``prevention``: an inquiry, a preventive deployment and the
    troops pledged to it are a part in the crisis like any measure), in campaign order."""
    return [cid for cid, c in state.crises.items()
            if c.outcome in SUCCESS or c.phase == "defused"]


def breakdowns(state: GameState) -> dict[str, Breakdown]:
    """Every nation's score, part by part."""
    order = order_score(state)
    won = successes(state)
    index = parts(state, won)
    will, legitimacy = averages(state, "will"), averages(state, "legitimacy")
    out = {}
    for code, n in state.nations.items():
        d = state.campaign.nation(code)
        own = sum(o.points for o in d.objectives if holds(state, o.condition))
        credit = total_credit(state, code, sum(
            crisis_credit(index[code, cid]) for cid in won
            if (code, cid) in index and creditable(state, code, cid)))
        share = round(order * (100 - n.orientation) / ORDER_SHARE)
        mean = (will.get(code, n.will), legitimacy.get(code, n.legitimacy))
        out[code] = Breakdown(own, credit, costs(state, code, *mean), share)
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
