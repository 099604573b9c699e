"""Rwanda from the rules (issue 19): a protection mission voted but never manned stops no one,
and a genocide a force does stop loses the resolve of those who planned it."""

from __future__ import annotations

from dataclasses import replace

from game.engine import new_game
from game.engine.atrocities import ACCELERATION, THWARTED
from game.engine.measures import mission_need
from game.engine.state import Measure, Mission

from .helpers import next_turn
from .test_r2p import r2p_campaign

PROTECTION = Measure("peacekeeping", "un", "R0", 0, True, (("mandate", "protect"),))


def _protect(state, pledges=()):
    """The Council's protection mission in the killing, voted a turn ago, with ``pledges``."""
    state.missions["M1"] = Mission("M1", "un", "killing", "protect", "R0", state.month - 3,
                                   pledges, until=state.month + 12)
    state.crises["killing"] = replace(state.crises["killing"], measures=(PROTECTION,))


def test_an_unmanned_mission_does_not_stop_the_killing():
    """Rwanda, May 1994: the Council voted UNAMIR II (Res 918, 5,500 troops) and no
    government sent a battalion before the killing was over. A protection mission in force
    with nobody on the ground is not action: the killing accelerates as if nobody acted."""
    state = new_game(r2p_campaign(), seed=3)
    _protect(state)
    state, _ = next_turn(state)
    assert state.crises["killing"].killing == ACCELERATION["genocide"]


def test_a_genocide_a_force_stops_drains_its_planners_resolve():
    """Dallaire's request of January 1994 - 5,000 troops to see the Arusha accords through:
    while a force that holds stands between the killers and their targets, the planners lose
    ``THWARTED`` resolve a month, and the killing does not advance; with the mission
    unmanned they lose nothing and the killing runs on."""
    state = new_game(r2p_campaign(), seed=3)
    need = mission_need(state, state.crises["killing"], "protect")
    _protect(state, pledges=(("FRA", need + 2),))
    before = state.crises["killing"].resolve
    state, events = next_turn(state)
    c = state.crises["killing"]
    assert c.resolve <= before - THWARTED * state.campaign.turn_months
    assert c.progress == 0
    assert any("between the killers and their targets" in e.text for e in events)
    unmanned = new_game(r2p_campaign(), seed=3)
    _protect(unmanned)
    unmanned, events = next_turn(unmanned)
    assert not any("between the killers and their targets" in e.text for e in events)
    assert unmanned.crises["killing"].progress > 0
