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
