"""Lifting a measure by vote: what one vote imposed another may lift, while it stands."""

from dataclasses import replace

import pytest

from game.ai.policy import Mind
from game.engine import new_game, parse_action
from game.engine.legal import why_not
from game.engine.measures import sanctions_pressure
from game.engine.view import view

from .factory import campaign
from .helpers import vote_on


@pytest.fixture
def state():
    return new_game(campaign(), seed=1)


def _sanctioned(state, body="league.council", ballots=None):
    state, vote = vote_on(state, f"GBR table {body} sanctions abyssinia type=economic",
                          ballots or {}, default="yes")
    assert vote.get("status") == "adopted"
    return state, vote.get("resolution")


def test_league_lifts_its_sanctions_on_italy(state):
    """The League lifted its sanctions on Italy after the conquest of Ethiopia (the Assembly's
    vote of 4 July 1936, the Coordination Committee ending them on 15 July): adopted, the
    measure leaves the crisis and stops pressing."""
    state, rid = _sanctioned(state)
    assert sanctions_pressure(state, state.crises["abyssinia"])[0] > 0
    state, vote = vote_on(state, f"FRA table league.council lift {rid}", {}, default="yes")
    assert vote.get("status") == "adopted"
    crisis = state.crises["abyssinia"]
    assert not crisis.has_measure("sanctions")
    assert sanctions_pressure(state, crisis)[0] == 0
    assert state.measure(rid) is None


def test_only_a_measure_in_force_can_be_lifted(state):
    """A lifting needs something to lift: once lifted (or never imposed), the motion is not
    offered; a condemnation, once spoken, cannot be lifted at all."""
    state, rid = _sanctioned(state)
    lift = parse_action(f"FRA table league.council lift {rid}")
    assert why_not(state, lift) is None
    state, _ = vote_on(state, lift.text(), {}, default="yes")
    assert why_not(state, lift) is not None
    state, vote = vote_on(state, "CHN table league.council condemn abyssinia", {},
                          default="yes")
    assert vote.get("status") == "adopted"
    assert why_not(state, parse_action(
        f"FRA table league.council lift {vote.get('resolution')}")) is not None


def test_the_power_to_impose_carries_the_power_to_lift(state):
    """A body lifts only what it could impose: the League Assembly of the campaign has no
    power of enforcement, so it cannot lift an authorisation of force; the power to lift is
    implied, never listed among a body's powers."""
    assembly = replace(campaign().org("league").body("assembly"), powers=("condemn",))
    league = replace(campaign().org("league"),
                     bodies=(campaign().org("league").body("council"), assembly))
    state = new_game(campaign(organisations=(league, campaign().org("un"))), seed=1)
    state, rid = _sanctioned(state)
    assert why_not(state, parse_action(f"FRA table league.council lift {rid}")) is None
    assert why_not(state, parse_action(f"FRA table league.assembly lift {rid}")) is not None


def test_a_permanent_member_vetoes_the_lifting(state):
    """The reverse veto: the Security Council's sanctions on Iraq (Resolution 661, 1990) could
    not be lifted over the objection of the United States or Britain: lifting is a
    substantive question."""
    state, rid = _sanctioned(state, "un.council")
    state, vote = vote_on(state, f"FRA table un.council lift {rid}", {"USA": "no"},
                          default="yes")
    assert vote.get("status") == "vetoed" and vote.get("vetoed_by") == ("USA",)
    assert state.crises["abyssinia"].has_measure("sanctions")


def test_ai_would_lift_sanctions_once_the_conquest_is_done(state):
    """After Addis Ababa fell (May 1936) the members that had voted for sanctions wanted them
    gone: the AI's support for lifting rises once the crisis is over."""
    state, rid = _sanctioned(state)
    state, _ = vote_on(state, f"NOR table league.council lift {rid}", {}, default="abstain")
    lift = next(r for r in state.archive if r.kind == "lift")
    during = Mind(view(state, "FRA"), "hard").support(lift)[0]
    crisis = replace(state.crises["abyssinia"], active=False, outcome="conquest")
    after = replace(state, crises={**state.crises, "abyssinia": crisis})
    assert Mind(view(after, "FRA"), "hard").support(lift)[0] > during + 20
    assert Mind(view(after, "ITA"), "hard").support(lift)[0] > 50  # the target wants relief
    assert Mind(view(after, "ETH"), "hard").support(lift)[0] < -50  # the victim does not
