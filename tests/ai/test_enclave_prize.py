"""A weak protection is an opportunity, not a deterrent (issue 15): an aggressor at war on
civilians reads a manned protection mission too weak for its mandate over an enclave as the
enclave's fall within reach (game/engine/crises.py ``exposed``, ``Mind.pressing``)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.ai.policy import Mind
from game.engine import new_game
from game.engine.crises import exposed
from game.engine.measures import mission_need
from game.engine.state import Mission
from game.engine.view import view

from tests.engine.factory import campaign


@pytest.fixture
def state():
    """Italy at war on the people of an Ethiopian enclave (part of Ethiopia's land), guarded
    by a UN protection mission of three units on the ground since a turn ago."""
    s = new_game(campaign(), seed=1)
    s.crises["abyssinia"] = replace(s.crises["abyssinia"], kind="atrocities", stage=3,
                                    region=("ogaden",))
    s.missions["M1"] = Mission("M1", "un", "abyssinia", "protect", "R0", s.month - 4,
                               (("NOR", 3),))
    return s


def _press(state) -> tuple[float, list[str]]:
    c = state.crises["abyssinia"]
    return Mind(view(state, c.aggressor)).pressing(c)


def test_a_weak_safe_area_draws_the_attack_its_protectors_cannot_stop(state):
    """Srebrenica, July 1995 (and Zepa, a fortnight later): the Bosnian Serb command, which
    had decided to end the enclaves, attacked a town guarded by some 400 lightly armed Dutch
    peacekeepers whose calls for air support went unanswered, and took it in five days. The
    weak mission over the enclave adds the whole stake to the aggressor's urge to press on,
    with the reason said; the same mission over the whole country (no enclave to take at a
    stroke), or one strong enough to hold, adds nothing - Gorazde, April 1994, where NATO's
    strikes stood behind the peacekeepers, was not taken."""
    c = state.crises["abyssinia"]
    assert exposed(state, c)
    weak, reasons = _press(state)
    assert any("too few to hold it" in r for r in reasons)
    whole = replace(state.copy(), crises={**state.crises,
                                          "abyssinia": replace(c, region=("ethiopia",))})
    assert not exposed(whole, whole.crises["abyssinia"])
    assert weak - _press(whole)[0] == pytest.approx(c.stake)
    need = mission_need(state, c, "protect")
    strong = state.copy()
    strong.missions = {**state.missions,
                       "M1": replace(state.missions["M1"], pledges=(("NOR", need),))}
    assert not exposed(strong, c)
    assert not any("too few to hold it" in r for r in _press(strong)[1])

