"""Losses make governments wary: the soldiers a nation lost in missions and interventions are
remembered, with the date, and for a few years its government is slow to send troops again,
to keep them where they are shot at, or to vote for missions that need them. After eighteen
Americans died in Mogadishu (October 1993) Washington left Somalia and wrote its doubts into
policy (PDD-25, May 1994); after ten of its paratroopers were killed in Kigali Belgium took
its battalion home and pressed the others to follow. The memory fades: the United States led
the landing in Haiti within a year, with a force no junta could shoot at.

The record is public (the dead come home); the wariness it breeds is read by the AI
(``Mind.wary``), which weighs it more the more cost-averse its personality."""

from __future__ import annotations

from .context import Ctx
from .state import GameState, Loss

FADE_MONTHS = 48
"""A loss weighs fully the month it happens and is forgotten four years later."""
WARY_PER_UNIT = 4.0
"""What a unit lost the month before weighs against sending or keeping troops."""
MAX_WARY = 40.0
"""However many died, a government can still be moved by enough at stake."""
FIRST_BLOW = 5
"""A first loss in a crisis counts as this many more units: the first coffins shock most."""


def record(ctx: Ctx, nation: str, crisis: str, units: int, how: str) -> None:
    """Remember that ``nation`` lost ``units`` in ``crisis`` this month."""
    s = ctx.state
    if units <= 0 or nation not in s.nations:
        return
    s.losses = s.losses + (Loss(nation, crisis, s.month, units, how),)


def recent(state: GameState, nation: str) -> float:
    """Units ``nation`` lost, each weighted by how recent (1 this month, 0 after
    ``FADE_MONTHS``); the first loss in each crisis weighs ``FIRST_BLOW`` more."""
    total, seen = 0.0, set()
    for loss in state.losses:
        if loss.nation != nation:
            continue
        fresh = 1 - (state.month - loss.month) / FADE_MONTHS
        units = loss.units + (FIRST_BLOW if loss.crisis not in seen else 0)
        seen.add(loss.crisis)
        if fresh > 0:
            total += units * fresh
    return total


def wariness(state: GameState, nation: str, frugal: float) -> float:
    """How much less ``nation`` wants to risk troops, from its recent losses: more for a
    cost-averse government (``frugal``, the personality's cost aversion, 0-20)."""
    return min(MAX_WARY, WARY_PER_UNIT * recent(state, nation) * (1 + frugal / 10))


def worst(state: GameState, nation: str) -> Loss | None:
    """The loss the government remembers best: the largest still weighing, the latest on a
    tie (for the reasons an AI gives)."""
    live = [x for x in state.losses if x.nation == nation
            and state.month - x.month < FADE_MONTHS]
    return max(live, key=lambda x: (x.units, x.month), default=None)
