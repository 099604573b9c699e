"""An assault across the sea brings only part of the aggressor's force to the far shore, and a
claimant knows it before it presses its claim."""

from dataclasses import replace

from game.engine import model as m
from game.engine import new_game
from game.engine.context import Ctx
from game.engine.crises import _fighting

from .factory import NATIONS, campaign


def _gain(across_sea: bool) -> int:
    state = new_game(campaign(), seed=3)
    c = replace(state.crises["abyssinia"], stage=3, progress=0, across_sea=across_sea)
    state.crises["abyssinia"] = c
    _fighting(Ctx(state), c)
    return state.crises["abyssinia"].progress


def test_an_assault_across_the_sea_gains_less_ground():
    """The People's Republic took the mainland in 1949 but failed at Kinmen (October 1949) and
    never crossed to Taiwan: the same war over the sea gains less ground (same seed, same
    forces)."""
    assert _gain(across_sea=True) < _gain(across_sea=False)


def test_a_claimant_weighs_the_crossing_before_pressing():
    """The claim's ``across_sea`` lowers the AI's wish to press it, with the reason given."""
    from game.ai.policy import Mind
    from game.engine.actions import act
    from game.engine.orders import ORDERS
    from game.engine.view import view

    def value(across_sea: bool) -> tuple[float, tuple[str, ...]]:
        claim = m.Claim("albania", "ALB", "Albania", 40, ("albania",), across_sea=across_sea)
        nations = tuple(replace(n, claims=(claim,)) if n.code == "ITA" else n for n in NATIONS)
        state = new_game(campaign(nations=nations), seed=1)
        mind = Mind(view(state, "ITA"), "normal")
        score, reasons = ORDERS["press"].value(mind, act("ITA", "press", "albania"))
        return score, tuple(reasons)

    by_land, by_sea = value(False), value(True)
    assert by_sea[0] < by_land[0]
    assert "the assault must cross the sea" in by_sea[1]
