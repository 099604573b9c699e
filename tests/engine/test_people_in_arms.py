"""A people in arms grows only as fast as it can train men on the ground it holds, and takes in
only so much aid (game/engine/insurgency.py, ``INTAKE`` and ``AID_A_TURN``)."""

from dataclasses import replace

from game.engine import new_game
from game.engine.insurgency import AID_A_TURN, INTAKE

from .factory import campaign
from .helpers import carry_out

DONORS = ("GBR", "FRA", "USA", "SOV", "NOR")


def _insurgent_ethiopia(progress: int):
    """Italy's war on Ethiopia recast as atrocities against a people with no seat anywhere,
    the regime holding ``progress`` of the ground."""
    state = new_game(campaign(), seed=1)
    state.crises["abyssinia"] = replace(state.crises["abyssinia"], kind="atrocities",
                                        progress=progress)
    for oid, org in list(state.orgs.items()):
        state.orgs[oid] = replace(org, members=tuple(m for m in org.members if m != "ETH"))
    return state


def test_a_people_in_arms_raises_men_no_faster_than_it_can_train_them():
    """Libya, 2011: Benghazi's volunteers could not use the heavy weapons they seized for
    months, and the rebels took Tripoli only in August, armed and trained from abroad; the
    Rwandan Patriotic Front grew over four years (1990-94). A people in arms' own rearmament
    and foreign arms together add at most INTAKE in a turn while it holds all its ground, and
    less once the regime holds half of it; a state rearms and is armed in full."""
    state = _insurgent_ethiopia(progress=0)
    army = state.nations["ETH"].military
    state, _ = carry_out(state, "ETH rearm", "GBR aid ETH", "FRA aid ETH")
    assert state.nations["ETH"].military == army + INTAKE
    half = _insurgent_ethiopia(progress=50)
    army = half.nations["ETH"].military
    half, _ = carry_out(half, "ETH rearm", "GBR aid ETH")
    assert half.nations["ETH"].military == army + INTAKE // 2
    state = new_game(campaign(), seed=1)
    army = state.nations["ETH"].military
    state, _ = carry_out(state, "ETH rearm", "GBR aid ETH")
    assert state.nations["ETH"].military > army + INTAKE


def test_a_people_in_arms_takes_in_only_so_much_economic_aid():
    """Libya, summer 2011: some thirty states recognised the National Transitional Council and
    pledged it money, yet it went short of cash while the pledges and Gaddafi's frozen assets
    waited on funds and Council decisions - an insurgent council has no treasury to spend
    through. Five donors' aid raises a people in arms' economy by AID_A_TURN in a turn, not
    five times a donor's; a state takes in all of it."""
    state = _insurgent_ethiopia(progress=0)
    economy = state.nations["ETH"].economy
    state, _ = carry_out(state, *(f"{donor} aid ETH" for donor in DONORS))
    assert state.nations["ETH"].economy == economy + AID_A_TURN
    state = new_game(campaign(), seed=1)
    economy = state.nations["ETH"].economy
    state, _ = carry_out(state, *(f"{donor} aid ETH" for donor in DONORS))
    assert state.nations["ETH"].economy > economy + AID_A_TURN
