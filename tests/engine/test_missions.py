"""Peacekeeping missions on the ground: what can fail, and when."""

from dataclasses import replace

import pytest

from game.engine import new_game
from game.engine.state import Mission

from .factory import campaign
from .helpers import end_orders


@pytest.fixture
def state():
    s = new_game(campaign(), seed=1)
    s.crises["abyssinia"] = replace(s.crises["abyssinia"], kind="atrocities", stage=3)
    return s


@pytest.mark.parametrize("since, pledges", [(0, (("NOR", 2),)), (-4, ())],
                         ids=["set up this turn", "no troops yet"])
def test_a_mission_not_yet_on_the_ground_is_not_overrun(state, since, pledges):
    """UNAMIR's and UNPROFOR's failures were of deployed forces too weak for their task; a
    mission voted this turn, or one no member has sent troops to, has no one there to overrun
    (it shields nobody either)."""
    state.missions["M1"] = Mission("M1", "un", "abyssinia", "protect", "R0",
                                   state.month + since, pledges)
    state, events = end_orders(state)
    assert state.missions["M1"].status == "active"
    assert not any("overrun" in e.text for e in events)


def test_the_toll_is_counted_by_the_month():
    """Deaths are counted a month at a time: a monthly campaign does not count three times the
    dead of a quarterly one for the same war (Korea, 1950-53, about a million soldiers' deaths
    over 37 months, whatever the length of a turn)."""
    from game.engine.crises import toll

    war = replace(new_game(campaign(), seed=1).crises["abyssinia"], stage=4)
    quarterly, _ = toll(war, 60, 3)
    yearly, _ = toll(war, 60, 12)
    assert abs(yearly - 4 * quarterly) <= 2  # rounding to thousands only


def test_a_border_war_kills_fewer_than_an_invasion():
    """A border dispute is fought by frontier forces for a strip of land: the same stage and
    force kill fewer than in an invasion (Leticia, 1932-33: a few hundred dead; Abyssinia,
    1935-36: tens of thousands)."""
    from game.engine.crises import toll

    invasion = replace(new_game(campaign(), seed=1).crises["abyssinia"], stage=3)
    border = replace(invasion, kind="border_dispute")
    assert toll(border, 60, 4)[0] * 3 <= toll(invasion, 60, 4)[0]


def test_a_preview_on_a_players_view_charges_no_one_for_the_others_peacekeepers(state):
    """A player's view shows the others' pledges to a mission as one share, no nation's
    (``view``): a planner's preview of a turn of the fighting (the price of an intervention)
    charges its own contingent (here the mission is overrun, as UNAMIR's Belgians were in
    April 1994) and no one for that share."""
    from game.engine.context import Ctx
    from game.engine.crises import step
    from game.engine.view import view

    state.missions["M1"] = Mission("M1", "un", "abyssinia", "protect", "R0",
                                   state.month - 4, (("GBR", 4), ("NOR", 4)))
    facts = view(state, "GBR").facts.copy()
    assert ("others", 4) in facts.missions["M1"].pledges
    step(Ctx(facts), "abyssinia")
    assert ("others", 4) in facts.missions["M1"].pledges
    assert facts.nations["GBR"].will < state.nations["GBR"].will
