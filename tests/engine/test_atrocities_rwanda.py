"""Rwanda from the rules (issue 19): a protection mission voted but never manned stops no one,
and a genocide a force does stop loses the resolve of those who planned it."""

from __future__ import annotations

from dataclasses import replace

from game.engine import new_game
from game.engine.atrocities import ACCELERATION, SWEEP, THWARTED, swept
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


def test_an_organised_genocide_kills_by_the_size_of_the_people_it_targets():
    """Rwanda, April-July 1994: some 800,000 of about a million Tutsi were killed in a hundred
    days, from lists drawn up in advance - a toll set by the people targeted, not by the
    fighting. Unshielded, a genocide with ``people`` kills ``SWEEP`` of those left a month,
    faster as the killing grows; the same genocide with no people named kills only the
    fighting's toll, and one a force shields kills no one by the sweep."""
    def first_turn(people, protect=False):
        camp = r2p_campaign()
        camp = replace(camp, crises=tuple(replace(c, people=people) if c.id == "killing"
                                          else c for c in camp.crises))
        state = new_game(camp, seed=3)
        if protect:
            need = mission_need(state, state.crises["killing"], "protect")
            _protect(state, pledges=(("FRA", need + 2),))
        state, _ = next_turn(state)
        return state.crises["killing"]

    plain, targeted = first_turn(0), first_turn(1000)
    share = SWEEP * (1 + targeted.killing / 100)
    expected = round(1000 * (1 - (1 - share) ** 3))  # the factory's turns are a quarter long
    assert targeted.casualties - plain.casualties == expected
    assert expected > 10 * plain.casualties
    shielded = first_turn(1000, protect=True)
    assert shielded.casualties < plain.casualties


def test_an_organised_genocide_stops_when_its_people_are_gone():
    """The sweep counts only the living: a genocide whose dead already match the people it
    targets kills no more of them (``swept`` is zero)."""
    state = new_game(r2p_campaign(), seed=3)
    c = replace(state.crises["killing"], casualties=1000, killing=200)
    assert swept(c, 1000, 3) == 0
    assert 0 < swept(replace(c, casualties=900), 1000, 3) < 100
