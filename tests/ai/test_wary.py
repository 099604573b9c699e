"""Losses make governments wary (game/engine/losses.py, ``Mind.wary``): an AI nation that lost
soldiers lately is slower to send troops, to keep them under fire, to table missions and to
vote for them (the Mogadishu line; Belgium's recall from Rwanda after ten dead)."""

from __future__ import annotations

from dataclasses import replace

from game.ai.policy import Mind
from game.engine import new_game, parse_action
from game.engine.losses import FADE_MONTHS
from game.engine.orders import ORDERS
from game.engine.orders.turn import END_SCORE
from game.engine.state import Loss, Mission, Resolution
from game.engine.view import view

from tests.engine.test_r2p import r2p_campaign


def world(stage: int = 2):
    """The factory's killing in Ethiopia at ``stage``, with a protection mission M1 that
    Norway serves in, short of troops."""
    state = new_game(r2p_campaign(), seed=3)
    state.crises["killing"] = replace(state.crises["killing"], stage=stage)
    state.missions["M1"] = Mission("M1", "un", "killing", "protect", "R0", state.month - 3,
                                   pledges=(("NOR", 2),), until=state.month + 6)
    return state


def lost(state, nation: str, units: int, months_ago: int = 0):
    """``state`` with ``nation`` having lost ``units`` in the killing."""
    state = state.copy()
    state.losses = (Loss(nation, "killing", state.month - months_ago, units, "ambush"),)
    return state


def value(state, nation: str, text: str) -> tuple[float, list[str]]:
    action = parse_action(text)
    return ORDERS[action.verb].value(Mind(view(state, nation), "hard"), action)


def test_a_government_that_lost_soldiers_pledges_fewer():
    """Sending troops: after losses the pledge weighs less, the reason names the loss, and
    four years on the memory has faded (PDD-25, May 1994, after Mogadishu)."""
    state = world()
    fresh, _ = value(state, "FRA", "FRA pledge troops M1")
    wary, why = value(lost(state, "FRA", 3), "FRA", "FRA pledge troops M1")
    faded, _ = value(lost(state, "FRA", 3, FADE_MONTHS), "FRA", "FRA pledge troops M1")
    assert wary < fresh == faded
    assert any("we lost 3 units" in r for r in why)


def test_a_government_that_lost_soldiers_votes_less_for_missions():
    """Voting for a mission: a member that lost soldiers lately wants a peacekeeping draft
    less (by half its wariness: others may man it); a condemnation costs no lives and is
    weighed as before."""
    state = world()
    draft = Resolution("R9", "un", "council", "GBR", "peacekeeping", "killing",
                       (("mandate", "protect"),), state.turn)
    words = replace(draft, kind="condemn", params=())
    for res, changes in ((draft, True), (words, False)):
        before, _ = Mind(view(state, "FRA"), "hard").weigh(res)
        after, _ = Mind(view(lost(state, "FRA", 3), "FRA"), "hard").weigh(res)
        assert (after < before) is changes


def test_a_cost_averse_government_is_warier():
    """The same losses weigh more on a cost-averse government (the factory's United States
    is isolationist) than on a multilateralist one (France)."""
    state = world()
    mind = Mind(view(lost(state, "USA", 1, 30), "USA"), "hard")
    other = Mind(view(lost(state, "FRA", 1, 30), "FRA"), "hard")
    assert mind.wary()[0] < other.wary()[0] < 0


def test_losses_bring_a_contingent_home_before_the_public_breaks():
    """Keeping troops: a contributor whose public is still willing brings its contingent home
    from a war once its soldiers have been killed (Belgium, April 1994); without the losses
    it stays."""
    state = world(stage=3)
    state.nations["NOR"] = replace(state.nations["NOR"], will=30)
    calm, _ = value(state, "NOR", "NOR recall M1")
    home, why = value(lost(state, "NOR", 4), "NOR", "NOR recall M1")
    assert calm < 0 < home
    assert any("we lost 4 units" in r for r in why)


def test_a_wary_government_draws_fewer_red_lines():
    """Threats: a government whose public will not risk soldiers weighs a red line less, and
    its promise to follow through too (after Mogadishu nobody threatened Rwanda's killers)."""
    state = world()
    text = "FRA threaten ETH killing escalate enforce"
    fresh, _ = value(state, "FRA", text)
    wary, why = value(lost(state, "FRA", 3), "FRA", text)
    assert wary < fresh
    assert any("we lost 3 units" in r for r in why)


def test_a_red_line_counts_what_carrying_it_out_would_win(monkeypatch):
    """Threats: whether we would follow through weighs the promised order with what it does
    for our final score (``Mind.planned``), not only its price today: a government whose
    objectives hang on the killing stopping keeps a promise it would otherwise not (the United
    States over Haiti, 1994, with Aristide's return its own aim)."""
    state = world()
    text = "USA threaten ETH killing escalate mobilise"
    _, why = value(state, "USA", text)
    assert "we would not follow through" in why
    monkeypatch.setattr(Mind, "planned", lambda self, a: (100.0, "our objective"))
    _, why = value(state, "USA", text)
    assert "we would not follow through" not in why


def test_a_red_line_weighs_the_public_s_wariness_once(monkeypatch):
    """Threats: whether we would follow through a promise to mobilise weighs our losses once,
    in the mobilisation's own valuation, not a second time on top: a government a year after
    its losses can still back a red line with its army when the order is otherwise worth
    giving (Washington over Haiti, September 1994, eleven months after Mogadishu)."""
    state = lost(world(), "USA", 1, 11)
    mind = Mind(view(state, "USA"), "hard")
    wary, _ = mind.wary()
    kept, _ = ORDERS["mobilise"].value(mind, parse_action("USA mobilise killing"))
    assert wary < -1
    # what carrying it out would win: just enough that the mobilisation, losses and all, is
    # worth keeping the promise for
    monkeypatch.setattr(Mind, "planned",
                        lambda self, a: (END_SCORE - 14 - kept, "our objective"))
    _, why = value(state, "USA", "USA threaten ETH killing escalate mobilise")
    assert "we would not follow through" not in why
