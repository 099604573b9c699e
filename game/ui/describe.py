"""Human words for actions, resolutions and numbers: button labels and their tooltips.

An order's own words (label, tooltip, cost, will) and its expected consequences
(``Order.consequences``) are part of its definition in ``game.engine.orders``; this module
puts them together for the screen.
"""

from __future__ import annotations

from game.engine.calendar import format_month
from game.engine.orders import ORDERS
from game.engine.orders.base import Expected
# the scenes take the orders' words from here, with the labels and tooltips
from game.engine.orders.words import (KIND_TIPS, KIND_WORDS, body_name,  # noqa: F401
                                      crisis_name, nation_name, org_name, resolution_text)
from game.engine.wording import possessive, the_org
from game.ui.scenes.base import esc

NATION_STATS = {"will": "domestic will", "economy": "economy", "military": "military",
                "legitimacy": "legitimacy", "stability": "stability",
                "capital": "diplomatic capital", "units": "troops available",
                "orientation": "orientation"}
COSTS = frozenset(NATION_STATS) - {"orientation"}
"""A nation's stats whose fall is a price paid (a government turning revisionist is not)."""
MAX_RELATIONS = 2
"""Relations named one by one in a tooltip; the rest are summed up in one line."""
WHEN = {"now": "", "a turn": " a turn", "if adopted": "", "a turn if adopted": " a turn",
        "a turn of fighting": " a turn of fighting", "while they serve": " while they serve"}


def action_label(state, action) -> str:
    return ORDERS[action.verb].label(state, action)


def sections(state, action) -> list[tuple[str, list[str]]]:
    """An order's costs to its giver, what it is expected to change, and what follows if the
    draft it tables is adopted, in words; empty sections left out."""
    order = ORDERS[action.verb]
    facts = getattr(state, "facts", state)  # a player's view: the facts it may know
    cost = order.cost_for(facts, action)
    costs = [f"{cost} diplomatic capital"] if cost else []
    expected: list[str] = []
    adopted: list[str] = []
    found = order.consequences(facts, action)
    own_costs: list[str] = []  # what adoption costs the giver comes first in its section
    for e in found:
        if e.what == "relation":
            continue
        words = expectation_text(state, e, action.nation)
        cost = e.who == action.nation and e.what in COSTS and e.delta < 0
        if e.when.endswith("if adopted"):
            (own_costs if cost else adopted).append(words)
        else:
            (costs if cost else expected).append(words)
    for when, into in (("now", expected), ("if adopted", adopted)):
        into[:0] = relations_text(state, [e for e in found if e.what == "relation"
                                          and e.when == when], action.nation)
    adopted[:0] = own_costs
    return [(head, items) for head, items in (("Costs", costs), ("Expected", expected),
                                              ("If adopted", adopted)) if items]


def relations_text(state, relations: list[Expected], me: str) -> list[str]:
    """The largest moves of relations one by one, the rest as one line (an intervention
    without authority cools relations with every member of the organisation)."""
    ranked = sorted(relations, key=lambda e: (-abs(e.delta), e.who, e.other))
    out = [expectation_text(state, e, me) for e in ranked[:MAX_RELATIONS]]
    rest = sorted(e.delta for e in ranked[MAX_RELATIONS:])
    if len(rest) == 1:
        out.append(expectation_text(state, ranked[-1], me))
    elif rest:
        span = f"{rest[0]:+g}" if rest[0] == rest[-1] else f"{rest[-1]:+g} to {rest[0]:+g}"
        out.append(f"relations with {len(rest)} others {span}")
    return out


def expectation_text(state, e: Expected, me: str) -> str:
    """One expectation in words: 'your economy -1 a turn (an army kept mobilised)'."""
    amount = f"{round(e.delta, 1):+g}{WHEN.get(e.when, '')}"
    if e.what in NATION_STATS:
        if e.who != me:  # the cause is the order itself or names the crisis: said already
            return f"{possessive(nation_name(state, e.who))} {NATION_STATS[e.what]} {amount}"
        return f"your {NATION_STATS[e.what]} {amount}" + (f" ({e.cause})" if e.cause else "")
    if e.what == "relation":
        if me in (e.who, e.other):
            other = e.other if e.who == me else e.who
            return f"relations with {nation_name(state, other)} {amount}"
        return (f"relations between {nation_name(state, e.who)} and "
                f"{nation_name(state, e.other)} {amount}")
    if e.what == "tension":
        return f"world tension {amount}"
    if e.what in ("credibility", "budget"):
        return f"{possessive(the_org(state.campaign, e.who))} {e.what} {amount}"
    if e.what in ("resolve", "pressure"):
        crisis = state.crises.get(e.who)
        aggressor = nation_name(state, crisis.aggressor) if crisis else crisis_name(state, e.who)
        what = ("resolve" if e.what == "resolve" else "sanctions pressure")
        return f"{possessive(aggressor)} {what} {amount}"
    if e.what == "strength":
        return f"mission {e.who}'s strength {amount}" + (f" ({e.cause})" if e.cause else "")
    return f"{e.what} {amount}"


def action_tip(state, action, reason: str | None = None) -> str:
    """The tooltip in plain text, a line each: what the order does, what it costs, what it
    is expected to change, what it needs, and why it cannot be given now."""
    order = ORDERS[action.verb]
    parts = [order.tip_for(action, state)]
    parts += [f"{head}: {'; '.join(items)}." for head, items in sections(state, action)]
    need = order.will_needed(action)
    if need:
        parts.append(f"Needs domestic will of at least {need}.")
    if reason:
        parts.append(f"Not possible now: {reason}.")
    return "\n".join(parts)


def action_tip_html(state, action, reason: str | None = None, accent: str = "#d8ac4e") -> str:
    """The tooltip of an order's button: what it does, then one line each for its costs,
    what it is expected to change, what follows if adopted, what it needs, and why not now."""
    order = ORDERS[action.verb]
    rows = [esc(order.tip_for(action, state)), consequences_html(state, action, accent)]
    need = order.will_needed(action)
    if need:
        rows.append(f"{_head('Needs:', accent)} domestic will of at least {need}")
    if reason:
        rows.append(f"<i>Not possible now: {esc(reason)}</i>")
    return "<br>".join(row for row in rows if row)


def consequences_html(state, action, accent: str = "#d8ac4e") -> str:
    """An order's costs and expected changes, a line per section (empty: none known)."""
    return "<br>".join(f"{_head(name + ':', accent)} {esc('; '.join(items))}"
                       for name, items in sections(state, action))


def _head(words: str, accent: str) -> str:
    """A section's head in the accent colour, not bold: a bold word is wider than the width
    the tooltip's wrapping measures with, and pushed the line past the box."""
    return f"<font color='{accent}'>{words}</font>"


def date_text(state) -> str:
    return format_month(state.month)
