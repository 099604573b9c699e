"""Losses make governments wary (game/engine/losses.py): the engine remembers the soldiers each
nation lost in missions and interventions, with the date, publicly; the memory fades."""

from __future__ import annotations

from dataclasses import replace

from game.engine import model as m
from game.engine import new_game
from game.engine.losses import FADE_MONTHS, FIRST_BLOW, MAX_WARY, recent, wariness
from game.engine.state import Loss, Mission
from game.engine.view import view

from .helpers import next_turn
from .test_events_script import run
from .test_r2p import r2p_campaign


def test_peacekeepers_killed_in_an_ambush_are_remembered():
    """Peacekeepers under fire (Somalia, 5 June 1993: 24 Pakistani soldiers killed in an
    ambush): the units a contingent loses are recorded against its nation, with the crisis
    and the month, and every nation can see the record (the dead come home)."""
    state = new_game(r2p_campaign(), seed=3)
    state.missions["M1"] = Mission("M1", "un", "killing", "protect", "R0", state.month - 3,
                                   pledges=(("FRA", 20),), until=state.month + 6)
    month = state.month
    state, _ = next_turn(state)
    (loss,) = state.losses
    assert (loss.nation, loss.crisis, loss.month, loss.how) == ("FRA", "killing", month, "ambush")
    assert loss.units == 20 - dict(state.missions["M1"].pledges)["FRA"]
    assert view(state, "NOR").losses == state.losses


def test_an_overrun_mission_is_a_loss_for_every_contributor():
    """A mission overrun (Srebrenica, July 1995): each contributor remembers half its
    contingent lost, killed or taken."""
    state = new_game(r2p_campaign(), seed=3)
    state.crises["killing"] = replace(state.crises["killing"], stage=3)
    state.missions["M1"] = Mission("M1", "un", "killing", "protect", "R0", state.month - 3,
                                   pledges=(("FRA", 2), ("NOR", 6)), until=state.month + 6)
    state, _ = next_turn(state)
    assert state.missions["M1"].status == "failed"
    overrun = {x.nation: x.units for x in state.losses if x.how == "overrun"}
    assert overrun == {"FRA": 1, "NOR": 3}


def test_losses_fade_over_four_years():
    """The memory fades (the United States, which left Somalia in March 1994, led the landing
    in Haiti that September, and Kosovo's air war five years on): a loss weighs fully the
    month it happens, half two years later, nothing after four; the first loss in a crisis
    weighs more than the next."""
    state = new_game(r2p_campaign(), seed=3)
    now = state.month
    state.losses = (Loss("FRA", "killing", now, 4, "ambush"),)
    assert recent(state, "FRA") == 4 + FIRST_BLOW
    state.month = now + FADE_MONTHS // 2
    assert recent(state, "FRA") == (4 + FIRST_BLOW) / 2
    state.month = now + FADE_MONTHS
    assert recent(state, "FRA") == 0
    assert recent(state, "NOR") == 0


def test_cost_averse_governments_are_warier():
    """The same dead weigh more on a cost-averse government (an isolationist's cost aversion
    20 triples its wariness over a hawk's 0), up to a ceiling: enough at stake still moves a
    government that lost soldiers."""
    state = new_game(r2p_campaign(), seed=3)
    state.losses = (Loss("FRA", "killing", state.month - 36, 2, "ambush"),)
    assert wariness(state, "FRA", 20) == 3 * wariness(state, "FRA", 0) > 0
    state.losses = (Loss("FRA", "killing", state.month, 500, "combat"),)
    assert wariness(state, "FRA", 20) == MAX_WARY


def test_an_event_battle_is_a_real_loss():
    """A battle an event tells (Mogadishu, 3-4 October 1993: eighteen American soldiers
    killed) is a loss like any other: the nation loses the units and remembers them, so its
    wariness comes from the rule, not from a flag a script reads."""
    state = new_game(r2p_campaign(), seed=3)
    military = state.nations["USA"].military
    run(state, m.LoseTroops("USA", "killing", 1))
    assert state.nations["USA"].military == military - 1
    assert state.losses == (Loss("USA", "killing", state.month, 1, "event"),)
    assert wariness(state, "USA", 0) > 0
