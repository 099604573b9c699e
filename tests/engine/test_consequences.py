"""An order's expected consequences (``Order.consequences``): what its tooltip says it will
cost and change, read from the engine's own rules, without touching the game."""

import pytest

from game.engine import new_game, options, parse_action, state_hash, view
from game.engine.measures import pledge_size
from game.engine.orders import ORDERS

from .factory import campaign
from .helpers import carry_out, end_orders, vote_on


@pytest.fixture
def state():
    return new_game(campaign(), seed=1)


def expect(state, text):
    a = parse_action(text)
    return ORDERS[a.verb].consequences(view(state, a.nation).facts, a)


def moved(found, what, who, when="now"):
    return sum(e.delta for e in found if e.what == what and e.who == who and e.when == when)


def test_consequences_leave_the_game_untouched(state):
    """Every order's estimate works on copies: the state (and its hash) is the same after
    every legal order of a nation has been estimated."""
    before = state_hash(state)
    facts = view(state, "GBR").facts
    for a, _ in options(facts, "GBR"):
        ORDERS[a.verb].consequences(facts, a)
    assert state_hash(state) == before


def test_every_order_of_every_nation_can_be_estimated_mid_game(state):
    """With sanctions in force, a peacekeeping mission in the field and fighting under way,
    every legal order of every nation has an estimate, read from that nation's view, and
    estimating leaves the game as it was."""
    state, _ = vote_on(state, "GBR table league.council sanctions abyssinia type=economic",
                       {}, default="yes")
    state, _ = vote_on(state, "FRA table league.council peacekeeping abyssinia "
                       "mandate=interpose", {}, default="yes")
    state, _ = end_orders(state)
    before = state_hash(state)
    estimated = set()
    for nation in state.existing():
        facts = view(state, nation).facts
        for a, _ in options(facts, nation):
            assert isinstance(ORDERS[a.verb].consequences(facts, a), tuple)
            estimated.add(a.verb)
    assert state_hash(state) == before
    assert {"pledge", "table", "mobilise", "intervene", "threaten", "rally"} <= estimated


def test_the_estimate_of_an_order_is_what_its_effect_does(state):
    """Rallying opinion is expected to raise will by what the order does when carried out
    (the estimate runs the order's own effect, so the two cannot drift apart)."""
    found = expect(state, "GBR rally")
    after, _ = carry_out(state, "GBR rally")
    done = sum(c.delta for c in (*after.last_ledger, *after.ledger)
               if c.nation == "GBR" and c.cause == "a campaign to rally opinion")
    assert moved(found, "will", "GBR") == done > 0


def test_mobilising_costs_economy_every_turn(state):
    """A mobilisation costs will now and the economy of an army kept mobilised every turn
    (``turn.mobilisation_upkeep``), and is expected to lower the aggressor's resolve."""
    from game.engine.turn import mobilisation_upkeep

    found = expect(state, "GBR mobilise abyssinia")
    assert moved(found, "will", "GBR") < 0
    assert moved(found, "economy", "GBR", "a turn") == -mobilisation_upkeep(state.nations["GBR"])
    assert moved(found, "will", "GBR", "a turn") == 0  # its economy is where it started
    assert moved(found, "resolve", "abyssinia") < 0


def test_intervening_costs_upkeep_and_casualties(state):
    """An intervention costs legitimacy and will now, a commitment's capital every turn
    (``turn.commitments``) and casualties and will for every turn of fighting."""
    found = expect(state, "GBR intervene abyssinia")
    assert moved(found, "legitimacy", "GBR") < 0
    assert moved(found, "capital", "GBR", "a turn") == -1
    fighting = [e for e in found if e.who == "GBR" and e.when == "a turn of fighting"]
    assert fighting and all(e.delta < 0 for e in fighting)
    assert any(e.what == "relation" and "ITA" in (e.who, e.other) and e.delta < 0
               for e in found)


def test_sanctions_cost_the_sponsor_its_trade_if_adopted(state):
    """Tabling economic sanctions on Italy: if adopted, the United Kingdom is expected to lose
    economy every turn in its Italian trade, and the sanctions to press Italy."""
    found = expect(state, "GBR table un.council sanctions abyssinia type=economic")
    trade = [e for e in found if e.who == "GBR" and e.what == "economy"]
    assert trade and all(e.when == "a turn if adopted" and e.delta < 0
                         and "trade lost" in e.cause for e in trade)
    assert moved(found, "pressure", "abyssinia", "if adopted") > 0


def test_lifting_sanctions_wins_the_trade_back(state):
    """Moving to lift sanctions in force: if adopted, the pressure on Italy falls and the
    mover, a sanctioning member, stops losing its trade with Italy."""
    state, vote = vote_on(state, "GBR table league.council sanctions abyssinia type=economic",
                          {}, default="yes")
    rid = vote.get("resolution")
    found = expect(state, f"FRA table league.council lift {rid}")
    assert moved(found, "pressure", "abyssinia", "if adopted") < 0
    assert moved(found, "economy", "FRA", "a turn if adopted") > 0


def test_pledging_troops_takes_units_and_costs_upkeep(state):
    """Troops pledged to a mission are units not available elsewhere while they serve; the
    mission's strength grows by as much; the commitment costs capital every turn."""
    state, vote = vote_on(state, "GBR table league.council peacekeeping abyssinia "
                          "mandate=observe", {}, default="yes")
    assert vote.get("status") == "adopted"
    state, _ = end_orders(state)
    mission = next(iter(state.missions))
    found = expect(state, f"FRA pledge troops {mission}")
    size = pledge_size(state, "FRA")
    assert moved(found, "units", "FRA", "while they serve") == -size
    assert moved(found, "strength", mission) == size
    assert moved(found, "capital", "FRA", "a turn") == -1
