"""Mandates renewed by vote: a mission's term runs out and its body must vote again."""

from dataclasses import replace

import pytest

from game.engine import new_game
from game.engine.mandates import MANDATE_MONTHS

from .factory import campaign
from .helpers import cast, end_orders, vote_on


@pytest.fixture
def mission_state():
    """A Security Council observer mission in the Abyssinian crisis, just set up."""
    state = new_game(campaign(), seed=1)
    state, vote = vote_on(state, "GBR table un.council peacekeeping abyssinia mandate=observe",
                          {}, default="yes")
    assert vote.get("status") == "adopted"
    (mid,) = state.missions
    return state, mid


def run_to_renewal(state, mid):
    """Play turns, everyone voting yes on whatever comes up, until the mission's renewal is
    on the agenda."""
    while not any(r.param("renew") == mid for r in state.resolutions.values()):
        assert state.month <= state.missions[mid].until
        state, _ = end_orders(state)
        state, _ = cast(state, {}, default="yes")
    return state, next(r for r in state.resolutions.values() if r.param("renew") == mid)


def test_a_mandate_runs_for_a_term(mission_state):
    """A mission is set up for a term, not for ever: the Security Council gives most mandates
    six months (UNFICYP, renewed every six months since 1964)."""
    state, mid = mission_state
    mission = state.missions[mid]
    assert mission.until == mission.since + MANDATE_MONTHS
    state, renewal = run_to_renewal(state, mid)
    assert state.month >= mission.until
    assert (renewal.org, renewal.body, renewal.kind) == ("un", "council", "peacekeeping")
    assert renewal.sponsor == "GBR"  # the member that first asked for the mission


def test_a_renewal_adopted_extends_the_mandate(mission_state):
    """An adopted renewal gives the mission another term, and no second measure."""
    state, mid = mission_state
    state, renewal = run_to_renewal(state, mid)
    measures, voted = state.crises["abyssinia"].measures, state.month
    state, _ = end_orders(state)
    state, _ = cast(state, {}, default="yes")
    assert state.archive[-1].id == renewal.id and state.archive[-1].status == "adopted"
    assert state.missions[mid].status == "active"
    assert state.missions[mid].until == voted + MANDATE_MONTHS
    assert state.crises["abyssinia"].measures == measures


def test_a_vetoed_renewal_sends_the_mission_home(mission_state):
    """Charter Art. 27(3) applies to a renewal like any draft: China's veto ended UNPREDEP in
    Macedonia in February 1999. The mission leaves and its measure with it, so a new mission
    may be asked for."""
    state, mid = mission_state
    state, renewal = run_to_renewal(state, mid)
    state, _ = end_orders(state)
    state, events = cast(state, {"SOV": "no"}, default="yes")
    assert state.missions[mid].status == "ended"
    assert not any(m.kind == "peacekeeping" for m in state.crises["abyssinia"].measures)
    assert any(e.kind == "mission" and "not renewed" in e.text and "vetoed" in e.text
               for e in events)


def test_an_ended_crisis_needs_no_renewal(mission_state):
    """A mission that went home with its crisis is not put to a vote again."""
    state, mid = mission_state
    state.missions[mid] = replace(state.missions[mid], status="completed")
    for _ in range(4):
        state, _ = end_orders(state)
        state, _ = cast(state, {}, default="yes")
    assert not any(r.param("renew") == mid for r in (*state.resolutions.values(),
                                                     *state.archive))
