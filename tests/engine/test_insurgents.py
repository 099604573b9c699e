"""A government's war on its own people in arms takes ground but not all of it when they have
no state (game/engine/crises.py, ``INSURGENT_HOLD``)."""

from dataclasses import replace

from game.engine import new_game
from game.engine.context import Ctx
from game.engine.crises import INSURGENT_HOLD, INSURGENTS_RETURN, _fighting, per_turn

from .factory import campaign


def _fought(stateless: bool, stage: int = 4) -> int:
    """Italy's war on Ethiopia recast as atrocities at ``stage`` (total war), almost won;
    Ethiopia holds no seat anywhere if ``stateless``. The ground held after a turn of
    fighting."""
    state = new_game(campaign(), seed=1)
    state.crises["abyssinia"] = replace(state.crises["abyssinia"], kind="atrocities",
                                        stage=stage, progress=85)
    if stateless:
        for oid, org in list(state.orgs.items()):
            state.orgs[oid] = replace(org, members=tuple(m for m in org.members if m != "ETH"))
    return _fighting(Ctx(state), state.crises["abyssinia"]).progress


def test_insurgents_without_a_state_are_driven_back_but_not_overrun():
    """Kosovo, 1998: Belgrade's summer offensive drove the Kosovo Liberation Army from nearly
    all the ground it held, yet by the winter the guerrillas were back in their villages and
    the war went on until NATO's bombing (March-June 1999); Darfur's rebels fought on from
    2003 through a decade of offensives. The same overwhelming attack that completes the
    conquest of a state's land stops at INSURGENT_HOLD against a people in arms that holds
    no seat in a universal organisation."""
    assert _fought(stateless=False) == 100
    assert _fought(stateless=True) == INSURGENT_HOLD


def test_insurgents_come_back_into_their_ground_once_the_war_stops():
    """Kosovo, October-December 1998: once Belgrade pulled its forces back under the
    Holbrooke-Milosevic agreement, the Kosovo Liberation Army returned to the villages its
    summer offensive had taken. While a government's war on a people in arms without a
    state stays at incidents, the people take back INSURGENTS_RETURN of the ground a
    four-month period; a state's land once taken stays taken until it is fought for."""
    back = round(per_turn(new_game(campaign(), seed=1), INSURGENTS_RETURN))
    assert back > 0
    assert _fought(stateless=True, stage=1) == 85 - back
    assert _fought(stateless=False, stage=1) == 85
