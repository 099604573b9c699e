"""The planner leaves unvalued the orders whose cheap ceiling (``Order.ceiling``) keeps them
below ending the turn: each ceiling must bound its valuation, or the AI would choose other
orders than it does when it values them all."""

from __future__ import annotations

import pytest

from game.ai.policy import NOISE, Mind
from game.content.loader import load_campaign
from game.engine.legal import legal_actions
from game.engine.orders import ORDERS
from game.engine.orders.base import FUTILE
from game.engine.orders.turn import END_SCORE
from game.engine.view import view
from game.session.session import Session


def test_an_order_out_of_the_question_stays_below_ending_the_turn_whatever_the_noise():
    """``FUTILE`` with the widest noise of any difficulty stays below ending the turn."""
    assert FUTILE + max(NOISE.values()) <= END_SCORE


@pytest.mark.parametrize("name", ["balkans_1991"])
def test_every_ceiling_bounds_its_valuation(name):
    """In the orders and debate phases of a campaign's first turns, on every AI seat's own
    view and at every difficulty, no order with a ceiling is valued above it."""
    session = Session(load_campaign(f"game/campaigns/{name}").campaign, 1)
    checked: set[str] = set()
    seen: set[tuple[int, str, str]] = set()
    while session.state.turn <= 4:
        state = session.state
        nation = state.next_to_act()
        assert nation is not None
        if state.phase in ("orders", "debate") and (state.turn, state.phase, nation) not in seen:
            seen.add((state.turn, state.phase, nation))
            v = view(state, nation)
            orders = [a for a in legal_actions(state, nation)
                      if ORDERS[a.verb].ceiling is not None]
            for difficulty in NOISE:
                mind = Mind(v, difficulty)
                for a in orders:
                    ceiling = ORDERS[a.verb].ceiling
                    assert ceiling is not None
                    value = ORDERS[a.verb].value(mind, a)[0]
                    assert value <= ceiling(mind, a), (difficulty, a.text())
                    checked.add(a.verb)
        session.submit(session.ai_action(nation))
    assert {"table", "lobby", "mobilise"} <= checked
