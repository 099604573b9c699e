"""How fast a people in arms grows: a force without a state raises and arms men only as fast
as it can train them on the ground it holds, and runs on what aid its few offices can handle.
States rearm from their industry and ministries; insurgents do not (issue 19)."""

from __future__ import annotations

from .crises import insurgents
from .state import CrisisState, GameState

INTAKE = 4
"""Military a people in arms takes in a turn, from its own recruiting and foreign arms
together, while it holds all its ground: volunteers need training before the rifles and the
guns sent to them count. Shrinks with the ground the regime has taken back (``intake``).
Benghazi's volunteers of March 2011 could not use the heavy weapons they seized for months;
the Rwandan Patriotic Front grew from some 4,000 in 1990 to about 25,000 by 1994."""

AID_A_TURN = 6
"""Economy a people in arms takes in from all its donors' aid in a turn (two donors' worth):
an insurgent council has no treasury or ministries to spend more through. Libya's National
Transitional Council, recognised by some thirty states by July 2011, still lacked cash while
its backers' pledges and Gaddafi's frozen assets waited on funds and Council decisions."""

RAISED_CAUSES = ("rearmament", "arms from")
AID_CAUSE = "aid from"


def fight(state: GameState, nation: str) -> CrisisState | None:
    """The active war ``nation`` wages as a people in arms (``crises.insurgents``), if any."""
    return next((c for _, c in sorted(state.crises.items())
                 if c.active and nation in c.victims and insurgents(state, c)), None)


def _taken_in(state: GameState, nation: str, stat: str, causes: tuple[str, ...]) -> int:
    """What ``nation``'s ``stat`` has gained this turn from changes with these causes."""
    return sum(c.delta for c in state.ledger
               if c.nation == nation and c.stat == stat and c.cause.startswith(causes))


def intake(state: GameState, nation: str) -> int | None:
    """Military a people in arms can still take in this turn: ``INTAKE`` in the share of its
    ground the regime does not hold (at least 1), less what it has raised or received; None
    for a state, which is not limited this way."""
    c = fight(state, nation)
    if c is None:
        return None
    held = max(1, round(INTAKE * (100 - c.progress) / 100))
    return max(0, held - _taken_in(state, nation, "military", RAISED_CAUSES))


def aid_room(state: GameState, nation: str) -> int | None:
    """Economy a people in arms can still take in from aid this turn (``AID_A_TURN``); None
    for a state."""
    if fight(state, nation) is None:
        return None
    return max(0, AID_A_TURN - _taken_in(state, nation, "economy", (AID_CAUSE,)))
