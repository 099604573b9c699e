"""Outside powers on both sides of a war: a neighbour entering it beside an aggressor thrown
back (orders.cobelligerence), and the armistice such a war ends in (crises.armistice). One
test per rule, each docstring naming the rule and its precedent."""

from dataclasses import replace

import pytest

from game.engine import new_game
from game.engine.crises import ARMISTICE_TALKS, talking
from game.engine.errors import EngineError
from game.engine.gauges import preponderance
from game.engine.measures import striking_force
from game.engine.orders.cobelligerence import why_not
from game.engine.state import Measure

from .factory import NATIONS, campaign
from .helpers import do, end_orders

PEKING, PYONGYANG, MOSCOW = (116.4, 39.9), (125.75, 39.0), (37.6, 55.8)


def _korea(backer_capital=PEKING):
    """The factory's Manchuria crisis recast as Korea: Japan stands for the North (of the
    eastern camp, its capital at Pyongyang), the Soviet Union for China (at ``backer_capital``),
    the United States intervenes under the League's authority."""
    nations = tuple(replace(n, bloc="east", capital_lonlat=PYONGYANG) if n.code == "JPN"
                    else replace(n, capital_lonlat=backer_capital) if n.code == "SOV" else n
                    for n in NATIONS)
    state = new_game(campaign(nations=nations), seed=1)
    c = state.crises["manchuria"]
    state.crises["manchuria"] = replace(
        c, stage=3, resolve=30, progress=0, interveners=(("USA", "universal"),),
        measures=(Measure("enforcement", "league", "R0", 0, True),))
    return state


@pytest.mark.parametrize(("capital", "progress", "interveners", "allowed"), [
    (PEKING, 0, True, True), (PEKING, 20, True, False), (PEKING, 0, False, False),
    (MOSCOW, 0, True, False)])
def test_a_neighbour_enters_the_war_beside_its_ally_thrown_back(capital, progress, interveners,
                                                                 allowed):
    """orders.cobelligerence (join): a power of the aggressor's camp, whose capital lies near
    the aggressor's, may send its army into the war once foreign armies have thrown the
    aggressor back onto its own ground (it holds none of what it took); its army then fights
    beside the aggressor (``measures.backing``) and the beaten army takes heart. Not while the
    aggressor still holds ground it took, nor with no foreign army against it, nor from far
    away. Precedent: China, October 1950, after the UN forces crossed the 38th parallel
    towards the Yalu; the Soviet Union, far away, sent no army."""
    state = _korea(capital)
    c = state.crises["manchuria"]
    state.crises["manchuria"] = c = replace(
        c, progress=progress, interveners=c.interveners if interveners else ())
    assert (why_not(state, "SOV", c) is None) == allowed
    if not allowed:
        with pytest.raises(EngineError):
            do(state, "SOV join manchuria")
        return
    alone = striking_force(state, c)
    state, _ = do(state, "SOV join manchuria")
    state, _ = end_orders(state)
    after = state.crises["manchuria"]
    assert after.backers == ("SOV",)
    assert after.resolve > 30  # BACKED_RESOLVE, less a turn of war
    assert striking_force(state, after) > alone
    assert state.relation("SOV", "USA") < 0


@pytest.mark.parametrize(("backed", "usa", "months", "outcome"), [
    (True, 80, 24, "frozen"), (True, 80, 20, None), (False, 80, 24, "withdrawal"),
    (True, 400, 24, "withdrawal")])
def test_a_war_with_outside_powers_on_both_sides_ends_in_an_armistice(backed, usa, months,
                                                                       outcome):
    """crises.armistice: where interveners fight the aggressor and a power fights beside it,
    an aggressor that backs down while the interveners cannot push it back (their side short
    of PUSH_BACK times its attack) signs an armistice on the front where it stands, under the
    command the body authorised - a frozen conflict, with the interveners still in the field.
    Facing interveners alone, or interveners strong enough to throw both armies back, it
    withdraws. Precedent: the Korean armistice, Panmunjom, 27 July 1953, signed by the UN
    Command and the North Korean and Chinese commanders; no peace has followed."""
    state = _korea()
    state.nations["USA"] = replace(state.nations["USA"], military=usa)
    c = state.crises["manchuria"]
    state.crises["manchuria"] = replace(c, stage=1, backers=("SOV",) if backed else (),
                                        calm_turns=months // state.campaign.turn_months)
    state, _ = do(state, "JPN backdown manchuria")
    state, _ = end_orders(state)
    assert state.crises["manchuria"].outcome == outcome


def test_an_armistice_between_outside_powers_waits_on_talks_while_the_front_holds():
    """crises.talking, ARMISTICE_TALKS: in a war with outside powers on both sides that the
    interveners cannot win, an aggressor that offers to stop from clashes neither retreats nor
    ends the war: the armies fight on at the stage they stand while the talks drag on, and
    the armistice is signed only once the front has held for ARMISTICE_TALKS months (the
    clock restarts when ground changes hands). Precedent: Korea, talks opened at Kaesong on
    10 July 1951 with the front near the parallel; the fighting for the hills went on, the
    prisoners' repatriation held the talks up, and the armistice came on 27 July 1953."""
    state = _korea()
    state.nations["USA"] = replace(state.nations["USA"], military=80)
    c = state.crises["manchuria"]
    state.crises["manchuria"] = replace(c, stage=2, backers=("SOV",), calm_turns=0)
    assert talking(state, state.crises["manchuria"])
    turns = 0
    while state.crises["manchuria"].active:
        assert state.crises["manchuria"].stage == 2  # the talks do not stop the fighting
        state, _ = do(state, "JPN backdown manchuria")
        state, _ = end_orders(state)
        turns += 1
    assert state.crises["manchuria"].outcome == "frozen"
    assert turns * state.campaign.turn_months >= ARMISTICE_TALKS


def test_the_public_gauges_count_the_armies_fighting_beside_the_aggressor():
    """gauges.aggressor_side: the preponderance the world reads (and the aggressor's own
    reading of it) sets against the collective the armies of the powers that fight beside
    the aggressor (``CrisisState.backers``), by their distance, as well as its allies. Korea,
    November 1950: China's armies made the war one the United Nations could no longer win
    outright."""
    state = _korea()
    c = state.crises["manchuria"]
    alone = preponderance(state, c).value
    backed = replace(c, backers=("SOV",))
    assert preponderance(state, backed).value < alone
    assert any("(against)" in what and "Soviet" in what
               for what, _ in preponderance(state, backed).factors)
