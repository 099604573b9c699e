"""Watching an accord (issue 19): a genocide crisis begins with an accord whose parties asked
for a neutral force (Arusha, August 1993), so the first troop measure is an observer mission,
manned cheaply while the accord holds, and widened in place once the killing starts."""

from __future__ import annotations

from dataclasses import replace

from game.ai.policy import Mind
from game.engine import new_game
from game.engine.context import Ctx
from game.engine.measures import _widened
from game.engine.orders.organisations import TROOP_PRICE, _ladder, _value_troops
from game.engine.state import Measure, Mission, Resolution
from game.engine.view import view

from .test_r2p import COUNCIL_POWERS, r2p_campaign


def _calm(state):
    """The killing crisis as an accord still keeping: stage 1, nothing in force."""
    c = replace(state.crises["killing"], stage=1, measures=())
    state.crises["killing"] = c
    return c


def test_an_accord_is_watched_before_anyone_is_blamed():
    """Res 872 (October 1993) set up UNAMIR to watch the Arusha accords before the Council
    had condemned anyone: in a genocide crisis at stage 1 the ladder's first rung is an
    observer mission; once the killing starts, with only observers there, it is a mandate
    to protect (Res 918, May 1994), still before a condemnation."""
    state = new_game(r2p_campaign(), seed=1)
    c = _calm(state)
    assert _ladder(c, set(), {}, COUNCIL_POWERS) == ("peacekeeping", {"mandate": "observe"})
    watchers = Measure("peacekeeping", "un", "R1", 0, True, params=(("mandate", "observe"),))
    at_war = replace(c, stage=2, measures=(watchers,))
    assert _ladder(at_war, {"peacekeeping"}, {}, COUNCIL_POWERS) == (
        "peacekeeping", {"mandate": "protect"})
    other = replace(at_war, kind="atrocities")  # no accord: the default ladder
    assert _ladder(other, {"peacekeeping"}, {}, COUNCIL_POWERS)[0] == "condemn"


def test_observers_of_an_accord_are_sent_for_their_upkeep_alone():
    """UNAMIR drew some 2,500 soldiers from two dozen countries within months of Res 872: a
    contingent to watch an accord its parties asked for faces no one, so it weighs no troop
    price, only its upkeep; the same observers of a crisis no accord began do."""
    state = new_game(r2p_campaign(), seed=1)
    _calm(state)
    state.missions["M1"] = Mission("M1", "un", "killing", "observe", "R0", state.month,
                                   until=state.month + 6)
    watch, why = _value_troops(Mind(view(state, "FRA")), state.missions["M1"])
    assert "the parties asked for the force: our soldiers would face no one" in why
    state.crises["killing"] = replace(state.crises["killing"], kind="atrocities")
    plain, _ = _value_troops(Mind(view(state, "FRA")), state.missions["M1"])
    assert watch - plain == TROOP_PRICE


def test_a_protect_mandate_widens_the_observers_on_the_ground():
    """Res 918 (May 1994) widened UNAMIR to protect civilians rather than set up a second
    force: a protect mandate voted where the same body's observers stand widens their mission,
    its contingents kept; another body's vote sets up its own."""
    state = new_game(r2p_campaign(), seed=1)
    state.missions["M1"] = Mission("M1", "un", "killing", "observe", "R0", state.month,
                                   (("BEL", 3),), until=state.month + 6)
    res = Resolution("R5", "un", "council", "FRA", "peacekeeping", "killing",
                     (("mandate", "protect"),), state.turn, status="adopted")
    ctx = Ctx(state)
    assert not _widened(ctx, replace(res, org="au"), state.crises["killing"], "protect")
    assert _widened(ctx, res, state.crises["killing"], "protect")
    mission = ctx.state.missions["M1"]
    assert (mission.mandate, mission.pledges, mission.resolution) == ("protect",
                                                                       (("BEL", 3),), "R5")
