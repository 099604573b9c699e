"""A vote of the people pending over a crisis (game/engine/plebiscite.py): the claimant
weighs what escalating would risk."""

from __future__ import annotations

from dataclasses import replace

from game.ai.policy import Mind
from game.engine import new_game, view
from game.engine.actions import act
from game.engine.orders import ORDERS
from game.engine.plebiscite import at_stake, flag
from game.engine.state import Treaty

from .factory import campaign
from .helpers import end_orders


def escalation(state, nation: str, crisis: str) -> float:
    return ORDERS["escalate"].value(Mind(view(state, nation)), act(nation, "escalate", crisis))[0]


def test_a_vote_it_expects_to_win_holds_the_claimant_back_as_far_as_it_trusts_the_body():
    """Plebiscite rule: an aggressor awaiting a vote it expects to win weighs, against
    escalating, the stake the ballot would give it times the credibility of the body that
    holds the vote; a discredited body tempts it to act outside the vote. Precedent: the
    Saar, 1934-35: Berlin held its Nazis to discipline and accepted the League's force, and
    took nine votes in ten; with no vote to wait for it remilitarised the Rhineland and took
    Austria (1936-38)."""
    state = new_game(campaign(), seed=1)
    c = state.crises["abyssinia"]
    org = c.org
    plain = escalation(state, c.aggressor, c.id)
    state.flags = tuple(sorted({*state.flags, flag(c.id)}))
    values = {}
    for credibility in (20, 80):
        state.orgs[org] = replace(state.orgs[org], credibility=credibility)
        assert at_stake(state, c) == c.stake * credibility / 100
        values[credibility] = escalation(state, c.aggressor, c.id)
    assert plain > values[20] > values[80]
    assert round(plain - values[80], 6) == round(c.stake * 0.8, 6)


def test_a_pending_vote_not_an_arbitration_treaty_settles_the_crisis():
    """Plebiscite rule, with crises._arbitration: parties bound to arbitrate settle as soon
    as the shooting stops, but while a vote is fixed over the crisis the vote is how they
    bound themselves to settle it, and the crisis waits for it. Precedent: France and Germany
    were bound by the Locarno arbitration treaty (1925), and the Saar still went to the vote
    of January 1935."""
    endings = {}
    for voting in (False, True):
        state = new_game(campaign(), seed=1)
        state.treaties = (*state.treaties, Treaty("arbitration", "JPN", "CHN", state.month))
        state.crises["manchuria"] = replace(state.crises["manchuria"], stage=1, resolve=60)
        if voting:
            state.flags = tuple(sorted({*state.flags, flag("manchuria")}))
        after, _ = end_orders(state)
        endings[voting] = after.crises["manchuria"].outcome
    assert endings == {False: "settlement", True: None}
