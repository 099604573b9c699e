"""An aggressor bound to arbitrate that steps back from the fighting settles (issue 15): one
rule, ``crises._arbitration``, with its precedent in the docstring."""

from dataclasses import replace

import pytest

from game.engine import new_game
from game.engine.state import Treaty

from .factory import campaign
from .helpers import do, end_orders


@pytest.mark.parametrize(("bound", "outcome"), [(True, "settlement"), (False, "withdrawal")])
@pytest.mark.parametrize("backs_down", [True, False])
def test_an_aggressor_bound_to_arbitrate_settles_when_it_steps_back(bound, outcome,
                                                                     backs_down):
    """crises.climb and crises._outcome: an aggressor bound by an arbitration treaty with
    its victim that steps back from clashes to incidents, its resolve broken, settles on the
    terms it bound itself to - whether it backs down or its resolve runs out there - where an
    aggressor bound by nothing withdraws. Precedent: Lebanon, 1958: the UAR stepped back under
    the landings; Murphy's bargain and Chehab's election ended the strife in a settlement."""
    state = new_game(campaign(), seed=1)
    if bound:
        state.treaties = (*state.treaties, Treaty("arbitration", "JPN", "CHN", state.month))
    state.crises["manchuria"] = replace(state.crises["manchuria"], stage=1,
                                        resolve=20 if backs_down else 3)
    if backs_down:
        state, _ = do(state, "JPN backdown manchuria")
    after, _ = end_orders(state)
    assert after.crises["manchuria"].outcome == outcome
