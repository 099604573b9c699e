"""Human words for actions, resolutions and numbers: button labels and their tooltips.

An order's own words (label, tooltip, cost, will) are part of its definition in
``game.engine.orders``; this module puts them together for the screen.
"""

from __future__ import annotations

from game.engine.calendar import format_month
from game.engine.orders import ORDERS
# the scenes take the orders' words from here, with the labels and tooltips
from game.engine.orders.words import (KIND_TIPS, KIND_WORDS, body_name,  # noqa: F401
                                      nation_name, resolution_text)


def action_label(state, action) -> str:
    return ORDERS[action.verb].label(state, action)


def action_tip(state, action, reason: str | None = None) -> str:
    order = ORDERS[action.verb]
    parts = [order.tip_for(action)]
    if order.cost:
        parts.append(f"Costs {order.cost} diplomatic capital.")
    need = order.will_needed(action)
    if need:
        parts.append(f"Needs domestic will of at least {need}.")
    if reason:
        parts.append(f"Not possible now: {reason}.")
    return " ".join(parts)


def date_text(state) -> str:
    return format_month(state.month)
