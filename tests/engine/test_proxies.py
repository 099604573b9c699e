"""Proxy wars (game/engine/proxies.py): the exiles a power arms and disowns fight in its place,
and the victim's officers decide the war."""

from dataclasses import replace

from game.engine import new_game
from game.engine.context import Ctx
from game.engine.crises import step
from game.engine.measures import striking_force
from game.engine.rng import roll

from .factory import CRISES, campaign

SEED = 5


def _proxy_war(stability_over_draw: int):
    """Italy's exiles against Ethiopia at war, the victim's stability set just above (stands)
    or at (deserts) this turn's draw of its officers' loyalty."""
    crises = tuple(replace(d, proxy=2) if d.id == "abyssinia" else d for d in CRISES)
    state = new_game(campaign(crises=crises), seed=SEED)
    loyalty = roll(SEED, state.turn, "officers:abyssinia", 100)
    state.nations["ETH"] = replace(state.nations["ETH"], stability=loyalty + stability_over_draw)
    state.crises["abyssinia"] = replace(state.crises["abyssinia"], stage=3, progress=20)
    return state


def test_proxies_fight_in_their_sponsors_place():
    """A sponsor that disowns its war fights with the exiles it arms, not with its army
    (Guatemala, 1954: a few hundred men under Castillo Armas, the United States behind them)."""
    state = _proxy_war(1)
    c = state.crises["abyssinia"]
    own_army = striking_force(new_game(campaign(), seed=SEED), c)
    assert striking_force(state, c) < own_army / 10


def test_officers_who_stand_throw_the_exiles_back():
    """A victim whose officers stand by their government throws the proxies back by itself,
    and the sponsor's resolve falls (the Bay of Pigs, April 1961: the exile brigade beaten in
    three days, and no American force sent after it)."""
    state = _proxy_war(1)
    before = state.crises["abyssinia"]
    step(Ctx(state), "abyssinia")
    after = state.crises["abyssinia"]
    assert after.active and after.resolve < before.resolve and after.progress < before.progress


def test_officers_who_desert_hand_over_the_country():
    """A victim whose officers will not fight the proxies falls to them (Guatemala, June 1954:
    the army asked Arbenz to resign rather than fight the exiles)."""
    state = _proxy_war(0)
    step(Ctx(state), "abyssinia")
    assert state.crises["abyssinia"].outcome == "conquest"
