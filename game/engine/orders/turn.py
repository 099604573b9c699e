"""The turn's own orders: answer an event, answer an offer, cast a ballot, end the turn."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import Any, TYPE_CHECKING

from .. import model as m
from ..actions import Action, act
from ..context import Ctx
from ..script import perform
from ..state import GameState, renewed
from ..wording import TREATY_NAMES
from .base import Option, Order, unwanted
from .words import nation_name

if TYPE_CHECKING:
    from ..state import Readable

END_SCORE = 10.0
"""What ending the turn is worth to the AI: any other order must be worth more."""


def candidates(state: GameState, nation: str, focus: Action | None,
               among: Collection[str] | None) -> list[Option]:
    out: list[Option] = []
    pending = state.choices.get(nation, ())
    for event_id in pending:
        choice = state.campaign.event(event_id).choice
        assert choice is not None, f"pending event {event_id!r} puts no choice"
        for opt in choice.options:
            out.append((act(nation, "choose", event_id, opt.id), None))
    out.append((act(nation, "end"), "answer the pending event first" if pending else None))
    for offer in state.offers.values():
        if offer.receiver == nation and offer.status == "pending":
            out += [(act(nation, "accept", offer.id), None),
                    (act(nation, "decline", offer.id), None)]
    return out


def ballots(state: GameState, nation: str, focus: Action | None,
            among: Collection[str] | None) -> list[Option]:
    return [(act(nation, "vote", rid, b), None) for rid in state.ballots_owed(nation)
            for b in ("yes", "no", "abstain", "absent")]


# --- effects ---------------------------------------------------------------------------

def _end(ctx: Ctx, a: Action) -> None:
    ctx.state.done = ctx.state.done + (a.nation,)


def _choose(ctx: Ctx, a: Action) -> None:
    s = ctx.state
    event_id, option_id = a.args
    event = s.campaign.event(event_id)
    assert event.choice is not None, f"event {event_id!r} puts no choice"
    option = next(o for o in event.choice.options if o.id == option_id)
    ctx.emit("choice", f"{ctx.name(a.nation)} decides: {option.label}.", event=event_id,
             option=option_id, nation=a.nation)
    for effect in option.effects:
        perform(ctx, effect, event.title)


def _vote(ctx: Ctx, a: Action) -> None:
    s = ctx.state
    rid, ballot = a.args
    res = s.resolutions[rid]
    s.resolutions[rid] = renewed(res, ballots=res.ballots + ((a.nation, ballot),))
    ctx.emit("ballot", f"{ctx.name(a.nation)} votes {ballot} on {rid}.", (a.nation,),
             resolution=rid)


def _answer(ctx: Ctx, a: Action) -> None:
    s = ctx.state
    offer = s.offers[a.args[0]]
    accepted = a.verb == "accept"
    s.offers[offer.id] = replace(offer, status="accepted" if accepted else "declined")
    if accepted:
        ctx.relate(offer.sender, offer.receiver, 10)
        perform(ctx, m.SignTreaty(offer.kind, offer.sender, offer.receiver), "treaty")
    else:  # a refusal in private moves no public number
        ctx.emit("offer", f"{ctx.name(a.nation)} declines the offer of {TREATY_NAMES[offer.kind]}"
                 f" from {ctx.name(offer.sender)}.", (offer.sender, offer.receiver),
                 offer=offer.id)


# --- the AI's valuations -----------------------------------------------------------------

def _value_end(mind: Any, a: Action) -> tuple[float, list[str]]:
    return END_SCORE, ["nothing else is worth the cost"]


def _value_choose(mind: Any, a: Action) -> tuple[float, list[str]]:
    """An answer is given before any order: its worth is the AI's weighing of the option
    (``Mind.answer``: the author's weight and what its effects are worth to the nation)."""
    options = mind.s.campaign.event(a.args[0]).choice.options
    option = next(o for o in options if o.id == a.args[1])
    value, reasons = mind.answer(option)
    return 100.0 + value, reasons


def _value_accept(mind: Any, a: Action) -> tuple[float, list[str]]:
    offer = mind.s.offers[a.args[0]]
    rel = mind.s.relation(mind.me, offer.sender)
    return 60.0 + rel / 2 - (20 if offer.kind == "alliance" else 0) - mind.frugal, \
        [f"our relations with {mind.s.campaign.nation(offer.sender).name}: {rel}"]


def _value_decline(mind: Any, a: Action) -> tuple[float, list[str]]:
    return 50.0, ["we keep our hands free"]


# --- labels ------------------------------------------------------------------------------

def _label_choose(state: Readable, a: Action) -> str:
    try:
        ev = state.campaign.event(a.args[0])
        options = ev.choice.options  # type: ignore[union-attr]  # no choice: caught below
        return next(o for o in options if o.id == a.args[1]).label
    except (KeyError, StopIteration, AttributeError):
        return f"Choose {a.args[1]}"


def _label_answer(state: Readable, a: Action) -> str:
    offer = state.offers.get(a.args[0])
    if offer:
        return (f"{a.verb.capitalize()} {nation_name(state, offer.sender)}'s offer of "
                f"{TREATY_NAMES.get(offer.kind, offer.kind)}")
    return f"{a.verb.capitalize()} offer {a.args[0]}"


ORDERS = (
    Order("end", "end", group="turn", arity=(0, 0), cost=0, candidates=candidates, effect=_end,
          value=_value_end, label=lambda state, a: "End turn",
          tip="End your orders for this turn.", once_a_turn=False),
    Order("choose", "choose EVENT OPTION", group="turn", arity=(2, 2), cost=0,
          candidates=candidates, effect=_choose, value=_value_choose, label=_label_choose,
          tip="Your answer to this decision.", once_a_turn=False),
    Order("vote", "vote RESOLUTION yes/no/abstain/absent", group="vote", arity=(2, 2), cost=0,
          candidates=ballots, effect=_vote, value=unwanted,
          label=lambda state, a: f"Vote {a.args[1]} on {a.args[0]}",
          tip="Your ballot, secret until the count.", once_a_turn=False, phase="voting"),
    Order("accept", "accept OFFER", group="diplomacy", arity=(1, 1), cost=0, candidates=candidates,
          effect=_answer, value=_value_accept, label=_label_answer, tip="Accept the offer.",
          once_a_turn=False),
    Order("decline", "decline OFFER", group="diplomacy", arity=(1, 1), cost=0,
          candidates=candidates, effect=_answer, value=_value_decline, label=_label_answer,
          tip="Decline the offer.", once_a_turn=False),
)
