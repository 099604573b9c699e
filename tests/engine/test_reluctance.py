"""The West's reluctance to send ground troops (issues 15 and 19): a troop pledge is a national
price weighed against national interest, a mandate takes the troops it authorises and no more,
words do not stop killers, and a genocide no force stands in the way of runs its course."""

from __future__ import annotations

from dataclasses import replace

from game.ai.policy import Mind
from game.engine import new_game, parse_action
from game.engine.atrocities import ACCELERATION, GENOCIDE_PACE
from game.engine.legal import why_not
from game.engine.measures import ceiling, mission_need
from game.engine.orders.organisations import HOSTAGES, _value_troops
from game.engine.state import Loss, Measure, Mission
from game.engine.view import view

from .helpers import do, end_orders, next_turn
from .test_r2p import r2p_campaign

ENFORCEMENT = Measure("enforcement", "un", "R9", 0, True)
CONDEMNATION = Measure("condemn", "un", "R8", 0, True)


def _protect(state, pledges=(), since=None):
    """A UN protection mission in the killing, on the ground since ``since``."""
    month = state.month if since is None else since
    state.missions["M1"] = Mission("M1", "un", "killing", "protect", "R0", month, pledges,
                                   until=state.month + 12)
    return state.missions["M1"]


def _price(state, nation):
    return _value_troops(Mind(view(state, nation)), state.missions["M1"])[0]


def test_a_party_cannot_keep_the_peace():
    """UN practice keeps the parties out of a peacekeeping force: the victim, like the
    aggressor, may not pledge troops to the mission in its own crisis (Bosnia's army fought
    beside UNPROFOR, never in it)."""
    state = new_game(r2p_campaign(kind="atrocities"), seed=3)
    state.crises["killing"] = replace(state.crises["killing"], victims=("EGY",))
    _protect(state)
    assert why_not(state, parse_action("EGY pledge troops M1")) == \
        "a party cannot keep this peace"
    assert why_not(state, parse_action("ETH pledge troops M1")) == \
        "a party cannot keep this peace"
    assert why_not(state, parse_action("FRA pledge troops M1")) is None


def test_a_mandate_takes_the_troops_it_authorises_and_no_more():
    """Res 872 authorised UNAMIR 2,548 troops: the Secretariat takes contingents up to a
    mandate's ceiling (its need with a margin) and declines the rest with thanks, so that
    pledges made in the same turn do not pile up ten times what the mission needs."""
    state = new_game(r2p_campaign(), seed=3)
    mission = _protect(state)
    top = ceiling(state, mission)
    _protect(state, pledges=(("NOR", top - 1),))
    state, _ = end_orders(do(state, "FRA pledge troops M1", "GBR pledge troops M1")[0])
    assert state.missions["M1"].strength == top
    assert dict(state.missions["M1"].pledges).get("FRA", 0) + \
        dict(state.missions["M1"].pledges).get("GBR", 0) == 1
    assert why_not(state, parse_action("USA pledge troops M1")) == \
        "mission M1 has all the troops its mandate authorises"


def test_no_one_sends_troops_once_the_mission_has_what_it_needs():
    """Contributors stop once the mission meets its need: a pledge beyond it is worth nothing
    to any government, whatever its concern."""
    state = new_game(r2p_campaign(), seed=3)
    need = mission_need(state, state.crises["killing"], "protect")
    _protect(state, pledges=(("NOR", need),))
    assert _price(state, "FRA") == -50


def test_troops_into_a_war_with_no_force_behind_them_cost_more():
    """UNPROFOR's soldiers were chained to Serb targets as hostages (May 1995): a government
    weighs a contingent that would stand lightly armed in an aggressor's way, with no force
    authorised behind it, at ``HOSTAGES`` a stage of fighting more than the same contingent
    under an enforcement mandate."""
    state = new_game(r2p_campaign(), seed=3)
    state.crises["killing"] = replace(state.crises["killing"], stage=3)
    _protect(state)
    bare = _price(state, "FRA")
    state.crises["killing"] = replace(state.crises["killing"], measures=(ENFORCEMENT,))
    assert _price(state, "FRA") > bare + HOSTAGES  # 2 x HOSTAGES, less a smaller gap


def test_losses_in_one_mission_keep_troops_out_of_the_next():
    """Somalia, then Rwanda: eighteen Americans killed in Mogadishu (October 1993) and PDD-25
    (May 1994) kept the United States from sending anyone to Rwanda: recent losses weigh
    against a pledge in another crisis."""
    state = new_game(r2p_campaign(), seed=3)
    _protect(state)
    fresh = _price(state, "GBR")
    state.losses = (Loss("GBR", "somalia", state.month - 6, 3, "ambush"),)
    assert _price(state, "GBR") < fresh - 10


def test_words_do_not_stop_the_killing():
    """The Council's statements of April 1994 named no one and sent no one: a condemnation in
    force is not action, and the killing accelerates as if nobody acted."""
    state = new_game(r2p_campaign(), seed=3)
    state.crises["killing"] = replace(state.crises["killing"], measures=(CONDEMNATION,))
    state, _ = next_turn(state)
    assert state.crises["killing"].killing == ACCELERATION["genocide"]


def test_an_unshielded_genocide_runs_its_course():
    """Rwanda, April-July 1994: with UNAMIR cut to 270 nobody stood between the killers and
    their victims, and the killing ran its course in a hundred days. While no protection
    mission holds, a genocide's killers advance by ``GENOCIDE_PACE`` a month, faster as the
    killing accelerates; a mission strong enough for its mandate stops them."""
    state = new_game(r2p_campaign(), seed=3)
    state, _ = next_turn(state)
    months = state.campaign.turn_months
    assert state.crises["killing"].progress >= GENOCIDE_PACE * months
    shielded = new_game(r2p_campaign(), seed=3)
    need = mission_need(shielded, shielded.crises["killing"], "protect")
    _protect(shielded, pledges=(("FRA", need + 2),), since=shielded.month - 3)
    shielded, _ = next_turn(shielded)
    assert shielded.crises["killing"].progress == 0
