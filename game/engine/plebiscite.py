"""A vote of the people pending over a crisis (issue 15). A claimant sure to win a ballot has
every reason to keep the streets calm until it is held, for violence could put the vote off
and leave it to take by force what the ballot would give it: Berlin held the Saar's Nazis to
discipline, accepted the League's force and promised no reprisals (Rome, December 1934), and
took nine votes in ten in January 1935. It trusts the ballot only as far as it trusts the
body that holds it: a discredited body may put the vote off or not honour it, and the
claimant is tempted to act outside it (the Rhineland and Austria, 1936-38, with no vote to
wait for). The campaign's events open the vote (the flag below) and hold it."""

from __future__ import annotations

from .state import CrisisState, GameState


def flag(crisis_id: str) -> str:
    """The flag a campaign's event sets when a vote over the crisis is fixed that its
    aggressor expects to win."""
    return f"plebiscite_{crisis_id}"


def pending(state: GameState, c: CrisisState) -> bool:
    """A vote is fixed over the crisis: it, not an arbitration, is the settlement the parties
    bound themselves to, and it comes on its date (``crises._arbitration``)."""
    return flag(c.id) in state.flags


def at_stake(state: GameState, c: CrisisState) -> float:
    """What escalating risks for an aggressor awaiting a vote it expects to win: the stake the
    ballot would give it, as far as it trusts the crisis's organisation to hold the vote and
    honour it (its credibility, out of 100). Nothing without a pending vote."""
    if not pending(state, c) or c.org not in state.orgs:
        return 0.0
    return c.stake * state.orgs[c.org].credibility / 100
