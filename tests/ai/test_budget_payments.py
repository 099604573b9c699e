"""Payments into an organisation's budget (``orders.organisations._value_pledge``): a nation
pays for the weight money buys there only from the economy it can spare."""

from __future__ import annotations

from dataclasses import replace

from game.ai.policy import Mind
from game.engine import new_game, parse_action
from game.engine.orders import ORDERS
from game.engine.orders.turn import END_SCORE
from game.engine.view import view

from tests.engine.factory import campaign


def payment_worth(economy: int) -> float:
    """What paying into the League's budget is worth to Britain (economy 80 at the start,
    multilateralist) with its economy at ``economy``."""
    state = new_game(campaign(), seed=1)
    n = state.nations["GBR"]
    state.nations = {**state.nations, "GBR": replace(n, economy=economy)}
    action = parse_action("GBR pledge money league")
    return ORDERS["pledge"].value(Mind(view(state, "GBR"), "normal"), action)[0]


def test_a_rich_nation_pays_only_from_what_it_can_spare():
    """Rule: a payment into a budget is paid from the economy above both the rich line and
    where the payer's economy started, since the score counts any point below the start as
    lost. Precedent: the League's members paid by a fixed scale of assessment (Britain the
    largest share), not whatever their wealth allowed. A rich nation at its starting economy
    does not pay beyond its dues; the same nation grown well above it does."""
    assert payment_worth(80) <= END_SCORE
    assert payment_worth(100) > END_SCORE
