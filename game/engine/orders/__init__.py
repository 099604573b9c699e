"""Every order in one place: ``ORDERS`` maps each verb to its ``Order`` — its arguments,
cost, will needed, once-a-turn rule, UI group, candidates with reasons (``legal``), effect
(``give``), the AI's valuation (``game.ai.policy``), label and tooltip (``game.ui.describe``).

Each family module (turn, diplomacy, organisations, domestic, military) defines its verbs;
adding or changing an order touches that module only. The families' order here is the order
of ``legal.options``'s candidates.
"""

from __future__ import annotations

from dataclasses import replace

from ..actions import Action
from ..context import Ctx
from . import diplomacy, domestic, military, organisations, turn
from .base import Order, key_of
from .military import LEGITIMACY_COST, claim_crisis_id
from .organisations import table_emergency
from .words import describe

ORDERS: dict[str, Order] = {o.verb: o for family in (turn, diplomacy, organisations, domestic,
                                                     military) for o in family.ORDERS}

__all__ = ["LEGITIMACY_COST", "ORDERS", "Order", "claim_crisis_id", "describe", "give", "key_of",
           "table_emergency"]


def give(ctx: Ctx, a: Action) -> None:
    """Carry out a legal order: pay for it, remember it, then its effect."""
    s = ctx.state
    order = ORDERS[a.verb]
    n = s.nations[a.nation]
    if order.cost:
        s.nations[a.nation] = replace(n, capital=n.capital - order.cost)
    if order.once_a_turn:
        s.acted = s.acted + (key_of(a),)
    order.effect(ctx, a)
