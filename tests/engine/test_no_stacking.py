"""No stacking, no free repeats: a measure in force cannot be tabled again, and a condemnation
stands until the crisis changes."""

from dataclasses import replace

import pytest

from game.engine import new_game, parse_action
from game.engine.legal import why_not

from .factory import campaign
from .helpers import vote_on


@pytest.fixture
def state():
    return new_game(campaign(), seed=1)


def test_sanctions_in_force_cannot_be_tabled_again(state):
    """The League's sanctions on Italy (October 1935) were one set of measures, later to be
    widened to oil, not voted again: the same sanctions cannot be stacked, another type can."""
    state, vote = vote_on(state, "GBR table league.council sanctions abyssinia type=economic",
                          {}, default="yes")
    assert vote.get("status") == "adopted"
    assert state.phase == "orders"  # the next turn's
    again = parse_action("FRA table league.council sanctions abyssinia type=economic")
    assert "already in force" in (why_not(state, again) or "")
    wider = parse_action("FRA table league.council sanctions abyssinia type=oil")
    assert why_not(state, wider) is None


def test_a_condemnation_stands_until_the_crisis_changes(state):
    """The Assembly adopted the Lytton report once (February 1933) and did not condemn Japan
    again every session; when Japan widened the war into China proper in 1937 the League spoke
    again (October 1937). A condemnation bars a second one until the crisis climbs a stage."""
    table = "CHN table league.council condemn manchuria article=15"
    state, vote = vote_on(state, table, {"JPN": "no"}, default="yes")
    assert vote.get("status") == "adopted"
    assert state.phase == "orders"  # the next turn's
    assert "stands" in (why_not(state, parse_action(table)) or "")
    crisis = state.crises["manchuria"]
    wider = replace(state, crises={**state.crises,
                                   "manchuria": replace(crisis, stage=crisis.stage + 1)})
    assert why_not(wider, parse_action(table)) is None


def test_a_failed_measure_may_be_tabled_again(state):
    """Only measures in force bar a repeat: Japan's lone no under Art. 11 (October 1931) left
    nothing in force, and the question came back."""
    table = "CHN table league.council condemn manchuria"
    state, vote = vote_on(state, table, {"JPN": "no"}, default="yes")
    assert vote.get("status") == "failed"
    assert why_not(state, parse_action(table)) is None
