"""Bluffs (issue 15): an aggressor weighs the force engaged against it by whether its holders
would fight, and the ground it holds against a withdrawal. The West's refusal of ground
troops in Bosnia, 1992-94, is the history the Balkans campaign must reproduce."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.ai.policy import BLUFF_FLOOR, LIGHTLY_ARMED, Mind
from game.engine import new_game, parse_action
from game.engine.gauges import gauges
from game.engine.orders import ORDERS
from game.engine.orders.military import HELD_GROUND
from game.engine.state import Measure, Mission, Treaty
from game.engine.view import view

from tests.engine.factory import campaign
from tests.engine.helpers import carry_out


@pytest.fixture
def state():
    return new_game(campaign(), seed=1)


def mind(state, nation: str) -> Mind:
    return Mind(view(state, nation), "hard")


def at_war(state, force: bool = False, ally: bool = False):
    """``state`` with the Abyssinian war moved to France's border (the Rhineland), France
    allied to the victim if ``ally``, and force authorised against Italy if ``force``."""
    state = state.copy()
    c = state.crises["abyssinia"]
    measures = c.measures
    if force:
        measures = (*measures, Measure("enforcement", "league", "R0", state.month, True))
    state.crises["abyssinia"] = replace(c, stage=3, location=(7.0, 50.4), measures=measures)
    if ally:
        state.treaties = (*state.treaties, Treaty("alliance", "FRA", "ETH", 0))
    return state


def test_an_aggressor_reads_a_mobilisation_that_would_not_be_followed_by_war_as_a_bluff(state):
    """Hitler read the British and French mobilisations of September 1938 as bluff, and the
    Bosnian Serbs read the West's the same way: a mobilised power that would not intervene
    counts for only BLUFF_FLOOR of its force in the aggressor's eyes, so the deterrence it
    believes in is below the public gauge's."""
    state, _ = carry_out(state, "FRA mobilise abyssinia", "GBR mobilise abyssinia")
    c = state.crises["abyssinia"]
    italy = mind(state, "ITA")
    assert italy.resolve_to_fight("FRA", c) == BLUFF_FLOOR
    press, reasons = italy.pressing(c)
    believed = int(reasons[1].split()[1])
    assert believed < gauges(state, c).deterrence
    assert "as we judge who would fight" in reasons[1]


def test_a_power_that_would_fight_is_believed(state):
    """Deliberate Force, August 1995: with force authorised and its ally attacked at its
    border, a power is near to fighting, and the aggressor believes its army more than when it
    has no authority for force."""
    willing = at_war(state, force=True, ally=True)
    unwilling = at_war(state, ally=True)
    assert mind(willing, "ITA").resolve_to_fight("FRA", willing.crises["abyssinia"]) > \
        mind(unwilling, "ITA").resolve_to_fight("FRA", unwilling.crises["abyssinia"])


def test_peacekeepers_without_force_behind_them_are_hostages_not_a_threat(state):
    """UNPROFOR, May 1995: the Bosnian Serbs took lightly armed peacekeepers hostage. In the
    aggressor's eyes a mission counts for LIGHTLY_ARMED of its strength until force is
    authorised behind it, then in full."""
    state.missions["M1"] = Mission("M1", "league", "abyssinia", "interpose", "R0", state.month,
                                   (("GBR", 10),), until=state.month + 12)
    c = state.crises["abyssinia"]
    assert mind(state, "ITA").credence("M1", "peacekeepers", c) == LIGHTLY_ARMED
    war = at_war(state, force=True)
    assert mind(war, "ITA").credence("M1", "peacekeepers", war.crises["abyssinia"]) == 1.0
    assert mind(state, "ITA").credence("ETH", "victim", c) == 1.0  # a victim fights


def test_an_aggressor_holding_ground_does_not_give_it_up_lightly(state):
    """The Bosnian Serbs, holding two thirds of Bosnia, refused every plan that returned land
    from 1993 to 1995: once the fighting is down to clashes, backing down is worth less by the
    ground held, and more so the nearer a step back brings the withdrawal."""
    backdown = parse_action("ITA backdown abyssinia")
    c = state.crises["abyssinia"]
    worth = {}
    for stage, progress in ((2, 0), (2, 40), (1, 40)):
        held = state.copy()
        held.crises["abyssinia"] = replace(c, stage=stage, progress=progress)
        worth[stage, progress] = ORDERS["backdown"].value(mind(held, "ITA"), backdown)[0]
    assert worth[2, 0] - worth[2, 40] == pytest.approx(40 * HELD_GROUND)
    assert worth[1, 40] < worth[2, 40]
