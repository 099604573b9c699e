"""Every order in one place: ``ORDERS`` maps each verb to its ``Order`` — its arguments,
cost, will needed, once-a-turn rule, UI group, candidates with reasons (``legal``), effect
(``give``), the AI's valuation (``game.ai.policy``), label and tooltip (``game.ui.describe``).

Each family module (turn, diplomacy, aid, prevention, organisations, domestic, military, demands)
defines its verbs (cobelligerence: entering a war beside its aggressor); adding or changing an order touches that module only. The families' order here is the order
of ``legal.options``'s candidates.
"""

from __future__ import annotations

from dataclasses import replace

from ..actions import Action, parse_action
from ..context import Ctx
from ..rng import rng_for
from ..state import GameState, Resolution, renewed
from . import (aid, cobelligerence, decisions, demands, diplomacy, domestic, military,
               organisations, prevention, turn)
from .base import Order, key_of
from .demands import decide_demands
from .military import LEGITIMACY_COST, claim_crisis_id
from .organisations import table_emergency
from .words import describe

ORDERS: dict[str, Order] = {o.verb: o for family in (turn, diplomacy, aid, prevention,
                                                     organisations, domestic, decisions, military,
                                                     cobelligerence, demands)
                            for o in family.ORDERS}

__all__ = ["LEGITIMACY_COST", "ORDERS", "Order", "claim_crisis_id", "describe", "give", "key_of",
           "resolve_orders", "table_emergency"]


IMMEDIATE = frozenset({"end", "vote"})
"""Taken at once: ending one's phase, and a sealed ballot (revealed only at the count)."""

RESOLUTION_ORDER = (
    "answer", "choose", "accept", "decline", "rally", "rearm", "invest", "decide", "recognise",
    "improve",
    "denounce", "aid", "withhold", "mediate", "stabilise", "dissuade", "propose", "threaten", "mobilise", "demobilise", "close", "seize", "escalate",
    "backdown", "demand", "press", "intervene", "join", "stay", "leave", "boycott", "return", "recall",
    "pledge", "table", "emergency", "lobby")
"""The order in which a phase's orders are carried out: answers to demands (decided together
before anything else moves), answers to events, then home, diplomacy, force, and last the
organisations' agendas — a walk-out before a draft, and a council's own referral to the
assembly before members' calls for an emergency session."""


def give(ctx: Ctx, a: Action) -> None:
    """A legal order: pay for it, remember it, then its effect — at once for a ballot or the
    end of one's phase, otherwise when the phase's orders are resolved together."""
    s = ctx.state
    order = ORDERS[a.verb]
    n = s.nations[a.nation]
    cost = order.cost_for(s, a)
    if cost:
        s.nations[a.nation] = renewed(n, capital=n.capital - cost)
    if order.once_a_turn:  # kept sorted: the record of a turn never shows who was first
        s.acted = tuple(sorted((*s.acted, key_of(a))))
    if a.verb in IMMEDIATE:
        order.effect(ctx, a)
        return
    if a.verb == "choose":  # answered: the turn may end, the answer's effects come in turn
        left = tuple(e for e in s.choices[a.nation] if e != a.args[0])
        s.choices = {k: v for k, v in s.choices.items() if k != a.nation}
        if left:
            s.choices[a.nation] = left
    s.orders = s.orders + (a.text(),)


def resolve_orders(ctx: Ctx) -> None:
    """Carry out the phase's orders together: by kind of order, then nations in an order
    drawn afresh each turn from the seed — never in the order they were given. An order the
    world no longer allows (the same draft tabled by another first) lapses, and its
    diplomatic capital is returned. The demands put last turn are decided by this orders
    phase's answers, all of them at once, before any other order is carried out."""
    s = ctx.state
    queued, s.orders = [parse_action(t) for t in s.orders], ()
    nations = sorted(s.nations)
    rng_for(s.seed, s.turn, f"order of resolution {s.phase}").shuffle(nations)
    rank = {code: i for i, code in enumerate(nations)}
    queued.sort(key=lambda a: (RESOLUTION_ORDER.index(a.verb), rank[a.nation], a.args))
    answers = [a for a in queued if a.verb == "answer"]
    for a in answers:
        _carry_out(ctx, a)
    if s.phase == "orders":
        decide_demands(ctx)
    for a in queued[len(answers):]:
        _carry_out(ctx, a)


def _carry_out(ctx: Ctx, a: Action) -> None:
    """One queued order: its effect, or, if it lapsed, its capital back (or the draft joined)."""
    from ..legal import lapsed  # legal reads the registry: imported when orders are resolved

    s = ctx.state
    reason = lapsed(s, a)
    if reason is None:
        ORDERS[a.verb].effect(ctx, a)
        return
    joined = _same_draft(s, a)
    if joined is not None:  # given at once by several: one draft, all its sponsors
        s.resolutions[joined.id] = replace(joined, cosponsors=(*joined.cosponsors, a.nation))
        ctx.emit("tabled", f"{ctx.name(a.nation)} co-sponsors {describe(s, joined)}.",
                 resolution=joined.id, org=joined.org, body=joined.body, nation=a.nation)
        return
    cost = ORDERS[a.verb].cost_for(s, a)
    n = s.nations[a.nation]
    s.nations[a.nation] = renewed(n, capital=n.capital + cost)
    ctx.emit("lapsed", f"{ctx.name(a.nation)}'s order could not be carried out "
             f"({reason}); its {cost} diplomatic capital is returned.",
             (a.nation,), nation=a.nation, order=a.text())


def _same_draft(s: GameState, a: Action) -> Resolution | None:
    """The draft tabled (or emergency session called) in this very phase that ``a`` would
    have made, if another's order made it first."""
    for res in s.resolutions.values():
        if res.status != "tabled" or res.turn != s.turn or a.nation == res.sponsor:
            continue
        if a.verb == "table" and a.args[0] == f"{res.org}.{res.body}" and (
                res.kind, res.subject, res.params) == (
                a.args[1], a.args[2], tuple(sorted(a.params().items()))) and not res.emergency:
            return res
        if a.verb == "emergency" and res.emergency and res.param("from") == a.args[0]:
            return res
    return None
