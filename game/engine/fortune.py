"""The fortunes of history: what history left to chance, drawn once at the start of a game.

A campaign gives each crisis the figures it had in history (the aggressor's resolve, what it
stands to gain, how plain the facts were) and each dated event the month it happened. They
could have been otherwise: a government a little bolder or more cautious, an incident a few
months sooner or later. At the start of a game each crisis's opening figures move by up to
its ``fortune`` and each dated event's dates by up to its ``window`` turns, the historical
value always the most likely (a triangular draw). The draws come from the game's seed
(``rng.rng_for``), so the same seed gives the same game, and each is recorded as a hidden
``draw`` event: no seat's view holds the seed, so no player can tell how an event's date was
moved before it fires; a crisis's figures are as public as they always were.
"""

from __future__ import annotations

import random
from typing import Any

from . import model as m
from .context import Ctx
from .rng import rng_for
from .state import CrisisState

FIGURES = ("resolve", "stake", "clarity")
"""The opening figures of a crisis that fortune moves."""


def spread_of(campaign: m.Campaign, crisis_id: str) -> int:
    """How far a crisis's opening figures may stray: its own fortune, else the campaign's (a
    crisis born of a claim has no definition and takes the campaign's)."""
    own = next((d for d in campaign.crises if d.id == crisis_id), None)
    return own.fortune if own is not None and own.fortune is not None else campaign.fortune


def window_of(event: m.EventDef) -> int:
    """Turns by which an event's dates may move: its own window, else ``START_WINDOW`` for a
    dated event that starts a crisis (an incident could have come sooner or later), else 0 (a
    treaty, an election, a law: their dates are the calendar's)."""
    if event.window is not None:
        return event.window
    starts = any(isinstance(e, m.StartCrisis) for e in event.effects)
    return m.START_WINDOW if starts and dated(event.trigger) else 0


def dated(cond: m.Condition | None) -> bool:
    """Whether a condition names a date anywhere in it."""
    match cond:
        case m.DateFrom() | m.DateBefore():
            return True
        case m.All(items) | m.Any(items):
            return any(dated(c) for c in items)
        case m.Not(item):
            return dated(item)
    return False


def swing(rng: random.Random, spread: int) -> int:
    """A whole number from -spread to spread, 0 the most likely and the ends the least."""
    if spread <= 0:
        return 0
    value = round(rng.triangular(-spread - 0.5, spread + 0.5, 0))
    return max(-spread, min(spread, value))


def windows(campaign: m.Campaign) -> dict[str, int]:
    """The events of ``campaign`` that have a window, with it (worked out once: the news of
    every turn asks)."""
    cache: dict[str, int] | None = campaign.__dict__.get("_windows")
    if cache is None:
        cache = {e.id: window_of(e) for e in campaign.events if window_of(e)}
        campaign.__dict__["_windows"] = cache
    return cache


def shift_of(seed: int, campaign: m.Campaign, event: m.EventDef) -> int:
    """The turns by which ``event``'s dates move in the game of ``seed`` (0 without a
    window): a pure function of the seed, so it is drawn again, not kept in the state. Never
    earlier than its ``floor``."""
    window = windows(campaign).get(event.id, 0)
    if not window:
        return 0
    return max(swing(rng_for(seed, 0, f"fortune:window:{event.id}"), window),
               floor(campaign, event))


def floor(campaign: m.Campaign, event: m.EventDef) -> int:
    """The earliest shift of an event that starts crises: an incident could have come
    sooner, but not before the aggressors of its crises exist (their ``exists_from``). The Congo's crisis could not open before independence and Katanga's
    secession (June-July 1960): drawn four months early, it opened with no Katanga and
    ended at once, as if its aggressor were gone."""
    cache: dict[str, int] = campaign.__dict__.setdefault("_floors", {})
    if event.id not in cache:
        aggressors = {d.aggressor for eff in event.effects if isinstance(eff, m.StartCrisis)
                      for d in campaign.crises if d.id == eff.crisis}
        born = [b for code in sorted(aggressors)
                if (b := campaign.nation(code).exists_from) is not None]
        dates = _dates_from(event.trigger)
        cache[event.id] = (-(-(max(born) - max(dates)) // campaign.turn_months)
                           if born and dates else -m.MAX_WINDOW)
    return cache[event.id]


def _dates_from(cond: m.Condition | None) -> list[int]:
    """The months of the ``date_from`` conditions anywhere in ``cond``."""
    match cond:
        case m.DateFrom(month):
            return [month]
        case m.All(items) | m.Any(items):
            return [d for c in items for d in _dates_from(c)]
    return []


def trigger(seed: int, campaign: m.Campaign, event: m.EventDef) -> m.Condition | None:
    """``event``'s trigger in the game of ``seed``: its dates moved by the drawn shift."""
    shift = shift_of(seed, campaign, event)
    if not shift or event.trigger is None:
        return event.trigger
    cache: dict[tuple[str, int], m.Condition] = campaign.__dict__.setdefault(
        "_shifted", {})
    key = (event.id, shift)
    if key not in cache:
        cache[key] = moved(event.trigger, shift * campaign.turn_months)
    return cache[key]


def moved(cond: m.Condition, months: int) -> m.Condition:
    """``cond`` with every date in it ``months`` later (earlier if negative)."""
    match cond:
        case m.DateFrom(month):
            return m.DateFrom(month + months)
        case m.DateBefore(month):
            return m.DateBefore(month + months)
        case m.All(items):
            return m.All(tuple(moved(c, months) for c in items))
        case m.Any(items):
            return m.Any(tuple(moved(c, months) for c in items))
        case m.Not(item):
            return m.Not(moved(item, months))
    return cond


def cast(ctx: Ctx) -> None:
    """Draw the fortunes of a new game: each crisis's opening figures, and the shift of each
    event with a window; every draw is recorded as a hidden event."""
    s = ctx.state
    for cid, crisis in list(s.crises.items()):
        spread = spread_of(s.campaign, cid)
        if spread:
            ctx.update_crisis(cid, **_figures(ctx, crisis, spread))
    for event in s.campaign.events:
        if event.id in windows(s.campaign):
            shift = shift_of(s.seed, s.campaign, event)
            ctx.emit("draw", f"draw fortune:window:{event.id}: {shift:+d} turns", (),
                     purpose=f"fortune:window:{event.id}", value=shift)


def _figures(ctx: Ctx, crisis: CrisisState, spread: int) -> dict[str, Any]:
    """``crisis``'s opening figures drawn within ``spread`` of the campaign's."""
    changes: dict[str, Any] = {}  # FIGURES: int fields of CrisisState
    for figure in FIGURES:
        purpose = f"fortune:{crisis.id}:{figure}"
        value = getattr(crisis, figure) + swing(rng_for(ctx.state.seed, 0, purpose), spread)
        changes[figure] = max(0, min(100, value))
        ctx.emit("draw", f"draw {purpose}: {changes[figure]}", (), purpose=purpose,
                 value=changes[figure])
    return changes
